import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { roundScore, wholePercent } from '../../src/core/score.ts'

describe('the score people read', () => {
  it.each([
    [15 + 1 / 3, 15.3],
    [16.67, 16.7],
    [2.25, 2.3],
    [7, 7],
    [0, 0],
  ])('%d reads as %d', (score, shown) => {
    expect(roundScore(score)).toBe(shown)
  })

  it.each([
    [6.97, 10, 70],
    [6.94, 10, 69],
    [1, 3, 33],
    [3, 0, 0],
  ])('%d of %d is %d%%, from the score shown', (score, max, percent) => {
    expect(wholePercent(score, max)).toBe(percent)
  })

  it('never moves a score by more than half a tenth, and keeps whole scores whole', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 1, max: 6 }), (thirds, den) => {
        const score = thirds / den
        expect(Math.abs(roundScore(score) - score)).toBeLessThanOrEqual(0.05 + 1e-9)
        if (Number.isInteger(score)) expect(roundScore(score)).toBe(score)
      }),
    )
  })
})
