import { expect, inject, it } from 'vitest'
import { openFresh, useBrowser, watchPage } from './browser.ts'
import { axeViolations, createClass, ENGLISH_ARTICLE, storedDraft, tabTo } from './studio-helpers.ts'

/**
 * A teacher in the studio on a 360 px phone, by keyboard alone: drafts an English article, edits
 * it, picks evidence by sentence, publishes it as a classroom quiz of their class and assigns it;
 * a student submits on /a/CODE and the result shows on /teach.
 */

const fahm = inject('fahmUrl')
const browser = useBrowser({ viewport: { width: 360, height: 780 }, locale: 'en' })

it('works by keyboard alone at 360 px: draft, edit, evidence, publish and assign; a student submits; /teach shows it', async () => {
  const cls = await createClass(fahm, 'Year 9 reading', '127.0.0.71')
  const page = await openFresh(browser.context, `${fahm}/studio?lang=en`)
  const watch = await watchPage(page)
  await page.evaluate(() => localStorage.setItem('fahm.teach.lang', '"en"'))
  await page.reload()
  const key = page.keyboard

  // Draft: the article is typed into the form, the button pressed with Enter.
  await tabTo(page, page.locator('#new-article'))
  await key.insertText(ENGLISH_ARTICLE)
  await tabTo(page, page.getByRole('button', { name: 'Draft questions' }))
  await key.press('Enter')
  await page.locator('.workbench').waitFor({ timeout: 30_000 })
  await expect.poll(() => page.getByText('No problems').count()).toBe(1)
  // Nothing sticks out sideways on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)

  // Open the first question and rewrite its prompt.
  await tabTo(page, page.locator('#q0-head'))
  await key.press('Enter')
  await tabTo(page, page.locator('#f-questions-0-prompt-en'))
  await key.press('Control+a')
  await key.insertText('How many residents watched the mayor open the library?')
  await expect.poll(() => page.locator('#q0-head').textContent()).toContain('How many residents')

  // Evidence by keyboard: another sentence from the picker.
  const before = await page.locator('#f-questions-0-evidence').inputValue()
  await tabTo(page, page.locator('#q0-sentence'))
  await key.press('ArrowDown')
  await expect.poll(() => page.locator('#f-questions-0-evidence').inputValue()).not.toBe(before)
  const picked = await page.locator('#f-questions-0-evidence').inputValue()
  expect(ENGLISH_ARTICLE).toContain(picked)
  // …and back, since this question is about the 2,000 residents.
  await key.press('ArrowUp')
  await expect.poll(() => page.locator('#f-questions-0-evidence').inputValue()).toBe(before)

  // "Show in the article" takes focus to the evidence; "Back to question 1" returns.
  await tabTo(page, page.getByRole('button', { name: 'Show in the article' }).first(), { back: true })
  await key.press('Enter')
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('para'))).toBe(true)
  await tabTo(page, page.getByRole('button', { name: 'Back to question 1' }), { back: true })
  await key.press('Enter')
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q0-head')

  // Publish: sign in as the teacher of the class with its id and key.
  const publish = page.locator('#publish')
  await tabTo(page, publish.getByLabel('an editor (the site’s editor token)'))
  await key.press('ArrowDown')
  expect(await publish.getByLabel('a teacher (your class key)').isChecked()).toBe(true)
  await tabTo(page, publish.locator('#publish-signin-class-id'))
  await key.insertText(cls.classId)
  await key.press('Tab')
  await key.insertText(cls.teacherKey)
  await key.press('Enter')
  await expect.poll(() => page.getByText('Signed in as the teacher of “Year 9 reading”').count()).toBeGreaterThan(0)

  await tabTo(page, publish.locator('#f-id'))
  await key.insertText('studio-e2e-library')
  expect(await publish.getByLabel('Assign it now').isChecked()).toBe(true)
  await tabTo(page, publish.getByRole('button', { name: 'Publish and assign' }))
  await key.press('Enter')
  const code = page.getByTestId('assignment-code')
  await code.waitFor()
  const assignmentCode = (await code.textContent())!.trim()
  expect(assignmentCode).toMatch(/^[A-Z0-9]{4,}$/)
  expect(await publish.locator('.done').textContent()).toContain('Published: version 1')
  expect(await publish.locator('.done a[href*="/a/"]').getAttribute('href')).toBe(`${fahm}/a/${assignmentCode}`)
  expect(await watch.violations()).toEqual([])
  expect(watch.errors).toEqual([])
  // (axe-core evaluates code itself, which the page's CSP reports: audit after the CSP check.)
  expect(await axeViolations(page)).toEqual([])

  // The quiz is the class's and classroom-only: the public API does not serve it.
  expect((await fetch(`${fahm}/v1/quizzes/studio-e2e-library`)).status).toBe(404)
  const draft = await storedDraft(page)
  expect(draft.present.quiz.questions[0]!.prompt).toEqual({ en: 'How many residents watched the mayor open the library?' })

  // A student submits on /a/CODE.
  const student = await browser.context.newPage()
  await student.goto(`${fahm}/a/${assignmentCode}`)
  await student.locator('#nm').fill('Sami')
  const next = student.getByRole('button', { name: 'Next' })
  while (await next.count()) await next.click()
  await student.getByRole('button', { name: 'Submit answers' }).click()
  await student.getByText('Your answers were submitted.').waitFor()
  await student.close()

  // The teacher's page lists the class the studio signed in with, and the student's result.
  await page.goto(`${fahm}/teach`)
  await page.getByRole('button', { name: 'Year 9 reading' }).click()
  await page.getByRole('button', { name: 'Results' }).click()
  await expect.poll(() => page.getByRole('cell', { name: 'Sami' }).count()).toBe(1)
  await page.close()
})
