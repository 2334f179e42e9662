import type { RouteConfig, RouteConfigToEnv, RouteHandler } from '../../api-router.ts'
import { isPublicQuiz, type Quiz } from '../../../core/quiz-schema.ts'
import type { AppEnv } from '../../app.ts'
import { problem } from '../../problem.ts'
import { pageStart, setNextLink } from '../../quiz-page.ts'
import { getQuiz as findQuiz, listQuizSummaries, servedQuiz } from '../../quiz-store.ts'
import type * as routes from './quizzes.routes.ts'

/** A handler of one route, with the Worker's bindings. */
export type Handler<R extends RouteConfig> = RouteHandler<R, AppEnv & RouteConfigToEnv<R>>

/** A public quiz; a classroom quiz gets the very 404 of an unknown id, so its existence does not show. */
export async function requireQuiz(env: Env, quizId: string): Promise<Quiz> {
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
