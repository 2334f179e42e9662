import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app.ts'
import { bindingRateLimit, clientIp } from '../rate-limit.ts'

/** The window of the drafting limit: the `period` of the `DRAFTING_LIMITER` binding (wrangler.toml). */
export const DRAFTING_WINDOW_SECONDS = 60
/** Drafting reads a whole article (tens of milliseconds of CPU): a studio drafts a few times a minute. */
export const DEFAULT_DRAFTS_PER_MINUTE = 30

/**
 * The quota `RATE_LIMIT_DRAFTS_PER_MINUTE` announces; it must equal the binding's `limit`, which the
 * Worker cannot read. 0 turns the limit off.
 */
export function draftingLimit(env: Env): number {
  const value = Number((env as { RATE_LIMIT_DRAFTS_PER_MINUTE?: string }).RATE_LIMIT_DRAFTS_PER_MINUTE ?? DEFAULT_DRAFTS_PER_MINUTE)
  return Number.isFinite(value) ? value : DEFAULT_DRAFTS_PER_MINUTE
}

/**
 * The rate limit of `POST /v1/drafts`: one budget per client address, policy `drafting`, counted by
 * the `DRAFTING_LIMITER` rate limiting binding (drafting stores nothing, so it writes nothing to D1
 * either). Preflights and other methods pass uncounted.
 */
export function draftingRateLimit(): MiddlewareHandler<AppEnv> {
  const limiter = bindingRateLimit<AppEnv>({
    name: 'drafting',
    limiter: (c) => c.env.DRAFTING_LIMITER,
    limit: (c) => draftingLimit(c.env),
    windowSeconds: DRAFTING_WINDOW_SECONDS,
    key: (c) => clientIp(c),
  })
  return (c, next) => (c.req.method === 'POST' ? limiter(c, next) : next())
}
