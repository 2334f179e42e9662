import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { createRouter, type AppEnv } from '../app.ts'
import { renderDocsPage, type RateLimitDoc } from '../docs-page.ts'
import { PROBLEM_CODES } from '../problem.ts'
import { DRAFTING_LIMIT, GRADING_LIMIT, policyLimit } from '../middleware/binding-limit.ts'
import { CODE_LOOKUP_LIMIT, codeLookupQuota } from '../middleware/code-lookup-limit.ts'

/**
 * The API's own description: `GET /v1/openapi.json` (OpenAPI 3.1, generated from the zod schemas
 * the routes validate with), `GET /docs` (a self-contained HTML reference rendered from it) and
 * `GET /v1/ping` (a trivial JSON route, the baseline of `npm run bench`).
 */

type OpenApiDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']>
type Operation = { responses?: Record<string, Record<string, unknown>>; [key: string]: unknown }

export const API_VERSION = '1.0.0'

/** The rate limits, for the docs page and the OpenAPI document. */
export function rateLimitDocs(env: Env): RateLimitDoc[] {
  const vars = env as { RATE_LIMIT_CLASSES_PER_HOUR?: string; RATE_LIMIT_ATTEMPTS_PER_MINUTE?: string }
  return [
    {
      policy: 'grading',
      routes: [
        'POST /v1/quizzes/{quizId}/grade',
        'POST /v1/quizzes/{quizId}/questions/{questionId}/check',
        'POST /v1/drafts/grade',
        'POST /v1/drafts/check',
      ],
      limit: policyLimit(env, GRADING_LIMIT),
      windowSeconds: GRADING_LIMIT.windowSeconds,
      per: 'client address, all four routes together',
      variable: 'RATE_LIMIT_GRADING_PER_MINUTE',
      remaining: false,
    },
    {
      policy: 'drafting',
      routes: ['POST /v1/drafts'],
      limit: policyLimit(env, DRAFTING_LIMIT),
      windowSeconds: DRAFTING_LIMIT.windowSeconds,
      per: 'client address',
      variable: 'RATE_LIMIT_DRAFTS_PER_MINUTE',
      remaining: false,
    },
    {
      policy: 'attempts',
      routes: ['POST /v1/assignments/{code}/attempts'],
      limit: Number(vars.RATE_LIMIT_ATTEMPTS_PER_MINUTE ?? 60),
      windowSeconds: 60,
      per: 'client address and assignment',
      variable: 'RATE_LIMIT_ATTEMPTS_PER_MINUTE',
    },
    {
      policy: CODE_LOOKUP_LIMIT.name,
      routes: [
        'GET /v1/assignments/{code}',
        'GET /v1/assignments/{code}/quiz',
        'POST /v1/assignments/{code}/attempts',
        'GET /v1/assignments/{code}/attempts/{attemptId}',
        'GET /a/{code}',
      ],
      limit: codeLookupQuota(env),
      windowSeconds: CODE_LOOKUP_LIMIT.windowSeconds,
      per: 'client address, counting only lookups that found nothing (404); past the quota every lookup is refused, known codes too',
      variable: CODE_LOOKUP_LIMIT.variable,
      failuresOnly: true,
    },
    {
      policy: 'classes',
      routes: ['POST /v1/classes'],
      limit: Number(vars.RATE_LIMIT_CLASSES_PER_HOUR ?? 20),
      windowSeconds: 3600,
      per: 'client address',
      variable: 'RATE_LIMIT_CLASSES_PER_HOUR',
    },
  ]
}

// Routes served by plain Hono handlers (HTML pages), described here so the document lists every route.
const PAGE_ROUTES: Record<string, { summary: string; description: string; params?: string[]; query?: string[]; type: string }> = {
  'GET /v1/health': { summary: 'Health check (D1 reachable)', description: '`{ "ok": true }` when the database answers.', type: 'application/json' },
  'GET /embed/{quizId}': {
    summary: 'Embeddable quiz page (for iframes)',
    description: 'An HTML page with the widget for one quiz, made to be framed; see `/oembed`.',
    params: ['quizId'],
    query: ['lang', 'mode', 'theme', 'article'],
    type: 'text/html',
  },
  'GET /oembed': {
    summary: 'oEmbed provider',
    description: 'oEmbed JSON for a quiz or embed URL (`?url=`), with the iframe HTML.',
    query: ['url', 'format', 'maxwidth', 'maxheight'],
    type: 'application/json',
  },
  'GET /teach': { summary: 'Teacher page', description: 'Create classes and assignments, watch results.', type: 'text/html' },
  'GET /studio': {
    summary: 'Quiz studio',
    description: 'Draft a quiz from an article, review and edit it beside the article, try answers, preview it in the widget, publish it (editor token or teacher key).',
    query: ['lang'],
    type: 'text/html',
  },
  'GET /a/{code}': { summary: 'Student page of an assignment', description: 'The widget for the assignment with this code.', params: ['code'], type: 'text/html' },
}

/** Hono's `/a/:code` as OpenAPI's `/a/{code}`. */
export function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, '{$1}')
}

const cache = new WeakMap<object, Map<string, OpenApiDocument>>()

/** The OpenAPI 3.1 document of `app`, served from `origin`; built once per isolate and origin. */
export function openApiDocument(app: OpenAPIHono<AppEnv>, origin: string, env: Env): OpenApiDocument {
  let byOrigin = cache.get(app)
  if (!byOrigin) cache.set(app, (byOrigin = new Map()))
  const cached = byOrigin.get(origin)
  if (cached) return cached

  const document = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'fahm API',
      version: API_VERSION,
      description:
        'Reading-comprehension quizzes: read a quiz without its answer keys, grade answers (Arabic-aware), run a classroom, author quizzes and export them. Errors are `application/problem+json` (RFC 9457) with a stable `code`; see the problem codes in /docs.',
    },
    servers: [{ url: origin, description: 'This deployment' }],
    tags: [],
  }) as OpenApiDocument & {
    components?: Record<string, Record<string, unknown>>
    paths?: Record<string, Record<string, Operation>>
  }

  const components = (document.components ??= {})
  components.securitySchemes = {
    ...components.securitySchemes,
    teacherKey: {
      type: 'http',
      scheme: 'bearer',
      description:
        'The teacher key `POST /v1/classes` returned once for a class. Opens the class’s endpoints, and the editor API for the quizzes the class owns: a quiz created with it belongs to the class and is a classroom quiz.',
    },
    editorToken: {
      type: 'http',
      scheme: 'bearer',
      description: 'The `EDITOR_TOKEN` Worker secret (`.dev.vars` locally). Opens the editor API for every quiz (create, update, delete, read with keys, export), and publishes quizzes.',
    },
  }
  components.headers = {
    ...components.headers,
    RateLimit: {
      description: 'Remaining quota: `"<policy>";r=<remaining>;t=<seconds to reset>` (draft-ietf-httpapi-ratelimit-headers).',
      schema: { type: 'string' },
      example: '"attempts";r=59;t=60',
    },
    'RateLimit-Policy': {
      description: 'The policy: `"<policy>";q=<quota>;w=<window seconds>`.',
      schema: { type: 'string' },
      example: '"grading";q=600;w=60',
    },
    'Retry-After': { description: 'Seconds to wait before trying again (on 429).', schema: { type: 'integer' } },
  }

  const paths = (document.paths ??= {})
  for (const [key, info] of Object.entries(PAGE_ROUTES)) {
    const [method, path] = key.split(' ') as [string, string]
    if (paths[path]?.[method.toLowerCase()]) continue
    const parameters = [
      ...(info.params ?? []).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      ...(info.query ?? []).map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } })),
    ]
    ;(paths[path] ??= {})[method.toLowerCase()] = {
      summary: info.summary,
      description: info.description,
      ...(parameters.length ? { parameters } : {}),
      responses: {
        200: { description: 'OK', content: { [info.type]: { schema: { type: 'string' } } } },
        404: { description: 'Not found', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
      },
    }
  }

  // Each policy's routes get its headers and a 429; a route under two policies lists both.
  for (const limit of rateLimitDocs(env)) {
    const policyHeader = { 'RateLimit-Policy': { $ref: '#/components/headers/RateLimit-Policy' } }
    const headers = limit.remaining === false ? policyHeader : { RateLimit: { $ref: '#/components/headers/RateLimit' }, ...policyHeader }
    for (const route of limit.routes) {
      const [method, path] = route.split(' ') as [string, string]
      const operation = paths[path]?.[method.toLowerCase()]
      if (!operation) continue
      const responses = (operation.responses ??= {})
      for (const [status, response] of Object.entries(responses)) {
        if (status.startsWith('2') || (limit.failuresOnly && status === '404')) response.headers = { ...(response.headers as object), ...headers }
      }
      const description = `policy "${limit.policy}", ${limit.limit} per ${limit.windowSeconds} s per ${limit.per}`
      const earlier = responses['429']?.['x-rate-limit-policies'] as string[] | undefined
      responses['429'] = {
        description: earlier ? `${String(responses['429']!.description)}; or ${description}` : `Too many requests: ${description}`,
        headers: { ...(responses['429']?.headers as object), ...headers, 'Retry-After': { $ref: '#/components/headers/Retry-After' } },
        content: {
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
          // A page for a person's browser (`Accept` preferring text/html).
          ...(path.startsWith('/a/') ? { 'text/html': { schema: { type: 'string' } } } : {}),
        },
      }
      responses['429']['x-rate-limit-policies'] = [...(earlier ?? []), limit.policy]
      const rate = { policy: limit.policy, limit: limit.limit, windowSeconds: limit.windowSeconds, per: limit.per }
      // The first policy keeps the single-object form readers of `x-rate-limit` know; more make a list.
      operation['x-rate-limit'] = operation['x-rate-limit'] ? [operation['x-rate-limit'], rate].flat() : rate
    }
  }

  // The stable problem codes, for generated clients.
  ;(document as unknown as Record<string, unknown>)['x-problem-codes'] = Object.fromEntries(
    Object.entries(PROBLEM_CODES).map(([code, { status, title }]) => [code, { status, title, type: `${origin}/docs#problem-${code}` }]),
  )

  // The origin comes from the request's Host: keep a few (a deployment has one or two), not one per forged Host.
  if (byOrigin.size >= 8) byOrigin.clear()
  byOrigin.set(origin, document)
  return document
}

/** Routes for the reference: the OpenAPI document of `app`, the HTML page and `/v1/ping`. */
export function apiDocs(app: OpenAPIHono<AppEnv>) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/v1/ping',
        summary: 'Ping (no database)',
        description: 'A constant answer, for uptime checks and as the baseline of `npm run bench`.',
        responses: {
          200: { description: 'Pong', content: { 'application/json': { schema: z.object({ ok: z.literal(true) }) } } },
        },
      }),
      (c) => c.json({ ok: true as const }, 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/v1/openapi.json',
        summary: 'This OpenAPI 3.1 document',
        responses: {
          200: { description: 'The OpenAPI document', content: { 'application/json': { schema: z.looseObject({ openapi: z.string() }) } } },
        },
      }),
      (c) => {
        c.header('Cache-Control', 'public, max-age=300')
        return c.json(openApiDocument(app, new URL(c.req.url).origin, c.env) as { openapi: string }, 200)
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/docs',
        summary: 'API reference (HTML)',
        description: 'Rendered from the OpenAPI document; needs nothing from outside the Worker.',
        responses: { 200: { description: 'The reference page', content: { 'text/html': { schema: z.string() } } } },
      }),
      (c) => {
        const document = openApiDocument(app, new URL(c.req.url).origin, c.env)
        c.header('Cache-Control', 'public, max-age=300')
        // Nothing on the page runs anything: inline styles only, and the favicon the only file it loads.
        c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
        c.header('X-Content-Type-Options', 'nosniff')
        return c.html(renderDocsPage(document as unknown as Record<string, unknown>, { problemCodes: PROBLEM_CODES, rateLimits: rateLimitDocs(c.env) }), 200)
      },
    )
}
