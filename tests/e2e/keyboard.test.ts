import { readFileSync } from 'node:fs'
import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { focused, openFresh, useBrowser } from './browser.ts'

/**
 * A whole quiz answered with the keyboard only (Tab, Space, arrows, typing, Enter), in Arabic and
 * in English: every question gets feedback with the right verdict, then the final score is checked.
 */

const host = inject('hostUrl')
type FileQuestion = { id: string; type: string; answer: unknown; choices?: { id: string }[]; points?: number }
const quiz = JSON.parse(readFileSync(new URL('../../questions/kim-putin-beijing/quiz.json', import.meta.url), 'utf8')) as {
  questions: FileQuestion[]
}

type Plan = { choice?: number; ticks?: number[]; text?: string; correct: boolean }

/** How to answer each question: the key where nothing better is given, a few deliberately wrong. */
function plan(q: FileQuestion, lang: 'ar' | 'en'): Plan {
  const ids = q.choices?.map((c) => c.id) ?? []
  const wrong = new Set(['propaganda-victory', 'meeting-ended-coldly', 'kursk-construction-workers'])
  const ok = !wrong.has(q.id)
  switch (q.type) {
    case 'single': {
      const key = ids.indexOf(q.answer as string)
      return { choice: ok ? key : (key + 1) % ids.length, correct: ok }
    }
    case 'boolean':
      return { choice: (q.answer === true) === ok ? 0 : 1, correct: ok }
    case 'multiple':
      return { ticks: (q.answer as string[]).map((id) => ids.indexOf(id)), correct: true }
    case 'numeric': {
      if (q.id === 'meeting-duration') return { text: lang === 'ar' ? '١٥٠ دقيقة' : '150 minutes', correct: true }
      const value = (q.answer as { value: number }).value + (ok ? 0 : 1)
      return { text: lang === 'ar' ? value.toLocaleString('ar-u-nu-arab', { useGrouping: false }) : String(value), correct: ok }
    }
    default: {
      const accepted = (q.answer as { accepted: string[] }).accepted
      return { text: lang === 'ar' ? accepted[0]! : accepted.find((a) => /^[A-Za-z]/.test(a))!, correct: true }
    }
  }
}

const UI = {
  ar: { ok: 'إجابة صحيحة', no: 'إجابة غير صحيحة', next: 'التالي', check: 'تحقّق', finish: 'النتيجة', readAs: 'فهمنا إجابتك هكذا' },
  en: { ok: 'Correct', no: 'Not correct', next: 'Next', check: 'Check', finish: 'See score', readAs: 'We read your answer as' },
}

async function tabTo(page: Page, match: (f: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean, max = 12) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const f = await focused(page)
    if (f && match(f)) return f
  }
  throw new Error(`Tab never reached the element; focus is on ${JSON.stringify(await focused(page))}`)
}

const isInput = (f: { tag: string }) => f.tag === 'input'

const browser = useBrowser()

describe('keyboard only', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`answers the whole quiz in ${lang === 'ar' ? 'Arabic' : 'English'}`, async () => {
      const t = UI[lang]
      // Progress is kept per quiz in the host origin's localStorage: start afresh.
      const page = await openFresh(browser.context, `${host}/element?lang=${lang}&hostile=0`)
      await page.locator('fieldset .p').first().waitFor()
      let expected = 0
      const total = quiz.questions.length
      for (const [i, q] of quiz.questions.entries()) {
        const p = plan(q, lang)
        if (p.correct) expected += q.points ?? 1
        const progress = lang === 'ar' ? `${(i + 1).toLocaleString('ar-u-nu-arab')} / ${total.toLocaleString('ar-u-nu-arab')}` : `${i + 1} / ${total}`
        expect(await page.locator('.w > p.mu').textContent()).toContain(progress)

        let f = await tabTo(page, isInput)
        if (p.choice !== undefined) {
          expect(f.type).toBe('radio')
          await page.keyboard.press('Space')
          for (let k = 0; k < p.choice; k++) await page.keyboard.press('ArrowDown')
          f = (await focused(page))!
          expect(f.checked).toBe(true)
        } else if (p.ticks) {
          const count = q.choices!.length
          for (let k = 0; k < count; k++) {
            if (k > 0) f = await tabTo(page, isInput, 1)
            expect(f.type).toBe('checkbox')
            if (p.ticks.includes(k)) await page.keyboard.press('Space')
          }
        } else {
          expect(f.type).toBe('text')
          await page.keyboard.type(p.text!)
        }
        if (p.text !== undefined) {
          await page.keyboard.press('Enter')
        } else {
          await tabTo(page, (x) => x.tag === 'button' && x.text === t.check, 2)
          await page.keyboard.press('Enter')
        }
        // Focus moves to the feedback, which says whether the answer was right.
        await expect.poll(async () => (await focused(page))?.id, { timeout: 10_000 }).toBe(`fb-${q.id}`)
        const fb = (await focused(page))!
        // The verdict leads, after its mark (✓, ½ or ✗, hidden from screen readers).
        expect(fb.text.replace(/^[✓½✗]\s*/, '').startsWith(p.correct ? t.ok : t.no), `${q.id}: ${fb.text}`).toBe(true)
        if (q.type === 'numeric' || q.type === 'text') expect(fb.text).toContain(t.readAs)
        if (q.id === 'meeting-duration') expect(fb.text).toMatch(lang === 'ar' ? /(150|١٥٠) دقيقة/ : /150 minutes?/)

        if (i < total - 1) {
          await tabTo(page, (x) => x.tag === 'button' && x.text === t.next, 3)
          await page.keyboard.press('Enter')
          await expect.poll(async () => (await focused(page))?.className).toBe('p')
        } else {
          await tabTo(page, (x) => x.tag === 'button' && x.text === t.finish, 3)
          await page.keyboard.press('Enter')
        }
      }
      await expect.poll(async () => (await focused(page))?.id, { timeout: 10_000 }).toBe('sc')
      const score = await page.locator('.big').textContent()
      const fmt = (n: number) => (lang === 'ar' ? n.toLocaleString('ar-u-nu-arab') : String(n))
      // The score, then its rounded percentage in brackets, each isolated.
      const percent = `${fmt(Math.round((expected / total) * 100))}${lang === 'ar' ? '٪' : '%'}`
      expect(score).toBe(`\u2068${fmt(expected)}${lang === 'ar' ? ' من ' : ' of '}${fmt(total)}\u2069 (\u2068${percent}\u2069)`)
      expect(expected).toBe(total - 3)
      expect(await page.locator('.rv li').count()).toBe(total)
      await page.close()
    })
  }
})
