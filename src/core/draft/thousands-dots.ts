import type { Paragraph } from '../quiz-schema.ts'
import { kindAt } from '../numbers-grammar.ts'
import { tokenize } from '../numbers-tokenizer.ts'
import { parseQuantity } from '../units.ts'

/**
 * Whether an article writes thousands with a dot (`1.500 شخص`, `2.345.678 نسمة`, `1.200 residents`),
 * as newsrooms of much of the Arab world, Turkey, Germany, Indonesia and Latin America do, and
 * their translations into English. The number reader takes a single dot for a decimal point
 * (`6.000` is 6); the drafter decides per article, from the article's own numbers, and reads such
 * an article with its dots as thousands. The grader agrees: it takes `6.000` for a key of 6000.
 */

const D = '[0-9\u0660-\u0669]'
const NOT_IN_NUMBER = '[0-9\u0660-\u0669.,\u066B\u066C]'
// One dot before three digits, the first group not starting with 0: 6.000, 45.000, ١.٥٠٠.
const ONE_DOT = new RegExp(`(?<!${NOT_IN_NUMBER})[1-9\u0661-\u0669]${D}{0,2}\\.${D}{3}(?!${NOT_IN_NUMBER}|\\p{L})`, 'gu')
// Two dots or more, every group of three digits: 2.345.678.
const DOTS_GROUPED = new RegExp(`(?<!${NOT_IN_NUMBER})[1-9\u0661-\u0669]${D}{0,2}(?:\\.${D}{3}){2,}(?!${NOT_IN_NUMBER})`, 'u')
// A decimal comma: 2,5 and 1,75 (a comma before three digits groups thousands).
const DECIMAL_COMMA = new RegExp(`(?<!${NOT_IN_NUMBER})${D}+,(?:${D}{1,2}|${D}{4,})(?!${NOT_IN_NUMBER})`, 'u')
// A dot that can only be a decimal point: 4.5, 3.14, 0.750, 2.3456.
const DECIMAL_DOT = new RegExp(`(?<!${NOT_IN_NUMBER})(?:${D}+\\.(?:${D}{1,2}|${D}{4,})|[0\u0660]\\.${D}+)(?!${NOT_IN_NUMBER})`, 'u')
// A comma grouping thousands: 6,000, 1,000,000.
const COMMA_GROUPED = new RegExp(`(?<!${NOT_IN_NUMBER})${D}{1,3}(?:,${D}{3})+(?!${NOT_IN_NUMBER})`, 'u')
// A number with one dot before three digits that many such numbers make a convention of.
const SEVERAL = 2

const decided = new WeakMap<readonly Paragraph[], boolean>()

/**
 * Whether the article's dots group thousands: it writes a number with two dots (`2.345.678`), a
 * decimal comma (`2,5 مليون`), a count of people with one dot (`1.500 شخص`: no count of people
 * is 1.5), or several numbers with one dot before three digits; and nowhere a dot that can only be
 * a decimal point (`4.5`, `3.14`, `0.750`) or a comma grouping thousands (`6,000`). A number before
 * a scale word (`1.500 مليار`) is no evidence either way.
 */
export function dotsGroupThousands(paragraphs: readonly Paragraph[]): boolean {
  let dots = decided.get(paragraphs)
  if (dots === undefined) {
    decided.set(paragraphs, (dots = decide(paragraphs.flatMap((p) => (p.heading ? [p.heading, p.text] : [p.text])))))
  }
  return dots
}

function decide(texts: string[]): boolean {
  if (texts.some((t) => DECIMAL_DOT.test(t) || COMMA_GROUPED.test(t))) return false
  if (texts.some((t) => DOTS_GROUPED.test(t) || DECIMAL_COMMA.test(t))) return true
  let single = 0
  for (const text of texts) {
    for (const m of text.matchAll(ONE_DOT)) {
      const after = text.slice(m.index + m[0].length).match(/^\s*(\S+)(?:\s+(\S+))?/u)
      if (beforeScale(after?.[1])) continue
      // «1.500 شخص»: a count of people is whole, so its dot groups thousands.
      const q = parseQuantity(`${m[0]} ${after?.[1] ?? ''}`, { context: [] })
      if (q?.unit === 'person') return true
      single++
    }
  }
  return single >= SEVERAL
}

/** A scale word after the number (مليار، million, ألف): `1.500 مليار` is 1.5 billion. */
function beforeScale(word: string | undefined): boolean {
  return word !== undefined && kindAt(tokenize(word), 0) === 'scale'
}

/**
 * The text as the number reader should read it in an article whose dots group thousands: each
 * number with one dot before three digits written with a comma instead (`6.000` → `6,000`), but
 * not before a scale word. The same length as the text, so every span of it is a span of the text.
 */
export function withDotsAsThousands(text: string): string {
  return text.replace(ONE_DOT, (number, at: number) => {
    const next = text.slice(at + number.length).match(/^\s*(\S+)/u)?.[1]
    return beforeScale(next) ? number : number.replace('.', ',')
  })
}
