import { EMBED_THEMES, type EmbedOptions } from '../core/embed-urls.ts'
import { quizTitle } from '../core/localized.ts'
import type { Lang } from '../core/langs.ts'
import { lazyModule } from './lazy-modules.ts'
import { servedCatalogQuiz } from './served-catalog.ts'

// The store and the quiz schema (its zod) for a quiz the catalog does not have: imported on first use.
const quizStore = lazyModule(() => Promise.all([import('./quiz-store.ts'), import('../core/quiz-schema.ts')]))

/** What the embed page (routes/embed.ts) and its oEmbed description (routes/oembed.ts) both read of a quiz and a URL. */

/** The embed options in a query (`lang`, `mode`, `theme`); a value not allowed is left out. */
export function embedOptions(query: (name: string) => string | null | undefined): EmbedOptions {
  const lang = query('lang')
  const mode = query('mode')
  const theme = EMBED_THEMES.find((t) => t === query('theme'))
  return {
    lang: lang === 'ar' || lang === 'en' ? lang : undefined,
    mode: mode === 'all' || mode === 'one-at-a-time' ? mode : undefined,
    theme,
  }
}

/** What an embed shows of a quiz: its id, its own language and its title in the language asked for. */
export type EmbeddedQuiz = { id: string; lang: Lang; title: (lang: Lang | undefined) => string }

/**
 * The public quiz with this id as an embed shows it, or null. A catalog quiz is read from the served
 * catalog (served-catalog.ts), which the build computed with `quizTitle`, so an embed page's first
 * request does not parse it. Embeds show public quizzes only: a classroom quiz is as unknown here as a
 * missing one.
 */
export async function publicQuiz(env: Env, quizId: string): Promise<EmbeddedQuiz | null> {
  const fromCatalog = servedCatalogQuiz(quizId)
  if (fromCatalog) return fromCatalog.public ? { id: fromCatalog.id, lang: fromCatalog.lang, title: (lang) => fromCatalog.titles[lang ?? 'own'] } : null
  const [{ getQuiz }, { isPublicQuiz }] = await quizStore()
  const quiz = await getQuiz(env, quizId)
  return quiz && isPublicQuiz(quiz) ? { id: quiz.id, lang: quiz.lang, title: (lang) => quizTitle(quiz, lang) } : null
}
