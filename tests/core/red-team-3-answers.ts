import { formatNumber, formatQuantity } from '../../src/core/describe.ts'
import { findNumbers } from '../../src/core/numbers.ts'
import type { Question, Quiz, Unit } from '../../src/core/quiz-schema.ts'
import { dimensionOf } from '../../src/core/units.ts'
import { distinctRows, gradeRows, type RedTeamRow } from './red-team-2-answers.ts'

type NumericQuestion = Extract<Question, { type: 'numeric' }>
type TextQuestion = Extract<Question, { type: 'text' }>
type BooleanQuestion = Extract<Question, { type: 'boolean' }>

/**
 * The third red-team round's generators (grade-red-team-3.test.ts): WRONG answers in the forms the twenty-first readers'
 * set taught the grader (French number words and hedges, a mark out of its total, French `mn`, «متين» as 200, «سيدي» as the
 * cedi, Arabizi verdict words, a tick's question mark, French names and titles), each a mutation of a right answer the
 * grader accepts (its control): French number words one off, a total the texts do not give (`15 sur 30`), «متين» beside a
 * number as the adjective, `mn` where no minutes are asked, «سيدي» for another currency, French comparisons, ranges and
 * negations, an Arabizi or French verdict joined to its opposite or negated, a French reason one off, a Latin first name one
 * letter off that is another name. Plain loops over the question's own texts: no randomness.
 */

const UNITS_FR = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
]
const TENS_FR = ['', 'dix', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante']

/** French number words (under a million), as a French speaker writes them (`trente et un`, `quatre-vingt-dix`). */
export function frenchWords(n: number): string {
  if (n < 17) return UNITS_FR[n]!
  if (n < 20) return `dix-${UNITS_FR[n - 10]}`
  if (n < 70) {
    const t = TENS_FR[Math.floor(n / 10)]!
    const r = n % 10
    return r === 0 ? t : r === 1 ? `${t} et un` : `${t}-${UNITS_FR[r]}`
  }
  if (n < 80) return n === 71 ? 'soixante et onze' : `soixante-${frenchWords(n - 60)}`
  if (n < 100) return n === 80 ? 'quatre-vingts' : `quatre-vingt-${frenchWords(n - 80)}`
  if (n < 1000) {
    const h = Math.floor(n / 100)
    const r = n % 100
    return `${h === 1 ? 'cent' : `${UNITS_FR[h]} cent${r === 0 ? 's' : ''}`}${r ? ` ${frenchWords(r)}` : ''}`
  }
  const th = Math.floor(n / 1000)
  const r = n % 1000
  return `${th === 1 ? 'mille' : `${frenchWords(th).replace(/cents$/, 'cent')} mille`}${r ? ` ${frenchWords(r)}` : ''}`
}

/** The French word of a unit after a number, where one is common (none: the number alone). */
const FRENCH_UNIT: Partial<Record<Unit, string>> = {
  minute: 'minutes',
  hour: 'heures',
  day: 'jours',
  EUR: 'euros',
  USD: 'dollars',
  CAD: 'dollars canadiens',
  MAD: 'dirhams',
  percent: 'pour cent',
  person: 'personnes',
  kilometre: 'kilomètres',
}

function texts(q: Question): string {
  return [q.prompt.ar, q.prompt.en, q.explanation.ar, q.explanation.en, q.evidence.quote].filter(Boolean).join(' \n ')
}

/** The totals the question's texts give a figure out of: 20 in "15 out of 20", «من 20», `/20`. */
function totalsOf(q: Question): number[] {
  const found = [...texts(q).matchAll(/(?:out of|sur|\/|من أصل|من)\s*(\d[\d,.]*)/g)].map((m) => Number(m[1]!.replace(/,/g, '')))
  return [...new Set(found.filter((n) => Number.isFinite(n) && n > 0))]
}

const COMPARISON_IN_QUOTE =
  /more|less|least|most|up to|over|under|above|below|fewer|within|نحو|أكثر|اكثر|أقل|اقل|الأقل|حتى|فوق|تحت|دون|يتجاوز|تتجاوز|أزيد|يزيد|تزيد|يقل|تقل|غضون|حد|تجاوز|exceed|surpass|top|max|plus|moins/i

function numericRows(q: NumericQuestion): RedTeamRow[] {
  const { value: v, unit, tolerance } = q.answer
  if (unit === 'date') return []
  const rows: RedTeamRow[] = []
  const add = (answer: string, control: string, kind: string) => rows.push({ answer, control, kind })
  const digits = formatNumber(v)
  const right = { ar: formatQuantity(v, unit, 'ar'), en: formatQuantity(v, unit, 'en') }
  const off = (n: number) => Math.abs(n - v) > tolerance * 1.001
  const dimension = dimensionOf(unit)
  // French number words one off, ten times or a tenth, alone, with the unit's French word, with a French hedge.
  if (Number.isInteger(v) && v >= 2 && v < 1e6 && !(v >= 70 && v < 100)) {
    const noun = FRENCH_UNIT[unit] ? ` ${FRENCH_UNIT[unit]}` : ''
    const control = `${frenchWords(v)}${noun}`
    for (const n of [v + 1, v - 1, v * 10, v % 10 === 0 ? v / 10 : 0, v + 10, v - 10])
      if (n > 0 && n < 1e6 && off(n)) {
        add(`${frenchWords(n)}${noun}`, control, 'French number words off')
        add(`environ ${frenchWords(n)}${noun}`, `environ ${control}`, 'French number words off, hedged')
      }
  }
  // A mark out of a total the texts do not give: `15 sur 30`, `15 over 30`, «15 على 30».
  const totals = totalsOf(q)
  const given = totals[0]
  for (const total of [given ? given * 2 : 0, given ? given + 10 : 0, 100, v * 2, v + 5, 20].filter((t) => t > v && !totals.includes(t))) {
    for (const word of ['sur', 'over', 'على']) {
      const control = given ? `${digits} ${word} ${formatNumber(given)}` : digits
      add(`${digits} ${word} ${formatNumber(total)}`, control, 'out of another total')
    }
  }
  if (given && given !== v) {
    // A comparison, a range or a negation after the right total: `15 sur 20 au moins`, «15 على 20 على الأقل».
    for (const word of ['sur', 'over', 'على']) {
      const control = `${digits} ${word} ${formatNumber(given)}`
      for (const tail of ['au moins', 'ou plus', 'ou moins', 'minimum', 'or more', 'at least', 'على الأقل', 'أو أكثر', 'وأكثر', `ou ${formatNumber(v + 1)}`])
        add(`${control} ${tail}`, control, 'a comparison after the total')
    }
    // The total itself as the mark (`20 sur 20`), and the key as its own total.
    for (const word of ['sur', 'over', 'على']) {
      add(`${formatNumber(given)} ${word} ${formatNumber(given)}`, `${digits} ${word} ${formatNumber(given)}`, 'out of another total')
      add(`${digits} ${word} ${digits}`, `${digits} ${word} ${formatNumber(given)}`, 'out of another total')
    }
  }
  // «متين» as the adjective beside the figure (not a number's company): «12 باخرة متين», «متين 12».
  add(`${right.ar} متين`, right.ar, '«متين» beside a number')
  add(`متين ${right.ar}`, right.ar, '«متين» beside a number')
  add(`${digits} متين`, digits, '«متين» beside a number')
  add(`${digits} ومتين`, digits, '«متين» beside a number')
  // French `mn` where no minutes are asked: a million (48 mn for 48,000) or minutes (4 mn for 4 hours).
  if (unit !== 'minute') {
    add(`${digits} mn`, right.en, '`mn` where no minutes are asked')
    add(`${digits}mn`, right.en, '`mn` where no minutes are asked')
    if (dimension === 'money') add(`${digits} mn ${FRENCH_UNIT[unit] ?? unit}`, right.en, '`mn` where no minutes are asked')
  } else if (v % 60 !== 0 || v >= 60) {
    // Minutes asked: mn beside another figure, or after hours.
    for (const n of [v + 10, v - 10, v * 2].filter((n) => n > 0 && off(n))) add(`${formatNumber(n)} mn`, `${digits} mn`, '`mn` beside another figure')
  }
  // «سيدي» beside a sum in another currency than the cedi.
  if (dimension === 'money' && unit !== 'GHS') {
    add(`${digits} سيدي`, right.ar, '«سيدي» for another currency')
    add(`${digits} sidi`, right.en, '«سيدي» for another currency')
  }
  // French comparisons, ranges, lists and negations.
  const other = formatNumber(v + Math.max(1, tolerance * 2 + 1))
  const frRight = FRENCH_UNIT[unit] ? `${digits} ${FRENCH_UNIT[unit]}` : digits
  const frControl = frRight
  for (const w of [
    `pas ${frRight}`,
    `non, pas ${frRight}`,
    `pas exactement ${frRight}`,
    `${frRight} ou ${other}`,
    `entre ${frRight} et ${other}`,
    `de ${digits} à ${other}`,
    `${digits} à ${other}`,
    `${frRight} ou plus`,
    `${frRight} ou moins`,
    `environ ${digits} ou ${other}`,
  ])
    add(w, frControl, 'French: not a single value')
  if (!COMPARISON_IN_QUOTE.test(q.evidence.quote))
    for (const w of [
      `plus de ${frRight}`,
      `moins de ${frRight}`,
      `au moins ${frRight}`,
      `au plus ${frRight}`,
      `jusqu'à ${frRight}`,
      `au-delà de ${frRight}`,
      `plus que ${frRight}`,
      `moins que ${frRight}`,
      `${frRight} au moins`,
      `${frRight} au maximum`,
      `${frRight} minimum`,
      `au minimum ${frRight}`,
      `près de ${other}`,
    ])
      add(w, frControl, 'French: a comparison')
  return rows
}

/** Latin first names one letter off that are other names (a woman's with the final a, a vowel changed). */
const LATIN_NEIGHBOURS: string[][] = [
  ['Nadia', 'Nadir', 'Nadim', 'Nadine', 'Nada'],
  ['Rachid', 'Rachida', 'Rached', 'Rachad'],
  ['Rashid', 'Rashida', 'Rashed', 'Rashad'],
  ['Samir', 'Samira', 'Samer', 'Samia'],
  ['Karim', 'Karima', 'Karam'],
  ['Amin', 'Amina', 'Amine', 'Aminah'],
  ['Said', 'Saida', 'Saad', 'Sayed'],
  ['Farid', 'Farida', 'Fareed'],
  ['Jamil', 'Jamila', 'Jamal'],
  ['Malik', 'Malika', 'Malak'],
  ['Nabil', 'Nabila', 'Nabih'],
  ['Mounir', 'Mounira', 'Mouna'],
  ['Halim', 'Halima', 'Hakim'],
  ['Hakim', 'Hakima', 'Halim'],
  ['Khalid', 'Khalida', 'Khalil'],
  ['Yasmin', 'Yasmina', 'Yassin'],
  ['Omar', 'Omran', 'Amar'],
  ['Hassan', 'Hassana', 'Hasna', 'Hussein'],
  ['Ali', 'Alia', 'Aly'],
  ['Adel', 'Adela', 'Adil'],
  ['Salim', 'Salima', 'Salem'],
  ['Aziz', 'Aziza', 'Azzam'],
  ['Latif', 'Latifa'],
  ['Helen', 'Helena', 'Ellen'],
  ['Sarah', 'Sara', 'Samah'],
  ['Mark', 'Marc', 'Mary'],
  ['Mona', 'Mouna', 'Muna', 'Mounir'],
  ['Rania', 'Rana', 'Rami'],
  ['Layla', 'Laila', 'Lina'],
]
/** Arabic first names and their common Latin spellings: the control of a name written in Latin for an Arabic key. */
const ARABIC_TO_LATIN: Record<string, string> = {
  رشيد: 'Rachid',
  نادية: 'Nadia',
  سمير: 'Samir',
  كريم: 'Karim',
  أمين: 'Amin',
  سعيد: 'Said',
  فريد: 'Farid',
  جميل: 'Jamil',
  مالك: 'Malik',
  نبيل: 'Nabil',
  منير: 'Mounir',
  حليم: 'Halim',
  خالد: 'Khalid',
  عمر: 'Omar',
  حسن: 'Hassan',
  علي: 'Ali',
  عادل: 'Adel',
  سليم: 'Salim',
  عزيز: 'Aziz',
  لطيف: 'Latif',
  فاطمة: 'Fatima',
}

function textRows(q: TextQuestion): RedTeamRow[] {
  const rows: RedTeamRow[] = []
  for (const accepted of q.answer.accepted.slice(0, 3)) {
    const add = (answer: string, control: string, kind: string) => {
      if (!q.answer.accepted.includes(answer)) rows.push({ answer, control, kind })
    }
    const [given, ...rest] = accepted.split(/\s+/)
    const family = rest.join(' ')
    // French negations and lists.
    for (const w of [
      `pas ${accepted}`,
      `non, pas ${accepted}`,
      `${accepted} ou Paris`,
      `${accepted} et Paris`,
      `Paris, pas ${accepted}`,
      `la2 ${accepted}`,
      `mish ${accepted}`,
    ])
      add(w, accepted, 'French or Arabizi: not a single name')
    if (!family) continue
    const latinGiven = ARABIC_TO_LATIN[given!] ?? given!
    const group = LATIN_NEIGHBOURS.find((g) => g[0]!.toLowerCase() === latinGiven.toLowerCase())
    if (!group) continue
    // The control: the Latin first name beside the key's family name (in its own script, as readers mix them).
    const control = `${group[0]} ${family}`
    for (const name of group.slice(1)) {
      add(`${name} ${family}`, control, 'a Latin first name one letter off')
      add(`M. ${name} ${family}`, `M. ${control}`, 'a Latin first name one letter off')
    }
  }
  return rows
}

/**
 * A verdict's words and their opposites. Only words that say the verdict: `akid`, `oui`, `no`, `non` after a verdict
 * agree with it (`faux? akid`, `no, faux` are right for a false statement), so they are no opposite of false.
 */
const VERDICT_WORDS = {
  true: { yes: ['sa7', 'akid', 'mazbout', 'aywa', 'wah', 'vrai'], no: ['la2', 'la', 'ghalat', 'faux'], negated: ['sa7', 'mazbout', 'vrai'] },
  false: { yes: ['la2', 'ghalat', 'faux'], no: ['sa7', 'mazbout', 'vrai'], negated: ['ghalat', 'faux'] },
} as const
const NEGATIONS = ['mish', 'msh', 'mesh', 'mush', 'machi', 'mashi', 'pas', 'not', 'مش', 'ماشي', 'مو']

function booleanRows(q: BooleanQuestion): RedTeamRow[] {
  const rows: RedTeamRow[] = []
  const { yes, no, negated } = VERDICT_WORDS[String(q.answer) as 'true' | 'false']
  const add = (answer: string, control: string, kind: string) => rows.push({ answer, control, kind })
  for (const w of yes) {
    // Not `vrai la`: Quebec French says «c'est vrai, là» (left open in docs/grading.md).
    for (const n of no.filter((n) => n !== 'la' || w !== 'vrai')) {
      add(`${w} ${n}`, w, 'a verdict joined to its opposite')
      add(`${n} ${w}`, w, 'a verdict joined to its opposite')
      add(`${w}? ${n}`, w, 'a verdict joined to its opposite')
      add(`${w}... ${n}`, w, 'a verdict joined to its opposite')
      add(`${w} ou ${n}`, w, 'a verdict joined to its opposite')
      add(`${w} wala ${n}`, w, 'a verdict joined to its opposite')
    }
    add(`${w} mish akid`, w, 'a verdict doubted')
  }
  for (const w of negated) for (const neg of NEGATIONS) add(`${neg} ${w}`, w, 'a verdict negated')
  const [tick, cross] = q.answer ? ['✓', '✗'] : ['✗', '✓']
  for (const w of [
    `${tick}? ${cross}`,
    `${tick}?${cross}`,
    `${cross} ${tick}?`,
    `not ${tick}?`,
    `pas ${tick}?`,
    `${tick}?🤔`,
    ...no.map((n) => `${tick}? ${n}`),
  ])
    add(w, `${tick}?`, 'a mark joined to its opposite')
  // A French verdict only in part: `vrai en partie` for a true statement is no true.
  for (const w of yes.filter((w) => w === 'vrai' || w === 'faux' || w === 'sa7'))
    for (const partly of [`${w} en partie`, `${w}, en partie`, `${w} à moitié`, `presque ${w}`, `${w} partiellement`, `quasiment ${w}`])
      add(partly, w, 'a verdict only in part')
  // A French reason in a period the texts never name: `faux, 1800 $ par an` for "a month".
  const all = texts(q)
  for (const m of (q.prompt.en ?? q.prompt.ar ?? '').matchAll(/[$€£]?\d[\d,.]*\s*(?:[$€£]|[^\s\d.,;:!?«»"“”()]+)?/g)) {
    const figure = m[0].trim().replace(/[.,]$/, '')
    const control = `${q.answer ? 'vrai' : 'faux'}, ${figure}`
    for (const [root, said] of [
      [/year|annual|سنو|سنة|سنت|عام|an\b|année/i, ['par an', 'annuels']],
      [/month|شهر|mois/i, ['par mois', 'mensuels']],
      [/day|daily|يوم|jour/i, ['par jour']],
      [/week|أسبوع|اسبوع|semaine/i, ['par semaine']],
    ] as const)
      if (!root.test(all)) for (const w of said) add(`${control} ${w}`, control, 'a French reason in another period')
  }
  // A verdict more or less (`vrai plus ou moins`, `true, more or less`, «صح تقريبًا»): no verdict, as `partly true` is none.
  const [en, ar] = q.answer ? ['true', 'صح'] : ['false', 'خطأ']
  const fr = q.answer ? 'vrai' : 'faux'
  for (const w of [fr, en, 'sa7'].filter((w) => w !== 'sa7' || q.answer))
    for (const more of [`${w} plus ou moins`, `${w}, plus ou moins`, `plus ou moins ${w}`, `${w} more or less`, `${w}, more or less`, `${w}-ish`, `${w} kinda`])
      add(more, w, 'a verdict more or less')
  for (const more of [`${ar} تقريبًا`, `${ar} نوعًا ما`, `${ar}، تقريبًا`]) add(more, ar, 'a verdict more or less')
  // A reason in another period than the statement's, with no figure (`true, in a week` for "in one day"), and the French
  // year with its elided article (`faux, 1800 $ l'an` for "a month").
  // Where the texts hold a figure (the grader checks no reason elsewhere) and name a period: not `Thursday`, a weekend nor
  // «العامة» (general); «يوم الثلاثاء» may be read as a day, so no day is generated beside it.
  const periods = [
    [/year|annual|سنو|سنة|سنت|عام(?![ةه])|\bpar an\b|année/i, ['in a year', 'في سنة', 'en un an']],
    [/month|شهر|mois/i, ['in a month', 'في شهر', 'en un mois']],
    [/\bdays?\b|daily|يوم|jour/i, ['in a day', 'في يوم', 'en un jour']],
    [/\bweeks?\b|weekly|أسبوع|اسبوع|semaine/i, ['in a week', 'في أسبوع', 'en une semaine']],
  ] as const
  const figured = findNumbers(all).length > 0
  if (figured && periods.some(([root]) => root.test(all)))
    for (const [root, said] of periods)
      if (!root.test(all))
        for (const [w, control] of said.map((s, i): [string, string] => [s, [en, ar, fr][i]!]))
          add(`${control}${control === ar ? '،' : ','} ${w}`, control, 'a reason in another period, no figure')
  for (const m of (q.prompt.en ?? q.prompt.ar ?? '').matchAll(/[$€£]?\d[\d,.]*\s*(?:[$€£]|[^\s\d.,;:!?«»"“”()]+)?/g)) {
    const control = `${fr}, ${m[0].trim().replace(/[.,]$/, '')}`
    if (!periods[0][0].test(all)) for (const w of ["l'an", 'l’an', "l'année"]) add(`${control} ${w}`, control, 'a French reason in another period')
  }
  // «متين» (Levantine 200) as a verdict's whole reason, where the texts give no 200: «خطأ متين», «لا متين».
  if (figured && ![1, 1e3, 1e6].some((s) => findNumbers(all).includes(200 * s)))
    for (const w of [`${ar} متين`, `${ar}، متين`, q.answer ? 'نعم متين' : 'لا متين']) add(w, ar, '«متين» as a reason')
  // A French reason one off: the statement's figure (or the texts' right one) in French words, one off.
  const word = q.answer ? 'vrai' : 'faux'
  const statement = q.prompt.en ?? q.prompt.ar ?? ''
  const cited = new Set(findNumbers(texts(q)))
  for (const m of statement.matchAll(/\d[\d,.]*/g)) {
    const value = Number(m[0].replace(/,/g, '').replace(/\.$/, ''))
    if (!Number.isInteger(value) || value < 2 || value >= 1e6 || (value >= 70 && value < 100)) continue
    for (const n of [value + 1, value - 1, value * 10, value + 10])
      if (n > 0 && n < 1e6 && !(n >= 70 && n < 100) && ![1, 1e3, 1e6].some((s) => cited.has(n * s)))
        add(`${word}, ${frenchWords(n)}`, `${word}, ${m[0]}`, 'a French reason one off')
  }
  return rows
}

/** Every round-three row of a question (numeric, text or true/false). */
export function redTeam3Rows(question: Question): RedTeamRow[] {
  const rows =
    question.type === 'numeric'
      ? numericRows(question)
      : question.type === 'text'
        ? textRows(question)
        : question.type === 'boolean'
          ? booleanRows(question)
          : []
  return distinctRows(rows)
}

/** The round's rows of a question, graded (red-team-2-answers.ts's `gradeRows`). */
export function gradeRedTeam3(question: Question, quiz: Quiz): { rows: RedTeamRow[]; accepted: RedTeamRow[] } {
  return gradeRows(question, quiz, redTeam3Rows(question))
}
