import { beforeAll, describe, expect, it } from 'vitest'
import apiDocs from '../../docs/api.md?raw'
import { authoredQuizBody, createAuthoredQuiz, EDITOR_TOKEN, editorHeaders } from './authored-quiz.ts'
import { createAssignment, createClass, submit } from './classroom-helpers.ts'
import { call, expectProblem, type Json, loadOpenapi, openapi } from './documented-client.ts'

/**
 * A developer's audit (round 4): a `validation-failed` problem says what to fix in `detail` itself,
 * not only which field (a log line or an alert often keeps `detail` alone); a header is named as the
 * docs write it whatever case zod saw it in; a bad `limit` or `cursor` is told what it must be, not
 * zod's "expected number, received NaN"; and the OpenAPI `Problem` example is what the Worker really
 * answers (docs/api.md's is checked by openapi-conformance.test.ts). Beside them, the problems whose
 * `code` or `detail` left a client guessing: an attempt id that is not there (`attempt-not-found`, not
 * the generic `not-found`, and `student-not-found` likewise), an `If-Match` carrying the current version
 * made weak, and the refusals that name their field in `errors` (drafts, `student-code-unknown`). Last,
 * docs/api.md's grade example is held to what its own curl gets.
 */

beforeAll(loadOpenapi)

describe('validation-failed says what to fix', () => {
  it('is, for the OpenAPI Problem example’s request, exactly that example (docs/api.md’s: openapi-conformance)', async () => {
    const res = await call({ method: 'POST', path: '/v1/quizzes/kim-putin-beijing/grade', body: { answers: { 'meeting-duration': true } } })
    const problem = await expectProblem(res, 422, 'validation-failed')
    const fromHost = (value: Json) => ({ ...value, type: String(value.type).replace(/^https?:\/\/[^/]+/, '') })
    expect(fromHost(problem)).toEqual(fromHost(openapi.components.schemas.Problem.example))
    expect(problem.detail).toBe('Invalid request body: answers.meeting-duration: must be a number or a string.')
  })

  it('names each field with its message, three at most, and the whole body by its message alone', async () => {
    const cls = await createClass()
    const { assignmentId } = await createAssignment(cls)
    const path = `/v1/classes/${cls.classId}/assignments/${assignmentId}`
    const auth = { Authorization: `Bearer ${cls.teacherKey}` }

    const empty = await expectProblem(await call({ method: 'PATCH', path, headers: auth, body: {} }), 422, 'validation-failed')
    expect(empty.errors).toEqual([{ path: '', message: 'names nothing to change', in: 'body', pointer: '' }])
    expect(empty.detail).toBe('Invalid request body: names nothing to change.')

    const many = await expectProblem(
      await call({ method: 'PATCH', path, headers: auth, body: { title: 5, maxAttempts: 0, dueAt: 'tomorrow', opensAt: 'soon', revealAnswers: 'sometimes' } }),
      422,
      'validation-failed',
    )
    expect(many.errors.length).toBeGreaterThan(3)
    const named = (many.errors as Json[]).slice(0, 3).map((e) => `${e.path}: ${e.message}`)
    expect(many.detail).toBe(`Invalid request body: ${named.join('; ')}; and ${many.errors.length - 3} more (see errors).`)
  })

  it('names the Idempotency-Key header as the docs do, missing or malformed, and says its form', async () => {
    const cls = await createClass()
    const { code } = await createAssignment(cls)
    const answer = { name: 'Lina', deviceId: '0b8f3c1e5a2d4c7e9f102d6b8a4e1c33', answers: {} }
    const form = 'must be 8–100 of A–Z a–z 0–9 - _ . : (a fresh UUID per attempt is ideal)'

    const missing = await expectProblem(await submit(code, answer, { key: null }), 400, 'validation-failed')
    expect(missing.errors).toEqual([{ path: 'Idempotency-Key', message: 'required', in: 'header' }])
    for (const key of ['short', 'has space in it', 'x'.repeat(101)]) {
      const bad = await expectProblem(await submit(code, answer, { key }), 400, 'validation-failed')
      expect(bad.errors, key).toEqual([{ path: 'Idempotency-Key', message: form, in: 'header' }])
      expect(bad.detail).toBe(`Invalid request header: Idempotency-Key: ${form}.`)
    }
    const inBody = await expectProblem(await submit(code, { ...answer, clientAttemptId: 'short' }, { key: null }), 422, 'validation-failed')
    expect(inBody.errors).toEqual([{ path: 'clientAttemptId', message: form, in: 'body', pointer: '/clientAttemptId' }])
  })

  it.each([
    ['limit=abc', 'limit'],
    ['limit=2.5', 'limit'],
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=1&limit=2', 'limit'],
    ['cursor=a&cursor=b', 'cursor'],
    [`cursor=${'A'.repeat(400)}`, 'cursor'],
  ] as const)('tells a list called with %s what the parameter must be', async (query, parameter) => {
    const message = parameter === 'limit' ? 'must be a whole number from 1 to 100, given once' : 'must be the nextCursor of a previous page, unchanged'
    for (const list of ['/v1/quizzes', '/v1/quiz-sources']) {
      const res = await call({ path: `${list}?${query}`, headers: { Authorization: `Bearer ${EDITOR_TOKEN}` } })
      const problem = await expectProblem(res, 400, 'validation-failed')
      expect(problem.errors, list).toEqual([{ path: parameter, message, in: 'query' }])
      expect(problem.detail).toBe(`Invalid request query: ${parameter}: ${message}.`)
    }
  })
})

describe('an attempt that is not there', () => {
  it('is 404 attempt-not-found naming the id, not the generic not-found of a path nothing serves', async () => {
    const cls = await createClass()
    const { code } = await createAssignment(cls, { revealAnswers: 'after-submit' })
    const other = await createAssignment(cls)
    const made = await submit(code, { name: 'Lina', deviceId: '0b8f3c1e5a2d4c7e9f102d6b8a4e1c33', answers: {} })
    expect(made.status).toBe(201)
    const { attemptId } = (await made.json()) as Json

    expect((await call({ path: `/v1/assignments/${code}/attempts/${attemptId}` })).status).toBe(200)
    for (const [where, id] of [
      [code, 'att_nope'],
      [other.code, attemptId],
    ] as const) {
      const problem = await expectProblem(await call({ path: `/v1/assignments/${where}/attempts/${id}` }), 404, 'attempt-not-found')
      expect(problem.attemptId).toBe(id)
      expect(problem.detail).toBe(`No attempt "${id}" in this assignment.`)
    }
    // An unknown code stays the assignment's own 404.
    await expectProblem(await call({ path: `/v1/assignments/ZZZZZZ/attempts/${attemptId}` }), 404, 'assignment-not-found')
  })
})

describe('If-Match with the current version made weak', () => {
  it('is still 412 precondition-failed, with a detail that says to drop W/ (a stale tag keeps its own detail)', async () => {
    const id = await createAuthoredQuiz()
    const put = (ifMatch: string) =>
      call({
        method: 'PUT',
        path: `/v1/quizzes/${id}`,
        headers: { ...editorHeaders, 'If-Match': ifMatch },
        body: authoredQuizBody(id),
      })

    const weak = await expectProblem(await put('W/"v1"'), 412, 'precondition-failed')
    expect(weak.currentVersion).toBe(1)
    expect(weak.detail).toBe(
      'If-Match W/"v1" is a weak tag, and If-Match compares strongly (RFC 9110), so it never matches: send "v1" without W/ (a proxy that compressed the response may have added it), or the version in the body.',
    )
    const stale = await expectProblem(await put('W/"v7", "v0"'), 412, 'precondition-failed')
    expect(stale.detail).toBe(`If-Match W/"v7", "v0" is not the current version of "${id}": it is at version 1 (ETag "v1").`)
    expect((await put('"v1"')).status).toBe(200)
  })
})

describe('a student who is not there', () => {
  it('is 404 student-not-found, by id on the class list and by personal code, not the generic not-found', async () => {
    const cls = await createClass()
    const { code } = await createAssignment(cls)
    const auth = { Authorization: `Bearer ${cls.teacherKey}` }
    const added = await call({ method: 'POST', path: `/v1/classes/${cls.classId}/students`, headers: auth, body: { names: ['Sara Ali'] } })
    expect(added.status).toBe(201)
    const [sara] = ((await added.json()) as Json).students as Json[]

    expect((await call({ path: `/v1/assignments/${code}/students/${sara!.code}` })).status).toBe(200)
    await expectProblem(await call({ path: `/v1/assignments/${code}/students/ZZZZ9999` }), 404, 'student-not-found')

    const gone = await call({ method: 'DELETE', path: `/v1/classes/${cls.classId}/students/${sara!.studentId}`, headers: auth })
    expect(gone.status).toBe(204)
    for (const studentId of [sara!.studentId, 'stu_nope']) {
      const problem = await expectProblem(
        await call({ method: 'DELETE', path: `/v1/classes/${cls.classId}/students/${studentId}`, headers: auth }),
        404,
        'student-not-found',
      )
      expect(problem.studentId).toBe(studentId)
    }
    await expectProblem(await call({ path: `/v1/assignments/${code}/students/${sara!.code}` }), 404, 'student-not-found')
  })
})

describe('a draft refused for its article or language', () => {
  it.each([
    ['article-empty', { articleText: '   ' }, 'articleText'],
    ['article-binary', { articleText: 'PK\u0003\u0004\u0000\u0000 binary \u0000 file' }, 'articleText'],
    ['article-no-sentences', { articleText: 'apples\noranges\npears\nplums' }, 'articleText'],
    ['language-unsupported', { articleText: 'Bonjour tout le monde. Ceci est un article en français sur la ville et ses habitants.' }, 'articleText'],
    ['language-mismatch', { articleText: 'The council met on Friday and approved twelve new schools for the city.', lang: 'ar' }, 'lang'],
  ] as const)('%s names the field at fault in errors, with its JSON Pointer', async (code, body, field) => {
    const problem = await expectProblem(await call({ method: 'POST', path: '/v1/drafts', body }), 422, code)
    expect(problem.errors).toEqual([{ path: field, message: problem.detail, in: 'body', pointer: `/${field}` }])
  })
})

describe('a personal code that names nobody', () => {
  it('is 422 student-code-unknown naming studentCode in errors, as student-code-required does', async () => {
    const noList = await createClass()
    const free = await createAssignment(noList)
    const listed = await createClass()
    const withList = await createAssignment(listed)
    const added = await call({
      method: 'POST',
      path: `/v1/classes/${listed.classId}/students`,
      headers: { Authorization: `Bearer ${listed.teacherKey}` },
      body: { names: ['Sara Ali'] },
    })
    expect(added.status).toBe(201)

    for (const [code, message] of [
      [withList.code, 'no student of this class has this personal code'],
      [free.code, 'this class has no class list: send name instead'],
    ] as const) {
      const problem = await expectProblem(await submit(code, { studentCode: 'ZZZZ9999', answers: {} }), 422, 'student-code-unknown')
      expect(problem.errors).toEqual([{ path: 'studentCode', message, in: 'body', pointer: '/studentCode' }])
    }
    const required = await expectProblem(await submit(withList.code, { name: 'Sara', answers: {} }), 422, 'student-code-required')
    expect(required.errors).toEqual([{ path: 'studentCode', message: 'required', in: 'body', pointer: '/studentCode' }])
  })
})

describe('docs/api.md’s grade example', () => {
  it('shows what the Worker answers to its own curl (the fields it prints; "…" stands for long text)', async () => {
    const section = apiDocs.slice(apiDocs.indexOf('## Grade a set of answers'))
    const body = /-d '([\s\S]*?)'/.exec(section)![1]!
    const shown = JSON.parse(/```json\n([\s\S]*?)```/.exec(section)![1]!) as Json
    const res = await call({ method: 'POST', path: '/v1/quizzes/kim-putin-beijing/grade?lang=ar', body: JSON.parse(body) })
    expect(res.status).toBe(200)
    const live = (await res.json()) as Json
    const { results: shownResults, ...shownTop } = shown
    expect(live).toMatchObject(shownTop)
    for (const result of shownResults as Json[]) {
      const actual = (live.results as Json[]).find((r) => r.questionId === result.questionId)!
      const elided = { ...actual, explanation: '…', evidence: { ...actual.evidence, quote: '…' } }
      expect(elided).toEqual(result)
    }
  })
})
