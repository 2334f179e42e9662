import type { MiddlewareHandler } from 'hono'

/** Quiz content changes rarely and is revalidated by ETag: a minute fresh, ten minutes stale. */
export const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=600'

/** Sets `Cache-Control` on successful responses that did not set their own. */
export function cacheControl(value: string = PUBLIC_CACHE): MiddlewareHandler {
  return async function cacheControl(c, next) {
    await next()
    if (c.res.ok && !c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', value)
  }
}
