import { env, SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { CODE_LOOKUP_LIMIT } from '../../src/worker/middleware/code-lookup-limit.ts'
import { ORIGIN, createAssignment, createClass, submit } from './classroom-helpers.ts'
import { expectProblem } from './problem-assert.ts'

/**
 * Issue 10, item 5: join codes can be guessed, so lookups of unknown codes are limited per client
 * address (IPv6 by its /64), on the API and on the student page.
 */

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
const quota = Number(env.RATE_LIMIT_FAILED_LOOKUPS_PER_HOUR)

let counter = 0
/** A code in the join-code alphabet that no assignment has (assignments are drawn at random; this prefix is not). */
function unknownCode(): string {
  counter++
  const alphabet = 'ABCDEFGHJK'
  return `ZZ${[...String(1000 + counter)].map((d) => alphabet[Number(d)]).join('')}`
}

/** A fresh address per test: 10.250.x.y. */
let ipCounter = 0
const base = Math.floor(Math.random() * 200)
function freshAddress(): string {
  ipCounter++
  return `10.250.${base}.${ipCounter}`
}

const lookup = (code: string, ip: string, path = '') => SELF.fetch(`${ORIGIN}/v1/assignments/${code}${path}`, { headers: { 'CF-Connecting-IP': ip } })

async function storedCount(key: string): Promise<number | null> {
  return env.DB.prepare('SELECT count FROM rate_limits WHERE key = ?').bind(`${CODE_LOOKUP_LIMIT.name}:${key}`).first<number>('count')
}

describe('failed code lookups on the API', () => {
  it('is configured, in wrangler.toml, at 30 per hour', () => {
    expect(quota).toBe(30)
    expect(CODE_LOOKUP_LIMIT.windowSeconds).toBe(3600)
  })

  it('answers `quota` unknown codes with 404, then 429 problem+json with RateLimit headers, for known codes too', async () => {
    const ip = freshAddress()
    const cls = await createClass()
    const assignment = await createAssignment(cls)
    for (let i = 1; i <= quota; i++) {
      const res = await lookup(unknownCode(), ip)
      expect(res.status).toBe(404)
      expect(res.headers.get('RateLimit-Policy')).toBe(`"code-lookups";q=${quota};w=3600`)
      expect(res.headers.get('RateLimit')).toMatch(new RegExp(`^"code-lookups";r=${quota - i};t=\\d+$`))
    }
    const limited = await lookup(unknownCode(), ip)
    const body = await expectProblem(limited, 429, 'rate-limited', ORIGIN)
    const retryAfter = Number(limited.headers.get('Retry-After'))
    expect(retryAfter).toBeGreaterThan(3500)
    expect(retryAfter).toBeLessThanOrEqual(3600)
    expect(body.retryAfter).toBe(retryAfter)
    expect(limited.headers.get('RateLimit')).toMatch(/^"code-lookups";r=0;t=\d+$/)

    // A known code is refused too: a 200 among 429s would tell a scanner it had found one.
    await expectProblem(await lookup(assignment.code, ip), 429, 'rate-limited', ORIGIN)
    await expectProblem(await lookup(assignment.code, ip, '/quiz'), 429, 'rate-limited', ORIGIN)
    // The refused lookups are not counted further.
    expect(await storedCount(ip)).toBe(quota)
    // Another address is not affected.
    const other = await lookup(assignment.code, freshAddress())
    expect(other.status).toBe(200)
    expect(other.headers.get('RateLimit')).toMatch(new RegExp(`^"code-lookups";r=${quota};t=3600$`))
  }, 60_000)

  it('writes nothing for lookups that find their assignment', async () => {
    const ip = freshAddress()
    const assignment = await createAssignment(await createClass())
    for (const path of ['', '/quiz', '', '/quiz']) expect((await lookup(assignment.code, ip, path)).status).toBe(200)
    expect(await storedCount(ip)).toBeNull()
  })

  it('counts every route under a code and malformed codes alike', async () => {
    const ip = freshAddress()
    const assignment = await createAssignment(await createClass())
    expect((await lookup(unknownCode(), ip, '/quiz')).status).toBe(404)
    expect((await lookup('not-a-code!', ip)).status).toBe(404)
    expect((await lookup(assignment.code, ip, '/attempts/att_nope')).status).toBe(404)
    const res = await submit(unknownCode(), { name: 'Sara', answers: {} }, { ip })
    expect(res.status).toBe(404)
    expect(await storedCount(ip)).toBe(4)
  })

  it('counts an IPv6 client by its /64, however it rotates', async () => {
    const prefix = `2001:db8:${(Math.floor(Math.random() * 0xfff) + 1).toString(16)}:1`
    for (let i = 1; i <= quota; i++) expect((await lookup(unknownCode(), `${prefix}:${i.toString(16)}::1`)).status).toBe(404)
    await expectProblem(await lookup(unknownCode(), `${prefix}:ffff:ffff:ffff:ffff`), 429, 'rate-limited', ORIGIN)
    expect(await storedCount(`${prefix}::/64`)).toBe(quota)
  }, 60_000)

  it('adds its headers beside the attempts limit on a submission', async () => {
    const assignment = await createAssignment(await createClass(), { maxAttempts: 3 })
    const res = await submit(assignment.code, { name: 'Sara', answers: {} })
    expect(res.status).toBe(201)
    const policies = res.headers.get('RateLimit-Policy') ?? ''
    expect(policies).toContain('"attempts";q=')
    expect(policies).toContain(`"code-lookups";q=${quota};w=3600`)
    expect(res.headers.get('RateLimit')).toMatch(/^"attempts";r=\d+;t=\d+, "code-lookups";r=30;t=3600$/)
  })
})

describe('failed code lookups on the student page /a/:code', () => {
  const open = (code: string, ip: string, lang?: string) =>
    SELF.fetch(`${ORIGIN}/a/${code}${lang ? `?lang=${lang}` : ''}`, { headers: { Accept: BROWSER_ACCEPT, 'CF-Connecting-IP': ip } })

  it('shares the API’s count, and answers a browser past it with a page in its language', async () => {
    const ip = freshAddress()
    const assignment = await createAssignment(await createClass())
    for (let i = 0; i < quota / 2; i++) expect((await open(unknownCode(), ip)).status).toBe(404)
    for (let i = 0; i < quota / 2; i++) expect((await lookup(unknownCode(), ip)).status).toBe(404)

    const ar = await open(assignment.code, ip)
    expect(ar.status).toBe(429)
    expect(ar.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(ar.headers.get('Content-Language')).toBe('ar')
    expect(Number(ar.headers.get('Retry-After'))).toBeGreaterThan(3500)
    expect(ar.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'self' https:")
    const arabic = await ar.text()
    expect(arabic).toContain('<html lang="ar" dir="rtl">')
    expect(arabic).toContain('جُرِّبت رموز كثيرة غير موجودة')
    // Arabic-Indic digits, and the minutes counted as Arabic counts them: «٦٠ دقيقة».
    expect(arabic).toMatch(/بعد [٠-٩]+ دقيقة/)
    expect(arabic).not.toContain(assignment.code)

    const en = await open(unknownCode(), ip, 'en')
    expect(en.status).toBe(429)
    const english = await en.text()
    expect(english).toContain('<html lang="en" dir="ltr">')
    expect(english).toMatch(/Try again in \d+ minutes/)

    // Any other client gets the problem.
    const api = await SELF.fetch(`${ORIGIN}/a/${assignment.code}`, { headers: { 'CF-Connecting-IP': ip } })
    await expectProblem(api, 429, 'rate-limited', ORIGIN)
  }, 60_000)
})
