import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { launch } from './browser.ts'
import { answerConfirm, nativeDialogs } from './confirm-dialog.ts'

/**
 * A teacher deletes one student's attempts from the results (a joke name, a test run, a student who
 * should start over): after a confirmation in the page's language, the row goes, the others stay,
 * the page says what happened and keeps the focus. Real Chromium, real Worker.
 */

const base = inject('fahmUrl')
let browser: Awaited<ReturnType<typeof launch>>

beforeAll(async () => {
  // A browser in English: the page (Arabic) asks in Arabic all the same.
  browser = await launch({ locale: 'en' })
})

afterAll(async () => {
  await browser?.close()
})

const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': '127.0.0.43', ...headers },
    body: JSON.stringify(body),
  })
  expect(res.status, await res.clone().text()).toBe(201)
  return (await res.json()) as Record<string, string>
}

it("deletes one student's attempts from the results, after asking in Arabic", async () => {
  const cls = await post('/v1/classes', { name: 'الصف الثامن' })
  const assignment = await post(
    `/v1/classes/${cls.classId}/assignments`,
    { quizId: 'kim-putin-beijing', title: 'قمة بكين' },
    {
      Authorization: `Bearer ${cls.teacherKey}`,
    },
  )
  for (const name of ['سارة', 'تجربة المعلم']) {
    await post(`/v1/assignments/${assignment.code}/attempts`, { name, answers: { 'meeting-city': 'بكين' } }, { 'Idempotency-Key': crypto.randomUUID() })
  }

  const page = await browser.context.newPage()
  const errors: string[] = []
  page.on('pageerror', (err) => errors.push(err.message))
  const native = nativeDialogs(page)
  await page.goto(`${base}/teach#${cls.classId}.${cls.teacherKey}`)
  await page.getByRole('button', { name: 'النتائج' }).click()
  const rows = page.getByTestId('results-table').locator('tbody tr')
  await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(2)

  await page.getByRole('button', { name: 'تجربة المعلم' }).click()
  // Cancelled: nothing is deleted, and focus is back on the button.
  const button = page.getByRole('button', { name: 'حذف محاولات تجربة المعلم' })
  await button.click()
  // The page's words on both buttons, right to left.
  const dialog = page.locator('dialog.confirm')
  await dialog.waitFor()
  expect(await dialog.getByRole('button').allTextContents()).toEqual(['إلغاء', 'حذف محاولات تجربة المعلم'])
  expect(await dialog.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl')
  await answerConfirm(page, 'إلغاء', { audit: true })
  expect(await button.evaluate((el) => el === document.activeElement)).toBe(true)
  await expect.poll(() => rows.count()).toBe(3) // two students and the opened answers
  await button.click()
  const asked = await answerConfirm(page, 'حذف محاولات تجربة المعلم')
  await expect.poll(() => page.getByTestId('results-notice').textContent(), { timeout: 20_000 }).toBe('حُذفت محاولات تجربة المعلم.')
  expect(asked).toContain('نهائيًا')
  await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(1)
  expect(await rows.first().textContent()).toContain('سارة')
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('results-summary')

  const results = (await (
    await fetch(`${base}/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}/results`, { headers: { Authorization: `Bearer ${cls.teacherKey}` } })
  ).json()) as { students: { name: string }[] }
  expect(results.students.map((s) => s.name)).toEqual(['سارة'])
  expect(errors).toEqual([])
  expect(native).toEqual([])
})
