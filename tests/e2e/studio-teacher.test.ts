import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openFresh, useBrowser, watchPage } from './browser.ts'
import { axeViolations, createClass, ENGLISH_ARTICLE, SEED_ARTICLE, storedDraft, tabTo } from './studio-helpers.ts'

/**
 * A teacher in the studio by keyboard alone, on a 360 px phone (English interface, English
 * article) and at 1280 px (Arabic interface, the seed article): drafts, edits a prompt, picks
 * evidence by sentence, publishes a classroom quiz of their class and assigns it; a student submits
 * on /a/CODE and the result shows on /teach.
 */

const fahm = inject('fahmUrl')
const browser = useBrowser()

const RUNS = [
  {
    width: 360,
    lang: 'en',
    article: ENGLISH_ARTICLE,
    prompt: 'How many residents watched the mayor open the library?',
    className: 'Year 9 reading',
    ip: '127.0.0.71',
    words: {
      noProblems: 'No problems',
      signedIn: 'Signed in as the teacher of “Year 9 reading”',
      published: 'Published: version 1',
      next: 'Next',
      submit: 'Submit answers',
      sent: 'Your answers were submitted.',
      submitAnyway: 'Submit anyway',
      results: 'Results',
    },
  },
  {
    width: 1280,
    lang: 'ar',
    article: SEED_ARTICLE,
    prompt: 'في أي بلد أقيمت احتفالات ذكرى استسلام اليابان؟',
    className: 'الصف التاسع',
    ip: '127.0.0.72',
    words: {
      noProblems: 'لا مشكلات',
      signedIn: 'داخل بصفتك معلّم صفّ «الصف التاسع»',
      published: 'نُشر: النسخة ١',
      next: 'التالي',
      submit: 'أرسل الإجابات',
      sent: 'أُرسلت إجاباتك.',
      submitAnyway: 'أرسل على أي حال',
      results: 'النتائج',
    },
  },
] as const

describe('a teacher, by keyboard alone', () => {
  for (const run of RUNS) {
    it(`at ${run.width} px (${run.lang}): draft, edit, evidence, publish and assign; a student submits; /teach shows it`, async () => {
      const cls = await createClass(fahm, run.className, run.ip)
      const page = await openFresh(browser.context, `${fahm}/studio`)
      await page.setViewportSize({ width: run.width, height: run.width < 500 ? 780 : 900 })
      const watch = await watchPage(page)
      await page.evaluate((lang) => localStorage.setItem('fahm.teach.lang', JSON.stringify(lang)), run.lang)
      await page.reload()
      const key = page.keyboard

      // Draft: the article typed into the form, the button pressed with Enter.
      await tabTo(page, page.locator('#new-article'))
      await key.insertText(run.article)
      await tabTo(page, page.locator('form.new-quiz button[type=submit]'))
      await key.press('Enter')
      await page.locator('.workbench').waitFor({ timeout: 30_000 })
      await expect.poll(() => page.getByText(run.words.noProblems).count()).toBe(1)
      // Nothing sticks out sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(run.width)

      // Open the first question and rewrite its prompt.
      const lang = (await storedDraft(page)).present.quiz.lang
      await tabTo(page, page.locator('#q0-head'))
      await key.press('Enter')
      await tabTo(page, page.locator(`#f-questions-0-prompt-${lang}`))
      await key.press('Control+a')
      await key.insertText(run.prompt)
      await expect.poll(() => page.locator('#q0-head').textContent()).toContain(run.prompt)

      // Evidence by keyboard: another sentence from the picker; undo takes it back.
      const evidence = page.locator('#f-questions-0-evidence')
      const before = await evidence.inputValue()
      await tabTo(page, page.locator('#q0-sentence'))
      await key.press('ArrowDown')
      await expect.poll(() => evidence.inputValue()).not.toBe(before)
      expect(run.article.replace(/\s+/g, ' ')).toContain(await evidence.inputValue())
      await key.press('Control+z')
      await expect.poll(() => evidence.inputValue()).toBe(before)

      // Ask about a sentence by keyboard: a new question at the end, focused; then delete it.
      const questions = async () => (await storedDraft(page)).present.quiz.questions.length
      const drafted = await questions()
      await tabTo(page, page.locator('#ask-sentence'))
      await key.press('ArrowDown')
      await key.press('Tab')
      await key.press('Enter')
      await expect.poll(questions).toBe(drafted + 1)
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`q${drafted}-head`)
      await tabTo(page, page.locator(`#q${drafted}-body button.danger`).first())
      await key.press('Enter')
      await expect.poll(questions).toBe(drafted)
      await expect.poll(() => page.getByText(run.words.noProblems).count()).toBe(1)

      // "Show in the article" takes focus to the evidence's paragraph; "Back to question 1" returns.
      await tabTo(page, page.locator('#q0-tool-show'), { back: true })
      await key.press('Enter')
      await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('para'))).toBe(true)
      await expect.poll(() => page.locator('mark.on').count()).toBeGreaterThan(0)
      await tabTo(page, page.locator('#back-to-question'), { back: true })
      await key.press('Enter')
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q0-head')

      // Publish: sign in as the teacher of the class with its id and key.
      const publish = page.locator('#publish')
      await tabTo(page, publish.locator('input[value=editor]'))
      await key.press('ArrowDown')
      expect(await publish.locator('input[value=teacher]').isChecked()).toBe(true)
      await tabTo(page, publish.locator('#publish-signin-class-id'))
      await key.insertText(cls.classId)
      await key.press('Tab')
      await key.insertText(cls.teacherKey)
      await key.press('Enter')
      await expect.poll(() => page.getByText(run.words.signedIn).count()).toBeGreaterThan(0)

      const quizId = `studio-e2e-class-${run.width}`
      await tabTo(page, publish.locator('#f-id'))
      await key.press('Control+a')
      await key.insertText(quizId)
      expect(await publish.locator('#assign-now').isChecked()).toBe(true)
      await tabTo(page, publish.locator('#publish-button'))
      await key.press('Enter')
      const code = page.getByTestId('assignment-code')
      await code.waitFor()
      const assignmentCode = (await code.textContent())!.trim()
      expect(assignmentCode).toMatch(/^[0-9A-Z]{6,8}$/)
      expect(await publish.locator('.done').textContent()).toContain(run.words.published)
      expect(await publish.locator('.done a[href*="/a/"]').getAttribute('href')).toBe(`${fahm}/a/${assignmentCode}`)
      // Snippets wrap between attributes: the script tag's end is not split over two lines.
      const endLines = await publish
        .locator('pre code')
        .first()
        .evaluate((code) => {
          const text = code.firstChild as Text
          const range = document.createRange()
          const at = text.data.lastIndexOf('async></script>')
          range.setStart(text, at)
          range.setEnd(text, at + 'async></script>'.length)
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size
        })
      expect(endLines).toBe(1)
      // Links that are addresses read left to right in either page (not «teach/» in Arabic).
      for (const link of await publish.locator('.done a').all()) expect(await link.evaluate((a) => getComputedStyle(a).direction)).toBe('ltr')
      expect(await watch.violations()).toEqual([])
      expect(watch.errors).toEqual([])
      // (axe-core evaluates code itself, which the page's CSP reports: audit after the CSP check.)
      expect(await axeViolations(page)).toEqual([])

      // The quiz is the class's, classroom-only: the public API does not serve it.
      expect((await fetch(`${fahm}/v1/quizzes/${quizId}`)).status).toBe(404)
      expect((await storedDraft(page)).present.quiz.questions[0]!.prompt).toEqual({ [lang]: run.prompt })

      await studentSubmits(page, assignmentCode, run.words)

      // The teacher's page lists the class the studio signed in with, and the student's result.
      await page.goto(`${fahm}/teach`)
      await page.getByRole('button', { name: run.className }).click()
      await page.getByRole('button', { name: run.words.results }).click()
      await expect.poll(() => page.getByRole('cell', { name: 'Sami' }).count()).toBe(1)
      await page.close()
    })
  }
})

async function studentSubmits(teacher: Page, code: string, words: { next: string; submit: string; sent: string; submitAnyway: string }) {
  const student = await teacher.context().newPage()
  await student.goto(`${fahm}/a/${code}`)
  await student.locator('#nm').fill('Sami')
  const next = student.getByRole('button', { name: words.next })
  while (await next.count()) await next.click()
  await student.getByRole('button', { name: words.submit }).click()
  // The student answered nothing: the widget asks before sending an unfinished attempt.
  await student.getByRole('button', { name: words.submitAnyway }).click()
  await student.getByText(words.sent).waitFor()
  await student.close()
}
