import { env, SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import app from '../../src/worker/api.ts'
import { RATE_LIMIT_POLICIES } from '../../src/worker/rate-limit-policies.ts'
import { authoredQuizBody, EDITOR_TOKEN, freshQuizId } from './authored-quiz.ts'
import { bearer, createClass, freshIp, ORIGIN } from './classroom-helpers.ts'
import { expectProblem } from './problem-assert.ts'

/**
 * The `quiz-writes` policy: creates, updates and deletes of the editor API, counted per author (a
 * teacher key's class, or the editor token) whatever the address. The first part runs the Worker as
 * configured (wrangler.toml); the rest the same app with a small quota in its variable.
 */

const POLICY = RATE_LIMIT_POLICIES.quizWrites
const configured = Number(env.RATE_LIMIT_QUIZ_WRITES_PER_HOUR)

type Send = (method: string, path: string, key: string, options?: { body?: unknown; ip?: string }) => Promise<Response>

function request(method: string, key: string, options: { body?: unknown; ip?: string } = {}): RequestInit {
  const headers: Record<string, string> = { ...bearer(key), 'CF-Connecting-IP': options.ip ?? freshIp() }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  return { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) }
}

/** Through the Worker as deployed with wrangler.toml's variables. */
const deployed: Send = (method, path, key, options) => SELF.fetch(`${ORIGIN}${path}`, request(method, key, options))

/** The same app, with `quota` in RATE_LIMIT_QUIZ_WRITES_PER_HOUR. */
const withQuota =
  (quota: string): Send =>
  async (method, path, key, options) =>
    app.request(`${ORIGIN}${path}`, request(method, key, options), { ...env, [POLICY.variable]: quota })

/** `count` writes that cost the author one count each and store nothing: deletes of ids nobody has. */
async function spend(send: Send, key: string, count: number): Promise<void> {
  for (let done = 0; done < count; done += 50) {
    const batch = Array.from({ length: Math.min(50, count - done) }, () => send('DELETE', `/v1/quizzes/${freshQuizId('nobody')}`, key))
    for (const res of await Promise.all(batch)) expect(res.status).toBe(404)
  }
}

/** The `r` (remaining) of a `RateLimit: "quiz-writes";r=…;t=…` header, or null without one. */
function remaining(res: Response): number | null {
  const match = /^"quiz-writes";r=(\d+);t=\d+$/.exec(res.headers.get('RateLimit') ?? '')
  return match ? Number(match[1]) : null
}

/** The sample quiz under `id` as a classroom quiz, what a teacher key may write. */
const classQuiz = (id: string, overrides: Record<string, unknown> = {}) => authoredQuizBody(id, { visibility: 'classroom', ...overrides })

/** A POST of a fresh quiz. */
const createQuiz = (send: Send, key: string, ip?: string) => send('POST', '/v1/quizzes', key, { body: classQuiz(freshQuizId('limited')), ip })

describe('the quiz-writes policy as configured', () => {
  it('is on in wrangler.toml, at the registry’s default, per hour', () => {
    expect(configured).toBe(POLICY.defaultLimit)
    expect(POLICY.windowSeconds).toBe(3600)
  })

  it('counts a class’s creates, updates and deletes down in RateLimit, and not its reads', async () => {
    const cls = await createClass()
    const id = freshQuizId('counted')
    const created = await deployed('POST', '/v1/quizzes', cls.teacherKey, { body: classQuiz(id) })
    expect(created.status, await created.clone().text()).toBe(201)
    expect(created.headers.get('RateLimit-Policy')).toBe(`"quiz-writes";q=${configured};w=3600`)
    expect(remaining(created)).toBe(configured - 1)

    // Reads carry no rate-limit header and leave the count alone.
    for (const path of [`/v1/quizzes/${id}/source`, `/v1/quizzes/${id}/export?format=gift`, '/v1/quiz-sources', '/v1/me']) {
      const read = await deployed('GET', path, cls.teacherKey)
      expect(read.status, path).toBe(200)
      expect(read.headers.get('RateLimit-Policy'), path).toBeNull()
    }

    const updated = await deployed('PUT', `/v1/quizzes/${id}`, cls.teacherKey, { body: classQuiz(id, { title: { ar: 'عنوان آخر' } }) })
    expect(updated.status, await updated.clone().text()).toBe(200)
    expect(remaining(updated)).toBe(configured - 2)
    // A refused write counts too: the checks ran (or could have).
    const invalid = await deployed('PUT', `/v1/quizzes/${id}`, cls.teacherKey, { body: classQuiz(id, { questions: [] }) })
    expect(invalid.status).toBe(422)
    expect(remaining(invalid)).toBe(configured - 3)
    const deleted = await deployed('DELETE', `/v1/quizzes/${id}`, cls.teacherKey)
    expect(deleted.status).toBe(204)
    expect(remaining(deleted)).toBe(configured - 4)
  })

  it('refuses a class’s write past the quota with 429 problem+json and Retry-After, stores nothing, and leaves another class alone', async () => {
    const cls = await createClass()
    await spend(deployed, cls.teacherKey, configured)
    const id = freshQuizId('refused')
    const refused = await deployed('POST', '/v1/quizzes', cls.teacherKey, { body: classQuiz(id) })
    const problem = await expectProblem(refused, 429, 'rate-limited', ORIGIN)
    const retryAfter = Number(refused.headers.get('Retry-After'))
    expect(retryAfter).toBeGreaterThan(3500)
    expect(retryAfter).toBeLessThanOrEqual(3600)
    expect(problem.retryAfter).toBe(retryAfter)
    expect(problem.detail).toContain('this author')
    expect(refused.headers.get('RateLimit')).toMatch(/^"quiz-writes";r=0;t=\d+$/)
    expect((await deployed('GET', `/v1/quizzes/${id}/source`, cls.teacherKey)).status).toBe(404)

    const other = await createClass()
    const ip = freshIp()
    const theirs = await createQuiz(deployed, other.teacherKey, ip)
    expect(theirs.status, await theirs.clone().text()).toBe(201)
    expect(remaining(theirs)).toBe(configured - 1)
  })
})

describe('the quiz-writes policy with a quota of 3', () => {
  const send = withQuota('3')

  it('counts per class: another address, or a new key of the class, does not start a new count; another class does', async () => {
    const cls = await createClass()
    for (let i = 0; i < 3; i++) expect((await createQuiz(send, cls.teacherKey)).status).toBe(201)
    await expectProblem(await createQuiz(send, cls.teacherKey), 429, 'rate-limited', ORIGIN)

    const replaced = await SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}/teacher-key`, { method: 'POST', headers: bearer(cls.teacherKey) })
    expect(replaced.status).toBe(200)
    const { teacherKey } = (await replaced.json()) as { teacherKey: string }
    await expectProblem(await createQuiz(send, teacherKey, freshIp()), 429, 'rate-limited', ORIGIN)
    // Every write route shares the budget.
    await expectProblem(await send('DELETE', `/v1/quizzes/${freshQuizId('nobody')}`, teacherKey), 429, 'rate-limited', ORIGIN)

    const other = await createClass()
    const theirs = await createQuiz(send, other.teacherKey)
    expect(theirs.status).toBe(201)
    expect(remaining(theirs)).toBe(2)
  })

  it('counts the editor token as one author from every address, apart from the classes', async () => {
    // Other tests of this file write with the editor token through the same counter: spend what is left.
    let res = await createQuiz(send, EDITOR_TOKEN)
    while (res.status === 201) res = await createQuiz(send, EDITOR_TOKEN)
    await expectProblem(res, 429, 'rate-limited', ORIGIN)
    await expectProblem(await createQuiz(send, EDITOR_TOKEN, freshIp()), 429, 'rate-limited', ORIGIN)

    const cls = await createClass()
    expect((await createQuiz(send, cls.teacherKey)).status).toBe(201)
  })

  it('counts nothing for a request refused for its credential, and says nothing of the policy there', async () => {
    const cls = await createClass()
    for (const key of ['not-a-key-of-anyone-at-all-1234', `${cls.teacherKey}x`]) {
      for (let i = 0; i < 5; i++) {
        const res = await createQuiz(send, key)
        await expectProblem(res, 401, 'unauthorized', ORIGIN)
        expect(res.headers.get('RateLimit-Policy')).toBeNull()
      }
    }
    const first = await createQuiz(send, cls.teacherKey)
    expect(first.status).toBe(201)
    expect(remaining(first)).toBe(2)
  })

  it('lets a class read its quizzes once it is out of writes', async () => {
    const cls = await createClass()
    const id = freshQuizId('readable')
    expect((await send('POST', '/v1/quizzes', cls.teacherKey, { body: classQuiz(id) })).status).toBe(201)
    await spend(send, cls.teacherKey, 2)
    await expectProblem(await send('PUT', `/v1/quizzes/${id}`, cls.teacherKey, { body: classQuiz(id) }), 429, 'rate-limited', ORIGIN)
    for (let i = 0; i < 5; i++) expect((await send('GET', `/v1/quizzes/${id}/source`, cls.teacherKey)).status).toBe(200)
    expect((await send('GET', '/v1/quiz-sources', cls.teacherKey)).status).toBe(200)
  })
})

describe('the quiz-writes policy at 0', () => {
  it('is off: writes pass uncounted, without rate-limit headers', async () => {
    const send = withQuota('0')
    const cls = await createClass()
    for (let i = 0; i < 6; i++) {
      const res = await createQuiz(send, cls.teacherKey)
      expect(res.status).toBe(201)
      expect(res.headers.get('RateLimit-Policy')).toBeNull()
    }
    const stored = await env.DB.prepare('SELECT count(*) AS n FROM rate_limits WHERE key = ?').bind(`quiz-writes:class:${cls.classId}`).first<{ n: number }>()
    expect(stored?.n).toBe(0)
  })
})
