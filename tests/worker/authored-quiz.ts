import { SELF } from 'cloudflare:test'
import { SAMPLE_ARTICLE, sampleQuizFile } from '../core/export-fixture.ts'

/** Quizzes written through the editor API for worker tests: the sample quiz under a fresh id. */

export const EDITOR_TOKEN = 'test-editor-token'
export const editorHeaders = { Authorization: `Bearer ${EDITOR_TOKEN}`, 'Content-Type': 'application/json' }

const run = crypto.randomUUID().slice(0, 8)
let counter = 0

/** A quiz id no other test uses (D1 keeps rows across the tests of a file). */
export function freshQuizId(prefix = 'authored'): string {
  return `${prefix}-${run}-${++counter}`
}

/** The editor body for the sample quiz (every question type) under `id`, with `overrides` on top. */
export function authoredQuizBody(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { article: _article, version: _version, ...file } = sampleQuizFile()
  return { ...file, id, articleText: SAMPLE_ARTICLE, ...overrides }
}

/** POSTs the sample quiz (with `overrides`) through the editor API and returns its id. */
export async function createAuthoredQuiz(overrides: Record<string, unknown> = {}, id = freshQuizId()): Promise<string> {
  const res = await SELF.fetch('http://x/v1/quizzes', {
    method: 'POST',
    headers: editorHeaders,
    body: JSON.stringify(authoredQuizBody(id, overrides)),
  })
  if (res.status !== 201) throw new Error(`create quiz: ${res.status} ${await res.text()}`)
  return id
}

/** The sample quiz's questions with one question's id renamed (e.g. to `constructor`). */
export function renamedQuestions(from: string, to: string): unknown[] {
  return sampleQuizFile().questions.map((q) => (q.id === from ? { ...q, id: to } : q))
}
