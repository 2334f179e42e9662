import type { Locator, Page } from 'playwright-core'
import { expect, inject, it } from 'vitest'
import { openFresh, useBrowser } from './browser.ts'
import { createClass } from './studio-helpers.ts'

/**
 * At 360 px, a field reached by the keyboard comes into view with its label: going back up a form
 * with Shift+Tab, the browser scrolls only as far as the field, and its label (above it) was left
 * cut off at the top edge. Teacher page and studio, real Chromium.
 */

const base = inject('fahmUrl')
const browser = useBrowser({ viewport: { width: 360, height: 640 }, locale: 'ar' })

/** From `start`, Shift+Tab `steps` times; for each field reached, where its label and it are. */
async function walkBack(page: Page, start: Locator, steps: number) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
  // A disabled button takes no focus, and the walk would then start from wherever the page had it.
  await start.and(start.page().locator(':enabled')).waitFor({ timeout: 30_000 })
  await start.focus()
  expect(await start.evaluate((el) => el === document.activeElement), 'the walk starts on its button').toBe(true)
  const seen: { field: string; labelTop: number; fieldBottom: number }[] = []
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press('Shift+Tab')
    const at = await page.evaluate(() => {
      const f = document.activeElement as HTMLInputElement | null
      if (!f?.matches('input:not([type=checkbox]):not([type=radio]), select, textarea') || !f.labels?.[0]) return null
      return {
        field: f.id || f.name,
        labelTop: Math.round(f.labels[0].getBoundingClientRect().top),
        fieldBottom: Math.round(f.getBoundingClientRect().bottom - innerHeight),
      }
    })
    if (at) seen.push(at)
  }
  return seen
}

it('teacher page: the assignment form, walked back by keyboard, shows each field with its label', async () => {
  const cls = await createClass(base, 'الصف العاشر', '127.0.0.71')
  const page = await openFresh(browser.context, `${base}/teach#${cls.classId}.${cls.teacherKey}`)
  await page.getByText('لا واجبات بعد.').waitFor({ timeout: 30_000 })
  const form = page.locator('section', { has: page.getByRole('heading', { name: 'واجب جديد', exact: true }) })
  const seen = await walkBack(page, form.locator('button[type=submit]'), 16)
  expect(seen.length).toBeGreaterThan(5)
  for (const s of seen) {
    expect(s.labelTop, s.field).toBeGreaterThanOrEqual(0)
    expect(s.fieldBottom, s.field).toBeLessThanOrEqual(0)
  }
  await page.close()
})

it('studio: the new-quiz form, walked back by keyboard, shows each field with its label', async () => {
  const page = await openFresh(browser.context, `${base}/studio`)
  await page.locator('#new-article').waitFor()
  const seen = await walkBack(page, page.locator('form.new-quiz button[type=submit]'), 8)
  expect(seen.length).toBeGreaterThan(1)
  for (const s of seen) {
    expect(s.labelTop, s.field).toBeGreaterThanOrEqual(0)
    expect(s.fieldBottom, s.field).toBeLessThanOrEqual(0)
  }
  await page.close()
})
