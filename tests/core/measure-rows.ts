import { describe, expect, it } from 'vitest'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import type { Question, Unit } from '../../src/core/quiz-schema.ts'

/**
 * Measures as an article writes them, each row one sentence: the drafter keys the quantity in its
 * unit, and a question on it (the sentence with the quantity blanked, as the drafter writes it)
 * accepts the natural right forms and refuses the wrong neighbours. Shared by the tables of units
 * (units-measures.test.ts, units-power.test.ts).
 */
export type MeasureRow = {
  /** A sentence of an article, and the quantity as it is written there. */
  text: string
  written: string
  value: number
  unit: Unit
  right: string[]
  wrong: string[]
}

/** The facts the drafter finds in a sentence, with the text each was read from. */
export function factsOf(text: string) {
  const { facts } = collectFacts([{ index: 0, heading: null, text }] as never)
  return facts.map((f) => ({ ...f, written: text.slice(f.mention.start, f.mention.end) }))
}

/** A fill-in-the-blank question on the quantity, as the drafter writes one. */
export function blankQuestion(row: MeasureRow): Question {
  const at = row.text.indexOf(row.written)
  const blanked = `${row.text.slice(0, at)}____${row.text.slice(at + row.written.length)}`
  const ar = /[\u0600-\u06FF]/u.test(row.text)
  const lang = ar ? 'ar' : 'en'
  return {
    id: 'q',
    type: 'numeric',
    skill: 'recall',
    points: 1,
    prompt: { [lang]: ar ? `أكمل الفراغ بحسب المقال: «${blanked}»` : `Fill in the blank from the article: “${blanked}”` },
    explanation: { [lang]: ar ? `جاء في المقال: «${row.text}»` : `The article says: “${row.text}”` },
    evidence: { paragraph: 0, quote: row.text },
    answer: { value: row.value, unit: row.unit, tolerance: 0 },
  } as Question
}

/** The two tables of a set of rows: the drafter's key of each, and the grader's verdicts on its answers. */
export function describeMeasureRows(rows: MeasureRow[], names: { keyed: string; graded: string }, minimum = { right: 1, wrong: 1 }) {
  describe(names.keyed, () => {
    it.each(rows)('«$written» in «$text» is $value $unit', ({ text, written, value, unit }) => {
      const facts = factsOf(text)
      const fact = facts.find((f) => f.written === written)
      expect(fact, `facts: ${facts.map((f) => `${f.written}=${f.value} ${f.unit}`).join(' | ')}`).toBeDefined()
      expect(fact!.unit).toBe(unit)
      expect(fact!.value).toBeCloseTo(value, 9)
    })
  })

  describe(names.graded, () => {
    it.each(rows)('$value $unit («$written»)', (row) => {
      expect(row.right.length).toBeGreaterThanOrEqual(minimum.right)
      expect(row.wrong.length).toBeGreaterThanOrEqual(minimum.wrong)
      const q = blankQuestion(row)
      for (const answer of row.right) expect(gradeQuestion(q, answer).score, `right: ${answer}`).toBe(1)
      for (const answer of row.wrong) expect(gradeQuestion(q, answer).score, `wrong: ${answer}`).toBe(0)
    })
  })
}
