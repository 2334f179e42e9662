import { NO_SUCH_QUESTION } from './answer-limits.ts'
import { answerShapeError, gradeQuestion } from './grade.ts'
import type { Lang, Question, Quiz } from './quiz-schema.ts'
import { toResult, type RevealedResult } from './answer-feedback.ts'
import { answerTo, type Answers } from './answers.ts'

export { answerTo, type Answers }

/**
 * Grading a set of answers, keyed by question id, against a quiz's questions: what the public grade
 * route, the draft grade route and classroom attempts share.
 */

/**
 * One answer that cannot be graded: no question has its id, its JSON has the wrong shape, or it
 * names a choice its question does not have. `index`: the item of a list answer at fault.
 */
export type AnswerError = { questionId: string; message: string; index?: number }

/** What is wrong with one answer to `question` (its shape first, then its choice ids); empty when it can be graded. */
export function answerFieldErrors(question: Question, answer: unknown): { message: string; index?: number }[] {
  const shape = answerShapeError(question, answer)
  if (shape) return [{ message: shape }]
  if (question.type !== 'single' && question.type !== 'multiple') return []
  const ids = new Set(question.choices.map((choice) => choice.id))
  // The grader trims a choice id and reads a blank one as no answer: so does this check.
  const unknown = (id: string) => id.trim() !== '' && !ids.has(id.trim())
  // Sorted, not in the quiz's order: an author's order may put the key first, which a shuffled assignment hides.
  const message = `must be one of the question's choice ids: ${[...ids].sort().join(', ')}`
  if (typeof answer === 'string') return unknown(answer) ? [{ message }] : []
  if (!Array.isArray(answer)) return []
  return answer.flatMap((id: string, index) => (unknown(id) ? [{ message, index }] : []))
}

/** Every answer in `answers` that cannot be graded against `questions`; empty when all can. */
export function answerErrors(questions: readonly Question[], answers: Answers): AnswerError[] {
  const byId = new Map(questions.map((question) => [question.id, question]))
  const errors: AnswerError[] = []
  for (const [questionId, answer] of Object.entries(answers)) {
    const question = byId.get(questionId)
    if (!question) errors.push({ questionId, message: NO_SUCH_QUESTION })
    else for (const error of answerFieldErrors(question, answer)) errors.push({ questionId, ...error })
  }
  return errors
}

/** A sum of scores, rounded: sums of partial credit would otherwise show float noise like 2.9999999. */
function sumScores(values: readonly number[]): number {
  return Math.round(values.reduce((sum, v) => sum + v, 0) * 1e6) / 1e6
}

export type GradedAnswers = { score: number; maxScore: number; results: RevealedResult[] }

/** The outcome of {@link gradeAnswers}: the graded answers, or every answer that could not be graded. */
export type GradeOutcome = ({ ok: true } & GradedAnswers) | { ok: false; errors: AnswerError[] }

/**
 * Grades a set of answers against a quiz: the one grading path of the public grade route, the draft
 * grade route and classroom attempts. When an answer names no question of the quiz (`__proto__`
 * included), has the wrong shape for its question or names a choice it does not have, nothing is graded and every such answer is
 * returned in `errors`. Otherwise every question is graded in the quiz's order (an unanswered one
 * scores 0), with the answer keys revealed and strings in `lang`.
 */
export function gradeAnswers(quiz: Pick<Quiz, 'questions'>, answers: Answers, lang: Lang): GradeOutcome {
  const errors = answerErrors(quiz.questions, answers)
  if (errors.length > 0) return { ok: false, errors }
  const results = quiz.questions.map((question) =>
    toResult(question, gradeQuestion(question, answerTo(answers, question.id), quiz.questions), lang, { reveal: true }),
  )
  return {
    ok: true,
    score: sumScores(results.map((r) => r.score)),
    maxScore: sumScores(results.map((r) => r.maxScore)),
    results,
  }
}

/** The outcome of {@link checkAnswer}: the result, or what is wrong with the answer's shape or choices. */
export type CheckOutcome = { ok: true; result: RevealedResult } | { ok: false; errors: { message: string; index?: number }[] }

/**
 * Grades one answer to one question, its key revealed and strings in `lang`: what the check routes
 * share. `quiz`: the quiz's questions, whose numbers name the groups a numeric answer may not describe.
 */
export function checkAnswer(question: Question, answer: unknown, lang: Lang, quiz?: readonly Question[]): CheckOutcome {
  const errors = answerFieldErrors(question, answer)
  if (errors.length > 0) return { ok: false, errors }
  return { ok: true, result: toResult(question, gradeQuestion(question, answer, quiz), lang, { reveal: true }) }
}
