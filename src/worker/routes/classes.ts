import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { prefersCsv } from '../accept.ts'
import { REVEAL_POLICIES, toAssignmentSettings, type TeacherAssignment } from '../../core/assignment.ts'
import { toCsv } from '../../core/csv.ts'
import { pickText, quizLangs, servedLang } from '../../core/localized.ts'
import { LANGS, type Lang, type Quiz } from '../../core/quiz-schema.ts'
import { aggregateResults, resultsTable, type WrongAnswer } from '../../core/results.ts'
import { createRouter } from '../app.ts'
import { AssignmentSchema } from '../assignment-schema.ts'
import { createAssignment, deleteAssignment, getAssignment, listAssignments, type AssignmentRow } from '../db/assignments.ts'
import { listAttemptRecords } from '../db/attempts.ts'
import { createClass, deleteClass } from '../db/classes.ts'
import { limitBody } from '../middleware/body-limit.ts'
import { hashTeacherKey, newTeacherKey, teacherAuth } from '../middleware/teacher-auth.ts'
import { problem, problemResponses } from '../problem.ts'
import { getAssignedQuiz, getQuiz, getQuizOwner } from '../quiz-store.ts'
import { policyRateLimit } from '../middleware/policy-limit.ts'
import { RATE_LIMIT_POLICIES } from '../rate-limit-policies.ts'

// Request schemas

const ClassParams = z.object({
  classId: z.string().min(1).max(64).openapi({ param: { name: 'classId', in: 'path' }, example: 'cls_Qm9vZ3F1aXpjbGFzcw' }),
})

const AssignmentParams = ClassParams.extend({
  assignmentId: z.string().min(1).max(64).openapi({ param: { name: 'assignmentId', in: 'path' } }),
})

const CreateClassBody = z
  .object({ name: z.string().trim().max(100).optional() })
  .openapi('CreateClassRequest', { example: { name: 'Grade 9 B' } })

const Timestamp = z.iso.datetime({ offset: true }).openapi({ example: '2026-12-01T08:00:00Z' })

const CreateAssignmentBody = z
  .object({
    quizId: z.string().min(1).max(80),
    title: z.string().trim().min(1).max(200).optional().openapi({
      description: "What students see (the /a/CODE page's title too); defaults to the quiz's title in its language.",
    }),
    opensAt: Timestamp.nullish(),
    dueAt: Timestamp.nullish(),
    maxAttempts: z.number().int().min(1).max(20).default(1),
    revealAnswers: z.enum(REVEAL_POLICIES).default('after-submit'),
    shuffle: z.boolean().default(false),
  })
  .superRefine((body, ctx) => {
    if (body.opensAt && body.dueAt && Date.parse(body.dueAt) <= Date.parse(body.opensAt)) {
      ctx.addIssue({ code: 'custom', path: ['dueAt'], message: 'must be after opensAt' })
    }
    if (body.revealAnswers === 'after-due' && !body.dueAt) {
      ctx.addIssue({ code: 'custom', path: ['dueAt'], message: 'is required when revealAnswers is "after-due"' })
    }
  })
  .openapi('CreateAssignmentRequest', {
    example: { quizId: 'kim-putin-beijing', title: 'Reading: Beijing summit', maxAttempts: 2, revealAnswers: 'after-submit', shuffle: false },
  })

const ResultsQuery = z.object({
  format: z.enum(['json', 'csv']).optional().openapi({ description: 'csv for a spreadsheet; also chosen by `Accept: text/csv`.' }),
  lang: z.enum(LANGS).optional().openapi({
    description: "Language of the title, prompts and choice texts when the quiz has it; otherwise, and by default, the quiz's own (`quiz.lang` says which).",
  }),
})

// Response schemas

const ClassSchema = z
  .object({
    classId: z.string(),
    name: z.string().nullable(),
    joinCode: z.string(),
    createdAt: z.string(),
    assignments: z.array(AssignmentSchema.extend({ attemptCount: z.number().int(), studentCount: z.number().int() })),
  })
  .openapi('Class')

const ResultsSchema = z
  .object({
    assignment: AssignmentSchema,
    quiz: z.object({
      id: z.string(),
      version: z.number().int(),
      title: z.string(),
      lang: z.enum(LANGS).openapi({ description: 'The language of `title`, the prompts and the choice texts in wrong answers.' }),
      langs: z.array(z.enum(LANGS)).openapi({ description: 'The languages the quiz can be served in, its own first.' }),
    }),
    students: z.array(
      z.object({
        name: z.string(),
        attempts: z.number().int(),
        latestScore: z.number(),
        bestScore: z.number(),
        maxScore: z.number(),
        latestShare: z.number(),
        latestSubmittedAt: z.string(),
        timeTakenSeconds: z.number().nullable(),
        correctByQuestion: z.record(z.string(), z.boolean().nullable()),
      }),
    ),
    questions: z.array(
      z.object({
        questionId: z.string(),
        prompt: z.string().nullable(),
        type: z.enum(['single', 'multiple', 'boolean', 'numeric', 'text']).nullable().openapi({
          description: "The question's type, so a client can word `boolean` answers (`true`/`false`) in its language; null when the quiz is gone.",
        }),
        answered: z.number().int(),
        correct: z.number().int(),
        correctShare: z.number(),
        topWrongAnswers: z.array(
          z.object({
            answer: z.string().openapi({ description: 'The normalised form the answers were counted under (choice ids, comma-joined).' }),
            display: z.string().openapi({
              description: 'How it reads: the choice texts, or the form most students typed (not normalised).',
            }),
            count: z.number().int(),
          }),
        ),
      }),
    ),
    totals: z.object({ students: z.number().int(), attempts: z.number().int(), averageLatestShare: z.number().nullable() }),
  })
  .openapi('AssignmentResults')

const bearer = [{ teacherKey: [] }]

// Helpers

function toAssignmentJson(row: AssignmentRow, origin: string): TeacherAssignment {
  return { assignmentId: row.id, ...toAssignmentSettings(row), createdAt: row.createdAt, link: `${origin}/a/${row.code}` }
}

async function requireAssignment(db: D1Database, classId: string, assignmentId: string): Promise<AssignmentRow> {
  const row = await getAssignment(db, classId, assignmentId)
  if (!row) problem('assignment-not-found', `No assignment "${assignmentId}" in this class.`, { extras: { assignmentId } })
  return row
}

function toIso(value: string | null | undefined): string | null {
  return value ? new Date(value).toISOString() : null
}

/** How a stored wrong answer reads for the teacher: choice ids become their texts, typed answers stay as typed. */
function wrongAnswerDisplay(quiz: Quiz | null, questionId: string, wrong: WrongAnswer, lang: Lang): string {
  const question = quiz?.questions.find((q) => q.id === questionId)
  if (!quiz || !question || (question.type !== 'single' && question.type !== 'multiple')) return wrong.typed ?? wrong.answer
  return wrong.answer
    .split(',')
    .map((id) => {
      const choice = question.choices.find((c) => c.id === id.trim())
      return choice ? pickText(choice.text, lang, quiz.lang) : id.trim()
    })
    .join(' + ')
}

/** `?format=` decides; without it, `Accept` (`text/csv;q=0` refuses CSV). */
function wantsCsv(format: string | undefined, c: Context): boolean {
  return format ? format === 'csv' : prefersCsv(c)
}

// Routes

const classCreationLimit = policyRateLimit(RATE_LIMIT_POLICIES.classes)

/** Teacher endpoints: a class, its assignments and their results, all behind the class's teacher key. */
export const classes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      summary: 'Create a class',
      description: 'Returns the teacher key once; only its hash is stored. Rate-limited per IP.',
      middleware: [classCreationLimit, limitBody(4096)],
      request: { body: { required: false, content: { 'application/json': { schema: CreateClassBody } } } },
      responses: {
        201: {
          description: 'The class, with the teacher key to keep',
          content: {
            'application/json': {
              schema: z.object({ classId: z.string(), teacherKey: z.string(), joinCode: z.string(), name: z.string().nullable() }),
            },
          },
        },
        ...problemResponses(400, 413, 422, 429),
      },
    }),
    async (c) => {
      const body = (c.req.valid('json') as z.infer<typeof CreateClassBody> | undefined) ?? {}
      const teacherKey = newTeacherKey()
      const row = await createClass(c.env.DB, { name: body.name || null, teacherKeyHash: await hashTeacherKey(teacherKey) })
      c.header('Cache-Control', 'no-store')
      c.header('Location', `/v1/classes/${row.id}`)
      return c.json({ classId: row.id, teacherKey, joinCode: row.joinCode, name: row.name }, 201)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{classId}',
      summary: 'Get a class with its assignments',
      security: bearer,
      middleware: [teacherAuth()] as const,
      request: { params: ClassParams },
      responses: {
        200: { description: 'The class', content: { 'application/json': { schema: ClassSchema } } },
        ...problemResponses(401, 404),
      },
    }),
    async (c) => {
      const found = c.var.teacherClass
      const origin = new URL(c.req.url).origin
      const assignments = await listAssignments(c.env.DB, found.id)
      c.header('Cache-Control', 'no-store')
      return c.json(
        {
          classId: found.id,
          name: found.name,
          joinCode: found.joinCode,
          createdAt: found.createdAt,
          assignments: assignments.map((a) => ({
            ...toAssignmentJson(a, origin),
            attemptCount: a.attemptCount,
            studentCount: a.studentCount,
          })),
        },
        200,
      )
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{classId}',
      summary: 'Delete a class with all its assignments and attempts',
      description: 'Also deletes the quizzes the class owns, as `DELETE /v1/quizzes/{quizId}` does: their saved versions stay in D1.',
      security: bearer,
      middleware: [teacherAuth()] as const,
      request: { params: ClassParams },
      responses: { 204: { description: 'Deleted' }, ...problemResponses(401, 404) },
    }),
    async (c) => {
      await deleteClass(c.env.DB, c.var.teacherClass.id)
      return c.body(null, 204)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{classId}/assignments',
      summary: 'Assign a quiz',
      description:
        'Any public quiz, an editor’s classroom quiz, or a quiz this class owns. A quiz another class owns gets the answer of an unknown id (422 `validation-failed` at `quizId`).',
      security: bearer,
      middleware: [teacherAuth(), limitBody(8192)] as const,
      request: {
        params: ClassParams,
        body: { required: true, content: { 'application/json': { schema: CreateAssignmentBody } } },
      },
      responses: {
        201: {
          description: 'The assignment and the code students type',
          content: { 'application/json': { schema: AssignmentSchema } },
        },
        ...problemResponses(400, 401, 404, 413, 415, 422),
      },
    }),
    async (c) => {
      const body = c.req.valid('json')
      const quiz = await getQuiz(c.env, body.quizId)
      // Another class's quiz answers as an unknown id: its existence does not show.
      const owner = quiz && (await getQuizOwner(c.env, quiz.id))
      if (!quiz || (owner && owner !== c.var.teacherClass.id)) {
        problem('validation-failed', `There is no quiz "${body.quizId}".`, {
          extras: { errors: [{ path: 'quizId', message: 'no quiz with this id', in: 'body' }] },
        })
      }
      const row = await createAssignment(c.env.DB, {
        classId: c.var.teacherClass.id,
        quizId: quiz.id,
        title: body.title ?? pickText(quiz.title, quiz.lang),
        opensAt: toIso(body.opensAt),
        dueAt: toIso(body.dueAt),
        maxAttempts: body.maxAttempts,
        revealAnswers: body.revealAnswers,
        shuffle: body.shuffle,
      })
      c.header('Location', `/v1/classes/${row.classId}/assignments/${row.id}`)
      return c.json(toAssignmentJson(row, new URL(c.req.url).origin), 201)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{classId}/assignments/{assignmentId}',
      summary: 'Get an assignment',
      security: bearer,
      middleware: [teacherAuth()] as const,
      request: { params: AssignmentParams },
      responses: {
        200: { description: 'The assignment', content: { 'application/json': { schema: AssignmentSchema } } },
        ...problemResponses(401, 404),
      },
    }),
    async (c) => {
      const { assignmentId } = c.req.valid('param')
      const row = await requireAssignment(c.env.DB, c.var.teacherClass.id, assignmentId)
      c.header('Cache-Control', 'no-store')
      return c.json(toAssignmentJson(row, new URL(c.req.url).origin), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{classId}/assignments/{assignmentId}',
      summary: 'Delete an assignment with its attempts',
      security: bearer,
      middleware: [teacherAuth()] as const,
      request: { params: AssignmentParams },
      responses: { 204: { description: 'Deleted' }, ...problemResponses(401, 404) },
    }),
    async (c) => {
      const { assignmentId } = c.req.valid('param')
      if (!(await deleteAssignment(c.env.DB, c.var.teacherClass.id, assignmentId))) {
        problem('assignment-not-found', `No assignment "${assignmentId}" in this class.`, { extras: { assignmentId } })
      }
      return c.body(null, 204)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{classId}/assignments/{assignmentId}/results',
      summary: "An assignment's results, as JSON or CSV",
      description:
        'Per student (grouped by display name, case and spacing folded): latest and best score, attempts, time taken. ' +
        'Per question: the share of students whose latest attempt is correct and the three most common wrong answers. ' +
        'CSV (UTF-8 with BOM, CRLF) with `Accept: text/csv` or `?format=csv`.',
      security: bearer,
      middleware: [teacherAuth()] as const,
      request: { params: AssignmentParams, query: ResultsQuery },
      responses: {
        200: {
          description: 'The results',
          content: {
            'application/json': { schema: ResultsSchema },
            'text/csv': { schema: z.string().openapi({ description: 'One row per student; see docs/classroom.md.' }) },
          },
        },
        ...problemResponses(400, 401, 404),
      },
    }),
    async (c) => {
      const { assignmentId } = c.req.valid('param')
      const { format, lang: requested } = c.req.valid('query')
      const row = await requireAssignment(c.env.DB, c.var.teacherClass.id, assignmentId)
      const quiz = await getAssignedQuiz(c.env, row.quizId)
      const langs = quiz ? quizLangs(quiz) : []
      const lang = quiz ? servedLang(langs, requested) : (requested ?? 'ar')
      const attempts = await listAttemptRecords(c.env.DB, row.id)
      const results = aggregateResults(attempts, { questionIds: quiz?.questions.map((q) => q.id) })
      c.header('Cache-Control', 'no-store')
      c.header('Vary', 'Accept')

      if (wantsCsv(format, c)) {
        c.header('Content-Type', 'text/csv; charset=utf-8')
        c.header('Content-Disposition', `attachment; filename="results-${row.code}.csv"`)
        return c.body(toCsv(resultsTable(results)), 200)
      }
      const prompts = new Map(quiz?.questions.map((q) => [q.id, pickText(q.prompt, lang, quiz.lang)]))
      return c.json(
        {
          assignment: toAssignmentJson(row, new URL(c.req.url).origin),
          quiz: quiz
            ? { id: quiz.id, version: quiz.version, title: pickText(quiz.title, lang, quiz.lang), lang, langs }
            : { id: row.quizId, version: 0, title: row.quizId, lang, langs },
          students: results.students,
          questions: results.questions.map((q) => ({
            ...q,
            prompt: prompts.get(q.questionId) ?? null,
            type: quiz?.questions.find((question) => question.id === q.questionId)?.type ?? null,
            topWrongAnswers: q.topWrongAnswers.map((w) => ({
              answer: w.answer,
              display: wrongAnswerDisplay(quiz, q.questionId, w, lang),
              count: w.count,
            })),
          })),
          totals: results.totals,
        },
        200,
      )
    },
  )
