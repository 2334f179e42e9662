import { EMBED_THEMES, type EmbedOptions } from '../core/embed-urls.ts'
import type { Lang } from '../core/langs.ts'

/** What the embed page (embed-page.ts) and its oEmbed description (routes/oembed.ts) both read of a quiz and a URL. */

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
