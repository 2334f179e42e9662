import { arabicQuantityWords, formatQuantity } from '../describe.ts'
import { decodeDate } from '../dates.ts'
import type { Lang, Unit } from '../quiz-schema.ts'
import { convert } from '../units.ts'
import { tidySpan, type Replacement } from './excerpt.ts'
import type { NumberFact, ScoreFact } from './facts.ts'
import { stableHash, uniqueId } from './ids.ts'
import {
  excerptSpan,
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

function isScaleWord(word: Word): boolean {
  return word.tokens.some((t) => t.t === 'word' && t.e?.k === 'scale')
}

/** Where the facts stand in the article, each statement owned by its fact: what other questions hide. */
export function hiddenNumbers(statements: { paragraph: number; mention: Mention; fact: NumberFact }[], words: Word[][]): HiddenSpan[] {
  return statements.map(({ paragraph, mention, fact }) => ({ paragraph, owner: fact, ...numberPart(mention, words[paragraph]!) }))
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
    for (const h of masksIn(ctx, fact.paragraph, fact.clause, own(fact))) {
      const other = wordStartAt(words, h.start)
      if (other >= fact.mention.end && listedBetween(text.slice(fact.mention.end, other), text.slice(other, h.start))) end = Math.min(end, other)
      else if (h.end <= fact.mention.start && listedBetween(text.slice(h.end, fact.mention.start), '')) start = Math.max(start, fact.mention.start)
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
// Values: how they read, their distractors, a false one

type DigitStyle = { grouped: boolean; eastern: boolean }

function digitStyle(raw: string): DigitStyle {
  return { grouped: /\d,\d{3}/u.test(raw) || /[\u0660-\u0669]٬[\u0660-\u0669]/u.test(raw), eastern: /[\u0660-\u0669]/u.test(raw) }
}

function writeDigits(value: number, style: DigitStyle): string {
  const plain = String(Number.parseFloat(value.toPrecision(12)))
  const [whole, fraction] = plain.split('.')
  const grouped = style.grouped ? whole!.replace(/\B(?=(\d{3})+(?!\d))/gu, ',') : whole!
  const latin = fraction ? `${grouped}.${fraction}` : grouped
  return style.eastern ? inEasternDigits(latin) : latin
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

/** A value as a choice or an explanation shows it: the article's digits, with its unit unless it counts. */
function showValue(ctx: DraftContext, fact: NumberFact, value: number, unit: Unit): string {
  const raw = textOf(ctx, fact).slice(fact.mention.start, fact.mention.end)
  if (unit === 'person' || unit === 'count') return writeCount(ctx.lang, value, digitStyle(raw))
  // A year alone in digits: the article's «عام» or "in" stands before the gap already.
  if (unit === 'date' && value % 10_000 === 0) return writeDigits(value / 10_000, { ...digitStyle(raw), grouped: false })
  if (ctx.lang === 'ar') {
    const shown = arabicQuantityWords(value, unit) ?? formatQuantity(value, unit, 'ar')
    return digitStyle(raw).eastern ? inEasternDigits(shown) : shown
  }
  return formatQuantity(value, unit, ctx.lang)
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
const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))

/**
 * Whether a value of the same kind can stand beside the answer as a choice: counts of different
 * things share a kind, so a count far off in size or whole where the answer has decimals (a
 * magnitude of 6.8 beside 2,500 houses) would tell the answer away.
 */
function plausibleBeside(fact: NumberFact, value: number): boolean {
  // A date beside dates of its own precision: a month and year among bare years gives itself away.
  if (fact.unit === 'date') return precisionOf(value) === precisionOf(fact.value)
  if (fact.kind !== 'count' && fact.kind !== 'people') return true
  const ratio = value / fact.value
  return Number.isInteger(value) === Number.isInteger(fact.value) && ratio < 100 && ratio > 1 / 100
}

/**
 * Wrong values to choose from beside the answer: values of its kind the article does not state (the
 * false statements' values), never another question's answer, which the choices would give away.
 * Up to three, when at least two can stand beside the answer.
 */
function distractorValues(facts: readonly NumberFact[], fact: NumberFact): number[] {
  return falseValues(facts, fact, `choices:${fact.paragraph}:${fact.mention.start}`)
    .filter((v) => plausibleBeside(fact, v))
    .slice(0, 3)
}

/**
 * Values of the same kind the article does not state, for a false statement, in an order that
 * differs from fact to fact (always doubling would teach readers the trick): a year a few years
 * off, a day a week off, a small count a step off within its Arabic agreement class (3–10 take a
 * plural, 11 and up a singular), other amounts half again, twice, half, three quarters.
 */
function falseValues(facts: readonly NumberFact[], fact: NumberFact, seed: string): number[] {
  const v = fact.value
  // Never a value the article states, in this unit or as a bare number (5 days beside 5 people).
  const taken = facts.flatMap((f) => [f.value, inUnitOf(fact, f.value, f.unit)]).filter((x): x is number => x !== null)
  let candidates: number[]
  if (fact.unit === 'date') {
    const d = decodeDate(v)
    if (!d) return []
    candidates =
      d.year !== undefined ? [2, -3, 1, -1, 4].map((k) => v + k * 10_000) : [7, -7, 3, -3].map((k) => v + k).filter((x) => x % 100 >= 1 && x % 100 <= 28)
  } else if (v >= 3 && v <= 10 && Number.isInteger(v)) {
    candidates = [v + 2, v - 2, v + 3, v - 1, v + 1].filter((x) => x >= 3 && x <= 10)
  } else if (v >= 1e6) {
    // Millions and billions are shown with their word (30.3 billion): a wrong value is rounded to the
    // answer's decimals there, or 22.725 beside 30.3 would tell itself wrong.
    const scale = v >= 1e9 ? 1e9 : 1e6
    const digits = decimals(v / scale)
    candidates = [1.5, 2, 0.5, 3, 0.75].map((k) => Math.round(Number.parseFloat(((v / scale) * k).toFixed(digits)) * scale))
  } else {
    const digits = decimals(v)
    candidates = [1.5, 2, 0.5, 3, 0.75]
      .map((k) => Number.parseFloat((v * k).toFixed(Math.min(digits + 1, 3))))
      .filter((x) => (Number.isInteger(v) ? Number.isInteger(x) && (x >= 11 || v < 3) : true))
    if (fact.unit === 'percent') candidates = candidates.filter((x) => x <= 100)
  }
  const fresh = [...new Set(candidates)].filter((x) => x > 0 && !sameValue(x, v) && !taken.some((t) => sameValue(t, x)))
  const turn = fresh.length === 0 ? 0 : stableHash(seed) % fresh.length
  return [...fresh.slice(turn), ...fresh.slice(0, turn)]
}

const precisionOf = (value: number) => {
  const d = decodeDate(value)
  return d ? `${d.year !== undefined}${d.month !== undefined}${d.day !== undefined}` : ''
}

const decimals = (v: number) => (String(Number.parseFloat(v.toPrecision(12))).split('.')[1] ?? '').length

const DIGITS_ONLY = /^[0-9\u0660-\u0669][0-9\u0660-\u0669.,٫٬\s]*$/u

/**
 * The fact's words with `value` in their place: the digits alone for a count of people or things (the
 * noun after them keeps its agreement class), the whole quantity written anew for any other unit;
 * null when the count is written in words.
 */
function valueReplacement(ctx: DraftContext, fact: NumberFact, value: number): Replacement | null {
  const span = numberPart(fact.mention, ctx.words[fact.paragraph]!)
  const raw = textOf(ctx, fact).slice(span.start, span.end)
  if (fact.unit === 'person' || fact.unit === 'count') return DIGITS_ONLY.test(raw) ? { ...span, text: writeDigits(value, digitStyle(raw)) } : null
  return { start: fact.mention.start, end: fact.mention.end, text: showValue(ctx, fact, value, fact.unit) }
}

/** A false version of the fact's words, or null when none can be written well. */
function falseSwap(ctx: DraftContext, facts: readonly NumberFact[], fact: NumberFact): { value: number; replacement: Replacement } | null {
  if (fact.parts) return null
  const text = textOf(ctx, fact)
  for (const value of falseValues(facts, fact, text.slice(fact.sentence.start, fact.sentence.end))) {
    const replacement = valueReplacement(ctx, fact, value)
    if (replacement) return { value, replacement }
  }
  return null
}

/**
 * Whether another fact has the same value: a true statement would then show that other
 * question's answer (6000 soldiers beside a total of 6000 workers).
 */
function valueElsewhere(facts: readonly NumberFact[], fact: NumberFact): boolean {
  // The same number in another unit counts too: a reader sees «3» beside a question whose answer is 3 days.
  return facts.some(
    (f) => f !== fact && !(fact.parts ?? []).includes(f) && (f.value === fact.value || sameValue(inUnitOf(fact, f.value, f.unit) ?? Number.NaN, fact.value)),
  )
}

// ---------------------------------------------------------------------------------------------
// Questions

function explanation(ctx: DraftContext, fact: NumberFact): string {
  const quote = quoted(ctx, evidenceOf(ctx, fact).quote)
  if (!fact.parts) return ctx.say.because(quote)
  const parts = fact.parts.map((p) => showValue(ctx, p, p.value, p.unit))
  return ctx.say.becauseSum(quote, parts, showValue(ctx, fact, fact.value, fact.unit))
}

const slug = (value: number) =>
  String(Number.parseFloat(value.toPrecision(10)))
    .replace(/[^0-9]+/gu, '-')
    .replace(/^-|-$/gu, '')

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
  const gap = numberPart(fact.mention, ctx.words[fact.paragraph]!)
  const question = fact.parts ? null : questionFromTemplate(ctx.lang, fact, text, fact.clause, gap, masksIn(ctx, fact.paragraph, fact.clause, own(fact)))
  if (question) return question
  const cloze = clozeOf(ctx, fact)
  return fact.parts ? ctx.say.totalOf(cloze, fact.parts.length) : fill(cloze)
}

/** The prompt's quoted excerpt: a gap for the answer (each part of a total behind an ellipsis) and the other answers masked. */
function clozeOf(ctx: DraftContext, fact: NumberFact): string {
  const span = displaySpan(ctx, fact)
  const words = ctx.words[fact.paragraph]!
  const gaps = fact.parts
    ? fact.parts.map((p) => ({ ...numberPart(p.mention, words), text: ctx.say.masked }))
    : [{ ...numberPart(fact.mention, words), text: ctx.say.blank }]
  return quotedExcerpt(ctx, fact.paragraph, fact.sentence, span, [...gaps, ...masksIn(ctx, fact.paragraph, span, own(fact))])
}

const at = (fact: NumberFact) => positionIn(fact.paragraph, fact.mention.start + (fact.parts ? 1 : 0))

function numericQuestion(ctx: DraftContext, fact: NumberFact): Composed {
  return {
    at: at(fact),
    question: {
      id: idFor(ctx, fact, ''),
      type: 'numeric',
      skill: fact.parts ? 'inference' : 'recall',
      points: 1,
      prompt: localized(ctx.lang, askingOf(ctx, fact, ctx.say.fillNumber)),
      answer: { value: fact.value, unit: fact.unit, tolerance: 0 },
      explanation: localized(ctx.lang, explanation(ctx, fact)),
      evidence: evidenceOf(ctx, fact),
    },
  }
}

function singleQuestion(ctx: DraftContext, fact: NumberFact, distractors: number[]): Composed {
  const id = idFor(ctx, fact, 'choice-')
  const options = [fact.value, ...distractors].map((value) => ({
    id: `v${slug(value)}`,
    text: localized(ctx.lang, showValue(ctx, fact, value, fact.unit)),
  }))
  return {
    at: at(fact),
    question: {
      id,
      type: 'single',
      skill: fact.parts ? 'inference' : 'recall',
      points: 1,
      prompt: localized(ctx.lang, askingOf(ctx, fact, ctx.say.pickNumber)),
      choices: shuffled(options, id),
      answer: options[0]!.id,
      explanation: localized(ctx.lang, explanation(ctx, fact)),
      evidence: evidenceOf(ctx, fact),
    },
  }
}

/** The fact's excerpt as a statement: as the article says it, or with `swap`'s value in its place (then `wrong` says which). */
function statementOf(ctx: DraftContext, fact: NumberFact, swap: ReturnType<typeof falseSwap>) {
  const span = displaySpan(ctx, fact, true)
  const text = statementText(ctx, fact.paragraph, span, [...(swap ? [swap.replacement] : []), ...masksIn(ctx, fact.paragraph, span, own(fact))])
  return { text, wrong: swap ? showValue(ctx, fact, swap.value, fact.unit) : null }
}

function booleanQuestion(ctx: DraftContext, fact: NumberFact, swap: ReturnType<typeof falseSwap>): Composed {
  const said = statementOf(ctx, fact, swap)
  const evidence = evidenceOf(ctx, fact)
  const quote = quoted(ctx, evidence.quote)
  return {
    at: at(fact),
    question: {
      id: idFor(ctx, fact, said.wrong ? 'false-' : 'true-'),
      type: 'boolean',
      skill: 'recall',
      points: 1,
      prompt: localized(ctx.lang, ctx.say.trueOrFalse(said.text)),
      answer: said.wrong === null,
      explanation: localized(ctx.lang, said.wrong ? ctx.say.becauseNot(quote, said.wrong) : ctx.say.because(quote)),
      evidence,
    },
  }
}

/**
 * "Tick every true statement": three or four facts of one paragraph, each in a clause of its own,
 * every other one made false with a value the article does not state.
 */
function statementsQuestion(ctx: DraftContext, facts: readonly NumberFact[], chosen: NumberFact[]): Composed | null {
  const options = chosen.map((fact, k) => ({ id: `s${k + 1}`, ...statementOf(ctx, fact, k % 2 === 1 ? falseSwap(ctx, facts, fact) : null) }))
  if (!options.some((o) => o.wrong === null) || options.every((o) => o.wrong === null)) return null
  const paragraph = chosen[0]!.paragraph
  const spans = chosen.map((f) => evidenceSpan(ctx, f))
  const quote = textOf(ctx, chosen[0]!).slice(Math.min(...spans.map((s) => s.start)), Math.max(...spans.map((s) => s.end)))
  const id = uniqueId(ctx.ids, `statements-p${paragraph}`)
  return {
    at: at(chosen[0]!),
    question: {
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
    },
  }
}

/**
 * Three or four facts of one paragraph, each the only answer in its sentence (a statement is the
 * whole sentence, not a fragment) and each with a value no other question has; or null.
 */
function statementFacts(ctx: DraftContext, facts: readonly NumberFact[]): NumberFact[] | null {
  const byParagraph = new Map<number, NumberFact[]>()
  for (const f of facts) {
    if (f.parts || masksIn(ctx, f.paragraph, f.sentence, own(f)).length > 0 || valueElsewhere(facts, f)) continue
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
    const distractors = distractorValues(facts, fact)
    let made: Composed | null = null
    for (let tries = 0; tries < TYPE_CYCLE.length && !made; tries++) {
      const type = TYPE_CYCLE[turn++ % TYPE_CYCLE.length]!
      if (type === 'numeric') made = numericQuestion(ctx, fact)
      // The right choice shows the value: not when it is another question's answer too.
      else if (type === 'single' && distractors.length >= 2 && !valueElsewhere(facts, fact)) made = singleQuestion(ctx, fact, distractors)
      else if (type === 'boolean' && !fact.parts) {
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
    items.push(made ?? numericQuestion(ctx, fact))
  }
  return items
}

/** Ways to write a score, for a text question's accepted answers: 3-1, 3:1, 3 - 1, 3 to 1, 3 مقابل 1. */
function scoreSpellings(score: ScoreFact, written: string): string[] {
  const { home, away } = score
  return [...new Set([written, `${home}-${away}`, `${home}:${away}`, `${home} - ${away}`, `${home} to ${away}`, `${home} مقابل ${away}`])]
}

/** Where the scores stand: hidden from other questions like any answer. */
export function hiddenScores(scores: readonly ScoreFact[]): HiddenSpan[] {
  return scores.map((score) => ({ paragraph: score.paragraph, start: score.start, end: score.end, owner: score }))
}

/** A text question per match score: the sentence with the score blanked. */
export function scoreQuestions(ctx: DraftContext, scores: readonly ScoreFact[]): Composed[] {
  return scores.map((score) => {
    const text = ctx.paragraphs[score.paragraph]!.text
    const span = excerptSpan(ctx, score.paragraph, score.sentence, score, [score])
    const cloze = quotedExcerpt(ctx, score.paragraph, score.sentence, span, [
      { start: score.start, end: score.end, text: ctx.say.blank },
      ...masksIn(ctx, score.paragraph, span, [score]),
    ])
    const evidence = tidySpan(text, score.clause)
    const quote = text.slice(evidence.start, evidence.end)
    return {
      at: positionIn(score.paragraph, score.start),
      question: {
        id: uniqueId(ctx.ids, `score-${score.home}-${score.away}`),
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: localized(ctx.lang, ctx.say.fillScore(cloze)),
        answer: { accepted: scoreSpellings(score, text.slice(score.start, score.end)) },
        explanation: localized(ctx.lang, ctx.say.because(quoted(ctx, quote))),
        evidence: { paragraph: score.paragraph, quote },
      },
    }
  })
}
