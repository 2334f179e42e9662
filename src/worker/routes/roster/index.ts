import { createRouter } from '../../app.ts'
import * as handlers from './roster.handlers.ts'
import * as routes from './roster.routes.ts'

/** A class's roster: list, add students (each with a personal code), remove one. */
export const roster = createRouter()
  .openapi(routes.listRoster, handlers.list)
  .openapi(routes.addToRoster, handlers.add)
  .openapi(routes.removeFromRoster, handlers.remove)
