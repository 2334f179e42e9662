import { cors } from 'hono/cors'

/**
 * CORS for the public API: any origin may call it from a browser (the widget is embedded on other
 * sites), never with credentials; the headers clients need to read are exposed.
 */
export function apiCors() {
  return cors({
    origin: '*',
    allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key', 'If-None-Match'],
    exposeHeaders: ['ETag', 'Location', 'Retry-After', 'RateLimit', 'RateLimit-Policy', 'Allow', 'Idempotent-Replayed', 'Content-Disposition'],
    maxAge: 86400,
  })
}
