import { env, SELF } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import { checkQuiz } from '../../src/core/content-checks.ts'
import { SAMPLE_ARTICLE, sampleQuizFile } from '../core/export-fixture.ts'
import { bearer, createAssignment, createClass, submit } from './classroom-helpers.ts'
import { expectProblem } from './problem-assert.ts'

const ORIGIN = 'http://x'
const TOKEN = 'test-editor-token'
const editor = { ...bearer(TOKEN), 'Content-Type': 'application/json' }

type Body = Record<string, unknown>

// D1 keeps its rows across the tests of a file: every test works on a quiz id of its own.
let id = 'sample-quiz'
let counter = 0
const run = crypto.randomUUID().slice(0, 8)
beforeEach(() => {
  id = `sample-${run}-${++counter}`
})

function quizBody(overrides: Body = {}): Body {
  const { article: _article, ...file } = sampleQuizFile()
  return { ...file, id, version: undefined, articleText: SAMPLE_ARTICLE, ...overrides }
}

function send(method: string, path: string, body?: unknown, headers: Record<string, string> = editor): Promise<Response> {
  return SELF.fetch(`${ORIGIN}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
}

async function create(body: Body = quizBody()): Promise<Body> {
  const res = await send('POST', '/v1/quizzes', body)
  expect(res.status, await res.clone().text()).toBe(201)
  return res.json()
}

describe('editor authentication', () => {
  it('refuses a missing or wrong token with 401 and a Bearer challenge, before reading the body', async () => {
    const attempts: Record<string, string>[] = [
      { 'Content-Type': 'application/json' },
      { ...bearer('nope'), 'Content-Type': 'application/json' },
      { Authorization: 'Basic dGVzdA==' },
    ]
    for (const headers of attempts) {
      for (const [method, path] of [
        ['POST', '/v1/quizzes'],
        ['PUT', `/v1/quizzes/${id}`],
        ['DELETE', `/v1/quizzes/${id}`],
        ['GET', `/v1/quizzes/${id}/source`],
      ] as const) {
        const res = await send(method, path, method === 'GET' || method === 'DELETE' ? undefined : '{not json', headers)
        await expectProblem(res, 401, 'unauthorized')
        expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer realm="fahm-editor"/)
      }
    }
  })

  it('does not take a teacher key for the editor token: it cannot publish, nor open an editor quiz', async () => {
    const cls = await createClass()
    const teacher = { ...bearer(cls.teacherKey), 'Content-Type': 'application/json' }
    await expectProblem(await send('POST', '/v1/quizzes', quizBody({ visibility: 'public' }), teacher), 403, 'forbidden')
    await create()
    await expectProblem(await send('PUT', `/v1/quizzes/${id}`, quizBody({ visibility: 'classroom' }), teacher), 404, 'quiz-not-found')
    await expectProblem(await send('GET', `/v1/quizzes/${id}/source`, undefined, teacher), 404, 'quiz-not-found')
  })
})

describe('creating quizzes', () => {
  it('stores a valid quiz at version 1 and serves it like a file quiz', async () => {
    const res = await send('POST', '/v1/quizzes', quizBody())
    expect(res.status).toBe(201)
    expect(res.headers.get('Location')).toBe(`/v1/quizzes/${id}`)
    const saved = (await res.json()) as Body
    expect(saved).toMatchObject({ id, version: 1, previousVersion: null, changed: true, articleChanged: false, stale: [] })
    expect(saved.articleHash).toMatch(/^sha256:[0-9a-f]{64}$/)

    const quiz = (await (await SELF.fetch(`${ORIGIN}/v1/quizzes/${id}?lang=en`)).json()) as Body
    expect(quiz).toMatchObject({ id, version: 1, lang: 'en', title: 'The "summit" & <friends>' })
    expect((quiz.article as { paragraphs: unknown[] }).paragraphs).toHaveLength(4)
    expect(JSON.stringify(quiz)).not.toContain('"answer"')

    const list = (await (await SELF.fetch(`${ORIGIN}/v1/quizzes`)).json()) as { quizzes: { id: string; version: number }[] }
    expect(list.quizzes[0]!.id).toBe('kim-putin-beijing')
    expect(list.quizzes).toContainEqual(expect.objectContaining({ id, version: 1 }))

    const graded = await SELF.fetch(`${ORIGIN}/v1/quizzes/${id}/grade`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answers: { 'meeting-duration': '150 دقيقة', 'meeting-place': 'beijing', 'soldiers-killed': 'ألفان' } }),
    })
    expect(graded.status).toBe(200)
    const result = (await graded.json()) as { version: number; score: number; maxScore: number }
    expect(result).toMatchObject({ version: 1, score: 3, maxScore: 8 })
  })

  it('answers 422 quiz-invalid with the very issues the content checks report', async () => {
    const body = quizBody()
    const questions = structuredClone(body.questions) as Body[]
    ;(questions[0]!.evidence as Body).quote = 'اقتباس غير موجود في المقال'
    questions[1]!.answer = ['c5000', 'missing-choice']
    const bad: Body = { ...body, questions }
    const problem = await expectProblem(await send('POST', '/v1/quizzes', bad), 422, 'quiz-invalid')
    const { articleText, ...file } = bad
    const expected = checkQuiz({ ...file, article: 'article.ar.txt' }, articleText as string, 'x').map(({ check, path, message }) => ({
      check,
      path,
      message,
      pointer: expect.stringMatching(/^(\/[^/]+)*$/),
    }))
    expect(expected.map((i) => i.check)).toEqual(expect.arrayContaining(['evidence-quote-verbatim', 'answer-choice-exists']))
    expect(problem.issues).toEqual(expected)
    expect(problem.issues).toContainEqual(
      expect.objectContaining({ check: 'evidence-quote-verbatim', path: 'questions[0].evidence.quote', pointer: '/questions/0/evidence/quote' }),
    )
    expect(problem.detail).toContain('questions[0].evidence.quote')
    // Nothing was stored.
    await expectProblem(await SELF.fetch(`${ORIGIN}/v1/quizzes/${id}`), 404, 'quiz-not-found')
  })

  it('refuses a quiz that gives an answer away or quotes Arabic with “ ”, on POST and PUT, naming the check', async () => {
    const spoiled = await expectProblem(
      await send('POST', '/v1/quizzes', quizBody({ title: { ar: 'القمة في العاصمة الصينية', en: 'The summit' } })),
      422,
      'quiz-invalid',
    )
    expect(spoiled.issues).toEqual([
      { check: 'answer-not-given-away', path: 'title.ar', pointer: '/title/ar', message: expect.stringContaining('questions[0] ("meeting-place")') },
    ])
    await expectProblem(await SELF.fetch(`${ORIGIN}/v1/quizzes/${id}`), 404, 'quiz-not-found')

    await create()
    const questions = structuredClone(quizBody().questions) as Body[]
    ;((questions[1]!.choices as Body[])[2]!.text as Body).ar = '2000'
    ;(questions[0]!.prompt as Body).ar = 'أين اجتمع “كيم” وبوتين؟'
    const edited = await expectProblem(await send('PUT', `/v1/quizzes/${id}`, quizBody({ version: 1, questions })), 422, 'quiz-invalid')
    expect(edited.issues.map((i: Body) => [i.check, i.path])).toEqual(
      expect.arrayContaining([
        ['answer-not-given-away', 'questions[1].choices[2].text.ar'],
        ['arabic-quotation-marks', 'questions[0].prompt.ar'],
      ]),
    )
    expect(((await (await SELF.fetch(`${ORIGIN}/v1/quizzes/${id}`)).json()) as Body).version).toBe(1)
  })

  it('reports schema problems and a missing article with paths', async () => {
    const { lang: _lang, ...noLang } = quizBody()
    const problem = await expectProblem(await send('POST', '/v1/quizzes', { ...noLang, articleText: undefined, extra: 1 }), 422, 'quiz-invalid')
    expect(problem.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ check: 'schema', path: 'articleText' }), expect.objectContaining({ check: 'schema', path: 'lang' })]),
    )
    const unknown = await expectProblem(await send('POST', '/v1/quizzes', quizBody({ colour: 'blue' })), 422, 'quiz-invalid')
    expect(unknown.issues).toEqual([expect.objectContaining({ check: 'unknown-properties', path: 'colour' })])
    for (const raw of ['[]', '"quiz"', 'null', '{}']) {
      const res = await send('POST', '/v1/quizzes', raw)
      await expectProblem(res, 422, 'quiz-invalid')
    }
    await expectProblem(await send('POST', '/v1/quizzes', '{"id":'), 400, 'invalid-json')
  })

  it('refuses a source URL that is not http(s) (exports write it into an <a href>)', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      const problem = await expectProblem(await send('POST', '/v1/quizzes', quizBody({ source: { name: 'News', url } })), 422, 'quiz-invalid')
      expect(problem.issues).toContainEqual(expect.objectContaining({ check: 'schema', path: 'source.url' }))
    }
    await expectProblem(await SELF.fetch(`${ORIGIN}/v1/quizzes/${id}`), 404, 'quiz-not-found')
    expect((await send('POST', '/v1/quizzes', quizBody({ source: { name: 'News', url: 'http://example.com/a' } }))).status).toBe(201)
  })

  it('refuses ids that are taken, by a file quiz or a stored one', async () => {
    await create()
    await expectProblem(await send('POST', '/v1/quizzes', quizBody({ title: { ar: 'عنوان آخر', en: 'Another title' } })), 409, 'quiz-exists')
    const fileQuiz = await expectProblem(await send('POST', '/v1/quizzes', quizBody({ id: 'kim-putin-beijing' })), 409, 'quiz-exists')
    expect(fileQuiz.detail).toContain('file quiz')
  })

  it('refuses a body over 1 MiB with 413', async () => {
    await expectProblem(await send('POST', '/v1/quizzes', quizBody({ articleText: 'ا'.repeat(600_000) })), 413, 'payload-too-large')
  })

  it('lets exactly one of two concurrent creations of the same id win', async () => {
    const results = await Promise.all([send('POST', '/v1/quizzes', quizBody()), send('POST', '/v1/quizzes', quizBody())])
    expect(results.map((r) => r.status).sort()).toEqual([201, 409])
    const { results: rows } = await env.DB.prepare('SELECT version FROM authored_quizzes WHERE id = ?').bind(id).all()
    expect(rows).toHaveLength(1)
  })
})

describe('updating quizzes', () => {
  it('keeps the version for the same content and bumps it for a change', async () => {
    await create()
    const same = (await (await send('PUT', `/v1/quizzes/${id}`, quizBody())).json()) as Body
    expect(same).toMatchObject({ version: 1, changed: false })

    const edited = await send('PUT', `/v1/quizzes/${id}`, quizBody({ title: { ar: 'عنوان جديد', en: 'New title' } }))
    expect(edited.status).toBe(200)
    expect(await edited.json()).toMatchObject({ version: 2, previousVersion: 1, changed: true, articleChanged: false })
    const quiz = (await (await SELF.fetch(`${ORIGIN}/v1/quizzes/${id}?lang=en`)).json()) as Body
    expect(quiz).toMatchObject({ version: 2, title: 'New title' })
    // Both versions stay in D1.
    const { results } = await env.DB.prepare('SELECT version FROM authored_quizzes WHERE id = ? ORDER BY version').bind(id).all()
    expect(results).toEqual([{ version: 1 }, { version: 2 }])
  })

  it('refuses a save over a newer version (version-conflict) and an id that differs from the URL', async () => {
    await create()
    await send('PUT', `/v1/quizzes/${id}`, quizBody({ title: { ar: 'ب', en: 'B' } }))
    const conflict = await expectProblem(await send('PUT', `/v1/quizzes/${id}`, quizBody({ version: 1, title: { ar: 'ج', en: 'C' } })), 409, 'version-conflict')
    expect(conflict.currentVersion).toBe(2)
    expect(await (await send('PUT', `/v1/quizzes/${id}`, quizBody({ version: 2, title: { ar: 'ج', en: 'C' } }))).json()).toMatchObject({ version: 3 })
    const mismatch = await expectProblem(await send('PUT', `/v1/quizzes/${id}`, quizBody({ id: 'other-quiz' })), 422, 'quiz-invalid')
    expect(mismatch.issues).toEqual([expect.objectContaining({ check: 'id-matches-path', path: 'id' })])
    // Without an id in the body, the URL's is used.
    expect((await send('PUT', `/v1/quizzes/${id}`, quizBody({ id: undefined }))).status).toBe(200)
  })

  it('lets one of two concurrent edits of the same version win; the other gets version-conflict', async () => {
    await create()
    const results = await Promise.all([
      send('PUT', `/v1/quizzes/${id}`, quizBody({ title: { ar: 'أ', en: 'A' } })),
      send('PUT', `/v1/quizzes/${id}`, quizBody({ title: { ar: 'ب', en: 'B' } })),
    ])
    const statuses = results.map((r) => r.status).sort()
    // D1 serialises the two inserts: either both bodies were read before either insert (one conflict),
    // or the second read the first's version 2 and saved a version 3.
    if (statuses[1] === 409) {
      expect(statuses).toEqual([200, 409])
      await expectProblem(results.find((r) => r.status === 409)!, 409, 'version-conflict')
    } else {
      expect(statuses).toEqual([200, 200])
    }
    const { results: rows } = await env.DB.prepare('SELECT version FROM authored_quizzes WHERE id = ? ORDER BY version').bind(id).all()
    expect(rows.map((r) => r.version)).toEqual(statuses[1] === 409 ? [1, 2] : [1, 2, 3])
  })

  it('flags questions whose evidence paragraph changed, and clears the flag once the question is edited', async () => {
    await create()
    const changed = SAMPLE_ARTICLE.replace('1000 عامل', '1200 عامل')
    const saved = (await (await send('PUT', `/v1/quizzes/${id}`, quizBody({ articleText: changed }))).json()) as Body
    expect(saved).toMatchObject({ version: 2, articleChanged: true, stale: ['kursk-workers'] })
    const source = (await (await send('GET', `/v1/quizzes/${id}/source`)).json()) as Body
    expect(source).toMatchObject({ version: 2, origin: 'api', readOnly: false, stale: ['kursk-workers'], articleText: changed })

    const body = quizBody({ articleText: changed })
    const questions = structuredClone(body.questions) as Body[]
    questions[1]!.explanation = { ar: 'خمسة آلاف وألف ومئتان.', en: '5000 and 1200.' }
    const reviewed = (await (await send('PUT', `/v1/quizzes/${id}`, { ...body, questions })).json()) as Body
    expect(reviewed).toMatchObject({ version: 3, stale: [] })
  })

  it('rejects an article change that removes evidence quotes, naming the questions', async () => {
    await create()
    const problem = await expectProblem(
      await send('PUT', `/v1/quizzes/${id}`, quizBody({ articleText: SAMPLE_ARTICLE.replace('قُتل نحو 2000 جندي', 'قُتل نحو ثلاثة آلاف جندي') })),
      422,
      'quiz-invalid',
    )
    const paths = (problem.issues as { path: string }[]).map((i) => i.path)
    expect(paths).toEqual(expect.arrayContaining(['questions[2].evidence.quote', 'questions[5].evidence.quote']))
    expect(((await (await SELF.fetch(`${ORIGIN}/v1/quizzes/${id}`)).json()) as Body).version).toBe(1)
  })

  it('treats file quizzes as read-only and unknown ids as not found', async () => {
    await expectProblem(await send('PUT', '/v1/quizzes/kim-putin-beijing', quizBody({ id: 'kim-putin-beijing' })), 409, 'quiz-read-only')
    await expectProblem(await send('DELETE', '/v1/quizzes/kim-putin-beijing'), 409, 'quiz-read-only')
    await expectProblem(await send('PUT', `/v1/quizzes/${id}`, quizBody()), 404, 'quiz-not-found')
    const badParam = await expectProblem(await send('PUT', `/v1/quizzes/${'x'.repeat(81)}`, quizBody()), 400, 'validation-failed')
    expect(badParam.errors).toEqual([expect.objectContaining({ path: 'quizId', in: 'path' })])
    const source = (await (await send('GET', '/v1/quizzes/kim-putin-beijing/source')).json()) as Body
    expect(source).toMatchObject({ id: 'kim-putin-beijing', origin: 'file', readOnly: true })
    expect(source.articleHash).toMatch(/^sha256:/)
  })

  it('records in each attempt the version it answered', async () => {
    await create()
    const cls = await createClass()
    const assignment = await createAssignment(cls, { quizId: id, maxAttempts: 5 })
    const first = await submit(assignment.code, { name: 'Layla', answers: { 'meeting-place': 'beijing' } })
    expect(first.status).toBe(201)
    await send('PUT', `/v1/quizzes/${id}`, quizBody({ title: { ar: 'نسخة ثانية', en: 'Second version' } }))
    const second = await submit(assignment.code, { name: 'Layla', answers: { 'meeting-place': 'beijing' } })
    expect(second.status).toBe(201)
    const { results } = await env.DB.prepare('SELECT quiz_version FROM attempts WHERE quiz_id = ? ORDER BY attempt_number').bind(id).all()
    expect(results).toEqual([{ quiz_version: 1 }, { quiz_version: 2 }])
  })
})

describe('deleting quizzes', () => {
  it('removes the quiz from the API, keeps its versions, and continues numbering on re-creation', async () => {
    await create()
    await send('PUT', `/v1/quizzes/${id}`, quizBody({ title: { ar: 'ب', en: 'B' } }))
    const res = await send('DELETE', `/v1/quizzes/${id}`)
    expect(res.status).toBe(204)
    await expectProblem(await SELF.fetch(`${ORIGIN}/v1/quizzes/${id}`), 404, 'quiz-not-found')
    await expectProblem(await send('DELETE', `/v1/quizzes/${id}`), 404, 'quiz-not-found')
    await expectProblem(await send('PUT', `/v1/quizzes/${id}`, quizBody()), 404, 'quiz-not-found')
    const list = (await (await SELF.fetch(`${ORIGIN}/v1/quizzes`)).json()) as { quizzes: { id: string }[] }
    expect(list.quizzes.map((q) => q.id)).not.toContain(id)

    expect(await create()).toMatchObject({ version: 3 })
    const { results } = await env.DB.prepare('SELECT version, deleted_at IS NOT NULL AS deleted FROM authored_quizzes WHERE id = ? ORDER BY version')
      .bind(id)
      .all()
    expect(results).toEqual([
      { version: 1, deleted: 0 },
      { version: 2, deleted: 1 },
      { version: 3, deleted: 0 },
    ])
  })

  it('deletes a quiz that assignments use: they keep its last version, the public endpoints 404', async () => {
    await create()
    await send('PUT', `/v1/quizzes/${id}`, quizBody({ title: { ar: 'نسخة ثانية', en: 'Second version' } }))
    // Anyone may create a class and assign the quiz: that must not block the editor.
    const cls = await createClass()
    const assignment = await createAssignment(cls, { quizId: id, maxAttempts: 3 })
    expect((await submit(assignment.code, { name: 'Layla', answers: { 'meeting-place': 'beijing' } })).status).toBe(201)

    expect((await send('DELETE', `/v1/quizzes/${id}`)).status).toBe(204)
    await expectProblem(await SELF.fetch(`${ORIGIN}/v1/quizzes/${id}`), 404, 'quiz-not-found')
    await expectProblem(await send('POST', `/v1/quizzes/${id}/grade`, { answers: {} }, { 'Content-Type': 'application/json' }), 404, 'quiz-not-found')
    await expectProblem(await send('GET', `/v1/quizzes/${id}/export?format=gift`), 404, 'quiz-not-found')
    await expectProblem(await send('GET', `/v1/quizzes/${id}/source`), 404, 'quiz-not-found')

    // The assignment serves and grades the last version.
    const quiz = await SELF.fetch(`${ORIGIN}/v1/assignments/${assignment.code}/quiz?lang=en`)
    expect(quiz.status).toBe(200)
    expect(await quiz.json()).toMatchObject({ id, version: 2, title: 'Second version' })
    const second = await submit(assignment.code, { name: 'Layla', answers: { 'meeting-place': 'beijing' } })
    expect(second.status).toBe(201)
    expect(await second.json()).toMatchObject({ attemptNumber: 2, score: 1 })
    const { results } = await env.DB.prepare('SELECT quiz_version FROM attempts WHERE quiz_id = ? ORDER BY attempt_number').bind(id).all()
    expect(results).toEqual([{ quiz_version: 2 }, { quiz_version: 2 }])
  })

  it("keeps teacher results and the student page of an assignment whose quiz was deleted in that quiz's terms", async () => {
    await create(quizBody({ lang: 'en' }))
    const cls = await createClass()
    const assignment = await createAssignment(cls, { quizId: id })
    expect((await submit(assignment.code, { name: 'Layla', answers: { 'meeting-place': 'moscow' } })).status).toBe(201)
    expect((await send('DELETE', `/v1/quizzes/${id}`)).status).toBe(204)

    const url = `${ORIGIN}/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}/results`
    const results = (await (await SELF.fetch(url, { headers: bearer(cls.teacherKey) })).json()) as {
      quiz: Body
      questions: { questionId: string; prompt: string | null; topWrongAnswers: { display: string }[] }[]
    }
    const questionIds = (quizBody().questions as { id: string }[]).map((q) => q.id)
    expect(results.quiz).toEqual({ id, version: 1, title: 'The "summit" & <friends>', lang: 'en', langs: ['en', 'ar'] })
    // Every question, in the quiz's order, with its prompt, though only one was answered.
    expect(results.questions.map((q) => q.questionId)).toEqual(questionIds)
    expect(results.questions.every((q) => typeof q.prompt === 'string' && q.prompt.length > 0)).toBe(true)
    expect(results.questions[0]!.topWrongAnswers[0]!.display).toBe('Moscow')

    const csv = await (await SELF.fetch(`${url}?format=csv`, { headers: bearer(cls.teacherKey) })).text()
    expect(csv.split('\r\n')[0]!.split(',').slice(-questionIds.length)).toEqual(questionIds)

    const page = await (await SELF.fetch(`${ORIGIN}/a/${assignment.code}`, { headers: { Accept: 'text/html' } })).text()
    expect(page).toContain('<html lang="en" dir="ltr">')
    expect(page).toContain('data-lang="en"')
  })
})
