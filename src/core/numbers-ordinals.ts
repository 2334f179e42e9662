import { foldLetters } from './normalize.ts'

/**
 * Ordinal numbers, 1st to 100th, as readers write a position: `87th`, `the eighty-seventh`,
 * `twenty first`, «السابعة والثمانين», «الحادي عشر», «الثانية عشرة», «الأول», «الـ37». `readOrdinals`
 * writes each as its number in digits, so that the number reader reads the rest of the answer
 * (`87th minute` → `87 minute`); the grader does so only when the question's key is a position.
 */

/** The ordinals 1–10 in Arabic (masculine; the feminine adds ة: السابعة). */
export const AR_ORDINALS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر']
/** The ordinals 1–19 in English. */
export const EN_ORDINALS =
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth ' +
  'sixteenth seventeenth eighteenth nineteenth'

const EN_TENS = 'twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth'
const EN_TENS_CARDINAL = 'twenty thirty forty fifty sixty seventy eighty ninety'
const AR_TENS = 'عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين'
const AR_TENS_NOMINATIVE = 'عشرون ثلاثون أربعون خمسون ستون سبعون ثمانون تسعون'

const AL = foldLetters('ال')
const AND = foldLetters('و')
const strip = (w: string, prefix: string) => (w.startsWith(prefix) && w.length > prefix.length + 1 ? w.slice(prefix.length) : w)

// Folded Arabic unit ordinals without their article, masculine and feminine: سابع، سابعه → 7.
const AR_UNITS = new Map<string, number>()
AR_ORDINALS.forEach((w, i) => {
  const bare = strip(foldLetters(w), AL)
  AR_UNITS.set(bare, i + 1)
  AR_UNITS.set(`${bare}${foldLetters('ة')}`, i + 1)
})
AR_UNITS.set(foldLetters('أولى'), 1)
// One in a compound (الحادي عشر، الحادية والعشرين، الواحد والعشرين).
for (const w of ['حادي', 'حادية', 'واحد']) AR_UNITS.set(foldLetters(w), 1)
const AR_TEN = new Set(['عشر', 'عشرة'].map(foldLetters))
const AR_TENS_VALUES = new Map<string, number>()
for (const list of [AR_TENS, AR_TENS_NOMINATIVE]) list.split(' ').forEach((w, i) => AR_TENS_VALUES.set(foldLetters(w), 20 + 10 * i))
const AR_HUNDRED = new Set(['مئة', 'مائة'].map(foldLetters))

const EN_UNITS = new Map(EN_ORDINALS.split(' ').map((w, i) => [w, i + 1]))
const EN_TENS_VALUES = new Map(EN_TENS.split(' ').map((w, i) => [w, 20 + 10 * i]))
const EN_TENS_CARDINALS = new Map(EN_TENS_CARDINAL.split(' ').map((w, i) => [w, 20 + 10 * i]))
const SUFFIXED = /^(\d{1,3})(?:st|nd|rd|th|e|er|eme|ème)$/
const ARTICLE_DIGITS = new RegExp(`^${AL}(\\d{1,3})$`)

/** The Arabic ordinal of 1–100 at `i` (its article optional, a و of a compound attached or apart): its value and end. */
function arabicAt(words: readonly string[], i: number): { v: number; end: number } | null {
  const w = strip(words[i]!, AL)
  const unit = AR_UNITS.get(w)
  if (unit !== undefined) {
    // الحادي عشر، الثانية عشرة: a teen.
    if (unit < 10 && AR_TEN.has(words[i + 1] ?? '')) return { v: 10 + unit, end: i + 2 }
    // السابعة والثمانين، السابع و الثمانين: a unit and its tens.
    const next = words[i + 1] === AND ? i + 2 : i + 1
    const tensWord = words[next] === undefined ? undefined : strip(next === i + 1 ? strip(words[next]!, AND) : words[next]!, AL)
    const tens = tensWord === undefined ? undefined : AR_TENS_VALUES.get(tensWord)
    if (unit < 10 && tens !== undefined) return { v: tens + unit, end: next + 1 }
    // الواحد alone is a cardinal (one).
    return w === foldLetters('واحد') ? null : { v: unit, end: i + 1 }
  }
  // العشرين، الثمانين، المئة: tens and a hundred only with their article.
  if (w === words[i]) return null
  const tens = AR_TENS_VALUES.get(w)
  if (tens !== undefined) return { v: tens, end: i + 1 }
  return AR_HUNDRED.has(w) ? { v: 100, end: i + 1 } : null
}

/** The English ordinal of 1–100 at `i` (eighty-seventh written apart: eighty seventh): its value and end. */
function englishAt(words: readonly string[], i: number): { v: number; end: number } | null {
  const w = words[i]!
  const unit = EN_UNITS.get(w)
  if (unit !== undefined) return { v: unit, end: i + 1 }
  const tens = EN_TENS_VALUES.get(w)
  if (tens !== undefined) return { v: tens, end: i + 1 }
  if (w === 'hundredth') return { v: 100, end: i + 1 }
  const cardinal = EN_TENS_CARDINALS.get(w)
  const next = EN_UNITS.get(words[i + 1] ?? '')
  if (cardinal !== undefined && next !== undefined && next < 10) return { v: cardinal + next, end: i + 2 }
  return null
}

/**
 * The text's ordinals as numbers: `text` folded, its punctuation and hyphens spaced out, each ordinal
 * written as its number in digits (`the 87th minute` → `the 87 minute`, «الدقيقة السابعة والثمانين»
 * → «الدقيقه 87»), the values found, in order (none when the text holds no ordinal), and the text
 * without its ordinals.
 */
export function readOrdinals(text: string): { text: string; values: number[]; without: string } {
  const words = foldLetters(text)
    .replace(/(?<!\d)[.,،٬]|[.,،٬](?!\d)|[-‐–—؛:«»"“”'’!?؟()[\]]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '')
  const out: string[] = []
  const values: number[] = []
  const rest: string[] = []
  for (let i = 0; i < words.length; ) {
    const w = words[i]!
    // 87th, 1st, 37e; «الـ37» (the tatweel folded away), «ال 37».
    const digits = SUFFIXED.exec(w) ?? ARTICLE_DIGITS.exec(w)
    if (digits !== null) {
      values.push(Number(digits[1]))
      out.push(digits[1]!)
      i++
      continue
    }
    if (w === AL && /^\d{1,3}$/.test(words[i + 1] ?? '')) {
      values.push(Number(words[i + 1]))
      out.push(words[i + 1]!)
      i += 2
      continue
    }
    const found = englishAt(words, i) ?? arabicAt(words, i)
    if (found === null) {
      out.push(w)
      rest.push(w)
      i++
      continue
    }
    values.push(found.v)
    out.push(String(found.v))
    i = found.end
  }
  return { text: out.join(' '), values, without: rest.join(' ') }
}
