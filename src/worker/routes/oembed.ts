import { ID_MAX_LENGTH } from '../../core/quiz-ids.ts'
import { createRoute, z } from '@hono/zod-openapi'
import { html } from 'hono/html'
import { tryDecodeURIComponent } from 'hono/utils/url'
import { EMBED_HEIGHT, EMBED_WIDTH, embedUrl } from '../../core/embed-urls.ts'
import { createRouter } from '../app.ts'
import { embedOptions } from '../embed-quiz.ts'
import { publicQuiz } from '../reader-quizzes.ts'
import { problem, PROBLEM_CONTENT_TYPE } from '../problem.ts'
import { problemResponses, ProblemSchema } from '../problem-schema.ts'

/**
 * The oEmbed provider of the embed pages (routes/embed.ts): `GET /oembed?url=<embed url>&format=json`
 * describes that page for oEmbed consumers, with the iframe and the resizer snippet
 * (`/embed-resizer.js`) as `html`. The iframe is `width` wide (`maxwidth` caps it) and shrinks with a
 * narrower container; the embed URL's `lang`, `mode` and `theme` carry over to its `src`.
 */

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

export const oembed = createRouter()

oembed.openapi(oembedRoute, async (c) => {
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
  if (!quiz) problem('quiz-not-found', `No quiz "${quizId.slice(0, ID_MAX_LENGTH)}".`, { extras: { quizId: quizId.slice(0, ID_MAX_LENGTH) } })

  const options = embedOptions((n) => target.searchParams.get(n))
  const width = Math.max(1, Math.floor(Math.min(EMBED_WIDTH, Number(maxwidth) || Infinity)))
  const height = Math.max(1, Math.floor(Math.min(EMBED_HEIGHT, Number(maxheight) || Infinity)))
  const src = embedUrl(origin, quiz.id, options)
  const title = quiz.title(options.lang)
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
