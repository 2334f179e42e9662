import { describe, expect, it } from 'vitest'
import { firstTryGrade, initial, isAnswered, reducer, toggle, type State } from '../../src/widget/state.ts'
import type { Result } from '../../src/widget/types.ts'

const result = (questionId: string, correct: boolean): Result => ({ questionId, answered: true, correct, score: correct ? 1 : 0, maxScore: 1 })

describe('state reducer', () => {
  it('records answers and forgets empty ones', () => {
    let s = reducer(initial, { t: 'answer', id: 'a', v: 'x' })
    s = reducer(s, { t: 'answer', id: 'b', v: ['c1'] })
    s = reducer(s, { t: 'answer', id: 'c', v: false })
    expect(s.answers).toEqual({ a: 'x', b: ['c1'], c: false })
    s = reducer(s, { t: 'answer', id: 'a', v: '   ' })
    s = reducer(s, { t: 'answer', id: 'b', v: [] })
    expect(s.answers).toEqual({ c: false })
  })

  it('drops the feedback of an answer that changed, and keeps the others', () => {
    let s: State = reducer(initial, { t: 'answer', id: 'a', v: 'x' })
    s = reducer(s, { t: 'result', r: result('a', false), lang: 'ar' })
    s = reducer(s, { t: 'result', r: result('b', true), lang: 'ar' })
    expect(s.last).toBe('b')
    expect(s.lang).toBe('ar')
    s = reducer(s, { t: 'answer', id: 'a', v: 'y' })
    expect(Object.keys(s.results)).toEqual(['b'])
  })

  it('moves, finishes and resets', () => {
    let s = reducer(initial, { t: 'go', i: 4 })
    expect(s.index).toBe(4)
    s = reducer(s, { t: 'final', g: { score: 3, maxScore: 5, results: [] }, lang: 'en' })
    expect(s.final?.score).toBe(3)
    expect(reducer(s, { t: 'reset' })).toEqual(initial)
    expect(reducer(initial, { t: 'load', s: { ...initial, index: 2 } }).index).toBe(2)
  })

  it('does not mutate the previous state', () => {
    const before = reducer(initial, { t: 'answer', id: 'a', v: 'x' })
    const copy = structuredClone(before)
    reducer(before, { t: 'answer', id: 'a', v: 'z' })
    reducer(before, { t: 'result', r: result('a', true), lang: 'en' })
    expect(before).toEqual(copy)
  })
})

describe('answers', () => {
  it('knows when an answer says something', () => {
    expect(isAnswered('')).toBe(false)
    expect(isAnswered(' ')).toBe(false)
    expect(isAnswered('١٥٠')).toBe(true)
    expect(isAnswered([])).toBe(false)
    expect(isAnswered(['a'])).toBe(true)
    expect(isAnswered(false)).toBe(true)
    expect(isAnswered(undefined)).toBe(false)
    expect(isAnswered(null)).toBe(false)
  })

  it('toggles multiple-choice ids in ticking order', () => {
    expect(toggle(undefined, 'a', true)).toEqual(['a'])
    expect(toggle(['a'], 'b', true)).toEqual(['a', 'b'])
    expect(toggle(['a', 'b'], 'a', false)).toEqual(['b'])
    expect(toggle(['a'], 'a', true)).toEqual(['a'])
  })
})

describe('first tries (news mode)', () => {
  it('keeps the first check of each question; practice after it changes only what is shown', () => {
    let s: State = reducer(initial, { t: 'answer', id: 'a', v: 'x' })
    s = reducer(s, { t: 'result', r: result('a', false), lang: 'en' })
    s = reducer(s, { t: 'practice', id: 'a' })
    expect(s.results).toEqual({})
    s = reducer(s, { t: 'answer', id: 'a', v: 'y' })
    s = reducer(s, { t: 'result', r: result('a', true), lang: 'en' })
    expect(s.results.a!.correct).toBe(true)
    expect(s.firstTries.a!.correct).toBe(false)
  })

  it('scores the first tries, and the grader for questions never checked', () => {
    const graded = { score: 3, maxScore: 3, results: [result('a', true), result('b', true), result('c', true)] }
    const g = firstTryGrade(graded, { a: result('a', false), constructor: result('constructor', true) })
    expect(g.score).toBe(2)
    expect(g.maxScore).toBe(3)
    expect(g.results.map((r) => r.correct)).toEqual([false, true, true])
  })
})
