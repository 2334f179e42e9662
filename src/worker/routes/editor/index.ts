import { createRouter } from '../../app.ts'
import { lazyHandlers } from '../../lazy-modules.ts'
import * as routes from './editor.routes.ts'

/**
 * Quizzes through the API, for authors (`authorAuth`): `POST /v1/quizzes`, `PUT /v1/quizzes/{quizId}`,
 * `DELETE /v1/quizzes/{quizId}` and `GET /v1/quizzes/{quizId}/source`. The body is a quiz file (the
 * format of `questions/<id>/quiz.json`) plus `articleText`, and it passes exactly the checks
 * `npm run check:questions` runs.
 *
 * The editor token opens every quiz. A teacher key creates quizzes its class owns, always classroom
 * quizzes, and opens only those: any other quiz, a file quiz included, answers exactly as an unknown
 * id does, so a class learns nothing of other classes' quizzes.
 */
const handler = lazyHandlers(() => import('./editor.handlers.ts'))

export const editor = createRouter()
  .openapi(routes.createQuiz, handler('createQuiz'), handler('bodyHook'))
  .openapi(routes.updateQuiz, handler('updateQuiz'), handler('bodyHook'))
  .openapi(routes.deleteQuiz, handler('deleteQuiz'))
  .openapi(routes.getQuizSource, handler('getQuizSource'))
