import { describe, expect, it } from 'vitest'
import { gradeQuestion } from '../../src/core/grade.ts'
import type { Question } from '../../src/core/quiz-schema.ts'

// The questions and rows the readers' rules tests (grade-readers-*-rules.test.ts) grade: a question of
// their own on a quote, beside its right and wrong answers. Numeric questions: numeric-question.ts.

export type BooleanQuestion = Extract<Question, { type: 'boolean' }>
export type TextQuestion = Extract<Question, { type: 'text' }>

/** A true/false statement on `quote`, in `lang`. */
export const verdict = (id: string, answer: boolean, prompt: string, quote: string, lang: 'ar' | 'en' = 'ar'): BooleanQuestion => ({
  id,
  type: 'boolean',
  skill: 'recall',
  points: 1,
  prompt: { [lang]: prompt },
  explanation: { [lang]: '' },
  evidence: { paragraph: 0, quote },
  answer,
})

/** A text question on `quote`, in `lang`, with the answers it accepts. */
export const named = (id: string, accepted: string[], prompt: string, quote: string, lang: 'ar' | 'en' = 'ar'): TextQuestion => ({
  id,
  type: 'text',
  skill: 'recall',
  points: 1,
  prompt: { [lang]: prompt },
  explanation: { [lang]: '' },
  evidence: { paragraph: 0, quote },
  answer: { accepted },
})

/** A question, an answer, and whether it is right. */
export type AnyRow = readonly [Question, string, boolean]

/** The rows of a question's right and wrong answers. */
export const anyRows = (question: Question, right: readonly string[], wrong: readonly string[]): AnyRow[] => [
  ...right.map((a) => [question, a, true] as const),
  ...wrong.map((a) => [question, a, false] as const),
]

/** A test per row: the answer graded on its question alone is right, or not, as the row says. */
export const describeRows = (name: string, table: readonly AnyRow[]) =>
  describe(name, () => {
    it.each(table.map(([q, a, r]) => [q.id, a, r, q] as const))('%s: %j is right: %s', (_id, answer, right, question) => {
      expect(gradeQuestion(question, answer, [question]).correct).toBe(right)
    })
  })
