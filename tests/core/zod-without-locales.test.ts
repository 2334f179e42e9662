import * as zod from 'zod'
import { describe, expect, it } from 'vitest'
import * as lean from '../../src/worker/zod-without-locales.ts'

// What the Worker's zod leaves out (src/worker/zod-without-locales.ts), and why it can: nothing in
// src/worker or src/core calls these at runtime (scripts/write-quiz-schema.ts uses toJSONSchema in Node).
const LEFT_OUT = [
  'core', // zod's internals as a namespace, which holds the locales again
  'locales',
  'toJSONSchema',
  'fromJSONSchema',
  'compile', // the JIT compiler and its errors
  'withParser',
  'ZodCompileAsyncError',
  'ZodCompileUnsupportedError',
]

describe("the Worker's zod", () => {
  it('has every export of zod but the ones it leaves out, as the same objects', () => {
    for (const name of Object.keys(zod)) {
      if (LEFT_OUT.includes(name)) continue
      expect.soft(lean, name).toHaveProperty(name)
      if (name !== 'z' && name !== 'default' && name !== 'iso' && name !== 'coerce')
        expect.soft(lean[name as keyof typeof lean], name).toBe(zod[name as keyof typeof zod])
    }
    for (const name of ['iso', 'coerce'] as const) expect(Object.keys(lean[name]).sort()).toEqual(Object.keys(zod[name]).sort())
    expect(Object.keys(lean.z).sort()).toEqual(Object.keys(lean).sort())
  })

  it('leaves out only what zod has', () => {
    for (const name of LEFT_OUT) {
      expect(zod).toHaveProperty(name)
      expect(lean).not.toHaveProperty(name)
    }
  })

  it('validates and words its errors as zod does', () => {
    const schema = lean.z.object({ name: lean.z.string().min(2), when: lean.z.iso.datetime({ offset: true }) })
    const real = zod.z.object({ name: zod.z.string().min(2), when: zod.z.iso.datetime({ offset: true }) })
    for (const input of [{ name: 'x', when: 'yesterday' }, { name: 42 }, { name: 'Sara', when: '2026-12-01T08:00:00Z' }]) {
      expect(schema.safeParse(input)).toEqual(real.safeParse(input))
    }
    expect(schema.safeParse({ name: 'x' }).error?.issues[0]?.message).toBe('Too small: expected string to have >=2 characters')
  })
})
