import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { Hono } from 'hono'
import { prefersCsv, prefersHtml as prefersHtmlIn } from '../../src/worker/accept.ts'
import { ORIGIN, QUIZ_ID, createAssignment, createClass } from './classroom-helpers.ts'
import { expectProblem } from './problem-assert.ts'

/**
 * The pages people open (`/embed/:quizId`, `/a/:code`) answer an unknown id by content negotiation:
 * an HTML 404 page when `Accept` prefers text/html (a browser or an iframe navigating), otherwise
 * the API's usual problem+json 404.
 */

// What Chromium and Firefox send when navigating a page or an iframe.
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8'

// What each negotiation chooses for an Accept header, through a real Hono context.
const negotiation = new Hono().get('/html', (c) => c.text(String(prefersHtmlIn(c)))).get('/csv', (c) => c.text(String(prefersCsv(c))))
async function chooses(kind: 'html' | 'csv', accept: string | null | undefined): Promise<boolean> {
  const res = await negotiation.request(`/${kind}`, { headers: accept == null ? {} : { Accept: accept } })
  return (await res.text()) === 'true'
}
const prefersHtml = (accept: string | null | undefined) => chooses('html', accept)

describe('prefersHtml (hono/accepts)', () => {
  it('chooses HTML for a browser navigating and for an explicit text/html', async () => {
    expect(await prefersHtml(BROWSER_ACCEPT)).toBe(true)
    expect(await prefersHtml('text/html')).toBe(true)
    expect(await prefersHtml('application/xhtml+xml')).toBe(true)
    expect(await prefersHtml('application/json;q=0.5, TEXT/HTML')).toBe(true)
    expect(await prefersHtml('text/html, application/json')).toBe(true)
    // Nothing but text is acceptable: HTML, not JSON (RFC 9110).
    expect(await prefersHtml('text/*')).toBe(true)
  })

  it('chooses JSON without an Accept, for */* and when JSON ranks higher', async () => {
    expect(await prefersHtml(undefined)).toBe(false)
    expect(await prefersHtml('')).toBe(false)
    expect(await prefersHtml('*/*')).toBe(false)
    expect(await prefersHtml('application/json')).toBe(false)
    expect(await prefersHtml('application/problem+json, text/html;q=0.9')).toBe(false)
    expect(await prefersHtml('text/html;q=0.5, application/*')).toBe(false)
    expect(await prefersHtml('text/html;q=0')).toBe(false)
  })
})

describe('prefersCsv (hono/accepts)', () => {
  it('chooses CSV only when Accept names it with q > 0 above JSON', async () => {
    expect(await chooses('csv', 'text/csv')).toBe(true)
    expect(await chooses('csv', 'text/csv, application/json;q=0.5')).toBe(true)
    expect(await chooses('csv', 'text/csv;q=0')).toBe(false)
    expect(await chooses('csv', 'text/csv;q=0, application/json')).toBe(false)
    expect(await chooses('csv', 'application/json, text/csv;q=0.5')).toBe(false)
    expect(await chooses('csv', '*/*')).toBe(false)
    expect(await chooses('csv', undefined)).toBe(false)
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

  it('names the page in its heading and leaves the title to the widget (its own heading), not read twice', async () => {
    const english = await createAssignment(await createClass())
    const page = await (await SELF.fetch(`${ORIGIN}/a/${english.code}?lang=ar`)).text()
    expect(page).toContain('<h1 class="sr-only">واجب</h1>')
    expect(page).toContain('<title>Reading: Beijing</title>')
    expect(page.split('Reading: Beijing').length - 1).toBe(1)
    expect(await (await SELF.fetch(`${ORIGIN}/a/${english.code}?lang=en`)).text()).toContain('<h1 class="sr-only">Assignment</h1>')
  })
})

describe('404 of a path nothing serves (a mistyped or cut link)', () => {
  it.each([
    ['/teach/x', 'ar', 'لا توجد صفحة بهذا العنوان', '/teach'],
    ['/studo?lang=en', 'en', 'There is no page at this address', '/teach?lang=en'],
  ])('%s is a page in the asked language, linking to where to start, for a browser', async (path, lang, heading, link) => {
    const res = await SELF.fetch(`${ORIGIN}${path}`, { headers: { Accept: BROWSER_ACCEPT } })
    expect(res.status).toBe(404)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(res.headers.get('Content-Language')).toBe(lang)
    expect(res.headers.get('Vary')).toMatch(/Accept/)
    expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'")
    const page = await res.text()
    expect(page).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`)
    expect(page).toContain(`<h1>${heading}</h1>`)
    expect(page).toContain(`<a href="${link}">`)
  })

  it('never echoes the path: a crafted one is not a link nor markup on our page', async () => {
    const res = await SELF.fetch(`${ORIGIN}//evil.example/%3Cscript%3Ex`, { headers: { Accept: BROWSER_ACCEPT } })
    expect(res.status).toBe(404)
    const page = await res.text()
    expect(page).not.toContain('evil.example')
    expect(page).not.toContain('<script')
  })

  it('is the not-found problem for any other client, for another method, and under /v1/ for a browser too', async () => {
    for (const accept of [undefined, '*/*', 'application/json']) {
      const res = await SELF.fetch(`${ORIGIN}/teach/x`, { headers: accept ? { Accept: accept } : {} })
      expect(res.headers.get('Vary')).toMatch(/Accept/)
      await expectProblem(res, 404, 'not-found', ORIGIN)
    }
    await expectProblem(await SELF.fetch(`${ORIGIN}/teach/x`, { method: 'POST', headers: { Accept: BROWSER_ACCEPT } }), 404, 'not-found', ORIGIN)
    await expectProblem(await SELF.fetch(`${ORIGIN}/v1/nothing-here`, { headers: { Accept: BROWSER_ACCEPT } }), 404, 'not-found', ORIGIN)
  })
})

describe('the page where a student types a code', () => {
  it.each([
    ['/a', 'ar', 'افتح واجبًا'],
    ['/a?lang=en', 'en', 'Open an assignment'],
  ])('%s is a form in the page language, sent to /a', async (path, lang, heading) => {
    const res = await SELF.fetch(`${ORIGIN}${path}`, { headers: { Accept: BROWSER_ACCEPT } })
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(res.headers.get('Content-Security-Policy')).toContain("form-action 'self'")
    const body = await res.text()
    expect(body).toContain(`<html lang="${lang}"`)
    expect(body).toContain(heading)
    // novalidate: an empty code is answered by the page in its language, not the browser's bubble.
    expect(body).toMatch(/<form method="get" action="\/a" novalidate>[\s\S]*<input id="code" name="code"/)
  })

  it.each([
    ['/a?code=', 'اكتب رمز الواجب أولًا.'],
    ['/a?code=%20-%20&lang=en', 'Type the assignment code first.'],
  ])('%s (nothing typed) is the form again, saying so under the field', async (path, message) => {
    const res = await SELF.fetch(`${ORIGIN}${path}`, { headers: { Accept: BROWSER_ACCEPT }, redirect: 'manual' })
    expect(res.status).toBe(200)
    const body = await res.text()
    expect(body).toContain('aria-invalid="true" aria-describedby="code-missing" autofocus')
    expect(body).toContain(`<p id="code-missing" class="field-error">${message}</p>`)
  })

  it('opens the typed code: a redirect to its page, the code tidied, the language kept', async () => {
    const res = await SELF.fetch(`${ORIGIN}/a?code=ab-c 234&lang=en`, { redirect: 'manual' })
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe('/a/ABC234?lang=en')
    // The unknown-code page's form sends to the same place.
    const again = await SELF.fetch(`${ORIGIN}/a/ZZZZZZ`, { headers: { Accept: BROWSER_ACCEPT } })
    expect(await again.text()).toContain('<form method="get" action="/a" novalidate>')
  })

  it('answers a path with a trailing slash from the path without it', async () => {
    for (const path of ['/a/', '/teach/', '/a/?lang=en']) {
      const res = await SELF.fetch(`${ORIGIN}${path}`, { redirect: 'manual' })
      expect(res.status).toBe(301)
      expect(res.headers.get('Location')).toBe(`${ORIGIN}${path.replace('/?', '?').replace(/\/$/, '')}`)
      expect(res.headers.get('Content-Type')).toBeNull()
    }
  })
})
