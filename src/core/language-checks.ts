import { findGiveaways } from './giveaways.ts'
import { numericAnswerInEvidence } from './numeric-evidence.ts'
import type { QuizFile } from './quiz-schema.ts'
import type { ContentFinding, ContentIssue } from './content-issue.ts'

/**
 * The content checks that read a quiz's language: the numbers, units, dates and names of its keys,
 * with the grader's lexicons. They run on a quiz the schema accepted (structure-checks.ts), where the
 * grader runs: in the grader Worker for the app (src/grader), beside the structure checks elsewhere
 * (content-checks.ts).
 */

type LanguageCheck = (quiz: QuizFile) => ContentFinding[]

/** The language checks, in the order they report (CONTENT_CHECKS). */
export const LANGUAGE_CHECKS: Record<string, LanguageCheck> = {
  'numeric-answer-in-evidence': (quiz) => quiz.questions.flatMap(numericAnswerInEvidence),
  'answer-not-given-away': (quiz) => answerNotGivenAway(quiz),
}

/** Every issue the language checks find in a quiz the schema accepted, in check order (LANGUAGE_CHECKS' own). */
export function languageIssues(quiz: QuizFile, fileName: string): ContentIssue[] {
  return Object.entries(LANGUAGE_CHECKS).flatMap(([check, run]) => run(quiz).map((finding) => ({ check, file: fileName, ...finding })))
}

/**
 * No question's key (its number, name, right choice or accepted answer) may be shown before it is
 * answered: in the title, in another question's prompt or choices, or in its own prompt
 * (`giveaways.ts` says how loosely it is matched).
 */
function answerNotGivenAway(quiz: QuizFile): ContentFinding[] {
  return findGiveaways(quiz).map(({ question, path, shown }) => {
    const q = quiz.questions[question]!
    const own = path.startsWith(`questions[${question}].`)
    const whose = own ? 'its own answer' : `the answer of questions[${question}] ("${q.id}")`
    return { path, message: `gives away ${whose}: ${JSON.stringify(shown)}; reword it, or choose other choices` }
  })
}
