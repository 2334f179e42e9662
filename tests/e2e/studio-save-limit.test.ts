import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { STRINGS } from '../../src/studio/i18n.ts'
import { RATE_LIMIT_POLICIES } from '../../src/worker/rate-limit-policies.ts'
import { openFresh, useBrowser } from './browser.ts'
import { api, createClass, SEED_ARTICLE, seedBody, seedQuiz } from './studio-helpers.ts'

/**
 * A save the server refuses for the `quiz-writes` rate limit (429 `rate-limited`): the studio says
 * so in the editor's language, with when to save again. Real Chromium, real Worker (wrangler.toml's
 * quota, which equals the registry's default: tests/core/rate-limit-policies.test.ts).
 */

const fahm = inject('fahmUrl')
const browser = useBrowser({ viewport: { width: 1280, height: 900 }, locale: 'ar' })
const quota = RATE_LIMIT_POLICIES.quizWrites.defaultLimit

/** The message for any whole number of minutes an hour's window can leave. */
const limitedTexts = (lang: 'ar' | 'en') => Array.from({ length: 60 }, (_, i) => STRINGS[lang].savesLimited(i + 1, true))

/** Changes the title and saves in the page's language; the publish section must say the save was refused for the limit. */
async function saveRefused(page: Page, lang: 'ar' | 'en'): Promise<void> {
  const t = STRINGS[lang]
  const details = page.getByRole('button', { name: t.quizDetails })
  if ((await details.getAttribute('aria-expanded')) !== 'true') await details.click()
  await page.locator('#f-title-ar').fill(`عنوان ${crypto.randomUUID().slice(0, 6)}`)
  const publish = page.locator('#publish')
  await publish.getByRole('button', { name: t.saveNewVersion }).click()
  const texts = limitedTexts(lang)
  await expect.poll(() => publish.getByRole('alert').textContent()).toSatisfy((text) => texts.includes(text as string))
}

describe('a save past the quiz-writes quota', () => {
  it('tells the teacher, in Arabic and in English, that saving with the class key is paused and when to save again', async () => {
    const cls = await createClass(fahm, 'صف الحدّ', '127.0.0.91')
    const id = `studio-e2e-limit-${crypto.randomUUID().slice(0, 6)}`
    expect((await api(fahm, '/v1/quizzes', { method: 'POST', key: cls.teacherKey, body: seedBody(id, { visibility: 'classroom' }) })).status).toBe(201)
    // The rest of the class's hour, spent on deletes of ids nobody has (each one counts).
    for (let spent = 1; spent < quota; spent += 25) {
      const batch = Array.from({ length: Math.min(25, quota - spent) }, (_, i) =>
        api(fahm, `/v1/quizzes/nobody-${spent + i}-${id}`, { method: 'DELETE', key: cls.teacherKey }).then((r) => r.status),
      )
      expect(new Set(await Promise.all(batch))).toEqual(new Set([404]))
    }

    const page = await openFresh(browser.context, `${fahm}/studio`)
    const form = page.locator('form.signin:has([name="signin-role"])')
    await form.getByLabel('معلّمًا (مفتاح صفّك)').check()
    await form.locator('#signin-class-id').fill(cls.classId)
    await form.locator('#signin-key').fill(cls.teacherKey)
    await form.getByRole('button', { name: 'ادخل' }).click()
    await page.getByRole('row').filter({ hasText: id }).waitFor()
    // The quiz as the studio keeps it after opening it: saved as version 1.
    const present = { quiz: { ...seedQuiz(id), visibility: 'classroom' }, articleText: SEED_ARTICLE }
    const saved = { id, version: 1, visibility: 'classroom', origin: 'api', readOnly: false, stale: [], ownerClassId: cls.classId }
    await page.evaluate((stored) => localStorage.setItem('fahm.studio.workspace', stored), JSON.stringify({ v: 1, present, base: present, saved, notes: [] }))
    await page.reload()

    await saveRefused(page, 'ar')
    await page.getByRole('button', { name: STRINGS.ar.switchTo }).click()
    await saveRefused(page, 'en')

    // Nothing was saved; reading the quiz is not limited.
    const source = await api(fahm, `/v1/quizzes/${id}/source`, { key: cls.teacherKey })
    expect(source.status).toBe(200)
    expect(((await source.json()) as { version: number }).version).toBe(1)
    await page.close()
  })
})
