import { arabicQuantityWords, formatQuantity } from '../describe.ts'
import { decodeDate } from '../dates.ts'
import type { Lang, Paragraph, Question } from '../quiz-schema.ts'
import { isCurrency, type Unit } from '../unit-names.ts'
import { convert } from '../units.ts'
import { tidySpan, type Replacement } from './excerpt.ts'
import { type EditionFact, givesAView, type NumberFact, type ScoreFact, type TimeFact } from './facts.ts'
import { stableHash, uniqueId } from './ids.ts'
import { ladder } from './ladder.ts'
import {
  excerptSpan,
  hidesIn,
  lazily,
  localized,
  masksIn,
  positionIn,
  quoted,
  quotedExcerpt,
  shuffled,
  statementText,
  type Composed,
  type DraftContext,
  type HiddenSpan,
} from './kit.ts'
import { hasNumber, type Mention, type Word } from './mentions.ts'
import { dotsGroupThousands } from './thousands-dots.ts'
import type { Span } from './sentences.ts'
import { questionFromTemplate } from './templates.ts'

/**
 * Questions about the numeric facts: one question per fact, of a type chosen so the quiz mixes
 * them (numeric, single choice, true/false, and one "tick every true statement" when facts are
 * plenty), each quoting the clause that proves it.
 */

/** The part of a quantity that is the number: `2000` of `2000 جندي`; all of `ساعتين ونصف`. */
export function numberPart(m: Mention, words: Word[]): Span {
  if (m.unit !== null && m.unit !== 'person' && m.unit !== 'count') return { start: m.start, end: m.end }
  let last = -1
  // A plural scale word belongs to the number: the gap of «3 آلاف ضيف» is «3 آلاف», not «3».
  for (let k = m.words.from; k < m.words.to; k++) if (hasNumber(words[k]!) || isScaleWord(words[k]!)) last = k
  // A dual noun (جنديين) is number and noun at once: the whole word is the number.
  return last >= 0 && last < m.words.to - 1 ? { start: m.start, end: words[last]!.end } : { start: m.start, end: m.end }
}

/**
 * The gap a question about the fact leaves: its number part, or only the digits of a compound
 * (`72` of `72-year-old`, `35` of `35-kilometre mark`), so the blank reads "a ____-year-old woman".
 */
function gapOf(ctx: DraftContext, fact: NumberFact): Span {
  const words = ctx.words[fact.paragraph]!
  const span = numberPart(fact.mention, words)
  const first = words[fact.mention.words.from]!
  const next = words[fact.mention.words.from + 1]
  const joined = next !== undefined && next.start < span.end && textOf(ctx, fact).slice(first.end, next.start) === '-'
  return joined && /^[0-9\u0660-\u0669.,٫٬]+$/u.test(first.text) ? { start: first.start, end: first.end } : span
}

function isScaleWord(word: Word): boolean {
  return word.tokens.some((t) => t.t === 'word' && t.e?.k === 'scale')
}

/** Where the facts stand in the article, each statement owned by its fact: what other questions hide. */
export function hiddenNumbers(statements: { paragraph: number; mention: Mention; fact: NumberFact; gives?: true }[], words: Word[][]): HiddenSpan[] {
  return statements.flatMap(({ paragraph, mention, fact, gives }) => [
    // A statement that gives the fact away (a share's complement) is hidden from the fact's own question too.
    gives
      ? { paragraph, owner: {}, of: fact, ...numberPart(mention, words[paragraph]!) }
      : { paragraph, owner: fact, ...numberPart(mention, words[paragraph]!) },
    ...(mention.restated ? [{ paragraph, owner: {}, of: fact, ...mention.restated }] : []),
  ])
}

const own = (fact: NumberFact): object[] => [fact, ...(fact.parts ?? [])]

function textOf(ctx: DraftContext, fact: NumberFact): string {
  return ctx.paragraphs[fact.paragraph]!.text
}

function displaySpan(ctx: DraftContext, fact: NumberFact, whole = false): Span {
  return excerptSpan(ctx, fact.paragraph, fact.sentence, fact.mention, own(fact), whole)
}

/**
 * The evidence: the clause of the fact, cut short of the other answers listed with it (`1000 عامل
 * إزالة ألغام` of `1000 عامل إزالة ألغام و5000 عامل بناء`), so that it shows no other answer. A clause
 * that cannot be cut that way is quoted whole.
 */
function evidenceSpan(ctx: DraftContext, fact: NumberFact): Span {
  const text = textOf(ctx, fact)
  const words = ctx.words[fact.paragraph]!
  let { start, end } = fact.clause
  if (!fact.parts) {
    // (A name before it is none of its list: "Graham Pellow, 58, from Harrogate" quotes the man whose age it is.)
    const names = new Set(ctx.hidden[fact.paragraph]!.filter((h) => 'mentions' in h.owner).map((h) => `${h.start}-${h.end}`))
    for (const h of masksIn(ctx, fact.paragraph, fact.clause, own(fact))) {
      const other = wordStartAt(words, h.start)
      if (other >= fact.mention.end && listedBetween(text.slice(fact.mention.end, other), text.slice(other, h.start))) end = Math.min(end, other)
      else if (h.end <= fact.mention.start && !names.has(`${h.start}-${h.end}`) && listedBetween(text.slice(h.end, fact.mention.start), ''))
        start = Math.max(start, fact.mention.start)
    }
  }
  return tidySpan(text, { start, end })
}

/** Whether the words between two quantities list them (a few words, then و / and / a comma). */
function listedBetween(between: string, clitic: string): boolean {
  const words = between.trim().split(/\s+/u).filter(Boolean)
  if (words.length > 5) return false
  return clitic.startsWith('و') || /(?:^|\s)(?:and|or|أو|و)$/u.test(between.trimEnd()) || /[,،]\s*$/u.test(between)
}

/** The start of the word holding `offset` (a clitic or و written onto a number belongs to its word). */
function wordStartAt(words: Word[], offset: number): number {
  return words.find((w) => w.start <= offset && offset < w.end)?.start ?? offset
}

function evidenceOf(ctx: DraftContext, fact: NumberFact) {
  const span = evidenceSpan(ctx, fact)
  return { paragraph: fact.paragraph, quote: textOf(ctx, fact).slice(span.start, span.end) }
}

// ---------------------------------------------------------------------------------------------
// Values: how they read, their wrong neighbours, a false one

/** How digits are written: grouped or not, in Eastern Arabic digits or not, with dots grouping thousands and a decimal comma (`6.000`, `2,5`). */
type DigitStyle = { grouped: boolean; eastern: boolean; dots: boolean; width?: number }

function digitStyle(raw: string, dots: boolean): DigitStyle {
  const grouped = dots ? /[0-9\u0660-\u0669]\.[0-9\u0660-\u0669]{3}/u.test(raw) : /\d,\d{3}/u.test(raw) || /[\u0660-\u0669]٬[\u0660-\u0669]/u.test(raw)
  return { grouped, eastern: /[\u0660-\u0669]/u.test(raw), dots }
}

/** Dots and commas between digits swapped: `6,000.5` ↔ `6.000,5`. */
const swapSeparators = (text: string) => text.replace(/(?<=\d)[.,](?=\d)/gu, (c) => (c === '.' ? ',' : '.'))

/** A text of Latin digits (`6,000.5`, `58.4%`) written in `style`: `6.000,5` where dots group thousands, `٥٨٫٤٪` in Eastern Arabic digits (`٦.٠٠٠` with dots). */
function inStyle(latin: string, style: DigitStyle): string {
  if (!style.dots) return style.eastern ? inEasternDigits(latin) : latin
  const swapped = swapSeparators(latin)
  return style.eastern ? swapped.replace(/\d/gu, (d) => String.fromCharCode(0x0660 + Number(d))).replace(/%/gu, '٪') : swapped
}

/** `value` in `style`, with `fixed` decimals when given (49.50 beside 49.40), else as few as it needs. */
function writeDigits(value: number, style: DigitStyle, fixed?: number): string {
  const plain = fixed === undefined ? String(Number.parseFloat(value.toPrecision(12))) : value.toFixed(fixed)
  const [whole, fraction] = plain.split('.')
  const padded = style.width ? whole!.padStart(style.width, '0') : whole!
  const grouped = style.grouped ? padded.replace(/\B(?=(\d{3})+(?!\d))/gu, ',') : padded
  return inStyle(fraction ? `${grouped}.${fraction}` : grouped, style)
}

/**
 * A count as a choice shows it: millions and billions with their word (24.8 million, 25.6 مليون),
 * thousands grouped in English (59,597,300) and as the article writes them in Arabic.
 */
function writeCount(lang: Lang, value: number, style: DigitStyle): string {
  for (const [scale, en, arOne, arFew] of SCALES) {
    const n = value / scale
    if (n >= 1 && decimals(n) <= 2) {
      const word = lang === 'en' ? en : n >= 3 && n <= 10 && Number.isInteger(n) ? arFew : arOne
      return `${writeDigits(n, { ...style, grouped: false })} ${word}`
    }
  }
  return writeDigits(value, { ...style, grouped: style.grouped || (lang === 'en' && value >= 10_000) })
}

const SCALES: [number, string, string, string][] = [
  [1e9, 'billion', 'مليار', 'مليارات'],
  [1e6, 'million', 'مليون', 'ملايين'],
]

const EASTERN_DIGIT = /[\u0660-\u0669]/gu
const WESTERN_DIGIT = /[0-9]/gu
const articleDigits = new WeakMap<readonly Paragraph[], DigitStyle>()

/** How the article writes most of its numbers: in Eastern Arabic digits or not, thousands grouped or not. */
function articleStyle(ctx: DraftContext): DigitStyle {
  let style = articleDigits.get(ctx.paragraphs)
  if (!style) {
    const text = ctx.paragraphs.map((p) => p.text).join('\n')
    const eastern = text.match(EASTERN_DIGIT)?.length ?? 0
    style = {
      eastern: eastern > (text.match(WESTERN_DIGIT)?.length ?? 0),
      grouped: digitStyle(text, dotsGroupThousands(ctx.paragraphs)).grouped,
      dots: dotsGroupThousands(ctx.paragraphs),
    }
    articleDigits.set(ctx.paragraphs, style)
  }
  return style
}

/** The digits a value of the fact is written in: the fact's own, or the article's when it wrote the fact in words. */
function styleOf(ctx: DraftContext, fact: NumberFact): DigitStyle {
  const raw = textOf(ctx, fact).slice(fact.mention.start, fact.mention.end)
  return /[0-9\u0660-\u0669]/u.test(raw) ? digitStyle(raw, dotsGroupThousands(ctx.paragraphs)) : articleStyle(ctx)
}

/** A value as a choice or an explanation shows it: the article's digits, with its unit unless it counts. */
function showValue(ctx: DraftContext, fact: NumberFact, value: number, unit: Unit): string {
  const style = styleOf(ctx, fact)
  if (unit === 'person' || unit === 'count') return writeCount(ctx.lang, value, style)
  // A year alone in digits: the article's «عام» or "in" stands before the gap already.
  if (unit === 'date' && value % 10_000 === 0) return writeDigits(value / 10_000, { ...style, grouped: false })
  if (ctx.lang === 'ar') {
    return inStyle(arabicQuantityWords(value, unit) ?? formatQuantity(value, unit, 'ar'), style)
  }
  return inStyle(formatQuantity(value, unit, ctx.lang), style)
}

/** `58.4%` as an article in Eastern Arabic digits writes it: `٥٨٫٤٪`. */
function inEasternDigits(text: string): string {
  return text
    .replace(/(\d)\.(?=\d)/gu, '$1٫')
    .replace(/(\d),(?=\d)/gu, '$1٬')
    .replace(/\d/gu, (d) => String.fromCharCode(0x0660 + Number(d)))
    .replace(/%/gu, '٪')
}

const inUnitOf = (fact: NumberFact, value: number, from: Unit) => convert(value, from, fact.unit)
/** A value as a set of values holds it: equal up to rounding. */
const valueKey = (v: number) => remembered(VALUE_KEYS, v, () => v.toPrecision(10))
const VALUE_KEYS = new Map<number, string>()

// Keys and slugs of values, made once: a ladder tries the same values for every composition of a draft. Bounded.
const REMEMBERED_MAX = 5000
function remembered(cache: Map<number, string>, v: number, make: () => string): string {
  let known = cache.get(v)
  if (known === undefined) {
    if (cache.size >= REMEMBERED_MAX) cache.clear()
    cache.set(v, (known = make()))
  }
  return known
}
const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))

/**
 * How the article writes the fact's number, and what another number written there would mean: the
 * number (3.5 of «3.5 مليون»; the year of «18 نوفمبر 2023»), its decimals, and, when the gap
 * writes it in digits, where they stand in the gap and in what style — a wrong value changes
 * those digits and nothing else (the «$», the «مليون جنيه», the grouping and the script stay).
 */
type Reading = {
  written: number
  decimals: number
  value: (written: number) => number
  digits: { gap: Span; at: number; length: number; style: DigitStyle } | null
  /** The article writes a value below zero: the digits are its size, and a wrong value is below zero too. */
  negative?: boolean
  /** The minutes of a time in parts: below 60, and no noun to agree with when written 2:05:42. */
  minutes?: { clock: boolean }
}

const DIGIT_RUN = /[0-9\u0660-\u0669]+(?:[.,٫٬][0-9\u0660-\u0669]+)*/gu
const POWERS = [1, 1e3, 1e6, 1e9, 1e12]

/** A run of digits as a number: `1,401,212`, `٤٩٫٥٠` (two decimals), `31٬206`; null when it reads otherwise. */
function readRun(run: string, dots: boolean): { n: number; decimals: number } | null {
  const digits = run.replace(EASTERN_DIGIT, (d) => String(d.charCodeAt(0) - 0x0660))
  const latin = (dots ? swapSeparators(digits) : digits).replace(/٫/gu, '.').replace(/٬/gu, ',')
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u.test(latin)) return null
  return { n: Number(latin.replace(/,/gu, '')), decimals: latin.split('.')[1]?.length ?? 0 }
}

// A fact is read once: a draft composes its questions again when it drops a name.
const readings = new WeakMap<NumberFact, Reading | null>()

function readingOf(ctx: DraftContext, fact: NumberFact): Reading | null {
  let reading = readings.get(fact)
  if (reading === undefined) readings.set(fact, (reading = readFact(ctx, fact)))
  return reading
}

function readFact(ctx: DraftContext, fact: NumberFact): Reading | null {
  const gap = gapOf(ctx, fact)
  const raw = textOf(ctx, fact).slice(gap.start, gap.end)
  const dots = dotsGroupThousands(ctx.paragraphs)
  const runs = [...raw.matchAll(DIGIT_RUN)].map((m) => ({ at: m.index, length: m[0].length, read: readRun(m[0], dots), style: digitStyle(m[0], dots) }))
  // Thousands grouped as the article groups them: 1,500 beside 950 when it writes 1,200 elsewhere.
  const style = (s: DigitStyle, n: number) => ({ ...s, grouped: s.grouped || (n < 1000 && articleStyle(ctx).grouped) })
  if (fact.parts) return wordsReading(fact.value)
  if (fact.unit === 'date') {
    // A date's wrong values move its year, or its day when it has none.
    const d = decodeDate(fact.value)
    const part = d?.year ?? d?.day
    if (!d || part === undefined) return null
    const place = d.year !== undefined ? 10_000 : 1
    const rest = fact.value - part * place
    const run = runs.find((r) => r.read?.n === part && r.read.decimals === 0)
    return {
      written: part,
      decimals: 0,
      value: (w) => rest + w * place,
      digits: run ? { gap, at: run.at, length: run.length, style: { ...run.style, grouped: false } } : null,
    }
  }
  const only = runs.length === 1 ? runs[0]! : null
  if (only?.read) {
    const { at, length } = only
    const read = only.read
    // A value below zero (-38 °C, a fall of -2.5%, «12 درجة تحت الصفر») keeps its sign: its digits change, the sign stays.
    const sign = fact.value < 0 ? -1 : 1
    const power = POWERS.find((p) => sameValue(sign * fact.value, read.n * p))
    if (power !== undefined && read.n > 0)
      return {
        written: read.n,
        decimals: read.decimals,
        value: (w) => sign * w * power,
        digits: { gap, at, length, style: style(only.style, read.n) },
        negative: sign < 0,
      }
  }
  // A time in hours, minutes and seconds (a race's: 2:05:42, `2 hours 16 minutes 34 seconds`): its
  // minutes change, since an hour more or less is no near miss.
  const [hours, minutes] = runs
  if (
    fact.unit === 'hour' &&
    runs.length === 3 &&
    runs.every((r) => r.read?.decimals === 0) &&
    Math.floor(fact.value + 1e-9) === hours!.read!.n &&
    minutes!.read!.n < 60
  ) {
    const n = minutes!.read!.n
    const clock = raw.slice(hours!.at + hours!.length, minutes!.at) === ':'
    return {
      written: n,
      decimals: 0,
      value: (w) => fact.value + (w - n) / 60,
      digits: { gap, at: minutes!.at, length: minutes!.length, style: { ...minutes!.style, width: clock ? 2 : undefined } },
      minutes: { clock },
    }
  }
  // A quantity in parts (`60 minutes 41 seconds`, `2 hours 16 minutes`): its first part, in the fact's unit, changes.
  const first = runs[0]
  if (
    runs.length > 1 &&
    first?.read &&
    first.read.decimals === 0 &&
    Math.floor(fact.value + 1e-9) === first.read.n &&
    fact.unit !== 'person' &&
    fact.unit !== 'count'
  ) {
    const n = first.read.n
    return { written: n, decimals: 0, value: (w) => fact.value - n + w, digits: { gap, at: first.at, length: first.length, style: first.style } }
  }
  return runs.length > 0 && fact.unit !== 'person' && fact.unit !== 'count' ? null : wordsReading(fact.value)
}

/** A value written in words (or in parts, «60 minutes 41 seconds»), or a total: as a choice shows it, millions and billions with their word. */
function wordsReading(value: number): Reading | null {
  const power = value >= 1e9 ? 1e9 : value >= 1e6 ? 1e6 : 1
  const written = value / power
  return decimals(written) > 2 ? null : { written, decimals: decimals(written), value: (w) => w * power, digits: null }
}

const stated = new WeakMap<readonly NumberFact[], Map<Unit, Set<string>>>()

/** The values the article states, as they are and in `unit` (5 days beside 5 people), by `valueKey`. */
function statedValues(facts: readonly NumberFact[], unit: Unit): Set<string> {
  let byUnit = stated.get(facts)
  if (!byUnit) stated.set(facts, (byUnit = new Map()))
  let values = byUnit.get(unit)
  if (!values) {
    values = new Set(
      facts
        .flatMap((f) => [f.value, convert(f.value, f.unit, unit)])
        .filter((x): x is number => x !== null)
        .map(valueKey),
    )
    byUnit.set(unit, values)
  }
  return values
}

/**
 * The bounds of the ranges the fact's paragraph states of a quantity of its kind, in its unit, by `valueKey`: values the
 * article gives for the same thing (an opening bid of $4 million is not asked among $6 million, the top of the estimate
 * `$4 million to $6 million` after it). A range of another kind (300 to 400 houses beside 9 villages), or of another
 * paragraph (the ages 13 to 17 of a survey's teenagers, far from the age of a first cigarette), takes nothing.
 */
function rangeBounds(ctx: DraftContext, fact: NumberFact): Set<string> {
  return new Set(
    (ctx.bounds ?? [])
      .filter((b) => b.paragraph === fact.paragraph && b.unit !== null)
      .map((b) => convert(b.value, b.unit!, fact.unit))
      .filter((x): x is number => x !== null)
      .map(valueKey),
  )
}

// The comparison before a number: a wrong value must make the sentence false, not merely weaker.
// A comparison right before the number (a hedge may stand between), or a comparing verb a few
// words before it («تجاوز فيها سعر الدولار 70 جنيهًا»); «لم تتجاوز» and "no more than" compare the other way.
const BELOW =
  /(?:أقل من|دون|حتى|less than|fewer than|under|below|up to|at most|no more than|not more than|as many as)\s+$|(?:^|\s)(?<!(?:أن|ان|لن|كي)\s)[وف]?(?:تصل|يصل)(?:\s+[^\s،,.]+){0,2}\s+(?:إلى|الى)\s+$|(?:^|\s)(?:لا|لم|لن|ما لا|not|never)\s+(?:يزيد|تزيد|يتجاوز|تتجاوز|يتعدى|تتعدى|exceed|top|surpass)\S*(?:\s+\S+){0,3}(?:\s+[^\s،,.;؛:]+){0,2}\s+$/iu
const ABOVE =
  /(?:أكثر من|أزيد من|يزيد على|يزيد عن|تزيد على|تزيد عن|يقل عن|تقل عن|more than|over|at least|upwards of|in excess of|exceeding|above)\s+$|(?:^|\s)(?<!(?:لا|لم|لن|not|never)\s)[وف]?(?:تجاوز|تجاوزت|يتجاوز|تتجاوز|فاق|فاقت|يفوق|تفوق|exceeded|exceeds|topped|tops|surpassed)(?:\s+[^\s،,.;؛:]+){0,5}\s+$/iu
const ABOVE_AFTER = /^\s*(?:or more|at least|أو أكثر|على الأقل)(?:$|[\s.,،])/iu

// A change from one value to another ("fell from 74 to 70", «ارتفع من 40 إلى 55»): the verb says which is the larger,
// so a wrong start of a fall is above its end, a wrong end below its start (and the other way for a rise).
const FALL =
  '(?:fell|fallen|falls|fall|falling|dropped|drops|drop|declined|declines|decreased|decreases|shrank|shrunk|reduced|cut|down|انخفض|انخفضت|تراجع|تراجعت|هبط|هبطت|تقلص|تقلصت|انكمش|انكمشت)'
const RISE =
  '(?:rose|risen|rises|rise|rising|increased|increases|grew|grown|grows|climbed|climbs|jumped|raised|up|ارتفع|ارتفعت|زاد|زادت|صعد|صعدت|قفز|قفزت|نما|نمت)'
const changeFrom = (verb: string) => new RegExp(`(?:^|\\s)[وف]?${verb}(?:\\s+\\S+){0,4}?\\s+(?:from|من)\\s+$`, 'iu')
const changeTo = (verb: string) => new RegExp(`(?:^|\\s)[وف]?${verb}(?:\\s+\\S+){0,4}?\\s+(?:from|من)\\s+\\S+(?:\\s+\\S+)?\\s+(?:to|إلى|الى)\\s+$`, 'iu')
const CHANGES: [RegExp, 'above' | 'below'][] = [
  [changeFrom(FALL), 'above'],
  [changeFrom(RISE), 'below'],
  [changeTo(FALL), 'below'],
  [changeTo(RISE), 'above'],
]

// The side of a fact's wrong values, read once: its wrong values and its false statement look at it in every composition.
// (With what put them there: a target's year, or a comparison, a change or «أو أكثر».)
type Side = { side: 'above' | 'below' | 'either'; by: 'deadline' | 'comparison' | null }
const sides = new WeakMap<NumberFact, Side>()

function sideOf(ctx: DraftContext, fact: NumberFact): 'above' | 'below' | 'either' {
  return readSideOnce(ctx, fact).side
}

function readSideOnce(ctx: DraftContext, fact: NumberFact): Side {
  let side = sides.get(fact)
  if (side === undefined) sides.set(fact, (side = readSide(ctx, fact)))
  return side
}

/**
 * Whether every wrong value of the fact is on one side of it by a comparison («أكثر من 40», `up to 70`, «40 أو أكثر») or a
 * change's end («ارتفع من 40 إلى 55»): its key would be the end choice every time. (A target's year, «بحلول عام 2030», is
 * not asked so: a year before it is no future the article tells of, and the choice stands.)
 */
function keyAtAnEnd(ctx: DraftContext, fact: NumberFact): boolean {
  return readSideOnce(ctx, fact).by === 'comparison'
}

function readSide(ctx: DraftContext, fact: NumberFact): Side {
  const text = textOf(ctx, fact)
  const before = text.slice(Math.max(0, fact.mention.start - 48), fact.mention.start)
  const hedge = fact.mention.hedge ? new RegExp(`${fact.mention.hedge}\\s+$`, 'u') : null
  const side = comparisonSide(hedge ? before.replace(hedge, '') : before)
  if (side !== 'either') return { side, by: 'comparison' }
  // A target's year in a sentence of the future («ستخفض … بحلول عام 2030», `will … by 2030`): every wrong year after it, as
  // none before it is a future.
  if (deadline(ctx, fact) && FUTURE.test(before)) return { side: 'above', by: 'deadline' }
  // (A change's words before a date, «ستخفض الفاقد إلى 30 في المئة بحلول عام 2030», are the amount's: a date changes nothing.)
  const change = fact.unit === 'date' ? undefined : CHANGES.find(([pattern]) => pattern.test(` ${before}`))
  if (change) return { side: change[1], by: 'comparison' }
  return ABOVE_AFTER.test(text.slice(fact.mention.end, fact.mention.end + 16)) ? { side: 'above', by: 'comparison' } : { side: 'either', by: null }
}

/** The side a comparison written just before a number puts every other value on («أكثر من», "up to», «تصل إلى»). */
export function comparisonSide(before: string): 'above' | 'below' | 'either' {
  const words = ` ${before}`
  if (BELOW.test(words)) return 'below'
  return ABOVE.test(words) ? 'above' : 'either'
}

const otherSide = (side: 'above' | 'below' | 'either') => (side === 'above' ? 'below' : side === 'below' ? 'above' : 'either')

/** The agreement of a noun after a number in Arabic: 3–10 take a plural, 11–99 a singular in the accusative, the rest a singular. */
function agreement(lang: Lang, n: number): string {
  if (!Number.isInteger(n)) return 'fraction'
  if (lang === 'en') return n === 1 ? 'one' : 'many'
  const rest = n % 100
  return rest >= 3 && rest <= 10 ? 'few' : rest >= 11 ? 'many' : n <= 2 ? `${n}` : 'hundreds'
}

// Wrong values are spaced by about this part of the answer: nearer for times (an age, a
// sentence), wider for other amounts; years two apart, days three.
// The step wanted between wrong values, as a share of the answer. A temperature is on a scale whose
// zero is no absence (52 °C is not twice 26 °C): its wrong values stay a few degrees apart, as a
// reader would weigh (51, 53, 54 beside 52 °C; 39.5, 40.5, 41.5 beside a fever of 38.5 °C), never 72 or
// 82, and at least a degree apart (11 °C beside 16 and 21 when 12 and 13 are taken).
const SPACING = { time: 0.15, percent: 0.2, temperature: 0.03, other: 0.25 }
const TEMPERATURE_MIN_STEP = 1

/**
 * What a share's wrong values are spaced by a part of: its distance to the nearer bound, 0 or 100 % (a pass
 * rate of 79.2 % among 69.2, 74.2 and 84.2, not 39.2, 59.2 and 99.2; 95 % among 93, 94 and 96), but never less
 * than a tenth of it (100 % itself among 94, 96 and 98).
 */
function shareSpan(percent: number): number {
  return Math.max(Math.min(percent, 100 - percent), percent / 10)
}
const TEMPERATURE_UNITS: ReadonlySet<string> = new Set(['celsius', 'fahrenheit'])

/**
 * Wrong values of the fact, each with how it reads where the article writes the fact: an evenly
 * spaced ladder around the answer (see ladder.ts) of values the article does not state, in the
 * article's writing of the number, above the answer after "more than", below it after "less than";
 * null when fewer than two fit.
 */
function wrongValues(ctx: DraftContext, facts: readonly NumberFact[], fact: NumberFact, wanted: number, seed: string): WrongValue[] | null {
  let byFact = wrongs.get(fact)
  if (!byFact) wrongs.set(fact, (byFact = new Map()))
  let values = byFact.get(seed)
  if (values === undefined) byFact.set(seed, (values = ladderOf(ctx, facts, fact, wanted, seed)))
  return values
}

type WrongValue = { value: number; text: string | null }
// The wrong values of a fact, by seed: the same for every composition of one draft.
const wrongs = new WeakMap<NumberFact, Map<string, WrongValue[] | null>>()

function ladderOf(
  ctx: DraftContext,
  facts: readonly NumberFact[],
  fact: NumberFact,
  wanted: number,
  seed: string,
  excluded: readonly number[] = [],
): WrongValue[] | null {
  const reading = readingOf(ctx, fact)
  if (!reading) return null
  // Never a value the article states, in this unit or as a bare number (5 days beside 5 people).
  const taken = statedValues(facts, fact.unit)
  const bounds = rangeBounds(ctx, fact)
  const date = fact.unit === 'date' ? decodeDate(fact.value) : null
  const key = reading.written
  let latest: number | undefined
  let listed: { after: number; before: number } | undefined
  let longest: number | undefined
  let age: boolean | undefined
  let mark: boolean | undefined
  const scale = narrowScale(ctx, fact)
  const allowed = (w: number) => {
    const v = reading.value(w)
    if (excluded.some((x) => sameValue(x, v))) return false
    // A date shows its day or year as a bare number («12 مايو»): not one another fact states (12 points).
    if (taken.has(valueKey(v)) || (date && taken.has(valueKey(w))) || bounds.has(valueKey(v))) return false
    // A wrong year after the latest the article names would be a future it cannot tell of ("since 2027").
    // (A deadline's year, «بحلول عام 2030», `by 2030`, is a future the article tells of: wrong years may follow it.)
    // No wrong year decades from the answer (1970 beside 2030): within `YEAR_SPREAD` of it.
    if (date?.year !== undefined)
      return w >= 1000 && Math.abs(w - date.year) <= YEAR_SPREAD && w <= (latest ??= latestYear(facts, date.year) + (deadline(ctx, fact) ? DEADLINE_YEARS : 0))
    // A day of a list keeps the list's order: above the day listed before it, below the one after ("12 and ____ February").
    if (date) return w >= 1 && w <= 28 && w > (listed ??= listedDays(ctx, facts, fact)).after && w < listed.before
    if ((fact.unit === 'percent' || (mark ??= markOutOfHundred(ctx, fact))) && fact.value <= 100 && v > 100) return false
    // A measure on a narrow scale (a chess rating, an earthquake's magnitude): within what the scale ever reads.
    if (scale && (v > scale.ceiling || v < scale.floor)) return false
    // A duration for each period holds no more than the period: no «9 أيام في الأسبوع», no `14 days a week`.
    if (fact.kind === 'time' && v > (longest ??= longestPerPeriod(ctx, fact))) return false
    // A person's age written bare ("adults over 60", "aged 65"): no wrong age past a hundred ("over 120" is none).
    if (fact.unit === 'year' && fact.mention.noun === null && fact.value <= OLDEST_WRONG_AGE && v > OLDEST_WRONG_AGE) return false
    // A person's age (`the 24-year-old`, `aged 65`, «البالغ من العمر 40 عاماً»): wrong ages of the same time of life, within a
    // third of it (19, 29 beside a striker of 24, never a boy of 9).
    if ((age ??= personsAge(ctx, fact)) && (v < key * (1 - AGE_SPREAD) || v > key * (1 + AGE_SPREAD))) return false
    if (reading.minutes) return w < 60 && (reading.minutes.clock || agreement(ctx.lang, w) === agreement(ctx.lang, key))
    // A currency's symbol or scale does not agree with its number ($1bn, $3bn); a noun does (1 passenger).
    return (ctx.lang === 'en' && isCurrency(fact.unit)) || agreement(ctx.lang, w) === agreement(ctx.lang, key)
  }
  const spacing =
    fact.kind === 'time' ? SPACING.time : fact.unit === 'percent' ? SPACING.percent : TEMPERATURE_UNITS.has(fact.unit) ? SPACING.temperature : SPACING.other
  // A decade (the 1980s) moves by decades.
  const decade = reading.digits !== null && DECADE.test(textOf(ctx, fact).slice(reading.digits.gap.start, reading.digits.gap.end))
  const values = ladder({
    key,
    decimals: reading.decimals,
    step: date
      ? date.year !== undefined
        ? 2
        : 3
      : decade
        ? DECADE_YEARS
        : scale
          ? key * scale.spacing
          : TEMPERATURE_UNITS.has(fact.unit)
            ? Math.max(TEMPERATURE_MIN_STEP, key * spacing)
            : ((fact.unit === 'percent' || (mark ??= markOutOfHundred(ctx, fact))) && fact.value <= 100 ? shareSpan(key) : key) *
              (mark ? SPACING.percent : spacing),
    wanted,
    // (Below zero, a value above the answer has fewer digits' worth: the sides swap.)
    side: reading.negative ? otherSide(sideOf(ctx, fact)) : sideOf(ctx, fact),
    allowed,
    seed,
  })
  return values?.map((w) => ({ value: reading.value(w), text: reading.digits ? writeDigits(w, reading.digits.style, reading.decimals) : null })) ?? null
}

const DECADE = /^[12]\d{2}0['’]?s$/u
// A year a plan or a target is to be reached by: «بحلول عام 2030», «حتى عام 2035», `by 2030`, `by the end of 2027`.
const DEADLINE_BEFORE = /(?:^|[\s(])(?:بحلول|حتى|لغاية|by|until)\s+(?:(?:نهاية|مطلع|عام|العام|سنة|the end of|end of|the year)\s+){0,2}$/iu
const DEADLINE_YEARS = 30
const YEAR_SPREAD = 30
// A verb of the future before a year: «ستخفض», «سوف», «تعتزم», `will`, `plans to`, `aims to`.
const FUTURE = /(?:^|[\s«"(])(?:ست[\p{L}]{2,}|سن[\p{L}]{2,}|سي[\p{L}]{2,}|سوف|تعتزم|يعتزم|تهدف|يهدف|will|shall|plans? to|aims? to|expects? to)(?=[\s,،])/iu

function deadline(ctx: DraftContext, fact: NumberFact): boolean {
  const start = fact.mention.start
  return DEADLINE_BEFORE.test(textOf(ctx, fact).slice(Math.max(0, start - 40), start))
}
const OLDEST_WRONG_AGE = 100
const AGE_SPREAD = 1 / 3
// A person's age: `24-year-old`, `24 years old` after it; `aged`, «بعمر», «من العمر», «عمره», «عن عمر يناهز» before it.
const AGE_AFTER = /^(?:\s*-?\s*years?)?[-\s]old\b/iu
const AGE_BEFORE = /(?:^|[\s(])(?:aged|at the age of|بعمر|من العمر|عمره|عمرها|عن عمر|عن عمر يناهز|يناهز)\s*$/iu

function personsAge(ctx: DraftContext, fact: NumberFact): boolean {
  if (fact.unit !== 'year' || fact.value > OLDEST_WRONG_AGE) return false
  const text = textOf(ctx, fact)
  return (
    AGE_AFTER.test(text.slice(fact.mention.end, fact.mention.end + 16)) || AGE_BEFORE.test(text.slice(Math.max(0, fact.mention.start - 24), fact.mention.start))
  )
}

// A mark out of a hundred: a bare number of a hundred or less after «معدل» (بمعدل 99.8، المعدل 97.4، بمعدلات …) or `an
// average of`, `a score of`, with no noun after it (not «بمعدل 3 حوادث», `an average of 4 goals`). Its wrong marks are no
// more than a hundred and spaced as a share's are (99.8 among 99.3 and 99.5, not 74.8, 124.8 and 149.8).
const MARK_BEFORE = /(?:^|[\s(])(?:[وف]?(?:ب|لل|ل)?(?:ال)?معدل(?:ات|ه|ها)?|(?:an?|the|average|mean|overall)\s+(?:average|mean|score|mark|grade)\s+of)\s*$/iu

// Measures on a narrow scale whose zero is no absence, known by the words before the number and the article's topic: their
// wrong values stay near the key (spaced by `spacing` of it) and within what the scale ever reads. A chess rating, a
// number a few words after «تصنيف» (ويبلغ تصنيف أمين الدولي 2,690 نقطة), `rating`, `Elo`: never past the highest ever
// reached (Carlsen's 2,882) nor below FIDE's lowest (1,400), so 2,590 and 2,790, not 3,190. An earthquake's magnitude,
// after «بقوة», `magnitude`: none of 10 or more (none ever measured), nor below 2 (none felt), so 6.8 and 7.8, not 11.3.
const NARROW_SCALES: readonly { before: RegExp; topic: RegExp; floor: number; ceiling: number; spacing: number }[] = [
  {
    before: /(?:^|[\s(])(?:[وف]?(?:ب|ل)?(?:ال)?تصنيف(?:ه|ها)?|ratings?|elo)(?:\s+[^\s،,.;؛:]+){0,3}\s+$/iu,
    topic: /شطرنج|\bchess\b/iu,
    floor: 1400,
    ceiling: 2900,
    spacing: 0.03,
  },
  {
    before: /(?:^|[\s(])(?:[وف]?بقوة|قوته|قوتها|magnitude-?|of magnitude)\s*$/iu,
    topic: /زلزال|زلازل|هزة أرضية|earthquake|quake/iu,
    floor: 2,
    ceiling: 9.5,
    spacing: 0.07,
  },
]

function narrowScale(ctx: DraftContext, fact: NumberFact): (typeof NARROW_SCALES)[number] | undefined {
  if (fact.unit !== 'count' && fact.unit !== 'person') return undefined
  const before = textOf(ctx, fact).slice(Math.max(0, fact.mention.start - 40), fact.mention.start)
  return NARROW_SCALES.find(
    (s) =>
      fact.value >= s.floor &&
      fact.value <= s.ceiling &&
      s.before.test(before) &&
      ctx.paragraphs.some((p) => s.topic.test(p.text) || (p.heading !== null && s.topic.test(p.heading))),
  )
}

function markOutOfHundred(ctx: DraftContext, fact: NumberFact): boolean {
  if (fact.unit !== 'count' || fact.mention.noun !== null || fact.value > 100 || fact.value <= 0) return false
  const text = textOf(ctx, fact)
  return MARK_BEFORE.test(text.slice(Math.max(0, fact.mention.start - 24), fact.mention.start))
}

// The period a duration is counted in, after it: `a week`, `per day`, `each month`, «في الأسبوع», «كل يوم», «يوميا».
const PER_PERIOD_EN = /^\s*(?:a|an|per|each|every)\s+(day|week|month|year|hour|minute)\b/iu
const PER_PERIOD_AR = /^\s*(?:(?:في|كل)\s+(?:ال)?(يوم|أسبوع|اسبوع|شهر|سنة|عام|ساعة|دقيقة)|(يومي|أسبوعي|اسبوعي|شهري|سنوي)اً?(?![\p{L}\p{M}]))/u
const PERIOD_UNITS: Record<string, Unit> = {
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
  hour: 'hour',
  minute: 'minute',
  يوم: 'day',
  يومي: 'day',
  أسبوع: 'week',
  اسبوع: 'week',
  أسبوعي: 'week',
  اسبوعي: 'week',
  شهر: 'month',
  شهري: 'month',
  سنة: 'year',
  عام: 'year',
  سنوي: 'year',
  ساعة: 'hour',
  دقيقة: 'minute',
}

/** How long a duration may be, in its own unit, when a period follows it (7 of `4 days a week`); else no bound. */
function longestPerPeriod(ctx: DraftContext, fact: NumberFact): number {
  const after = textOf(ctx, fact).slice(fact.mention.end, fact.mention.end + 20)
  const found = ctx.lang === 'ar' ? PER_PERIOD_AR.exec(after) : PER_PERIOD_EN.exec(after)
  const period = found ? PERIOD_UNITS[(found[1] ?? found[2] ?? '').toLowerCase()] : undefined
  const most = period ? convert(1, period, fact.unit as Unit) : null
  return most !== null && most >= fact.value ? most : Number.POSITIVE_INFINITY
}
const DECADE_YEARS = 10

// What may join the days of a list of dates: a comma, «و», `and`, `or` («9 و10 فبراير», `3, 5 and 9 March`).
const DAYS_JOINED = /^[\s,،]*(?:and|or|و|أو)?\s*$/iu

/**
 * The days a day of a list of dates must stay between (0 and 32 when it is listed alone): the day of the same month
 * listed just before it and the one just after it, so that a wrong day does not point to the answer by breaking the
 * list's order ("19 and 15 February").
 */
function listedDays(ctx: DraftContext, facts: readonly NumberFact[], fact: NumberFact): { after: number; before: number } {
  const text = textOf(ctx, fact)
  const date = decodeDate(fact.value)
  const bounds = { after: 0, before: 32 }
  for (const f of facts) {
    if (f === fact || f.unit !== 'date' || f.paragraph !== fact.paragraph) continue
    const other = decodeDate(f.value)
    if (!other?.day || other.month !== date?.month || other.year !== date?.year) continue
    if (f.mention.end <= fact.mention.start && DAYS_JOINED.test(text.slice(f.mention.end, fact.mention.start))) bounds.after = Math.max(bounds.after, other.day)
    if (f.mention.start >= fact.mention.end && DAYS_JOINED.test(text.slice(fact.mention.end, f.mention.start)))
      bounds.before = Math.min(bounds.before, other.day)
  }
  return bounds
}

/** The latest year the article's dates name (at least `year`). */
function latestYear(facts: readonly NumberFact[], year: number): number {
  let latest = year
  for (const f of facts) if (f.unit === 'date') latest = Math.max(latest, decodeDate(f.value)?.year ?? latest)
  return latest
}

const decimals = (v: number) => (String(Number.parseFloat(v.toPrecision(12))).split('.')[1] ?? '').length

/**
 * Wrong values to choose from beside the answer, as the choices show them: in the gap's own
 * writing when it has digits (the article's words around them stay in the prompt), else as
 * `showValue` writes them.
 */
function distractorValues(ctx: DraftContext, facts: readonly NumberFact[], fact: NumberFact): readonly Distractor[] {
  let values = wrongChoices.get(fact)
  if (values === undefined) {
    values = (wrongValues(ctx, facts, fact, 3, `choices:${fact.paragraph}:${fact.mention.start}`) ?? []).map((w) => ({
      value: w.value,
      text: choiceText(ctx, fact, w.value, w.text),
    }))
    wrongChoices.set(fact, values)
  }
  return values
}

type Distractor = { value: number; text: string }
// A fact's wrong choices, written once: the same in every composition of one draft.
const wrongChoices = new WeakMap<NumberFact, readonly Distractor[]>()

/** A choice: the gap's words with the value's digits in place of the answer's, or the value as `showValue` writes it. */
function choiceText(ctx: DraftContext, fact: NumberFact, value: number, digits: string | null): string {
  const reading = digits === null ? null : readingOf(ctx, fact)
  if (!reading?.digits) return showValue(ctx, fact, value, fact.unit)
  const { gap, at, length } = reading.digits
  const raw = textOf(ctx, fact).slice(gap.start, gap.end)
  return `${raw.slice(0, at)}${digits}${raw.slice(at + length)}`
}

/** The right choice, written as the wrong ones are. */
function keyText(ctx: DraftContext, fact: NumberFact): string {
  const reading = readingOf(ctx, fact)
  const digits = reading?.digits ? writeDigits(reading.written, reading.digits.style, reading.decimals) : null
  return choiceText(ctx, fact, fact.value, digits)
}

/**
 * A false version of the fact's words: the gap's digits changed and nothing else (a fact written in
 * words, or after "more than", which a lower or higher value would not make false, has none); or
 * null when none can be written well.
 */
function falseSwap(ctx: DraftContext, facts: readonly NumberFact[], fact: NumberFact): { value: number; replacement: Replacement; shown: string } | null {
  if (fact.parts || sideOf(ctx, fact) !== 'either') return null
  const reading = readingOf(ctx, fact)
  const text = textOf(ctx, fact)
  const seed = text.slice(fact.sentence.start, fact.sentence.end)
  const wrong = reading?.digits ? wrongValues(ctx, facts, fact, 3, `false:${seed}`) : null
  if (!reading?.digits || !wrong || wrong.length === 0) return null
  const pick = wrong[stableHash(seed) % wrong.length]!
  const { gap, at, length } = reading.digits
  const replacement = { start: gap.start + at, end: gap.start + at + length, text: pick.text! }
  return { value: pick.value, replacement, shown: choiceText(ctx, fact, pick.value, pick.text) }
}

/**
 * Whether another fact has the same value: a true statement would then show that other
 * question's answer (6000 soldiers beside a total of 6000 workers).
 */
function valueElsewhere(facts: readonly NumberFact[], fact: NumberFact): boolean {
  let byFact = elsewhere.get(facts)
  if (!byFact) elsewhere.set(facts, (byFact = new Map()))
  let found = byFact.get(fact)
  if (found === undefined) {
    // The same number in another unit counts too: a reader sees «3» beside a question whose answer is 3 days.
    found = facts.some(
      (f) => f !== fact && !(fact.parts ?? []).includes(f) && (f.value === fact.value || sameValue(inUnitOf(fact, f.value, f.unit) ?? Number.NaN, fact.value)),
    )
    byFact.set(fact, found)
  }
  return found
}
// Whether another fact has a fact's value, by the article's facts: the same in every composition of one draft.
const elsewhere = new WeakMap<readonly NumberFact[], Map<NumberFact, boolean>>()

// ---------------------------------------------------------------------------------------------
// Questions

function explanation(ctx: DraftContext, fact: NumberFact, evidence: Evidence = evidenceOf(ctx, fact)): string {
  const quote = quoted(ctx, evidence.quote)
  if (!fact.parts) return ctx.say.because(quote)
  const parts = fact.parts.map((p) => showValue(ctx, p, p.value, p.unit))
  return ctx.say.becauseSum(quote, parts, showValue(ctx, fact, fact.value, fact.unit))
}

const slug = (value: number) =>
  remembered(SLUGS, value, () =>
    String(Number.parseFloat(value.toPrecision(10)))
      .replace(/[^0-9]+/gu, '-')
      .replace(/^-|-$/gu, ''),
  )
const SLUGS = new Map<number, string>()

function idFor(ctx: DraftContext, fact: NumberFact, form: string): string {
  const kind = fact.parts ? `total-${fact.kind}` : fact.kind
  return uniqueId(ctx.ids, `${form}${kind}-${slug(fact.value)}${fact.kind === 'time' ? `-${fact.unit}` : ''}`)
}

/**
 * What a numeric or choice question about `fact` asks: a question in its own words when the
 * clause has a shape a template knows, else the quoted excerpt with a gap.
 */
function askingOf(ctx: DraftContext, fact: NumberFact, fill: (cloze: string) => string): string {
  const text = textOf(ctx, fact)
  const gap = gapOf(ctx, fact)
  const question = fact.parts ? null : questionFromTemplate(ctx.lang, fact, text, fact.clause, gap, masksIn(ctx, fact.paragraph, fact.clause, own(fact)))
  if (question) return question
  const cloze = clozeOf(ctx, fact)
  return fact.parts ? ctx.say.totalOf(cloze, fact.parts.length) : fill(cloze)
}

/** The prompt's quoted excerpt: a gap for the answer (each part of a total behind an ellipsis) and the other answers masked. */
function clozeOf(ctx: DraftContext, fact: NumberFact): string {
  const span = displaySpan(ctx, fact)
  const words = ctx.words[fact.paragraph]!
  const gaps = fact.parts ? fact.parts.map((p) => ({ ...numberPart(p.mention, words), text: ctx.say.masked })) : [{ ...gapOf(ctx, fact), text: ctx.say.blank }]
  return quotedExcerpt(ctx, fact.paragraph, fact.sentence, span, [...gaps, ...masksIn(ctx, fact.paragraph, span, own(fact))])
}

const at = (fact: NumberFact) => positionIn(fact.paragraph, fact.mention.start + (fact.parts ? 1 : 0))

// What a question about a fact shows (its prompt, explanation, evidence, statement), by the draft (its paragraphs)
// and the fact: the same while its paragraph hides the same answers, as it does in most compositions of one draft.
const shownOnce = new WeakMap<readonly Paragraph[], Map<NumberFact, Map<string, Map<string, unknown>>>>()
// The answers each paragraph hides in one composition, as keys.
const hiddenKeys = new WeakMap<readonly HiddenSpan[][], string[]>()

function whileHidden<T>(ctx: DraftContext, fact: NumberFact, what: string, make: () => T): T {
  let keys = hiddenKeys.get(ctx.hidden)
  if (!keys) hiddenKeys.set(ctx.hidden, (keys = []))
  const hidden = (keys[fact.paragraph] ??= ctx.hidden[fact.paragraph]!.map((h) => `${h.start}-${h.end}`).join(' '))
  let byFact = shownOnce.get(ctx.paragraphs)
  if (!byFact) shownOnce.set(ctx.paragraphs, (byFact = new Map()))
  let byWhat = byFact.get(fact)
  if (!byWhat) byFact.set(fact, (byWhat = new Map()))
  // (By what, then by the hidden answers: the same key string for every fact of the paragraph, hashed once.)
  let byHidden = byWhat.get(what)
  if (!byHidden) byWhat.set(what, (byHidden = new Map()))
  if (!byHidden.has(hidden)) byHidden.set(hidden, make())
  return byHidden.get(hidden) as T
}

type Evidence = { paragraph: number; quote: string }

function shownOf(ctx: DraftContext, fact: NumberFact, form: 'numeric' | 'single'): { prompt: string; explanation: string; evidence: Evidence } {
  return whileHidden(ctx, fact, form, () => {
    const prompt = askingOf(ctx, fact, form === 'numeric' ? ctx.say.fillNumber : ctx.say.pickNumber)
    const evidence = evidenceOf(ctx, fact)
    return { prompt, explanation: explanation(ctx, fact, evidence), evidence }
  })
}

function numericQuestion(ctx: DraftContext, fact: NumberFact): Composed {
  const id = idFor(ctx, fact, '')
  return lazily({ at: at(fact), asks: own(fact) }, () => {
    const shown = shownOf(ctx, fact, 'numeric')
    return {
      id,
      type: 'numeric',
      skill: fact.parts ? 'inference' : 'recall',
      points: 1,
      prompt: localized(ctx.lang, shown.prompt),
      answer: { value: fact.value, unit: fact.unit, tolerance: 0 },
      explanation: localized(ctx.lang, shown.explanation),
      evidence: { ...shown.evidence },
    }
  })
}

function singleQuestion(ctx: DraftContext, facts: readonly NumberFact[], fact: NumberFact, distractors: readonly Distractor[]): Composed {
  const id = idFor(ctx, fact, 'choice-')
  let written: Extract<Question, { type: 'single' }> | undefined
  const question = () => (written ??= write())
  const write = (): Extract<Question, { type: 'single' }> => {
    const shown = shownOf(ctx, fact, 'single')
    return {
      id,
      type: 'single',
      skill: fact.parts ? 'inference' : 'recall',
      points: 1,
      prompt: localized(ctx.lang, shown.prompt),
      ...choicesOf(ctx, fact, distractors, id),
      explanation: localized(ctx.lang, shown.explanation),
      evidence: { ...shown.evidence },
    }
  }
  // A wrong choice taken out later (it shows another answer) leaves the others unevenly spaced unless it stood at an end
  // (11 / 15 / 17 of 11, 13, 15, 17: the gap points at the key): then two wrong values evenly spaced are drawn again.
  const respaced = (dropped: readonly string[]) => {
    const left = distractors.filter((d) => !dropped.includes(choiceId(d.value)))
    if (left.length === distractors.length || evenlySpaced([fact.value, ...left.map((d) => d.value)])) return null
    const excluded = distractors.filter((d) => dropped.includes(choiceId(d.value))).map((d) => d.value)
    const wrong = ladderOf(ctx, facts, fact, RESPACED_WRONG, `choices:${fact.paragraph}:${fact.mention.start}`, excluded)
    if (!wrong || wrong.length < RESPACED_WRONG) return null
    return {
      ...question(),
      ...choicesOf(
        ctx,
        fact,
        wrong.map((w) => ({ value: w.value, text: choiceText(ctx, fact, w.value, w.text) })),
        id,
      ),
    }
  }
  // A comparison's key is the end choice by rule: the same fact as a number to type, which the draft takes once its questions
  // are settled (taken here, the other facts' types and the questions kept would move with it). Not money as written.
  const typed = keyAtAnEnd(ctx, fact) && !fact.asWritten ? typedOf(ctx, fact) : undefined
  return lazily({ at: at(fact), asks: own(fact), respaced, ...(typed && { typed }) }, question)
}

/** The fact as a number to type, its id taken now (in the composition's order), its words when first read. */
function typedOf(ctx: DraftContext, fact: NumberFact): () => Question {
  const item = numericQuestion(ctx, fact)
  return () => item.question
}

// Wrong values drawn again after one was taken out: the question keeps three choices.
const RESPACED_WRONG = 2
const choiceId = (value: number) => `v${slug(value)}`

/** Whether values, in any order, stand at equal steps. */
function evenlySpaced(values: readonly number[]): boolean {
  const sorted = [...values].sort((a, b) => a - b)
  const step = sorted[1]! - sorted[0]!
  return sorted.every((v, k) => k === 0 || sameValue(v - sorted[k - 1]!, step))
}

/** The choices of a question `id` among the fact's value and wrong ones, and its answer. */
function choicesOf(ctx: DraftContext, fact: NumberFact, distractors: readonly Distractor[], id: string) {
  const options = [{ value: fact.value, text: keyText(ctx, fact) }, ...distractors].map(({ value, text }) => ({
    id: choiceId(value),
    text: localized(ctx.lang, text),
  }))
  return { choices: shuffled(options, id), answer: options[0]!.id }
}

// A statement with more of its facts hidden than this says too little to be judged true or false:
// "The council voted … to build a … network …, at a cost of …".
const MAX_HIDDEN_IN_STATEMENT = 2

/** Whether the fact's sentence, said as a statement, keeps enough of itself visible to be judged. */
function statable(ctx: DraftContext, fact: NumberFact): boolean {
  return whileHidden(ctx, fact, 'statable', () => masksIn(ctx, fact.paragraph, displaySpan(ctx, fact, true), own(fact)).length <= MAX_HIDDEN_IN_STATEMENT)
}

/** The fact's excerpt as a statement: as the article says it, or with `swap`'s value in its place (then `wrong` says which). */
function statementOf(ctx: DraftContext, fact: NumberFact, swap: ReturnType<typeof falseSwap>): { text: string; wrong: string | null } {
  return whileHidden(ctx, fact, `statement ${swap ? `${swap.replacement.start} ${swap.replacement.text}` : ''}`, () => {
    const span = withoutViewAfter(textOf(ctx, fact), displaySpan(ctx, fact, true), fact.mention.end)
    const text = statementText(ctx, fact.paragraph, span, [...(swap ? [swap.replacement] : []), ...masksIn(ctx, fact.paragraph, span, own(fact))])
    return { text, wrong: swap ? swap.shown : null }
  })
}

/**
 * A statement's span ending before a clause of the writer's view after its fact («ستنفق 900 مليون درهم …، وهو مبلغ كان يكفي
 * في تقديري لإنشاء عشرة ممرات»: `…مليون درهم خلال 5 سنوات.`), so it is judged true or false on what the article reports.
 */
function withoutViewAfter(text: string, span: Span, from: number): Span {
  const marks = [...text.slice(from, span.end).matchAll(/[,،;؛]/gu)].map((m) => from + m.index)
  for (let k = 0; k < marks.length; k++) if (givesAView(text.slice(marks[k]!, marks[k + 1] ?? span.end))) return { start: span.start, end: marks[k]! }
  return span
}

function booleanQuestion(ctx: DraftContext, fact: NumberFact, swap: ReturnType<typeof falseSwap>): Composed {
  // (False when a value is swapped in: the statement's `wrong` is the value shown.)
  const id = idFor(ctx, fact, swap?.shown ? 'false-' : 'true-')
  return lazily({ at: at(fact), asks: own(fact) }, () => {
    const said = statementOf(ctx, fact, swap)
    const evidence = evidenceOf(ctx, fact)
    const quote = quoted(ctx, evidence.quote)
    return {
      id,
      type: 'boolean',
      skill: 'recall',
      points: 1,
      prompt: localized(ctx.lang, ctx.say.trueOrFalse(said.text)),
      answer: said.wrong === null,
      explanation: localized(ctx.lang, said.wrong ? ctx.say.becauseNot(quote, said.wrong) : ctx.say.because(quote)),
      evidence,
    }
  })
}

/**
 * "Tick every true statement": three or four facts of one paragraph, each in a clause of its own,
 * every other one made false with a value the article does not state.
 */
function statementsQuestion(ctx: DraftContext, facts: readonly NumberFact[], chosen: NumberFact[]): Composed | null {
  if (!chosen.every((fact) => statable(ctx, fact))) return null
  // Every other statement false, a value swapped into it (`statementOf`'s `wrong`): some true, some false, or none asked.
  const swaps = chosen.map((fact, k) => (k % 2 === 1 ? falseSwap(ctx, facts, fact) : null))
  if (!swaps.some((swap) => swap === null) || swaps.every((swap) => swap === null)) return null
  const paragraph = chosen[0]!.paragraph
  const id = uniqueId(ctx.ids, `statements-p${paragraph}`)
  return lazily({ at: at(chosen[0]!), asks: chosen.flatMap(own) }, () => {
    const options = chosen.map((fact, k) => ({ id: `s${k + 1}`, ...statementOf(ctx, fact, swaps[k] ?? null) }))
    const spans = chosen.map((f) => evidenceSpan(ctx, f))
    const quote = textOf(ctx, chosen[0]!).slice(Math.min(...spans.map((s) => s.start)), Math.max(...spans.map((s) => s.end)))
    return {
      id,
      type: 'multiple',
      skill: 'recall',
      points: 1,
      partialCredit: true,
      prompt: localized(ctx.lang, ctx.say.pickTrue()),
      choices: shuffled(
        options.map((o) => ({ id: o.id, text: localized(ctx.lang, o.text) })),
        id,
      ),
      answer: options.filter((o) => o.wrong === null).map((o) => o.id),
      explanation: localized(ctx.lang, ctx.say.because(quoted(ctx, quote))),
      evidence: { paragraph, quote },
    }
  })
}

/**
 * Three or four facts of one paragraph, each the only answer in its sentence (a statement is the
 * whole sentence, not a fragment) and each with a value no other question has; or null.
 */
function statementFacts(ctx: DraftContext, facts: readonly NumberFact[]): NumberFact[] | null {
  const byParagraph = new Map<number, NumberFact[]>()
  for (const f of facts) {
    if (f.parts || hidesIn(ctx, f.paragraph, f.sentence, own(f)) || valueElsewhere(facts, f)) continue
    const list = byParagraph.get(f.paragraph) ?? []
    list.push(f)
    byParagraph.set(f.paragraph, list)
  }
  let best: NumberFact[] | null = null
  for (const list of byParagraph.values()) if (list.length >= 3 && (!best || list.length > best.length)) best = list
  return best ? best.slice(0, 4) : null
}

// The order question types take, fact after fact, where the fact allows them.
const TYPE_CYCLE = ['numeric', 'single', 'boolean', 'numeric', 'single'] as const
// A statements question takes three or four facts away from questions of their own: only when
// the article has facts to spare.
const STATEMENTS_MIN_FACTS = 10

/** A question about every fact, types mixed. */
export function numberQuestions(ctx: DraftContext, facts: readonly NumberFact[]): Composed[] {
  const items: Composed[] = []
  let rest = facts
  const chosen = facts.length >= STATEMENTS_MIN_FACTS ? statementFacts(ctx, facts) : null
  const statements = chosen && statementsQuestion(ctx, facts, chosen)
  if (statements) {
    items.push(statements)
    rest = facts.filter((f) => !chosen!.includes(f) && !(f.parts ?? []).some((p) => chosen!.includes(p)))
  }
  let turn = 0
  let falseNext = false
  for (const fact of rest) {
    let made: Composed | null = null
    for (let tries = 0; tries < TYPE_CYCLE.length && !made; tries++) {
      const type = TYPE_CYCLE[turn++ % TYPE_CYCLE.length]!
      // Money of no currency the article settles is asked in its words only: no number to type (`asWritten`).
      if (type === 'numeric') made = fact.asWritten ? null : numericQuestion(ctx, fact)
      // The right choice shows the value: not when it is another question's answer too.
      // (Its wrong values are drawn only for a choice: most facts are asked otherwise.)
      else if (type === 'single' && distractorValues(ctx, facts, fact).length >= 2 && !valueElsewhere(facts, fact))
        made = singleQuestion(ctx, facts, fact, distractorValues(ctx, facts, fact))
      else if (type === 'boolean' && !fact.parts && statable(ctx, fact)) {
        // True and false take turns; a true statement shows the fact's value, so it is false when
        // another question has the same answer, and no true/false question when it cannot be false.
        const wantFalse: boolean = falseNext || valueElsewhere(facts, fact)
        const swap = wantFalse ? falseSwap(ctx, facts, fact) : null
        if (!wantFalse || swap) {
          made = booleanQuestion(ctx, fact, swap)
          falseNext = !wantFalse
        }
      }
    }
    if (made) items.push(made)
    else if (!fact.asWritten) items.push(numericQuestion(ctx, fact))
  }
  return items
}

/** Ways to write a score, for a text question's accepted answers: 3-1, 3:1, 3 - 1, 3 to 1, 3 مقابل 1. */
function scoreSpellings(score: ScoreFact, written: string): string[] {
  const { home, away } = score
  // A score in words is also right without the «ب» written onto it (بهدفين مقابل هدف: هدفين مقابل هدف).
  const bare = written.replace(/^بـ?(?=\p{L}|\p{N})/u, '')
  // A ratio is also right with «إلى» (3 إلى 1), never the other way round (1 إلى 3).
  const ratio = score.ratio ? [`${home} إلى ${away}`] : []
  return [...new Set([written, bare, `${home}-${away}`, `${home}:${away}`, `${home} - ${away}`, `${home} to ${away}`, `${home} مقابل ${away}`, ...ratio])]
}

/** Where the scores stand: hidden from other questions like any answer. */
export function hiddenScores(scores: readonly ScoreFact[]): HiddenSpan[] {
  return scores.map((score) => ({ paragraph: score.paragraph, start: score.start, end: score.end, owner: score }))
}

/**
 * A fact written as it stands (a score, a race time) blanked in an excerpt of its sentence, and the
 * quote of its clause: its paragraph's text, the cloze and the quote.
 */
function blankedInClause(ctx: DraftContext, fact: ScoreFact | TimeFact | EditionFact): { text: string; cloze: string; quote: string } {
  const text = ctx.paragraphs[fact.paragraph]!.text
  const span = excerptSpan(ctx, fact.paragraph, fact.sentence, fact, [fact])
  const cloze = quotedExcerpt(ctx, fact.paragraph, fact.sentence, span, [
    { start: fact.start, end: fact.end, text: ctx.say.blank },
    ...masksIn(ctx, fact.paragraph, span, [fact]),
  ])
  const evidence = tidySpan(text, fact.clause)
  return { text, cloze, quote: text.slice(evidence.start, evidence.end) }
}

/** A text question per match score: the sentence with the score blanked. */
export function scoreQuestions(ctx: DraftContext, scores: readonly ScoreFact[]): Composed[] {
  return scores.map((score) => {
    const id = uniqueId(ctx.ids, `${score.ratio ? 'ratio' : 'score'}-${score.home}-${score.away}`)
    return lazily({ at: positionIn(score.paragraph, score.start), asks: [score], result: true }, () => {
      const { text, cloze, quote } = blankedInClause(ctx, score)
      return {
        id,
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: localized(ctx.lang, score.vote ? ctx.say.fillVote(cloze) : score.ratio ? ctx.say.fillRatio(cloze) : ctx.say.fillScore(cloze)),
        answer: { accepted: scoreSpellings(score, text.slice(score.start, score.end)) },
        explanation: localized(ctx.lang, ctx.say.because(quoted(ctx, quote))),
        evidence: { paragraph: score.paragraph, quote },
      }
    })
  })
}

/** Where the race times stand: hidden from other questions like any answer. */
export function hiddenTimes(times: readonly TimeFact[]): HiddenSpan[] {
  return times.map((time) => ({ paragraph: time.paragraph, start: time.start, end: time.end, owner: time }))
}

// A race time's seconds move by these for its wrong choices: a second or two is a near miss.
const SECOND_STEPS = [-2, -1, 1, 2, -3, 3]
const RACE_CHOICES = 4
const CLOCK_PARTS = /^([0-9\u0660-\u0669]{1,2}:)([0-9\u0660-\u0669]{2})(.*)$/u

/** Wrong times beside a race's, written as the article writes it with its seconds (or minutes of h:mm) changed: 1:51.34, 1:53.34 beside 1:52.34. */
function wrongTimes(written: string, seed: string): string[] {
  const [, head, part, tail] = written.match(CLOCK_PARTS)!
  const eastern = /[\u0660-\u0669]/u.test(written)
  const n = Number(part!.replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660)))
  // The nearest steps that stay within a minute, one of the four nearest left out by the seed.
  const steps = SECOND_STEPS.filter((d) => n + d >= 0 && n + d < 60)
  const out = stableHash(seed) % Math.min(4, steps.length)
  const picked = steps.filter((_, k) => steps.length < RACE_CHOICES || k !== out).slice(0, RACE_CHOICES - 1)
  return picked.map((d) => {
    const digits = String(n + d).padStart(2, '0')
    return `${head}${eastern ? inEasternDigits(digits) : digits}${tail}`
  })
}

/** A single-choice question per race time: the sentence with the time blanked, the choices written as the article writes it. */
export function timeQuestions(ctx: DraftContext, times: readonly TimeFact[]): Composed[] {
  return times.map((time) => {
    const written = ctx.paragraphs[time.paragraph]!.text.slice(time.start, time.end)
    const digits = written.replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660))
    const id = uniqueId(ctx.ids, `choice-race-time-${digits.replace(/[^0-9]+/gu, '-').replace(/^-|-$/gu, '')}`)
    return lazily({ at: positionIn(time.paragraph, time.start), asks: [time], result: true }, () => {
      const { cloze, quote } = blankedInClause(ctx, time)
      return writtenChoiceQuestion(ctx, id, cloze, { paragraph: time.paragraph, quote }, [written, ...wrongTimes(written, `${time.paragraph}:${time.start}`)])
    })
  })
}

/**
 * A single-choice question on a blanked sentence whose choices are texts written as the article
 * writes the answer (a race time, an edition's ordinal): `texts[0]` is the answer.
 */
function writtenChoiceQuestion(ctx: DraftContext, id: string, cloze: string, evidence: Evidence, texts: readonly string[]): Question {
  const options = texts.map((text, k) => ({ id: `t${k + 1}`, text: localized(ctx.lang, text) }))
  return {
    id,
    type: 'single',
    skill: 'recall',
    points: 1,
    prompt: localized(ctx.lang, ctx.say.pickNumber(cloze)),
    choices: shuffled(options, id),
    answer: 't1',
    explanation: localized(ctx.lang, ctx.say.because(quoted(ctx, evidence.quote))),
    evidence,
  }
}

/** Where the editions stand: hidden from other questions like any answer. */
export function hiddenEditions(editions: readonly EditionFact[]): HiddenSpan[] {
  return editions.map((edition) => ({ paragraph: edition.paragraph, start: edition.start, end: edition.end, owner: edition }))
}

// An edition's wrong choices are its neighbours: a year or two off is a near miss.
const EDITION_STEPS = [-2, -1, 1, 2, -3, 3]

/** An English ordinal in digits: 1st, 2nd, 3rd, 11th, 21st, 112th. */
function englishOrdinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13
  return `${n}${teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`
}

/**
 * Edition `n` written as the article writes its edition: an English ordinal (`41st` → `42nd`), else the same word with its
 * digits changed, in the article's digits (`الـ41` → `الـ42`, `الـ٤١` → `الـ٤٢`).
 */
function editionWritten(written: string, n: number): string {
  if (/^\d+(?:st|nd|rd|th)$/iu.test(written)) return englishOrdinal(n)
  const arabicIndic = /[\u0660-\u0669]/u.test(written)
  const digits = arabicIndic ? String(n).replace(/\d/gu, (d) => String.fromCharCode(0x0660 + Number(d))) : String(n)
  return written.replace(/[0-9\u0660-\u0669]+/u, digits)
}

/**
 * An edition's wrong steps: the nearest, one of the four nearest left out by the seed (so the key stands anywhere among
 * them), never all on one side of it when a step on the other side is left (59th among 57th and 58th only is the latest,
 * a guess), none of `excluded`.
 */
function editionSteps(value: number, seed: string, excluded: readonly number[]): number[] {
  const steps = EDITION_STEPS.filter((d) => value + d > 0 && !excluded.includes(d))
  const out = stableHash(seed) % Math.min(4, steps.length)
  const wrong = steps.filter((_, k) => steps.length < RACE_CHOICES || k !== out).slice(0, RACE_CHOICES - 1)
  const oneSide = wrong.every((d) => d > 0) || wrong.every((d) => d < 0)
  const other = steps.find((d) => !wrong.includes(d) && Math.sign(d) !== Math.sign(wrong[0] ?? 0))
  if (oneSide && other !== undefined && wrong.length > 1) wrong[wrong.length - 1] = other
  return wrong
}

/** A single-choice question per edition: the sentence with the ordinal blanked, the choices the ordinals beside it. */
export function editionQuestions(ctx: DraftContext, editions: readonly EditionFact[]): Composed[] {
  return editions.map((edition) => {
    const id = uniqueId(ctx.ids, `choice-edition-${edition.value}`)
    const seed = `${edition.paragraph}:${edition.start}`
    const written = (excluded: readonly number[]) => {
      const { text, cloze, quote } = blankedInClause(ctx, edition)
      const wrong = editionSteps(edition.value, seed, excluded)
      const shown = text.slice(edition.start, edition.end)
      return {
        wrong,
        question: writtenChoiceQuestion(ctx, id, cloze, { paragraph: edition.paragraph, quote }, [
          shown,
          ...wrong.map((d) => editionWritten(shown, edition.value + d)),
        ]),
      }
    }
    let first: ReturnType<typeof written> | undefined
    // A wrong edition taken out later (it writes another answer: the 60th beside a share of 60%) is replaced by another
    // step, the choices again on both sides of the key.
    // (Once: the choices' ids are their places, so later ones taken out name the new question's, and are simply taken out.)
    let redrawn = false
    const respaced = (dropped: readonly string[]) => {
      first ??= written([])
      const excluded = first.wrong.filter((_, k) => dropped.includes(`t${k + 2}`))
      if (redrawn || excluded.length === 0) return null
      const again = written(excluded)
      if (again.wrong.length !== RACE_CHOICES - 1) return null
      redrawn = true
      return again.question
    }
    return lazily({ at: positionIn(edition.paragraph, edition.start), asks: [edition], respaced }, () => (first ??= written([])).question)
  })
}
