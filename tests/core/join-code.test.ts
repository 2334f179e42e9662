import { describe, expect, it } from 'vitest'
import { CODE_ALPHABET, isValidCode, normalizeCode, randomCode } from '../../src/core/join-code.ts'

describe('join codes', () => {
  it('never uses look-alike characters', () => {
    for (const c of '01OIL') expect(CODE_ALPHABET).not.toContain(c)
    expect(new Set(CODE_ALPHABET).size).toBe(31)
  })

  it('draws codes of the asked length from the alphabet, all symbols reachable', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 400; i++) {
      const code = randomCode(6)
      expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/)
      for (const c of code) seen.add(c)
    }
    expect(seen.size).toBe(31)
    expect(randomCode(8)).toHaveLength(8)
  })

  it('normalises typed codes and validates them', () => {
    expect(normalizeCode(' ab3-k9m ')).toBe('AB3K9M')
    expect(isValidCode('AB3K9M')).toBe(true)
    expect(isValidCode('AB3K0M')).toBe(false)
    expect(isValidCode('AB3K9')).toBe(false)
  })
})
