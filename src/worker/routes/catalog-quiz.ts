import { LinearRouter } from 'hono/router/linear-router'
import { Hono, type HonoRequest } from 'hono'
import { LANGS, type Lang } from '../../core/langs.ts'
import type { AppEnv } from '../app.ts'
import { cacheControl } from '../middleware/cache-control.ts'
import { strongEtag } from '../middleware/etag.ts'
import { type AskedLang, servedCatalogQuiz, servedIn } from '../served-catalog.ts'

/**
 * `GET /v1/quizzes/:quizId` for a public quiz of the catalog, answered from the served catalog
 * (served-catalog.ts) with the quiz routes' own middleware, so a reader's first request does not load
 * the quiz routes (their zod schemas), the quiz schema or the projection. It answers only the requests
 * the quiz routes would answer 200 or 304 ({@link servedFromCatalog}); every other request to that path
 * (another quiz, a `lang` not allowed, any other parameter) goes to the quiz routes, which validate it.
 * tests/worker/served-catalog.test.ts holds its answers to theirs. Described in the OpenAPI document by
 * the quiz routes (routes/quizzes).
 */
export const catalogQuiz = new Hono<AppEnv>({ router: new LinearRouter() })

catalogQuiz.get('/v1/quizzes/:quizId', strongEtag(), cacheControl(), (c) => {
  const served = servedIn(servedCatalogQuiz(c.req.param('quizId'))!, askedLang(c.req)!)
  c.header('Content-Language', served.lang)
  c.header('ETag', served.etag)
  return c.body(served.body, 200, { 'Content-Type': 'application/json' })
})

/** Whether {@link catalogQuiz} answers this request: a GET or HEAD of a public catalog quiz, with at most one `lang` (ar or en). */
export function servedFromCatalog(req: HonoRequest): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && servedCatalogQuiz(req.param('quizId') ?? '')?.public === true && askedLang(req) !== undefined
}

/** The language a request asks for (`own` without `lang`), or undefined when its query is not a plain `lang`. */
function askedLang(req: HonoRequest): AskedLang | undefined {
  const query = new URL(req.url).searchParams
  const keys = [...query.keys()]
  if (keys.length === 0) return 'own'
  const lang = query.get('lang')
  return keys.length === 1 && keys[0] === 'lang' && LANGS.includes(lang as Lang) ? (lang as Lang) : undefined
}
