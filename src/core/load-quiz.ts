import { formatIssue, validateQuiz, type ContentIssue } from './content-checks.ts'
import type { Quiz } from './quiz-schema.ts'

export type LoadQuizOptions = {
  /** How issues name the file, e.g. `questions/kim-putin-beijing/quiz.json`. Default `quiz.json`. */
  fileName?: string
}

/** A quiz file that failed the schema or a content check; `issues` says where and why. */
export class QuizInvalidError extends Error {
  override readonly name = 'QuizInvalidError'
  readonly issues: readonly ContentIssue[]

  constructor(issues: readonly ContentIssue[]) {
    const shown = issues.slice(0, 3).map(formatIssue).join('; ')
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''
    super(`invalid quiz: ${shown}${more}`)
    this.issues = issues
  }
}

/**
 * Turns a quiz file (parsed JSON, not yet trusted) and its article text into a `Quiz`, with
 * defaults applied and the article split into paragraphs. Runs the same checks as
 * `npm run check:questions`, so a quiz that loads has every evidence quote in its paragraph.
 *
 * @throws {QuizInvalidError} when the file fails the schema or any content check.
 */
export function loadQuiz(file: unknown, articleText: string, options: LoadQuizOptions = {}): Quiz {
  const { quiz, article, issues } = validateQuiz(file, articleText, options.fileName ?? 'quiz.json')
  if (quiz === null || issues.length > 0) throw new QuizInvalidError(issues)
  const { $schema: _schema, article: _articleFile, ...rest } = quiz
  return { ...rest, article }
}
