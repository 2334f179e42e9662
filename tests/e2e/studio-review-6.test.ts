import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { STRINGS } from '../../src/studio/i18n.ts'
import { STRINGS as TEACH_STRINGS } from '../../src/teach/i18n.ts'
import { openFresh, useBrowser } from './browser.ts'
import { api, axeViolations, createClass, draftArticle, SEED_ARTICLE, seedBody, seedQuiz, storedDraft, watchSaves } from './studio-helpers.ts'

/**
 * The studio as an editor met it the sixth time, in Arabic and English: a save goes with `If-Match`,
 * the ETag last loaded or saved, so a save from another tab in between is refused (412) and said in
 * the editor's language, their changes and the editor's listed, the editor's kept until they choose;
 * opening the latest version leaves the editor's changes one Undo away. Every field with a problem
 * points to it (`aria-describedby`, `aria-invalid`), the date key's year, month and day too, and a
 * teacher's missing due date; the quiz
 * details start folded when complete, so the first question shows at 1280 × 800; axe finds nothing
 * with a draft loaded and its problems shown. Real Chromium, real Worker; generous timeouts (shared
 * CPU). FAHM_SCREENSHOTS=<dir> keeps screenshots at 1280 and 360 px to look at.
 */

const fahm = inject('fahmUrl')
const token = inject('editorToken')
const browser = useBrowser()
const SLOW = { timeout: 30_000 }
const LANGS = ['ar', 'en'] as const
type Lang = (typeof LANGS)[number]

async function openStudio(lang: Lang, width: number, height: number, workspace?: unknown): Promise<Page> {
  const page = await openFresh(browser.context, `${fahm}/no-widget-here`)
  await page.setViewportSize({ width, height })
  await page.evaluate(
    ([l, ws]) => {
      localStorage.setItem('fahm.teach.lang', JSON.stringify(l))
      if (ws) localStorage.setItem('fahm.studio.workspace', ws)
    },
    [lang, workspace ? JSON.stringify(workspace) : ''] as const,
  )
  await page.goto(`${fahm}/studio`)
  await page.locator(workspace ? '.workbench' : '#new-article').waitFor(SLOW)
  return page
}

/** Signs in with the editor token on the start page, or on the publish panel (`prefix` 'publish-signin'). */
async function signIn(page: Page, prefix = 'signin') {
  await page.locator(`#${prefix}-token`).fill(token)
  await page.locator(`#${prefix}-token`).press('Enter')
}

async function screenshot(page: Page, name: string) {
  if (process.env.FAHM_SCREENSHOTS) await page.screenshot({ path: `${process.env.FAHM_SCREENSHOTS}/studio6-${name}.png` })
}

describe('two tabs save the same quiz', () => {
  for (const lang of LANGS) {
    it(`${lang}: the second save is refused by If-Match, said in the editor's language, their edits kept; opening the latest is one Undo from them`, async () => {
      const t = STRINGS[lang]
      const id = `studio-e2e-if-match-${lang}`
      expect((await api(fahm, '/v1/quizzes', { method: 'POST', key: token, body: seedBody(id) })).status).toBe(201)
      const seedTitle = (seedQuiz(id).title as { ar: string }).ar

      // Tab A opens the quiz; tab B, opened after it, takes up the same workspace (localStorage).
      const a = await openStudio(lang, 1280, 800)
      await signIn(a)
      await a.getByRole('row').filter({ hasText: id }).getByRole('button').click(SLOW)
      await a.locator('.workbench').waitFor(SLOW)
      expect(await a.getByTestId('save-status').textContent()).toBe(t.savedVersion(1))
      await storedDraft(a)
      const b = await browser.context.newPage()
      await b.setViewportSize({ width: 1280, height: 800 })
      await b.goto(`${fahm}/studio`)
      await b.locator('.workbench').waitFor(SLOW)
      await signIn(b, 'publish-signin')
      await b.locator('#publish-button').waitFor(SLOW)
      const savesA = watchSaves(a)
      const savesB = watchSaves(b)

      // A changes the second question's prompt and saves version 2.
      const theirPrompt = 'سؤال غيّره المحرّر في التبويب الآخر؟'
      await a.locator('#q1-head').click()
      await a.locator('#f-questions-1-prompt-ar').fill(theirPrompt)
      await a.locator('#publish-button').click()
      await expect.poll(() => a.locator('#publish-result').textContent(), SLOW).toBe(t.publishedVersion(2))
      await expect.poll(() => savesA, SLOW).toEqual([{ ifMatch: '"v1"', status: 200 }])

      // B, still at version 1, changes the title and saves: 412, said so; B's title stays as typed.
      const myTitle = 'عنوان كتبه المحرّر في هذا التبويب'
      await b.locator('#details-title').click()
      await b.locator('#f-title-ar').fill(myTitle)
      await b.locator('#publish-button').click()
      await expect.poll(() => b.locator('#publish-error').textContent(), SLOW).toBe(t.conflict(2))
      await expect.poll(() => savesB, SLOW).toEqual([{ ifMatch: '"v1"', status: 412 }])
      await expect.poll(() => b.evaluate(() => document.activeElement?.id), SLOW).toBe('publish-conflict')
      const conflict = b.locator('.conflict')
      expect(await conflict.locator('h3').allTextContents()).toEqual([t.theirChanges(2), t.yourChanges])
      const lists = conflict.locator('ul')
      expect(await lists.nth(0).locator('li').allTextContents()).toEqual([expect.stringContaining(theirPrompt)])
      expect(await lists.nth(1).locator('li').allTextContents()).toEqual([lang === 'ar' ? 'تغيّر العنوان.' : 'The title changed.'])
      expect(await b.locator('#f-title-ar').inputValue()).toBe(myTitle)
      expect(await b.getByTestId('save-status').textContent()).toBe(t.unpublishedChanges(1))
      const open = conflict.getByRole('button', { name: t.loadTheirs(2) })
      expect(await open.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent)).toBe(t.loadTheirsHint)
      await conflict.scrollIntoViewIfNeeded()
      await screenshot(b, `conflict-${lang}-1280`)
      await b.setViewportSize({ width: 360, height: 740 })
      await conflict.scrollIntoViewIfNeeded()
      await screenshot(b, `conflict-${lang}-360`)
      // Nothing of it wider than the phone.
      expect(await b.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
      await b.setViewportSize({ width: 1280, height: 800 })

      // B opens version 2: A's prompt and the old title, saved as version 2; B's change listed, one Undo away.
      await open.click()
      await expect.poll(() => b.evaluate(() => document.activeElement?.id), SLOW).toBe('publish-loaded')
      const loaded = b.getByTestId('loaded-latest')
      expect(await loaded.locator('p').textContent()).toBe(t.loadedTheirs(2))
      expect(await loaded.locator('li').allTextContents()).toEqual([lang === 'ar' ? 'تغيّر العنوان.' : 'The title changed.'])
      expect(await b.locator('#f-title-ar').inputValue()).toBe(seedTitle)
      await screenshot(b, `loaded-${lang}-1280`)
      await b.locator('#q1-head').click()
      expect(await b.locator('#f-questions-1-prompt-ar').inputValue()).toBe(theirPrompt)
      expect(await b.getByTestId('save-status').textContent()).toBe(t.savedVersion(2))
      await loaded.getByRole('button', { name: t.bringMineBack }).click()
      await expect.poll(() => b.locator('#f-title-ar').inputValue(), SLOW).toBe(myTitle)
      expect(await b.getByTestId('save-status').textContent()).toBe(t.unpublishedChanges(2))
      expect(await loaded.getByRole('button', { name: t.bringMineBack }).count()).toBe(0)

      // Back on version 2 (Redo), B makes the change again on it and saves version 3, over version 2.
      await b.keyboard.press('Control+Shift+Z')
      await expect.poll(() => b.locator('#f-title-ar').inputValue(), SLOW).toBe(seedTitle)
      await b.locator('#f-title-ar').fill(myTitle)
      await b.locator('#publish-button').click()
      await expect.poll(() => b.locator('#publish-result').textContent(), SLOW).toBe(t.publishedVersion(3))
      await expect
        .poll(() => savesB, SLOW)
        .toEqual([
          { ifMatch: '"v1"', status: 412 },
          { ifMatch: '"v2"', status: 200 },
        ])
      const stored = (await (await api(fahm, `/v1/quizzes/${id}/source`, { key: token })).json()) as {
        version: number
        quiz: { title: { ar: string }; questions: { prompt: { ar: string } }[] }
      }
      expect([stored.version, stored.quiz.title.ar, stored.quiz.questions[1]!.prompt.ar]).toEqual([3, myTitle, theirPrompt])

      // A, at version 2, saves again: refused in turn, "save mine over" goes over version 3 by its ETag.
      await a.locator('#f-questions-1-prompt-ar').fill(`${theirPrompt} مرة أخرى`)
      await a.locator('#publish-button').click()
      await expect.poll(() => a.locator('#publish-error').textContent(), SLOW).toBe(t.conflict(3))
      await a
        .locator('.conflict')
        .getByRole('button', { name: t.overwrite(3) })
        .click()
      await expect.poll(() => a.locator('#publish-result').textContent(), SLOW).toBe(t.publishedVersion(4))
      await expect
        .poll(() => savesA.slice(1), SLOW)
        .toEqual([
          { ifMatch: '"v2"', status: 412 },
          { ifMatch: '"v3"', status: 200 },
        ])
      expect(await axeViolations(b)).toEqual([])
      await a.close()
      await b.close()
    })
  }
})

/** Problems the studio shows that no control points to, invalid controls that point to no problem, and dangling references. */
async function untiedProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = []
    const refs = (el: Element) => (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
    const described = [...document.querySelectorAll('[aria-describedby]')]
    // A question's or the whole quiz's own problems are about no one field.
    const notAField = /^f-(quiz|questions|questions-\d+)-err$/
    for (const list of document.querySelectorAll('.issues[id], .error[id]')) {
      if (notAField.test(list.id) || list.closest('#publish')) continue
      // An invalid control, or the button that adds what is missing (a list with nothing in it).
      const tied = described.filter((el) => refs(el).includes(list.id))
      if (!tied.some((el) => el.getAttribute('aria-invalid') === 'true' || el.tagName === 'BUTTON')) out.push(`no invalid control points to #${list.id}`)
    }
    for (const el of document.querySelectorAll('[aria-invalid="true"]')) {
      if (!refs(el).some((id) => document.getElementById(id)?.matches('.issues, .error'))) out.push(`#${el.id} is invalid with no problem it points to`)
    }
    for (const el of described) for (const id of refs(el)) if (!document.getElementById(id)) out.push(`#${el.id} points to a missing #${id}`)
    return out
  })
}

describe('every problem tied to its field', () => {
  /** The seed quiz with a problem in each kind of field: a title, a choice key, two choices alike, no accepted answer, a date key. */
  function brokenWorkspace() {
    const quiz = structuredClone(seedQuiz('studio-e2e-problems')) as {
      title: Record<string, string>
      questions: { type: string; answer: unknown; choices?: { text: Record<string, string> }[] }[]
    }
    quiz.title.ar = ''
    const single = quiz.questions.findIndex((q) => q.type === 'single')
    quiz.questions[single]!.answer = 'no-such-choice'
    const other = quiz.questions.findIndex((q, i) => i > single && q.type === 'single')
    quiz.questions[other]!.choices![1]!.text = { ...quiz.questions[other]!.choices![0]!.text }
    const text = quiz.questions.findIndex((q) => q.type === 'text')
    quiz.questions[text]!.answer = { accepted: [] }
    const numeric = quiz.questions.findIndex((q) => q.type === 'numeric')
    // A date key the quote does not hold (8 September 1999).
    quiz.questions[numeric]!.answer = { value: 19990908, unit: 'date', tolerance: 0 }
    const present = { quiz: { ...quiz, visibility: 'public' }, articleText: SEED_ARTICLE }
    return { workspace: { v: 1, present, base: null, saved: null, notes: [] }, single, other, text, numeric }
  }

  for (const [lang, width, height] of [
    ['ar', 1280, 800],
    ['en', 360, 740],
  ] as const) {
    it(`${lang}, ${width} px: each problem's field points to it, the date key's year, month and day with it; axe finds nothing`, async () => {
      const t = STRINGS[lang]
      const { workspace, single, other, text, numeric } = brokenWorkspace()
      const page = await openStudio(lang, width, height, workspace)
      // The title needs fixing: the details start open.
      expect(await page.locator('#details-title').getAttribute('aria-expanded')).toBe('true')
      const count = workspace.present.quiz.questions.length
      for (let i = 0; i < count; i++) await page.locator(`#q${i}-head`).click()
      await page.locator(`#q${count - 1}-body`).waitFor(SLOW)
      const shown = () => page.evaluate(() => [...document.querySelectorAll('.issues[id]')].map((list) => list.id))
      // The schema's problems first (the other checks wait for a quiz of the right shape).
      expect(await shown()).toEqual(['f-title-ar-err', `f-questions-${text}-answer-accepted-err`])
      expect(await untiedProblems(page)).toEqual([])
      await page.locator('#f-title-ar').fill('عنوان')
      await page.locator(`#q${text}-add-accepted`).click()
      await page.locator(`#f-questions-${text}-answer-accepted-0`).fill('بكين')
      await expect
        .poll(shown, SLOW)
        .toEqual(
          expect.arrayContaining([
            `f-questions-${single}-answer-err`,
            `f-questions-${numeric}-answer-value-err`,
            expect.stringMatching(`^f-questions-${other}-choices`),
          ]),
        )
      expect(await untiedProblems(page)).toEqual([])

      // The date key: a year that is no number makes all three parts invalid, each pointing to the hint and the reason.
      const base = `f-questions-${numeric}-answer-value`
      const year = page.locator(`#${base}`)
      await year.fill('19x9')
      await expect.poll(() => page.locator(`#${base}-bad`).textContent(), SLOW).toBe(t.notADate)
      await page.locator(`#${base}-bad`).evaluate((el) => el.scrollIntoView({ block: 'center' }))
      await screenshot(page, `date-bad-${lang}-${width}`)
      for (const part of [base, `${base}-month`, `${base}-day`]) {
        const control = page.locator(`#${part}`)
        expect([part, await control.getAttribute('aria-invalid')]).toEqual([part, 'true'])
        expect((await control.getAttribute('aria-describedby'))!.split(' ')).toEqual(expect.arrayContaining([`${base}-hint`, `${base}-bad`]))
      }
      expect(await untiedProblems(page)).toEqual([])
      // A real year again: "not a date" goes; the key's own problem (not in the quote) stays, pointed to by all three.
      await year.fill('1999')
      await expect.poll(() => page.locator(`#${base}-bad`).count(), SLOW).toBe(0)
      expect(await page.locator(`#${base}-err`).count()).toBe(1)
      for (const part of [base, `${base}-month`, `${base}-day`]) {
        expect((await page.locator(`#${part}`).getAttribute('aria-describedby'))!.split(' ')).toEqual([`${base}-hint`, `${base}-err`])
      }
      expect(await untiedProblems(page)).toEqual([])
      await page.locator(`#${base}-err`).evaluate((el) => el.scrollIntoView({ block: 'center' }))
      await screenshot(page, `date-${lang}-${width}`)
      expect(await axeViolations(page)).toEqual([])

      // Sign-in: a refused token's field points to the message.
      await page.locator('#publish-signin-token').fill('not-the-token')
      await page.locator('#publish-signin-token').press('Enter')
      await expect.poll(() => page.locator('#publish-signin-error').textContent(), SLOW).toBe(t.tokenRejected)
      expect(await page.locator('#publish-signin-token').getAttribute('aria-invalid')).toBe('true')
      expect(await page.locator('#publish-signin-token').getAttribute('aria-describedby')).toBe('publish-signin-error')
      await page.close()
    })
  }

  it('ar: a teacher assigning with answers revealed after the due date, and no due date: its lists point to the error', async () => {
    const cls = await createClass(fahm, 'صف المواعيد', '127.0.0.66')
    const present = { quiz: { ...seedQuiz('studio-e2e-due'), visibility: 'classroom' }, articleText: SEED_ARTICLE }
    const page = await openStudio('ar', 1280, 800, { v: 1, present, base: null, saved: null, notes: [] })
    await page.locator('input[name="publish-signin-role"][value="teacher"]').check()
    await page.locator('#publish-signin-class-id').fill(cls.classId)
    await page.locator('#publish-signin-key').fill(cls.teacherKey)
    await page.locator('#publish-signin-key').press('Enter')
    await page.locator('#asg-reveal').selectOption('after-due', SLOW)
    await page.locator('#publish-button').click()
    await expect.poll(() => page.locator('#publish-error').textContent(), SLOW).toBe(TEACH_STRINGS.ar.dateRequired)
    const lists = page.locator('#asg-due select')
    expect(await lists.count()).toBe(4)
    for (const list of await lists.all()) {
      expect(await list.getAttribute('aria-invalid')).toBe('true')
      expect(await list.getAttribute('aria-describedby')).toBe('publish-error')
    }
    expect(await untiedProblems(page)).toEqual([])
    expect(await axeViolations(page)).toEqual([])
    // A date chosen: the lists are no longer invalid.
    await lists.nth(0).selectOption({ index: 28 })
    await expect.poll(() => lists.nth(0).getAttribute('aria-invalid'), SLOW).toBeNull()
    await page.close()
  })

  it('en: the new-quiz form’s article points to "paste an article first"', async () => {
    const page = await openStudio('en', 1280, 800)
    await page.locator('form.new-quiz button[type=submit]').click()
    await expect.poll(() => page.locator('#new-quiz-error').textContent(), SLOW).toBe(STRINGS.en.articleRequired)
    const article = page.locator('#new-article')
    expect(await article.getAttribute('aria-invalid')).toBe('true')
    expect((await article.getAttribute('aria-describedby'))!.split(' ')).toContain('new-quiz-error')
    await article.fill('Some text')
    await page.close()
  })

  it('ar: a draft that fails gives focus back (the button was disabled meanwhile): the article when refused, else the button', async () => {
    const page = await openStudio('ar', 1280, 800)
    const article = page.locator('#new-article')
    const submit = page.locator('#new-quiz-submit')
    const focused = () => page.evaluate(() => document.activeElement?.id)
    // Nothing in it to ask about: refused by the drafter, about the article.
    await article.fill('خبر قصير جدا.')
    await submit.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('#new-quiz-error').count(), SLOW).toBe(1)
    expect(await page.locator('#new-quiz-error').textContent()).toBe(STRINGS.ar.draftRefused['article-no-sentences'])
    await expect.poll(focused, SLOW).toBe('new-article')
    // The server out of reach: the message, and the button to try again.
    await page.route('**/v1/drafts', (route) => route.abort('connectionrefused'))
    await article.fill(SEED_ARTICLE)
    await submit.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('#new-quiz-error').textContent(), SLOW).toBe(STRINGS.ar.network)
    await expect.poll(focused, SLOW).toBe('new-quiz-submit')
    expect(await article.getAttribute('aria-invalid')).toBeNull()
    await page.close()
  })
})

describe('the quiz details start folded when complete', () => {
  for (const [lang, width, height] of [
    ['ar', 1280, 800],
    ['en', 1280, 800],
    ['ar', 360, 740],
    ['en', 360, 740],
  ] as const) {
    it(`${lang}, ${width} px: a draft with its source named starts with them folded, the first question on screen; "pasted text" opens them`, async () => {
      const t = STRINGS[lang]
      const page = await openStudio(lang, width, height)
      await page.locator('#new-source').fill('وكالة الأنباء')
      await draftArticle(page, SEED_ARTICLE)
      const details = page.locator('#details-title')
      expect(await details.textContent()).toBe(t.quizDetails)
      expect(await details.getAttribute('aria-expanded')).toBe('false')
      expect(await page.locator('.details .summary-line').textContent()).toContain('وكالة الأنباء')
      if (width === 1280) {
        await page.evaluate(() => window.scrollTo(0, 0))
        const first = await page.locator('#q0-head').evaluate((el) => ({ bottom: el.getBoundingClientRect().bottom, height: innerHeight }))
        expect(first.bottom).toBeGreaterThan(0)
        expect(first.bottom).toBeLessThanOrEqual(first.height)
      }
      await screenshot(page, `folded-${lang}-${width}`)
      // Opened, they fold again from the same button; axe finds nothing either way.
      await details.click()
      expect(await details.getAttribute('aria-expanded')).toBe('true')
      expect(await page.locator('#f-source-name').inputValue()).toBe('وكالة الأنباء')
      expect(await axeViolations(page)).toEqual([])
      await page.close()

      // Pasted without a source: its stand-in needs replacing, so they start open.
      const pasted = await openStudio(lang, width, height)
      await draftArticle(pasted, SEED_ARTICLE)
      expect(await pasted.locator('#details-title').getAttribute('aria-expanded')).toBe('true')
      expect(await pasted.locator('#f-source-name').inputValue()).toBe('نص مُلصق')
      await screenshot(pasted, `open-${lang}-${width}`)
      await pasted.close()
    })
  }
})
