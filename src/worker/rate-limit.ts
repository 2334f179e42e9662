import type { Context, Env as HonoEnv, MiddlewareHandler } from 'hono'
import { clientKey } from './client-address.ts'
import { problemResponse } from './problem.ts'

/**
 * Rate limiting, three ways:
 * - {@link rateLimit} on D1: one row per key counts requests in a fixed window that starts with the
 *   key's first request. The count is bumped and read in one upsert, so concurrent requests never
 *   both see the last free slot: exact, for low-volume writes (classes, attempts), but a write to
 *   the D1 primary per request.
 * - {@link bindingRateLimit} on Cloudflare's rate limiter (a `[[ratelimits]]` binding): no database
 *   write, for high-volume public routes, but approximate (counted per Cloudflare location) and
 *   without a remaining count to report. Miniflare simulates it under `wrangler dev` and vitest.
 * - {@link failureRateLimit} on D1 counts failed requests only (a lookup that found nothing), so
 *   guessing stops while ordinary use writes nothing.
 */

type Resolvable<E extends HonoEnv, T> = T | ((c: Context<E>) => T)

export type RateLimitOptions<E extends HonoEnv = { Bindings: Env }> = {
  /** Names the policy in the `RateLimit`/`RateLimit-Policy` headers and prefixes every key. */
  name: string
  /** Requests allowed per window; a function may read it from `c.env`. 0 or less disables the limit. */
  limit: Resolvable<E, number>
  /** Window length in seconds. */
  windowSeconds: Resolvable<E, number>
  /** What is limited; the client's address by default: IPv4 itself, IPv6 its /64 (see {@link clientKey}). */
  key?: (c: Context<E>) => string | Promise<string>
  /** Who the key stands for, in a 429's detail: `this client` by default. */
  subject?: string
  /** The D1 database holding the `rate_limits` table; `c.env.DB` by default. */
  db?: (c: Context<E>) => D1Database
}

const HIT = `INSERT INTO rate_limits (key, window_start, reset_at, count) VALUES (?1, ?2, ?2 + ?3, 1)
ON CONFLICT (key) DO UPDATE SET
  count = CASE WHEN reset_at <= ?2 THEN 1 ELSE count + 1 END,
  window_start = CASE WHEN reset_at <= ?2 THEN ?2 ELSE window_start END,
  reset_at = CASE WHEN reset_at <= ?2 THEN ?2 + ?3 ELSE reset_at END
RETURNING count, reset_at`

/** Counts one request for `key` and returns the count in the current window and when it resets. */
export async function hitRateLimit(
  db: D1Database,
  key: string,
  windowSeconds: number,
  now = Math.floor(Date.now() / 1000),
): Promise<{ count: number; resetAt: number }> {
  const row = await db.prepare(HIT).bind(key, now, windowSeconds).first<{ count: number; reset_at: number }>()
  if (!row) throw new Error('rate limit upsert returned no row')
  return { count: row.count, resetAt: row.reset_at }
}

/** The count in `key`'s current window and when it resets, without counting; null when no window is running. */
export async function peekRateLimit(db: D1Database, key: string, now = Math.floor(Date.now() / 1000)): Promise<{ count: number; resetAt: number } | null> {
  const row = await db
    .prepare('SELECT count, reset_at FROM rate_limits WHERE key = ? AND reset_at > ?')
    .bind(key, now)
    .first<{ count: number; reset_at: number }>()
  return row ? { count: row.count, resetAt: row.reset_at } : null
}

/** Deletes counters whose window has ended. */
export async function purgeRateLimits(db: D1Database, now = Math.floor(Date.now() / 1000)): Promise<void> {
  await db.prepare('DELETE FROM rate_limits WHERE reset_at <= ?').bind(now).run()
}

/**
 * A middleware that answers 429 `rate-limited` (problem+json, `Retry-After` in seconds) once a key
 * exceeds `limit` requests in `windowSeconds`. Every response carries `RateLimit-Policy` and
 * `RateLimit` headers (draft-ietf-httpapi-ratelimit-headers) with the remaining quota.
 *
 * ```ts
 * app.post('/v1/classes', rateLimit({ name: 'classes', limit: 20, windowSeconds: 3600 }), handler)
 * ```
 */
export function rateLimit<E extends HonoEnv = { Bindings: Env }>(options: RateLimitOptions<E>): MiddlewareHandler<E> {
  return async (c, next) => {
    const limit = resolve(options.limit, c)
    if (!(limit > 0)) return next()
    const windowSeconds = Math.max(1, Math.floor(resolve(options.windowSeconds, c)))
    const db = options.db ? options.db(c) : (c.env as { DB: D1Database }).DB
    const key = `${options.name}:${options.key ? await options.key(c) : clientKey(c)}`
    const now = Math.floor(Date.now() / 1000)
    const { count, resetAt } = await hitRateLimit(db, key, windowSeconds, now)
    // Expired counters are swept now and then instead of on every request.
    if (Math.random() < 0.01) background(c, purgeRateLimits(db, now))

    const resetIn = Math.max(1, resetAt - now)
    const headers = {
      'RateLimit-Policy': `"${options.name}";q=${limit};w=${windowSeconds}`,
      RateLimit: `"${options.name}";r=${Math.max(0, limit - count)};t=${resetIn}`,
    }
    if (count > limit) {
      return problemResponse(
        c as Context,
        'rate-limited',
        `Too many requests ("${options.name}" policy): at most ${limit} per ${windowSeconds} s from ${options.subject ?? 'this client'}. Try again in ${resetIn} s.`,
        {
          headers: { ...headers, 'Retry-After': String(resetIn) },
          extras: { retryAfter: resetIn },
        },
      )
    }
    await next()
    // A fresh Response, since a handler's may have immutable headers (e.g. one passed through from fetch).
    c.res = new Response(c.res.body, c.res)
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value)
  }
}

export type FailureRateLimitOptions<E extends HonoEnv = { Bindings: Env }> = RateLimitOptions<E> & {
  /** Whether the response just made counts as a failure; a 404 by default. */
  isFailure?: (c: Context<E>) => boolean
  /**
   * The answer once the key is past its quota, e.g. a page for a browser; `undefined` for the
   * default 429 `rate-limited` problem. Its headers get the rate-limit ones added.
   */
  limited?: (c: Context<E>, retryAfter: number) => Response | undefined | Promise<Response | undefined>
}

/**
 * A middleware that counts only failed requests (a 404 by default) and, once a key has failed
 * `limit` times in `windowSeconds`, answers every request of that key 429 until the window ends,
 * successes included: otherwise a 429 would only say "unknown" and a 200 "found", and a scanner
 * would learn as much as from a 404. Successful requests write nothing, they only read the counter.
 * Responses carry `RateLimit-Policy` and `RateLimit` appended to any a route sets itself (a
 * Structured Fields list), and a 429 `Retry-After`.
 *
 * ```ts
 * app.use('/v1/assignments/*', failureRateLimit({ name: 'code-lookups', limit: 30, windowSeconds: 3600 }))
 * ```
 */
export function failureRateLimit<E extends HonoEnv = { Bindings: Env }>(options: FailureRateLimitOptions<E>): MiddlewareHandler<E> {
  return async (c, next) => {
    const limit = resolve(options.limit, c)
    if (!(limit > 0)) return next()
    const windowSeconds = Math.max(1, Math.floor(resolve(options.windowSeconds, c)))
    const db = options.db ? options.db(c) : (c.env as { DB: D1Database }).DB
    const key = `${options.name}:${options.key ? await options.key(c) : clientKey(c)}`
    const now = Math.floor(Date.now() / 1000)
    const headers = (count: number, resetAt: number) => ({
      'RateLimit-Policy': `"${options.name}";q=${limit};w=${windowSeconds}`,
      RateLimit: `"${options.name}";r=${Math.max(0, limit - count)};t=${Math.max(1, resetAt - now)}`,
    })

    const current = await peekRateLimit(db, key, now)
    if (current && current.count >= limit) {
      const retryAfter = Math.max(1, current.resetAt - now)
      const limitHeaders = { ...headers(current.count, current.resetAt), 'Retry-After': String(retryAfter) }
      const custom = options.limited ? await options.limited(c, retryAfter) : undefined
      if (custom) {
        const res = new Response(custom.body, custom)
        for (const [name, value] of Object.entries(limitHeaders)) res.headers.set(name, value)
        return res
      }
      return problemResponse(c as Context, 'rate-limited', `Too many failed requests: at most ${limit} per ${windowSeconds} s. Try again in ${retryAfter} s.`, {
        headers: limitHeaders,
        extras: { retryAfter },
      })
    }
    await next()
    const failed = options.isFailure ? options.isFailure(c) : c.res.status === 404
    const { count, resetAt } = failed ? await hitRateLimit(db, key, windowSeconds, now) : (current ?? { count: 0, resetAt: now + windowSeconds })
    c.res = new Response(c.res.body, c.res)
    for (const [name, value] of Object.entries(headers(count, resetAt))) c.res.headers.append(name, value)
  }
}

export type BindingRateLimitOptions<E extends HonoEnv = { Bindings: Env }> = {
  /** Names the policy in the `RateLimit-Policy` header. */
  name: string
  /** The limiter: a `[[ratelimits]]` binding of wrangler.toml. */
  limiter: (c: Context<E>) => RateLimit
  /**
   * The binding's `simple.limit`, which the binding does not tell: announced in `RateLimit-Policy`
   * and the 429's detail. 0 or less skips the limiter.
   */
  limit: Resolvable<E, number>
  /** The binding's `simple.period` in seconds (10 or 60). */
  windowSeconds: number
  /** What is limited; the client's address by default: IPv4 itself, IPv6 its /64 (see {@link clientKey}). */
  key?: (c: Context<E>) => string
}

/**
 * A middleware that asks a Workers rate limiting binding whether `key` is within its quota and
 * answers 429 `rate-limited` (problem+json) when it is not. The binding does not report what is
 * left or when its window ends, so responses carry `RateLimit-Policy` only, never `RateLimit`, and
 * a 429's `Retry-After` is the whole window, an upper bound. Should the binding fail, the request
 * passes: the limit protects the service, it must not take it down.
 *
 * ```ts
 * app.post('/v1/grade', bindingRateLimit({ name: 'grading', limiter: (c) => c.env.GRADING_LIMITER, limit: 600, windowSeconds: 60 }), handler)
 * ```
 */
export function bindingRateLimit<E extends HonoEnv = { Bindings: Env }>(options: BindingRateLimitOptions<E>): MiddlewareHandler<E> {
  return async (c, next) => {
    const limit = resolve(options.limit, c)
    if (!(limit > 0)) return next()
    const policy = { 'RateLimit-Policy': `"${options.name}";q=${limit};w=${options.windowSeconds}` }
    const key = options.key ? options.key(c) : clientKey(c)
    let allowed = true
    try {
      allowed = (await options.limiter(c).limit({ key })).success
    } catch (err) {
      console.error(`rate limiter "${options.name}" failed; letting the request through`, err)
    }
    if (!allowed) {
      const retryAfter = options.windowSeconds
      return problemResponse(
        c as Context,
        'rate-limited',
        `Too many requests ("${options.name}" policy): at most ${limit} per ${options.windowSeconds} s from this client. Try again in ${retryAfter} s.`,
        { headers: { ...policy, 'Retry-After': String(retryAfter) }, extras: { retryAfter } },
      )
    }
    await next()
    c.res = new Response(c.res.body, c.res)
    c.res.headers.set('RateLimit-Policy', policy['RateLimit-Policy'])
  }
}

function resolve<E extends HonoEnv, T>(value: Resolvable<E, T>, c: Context<E>): T {
  return typeof value === 'function' ? (value as (c: Context<E>) => T)(c) : value
}

function background(c: Context, promise: Promise<unknown>): void {
  const done = promise.catch((err) => console.error('rate limit purge failed', err))
  try {
    c.executionCtx.waitUntil(done)
  } catch {
    // No execution context (app.request in tests): let the promise run on its own.
  }
}
