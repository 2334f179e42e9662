import type { Context } from 'hono'

/** `c.executionCtx`, or undefined where there is none (`app.request()` in tests): for handing a request on to another app. */
export function executionContext(c: Context): Context['executionCtx'] | undefined {
  try {
    return c.executionCtx
  } catch {
    return undefined
  }
}

/** What a handler may hand work that outlives its response to (`waitUntil`). */
export type ExecutionContextOfRequest = Context['executionCtx']
