import { countedNoun, withCountedNoun } from './counted-noun.ts'
import { MONTHS } from './date-words.ts'
import { decodeDate } from './dates.ts'
import type { Parsed } from './grade.ts'
import { pickText } from './localized.ts'
import type { Lang, Question, Unit } from './quiz-schema.ts'
import { AR_UNITS, arabicAdjective, EN_UNITS, type NamedUnit } from './unit-nouns.ts'
import { dimensionOf } from './units.ts'

/**
 * Display strings for a graded answer: what the grader read ("150 دقيقة = 2.5 ساعة") and what
 * the right answer is ("ساعتان ونصف (2.5 ساعة)"), in Arabic or English.
 */

// 3–10 before a noun take the opposite gender: ثلاث ساعات، ثلاثة أيام.
const AR_3_TO_10_FOR_FEMININE = ['ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع', 'عشر']
const AR_3_TO_10_FOR_MASCULINE = ['ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة']

/** A number for display: Western digits, at most three decimals or two significant digits (2.5, 0.042, 0.00069, 9500). */
export function formatNumber(v: number): string {
  const r = v !== 0 && Math.abs(v) < 0.01 ? Number(v.toPrecision(2)) : Math.round(v * 1000) / 1000
  return String(Object.is(r, -0) ? 0 : r)
}

const SCALES: [value: number, ar: string, arPlural: string, en: string][] = [
  [1e12, 'تريليون', 'تريليونات', 'trillion'],
  [1e9, 'مليار', 'مليارات', 'billion'],
  [1e6, 'مليون', 'ملايين', 'million'],
]

/**
 * A number with a scale word from a million up, when that loses nothing: `1.5 مليار`,
 * `مليون`, `3 ملايين`, `300 million`; otherwise digits (`1234567`). `scaled` says whether a
 * scale word was used (an Arabic noun after it is singular: `1.5 مليار ريال`).
 */
function formatAmount(v: number, lang: Lang): { text: string; scaled: boolean } {
  for (const [size, ar, arPlural, en] of SCALES) {
    const n = v / size
    if (Math.abs(n) < 1 || Math.abs(Number(formatNumber(n)) * size - v) > 1e-9 * Math.abs(v)) continue
    const digits = formatNumber(n)
    if (lang === 'en') return { text: `${digits} ${en}`, scaled: true }
    if (n === 1) return { text: ar, scaled: true }
    const plural = Number.isInteger(n) && n % 100 >= 3 && n % 100 <= 10
    return { text: `${digits} ${plural ? arPlural : ar}`, scaled: true }
  }
  return { text: formatNumber(v), scaled: false }
}

const MONTH_NAMES = (lang: Lang) => MONTHS.map((m) => m[lang])

/** The finest part of a date value, in which its tolerance counts: day, month or year. */
function datePrecision(value: number): Unit {
  const d = decodeDate(value)
  return d?.day !== undefined ? 'day' : d?.month !== undefined ? 'month' : 'year'
}

/** A date value (`dates.ts`) for display: `8 سبتمبر 2023`, `عام 1900`, `8 September 2023`, `1900`, `September`. */
export function formatDate(value: number, lang: Lang): string {
  const d = decodeDate(value)
  if (d === null) return formatNumber(value)
  const parts: string[] = []
  if (d.day !== undefined) parts.push(String(d.day))
  if (d.month !== undefined) parts.push(MONTH_NAMES(lang)[d.month - 1]!)
  if (d.year !== undefined) parts.push(d.month === undefined && lang === 'ar' ? `عام ${d.year}` : String(d.year))
  return parts.join(' ')
}

/**
 * The common ways to write a date value, for exports whose matching is exact (Moodle, QTI):
 * `8 سبتمبر 2023`, `8 September 2023`, `8/9/2023`, `2023-09-08`; `عام 1900`, `1900`.
 */
export function dateSpellings(value: number): string[] {
  const d = decodeDate(value)
  if (d === null) return [formatNumber(value)]
  const pad = (n: number) => String(n).padStart(2, '0')
  const { year, month, day } = d
  const numeric =
    month === undefined
      ? [String(year)]
      : day === undefined
        ? year === undefined
          ? []
          : [`${month}/${year}`, `${year}-${pad(month)}`]
        : year === undefined
          ? [`${day}/${month}`]
          : [`${day}/${month}/${year}`, `${year}-${pad(month)}-${pad(day)}`]
  return [...new Set([formatDate(value, 'ar'), formatDate(value, 'en'), ...numeric])]
}

/**
 * What an export whose matching is exact (Moodle, QTI) takes for a numeric answer that no student
 * would type as one number: a date's spellings, or a time in parts as a clock and in words in both
 * languages (`2:05:42`, `ساعتان و5 دقائق و42 ثانية`, `2 hours 5 minutes 42 seconds`); null for a
 * number to compare as a number.
 */
export function exactSpellings(value: number, unit: Unit): string[] | null {
  if (unit === 'date') return dateSpellings(value)
  const parts = timeParts(value, unit)
  if (!parts) return null
  // The clock form counts from the question's unit down to seconds: h:mm:ss, or m:ss.
  const smaller = SMALLER_TIME[unit]!
  const seconds = Math.round(value * smaller[smaller.length - 1]![1])
  const clock = unit === 'hour' ? [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60] : [Math.floor(seconds / 60), seconds % 60]
  const clockText = clock.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join(':')
  return [clockText, formatQuantity(value, unit, 'ar'), formatQuantity(value, unit, 'en')]
}

/**
 * What a numeric answer is asked in, for a prompt: `in hours`/`بالساعات`, `in Saudi
 * riyals`/`بالريال السعودي`, `number of people`/`عدد الأشخاص`, `a date`/`تاريخًا`.
 */
export function unitHint(unit: Unit, lang: Lang): string {
  const en = lang === 'en'
  switch (unit) {
    case 'count':
      return en ? 'a number' : 'عددًا'
    case 'person':
      return en ? 'number of people' : 'عدد الأشخاص'
    case 'date':
      return en ? 'a date' : 'تاريخًا'
    case 'percent':
      return en ? 'in percent' : 'بالمئة'
  }
  if (en) return `in ${EN_UNITS[unit][1]}`
  const noun = AR_UNITS[unit]
  if (noun.by) return noun.by
  return noun.adjective ? `بال${noun.sg} ال${arabicAdjective(noun, 'sg')}` : `بال${noun.pl}`
}

/**
 * A number with its unit: `150 دقيقة`, `3 ساعات`, `ساعتان`, `2.5 hours`, `1 hour`, `9500`,
 * `1.5 مليار ريال سعودي`, `1.5 billion Saudi riyals`, `12%`, `5 كم`, `3 أطنان`, `8 سبتمبر 2023`.
 */
export function formatQuantity(value: number, unit: Unit, lang: Lang): string {
  if (unit === 'date') return formatDate(value, lang)
  const parts = timeParts(value, unit)
  if (parts) return parts.map(([n, u]) => formatQuantity(n, u, lang)).join(lang === 'ar' ? ' و' : ' ')
  if (unit === 'percent') return `${formatNumber(value)}%`
  const amount = formatAmount(value, lang)
  const n = amount.text
  if (unit === 'count') return n
  if (lang === 'en') {
    const [one, many, abbr] = EN_UNITS[unit]
    return `${n} ${abbr ?? (value === 1 ? one : many)}`
  }
  const noun = AR_UNITS[unit]
  if (noun.abbr) return `${n} ${noun.abbr}`
  const adjective = (form: 'sg' | 'dual' | 'pl') => (noun.adjective ? ` ${arabicAdjective(noun, form)}` : '')
  if (amount.scaled) return `${n} ${noun.sg}${adjective('sg')}`
  if (value === 1) return `${noun.sg}${adjective('sg')} ${noun.feminine ? 'واحدة' : 'واحد'}`
  if (value === 2 && noun.dual) return `${noun.dual}${adjective('dual')}`
  // With digits, Arabic uses the plural for 3–10 (and 103–110 …), the accusative singular for
  // 11–99 (18 شهرًا، 15 ريالًا سعوديًا) and the genitive singular otherwise (100 يوم).
  const rest = value % 100
  if (Number.isInteger(value) && rest >= 3 && rest <= 10) return `${n} ${noun.pl}${adjective('pl')}`
  if (Number.isInteger(value) && rest >= 11) return `${n} ${accusative(noun.sg)}${noun.adjective ? ` ${accusative(arabicAdjective(noun, 'sg'))}` : ''}`
  return `${n} ${noun.sg}${adjective('sg')}`
}

// A time shown in parts is a time a person lives through: under a million hours.
const TIME_PARTS_BELOW = 1e6
const SMALLER_TIME: Partial<Record<Unit, [Unit, number][]>> = {
  hour: [
    ['minute', 60],
    ['second', 3600],
  ],
  minute: [['second', 60]],
}

/**
 * A time in hours or minutes of whole seconds but no quarter (2.095 hours: a race's 2:05:42) as
 * its parts: 2 hours 5 minutes 42 seconds; null for any other value (2.5 hours, 0.042 hours stay).
 */
function timeParts(value: number, unit: Unit): [number, Unit][] | null {
  const smaller = SMALLER_TIME[unit]
  // Quarters stay as they are written (2.5 hours, 1.25 hours), and so does less than one of the unit (0.042 hours).
  if (!smaller || !(value >= 1 && value < TIME_PARTS_BELOW) || Number.isInteger(value * 4)) return null
  const seconds = value * smaller[smaller.length - 1]![1]
  if (Math.abs(seconds - Math.round(seconds)) > 1e-6) return null
  let rest = Math.round(seconds)
  const last = smaller[smaller.length - 1]![1]
  const parts: [number, Unit][] = []
  for (const [u, per] of [[unit, 1] as [Unit, number], ...smaller]) {
    const size = last / per
    const n = Math.floor(rest / size)
    rest -= n * size
    if (n > 0) parts.push([n, u])
  }
  return parts
}

/** A singular noun or adjective in the accusative with tanween: شهر → شهرًا; ساعة, دقيقة unchanged. */
function accusative(word: string): string {
  return /[ةىءا]$/u.test(word) || word.includes(' ') ? word : `${word}ًا`
}

/**
 * A half step of time up to ten in words — `نصف ساعة`, `ساعة ونصف`, `ساعتان ونصف`,
 * `ثلاث ساعات ونصف`, `ثلاثة أيام ونصف` — where digits alone read awkwardly; otherwise null.
 */
export function arabicQuantityWords(value: number, unit: Unit): string | null {
  if (dimensionOf(unit) !== 'time' || value <= 0 || value > 10 || value % 1 !== 0.5) return null
  const noun = AR_UNITS[unit as NamedUnit]
  const whole = Math.floor(value)
  if (whole === 0) return `نصف ${noun.sg}`
  const base = whole === 1 ? noun.sg : whole === 2 ? noun.dual : `${(noun.feminine ? AR_3_TO_10_FOR_FEMININE : AR_3_TO_10_FOR_MASCULINE)[whole - 3]} ${noun.pl}`
  return `${base} ونصف`
}

/** A count of people or things with the noun the question counts (`2000 جندي`), when its prompt names one. */
function counted(question: Question, value: number, unit: Unit, lang: Lang): string | null {
  if (unit !== 'person' && unit !== 'count') return null
  const noun = countedNoun(pickText(question.prompt, lang), lang)
  return noun && withCountedNoun(value, formatAmount(value, lang).text, noun, lang)
}

function choiceTexts(question: Question, ids: string[], lang: Lang): string {
  const choices = question.type === 'single' || question.type === 'multiple' ? question.choices : []
  const texts = ids.map((id) => {
    const choice = choices.find((c) => c.id === id)
    return choice ? pickText(choice.text, lang) : id
  })
  return texts.join(lang === 'ar' ? '، ' : ', ')
}

const ARABIC_SCRIPT = /[\u0600-\u06FF]/

const booleanText = (value: boolean, lang: Lang) => (lang === 'ar' ? (value ? 'صح' : 'خطأ') : value ? 'True' : 'False')

/**
 * What the grader read the answer as, for "we read your answer as …": choices by their text,
 * صح/خطأ, the normalised text, or a quantity with its conversion (`150 دقيقة = 2.5 ساعة`,
 * `150 minutes = 2.5 hours`). A bare number is shown in the question's unit (`2.5 ساعة`).
 */
export function describeParsed(parsed: Parsed, question: Question, lang: Lang): string {
  switch (parsed.kind) {
    case 'choice':
      return choiceTexts(question, parsed.choiceIds, lang)
    case 'boolean':
      return booleanText(parsed.value, lang)
    case 'text': {
      // The accepted form the answer matched, and the answer it stands for when it is another name
      // (`Peking → Beijing`, but `in Beijing` is `Beijing`); a text that matched nothing as normalised.
      if (!parsed.matched) return parsed.normalized
      const canonical = describeExpected(question, lang)
      return parsed.matched.includes(canonical) ? canonical : `${parsed.matched} ${lang === 'ar' ? '←' : '→'} ${canonical}`
    }
    case 'number': {
      const shown = counted(question, parsed.value, parsed.unit, lang) ?? formatQuantity(parsed.value, parsed.unit, lang)
      const { value, unit } = parsed.input
      const counts = (u: Unit) => u === 'person' || u === 'count'
      if (unit === null || unit === parsed.unit || (counts(unit) && counts(parsed.unit))) return shown
      // Converted (150 دقيقة = 2.5 ساعة) or not convertible (the unit the student wrote).
      const typed = formatQuantity(value, unit, lang)
      return typed === shown ? shown : `${typed} = ${shown}`
    }
  }
}

/**
 * The right answer for display: the choice text(s), صح/خطأ (True/False), the number with its
 * unit (in Arabic also in words: `ساعتان ونصف (2.5 ساعة)`) and tolerance, or the first accepted
 * text written in the requested language (the first one if none is).
 */
export function describeExpected(question: Question, lang: Lang): string {
  switch (question.type) {
    case 'single':
      return choiceTexts(question, [question.answer], lang)
    case 'multiple':
      return choiceTexts(question, question.answer, lang)
    case 'boolean':
      return booleanText(question.answer, lang)
    case 'numeric': {
      const { value, unit, tolerance } = question.answer
      const digits = counted(question, value, unit, lang) ?? formatQuantity(value, unit, lang)
      const plusMinus = tolerance > 0 ? ` ± ${unit === 'date' ? formatQuantity(tolerance, datePrecision(value), lang) : formatNumber(tolerance)}` : ''
      const words = lang === 'ar' ? arabicQuantityWords(value, unit) : null
      if (words !== null) return `${words} (${digits}${plusMinus})`
      return plusMinus ? `${digits} (${plusMinus.trim()})` : digits
    }
    case 'text': {
      const accepted = question.answer.accepted
      return accepted.find((a) => ARABIC_SCRIPT.test(a) === (lang === 'ar')) ?? accepted[0]!
    }
  }
}
