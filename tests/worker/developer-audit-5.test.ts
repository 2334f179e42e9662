import { beforeAll, describe, expect, it } from 'vitest'
import { createAssignment, createClass } from './classroom-helpers.ts'
import { bearer, call, expectProblem, type Json, json, loadOpenapi } from './documented-client.ts'

/**
 * A developer's audit (round 5), building a teacher's UI on the API: a misspelt setting in a class,
 * assignment or class-list body (`maxAttempt`, `due`) was dropped silently and the assignment made
 * with the defaults (one attempt, no due time); now each unknown field is a 422 naming it and the
 * fields there are.
 */

beforeAll(loadOpenapi)

const ASSIGNMENT_FIELDS = 'unknown field; the fields are quizId, title, opensAt, dueAt, maxAttempts, revealAnswers, shuffle'

describe('an unknown field in a teacher’s body is refused, named, not dropped', () => {
  it('on creating an assignment: nothing is created', async () => {
    const cls = await createClass()
    const path = `/v1/classes/${cls.classId}/assignments`
    const body = { quizId: 'kim-putin-beijing', due: '2027-01-01T00:00:00Z', maxAttempt: 3 }
    const problem = await expectProblem(await call({ method: 'POST', path, headers: bearer(cls.teacherKey), body }), 422, 'validation-failed')
    expect(problem.errors).toEqual([
      { path: 'due', message: ASSIGNMENT_FIELDS, in: 'body', pointer: '/due' },
      { path: 'maxAttempt', message: ASSIGNMENT_FIELDS, in: 'body', pointer: '/maxAttempt' },
    ])
    expect(problem.detail).toBe(`Invalid request body: due: ${ASSIGNMENT_FIELDS}; maxAttempt: ${ASSIGNMENT_FIELDS}.`)
    const got = await json(await call({ path: `/v1/classes/${cls.classId}`, headers: bearer(cls.teacherKey) }))
    expect(got.assignments).toEqual([])
  })

  it('on changing an assignment (a shuffle or quiz it cannot change included): nothing changes', async () => {
    const cls = await createClass()
    const { assignmentId } = await createAssignment(cls, { maxAttempts: 1 })
    const path = `/v1/classes/${cls.classId}/assignments/${assignmentId}`
    const auth = bearer(cls.teacherKey)
    const fields = 'unknown field; the fields are title, opensAt, dueAt, maxAttempts, revealAnswers'
    const typo = await expectProblem(
      await call({ method: 'PATCH', path, headers: auth, body: { dueAt: null, maxAttempt: 3, shuffle: true } }),
      422,
      'validation-failed',
    )
    expect(typo.errors).toEqual([
      { path: 'maxAttempt', message: fields, in: 'body', pointer: '/maxAttempt' },
      { path: 'shuffle', message: fields, in: 'body', pointer: '/shuffle' },
    ])
    expect(await json(await call({ path, headers: auth }))).toMatchObject({ maxAttempts: 1, shuffle: false })
  })

  it('on creating or renaming a class, and adding to its list', async () => {
    const created = await expectProblem(await call({ method: 'POST', path: '/v1/classes', body: { nmae: '9 B' } }), 422, 'validation-failed')
    expect(created.errors).toEqual([{ path: 'nmae', message: 'unknown field; the fields are name', in: 'body', pointer: '/nmae' }])
    const cls = await createClass()
    const auth = bearer(cls.teacherKey)
    const renamed = await expectProblem(
      await call({ method: 'PATCH', path: `/v1/classes/${cls.classId}`, headers: auth, body: { name: '9 C', joinCode: 'X' } }),
      422,
      'validation-failed',
    )
    expect(renamed.errors).toEqual([{ path: 'joinCode', message: 'unknown field; the fields are name', in: 'body', pointer: '/joinCode' }])
    const listed = await expectProblem(
      await call({ method: 'POST', path: `/v1/classes/${cls.classId}/students`, headers: auth, body: { names: ['Sara'], codes: ['X'] } }),
      422,
      'validation-failed',
    )
    expect(listed.errors).toEqual([{ path: 'codes', message: 'unknown field; the fields are names', in: 'body', pointer: '/codes' }])
  })
})
