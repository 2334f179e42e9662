import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { launch } from './browser.ts'
import { answerConfirm, nativeDialogs } from './confirm-dialog.ts'

/**
 * The teacher page changes an assignment after making it (edit in place, close now), and opens a
 * class link pasted into the address bar of a page already open. Real Chromium, real Worker.
 */

const base = inject('fahmUrl')
let browser: Awaited<ReturnType<typeof launch>>

beforeAll(async () => {
  browser = await launch({ locale: 'en' })
})

afterAll(async () => {
  await browser?.close()
})

async function newClassWithAssignment(): Promise<{ classId: string; teacherKey: string; code: string; assignmentId: string }> {
  const cls = (await (
    await fetch(`${base}/v1/classes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': '127.0.0.41' },
      body: '{"name":"Edit me"}',
    })
  ).json()) as { classId: string; teacherKey: string }
  const made = (await (
    await fetch(`${base}/v1/classes/${cls.classId}/assignments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${cls.teacherKey}` },
      body: JSON.stringify({ quizId: 'kim-putin-beijing', title: 'Beijing reading', maxAttempts: 1, revealAnswers: 'never' }),
    })
  ).json()) as { code: string; assignmentId: string }
  return { ...cls, ...made }
}

it('opens a class link pasted into an open page, copies the student link, edits an assignment in place and closes it now', async () => {
  const cls = await newClassWithAssignment()
  const page = await browser.context.newPage()
  const errors: string[] = []
  page.on('pageerror', (err) => errors.push(err.message))
  const native = nativeDialogs(page)
  await page.goto(`${base}/teach?lang=en`)
  await page.getByText('No classes saved on this device yet.').waitFor()
  // Pasting the link into the address bar of this page changes only its hash.
  await page.evaluate((hash) => (location.hash = hash), `#${cls.classId}.${cls.teacherKey}`)
  const card = page.getByTestId('assignment-card')
  await card.getByRole('heading', { name: 'Beijing reading' }).waitFor()
  expect(page.url()).not.toContain(cls.teacherKey)

  // The student link, copied as it is shown.
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base })
  await card.getByRole('button', { name: 'Copy the student link' }).click()
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}/a/${cls.code}`)
  await card.getByRole('button', { name: 'Copied' }).waitFor()

  // Edit: a new title, three attempts, answers shown after submitting.
  await card.getByRole('button', { name: 'Edit' }).click()
  const form = card.getByRole('form', { name: 'Edit the assignment' })
  await expect.poll(() => form.getByLabel('Title').evaluate((el) => el === document.activeElement)).toBe(true)
  await form.getByLabel('Title').fill('Beijing reading, take two')
  await form.getByLabel('Attempts allowed').fill('3')
  await form.getByLabel('Show answers').selectOption('after-submit')
  await form.getByRole('button', { name: 'Save changes' }).click()
  await card.getByRole('heading', { name: 'Beijing reading, take two' }).waitFor()
  const stored = (await (await fetch(`${base}/v1/assignments/${cls.code}`)).json()) as {
    title: string
    maxAttempts: number
    revealAnswers: string
    status: string
  }
  expect(stored).toMatchObject({ title: 'Beijing reading, take two', maxAttempts: 3, revealAnswers: 'after-submit', status: 'open' })

  // Cancel leaves it as it is.
  await card.getByRole('button', { name: 'Edit' }).click()
  await form.getByLabel('Title').fill('Not this')
  await form.getByRole('button', { name: 'Cancel' }).click()
  await card.getByRole('heading', { name: 'Beijing reading, take two' }).waitFor()

  // Close now, after a confirmation: students can no longer submit.
  await card.getByRole('button', { name: 'Close now' }).click()
  expect(await answerConfirm(page, 'Close now')).toContain('will close now')
  await card.getByText('closed').first().waitFor()
  expect(await card.getByRole('button', { name: 'Close now' }).count()).toBe(0)
  expect(((await (await fetch(`${base}/v1/assignments/${cls.code}`)).json()) as { status: string }).status).toBe('closed')
  expect(errors).toEqual([])
  expect(native).toEqual([])
  await page.close()
}, 120_000)
