import { createRoute, z } from '@hono/zod-openapi'
import { answerShapeError, gradeQuestion, MAX_ANSWER_CHARS, MAX_ANSWER_ITEMS } from '../../core/grade.ts'
import { quizLangs, servedLang } from '../../core/localized.ts'
import { isPublicQuiz, toPublicQuiz } from '../../core/public-quiz.ts'
import { LANGS, type Lang, type Question, type Quiz } from '../../core/quiz-schema.ts'
import { toResult, type RevealedResult } from '../../core/result.ts'
import { createRouter } from '../app.ts'
import { limitBody } from '../middleware/body-limit.ts'
import { cacheControl } from '../middleware/cache-control.ts'
import { strongEtag } from '../middleware/etag.ts'
import { problem, problemResponses, type FieldError } from '../problem.ts'
import { LangsSchema, PublicQuizSchema } from '../public-quiz-schema.ts'
import { getQuiz, listQuizSummaries } from '../quiz-store.ts'

// Request schemas

const LangQuery = z.object({
  lang: z
    .enum(LANGS)
    .optional()
    .openapi({
      description:
        "Language of the returned strings when the quiz has it (see `langs`); otherwise, and by default, the quiz's own language. The response's `lang` (or `Content-Language`) says which was served.",
    }),
})

const QuizParams = z.object({
  quizId: z.string().min(1).max(80).openapi({ param: { name: 'quizId', in: 'path' }, example: 'kim-putin-beijing' }),
})

const QuestionParams = QuizParams.extend({
  questionId: z.string().min(1).max(80).openapi({ param: { name: 'questionId', in: 'path' }, example: 'meeting-duration' }),
})

/** One answer, by question type: choice id, choice ids, boolean, number or free text; null = unanswered. */
export const AnswerValue = z
  .union([
    z.string().max(MAX_ANSWER_CHARS),
    z.number(),
    z.boolean(),
    z.array(z.string().max(MAX_ANSWER_CHARS)).max(MAX_ANSWER_ITEMS),
  ])
  .nullable()
  .openapi('Answer', { example: 'ساعتين ونصف' })

const GradeBody = z
  .object({ answers: z.record(z.string().max(80), AnswerValue) })
  .openapi('GradeRequest', { example: { answers: { 'meeting-duration': '150 دقيقة', 'parade-occasion': 'japan-surrender' } } })

const CheckBody = z.object({ answer: AnswerValue }).openapi('CheckRequest', { example: { answer: '١٥٠ دقيقة' } })

// Response schemas (for the OpenAPI document; handlers build the bodies with core functions)

const QuizSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  lang: z.enum(LANGS).openapi({ description: 'The language `title` is in.' }),
  langs: LangsSchema,
  questionCount: z.number().int(),
  version: z.number().int(),
})

const ResultSchema = z
  .object({
    questionId: z.string(),
    answered: z.boolean(),
    correct: z.boolean(),
    score: z.number(),
    maxScore: z.number(),
    parsed: z
      .looseObject({ kind: z.enum(['number', 'text', 'choice', 'boolean']), display: z.string() })
      .nullable()
      .openapi({ description: 'What the grader understood the answer as; null when unanswered or unreadable.' }),
    explanation: z.string(),
    evidence: z.object({ paragraph: z.number().int(), quote: z.string() }),
    expected: z.looseObject({ display: z.string() }),
  })
  .openapi('Result')

const GradeResponse = z
  .object({
    quizId: z.string(),
    version: z.number().int(),
    lang: z.enum(LANGS).openapi({ description: 'The language of the explanations and `display` strings.' }),
    score: z.number(),
    maxScore: z.number(),
    results: z.array(ResultSchema),
  })
  .openapi('GradeResponse')

// Helpers

/** A public quiz; a classroom quiz gets the very 404 of an unknown id, so its existence does not show. */
async function requireQuiz(env: Env, quizId: string): Promise<Quiz> {
  const quiz = await getQuiz(env, quizId)
  if (!quiz || !isPublicQuiz(quiz)) problem('quiz-not-found', `There is no quiz "${quizId}".`, { extras: { quizId } })
  return quiz
}

function shapeProblem(errors: FieldError[]): never {
  problem('validation-failed', `Invalid request body: ${errors.map((e) => e.path).join(', ')}.`, {
    extras: { errors },
  })
}

// Sums of fractional scores (partial credit) would otherwise show float noise like 2.9999999.
function total(values: number[]): number {
  return Math.round(values.reduce((sum, v) => sum + v, 0) * 1e6) / 1e6
}

function gradeOne(question: Question, answer: z.infer<typeof AnswerValue> | undefined, lang: Lang): RevealedResult {
  return toResult(question, gradeQuestion(question, answer), lang, { reveal: true })
}

// Routes

const readCache = [strongEtag(), cacheControl()]

/**
 * The public quiz API: list, read (without answer keys), grade a whole attempt, check one answer.
 * Only `visibility: 'public'` quizzes: a classroom quiz is not listed and is a 404 here.
 */
export const quizzes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      summary: 'List quizzes',
      middleware: readCache,
      request: { query: LangQuery },
      responses: {
        200: {
          description: 'Every public quiz (classroom quizzes are not listed), each title in `lang` when the quiz has it, else in its own language (the entry’s `lang`)',
          content: { 'application/json': { schema: z.object({ quizzes: z.array(QuizSummarySchema) }) } },
        },
        ...problemResponses(400),
      },
    }),
    async (c) => {
      const { lang } = c.req.valid('query')
      // The store lists public quizzes only: classroom quizzes are served through their assignments.
      return c.json({ quizzes: await listQuizSummaries(c.env, lang) }, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{quizId}',
      summary: 'Get a quiz without its answer keys',
      description: 'A public quiz. A classroom quiz (`visibility: classroom`) answers 404 `quiz-not-found`, like an unknown id: open it through its assignment.',
      middleware: readCache,
      request: { params: QuizParams, query: LangQuery },
      responses: {
        200: { description: 'The quiz', content: { 'application/json': { schema: PublicQuizSchema } } },
        304: { description: 'Not modified (If-None-Match matched the ETag)' },
        ...problemResponses(400, 404),
      },
    }),
    async (c) => {
      const { quizId } = c.req.valid('param')
      const { lang } = c.req.valid('query')
      const quiz = await requireQuiz(c.env, quizId)
      const served = toPublicQuiz(quiz, lang)
      c.header('Content-Language', served.lang)
      return c.json(served, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{quizId}/grade',
      summary: 'Grade a full set of answers',
      middleware: [limitBody()],
      request: {
        params: QuizParams,
        query: LangQuery,
        body: { required: true, content: { 'application/json': { schema: GradeBody } } },
      },
      responses: {
        200: { description: 'Every question graded; unanswered ones score 0', content: { 'application/json': { schema: GradeResponse } } },
        ...problemResponses(400, 404, 413, 415, 422),
      },
    }),
    async (c) => {
      const { quizId } = c.req.valid('param')
      const { lang } = c.req.valid('query')
      const { answers } = c.req.valid('json')
      const quiz = await requireQuiz(c.env, quizId)
      const given = new Map(Object.entries(answers))
      const questions = new Map(quiz.questions.map((q) => [q.id, q]))

      const errors: FieldError[] = []
      for (const [questionId, answer] of given) {
        const question = questions.get(questionId)
        const message = question ? answerShapeError(question, answer) : 'no question with this id in the quiz'
        if (message) errors.push({ path: `answers.${questionId}`, message, in: 'body' })
      }
      if (errors.length > 0) shapeProblem(errors)

      const served = servedLang(quizLangs(quiz), lang)
      const results = quiz.questions.map((q) => gradeOne(q, given.get(q.id), served))
      c.header('Content-Language', served)
      return c.json(
        {
          quizId: quiz.id,
          version: quiz.version,
          lang: served,
          score: total(results.map((r) => r.score)),
          maxScore: total(results.map((r) => r.maxScore)),
          results,
        },
        200,
      )
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{quizId}/questions/{questionId}/check',
      summary: 'Check one answer',
      middleware: [limitBody()],
      request: {
        params: QuestionParams,
        query: LangQuery,
        body: { required: true, content: { 'application/json': { schema: CheckBody } } },
      },
      responses: {
        200: { description: 'The graded answer', content: { 'application/json': { schema: ResultSchema } } },
        ...problemResponses(400, 404, 413, 415, 422),
      },
    }),
    async (c) => {
      const { quizId, questionId } = c.req.valid('param')
      const { lang } = c.req.valid('query')
      const { answer } = c.req.valid('json')
      const quiz = await requireQuiz(c.env, quizId)
      const question = quiz.questions.find((q) => q.id === questionId)
      if (!question) {
        problem('question-not-found', `Quiz "${quizId}" has no question "${questionId}".`, { extras: { quizId, questionId } })
      }
      const message = answerShapeError(question, answer)
      if (message) shapeProblem([{ path: 'answer', message, in: 'body' }])
      const served = servedLang(quizLangs(quiz), lang)
      c.header('Content-Language', served)
      return c.json(gradeOne(question, answer, served), 200)
    },
  )
