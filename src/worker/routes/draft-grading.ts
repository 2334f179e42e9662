import { createRoute, z } from '@hono/zod-openapi'
import { formatPath } from '../../core/content-checks.ts'
import { questionStrings } from '../../core/localized.ts'
import { LANGS, Question, type Lang } from '../../core/quiz-schema.ts'
import { createRouter } from '../app.ts'
import { AnswerSet, AnswerValue, GradeResponseSchema, ResultSchema } from '../grading-schema.ts'
import { gradeAnswers } from '../../core/grade-answers.ts'
import { checkAnswer, rejectAnswers } from '../grading.ts'
import { limitBody } from '../middleware/body-limit.ts'
import { bodyInvalid, jsonPointer, problem, problemResponses, type FieldError } from '../problem.ts'
import { ContentLanguageHeaders } from '../response-headers.ts'
import { EDITOR_BODY_LIMIT } from './editor/editor.routes.ts'

/**
 * Trying answers against a quiz that is not saved: `POST /v1/drafts/check` and `POST /v1/drafts/grade`
 * take the quiz in the request and answer exactly as the public check and grade routes do. Nothing
 * is stored and no key is needed (the answer keys are the caller's own); the grading rate limit
 * applies. A draft being edited may fail the content checks: only the questions graded must be valid
 * questions.
 */

const DraftQuiz = z
  .looseObject({
    id: z.string().max(80).optional().openapi({ description: 'Echoed as `quizId` by grade; `"draft"` when absent.' }),
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

const DraftCheckBody = z.object({ quiz: DraftQuiz, questionId: z.string().min(1).max(80), answer: AnswerValue, lang: DraftLang }).openapi('DraftCheckRequest')

const DraftGradeBody = z.object({ quiz: DraftQuiz, answers: AnswerSet, lang: DraftLang }).openapi('DraftGradeRequest')

type DraftQuiz = z.infer<typeof DraftQuiz>

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

export const draftGrading = createRouter()
  .openapi(
    createRoute({
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
    }),
    (c) => {
      const { quiz, questionId, answer, lang } = c.req.valid('json')
      const indexes = indexesOf(quiz, questionId)
      if (indexes.length === 0) {
        problem('question-not-found', `The quiz has no question "${questionId}".`, { extras: { questionId } })
      }
      const [question] = parseQuestions(quiz, indexes)
      const served = resultLang(lang, quiz, [question!])
      const result = checkAnswer(question!, answer, served)
      c.header('Content-Language', served)
      return c.json(result, 200)
    },
  )
  .openapi(
    createRoute({
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
    }),
    (c) => {
      const { quiz, answers, lang } = c.req.valid('json')
      const questions = parseQuestions(
        quiz,
        quiz.questions.map((_, index) => index),
      )
      const served = resultLang(lang, quiz, questions)
      const graded = gradeAnswers({ questions }, answers, served)
      if (!graded.ok) rejectAnswers(graded.errors)
      c.header('Content-Language', served)
      const { score, maxScore, results } = graded
      return c.json({ quizId: quiz.id || 'draft', version: quiz.version ?? 1, lang: served, score, maxScore, results }, 200)
    },
  )
