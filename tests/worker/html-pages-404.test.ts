import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { prefersHtml } from '../../src/worker/accept.ts'
import { ORIGIN, QUIZ_ID, createAssignment, createClass } from './classroom-helpers.ts'
import { expectProblem } from './problem-assert.ts'

/**
 * The pages people open (`/embed/:quizId`, `/a/:code`) answer an unknown id by content negotiation:
 * an HTML 404 page when `Accept` prefers text/html (a browser or an iframe navigating), otherwise
 * the API's usual problem+json 404.
 */

// What Chromium and Firefox send when navigating a page or an iframe.
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8'

describe('prefersHtml', () => {
  it('chooses HTML for a browser navigating and for an explicit text/html', () => {
    expect(prefersHtml(BROWSER_ACCEPT)).toBe(true)
    expect(prefersHtml('text/html')).toBe(true)
    expect(prefersHtml('application/xhtml+xml')).toBe(true)
    expect(prefersHtml('application/json;q=0.5, TEXT/HTML')).toBe(true)
    expect(prefersHtml('text/html, application/json')).toBe(true)
  })

  it('chooses JSON without an Accept, for wildcards and when JSON ranks higher', () => {
    expect(prefersHtml(undefined)).toBe(false)
    expect(prefersHtml(null)).toBe(false)
    expect(prefersHtml('')).toBe(false)
    expect(prefersHtml('*/*')).toBe(false)
    expect(prefersHtml('text/*')).toBe(false)
    expect(prefersHtml('application/json')).toBe(false)
    expect(prefersHtml('application/problem+json, text/html;q=0.9')).toBe(false)
    expect(prefersHtml('text/html;q=0.5, application/*')).toBe(false)
    expect(prefersHtml('text/html;q=0')).toBe(false)
    expect(prefersHtml('text/html;q=banana')).toBe(false)
  })
})

describe('404 of the embed page', () => {
  const url = `${ORIGIN}/embed/no-such-quiz`

  it('is an HTML page for a browser', async () => {
    const res = await SELF.fetch(url, { headers: { Accept: BROWSER_ACCEPT } })
    expect(res.status).toBe(404)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(res.headers.get('Vary')).toMatch(/Accept/)
    expect(await res.text()).toContain('no-such-quiz')
  })

  it('is a problem for any other client', async () => {
    for (const accept of [undefined, '*/*', 'application/json']) {
      const res = await SELF.fetch(url, { headers: accept ? { Accept: accept } : {} })
      expect(res.headers.get('Vary')).toMatch(/Accept/)
      const body = await expectProblem(res, 404, 'quiz-not-found', ORIGIN)
      expect(body.quizId).toBe('no-such-quiz')
    }
  })

  it('does not change a known quiz: its page is HTML whatever the Accept', async () => {
    const res = await SELF.fetch(`${ORIGIN}/embed/${QUIZ_ID}`, { headers: { Accept: 'application/json' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(res.headers.get('Vary')).toMatch(/Accept/)
  })
})

describe('404 of the student page', () => {
  it('is an HTML page for a browser', async () => {
    const res = await SELF.fetch(`${ORIGIN}/a/ZZZZZZ`, { headers: { Accept: BROWSER_ACCEPT } })
    expect(res.status).toBe(404)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(res.headers.get('Vary')).toMatch(/Accept/)
    expect(await res.text()).toContain('ZZZZZZ')
  })

  it('is a problem for any other client, for a well-formed and a malformed code alike', async () => {
    for (const code of ['ZZZZZZ', '%3Cscript%3E']) {
      for (const accept of [undefined, '*/*', 'application/json']) {
        const res = await SELF.fetch(`${ORIGIN}/a/${code}`, { headers: accept ? { Accept: accept } : {} })
        expect(res.headers.get('Vary')).toMatch(/Accept/)
        expect(res.headers.get('Cache-Control')).toBe('no-store')
        await expectProblem(res, 404, 'assignment-not-found', ORIGIN)
      }
    }
  })

  it('does not change a known code: its page is HTML whatever the Accept', async () => {
    const assignment = await createAssignment(await createClass())
    const res = await SELF.fetch(`${ORIGIN}/a/${assignment.code}`, { headers: { Accept: '*/*' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/)
  })
})
