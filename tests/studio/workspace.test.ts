import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { changesBetween } from '../../src/studio/changes.ts'
import { applyEdit } from '../../src/studio/draft.ts'
import { studioApi, type QuizSource, type SavedQuiz } from '../../src/studio/api.ts'
import {
  editorBody,
  fromDraft,
  fromSource,
  isDirty,
  preconditionOf,
  restoreWorkspace,
  sameContent,
  storeWorkspace,
  workspaceReducer,
  type Workspace,
} from '../../src/studio/workspace.ts'
import { seedContent } from './fixtures.ts'

const seed = seedContent()
const drafted = () =>
  fromDraft({ ...seed.quiz, articleText: seed.articleText }, [
    { code: 'unread-number', message: 'A number the drafter could not read', paragraph: 4, quote: 'ثلاثة أرباع' },
  ])
const saved = (version: number, stale: string[] = []): SavedQuiz => ({
  id: seed.quiz.id,
  version,
  visibility: 'public',
  previousVersion: version - 1 || null,
  changed: true,
  articleChanged: false,
  stale,
  etag: `"v${version}"`,
})
/** The stored quiz at `version` as `…/source` answers, with `content` (the seed's by default). */
const source = (version: number, content = seed): QuizSource => ({
  id: seed.quiz.id,
  version,
  visibility: 'public',
  origin: 'api',
  readOnly: false,
  ownerClassId: null,
  articleHash: 'sha256:x',
  stale: [],
  quiz: { ...content.quiz, article: 'article.ar.txt' } as QuizSource['quiz'],
  articleText: content.articleText,
  updatedAt: null,
  etag: `"v${version}"`,
})

beforeEach(() => localStorage.clear())

describe('workspace', () => {
  it('is unsaved work until saved, and again after an edit; undo back to the saved content is clean', () => {
    let ws: Workspace = drafted()
    expect(isDirty(ws)).toBe(true)
    ws = workspaceReducer(ws, { type: 'saved', saved: saved(1), content: ws.history.present })
    expect(isDirty(ws)).toBe(false)
    expect(ws.saved).toMatchObject({ id: seed.quiz.id, version: 1, origin: 'api', readOnly: false })
    ws = workspaceReducer(ws, { type: 'edit', edit: { kind: 'set', path: ['title', 'ar'], value: 'عنوان آخر' } })
    expect(isDirty(ws)).toBe(true)
    ws = workspaceReducer(ws, { type: 'undo' })
    expect(isDirty(ws)).toBe(false)
    ws = workspaceReducer(ws, { type: 'redo' })
    expect(ws.history.present.quiz.title.ar).toBe('عنوان آخر')
  })

  it('tells content apart by value, not by key order', () => {
    const reordered = { ...seed, quiz: { ...seed.quiz, title: { en: seed.quiz.title.en, ar: seed.quiz.title.ar } } }
    expect(sameContent(seed, reordered)).toBe(true)
    expect(sameContent(seed, applyEdit(seed, { kind: 'set', path: ['title', 'en'], value: 'x' }))).toBe(false)
  })

  it('survives a reload through localStorage, with its notes and what it was saved as', () => {
    let ws = drafted()
    ws = workspaceReducer(ws, { type: 'saved', saved: saved(3, ['q1']), content: ws.history.present })
    ws = workspaceReducer(ws, { type: 'edit', edit: { kind: 'set', path: ['title', 'ar'], value: 'غير محفوظ' } })
    storeWorkspace(ws)
    const back = restoreWorkspace()!
    expect(back.history.present).toEqual(ws.history.present)
    expect(back.saved).toEqual(ws.saved)
    expect(back.notes).toEqual(ws.notes)
    expect(isDirty(back)).toBe(true)
    storeWorkspace(null)
    expect(restoreWorkspace()).toBeNull()
    localStorage.setItem('fahm.studio.workspace', '{"v":1,"present":{}}')
    expect(restoreWorkspace()).toBeNull()
    localStorage.setItem('fahm.studio.workspace', 'not json')
    expect(restoreWorkspace()).toBeNull()
  })

  it('sends the quiz with its article, and saves over the ETag last loaded or saved (the version, for a workspace kept without one)', () => {
    expect(editorBody(seed)).toEqual({ ...seed.quiz, articleText: seed.articleText })
    let ws = fromSource(source(2))
    expect(preconditionOf(ws.saved!)).toEqual({ etag: '"v2"' })
    ws = workspaceReducer(ws, { type: 'saved', saved: saved(3), content: ws.history.present })
    expect(preconditionOf(ws.saved!)).toEqual({ etag: '"v3"' })
    storeWorkspace(ws)
    expect(preconditionOf(restoreWorkspace()!.saved!)).toEqual({ etag: '"v3"' })
    const { etag: _, ...older } = ws.saved!
    expect(preconditionOf(older)).toEqual({ version: 3 })
    expect(preconditionOf({ ...older, etag: null })).toEqual({ version: 3 })
  })

  it('opens the latest version over unsaved changes as one step: undo brings the changes back', () => {
    let ws = fromSource(source(1))
    ws = workspaceReducer(ws, { type: 'edit', edit: { kind: 'set', path: ['title', 'ar'], value: 'عنوان المحرّر' } })
    const mine = ws.history.present
    const theirs = applyEdit(seed, { kind: 'set', path: ['questions', 0, 'prompt', 'ar'], value: 'سؤال غيّره غيري؟' })
    ws = workspaceReducer(ws, { type: 'load-latest', source: source(2, theirs) })
    expect(ws.history.present.quiz.questions[0]!.prompt.ar).toBe('سؤال غيّره غيري؟')
    expect(ws.saved).toMatchObject({ version: 2, etag: '"v2"' })
    expect(isDirty(ws)).toBe(false)
    ws = workspaceReducer(ws, { type: 'undo' })
    expect(ws.history.present).toBe(mine)
    // Undone, the changes are unsaved work over version 2.
    expect(isDirty(ws)).toBe(true)
    expect(preconditionOf(ws.saved!)).toEqual({ etag: '"v2"' })
  })
})

describe('saving over a version', () => {
  const calls: { url: string; init: RequestInit }[] = []
  beforeEach(() => {
    calls.length = 0
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      calls.push({ url, init })
      return new Response(JSON.stringify({ ...saved(5), etag: undefined }), { status: 200, headers: { 'Content-Type': 'application/json', ETag: '"v5"' } })
    })
  })
  afterEach(() => vi.unstubAllGlobals())
  const session = { role: 'editor', token: 'tok' } as const

  it.each([
    { over: { etag: '"v4"' }, ifMatch: '"v4"', version: undefined },
    { over: { version: 4 }, ifMatch: null, version: 4 },
  ])('PUT with $over: If-Match $ifMatch, version in the body $version; the answer carries the new ETag', async ({ over, ifMatch, version }) => {
    const result = await studioApi.update(session, seed.quiz.id, editorBody(seed), over)
    expect(calls).toHaveLength(1)
    const { init } = calls[0]!
    expect(init.method).toBe('PUT')
    expect(new Headers(init.headers).get('If-Match')).toBe(ifMatch)
    expect(new Headers(init.headers).get('Authorization')).toBe('Bearer tok')
    expect(JSON.parse(init.body as string).version).toBe(version)
    expect(result.etag).toBe('"v5"')
  })
})

describe('what changed between versions', () => {
  it('names the questions added, removed and changed (with the fields), and the rest', () => {
    let theirs = applyEdit(seed, { kind: 'set', path: ['questions', 0, 'prompt', 'ar'], value: 'سؤال معدل؟' })
    theirs = applyEdit(theirs, { kind: 'set', path: ['questions', 0, 'points'], value: 3 })
    theirs = applyEdit(theirs, { kind: 'remove-question', index: 1 })
    theirs = applyEdit(theirs, { kind: 'duplicate-question', index: 0 })
    theirs = applyEdit(theirs, { kind: 'set', path: ['title', 'en'], value: 'Another title' })
    theirs = { ...theirs, articleText: theirs.articleText + '\nفقرة جديدة' }
    const changes = changesBetween(seed, theirs)
    expect(changes.map((c) => ('id' in c ? `${c.kind} ${c.id}${'fields' in c ? ' ' + c.fields.join(',') : ''}` : c.kind))).toEqual([
      'title',
      'article',
      `question-changed ${seed.quiz.questions[0]!.id} prompt,points`,
      `question-added ${seed.quiz.questions[0]!.id}-copy`,
      `question-removed ${seed.quiz.questions[1]!.id}`,
    ])
    expect(changesBetween(seed, seed)).toEqual([])
    expect(changesBetween(seed, applyEdit(seed, { kind: 'move-question', index: 0, to: 1 })).map((c) => c.kind)).toEqual(['order'])
  })
})
