import { describe, expect, inject, it } from 'vitest'
import { useBrowser } from './browser.ts'

/**
 * The page a person's browser gets for an address nothing serves (src/worker/html-page.ts), and
 * the /a form sent empty, at 360 px and 1280 px in Arabic and English: in the page's language and
 * direction, nothing wider than the screen, and links a finger can hit (44 px each, not 22 px lines).
 */

const fahm = inject('fahmUrl')
const browser = useBrowser()

const HEADING = { ar: 'لا توجد صفحة بهذا العنوان', en: 'There is no page at this address' }

describe.each([360, 1280])('at %i px', (width) => {
  it.each(['ar', 'en'] as const)('%s: the 404 page reads in its language, fits, and its links are easy to hit', async (lang) => {
    const page = await browser.context.newPage()
    await page.setViewportSize({ width, height: 700 })
    const res = await page.goto(`${fahm}/no/such/page?lang=${lang}`)
    expect(res?.status()).toBe(404)
    expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr')
    await page.getByRole('heading', { level: 1, name: HEADING[lang] }).waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true)
    const links = await page.locator('main a').evaluateAll((as) =>
      as.map((a) => {
        const r = a.getBoundingClientRect()
        return { text: a.textContent, height: r.height, top: r.top, bottom: r.bottom, inside: r.left >= 0 && r.right <= innerWidth }
      }),
    )
    expect(links).toHaveLength(5)
    for (const [i, link] of links.entries()) {
      expect(link.height, link.text!).toBeGreaterThanOrEqual(44)
      expect(link.inside, link.text!).toBe(true)
      if (i > 0) expect(link.top, link.text!).toBeGreaterThanOrEqual(links[i - 1]!.bottom)
    }
    // Each link leads somewhere that is not another 404, in the same language.
    for (const href of await page.locator('main ul a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      const r = await fetch(href, { headers: { Accept: 'text/html' } })
      expect(r.status, href).toBe(200)
    }
    await page.close()
  })
})
