import { readFileSync } from 'node:fs'
import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openFresh, useBrowser } from './browser.ts'

/**
 * axe-core audits of the widget (it handles open shadow roots) in both languages and in the
 * states a reader meets: a question with the article, feedback, all questions, the score.
 * No serious or critical violation is allowed.
 */

const host = inject('hostUrl')
const axeSource = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8')
const browser = useBrowser()

type Violation = { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }

async function audit(page: Page): Promise<string[]> {
  // page.evaluate is not subject to the host page's CSP, unlike an injected <script>.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe
    const result = (await axe.run({ include: [['fahm-quiz']] }, {})) as { violations: unknown[]; passes: { nodes: { target: unknown[] }[] }[] }
    // Shadow DOM nodes have a target path (an array per shadow root): make sure axe looked inside.
    const inside = result.passes.flatMap((r) => r.nodes).filter((n) => Array.isArray(n.target[0])).length
    return { violations: result.violations, inside }
  })
  expect(violations.inside).toBeGreaterThan(20)
  return (violations.violations as Violation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${JSON.stringify(v.nodes.map((n) => n.target))}`)
}

describe('axe-core audit', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`has no serious or critical violations in ${lang === 'ar' ? 'Arabic' : 'English'}`, async () => {
      const page = await openFresh(browser.context, `${host}/element?lang=${lang}&article&hostile=0`)
      const w = page.locator('fahm-quiz')
      await w.locator('fieldset .p').waitFor()
      expect(await audit(page), 'question with article').toEqual([])

      await w.locator('input[type=radio]').nth(1).check()
      await w.locator('form button[type=submit]').click()
      await w.locator('.fb').waitFor()
      expect(await w.locator('mark').count()).toBe(1)
      expect(await audit(page), 'feedback and highlighted evidence').toEqual([])

      await page.goto(`${host}/element?lang=${lang}&mode=all&theme=dark&hostile=0`)
      await w.locator('fieldset .p').first().waitFor()
      expect(await audit(page), 'all questions, dark theme').toEqual([])

      // Finishing with questions unanswered asks first: the confirmation is audited too.
      await w.locator('.w > .row button').last().click()
      await w.locator('#cf').waitFor()
      expect(await audit(page), 'confirm finishing with unanswered questions').toEqual([])
      await w.locator('#cf button').first().click()
      await w.locator('#sc').waitFor()
      expect(await audit(page), 'score and review').toEqual([])
      await page.close()
    })
  }
})
