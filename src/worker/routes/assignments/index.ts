import { createRouter } from '../../app.ts'
import { lazyHandlers } from '../../lazy-modules.ts'
import * as routes from './assignments.routes.ts'

/** Student endpoints: read an assignment by its code, get its quiz, find a roster student, submit and re-read attempts. */
const handler = lazyHandlers(() => import('./assignments.handlers.ts'))

export const assignments = createRouter()
  .openapi(routes.getAssignment, handler('getAssignment'))
  .openapi(routes.getAssignmentQuiz, handler('getAssignmentQuiz'))
  .openapi(routes.findRosterStudent, handler('findRosterStudent'))
  .openapi(routes.submitAttempt, handler('submitAttempt'))
  .openapi(routes.getAttempt, handler('getAttempt'))
