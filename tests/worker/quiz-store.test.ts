import { env, SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import type { QuizFile } from '../../src/core/quiz-schema.ts'
import { deleteAuthoredQuiz, insertAuthoredQuiz } from '../../src/worker/db/quizzes.ts'
import { toPublicQuiz } from '../../src/core/public-quiz.ts'
import { getAssignedQuiz, getQuiz, listQuizSummaries, servedQuiz } from '../../src/worker/quiz-store.ts'
import { SAMPLE_ARTICLE, sampleQuizFile } from '../core/export-fixture.ts'

// D1 keeps its rows across the tests of a file, and the quiz cache is per isolate: fresh ids per test.
const run = crypto.randomUUID().slice(0, 8)
let counter = 0
const freshId = () => `store-${run}-${++counter}`

async function save(id: string, version: number, overrides: Record<string, unknown> = {}): Promise<void> {
  const { $schema: _schema, ...file } = sampleQuizFile()
  await insertAuthoredQuiz(env.DB, {
    id,
    version,
    articleHash: `sha256:${version}`,
    fingerprint: `fp-${id}-${version}`,
    quiz: { ...file, id, version, ...overrides } as QuizFile,
    articleText: SAMPLE_ARTICLE,
    stale: [],
    createdAt: new Date().toISOString(),
  })
}

type Row = Record<string, unknown> | null

/** `env.DB` that records every row `first()` returns, to see what each read fetched. */
function recordingDb(): { db: D1Database; rows: Row[] } {
  const rows: Row[] = []
  const db = new Proxy(env.DB, {
    get(target, prop) {
      if (prop !== 'prepare') return Reflect.get(target, prop, target)
      return (sql: string) => {
        const statement = target.prepare(sql)
        const wrap = (s: D1PreparedStatement): D1PreparedStatement =>
          new Proxy(s, {
            get(inner, name) {
              if (name === 'bind') return (...values: unknown[]) => wrap(inner.bind(...values))
              if (name === 'first') {
                return async (...args: []) => {
                  const row = (await inner.first(...args)) as Row
                  rows.push(row)
                  return row
                }
              }
              const value = Reflect.get(inner, name, inner)
              return typeof value === 'function' ? value.bind(inner) : value
            },
          })
        return wrap(statement)
      }
    },
  })
  return { db, rows }
}

describe('getQuiz on authored quizzes', () => {
  it('reads and parses a version once; later reads fetch only its version, not the body', async () => {
    const id = freshId()
    await save(id, 1)
    const { db, rows } = recordingDb()
    const first = await getQuiz({ ...env, DB: db }, id)
    expect(first).toMatchObject({ id, version: 1, lang: 'ar' })
    expect(first!.article.paragraphs.length).toBeGreaterThan(1)
    expect(rows.at(-1)).toMatchObject({ version: 1, quiz: expect.any(String), article_text: SAMPLE_ARTICLE })

    const again = await getQuiz({ ...env, DB: db }, id)
    expect(again).toBe(first)
    expect(rows.at(-1)).toMatchObject({ version: 1, quiz: null, article_text: null })
  })

  it('follows a new version and a deletion', async () => {
    const id = freshId()
    await save(id, 1)
    expect((await getQuiz(env, id))?.version).toBe(1)
    await save(id, 2, { title: { ar: 'عنوان جديد', en: 'New title' } })
    const second = await getQuiz(env, id)
    expect(second).toMatchObject({ version: 2, title: { en: 'New title' } })
    expect(await deleteAuthoredQuiz(env.DB, id, 2)).toBe(true)
    expect(await getQuiz(env, id)).toBeNull()
    expect(await getQuiz(env, freshId())).toBeNull()
  })

  it('does not look up what is not an id (over-long, capitals, other characters): no quiz has it', async () => {
    const { db, rows } = recordingDb()
    const withDb = { ...env, DB: db }
    // A well-formed id that is not stored is looked up: the recorder sees the read.
    expect(await getQuiz(withDb, freshId())).toBeNull()
    expect(rows).toHaveLength(1)
    for (const notAnId of ['a'.repeat(81), `${freshId()}-${'x'.repeat(80)}`, 'Kim-Putin-Beijing', 'kim_putin', 'kim--putin', 'كيم', '']) {
      expect(await getQuiz(withDb, notAnId)).toBeNull()
      expect(await getAssignedQuiz(withDb, notAnId)).toBeNull()
    }
    expect(rows).toHaveLength(1)
    // The longest id is still one.
    const longest = `${freshId()}-`.padEnd(80, 'z')
    await save(longest, 1)
    expect((await getQuiz(withDb, longest))?.id).toBe(longest)
  })

  it('keeps the cache bounded: a quiz pushed out by many others is read in full again', async () => {
    const ids = Array.from({ length: 70 }, freshId)
    for (const id of ids) await save(id, 1)
    const { db, rows } = recordingDb()
    for (const id of ids) expect((await getQuiz({ ...env, DB: db }, id))?.id).toBe(id)
    // The last one read is still cached; the first was evicted.
    await getQuiz({ ...env, DB: db }, ids.at(-1)!)
    expect(rows.at(-1)).toMatchObject({ quiz: null })
    await getQuiz({ ...env, DB: db }, ids[0]!)
    expect(rows.at(-1)).toMatchObject({ quiz: expect.any(String) })
  })
})

describe('listQuizSummaries', () => {
  it('summarises authored quizzes from D1 without their bodies, in the requested language', async () => {
    const id = freshId()
    await save(id, 1)
    await save(id, 2, { title: { ar: 'العنوان الثاني', en: 'Second title' } })
    const gone = freshId()
    await save(gone, 1)
    await deleteAuthoredQuiz(env.DB, gone, 1)
    const hidden = freshId()
    await save(hidden, 1, { visibility: 'classroom' })

    const own = (await listQuizSummaries(env, { limit: 100 })).quizzes
    expect(own.map((s) => s.id)).toEqual(own.map((s) => s.id).sort())
    expect(own.some((s) => s.id === 'kim-putin-beijing')).toBe(true)
    expect(own.find((s) => s.id === id)).toEqual({
      id,
      title: 'العنوان الثاني',
      lang: 'ar',
      langs: ['ar', 'en'],
      questionCount: sampleQuizFile().questions.length,
      version: 2,
    })
    expect(own.some((s) => s.id === gone)).toBe(false)
    expect(own.some((s) => s.id === hidden)).toBe(false)

    const english = (await listQuizSummaries(env, { lang: 'en', limit: 100 })).quizzes
    expect(english.find((s) => s.id === id)).toMatchObject({ title: 'Second title', lang: 'en', version: 2 })
    expect(english.find((s) => s.id === 'kim-putin-beijing')?.lang).toBe('en')
  })

  it('pages through the catalog and the authored quizzes together, by id, after a given id', async () => {
    const ids = [freshId(), freshId(), freshId(), freshId()]
    for (const id of ids) await save(id, 1)
    const walked: string[] = []
    let afterId: string | undefined
    for (let pages = 0; pages < 100; pages++) {
      const page = await listQuizSummaries(env, { limit: 3, afterId })
      expect(page.quizzes.length).toBeLessThanOrEqual(3)
      walked.push(...page.quizzes.map((s) => s.id))
      if (page.nextAfterId === null) break
      expect(page.quizzes.length).toBe(3)
      expect(page.nextAfterId).toBe(page.quizzes.at(-1)?.id)
      afterId = page.nextAfterId
    }
    expect(walked).toEqual([...new Set(walked)].sort())
    expect(walked).toEqual(expect.arrayContaining([...ids, 'kim-putin-beijing']))
    expect(walked).toEqual((await listQuizSummaries(env, { limit: 100 })).quizzes.map((s) => s.id))
  })
})

describe('the served quiz (GET /v1/quizzes/:quizId)', () => {
  const sha256 = async (text: string) =>
    `"${Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))), (b) => b.toString(16).padStart(2, '0')).join('')}"`

  it('is the public projection with the SHA-256 of its bytes as ETag, computed once per version and language', async () => {
    const id = freshId()
    await save(id, 1)
    const quiz = (await getQuiz(env, id))!
    const served = await servedQuiz(quiz)
    expect(JSON.parse(served.body)).toEqual(toPublicQuiz(quiz))
    expect(served.etag).toBe(await sha256(served.body))
    expect(served.lang).toBe(quiz.lang)
    // The same version read again is the same object, and its body is not built again.
    expect(await servedQuiz((await getQuiz(env, id))!)).toBe(served)
    expect(await servedQuiz(quiz, quiz.lang)).toBe(served)
  })

  it('changes with the version', async () => {
    const id = freshId()
    await save(id, 1)
    const first = await servedQuiz((await getQuiz(env, id))!)
    await save(id, 2, { title: { [JSON.parse(first.body).lang]: 'A new title' } })
    const second = await servedQuiz((await getQuiz(env, id))!)
    expect(JSON.parse(second.body)).toMatchObject({ version: 2, title: 'A new title' })
    expect(second.etag).not.toBe(first.etag)
    expect(second.etag).toBe(await sha256(second.body))
  })

  it('answers GET with those bytes and that ETag', async () => {
    const quiz = (await getQuiz(env, 'kim-putin-beijing'))!
    for (const lang of ['ar', 'en'] as const) {
      const served = await servedQuiz(quiz, lang)
      const res = await SELF.fetch(`http://x/v1/quizzes/kim-putin-beijing?lang=${lang}`)
      expect(res.headers.get('content-type')).toBe('application/json')
      expect(res.headers.get('etag')).toBe(served.etag)
      expect(res.headers.get('content-language')).toBe(served.lang)
      expect(await res.text()).toBe(served.body)
    }
  })
})
