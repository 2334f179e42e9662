import type { AssignmentSettings, RevealPolicy } from '../../core/assignment.ts'
import { insertWithFreshCode, newId } from './ids.ts'

export type AssignmentRow = AssignmentSettings & {
  id: string
  classId: string
  createdAt: string
}

export type NewAssignment = Omit<AssignmentRow, 'id' | 'code' | 'createdAt'>

type AssignmentRecord = {
  id: string
  class_id: string
  code: string
  quiz_id: string
  title: string
  opens_at: string | null
  due_at: string | null
  max_attempts: number
  reveal_answers: RevealPolicy
  shuffle: number
  created_at: string
}

function toAssignment(row: AssignmentRecord): AssignmentRow {
  return {
    id: row.id,
    classId: row.class_id,
    code: row.code,
    quizId: row.quiz_id,
    title: row.title,
    opensAt: row.opens_at,
    dueAt: row.due_at,
    maxAttempts: row.max_attempts,
    revealAnswers: row.reveal_answers,
    shuffle: row.shuffle === 1,
    createdAt: row.created_at,
  }
}

/** Inserts an assignment under a fresh code (see {@link insertWithFreshCode}). */
export async function createAssignment(db: D1Database, input: NewAssignment): Promise<AssignmentRow> {
  return insertWithFreshCode(async (code) => {
    const row: AssignmentRow = { ...input, id: newId('asg'), code, createdAt: new Date().toISOString() }
    await db
      .prepare(
        `INSERT INTO assignments (id, class_id, code, quiz_id, title, opens_at, due_at, max_attempts, reveal_answers, shuffle, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        row.id,
        row.classId,
        row.code,
        row.quizId,
        row.title,
        row.opensAt,
        row.dueAt,
        row.maxAttempts,
        row.revealAnswers,
        row.shuffle ? 1 : 0,
        row.createdAt,
      )
      .run()
    return row
  })
}

/** An assignment of a class; null when it does not exist or belongs to another class. */
export async function getAssignment(db: D1Database, classId: string, id: string): Promise<AssignmentRow | null> {
  const row = await db.prepare('SELECT * FROM assignments WHERE id = ? AND class_id = ?').bind(id, classId).first<AssignmentRecord>()
  return row ? toAssignment(row) : null
}

export async function getAssignmentByCode(db: D1Database, code: string): Promise<AssignmentRow | null> {
  const row = await db.prepare('SELECT * FROM assignments WHERE code = ?').bind(code).first<AssignmentRecord>()
  return row ? toAssignment(row) : null
}

/** A class's assignments, newest first, each with its attempt and student counts. */
export async function listAssignments(db: D1Database, classId: string): Promise<(AssignmentRow & { attemptCount: number; studentCount: number })[]> {
  const { results } = await db
    .prepare(
      `SELECT a.*, count(t.id) AS attempt_count, count(DISTINCT t.student_key) AS student_count
       FROM assignments a LEFT JOIN attempts t ON t.assignment_id = a.id
       WHERE a.class_id = ? GROUP BY a.id ORDER BY a.created_at DESC, a.id`,
    )
    .bind(classId)
    .all<AssignmentRecord & { attempt_count: number; student_count: number }>()
  return results.map((row) => ({
    ...toAssignment(row),
    attemptCount: row.attempt_count,
    studentCount: row.student_count,
  }))
}

/** The settings a teacher may change after creating an assignment (its quiz, code and shuffle stay). */
export type AssignmentChange = Pick<AssignmentSettings, 'title' | 'opensAt' | 'dueAt' | 'maxAttempts' | 'revealAnswers'>

/** Writes an assignment's changeable settings; the row as stored, or null when it is not this class's. */
export async function updateAssignment(db: D1Database, classId: string, id: string, change: AssignmentChange): Promise<AssignmentRow | null> {
  const row = await db
    .prepare(
      `UPDATE assignments SET title = ?, opens_at = ?, due_at = ?, max_attempts = ?, reveal_answers = ?
       WHERE id = ? AND class_id = ? RETURNING *`,
    )
    .bind(change.title, change.opensAt, change.dueAt, change.maxAttempts, change.revealAnswers, id, classId)
    .first<AssignmentRecord>()
  return row ? toAssignment(row) : null
}

/** Deletes an assignment and its attempts. */
export async function deleteAssignment(db: D1Database, classId: string, id: string): Promise<boolean> {
  const results = await db.batch([
    db.prepare('DELETE FROM attempts WHERE assignment_id = (SELECT id FROM assignments WHERE id = ? AND class_id = ?)').bind(id, classId),
    db.prepare('DELETE FROM assignments WHERE id = ? AND class_id = ?').bind(id, classId),
  ])
  return (results[1]?.meta.changes ?? 0) > 0
}
