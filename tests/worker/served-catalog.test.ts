import { env } from 'cloudflare:workers'
import { SELF } from 'cloudflare:test'
import { Hono } from 'hono'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Lang } from '../../src/core/langs.ts'
import app from '../../src/worker/api.ts'
import type { AppEnv } from '../../src/worker/app.ts'
import { quizTitle } from '../../src/core/localized.ts'
import { publicQuiz } from '../../src/worker/reader-quizzes.ts'
import { apiCors } from '../../src/worker/middleware/cors.ts'
import { onError } from '../../src/worker/problem.ts'
import { getQuiz, servedQuiz } from '../../src/worker/quiz-store.ts'
import { ROUTE_GROUPS, routeGroupHandler } from '../../src/worker/route-groups.ts'
import { servedCatalogQuiz } from '../../src/worker/served-catalog.ts'
import { type AskedLang, servedIn } from '../../src/worker/served-quiz-record.ts'
import { SERVED_CATALOG } from '../../src/worker/generated/served-catalog.ts'
import { createAuthoredQuiz, editorHeaders, freshQuizId } from './authored-quiz.ts'

// The served catalog (src/worker/served-catalog.ts) answers a reader's first request for a catalog quiz
// without the quiz routes. scripts/build-served-catalog.ts writes it (before these tests too:
// tests/served-catalog-setup.ts); these tests hold what it wrote to the code that serves quizzes, and
// the app's answers to the quiz routes' own.

const ASKED: AskedLang[] = ['own', 'ar', 'en']
const langOf = (asked: AskedLang): Lang | undefined => (asked === 'own' ? undefined : asked)

// The quiz routes' group alone, behind the app's CORS middleware: what the app answered before the catalog did.
const quizRoutesAlone = new Hono<AppEnv>()
quizRoutesAlone.use('/v1/*', apiCors())
const quizGroup = routeGroupHandler(ROUTE_GROUPS.find((group) => group.paths.includes('/v1/quizzes'))!)
quizRoutesAlone.all('/v1/quizzes/*', quizGroup)
quizRoutesAlone.onError(onError)

async function answer(from: Hono<AppEnv>, path: string, init: RequestInit) {
  const res = await from.request(`http://fahm.test${path}`, init, env)
  const headers = Object.fromEntries([...res.headers].filter(([name]) => name !== 'date'))
  return { status: res.status, headers, body: await res.text() }
}

describe('the served catalog', () => {
  it('holds every quiz of the catalog', async () => {
    expect(SERVED_CATALOG.length).toBeGreaterThan(0)
    for (const { id } of SERVED_CATALOG) expect(await getQuiz(env, id)).not.toBeNull()
  })

  describe.each(SERVED_CATALOG.map((quiz) => [quiz.id]))('%s', (quizId) => {
    it.each(ASKED)('serves, asked for %s, what the quiz store serves now', async (asked) => {
      const quiz = (await getQuiz(env, quizId))!
      expect(servedIn(servedCatalogQuiz(quizId)!, asked)).toEqual(await servedQuiz(quiz, langOf(asked)))
    })

    it.each(ASKED)('gives the embed page, asked for %s, the title of the quiz', async (asked) => {
      const quiz = (await getQuiz(env, quizId))!
      const embedded = (await publicQuiz(env, quizId))!
      expect(embedded).toMatchObject({ id: quiz.id, lang: quiz.lang })
      expect(embedded.title(langOf(asked))).toBe(quizTitle(quiz, langOf(asked)))
    })
  })
})

// Authored quizzes, which the reader's route (src/worker/routes/reader-quiz.ts) answers from the store.
const AUTHORED = { public: freshQuizId('reader'), classroom: freshQuizId('reader'), deleted: freshQuizId('reader') }
beforeAll(async () => {
  await createAuthoredQuiz({}, AUTHORED.public)
  await createAuthoredQuiz({ visibility: 'classroom' }, AUTHORED.classroom)
  await createAuthoredQuiz({}, AUTHORED.deleted)
  const deleted = await SELF.fetch(`http://fahm.test/v1/quizzes/${AUTHORED.deleted}`, { method: 'DELETE', headers: editorHeaders })
  expect(deleted.ok).toBe(true)
})

describe('GET /v1/quizzes/:quizId for a reader: catalog and authored quizzes, and none', () => {
  const queries = ['', '?lang=ar', '?lang=en', '?lang=fr', '?lang=', '?lang=ar&lang=en', '?lang=en&x=1', '?LANG=en']
  const conditions = (etag: string): Record<string, string>[] => [
    {},
    { 'If-None-Match': etag },
    { 'If-None-Match': `W/${etag}` },
    { 'If-None-Match': `"other", ${etag}` },
    { 'If-None-Match': '"other"' },
    { 'If-None-Match': '*' },
  ]
  const quizIds = [...SERVED_CATALOG.map((quiz) => quiz.id), ...Object.values(AUTHORED), 'no-such-quiz', 'x'.repeat(81)]
  const cases = quizIds.flatMap((quizId) =>
    queries.flatMap((query) => ['GET', 'HEAD', 'DELETE', 'PATCH'].map((method) => [`/v1/quizzes/${quizId}${query}`, method] as const)),
  )

  it.each(cases)('answers %s (%s) as the quiz routes do, with and without If-None-Match', async (path, method) => {
    const plain = await answer(quizRoutesAlone, path, { method: 'GET' })
    const etag = plain.headers.etag ?? '"none"'
    for (const headers of conditions(etag)) {
      for (const origin of [{}, { Origin: 'https://news.example' }] as Record<string, string>[]) {
        const init = { method, headers: { ...headers, ...origin } }
        expect(await answer(app, path, init), `${method} ${path} ${JSON.stringify(init.headers)}`).toEqual(await answer(quizRoutesAlone, path, init))
      }
    }
  })

  it('serves the public quizzes and refuses the others, as the quiz routes do', async () => {
    const status = async (quizId: string) => (await app.request(`http://fahm.test/v1/quizzes/${quizId}`, {}, env)).status
    expect(await status(AUTHORED.public)).toBe(200)
    expect(await status(AUTHORED.classroom)).toBe(404)
    expect(await status(AUTHORED.deleted)).toBe(404)
    expect(await status('no-such-quiz')).toBe(404)
    expect(await status('x'.repeat(81))).toBe(400)
  })

  it('answers the plain requests with the served catalog’s bytes, the others through the quiz routes', async () => {
    const { id } = SERVED_CATALOG[0]!
    const fromCatalog = await app.request(`http://fahm.test/v1/quizzes/${id}?lang=en`, {}, env)
    expect(fromCatalog.status).toBe(200)
    expect(fromCatalog.headers.get('etag')).toBe(servedIn(SERVED_CATALOG[0]!, 'en').etag)
    // Validated by the quiz routes: an unknown language is a 400 problem.
    const invalid = await app.request(`http://fahm.test/v1/quizzes/${id}?lang=fr`, {}, env)
    expect(invalid.status).toBe(400)
    expect(invalid.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  })
})
