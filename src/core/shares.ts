import { findNumbers, parseNumber } from './numbers.ts'
import { wordsOf } from './numeric-quote.ts'

/**
 * A share written as a fraction or a ratio of a whole, read as its percentage: `a quarter`, «ربع», `1/4`, `one
 * in four`, «واحد من كل أربعة» are 25%. At the precision the key is written with (two-thirds is 67 for a key of
 * 67, 66.67 for one of 66.67), never a decimal in digits (`0.25` is no 25%). The grader reads readers' answers
 * so, and the content checks quotes.
 */

// A decimal written in digits (`0.25`, `.25`, «٠٫٢٥»): a number, no fraction of a whole.
const DECIMAL_DIGITS = /[.,٫]\s*[\d٠-٩]/

/**
 * The percentage a share written as a fraction says (`a quarter`, «ربع», `three quarters`, `1/4`: read as
 * `value`, below one), never a decimal in digits (`0.25` is no 25%); null for any other answer.
 */
export function shareOf(text: string, value: number, key: number): number | null {
  return value > 0 && value < 1 && !DECIMAL_DIGITS.test(text) ? atPrecisionOf(value * 100, key) : null
}

/** `share` rounded to the decimals `key` is written with: two-thirds is 67 for a key of 67, 66.67 for 66.67. */
export function atPrecisionOf(share: number, key: number): number {
  const decimals = Math.min(6, (String(key).split('.')[1] ?? '').length)
  return Math.round(share * 10 ** decimals) / 10 ** decimals
}

// A ratio of a whole: `one in four`, `1 out of 4`, «واحد من كل أربعة», «1 من كل 4».
const RATIO = /^(\S+)\s+(?:in|out of|من كل|من اصل)\s+(\S+)$/

/** The percentage a ratio says (`one in four` = 25), its parts whole numbers and the first the smaller; else null. */
export function shareOfRatio(text: string): number | null {
  const m = RATIO.exec(wordsOf(text).join(' '))
  if (m === null) return null
  const [part, whole] = [parseNumber(m[1]!), parseNumber(m[2]!)]
  if (part === null || whole === null || !Number.isInteger(part) || !Number.isInteger(whole) || part < 1 || part >= whole) return null
  return (part / whole) * 100
}

/**
 * The percentages a quote states as fractions of a whole (`a quarter of the growers` = 25, «ثلثا الطلاب» =
 * 67 or 66.67), at the precision of `key`; never a decimal in digits (`0.25`).
 */
export function sharesStated(quote: string, key: number): number[] {
  return findNumbers(quote.replace(/[\d٠-٩]*[.,٫][\d٠-٩]+/g, ' '))
    .filter((n) => n > 0 && n < 1)
    .map((n) => atPrecisionOf(n * 100, key))
}

// The words a whole is named after "of" with, that name no thing (`of the new fleet`: new and fleet do).
const WHOLE_FILLER: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'all', 's'])
// A per cent's sign or words in Latin letters, after which "of" names the whole.
const PER_CENT = /^(?:%|percent|pc|per)$/
const WHOLE_WORDS = 4

/** The words after "of" that follows a per cent (`40 per cent of the new fleet` → new, fleet, …), at most four; null without. */
function wholeAfterPerCent(words: readonly string[]): string[] | null {
  for (let i = 0; i + 1 < words.length; i++) {
    if (!PER_CENT.test(words[i]!)) continue
    const of = words[i + 1] === 'cent' ? i + 2 : i + 1
    if (words[of] !== 'of') continue
    return words.slice(of + 1, of + 1 + WHOLE_WORDS).filter((w) => /^\p{L}+$/u.test(w) && !WHOLE_FILLER.has(w))
  }
  return null
}

/**
 * True when a per cent answered names its whole after "of" with a word the quote's own whole, after its per cent, does
 * not have (`40 per cent of the city` for "40 per cent of the new fleet would serve the city's outer districts"): the
 * share of another whole. English only; a quote with no whole after its per cent, or an answer with none, says nothing.
 */
export function namesAnotherWhole(quote: string, answer: string, sameWord: (a: string, b: string) => boolean): boolean {
  const said = wholeAfterPerCent(wordsOf(answer).map((w) => w.toLowerCase()))
  if (said === null || said.length === 0) return false
  const whole = wholeAfterPerCent(wordsOf(quote).map((w) => w.toLowerCase()))
  if (whole === null || whole.length === 0) return false
  return said.some((w) => !whole.some((q) => sameWord(w, q)))
}
