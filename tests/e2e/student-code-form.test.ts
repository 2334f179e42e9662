import { describe, expect, inject, it } from 'vitest'
import { useBrowser } from './browser.ts'

/**
 * The /a code form sent empty, in real Chromium at 360 px: not the browser's own "fill in this
 * field" bubble (in the browser's language, here the other one), but the page's message in the
 * page's language, the field's description, the field invalid and focused. No script runs.
 */

const fahm = inject('fahmUrl')

const TEXT = {
  ar: { open: 'افتح الواجب', missing: 'اكتب رمز الواجب أولًا.', label: 'رمز الواجب' },
  en: { open: 'Open the assignment', missing: 'Type the assignment code first.', label: 'Assignment code' },
}

describe.each([
  ['ar', 'en'],
  ['en', 'ar'],
] as const)('/a in %s (a browser in %s)', (lang, browserLang) => {
  const browser = useBrowser({ locale: browserLang, viewport: { width: 360, height: 740 } })
  const t = TEXT[lang]

  it('sent empty or blank, says so in the page’s language under the field, which is invalid and focused', async () => {
    const page = await browser.context.newPage()
    const native: string[] = []
    page.on('dialog', (d) => {
      native.push(d.message())
      void d.dismiss()
    })
    await page.goto(`${fahm}/a?lang=${lang}`)
    const field = page.getByLabel(t.label)
    // Before anything is sent, nothing is said and nothing is invalid.
    expect(await field.getAttribute('aria-invalid')).toBeNull()
    expect(await page.getByText(t.missing).count()).toBe(0)
    expect(await page.locator('form').evaluate((f) => (f as HTMLFormElement).noValidate)).toBe(true)

    for (const typed of ['', '  - ']) {
      await field.fill(typed)
      await page.getByRole('button', { name: t.open }).click()
      await page.getByText(t.missing).waitFor()
      expect(new URL(page.url()).pathname).toBe('/a')
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang)
      expect(await field.getAttribute('aria-invalid')).toBe('true')
      const described = (await field.getAttribute('aria-describedby'))!
      expect(await page.locator(`#${described}`).textContent()).toBe(t.missing)
      await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true)
      // The language asked for is kept for the next try.
      expect(await page.locator('input[type=hidden][name=lang]').getAttribute('value')).toBe(lang)
      // The message is under the field, on screen at 360 px, and nothing scrolls sideways.
      const box = (await page.getByText(t.missing).boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(360)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    }

    // A code typed then opens its page as before (here an unknown one: the page says so).
    await field.fill('ZZZZ-ZZZZ')
    await page.getByRole('button', { name: t.open }).click()
    await page.waitForURL(/\/a\/ZZZZZZZZ/)
    expect(native).toEqual([])
    await page.close()
  })
})
