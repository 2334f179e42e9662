import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { QUIZ_PAGE_SIZE } from '../../src/worker/quiz-page.ts'
import { authoredQuizBody, createAuthoredQuiz, editorHeaders, freshQuizId } from './authored-quiz.ts'
import { bearer, createClass, ORIGIN, QUIZ_ID, type CreatedClass } from './classroom-helpers.ts'
import { BAD_PAGE_QUERIES } from './bad-page-queries.ts'
import { expectProblem } from './problem-assert.ts'

/** `GET /v1/quiz-sources` a page at a time, as `GET /v1/quizzes`: keyset pages by id, `nextCursor` and `Link`. */

type Headers = Record<string, string>
type Item = { id: string; readOnly: boolean; ownerClassId: string | null }
type Page = { quizzes: Item[]; nextCursor: string | null }

const teacher = (cls: CreatedClass): Headers => ({ ...bearer(cls.teacherKey), 'Content-Type': 'application/json' })

async function getPage(url: string, headers: Headers): Promise<{ page: Page; link: string | null }> {
  const res = await SELF.fetch(url, { headers })
  expect(res.status, await res.clone().text()).toBe(200)
  expect(res.headers.get('Cache-Control')).toBe('no-store')
  return { page: (await res.json()) as Page, link: res.headers.get('Link') }
}

/** A classroom quiz the class owns, created with its teacher key. */
async function createClassQuiz(cls: CreatedClass, id: string): Promise<string> {
  const { visibility: _visibility, ...body } = authoredQuizBody(id)
  const res = await SELF.fetch(`${ORIGIN}/v1/quizzes`, { method: 'POST', headers: teacher(cls), body: JSON.stringify(body) })
  expect(res.status, await res.clone().text()).toBe(201)
  return id
}

/**
 * Every page of the list at `limit`, walked twice: by `cursor=nextCursor` and by the `Link` header.
 * Both walks must list the same ids; every page but the last is full and links to the next.
 */
async function walk(headers: Headers, limit: number): Promise<Item[]> {
  const first = `${ORIGIN}/v1/quiz-sources?limit=${limit}`
  const byCursor: Item[] = []
  const byLink: Item[] = []
  let url = first
  let cursor: string | null = null
  for (let pages = 0; pages < 100; pages++) {
    const { page, link } = await getPage(cursor === null ? first : `${first}&cursor=${cursor}`, headers)
    byCursor.push(...page.quizzes)
    byLink.push(...(await getPage(url, headers)).page.quizzes)
    if (page.nextCursor === null) {
      expect(link).toBeNull()
      expect(byCursor.map((q) => q.id)).toEqual(byLink.map((q) => q.id))
      return byCursor
    }
    expect(page.quizzes).toHaveLength(limit)
    const next = new URL(/^<([^>]+)>; rel="next"$/.exec(link ?? '')?.[1] ?? '')
    expect(next.searchParams.get('cursor')).toBe(page.nextCursor)
    expect(next.searchParams.get('limit')).toBe(String(limit))
    url = next.href
    cursor = page.nextCursor
  }
  throw new Error('the list never ended')
}

describe('GET /v1/quiz-sources, a page at a time', () => {
  it('walks the editor every quiz once, by id: the catalog (read-only) and the authored, public and classroom, together', async () => {
    const cls = await createClass('Paged sources')
    // Ids on both sides of the catalog's, so pages mix file and authored quizzes.
    const before = await createAuthoredQuiz({}, freshQuizId('a-src'))
    const after = await createAuthoredQuiz({ visibility: 'classroom' }, freshQuizId('z-src'))
    const ofClass = await createClassQuiz(cls, freshQuizId('m-src'))
    const deleted = await createAuthoredQuiz({}, freshQuizId('b-src'))
    expect((await SELF.fetch(`${ORIGIN}/v1/quizzes/${deleted}`, { method: 'DELETE', headers: editorHeaders })).status).toBe(204)

    const items = await walk(editorHeaders, 2)
    const ids = items.map((q) => q.id)
    expect(ids).toEqual([...new Set(ids)].sort())
    expect(ids).toEqual(expect.arrayContaining([before, QUIZ_ID, ofClass, after]))
    expect(ids).not.toContain(deleted)
    expect(items.find((q) => q.id === QUIZ_ID)).toMatchObject({ readOnly: true, ownerClassId: null })
    expect(items.find((q) => q.id === ofClass)).toMatchObject({ readOnly: false, ownerClassId: cls.classId })
  })

  it('walks a teacher key its class’s quizzes only, never the catalog’s or another owner’s', async () => {
    const cls = await createClass('Paged class')
    const other = await createClass('Other class')
    const mine: string[] = []
    for (let i = 0; i < 5; i++) mine.push(await createClassQuiz(cls, freshQuizId('t-src')))
    const theirs = await createClassQuiz(other, freshQuizId('t-src'))
    const editors = await createAuthoredQuiz({}, freshQuizId('t-src'))

    const ids = (await walk(teacher(cls), 2)).map((q) => q.id)
    expect(ids).toEqual([...mine].sort())
    expect(ids).not.toContain(theirs)
    expect(ids).not.toContain(editors)
    expect(ids).not.toContain(QUIZ_ID)
  })

  it(`holds ${QUIZ_PAGE_SIZE.default} quizzes by default and never more than ${QUIZ_PAGE_SIZE.max}`, async () => {
    for (let i = 0; i < 3; i++) await createAuthoredQuiz({}, freshQuizId('d-src'))
    const { page } = await getPage(`${ORIGIN}/v1/quiz-sources`, editorHeaders)
    expect(page.quizzes.length).toBeGreaterThan(0)
    expect(page.quizzes.length).toBeLessThanOrEqual(QUIZ_PAGE_SIZE.default)
    await expectProblem(
      await SELF.fetch(`${ORIGIN}/v1/quiz-sources?limit=${QUIZ_PAGE_SIZE.max + 1}`, { headers: editorHeaders }),
      400,
      'validation-failed',
      ORIGIN,
    )
  })

  it.each(BAD_PAGE_QUERIES)('refuses %s with a 400 naming the parameter', async (query, path) => {
    const res = await SELF.fetch(`${ORIGIN}/v1/quiz-sources?${query}`, { headers: editorHeaders })
    const body = await expectProblem(res, 400, 'validation-failed', ORIGIN)
    expect(body.errors).toEqual([expect.objectContaining({ path, in: 'query' })])
  })

  it('asks for the key before it reads the query: no key and a bad cursor is a 401', async () => {
    await expectProblem(await SELF.fetch(`${ORIGIN}/v1/quiz-sources?cursor=not-a-cursor`), 401, 'unauthorized', ORIGIN)
  })

  it('answers an empty last page for a cursor past every id', async () => {
    const cursor = btoa('after:zzzz').replace(/=+$/, '')
    const { page, link } = await getPage(`${ORIGIN}/v1/quiz-sources?cursor=${cursor}`, editorHeaders)
    expect(page).toEqual({ quizzes: [], nextCursor: null })
    expect(link).toBeNull()
  })
})
