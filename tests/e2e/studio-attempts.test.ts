import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { STRINGS } from '../../src/studio/i18n.ts'
import { openFresh, useBrowser } from './browser.ts'
import { api, axeViolations, createClass, SEED_ARTICLE, seedQuiz } from './studio-helpers.ts'

/**
 * A teacher publishing from the studio with an assignment: "Attempts allowed" takes a whole number
 * from 1 to 20. 0, nothing, -1, 1.5 and 21 are said under the field in the studio's language, which
 * points to the message (aria-invalid, aria-describedby) and takes focus, and nothing is saved:
 * neither taken for 1 (as 0 and nothing were) nor sent to be refused after the quiz is published.
 * Real Chromium, real Worker, in Arabic and English.
 */

const fahm = inject('fahmUrl')
const browser = useBrowser()
const SLOW = { timeout: 30_000 }
const WRONG = ['0', '', '-1', '1.5', '21']

async function openAsTeacher(lang: 'ar' | 'en', id: string, ip: string): Promise<Page> {
  const cls = await createClass(fahm, `Attempts ${lang}`, ip)
  const present = { quiz: { ...seedQuiz(id), visibility: 'classroom' }, articleText: SEED_ARTICLE }
  const page = await openFresh(browser.context, `${fahm}/no-widget-here`)
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.evaluate(
    ([l, ws]) => {
      localStorage.setItem('fahm.teach.lang', JSON.stringify(l))
      localStorage.setItem('fahm.studio.workspace', ws)
    },
    [lang, JSON.stringify({ v: 1, present, base: null, saved: null, notes: [] })] as const,
  )
  await page.goto(`${fahm}/studio`)
  await page.locator('.workbench').waitFor(SLOW)
  await page.locator('input[name="publish-signin-role"][value="teacher"]').check()
  await page.locator('#publish-signin-class-id').fill(cls.classId)
  await page.locator('#publish-signin-key').fill(cls.teacherKey)
  await page.locator('#publish-signin-key').press('Enter')
  await page.locator('#asg-attempts').waitFor(SLOW)
  return page
}

describe('the attempts allowed, in the studio', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`${lang}: 0, nothing, -1, 1.5 or 21 is said beside the field and nothing is published; 3 is assigned as 3`, async () => {
      const t = STRINGS[lang]
      const message = t.attemptsInvalid(1, 20)
      const page = await openAsTeacher(lang, `studio-e2e-attempts-${lang}`, lang === 'ar' ? '127.0.0.171' : '127.0.0.172')
      const writes: string[] = []
      page.on('request', (r) => {
        if (r.method() !== 'GET' && /\/v1\/(quizzes|classes)/.test(r.url())) writes.push(`${r.method()} ${r.url()}`)
      })
      const field = page.locator('#asg-attempts')
      // Untouched: 1, and nothing said.
      expect(await field.inputValue()).toBe('1')
      expect(await field.getAttribute('aria-invalid')).toBeNull()
      expect(await page.locator('#asg-attempts-error').count()).toBe(0)

      for (const value of WRONG) {
        await field.fill(value)
        await page.locator('#publish-button').click()
        await expect.poll(() => page.locator('#asg-attempts-error').textContent(), SLOW).toBe(message)
        expect(await field.getAttribute('aria-invalid'), value).toBe('true')
        expect(await field.getAttribute('aria-describedby'), value).toBe('asg-attempts-error')
        expect(await page.evaluate(() => document.activeElement?.id), value).toBe('asg-attempts')
        // The message stands under the field, in the page's language, and no browser bubble speaks instead.
        const [fieldBox, messageBox] = [await field.boundingBox(), await page.locator('#asg-attempts-error').boundingBox()]
        expect(messageBox!.y).toBeGreaterThanOrEqual(fieldBox!.y + fieldBox!.height - 1)
        expect(await page.locator('#asg-attempts-error').evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe(lang)
      }
      if (lang === 'ar') expect(await axeViolations(page)).toEqual([])
      await page.waitForTimeout(500)
      expect(writes).toEqual([])
      expect(await page.locator('#publish-result').count()).toBe(0)

      // Corrected: the message goes as it is typed, and the assignment allows 3 attempts.
      await field.fill('3')
      await expect.poll(() => page.locator('#asg-attempts-error').count()).toBe(0)
      expect(await field.getAttribute('aria-invalid')).toBeNull()
      expect(await field.getAttribute('aria-describedby')).toBeNull()
      await page.locator('#publish-button').click()
      const code = (await page.getByTestId('assignment-code').textContent(SLOW))!
      const assignment = (await (await api(fahm, `/v1/assignments/${code}`)).json()) as { maxAttempts: number }
      expect(assignment.maxAttempts).toBe(3)
      await page.close()
    })
  }
})
