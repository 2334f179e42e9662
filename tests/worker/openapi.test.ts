import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import app from '../../src/worker/api.ts'
import { addressKey } from '../../src/worker/client-address.ts'
import { PROBLEM_CODES } from '../../src/worker/problem.ts'
import { RATE_LIMIT_POLICIES } from '../../src/worker/rate-limit-policies.ts'
import { servedRoutes } from '../../src/worker/route-groups.ts'
import { toOpenApiPath } from '../../src/worker/routes/openapi.ts'

const ORIGIN = 'https://fahm.example'

type Document = {
  openapi: string
  servers: { url: string }[]
  paths: Record<string, Record<string, { summary?: string }>>
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> }
}

async function getDocument(): Promise<Document> {
  const res = await SELF.fetch(`${ORIGIN}/v1/openapi.json`)
  expect(res.status).toBe(200)
  expect(res.headers.get('Content-Type')).toMatch(/^application\/json/)
  return res.json()
}

/** Every method and path the app routes, as OpenAPI keys (`get /v1/quizzes/{quizId}`). */
async function servedKeys(): Promise<string[]> {
  return (await servedRoutes(app)).map((route) => `${route.method.toLowerCase()} ${toOpenApiPath(route.path)}`)
}

describe('GET /v1/openapi.json (inside workerd)', () => {
  it('serves an OpenAPI 3.1 document with this origin as server', async () => {
    const doc = await getDocument()
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.servers[0]!.url).toBe(ORIGIN)
    expect(doc.components.schemas).toHaveProperty('Problem')
    expect(doc.components.securitySchemes).toHaveProperty('editorToken')
  })

  it('lists every route the app serves, each with a summary', async () => {
    const doc = await getDocument()
    const served = await servedKeys()
    expect(served).toEqual(expect.arrayContaining(['post /v1/quizzes', 'get /v1/quizzes/{quizId}/export', 'get /docs', 'get /v1/ping']))
    for (const key of served) {
      const [method, path] = key.split(' ') as [string, string]
      expect(doc.paths[path]?.[method], key).toBeDefined()
      expect(doc.paths[path]![method]!.summary, key).toBeTruthy()
    }
  })
})

describe('GET /docs', () => {
  it('is a self-contained page: no script, nothing loaded from elsewhere, a strict CSP', async () => {
    const res = await SELF.fetch(`${ORIGIN}/docs`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'none'")
    const html = await res.text()
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<link[^>]+stylesheet/i)
    expect(html).not.toMatch(/\bsrc=/i)
    expect(html).not.toMatch(/url\(/i)
    expect(html).toContain('<style>')
  })

  it('documents every operation, every problem code (as anchors) and the rate limits', async () => {
    const html = await (await SELF.fetch(`${ORIGIN}/docs`)).text()
    const doc = await getDocument()
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods)) expect(html, `${method} ${path}`).toContain(`<code>${path.replace(/&/g, '&amp;')}</code>`)
    }
    for (const code of Object.keys(PROBLEM_CODES)) expect(html).toContain(`id="problem-${code}"`)
    expect(html).toContain('id="rate-limits"')
    for (const policy of Object.values(RATE_LIMIT_POLICIES)) {
      expect(html, policy.name).toContain(`id="rate-limit-${policy.name}"`)
      expect(html, policy.name).toContain(policy.variable)
    }
    // The quiz writes' row says whom it counts, and each write route links to it.
    expect(html).toMatch(/id="rate-limit-quiz-writes">.*<td>300 \/ 3600 s<\/td><td>author \(a teacher key’s class, or the editor token\)/)
    expect(html.match(/<a href="#rate-limit-quiz-writes">/g)).toHaveLength(3)
    expect(html).toContain('Retry-After')
  })

  it('is where problem types point', async () => {
    const res = await SELF.fetch(`${ORIGIN}/v1/quizzes/no-such-quiz`)
    const problem = (await res.json()) as { type: string }
    const [page, anchor] = problem.type.split('#') as [string, string]
    expect(page).toBe(`${ORIGIN}/docs`)
    expect(await (await SELF.fetch(page)).text()).toContain(`id="${anchor}"`)
  })
})

describe('GET /v1/ping', () => {
  it('answers a constant JSON', async () => {
    const res = await SELF.fetch(`${ORIGIN}/v1/ping`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true })
  })
})

describe('grading rate limit', () => {
  const post = (path: string, ip: string, body: unknown) =>
    SELF.fetch(`${ORIGIN}/v1/quizzes/kim-putin-beijing${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip },
      body: JSON.stringify(body),
    })
  const grade = (ip: string) => post('/grade', ip, { answers: {} })
  const check = (ip: string) => post('/questions/meeting-duration/check', ip, { answer: '2.5' })

  it('sends RateLimit-Policy on grade and check (one budget) and answers 429 with Retry-After past the quota', async () => {
    const { env } = await import('cloudflare:test')
    const quota = Number(env.RATE_LIMIT_GRADING_PER_MINUTE)
    // The simulated limiter counts in clock-aligned minutes: a run that straddled one is run again.
    for (let attempt = 0; attempt < 2; attempt++) {
      // A fresh IPv6 /64 per run; the limiter counts under the address's key (its /64).
      const ip = `2001:db8:${crypto.randomUUID().slice(0, 4)}:${crypto.randomUUID().slice(0, 4)}::${attempt + 1}`
      const key = addressKey(ip)
      const window = Math.floor(Date.now() / 60_000)
      // Spend all but two of the address's quota through the binding the routes count with, all at
      // once: one by one, the calls take longer than a minute's remainder on a busy machine.
      const spent = await Promise.all(Array.from({ length: quota - 2 }, () => env.GRADING_LIMITER.limit({ key })))
      expect(spent.filter((outcome) => !outcome.success)).toEqual([])
      const first = await grade(ip)
      expect(first.status).toBe(200)
      expect(first.headers.get('RateLimit-Policy')).toBe(`"grading";q=${quota};w=60`)
      // The limiter does not report what is left, so no RateLimit header is sent.
      expect(first.headers.get('RateLimit')).toBeNull()
      const checked = await check(ip)
      expect(checked.status).toBe(200)
      expect(checked.headers.get('RateLimit-Policy')).toBe(`"grading";q=${quota};w=60`)
      const limited = await grade(ip)
      const limitedCheck = await check(ip)
      if (Math.floor(Date.now() / 60_000) !== window) continue
      for (const res of [limited, limitedCheck]) {
        expect(res.status).toBe(429)
        expect(res.headers.get('Content-Type')).toBe('application/problem+json')
        expect(res.headers.get('Retry-After')).toBe('60')
        expect(res.headers.get('RateLimit-Policy')).toBe(`"grading";q=${quota};w=60`)
        expect(((await res.json()) as { code: string }).code).toBe('rate-limited')
      }
      // Another client is not affected.
      expect((await grade('198.51.100.7')).status).toBe(200)
      return
    }
    throw new Error('straddled a window boundary twice')
  }, 30_000)
})
