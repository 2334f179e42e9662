import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { EDITOR_TOKEN } from './authored-quiz.ts'
import { ORIGIN, bearer, createClass, freshIp } from './classroom-helpers.ts'
import { expectProblem } from './problem-assert.ts'

const me = (headers: Record<string, string> = {}) => SELF.fetch(`${ORIGIN}/v1/me`, { headers })

describe('GET /v1/me', () => {
  it('names the editor for the editor token', async () => {
    const res = await me(bearer(EDITOR_TOKEN))
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(await res.json()).toEqual({ role: 'editor' })
  })

  it('names the class for its teacher key, with its name or null', async () => {
    const named = await createClass('Grade 9 B')
    expect(await (await me(bearer(named.teacherKey))).json()).toEqual({ role: 'teacher', classId: named.classId, className: 'Grade 9 B' })
    const res = await SELF.fetch(`${ORIGIN}/v1/classes`, { method: 'POST', headers: { 'CF-Connecting-IP': freshIp() } })
    const unnamed = (await res.json()) as { classId: string; teacherKey: string }
    expect(await (await me(bearer(unnamed.teacherKey))).json()).toEqual({ role: 'teacher', classId: unnamed.classId, className: null })
  })

  it('answers 401 with a challenge to no key, a wrong key, another scheme and a deleted class’s key', async () => {
    const missing = await expectProblem(await me(), 401, 'unauthorized', ORIGIN)
    expect(missing.detail).toContain('Authorization: Bearer')
    for (const headers of [
      bearer('x'.repeat(43)),
      bearer(`${EDITOR_TOKEN}x`),
      { Authorization: `Basic ${btoa(`editor:${EDITOR_TOKEN}`)}` },
      { Authorization: EDITOR_TOKEN },
    ]) {
      const res = await me(headers)
      await expectProblem(res, 401, 'unauthorized', ORIGIN)
      expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer realm="fahm-editor"/)
    }
    const wrong = await me(bearer('x'.repeat(43)))
    expect(wrong.headers.get('WWW-Authenticate')).toContain('error="invalid_token"')

    const gone = await createClass()
    expect((await SELF.fetch(`${ORIGIN}/v1/classes/${gone.classId}`, { method: 'DELETE', headers: bearer(gone.teacherKey) })).status).toBe(204)
    await expectProblem(await me(bearer(gone.teacherKey)), 401, 'unauthorized', ORIGIN)
  })
})
