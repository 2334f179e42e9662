import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { useBrowser } from './browser.ts'

/**
 * The keyboard focus ring on the Worker's own pages (src/worker/html-page.ts): the /a/{code} page of
 * a code that is no assignment's, with its form to type the code again, and /a. Each control reached
 * with Tab has a solid ring at least 2 px wide, drawn at least 2 px outside it (Chromium's default
 * ring sat on the edge, at no offset, and on the green button hardly showed), and the whole ring is
 * on screen and inside every ancestor that would clip it. Real Chromium, at 360 and 1280 px, in
 * Arabic and English, light and dark.
 */

const fahm = inject('fahmUrl')
const browser = useBrowser()

type Ring = { id: string; tag: string; focusVisible: boolean; style: string; width: number; offset: number; color: string; clipped: string[] }

/** The focused element's ring as Chromium computes it, and what would clip it. */
function ring(page: Page): Promise<Ring> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement
    const style = getComputedStyle(el)
    const width = parseFloat(style.outlineWidth)
    const offset = parseFloat(style.outlineOffset)
    const r = el.getBoundingClientRect()
    const out = width + Math.max(offset, 0)
    const box = { left: r.left - out, right: r.right + out, top: r.top - out, bottom: r.bottom + out }
    const clipped: string[] = []
    if (box.left < 0 || box.right > document.documentElement.clientWidth) clipped.push(`viewport: ${box.left}..${box.right}`)
    for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
      const s = getComputedStyle(a)
      if (s.overflowX === 'visible' && s.overflowY === 'visible' && s.clipPath === 'none') continue
      const ar = a.getBoundingClientRect()
      if (box.left < ar.left || box.right > ar.right || box.top < ar.top || box.bottom > ar.bottom) clipped.push(`${a.tagName.toLowerCase()}.${a.className}`)
    }
    return {
      id: el.id || el.tagName.toLowerCase(),
      tag: el.tagName.toLowerCase(),
      focusVisible: el.matches(':focus-visible'),
      style: style.outlineStyle,
      width,
      offset,
      color: style.outlineColor,
      clipped,
    }
  })
}

const PAGES = [
  { name: '/a/{code} of no assignment', path: '/a/NOSUCH42', controls: ['input', 'button'] },
  { name: '/a', path: '/a', controls: ['input', 'button'] },
]

describe('the focus ring of the student pages', () => {
  for (const lang of ['ar', 'en'] as const)
    for (const width of [360, 1280])
      for (const scheme of ['light', 'dark'] as const)
        for (const p of PAGES)
          it(`${p.name}, ${lang}, ${width} px, ${scheme}: a solid ring with an offset, not clipped, on each control`, async () => {
            const page = await browser.context.newPage()
            await page.setViewportSize({ width, height: 800 })
            await page.emulateMedia({ colorScheme: scheme })
            await page.goto(`${fahm}${p.path}?lang=${lang}`)
            const seen: string[] = []
            for (let i = 0; i < 10 && seen.length < p.controls.length; i++) {
              await page.keyboard.press('Tab')
              const r = await ring(page)
              if (!p.controls.includes(r.tag)) continue
              seen.push(r.tag)
              expect(r.focusVisible, r.id).toBe(true)
              expect(r.style, r.id).toBe('solid')
              expect(r.width, r.id).toBeGreaterThanOrEqual(2)
              expect(r.offset, r.id).toBeGreaterThanOrEqual(2)
              expect(r.color, r.id).not.toMatch(/rgba\(.*, 0\)$/)
              expect(r.clipped, r.id).toEqual([])
            }
            expect(seen).toEqual(p.controls)
            await page.close()
          })
})
