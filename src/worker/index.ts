/**
 * The Worker's entry. Its app (api.ts: every route with its zod schemas, the OpenAPI registry, the
 * bundled quizzes, the grader's lexicons) is imported on the first request rather than at startup:
 * the bundler turns the dynamic import into a lazily run module, so a new isolate is ready after
 * evaluating this file alone (`npm run bench` measures startup and first request against a Hono
 * hello-world).
 */
type App = typeof import('./api.ts')['default']

let app: Promise<App> | undefined

export default {
  async fetch(request, env, ctx) {
    app ??= import('./api.ts').then(
      (module) => module.default,
      (error: unknown) => {
        // A failed import is tried again by the next request rather than cached.
        app = undefined
        throw error
      },
    )
    return (await app).fetch(request, env, ctx)
  },
} satisfies ExportedHandler<Env>
