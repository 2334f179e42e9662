import { foldLetters } from './normalize.ts'
import { isKey, type NumericQuestion, PUNCTUATION, wordsOf } from './numeric-quote.ts'
import type { Question } from './quiz-schema.ts'

/** An earthquake's magnitude written with its scale (`M6.4`, `6.4 on the Richter scale`, «بقوة 6.4 درجات»). */

// A magnitude's scale, said in its notations (`M6.4`, `Mw 6.4`, `6.4 on the Richter scale`, «6.4 درجات على
// مقياس ريختر», «بقوة 6.4»): words of no claim when the question asks a magnitude, longest first.
const MAGNITUDE_PHRASES: readonly (readonly string[])[] = [
  'on the richter scale|on the richter|on richter scale|richter scale|richter|of magnitude|magnitude|mag',
  'درجات علي مقياس ريختر|درجه علي مقياس ريختر|درجات بمقياس ريختر|درجه بمقياس ريختر|علي مقياس ريختر|بمقياس ريختر|مقياس ريختر|ريختر|بقوه|بدرجه|درجات|درجه',
]
  .flatMap((phrases) => phrases.split('|'))
  .map((p) => p.split(' '))
  .sort((a, b) => b.length - a.length)
// The scale's letter written onto a magnitude or before it: M6.4, Mw 6.4, ML 5.1, Ms, Mb.
const MAGNITUDE_LETTER = /^m[wlsb]?$/
const MAGNITUDE_WORD = /^(?:magnitude|richter|ريختر|بقوه)$/
// Whether each count question asks a magnitude, once per question.
const magnitudes = new WeakMap<Question, boolean>()

/**
 * True when the question asks a magnitude: a count the quote writes within three words of the scale's
 * name («A magnitude 6.4 earthquake», «بقوة 6.4 درجات على مقياس ريختر»; not the 12 killed of «A magnitude
 * 6.4 quake kills 12 people»).
 */
function asksMagnitude(question: NumericQuestion): boolean {
  if (question.answer.unit !== 'count') return false
  let asks = magnitudes.get(question)
  if (asks === undefined) {
    const words = wordsOf(question.evidence.quote)
    asks = words.some((w, i) => {
      if (!/^\d/.test(w) || !isKey(question, Number(w))) return false
      return words.slice(Math.max(0, i - 3), i + 4).some((near) => MAGNITUDE_WORD.test(near))
    })
    magnitudes.set(question, asks)
  }
  return asks
}

/**
 * A magnitude with its scale's words or letter (`M6.4`, `6.4 on the Richter scale`, «بقوة 6.4 درجات»)
 * for a question that asks a magnitude: the answer without them, or null when it has none. What is
 * left must still read as the key alone (`6.4 km`, `M6.3` stay wrong).
 */
export function withoutMagnitudeScale(question: NumericQuestion, text: string): string | null {
  if (!asksMagnitude(question)) return null
  const words = foldLetters(text)
    .replace(/(?<![\p{L}])(m[wlsb]?)(?=\d)/gu, '$1 ')
    .replace(PUNCTUATION, ' ')
    .trim()
    .split(/\s+/)
  const kept: string[] = []
  let changed = false
  for (let i = 0; i < words.length; ) {
    const phrase = MAGNITUDE_PHRASES.find((run) => run.every((w, k) => words[i + k] === w))
    // The scale's letter only right before the number.
    const letter = phrase === undefined && MAGNITUDE_LETTER.test(words[i]!) && /^\d/.test(words[i + 1] ?? '')
    if (phrase === undefined && !letter) {
      kept.push(words[i]!)
      i++
      continue
    }
    i += phrase?.length ?? 1
    changed = true
  }
  return changed && kept.length > 0 ? kept.join(' ') : null
}
