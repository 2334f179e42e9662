import { createRouter } from '../../app.ts'
import * as handlers from './assignments.handlers.ts'
import * as routes from './assignments.routes.ts'

/** Student endpoints: read an assignment by its code, get its quiz, find a roster student, submit and re-read attempts. */
export const assignments = createRouter()
  .openapi(routes.getAssignment, handlers.getAssignment)
  .openapi(routes.getAssignmentQuiz, handlers.getAssignmentQuiz)
  .openapi(routes.findRosterStudent, handlers.findRosterStudent)
  .openapi(routes.submitAttempt, handlers.submitAttempt)
  .openapi(routes.getAttempt, handlers.getAttempt)
