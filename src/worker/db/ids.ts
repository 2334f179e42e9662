import { randomCode } from '../../core/join-code.ts'
import { base64url, randomBytes } from '../crypto.ts'

/** Random, URL-safe ids with a readable prefix (`cls_…`, `asg_…`, `att_…`), 16 random bytes each. */
export function newId(prefix: string): string {
  return `${prefix}_${base64url(randomBytes(16))}`
}

/** True when a D1 error is a UNIQUE constraint violation (a code collision worth retrying). */
export function isUniqueViolation(err: unknown): boolean {
  return err instanceof Error && /UNIQUE constraint failed/i.test(err.message)
}

/** How many codes {@link insertWithFreshCode} draws before it gives up. */
export const FRESH_CODE_TRIES = 9

/**
 * Inserts a row under a freshly drawn join code: `insert(code)` runs the INSERT, and a code already
 * taken (a UNIQUE violation) is drawn again, 6 characters at first, one longer after every third
 * collision (up to 8). Any other error, or the last collision, is thrown.
 *
 * ```ts
 * const row = await insertWithFreshCode(async (code) => { await db.prepare(SQL).bind(code).run(); return { code } })
 * ```
 */
export async function insertWithFreshCode<T>(insert: (code: string) => Promise<T>, draw: (length: number) => string = randomCode): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await insert(draw(6 + Math.min(2, Math.floor(tries / 3))))
    } catch (err) {
      if (!isUniqueViolation(err) || tries >= FRESH_CODE_TRIES - 1) throw err
    }
  }
}
