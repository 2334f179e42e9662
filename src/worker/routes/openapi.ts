import * as z from '../../core/zod.ts'
import { createRoute } from '../api-router.ts'
import { createRouter } from '../app.ts'
import { gunzipBase64 } from '../gzip.ts'
import { lazyModule } from '../lazy-modules.ts'
import { renderDocsPage, type RateLimitDoc } from '../docs-page.ts'
import { PROBLEM_CODES } from '../problem.ts'
import { policyLimit, RATE_LIMIT_POLICIES, type RateLimitPolicy } from '../rate-limit-policies.ts'

/**
 * The API's own description: `GET /v1/openapi.json` (OpenAPI 3.1) and `GET /docs` (a self-contained
 * HTML reference rendered from it). The validated routes' part is generated at build time from the
 * zod schemas they validate with (scripts/build-openapi-document.ts, which starts from
 * {@link DOCUMENT_HEAD}); this module adds the plain routes' descriptions below, the deployment's
 * origin and rate limits, and what the app's shared machinery answers.
 */

type Operation = { responses?: Record<string, Record<string, unknown>>; [key: string]: unknown }
type OpenApiDocument = {
  openapi: string
  servers?: { url: string; description?: string }[]
  components?: Record<string, Record<string, unknown>>
  paths?: Record<string, Record<string, Operation>>
  [key: string]: unknown
}

export const API_VERSION = '1.0.0'

/** The rate limits of this deployment (the registry, with each quota read from its variable), for /docs. */
export function rateLimitDocs(env: Env): RateLimitDoc[] {
  return Object.values(RATE_LIMIT_POLICIES).map((policy: RateLimitPolicy) => ({
    policy: policy.name,
    routes: [...policy.routes],
    limit: policyLimit(env, policy),
    windowSeconds: policy.windowSeconds,
    per: policy.per,
    variable: policy.variable,
    remaining: policy.counter.kind === 'd1',
    afterAuthentication: policy.afterAuthentication === true,
  }))
}

const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } }
const HTML_PAGE = { 'text/html': { schema: { type: 'string', description: 'An HTML page' } } }
const query = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
})
const LANG_QUERY = query('lang', 'The page’s language; else the quiz’s own (pages: Arabic).', { type: 'string', enum: ['ar', 'en'] })

// Routes served by plain Hono handlers (HTML pages, ping and the health check), described here so the document lists every route.
const PLAIN_ROUTES: Record<string, Operation> = {
  'GET /v1/ping': {
    summary: 'Ping (no database)',
    description: 'A constant answer, for uptime checks and as the baseline of `npm run bench`.',
    responses: {
      200: {
        description: 'Pong',
        content: { 'application/json': { schema: { type: 'object', properties: { ok: { type: 'boolean', enum: [true] } }, required: ['ok'] } } },
      },
    },
  },
  'GET /v1/health': {
    summary: 'Health check (D1 reachable)',
    description: '`{ "ok": true }` when the Worker and its database answer; a 500 problem when the database does not.',
    responses: {
      200: {
        description: 'The Worker and its database answer',
        content: { 'application/json': { schema: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] } } },
      },
      500: { description: 'The database did not answer', content: PROBLEM },
    },
  },
  'GET /embed/{quizId}': {
    summary: 'Embeddable quiz page (for iframes)',
    description: 'An HTML page with the widget and the article for one public quiz, made to be framed; see `/oembed`.',
    parameters: [
      { name: 'quizId', in: 'path', required: true, schema: { type: 'string' } },
      LANG_QUERY,
      query('mode', 'One question at a time (default) or all at once.', { type: 'string', enum: ['one-at-a-time', 'all'] }),
      query('theme', 'The widget’s colour scheme; `auto` follows the reader’s system.', { type: 'string', enum: ['auto', 'light', 'dark'] }),
    ],
    responses: {
      200: { description: 'The embed page', content: HTML_PAGE },
      404: {
        description: 'No public quiz with this id: an HTML page for a browser (`Accept` prefers `text/html`), else a problem (`quiz-not-found`)',
        content: { ...HTML_PAGE, ...PROBLEM },
      },
    },
  },
  'GET /teach': {
    summary: 'Teacher page',
    description: 'Create classes and assignments, watch results.',
    responses: { 200: { description: 'The teacher page', content: HTML_PAGE } },
  },
  'GET /studio': {
    summary: 'Quiz studio',
    description:
      'Draft a quiz from an article, review and edit it beside the article, try answers, preview it in the widget, publish it (editor token or teacher key).',
    parameters: [LANG_QUERY],
    responses: { 200: { description: 'The studio', content: HTML_PAGE } },
  },
  'GET /a': {
    summary: 'Open an assignment by its code',
    description: 'A form where a student types the code a teacher gave; with `code`, a redirect (303) to `/a/{code}`.',
    parameters: [query('code', 'The code as typed (spaces, dashes and case do not matter).', { type: 'string' }), LANG_QUERY],
    responses: {
      200: { description: 'The form', content: HTML_PAGE },
      303: { description: 'With `code`: to the assignment page `/a/{code}`' },
    },
  },
  'GET /a/{code}': {
    summary: 'Student page of an assignment',
    description: 'The widget for the assignment with this code.',
    parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }, LANG_QUERY],
    responses: {
      200: { description: 'The assignment page', content: HTML_PAGE },
      404: {
        description: 'No assignment with this code: an HTML page for a browser (`Accept` prefers `text/html`), else a problem (`assignment-not-found`)',
        content: { ...HTML_PAGE, ...PROBLEM },
      },
    },
  },
}

/**
 * Every operation's `operationId`, by `METHOD /path`: one name per operation for generated
 * clients (tests/core/openapi-lint.test.ts fails on an operation that has none). A route may set
 * its own in `createRoute` instead.
 */
const OPERATION_IDS: Record<string, string> = {
  'GET /v1/quizzes': 'listQuizzes',
  'POST /v1/quizzes': 'createQuiz',
  'GET /v1/quizzes/{quizId}': 'getQuiz',
  'PUT /v1/quizzes/{quizId}': 'replaceQuiz',
  'DELETE /v1/quizzes/{quizId}': 'deleteQuiz',
  'POST /v1/quizzes/{quizId}/grade': 'gradeAnswers',
  'POST /v1/quizzes/{quizId}/questions/{questionId}/check': 'checkAnswer',
  'GET /v1/quizzes/{quizId}/source': 'getQuizSource',
  'GET /v1/quizzes/{quizId}/export': 'exportQuiz',
  'GET /v1/quiz-sources': 'listQuizSources',
  'GET /v1/me': 'getCredential',
  'POST /v1/drafts': 'draftQuiz',
  'POST /v1/drafts/check': 'checkDraftAnswer',
  'POST /v1/drafts/grade': 'gradeDraftAnswers',
  'POST /v1/classes': 'createClass',
  'GET /v1/classes/{classId}': 'getClass',
  'PATCH /v1/classes/{classId}': 'updateClass',
  'POST /v1/classes/{classId}/teacher-key': 'replaceTeacherKey',
  'DELETE /v1/classes/{classId}': 'deleteClass',
  'GET /v1/classes/{classId}/assignments': 'listAssignments',
  'POST /v1/classes/{classId}/assignments': 'createAssignment',
  'GET /v1/classes/{classId}/assignments/{assignmentId}': 'getAssignment',
  'PATCH /v1/classes/{classId}/assignments/{assignmentId}': 'updateAssignment',
  'DELETE /v1/classes/{classId}/assignments/{assignmentId}': 'deleteAssignment',
  'GET /v1/classes/{classId}/assignments/{assignmentId}/results': 'getAssignmentResults',
  'DELETE /v1/classes/{classId}/assignments/{assignmentId}/students/{studentKey}/attempts': 'deleteStudentAttempts',
  'GET /v1/assignments/{code}': 'getAssignmentByCode',
  'GET /v1/assignments/{code}/quiz': 'getAssignedQuiz',
  'POST /v1/assignments/{code}/attempts': 'submitAttempt',
  'GET /v1/assignments/{code}/attempts/{attemptId}': 'getAttempt',
  'GET /v1/assignments/{code}/students/{studentCode}': 'findRosterStudent',
  'GET /v1/classes/{classId}/students': 'listRoster',
  'POST /v1/classes/{classId}/students': 'addToRoster',
  'DELETE /v1/classes/{classId}/students/{studentId}': 'removeFromRoster',
  'GET /v1/ping': 'ping',
  'GET /v1/health': 'getHealth',
  'GET /v1/openapi.json': 'getOpenApiDocument',
  'GET /docs': 'getApiReference',
  'GET /embed/{quizId}': 'getEmbedPage',
  'GET /oembed': 'getOEmbed',
  'GET /teach': 'getTeacherPage',
  'GET /studio': 'getStudioPage',
  'GET /a': 'getAssignmentCodeForm',
  'GET /a/{code}': 'getAssignmentPage',
}

/** The tags, in the order /docs shows them; an operation's tag follows from its path ({@link tagOf}). */
export const TAGS = [
  { name: 'Quizzes', description: 'Read public quizzes without their keys, grade and check answers.' },
  { name: 'Authoring', description: 'The editor API, drafts and the credential check (editor token or teacher key).' },
  { name: 'Assignments', description: 'What students use: an assignment by its code, its quiz, attempts.' },
  { name: 'Classes', description: 'What teachers use: classes, assignments and results, behind the teacher key.' },
  { name: 'Service', description: 'Health, ping and this reference.' },
  { name: 'Pages', description: 'HTML pages for people: embeds, oEmbed, the teacher page, the studio, assignments.' },
] as const

const API_TAGS: Record<string, (typeof TAGS)[number]['name']> = {
  quizzes: 'Quizzes',
  drafts: 'Authoring',
  'quiz-sources': 'Authoring',
  me: 'Authoring',
  classes: 'Classes',
  assignments: 'Assignments',
}

/** The tag of an operation: the editor routes under /v1/quizzes are Authoring, as are the other routes that need a key. */
function tagOf(path: string, operation: Operation): string {
  const [first, second] = path.split('/').filter(Boolean)
  if (first !== 'v1') return path === '/docs' ? 'Service' : 'Pages'
  const tag = API_TAGS[second ?? ''] ?? 'Service'
  const needsKey = Array.isArray(operation.security) && operation.security.length > 0
  return tag === 'Quizzes' && needsKey ? 'Authoring' : tag
}

/**
 * Statuses the app's shared machinery answers on whole classes of routes, documented here once:
 * - 400 `validation-failed` on every route whose path, query or header parameters are validated
 *   (the `defaultHook` of every router);
 * - 415 `unsupported-media-type` on every route that reads a JSON body (the zod-openapi validator);
 * - `security: []` on every operation that needs no credential, so linters see it is public.
 */
function completeOperation(path: string, method: string, operation: Operation, validated: boolean): void {
  const responses = (operation.responses ??= {})
  const key = `${method.toUpperCase()} ${path}`
  operation.operationId ??= OPERATION_IDS[key]
  operation.tags ??= [tagOf(path, operation)]
  operation.security ??= []
  const hasParameters = Array.isArray(operation.parameters) && operation.parameters.length > 0
  if (validated && hasParameters && !responses['400']) responses['400'] = { description: 'An invalid path, query or header parameter', content: PROBLEM }
  const body = operation.requestBody as { content?: Record<string, unknown> } | undefined
  if (body?.content?.['application/json'] && !responses['415']) responses['415'] = { description: 'The body is not sent as JSON', content: PROBLEM }
}

/** Hono's `/a/:code` as OpenAPI's `/a/{code}`. */
export function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, '{$1}')
}

/** What the document says before its routes: its version, the API's description, the tags' order. */
export const DOCUMENT_HEAD = {
  openapi: '3.1.0',
  info: {
    title: 'fahm API',
    version: API_VERSION,
    description:
      'Reading-comprehension quizzes: read a quiz without its answer keys, grade answers (Arabic-aware), run a classroom, author quizzes and export them. Errors are `application/problem+json` (RFC 9457) with a stable `code`; see the problem codes in /docs.',
  },
  tags: TAGS.map((tag) => ({ ...tag })),
}

/** The generated part of the document (scripts/build-openapi-document.ts), unzipped on first use. */
const generatedDocument = lazyModule(async (): Promise<string> => gunzipBase64((await import('../generated/openapi-document.ts')).OPENAPI_DOCUMENT_GZIP_BASE64))
const cache = new WeakMap<Env, Map<string, OpenApiDocument>>()

/** The OpenAPI 3.1 document of every route, served from `origin`; built once per isolate and origin. */
export async function openApiDocument(origin: string, env: Env): Promise<OpenApiDocument> {
  let byOrigin = cache.get(env)
  if (!byOrigin) cache.set(env, (byOrigin = new Map()))
  const cached = byOrigin.get(origin)
  if (cached) return cached

  const { openapi, info, ...routes } = JSON.parse(await generatedDocument()) as OpenApiDocument
  const document: OpenApiDocument = { openapi, info, servers: [{ url: origin, description: 'This deployment' }], ...routes }

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
      description:
        'The `EDITOR_TOKEN` Worker secret (`.dev.vars` locally). Opens the editor API for every quiz (create, update, delete, read with keys, export), and publishes quizzes.',
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
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(operations)) completeOperation(path, method, operation, true)
  }
  for (const [key, page] of Object.entries(PLAIN_ROUTES)) {
    const [method, path] = key.split(' ') as [string, string]
    if (paths[path]?.[method.toLowerCase()]) continue
    const operation = structuredClone(page)
    completeOperation(path, method.toLowerCase(), operation, false)
    ;(paths[path] ??= {})[method.toLowerCase()] = operation
  }

  for (const limit of rateLimitDocs(env)) {
    for (const route of limit.routes) {
      const [method, path] = route.split(' ') as [string, string]
      const operation = paths[path]?.[method.toLowerCase()]
      if (!operation) throw new Error(`rate limit policy "${limit.policy}" names ${route}, which no route serves`)
      const policy = limit.policy
      const policyHeader = { 'RateLimit-Policy': { $ref: '#/components/headers/RateLimit-Policy' } }
      const headers = limit.remaining ? { RateLimit: { $ref: '#/components/headers/RateLimit' }, ...policyHeader } : policyHeader
      const responses = (operation.responses ??= {})
      // The limiter answers before the route validates anything: every response but its own 429 carries the
      // headers, save a 401 where the limiter counts per credential and so runs after the credential is checked.
      for (const [status, response] of Object.entries(responses)) {
        if (status === '429' || (status === '401' && limit.afterAuthentication)) continue
        response.headers = { ...(response.headers as object), ...headers }
      }
      responses['429'] = {
        description: `Too many requests: policy "${policy}", ${limit.limit} per ${limit.windowSeconds} s per ${limit.per}`,
        headers: { ...headers, 'Retry-After': { $ref: '#/components/headers/Retry-After' } },
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      }
      operation['x-rate-limit'] = { policy, limit: limit.limit, windowSeconds: limit.windowSeconds, per: limit.per, variable: limit.variable }
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

/** Routes for the reference: the OpenAPI document of every route ({@link documentedRoutes}) and the HTML page. */
export function apiDocs() {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/v1/openapi.json',
        summary: 'This OpenAPI 3.1 document',
        responses: {
          200: { description: 'The OpenAPI document', content: { 'application/json': { schema: z.looseObject({ openapi: z.string() }) } } },
        },
      }),
      async (c) => {
        c.header('Cache-Control', 'public, max-age=300')
        return c.json((await openApiDocument(new URL(c.req.url).origin, c.env)) as { openapi: string }, 200)
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
      async (c) => {
        const document = await openApiDocument(new URL(c.req.url).origin, c.env)
        c.header('Cache-Control', 'public, max-age=300')
        // Nothing on the page runs anything: inline styles only, and the favicon the only file it loads.
        c.header(
          'Content-Security-Policy',
          "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        )
        c.header('X-Content-Type-Options', 'nosniff')
        return c.html(renderDocsPage(document as unknown as Record<string, unknown>, { problemCodes: PROBLEM_CODES, rateLimits: rateLimitDocs(c.env) }), 200)
      },
    )
}
