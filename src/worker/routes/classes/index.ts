import { createRouter } from '../../app.ts'
import { lazyHandlers } from '../../lazy-modules.ts'
import * as routes from './classes.routes.ts'

/** Teacher endpoints: a class, its assignments and their results, all behind the class's teacher key. */
const handler = lazyHandlers(() => import('./classes.handlers.ts'))

export const classes = createRouter()
  .openapi(routes.createClass, handler('createClass'))
  .openapi(routes.getClass, handler('getClass'))
  .openapi(routes.updateClass, handler('updateClass'))
  .openapi(routes.replaceTeacherKey, handler('replaceTeacherKey'))
  .openapi(routes.deleteClass, handler('deleteClass'))
  .openapi(routes.createAssignment, handler('createAssignment'))
  .openapi(routes.getAssignment, handler('getAssignment'))
  .openapi(routes.updateAssignment, handler('updateAssignment'))
  .openapi(routes.deleteAssignment, handler('deleteAssignment'))
  .openapi(routes.getResults, handler('getResults'))
  .openapi(routes.deleteStudentAttempts, handler('deleteStudentAttempts'))
