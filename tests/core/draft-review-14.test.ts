import { describe, expect, it } from 'vitest'
import { withoutUnpairedQuotes } from '../../src/core/draft/excerpt.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { REVIEW_13_ARTICLES } from './draft-review-13-articles.ts'
import { REVIEW_14_ARTICLES } from './draft-review-14-articles.ts'
import { expectEditorsDraft, promptOf } from './draft-test-helpers.ts'

/**
 * The fourteenth review of the drafter: the thirteenth's leftovers, each a general rule with its wrong neighbours. A
 * wrong day of a list of dates broke the list's order and so pointed to the answer (`____ and 15 February` offered 19);
 * a quotation ending an excerpt lost its marks («Its chief executive, ____, said: Fares are going up…»).
 */

const drafts = new Map(REVIEW_14_ARTICLES.map((a) => [a.name, draftQuiz(a.text, { lang: a.lang })]))
const quizOf = (name: string) => drafts.get(name)!.quiz

describe('a wrong day of a list of dates keeps the list’s order', () => {
  // Each row: an article, the question asking a listed day as a choice, the days listed before and after it.
  const rows: { article: string; id: string; after: number; before: number }[] = [
    { article: 'strike-days-ar', id: 'choice-date-321', after: 20, before: 26 },
    { article: 'strike-days-en', id: 'choice-date-314', after: 11, before: 16 },
    { article: 'strike-days-20-en', id: 'choice-date-321', after: 20, before: 26 },
  ]
  it.each(rows)('$article', ({ article, id, after, before }) => {
    const q = quizOf(article).questions.find((x) => x.id === id)
    expect(q?.type).toBe('single')
    if (q?.type !== 'single') return
    const days = q.choices.map((c) => Number.parseInt(String(Object.values(c.text)[0]), 10))
    expect(days.length).toBeGreaterThanOrEqual(3)
    for (const day of days) {
      expect(day).toBeGreaterThan(after)
      expect(day).toBeLessThan(before)
    }
    expectEditorsDraft(quizOf(article), 3)
  })

  // Wrong neighbours: a day of another month, or one written apart from the list, keeps its wider ladder.
  it('a day of another month is no neighbour of the list', () => {
    const text = `Rail strikes called\n\nTalks failed on 9 February, 14 March, the union said after 2,000 members voted for action.\n\nThe operator said 300,000 passengers would be affected.`
    const questions = draftQuiz(text, { lang: 'en' }).quiz.questions
    const asked = questions.filter((q) => q.id.includes('date-209') || q.id.includes('date-314'))
    expect(asked.length).toBeGreaterThan(0)
    for (const q of asked) if (q.type === 'single') expect(q.choices.some((c) => Number.parseInt(String(Object.values(c.text)[0]), 10) > 14)).toBe(true)
  })
})

describe('a quotation ending an excerpt keeps its marks where the prompt can show them', () => {
  it('English: the quotation inside the prompt’s quotation, in single marks', () => {
    const q = quizOf('fares-en').questions.find((x) => x.id === 'percent-4')
    expect(promptOf(q!)).toMatch(/said: ‘Fares are going up by ____ because costs are going up\.’”$/u)
    expectEditorsDraft(quizOf('fares-en'), 2)
  })
  it('Arabic: no mark closes twice', () => {
    for (const q of quizOf('fares-ar').questions) expect(promptOf(q)).not.toMatch(/»»|««/u)
    expectEditorsDraft(quizOf('fares-ar'), 2)
  })

  // Each row: an excerpt, what it keeps when a quotation ending it keeps its marks (a statement, an English prompt).
  const rows: [string, string][] = [
    ['said: “Fares are going up.”', 'said: “Fares are going up.”'],
    ['قال: «سنبقى حذرين إذا استدعت ظروف السوق ذلك»', 'قال: «سنبقى حذرين إذا استدعت ظروف السوق ذلك»'],
    // Wrong neighbours: marks a cut left unpaired still go.
    ['مضيفًا أن «الكشف يضيف صفحة جديدة', 'مضيفًا أن الكشف يضيف صفحة جديدة'],
    ['ذلك في الربع الماضي»', 'ذلك في الربع الماضي'],
    ['he said “we are ready', 'he said we are ready'],
  ]
  it.each(rows)('%s', (input, output) => expect(withoutUnpairedQuotes(input, true)).toBe(output))
})

describe('the lead’s fact the headline is about is asked before its sentence’s other facts', () => {
  const fair = REVIEW_13_ARTICLES.find((a) => a.name === 'book-fair-eg')!
  const body = fair.text.slice(fair.text.indexOf('\n\n'))
  // Each row: a headline over the book fair story, and whether its 4.8 million visitors are asked.
  const rows: [headline: string, asked: boolean][] = [
    ['معرض القاهرة الدولي للكتاب يسجل رقماً قياسياً في عدد الزوار', true],
    ['إقبال قياسي من الزوار على معرض القاهرة للكتاب', true],
    // Wrong neighbours: a headline about another thing, and one giving the number away.
    ['معرض القاهرة الدولي للكتاب يختتم دورته السابعة والخمسين', false],
    ['معرض القاهرة للكتاب يستقبل 4.8 مليون زائر', false],
  ]
  it.each(rows)('%s', (headline, asked) => {
    const { quiz } = draftQuiz(`${headline}${body}`, { lang: 'ar' })
    expect(quiz.questions.some((q) => q.id.endsWith('-4800000'))).toBe(asked)
    expectEditorsDraft(quiz, 10)
  })
})
