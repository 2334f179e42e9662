import { SELF } from 'cloudflare:test'
import { expect, it } from 'vitest'
import { ORIGIN, RIGHT, WRONG, bearer, countRows, createAssignment, createClass, submit, type AttemptResult } from './classroom-helpers.ts'

it('stores exactly 200 attempts from 200 concurrent students', async () => {
  const cls = await createClass()
  const assignment = await createAssignment(cls)
  // Distinct students on distinct addresses, as a class on phones (see docs/classroom.md for the limits).
  const responses = await Promise.all(Array.from({ length: 200 }, (_, i) => submit(assignment.code, { name: `Student ${i}`, answers: i % 2 ? RIGHT : WRONG })))
  expect(responses.map((r) => r.status)).toEqual(Array(200).fill(201))
  const bodies = (await Promise.all(responses.map((r) => r.json()))) as AttemptResult[]
  expect(new Set(bodies.map((b) => b.attemptId)).size).toBe(200)
  expect(await countRows('attempts', 'assignment_id = ?', assignment.assignmentId)).toBe(200)

  const results = (await (
    await SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}/results`, { headers: bearer(cls.teacherKey) })
  ).json()) as { totals: { students: number; attempts: number }; questions: { questionId: string; correctShare: number }[] }
  expect(results.totals).toMatchObject({ students: 200, attempts: 200 })
  expect(results.questions.find((q) => q.questionId === 'meeting-city')!.correctShare).toBe(0.5)
  // 200 gradings and inserts: seconds on a shared, throttled CPU, past the default 5 s.
}, 60_000)
