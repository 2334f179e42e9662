import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app.ts'
import { clientKey } from '../client-address.ts'
import { bindingRateLimit, rateLimit } from '../rate-limit.ts'
import { policyLimit, type RateLimitPolicy } from '../rate-limit-policies.ts'

export type PolicyLimitOptions = {
  /** What one counter counts; the client address (`CF-Connecting-IP`; IPv6 by its /64) by default. */
  key?: (c: Context<AppEnv>) => string
}

/**
 * A middleware that enforces one policy of the registry (src/worker/rate-limit-policies.ts) on
 * POST requests, with the counter the policy names (D1 or a rate limiting binding), its quota from
 * its variable and its window; preflights and other methods pass uncounted.
 *
 * ```ts
 * app.use('/v1/drafts', policyRateLimit(RATE_LIMIT_POLICIES.drafting))
 * ```
 */
export function policyRateLimit(policy: RateLimitPolicy, options: PolicyLimitOptions = {}): MiddlewareHandler<AppEnv> {
  const key = options.key ?? ((c: Context<AppEnv>) => clientKey(c))
  const { counter } = policy
  const limiter =
    counter.kind === 'binding'
      ? bindingRateLimit<AppEnv>({
          name: policy.name,
          limiter: (c) => counter.binding(c.env),
          limit: (c) => policyLimit(c.env, policy),
          windowSeconds: policy.windowSeconds,
          key,
        })
      : rateLimit<AppEnv>({
          name: policy.name,
          limit: (c) => policyLimit(c.env, policy),
          windowSeconds: policy.windowSeconds,
          key,
        })
  return (c, next) => (c.req.method === 'POST' ? limiter(c, next) : next())
}
