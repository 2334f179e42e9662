import type { Locator, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { strings } from '../../src/widget/i18n.ts'
import { useBrowser } from './browser.ts'
import { newClass } from './classroom-api.ts'

/**
 * Student identity on the student page /a/CODE in real Chromium, at phone and desktop widths, in
 * both languages: free names bound to the device, hand-over on a shared computer, the roster's
 * personal codes and links, and no score while the assignment hides its answers.
 */

const fahm = inject('fahmUrl')
const browser = useBrowser()

type Lang = 'ar' | 'en'
const CASES: [Lang, number][] = [
  ['ar', 360],
  ['en', 360],
  ['ar', 1280],
  ['en', 1280],
]

/** What the teacher's results say of each student. */
type StudentResults = { students: { name: string; attempts: number; latestScore: number }[] }

/** Answers the first question, walks to the last one and submits, confirming the unanswered rest. */
async function answerAndSubmit(w: Locator, lang: Lang) {
  const t = strings[lang]
  await w.locator('input[type=radio]').first().check()
  const next = w.getByRole('button', { name: t.next, exact: true })
  while (await next.count()) await next.click()
  await w.getByRole('button', { name: t.submit }).click()
  // The other questions are unanswered: the widget asks to confirm before sending.
  await w.getByRole('button', { name: t.submitAnyway }).click()
  await w.locator('#sc').waitFor()
}

async function fitsWidth(page: Page, width: number) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(scrollWidth).toBeLessThanOrEqual(width)
}

describe.each(CASES)('the student page in %s at %i px', (lang, width) => {
  const t = strings[lang]
  const sara = lang === 'ar' ? 'سارة' : 'Sara'

  it('free names: hidden score, a clean hand-over on a shared computer, two students with one name both count', async () => {
    const { assign } = await newClass(fahm, '127.0.0.92')
    const { code, results } = await assign<StudentResults>({ maxAttempts: 2, revealAnswers: 'never' })
    const page = await browser.context.newPage()
    await page.setViewportSize({ width, height: 800 })
    const bodies: { name?: string; deviceId?: string }[] = []
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/attempts')) bodies.push(JSON.parse(r.postData() ?? '{}'))
    })
    await page.goto(`${fahm}/a/${code}?lang=${lang}`)
    const w = page.locator('main > div')
    await w.locator('#nm').waitFor()
    expect(await w.locator('#nm').getAttribute('autocomplete')).toBe('off')
    await w.locator('#nm').fill(sara)
    await answerAndSubmit(w, lang)

    // Submitted, and nothing about correctness: no score, no review.
    const submitted = (await w.locator('.w').textContent())!
    expect(submitted).toContain(t.sent)
    expect(submitted).toContain(t.hidden)
    // The submission confirmed first, then when the score comes.
    expect(submitted.indexOf(t.sent)).toBeLessThan(submitted.indexOf(t.hidden))
    expect(await w.locator('h3').filter({ hasText: t.score }).count()).toBe(0)
    expect(await w.locator('.big, .fb').count()).toBe(0)
    await fitsWidth(page, width)

    // "Try again" says whose attempt it is, with a way out: no silent pre-fill.
    await w.getByRole('button', { name: t.again }).click()
    const again = w.getByRole('status').filter({ hasText: t.againAs })
    await again.waitFor()
    expect(await again.textContent()).toContain(`${t.open}${sara}${t.close}`)
    expect(await w.locator('#nm').count()).toBe(0)

    // The next student on this browser is asked first, and sees none of Sara's work.
    await page.reload()
    await w.getByRole('button', { name: t.yesMe }).waitFor()
    const ask = (await w.locator('.w').textContent())!
    expect(ask).toContain(t.isYou)
    expect(ask).toContain(`${t.open}${sara}${t.close}`)
    // The name is isolated from the sentence around it, so the quotation marks keep their order.
    expect(await w.locator('#ho bdi').textContent()).toBe(sara)
    expect(await w.locator('input[type=radio]').count()).toBe(0)
    await fitsWidth(page, width)
    await w.getByRole('button', { name: t.notMe }).click()
    await w.locator('#nm').waitFor()
    expect(await w.locator('#nm').inputValue()).toBe('')
    expect(await w.locator('input[type=radio]:checked').count()).toBe(0)

    // Another student with the same name submits; the teacher tells them apart.
    await w.locator('#nm').fill(sara)
    await answerAndSubmit(w, lang)
    expect(await w.locator('.w').textContent()).toContain(t.sent)
    expect(bodies).toHaveLength(2)
    expect(bodies[0]!.deviceId).toMatch(/^[0-9a-f]{32}$/)
    expect(bodies[1]!.deviceId).toMatch(/^[0-9a-f]{32}$/)
    expect(bodies[1]!.deviceId).not.toBe(bodies[0]!.deviceId)
    expect((await results()).students.map((s) => s.name).sort()).toEqual([sara, `${sara} (2)`])

    // "I'm done" clears the screen for whoever comes next.
    await w.getByRole('button', { name: t.done }).click()
    await w.locator('#nm').waitFor()
    expect(await w.locator('.w').textContent()).not.toContain(t.sent)
    await page.close()
  })

  it('roster: a personal link asks "is this you?", a classmate on the same browser starts clean with their own code', async () => {
    const { assign, roster } = await newClass(fahm, '127.0.0.92')
    const [first, second] = await roster(lang === 'ar' ? ['سارة علي', 'عمر حداد'] : ['Sara Ali', 'Omar Haddad'])
    const { code, results } = await assign<StudentResults>({ maxAttempts: 1, revealAnswers: 'after-submit' })
    const page = await browser.context.newPage()
    await page.setViewportSize({ width, height: 800 })
    await page.goto(`${fahm}/a/${code}?lang=${lang}&student=${first!.code}`)
    const w = page.locator('main > div')
    const confirm = w.getByRole('button', { name: t.yesMe })
    await confirm.waitFor()
    expect(await w.locator('#fd').textContent()).toBe(`${t.open}${first!.name}${t.close}${t.q2}`)
    await fitsWidth(page, width)
    await confirm.click()
    await w.getByRole('status').filter({ hasText: t.as }).waitFor()
    await answerAndSubmit(w, lang)
    // Answers revealed after submit: the score and the review show.
    expect(await w.locator('.big').count()).toBe(1)
    expect(await w.locator('.fb').count()).toBe(22)

    // A classmate opens the page on the same browser, without a link.
    await page.goto(`${fahm}/a/${code}?lang=${lang}`)
    await w.getByRole('button', { name: t.notMe }).waitFor()
    expect(await w.locator('.big, .fb').count()).toBe(0)
    await w.getByRole('button', { name: t.notMe }).click()
    const field = w.locator('#pc')
    await field.waitFor()
    expect(await field.inputValue()).toBe('')
    // A wrong code is refused in the page's language.
    await field.fill('ZZZZ-ZZZZ')
    await w.getByRole('alert').filter({ hasText: t.badCode }).waitFor()
    await field.fill(`${second!.code.slice(0, 4).toLowerCase()} ${second!.code.slice(4)}`)
    await w.getByRole('button', { name: t.yesMe }).click()
    await answerAndSubmit(w, lang)
    expect(await w.locator('.big').count()).toBe(1)
    expect((await results()).students.map((s) => [s.name, s.attempts]).sort()).toEqual(
      [
        [first!.name, 1],
        [second!.name, 1],
      ].sort(),
    )
    await fitsWidth(page, width)
    await page.close()
  })
})
