import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openFresh, useBrowser, watchPage } from './browser.ts'
import { answerConfirm, nativeDialogs } from './confirm-dialog.ts'
import { axeViolations, draftArticle, ENGLISH_ARTICLE, SEED_ARTICLE, storedDraft } from './studio-helpers.ts'

/**
 * The studio as an editor and a teacher use it, keyboard and screen reader included: where focus
 * lands after an action that takes away the button pressed, getting a deleted question back, the
 * drafter's notes and the file picker in the studio's language. Real Chromium, real Worker.
 */

const fahm = inject('fahmUrl')
const token = inject('editorToken')
const browser = useBrowser({ viewport: { width: 390, height: 844 } })

/** The id of the focused element (the page's own, no shadow roots in the studio). */
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '')
const questionCount = async (page: Page) => (await storedDraft(page)).present.quiz.questions.length
const promptOf = async (page: Page, index: number) => {
  const quiz = (await storedDraft(page)).present.quiz
  return (quiz.questions[index] as { prompt: Record<string, string> }).prompt[quiz.lang]
}

describe('focus after an action that swaps what is shown', () => {
  it.each([
    // [what is pressed, in which UI language, the heading focus lands on]
    { lang: 'ar' as const, article: SEED_ARTICLE, continueLabel: 'تابع التحرير', listLabel: 'كل الاختبارات', discardLabel: 'تخلَّ عن المسودة' },
    { lang: 'en' as const, article: ENGLISH_ARTICLE, continueLabel: 'Continue editing', listLabel: 'All quizzes', discardLabel: 'Discard the draft' },
  ])(
    '$lang: drafting, back to the list, continuing and discarding each focus the heading of what shows',
    async ({ lang, article, continueLabel, listLabel, discardLabel }) => {
      const page = await openFresh(browser.context, `${fahm}/studio`)
      await page.evaluate((l) => localStorage.setItem('fahm.teach.lang', JSON.stringify(l)), lang)
      await page.reload()
      const native = nativeDialogs(page)

      // Drafted with the keyboard: the submit button goes away with the form, focus goes to the editor.
      await page.locator('#new-article').fill(article)
      await page.locator('form.new-quiz button[type=submit]').focus()
      await page.keyboard.press('Enter')
      await page.locator('.workbench').waitFor({ timeout: 60_000 })
      await expect.poll(() => focusedId(page), { timeout: 10_000 }).toBe('editor-title')

      await page.locator('.toolbar').getByRole('button', { name: listLabel }).press('Enter')
      await expect.poll(() => focusedId(page)).toBe('continue-title')

      await page.getByRole('button', { name: continueLabel }).press('Enter')
      await expect.poll(() => focusedId(page)).toBe('editor-title')

      await page.locator('.toolbar').getByRole('button', { name: listLabel }).press('Enter')
      // The list takes focus to its heading once shown; a key pressed before that lands there, on a busy machine.
      await expect.poll(() => focusedId(page)).toBe('continue-title')
      // Drafting another over an unpublished draft is asked first: Escape keeps the draft.
      await page.locator('#new-article').fill(article)
      await page.locator('form.new-quiz button[type=submit]').press('Enter')
      await answerConfirm(page, 'Escape')
      await page.getByRole('button', { name: continueLabel }).waitFor()
      // Discarding an unpublished draft is asked in the page, in its language: Escape keeps it, focus
      // back on the button; confirmed by keyboard, the new-quiz form's heading.
      const discard = page.getByRole('button', { name: discardLabel })
      await discard.press('Enter')
      await answerConfirm(page, 'Escape')
      expect(await discard.evaluate((el) => el === document.activeElement)).toBe(true)
      await discard.press('Enter')
      await answerConfirm(page, discardLabel, { keyboard: true })
      await expect.poll(() => focusedId(page)).toBe('new-title')
      expect(native).toEqual([])
      await page.close()
    },
  )

  it('publishing moves focus to its result (the button pressed is disabled while it runs), a refusal to the error; the status says what is published', async () => {
    const page = await openFresh(browser.context, `${fahm}/studio`)
    const watch = await watchPage(page)
    await page.reload()
    await draftArticle(page, SEED_ARTICLE)
    // The draft is kept in the browser: the status says it is not published, not that it is unsaved.
    const status = page.getByTestId('save-status')
    expect(await status.textContent()).toBe('مسودة محفوظة في هذا المتصفح، لم تُنشر')
    const publish = page.locator('#publish')
    await publish.locator('#publish-signin-token').fill(token)
    await publish.locator('form.signin button[type=submit]').click()
    await page.locator('#f-id').fill(`studio-review-${Date.now()}`)

    await page.locator('#publish-button').click()
    await expect.poll(() => focusedId(page), { timeout: 20_000 }).toBe('publish-result')
    expect(await page.locator('#publish-result').textContent()).toBe('نُشر: النسخة ١.')
    await expect.poll(() => status.textContent()).toBe('محفوظ، النسخة ١')

    // The token revoked meanwhile: the save is refused; focus goes to the reason, not to the page.
    await page.route('**/v1/quizzes/**', (route) =>
      route.fulfill({
        status: 401,
        contentType: 'application/problem+json',
        body: JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401, code: 'unauthorized' }),
      }),
    )
    await page.locator('#f-title-ar').fill('عنوان آخر للاختبار')
    // Changed after publishing: readers still get version 1, and the status says so.
    await expect.poll(() => status.textContent()).toBe('تعديلات لم تُنشر (المنشور: النسخة ١)')
    await page.locator('#publish-button').click()
    await expect.poll(() => focusedId(page), { timeout: 20_000 }).toBe('publish-error')
    expect(await page.locator('#publish-error').textContent()).toBe('لم يُقبل رمز المحرّر. تحقّق منه وحاول مجددًا.')
    expect(watch.errors.filter((e) => !e.includes('401'))).toEqual([])
    await page.close()
  })
})

describe('deleting a question', () => {
  it('keeps focus where the question was, says which one went, and brings it back with one press', async () => {
    const page = await openFresh(browser.context, `${fahm}/studio`)
    await page.reload()
    await draftArticle(page, SEED_ARTICLE)
    const drafted = await questionCount(page)
    expect(drafted).toBeGreaterThan(3)
    const second = await promptOf(page, 1)
    const third = await promptOf(page, 2)

    await page.locator('#q1-head').click()
    await page.locator('#q1-body').getByRole('button', { name: 'احذفه' }).click()
    await expect.poll(() => questionCount(page)).toBe(drafted - 1)
    // Focus is on the question that took its place, not thrown back to the top of the list.
    await expect.poll(() => focusedId(page)).toBe('q1-head')
    expect(await page.locator('#q1-head .qprompt').textContent()).toBe(third)
    const notice = page.getByTestId('removed-question')
    await expect.poll(() => notice.isVisible()).toBe(true)
    expect(await notice.textContent()).toContain('حُذف السؤال ٢')
    expect(await axeViolations(page)).toEqual([])

    await notice.getByRole('button', { name: 'تراجع عن الحذف' }).click()
    await expect.poll(() => questionCount(page)).toBe(drafted)
    await expect.poll(() => promptOf(page, 1)).toBe(second)
    await expect.poll(() => focusedId(page)).toBe('q1-head')
    await expect.poll(() => notice.count()).toBe(0)

    // Once something else changed, the offer goes: its undo would take back the other change.
    await page.locator('#q1-body').getByRole('button', { name: 'احذفه' }).click()
    await expect.poll(() => notice.count()).toBe(1)
    await expect.poll(() => questionCount(page)).toBe(drafted - 1)
    await page.locator('#f-title-ar').fill('عنوان جديد')
    await expect.poll(() => notice.count()).toBe(0)

    // The last question deleted: focus goes to the one before it.
    const last = drafted - 2
    await page.locator(`#q${last}-head`).click()
    await page.locator(`#q${last}-body`).getByRole('button', { name: 'احذفه' }).click()
    await expect.poll(() => focusedId(page)).toBe(`q${last - 1}-head`)
    await page.close()
  })
})

describe("the studio's own language", () => {
  it.each([
    // [a fraction word the drafter skips, in which article; the note must not call it «one»]
    {
      article:
        'ينتج الحقل الشمسي ربع ما تحتاجه المحطة من الكهرباء، ويعمل نصف العمال في الصيانة.\n\nوقالت الوزارة إن المحطة كلفت 300 مليون دولار وتنتج 150 مليون متر مكعب سنويا.',
      quote: 'ربع',
      wrong: '«واحد»',
      lang: 'ar' as const,
    },
    {
      article:
        'The solar field produces a quarter of the power the plant needs.\n\nThe ministry said the plant cost 300 million dollars and produces 150 million cubic metres a year.',
      quote: 'quarter',
      wrong: '“one”',
      lang: 'en' as const,
    },
  ])('a drafting note about «$quote» does not say it is the word one', async ({ article, quote, wrong, lang }) => {
    const page = await openFresh(browser.context, `${fahm}/studio`)
    await page.evaluate((l) => localStorage.setItem('fahm.teach.lang', JSON.stringify(l)), lang)
    await page.reload()
    await draftArticle(page, article)
    const notes = page.locator('details.notes li')
    await expect.poll(() => notes.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(quote)]))
    const note = (await notes.allTextContents()).find((text) => text.includes(quote))!
    expect(note).not.toContain(wrong)
    await page.close()
  })

  it.each([
    { lang: 'ar' as const, choose: 'اختر ملفًا…', none: 'لم تختر ملفًا بعد' },
    { lang: 'en' as const, choose: 'Choose a file…', none: 'No file chosen yet' },
  ])('$lang: the file picker speaks the studio language, shows the file taken, and is reached by Tab', async ({ lang, choose, none }) => {
    const page = await openFresh(browser.context, `${fahm}/studio`)
    await page.evaluate((l) => localStorage.setItem('fahm.teach.lang', JSON.stringify(l)), lang)
    await page.reload()
    const pick = page.locator('.file-pick')
    await pick.waitFor()
    // Chromium runs in English here: its own "Choose File" / "No file chosen" must not show.
    expect((await pick.innerText()).replace(/\s+/g, ' ').trim()).toBe(`${choose} ${none}`)
    const input = page.locator('#new-file')
    expect(await input.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1)
    await page.locator('#new-article').focus()
    await page.keyboard.press('Tab')
    await expect.poll(() => focusedId(page)).toBe('new-file')
    expect(await pick.locator('.button').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid')

    await input.setInputFiles({ name: 'water.txt', mimeType: 'text/plain', buffer: Buffer.from(SEED_ARTICLE) })
    await expect.poll(() => page.locator('#new-article').inputValue()).toBe(SEED_ARTICLE)
    expect(await page.locator('#new-file-name').textContent()).toBe('water.txt')
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})
