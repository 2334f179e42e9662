import { createRouter } from '../../app.ts'
import { lazyHandlers } from '../../lazy-modules.ts'
import * as routes from './roster.routes.ts'

/** A class's roster: list, add students (each with a personal code), remove one. */
const handler = lazyHandlers(() => import('./roster.handlers.ts'))

export const roster = createRouter()
  .openapi(routes.listRoster, handler('list'))
  .openapi(routes.addToRoster, handler('add'))
  .openapi(routes.removeFromRoster, handler('remove'))
