import { foldLetters } from '../normalize.ts'
import { CITIES, COUNTRIES } from '../places.ts'
import { ID_PATTERN } from '../quiz-ids.ts'

/** Ids of a draft: stable for the same article, unique within the quiz, kebab-case. */

/** FNV-1a, 32 bits: the same number for the same text on every run and platform. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** `base` as a valid id (kebab-case, at most 60 characters), with `-2`, `-3` … when taken; added to `taken`. */
export function uniqueId(taken: Set<string>, base: string): string {
  const clean =
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-+|-+$/gu, '')
      .slice(0, 60)
      .replace(/-+$/u, '') || 'q'
  let id = clean
  for (let n = 2; taken.has(id); n++) id = `${clean}-${n}`
  if (!ID_PATTERN.test(id)) throw new Error(`not an id: ${id}`)
  taken.add(id)
  return id
}

// --- A readable id for an Arabic title ------------------------------------------------------------

// Each Arabic letter's usual Latin spelling (a simplified ALA-LC, ASCII only: no marks, no ʿ). و and ي are
// consonants or long vowels by where they stand (`letterAt`); ع is a vowel between consonants, else nothing.
const LATIN_OF: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'aa',
  ٱ: 'a',
  ى: 'a',
  ة: 'a',
  ء: '',
  ئ: 'i',
  ؤ: 'u',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  پ: 'p',
  چ: 'ch',
  ڤ: 'v',
  گ: 'g',
  ڨ: 'g',
  ک: 'k',
  ی: 'y',
}
const LONG_VOWEL_LETTERS = 'اأإآىةوي'

/** One letter of an Arabic word in Latin: و, ي a consonant at the start or beside an alef, a long vowel elsewhere. */
function letterAt(word: string, k: number): string {
  const c = word[k]!
  const before = word[k - 1]
  const after = word[k + 1]
  const besideAlef = before === 'ا' || after === 'ا'
  if (c === 'و') return k === 0 || besideAlef ? 'w' : 'u'
  if (c === 'ي' || c === 'ی') return k === 0 || besideAlef ? 'y' : 'i'
  if (c === 'ع')
    return (before === undefined || !LONG_VOWEL_LETTERS.includes(before)) && (after === undefined || !LONG_VOWEL_LETTERS.includes(after)) ? 'a' : ''
  if (/[0-9]/u.test(c)) return c
  return LATIN_OF[c] ?? ''
}

// Words a title's id leaves out: prepositions, particles and pronouns (the English slug keeps them, but in Arabic they
// are glued to nothing and make the id longer than it reads).
const TITLE_STOP_WORDS = new Set(
  'في من على الى إلى عن مع و او أو أن إن ان لا لم لن ما بعد قبل بين حتى منذ عند ضد خلال التي الذي الذين اللذين هذا هذه ذلك تلك كل بعض'
    .split(' ')
    .map(foldLetters),
)
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/gu
const PLACE_CLITICS = /^(?:و|ف)?(?:ب|ل|ك)?/u

// Every place of the table by its folded Arabic names (one word or two), with its first English name as a slug's words.
let placeSlugs: Map<string, string> | undefined
function placesBySlug(): Map<string, string> {
  const slugs = new Map<string, string>()
  for (const place of [...COUNTRIES, ...CITIES]) {
    const latin = place.en[0]!.normalize('NFKD')
      .replace(/[^A-Za-z0-9 ]+/gu, '')
      .toLowerCase()
      .trim()
      .replace(/\s+/gu, '-')
    for (const name of place.ar) if (latin && !slugs.has(foldLetters(name))) slugs.set(foldLetters(name), latin)
  }
  return slugs
}

/** The place a word or two of a title names, with its clitics off (بصفاقس, والأردن, للأردن), as Latin words; else null. */
function placeSlug(words: readonly string[]): string | null {
  const slugs = (placeSlugs ??= placesBySlug())
  const folded = foldLetters(words.join(' '))
  const bare = folded.replace(PLACE_CLITICS, '')
  return slugs.get(folded) ?? slugs.get(bare) ?? (bare.startsWith('ل') ? slugs.get(`ا${bare}`) : undefined) ?? null
}

/**
 * A readable, ASCII id from an Arabic title: its first words but particles, each place of the table by its English name
 * (`sfax`, `jordan`), the others written in Latin letters (`al-hkuma-trfa-tarfa-al-miyah`); the article `ال` as `al-`.
 * The same title always gives the same id. Null when fewer than two words are left.
 */
export function arabicTitleSlug(title: string): string | null {
  const words = title
    .replace(ARABIC_MARKS, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
  const parts: string[] = []
  for (let k = 0; k < words.length && parts.length < TITLE_SLUG_WORDS; k++) {
    const two = k + 1 < words.length ? placeSlug(words.slice(k, k + 2)) : null
    const place = two ?? placeSlug([words[k]!])
    if (place) {
      parts.push(place)
      if (two) k++
      continue
    }
    const word = words[k]!
    // Digits as the English slug keeps them (Latin ones: foldLetters writes ٧ as 7), and a Latin word as written (iPhone).
    if (/^(?:\p{Nd}+|[A-Za-z0-9]+)$/u.test(word)) {
      parts.push(foldLetters(word))
      continue
    }
    if (TITLE_STOP_WORDS.has(foldLetters(word)) || !/[\u0600-\u06FF]/u.test(word)) continue
    // The article, with a clitic before it or not (المياه، والمياه، بالمياه، للمياه), is written al- and its clitic left out.
    const article = /^(?:[وف]?(?:[بك]?ال|لل))(?=\S{2,})/u.exec(word)?.[0] ?? ''
    const stem = word.slice(article.length)
    const latin = [...stem].map((_, i) => letterAt(stem, i)).join('')
    if (latin) parts.push(article ? `al-${latin}` : latin)
  }
  return parts.length >= 2 ? parts.join('-') : null
}
const TITLE_SLUG_WORDS = 6
