import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { launch } from './browser.ts'

/** The teacher page in real Chromium against the real Worker (started by the e2e global setup). */

const base = inject('fahmUrl')
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** axe-core's violations on the page as it is now, as `rule: targets` lines. */
async function accessibilityViolations(): Promise<string[]> {
  await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe.run()
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => String(n.target)).join(' | ')}`)
  })
  return violations
}
let browser: Awaited<ReturnType<typeof launch>>
let other: Awaited<ReturnType<typeof launch>> | undefined
let page: Page

beforeAll(async () => {
  browser = await launch({ acceptDownloads: true, locale: 'ar', bypassCSP: true /* to inject axe-core */ })
  page = await browser.context.newPage()
})

afterAll(async () => {
  await other?.close()
  await browser?.close()
})

async function submit(code: string, name: string, answers: Record<string, unknown>) {
  const res = await fetch(`${base}/v1/assignments/${code}/attempts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), 'CF-Connecting-IP': '127.0.0.9' },
    body: JSON.stringify({ name, answers, startedAt: new Date(Date.now() - 65_000).toISOString() }),
  })
  expect(res.status).toBe(201)
}

it('creates a class and an assignment, shows live results, a chart and a CSV download', async () => {
  const errors: string[] = []
  page.on('pageerror', (err) => errors.push(err.message))
  await page.goto(`${base}/teach`)
  expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
  await page.getByRole('heading', { name: 'فهم — صفحة المعلّم' }).waitFor()

  // Create a class: its link (with the key) is shown to keep, and the class is kept in localStorage.
  await page.getByLabel('اسم الصف (اختياري)').fill('الصف التاسع')
  await page.getByRole('button', { name: 'أنشئ' }).click()
  const link = (await page.getByTestId('class-link').textContent())!.trim()
  const key = link.split('.').at(-1)!
  expect(link).toMatch(new RegExp(`^${base.replaceAll('.', '\\.')}/teach#cls_[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}$`))
  await expect.poll(() => page.getByText('احفظ رابط صفك الآن').count()).toBe(1)
  expect(await page.evaluate(() => localStorage.getItem('fahm.teach.classes'))).toContain(key)
  expect(await accessibilityViolations()).toEqual([])
  await page.getByRole('button', { name: 'حفظته' }).click()
  expect(await page.getByTestId('class-link').count()).toBe(0)

  // Open it and assign the quiz.
  await page.getByRole('button', { name: 'الصف التاسع' }).click()
  await page.getByText('لا واجبات بعد.').waitFor()
  await expect.poll(() => page.locator('select option').count()).toBeGreaterThan(0)
  await page.getByLabel('العنوان').fill('قراءة: قمة بكين')
  await page.getByLabel('عدد المحاولات').fill('2')
  await page.getByRole('button', { name: 'أنشئ' }).click()
  const codeCell = page.getByTestId('assignment-card').locator('code').first()
  await codeCell.waitFor()
  const code = (await codeCell.textContent())!.trim()
  expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6,8}$/)
  expect(await page.locator(`a[href="/a/${code}"]`).count()).toBe(1)

  // Two students submit; one name is markup, which must stay text.
  await submit(code, 'سارة', { 'meeting-city': 'بكين', 'parade-occasion': 'japan-surrender' })
  await submit(code, '<b>Omar</b>', { 'meeting-city': 'موسكو', 'parade-occasion': 'cold-war-end' })

  await page.getByRole('button', { name: 'النتائج' }).click()
  const rows = page.getByTestId('results-table').locator('tbody tr')
  await expect.poll(() => rows.count()).toBe(2)
  expect(await page.locator('b', { hasText: 'Omar' }).count()).toBe(0)
  expect(await page.getByText('<b>Omar</b>').count()).toBe(1)
  // One bar per question in the chart, with the share as text.
  const chart = page.locator('figure.chart')
  expect(await chart.locator('.bar-row').count()).toBe(22)
  await page.getByText('موسكو').first().waitFor()

  // A student's own answers open under their row: typed as typed, a choice as its text, in words.
  const omar = page.getByRole('button', { name: '<b>Omar</b>', exact: true })
  expect(await omar.getAttribute('aria-expanded')).toBe('false')
  await omar.click()
  expect(await omar.getAttribute('aria-expanded')).toBe('true')
  const answers = page.getByRole('list', { name: 'إجابات <b>Omar</b>' })
  const items = answers.getByRole('listitem')
  expect(await items.count()).toBe(22)
  const byQuestion = await items.allTextContents()
  expect(byQuestion.filter((text) => text.includes('✗ خاطئة: موسكو'))).toHaveLength(1)
  expect(byQuestion.filter((text) => text.includes('✗ خاطئة: ') && !text.includes('cold-war-end')).length).toBe(2)
  expect(byQuestion.filter((text) => text.includes('– بلا إجابة'))).toHaveLength(20)

  expect(await accessibilityViolations()).toEqual([])
  await omar.click()
  expect(await answers.count()).toBe(0)

  // A third student appears without reloading (the view refreshes every 15 s).
  await submit(code, 'Lina', { 'meeting-city': 'Beijing' })
  await expect.poll(() => rows.count(), { timeout: 25_000, interval: 500 }).toBe(3)

  // CSV download: fetched with the key, saved as a file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'نزّل النتائج (CSV)' }).click()])
  expect(download.suggestedFilename()).toBe(`results-${code}.csv`)
  const csv = readFileSync((await download.path())!, 'utf8')
  expect(csv.startsWith('\uFEFFالاسم,المحاولات,')).toBe(true)
  expect(csv).toContain('\r\nسارة,1,')
  // A header, three students, a blank line, the note on blanks, and the final line end.
  expect(csv.split('\r\n')).toHaveLength(7)

  // English, left to right.
  await page.getByRole('button', { name: 'English' }).click()
  await page.getByRole('button', { name: 'Download results (CSV)' }).waitFor()
  await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('ltr')
  expect(errors).toEqual([])

  // Another device: the class opens with its link; a wrong key says so in words.
  other = await launch({ locale: 'en' })
  const second = await other.context.newPage()
  await second.goto(`${base}/teach?lang=en`)
  await second.getByLabel('Class link', { exact: true }).fill(link.replace(key, 'wrong-key-wrong-key-wrong-key'))
  await second.getByRole('button', { name: 'Open', exact: true }).click()
  await expect.poll(() => second.getByRole('alert').textContent()).toContain('does not open the class')
  await second.getByLabel('Class link', { exact: true }).fill(link)
  await second.getByRole('button', { name: 'Open', exact: true }).click()
  await second.getByTestId('assignment-card').locator('code', { hasText: code }).first().waitFor()
  await other.close()
  other = undefined
  // It waits for a 15 s refresh and runs axe twice: longer than the default on a busy machine.
}, 180_000)

it('assigns a quiz by typed id (classroom quizzes are not in the list); a wrong id is said in words', async () => {
  const ctx = await launch({ locale: 'en' })
  try {
    const p = await ctx.context.newPage()
    await p.goto(`${base}/teach?lang=en`)
    await p.getByLabel('Class name (optional)').fill('Typed ids')
    await p.getByRole('button', { name: 'Create' }).click()
    await p.getByRole('button', { name: 'I saved it' }).click()
    await p.getByRole('button', { name: 'Typed ids' }).click()
    await p.getByText('No assignments yet.').waitFor()

    await p.getByLabel('or enter a quiz id').fill('no-such-quiz')
    await p.getByRole('button', { name: 'Create' }).click()
    await expect.poll(() => p.getByRole('alert').textContent()).toBe('There is no quiz with this id. Check it, or pick a quiz from the list.')
    expect(await p.getByTestId('assignment-card').count()).toBe(0)

    await p.getByLabel('or enter a quiz id').fill(' kim-putin-beijing ')
    await p.getByRole('button', { name: 'Create' }).click()
    await p.getByTestId('assignment-card').first().waitFor()
    expect(await p.getByRole('alert').count()).toBe(0)
    expect(await p.getByLabel('or enter a quiz id').inputValue()).toBe('')
  } finally {
    await ctx.close()
  }
})
