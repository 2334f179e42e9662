import { ID_MAX_LENGTH } from '../../../core/quiz-ids.ts'
import { createRoute, z } from '@hono/zod-openapi'
import { LANGS } from '../../../core/quiz-schema.ts'
import { AnswerSet, AnswerValue, GradeResponseSchema, ResultSchema } from '../../grading-schema.ts'
import { limitBody } from '../../middleware/body-limit.ts'
import { problemResponses } from '../../problem-schema.ts'
import { ContentLanguageHeaders } from '../../response-headers.ts'
import { EDITOR_BODY_LIMIT } from '../editor/editor.routes.ts'

/** Grading against a draft under `/v1/drafts`: route definitions (the handlers are in draft-grading.handlers.ts). */

export const DraftQuiz = z
  .looseObject({
    id: z.string().max(ID_MAX_LENGTH).optional().openapi({ description: 'Echoed as `quizId` by grade; `"draft"` when absent.' }),
    version: z.number().int().min(1).optional().openapi({ description: 'Echoed by grade; 1 when absent.' }),
    lang: z.enum(LANGS).optional().openapi({
      description: 'The language of its strings; the results are in it unless the request asks for another that the questions graded have.',
    }),
    questions: z.array(z.unknown()).min(1).max(200).openapi({
      description: 'Questions as in a quiz file (`EditorQuiz.questions`). Only the ones graded must be valid questions.',
    }),
  })
  .openapi('DraftQuiz', {
    description:
      'A quiz in the shape of the editor API’s body (`EditorQuiz`), e.g. a draft from `POST /v1/drafts` being edited. Other fields (`title`, `source`, `articleText`, …) are ignored.',
  })

const DraftLang = z.enum(LANGS).optional().openapi({
  description: "Language of the results' strings: served when every string of the questions graded has it, else the draft's `lang` (as the public routes do).",
})

const DraftCheckBody = z
  .object({ quiz: DraftQuiz, questionId: z.string().min(1).max(ID_MAX_LENGTH), answer: AnswerValue, lang: DraftLang })
  .openapi('DraftCheckRequest')

const DraftGradeBody = z.object({ quiz: DraftQuiz, answers: AnswerSet, lang: DraftLang }).openapi('DraftGradeRequest')

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
