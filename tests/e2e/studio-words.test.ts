import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { STRINGS } from '../../src/studio/i18n.ts'
import { openFresh, useBrowser } from './browser.ts'
import { SEED_ARTICLE } from './studio-helpers.ts'

/**
 * The studio's words, in real Chromium, in Arabic and English: a source URL that is not a web
 * address (no http:// or https://) is said on the new-quiz form in the studio's language, the field
 * pointing to the message, before anything is drafted (the browser's own "Please enter a URL." spoke
 * its language and nothing else, and ftp:// went through to fail later); the English list of quizzes
 * labels a file quiz in sentence case. The browser's language is the other one, so a message of its
 * own would show.
 */

const fahm = inject('fahmUrl')
const token = inject('editorToken')
const SLOW = { timeout: 30_000 }

for (const lang of ['ar', 'en'] as const) {
  describe(`the studio in ${lang}`, () => {
    const browser = useBrowser({ locale: lang === 'ar' ? 'en-US' : 'ar' })
    const t = STRINGS[lang]

    async function openStudio(): Promise<Page> {
      const page = await openFresh(browser.context, `${fahm}/no-widget-here`)
      await page.setViewportSize({ width: 1280, height: 900 })
      await page.evaluate((l) => localStorage.setItem('fahm.teach.lang', JSON.stringify(l)), lang)
      await page.goto(`${fahm}/studio`)
      await page.locator('#new-article').waitFor(SLOW)
      return page
    }

    it('says a source URL that is no web address is one, beside the field, and drafts nothing', async () => {
      const page = await openStudio()
      const drafts: string[] = []
      page.on('request', (r) => {
        if (r.url().includes('/v1/drafts')) drafts.push(r.url())
      })
      await page.locator('#new-article').fill(SEED_ARTICLE)
      const url = page.locator('#new-url')
      for (const value of ['example.com/news', 'ftp://example.com/news', 'javascript:alert(1)']) {
        await url.fill(value)
        await page.locator('#new-quiz-submit').click()
        await expect.poll(() => page.locator('#new-quiz-error').textContent(), SLOW).toBe(t.sourceUrlInvalid)
        expect(await url.getAttribute('aria-invalid'), value).toBe('true')
        expect((await url.getAttribute('aria-describedby'))!.split(' '), value).toContain('new-quiz-error')
        expect(await page.evaluate(() => document.activeElement?.id), value).toBe('new-url')
      }
      expect(drafts).toEqual([])
      // A web address: drafted, the source kept.
      await url.fill('https://example.com/news')
      await page.locator('#new-quiz-submit').click()
      await page.locator('.workbench').waitFor(SLOW)
      expect(drafts).toHaveLength(1)
      await page.close()
    })

    it('labels a file quiz in the list in sentence case', async () => {
      const page = await openStudio()
      await page.locator('#signin-token').fill(token)
      await page.locator('#signin-token').press('Enter')
      const badge = page.getByRole('row').filter({ hasText: 'kim-putin-beijing' }).locator('.badge').first()
      await badge.waitFor(SLOW)
      expect(await badge.innerText()).toBe(t.fileQuiz)
      if (lang === 'en') expect(await badge.innerText()).toBe('File in the repository')
      await page.close()
    })
  })
}
