/**
 * What the drafter tells the person reviewing a draft: numbers it did not ask about and why,
 * and what the article lacked. Each note has a stable `code` (a studio shows it in its reader's
 * language) and an English `message` for developers.
 */

export const NOTE_MESSAGES = {
  label: 'A number used as a label or part of a name (an article, a route, a model), not a quantity: not asked.',
  'year-in-name': 'A year inside a name (an event, a plan): not asked.',
  'repeated-fact': 'The same fact stated again: asked once.',
  'not-a-quantity':
    'A number word that is no quantity ("one" as a pronoun, article or adjective: الواحدة; a fraction alone: the نصف of نصف النهائي, the first quarter): not asked. A part of a currency (45p, نصف دينار) is an amount.',
  'time-of-day': 'A time of day: not asked.',
  range: 'A range, not one value: not asked.',
  'number-in-heading': 'A number only a heading gives (a quote must come from a paragraph): not asked; ask it from the paragraph by hand if it matters.',
  'unread-number': 'A number the drafter could not read as a quantity: not asked; add a question by hand if it matters.',
  'currency-unknown':
    "Money in a currency word several countries use (dinars, riyals, dollars, pounds, rupees) in an article that names none of them nor a town of theirs, or in a currency a quiz has no code for (shillings, naira, rand): asked only in the article's words (a choice or a statement), never as a number to type, since its currency would be a guess (or is none a quiz has); give it its currency to ask it so.",
  'given-away':
    'A fact the title or another question shows, or a count its own sentence lists item by item (two of them, at Easton and Bedminster): its answer would be given away, so not asked.',
  opinion:
    "A figure in the writer's own view (في رأيي، في تقديري، أعتقد, I think, in my view) or in a view others hold (يرى كثيرون أن، يعتقد مسؤولون أن, The firm thinks, critics say): an opinion, not a fact the article reports: not asked.",
  'few-facts': 'The article holds the facts for fewer than 10 questions.',
  'question-limit':
    'The article holds more facts than its length allows questions for (one per 25 words, at least 10): the best ones, spread over the article, are asked.',
} as const

export type NoteCode = keyof typeof NOTE_MESSAGES

export type DraftNote = {
  code: NoteCode
  /** English, for developers; a studio shows its own text for `code`. */
  message: string
  /** The paragraph it is about (0 = lead), when it is about one. */
  paragraph?: number
  /** The article's words it is about, verbatim. */
  quote?: string
}

export function note(code: NoteCode, paragraph?: number, quote?: string): DraftNote {
  return {
    code,
    message: NOTE_MESSAGES[code],
    ...(paragraph !== undefined ? { paragraph } : {}),
    ...(quote !== undefined ? { quote } : {}),
  }
}
