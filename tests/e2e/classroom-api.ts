import { expect } from 'vitest'

/**
 * A new class on the fahm server at `fahm`, made through the API as a teacher would, with helpers
 * to assign the seed quiz, to submit students' attempts and to add a class list. `clientAddress`
 * (CF-Connecting-IP) is the test file's own: class creation is limited per address, so files never
 * spend each other's quota. `teachLink` opens the class on /teach.
 */
export async function newClass(fahm: string, clientAddress: string, { name = 'e2e' }: { name?: string } = {}) {
  const created = await fetch(`${fahm}/v1/classes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'CF-Connecting-IP': clientAddress },
    body: JSON.stringify({ name }),
  })
  expect(created.status).toBe(201)
  const cls = (await created.json()) as { classId: string; teacherKey: string }
  const auth = { authorization: `Bearer ${cls.teacherKey}`, 'content-type': 'application/json' }
  /**
   * Assigns the seed quiz with `body`'s settings; `results()` reads the assignment's results and
   * `submit(attempt)` sends a student's attempt (`{ studentCode, answers }`, or by name) as the
   * widget does.
   */
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
    const submit = async (attempt: Record<string, unknown>) => {
      const sent = await fetch(`${fahm}/v1/assignments/${asg.code}/attempts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), 'CF-Connecting-IP': clientAddress },
        body: JSON.stringify(attempt),
      })
      expect(sent.status, await sent.clone().text()).toBe(201)
    }
    return { code: asg.code, results, submit }
  }
  /** Adds a class list: each name gets a personal code. */
  const roster = async (names: string[]) => {
    const res = await fetch(`${fahm}/v1/classes/${cls.classId}/students`, { method: 'POST', headers: auth, body: JSON.stringify({ names }) })
    expect(res.status).toBe(201)
    return ((await res.json()) as { students: { name: string; code: string }[] }).students
  }
  return { assign, roster, teachLink: `${fahm}/teach#${cls.classId}.${cls.teacherKey}` }
}
