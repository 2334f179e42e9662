import { LinearRouter } from 'hono/router/linear-router'
import { Hono, type HonoRequest } from 'hono'
import { LANGS, type Lang } from '../../core/langs.ts'
import { cacheControl } from '../middleware/cache-control.ts'
import { strongEtag } from '../middleware/etag.ts'
import { executionContext, type ExecutionContextOfRequest } from '../execution-context.ts'
import { onError } from '../problem.ts'
import type { ServedQuiz } from '../quiz-store.ts'
import type { AskedLang } from '../served-quiz-record.ts'

/**
 * A reader's `GET /v1/quizzes/:quizId` — the quiz the widget asks for — answered as the quiz routes
 * answer it, with their own middleware, without loading them (their zod schemas, `@hono/zod-openapi`).
 * The app (api.ts) serves catalog and authored quizzes with it (reader-quizzes.ts), the front Worker
 * (src/front) catalog quizzes and the app's records of authored ones. It takes only plain reads ({@link plainQuizRead}) and answers only what
 * `serve` finds; for anything else it answers 404, and the app hands the request on to the quiz routes,
 * which validate it and answer their problem. tests/worker/served-catalog.test.ts and
 * tests/worker/front.test.ts hold its answers to theirs. Described in the OpenAPI document by the quiz
 * routes (routes/quizzes).
 */
export function readerQuizRoutes<Bindings extends object>(
  serve: (env: Bindings, quizId: string, asked: AskedLang, ctx: ExecutionContextOfRequest | undefined) => Promise<ServedQuiz | null | undefined>,
): Hono<{ Bindings: Bindings }> {
  const routes = new Hono<{ Bindings: Bindings }>({ router: new LinearRouter() })
  routes.get('/v1/quizzes/:quizId', strongEtag(), cacheControl(), async (c) => {
    const served = await serve(c.env as Bindings, c.req.param('quizId'), askedLang(c.req) ?? 'own', executionContext(c))
    if (!served) return c.notFound()
    c.header('Content-Language', served.lang)
    c.header('ETag', served.etag)
    return c.body(served.body, 200, { 'Content-Type': 'application/json' })
  })
  // A failure (the database's) is the app's problem answer, as in the quiz routes.
  routes.onError(onError)
  return routes
}

/** Whether the reader's route takes this request: a GET or HEAD with no query or one `lang` (ar or en). */
export function plainQuizRead(req: HonoRequest): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && askedLang(req) !== undefined
}

/** The language a request asks for (`own` without `lang`), or undefined when its query is not a plain `lang`. */
export function askedLang(req: HonoRequest): AskedLang | undefined {
  const query = new URL(req.url).searchParams
  const keys = [...query.keys()]
  if (keys.length === 0) return 'own'
  const lang = query.get('lang')
  return keys.length === 1 && keys[0] === 'lang' && LANGS.includes(lang as Lang) ? (lang as Lang) : undefined
}
