import { EMBED_HEIGHT, embedUrl, oembedUrl } from '../core/embed-urls.ts'
import type { Lang } from '../core/quiz-schema.ts'

/**
 * The copy-paste snippets for a published quiz, as README.md "Embed a quiz" shows them: script
 * tag, custom element, iframe with its resizer, and the oEmbed URL. A classroom quiz is served
 * only through assignments, so it gets the assignment's script tag and link instead.
 */

export type SnippetKind = 'script' | 'element' | 'iframe' | 'oembed' | 'assignment-script' | 'assignment-link'

export type Snippet = { kind: SnippetKind; code: string }

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

export function quizSnippets(origin: string, quizId: string, lang: Lang, title: string): Snippet[] {
  const id = attr(quizId)
  const page = embedUrl(origin, quizId, { lang })
  return [
    { kind: 'script', code: `<script src="${origin}/widget.js" data-quiz="${id}" data-lang="${lang}" async></script>` },
    { kind: 'element', code: `<fahm-quiz quiz="${id}" lang="${lang}"></fahm-quiz>\n<script src="${origin}/widget.js" async></script>` },
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
