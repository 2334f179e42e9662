import { parseBooleanWord } from './boolean-words.ts'
import { dateMatches, isDateValue } from './dates.ts'
import { foldLetters } from './normalize.ts'
import { lookupWord } from './numbers-lexicon.ts'
import { findNumbers, withThousandsDots } from './numbers.ts'
import type { Question, Unit } from './quiz-schema.ts'
import { matchText } from './text-match.ts'
import { countedGroups } from './counted-groups.ts'
import { convert, findQuantities, hasThousandths, parseQuantity, roundQuantity, type ParseQuantityOptions, type Quantity, type ReadWord } from './units.ts'

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

/**
 * A numeric answer, and when it is wrong with a dot read as a decimal point (`6.000` = 6), the
 * same answer with the dot grouping thousands (`6.000` = 6000, `45.000 ريال`): right when that
 * reading is the key, bare or in the key's unit. Not for a date, nor for a currency of thousandths, where `2.500 دينار` is
 * 2.5 dinars (`withThousandsDots` says which answers are read so).
 */
function gradeNumeric(question: NumericQuestion, answer: string | number, quiz: readonly Question[]): GradeResult {
  const read = gradeNumericAs(question, answer, quiz)
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

function gradeNumericAs(question: NumericQuestion, answer: string | number, quiz: readonly Question[]): GradeResult {
  const key = question.answer
  const text = typeof answer === 'number' ? String(answer) : answer.trim()
  const options = { expect: key.unit, scale: Math.abs(key.value), context: questionContext(question, true), groups: countedGroups(question, quiz) }
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
  if (typeof answer === 'string' && key.unit !== 'date' && (q === null || q.otherGroup !== undefined) && copiesQuote(question, text)) {
    return result(question, true, question.points, { kind: 'number', value: key.value, unit: key.unit, input: { value: key.value, unit: null, text } })
  }
  if (q === null) return result(question, true, 0, null)
  const input = { value: q.value, unit: q.unit, text, ...(q.words ? { words: q.words } : {}) }
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
