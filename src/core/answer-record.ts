import { answerTo, type Answers } from './answers.ts'
import type { GradeResult } from './grade.ts'
import { normalizeText } from './normalize.ts'
import type { Question } from './quiz-schema.ts'

/**
 * What a classroom attempt keeps of each answer for the teacher's results: whether it was answered
 * and correct, and the answer in the form wrong answers are counted under.
 */

/** One question of one stored attempt, as the grader saw it. */
export type AnswerRecord = {
  questionId: string
  answered: boolean
  correct: boolean
  /**
   * The answer as given, normalised: free text and numbers through `normalizeText`, choice ids
   * sorted and comma-joined (`kind: 'choice'`, kept verbatim). Null when unanswered.
   */
  answer: string | null
  kind?: 'choice' | 'text'
  /**
   * A text or numeric answer as the student typed it (`answer` is its normalised form); read from
   * the stored request for results, so a teacher sees «Moscow.» rather than `moscow`.
   */
  typed?: string
}

/** The record of one question's answer: choice ids sorted, other answers through `normalizeText`. */
export function toAnswerRecord(question: Question, answer: unknown, grade: Pick<GradeResult, 'answered' | 'correct'>): AnswerRecord {
  const base = { questionId: question.id, answered: grade.answered, correct: grade.correct }
  if (!grade.answered || answer === undefined || answer === null) return { ...base, answer: null }
  if (question.type === 'single' || question.type === 'multiple') {
    const ids = Array.isArray(answer) ? answer.map(String) : [String(answer)]
    return { ...base, answer: [...ids].sort().join(','), kind: 'choice' }
  }
  return { ...base, answer: normalizeText(String(answer)) || String(answer), kind: 'text' }
}

/** The records of a graded answer set, in the quiz's order (`grades` as `gradeAnswers` returned them). */
export function toAnswerRecords(
  questions: readonly Question[],
  answers: Answers,
  grades: readonly Pick<GradeResult, 'answered' | 'correct'>[],
): AnswerRecord[] {
  return questions.map((question, i) => toAnswerRecord(question, answerTo(answers, question.id), grades[i]!))
}
