import { EMBED_HEIGHT, embedUrl, oembedUrl, widgetRequests } from '../core/embed-urls.ts'
import type { Lang } from '../core/quiz-schema.ts'

/**
 * The copy-paste snippets for a published quiz, as docs/embed.md shows them: script tag and custom
 * element (each with the preloads of what widget.js loads first), iframe with its resizer, and the
 * oEmbed URL. A classroom quiz is served only through assignments, so it gets the assignment's
 * script tag and link instead.
 */

export type SnippetKind = 'script' | 'element' | 'iframe' | 'oembed' | 'assignment-script' | 'assignment-link'

export type Snippet = { kind: SnippetKind; code: string }

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/**
 * widget.js first (fetchpriority="high": an async script is otherwise fetched at low priority, and an
 * HTTP/1.1 browser holds it back behind the preloads), then links that start the quiz's and its
 * strings' requests beside it rather than after it has run. They are the very requests the widget
 * makes for the quiz in `lang` (same URL, CORS mode and credentials), so it takes the preloaded
 * responses and nothing loads twice (tests/e2e/embed.test.ts).
 */
function widgetTags(origin: string, quizId: string, lang: Lang, script: string): string {
  const { quiz, strings } = widgetRequests(quizId, lang)
  return (
    `<script src="${origin}/widget.js"${script} fetchpriority="high" async></script>\n` +
    `<link rel="preload" href="${origin}${attr(quiz)}" as="fetch" crossorigin>\n` +
    `<link rel="preload" href="${origin}${strings}" as="script">`
  )
}

export function quizSnippets(origin: string, quizId: string, lang: Lang, title: string): Snippet[] {
  const id = attr(quizId)
  const page = embedUrl(origin, quizId, { lang })
  return [
    { kind: 'script', code: widgetTags(origin, quizId, lang, ` data-quiz="${id}" data-lang="${lang}"`) },
    { kind: 'element', code: `<fahm-quiz quiz="${id}" lang="${lang}"></fahm-quiz>\n${widgetTags(origin, quizId, lang, '')}` },
    {
      kind: 'iframe',
      code: `<iframe src="${attr(page)}" data-fahm title="${attr(title)}" width="100%" height="${EMBED_HEIGHT}" frameborder="0" loading="lazy"></iframe>\n<script src="${origin}/embed-resizer.js" async></script>`,
    },
    { kind: 'oembed', code: oembedUrl(origin, page) },
  ]
}

export function assignmentSnippets(origin: string, code: string, lang: Lang): Snippet[] {
  return [
    { kind: 'assignment-link', code: new URL(`/a/${encodeURIComponent(code)}`, origin).href },
    {
      kind: 'assignment-script',
      code: `<script src="${origin}/widget.js" data-assignment="${attr(code)}" data-lang="${lang}" data-show-article async></script>`,
    },
  ]
}
