import type { Parsed } from './grade.ts'
import { pickText } from './localized.ts'
import type { Lang, Question, Unit } from './quiz-schema.ts'

/**
 * Display strings for a graded answer: what the grader read ("150 دقيقة = 2.5 ساعة") and what
 * the right answer is ("ساعتان ونصف (2.5 ساعة)"), in Arabic or English.
 */

type ArabicNoun = { sg: string; dual: string; pl: string; feminine: boolean }

const AR_UNITS: Record<Exclude<Unit, 'count'>, ArabicNoun> = {
  second: { sg: 'ثانية', dual: 'ثانيتان', pl: 'ثوانٍ', feminine: true },
  minute: { sg: 'دقيقة', dual: 'دقيقتان', pl: 'دقائق', feminine: true },
  hour: { sg: 'ساعة', dual: 'ساعتان', pl: 'ساعات', feminine: true },
  day: { sg: 'يوم', dual: 'يومان', pl: 'أيام', feminine: false },
  week: { sg: 'أسبوع', dual: 'أسبوعان', pl: 'أسابيع', feminine: false },
  month: { sg: 'شهر', dual: 'شهران', pl: 'أشهر', feminine: false },
  year: { sg: 'سنة', dual: 'سنتان', pl: 'سنوات', feminine: true },
  person: { sg: 'شخص', dual: 'شخصان', pl: 'أشخاص', feminine: false },
}

const EN_UNITS: Record<Exclude<Unit, 'count'>, [string, string]> = {
  second: ['second', 'seconds'],
  minute: ['minute', 'minutes'],
  hour: ['hour', 'hours'],
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
  person: ['person', 'people'],
}

// 3–10 before a noun take the opposite gender: ثلاث ساعات، ثلاثة أيام.
const AR_3_TO_10_FOR_FEMININE = ['ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع', 'عشر']
const AR_3_TO_10_FOR_MASCULINE = ['ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة']

/** A number for display: Western digits, at most three decimals or two significant digits (2.5, 0.042, 0.00069, 9500). */
export function formatNumber(v: number): string {
  const r = v !== 0 && Math.abs(v) < 0.01 ? Number(v.toPrecision(2)) : Math.round(v * 1000) / 1000
  return String(Object.is(r, -0) ? 0 : r)
}

/** The unit's name as a label beside an answer field: `ساعة`, `hours`; empty for a plain count. */
export function unitName(unit: Unit, lang: Lang): string {
  if (unit === 'count') return ''
  return lang === 'en' ? EN_UNITS[unit][1] : AR_UNITS[unit].sg
}

/** A number with its unit: `150 دقيقة`, `3 ساعات`, `ساعتان`, `2.5 hours`, `1 hour`, `9500`. */
export function formatQuantity(value: number, unit: Unit, lang: Lang): string {
  const n = formatNumber(value)
  if (unit === 'count') return n
  if (lang === 'en') {
    const [one, many] = EN_UNITS[unit]
    return `${n} ${value === 1 ? one : many}`
  }
  const noun = AR_UNITS[unit]
  if (value === 1) return `${noun.sg} ${noun.feminine ? 'واحدة' : 'واحد'}`
  if (value === 2) return noun.dual
  // With digits, Arabic uses the plural for 3–10 (and 103–110 …) and the singular otherwise.
  const plural = Number.isInteger(value) && value % 100 >= 3 && value % 100 <= 10
  return `${n} ${plural ? noun.pl : noun.sg}`
}

/**
 * A half step of time up to ten in words — `نصف ساعة`, `ساعة ونصف`, `ساعتان ونصف`,
 * `ثلاث ساعات ونصف`, `ثلاثة أيام ونصف` — where digits alone read awkwardly; otherwise null.
 */
export function arabicQuantityWords(value: number, unit: Unit): string | null {
  if (unit === 'count' || unit === 'person' || value <= 0 || value > 10 || value % 1 !== 0.5) return null
  const noun = AR_UNITS[unit]
  const whole = Math.floor(value)
  if (whole === 0) return `نصف ${noun.sg}`
  const base =
    whole === 1
      ? noun.sg
      : whole === 2
        ? noun.dual
        : `${(noun.feminine ? AR_3_TO_10_FOR_FEMININE : AR_3_TO_10_FOR_MASCULINE)[whole - 3]} ${noun.pl}`
  return `${base} ونصف`
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
    case 'text':
      return parsed.normalized
    case 'number': {
      const shown = formatQuantity(parsed.value, parsed.unit, lang)
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
      const digits = formatQuantity(value, unit, lang)
      const plusMinus = tolerance > 0 ? ` ± ${formatNumber(tolerance)}` : ''
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
