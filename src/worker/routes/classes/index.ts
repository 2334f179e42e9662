import { createRouter } from '../../app.ts'
import * as handlers from './classes.handlers.ts'
import * as routes from './classes.routes.ts'

/** Teacher endpoints: a class, its assignments and their results, all behind the class's teacher key. */
export const classes = createRouter()
  .openapi(routes.createClass, handlers.createClass)
  .openapi(routes.getClass, handlers.getClass)
  .openapi(routes.updateClass, handlers.updateClass)
  .openapi(routes.replaceTeacherKey, handlers.replaceTeacherKey)
  .openapi(routes.deleteClass, handlers.deleteClass)
  .openapi(routes.createAssignment, handlers.createAssignment)
  .openapi(routes.getAssignment, handlers.getAssignment)
  .openapi(routes.updateAssignment, handlers.updateAssignment)
  .openapi(routes.deleteAssignment, handlers.deleteAssignment)
  .openapi(routes.getResults, handlers.getResults)
  .openapi(routes.deleteStudentAttempts, handlers.deleteStudentAttempts)
