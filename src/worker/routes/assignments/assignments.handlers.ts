import type { RouteConfig, RouteConfigToEnv, RouteHandler } from '../../api-router.ts'
import { assignmentStatus, toPublicAssignment, type StudentIdentityMode } from '../../../core/assignment.ts'
import { toAnswerRecords } from '../../../core/answer-record.ts'
import { normalizeCode } from '../../../core/join-code.ts'
import { quizLangs, servedLang } from '../../../core/localized.ts'
import { toPublicQuiz } from '../../../core/public-quiz.ts'
import { isPublicQuiz, type Quiz } from '../../../core/quiz-schema.ts'
import { toStudentAttempt } from '../../../core/reveal.ts'
import { shuffleQuiz, shuffleSeed } from '../../../core/shuffle.ts'
import { identityKey, isPersonalCode, type StudentIdentity } from '../../../core/student-identity.ts'
import type { AppEnv } from '../../app.ts'
import type { AssignmentRow } from '../../db/assignments.ts'
import {
  AssignmentGoneError,
  countAttempts,
  findAttemptByIdempotencyKey,
  getAttempt as getStoredAttempt,
  insertAttemptWithinLimit,
  type AttemptRow,
} from '../../db/attempts.ts'
import { findStudentByCode, hasRoster } from '../../db/students.ts'
import { gradeAnswers } from '../../grading.ts'
import { bodyInvalid, problem } from '../../problem.ts'
import { getAssignedQuiz } from '../../quiz-store.ts'
import { shuffleSecret } from '../../shuffle-secret.ts'
import { requireAssignment } from './assignments.middleware.ts'
import type * as routes from './assignments.routes.ts'
import { sha256Hex } from '../../crypto.ts'

/** A handler of one route, with the Worker's bindings and the variables its middleware sets. */
type Handler<R extends RouteConfig> = RouteHandler<R, AppEnv & RouteConfigToEnv<R>>

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

async function identityMode(db: D1Database, row: AssignmentRow): Promise<StudentIdentityMode> {
  return (await hasRoster(db, row.classId)) ? 'roster' : 'name'
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

/** The roster student with this personal code, for the assignment's class; 422 when there is none. */
async function requireRosterStudent(db: D1Database, row: AssignmentRow, rawCode: string) {
  const code = normalizeCode(rawCode)
  const student = isPersonalCode(code) ? await findStudentByCode(db, row.classId, code) : null
  if (!student) {
    problem('student-code-unknown', 'No student of this class has this personal code.', {
      extras: { errors: [{ path: 'studentCode', message: 'no student of this class has this personal code', in: 'body' }] },
    })
  }
  return student
}

/**
 * Who a submission is from. With a roster, the personal code (the name comes from the roster, and a
 * name sent alongside is ignored); without, the typed name, bound to the device token when sent.
 */
async function submitter(db: D1Database, row: AssignmentRow, body: { name?: string; studentCode?: string; deviceId?: string }): Promise<StudentIdentity> {
  if (await hasRoster(db, row.classId)) {
    if (!body.studentCode) {
      problem('student-code-required', 'This class has a roster: send the student’s personal code as studentCode.', {
        extras: { errors: [{ path: 'studentCode', message: 'required', in: 'body' }] },
      })
    }
    const student = await requireRosterStudent(db, row, body.studentCode)
    return { kind: 'roster', studentId: student.id, name: student.name }
  }
  if (body.studentCode) {
    problem('student-code-unknown', 'This class has no roster: send a name instead of studentCode.', {
      extras: { errors: [{ path: 'studentCode', message: 'this class has no class list: send name instead', in: 'body' }] },
    })
  }
  if (!body.name) bodyInvalid([{ path: 'name', message: 'required', in: 'body' }])
  if (body.deviceId) return { kind: 'device', deviceHash: await sha256Hex(body.deviceId), name: body.name }
  return { kind: 'name', name: body.name }
}

export const getAssignment: Handler<typeof routes.getAssignment> = async (c) => {
  const row = await requireAssignment(c.env.DB, c.req.valid('param').code)
  // A quiz that is gone counts as classroom: its id is not shown when its visibility is unknown.
  const [quiz, identity] = await Promise.all([getAssignedQuiz(c.env, row.quizId), identityMode(c.env.DB, row)])
  c.header('Cache-Control', 'no-store')
  return c.json(toPublicAssignment(row, { quizPublic: quiz !== null && isPublicQuiz(quiz), identity }), 200)
}

export const getAssignmentQuiz: Handler<typeof routes.getAssignmentQuiz> = async (c) => {
  const row = await requireAssignment(c.env.DB, c.req.valid('param').code)
  const { lang, seed } = c.req.valid('query')
  const quiz = await requireQuiz(c.env, row.quizId)
  let publicQuiz = { ...toPublicQuiz(quiz, lang), id: studentQuizId(row, quiz) }
  // The questions, then each question's choices: a quiz file may keep every right choice first.
  if (row.shuffle) publicQuiz = shuffleQuiz(publicQuiz, await shuffleSeed(shuffleSecret(c.env), row.code, seed))
  c.header('Cache-Control', 'no-store')
  c.header('Content-Language', publicQuiz.lang)
  return c.json(publicQuiz, 200)
}

export const findRosterStudent: Handler<typeof routes.findRosterStudent> = async (c) => {
  const row = c.var.assignment
  const student = await requireRosterStudent(c.env.DB, row, c.req.valid('param').studentCode).catch(() => null)
  if (!student) problem('student-not-found', 'No student of this class has this personal code.')
  c.header('Cache-Control', 'no-store')
  return c.json({ name: student.name, identity: 'roster' as const }, 200)
}

export const submitAttempt: Handler<typeof routes.submitAttempt> = async (c) => {
  const { lang: requested } = c.req.valid('query')
  const body = c.req.valid('json')
  const idempotencyKey = c.req.valid('header')['idempotency-key'] ?? body.clientAttemptId
  if (!idempotencyKey) {
    problem('validation-failed', 'Send an Idempotency-Key header (a fresh UUID per attempt) or clientAttemptId.', {
      status: 400,
      extras: { errors: [{ path: 'Idempotency-Key', message: 'required', in: 'header' }] },
    })
  }
  const row = c.var.assignment
  const { name, studentCode, deviceId, answers } = body
  const requestHash = await sha256Hex(canonicalJson({ name, studentCode: studentCode && normalizeCode(studentCode), deviceId, answers }))

  // The attempt stored earlier under this key, if any. The same key with another body is a conflict,
  // whose problem does not name the stored attempt: its id is the credential for reading it.
  const storedUnderKey = async (): Promise<AttemptRow | null> => {
    const stored = await findAttemptByIdempotencyKey(c.env.DB, row.id, idempotencyKey)
    if (stored && stored.requestHash !== requestHash) {
      problem('idempotency-conflict', 'This Idempotency-Key was already used for a different submission.')
    }
    if (stored) c.header('Idempotent-Replayed', 'true')
    return stored
  }
  // A retry gets its stored attempt even after the due date or the last attempt.
  const earlier = await storedUnderKey()
  if (earlier) {
    c.header('Location', `/v1/assignments/${row.code}/attempts/${earlier.id}`)
    return c.json(toStudentAttempt(row, earlier), 201)
  }

  const status = assignmentStatus(row)
  if (status === 'not-yet-open') {
    problem('assignment-not-open', `This assignment opens at ${row.opensAt}.`, { extras: { opensAt: row.opensAt } })
  }
  if (status === 'closed') {
    problem('assignment-closed', `This assignment closed at ${row.dueAt}.`, { extras: { dueAt: row.dueAt } })
  }

  const identity = await submitter(c.env.DB, row, body)
  const quiz = await requireQuiz(c.env, row.quizId)
  const lang = servedLang(quizLangs(quiz), requested)
  const graded = await gradeAnswers(c.env, quiz.questions, answers, lang)
  const studentKey = identityKey(identity)
  const stored = await insertAttemptWithinLimit(
    c.env.DB,
    {
      assignmentId: row.id,
      idempotencyKey,
      requestHash,
      studentName: identity.name,
      studentKey,
      studentId: identity.kind === 'roster' ? identity.studentId : null,
      deviceHash: identity.kind === 'device' ? identity.deviceHash : null,
      quizId: quiz.id,
      quizVersion: quiz.version,
      lang,
      answers,
      grades: toAnswerRecords(quiz.questions, answers, graded.results),
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
    // Nothing inserted and no duplicate of this request won the race: this student's attempts are used up.
    const used = await countAttempts(c.env.DB, row.id, studentKey)
    problem('max-attempts-reached', `This student has used all ${row.maxAttempts} attempt(s) of this assignment.`, {
      extras: { maxAttempts: row.maxAttempts, attempts: used },
    })
  }
  c.header('Location', `/v1/assignments/${row.code}/attempts/${attempt.id}`)
  return c.json(toStudentAttempt(row, attempt), 201)
}

export const getAttempt: Handler<typeof routes.getAttempt> = async (c) => {
  const { code, attemptId } = c.req.valid('param')
  const row = await requireAssignment(c.env.DB, code)
  const attempt = await getStoredAttempt(c.env.DB, attemptId)
  if (!attempt || attempt.assignmentId !== row.id) {
    problem('attempt-not-found', `No attempt "${attemptId}" in this assignment.`, { extras: { attemptId } })
  }
  c.header('Cache-Control', 'no-store')
  return c.json(toStudentAttempt(row, attempt), 200)
}
