import { LinearRouter } from 'hono/router/linear-router'
import { Hono, type HonoRequest } from 'hono'
import { LANGS, type Lang } from '../../core/langs.ts'
import type { AppEnv } from '../app.ts'
import { lazyModule } from '../lazy-modules.ts'
import { cacheControl } from '../middleware/cache-control.ts'
import { strongEtag } from '../middleware/etag.ts'
import { onError } from '../problem.ts'
import type { ServedQuiz } from '../quiz-store.ts'
import { type AskedLang, servedCatalogQuiz, servedIn } from '../served-catalog.ts'

/**
 * A reader's `GET /v1/quizzes/:quizId` — the quiz the widget asks for — answered as the quiz routes
 * answer it, with their own middleware, without loading them (their zod schemas, `@hono/zod-openapi`):
 * a catalog quiz from the served catalog (served-catalog.ts, nothing parsed), an authored one from the
 * store. It takes only plain reads ({@link plainQuizRead}) and answers only a public quiz; for anything
 * else it answers 404 and the app hands the request on to the quiz routes, which validate it and answer
 * their problem (api.ts). tests/worker/served-catalog.test.ts holds its answers to theirs. Described in
 * the OpenAPI document by the quiz routes (routes/quizzes).
 */
export const readerQuiz = new Hono<AppEnv>({ router: new LinearRouter() })

// The store and the quiz schema (its zod), for a quiz the catalog does not have: imported on first use.
const quizStore = lazyModule(() => Promise.all([import('../quiz-store.ts'), import('../../core/quiz-schema.ts')]))

readerQuiz.get('/v1/quizzes/:quizId', strongEtag(), cacheControl(), async (c) => {
  const served = await servedToReader(c.env, c.req.param('quizId'), askedLang(c.req) ?? 'own')
  if (!served) return c.notFound()
  c.header('Content-Language', served.lang)
  c.header('ETag', served.etag)
  return c.body(served.body, 200, { 'Content-Type': 'application/json' })
})
// A failure (the database's) is the app's problem answer, as in the quiz routes.
readerQuiz.onError(onError)

/** What a reader is served of a public quiz in the language asked for, or null when there is no such public quiz. */
async function servedToReader(env: Env, quizId: string, asked: AskedLang): Promise<ServedQuiz | null> {
  const fromCatalog = servedCatalogQuiz(quizId)
  // A catalog quiz wins an id clash, as in the store.
  if (fromCatalog) return fromCatalog.public ? servedIn(fromCatalog, asked) : null
  const [{ getQuiz, servedQuiz }, { isPublicQuiz }] = await quizStore()
  const quiz = await getQuiz(env, quizId)
  return quiz && isPublicQuiz(quiz) ? servedQuiz(quiz, asked === 'own' ? undefined : asked) : null
}

/** Whether {@link readerQuiz} takes this request: a GET or HEAD with no query or one `lang` (ar or en). */
export function plainQuizRead(req: HonoRequest): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && askedLang(req) !== undefined
}

/** The language a request asks for (`own` without `lang`), or undefined when its query is not a plain `lang`. */
function askedLang(req: HonoRequest): AskedLang | undefined {
  const query = new URL(req.url).searchParams
  const keys = [...query.keys()]
  if (keys.length === 0) return 'own'
  const lang = query.get('lang')
  return keys.length === 1 && keys[0] === 'lang' && LANGS.includes(lang as Lang) ? (lang as Lang) : undefined
}
