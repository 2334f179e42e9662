import type { AnswerError } from '../core/grade-answers.ts'
import { answerShapeError, gradeQuestion } from '../core/grade.ts'
import type { Lang, Question } from '../core/quiz-schema.ts'
import { toResult, type RevealedResult } from '../core/answer-feedback.ts'
import { bodyInvalid, jsonPointer } from './problem.ts'

/**
 * Grading over HTTP, for the public, draft and classroom routes alike: the core's `gradeAnswers`
 * outcome, with answers it cannot grade turned into a 422 `validation-failed` naming them.
 */

/** 422 naming each answer of an unknown question or of the wrong shape (`answers.<questionId>`). */
export function rejectAnswers(errors: readonly AnswerError[]): never {
  // The pointer from the id itself: an unknown answer key may hold `.` or `/`.
  bodyInvalid(
    errors.map(({ questionId, message }) => ({ path: `answers.${questionId}`, message, in: 'body' as const, pointer: jsonPointer(['answers', questionId]) })),
  )
}

/**
 * Grades one answer to one question; 422 at `answer` when its shape does not fit the question.
 * `quiz`: the quiz's questions, whose numbers name the groups a numeric answer may not describe.
 */
export function checkAnswer(question: Question, answer: unknown, lang: Lang, quiz?: readonly Question[]): RevealedResult {
  const message = answerShapeError(question, answer)
  if (message) bodyInvalid([{ path: 'answer', message, in: 'body' }])
  return toResult(question, gradeQuestion(question, answer, quiz), lang, { reveal: true })
}
