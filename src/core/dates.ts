/**
 * Calendar dates as numeric answer values (unit `date`): a date, a month or a year, encoded as the
 * integer YYYYMMDD where an unknown part is 00. The year 1900 is 19000000, September 2023 is
 * 20230900, 8 September 2023 is 20230908, and 8 September without a year is 908 (00000908).
 * Gregorian years 1–9999 only; reading dates from text is `date-words.ts`.
 */

/** A date with its known parts: a year, a month of a year, a day of a month (with or without a year). */
export type DateParts = { year?: number; month?: number; day?: number }

const isInt = (n: unknown, min: number, max: number): n is number => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

/** Days in `month` (1–12) of `year`; without a year February has 29 (the 29th may be meant). */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeap(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** Whether the parts name a date: a year, a month, or a day of a month, each in range. */
export function isDateParts(parts: DateParts): boolean {
  const { year, month, day } = parts
  if (year !== undefined && !isInt(year, 1, 9999)) return false
  if (month !== undefined && !isInt(month, 1, 12)) return false
  if (day !== undefined && (month === undefined || !isInt(day, 1, daysInMonth(month, year)))) return false
  return year !== undefined || month !== undefined
}

/**
 * The answer value of a date: `encodeDate({ year: 2023, month: 9, day: 8 })` is 20230908,
 * `encodeDate({ year: 1900 })` 19000000, `encodeDate({ month: 9, day: 8 })` 908. Throws a
 * RangeError for parts that name no date (month 13, 30 February, a day without a month).
 */
export function encodeDate(parts: DateParts): number {
  if (!isDateParts(parts)) throw new RangeError(`not a date: ${JSON.stringify(parts)}`)
  return (parts.year ?? 0) * 10_000 + (parts.month ?? 0) * 100 + (parts.day ?? 0)
}

/** The parts of an encoded date (`decodeDate(20230900)` is `{ year: 2023, month: 9 }`), or null when it is none. */
export function decodeDate(value: number): DateParts | null {
  if (!isInt(value, 1, 99_991_231)) return null
  const parts: DateParts = {}
  const year = Math.floor(value / 10_000)
  const month = Math.floor(value / 100) % 100
  const day = value % 100
  if (year) parts.year = year
  if (month) parts.month = month
  if (day) parts.day = day
  return isDateParts(parts) ? parts : null
}

/** Whether `value` encodes a date (see `encodeDate`). */
export function isDateValue(value: number): boolean {
  return decodeDate(value) !== null
}

/**
 * Whether an answer's date is the key's, to the key's precision:
 * - the answer has exactly the key's month and day: none missing (`2023` for 8 September 2023),
 *   none added (`8 September 1900` for the year 1900);
 * - the year may be left out when the key has a month (`8 سبتمبر` for 8 September 2023: the
 *   article's context says which year), but a year the key lacks is a claim nobody can check, and
 *   a year that differs is wrong;
 * - `tolerance` counts in the key's finest part: days for a date, months for a month, years for a year.
 */
export function dateMatches(key: number, answer: number, tolerance = 0): boolean {
  const k = decodeDate(key)
  const a = decodeDate(answer)
  if (k === null || a === null) return false
  if ((k.month === undefined) !== (a.month === undefined) || (k.day === undefined) !== (a.day === undefined)) return false
  if (a.year === undefined ? k.month === undefined : k.year === undefined) return false
  const year = a.year ?? k.year
  return Math.abs(ordinal({ ...a, year }) - ordinal(k)) <= tolerance
}

// A date's position on its own scale: days, months or years. Without a year, 2000 (a leap year).
function ordinal({ year, month, day }: DateParts): number {
  if (day !== undefined) {
    const d = new Date(0)
    d.setUTCFullYear(year ?? 2000, month! - 1, day) // not Date.UTC, which reads years 0–99 as 1900–1999
    return d.getTime() / 86_400_000
  }
  if (month !== undefined) return (year ?? 0) * 12 + month
  return year!
}
