import { createRouter } from '../../app.ts'
import { lazyHandlers } from '../../lazy-modules.ts'
import * as routes from './quizzes.routes.ts'

const handler = lazyHandlers(() => import('./quizzes.handlers.ts'))
const gradingHandler = lazyHandlers(() => import('./grading.handlers.ts'))

/**
 * The public quiz API: list, read (without answer keys), grade a whole attempt, check one answer.
 * Only `visibility: 'public'` quizzes: a classroom quiz is not listed and is a 404 here.
 */
export const quizzes = createRouter()
  .openapi(routes.listQuizzes, handler('listQuizzes'))
  .openapi(routes.getQuiz, handler('getQuiz'))
  .openapi(routes.gradeQuiz, gradingHandler('gradeQuiz'))
  .openapi(routes.checkQuestion, gradingHandler('checkQuestion'))
