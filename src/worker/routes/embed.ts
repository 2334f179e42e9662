import { createRoute, z } from '@hono/zod-openapi'
import { html } from 'hono/html'
import { tryDecodeURIComponent } from 'hono/utils/url'
import { EMBED_HEIGHT, EMBED_THEMES, EMBED_WIDTH, embedUrl, oembedUrl, widgetRequests, type EmbedOptions } from '../../core/embed-urls.ts'
import { pickText, quizLangs, servedLang } from '../../core/localized.ts'
import { isPublicQuiz, type Lang, type Quiz } from '../../core/quiz-schema.ts'
import { prefersHtml } from '../accept.ts'
import { createRouter } from '../app.ts'
import { problem, problemResponses, PROBLEM_CONTENT_TYPE, ProblemSchema } from '../problem.ts'
import { getQuiz } from '../quiz-store.ts'

/**
 * The iframe embed and its oEmbed provider:
 * - `GET /embed/:quizId?lang=ar|en&mode=one-at-a-time|all` is a full page with the widget and the
 *   article; `/embed-frame.js` on it reports its height and the widget's events to the parent.
 *   `lang` is the page's and the widget's language (buttons, messages); the quiz's texts are in it
 *   when the quiz has it, else in their own. An unknown quiz is an HTML 404 page for a browser
 *   (`Accept` prefers text/html), else a problem.
 * - `GET /oembed?url=<embed url>&format=json` describes that page for oEmbed consumers, with the
 *   iframe and the resizer snippet (`/embed-resizer.js`) as `html`. The iframe is `width` wide
 *   (`maxwidth` caps it) and shrinks with a narrower container; the embed URL's `lang`, `mode` and
 *   `theme` carry over to its `src`.
 * Every interpolated value goes through hono/html, which escapes it.
 */

function embedOptions(query: (name: string) => string | null | undefined): EmbedOptions {
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

/** A positive pixel size in the query; anything else (missing, 0, not a number) sets no bound. */
const PixelBound = z.string().optional().openapi({ description: 'A bound in CSS pixels; a value that is not a positive number is ignored.', example: '300' })

const OEmbedQuery = z.object({
  url: z.string().min(1).openapi({ description: 'The embed page’s URL (`/embed/{quizId}` on this host, with its `lang`, `mode` and `theme`).' }),
  format: z.string().optional().openapi({ description: 'Only `json` (the default); any other answers 501.', example: 'json' }),
  maxwidth: PixelBound,
  maxheight: PixelBound,
})

const OEmbedResponse = z
  .object({
    type: z.literal('rich'),
    version: z.literal('1.0'),
    title: z.string(),
    provider_name: z.string(),
    provider_url: z.url(),
    cache_age: z.number().int(),
    html: z.string().openapi({ description: 'The iframe and the resizer script.' }),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  })
  .openapi('OEmbed')

const oembedRoute = createRoute({
  method: 'get',
  path: '/oembed',
  summary: 'oEmbed provider',
  description: 'oEmbed 1.0 JSON (`type: "rich"`) for an embed page (`?url=`), with the iframe HTML, sized by `maxwidth`/`maxheight`.',
  request: { query: OEmbedQuery },
  responses: {
    200: { description: 'The oEmbed description', content: { 'application/json': { schema: OEmbedResponse } } },
    ...problemResponses(400),
    404: { description: 'The URL is not an embed page of this host, or names no public quiz', content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } },
    501: { description: 'A `format` other than `json` (`format-not-implemented`)', content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } },
  },
})

export const embed = createRouter()

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

embed.openapi(oembedRoute, async (c) => {
  const { url: raw, format = 'json', maxwidth, maxheight } = c.req.valid('query')
  if (format !== 'json') {
    problem('format-not-implemented', `Only format=json is supported, not ${format.slice(0, 20)}.`, {
      extras: { errors: [{ path: 'format', message: 'must be json', in: 'query' }] },
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
  const width = Math.max(1, Math.floor(Math.min(EMBED_WIDTH, Number(maxwidth) || Infinity)))
  const height = Math.max(1, Math.floor(Math.min(EMBED_HEIGHT, Number(maxheight) || Infinity)))
  const src = embedUrl(origin, quiz.id, options)
  const title = titleOf(quiz, options.lang)
  // `width` wide; the resizer fits it to its container up to that width. No inline style: a host page's CSP may forbid it.
  const snippet =
    await html`<iframe src="${src}" title="${title}" data-fahm width="${width}" height="${height}" frameborder="0" loading="lazy"></iframe><script src="${origin}/embed-resizer.js" async></script>`
  c.header('Access-Control-Allow-Origin', '*')
  c.header('Cache-Control', 'public, max-age=300')
  return c.json(
    {
      type: 'rich' as const,
      version: '1.0' as const,
      title,
      provider_name: 'fahm',
      provider_url: origin + '/',
      cache_age: 300,
      html: String(snippet),
      width,
      height,
    },
    200,
  )
})
