import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { launch } from './browser.ts'

/** The API reference and the pages for people fit a phone, and follow a dark scheme. Real Chromium, real Worker. */

const base = inject('fahmUrl')
let browser: Awaited<ReturnType<typeof launch>>

beforeAll(async () => {
  browser = await launch({ locale: 'en' })
})

afterAll(async () => {
  await browser?.close()
})

it.each(['/docs', '/a?lang=en', '/teach?lang=en'])('%s fits a 360 px screen without scrolling sideways', async (path) => {
  const page = await browser.context.newPage()
  await page.setViewportSize({ width: 360, height: 780 })
  await page.goto(`${base}${path}`)
  await page.locator('h1').first().waitFor()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await page.close()
})

it('draws the teacher page’s cards in the dark scheme when the reader uses one', async () => {
  const page = await browser.context.newPage()
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto(`${base}/teach?lang=en`)
  const section = page.locator('#teach section').first()
  await section.waitFor()
  // Canvas follows color-scheme: a dark card, not a white one on a dark page.
  const background = await section.evaluate((el) => getComputedStyle(el).backgroundColor)
  const [r, g, b] = background.match(/\d+/g)!.map(Number)
  expect(r! + g! + b!).toBeLessThan(3 * 80)
  await page.close()
})
