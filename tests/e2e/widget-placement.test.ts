import { join } from 'node:path'
import type { Locator } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openFresh, useBrowser, watchPage } from './browser.ts'

/**
 * Where the widget lands on a host page and how it holds up there (tests/e2e/host-pages.ts,
 * FOREIGN_PAGES): a script tag in <head>, a page whose elements are named like the widget's globals
 * and like document.currentScript (DOM clobbering), and a full-width page on a 1600 px screen, where
 * the quiz keeps a readable line length. `FAHM_SCREENSHOTS=<dir>` saves the wide pages as PNGs.
 */

const host = inject('hostUrl')
const fahm = inject('fahmUrl')
const browser = useBrowser()

/** The right choice of the first question, checked: the server grades it right. */
async function answerFirst(widget: Locator) {
  await widget.locator('label.o:has(input[value="japan-surrender"])').click()
  const check = widget.locator('form').first().locator('button[type=submit]')
  await expect.poll(() => check.isEnabled(), { timeout: 10_000 }).toBe(true)
  await check.click()
  await widget.locator('.fb.ok').waitFor({ timeout: 20_000 })
}

/** Opens a foreign page with the origin's storage empty, watching its errors and CSP violations. */
async function open(path: string, width: number) {
  const page = await openFresh(browser.context, `${host}/no-widget-here`)
  await page.setViewportSize({ width, height: 900 })
  const watch = await watchPage(page)
  await page.goto(`${host}${path}`)
  return { page, watch }
}

describe('a script tag in <head>', () => {
  const rows = [
    { page: 'head', lang: 'en', load: '' },
    { page: 'head', lang: 'en', load: 'async' },
    { page: 'head-ar', lang: 'ar', load: '' },
    { page: 'head-ar', lang: 'ar', load: 'defer' },
    { page: 'head-ar', lang: 'en', load: 'async' },
  ] as const
  it.each(rows)('$page, $lang, <script $load>: the quiz at the end of <body>, visible and working', async ({ page: name, lang, load }) => {
    const { page, watch } = await open(`/foreign/${name}?lang=${lang}&load=${load}`, 1000)
    // The box the tag makes follows the page's last paragraph in <body>; <head> holds none.
    const widget = page.locator('body > #after + div')
    const prompt = widget.locator('fieldset .p')
    await prompt.waitFor({ timeout: 20_000 })
    expect(await page.evaluate(() => document.head.querySelectorAll('div').length)).toBe(0)
    expect(await widget.locator('.w').getAttribute('lang')).toBe(lang)
    expect(await prompt.isVisible()).toBe(true)
    const box = (await widget.boundingBox())!
    expect(box.width).toBeGreaterThan(280)
    expect(box.height).toBeGreaterThan(200)
    await answerFirst(widget)
    expect(watch.errors).toEqual([])
    expect(await watch.violations()).toEqual([])
    await page.close()
  })
})

describe('a page whose elements are named like the widget’s globals', () => {
  it.each(['en', 'ar'] as const)('%s: both embeds load from fahm, answer and grade; Fahm.mount is the widget’s', async (lang) => {
    const requests: string[] = []
    const page = await openFresh(browser.context, `${host}/no-widget-here`)
    page.on('request', (r) => requests.push(r.url()))
    const watch = await watchPage(page)
    await page.goto(`${host}/foreign/clobbered?lang=${lang}`)
    // The script tag's box and the <fahm-quiz> element each show the quiz and grade an answer.
    for (const widget of [page.locator('script[data-quiz] + div'), page.locator('fahm-quiz')]) {
      await widget.locator('fieldset .p').waitFor({ timeout: 20_000 })
      await answerFirst(widget)
    }
    expect(await page.locator('script[data-quiz] + div .w').getAttribute('lang')).toBe(lang)
    // The widget's own scripts all came from fahm, never from where the page's image named currentScript points.
    const scripts = requests.filter((url) => /widget[\w.-]*\.js/.test(url))
    expect(scripts.length).toBeGreaterThanOrEqual(2)
    expect(scripts.every((url) => url.startsWith(fahm))).toBe(true)
    // window.Fahm is the widget's API; the page's elements stay where they were, untouched.
    const globals = await page.evaluate(() => {
      const w = window as unknown as { Fahm: { mount: unknown; version: unknown } }
      return {
        mount: typeof w.Fahm.mount,
        version: typeof w.Fahm.version,
        div: document.getElementById('Fahm')!.textContent,
        strings: (document.getElementById('FahmStrings') as HTMLFormElement).elements.length,
      }
    })
    expect(globals).toEqual({ mount: 'function', version: 'string', div: 'Fahm', strings: 3 })
    expect(watch.errors).toEqual([])
    expect(await watch.violations()).toEqual([])
    await page.close()
  })
})

/** The widget's box, the page's content box, and the longest line of the prompts and choices, in characters. */
const measure = (widget: Locator) =>
  widget.evaluate((el) => {
    const root = el.shadowRoot!
    const w = root.querySelector('.w')!.getBoundingClientRect()
    const body = document.body.getBoundingClientRect()
    const style = getComputedStyle(document.body)
    const range = document.createRange()
    let longest = 0
    for (const text of root.querySelectorAll('.p, label.o span')) {
      // Characters per rendered line: each character's box, grouped by the line it sits on.
      const lines = new Map<number, number>()
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.textContent!.length; i++) {
          range.setStart(node, i)
          range.setEnd(node, i + 1)
          const rect = range.getClientRects()[0]
          if (!rect || rect.width === 0) continue
          const line = Math.round(rect.top / 4)
          lines.set(line, (lines.get(line) ?? 0) + 1)
        }
      }
      longest = Math.max(longest, ...lines.values())
    }
    return {
      left: w.left,
      right: w.right,
      width: w.width,
      start: body.left + parseFloat(style.paddingLeft),
      end: body.right - parseFloat(style.paddingRight),
      longest,
      prompts: root.querySelectorAll('.p').length,
    }
  })

describe('on a 1600 px screen', () => {
  const rows = [
    // At most 36em (576 px at the widget's 16 px), at the start of the page's lines: left in English, right in Arabic.
    { page: 'full-width', lang: 'en', maxWidth: '', width: 576, side: 'left' },
    { page: 'full-width-ar', lang: 'ar', maxWidth: '', width: 576, side: 'right' },
    { page: 'full-width-ar', lang: 'en', maxWidth: '', width: 576, side: 'right' },
    { page: 'full-width', lang: 'ar', maxWidth: '', width: 576, side: 'left' },
    // The page sets its own maximum with --fahm-max-width, or none: the page's width.
    { page: 'full-width', lang: 'en', maxWidth: '30em', width: 480, side: 'left' },
    { page: 'full-width-ar', lang: 'ar', maxWidth: 'none', width: 1600 - 48, side: 'right' },
  ] as const
  it.each(rows)('$page, $lang, --fahm-max-width: $maxWidth → $width px, at the $side', async ({ page: name, lang, maxWidth, width, side }) => {
    const { page, watch } = await open(`/foreign/${name}?lang=${lang}`, 1600)
    const widget = page.locator('fahm-quiz')
    await widget.locator('fieldset .p').waitFor({ timeout: 20_000 })
    // Every question at once: each prompt and choice is measured.
    await widget.evaluate((el, max) => {
      el.setAttribute('mode', 'all')
      if (max) (el as HTMLElement).style.setProperty('--fahm-max-width', max)
    }, maxWidth)
    await expect.poll(async () => (await measure(widget)).prompts, { timeout: 10_000 }).toBeGreaterThan(10)
    await expect.poll(async () => Math.round((await measure(widget)).width), { timeout: 10_000 }).toBe(width)
    // Lines break where the widget's font says: measured once its faces are in.
    await page.evaluate(() => document.fonts.ready)
    const m = await measure(widget)
    if (side === 'left') expect(Math.abs(m.left - m.start)).toBeLessThanOrEqual(1)
    else expect(Math.abs(m.right - m.end)).toBeLessThanOrEqual(1)
    // A readable line: at most 80 characters (WCAG 1.4.8), where a line on the whole page's width holds far more.
    if (maxWidth !== 'none') expect(m.longest).toBeLessThanOrEqual(80)
    else expect(m.longest).toBeGreaterThan(100)
    if (process.env.FAHM_SCREENSHOTS)
      await page.screenshot({ path: join(process.env.FAHM_SCREENSHOTS, `${name}-${lang}-${maxWidth || 'default'}.png`), fullPage: false })
    await answerFirst(widget)
    expect(watch.errors).toEqual([])
    expect(await watch.violations()).toEqual([])
    await page.close()
  })
})
