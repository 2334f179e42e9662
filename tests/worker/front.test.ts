import { createExecutionContext, env, SELF, waitOnExecutionContext } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import front, { type FrontBindings } from '../../src/front/index.ts'
import { putServedQuizRecord } from '../../src/worker/db/served-quizzes.ts'
import { SERVED_BUILD, SERVED_CATALOG } from '../../src/worker/generated/served-catalog.ts'
import { authoredQuizBody, createAuthoredQuiz, editorHeaders, freshQuizId } from './authored-quiz.ts'

// The front Worker (src/front) answers a reader's first requests itself and hands every other one to
// the app Worker over its service binding. Here its binding is the app itself (SELF, the Worker of
// wrangler.toml, with its D1): each request is asked of the front and of the app directly, and the two
// answers must be the same, byte for byte; the front must have answered the reader's requests without
// the app, and handed on every other one once, untouched.

const ORIGIN = 'http://fahm.test'
const CATALOG_ID = SERVED_CATALOG.find((quiz) => quiz.public)!.id
const AUTHORED = { classroom: freshQuizId('front') }
beforeAll(async () => {
  await createAuthoredQuiz({ visibility: 'classroom' }, AUTHORED.classroom)
})

/** An embed page's URL on the test's host, for an oEmbed query. */
const embedOf = (quizIdAndQuery: string) => encodeURIComponent(`${ORIGIN}/embed/${quizIdAndQuery}`)

type Asked = { path: string; method?: string; headers?: Record<string, string>; body?: string }

/** The front's answer, with how many requests reached the app through its binding. */
async function askFront({ path, method = 'GET', headers = {}, body }: Asked, db: D1Database = env.DB) {
  let toApp = 0
  const bindings: FrontBindings = {
    DB: db,
    APP: {
      fetch: (input: RequestInfo | URL, init?: RequestInit) => {
        toApp++
        return SELF.fetch(input, init)
      },
      connect: () => {
        throw new Error('not used')
      },
    } as Fetcher,
  }
  const ctx = createExecutionContext()
  const res = await front.fetch(new Request(`${ORIGIN}${path}`, { method, headers, body }), bindings, ctx)
  await waitOnExecutionContext(ctx)
  return { answer: await answerOf(res), toApp }
}

async function askApp({ path, method = 'GET', headers = {}, body }: Asked) {
  return answerOf(await SELF.fetch(`${ORIGIN}${path}`, { method, headers, body }))
}

// A rate-limited route's headers count requests (the front's and the app's are two): left out.
const COUNTING = new Set(['date', 'ratelimit'])

async function answerOf(res: Response) {
  const headers = Object.fromEntries([...res.headers].filter(([name]) => !COUNTING.has(name)))
  return { status: res.status, headers, body: new Uint8Array(await res.arrayBuffer()) }
}

const CORS = { Origin: 'https://news.example' }

/** What the front answers itself: a reader's first requests, for a public catalog quiz. */
const SERVED_BY_FRONT: Asked[] = [
  { path: '/v1/ping' },
  { path: '/v1/ping', method: 'HEAD' },
  { path: '/v1/ping?from=monitor', headers: CORS },
  // The app's router takes a path with a trailing slash as the path without one.
  { path: '/v1/ping/' },
  { path: `/v1/quizzes/${CATALOG_ID}/` },
  ...['', '?lang=ar', '?lang=en'].flatMap((query) => [
    { path: `/v1/quizzes/${CATALOG_ID}${query}` },
    { path: `/v1/quizzes/${CATALOG_ID}${query}`, headers: CORS },
    { path: `/v1/quizzes/${CATALOG_ID}${query}`, method: 'HEAD' },
  ]),
  ...['', '?lang=en', '?lang=ar&mode=all&theme=dark', '?theme=neon&mode=x', '?lang=fr'].map((query) => ({ path: `/embed/${CATALOG_ID}${query}` })),
  { path: `/embed/${CATALOG_ID}`, method: 'HEAD' },
  { path: `/embed/${CATALOG_ID}`, headers: { Accept: 'application/json' } },
  // A catalog quiz's oEmbed description, whatever the bounds and the embed URL's options.
  ...[
    `url=${embedOf(CATALOG_ID)}`,
    `url=${embedOf(CATALOG_ID)}&format=json`,
    `format=json&maxwidth=300&maxheight=200&url=${embedOf(CATALOG_ID)}`,
    `url=${embedOf(CATALOG_ID)}&maxwidth=abc&maxheight=0&x=1`,
    `url=${embedOf(`${CATALOG_ID}?lang=en&mode=all&theme=dark`)}`,
    `url=${embedOf(`${CATALOG_ID}/?theme=neon`)}`,
    `url=${encodeURIComponent(`https://fahm.test/embed/${CATALOG_ID.replaceAll('-', '%2D')}`)}`,
  ].map((query) => ({ path: `/oembed?${query}` })),
  { path: `/oembed?url=${embedOf(CATALOG_ID)}`, method: 'HEAD' },
  { path: `/oembed/?url=${embedOf(CATALOG_ID)}` },
  { path: `/oembed?url=${embedOf(CATALOG_ID)}`, headers: CORS },
]

/** What it hands to the app. */
const HANDED_ON: Asked[] = [
  { path: '/v1/ping', method: 'POST' },
  { path: '/v1/ping', method: 'OPTIONS', headers: { ...CORS, 'Access-Control-Request-Method': 'GET' } },
  { path: '/v1/health' },
  ...['?lang=fr', '?lang=ar&x=1', '?lang=', '?LANG=en'].map((query) => ({ path: `/v1/quizzes/${CATALOG_ID}${query}` })),
  { path: `/v1/quizzes/${CATALOG_ID}`, method: 'DELETE' },
  { path: `/v1/quizzes/${AUTHORED.classroom}` },
  { path: `/v1/quizzes/${AUTHORED.classroom}?lang=en`, headers: CORS },
  { path: '/v1/quizzes/no-such-quiz' },
  { path: `/v1/quizzes/${'x'.repeat(81)}` },
  { path: '/v1/quizzes?limit=1' },
  {
    path: `/v1/quizzes/${CATALOG_ID}/grade`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...CORS },
    body: JSON.stringify({ answers: { 'meeting-duration': 'ساعتين ونصف' } }),
  },
  { path: `/v1/quizzes/${CATALOG_ID}/grade`, method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"answers": ' },
  { path: `/embed/${AUTHORED.classroom}`, headers: { Accept: 'text/html' } },
  { path: '/embed/no-such-quiz', headers: { Accept: 'text/html' } },
  { path: '/embed/no-such-quiz', headers: { Accept: 'application/json' } },
  { path: `/embed/${CATALOG_ID}`, method: 'POST' },
  ...[
    '',
    '&url=',
    `&url=${embedOf(CATALOG_ID)}&url=${embedOf(CATALOG_ID)}`,
    `&url=${embedOf(CATALOG_ID)}&maxwidth=300&maxwidth=200`,
    `&url=${embedOf(CATALOG_ID)}&format=xml`,
    `&url=${embedOf(CATALOG_ID)}&format=JSON`,
    `&url=${embedOf(CATALOG_ID)}&format=json&format=json`,
    `&url=${encodeURIComponent('https://elsewhere.example/embed/' + CATALOG_ID)}`,
    `&url=${encodeURIComponent(`${ORIGIN}/v1/quizzes/${CATALOG_ID}`)}`,
    `&url=${embedOf(AUTHORED.classroom)}`,
    `&url=${embedOf('no-such-quiz')}`,
    '&url=not%20a%20url',
  ].map((query) => ({ path: `/oembed?x=1${query}` })),
  { path: `/oembed?url=${embedOf(CATALOG_ID)}`, method: 'POST' },
  { path: '/v1/openapi.json' },
  { path: '/docs' },
  { path: '/teach/' },
  { path: '/a/NOPE12' },
  { path: '/nowhere' },
]

const label = ({ method = 'GET', path, headers = {} }: Asked) => `${method} ${path} ${Object.keys(headers).join(',')}`

describe('the front Worker', () => {
  it.each(SERVED_BY_FRONT.map((asked) => [label(asked), asked] as const))('answers %s itself, as the app does', async (_, asked) => {
    const { answer, toApp } = await askFront(asked)
    expect(toApp).toBe(0)
    expect(answer.status).toBe(200)
    expect(answer).toEqual(await askApp(asked))
  })

  it.each(HANDED_ON.map((asked) => [label(asked), asked] as const))('hands %s to the app, whose answer it gives unchanged', async (_, asked) => {
    const { answer, toApp } = await askFront(asked)
    expect(toApp).toBe(1)
    expect(answer).toEqual(await askApp(asked))
  })

  it('answers If-None-Match with the app’s 304, itself', async () => {
    const etag = (await SELF.fetch(`${ORIGIN}/v1/quizzes/${CATALOG_ID}?lang=en`)).headers.get('etag')!
    for (const headers of [{ 'If-None-Match': etag }, { 'If-None-Match': `W/${etag}`, ...CORS }, { 'If-None-Match': '"other"' }]) {
      const asked = { path: `/v1/quizzes/${CATALOG_ID}?lang=en`, headers }
      const { answer, toApp } = await askFront(asked)
      expect(toApp).toBe(0)
      expect(answer).toEqual(await askApp(asked))
    }
    expect((await askFront({ path: `/v1/quizzes/${CATALOG_ID}?lang=en`, headers: { 'If-None-Match': etag } })).answer.status).toBe(304)
  })

  it('answers the app’s problem, a 500, when the app cannot be reached', async () => {
    const unreachable = {
      fetch: () => Promise.reject(new Error('Network connection lost.')),
      connect: () => {
        throw new Error('not used')
      },
    } as unknown as Fetcher
    const ctx = createExecutionContext()
    const res = await front.fetch(new Request(`${ORIGIN}/v1/classes`, { method: 'POST', body: '{}' }), { APP: unreachable, DB: env.DB }, ctx)
    expect(res.status).toBe(500)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(((await res.json()) as { code: string }).code).toBe('internal-error')
    // What the front answers itself does not need the app.
    expect((await front.fetch(new Request(`${ORIGIN}/v1/quizzes/${CATALOG_ID}`), { APP: unreachable, DB: env.DB }, ctx)).status).toBe(200)
  })

  it('gives the app the request’s body and headers untouched', async () => {
    const created = await askFront({
      path: '/v1/classes',
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': '203.0.113.9' },
      body: JSON.stringify({ name: 'الصف الأول' }),
    })
    expect(created.toApp).toBe(1)
    expect(created.answer.status).toBe(201)
    const me = await askFront({ path: '/v1/me', headers: editorHeaders })
    expect(me.answer.status).toBe(200)
    expect(JSON.parse(new TextDecoder().decode(me.answer.body))).toEqual({ role: 'editor' })
  })
})

// An authored quiz: the front serves it from the record the app keeps when it serves it
// (db/served-quizzes.ts), as long as that record is of the quiz's current, live version and of this build.
describe('the front Worker, for an authored quiz', () => {
  /** Every request of a quiz's reader the front can answer itself. */
  const readerRequests = (quizId: string): Asked[] => [
    ...['', '?lang=ar', '?lang=en'].flatMap((query) => [
      { path: `/v1/quizzes/${quizId}${query}` },
      { path: `/v1/quizzes/${quizId}${query}`, headers: CORS },
      { path: `/v1/quizzes/${quizId}${query}`, method: 'HEAD' },
    ]),
    ...['', '?lang=en&mode=all&theme=dark'].map((query) => ({ path: `/embed/${quizId}${query}` })),
    { path: `/oembed?url=${embedOf(quizId)}&maxwidth=300` },
  ]

  /** Asks the front each request and the app the same; returns how many reached the app through the front. */
  async function askBoth(requests: Asked[], db?: D1Database) {
    let toApp = 0
    for (const asked of requests) {
      const fromFront = await askFront(asked, db)
      toApp += fromFront.toApp
      expect(fromFront.answer, label(asked)).toEqual(await askApp(asked))
    }
    return toApp
  }

  const save = (quizId: string, overrides: Record<string, unknown>, method = 'PUT') =>
    SELF.fetch(`${ORIGIN}/v1/quizzes/${method === 'PUT' ? quizId : ''}`, {
      method,
      headers: editorHeaders,
      body: JSON.stringify(authoredQuizBody(quizId, overrides)),
    })

  /** The quiz's record once the app has kept it (after its response: `waitUntil`), of `version` and this build. */
  async function recordKept(quizId: string, version: number) {
    for (let attempt = 0; attempt < 200; attempt++) {
      const row = await env.DB.prepare('SELECT version, build FROM served_quizzes WHERE quiz_id = ?').bind(quizId).first<{ version: number; build: string }>()
      if (row?.version === version && row.build === SERVED_BUILD) return
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    throw new Error(`no record of ${quizId} version ${version}`)
  }

  /** A quiz's readers with no record yet: the first, then the rest once the app has kept it; how many reached the app. */
  async function readers(quizId: string, version: number) {
    const [first, ...rest] = readerRequests(quizId)
    const handedOn = await askBoth([first!])
    await recordKept(quizId, version)
    return handedOn + (await askBoth(rest))
  }

  it('answers a new quiz’s readers itself from its save on, as the app does', async () => {
    const quizId = await createAuthoredQuiz({}, freshQuizId('front'))
    // The save keeps the record (after its response).
    await recordKept(quizId, 1)
    expect(await askBoth(readerRequests(quizId))).toBe(0)
    const quiz = await askFront({ path: `/v1/quizzes/${quizId}?lang=en` })
    expect(quiz.toApp).toBe(0)
    expect(JSON.parse(new TextDecoder().decode(quiz.answer.body))).toMatchObject({ id: quizId })
    // Revalidation is the front's too.
    for (const headers of [{ 'If-None-Match': quiz.answer.headers.etag! }, { 'If-None-Match': '"other"', ...CORS }]) {
      const asked = { path: `/v1/quizzes/${quizId}?lang=en`, headers }
      const revalidated = await askFront(asked)
      expect(revalidated.toApp).toBe(0)
      expect(revalidated.answer).toEqual(await askApp(asked))
    }
    expect((await askFront({ path: `/v1/quizzes/${quizId}?lang=en`, headers: { 'If-None-Match': quiz.answer.headers.etag! } })).answer.status).toBe(304)
  })

  it('hands a quiz’s first reader to the app when it has no record, and its next readers not', async () => {
    const quizId = await createAuthoredQuiz({}, freshQuizId('front'))
    await recordKept(quizId, 1)
    // As after a restore of the database without the table's rows.
    await env.DB.prepare('DELETE FROM served_quizzes WHERE quiz_id = ?').bind(quizId).run()
    expect(await readers(quizId, 1)).toBe(1)
  })

  it('serves a new version from its save on, never the record of the one before', async () => {
    const quizId = await createAuthoredQuiz({}, freshQuizId('front'))
    await recordKept(quizId, 1)
    const before = (await askFront({ path: `/v1/quizzes/${quizId}?lang=en` })).answer
    expect((await save(quizId, { version: 1, title: { ar: 'عنوان جديد', en: 'A new title' } })).status).toBe(200)
    await recordKept(quizId, 2)
    expect(await askBoth(readerRequests(quizId))).toBe(0)
    const after = (await askFront({ path: `/v1/quizzes/${quizId}?lang=en` })).answer
    expect(after.headers.etag).not.toBe(before.headers.etag)
    expect(new TextDecoder().decode(after.body)).toContain('A new title')
  })

  it('never serves the record of the version before a save, even when the new one has none yet', async () => {
    const quizId = await createAuthoredQuiz({}, freshQuizId('front'))
    await recordKept(quizId, 1)
    const kept = await env.DB.prepare('SELECT record FROM served_quizzes WHERE quiz_id = ?').bind(quizId).first<{ record: string }>()
    expect((await save(quizId, { version: 1, title: { ar: 'عنوان آخر', en: 'Another title' } })).status).toBe(200)
    await recordKept(quizId, 2)
    // Version 1's record again, as a slow request might have written it: the write keeps version 2's.
    expect(await putServedQuizRecord(env.DB, JSON.parse(kept!.record), 1, SERVED_BUILD)).toBe(false)
    // Forced back in place, it is not read: the current version is 2.
    await env.DB.prepare('UPDATE served_quizzes SET version = 1, record = ? WHERE quiz_id = ?').bind(kept!.record, quizId).run()
    expect(await readers(quizId, 2)).toBe(1)
  })

  it('hands every reader of a deleted quiz to the app, which answers 404', async () => {
    const quizId = await createAuthoredQuiz({}, freshQuizId('front'))
    await recordKept(quizId, 1)
    const deleted = await SELF.fetch(`${ORIGIN}/v1/quizzes/${quizId}`, { method: 'DELETE', headers: editorHeaders })
    expect(deleted.status).toBe(204)
    const requests = readerRequests(quizId)
    expect(await askBoth(requests)).toBe(requests.length)
    expect((await askFront({ path: `/v1/quizzes/${quizId}` })).answer.status).toBe(404)
  })

  it('hands on a quiz made a classroom quiz, and every reader of a classroom quiz', async () => {
    const quizId = await createAuthoredQuiz({}, freshQuizId('front'))
    await recordKept(quizId, 1)
    expect((await save(quizId, { version: 1, visibility: 'classroom' })).status).toBe(200)
    for (const id of [quizId, AUTHORED.classroom]) {
      const requests = readerRequests(id)
      expect(await askBoth(requests)).toBe(requests.length)
    }
  })

  it('reads no record of another build (after a deploy the app keeps each quiz’s again)', async () => {
    const quizId = await createAuthoredQuiz({}, freshQuizId('front'))
    await recordKept(quizId, 1)
    const kept = await env.DB.prepare('SELECT record FROM served_quizzes WHERE quiz_id = ?').bind(quizId).first<{ record: string }>()
    expect(await putServedQuizRecord(env.DB, JSON.parse(kept!.record), 1, `not-${SERVED_BUILD}`)).toBe(true)
    expect(await readers(quizId, 1)).toBe(1)
  })

  it('reads no record of a quiz that is not public, and asks the database nothing for what is no id', async () => {
    const quizId = await createAuthoredQuiz({}, freshQuizId('front'))
    await recordKept(quizId, 1)
    const kept = await env.DB.prepare('SELECT record FROM served_quizzes WHERE quiz_id = ?').bind(quizId).first<{ record: string }>()
    await env.DB.prepare('UPDATE served_quizzes SET record = ? WHERE quiz_id = ?')
      .bind(JSON.stringify({ ...JSON.parse(kept!.record), public: false }), quizId)
      .run()
    expect((await askFront({ path: `/v1/quizzes/${quizId}` })).toApp).toBe(1)
    let queries = 0
    const counting = {
      prepare: (sql: string) => {
        queries++
        return env.DB.prepare(sql)
      },
    } as unknown as D1Database
    for (const path of [`/v1/quizzes/${'x'.repeat(81)}`, '/embed/wp-login.php', `/v1/quizzes/a%2Fb`]) {
      const { answer, toApp } = await askFront({ path }, counting)
      expect(toApp, path).toBe(1)
      expect(answer, path).toEqual(await askApp({ path }))
    }
    expect(queries).toBe(0)
  })

  it('hands a reader to the app when the database fails', async () => {
    const quizId = await createAuthoredQuiz({}, freshQuizId('front'))
    await recordKept(quizId, 1)
    const failing = {
      prepare: () => {
        throw new Error('D1_ERROR: no such table: served_quizzes')
      },
    } as unknown as D1Database
    const requests = readerRequests(quizId)
    expect(await askBoth(requests, failing)).toBe(requests.length)
  })
})

// The app's writes of a record: only what changes it.
describe('putServedQuizRecord', () => {
  it('writes a newer version, or the same version of another build; never the same again, nor an older version', async () => {
    const quizId = await createAuthoredQuiz({}, freshQuizId('front'))
    const record = { ...SERVED_CATALOG[0]!, id: quizId }
    const kept = () => env.DB.prepare('SELECT version, build FROM served_quizzes WHERE quiz_id = ?').bind(quizId).first()
    expect(await putServedQuizRecord(env.DB, record, 2, 'a')).toBe(true)
    expect(await putServedQuizRecord(env.DB, record, 2, 'a')).toBe(false)
    expect(await putServedQuizRecord(env.DB, record, 1, 'b')).toBe(false)
    expect(await kept()).toEqual({ version: 2, build: 'a' })
    expect(await putServedQuizRecord(env.DB, record, 2, 'b')).toBe(true)
    expect(await putServedQuizRecord(env.DB, record, 3, 'b')).toBe(true)
    expect(await kept()).toEqual({ version: 3, build: 'b' })
  })
})
