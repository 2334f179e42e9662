import type { EmbeddedQuiz } from './embed-quiz.ts'
import { SERVED_CATALOG } from './generated/served-catalog.ts'
import type { ServedQuiz } from './quiz-store.ts'
import { type AskedLang, embeddedQuiz, type ServedQuizRecord, servedIn } from './served-quiz-record.ts'

/**
 * The catalog's quizzes (`questions/`) as readers are served them (served-quiz-record.ts), computed by
 * `npm run build` (scripts/build-served-catalog.ts) with the very code that serves them (quiz-store.ts)
 * and bundled as strings. A new isolate answers a reader's first request for a catalog quiz — the quiz
 * (routes/reader-quiz.ts) or its embed page (embed-quiz.ts) — from here, without parsing the quiz,
 * loading the quiz schema's zod or projecting it (`npm run bench` measures that first request).
 * tests/worker/served-catalog.test.ts holds every answer to the quiz routes' own.
 */

const byId = new Map(SERVED_CATALOG.map((quiz) => [quiz.id, quiz]))

/** The catalog quiz with this id as it is served, or undefined when the catalog has none. */
export function servedCatalogQuiz(quizId: string): ServedQuizRecord | undefined {
  return byId.get(quizId)
}

/**
 * What a reader is served of the catalog quiz with this id in a language asked for: null for a catalog
 * quiz that is not public (served through its assignments only), undefined when the catalog has none.
 */
export function catalogServedQuiz(quizId: string, asked: AskedLang): ServedQuiz | null | undefined {
  const quiz = byId.get(quizId)
  return quiz && (quiz.public ? servedIn(quiz, asked) : null)
}

/** What an embed shows of the catalog quiz with this id: null when it is not public, undefined when the catalog has none. */
export function catalogEmbeddedQuiz(quizId: string): EmbeddedQuiz | null | undefined {
  const quiz = byId.get(quizId)
  return quiz && (quiz.public ? embeddedQuiz(quiz) : null)
}
