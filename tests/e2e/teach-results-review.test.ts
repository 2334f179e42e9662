import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { STRINGS } from '../../src/teach/i18n.ts'
import { launch } from './browser.ts'
import { newClass } from './classroom-api.ts'

/**
 * What a teacher does with the results once students have answered, in real Chromium, in both
 * languages: find the questions the class got wrong most and those left blank, print the results
 * and the class list on paper (each alone, controls left out, the chart's colours kept), and read
 * the facts of an assignment card without «·» standing beside an Arabic zero.
 */

const fahm = inject('fahmUrl')
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
/** This file's own client address: class creation is limited per address. */
const ADDRESS = '127.0.0.161'
const ROSTER = ['سارة علي', 'عمر حسن', 'ليلى محمود']

type Lang = 'ar' | 'en'
const TEXT = {
  ar: { open: 'افتح', linkField: 'رابط الصف', printList: 'اطبع القائمة', listOf: 'قائمة طلاب الصف: ', count: '٣ طلاب', add: 'أضف إلى القائمة' },
  en: { open: 'Open', linkField: 'Class link', printList: 'Print the list', listOf: 'Class list: ', count: '3 students', add: 'Add to the list' },
}

/** A class with a class list and one assignment of the seed quiz, two of its three students submitted. */
async function classWithResults(lang: Lang) {
  const name = `Results review ${lang}`
  const cls = await newClass(fahm, ADDRESS, { name })
  const students = await cls.roster(ROSTER)
  const { code, submit } = await cls.assign({ title: 'قراءة: قمة بكين' })
  const startedAt = new Date(Date.now() - 300_000).toISOString()
  // Sara: question 1 and 3 right, 4 wrong, the rest blank. Omar: question 3 wrong, the rest blank.
  // Question 1: 50 % right, 1 blank; 3: 50 %, none blank; 4: 0 %, 1 blank; the others 0 %, 2 blank.
  // (Hidden elements are looked for with CSS locators below: role locators skip them.)
  await submit({
    studentCode: students[0]!.code,
    answers: { 'parade-occasion': 'japan-surrender', 'meeting-city': 'في بكين', 'first-public-trilateral': false },
    startedAt,
  })
  await submit({ studentCode: students[1]!.code, answers: { 'meeting-city': 'موسكو' }, startedAt })
  return { name, code, link: cls.teachLink }
}

const digits = (lang: Lang, n: number) => (lang === 'ar' ? String(n).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!) : String(n))

describe.each(['ar', 'en'] as const)('the teacher page in %s', (lang) => {
  const t = STRINGS[lang]
  const T = TEXT[lang]
  let browser: Awaited<ReturnType<typeof launch>>
  let page: Page
  let cls: Awaited<ReturnType<typeof classWithResults>>

  beforeAll(async () => {
    cls = await classWithResults(lang)
    browser = await launch({ viewport: { width: 1280, height: 900 }, locale: lang, bypassCSP: true /* to inject axe-core */ })
    page = await browser.context.newPage()
    await page.addInitScript(() => {
      // Record what a print would print (the body's class says which part), instead of opening a dialog.
      window.print = () => {
        ;(window as unknown as { printed: string[] }).printed ??= []
        ;(window as unknown as { printed: string[] }).printed.push(document.body.className)
      }
    })
    await page.goto(`${fahm}/teach?lang=${lang}`)
    await page.getByLabel(T.linkField, { exact: true }).fill(cls.link)
    await page.getByRole('button', { name: T.open, exact: true }).click()
    await page.getByTestId('assignment-card').first().waitFor()
  })
  afterAll(async () => {
    await browser?.close()
  })

  /** axe-core's violations on the page as it is now, as `rule: targets` lines. */
  async function accessibilityViolations(): Promise<string[]> {
    await page.addScriptTag({ content: axeSource })
    return page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe.run()
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => String(n.target)).join(' | ')}`)
    })
  }
  const printed = () => page.evaluate(() => (window as unknown as { printed?: string[] }).printed ?? [])
  /** The page as the printer gets it, while `bodyClass` (set by the page's Print buttons) holds. */
  async function asPrinted<T>(bodyClass: string, look: () => Promise<T>): Promise<T> {
    await page.evaluate((c) => c && document.body.classList.add(c), bodyClass)
    await page.emulateMedia({ media: 'print' })
    try {
      return await look()
    } finally {
      await page.emulateMedia({ media: 'screen' })
      await page.evaluate((c) => c && document.body.classList.remove(c), bodyClass)
    }
  }

  it('words an assignment card’s facts with a separator that is no digit, and counts the class list in words', async () => {
    const facts = (await page.getByTestId('assignment-card').locator('p.muted').first().textContent())!
    expect(facts).toBe(`${t.status.open}${t.separator}${t.students(digits(lang, 2))}${t.separator}${t.attempts(digits(lang, 2))}`)
    // «·» beside «٠» reads as one more zero: the Arabic page separates with a bar.
    if (lang === 'ar') expect(facts).not.toContain('·')
    await page.getByText(T.count, { exact: true }).waitFor()
    // The class list's column of Remove buttons has a header screen readers can name.
    expect(await accessibilityViolations()).toEqual([])
  })

  it('prints the class list alone: the class’s name, names and codes, none of the page’s controls', async () => {
    const roster = page.locator('section.roster')
    await roster.getByRole('button', { name: T.printList }).click()
    expect(await printed()).toEqual(['printing-roster'])
    const seen = await asPrinted('printing-roster', async () => ({
      heading: await page.getByRole('heading', { name: T.listOf + cls.name }).isVisible(),
      rows: await roster.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim())),
      removeButtons: await roster.locator('button').evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length),
      pasteField: await roster.locator('textarea').isVisible(),
      assignments: await page.getByTestId('assignment-card').first().isVisible(),
      languageSwitch: await page.locator('header button').isVisible(),
    }))
    expect(seen.heading).toBe(true)
    expect(seen.rows).toHaveLength(ROSTER.length)
    for (const [i, row] of seen.rows.entries()) expect(row).toMatch(new RegExp(`^${ROSTER[i]} [A-Z0-9]{4}-[A-Z0-9]{4}$`))
    expect(seen).toMatchObject({ removeButtons: 0, pasteField: false, assignments: false, languageSwitch: false })
  })

  it('prints the results for paper: the class named, controls left out, tables whole, the chart in colour', async () => {
    await page.getByTestId('assignment-card').first().getByRole('button', { name: t.results, exact: true }).click()
    await page.getByTestId('results-table').waitFor()
    await page.getByRole('button', { name: t.printResults }).click()
    expect(await printed()).toEqual(['printing-roster', ''])
    const onScreen = await page.getByText(t.printedClass(cls.name)).isVisible()
    const paper = await asPrinted('', async () => ({
      className: await page.getByText(t.printedClass(cls.name)).isVisible(),
      updated: await page.getByText(t.updated).isVisible(),
      buttons: await page
        .locator('button')
        .evaluateAll((els) =>
          els
            .filter((el) => (el as HTMLElement).offsetParent !== null && !el.classList.contains('link') && !el.classList.contains('sort'))
            .map((el) => el.textContent),
        ),
      refreshing: await page.getByText(t.refreshing).isVisible(),
      overflow: await page.locator('.scroll').evaluateAll((els) => els.map((el) => getComputedStyle(el).overflowX)),
      colours: await page.locator('.bar-fill, .swatch').evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).printColorAdjust))]),
    }))
    expect(onScreen).toBe(false)
    // Only the students' names and the columns' headers stay (buttons that open their answers or sort
    // the table on screen, plain words on paper: tests/e2e/teach-results-table.test.ts).
    expect(paper).toEqual({ className: true, updated: true, buttons: [], refreshing: false, overflow: ['visible', 'visible'], colours: ['exact'] })
  })

  it('shows how many left each question blank, and lists the questions the class got right least first', async () => {
    const table = page.getByTestId('wrong-answers')
    await expect.poll(() => table.locator('tbody tr').count()).toBe(22)
    const header = await table.locator('thead th').allTextContents()
    expect(header).toEqual(['#', t.question, t.correct, t.unansweredColumn, t.wrongAnswers])
    const rows = async () =>
      (await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())))).map(
        ([number, , share, blank]) => ({ number: number!, share: share!, blank: blank! }),
      )
    // In the quiz's order: the blanks per question.
    const inQuiz = await rows()
    expect(inQuiz.map((r) => r.number)).toEqual(Array.from({ length: 22 }, (_, i) => digits(lang, i + 1)))
    expect(inQuiz.slice(0, 5).map((r) => r.blank)).toEqual([1, 2, 0, 1, 2].map((n) => digits(lang, n)))

    // Fewest correct first: the two questions half the class got right come last, the rest keep the quiz's order.
    await page.getByLabel(t.questionOrder).selectOption('hardest')
    const hardest = await rows()
    const zeroShare = Array.from({ length: 22 }, (_, i) => i + 1).filter((n) => n !== 1 && n !== 3)
    expect(hardest.map((r) => r.number)).toEqual([...zeroShare, 1, 3].map((n) => digits(lang, n)))
    expect(hardest.find((r) => r.number === digits(lang, 4))!.blank).toBe(digits(lang, 1))
    // The chart follows the same order, each bar still named by its number in the quiz.
    const bars = await page.locator('figure.chart .bar-number').allTextContents()
    expect(bars).toEqual([...zeroShare, 1, 3].map((n) => `${digits(lang, n)}.`))

    expect(await accessibilityViolations()).toEqual([])
  })
})
