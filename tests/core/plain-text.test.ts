import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { plainText, plainTextIssue } from '../../src/core/plain-text.ts'

const UNITS = [
  'a',
  'س',
  ' ',
  '\u00a0',
  '\u0000',
  '\u001f',
  '\u0020',
  '\u007e',
  '\u007f',
  '\u009f',
  '\u00a0',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u2029',
  '\u202a',
  '\u202e',
  '\u202f',
  '\u2065',
  '\u2066',
  '\u2069',
  '\u206a',
  '\ud7ff',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '\ue000',
  '\ud83d',
  '\ude00',
]

describe('plainTextIssue', () => {
  it.each([
    ['سارة أحمد', null],
    ['Grade 9 B', null],
    ['😀 emoji pairs are whole', null],
    ['\u200Fمحمد\u200E', null], // direction marks stay allowed
    ['\u061Cعلي', null],
    ['a\u202Eexe.txt', 'bidi'],
    ['a\u202Ab', 'bidi'],
    ['a\u202Db', 'bidi'],
    ['a\u2066b\u2069', 'bidi'],
    ['a\u2068b', 'bidi'],
    ['tab\there', 'bidi'],
    ['line\nbreak', 'bidi'],
    ['nul\u0000', 'bidi'],
    ['c1\u0085', 'bidi'],
    ['del\u007f', 'bidi'],
    ['lone \ud800 high', 'surrogate'],
    ['lone \udfff low', 'surrogate'],
    ['\ud83d', 'surrogate'],
    ['reversed \ude00\ud83d', 'surrogate'],
  ])('%j → %s', (text, kind) => {
    const issue = plainTextIssue(text)
    if (kind === null) expect(issue).toBeNull()
    else if (kind === 'surrogate') expect(issue).toMatch(/surrogate/)
    else expect(issue).toMatch(/control characters/)
  })

  it('accepts exactly the well-formed strings free of controls and bidi overrides', () => {
    fc.assert(
      // Cheap code units around every boundary of the rule: halves of pairs, controls, marks, letters.
      fc.property(fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 8 }), (text) => {
        const wellFormed = (text as string & { isWellFormed(): boolean }).isWellFormed()
        const forbidden = [...text].some((ch) => {
          const cp = ch.codePointAt(0)!
          return cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)
        })
        expect(plainTextIssue(text) === null).toBe(wellFormed && !forbidden)
      }),
      { numRuns: 300 },
    )
  }, 30_000)
})

describe('plainText', () => {
  const title = plainText({ max: 10 })

  it('trims and collapses inner whitespace, then counts', () => {
    expect(title.parse('  a \u00a0  b  ')).toBe('a b')
    expect(title.safeParse('   ').error?.issues[0]?.message).toBe('must not be empty')
    expect(title.safeParse('x'.repeat(11)).error?.issues[0]?.message).toBe('must be at most 10 characters')
    expect(plainText({ min: 0, max: 5 }).parse('  ')).toBe('')
  })

  it('refuses, never repairs, a lone surrogate or a bidi override', () => {
    for (const text of ['ab\ud800', 'a\u202Eb']) {
      const result = title.safeParse(text)
      expect(result.success).toBe(false)
      expect(result.error?.issues).toHaveLength(1)
    }
  })
})
