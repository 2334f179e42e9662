import type { Context } from 'hono'
import { ARTICLE_MAX_CHARS } from '../../../core/article.ts'
import { type ContentIssue, inCheckOrder } from '../../../core/content-issue.ts'
import { quizLangs, untranslatedStrings } from '../../../core/localized.ts'
import { QuizFile } from '../../../core/quiz-schema.ts'
import { validateStructure } from '../../../core/structure-checks.ts'
import { articleHash, contentFingerprint, nextVersion, staleAfterSave } from '../../../core/quiz-version.ts'
import type { AppRouteHandler } from '../../app.ts'
import { catalogFiles } from '../../catalog-files.ts'
import { isUniqueViolation } from '../../db/ids.ts'
import { authoredToQuiz, deleteAuthoredQuiz, getLatestAuthoredQuiz, insertAuthoredQuiz, type AuthoredQuizRow } from '../../db/quizzes.ts'
import type { Author, AuthorAuthEnv } from '../../middleware/author-auth.ts'
import { executionContext } from '../../execution-context.ts'
import { problem, validationHook } from '../../problem.ts'
import { keepRecordAfterSave } from '../../reader-quizzes.ts'
import type { CreateQuizRoute, DeleteQuizRoute, GetQuizSourceRoute, UpdateQuizRoute } from './editor.routes.ts'

/** The editor API's handlers and the checks they share; the routes are in editor.routes.ts. */

async function isFileQuiz(id: string): Promise<boolean> {
  return (await catalogFiles()).some((source) => source.id === id)
}

/** Whether `author` may change, delete and read the keys of a quiz `ownerClassId` owns. */
function mayEdit(author: Author, ownerClassId: string | null): boolean {
  return author.role === 'editor' || author.classId === ownerClassId
}

/** The 404 of an id there is nothing under for this author (unknown, deleted, or not theirs). */
function noQuiz(quizId: string, detail = `There is no quiz "${quizId}".`): never {
  problem('quiz-not-found', detail, { extras: { quizId } })
}

function noQuizToUpdate(quizId: string): never {
  noQuiz(quizId, `There is no quiz "${quizId}" to update; create it with POST /v1/quizzes.`)
}

/** The `ETag` of a stored quiz version on the editor routes (versions are never reused for an id). */
function versionTag(version: number): string {
  return `"v${version}"`
}

/**
 * RFC 9110 §13.1.1: `If-Match` holds when it is `*` or lists the current version's tag (strong
 * comparison: a weak `W/"v3"` never matches). Without the header there is nothing to check.
 */
function requireIfMatch(header: string | undefined, quizId: string, current: number): void {
  if (header === undefined) return
  const listed = header.split(',').map((tag) => tag.trim())
  if (listed.includes('*') || listed.includes(versionTag(current))) return
  // The current version's tag made weak (by a proxy or CDN that compressed the response, as
  // Cloudflare does unless strong ETags are respected) is refused all the same, but told why:
  // "it is at version 2" beside a tag that reads v2 would leave the client nowhere.
  const weakened = listed.includes(`W/${versionTag(current)}`)
  problem(
    'precondition-failed',
    weakened
      ? `If-Match W/${versionTag(current)} is a weak tag, and If-Match compares strongly (RFC 9110), so it never matches: send ${versionTag(current)} without W/ (a proxy that compressed the response may have added it), or the version in the body.`
      : `If-Match ${header.slice(0, 100)} is not the current version of "${quizId}": it is at version ${current} (ETag ${versionTag(current)}).`,
    {
      extras: { quizId, currentVersion: current },
    },
  )
}

type Split = { file: Record<string, unknown>; articleText: unknown }

/** Separates the article from the quiz file so the content checks see exactly a quiz file. */
function splitBody(body: unknown): Split {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { file: {}, articleText: undefined }
  const { articleText, ...file } = body as Record<string, unknown>
  return { file, articleText }
}

function quizInvalid(issues: Pick<ContentIssue, 'check' | 'path' | 'message'>[]): never {
  const listed = issues.map(({ check, path, message }) => ({ check, path, message }))
  problem('quiz-invalid', `The quiz does not pass the content checks: ${listed.map((i) => `${i.path || '(quiz)'} [${i.check}]`).join(', ')}.`, {
    extras: { issues: listed, errors: listed.map(({ path, message }) => ({ path, message, in: 'body' })) },
  })
}

/**
 * A class's quiz is a classroom quiz, whoever saves it: `visibility` defaults to `classroom` and
 * `public` is refused (403). Only an editor's quiz is published, by the editor.
 */
function classVisibility(file: Record<string, unknown>, author: Author, quizId: unknown): void {
  if (file.visibility === undefined) file.visibility = 'classroom'
  if (file.visibility !== 'public') return
  const detail =
    author.role === 'teacher'
      ? 'A teacher key saves classroom quizzes only: leave out "visibility" or send "classroom". Publishing needs the editor token.'
      : `Quiz "${String(quizId)}" belongs to a class and stays a classroom quiz; to publish it, create a copy under another id.`
  problem('forbidden', detail, { extras: { errors: [{ path: 'visibility', message: 'must be "classroom" for a class’s quiz', in: 'body' }] } })
}

type CheckOptions = {
  author: Author
  /** The URL's id on PUT: the body's id defaults to it and must equal it. */
  quizId?: string
  /** The quiz is (or will be) owned by a class: see {@link classVisibility}. */
  classOwned: boolean
}

/**
 * Runs the content checks on a body and returns the parsed quiz file, or answers 422 with every issue:
 * the schema and the structure checks here, the checks that read the quiz's language in the grader
 * Worker (`GRADER`), in one order (core/content-checks.ts runs the same). The article file name is not
 * the API's business: it is filled in when missing.
 */
async function checkBody(env: Env, body: unknown, { author, quizId, classOwned }: CheckOptions): Promise<{ quiz: QuizFile; articleText: string }> {
  const { file, articleText } = splitBody(body)
  if (classOwned) classVisibility(file, author, quizId ?? file.id)
  const issues: Pick<ContentIssue, 'check' | 'path' | 'message'>[] = []
  if (typeof articleText !== 'string' || articleText.trim().length === 0) {
    issues.push({ check: 'schema', path: 'articleText', message: 'the article text is required (a non-empty string)' })
  } else if (articleText.length > ARTICLE_MAX_CHARS) {
    issues.push({ check: 'schema', path: 'articleText', message: `the article text is longer than ${ARTICLE_MAX_CHARS} characters` })
  }
  if (quizId !== undefined) {
    if (file.id === undefined) file.id = quizId
    else if (file.id !== quizId) issues.push({ check: 'id-matches-path', path: 'id', message: `the id must be "${quizId}", as in the URL` })
  }
  if (file.article === undefined) file.article = `article.${file.lang === 'en' ? 'en' : 'ar'}.txt`
  const text = typeof articleText === 'string' ? articleText : ''
  const fileName = `api:quizzes/${typeof file.id === 'string' ? file.id : '(new)'}`
  const { quiz, issues: structure } = validateStructure(file, text, fileName)
  const language = quiz === null ? [] : await env.GRADER.languageIssues(quiz, fileName)
  issues.push(...inCheckOrder([...structure, ...language]))
  if (issues.length > 0 || quiz === null) quizInvalid(issues)
  return { quiz, articleText: text }
}

/** Route hook: a body the schema rejects gets the content checks' issues, not zod's raw ones. */
export function bodyHook(result: { success: boolean; data?: unknown; target: string }, c: Context): Promise<never> | undefined {
  if (result.success) return undefined
  // Only the JSON body gets the content checks; params keep the shared 400 of `validationHook`.
  if (result.target !== 'json') {
    validationHook(result as Parameters<typeof validationHook>[0], c)
    return undefined
  }
  return rejectBody(result.data, c as Context<AuthorAuthEnv>)
}

/** 422 with the content checks' issues of a body the schema rejected. */
async function rejectBody(body: unknown, c: Context<AuthorAuthEnv>): Promise<never> {
  // A teacher's quiz is their class's (on PUT, any other answers 404 before this matters).
  const { author } = c.var
  await checkBody(c.env, body, { author, quizId: c.req.param('quizId'), classOwned: author.role === 'teacher' })
  // The checks found nothing the schema did not: fall back to a generic message.
  quizInvalid([{ check: 'schema', path: '', message: 'the body is not a valid quiz' }])
}

async function save(db: D1Database, previous: AuthoredQuizRow | null, quiz: QuizFile, articleText: string, base: number, ownerClassId: string | null) {
  const hash = await articleHash(articleText)
  const fingerprint = await contentFingerprint(quiz, hash)
  const live = previous && !previous.deletedAt ? previous : null
  // A deleted quiz created again continues its numbering, so versions attempts refer to stay unique.
  const version = live ? nextVersion(live, fingerprint) : base
  const stale = live ? staleAfterSave({ quiz: authoredToQuiz(live), stale: live.stale }, quiz.questions, articleText) : []
  const saved = {
    id: quiz.id,
    version,
    visibility: quiz.visibility,
    ownerClassId,
    previousVersion: live?.version ?? null,
    changed: !live || version !== live.version,
    articleHash: hash,
    articleChanged: live ? live.articleHash !== hash : false,
    stale: live && version === live.version ? live.stale : stale,
    langs: quizLangs(quiz),
    untranslated: untranslatedStrings(quiz),
  }
  if (!saved.changed) return saved
  const { $schema: _schema, ...stored } = quiz
  try {
    await insertAuthoredQuiz(db, {
      id: quiz.id,
      version,
      articleHash: hash,
      fingerprint,
      quiz: { ...stored, version },
      articleText,
      stale: saved.stale,
      createdAt: new Date().toISOString(),
      ownerClassId,
    })
  } catch (err) {
    if (!isUniqueViolation(err)) throw err
    if (live) problem('version-conflict', `Quiz "${quiz.id}" was saved by someone else meanwhile; reload it and edit again.`, { extras: { quizId: quiz.id } })
    problem('quiz-exists', `A quiz "${quiz.id}" was just created by someone else.`, { extras: { quizId: quiz.id } })
  }
  return saved
}

/** A new version of a public quiz: its readers' record, kept after the response (reader-quizzes.ts). */
async function keepRecordForReaders(c: Context, saved: { id: string; changed: boolean; visibility: string }): Promise<void> {
  if (saved.changed && saved.visibility === 'public') await keepRecordAfterSave(c.env, saved.id, executionContext(c))
}

/** Whether `quiz` with `articleText` is what `row` stores (same fingerprint: a save would change nothing). */
async function isSameQuiz(row: AuthoredQuizRow, quiz: QuizFile, articleText: string): Promise<boolean> {
  return row.fingerprint === (await contentFingerprint(quiz, await articleHash(articleText)))
}

export const createQuiz: AppRouteHandler<CreateQuizRoute> = async (c) => {
  const { author } = c.var
  const ownerClassId = author.role === 'teacher' ? author.classId : null
  const { quiz, articleText } = await checkBody(c.env, await c.req.json(), { author, classOwned: ownerClassId !== null })
  if (await isFileQuiz(quiz.id)) {
    problem('quiz-exists', `"${quiz.id}" is a file quiz (questions/${quiz.id}); choose another id.`, { extras: { quizId: quiz.id } })
  }
  const previous = await getLatestAuthoredQuiz(c.env.DB, quiz.id)
  const location = `/v1/quizzes/${encodeURIComponent(quiz.id)}${quiz.visibility === 'public' ? '' : '/source'}`
  // A retried create (the answer to the first was lost) is not an error: the same owner sending
  // the same quiz again gets the quiz as it is, 200 and `changed: false`, and nothing is stored.
  if (previous && !previous.deletedAt && previous.ownerClassId === ownerClassId && (await isSameQuiz(previous, quiz, articleText))) {
    c.header('Location', location)
    c.header('ETag', versionTag(previous.version))
    return c.json(await save(c.env.DB, previous, quiz, articleText, previous.version, ownerClassId), 200)
  }
  // A deleted quiz's id stays its owner's: assignments of it still serve its last version.
  if (previous && (!previous.deletedAt || previous.ownerClassId !== ownerClassId)) {
    const detail =
      !previous.deletedAt && mayEdit(author, previous.ownerClassId)
        ? `A quiz "${quiz.id}" exists; update it with PUT /v1/quizzes/${quiz.id}.`
        : `The id "${quiz.id}" is taken; choose another id.`
    problem('quiz-exists', detail, { extras: { quizId: quiz.id } })
  }
  const saved = await save(c.env.DB, previous, quiz, articleText, previous ? previous.version + 1 : 1, ownerClassId)
  await keepRecordForReaders(c, saved)
  // A classroom quiz is a 404 at its public URL: point at what the editor can read.
  c.header('Location', location)
  c.header('ETag', versionTag(saved.version))
  return c.json(saved, 201)
}

export const updateQuiz: AppRouteHandler<UpdateQuizRoute> = async (c) => {
  const { quizId } = c.req.valid('param')
  const { author } = c.var
  if (await isFileQuiz(quizId)) {
    if (author.role === 'teacher') noQuizToUpdate(quizId)
    problem('quiz-read-only', `"${quizId}" is a file quiz: change questions/${quizId}/quiz.json and redeploy.`, { extras: { quizId } })
  }
  const previous = await getLatestAuthoredQuiz(c.env.DB, quizId)
  if (!previous || previous.deletedAt || !mayEdit(author, previous.ownerClassId)) noQuizToUpdate(quizId)
  requireIfMatch(c.req.valid('header')['if-match'], quizId, previous.version)
  const body: unknown = await c.req.json()
  const { file } = splitBody(body)
  const { quiz, articleText } = await checkBody(c.env, body, { author, quizId, classOwned: previous.ownerClassId !== null })
  if (file.version !== undefined && file.version !== previous.version) {
    problem('version-conflict', `You edited version ${String(file.version)} but the quiz is at version ${previous.version}.`, {
      extras: { quizId, currentVersion: previous.version },
    })
  }
  const saved = await save(c.env.DB, previous, quiz, articleText, previous.version + 1, previous.ownerClassId)
  await keepRecordForReaders(c, saved)
  c.header('ETag', versionTag(saved.version))
  return c.json(saved, 200)
}

export const deleteQuiz: AppRouteHandler<DeleteQuizRoute> = async (c) => {
  const { quizId } = c.req.valid('param')
  const { author } = c.var
  if (await isFileQuiz(quizId)) {
    if (author.role === 'teacher') noQuiz(quizId)
    problem('quiz-read-only', `"${quizId}" is a file quiz: remove questions/${quizId} and redeploy.`, { extras: { quizId } })
  }
  const current = await getLatestAuthoredQuiz(c.env.DB, quizId)
  if (!current || current.deletedAt || !mayEdit(author, current.ownerClassId)) noQuiz(quizId)
  requireIfMatch(c.req.valid('header')['if-match'], quizId, current.version)
  await deleteAuthoredQuiz(c.env.DB, quizId, current.version)
  return c.body(null, 204)
}

export const getQuizSource: AppRouteHandler<GetQuizSourceRoute> = async (c) => {
  const { quizId } = c.req.valid('param')
  const { author } = c.var
  c.header('Cache-Control', 'no-store')
  const source = (await catalogFiles()).find((s) => s.id === quizId)
  if (source) {
    if (author.role === 'teacher') noQuiz(quizId)
    const quiz = QuizFile.parse(source.file)
    c.header('ETag', versionTag(quiz.version))
    return c.json(
      {
        id: quizId,
        version: quiz.version,
        visibility: quiz.visibility,
        ownerClassId: null,
        origin: 'file' as const,
        readOnly: true,
        articleHash: await articleHash(source.articleText),
        stale: [],
        langs: quizLangs(quiz),
        quiz,
        articleText: source.articleText,
        updatedAt: null,
      },
      200,
    )
  }
  const row = await getLatestAuthoredQuiz(c.env.DB, quizId)
  if (!row || row.deletedAt || !mayEdit(author, row.ownerClassId)) noQuiz(quizId)
  c.header('ETag', versionTag(row.version))
  return c.json(
    {
      id: row.id,
      version: row.version,
      // Rows saved before `visibility` existed lack the field: parsing gives its default.
      visibility: authoredToQuiz(row).visibility,
      ownerClassId: row.ownerClassId,
      origin: 'api' as const,
      readOnly: false,
      articleHash: row.articleHash,
      stale: row.stale,
      langs: quizLangs(row.quiz),
      quiz: row.quiz,
      articleText: row.articleText,
      updatedAt: row.createdAt,
    },
    200,
  )
}
