/**
 * Text normalisation for matching answers: one spelling per word whatever the keyboard,
 * the script of the digits or the diacritics a student typed.
 */

// Eastern Arabic (U+0660–0669) and Persian (U+06F0–06F9) digits, the Arabic decimal
// separator ٫ and the Arabic comma ، — everything `normalizeDigits` rewrites character by character.
const DIGIT_LIKE = /[\u0660-\u0669\u06F0-\u06F9\u066B\u060C]/g
// The Arabic thousands separator ٬ (and the apostrophe-like U+2019 some keyboards produce is NOT one).
const ARABIC_THOUSANDS = /(\d)\u066C(?=\d)/g

function mapDigitLike(c: string): string {
  const code = c.charCodeAt(0)
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48)
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48)
  if (code === 0x066b) return '.'
  return ','
}

/**
 * Rewrites Eastern Arabic and Persian digits as 0–9, the Arabic decimal separator ٫ as `.`,
 * the Arabic comma ، as `,`, and drops the Arabic thousands separator ٬ between digits:
 * `٢٫٥` → `2.5`, `٦٬٠٠٠` → `6000`.
 */
export function normalizeDigits(s: string): string {
  return s.replace(DIGIT_LIKE, mapDigitLike).replace(ARABIC_THOUSANDS, '$1')
}

// Invisible characters copy-paste brings along: zero-width (non-)joiners, bidi marks and
// isolates, the Arabic letter mark, BOM, soft hyphen. Removed before NFKC so that letters
// they separated compose the same way on every pass.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\u061C\uFEFF\u00AD]/g
// Arabic harakat, tanween, shadda, sukun, superscript alef, Quranic marks, tatweel; and Latin
// combining accents (the Arabic ones never need them, Latin answers are compared accent-free).
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u0300-\u036F]/g
const ALEF_VARIANTS = /[\u0623\u0625\u0622\u0671\u0672\u0673]/g
const LATIN_ACCENTED = /[\u00C0-\u024F\u1E00-\u1EFF]/g
const COMBINING_ACCENTS = /[\u0300-\u036F]/g
const LETTER_FOLDS: Record<string, string> = {
  '\u0649': '\u064A', // ى → ي
  '\u0629': '\u0647', // ة → ه
  '\u06CC': '\u064A', // Persian ye ی → ي
  '\u06A9': '\u0643', // Persian kaf ک → ك
  // Letters for sounds MSA lacks, each with one standard spelling: Maghrebi ڨ (a ق said g: ڨفصة),
  // ڤ (v: ڤيروس), پ (p: پاريس). ڭ, گ (g: ج غ ك or ق) and چ (ج or تش) have several: text-match.ts.
  '\u06A8': '\u0642', // ڨ → ق
  '\u06A4': '\u0641', // ڤ → ف
  '\u067E': '\u0628', // پ → ب
}
const FOLDABLE = /[\u0649\u0629\u06CC\u06A9\u06A8\u06A4\u067E]/g

const AYN_HAMZA_LETTERS = /[\u02BB\u02BE\u02BF]/g

function stripLatinAccent(c: string): string {
  return c.normalize('NFD').replace(COMBINING_ACCENTS, '')
}

const ASCII = /^[\x00-\x7F]*$/
// Words and short phrases are folded again and again (a drafted article's words by each of its readers): each
// once. Bounded, emptied when full.
const FOLDED = new Map<string, string>()
const FOLDED_MAX = 20_000
const FOLDED_LENGTH_MAX = 64

/**
 * The letter-level half of `normalizeText`: NFKC, invisible characters and diacritics removed,
 * alef/ya/ta-marbuta/Persian and Maghrebi letters folded, digits normalised, lower case. Punctuation is kept,
 * which the number reader needs (`2.5`, `6,000`, `2:30`).
 */
export function foldLetters(s: string): string {
  // ASCII folds to its lower case: no other rule touches it.
  if (ASCII.test(s)) return s.toLowerCase()
  if (s.length > FOLDED_LENGTH_MAX) return folded(s)
  let t = FOLDED.get(s)
  if (t === undefined) {
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear()
    FOLDED.set(s, (t = folded(s)))
  }
  return t
}

function folded(s: string): string {
  let t = s.replace(INVISIBLE, '').normalize('NFKC').toLowerCase()
  t = t.replace(MARKS, '').replace(ALEF_VARIANTS, '\u0627')
  t = t.replace(FOLDABLE, (c) => LETTER_FOLDS[c]!)
  t = t.replace(LATIN_ACCENTED, stripLatinAccent)
  // ʿ and ʾ of a scholar's romanization of Arabic (`al-Jazīra al-Khaḍrāʾ`, `Saʿīd`) are written as nothing, as plain Latin
  // writes them.
  t = t.replace(AYN_HAMZA_LETTERS, '')
  return normalizeDigits(t)
}

// Everything that is not a letter, mark, digit or space becomes a space — except a full stop
// between two digits, which is a decimal point (`2.5` stays one token).
const PUNCTUATION = /(?<!\d)\.|\.(?!\d)|[^\p{L}\p{M}\p{N}\s.]/gu
const SPACES = /\s+/g

/**
 * Normalises a string for matching: NFKC; Arabic diacritics and tatweel removed; أ إ آ ٱ → ا,
 * ى → ي, ة → ه, ڨ → ق, ڤ → ف, پ → ب; digits as in `normalizeDigits`; Latin lower case without accents, and without the ʿ
 * and ʾ of a romanization of Arabic; all
 * punctuation (Arabic and Latin) → space; whitespace collapsed and trimmed. Idempotent.
 */
export function normalizeText(s: string): string {
  return foldLetters(s).replace(PUNCTUATION, ' ').replace(SPACES, ' ').trim()
}

// An Arabic letter typed three times or more inside a word: no Arabic word holds one so (a doubled letter is written
// once, with a shadda), so it is the word lengthened on the keyboard (ساعاااات, كيلوووو).
const LENGTHENED = /(\p{Script=Arabic})\1{2,}/gu
const ONE_LETTER_RUN = /^(.)\1*$/u

/**
 * An answer's Arabic words with the letters a reader lengthened typed once (ساعاااات → ساعات); a word of one letter
 * repeated (ممم, a hesitation; ههههه, a laugh) is kept as it is.
 */
export function withoutLengthenedLetters(s: string): string {
  return s.replace(/\p{L}+/gu, (word) => (ONE_LETTER_RUN.test(word) ? word : word.replace(LENGTHENED, '$1')))
}
