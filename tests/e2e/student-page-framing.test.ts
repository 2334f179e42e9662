import type { Frame, Page } from 'playwright-core'
import { expect, inject, it } from 'vitest'
import { useBrowser } from './browser.ts'

/**
 * Issue 10, item 7, in real Chromium: the student page `/a/CODE` may be framed by its own origin and
 * by HTTPS pages (an LMS), never by a plain-HTTP page; `/teach` by nothing. The test servers are
 * plain HTTP, so the host origin here stands for a page that must not frame the student page.
 */

const fahm = inject('fahmUrl')
const host = inject('hostUrl')
const browser = useBrowser()

async function assignmentCode(): Promise<string> {
  const cls = (await (await fetch(`${fahm}/v1/classes`, { method: 'POST', headers: { 'CF-Connecting-IP': '127.0.0.71' } })).json()) as {
    classId: string
    teacherKey: string
  }
  const made = await fetch(`${fahm}/v1/classes/${cls.classId}/assignments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${cls.teacherKey}` },
    body: JSON.stringify({ quizId: 'kim-putin-beijing', title: 'Framed reading', maxAttempts: 1 }),
  })
  return ((await made.json()) as { code: string }).code
}

/** Adds an iframe of `src` to the page and returns its frame once it has navigated (or been blocked). */
async function frame(page: Page, src: string): Promise<Frame> {
  const name = `f${Math.random().toString(36).slice(2)}`
  await page.evaluate(
    ([src, name]) =>
      new Promise<void>((resolve) => {
        const iframe = document.createElement('iframe')
        iframe.name = name!
        iframe.src = src!
        iframe.width = '800'
        iframe.height = '600'
        iframe.addEventListener('load', () => resolve(), { once: true })
        document.body.appendChild(iframe)
      }),
    [src, name],
  )
  const found = page.frame({ name })
  if (!found) throw new Error('no frame')
  return found
}

/** Whether the frame shows the page it was given (a page Chromium refused to frame is an error page). */
async function rendered(target: Frame, path: string): Promise<boolean> {
  try {
    return (await target.evaluate(() => location.pathname)) === path
  } catch {
    return false
  }
}

it('lets the student page be framed by its own origin, with the widget working inside', async () => {
  const code = await assignmentCode()
  const page = await browser.context.newPage()
  // The demo page (public/index.html): this origin, no CSP of its own.
  await page.goto(`${fahm}/`)
  const inner = await frame(page, `${fahm}/a/${code}?lang=en`)
  expect(await rendered(inner, `/a/${code}`)).toBe(true)
  // The CSP lets the widget run: its name field appears inside the frame.
  await inner.locator('#nm').waitFor({ timeout: 30_000 })
  await page.close()
})

it('refuses plain-HTTP pages of another origin, and keeps /teach unframeable even by its own origin', async () => {
  const code = await assignmentCode()
  const page = await browser.context.newPage()
  await page.goto(`${host}/blank?hostile=0`)
  const student = await frame(page, `${fahm}/a/${code}`)
  expect(await rendered(student, `/a/${code}`)).toBe(false)

  const own = await browser.context.newPage()
  await own.goto(`${fahm}/`)
  const teach = await frame(own, `${fahm}/teach`)
  expect(await rendered(teach, '/teach')).toBe(false)
  await page.close()
  await own.close()
})
