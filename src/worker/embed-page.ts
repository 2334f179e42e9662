import type { Context } from 'hono'
import { html } from 'hono/html'
import { type EmbedOptions, embedUrl, oembedUrl, widgetRequests } from '../core/embed-urls.ts'
import type { EmbeddedQuiz } from './embed-quiz.ts'

/**
 * The iframe embed's page of a quiz (`GET /embed/:quizId`): the widget with the article, in the
 * language asked for, styled as asked; `/embed-frame.js` on it reports its height and the widget's
 * events to the parent. Served by the app (routes/embed.ts, which also answers an unknown quiz) and
 * by the front Worker (src/front) for a quiz it has as served (a catalog quiz, a stored record). Every interpolated value goes through
 * hono/html, which escapes it.
 */

/** The headers of the embed's pages, its 404 page's included. */
export const EMBED_PAGE_HEADERS = {
  // The page runs only our own scripts; styles come from constructable stylesheets, which 'self' allows.
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cache-Control': 'public, max-age=300',
  // An unknown quiz's answer differs by Accept (a page for a browser, else a problem): so may the page's URL.
  Vary: 'Accept',
}

/** The embed page of `quiz` with `options` (routes/embed.ts reads them from the query). */
export function embedPage(c: Context, quiz: EmbeddedQuiz, options: EmbedOptions): Response | Promise<Response> {
  const lang = options.lang ?? quiz.lang
  const dir = lang === 'ar' ? 'rtl' : 'ltr'
  const origin = new URL(c.req.url).origin
  const canonical = embedUrl(origin, quiz.id, options)
  const title = quiz.title(options.lang)
  // The quiz and its strings load beside embed-frame.js and widget-full.js, not after them: the
  // very requests the widget makes (src/core/embed-urls.ts), so it takes these responses.
  const preload = widgetRequests(quiz.id, lang)
  return c.html(
    html`<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — fahm</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="canonical" href="${canonical}">
<link rel="alternate" type="application/json+oembed" href="${oembedUrl(origin, canonical)}" title="${title}">
<link rel="preload" href="${preload.quiz}" as="fetch" crossorigin>
<link rel="preload" href="${preload.strings}" as="script">
</head>
<body>
<script src="/embed-frame.js"></script>
<main><script src="/widget-full.js" data-quiz="${quiz.id}" data-lang="${lang}" data-mode="${options.mode ?? 'one-at-a-time'}" data-theme="${options.theme ?? 'auto'}" data-show-article></script></main>
</body>
</html>`,
    200,
    EMBED_PAGE_HEADERS,
  )
}
