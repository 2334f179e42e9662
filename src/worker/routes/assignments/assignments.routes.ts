import * as z from '../../../core/zod.ts'
import { createRoute } from '../../api-router.ts'
import { openapi } from '../../openapi-metadata.ts'
import { LANGS } from '../../../core/quiz-schema.ts'
import { STUDENT_IDENTITIES } from '../../../core/assignment.ts'
import { PublicAssignmentSchema } from '../../assignment-schema.ts'
import { AnswerSet, ResultSchema } from '../../grading-schema.ts'
import { limitBody } from '../../middleware/body-limit.ts'
import { problemCodeResponses, problemResponses } from '../../problem-schema.ts'
import { PublicQuizSchema } from '../../public-quiz-schema.ts'
import { ContentLanguageHeaders, locationHeaders } from '../../response-headers.ts'
import { DisplayName } from '../../student-schema.ts'
import { attemptLimit, submittedAssignment } from './assignments.middleware.ts'

/** The student endpoints under `/v1/assignments`: route definitions (the handlers are in assignments.handlers.ts). */

// Request schemas

const CodeParams = z.object({
  code: openapi(z.string().check(z.minLength(1), z.maxLength(20)), { param: { name: 'code', in: 'path' }, example: '8K3MPQ' }),
})

const LangParam = openapi(z.optional(z.enum(LANGS)), {
  description: "Language of the quiz's strings when the quiz has it (its `langs`); otherwise, and by default, the quiz's own.",
})

const QuizQuery = z.object({
  lang: LangParam,
  seed: openapi(z.optional(z.string().check(z.maxLength(100))), {
    description:
      'With `shuffle`, questions and their choices are ordered by a shuffle seeded with an HMAC of the code (and this ' +
      'seed, if given) under a server secret.',
  }),
})

const LangQuery = z.object({ lang: LangParam })

const IDEMPOTENCY_KEY_FORM = 'must be 8–100 of A–Z a–z 0–9 - _ . : (a fresh UUID per attempt is ideal)'
const IdempotencyKey = z
  .string(IDEMPOTENCY_KEY_FORM)
  .check(z.minLength(8, IDEMPOTENCY_KEY_FORM), z.maxLength(100, IDEMPOTENCY_KEY_FORM), z.regex(/^[A-Za-z0-9_.:-]+$/, IDEMPOTENCY_KEY_FORM))

/** A personal code as typed: spaces and dashes are allowed and ignored. */
const StudentCode = openapi(z.string().check(z.minLength(1), z.maxLength(20)), {
  description: 'A roster student’s personal code (8 characters; spaces, dashes and case ignored).',
  example: 'K7MX-3QPA',
})

const DeviceId = openapi(z.string().check(z.regex(/^[A-Za-z0-9_-]{16,100}$/, 'must be 16–100 of A–Z a–z 0–9 - _')), {
  description:
    'A random token the student page keeps per device (a UUID is fine): without a roster, a name’s attempts count per ' +
    'device, so nobody can use a classmate’s attempts by typing their name. Only its SHA-256 is stored.',
})

const AttemptBody = openapi(
  z.object({
    name: openapi(z.optional(DisplayName), {
      description: 'The student’s display name (no accounts): 1–60 characters. Required unless the class has a roster.',
    }),
    studentCode: openapi(z.optional(StudentCode), { description: 'Required when the class has a roster (`identity: roster`).' }),
    deviceId: z.optional(DeviceId),
    answers: AnswerSet,
    startedAt: z.optional(z.iso.datetime({ offset: true })),
    clientAttemptId: openapi(z.optional(IdempotencyKey), {
      description: 'The idempotency key, instead of the `Idempotency-Key` header: one of the two is required (400 `validation-failed` without either).',
    }),
  }),
  'AttemptRequest',
  {
    example: {
      name: 'سارة',
      deviceId: '0b8f3c1e-5a2d-4c7e-9f10-2d6b8a4e1c33',
      answers: { 'meeting-duration': '150 دقيقة' },
      startedAt: '2026-12-01T08:03:00Z',
    },
  },
)

const AttemptHeaders = z.object({
  'idempotency-key': openapi(z.optional(IdempotencyKey), {
    param: { name: 'idempotency-key', in: 'header' },
    description:
      'A fresh UUID per attempt; a retry with the same key returns the stored attempt. Required unless the body has `clientAttemptId` (400 `validation-failed` without either).',
  }),
})

// Response schemas

const HiddenResultSchema = openapi(z.object({ questionId: z.string(), answered: z.boolean() }), 'HiddenResult')

const AttemptResponse = openapi(
  z.object({
    attemptId: z.string(),
    name: openapi(z.string(), { description: 'The name the attempt is stored under (a roster student’s from the roster).' }),
    attemptNumber: z.number().check(z.int()),
    attemptsLeft: z.number().check(z.int()),
    score: openapi(z.nullable(z.number()), { description: 'Null while the answers are hidden (`revealed: false`).' }),
    maxScore: z.number(),
    submittedAt: z.string(),
    revealed: z.boolean(),
    results: openapi(z.array(z.union([ResultSchema, HiddenResultSchema])), {
      description: 'Per question; only `{ questionId, answered }` while the answers are hidden.',
    }),
  }),
  'AttemptResult',
  {
    example: {
      attemptId: 'att_5b7c9d2e4f6g',
      name: 'سارة',
      attemptNumber: 1,
      attemptsLeft: 1,
      score: null,
      maxScore: 22,
      submittedAt: '2026-12-01T08:04:15.000Z',
      revealed: false,
      results: [
        { questionId: 'parade-occasion', answered: true },
        { questionId: 'meeting-duration', answered: false },
      ],
    },
  },
)

const RosterStudentResponse = openapi(z.object({ name: z.string(), identity: z.enum(STUDENT_IDENTITIES) }), 'StudentWhoAmI', {
  example: { name: 'Sara Ali', identity: 'roster' },
})

// Routes

export const getAssignment = createRoute({
  method: 'get',
  path: '/{code}',
  summary: 'Get an assignment by its code',
  request: { params: CodeParams },
  responses: {
    200: { description: 'The assignment (no answers)', content: { 'application/json': { schema: PublicAssignmentSchema } } },
    ...problemResponses(400),
    ...problemCodeResponses({ 404: ['assignment-not-found'] }),
  },
})

export const getAssignmentQuiz = createRoute({
  method: 'get',
  path: '/{code}/quiz',
  summary: "The assignment's quiz, without answer keys",
  request: { params: CodeParams, query: QuizQuery },
  responses: {
    200: {
      description:
        'The public quiz; questions and choices shuffled when the assignment says so. For a classroom quiz, `id` is ' +
        '`assignment-CODE` instead of the quiz id.',
      headers: ContentLanguageHeaders,
      content: { 'application/json': { schema: PublicQuizSchema } },
    },
    ...problemResponses(400),
    ...problemCodeResponses({ 404: ['assignment-not-found', 'quiz-not-found'] }),
  },
})

export const findRosterStudent = createRoute({
  method: 'get',
  path: '/{code}/students/{studentCode}',
  summary: 'Whose personal code this is',
  description:
    'For the student page to ask "is this you?" before a roster student submits: the name on the class roster for this ' +
    'personal code. Rate-limited with attempts.',
  middleware: [submittedAssignment, attemptLimit] as const,
  request: {
    params: z.extend(CodeParams, { studentCode: openapi(StudentCode, { param: { name: 'studentCode', in: 'path' } }) }),
  },
  responses: {
    200: { description: 'The roster student', content: { 'application/json': { schema: RosterStudentResponse } } },
    ...problemResponses(400, 429),
    ...problemCodeResponses({ 404: ['assignment-not-found', 'student-not-found'] }),
  },
})

export const submitAttempt = createRoute({
  method: 'post',
  path: '/{code}/attempts',
  summary: 'Submit an attempt',
  description:
    'Idempotent: send a fresh `Idempotency-Key` header (or `clientAttemptId` in the body) per attempt; one of the two ' +
    'is required, and a submission with neither is answered 400 `validation-failed`, since it could not be retried safely. ' +
    'A retry with the same key returns the stored attempt (201, `Idempotent-Replayed: true`) and never stores a second one. With a roster (`identity: roster`) ' +
    'send `studentCode`; without, `name` and `deviceId`. While the answers are hidden, the response carries no score.',
  middleware: [submittedAssignment, attemptLimit, limitBody()] as const,
  request: {
    params: CodeParams,
    query: LangQuery,
    headers: AttemptHeaders,
    body: { required: true, content: { 'application/json': { schema: AttemptBody } } },
  },
  responses: {
    201: {
      description: 'The stored attempt (also on a replayed retry, then with `Idempotent-Replayed: true`)',
      headers: z.extend(
        locationHeaders('Where the attempt is read again (the attempt id is the credential).', '/v1/assignments/8K3MPQ/attempts/att_5b7c9d2e4f6g'),
        {
          'Idempotent-Replayed': openapi(z.optional(z.literal('true')), {
            description: 'Present on a retry with an `Idempotency-Key` already used: the stored attempt, nothing new stored.',
          }),
        },
      ),
      content: { 'application/json': { schema: AttemptResponse } },
    },
    ...problemResponses(400, 413, 415, 429),
    ...problemCodeResponses({
      403: ['assignment-not-open', 'assignment-closed'],
      404: ['assignment-not-found', 'quiz-not-found'],
      409: ['max-attempts-reached'],
      422: ['validation-failed', 'idempotency-conflict', 'student-code-required', 'student-code-unknown'],
    }),
  },
})

export const getAttempt = createRoute({
  method: 'get',
  path: '/{code}/attempts/{attemptId}',
  summary: 'Read a submitted attempt again',
  description:
    'The attempt id (from the submission) is the credential. Results and the score are revealed per the policy at the ' +
    'time of reading, so with `after-due` a student sees them once the due date has passed.',
  request: {
    params: z.extend(CodeParams, {
      attemptId: openapi(z.string().check(z.minLength(1), z.maxLength(64)), { param: { name: 'attemptId', in: 'path' } }),
    }),
  },
  responses: {
    200: { description: 'The attempt', content: { 'application/json': { schema: AttemptResponse } } },
    ...problemResponses(400),
    ...problemCodeResponses({ 404: ['assignment-not-found', 'attempt-not-found'] }),
  },
})
