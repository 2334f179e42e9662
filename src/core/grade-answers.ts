import { answerShapeError, gradeQuestion } from './grade.ts'
import type { Lang, Question } from './quiz-schema.ts'
import { toResult, type RevealedResult } from './answer-feedback.ts'

/**
 * Grading a set of answers, keyed by question id, against a quiz's questions: what the public grade
 * route, the draft grade route and classroom attempts share.
 */

export type Answers = Readonly<Record<string, unknown>>

/** One answer that cannot be graded: no question has its id, or its JSON has the wrong shape. */
export type AnswerError = { questionId: string; message: string }

/** Every answer in `answers` that cannot be graded against `questions`; empty when all can. */
export function answerErrors(questions: readonly Question[], answers: Answers): AnswerError[] {
  const byId = new Map(questions.map((question) => [question.id, question]))
  const errors: AnswerError[] = []
  for (const [questionId, answer] of Object.entries(answers)) {
    const question = byId.get(questionId)
    const message = question ? answerShapeError(question, answer) : 'no question with this id in the quiz'
    if (message) errors.push({ questionId, message })
  }
  return errors
}

/** The answer to a question, or undefined. Own keys only: a question id like `constructor` must not read Object.prototype. */
export function answerTo(answers: Answers, questionId: string): unknown {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined
}

/** A sum of scores, rounded: sums of partial credit would otherwise show float noise like 2.9999999. */
function sumScores(values: readonly number[]): number {
  return Math.round(values.reduce((sum, v) => sum + v, 0) * 1e6) / 1e6
}

export type GradedAnswers = { score: number; maxScore: number; results: RevealedResult[] }

/**
 * Grades every question, in the quiz's order (an unanswered one scores 0), with the answer keys
 * revealed and strings in `lang`. Answers of the wrong shape grade as wrong: reject them first
 * with {@link answerErrors}.
 */
export function gradeAnswers(questions: readonly Question[], answers: Answers, lang: Lang): GradedAnswers {
  const results = questions.map((question) => toResult(question, gradeQuestion(question, answerTo(answers, question.id), questions), lang, { reveal: true }))
  return {
    score: sumScores(results.map((r) => r.score)),
    maxScore: sumScores(results.map((r) => r.maxScore)),
    results,
  }
}
