import { env, SELF } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { authoredQuizBody, editorHeaders, freshQuizId } from './authored-quiz.ts'
import { ORIGIN, bearer, createClass, type CreatedClass } from './classroom-helpers.ts'
import { expectProblem } from './problem-assert.ts'

// POST /v1/quizzes is safe to retry: the same owner sending the same quiz again (the answer to the
// first was lost) gets 200 `changed: false` and nothing is stored; anyone else, or other content
// under the owner's id, still meets 409 quiz-exists.

type Headers = Record<string, string>
const teacher = (cls: CreatedClass): Headers => ({ ...bearer(cls.teacherKey), 'Content-Type': 'application/json' })

function post(headers: Headers, body: unknown): Promise<Response> {
  return SELF.fetch(`${ORIGIN}/v1/quizzes`, { method: 'POST', headers, body: JSON.stringify(body) })
}

/** The sample quiz under `id` as a teacher sends it (no `visibility`: a classroom quiz). */
function classBody(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { visibility: _visibility, ...body } = authoredQuizBody(id)
  return { ...body, ...overrides }
}

async function rowCount(id: string): Promise<number> {
  const row = await env.DB.prepare('SELECT COUNT(*) AS n FROM authored_quizzes WHERE id = ?').bind(id).first<{ n: number }>()
  return row?.n ?? 0
}

let classA: CreatedClass
let classB: CreatedClass
beforeAll(async () => {
  classA = await createClass('Grade 8 A')
  classB = await createClass('Grade 8 B')
})

describe('a retried create', () => {
  const otherTitle = { title: { ar: 'عنوان آخر', en: 'Another title' } }
  // Each row: who creates, who sends the create again, with what change, and the expected answer.
  const rows: {
    name: string
    first: () => Headers
    again: () => Headers
    body: (id: string) => Record<string, unknown>
    change?: Record<string, unknown>
    status: number
    code?: string
  }[] = [
    { name: 'the editor, same quiz', first: () => editorHeaders, again: () => editorHeaders, body: (id) => authoredQuizBody(id), status: 200 },
    { name: 'the same class, same quiz', first: () => teacher(classA), again: () => teacher(classA), body: (id) => classBody(id), status: 200 },
    {
      name: 'the editor, other content',
      first: () => editorHeaders,
      again: () => editorHeaders,
      body: (id) => authoredQuizBody(id),
      change: otherTitle,
      status: 409,
      code: 'quiz-exists',
    },
    {
      name: 'the same class, other content',
      first: () => teacher(classA),
      again: () => teacher(classA),
      body: (id) => classBody(id),
      change: otherTitle,
      status: 409,
      code: 'quiz-exists',
    },
    {
      name: 'another class, same quiz',
      first: () => teacher(classA),
      again: () => teacher(classB),
      body: (id) => classBody(id),
      status: 409,
      code: 'quiz-exists',
    },
    {
      name: 'the editor, same quiz as a class’s',
      first: () => teacher(classA),
      again: () => editorHeaders,
      body: (id) => classBody(id, { visibility: 'classroom' }),
      status: 409,
      code: 'quiz-exists',
    },
  ]
  for (const row of rows) {
    it(`${row.name}: ${row.status}`, async () => {
      const id = freshQuizId('retry')
      const created = await post(row.first(), row.body(id))
      expect(created.status, await created.clone().text()).toBe(201)
      const first = (await created.json()) as Record<string, unknown>
      const again = await post(row.again(), { ...row.body(id), ...row.change })
      if (row.code) {
        await expectProblem(again, row.status, row.code, ORIGIN)
      } else {
        expect(again.status, await again.clone().text()).toBe(200)
        expect(again.headers.get('Location')).toBe(created.headers.get('Location'))
        expect(await again.json()).toEqual({ ...first, changed: false, previousVersion: 1 })
      }
      expect(await rowCount(id)).toBe(1)
    })
  }

  it('after a delete, the owner creating the same quiz again gets a new version (201), not a replay', async () => {
    const id = freshQuizId('retry')
    expect((await post(editorHeaders, authoredQuizBody(id))).status).toBe(201)
    expect((await SELF.fetch(`${ORIGIN}/v1/quizzes/${id}`, { method: 'DELETE', headers: editorHeaders })).status).toBe(204)
    const again = await post(editorHeaders, authoredQuizBody(id))
    expect(again.status).toBe(201)
    expect(await again.json()).toMatchObject({ version: 2, changed: true })
  })
})
