import { decodeDate } from './dates.ts'
import { findDates } from './date-words.ts'
import { normalizeText } from './normalize.ts'

/**
 * A Hijri date the quote ties to the key's Gregorian one with «الموافق» («يوم الأحد 13 جمادى الآخرة 1446هـ الموافق
 * 15 ديسمبر 2024م», or the Gregorian date first): the article says the two are the same day, so an answer giving that
 * Hijri date (`13 جمادى الآخرة 1446هـ`, «١٣ جمادى الثانية ١٤٤٦», without its year too) gives the key. No Hijri date
 * is converted: one the quote does not tie to the key (another day, a Hijri year alone) stays unread.
 */

// The Hijri months in normalized spelling (ة → ه, ى → ي, أ → ا), each with the names readers give it.
const MONTHS: readonly (readonly string[])[] = [
  ['محرم', 'المحرم'],
  ['صفر'],
  ['ربيع الاول'],
  ['ربيع الثاني', 'ربيع الاخر', 'ربيع الاخره'],
  ['جمادي الاولي', 'جمادي الاول'],
  ['جمادي الاخره', 'جمادي الثانيه', 'جمادي الاخر', 'جمادي الثاني'],
  ['رجب'],
  ['شعبان'],
  ['رمضان'],
  ['شوال'],
  ['ذو القعده', 'ذي القعده'],
  ['ذو الحجه', 'ذي الحجه'],
]
const MONTH_OF = new Map(MONTHS.flatMap((names, i) => names.map((name) => [name, i + 1] as const)))
const MONTH_NAMES = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|')
// A day, a Hijri month and perhaps a year with its mark, in normalized text: «13 جمادي الاخره 1446ه».
const HIJRI_DATE = new RegExp(`(?<!\\S)(\\d{1,2}) (${MONTH_NAMES})(?: (\\d{3,4}) ?(?:ه|هجري|هجريه|للهجره)?)?(?!\\S)`, 'g')
// The word the quote puts between two names of one day (normalized; «الموافق لـ» is «الموافق» and a «ل» the date reader skips).
const SAME_DAY = /^(?:الموافق|الموافقه|وفق)$/

type HijriDate = { day: number; month: number; year?: number; start: number; end: number }

function hijriDatesIn(normalized: string): HijriDate[] {
  return [...normalized.matchAll(HIJRI_DATE)].map((m) => ({
    day: Number(m[1]),
    month: MONTH_OF.get(m[2]!)!,
    ...(m[3] === undefined ? {} : { year: Number(m[3]) }),
    start: m.index,
    end: m.index + m[0].length,
  }))
}

function isKeyDate(text: string, key: number, last: boolean): boolean {
  const dates = findDates(text)
  const date = last ? dates.at(-1) : dates[0]
  const k = decodeDate(key)
  return date !== undefined && k !== null && date.day === k.day && date.month === k.month && date.year === k.year
}

/** The Hijri date the quote says is the key's day, or null. */
function quotedHijriOfKey(quote: string, key: number): HijriDate | null {
  const text = normalizeText(quote)
  for (const date of hijriDatesIn(text)) {
    const after = text.slice(date.end).trim().split(' ')
    const before = text.slice(0, date.start).trim().split(' ')
    const tiedAfter = SAME_DAY.test(after[0] ?? '') && isKeyDate(after.slice(1, 8).join(' '), key, false)
    const tiedBefore = SAME_DAY.test(before.at(-1) ?? '') && isKeyDate(before.slice(-8, -1).join(' '), key, true)
    if (tiedAfter || tiedBefore) return date
  }
  return null
}

/**
 * Whether the answer is the Hijri date the quote ties to the key (`key` an encoded date): its day and month, and its
 * year if it gives one; besides it only «يوم» and a weekday (the caller checks the weekday is the quote's).
 */
export function givesQuotedHijriDate(quote: string, key: number, answer: string): boolean {
  const quoted = quotedHijriOfKey(quote, key)
  if (quoted === null) return false
  const text = normalizeText(answer)
  const said = hijriDatesIn(text)
  if (said.length !== 1) return false
  const [date] = said as [HijriDate]
  const rest = (text.slice(0, date.start) + text.slice(date.end)).split(' ').filter((w) => w !== '')
  if (rest.some((w, i) => !(i === 0 && w === 'يوم') && !WEEKDAYS.has(w))) return false
  if (date.year !== undefined && date.year !== quoted.year) return false
  return date.day === quoted.day && date.month === quoted.month
}

const WEEKDAYS = new Set(['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت'])
