import { foldLetters } from './normalize.ts'
import { lookupWord } from './numbers-lexicon.ts'
import { findNumbers } from './numbers.ts'
import type { Question, Unit } from './quiz-schema.ts'
import { dimensionOf } from './units.ts'

/**
 * What an article measures in a unit, read from the evidence quotes of its quiz: rain, in «142
 * millimetres (5.6 inches) of rain» and «with 1,591 mm of rain». A numeric answer may name it (`118 mm
 * of rain`) when its question's quote sets the key apart, saying nothing itself of what it measures
 * («The previous January record in Cork, 118 mm, was set in 2014»): the article measures one thing in
 * that unit, and the answer repeats what it says. Only for lengths, masses, areas and volumes (a
 * percentage, a count or a sum measures anything), only when every quote that says what the unit
 * measures says the same thing, and never when the key's own quote writes a word next to it
 * («hailstones 30 mm across» measures hail, whatever the other quotes say of rain).
 */

type Numeric = Extract<Question, { type: 'numeric' }>

const MEASURES: ReadonlySet<string> = new Set(['length', 'mass', 'area', 'volume'])
// "of" before what is measured: `mm of rain`, «ملم من الأمطار».
const OF: ReadonlySet<string> = new Set(['of', 'من'].map(foldLetters))
// Marks that set a figure apart from the words around it: `Cork, 118 mm, was set`, `(118 mm)`, `— 118 mm —`.
const APART_BEFORE = /[,،(:—–]$/
const APART_AFTER = /[,،).;:—–]$/
const EDGE_MARKS = /^[«"“'‘(]+|[»"”'’),.;:!?؟،—–]+$/g
const GLUED = /^(\d[\d.,٫٬]*)(\p{L}+\S*)$/u

type Token = { word: string; raw: string }

function tokensOf(quote: string): Token[] {
  return quote
    .split(/\s+/)
    .filter((raw) => raw !== '')
    .flatMap((raw) => {
      const glued = GLUED.exec(raw)
      const parts = glued === null ? [raw] : [glued[1]!, glued[2]!]
      return parts.map((part) => ({ word: foldLetters(part.replace(EDGE_MARKS, '')), raw: part }))
    })
}

const isNumber = (t: Token | undefined) => t !== undefined && t.word !== '' && findNumbers(t.word).length === 1
function isUnit(t: Token | undefined, unit: Unit): boolean {
  const entry = t === undefined ? undefined : lookupWord(t.word)
  return entry?.k === 'noun' && entry.units.includes(unit)
}

/** What the quote says a figure in `unit` is of: `rain` of «142 millimetres (5.6 inches) of rain». */
function measuredIn(quote: string, unit: Unit): string[] {
  const tokens = tokensOf(quote)
  const found: string[] = []
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!isNumber(tokens[i]) || !isUnit(tokens[i + 1], unit)) continue
    let j = i + 2
    // The quote's own restatement in brackets: `(5.6 inches)`.
    if (tokens[j]?.raw.startsWith('(')) {
      const close = tokens.findIndex((t, k) => k >= j && k < j + 4 && t.raw.includes(')'))
      if (close < 0) continue
      j = close + 1
    }
    const noun = tokens[j + 1]
    if (OF.has(tokens[j]?.word ?? '') && noun !== undefined && /^\p{L}{3,}$/u.test(noun.word) && (lookupWord(noun.word) ?? null) === null) {
      found.push(noun.word)
    }
  }
  return found
}

/** True when the question's quote names its key in its unit set apart by marks, with no word next to it. */
function keyApart(question: Numeric): boolean {
  const tokens = tokensOf(question.evidence.quote)
  const key = question.answer
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!isNumber(tokens[i]) || findNumbers(tokens[i]!.word)[0] !== key.value || !isUnit(tokens[i + 1], key.unit)) continue
    const before = i === 0 || APART_BEFORE.test(tokens[i - 1]!.raw) || tokens[i]!.raw.startsWith('(')
    const after = i + 2 === tokens.length || APART_AFTER.test(tokens[i + 1]!.raw)
    return before && after
  }
  return false
}

const measured = new WeakMap<readonly Question[], Map<Question, string | null>>()

/**
 * What the article measures in the question's unit, as its quiz's quotes write it after «of»/«من»
 * (`rain`), when the question may be answered with it; null otherwise.
 */
export function measuredThing(question: Numeric, quiz: readonly Question[]): string | null {
  const unit = question.answer.unit
  if (quiz.length === 0 || unit === 'date' || !MEASURES.has(dimensionOf(unit))) return null
  let byQuestion = measured.get(quiz)
  if (byQuestion === undefined) measured.set(quiz, (byQuestion = new Map()))
  let thing = byQuestion.get(question)
  if (thing === undefined) {
    const things = new Set(quiz.flatMap((q) => measuredIn(q.evidence.quote, unit)))
    thing = things.size === 1 && keyApart(question) ? [...things][0]! : null
    byQuestion.set(question, thing)
  }
  return thing
}
