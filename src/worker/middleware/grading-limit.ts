import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app.ts'
import { bindingRateLimit, clientIp } from '../rate-limit.ts'

/** The window of the grading limit: the `period` of the `GRADING_LIMITER` binding (wrangler.toml). */
export const GRADING_WINDOW_SECONDS = 60
/** Grading is cheap but not free; a class behind one school address stays far below this. */
export const DEFAULT_GRADING_PER_MINUTE = 600

/**
 * The quota `RATE_LIMIT_GRADING_PER_MINUTE` announces; it must equal the binding's `limit`, which
 * the Worker cannot read. 0 turns the limit off.
 */
export function gradingLimit(env: Env): number {
  const value = Number((env as { RATE_LIMIT_GRADING_PER_MINUTE?: string }).RATE_LIMIT_GRADING_PER_MINUTE ?? DEFAULT_GRADING_PER_MINUTE)
  return Number.isFinite(value) ? value : DEFAULT_GRADING_PER_MINUTE
}

/**
 * The rate limit of `POST …/grade` and `POST …/questions/:questionId/check`, and of the draft ones
 * (`POST /v1/drafts/grade`, `POST /v1/drafts/check`): one budget per client address
 * (`CF-Connecting-IP`) shared by all four, policy `grading`, counted by the `GRADING_LIMITER`
 * rate limiting binding so that a reader's click writes nothing to D1. Preflights and other methods
 * pass uncounted.
 */
export function gradingRateLimit(): MiddlewareHandler<AppEnv> {
  const limiter = bindingRateLimit<AppEnv>({
    name: 'grading',
    limiter: (c) => c.env.GRADING_LIMITER,
    limit: (c) => gradingLimit(c.env),
    windowSeconds: GRADING_WINDOW_SECONDS,
    key: (c) => clientIp(c),
  })
  return (c, next) => (c.req.method === 'POST' ? limiter(c, next) : next())
}
