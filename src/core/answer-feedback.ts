import { describeExpected, describeParsed } from './describe.ts'
import type { GradeResult, Parsed } from './grade.ts'
import { pickText } from './localized.ts'
import type { Evidence, Lang, Question, Unit } from './quiz-schema.ts'

/**
 * The feedback on one graded answer that the API returns per question: with the answer key revealed
 * (what the reader's widget shows after a check, and a student after an attempt when the policy
 * allows), or only whether it was answered. Not to be confused with `assignment-results.ts`, the
 * teacher's aggregate of a class's attempts.
 */

export type { GradeResult }

/** The right answer of a question, with `display` in the requested language. */
export type Expected =
  | { display: string; choiceIds: string[] }
  | { display: string; value: boolean }
  | { display: string; value: number; unit: Unit; tolerance: number }
  | { display: string; accepted: string[] }

/** A graded answer with its answer key revealed: what `grade` and `check` return per question. */
export type RevealedResult = {
  questionId: string
  answered: boolean
  correct: boolean
  score: number
  maxScore: number
  /** What the grader understood the answer as, or null when unanswered or unreadable. */
  parsed: (Parsed & { display: string }) | null
  explanation: string
  evidence: Evidence
  expected: Expected
}

/** A graded answer whose key stays hidden (a classroom attempt before answers are revealed). */
export type HiddenResult = { questionId: string; answered: boolean }

export type Result = RevealedResult | HiddenResult

export type ToResultOptions = {
  /** When false, only `{ questionId, answered }`: nothing about correctness or the key. */
  reveal: boolean
}

export function toExpected(question: Question, lang: Lang): Expected {
  const display = describeExpected(question, lang)
  switch (question.type) {
    case 'single':
      return { display, choiceIds: [question.answer] }
    case 'multiple':
      return { display, choiceIds: [...question.answer] }
    case 'boolean':
      return { display, value: question.answer }
    case 'numeric':
      return { display, value: question.answer.value, unit: question.answer.unit, tolerance: question.answer.tolerance }
    case 'text':
      return { display, accepted: [...question.answer.accepted] }
  }
}

/**
 * Turns a grade into the API's Result, `display` strings and explanation in `lang`: the language the
 * quiz is served in (`servedLang`), which every string of the quiz has.
 */
export function toResult(question: Question, grade: GradeResult, lang: Lang, options: { reveal: false }): HiddenResult
export function toResult(question: Question, grade: GradeResult, lang: Lang, options: { reveal: true }): RevealedResult
export function toResult(question: Question, grade: GradeResult, lang: Lang, options: ToResultOptions): Result
export function toResult(question: Question, grade: GradeResult, lang: Lang, options: ToResultOptions): Result {
  if (!options.reveal) return { questionId: question.id, answered: grade.answered }
  return {
    questionId: question.id,
    answered: grade.answered,
    correct: grade.correct,
    score: grade.score,
    maxScore: grade.maxScore,
    parsed: grade.parsed ? { ...grade.parsed, display: describeParsed(grade.parsed, question, lang) } : null,
    explanation: pickText(question.explanation, lang),
    evidence: { paragraph: question.evidence.paragraph, quote: question.evidence.quote },
    expected: toExpected(question, lang),
  }
}
