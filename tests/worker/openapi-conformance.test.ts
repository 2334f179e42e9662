/// <reference types="vite/client" />
import { SELF } from 'cloudflare:test'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { beforeAll, describe, expect, it } from 'vitest'
import { sampleQuizFile, SAMPLE_ARTICLE } from '../core/export-fixture.ts'
import { authoredQuizBody, createAuthoredQuiz, EDITOR_TOKEN, freshQuizId } from './authored-quiz.ts'
import {
  bearer,
  createAssignment,
  createClass,
  freshIp,
  ORIGIN,
  QUIZ_ID,
  RIGHT,
  submit,
  type CreatedAssignment,
  type CreatedClass,
} from './classroom-helpers.ts'
import apiDocs from '../../docs/api.md?raw'

/**
 * The OpenAPI document against the live Worker, inside workerd: every operation is called with
 * requests that succeed and requests that fail, and each response's status, content type and body
 * must be what the document (fetched from the Worker itself) says that operation answers, its
 * body validated with ajv against the document's own schemas. A route that answers a status, a
 * type or a shape the document does not describe fails here, as does an operation left untried.
 */

type Json = Record<string, any>
type Case = { name: string; method?: string; path: string; headers?: Record<string, string>; body?: unknown; status: number }

let document: Json
let ajv: Ajv2020
const tried = new Map<string, Set<number>>()

/** The documented operation a concrete path answers, as `METHOD /template`. */
function operationOf(method: string, url: string): string | undefined {
  const pathname = new URL(url, ORIGIN).pathname
  for (const template of Object.keys(document.paths)) {
    const pattern = new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`)
    if (pattern.test(pathname) && document.paths[template][method.toLowerCase()]) return `${method.toUpperCase()} ${template}`
  }
  return undefined
}

const pointer = (...segments: string[]) => segments.map((s) => encodeURIComponent(s.replaceAll('~', '~0').replaceAll('/', '~1'))).join('/')

/** Sends `c` and checks the response against the document; returns the response body. */
async function conform(c: Case): Promise<unknown> {
  const method = c.method ?? 'GET'
  const headers: Record<string, string> = { 'CF-Connecting-IP': freshIp(), ...c.headers }
  let body: string | undefined
  if (c.body !== undefined) {
    body = typeof c.body === 'string' ? c.body : JSON.stringify(c.body)
    headers['Content-Type'] ??= 'application/json'
  }
  const res = await SELF.fetch(`${ORIGIN}${c.path}`, { method, headers, body })
  const key = operationOf(method, c.path)
  expect(key, `${c.name}: ${method} ${c.path} is not in the document`).toBeDefined()
  const [, template] = key!.split(' ') as [string, string]
  const operation = document.paths[template][method.toLowerCase()]
  const text = await res.text()
  expect(res.status, `${c.name}: ${text.slice(0, 300)}`).toBe(c.status)
  const response = operation.responses[String(res.status)]
  expect(response, `${c.name}: ${key} does not document ${res.status}`).toBeDefined()
  ;(tried.get(key!) ?? tried.set(key!, new Set()).get(key!)!).add(res.status)

  if (!response.content) {
    expect(text, `${c.name}: ${res.status} has no documented body`).toBe('')
    return undefined
  }
  const type = (res.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()
  expect(Object.keys(response.content), `${c.name}: ${key} ${res.status} does not document ${type}`).toContain(type)
  if (!/json$/.test(type)) {
    expect(response.content[type].schema.type, `${c.name}: ${type}`).toBe('string')
    return text
  }
  const json = JSON.parse(text)
  // A response whose description names its problem codes (problemCodeResponses) answers one of them.
  const codes = /: ((?:`[a-z-]+`(?:, )?)+)$/.exec(response.description ?? '')?.[1]?.match(/[a-z-]+/g)
  if (codes && type === 'application/problem+json')
    expect(codes, `${c.name}: ${key} ${res.status} answered ${json.code}, which its description does not name`).toContain(json.code)
  const ref = `openapi.json#/${pointer('paths', template, method.toLowerCase(), 'responses', String(res.status), 'content', type, 'schema')}`
  const validate = ajv.getSchema(ref)
  expect(validate, ref).toBeDefined()
  const valid = validate!(json)
  expect(valid ? [] : validate!.errors, `${c.name}: body of ${key} ${res.status}`).toEqual([])
  return json
}

const editor = { Authorization: `Bearer ${EDITOR_TOKEN}` }
const firstQuestion = sampleQuizFile().questions[0]!.id

describe('every route against the OpenAPI document, live in workerd', { timeout: 300_000 }, () => {
  let cls: CreatedClass
  let spareClass: CreatedClass
  let assignment: CreatedAssignment
  let attemptId: string
  let quizId: string
  let etag: string

  beforeAll(async () => {
    const res = await SELF.fetch(`${ORIGIN}/v1/openapi.json`)
    document = await res.json()
    ajv = new Ajv2020({ strict: false, allErrors: true })
    addFormats(ajv)
    ajv.addSchema(document, 'openapi.json')
    cls = await createClass()
    spareClass = await createClass('To delete')
    assignment = await createAssignment(cls)
    const attempt = await submit(assignment.code, { name: 'Sara', answers: RIGHT })
    attemptId = ((await attempt.json()) as { attemptId: string }).attemptId
    quizId = await createAuthoredQuiz()
    etag = (await SELF.fetch(`${ORIGIN}/v1/quizzes/${QUIZ_ID}`)).headers.get('ETag')!
  }, 120_000)

  it('Quizzes: read, grade and check', async () => {
    const cases: Case[] = [
      { name: 'list', path: '/v1/quizzes', status: 200 },
      { name: 'list, bad lang', path: '/v1/quizzes?lang=fr', status: 400 },
      { name: 'get', path: `/v1/quizzes/${QUIZ_ID}?lang=en`, status: 200 },
      { name: 'get, not modified', path: `/v1/quizzes/${QUIZ_ID}`, headers: { 'If-None-Match': etag }, status: 304 },
      { name: 'get, unknown', path: '/v1/quizzes/no-such-quiz', status: 404 },
      { name: 'get, bad lang', path: `/v1/quizzes/${QUIZ_ID}?lang=fr`, status: 400 },
      { name: 'grade', method: 'POST', path: `/v1/quizzes/${QUIZ_ID}/grade`, body: { answers: { 'meeting-duration': '١٥٠ دقيقة' } }, status: 200 },
      { name: 'grade, wrong shape', method: 'POST', path: `/v1/quizzes/${QUIZ_ID}/grade`, body: { answers: { 'meeting-duration': true } }, status: 422 },
      { name: 'grade, malformed JSON', method: 'POST', path: `/v1/quizzes/${QUIZ_ID}/grade`, body: '{"answers":', status: 400 },
      { name: 'grade, not JSON', method: 'POST', path: `/v1/quizzes/${QUIZ_ID}/grade`, headers: { 'Content-Type': 'text/plain' }, body: '{}', status: 415 },
      { name: 'grade, too large', method: 'POST', path: `/v1/quizzes/${QUIZ_ID}/grade`, body: { answers: { x: 'a'.repeat(70_000) } }, status: 413 },
      { name: 'grade, unknown quiz', method: 'POST', path: '/v1/quizzes/no-such-quiz/grade', body: { answers: {} }, status: 404 },
      { name: 'check', method: 'POST', path: `/v1/quizzes/${QUIZ_ID}/questions/meeting-duration/check`, body: { answer: 'ساعتين ونصف' }, status: 200 },
      { name: 'check, unknown question', method: 'POST', path: `/v1/quizzes/${QUIZ_ID}/questions/nope/check`, body: { answer: 'x' }, status: 404 },
      { name: 'check, wrong shape', method: 'POST', path: `/v1/quizzes/${QUIZ_ID}/questions/meeting-duration/check`, body: { answer: {} }, status: 422 },
    ]
    for (const c of cases) await conform(c)
  })

  it('Authoring: the editor API, exports, drafts and the credential check', async () => {
    const id = freshQuizId('conformance')
    const cases: Case[] = [
      { name: 'create', method: 'POST', path: '/v1/quizzes', headers: editor, body: authoredQuizBody(id), status: 201 },
      { name: 'create again, same quiz (a retry)', method: 'POST', path: '/v1/quizzes', headers: editor, body: authoredQuizBody(id), status: 200 },
      {
        name: 'create, taken id',
        method: 'POST',
        path: '/v1/quizzes',
        headers: editor,
        body: authoredQuizBody(id, { title: { ar: 'عنوان آخر', en: 'Another title' } }),
        status: 409,
      },
      { name: 'create, no key', method: 'POST', path: '/v1/quizzes', body: authoredQuizBody(freshQuizId()), status: 401 },
      { name: 'create, invalid quiz', method: 'POST', path: '/v1/quizzes', headers: editor, body: { id: freshQuizId() }, status: 422 },
      { name: 'create, not JSON', method: 'POST', path: '/v1/quizzes', headers: { ...editor, 'Content-Type': 'text/plain' }, body: '{}', status: 415 },
      {
        name: 'replace',
        method: 'PUT',
        path: `/v1/quizzes/${id}`,
        headers: editor,
        body: authoredQuizBody(id, { title: { ar: 'عنوان', en: 'Title' } }),
        status: 200,
      },
      { name: 'replace, no key', method: 'PUT', path: `/v1/quizzes/${id}`, body: authoredQuizBody(id), status: 401 },
      { name: 'replace, file quiz', method: 'PUT', path: `/v1/quizzes/${QUIZ_ID}`, headers: editor, body: authoredQuizBody(QUIZ_ID), status: 409 },
      { name: 'source', path: `/v1/quizzes/${quizId}/source`, headers: editor, status: 200 },
      { name: 'source, no key', path: `/v1/quizzes/${quizId}/source`, status: 401 },
      { name: 'source, unknown', path: '/v1/quizzes/no-such-quiz/source', headers: editor, status: 404 },
      { name: 'export GIFT', path: `/v1/quizzes/${QUIZ_ID}/export?format=gift`, headers: editor, status: 200 },
      { name: 'export QTI', path: `/v1/quizzes/${QUIZ_ID}/export?format=qti`, headers: editor, status: 200 },
      { name: 'export, no format', path: `/v1/quizzes/${QUIZ_ID}/export`, headers: editor, status: 400 },
      { name: 'export, no key', path: `/v1/quizzes/${QUIZ_ID}/export?format=gift`, status: 401 },
      { name: 'export, class key for another quiz', path: `/v1/quizzes/${quizId}/export?format=gift`, headers: bearer(cls.teacherKey), status: 403 },
      { name: 'quiz sources', path: '/v1/quiz-sources', headers: editor, status: 200 },
      { name: 'quiz sources, no key', path: '/v1/quiz-sources', status: 401 },
      { name: 'quiz sources, a page with a next', path: '/v1/quiz-sources?limit=1', headers: editor, status: 200 },
      { name: 'quiz sources, bad cursor', path: '/v1/quiz-sources?cursor=not-a-cursor', headers: editor, status: 400 },
      { name: 'me', path: '/v1/me', headers: bearer(cls.teacherKey), status: 200 },
      { name: 'me, no key', path: '/v1/me', status: 401 },
      { name: 'draft', method: 'POST', path: '/v1/drafts', body: { articleText: SAMPLE_ARTICLE }, status: 200 },
      { name: 'draft, empty article', method: 'POST', path: '/v1/drafts', body: { articleText: '   ' }, status: 422 },
      { name: 'draft, not JSON', method: 'POST', path: '/v1/drafts', headers: { 'Content-Type': 'text/plain' }, body: '{}', status: 415 },
      {
        name: 'draft check',
        method: 'POST',
        path: '/v1/drafts/check',
        body: { quiz: authoredQuizBody('d'), questionId: firstQuestion, answer: 'beijing' },
        status: 200,
      },
      {
        name: 'draft check, a choice the question does not have',
        method: 'POST',
        path: '/v1/drafts/check',
        body: { quiz: authoredQuizBody('d'), questionId: firstQuestion, answer: 'x' },
        status: 422,
      },
      {
        name: 'draft check, unknown question',
        method: 'POST',
        path: '/v1/drafts/check',
        body: { quiz: authoredQuizBody('d'), questionId: 'nope', answer: 'x' },
        status: 404,
      },
      { name: 'draft grade', method: 'POST', path: '/v1/drafts/grade', body: { quiz: authoredQuizBody('d'), answers: {} }, status: 200 },
      { name: 'draft grade, no quiz', method: 'POST', path: '/v1/drafts/grade', body: { answers: {} }, status: 422 },
      { name: 'delete', method: 'DELETE', path: `/v1/quizzes/${id}`, headers: editor, status: 204 },
      { name: 'delete, gone', method: 'DELETE', path: `/v1/quizzes/${id}`, headers: editor, status: 404 },
      { name: 'delete, no key', method: 'DELETE', path: `/v1/quizzes/${quizId}`, status: 401 },
    ]
    for (const c of cases) await conform(c)
  })

  it('Classes: what a teacher does', async () => {
    const key = bearer(cls.teacherKey)
    const base = `/v1/classes/${cls.classId}`
    expect((await submit(assignment.code, { name: 'Test run', answers: RIGHT })).status).toBe(201)
    const { students } = (await (await SELF.fetch(`${ORIGIN}${base}/assignments/${assignment.assignmentId}/results`, { headers: key })).json()) as {
      students: { name: string; studentKey: string }[]
    }
    const testRun = `${base}/assignments/${assignment.assignmentId}/students/${encodeURIComponent(students.find((s) => s.name === 'Test run')!.studentKey)}/attempts`
    const cases: Case[] = [
      { name: 'create class', method: 'POST', path: '/v1/classes', body: { name: '9 C' }, status: 201 },
      { name: 'create class, name too long', method: 'POST', path: '/v1/classes', body: { name: 'x'.repeat(500) }, status: 422 },
      { name: 'create class, not JSON', method: 'POST', path: '/v1/classes', headers: { 'Content-Type': 'text/plain' }, body: 'name', status: 415 },
      { name: 'get class', path: base, headers: key, status: 200 },
      { name: 'get class, no key', path: base, status: 401 },
      { name: 'get class, another key', path: `/v1/classes/${spareClass.classId}`, headers: key, status: 404 },
      { name: 'create assignment', method: 'POST', path: `${base}/assignments`, headers: key, body: { quizId: QUIZ_ID, title: 'Reading' }, status: 201 },
      {
        name: 'create assignment, unknown quiz',
        method: 'POST',
        path: `${base}/assignments`,
        headers: key,
        body: { quizId: 'no-such-quiz', title: 'x' },
        status: 422,
      },
      {
        name: 'create assignment, not JSON',
        method: 'POST',
        path: `${base}/assignments`,
        headers: { ...key, 'Content-Type': 'text/plain' },
        body: '{}',
        status: 415,
      },
      { name: 'get assignment', path: `${base}/assignments/${assignment.assignmentId}`, headers: key, status: 200 },
      { name: 'get assignment, over-long id', path: `${base}/assignments/${'a'.repeat(200)}`, headers: key, status: 400 },
      { name: 'get assignment, unknown', path: `${base}/assignments/nope`, headers: key, status: 404 },
      { name: 'results', path: `${base}/assignments/${assignment.assignmentId}/results`, headers: key, status: 200 },
      { name: 'results as CSV', path: `${base}/assignments/${assignment.assignmentId}/results?format=csv`, headers: key, status: 200 },
      { name: 'results, a page of one (Link)', path: `${base}/assignments/${assignment.assignmentId}/results?limit=1`, headers: key, status: 200 },
      { name: 'results, bad cursor', path: `${base}/assignments/${assignment.assignmentId}/results?cursor=nope`, headers: key, status: 400 },
      {
        name: 'results, CSV refused',
        path: `${base}/assignments/${assignment.assignmentId}/results`,
        headers: { ...key, Accept: 'text/csv;q=0, application/json' },
        status: 200,
      },
      { name: "delete a student's attempts", method: 'DELETE', path: testRun, headers: key, status: 204 },
      { name: "delete a student's attempts, none left", method: 'DELETE', path: testRun, headers: key, status: 404 },
      { name: "delete a student's attempts, no key", method: 'DELETE', path: testRun, status: 401 },
      { name: 'results, bad format', path: `${base}/assignments/${assignment.assignmentId}/results?format=xls`, headers: key, status: 400 },
      {
        name: 'change assignment',
        method: 'PATCH',
        path: `${base}/assignments/${assignment.assignmentId}`,
        headers: key,
        body: { maxAttempts: 3 },
        status: 200,
      },
      {
        name: 'change assignment, after-due without a due time',
        method: 'PATCH',
        path: `${base}/assignments/${assignment.assignmentId}`,
        headers: key,
        body: { revealAnswers: 'after-due', dueAt: null },
        status: 422,
      },
      { name: 'change assignment, unknown', method: 'PATCH', path: `${base}/assignments/nope`, headers: key, body: { maxAttempts: 2 }, status: 404 },
      { name: 'rename class', method: 'PATCH', path: base, headers: key, body: { name: 'Grade 9 C' }, status: 200 },
      {
        name: 'replace teacher key, wrong key',
        method: 'POST',
        path: `${base}/teacher-key`,
        headers: { Authorization: 'Bearer not-a-valid-key-at-all-xx' },
        status: 401,
      },
      { name: 'rename class, name too long', method: 'PATCH', path: base, headers: key, body: { name: 'x'.repeat(101) }, status: 422 },
    ]
    for (const c of cases) await conform(c)
    const spare = await createAssignment(spareClass)
    const spareKey = bearer(spareClass.teacherKey)
    await conform({
      name: 'delete assignment',
      method: 'DELETE',
      path: `/v1/classes/${spareClass.classId}/assignments/${spare.assignmentId}`,
      headers: spareKey,
      status: 204,
    })
    await conform({
      name: 'delete assignment, gone',
      method: 'DELETE',
      path: `/v1/classes/${spareClass.classId}/assignments/${spare.assignmentId}`,
      headers: spareKey,
      status: 404,
    })
    const { teacherKey } = (await conform({
      name: 'replace teacher key',
      method: 'POST',
      path: `/v1/classes/${spareClass.classId}/teacher-key`,
      headers: spareKey,
      status: 200,
    })) as { teacherKey: string }
    const newKey = bearer(teacherKey)
    await conform({ name: 'delete class, no key', method: 'DELETE', path: `/v1/classes/${spareClass.classId}`, status: 401 })
    await conform({ name: 'delete class, replaced key', method: 'DELETE', path: `/v1/classes/${spareClass.classId}`, headers: spareKey, status: 401 })
    await conform({ name: 'delete class', method: 'DELETE', path: `/v1/classes/${spareClass.classId}`, headers: newKey, status: 204 })
    await conform({ name: 'delete class, gone', method: 'DELETE', path: `/v1/classes/${spareClass.classId}`, headers: newKey, status: 401 })
  })

  it('Assignments: what a student does', async () => {
    const base = `/v1/assignments/${assignment.code}`
    const fresh = await createAssignment(cls, { maxAttempts: 1 })
    const cases: Case[] = [
      { name: 'assignment', path: base, status: 200 },
      { name: 'assignment, unknown code', path: '/v1/assignments/ZZZZZZ', status: 404 },
      { name: 'its quiz', path: `${base}/quiz?lang=en`, status: 200 },
      { name: 'its quiz, unknown code', path: '/v1/assignments/ZZZZZZ/quiz', status: 404 },
      { name: 'its quiz, bad lang', path: `${base}/quiz?lang=fr`, status: 400 },
      {
        name: 'attempt',
        method: 'POST',
        path: `/v1/assignments/${fresh.code}/attempts`,
        headers: { 'Idempotency-Key': crypto.randomUUID() },
        body: { name: 'Lina', answers: RIGHT },
        status: 201,
      },
      {
        name: 'attempt, none left',
        method: 'POST',
        path: `/v1/assignments/${fresh.code}/attempts`,
        headers: { 'Idempotency-Key': crypto.randomUUID() },
        body: { name: 'Lina', answers: RIGHT },
        status: 409,
      },
      { name: 'attempt, no key', method: 'POST', path: `${base}/attempts`, body: { name: 'Omar', answers: RIGHT }, status: 400 },
      {
        name: 'attempt, clientAttemptId instead',
        method: 'POST',
        path: `${base}/attempts`,
        body: { name: 'Omar', answers: RIGHT, clientAttemptId: crypto.randomUUID() },
        status: 201,
      },
      {
        name: 'attempt, no name',
        method: 'POST',
        path: `${base}/attempts`,
        headers: { 'Idempotency-Key': crypto.randomUUID() },
        body: { answers: RIGHT },
        status: 422,
      },
      {
        name: 'attempt, not JSON',
        method: 'POST',
        path: `${base}/attempts`,
        headers: { 'Idempotency-Key': crypto.randomUUID(), 'Content-Type': 'text/plain' },
        body: '{}',
        status: 415,
      },
      {
        name: 'attempt, unknown code',
        method: 'POST',
        path: '/v1/assignments/ZZZZZZ/attempts',
        headers: { 'Idempotency-Key': crypto.randomUUID() },
        body: { name: 'x', answers: {} },
        status: 404,
      },
      { name: 'attempt result', path: `${base}/attempts/${attemptId}`, status: 200 },
      { name: 'attempt result, unknown', path: `${base}/attempts/nope`, status: 404 },
    ]
    for (const c of cases) await conform(c)
  })

  it('Roster: personal codes, added and looked up', async () => {
    // A class of its own: a roster turns its assignments to personal codes, which the name cases above must not see.
    const rosterClass = await createClass('With a roster')
    const key = bearer(rosterClass.teacherKey)
    const base = `/v1/classes/${rosterClass.classId}/students`
    const added = (await conform({ name: 'add students', method: 'POST', path: base, headers: key, body: { names: ['Sara Ali', 'Omar'] }, status: 201 })) as {
      students: { studentId: string; code: string }[]
    }
    const [sara, omar] = added.students as [{ studentId: string; code: string }, { studentId: string; code: string }]
    const rosterAssignment = await createAssignment(rosterClass)
    const cases: Case[] = [
      { name: 'add students, none', method: 'POST', path: base, headers: key, body: { names: [] }, status: 422 },
      { name: 'add students, no key', method: 'POST', path: base, body: { names: ['Lina'] }, status: 401 },
      { name: 'add students, not JSON', method: 'POST', path: base, headers: { ...key, 'Content-Type': 'text/plain' }, body: 'Lina', status: 415 },
      { name: 'roster', path: base, headers: key, status: 200 },
      { name: 'roster, a page of one (Link)', path: `${base}?limit=1`, headers: key, status: 200 },
      { name: 'roster, limit too large', path: `${base}?limit=501`, headers: key, status: 400 },
      { name: 'roster, no key', path: base, status: 401 },
      { name: 'whose code', path: `/v1/assignments/${rosterAssignment.code}/students/${sara.code}`, status: 200 },
      { name: 'whose code, not on the roster', path: `/v1/assignments/${rosterAssignment.code}/students/ZZZZZZZZ`, status: 404 },
      { name: 'remove student', method: 'DELETE', path: `${base}/${omar.studentId}`, headers: key, status: 204 },
      { name: 'remove student, gone', method: 'DELETE', path: `${base}/${omar.studentId}`, headers: key, status: 404 },
      { name: 'remove student, no key', method: 'DELETE', path: `${base}/${sara.studentId}`, status: 401 },
    ]
    for (const c of cases) await conform(c)
  })

  it('Service and pages', async () => {
    const browser = { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }
    const embedUrl = `${ORIGIN}/embed/${QUIZ_ID}?theme=dark`
    const cases: Case[] = [
      { name: 'ping', path: '/v1/ping', status: 200 },
      { name: 'health', path: '/v1/health', status: 200 },
      { name: 'document', path: '/v1/openapi.json', status: 200 },
      { name: 'reference', path: '/docs', status: 200 },
      { name: 'embed page', path: `/embed/${QUIZ_ID}`, status: 200 },
      { name: 'embed page, unknown, browser', path: '/embed/no-such-quiz', headers: browser, status: 404 },
      { name: 'embed page, unknown, API client', path: '/embed/no-such-quiz', status: 404 },
      { name: 'oEmbed', path: `/oembed?url=${encodeURIComponent(embedUrl)}&maxwidth=300`, status: 200 },
      { name: 'oEmbed, no url', path: '/oembed', status: 400 },
      { name: 'oEmbed, not an embed page', path: `/oembed?url=${encodeURIComponent('https://elsewhere.example/x')}`, status: 404 },
      { name: 'oEmbed, XML', path: `/oembed?url=${encodeURIComponent(embedUrl)}&format=xml`, status: 501 },
      { name: 'teacher page', path: '/teach', status: 200 },
      { name: 'studio', path: '/studio?lang=en', status: 200 },
      { name: 'code form', path: '/a?lang=en', status: 200 },
      { name: 'assignment page', path: `/a/${assignment.code}`, status: 200 },
      { name: 'assignment page, unknown, browser', path: '/a/ZZZZZZ', headers: browser, status: 404 },
      { name: 'assignment page, unknown, API client', path: '/a/ZZZZZZ', status: 404 },
    ]
    for (const c of cases) await conform(c)
  })

  it('tried every operation of the document, with a success and, where it documents one, a client error', () => {
    const missing: string[] = []
    for (const [path, operations] of Object.entries(document.paths as Record<string, Json>)) {
      for (const [method, operation] of Object.entries(operations)) {
        const key = `${method.toUpperCase()} ${path}`
        const statuses = [...(tried.get(key) ?? [])]
        if (!statuses.some((s) => s >= 200 && s < 400)) missing.push(`${key}: no success`)
        const documents4xx = Object.keys(operation.responses).some((s) => /^4/.test(s) && s !== '429')
        if (documents4xx && !statuses.some((s) => s >= 400 && s < 500)) missing.push(`${key}: no client error`)
      }
    }
    expect(missing).toEqual([])
  })

  it('shows in docs/api.md the error a wrong answer shape really gets', async () => {
    const example = JSON.parse(/## Errors[\s\S]*?```json\n([\s\S]*?)```/.exec(apiDocs)![1]!) as Json
    const res = await SELF.fetch(`${ORIGIN}/v1/quizzes/${QUIZ_ID}/grade`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answers: { 'meeting-duration': true } }),
    })
    const live = (await res.json()) as Json
    expect({ ...live, type: live.type.replace(ORIGIN, 'https://fahm.example') }).toEqual(example)
  })
})
