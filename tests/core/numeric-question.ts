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
