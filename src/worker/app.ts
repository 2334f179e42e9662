import { ApiRouter, type RouteConfig, type RouteConfigToEnv, type RouteHandler } from './api-router.ts'
import { validationHook } from './problem.ts'

/** Bindings and variables every route of the Worker sees. */
export type AppEnv = { Bindings: Env }

/**
 * Creates a router for one resource. Its `defaultHook` turns request-schema failures into
 * `validation-failed` problems, so every route declared with `createRoute` validates the same way.
 */
export function createRouter() {
  return new ApiRouter<AppEnv>({ defaultHook: validationHook })
}

/**
 * The handler of a route defined with `createRoute`, typed by its definition: request, responses,
 * and the variables its middleware sets (`c.var.teacherClass`, `c.var.author`).
 */
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv & RouteConfigToEnv<R>>
