import { parseArticle } from './article.ts'
import { formatIssue, formatPath, validateQuiz, type ContentIssue } from './content-checks.ts'
import { QuizFile, type Quiz } from './quiz-schema.ts'

export type LoadQuizOptions = {
  /** How issues name the file, e.g. `questions/kim-putin-beijing/quiz.json`. Default `quiz.json`. */
  fileName?: string
  /**
   * `false` skips the content checks and only parses: schema (with defaults) and article split,
   * about 8× cheaper. Only for sources already checked: the bundled catalog (`npm run
   * check:questions` in CI) and quizzes stored by the editor (checked on write). Default `true`.
   */
  checks?: boolean
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
 * `npm run check:questions`, so a quiz that loads has every evidence quote in its paragraph,
 * unless `checks: false` says the source was checked already.
 *
 * @throws {QuizInvalidError} when the file fails the schema or any content check.
 */
export function loadQuiz(file: unknown, articleText: string, options: LoadQuizOptions = {}): Quiz {
  const fileName = options.fileName ?? 'quiz.json'
  if (options.checks === false) return parseQuiz(file, articleText, fileName)
  const { quiz, article, issues } = validateQuiz(file, articleText, fileName)
  if (quiz === null || issues.length > 0) throw new QuizInvalidError(issues)
  const { $schema: _schema, article: _articleFile, ...rest } = quiz
  return { ...rest, article }
}

/** The schema parse alone (`checks: false`); a file that fails it still throws `QuizInvalidError`. */
function parseQuiz(file: unknown, articleText: string, fileName: string): Quiz {
  const parsed = QuizFile.safeParse(file)
  if (!parsed.success) {
    throw new QuizInvalidError(parsed.error.issues.map((issue) => ({ check: 'schema', file: fileName, path: formatPath(issue.path), message: issue.message })))
  }
  const { $schema: _schema, article: _articleFile, ...rest } = parsed.data
  return { ...rest, article: parseArticle(articleText) }
}
