import { ID_MAX_LENGTH } from '../../core/quiz-ids.ts'
import { Hono } from 'hono'
import { html } from 'hono/html'
import { embedUrl, oembedUrl, widgetRequests } from '../../core/embed-urls.ts'
import { prefersHtml } from '../accept.ts'
import type { AppEnv } from '../app.ts'
import { embedOptions, publicQuiz } from '../embed-quiz.ts'
import { problem } from '../problem.ts'

/**
 * The iframe embed: `GET /embed/:quizId?lang=ar|en&mode=one-at-a-time|all&theme=auto|light|dark` is
 * a full page with the widget and the article; `/embed-frame.js` on it reports its height and the
 * widget's events to the parent. `lang` is the page's and the widget's language (buttons, messages);
 * the quiz's texts are in it when the quiz has it, else in their own. An unknown quiz is an HTML 404
 * page for a browser (`Accept` prefers text/html), else a problem. Its oEmbed description is
 * routes/oembed.ts. Every interpolated value goes through hono/html, which escapes it.
 */

const PAGE_HEADERS = {
  // The page runs only our own scripts; styles come from constructable stylesheets, which 'self' allows.
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cache-Control': 'public, max-age=300',
}

export const embed = new Hono<AppEnv>()

embed.get('/embed/:quizId', async (c) => {
  const quizId = c.req.param('quizId')
  const options = embedOptions((n) => c.req.query(n))
  const quiz = await publicQuiz(c.env, quizId)
  const lang = options.lang ?? quiz?.lang ?? 'ar'
  const dir = lang === 'ar' ? 'rtl' : 'ltr'
  // Only the 404 differs by Accept: a person's browser gets a page, any other client a problem.
  c.header('Vary', 'Accept')
  if (!quiz) {
    if (!prefersHtml(c)) {
      problem('quiz-not-found', `No quiz "${quizId.slice(0, ID_MAX_LENGTH)}".`, {
        extras: { quizId: quizId.slice(0, ID_MAX_LENGTH) },
        headers: { Vary: 'Accept', 'Cache-Control': 'no-store' },
      })
    }
    // The widget says it, styled as in any embed and in the page's language, and the frame sizes to it.
    return c.html(
      html`<!doctype html>
<html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>fahm</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"></head>
<body>
<script src="/embed-frame.js"></script>
<script src="/widget.js" data-quiz="${quizId.slice(0, ID_MAX_LENGTH)}" data-lang="${lang}"></script>
<noscript>${lang === 'ar' ? 'لا يوجد اختبار بهذا المعرّف.' : 'No quiz with this id.'}</noscript>
</body></html>`,
      404,
      { ...PAGE_HEADERS, 'Cache-Control': 'no-store' },
    )
  }
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
    PAGE_HEADERS,
  )
})
