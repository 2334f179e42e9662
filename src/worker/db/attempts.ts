import type { RevealedResult } from '../../core/answer-feedback.ts'
import type { AnswerRecord, AttemptRecord } from '../../core/assignment-results.ts'
import { newId } from './ids.ts'

export type AttemptRow = {
  id: string
  assignmentId: string
  idempotencyKey: string
  requestHash: string
  studentName: string
  /** Who the attempt counts for (see `identityKey` in core/student-identity.ts). */
  studentKey: string
  /** The roster student, when the class has a roster. */
  studentId: string | null
  /** SHA-256 (hex) of the device token of a free-name attempt, when the client sent one. */
  deviceHash: string | null
  attemptNumber: number
  quizId: string
  quizVersion: number
  lang: string
  answers: unknown
  grades: AnswerRecord[]
  /** The graded results with answers revealed, as built at submission. */
  results: RevealedResult[]
  score: number
  maxScore: number
  startedAt: string | null
  submittedAt: string
}

export type NewAttempt = Omit<AttemptRow, 'id' | 'attemptNumber'>

type AttemptDbRow = {
  id: string
  assignment_id: string
  idempotency_key: string
  request_hash: string
  student_name: string
  student_key: string
  student_id: string | null
  device_hash: string | null
  attempt_number: number
  quiz_id: string
  quiz_version: number
  lang: string
  answers: string
  grades: string
  results: string
  score: number
  max_score: number
  started_at: string | null
  submitted_at: string
}

function toAttempt(row: AttemptDbRow): AttemptRow {
  return {
    id: row.id,
    assignmentId: row.assignment_id,
    idempotencyKey: row.idempotency_key,
    requestHash: row.request_hash,
    studentName: row.student_name,
    studentKey: row.student_key,
    studentId: row.student_id,
    deviceHash: row.device_hash,
    attemptNumber: row.attempt_number,
    quizId: row.quiz_id,
    quizVersion: row.quiz_version,
    lang: row.lang,
    answers: JSON.parse(row.answers),
    grades: JSON.parse(row.grades),
    results: JSON.parse(row.results),
    score: row.score,
    maxScore: row.max_score,
    startedAt: row.started_at,
    submittedAt: row.submitted_at,
  }
}

export async function getAttempt(db: D1Database, id: string): Promise<AttemptRow | null> {
  const row = await db.prepare('SELECT * FROM attempts WHERE id = ?').bind(id).first<AttemptDbRow>()
  return row ? toAttempt(row) : null
}

/** The attempt a client already submitted under this idempotency key, if any. */
export async function findAttemptByIdempotencyKey(db: D1Database, assignmentId: string, idempotencyKey: string): Promise<AttemptRow | null> {
  const row = await db
    .prepare('SELECT * FROM attempts WHERE assignment_id = ? AND idempotency_key = ?')
    .bind(assignmentId, idempotencyKey)
    .first<AttemptDbRow>()
  return row ? toAttempt(row) : null
}

/**
 * Deletes every attempt one student (by the `studentKey` the results give) made at an assignment of
 * this class, so that they start over; returns how many there were.
 */
export async function deleteStudentAttempts(db: D1Database, classId: string, assignmentId: string, studentKey: string): Promise<number> {
  const result = await db
    .prepare('DELETE FROM attempts WHERE assignment_id = (SELECT id FROM assignments WHERE id = ?1 AND class_id = ?2) AND student_key = ?3')
    .bind(assignmentId, classId, studentKey)
    .run()
  return result.meta.changes ?? 0
}

export async function countAttempts(db: D1Database, assignmentId: string, studentKey: string): Promise<number> {
  const row = await db
    .prepare('SELECT count(*) AS n FROM attempts WHERE assignment_id = ? AND student_key = ?')
    .bind(assignmentId, studentKey)
    .first<{ n: number }>()
  return row?.n ?? 0
}

// One statement, so the count and the insert cannot interleave with another submission: the row is
// written only while the student has fewer than ?17 attempts, numbered one past their count. A
// duplicate idempotency key inserts nothing (the caller then returns the stored attempt).
const INSERT_IF_UNDER_LIMIT = `INSERT INTO attempts (id, assignment_id, idempotency_key, request_hash, student_name,
  student_key, attempt_number, quiz_id, quiz_version, lang, answers, grades, results, score, max_score, started_at,
  submitted_at, student_id, device_hash)
SELECT ?1, ?2, ?3, ?4, ?5, ?6, n + 1, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?18, ?19
FROM (SELECT count(*) AS n FROM attempts WHERE assignment_id = ?2 AND student_key = ?6)
WHERE n < ?17
ON CONFLICT DO NOTHING
RETURNING attempt_number`

/** The assignment an attempt was for was deleted between reading it and storing the attempt. */
export class AssignmentGoneError extends Error {
  override readonly name = 'AssignmentGoneError'
}

function isForeignKeyViolation(err: unknown): boolean {
  return err instanceof Error && /FOREIGN KEY constraint failed/i.test(err.message)
}

/**
 * Stores an attempt unless the student already has `maxAttempts` or the idempotency key was used:
 * returns the stored row, or null when nothing was inserted.
 *
 * @throws {AssignmentGoneError} when the assignment no longer exists (deleted while the attempt was graded).
 */
export async function insertAttemptWithinLimit(db: D1Database, attempt: NewAttempt, maxAttempts: number): Promise<AttemptRow | null> {
  const id = newId('att')
  const row = await db
    .prepare(INSERT_IF_UNDER_LIMIT)
    .bind(
      id,
      attempt.assignmentId,
      attempt.idempotencyKey,
      attempt.requestHash,
      attempt.studentName,
      attempt.studentKey,
      attempt.quizId,
      attempt.quizVersion,
      attempt.lang,
      JSON.stringify(attempt.answers),
      JSON.stringify(attempt.grades),
      JSON.stringify(attempt.results),
      attempt.score,
      attempt.maxScore,
      attempt.startedAt,
      attempt.submittedAt,
      maxAttempts,
      attempt.studentId,
      attempt.deviceHash,
    )
    .first<{ attempt_number: number }>()
    .catch((err: unknown) => {
      if (isForeignKeyViolation(err)) throw new AssignmentGoneError(`assignment ${attempt.assignmentId} no longer exists`)
      throw err
    })
  return row ? { ...attempt, id, attemptNumber: row.attempt_number } : null
}

/** All attempts of an assignment in the shape results aggregation reads, text answers with the form the student typed. */
export async function listAttemptRecords(db: D1Database, assignmentId: string): Promise<AttemptRecord[]> {
  const { results } = await db
    .prepare(
      `SELECT id, student_name, student_key, attempt_number, score, max_score, started_at, submitted_at, answers, grades
       FROM attempts WHERE assignment_id = ? ORDER BY submitted_at, id`,
    )
    .bind(assignmentId)
    .all<
      Pick<
        AttemptDbRow,
        'id' | 'student_name' | 'student_key' | 'attempt_number' | 'score' | 'max_score' | 'started_at' | 'submitted_at' | 'answers' | 'grades'
      >
    >()
  return results.map((row) => ({
    attemptId: row.id,
    studentName: row.student_name,
    studentKey: row.student_key,
    attemptNumber: row.attempt_number,
    score: row.score,
    maxScore: row.max_score,
    startedAt: row.started_at,
    submittedAt: row.submitted_at,
    answers: withTypedAnswers(JSON.parse(row.grades) as AnswerRecord[], JSON.parse(row.answers) as unknown),
  }))
}

/** Adds to each text record the answer as it was sent (a string or a number), when the request still has it. */
function withTypedAnswers(records: AnswerRecord[], sent: unknown): AnswerRecord[] {
  if (!sent || typeof sent !== 'object') return records
  return records.map((record) => {
    if (record.kind !== 'text' || record.answer === null || !Object.hasOwn(sent, record.questionId)) return record
    const value = (sent as Record<string, unknown>)[record.questionId]
    return typeof value === 'string' || typeof value === 'number' ? { ...record, typed: String(value).trim() } : record
  })
}
