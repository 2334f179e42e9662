/** The studio's calls to the fahm API (this origin); see docs/api.md and docs/developers.md. */

import type { TeacherAssignment } from '../core/assignment.ts'
import type { DraftNote } from '../core/draft/notes.ts'
import type { Lang, QuizFile, Visibility } from '../core/quiz-schema.ts'
import type { RevealedResult } from '../core/answer-feedback.ts'
import type { QuizSourceSummary } from '../worker/quiz-store.ts'
import { call, callWithHeaders, type NewAssignment } from '../teach/api.ts'
import type { QuizBody } from './draft.ts'
import { keyOf, type Session } from './session.ts'

export { ApiError } from '../teach/api.ts'

/** A quiz as the editor API takes it: the quiz file fields plus the article text (and, from an older studio, the version edited). */
export type EditorBody = QuizBody & { articleText: string; version?: number }

/**
 * What a PUT saves over: the `ETag` of the version last loaded or saved, sent as `If-Match` (412
 * `precondition-failed` when someone saved since), or, for a workspace kept by a studio from before
 * ETags, the version in the body (409 `version-conflict`).
 */
export type Precondition = { etag: string } | { version: number }

/** Something the drafter skipped or wants reviewed; `message` is English, for developers. */
export type { DraftNote }

export type Drafted = { quiz: EditorBody; notes: DraftNote[] }

/** What the draft grading routes read of a quiz: its id, language and questions (the rest is ignored). */
export type GradedDraft = Pick<QuizBody, 'id' | 'lang' | 'questions'>

/** Who the key or token in a session belongs to. */
export type Me = { role: 'editor' } | { role: 'teacher'; classId: string; className: string | null }

/** One quiz the caller may edit, as `GET /v1/quiz-sources` lists it (the Worker's own type). */
export type SourceSummary = QuizSourceSummary

/** `GET /v1/quizzes/{id}/source`: the stored quiz with its keys and article. */
export type QuizSource = {
  id: string
  version: number
  visibility: Visibility
  origin: 'file' | 'api'
  readOnly: boolean
  ownerClassId?: string | null
  articleHash: string
  stale: string[]
  quiz: QuizFile
  articleText: string
  updatedAt: string | null
  /** The response's `ETag` (`"v<version>"`), for `If-Match` on the next save; null if the API sent none. */
  etag: string | null
}

/** The answer of a create or update. */
export type SavedQuiz = {
  id: string
  version: number
  visibility: Visibility
  previousVersion: number | null
  changed: boolean
  articleChanged: boolean
  stale: string[]
  ownerClassId?: string | null
  /** The response's `ETag` of the version saved, for `If-Match` on the next save; null if the API sent none. */
  etag: string | null
}

export type Grade = { score: number; maxScore: number; results: RevealedResult[] }

export type { RevealedResult }

const json = (method: string, body: unknown): RequestInit => ({ method, body: JSON.stringify(body) })

/**
 * A version's tag as `If-Match` takes it. A CDN that compresses a response weakens its ETag
 * (`"v3"` arrives as `W/"v3"`: Cloudflare does so unless the zone respects strong ETags), and
 * If-Match compares strongly, so a weak tag sent back never matches and every save would be refused.
 * The editor routes' tag names a version, not bytes: sent back strong, it asks for that version.
 */
const versionTag = (etag: string) => etag.replace(/^W\//, '')
const quizPath = (id: string) => `/v1/quizzes/${encodeURIComponent(id)}`

/** A call whose answer is a quiz version: its body with the response's `ETag`. */
async function tagged<T>(path: string, init: RequestInit, key: string): Promise<T & { etag: string | null }> {
  const { body, headers } = await callWithHeaders<T>(path, init, key)
  return { ...body, etag: headers.get('ETag') }
}

export const studioApi = {
  me: (session: Session) => call<Me>('/v1/me', {}, keyOf(session)),
  /** A draft quiz of an article (no key needed; rate-limited per address). */
  draft: (body: { articleText: string; lang?: Lang; title?: string }) => call<Drafted>('/v1/drafts', json('POST', body)),
  /** Grades one answer against an unsaved quiz; stores nothing. */
  check: (body: { quiz: GradedDraft; questionId: string; answer: unknown; lang?: Lang }) => call<RevealedResult>('/v1/drafts/check', json('POST', body)),
  grade: (body: { quiz: GradedDraft; answers: Record<string, unknown>; lang?: Lang }) => call<Grade>('/v1/drafts/grade', json('POST', body)),
  /** Every quiz the session may edit, by id: the list's pages followed to the end. */
  sources: async (session: Session): Promise<{ quizzes: SourceSummary[] }> => {
    const quizzes: SourceSummary[] = []
    let cursor: string | null = null
    do {
      const page: { quizzes: SourceSummary[]; nextCursor: string | null } = await call(
        `/v1/quiz-sources?limit=100${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`,
        {},
        keyOf(session),
      )
      quizzes.push(...page.quizzes)
      cursor = page.nextCursor
    } while (cursor !== null)
    return { quizzes }
  },
  source: (session: Session, id: string) => tagged<Omit<QuizSource, 'etag'>>(`${quizPath(id)}/source`, {}, keyOf(session)),
  create: (session: Session, body: EditorBody) => tagged<Omit<SavedQuiz, 'etag'>>('/v1/quizzes', json('POST', body), keyOf(session)),
  /** Saves a new version only over the one `over` names (see {@link Precondition}). */
  update: (session: Session, id: string, body: EditorBody, over: Precondition) =>
    tagged<Omit<SavedQuiz, 'etag'>>(
      quizPath(id),
      'etag' in over ? { ...json('PUT', body), headers: { 'If-Match': versionTag(over.etag) } } : json('PUT', { ...body, version: over.version }),
      keyOf(session),
    ),
  assign: (session: Extract<Session, { role: 'teacher' }>, body: NewAssignment) =>
    call<TeacherAssignment>(`/v1/classes/${encodeURIComponent(session.classId)}/assignments`, json('POST', body), session.teacherKey),
}
