import type { ServedQuizRecord } from '../served-quiz-record.ts'

/**
 * The store's records of what readers are served of public authored quizzes (`served_quizzes`,
 * migrations/0007): one per quiz, written by the app when it serves the quiz, read by the front
 * Worker. A record counts only while it is of the quiz's current, live version and of the reading
 * Worker's build (`SERVED_BUILD`), which the read itself checks, so no write elsewhere (a new
 * version, a delete) has to keep it in step.
 */

/** The record of the quiz with this id, when it is of its current, live version and of `build`; else null. */
export async function getServedQuizRecord(db: D1Database, quizId: string, build: string): Promise<ServedQuizRecord | null> {
  const row = await db
    .prepare(
      `SELECT s.record FROM served_quizzes AS s
       JOIN authored_quizzes AS q ON q.id = s.quiz_id AND q.version = s.version
       WHERE s.quiz_id = ?1 AND s.build = ?2 AND q.deleted_at IS NULL
         AND q.version = (SELECT MAX(version) FROM authored_quizzes AS v WHERE v.id = ?1)`,
    )
    .bind(quizId, build)
    .first<{ record: string }>()
  return row ? (JSON.parse(row.record) as ServedQuizRecord) : null
}

/**
 * Keeps `record`, of `version` of the quiz, computed by `build`, in place of the quiz's last one when
 * it is of a newer version, or of the same version and another build; else writes nothing (the same
 * record again, or a slow request's older version over a newer one). True when it wrote.
 */
export async function putServedQuizRecord(db: D1Database, record: ServedQuizRecord, version: number, build: string): Promise<boolean> {
  const result = await db
    .prepare(
      `INSERT INTO served_quizzes (quiz_id, version, build, record) VALUES (?1, ?2, ?3, ?4)
       ON CONFLICT (quiz_id) DO UPDATE SET version = excluded.version, build = excluded.build, record = excluded.record
       WHERE excluded.version > served_quizzes.version
          OR (excluded.version = served_quizzes.version AND excluded.build <> served_quizzes.build)`,
    )
    .bind(record.id, version, build, JSON.stringify(record))
    .run()
  return result.meta.changes > 0
}
