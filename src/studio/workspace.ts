import { QuizFile, type Visibility } from '../core/quiz-schema.ts'
import type { DraftNote, EditorBody, Precondition, QuizSource, SavedQuiz } from './api.ts'
import { applyEdit, editKey, type Content, type Edit, type QuizBody } from './draft.ts'
import { createHistory, record, redo, undo, type History } from './history.ts'
import { fileOf } from './issues.ts'

/**
 * The studio's one piece of working state: the quiz being edited with its undo history, what it
 * was when last loaded or saved (so unsaved work can be told apart), the stored quiz it edits, and
 * the drafter's notes. Kept in localStorage on every change, so a reload loses nothing.
 */

/** The stored quiz a workspace edits. */
export type SavedMeta = {
  id: string
  version: number
  visibility: Visibility
  origin: 'file' | 'api'
  /** A file quiz (questions/): saved through the API only under a new id. */
  readOnly: boolean
  /** Questions whose evidence paragraph changed in an article edit, to review. */
  stale: string[]
  ownerClassId: string | null
  /** The `ETag` the API sent with this version (`If-Match` of the next save); missing in a workspace kept by an older studio. */
  etag?: string | null
}

export type Workspace = {
  history: History<Content>
  /** The content as last loaded or saved; null for a draft never saved. */
  base: Content | null
  saved: SavedMeta | null
  notes: DraftNote[]
  /** The id the drafter suggested, while the quiz was never saved: a teacher publishes it made the class's own (quiz-id.ts). */
  draftId?: string
}

export type WorkspaceAction =
  | { type: 'edit'; edit: Edit; now?: number }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'saved'; saved: SavedQuiz; content: Content }
  | { type: 'replace'; workspace: Workspace }
  /** The latest stored version (someone else's save) becomes the content, one undo step away from the editor's own. */
  | { type: 'load-latest'; source: QuizSource }

export function workspaceReducer(ws: Workspace, action: WorkspaceAction): Workspace {
  switch (action.type) {
    case 'edit': {
      const next = applyEdit(ws.history.present, action.edit)
      const history = record(ws.history, next, editKey(action.edit), action.now)
      return history === ws.history ? ws : { ...ws, history }
    }
    case 'undo':
      return { ...ws, history: undo(ws.history) }
    case 'redo':
      return { ...ws, history: redo(ws.history) }
    case 'saved':
      return {
        ...ws,
        base: action.content,
        saved: {
          id: action.saved.id,
          version: action.saved.version,
          visibility: action.saved.visibility,
          origin: 'api',
          readOnly: false,
          stale: action.saved.stale,
          ownerClassId: action.saved.ownerClassId ?? ws.saved?.ownerClassId ?? null,
          etag: action.saved.etag,
        },
      }
    case 'replace':
      return action.workspace
    case 'load-latest': {
      const latest = fromSource(action.source)
      return { ...latest, history: record(ws.history, latest.history.present), notes: ws.notes }
    }
  }
}

/** The quiz file fields of an editor body or a stored file (no `$schema`, file name, version or article). */
export function bodyOf(file: Partial<EditorBody> & Record<string, unknown>): QuizBody {
  const { $schema: _s, article: _a, version: _v, articleText: _t, ...body } = file
  return body as QuizBody
}

/** The body with the schema's defaults filled in (points 1, tolerance 0 …), so every field shows its value. */
function withDefaults(body: QuizBody): QuizBody {
  const parsed = QuizFile.safeParse(fileOf(body))
  return parsed.success ? bodyOf(parsed.data) : body
}

/** A workspace for a fresh draft from the drafter (never saved). */
export function fromDraft(quiz: EditorBody, notes: DraftNote[]): Workspace {
  return { history: createHistory({ quiz: withDefaults(bodyOf(quiz)), articleText: quiz.articleText }), base: null, saved: null, notes, draftId: quiz.id }
}

/** A workspace editing a stored quiz. */
export function fromSource(source: QuizSource): Workspace {
  const content: Content = { quiz: withDefaults(bodyOf(source.quiz as unknown as Record<string, unknown>)), articleText: source.articleText }
  return {
    history: createHistory(content),
    base: content,
    saved: {
      id: source.id,
      version: source.version,
      visibility: source.visibility,
      origin: source.origin,
      readOnly: source.readOnly,
      stale: source.stale,
      ownerClassId: source.ownerClassId ?? null,
      etag: source.etag,
    },
    notes: [],
  }
}

/** Whether the workspace holds work that is not saved: a draft never saved, or changes since the last save. */
export function isDirty(ws: Workspace): boolean {
  return ws.base === null || !sameContent(ws.base, ws.history.present)
}

export function sameContent(a: Content, b: Content): boolean {
  return a === b || stableJson(a) === stableJson(b)
}

/** JSON with object keys sorted, so equal values give equal text whatever order keys were set in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  )
}

/** The body to send to `POST`/`PUT /v1/quizzes`. */
export function editorBody(content: Content): EditorBody {
  return { ...content.quiz, articleText: content.articleText }
}

/** What a save of the stored quiz goes over: the `ETag` last loaded or saved, else (kept by an older studio) its version. */
export function preconditionOf(saved: Pick<SavedMeta, 'etag' | 'version'>): Precondition {
  return saved.etag ? { etag: saved.etag } : { version: saved.version }
}

const STORAGE_KEY = 'fahm.studio.workspace'

type Stored = { v: 1; present: Content; base: Content | null; saved: SavedMeta | null; notes: DraftNote[]; draftId?: string }

/** Keeps the workspace in localStorage (the present, not the undo history); null forgets it. */
export function storeWorkspace(ws: Workspace | null): void {
  try {
    if (!ws) localStorage.removeItem(STORAGE_KEY)
    else {
      const stored: Stored = { v: 1, present: ws.history.present, base: ws.base, saved: ws.saved, notes: ws.notes, draftId: ws.draftId }
      localStorage.setItem(STORAGE_KEY, JSON.stringify(stored))
    }
  } catch {
    // Quota or disabled storage: the work lives as long as the page.
  }
}

/** The workspace kept in localStorage, if any. */
export function restoreWorkspace(): Workspace | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY)
    const stored = raw ? (JSON.parse(raw) as Stored) : null
    if (stored?.v !== 1 || typeof stored.present?.articleText !== 'string' || typeof stored.present.quiz !== 'object') return null
    return {
      history: createHistory(stored.present),
      base: stored.base ?? null,
      saved: stored.saved ?? null,
      notes: Array.isArray(stored.notes) ? stored.notes : [],
      draftId: typeof stored.draftId === 'string' ? stored.draftId : undefined,
    }
  } catch {
    return null
  }
}
