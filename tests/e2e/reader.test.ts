import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { strings } from '../../src/widget/i18n.ts'
import { openFresh, useBrowser } from './browser.ts'

/**
 * The reader's widget as people see it, in real Chromium at 360 px and 1280 px, in Arabic and in
 * English: verdict marks on the options, answers locked once checked and practice after, the score
 * of first tries with a percentage and a message, the grid of marks and the folded review, the
 * confirmation before finishing early, typed answers echoed as read («بكين», "Peking → Beijing") with
 * the question's own noun («٢٠٠٠ جندي»), one digit system per language (and data-digits), the
 * language remembered, the loading state at the question's height, the article beside the quiz or
 * reached by a link, and the error and empty states.
 * Set FAHM_SCREENSHOTS=<dir> to keep the screenshots (PNG) for a look.
 */

const fahm = inject('fahmUrl')
const host = inject('hostUrl')
const browser = useBrowser()
const QUIZ = 'kim-putin-beijing'
const LATIN = /[0-9]/
const ARABIC_INDIC = /[٠-٩]/

async function shoot(page: Page, name: string): Promise<void> {
  const png = await page.screenshot({ fullPage: true })
  expect(png.subarray(1, 4).toString()).toBe('PNG')
  const dir = process.env.FAHM_SCREENSHOTS
  if (dir) {
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, `reader-${name}.png`), png)
  }
}

/** The widget's root inside its shadow root (the host page uses the widget's class names on its own elements). */
const widgetOf = (page: Page) => page.locator('div.w').first()

async function createAssignment(body: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${fahm}/v1/classes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'CF-Connecting-IP': '127.0.0.94' },
    body: '{"name":"reader e2e"}',
  })
  const cls = (await res.json()) as { classId: string; teacherKey: string }
  const created = await fetch(`${fahm}/v1/classes/${cls.classId}/assignments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${cls.teacherKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ quizId: QUIZ, title: 'Reading homework', ...body }),
  })
  const text = await created.text()
  expect(created.status, text).toBe(201)
  return (JSON.parse(text) as { code: string }).code
}

const borderColor = (locator: Locator) => locator.evaluate((el) => getComputedStyle(el).borderTopColor)

describe.each([
  [1280, 'ar'],
  [1280, 'en'],
  [360, 'ar'],
  [360, 'en'],
] as const)('the reader’s widget at %i px in %s', (width, lang) => {
  const t = strings[lang]
  const digits = lang === 'ar' ? ARABIC_INDIC : LATIN
  const otherDigits = lang === 'ar' ? LATIN : ARABIC_INDIC
  const open = async (path: string) => {
    const page = await openFresh(browser.context, `${host}${path}`)
    await page.setViewportSize({ width, height: 800 })
    return page
  }

  it('marks the chosen and the right options, locks a checked answer, scores first tries, and ends with a grid of marks', async () => {
    const page = await open(`/script?lang=${lang}&mode=all&hostile=0`)
    const widget = widgetOf(page)
    await widget.locator('.p').first().waitFor()
    const first = widget.locator('form').first()
    // A wrong option, checked: it gets ✗ and the right one ✓, each with its own colour; both locked.
    await first.locator('label.o', { has: page.locator('input[value="japan-surrender"]') }).waitFor()
    await first
      .locator('label.o')
      .filter({ hasNot: page.locator('input[value="japan-surrender"]') })
      .first()
      .click()
    await first.getByRole('button', { name: t.check }).click()
    await first.locator('.fb').waitFor()
    const wrong = first.locator('label.wrong')
    const right = first.locator('label.right')
    expect(await wrong.locator('.mk').textContent()).toBe(`✗ ${t.answer}`)
    expect(await right.locator('.mk').textContent()).toBe(`✓ ${t.rightOption}`)
    expect(await right.locator('input').getAttribute('value')).toBe('japan-surrender')
    const plain = await borderColor(first.locator('label.o:not(.right):not(.wrong)').first())
    expect(new Set([await borderColor(wrong), await borderColor(right), plain]).size).toBe(3)
    expect(await first.locator('input:not([disabled])').count()).toBe(0)
    expect(await first.locator('.fb').textContent()).not.toContain(t.readAs)
    await shoot(page, `marks-${lang}-${width}`)

    // Trying again is practice: the right answer now, but the score keeps the first.
    await first.getByRole('button', { name: t.practice }).click()
    await first.locator('label.o', { has: page.locator('input[value="japan-surrender"]:not([disabled])') }).click()
    await first.getByRole('button', { name: t.check }).click()
    await first.locator('.fb').filter({ hasText: t.practiceNote }).waitFor()
    expect(await first.locator('label.right .mk').textContent()).toBe(`✓ ${t.rightOption} ${t.answer}`)
    // The second question right at the first try.
    const second = widget.locator('form').nth(1)
    await second.locator('label.o', { has: page.locator('input[value="obligation-between-brothers"]') }).click()
    await second.getByRole('button', { name: t.check }).click()
    await second.locator('.fb.ok').waitFor()

    // Finishing with questions unanswered asks first.
    const count = await widget.locator('form').count()
    await widget.getByRole('button', { name: t.finish }).click()
    const confirm = widget.locator('#cf')
    await confirm.waitFor()
    expect((await confirm.textContent())!).toContain(t.unanswered)
    expect(await widget.locator('#sc').count()).toBe(0)
    await confirm.getByRole('button', { name: t.finishAnyway }).click()
    await widget.locator('#sc').waitFor()

    // The score of first tries: 1 point of the quiz's, rounded, with a percentage and a message.
    const big = (await widget.locator('.big').textContent())!
    // The percentage in brackets after the count, "1 of 22 (5%)", "١ من ٢٢ (٥٪)", not run into it.
    expect(big).toMatch(lang === 'ar' ? /^\u2068١ من [٠-٩]+\u2069 \(\u2068[٠-٩]+٪\u2069\)$/ : /^\u20681 of \d+\u2069 \(\u2068\d+%\u2069\)$/)
    expect(await widget.locator('.big + p').textContent()).toBe(t.low)
    // One mark per question, each a button; wrong answers open in the review, right ones folded.
    const marks = widget.locator('.grid button')
    expect(await marks.count()).toBe(count)
    expect(await marks.nth(0).getAttribute('aria-label')).toMatch(new RegExp(`: ${t.no}$`))
    expect(await marks.nth(1).getAttribute('aria-label')).toMatch(new RegExp(`: ${t.ok}$`))
    expect(await marks.nth(2).getAttribute('aria-label')).toMatch(new RegExp(`: ${t.none}$`))
    expect(await widget.locator('#rv-parade-occasion').getAttribute('open')).not.toBeNull()
    expect(await widget.locator('#rv-brotherly-duty-meaning').getAttribute('open')).toBeNull()
    await marks.nth(1).click()
    expect(await widget.locator('#rv-brotherly-duty-meaning').getAttribute('open')).not.toBeNull()
    expect(await widget.locator('#rv-brotherly-duty-meaning summary').evaluate((s) => s === (s.getRootNode() as ShadowRoot).activeElement)).toBe(true)
    // One digit system: the widget's text has none of the other language's digits.
    expect(await widget.innerText()).not.toMatch(otherDigits)
    await shoot(page, `end-${lang}-${width}`)
    await page.close()
  })

  it('echoes typed answers as read, counting what the question counts, in the digits of the language', async () => {
    const page = await open(`/script?lang=${lang}&mode=all&hostile=0`)
    const widget = widgetOf(page)
    await widget.locator('.p').first().waitFor()
    const form = (id: string) => widget.locator('form', { has: page.locator(`#q-${id}-p`) })
    await form('meeting-city')
      .locator('input.t')
      .fill(lang === 'ar' ? 'بكين' : 'Peking')
    await form('meeting-city').getByRole('button', { name: t.check }).click()
    await form('meeting-city').locator('.fb').waitFor()
    expect(await form('meeting-city').locator('.fb').textContent()).toContain(t.readAs + (lang === 'ar' ? 'بكين' : 'Peking → Beijing'))
    expect(await form('meeting-city').locator('input.t').getAttribute('readonly')).not.toBeNull()

    await form('soldiers-killed').locator('input.t').fill('2000')
    await form('soldiers-killed').getByRole('button', { name: t.check }).click()
    await form('soldiers-killed').locator('.fb').waitFor()
    const feedback = (await form('soldiers-killed').locator('.fb').textContent())!
    expect(feedback).toContain(t.readAs + (lang === 'ar' ? '٢٠٠٠ جندي' : '2000 soldiers'))
    expect(feedback).not.toMatch(/شخص|people/)
    const shown = await widget.innerText()
    expect(shown.match(new RegExp(`.{0,40}${otherDigits.source}.{0,40}`))?.[0]).toBeUndefined()
    expect(await widget.innerText()).toMatch(digits)
    await shoot(page, `typed-${lang}-${width}`)
    await page.close()
  })

  it('remembers the language chosen across reloads', async () => {
    const page = await open(`/script?hostile=0`)
    const widget = widgetOf(page)
    await widget.locator('.p').waitFor()
    // Without data-lang the widget speaks the quiz's language (Arabic); switch to `lang` when asked.
    if (lang === 'en') {
      await widget.getByRole('button', { name: strings.ar.switchTo }).click()
      await page.waitForFunction(() => document.querySelector('script[data-quiz] + div')?.shadowRoot?.querySelector('.w')?.getAttribute('lang') === 'en')
    }
    await page.reload()
    await widget.locator('.p').waitFor()
    expect(await widget.getAttribute('lang')).toBe(lang)
    expect(await widget.getByRole('button', { name: t.switchTo }).count()).toBe(1)
    await page.close()
  })

  it('shows the boxes of a question while loading, at its height, and no blank space after', async () => {
    const page = await browser.context.newPage()
    await page.setViewportSize({ width, height: 800 })
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(/\/v1\/quizzes\//, async (route) => {
      await held
      await route.continue()
    })
    await page.goto(`${host}/script?lang=${lang}&hostile=0`)
    const widget = widgetOf(page)
    await widget.locator('.ld .o.sk').first().waitFor()
    expect(await widget.getAttribute('aria-busy')).toBe('true')
    const loading = (await widget.boundingBox())!.height
    await shoot(page, `loading-${lang}-${width}`)
    release()
    await widget.locator('.p').waitFor()
    const loaded = (await widget.boundingBox())!.height
    expect(Math.abs(loaded - loading) / loaded).toBeLessThan(0.3)
    // The widget ends where its content ends.
    const blank = await widget.evaluate((w) => {
      const last = [...w.querySelectorAll('.row')].at(-1)!
      return w.getBoundingClientRect().bottom - last.getBoundingClientRect().bottom
    })
    expect(blank).toBeLessThan(80)
    await page.close()
  })

  it('puts the article beside the quiz on a wide screen, after it on a phone with a way there and back, and the link scrolls the page to the evidence', async () => {
    // On fahm's origin, with its localStorage cleared too.
    const page = await openFresh(browser.context, `${fahm}/embed/${QUIZ}?lang=${lang}`)
    await page.setViewportSize({ width, height: 800 })
    const widget = widgetOf(page)
    await widget.locator('.p').waitFor()
    const quizBox = (await widget.locator('.qz').boundingBox())!
    const articleBox = (await widget.locator('.art').boundingBox())!
    if (width >= 1000) {
      expect(Math.abs(articleBox.y - quizBox.y)).toBeLessThan(40)
      expect(articleBox.x + articleBox.width <= quizBox.x + 1 || quizBox.x + quizBox.width <= articleBox.x + 1).toBe(true)
    } else {
      expect(articleBox.y).toBeGreaterThanOrEqual(quizBox.y + quizBox.height - 1)
    }
    // Stacked, a way to the article above the quiz, and one back at the article's end; beside it, none.
    const focusedClass = () => widget.evaluate((w) => (w.getRootNode() as ShadowRoot).activeElement?.className ?? '')
    const inView = (selector: string) =>
      page.waitForFunction((selector) => {
        const el = document.querySelector('script[data-quiz] + div')?.shadowRoot?.querySelector(selector)
        const r = el?.getBoundingClientRect()
        return !!r && r.top < innerHeight && r.bottom > 0
      }, selector)
    if (width >= 1000) {
      expect(await widget.getByRole('button', { name: t.readArticle }).count()).toBe(0)
    } else {
      const toArticle = widget.getByRole('button', { name: t.readArticle })
      expect((await toArticle.boundingBox())!.y).toBeLessThan((await widget.locator('.p').boundingBox())!.y)
      await toArticle.click()
      await inView('.art h3')
      expect(await focusedClass()).toBe('art')
      await widget.locator('.art > button').click()
      await inView('.qz .p')
      expect(await focusedClass()).toBe('p')
    }
    // No box scrolling inside the page.
    const nested = await widget.evaluate(
      (w) => [w, ...w.querySelectorAll('*')].filter((el) => /auto|scroll/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1).length,
    )
    expect(nested).toBe(0)

    await widget.locator('label.o').first().click()
    await widget.getByRole('button', { name: t.check }).click()
    await widget.locator('.fb').waitFor()
    await page.evaluate(() => window.scrollTo(0, 0))
    await widget.getByRole('button', { name: t.showInArticle }).click()
    const mark = widget.locator('.art mark')
    await mark.waitFor()
    await page.waitForFunction(() => {
      const m = document.querySelector('script[data-quiz] + div')?.shadowRoot?.querySelector('.art mark')
      const r = m?.getBoundingClientRect()
      return !!r && r.top >= 0 && r.bottom <= innerHeight
    })
    await shoot(page, `evidence-${lang}-${width}`)
    // And back to the question.
    await widget.locator('.art mark + button.ln').click()
    await page.waitForFunction(() => {
      const fb = document.querySelector('script[data-quiz] + div')?.shadowRoot?.querySelector('.fb')
      const r = fb?.getBoundingClientRect()
      return !!r && r.bottom > 0 && r.top < innerHeight
    })
    await page.close()
  })

  it('says in one language, without Retry, that a quiz does not exist, styled inside an iframe too', async () => {
    const page = await open(`/script?quiz=no-such-quiz&lang=${lang}&hostile=0`)
    const alert = widgetOf(page).locator('[role=alert]')
    await alert.waitFor()
    expect(await alert.innerText()).toBe(t.notFound)
    expect(await alert.locator('button').count()).toBe(0)

    const response = await page.goto(`${fahm}/embed/no-such-quiz?lang=${lang}`)
    expect(response!.status()).toBe(404)
    const framed = widgetOf(page).locator('.err')
    await framed.waitFor()
    expect(await framed.innerText()).toBe(t.notFound)
    expect(await borderColor(framed)).not.toBe('rgb(0, 0, 0)')
    expect(await framed.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid')
    await shoot(page, `embed-404-${lang}-${width}`)
    await page.close()
  })

  it('offers to type the code again on the unknown-code page, and gives the dates of an assignment not open', async () => {
    const code = await createAssignment({ opensAt: new Date(Date.now() + 86_400_000).toISOString() })
    const page = await open(`/no-widget-here`)
    const response = await page.goto(`${fahm}/a/ZZZZZZ?lang=${lang}`)
    expect(response!.status()).toBe(404)
    const field = page.locator('input#code')
    expect(await page.locator('label[for=code]').count()).toBe(1)
    await field.fill(code.toLowerCase())
    await page.locator('form button[type=submit]').click()
    await page.waitForURL(new RegExp(`/a/${code}\\?lang=${lang}$`))
    const widget = widgetOf(page)
    const status = widget.locator('[role=status]')
    await status.waitFor()
    const text = await status.innerText()
    expect(text).toContain(t.notOpen)
    expect(text).toContain(t.opens)
    expect(text).toContain(t.notOpenHelp)
    expect(text).not.toMatch(otherDigits)
    await shoot(page, `not-open-${lang}-${width}`)

    const closed = await createAssignment({ dueAt: new Date(Date.now() - 86_400_000).toISOString() })
    await page.goto(`${fahm}/a/${closed}?lang=${lang}`)
    await status.waitFor()
    expect(await status.innerText()).toContain(t.closedHelp)
    expect(await status.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-/)
    await page.close()
  })
})

describe('data-digits', () => {
  it('writes an Arabic widget in Latin digits everywhere when the publisher asks', async () => {
    const page = await openFresh(browser.context, `${host}/script?lang=ar&mode=all&digits=latn&hostile=0`)
    const widget = widgetOf(page)
    await widget.locator('.p').first().waitFor()
    const form = widget.locator('form', { has: page.locator('#q-soldiers-killed-p') })
    await form.locator('input.t').fill('٢٠٠٠')
    await form.getByRole('button', { name: strings.ar.check }).click()
    await form.locator('.fb').waitFor()
    expect(await form.locator('.fb').textContent()).toContain(strings.ar.readAs + '2000 جندي')
    expect(await widget.innerText()).not.toMatch(ARABIC_INDIC)
    await page.close()
  })
})
