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

  // Create a class: the key is shown once, with the warning, and kept in localStorage.
  await page.getByLabel('اسم الصف (اختياري)').fill('الصف التاسع')
  await page.getByRole('button', { name: 'أنشئ' }).click()
  const key = (await page.getByTestId('teacher-key').textContent())!.trim()
  expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/)
  await expect.poll(() => page.getByText('يُعرض هذه المرة فقط').count()).toBe(1)
  expect(await page.evaluate(() => localStorage.getItem('fahm.teach.classes'))).toContain(key)
  expect(await accessibilityViolations()).toEqual([])
  await page.getByRole('button', { name: 'حفظته' }).click()
  expect(await page.getByTestId('teacher-key').count()).toBe(0)

  // Open it and assign the quiz.
  await page.getByRole('button', { name: 'الصف التاسع' }).click()
  await page.getByText('لا واجبات بعد.').waitFor()
  await expect.poll(() => page.locator('select option').count()).toBeGreaterThan(0)
  await page.getByLabel('العنوان').fill('قراءة: قمة بكين')
  await page.getByLabel('عدد المحاولات').fill('2')
  await page.getByRole('button', { name: 'أنشئ' }).click()
  const codeCell = page.locator('td code').first()
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
  // One bar per question in the SVG chart, with the share as text.
  const chart = page.locator('figure.chart svg')
  expect(await chart.locator('g').count()).toBe(22)
  expect(await chart.getAttribute('role')).toBe('img')
  await page.getByText('موسكو').first().waitFor()

  expect(await accessibilityViolations()).toEqual([])

  // A third student appears without reloading (the view refreshes every 15 s).
  await submit(code, 'Lina', { 'meeting-city': 'Beijing' })
  await expect.poll(() => rows.count(), { timeout: 25_000, interval: 500 }).toBe(3)

  // CSV download: fetched with the key, saved as a file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'نزّل CSV' }).click()])
  expect(download.suggestedFilename()).toBe(`results-${code}.csv`)
  const csv = readFileSync((await download.path())!, 'utf8')
  expect(csv.startsWith('\uFEFFname,attempts,')).toBe(true)
  expect(csv).toContain('\r\nسارة,1,')
  expect(csv.split('\r\n')).toHaveLength(5)

  // English, left to right.
  await page.getByRole('button', { name: 'English' }).click()
  await page.getByRole('button', { name: 'Download CSV' }).waitFor()
  await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('ltr')
  expect(errors).toEqual([])

  // Another device: the class opens with its id and key.
  const classId = await page.evaluate(() => JSON.parse(localStorage.getItem('fahm.teach.classes')!)[0].classId as string)
  other = await launch({ locale: 'en' })
  const second = await other.context.newPage()
  await second.goto(`${base}/teach?lang=en`)
  await second.getByLabel('Class id').fill(classId)
  await second.getByLabel('Teacher key').fill('wrong-key-wrong-key-wrong-key')
  await second.getByRole('button', { name: 'Open', exact: true }).click()
  await second.getByRole('alert').waitFor()
  await second.getByLabel('Teacher key').fill(key)
  await second.getByRole('button', { name: 'Open', exact: true }).click()
  await second.locator('td code', { hasText: code }).first().waitFor()
  await other.close()
  other = undefined
})

it('assigns a quiz by typed id (classroom quizzes are not in the list); a wrong id shows the API detail', async () => {
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
    await expect.poll(() => p.getByRole('alert').textContent()).toContain('There is no quiz "no-such-quiz"')
    expect(await p.locator('td code').count()).toBe(0)

    await p.getByLabel('or enter a quiz id').fill(' kim-putin-beijing ')
    await p.getByRole('button', { name: 'Create' }).click()
    await p.locator('td code').first().waitFor()
    expect(await p.getByRole('alert').count()).toBe(0)
    expect(await p.getByLabel('or enter a quiz id').inputValue()).toBe('')
  } finally {
    await ctx.close()
  }
})
