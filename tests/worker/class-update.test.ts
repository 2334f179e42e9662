import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { bearer, createAssignment, createClass, ORIGIN, type CreatedClass } from './classroom-helpers.ts'
import { expectProblem } from './problem-assert.ts'

/** PATCH /v1/classes/:classId: a teacher renames a class. */

type ClassJson = { classId: string; name: string | null; joinCode: string; createdAt: string; assignments: { assignmentId: string }[] }

function patch(cls: CreatedClass, body: unknown, headers: Record<string, string> = { 'Content-Type': 'application/json', ...bearer(cls.teacherKey) }) {
  return SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}`, { method: 'PATCH', headers, body: typeof body === 'string' ? body : JSON.stringify(body) })
}

const read = async (cls: CreatedClass) =>
  (await (await SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}`, { headers: bearer(cls.teacherKey) })).json()) as ClassJson

describe('renaming a class', () => {
  it('changes the name only: join code, assignments and key stay', async () => {
    const cls = await createClass('Grade 9 B')
    const assignment = await createAssignment(cls)
    const before = await read(cls)
    const res = await patch(cls, { name: '  الصف التاسع ج  ' })
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    const renamed = (await res.json()) as ClassJson
    expect(renamed).toEqual({ ...before, name: 'الصف التاسع ج' })
    expect(renamed.assignments.map((a) => a.assignmentId)).toEqual([assignment.assignmentId])
    expect(await read(cls)).toEqual(renamed)
  })

  it('takes the name away with null or an empty string', async () => {
    for (const name of [null, '', '   ']) {
      const cls = await createClass('Grade 9 B')
      const res = await patch(cls, { name })
      expect(res.status, JSON.stringify(name)).toBe(200)
      expect(((await res.json()) as ClassJson).name).toBeNull()
    }
  })

  it('refuses a bad body and keeps the name', async () => {
    const cls = await createClass('Grade 9 B')
    const cases: [unknown, number, string][] = [
      [{ name: 'x'.repeat(101) }, 422, 'validation-failed'],
      [{ name: 42 }, 422, 'validation-failed'],
      [{}, 422, 'validation-failed'],
      ['{"name":', 400, 'invalid-json'],
    ]
    for (const [body, status, code] of cases) await expectProblem(await patch(cls, body), status, code, ORIGIN)
    expect((await read(cls)).name).toBe('Grade 9 B')
  })

  it("needs the class's own key", async () => {
    const cls = await createClass('Grade 9 B')
    const other = await createClass('Other')
    await expectProblem(
      await patch(cls, { name: 'Taken' }, { 'Content-Type': 'application/json', ...bearer(other.teacherKey) }),
      404,
      'class-not-found',
      ORIGIN,
    )
    await expectProblem(await patch(cls, { name: 'Taken' }, { 'Content-Type': 'application/json' }), 401, 'unauthorized', ORIGIN)
    expect((await read(cls)).name).toBe('Grade 9 B')
  })
})

describe('replacing the teacher key', () => {
  const replace = (cls: CreatedClass, key = cls.teacherKey) =>
    SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}/teacher-key`, { method: 'POST', headers: bearer(key) })

  it('gives a new key once; the old one stops working, and the class keeps everything', async () => {
    const cls = await createClass('Grade 9 B')
    const assignment = await createAssignment(cls)
    const before = await read(cls)
    const res = await replace(cls)
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    const { classId, teacherKey } = (await res.json()) as { classId: string; teacherKey: string }
    expect(classId).toBe(cls.classId)
    expect(teacherKey).not.toBe(cls.teacherKey)
    await expectProblem(await SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}`, { headers: bearer(cls.teacherKey) }), 401, 'unauthorized', ORIGIN)
    await expectProblem(await replace(cls), 401, 'unauthorized', ORIGIN)
    expect(await read({ ...cls, teacherKey })).toEqual(before)
    // Students' links do not change.
    expect((await SELF.fetch(`${ORIGIN}/v1/assignments/${assignment.code}`)).status).toBe(200)
  })

  it('of two replacements at once, one wins and the other is refused', async () => {
    const cls = await createClass('Grade 9 B')
    const answers = await Promise.all([replace(cls), replace(cls)])
    expect(answers.map((res) => res.status).sort()).toEqual([200, 401])
    const winner = (await answers.find((res) => res.status === 200)!.json()) as { teacherKey: string }
    expect((await read({ ...cls, teacherKey: winner.teacherKey })).name).toBe('Grade 9 B')
  })

  it("needs the class's own key", async () => {
    const cls = await createClass('Grade 9 B')
    const other = await createClass('Other')
    await expectProblem(await replace(cls, other.teacherKey), 404, 'class-not-found', ORIGIN)
    expect((await read(cls)).name).toBe('Grade 9 B')
  })
})
