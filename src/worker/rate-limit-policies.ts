/**
 * Every rate limit of the API, in one registry: the middleware that enforces a limit, the OpenAPI
 * document (`429` responses, `RateLimit*` headers, `x-rate-limit`) and the `/docs` table all read
 * it, so a quota, a window or a route is written once.
 *
 * A policy is counted either by D1 (`rateLimit`: exact, a write per request, for low-volume writes)
 * or by a Cloudflare rate limiting binding (`bindingRateLimit`: no database write, approximate, no
 * remaining count). A binding's own `limit` and `period` live in wrangler.toml where the Worker
 * cannot read them, so its `[vars]` variable repeats the limit (tests/worker/rate-limit.test.ts
 * checks the two agree) and `windowSeconds` here must equal its `period`.
 */

export type RateLimitPolicy = {
  /** Names the policy in `RateLimit`/`RateLimit-Policy` and prefixes its counters' keys. */
  name: string
  /** The operations it limits, as the OpenAPI document names them (`POST /v1/classes`). */
  routes: readonly string[]
  /** The `[vars]` variable holding the quota; 0 turns the limit off. */
  variable: Extract<keyof Env, `RATE_LIMIT_${string}`>
  /** The quota when the variable is missing or not a number. */
  defaultLimit: number
  /** The window, in seconds. */
  windowSeconds: number
  /** What one counter counts, for people. */
  per: string
  /** Who counts: D1, or the named `[[ratelimits]]` binding (which cannot report what is left). */
  counter: { kind: 'd1' } | { kind: 'binding'; binding: (env: Env) => RateLimit; bindingName: string }
  /**
   * True when it counts per credential, after the credential is checked: a request without a valid
   * one is refused (401) before the count, and that answer carries none of the policy's headers.
   */
  afterAuthentication?: boolean
}

export const RATE_LIMIT_POLICIES = {
  /** The public grade/check routes and the draft grading routes: every reader's click, one budget. */
  grading: {
    name: 'grading',
    routes: ['POST /v1/quizzes/{quizId}/grade', 'POST /v1/quizzes/{quizId}/questions/{questionId}/check', 'POST /v1/drafts/grade', 'POST /v1/drafts/check'],
    variable: 'RATE_LIMIT_GRADING_PER_MINUTE',
    // A class behind one school address stays far below this.
    defaultLimit: 600,
    windowSeconds: 60,
    per: 'client address, all four routes together',
    counter: { kind: 'binding', binding: (env) => env.GRADING_LIMITER, bindingName: 'GRADING_LIMITER' },
  },
  /** `POST /v1/drafts`: a draft costs tens of milliseconds of CPU; a studio drafts a few times a minute. */
  drafting: {
    name: 'drafting',
    routes: ['POST /v1/drafts'],
    variable: 'RATE_LIMIT_DRAFTS_PER_MINUTE',
    defaultLimit: 30,
    windowSeconds: 60,
    per: 'client address',
    counter: { kind: 'binding', binding: (env) => env.DRAFTING_LIMITER, bindingName: 'DRAFTING_LIMITER' },
  },
  /** Students' attempts, per address and assignment: a class behind one school address still fits. */
  attempts: {
    name: 'attempts',
    routes: ['POST /v1/assignments/{code}/attempts', 'GET /v1/assignments/{code}/students/{studentCode}'],
    variable: 'RATE_LIMIT_ATTEMPTS_PER_MINUTE',
    defaultLimit: 60,
    windowSeconds: 60,
    per: 'client address and assignment',
    counter: { kind: 'd1' },
  },
  /** New classes: each one mints a teacher key. */
  classes: {
    name: 'classes',
    routes: ['POST /v1/classes'],
    variable: 'RATE_LIMIT_CLASSES_PER_HOUR',
    defaultLimit: 20,
    windowSeconds: 3600,
    per: 'client address',
    counter: { kind: 'd1' },
  },
  /**
   * Quiz writes of the editor API: each runs the full content checks (tens of milliseconds of CPU)
   * and stores a version in D1, and a class (so a teacher key) is free to make. Counted per author,
   * not per address: the key is what a write is made with, so a key's holder cannot multiply the
   * quota by rotating addresses, and teachers behind one school address never share a budget. A
   * teacher key counts for its class (a new key of the same class keeps the count), the editor token
   * for all editors together. Saves in the studio are explicit clicks: a teacher or a newsroom's
   * editors stay far below; a bulk import with the editor token raises the variable first.
   */
  quizWrites: {
    name: 'quiz-writes',
    routes: ['POST /v1/quizzes', 'PUT /v1/quizzes/{quizId}', 'DELETE /v1/quizzes/{quizId}'],
    variable: 'RATE_LIMIT_QUIZ_WRITES_PER_HOUR',
    defaultLimit: 300,
    windowSeconds: 3600,
    per: 'author (a teacher key’s class, or the editor token), the three routes together; only requests with a valid credential count',
    counter: { kind: 'd1' },
    afterAuthentication: true,
  },
  /**
   * Lookups of unknown assignment codes (code scanning): only lookups that find nothing (404) are
   * counted (`failureRateLimit`, src/worker/middleware/code-lookup-limit.ts); past the quota every
   * lookup from the address is refused, known codes too.
   */
  codeLookups: {
    name: 'code-lookups',
    routes: [
      'GET /v1/assignments/{code}',
      'GET /v1/assignments/{code}/quiz',
      'POST /v1/assignments/{code}/attempts',
      'GET /v1/assignments/{code}/attempts/{attemptId}',
      'GET /a/{code}',
    ],
    variable: 'RATE_LIMIT_FAILED_LOOKUPS_PER_HOUR',
    defaultLimit: 30,
    windowSeconds: 3600,
    per: 'client address, counting only lookups that found nothing (404); past the quota every lookup is refused, known codes too',
    counter: { kind: 'd1' },
  },
} as const satisfies Record<string, RateLimitPolicy>

export type RateLimitPolicyName = keyof typeof RATE_LIMIT_POLICIES

/** The quota of `policy` in this deployment: its variable, else its default. */
export function policyLimit(env: Env, policy: RateLimitPolicy): number {
  const raw = env[policy.variable]
  const value = raw === undefined || raw === '' ? policy.defaultLimit : Number(raw)
  return Number.isFinite(value) ? value : policy.defaultLimit
}

/** The policy that limits an operation (`post /v1/classes` or `POST /v1/classes`), if any. */
export function policyOfOperation(method: string, path: string): RateLimitPolicy | undefined {
  const key = `${method.toUpperCase()} ${path}`
  return Object.values(RATE_LIMIT_POLICIES).find((policy) => (policy.routes as readonly string[]).includes(key))
}
