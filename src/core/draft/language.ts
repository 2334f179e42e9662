import type { Lang } from '../quiz-schema.ts'

/**
 * The language of an article: Arabic or English, or the reason it is neither. Decided by script
 * first (Arabic letters against Latin ones), then, for Arabic script, by the letters only Persian
 * and Urdu use, and for Latin script by how many words are English function words.
 */

export type DetectedLanguage = { lang: Lang } | { lang: null; script: string }

const ARABIC = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/gu
// پ چ ژ گ ک ی ے ٹ ڈ ڑ ں ھ ہ: letters of Persian and Urdu, not of Arabic (ی and ک are also typed
// by Arabic writers on Persian keyboards, so they need company before they count).
const NOT_ARABIC = /[\u067E\u0686\u0698\u06AF\u06D2\u0679\u0688\u0691\u06BA\u06BE\u06C1]/gu
const LATIN = /[A-Za-z\u00C0-\u024F]/gu
const LETTER = /\p{L}/gu

const ENGLISH_WORDS = new Set(
  (
    'the of and to in a is that for it was on with as by at from his her their this be are were has have had ' +
    'not but they which an will would said who after its also been more than about over into been'
  ).split(' '),
)

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0
}

/** The article's language from its letters; `script` names what it is written in when unsupported. */
export function detectLanguage(text: string): DetectedLanguage {
  const letters = count(text, LETTER)
  if (letters === 0) return { lang: null, script: 'none' }
  const arabic = count(text, ARABIC)
  const latin = count(text, LATIN)
  if (arabic >= latin && arabic >= letters * 0.4) {
    const foreign = count(text, NOT_ARABIC)
    return foreign > 3 && foreign > arabic * 0.01 ? { lang: null, script: 'persian-or-urdu' } : { lang: 'ar' }
  }
  if (latin >= letters * 0.4) {
    const words = text.toLowerCase().match(/[a-z]+/g) ?? []
    const english = words.filter((w) => ENGLISH_WORDS.has(w)).length
    // English prose runs at 25–40 % function words; French, Spanish or German at a few percent of these.
    return words.length < 8 || english >= words.length * 0.12 ? { lang: 'en' } : { lang: null, script: 'latin' }
  }
  return { lang: null, script: 'other' }
}
