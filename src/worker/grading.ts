import type { RevealedResult } from '../core/answer-feedback.ts'
import type { Answers } from '../core/answers.ts'
import type { AnswerError, GradedAnswers } from '../core/grade-answers.ts'
import type { Lang, Question } from '../core/quiz-schema.ts'
import { bodyInvalid, jsonPointer } from './problem.ts'

/**
 * Grading over HTTP, for the public, draft and classroom routes alike: the grader Worker's outcome
 * (src/grader, over the service binding `GRADER`), with answers it cannot grade turned into a 422
 * `validation-failed` naming them.
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
 * Grades a set of answers against the questions: the score and every question's result; 422 naming
 * every answer that cannot be graded (then nothing is).
 */
export async function gradeAnswers(env: Env, questions: readonly Question[], answers: Answers, lang: Lang): Promise<GradedAnswers> {
  const graded = await env.GRADER.gradeAnswers({ questions: [...questions] }, answers, lang)
  if (!graded.ok) rejectAnswers(graded.errors)
  return { score: graded.score, maxScore: graded.maxScore, results: graded.results }
}

/**
 * Grades one answer to one question; 422 at `answer` when its shape does not fit the question or it
 * names a choice the question does not have.
 * `quiz`: the quiz's questions, whose numbers name the groups a numeric answer may not describe.
 */
export async function checkAnswer(env: Env, question: Question, answer: unknown, lang: Lang, quiz?: readonly Question[]): Promise<RevealedResult> {
  const outcome = await env.GRADER.checkAnswer(question, answer, lang, quiz && [...quiz])
  if (!outcome.ok) bodyInvalid(outcome.errors.map(({ message, index }) => ({ ...answerField(['answer'], index), message, in: 'body' as const })))
  return outcome.result
}
