import type { Lang } from '../core/langs.ts'
import type { EmbeddedQuiz } from './embed-quiz.ts'
import type { ServedQuiz } from './quiz-store.ts'

/**
 * A quiz as readers are served it, every language asked for at once: what `GET /v1/quizzes/:quizId`
 * serves and what an embed shows of it, computed once by the store's own code (`servedQuizRecord`,
 * quiz-store.ts). The served catalog is one per catalog quiz, written at build time
 * (served-catalog.ts); the store keeps one per public authored quiz's current version, written by
 * the app when it serves it (db/served-quizzes.ts). The front Worker answers readers from both
 * without the app.
 */

/** A language asked for, or `own`: none asked for. */
export type AskedLang = Lang | 'own'

/** One quiz as it is served. */
export type ServedQuizRecord = {
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

/** What `GET /v1/quizzes/:quizId` serves of the quiz for a language asked for. */
export function servedIn(record: ServedQuizRecord, asked: AskedLang): ServedQuiz {
  return record.served[record.servedLangs[asked]]!
}

/** What an embed shows of the quiz. */
export function embeddedQuiz(record: ServedQuizRecord): EmbeddedQuiz {
  return { id: record.id, lang: record.lang, title: (lang) => record.titles[lang ?? 'own'] }
}
