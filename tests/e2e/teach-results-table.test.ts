import { readFileSync } from 'node:fs'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { STRINGS } from '../../src/teach/i18n.ts'
import { launch } from './browser.ts'
import { newClass } from './classroom-api.ts'

/**
 * The results table as a teacher who chases a class uses it, in real Chromium against the real
 * Worker, in both languages: "submitted N of M" of the class list and who has not submitted yet, by
 * name; the table sorted by a column's header (mouse or keyboard), the other way on a second press,
 * `aria-sort` on the header it follows, the order kept on paper and across the 15 s refresh; axe
 * finds nothing in the new parts; the CSV's rows in the table's order, said beside its button. And a long class name and title wrap on a phone (360×740).
 * FAHM_SCREENSHOTS=<dir> keeps the screenshots to look at.
 */

const fahm = inject('fahmUrl')
const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8')
/** This file's own client address: class creation is limited per address. */
const ADDRESS = '127.0.0.171'
/** What follows an action is polled, and waits, with room for a busy machine. */
const SLOW = { timeout: 30_000 }

// Sara answers two questions right, Bushra one, Yusuf none; they submit Yusuf first, then Sara,
// then Bushra. Omar, on the list too, has not submitted.
const SARA = 'سارة علي'
const BUSHRA = 'بشرى يوسف'
const YUSUF = 'يوسف كمال'
const OMAR = 'عمر حسن'

const TEXT = {
  ar: { submitted: 'سلّم ٣ من ٤ طلاب', notSubmitted: `لم يسلّموا بعد من قائمة الصف (١): ${OMAR}` },
  en: { submitted: 'Submitted: 3 of 4 students', notSubmitted: `Not submitted yet, from the class list (1): ${OMAR}` },
}

async function classWithResults() {
  const cls = await newClass(fahm, ADDRESS, { name: 'Results table' })
  const codes = Object.fromEntries((await cls.roster([SARA, BUSHRA, YUSUF, OMAR])).map((s) => [s.name, s.code]))
  const assignment = await cls.assign({ title: 'قراءة: قمة بكين' })
  const submit = async (name: string, answers: Record<string, unknown>) => {
    await assignment.submit({ studentCode: codes[name], answers })
    // Submission times a second apart, whatever the clock's resolution.
    await new Promise((resolve) => setTimeout(resolve, 1100))
  }
  await submit(YUSUF, {})
  await submit(SARA, { 'parade-occasion': 'japan-surrender', 'meeting-city': 'بكين' })
  await submit(BUSHRA, { 'meeting-city': 'بكين' })
  /** Omar submits late, with three questions right: more than anyone. */
  const omarSubmits = () => submit(OMAR, { 'parade-occasion': 'japan-surrender', 'meeting-city': 'بكين', 'first-public-trilateral': true })
  return { link: cls.teachLink, omarSubmits }
}

describe.each([
  ['ar', 360],
  ['en', 360],
  ['ar', 1280],
  ['en', 1280],
] as const)('the results table in %s at %i px', (lang, width) => {
  const t = STRINGS[lang]
  let browser: Awaited<ReturnType<typeof launch>>
  let page: Page
  let link: string

  beforeAll(async () => {
    ;({ link } = await classWithResults())
    browser = await launch({ viewport: { width, height: 900 }, locale: lang })
    page = await browser.context.newPage()
    await page.goto(`${fahm}/teach?lang=${lang}${new URL(link).hash}`)
    await page.getByTestId('assignment-card').first().getByRole('button', { name: t.results, exact: true }).click(SLOW)
    await page.getByTestId('results-table').waitFor(SLOW)
  })
  afterAll(async () => {
    await browser?.close()
  })

  const table = () => page.getByTestId('results-table')
  const names = () => table().locator('tbody tr td:first-child').allTextContents()
  const header = (label: string): Locator => table().locator('thead th', { has: page.getByRole('button', { name: label, exact: true }) })
  /** The headers' `aria-sort`, by their column's name: only the sorted one has it. */
  const ariaSort = () =>
    table()
      .locator('thead th')
      .evaluateAll((ths) =>
        ths.filter((th) => th.hasAttribute('aria-sort')).map((th) => [th.querySelector('button')!.firstChild!.textContent, th.getAttribute('aria-sort')]),
      )

  it('says how many of the class list have submitted, and names who has not yet', async () => {
    await expect.poll(() => table().locator('tbody tr').count(), SLOW).toBe(3)
    const count = page.getByTestId('submitted-count')
    expect(await count.textContent()).toBe(TEXT[lang].submitted)
    expect((await page.getByTestId('not-submitted').textContent())!.replace(/\s+/g, ' ')).toBe(TEXT[lang].notSubmitted)
    // Both above the table, where a teacher chasing the class looks first.
    const tableBox = (await table().boundingBox())!
    expect((await count.boundingBox())!.y).toBeLessThan(tableBox.y)
    // On a phone too, nothing is wider than the screen: the table scrolls in its own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
  })

  it('sorts by a header’s column, the other way on a second click, with aria-sort on that header', async () => {
    // As the results come: by name.
    expect(await ariaSort()).toEqual([[t.name, 'ascending']])
    expect(await names()).toEqual([BUSHRA, SARA, YUSUF])

    await header(t.latest).getByRole('button').click()
    await expect.poll(names, SLOW).toEqual([YUSUF, BUSHRA, SARA])
    expect(await ariaSort()).toEqual([[t.latest, 'ascending']])
    await header(t.latest).getByRole('button').click()
    await expect.poll(names, SLOW).toEqual([SARA, BUSHRA, YUSUF])
    expect(await ariaSort()).toEqual([[t.latest, 'descending']])

    await header(t.name).getByRole('button').click()
    await expect.poll(names, SLOW).toEqual([BUSHRA, SARA, YUSUF])
    await header(t.name).getByRole('button').click()
    await expect.poll(names, SLOW).toEqual([YUSUF, SARA, BUSHRA])
    expect(await ariaSort()).toEqual([[t.name, 'descending']])
  })

  it('sorts from the keyboard: the headers are buttons, Enter and Space press them, focus stays', async () => {
    const submitted = header(t.submitted).getByRole('button')
    await submitted.focus()
    await page.keyboard.press('Enter')
    await expect.poll(names, SLOW).toEqual([YUSUF, SARA, BUSHRA])
    expect(await ariaSort()).toEqual([[t.submitted, 'ascending']])
    await page.keyboard.press('Space')
    await expect.poll(names, SLOW).toEqual([BUSHRA, SARA, YUSUF])
    expect(await ariaSort()).toEqual([[t.submitted, 'descending']])
    expect(await submitted.evaluate((el) => el === document.activeElement)).toBe(true)
    // Tab goes from one header to the next.
    await page.keyboard.press('Shift+Tab')
    expect(await page.evaluate(() => document.activeElement?.closest('th')?.textContent)).toContain(t.time)
  })

  it('prints in the order it is sorted in, the headers as plain words with the sorted one’s arrow', async () => {
    await header(t.best).getByRole('button').click()
    await header(t.best).getByRole('button').click()
    await expect.poll(names, SLOW).toEqual([SARA, BUSHRA, YUSUF])
    if (process.env.FAHM_SCREENSHOTS) {
      await page.getByTestId('submitted-count').scrollIntoViewIfNeeded()
      await page.screenshot({ path: `${process.env.FAHM_SCREENSHOTS}/teach-results-sorted-${lang}-${width}.png` })
    }
    await page.emulateMedia({ media: 'print' })
    try {
      const paper = await table().evaluate((el) => ({
        rows: [...el.querySelectorAll('tbody tr')].map((tr) => (tr.querySelector('td') as HTMLElement).innerText.trim()),
        headers: [...el.querySelectorAll('thead th')].map((th) => (th as HTMLElement).innerText.trim()),
        looks: [...new Set([...el.querySelectorAll('thead button')].map((b) => `${getComputedStyle(b).backgroundColor} ${getComputedStyle(b).borderStyle}`))],
      }))
      expect(paper.rows).toEqual([SARA, BUSHRA, YUSUF])
      // Every header's words; of the arrows, only the sorted column's, pointing its way.
      expect(paper.headers.map((h) => h.replace(/\s*[▲▼↕]$/, ''))).toEqual([t.name, t.latest, t.best, t.attemptsColumn, t.time, t.submitted])
      expect(paper.headers.filter((h) => /[▲▼↕]/.test(h)).map((h) => h.replace(/\s+/g, ''))).toEqual([`${t.best.replace(/\s+/g, '')}▼`])
      expect(paper.looks).toEqual(['rgba(0, 0, 0, 0) none'])
    } finally {
      await page.emulateMedia({ media: 'screen' })
    }
  })

  it('downloads the CSV in the order the table is sorted in, and says so beside the button', async () => {
    // Sorted by the best score, highest first (the print test's order): the file's rows follow, the class list's missing student last.
    await expect.poll(names, SLOW).toEqual([SARA, BUSHRA, YUSUF])
    const button = page.getByRole('button', { name: t.downloadCsv })
    const order = t.csvOrder(t.best, t.sortOrder.number.descending)
    expect(await page.getByTestId('csv-order').textContent()).toBe(order)
    expect(
      await button.evaluate((el) =>
        el
          .getAttribute('aria-describedby')
          ?.split(' ')
          .map((id) => document.getElementById(id)?.textContent),
      ),
    ).toEqual([order])
    const csvNames = async () => {
      const [download] = await Promise.all([page.waitForEvent('download', SLOW), button.click()])
      const lines = readFileSync((await download.path())!, 'utf8')
        .slice(1)
        .split('\r\n')
      return lines.slice(1, lines.indexOf('')).map((line) => line.split(',')[0])
    }
    expect(await csvNames()).toEqual([SARA, BUSHRA, YUSUF, OMAR])
    // Another order, from the keyboard: the next file follows it.
    await header(t.submitted).getByRole('button').focus()
    await page.keyboard.press('Enter')
    await expect.poll(names, SLOW).toEqual([YUSUF, SARA, BUSHRA])
    expect(await page.getByTestId('csv-order').textContent()).toBe(t.csvOrder(t.submitted, t.sortOrder.time.ascending))
    expect(await csvNames()).toEqual([YUSUF, SARA, BUSHRA, OMAR])
  })

  it('has nothing axe finds in the count, the names and the sortable headers', async () => {
    await page.evaluate(axeSource)
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe
      const result = await axe.run({ include: [['[data-testid="submitted-count"]'], ['[data-testid="not-submitted"]'], ['[data-testid="results-table"]']] })
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => String(n.target)).join(' | ')}`)
    })
    expect(violations).toEqual([])
  })
})

describe.each(['ar', 'en'] as const)('a long class name and assignment title on a phone (360×740) in %s', (lang) => {
  const t = STRINGS[lang]
  // Long as teachers write them, with a word longer than the screen is wide.
  const NAME = {
    ar: 'الصف العاشر (ب) — مجموعة القراءة المسائية للطلاب المتقدمين ReadingComprehensionAdvancedGroup',
    en: 'Grade 10 (B) — evening reading group for advanced students ReadingComprehensionAdvancedGroup',
  }[lang]
  const TITLE = {
    ar: 'قراءة: قمة بكين بين كيم جونغ أون وفلاديمير بوتين وشي جين بينغ — واجب الأسبوع الثالث للفصل الدراسي الأول، مع أسئلة الأرقام والتواريخ والأماكن MoscowBeijingPyongyangTrilateralSummit2025',
    en: 'Reading: the Beijing summit of Kim Jong Un, Vladimir Putin and Xi Jinping — week three of the first term, with questions on numbers, dates and places MoscowBeijingPyongyangTrilateralSummit2025',
  }[lang]
  let browser: Awaited<ReturnType<typeof launch>>

  beforeAll(async () => {
    browser = await launch({ viewport: { width: 360, height: 740 }, locale: lang })
  })
  afterAll(async () => {
    await browser?.close()
  })

  /** Nothing wider than the screen: the page does not scroll sideways, and no heading or button is cut off. */
  async function fitsThePhone(page: Page, where: string) {
    expect([where, await page.evaluate(() => document.documentElement.scrollWidth)]).toEqual([where, 360])
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('#teach :is(h1, h2, h3, p, li, button, dialog[open] *)')]
        .filter((el) => (el as HTMLElement).offsetParent !== null && !el.closest('.scroll'))
        .filter((el) => {
          const box = el.getBoundingClientRect()
          return box.left < -0.5 || box.right > 360.5 || el.scrollWidth > el.clientWidth + 1
        })
        .map((el) => `${el.tagName} ${el.textContent?.slice(0, 40)}`),
    )
    expect([where, outside]).toEqual([where, []])
    const dir = process.env.FAHM_SCREENSHOTS
    if (dir) await page.screenshot({ path: `${dir}/teach-long-names-${where}-${lang}-360.png`, fullPage: true })
  }

  it('wraps them on the class list, the class, its assignment card, the results and Show to class', async () => {
    const created = await fetch(`${fahm}/v1/classes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'CF-Connecting-IP': ADDRESS },
      body: JSON.stringify({ name: NAME }),
    })
    expect(created.status).toBe(201)
    const cls = (await created.json()) as { classId: string; teacherKey: string }
    const made = await fetch(`${fahm}/v1/classes/${cls.classId}/assignments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${cls.teacherKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ quizId: 'kim-putin-beijing', title: TITLE }),
    })
    expect(made.status).toBe(201)

    const page = await browser.context.newPage()
    await page.addInitScript(
      ([saved, lang]) => {
        localStorage.setItem('fahm.teach.classes', saved!)
        localStorage.setItem('fahm.teach.lang', JSON.stringify(lang))
      },
      [JSON.stringify([{ classId: cls.classId, teacherKey: cls.teacherKey, name: NAME }]), lang],
    )
    await page.goto(`${fahm}/teach?lang=${lang}`)
    const open = page.getByRole('button', { name: NAME })
    await open.waitFor(SLOW)
    await fitsThePhone(page, 'classes')

    await open.click()
    const card = page.getByTestId('assignment-card')
    await card.getByRole('heading', { name: TITLE }).waitFor(SLOW)
    await fitsThePhone(page, 'class')

    await card.getByRole('button', { name: t.results, exact: true }).click()
    await page.getByRole('heading', { name: `${t.results}: ${TITLE}` }).waitFor(SLOW)
    await page.getByText(t.noResults).waitFor(SLOW)
    await fitsThePhone(page, 'results')

    await page.getByRole('button', { name: t.back }).click()
    await card.getByRole('button', { name: t.showToClass }).click()
    await page.getByRole('dialog', { name: TITLE }).waitFor(SLOW)
    await fitsThePhone(page, 'present')
    await page.close()
  })
})

describe('the results table as the results refresh', () => {
  const t = STRINGS.en
  let browser: Awaited<ReturnType<typeof launch>>

  beforeAll(async () => {
    browser = await launch({ viewport: { width: 1280, height: 900 }, locale: 'en' })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('keeps the order the teacher chose, a late submission taking its place in it, and counts it', async () => {
    const { link, omarSubmits } = await classWithResults()
    const page = await browser.context.newPage()
    await page.goto(`${fahm}/teach?lang=en${new URL(link).hash}`)
    await page.getByTestId('assignment-card').first().getByRole('button', { name: t.results, exact: true }).click(SLOW)
    const table = page.getByTestId('results-table')
    const names = () => table.locator('tbody tr td:first-child').allTextContents()
    await expect.poll(names, SLOW).toEqual([BUSHRA, SARA, YUSUF])
    const latest = table.getByRole('button', { name: t.latest, exact: true })
    await latest.click()
    await latest.click()
    await expect.poll(names, SLOW).toEqual([SARA, BUSHRA, YUSUF])

    await omarSubmits()
    // The next refresh (every 15 s) brings Omar in, at the top of the order still chosen.
    await expect.poll(names, { timeout: 60_000, interval: 1000 }).toEqual([OMAR, SARA, BUSHRA, YUSUF])
    expect(await table.locator('th[aria-sort]').evaluateAll((ths) => ths.map((th) => [th.textContent, th.getAttribute('aria-sort')]))).toEqual([
      [`${t.latest}▼`, 'descending'],
    ])
    expect(await page.getByTestId('submitted-count').textContent()).toBe('Submitted: 4 of 4 students')
    expect(await page.getByTestId('not-submitted').count()).toBe(0)
    await page.close()
  })
})
