import type { Page } from 'playwright-core'
import { expect, inject, it } from 'vitest'
import { STRINGS } from '../../src/teach/i18n.ts'
import { useBrowser } from './browser.ts'
import { answerConfirm, nativeDialogs } from './confirm-dialog.ts'

/**
 * The teacher page by keyboard: an action that swaps what the page shows, or disables or removes the
 * button that had focus, moves focus to what now shows (never to the page itself, which would send a
 * keyboard or screen-reader user back to the top).
 */

const base = inject('fahmUrl')
const browser = useBrowser({ viewport: { width: 1280, height: 800 } })

/** The id of the focused element, or what it is when it has none. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName)

/** Presses a button from the keyboard (focused, then Enter), as a keyboard user does. */
async function press(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).first().focus()
  await page.keyboard.press('Enter')
}

for (const [lang, width] of [
  ['ar', 1280],
  ['en', 360],
] as const) {
  it(`${lang} at ${width} px: creating, opening, results and back, a failed and a made assignment, close, edit, delete`, async () => {
    const t = STRINGS[lang]
    const page = await browser.context.newPage()
    await page.setViewportSize({ width, height: 800 })
    const native = nativeDialogs(page)
    await page.goto(`${base}/teach?lang=${lang}`)
    const name = lang === 'ar' ? 'صف التركيز' : 'Focus class'
    await page.getByLabel(t.className).fill(name)
    await press(page, t.create)
    // The class link, shown once to be kept (an alertdialog), has focus; kept, the list of classes.
    await expect.poll(() => focused(page)).toBe('class-key-fresh-title')
    await press(page, t.saved)
    await expect.poll(() => focused(page)).toBe('classes-title')
    await press(page, name)
    await expect.poll(() => focused(page)).toBe('class-title')

    // An assignment of a quiz that does not exist: the message, and focus back on the button.
    await page.getByLabel(t.quizIdOr).fill('no-such-quiz-anywhere')
    await press(page, t.create)
    await expect.poll(() => page.getByRole('alert').count()).toBe(1)
    await expect.poll(() => focused(page)).toBe('new-assignment-submit')
    // One made: its card's heading.
    await page.getByLabel(t.quizIdOr).fill('kim-putin-beijing')
    await press(page, t.create)
    const card = page.getByTestId('assignment-card')
    await expect.poll(() => card.count()).toBe(1)
    const id = (await card.locator('h3').getAttribute('id'))!
    await expect.poll(() => focused(page)).toBe(id)
    const assignmentId = id.replace('assignment-title-', '')

    // Results and back: the results' heading, then the button that opened them.
    await press(page, t.results)
    await expect.poll(() => focused(page)).toBe('results-title')
    await press(page, t.back)
    await expect.poll(() => focused(page)).toBe(`results-button-${assignmentId}`)

    // Edit, cancelled: back on Edit. Close now (its button goes): the card.
    await press(page, t.edit)
    await expect.poll(() => focused(page)).not.toBe(`edit-button-${assignmentId}`)
    await press(page, t.cancel)
    await expect.poll(() => focused(page)).toBe(`edit-button-${assignmentId}`)
    // Asked in the page, answered by keyboard: Escape, back on the button; then Tab to it and Enter.
    await press(page, t.closeNow)
    await answerConfirm(page, 'Escape')
    expect(await focused(page)).not.toBe(id)
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t.closeNow)
    await press(page, t.closeNow)
    await answerConfirm(page, t.closeNow, { keyboard: true })
    await expect.poll(() => card.getByRole('button', { name: t.closeNow }).count()).toBe(0)
    await expect.poll(() => focused(page)).toBe(id)

    // Deleted: the list it was in. Back: the class's button in the list of classes.
    await card.getByRole('button', { name: t.delete, exact: true }).focus()
    await page.keyboard.press('Enter')
    await answerConfirm(page, t.delete, { keyboard: true })
    await expect.poll(() => card.count()).toBe(0)
    await expect.poll(() => focused(page)).toBe('assignments-title')
    await press(page, t.back)
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(name)
    expect(await focused(page)).toMatch(/^class-button-cls_/)
    expect(native).toEqual([])
    await page.close()
  }, 60_000)
}
