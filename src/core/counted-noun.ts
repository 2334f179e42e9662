import type { Lang } from './quiz-schema.ts'

/**
 * The noun a "how many" question counts, read from its prompt, so that feedback says «2000 جندي» and
 * "2000 soldiers" rather than the generic unit («2000 شخص», "2000 people").
 *
 * - Arabic: the tamyeez after «كم», an accusative singular (`كم جنديًا` → `جندي`, `كم عاملةً` →
 *   `عاملة`); `accusative` keeps it as written, for 11–99 (`15 جنديًا`).
 * - English: the first plural after "how many", past its modifiers (`How many North Korean soldiers`
 *   → `soldiers`, singular `soldier`).
 */
export type CountedNoun = { singular: string; plural?: string; accusative?: string }

const ARABIC_TAMYEEZ = /(?:^|[\s«"(])كم\s+([\u0621-\u064A]+)(\u064B\u0627|\u0627\u064B|\u064B)(?=$|[\s؟?،,.»")])/u
const ENGLISH_PLURAL = /\bhow many\s+((?:[A-Za-z-]+\s+){0,3}?)([a-z]+s)\b/i

export function countedNoun(prompt: string, lang: Lang): CountedNoun | null {
  if (lang === 'ar') {
    const match = ARABIC_TAMYEEZ.exec(prompt)
    if (!match) return null
    const stem = match[1]!
    // `كم ساعةً`: a feminine noun carries its tanween on the ta marbuta, nothing to drop but the mark.
    return { singular: stem, accusative: stem + match[2] }
  }
  const match = ENGLISH_PLURAL.exec(prompt)
  if (!match) return null
  const plural = match[2]!.toLowerCase()
  // Words like "hours" are units, asked in their own unit; only people and things counted get here.
  return { singular: plural.replace(/ies$/, 'y').replace(/s$/, ''), plural }
}

/**
 * `amount` (a number already written, e.g. `2000`) with the counted noun, or null when Arabic grammar
 * wants a form the prompt does not give (the plural of 3–10, the dual): then the caller keeps its own.
 */
export function withCountedNoun(value: number, amount: string, noun: CountedNoun, lang: Lang): string | null {
  if (lang === 'en') return `${amount} ${value === 1 ? noun.singular : noun.plural}`
  if (!Number.isInteger(value)) return `${amount} ${noun.singular}`
  const rest = value % 100
  if (value <= 2 || (rest >= 3 && rest <= 10)) return null
  return `${amount} ${rest >= 11 ? noun.accusative : noun.singular}`
}
