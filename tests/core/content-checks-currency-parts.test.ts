import { describe, expect, it } from 'vitest'
import { numericAnswerInEvidence } from '../../src/core/numeric-evidence.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import type { Question, Unit } from '../../src/core/quiz-schema.ts'
import { findQuantities } from '../../src/core/units.ts'

/** A numeric question whose evidence quote is `quote` and whose key is `value` `unit`. */
const question = (quote: string, value: number, unit: Unit, skill: 'recall' | 'inference' = 'recall'): Question => ({
  id: 'q',
  type: 'numeric',
  skill,
  points: 1,
  prompt: { en: 'How much?' },
  answer: { value, unit, tolerance: 0 },
  explanation: { en: 'As the article says.' },
  evidence: { paragraph: 0, quote },
})

// The evidence quote, the key, and whether the quote states it: a currency's parts are parts of it, never as many whole ones.
const ROWS: [quote: string, value: number, unit: Unit, states: boolean][] = [
  ['The fare rose to 45p a mile', 0.45, 'GBP', true],
  ['The fare rose to 45p a mile', 45, 'GBP', false],
  ['Stamps went up 10p to 95p', 0.95, 'GBP', true],
  ['Stamps went up 10p to 95p', 95, 'GBP', false],
  ['a can now costs 99 cents', 0.99, 'USD', true],
  ['a can now costs 99 cents', 99, 'USD', false],
  ['a can now costs 99 cents', 0.99, 'EUR', true],
  ['a can now costs 99 cents', 0.99, 'GBP', false],
  ['a loaf costs £1.20 now', 1.2, 'GBP', true],
  ['a loaf costs £1.20 now', 120, 'GBP', false],
  ['a stamp costs 50 pence', 0.5, 'GBP', true],
  ['a stamp costs 50 pence', 50, 'GBP', false],
  ['He paid $3 and 50 cents for it', 3.5, 'USD', true],
  ['He paid $3 and 50 cents for it', 0.5, 'USD', true],
  ['He paid $3 and 50 cents for it', 50, 'USD', false],
  ['He paid $3 and 50 cents for it', 53, 'USD', false],
  ['ارتفع سعر الرغيف 50 قرشاً', 0.5, 'EGP', true],
  ['ارتفع سعر الرغيف 50 قرشاً', 50, 'EGP', false],
  ['زاد سعر اللتر ٢٥ فلساً', 0.025, 'KWD', true],
  ['زاد سعر اللتر ٢٥ فلساً', 25, 'KWD', false],
  ['زاد سعر اللتر ٢٥ فلساً', 0.25, 'AED', true],
  ['بلغ الرسم 3 دنانير و500 فلس', 3.5, 'KWD', true],
  ['بلغ الرسم 3 دنانير و500 فلس', 500, 'KWD', false],
  ['تباع الخبزة بـ120 سنتيم', 1.2, 'MAD', true],
  ['تباع الخبزة بـ120 سنتيم', 120, 'MAD', false],
  ['رسم الطابع 500 مليم', 0.5, 'TND', true],
  ['رسم الطابع 500 مليم', 500, 'TND', false],
  // Not money: the number stays as written.
  ['the meeting starts at 5 p.m. sharp', 5, 'hour', true],
  ['the survey asked 45 people', 45, 'person', true],
]

describe('numeric-answer-in-evidence: a currency’s parts', () => {
  it.each(ROWS)('%s → %d %s: %s', (quote, value, unit, states) => {
    expect(numericAnswerInEvidence(question(quote, value, unit), 0).length === 0).toBe(states)
  })
})

// `p` is pence only written onto its number: `5 p.m.` is a time and `p. 45` a page.
const PENCE: [text: string, found: { value: number; unit: Unit }[]][] = [
  ['45p', [{ value: 0.45, unit: 'GBP' }]],
  ['rose to 45p a mile', [{ value: 0.45, unit: 'GBP' }]],
  ['rose 45p. Then it fell', [{ value: 0.45, unit: 'GBP' }]],
  ['at 5 p.m. on Monday', []],
  ['at 5p.m. on Monday', []],
  ['45 p', []],
  ['see p. 45', []],
]

describe('p after digits', () => {
  it.each(PENCE)('%s', (text, found) => {
    expect(findQuantities(text).map(({ value, unit }) => ({ value, unit }))).toEqual(found)
  })
})

// The grader reads `45p` as the checks do, and its wrong neighbours stay wrong.
const GRADED: [value: number, unit: Unit, answer: string, correct: boolean][] = [
  [0.45, 'GBP', '45p', true],
  [0.45, 'GBP', '45 pence', true],
  [0.45, 'GBP', '£0.45', true],
  [45, 'GBP', '45p', false],
  [0.45, 'USD', '45p', false],
  [0.45, 'GBP', '45', false],
  [0.45, 'GBP', '45 p', false],
  [5, 'hour', '5 p.m.', false],
]

describe('grading pence written 45p', () => {
  it.each(GRADED)('%d %s ← %s: %s', (value, unit, answer, correct) => {
    expect(gradeQuestion(question('The fare rose to 45p a mile', value, unit), answer).correct).toBe(correct)
  })
})
