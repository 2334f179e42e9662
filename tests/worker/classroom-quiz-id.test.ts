import { env, SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { LANGS } from '../../src/core/quiz-schema.ts'
import { createAuthoredQuiz } from './authored-quiz.ts'
import { ORIGIN, bearer, createAssignment, createClass, submit, type AttemptResult, type CreatedAssignment } from './classroom-helpers.ts'
import { expectProblem } from './problem-assert.ts'

// A student holds only a code. Knowing a classroom quiz's id, they could assign it to a class of their
// own (anyone can create one) with answers revealed after submit, and read every answer. So nothing a
// student can reach with the code may carry that id: not a body, not a header, not the HTML page.

const HTML = { Accept: 'text/html' }

/** Everything a response carries that a student can read: status line, headers and body. */
async function readable(res: Response): Promise<string> {
  const headers = [...res.headers].map(([name, value]) => `${name}: ${value}`).join('\n')
  return `${res.status}\n${headers}\n${await res.text()}`
}

const get = (path: string, headers: Record<string, string> = {}) => SELF.fetch(`${ORIGIN}${path}`, { headers })

/** Every response a student gets from an assignment, submitting `answers` under each name in `names`. */
async function studentResponses(assignment: CreatedAssignment, answers: Record<string, unknown>): Promise<Response[]> {
  const code = assignment.code
  const responses: Response[] = [
    await get(`/v1/assignments/${code}`),
    await get(`/v1/assignments/${code.toLowerCase()}`),
    await get(`/v1/assignments/${code}/quiz`),
    ...(await Promise.all(LANGS.map((lang) => get(`/v1/assignments/${code}/quiz?lang=${lang}`)))),
    await get(`/v1/assignments/${code}/quiz?lang=en&seed=s1`),
    await get(`/a/${code}`, HTML),
    ...(await Promise.all(LANGS.map((lang) => get(`/a/${code}?lang=${lang}`, HTML)))),
    await get(`/a/${code}`),
  ]
  const key = crypto.randomUUID()
  const first = await submit(code, { name: 'Sara', answers }, { key })
  const attempt = (await first.clone().json()) as AttemptResult
  responses.push(
    first,
    await submit(code, { name: 'Sara', answers }, { key }), // the idempotent replay
    await submit(code, { name: 'Sara', answers: {} }, { key }), // the same key, another body: 422
    await submit(code, { name: 'Sara', answers }, { lang: 'en' }), // attempts used up: 409
    await submit(code, { name: 'Omar', answers: { 'no-such-question': 'x' } }), // 422
    await submit(code, { name: 'Omar', answers: { 'meeting-place': 42 } }, { lang: 'en' }), // a wrong shape: 422
    await submit(code, { name: 'Omar', answers }, { key: null }), // no key: 400
    await get(`/v1/assignments/${code}/attempts/${attempt.attemptId}`),
  )
  return responses
}

async function expectNowhere(responses: Response[], quizId: string) {
  for (const res of responses) {
    const text = await readable(res)
    expect(text, text.slice(0, 300)).not.toContain(quizId)
  }
}

describe('the id of a classroom quiz', () => {
  for (const revealAnswers of ['after-submit', 'after-due', 'never'] as const) {
    it(`reaches no student: assignment, quiz, page, attempts and problems (${revealAnswers})`, async () => {
      const quizId = await createAuthoredQuiz({ visibility: 'classroom' })
      const cls = await createClass()
      const dueAt = revealAnswers === 'after-due' ? new Date(Date.now() + 3_600_000).toISOString() : null
      const assignment = await createAssignment(cls, { quizId, revealAnswers, dueAt, shuffle: true })
      const answers = { 'meeting-place': 'moscow', 'kursk-workers': ['c1000'] }
      const responses = await studentResponses(assignment, answers)
      const statuses = responses.map((r) => r.status)
      // The walk really reached the quiz, the page and every kind of submission response.
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 201, 201, 422, 409, 422, 422, 400, 200])
      const attempt = (await responses[10]!.clone().json()) as AttemptResult
      expect(attempt.revealed).toBe(revealAnswers === 'after-submit')
      if (attempt.revealed)
        expect(attempt.results.find((r) => r.questionId === 'meeting-place')).toMatchObject({ correct: false, expected: expect.any(Object) })
      await expectNowhere(responses, quizId)

      if (revealAnswers === 'after-due') {
        // Once the due date has passed the answers are revealed, still without the id.
        await env.DB.prepare('UPDATE assignments SET due_at = ? WHERE code = ?')
          .bind(new Date(Date.now() - 1000).toISOString(), assignment.code)
          .run()
        const again = await get(`/v1/assignments/${assignment.code}/attempts/${attempt.attemptId}`)
        const closed = await submit(assignment.code, { name: 'Late', answers })
        expect([again.status, closed.status]).toEqual([200, 403])
        expect(((await again.clone().json()) as AttemptResult).revealed).toBe(true)
        await expectNowhere([again, closed], quizId)
      }
    })
  }

  it('is replaced by a stable per-assignment id, while the teacher still sees the real one', async () => {
    const quizId = await createAuthoredQuiz({ visibility: 'classroom' })
    const cls = await createClass()
    const assignment = await createAssignment(cls, { quizId })
    const info = (await (await get(`/v1/assignments/${assignment.code}`)).json()) as Record<string, unknown>
    expect(info).not.toHaveProperty('quizId')
    expect(info).toMatchObject({ code: assignment.code, status: 'open' })
    for (const query of ['', '?lang=ar', '?lang=en', '?seed=x']) {
      const quiz = (await (await get(`/v1/assignments/${assignment.code}/quiz${query}`)).json()) as { id: string }
      expect(quiz.id).toBe(`assignment-${assignment.code}`)
    }
    // The teacher's own endpoints keep the real id.
    expect(assignment.quizId).toBe(quizId)
    const own = await get(`/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}`, bearer(cls.teacherKey))
    expect(await own.json()).toMatchObject({ quizId })
    const classView = await get(`/v1/classes/${cls.classId}`, bearer(cls.teacherKey))
    expect(JSON.stringify(await classView.json())).toContain(`"quizId":"${quizId}"`)
    const results = await get(`/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}/results`, bearer(cls.teacherKey))
    expect(await results.json()).toMatchObject({ assignment: { quizId }, quiz: { id: quizId } })
  })

  it('is not the default title: an assignment without one takes the quiz title', async () => {
    const quizId = await createAuthoredQuiz({ visibility: 'classroom' })
    const cls = await createClass()
    const res = await SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}/assignments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...bearer(cls.teacherKey) },
      body: JSON.stringify({ quizId }),
    })
    expect(res.status).toBe(201)
    const assignment = (await res.json()) as CreatedAssignment & { title: string }
    const quiz = (await (await get(`/v1/assignments/${assignment.code}/quiz`)).json()) as { title: string }
    expect(assignment.title).toBe(quiz.title)
    await expectNowhere([await get(`/a/${assignment.code}`, HTML), await get(`/v1/assignments/${assignment.code}`)], quizId)
  })

  it('is not named when the quiz is gone', async () => {
    const quizId = await createAuthoredQuiz({ visibility: 'classroom' })
    const cls = await createClass()
    const assignment = await createAssignment(cls, { quizId })
    // Editors' deletes are soft; only rows gone from the database leave the assignment without its quiz.
    await env.DB.prepare('DELETE FROM authored_quizzes WHERE id = ?').bind(quizId).run()
    const info = await get(`/v1/assignments/${assignment.code}`)
    expect(await info.clone().json()).not.toHaveProperty('quizId')
    const quiz = await get(`/v1/assignments/${assignment.code}/quiz`)
    await expectProblem(quiz.clone(), 404, 'quiz-not-found', ORIGIN)
    const attempt = await submit(assignment.code, { name: 'Sara', answers: {} })
    await expectProblem(attempt.clone(), 404, 'quiz-not-found', ORIGIN)
    await expectNowhere([info, quiz, attempt, await get(`/a/${assignment.code}`, HTML)], quizId)
  })
})

describe('the id of a public quiz', () => {
  it('is still shown: the assignment names it and its quiz keeps it', async () => {
    const quizId = await createAuthoredQuiz()
    const cls = await createClass()
    const assignment = await createAssignment(cls, { quizId })
    expect(await (await get(`/v1/assignments/${assignment.code}`)).json()).toMatchObject({ quizId })
    for (const lang of LANGS) {
      expect(await (await get(`/v1/assignments/${assignment.code}/quiz?lang=${lang}`)).json()).toMatchObject({ id: quizId })
    }
    // The bundled catalog quiz too.
    const bundled = await createAssignment(cls)
    expect(await (await get(`/v1/assignments/${bundled.code}`)).json()).toMatchObject({ quizId: 'kim-putin-beijing' })
    expect(await (await get(`/v1/assignments/${bundled.code}/quiz`)).json()).toMatchObject({ id: 'kim-putin-beijing' })
  })
})
