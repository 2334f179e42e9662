import { findDates } from './date-words.ts'
import { dateMatches, decodeDate, encodeDate } from './dates.ts'
import { formatDate } from './describe.ts'
import type { ContentFinding as Finding } from './content-issue.ts'
import { findNumbers, withThousandsDots } from './numbers.ts'
import type { Question } from './quiz-schema.ts'
import { sharesStated } from './shares.ts'
import { isCurrency, UNITS, type Unit } from './unit-names.ts'
import { convert, findQuantities } from './units.ts'

/**
 * The content check `numeric-answer-in-evidence` (content-checks.ts): a numeric question's quote states
 * its answer, in its unit or a convertible one, or adds up to it. In a module of its own, without the
 * quiz schema's zod, because the drafter asks it of every numeric question it composes.
 */

/** The answer value as it could be written in the quote: in its own unit and every convertible one. */
function valuesInUnits(value: number, unit: Unit): number[] {
  return UNITS.map((other) => convert(value, unit, other)).filter((v): v is number => v !== null)
}

const MAX_SUMMED_NUMBERS = 12

/** The `numeric-answer-in-evidence` findings of question `i` (none when its quote states its answer, or adds up to it). */
export function numericAnswerInEvidence(q: Question, i: number): Finding[] {
  if (q.type !== 'numeric') return []
  if (q.answer.unit === 'date') return dateAnswerInEvidence(q.answer.value, q.evidence.quote, i)
  const { value, unit } = q.answer
  const targets = valuesInUnits(value, unit)
  const found = numbersStated(q.evidence.quote, unit)
  if (found.some((n) => targets.some((t) => same(n, t)))) return []
  if (unit === 'percent' && sharesStated(q.evidence.quote, value).some((n) => same(n, value))) return []
  // A quote whose dots group thousands (`6.000 جندي` for 6000), as the grader reads an answer so.
  const grouped = withThousandsDots(q.evidence.quote)
  if (grouped !== null && numbersStated(grouped, unit).some((n) => targets.some((t) => same(n, t)))) return []
  if (compoundQuantities(q.evidence.quote, unit).some((total) => same(total, value))) return []
  if (clockDurations(q.evidence.quote, unit).some((total) => same(total, value))) return []
  // An inference question may ask for what the quote implies without stating it, e.g. a total
  // of the parts it lists: accept a sum of two or more of the numbers it contains.
  if (q.skill === 'inference' && targets.some((t) => isSubsetSum(found, t))) return []
  const read = found.length > 0 ? `numbers read in it: ${found.join(', ')}` : 'no number read in it'
  const hint = q.skill === 'inference' ? 'nor is it a sum of them' : 'if it is derived from them, make the question an inference question'
  return [
    {
      path: `questions[${i}].answer.value`,
      message: `${value} ${unit} is not in the evidence quote (${read}); ${hint}`,
    },
  ]
}

/**
 * The numbers a quote states, read for an answer in `unit`: of money, a currency's parts are parts of
 * it (`99 cents` is 0.99 of a dollar, `45p` 0.45 of a pound, «٢٥ فلساً» 0.025 of a dinar, and with the
 * whole amount before them, «3 دنانير و500 فلس» is 3.5), never as many whole ones (`unit-words.ts` says
 * what each part is worth).
 */
function numbersStated(quote: string, unit: Unit): readonly number[] {
  const key = `${unit} ${quote}`
  let numbers = STATED.get(key)
  if (numbers === undefined) {
    if (STATED.size >= STATED_MAX) STATED.clear()
    STATED.set(key, (numbers = readNumbersStated(quote, unit)))
  }
  return numbers
}

// The numbers of a quote, read once for every question quoting it (a drafted article's facts of one sentence, the
// studio's checks at every keystroke). Bounded, emptied when full.
const STATED = new Map<string, readonly number[]>()
const STATED_MAX = 2000

function readNumbersStated(quote: string, unit: Unit): number[] {
  const numbers = findNumbers(quote)
  if (!isCurrency(unit)) return numbers
  const quantities = findQuantities(quote)
  quantities.forEach((q, k) => {
    if (!q.part) return
    const at = numbers.findIndex((n) => same(n, q.part!.count))
    if (at >= 0) numbers.splice(at, 1)
    const worth = q.part.worth[unit]
    if (worth === undefined) return
    const parts = q.part.count * worth
    numbers.push(parts)
    const whole = quantities[k - 1]
    if (whole && !whole.part && whole.units.includes(unit) && parts < 1) numbers.push(whole.value + parts)
  })
  return numbers
}

/**
 * The totals of quantities written as one compound, each part a smaller unit than the one before
 * (`60 minutes 41 seconds`, `2 hours 16 minutes 34 seconds`), in `unit`.
 */
function compoundQuantities(quote: string, unit: Unit): number[] {
  const parts = findQuantities(quote)
  const inUnit = (k: number) => {
    const part = parts[k]!
    return part.unit === null ? null : convert(part.value, part.unit, unit)
  }
  // Whether part k is of a smaller unit than part k - 1 (minutes after hours).
  const smaller = (k: number) => {
    const [before, part] = [parts[k - 1]!.unit, parts[k]!.unit]
    return before !== null && part !== null && (convert(1, part, before) ?? 1) < 1
  }
  const totals: number[] = []
  for (let a = 0; a < parts.length; a++) {
    let total = inUnit(a)
    for (let b = a + 1; b < parts.length && total !== null && smaller(b); b++) {
      const part = inUnit(b)
      if (part === null) break
      total += part
      totals.push(total)
    }
  }
  return totals
}

const CLOCK_NOTATION = /(?<![\d:.])(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?![\d:])/gu

/** Times in clock notation (`2:05:42` hours, minutes and seconds; `4:03` hours and minutes or minutes and seconds), in `unit`. */
function clockDurations(quote: string, unit: Unit): number[] {
  const totals: number[] = []
  for (const [, a, b, c] of quote.matchAll(CLOCK_NOTATION)) {
    const readings: [number, Unit][] = [[Number(a) + Number(b) / 60 + Number(c ?? 0) / 3600, 'hour']]
    if (c === undefined) readings.push([Number(a) + Number(b) / 60, 'minute'])
    for (const [v, from] of readings) {
      const total = convert(v, from, unit)
      if (total !== null) totals.push(total)
    }
  }
  return totals
}

/**
 * A date answer appears in its quote as a date a student could write for it (`8 سبتمبر 2023`,
 * `الثامن من أيلول`, `8/9/2023` for 20230908: the quote may leave out the year), or, for a year,
 * as that number (`عام 1900`, `in 1900`).
 */
function dateAnswerInEvidence(value: number, quote: string, i: number): Finding[] {
  const dates = findDates(quote).map(encodeDate)
  if (dates.some((d) => dateMatches(value, d))) return []
  const key = decodeDate(value)
  const numbers = findNumbers(quote)
  if (key?.month === undefined && numbers.includes(key?.year ?? Number.NaN)) return []
  const read = dates.length > 0 ? `dates read in it: ${dates.map((d) => formatDate(d, 'en')).join(', ')}` : 'no date read in it'
  return [
    {
      path: `questions[${i}].answer.value`,
      message: `${value} (${formatDate(value, 'en')}) is not in the evidence quote (${read}); a date is encoded YYYYMMDD with 00 for an unknown part`,
    },
  ]
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b))
}

/** Whether two or more of the numbers (each used at most once) add up to the target. */
function isSubsetSum(numbers: readonly number[], target: number): boolean {
  if (numbers.length < 2 || numbers.length > MAX_SUMMED_NUMBERS) return false
  for (let mask = 1; mask < 1 << numbers.length; mask++) {
    let count = 0
    let sum = 0
    for (let k = 0; k < numbers.length; k++) {
      if (mask & (1 << k)) {
        count++
        sum += numbers[k]!
      }
    }
    if (count >= 2 && same(sum, target)) return true
  }
  return false
}
