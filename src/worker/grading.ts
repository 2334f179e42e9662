import { answerErrors, gradeAnswers, type Answers, type GradedAnswers } from '../core/grade-answers.ts'
import { answerShapeError, gradeQuestion } from '../core/grade.ts'
import type { Lang, Question } from '../core/quiz-schema.ts'
import { toResult, type RevealedResult } from '../core/answer-feedback.ts'
import { bodyInvalid } from './problem.ts'

/**
 * Grading over HTTP, for the public routes and the draft routes alike: the core graders, with an
 * answer they cannot grade turned into a 422 `validation-failed` naming it.
 */

/** Grades a full answer set; 422 naming each answer of an unknown question or of the wrong shape (`answers.<questionId>`). */
export function gradeAnswerSet(questions: readonly Question[], answers: Answers, lang: Lang): GradedAnswers {
  const errors = answerErrors(questions, answers)
  if (errors.length > 0) {
    bodyInvalid(errors.map(({ questionId, message }) => ({ path: `answers.${questionId}`, message, in: 'body' })))
  }
  return gradeAnswers(questions, answers, lang)
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
