import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isRevealed, toStudentAttempt, type GradedAttempt } from '../../src/core/reveal.ts'
import type { RevealedResult } from '../../src/core/answer-feedback.ts'

const NOW = Date.parse('2026-12-01T10:00:00Z')
const BEFORE = '2026-12-01T11:00:00Z'
const AFTER = '2026-12-01T09:00:00Z'

describe('isRevealed', () => {
  it.each([
    ['after-submit', null, true],
    ['after-submit', BEFORE, true],
    ['never', null, false],
    ['never', AFTER, false],
    ['after-due', BEFORE, false],
    ['after-due', AFTER, true],
    ['after-due', null, false],
  ] as const)('%s with dueAt %s → %s', (revealAnswers, dueAt, expected) => {
    expect(isRevealed({ revealAnswers, dueAt }, NOW)).toBe(expected)
  })
})

const result = (questionId: string, correct: boolean): RevealedResult => ({
  questionId,
  answered: true,
  correct,
  score: correct ? 1 : 0,
  maxScore: 1,
  parsed: null,
  explanation: 'x',
  evidence: { paragraph: 0, quote: 'q' },
  expected: { display: 'd', value: true },
})

const attempt = (results: RevealedResult[]): GradedAttempt => ({
  id: 'att_1',
  studentName: 'Sara',
  attemptNumber: 1,
  score: results.reduce((sum, r) => sum + r.score, 0),
  maxScore: results.length,
  submittedAt: '2026-12-01T09:30:00Z',
  results,
})

describe('toStudentAttempt', () => {
  it('while hidden, is the same whatever was right or wrong: no score, no verdicts', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), (a, b) => {
        const n = Math.min(a.length, b.length)
        const settings = { revealAnswers: 'never' as const, dueAt: null, maxAttempts: 3 }
        const left = toStudentAttempt(settings, attempt(a.slice(0, n).map((c, i) => result(`q${i}`, c))), NOW)
        const right = toStudentAttempt(settings, attempt(b.slice(0, n).map((c, i) => result(`q${i}`, c))), NOW)
        expect(left).toEqual(right)
        expect(left.score).toBeNull()
        for (const r of left.results) expect(Object.keys(r).sort()).toEqual(['answered', 'questionId'])
      }),
    )
  })

  it('when revealed, gives the score and every result; attemptsLeft never goes below 0', () => {
    const shown = toStudentAttempt(
      { revealAnswers: 'after-due', dueAt: AFTER, maxAttempts: 1 },
      { ...attempt([result('a', true), result('b', false)]), attemptNumber: 3 },
      NOW,
    )
    expect(shown).toMatchObject({ revealed: true, score: 1, maxScore: 2, attemptsLeft: 0, name: 'Sara', attemptId: 'att_1' })
    expect(shown.results[1]).toMatchObject({ correct: false, expected: { display: 'd' } })
  })
})
