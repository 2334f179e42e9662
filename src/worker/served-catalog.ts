import { SERVED_CATALOG } from './generated/served-catalog.ts'
import type { ServedQuizRecord } from './served-quiz-record.ts'

/**
 * The catalog's quizzes (`questions/`) as readers are served them (served-quiz-record.ts), computed by
 * `npm run build` (scripts/build-served-catalog.ts) with the very code that serves them (quiz-store.ts)
 * and bundled as strings into the front Worker (src/front). A new isolate answers a reader's first
 * request for a catalog quiz — the quiz, its embed page, its oEmbed description — from here, without
 * parsing the quiz, loading the quiz schema's zod or projecting it (`npm run bench` measures that first
 * request). The app Worker serves the same quizzes from its store (reader-quizzes.ts) and does not
 * bundle this. tests/worker/served-catalog.test.ts holds every answer to the quiz routes' own.
 */

const byId = new Map(SERVED_CATALOG.map((quiz) => [quiz.id, quiz]))

/** The catalog quiz with this id as it is served, or undefined when the catalog has none. */
export function servedCatalogQuiz(quizId: string): ServedQuizRecord | undefined {
  return byId.get(quizId)
}
