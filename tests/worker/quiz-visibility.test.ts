import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { LANGS } from '../../src/core/quiz-schema.ts'
import { authoredQuizBody, createAuthoredQuiz, editorHeaders, freshQuizId } from './authored-quiz.ts'
import { ORIGIN, bearer, createAssignment, createClass, submit, type AttemptResult } from './classroom-helpers.ts'
import { expectProblem } from './problem-assert.ts'

// A classroom quiz (`visibility: 'classroom'`) is served only through assignments, so an assignment's
// reveal policy cannot be bypassed through the public endpoints, which must not even show it exists.

const json = { 'Content-Type': 'application/json' }
const post = (path: string, body: unknown) => SELF.fetch(`${ORIGIN}${path}`, { method: 'POST', headers: json, body: JSON.stringify(body) })

/** Every public way to reach a quiz, each expected to answer exactly like an unknown id. */
function publicRequests(quizId: string): (() => Promise<Response>)[] {
  return [
    () => SELF.fetch(`${ORIGIN}/v1/quizzes/${quizId}`),
    ...LANGS.map((lang) => () => SELF.fetch(`${ORIGIN}/v1/quizzes/${quizId}?lang=${lang}`)),
    () => post(`/v1/quizzes/${quizId}/grade`, { answers: {} }),
    () => post(`/v1/quizzes/${quizId}/grade`, { answers: { 'meeting-place': 'beijing' } }),
    () => post(`/v1/quizzes/${quizId}/questions/meeting-place/check`, { answer: 'beijing' }),
    () => post(`/v1/quizzes/${quizId}/questions/no-such-question/check`, { answer: 'x' }),
    () => SELF.fetch(`${ORIGIN}/embed/${quizId}`, { headers: { Accept: 'application/json' } }),
    () => SELF.fetch(`${ORIGIN}/oembed?format=json&url=${encodeURIComponent(`${ORIGIN}/embed/${quizId}`)}`),
  ]
}

/** A problem body without what names the id asked for. */
async function anonymised(res: Response, quizId: string) {
  const body = (await expectProblem(res, 404, 'quiz-not-found', ORIGIN)) as Record<string, unknown>
  return JSON.parse(JSON.stringify(body).replaceAll(quizId, '<id>')) as Record<string, unknown>
}

async function listedIds(query = ''): Promise<string[]> {
  const body = (await (await SELF.fetch(`${ORIGIN}/v1/quizzes${query}`)).json()) as { quizzes: { id: string }[] }
  return body.quizzes.map((q) => q.id)
}

describe('classroom quizzes on the public endpoints', () => {
  it('are not listed, and read, grade and check answer exactly as for an unknown id', async () => {
    const classroom = await createAuthoredQuiz({ visibility: 'classroom' })
    const open = await createAuthoredQuiz()
    for (const query of ['', ...LANGS.map((l) => `?lang=${l}`)]) {
      const ids = await listedIds(query)
      expect(ids).toContain(open)
      expect(ids).not.toContain(classroom)
    }
    const unknown = freshQuizId('never-created')
    const requests = publicRequests(classroom)
    const unknownRequests = publicRequests(unknown)
    for (let i = 0; i < requests.length; i++) {
      const res = await requests[i]!()
      expect(res.headers.get('ETag')).toBeNull()
      expect(await anonymised(res, classroom)).toEqual(await anonymised(await unknownRequests[i]!(), unknown))
    }
    // The public quiz of the same content answers all of them.
    expect((await SELF.fetch(`${ORIGIN}/v1/quizzes/${open}`)).status).toBe(200)
    expect((await post(`/v1/quizzes/${open}/grade`, { answers: {} })).status).toBe(200)
  })

  it('are created and read by editors, who see their visibility', async () => {
    const id = freshQuizId('classroom')
    const res = await SELF.fetch(`${ORIGIN}/v1/quizzes`, {
      method: 'POST',
      headers: editorHeaders,
      body: JSON.stringify(authoredQuizBody(id, { visibility: 'classroom' })),
    })
    expect(res.status).toBe(201)
    expect(res.headers.get('Location')).toBe(`/v1/quizzes/${id}/source`)
    expect(await res.json()).toMatchObject({ id, version: 1, visibility: 'classroom' })
    const source = (await (await SELF.fetch(`${ORIGIN}/v1/quizzes/${id}/source`, { headers: editorHeaders })).json()) as Record<string, unknown>
    expect(source).toMatchObject({ id, visibility: 'classroom', quiz: expect.objectContaining({ visibility: 'classroom' }) })
    // Exports keep working for the editor.
    expect((await SELF.fetch(`${ORIGIN}/v1/quizzes/${id}/export?format=gift`, { headers: editorHeaders })).status).toBe(200)
    // A file quiz and a quiz without the field are public.
    const file = (await (await SELF.fetch(`${ORIGIN}/v1/quizzes/kim-putin-beijing/source`, { headers: editorHeaders })).json()) as Record<string, unknown>
    expect(file.visibility).toBe('public')
  })

  it('turn public and back with a PUT (a new version)', async () => {
    const id = await createAuthoredQuiz({ visibility: 'classroom' })
    const put = (visibility: string) =>
      SELF.fetch(`${ORIGIN}/v1/quizzes/${id}`, { method: 'PUT', headers: editorHeaders, body: JSON.stringify(authoredQuizBody(id, { visibility })) })
    expect(await (await put('public')).json()).toMatchObject({ version: 2, visibility: 'public', changed: true })
    expect((await SELF.fetch(`${ORIGIN}/v1/quizzes/${id}`)).status).toBe(200)
    expect(await listedIds()).toContain(id)
    expect(await (await put('classroom')).json()).toMatchObject({ version: 3, visibility: 'classroom' })
    await expectProblem(await SELF.fetch(`${ORIGIN}/v1/quizzes/${id}?lang=en`), 404, 'quiz-not-found', ORIGIN)
    expect(await listedIds()).not.toContain(id)
  })

  it('refuse an unknown visibility', async () => {
    const res = await SELF.fetch(`${ORIGIN}/v1/quizzes`, {
      method: 'POST',
      headers: editorHeaders,
      body: JSON.stringify(authoredQuizBody(freshQuizId(), { visibility: 'secret' })),
    })
    const problem = await expectProblem(res, 422, 'quiz-invalid', ORIGIN)
    expect(problem.issues).toContainEqual(expect.objectContaining({ path: 'visibility' }))
  })
})

describe('classroom quizzes through an assignment', () => {
  it('keep a never-reveal assignment secret: its quiz id leads nowhere, the assignment works', async () => {
    const quizId = await createAuthoredQuiz({ visibility: 'classroom' })
    const cls = await createClass()
    const assignment = await createAssignment(cls, { quizId, revealAnswers: 'never', maxAttempts: 3 })

    // What a student sees does not name the quiz (classroom-quiz-id.test.ts walks every response)…
    const info = (await (await SELF.fetch(`${ORIGIN}/v1/assignments/${assignment.code}`)).json()) as { quizId?: string }
    expect(info.quizId).toBeUndefined()
    // … and the public endpoints do not answer for its id.
    for (const request of publicRequests(quizId)) await expectProblem(await request(), 404, 'quiz-not-found', ORIGIN)

    // The assignment serves the quiz without keys and grades without revealing.
    const quiz = await SELF.fetch(`${ORIGIN}/v1/assignments/${assignment.code}/quiz?lang=en`)
    expect(quiz.status).toBe(200)
    const body = (await quiz.json()) as { id: string; questions: { id: string }[] }
    expect(body.id).toBe(`assignment-${assignment.code}`)
    expect(body.questions.length).toBeGreaterThan(0)
    expect(JSON.stringify(body)).not.toMatch(/"(answer|explanation|evidence|expected)"/)

    const res = await submit(assignment.code, { name: 'Sara', answers: { 'meeting-place': 'beijing', 'meeting-city': 'Beijing' } })
    expect(res.status).toBe(201)
    const attempt = (await res.json()) as AttemptResult
    // Answers are hidden: nothing that depends on correctness reaches the student, not even the score.
    expect(attempt).toMatchObject({ revealed: false, score: null })
    for (const result of attempt.results) expect(Object.keys(result).sort()).toEqual(['answered', 'questionId'])

    // The teacher's results work on it.
    const results = await SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}/results`, { headers: bearer(cls.teacherKey) })
    expect(results.status).toBe(200)
    expect(await results.json()).toMatchObject({ quiz: { id: quizId }, totals: { students: 1, attempts: 1 } })
  })

  it('reveal per the assignment policy (after-submit)', async () => {
    const quizId = await createAuthoredQuiz({ visibility: 'classroom' })
    const cls = await createClass()
    const assignment = await createAssignment(cls, { quizId, revealAnswers: 'after-submit' })
    const attempt = (await (await submit(assignment.code, { name: 'Omar', answers: { 'meeting-place': 'moscow' } })).json()) as AttemptResult
    expect(attempt.revealed).toBe(true)
    expect(attempt.results.find((r) => r.questionId === 'meeting-place')).toMatchObject({ correct: false, expected: expect.any(Object) })
  })
})
