import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { STRINGS } from '../../src/teach/i18n.ts'
import { launch } from './browser.ts'
import { newClass } from './classroom-api.ts'

/**
 * The teacher page's words, in real Chromium, in Arabic and English: what it says when a field is
 * left empty or wrong is in the page's language, never the browser's (a `required` field's "Please
 * fill out this field", a number field's "Value must be…", in English whatever the page), and the
 * field points to it; the English status labels start with a capital as every other label does.
 */

const fahm = inject('fahmUrl')
/** This file's own client address: class creation is limited per address. */
const ADDRESS = '127.0.0.181'

/** What the English page shows as they are rendered (innerText: after any CSS text-transform). */
const ENGLISH = { open: 'Open', reveal: ['After submitting', 'After the due date', 'Never'] }

describe.each(['ar', 'en'] as const)('the teacher page in %s', (lang) => {
  const t = STRINGS[lang]
  let browser: Awaited<ReturnType<typeof launch>>
  let page: Page
  let link: string

  beforeAll(async () => {
    const cls = await newClass(fahm, ADDRESS, { name: `Words ${lang}` })
    await cls.assign({ title: 'Beijing reading', revealAnswers: 'after-submit' })
    link = cls.teachLink
    // The browser's own language is the other one: any message it wrote itself would show.
    browser = await launch({ viewport: { width: 1280, height: 900 }, locale: lang === 'ar' ? 'en-US' : 'ar' })
    page = await browser.context.newPage()
    await page.goto(`${fahm}/teach?lang=${lang}`)
    await page.getByLabel(t.classLink, { exact: true }).waitFor()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('says in its own language that the class link is missing, and the field points to it', async () => {
    const field = page.getByLabel(t.classLink, { exact: true })
    await field.locator('xpath=ancestor::form').locator('button[type=submit]').click()
    await expect.poll(() => page.locator('#open-error').textContent()).toBe(t.errors.linkRequired)
    expect(await field.evaluate((el: HTMLInputElement) => el.validationMessage)).toBe('')
    expect(await field.getAttribute('aria-invalid')).toBe('true')
    expect((await field.getAttribute('aria-describedby'))!.split(' ')).toContain('open-error')
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true)
    // The link pasted: the class opens, and the message is gone.
    await field.fill(link)
    await field.press('Enter')
    await page.getByTestId('assignment-card').first().waitFor()
    expect(await page.locator('#open-error').count()).toBe(0)
  })

  it('shows the assignment’s status and the reveal choices in sentence case', async () => {
    const card = page.getByTestId('assignment-card').first()
    // Opened by the test before; opened here when that one did not get so far.
    if ((await card.count()) === 0) {
      await page.getByLabel(t.classLink, { exact: true }).fill(link)
      await page.getByLabel(t.classLink, { exact: true }).press('Enter')
      await card.waitFor()
    }
    const status = await card.locator('.status').innerText()
    expect(status).toBe(t.status.open)
    const options = await page
      .locator('select', { has: page.locator('option[value="after-due"]') })
      .first()
      .locator('option')
      .allInnerTexts()
    expect(options).toEqual([t['after-submit'], t['after-due'], t.never])
    if (lang === 'en') {
      expect(status).toBe(ENGLISH.open)
      expect(options).toEqual(ENGLISH.reveal)
    }
  })

  it('refuses an empty title and attempts that are no whole number from 1 to 20, in its own words', async () => {
    const card = page.getByTestId('assignment-card').first()
    await card.locator('button', { hasText: t.edit }).click()
    const form = card.locator('form.edit-assignment')
    const title = form.getByLabel(t.assignmentTitle, { exact: true })
    const attempts = form.getByLabel(t.maxAttempts, { exact: true })
    const save = form.locator('button[type=submit]')

    // An emptied title: the page's message, the title pointing to it and focused; nothing saved.
    await title.fill('')
    await save.click()
    const errorId = (await form.locator('.error').getAttribute('id'))!
    expect(await form.locator('.error').textContent()).toBe(t.errors.titleRequired)
    expect(await title.evaluate((el: HTMLInputElement) => el.validationMessage)).toBe('')
    expect(await title.getAttribute('aria-invalid')).toBe('true')
    expect(await title.getAttribute('aria-describedby')).toBe(errorId)
    expect(await title.evaluate((el) => el === document.activeElement)).toBe(true)

    // Attempts: 0, nothing, -1, 1.5 and 21 stop the form with the page's message (not the browser's, nor a silent 1).
    await title.fill('Beijing reading')
    for (const value of ['0', '', '-1', '1.5', '21']) {
      await attempts.fill(value)
      expect(await attempts.evaluate((el: HTMLInputElement) => el.validationMessage), value).toBe(t.attemptsInvalid)
    }
    await attempts.fill('4')
    expect(await attempts.evaluate((el: HTMLInputElement) => el.validationMessage)).toBe('')
    await save.click()
    await expect.poll(() => card.locator('form.edit-assignment').count()).toBe(0)
  })
})
