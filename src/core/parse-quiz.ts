import { parseArticle } from './article.ts'
import { formatIssue, formatPath, type ContentIssue } from './content-issue.ts'
import { QuizFile, type Quiz } from './quiz-schema.ts'

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
 * A quiz file (parsed JSON, not yet trusted) and its article text as a `Quiz`: the schema parse with
 * its defaults, and the article split into paragraphs, without the content checks (`loadQuiz` runs
 * them). Only for sources checked already: the bundled catalog (`npm run check:questions` in CI).
 *
 * @throws {QuizInvalidError} when the file fails the schema.
 */
export function parseQuiz(file: unknown, articleText: string, fileName = 'quiz.json'): Quiz {
  const parsed = QuizFile.safeParse(file)
  if (!parsed.success) {
    throw new QuizInvalidError(parsed.error.issues.map((issue) => ({ check: 'schema', file: fileName, path: formatPath(issue.path), message: issue.message })))
  }
  const { $schema: _schema, article: _articleFile, ...rest } = parsed.data
  return { ...rest, article: parseArticle(articleText) }
}
