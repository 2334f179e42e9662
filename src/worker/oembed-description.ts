import type { Context, HonoRequest } from 'hono'
import { html } from 'hono/html'
import { tryDecodeURIComponent } from 'hono/utils/url'
import { EMBED_HEIGHT, EMBED_WIDTH, embedUrl } from '../core/embed-urls.ts'
import { type EmbeddedQuiz, embedOptions } from './embed-quiz.ts'

/**
 * The oEmbed description of an embed page, without the route's query schema: what `GET /oembed`
 * answers (routes/oembed.ts validates the query and answers its problems) and what the front Worker
 * answers itself for a quiz it has as served (src/front), so that a newsroom's CMS asking for a link's
 * description does not start the app.
 */

/** How long an oEmbed consumer may cache a description, in seconds (`cache_age`, `Cache-Control`). */
const CACHE_SECONDS = 300

/** An embed page's URL on this host, read: the URL and its quiz id; null for any other URL. */
export type EmbedTarget = { url: URL; quizId: string }

/** The embed page `raw` names on `origin`'s host (`/embed/{quizId}`, one trailing slash allowed), or null. */
export function embedTarget(raw: string, origin: string): EmbedTarget | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  const match = url.host === new URL(origin).host ? /^\/embed\/([^/]+)\/?$/.exec(url.pathname) : null
  return match ? { url, quizId: tryDecodeURIComponent(match[1]!) } : null
}

/** The size bounds a consumer asks for (`maxwidth`, `maxheight`): a value that is not a positive number sets none. */
export type OEmbedBounds = { maxwidth?: string; maxheight?: string }

/**
 * The query of a `GET /oembed` that routes/oembed.ts's schema takes and that asks for JSON, read as
 * its validator reads it (`queries()`), or null: `url` once and not empty, `format` at most once and
 * `json`, each bound at most once (a repeated one is an array, which the schema refuses). Other
 * names are ignored, as the schema ignores them. The front Worker answers such a query itself when
 * its URL names a quiz it has as served, and hands any other to the app, which answers its problems.
 */
export function plainOEmbedQuery(req: HonoRequest): ({ url: string } & OEmbedBounds) | null {
  const once = (name: string): string | undefined | null => {
    const values = req.queries(name)
    return values === undefined ? undefined : values.length === 1 ? values[0]! : null
  }
  const url = once('url')
  const format = once('format')
  const maxwidth = once('maxwidth')
  const maxheight = once('maxheight')
  if (!url || (format !== undefined && format !== 'json') || maxwidth === null || maxheight === null) return null
  return { url, maxwidth, maxheight }
}

/**
 * The oEmbed 1.0 JSON (`type: "rich"`) of `quiz`'s embed page at `target`: the iframe, `width` wide
 * (`maxwidth` caps it; the resizer snippet fits it to a narrower container), with the URL's `lang`,
 * `mode` and `theme` carried over to its `src`.
 */
export async function oembedDescription(c: Context, quiz: EmbeddedQuiz, target: EmbedTarget, { maxwidth, maxheight }: OEmbedBounds) {
  const origin = new URL(c.req.url).origin
  const options = embedOptions((name) => target.url.searchParams.get(name))
  const width = Math.max(1, Math.floor(Math.min(EMBED_WIDTH, Number(maxwidth) || Infinity)))
  const height = Math.max(1, Math.floor(Math.min(EMBED_HEIGHT, Number(maxheight) || Infinity)))
  const src = embedUrl(origin, quiz.id, options)
  const title = quiz.title(options.lang)
  // No inline style: a host page's CSP may forbid it.
  const snippet =
    await html`<iframe src="${src}" title="${title}" data-fahm width="${width}" height="${height}" frameborder="0" loading="lazy"></iframe><script src="${origin}/embed-resizer.js" async></script>`
  c.header('Access-Control-Allow-Origin', '*')
  c.header('Cache-Control', `public, max-age=${CACHE_SECONDS}`)
  return c.json(
    {
      type: 'rich' as const,
      version: '1.0' as const,
      title,
      provider_name: 'fahm',
      provider_url: origin + '/',
      cache_age: CACHE_SECONDS,
      html: String(snippet),
      width,
      height,
    },
    200,
  )
}
