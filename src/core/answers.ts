/**
 * A student's answers, keyed by question id, as the grade routes and attempts take them: what the
 * grader reads and what an attempt records (answer-record.ts), in a module of its own so that a
 * record of answers does not load the grader.
 */

export type Answers = Readonly<Record<string, unknown>>

/** The answer to a question, or undefined. Own keys only: a question id like `constructor` must not read Object.prototype. */
export function answerTo(answers: Answers, questionId: string): unknown {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined
}
