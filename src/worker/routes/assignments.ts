import { createRoute, z } from '@hono/zod-openapi'
import { assignmentStatus, toPublicAssignment } from '../../core/assignment.ts'
import { answerTo } from '../../core/grade-answers.ts'
import { isValidCode, normalizeCode } from '../../core/join-code.ts'
import { normalizeText } from '../../core/normalize.ts'
import { plainText } from '../../core/plain-text.ts'
import { quizLangs, servedLang } from '../../core/localized.ts'
import { isPublicQuiz, toPublicQuiz } from '../../core/public-quiz.ts'
import { LANGS, type Lang, type Question, type Quiz } from '../../core/quiz-schema.ts'
import type { GradeResult, RevealedResult } from '../../core/answer-feedback.ts'
import { studentKey, type AnswerRecord } from '../../core/assignment-results.ts'
import type { MiddlewareHandler } from 'hono'
import { createRouter, type AppEnv } from '../app.ts'
import { PublicAssignmentSchema } from '../assignment-schema.ts'
import { sha256Hex } from '../crypto.ts'
import { PublicQuizSchema } from '../public-quiz-schema.ts'
import { getAssignmentByCode, type AssignmentRow } from '../db/assignments.ts'
import {
  AssignmentGoneError,
  countAttempts,
  findAttemptByIdempotencyKey,
  getAttempt,
  insertAttemptWithinLimit,
  type AttemptRow,
} from '../db/attempts.ts'
import { limitBody } from '../middleware/body-limit.ts'
import { problem, problemResponses } from '../problem.ts'
import { gradeAnswerSet } from '../grading.ts'
import { getAssignedQuiz } from '../quiz-store.ts'
import { clientKey } from '../client-address.ts'
import { policyRateLimit } from '../middleware/policy-limit.ts'
import { RATE_LIMIT_POLICIES } from '../rate-limit-policies.ts'

/** Longest display name, in characters after trimming. */
export const MAX_NAME_LENGTH = 60
/** Longest free-text answer, in characters. */
export const MAX_ANSWER_LENGTH = 500

// Request schemas

const CodeParams = z.object({
  code: z.string().min(1).max(20).openapi({ param: { name: 'code', in: 'path' }, example: '8K3MPQ' }),
})

const LangParam = z.enum(LANGS).optional().openapi({
  description: "Language of the quiz's strings when the quiz has it (its `langs`); otherwise, and by default, the quiz's own.",
})

const QuizQuery = z.object({
  lang: LangParam,
  seed: z.string().max(100).optional().openapi({
    description: 'With `shuffle`, questions and their choices are ordered by a seeded shuffle of the code (and this seed, if given).',
  }),
})

const LangQuery = z.object({ lang: LangParam })

const DisplayName = plainText({ max: MAX_NAME_LENGTH })

const AnswerValue = z.union([
  z.string().max(MAX_ANSWER_LENGTH, `must be at most ${MAX_ANSWER_LENGTH} characters`),
  z.number(),
  z.boolean(),
  z.array(z.string().max(200)).max(20),
])

const IdempotencyKey = z
  .string()
  .min(8)
  .max(100)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'use letters, digits and - _ . : (a UUID is ideal)')

const AttemptBody = z
  .object({
    name: DisplayName.openapi({ description: 'The student’s display name (no accounts): 1–60 characters.' }),
    answers: z.record(z.string().max(80), AnswerValue),
    startedAt: z.iso.datetime({ offset: true }).optional(),
    clientAttemptId: IdempotencyKey.optional().openapi({
      description: 'The idempotency key, instead of the `Idempotency-Key` header: one of the two is required (400 `validation-failed` without either).',
    }),
  })
  .openapi('AttemptRequest', {
    example: { name: 'سارة', answers: { 'meeting-duration': '150 دقيقة' }, startedAt: '2026-12-01T08:03:00Z' },
  })

const AttemptHeaders = z.object({
  'idempotency-key': IdempotencyKey.optional().openapi({
    param: { name: 'idempotency-key', in: 'header' },
    description:
      'A fresh UUID per attempt; a retry with the same key returns the stored attempt. Required unless the body has `clientAttemptId` (400 `validation-failed` without either).',
  }),
})

// Response schemas

const AttemptResponse = z
  .object({
    attemptId: z.string(),
    attemptNumber: z.number().int(),
    attemptsLeft: z.number().int(),
    score: z.number(),
    maxScore: z.number(),
    submittedAt: z.string(),
    revealed: z.boolean(),
    results: z.array(z.looseObject({ questionId: z.string(), answered: z.boolean() })),
  })
  .openapi('AttemptResult')

// Helpers

async function requireAssignment(db: D1Database, rawCode: string): Promise<AssignmentRow> {
  const code = normalizeCode(rawCode)
  // A code outside the join-code alphabet or length cannot exist: no query for it.
  const row = isValidCode(code) ? await getAssignmentByCode(db, code) : null
  if (!row) problem('assignment-not-found', `No assignment with code "${code.slice(0, 20)}".`, { extras: { code: code.slice(0, 20) } })
  return row
}

/**
 * The assignment's quiz (its last version when an editor deleted it since); 404 when it is gone. The
 * problem does not name the quiz: students read it, and a classroom quiz's id must stay unknown to them.
 */
async function requireQuiz(env: Env, quizId: string): Promise<Quiz> {
  const quiz = await getAssignedQuiz(env, quizId)
  if (!quiz) problem('quiz-not-found', 'The quiz of this assignment is gone.')
  return quiz
}

/**
 * The id students see for the quiz of an assignment: its own id when the quiz is public (its answers
 * are public anyway), else `assignment-CODE`, stable per assignment. A student who knew a classroom
 * quiz's id could assign it to a class of their own, with answers revealed, and read every answer.
 */
function studentQuizId(row: Pick<AssignmentRow, 'code'>, quiz: Pick<Quiz, 'id' | 'visibility'>): string {
  return isPublicQuiz(quiz) ? quiz.id : `assignment-${row.code}`
}

/** Whether graded answers may be shown now, per the assignment's policy. */
function isRevealed(row: AssignmentRow, now = Date.now()): boolean {
  if (row.revealAnswers === 'after-submit') return true
  if (row.revealAnswers === 'after-due') return row.dueAt !== null && now >= Date.parse(row.dueAt)
  return false
}

/** What results count a wrong answer under: choice ids sorted, other answers through `normalizeText`. */
function answerRecord(question: Question, answer: unknown, grade: Pick<GradeResult, 'answered' | 'correct'>): AnswerRecord {
  const base = { questionId: question.id, answered: grade.answered, correct: grade.correct }
  if (!grade.answered || answer === undefined || answer === null) return { ...base, answer: null }
  if (question.type === 'single' || question.type === 'multiple') {
    const ids = Array.isArray(answer) ? answer.map(String) : [String(answer)]
    return { ...base, answer: [...ids].sort().join(','), kind: 'choice' }
  }
  return { ...base, answer: normalizeText(String(answer)) || String(answer), kind: 'text' }
}

/** A stable JSON text: object keys sorted, so the same request always hashes alike. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** A seeded Fisher–Yates shuffle (mulberry32 over an FNV-1a hash of the seed). */
function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  let h = 0x811c9dc5
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193)
  let state = h >>> 0
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

/** The response body for a stored attempt, its results hidden unless the policy reveals them now. */
function attemptBody(row: AssignmentRow, attempt: AttemptRow) {
  const revealed = isRevealed(row)
  const results = (attempt.results as RevealedResult[]).map((r) =>
    revealed ? r : { questionId: r.questionId, answered: r.answered },
  )
  return {
    attemptId: attempt.id,
    attemptNumber: attempt.attemptNumber,
    attemptsLeft: Math.max(0, row.maxAttempts - attempt.attemptNumber),
    score: attempt.score,
    maxScore: attempt.maxScore,
    submittedAt: attempt.submittedAt,
    revealed,
    results,
  }
}

// Routes

// The assignment of a submission, looked up before the rate limiter (see `submittedAssignment`).
const submittedTo = new WeakMap<Request, AssignmentRow>()

/**
 * Answers 404 for a malformed or unknown code before the rate limiter runs: the limiter writes a D1
 * row per key, and its key contains the code, so only codes of real assignments may create one.
 */
const submittedAssignment: MiddlewareHandler<AppEnv> = async (c, next) => {
  submittedTo.set(c.req.raw, await requireAssignment(c.env.DB, c.req.param('code') ?? ''))
  await next()
}

const attemptLimit = policyRateLimit(RATE_LIMIT_POLICIES.attempts, {
  // Per client and assignment: a class behind one school address still fits, a flood does not.
  key: (c) => `${clientKey(c)}:${normalizeCode(c.req.param('code') ?? '')}`,
})

/** Student endpoints: read an assignment by its code, get its quiz, submit an attempt. */
export const assignments = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{code}',
      summary: 'Get an assignment by its code',
      request: { params: CodeParams },
      responses: {
        200: { description: 'The assignment (no answers)', content: { 'application/json': { schema: PublicAssignmentSchema } } },
        ...problemResponses(400, 404),
      },
    }),
    async (c) => {
      const row = await requireAssignment(c.env.DB, c.req.valid('param').code)
      // A quiz that is gone counts as classroom: its id is not shown when its visibility is unknown.
      const quiz = await getAssignedQuiz(c.env, row.quizId)
      c.header('Cache-Control', 'no-store')
      return c.json(toPublicAssignment(row, quiz !== null && isPublicQuiz(quiz)), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{code}/quiz',
      summary: "The assignment's quiz, without answer keys",
      request: { params: CodeParams, query: QuizQuery },
      responses: {
        200: {
          description:
            'The public quiz; questions and choices shuffled when the assignment says so. For a classroom quiz, `id` is ' +
            '`assignment-CODE` instead of the quiz id.',
          content: { 'application/json': { schema: PublicQuizSchema } },
        },
        ...problemResponses(400, 404),
      },
    }),
    async (c) => {
      const row = await requireAssignment(c.env.DB, c.req.valid('param').code)
      const { lang, seed } = c.req.valid('query')
      const quiz = await requireQuiz(c.env, row.quizId)
      const publicQuiz = { ...toPublicQuiz(quiz, lang), id: studentQuizId(row, quiz) }
      if (row.shuffle) {
        // The questions, then each question's choices, from the same seed: a quiz file may keep
        // every right choice first, and a student must not learn that position.
        const base = `${row.code}:${seed ?? ''}`
        publicQuiz.questions = seededShuffle(publicQuiz.questions, base).map((question) =>
          question.choices ? { ...question, choices: seededShuffle(question.choices, `${base}:${question.id}`) } : question,
        )
      }
      c.header('Cache-Control', 'no-store')
      c.header('Content-Language', publicQuiz.lang)
      return c.json(publicQuiz, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{code}/attempts',
      summary: 'Submit an attempt',
      description:
        'Idempotent: send a fresh `Idempotency-Key` header (or `clientAttemptId` in the body) per attempt; one of the two ' +
        'is required, and a submission with neither is answered 400 `validation-failed`, since it could not be retried safely. ' +
        'A retry with the same key returns the stored attempt (201, `Idempotent-Replayed: true`) and never stores a second one.',
      middleware: [submittedAssignment, attemptLimit, limitBody()],
      request: {
        params: CodeParams,
        query: LangQuery,
        headers: AttemptHeaders,
        body: { required: true, content: { 'application/json': { schema: AttemptBody } } },
      },
      responses: {
        201: { description: 'The stored attempt', content: { 'application/json': { schema: AttemptResponse } } },
        ...problemResponses(400, 403, 404, 409, 413, 415, 422, 429),
      },
    }),
    async (c) => {
      const { lang: requested } = c.req.valid('query')
      const body = c.req.valid('json')
      const headerKey = c.req.valid('header')['idempotency-key']
      const idempotencyKey = headerKey ?? body.clientAttemptId
      if (!idempotencyKey) {
        problem('validation-failed', 'Send an Idempotency-Key header (a fresh UUID per attempt) or clientAttemptId.', {
          status: 400,
          extras: { errors: [{ path: 'Idempotency-Key', message: 'required', in: 'header' }] },
        })
      }
      const row = submittedTo.get(c.req.raw) ?? (await requireAssignment(c.env.DB, c.req.valid('param').code))
      const requestHash = await sha256Hex(canonicalJson({ name: body.name, answers: body.answers }))

      // The attempt stored earlier under this key, if any; the same key with another body is a conflict.
      const storedUnderKey = async (): Promise<AttemptRow | null> => {
        const stored = await findAttemptByIdempotencyKey(c.env.DB, row.id, idempotencyKey)
        if (stored && stored.requestHash !== requestHash) {
          problem('idempotency-conflict', 'This Idempotency-Key was already used for a different submission.', {
            extras: { attemptId: stored.id },
          })
        }
        if (stored) c.header('Idempotent-Replayed', 'true')
        return stored
      }
      // A retry gets its stored attempt even after the due date or the last attempt.
      const earlier = await storedUnderKey()
      if (earlier) {
        c.header('Location', `/v1/assignments/${row.code}/attempts/${earlier.id}`)
        return c.json(attemptBody(row, earlier), 201)
      }

      const status = assignmentStatus(row)
      if (status === 'not-yet-open') {
        problem('assignment-not-open', `This assignment opens at ${row.opensAt}.`, { extras: { opensAt: row.opensAt } })
      }
      if (status === 'closed') {
        problem('assignment-closed', `This assignment closed at ${row.dueAt}.`, { extras: { dueAt: row.dueAt } })
      }

      const quiz = await requireQuiz(c.env, row.quizId)
      const lang: Lang = servedLang(quizLangs(quiz), requested)
      const graded = gradeAnswerSet(quiz.questions, body.answers, lang)
      const records = quiz.questions.map((question, i) => answerRecord(question, answerTo(body.answers, question.id), graded.results[i]!))
      const key = studentKey(body.name)
      const stored = await insertAttemptWithinLimit(
        c.env.DB,
        {
          assignmentId: row.id,
          idempotencyKey,
          requestHash,
          studentName: body.name,
          studentKey: key,
          quizId: quiz.id,
          quizVersion: quiz.version,
          lang,
          answers: body.answers,
          grades: records,
          results: graded.results,
          score: graded.score,
          maxScore: graded.maxScore,
          startedAt: body.startedAt ? new Date(body.startedAt).toISOString() : null,
          submittedAt: new Date().toISOString(),
        },
        row.maxAttempts,
      ).catch((err: unknown) => {
        // The teacher deleted the assignment while this attempt was being graded.
        if (err instanceof AssignmentGoneError) {
          problem('assignment-not-found', `No assignment with code "${row.code}".`, { extras: { code: row.code } })
        }
        throw err
      })
      const attempt = stored ?? (await storedUnderKey())
      if (!attempt) {
        // Nothing inserted and no duplicate of this request won the race: the attempts are used up.
        const used = await countAttempts(c.env.DB, row.id, key)
        problem('max-attempts-reached', `"${body.name}" has used all ${row.maxAttempts} attempt(s) of this assignment.`, {
          extras: { maxAttempts: row.maxAttempts, attempts: used },
        })
      }
      c.header('Location', `/v1/assignments/${row.code}/attempts/${attempt.id}`)
      return c.json(attemptBody(row, attempt), 201)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{code}/attempts/{attemptId}',
      summary: 'Read a submitted attempt again',
      description:
        'The attempt id (from the submission) is the credential. Results are revealed per the policy at the time of ' +
        'reading, so with `after-due` a student sees the answers once the due date has passed.',
      request: {
        params: CodeParams.extend({ attemptId: z.string().min(1).max(64).openapi({ param: { name: 'attemptId', in: 'path' } }) }),
      },
      responses: {
        200: { description: 'The attempt', content: { 'application/json': { schema: AttemptResponse } } },
        ...problemResponses(400, 404),
      },
    }),
    async (c) => {
      const { code, attemptId } = c.req.valid('param')
      const row = await requireAssignment(c.env.DB, code)
      const attempt = await getAttempt(c.env.DB, attemptId)
      if (!attempt || attempt.assignmentId !== row.id) {
        problem('not-found', `No attempt "${attemptId}" in this assignment.`)
      }
      c.header('Cache-Control', 'no-store')
      return c.json(attemptBody(row, attempt), 200)
    },
  )
