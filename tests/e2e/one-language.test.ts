import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { arabicOnlyQuizFile, SAMPLE_ARTICLE } from '../core/export-fixture.ts'
import { useBrowser, watchPage } from './browser.ts'

/**
 * A quiz in Arabic only, in real Chromium: embedded with `data-lang="en"` on an English page, the
 * widget's own buttons are English, the question stays Arabic and right-to-left, and there is no
 * language switch; the same on the student page and the teacher page in English.
 * Set FAHM_SCREENSHOTS=<dir> to keep the screenshots (PNG) for a look.
 */

const base = inject('fahmUrl')
const host = inject('hostUrl')
const browser = useBrowser()
const QUIZ = `arabic-only-${crypto.randomUUID().slice(0, 8)}`
const TITLE = 'القمة: {كيم} و«بوتين»'
const PROMPT = 'أين اجتمع كيم وبوتين؟'

beforeAll(async () => {
  const { article: _article, version: _version, ...file } = arabicOnlyQuizFile()
  const res = await fetch(`${base}/v1/quizzes`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${inject('editorToken')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...file, id: QUIZ, articleText: SAMPLE_ARTICLE }),
  })
  expect(res.status, await res.text()).toBe(201)
})

async function shoot(page: Page, name: string, width: number): Promise<void> {
  const png = await page.screenshot({ fullPage: true })
  // A PNG of the page at this width: signature and IHDR width.
  expect(png.subarray(1, 4).toString()).toBe('PNG')
  expect(png.readUInt32BE(16)).toBe(width)
  const dir = process.env.FAHM_SCREENSHOTS
  if (dir) {
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, `${name}-${width}.png`), png)
  }
}

/** Where an element is and which direction it computes to, from inside the widget's shadow root. */
type Box = { left: number; right: number; direction: string; lang: string }

describe.each([1280, 360])('an Arabic-only quiz embedded with data-lang="en", %i px wide', (width) => {
  it('has English buttons, an Arabic right-to-left question, and no language switch', async () => {
    const page = await browser.context.newPage()
    await page.setViewportSize({ width, height: 900 })
    // Empty storage: the other width's run checked an answer, which would come back locked.
    await page.goto(`${host}/no-widget-here`)
    await page.evaluate(() => localStorage.clear())
    const watch = await watchPage(page)
    await page.goto(`${host}/script?quiz=${QUIZ}&lang=en&hostile=0`)
    // The host page uses the widget's class names on its own elements (p.w, p.fb): look inside div.w.
    const widget = page.locator('div.w')
    const prompt = widget.locator('.p')
    await prompt.waitFor()
    expect(await prompt.textContent()).toBe(PROMPT)
    expect(await widget.getAttribute('lang')).toBe('en')

    // The widget's own strings: English.
    const buttons = await widget.locator('button').allTextContents()
    expect(buttons).toEqual(['Check', 'Next'])
    expect(await widget.locator('p.mu').first().textContent()).toMatch(/^Question \u20681 \/ 7\u2069$/)
    expect(buttons.some((b) => b === 'العربية' || b === 'English')).toBe(false)

    // The quiz's texts: Arabic, right to left; a choice row reads from the right (radio on the right).
    const layout = await widget.evaluate((w) => {
      const box = (el: Element): Box => {
        const r = el.getBoundingClientRect()
        return { left: r.left, right: r.right, direction: getComputedStyle(el).direction, lang: el.closest('[lang]')!.getAttribute('lang')! }
      }
      const option = w.querySelector('label.o')!
      return {
        widget: box(w),
        title: box(w.querySelector('h2')!),
        prompt: box(w.querySelector('.p')!),
        option: box(option),
        radio: box(option.querySelector('input')!),
        text: box(option.querySelector('span')!),
        check: box([...w.querySelectorAll('button')].find((b) => b.textContent === 'Check')!),
      }
    })
    expect(layout.widget).toMatchObject({ direction: 'ltr', lang: 'en' })
    for (const part of [layout.title, layout.prompt, layout.option]) expect(part).toMatchObject({ direction: 'rtl', lang: 'ar' })
    expect(layout.radio.left).toBeGreaterThan(layout.text.right - 1)
    // The English button starts on the left, the Arabic choice on the right of the widget.
    expect(layout.check.left - layout.widget.left).toBeLessThan(layout.widget.right - layout.check.right)
    expect(layout.widget.right - layout.radio.right).toBeLessThan(40)

    // Checking: English verdict, the grader's Arabic words marked Arabic.
    await widget.locator('label.o').nth(1).click()
    await widget.getByRole('button', { name: 'Check' }).click()
    const feedback = widget.locator('.fb')
    await feedback.waitFor()
    expect(await feedback.locator('.v').textContent()).toContain('Not correct')
    expect(await feedback.locator('bdi').first().getAttribute('lang')).toBe('ar')
    expect(await feedback.locator('p[lang=ar]').textContent()).toBe('اجتمعا في بكين.')
    await shoot(page, 'arabic-quiz-english-widget', width)
    expect(watch.errors).toEqual([])
    expect(await watch.violations()).toEqual([])
    await page.close()
  })
})

it('shows the Arabic quiz on an English student page, and in the English teacher page', async () => {
  const cls = (await (await fetch(`${base}/v1/classes`, { method: 'POST', headers: { 'CF-Connecting-IP': '127.0.0.31' } })).json()) as {
    classId: string
    teacherKey: string
    joinCode: string
  }
  const auth = { Authorization: `Bearer ${cls.teacherKey}` }
  const made = await fetch(`${base}/v1/classes/${cls.classId}/assignments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...auth },
    body: JSON.stringify({ quizId: QUIZ, maxAttempts: 1 }),
  })
  const assignment = (await made.json()) as { code: string; title: string }
  expect(assignment.title).toBe(TITLE)

  const student = await browser.context.newPage()
  await student.setViewportSize({ width: 360, height: 800 })
  await student.goto(`${base}/a/${assignment.code}?lang=en`)
  expect(await student.locator('html').getAttribute('lang')).toBe('en')
  await student.locator('#nm').waitFor()
  expect(await student.getByText('Your name').count()).toBe(1)
  expect(await student.locator('.p').getAttribute('lang')).toBe('ar')
  expect(await student.locator('.p').evaluate((p) => getComputedStyle(p).direction)).toBe('rtl')
  expect(await student.locator('h2').textContent()).toBe(TITLE)
  await student.locator('#nm').fill('Sam')
  await student.locator('label.o').nth(1).click()
  const next = student.getByRole('button', { name: 'Next' })
  while (await next.count()) await next.click()
  await shoot(student, 'student-page-english', 360)
  await student.getByRole('button', { name: 'Submit answers' }).click()
  // Questions left unanswered: the page asks before sending.
  await student.getByRole('button', { name: 'Submit anyway' }).click()
  await student.getByText('Your answers were submitted.').waitFor()
  await student.close()

  const teacher = await browser.context.newPage()
  await teacher.setViewportSize({ width: 1280, height: 900 })
  await teacher.addInitScript(
    (saved) => localStorage.setItem('fahm.teach.classes', saved),
    JSON.stringify([{ classId: cls.classId, teacherKey: cls.teacherKey, name: 'Grade 9' }]),
  )
  await teacher.goto(`${base}/teach?lang=en`)
  await teacher.getByRole('button', { name: 'Grade 9' }).click()
  // The quiz picker lists the Arabic title, marked Arabic, in the English page.
  const option = teacher.locator(`option[value="${QUIZ}"]`)
  await option.waitFor({ state: 'attached' })
  expect(await option.textContent()).toBe(TITLE)
  expect(await option.getAttribute('lang')).toBe('ar')
  // The assignments load beside the quiz list: wait for the card rather than race it.
  await expect.poll(() => teacher.getByTestId('assignment-card').locator('bdi', { hasText: TITLE }).count()).toBe(1)
  await teacher.getByRole('button', { name: 'Results' }).click()
  const prompt = teacher.locator('td[lang=ar]', { hasText: PROMPT })
  await prompt.waitFor()
  expect(await prompt.evaluate((td) => getComputedStyle(td).direction)).toBe('rtl')
  expect(await teacher.getByRole('heading', { name: 'Most common wrong answers' }).count()).toBe(1)
  await shoot(teacher, 'teacher-results-english', 1280)
  await teacher.close()
})
