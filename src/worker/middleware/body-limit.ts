import { bodyLimit } from 'hono/body-limit'
import { problem } from '../problem.ts'

/** The largest JSON body the grading endpoints accept; a full answer set is a few KiB. */
export const GRADE_BODY_LIMIT = 64 * 1024

/** Rejects a request body larger than `maxSize` bytes with a `payload-too-large` problem. */
export function limitBody(maxSize: number = GRADE_BODY_LIMIT) {
  return bodyLimit({
    maxSize,
    onError: () =>
      problem('payload-too-large', `The request body is larger than ${maxSize} bytes.`, {
        extras: { limit: maxSize },
      }),
  })
}
