import { foldLetters } from './normalize.ts'
import { findNumbers, withThousandsDots } from './numbers.ts'
import type { Question } from './quiz-schema.ts'

/**
 * A numeric question's evidence quote read as words, for comparing an answer with it: which number is
 * the key, the quote's words, an answer that copies the quote's sentence about the key, and a key given
 * out of the total the quote gives it out of.
 */

// Rounding room for a key compared as a float (0.1 + 0.2).
const EPSILON = 1e-9

/** A question with a number for its key. */
export type NumericQuestion = Extract<Question, { type: 'numeric' }>

/** True when `v` is the question's key, within its tolerance. */
export const isKey = (question: NumericQuestion, v: number) =>
  Math.abs(v - question.answer.value) <= question.answer.tolerance + EPSILON * Math.max(1, Math.abs(question.answer.value))

// Punctuation that says nothing about a number: a full stop or comma not between digits, quotes,
// brackets, colons, question and exclamation marks.
export const PUNCTUATION = /(?<!\d)[.,،٬]|[.,،٬](?!\d)|[؛:«»"“”'’!?؟()[\]]/g
// Any other mark is a word of its own ($, %, °, -, +, >, ~), so that `2000+` is no run of `2000 جندي`.
const MARK = /([^\p{L}\p{M}\p{N}\s.,،٬])/gu

// A clitic written onto digits is a word of its own, as the number reader takes it: «بـ60%» is «ب 60%», «الـ42» «ال 42».
const CLITIC_ON_DIGITS = /(?<=\p{Script=Arabic})(?=[0-9\u0660-\u0669\u06F0-\u06F9])/gu

/** The words and marks of a text, folded, for comparing an answer with its quote. */
export const wordsOf = (text: string) => foldLetters(text).replace(PUNCTUATION, ' ').replace(MARK, ' $1 ').replace(CLITIC_ON_DIGITS, ' ').trim().split(/\s+/)

// The evidence quote's words, once per question; null when the quote names the key other than once.
const quoteWords = new WeakMap<Question, readonly string[] | null>()

export function wordsOfQuote(question: NumericQuestion): readonly string[] | null {
  let words = quoteWords.get(question)
  if (words === undefined) {
    const quote = question.evidence.quote
    const namesKeyOnce = (text: string) => findNumbers(text).filter((v) => isKey(question, v)).length === 1
    // a quote that groups thousands with a dot (`1.500 طن`) names its key so, as the grader reads the answer's
    const grouped = namesKeyOnce(quote) ? quote : withThousandsDots(quote)
    words = grouped !== null && namesKeyOnce(grouped) ? wordsOf(grouped) : null
    quoteWords.set(question, words)
  }
  return words
}

/**
 * True when the answer copies a run of whole words of the evidence quote («قُتل نحو 2000 جندي كوري
 * شمالي يقاتلون لصالح روسيا») holding exactly one number, the key, which the quote names once: the
 * article's own sentence about the key, whatever its prepositions and other names say. The first
 * word may leave out the conjunction و/ف it carries in the quote (`5000 عامل بناء` from `و5000 عامل
 * بناء`). A run that cuts a number (`ساعتين` of `ساعتين ونصف`) reads as another number: not the key.
 */
export function copiesQuote(question: NumericQuestion, text: string): boolean {
  const quote = wordsOfQuote(question)
  if (quote === null) return false
  const numbers = findNumbers(text)
  if (numbers.length !== 1 || !isKey(question, numbers[0]!)) return false
  const words = wordsOf(text)
  const [first, ...rest] = words
  for (let i = 0; i + words.length <= quote.length; i++) {
    const head = quote[i]!
    if (head !== first && !((head.startsWith('و') || head.startsWith('ف')) && head.slice(1) === first)) continue
    // A run cut right after the quote's negation says the opposite: `more than 5.6 km` of "no more than 5.6 km wide".
    if (i > 0 && QUOTE_NEGATIONS.has(quote[i - 1]!)) continue
    if (rest.every((w, k) => quote[i + 1 + k] === w)) return true
  }
  return false
}

/**
 * A word that turns over what follows it in a quote («لا تقل عن», "no more than", "not less than"; «ألا يتجاوز», that it
 * not exceed, and the Arabic ones after و), folded.
 */
export const QUOTE_NEGATIONS: ReadonlySet<string> = new Set(
  ['لا', 'لم', 'لن', 'ليس', 'ليست', 'غير', 'ما', 'مش', 'ألا', 'وألا', 'ولا', 'ولم', 'ولن', 'no', 'not', 'never', 'nor'].map(foldLetters),
)

/** Where the run `run` stands in `words`, or -1. */
export function indexOfRun(words: readonly string[], run: readonly string[]): number {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, k) => words[i + k] === w)) return i
  return -1
}

// What puts a number out of a total: «409 من 410», «ثلاث من عرباته الست», "409 out of 410", "3 of 6".
const OUT_OF: readonly (readonly string[])[] = [['من'], ['out', 'of'], ['of'], ['/']].map((run) => run.map((w) => foldLetters(w)))
// … and in a reader's words, as a mark is said: French `15 sur 20`, `15 over 20`, «15 على 20» (Levantine and Maghrebi).
// Only beside the total the quote gives the key out of, so never a preposition of the reader's own.
const OVER = foldLetters('over')
const ANSWER_OUT_OF: readonly (readonly string[])[] = [...OUT_OF, ...[['sur'], ['over'], ['على']].map((run) => run.map((w) => foldLetters(w)))]

// One written after its noun («طفلا واحدا»), which the quote's numbers do not read as a number.
const ONE_AFTER_NOUN: ReadonlySet<string> = new Set(['واحد', 'واحدا', 'واحدة', 'واحده'].map(foldLetters))

/** The number that ends `words` (`410`, `الست`), or null. */
const lastNumber = (words: readonly string[]) => {
  const found = findNumbers(words.join(' '))
  return found.length > 0 ? found[found.length - 1]! : null
}

/**
 * True when `rest`, an answer's words after its own "out of" (`sur 20`, `out of 20`, «على 20»), names the key alone, and
 * the quote gives the key as a total so: a figure, its words for "out of", then the key («19.84 من 20» for a key of 20).
 */
function totalOutOfQuote(question: NumericQuestion, quote: readonly string[], rest: readonly string[]): boolean {
  const named = findNumbers(rest.join(' '))
  if (named.length !== 1 || !isKey(question, named[0]!)) return false
  return quote.some((_, i) => {
    const said = OUT_OF.find((r) => r.every((w, k) => quote[i + k] === w))
    if (said === undefined || lastNumber(quote.slice(Math.max(0, i - 4), i)) === null) return false
    const after = findNumbers(quote.slice(i + said.length, i + said.length + 3).join(' '))
    return after.length > 0 && isKey(question, after[0]!)
  })
}

/** The words after the total that starts at `from`: the shortest run that reads as it (`vingt et un`) is the total's. */
function afterTotal(words: readonly string[], from: number, total: number): readonly string[] {
  for (let end = from + 1; end <= words.length; end++) {
    const read = findNumbers(words.slice(from, end).join(' '))
    if (read.length === 1 && read[0] === total) return words.slice(end)
  }
  return []
}

/**
 * An answer that gives the key out of the total the quote gives it out of (`409 من 410` for
 * «بمجموع 409 درجات من 410», `3 من 6` for «ثلاث من عرباته الست»): the answer without its total.
 * The key may be the total of the quote's ratio instead: `1 من 7` for «طفلا واحدا من كل سبعة» is the total.
 * Null when it names no total, or another one (`409 من 500`).
 */
export function withoutQuotedTotal(question: NumericQuestion, text: string): string | null {
  const words = wordsOf(text)
  const quote = wordsOfQuote(question)
  if (quote === null) return null
  for (const run of ANSWER_OUT_OF) {
    const at = indexOfRun(words, run)
    // `over 20` first says "more than 20": only after a figure is `over` "out of"
    if (at === 0 && run[0] !== OVER && totalOutOfQuote(question, quote, words.slice(run.length))) return words.slice(run.length).join(' ')
    if (at < 1) continue
    const total = findNumbers(words.slice(at + run.length).join(' '))
    if (total.length !== 1 || findNumbers(words.slice(0, at).join(' ')).length !== 1) continue
    // In the quote, in its words for "out of": the key, then within four words the total.
    for (let i = 0; i < quote.length; i++) {
      const said = OUT_OF.find((r) => r.every((w, k) => quote[i + k] === w))
      if (said === undefined) continue
      const before = lastNumber(quote.slice(Math.max(0, i - 4), i))
      const after = findNumbers(quote.slice(i + said.length, i + said.length + 3).join(' '))
      // The words after the total stay the answer's: `15 sur 20 au moins` is `15 au moins`, a comparison.
      if (before !== null && isKey(question, before) && after[0] === total[0])
        return [...words.slice(0, at), ...afterTotal(words, at + run.length, total[0]!)].join(' ')
      // The key as the whole of the quote's ratio («طفلا واحدا من كل سبعة»: `1 من 7`, `واحد من كل سبعة`): the total.
      const part = findNumbers(words.slice(0, at).join(' '))[0]
      if (
        after.length > 0 &&
        isKey(question, after[0]!) &&
        isKey(question, total[0]!) &&
        (before === part || (part === 1 && ONE_AFTER_NOUN.has(quote[i - 1]!)))
      ) {
        return words.slice(at + run.length).join(' ')
      }
    }
  }
  return null
}
