import type { RouteConfig, RouteConfigToEnv, RouteHandler } from '@hono/zod-openapi'
import { gradeAnswers } from '../../../core/grade-answers.ts'
import { quizLangs, servedLang } from '../../../core/localized.ts'
import { isPublicQuiz, type Quiz } from '../../../core/quiz-schema.ts'
import type { AppEnv } from '../../app.ts'
import { checkAnswer, rejectAnswers } from '../../grading.ts'
import { problem } from '../../problem.ts'
import { pageStart, setNextLink } from '../../quiz-page.ts'
import { getQuiz as findQuiz, listQuizSummaries, servedQuiz } from '../../quiz-store.ts'
import type * as routes from './quizzes.routes.ts'

/** A handler of one route, with the Worker's bindings. */
type Handler<R extends RouteConfig> = RouteHandler<R, AppEnv & RouteConfigToEnv<R>>

/** A public quiz; a classroom quiz gets the very 404 of an unknown id, so its existence does not show. */
async function requireQuiz(env: Env, quizId: string): Promise<Quiz> {
  const quiz = await findQuiz(env, quizId)
  if (!quiz || !isPublicQuiz(quiz)) problem('quiz-not-found', `There is no quiz "${quizId}".`, { extras: { quizId } })
  return quiz
}

export const listQuizzes: Handler<typeof routes.listQuizzes> = async (c) => {
  const { lang, servedIn, limit, cursor } = c.req.valid('query')
  // The store lists public quizzes only: classroom quizzes are served through their assignments.
  const page = await listQuizSummaries(c.env, { lang, servedIn, limit, afterId: pageStart(cursor) })
  const nextCursor = setNextLink(c, page.nextAfterId)
  return c.json({ quizzes: page.quizzes, nextCursor }, 200)
}

export const getQuiz: Handler<typeof routes.getQuiz> = async (c) => {
  const { quizId } = c.req.valid('param')
  const { lang } = c.req.valid('query')
  // Body and ETag are computed once per quiz version and language (quiz-store.ts).
  const served = await servedQuiz(await requireQuiz(c.env, quizId), lang)
  c.header('Content-Language', served.lang)
  c.header('ETag', served.etag)
  return c.body(served.body, 200, { 'Content-Type': 'application/json' })
}

export const gradeQuiz: Handler<typeof routes.gradeQuiz> = async (c) => {
  const { quizId } = c.req.valid('param')
  const { lang } = c.req.valid('query')
  const { answers } = c.req.valid('json')
  const quiz = await requireQuiz(c.env, quizId)
  const served = servedLang(quizLangs(quiz), lang)
  const graded = gradeAnswers(quiz, answers, served)
  if (!graded.ok) rejectAnswers(graded.errors)
  c.header('Content-Language', served)
  const { score, maxScore, results } = graded
  return c.json({ quizId: quiz.id, version: quiz.version, lang: served, score, maxScore, results }, 200)
}

export const checkQuestion: Handler<typeof routes.checkQuestion> = async (c) => {
  const { quizId, questionId } = c.req.valid('param')
  const { lang } = c.req.valid('query')
  const { answer } = c.req.valid('json')
  const quiz = await requireQuiz(c.env, quizId)
  const question = quiz.questions.find((q) => q.id === questionId)
  if (!question) {
    problem('question-not-found', `Quiz "${quizId}" has no question "${questionId}".`, { extras: { quizId, questionId } })
  }
  const served = servedLang(quizLangs(quiz), lang)
  const result = checkAnswer(question, answer, served, quiz.questions)
  c.header('Content-Language', served)
  return c.json(result, 200)
}
