import { env, SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { checkQuiz } from '../../src/core/content-checks.ts'
import type { Question } from '../../src/core/quiz-schema.ts'
import seed from '../../questions/kim-putin-beijing/article.ar.txt'
import { ARTICLES } from '../core/draft-articles.ts'
import { editorHeaders, freshQuizId } from './authored-quiz.ts'
import { expectProblem } from './problem-assert.ts'

const ORIGIN = 'http://x'

// Every request from an address of its own, so the drafting limit of one never stops another test.
let address = 0
const nextAddress = () => `198.51.100.${(address++ % 250) + 1}`

function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return SELF.fetch(`${ORIGIN}/v1/drafts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': nextAddress(), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

type DraftBody = { quiz: { id: string; lang: 'ar' | 'en'; articleText: string; questions: Question[] } & Record<string, unknown>; notes: { code: string }[] }

async function draft(articleText: string, extra: Record<string, unknown> = {}): Promise<DraftBody> {
  const res = await post({ articleText, ...extra })
  expect(res.status, await res.clone().text()).toBe(200)
  return res.json()
}

/** The key of a question as a client would send it back. */
function keyOf(q: Question): unknown {
  if (q.type === 'numeric') return q.answer.value
  if (q.type === 'text') return q.answer.accepted[0]
  return q.answer
}

/** Saves a draft through the editor API unchanged, under a fresh id, and returns that id. */
async function save(quiz: DraftBody['quiz']): Promise<string> {
  const id = freshQuizId('draft')
  const res = await SELF.fetch(`${ORIGIN}/v1/quizzes`, { method: 'POST', headers: editorHeaders, body: JSON.stringify({ ...quiz, id }) })
  expect(res.status, await res.clone().text()).toBe(201)
  return id
}

describe('POST /v1/drafts', () => {
  it('drafts the seed article into a quiz that saves through the editor API unchanged and grades its keys right', async () => {
    const { quiz, notes } = await draft(seed)
    expect(Array.isArray(notes)).toBe(true)
    const { articleText, ...file } = quiz
    expect(checkQuiz(file, articleText, 'draft')).toEqual([])
    expect(parseArticle(articleText).paragraphs).toEqual(parseArticle(seed).paragraphs)
    const id = await save(quiz)
    const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, keyOf(q)]))
    const graded = (await (
      await SELF.fetch(`${ORIGIN}/v1/quizzes/${id}/grade`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ answers }),
      })
    ).json()) as { score: number; maxScore: number }
    expect(graded.score).toBe(graded.maxScore)
  })

  it.each(ARTICLES.map((a) => [a.name, a] as const))('drafts %s: keys grade right through the API, the article’s other numbers wrong', async (_, article) => {
    const { quiz } = await draft(article.text)
    expect(quiz.lang).toBe(article.lang)
    const { articleText, ...file } = quiz
    expect(checkQuiz(file, articleText, 'draft')).toEqual([])
    const id = await save(quiz)
    const check = async (questionId: string, answer: unknown) => {
      const res = await SELF.fetch(`${ORIGIN}/v1/quizzes/${id}/questions/${questionId}/check`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': nextAddress() },
        body: JSON.stringify({ answer }),
      })
      expect(res.status).toBe(200)
      return ((await res.json()) as { correct: boolean }).correct
    }
    const numeric = quiz.questions.filter((q): q is Extract<Question, { type: 'numeric' }> => q.type === 'numeric')
    for (const q of quiz.questions) expect(await check(q.id, keyOf(q)), q.id).toBe(true)
    for (const q of numeric.slice(0, 4)) {
      const other = article.facts.find((f) => f.value !== q.answer.value)!
      expect(await check(q.id, String(other.value)), `${q.id} ← ${other.value}`).toBe(false)
    }
  })

  it('strips the tags of pasted HTML', async () => {
    const { quiz } = await draft(
      `<article><h1>Rain</h1><p>Heavy rain <b>killed</b> at least 210 people in 14 districts on Friday, officials said.</p><script>alert(1)</script><p>About 1,800 homes were destroyed.</p></article>`,
    )
    expect(quiz.articleText).not.toMatch(/[<>]|alert/u)
    expect(quiz.articleText).toContain('Heavy rain killed at least 210 people')
  })

  it('takes the title and the language it is given', async () => {
    const { quiz } = await draft(ARTICLES.find((a) => a.name === 'budget-en')!.text, { title: 'Council budget', lang: 'en' })
    expect(quiz.title).toEqual({ en: 'Council budget' })
    expect(quiz.lang).toBe('en')
  })

  it('is the same draft for the same article', async () => {
    expect(JSON.stringify(await draft(seed))).toBe(JSON.stringify(await draft(seed)))
  })

  it('stores nothing', async () => {
    const before = await env.DB.prepare('SELECT count(*) AS n FROM authored_quizzes').first<{ n: number }>()
    await draft(seed)
    const after = await env.DB.prepare('SELECT count(*) AS n FROM authored_quizzes').first<{ n: number }>()
    expect(after?.n).toBe(before?.n)
  })
})

describe('POST /v1/drafts refuses', () => {
  it.each([
    ['an empty article', { articleText: '' }, 422, 'article-empty'],
    ['a blank article', { articleText: ' \n\t ' }, 422, 'article-empty'],
    ['binary data', { articleText: '\u0000\u0001\u0002PK\u0003\u0004\u0000\u0000' }, 422, 'article-binary'],
    ['numbers without sentences', { articleText: '12 45 99\n2024\n3.5' }, 422, 'article-no-sentences'],
    [
      'French',
      { articleText: 'Le conseil municipal a approuvé mardi un budget de 4,2 milliards de dollars pour la nouvelle année.' },
      422,
      'language-unsupported',
    ],
    ['an article not in the given language', { articleText: seed, lang: 'en' }, 422, 'language-mismatch'],
    ['an unknown language code', { articleText: seed, lang: 'fr' }, 422, 'validation-failed'],
    ['an article that is not a string', { articleText: 42 }, 422, 'validation-failed'],
    ['a missing article', { title: 'x' }, 422, 'validation-failed'],
  ])('%s', async (_, body, status, code) => {
    await expectProblem(await post(body), status, code, ORIGIN)
  })

  it('malformed JSON with 400, another media type with 415', async () => {
    await expectProblem(await post('{"articleText": '), 400, 'invalid-json', ORIGIN)
    const res = await SELF.fetch(`${ORIGIN}/v1/drafts`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: seed })
    await expectProblem(res, 415, 'unsupported-media-type', ORIGIN)
  })

  it('more than 20,000 words, and a body over 1 MiB, with 413', async () => {
    const long = await expectProblem(await post({ articleText: 'The council met for three hours. '.repeat(3400) }), 413, 'payload-too-large', ORIGIN)
    expect(long.detail).toMatch(/20,000 words/u)
    await expectProblem(await post({ articleText: 'x'.repeat(1024 * 1024 + 10) }), 413, 'payload-too-large', ORIGIN)
  })

  it('fits an article of 20,000 words', async () => {
    const article = ARTICLES.find((a) => a.name === 'disaster-en')!.text.replace(/\s+/gu, ' ')
    const words = article.split(' ')
    const text = Array.from({ length: 20_000 }, (_, i) => words[i % words.length]).join(' ')
    const res = await post({ articleText: text })
    expect(res.status).toBe(200)
  }, 60_000)

  it('past its own rate limit, per address, with the same headers as the other limits', async () => {
    const quota = Number(env.RATE_LIMIT_DRAFTS_PER_MINUTE)
    expect(quota).toBeGreaterThan(0)
    const ip = '203.0.113.77'
    const short = { articleText: 'The council met for three hours on Friday and approved 12 new schools.' }
    let last: Response | undefined
    for (let i = 0; i <= quota; i++) {
      last = await post(short, { 'CF-Connecting-IP': ip })
      if (i < quota) {
        expect(last.status).toBe(200)
        expect(last.headers.get('RateLimit-Policy')).toBe(`"drafting";q=${quota};w=60`)
      }
    }
    const body = await expectProblem(last!, 429, 'rate-limited', ORIGIN)
    expect(last!.headers.get('Retry-After')).toBe('60')
    expect(body.retryAfter).toBe(60)
    // Another address is not limited.
    expect((await post(short)).status).toBe(200)
  }, 60_000)
})
