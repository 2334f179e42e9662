import { type Context, Hono } from 'hono'
import { isId } from '../core/quiz-ids.ts'
import { LinearRouter } from 'hono/router/linear-router'
import { embedPage } from '../worker/embed-page.ts'
import { embedOptions } from '../worker/embed-quiz.ts'
import { getServedQuizRecord } from '../worker/db/served-quizzes.ts'
import { executionContext } from '../worker/execution-context.ts'
import { SERVED_BUILD } from '../worker/generated/served-catalog.ts'
import { embedTarget, oembedDescription, plainOEmbedQuery } from '../worker/oembed-description.ts'
import { apiCors } from '../worker/middleware/cors.ts'
import { onError } from '../worker/problem.ts'
import { ping } from '../worker/routes/ping.ts'
import { plainQuizRead, readerQuizRoutes } from '../worker/routes/reader-quiz.ts'
import { servedCatalogQuiz } from '../worker/served-catalog.ts'
import { embeddedQuiz, type ServedQuizRecord, servedIn } from '../worker/served-quiz-record.ts'

/**
 * The front Worker: what the public reaches first (wrangler.front.toml), in front of the app Worker
 * (wrangler.toml, its service binding `APP`). It answers a reader's first requests itself — the ping,
 * a public quiz (`GET /v1/quizzes/:quizId`, the quiz the widget asks for), its embed page (`GET
 * /embed/:quizId`) and its oEmbed description (`GET /oembed`, what a newsroom's CMS asks when an
 * editor pastes the link) — with the app's own code for them: a catalog quiz from the served catalog
 * (src/worker/served-catalog.ts), an authored one from the record the app keeps in D1 when it serves
 * it (src/worker/db/served-quizzes.ts). Every other request, and a quiz it has no record of, goes to
 * the app untouched. So the Worker a new reader starts is a few hundred lines and the catalog, not the
 * grader, the drafter and the API's schemas: workerd compiles every line of a Worker before its first
 * request (`npm run bench` compares both Workers' start with a Hono hello-world).
 * tests/worker/front.test.ts holds each of its answers to the app's.
 */

/** The front Worker's bindings (wrangler.front.toml). */
export type FrontBindings = {
  /** The app Worker (wrangler.toml): every route. */
  APP: Fetcher
  /** The app's database, for the records of public authored quizzes (db/served-quizzes.ts) only. */
  DB: D1Database
}

type FrontEnv = { Bindings: FrontBindings }

const front = new Hono<FrontEnv>({ router: new LinearRouter() })

/** The request, untouched, to the app, and its answer, untouched, back. */
function toApp(c: Context<FrontEnv>): Promise<Response> {
  return c.env.APP.fetch(c.req.raw)
}

/**
 * The quiz with this id as readers are served it, when it is public: a catalog quiz from the served
 * catalog (which wins an id clash, as in the app), else the record of an authored one the app keeps
 * in D1 for this build; else null (not an id, no record or an older one, not public, or the database
 * failed: the app then answers, as it would without the front).
 */
async function publicRecord(env: FrontBindings, quizId: string): Promise<ServedQuizRecord | null> {
  const record = servedCatalogQuiz(quizId) ?? (await storedRecord(env, quizId))
  return record?.public ? record : null
}

/** The record the app keeps of the authored quiz with this id for this build, or null. */
async function storedRecord(env: FrontBindings, quizId: string): Promise<ServedQuizRecord | null> {
  // What no quiz can be called (a scanner's path, an over-long segment) costs no query, as in the app.
  if (!isId(quizId)) return null
  try {
    return await getServedQuizRecord(env.DB, quizId, SERVED_BUILD)
  } catch (error) {
    console.error('served_quizzes: could not read the record of', quizId, error)
    return null
  }
}

// The reader's route, with the CORS headers the app's /v1/* routes get; its 404 (a quiz the front does
// not serve) goes to the app, which answers for every quiz.
const readerQuiz = new Hono<FrontEnv>({ router: new LinearRouter() }).use(apiCors()).route(
  '/',
  readerQuizRoutes<FrontBindings>(async (env, quizId, asked) => {
    const record = await publicRecord(env, quizId)
    return record && servedIn(record, asked)
  }),
)

front.get('/v1/ping', apiCors(), ping)

front.get('/v1/quizzes/:quizId', async (c) => {
  if (!plainQuizRead(c.req)) return toApp(c)
  const res = await readerQuiz.fetch(c.req.raw, c.env, executionContext(c))
  return res.status === 404 ? toApp(c) : res
})

front.get('/embed/:quizId', async (c) => {
  const record = await publicRecord(c.env, c.req.param('quizId'))
  return record
    ? embedPage(
        c,
        embeddedQuiz(record),
        embedOptions((name) => c.req.query(name)),
      )
    : toApp(c)
})

// A quiz's oEmbed description: a newsroom's CMS asks for it when an editor pastes the link.
front.get('/oembed', async (c) => {
  const query = plainOEmbedQuery(c.req)
  const target = query && embedTarget(query.url, new URL(c.req.url).origin)
  const record = target && (await publicRecord(c.env, target.quizId))
  return record ? oembedDescription(c, embeddedQuiz(record), target, query) : toApp(c)
})

front.all('*', toApp)

// A request the app could not take (the binding failed): the app's problem answer, a 500.
front.onError(onError)

export default front
