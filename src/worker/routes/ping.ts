import type { Context } from 'hono'

/** `GET /v1/ping`: the service answers, nothing else asked (no D1: that is `GET /v1/health`). Served by the app and the front Worker. */
export function ping(c: Context) {
  return c.json({ ok: true as const })
}
