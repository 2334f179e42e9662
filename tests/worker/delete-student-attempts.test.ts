import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { bearer, createAssignment, createClass, type CreatedClass, countRows, ORIGIN, RIGHT, submit, WRONG } from './classroom-helpers.ts'
import { expectProblem } from './problem-assert.ts'

/** DELETE /v1/classes/{classId}/assignments/{assignmentId}/students/{studentKey}/attempts */

type Results = { students: { name: string; studentKey: string; attempts: number }[]; totals: { students: number; attempts: number } }

const attemptsUrl = (cls: CreatedClass, assignmentId: string, studentKey: string) =>
  `${ORIGIN}/v1/classes/${cls.classId}/assignments/${assignmentId}/students/${encodeURIComponent(studentKey)}/attempts`

async function results(cls: CreatedClass, assignmentId: string): Promise<Results> {
  const res = await SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}/assignments/${assignmentId}/results`, { headers: bearer(cls.teacherKey) })
  expect(res.status).toBe(200)
  return (await res.json()) as Results
}

const remove = (cls: CreatedClass, url: string, key = cls.teacherKey) => SELF.fetch(url, { method: 'DELETE', headers: bearer(key) })

describe("deleting one student's attempts", () => {
  it('takes every attempt of that student out of the results and gives them their attempts back, leaving the others', async () => {
    const cls = await createClass()
    const made = await createAssignment(cls, { maxAttempts: 2 })
    const huda = crypto.randomUUID()
    const omar = crypto.randomUUID()
    for (const answers of [WRONG, RIGHT]) expect((await submit(made.code, { name: 'هدى', deviceId: huda, answers })).status).toBe(201)
    expect((await submit(made.code, { name: 'Omar', deviceId: omar, answers: RIGHT })).status).toBe(201)
    await expectProblem(await submit(made.code, { name: 'هدى', deviceId: huda, answers: RIGHT }), 409, 'max-attempts-reached', ORIGIN)

    const before = await results(cls, made.assignmentId)
    const hudaKey = before.students.find((s) => s.name === 'هدى')!.studentKey
    const res = await remove(cls, attemptsUrl(cls, made.assignmentId, hudaKey))
    expect(res.status).toBe(204)
    const after = await results(cls, made.assignmentId)
    expect(after.students.map((s) => s.name)).toEqual(['Omar'])
    expect(after.totals).toMatchObject({ students: 1, attempts: 1 })
    expect(await countRows('attempts', 'assignment_id = ?', made.assignmentId)).toBe(1)

    // She starts over: attempt 1 of 2 again.
    const again = await submit(made.code, { name: 'هدى', deviceId: huda, answers: RIGHT })
    expect(again.status).toBe(201)
    expect(((await again.json()) as { attemptNumber: number }).attemptNumber).toBe(1)

    // Deleting twice: the second finds nothing to delete.
    const omarKey = before.students.find((s) => s.name === 'Omar')!.studentKey
    expect((await remove(cls, attemptsUrl(cls, made.assignmentId, omarKey))).status).toBe(204)
    await expectProblem(await remove(cls, attemptsUrl(cls, made.assignmentId, omarKey)), 404, 'attempts-not-found', ORIGIN)
  })

  it('needs this class’s key, and learns nothing of another class’s assignment', async () => {
    const cls = await createClass()
    const other = await createClass()
    const made = await createAssignment(cls)
    expect((await submit(made.code, { name: 'Sara', deviceId: crypto.randomUUID(), answers: RIGHT })).status).toBe(201)
    const [sara] = (await results(cls, made.assignmentId)).students
    const url = attemptsUrl(cls, made.assignmentId, sara!.studentKey)

    await expectProblem(await SELF.fetch(url, { method: 'DELETE' }), 401, 'unauthorized', ORIGIN)
    await expectProblem(await remove(cls, url, 'not-a-key'), 401, 'unauthorized', ORIGIN)
    // Another class's key on this class: the class is not found for it.
    await expectProblem(await remove(cls, url, other.teacherKey), 404, 'class-not-found', ORIGIN)
    // This class's assignment through another class (its own key): no such assignment there.
    const through = `${ORIGIN}/v1/classes/${other.classId}/assignments/${made.assignmentId}/students/${encodeURIComponent(sara!.studentKey)}/attempts`
    await expectProblem(await remove(other, through), 404, 'assignment-not-found', ORIGIN)
    await expectProblem(await remove(cls, attemptsUrl(cls, 'asg_missing', sara!.studentKey)), 404, 'assignment-not-found', ORIGIN)
    await expectProblem(await remove(cls, attemptsUrl(cls, made.assignmentId, 'device:nobody:x')), 404, 'attempts-not-found', ORIGIN)
    await expectProblem(await remove(cls, attemptsUrl(cls, made.assignmentId, 'x'.repeat(401))), 400, 'validation-failed', ORIGIN)
    expect((await results(cls, made.assignmentId)).students).toHaveLength(1)
  })
})
