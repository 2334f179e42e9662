import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { STUDENT_PAGE_CSP, TEACH_CSP } from '../../src/worker/routes/pages.ts'
import { ORIGIN, createAssignment, createClass, freshIp } from './classroom-helpers.ts'

/**
 * Issue 10, item 7: `/a/:code` shares an origin with `/teach`, where teacher keys are stored, so it
 * gets the same Content-Security-Policy. Framing is decided per page: `/teach` never, the student
 * page by this origin or any HTTPS page (an LMS), never by a plain-HTTP page.
 */

/** The directives of a CSP header, by name. */
function directives(csp: string | null): Map<string, string[]> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  )
}

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,*/*;q=0.8'

describe('Content-Security-Policy of the student page', () => {
  it('is the teacher page’s policy but for frame-ancestors', async () => {
    const teach = directives(TEACH_CSP)
    const student = directives(STUDENT_PAGE_CSP)
    expect(teach.get('frame-ancestors')).toEqual(["'none'"])
    expect(student.get('frame-ancestors')).toEqual(["'self'", 'https:'])
    for (const name of new Set([...teach.keys(), ...student.keys()])) {
      if (name !== 'frame-ancestors') expect(student.get(name), name).toEqual(teach.get(name))
    }
    // Only our own scripts, no plugins, no <base>.
    expect(student.get('script-src')).toEqual(["'self'"])
    expect(student.get('object-src')).toEqual(["'none'"])
    expect(student.get('base-uri')).toEqual(["'none'"])
    expect(student.get('default-src')).toEqual(["'self'"])
  })

  it('is sent with the page of a known code, the 404 page and the 404 problem', async () => {
    const assignment = await createAssignment(await createClass())
    const ip = freshIp()
    const responses = await Promise.all([
      SELF.fetch(`${ORIGIN}/a/${assignment.code}`, { headers: { Accept: BROWSER_ACCEPT, 'CF-Connecting-IP': ip } }),
      SELF.fetch(`${ORIGIN}/a/ZZZZZ9`, { headers: { Accept: BROWSER_ACCEPT, 'CF-Connecting-IP': ip } }),
      SELF.fetch(`${ORIGIN}/a/ZZZZZ9`, { headers: { 'CF-Connecting-IP': ip } }),
    ])
    expect(responses.map((r) => r.status)).toEqual([200, 404, 404])
    for (const res of responses) {
      expect(res.headers.get('Content-Security-Policy')).toBe(STUDENT_PAGE_CSP)
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
      expect(res.headers.get('Referrer-Policy')).toBe('no-referrer')
      // frame-ancestors decides framing; X-Frame-Options would forbid what it allows.
      expect(res.headers.get('X-Frame-Options')).toBeNull()
    }
    // The page needs nothing the policy forbids: no inline script, scripts from this origin only.
    const page = await responses[0]!.text()
    for (const tag of page.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc="\/[^/]/)
    expect(page).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/)
    expect(page).not.toMatch(/\son[a-z]+=/i)
  })

  it('keeps the teacher page unframeable', async () => {
    const res = await SELF.fetch(`${ORIGIN}/teach`)
    expect(res.headers.get('Content-Security-Policy')).toBe(TEACH_CSP)
  })
})
