import { cors } from 'hono/cors'

/**
 * CORS for the public API: any origin may call it from a browser (the widget is embedded on other
 * sites), never with credentials; the headers clients need to read are exposed.
 */
export function apiCors() {
  return cors({
    origin: '*',
    allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowHeaders: [...CORS_ALLOWED_HEADERS],
    exposeHeaders: [...CORS_EXPOSED_HEADERS],
    maxAge: 86400,
  })
}

/** The request headers a page on another origin may send (docs/api.md lists them). */
export const CORS_ALLOWED_HEADERS = ['Content-Type', 'Authorization', 'Idempotency-Key', 'If-None-Match', 'If-Match'] as const

/** The response headers its scripts may read (docs/api.md lists them). */
export const CORS_EXPOSED_HEADERS = [
  'ETag',
  'Location',
  'Retry-After',
  'RateLimit',
  'RateLimit-Policy',
  'Allow',
  'Idempotent-Replayed',
  'Content-Disposition',
  'Link',
  // A 401's challenge: error="invalid_token" tells a key that was sent but no longer opens anything (replaced) from none sent.
  'WWW-Authenticate',
] as const
