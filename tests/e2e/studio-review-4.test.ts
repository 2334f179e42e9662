import type { Locator, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openFresh, useBrowser, watchPage } from './browser.ts'
import { api, axeViolations, createClass, draftArticle, ENGLISH_ARTICLE, SEED_ARTICLE, storedDraft } from './studio-helpers.ts'

/**
 * The studio and the teacher page as a newsroom editor and teachers use them, in Arabic and
 * English: skip links past the header and toolbars, assignment dates chosen in the page's language
 * (not the browser's `mm/dd/yyyy`), and a drafted article published by two classes and again by
 * the same one. Everything that follows an action is polled, with generous timeouts (shared CPU).
 */

const fahm = inject('fahmUrl')
const token = inject('editorToken')
const browser = useBrowser()
const SLOW = { timeout: 30_000 }

const WORDS = {
  ar: {
    skipToContent: 'انتقل إلى المحتوى',
    skipToQuestions: 'انتقل إلى الأسئلة',
    dueAt: 'موعد التسليم (اختياري)',
    chosen: 'الموعد المختار:',
    dateRequired: 'اختر موعد التسليم: الإجابات تظهر للطلاب بعده.',
    create: 'أنشئ',
    nothingChanged: 'لا جديد للحفظ',
    published: 'نُشر: النسخة ١',
    idYours: 'لديك اختبار منشور بالمعرّف',
  },
  en: {
    skipToContent: 'Skip to content',
    skipToQuestions: 'Skip to the questions',
    dueAt: 'Due at (optional)',
    chosen: 'Chosen:',
    dateRequired: 'Choose a due date: answers show to students after it.',
    create: 'Create',
    nothingChanged: 'Nothing new to save',
    published: 'Published: version 1',
    idYours: 'You already published a different quiz under',
  },
} as const
type Lang = keyof typeof WORDS

const LOCALE = { ar: 'ar-u-nu-arab', en: 'en-u-nu-latn' } as const
const OTHER_DIGITS = { ar: /[0-9]/, en: /[\u0660-\u0669]/ } as const

/** Opens a page in `lang` (the studio and /teach share the saved language) at `width`. */
async function openIn(path: string, lang: Lang, width: number, setup?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await openFresh(browser.context, `${fahm}/no-widget-here`)
  await page.setViewportSize({ width, height: 850 })
  await page.evaluate((l) => localStorage.setItem('fahm.teach.lang', JSON.stringify(l)), lang)
  await setup?.(page)
  await page.goto(`${fahm}${path}`)
  return page
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '')
const activeText = (page: Page) => page.evaluate(() => (document.activeElement?.textContent ?? '').trim())

/** The focused element's box, to tell a link shown on focus from one still clipped away. */
const activeBox = (page: Page) =>
  page.evaluate(() => {
    const r = document.activeElement!.getBoundingClientRect()
    return { width: r.width, height: r.height, top: r.top, left: r.left, right: r.right }
  })

async function saveClassIn(page: Page, cls: { classId: string; teacherKey: string }, name: string, studioSession = false) {
  await page.evaluate(
    ([c, n, s]) => {
      const { classId, teacherKey } = c as { classId: string; teacherKey: string }
      localStorage.setItem('fahm.teach.classes', JSON.stringify([{ classId, teacherKey, name: n }]))
      if (s) localStorage.setItem('fahm.studio.class', classId)
    },
    [cls, name, studioSession] as const,
  )
}

describe('skip links', () => {
  const rows: { page: 'studio' | 'teach'; lang: Lang; width: number; target: string }[] = [
    { page: 'studio', lang: 'ar', width: 390, target: 'studio-content' },
    { page: 'studio', lang: 'en', width: 1366, target: 'studio-content' },
    { page: 'teach', lang: 'ar', width: 1366, target: 'teach-content' },
    { page: 'teach', lang: 'en', width: 390, target: 'teach-content' },
  ]
  for (const row of rows) {
    it(`/${row.page} (${row.lang}, ${row.width} px): the first Tab shows "${WORDS[row.lang].skipToContent}", Enter moves focus past the header`, async () => {
      const page = await openIn(`/${row.page}`, row.lang, row.width)
      await page.locator(`#${row.target}`).waitFor(SLOW)
      await page.keyboard.press('Tab')
      await expect.poll(() => activeText(page), SLOW).toBe(WORDS[row.lang].skipToContent)
      const box = await activeBox(page)
      expect(box.width).toBeGreaterThan(20)
      expect(box.height).toBeGreaterThan(10)
      expect(box.top).toBeGreaterThanOrEqual(0)
      // On the page's start side: the right in Arabic, the left in English.
      if (row.lang === 'ar') expect(box.right).toBeGreaterThan(row.width / 2)
      else expect(box.left).toBeLessThan(row.width / 2)
      await page.keyboard.press('Enter')
      await expect.poll(() => activeId(page), SLOW).toBe(row.target)
      // Once focus left it, the link is clipped away again.
      await page.keyboard.press('Tab')
      await expect
        .poll(
          () =>
            page
              .locator('.skip-link')
              .first()
              .evaluate((el) => el.getBoundingClientRect().width),
          SLOW,
        )
        .toBeLessThanOrEqual(1)
      await page.close()
    })
  }

  for (const lang of ['ar', 'en'] as const) {
    it(`the studio editor (${lang}): the second Tab is "${WORDS[lang].skipToQuestions}", and question 1 is one Tab past it`, async () => {
      const page = await openIn('/studio', lang, 1366)
      await draftArticle(page, lang === 'ar' ? SEED_ARTICLE : ENGLISH_ARTICLE)
      // From the top of the page, as someone arriving at the editor.
      await page.reload()
      await page.locator('.workbench').waitFor(SLOW)
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      await expect.poll(() => activeText(page), SLOW).toBe(WORDS[lang].skipToQuestions)
      await page.keyboard.press('Enter')
      await expect.poll(() => activeId(page), SLOW).toBe('questions-title')
      await page.keyboard.press('Tab')
      await expect.poll(() => activeId(page), SLOW).toBe('q0-head')
      expect(await axeViolations(page)).toEqual([])
      await page.close()
    })
  }
})

describe('assignment dates in the page’s language', () => {
  for (const [lang, width] of [
    ['ar', 390],
    ['en', 1366],
  ] as const) {
    it(`/teach (${lang}, ${width} px): day, month by name, year and time by keyboard; shown and saved as chosen`, async () => {
      const w = WORDS[lang]
      const cls = await createClass(fahm, `Dates ${lang}`, lang === 'ar' ? '127.0.0.141' : '127.0.0.142')
      const page = await openIn('/teach', lang, width, (p) => saveClassIn(p, cls, `Dates ${lang}`))
      const watch = await watchPage(page)
      await page.getByRole('button', { name: `Dates ${lang}` }).click()
      const due = page.getByRole('group', { name: w.dueAt }).first()
      await due.waitFor(SLOW)
      // No browser date input (its mm/dd/yyyy follows the browser, not the page).
      expect(await page.locator('input[type=date], input[type=datetime-local]').count()).toBe(0)
      const [day, month, year, time] = [0, 1, 2, 3].map((i) => due.locator('select').nth(i)) as [Locator, Locator, Locator, Locator]

      // Every option is written as the page writes: its digits and its month names.
      const months = Array.from({ length: 12 }, (_, m) =>
        new Intl.DateTimeFormat(LOCALE[lang], { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, m, 15)),
      )
      expect((await month.locator('option').allTextContents()).slice(1)).toEqual(months)
      for (const list of [day, year, time]) expect((await list.locator('option').allTextContents()).join(' ')).not.toMatch(OTHER_DIGITS[lang])

      // Keyboard: the day list focused, arrows pick; the other parts fill in (this month and year).
      await day.focus()
      for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowDown')
      await expect.poll(() => day.inputValue(), SLOW).toBe('15')
      await expect.poll(() => month.inputValue(), SLOW).not.toBe('')
      const nextYear = new Date().getFullYear() + 1
      await month.selectOption('4')
      await year.selectOption(String(nextYear))
      await time.selectOption('23:59')
      const chosen = new Date(nextYear, 3, 15, 23, 59)
      const spelled = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'full', timeStyle: 'short', calendar: 'gregory' }).format(chosen)
      await expect.poll(() => due.locator('.hint').textContent(), SLOW).toBe(`${w.chosen} ${spelled}`)
      expect(spelled).toContain(months[3])

      await page.getByRole('button', { name: w.create, exact: true }).click()
      await expect
        .poll(async () => {
          const res = await api(fahm, `/v1/classes/${cls.classId}`, { key: cls.teacherKey, ip: '127.0.0.143' })
          return ((await res.json()) as { assignments: { dueAt: string | null }[] }).assignments.map((a) => a.dueAt)
        }, SLOW)
        .toEqual([chosen.toISOString()])
      // The form is emptied for the next assignment.
      await expect.poll(() => day.inputValue(), SLOW).toBe('')
      expect(watch.errors).toEqual([])
      expect(await axeViolations(page)).toEqual([])
      await page.close()
    })

    it(`/teach (${lang}): "after the due date" without a date is refused in the page's words`, async () => {
      const w = WORDS[lang]
      const cls = await createClass(fahm, `Required ${lang}`, lang === 'ar' ? '127.0.0.144' : '127.0.0.145')
      const page = await openIn('/teach', lang, 1366, (p) => saveClassIn(p, cls, `Required ${lang}`))
      await page.getByRole('button', { name: `Required ${lang}` }).click()
      const form = page.locator('form', { has: page.getByRole('group', { name: w.dueAt }) }).first()
      await form.waitFor(SLOW)
      await form
        .locator('select')
        .filter({ has: page.locator('option[value=after-due]') })
        .selectOption('after-due')
      const day = form.getByRole('group', { name: w.dueAt }).locator('select').first()
      await expect.poll(() => day.evaluate((el) => (el as unknown as HTMLSelectElement).validationMessage), SLOW).toBe(w.dateRequired)
      await page.getByRole('button', { name: w.create, exact: true }).click()
      // The browser keeps the form from being sent and takes focus to the list to fix.
      await expect.poll(() => day.evaluate((el) => el === document.activeElement), SLOW).toBe(true)
      const res = await api(fahm, `/v1/classes/${cls.classId}`, { key: cls.teacherKey, ip: '127.0.0.146' })
      expect(((await res.json()) as { assignments: unknown[] }).assignments).toEqual([])
      await page.close()
    })
  }

  it('the studio’s "Assign it now" (ar): the same date fields, in Arabic', async () => {
    const cls = await createClass(fahm, 'الصف الثامن', '127.0.0.147')
    const page = await openIn('/studio', 'ar', 390, (p) => saveClassIn(p, cls, 'الصف الثامن', true))
    await draftArticle(page, ENGLISH_ARTICLE)
    const due = page.locator('#publish').getByRole('group', { name: WORDS.ar.dueAt })
    await due.waitFor(SLOW)
    expect(await page.locator('input[type=datetime-local]').count()).toBe(0)
    await due.locator('select').nth(1).selectOption('12')
    await expect.poll(() => due.locator('.hint').textContent(), SLOW).toContain('ديسمبر')
    expect(await due.locator('.hint').textContent()).not.toMatch(/[0-9]/)
    await page.close()
  })
})

describe('the studio’s words', () => {
  it('"after the due date" with no date is asked for before publishing, in the page’s language (ar)', async () => {
    const cls = await createClass(fahm, 'الصف السابع', '127.0.0.152')
    const page = await openIn('/studio', 'ar', 1366, (p) => saveClassIn(p, cls, 'الصف السابع', true))
    await draftArticle(page, ENGLISH_ARTICLE)
    const publish = page.locator('#publish')
    await publish.locator('#asg-reveal').selectOption('after-due')
    await publish.locator('#publish-button').click()
    await expect.poll(() => publish.locator('#publish-error').textContent(), SLOW).toBe(WORDS.ar.dateRequired)
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('#asg-due') !== null), SLOW).toBe(true)
    // Nothing was saved.
    const res = await api(fahm, '/v1/quiz-sources', { key: cls.teacherKey, ip: '127.0.0.153' })
    expect(((await res.json()) as { quizzes: unknown[] }).quizzes).toEqual([])
    await page.close()
  })

  it('a draft with no questions says so in correct Arabic («٠ أسئلة»)', async () => {
    const page = await openIn('/studio', 'ar', 390)
    await draftArticle(page, 'A short note without any facts worth asking about at all.')
    await expect.poll(() => page.getByTestId('announcer').textContent(), SLOW).toBe('المسودة جاهزة: ٠ أسئلة.')
    await page.close()
  })
})

describe('publishing the same article', () => {
  /** Drafts the English article in the studio signed in as the class's teacher and publishes it (no assignment). */
  async function publishAs(cls: { classId: string; teacherKey: string }, name: string, expected: string): Promise<string> {
    const page = await openIn('/studio', 'en', 1366, (p) => saveClassIn(p, cls, name, true))
    await draftArticle(page, ENGLISH_ARTICLE)
    const publish = page.locator('#publish')
    await publish.locator('#assign-now').uncheck()
    await publish.locator('#publish-button').click()
    await expect.poll(() => publish.locator('.done, #publish-error').first().textContent(), SLOW).toContain(expected)
    // The id published is the class's: the workspace (saved a moment after each change) takes it.
    const storedId = async () => (await storedDraft(page)).present.quiz.id
    await expect.poll(storedId, SLOW).toMatch(/-[0-9a-f]{6}$/)
    const id = await storedId()
    await page.close()
    return id
  }

  it('by two classes: each gets an id of its own; the same class again is "nothing new", not "id taken"', async () => {
    const drafted = (await (await api(fahm, '/v1/drafts', { method: 'POST', body: { articleText: ENGLISH_ARTICLE }, ip: '127.0.0.148' })).json()) as {
      quiz: { id: string }
    }
    const a = await createClass(fahm, 'Class A', '127.0.0.149')
    const b = await createClass(fahm, 'Class B', '127.0.0.150')
    const idA = await publishAs(a, 'Class A', WORDS.en.published)
    const idB = await publishAs(b, 'Class B', WORDS.en.published)
    expect(idA).toMatch(new RegExp(`^${drafted.quiz.id.slice(0, 70)}.*-[0-9a-f]{6}$`))
    expect(idB).toMatch(/-[0-9a-f]{6}$/)
    expect(idB).not.toBe(idA)
    // Class A publishes the same draft again (a retry, or a second tab): the same id, nothing stored.
    expect(await publishAs(a, 'Class A', WORDS.en.nothingChanged)).toBe(idA)
    for (const [cls, id] of [
      [a, idA],
      [b, idB],
    ] as const) {
      const res = await api(fahm, `/v1/quizzes/${id}/source`, { key: cls.teacherKey, ip: '127.0.0.151' })
      expect(await res.json()).toMatchObject({ id, version: 1, ownerClassId: cls.classId })
    }
  })

  it('by the editor, twice with different questions: says the id is theirs, and how to go on', async () => {
    const asEditor = (p: Page) => p.evaluate((t) => sessionStorage.setItem('fahm.studio.editor', t), token)
    const first = await openIn('/studio', 'ar', 1366, asEditor)
    await draftArticle(first, ENGLISH_ARTICLE)
    const id = `review4-${Date.now().toString(36)}`
    await first.locator('#publish #f-id').fill(id)
    await first.locator('#publish-button').click()
    await expect.poll(() => first.locator('#publish .done').count(), SLOW).toBe(1)
    await first.close()
    // A fresh draft of the same article under the same id, with a question changed.
    const page = await openIn('/studio', 'ar', 1366, asEditor)
    const publish = page.locator('#publish')
    await draftArticle(page, ENGLISH_ARTICLE)
    const lang = (await storedDraft(page)).present.quiz.lang
    await page.locator('#q0-head').click()
    await page.locator(`#f-questions-0-prompt-${lang}`).fill('How many residents came to the opening?')
    await publish.locator('#f-id').fill(id)
    await publish.locator('#publish-button').click()
    await expect.poll(() => publish.locator('#publish-error').textContent(), SLOW).toContain(WORDS.ar.idYours)
    expect(await publish.locator('#publish-error').textContent()).toContain(id)
    await expect.poll(() => activeId(page), SLOW).toBe('f-id')
    await page.close()
  })
})
