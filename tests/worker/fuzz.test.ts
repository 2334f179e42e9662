import { SELF } from 'cloudflare:test'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import app from '../../src/worker/api.ts'
import { servedRoutes } from '../../src/worker/route-groups.ts'
import { toOpenApiPath } from '../../src/worker/routes/openapi.ts'
import { createAssignment, createClass, type CreatedAssignment, type CreatedClass } from './classroom-helpers.ts'

/**
 * Property-based HTTP fuzzing of every route the app serves: malformed, oversized and hostile
 * requests (bad JSON, wrong types, huge strings, odd unicode, prototype-pollution keys, path
 * traversal in ids, wrong methods and headers). None may be answered with a 5xx, and every error
 * must be an RFC 9457 problem (the HTML pages for people answer an HTML 404 only to an `Accept`
 * that prefers text/html, which these requests never send); the one 5xx allowed is oEmbed's
 * spec-mandated 501 for an unsupported `format`.
 * About 6,000 requests in total (200 per route, 60 oversized), in seconds.
 */

const ORIGIN = 'http://fuzz.test'
const EDITOR_TOKEN = 'test-editor-token'
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const

// Every route, as [METHOD, path template with :params], from the app itself.
const ROUTES = await servedRoutes(app)

let teacher: CreatedClass
let assignment: CreatedAssignment

beforeAll(async () => {
  teacher = await createClass('Fuzz class')
  assignment = await createAssignment(teacher, { maxAttempts: 20 })
})

// Values a path parameter may take: real ids now and then, otherwise hostile text.
const hostileText = fc.oneof(
  fc.constantFrom(
    '..',
    '../../etc/passwd',
    '..%2f..%2fetc%2fpasswd',
    '%2e%2e%2f',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '',
    ' ',
    '\u0000',
    '\uD800',
    '\u202Eevil',
    'ا'.repeat(300),
    'x'.repeat(5000),
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '%',
    '%ZZ',
    '😀',
    'kim-putin-beijing/../kim-putin-beijing',
    'null',
    'undefined',
    'NaN',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  // Any code point, lone surrogates included, as `unit: 'binary'` draws them, for a fraction of its cost.
  fc.string({ unit: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)), maxLength: 40 }),
)

function paramValue(name: string): fc.Arbitrary<string> {
  const real: Record<string, () => string> = {
    quizId: () => 'kim-putin-beijing',
    questionId: () => 'meeting-duration',
    classId: () => teacher.classId,
    assignmentId: () => assignment.assignmentId,
    code: () => assignment.code,
  }
  const known = real[name]
  return known ? fc.oneof({ arbitrary: fc.constant(0).map(() => known()), weight: 1 }, { arbitrary: hostileText, weight: 2 }) : hostileText
}

/** A path with its parameters replaced, sometimes encoded, sometimes raw (traversal, slashes). */
function pathFor(template: string): fc.Arbitrary<string> {
  const names = [...template.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]!)
  return fc.tuple(fc.tuple(...names.map(paramValue)), fc.boolean()).map(([values, raw]) => {
    let i = 0
    return template.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, () => {
      // A URL cannot carry a lone surrogate: it becomes U+FFFD, as a browser would send it.
      const value = (values[i++] ?? '').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      return raw ? value.replace(/[?#\s\u0000-\u001F]/g, '') : encodeURIComponent(value)
    })
  })
}

const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'answers',
  'answer',
  'name',
  'quizId',
  'lang',
  'id',
  'questions',
  'articleText',
  'quiz',
  'questionId',
  'visibility',
  '',
)

/** JSON values of every shape, with hostile keys among the ordinary ones. */
const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, false, 0, -1, 1e308, -0, 2.5, Number.MAX_SAFE_INTEGER + 2),
    hostileText,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(hostileKey, fc.string({ maxLength: 12 })), tie('value'), { maxKeys: 5 }),
  ),
})).value

/** Bodies shaped like the real ones, with hostile values in them. */
const shapedBody = fc.oneof(
  fc.record({ answers: fc.dictionary(fc.oneof(hostileKey, fc.constantFrom('meeting-duration', 'meeting-city', 'parade-occasion')), jsonValue) }),
  fc.record({ answer: jsonValue }),
  fc.record({ name: hostileText, answers: jsonValue, startedAt: fc.oneof(hostileText, fc.constant('2026-01-01T00:00:00Z')) }),
  fc.record({
    quizId: fc.oneof(hostileText, fc.constant('kim-putin-beijing')),
    title: hostileText,
    maxAttempts: jsonValue,
    revealAnswers: hostileText,
    shuffle: jsonValue,
  }),
  fc.record({
    id: hostileText,
    lang: jsonValue,
    title: jsonValue,
    source: jsonValue,
    questions: fc.array(jsonValue, { maxLength: 3 }),
    articleText: jsonValue,
  }),
  // Draft grading: a quiz in the body, its questions hostile or real-looking.
  fc.record({
    quiz: fc.record({
      id: fc.oneof(hostileText, jsonValue),
      version: jsonValue,
      lang: fc.oneof(fc.constantFrom('ar', 'en'), jsonValue),
      questions: fc.array(
        fc.oneof(
          jsonValue,
          fc.record({
            id: fc.oneof(hostileKey, fc.constantFrom('meeting-duration', 'q1')),
            type: fc.constantFrom('single', 'multiple', 'boolean', 'numeric', 'text', 'x'),
            answer: jsonValue,
            choices: jsonValue,
            evidence: jsonValue,
            prompt: jsonValue,
            explanation: jsonValue,
            skill: jsonValue,
          }),
        ),
        { maxLength: 4 },
      ),
    }),
    questionId: fc.oneof(hostileKey, fc.constant('meeting-duration')),
    answer: jsonValue,
    answers: fc.dictionary(fc.oneof(hostileKey, fc.constant('meeting-duration')), jsonValue, { maxKeys: 3 }),
    lang: jsonValue,
  }),
)

/** Raw body text: valid JSON of any shape, broken JSON, or no body at all. */
const bodyText: fc.Arbitrary<string | undefined> = fc.oneof(
  { arbitrary: jsonValue.map((v) => JSON.stringify(v)), weight: 3 },
  { arbitrary: shapedBody.map((v) => JSON.stringify(v)), weight: 4 },
  {
    arbitrary: fc.constantFrom(
      '{',
      '{"answers":',
      '{"answers": {"a": 1,}}',
      "{'answers': {}}",
      'NaN',
      '[',
      '"\\uD800"',
      '{"__proto__": {"polluted": true}}',
      '{"constructor": {"prototype": {"polluted": true}}}',
      '{"answers": {"__proto__": "x"}}',
      '\u0000',
      '\uFEFF{"answers": {}}',
      `{"answers": ${'['.repeat(5000)}${']'.repeat(5000)}}`,
      `{"answer": ${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}}`,
      '',
    ),
    weight: 2,
  },
  { arbitrary: fc.constant(undefined), weight: 1 },
)

const headersArb = fc.record({
  contentType: fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/problem+json',
    null,
  ),
  auth: fc.constantFrom(null, `Bearer ${EDITOR_TOKEN}`, 'Bearer teacher', 'Bearer ', 'Basic YTpi', 'Bearer ' + 'k'.repeat(600), 'teacher'),
  idempotencyKey: fc.option(
    fc.oneof(
      fc.uuid(),
      hostileText.map((s) => s.replace(/[^\x20-\x7E]/g, '')),
    ),
    { nil: null },
  ),
  ifNoneMatch: fc.option(fc.constantFrom('*', '"abc"', 'W/"x"', ''), { nil: null }),
  // A fresh client address per request: rate limits may answer 429, but do not have to.
  ip: fc.ipV4(),
})

const queryArb = fc.option(
  fc.dictionary(fc.oneof(fc.constantFrom('lang', 'format', 'seed', 'url', 'maxwidth', '__proto__[x]', 'lang[]'), fc.string({ maxLength: 8 })), hostileText, {
    maxKeys: 3,
  }),
  { nil: null },
)

type HeadersValue = typeof headersArb extends fc.Arbitrary<infer T> ? T : never

type Sent = { method: string; url: string; status: number; contentType: string | null; body: string }

async function sendRequest(
  method: string,
  path: string,
  query: Record<string, string> | null,
  body: string | undefined,
  h: HeadersValue,
  teacherKey: boolean,
): Promise<Sent> {
  const headers = new Headers({ 'CF-Connecting-IP': h.ip })
  if (h.contentType) headers.set('Content-Type', h.contentType)
  const auth = h.auth === 'Bearer teacher' && teacherKey ? `Bearer ${teacher.teacherKey}` : h.auth
  if (auth) headers.set('Authorization', auth)
  if (h.idempotencyKey) headers.set('Idempotency-Key', h.idempotencyKey)
  if (h.ifNoneMatch !== null) headers.set('If-None-Match', h.ifNoneMatch)
  const url = new URL(ORIGIN)
  url.pathname = path
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.append(key, value)
  const withBody = method !== 'GET' && body !== undefined
  const res = await SELF.fetch(url.toString(), { method, headers, body: withBody ? body : undefined })
  return { method, url: url.toString(), status: res.status, contentType: res.headers.get('Content-Type'), body: await res.text() }
}

function assertWellBehaved(sent: Sent): void {
  const where = `${sent.method} ${sent.url.slice(0, 300)} → ${sent.status}: ${sent.body.slice(0, 300)}`
  const path = new URL(sent.url).pathname
  // The one 5xx a client may cause: oEmbed requires 501 for a format the provider lacks (oembed.com §2.3.4).
  const oembedFormat = path === '/oembed' && sent.status === 501 && sent.body.includes('"code":"format-not-implemented"')
  if (!oembedFormat) expect(sent.status, where).toBeLessThan(500)
  if (sent.status >= 400) {
    expect(sent.contentType, where).toBe('application/problem+json')
    const problem = JSON.parse(sent.body) as Record<string, unknown>
    expect(problem.status, where).toBe(sent.status)
    expect(problem.code, where).toEqual(expect.any(String))
    expect(problem.type, where).toMatch(/\/docs#problem-[a-z-]+$/)
  }
}

describe('HTTP fuzzing of every route', () => {
  it('covers a good number of routes', () => {
    expect(ROUTES.length).toBeGreaterThan(15)
  })

  for (const route of ROUTES) {
    it(`${route.method} ${toOpenApiPath(route.path)}: no 5xx, every error a problem`, async () => {
      await fc.assert(
        fc.asyncProperty(
          // Mostly the route's own method, sometimes another (405/404 paths).
          fc.oneof({ arbitrary: fc.constant(route.method), weight: 4 }, { arbitrary: fc.constantFrom(...METHODS), weight: 1 }),
          pathFor(route.path),
          queryArb,
          bodyText,
          headersArb,
          fc.boolean(),
          async (method, path, query, body, headers, teacherKey) => {
            assertWellBehaved(await sendRequest(method, path, query, body, headers, teacherKey))
          },
        ),
        { numRuns: 200 },
      )
    })
  }

  it('oversized bodies on every write route: 413 or another client error, never a 5xx', async () => {
    const writes = ROUTES.filter((r) => r.method !== 'GET')
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writes),
        fc.constantFrom(70 * 1024, 300 * 1024, 1100 * 1024),
        fc.constantFrom('x', 'ا', '😀'),
        fc.constantFrom('answers', 'answer', 'articleText', 'name', 'quiz'),
        headersArb,
        async (route, size, unit, key, headers) => {
          const path = route.path.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) =>
            name === 'code'
              ? assignment.code
              : name === 'classId'
                ? teacher.classId
                : name === 'assignmentId'
                  ? assignment.assignmentId
                  : name === 'questionId'
                    ? 'meeting-duration'
                    : 'kim-putin-beijing',
          )
          const body = JSON.stringify({ [key]: unit.repeat(Math.ceil(size / unit.length)) })
          const sent = await sendRequest(route.method, path, null, body, { ...headers, contentType: 'application/json', auth: `Bearer ${EDITOR_TOKEN}` }, false)
          assertWellBehaved(sent)
          if (size > 1024 * 1024) expect(sent.status, `${route.method} ${path}`).toBeGreaterThanOrEqual(400)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('leaves Object.prototype alone', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
