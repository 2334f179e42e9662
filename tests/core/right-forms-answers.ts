import { decodeDate } from '../../src/core/dates.ts'
import { dateSpellings, formatDate, formatNumber, formatQuantity } from '../../src/core/describe.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import type { Question, Quiz, Unit } from '../../src/core/quiz-schema.ts'
import { AR_UNITS, EN_UNITS, type NamedUnit } from '../../src/core/unit-nouns.ts'
import { measureQuizzes } from './measure-quizzes.ts'
import { READERS_15_QUIZZES } from './grade-readers-15-articles.ts'
import { READERS_16_QUIZZES } from './grade-readers-16-articles.ts'
import { READERS_17_QUIZZES } from './grade-readers-17-articles.ts'
import { READERS_18_QUIZZES } from './grade-readers-18-articles.ts'
import { READERS_19_QUIZZES } from './grade-readers-19-articles.ts'
import { READERS_20_QUIZZES } from './grade-readers-20-articles.ts'
import { arabicWords, englishWords } from './number-words.ts'

type NumericQuestion = Extract<Question, { type: 'numeric' }>
type TextQuestion = Extract<Question, { type: 'text' }>
type BooleanQuestion = Extract<Question, { type: 'boolean' }>

/**
 * The right-forms round (grade-right-forms.test.ts), the mirror of the second red-team round: for a question of a frozen
 * quiz, RIGHT answers in the renderings readers write them in — the key's figure in digits with and without thousands
 * separators, in Arabic-Indic digits, in Arabic and English words, with its unit written out, abbreviated or left off,
 * with a hedge, inside a short sentence, with a full stop; a name with a title or inside a sentence; a verdict in its
 * common words, alone or with the statement's own figure. Plain loops over the question's own key: no randomness.
 * `src/core` has no number-to-words formatter (`describe.ts` writes digits), so the words come from the tests' own
 * `number-words.ts`, first spelling of each.
 */

/** A right answer and what rendering it is. */
export type RightRow = { answer: string; kind: string }

const EASTERN = '٠١٢٣٤٥٦٧٨٩'
const easternDigits = (text: string) => text.replace(/\d/g, (d) => EASTERN[Number(d)]!).replace(/\./g, '٫')

/** The figure with thousands separators: 12,500 (null when it has none). */
function grouped(v: number): string | null {
  const plain = formatNumber(v)
  const [whole, decimals] = plain.split('.')
  if (whole!.length < 5) return null
  const withCommas = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return decimals ? `${withCommas}.${decimals}` : withCommas
}

/** The unit's words after a number: the long form and its abbreviation, per language ('' for a count). */
function unitForms(v: number, unit: Unit, lang: 'ar' | 'en'): string[] {
  if (unit === 'count') return ['']
  if (unit === 'percent') return lang === 'en' ? ['%', ' percent', ' per cent'] : ['%', ' في المئة', ' بالمئة']
  const named = unit as NamedUnit
  if (lang === 'en') {
    const [one, many, abbr] = EN_UNITS[named]
    return [` ${v === 1 ? one : many}`, ...(abbr ? [` ${abbr}`] : [])]
  }
  const noun = AR_UNITS[named]
  // The noun as written after 100 (the genitive singular, `100 يوم`, `100 ريال سعودي`), right after any figure in digits.
  const own = formatQuantity(100, unit, 'ar').replace(/^100\s*/, '')
  return [...new Set([` ${own}`, ...(noun.abbr ? [` ${noun.sg}`] : [])])]
}

function numericRows(q: NumericQuestion): RightRow[] {
  const { value: v, unit } = q.answer
  const rows: RightRow[] = []
  const add = (answer: string, kind: string) => rows.push({ answer, kind })
  if (unit === 'date') {
    for (const spelling of dateSpellings(v)) add(spelling, 'a date')
    for (const lang of ['ar', 'en'] as const) {
      const right = formatDate(v, lang)
      add(`${right}.`, 'a date with a full stop')
      add(lang === 'ar' ? `في ${right}` : `on ${right}`, 'a date in a sentence')
      add(easternDigits(formatDate(v, 'ar')), 'a date in Arabic-Indic digits')
      add(lang === 'ar' ? `بتاريخ ${right}` : `It was on ${right}.`, 'a date in a sentence')
      const d = decodeDate(v)
      if (lang === 'en' && d?.day && d.month) {
        const month = formatDate(v, 'en').split(' ')[1]!
        const suffix = d.day % 10 === 1 && d.day !== 11 ? 'st' : d.day % 10 === 2 && d.day !== 12 ? 'nd' : d.day % 10 === 3 && d.day !== 13 ? 'rd' : 'th'
        const year = d.year ? ` ${d.year}` : ''
        add(`${month} ${d.day}${d.year ? `, ${d.year}` : ''}`, 'a date, month first')
        add(`${d.day}${suffix} ${month}${year}`, 'a date with an ordinal day')
        add(`the ${d.day}${suffix} of ${month}${year}`, 'a date with an ordinal day')
      }
    }
    return rows
  }
  // A time the key writes in parts (2 hours 5 minutes) is read in parts: only its own formats.
  const inParts = / و|\d \w+ \d/.test(formatQuantity(v, unit, 'ar')) || / \d/.test(formatQuantity(v, unit, 'en'))
  for (const lang of ['ar', 'en'] as const) {
    const right = formatQuantity(v, unit, lang)
    add(right, 'the key as displayed')
    if (inParts) continue
    const plain = formatNumber(v)
    const figures = [plain, ...(grouped(v) ? [grouped(v)!] : [])]
    for (const figure of figures)
      for (const u of unitForms(v, unit, lang)) {
        add(`${figure}${u}`, figure === plain ? 'digits with the unit' : 'digits with thousands separators')
        if (lang === 'ar') add(easternDigits(`${figure}${u}`), 'Arabic-Indic digits')
      }
    if (grouped(v)) {
      // Arabic thousands separator «٬» with Arabic-Indic digits; a space grouping thousands
      if (lang === 'ar') add(easternDigits(grouped(v)!).replace(/,/g, '٬'), 'Arabic-Indic digits')
      else add(grouped(v)!.replace(/,/g, ' '), 'digits with thousands separators')
    }
    // A figure of a million or more in words of its scale (`4.6 million`, «4.6 مليون»), written by the reader without the unit.
    const scaled = formatQuantity(v, 'count', lang)
    if (scaled !== plain) add(scaled, 'the bare figure')
    add(plain, 'the bare figure')
    // Short English forms news and readers write: `4.6m`, `£2.4m`, `3h`, `45 mins`, `12 pc`.
    if (lang === 'en') {
      for (const [size, short] of [
        [1e9, 'bn'],
        [1e6, 'm'],
      ] as const)
        if (v >= size && Number.isInteger((v / size) * 100)) {
          const n = formatNumber(v / size)
          add(`${n}${short}`, 'a short English form')
          const symbol = ({ GBP: '£', USD: '$', EUR: '€' } as Partial<Record<Unit, string>>)[unit]
          if (symbol) add(`${symbol}${n}${short}`, 'a short English form')
          break
        }
      const short = ({ hour: ['h', 'hrs'], minute: ['min', 'mins'], kilometre: ['km'], kilogram: ['kg'], percent: [' pc'] } as Partial<Record<Unit, string[]>>)[
        unit
      ]
      for (const u of short ?? []) add(`${plain}${u.startsWith(' ') ? u : ` ${u}`}`, 'a short English form')
      if (unit === 'hour' || unit === 'minute') add(`${plain}${unit === 'hour' ? 'h' : 'min'}`, 'a short English form')
    } else {
      if (unit === 'percent') add(`${plain} بالمية`, 'digits with the unit')
      if (unit === 'hour') add(`${plain} ساعات`.replace(/^2 ساعات$/, '2 ساعة'), 'digits with the unit')
    }
    add(lang === 'ar' ? easternDigits(plain) : `${plain}.`, lang === 'ar' ? 'Arabic-Indic digits' : 'a full stop')
    // Number words (integers a reader would spell), with the unit's long form.
    if (Number.isInteger(v) && v >= 2 && v < 1e6 && unit !== 'percent') {
      const words = lang === 'ar' ? arabicWords(v, (o) => o[0]!) : englishWords(v, (o) => o[0]!)
      const noun = unitForms(v, unit, lang)[0]!
      add(`${words}${noun}`, `${lang === 'ar' ? 'Arabic' : 'English'} words`)
    }
    for (const w of lang === 'en'
      ? [`about ${right}`, `around ${right}`, `maybe ${right}`, `approximately ${right}`, `roughly ${right}`, `${right} approximately`]
      : [`حوالي ${right}`, `تقريبا ${right}`, `ربما ${right}`, `نحو ${right}`, `حوالى ${right}`, `${right} تقريباً`, `قرابة ${right}`])
      add(w, 'a hedge')
    for (const w of lang === 'en'
      ? [`it's ${right}`, `the answer is ${right}`, `${right}.`, `It is ${right}.`]
      : [`الجواب ${right}`, `الجواب هو ${right}`, `${right}.`, `الإجابة: ${right}`, `${right}،`])
      add(w, 'in a sentence')
  }
  return rows
}

const AR_TITLES = ['السيد', 'الدكتور', 'المهندس', 'الأستاذ']
const EN_TITLES = ['Mr', 'Dr']

function textRows(q: TextQuestion): RightRow[] {
  const rows: RightRow[] = []
  const add = (answer: string, kind: string) => rows.push({ answer, kind })
  const asksWho = /\bwho\b|(^|\s)(من|مَن)(\s|$)/i.test(`${q.prompt.ar ?? ''} ${q.prompt.en ?? ''}`)
  for (const accepted of q.answer.accepted) {
    const arabic = /[\u0600-\u06ff]/.test(accepted)
    add(accepted, 'the accepted name')
    add(`${accepted}.`, 'a full stop')
    add(arabic ? `الجواب ${accepted}` : `it's ${accepted}`, 'in a sentence')
    add(arabic ? `الجواب هو ${accepted}` : `the answer is ${accepted}`, 'in a sentence')
    // The article «ال» written as its own word's prefix or left off a place's one-word name.
    if (!arabic) add(accepted.toLowerCase(), 'in lower case')
    add(arabic ? `${accepted}؟` : `${accepted}?`, 'a question mark (the reader’s hedge)')
    if (arabic && !asksWho && /^ال\S+$/.test(accepted)) add(accepted.slice(2), 'without its article')
    if (asksWho && accepted.includes(' ')) for (const t of arabic ? AR_TITLES : EN_TITLES) add(`${t} ${accepted}`, 'with a title')
  }
  return rows
}

const VERDICT_WORDS = {
  true: ['صح', 'صحيح', 'نعم', 'صحيحة', 'نعم صحيح', 'العبارة صحيحة', 'true', 'True', 'TRUE', 'yes', 'Yes, true', 'correct', 'right', "it's true", 'T', '✓'],
  false: [
    'خطأ',
    'خطا',
    'غلط',
    'خاطئ',
    'خاطئة',
    'لا',
    'لا، خطأ',
    'العبارة خاطئة',
    'false',
    'False',
    'FALSE',
    'no',
    'No, false',
    'wrong',
    'incorrect',
    "it's false",
    'not true',
    'F',
    '✗',
  ],
} as const

function booleanRows(q: BooleanQuestion): RightRow[] {
  const rows: RightRow[] = []
  const key = String(q.answer) as 'true' | 'false'
  for (const w of VERDICT_WORDS[key]) rows.push({ answer: w, kind: 'a verdict word' }, { answer: `${w}.`, kind: 'a verdict with a full stop' })
  for (const lang of ['ar', 'en'] as const) {
    const statement = q.prompt[lang]
    if (!statement) continue
    const word = key === 'true' ? (lang === 'ar' ? 'صح' : 'true') : lang === 'ar' ? 'خطأ' : 'false'
    // The statement's own figure with the words after it, as the verdict's reason (the red-team round's control).
    for (const match of statement.matchAll(/[£$€]?\d[\d,.]*(?:\s+[^\s.,;:!?«»"“”()،]+){0,5}/g)) {
      // Not the later part of a measure in parts (`three hours and 20 minutes`): `true, 20 minutes` cites another
      // figure (verdict-reasons.ts, the twentieth set's rule).
      if (/(\band|\sو)\s*$/.test(statement.slice(0, match.index))) continue
      const snippet = match[0].replace(/[.,]$/, '')
      rows.push({ answer: `${word}, ${snippet}`, kind: 'a verdict with the statement’s figure' })
      rows.push({ answer: `${word} ${snippet.match(/[£$€]?\d[\d,.]*\d|\d/)![0]}`, kind: 'a verdict with the statement’s figure' })
    }
  }
  return rows
}

/** Every right rendering of a question (numeric, text or true/false), without repeats. */
export function rightRows(question: Question): RightRow[] {
  const rows =
    question.type === 'numeric'
      ? numericRows(question)
      : question.type === 'text'
        ? textRows(question)
        : question.type === 'boolean'
          ? booleanRows(question)
          : []
  const seen = new Set<string>()
  return rows.filter((row) => !seen.has(row.answer) && seen.add(row.answer))
}

/** The rows of a question and those the grader refuses. */
export function gradeRightForms(question: Question, quiz: Quiz): { rows: RightRow[]; refused: RightRow[] } {
  const rows = rightRows(question)
  return { rows, refused: rows.filter((row) => !gradeQuestion(question, row.answer, quiz.questions).correct) }
}

/** The frozen quizzes of readers' sets 15–20 and `kim-putin-beijing`. */
export function rightFormsQuizzes(): { name: string; quiz: Quiz }[] {
  return measureQuizzes(READERS_15_QUIZZES, READERS_16_QUIZZES, READERS_17_QUIZZES, READERS_18_QUIZZES, READERS_19_QUIZZES, READERS_20_QUIZZES)
}
