import { etag, RETAINED_304_HEADERS } from 'hono/etag'

/**
 * A strong ETag (SHA-256 of the body) on successful GET/HEAD responses, and a 304 with no body
 * when `If-None-Match` names it (lists and `W/` prefixes included).
 */
export function strongEtag() {
  return etag({
    generateDigest: (body) => crypto.subtle.digest('SHA-256', body),
    // A cross-origin client revalidating with If-None-Match must still see the CORS headers on
    // the 304, or the browser reports a CORS failure instead of "not modified".
    retainedHeaders: [...RETAINED_304_HEADERS, 'access-control-allow-origin', 'access-control-expose-headers', 'vary'],
  })
}
