import type { Question, Unit } from '../../src/core/quiz-schema.ts'

// Questions as the drafter writes them: prompt, explanation and evidence inline (the words around
// an answer come from them).
export type NumericQuestion = Extract<Question, { type: 'numeric' }>

export function numeric(
  id: string,
  value: number,
  unit: Unit,
  prompt: [string, string],
  explanation: [string, string],
  quote: string,
  tolerance = 0,
): NumericQuestion {
  return {
    id,
    type: 'numeric',
    skill: 'recall',
    points: 1,
    prompt: { ar: prompt[0], en: prompt[1] },
    explanation: { ar: explanation[0], en: explanation[1] },
    evidence: { paragraph: 0, quote },
    answer: { value, unit, tolerance },
  }
}

/** A numeric question as the drafter asks it, "fill in the blank" in `lang`, on `quote`: what the rules tables grade. */
export const askNumber = (id: string, value: number, unit: Unit, quote: string, lang: 'ar' | 'en' = 'en'): NumericQuestion =>
  numeric(id, value, unit, lang === 'ar' ? ['أكمل الفراغ بحسب المقال', ''] : ['', 'Fill in the blank, according to the article'], ['', ''], quote)

/** A question, an answer, and whether it is right. */
export type AnswerRow = [NumericQuestion, string, boolean]

/** The rows of a question's right and wrong answers. */
export const answerRows = (question: NumericQuestion, right: readonly string[], wrong: readonly string[]): AnswerRow[] => [
  ...right.map((a): AnswerRow => [question, a, true]),
  ...wrong.map((a): AnswerRow => [question, a, false]),
]
