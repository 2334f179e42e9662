import { describe, expect, inject, it, onTestFinished } from 'vitest'
import type { Frame, Page } from 'playwright-core'
import { quizSnippets } from '../../src/studio/snippets.ts'
import { useBrowser, watchPage } from './browser.ts'

const fahm = inject('fahmUrl')
const host = inject('hostUrl')
const browser = useBrowser()

/** Styles that show whether host CSS reached into the widget. */
async function widgetStyle(scope: Page | Frame) {
  const prompt = scope.locator('fieldset .p').first()
  await prompt.waitFor({ timeout: 20_000 })
  return prompt.evaluate((el) => {
    const s = getComputedStyle(el)
    const root = el.closest('.w')!
    const r = getComputedStyle(root)
    const input = root.querySelector('input')!
    return {
      color: s.color,
      font: s.fontFamily,
      weight: s.fontWeight,
      border: r.borderTopWidth,
      dir: getComputedStyle(root).direction,
      inputDisplay: getComputedStyle(input).display,
      buttonBg: getComputedStyle(root.querySelector('button')!).backgroundColor,
    }
  })
}

async function expectIsolated(scope: Page | Frame, dir: 'rtl' | 'ltr') {
  const style = await widgetStyle(scope)
  expect(style.color).not.toBe('rgb(255, 0, 0)')
  expect(style.font).not.toContain('Courier')
  expect(style.weight).toBe('600')
  expect(style.border).toBe('1px')
  expect(style.dir).toBe(dir)
  expect(style.inputDisplay).not.toBe('none')
  expect(style.buttonBg).not.toBe('rgb(255, 0, 0)')
}

/** The host page's own text keeps the host's styles: the widget's CSS does not leak out. */
async function expectHostUntouched(page: Page) {
  const host = await page.locator('#before').evaluate((el) => {
    const s = getComputedStyle(el)
    return { color: s.color, weight: s.fontWeight, border: s.borderTopWidth }
  })
  expect(host).toEqual({ color: 'rgb(255, 0, 0)', weight: '900', border: '5px' })
}

describe('the four embed methods on a hostile page with a strict CSP', () => {
  for (const method of ['script', 'element'] as const) {
    it(`${method}: renders isolated, with no CSP violation`, async () => {
      const page = await browser.context.newPage()
      const watch = await watchPage(page)
      await page.goto(`${host}/${method}?lang=ar`)
      await expectIsolated(page, 'rtl')
      await expectHostUntouched(page)
      expect(await page.locator('fieldset .p').first().textContent()).toContain('عرض عسكري')
      expect(await watch.violations()).toEqual([])
      expect(watch.errors).toEqual([])
      await page.close()
    })
  }

  for (const method of ['iframe', 'oembed'] as const) {
    it(`${method}: the embed page renders in a sized cross-origin frame, with no CSP violation`, async () => {
      const page = await browser.context.newPage()
      const watch = await watchPage(page)
      await page.goto(`${host}/${method}?lang=en`)
      const iframe = page.locator('iframe[data-fahm]')
      const frame = (await (await iframe.elementHandle())!.contentFrame())!
      await frame.waitForURL(`${fahm}/embed/**`)
      await expectIsolated(frame, 'ltr')
      await expectHostUntouched(page)
      // The resizer set the frame to its content's height (the article and the first question).
      await expect.poll(() => iframe.evaluate((f) => f.getBoundingClientRect().height), { timeout: 10_000 }).toBeGreaterThan(500)
      const contentHeight = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))
      expect(Math.abs((await iframe.evaluate((f) => f.getBoundingClientRect().height)) - contentHeight)).toBeLessThanOrEqual(1)
      expect(await watch.violations()).toEqual([])
      expect(await watch.violations(frame)).toEqual([])
      expect(watch.errors).toEqual([])
      await page.close()
    })
  }
})

describe('the preloads of the snippets and the embed page', () => {
  // A preload the widget does not take costs a second request for the same file, and Chromium
  // warns about it a few seconds after the load event.
  for (const [path, lang, dir] of [
    ['snippet-script', 'ar', 'rtl'],
    ['snippet-element', 'en', 'ltr'],
    ['iframe', 'en', 'ltr'],
  ] as const) {
    it(`${path} (${lang}): the widget takes the preloaded quiz and strings, each loaded once, with no warning`, async () => {
      const page = await browser.context.newPage()
      const watch = await watchPage(page)
      const requests: string[] = []
      const warnings: string[] = []
      page.on('request', (r) => requests.push(r.url()))
      page.on('console', (m) => {
        if (m.type() === 'warning') warnings.push(m.text())
      })
      await page.goto(`${host}/${path}?lang=${lang}`)
      const scope = path === 'iframe' ? (await (await page.locator('iframe[data-fahm]').elementHandle())!.contentFrame())! : page
      await expectIsolated(scope, dir)
      const quiz = `${fahm}/v1/quizzes/kim-putin-beijing?lang=${lang}`
      const strings = `${fahm}/widget-ui.${lang}.js`
      expect(requests.filter((url) => url === quiz || url === strings).sort()).toEqual([quiz, strings].sort())
      expect(requests.filter((url) => url.includes('/v1/quizzes/') || url.includes('/widget-ui.'))).toHaveLength(2)
      // Chromium says "…was preloaded using link preload but not used within a few seconds…" 3 s after the load event.
      await page.waitForLoadState('load')
      await page.waitForTimeout(4000)
      expect(warnings.filter((w) => /preload/i.test(w))).toEqual([])
      expect(await watch.violations()).toEqual([])
      expect(watch.errors).toEqual([])
      await page.close()
    })
  }
})

describe('the preloads and a language the reader chose', () => {
  it('snippet-script (ar) for a reader who chose English: the preloads are taken, then the quiz and its strings in English, with no warning', async () => {
    const page = await browser.context.newPage()
    await page.goto(`${host}/snippet-script?lang=ar`)
    await page.locator('fieldset .p').first().waitFor({ timeout: 20_000 })
    await page.evaluate(() => localStorage.setItem('fahm:lang', JSON.stringify('en')))
    // The browser context is shared: the choice must not reach the next tests' widgets.
    onTestFinished(async () => {
      await page.evaluate(() => localStorage.removeItem('fahm:lang'))
      await page.close()
    })
    const requests: string[] = []
    const warnings: string[] = []
    page.on('request', (r) => requests.push(r.url()))
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text())
    })
    await page.reload()
    await page.locator('.w[lang=en] fieldset .p').first().waitFor({ timeout: 20_000 })
    const quiz = (lang: string) => `${fahm}/v1/quizzes/kim-putin-beijing?lang=${lang}`
    const strings = (lang: string) => `${fahm}/widget-ui.${lang}.js`
    expect(requests.filter((url) => url.includes('/v1/quizzes/') || url.includes('/widget-ui.')).sort()).toEqual(
      [quiz('ar'), quiz('en'), strings('ar'), strings('en')].sort(),
    )
    await page.waitForLoadState('load')
    await page.waitForTimeout(4000)
    expect(warnings.filter((w) => /preload/i.test(w))).toEqual([])
  })
})

describe('the caching of the widget files (public/_headers)', () => {
  // A reader going from article to article takes them from the cache for 5 minutes, then from the
  // cache while they are revalidated by their ETag, instead of a round trip each before the quiz shows.
  for (const file of ['widget.js', 'widget-ui.ar.js', 'widget-ui.en.js', 'widget-full.js']) {
    it(`${file}: fresh for 5 minutes, stale while revalidated for 10, then 304 by its ETag`, async () => {
      const res = await fetch(`${fahm}/${file}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=600')
      expect(res.headers.get('access-control-allow-origin')).toBe('*')
      const etag = res.headers.get('etag')
      expect(etag).toMatch(/^(W\/)?"/)
      const again = await fetch(`${fahm}/${file}`, { headers: { 'If-None-Match': etag! } })
      expect(again.status).toBe(304)
    })
  }
  it('other scripts (the resizer, the app pages) keep revalidating on each load', async () => {
    const res = await fetch(`${fahm}/embed-resizer.js`)
    expect(res.headers.get('cache-control')).not.toContain('max-age=300')
  })
})

describe('the JS API', () => {
  it('Fahm.mount renders into an element, reports events, and unmounts', async () => {
    const page = await browser.context.newPage()
    await page.goto(`${host}/blank`)
    const globals = await page.evaluate(() => Object.keys(window).filter((k) => /fahm/i.test(k)))
    expect(globals).toEqual(['Fahm'])
    await page.evaluate(() => {
      const el = document.getElementById('target')!
      ;(window as unknown as { events: string[] }).events = []
      el.addEventListener('fahm:ready', (e) => (window as unknown as { events: string[] }).events.push(JSON.stringify((e as CustomEvent).detail)))
      ;(window as unknown as { handle: { unmount(): void } }).handle = window.Fahm!.mount(el, { quiz: 'kim-putin-beijing', lang: 'en' })
    })
    await page.locator('#target .p').waitFor()
    const events = await page.evaluate(() => (window as unknown as { events: string[] }).events)
    expect(JSON.parse(events[0]!)).toMatchObject({ quizId: 'kim-putin-beijing', lang: 'en', questionCount: 22 })
    await page.evaluate(() => (window as unknown as { handle: { unmount(): void } }).handle.unmount())
    expect(await page.locator('#target .w').count()).toBe(0)
    await page.close()
  })

  it('two widgets on one page work independently', async () => {
    const page = await browser.context.newPage()
    await page.goto(`${host}/two`)
    const one = page.locator('#one')
    const two = page.locator('#two')
    await one.locator('.p').first().waitFor()
    await two.locator('.p').first().waitFor()
    expect(await one.locator('.w').getAttribute('lang')).toBe('ar')
    expect(await two.locator('.w').getAttribute('lang')).toBe('en')
    expect(await two.locator('form').count()).toBe(22)
    await one.locator('input[type=radio]').first().check()
    expect(await one.locator('input[type=radio]').first().isChecked()).toBe(true)
    expect(await two.locator('form').first().locator('input[type=radio]:checked').count()).toBe(0)
    await page.close()
  })
})

describe('the demo page', () => {
  it('GET / shows the article with the quiz from the public script tag, and snippets for this host', async () => {
    const page = await browser.context.newPage()
    const watch = await watchPage(page)
    await page.goto(`${fahm}/`)
    await page.locator('#quiz fieldset .p').waitFor()
    expect(await page.locator('#quiz .art').textContent()).toContain('بكين')
    const snippets = await page.locator('pre code').allTextContents()
    // The studio's snippets for the quiz (src/studio/snippets.ts), filled in for this host.
    for (const snippet of quizSnippets(fahm, 'kim-putin-beijing', 'ar', 'Quiz').slice(0, 2)) expect(snippets).toContain(snippet.code)
    expect(snippets.join('\n')).not.toContain('HOST')
    expect(watch.errors).toEqual([])
    await page.close()
  })
})

describe('theming', () => {
  it('takes --fahm-* custom properties from the host page, and the dark scheme from data-theme', async () => {
    const page = await browser.context.newPage()
    await page.goto(`${host}/element?lang=en&hostile=0`)
    const w = page.locator('fahm-quiz')
    await w.locator('fieldset .p').waitFor()
    await page.evaluate(() => {
      const el = document.querySelector('fahm-quiz') as HTMLElement
      el.style.setProperty('--fahm-accent', 'rgb(1, 2, 3)')
      el.style.setProperty('--fahm-radius', '0px')
      el.style.setProperty('--fahm-font', 'serif')
    })
    const style = await w.locator('form button[type=submit]').evaluate((b) => {
      const s = getComputedStyle(b)
      return { bg: s.backgroundColor, radius: getComputedStyle(b.closest('.w')!).borderTopLeftRadius, font: s.fontFamily }
    })
    expect(style).toEqual({ bg: 'rgb(1, 2, 3)', radius: '0px', font: 'serif' })
    await page.evaluate(() => document.querySelector('fahm-quiz')!.setAttribute('theme', 'dark'))
    await expect.poll(() => w.locator('.w').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(22, 24, 27)')
    // The host can still hide it with the hidden attribute.
    await page.evaluate(() => document.querySelector('fahm-quiz')!.setAttribute('hidden', ''))
    expect(await page.evaluate(() => document.querySelector('fahm-quiz')!.getBoundingClientRect().height)).toBe(0)
    await page.close()
  })
})
