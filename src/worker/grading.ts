import { answerFieldErrors, type AnswerError } from '../core/grade-answers.ts'
import { gradeQuestion } from '../core/grade.ts'
import type { Lang, Question } from '../core/quiz-schema.ts'
import { toResult, type RevealedResult } from '../core/answer-feedback.ts'
import { bodyInvalid, jsonPointer } from './problem.ts'

/**
 * Grading over HTTP, for the public, draft and classroom routes alike: the core's `gradeAnswers`
 * outcome, with answers it cannot grade turned into a 422 `validation-failed` naming them.
 */

/** The field an answer error names: `answers.<questionId>`, and `[i]` for an item of a list answer. */
function answerField(root: readonly string[], index: number | undefined) {
  const item = index === undefined ? [] : [index]
  // The pointer from the id itself: an unknown answer key may hold `.` or `/`.
  return { path: root.join('.') + (index === undefined ? '' : `[${index}]`), pointer: jsonPointer([...root, ...item]) }
}

/** 422 naming each answer of an unknown question, of the wrong shape or naming an unknown choice (`answers.<questionId>[i]`). */
export function rejectAnswers(errors: readonly AnswerError[]): never {
  bodyInvalid(errors.map(({ questionId, message, index }) => ({ ...answerField(['answers', questionId], index), message, in: 'body' as const })))
}

/**
 * Grades one answer to one question; 422 at `answer` when its shape does not fit the question or it
 * names a choice the question does not have.
 * `quiz`: the quiz's questions, whose numbers name the groups a numeric answer may not describe.
 */
export function checkAnswer(question: Question, answer: unknown, lang: Lang, quiz?: readonly Question[]): RevealedResult {
  const errors = answerFieldErrors(question, answer)
  if (errors.length > 0) bodyInvalid(errors.map(({ message, index }) => ({ ...answerField(['answer'], index), message, in: 'body' as const })))
  return toResult(question, gradeQuestion(question, answer, quiz), lang, { reveal: true })
}
