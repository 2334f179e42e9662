import { findNumbers } from './numbers.ts'
import type { Question } from './quiz-schema.ts'

/**
 * A verdict's reason may cite the question's figures (`غلط، 85 وكيل مش 58`, `true, Rs 9 crore`), never
 * figures of its own: when the statement judged (the prompt), the quote or the explanation states figures,
 * a reason with a number none of them holds says something the article does not (`صح، 7 أيام` for a wave
 * that lasted 9 days, `false, 28 boats` for 38), and the answer is wrong whatever its verdict. A figure
 * may be cited without its scale word (`4.2 مليون مش 5.2` for 5.2 million). A question whose texts state
 * no figure (opening hours said as ordinals: «من العاشرة صباحا») leaves its reasons unchecked, as the
 * grader cannot see the rest of the article.
 */

type BooleanQuestion = Extract<Question, { type: 'boolean' }>

const figuresOf = new WeakMap<BooleanQuestion, readonly number[]>()

/** The figures of the question's own texts: its prompt in each language, its quote and its explanation. */
function questionFigures(question: BooleanQuestion): readonly number[] {
  let figures = figuresOf.get(question)
  if (!figures) {
    const texts = [...Object.values(question.prompt), question.evidence.quote, ...Object.values(question.explanation)]
    figures = texts.flatMap((text) => (typeof text === 'string' ? findNumbers(text) : []))
    figuresOf.set(question, figures)
  }
  return figures
}

// «صح 100%», `100 per cent true`: an intensifier, no figure.
const FULLY = /(?:^|\s)(?:100|١٠٠|مية|مئة|مائة|hundred)\s*(?:%|٪|بالمي[هة]|بالمئة|بالمائة|في المي[هة]|في المئة|في المائة|percent|per cent)/giu
// A scale word a reader leaves out when the figure is plain from the statement: thousand, million, billion.
const SCALES = [1, 1e3, 1e6, 1e9, 1e12]
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b))

/** True when the answer cites a figure the question's texts do not hold, while they hold some. */
export function citesOtherFigures(question: BooleanQuestion, answer: string): boolean {
  if (!/\p{N}|\p{L}/u.test(answer)) return false
  const figures = questionFigures(question)
  if (figures.length === 0) return false
  const cited = findNumbers(answer.replace(FULLY, ' '))
  return cited.some((n) => !figures.some((f) => SCALES.some((scale) => same(n * scale, f))))
}
