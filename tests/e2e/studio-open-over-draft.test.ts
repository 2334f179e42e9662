import { describe, expect, inject, it } from 'vitest'
import { STRINGS } from '../../src/studio/i18n.ts'
import { openFresh, useBrowser } from './browser.ts'
import { answerConfirm, nativeDialogs } from './confirm-dialog.ts'
import { api, draftArticle, ENGLISH_ARTICLE, SEED_ARTICLE, seedBody, storedDraft } from './studio-helpers.ts'

/**
 * Opening a saved quiz from the list while an unsaved draft is in the studio: the page asks first
 * (its own dialog, in the studio's language); Cancel or Escape keeps the draft as it was, going
 * ahead opens the saved quiz in its place. Real Chromium at phone width, real Worker.
 */

const fahm = inject('fahmUrl')
const token = inject('editorToken')
const browser = useBrowser({ viewport: { width: 390, height: 844 } })
const SLOW = { timeout: 30_000 }

describe('opening a saved quiz over an unsaved draft', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`${lang}: asks first; Cancel and Escape keep the draft, going ahead opens the saved quiz`, async () => {
      const t = STRINGS[lang]
      const id = `studio-e2e-open-over-${lang}-${crypto.randomUUID().slice(0, 6)}`
      expect((await api(fahm, '/v1/quizzes', { method: 'POST', key: token, body: seedBody(id) })).status).toBe(201)
      const page = await openFresh(browser.context, `${fahm}/no-widget-here`)
      await page.evaluate((l) => localStorage.setItem('fahm.teach.lang', JSON.stringify(l)), lang)
      await page.goto(`${fahm}/studio`)
      const native = nativeDialogs(page)

      // An unsaved draft, then back to the list, signed in as the editor.
      await draftArticle(page, lang === 'ar' ? SEED_ARTICLE : ENGLISH_ARTICLE)
      const draft = await storedDraft(page)
      expect(draft.present.quiz.id).not.toBe(id)
      await page.locator('.toolbar').getByRole('button', { name: t.allQuizzes }).click()
      await page.locator('#signin-token').fill(token)
      await page.locator('#signin-token').press('Enter')
      const open = page.getByRole('row').filter({ hasText: id }).getByRole('button')
      await open.waitFor(SLOW)

      // Cancel, then Escape: nothing changes, focus back on the button that asked.
      for (const answer of [t.cancel, 'Escape']) {
        await open.click()
        expect(await answerConfirm(page, answer, { audit: answer === 'Escape' })).toBe(t.replaceDraft)
        expect(await open.evaluate((el) => el === document.activeElement)).toBe(true)
        expect(await page.locator('.workbench').count()).toBe(0)
        expect((await storedDraft(page)).present).toEqual(draft.present)
      }

      // Going ahead (by keyboard): the saved quiz replaces the draft.
      await open.focus()
      await page.keyboard.press('Enter')
      await answerConfirm(page, t.replaceDraftButton, { keyboard: true })
      await page.locator('.workbench').waitFor(SLOW)
      await expect.poll(async () => (await storedDraft(page)).present.quiz.id, SLOW).toBe(id)
      expect(native).toEqual([])
      await page.close()
    })
  }
})
