import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { answerErrors, answerTo, checkAnswer, gradeAnswers } from '../../src/core/grade-answers.ts'
import { sampleQuiz } from './export-fixture.ts'

const { questions } = sampleQuiz()

describe('answerErrors', () => {
  it.each([
    [{}, []],
    [{ 'meeting-place': 'beijing', 'meeting-duration': 2.5, 'relations-special': 'صح', 'kursk-workers': null }, []],
    [{ 'no-such-question': 'x' }, [{ questionId: 'no-such-question', message: 'no question with this id in the quiz' }]],
    [{ 'meeting-place': 7 }, [{ questionId: 'meeting-place', message: 'must be a choice id (a string)' }]],
    // A choice the question does not have (ids trimmed as the grader reads them, blank items skipped), listed sorted.
    [{ 'meeting-place': ' beijing ', 'kursk-workers': ['c5000', ' '] }, []],
    [{ 'meeting-place': 'Beijing' }, [{ questionId: 'meeting-place', message: "must be one of the question's choice ids: 3-pyongyang, beijing, moscow" }]],
    [
      { 'kursk-workers': ['c5000', 'c2000', 'c1000', '5000'] },
      [
        { questionId: 'kursk-workers', index: 1, message: "must be one of the question's choice ids: c1000, c3000, c5000" },
        { questionId: 'kursk-workers', index: 3, message: "must be one of the question's choice ids: c1000, c3000, c5000" },
      ],
    ],
    [
      { 'kursk-workers': 'c5000', constructor: 'x' },
      [
        { questionId: 'kursk-workers', message: 'must be an array of choice ids (strings)' },
        { questionId: 'constructor', message: 'no question with this id in the quiz' },
      ],
    ],
  ] as const)('%j → %j', (answers, errors) => {
    expect(answerErrors(questions, answers)).toEqual(errors)
  })
})

describe('answerTo', () => {
  it('reads own keys only', () => {
    expect(answerTo({ a: 1 }, 'a')).toBe(1)
    expect(answerTo({}, 'constructor')).toBeUndefined()
    expect(answerTo({}, 'toString')).toBeUndefined()
    expect(answerTo(JSON.parse('{"__proto__": "x"}') as Record<string, unknown>, '__proto__')).toBe('x')
  })
})

describe('gradeAnswers', () => {
  it('grades every question in quiz order, unanswered ones 0, in the language asked', () => {
    const graded = gradeAnswers({ questions }, { 'meeting-duration': '150 دقيقة', 'meeting-place': 'moscow', 'kursk-workers': ['c5000'] }, 'en')
    if (!graded.ok) throw new Error('not graded')
    expect(graded.results.map((r) => r.questionId)).toEqual(questions.map((q) => q.id))
    expect(graded).toMatchObject({ score: 2, maxScore: 8 })
    expect(graded.results.find((r) => r.questionId === 'kursk-workers')).toMatchObject({ correct: false, score: 1, maxScore: 2 })
    expect(graded.results.find((r) => r.questionId === 'meeting-duration')).toMatchObject({ correct: true, explanation: 'Two and a half hours.' })
    expect(graded.results.filter((r) => !r.answered)).toHaveLength(questions.length - 3)
  })

  it('grades nothing when an answer names no question (__proto__ and constructor too), has the wrong shape or names no choice', () => {
    for (const raw of ['{"__proto__": "x"}', '{"constructor": "x", "meeting-place": "beijing"}', '{"meeting-place": 7}', '{"meeting-place": "paris"}']) {
      const outcome = gradeAnswers({ questions }, JSON.parse(raw) as Record<string, unknown>, 'en')
      expect(outcome.ok, raw).toBe(false)
      expect(outcome).not.toHaveProperty('score')
    }
    expect(gradeAnswers({ questions }, JSON.parse('{"__proto__": "x"}') as Record<string, unknown>, 'ar')).toEqual({
      ok: false,
      errors: [{ questionId: '__proto__', message: 'no question with this id in the quiz' }],
    })
  })

  it('sums partial credit without float noise, and the score never exceeds the maximum', () => {
    const thirds = { ...questions[1]!, id: 'thirds', points: 1, answer: ['c5000', 'c1000', 'c3000'] } as (typeof questions)[number]
    fc.assert(
      fc.property(fc.array(fc.subarray(['c5000', 'c1000', 'c3000']), { minLength: 1, maxLength: 10 }), (picks) => {
        const many = picks.map((_, i) => ({ ...thirds, id: `thirds-${i}` }))
        const graded = gradeAnswers({ questions: many }, Object.fromEntries(picks.map((p, i) => [`thirds-${i}`, p])), 'ar')
        if (!graded.ok) throw new Error('not graded')
        // Each score is rounded to 4 decimals: a sum of them must not read 1.6667000000000003.
        expect(String(graded.score)).toMatch(/^\d+(\.\d{1,4})?$/)
        expect(graded.score).toBeLessThanOrEqual(graded.maxScore)
        expect(graded.maxScore).toBe(picks.length)
      }),
      { numRuns: 200 },
    )
  })
})

describe('checkAnswer', () => {
  const question = (id: string) => questions.find((q) => q.id === id)!

  it.each([
    ['meeting-duration', 'ساعتين ونصف', true],
    ['meeting-duration', 'three hours', false],
    ['meeting-place', 'beijing', true],
    ['meeting-place', 'moscow', false],
  ] as const)('grades %s: %j → correct %s, its key revealed', (id, answer, correct) => {
    const outcome = checkAnswer(question(id), answer, 'ar', questions)
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.result.questionId).toBe(id)
    expect(outcome.result.correct).toBe(correct)
    expect(outcome.result.expected).toBeDefined()
  })

  it.each([
    ['meeting-place', 7, [{ message: 'must be a choice id (a string)' }]],
    ['kursk-workers', ['c5000', 'nope'], [{ index: 1, message: "must be one of the question's choice ids: c1000, c3000, c5000" }]],
  ] as const)('refuses %s: %j, with what is wrong and where', (id, answer, errors) => {
    expect(checkAnswer(question(id), answer, 'ar', questions)).toEqual({ ok: false, errors })
  })
})
