import { ID_MAX_LENGTH } from '../../../core/quiz-ids.ts'
import * as z from '../../../core/zod.ts'
import { createRoute } from '../../api-router.ts'
import { openapi } from '../../openapi-metadata.ts'
import { LANGS } from '../../../core/quiz-schema.ts'
import { AnswerSet, AnswerValue, GradeResponseSchema, ResultSchema } from '../../grading-schema.ts'
import { limitBody } from '../../middleware/body-limit.ts'
import { problemResponses } from '../../problem-schema.ts'
import { ContentLanguageHeaders } from '../../response-headers.ts'
import { EDITOR_BODY_LIMIT } from '../editor/editor.routes.ts'

/** Grading against a draft under `/v1/drafts`: route definitions (the handlers are in draft-grading.handlers.ts). */

export const DraftQuiz = openapi(
  z.looseObject({
    id: openapi(z.optional(z.string().check(z.maxLength(ID_MAX_LENGTH))), { description: 'Echoed as `quizId` by grade; `"draft"` when absent.' }),
    version: openapi(z.optional(z.number().check(z.int(), z.gte(1))), { description: 'Echoed by grade; 1 when absent.' }),
    lang: openapi(z.optional(z.enum(LANGS)), {
      description: 'The language of its strings; the results are in it unless the request asks for another that the questions graded have.',
    }),
    questions: openapi(z.array(z.unknown()).check(z.minLength(1), z.maxLength(200)), {
      description: 'Questions as in a quiz file (`EditorQuiz.questions`). Only the ones graded must be valid questions.',
    }),
  }),
  'DraftQuiz',
  {
    description:
      'A quiz in the shape of the editor API’s body (`EditorQuiz`), e.g. a draft from `POST /v1/drafts` being edited. Other fields (`title`, `source`, `articleText`, …) are ignored.',
  },
)

const DraftLang = openapi(z.optional(z.enum(LANGS)), {
  description: "Language of the results' strings: served when every string of the questions graded has it, else the draft's `lang` (as the public routes do).",
})

const DraftCheckBody = openapi(
  z.object({ quiz: DraftQuiz, questionId: z.string().check(z.minLength(1), z.maxLength(ID_MAX_LENGTH)), answer: AnswerValue, lang: DraftLang }),
  'DraftCheckRequest',
)

const DraftGradeBody = openapi(z.object({ quiz: DraftQuiz, answers: AnswerSet, lang: DraftLang }), 'DraftGradeRequest')

/** A draft quiz as the routes take it. */
export type DraftQuiz = z.infer<typeof DraftQuiz>

/** POST /v1/drafts/check: one answer graded against the quiz in the body. */
export const checkDraftAnswer = createRoute({
  method: 'post',
  path: '/check',
  summary: 'Check one answer against an unsaved quiz',
  description:
    'The `Result` the public check route gives (what the grader understood, the expected answer, explanation and evidence), for a question of the quiz in the body. Stores nothing and needs no key; rate-limited with grading. Only that question must be valid: an invalid one is 422 `validation-failed` naming its fields (`quiz.questions[3].answer.value`), as is a second question with the same id.',
  middleware: [limitBody(EDITOR_BODY_LIMIT)] as const,
  request: { body: { required: true, content: { 'application/json': { schema: DraftCheckBody } } } },
  responses: {
    200: { description: 'The graded answer', headers: ContentLanguageHeaders, content: { 'application/json': { schema: ResultSchema } } },
    ...problemResponses(400, 404, 413, 415, 422),
  },
})

/** POST /v1/drafts/grade: a full set of answers graded against the quiz in the body. */
export const gradeDraft = createRoute({
  method: 'post',
  path: '/grade',
  summary: 'Grade a full set of answers against an unsaved quiz',
  description:
    'The response of the public grade route for the quiz in the body: every question graded, unanswered ones score 0; `quizId` is the quiz’s `id` (or `"draft"`), `version` its `version` (or 1). Stores nothing and needs no key; rate-limited with grading. Every question is graded, so every one must be valid (422 `validation-failed` naming the fields, e.g. `quiz.questions[3].answer.value`), with distinct ids; the content checks are not run.',
  middleware: [limitBody(EDITOR_BODY_LIMIT)] as const,
  request: { body: { required: true, content: { 'application/json': { schema: DraftGradeBody } } } },
  responses: {
    200: { description: 'Every question graded', headers: ContentLanguageHeaders, content: { 'application/json': { schema: GradeResponseSchema } } },
    ...problemResponses(400, 413, 415, 422),
  },
})
