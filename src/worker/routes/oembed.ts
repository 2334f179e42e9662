import { ID_MAX_LENGTH } from '../../core/quiz-ids.ts'
import * as z from '../../core/zod.ts'
import { createRoute } from '../api-router.ts'
import { openapi } from '../openapi-metadata.ts'
import { createRouter } from '../app.ts'
import { embedTarget, oembedDescription } from '../oembed-description.ts'
import { executionContext } from '../execution-context.ts'
import { publicQuiz } from '../reader-quizzes.ts'
import { problem, PROBLEM_CONTENT_TYPE } from '../problem.ts'
import { problemResponses, ProblemSchema } from '../problem-schema.ts'

/**
 * The oEmbed provider of the embed pages (routes/embed.ts): `GET /oembed?url=<embed url>&format=json`
 * describes that page for oEmbed consumers (oembed-description.ts), with the iframe and the resizer
 * snippet (`/embed-resizer.js`) as `html`. Here: the query's schema and its problems.
 */

/** A positive pixel size in the query; anything else (missing, 0, not a number) sets no bound. */
const PixelBound = openapi(z.optional(z.string()), { description: 'A bound in CSS pixels; a value that is not a positive number is ignored.', example: '300' })

const OEmbedQuery = z.object({
  url: openapi(z.string().check(z.minLength(1)), {
    description: 'The embed page’s URL (`/embed/{quizId}` on this host, with its `lang`, `mode` and `theme`).',
  }),
  format: openapi(z.optional(z.string()), { description: 'Only `json` (the default); any other answers 501.', example: 'json' }),
  maxwidth: PixelBound,
  maxheight: PixelBound,
})

const OEmbedResponse = openapi(
  z.object({
    type: z.literal('rich'),
    version: z.literal('1.0'),
    title: z.string(),
    provider_name: z.string(),
    provider_url: z.url(),
    cache_age: z.number().check(z.int()),
    html: openapi(z.string(), { description: 'The iframe and the resizer script.' }),
    width: z.number().check(z.int(), z.positive()),
    height: z.number().check(z.int(), z.positive()),
  }),
  'OEmbed',
)

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
  const { url, format = 'json', maxwidth, maxheight } = c.req.valid('query')
  if (format !== 'json') {
    problem('format-not-implemented', `Only format=json is supported, not ${format.slice(0, 20)}.`, {
      extras: { errors: [{ path: 'format', message: 'must be json', in: 'query' }] },
    })
  }
  const target = embedTarget(url, new URL(c.req.url).origin)
  if (!target) problem('not-found', 'This URL is not a fahm embed page (expected /embed/<quizId> on this host).')
  const quiz = await publicQuiz(c.env, target.quizId, executionContext(c))
  if (!quiz) problem('quiz-not-found', `No quiz "${target.quizId.slice(0, ID_MAX_LENGTH)}".`, { extras: { quizId: target.quizId.slice(0, ID_MAX_LENGTH) } })
  return oembedDescription(c, quiz, target, { maxwidth, maxheight })
})
