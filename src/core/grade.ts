import { parseBooleanWord } from './boolean-words.ts'
import { dateMatches, isDateValue } from './dates.ts'
import { foldLetters } from './normalize.ts'
import { lookupWord } from './numbers-lexicon.ts'
import { readOrdinals } from './numbers-ordinals.ts'
import { findNumbers, withThousandsDots } from './numbers.ts'
import type { Question, Unit } from './quiz-schema.ts'
import { matchText } from './text-match.ts'
import { sameStem } from './context-words.ts'
import { countedGroups } from './counted-groups.ts'
import { givesQuotedEquivalent } from './quoted-equivalents.ts'
import { measuredThing } from './measured-things.ts'
import {
  convert,
  dimensionOf,
  findQuantities,
  hasThousandths,
  parseQuantity,
  roundQuantity,
  type ParseQuantityOptions,
  type Quantity,
  type ReadWord,
} from './units.ts'

/** An answer as it arrives in JSON; anything else is a shape error (`answerShapeError`). */
export type Answer = string | number | boolean | string[] | null | undefined

/** What the grader understood an answer as. */
export type Parsed =
  | { kind: 'choice'; choiceIds: string[] }
  | { kind: 'boolean'; value: boolean }
  | {
      kind: 'number'
      /** The answer in the question's unit; in the answer's own unit when it cannot be converted. */
      value: number
      unit: Unit
      /**
       * The answer as written: its number, its unit (null for a bare number) and the text; `words`:
       * the words around the number and how they were read (`frame`, `question`, `people`, `other
       * group`). An answer with a word of another group is wrong whatever its number.
       */
      input: { value: number; unit: Unit | null; text: string; words?: ReadWord[] }
    }
  | { kind: 'text'; normalized: string; matched: string | null }

export type GradeResult = {
  questionId: string
  answered: boolean
  correct: boolean
  score: number
  maxScore: number
  /** Null when unanswered or unreadable (numeric text that is not one quantity). */
  parsed: Parsed | null
}

export const MAX_ANSWER_CHARS = 500
export const MAX_ANSWER_ITEMS = 20

function isBlank(answer: unknown): boolean {
  if (answer === undefined || answer === null) return true
  if (typeof answer === 'string') return answer.trim() === ''
  if (Array.isArray(answer)) return answer.every((item) => typeof item === 'string' && item.trim() === '')
  return false
}

function stringError(s: string): string | null {
  return s.length > MAX_ANSWER_CHARS ? `must be at most ${MAX_ANSWER_CHARS} characters` : null
}

/**
 * Why `answer` has the wrong JSON shape for the question type, as a human message, or null when
 * the shape is fine (an empty answer is fine: it is unanswered). The Worker turns it into a 422.
 */
export function answerShapeError(question: Question, answer: unknown): string | null {
  if (answer === undefined || answer === null) return null
  switch (question.type) {
    case 'single':
      return typeof answer === 'string' ? stringError(answer) : 'must be a choice id (a string)'
    case 'multiple': {
      if (!Array.isArray(answer)) return 'must be an array of choice ids (strings)'
      if (answer.length > MAX_ANSWER_ITEMS) return `must have at most ${MAX_ANSWER_ITEMS} items`
      for (const item of answer) {
        if (typeof item !== 'string') return 'must be an array of choice ids (strings)'
        const e = stringError(item)
        if (e) return e
      }
      return null
    }
    case 'boolean':
      if (typeof answer === 'boolean') return null
      if (typeof answer === 'string' && (answer.trim() === '' || parseBooleanWord(answer) !== null)) return null
      return 'must be true or false (or one of the strings "true", "false", "صح", "خطأ")'
    case 'numeric':
      if (typeof answer === 'number') return Number.isFinite(answer) ? null : 'must be a finite number'
      return typeof answer === 'string' ? stringError(answer) : 'must be a number or a string'
    case 'text':
      return typeof answer === 'string' ? stringError(answer) : 'must be a string'
  }
}

const EPSILON = 1e-9
const NO_QUIZ: readonly Question[] = []

function result(question: Question, answered: boolean, score: number, parsed: Parsed | null): GradeResult {
  return {
    questionId: question.id,
    answered,
    correct: answered && score >= question.points,
    score,
    maxScore: question.points,
    parsed,
  }
}

/** Rounds a partial score to 4 decimals (2/3 of a point → 0.6667). */
const roundScore = (x: number) => Math.round(x * 1e4) / 1e4

/**
 * Grades one answer. Never throws: an answer of the wrong shape grades as incorrect (callers
 * reject it first with `answerShapeError`). An empty answer is unanswered and scores 0. `quiz`:
 * the questions of the question's quiz, whose numbers name the other groups a numeric answer may
 * not describe (`5000 عامل إزالة ألغام` for the construction workers); without it, only the
 * question's own texts do.
 */
export function gradeQuestion(question: Question, answer: unknown, quiz: readonly Question[] = NO_QUIZ): GradeResult {
  if (isBlank(answer)) return result(question, false, 0, null)
  if (answerShapeError(question, answer) !== null) return result(question, true, 0, null)
  const points = question.points
  switch (question.type) {
    case 'single': {
      const id = (answer as string).trim()
      return result(question, true, id === question.answer ? points : 0, { kind: 'choice', choiceIds: [id] })
    }
    case 'multiple': {
      const ids = [...new Set((answer as string[]).map((id) => id.trim()).filter((id) => id !== ''))]
      const key = new Set(question.answer)
      const right = ids.filter((id) => key.has(id)).length
      const wrong = ids.length - right
      const exact = wrong === 0 && right === key.size
      const score = exact ? points : question.partialCredit ? roundScore((Math.max(0, right - wrong) / key.size) * points) : 0
      return result(question, true, score, { kind: 'choice', choiceIds: ids })
    }
    case 'boolean': {
      const value = typeof answer === 'boolean' ? answer : parseBooleanWord(answer as string)!
      return result(question, true, value === question.answer ? points : 0, { kind: 'boolean', value })
    }
    case 'numeric':
      return gradeNumeric(question, answer as string | number, quiz)
    case 'text': {
      const m = matchText(answer as string, question.answer.accepted, { context: questionContext(question, false) })
      return result(question, true, m.matched !== null ? points : 0, { kind: 'text', normalized: m.normalized, matched: m.matched })
    }
  }
}

// What the question's author wrote about it, one array per question object, so that the matchers'
// per-context caches are hit on every later answer. A text answer may be qualified by what the
// author wrote (prompt, explanation); the words around a number may also come from the evidence
// quote (the article's own words). The article may name a wrong country next to the right place,
// so the quote never qualifies a text answer.
const authorTexts = new WeakMap<Question, readonly string[]>()
const quoteTexts = new WeakMap<Question, readonly string[]>()

function questionContext(question: Question, withQuote: boolean): readonly string[] {
  const cache = withQuote ? quoteTexts : authorTexts
  let context = cache.get(question)
  if (!context) {
    const { prompt, explanation, evidence } = question
    // In every language the author wrote them in (a translation is optional).
    const written = [prompt.ar, prompt.en, explanation.ar, explanation.en].filter((text): text is string => text !== undefined)
    context = [...written, ...(withQuote ? [evidence.quote] : [])]
    cache.set(question, context)
  }
  return context
}

type NumericQuestion = Extract<Question, { type: 'numeric' }>

const isKey = (question: NumericQuestion, v: number) =>
  Math.abs(v - question.answer.value) <= question.answer.tolerance + EPSILON * Math.max(1, Math.abs(question.answer.value))

// Punctuation that says nothing about a number: a full stop or comma not between digits, quotes,
// brackets, colons, question and exclamation marks.
const PUNCTUATION = /(?<!\d)[.,،٬]|[.,،٬](?!\d)|[؛:«»"“”'’!?؟()[\]]/g
// Any other mark is a word of its own ($, %, °, -, +, >, ~), so that `2000+` is no run of `2000 جندي`.
const MARK = /([^\p{L}\p{M}\p{N}\s.,،٬])/gu

/** The words and marks of a text, folded, for comparing an answer with its quote. */
const wordsOf = (text: string) => foldLetters(text).replace(PUNCTUATION, ' ').replace(MARK, ' $1 ').trim().split(/\s+/)

// The evidence quote's words, once per question; null when the quote names the key other than once.
const quoteWords = new WeakMap<Question, readonly string[] | null>()

function wordsOfQuote(question: NumericQuestion): readonly string[] | null {
  let words = quoteWords.get(question)
  if (words === undefined) {
    const quote = question.evidence.quote
    words = findNumbers(quote).filter((v) => isKey(question, v)).length === 1 ? wordsOf(quote) : null
    quoteWords.set(question, words)
  }
  return words
}

/**
 * True when the answer copies a run of whole words of the evidence quote («قُتل نحو 2000 جندي كوري
 * شمالي يقاتلون لصالح روسيا») holding exactly one number, the key, which the quote names once: the
 * article's own sentence about the key, whatever its prepositions and other names say. The first
 * word may leave out the conjunction و/ف it carries in the quote (`5000 عامل بناء` from `و5000 عامل
 * بناء`). A run that cuts a number (`ساعتين` of `ساعتين ونصف`) reads as another number: not the key.
 */
function copiesQuote(question: NumericQuestion, text: string): boolean {
  const quote = wordsOfQuote(question)
  if (quote === null) return false
  const numbers = findNumbers(text)
  if (numbers.length !== 1 || !isKey(question, numbers[0]!)) return false
  const words = wordsOf(text)
  const [first, ...rest] = words
  for (let i = 0; i + words.length <= quote.length; i++) {
    const head = quote[i]!
    if (head !== first && !((head.startsWith('و') || head.startsWith('ف')) && head.slice(1) === first)) continue
    if (rest.every((w, k) => quote[i + 1 + k] === w)) return true
  }
  return false
}

// How often, said in several ways: an answer may say it as the quote does in other words (`120
// ألف درهم في السنة` for «120 ألف درهم سنويًا», `3.5 million barrels a day` for "per day").
const RATES: readonly (readonly string[][])[] = [
  'سنويا|في السنه|بالسنه|كل سنه|في العام|بالعام|كل عام|a year|per year|each year|every year|annually|per annum|yearly',
  'شهريا|في الشهر|بالشهر|كل شهر|a month|per month|each month|every month|monthly',
  'اسبوعيا|في الاسبوع|بالاسبوع|كل اسبوع|a week|per week|each week|every week|weekly',
  'يوميا|في اليوم|باليوم|كل يوم|a day|per day|each day|every day|daily',
].map((phrases) => phrases.split('|').map((p) => wordsOf(p)))

// What says "per" before a unit: `ملغ لكل كيلوغرام`, `mg per kg`, `mg/kg` (a mark is a word of its own).
const PER: ReadonlySet<string> = new Set(['لكل', 'per', '/', 'each'].map(foldLetters))

/** The units a folded word names when it is a measure's unit, not of time (time has its own rates, above) nor a count; null otherwise. */
function unitsPer(w: string): readonly Unit[] | null {
  const entry = lookupWord(w)
  return entry?.k === 'noun' && !entry.units.some((u) => dimensionOf(u) === 'time' || dimensionOf(u) === 'count') ? entry.units : null
}

/**
 * True when the answer gives its figure per something the quote does not: `10 ملغ لكل مريض` for «10 ملغ
 * لكل كيلوغرام من وزن المريض» (the patient is the quote's word, the rate is not). Per a unit in another
 * spelling (`/كغ`, `per kilo`) is the quote's; rates of time (`a year`, «سنويًا») are `RATES`' and `per
 * cent` a percentage.
 */
function saysAnotherRate(question: NumericQuestion, text: string): boolean {
  const words = wordsOf(text)
  let quote: readonly string[] | null = null
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k + 1]!
    if (!PER.has(words[k]!) || !/^\p{L}+$/u.test(w) || w === 'cent' || timeUnit(w)) continue
    if (RATES.some((rate) => rate.some((run) => run[0] === words[k] && run[1] === w))) continue
    quote ??= wordsOf(question.evidence.quote)
    if (!quoteRatePer(quote, w)) return true
  }
  return false
}

/**
 * True when the quote's words give a figure per `w` (folded): after a word for "per" or "a" (`per
 * kilogram`, `a bottle`, «لكل كيلوغرام», «كل كيلو»), or with ل written onto it (للتر), as `w` or its
 * stem, or a unit `w` may name (كغ for كيلوغرام).
 */
function quoteRatePer(quote: readonly string[], w: string): boolean {
  const units = unitsPer(w)
  const names = (q: string | undefined) =>
    q !== undefined && (q === w || sameStem(w, q) || (units !== null && (unitsPer(q)?.some((u) => units.includes(u)) ?? false)))
  return quote.some(
    (q, m) => ((PER.has(q) || QUOTE_PER.has(q)) && names(quote[m + 1])) || (q.length > 3 && q.startsWith(LAM) && (names(q.slice(2)) || names(q.slice(1)))),
  )
}

const QUOTE_PER: ReadonlySet<string> = new Set(['a', 'an', 'every', 'كل'].map(foldLetters))
const LAM = '\u0644'

const timeUnit = (w: string) => {
  const entry = lookupWord(w)
  return entry?.k === 'noun' && entry.units.some((u) => dimensionOf(u) === 'time')
}

/** Where the run `run` stands in `words`, or -1. */
function indexOfRun(words: readonly string[], run: readonly string[]): number {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, k) => words[i + k] === w)) return i
  return -1
}

/**
 * An answer that says around its number what the quote says around the key, in the quote's words
 * or other words: `up to 9 km` («up to 9 kilometres»), «لا تقل عن 95%» for «بنسبة لا تقل عن 95 في
 * المئة», `in less than 2 hours`, and a rate in other words (`في السنة` for «سنويًا»). Returns the
 * answer without them (its words folded), or null when it has none of them. Only for an answer that
 * reads as no quantity with them: the words before the number must be those right before the key in
 * the quote, so a comparison of the student's own (`less than 2 hours` where the quote has `in less
 * than two hours`... and `more than 2 hours`) stays unreadable.
 */
function withoutQuoteFrame(question: NumericQuestion, text: string): string | null {
  const quote = question.answer.unit === 'date' ? wordsOf(question.evidence.quote) : wordsOfQuote(question)
  if (quote === null) return null
  let words = wordsOf(text)
  let changed = false
  for (const rate of RATES) {
    const saidBy = rate.find((run) => indexOfRun(words, run) >= 0)
    if (saidBy === undefined) continue
    if (!rate.some((run) => indexOfRun(quote, run) >= 0)) return null
    const at = indexOfRun(words, saidBy)
    words = [...words.slice(0, at), ...words.slice(at + saidBy.length)]
    changed = true
  }
  // A measure per unit in other spellings (`20 ملغ/كغ`, «20 ملغ لكل كيلو», `20 mg per kg` for «20 ملغ لكل
  // كيلوغرام»): the quote's rate, said. Per another unit (`20 ملغ لكل غرام`) it is another figure.
  for (let k = 0; k + 1 < words.length; k++) {
    const units = PER.has(words[k]!) && words[k + 1] !== 'cent' ? unitsPer(words[k + 1]!) : null
    if (units === null) continue
    if (!quoteRatePer(quote, words[k + 1]!)) return null
    words = [...words.slice(0, k), ...words.slice(k + 2)]
    changed = true
    break
  }
  // The quote's words right after the key, cut anywhere (`thirty per cent more` for «or 30% more than the
  // 1991-2020 average»): the blank's sentence going on, no claim of the student's. Longest first.
  if (question.answer.unit !== 'date') {
    for (let k = Math.max(1, words.length - 6); k < words.length; k++) {
      const tail = words.slice(k)
      if (tail.some((w) => /\d/.test(w)) || !followsKey(question, quote, tail) || !isBareQuantity(question, words.slice(0, k))) continue
      words = words.slice(0, k)
      changed = true
      break
    }
  }
  // A hedge before the frame (`حوالي الدقيقة 87`, about the 87th…) stays with the number it hedges.
  const hedges = words.findIndex((w) => lookupWord(w)?.k !== 'hedge')
  for (let k = Math.min(words.length - 1, 6); k >= 1 + Math.max(0, hedges); k--) {
    const lead = words.slice(Math.max(0, hedges), k)
    if (lead.some((w) => /\d/.test(w))) continue
    const at = frameAt(quote, lead)
    if (at < 0 || !keyStartsAt(question, quote.slice(at + lead.length, at + lead.length + 4))) continue
    words = [...words.slice(0, Math.max(0, hedges)), ...words.slice(k)]
    changed = true
    break
  }
  return changed ? words.join(' ') : null
}

/** True when the run `tail` stands in the quote's words right after the key and its unit (`30 % more`). */
function followsKey(question: NumericQuestion, quote: readonly string[], tail: readonly string[]): boolean {
  const key = question.answer
  const at = indexOfRun(quote, tail)
  if (at < 1) return false
  for (let j = at - 1; j >= Math.max(0, at - 3); j--) {
    if (findNumbers(quote[j]!).length === 0) continue
    const run = quote.slice(j, at)
    return isBareQuantity(question, run) && isKey(question, parseQuantity(run.join(' '), { expect: key.unit })!.value)
  }
  return false
}

/** True when the words are a number and maybe its unit (in the key's), nothing else: `30 %`, `thirty per cent`. */
function isBareQuantity(question: NumericQuestion, words: readonly string[]): boolean {
  const q = words.length === 0 ? null : parseQuantity(words.join(' '), { expect: question.answer.unit })
  return q !== null && q.words === undefined && (q.unit === null || q.unit === question.answer.unit)
}

// A preposition or conjunction the quote writes onto the first word of a frame (بأكثر من for أكثر من).
const FRAME_CLITICS = ['\u0648', '\u0641', '\u0628', '\u0644']

/** Where the run `lead` stands in the quote's words, its first word maybe with a clitic; -1 when nowhere. */
function frameAt(quote: readonly string[], lead: readonly string[]): number {
  for (let i = 0; i + lead.length <= quote.length; i++) {
    const head = quote[i]!
    const first = lead[0]!
    if (head !== first && !(FRAME_CLITICS.includes(head[0]!) && head.slice(1) === first)) continue
    if (lead.every((w, k) => k === 0 || quote[i + k] === w)) return i
  }
  return -1
}

/** True when the quote's words `words` start with the key (a number, or a date to its precision). */
function keyStartsAt(question: NumericQuestion, words: readonly string[]): boolean {
  const key = question.answer
  if (key.unit !== 'date') {
    const after = findNumbers(words.join(' '))
    return after.length > 0 && isKey(question, after[0]!)
  }
  for (let k = 1; k <= words.length; k++) {
    const date = parseQuantity(words.slice(0, k).join(' '), { expect: 'date' })
    if (date !== null && dateMatches(key.value, date.value, key.tolerance)) return true
  }
  return false
}

// A magnitude's scale, said in its notations (`M6.4`, `Mw 6.4`, `6.4 on the Richter scale`, «6.4 درجات على
// مقياس ريختر», «بقوة 6.4»): words of no claim when the question asks a magnitude, longest first.
const MAGNITUDE_PHRASES: readonly (readonly string[])[] = [
  'on the richter scale|on the richter|on richter scale|richter scale|richter|of magnitude|magnitude|mag',
  'درجات علي مقياس ريختر|درجه علي مقياس ريختر|درجات بمقياس ريختر|درجه بمقياس ريختر|علي مقياس ريختر|بمقياس ريختر|مقياس ريختر|ريختر|بقوه|بدرجه|درجات|درجه',
]
  .flatMap((phrases) => phrases.split('|'))
  .map((p) => p.split(' '))
  .sort((a, b) => b.length - a.length)
// The scale's letter written onto a magnitude or before it: M6.4, Mw 6.4, ML 5.1, Ms, Mb.
const MAGNITUDE_LETTER = /^m[wlsb]?$/
const MAGNITUDE_WORD = /^(?:magnitude|richter|ريختر|بقوه)$/
// Whether each count question asks a magnitude, once per question.
const magnitudes = new WeakMap<Question, boolean>()

/**
 * True when the question asks a magnitude: a count the quote writes within three words of the scale's
 * name («A magnitude 6.4 earthquake», «بقوة 6.4 درجات على مقياس ريختر»; not the 12 killed of «A magnitude
 * 6.4 quake kills 12 people»).
 */
function asksMagnitude(question: NumericQuestion): boolean {
  if (question.answer.unit !== 'count') return false
  let asks = magnitudes.get(question)
  if (asks === undefined) {
    const words = wordsOf(question.evidence.quote)
    asks = words.some((w, i) => {
      if (!/^\d/.test(w) || !isKey(question, Number(w))) return false
      return words.slice(Math.max(0, i - 3), i + 4).some((near) => MAGNITUDE_WORD.test(near))
    })
    magnitudes.set(question, asks)
  }
  return asks
}

/**
 * A magnitude with its scale's words or letter (`M6.4`, `6.4 on the Richter scale`, «بقوة 6.4 درجات»)
 * for a question that asks a magnitude: the answer without them, or null when it has none. What is
 * left must still read as the key alone (`6.4 km`, `M6.3` stay wrong).
 */
function withoutMagnitudeScale(question: NumericQuestion, text: string): string | null {
  if (!asksMagnitude(question)) return null
  const words = foldLetters(text)
    .replace(/(?<![\p{L}])(m[wlsb]?)(?=\d)/gu, '$1 ')
    .replace(PUNCTUATION, ' ')
    .trim()
    .split(/\s+/)
  const kept: string[] = []
  let changed = false
  for (let i = 0; i < words.length; ) {
    const phrase = MAGNITUDE_PHRASES.find((run) => run.every((w, k) => words[i + k] === w))
    // The scale's letter only right before the number.
    const letter = phrase === undefined && MAGNITUDE_LETTER.test(words[i]!) && /^\d/.test(words[i + 1] ?? '')
    if (phrase === undefined && !letter) {
      kept.push(words[i]!)
      i++
      continue
    }
    i += phrase?.length ?? 1
    changed = true
  }
  return changed && kept.length > 0 ? kept.join(' ') : null
}

// What puts a number out of a total: «409 من 410», «ثلاث من عرباته الست», "409 out of 410", "3 of 6".
const OUT_OF: readonly (readonly string[])[] = [['من'], ['out', 'of'], ['of'], ['/']].map((run) => run.map((w) => foldLetters(w)))

/** The number that ends `words` (`410`, `الست`), or null. */
const lastNumber = (words: readonly string[]) => {
  const found = findNumbers(words.join(' '))
  return found.length > 0 ? found[found.length - 1]! : null
}

/**
 * An answer that gives the key out of the total the quote gives it out of (`409 من 410` for
 * «بمجموع 409 درجات من 410», `3 من 6` for «ثلاث من عرباته الست»): the answer without its total.
 * Null when it names no total, or another one (`409 من 500`).
 */
function withoutQuotedTotal(question: NumericQuestion, text: string): string | null {
  const words = wordsOf(text)
  const quote = wordsOfQuote(question)
  if (quote === null) return null
  for (const run of OUT_OF) {
    const at = indexOfRun(words, run)
    if (at < 1) continue
    const total = findNumbers(words.slice(at + run.length).join(' '))
    if (total.length !== 1 || findNumbers(words.slice(0, at).join(' ')).length !== 1) continue
    // In the quote, in its words for "out of": the key, then within four words the total.
    for (let i = 0; i < quote.length; i++) {
      const said = OUT_OF.find((r) => r.every((w, k) => quote[i + k] === w))
      if (said === undefined) continue
      const before = lastNumber(quote.slice(Math.max(0, i - 4), i))
      const after = findNumbers(quote.slice(i + said.length, i + said.length + 3).join(' '))
      if (before !== null && isKey(question, before) && after[0] === total[0]) return words.slice(0, at).join(' ')
    }
  }
  return null
}

/**
 * A JSON number: in the key's unit; for a date, an encoded date (YYYYMMDD, from 10000 up: the
 * key's own format) or else a year (1900).
 */
function numberAnswer(answer: number, unit: Unit, options: ParseQuantityOptions): Quantity | null {
  if (unit !== 'date') return { value: answer, unit: null }
  if (answer >= 10_000 && isDateValue(answer)) return { value: answer, unit: 'date' }
  return parseQuantity(String(answer), options)
}

/**
 * A count keyed in a unit the grader did not know then (`____ mm` keyed 78, a count, before
 * millimetres were a unit): an answer in the unit the evidence writes after the key (`78 mm`)
 * counts that unit. Another unit (`78 cm`, `90 km` for «90 km/h») is still wrong.
 */
function countOfQuotedUnit(question: NumericQuestion, q: Quantity): number | null {
  if (question.answer.unit !== 'count' || q.unit === null) return null
  const unit = q.unit
  const key = question.answer.value
  return findQuantities(question.evidence.quote).some((f) => f.value === key && f.units.includes(unit)) ? q.value : null
}

/** A word that may name what a position counts: a plain word, or a unit in the singular (الدقيقة، الساعة), never a number word. */
const RELATIVES: ReadonlySet<string> = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي'].map(foldLetters))
const isPositionNoun = (w: string) => {
  if (RELATIVES.has(w)) return false
  const entry = lookupWord(w)
  return entry === null || (entry.k === 'noun' && entry.form === 'sg')
}

// Prepositions before a position's noun: في الدقيقة 87، بعد الدقيقة 87، منذ الجولة 9; and written onto it: بالدقيقة، للمرة.
const POSITION_PREPOSITIONS: ReadonlySet<string> = new Set(['في', 'ف', 'من', 'منذ', 'حتى', 'خلال', 'عند', 'بعد', 'قبل', 'حتي', 'الى', 'على'].map(foldLetters))
const ARTICLE_NOUN = /^[\u0628\u0644\u0641]?\u0627\u0644[\u0621-\u064A]{2,}$/

/**
 * The words at `at` name a position by the number after them: a noun with its article after a
 * preposition, or with the preposition written onto it («في الدقيقة 87», «بالدقيقة 87»), and no noun
 * of what is counted after the number (not «سجل الفريق 9 أهداف», «في الزلزال 12 شخصًا»).
 */
function namesPositionAt(words: readonly string[], at: number): boolean {
  const noun = words[at]!
  if (!ARTICLE_NOUN.test(noun)) return false
  const written = !noun.startsWith('\u0627\u0644')
  if (!isPositionNoun(written ? noun.slice(1) : noun) || (!written && !POSITION_PREPOSITIONS.has(words[at - 1] ?? ''))) return false
  const next = words[at + 2]
  return next === undefined || (/^\p{L}/u.test(next) && lookupWord(next) === null)
}

// Whether each numeric question's key is a position, once per question.
const positions = new WeakMap<Question, boolean>()

/**
 * True when the key is a position — the 87th minute, the 37th edition, fourth place — rather than
 * an amount: a whole number from 1 to 999 that the evidence quote writes as an ordinal (`the 37th
 * edition`, «المركز الرابع», «الدورة الـ37») and nowhere as an amount, or in digits after a noun
 * that names a position (`namesPositionAt`: «في الدقيقة 87»; not «البالغ 5000 جندي»).
 */
function isPosition(question: NumericQuestion): boolean {
  let position = positions.get(question)
  if (position === undefined) {
    const { value, unit } = question.answer
    position = false
    if (unit !== 'date' && unit !== 'percent' && dimensionOf(unit) !== 'money' && Number.isInteger(value) && value >= 1 && value < 1000) {
      const quote = question.evidence.quote
      const words = wordsOf(quote)
      // The key as an ordinal, and nowhere as an amount («في الجولة التاسعة … 9 أهداف» asks no position).
      const ordinals = readOrdinals(quote)
      position =
        (ordinals.values.includes(value) && !findNumbers(ordinals.without).includes(value)) ||
        words.some((w, i) => w === String(value) && i > 0 && namesPositionAt(words, i - 1))
    }
    positions.set(question, position)
  }
  return position
}

const GLUED_NOUN = /^(\p{Script=Arabic}+)(\d+)$/u
const POSITION_WORDS: ReadonlySet<string> = new Set(['place', 'position', 'spot', 'مركز', 'المركز', 'بالمركز', 'مرتبه', 'المرتبه', 'بالمرتبه'].map(foldLetters))

/**
 * A position written as an ordinal (`87th minute`, `the 87th`, «الدقيقة السابعة والثمانين», `the
 * eighty-seventh minute`) or with its noun first (`minute 87`, «د 87», «د.87», «د87»), for a key that is a
 * position: graded as its number. The noun first must be the key's unit (`minute 87`, not `km 87`).
 * Null when the answer is neither, or is still wrong so (`86th`, `78th minute`).
 */
function gradePosition(question: NumericQuestion, answer: string, quiz: readonly Question[]): GradeResult | null {
  const ordinal = readOrdinals(answer)
  const asRead = (graded: GradeResult) =>
    graded.parsed?.kind === 'number' ? { ...graded, parsed: { ...graded.parsed, input: { ...graded.parsed.input, text: answer.trim() } } } : graded
  if (ordinal.values.length === 1) {
    // A word that says only that it is a position: `third place`, «بالمركز الرابع».
    const text = ordinal.text
      .split(' ')
      .filter((w) => !POSITION_WORDS.has(w))
      .join(' ')
    const graded = gradeNumericAs(question, text, quiz)
    return graded.correct ? asRead(graded) : null
  }
  // The noun's letters may be written onto the number: «د87».
  const glued = GLUED_NOUN.exec(foldLetters(answer.trim()))
  const words = glued ? [glued[1]!, glued[2]!] : wordsOf(answer)
  if (ordinal.values.length === 0 && words.length === 2 && /^\p{L}+$/u.test(words[0]!) && /^\d+$/.test(words[1]!)) {
    const graded = gradeNumericAs(question, `${words[1]} ${words[0]}`, quiz)
    if (graded.correct && graded.parsed?.kind === 'number' && graded.parsed.input.unit === question.answer.unit) return asRead(graded)
  }
  return null
}

/**
 * A numeric answer, and when it is wrong with a dot read as a decimal point (`6.000` = 6), the
 * same answer with the dot grouping thousands (`6.000` = 6000, `45.000 ريال`): right when that
 * reading is the key, bare or in the key's unit. Not for a date, nor for a currency of thousandths, where `2.500 دينار` is
 * 2.5 dinars (`withThousandsDots` says which answers are read so).
 */
function gradeNumeric(question: NumericQuestion, answer: string | number, quiz: readonly Question[]): GradeResult {
  const read = gradeNumericAs(question, answer, quiz)
  if (!read.correct && typeof answer === 'string' && isPosition(question)) {
    const position = gradePosition(question, answer, quiz)
    if (position !== null) return position
  }
  if (!read.correct && typeof answer === 'string') {
    const equivalent = gradeQuotedEquivalent(question, answer.trim(), quiz)
    if (equivalent !== null) return equivalent
  }
  if (read.correct || typeof answer !== 'string' || question.answer.unit === 'date' || hasThousandths(question.answer.unit)) return read
  const grouped = withThousandsDots(answer)
  if (grouped === null) return read
  const regrouped = gradeNumericAs(question, grouped, quiz)
  // In another unit the two readings may differ by the factor between the units: `42.195 m` for
  // 42.195 km is 42.195 metres or 42,195 — a reader who mixed up the units may mean either.
  if (!regrouped.correct || regrouped.parsed?.kind !== 'number') return read
  const unit = regrouped.parsed.input.unit
  if (unit !== null && convert(1, unit, question.answer.unit) !== 1) return read
  return { ...regrouped, parsed: { ...regrouped.parsed, input: { ...regrouped.parsed.input, text: answer.trim() } } }
}

// An answer and its restatement in brackets: `142 mm (5.6 inches)`, `14°C (57°F)`.
const RESTATED = /^([^()]+)\(([^()]+)\)$/

/**
 * An answer that gives the key in the unit of the quote's own restatement of it (`81 mph` for «130
 * km/h (81 mph)», `57°F` for «14 degrees Celsius (57 degrees Fahrenheit)», `5.6 inches`), alone or in
 * brackets after the key (`130 km/h (81 mph)`): right, read as the key. Null for any other answer.
 */
function gradeQuotedEquivalent(question: NumericQuestion, text: string, quiz: readonly Question[]): GradeResult | null {
  const options = numericOptions(question, quiz)
  const restated = RESTATED.exec(text)
  const right =
    givesQuotedEquivalent(question, text, options) ||
    (restated !== null && givesQuotedEquivalent(question, restated[2]!.trim(), options) && gradeNumericAs(question, restated[1]!, quiz).correct)
  if (!right) return null
  const key = question.answer
  return result(question, true, question.points, { kind: 'number', value: key.value, unit: key.unit, input: { value: key.value, unit: null, text } })
}

function numericOptions(question: NumericQuestion, quiz: readonly Question[]): ParseQuantityOptions {
  const key = question.answer
  return { expect: key.unit, scale: Math.abs(key.value), context: numericContext(question, quiz), groups: countedGroups(question, quiz) }
}

// The question's texts and its quote, and what the article measures in its unit (`measured-things.ts`:
// `118 mm of rain`), one array per question and quiz so that the matchers' caches are hit.
const measuredContexts = new WeakMap<Question, { quiz: readonly Question[]; context: readonly string[] }>()

function numericContext(question: NumericQuestion, quiz: readonly Question[]): readonly string[] {
  const texts = questionContext(question, true)
  const thing = measuredThing(question, quiz)
  if (thing === null) return texts
  const cached = measuredContexts.get(question)
  if (cached?.quiz === quiz) return cached.context
  const context = [...texts, thing]
  measuredContexts.set(question, { quiz, context })
  return context
}

function gradeNumericAs(question: NumericQuestion, answer: string | number, quiz: readonly Question[]): GradeResult {
  const key = question.answer
  const text = typeof answer === 'number' ? String(answer) : answer.trim()
  const options = numericOptions(question, quiz)
  // A JSON number for a date is the encoded date (from 10000 up) or a year; the key's own encoded
  // value is the key in any case (908, 8 September without a year, is no year 908).
  const encodedKey = typeof answer === 'number' && key.unit === 'date' && answer === key.value
  let q = encodedKey
    ? { value: answer, unit: 'date' as const }
    : typeof answer === 'number'
      ? numberAnswer(answer, key.unit, options)
      : parseQuantity(text, options)
  if (q === null && typeof answer === 'string') {
    const unframed = withoutQuoteFrame(question, text) ?? withoutQuotedTotal(question, text)
    if (unframed !== null) q = parseQuantity(unframed, options)
  }
  if ((q === null || q.otherGroup !== undefined) && typeof answer === 'string') {
    const unscaled = withoutMagnitudeScale(question, text)
    const read = unscaled === null ? null : parseQuantity(unscaled, options)
    if (read !== null) q = read
  }
  if (typeof answer === 'string' && key.unit !== 'date' && (q === null || q.otherGroup !== undefined) && copiesQuote(question, text)) {
    return result(question, true, question.points, { kind: 'number', value: key.value, unit: key.unit, input: { value: key.value, unit: null, text } })
  }
  if (q === null) return result(question, true, 0, null)
  const input = { value: q.value, unit: q.unit, text, ...(q.words ? { words: q.words } : {}) }
  // A figure per something else than the quote's («10 ملغ لكل مريض»): read, shown, and wrong.
  if (typeof answer === 'string' && key.unit !== 'date' && saysAnotherRate(question, text)) {
    return result(question, true, 0, { kind: 'number', value: q.value, unit: q.unit ?? key.unit, input })
  }
  // Another group's number ("2000 South Korean soldiers"): read, shown, and wrong.
  const claimsAnotherGroup = q.otherGroup !== undefined
  if (key.unit === 'date') {
    const right = !claimsAnotherGroup && q.unit === 'date' && dateMatches(key.value, q.value, key.tolerance)
    return result(question, true, right ? question.points : 0, { kind: 'number', value: q.value, unit: 'date', input })
  }
  // A bare number is in the question's unit; hours convert to minutes, people count as a count
  // and the other way round; "2000 ساعة" for a number of soldiers converts to nothing: wrong.
  const converted = q.unit === null ? q.value : (convert(q.value, q.unit, key.unit) ?? countOfQuotedUnit(question, q))
  if (converted === null) {
    return result(question, true, 0, { kind: 'number', value: q.value, unit: q.unit!, input })
  }
  const value = roundQuantity(converted)
  const within = !claimsAnotherGroup && Math.abs(value - key.value) <= key.tolerance + EPSILON * Math.max(1, Math.abs(key.value))
  return result(question, true, within ? question.points : 0, { kind: 'number', value, unit: key.unit, input })
}
