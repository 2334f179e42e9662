import { parseArticle } from '../../core/article.ts'
import { quizLangs } from '../../core/localized.ts'
import { QuizFile, type Lang, type Localized, type Quiz, type Visibility } from '../../core/quiz-schema.ts'

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
  /** The class that owns the quiz (created with its teacher key), or null for an editor's quiz. */
  ownerClassId: string | null
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
  owner_class_id: string | null
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
    ownerClassId: record.owner_class_id,
  }
}

/** The highest version of a quiz, deleted or not; null when the id was never used. */
export async function getLatestAuthoredQuiz(db: D1Database, id: string): Promise<AuthoredQuizRow | null> {
  const record = await db.prepare('SELECT * FROM authored_quizzes WHERE id = ? ORDER BY version DESC LIMIT 1').bind(id).first<AuthoredQuizRecord>()
  return record ? toRow(record) : null
}

/** The class owning an authored quiz, or null for an editor's quiz and an id never used. */
export async function getAuthoredQuizOwner(db: D1Database, id: string): Promise<string | null> {
  const record = await db
    .prepare('SELECT owner_class_id FROM authored_quizzes WHERE id = ? ORDER BY version DESC LIMIT 1')
    .bind(id)
    .first<{ owner_class_id: string | null }>()
  return record?.owner_class_id ?? null
}

/** What the quiz lists show of an authored quiz, read from the stored JSON without parsing it. */
export type AuthoredQuizSummary = {
  id: string
  version: number
  /** `public` unless the stored file says otherwise. */
  visibility: Visibility
  lang: Lang
  /** The languages the quiz can be served in (`quizLangs`), its own first. */
  langs: Lang[]
  title: Localized
  questionCount: number
  ownerClassId: string | null
  /** Question ids awaiting review (see {@link AuthoredQuizRow.stale}). */
  stale: string[]
  /** When the current version was saved. */
  updatedAt: string
}

export type AuthoredQuizFilter = {
  /** Only the quizzes this class owns. */
  ownerClassId?: string
  /** Only the quizzes served to anyone (`visibility: public`). */
  publicOnly?: boolean
  /** Only the quizzes served in this language (their own, or a complete translation). */
  servedIn?: Lang
  /** Only the ids after this one (keyset pagination). */
  afterId?: string
  /** Never these ids (the catalog's, which win an id clash). */
  excludeIds?: readonly string[]
  /** At most this many, the first by id. */
  limit?: number
}

/** The current version of every live authored quiz that `filter` keeps, by id: summary columns only, no quiz bodies. */
export async function listAuthoredQuizSummaries(db: D1Database, filter: AuthoredQuizFilter = {}): Promise<AuthoredQuizSummary[]> {
  const binds: unknown[] = []
  const bind = (value: unknown) => `?${binds.push(value)}`
  const latestWhere = filter.ownerClassId === undefined ? '' : `WHERE owner_class_id = ${bind(filter.ownerClassId)} `
  const conditions = ['q.deleted_at IS NULL']
  if (filter.publicOnly) conditions.push(`COALESCE(json_extract(q.quiz, '$.visibility'), 'public') = 'public'`)
  if (filter.servedIn !== undefined) conditions.push(`EXISTS (SELECT 1 FROM json_each(q.langs) WHERE value = ${bind(filter.servedIn)})`)
  if (filter.afterId !== undefined) conditions.push(`q.id > ${bind(filter.afterId)}`)
  if (filter.excludeIds?.length) conditions.push(`q.id NOT IN (SELECT value FROM json_each(${bind(JSON.stringify(filter.excludeIds))}))`)
  const statement = db.prepare(
    `SELECT q.id, q.version, COALESCE(json_extract(q.quiz, '$.visibility'), 'public') AS visibility, json_extract(q.quiz, '$.lang') AS lang, q.langs,
       json_extract(q.quiz, '$.title.ar') AS title_ar, json_extract(q.quiz, '$.title.en') AS title_en,
       json_array_length(q.quiz, '$.questions') AS question_count, q.owner_class_id, q.stale, q.created_at
     FROM authored_quizzes q
     JOIN (SELECT id, MAX(version) AS version FROM authored_quizzes ${latestWhere}GROUP BY id) latest
       ON latest.id = q.id AND latest.version = q.version
     WHERE ${conditions.join(' AND ')}
     ORDER BY q.id${filter.limit === undefined ? '' : ` LIMIT ${bind(filter.limit)}`}`,
  )
  const { results } = await statement.bind(...binds).all<{
    id: string
    version: number
    visibility: Visibility
    lang: Lang
    langs: string
    title_ar: string | null
    title_en: string | null
    question_count: number
    owner_class_id: string | null
    stale: string
    created_at: string
  }>()
  return results.map((r) => {
    const title: Localized = {}
    if (r.title_ar !== null) title.ar = r.title_ar
    if (r.title_en !== null) title.en = r.title_en
    return {
      id: r.id,
      version: r.version,
      visibility: r.visibility,
      lang: r.lang,
      langs: JSON.parse(r.langs) as Lang[],
      title,
      questionCount: r.question_count,
      ownerClassId: r.owner_class_id,
      stale: JSON.parse(r.stale) as string[],
      updatedAt: r.created_at,
    }
  })
}

/**
 * Inserts a version, with the languages it can be served in (`langs`, for the quiz list). Two editors saving the same base version race for the same primary key:
 * the second insert fails with a UNIQUE violation, which the caller reports as a conflict.
 */
export async function insertAuthoredQuiz(
  db: D1Database,
  row: Omit<AuthoredQuizRow, 'deletedAt' | 'ownerClassId'> & { ownerClassId?: string | null },
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO authored_quizzes (id, version, article_hash, fingerprint, quiz, article_text, stale, langs, created_at, owner_class_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      row.id,
      row.version,
      row.articleHash,
      row.fingerprint,
      JSON.stringify(row.quiz),
      row.articleText,
      JSON.stringify(row.stale),
      JSON.stringify(quizLangs(row.quiz)),
      row.createdAt,
      row.ownerClassId ?? null,
    )
    .run()
}

/** Marks the current version deleted; false when it was already deleted or never existed. */
export async function deleteAuthoredQuiz(db: D1Database, id: string, version: number, now = new Date().toISOString()): Promise<boolean> {
  const result = await db.prepare('UPDATE authored_quizzes SET deleted_at = ? WHERE id = ? AND version = ? AND deleted_at IS NULL').bind(now, id, version).run()
  return result.meta.changes > 0
}

/**
 * The statement that marks deleted the current version of every live quiz a class owns: run it in
 * the batch that deletes the class, so both happen or neither.
 */
export function deleteOwnedQuizzesStatement(db: D1Database, classId: string, now = new Date().toISOString()): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE authored_quizzes SET deleted_at = ?1
       WHERE owner_class_id = ?2 AND deleted_at IS NULL
         AND version = (SELECT MAX(version) FROM authored_quizzes AS v WHERE v.id = authored_quizzes.id)`,
    )
    .bind(now, classId)
}

/** True when the class has at least one assignment of the quiz. */
export async function classHasQuiz(db: D1Database, classId: string, quizId: string): Promise<boolean> {
  const row = await db.prepare('SELECT 1 AS ok FROM assignments WHERE class_id = ? AND quiz_id = ? LIMIT 1').bind(classId, quizId).first<{ ok: number }>()
  return row !== null
}

// The latest parsed version of each recently read quiz, by id. A stored version never changes, so its
// version and fingerprint are enough to tell a cached copy is current; bounded, least recently used
// evicted first.
const loaded = new Map<string, { version: number; fingerprint: string; quiz: Quiz }>()
const LOADED_MAX = 64

function remember(id: string, version: number, fingerprint: string, quiz: Quiz): void {
  loaded.delete(id)
  if (loaded.size >= LOADED_MAX) loaded.delete(loaded.keys().next().value!)
  loaded.set(id, { version, fingerprint, quiz })
}

function recall(id: string, version: number, fingerprint: string): Quiz | null {
  const entry = loaded.get(id)
  if (!entry || entry.version !== version || entry.fingerprint !== fingerprint) return null
  loaded.delete(id)
  loaded.set(id, entry)
  return entry.quiz
}

function parseStored(id: string, version: number, quizJson: QuizFile, articleText: string): Quiz {
  const { $schema: _schema, article: _article, ...file } = QuizFile.parse(quizJson)
  return { ...file, id, version, article: parseArticle(articleText) }
}

/**
 * The stored version as a `Quiz`. Rows passed the content checks when they were saved, so they are
 * only parsed here (defaults, paragraphs), not checked again.
 */
export function authoredToQuiz(row: AuthoredQuizRow): Quiz {
  const cached = recall(row.id, row.version, row.fingerprint)
  if (cached) return cached
  const quiz = parseStored(row.id, row.version, row.quiz, row.articleText)
  // An older version read for its history must not push the current one out.
  const current = loaded.get(row.id)
  if (!current || current.version <= row.version) remember(row.id, row.version, row.fingerprint, quiz)
  return quiz
}

/**
 * The current version of a live quiz as a `Quiz`, or null when there is none or it was deleted.
 * One query either way: the quiz body and article come back only when this isolate has not
 * parsed that version yet, so a warm read costs a one-row index lookup and no parsing.
 */
export async function getCurrentAuthoredQuiz(db: D1Database, id: string): Promise<Quiz | null> {
  const known = loaded.get(id)
  const record = await db
    .prepare(
      `SELECT version, fingerprint, deleted_at,
         CASE WHEN version = ?2 AND fingerprint = ?3 THEN NULL ELSE quiz END AS quiz,
         CASE WHEN version = ?2 AND fingerprint = ?3 THEN NULL ELSE article_text END AS article_text
       FROM authored_quizzes WHERE id = ?1 ORDER BY version DESC LIMIT 1`,
    )
    .bind(id, known?.version ?? 0, known?.fingerprint ?? '')
    .first<{ version: number; fingerprint: string; deleted_at: string | null; quiz: string | null; article_text: string | null }>()
  if (!record || record.deleted_at) return null
  const cached = recall(id, record.version, record.fingerprint)
  if (cached) return cached
  if (record.quiz === null || record.article_text === null) {
    // Evicted between the lookup and now (another request filled the cache): read the body.
    const row = await getLatestAuthoredQuiz(db, id)
    return row && !row.deletedAt ? authoredToQuiz(row) : null
  }
  const quiz = parseStored(id, record.version, JSON.parse(record.quiz) as QuizFile, record.article_text)
  remember(id, record.version, record.fingerprint, quiz)
  return quiz
}
