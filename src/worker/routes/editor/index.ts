import { createRouter } from '../../app.ts'
import * as handlers from './editor.handlers.ts'
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
export const editor = createRouter()
  .openapi(routes.createQuiz, handlers.createQuiz, handlers.bodyHook)
  .openapi(routes.updateQuiz, handlers.updateQuiz, handlers.bodyHook)
  .openapi(routes.deleteQuiz, handlers.deleteQuiz)
  .openapi(routes.getQuizSource, handlers.getQuizSource)
