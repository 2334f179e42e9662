import type { AssignmentSettings } from './assignment.ts'
import type { HiddenResult, RevealedResult } from './answer-feedback.ts'

/**
 * What a student is shown of their own attempt. While an assignment's answers are hidden (reveal
 * `never`, or `after-due` before the due date), nothing that depends on correctness reaches the
 * student: no score, no verdict per answer, no count of right answers. Otherwise a student who
 * submits one question per attempt would learn every key from the scores. Teachers see everything
 * in the results.
 */

/** Whether an assignment's graded answers (and scores) may be shown to students at `now`. */
export function isRevealed(assignment: Pick<AssignmentSettings, 'revealAnswers' | 'dueAt'>, now = Date.now()): boolean {
  if (assignment.revealAnswers === 'after-submit') return true
  if (assignment.revealAnswers === 'after-due') return assignment.dueAt !== null && now >= Date.parse(assignment.dueAt)
  return false
}

/** A stored attempt, as much of it as a student's view needs. */
export type GradedAttempt = {
  id: string
  studentName: string
  attemptNumber: number
  score: number
  maxScore: number
  submittedAt: string
  results: readonly RevealedResult[]
}

/** A student's view of their attempt: the score and results only when revealed. */
export type StudentAttempt = {
  attemptId: string
  /** The name the attempt is stored under (a roster student's name from the roster). */
  name: string
  attemptNumber: number
  attemptsLeft: number
  /** Null while answers are hidden. */
  score: number | null
  maxScore: number
  submittedAt: string
  revealed: boolean
  /** Per question, only `{ questionId, answered }` while answers are hidden. */
  results: (RevealedResult | HiddenResult)[]
}

/** The student's view of `attempt` under the assignment's reveal policy at `now`. */
export function toStudentAttempt(
  assignment: Pick<AssignmentSettings, 'revealAnswers' | 'dueAt' | 'maxAttempts'>,
  attempt: GradedAttempt,
  now = Date.now(),
): StudentAttempt {
  const revealed = isRevealed(assignment, now)
  return {
    attemptId: attempt.id,
    name: attempt.studentName,
    attemptNumber: attempt.attemptNumber,
    attemptsLeft: Math.max(0, assignment.maxAttempts - attempt.attemptNumber),
    score: revealed ? attempt.score : null,
    maxScore: attempt.maxScore,
    submittedAt: attempt.submittedAt,
    revealed,
    results: attempt.results.map((r) => (revealed ? r : { questionId: r.questionId, answered: r.answered })),
  }
}
