import { Hono, type Handler } from 'hono'
import { methodNotAllowed } from 'hono/method-not-allowed'
import type { RouteConfig } from './api-router.ts'
import type { AppEnv } from './app.ts'
import { executionContext } from './execution-context.ts'
import { lazyModule } from './lazy-modules.ts'
import { methodNotAllowedProblem, notFound, onError } from './problem.ts'

/**
 * The app's routes in groups by path, each group's modules imported on its first request: a new
 * isolate evaluates the route definitions (their zod schemas) of the group its
 * first request is for, not of every route. A reader's quiz loads the quiz routes, a student's page
 * no zod at all, a teacher's class the classroom's. The app (api.ts) answers a group's paths with
 * {@link routeGroupHandler}; the OpenAPI document is generated at build time from every group's
 * routes (scripts/build-openapi-document.ts), so it is the same whichever group a request loaded.
 *
 * Groups are by path, not by resource: every route of a path is in one group, so a group's
 * 405 (`Allow`) and 404 answers are the whole app's. tests/core/route-groups.test.ts checks that
 * each group's routes lie under its paths and that no two groups share one.
 */

/**
 * A router and the path its routes are relative to. A router of validated routes (`createRouter`)
 * keeps their definitions, which the build documents (scripts/build-openapi-document.ts).
 */
export type MountedRouter = { at: string; router: Hono<AppEnv> & { routeDefinitions?: readonly RouteConfig[] } }

export type RouteGroup = {
  /** The paths the group answers: each path, and every path under it. */
  paths: readonly string[]
  /** Imports the group's routers. */
  load: () => Promise<MountedRouter[]>
}

export const ROUTE_GROUPS: readonly RouteGroup[] = [
  {
    // A reader's quiz and its grading, and the editor's and the exports' routes on the same paths.
    paths: ['/v1/quizzes'],
    load: async () => {
      const [{ quizzes }, { editor }, { quizExports }] = await Promise.all([
        import('./routes/quizzes/index.ts'),
        import('./routes/editor/index.ts'),
        import('./routes/export.ts'),
      ])
      return [quizzes, editor, quizExports].map((router) => ({ at: '/v1/quizzes', router }))
    },
  },
  {
    paths: ['/v1/assignments'],
    load: async () => [{ at: '/v1/assignments', router: (await import('./routes/assignments/index.ts')).assignments }],
  },
  {
    paths: ['/v1/classes'],
    load: async () => {
      const [{ classes }, { roster }] = await Promise.all([import('./routes/classes/index.ts'), import('./routes/roster/index.ts')])
      return [classes, roster].map((router) => ({ at: '/v1/classes', router }))
    },
  },
  {
    paths: ['/v1/drafts'],
    load: async () => {
      const [{ drafts }, { draftGrading }] = await Promise.all([import('./routes/drafts.ts'), import('./routes/draft-grading/index.ts')])
      return [drafts, draftGrading].map((router) => ({ at: '/v1/drafts', router }))
    },
  },
  { paths: ['/v1/quiz-sources'], load: async () => [{ at: '/v1/quiz-sources', router: (await import('./routes/quiz-sources.ts')).quizSourceList }] },
  { paths: ['/v1/me'], load: async () => [{ at: '/v1/me', router: (await import('./routes/me.ts')).me }] },
  // Plain Hono pages: the embed page, the apps' pages and a student's page load no zod.
  { paths: ['/embed'], load: async () => [{ at: '/', router: (await import('./routes/embed.ts')).embed }] },
  { paths: ['/teach', '/studio', '/a'], load: async () => [{ at: '/', router: (await import('./routes/pages.ts')).pages }] },
  { paths: ['/oembed'], load: async () => [{ at: '/', router: (await import('./routes/oembed.ts')).oembed }] },
  { paths: ['/v1/openapi.json', '/docs'], load: async () => [{ at: '/', router: (await import('./routes/openapi.ts')).apiDocs() }] },
]

/**
 * The app's handler of a group's paths: on the first request it imports the group's routers and
 * builds their app (the same middleware and error handlers as every route), then hands it each
 * request.
 */
export function routeGroupHandler(group: RouteGroup): Handler<AppEnv> {
  const app = lazyModule(async () => groupApp(await group.load()))
  return async (c) => (await app()).fetch(c.req.raw, c.env, executionContext(c))
}

function groupApp(routers: MountedRouter[]): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.use(methodNotAllowed({ app, onMethodNotAllowed: methodNotAllowedProblem }))
  for (const { at, router } of routers) app.route(at, router)
  app.onError(onError)
  app.notFound(notFound)
  return app
}

/**
 * Every group's routers in one app, for the tests that compare the OpenAPI document with what is
 * served; imported on first use.
 */
export const documentedRoutes = lazyModule(async (): Promise<Hono<AppEnv>> => {
  const groups = await Promise.all(ROUTE_GROUPS.map((group) => group.load()))
  const documented = new Hono<AppEnv>()
  for (const { at, router } of groups.flat()) documented.route(at, router)
  return documented
})

/**
 * Every method and path `app` serves, the app's own routes and every group's (not middleware, nor
 * HEAD and OPTIONS, which GET and CORS answer): for the tests that hold the document to the routes.
 */
export async function servedRoutes(app: Hono<AppEnv>): Promise<{ method: string; path: string }[]> {
  const routes = [...app.routes, ...(await documentedRoutes()).routes].filter((route) => !['ALL', 'HEAD', 'OPTIONS'].includes(route.method))
  return [...new Map(routes.map(({ method, path }) => [`${method} ${path}`, { method, path }])).values()]
}
