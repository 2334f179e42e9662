import { describe, expect, inject, it } from 'vitest'
import type { Frame, Page } from 'playwright-core'
import { useBrowser } from './browser.ts'

const fahm = inject('fahmUrl')
const host = inject('hostUrl')
const QUIZ = 'kim-putin-beijing'
const browser = useBrowser()

async function openIframe(path = '/iframe?lang=en'): Promise<{ page: Page; frame: Frame; height: () => Promise<number>; content: () => Promise<number> }> {
  const page = await browser.context.newPage()
  await page.goto(`${host}${path}`)
  const iframe = page.locator('iframe[data-fahm]')
  let frame = (await (await iframe.elementHandle())!.contentFrame())!
  // Progress is kept in the embed's localStorage: start each test afresh.
  await frame.locator('.w[aria-busy=false]').waitFor()
  await frame.evaluate(() => localStorage.clear())
  await page.reload()
  frame = (await (await iframe.elementHandle())!.contentFrame())!
  await frame.locator('fieldset .p').first().waitFor()
  return {
    page,
    frame,
    height: () => iframe.evaluate((f) => Math.round(f.getBoundingClientRect().height)),
    content: () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
  }
}

describe('iframe embed', () => {
  it('resizes the iframe to its content, and again when the content grows', async () => {
    const { page, frame, height, content } = await openIframe('/iframe?lang=en&mode=all')
    await expect.poll(height).toBe(await content())
    const first = await height()
    await frame.locator('input[type=radio]').first().check()
    await frame.getByRole('button', { name: 'Check' }).first().click()
    await frame.locator('.fb').waitFor()
    await expect.poll(height).toBeGreaterThan(first)
    await expect.poll(height).toBe(await content())
    await page.close()
  })

  it('re-dispatches ready, answer and complete events on the iframe element', async () => {
    const { page, frame } = await openIframe('/iframe?lang=en&mode=all')
    await page.evaluate(() => {
      const w = window as unknown as { got: unknown[] }
      w.got = []
      for (const type of ['answer', 'complete']) {
        document.querySelector('iframe')!.addEventListener('fahm:' + type, (e) => w.got.push({ type, detail: (e as CustomEvent).detail }))
      }
    })
    await frame.locator('input[type=radio][value="japan-surrender"]').check()
    await frame.getByRole('button', { name: 'Check' }).first().click()
    await frame.getByRole('button', { name: 'See score' }).click()
    // The other questions are unanswered: the widget asks first.
    await frame.getByRole('button', { name: 'Finish anyway' }).click()
    await frame.locator('#sc').waitFor()
    const got = await expect
      .poll(() => page.evaluate(() => (window as unknown as { got: { type: string; detail: Record<string, unknown> }[] }).got))
      .toHaveLength(2)
      .then(() => page.evaluate(() => (window as unknown as { got: { type: string; detail: Record<string, unknown> }[] }).got))
    expect(got[0]).toMatchObject({ type: 'answer', detail: { source: 'fahm', version: 1, questionId: 'parade-occasion', correct: true } })
    expect(got[1]).toMatchObject({ type: 'complete', detail: { source: 'fahm', version: 1, score: 1, maxScore: 22 } })
    await page.close()
  })

  it('accepts only messages from the iframe window in the fahm envelope', async () => {
    const { page, frame, height, content } = await openIframe()
    await expect.poll(height).toBe(await content())
    const real = await height()
    // From the host window itself: ignored.
    await page.evaluate(() => window.postMessage({ source: 'fahm', version: 1, type: 'resize', height: 77 }, '*'))
    // From the iframe, but another envelope version or source: ignored.
    await frame.evaluate(() => parent.postMessage({ source: 'fahm', version: 2, type: 'resize', height: 88 }, '*'))
    await frame.evaluate(() => parent.postMessage({ source: 'other', version: 1, type: 'resize', height: 99 }, '*'))
    await page.waitForTimeout(200)
    expect(await height()).toBe(real)
    // The same message from the iframe in the envelope is obeyed.
    await frame.evaluate(() => parent.postMessage({ source: 'fahm', version: 1, type: 'resize', height: 111 }, '*'))
    await expect.poll(height).toBe(111)
    await page.close()
  })
})

describe('embed page and oEmbed', () => {
  it('serves the embed page with a CSP, the widget, the article, and oEmbed discovery', async () => {
    const res = await fetch(`${fahm}/embed/${QUIZ}?lang=en&mode=all`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
    const html = await res.text()
    expect(html).toContain('<script src="/widget-full.js" data-quiz="kim-putin-beijing" data-lang="en" data-mode="all" data-theme="auto" data-show-article>')
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)
    expect(link).not.toBeNull()
    const href = link![1]!.replaceAll('&amp;', '&')
    const discovered = await fetch(href)
    expect(discovered.status).toBe(200)
    expect(((await discovered.json()) as { html: string }).html).toContain(`/embed/${QUIZ}?lang=en&amp;mode=all`)
  })

  it('escapes what it echoes', async () => {
    const res = await fetch(`${fahm}/embed/${encodeURIComponent('<script>alert(1)</script>')}`, { headers: { Accept: 'text/html' } })
    expect(res.status).toBe(404)
    const html = await res.text()
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).toContain('&lt;script&gt;')
  })

  it('answers oEmbed with valid rich JSON', async () => {
    const url = `${fahm}/embed/${QUIZ}?lang=en`
    const res = await fetch(`${fahm}/oembed?url=${encodeURIComponent(url)}&format=json`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    const body = (await res.json()) as Record<string, unknown>
    expect(body).toMatchObject({ type: 'rich', version: '1.0', provider_name: 'fahm', provider_url: `${fahm}/` })
    expect(typeof body.title).toBe('string')
    expect(body.title).toMatch(/Kim/)
    expect(Number.isInteger(body.width) && (body.width as number) > 0).toBe(true)
    expect(Number.isInteger(body.height) && (body.height as number) > 0).toBe(true)
    expect(body.html).toMatch(
      new RegExp(`^<iframe src="${fahm}/embed/${QUIZ}\\?lang=en" [^>]*data-fahm[^>]*></iframe><script src="${fahm}/embed-resizer.js" async></script>$`),
    )
    expect(body.html).toContain(`height="${body.height}"`)

    const small = (await (await fetch(`${fahm}/oembed?url=${encodeURIComponent(url)}&maxwidth=300&maxheight=200`)).json()) as Record<string, number>
    expect(small.width).toBeLessThanOrEqual(300)
    expect(small.height).toBeLessThanOrEqual(200)
  })

  it('answers oEmbed errors as problem+json: 404 unknown, 501 xml, 400 missing url', async () => {
    const cases: [string, number, string][] = [
      [`url=${encodeURIComponent(`${fahm}/embed/no-such-quiz`)}`, 404, 'quiz-not-found'],
      [`url=${encodeURIComponent('https://elsewhere.example/embed/' + QUIZ)}`, 404, 'not-found'],
      [`url=${encodeURIComponent(`${fahm}/somewhere`)}`, 404, 'not-found'],
      [`url=not%20a%20url`, 404, 'not-found'],
      [`url=${encodeURIComponent(`${fahm}/embed/${QUIZ}`)}&format=xml`, 501, 'format-not-implemented'],
      ['format=json', 400, 'validation-failed'],
    ]
    for (const [query, status, code] of cases) {
      const res = await fetch(`${fahm}/oembed?${query}`)
      expect(res.status, query).toBe(status)
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
      expect(await res.json()).toMatchObject({ status, code })
    }
  })
})
