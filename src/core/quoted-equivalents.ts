import { sameStem } from './context-words.ts'
import { foldLetters } from './normalize.ts'
import { lookupWord } from './numbers-lexicon.ts'
import { findNumbers, parseNumber } from './numbers.ts'
import type { Question, Unit } from './quiz-schema.ts'
import { convert, dimensionOf, parseQuantity, type ParseQuantityOptions } from './units.ts'

/**
 * The key as the evidence quote restates it in another unit, in brackets right after it: «142
 * millimetres (5.6 inches)», «130 km/h (81 mph)», «14 degrees Celsius (57 degrees Fahrenheit)». The
 * article says the two are the same figure, so an answer that gives the bracket's figure in its unit
 * (`5.6 inches`, `81 mph`, `57°F`) gives the key, whether or not the grader can convert between the
 * two (Fahrenheit is no multiple of Celsius; inches are no unit of the quiz schema) and whatever the
 * rounding of the article's conversion.
 */

type NumericQuestion = Extract<Question, { type: 'numeric' }>

/** A bracket of the quote that restates the key: its number, and its unit or else its folded unit words. */
type Equivalent = { value: number; unit: Unit | null; words: readonly string[] }

// Dimensions whose figures an article converts in brackets; a count's bracket (`95 seats (up from 80)`) is
// no restatement of it.
const MEASURES: ReadonlySet<string> = new Set(['length', 'mass', 'area', 'volume', 'speed', 'temperature'])
const BRACKET = /\(([^()]{1,40})\)/g
const DIGITS = /^[\d٠-٩۰-۹][\d٠-٩۰-۹.,٫٬]*$/
// At most this many words between the key and its bracket (`130 km/h (`, `14 degrees Celsius (`).
const UNIT_WORDS = 4

const words = (text: string) => foldLetters(text).replace(/[()]/g, ' ').trim().split(/\s+/)

const equivalentsOf = new WeakMap<Question, readonly Equivalent[]>()

function quotedEquivalents(question: NumericQuestion): readonly Equivalent[] {
  let found = equivalentsOf.get(question)
  if (found !== undefined) return found
  const { value: key, unit, tolerance } = question.answer
  const out: Equivalent[] = []
  const quote = question.evidence.quote
  if (MEASURES.has(dimensionOf(unit))) {
    for (const m of quote.matchAll(BRACKET)) {
      // The key, then only its unit's words, right before the bracket.
      const before = words(quote.slice(0, m.index))
      const at = before.findLastIndex((w) => /\d/.test(w))
      if (at < 0 || before.length - at > UNIT_WORDS + 1) continue
      const numbers = findNumbers(before.slice(at).join(' '))
      if (numbers.length !== 1 || Math.abs(numbers[0]! - key) > tolerance + 1e-9) continue
      const inside = words(m[1]!)
      if (findNumbers(m[1]!).length !== 1 || !DIGITS.test(inside[0]!)) continue
      const read = parseQuantity(m[1]!)
      if (read?.unit != null) {
        const dimension = dimensionOf(read.unit)
        if (read.unit !== unit && dimension === dimensionOf(unit)) out.push({ value: read.value, unit: read.unit, words: [] })
        continue
      }
      // A unit the grader does not know (inches, feet): a number and one or two plain words.
      const rest = inside.slice(1)
      const value = parseNumber(inside[0]!)
      if (value !== null && rest.length >= 1 && rest.length <= 2 && rest.every((w) => /^\p{L}+$/u.test(w) && lookupWord(w) === null)) {
        out.push({ value, unit: null, words: rest })
      }
    }
  }
  found = out
  equivalentsOf.set(question, found)
  return found
}

/**
 * True when `answer` gives the figure of a bracket of the evidence quote that restates the key in
 * another unit (`81 mph` for «130 km/h (81 mph)»), read with `options` (the question's unit resolves a
 * word of several units: `57 degrees` stays Celsius). A bare number is in the key's unit, so never the
 * bracket's.
 */
export function givesQuotedEquivalent(question: NumericQuestion, answer: string, options: ParseQuantityOptions): boolean {
  const equivalents = quotedEquivalents(question)
  if (equivalents.length === 0) return false
  const read = parseQuantity(answer, options)
  for (const eq of equivalents) {
    if (eq.unit !== null) {
      if (read?.unit == null || read.otherGroup !== undefined) continue
      const value = convert(read.value, read.unit, eq.unit)
      if (value !== null && Math.abs(value - eq.value) <= 1e-9 * Math.max(1, Math.abs(eq.value))) return true
      continue
    }
    const [number, ...rest] = words(answer).filter((w) => lookupWord(w)?.k !== 'hedge')
    if (number === undefined || !DIGITS.test(number) || parseNumber(number) !== eq.value) continue
    if (rest.length === eq.words.length && rest.every((w, i) => sameStem(w, eq.words[i]!))) return true
  }
  return false
}
