import { validateQuiz } from './content-checks.ts'
import { parseQuiz, QuizInvalidError } from './parse-quiz.ts'
import type { Quiz } from './quiz-schema.ts'

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
