import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { bearer, createAssignment, createClass, ORIGIN, RIGHT, submit, type AttemptResult, type CreatedClass } from './classroom-helpers.ts'
import { expectProblem } from './problem-assert.ts'

/** PATCH /v1/classes/:classId/assignments/:assignmentId: a teacher changes an assignment after making it. */

type Assignment = {
  assignmentId: string
  code: string
  title: string
  opensAt: string | null
  dueAt: string | null
  maxAttempts: number
  revealAnswers: string
  status: string
  shuffle: boolean
  quizId: string
}

function patch(cls: CreatedClass, assignmentId: string, body: unknown, key = cls.teacherKey): Promise<Response> {
  return SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}/assignments/${assignmentId}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', ...bearer(key) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString()

describe('changing an assignment', () => {
  it('changes only what the body names, and serves it so everywhere', async () => {
    const cls = await createClass()
    const made = (await createAssignment(cls, { maxAttempts: 1, shuffle: true })) as unknown as Assignment
    const due = inAnHour()
    const res = await patch(cls, made.assignmentId, { title: 'Beijing, second try', dueAt: due, maxAttempts: 3 })
    expect(res.status).toBe(200)
    const changed = (await res.json()) as Assignment
    expect(changed).toMatchObject({ title: 'Beijing, second try', dueAt: due, maxAttempts: 3, status: 'open' })
    // What it did not name stays: the quiz, the code, the shuffle, the reveal policy.
    expect(changed).toMatchObject({ code: made.code, quizId: made.quizId, shuffle: true, revealAnswers: made.revealAnswers, opensAt: null })
    const read = (await (
      await SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}/assignments/${made.assignmentId}`, { headers: bearer(cls.teacherKey) })
    ).json()) as Assignment
    expect(read).toEqual(changed)
    const forStudents = (await (await SELF.fetch(`${ORIGIN}/v1/assignments/${made.code}`)).json()) as Assignment
    expect(forStudents).toMatchObject({ title: 'Beijing, second try', dueAt: due, maxAttempts: 3 })
  })

  it('closes it now and opens it again, keeping the attempts made', async () => {
    const cls = await createClass()
    const made = await createAssignment(cls, { maxAttempts: 2 })
    expect((await submit(made.code, { name: 'Huda', answers: RIGHT })).status).toBe(201)
    const closed = (await (await patch(cls, made.assignmentId, { dueAt: new Date().toISOString() })).json()) as Assignment
    expect(closed.status).toBe('closed')
    await expectProblem(await submit(made.code, { name: 'Huda', answers: RIGHT }), 403, 'assignment-closed', ORIGIN)
    const reopened = (await (await patch(cls, made.assignmentId, { dueAt: null })).json()) as Assignment
    expect(reopened).toMatchObject({ status: 'open', dueAt: null })
    const second = (await (await submit(made.code, { name: 'Huda', answers: RIGHT })).json()) as AttemptResult
    expect(second.attemptNumber).toBe(2)
  })

  it('gives more attempts to a student who had used them all', async () => {
    const cls = await createClass()
    const made = await createAssignment(cls, { maxAttempts: 1 })
    const deviceId = crypto.randomUUID()
    expect((await submit(made.code, { name: 'Omar', deviceId, answers: RIGHT })).status).toBe(201)
    await expectProblem(await submit(made.code, { name: 'Omar', deviceId, answers: RIGHT }), 409, 'max-attempts-reached', ORIGIN)
    expect((await patch(cls, made.assignmentId, { maxAttempts: 2 })).status).toBe(200)
    expect((await submit(made.code, { name: 'Omar', deviceId, answers: RIGHT })).status).toBe(201)
  })

  it('shows hidden answers once the teacher reveals them', async () => {
    const cls = await createClass()
    const made = await createAssignment(cls, { revealAnswers: 'never' })
    const res = await submit(made.code, { name: 'Sara', answers: RIGHT })
    const first = (await res.json()) as AttemptResult
    expect(first).toMatchObject({ revealed: false, score: null })
    expect((await patch(cls, made.assignmentId, { revealAnswers: 'after-submit' })).status).toBe(200)
    const again = (await (await SELF.fetch(`${ORIGIN}${res.headers.get('Location')}`)).json()) as AttemptResult
    expect(again.revealed).toBe(true)
    expect(again.score).toBeGreaterThan(0)
  })

  it.each([
    // The settings that result must hold together, as on creation.
    [{ revealAnswers: 'after-due', dueAt: null }, 422, 'validation-failed'],
    [{ opensAt: '2030-01-02T00:00:00Z', dueAt: '2030-01-01T00:00:00Z' }, 422, 'validation-failed'],
    [{}, 422, 'validation-failed'],
    [{ maxAttempts: 0 }, 422, 'validation-failed'],
    [{ maxAttempts: 21 }, 422, 'validation-failed'],
    [{ dueAt: 'tomorrow' }, 422, 'validation-failed'],
    [{ title: 'x'.repeat(201) }, 422, 'validation-failed'],
    ['{"title":', 400, 'invalid-json'],
  ])('refuses %j (%i %s) and leaves the assignment as it was', async (body, status, code) => {
    const cls = await createClass()
    const made = (await createAssignment(cls, { dueAt: inAnHour() })) as unknown as Assignment
    const before = await (await SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}/assignments/${made.assignmentId}`, { headers: bearer(cls.teacherKey) })).json()
    const res = await patch(cls, made.assignmentId, body)
    await expectProblem(res, status, code, ORIGIN)
    const after = await (await SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}/assignments/${made.assignmentId}`, { headers: bearer(cls.teacherKey) })).json()
    expect(after).toEqual(before)
  })

  it("answers another class's assignment as unknown, and needs the teacher key", async () => {
    const mine = await createClass()
    const theirs = await createClass()
    const made = await createAssignment(theirs)
    await expectProblem(await patch(mine, made.assignmentId, { title: 'Mine now' }), 404, 'assignment-not-found', ORIGIN)
    await expectProblem(await patch(theirs, made.assignmentId, { title: 'Nope' }, 'not-a-key'), 401, 'unauthorized', ORIGIN)
    const title = ((await (await SELF.fetch(`${ORIGIN}/v1/assignments/${made.code}`)).json()) as Assignment).title
    expect(title).toBe('Reading: Beijing')
  })
})
