import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { QUIZ_PAGE_SIZE } from '../../src/worker/quiz-page.ts'
import { createAuthoredQuiz, freshQuizId } from './authored-quiz.ts'
import { BAD_PAGE_QUERIES } from './bad-page-queries.ts'
import { expectProblem } from './problem-assert.ts'

/** `GET /v1/quizzes` a page at a time: keyset pages by id, `nextCursor` and the `Link` header. */

const ORIGIN = 'http://x'
type Page = { quizzes: { id: string; lang: string }[]; nextCursor: string | null }

async function getPage(url: string): Promise<{ page: Page; link: string | null }> {
  const res = await SELF.fetch(url)
  expect(res.status, await res.clone().text()).toBe(200)
  return { page: (await res.json()) as Page, link: res.headers.get('Link') }
}

describe('GET /v1/quizzes, a page at a time', () => {
  it('walks every public quiz once, by id, following nextCursor or the Link header alike', async () => {
    const listed = [] as string[]
    for (let i = 0; i < 7; i++) listed.push(await createAuthoredQuiz({}, freshQuizId('page')))
    const classroom = await createAuthoredQuiz({ visibility: 'classroom' }, freshQuizId('page'))

    const byCursor: string[] = []
    const byLink: string[] = []
    let url = `${ORIGIN}/v1/quizzes?limit=3&lang=en`
    let cursor: string | null = null
    for (let pages = 0; pages < 50; pages++) {
      const { page, link } = await getPage(cursor === null ? `${ORIGIN}/v1/quizzes?limit=3&lang=en` : `${ORIGIN}/v1/quizzes?limit=3&lang=en&cursor=${cursor}`)
      byCursor.push(...page.quizzes.map((q) => q.id))
      const linked = await getPage(url)
      byLink.push(...linked.page.quizzes.map((q) => q.id))
      expect(page.quizzes.every((q) => q.lang === 'en')).toBe(true)
      if (page.nextCursor === null) {
        expect(link).toBeNull()
        break
      }
      expect(page.quizzes).toHaveLength(3)
      // The next page keeps the request's other parameters.
      const next = new URL(/^<([^>]+)>; rel="next"$/.exec(link ?? '')?.[1] ?? '')
      expect(next.searchParams.get('cursor')).toBe(page.nextCursor)
      expect(next.searchParams.get('lang')).toBe('en')
      expect(next.searchParams.get('limit')).toBe('3')
      url = next.href
      cursor = page.nextCursor
    }
    expect(byCursor).toEqual(byLink)
    expect(byCursor).toEqual([...new Set(byCursor)].sort())
    expect(byCursor).toEqual(expect.arrayContaining([...listed, 'kim-putin-beijing']))
    expect(byCursor).not.toContain(classroom)
  })

  it(`holds ${QUIZ_PAGE_SIZE.default} quizzes by default and never more than ${QUIZ_PAGE_SIZE.max}`, async () => {
    const { page } = await getPage(`${ORIGIN}/v1/quizzes`)
    expect(page.quizzes.length).toBeLessThanOrEqual(QUIZ_PAGE_SIZE.default)
    await expectProblem(await SELF.fetch(`${ORIGIN}/v1/quizzes?limit=${QUIZ_PAGE_SIZE.max + 1}`), 400, 'validation-failed')
  })

  it.each(BAD_PAGE_QUERIES)('refuses %s with a 400 naming the parameter', async (query, path) => {
    const body = await expectProblem(await SELF.fetch(`${ORIGIN}/v1/quizzes?${query}`), 400, 'validation-failed')
    expect(body.errors).toEqual([expect.objectContaining({ path, in: 'query' })])
  })

  it.each(['fr', 'AR', '', 'ar,en'])('refuses servedIn=%s with a 400 naming the parameter', async (servedIn) => {
    const body = await expectProblem(await SELF.fetch(`${ORIGIN}/v1/quizzes?servedIn=${encodeURIComponent(servedIn)}`), 400, 'validation-failed')
    expect(body.errors).toEqual([expect.objectContaining({ path: 'servedIn', in: 'query' })])
  })

  it('answers an empty last page for a cursor past every id', async () => {
    const cursor = btoa('after:zzzz').replace(/=+$/, '')
    const { page, link } = await getPage(`${ORIGIN}/v1/quizzes?cursor=${cursor}`)
    expect(page).toEqual({ quizzes: [], nextCursor: null })
    expect(link).toBeNull()
  })
})
