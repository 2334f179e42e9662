import { formatDate, formatNumber, formatQuantity } from '../../src/core/describe.ts'
import { decodeDate, encodeDate, isDateParts, isDateValue } from '../../src/core/dates.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import { findNumbers } from '../../src/core/numbers.ts'
import type { Question, Quiz, Unit } from '../../src/core/quiz-schema.ts'
import { UNITS } from '../../src/core/quiz-schema.ts'
import { convert, dimensionOf } from '../../src/core/units.ts'
import { arabicWords, englishWords } from './number-words.ts'

type NumericQuestion = Extract<Question, { type: 'numeric' }>
type TextQuestion = Extract<Question, { type: 'text' }>
type BooleanQuestion = Extract<Question, { type: 'boolean' }>

/**
 * The second red-team round's generators (grade-red-team-2.test.ts): for a question of a frozen quiz, WRONG answers that
 * look right, each a mutation of a right answer (its control) — the article's neighbouring figures, the right figure
 * with another unit, currency, scale word or period, inside a comparison, range, list, negation or question, number
 * words one off, digits of two scripts, a date a day, month or year off, a name with another first or family name, a
 * verdict with a wrong reason. Every generator is a plain loop over the question's own texts: no randomness.
 */

/** A wrong answer, the right one it mutates and what the mutation is. */
export type RedTeamRow = { answer: string; control: string; kind: string }

const first = (values: readonly number[], n: number) => [...new Set(values)].slice(0, n)

/** The step of the last written digit: 1 for 2500, 0.1 for 2.5, 0.01 for 3.25. */
function stepOf(v: number): number {
  const [whole, decimals = ''] = String(v).split('.')
  if (decimals) return 10 ** -decimals.length
  // A round figure steps in its last significant digit: 148000 by 1000, 600 billion by 100 billion.
  const zeros = /0*$/.exec(whole!)![0].length
  return 10 ** zeros
}

/** The value a neighbour, past the tolerance: v ± steps, v × 10, v ÷ 10. */
function neighbours(v: number, tolerance: number): number[] {
  const step = stepOf(v)
  let delta = step
  while (delta <= tolerance * 1.001) delta += step
  const round = (x: number) => Number(x.toFixed(6))
  return [round(v + delta), round(v - delta), round(v * 10), round(v / 10)].filter((x) => x > 0 && Math.abs(x - v) > tolerance * 1.001)
}

const EASTERN = '٠١٢٣٤٥٦٧٨٩'
/** Digits of two scripts: every other digit Eastern Arabic (`2٥0١`). */
function mixedDigits(text: string): string {
  let i = 0
  return text.replace(/\d/g, (d) => (i++ % 2 === 1 ? EASTERN[Number(d)]! : d))
}

const COMPARISON_IN_QUOTE =
  /more|less|least|most|up to|over|under|above|below|fewer|within|نحو|أكثر|اكثر|أقل|اقل|الأقل|حتى|فوق|تحت|دون|يتجاوز|تتجاوز|أزيد|يزيد|تزيد|يقل|تقل|غضون|حد|تجاوز|exceed|surpass|top|max|plus|moins/i
const PERIODS: { en: string; ar: string; root: RegExp }[] = [
  { en: 'a year', ar: 'سنويا', root: /year|annual|سنو|سنة|عام|العام/i },
  { en: 'a month', ar: 'شهريا', root: /month|شهر/i },
  { en: 'a day', ar: 'يوميا', root: /day|daily|يوم/i },
  { en: 'a week', ar: 'أسبوعيا', root: /week|أسبوع|اسبوع/i },
]

function texts(q: Question): string {
  return [q.prompt.ar, q.prompt.en, q.explanation.ar, q.explanation.en, q.evidence.quote].filter(Boolean).join(' \n ')
}

/** The words a unit is written with after a number, as `formatQuantity` writes 100 of it. */
function unitWords(unit: Unit, lang: 'ar' | 'en'): string {
  return formatQuantity(100, unit, lang).replace(/^100\s*/, '')
}

function numericRows(q: NumericQuestion, articleText: string): RedTeamRow[] {
  const { value: v, unit, tolerance } = q.answer
  if (unit === 'date') return dateRows(q)
  const rows: RedTeamRow[] = []
  const all = texts(q)
  const compares = COMPARISON_IN_QUOTE.test(q.evidence.quote)
  for (const lang of ['ar', 'en'] as const) {
    const right = formatQuantity(v, unit, lang)
    const near = neighbours(v, tolerance)
    const add = (answer: string, kind: string) => rows.push({ answer, control: right, kind })
    for (const n of near) add(formatQuantity(n, unit, lang), 'neighbour')
    for (const n of near.slice(0, 2)) add(mixedDigits(formatQuantity(n, unit, lang)), 'mixed digits, one off')
    for (const n of first(findNumbers(`${all}\n${articleText}`), 12)) {
      if (Math.abs(n - v) > tolerance * 1.001 && n > 0) add(formatQuantity(n, unit, lang), "the article's figure")
    }
    // Another unit of the same dimension, the same number: 2.5 minutes for 2.5 hours.
    const dimension = dimensionOf(unit)
    const others = UNITS.filter((u) => u !== unit && u !== 'date' && dimensionOf(u) === dimension && !(dimension === 'count'))
    for (const other of others.slice(0, 4)) {
      const back = convert(v, other, unit)
      if (back === null || Math.abs(back - v) > tolerance * 1.001) add(formatQuantity(v, other, lang), `another ${dimension === 'money' ? 'currency' : 'unit'}`)
    }
    // A currency's symbol or code that cannot name the key's currency: `$20` for 20 Egyptian pounds.
    if (dimension === 'money') {
      const foreign = (
        [
          ['$', 'USD CAD AUD'],
          ['€', 'EUR'],
          ['£', 'GBP EGP SDG LBP SYP'],
          ['SAR ', 'SAR'],
        ] as const
      ).filter(([, codes]) => !codes.split(' ').includes(unit))
      for (const [symbol] of foreign) add(`${symbol}${formatNumber(v)}`, 'another currency')
    }
    // Another dimension: a per cent, a sum of money, hours.
    for (const other of ['percent', 'USD', 'hour'] as const) {
      if (dimensionOf(other) !== dimension) add(formatQuantity(v, other, lang), 'another dimension')
    }
    // Another scale: a thousand times, a thousandth.
    if (v * 1000 < 1e13) add(formatQuantity(v * 1000, unit, lang), 'another scale')
    // Not 3.625 for 3625: a dot grouping thousands is right by design (docs/grading.md).
    const thousandth = formatQuantity(v / 1000, unit, lang)
    if (v >= 1000 && !/\d\.\d{3}(?!\d)/.test(thousandth)) add(thousandth, 'another scale')
    // A period the question's texts do not give.
    for (const period of PERIODS) if (!period.root.test(all)) add(`${right} ${period[lang]}`, 'another period')
    // Number words one off.
    if (Number.isInteger(v) && v >= 2 && v < 1e6 && unit !== 'percent') {
      const words = (n: number) => (lang === 'ar' ? arabicWords(n, (o) => o[0]!) : englishWords(n, (o) => o[0]!))
      const noun = unit === 'count' ? '' : ` ${unitWords(unit, lang)}`
      const control = `${words(v)}${noun}`
      rows.push({ answer: `${words(v + 1)}${noun}`, control, kind: 'number words one off' })
      rows.push({ answer: `${words(v - 1)}${noun}`, control, kind: 'number words one off' })
      if (v * 10 < 1e6) rows.push({ answer: `${words(v * 10)}${noun}`, control, kind: 'number words one off' })
      if (v % 10 === 0) rows.push({ answer: `${words(v / 10)}${noun}`, control, kind: 'number words one off' })
    }
    // Not a single value: a comparison, a range, a list, a negation. (Not a question mark: `2000?` is the reader's hedge,
    // right as `maybe 2000` is.)
    const other = formatQuantity(near[0] ?? v + 1, unit, lang)
    const wrappers =
      lang === 'en'
        ? [
            `not ${right}`,
            `${right} or ${other}`,
            `between ${right} and ${other}`,
            `from ${right} to ${other}`,
            `${right} to ${other}`,
            `${right} or more`,
            `${right} or less`,
          ]
        : [`ليس ${right}`, `مش ${right}`, `${right} أو ${other}`, `بين ${right} و${other}`, `من ${right} إلى ${other}`, `${right} أو أكثر`, `${right} وأكثر`]
    const comparisons =
      lang === 'en'
        ? [`more than ${right}`, `less than ${right}`, `at least ${right}`, `up to ${right}`, `over ${right}`, `under ${right}`]
        : [`أكثر من ${right}`, `أقل من ${right}`, `على الأقل ${right}`, `حتى ${right}`, `فوق ${right}`, `دون ${right}`]
    for (const w of wrappers) add(w, 'not a single value')
    if (!compares) for (const w of comparisons) add(w, 'a comparison')
  }
  return rows
}

function dateRows(q: NumericQuestion): RedTeamRow[] {
  const key = decodeDate(q.answer.value)
  if (!key) return []
  const rows: RedTeamRow[] = []
  const shifted: number[] = []
  const push = (parts: { year?: number; month?: number; day?: number }) => {
    if (!isDateParts(parts)) return
    const value = encodeDate(parts)
    if (isDateValue(value) && value !== q.answer.value) shifted.push(value)
  }
  const { year, month, day } = key
  if (year) push({ ...key, year: year + 1 }), push({ ...key, year: year - 1 })
  if (month) push({ ...key, month: month === 12 ? 11 : month + 1 }), push({ ...key, month: month === 1 ? 2 : month - 1 })
  if (day) push({ ...key, day: day === 1 ? 2 : day - 1 }), push({ ...key, day: day >= 28 ? day - 2 : day + 1 })
  if (month && !day) push({ ...key, day: 1 })
  if (day && !year) push({ ...key, year: 2025 })
  for (const lang of ['ar', 'en'] as const) {
    const right = formatDate(q.answer.value, lang)
    for (const value of shifted) rows.push({ answer: formatDate(value, lang), control: right, kind: 'a date off' })
    if (lang === 'en') {
      // In figures, day first, and the key's day and month swapped (an American reading of another day).
      const figures = (d: { year?: number; month?: number; day?: number }) => [d.day, d.month, d.year].filter((x) => x !== undefined && x > 0).join('/')
      for (const value of shifted) {
        const d = decodeDate(value)
        if (d?.month) rows.push({ answer: figures(d), control: figures(key), kind: 'a date off, in figures' })
      }
      if (day && month && day !== month && day <= 12)
        rows.push({ answer: figures({ year, month: day, day: month }), control: figures(key), kind: 'a date off, in figures' })
    }
    const other = shifted[0] ? formatDate(shifted[0], lang) : right
    const wrappers =
      lang === 'en'
        ? [`before ${right}`, `after ${right}`, `not ${right}`, `${right} or ${other}`, `between ${right} and ${other}`]
        : [`قبل ${right}`, `بعد ${right}`, `ليس ${right}`, `${right} أو ${other}`, `بين ${right} و${other}`]
    for (const w of wrappers) rows.push({ answer: w, control: right, kind: 'not a single date' })
  }
  return rows
}

/**
 * First names that look like each other, Arabic and Latin (the Latin as news writes it): a name in the list stands
 * beside its neighbours, each another person.
 */
const NAME_NEIGHBOURS: [string, string][][] = [
  [
    ['سعد', 'Saad'],
    ['سعاد', 'Suad'],
    ['سعيد', 'Saeed'],
    ['سعود', 'Saud'],
  ],
  [
    ['محمد', 'Mohammed'],
    ['محمود', 'Mahmoud'],
    ['حامد', 'Hamed'],
    ['أحمد', 'Ahmed'],
  ],
  [
    ['حسن', 'Hassan'],
    ['حسين', 'Hussein'],
    ['حسان', 'Hassaan'],
  ],
  [
    ['عمر', 'Omar'],
    ['عامر', 'Amer'],
    ['عمرو', 'Amr'],
  ],
  [
    ['سمير', 'Samir'],
    ['سامر', 'Samer'],
    ['سمر', 'Samar'],
  ],
  [
    ['خالد', 'Khaled'],
    ['خليل', 'Khalil'],
    ['خلود', 'Kholoud'],
  ],
  [
    ['منى', 'Mona'],
    ['منير', 'Mounir'],
    ['منار', 'Manar'],
  ],
  [
    ['نور', 'Nour'],
    ['نورة', 'Noura'],
    ['نوري', 'Nouri'],
  ],
  [
    ['فاطمة', 'Fatima'],
    ['فاطم', 'Fatim'],
    ['فطيمة', 'Ftaima'],
  ],
  [
    ['كريم', 'Karim'],
    ['كريمة', 'Karima'],
    ['كرم', 'Karam'],
  ],
  [
    ['أمين', 'Amin'],
    ['أمينة', 'Amina'],
    ['أمان', 'Aman'],
  ],
  [
    ['رنا', 'Rana'],
    ['رانيا', 'Rania'],
    ['رنين', 'Raneen'],
  ],
]
const LATIN_FIRST = ['Helen', 'Hayley', 'Sarah', 'James', 'John', 'Mark', 'Ali', 'Ahmed', 'Youssef', 'Ibrahim']
const ARABIC_FIRST = ['يوسف', 'إبراهيم', 'خالد', 'فيصل', 'مريم', 'ليلى']
const ARABIC_FAMILY = ['العتيبي', 'الشمري', 'الحربي', 'الزهراني', 'المصري', 'التونسي']
const LATIN_FAMILY = ['Smith', 'Johnson', 'Marsh', 'Al-Otaibi', 'Haddad', 'Mansour']

/** A rough Latin spelling of an Arabic family name, the control of a name across scripts (kept only when the grader reads it). */
const TRANSLIT: Record<string, string> = {
  ا: 'a',
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
  ع: 'a',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'a',
  و: 'ou',
  ي: 'i',
  ى: 'a',
  أ: 'a',
  إ: 'i',
  ئ: 'i',
  ؤ: 'u',
  ء: '',
}
function latinFamily(arabic: string): string[] {
  const core = arabic.replace(/^ال/, '')
  const letters = [...core].map((c) => TRANSLIT[c] ?? '')
  // Between two consonants an unwritten a; the last ي an i.
  let plain = ''
  let withA = ''
  letters.forEach((l, i) => {
    plain += l
    withA += l
    const next = letters[i + 1]
    if (next && !/[aiou]$/.test(l) && !/^[aiou]/.test(next)) withA += 'a'
  })
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
  const pre = arabic.startsWith('ال') ? 'Al-' : ''
  return [...new Set([`${pre}${cap(withA)}`, `${pre}${cap(plain)}`])]
}

function textRows(q: TextQuestion, quiz: Quiz): RedTeamRow[] {
  const rows: RedTeamRow[] = []
  const others = quiz.questions.flatMap((o) => (o.type === 'text' && o.id !== q.id ? o.answer.accepted.slice(0, 1) : []))
  for (const accepted of q.answer.accepted.slice(0, 3)) {
    const add = (answer: string, kind: string) => {
      if (!q.answer.accepted.includes(answer)) rows.push({ answer, control: accepted, kind })
    }
    const arabic = /[\u0600-\u06ff]/.test(accepted)
    const words = accepted.split(/\s+/)
    const other = others[0] ?? (arabic ? 'الرياض' : 'London')
    for (const w of arabic
      ? [`ليس ${accepted}`, `مش ${accepted}`, `${accepted} أو ${other}`, `${accepted} و${other}`, `${accepted}، ${other}`, `${other} لا ${accepted}`]
      : [`not ${accepted}`, `${accepted} or ${other}`, `${accepted} and ${other}`, `${accepted}, ${other}`, `${other}, not ${accepted}`])
      add(w, 'not a single name')
    if (words.length < 2) continue
    const [given, ...rest] = words
    const family = rest.join(' ')
    // The family name with another first name, the first name with another family name.
    for (const f of arabic ? ARABIC_FIRST : LATIN_FIRST) if (f !== given) add(`${f} ${family}`, 'another first name')
    for (const f of arabic ? ARABIC_FAMILY : LATIN_FAMILY) if (f !== family) add(`${given} ${f}`, 'another family name')
    const group = NAME_NEIGHBOURS.find((g) => g.some(([ar, en]) => ar === given || en.toLowerCase() === given!.toLowerCase()))
    if (!group) continue
    const own = group.find(([ar, en]) => ar === given || en.toLowerCase() === given!.toLowerCase())!
    for (const [ar, en] of group) {
      if (ar === own[0]) continue
      if (arabic) {
        add(`${ar} ${family}`, 'a first name that looks alike')
        // Across scripts: the neighbour's Latin name with the family name in Latin letters, beside its control.
        for (const latin of latinFamily(family))
          rows.push({ answer: `${en} ${latin}`, control: `${own[1]} ${latin}`, kind: 'a first name that looks alike, in Latin letters' })
      } else add(`${en} ${family}`, 'a first name that looks alike')
    }
  }
  return rows
}

const VERDICTS = {
  true: { en: 'true', ar: 'صح', opposite: { en: 'false', ar: 'خطأ' } },
  false: { en: 'false', ar: 'خطأ', opposite: { en: 'true', ar: 'صح' } },
} as const
const SWAPS: [RegExp, string][] = [
  [/\bmonth\b/, 'year'],
  [/\byear\b/, 'month'],
  [/\bweek\b/, 'month'],
  [/\bday\b/, 'week'],
  [/\bmonths\b/, 'years'],
  [/\byears\b/, 'months'],
  [/\bmillion\b/, 'billion'],
  [/\bbillion\b/, 'million'],
  [/\bthousand\b/, 'million'],
  [/per cent|percent|%/, 'pounds'],
  [/(?<![\u0621-\u064A])(ال)?شهر(?![\u0621-\u064A])/, '$1عام'],
  [/(?<![\u0621-\u064A])(ال)?أشهر(?![\u0621-\u064A])/, '$1أعوام'],
  [/(?<![\u0621-\u064A])(ال)?(سنة|عام)(?![\u0621-\u064A])/, '$1شهر'],
  [/(?<![\u0621-\u064A])(ال)?(سنوات|أعوام)(?![\u0621-\u064A])/, '$1أشهر'],
  [/(?<![\u0621-\u064A])(ال)?يوم(?![\u0621-\u064A])/, '$1أسبوع'],
  [/(?<![\u0621-\u064A])(ال)?أسبوع(?![\u0621-\u064A])/, '$1شهر'],
  [/مليون/, 'مليار'],
  [/مليار/, 'مليون'],
  [/ألف/, 'مليون'],
  [/في المئة|بالمئة|%/, 'ريال'],
]

function booleanRows(q: BooleanQuestion): RedTeamRow[] {
  const rows: RedTeamRow[] = []
  const verdict = VERDICTS[String(q.answer) as 'true' | 'false']
  const statement = q.prompt.en ?? q.prompt.ar ?? ''
  const lang = q.prompt.en ? 'en' : 'ar'
  const word = verdict[lang]
  const opposite = verdict.opposite[lang]
  const add = (answer: string, kind: string) => rows.push({ answer, control: word, kind })
  // Not `true?`, «صح؟»: a verdict keeps its question mark (Gulf «صج؟», "really?", agrees), left open in docs/grading.md.
  for (const w of lang === 'en' ? [`not ${word}`, `${word} or ${opposite}`, `maybe ${word}`] : [`مش ${word}`, `${word} أو ${opposite}`, `ربما ${word}`])
    add(w, 'not a verdict')
  const cited = new Set(findNumbers(texts(q)))
  // The statement's figure with the words after it, as a reason; then the same reason with its figure, period, scale or unit changed.
  for (const match of statement.matchAll(/[£$€]?\d[\d,.]*(?:\s+[^\s.,;:!?«»"“”()]+){0,5}/g)) {
    const snippet = match[0].replace(/[.,]$/, '')
    const control = `${word}, ${snippet}`
    const figure = /\d[\d,.]*\d|\d/.exec(snippet)![0]
    const value = Number(figure.replace(/,/g, ''))
    if (q.answer === true) rows.push({ answer: `${word}, not ${snippet}`, control, kind: 'a verdict that negates its figure' })
    for (const n of neighbours(value, 0)) {
      if ([1, 1e3, 1e6, 1e9].some((scale) => cited.has(n * scale))) continue
      const swapped = snippet.replace(figure, formatNumber(n))
      rows.push({ answer: `${word}, ${swapped}`, control, kind: 'a verdict with a neighbouring figure' })
    }
    for (const [from, to] of SWAPS) {
      if (!from.test(snippet)) continue
      const swapped = snippet.replace(from, to)
      // a word the texts use could be a correction: only one they never write
      if (texts(q).includes(to.replace('$1', ''))) continue
      rows.push({ answer: `${word}, ${swapped}`, control, kind: 'a verdict with another period, scale or unit' })
    }
  }
  return rows
}

/** Every red-team row of a question (numeric, text or true/false). */
export function redTeamRows(question: Question, quiz: Quiz, articleText: string): RedTeamRow[] {
  const rows =
    question.type === 'numeric'
      ? numericRows(question, articleText)
      : question.type === 'text'
        ? textRows(question, quiz)
        : question.type === 'boolean'
          ? booleanRows(question)
          : []
  return distinctRows(rows)
}

/** Rows that change their control, each answer once (every round's generators make some twice). */
export function distinctRows(rows: RedTeamRow[]): RedTeamRow[] {
  const seen = new Set<string>()
  return rows.filter((row) => row.answer !== row.control && !seen.has(row.answer) && seen.add(row.answer))
}

/**
 * Of a round's rows of a question, those whose control the grader accepts (a mutation of a form it
 * refuses anyway tests nothing), and which of them it accepts too. Every round grades its rows so.
 */
export function gradeRows(question: Question, quiz: Quiz, candidates: RedTeamRow[]): { rows: RedTeamRow[]; accepted: RedTeamRow[] } {
  const grade = (answer: string) => gradeQuestion(question, answer, quiz.questions).correct
  const controls = new Map<string, boolean>()
  const rows = candidates.filter((row) => {
    if (!controls.has(row.control)) controls.set(row.control, grade(row.control))
    return controls.get(row.control)
  })
  return { rows, accepted: rows.filter((row) => grade(row.answer)) }
}

/** The second round's rows of a question, graded ({@link gradeRows}). */
export function gradeRedTeam(question: Question, quiz: Quiz, articleText: string): { rows: RedTeamRow[]; accepted: RedTeamRow[] } {
  return gradeRows(question, quiz, redTeamRows(question, quiz, articleText))
}
