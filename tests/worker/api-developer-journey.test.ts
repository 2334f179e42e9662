import { SELF } from 'cloudflare:test'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { beforeAll, describe, expect, it } from 'vitest'
import { ANSWER_SHAPES } from '../../src/worker/grading-schema.ts'
import { authoredQuizBody, EDITOR_TOKEN, freshQuizId } from './authored-quiz.ts'
import { bearer, type Call, call, expectProblem, freshIp, type Json, json, loadOpenapi, ORIGIN, openapi } from './documented-client.ts'

/**
 * An outside developer building their own UI on fahm, with nothing but the README, docs/api.md,
 * docs/classroom.md and /v1/openapi.json: list the quizzes page by page, read one in each language,
 * grade answers, run a class (create, assign, students submit, results as JSON and CSV, delete a
 * student's attempts), revalidate with ETags, call from another origin and hit the errors. Every
 * response is held to what those documents promise: status, content type, the problem's
 * type/title/detail, and each header a client reads (Location, ETag, Cache-Control, Link,
 * RateLimit, Allow, Content-Disposition, Idempotent-Replayed) both sent and documented for the
 * operation in the OpenAPI document.
 */

const ANSWERS_OBJECT = 'must be an object of answers by question id, e.g. {"meeting-duration": "2.5 hours"}'
const OTHER_ORIGIN = 'https://school.example'

/** The editor body with every English string taken out: a quiz in Arabic only. */
function withoutEnglish(value: unknown): any {
  if (Array.isArray(value)) return value.map(withoutEnglish)
  if (!value || typeof value !== 'object') return value
  const entries = Object.entries(value).filter(([key]) => !(key === 'en' && 'ar' in value))
  return Object.fromEntries(entries.map(([key, item]) => [key, withoutEnglish(item)]))
}

beforeAll(loadOpenapi)

describe('the reference', () => {
  it('shows an example of every request body and of the main responses, each valid against its schema', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true })
    addFormats(ajv)
    ajv.addSchema(openapi, 'openapi.json')
    const schemas = openapi.components.schemas as Record<string, Json>
    const withExample = Object.keys(schemas).filter((name) => schemas[name]!.example !== undefined)
    for (const name of ['GradeRequest', 'CheckRequest', 'CreateClassRequest', 'CreateAssignmentRequest', 'AttemptRequest', 'AddStudentsRequest']) {
      expect(withExample).toContain(name)
    }
    for (const name of ['Problem', 'Result', 'Assignment', 'AttemptResult']) expect(withExample).toContain(name)
    for (const name of withExample) {
      const validate = ajv.getSchema(`openapi.json#/components/schemas/${name}`)!
      expect(validate(schemas[name]!.example) ? [] : validate.errors, `the example of ${name}`).toEqual([])
    }
  })
})

describe('reading quizzes', () => {
  it('publishes two more public quizzes as an editor, one in Arabic only: 201 with Location at the public quiz', async () => {
    for (const only of [false, true]) {
      const id = freshQuizId(only ? 'journey-ar' : 'journey')
      const body = authoredQuizBody(id, { visibility: 'public' })
      const res = await call({ method: 'POST', path: '/v1/quizzes', headers: bearer(EDITOR_TOKEN), body: only ? withoutEnglish(body) : body })
      expect(res.status).toBe(201)
      expect(res.headers.get('Location')).toBe(`/v1/quizzes/${id}`)
      expect((await call({ path: res.headers.get('Location')! })).status).toBe(200)
    }
  })

  it('walks the list page by page, by nextCursor and by the Link header, and every quiz is listed once', async () => {
    const seen: string[] = []
    let next: string | null = '/v1/quizzes?limit=1'
    let pages = 0
    while (next) {
      const res = await call({ path: next })
      expect(res.status).toBe(200)
      expect(res.headers.get('Content-Type')).toMatch(/^application\/json/)
      expect(res.headers.get('Cache-Control')).toBe('public, max-age=60, stale-while-revalidate=600')
      expect(res.headers.get('ETag')).toMatch(/^"[0-9a-f]{64}"$/)
      const page = await json(res)
      expect(page.quizzes.length).toBeLessThanOrEqual(1)
      for (const quiz of page.quizzes) {
        expect(Object.keys(quiz).sort()).toEqual(['id', 'lang', 'langs', 'questionCount', 'title', 'version'])
        seen.push(quiz.id)
      }
      const link = res.headers.get('Link')
      if (page.nextCursor === null) {
        expect(link).toBeNull()
        next = null
      } else {
        const target = /^<([^>]+)>; rel="next"$/.exec(link ?? '')
        expect(target, `Link: ${link}`).not.toBeNull()
        const url = new URL(target![1]!)
        expect(url.searchParams.get('cursor')).toBe(page.nextCursor)
        expect(url.searchParams.get('limit')).toBe('1')
        next = `${url.pathname}${url.search}`
      }
      pages++
    }
    expect(pages).toBeGreaterThanOrEqual(3)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen).toContain('kim-putin-beijing')
    expect([...seen].sort()).toEqual(seen)
    const all = await json(await call({ path: '/v1/quizzes?limit=100' }))
    expect(all.quizzes.map((q: Json) => q.id)).toEqual(seen)
  })

  it.each(['ar', 'en'] as const)('lists only the quizzes a reader of %s can take with ?servedIn=, page by page', async (servedIn) => {
    const everything = (await json(await call({ path: '/v1/quizzes?limit=100' }))).quizzes as Json[]
    const served = everything.filter((quiz) => quiz.langs.includes(servedIn)).map((quiz) => quiz.id)
    expect(served.length).toBeGreaterThan(0)
    if (servedIn === 'en') expect(served.length).toBeLessThan(everything.length)
    const walked: string[] = []
    let next: string | null = `/v1/quizzes?servedIn=${servedIn}&limit=1`
    while (next) {
      const res = await call({ path: next })
      const page = await json(res)
      walked.push(...page.quizzes.map((quiz: Json) => quiz.id))
      const link = /^<([^>]+)>/.exec(res.headers.get('Link') ?? '')?.[1]
      if (link) expect(new URL(link).searchParams.get('servedIn')).toBe(servedIn)
      next = link ? `${new URL(link).pathname}${new URL(link).search}` : null
    }
    expect(walked).toEqual(served)
  })

  it('reads a quiz in each language, without its keys, with Content-Language and an ETag that differs per language', async () => {
    const tags = new Set<string>()
    for (const lang of ['ar', 'en'] as const) {
      const res = await call({ path: `/v1/quizzes/kim-putin-beijing?lang=${lang}` })
      expect(res.status).toBe(200)
      expect(res.headers.get('Content-Language')).toBe(lang)
      expect(res.headers.get('Cache-Control')).toBe('public, max-age=60, stale-while-revalidate=600')
      tags.add(res.headers.get('ETag')!)
      const quiz = await json(res)
      expect(quiz).toMatchObject({ id: 'kim-putin-beijing', lang, dir: lang === 'ar' ? 'rtl' : 'ltr', langs: ['ar', 'en'] })
      expect(quiz.article.lang).toBe('ar')
      const text = JSON.stringify(quiz)
      for (const secret of ['"answer"', '"accepted"', '"explanation"', '"evidence"']) expect(text).not.toContain(secret)
      const numeric = quiz.questions.find((q: Json) => q.id === 'meeting-duration')
      expect(numeric).toMatchObject({ type: 'numeric', unit: 'hour', unitLabel: lang === 'ar' ? expect.any(String) : 'hours' })
    }
    expect(tags.size).toBe(2)
  })

  it('revalidates with If-None-Match: 304, no body, the same ETag and the CORS headers (quiz and list)', async () => {
    for (const path of ['/v1/quizzes/kim-putin-beijing?lang=en', '/v1/quizzes?limit=2']) {
      const first = await call({ path, headers: { Origin: OTHER_ORIGIN } })
      const tag = first.headers.get('ETag')!
      for (const ifNoneMatch of [tag, `W/${tag}`, `"nope", ${tag}`, '*']) {
        const again = await call({ path, headers: { Origin: OTHER_ORIGIN, 'If-None-Match': ifNoneMatch } })
        expect(again.status, `${path} If-None-Match: ${ifNoneMatch}`).toBe(304)
        expect(await again.text()).toBe('')
        expect(again.headers.get('ETag')).toBe(tag)
        expect(again.headers.get('Access-Control-Allow-Origin')).toBe('*')
      }
      const changed = await call({ path, headers: { 'If-None-Match': '"something-else"' } })
      expect(changed.status).toBe(200)
    }
  })
})

describe('grading', () => {
  const grade = (body: unknown, query = '?lang=en', headers?: Record<string, string>) =>
    call({ method: 'POST', path: `/v1/quizzes/kim-putin-beijing/grade${query}`, body, headers })
  const check = (questionId: string, body: unknown) => call({ method: 'POST', path: `/v1/quizzes/kim-putin-beijing/questions/${questionId}/check`, body })

  it.each([
    // [question, answer, correct, what the grader understood]
    ['meeting-duration', '١٥٠ دقيقة', true, '150 دقيقة = 2.5 ساعة'],
    ['meeting-duration', 'two and a half hours', true, undefined],
    ['meeting-duration', '2.5 دقيقة', false, undefined],
    ['soldiers-killed', 'ألفين', true, undefined],
    ['soldiers-killed', 'ثلاثة آلاف', false, undefined],
    ['parade-occasion', 'japan-surrender', true, undefined],
    ['parade-occasion', 'cold-war-end', false, undefined],
    ['first-public-trilateral', 'صح', true, undefined],
  ])('checks %s = %j: correct %s, with the documented Result and headers', async (questionId, answer, correct, display) => {
    const res = await check(questionId, { answer })
    expect(res.status).toBe(200)
    expect(res.headers.get('RateLimit-Policy')).toBe('"grading";q=600;w=60')
    expect(res.headers.get('RateLimit')).toBeNull()
    expect(res.headers.get('Cache-Control') ?? '').not.toMatch(/public|max-age=[1-9]/)
    const result = await json(res)
    expect(result).toMatchObject({ questionId, answered: true, correct, maxScore: 1 })
    expect(result.expected.display).toEqual(expect.any(String))
    expect(result.evidence).toMatchObject({ paragraph: expect.any(Number), quote: expect.any(String) })
    if (display) expect(result.parsed.display).toBe(display)
  })

  it('grades a whole set: every question in quiz order, missing ones unanswered, in the language asked for', async () => {
    const res = await grade({ answers: { 'meeting-duration': 'ساعتين ونصف', 'parade-occasion': 'cold-war-end' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Language')).toBe('en')
    const body = await json(res)
    const quiz = await json(await call({ path: '/v1/quizzes/kim-putin-beijing' }))
    expect(body).toMatchObject({ quizId: 'kim-putin-beijing', version: quiz.version, lang: 'en', score: 1 })
    expect(body.results.map((r: Json) => r.questionId)).toEqual(quiz.questions.map((q: Json) => q.id))
    const byId = Object.fromEntries(body.results.map((r: Json) => [r.questionId, r]))
    expect(byId['meeting-duration']).toMatchObject({ answered: true, correct: true, score: 1 })
    expect(byId['parade-occasion']).toMatchObject({ answered: true, correct: false, score: 0 })
    expect(byId['soldiers-killed']).toMatchObject({ answered: false, correct: false, score: 0, parsed: null })
  })

  it.each([
    // [what the developer did wrong, request, status, code, the field named in errors[] or a word the detail must say, the field's message]
    [
      'an answer that is an object',
      { body: { answers: { 'meeting-duration': { value: 2.5 } } } },
      422,
      'validation-failed',
      'answers.meeting-duration',
      ANSWER_SHAPES,
    ],
    [
      'true to a numeric question (docs/api.md#errors)',
      { body: { answers: { 'meeting-duration': true } } },
      422,
      'validation-failed',
      'answers.meeting-duration',
      'must be a number or a string',
    ],
    [
      'a word to a true/false question',
      { body: { answers: { 'first-public-trilateral': 'maybe' } } },
      422,
      'validation-failed',
      'answers.first-public-trilateral',
      'must be true or false (or one of the strings "true", "false", "صح", "خطأ")',
    ],
    [
      'an answer to a question the quiz does not have',
      { body: { answers: { 'no-such-question': 'x' } } },
      422,
      'validation-failed',
      'answers.no-such-question',
      'no question with this id in the quiz',
    ],
    ['answers as an array', { body: { answers: ['x'] } }, 422, 'validation-failed', 'answers', ANSWERS_OBJECT],
    ['no answers at all', { body: {} }, 422, 'validation-failed', 'answers', ANSWERS_OBJECT],
    [
      'an over-long answer',
      { body: { answers: { 'meeting-city': 'ب'.repeat(501) } } },
      422,
      'validation-failed',
      'answers.meeting-city',
      'must be at most 500 characters',
    ],
    [
      '21 choice ids',
      { body: { answers: { 'training-areas': Array(21).fill('drones') } } },
      422,
      'validation-failed',
      'answers.training-areas',
      'must be an array of at most 20 choice ids (strings)',
    ],
    ['broken JSON', { body: '{"answers": {' }, 400, 'invalid-json', 'JSON'],
    ['an empty body', { body: '' }, 400, 'invalid-json', 'JSON'],
    [
      'a form instead of JSON',
      { body: 'answers=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
      415,
      'unsupported-media-type',
      'application/json',
    ],
    ['a language the API does not have', { body: { answers: {} }, query: '?lang=fr' }, 400, 'validation-failed', 'lang'],
    ['a body over 64 KiB', { body: { answers: { 'meeting-city': 'x'.repeat(70_000) } } }, 413, 'payload-too-large', '65536'],
  ] as const)('refuses %s with a problem that says how to fix it', async (_what, request, status, code, hint, message?: string) => {
    const r = request as { body: unknown; query?: string; headers?: Record<string, string> }
    const problem = await expectProblem(await grade(r.body, r.query, r.headers), status, code)
    expect(problem.instance).toBe('/v1/quizzes/kim-putin-beijing/grade')
    if (code === 'validation-failed') {
      const where = hint === 'lang' ? { in: 'query' } : { in: 'body', pointer: `/${hint.split('.').join('/')}` }
      expect(problem.errors).toContainEqual({ path: hint, message: message ?? expect.any(String), ...where })
    } else expect(`${problem.detail} ${JSON.stringify(problem)}`).toContain(hint)
  })

  it.each([
    ['an unknown quiz', '/v1/quizzes/no-such-quiz', 'GET', 404, 'quiz-not-found', { quizId: 'no-such-quiz' }],
    ['grading an unknown quiz', '/v1/quizzes/no-such-quiz/grade', 'POST', 404, 'quiz-not-found', { quizId: 'no-such-quiz' }],
    ['an unknown question', '/v1/quizzes/kim-putin-beijing/questions/nope/check', 'POST', 404, 'question-not-found', { questionId: 'nope' }],
    ['an unknown path', '/v1/quizes', 'GET', 404, 'not-found', {}],
  ] as const)('answers %s with its 404 problem naming the id', async (_what, path, method, status, code, extras) => {
    const res = await SELF.fetch(`${ORIGIN}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: method === 'POST' ? JSON.stringify({ answers: {}, answer: 'x' }) : undefined,
    })
    const problem = await expectProblem(res, status, code)
    expect(problem).toMatchObject(extras)
  })
})

describe('cross-origin and methods', () => {
  it('answers a preflight from another origin with what the docs list', async () => {
    const res = await SELF.fetch(`${ORIGIN}/v1/assignments/ABCDEF/attempts`, {
      method: 'OPTIONS',
      headers: { Origin: OTHER_ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull()
    const allowed = (res.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase()
    for (const header of ['content-type', 'authorization', 'idempotency-key', 'if-none-match']) expect(allowed).toContain(header)
    expect(res.headers.get('Access-Control-Allow-Methods')).toMatch(/PATCH/)
  })

  it('exposes every header the docs say scripts may read', async () => {
    const res = await call({ path: '/v1/quizzes?limit=1', headers: { Origin: OTHER_ORIGIN } })
    const exposed = (res.headers.get('Access-Control-Expose-Headers') ?? '').toLowerCase().split(/\s*,\s*/)
    for (const header of ['etag', 'location', 'retry-after', 'ratelimit', 'ratelimit-policy', 'allow', 'idempotent-replayed', 'content-disposition', 'link']) {
      expect(exposed).toContain(header)
    }
  })

  it.each([
    ['PUT', '/v1/classes', 'POST'],
    ['DELETE', '/v1/quizzes/kim-putin-beijing/grade', 'POST'],
    ['POST', '/v1/health', 'GET'],
  ])('answers %s %s with 405, an Allow header and the allow member', async (method, path, allows) => {
    const res = await SELF.fetch(`${ORIGIN}${path}`, { method, headers: { Origin: OTHER_ORIGIN } })
    const problem = await expectProblem(res, 405, 'method-not-allowed')
    expect(res.headers.get('Allow')).toContain(allows)
    expect(problem.allow).toEqual(expect.arrayContaining([allows]))
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })
})

describe('a class, as a teacher and students use it through the API', () => {
  let cls: Json
  let assignment: Json
  const teacher = () => bearer(cls.teacherKey)

  it('creates a class: 201, Location at the class, the key once, and the rate-limit headers', async () => {
    const res = await call({ method: 'POST', path: '/v1/classes', body: { name: 'Grade 9 B' } })
    expect(res.status).toBe(201)
    cls = await json(res)
    expect(cls).toMatchObject({ classId: expect.stringMatching(/^cls_/), teacherKey: expect.any(String), joinCode: expect.any(String), name: 'Grade 9 B' })
    expect(res.headers.get('Location')).toBe(`/v1/classes/${cls.classId}`)
    expect(res.headers.get('RateLimit-Policy')).toBe('"classes";q=20;w=3600')
    expect(res.headers.get('RateLimit')).toMatch(/^"classes";r=19;t=\d+$/)
    const located = await call({ path: res.headers.get('Location')!, headers: teacher() })
    expect(located.status).toBe(200)
    expect(await json(located)).toMatchObject({ classId: cls.classId, name: 'Grade 9 B', assignments: [] })
  })

  it('assigns a quiz: 201, Location at the assignment, the code and its link', async () => {
    const res = await call({
      method: 'POST',
      path: `/v1/classes/${cls.classId}/assignments`,
      headers: teacher(),
      body: { quizId: 'kim-putin-beijing', title: 'Reading: Beijing', maxAttempts: 2, revealAnswers: 'after-submit', shuffle: false },
    })
    expect(res.status).toBe(201)
    assignment = await json(res)
    expect(assignment).toMatchObject({ assignmentId: expect.stringMatching(/^asg_/), code: expect.stringMatching(/^[A-Z2-9]{6}$/), status: 'open' })
    expect(assignment.link).toBe(`${ORIGIN}/a/${assignment.code}`)
    expect(res.headers.get('Location')).toBe(`/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}`)
    expect((await call({ path: res.headers.get('Location')!, headers: teacher() })).status).toBe(200)
  })

  it('shows the assignment to a student by its code, in any case', async () => {
    const res = await call({ path: `/v1/assignments/${assignment.code.toLowerCase()}` })
    expect(res.status).toBe(200)
    expect(res.headers.get('RateLimit-Policy')).toBe('"code-lookups";q=30;w=3600')
    expect(await json(res)).toMatchObject({ code: assignment.code, title: 'Reading: Beijing', quizId: 'kim-putin-beijing', identity: 'name', maxAttempts: 2 })
    const quiz = await json(await call({ path: `/v1/assignments/${assignment.code}/quiz?lang=en` }))
    expect(quiz).toMatchObject({ id: 'kim-putin-beijing', lang: 'en' })
  })

  let sara: Json
  const saraKey = crypto.randomUUID()
  const submitAs = (body: Json, key: string | null, headers: Record<string, string> = {}) =>
    call({
      method: 'POST',
      path: `/v1/assignments/${assignment.code}/attempts`,
      headers: { ...(key ? { 'Idempotency-Key': key } : {}), ...headers },
      body,
    })

  it('takes students’ attempts with an Idempotency-Key: 201 with Location, a retry replays, a reuse with other answers is refused', async () => {
    const body = {
      name: 'سارة',
      answers: { 'meeting-city': 'بكين', 'parade-occasion': 'japan-surrender' },
      startedAt: new Date(Date.now() - 90_000).toISOString(),
    }
    const res = await submitAs(body, saraKey)
    expect(res.status).toBe(201)
    sara = await json(res)
    expect(sara).toMatchObject({ name: 'سارة', attemptNumber: 1, attemptsLeft: 1, score: 2, revealed: true })
    expect(res.headers.get('Location')).toBe(`/v1/assignments/${assignment.code}/attempts/${sara.attemptId}`)
    expect(res.headers.get('Idempotent-Replayed')).toBeNull()
    expect(res.headers.get('RateLimit')).toMatch(/"attempts";r=\d+;t=\d+/)

    const retry = await submitAs(body, saraKey)
    expect(retry.status).toBe(201)
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true')
    expect((await json(retry)).attemptId).toBe(sara.attemptId)

    const reused = await submitAs({ ...body, answers: { 'meeting-city': 'موسكو' } }, saraKey)
    const problem = await expectProblem(reused, 422, 'idempotency-conflict')
    expect(JSON.stringify(problem)).not.toContain(sara.attemptId)

    const again = await call({ path: res.headers.get('Location')! })
    expect(again.status).toBe(200)
    expect(await json(again)).toMatchObject({ attemptId: sara.attemptId, score: 2 })

    const omar = await submitAs({ name: 'Omar', answers: { 'meeting-city': 'موسكو' } }, crypto.randomUUID())
    expect(omar.status).toBe(201)
    expect(await json(omar)).toMatchObject({ score: 0, attemptsLeft: 1 })
  })

  it.each([
    ['no Idempotency-Key', { name: 'Lina', answers: {} }, null, {}, 400, 'validation-failed', 'idempotency-key'],
    ['a name over 60 characters', { name: 'ن'.repeat(61), answers: {} }, 'key', {}, 422, 'validation-failed', 'name'],
    ['a name with a bidi override', { name: 'Lina\u202E', answers: {} }, 'key', {}, 422, 'validation-failed', 'name'],
    [
      'an answer over 500 characters',
      { name: 'Lina', answers: { 'meeting-city': 'x'.repeat(501) } },
      'key',
      {},
      422,
      'validation-failed',
      'answers.meeting-city',
    ],
    ['text/plain', '{"name":"Lina","answers":{}}', 'key', { 'Content-Type': 'text/plain' }, 415, 'unsupported-media-type', undefined],
    ['broken JSON', '{"name":', 'key', {}, 400, 'invalid-json', undefined],
  ] as const)('refuses an attempt with %s', async (_what, body, key, headers, status, code, path) => {
    const problem = await expectProblem(await submitAs(body as Json, key && crypto.randomUUID(), headers), status, code)
    if (path) expect(problem.errors.map((e: Json) => e.path.toLowerCase())).toContain(path)
  })

  it('refuses a third attempt under the same name: 409 max-attempts-reached', async () => {
    const second = await submitAs({ name: 'Omar', answers: { 'meeting-city': 'بكين' } }, crypto.randomUUID())
    expect(second.status).toBe(201)
    expect(await json(second)).toMatchObject({ attemptNumber: 2, attemptsLeft: 0, score: 1 })
    await expectProblem(await submitAs({ name: 'omar', answers: {} }, crypto.randomUUID()), 409, 'max-attempts-reached')
  })

  it('reads the results as JSON, with the studentKey the delete route takes', async () => {
    const res = await call({ path: `/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}/results?lang=en`, headers: teacher() })
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/)
    const results = await json(res)
    expect(results.quiz).toMatchObject({ id: 'kim-putin-beijing', lang: 'en' })
    expect(results.students.map((s: Json) => [s.name, s.attempts, s.latestScore, s.bestScore])).toEqual([
      ['Omar', 2, 1, 1],
      ['سارة', 1, 2, 2],
    ])
    for (const student of results.students) expect(student.studentKey).toEqual(expect.any(String))
    const saraRow = results.students.find((s: Json) => s.name === 'سارة')
    expect(saraRow.timeTakenSeconds).toBeGreaterThanOrEqual(89)
    const city = results.questions.find((q: Json) => q.questionId === 'meeting-city')
    expect(city).toMatchObject({ answered: 2, correct: 2, correctShare: 1 })
  })

  it('reads the results as CSV, by ?format=csv and by Accept: text/csv', async () => {
    for (const request of [
      { path: `/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}/results?format=csv`, headers: teacher() },
      { path: `/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}/results`, headers: { ...teacher(), Accept: 'text/csv' } },
    ]) {
      const res = await call(request)
      expect(res.status).toBe(200)
      expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
      expect(res.headers.get('Content-Disposition')).toBe(`attachment; filename="results-${assignment.code}.csv"`)
      const bytes = new Uint8Array(await res.arrayBuffer())
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const text = new TextDecoder().decode(bytes)
      const [header, ...rows] = text.split('\r\n')
      expect(header!.startsWith('name,attempts,latest_score,best_score,max_score,latest_percent,time_taken_seconds,last_submitted_at,')).toBe(true)
      expect(rows.filter(Boolean).map((row) => row.split(',')[0])).toEqual(['Omar', 'سارة'])
    }
  })

  it('deletes one student’s attempts by studentKey: 204, gone from the results, 404 attempts-not-found the second time', async () => {
    const results = await json(await call({ path: `/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}/results`, headers: teacher() }))
    const omar = results.students.find((s: Json) => s.name === 'Omar')
    const path = `/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}/students/${encodeURIComponent(omar.studentKey)}/attempts`
    const res = await call({ method: 'DELETE', path, headers: teacher() })
    expect(res.status).toBe(204)
    expect(await res.text()).toBe('')
    const after = await json(await call({ path: `/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}/results`, headers: teacher() }))
    expect(after.students.map((s: Json) => s.name)).toEqual(['سارة'])
    await expectProblem(await call({ method: 'DELETE', path, headers: teacher() }), 404, 'attempts-not-found')
    // Omar may start over with every attempt.
    expect(await json(await submitAs({ name: 'Omar', answers: {} }, crypto.randomUUID()))).toMatchObject({ attemptNumber: 1, attemptsLeft: 1 })
  })

  it('adds a class list: 201 with Location at the list, and a student joins with a personal code', async () => {
    const res = await call({ method: 'POST', path: `/v1/classes/${cls.classId}/students`, headers: teacher(), body: { names: ['Lina Haddad'] } })
    expect(res.status).toBe(201)
    const [lina] = (await json(res)).students
    expect(res.headers.get('Location')).toBe(`/v1/classes/${cls.classId}/students`)
    const list = await json(await call({ path: res.headers.get('Location')!, headers: teacher() }))
    expect(list.students).toEqual([lina])
    expect(await json(await call({ path: `/v1/assignments/${assignment.code}/students/${lina.code}` }))).toMatchObject({
      name: 'Lina Haddad',
      identity: 'roster',
    })
    await expectProblem(await submitAs({ name: 'Lina Haddad', answers: {} }, crypto.randomUUID()), 422, 'student-code-required')
    const joined = await submitAs({ studentCode: lina.code, answers: { 'meeting-city': 'Beijing' } }, crypto.randomUUID())
    expect(joined.status).toBe(201)
    expect(await json(joined)).toMatchObject({ name: 'Lina Haddad', score: 1 })
  })

  it.each([
    ['no key', (c: Json) => ({ path: `/v1/classes/${c.classId}` }), 401, 'unauthorized'],
    ['a wrong key', (c: Json) => ({ path: `/v1/classes/${c.classId}`, headers: bearer('not-the-key') }), 401, 'unauthorized'],
    ['an unknown class', (c: Json) => ({ path: '/v1/classes/cls_nope', headers: bearer(c.teacherKey) }), 404, 'class-not-found'],
    [
      'an unknown assignment',
      (c: Json) => ({ path: `/v1/classes/${c.classId}/assignments/asg_nope`, headers: bearer(c.teacherKey) }),
      404,
      'assignment-not-found',
    ],
    ['an unknown code', () => ({ path: '/v1/assignments/ZZZZZZ' }), 404, 'assignment-not-found'],
    [
      'a quiz that does not exist',
      (c: Json) => ({ method: 'POST', path: `/v1/classes/${c.classId}/assignments`, headers: bearer(c.teacherKey), body: { quizId: 'no-such-quiz' } }),
      422,
      'validation-failed',
    ],
    ['a class name over 100 characters', () => ({ method: 'POST', path: '/v1/classes', body: { name: 'x'.repeat(101) } }), 422, 'validation-failed'],
    [
      'an assignment title over 200 characters',
      (c: Json) => ({
        method: 'POST',
        path: `/v1/classes/${c.classId}/assignments`,
        headers: bearer(c.teacherKey),
        body: { quizId: 'kim-putin-beijing', title: 't'.repeat(201) },
      }),
      422,
      'validation-failed',
    ],
  ] as const)('answers %s with its problem', async (_what, request, status, code) => {
    const res = await call(request(cls) as Call)
    const problem = await expectProblem(res, status, code)
    if (status === 401) expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/)
    if (code === 'validation-failed') expect(problem.errors.length).toBeGreaterThan(0)
  })

  it('rate-limits new classes per address: the 21st in an hour is 429 with Retry-After and retryAfter', async () => {
    const ip = freshIp()
    for (let i = 0; i < 20; i++) {
      const res = await call({ method: 'POST', path: '/v1/classes', body: { name: `Class ${i}` }, ip })
      expect(res.status).toBe(201)
      expect(res.headers.get('RateLimit')).toMatch(new RegExp(`^"classes";r=${19 - i};t=\\d+$`))
    }
    const res = await call({ method: 'POST', path: '/v1/classes', body: { name: 'One too many' }, ip })
    const problem = await expectProblem(res, 429, 'rate-limited')
    const retryAfter = Number(res.headers.get('Retry-After'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(3600)
    expect(problem.retryAfter).toBe(retryAfter)
    expect(problem.detail).toBe(`Too many requests ("classes" policy): at most 20 per 3600 s from this client. Try again in ${retryAfter} s.`)
    expect(res.headers.get('RateLimit')).toMatch(/^"classes";r=0;t=\d+$/)
  })
})
