import type { Lang } from './quiz-schema.ts'

/**
 * The URLs of a quiz's iframe embed and of its oEmbed description: one definition for the Worker
 * (which serves them) and the studio (which hands out the snippets).
 */

/** Default size of the iframe before the resizer takes over (and the oEmbed width/height). */
export const EMBED_WIDTH = 720
export const EMBED_HEIGHT = 1080

export const EMBED_THEMES = ['auto', 'light', 'dark'] as const

export type EmbedOptions = { lang?: Lang; mode?: 'one-at-a-time' | 'all'; theme?: (typeof EMBED_THEMES)[number] }

/** The canonical URL of a quiz's embed page on `origin`, with only the options that are set. */
export function embedUrl(origin: string, quizId: string, options: EmbedOptions): string {
  const url = new URL(`/embed/${encodeURIComponent(quizId)}`, origin)
  if (options.lang) url.searchParams.set('lang', options.lang)
  if (options.mode) url.searchParams.set('mode', options.mode)
  if (options.theme) url.searchParams.set('theme', options.theme)
  return url.href
}

/**
 * What the widget fetches first for quiz `quizId` in `lang` (its `data-lang`), as paths on the server
 * widget.js came from: the quiz (src/widget/api.ts, a CORS fetch) and its strings and styles
 * (src/widget/strings.ts, a script). Preloading these very URLs starts them beside widget.js
 * instead of after it has run.
 */
export function widgetRequests(quizId: string, lang: Lang): { quiz: string; strings: string } {
  return { quiz: `/v1/quizzes/${encodeURIComponent(quizId)}?lang=${lang}`, strings: `/widget-ui.${lang}.js` }
}

/** The oEmbed endpoint's URL describing the embed page `url`. */
export function oembedUrl(origin: string, url: string): string {
  const u = new URL('/oembed', origin)
  u.searchParams.set('url', url)
  u.searchParams.set('format', 'json')
  return u.href
}
