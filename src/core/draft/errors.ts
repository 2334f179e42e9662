/**
 * The drafter's limits and errors, apart from the drafter itself: the Worker's route definition
 * and error handling read them without loading the drafter, which it imports on the first draft.
 */

/** The most words a draft is made of: a long feature; a book is refused. */
export const DRAFT_MAX_WORDS = 20_000
/** A quiz holds at most this many questions (the quiz schema's limit). */
export const DRAFT_MAX_QUESTIONS = 200
/** Below this many questions a draft says the article was thin on facts. */
export const DRAFT_TARGET_QUESTIONS = 10

/**
 * A whole number with its thousands separated by commas (20,000), for developer messages. Not
 * `toLocaleString`: that starts Intl, which costs a Worker's start-up ~200 ms when run at module level.
 */
export function withThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/gu, ',')
}

/** Why an article cannot be drafted. The Worker answers each with its own problem (422, or 413 when too long). */
export const DRAFT_ERRORS = {
  'article-empty': 'The article text is empty.',
  'article-binary': 'The article text is binary data (a file read as text), not writing.',
  'article-no-sentences': 'The article text has no sentences to ask about: paste the article itself, not a list of words or numbers.',
  'language-unsupported': 'The article is not in Arabic or English, the languages fahm drafts in.',
  'language-mismatch': 'The article is not in the language given in `lang`.',
  'article-too-long': `The article is longer than ${withThousands(DRAFT_MAX_WORDS)} words.`,
} as const

export type DraftErrorCode = keyof typeof DRAFT_ERRORS

export class DraftError extends Error {
  override readonly name = 'DraftError'
  readonly code: DraftErrorCode

  constructor(code: DraftErrorCode, detail: string = DRAFT_ERRORS[code]) {
    super(detail)
    this.code = code
  }
}
