import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app.ts'
import { clientIp, rateLimit } from '../rate-limit.ts'

/** The window of the grading limit; the quota is `RATE_LIMIT_GRADING_PER_MINUTE` (wrangler.toml). */
export const GRADING_WINDOW_SECONDS = 60
/** Grading is cheap but not free; a class behind one school address stays far below this. */
export const DEFAULT_GRADING_PER_MINUTE = 600

/** The configured quota; 0 turns the limit off. */
export function gradingLimit(env: Env): number {
  const value = Number((env as { RATE_LIMIT_GRADING_PER_MINUTE?: string }).RATE_LIMIT_GRADING_PER_MINUTE ?? DEFAULT_GRADING_PER_MINUTE)
  return Number.isFinite(value) ? value : DEFAULT_GRADING_PER_MINUTE
}

/**
 * The rate limit of `POST …/grade` and `POST …/questions/:questionId/check`: one budget per client
 * address (`CF-Connecting-IP`) shared by both, policy `grading`. Preflights and other methods pass
 * uncounted.
 */
export function gradingRateLimit(): MiddlewareHandler<AppEnv> {
  const limiter = rateLimit<AppEnv>({
    name: 'grading',
    limit: (c) => gradingLimit(c.env),
    windowSeconds: GRADING_WINDOW_SECONDS,
    key: (c) => clientIp(c),
  })
  return (c, next) => (c.req.method === 'POST' ? limiter(c, next) : next())
}
