import { findDates } from './date-words.ts'
import { decodeDate, encodeDate } from './dates.ts'
import type { NumericQuestion } from './numeric-quote.ts'
import type { Question } from './quiz-schema.ts'

/**
 * A date the quote gives without its year inside a range that ends with one: «من 22 يناير إلى 3 فبراير 2026».
 * The year is the range's, so a reader's `22 يناير 2026` is the key and `22 يناير 2025` is not.
 */

// Words that join the two ends of a range of dates: «من 22 يناير إلى 3 فبراير 2026», `from 22 to 31 May 2026`.
const RANGE_WORDS = /(?<=^|\s)(?:إلى|الى|حتى|لغاية|to|until|till|through)(?=\s)|\s[-–—](?=\s)/gu
// How many words a range's ends may take beside its word: `22 January`, `Friday 3 February 2026`.
const RANGE_END_WORDS = 5

/**
 * The key of a date without a year with the year the quote's range gives it: «من 22 يناير إلى 3 فبراير
 * 2026» dates the 22 January 2026 (and 28 December in a range to 3 January 2026, 2025). The key must end
 * the words before the range's word and a date with a year start those after it; null otherwise, or when
 * the key has a year.
 */
export function rangeYearKey(question: NumericQuestion): number | null {
  let dated = rangeYearKeys.get(question)
  if (dated === undefined) {
    dated = readRangeYearKey(question)
    rangeYearKeys.set(question, dated)
  }
  return dated
}

// Each question's key dated by its quote's range, once per question.
const rangeYearKeys = new WeakMap<Question, number | null>()

function readRangeYearKey(question: NumericQuestion): number | null {
  const key = decodeDate(question.answer.value)
  if (key === null || key.year !== undefined || key.day === undefined) return null
  const quote = question.evidence.quote
  for (const m of quote.matchAll(RANGE_WORDS)) {
    const before = findDates(quote.slice(0, m.index).trim().split(/\s+/).slice(-RANGE_END_WORDS).join(' ')).at(-1)
    const end = findDates(
      quote
        .slice(m.index + m[0].length)
        .trim()
        .split(/\s+/)
        .slice(0, RANGE_END_WORDS)
        .join(' '),
    )[0]
    if (before === undefined || before.year !== undefined || before.month !== key.month || before.day !== key.day) continue
    if (end?.year === undefined || end.month === undefined) continue
    const endsBefore = end.month < key.month! || (end.month === key.month && (end.day ?? 31) < key.day)
    return encodeDate({ ...key, year: endsBefore ? end.year - 1 : end.year })
  }
  return null
}
