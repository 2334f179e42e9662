import { randomCode } from '../../core/join-code.ts'
import { isUniqueViolation, newId } from './ids.ts'

/** A student on a class's roster, with the personal code that opens the class's assignments. */
export type StudentRow = { id: string; classId: string; name: string; code: string; position: number; createdAt: string }

type StudentRecord = { id: string; class_id: string; name: string; code: string; position: number; created_at: string }

/** Length of a personal code: 31^8 ≈ 8.5 × 10^11 codes, against a rate-limited guesser. */
export const STUDENT_CODE_LENGTH = 8

function toStudent(row: StudentRecord): StudentRow {
  return { id: row.id, classId: row.class_id, name: row.name, code: row.code, position: row.position, createdAt: row.created_at }
}

/** The class's roster in the order the names were pasted. */
export async function listStudents(db: D1Database, classId: string): Promise<StudentRow[]> {
  const { results } = await db.prepare('SELECT * FROM students WHERE class_id = ? ORDER BY position, id').bind(classId).all<StudentRecord>()
  return results.map(toStudent)
}

/** Where a page of a roster starts: after the student at this position with this id (the roster's order). */
export type RosterPageStart = { position: number; id: string }

/**
 * A page of the class's roster in its order (`position`, then `id`): at most `limit` students after
 * `after` (from the first without it), and whether more follow.
 */
export async function listStudentsPage(
  db: D1Database,
  classId: string,
  { limit, after }: { limit: number; after?: RosterPageStart },
): Promise<{ students: StudentRow[]; more: boolean }> {
  const { results } = after
    ? await db
        .prepare('SELECT * FROM students WHERE class_id = ? AND (position > ? OR (position = ? AND id > ?)) ORDER BY position, id LIMIT ?')
        .bind(classId, after.position, after.position, after.id, limit + 1)
        .all<StudentRecord>()
    : await db
        .prepare('SELECT * FROM students WHERE class_id = ? ORDER BY position, id LIMIT ?')
        .bind(classId, limit + 1)
        .all<StudentRecord>()
  return { students: results.slice(0, limit).map(toStudent), more: results.length > limit }
}

/** Whether the class has a roster: then its assignments take personal codes instead of names. */
export async function hasRoster(db: D1Database, classId: string): Promise<boolean> {
  const row = await db.prepare('SELECT 1 AS yes FROM students WHERE class_id = ? LIMIT 1').bind(classId).first<{ yes: number }>()
  return row !== null
}

/** The roster student of `classId` whose personal code is `code`, or null. */
export async function findStudentByCode(db: D1Database, classId: string, code: string): Promise<StudentRow | null> {
  const row = await db.prepare('SELECT * FROM students WHERE class_id = ? AND code = ?').bind(classId, code).first<StudentRecord>()
  return row ? toStudent(row) : null
}

/**
 * Appends students to the class's roster, each with a fresh personal code, in one batch; a code
 * already taken (UNIQUE) draws the whole batch's codes again.
 */
export async function addStudents(db: D1Database, classId: string, names: readonly string[]): Promise<StudentRow[]> {
  const last = await db.prepare('SELECT coalesce(max(position), 0) AS n FROM students WHERE class_id = ?').bind(classId).first<{ n: number }>()
  const createdAt = new Date().toISOString()
  for (let tries = 0; ; tries++) {
    const rows: StudentRow[] = names.map((name, i) => ({
      id: newId('stu'),
      classId,
      name,
      code: randomCode(STUDENT_CODE_LENGTH),
      position: (last?.n ?? 0) + i + 1,
      createdAt,
    }))
    try {
      await db.batch(
        rows.map((row) =>
          db
            .prepare('INSERT INTO students (id, class_id, name, code, position, created_at) VALUES (?, ?, ?, ?, ?, ?)')
            .bind(row.id, row.classId, row.name, row.code, row.position, row.createdAt),
        ),
      )
      return rows
    } catch (err) {
      if (!isUniqueViolation(err) || tries >= 4) throw err
    }
  }
}

/** Removes a student from the roster (their attempts stay); false when the class has no such student. */
export async function deleteStudent(db: D1Database, classId: string, studentId: string): Promise<boolean> {
  const result = await db.prepare('DELETE FROM students WHERE class_id = ? AND id = ?').bind(classId, studentId).run()
  return result.meta.changes > 0
}
