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

/**
 * A restatement of the key in the quote: its number, and its unit or else its folded unit words; `parts` for
 * one before a bracketed key in units the grader does not know, each number with its words (`16ft 4in`).
 */
/** (`after`: an imperial restatement in brackets after the key, `186kg (410lb)`; else, with `parts`, one before it.) */
type Equivalent = { value: number; unit: Unit | null; words: readonly string[]; parts?: readonly Part[]; after?: true }
type Part = { value: number; words: readonly string[] }

// The imperial units an article restates a metric figure in, which the quiz schema does not convert: each
// spelling to one name, so that `40 pounds` gives «40lb» and `16 feet 4 inches` «16ft 4in».
const IMPERIAL = new Map<string, string>(
  Object.entries({
    lb: 'lb lbs pound pounds',
    oz: 'oz ounce ounces',
    st: 'st stone stones',
    ft: 'ft foot feet',
    in: 'in inch inches',
    yd: 'yd yds yard yards',
    gal: 'gal gallon gallons',
  }).flatMap(([name, spellings]) => spellings.split(' ').map((w): [string, string] => [w, name])),
)
/** The imperial unit a word names (`lb` for `pounds`, `ft` for `feet`), or undefined. */
export const imperialUnit = (word: string): string | undefined => IMPERIAL.get(foldLetters(word))

// A number with its unit's letters written onto it or after it: `1,247lb`, `16 ft`, `4in`.
const PART = /([\d٠-٩][\d٠-٩.,٫٬]*)\s*(\p{L}+)/gu
// The first part of a text in ASCII, at its start (as PART finds it there).
const FIRST_PART = /^([\d][\d.,]*)\s*([A-Za-z]+)/
const ASCII_WITHOUT_PRIMES = /^[\x00-\x26\x28-\x7F]*$/
// A run of such parts ending a text: `… weighing 1,247lb `, `measured 16ft 4in `.
const PARTS_AT_END = /(?:[\d٠-٩][\d٠-٩.,٫٬]*\s*\p{L}+\s*){1,3}$/u

// What may stand between two parts: nothing, or `and` («و»): `16 feet and 4 inches`.
const JOINS: ReadonlySet<string> = new Set(['', 'and', foldLetters('و')])

// A height in feet and inches as American and Indian papers and readers write it: 5'11", 5′11″, 5'11, and «5 foot 11»
// (the inches said without their word): read as 5ft 11in.
const FEET_PRIMES = /(\d)\s*['\u2032\u2019]\s*(\d{1,2})(?:\s*(?:["\u2033\u201D]|['\u2032\u2019]{2}))?(?!\d)/g
const FEET_THEN_INCHES = /(\d)\s*(?:ft|foot|feet)\s+(\d{1,2})\s*$/

/** The text with a height's primes written as its units' letters: `5'11"` → `5ft 11in`. */
export const withFeetAndInches = (text: string) => text.replace(FEET_PRIMES, '$1ft $2in').replace(FEET_THEN_INCHES, '$1ft $2in')

/** The parts of `text` when it is only numbers each with one unit word of `IMPERIAL` (folded), else null. */
export function imperialParts(text: string): Part[] | null {
  // Plain ASCII without primes folds to its lower case: its first part's unit, read as below, settles most texts at once.
  if (ASCII_WITHOUT_PRIMES.test(text)) {
    const first = FIRST_PART.exec(text.trim())
    if (first === null || !IMPERIAL.has(first[2]!.toLowerCase())) return null
  }
  const folded = withFeetAndInches(foldLetters(text).trim())
  const parts: Part[] = []
  let end = 0
  for (const m of folded.matchAll(PART)) {
    if (!JOINS.has(folded.slice(end, m.index).trim()) || (parts.length === 0 && m.index !== end)) return null
    // (Its unit first: most numbers of a text are followed by no imperial unit, and reading one is the dearer look.)
    const unit = IMPERIAL.get(m[2]!)
    if (unit === undefined) return null
    const value = parseNumber(m[1]!)
    if (value === null) return null
    parts.push({ value, words: [unit] })
    end = m.index + m[0].length
  }
  return parts.length > 0 && folded.slice(end).trim() === '' ? parts : null
}

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
      // The key in imperial units, which the grader does not convert (`186kg (410lb)`, `1.93m (6ft 4in)`): as written.
      const imperial = imperialParts(m[1]!)
      if (imperial !== null) {
        out.push({ value: imperial[0]!.value, unit: null, words: imperial[0]!.words, parts: imperial, after: true })
        continue
      }
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
  if (MEASURES.has(dimensionOf(unit))) out.push(...restatedBefore(question))
  found = out
  equivalentsOf.set(question, found)
  return found
}

/**
 * The key in brackets after its restatement in imperial units: «a pumpkin weighing 1,247lb (566kg)», «16ft
 * 4in (4.98 metres)». The bracket holds the key in its unit (or a unit of its dimension) and nothing else.
 */
function restatedBefore(question: NumericQuestion): Equivalent[] {
  const { value: key, unit, tolerance } = question.answer
  const quote = question.evidence.quote
  const out: Equivalent[] = []
  for (const m of quote.matchAll(BRACKET)) {
    const inside = parseQuantity(m[1]!, { expect: unit })
    if (inside?.unit == null || inside.words !== undefined) continue
    const value = convert(inside.value, inside.unit, unit)
    if (value === null || Math.abs(value - key) > tolerance + 1e-9) continue
    const before = PARTS_AT_END.exec(withFeetAndInches(quote.slice(0, m.index)))
    const parts = before === null ? null : imperialParts(before[0])
    if (parts !== null) {
      out.push({ value: parts[0]!.value, unit: null, words: parts[0]!.words, parts })
      continue
    }
    // A unit the grader reads but does not convert into the key's: «18 degrees Fahrenheit (minus 8 Celsius)».
    const run = words(quote.slice(0, m.index))
    const at = run.findLastIndex((w) => /\d/.test(w))
    const read = at >= 0 && run.length - at <= UNIT_WORDS + 1 ? parseQuantity(run.slice(at).join(' ')) : null
    if (read?.unit != null && read.unit !== unit && dimensionOf(read.unit) === dimensionOf(unit) && convert(read.value, read.unit, unit) === null) {
      out.push({ value: read.value, unit: read.unit, words: [] })
    }
  }
  return out
}

/** The numbers of the quote's restatements before a bracketed key, in order (`[40]` for «up to 40lb (18kg)»). */
export function restatementNumbers(question: NumericQuestion): readonly (readonly number[])[] {
  return quotedEquivalents(question).flatMap((eq) => (eq.parts === undefined || eq.after ? [] : [eq.parts.map((p) => p.value)]))
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
    if (eq.parts !== undefined) {
      const bare = words(answer)
        .filter((w) => lookupWord(w)?.k !== 'hedge')
        .join(' ')
      const parts = imperialParts(bare)
      if (
        parts !== null &&
        parts.length === eq.parts.length &&
        parts.every((p, i) => p.value === eq.parts![i]!.value && p.words[0] === eq.parts![i]!.words[0])
      ) {
        return true
      }
      continue
    }
    const [number, ...rest] = words(answer).filter((w) => lookupWord(w)?.k !== 'hedge')
    if (number === undefined || !DIGITS.test(number) || parseNumber(number) !== eq.value) continue
    if (rest.length === eq.words.length && rest.every((w, i) => sameStem(w, eq.words[i]!))) return true
  }
  return false
}
