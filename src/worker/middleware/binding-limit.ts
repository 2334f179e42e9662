import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app.ts'
import { clientKey } from '../client-address.ts'
import { bindingRateLimit } from '../rate-limit.ts'

/**
 * The per-address limits counted by Cloudflare's rate limiting bindings (no D1 write): grading, which
 * every reader's click calls, and drafting, which reads a whole article. Each binding's `limit` and
 * `period` live in wrangler.toml; the Worker cannot read them, so a `[vars]` variable repeats the
 * limit for the headers and `/docs` (tests/worker/rate-limit.test.ts checks they agree).
 */
export type BindingLimitPolicy = {
  /** Names the policy in `RateLimit-Policy`. */
  name: string
  /** The `[[ratelimits]]` binding that counts. */
  binding: (env: Env) => RateLimit
  /** The `[vars]` variable announcing the binding's `limit`; 0 turns the limit off. */
  variable: keyof Env & string
  /** The limit when the variable is missing or not a number. */
  fallback: number
  /** The binding's `period`, in seconds (10 or 60). */
  windowSeconds: number
}

/** `POST /v1/quizzes/:quizId/grade`, `…/check` and the draft grading routes, one budget per address. */
export const GRADING_LIMIT: BindingLimitPolicy = {
  name: 'grading',
  binding: (env) => env.GRADING_LIMITER,
  variable: 'RATE_LIMIT_GRADING_PER_MINUTE',
  // A class behind one school address stays far below this.
  fallback: 600,
  windowSeconds: 60,
}

/** `POST /v1/drafts`: a draft costs tens of milliseconds of CPU; a studio drafts a few times a minute. */
export const DRAFTING_LIMIT: BindingLimitPolicy = {
  name: 'drafting',
  binding: (env) => env.DRAFTING_LIMITER,
  variable: 'RATE_LIMIT_DRAFTS_PER_MINUTE',
  fallback: 30,
  windowSeconds: 60,
}

/** The quota a policy announces, from its variable. */
export function policyLimit(env: Env, policy: BindingLimitPolicy): number {
  const value = Number((env as unknown as Record<string, unknown>)[policy.variable] ?? policy.fallback)
  return Number.isFinite(value) ? value : policy.fallback
}

/**
 * A middleware that counts each POST against `policy` per client address (`CF-Connecting-IP`; an IPv6 client by its /64) and
 * answers 429 past it; preflights and other methods pass uncounted.
 *
 * ```ts
 * app.use('/v1/drafts', bindingLimit(DRAFTING_LIMIT))
 * ```
 */
export function bindingLimit(policy: BindingLimitPolicy): MiddlewareHandler<AppEnv> {
  const limiter = bindingRateLimit<AppEnv>({
    name: policy.name,
    limiter: (c) => policy.binding(c.env),
    limit: (c) => policyLimit(c.env, policy),
    windowSeconds: policy.windowSeconds,
    key: (c) => clientKey(c),
  })
  return (c, next) => (c.req.method === 'POST' ? limiter(c, next) : next())
}
