import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, createApi } from '../../src/widget/api.ts'

const json = (body: unknown, status = 200, type = 'application/json') => new Response(JSON.stringify(body), { status, headers: { 'content-type': type } })

afterEach(() => vi.unstubAllGlobals())

describe('api client', () => {
  it('builds URLs from the base the widget was served from', async () => {
    const fetch = vi.fn(async () => json({ id: 'q' }))
    vi.stubGlobal('fetch', fetch)
    const api = createApi('https://fahm.example/sub/')
    await api.quiz('kim putin', 'en')
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toBe('https://fahm.example/sub/v1/quizzes/kim%20putin?lang=en')
  })

  it('retries reads after network failures and 5xx, then succeeds', async () => {
    const fetch = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(json({ detail: 'down' }, 503, 'application/problem+json'))
      .mockResolvedValueOnce(json({ id: 'q' }))
    vi.stubGlobal('fetch', fetch)
    const quiz = await createApi('http://x/', { backoff: [1, 1] }).quiz('q')
    expect(quiz).toEqual({ id: 'q' })
    expect(fetch).toHaveBeenCalledTimes(3)
  })

  it('gives up after the last backoff with a network error', async () => {
    const fetch = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'))
    vi.stubGlobal('fetch', fetch)
    const err = await createApi('http://x/', { backoff: [1, 1] })
      .quiz('q')
      .catch((e) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err.status).toBe(0)
    expect(fetch).toHaveBeenCalledTimes(3)
  })

  it('does not retry client errors and surfaces the problem detail', async () => {
    const fetch = vi.fn(async () => json({ status: 404, detail: 'No quiz "x".', code: 'quiz-not-found' }, 404, 'application/problem+json'))
    vi.stubGlobal('fetch', fetch)
    const err = await createApi('http://x/', { backoff: [1, 1] })
      .quiz('x')
      .catch((e) => e)
    expect(err).toMatchObject({ status: 404, message: 'No quiz "x".' })
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('never retries writes, and sends the attempt with its Idempotency-Key', async () => {
    const fetch = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'))
    vi.stubGlobal('fetch', fetch)
    const api = createApi('http://x/', { backoff: [1, 1] })
    const body = { name: 'Huda', answers: { a: 'x' }, startedAt: '2026-01-01T00:00:00.000Z' }
    await expect(api.submit('ABC123', 'key-1', body, 'en')).rejects.toMatchObject({ status: 0 })
    expect(fetch).toHaveBeenCalledTimes(1)
    const [url, init] = fetch.mock.calls[0] as [URL, RequestInit]
    expect(String(url)).toBe('http://x/v1/assignments/ABC123/attempts?lang=en')
    expect(init.method).toBe('POST')
    expect((init.headers as Record<string, string>)['Idempotency-Key']).toBe('key-1')
    expect(JSON.parse(init.body as string)).toEqual(body)
  })

  it('posts checks and grades with the contract shapes', async () => {
    const fetch = vi.fn(async () => json({}))
    vi.stubGlobal('fetch', fetch)
    const api = createApi('http://x/')
    await api.check('q', 'meeting-duration', '150 دقيقة', 'ar')
    await api.grade('q', { a: ['c1', 'c2'] }, 'en')
    const calls = fetch.mock.calls as unknown as [URL, RequestInit][]
    expect(String(calls[0]![0])).toBe('http://x/v1/quizzes/q/questions/meeting-duration/check?lang=ar')
    expect(JSON.parse(calls[0]![1].body as string)).toEqual({ answer: '150 دقيقة' })
    expect(String(calls[1]![0])).toBe('http://x/v1/quizzes/q/grade?lang=en')
    expect(JSON.parse(calls[1]![1].body as string)).toEqual({ answers: { a: ['c1', 'c2'] } })
  })
})
