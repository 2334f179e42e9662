import { quizTitle } from '../core/localized.ts'
import type { EmbeddedQuiz } from './embed-quiz.ts'
import { lazyModule } from './lazy-modules.ts'
import type { ServedQuiz } from './quiz-store.ts'
import { type AskedLang, catalogEmbeddedQuiz, catalogServedQuiz } from './served-catalog.ts'

/**
 * A public quiz as readers get it: what `GET /v1/quizzes/:quizId` serves (routes/reader-quiz.ts) and
 * what an embed shows of it (routes/embed.ts, routes/oembed.ts). A catalog quiz comes from the served
 * catalog (served-catalog.ts), which the build computed with the store's own code, so a new isolate's
 * first request for it parses nothing; another from the store. A catalog quiz wins an id clash, as in
 * the store; a classroom quiz is as unknown here as a missing one.
 */

// The store and the quiz schema (its zod), for a quiz the catalog does not have: imported on first use.
const quizStore = lazyModule(() => Promise.all([import('./quiz-store.ts'), import('../core/quiz-schema.ts')]))

/** What a reader is served of the public quiz with this id in a language asked for, or null. */
export async function servedToReader(env: Env, quizId: string, asked: AskedLang): Promise<ServedQuiz | null> {
  const fromCatalog = catalogServedQuiz(quizId, asked)
  if (fromCatalog !== undefined) return fromCatalog
  const [{ getQuiz, servedQuiz }, { isPublicQuiz }] = await quizStore()
  const quiz = await getQuiz(env, quizId)
  return quiz && isPublicQuiz(quiz) ? servedQuiz(quiz, asked === 'own' ? undefined : asked) : null
}

/** The public quiz with this id as an embed shows it, or null. */
export async function publicQuiz(env: Env, quizId: string): Promise<EmbeddedQuiz | null> {
  const fromCatalog = catalogEmbeddedQuiz(quizId)
  if (fromCatalog !== undefined) return fromCatalog
  const [{ getQuiz }, { isPublicQuiz }] = await quizStore()
  const quiz = await getQuiz(env, quizId)
  return quiz && isPublicQuiz(quiz) ? { id: quiz.id, lang: quiz.lang, title: (lang) => quizTitle(quiz, lang) } : null
}
