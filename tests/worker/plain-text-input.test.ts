import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { ORIGIN, QUIZ_ID, bearer, createAssignment, createClass, freshIp, submit } from './classroom-helpers.ts'
import { expectProblem } from './problem-assert.ts'

/**
 * Issue 10, item 10: display names, class names and assignment titles follow one rule
 * (src/core/plain-text.ts): a lone surrogate or a bidi override/isolate is a clear 422, never
 * stored changed.
 */

const HOSTILE = [
  ['a lone high surrogate', 'Sara \ud800'],
  ['a lone low surrogate', '\udc00Sara'],
  ['U+202E right-to-left override', 'Sara\u202Etxt.exe'],
  ['U+202D left-to-right override', 'Sara\u202D'],
  ['U+2067 right-to-left isolate', '\u2067Sara'],
  ['a line break', 'Sara\nAhmed'],
] as const

function errorsAt(body: Record<string, any>, path: string): string[] {
  return (body.errors as { path: string; message: string }[]).filter((e) => e.path === path).map((e) => e.message)
}

describe('one rule for the texts people type', () => {
  it.each(HOSTILE)('refuses %s in a display name with 422 at "name", storing nothing', async (_, name) => {
    const assignment = await createAssignment(await createClass())
    const res = await submit(assignment.code, { name, answers: {} })
    const body = await expectProblem(res, 422, 'validation-failed', ORIGIN)
    expect(errorsAt(body, 'name')).toHaveLength(1)
    // A retry with a clean name is the first attempt: nothing was stored.
    const clean = await submit(assignment.code, { name: 'Sara', answers: {} })
    expect(clean.status).toBe(201)
    expect(((await clean.json()) as { attemptNumber: number }).attemptNumber).toBe(1)
  })

  it.each(HOSTILE)('refuses %s in a class name with 422 at "name"', async (_, name) => {
    const res = await SELF.fetch(`${ORIGIN}/v1/classes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': freshIp() },
      body: JSON.stringify({ name }),
    })
    const body = await expectProblem(res, 422, 'validation-failed', ORIGIN)
    expect(errorsAt(body, 'name')).toHaveLength(1)
  })

  it.each(HOSTILE)('refuses %s in an assignment title with 422 at "title"', async (_, title) => {
    const cls = await createClass()
    const res = await SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}/assignments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...bearer(cls.teacherKey) },
      body: JSON.stringify({ quizId: QUIZ_ID, title }),
    })
    const body = await expectProblem(res, 422, 'validation-failed', ORIGIN)
    expect(errorsAt(body, 'title')).toHaveLength(1)
    const listed = (await (await SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}`, { headers: bearer(cls.teacherKey) })).json()) as {
      assignments: unknown[]
    }
    expect(listed.assignments).toEqual([])
  })

  it('says what is wrong with a lone surrogate', async () => {
    const assignment = await createAssignment(await createClass())
    const body = await expectProblem(await submit(assignment.code, { name: 'x\ud800', answers: {} }), 422, 'validation-failed', ORIGIN)
    expect(errorsAt(body, 'name')[0]).toMatch(/surrogate/)
  })

  it('refuses an answer with a lone surrogate, in an attempt (nothing stored) and in grading', async () => {
    const cls = await createClass()
    const assignment = await createAssignment(cls)
    for (const answers of [{ 'meeting-city': 'Beijing \ud800' }, { 'training-areas': ['\udc00'] }]) {
      const body = await expectProblem(await submit(assignment.code, { name: 'Sara', answers }), 422, 'validation-failed', ORIGIN)
      expect(JSON.stringify(body.errors)).toMatch(/surrogate/)
      const graded = await SELF.fetch(`${ORIGIN}/v1/quizzes/${QUIZ_ID}/grade`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers }),
      })
      expect(JSON.stringify((await expectProblem(graded, 422, 'validation-failed', ORIGIN)).errors)).toMatch(/surrogate/)
    }
    const results = (await (
      await SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}/results`, { headers: bearer(cls.teacherKey) })
    ).json()) as { totals: { attempts: number } }
    expect(results.totals.attempts).toBe(0)
    // A well-formed pair (an emoji) is kept.
    expect((await submit(assignment.code, { name: 'Sara', answers: { 'meeting-city': 'Beijing 🏙️' } })).status).toBe(201)
  })

  it('keeps Arabic names with direction marks, emoji and collapsed spaces exactly', async () => {
    const cls = await createClass('  الصف   التاسع \u200F ب  ')
    const read = (await (await SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}`, { headers: bearer(cls.teacherKey) })).json()) as { name: string }
    expect(read.name).toBe('الصف التاسع \u200F ب')
    const assignment = await createAssignment(cls, { title: 'قراءة 📖: قمة بكين' })
    expect(assignment.title).toBe('قراءة 📖: قمة بكين')
  })
})
