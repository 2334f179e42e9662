import type { Lang } from '../core/langs.ts'
import type { EmbeddedQuiz } from './embed-quiz.ts'
import { SERVED_CATALOG } from './generated/served-catalog.ts'
import type { ServedQuiz } from './quiz-store.ts'

/**
 * The catalog's quizzes (`questions/`) as readers are served them, computed by `npm run build`
 * (scripts/build-served-catalog.ts) with the very code that serves them (quiz-store.ts, `quizTitle`)
 * and bundled as strings. A new isolate answers a reader's first request for a catalog quiz — the quiz
 * (routes/reader-quiz.ts) or its embed page (embed-quiz.ts) — from here, without parsing the quiz,
 * loading the quiz schema's zod or projecting it (`npm run bench` measures that first request).
 * tests/worker/served-catalog.test.ts holds every answer to the quiz routes' own.
 */

/** A language asked for, or `own`: none asked for. */
export type AskedLang = Lang | 'own'

/** One catalog quiz as it is served. */
export type ServedCatalogQuiz = {
  id: string
  /** The quiz's own language. */
  lang: Lang
  /** Whether it is public: a classroom quiz is served through its assignments only. */
  public: boolean
  /** The language served for each language asked for: the one asked for when the quiz has it, else its own. */
  servedLangs: Record<AskedLang, Lang>
  /** `GET /v1/quizzes/:quizId`'s body, ETag and language in each language it is served in. */
  served: Partial<Record<Lang, ServedQuiz>>
  /** The title an embed shows for each language asked for (`quizTitle`, src/core/localized.ts). */
  titles: Record<AskedLang, string>
}

const byId = new Map(SERVED_CATALOG.map((quiz) => [quiz.id, quiz]))

/** The catalog quiz with this id as it is served, or undefined when the catalog has none. */
export function servedCatalogQuiz(quizId: string): ServedCatalogQuiz | undefined {
  return byId.get(quizId)
}

/** What `GET /v1/quizzes/:quizId` serves of a catalog quiz for a language asked for. */
export function servedIn(quiz: ServedCatalogQuiz, asked: AskedLang): ServedQuiz {
  return quiz.served[quiz.servedLangs[asked]]!
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
  return quiz && (quiz.public ? { id: quiz.id, lang: quiz.lang, title: (lang) => quiz.titles[lang ?? 'own'] } : null)
}
