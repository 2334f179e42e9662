import type { Context, Env as HonoEnv, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app.ts'
import { clientKey } from '../client-address.ts'
import { bindingRateLimit, rateLimit } from '../rate-limit.ts'
import { policyLimit, type RateLimitPolicy } from '../rate-limit-policies.ts'

export type PolicyLimitOptions<E extends HonoEnv = AppEnv> = {
  /** What one counter counts; the client address (`CF-Connecting-IP`; IPv6 by its /64) by default. */
  key?: (c: Context<E>) => string
  /** Who a key stands for, in a 429's detail (D1-counted policies): `this client` by default. */
  subject?: string
}

/** The methods a policy's routes name (`POST`, `PUT` …); a HEAD counts as the GET it is. */
function countedMethods(policy: RateLimitPolicy): Set<string> {
  const methods = new Set(policy.routes.map((route) => route.split(' ')[0]!.toUpperCase()))
  if (methods.has('GET')) methods.add('HEAD')
  return methods
}

/**
 * A middleware that enforces one policy of the registry (src/worker/rate-limit-policies.ts) on the
 * methods its routes name, with the counter the policy names (D1 or a rate limiting binding), its
 * quota from its variable and its window; preflights and other methods pass uncounted.
 *
 * ```ts
 * app.use('/v1/drafts', policyRateLimit(RATE_LIMIT_POLICIES.drafting))
 * ```
 */
export function policyRateLimit<E extends AppEnv = AppEnv>(policy: RateLimitPolicy, options: PolicyLimitOptions<E> = {}): MiddlewareHandler<E> {
  const key = options.key ?? ((c: Context<E>) => clientKey(c))
  const methods = countedMethods(policy)
  const { counter } = policy
  const limiter =
    counter.kind === 'binding'
      ? bindingRateLimit<E>({
          name: policy.name,
          limiter: (c) => counter.binding(c.env),
          limit: (c) => policyLimit(c.env, policy),
          windowSeconds: policy.windowSeconds,
          key,
        })
      : rateLimit<E>({
          name: policy.name,
          limit: (c) => policyLimit(c.env, policy),
          windowSeconds: policy.windowSeconds,
          key,
          subject: options.subject,
        })
  return (c, next) => (methods.has(c.req.method) ? limiter(c, next) : next())
}
