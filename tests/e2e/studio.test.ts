import { describe, expect, inject, it } from 'vitest'
import { openFresh, useBrowser, watchPage } from './browser.ts'
import { GENRE_ARTICLES } from '../core/draft-genres-articles.ts'
import { api, axeViolations, draftArticle, questionIndex, SEED_ARTICLE, selectWithMouse, storedDraft } from './studio-helpers.ts'

/**
 * The quiz studio (/studio) in real Chromium against the real Worker: an editor drafts the seed
 * article, edits it, tries an answer, previews it in the real widget and publishes it; the quiz
 * then shows on a page of another origin through the script tag. See studio-*.test.ts for the
 * teacher's flow, keyboard, authorization and versions.
 */

const fahm = inject('fahmUrl')
const host = inject('hostUrl')
const token = inject('editorToken')
const browser = useBrowser({ viewport: { width: 1280, height: 900 } })

const QUIZ_ID = 'studio-e2e-kim'

describe('an editor in the studio', () => {
  it('drafts the seed article, edits prompt, key and evidence, tries «ساعتين ونص», previews, publishes; another origin shows it', async () => {
    const page = await openFresh(browser.context, `${fahm}/studio`)
    const watch = await watchPage(page)
    await page.reload()
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
    await page.getByRole('heading', { name: 'فهم — استوديو الاختبارات', level: 1 }).waitFor()

    await draftArticle(page, SEED_ARTICLE)
    await expect.poll(() => page.getByText('لا مشكلات').count()).toBe(1)
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'المسودة جاهزة' }).count()).toBe(1)

    // The first question's key as drafted: what a reader answers in the preview and on another origin.
    const firstQuestion = (await storedDraft(page)).present.quiz.questions[0] as { answer: { accepted: string[] } }
    const firstAnswer = firstQuestion.answer.accepted[0]!

    // Edit the first question's prompt; undo and redo it.
    const newPrompt = 'أيّ بلد ورد اسمه في مطلع المقال؟ أكمل بحسب النص: احتفالات … بذكرى استسلام … في الحرب العالمية الثانية'
    await page.locator('#q0-head').click()
    const prompt = page.locator('#f-questions-0-prompt-ar')
    const drafted = await prompt.inputValue()
    await prompt.fill(newPrompt)
    await page.keyboard.press('Control+z')
    await expect.poll(() => prompt.inputValue()).toBe(drafted)
    await page.keyboard.press('Control+Shift+z')
    await expect.poll(() => prompt.inputValue()).toBe(newPrompt)
    await expect.poll(() => page.locator('#q0-head').textContent()).toContain(newPrompt)

    // New evidence for it, selected in the article with the mouse.
    const quote = 'احتفالات الصين بذكرى استسلام اليابان في الحرب العالمية الثانية'
    await selectWithMouse(page, 0, quote)
    const bar = page.locator('.selbar')
    await expect.poll(() => bar.textContent()).toContain(quote)
    await bar.locator('#sel-target').selectOption('0')
    await bar.getByRole('button', { name: 'اجعله الدليل' }).click()
    await expect.poll(() => page.locator('#f-questions-0-evidence').inputValue()).toBe(quote)
    await expect.poll(() => page.locator('mark.on').allTextContents()).toContain(quote)

    // Ask about a selection: a new question after the active one, with the selection as evidence
    // and its prompt and key still to write (the checks say so); duplicated, then both deleted.
    const count = async () => (await storedDraft(page)).present.quiz.questions.length
    const drafted0 = await count()
    await selectWithMouse(page, 2, 'قُتل نحو 2000 جندي كوري شمالي')
    await bar.getByRole('button', { name: 'اسأل عن هذا' }).click()
    await expect.poll(count).toBe(drafted0 + 1)
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q1-head')
    expect(await page.locator('#f-questions-1-evidence').inputValue()).toBe('قُتل نحو 2000 جندي كوري شمالي')
    expect(await page.locator('#f-questions-1-answer-value').inputValue()).toBe('2000')
    await expect.poll(() => page.locator('#f-questions-1-prompt-ar-err').textContent()).toBe('هذا الحقل مطلوب.')
    await page.locator('#q1-body').getByRole('button', { name: 'كرّره' }).click()
    await expect.poll(count).toBe(drafted0 + 2)
    for (const _ of [1, 2]) await page.locator('#q1-body').getByRole('button', { name: 'احذفه' }).click()
    await expect.poll(count).toBe(drafted0)
    await expect.poll(() => page.getByText('لا مشكلات').count()).toBe(1)

    // Change a key: the meeting's 2.5 hours become 150 minutes. In between, the live check names
    // the value field (150 hours is not in the evidence), then the unit fixes it.
    const hours = await questionIndex(page, (q) => q.type === 'numeric' && (q.answer as { unit: string }).unit === 'hour')
    await page.locator(`#q${hours}-head`).click()
    const value = page.locator(`#f-questions-${hours}-answer-value`)
    await value.fill('150')
    await expect.poll(() => page.locator(`#f-questions-${hours}-answer-value-err`).textContent()).toContain('ليست من أعداد الاقتباس')
    expect(await value.getAttribute('aria-invalid')).toBe('true')
    await page.locator(`#f-questions-${hours}-answer-unit`).selectOption('minute')
    await expect.poll(() => page.locator(`#f-questions-${hours}-answer-value-err`).count()).toBe(0)
    await expect.poll(() => page.getByText('لا مشكلات').count()).toBe(1)

    // Try «ساعتين ونص» against the unsaved question: accepted, read as 150 minutes.
    await page.locator(`#q${hours}-try`).fill('ساعتين ونص')
    await page.locator(`#q${hours}-try`).press('Enter')
    const tried = page.locator(`#q${hours}-body .tries li`).first()
    await expect.poll(() => tried.getAttribute('class')).toBe('ok')
    expect(await tried.textContent()).toContain('مقبولة')
    expect(await tried.textContent()).toMatch(/150 دقيقة/)
    await page.locator(`#q${hours}-try`).fill('ساعتين')
    await page.locator(`#q${hours}-try`).press('Enter')
    await expect.poll(() => page.locator(`#q${hours}-body .tries li`).first().getAttribute('class')).toBe('no')

    // Preview in the real widget: the edited prompt, a check graded against the draft, both modes.
    await page.getByRole('button', { name: 'اعرض المعاينة' }).click()
    const widget = page.locator('.preview-host')
    await expect.poll(() => widget.locator('.p').first().textContent()).toContain(newPrompt)
    await widget.locator('input[type=text]').first().fill(firstAnswer)
    await widget.locator('form button[type=submit]').first().click()
    await expect.poll(() => widget.locator('.fb').first().textContent()).toContain('إجابة صحيحة')
    await page.getByLabel('كل الأسئلة').check()
    const questionCount = (await storedDraft(page)).present.quiz.questions.length
    await expect.poll(() => widget.locator('form').count()).toBe(questionCount)

    // Publish as an editor: sign in there, name the quiz, publish.
    const publish = page.locator('#publish')
    await publish.locator('#publish-signin-token').fill(token)
    await publish.getByRole('button', { name: 'ادخل' }).click()
    await publish.locator('#f-id').fill(QUIZ_ID)
    await publish.getByRole('button', { name: 'انشر', exact: true }).click()
    await expect.poll(() => publish.locator('.done').textContent()).toContain('نُشر: النسخة ١')
    expect(await page.getByTestId('save-status').textContent()).toBe('محفوظ، النسخة ١')
    // The four embed snippets, each with a copy button.
    expect(await publish.locator('.snippet pre').count()).toBe(4)
    expect(await publish.locator('#snippet-script').textContent()).toBe(
      [
        `<script src="${fahm}/widget.js" data-quiz="${QUIZ_ID}" data-lang="ar" fetchpriority="high" async></script>`,
        `<link rel="preload" href="${fahm}/v1/quizzes/${QUIZ_ID}?lang=ar" as="fetch" crossorigin>`,
        `<link rel="preload" href="${fahm}/widget-ui.ar.js" as="script">`,
      ].join('\n'),
    )
    expect(await publish.locator('#snippet-oembed').textContent()).toContain(`/oembed?url=${encodeURIComponent(`${fahm}/embed/${QUIZ_ID}?lang=ar`)}`)
    expect(await publish.locator('.snippet button').count()).toBe(4)
    expect(await watch.violations()).toEqual([])
    expect(watch.errors).toEqual([])

    // The published quiz on a page of another origin, through the script tag.
    const reader = await browser.context.newPage()
    await reader.goto(`${host}/script?quiz=${QUIZ_ID}&hostile=0`)
    await expect.poll(() => reader.locator('fieldset .p').first().textContent()).toContain(newPrompt)
    await reader.locator('input[type=text]').first().fill(firstAnswer)
    await reader.locator('form button[type=submit]').first().click()
    await expect.poll(() => reader.locator('form .fb').first().textContent()).toContain('إجابة صحيحة')
    await reader.close()

    // The new key and evidence, as the public API grades them.
    const hourId = String((await storedDraft(page)).present.quiz.questions[hours]!.id)
    const checked = (await (
      await api(fahm, `/v1/quizzes/${QUIZ_ID}/questions/${hourId}/check`, { method: 'POST', body: { answer: 'ساعتين ونص' } })
    ).json()) as { correct: boolean; expected: { unit: string } }
    expect(checked).toMatchObject({ correct: true, expected: { unit: 'minute' } })
    const first = (await (await api(fahm, `/v1/quizzes/${QUIZ_ID}/source`, { key: token })).json()) as { quiz: { questions: { evidence: unknown }[] } }
    expect(first.quiz.questions[0]!.evidence).toEqual({ paragraph: 0, quote })
    await page.close()
  })

  it('has no accessibility violations on the start page, the editor, the preview and publishing, in Arabic and English', async () => {
    for (const lang of ['ar', 'en'] as const) {
      const page = await openFresh(browser.context, `${fahm}/studio?lang=${lang}`)
      await page.evaluate((l) => localStorage.setItem('fahm.teach.lang', JSON.stringify(l)), lang)
      await page.reload()
      await page.locator('#new-article').waitFor()
      expect(await axeViolations(page), `${lang}: start page`).toEqual([])

      await draftArticle(page, SEED_ARTICLE)
      await page.locator('#q0-head').click()
      await page.locator('#q0-try').fill('الصين')
      await page.locator('#q0-try').press('Enter')
      await page.locator('#q0-body .tries li').first().waitFor()
      await selectWithMouse(page, 1, 'أول اجتماع علني')
      await page.locator('.selbar').waitFor()
      expect(await axeViolations(page), `${lang}: editor with a question open, a try and a selection`).toEqual([])

      await page.locator('#preview button').last().click()
      await page.locator('.preview-host .p').first().waitFor()
      await page.locator('#publish-signin-token').fill(token)
      await page.locator('#publish form.signin button[type=submit]').click()
      await page.locator('#f-id').waitFor()
      expect(await axeViolations(page), `${lang}: preview and publishing`).toEqual([])
      await page.close()
    }
  })
})

describe('a race time in the studio', () => {
  it('reads a key stored in hours (2.055) back in its parts beside the value', async () => {
    const page = await openFresh(browser.context, `${fahm}/studio`)
    await draftArticle(page, GENRE_ARTICLES.find((article) => article.name === 'sports-ar')!.text)
    const index = await questionIndex(
      page,
      (q) => q.type === 'numeric' && (q.answer as { unit: string }).unit === 'hour' && !Number.isInteger((q.answer as { value: number }).value),
    )
    await page.locator(`#q${index}-head`).click()
    const value = page.locator(`#f-questions-${index}-answer-value`)
    await value.waitFor()
    const hint = page.locator(`#f-questions-${index}-answer-value-hint`)
    expect(await hint.textContent()).toMatch(/^= ساعتان و\d+ دقائق? و\d+ ثاني/)
    // A whole or quarter number of hours is shown as it is: no parts.
    await value.fill('2.5')
    await expect.poll(() => hint.count()).toBe(0)
    await value.fill('2.095')
    await expect.poll(() => hint.textContent()).toBe('= ساعتان و5 دقائق و42 ثانية')
    await page.close()
  })
})
