import { holdsArabiziDigitWord, readArabizi, readArabiziVerdict } from './arabizi.ts'
import { withoutHesitations } from './hesitations.ts'
import { withoutAgreeingMarks } from './stance-marks.ts'
import { holdsRomanizedArabic, readRomanized } from './romanized.ts'
import { MAX_ANSWER_CHARS, MAX_ANSWER_ITEMS } from './answer-limits.ts'
import { parseBooleanWord } from './boolean-words.ts'
import { dateMatches, isDateValue } from './dates.ts'
import { foldLetters, withoutLengthenedLetters } from './normalize.ts'
import { lookupWord } from './numbers-lexicon.ts'
import { readOrdinals } from './numbers-ordinals.ts'
import { findNumbers, withThousandsDots } from './numbers.ts'
import { monthFirstDate, weekdaysNamed } from './date-words.ts'
import type { Question, Unit } from './quiz-schema.ts'
import { matchText, surnameFirst } from './text-match.ts'
import { titleOfOtherSex } from './title-sex.ts'
import { countedGroups } from './counted-groups.ts'
import { givesQuotedEquivalent } from './quoted-equivalents.ts'
import { givesQuotedHijriDate } from './hijri-dates.ts'
import { measuredThing } from './measured-things.ts'
import { withoutMagnitudeScale } from './magnitudes.ts'
import { copiesQuote, isKey, type NumericQuestion, withoutQuotedTotal, wordsOf } from './numeric-quote.ts'
import { saysAnotherRate, tiesAnotherFigure, withoutQuoteFrame } from './quote-frame.ts'
import { rangeYearKey } from './range-dates.ts'
import { atPrecisionOf, namesAnotherWhole, shareOf, shareOfRatio } from './shares.ts'
import { sameStem } from './context-words.ts'
import { isRoundedKelvin, isRoundedMeasure, quotedKeyStep } from './rounded-conversions.ts'
import {
  convert,
  dimensionOf,
  convertTemperature,
  findQuantities,
  hasThousandths,
  parseQuantity,
  roundQuantity,
  type ParseQuantityOptions,
  type Quantity,
  type ReadWord,
} from './units.ts'
import { citesOtherFigures, offersBothFigures } from './verdict-reasons.ts'

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
export function gradeQuestion(question: Question, typed: unknown, quiz: readonly Question[] = NO_QUIZ): GradeResult {
  if (isBlank(typed)) return result(question, false, 0, null)
  // Romanized Arabic (`ṣaḥīḥ`, `khata'`, `tisʿūn daqīqa`) is written in Arabic first, then Arabizi read.
  const roman = readsRomanized(question, typed) ? readRomanized(typed) : typed
  const read = readsArabizi(question, roman) ? readArabizi(roman) : question.type === 'boolean' && typeof roman === 'string' ? readArabiziVerdict(roman) : roman
  // A verdict or a figure is read without the reader's hesitations (`um 35 per cent`, «اممم صح»); a name with them first,
  // and without them (but `um`, which opens places' names: `Um Al Quwain`) when it matches nothing so.
  // A figure's words lengthened on the keyboard (`ثلاث ساعاااات`) are read as typed once.
  const spokenAnswer =
    typeof read === 'string' && question.type !== 'text'
      ? question.type === 'numeric'
        ? withoutLengthenedLetters(withoutHesitations(read))
        : withoutHesitations(read)
      : read
  // A figure or a name beside the reader's tick (`32 km 👍`) is read without it; beside a cross (`32 km ❌`) it is struck out.
  const answer = question.type !== 'boolean' && typeof spokenAnswer === 'string' ? withoutAgreeingMarks(spokenAnswer) : spokenAnswer
  if (answer === null) return result(question, true, 0, null)
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
      const right =
        value === question.answer &&
        (typeof answer === 'boolean' || !(citesOtherFigures(question, answer as string) || offersBothFigures(question, answer as string)))
      return result(question, true, right ? points : 0, { kind: 'boolean', value })
    }
    case 'numeric': {
      const graded = gradeNumeric(question, answer as string | number, quiz)
      // The answer as the reader typed it, not as its Arabizi was read (`150 da2i2a`, not «150 دقيقة»).
      if (answer === typed || graded.parsed?.kind !== 'number') return graded
      return { ...graded, parsed: { ...graded.parsed, input: { ...graded.parsed.input, text: (typed as string).trim() } } }
    }
    case 'text': {
      const options = { context: questionContext(question, false), quoted: explanationQuotations(question) }
      const typedMatch = matchText(answer as string, question.answer.accepted, options)
      const spoken = withoutHesitations(answer as string, true)
      const said = typedMatch.matched === null && spoken !== answer ? matchText(spoken, question.answer.accepted, options) : typedMatch
      // The family name first (`HADDAD, Nadia`), for a full name only
      const inverted = said.matched === null ? surnameFirst(answer as string) : null
      const turned = inverted === null ? null : matchText(inverted, question.answer.accepted, options)
      const named = turned?.matched != null && turned.matched.trim().split(/\s+/u).length >= 2 ? turned : said
      // A name glossed in brackets in the other script (`Rashid al-Wazzani (رشيد الوزاني)`): both must name the person
      const m = named.matched === null ? (glossedName(answer as string, question.answer.accepted, options) ?? named) : named
      // A name with the title of the other sex than the quiz's texts give the person (`Mr Haddad` for Ms Haddad) is another person.
      const right = m.matched !== null && !titleOfOtherSex(answer as string, question, quiz)
      return result(question, true, right ? points : 0, { kind: 'text', normalized: m.normalized, matched: m.matched })
    }
  }
}

/**
 * Arabizi (`sa7`, `la2`, `3ashara`, `150 da2i2a`) is read in an Arabic question's verdicts and figures (another
 * language's verdicts read its verdict words alone, `readArabiziVerdict`: `mish sa7` for an English quiz; its figures and
 * verdicts whole where the answer holds a word written with a digit for a letter, `arba3 sa3at`, `7awali 4 hours`): a text
 * answer is mostly a name, which the text matcher reads in Latin letters as it is (`Sana` is a name, not «سنة»).
 */
function readsArabizi(question: Question, answer: unknown): answer is string {
  if (typeof answer !== 'string' || !(question.type === 'boolean' || question.type === 'numeric')) return false
  // In another language's quiz, only an answer with a word no English or French reader types (`arba3 sa3at`, a digit for a letter)
  return (question.prompt.ar ?? '') !== '' || holdsArabiziDigitWord(answer)
}

// A name, then the same name in brackets (the learner's gloss in the other script).
const GLOSSED = /^([^()]+?)\s*\(([^()]+)\)\s*[.!]?$/u

/**
 * A name with its gloss in brackets (`Rashid al-Wazzani (رشيد الوزاني)`, «الجزيرة الخضراء (Algeciras)»): matched when the name
 * and the bracket each match an accepted answer alone, as the first; `Rashid al-Wazzani (سعيد الوزاني)` names two people.
 */
function glossedName(answer: string, accepted: string[], options: Parameters<typeof matchText>[2]): ReturnType<typeof matchText> | null {
  const parts = GLOSSED.exec(answer)
  if (parts === null) return null
  const name = matchText(parts[1]!, accepted, options)
  return name.matched !== null && matchText(parts[2]!, accepted, options).matched !== null ? name : null
}

/**
 * Romanized Arabic, as learners of Arabic write it (`ṣaḥīḥ`, `khata'`, `thamāniya wa-arbaʿūn alf`, `15 fī l-miʾa`), is read
 * in an Arabic question's verdicts and figures, and in another language's where the answer holds a letter of a scholar's
 * romanization or a verdict word no English or French reader types (`holdsRomanizedArabic`). Not in a text answer: a name
 * in Latin letters is the text matcher's.
 */
function readsRomanized(question: Question, answer: unknown): answer is string {
  if (typeof answer !== 'string' || !(question.type === 'boolean' || question.type === 'numeric')) return false
  return (question.prompt.ar ?? '') !== '' || holdsRomanizedArabic(answer)
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
    const explained = [explanation.ar, explanation.en].filter((text): text is string => text !== undefined)
    // A name is qualified by the author's words, not by the article's the explanation quotes («جاء في المقال: «…»»), which
    // name other people and places as the evidence quote does (`يسر بن سالم، منير العياري` is two names).
    const written = [prompt.ar, prompt.en, ...(withQuote ? explained : explained.map(withoutQuotations))].filter((text): text is string => text !== undefined)
    context = [...written, ...(withQuote ? [evidence.quote] : [])]
    cache.set(question, context)
  }
  return context
}

/** A text without what it quotes in guillemets or double quotes (an explanation's «جاء في المقال: «…»»). */
const QUOTATION = /«[^«»]*»|“[^“”]*”|"[^"]*"/gu
const withoutQuotations = (text: string) => text.replace(QUOTATION, ' ')

// What the explanation quotes of the article, once per question: words that may complete a name after a word joining them.
const quotations = new WeakMap<Question, readonly string[]>()
function explanationQuotations(question: Question): readonly string[] {
  let quoted = quotations.get(question)
  if (!quoted) {
    quoted = [question.explanation.ar, question.explanation.en].flatMap((text) => (text === undefined ? [] : (text.match(QUOTATION) ?? [])))
    quotations.set(question, quoted)
  }
  return quoted
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
/** The question's own texts: its prompt and explanation in each language, and its evidence quote. */
const questionTexts = (question: NumericQuestion): string[] =>
  [...Object.values(question.prompt), ...Object.values(question.explanation), question.evidence.quote].filter((t): t is string => typeof t === 'string')

function gradeNumeric(question: NumericQuestion, answer: string | number, quiz: readonly Question[]): GradeResult {
  // A slashed date in a question that writes its dates as America does is read month first, and only so (monthFirstDate).
  const monthFirst = typeof answer === 'string' && question.answer.unit === 'date' ? monthFirstDate(answer, questionTexts(question)) : null
  if (monthFirst !== null) {
    const american = gradeNumericAs(question, monthFirst, quiz)
    const asTyped = String(answer).trim()
    return american.parsed?.kind === 'number' ? { ...american, parsed: { ...american.parsed, input: { ...american.parsed.input, text: asTyped } } } : american
  }
  const read = gradeNumericAs(question, answer, quiz)
  if (!read.correct && typeof answer === 'string' && isPosition(question)) {
    const position = gradePosition(question, answer, quiz)
    if (position !== null) return position
  }
  if (!read.correct && typeof answer === 'string') {
    const equivalent = gradeQuotedEquivalent(question, answer.trim(), quiz)
    if (equivalent !== null) return equivalent
  }
  if (!read.correct && typeof answer === 'string') {
    const glossed = gradeUnitGloss(question, answer.trim(), quiz)
    if (glossed !== null) return glossed
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

// An answer and its restatement in brackets: `142 mm (5.6 inches)`, `14°C (57°F)`, `1,247lb (566kg)`.
const RESTATED = /^([^()]+)\(([^()]+)\)$/

/**
 * An answer that gives the key in the unit of the quote's own restatement of it (`81 mph` for «130
 * km/h (81 mph)», `57°F` for «14 degrees Celsius (57 degrees Fahrenheit)», `5.6 inches`), alone or in
 * brackets after the key (`130 km/h (81 mph)`): right, read as the key. Null for any other answer.
 */
function gradeQuotedEquivalent(question: NumericQuestion, text: string, quiz: readonly Question[]): GradeResult | null {
  const options = numericOptions(question, quiz)
  const restated = RESTATED.exec(text)
  // The quote's words around the key said too (`up to 40lb a day` for «up to 40lb (18kg) a day»).
  const unframed = withoutQuoteFrame(question, text)
  const right =
    givesQuotedEquivalent(question, text, options) ||
    (unframed !== null && givesQuotedEquivalent(question, unframed, options)) ||
    (restated !== null && givesQuotedEquivalent(question, restated[2]!.trim(), options) && gradeNumericAs(question, restated[1]!, quiz).correct) ||
    (restated !== null && givesQuotedEquivalent(question, restated[1]!.trim(), options) && gradeNumericAs(question, restated[2]!, quiz).correct)
  if (!right) return null
  const key = question.answer
  return result(question, true, question.points, { kind: 'number', value: key.value, unit: key.unit, input: { value: key.value, unit: null, text } })
}

/**
 * A figure with its unit glossed in brackets in the other language (`320 يورو (euros)`, «90 دقيقة (minutes)», `4 hours
 * (ساعات)`, `90 (minutes)`): the figure graded alone, and the bracket's words read as the same unit as the figure's, or a bare
 * figure's key's (`320 يورو (dollars)`,
 * «90 دقيقة (hours)» stay wrong). A bracket with a figure is a restatement, read above. Null for any other answer.
 */
function gradeUnitGloss(question: NumericQuestion, text: string, quiz: readonly Question[]): GradeResult | null {
  const glossed = RESTATED.exec(text)
  if (glossed === null || /\p{N}/u.test(glossed[2]!) || !/\p{L}/u.test(glossed[2]!)) return null
  const figure = gradeNumericAs(question, glossed[1]!.trim(), quiz)
  // A bare figure's unit is the key's (`90 (minutes)`)
  const unit = figure.parsed?.kind === 'number' ? (figure.parsed.input.unit ?? question.answer.unit) : null
  if (!figure.correct || unit === null || unit === 'count' || unit === 'date') return null
  const gloss = parseQuantity(`1 ${glossed[2]!.trim()}`)
  if (gloss === null || gloss.unit !== unit || gloss.otherGroup !== undefined) return null
  return figure.parsed?.kind === 'number' ? { ...figure, parsed: { ...figure.parsed, input: { ...figure.parsed.input, text } } } : figure
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
  // The quote's own words around the key, said by the answer: read without them. Also when they read as
  // another group's (`ساعتين يوميا`, where «يوميا» follows another figure too but the quote says it of the key).
  if ((q === null || q.otherGroup !== undefined) && typeof answer === 'string') {
    // both, when the answer says the quote's words and its total (`an average of 15 out of 20`)
    const framed = withoutQuoteFrame(question, text)
    const unframed = framed === null ? withoutQuotedTotal(question, text) : (withoutQuotedTotal(question, framed) ?? framed)
    const read = unframed === null ? null : parseQuantity(unframed, options)
    if (q === null || (read !== null && read.otherGroup === undefined)) q = read
  }
  if ((q === null || q.otherGroup !== undefined) && typeof answer === 'string') {
    const unscaled = withoutMagnitudeScale(question, text)
    const read = unscaled === null ? null : parseQuantity(unscaled, options)
    if (read !== null) q = read
  }
  if (typeof answer === 'string' && key.unit !== 'date' && (q === null || q.otherGroup !== undefined) && copiesQuote(question, text)) {
    return result(question, true, question.points, { kind: 'number', value: key.value, unit: key.unit, input: { value: key.value, unit: null, text } })
  }
  // A temperature in kelvin, the key converted and rounded as people round it (`93 K` for −180 °C; `93K` is no thousand here).
  if (typeof answer === 'string' && isRoundedKelvin(key.value, key.unit, text)) {
    return result(question, true, question.points, { kind: 'number', value: key.value, unit: key.unit, input: { value: key.value, unit: null, text } })
  }
  // The Hijri date the quote says is the key's day («13 جمادى الآخرة 1446هـ الموافق 15 ديسمبر 2024م»).
  if (
    typeof answer === 'string' &&
    key.unit === 'date' &&
    givesQuotedHijriDate(question.evidence.quote, key.value, text) &&
    !namesAnotherWeekday(question, text)
  ) {
    return result(question, true, question.points, { kind: 'number', value: key.value, unit: 'date', input: { value: key.value, unit: 'date', text } })
  }
  // A share written as a ratio is its percentage (`one in four`, «واحد من كل أربعة»).
  if (q === null && typeof answer === 'string' && key.unit === 'percent') {
    const share = shareOfRatio(text)
    if (share !== null) q = { value: atPrecisionOf(share, key.value), unit: null }
  }
  if (q === null) return result(question, true, 0, null)
  const input = { value: q.value, unit: q.unit, text, ...(q.words ? { words: q.words } : {}) }
  // A figure per something else than the quote's («10 ملغ لكل مريض»): read, shown, and wrong.
  if (
    typeof answer === 'string' &&
    key.unit !== 'date' &&
    (saysAnotherRate(question, text) ||
      tiesAnotherFigure(question, text) ||
      (key.unit === 'percent' && namesAnotherWhole(question.evidence.quote, text, sameStem)))
  ) {
    return result(question, true, 0, { kind: 'number', value: q.value, unit: q.unit ?? key.unit, input })
  }
  // Another group's number ("2000 South Korean soldiers"): read, shown, and wrong. A bare number before "of" and a noun
  // counts some of them, no share (`82 of members`, as `82 members`, for "82% of members").
  const claimsAnotherGroup = q.otherGroup !== undefined || (typeof answer === 'string' && key.unit === 'percent' && q.unit === null && countsSomeOf(text))
  if (key.unit === 'date') {
    const ranged = rangeYearKey(question)
    const right =
      !claimsAnotherGroup &&
      !namesAnotherWeekday(question, text) &&
      q.unit === 'date' &&
      (dateMatches(key.value, q.value, key.tolerance) || (ranged !== null && dateMatches(ranged, q.value, key.tolerance)))
    return result(question, true, right ? question.points : 0, { kind: 'number', value: q.value, unit: 'date', input })
  }
  // A share written as a fraction is its percentage (`a quarter`, «ربع», `1/4`).
  if (typeof answer === 'string' && key.unit === 'percent' && q.unit === null && !claimsAnotherGroup && !isKey(question, q.value)) {
    const share = shareOf(text, q.value, key.value)
    if (share !== null) q = { ...q, value: share }
  }
  // A bare number is in the question's unit; hours convert to minutes, people count as a count
  // and the other way round; "2000 ساعة" for a number of soldiers converts to nothing: wrong.
  const converted =
    q.unit === null ? q.value : (convert(q.value, q.unit, key.unit) ?? convertTemperature(q.value, q.unit, key.unit) ?? countOfQuotedUnit(question, q))
  if (converted === null) {
    return result(question, true, 0, { kind: 'number', value: q.value, unit: q.unit!, input })
  }
  const value = roundQuantity(converted)
  // A reader's own conversion into another unit, rounded as people round it (`3.5 miles` for 5.6 km).
  // The key to the step the quote writes it to: `6 feet` is no conversion of «1.80 metres» (1.83 m).
  const rounded = q.unit !== null && isRoundedMeasure(key.value, key.unit, q.value, q.unit, quotedKeyStep(key.value, question.evidence.quote))
  const within = !claimsAnotherGroup && (isKey(question, value) || rounded)
  return result(question, true, within ? question.points : 0, { kind: 'number', value, unit: key.unit, input })
}

// English only: «70 من إنتاج البلاد» is as often a share without its sign, of something no one counts.
const OF_WORDS: ReadonlySet<string> = new Set(['of'])

/** True when the number in `text` is followed by "of" and a word, and no other number: `82 of members`. */
function countsSomeOf(text: string): boolean {
  const words = wordsOf(text)
  const at = words.findIndex((w) => /\d/.test(w))
  const next = words[at + 2]
  return at >= 0 && OF_WORDS.has(words[at + 1] ?? '') && next !== undefined && /^\p{L}/u.test(next) && findNumbers(words.slice(at + 2).join(' ')).length === 0
}

/**
 * True when the answer names a day of the week the quote does not give its date: `Tuesday 7 April` for "Monday 7
 * April". A date with its year is checked against the calendar as it is read; one without (a key of month and day)
 * only against the quote's weekday, where it names one.
 */
function namesAnotherWeekday(question: NumericQuestion, answer: string): boolean {
  const said = weekdaysNamed(answer)
  if (said.size === 0) return false
  const quoted = weekdaysNamed(question.evidence.quote)
  return quoted.size > 0 && [...said].some((day) => !quoted.has(day))
}
