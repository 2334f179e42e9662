import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { quizSources } from '../../questions/index.ts'
import { expectProblem } from './problem-assert.ts'

const QUIZ = 'kim-putin-beijing'

type PublicQuiz = {
  id: string
  version: number
  lang: string
  dir: string
  title: string
  source: { name: string }
  article: { lang: string; dir: string; paragraphs: { index: number; heading: string | null; text: string }[] }
  questions: {
    id: string
    type: string
    skill: string
    points: number
    prompt: string
    choices?: { id: string; text: string }[]
    unit?: string
    unitLabel?: string
  }[]
}

describe('service', () => {
  it('answers health with D1 reachable', async () => {
    const res = await SELF.fetch('http://x/v1/health')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true })
  })
})

describe('GET /v1/quizzes', () => {
  it('lists every bundled quiz with title, language, question count and version', async () => {
    const res = await SELF.fetch('http://x/v1/quizzes')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    const body = (await res.json()) as { quizzes: Record<string, unknown>[] }
    expect(body.quizzes.map((q) => q.id)).toEqual(quizSources.map((s) => s.id))
    const kim = body.quizzes.find((q) => q.id === QUIZ)!
    expect(kim).toEqual({ id: QUIZ, title: 'كيم وبوتين وشي جين بينغ: لقاء ثلاثي وتحالف يتوسع', lang: 'ar', langs: ['ar', 'en'], questionCount: 22, version: 2 })
  })

  it('gives titles in the requested language', async () => {
    const body = (await (await SELF.fetch('http://x/v1/quizzes?lang=en')).json()) as { quizzes: Record<string, unknown>[] }
    expect(body.quizzes.find((q) => q.id === QUIZ)).toMatchObject({
      title: 'Kim, Putin and Xi Jinping: a three-way meeting and a widening alliance',
      lang: 'en',
    })
  })

  it('rejects an unknown lang with a 400 naming the parameter', async () => {
    const body = await expectProblem(await SELF.fetch('http://x/v1/quizzes?lang=fr'), 400, 'validation-failed')
    expect(body.errors).toEqual([expect.objectContaining({ path: 'lang', in: 'query' })])
  })
})

describe('GET /v1/quizzes/:quizId', () => {
  it('defaults to the quiz language (Arabic, right to left)', async () => {
    const res = await SELF.fetch(`http://x/v1/quizzes/${QUIZ}`)
    expect(res.status).toBe(200)
    const quiz = (await res.json()) as PublicQuiz
    expect(quiz).toMatchObject({ id: QUIZ, version: 2, lang: 'ar', dir: 'rtl', title: 'كيم وبوتين وشي جين بينغ: لقاء ثلاثي وتحالف يتوسع' })
    expect(quiz.source.name).toBe('مقال إخباري باللغة العربية')
    expect(quiz.article.lang).toBe('ar')
    expect(quiz.article.dir).toBe('rtl')
    expect(quiz.article.paragraphs[0]).toMatchObject({ index: 0, heading: null })
    expect(quiz.article.paragraphs[1]!.heading).toBe('اجتماع ثلاثي مع شي جين بينغ')
    expect(quiz.questions).toHaveLength(22)
    const first = quiz.questions[0]!
    expect(first).toEqual({
      id: 'parade-occasion',
      type: 'single',
      skill: 'recall',
      points: 1,
      prompt: 'التقى القادة الثلاثة على هامش عرض عسكري ضخم. بأيّ مناسبة أُقيم هذا العرض؟',
      choices: expect.arrayContaining([{ id: 'japan-surrender', text: 'ذكرى استسلام اليابان في الحرب العالمية الثانية' }]),
    })
    expect(quiz.questions.find((q) => q.id === 'meeting-duration')).toMatchObject({ type: 'numeric', unit: 'hour', unitLabel: 'ساعة' })
    expect(quiz.questions.find((q) => q.id === 'soldiers-killed')).toMatchObject({ unit: 'person', unitLabel: 'شخص' })
    // Only numeric questions name a unit.
    expect(quiz.questions.filter((q) => q.type !== 'numeric').every((q) => q.unit === undefined && q.unitLabel === undefined)).toBe(true)
  })

  it('serves English strings with ?lang=en while the article stays Arabic', async () => {
    const quiz = (await (await SELF.fetch(`http://x/v1/quizzes/${QUIZ}?lang=en`)).json()) as PublicQuiz
    expect(quiz).toMatchObject({ lang: 'en', dir: 'ltr', title: 'Kim, Putin and Xi Jinping: a three-way meeting and a widening alliance' })
    expect(quiz.questions[0]!.prompt).toBe('The three leaders met on the sidelines of a large military parade. What occasion was the parade held for?')
    expect(quiz.questions[0]!.choices!.find((c) => c.id === 'japan-surrender')!.text).toBe("The anniversary of Japan's surrender in the Second World War")
    expect(quiz.article).toMatchObject({ lang: 'ar', dir: 'rtl' })
    expect(quiz.questions.find((q) => q.id === 'meeting-duration')).toMatchObject({ unit: 'hour', unitLabel: 'hours' })
    const ar = (await (await SELF.fetch(`http://x/v1/quizzes/${QUIZ}?lang=ar`)).json()) as PublicQuiz
    expect(ar.article).toEqual(quiz.article)
  })

  it('rejects an unknown lang with 400', async () => {
    const body = await expectProblem(await SELF.fetch(`http://x/v1/quizzes/${QUIZ}?lang=de`), 400, 'validation-failed')
    expect(body.errors[0].path).toBe('lang')
  })

  it('answers an unknown quiz with 404 quiz-not-found', async () => {
    const body = await expectProblem(await SELF.fetch('http://x/v1/quizzes/no-such-quiz'), 404, 'quiz-not-found')
    expect(body.quizId).toBe('no-such-quiz')
    expect(body.instance).toBe('/v1/quizzes/no-such-quiz')
  })
})

describe('caching', () => {
  for (const path of ['/v1/quizzes', `/v1/quizzes/${QUIZ}`, `/v1/quizzes/${QUIZ}?lang=en`]) {
    it(`sends a strong ETag and Cache-Control, and 304 on If-None-Match for ${path}`, async () => {
      const res = await SELF.fetch(`http://x${path}`)
      const etag = res.headers.get('etag')
      expect(etag).toMatch(/^"[A-Za-z0-9+/=_-]{20,}"$/)
      expect(res.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=600')
      await res.arrayBuffer()

      const again = await SELF.fetch(`http://x${path}`, { headers: { 'If-None-Match': etag! } })
      expect(again.status).toBe(304)
      expect(await again.text()).toBe('')
      expect(again.headers.get('etag')).toBe(etag)
      expect(again.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=600')
    })
  }

  it('matches an ETag inside a list and with a W/ prefix', async () => {
    const etag = (await SELF.fetch(`http://x/v1/quizzes/${QUIZ}`)).headers.get('etag')!
    const listed = await SELF.fetch(`http://x/v1/quizzes/${QUIZ}`, { headers: { 'If-None-Match': `"nope", ${etag}` } })
    expect(listed.status).toBe(304)
    const weak = await SELF.fetch(`http://x/v1/quizzes/${QUIZ}`, { headers: { 'If-None-Match': `W/${etag}` } })
    expect(weak.status).toBe(304)
  })

  it('differs per language and answers 200 to a stale ETag', async () => {
    const ar = (await SELF.fetch(`http://x/v1/quizzes/${QUIZ}?lang=ar`)).headers.get('etag')!
    const en = (await SELF.fetch(`http://x/v1/quizzes/${QUIZ}?lang=en`)).headers.get('etag')!
    expect(ar).not.toBe(en)
    const res = await SELF.fetch(`http://x/v1/quizzes/${QUIZ}?lang=en`, { headers: { 'If-None-Match': ar } })
    expect(res.status).toBe(200)
    expect(((await res.json()) as PublicQuiz).lang).toBe('en')
  })

  it('puts no cache headers on errors', async () => {
    const res = await SELF.fetch('http://x/v1/quizzes/no-such-quiz')
    expect(res.headers.get('etag')).toBeNull()
    expect(res.headers.get('cache-control')).toBeNull()
  })
})

describe('CORS on /v1', () => {
  it('answers a preflight from any origin without credentials', async () => {
    const res = await SELF.fetch(`http://x/v1/quizzes/${QUIZ}/grade`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://news.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-methods')).toContain('POST')
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type')
    expect(res.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it('exposes ETag and the rate-limit headers on simple requests', async () => {
    const res = await SELF.fetch('http://x/v1/quizzes', { headers: { Origin: 'https://news.example' } })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    const exposed = res.headers.get('access-control-expose-headers')!.toLowerCase()
    for (const name of ['etag', 'retry-after', 'ratelimit', 'location']) expect(exposed).toContain(name)
  })
})

describe('CORS on errors', () => {
  const origin = { Origin: 'https://news.example' }
  const cases: [string, RequestInit][] = [
    ['/v1/quizzes/no-such-quiz', { headers: origin }],
    ['/v1/nope', { headers: origin }],
    [`/v1/quizzes/${QUIZ}/grade`, { headers: origin }],
    [`/v1/quizzes/${QUIZ}/grade`, { method: 'POST', headers: { ...origin, 'Content-Type': 'application/json' }, body: '{' }],
    [`/v1/quizzes/${QUIZ}/grade`, { method: 'POST', headers: { ...origin, 'Content-Type': 'application/json' }, body: '{"answers":{"x":1}}' }],
    [`/v1/quizzes/${QUIZ}/grade`, { method: 'POST', headers: { ...origin, 'Content-Type': 'application/json' }, body: 'x'.repeat(70_000) }],
  ]
  for (const [path, init] of cases) {
    it(`lets a page read the problem from ${init.method ?? 'GET'} ${path} (${init.body ? String(init.body).slice(0, 12) : 'no body'})`, async () => {
      const res = await SELF.fetch(`http://x${path}`, init)
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
      expect(res.headers.get('access-control-allow-origin')).toBe('*')
    })
  }
})
