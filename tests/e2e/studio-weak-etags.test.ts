import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { STRINGS } from '../../src/studio/i18n.ts'
import { openFresh, useBrowser } from './browser.ts'
import { api, seedBody, watchSaves } from './studio-helpers.ts'

/**
 * The studio behind a CDN that compresses the API's answers and so weakens their ETags (`"v1"`
 * arrives as `W/"v1"`: Cloudflare does it unless the zone respects strong ETags). If-Match compares
 * strongly, so a weak tag sent back never matches: the studio sends the version's tag strong, and
 * saving twice in a row works. The Worker itself stays strict (tests/worker/problem-detail.test.ts).
 * Real Chromium, real Worker; the CDN is played by the page's request routing, which rewrites the
 * ETag of every answer of /v1/quizzes… and nothing else.
 */

const fahm = inject('fahmUrl')
const token = inject('editorToken')
const browser = useBrowser()
const SLOW = { timeout: 30_000 }

/** Every answer of the quiz routes with its ETag made weak, as a compressing CDN passes it on. */
async function behindWeakeningCdn(page: Page): Promise<void> {
  await page.route(/\/v1\/quizzes(\/|$|\?)/, async (route) => {
    const response = await route.fetch()
    const headers = response.headers()
    if (headers.etag && !headers.etag.startsWith('W/')) headers.etag = `W/${headers.etag}`
    await route.fulfill({ response, headers })
  })
}

describe('a CDN weakens the ETags', () => {
  it('the studio saves a quiz twice in a row, each over the version it last saved', async () => {
    const t = STRINGS.en
    const id = 'studio-e2e-weak-etag'
    expect((await api(fahm, '/v1/quizzes', { method: 'POST', key: token, body: seedBody(id) })).status).toBe(201)

    const page = await openFresh(browser.context, `${fahm}/no-widget-here`)
    await page.evaluate(() => localStorage.setItem('fahm.teach.lang', JSON.stringify('en')))
    await behindWeakeningCdn(page)
    await page.goto(`${fahm}/studio`)
    await page.locator('#signin-token').fill(token)
    await page.locator('#signin-token').press('Enter')
    const sourceRead = page.waitForResponse((res) => res.url().endsWith(`/v1/quizzes/${id}/source`))
    await page.getByRole('row').filter({ hasText: id }).getByRole('button').click(SLOW)
    // What the studio was handed is the weak tag.
    expect((await sourceRead).headers().etag).toBe('W/"v1"')
    await page.locator('.workbench').waitFor(SLOW)
    const saves = watchSaves(page)

    await page.locator('#details-title').click()
    await page.locator('#f-title-ar').fill('عنوان أول بعد الشبكة')
    await page.locator('#publish-button').click()
    await expect.poll(() => page.locator('#publish-result').textContent(), SLOW).toBe(t.publishedVersion(2))

    await page.locator('#f-title-ar').fill('عنوان ثان بعد الشبكة')
    await page.locator('#publish-button').click()
    await expect.poll(() => page.locator('#publish-result').textContent(), SLOW).toBe(t.publishedVersion(3))
    await expect
      .poll(() => saves, SLOW)
      .toEqual([
        { ifMatch: '"v1"', status: 200 },
        { ifMatch: '"v2"', status: 200 },
      ])
    await page.close()
  })
})
