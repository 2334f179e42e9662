import { MONTHS, WEEKDAYS } from '../date-words.ts'
import { foldLetters } from '../normalize.ts'
import type { Entry } from '../numbers-lexicon.ts'
import { tokenize, type Token } from '../numbers-tokenizer.ts'
import { isCurrency, type Unit } from '../unit-names.ts'
import { imperialParts } from '../quoted-equivalents.ts'
import { EN_UNITS } from '../unit-nouns.ts'
import { convert, convertTemperature, dimensionOf, parseQuantity } from '../units.ts'
import { isEnOrgWord } from './body-words.ts'
import type { Span } from './sentences.ts'

/**
 * Quantities in running text, found with the grader's own reader: every place where the article
 * writes a number (in digits or words, with its unit or the noun it counts), as a span of the
 * paragraph text, so that a question can blank it and quote around it verbatim.
 */

/** A word of a paragraph: its span without surrounding punctuation, and what the number reader makes of it. */
export type Word = Span & {
  /** The word as written, punctuation trimmed. */
  text: string
  tokens: Token[]
  /** Punctuation right after the word ends a clause (`،` `,` `;` `.`). */
  endsClause: boolean
}

export type Mention = Span & {
  value: number
  /** The unit read with the number (`hour`, `person` …), or null for a bare number. */
  unit: Unit | null
  /** The word after a bare number, when it is what the number counts (`طائرة`, `tanks`). */
  noun: (Span & { text: string }) | null
  /** Index of the mention's first and one-past-last word in the paragraph's words. */
  words: { from: number; to: number }
  /** A word before the number that hedges it (`نحو`, `about`), kept outside any blank. */
  hedge: string | null
  /** A comparison before the number (`أكثر من`, `more than`): the number is a bound. */
  bound: string | null
  /** One end of a range (`بين 5 و9 في المئة`, `30 to 40`): where the whole range ends, else null. */
  range: { start: number; end: number } | null
  /**
   * The same quantity in imperial units, which the quiz has none of, written before it with this one in brackets
   * (`1,247lb` of `1,247lb (566kg)`, `16ft 4in` of `16ft 4in (4.98 metres)`) or in brackets after it (`1,247lb` of
   * `566kg (1,247lb)`): no fact of its own, and hidden wherever this one is asked (it gives it away), its own question
   * included.
   */
  restated?: Span
}

const LEADING = /^["'“”«»‘’„(\[{<]+/u
const TRAILING = /["'“”«»‘’)\]}>.,،;؛:!?؟…]+$/u
const CLAUSE_END = /[.,،;؛:!?؟…]["'”’»)\]]*$/u
// The period of an abbreviation ends no clause: "ended Sept. 30", "Dr. Smith", "Gen. Kim".
const ABBREVIATION = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|prof|gen|gov|sen|rep|lt|col|sgt|capt|coun|cllr|supt|insp|det)\.$/iu
// Nor do a name's initials, one capital each: "J.K. Rowling", "P.D. James".
const INITIALS = /^(?:[A-Z]\.){2,3}$/u

// A word in capitals (UN, ONE in a brand) is an acronym or a name, never a number word: "the UN said" counts no one.
const ACRONYM = /^[A-Z]{2,}$/u
function acronymTokens(core: string): Token[] {
  const tokens = tokensOf(core)
  return tokens.length === 1 && tokens[0]!.t === 'word' && tokens[0]!.e?.k === 'digit' ? [{ ...tokens[0]!, e: null }] : tokens
}

// A month's abbreviation before its day (Jan. 14) is none after it: «on 14 Jan. Two men were arrested» ends a sentence there.
const MONTH_ABBREVIATION = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/iu

/** Whether the period of a month's abbreviation ends its sentence: a day stands before it and a capitalised word after it. */
export function monthEndsSentence(text: string, end: number, raw: string): boolean {
  if (!MONTH_ABBREVIATION.test(raw)) return false
  return /^\s+\p{Lu}/u.test(text.slice(end, end + 3)) && /[0-9](?:st|nd|rd|th)?\s+$/u.test(text.slice(Math.max(0, end - raw.length - 6), end - raw.length))
}

// A compound of digits and letters joined by hyphens is read part by part: 22-year-old,
// 1.2-tonne, COVID-19, 365-million-year-old. Digits joined to digits (2-1, 530-552-3333) stay whole.
const COMPOUND = /^(?=.*\d)(?=.*\p{L})[\p{L}\p{N}.,٫٬]+(?:-[\p{L}\p{N}.,٫٬]+)+$/u

// Words repeat through an article (and through the articles a Worker drafts): each is tokenized
// once, and its tokens are shared, never changed. Bounded, emptied when full.
const tokenized = new Map<string, Token[]>()
const TOKENIZED_MAX = 20_000

function tokensOf(word: string): Token[] {
  let tokens = tokenized.get(word)
  if (tokens === undefined) {
    if (tokenized.size >= TOKENIZED_MAX) tokenized.clear()
    tokens = tokenize(word)
    tokenized.set(word, tokens)
  }
  return tokens
}

// A sign in Latin letters (an Arabic currency's word is a word, whatever form the lexicon gives it).
const LATIN_SIGN = /^[A-Za-z]+\$?$/u

/**
 * Whether a word is a currency's sign written in letters (`Rs`, `NIS`, `RMB`, `US$`: the lexicon's signs of a currency,
 * as the grader reads them), which stands before its digits as `$` does: `Rs 20`, `Rs. 1,136 crore`.
 */
export function isCurrencySign(word: string): boolean {
  const tokens = tokensOf(word)
  const e = tokens.length === 1 && tokens[0]!.t === 'word' ? tokens[0]!.e : null
  return LATIN_SIGN.test(word) && e?.k === 'noun' && e.form === 'sym' && isCurrency(e.unit)
}

/** Whether the period at `dot` ends a currency's sign in letters before its digits (`Rs. 20`): it ends nothing. */
export function signBeforeDigits(text: string, dot: number): boolean {
  const sign = /\p{L}[\p{L}$]*$/u.exec(text.slice(Math.max(0, dot - 4), dot))?.[0]
  return sign !== undefined && /^\.\s+[0-9\u0660-\u0669]/u.test(text.slice(dot, dot + 3)) && isCurrencySign(sign)
}

/** The words of a text with their spans and tokens. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = []
  const push = (start: number, end: number, endsClause: boolean) => {
    const core = text.slice(start, end)
    words.push({ start, end, text: core, tokens: ACRONYM.test(core) ? acronymTokens(core) : tokensOf(core), endsClause })
  }
  for (const m of text.matchAll(/\S+/gu)) {
    const raw = m[0]
    const lead = raw.match(LEADING)?.[0].length ?? 0
    const trail = raw.slice(lead).match(TRAILING)?.[0].length ?? 0
    const start = m.index + lead
    const end = m.index + raw.length - trail
    if (end <= start) continue
    const endsClause =
      CLAUSE_END.test(raw) &&
      (!(ABBREVIATION.test(raw) || INITIALS.test(raw)) || monthEndsSentence(text, m.index + raw.length, raw)) &&
      !(raw.endsWith('.') && signBeforeDigits(text, m.index + raw.length - 1))
    const core = text.slice(start, end)
    if (!COMPOUND.test(core)) {
      push(start, end, endsClause)
      continue
    }
    let at = start
    for (const part of core.split('-')) {
      push(at, at + part.length, false)
      at += part.length + 1
    }
    words[words.length - 1]!.endsClause = endsClause
  }
  return words
}

const NUMERIC_KINDS = new Set<Entry['k']>(['digit', 'ten', 'teen', 'tens', 'hundred', 'hundreds', 'frac'])

/** A token that is (part of) a number by itself: digits, a number word, a dual noun (ساعتين). */
function isNumberToken(tok: Token): boolean {
  if (tok.t === 'num') return true
  if (tok.t !== 'word' || tok.e === null) return false
  const e = tok.e
  return NUMERIC_KINDS.has(e.k) || (e.k === 'scale' && e.form !== 'pl') || (e.k === 'noun' && e.form === 'dual')
}

export function hasNumber(word: Word): boolean {
  return word.tokens.some(isNumberToken)
}

const isKind = (word: Word | undefined, kind: Entry['k']) => word?.tokens.length === 1 && word.tokens[0]!.t === 'word' && word.tokens[0]!.e?.k === kind

/** Words a quantity may take along: number words, units, nouns of people, و, symbols ($ %). */
function isQuantityPart(word: Word): boolean {
  return word.tokens.length > 0 && word.tokens.every((t) => t.t !== 'word' || (t.e !== null && t.e.k !== 'hedge' && t.e.k !== 'block' && t.e.k !== 'neutral'))
}

const CONNECTOR_ONLY = /^(?:of|and|a|an|و|من)$/iu
const HAS_DIGITS = /[0-9\u0660-\u0669]/u

/**
 * The word before word `i` when it is a currency's sign in letters before its digits (`Rs 20`, `Rs. 9 lakh`, `NIS 50`),
 * else -1; not a name's letters after a capitalised word (`Audi RS 6`).
 */
function signBefore(words: Word[], i: number): number {
  const sign = words[i - 1]
  const before = words[i - 2]
  if (!sign || sign.endsClause || !STARTS_WITH_DIGIT.test(words[i]!.text) || !isCurrencySign(sign.text)) return -1
  return before && !before.endsClause && /^\p{Lu}/u.test(before.text) ? -1 : i - 1
}

/** Words for a minus before a number (`minus 8`, «سالب 8», «ناقص 8»), folded: the numbers grammar's. */
const MINUS_WORDS: ReadonlySet<string> = new Set(['minus', 'سالب', 'ناقص'].map(foldLetters))

/** The index of a minus in words right before the digits at `i`, in one clause; else -1. */
export function minusWordBefore(words: Word[], i: number): number {
  const minus = words[i - 1]
  const before = words[i - 2]
  if (!minus || minus.endsClause || !STARTS_WITH_DIGIT.test(words[i]!.text)) return -1
  // Never between two numbers (`10 minus 2`).
  if (before && !before.endsClause && hasNumber(before)) return -1
  return MINUS_WORDS.has(foldLetters(minus.text).toLowerCase()) ? i - 1 : -1
}

/** A temperature written onto its scale after a minus in words (`minus 40C`): below zero. */
function negativeGlued<T extends { value: number }>(read: T | null, minus: number): T | null {
  return read !== null && minus >= 0 && read.value > 0 ? { ...read, value: -read.value } : read
}

/** The last word of a unit of two words whose second is nothing alone (متر مكعب, كيلومتر مربع). */
function endsUnitPhrase(words: Word[], j: number): boolean {
  if (j === 0) return false
  const tokens = tokensOf(`${words[j - 1]!.text} ${words[j]!.text}`)
  return tokens.length === 1 && tokens[0]!.t === 'word' && tokens[0]!.e?.k === 'noun'
}

// Units whose English name is capitalised as written (degrees Celsius, Saudi riyals): no name by their capital.
const CAPITALISED_UNIT_WORDS: ReadonlySet<string> = new Set(
  Object.values(EN_UNITS)
    .flatMap((names) => names.join(' ').split(/\s+/u))
    .filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w)),
)
const LATIN_TAIL = /[A-Za-z]+$/u
const LOWER_START = /^\p{Ll}/u

/**
 * Whether word `j`, last of a quantity from word `i`, is a name's rather than the number's unit: letters before a
 * body's word (`40 MW Holdings`: initials), or a unit's word capitalised in running text (`12 Watts residents`, a
 * surname or a place; not in a headline's capitals, `Plant Adds 500 Megawatts`, nor `45 Celsius`).
 */
function namesNotUnit(words: Word[], i: number, j: number): boolean {
  const w = words[j]!
  const letters = LATIN_TAIL.exec(w.text)?.[0]
  if (letters === undefined || !w.tokens.some((t) => t.t === 'word' && t.e?.k === 'noun')) return false
  const next = words[j + 1]
  if (/\p{Lu}/u.test(letters) && next !== undefined && !w.endsClause && isEnOrgWord(next.text)) return true
  const before = words[i - 1]
  const runningText = before === undefined || before.endsClause || LOWER_START.test(before.text)
  return letters === w.text && /^\p{Lu}\p{Ll}+$/u.test(letters) && !CAPITALISED_UNIT_WORDS.has(letters) && runningText
}

// An empty context: the reader then refuses every plain word, so a window of text reads as a
// quantity only when all of it belongs to the quantity.
const NO_CONTEXT: readonly string[] = Object.freeze([])
const WINDOW_WORDS = 8

/** The longest quantity starting at word `i`, within its clause; null when none reads there. */
function readAt(text: string, words: Word[], i: number): { value: number; unit: Unit | null; to: number } | null {
  let last = i
  while (last + 1 < words.length && last - i + 1 < WINDOW_WORDS && !words[last]!.endsClause) last++
  // A sign in letters stands before digits: after a number in words it is a word of its own ("the three Rs").
  const spelled = !HAS_DIGITS.test(words[i]!.text)
  for (let j = last; j >= i; j--) {
    const w = words[j]!
    // A quantity does not end on "of", "and" or "a" ("51 of the charter").
    if (!(hasNumber(w) || isQuantityPart(w) || endsUnitPhrase(words, j)) || CONNECTOR_ONLY.test(w.text)) continue
    if (spelled && j > i && isCurrencySign(w.text)) continue
    if (namesNotUnit(words, i, j)) continue
    const q = parseQuantity(text.slice(numberStart(words[i]!), w.end), { context: NO_CONTEXT })
    if (q !== null) return { value: q.value, unit: q.unit, to: j + 1 }
  }
  return null
}

const MONTH_WORDS = new Set(MONTHS.flatMap((m) => m.words.split(/[\s_]+/u)).map(foldLetters))
// الأحد (Sunday) and الاثنين (Monday) read as numbers; a weekday never counts anything.
const WEEKDAY_WORDS = new Set(WEEKDAYS.split(' ').map(foldLetters))
// Words before a bare year that make it one: عام 2009, في 2009, since 2019.
const YEAR_CUES = new Set('عام العام لعام وعام سنة السنة لسنة في وفي منذ حتى in since by from until of year'.split(' ').map(foldLetters))
const YEAR_DIGITS = /^[12]\d{3}$|^[١٢][٠-٩]{3}$/u
const DATE_WINDOW_WORDS = 6

// A day written as an ordinal word before a month: السادس من مارس، the sixth of March.
const ORDINAL_DAY = new RegExp(
  `^(?:${[
    'الاول',
    'الثاني',
    'الثالث',
    'الرابع',
    'الخامس',
    'السادس',
    'السابع',
    'الثامن',
    'التاسع',
    'العاشر',
    'الحادي',
    'العشرين',
    'الثلاثين',
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
  ]
    .map(foldLetters)
    .join('|')})$`,
  'u',
)

const DAY_OF = /^(?:من|of)$/iu

// Whether a word names a month, by its text, read once: a date's window is looked at from every word in it.
const months = new Map<string, boolean>()
const MONTHS_CACHE_MAX = 5000
const isMonth = (word: Word | undefined): boolean => {
  if (word === undefined) return false
  let month = months.get(word.text)
  if (month === undefined) {
    if (months.size >= MONTHS_CACHE_MAX) months.clear()
    // As written first: a month may start with a clitic's letters (فيفري, not في + فري).
    const folded = foldLetters(word.text)
    months.set(word.text, (month = MONTH_WORDS.has(folded) || MONTH_WORDS.has(folded.replace(/^(?:و|ب|ل|في)(?=\S{3,})/u, ''))))
  }
  return month
}

/**
 * A date that word `i` starts or belongs to (`14 فبراير 2026`, `March 3, 2026`, `عام 2009`, `since
 * 2019`), read with the grader's date reader: words from..to and the encoded value. A bare year
 * needs a word that makes it one before it; anything else needs a month.
 */
function dateAt(text: string, words: Word[], i: number): { value: number; from: number; to: number } | null {
  for (const from of [i - 1, i]) {
    if (from < 0 || (from < i && (!isMonth(words[from]) || words[from]!.endsClause))) continue
    let last = i
    while (last + 1 < words.length && last - from + 1 < DATE_WINDOW_WORDS && (!words[last]!.endsClause || isDayBeforeYear(words, last))) last++
    for (let j = last; j >= i; j--) {
      // A date ends on its own words, not on the preposition after it («3 يناير 2025 في القاهرة», "3 January 2025 in Lagos").
      if (CONNECTOR_ONLY.test(words[j]!.text) || (NOT_NOUNS.has(words[j]!.text.toLowerCase()) && !hasNumber(words[j]!))) continue
      const window = words.slice(from, j + 1)
      const hasMonth = window.some(isMonth)
      const cue = foldLetters(words[i - 1]?.text ?? '').replace(/[،,]$/u, '')
      const yearAlone = !hasMonth && j === i && YEAR_DIGITS.test(words[i]!.text) && YEAR_CUES.has(cue) && !countsBeforeNoun(words, i, cue)
      if (!hasMonth && !yearAlone) continue
      const q = parseQuantity(text.slice(words[from]!.start, words[j]!.end), { context: NO_CONTEXT, expect: 'date' })
      if (q?.unit === 'date') return { value: q.value, from, to: j + 1 }
    }
  }
  return null
}

// Cues that make any number after them a year (عام 2009، since 2019); «في», "in" only an
// unlikely one when a noun follows: «في 1100 وحدة صحية» counts units.
const STRONG_YEAR_CUES = new Set('عام العام لعام وعام سنة السنة لسنة منذ since year'.split(' ').map(foldLetters))
const EARLIEST_YEAR_BEFORE_NOUN = 1800

/** Whether the number at word `i` after a weak cue counts the noun after it rather than being a year. */
function countsBeforeNoun(words: Word[], i: number, cue: string): boolean {
  const next = words[i + 1]
  const value = Number(words[i]!.text.replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660)))
  // A word ending in ت after it is a verb (في 1453 سقطت …), a counted noun ends in ة.
  return (
    !STRONG_YEAR_CUES.has(cue) &&
    value < EARLIEST_YEAR_BEFORE_NOUN &&
    !words[i]!.endsClause &&
    next !== undefined &&
    isCountedNoun(next) &&
    !/ت$/u.test(next.text)
  )
}

/** The day of "March 3, 2025": its comma is the date's own, not a clause's end. */
function isDayBeforeYear(words: Word[], k: number): boolean {
  return /^\d{1,2}$/u.test(words[k]!.text) && isMonth(words[k - 1]) && YEAR_DIGITS.test(words[k + 1]?.text ?? '')
}

// A clitic written onto digits (ب2000، لـ6000) stays outside the blank, as does the conjunction
// و before a number word (وخمسة آلاف), which the reader splits off as a token of its own.
const CLITIC_BEFORE_DIGITS = /^[\u0621-\u064A\u0640]{1,3}(?=[0-9\u0660-\u0669])/u

function numberStart(word: Word): number {
  const clitic = word.text.match(CLITIC_BEFORE_DIGITS)
  if (clitic) return word.start + clitic[0].length
  const first = word.tokens[0]
  if (word.tokens.length > 1 && first?.t === 'word' && first.e?.k === 'and' && word.text.startsWith('و')) return word.start + 1
  return word.start
}

/** Every quantity of a paragraph, in order, none overlapping. */
export function findMentions(text: string, words: Word[] = wordsOf(text)): Mention[] {
  const mentions: Mention[] = []
  for (let i = 0; i < words.length; i++) {
    // An ordinal is a day before «من»/"of" and a month (الثالث من آذار), not after a noun it qualifies (الخط الثالث في آذار).
    // (or the second word of a month's name: تشرين الأول).
    const folded = foldLetters(words[i]!.text)
    const ordinal = ORDINAL_DAY.test(folded) && (isMonth(words[i + 1]) || DAY_OF.test(words[i + 1]?.text ?? '') || isMonth(words[i - 1]))
    const one = oneAfterUnit(words, i, folded)
    if (one) {
      mentions.push({ ...one, words: { from: i - 1, to: i + 1 }, noun: null, hedge: null, bound: boundBefore(words, i - 1), range: null })
      continue
    }
    if ((!hasNumber(words[i]!) && !ordinal && !startsCompound(words, i)) || WEEKDAY_WORDS.has(folded.replace(/^(?:و|ب|ل|ف)(?=ال)/u, ''))) continue
    const date = dateAt(text, words, i)
    if (date) {
      const first = words[date.from]!
      mentions.push({
        start: isMonth(first) ? first.start : numberStart(first),
        end: words[date.to - 1]!.end,
        value: date.value,
        unit: 'date',
        noun: null,
        words: { from: date.from, to: date.to },
        hedge: null,
        bound: boundBefore(words, date.from),
        range: null,
      })
      i = date.to - 1
      continue
    }
    if (ordinal) continue
    const imperial = imperialAt(text, words, i)
    if (imperial) {
      const metric = imperial.metric
      // Alone, imperial units are no quantity of the quiz (its words are noted as unread).
      if (metric)
        mentions.push({
          start: numberStart(words[metric.from]!),
          end: words[metric.to - 1]!.end,
          value: metric.value,
          unit: metric.unit,
          noun: null,
          words: { from: metric.from, to: metric.to },
          hedge: isKind(words[i - 1], 'hedge') ? words[i - 1]!.text : null,
          bound: boundBefore(words, i),
          range: null,
          restated: { start: words[i]!.start, end: words[imperial.to - 1]!.end },
        })
      i = (metric?.to ?? imperial.to) - 1
      continue
    }
    // A sign in letters before the digits is the quantity's first word (`Rs 1,136 crore`), as `$` is.
    const sign = signBefore(words, i)
    const signed = sign >= 0 ? readAt(text, words, sign) : null
    // A minus in words before the digits (`minus 56 degrees`, «سالب 56», «ناقص 12») is the figure's first word, as the
    // grader reads it: the figure is below zero, and no question asks its digits after a dangling `minus`.
    const minus = minusWordBefore(words, i)
    const negative = minus >= 0 ? readAt(text, words, minus) : null
    const read =
      (signed?.unit != null && isCurrency(signed.unit) ? signed : null) ??
      (negative !== null && negative.value < 0 && negative.to > i ? negative : null) ??
      readAt(text, words, i) ??
      negativeGlued(gluedTemperatureAt(words, i), minus)
    // The word of the digits (after a minus in words, the figure's first word is the minus).
    const digits = i
    if (read === signed && signed !== null) i = sign
    else if (minus >= 0 && read !== null && read.value < 0) i = minus
    if (!read) {
      // An expression the reader cannot take ($45 million before money is a unit): none of its
      // words starts a quantity of its own ("million" alone is not one million).
      while (i + 1 < words.length && hasNumber(words[i + 1]!) && !words[i]!.endsClause) i++
      continue
    }
    const start = numberStart(words[i]!)
    const end = words[read.to - 1]!.end
    const next = words[read.to]
    const noun =
      read.unit === null && next && !words[read.to - 1]!.endsClause && isCountedNoun(next) ? { start: next.start, end: next.end, text: next.text } : null
    // A bare number of degrees below zero («7 درجات تحت الصفر», `7 degrees below zero`) is one figure under zero: the grader
    // reads it so, and its «تحت الصفر» is no zero of its own.
    const below = noun !== null && belowZeroAfter(words, read.to) ? read.to + 3 : -1
    // Its restatement in imperial units in brackets after it (`566kg (1,247lb)`, `1.93m (6ft 4in)`): the same fact.
    // (`1.93m (6ft 4in)`: an m written onto digits before feet and inches is metres, no minutes.)
    const glued = read.unit === 'minute' && read.to === digits + 1 && GLUED_M.test(words[digits]!.text)
    // A temperature written onto its scale (`14C`) leaves its unit to the facts, but its bracket is a conversion all the same.
    const measured = read.unit === null && read.to === digits + 1 ? { ...read, unit: gluedScale(words[digits]!) } : read
    const converted = measured.unit != null && (glued || CONVERTED.has(dimensionOf(measured.unit)))
    // Or in another unit of the quiz (`1.2 billion km (746 million miles)`, `38,000 km/h (23,600mph)`, `14C (57F)`): the same fact too.
    const restatement = converted ? (imperialAfter(text, words, read.to) ?? (glued ? null : sameMeasureAfter(text, words, measured))) : null
    if (below >= 0) {
      mentions.push({
        start,
        end: words[below - 1]!.end,
        value: -read.value,
        unit: null,
        noun,
        words: { from: i, to: read.to },
        hedge: isKind(words[i - 1], 'hedge') ? words[i - 1]!.text : null,
        bound: boundBefore(words, i),
        range: null,
      })
      i = below - 1
      continue
    }
    mentions.push({
      start,
      end,
      value: read.value,
      unit: glued && restatement ? 'metre' : read.unit,
      noun,
      words: { from: i, to: read.to },
      hedge: isKind(words[i - 1], 'hedge') ? words[i - 1]!.text : null,
      bound: boundBefore(words, i),
      range: null,
      ...(restatement && { restated: restatement.span }),
    })
    i = (restatement?.to ?? read.to) - 1
  }
  daysOfDates(text, mentions)
  markRanges(text, mentions)
  return mentions
}

// An imperial figure runs over at most three numbers with their units (16 feet 4 inches): six words.
const IMPERIAL_WORDS_MAX = 6
// The dimensions an article converts a figure of into brackets (a count's bracket, `95 seats (up from 80)`, is none).
const CONVERTED: ReadonlySet<string> = new Set(['length', 'mass', 'area', 'volume', 'speed', 'temperature'])
const STARTS_WITH_DIGIT = /^[0-9\u0660-\u0669]/u
// «in» as a word of its own is a preposition unless a conversion follows: "3 in the final", but `4in`, "4 in (10cm)".
const SPACED_IN = /[0-9\u0660-\u0669]\s+in$/iu

/** `1st`, `21st`, `41st`: an ordinal, no stones (`12st` is 12 stone, the ordinal `12th`). */
function isOrdinalSt(word: string): boolean {
  const n = /^(\d+)st$/iu.exec(word)?.[1]
  return n !== undefined && Number(n) % 10 === 1 && Number(n) % 100 !== 11
}

/**
 * A figure in imperial units from word `i` on (`1,247lb`, `40 lb`, `16ft 4in`, `16 feet 4 inches`): the word after it,
 * and the same quantity in a unit of the quiz in brackets right after it (`(566kg)`, `(4.98 metres)`), read as the
 * grader reads it, else null; null when no imperial figure starts there.
 */
function imperialAt(text: string, words: Word[], i: number): { to: number; metric: { value: number; unit: Unit; from: number; to: number } | null } | null {
  if (!STARTS_WITH_DIGIT.test(words[i]!.text) || isOrdinalSt(words[i]!.text)) return null
  let to = -1
  for (let j = i; j < Math.min(words.length, i + IMPERIAL_WORDS_MAX); j++) {
    if (!(hasNumber(words[j]!) || j > i) || imperialParts(text.slice(words[i]!.start, words[j]!.end)) === null) {
      if (words[j]!.endsClause) break
      continue
    }
    to = j + 1
    if (words[j]!.endsClause) break
  }
  if (to < 0) return null
  const next = words[to]
  if (next !== undefined && !words[to - 1]!.endsClause && /^\s*\($/u.test(text.slice(words[to - 1]!.end, next.start))) {
    const read = readAt(text, words, to)
    if (read?.unit != null && CONVERTED.has(dimensionOf(read.unit)) && text[words[read.to - 1]!.end] === ')')
      return { to, metric: { value: read.value, unit: read.unit, from: to, to: read.to } }
  }
  return SPACED_IN.test(text.slice(words[i]!.start, words[to - 1]!.end)) ? null : { to, metric: null }
}

const GLUED_M = /^\d[\d,]*(?:\.\d+)?m$/u
// A conversion in brackets is rounded: at most this far (relatively) from the figure it restates.
const RESTATED_WITHIN = 0.05
// A temperature's conversion is rounded to the degree: at most this many degrees from the figure it restates.
const RESTATED_DEGREES = 1

/**
 * The same measure in another unit of the quiz alone in brackets right after a quantity (`(746 million miles)` of
 * `1.2 billion km (746 million miles)`, `(23,600mph)` of `38,000 km/h (23,600mph)`): its words'
 * span and the word after it, else null. Only a conversion: the bracket's figure is the quantity's own, rounded
 * (`95 seats (up from 80)`, `120 km (40 km more)` restate nothing).
 */
function sameMeasureAfter(text: string, words: Word[], read: { value: number; unit: Unit | null; to: number }): { span: Span; to: number } | null {
  const at = read.to
  const next = words[at]
  if (read.unit == null || next === undefined || words[at - 1]!.endsClause || !/^\s*\($/u.test(text.slice(words[at - 1]!.end, next.start))) return null
  const inside = readAt(text, words, at) ?? gluedTemperatureAt(words, at, true)
  if (inside?.unit == null || inside.unit === read.unit || text[words[inside.to - 1]!.end] !== ')') return null
  const temperature = dimensionOf(read.unit) === 'temperature'
  const expected = temperature ? convertTemperature(read.value, read.unit, inside.unit) : convert(read.value, read.unit, inside.unit)
  // (A temperature's is rounded to the degree, however near zero: `30F (-1C)`.)
  const within = Math.max(RESTATED_WITHIN * Math.abs(expected ?? 0), temperature ? RESTATED_DEGREES : 0)
  if (expected === null || (expected === 0 && !temperature) || Math.abs(inside.value - expected) > within) return null
  return { span: { start: next.start, end: words[inside.to - 1]!.end }, to: inside.to }
}

/**
 * A figure in imperial units alone in brackets right after word `at - 1` (`(1,247lb)` of `566kg (1,247lb)`, `(6ft 4in)`):
 * its words' span and the word after it, else null.
 */
function imperialAfter(text: string, words: Word[], at: number): { span: Span; to: number } | null {
  const next = words[at]
  if (next === undefined || words[at - 1]!.endsClause || !/^\s*\($/u.test(text.slice(words[at - 1]!.end, next.start))) return null
  const imperial = imperialAt(text, words, at)
  if (imperial === null || imperial.metric !== null || text[words[imperial.to - 1]!.end] !== ')') return null
  return { span: { start: next.start, end: words[imperial.to - 1]!.end }, to: imperial.to }
}

// «واحد» after the noun it counts, with its tanween or not (يوماً واحداً، يوما واحدا، ساعة واحدة).
const ONE_AFTER = /^(?:واحد|واحدا|واحده)$/u

/**
 * One of a unit, written as Arabic writes it, «one» after its noun: «يوماً واحداً», «يوما واحدا» (the alef
 * without its tanween), «ساعة واحدة», «شهرا واحدا» count one day, hour or month; «فلساً واحداً» is an amount,
 * a currency's part (0.001 of a dinar). Only after a noun of a unit: «لليلة واحدة», «شخص واحد» count nothing to ask.
 */
function oneAfterUnit(words: Word[], i: number, folded: string): { start: number; end: number; value: number; unit: Unit } | null {
  if (!ONE_AFTER.test(folded)) return null
  const noun = words[i - 1]
  if (noun === undefined || noun.endsClause) return null
  const e = noun.tokens.length === 1 && noun.tokens[0]!.t === 'word' ? noun.tokens[0]!.e : null
  if (e?.k !== 'noun' || e.form === 'dual' || e.form === 'pl' || e.unit === 'person' || e.unit === 'count') return null
  // Not the noun of a number before it (ثلاثة أيام واحدا بعد الآخر).
  if (i >= 2 && hasNumber(words[i - 2]!) && !words[i - 2]!.endsClause) return null
  const read = parseQuantity(`${noun.text} واحد`, { context: NO_CONTEXT })
  if (read === null || read.unit === null || read.value <= 0 || read.value > 1) return null
  return { start: noun.start, end: words[i]!.end, value: read.value, unit: read.unit }
}

// A temperature written onto its scale's capital letter (-38C, 41C, 117F, 1.5C), as British and American papers write it.
const GLUED_TEMPERATURE = /^[-−–]?\d+(?:[.,]\d+)?([CF])$/u

/** The scale of a number written onto its letter (-38C is Celsius), or null. */
export function gluedScale(word: Word): 'celsius' | 'fahrenheit' | null {
  const scale = GLUED_TEMPERATURE.exec(word.text)?.[1]
  return scale === undefined ? null : scale === 'C' ? 'celsius' : 'fahrenheit'
}

/**
 * A number written onto C or F at word `i`, read as the grader reads it for a question in that scale; its unit
 * is left to the facts (after `iPhone` the same 5C is a name's); `scaled`, its scale (a bracket's conversion: `(57F)`).
 */
function gluedTemperatureAt(words: Word[], i: number, scaled = false): { value: number; unit: Unit | null; to: number } | null {
  const scale = gluedScale(words[i]!)
  const q = scale === null ? null : parseQuantity(words[i]!.text, { expect: scale, context: NO_CONTEXT })
  return q === null ? null : { value: q.value, unit: scaled ? scale : null, to: i + 1 }
}

/**
 * A lone singular unit that a smaller part follows starts a quantity: «دقيقة و52 ثانية» is 1.87
 * minutes, «ساعة و5 دقائق» 1.08 hours (not 52 seconds, 5 minutes).
 */
function startsCompound(words: Word[], i: number): boolean {
  const w = words[i]!
  const next = words[i + 1]
  const e = w.tokens.length === 1 && w.tokens[0]!.t === 'word' ? w.tokens[0]!.e : null
  if (e?.k !== 'noun' || e.form !== 'sg' || (e.unit !== 'hour' && e.unit !== 'minute') || w.endsClause || next === undefined) return false
  // The part after it has its own smaller unit: «و52 ثانية», not «و3 أشخاص».
  const part = words[i + 2]?.tokens
  const unit = part?.length === 1 && part[0]!.t === 'word' && part[0]!.e?.k === 'noun' ? part[0]!.e.unit : null
  return /^و[0-9\u0660-\u0669]+$/u.test(next.text) && (unit === 'minute' || unit === 'second') && unit !== e.unit
}

// Between two days of one month: «9 و10 دجنبر», "9 and 10 December", "9, 10 December".
const DAY_LINK = /^\s*(?:و|and|,|،)\s*$/iu

/** A bare day listed before a date's day (9 of «9 و10 دجنبر») is a date of the same month and year. */
function daysOfDates(text: string, mentions: Mention[]): void {
  for (let k = mentions.length - 2; k >= 0; k--) {
    const a = mentions[k]!
    const b = mentions[k + 1]!
    const day = b.value % 100
    if (a.unit !== null || b.unit !== 'date' || day === 0 || !Number.isInteger(a.value) || a.value < 1 || a.value > 31 || a.noun) continue
    if (!DAY_LINK.test(text.slice(a.end, b.start))) continue
    a.unit = 'date'
    a.value = b.value - day + a.value
  }
}

// Between the two ends of a range: و (written onto the second), and, or, to, a dash.
const RANGE_LINK = /^\s*(?:و|and|or|to|أو|إلى|الى|حتى|-|–|—)\s*$/iu
// Before the first end: بين، ما بين، تتراوح بين، between (and a year word: بين عامي 2015 و2018).
const RANGE_OPENING = /(?:^|\s)(?:ما\s+)?(?:بين|between|(?:ت|ي)تراوح(?:\s+(?:بين|ما\s+بين))?)(?:\s+(?:عامي|سنتي|العامين|the\s+years|years))?\s*$/iu
// A word of range a few words before the opening (تتراوح أعمارهم من …, ages ranging from …, aged from …): a range,
// though «من»/from alone opens a change.
// A penalty's bounds are a range too: «الغرامة من 5 آلاف إلى 20 ألف دينار», «بالسجن من 3 إلى 5 سنوات».
const RANGE_WORD_OPENING =
  /(?:^|\s)(?:[تي]تراوح|تراوحت|تراوح|ranging|ranges?|ranged|aged|ب?ال(?:غرامة|حبس|سجن)|ب?غرامة|عقوبة|العقوبة)(?:\s+[^\s,،.;؛:]+){0,2}?\s+(?:من|ما\s+بين|بين|from|between)\s*$/iu
// "from 2 million to 3 million" is a change (two facts), not a range.
const CHANGE_OPENING = /(?:^|\s)(?:من|from)\s*$/iu
// "cut by $20 to $129", «ارتفع بمقدار 3 نقاط إلى 34»: a change and the new value.
const CHANGE_BY = /(?:^|\s)(?:by|بمقدار|بنسبة|بواقع)\s*$/iu

/** Marks the two ends of each range: `بين 5 و9 في المئة`, `between 30 and 40`, `30 to 40`, `5 or 6`. */
function markRanges(text: string, mentions: Mention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k]!
    const b = mentions[k + 1]!
    const link = text.slice(a.end, b.start)
    // Two ends of one range measure the same thing: a count and a date (122 حتى 8 أغسطس) are not.
    // The unit may stand after the second end only (30 و40 ألف موظف), not after the first alone
    // (rose 6.6% to 56.5 million: a change and a new total).
    const sameKind = (a.unit === 'date') === (b.unit === 'date') && (a.unit === null || a.unit === b.unit)
    // "one" in words after a noun is no end of a range: «لليلة واحدة إلى ٢٧٫٢٥٪» (overnight, to 27.25%).
    const oneWord = a.value === 1 && !/[0-9\u0660-\u0669]/u.test(text.slice(a.start, a.end))
    if (!RANGE_LINK.test(link) || !sameKind || oneWord) continue
    const before = text.slice(Math.max(0, a.start - 30), a.start)
    const opened = RANGE_OPENING.test(before) || RANGE_WORD_OPENING.test(text.slice(Math.max(0, a.start - 60), a.start))
    const linkedAlone = !/^\s*(?:و|and)\s*$/iu.test(link) && !CHANGE_OPENING.test(before) && !CHANGE_BY.test(before)
    if (!opened && !linkedAlone) continue
    a.range = b.range = { start: a.start, end: b.end }
    k++
  }
}

// Words after a number that are not what it counts: prepositions, particles, pronouns, verbs of saying.
const NOT_NOUNS = new Set(
  (
    'في من إلى على عن مع حتى منذ بعد قبل أن إن لا لم لن قد هو هي هم كان كانت وفي ومن فقط أيضا ' +
    'in on at of to from for with by and or but than that which who is are was were be been has have had will would ' +
    'per percent each a an the this these those it its his her their our'
  ).split(' '),
)

/** The plain word after a bare number, when it can be what the number counts. */
const DEGREE_WORDS = new Set(['درجة', 'درجات', 'degree', 'degrees'].map(foldLetters))
const BELOW_WORDS = new Set(['تحت', 'below'])
const ZERO_WORDS = new Set(['الصفر', 'zero'].map(foldLetters))

/** Whether the words from `at` are «درجات تحت الصفر» or `degrees below zero`, in one clause. */
function belowZeroAfter(words: Word[], at: number): boolean {
  const [degrees, below, zero] = [words[at], words[at + 1], words[at + 2]]
  if (!degrees || !below || !zero || degrees.endsClause || below.endsClause) return false
  const bare = (w: Word) => foldLetters(w.text.replace(/[.,،;؛:!?؟)»”"']+$/u, '')).toLowerCase()
  return DEGREE_WORDS.has(bare(degrees)) && BELOW_WORDS.has(bare(below)) && ZERO_WORDS.has(bare(zero))
}

function isCountedNoun(word: Word): boolean {
  if (word.tokens.length !== 1 || word.tokens[0]!.t !== 'word' || word.tokens[0]!.e !== null) return false
  const w = word.text.toLowerCase()
  return /^\p{L}{2,}$/u.test(word.text) && !NOT_NOUNS.has(w)
}

const BOUNDS = [
  'أكثر من',
  'أقل من',
  'ما يزيد على',
  'ما يزيد عن',
  'ما لا يقل عن',
  'على الأقل',
  'حتى',
  'أزيد من',
  'يزيد على',
  'يزيد عن',
  'تزيد على',
  'تزيد عن',
  'يتجاوز',
  'تتجاوز',
  'يفوق',
  'تفوق',
  'above',
  'exceeding',
  'more than',
  'less than',
  'fewer than',
  'at least',
  'up to',
  'over',
  'under',
  'at most',
  'as many as',
].map((phrase) => phrase.split(' '))

// «تصل إلى 80», «قد يصل عددهم إلى 5 آلاف», «بسرعة تصل إلى 80»: reaching up to, a ceiling — not «ليصل إلى 620»
// (rising to reach it), «أن تصل درجات الحرارة إلى 46» (expected to reach it) nor «وصل إلى» (it reached it).
const REACH_NOT_AFTER = /^(?:أن|ان|لن|كي|لكي)$/u
const REACH = /^[وف]?(?:تصل|يصل)$/u
const TO = /^(?:إلى|الى)$/u
// Words that may stand between the verb and «إلى» (its subject: «تصل سرعتها إلى»).
const REACH_GAP = 2

/** The comparison written just before word `i` (skipping a hedge), or null. */
function boundBefore(words: Word[], i: number): string | null {
  for (const phrase of BOUNDS) {
    const from = i - phrase.length
    if (from < 0) continue
    if (phrase.every((w, k) => words[from + k]!.text.toLowerCase() === w)) return phrase.join(' ')
  }
  if (i < 2 || !TO.test(words[i - 1]!.text)) return null
  for (let k = i - 2; k >= Math.max(0, i - 2 - REACH_GAP); k--) {
    if (words[k]!.endsClause) return null
    if (REACH.test(words[k]!.text))
      return REACH_NOT_AFTER.test(words[k - 1]?.text ?? '')
        ? null
        : words
            .slice(k, i)
            .map((w) => w.text)
            .join(' ')
  }
  return null
}
