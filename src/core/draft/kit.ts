import type { Lang, Localized, Paragraph, Question, Unit } from '../quiz-schema.ts'
import { excerptText, type Replacement } from './excerpt.ts'
import { stableHash } from './ids.ts'
import type { Word } from './mentions.ts'
import type { Phrasing } from './phrasing.ts'
import { clauseSpans, type Span } from './sentences.ts'

/**
 * What every question of a draft is made with: the article's paragraphs, the answers no question
 * may show but its own (hidden behind an ellipsis), and the way a quoted excerpt is cut and shown.
 */

/**
 * A place in the article that is some question's answer; `owner` is what that question asks about. A span that
 * restates an answer (`1,247lb` of `1,247lb (566kg)`) has an owner of its own, so that even that answer's question
 * hides it, and names the answer it restates as `of`: hidden wherever that one is.
 */
export type HiddenSpan = Span & { paragraph: number; owner: object; of?: object }

export type DraftContext = {
  lang: Lang
  say: Phrasing
  paragraphs: readonly Paragraph[]
  words: Word[][]
  sentences: Span[][]
  /** Per paragraph, the spans to hide, in text order. */
  hidden: HiddenSpan[][]
  /** Question ids taken so far. */
  ids: Set<string>
  /** The bounds of the article's ranges, values it states that no wrong choice may take (`$6 million` of an estimate). */
  bounds?: readonly { paragraph: number; value: number; unit: Unit | null }[]
}

/**
 * A question and where it sits in the article (paragraph, then position), to keep reading order;
 * `about` is the name it asks for, when it asks for one; `result` marks a contest's result (a score, a race
 * time), the fact its sentence is about; `asks` are the owners of the hidden spans it asks about (its fact and that
 * fact's parts, the facts of a statements question, its name), the first one the fact it is drafted for; `respaced`, for a
 * choice among a number's evenly spaced values, gives it again without the choices `dropped` (which show another answer)
 * and its wrong values evenly spaced again, or null when they still are or none fit.
 */
export type Composed = {
  question: Question
  at: number
  asks: readonly object[]
  about?: object
  result?: true
  respaced?: (dropped: readonly string[]) => Question | null
  /** The same fact as a number to type, for a choice whose key is the end choice by rule (after «أكثر من», `up to`). */
  typed?: () => Question
}

/**
 * An item whose question is written when first read: its id is taken now, in the order of the composition, and its words
 * only when they are looked at — a composition of the kept questions reads only theirs (`composedWithin`).
 */
export function lazily(item: Omit<Composed, 'question'>, write: () => Question): Composed {
  let question: Question | undefined
  return Object.defineProperty(item, 'question', { get: () => (question ??= write()), enumerable: true }) as Composed
}

export const positionIn = (paragraph: number, offset: number) => paragraph * 1e6 + offset

/** A string in the article's language only (a draft is not translated). */
export function localized(lang: Lang, text: string): Localized {
  // (Written out: an object of a computed key is slower to make, and a draft makes thousands.)
  return lang === 'ar' ? { ar: text } : { en: text }
}

/** Whether `span` of `paragraph` holds a hidden span not owned by one of `own` (`masksIn` would mask something). */
export function hidesIn(ctx: DraftContext, paragraph: number, span: Span, own: readonly object[]): boolean {
  return ctx.hidden[paragraph]!.some((h) => !own.includes(h.owner) && h.start >= span.start && h.end <= span.end)
}

/** Ellipses over every hidden span in `span` of `paragraph` that is not owned by one of `own`. */
export function masksIn(ctx: DraftContext, paragraph: number, span: Span, own: readonly object[]): Replacement[] {
  const text = ctx.paragraphs[paragraph]!.text
  return ctx.hidden[paragraph]!.filter((h) => !own.includes(h.owner) && h.start >= span.start && h.end <= span.end).map((h) => {
    // A compound the hidden words end inside goes with them (`the 24-year-old` → `the …`, not `the …-old`).
    const rest = COMPOUND_REST.exec(text.slice(h.end, span.end))
    return { start: h.start, end: h.end + (rest?.[0].length ?? 0), text: ctx.say.masked }
  })
}
const COMPOUND_REST = /^(?:-\p{Ll}+)+(?![\p{L}\p{N}-])/u

const REFERS_BACK = /^(?:بينهم|بينهن|منهم|منهن|بينها|منها|من بينهم|including|among them|of whom|of which)\s/iu
const SHORT_CLAUSE_WORDS = 4
// An excerpt grows by whole clauses that hide nothing, up to this many words.
const EXCERPT_MAX_WORDS = 40

const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length

/**
 * What a question about `target` (a span of `paragraph`) shows of the article: its sentence when no
 * other answer stands in it, or when `whole` asks for it (a statement is a whole sentence) and it is
 * not too long; otherwise its clause(s), from the start of the sentence when that stays short (the
 * subject is usually there), with the clause before when it refers back (بينهم، including) or is
 * too short to stand alone, and with following clauses that hide nothing, while the excerpt stays
 * short.
 */
export function excerptSpan(ctx: DraftContext, paragraph: number, sentence: Span, target: Span, own: readonly object[], whole = false): Span {
  const text = ctx.paragraphs[paragraph]!.text
  if (!hidesIn(ctx, paragraph, sentence, own)) return sentence
  if (whole && wordCount(text.slice(sentence.start, sentence.end)) <= EXCERPT_MAX_WORDS) return sentence
  const clauses = clauseSpans(text, sentence)
  let from = Math.max(
    0,
    clauses.findIndex((c) => c.start <= target.start && target.start < c.end),
  )
  let to = Math.max(
    from,
    clauses.findIndex((c) => c.start < target.end && target.end <= c.end),
  )
  const size = () => wordCount(text.slice(clauses[from]!.start, clauses[to]!.end))
  const body = text.slice(clauses[from]!.start, clauses[to]!.end)
  if (from > 0 && (REFERS_BACK.test(body) || wordCount(body) <= SHORT_CLAUSE_WORDS)) from--
  if (from > 0 && wordCount(text.slice(clauses[0]!.start, clauses[to]!.end)) <= EXCERPT_MAX_WORDS) from = 0
  const clean = (k: number) => !hidesIn(ctx, paragraph, clauses[k]!, own)
  while (to < clauses.length - 1 && clean(to + 1) && size() + wordCount(text.slice(clauses[to + 1]!.start, clauses[to + 1]!.end)) <= EXCERPT_MAX_WORDS) to++
  // An excerpt of a word or two says nothing («Tsegaye, ____ …»): the next clause comes along, its answers hidden.
  while (to < clauses.length - 1 && size() <= SHORT_CLAUSE_WORDS) to++
  return { start: clauses[from]!.start, end: clauses[to]!.end }
}

/** The quoted excerpt a question shows, with an ellipsis where its sentence goes on. */
export function quotedExcerpt(ctx: DraftContext, paragraph: number, sentence: Span, span: Span, replacements: Replacement[]): string {
  const text = ctx.paragraphs[paragraph]!.text
  // Only English quotes a quotation inside another with other marks (‘ ’): an Arabic one ending the excerpt loses its « ».
  const excerpt = excerptText(text, span, replacements, ctx.lang !== 'ar')
  return ctx.say.excerpt(excerpt, span.start > sentence.start, span.end < sentence.end)
}

/**
 * The excerpt as a plain statement (no quotation marks), ending with a full stop: what a true/false question asserts. One
 * ending on a hidden answer ends on its ellipsis (`… in …`, not `… in ….`).
 */
export function statementText(ctx: DraftContext, paragraph: number, span: Span, replacements: Replacement[]): string {
  const body = excerptText(ctx.paragraphs[paragraph]!.text, span, replacements, true)
  return /[.!?؟…]["'”’»)]*$/u.test(body) ? body : `${body}.`
}

/** A quote in an explanation, without the full stop the explanation adds itself. */
export function quoted(ctx: DraftContext, quote: string): string {
  return ctx.say.quote(quote.replace(/[\s,،;؛:.!?؟…]+$/u, ''))
}

/** Choices in an order fixed by the question id: the same draft every time, the key not always first. */
export function shuffled<T extends { id: string }>(choices: T[], seed: string): T[] {
  const order = new Map(choices.map((c) => [c, stableHash(`${seed}:${c.id}`)]))
  return [...choices].sort((a, b) => order.get(a)! - order.get(b)!)
}

/** The sentence of `paragraph` holding offset `at`. */
export function sentenceAt(ctx: DraftContext, paragraph: number, at: number): Span {
  const spans = ctx.sentences[paragraph]!
  return spans.find((s) => s.start <= at && at < s.end) ?? spans[spans.length - 1]!
}
