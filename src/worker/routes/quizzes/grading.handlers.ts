import { quizLangs, servedLang } from '../../../core/localized.ts'
import { checkAnswer, gradeAnswers } from '../../grading.ts'
import { problem } from '../../problem.ts'
import type * as routes from './quizzes.routes.ts'
import { requireQuiz, type Handler } from './quizzes.handlers.ts'

/**
 * The public grading routes' handlers, apart from the reading ones (quizzes.handlers.ts): they load
 * the grader, which a reader's first request, the quiz itself, does not need.
 */

export const gradeQuiz: Handler<typeof routes.gradeQuiz> = async (c) => {
  const { quizId } = c.req.valid('param')
  const { lang } = c.req.valid('query')
  const { answers } = c.req.valid('json')
  const quiz = await requireQuiz(c.env, quizId)
  const served = servedLang(quizLangs(quiz), lang)
  const graded = await gradeAnswers(c.env, quiz.questions, answers, served)
  c.header('Content-Language', served)
  const { score, maxScore, results } = graded
  return c.json({ quizId: quiz.id, version: quiz.version, lang: served, score, maxScore, results }, 200)
}

export const checkQuestion: Handler<typeof routes.checkQuestion> = async (c) => {
  const { quizId, questionId } = c.req.valid('param')
  const { lang } = c.req.valid('query')
  const { answer } = c.req.valid('json')
  const quiz = await requireQuiz(c.env, quizId)
  const question = quiz.questions.find((q) => q.id === questionId)
  if (!question) {
    problem('question-not-found', `Quiz "${quizId}" has no question "${questionId}".`, { extras: { quizId, questionId } })
  }
  const served = servedLang(quizLangs(quiz), lang)
  const result = await checkAnswer(c.env, question, answer, served, quiz.questions)
  c.header('Content-Language', served)
  return c.json(result, 200)
}
