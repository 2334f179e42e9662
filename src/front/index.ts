import { type Context, Hono } from 'hono'
import { LinearRouter } from 'hono/router/linear-router'
import { embedPage } from '../worker/embed-page.ts'
import { embedOptions } from '../worker/embed-quiz.ts'
import { executionContext } from '../worker/execution-context.ts'
import { embedTarget, oembedDescription, plainOEmbedQuery } from '../worker/oembed-description.ts'
import { apiCors } from '../worker/middleware/cors.ts'
import { onError } from '../worker/problem.ts'
import { ping } from '../worker/routes/ping.ts'
import { askedLang, plainQuizRead, readerQuizRoutes } from '../worker/routes/reader-quiz.ts'
import { catalogEmbeddedQuiz, catalogServedQuiz } from '../worker/served-catalog.ts'

/**
 * The front Worker: what the public reaches first (wrangler.front.toml), in front of the app Worker
 * (wrangler.toml, its service binding `APP`). It answers a reader's first requests itself — the ping,
 * a catalog quiz (`GET /v1/quizzes/:quizId`, the quiz the widget asks for) and its embed page
 * (`GET /embed/:quizId`) — from the served catalog (src/worker/served-catalog.ts), with the app's own
 * code for them, and hands every other request to the app untouched. It also answers a catalog
 * quiz's oEmbed description (`GET /oembed`), the first request of a newsroom's CMS. So the Worker a new reader
 * starts is a few hundred lines and the catalog, not the grader, the drafter and the API's schemas:
 * workerd compiles every line of a Worker before its first request (`npm run bench` compares both
 * Workers' start with a Hono hello-world). tests/worker/front.test.ts holds each of its answers to
 * the app's.
 */

/** The front Worker's bindings (wrangler.front.toml). */
export type FrontBindings = {
  /** The app Worker (wrangler.toml): every route. */
  APP: Fetcher
}

type FrontEnv = { Bindings: FrontBindings }

const front = new Hono<FrontEnv>({ router: new LinearRouter() })

/** The request, untouched, to the app, and its answer, untouched, back. */
function toApp(c: Context<FrontEnv>): Promise<Response> {
  return c.env.APP.fetch(c.req.raw)
}

// The reader's route, with the CORS headers the app's /v1/* routes get, serving catalog quizzes.
const catalogQuiz = new Hono<FrontEnv>({ router: new LinearRouter() }).use(apiCors()).route(
  '/',
  readerQuizRoutes<FrontBindings>(async (_env, quizId, asked) => catalogServedQuiz(quizId, asked)),
)

front.get('/v1/ping', apiCors(), ping)

front.get('/v1/quizzes/:quizId', (c) => {
  const asked = askedLang(c.req)
  if (!plainQuizRead(c.req) || !catalogServedQuiz(c.req.param('quizId'), asked ?? 'own')) return toApp(c)
  return catalogQuiz.fetch(c.req.raw, c.env, executionContext(c))
})

front.get('/embed/:quizId', (c) => {
  const quiz = catalogEmbeddedQuiz(c.req.param('quizId'))
  return quiz
    ? embedPage(
        c,
        quiz,
        embedOptions((name) => c.req.query(name)),
      )
    : toApp(c)
})

// A catalog quiz's oEmbed description: a newsroom's CMS asks for it when an editor pastes the link.
front.get('/oembed', (c) => {
  const query = plainOEmbedQuery(c.req)
  const target = query && embedTarget(query.url, new URL(c.req.url).origin)
  const quiz = target && catalogEmbeddedQuiz(target.quizId)
  return quiz ? oembedDescription(c, quiz, target, query) : toApp(c)
})

front.all('*', toApp)

// A request the app could not take (the binding failed): the app's problem answer, a 500.
front.onError(onError)

export default front
