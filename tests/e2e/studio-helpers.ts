import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'

/** Shared steps of the studio's browser tests (studio*.test.ts). */

export const SEED_ARTICLE = readFileSync(new URL('../../questions/kim-putin-beijing/article.ar.txt', import.meta.url), 'utf8')

/** A short English news article with numbers and names, for a second draft. */
export const ENGLISH_ARTICLE = `City opens new library after three years of work
The new central library in Riverside opened on Monday after three years of construction. Mayor Ana Lopez cut the ribbon in front of about 2,000 residents.
The building holds 250,000 books and has 40 study rooms. It cost 45 million dollars, most of it paid by the national government.
Officials expect 1,500 visitors a day in the first month. The old library, which served the city for 60 years, will become a museum.`

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** Every axe-core violation on the page as it is now, whatever its impact (open shadow roots included). */
export async function axeViolations(page: Page): Promise<string[]> {
  // page.evaluate is not subject to the page's CSP, unlike an injected <script>.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[] }
    const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<Result> } }).axe
    const result = await axe.run(document)
    return result.violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${JSON.stringify(v.nodes.map((n) => n.target))}`)
  })
}

/** Pastes an article into the new-quiz form and drafts it; resolves once the editor shows. */
export async function draftArticle(page: Page, text: string): Promise<void> {
  await page.locator('#new-article').fill(text)
  await page.locator('form.new-quiz button[type=submit]').click()
  await page.locator('.workbench').waitFor({ timeout: 30_000 })
}

/** The working draft as the studio keeps it in localStorage. */
export async function storedDraft(
  page: Page,
): Promise<{ present: { quiz: { id: string; lang: 'ar' | 'en'; questions: Record<string, unknown>[] }; articleText: string } }> {
  await expect.poll(() => page.evaluate(() => localStorage.getItem('fahm.studio.workspace') !== null)).toBe(true)
  return page.evaluate(() => JSON.parse(localStorage.getItem('fahm.studio.workspace')!))
}

/** The index of the first question of the draft for which `match` holds. */
export async function questionIndex(page: Page, match: (q: Record<string, unknown>) => boolean): Promise<number> {
  // Wait for the debounced save, then read the questions as stored.
  await page.waitForTimeout(300)
  const questions = (await storedDraft(page)).present.quiz.questions
  const index = questions.findIndex(match)
  expect(index).toBeGreaterThanOrEqual(0)
  return index
}

/**
 * Selects `quote` in paragraph `paragraph` of the rendered article with the mouse: a press on its
 * first character and a drag to its last, as a person does (right to left in Arabic).
 */
export async function selectWithMouse(page: Page, paragraph: number, quote: string): Promise<void> {
  const points = await page.evaluate(
    ([index, text]) => {
      const p = document.querySelector(`[data-paragraph="${index}"]`)!
      const full = p.textContent ?? ''
      const start = full.indexOf(text)
      if (start < 0) throw new Error(`"${text}" is not in paragraph ${index}`)
      const end = start + text.length
      const at = (offset: number) => {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
        let seen = 0
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const length = n.textContent!.length
          if (offset < seen + length) return { node: n, offset: offset - seen }
          seen += length
        }
        throw new Error('offset past the paragraph')
      }
      const rectOf = (offset: number) => {
        const { node, offset: o } = at(offset)
        const range = document.createRange()
        range.setStart(node, o)
        range.setEnd(node, o + 1)
        range.startContainer.parentElement!.scrollIntoView({ block: 'center' })
        return range.getClientRects()[0]!
      }
      const rtl = getComputedStyle(p).direction === 'rtl'
      const first = rectOf(start)
      const last = rectOf(end - 1)
      return {
        from: { x: rtl ? first.right - 0.5 : first.left + 0.5, y: first.top + first.height / 2 },
        to: { x: rtl ? last.left + 0.5 : last.right - 0.5, y: last.top + last.height / 2 },
      }
    },
    [paragraph, quote] as const,
  )
  await page.mouse.move(points.from.x, points.from.y)
  await page.mouse.down()
  await page.mouse.move(points.to.x, points.to.y, { steps: 8 })
  await page.mouse.up()
}

/** Presses Tab (Shift+Tab when `back`) until `target` has focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, { max = 200, back = false } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false)) return
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`Tab never reached ${target}`)
}

/** An API call with the editor token or a teacher key. */
export async function api(base: string, path: string, init: { method?: string; key?: string; body?: unknown; ip?: string } = {}): Promise<Response> {
  const headers: Record<string, string> = { 'CF-Connecting-IP': init.ip ?? '127.0.0.61' }
  if (init.key) headers.Authorization = `Bearer ${init.key}`
  if (init.body !== undefined) headers['Content-Type'] = 'application/json'
  return fetch(base + path, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) })
}

/** A new class, as /teach makes one. */
export async function createClass(base: string, name: string, ip: string): Promise<{ classId: string; teacherKey: string }> {
  const res = await api(base, '/v1/classes', { method: 'POST', body: { name }, ip })
  expect(res.status).toBe(201)
  return (await res.json()) as { classId: string; teacherKey: string }
}

/** The seed quiz file (with both languages), for quizzes saved through the API. */
export function seedQuiz(id: string): Record<string, unknown> {
  const file = JSON.parse(readFileSync(new URL('../../questions/kim-putin-beijing/quiz.json', import.meta.url), 'utf8')) as Record<string, unknown>
  const { $schema: _s, article: _a, version: _v, ...body } = file
  return { ...body, id }
}

/** An editor body of the seed quiz under `id`. */
export function seedBody(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...seedQuiz(id), articleText: SEED_ARTICLE, ...extra }
}

/**
 * The PUTs of a page: their If-Match and status. Each is recorded after its headers are read, which may be after the
 * page has shown the save's outcome: assertions on them poll.
 */
export function watchSaves(page: Page): { ifMatch: string | null; status: number }[] {
  const saves: { ifMatch: string | null; status: number }[] = []
  page.on('response', async (res) => {
    if (res.request().method() === 'PUT' && res.url().includes('/v1/quizzes/')) {
      saves.push({ ifMatch: (await res.request().allHeaders())['if-match'] ?? null, status: res.status() })
    }
  })
  return saves
}
