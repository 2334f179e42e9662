import { insertWithFreshCode, newId } from './ids.ts'
import { deleteOwnedQuizzesStatement } from './quizzes.ts'

export type ClassRow = {
  id: string
  name: string | null
  teacherKeyHash: string
  joinCode: string
  createdAt: string
}

type ClassRecord = { id: string; name: string | null; teacher_key_hash: string; join_code: string; created_at: string }

function toClass(row: ClassRecord): ClassRow {
  return {
    id: row.id,
    name: row.name,
    teacherKeyHash: row.teacher_key_hash,
    joinCode: row.join_code,
    createdAt: row.created_at,
  }
}

/** Inserts a class under a fresh join code (see {@link insertWithFreshCode}). */
export async function createClass(db: D1Database, input: { name: string | null; teacherKeyHash: string }): Promise<ClassRow> {
  return insertWithFreshCode(async (joinCode) => {
    const row: ClassRow = {
      id: newId('cls'),
      name: input.name,
      teacherKeyHash: input.teacherKeyHash,
      joinCode,
      createdAt: new Date().toISOString(),
    }
    await db
      .prepare('INSERT INTO classes (id, name, teacher_key_hash, join_code, created_at) VALUES (?, ?, ?, ?, ?)')
      .bind(row.id, row.name, row.teacherKeyHash, row.joinCode, row.createdAt)
      .run()
    return row
  })
}

export async function getClass(db: D1Database, id: string): Promise<ClassRow | null> {
  const row = await db.prepare('SELECT * FROM classes WHERE id = ?').bind(id).first<ClassRecord>()
  return row ? toClass(row) : null
}

/** Renames a class; null when there is no class `id` (any more). */
export async function renameClass(db: D1Database, id: string, name: string | null): Promise<ClassRow | null> {
  const row = await db.prepare('UPDATE classes SET name = ? WHERE id = ? RETURNING *').bind(name, id).first<ClassRecord>()
  return row ? toClass(row) : null
}

/** Puts `newHash` in place of `oldHash`; false when the class's key is no longer `oldHash` (or the class is gone). */
export async function replaceKeyHash(db: D1Database, id: string, oldHash: string, newHash: string): Promise<boolean> {
  const result = await db.prepare('UPDATE classes SET teacher_key_hash = ? WHERE id = ? AND teacher_key_hash = ?').bind(newHash, id, oldHash).run()
  return result.meta.changes > 0
}

/** The class a key hash opens, if any. */
export async function findClassByKeyHash(db: D1Database, teacherKeyHash: string): Promise<ClassRow | null> {
  const row = await db.prepare('SELECT * FROM classes WHERE teacher_key_hash = ?').bind(teacherKeyHash).first<ClassRecord>()
  return row ? toClass(row) : null
}

/**
 * Deletes a class with all its assignments and their attempts, and marks the quizzes it owns deleted
 * (their rows stay, as every deleted quiz's do), in one transaction.
 */
export async function deleteClass(db: D1Database, id: string): Promise<boolean> {
  // The foreign keys cascade too; the explicit deletes keep this true even where they are not enforced.
  const results = await db.batch([
    db.prepare('DELETE FROM attempts WHERE assignment_id IN (SELECT id FROM assignments WHERE class_id = ?)').bind(id),
    db.prepare('DELETE FROM assignments WHERE class_id = ?').bind(id),
    deleteOwnedQuizzesStatement(db, id),
    db.prepare('DELETE FROM classes WHERE id = ?').bind(id),
  ])
  return (results[3]?.meta.changes ?? 0) > 0
}
