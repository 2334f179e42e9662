import { parseArticle } from '../../core/article.ts'
import { QuizFile, type Quiz } from '../../core/quiz-schema.ts'

/**
 * Quizzes written through the editor API, one D1 row per saved version (`authored_quizzes`).
 * The current quiz is the highest version; a deleted quiz is one whose highest version carries
 * `deleted_at`. Rows are never updated except for that stamp, so every version an attempt may
 * refer to stays readable.
 */

export type AuthoredQuizRow = {
  id: string
  version: number
  articleHash: string
  fingerprint: string
  /** The quiz file as it passed the content checks, its `version` equal to the row's. */
  quiz: QuizFile
  articleText: string
  /** Question ids awaiting review after their evidence paragraph changed. */
  stale: string[]
  createdAt: string
  deletedAt: string | null
}

type AuthoredQuizRecord = {
  id: string
  version: number
  article_hash: string
  fingerprint: string
  quiz: string
  article_text: string
  stale: string
  created_at: string
  deleted_at: string | null
}

function toRow(record: AuthoredQuizRecord): AuthoredQuizRow {
  return {
    id: record.id,
    version: record.version,
    articleHash: record.article_hash,
    fingerprint: record.fingerprint,
    quiz: JSON.parse(record.quiz) as QuizFile,
    articleText: record.article_text,
    stale: JSON.parse(record.stale) as string[],
    createdAt: record.created_at,
    deletedAt: record.deleted_at,
  }
}

/** The highest version of a quiz, deleted or not; null when the id was never used. */
export async function getLatestAuthoredQuiz(db: D1Database, id: string): Promise<AuthoredQuizRow | null> {
  const record = await db
    .prepare('SELECT * FROM authored_quizzes WHERE id = ? ORDER BY version DESC LIMIT 1')
    .bind(id)
    .first<AuthoredQuizRecord>()
  return record ? toRow(record) : null
}

/** The current version of a live quiz, or null when there is none or it was deleted. */
export async function getAuthoredQuiz(db: D1Database, id: string): Promise<AuthoredQuizRow | null> {
  const row = await getLatestAuthoredQuiz(db, id)
  return row && !row.deletedAt ? row : null
}

/** The current version of every live authored quiz, by id. */
export async function listAuthoredQuizzes(db: D1Database): Promise<AuthoredQuizRow[]> {
  const { results } = await db
    .prepare(
      `SELECT q.* FROM authored_quizzes q
       JOIN (SELECT id, MAX(version) AS version FROM authored_quizzes GROUP BY id) latest
         ON latest.id = q.id AND latest.version = q.version
       WHERE q.deleted_at IS NULL
       ORDER BY q.id`,
    )
    .all<AuthoredQuizRecord>()
  return results.map(toRow)
}

/**
 * Inserts a version. Two editors saving the same base version race for the same primary key:
 * the second insert fails with a UNIQUE violation, which the caller reports as a conflict.
 */
export async function insertAuthoredQuiz(db: D1Database, row: Omit<AuthoredQuizRow, 'deletedAt'>): Promise<void> {
  await db
    .prepare(
      `INSERT INTO authored_quizzes (id, version, article_hash, fingerprint, quiz, article_text, stale, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(row.id, row.version, row.articleHash, row.fingerprint, JSON.stringify(row.quiz), row.articleText, JSON.stringify(row.stale), row.createdAt)
    .run()
}

/** Marks the current version deleted; false when it was already deleted or never existed. */
export async function deleteAuthoredQuiz(db: D1Database, id: string, version: number, now = new Date().toISOString()): Promise<boolean> {
  const result = await db
    .prepare('UPDATE authored_quizzes SET deleted_at = ? WHERE id = ? AND version = ? AND deleted_at IS NULL')
    .bind(now, id, version)
    .run()
  return result.meta.changes > 0
}

/** How many assignments (of any class) use the quiz. */
export async function countAssignmentsOfQuiz(db: D1Database, quizId: string): Promise<number> {
  const row = await db.prepare('SELECT COUNT(*) AS n FROM assignments WHERE quiz_id = ?').bind(quizId).first<{ n: number }>()
  return row?.n ?? 0
}

/** True when the class has at least one assignment of the quiz. */
export async function classHasQuiz(db: D1Database, classId: string, quizId: string): Promise<boolean> {
  const row = await db
    .prepare('SELECT 1 AS ok FROM assignments WHERE class_id = ? AND quiz_id = ? LIMIT 1')
    .bind(classId, quizId)
    .first<{ ok: number }>()
  return row !== null
}

// Loaded quizzes by id, version and content: a stored version never changes, so parsing it once per
// isolate is enough.
const loaded = new Map<string, Quiz>()
const LOADED_MAX = 64

/**
 * The stored version as a `Quiz`. Rows passed the content checks when they were saved, so they are
 * only parsed here (defaults, paragraphs), not checked again.
 */
export function authoredToQuiz(row: AuthoredQuizRow): Quiz {
  const key = `${row.id}@${row.version}@${row.fingerprint}`
  const cached = loaded.get(key)
  if (cached) return cached
  const { $schema: _schema, article: _article, ...file } = QuizFile.parse(row.quiz)
  const quiz: Quiz = { ...file, version: row.version, article: parseArticle(row.articleText) }
  if (loaded.size >= LOADED_MAX) loaded.delete(loaded.keys().next().value!)
  loaded.set(key, quiz)
  return quiz
}
