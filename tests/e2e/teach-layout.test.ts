import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { SAMPLE_ARTICLE, sampleQuizFile } from '../core/export-fixture.ts'
import { launch } from './browser.ts'

/**
 * The teacher page as a teacher meets it, in real Chromium at 360 px and 1280 px, in Arabic and
 * English, in a time zone half an hour off UTC (Adelaide): assignments as cards, tables that scroll inside the
 * page, a chart with question text and a legend whose labels never overlap, results in one digit
 * system with rounded scores and local times, wrong answers as typed, the class link (copy, file,
 * print), errors in plain words, the CSV in the teacher's language, and a warning before a past due date.
 * Set FAHM_SCREENSHOTS=<dir> to keep the screenshots (PNG) for a look.
 */

const base = inject('fahmUrl')
const QUIZ = `teach-layout-${crypto.randomUUID().slice(0, 8)}`
/** Half an hour off UTC all year (+9:30, +10:30 in summer), and its own canonical name. */
const TIME_ZONE = 'Australia/Adelaide'
const LATIN = /[0-9]/
const ARABIC_INDIC = /[٠-٩]/

type Lang = 'ar' | 'en'
const TEXT = {
  ar: {
    open: 'افتح',
    linkField: 'رابط الصف',
    results: 'النتائج',
    keyMissing: 'هذا الرابط لا يحوي مفتاح الصف',
    keyWrong: 'مفتاح هذا الرابط لا يفتح الصف',
    notALink: 'هذا ليس رابط صف',
    classLinkShow: 'رابط الصف — لفتحه على جهاز آخر',
    copy: 'انسخ',
    download: 'نزّل ملفًا',
    print: 'اطبع',
    csv: 'نزّل النتائج (CSV)',
    false: 'خطأ',
    dueAt: 'موعد التسليم (اختياري)',
    create: 'أنشئ',
    createAnyway: 'أنشئه رغم ذلك',
    duePassed: 'قد مضى',
    csvHeader: ['الاسم', 'المحاولات', 'آخر نتيجة', 'أفضل نتيجة', 'الدرجة الكاملة', 'النسبة المئوية', 'الوقت المستغرق (دقائق)', `وقت الإرسال (${TIME_ZONE})`],
    prompt: 'أين اجتمع كيم وبوتين؟',
    note: 'الخانة الفارغة تعني أن الطالب لم يجب',
  },
  en: {
    open: 'Open',
    linkField: 'Class link',
    results: 'Results',
    keyMissing: 'This link has no class key in it',
    keyWrong: 'The key in this link does not open the class',
    notALink: 'This is not a class link',
    classLinkShow: 'Class link — to open this class on another device',
    copy: 'Copy',
    download: 'Download as a file',
    print: 'Print',
    csv: 'Download results (CSV)',
    false: 'False',
    dueAt: 'Due at (optional)',
    create: 'Create',
    createAnyway: 'Create it anyway',
    duePassed: 'has already passed',
    csvHeader: ['Name', 'Attempts', 'Latest score', 'Best score', 'Full marks', 'Percent', 'Time taken (minutes)', `Submitted (${TIME_ZONE})`],
    prompt: 'Where did Kim and Putin meet?',
    note: 'a blank cell means the student did not answer',
  },
} as const

let cls: { classId: string; teacherKey: string }
let assignment: { assignmentId: string; code: string }
let submittedAt: string
type StudentJson = {
  name: string
  attempts: number
  latestScore: number
  bestScore: number
  maxScore: number
  latestShare: number
  timeTakenSeconds: number
  latestSubmittedAt: string
  correctByQuestion: Record<string, boolean | null>
}
let omarJson: StudentJson
let questionIds: string[]

async function submit(name: string, answers: Record<string, unknown>, ip: string) {
  const res = await fetch(`${base}/v1/assignments/${assignment.code}/attempts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), 'CF-Connecting-IP': ip },
    body: JSON.stringify({ name, answers, startedAt: new Date(Date.now() - 95_000).toISOString() }),
  })
  expect(res.status, await res.clone().text()).toBe(201)
}

beforeAll(async () => {
  const { article: _article, version: _version, ...file } = sampleQuizFile()
  const quiz = await fetch(`${base}/v1/quizzes`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${inject('editorToken')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...file, id: QUIZ, articleText: SAMPLE_ARTICLE }),
  })
  expect(quiz.status, await quiz.text()).toBe(201)
  cls = await (await fetch(`${base}/v1/classes`, { method: 'POST', headers: { 'CF-Connecting-IP': '127.0.0.41' } })).json()
  const made = await fetch(`${base}/v1/classes/${cls.classId}/assignments`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${cls.teacherKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ quizId: QUIZ, title: 'قراءة: قمة بكين — واجب الأسبوع الطويل العنوان', maxAttempts: 3 }),
  })
  assignment = await made.json()
  await submit(
    'سارة عبد الله',
    { 'meeting-place': 'beijing', 'relations-special': true, 'meeting-city': 'بكين', 'meeting-duration': 'ساعتين ونصف' },
    '127.0.0.42',
  )
  await submit('Omar', { 'meeting-place': 'moscow', 'relations-special': false, 'meeting-city': 'Moscow.', 'kursk-workers': ['c5000'] }, '127.0.0.43')
  await submit('Lina', { 'relations-special': false, 'meeting-city': 'Moscow.', 'soldiers-killed': '٣٠٠٠ جندي' }, '127.0.0.44')
  await submit('Yusuf', { 'meeting-city': 'moscow' }, '127.0.0.45')
  const results = (await (
    await fetch(`${base}/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}/results`, { headers: { Authorization: `Bearer ${cls.teacherKey}` } })
  ).json()) as { students: StudentJson[]; questions: { questionId: string }[] }
  omarJson = results.students.find((s) => s.name === 'Omar')!
  submittedAt = omarJson.latestSubmittedAt
  questionIds = results.questions.map((q) => q.questionId)
})

const classLink = () => `${base}/teach#${cls.classId}.${cls.teacherKey}`

async function shoot(page: Page, name: string, width: number): Promise<void> {
  const png = await page.screenshot({ fullPage: true })
  expect(png.readUInt32BE(16)).toBe(width)
  const dir = process.env.FAHM_SCREENSHOTS
  if (dir) {
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, `${name}-${width}.png`), png)
  }
}

/** The page does not scroll sideways: everything wider scrolls inside its own box. */
async function pageFitsWidth(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
}

/** Opens the page with the class link typed into the "open a class" field. */
async function openClass(page: Page, lang: Lang) {
  await page.goto(`${base}/teach?lang=${lang}`)
  await page.getByLabel(TEXT[lang].linkField, { exact: true }).fill(classLink())
  await page.getByRole('button', { name: TEXT[lang].open, exact: true }).click()
  await page.getByTestId('assignment-card').first().waitFor()
}

const configs = [
  { lang: 'ar', width: 360 },
  { lang: 'ar', width: 1280 },
  { lang: 'en', width: 360 },
  { lang: 'en', width: 1280 },
] as const

describe.each(configs)('the teacher page in $lang at $width px', ({ lang, width }) => {
  let browser: Awaited<ReturnType<typeof launch>>
  let page: Page
  const T = TEXT[lang]
  const ownDigits = lang === 'ar' ? ARABIC_INDIC : LATIN
  const otherDigits = lang === 'ar' ? LATIN : ARABIC_INDIC

  beforeAll(async () => {
    browser = await launch({ viewport: { width, height: 800 }, locale: lang, timezoneId: TIME_ZONE, acceptDownloads: true })
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base })
    page = await browser.context.newPage()
    await page.addInitScript(() => {
      // Record what a print would print, instead of opening a dialog.
      window.print = () => {
        ;(window as unknown as { printed: string[] }).printed ??= []
        ;(window as unknown as { printed: string[] }).printed.push(document.body.className)
      }
    })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('shows assignments as cards, with nothing wider than the screen', async () => {
    await openClass(page, lang)
    // Other runs add assignments to this class: this one's card is found by its code.
    const card = page.getByTestId('assignment-card').filter({ hasText: assignment.code })
    expect(await card.count()).toBe(1)
    expect(await card.locator('code').first().textContent()).toBe(assignment.code)
    for (const box of await page.getByTestId('assignment-card').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()))) {
      expect(box.left).toBeGreaterThanOrEqual(0)
      expect(box.right).toBeLessThanOrEqual(width)
    }
    await pageFitsWidth(page, width)
    // The new-assignment form's fields are of one height: a select beside a text field lines up with it.
    const heights = await page
      .locator('form:has(fieldset.date-time)')
      .first()
      .locator('select, input:not([type=checkbox])')
      .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().height)))
    expect(heights.length).toBeGreaterThan(5)
    expect(new Set(heights).size).toBe(1)
    // Keyboard focus shows as a ring outside the control (on a blue button too), not the browser's thin one.
    const create = page.getByRole('button', { name: T.create, exact: true })
    for (let i = 0; i < 80 && !(await create.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
    expect(
      await create.evaluate((el) => [
        el.matches(':focus-visible'),
        getComputedStyle(el).outlineStyle,
        getComputedStyle(el).outlineWidth,
        getComputedStyle(el).outlineOffset,
      ]),
    ).toEqual([true, 'solid', '3px', '2px'])
    await shoot(page, `teach-class-${lang}`, width)
  })

  it('shows results: scrolling tables, a readable chart, one digit system, local times, wrong answers as typed', async () => {
    await page.getByTestId('assignment-card').filter({ hasText: assignment.code }).getByRole('button', { name: T.results, exact: true }).click()
    const table = page.getByTestId('results-table')
    await expect.poll(() => table.locator('tbody tr').count()).toBe(4)
    await pageFitsWidth(page, width)
    // At 360 px the table is wider than the screen and scrolls in its own region.
    const region = page.getByRole('region').filter({ has: table })
    const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }))
    if (width === 360) expect(scrollWidth).toBeGreaterThan(clientWidth)
    expect(clientWidth).toBeLessThanOrEqual(width)

    // Numbers the page writes use the language's digits only; names and codes are the students'.
    const omar = table.locator('tbody tr', { hasText: 'Omar' })
    const cells = await omar.locator('td.num').allTextContents()
    expect(cells).toHaveLength(5)
    for (const cell of cells) {
      expect(cell).toMatch(ownDigits)
      expect(cell).not.toMatch(otherDigits)
    }
    expect(await page.getByTestId('results-summary').textContent()).not.toMatch(otherDigits)
    // Submitted at: in Adelaide's time, whose minutes are half an hour off UTC's.
    const minutes = String((new Date(submittedAt).getUTCMinutes() + 30) % 60).padStart(2, '0')
    const digits = (s: string) => (lang === 'ar' ? s.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!) : s)
    expect(cells[4]).toContain(`:${digits(minutes)}`)

    // The chart: one row per question with its text, a three-entry legend, no label over another.
    const chart = page.locator('figure.chart')
    expect(await chart.locator('.legend li').count()).toBe(3)
    const rows = chart.locator('.bar-row')
    expect(await rows.count()).toBe(7)
    expect(await rows.first().locator('.bar-label').textContent()).toContain(T.prompt)
    const labels = await chart.locator('.bar-label, .bar-value, .legend li').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect()
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, size: parseFloat(getComputedStyle(el).fontSize) }
      }),
    )
    for (const [i, a] of labels.entries()) {
      expect(a.size).toBeGreaterThanOrEqual(12)
      expect(a.left).toBeGreaterThanOrEqual(0)
      expect(a.right).toBeLessThanOrEqual(width)
      for (const b of labels.slice(i + 1)) {
        const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1
        expect(overlap).toBe(false)
      }
    }

    // Wrong answers: as typed («Moscow.», not `moscow`), true/false in words.
    const wrong = page.getByTestId('wrong-answers')
    const city = wrong.locator('tbody tr', { hasText: lang === 'ar' ? 'اكتب اسم المدينة' : 'Write the city' })
    expect(await city.locator('bdi').allTextContents()).toEqual(['Moscow.'])
    const relations = wrong.locator('tbody tr', { hasText: lang === 'ar' ? 'وصف بوتين العلاقات' : 'Putin called the relations' })
    expect(await relations.locator('bdi').allTextContents()).toEqual([T.false])
    expect(await wrong.textContent()).not.toMatch(/\bfalse\b/)
    // A wrong choice reads as the choice's text, marked in the quiz's language; a typed answer is not.
    const place = wrong.locator('tbody tr', { hasText: T.prompt })
    expect(await place.locator('bdi').evaluateAll((els) => els.map((el) => [el.textContent, el.getAttribute('lang')]))).toEqual([
      [lang === 'ar' ? 'موسكو' : 'Moscow', lang],
    ])
    expect(await city.locator('bdi').getAttribute('lang')).toBeNull()
    // A count stays on the line of its sign.
    for (const times of await wrong.locator('.times').all())
      expect(await times.evaluate((el) => new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size)).toBe(1)
    await shoot(page, `teach-results-${lang}`, width)
  })

  it('downloads the CSV in the teacher’s language, with question text, local times, rounded scores and a note on blanks', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: T.csv }).click()])
    expect(download.suggestedFilename()).toBe(`results-${assignment.code}.csv`)
    const csv = readFileSync((await download.path())!, 'utf8')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    expect(lines[0]!.split(',').slice(0, 8)).toEqual(T.csvHeader)
    expect(lines[0]).toContain(`1. ${T.prompt}`)
    const omar = lines.find((l) => l.startsWith('Omar,'))!.split(',')
    const local = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone: TIME_ZONE,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(new Date(submittedAt))
        .map((p) => [p.type, p.value]),
    )
    expect(omar[7]).toBe(`${local.year}-${local.month}-${local.day} ${local.hour}:${local.minute}`)
    const o = omarJson
    const tenth = (n: number) => String(Math.round(n * 10) / 10)
    expect(omar.slice(1, 7)).toEqual([
      String(o.attempts),
      tenth(o.latestScore),
      tenth(o.bestScore),
      tenth(o.maxScore),
      String(Math.round(o.latestShare * 100)),
      tenth(o.timeTakenSeconds / 60),
    ])
    expect(Number(omar[6])).toBeGreaterThan(1.5)
    // Question columns: 1 right, 0 wrong, blank unanswered, and a note that says so.
    const marks = questionIds.map((id) => (o.correctByQuestion[id] === true ? '1' : o.correctByQuestion[id] === false ? '0' : ''))
    expect(omar.slice(8)).toEqual(marks)
    expect(marks).toContain('')
    expect(marks).toContain('0')
    expect(lines.at(-2)).toContain(T.note)
  })

  it('keeps one class link: Copy gives what the open field takes; a file and a print of it', async () => {
    await page.getByRole('button', { name: lang === 'ar' ? 'رجوع' : 'Back' }).click()
    await page.getByText(T.classLinkShow).click()
    const shown = await page.getByTestId('class-link').textContent()
    expect(shown).toBe(classLink())
    await page.getByRole('button', { name: T.copy, exact: true }).click()
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(classLink())

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: T.download }).click()])
    const text = readFileSync((await file.path())!, 'utf8')
    expect(text).toContain(classLink())
    expect(text).toContain(lang === 'ar' ? 'يفتح صفك' : 'opens your class')

    await page.getByRole('button', { name: T.print }).click()
    expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual(['printing-class-link'])
    // Printed with that class, only the card shows: not the assignments.
    await page.evaluate(() => document.body.classList.add('printing-class-link'))
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByTestId('assignment-card').first().isVisible()).toBe(false)
    expect(await page.getByTestId('class-link').isVisible()).toBe(true)
    await page.emulateMedia({ media: 'screen' })
    await page.evaluate(() => document.body.classList.remove('printing-class-link'))
    await shoot(page, `teach-class-link-${lang}`, width)

    // What Copy gave opens the class on another device, from the address bar too; the key leaves the URL.
    const fresh = await browser.context.newPage()
    await fresh.goto(`${base}/no-widget-here`)
    await fresh.evaluate(() => localStorage.clear())
    await fresh.goto(await page.evaluate(() => navigator.clipboard.readText()))
    await fresh.getByTestId('assignment-card').first().waitFor()
    expect(fresh.url()).not.toContain(cls.teacherKey)
    await fresh.close()
  })

  it('words every error as a sentence in the page’s language; a missing key and a wrong key read differently', async () => {
    const p = await browser.context.newPage()
    await p.goto(`${base}/teach?lang=${lang}`)
    const field = p.getByLabel(T.linkField, { exact: true })
    const open = p.getByRole('button', { name: T.open, exact: true })
    const alert = p.getByRole('alert')
    const tries: [string, string][] = [
      [`${base}/teach#${cls.classId}`, T.keyMissing],
      [`${base}/teach#${cls.classId}.${'x'.repeat(43)}`, T.keyWrong],
      [`${base}/teach#${cls.classId}.abc`, T.keyWrong],
      ['hello', T.notALink],
      [`${base}/teach#cls_nosuchclassatall.${cls.teacherKey}`, lang === 'ar' ? 'لا يوجد صف بهذا الرابط' : 'There is no class with this link'],
    ]
    for (const [text, sentence] of tries) {
      await field.fill(text)
      await open.click()
      await expect.poll(() => alert.textContent()).toContain(sentence)
      const shown = (await alert.textContent())!
      expect(shown).not.toMatch(/Authorization|Bearer|teacher key|"cls_/)
      expect(shown).toMatch(lang === 'ar' ? /[\u0600-\u06ff]/ : /^[^\u0600-\u06ff]*$/)
    }
    // A saved class whose key no longer opens it (deleted, or typed wrong) says so in words.
    await p.evaluate(
      ([classId]) => localStorage.setItem('fahm.teach.classes', JSON.stringify([{ classId, teacherKey: 'y'.repeat(43), name: 'old' }])),
      [cls.classId],
    )
    await p.reload()
    await p.getByRole('button', { name: 'old' }).click()
    await expect.poll(() => p.getByRole('alert').textContent()).toContain(T.keyWrong)
    await shoot(p, `teach-error-${lang}`, width)
    await p.evaluate(() => localStorage.removeItem('fahm.teach.classes'))
    await p.close()
  })

  it('warns before creating an assignment whose due date has passed', async () => {
    await openClass(page, lang)
    const cards = page.getByTestId('assignment-card')
    const before = await cards.count()
    // Last year, on today's date: the year list fills the day and month in.
    await page
      .getByRole('group', { name: T.dueAt })
      .locator('select')
      .nth(2)
      .selectOption(String(new Date().getFullYear() - 1))
    await page.getByRole('button', { name: T.create, exact: true }).click()
    const warning = page.getByTestId('past-due')
    await expect.poll(() => warning.textContent()).toContain(T.duePassed)
    expect(await warning.textContent()).toMatch(ownDigits)
    await pageFitsWidth(page, width)
    await shoot(page, `teach-past-due-${lang}`, width)
    // Nothing was created yet; confirming creates it.
    expect(await cards.count()).toBe(before)
    await page.getByRole('button', { name: T.createAnyway }).click()
    await expect.poll(() => cards.count()).toBe(before + 1)
    expect(await warning.count()).toBe(0)
  })
})
