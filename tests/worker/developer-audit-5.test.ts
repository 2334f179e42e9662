import { beforeAll, describe, expect, it } from 'vitest'
import { createAssignment, createClass, RIGHT, submit } from './classroom-helpers.ts'
import { PROBLEM_CODES, type ProblemCode } from '../../src/worker/problem.ts'
import { bearer, call, expectProblem, type Json, json, loadOpenapi, openapi } from './documented-client.ts'

/**
 * A developer's audit (round 5), building a teacher's UI on the API: a misspelt setting in a class,
 * assignment or class-list body (`maxAttempt`, `due`) was dropped silently and the assignment made
 * with the defaults (one attempt, no due time); now each unknown field is a 422 naming it and the
 * fields there are. And the document names, for the student's and the teacher's routes and grading,
 * the problem codes each error status is answered with (the `code` a client branches on); every
 * problem the documented client meets is held to that list.
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

describe('the problem codes a route answers, in the document', () => {
  it('are named on the grading, student and teacher routes, each with its own status', () => {
    const named: string[] = []
    for (const [path, operations] of Object.entries(openapi.paths as Record<string, Record<string, Json>>)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const [status, response] of Object.entries((operation.responses ?? {}) as Record<string, Json>)) {
          const codes = /: ((?:`[a-z-]+`(?:, )?)+)$/.exec(response.description ?? '')?.[1]?.match(/[a-z-]+/g) ?? []
          for (const code of codes) {
            named.push(`${method} ${path} ${status} ${code}`)
            expect(Object.keys(PROBLEM_CODES), code).toContain(code)
            const expected = code === 'validation-failed' ? [400, 422] : [PROBLEM_CODES[code as ProblemCode].status]
            expect(expected, `${method} ${path} ${status} ${code}`).toContain(Number(status))
          }
        }
      }
    }
    expect(named).toEqual(
      expect.arrayContaining([
        'post /v1/quizzes/{quizId}/grade 422 validation-failed',
        'post /v1/quizzes/{quizId}/questions/{questionId}/check 404 question-not-found',
        'post /v1/assignments/{code}/attempts 409 max-attempts-reached',
        'post /v1/assignments/{code}/attempts 422 student-code-unknown',
        'get /v1/classes/{classId}/assignments/{assignmentId}/results 404 assignment-not-found',
        'delete /v1/classes/{classId}/students/{studentId} 404 student-not-found',
      ]),
    )
  })
})

describe('a 401 read from another origin', () => {
  it('lets the script read WWW-Authenticate, to tell a replaced key from a missing one', async () => {
    const cls = await createClass()
    const headers = { Origin: 'https://teacher-tools.example' }
    const missing = await call({ path: `/v1/classes/${cls.classId}`, headers })
    await expectProblem(missing, 401, 'unauthorized')
    const exposed = (missing.headers.get('Access-Control-Expose-Headers') ?? '').toLowerCase().split(/\s*,\s*/)
    expect(exposed).toContain('www-authenticate')
    expect(missing.headers.get('WWW-Authenticate')).not.toContain('invalid_token')
    const wrong = await call({ path: `/v1/classes/${cls.classId}`, headers: { ...headers, ...bearer('A'.repeat(43)) } })
    await expectProblem(wrong, 401, 'unauthorized')
    expect(wrong.headers.get('WWW-Authenticate')).toContain('error="invalid_token"')
  })
})

describe('a class-list student’s personal code', () => {
  it('is studentCode in the list, the name a submission sends it under (code, its first name, stays)', async () => {
    const cls = await createClass()
    const path = `/v1/classes/${cls.classId}/students`
    const added = await json(await call({ method: 'POST', path, headers: bearer(cls.teacherKey), body: { names: ['Sara Ali'] } }))
    const listed = await json(await call({ path, headers: bearer(cls.teacherKey) }))
    for (const student of [...added.students, ...listed.students] as Json[]) {
      expect(student.studentCode).toMatch(/^[A-Z0-9]{8}$/)
      expect(student.code).toBe(student.studentCode)
    }
    const { code } = await createAssignment(cls)
    const res = await submit(code, { studentCode: listed.students[0].studentCode, answers: RIGHT })
    expect(res.status, await res.clone().text()).toBe(201)
    expect(await res.json()).toMatchObject({ name: 'Sara Ali' })
  })
})
