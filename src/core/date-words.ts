import { isDateParts, type DateParts } from './dates.ts'
import { foldLetters } from './normalize.ts'
import { readNumber } from './numbers-grammar.ts'
import type { Entry } from './numbers-lexicon.ts'
import { PLAIN_DIGITS, tokenize, type Token } from './numbers-tokenizer.ts'
import { AR_ORDINALS, EN_ORDINALS } from './numbers-ordinals.ts'

/**
 * Reading calendar dates and years the way people write them: `8 سبتمبر 2023`, `الثامن من
 * أيلول`, `ليل الجمعة 8 سبتمبر`, `عام 1900`, `2023م`, `September 8, 2023`, `8th Sept 2023`,
 * `8/9/2023`, `2023-09-08`. Months in MSA, Levantine and Iraqi, Maghreb, English and French names
 * (`9 août 2025`; not `mars`, the planet of English news);
 * weekdays and times of day are ignored. Hijri years (`1445 هـ`), comparisons (`قبل 2023`,
 * `since 2020`) and vague parts (`أواخر 2023`, `early 2023`) are not a date.
 */

/** The months, each with its display names (Arabic, English) and every name it is written with (Levantine التاني for الثاني). */
export const MONTHS: readonly { ar: string; en: string; words: string }[] = [
  { ar: 'يناير', en: 'January', words: 'يناير كانون_الثاني كانون_ثاني كانون_التاني كانون_تاني جانفي january jan janvier' },
  { ar: 'فبراير', en: 'February', words: 'فبراير شباط فيفري فبرير february feb fevrier' },
  { ar: 'مارس', en: 'March', words: 'مارس آذار march mar' },
  { ar: 'أبريل', en: 'April', words: 'أبريل إبريل نيسان أفريل april apr avril' },
  { ar: 'مايو', en: 'May', words: 'مايو أيار ماي may mai' },
  { ar: 'يونيو', en: 'June', words: 'يونيو يونيه حزيران جوان june jun juin' },
  { ar: 'يوليو', en: 'July', words: 'يوليو يوليه تموز جويلية يوليوز july jul juillet' },
  { ar: 'أغسطس', en: 'August', words: 'أغسطس آب أوت غشت august aug aout' },
  { ar: 'سبتمبر', en: 'September', words: 'سبتمبر أيلول شتنبر september sep sept septembre' },
  { ar: 'أكتوبر', en: 'October', words: 'أكتوبر تشرين_الأول تشرين_أول october oct octobre' },
  { ar: 'نوفمبر', en: 'November', words: 'نوفمبر تشرين_الثاني تشرين_ثاني تشرين_التاني تشرين_تاني نونبر november nov novembre' },
  { ar: 'ديسمبر', en: 'December', words: 'ديسمبر كانون_الأول كانون_أول دجنبر december dec decembre' },
]

/** Weekday names: ignored in a date (`ليل الجمعة 8 سبتمبر`), and never a typo of each other in text answers. */
export const WEEKDAYS =
  'السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة ' +
  // as spoken in Egypt, Sudan and the Levant (ت for ث), and with the final hamza left out as Levantine readers write
  'الاتنين التلات التلاتاء التلاتا الثلاثا الأربعا ' +
  'saturday sunday monday tuesday wednesday thursday friday sat sun mon tue tues wed thu thur thurs fri ' +
  'samedi dimanche lundi mardi mercredi jeudi vendredi'

// Words that frame a date without changing it: prepositions (and ف, colloquial في written apart: «ف 2030»), "day" (يوم,
// the Maghreb's نهار), "date", "month" (شهر أبريل 2022), times of day; French le, en and the
// elided l' (`le 2 août 2025`, `en 2019`, `l'année 2019`).
const FRAMES =
  'في ف ال on in at the of من يوم اليوم نهار تاريخ بتاريخ الموافق date dated شهر month le en l ' +
  'ليل ليلة ليلا مساء صباح ظهر ظهرا عصر عصرا فجر فجرا ضحى منتصف_الليل night morning evening afternoon noon midnight'
// Words before a year: عام 1900, سنة 2023, the year 1900, l'année 2019.
const YEAR_MARKS = 'عام العام لعام سنة السنة لسنة year année'
// After a year: the Common Era (2023م, 2023 AD), which changes nothing.
const ERA = 'م ميلادي ميلادية للميلاد بعد_الميلاد ad a.d. ce c.e.'
// A Hijri year is not a Gregorian one: 1445 هـ is unreadable as a date.
const HIJRI = 'ه هجري هجرية للهجرة ah a.h.'
// A date compared, bounded or made vague is another claim: قبل 2023, since 2020, أواخر 2023.
const BLOCKERS =
  'قبل بعد منذ حتى إلى خلال طوال before after since by until till from between during prior avant après depuis ' +
  'أواخر أوائل أواسط منتصف مطلع بداية بدايات نهاية أواخر late early mid beginning end'

type Kind = 'month' | 'frame' | 'yearMark' | 'era' | 'hijri' | 'block' | 'ordinal'
type Word = { kind: Kind; v: number }

const WORDS = new Map<string, Word[]>() // first folded word → phrases starting with it, longest first
const PHRASE_WORDS = new Map<string, string[][]>()

function addWords(list: string, word: Word): void {
  for (const phrase of list.split(/\s+/)) {
    if (!phrase) continue
    const parts = (phrase.length > 2 ? phrase.split(/[_.]/) : [phrase]).filter(Boolean).map(foldLetters)
    const key = parts.join(' ')
    if (!WORDS.has(key)) WORDS.set(key, [word])
    const starts = PHRASE_WORDS.get(parts[0]!) ?? []
    if (!starts.some((p) => p.join(' ') === key)) starts.push(parts)
    starts.sort((a, b) => b.length - a.length)
    PHRASE_WORDS.set(parts[0]!, starts)
  }
}

MONTHS.forEach((m, i) => addWords(m.words, { kind: 'month', v: i + 1 }))
// A weekday frames a date and must be its day: v is 1 + its day of the week (Sunday 0), so that «الأحد 8 تشرين الثاني
// 2025» (a Saturday) is no date.
const WEEKDAY_OF: Record<string, number> = {
  السبت: 6,
  الأحد: 0,
  الاثنين: 1,
  الإثنين: 1,
  الثلاثاء: 2,
  الاتنين: 1,
  التلات: 2,
  التلاتاء: 2,
  التلاتا: 2,
  الثلاثا: 2,
  الأربعاء: 3,
  الأربعا: 3,
  الخميس: 4,
  الجمعة: 5,
  saturday: 6,
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  sat: 6,
  sun: 0,
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
  samedi: 6,
  dimanche: 0,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
}
for (const day of WEEKDAYS.split(' ')) addWords(day, { kind: 'frame', v: 1 + WEEKDAY_OF[day]! })

const FOLDED_WEEKDAY = new Map(Object.entries(WEEKDAY_OF).map(([word, day]) => [foldLetters(word), day]))

/** The days of the week (Sunday 0) a text names, by their words (`Monday`, `mon`, «الأحد», `lundi`). */
export function weekdaysNamed(text: string): Set<number> {
  const days = new Set<number>()
  for (const word of foldLetters(text.toLowerCase()).split(/[^\p{L}\p{M}]+/u)) {
    const day = FOLDED_WEEKDAY.get(word)
    if (day !== undefined) days.add(day)
  }
  return days
}
addWords(FRAMES, { kind: 'frame', v: 0 })
addWords(YEAR_MARKS, { kind: 'yearMark', v: 0 })
addWords(ERA, { kind: 'era', v: 0 })
addWords(HIJRI, { kind: 'hijri', v: 0 })
addWords(BLOCKERS, { kind: 'block', v: 0 })
AR_ORDINALS.forEach((w, i) => addWords(w, { kind: 'ordinal', v: i + 1 }))
addWords('أول', { kind: 'ordinal', v: 1 })
addWords('الحادي', { kind: 'ordinal', v: 1 })
// The first of a month as the Maghreb says it («فاتح يناير», «الفاتح من ماي») and as French does (premier janvier).
addWords('فاتح الفاتح premier', { kind: 'ordinal', v: 1 })
EN_ORDINALS.split(' ').forEach((w, i) => addWords(w, { kind: 'ordinal', v: i + 1 }))
addWords('twentieth العشرين العشرون', { kind: 'ordinal', v: 20 })
addWords('thirtieth الثلاثين الثلاثون', { kind: 'ordinal', v: 30 })

// An English month name or its abbreviation, written before or after a day's number.
const EN_MONTH = MONTHS.map((m) =>
  m.words
    .split(' ')
    .filter((w) => /^[a-z]+$/.test(w) && w.length >= 3 && !/[éû]/.test(w))
    .join('|'),
).join('|')
const MONTH_THEN_DAY = new RegExp(`\\b(?:${EN_MONTH})\\.?\\s+\\d{1,2}(?!\\d)`, 'i')
const DAY_THEN_MONTH = new RegExp(`(?<!\\d)\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${EN_MONTH})\\b`, 'i')
const SLASHED_DATE = /^\s*(\d{1,2})\/(\d{1,2})(\/\d{2,4})?\s*$/

/**
 * A date written in figures month first (`11/1/2025` for Nov. 1, 2025), as American readers write it, read day first:
 * when the texts write their dates as America does (`Nov. 1, 2025`, `November 3`), never day first (`1 November`), an
 * answer that is only a slashed date whose first figure may be a month has its two first figures swapped
 * (`1/11/2025`); null otherwise. The grader reads slashed dates day first (`8/9/2023` is 8 September), as the Arab
 * world, Britain and India write them; in American texts it reads them through this only, so that `3/11/2025` is
 * March 11 there and never 3 November (`13/11/2025` can only be day first, and is read so).
 */
export function monthFirstDate(answer: string, texts: readonly string[]): string | null {
  const m = SLASHED_DATE.exec(answer)
  if (m === null || Number(m[1]) > 12 || !texts.some((t) => MONTH_THEN_DAY.test(t)) || texts.some((t) => DAY_THEN_MONTH.test(t))) return null
  return `${m[2]}/${m[1]}${m[3] ?? ''}`
}

/** Every word of a month or weekday name, folded: the text matcher never lets a typo change one. */
export const CALENDAR_WORDS: readonly string[] = [...MONTHS.flatMap((m) => m.words.split(' ')), ...WEEKDAYS.split(' ')]
  .flatMap((w) => w.split('_'))
  .map(foldLetters)

// 1st, 2nd, 8th, and French 1er (le 1er janvier)
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th', 'er'])
const TEN = foldLetters('عشر')
const TENS_WORDS: Record<string, number> = { twenty: 20, thirty: 30 }
const RESTATEMENT = '()[]{}='

type Item =
  | { k: 'month'; v: number }
  | { k: 'num'; v: number; digits: string | null } // digits as written, null for words
  | { k: 'ordinal'; v: number }
  | { k: 'yearMark' | 'era' | 'hijri' | 'other' | 'mark' | 'sep'; v: number; c?: string }
  | { k: 'numeric'; parts: DateParts }

/** The calendar word at `i` (one or more tokens), if any. */
function wordAt(T: Token[], i: number): { word: Word; end: number } | null {
  const tok = T[i]
  if (tok?.t !== 'word') return null
  for (const parts of PHRASE_WORDS.get(tok.w) ?? []) {
    if (
      parts.every((w, k) => {
        const t = T[i + k]
        return t?.t === 'word' && t.w === w
      })
    ) {
      return { word: WORDS.get(parts.join(' '))![0]!, end: i + parts.length }
    }
  }
  return null
}

const NUMBER_KINDS = new Set<Entry['k']>(['digit', 'ten', 'teen', 'tens', 'hundred', 'hundreds', 'scale'])

/**
 * The text as date items: months, numbers, ordinals, year marks (عام), eras (م, AD), numeric dates
 * (8/9/2023), restatement marks. Frames and commas are left out; a word that is none of these is
 * `other` (the answer reader asks the question's context about it, the text scanner skips it).
 */
const MONTH_WORDS: ReadonlySet<string> = new Set(['شهر', 'month'].map(foldLetters))

function itemsOf(T: Token[], plainWord: ((w: string) => boolean) | null, weekdays?: number[]): Item[] | null {
  const items: Item[] = []
  for (let i = 0; i < T.length; ) {
    const tok = T[i]!
    const cal = wordAt(T, i)
    if (cal) {
      const { kind, v } = cal.word
      i = cal.end
      if (kind === 'frame') {
        if (v > 0) weekdays?.push(v - 1)
        // «شهر 10 2026», `month 10`: a month said by its number after the word for month
        const n = T[i]
        if (MONTH_WORDS.has((tok as { w: string }).w) && n?.t === 'num' && Number.isInteger(n.v) && n.v >= 1 && n.v <= 12 && numericDate(T, i) === null) {
          items.push({ k: 'month', v: n.v })
          i++
        }
        continue
      }
      if (kind === 'block') {
        if (plainWord) return null
        items.push({ k: 'other', v: 0 })
        continue
      }
      if (kind === 'ordinal') {
        const ordinal = ordinalTail(T, i, v)
        items.push({ k: 'ordinal', v: ordinal.v })
        i = ordinal.end
        continue
      }
      items.push(kind === 'month' ? { k: 'month', v } : { k: kind, v: 0 })
      continue
    }
    if (tok.t === 'num') {
      const numeric = numericDate(T, i)
      if (numeric) {
        items.push({ k: 'numeric', parts: numeric.parts })
        i = numeric.end
        continue
      }
      items.push({ k: 'num', v: tok.v, digits: PLAIN_DIGITS.test(tok.raw) ? tok.raw : '' })
      i++
      // 8th, 1st: a suffix written onto the digits
      const next = T[i]
      if (next?.t === 'word' && next.start === tok.end && ORDINAL_SUFFIX.has(next.w)) {
        items[items.length - 1] = { k: 'ordinal', v: Number.isInteger(tok.v) ? tok.v : 0 }
        i++
      }
      continue
    }
    if (tok.t === 'sym') {
      const dotted = DOTTED_DATE.exec(tok.c)
      if (dotted) {
        const parts = numericParts([dotted[1]!, dotted[2]!, dotted[3]!])
        items.push(parts ? { k: 'numeric', parts } : { k: 'other', v: 0 })
      } else if (tok.c === ',') {
        // a comma only separates: September 8, 2023
      } else if (RESTATEMENT.includes(tok.c) || tok.c === '/' || tok.c === '-') {
        items.push({ k: tok.c === '/' || tok.c === '-' ? 'sep' : 'mark', v: 0, c: tok.c })
      } else {
        if (plainWord) return null
        items.push({ k: 'other', v: 0 })
      }
      i++
      continue
    }
    const e = tok.e
    // twenty-first, thirty first
    const tens = TENS_WORDS[tok.w]
    const unit = tens !== undefined ? wordAt(T, i + 1) : null
    if (tens !== undefined && unit?.word.kind === 'ordinal' && unit.word.v < 10) {
      items.push({ k: 'ordinal', v: tens + unit.word.v })
      i = unit.end
      continue
    }
    if (e && (NUMBER_KINDS.has(e.k) || e.k === 'a')) {
      // Years and days in words: عام ألف وتسعمائة، nineteen hundred, a thousand nine hundred
      const n = readNumber(T, i)
      if (n && n.end > i + (e.k === 'a' ? 1 : 0)) {
        // A year said in two English numbers: nineteen fifty-six, twenty twenty-two (its century, then 10–99).
        const rest = LATIN_LETTER.test(tok.w) && n.v >= 18 && n.v <= 20 && Number.isInteger(n.v) ? readNumber(T, n.end) : null
        const second = T[n.end]
        if (rest && second?.t === 'word' && LATIN_LETTER.test(second.w) && rest.v >= 10 && rest.v <= 99 && Number.isInteger(rest.v)) {
          items.push({ k: 'num', v: n.v * 100 + rest.v, digits: null })
          i = rest.end
          continue
        }
        items.push({ k: 'num', v: n.v, digits: null })
        i = n.end
        continue
      }
    }
    const plain = e === null || e.k === 'adj' || e.k === 'and'
    if (plainWord && !(plain && plainWord(tok.w)) && e?.k !== 'and') return null
    items.push({ k: 'other', v: 0 })
    i++
  }
  return items
}

/** An ordinal 1–9 (value `v`) continued at `i`: الحادي عشر = 11, الثاني والعشرين = 22. */
function ordinalTail(T: Token[], i: number, v: number): { v: number; end: number } {
  if (v >= 10) return { v, end: i }
  const next = T[i]
  if (next?.t === 'word' && (next.w === TEN || next.w === `${TEN}\u0647`)) return { v: v + 10, end: i + 1 }
  const tens = next?.t === 'word' && next.e?.k === 'and' ? wordAt(T, i + 1) : null
  if (tens?.word.kind === 'ordinal' && (tens.word.v === 20 || tens.word.v === 30)) return { v: v + tens.word.v, end: tens.end }
  return { v, end: i }
}

const LATIN_LETTER = /^[a-z]/
const DOTTED_DATE = /^(\d{1,4})\.(\d{1,2})\.(\d{1,4})$/

/** 8/9/2023, 2023-09-08, 9/2023, 8/9: numbers joined by one kind of separator, touching. */
function numericDate(T: Token[], i: number): { parts: DateParts; end: number } | null {
  const raw: string[] = []
  let sep: string | null = null
  let j = i
  for (;;) {
    const tok = T[j]
    if (tok?.t !== 'num' || !PLAIN_DIGITS.test(tok.raw)) return null
    raw.push(tok.raw)
    const s = T[j + 1]
    const n = T[j + 2]
    if (s?.t === 'sym' && (s.c === '/' || s.c === '-') && (sep === null || s.c === sep) && n?.t === 'num' && s.start === tok.end && n.start === s.end) {
      sep = s.c
      j += 2
      continue
    }
    break
  }
  if (raw.length < 2) return null
  const parts = numericParts(raw)
  return parts ? { parts, end: j + 1 } : null
}

/**
 * Numeric dates: y-m-d when the first number has four digits, else d/m/y (and d/m, m/y); m/d/y
 * only when it cannot be d/m/y (9/28/2023). A two-digit year is ambiguous: null.
 */
function numericParts(raw: string[]): DateParts | null {
  const n = raw.map(Number)
  const long = raw.map((r) => r.length >= 3)
  let parts: DateParts
  if (raw.length === 3) {
    if (long[0] && !long[1] && !long[2]) parts = { year: n[0]!, month: n[1]!, day: n[2]! }
    else if (!long[0] && !long[1] && long[2])
      parts = n[1]! > 12 && n[0]! <= 12 ? { month: n[0]!, day: n[1]!, year: n[2]! } : { day: n[0]!, month: n[1]!, year: n[2]! }
    else return null
  } else if (raw.length === 2) {
    if (long[0] && !long[1]) parts = { year: n[0]!, month: n[1]! }
    else if (!long[0] && long[1]) parts = { month: n[0]!, year: n[1]! }
    else if (!long[0] && !long[1]) parts = { day: n[0]!, month: n[1]! }
    else return null
  } else return null
  return isDateParts(parts) ? parts : null
}

const isDay = (it: Item | undefined): it is Item & { v: number } =>
  (it?.k === 'ordinal' && it.v >= 1 && it.v <= 31) ||
  (it?.k === 'num' && Number.isInteger(it.v) && it.v >= 1 && it.v <= 31 && (it.digits === null || (it.digits.length >= 1 && it.digits.length <= 2)))
const isYear = (it: Item | undefined, alone: boolean): it is Item & { v: number } =>
  it?.k === 'num' && Number.isInteger(it.v) && it.v >= 1 && it.v <= 9999 && (alone || it.digits === null || it.digits.length >= 3)

/**
 * The date at `items[i]`: a numeric date; day month [year]; month day [year]; month [year]; or a
 * year (alone only when `bareYear`, else after عام/year or before an era). Returns its parts and
 * where it ends; null when no date starts there or its parts name none (31 June).
 */
function dateAt(items: Item[], i: number, bareYear: boolean): { parts: DateParts; end: number } | null {
  const it = items[i]
  if (it?.k === 'numeric') return withEra(items, i + 1, it.parts)
  let parts: DateParts = {}
  let j = i
  if (isDay(it) && items[j + 1]?.k === 'month') {
    parts = { day: it.v, month: (items[j + 1] as { v: number }).v }
    j += 2
  } else if (it?.k === 'month') {
    parts = { month: it.v }
    j++
    // September 8, 2023 — a number up to 31 right after the month is its day, unless عام says year
    const next = items[j]
    if (isDay(next)) {
      parts.day = next.v
      j++
    }
  }
  if (parts.month !== undefined) {
    const mark = items[j]?.k === 'yearMark' ? 1 : 0
    if (isYear(items[j + mark], false)) {
      parts.year = (items[j + mark] as { v: number }).v
      return check(withEra(items, j + mark + 1, parts))
    }
    return mark ? null : check({ parts, end: j })
  }
  // A year: عام 1900, 1900, 2023م
  const mark = it?.k === 'yearMark' ? 1 : 0
  const year = items[i + mark]
  if (!isYear(year, true)) return null
  const dated = withEra(items, i + mark + 1, { year: year.v })
  if (dated === null) return null
  if (!bareYear && !mark && dated.end === i + 1) return null
  return check(dated)
}

// An era after the year (2023م, 2023 AD) changes nothing; a Hijri one makes it no Gregorian date.
function withEra(items: Item[], j: number, parts: DateParts): { parts: DateParts; end: number } | null {
  const k = items[j]?.k
  if (k === 'hijri') return null
  return { parts, end: k === 'era' && parts.year !== undefined ? j + 1 : j }
}

const check = (d: { parts: DateParts; end: number } | null) => (d !== null && isDateParts(d.parts) ? d : null)

const isMark = (it: Item | undefined, c: string) => it !== undefined && 'c' in it && it.c === c

// أيلول (سبتمبر), أيلول/سبتمبر: a month glossed with its other name is one month.
function withoutMonthGlosses(items: Item[]): Item[] | null {
  const out: Item[] = []
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!
    const prev = out[out.length - 1]
    if (prev?.k === 'month') {
      const open = isMark(it, '(') && items[i + 1]?.k === 'month' && isMark(items[i + 2], ')')
      const slash = it.k === 'sep' && items[i + 1]?.k === 'month'
      if (open || slash) {
        if ((items[i + 1] as { v: number }).v !== prev.v) return null
        i += open ? 2 : 1
        continue
      }
    }
    out.push(it)
  }
  return out
}

/**
 * A whole answer read as one date, or null: the tokens (hedges removed) must hold exactly one date
 * and otherwise only frames (في، عام، on, the, weekdays, times of day) and words `plainWord`
 * allows (the question's own words). Restated dates (`8/9/2023 (8 سبتمبر 2023)`) must agree, and so
 * must a weekday with a whole date (`Saturday 8 November 2025`; not `Sunday 8 November 2025`).
 */
export function readDate(T: Token[], plainWord: (w: string) => boolean): DateParts | null {
  const weekdays: number[] = []
  const all = itemsOf(T, plainWord, weekdays)
  const items = all && withoutMonthGlosses(all)
  if (!items || items.some((it) => it.k === 'hijri')) return null
  const parts: Item[][] = [[]]
  for (const it of items) {
    if (it.k === 'mark') {
      if (parts[parts.length - 1]!.length > 0) parts.push([])
    } else if (it.k !== 'other') {
      parts[parts.length - 1]!.push(it)
    }
  }
  if (parts[parts.length - 1]!.length === 0) parts.pop()
  if (parts.length === 0 || parts.length > 4) return null
  let first: DateParts | null = null
  for (const part of parts) {
    const d = dateAt(part, 0, true)
    if (d === null || d.end !== part.length) return null
    if (first === null) first = d.parts
    else if (d.parts.year !== first.year || d.parts.month !== first.month || d.parts.day !== first.day) return null
  }
  // A weekday said of a whole date must be its day (`الأحد 8 تشرين الثاني 2025` is no date: that was a Saturday).
  if (first !== null && first.year !== undefined && first.month !== undefined && first.day !== undefined && weekdays.length > 0) {
    const date = new Date(0)
    date.setUTCFullYear(first.year, first.month - 1, first.day)
    if (weekdays.some((day) => day !== date.getUTCDay())) return null
  }
  return first
}

/**
 * Every date mentioned in a running text, in order: `8 سبتمبر 2023`, `الثامن من أيلول`,
 * `September 2023`, `8/9/2023`, and years written as such (`عام 1900`, `2023م`; a bare number
 * is left to `findNumbers`).
 */
export function findDates(text: string): DateParts[] {
  const items = itemsOf(tokenize(text), null)!
  const found: DateParts[] = []
  for (let i = 0; i < items.length; ) {
    const d = dateAt(items, i, false)
    if (d) {
      found.push(d.parts)
      i = Math.max(d.end, i + 1)
    } else i++
  }
  return found
}
