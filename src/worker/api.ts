/**
 * The Worker's Hono app: the middleware and error handlers every route shares, the two plain
 * service routes, and the route groups (route-groups.ts), each imported with its routes' zod
 * schemas on its first request. index.ts serves it, importing it on the first request. Nothing here
 * imports zod: `GET /v1/ping`, `GET /v1/health` and a catalog quiz answer without it, a reader's
 * authored quiz without the quiz routes' definitions, and a request evaluates the route definitions of
 * its own group only.
 */
import { LinearRouter } from 'hono/router/linear-router'
import { Hono } from 'hono'
import { methodNotAllowed } from 'hono/method-not-allowed'
import type { AppEnv } from './app.ts'
import { apiCors } from './middleware/cors.ts'
import { codeLookupLimit } from './middleware/code-lookup-limit.ts'
import { policyRateLimit } from './middleware/policy-limit.ts'
import { redirectTrailingSlash } from './middleware/trailing-slash.ts'
import { methodNotAllowedProblem, notFound, onError } from './problem.ts'
import { RATE_LIMIT_POLICIES } from './rate-limit-policies.ts'
import { executionContext } from './execution-context.ts'
import { servedToReader } from './reader-quizzes.ts'
import { ROUTE_GROUPS, routeGroupHandler } from './route-groups.ts'
import { ping } from './routes/ping.ts'
import { plainQuizRead, readerQuizRoutes } from './routes/reader-quiz.ts'

// LinearRouter: no matcher to build on a new isolate's first request, for the app's few routes.
const app = new Hono<AppEnv>({ router: new LinearRouter() })

app.use('/v1/*', apiCors())
// A path that is not found with a trailing slash (`/a/`, `/teach/`) is found without it: 301 there.
app.use(redirectTrailingSlash())
// For the routes below; a route group answers 405 for its own paths.
app.use(methodNotAllowed({ app, onMethodNotAllowed: methodNotAllowedProblem }))

// The grading policy's routes (one budget); the other policies sit on their own routes.
const gradingLimit = policyRateLimit(RATE_LIMIT_POLICIES.grading)
app.use('/v1/quizzes/:quizId/grade', gradingLimit)
app.use('/v1/quizzes/:quizId/questions/:questionId/check', gradingLimit)
app.use('/v1/drafts/check', gradingLimit)
app.use('/v1/drafts/grade', gradingLimit)
// Code scanning: lookups of unknown assignment codes are limited per address (/a/:code in pages.ts).
app.use('/v1/assignments/*', codeLookupLimit())

// Plain routes, described in the OpenAPI document by routes/openapi.ts.
app.get('/v1/ping', ping)
app.get('/v1/health', async (c) => {
  const row = await c.env.DB.prepare('select 1 as ok').first<{ ok: number }>()
  return c.json({ ok: row?.ok === 1 })
})

// A reader's quiz, answered as the quiz routes would without loading them (routes/reader-quiz.ts); any
// other request to the path, and a quiz it does not serve (its 404), goes on to them. On every method,
// as the groups are, so that the 405s stay theirs.
const readerQuiz = readerQuizRoutes(servedToReader)
app.all('/v1/quizzes/:quizId', async (c, next) => {
  if (!plainQuizRead(c.req)) return next()
  const res = await readerQuiz.fetch(c.req.raw, c.env, executionContext(c))
  return res.status === 404 ? next() : res
})

// Every other route, by group.
for (const group of ROUTE_GROUPS) {
  const handler = routeGroupHandler(group)
  for (const path of group.paths) app.all(path, handler).all(`${path}/*`, handler)
}

app.onError(onError)
app.notFound(notFound)

export default app
