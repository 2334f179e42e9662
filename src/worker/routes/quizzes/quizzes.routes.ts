import { ID_MAX_LENGTH } from '../../../core/quiz-ids.ts'
import * as z from '../../../core/zod.ts'
import { createRoute } from '../../api-router.ts'
import { openapi } from '../../openapi-metadata.ts'
import { LANGS } from '../../../core/quiz-schema.ts'
import { AnswerSet, AnswerValue, GradeResponseSchema, ResultSchema } from '../../grading-schema.ts'
import { limitBody } from '../../middleware/body-limit.ts'
import { cacheControl } from '../../middleware/cache-control.ts'
import { strongEtag } from '../../middleware/etag.ts'
import { CachedReadHeaders, ContentLanguageHeaders } from '../../response-headers.ts'
import { problemCodeResponses, problemResponses } from '../../problem-schema.ts'
import { NextCursorSchema, NextLinkHeaders, QuizPageQuery } from '../../quiz-page.ts'
import { LangsSchema, PublicQuizSchema } from '../../public-quiz-schema.ts'

/** The public quiz endpoints under `/v1/quizzes`: route definitions (the handlers are in quizzes.handlers.ts). */

// Request schemas

const LangQuery = z.object({
  lang: openapi(z.optional(z.enum(LANGS)), {
    description:
      "Language of the returned strings when the quiz has it (see `langs`); otherwise, and by default, the quiz's own language. The response's `lang` (or `Content-Language`) says which was served.",
  }),
})

const ListQuery = z.extend(
  z.extend(LangQuery, {
    servedIn: openapi(z.optional(z.enum(LANGS)), {
      description:
        'Only the quizzes served in this language: written in it, or with a complete translation into it (`langs` includes it). For a site or a class that reads one language. The `Link` to the next page keeps it.',
    }),
  }),
  QuizPageQuery.shape,
)

const QuizParams = z.object({
  quizId: openapi(z.string().check(z.minLength(1), z.maxLength(ID_MAX_LENGTH)), { param: { name: 'quizId', in: 'path' }, example: 'kim-putin-beijing' }),
})

const QuestionParams = z.extend(QuizParams, {
  questionId: openapi(z.string().check(z.minLength(1), z.maxLength(ID_MAX_LENGTH)), { param: { name: 'questionId', in: 'path' }, example: 'meeting-duration' }),
})

const GradeBody = openapi(z.object({ answers: AnswerSet }), 'GradeRequest', {
  example: { answers: { 'meeting-duration': '150 دقيقة', 'parade-occasion': 'japan-surrender' } },
})

const CheckBody = openapi(z.object({ answer: AnswerValue }), 'CheckRequest', { example: { answer: '١٥٠ دقيقة' } })

// Response schemas (for the OpenAPI document; handlers build the bodies with core functions)

const QuizSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  lang: openapi(z.enum(LANGS), { description: 'The language `title` is in.' }),
  langs: LangsSchema,
  questionCount: z.number().check(z.int()),
  version: z.number().check(z.int()),
})

const readCache = [strongEtag(), cacheControl()]

// Routes

/** GET /v1/quizzes: a page of the public quizzes. */
export const listQuizzes = createRoute({
  method: 'get',
  path: '/',
  summary: 'List quizzes',
  description:
    'The public quizzes (classroom quizzes are not listed), by id, a page at a time: follow `nextCursor` (or the `Link` header’s `rel="next"`) until it is null. `servedIn` keeps only the quizzes a reader of that language can take.',
  middleware: readCache,
  request: { query: ListQuery },
  responses: {
    200: {
      description:
        'A page of public quizzes, each title in `lang` when the quiz has it, else in its own language (the entry’s `lang`). On every page but the last, a `Link` header points at the next one.',
      headers: z.extend(NextLinkHeaders, CachedReadHeaders.shape),
      content: {
        'application/json': {
          schema: z.object({
            quizzes: z.array(QuizSummarySchema),
            nextCursor: NextCursorSchema,
          }),
        },
      },
    },
    304: { description: 'Not modified (If-None-Match matched the ETag)', headers: CachedReadHeaders },
    ...problemResponses(400),
  },
})

/** GET /v1/quizzes/{quizId}: a public quiz without its answer keys. */
export const getQuiz = createRoute({
  method: 'get',
  path: '/{quizId}',
  summary: 'Get a quiz without its answer keys',
  description: 'A public quiz. A classroom quiz (`visibility: classroom`) answers 404 `quiz-not-found`, like an unknown id: open it through its assignment.',
  middleware: readCache,
  request: { params: QuizParams, query: LangQuery },
  responses: {
    200: {
      description: 'The quiz',
      headers: z.extend(CachedReadHeaders, ContentLanguageHeaders.shape),
      content: { 'application/json': { schema: PublicQuizSchema } },
    },
    304: { description: 'Not modified (If-None-Match matched the ETag)', headers: CachedReadHeaders },
    ...problemResponses(400),
    ...problemCodeResponses({ 404: ['quiz-not-found'] }),
  },
})

/** POST /v1/quizzes/{quizId}/grade: a full set of answers graded. */
export const gradeQuiz = createRoute({
  method: 'post',
  path: '/{quizId}/grade',
  summary: 'Grade a full set of answers',
  description:
    '`answers` maps question ids to answers: a choice id (`single`), an array of choice ids (`multiple`), true/false, ' +
    'a number or text with its unit (`numeric`), text (`text`). Every question is graded, in the quiz’s order; one left out ' +
    'scores 0. An answer to a question the quiz does not have, of the wrong shape, or naming a choice id its question does ' +
    'not have is refused (422 `validation-failed`, `errors` naming each, e.g. `answers.training-areas[1]`), and nothing is graded.',
  middleware: [limitBody()],
  request: {
    params: QuizParams,
    query: LangQuery,
    body: { required: true, content: { 'application/json': { schema: GradeBody } } },
  },
  responses: {
    200: {
      description: 'Every question graded; unanswered ones score 0',
      headers: ContentLanguageHeaders,
      content: { 'application/json': { schema: GradeResponseSchema } },
    },
    ...problemResponses(400, 413, 415),
    ...problemCodeResponses({ 404: ['quiz-not-found'], 422: ['validation-failed'] }),
  },
})

/** POST /v1/quizzes/{quizId}/questions/{questionId}/check: one answer graded. */
export const checkQuestion = createRoute({
  method: 'post',
  path: '/{quizId}/questions/{questionId}/check',
  summary: 'Check one answer',
  description:
    'One answer, in the shape `grade` takes for its question. An answer of the wrong shape, or naming a choice id the question ' +
    'does not have, is refused (422 `validation-failed` at `answer`, or `answer[i]` for an item of a list).',
  middleware: [limitBody()],
  request: {
    params: QuestionParams,
    query: LangQuery,
    body: { required: true, content: { 'application/json': { schema: CheckBody } } },
  },
  responses: {
    200: { description: 'The graded answer', headers: ContentLanguageHeaders, content: { 'application/json': { schema: ResultSchema } } },
    ...problemResponses(400, 413, 415),
    ...problemCodeResponses({ 404: ['quiz-not-found', 'question-not-found'], 422: ['validation-failed'] }),
  },
})
