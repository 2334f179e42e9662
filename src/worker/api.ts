/**
 * The Worker's Hono app: every route, mounted one line per resource, with the middleware and the
 * error handlers they share. index.ts serves it, importing it on the first request.
 */
import { methodNotAllowed } from 'hono/method-not-allowed'
import { trimTrailingSlash } from 'hono/trailing-slash'
import { createRouter } from './app.ts'
import { apiCors } from './middleware/cors.ts'
import { assignments } from './routes/assignments/index.ts'
import { classes } from './routes/classes/index.ts'
import { roster } from './routes/roster/index.ts'
import { embed } from './routes/embed.ts'
import { pages } from './routes/pages.ts'
import { methodNotAllowedProblem, notFound, onError } from './problem.ts'
import { quizzes } from './routes/quizzes/index.ts'
import { editor } from './routes/editor/index.ts'
import { quizExports } from './routes/export.ts'
import { apiDocs } from './routes/openapi.ts'
import { policyRateLimit } from './middleware/policy-limit.ts'
import { RATE_LIMIT_POLICIES } from './rate-limit-policies.ts'
import { codeLookupLimit } from './middleware/code-lookup-limit.ts'
import { draftGrading } from './routes/draft-grading/index.ts'
import { drafts } from './routes/drafts.ts'
import { me } from './routes/me.ts'
import { quizSourceList } from './routes/quiz-sources.ts'

const app = createRouter()

app.use('/v1/*', apiCors())
// A path that is not found with a trailing slash (`/a/`, `/teach/`) is found without it: 301 there.
app.use(trimTrailingSlash())
app.use(methodNotAllowed({ app, onMethodNotAllowed: methodNotAllowedProblem }))

app.get('/v1/health', async (c) => {
  const row = await c.env.DB.prepare('select 1 as ok').first<{ ok: number }>()
  return c.json({ ok: row?.ok === 1 })
})

// The grading policy's routes (one budget); the other policies sit on their own routes.
const gradingLimit = policyRateLimit(RATE_LIMIT_POLICIES.grading)
app.use('/v1/quizzes/:quizId/grade', gradingLimit)
app.use('/v1/quizzes/:quizId/questions/:questionId/check', gradingLimit)
app.use('/v1/drafts/check', gradingLimit)
app.use('/v1/drafts/grade', gradingLimit)
// Code scanning: lookups of unknown assignment codes are limited per address (/a/:code in pages.ts).
app.use('/v1/assignments/*', codeLookupLimit())

// Routes: one line per resource.
app.route('/v1/quizzes', quizzes)
app.route('/', embed)
app.route('/v1/classes', classes)
app.route('/v1/classes', roster)
app.route('/v1/assignments', assignments)
app.route('/', pages)
app.route('/v1/quizzes', editor)
app.route('/v1/quizzes', quizExports)
app.route('/v1/quiz-sources', quizSourceList)
app.route('/v1/me', me)
app.route('/v1/drafts', drafts)
app.route('/v1/drafts', draftGrading)
app.route('/', apiDocs(app))

app.onError(onError)
app.notFound(notFound)

export default app
