import { CONTENT_CHECKS, type ContentIssue, inCheckOrder } from './content-issue.ts'
import { languageIssues } from './language-checks.ts'
import { type QuizValidation, validateStructure } from './structure-checks.ts'

/**
 * Every content check of a quiz file: the schema and the structure checks (structure-checks.ts),
 * then the language checks (language-checks.ts), their issues in one order (CONTENT_CHECKS). What
 * `npm run check:questions`, the quiz loaders and the studio run; the app Worker runs the same two
 * halves, the second in the grader Worker (src/worker/routes/editor).
 */

export { CONTENT_CHECKS }
export type { QuizValidation }

/**
 * Validates a quiz file against the schema, then runs every content check on it. When the schema
 * rejects the file only schema issues are reported: the other checks need a well-formed quiz.
 */
export function validateQuiz(file: unknown, articleText: string, fileName: string): QuizValidation {
  const validation = validateStructure(file, articleText, fileName)
  if (validation.quiz === null) return validation
  return { ...validation, issues: inCheckOrder([...validation.issues, ...languageIssues(validation.quiz, fileName)]) }
}

/** Every problem in a quiz file and its article text; an empty array means the quiz is fine. */
export function checkQuiz(file: unknown, articleText: string, fileName: string): ContentIssue[] {
  return validateQuiz(file, articleText, fileName).issues
}
