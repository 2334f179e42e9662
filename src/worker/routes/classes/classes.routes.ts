import { ID_MAX_LENGTH } from '../../../core/quiz-ids.ts'
import * as z from '../../../core/zod.ts'
import { createRoute } from '../../api-router.ts'
import { openapi } from '../../openapi-metadata.ts'
import { REVEAL_POLICIES, settingsProblems } from '../../../core/assignment.ts'
import { plainText } from '../../../core/plain-text.ts'
import { LANGS } from '../../../core/quiz-schema.ts'
import { ASSIGNMENT_EXAMPLE, AssignmentSchema } from '../../assignment-schema.ts'
import { CLASS_PAGE_SIZE, ResultsPageQuery } from '../../class-page.ts'
import { limitBody } from '../../middleware/body-limit.ts'
import { teacherAuth } from '../../middleware/teacher-auth.ts'
import { problemCodeResponses, problemResponses } from '../../problem-schema.ts'
import { NextCursorSchema, NextLinkHeaders } from '../../quiz-page.ts'
import { policyRateLimit } from '../../middleware/policy-limit.ts'
import { RATE_LIMIT_POLICIES } from '../../rate-limit-policies.ts'
import { attachmentHeaders, locationHeaders } from '../../response-headers.ts'
import { strictBody } from '../../strict-body.ts'

/**
 * The teacher endpoints' route definitions (paths, schemas, middleware, responses), read by the
 * router and the OpenAPI document; the handlers are in classes.handlers.ts.
 */

// Request schemas

const ClassParams = z.object({
  classId: openapi(z.string().check(z.minLength(1), z.maxLength(64)), { param: { name: 'classId', in: 'path' }, example: 'cls_Qm9vZ3F1aXpjbGFzcw' }),
})

const AssignmentParams = z.extend(ClassParams, {
  assignmentId: openapi(z.string().check(z.minLength(1), z.maxLength(64)), { param: { name: 'assignmentId', in: 'path' } }),
})

const CreateClassBody = openapi(strictBody({ name: z.optional(plainText({ min: 0, max: 100 })) }), 'CreateClassRequest', { example: { name: 'Grade 9 B' } })

/** The body of `POST /v1/classes`, which may be left out. */
export type CreateClassRequest = z.output<typeof CreateClassBody>

const UpdateClassBody = openapi(
  strictBody({
    name: openapi(z.nullable(plainText({ min: 0, max: 100 })), { description: 'The new name; `null` or `""` leaves the class without one.' }),
  }),
  'UpdateClassRequest',
  { example: { name: 'Grade 9 C' } },
)

const Timestamp = openapi(z.iso.datetime({ offset: true }), { example: '2026-12-01T08:00:00Z' })

const CreateAssignmentBody = openapi(
  strictBody({
    quizId: z.string().check(z.minLength(1), z.maxLength(ID_MAX_LENGTH)),
    title: openapi(z.optional(plainText({ max: 200 })), {
      description: "What students see (the /a/CODE page's title too); defaults to the quiz's title in its language.",
    }),
    opensAt: z.nullish(Timestamp),
    dueAt: z.nullish(Timestamp),
    maxAttempts: z._default(z.number().check(z.int(), z.gte(1), z.lte(20)), 1),
    revealAnswers: z._default(z.enum(REVEAL_POLICIES), 'after-submit'),
    shuffle: z._default(z.boolean(), false),
  }).check(
    z.superRefine((body, ctx) => {
      for (const { path, message } of settingsProblems({ opensAt: body.opensAt ?? null, dueAt: body.dueAt ?? null, revealAnswers: body.revealAnswers })) {
        ctx.addIssue({ code: 'custom', path: [path], message })
      }
    }),
  ),
  'CreateAssignmentRequest',
  {
    example: { quizId: 'kim-putin-beijing', title: 'Reading: Beijing summit', maxAttempts: 2, revealAnswers: 'after-submit', shuffle: false },
  },
)

const UpdateAssignmentBody = openapi(
  strictBody({
    title: z.optional(plainText({ max: 200 })),
    opensAt: openapi(z.nullish(Timestamp), { description: '`null` opens it now (no opening time).' }),
    dueAt: openapi(z.nullish(Timestamp), { description: '`null` takes the due time away; a time now or past closes the assignment.' }),
    maxAttempts: openapi(z.optional(z.number().check(z.int(), z.gte(1), z.lte(20))), { description: 'Fewer than a student has used leaves them none.' }),
    revealAnswers: openapi(z.optional(z.enum(REVEAL_POLICIES)), {
      description: 'Changing it changes what every student sees of their attempts from now on (`after-submit` shows them all).',
    }),
  }).check(z.refine((body) => Object.values(body).some((value) => value !== undefined), { message: 'names nothing to change' })),
  'UpdateAssignmentRequest',
  { example: { dueAt: '2026-12-20T18:00:00Z', maxAttempts: 3 } },
)

/** The body of `PATCH …/assignments/:assignmentId`: the settings to change, each left out stays. */
export type UpdateAssignmentRequest = z.output<typeof UpdateAssignmentBody>

const ResultsQuery = z.extend(
  z.object({
    format: openapi(z.optional(z.enum(['json', 'csv'])), {
      description: 'csv for a spreadsheet; also chosen by `Accept: text/csv`. The CSV is always whole: `limit` and `cursor` page the JSON only.',
    }),
    lang: openapi(z.optional(z.enum(LANGS)), {
      description: "Language of the title, prompts and choice texts when the quiz has it; otherwise, and by default, the quiz's own (`quiz.lang` says which).",
    }),
  }),
  ResultsPageQuery.shape,
)

// Response schemas

const ClassSchema = openapi(
  z.object({
    classId: z.string(),
    name: z.nullable(z.string()),
    joinCode: z.string(),
    createdAt: z.string(),
    assignments: z.array(
      // `extend` keeps the Assignment's example: give the counts one too.
      openapi(z.extend(AssignmentSchema, { attemptCount: z.number().check(z.int()), studentCount: z.number().check(z.int()) }), {
        example: { ...ASSIGNMENT_EXAMPLE, attemptCount: 3, studentCount: 2 },
      }),
    ),
  }),
  'Class',
)

const ResultsSchema = openapi(
  z.object({
    assignment: AssignmentSchema,
    quiz: z.object({
      id: z.string(),
      version: z.number().check(z.int()),
      title: z.string(),
      lang: openapi(z.enum(LANGS), { description: 'The language of `title`, the prompts and the choice texts in wrong answers.' }),
      langs: openapi(z.array(z.enum(LANGS)), { description: 'The languages the quiz can be served in, its own first.' }),
    }),
    students: z.array(
      z.object({
        studentKey: openapi(z.string(), {
          description:
            'Who the row is, stable across attempts: pass it (URL-encoded) to `DELETE …/students/{studentKey}/attempts`. Its form is not part of the API.',
        }),
        name: z.string(),
        attempts: z.number().check(z.int()),
        latestScore: z.number(),
        bestScore: z.number(),
        maxScore: z.number(),
        latestShare: z.number(),
        latestSubmittedAt: z.string(),
        timeTakenSeconds: z.nullable(z.number()),
        correctByQuestion: z.record(z.string(), z.nullable(z.boolean())),
        answers: openapi(z.record(z.string(), z.nullable(z.string())), {
          description:
            'Per question id, the latest attempt’s answer as the teacher reads it: typed answers as typed, choices as their texts ' +
            '(in `quiz.lang`, joined with ` + `), `true`/`false` for true/false questions; null when unanswered.',
        }),
      }),
    ),
    notSubmitted: openapi(z.array(z.object({ name: z.string() })), {
      description:
        'The students of the class list (`POST /v1/classes/{classId}/students`) with no attempt yet, in the list’s order; empty when the class has no list.',
    }),
    classList: openapi(
      z.nullable(
        z.object({
          listed: openapi(z.number().check(z.int()), { description: 'Students on the class list.' }),
          submitted: openapi(z.number().check(z.int()), { description: 'Of them, those with at least one attempt.' }),
        }),
      ),
      {
        description:
          'How many of the class list’s students have submitted ("submitted 2 of 3"); students removed from the list or typing free names are not counted. Null when the class has no list.',
      },
    ),
    questions: z.array(
      z.object({
        questionId: z.string(),
        prompt: z.nullable(z.string()),
        type: openapi(z.nullable(z.enum(['single', 'multiple', 'boolean', 'numeric', 'text'])), {
          description: "The question's type, so a client can word `boolean` answers (`true`/`false`) in its language; null when the quiz is gone.",
        }),
        answered: z.number().check(z.int()),
        correct: z.number().check(z.int()),
        correctShare: z.number(),
        topWrongAnswers: z.array(
          z.object({
            answer: openapi(z.string(), { description: 'The normalised form the answers were counted under (choice ids, comma-joined).' }),
            display: openapi(z.string(), {
              description: 'How it reads: the choice texts, or the form most students typed (not normalised).',
            }),
            count: z.number().check(z.int()),
          }),
        ),
      }),
    ),
    totals: z.object({ students: z.number().check(z.int()), attempts: z.number().check(z.int()), averageLatestShare: z.nullable(z.number()) }),
    nextCursor: NextCursorSchema,
  }),
  'AssignmentResults',
)

const bearer = [{ teacherKey: [] }]

const classCreationLimit = policyRateLimit(RATE_LIMIT_POLICIES.classes)

// Routes

export const createClass = createRoute({
  method: 'post',
  path: '/',
  summary: 'Create a class',
  description: 'Returns the teacher key once; only its hash is stored. Rate-limited per IP.',
  middleware: [classCreationLimit, limitBody(4096)],
  request: { body: { required: false, content: { 'application/json': { schema: CreateClassBody } } } },
  responses: {
    201: {
      description: 'The class, with the teacher key to keep',
      headers: locationHeaders('Where the class is read (with its teacher key).', '/v1/classes/cls_9f2k3m4n5p6q7r8s'),
      content: {
        'application/json': {
          schema: z.object({ classId: z.string(), teacherKey: z.string(), joinCode: z.string(), name: z.nullable(z.string()) }),
        },
      },
    },
    ...problemResponses(400, 413, 422, 429),
  },
})
export type CreateClassRoute = typeof createClass

export const getClass = createRoute({
  method: 'get',
  path: '/{classId}',
  summary: 'Get a class with its assignments',
  security: bearer,
  middleware: [teacherAuth()] as const,
  request: { params: ClassParams },
  responses: {
    200: { description: 'The class', content: { 'application/json': { schema: ClassSchema } } },
    ...problemCodeResponses({ 401: ['unauthorized'], 404: ['class-not-found'] }),
  },
})
export type GetClassRoute = typeof getClass

export const updateClass = createRoute({
  method: 'patch',
  path: '/{classId}',
  summary: 'Rename a class',
  description: 'Its join code, key, roster and assignments stay as they are.',
  security: bearer,
  middleware: [teacherAuth(), limitBody(4096)] as const,
  request: {
    params: ClassParams,
    body: { required: true, content: { 'application/json': { schema: UpdateClassBody } } },
  },
  responses: {
    200: { description: 'The class as it is now', content: { 'application/json': { schema: ClassSchema } } },
    ...problemResponses(400, 413, 415),
    ...problemCodeResponses({ 401: ['unauthorized'], 404: ['class-not-found'], 422: ['validation-failed'] }),
  },
})
export type UpdateClassRoute = typeof updateClass

export const replaceTeacherKey = createRoute({
  method: 'post',
  path: '/{classId}/teacher-key',
  summary: 'Replace the teacher key',
  description:
    'For a key that was seen by someone it should not have been: returns a new key once, and the key sent stops working ' +
    'at once (everywhere it is saved, such as a teacher page on another computer). The class, its join code, roster, ' +
    'assignments, attempts and quizzes stay.',
  security: bearer,
  middleware: [teacherAuth()] as const,
  request: { params: ClassParams },
  responses: {
    200: {
      description: 'The new key, to keep',
      content: { 'application/json': { schema: openapi(z.object({ classId: z.string(), teacherKey: z.string() }), 'NewTeacherKey') } },
    },
    ...problemCodeResponses({ 401: ['unauthorized'], 404: ['class-not-found'] }),
  },
})
export type ReplaceTeacherKeyRoute = typeof replaceTeacherKey

export const deleteClass = createRoute({
  method: 'delete',
  path: '/{classId}',
  summary: 'Delete a class with all its assignments and attempts',
  description: 'Also deletes the quizzes the class owns, as `DELETE /v1/quizzes/{quizId}` does: their saved versions stay in D1.',
  security: bearer,
  middleware: [teacherAuth()] as const,
  request: { params: ClassParams },
  responses: { 204: { description: 'Deleted' }, ...problemCodeResponses({ 401: ['unauthorized'], 404: ['class-not-found'] }) },
})
export type DeleteClassRoute = typeof deleteClass

export const createAssignment = createRoute({
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
      headers: locationHeaders('Where the assignment is read (with the teacher key).', '/v1/classes/cls_9f2k3m4n5p6q7r8s/assignments/asg_4h5j6k7m8n9p'),
      content: { 'application/json': { schema: AssignmentSchema } },
    },
    ...problemResponses(400, 413, 415),
    ...problemCodeResponses({ 401: ['unauthorized'], 404: ['class-not-found'], 422: ['validation-failed'] }),
  },
})
export type CreateAssignmentRoute = typeof createAssignment

export const getAssignment = createRoute({
  method: 'get',
  path: '/{classId}/assignments/{assignmentId}',
  summary: 'Get an assignment',
  security: bearer,
  middleware: [teacherAuth()] as const,
  request: { params: AssignmentParams },
  responses: {
    200: { description: 'The assignment', content: { 'application/json': { schema: AssignmentSchema } } },
    ...problemCodeResponses({ 401: ['unauthorized'], 404: ['class-not-found', 'assignment-not-found'] }),
  },
})
export type GetAssignmentRoute = typeof getAssignment

export const updateAssignment = createRoute({
  method: 'patch',
  path: '/{classId}/assignments/{assignmentId}',
  summary: 'Change an assignment',
  description:
    'Its title, opening and due times, attempts and when answers show; the quiz, the code and the shuffle stay. ' +
    'Fields left out stay as they are. Closing it now is `dueAt` set to now; reopening, a later `dueAt` or `null`. ' +
    'The settings that result must hold together as on creation (422 `validation-failed`: `dueAt` after `opensAt`, ' +
    'a `dueAt` for `after-due`). Attempts already made are kept.',
  security: bearer,
  middleware: [teacherAuth(), limitBody(8192)] as const,
  request: {
    params: AssignmentParams,
    body: { required: true, content: { 'application/json': { schema: UpdateAssignmentBody } } },
  },
  responses: {
    200: { description: 'The assignment as it is now', content: { 'application/json': { schema: AssignmentSchema } } },
    ...problemResponses(400, 413, 415),
    ...problemCodeResponses({ 401: ['unauthorized'], 404: ['class-not-found', 'assignment-not-found'], 422: ['validation-failed'] }),
  },
})
export type UpdateAssignmentRoute = typeof updateAssignment

export const deleteAssignment = createRoute({
  method: 'delete',
  path: '/{classId}/assignments/{assignmentId}',
  summary: 'Delete an assignment with its attempts',
  security: bearer,
  middleware: [teacherAuth()] as const,
  request: { params: AssignmentParams },
  responses: { 204: { description: 'Deleted' }, ...problemCodeResponses({ 401: ['unauthorized'], 404: ['class-not-found', 'assignment-not-found'] }) },
})
export type DeleteAssignmentRoute = typeof deleteAssignment

const StudentAttemptsParams = z.extend(AssignmentParams, {
  studentKey: openapi(z.string().check(z.minLength(1), z.maxLength(400)), {
    param: { name: 'studentKey', in: 'path' },
    description: 'A student’s `studentKey`, as the results give it.',
    example: 'roster:stu_Q2xhc3NTdHVkZW50',
  }),
})

export const deleteStudentAttempts = createRoute({
  method: 'delete',
  path: '/{classId}/assignments/{assignmentId}/students/{studentKey}/attempts',
  summary: 'Delete one student’s attempts at an assignment',
  description:
    'Every attempt of the student with this `studentKey` (from the results) at this assignment: they leave the results, and the student may start over with the assignment’s full `maxAttempts`. ' +
    'For a name typed as a joke, a test run or a student who should start again. A class-list student stays on the list (see the class list routes to remove them).',
  security: bearer,
  middleware: [teacherAuth()] as const,
  request: { params: StudentAttemptsParams },
  responses: {
    204: { description: 'Deleted' },
    ...problemResponses(400),
    ...problemCodeResponses({ 401: ['unauthorized'], 404: ['class-not-found', 'assignment-not-found', 'attempts-not-found'] }),
  },
})
export type DeleteStudentAttemptsRoute = typeof deleteStudentAttempts

export const getResults = createRoute({
  method: 'get',
  path: '/{classId}/assignments/{assignmentId}/results',
  summary: "An assignment's results, as JSON or CSV",
  description:
    'Per student (a class-list student, else a display name on a device, case and spacing folded; `studentKey` tells them apart and deletes their attempts): latest and best score, attempts, time taken. ' +
    'Per question: the share of students whose latest attempt is correct and the three most common wrong answers. ' +
    'CSV (UTF-8 with BOM, CRLF) with `Accept: text/csv` or `?format=csv`. ' +
    `The JSON's \`students\` come a page at a time, in their order (by name): ${CLASS_PAGE_SIZE.default} by default, ` +
    'follow `nextCursor` (or the `Link` header’s `rel="next"`) until it is null. Every page carries the whole assignment’s ' +
    '`questions`, `totals`, `classList` and `notSubmitted`. The CSV is always whole.',
  security: bearer,
  middleware: [teacherAuth()] as const,
  request: { params: AssignmentParams, query: ResultsQuery },
  responses: {
    200: {
      description: 'The results. On every JSON page but the last, a `Link` header points at the next one.',
      headers: z.extend(attachmentHeaders('attachment; filename="results-8K3MPQ.csv"'), NextLinkHeaders.shape),
      content: {
        'application/json': { schema: ResultsSchema },
        'text/csv': { schema: openapi(z.string(), { description: 'One row per student; see docs/classroom.md.' }) },
      },
    },
    ...problemResponses(400),
    ...problemCodeResponses({ 401: ['unauthorized'], 404: ['class-not-found', 'assignment-not-found'] }),
  },
})
export type GetResultsRoute = typeof getResults
