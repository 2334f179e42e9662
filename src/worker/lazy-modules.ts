/**
 * Modules imported on first use. The app's route definitions (their zod schemas, for validation and
 * the OpenAPI document) are evaluated when the app starts; a handler, and what it needs from the
 * core (the lexicons of numbers, units and places, the grader, the content checks, the exports), on
 * its route's first request. A new isolate then runs the code its first request needs, not every
 * route's (`npm run bench` measures a fresh workerd process's first requests).
 *
 * The bundler keeps a dynamically imported module in the bundle and evaluates it on the first
 * `import()`. A module also imported statically from the app is evaluated at startup all the same:
 * tests/core/lazy-modules.test.ts checks that the app's static imports reach none of the lexicons.
 */

/**
 * A memoised `load()`: the first call imports, later calls share its promise. A failed import is
 * tried again by the next call rather than cached.
 */
export function lazyModule<Module>(load: () => Promise<Module>): () => Promise<Module> {
  let module: Promise<Module> | undefined
  return () =>
    (module ??= load().catch((error: unknown) => {
      module = undefined
      throw error
    }))
}

/**
 * Handlers (or validation hooks) by name from a module imported on the first request to any of them.
 *
 * @example
 * const handler = lazyHandlers(() => import('./classes.handlers.ts'))
 * createRouter().openapi(routes.createClass, handler('createClass'))
 */
export function lazyHandlers<Module extends object>(load: () => Promise<Module>) {
  const loaded = lazyModule(load)
  return <Name extends keyof Module>(name: Name): Module[Name] => {
    const handler = async (...args: unknown[]) => ((await loaded())[name] as (...args: unknown[]) => unknown)(...args)
    return handler as Module[Name]
  }
}
