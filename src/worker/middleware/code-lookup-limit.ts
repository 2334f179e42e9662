import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app.ts'
import { failureRateLimit } from '../rate-limit.ts'

/**
 * Join codes are short enough to type (6 characters of 31), so they can be guessed. Every route that
 * looks an assignment up by its code (`/v1/assignments/{code}…`, `/a/{code}`) counts the lookups that
 * found nothing (a 404) per client address, IPv6 by its /64; past the quota, every lookup from that
 * address answers 429 until the window ends, found or not, so a scanner learns nothing more. A lookup
 * that finds its assignment writes nothing.
 */
export const CODE_LOOKUP_LIMIT = {
  /** Names the policy in `RateLimit-Policy`. */
  name: 'code-lookups',
  /** The `[vars]` variable holding the quota; 0 turns the limit off. */
  variable: 'RATE_LIMIT_FAILED_LOOKUPS_PER_HOUR',
  /**
   * The quota when the variable is missing: a class behind one school address mistyping a code
   * now and then stays far below it, and a scanner finds about one assignment in 30,000 guesses
   * per 100,000 live codes (31⁶ ≈ 887 million).
   */
  fallback: 30,
  windowSeconds: 3600,
} as const

/** The quota of {@link CODE_LOOKUP_LIMIT}, from its variable. */
export function codeLookupQuota(env: Env): number {
  const value = Number((env as unknown as Record<string, unknown>)[CODE_LOOKUP_LIMIT.variable] ?? CODE_LOOKUP_LIMIT.fallback)
  return Number.isFinite(value) ? value : CODE_LOOKUP_LIMIT.fallback
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
