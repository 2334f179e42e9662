import type { MiddlewareHandler } from 'hono'
import { trimTrailingSlash } from 'hono/trailing-slash'

/**
 * hono's `trimTrailingSlash()`: a GET or HEAD that nothing serves, on a path with a trailing slash
 * (`/teach/`), is a 301 to the path without it. Hono carries the replaced 404's headers over to the
 * redirect; its `Content-Type` (a problem's) goes, since the redirect has no body. The CORS headers
 * stay.
 */
export function redirectTrailingSlash(): MiddlewareHandler {
  const trim = trimTrailingSlash()
  return async function redirectTrailingSlash(c, next) {
    await trim(c, next)
    if (c.res.status === 301 && c.res.body === null) c.res.headers.delete('Content-Type')
  }
}
