import * as z from '../core/zod.ts'

/**
 * A request body that refuses a field it does not have, naming it (`maxAttempt`: `unknown field; the
 * fields are …`), rather than dropping it: a misspelt setting silently left out makes an assignment
 * other than the one asked for (one attempt instead of three, no due time).
 */
export function strictBody<T extends z.core.$ZodLooseShape>(shape: T) {
  const fields = Object.keys(shape).join(', ')
  return z.strictObject(shape, { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field; the fields are ${fields}` : undefined) })
}
