import type { MiddlewareHandler } from 'hono'
import { isValidCode, normalizeCode } from '../../../core/join-code.ts'
import { getAssignmentByCode, type AssignmentRow } from '../../db/assignments.ts'
import { problem } from '../../problem.ts'
import { policyRateLimit } from '../../middleware/policy-limit.ts'
import { clientKey } from '../../client-address.ts'
import { RATE_LIMIT_POLICIES } from '../../rate-limit-policies.ts'

/** The Worker's bindings, and the assignment a student route found by its code (`c.var.assignment`). */
export type AssignmentEnv = { Bindings: Env; Variables: { assignment: AssignmentRow } }

/** The assignment with this code (as typed: case, spaces and dashes ignored); 404 when there is none. */
export async function requireAssignment(db: D1Database, rawCode: string): Promise<AssignmentRow> {
  const code = normalizeCode(rawCode)
  // A code outside the join-code alphabet or length cannot exist: no query for it.
  const row = isValidCode(code) ? await getAssignmentByCode(db, code) : null
  if (!row) problem('assignment-not-found', `No assignment with code "${code.slice(0, 20)}".`, { extras: { code: code.slice(0, 20) } })
  return row
}

/**
 * Finds the assignment of the `:code` path parameter and puts it in `c.var.assignment`, answering 404
 * for a malformed or unknown code before the rate limiter runs: the limiter writes a D1 row per key,
 * and its key contains the code, so only codes of real assignments may create one.
 */
export const submittedAssignment: MiddlewareHandler<AssignmentEnv> = async (c, next) => {
  c.set('assignment', await requireAssignment(c.env.DB, c.req.param('code') ?? ''))
  await next()
}

/** Submissions (and personal-code lookups) per client address and assignment per minute. */
export const attemptLimit = policyRateLimit(RATE_LIMIT_POLICIES.attempts, {
  // Per client and assignment: a class behind one school address still fits, a flood does not.
  key: (c) => `${clientKey(c)}:${normalizeCode(c.req.param('code') ?? '')}`,
})
