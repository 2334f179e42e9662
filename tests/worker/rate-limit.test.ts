import { env, SELF } from 'cloudflare:test'
import { Hono } from 'hono'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { onError } from '../../src/worker/problem.ts'
import { bindingRateLimit, hitRateLimit, purgeRateLimits, rateLimit } from '../../src/worker/rate-limit.ts'

function appWith(options: { limit: number; windowSeconds: number; name?: string }) {
  const app = new Hono<{ Bindings: Env }>()
  app.use('/limited/*', rateLimit({ name: options.name ?? 'test', limit: options.limit, windowSeconds: options.windowSeconds }))
  app.get('/limited/:x', (c) => c.json({ ok: true }))
  app.onError(onError)
  return app
}

const from = (ip: string) => ({ headers: { 'CF-Connecting-IP': ip } })

afterEach(() => {
  vi.useRealTimers()
})

describe('rateLimit', () => {
  it('lets `limit` requests through per window, then answers 429 problem+json with Retry-After', async () => {
    const app = appWith({ limit: 3, windowSeconds: 60 })
    const ip = `10.0.0.${Math.floor(Math.random() * 250)}`
    for (let i = 0; i < 3; i++) {
      const res = await app.request('/limited/a', from(ip), env)
      expect(res.status).toBe(200)
      expect(res.headers.get('RateLimit-Policy')).toBe('"test";q=3;w=60')
      expect(res.headers.get('RateLimit')).toMatch(new RegExp(`^"test";r=${2 - i};t=\\d+$`))
    }
    const res = await app.request('/limited/a', from(ip), env)
    expect(res.status).toBe(429)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    const retryAfter = Number(res.headers.get('Retry-After'))
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(60)
    expect(res.headers.get('RateLimit')).toMatch(/^"test";r=0;t=\d+$/)
    const body = (await res.json()) as { code: string; status: number }
    expect(body).toMatchObject({ code: 'rate-limited', status: 429 })
  })

  it('counts each key (client IP by default) separately', async () => {
    const app = appWith({ limit: 1, windowSeconds: 60 })
    expect((await app.request('/limited/a', from('192.0.2.1'), env)).status).toBe(200)
    expect((await app.request('/limited/a', from('192.0.2.1'), env)).status).toBe(429)
    expect((await app.request('/limited/a', from('192.0.2.2'), env)).status).toBe(200)
    // No CF-Connecting-IP (local dev): one shared "local" key.
    expect((await app.request('/limited/a', {}, env)).status).toBe(200)
    expect((await app.request('/limited/a', {}, env)).status).toBe(429)
  })

  it('starts a fresh window once the old one has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-25T10:00:00Z'))
    const app = appWith({ limit: 1, windowSeconds: 30 })
    expect((await app.request('/limited/a', from('198.51.100.7'), env)).status).toBe(200)
    vi.setSystemTime(new Date('2026-11-25T10:00:20Z'))
    const limited = await app.request('/limited/a', from('198.51.100.7'), env)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('Retry-After')).toBe('10')
    vi.setSystemTime(new Date('2026-11-25T10:00:31Z'))
    expect((await app.request('/limited/a', from('198.51.100.7'), env)).status).toBe(200)
  })

  it('never lets concurrent requests past the limit', async () => {
    const app = appWith({ limit: 10, windowSeconds: 60 })
    const statuses = await Promise.all(Array.from({ length: 40 }, async () => (await app.request('/limited/a', from('203.0.113.9'), env)).status))
    expect(statuses.filter((s) => s === 200)).toHaveLength(10)
    expect(statuses.filter((s) => s === 429)).toHaveLength(30)
  })

  it('counts an IPv6 client by its /64, whatever address it rotates to, and an IPv4-mapped address as the IPv4 one', async () => {
    const app = appWith({ limit: 3, windowSeconds: 60 })
    const prefix = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:7`
    const rotating = [`${prefix}::1`, `${prefix}:a:b:c:d`, `[${prefix.toUpperCase()}::ffff:1]`, `${prefix}:0:0:0:2%eth0`]
    const statuses = []
    for (const ip of rotating) statuses.push((await app.request('/limited/a', from(ip), env)).status)
    expect(statuses).toEqual([200, 200, 200, 429])
    // The neighbouring /64 is another client.
    expect((await app.request('/limited/a', from(`${prefix.slice(0, -1)}8::1`), env)).status).toBe(200)
    const stored = await env.DB.prepare('SELECT count FROM rate_limits WHERE key = ?').bind(`test:${prefix}::/64`).first('count')
    expect(stored).toBe(4)

    const v4 = `198.51.100.${Math.floor(Math.random() * 250) + 1}`
    const mapped = [v4, `::ffff:${v4}`, `[::FFFF:${v4}]`, v4]
    const v4Statuses = []
    for (const ip of mapped) v4Statuses.push((await app.request('/limited/a', from(ip), env)).status)
    expect(v4Statuses).toEqual([200, 200, 200, 429])
  })

  it('is off when the limit is 0', async () => {
    const app = appWith({ limit: 0, windowSeconds: 60 })
    for (let i = 0; i < 5; i++) expect((await app.request('/limited/a', from('192.0.2.50'), env)).status).toBe(200)
  })
})

describe('bindingRateLimit', () => {
  /** A limiter that allows `allowed` calls, recording the keys it was asked about. */
  function fakeLimiter(allowed: number): RateLimit & { keys: string[] } {
    const keys: string[] = []
    return { keys, limit: async ({ key }) => (keys.push(key), { success: keys.length <= allowed }) }
  }

  function bindingApp(limiter: RateLimit, limit = 5) {
    const app = new Hono<{ Bindings: Env }>()
    app.use('/limited/*', bindingRateLimit({ name: 'test', limiter: () => limiter, limit, windowSeconds: 60 }))
    app.get('/limited/:x', (c) => c.json({ ok: true }))
    app.onError(onError)
    return app
  }

  it('passes what the limiter allows with RateLimit-Policy only, then answers 429 problem+json with Retry-After', async () => {
    const limiter = fakeLimiter(2)
    const app = bindingApp(limiter)
    for (let i = 0; i < 2; i++) {
      const res = await app.request('/limited/a', from('192.0.2.20'), env)
      expect(res.status).toBe(200)
      expect(res.headers.get('RateLimit-Policy')).toBe('"test";q=5;w=60')
      expect(res.headers.get('RateLimit')).toBeNull()
    }
    const res = await app.request('/limited/a', from('192.0.2.20'), env)
    expect(res.status).toBe(429)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    expect(res.headers.get('Retry-After')).toBe('60')
    expect(res.headers.get('RateLimit-Policy')).toBe('"test";q=5;w=60')
    expect(await res.json()).toMatchObject({ code: 'rate-limited', status: 429, retryAfter: 60 })
    expect(limiter.keys).toEqual(['192.0.2.20', '192.0.2.20', '192.0.2.20'])
  })

  it('asks the limiter about an IPv6 client’s /64 and an IPv4 client’s address', async () => {
    const limiter = fakeLimiter(100)
    const app = bindingApp(limiter, 100)
    for (const ip of ['2001:db8:5:6::1', '2001:DB8:5:6:ffff::9', '::ffff:192.0.2.5', '192.0.2.5']) {
      expect((await app.request('/limited/a', from(ip), env)).status).toBe(200)
    }
    expect(limiter.keys).toEqual(['2001:db8:5:6::/64', '2001:db8:5:6::/64', '192.0.2.5', '192.0.2.5'])
  })

  it('asks nothing when the limit is 0, and lets requests through when the limiter fails', async () => {
    const unused = fakeLimiter(0)
    for (let i = 0; i < 3; i++) expect((await bindingApp(unused, 0).request('/limited/a', {}, env)).status).toBe(200)
    expect(unused.keys).toEqual([])
    const broken: RateLimit = { limit: () => Promise.reject(new Error('limiter down')) }
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect((await bindingApp(broken).request('/limited/a', {}, env)).status).toBe(200)
    expect(error).toHaveBeenCalled()
    error.mockRestore()
  })
})

describe('the GRADING_LIMITER binding', () => {
  /**
   * How many calls the binding allows one fresh key in a window. The simulated limiter counts in
   * windows aligned to the clock, so a count that straddled a boundary is taken again with a new key.
   */
  async function allowedInOneWindow(limiter: RateLimit, max: number): Promise<number> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const key = `198.18.${attempt}.${Math.floor(Math.random() * 250)}-${crypto.randomUUID()}`
      const window = Math.floor(Date.now() / 60_000)
      // All at once: one by one, `max` calls take longer than a minute's remainder on a busy machine.
      const outcomes = await Promise.all(Array.from({ length: max }, () => limiter.limit({ key })))
      const allowed = outcomes.filter((outcome) => outcome.success).length
      if (Math.floor(Date.now() / 60_000) === window) return allowed
    }
    throw new Error('the count straddled a window boundary twice')
  }

  it('allows exactly the quota RATE_LIMIT_GRADING_PER_MINUTE announces (wrangler.toml keeps them equal)', async () => {
    const quota = Number(env.RATE_LIMIT_GRADING_PER_MINUTE)
    expect(quota).toBeGreaterThan(0)
    expect(await allowedInOneWindow(env.GRADING_LIMITER, quota + 10)).toBe(quota)
  }, 90_000)

  it('is what grading counts with: a grade writes no rate-limit row to D1', async () => {
    const ip = `192.0.2.${Math.floor(Math.random() * 250) + 1}`
    const res = await SELF.fetch('http://fahm.test/v1/quizzes/kim-putin-beijing/grade', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip },
      body: JSON.stringify({ answers: {} }),
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('RateLimit-Policy')).toBe(`"grading";q=${env.RATE_LIMIT_GRADING_PER_MINUTE};w=60`)
    const rows = await env.DB.prepare("SELECT count(*) AS n FROM rate_limits WHERE key LIKE 'grading:%'").first<{ n: number }>()
    expect(rows?.n).toBe(0)
  })
})

describe('hitRateLimit and purgeRateLimits', () => {
  it('counts in one row per key and purges ended windows', async () => {
    expect(await hitRateLimit(env.DB, 'unit:k', 10, 1000)).toEqual({ count: 1, resetAt: 1010 })
    expect(await hitRateLimit(env.DB, 'unit:k', 10, 1005)).toEqual({ count: 2, resetAt: 1010 })
    expect(await hitRateLimit(env.DB, 'unit:k', 10, 1010)).toEqual({ count: 1, resetAt: 1020 })
    await purgeRateLimits(env.DB, 1020)
    const row = await env.DB.prepare("SELECT count(*) AS n FROM rate_limits WHERE key = 'unit:k'").first<{ n: number }>()
    expect(row?.n).toBe(0)
  })
})

describe('limits on the classroom endpoints', () => {
  it('allows 20 new classes per hour per address, then 429 with Retry-After', async () => {
    const create = () =>
      SELF.fetch('http://fahm.test/v1/classes', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': '192.0.2.77' },
        body: '{}',
      })
    for (let i = 0; i < Number(env.RATE_LIMIT_CLASSES_PER_HOUR); i++) expect((await create()).status).toBe(201)
    const res = await create()
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('Retry-After'))).toBeGreaterThan(3500)
    expect(res.headers.get('RateLimit-Policy')).toBe('"classes";q=20;w=3600')
    expect(((await res.json()) as { code: string }).code).toBe('rate-limited')
    // Another address is not affected.
    const other = await SELF.fetch('http://fahm.test/v1/classes', { method: 'POST', headers: { 'CF-Connecting-IP': '192.0.2.78' } })
    expect(other.status).toBe(201)
  }, 60_000)

  it('counts classes created from addresses rotating inside one IPv6 /64 together', async () => {
    const prefix = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:99`
    const create = (i: number) =>
      SELF.fetch('http://fahm.test/v1/classes', { method: 'POST', headers: { 'CF-Connecting-IP': `${prefix}:${i.toString(16)}::${i.toString(16)}` } })
    const limit = Number(env.RATE_LIMIT_CLASSES_PER_HOUR)
    for (let i = 1; i <= limit; i++) expect((await create(i)).status).toBe(201)
    const res = await create(limit + 1)
    expect(res.status).toBe(429)
    expect(((await res.json()) as { code: string }).code).toBe('rate-limited')
  }, 60_000)

  it('allows 60 attempts per minute per address and assignment, then 429', async () => {
    const cls = (await (await SELF.fetch('http://fahm.test/v1/classes', { method: 'POST', headers: { 'CF-Connecting-IP': '192.0.2.90' } })).json()) as {
      classId: string
      teacherKey: string
    }
    const made = await SELF.fetch(`http://fahm.test/v1/classes/${cls.classId}/assignments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${cls.teacherKey}` },
      body: JSON.stringify({ quizId: 'kim-putin-beijing', title: 'T', maxAttempts: 20 }),
    })
    const { code } = (await made.json()) as { code: string }
    const attempt = (i: number) =>
      SELF.fetch(`http://fahm.test/v1/assignments/${code}/attempts`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': '192.0.2.91', 'Idempotency-Key': `key-${i}-${code}` },
        body: JSON.stringify({ name: `S${i}`, answers: {} }),
      })
    const limit = Number(env.RATE_LIMIT_ATTEMPTS_PER_MINUTE)
    const statuses = await Promise.all(Array.from({ length: limit + 5 }, (_, i) => attempt(i).then((r) => r.status)))
    expect(statuses.filter((s) => s === 201)).toHaveLength(limit)
    expect(statuses.filter((s) => s === 429)).toHaveLength(5)
    const res = await attempt(999)
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1)
  }, 60_000)

  it('counts the personal-code lookup (GET) with the attempts, per address and assignment', async () => {
    const headers = { 'Content-Type': 'application/json', 'CF-Connecting-IP': '192.0.2.93' }
    const cls = (await (await SELF.fetch('http://fahm.test/v1/classes', { method: 'POST', headers, body: '{}' })).json()) as {
      classId: string
      teacherKey: string
    }
    const teacher = { 'Content-Type': 'application/json', Authorization: `Bearer ${cls.teacherKey}` }
    const roster = await SELF.fetch(`http://fahm.test/v1/classes/${cls.classId}/students`, {
      method: 'POST',
      headers: teacher,
      body: JSON.stringify({ names: ['Sara'] }),
    })
    const [student] = ((await roster.json()) as { students: { code: string }[] }).students
    const made = await SELF.fetch(`http://fahm.test/v1/classes/${cls.classId}/assignments`, {
      method: 'POST',
      headers: teacher,
      body: JSON.stringify({ quizId: 'kim-putin-beijing', title: 'T' }),
    })
    const { code } = (await made.json()) as { code: string }
    const lookup = (ip: string) => SELF.fetch(`http://fahm.test/v1/assignments/${code}/students/${student!.code}`, { headers: { 'CF-Connecting-IP': ip } })
    const limit = Number(env.RATE_LIMIT_ATTEMPTS_PER_MINUTE)
    const statuses = await Promise.all(Array.from({ length: limit + 3 }, () => lookup('192.0.2.94').then((r) => r.status)))
    expect(statuses.filter((s) => s === 200)).toHaveLength(limit)
    expect(statuses.filter((s) => s === 429)).toHaveLength(3)
    expect((await lookup('192.0.2.95')).status).toBe(200)
  }, 60_000)
})
