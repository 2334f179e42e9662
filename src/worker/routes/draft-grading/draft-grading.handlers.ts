import type { RouteConfig, RouteConfigToEnv, RouteHandler } from '../../api-router.ts'
import { formatPath } from '../../../core/content-issue.ts'
import { questionStrings } from '../../../core/localized.ts'
import { Question, type Lang } from '../../../core/quiz-schema.ts'
import type { AppEnv } from '../../app.ts'
import { checkAnswer, gradeAnswers } from '../../grading.ts'
import { bodyInvalid, jsonPointer, problem, type FieldError } from '../../problem.ts'
import type * as routes from './draft-grading.routes.ts'
import type { DraftQuiz } from './draft-grading.routes.ts'

/** A handler of one route, with the Worker's bindings. */
type Handler<R extends RouteConfig> = RouteHandler<R, AppEnv & RouteConfigToEnv<R>>

/** The draft's questions at `indexes`, each parsed as a `Question`; 422 naming every invalid field (`quiz.questions[3].answer.value`). */
function parseQuestions(quiz: DraftQuiz, indexes: number[]): Question[] {
  const errors: FieldError[] = []
  const parsed: Question[] = []
  for (const index of indexes) {
    const result = Question.safeParse(quiz.questions[index])
    if (result.success) parsed.push(result.data)
    else {
      for (const issue of result.error.issues) {
        const path = ['quiz', 'questions', index, ...issue.path]
        errors.push({ path: formatPath(path), message: issue.message, in: 'body', pointer: jsonPointer(path) })
      }
    }
  }
  // Answers are given by question id: two questions under one id could not be told apart.
  const seen = new Set<string>()
  parsed.forEach((question, i) => {
    if (seen.has(question.id)) errors.push({ path: `quiz.questions[${indexes[i]}].id`, message: 'another question has this id', in: 'body' })
    seen.add(question.id)
  })
  if (errors.length > 0) bodyInvalid(errors)
  return parsed
}

/**
 * The language of the results, as the public routes choose it: the one asked for when every string
 * of the questions graded has it, else the draft's own (`quiz.lang`, required then).
 */
function resultLang(requested: Lang | undefined, quiz: DraftQuiz, questions: readonly Question[]): Lang {
  const strings = [...questionStrings(questions)]
  if (requested && strings.every(([, text]) => text[requested] !== undefined)) return requested
  if (!quiz.lang) bodyInvalid([{ path: 'quiz.lang', message: 'required unless every string of the questions graded is in the lang asked for', in: 'body' }])
  return quiz.lang
}

/** The indexes of the draft's questions whose `id` is `questionId`. */
function indexesOf(quiz: DraftQuiz, questionId: string): number[] {
  const indexes: number[] = []
  quiz.questions.forEach((question, index) => {
    if (typeof question === 'object' && question !== null && (question as { id?: unknown }).id === questionId) indexes.push(index)
  })
  return indexes
}

export const checkDraftAnswer: Handler<typeof routes.checkDraftAnswer> = async (c) => {
  const { quiz, questionId, answer, lang } = c.req.valid('json')
  const indexes = indexesOf(quiz, questionId)
  if (indexes.length === 0) {
    problem('question-not-found', `The quiz has no question "${questionId}".`, { extras: { questionId } })
  }
  const [question] = parseQuestions(quiz, indexes)
  const served = resultLang(lang, quiz, [question!])
  const result = await checkAnswer(c.env, question!, answer, served)
  c.header('Content-Language', served)
  return c.json(result, 200)
}

export const gradeDraft: Handler<typeof routes.gradeDraft> = async (c) => {
  const { quiz, answers, lang } = c.req.valid('json')
  const questions = parseQuestions(
    quiz,
    quiz.questions.map((_, index) => index),
  )
  const served = resultLang(lang, quiz, questions)
  const graded = await gradeAnswers(c.env, questions, answers, served)
  c.header('Content-Language', served)
  const { score, maxScore, results } = graded
  return c.json({ quizId: quiz.id || 'draft', version: quiz.version ?? 1, lang: served, score, maxScore, results }, 200)
}
