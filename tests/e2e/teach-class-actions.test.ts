import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { launch } from './browser.ts'
import { answerConfirm, nativeDialogs } from './confirm-dialog.ts'

/**
 * The teacher page renames a class and replaces its link (the teacher key) when someone else has
 * seen it: the old link stops opening the class, this device keeps the new one. Real Chromium, real Worker.
 */

const base = inject('fahmUrl')
let browser: Awaited<ReturnType<typeof launch>>

beforeAll(async () => {
  browser = await launch({ locale: 'en' })
})

afterAll(async () => {
  await browser?.close()
})

it('renames the class and gives it a new link; the old link stops working and this device keeps the new one', async () => {
  const cls = (await (
    await fetch(`${base}/v1/classes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': '127.0.0.42' },
      body: '{"name":"Grade 9 B"}',
    })
  ).json()) as { classId: string; teacherKey: string }
  const page = await browser.context.newPage()
  const errors: string[] = []
  page.on('pageerror', (err) => errors.push(err.message))
  const native = nativeDialogs(page)
  await page.goto(`${base}/teach?lang=en#${cls.classId}.${cls.teacherKey}`)
  await page.getByRole('heading', { name: 'Grade 9 B' }).waitFor()

  // Rename: the heading, the API and the saved list all say the new name.
  await page.getByRole('button', { name: 'Rename the class' }).click()
  const name = page.getByLabel('New name')
  expect(await name.inputValue()).toBe('Grade 9 B')
  await name.fill('Grade 9 C')
  await page.getByRole('button', { name: 'Save the name' }).click()
  await page.getByRole('heading', { name: 'Grade 9 C' }).waitFor()
  const read = (key: string) => fetch(`${base}/v1/classes/${cls.classId}`, { headers: { Authorization: `Bearer ${key}` } })
  expect(((await (await read(cls.teacherKey)).json()) as { name: string }).name).toBe('Grade 9 C')

  // Asked in the page: cancelled by Escape, nothing changes and focus is back on the button.
  const button = page.getByRole('button', { name: 'New class link' })
  await button.click()
  expect(await answerConfirm(page, 'Escape')).toContain('stops working')
  expect(await button.evaluate((el) => el === document.activeElement)).toBe(true)
  expect((await read(cls.teacherKey)).status).toBe(200)
  // A new link, after confirming: shown to keep, saved on this device; the old key opens nothing.
  await button.click()
  const asked = await answerConfirm(page, 'New class link')
  const fresh = page.getByRole('alertdialog', { name: 'Save your class link now' })
  await fresh.waitFor()
  expect(asked).toContain('stops working')
  const link = (await fresh.getByTestId('class-link').textContent())!
  const newKey = link.slice(link.lastIndexOf('.') + 1)
  expect(link).toContain(cls.classId)
  expect(newKey).not.toBe(cls.teacherKey)
  expect((await read(cls.teacherKey)).status).toBe(401)
  expect((await read(newKey)).status).toBe(200)
  const saved = await page.evaluate(() => localStorage.getItem('fahm.teach.classes'))
  expect(saved).toContain(newKey)
  expect(saved).not.toContain(cls.teacherKey)
  expect(saved).toContain('Grade 9 C')

  // The page goes on working with the new key (a reload reads the saved class).
  await page.reload()
  await page.getByRole('button', { name: 'Grade 9 C' }).click()
  await page.getByRole('heading', { name: 'Grade 9 C' }).waitFor()
  await page.getByText('No assignments yet.').waitFor()

  // Deleting the class is asked in the page; confirmed, it is gone from the server and this device.
  await page.getByRole('button', { name: 'Delete the class and all its data' }).click()
  expect(await answerConfirm(page, 'Delete the class and all its data')).toContain('deleted for good')
  await expect.poll(async () => (await read(newKey)).status).not.toBe(200)
  await expect.poll(() => page.evaluate(() => localStorage.getItem('fahm.teach.classes') ?? '')).not.toContain(cls.classId)
  expect(errors).toEqual([])
  expect(native).toEqual([])
  await page.close()
})
