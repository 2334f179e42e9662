import { expect, inject, it } from 'vitest'
import { useBrowser } from './browser.ts'

/** The student page /a/CODE in real Chromium: the widget in assignment mode submits to the classroom API. */

const base = inject('fahmUrl')
const browser = useBrowser()

it('lets a student submit from /a/CODE and the teacher see it', async () => {
  const cls = (await (await fetch(`${base}/v1/classes`, { method: 'POST', headers: { 'CF-Connecting-IP': '127.0.0.21' } })).json()) as {
    classId: string
    teacherKey: string
  }
  const auth = { Authorization: `Bearer ${cls.teacherKey}` }
  const made = await fetch(`${base}/v1/classes/${cls.classId}/assignments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...auth },
    body: JSON.stringify({ quizId: 'kim-putin-beijing', title: 'واجب القراءة', maxAttempts: 1 }),
  })
  const assignment = (await made.json()) as { assignmentId: string; code: string }

  const page = await browser.context.newPage()
  const errors: string[] = []
  page.on('pageerror', (err) => errors.push(err.message))
  await page.goto(`${base}/a/${assignment.code.toLowerCase()}`)
  expect(await page.title()).toBe('واجب القراءة')
  // The widget renders in its shadow root; Playwright's CSS locators pierce open shadow roots.
  const name = page.locator('#nm')
  await name.waitFor()
  // The title is one heading (the widget's), not two: a screen reader reads it once. The page's
  // own heading names what the page is.
  expect(await page.getByRole('heading', { name: 'واجب القراءة', exact: true }).count()).toBe(1)
  expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual(['واجب'])
  await name.fill('طالبة الاختبار')
  const next = page.getByRole('button', { name: 'التالي' })
  while (await next.count()) await next.click()
  await page.getByRole('button', { name: 'أرسل الإجابات' }).click()
  // Questions left unanswered: the page asks before sending.
  await page.getByRole('button', { name: 'أرسل على أي حال' }).click()
  await page.getByText('أُرسلت إجاباتك.').waitFor()

  const results = (await (await fetch(`${base}/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}/results`, { headers: auth })).json()) as {
    students: { name: string; attempts: number; timeTakenSeconds: number | null }[]
  }
  expect(results.students).toEqual([expect.objectContaining({ name: 'طالبة الاختبار', attempts: 1 })])
  expect(results.students[0]!.timeTakenSeconds).not.toBeNull()
  expect(errors).toEqual([])
})
