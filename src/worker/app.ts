import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from './problem.ts'

/** Bindings and variables every route of the Worker sees. */
export type AppEnv = { Bindings: Env }

/**
 * Creates a router for one resource. Its `defaultHook` turns request-schema failures into
 * `validation-failed` problems, so every route declared with `createRoute` validates the same way.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
}
