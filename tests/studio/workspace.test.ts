import { beforeEach, describe, expect, it } from 'vitest'
import { changesBetween } from '../../src/studio/changes.ts'
import { applyEdit } from '../../src/studio/draft.ts'
import type { SavedQuiz } from '../../src/studio/api.ts'
import { editorBody, fromDraft, isDirty, restoreWorkspace, sameContent, storeWorkspace, workspaceReducer, type Workspace } from '../../src/studio/workspace.ts'
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

  it('sends the quiz with its article, and the version edited only for an update', () => {
    expect(editorBody(seed)).toEqual({ ...seed.quiz, articleText: seed.articleText })
    expect(editorBody(seed, 4).version).toBe(4)
    expect('version' in editorBody(seed)).toBe(false)
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
