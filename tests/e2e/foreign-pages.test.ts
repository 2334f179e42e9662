import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { useBrowser, watchPage } from './browser.ts'

/**
 * The widget on the pages of real sites (tests/e2e/host-pages.ts, FOREIGN_PAGES): quirks mode and
 * layout tables, Bootstrap and Tailwind resets, an Arabic RTL theme, zoom, a narrow sidebar and a wide
 * column, resets aimed at every element, host scripts that change built-ins, widget.js loaded twice,
 * late or deferred; and the reader's settings: forced colors, dark scheme, reduced motion, print.
 */

const host = inject('hostUrl')
const browser = useBrowser()

type Media = Parameters<Page['emulateMedia']>[0]

type Row = {
  page: string
  lang: 'ar' | 'en'
  width: number
  media?: Media
  /** The least width the quiz's first choice must have (its column may be narrow by the page's design). */
  minWidth?: number
  /** The page's own width when it is wider than the screen by design. */
  pageWidth?: number
  /** What else this page or setting must show. */
  also?: (page: Page, widget: ReturnType<Page['locator']>) => Promise<void>
}

/** Every box inside the widget, and the widget's own box. */
const geometry = (widget: ReturnType<Page['locator']>) =>
  widget.evaluate((el) => {
    const box = el.getBoundingClientRect()
    const inside = [...el.shadowRoot!.querySelectorAll('*')].map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0)
    return {
      host: { left: box.left, right: box.right, width: box.width },
      widest: { left: Math.min(...inside.map((r) => r.left)), right: Math.max(...inside.map((r) => r.right)) },
      page: document.documentElement.scrollWidth,
      controls: [...el.shadowRoot!.querySelectorAll('button, label.o')]
        .map((c) => c.getBoundingClientRect())
        .filter((r) => r.width > 0)
        .map((r) => Math.min(r.height, r.width)),
    }
  })

const rows: Row[] = [
  { page: 'quirks', lang: 'en', width: 1280, also: async (page) => expect(await page.evaluate(() => document.compatMode)).toBe('BackCompat') },
  // The old CMS's fixed navigation column leaves the quiz a narrow cell on a phone.
  { page: 'quirks', lang: 'ar', width: 360, minWidth: 100 },
  { page: 'bootstrap', lang: 'ar', width: 360 },
  { page: 'bootstrap', lang: 'en', width: 1280 },
  { page: 'tailwind', lang: 'en', width: 360 },
  { page: 'tailwind', lang: 'ar', width: 1280 },
  {
    page: 'arabic-news',
    lang: 'ar',
    width: 360,
    // 62.5% root font and the theme's 17px body font: the widget keeps its own 16px.
    also: async (_, widget) => expect(await widget.locator('.w').evaluate((w) => getComputedStyle(w).fontSize)).toBe('16px'),
  },
  { page: 'arabic-news', lang: 'en', width: 1280 },
  // The card around the quiz is scaled to 90% (zoomed 125% around it).
  { page: 'zoom', lang: 'ar', width: 360, minWidth: 240 },
  { page: 'zoom', lang: 'en', width: 1280 },
  { page: 'sidebar', lang: 'ar', width: 1280, minWidth: 200 },
  { page: 'sidebar', lang: 'en', width: 360 },
  { page: 'wide', lang: 'en', width: 1280, pageWidth: 1632 },
  {
    page: 'resets',
    lang: 'ar',
    width: 360,
    also: async (_, widget) => {
      const style = await widget.locator('.w').evaluate((w) => {
        const s = getComputedStyle(w)
        return { size: s.fontSize, transform: s.textTransform, space: s.whiteSpace, bg: s.backgroundColor }
      })
      // The page's --bg, uppercase, nowrap and 12px stay outside.
      expect(style).toEqual({ size: '16px', transform: 'none', space: 'normal', bg: 'rgb(255, 255, 255)' })
    },
  },
  { page: 'resets', lang: 'en', width: 1280 },
  {
    page: 'host-scripts',
    lang: 'en',
    width: 360,
    // The page's customElements.define wrapper defined the element.
    also: async (page) => expect(await page.evaluate(() => (window as unknown as { definedByPolyfill?: string[] }).definedByPolyfill)).toEqual(['fahm-quiz']),
  },
  { page: 'host-scripts', lang: 'ar', width: 1280 },
  {
    page: 'twice',
    lang: 'ar',
    width: 360,
    also: async (_, widget) => expect(await widget.evaluate((el) => el.shadowRoot!.querySelectorAll('.w').length)).toBe(1),
  },
  { page: 'tag-manager', lang: 'en', width: 1280 },
  { page: 'tag-manager', lang: 'ar', width: 360 },
  { page: 'defer', lang: 'en', width: 360 },
  { page: 'module', lang: 'ar', width: 1280 },
  { page: 'module', lang: 'en', width: 360 },
  // Windows high contrast: the chosen choice and the progress stand out without the page's colours.
  ...(['ar', 'en'] as const).map(
    (lang): Row => ({
      page: lang === 'ar' ? 'bootstrap' : 'tailwind',
      lang,
      width: lang === 'ar' ? 360 : 1280,
      media: { forcedColors: 'active' },
      also: async (_, widget) => {
        await widget.locator('label.o').nth(1).click()
        const marks = await widget.evaluate((el) => {
          const root = el.shadowRoot!
          const border = (e: Element) => parseFloat(getComputedStyle(e).borderTopWidth)
          const options = [...root.querySelectorAll('label.o')]
          const bar = root.querySelector('.bar')!
          return {
            chosen: border(options[1]!),
            others: Math.max(...options.filter((_, i) => i !== 1).map(border)),
            bar: border(bar),
            fill: getComputedStyle(bar.querySelector('i')!).forcedColorAdjust,
          }
        })
        expect(marks.chosen).toBeGreaterThanOrEqual(marks.others + 2)
        expect(marks.bar).toBeGreaterThanOrEqual(1)
        expect(marks.fill).toBe('none')
      },
    }),
  ),
  {
    page: 'arabic-news',
    lang: 'ar',
    width: 1280,
    media: { colorScheme: 'dark', reducedMotion: 'reduce' },
    also: async (_, widget) => {
      const look = await widget.evaluate((el) => {
        const root = el.shadowRoot!
        return { bg: getComputedStyle(root.querySelector('.w')!).backgroundColor, moves: getComputedStyle(root.querySelector('.bar i')!).transitionDuration }
      })
      expect(look).toEqual({ bg: 'rgb(22, 24, 27)', moves: '0s' })
    },
  },
  ...(['en', 'ar'] as const).map(
    (lang): Row => ({
      page: 'quirks',
      lang,
      width: 1280,
      media: { media: 'print' },
      // Printed: the colours kept (white on a dropped background was blank), nothing cut across pages.
      also: async (_, widget) => {
        const print = await widget.evaluate((el) => {
          const root = el.shadowRoot!
          return {
            colours: getComputedStyle(root.querySelector('.w')!).printColorAdjust,
            whole: [...root.querySelectorAll('.o, .row, button')].every((e) => getComputedStyle(e).breakInside === 'avoid'),
          }
        })
        expect(print).toEqual({ colours: 'exact', whole: true })
      },
    }),
  ),
]

describe('the widget on foreign pages', () => {
  it.each(rows.map((row) => ({ ...row, setting: row.media ? JSON.stringify(row.media) : 'screen' })))(
    '$page, $lang, $width px, $setting',
    async ({ page: name, lang, width, media, minWidth = 280, pageWidth = width, also }) => {
      const page = await browser.context.newPage()
      await page.setViewportSize({ width, height: 800 })
      await page.goto(`${host}/no-widget-here`)
      await page.evaluate(() => localStorage.clear())
      const watch = await watchPage(page)
      if (media) await page.emulateMedia(media)
      await page.goto(`${host}/foreign/${name}?lang=${lang}`)
      // The element, the tag manager's or defer's slot, or the box a script tag puts after itself.
      const widget = page.locator('fahm-quiz, #slot, script[data-quiz] + div').first()
      const prompt = widget.locator('fieldset .p')
      await prompt.waitFor({ timeout: 20_000 })
      expect(await widget.locator('.w').getAttribute('lang')).toBe(lang)

      // The first question has a real box: not collapsed by the page's table, flex row or resets.
      const first = (await widget.locator('label.o').first().boundingBox())!
      expect(first.width).toBeGreaterThanOrEqual(minWidth)
      expect((await prompt.boundingBox())!.height).toBeGreaterThan(10)

      const g = await geometry(widget)
      // Touch targets of 44 px (zoom only makes them larger).
      expect(Math.min(...g.controls)).toBeGreaterThanOrEqual(44)
      // Nothing of the widget sticks out of it, nor the page out of the screen.
      expect(g.widest.left).toBeGreaterThanOrEqual(g.host.left - 1)
      expect(g.widest.right).toBeLessThanOrEqual(g.host.right + 1)
      expect(g.page).toBeLessThanOrEqual(pageWidth)

      await also?.(page, widget)

      // The keyboard: a choice, then Tab to Check, with a ring that shows.
      await widget.locator('input[type=radio][value="japan-surrender"]').focus()
      await page.keyboard.press('Space')
      await page.keyboard.press('Tab')
      const ring = await page.evaluate(() => {
        let el: Element | null = document.activeElement
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
        const s = getComputedStyle(el!)
        return { tag: el!.tagName, style: s.outlineStyle, width: parseFloat(s.outlineWidth) }
      })
      expect(ring.tag).toBe('BUTTON')
      expect(ring.style).not.toBe('none')
      expect(ring.width).toBeGreaterThanOrEqual(2)

      // Answering works: the right choice is graded right.
      await page.keyboard.press('Enter')
      await widget.locator('.fb.ok').waitFor()

      expect(watch.errors).toEqual([])
      expect(await watch.violations()).toEqual([])
      await page.close()
    },
  )
})
