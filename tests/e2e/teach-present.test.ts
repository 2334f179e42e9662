import jsQR from 'jsqr'
import { readFileSync, writeFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launch } from './browser.ts'
import { answerConfirm, nativeDialogs } from './confirm-dialog.ts'

/**
 * "Show to class" on the teacher page: the assignment full screen for a projector, with its code,
 * the address to type it at, and a QR code that a phone's camera (here jsQR, reading a screenshot)
 * opens as the student link. Real Chromium, real Worker, in both languages, at a projector's and a
 * phone's width, light and dark. FAHM_SCREENSHOTS=dir saves the screenshots to look at.
 */

const base = inject('fahmUrl')
/**
 * Loading the page, opening the dialog, a screenshot: each takes seconds alone and tens of seconds
 * beside other jobs on the shared machine, past Playwright's 30 s and the 15 s of polls (vitest.config.ts).
 */
const SLOW = { timeout: 60_000 }
const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8')
let browser: Awaited<ReturnType<typeof launch>>

beforeAll(async () => {
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
})

async function newClassWithAssignment(title: string, settings: Record<string, unknown> = {}): Promise<{ classId: string; teacherKey: string; code: string }> {
  const cls = (await (
    await fetch(`${base}/v1/classes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': '127.0.0.43' },
      body: '{"name":"Present me"}',
    })
  ).json()) as { classId: string; teacherKey: string }
  const made = (await (
    await fetch(`${base}/v1/classes/${cls.classId}/assignments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${cls.teacherKey}` },
      body: JSON.stringify({ quizId: 'kim-putin-beijing', title, ...settings }),
    })
  ).json()) as { code: string }
  return { ...cls, code: made.code }
}

/** The class open on /teach in `lang`, its class link pasted into the address bar. */
async function openClass(page: Page, lang: 'ar' | 'en', cls: { classId: string; teacherKey: string }) {
  await page.goto(`${base}/teach?lang=${lang}#${cls.classId}.${cls.teacherKey}`, SLOW)
  await page.getByTestId('assignment-card').first().waitFor(SLOW)
}

/** What a camera sees: a screenshot of the page, its pixels read back in a blank page, decoded by jsQR. */
async function scan(page: Page): Promise<string | null> {
  const png = await page.screenshot(SLOW)
  const reader = await page.context().newPage()
  try {
    const { width, height, rgba } = await reader.evaluate(async (b64) => {
      const image = new Image()
      image.src = `data:image/png;base64,${b64}`
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = image.naturalWidth
      canvas.height = image.naturalHeight
      const context = canvas.getContext('2d')!
      context.drawImage(image, 0, 0)
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data
      let binary = ''
      for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000))
      return { width: canvas.width, height: canvas.height, rgba: btoa(binary) }
    }, png.toString('base64'))
    return jsQR(new Uint8ClampedArray(Buffer.from(rgba, 'base64')), width, height)?.data ?? null
  } finally {
    await reader.close()
  }
}

/** The focused element's text, for where focus went. */
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? null)

// Its slow steps each wait up to SLOW; several slow at once still fit in the test's five minutes.
it('opens the assignment for the class, with its code, address and a QR code of the student link; Escape and Close return', async () => {
  const cls = await newClassWithAssignment('Beijing reading')
  const page = await browser.context.newPage()
  const errors: string[] = []
  page.on('pageerror', (err) => errors.push(err.message))
  await page.setViewportSize({ width: 1280, height: 800 })
  await openClass(page, 'en', cls)
  const card = page.getByTestId('assignment-card')
  const show = card.getByRole('button', { name: 'Show to class' })
  expect(await show.getAttribute('aria-haspopup')).toBe('dialog')
  await show.click(SLOW)

  // A modal dialog named by the assignment's title, the close button focused.
  const dialog = page.getByRole('dialog', { name: 'Beijing reading' })
  await dialog.waitFor(SLOW)
  expect(await dialog.evaluate((el) => el.matches(':modal'))).toBe(true)
  await expect.poll(() => focusedText(page), SLOW).toBe('Close')
  const link = `${base}/a/${cls.code}`
  const code = await dialog.getByTestId('present-code').textContent()
  expect(code?.replace(/ /g, '')).toBe(cls.code)
  expect(code).toMatch(/^[A-Z0-9]{3,4} [A-Z0-9]{3,4}$/)
  expect(await dialog.getByTestId('present-address').textContent()).toBe(`${new URL(base).host}/a`)
  await dialog.getByText('Scan the QR code with your phone’s camera').waitFor(SLOW)
  await dialog.getByRole('img', { name: 'QR code of the student link' }).waitFor(SLOW)
  expect(await scan(page)).toBe(link)
  // The address and the code, typed as shown, open the assignment.
  const typed = await fetch(`${base}/a?code=${encodeURIComponent(code!)}`, { redirect: 'manual' })
  expect(typed.headers.get('location')).toBe(`/a/${cls.code}`)

  // axe finds nothing in the dialog.
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: { id: string }[] }> } }).axe
    return (await axe.run({ include: [['dialog.present']] })).violations.map((v) => v.id)
  })
  expect(violations).toEqual([])

  // Full screen, for a projector, and back; the dialog stays open.
  const full = dialog.getByRole('button', { name: 'Full screen' })
  await full.click(SLOW)
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === document.documentElement), SLOW).toBe(true)
  // The button follows the fullscreenchange event, a render later on a busy machine.
  await expect.poll(() => full.getAttribute('aria-pressed'), SLOW).toBe('true')
  await full.click(SLOW)
  await expect.poll(() => page.evaluate(() => document.fullscreenElement), SLOW).toBe(null)
  await expect.poll(() => full.getAttribute('aria-pressed'), SLOW).toBe('false')
  await dialog.getByRole('button', { name: 'Close' }).focus(SLOW)
  expect(await dialog.evaluate((el) => el.matches(':modal'))).toBe(true)

  // Escape closes it, and focus goes back to the button that opened it.
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'detached', ...SLOW })
  await expect.poll(() => focusedText(page), SLOW).toBe('Show to class')

  // So does the close button; the page behind is as it was.
  await page.keyboard.press('Enter')
  await dialog.waitFor(SLOW)
  await dialog.getByRole('button', { name: 'Close' }).click(SLOW)
  await dialog.waitFor({ state: 'detached', ...SLOW })
  await expect.poll(() => focusedText(page), SLOW).toBe('Show to class')
  await card.getByRole('heading', { name: 'Beijing reading' }).waitFor(SLOW)
  expect(errors).toEqual([])
  await page.close()
}, 300_000)

it('says so when the assignment is not open yet, or closed', async () => {
  const opensAt = new Date(Date.now() + 86_400_000).toISOString()
  const cls = await newClassWithAssignment('Tomorrow’s reading', { opensAt })
  const page = await browser.context.newPage()
  await openClass(page, 'en', cls)
  const card = page.getByTestId('assignment-card')
  await card.getByRole('button', { name: 'Show to class' }).click()
  const dialog = page.getByRole('dialog', { name: 'Tomorrow’s reading' })
  await dialog.getByText(/^This assignment opens on .+: students can submit from then on\.$/).waitFor()
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'detached' })

  const native = nativeDialogs(page)
  await card.getByRole('button', { name: 'Close now' }).click()
  await answerConfirm(page, 'Close now')
  expect(native).toEqual([])
  await card.getByText('closed').first().waitFor()
  await card.getByRole('button', { name: 'Show to class' }).click()
  await dialog.getByText('This assignment is closed: students can no longer submit.').waitFor()
  // The QR code and the code stay: students can still see their results.
  await dialog.getByTestId('present-code').waitFor()
  if (process.env.FAHM_SCREENSHOTS) await page.screenshot({ path: `${process.env.FAHM_SCREENSHOTS}/present-en-closed.png` })
  await page.close()
}, 120_000)

describe('fits a projector and a phone, in Arabic and English, light and dark', () => {
  const sizes = [
    { name: 'projector', width: 1920, height: 1080 },
    { name: 'projector', width: 1024, height: 768 },
    { name: 'tablet', width: 768, height: 1024 },
    { name: 'phone', width: 360, height: 740 },
  ]
  const cases = (['ar', 'en'] as const).flatMap((lang) =>
    sizes.map((size) => ({ lang, ...size, scheme: size.width === 1920 && lang === 'ar' ? ('dark' as const) : ('light' as const) })),
  )
  const titles = { ar: 'قراءة: بكين وموسكو', en: 'Beijing reading' }
  const buttons = { ar: 'اعرضه على الصف', en: 'Show to class' }

  it.each(cases)('$lang at $width×$height ($scheme)', async ({ lang, width, height, name, scheme }) => {
    const cls = await newClassWithAssignment(titles[lang])
    const page = await browser.context.newPage()
    await page.setViewportSize({ width, height })
    await page.emulateMedia({ colorScheme: scheme })
    await openClass(page, lang, cls)
    await page.getByTestId('assignment-card').getByRole('button', { name: buttons[lang] }).click()
    const dialog = page.getByRole('dialog', { name: titles[lang] })
    await dialog.waitFor()
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr')

    // Everything a student needs is on screen without scrolling, and nothing is cut off sideways.
    for (const part of ['present-code', 'present-address']) {
      const box = (await dialog.getByTestId(part).boundingBox())!
      expect([part, box.x >= 0, box.x + box.width <= width, box.y + box.height <= height]).toEqual([part, true, true, true])
      expect(await dialog.getByTestId(part).evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true)
      // Read left to right whatever the page's direction.
      expect(await dialog.getByTestId(part).evaluate((el) => getComputedStyle(el).direction)).toBe('ltr')
    }
    const qr = (await dialog.getByRole('img').boundingBox())!
    expect(qr.y + qr.height).toBeLessThanOrEqual(height)
    expect(await dialog.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
    // Big on a projector: the code's letters at least a tenth of the screen's height, the QR code half of it.
    const codeSize = await dialog.getByTestId('present-code').evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize))
    if (name === 'projector') {
      expect(codeSize).toBeGreaterThanOrEqual(height / 10)
      expect(qr.height).toBeGreaterThanOrEqual(height / 2)
    } else expect(codeSize).toBeGreaterThanOrEqual(40)
    // The dark scheme darkens the page around a QR code that stays dark on light, as cameras need.
    const background = await dialog.evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(background === 'rgb(255, 255, 255)').toBe(scheme === 'light')
    expect(await scan(page)).toBe(`${base}/a/${cls.code}`)

    if (process.env.FAHM_SCREENSHOTS) await page.screenshot({ path: `${process.env.FAHM_SCREENSHOTS}/present-${lang}-${width}-${scheme}.png` })
    await page.close()
  })
})

describe('prints as a poster: the dialog alone on one page, its QR code readable', () => {
  const titles = { ar: 'قراءة: بكين وموسكو', en: 'Beijing reading' }
  const buttons = { ar: { show: 'اعرضه على الصف', print: 'اطبع' }, en: { show: 'Show to class', print: 'Print' } }

  it.each(['ar', 'en'] as const)(
    '%s',
    async (lang) => {
      const cls = await newClassWithAssignment(titles[lang])
      const page = await browser.context.newPage()
      await page.setViewportSize({ width: 1280, height: 800 })
      await openClass(page, lang, cls)
      await page.getByTestId('assignment-card').getByRole('button', { name: buttons[lang].show }).click()
      const dialog = page.getByRole('dialog', { name: titles[lang] })
      await dialog.waitFor()
      // Record what a print would print, instead of opening the browser's print dialog.
      await page.evaluate(() => {
        window.print = () => {
          ;(window as unknown as { printed: string[] }).printed ??= []
          ;(window as unknown as { printed: string[] }).printed.push(document.body.className)
        }
      })
      await dialog.getByRole('button', { name: buttons[lang].print }).click()
      expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual(['printing-present'])

      // What the printer gets, while the print dialog is open: the poster alone, on one page.
      await page.evaluate(() => document.body.classList.add('printing-present'))
      await page.emulateMedia({ media: 'print' })
      // The page around it is left out: its heading, the assignment's buttons (the card holds the dialog).
      expect(await page.locator('h1').first().isVisible()).toBe(false)
      expect(await page.getByTestId('assignment-card').getByRole('button', { name: buttons[lang].show }).isVisible()).toBe(false)
      expect(await dialog.getByRole('button', { name: buttons[lang].print }).isVisible()).toBe(false)
      for (const part of ['present-code', 'present-address']) expect(await dialog.getByTestId(part).isVisible()).toBe(true)
      expect(await scan(page)).toBe(`${base}/a/${cls.code}`)
      if (process.env.FAHM_SCREENSHOTS) await page.screenshot({ path: `${process.env.FAHM_SCREENSHOTS}/present-${lang}-print.png` })
      const pdf = await page.pdf({ format: 'A4' })
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length).toBe(1)
      if (process.env.FAHM_SCREENSHOTS) writeFileSync(`${process.env.FAHM_SCREENSHOTS}/present-${lang}-print.pdf`, pdf)

      // After printing, the page is as it was.
      await page.emulateMedia({ media: 'screen' })
      await page.evaluate(() => dispatchEvent(new Event('afterprint')))
      expect(await page.evaluate(() => document.body.className)).toBe('')
      await page.close()
    },
    120_000,
  )
})
