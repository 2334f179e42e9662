import { expect } from 'vitest'

/**
 * A new class on the fahm server at `fahm`, made through the API as a teacher would, with helpers
 * to assign the seed quiz and to add a class list. `clientAddress` (CF-Connecting-IP) is the test
 * file's own: class creation is limited per address, so files never spend each other's quota.
 */
export async function newClass(fahm: string, clientAddress: string) {
  const created = await fetch(`${fahm}/v1/classes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'CF-Connecting-IP': clientAddress },
    body: '{"name":"e2e"}',
  })
  expect(created.status).toBe(201)
  const cls = (await created.json()) as { classId: string; teacherKey: string }
  const auth = { authorization: `Bearer ${cls.teacherKey}`, 'content-type': 'application/json' }
  /** Assigns the seed quiz with `body`'s settings; `results()` reads the assignment's results. */
  const assign = async <Results = unknown>(body: Record<string, unknown>) => {
    const res = await fetch(`${fahm}/v1/classes/${cls.classId}/assignments`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ quizId: 'kim-putin-beijing', title: 'Homework', ...body }),
    })
    expect(res.status).toBe(201)
    const asg = (await res.json()) as { assignmentId: string; code: string }
    const results = async () =>
      (await (await fetch(`${fahm}/v1/classes/${cls.classId}/assignments/${asg.assignmentId}/results`, { headers: auth })).json()) as Results
    return { code: asg.code, results }
  }
  /** Adds a class list: each name gets a personal code. */
  const roster = async (names: string[]) => {
    const res = await fetch(`${fahm}/v1/classes/${cls.classId}/students`, { method: 'POST', headers: auth, body: JSON.stringify({ names }) })
    expect(res.status).toBe(201)
    return ((await res.json()) as { students: { name: string; code: string }[] }).students
  }
  return { assign, roster }
}
