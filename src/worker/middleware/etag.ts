import { etag } from 'hono/etag'

/**
 * A strong ETag (SHA-256 of the body) on successful GET/HEAD responses, and a 304 with no body
 * when `If-None-Match` names it (lists and `W/` prefixes included).
 */
export function strongEtag() {
  return etag({ generateDigest: (body) => crypto.subtle.digest('SHA-256', body) })
}
