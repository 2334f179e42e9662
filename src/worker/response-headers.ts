import * as z from '../core/zod.ts'
import { openapi } from './openapi-metadata.ts'

/**
 * The response headers a client reads, as the OpenAPI document describes them on each route that
 * sends them (tests/worker/api-developer-journey.test.ts fails when a route sends one of them
 * undocumented). The rate-limit headers are added by the document itself (routes/openapi.ts),
 * from the rate-limit policies.
 */

const etag = openapi(z.string(), {
  description: 'A strong validator, the SHA-256 of the body (different per `lang`): send it back in `If-None-Match` for a 304.',
  example: '"3f5c0b…"',
})
const cacheControl = openapi(z.string(), {
  description: 'Public content: a minute fresh, ten minutes stale while revalidating.',
  example: 'public, max-age=60, stale-while-revalidate=600',
})

/** The `ETag` of a quiz's stored version on the editor routes: what `If-Match` takes on PUT and DELETE. */
export const VersionTagHeaders = z.object({
  ETag: openapi(z.string(), {
    description: 'The quiz version read or saved, `"v<version>"`: send it in `If-Match` with PUT or DELETE to act only on that version (412 otherwise).',
    example: '"v3"',
  }),
})

/** A cacheable public read: `ETag` and `Cache-Control` (on the 200 and on its 304). */
export const CachedReadHeaders = z.object({ ETag: etag, 'Cache-Control': cacheControl })

/** The language of the strings served (`ar` or `en`): the one asked for when the quiz has it, else the quiz's own. */
export const ContentLanguageHeaders = z.object({
  'Content-Language': openapi(z.string(), {
    description: 'The language of the strings served: the `lang` asked for when the quiz has it, else the quiz’s own.',
    example: 'en',
  }),
})

/** `Location` of a 201: the path at which the created resource is read (relative to this origin). */
export function locationHeaders(description: string, example: string) {
  return z.object({ Location: openapi(z.string(), { description, example }) })
}

/** `Content-Disposition` of a file download. */
export function attachmentHeaders(example: string) {
  return z.object({
    'Content-Disposition': openapi(z.optional(z.string()), { description: 'The file name to save the body under (on the non-JSON formats).', example }),
  })
}
