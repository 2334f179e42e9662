import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8')

/**
 * The pages' own confirmation (src/teach/confirm-dialog.ts), answered as a person does, with what a
 * person needs checked on the way: a modal alert dialog (role alertdialog, aria-modal) named by its
 * title (the go-ahead button's words) and described by its question, focus on the safe choice
 * (the first button, Cancel), the page's direction. `answer` is the name of the button to press
 * (by the keyboard: Tab from Cancel, then Enter, when `keyboard`), or 'Escape'. With `audit`, axe
 * finds nothing in the dialog first. Returns the question.
 */
export async function answerConfirm(page: Page, answer: string, options: { keyboard?: boolean; audit?: boolean } = {}): Promise<string> {
  const dialog = page.locator('dialog.confirm')
  await dialog.waitFor()
  const question = (await dialog.locator('.confirm-question').textContent())!
  const title = (await dialog.locator('.confirm-title').textContent())!
  const go = (await dialog.getByRole('button').allTextContents()).at(-1)
  expect(title).toBe(go)
  await page.getByRole('alertdialog', { name: title, exact: true }).waitFor()
  expect(await dialog.evaluate((el) => el.matches(':modal'))).toBe(true)
  expect(await dialog.getAttribute('aria-modal')).toBe('true')
  // Described by the question, as the accessibility tree gives it (what a screen reader reads).
  const cdp = await page.context().newCDPSession(page)
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; description?: { value: string } }[] }
  await cdp.detach()
  expect(nodes.filter((n) => n.role?.value === 'alertdialog').map((n) => n.description?.value)).toEqual([question])
  // Inside the viewport (360 px too), nothing cut off, in the page's direction.
  const layout = await dialog.evaluate((el) => {
    const r = el.getBoundingClientRect()
    return { inside: r.left >= 0 && r.right <= innerWidth, cut: el.scrollWidth > el.clientWidth, dir: getComputedStyle(el).direction }
  })
  expect(layout).toEqual({ inside: true, cut: false, dir: await page.evaluate(() => document.documentElement.dir) })
  // Focus on the safe choice.
  await expect.poll(() => page.evaluate(() => document.activeElement?.matches('dialog.confirm button:first-of-type') ?? false)).toBe(true)
  if (options.audit) {
    await page.evaluate(axeSource)
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: { id: string }[] }> } }).axe
      return (await axe.run({ include: [['dialog.confirm']] })).violations.map((v) => v.id)
    })
    expect(violations).toEqual([])
  }
  if (answer === 'Escape') await page.keyboard.press('Escape')
  else if (options.keyboard) {
    const names = await dialog.getByRole('button').allTextContents()
    for (let i = 0; i < names.indexOf(answer); i++) await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(answer)
    await page.keyboard.press('Enter')
  } else await dialog.getByRole('button', { name: answer, exact: true }).click()
  await dialog.waitFor({ state: 'detached' })
  return question
}

/** Collects the browser's own dialogs (alert, confirm), which the pages must no longer use; dismissed. */
export function nativeDialogs(page: Page): string[] {
  const seen: string[] = []
  page.on('dialog', (dialog) => {
    seen.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  return seen
}
