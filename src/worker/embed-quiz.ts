import { EMBED_THEMES, type EmbedOptions } from '../core/embed-urls.ts'
import { pickText, quizLangs, servedLang } from '../core/localized.ts'
import { isPublicQuiz, type Lang, type Quiz } from '../core/quiz-schema.ts'
import { getQuiz } from './quiz-store.ts'

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

/** The title in the language asked for when the quiz has it, else in its own (as the widget will show it). */
export const titleOf = (quiz: Quiz, lang: Lang | undefined) => pickText(quiz.title, servedLang(quizLangs(quiz), lang), quiz.lang)

export /** Embeds show public quizzes only: a classroom quiz is as unknown here as a missing one. */
async function publicQuiz(env: Env, quizId: string): Promise<Quiz | null> {
  const quiz = await getQuiz(env, quizId)
  return quiz && isPublicQuiz(quiz) ? quiz : null
}
