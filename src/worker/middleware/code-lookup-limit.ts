import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app.ts'
import { failureRateLimit } from '../rate-limit.ts'
import { policyLimit, RATE_LIMIT_POLICIES } from '../rate-limit-policies.ts'

/**
 * Join codes are short enough to type (6 characters of 31), so they can be guessed. Every route that
 * looks an assignment up by its code (`/v1/assignments/{code}…`, `/a/{code}`) counts the lookups that
 * found nothing (a 404) per client address, IPv6 by its /64; past the quota, every lookup from that
 * address answers 429 until the window ends, found or not, so a scanner learns nothing more. A lookup
 * that finds its assignment writes nothing.
 */
/** The policy, from the registry (src/worker/rate-limit-policies.ts). */
export const CODE_LOOKUP_LIMIT = RATE_LIMIT_POLICIES.codeLookups

/** The quota of {@link CODE_LOOKUP_LIMIT} in this deployment. */
export function codeLookupQuota(env: Env): number {
  return policyLimit(env, CODE_LOOKUP_LIMIT)
}

export type CodeLookupLimitOptions = {
  /** The answer past the quota instead of the 429 problem (e.g. a page in the reader's language), or undefined. */
  limited?: (c: Context<AppEnv>, retryAfter: number) => Response | undefined | Promise<Response | undefined>
}

/**
 * Limits failed code lookups per client address (see {@link CODE_LOOKUP_LIMIT}).
 *
 * ```ts
 * app.use('/v1/assignments/*', codeLookupLimit())
 * ```
 */
export function codeLookupLimit(options: CodeLookupLimitOptions = {}): MiddlewareHandler<AppEnv> {
  return failureRateLimit<AppEnv>({
    name: CODE_LOOKUP_LIMIT.name,
    limit: (c) => codeLookupQuota(c.env),
    windowSeconds: CODE_LOOKUP_LIMIT.windowSeconds,
    limited: options.limited,
  })
}
