import { Hono } from 'hono'
import { html } from 'hono/html'
import { tryDecodeURIComponent } from 'hono/utils/url'
import { EMBED_HEIGHT, EMBED_WIDTH, embedUrl, oembedUrl, type EmbedOptions } from '../../core/embed-urls.ts'
import { pickText, quizLangs, servedLang } from '../../core/localized.ts'
import type { Lang, Quiz } from '../../core/quiz-schema.ts'
import { prefersHtml } from '../accept.ts'
import type { AppEnv } from '../app.ts'
import { problem } from '../problem.ts'
import { getQuiz } from '../quiz-store.ts'
import { isPublicQuiz } from '../../core/public-quiz.ts'

/**
 * The iframe embed and its oEmbed provider:
 * - `GET /embed/:quizId?lang=ar|en&mode=one-at-a-time|all` is a full page with the widget and the
 *   article; `/embed-frame.js` on it reports its height and the widget's events to the parent.
 *   `lang` is the page's and the widget's language (buttons, messages); the quiz's texts are in it
 *   when the quiz has it, else in their own. An unknown quiz is an HTML 404 page for a browser
 *   (`Accept` prefers text/html), else a problem.
 * - `GET /oembed?url=<embed url>&format=json` describes that page for oEmbed consumers, with the
 *   iframe and the resizer snippet (`/embed-resizer.js`) as `html`.
 * Every interpolated value goes through hono/html, which escapes it.
 */

function embedOptions(query: (name: string) => string | null | undefined): EmbedOptions {
  const lang = query('lang')
  const mode = query('mode')
  return {
    lang: lang === 'ar' || lang === 'en' ? lang : undefined,
    mode: mode === 'all' || mode === 'one-at-a-time' ? mode : undefined,
  }
}

/** The title in the language asked for when the quiz has it, else in its own (as the widget will show it). */
const titleOf = (quiz: Quiz, lang: Lang | undefined) => pickText(quiz.title, servedLang(quizLangs(quiz), lang), quiz.lang)

const PAGE_HEADERS = {
  // The page runs only our own scripts; styles come from constructable stylesheets, which 'self' allows.
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cache-Control': 'public, max-age=300',
}

/** Embeds show public quizzes only: a classroom quiz is as unknown here as a missing one. */
async function publicQuiz(env: Env, quizId: string): Promise<Quiz | null> {
  const quiz = await getQuiz(env, quizId)
  return quiz && isPublicQuiz(quiz) ? quiz : null
}

export const embed = new Hono<AppEnv>()
  .get('/embed/:quizId', async (c) => {
    const quizId = c.req.param('quizId')
    const options = embedOptions((n) => c.req.query(n))
    const quiz = await publicQuiz(c.env, quizId)
    const lang = options.lang ?? quiz?.lang ?? 'ar'
    const dir = lang === 'ar' ? 'rtl' : 'ltr'
    // Only the 404 differs by Accept: a person's browser gets a page, any other client a problem.
    c.header('Vary', 'Accept')
    if (!quiz) {
      if (!prefersHtml(c.req.header('Accept'))) {
        problem('quiz-not-found', `No quiz "${quizId.slice(0, 80)}".`, {
          extras: { quizId: quizId.slice(0, 80) },
          headers: { Vary: 'Accept', 'Cache-Control': 'no-store' },
        })
      }
      // The widget says it, styled as in any embed and in the page's language, and the frame sizes to it.
      return c.html(
        html`<!doctype html>
<html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>fahm</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"></head>
<body>
<script src="/embed-frame.js"></script>
<script src="/widget.js" data-quiz="${quizId.slice(0, 80)}" data-lang="${lang}"></script>
<noscript>${lang === 'ar' ? 'لا يوجد اختبار بهذا المعرّف.' : 'No quiz with this id.'}</noscript>
</body></html>`,
        404,
        { ...PAGE_HEADERS, 'Cache-Control': 'no-store' },
      )
    }
    const origin = new URL(c.req.url).origin
    const canonical = embedUrl(origin, quiz.id, options)
    const title = titleOf(quiz, options.lang)
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
</head>
<body>
<script src="/embed-frame.js"></script>
<script src="/widget-full.js" data-quiz="${quiz.id}" data-lang="${lang}" data-mode="${options.mode ?? 'one-at-a-time'}" data-show-article></script>
</body>
</html>`,
      200,
      PAGE_HEADERS,
    )
  })
  .get('/oembed', async (c) => {
    const raw = c.req.query('url')
    const format = c.req.query('format') ?? 'json'
    if (format !== 'json') {
      problem('format-not-implemented', `Only format=json is supported, not ${format.slice(0, 20)}.`, {
        extras: { errors: [{ path: 'format', message: 'must be json', in: 'query' }] },
      })
    }
    if (!raw) {
      problem('validation-failed', 'Give the URL of an embed page in the url query parameter.', {
        status: 400,
        extras: { errors: [{ path: 'url', message: 'required', in: 'query' }] },
      })
    }
    const origin = new URL(c.req.url).origin
    let target: URL | null = null
    try {
      target = new URL(raw)
    } catch {
      // Not a URL: answered as unknown below.
    }
    const match = target && target.host === new URL(origin).host ? /^\/embed\/([^/]+)\/?$/.exec(target.pathname) : null
    if (!target || !match) problem('not-found', 'This URL is not a fahm embed page (expected /embed/<quizId> on this host).')
    const quizId = tryDecodeURIComponent(match[1]!)
    const quiz = await publicQuiz(c.env, quizId)
    if (!quiz) problem('quiz-not-found', `No quiz "${quizId.slice(0, 80)}".`, { extras: { quizId: quizId.slice(0, 80) } })

    const options = embedOptions((n) => target.searchParams.get(n))
    const maxWidth = Number(c.req.query('maxwidth')) || Infinity
    const maxHeight = Number(c.req.query('maxheight')) || Infinity
    const width = Math.max(1, Math.floor(Math.min(EMBED_WIDTH, maxWidth)))
    const height = Math.max(1, Math.floor(Math.min(EMBED_HEIGHT, maxHeight)))
    const src = embedUrl(origin, quiz.id, options)
    const title = titleOf(quiz, options.lang)
    const snippet = await html`<iframe src="${src}" title="${title}" data-fahm width="100%" height="${height}" frameborder="0" loading="lazy"></iframe><script src="${origin}/embed-resizer.js" async></script>`
    c.header('Access-Control-Allow-Origin', '*')
    c.header('Cache-Control', 'public, max-age=300')
    return c.json({
      type: 'rich',
      version: '1.0',
      title,
      provider_name: 'fahm',
      provider_url: origin + '/',
      cache_age: 300,
      html: String(snippet),
      width,
      height,
    })
  })
