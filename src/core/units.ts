import { readDate } from './date-words.ts'
import { foldLetters } from './normalize.ts'
import { encodeDate } from './dates.ts'
import { fromContext, isFrameWord, sharesStem } from './context-words.ts'
import {
  framesAnotherGroup,
  isAffiliation,
  isAttribution,
  isFramingWord,
  isOwnAffiliation,
  isSourceAffiliation,
  isStopWord,
  LATIN_WORD,
  namesAllParts,
  readPlace,
  type CountedGroups,
} from './counted-groups.ts'
import { entryAt, isAnd, isMinusSign, readFraction, readNumber } from './numbers-grammar.ts'
import { FRENCH_NUMBER_WORDS, lookupAskedCurrencyCode, type NounForm } from './numbers-lexicon.ts'
import { markMoneyScales, PLAIN_DIGITS, tokenize, withoutHedges, type Token } from './numbers-tokenizer.ts'
import { parseNumber } from './numbers.ts'
import { isCurrency, type Currency, type Unit } from './unit-names.ts'
import { UNIT_WORDS } from './unit-words.ts'

/**
 * Quantities: a number with an optional unit, and conversions between units of one dimension.
 * Spellings of the units (ساعة، ساعتين، ساعات، hrs, h, ريال سعودي, $, كم …) are in
 * `unit-words.ts`, loaded into the number reader's lexicon (`numbers-lexicon.ts`), because an Arabic dual
 * noun is a number by itself.
 */

export type Dimension =
  | 'time'
  | 'count'
  | 'percent'
  | 'length'
  | 'mass'
  | 'area'
  | 'volume'
  | 'speed'
  | 'data'
  | 'charge'
  | 'power'
  | 'energy'
  | 'temperature'
  | 'money'
  | 'date'

/** Each measured unit in its dimension's base: seconds, metres, grams, litres, metres a second, bytes, watts, watt-hours. */
const BASE: Partial<Record<Unit, number>> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86_400,
  week: 7 * 86_400,
  // Calendar averages (365.2425 days a year), so that a year is exactly 12 months.
  month: (365.2425 * 86_400) / 12,
  year: 365.2425 * 86_400,
  millimetre: 0.001,
  centimetre: 0.01,
  metre: 1,
  kilometre: 1000,
  mile: 1609.344,
  // The distance light travels in a Julian year (the IAU's light-year).
  'light-year': 9_460_730_472_580_800,
  // The international inch, foot and yard (1959: 1 in = 25.4 mm exactly) and the nautical mile (1,852 m exactly).
  inch: 0.0254,
  foot: 0.3048,
  yard: 0.9144,
  'nautical-mile': 1852,
  milligram: 0.001,
  gram: 1,
  kilogram: 1000,
  tonne: 1_000_000,
  // The avoirdupois pound and ounce (1959: 1 lb = 453.59237 g exactly, 16 oz).
  ounce: 28.349523125,
  pound: 453.59237,
  // Areas in square metres: a dunam is 1,000 m², a feddan 4,200.83 m² (Egypt), an acre 4,046.86 m².
  'square-metre': 1,
  'square-kilometre': 1_000_000,
  hectare: 10_000,
  dunam: 1000,
  feddan: 4200.83,
  acre: 4046.8564224,
  'square-mile': 2_589_988.110336,
  // Volumes in litres: an oil barrel is 42 US gallons.
  millilitre: 0.001,
  litre: 1,
  'cubic-metre': 1000,
  barrel: 158.987294928,
  // The US gallon (231 cubic inches), the one news articles mean: 3.785411784 litres exactly.
  gallon: 3.785411784,
  // Speeds in metres a second: 3.6 km/h = 1 m/s; a knot is a nautical mile (1,852 m) an hour.
  'kilometre-per-hour': 1 / 3.6,
  'mile-per-hour': 0.44704,
  'metre-per-second': 1,
  'kilometre-per-second': 1000,
  knot: 1852 / 3600,
  // Data in bytes, in the decimal units storage and phones are sold in (1 TB = 1,000 GB).
  megabyte: 1e6,
  gigabyte: 1e9,
  terabyte: 1e12,
  // A battery's charge: the only unit of its dimension.
  'milliampere-hour': 1,
  // Power in watts, energy in watt-hours: a plant's capacity (MW) is never what it makes in a year (MWh).
  watt: 1,
  kilowatt: 1e3,
  megawatt: 1e6,
  gigawatt: 1e9,
  'watt-hour': 1,
  'kilowatt-hour': 1e3,
  'megawatt-hour': 1e6,
  'gigawatt-hour': 1e9,
  'terawatt-hour': 1e12,
}

const DIMENSIONS: readonly [Dimension, ReadonlySet<Unit>][] = [
  ['length', new Set(['millimetre', 'centimetre', 'metre', 'kilometre', 'mile', 'light-year', 'inch', 'foot', 'yard', 'nautical-mile'])],
  ['mass', new Set(['milligram', 'gram', 'kilogram', 'tonne', 'ounce', 'pound'])],
  ['area', new Set(['square-metre', 'square-kilometre', 'hectare', 'dunam', 'feddan', 'acre', 'square-mile'])],
  ['volume', new Set(['millilitre', 'litre', 'cubic-metre', 'barrel', 'gallon'])],
  ['speed', new Set(['kilometre-per-hour', 'mile-per-hour', 'metre-per-second', 'kilometre-per-second', 'knot'])],
  ['data', new Set(['megabyte', 'gigabyte', 'terabyte'])],
  ['charge', new Set(['milliampere-hour'])],
  ['power', new Set(['watt', 'kilowatt', 'megawatt', 'gigawatt'])],
  ['energy', new Set(['watt-hour', 'kilowatt-hour', 'megawatt-hour', 'gigawatt-hour', 'terawatt-hour'])],
]

// Each unit of DIMENSIONS to its dimension (the first that holds it), looked up at once.
const DIMENSION_OF = new Map<string, Dimension>()
for (const [dimension, units] of DIMENSIONS) for (const unit of units) if (!DIMENSION_OF.has(unit)) DIMENSION_OF.set(unit, dimension)

export function dimensionOf(unit: Unit): Dimension {
  if (unit === 'person' || unit === 'count') return 'count'
  if (unit === 'percent' || unit === 'date') return unit
  // Temperatures convert into nothing: Fahrenheit is no multiple of Celsius.
  if (unit === 'celsius' || unit === 'fahrenheit') return 'temperature'
  const dimension = DIMENSION_OF.get(unit)
  if (dimension !== undefined) return dimension
  if (isCurrency(unit)) return 'money'
  return 'time'
}

/** Time, length and mass: units that convert by a factor, and compounds (`2 hours 30 minutes`, `5 km 200 m`). */
const isMeasure = (unit: Unit) => BASE[unit] !== undefined

/**
 * `value` in `from` expressed in `to`, or null across dimensions (hours → people, metres →
 * grams). A number of people is a count; a count (`2000 مرة`, 2000 times) is not a number of
 * people. Currencies are never converted into each other, nor dates into anything.
 */
export function convert(value: number, from: Unit, to: Unit): number | null {
  if (from === to) return value
  if (dimensionOf(from) !== dimensionOf(to)) return null
  if (from === 'person' && to === 'count') return value
  if (!isMeasure(from)) return null
  return (value * BASE[from]!) / BASE[to]!
}

/**
 * A temperature in the other scale (°F = °C × 9/5 + 32), for grading a reader's own conversion: exact
 * only as far as the reader converted exactly (−180 °C is −292 °F; 57 °F is 13.9 °C, not 14). Not part of
 * `convert`: a scale is no multiple of the other, so neither a compound nor a giveaway check may use it.
 */
export function convertTemperature(value: number, from: Unit, to: Unit): number | null {
  if (from === 'celsius' && to === 'fahrenheit') return (value * 9) / 5 + 32
  if (from === 'fahrenheit' && to === 'celsius') return ((value - 32) * 5) / 9
  return null
}

/** How a word around the number was read: `frame` (the answer is, a total of, كمان), `question` (a word of the question's texts), `people` (a noun of people), `other group`. */
export type WordRole = 'frame' | 'question' | 'people' | 'other group'
export type ReadWord = { word: string; as: WordRole }

/**
 * A number with its unit (null for a bare number). `words`: the words around the number and how
 * they were read. `otherGroup`: the first word that describes another group than the question's
 * (`South` in "2000 South Korean soldiers"): the number is read, but it answers another question.
 */
export type Quantity = { value: number; unit: Unit | null; words?: ReadWord[]; otherGroup?: string }

export type ParseQuantityOptions = {
  /**
   * Texts the question's author wrote (prompt, explanation, evidence). When given, every plain
   * word around the quantity must come from them (`6000 إضافي`, `قتل نحو 2000`, `9500 trained
   * soldiers`), or frame the answer (`the answer is`, `الجواب هو`): `2000 tanks`, `2000 دولار`,
   * `in 2000`, `2000 is wrong` are not an answer to "how many soldiers".
   */
  context?: readonly string[]
  /**
   * What the question's number counts (`counted-groups.ts`): with it, a word around the number
   * that describes another group sets `otherGroup` (`2000 South Korean soldiers`, `5000 عامل إزالة
   * ألغام` for construction workers, `5000 جندي` for workers).
   */
  groups?: CountedGroups
  /**
   * How to read clock notation `a:b`: hours and minutes (default) or minutes and seconds (the
   * default when `expect` is minutes or seconds).
   */
  clock?: 'hour' | 'minute'
  /**
   * The question's unit, which says what an ambiguous word means: `m` is metres for a length,
   * a million for an amount of money (`300m`) and minutes otherwise; `كيلو` kilometres for a
   * length and kilograms otherwise; a currency word means the question's currency when it can
   * (`ريال` is the Qatari riyal for a question in QAR, the Saudi riyal by default). With
   * `date`, the answer is read as a calendar date or year (`date-words.ts`), its value encoded
   * as in `dates.ts`.
   */
  expect?: Unit
  /** The size of the key (the grader's): for a count of a million or more, `m` after digits is a million and `b` a billion (`537m`). */
  scale?: number
}

/**
 * A currency's parts as read: how many (50 of `50 cents`) and what one is worth in each currency it may be of.
 */
export type CurrencyPart = { count: number; worth: Partial<Record<Unit, number>> }

/** `part`: for parts of a currency (`50 cents`), `v` is their worth in `unit`. */
type Component = { v: number; unit: Unit | null; units: readonly Unit[] | null; end: number; part?: CurrencyPart }

const nounAt = (T: Token[], i: number) => entryAt(T, i)?.k === 'noun'
const isCurrencyWord = (tok: Token | undefined) => tok?.t === 'word' && tok.e?.k === 'noun' && isCurrency(tok.e.unit)
// A word that is no number, unit or operator: plain, or a currency adjective that narrows nothing here.
const isPlainWord = (tok: Token | undefined) => tok?.t === 'word' && (tok.e === null || (tok.e.k === 'adj' && !tok.e.alone))
// A plural noun of people before the number names what it counts: «عدد العمال 6000», «العمال 6000».
const isPeoplePlural = (tok: Token | undefined) => tok?.t === 'word' && tok.e?.k === 'noun' && tok.e.unit === 'person' && tok.e.form === 'pl'

// Words of a range (`من 1000 إلى 2000`, `بين 1000 و2000`, `1000 to 2000`) only when a number
// follows them; before a word they are prepositions (`إلى روسيا`, `بين كيم وبوتين`, `to Kursk`).
const RANGE_PREPOSITIONS: ReadonlySet<string> = new Set(['إلى', 'بين', 'to', 'between'].map(foldLetters))
// Prepositions that add no claim of their own before a word of the question (`في كورسك`, `to
// Russia`, `in Ukraine`): the word after them is checked, they are not.
const PREPOSITIONS: ReadonlySet<string> = new Set(
  ['في', 'إلى', 'على', 'من', 'عن', 'مع', 'لصالح', 'in', 'to', 'at', 'on', 'from', 'for', 'with'].map(foldLetters),
)

/** True for a range word at `i` before a plain word: a preposition (`إلى روسيا`, `between Kim and Putin`). */
const isRangePreposition = (T: Token[], i: number) => {
  const tok = T[i]
  return tok?.t === 'word' && tok.e?.k === 'block' && RANGE_PREPOSITIONS.has(tok.w) && isPlainWord(T[i + 1])
}

/** True for a preposition at `i` followed by a plain word (`في كورسك`, `to Russia`), not by a number (`in 2000`). */
const isPrepositionBeforeWord = (T: Token[], i: number) => {
  const tok = T[i]
  return tok?.t === 'word' && PREPOSITIONS.has(tok.w) && (tok.e === null || isRangePreposition(T, i)) && isPlainWord(T[i + 1])
}

/**
 * True for the word `w` at `i` when it is, right after a preposition (or after an earlier word of
 * it), the complement the texts write after the key: `في أوكرانيا` for «2000 جندي … في أوكرانيا».
 */
function isKeyPlace(T: Token[], i: number, w: string, groups: CountedGroups): boolean {
  if (!sharesStem(w, groups.complement) || sharesStem(w, groups.others)) return false
  for (let j = i - 1; j >= 0; j--) {
    const tok = T[j]!
    if (tok.t !== 'word') return false
    if (PREPOSITIONS.has(tok.w)) return true
    if (!sharesStem(tok.w, groups.complement)) return false
  }
  return false
}

// «من» and `from` right before a number say where a change or a range starts (`من 10 جنيهات`, from 10): a claim of
// the reader's, right only where the quote writes it before the key (quote-frame.ts).
const FROM: ReadonlySet<string> = new Set(['من', 'from'].map(foldLetters))
const startsFrom = (T: Token[], i: number) => {
  const tok = T[i]
  const next = T[i + 1]
  const number = next?.t === 'sym' || (next?.t === 'word' && next.e?.k === 'noun' && next.e.form === 'sym') ? T[i + 2] : next // from $12
  return tok?.t === 'word' && FROM.has(tok.w) && (number?.t === 'num' || (number?.t === 'word' && number.e !== null && NUMBER_ENTRY_KINDS.has(number.e.k)))
}
const NUMBER_ENTRY_KINDS: ReadonlySet<string> = new Set(['digit', 'ten', 'teen', 'tens', 'hundred', 'hundreds', 'scale', 'fraction'])

const MOROCCAN_OF: ReadonlySet<string> = new Set(['ديال', 'د'].map(foldLetters))
const isMoroccanOf = (tok: Token | undefined) => tok?.t === 'word' && MOROCCAN_OF.has(tok.w)

/**
 * A word before the number: a plain word, `of` and `and` (a total of, Kim and Putin met for), and
 * `a` before a plain word (a total) — not before a number (a thousand, a half); a range word
 * before a word (the meeting between Kim and Putin).
 */
function isLeadWord(T: Token[], i: number): boolean {
  if (startsFrom(T, i)) return false
  if (isPlainWord(T[i]) || isRangePreposition(T, i) || isPeoplePlural(T[i])) return true
  const k = entryAt(T, i)?.k
  return k === 'of' || (k === 'and' && i > 0) || (k === 'a' && isPlainWord(T[i + 1]))
}

/** "ونصف", "and a half", "إلا ربع" after a measure's noun — unless the fraction has a noun of its own. */
function fractionTail(T: Token[], j: number, v: number): { v: number; end: number } {
  const and = isAnd(T, j)
  if (!and && entryAt(T, j)?.k !== 'except') return { v, end: j }
  const f = readFraction(T, j + 1)
  if (!f || f.v >= 1 || nounAt(T, f.end)) return { v, end: j }
  if (and) return { v: v + f.v, end: f.end }
  return v > f.v ? { v: v - f.v, end: f.end } : { v, end: j }
}

/**
 * The unit of `units` the question means: its own when the word may name it, else one that
 * converts into it (`m` is metres for a question in kilometres), else the word's first.
 */
function pick(units: readonly Unit[], expect: Unit | undefined): Unit {
  if (expect === undefined || units.length === 1) return units[0]!
  if (units.includes(expect)) return expect
  return units.find((u) => convert(1, u, expect) !== null) ?? units[0]!
}

const intersect = (a: readonly Unit[], b: readonly Unit[]) => a.filter((u) => b.includes(u))

/** `worth`: for a part of a currency (cents), what one is worth in each currency (`unit-words.ts`). */
type UnitRead = { units: readonly Unit[]; form: NounForm; end: number; worth?: Partial<Record<Unit, number>> }

/** A number of `u`'s words in the unit picked: 22 cents are 0.22 dollars. */
const worthIn = (u: UnitRead, unit: Unit, v: number) => (u.worth === undefined ? v : roundQuantity(v * (u.worth[unit] ?? Number.NaN)))

/**
 * A unit word at `i` with the currency adjectives that narrow it: `ساعات`, `ريال سعودي`,
 * `الليرة التركية`, `US dollars`, `pounds sterling`, `$`, `SAR`; or an adjective that names a
 * currency alone (`sterling`). An adjective that contradicts the word (`ريال أمريكي`) is left
 * unread, and `contextWords` refuses it.
 */
function readUnit(T: Token[], i: number): UnitRead | null {
  const pre = entryAt(T, i)
  const noun = pre?.k === 'adj' ? entryAt(T, i + 1) : pre
  if (noun?.k !== 'noun') return pre?.k === 'adj' && pre.alone ? { units: pre.units, form: 'abbr', end: i + 1 } : null
  if (noun.glued && !(pre === noun && gluedToNumber(T, i))) return null
  let units = noun.units
  let end = pre === noun ? i + 1 : i + 2
  if (pre?.k === 'adj') {
    units = intersect(units, pre.units)
    if (units.length === 0) return null
  }
  for (let adj = entryAt(T, end); adj?.k === 'adj' && isCurrency(units[0]); adj = entryAt(T, end)) {
    const narrowed = intersect(units, adj.units)
    if (narrowed.length === 0) break
    units = narrowed
    end++
  }
  return { units, form: noun.form, end, ...(noun.worth ? { worth: noun.worth } : {}) }
}

const AL = '\u0627\u0644' // ال
const BELOW = new Set(['below', 'تحت'])
/** "below zero", «تحت الصفر» at `j`. */
function isBelowZero(T: Token[], j: number): boolean {
  const below = T[j]
  const zero = entryAt(T, j + 1)
  return below?.t === 'word' && BELOW.has(below.w) && zero?.k === 'digit' && zero.v === 0 && T[j + 1]?.t === 'word'
}

/**
 * Whether the word at `i` is written onto the number before it (`45p`), and is not the first letter of
 * an abbreviation (`5p.m.`: another letter one character on; `45p a litre` goes on with the article).
 */
function gluedToNumber(T: Token[], i: number): boolean {
  const [before, word, after] = [T[i - 1], T[i]!, T[i + 1]]
  const abbreviation = after?.t === 'word' && after.start === word.end + 1 && after.w.length === 1 && after.e?.k !== 'a'
  return before?.t === 'num' && before.end === word.start && !abbreviation
}

const partOf = (u: UnitRead, count: number) => (u.worth !== undefined ? { part: { count, worth: u.worth } } : {})

function readComponent(T: Token[], i: number, expect: Unit | undefined): Component | null {
  const e = entryAt(T, i)
  // ساعتين، ساعة، an hour, ليرة تركية — the noun is the number (2 or 1)
  const lone = e?.k === 'noun' ? e : e?.k === 'a' ? entryAt(T, i + 1) : null
  // «الدقيقة 87», «الساعة 5»: a singular noun with its article before a number names a point (the 87th
  // minute, five o'clock), no quantity of one.
  const definite = lone?.k === 'noun' && lone.form === 'sg' && T[i]?.t === 'word' && (T[i] as { w: string }).w.startsWith(AL) && T[i + 1]?.t === 'num'
  // English `a` before a dual is before `fortnight` (two weeks), the one English word that is a number by itself.
  if (lone?.k === 'noun' && (lone.form === 'dual' || lone.form === 'sg') && !definite) {
    const u = readUnit(T, e?.k === 'a' ? i + 1 : i)!
    const unit = pick(u.units, expect)
    const base = lone.form === 'dual' ? 2 : 1
    // عامين اثنين، ساعة واحدة: the number word after the noun only stresses what the noun says.
    const stress = entryAt(T, u.end)
    const end = stress?.k === 'digit' && stress.ar && stress.v === base ? u.end + 1 : u.end
    const t = isMeasure(unit) || isCurrency(unit) ? fractionTail(T, end, base) : { v: base, end }
    return { v: worthIn(u, unit, t.v), unit, units: u.units, end: t.end, ...partOf(u, t.v) }
  }
  const n = readNumber(T, i)
  if (!n) return null
  let j = n.end
  // deux milliards de dinars, «مليار من الدنانير»: of between a scale word and its unit.
  const scaleEnd = entryAt(T, j - 1)?.k
  if ((scaleEnd === 'scale' || scaleEnd === 'abbrScale') && entryAt(T, j)?.k === 'of' && entryAt(T, j + 1)?.k === 'noun') j++
  // Moroccan «ديال» and «د» (of) before the unit's noun with its article: «تلاتة د السنين», «50 مليار ديال السنتيم».
  else if (isMoroccanOf(T[j]) && entryAt(T, j + 1)?.k === 'noun' && (T[j + 1] as { w: string }).w.startsWith(AL)) j++
  // half an hour, a quarter of an hour, ربع ساعة
  if (n.v < 1 && n.hasFrac) {
    if (entryAt(T, j)?.k === 'of') j++
    if (entryAt(T, j)?.k === 'a') j++
  }
  const u = readUnit(T, j)
  if (u === null) return { v: n.v, unit: null, units: null, end: n.end }
  if (u.form === 'dual') return null // "3 ساعتين"
  const unit = pick(u.units, expect)
  // ثلاث ساعات ونصف, two hours and a half, خمسة كيلو ونص; of money, under a thousand: 49 جنيه ونص
  // (after مليون دولار, a half may be of the million: not read)
  if (!n.hasFrac && Number.isInteger(n.v) && (isMeasure(unit) || (isCurrency(unit) && n.v < 1000))) {
    const t = fractionTail(T, u.end, n.v)
    return { v: worthIn(u, unit, t.v), unit, units: u.units, end: t.end, ...partOf(u, t.v) }
  }
  return { v: worthIn(u, unit, n.v), unit, units: u.units, end: u.end, ...partOf(u, n.v) }
}

/**
 * The parts after a whole amount of `currency` (`50 cents`, `و500 فلس`, `and 50 cents`), worth
 * less than one of it: their worth in it. Bare digits after the amount are its parts too, at the
 * end of the answer and written with as many digits as the currency's parts have (`2 dollars 50`,
 * `2 دينار 500` for a dinar of 1,000 fils); not when its parts disagree (the Jordanian dinar has
 * 100 piastres and 1,000 fils) or the digits are fewer (`2 dollars 5`: 2.05 or 2.50?). Null when
 * none follow, or they are worth one of it or more (`2 dollars 150 cents`: two answers).
 */
function currencyPart(T: Token[], j: number, currency: Unit): { v: number; end: number } | null {
  const k = isAnd(T, j) ? j + 1 : j
  const n = readNumber(T, k)
  if (n === null || n.hasFrac || !Number.isInteger(n.v) || n.v <= 0) return null
  const u = readUnit(T, n.end)
  const worth = u?.worth?.[currency]
  if (u !== null) {
    if (worth === undefined || u.form === 'dual') return null
    const v = roundQuantity(n.v * worth)
    return v < 1 ? { v, end: u.end } : null
  }
  const tok = T[k]
  const digits = minorDigits(currency)
  if (tok?.t !== 'num' || n.end !== k + 1 || n.end !== T.length || digits === null) return null
  return /^\d+$/.test(tok.raw) && tok.raw.length === digits ? { v: n.v / 10 ** digits, end: n.end } : null
}

// How many digits the parts of each currency take (2 for a cent, 3 for a fils of the dinar);
// absent when its parts disagree (the Jordanian dinar: 100 piastres, 1,000 fils).
const MINOR_DIGITS: ReadonlyMap<Unit, number | null> = (() => {
  const digits = new Map<Unit, number | null>()
  for (const { worth } of UNIT_WORDS) {
    for (const [code, w] of Object.entries(worth ?? {}) as [Unit, number][]) {
      const d = Math.round(-Math.log10(w))
      digits.set(code, digits.has(code) && digits.get(code) !== d ? null : d)
    }
  }
  return digits
})()
const minorDigits = (currency: Unit) => MINOR_DIGITS.get(currency) ?? null
const THOUSANDTHS: ReadonlySet<Unit> = new Set(
  UNIT_WORDS.flatMap(({ worth }) =>
    Object.entries(worth ?? {})
      .filter(([, w]) => w === 0.001)
      .map(([code]) => code as Unit),
  ),
)

/** True for a currency counted in thousandths (a dinar of 1,000 fils): `2.500 دينار` is 2.5 dinars there. */
export const hasThousandths = (unit: Unit) => THOUSANDTHS.has(unit)

/** A measure's size in its dimension's base: a compound ("2 hours 30 minutes", "5 km 200 m") goes strictly down. */
const rank = (u: Unit) => BASE[u] ?? 0
const sameMeasure = (a: Unit, b: Unit) => isMeasure(a) && dimensionOf(a) === dimensionOf(b)
// French mn, minutes, after the minutes of a time in hours (2h30mn); elsewhere million (300 mn).
const MN = 'mn'
// 2h30, ساعتين و30: bare digits after hours are minutes, after minutes seconds.
const NEXT_CLOCK_UNIT: Partial<Record<Unit, Unit>> = { hour: 'minute', minute: 'second' }

const MAX_AROUND_WORDS = 6

type AroundWords = { person: boolean; words: ReadWord[]; otherGroup: string | null }

/**
 * Words around the number that do not change it ("استمر الاجتماع …", "… عامل بناء", "… North
 * Korean soldiers", "a total of …", "… more soldiers"): at most six plain words and nouns of
 * people, none that compares, negates, counts or names a unit, and with a context every plain word
 * from it (`fromContext`). With `groups`, a word that describes another group is noted in
 * `otherGroup`; `slot`: the first word follows a bare number, so it says what is counted.
 * False when the words are not allowed.
 */
function contextWords(T: Token[], from: number, to: number, options: ParseQuantityOptions, slot = false): AroundWords | false {
  if (to - from > 2 * MAX_AROUND_WORDS) return false
  const { context, groups } = options
  const around: AroundWords = { person: false, words: [], otherGroup: null }
  const counted = slot ? countedWordAt(T, from, to) : -1
  const other = (word: string) => {
    around.words.push({ word, as: 'other group' })
    around.otherGroup ??= word
  }
  let plain = 0
  // After حسب / according to, the words name the source, until a noun of people.
  let cited = false
  for (let i = from; i < to; i++) {
    const tok = T[i]!
    if (tok.t !== 'word') return false
    const e = tok.e
    // Six words at most, not counting `and`, `of`, `a` and prepositions.
    if (e?.k !== 'of' && e?.k !== 'and' && e?.k !== 'a' && !PREPOSITIONS.has(tok.w) && ++plain > MAX_AROUND_WORDS) return false
    if (isPrepositionBeforeWord(T, i)) {
      around.words.push({ word: tok.w, as: 'frame' })
      continue
    }
    // إلى روسيا، لروسيا، من كوريا الشمالية، to Russia: a place, where the group goes or comes from.
    const place = groups !== undefined && e === null ? readPlace(T, i, groups, context, cited) : null
    if (place !== null) {
      for (; i < place.end - 1; i++) around.words.push({ word: (T[i] as { w: string }).w, as: place.as })
      const w = (T[i] as { w: string }).w
      if (place.as === 'other group') other(w)
      else around.words.push({ word: w, as: 'question' })
      continue
    }
    // A currency adjective that narrowed no currency is a plain word, unless it contradicts one (ريال أمريكي).
    if (e === null || (e.k === 'adj' && !isCurrencyWord(T[i - 1])) || isRangePreposition(T, i)) {
      const w = tok.w
      // في أوكرانيا, in Ukraine: where the article says the key's group is (a country's name
      // there is no nationality, أوكرانيا no accusative أوكرانيًا).
      if (groups !== undefined && isKeyPlace(T, i, w, groups)) {
        around.words.push({ word: w, as: 'question' })
        continue
      }
      if (groups !== undefined && isAttribution(w)) cited = true
      // The group's own nationality (كوري شمالي for the soldiers Pyongyang sends), and after حسب /
      // according to the nationality of the source the question cites (حسب التقارير الغربية).
      if (groups !== undefined && isAffiliation(w)) {
        if (cited ? isSourceAffiliation(w, groups) : isOwnAffiliation(w, groups)) {
          around.words.push({ word: w, as: 'question' })
          continue
        }
        if (cited) {
          other(w) // a source the question does not cite (حسب المخابرات الروسية)
          continue
        }
      }
      // A word of the group's own description is the question's, in any form the article writes
      // it (27,905 صوتًا for a question that quotes 27,905 أصوات).
      if (!fromContext(w, context) && !(groups !== undefined && sharesStem(w, groups.own))) return false
      if (groups !== undefined && framesAnotherGroup(w, groups)) {
        other(w)
        continue
      }
      if (groups !== undefined && !isFrameWord(w) && !isFramingWord(w)) {
        if (isAffiliation(w) ? !isOwnAffiliation(w, groups) : sharesStem(w, groups.others) && !sharesStem(w, groups.own)) {
          other(w)
          continue
        }
        // Right after a bare number a word says what is counted: «1000 ألغام», "9500 reports".
        // A verb there counts nothing (`2000 يقاتلون لصالح روسيا`, 2000 fighting for Russia).
        // A word of the family of the verb that governs the key says it of the number (`four dead`
        // for «killing four people»).
        const governed = sharesStem(w, groups.governing) && !sharesStem(w, groups.others)
        if (
          i === counted &&
          !governed &&
          !isStopWord(w) &&
          !isPresentVerb(w) &&
          groups.own.size > 0 &&
          (!sharesStem(w, groups.own) || sharesStem(w, groups.deep))
        ) {
          other(w)
          continue
        }
      }
      around.words.push({ word: w, as: isFrameWord(w) || isFramingWord(w) ? 'frame' : 'question' })
      continue
    }
    if (e.k === 'of' || e.k === 'and' || e.k === 'a') continue
    // "6,000 more soldiers": more right after a bare number, not followed by than, is additional
    // ("2000 and more", "more than 2000" are comparisons).
    if (tok.w === 'more' && slot && i === from && !(T[i + 1]?.t === 'word' && (T[i + 1] as { w: string }).w === 'than')) {
      if (groups !== undefined && framesAnotherGroup(tok.w, groups)) other(tok.w)
      else around.words.push({ word: tok.w, as: 'frame' })
      continue
    }
    if (e.k === 'noun' && e.unit === 'person' && (e.form === 'sg' || e.form === 'pl')) {
      around.person = true
      cited = false
      if (groups !== undefined && isAnotherPeopleAt(T, i, groups)) other(tok.w)
      else around.words.push({ word: tok.w, as: 'people' })
      continue
    }
    return false
  }
  return around
}

// An Arabic verb in the present, plural (يقاتلون، يعملون، تدربوا is past: not matched): a claim of
// the sentence, never the noun a number counts. Nationalities in -يون are read before (يابانيون).
const PRESENT_VERB = /^[\u064A\u062A][\u0621-\u064A]{2,}(?:\u0648\u0646|\u0648\u0627)$/
const isPresentVerb = (w: string) => PRESENT_VERB.test(w)

const isPlainLatin = (tok: Token | undefined) => tok?.t === 'word' && tok.e === null && LATIN_WORD.test(tok.w) && !isStopWord(tok.w)

// English past participles not in -ed, as news writes them after what it counts (`3 homes lost`, `40 houses burnt`).
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(
  'lost burnt built sold taken stolen held left made found shot struck hurt cut won spent paid sent brought caught seen given kept broken chosen driven fallen flown frozen grown hidden thrown torn written sunk swept laid'.split(
    ' ',
  ),
)
const isPastParticiple = (w: string) => w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w)

/**
 * The index of the plain word that says what a bare number at `from` counts, or -1 when a noun of
 * people does. Arabic puts the counted noun first, its complements after (`1000 عامل إزالة ألغام`,
 * `1000 ألغام` counts mines). English puts it last, after the nouns that modify it (`1000 mine
 * clearers`, `1000 mine-clearing workers`); a past participle after it is no noun (`1000 mines cleared`, `3 homes lost`).
 */
function countedWordAt(T: Token[], from: number, to: number): number {
  if (!isPlainLatin(T[from])) return from
  let head = from
  for (let i = from + 1; i < to; i++) {
    const tok = T[i]!
    if (isPlainLatin(tok) && !isPastParticiple((tok as { w: string }).w)) {
      head = i
      continue
    }
    if (tok.t === 'word' && tok.e?.k === 'noun' && tok.e.unit === 'person') return -1
    break
  }
  return head
}

/**
 * A noun of people of a kind the question does not count: `جندي` when it counts workers; when it
 * counts people of no listed kind (منقذ, rescuers), any kind its own words do not name; and a
 * noun of another group's family (`builders` for the demining workers, `deminers` for the total).
 */
function isAnotherPeople(w: string, people: string | null | undefined, groups: CountedGroups): boolean {
  // A word of another group's family: builders, deminers for the other kind of workers.
  if (groups.own.size > 0 && sharesStem(w, groups.others) && !sharesStem(w, groups.own)) return true
  // A noun of people of no kind (people, أشخاص): another group only for a count of things.
  if (people == null) return groups.things
  if (groups.people.size > 0) return !groups.people.has(people)
  return groups.own.size > 0 && !sharesStem(w, groups.own)
}

const peopleKindAt = (T: Token[], i: number) => {
  const e = entryAt(T, i)
  return e?.k === 'noun' && e.unit === 'person' ? e.people : undefined
}

/**
 * True when the noun of people at `i` names a group the question does not count. `civilian` next
 * to a noun of the kind the question counts describes it (`6000 civilian workers`, `6000 عامل
 * مدني`), unless the question counts soldiers.
 */
function isAnotherPeopleAt(T: Token[], i: number, groups: CountedGroups): boolean {
  const tok = T[i]!
  const kind = peopleKindAt(T, i)
  if (tok.t !== 'word' || kind === undefined || !isAnotherPeople(tok.w, kind, groups)) return false
  if (kind !== 'civilian' || groups.people.size === 0 || groups.people.has('soldier')) return true
  const beside = (j: number) => {
    const k = peopleKindAt(T, j)
    return k != null && groups.people.has(k)
  }
  return !beside(i - 1) && !beside(i + 1)
}

/** The first noun of people in `T[from, to)` of a kind the question does not count, or null. */
function peopleNounOfAnotherGroup(T: Token[], from: number, to: number, groups: CountedGroups): string | null {
  for (let i = from; i < to; i++) if (isAnotherPeopleAt(T, i, groups)) return (T[i] as { w: string }).w
  return null
}

const CLOCK_MINUTES = /^[0-5]\d$/

function readClock(T: Token[], clock: 'hour' | 'minute'): Quantity | null {
  // a:b or a:b:c, integers, b and c two digits below 60
  const parts: number[] = []
  let i = 0
  for (;;) {
    const tok = T[i]
    if (tok?.t !== 'num' || !PLAIN_DIGITS.test(tok.raw) || (parts.length > 0 && !CLOCK_MINUTES.test(tok.raw))) return null
    parts.push(tok.v)
    const sep = T[i + 1]
    if (sep?.t === 'sym' && sep.c === ':') {
      i += 2
      continue
    }
    i++
    break
  }
  if (parts.length < 2 || parts.length > 3) return null
  const noun = entryAt(T, i)
  // Three parts are hours, minutes and seconds whatever the question's unit (1:00:41 for 60 minutes 41 seconds).
  const unit: Unit = parts.length === 3 ? 'hour' : clock
  if (noun?.k === 'noun') {
    if (noun.unit !== unit) return null
    i++
  }
  if (i !== T.length) return null
  const [a, b, c = 0] = parts as [number, number, number?]
  return { value: a + b / 60 + c / 3600, unit }
}

/**
 * A number with an optional unit, Arabic or English: `150 دقيقة`, `ساعتين ونصف` (2.5 hour),
 * `ساعة ونصف`, `نصف ساعة`, `ساعتان وثلاثون دقيقة`, `2 hours 30 minutes`, `2h30m`, `2:30`,
 * `two and a half hours`, `نحو ألفي جندي` (2000 person), `2,000 soldiers`, `1.5 مليار ريال`,
 * `$300m`, `12%`, `5 كم`, `3 أطنان`; with `expect: 'date'`, a date (`8 سبتمبر 2023` → 20230908).
 * A compound is given in its largest unit. A lone dual noun is 2 (ساعتين), a lone singular noun
 * 1 (ساعة). Null when the text is not one quantity (ranges, lists, comparisons, mixed
 * dimensions, `ساعتين ونصف يوم`).
 */
export function parseQuantity(text: string, options: ParseQuantityOptions = {}): Quantity | null {
  const plain = withoutNumberInBrackets(text)
  const T = withoutHedges(tokenize(options.expect !== undefined && dimensionOf(options.expect) === 'length' ? withPrimeUnits(plain) : plain))
  if (options.expect === 'date') {
    const date = readDate(T, (w) => fromContext(w, options.context))
    return date === null ? null : { value: encodeDate(date), unit: 'date' }
  }
  if (isCurrency(options.expect)) {
    markMoneyScales(T, true)
    markAskedCurrencyCodes(T, options.expect)
    if (options.expect === 'TND') markScaledDinars(T)
  }
  // A count in millions (537m adults, 1.2b people): `m` and `b` after digits are its scale.
  else if ((options.expect === 'count' || options.expect === 'person') && (options.scale ?? 0) >= 1e6) markMoneyScales(T, true)
  if (options.expect === 'celsius' || options.expect === 'fahrenheit') markDegrees(T, options.expect)
  if (options.expect !== undefined && dimensionOf(options.expect) === 'power') markSpacedWatts(T)
  if (options.expect !== undefined && dimensionOf(options.expect) === 'time') markFrenchMinutes(T)
  if (options.expect !== undefined && !isCurrency(options.expect)) withoutCurrencyParts(T)
  const q = T.some(isRestatementMark) ? readRestated(T, options) : readQuantity(T, options)
  // 400 nines are Infinity: not a number anyone can be graded on (and not JSON).
  return q !== null && Number.isFinite(q.value) ? q : null
}

// A number, then the same number in brackets, then the rest: `four (4) hours`, «اثنتا عشرة (12) باخرة», as contracts and
// translators write a figure in words and digits.
const NUMBER_IN_BRACKETS = /^([^()]+?)\s*\(\s*([^()]+?)\s*\)\s*([^()]*\S[^()]*)$/u

/** The text without a number's restatement in brackets before its unit (`four (4) hours` → `four hours`); else as it is. */
function withoutNumberInBrackets(text: string): string {
  if (!text.includes('(')) return text
  const m = NUMBER_IN_BRACKETS.exec(text)
  if (m === null) return text
  const [before, inside] = [parseNumber(m[1]!), parseNumber(m[2]!)]
  return before !== null && before === inside ? `${m[1]} ${m[3]}` : text
}

// Feet and inches in primes, as heights and depths are written: `11′`, `11″`, `5′11″`, `5′ 11`. The typewriter's and the
// phone's marks (`11'`, `11’`, `11"`, `11”`) count only where they are the answer's one quote mark: `'11'` and `"11"` are
// quoted. Read for a question in a length only (elsewhere `51'12"` is a race's minutes and seconds, numbers-tokenizer.ts).
const PRIME_FEET_INCHES = /(\d)\s*\u2032\s*(\d{1,2}(?:\.\d+)?)\s*\u2033?(?![\d\u2032])/g
const PRIME_FEET = /(\d)\s*\u2032(?![\d\u2032])/g
const PRIME_INCHES = /(\d)\s*\u2033/g
const TYPED_FEET_INCHES = /(\d)\s*['\u2019]\s*(\d{1,2}(?:\.\d+)?)\s*["\u201D]?(?![\d'\u2019])/g
const TYPED_FEET = /(\d)\s*['\u2019](?![\d'\u2019\p{L}])/gu
const TYPED_INCHES = /(\d)\s*["\u201D](?![\d\p{L}])/gu
const QUOTE_MARKS = /['\u2018\u2019"\u201C\u201D]/g

/** The text with feet and inches in primes written as their units (`5′11″` → `5 ft 11 inches`), for a question in a length. */
function withPrimeUnits(text: string): string {
  let out = text.replace(PRIME_FEET_INCHES, '$1 ft $2 inches').replace(PRIME_FEET, '$1 ft').replace(PRIME_INCHES, '$1 inches')
  const marks = out.match(QUOTE_MARKS)?.length ?? 0
  // 5'11" holds two marks, one of each kind; `11'`, `11"` one
  const single = marks === 1 || (marks === 2 && TYPED_FEET_INCHES.test(out) && /["\u201D]\s*$/.test(out))
  TYPED_FEET_INCHES.lastIndex = 0
  if (single) out = out.replace(TYPED_FEET_INCHES, '$1 ft $2 inches').replace(TYPED_FEET, '$1 ft').replace(TYPED_INCHES, '$1 inches')
  return out
}

// What a number may end with before a currency's letters: digits, a number word, a scale (`60 JD`, `sixty JD`, `4.2m JD`).
const NUMBER_END: ReadonlySet<string> = new Set(['digit', 'ten', 'teen', 'tens', 'hundred', 'hundreds', 'scale', 'abbrScale', 'frac'])
const LATIN_LETTERS = /^[a-z]+$/

/**
 * For a question in a currency: short Latin letters that may name it (`60 JD`, `JD 60`, `10 LE`, `L.E. 10` for Egyptian
 * pounds; `unit-words.ts`, `asked`) are its symbol right before or after a number. Anywhere else, or for a question in
 * another currency, they stay words: `60 JD` is no 60 Kuwaiti dinars, and `2016 JD Vance` no money unless asked dinars.
 */
// Arabic letters and words asked as a currency's code (ج, the pound's; دت, the Tunisian dinar's د.ت without its dot; سيدي,
// the cedi's): read as the Latin ones.
const ASKED_ARABIC_LETTERS: ReadonlySet<string> = new Set(['\u062C', '\u062F\u062A', foldLetters('سيدي')])

/**
 * For a question in Tunisian dinars, the Tunisian press's abbreviations of a scale and the dinar in one, right after a
 * number: «م.د», `MD`, `MDT` (مليون دينار, a million dinars), «أ.د» (ألف دينار, a thousand): read as the scale and the
 * dinar. Anywhere else, or for a question in anything else, they stay what they were (`MD` a doctor, «أ.د» a professor).
 */
const SCALED_DINARS: ReadonlyMap<string, number> = new Map([
  ['md', 1e6],
  ['mdt', 1e6],
  ['\u0645 \u062F', 1e6],
  ['\u0627 \u062F', 1e3],
])

function markScaledDinars(T: Token[]): void {
  const dinar = lookupAskedCurrencyCode('dt')
  if (dinar === undefined) return
  for (let i = 1; i < T.length; i++) {
    const tok = T[i]!
    const before = T[i - 1]!
    if (tok.t !== 'word' || !(before.t === 'num' || (before.t === 'word' && before.e !== null && NUMBER_END.has(before.e.k)))) continue
    // «م.د»: letters one mark apart
    const next = T[i + 1]
    const pair = next?.t === 'word' && next.start === tok.end + 1 ? `${tok.w} ${next.w}` : ''
    const [key, end] = SCALED_DINARS.has(pair) ? [pair, i + 2] : LATIN_LETTERS.test(tok.w) && SCALED_DINARS.has(tok.w) ? [tok.w, i + 1] : ['', i]
    if (key === '') continue
    const last = T[end - 1]!
    T.splice(
      i,
      end - i,
      { t: 'word', w: key, e: { k: 'scale', v: SCALED_DINARS.get(key)!, form: 'sg' }, start: tok.start, end: tok.end },
      { t: 'word', w: key, e: { ...dinar, unit: 'TND', units: ['TND'] }, start: last.start, end: last.end },
    )
    // past the dinar just made
    i++
  }
}

function markAskedCurrencyCodes(T: Token[], currency: Currency): void {
  for (let i = 0; i < T.length; i++) {
    const tok = T[i]!
    if (tok.t !== 'word' || !(LATIN_LETTERS.test(tok.w) || ASKED_ARABIC_LETTERS.has(tok.w))) continue
    // L.E.: letters one mark apart
    const next = T[i + 1]
    const pair = next?.t === 'word' && next.start === tok.end + 1 && LATIN_LETTERS.test(next.w) ? lookupAskedCurrencyCode(`${tok.w} ${next.w}`) : undefined
    const code = pair ?? lookupAskedCurrencyCode(tok.w)
    if (code === undefined || !code.units.includes(currency)) continue
    const end = pair ? i + 2 : i + 1
    const before = T[i - 1]
    const afterNumber = before?.t === 'num' || (before?.t === 'word' && before.e !== null && NUMBER_END.has(before.e.k))
    if (!afterNumber && T[end]?.t !== 'num') continue
    const w = pair !== undefined && next?.t === 'word' ? `${tok.w} ${next.w}` : tok.w
    T.splice(i, end - i, { t: 'word', w, e: { ...code, unit: currency, units: [currency] }, start: tok.start, end: T[end - 1]!.end })
  }
}

/**
 * For a question in watts, a W after a number is the watt also with a space (`45 W`); elsewhere only
 * written onto its number (`45W`): `350 W 42nd St` is an address, `2004 W` no power.
 */
function markSpacedWatts(T: Token[]): void {
  for (let i = 1; i < T.length; i++) {
    const tok = T[i]!
    if (tok.t === 'word' && tok.e?.k === 'noun' && tok.e.glued && tok.e.unit === 'watt' && T[i - 1]!.t === 'num') {
      T[i] = { ...tok, e: { ...tok.e, glued: false } }
    }
  }
}

/**
 * For a question that asks a time, French `mn` right after a number is its minutes (`90mn`, `90 mn`), as after a time's
 * hours (`1h30mn`, read below): no one gives a duration in millions. Elsewhere `mn` stays a million (`$300 mn`).
 */
function markFrenchMinutes(T: Token[]): void {
  for (let i = 1; i < T.length; i++) {
    const tok = T[i]!
    const before = T[i - 1]!
    if (tok.t !== 'word' || tok.w !== MN || before.t !== 'num') continue
    // after a time's hours (1h30mn) the reader below reads it
    if (entryAt(T, i - 2)?.k === 'noun') continue
    T[i] = { ...tok, e: { k: 'noun', unit: 'minute', units: ['minute'], form: 'abbr', people: null } }
  }
}

/**
 * For a question that asks no money, a part of a currency is a plain word: «25 قرشًا» may be 25
 * sharks, "99 cents" a count the question's words name. `22 cents` then answers no question in hours.
 */
function withoutCurrencyParts(T: Token[]): void {
  for (let i = 0; i < T.length; i++) {
    const tok = T[i]!
    if (tok.t === 'word' && tok.e?.k === 'noun' && tok.e.worth !== undefined) T[i] = { ...tok, e: null }
  }
}

// A bare degree (also French, as Maghrebi readers write it: `trois degrés`), of a temperature when the
// question asks one; C or F, and their Arabic letters, after it or a number say which scale.
const DEGREE_WORDS = new Map<string, NounForm>(
  [
    ['درجة degree deg degré', 'sg'],
    ['درجتان درجتين', 'dual'],
    ['درجات degrees degs degrés', 'pl'],
  ].flatMap(([words, form]) => words!.split(' ').map((w) => [foldLetters(w), form as NounForm])),
)
const SCALE_LETTERS: Record<'celsius' | 'fahrenheit', ReadonlySet<string>> = {
  celsius: new Set(['c', foldLetters('م')]),
  fahrenheit: new Set(['f', foldLetters('ف')]),
}

/**
 * For a question about a temperature: `2 degrees`, `٢ درجة`, `درجتين` are degrees of its scale,
 * and `2 C`, `2 degrees C` (`2 F`, `2 degrees F`) say the scale, the other one too (`18 F` for a
 * question in Celsius is 18 °F, right only as the quote's own restatement of the key).
 */
function markDegrees(T: Token[], scale: 'celsius' | 'fahrenheit'): void {
  const noun = (unit: 'celsius' | 'fahrenheit', form: NounForm) => ({ k: 'noun' as const, unit, units: [unit] as const, form })
  const other = scale === 'celsius' ? 'fahrenheit' : 'celsius'
  const scaleOf = (tok: Token | undefined) =>
    tok?.t !== 'word' ? null : SCALE_LETTERS[scale].has(tok.w) ? scale : SCALE_LETTERS[other].has(tok.w) ? other : null
  for (let i = 0; i < T.length; i++) {
    const tok = T[i]!
    if (tok.t !== 'word' || tok.e !== null) continue
    const form = DEGREE_WORDS.get(tok.w)
    const afterNumber = i > 0 && (T[i - 1]!.t === 'num' || entryAt(T, i - 1)?.k === 'frac' || readNumber(T.slice(0, i), i - 1) !== null)
    if (form !== undefined && (form === 'dual' || afterNumber)) {
      const said = scaleOf(T[i + 1])
      T[i] = { ...tok, e: noun(said ?? scale, form) }
      if (said !== null) T.splice(i + 1, 1)
    } else if (T[i - 1]?.t === 'num') {
      const said = scaleOf(tok)
      if (said !== null) T[i] = { ...tok, e: noun(said, 'abbr') }
    }
  }
}

const RESTATEMENT_MARKS = '()[]{}='
const isRestatementMark = (tok: Token) => tok.t === 'sym' && tok.c.length === 1 && RESTATEMENT_MARKS.includes(tok.c)
const isPlus = (tok: Token) => tok.t === 'sym' && tok.c === '+'

/**
 * One quantity written several ways: `ساعتين ونصف (150 دقيقة)`, `2.5 ساعة = 150 دقيقة`,
 * `1000 + 5000 = 6000`. Brackets and `=` separate parts; `+` adds within a part (and و or `and`
 * within a part after the first, which is working: `6000 (1000 و5000)`). Every part must
 * read and all must be equal (in the first part's unit, bare numbers only with bare numbers);
 * the first part is the answer. `2000 (6000)`, `ساعتين (30 دقيقة)`, `1000 + 5000` alone → null.
 */
function readRestated(T: Token[], options: ParseQuantityOptions): Quantity | null {
  const parts: Token[][] = [[]]
  for (const tok of T) {
    if (isRestatementMark(tok)) {
      if (parts[parts.length - 1]!.length > 0) parts.push([])
    } else {
      parts[parts.length - 1]!.push(tok)
    }
  }
  if (parts[parts.length - 1]!.length === 0) parts.pop()
  // "2000 (تقريبًا)": the hedge is gone, one part is left.
  if (parts.length === 1) return readSum(parts[0]!, options, isPlus)
  if (parts.length === 0 || parts.length > 4) return null
  // The answer is the first part; working written first (`1000 + 5000 = 6000 عامل`) leads to it:
  // then the first part after the sums is the answer.
  const lead = parts[0]!.some(isPlus) ? parts.findIndex((part) => !part.some(isPlus)) : 0
  const order = lead > 0 ? [parts[lead]!, ...parts.filter((_, k) => k !== lead)] : parts
  let first: Quantity | null = null
  for (const part of order) {
    // After the answer, working may add with و too: ستة آلاف (ألف لإزالة الألغام وخمسة آلاف للبناء).
    // The working describes the parts of the answer, not the answer's group: «6000 عامل (1000 لإزالة الألغام و5000 للبناء)».
    const partOptions: ParseQuantityOptions = first === null ? options : { ...options, groups: undefined }
    const q: Quantity | null = readSum(part, partOptions, isPlus) ?? (first !== null ? readSum(part, partOptions, isAndWord) : null)
    if (q === null) return null
    if (first === null) {
      first = q
      continue
    }
    // Working in bare numbers is in the answer's unit (6000 عامل (1000 + 5000)); a bare answer
    // restated with a unit (2.5 (150 دقيقة)) says two things.
    if (first.unit === null && q.unit !== null) return null
    const v = q.unit === null || first.unit === null ? q.value : convert(q.value, q.unit, first.unit)
    if (v === null || Math.abs(v - first.value) > 1e-9 * Math.max(1, Math.abs(first.value))) return null
  }
  return first
}

const isAndWord = (tok: Token) => tok.t === 'word' && tok.e?.k === 'and'

/** `a + b + …` (terms split where `sep` says) in one unit (the first term's), or a single quantity. */
function readSum(T: Token[], options: ParseQuantityOptions, sep: (tok: Token) => boolean): Quantity | null {
  if (!T.some(sep)) return readQuantity(T, options)
  const terms: Token[][] = [[]]
  for (const tok of T) {
    if (sep(tok)) terms.push([])
    else terms[terms.length - 1]!.push(tok)
  }
  let sum: Quantity | null = null
  for (const term of terms) {
    const q = readQuantity(term, options)
    if (q === null) return null
    if (sum === null) {
      sum = { ...q }
      continue
    }
    if ((q.unit === null) !== (sum.unit === null)) return null
    const v = q.unit === null || sum.unit === null ? q.value : convert(q.value, q.unit, sum.unit)
    if (v === null) return null
    sum.value += v
  }
  return sum
}

function readQuantity(T: Token[], options: ParseQuantityOptions): Quantity | null {
  if (T.length === 0) return null
  const { expect } = options
  if (T.length >= 3 && T[1]?.t === 'sym' && T[1].c === ':') {
    return readClock(T, options.clock ?? (expect === 'minute' || expect === 'second' ? 'minute' : 'hour'))
  }
  // Leading context: plain words before the first number or noun.
  let s = 0
  // A currency adjective before its currency is the unit's (US $3bn, Saudi riyals); a plain word is not (the bonus was €30,000).
  while (s < T.length && isLeadWord(T, s) && !(entryAt(T, s)?.k === 'adj' && isCurrencyWord(T[s + 1]))) s++
  const lead = contextWords(T, 0, s, options)
  if (!lead) return null
  // A unit written before the number: $300, €20, SAR 5 million, US$ 3 billion, US $3bn.
  const symbol = readUnit(T, s)
  const before = symbol?.form === 'sym' ? symbol.units : null
  if (before) s = symbol!.end
  let sign = 1
  if (isMinusSign(T, s)) [sign, s] = [-1, s + 1]
  const first = readComponent(T, s, expect)
  if (!first) return null
  let value = first.v
  let unit = first.unit
  let j = first.end
  if (before) {
    // $300 million, $300 million dollars; not $300 ريال, nor "$ ساعتين".
    if (T[s]?.t !== 'num' && entryAt(T, s)?.k === 'noun') return null
    const units = first.units === null ? before : intersect(first.units, before)
    if (units.length === 0) return null
    unit = pick(units, expect)
  }
  // 2 dollars 50 cents, دولاران و50 سنتًا, 2 دينار و500 فلس: a whole amount and less than one of its parts.
  if (unit !== null && isCurrency(unit) && !first.part && Number.isInteger(value) && value >= 1) {
    const part = currencyPart(T, j, unit)
    if (part !== null) [value, j] = [roundQuantity(value + part.v), part.end]
  } else if (!before && unit !== null && isMeasure(unit)) {
    let prev = unit
    let prevWhole = Number.isInteger(first.v)
    for (;;) {
      // ثلاث ساعات إلا نصف ساعة، إلا ثلاثين دقيقة: a smaller part taken away, and the end.
      if (entryAt(T, j)?.k === 'except') {
        const c = readComponent(T, j + 1, expect)
        if (c?.unit && sameMeasure(c.unit, unit) && prevWhole && prev === unit && (rank(c.unit) < rank(prev) || c.v < 1)) {
          const minus = convert(c.v, c.unit, unit)!
          if (minus < 1 && minus < value) [value, j] = [value - minus, c.end]
        }
        break
      }
      // 4 hours, 51 minutes and 12 seconds: a comma only before a part with its unit.
      const comma = T[j]?.t === 'sym' && (T[j] as { c: string }).c === ','
      const after = comma ? j + 1 : j
      const k = isAnd(T, after) ? after + 1 : after
      const c = readComponent(T, k, expect)
      if (!c || (comma && c.unit === null)) break
      if (c.unit !== null && sameMeasure(c.unit, unit)) {
        // Strictly smaller units, or a fraction of the same one (ساعتان ونصف الساعة).
        // A smaller part is less than one of the unit before it: "ساعتين و 150 دقيقة" is not a
        // time of day but two answers.
        const smaller = rank(c.unit) < rank(prev) && convert(c.v, c.unit, prev)! < 1
        const sameFraction = c.unit === prev && c.v < 1 && prevWhole
        if (!smaller && !sameFraction) break
        value += convert(c.v, c.unit, unit)!
        prev = c.unit
        prevWhole = Number.isInteger(c.v)
        j = c.end
        continue
      }
      // 2h30, ساعتين و30: bare digits after hours are minutes, after minutes seconds; with French mn after them (2h30mn,
      // mn being no million there). In words after و or "and" (ساعتين وعشرين, two hours and thirty), or in French
      // (deux heures trente); never an Arabic number right after the unit, which agrees with it (ساعة واحدة, ساعتين اثنتين).
      const tok = T[k]
      const below = NEXT_CLOCK_UNIT[prev]
      const mn = below === 'minute' && tok?.t === 'num' && c.end === k + 2 && T[k + 1]?.t === 'word' && (T[k + 1] as { w: string }).w === MN
      const inWords = tok?.t === 'word' && (k > after || FRENCH_NUMBER_WORDS.has(tok.w)) && T.slice(k, c.end).every((t) => t.t === 'word')
      const minutes = mn ? (tok as { v: number }).v : c.v
      if (
        below !== undefined &&
        c.unit === null &&
        c.end === T.length &&
        ((tok?.t === 'num' && c.end === k + 1) || mn || inWords) &&
        Number.isInteger(minutes) &&
        minutes < 60 &&
        prevWhole
      ) {
        value += convert(minutes, below, unit)!
        j = c.end
      }
      break
    }
  }
  // 8 below zero, «8 درجات تحت الصفر»: a temperature (or a bare number) under zero.
  if (sign === 1 && value > 0 && (unit === null || dimensionOf(unit) === 'temperature') && isBelowZero(T, j)) [sign, j] = [-1, j + 2]
  const tail = contextWords(T, j, T.length, options, unit === null && j === first.end)
  // The number's own noun of people: 5000 جندي for construction workers counts another group.
  const noun = options.groups !== undefined ? peopleNounOfAnotherGroup(T, s, j, options.groups) : null
  if (!tail || isAnd(T, T.length - 1)) return null // "ألف و": unfinished
  if (tail.person) {
    if (unit === null || unit === 'count') unit = 'person'
    else if (unit !== 'person') return null
  }
  // "6000 إضافي": words that name no unit leave a bare number, read in the question's unit.
  const words = [...lead.words, ...tail.words]
  if (noun !== null) words.push({ word: noun, as: 'other group' })
  let otherGroup = lead.otherGroup ?? noun ?? tail.otherGroup
  // «6000 عامل بناء وإزالة ألغام» for 1000 + 5000 = 6000 workers: every part named is the whole.
  const named = words.filter((w) => w.as === 'other group')
  if (
    otherGroup !== null &&
    options.groups !== undefined &&
    namesAllParts(
      named.map((w) => w.word),
      options.groups,
    )
  ) {
    for (const w of named) w.as = 'question'
    otherGroup = null
  }
  return { value: sign * value, unit, ...(words.length > 0 ? { words } : {}), ...(otherGroup !== null ? { otherGroup } : {}) }
}

/** Normalises a floating-point result for display and comparison: 2.4999999999 → 2.5. */
export function roundQuantity(v: number): number {
  return Number.parseFloat(v.toPrecision(12))
}

/**
 * A quantity found in a running text: its value, the unit meant by default and every unit its words may
 * name; for a currency's parts (`99 cents`), how many and what one is worth (`value` is their worth in `unit`).
 */
export type FoundQuantity = { value: number; unit: Unit | null; units: readonly Unit[]; part?: CurrencyPart }

/**
 * Every quantity with a unit mentioned in a running text, in order: `وقّعت صفقة بقيمة 1.5 مليار
 * ريال سعودي` → 1.5e9 SAR; `$300m`, `12 في المئة`, `5 كيلومترات`, `ساعتين`. `units` lists what the
 * words may name (`ريال` alone: SAR QAR OMR YER IRR), `unit` the first. Bare numbers are left to
 * `findNumbers`, dates to `findDates`.
 */
export function findQuantities(text: string): FoundQuantity[] {
  const T = tokenize(text)
  const found: FoundQuantity[] = []
  for (let i = 0; i < T.length; ) {
    const sign = isMinusSign(T, i) ? -1 : 1
    const lead = sign < 0 ? null : readUnit(T, i)
    const start = sign < 0 ? i + 1 : lead?.form === 'sym' && T[lead.end]?.t === 'num' ? lead.end : i
    const c = readComponent(T, start, undefined)
    let units = c?.units ?? null
    if (lead && start !== i) units = units === null ? lead.units : intersect(units, lead.units)
    // A singular noun alone mentions no quantity (الساعة، الريال، an hour); ساعتين، ساعة ونصف do.
    const alone = c !== null && T[start]!.t !== 'num' && c.v === 1
    if (c === null || units === null || units.length === 0 || alone) {
      i++
      continue
    }
    found.push({ value: sign * c.v, unit: units[0]!, units, ...(c.part ? { part: c.part } : {}) })
    i = c.end
  }
  return found
}

/**
 * The currencies a word or phrase names, narrowed by its adjective or code: `ريال سعودي` →
 * [SAR], `ريال` → [SAR, QAR, OMR, YER, IRR], `الدولار الأمريكي` → [USD], `$` → [USD, CAD, AUD],
 * `pounds sterling` → [GBP], `KWD` → [KWD]; [] when it names none or contradicts itself.
 */
export function currenciesOf(words: string): Currency[] {
  const T = tokenize(words)
  const u = readUnit(T, 0)
  if (u === null || u.end !== T.length) return []
  return u.units.filter(isCurrency)
}
