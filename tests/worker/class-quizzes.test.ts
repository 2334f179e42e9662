import { env, SELF } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { authoredQuizBody, createAuthoredQuiz, editorHeaders, freshQuizId } from './authored-quiz.ts'
import { ORIGIN, bearer, createAssignment, createClass, submit, type AttemptResult, type CreatedClass } from './classroom-helpers.ts'
import { expectProblem } from './problem-assert.ts'

// Quizzes a class owns: created with its teacher key, opened only by that key and the editor token.
// Another class's key must learn nothing about them: every route answers as for an unknown id.

type Body = Record<string, unknown>
type Headers = Record<string, string>

const json = { 'Content-Type': 'application/json' }
const teacher = (cls: CreatedClass): Headers => ({ ...bearer(cls.teacherKey), ...json })

function send(method: string, path: string, headers: Headers, body?: unknown): Promise<Response> {
  return SELF.fetch(`${ORIGIN}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
}

/** The sample quiz under `id` as a teacher sends it: without `visibility`, so a classroom quiz. */
function classBody(id: string, overrides: Body = {}): Body {
  const { visibility: _visibility, ...body } = authoredQuizBody(id)
  return { ...body, ...overrides }
}

async function createClassQuiz(cls: CreatedClass, overrides: Body = {}, id = freshQuizId('class')): Promise<string> {
  const res = await send('POST', '/v1/quizzes', teacher(cls), classBody(id, overrides))
  expect(res.status, await res.clone().text()).toBe(201)
  return id
}

async function versions(id: string): Promise<{ version: number; deleted: number; owner: string | null }[]> {
  const { results } = await env.DB.prepare(
    'SELECT version, deleted_at IS NOT NULL AS deleted, owner_class_id AS owner FROM authored_quizzes WHERE id = ? ORDER BY version',
  )
    .bind(id)
    .all<{ version: number; deleted: number; owner: string | null }>()
  return results
}

/** A 404 problem with the id asked for replaced, to compare answers for different ids. */
async function anonymised(res: Response, quizId: string): Promise<{ status: number; body: unknown }> {
  const text = await res.text()
  return { status: res.status, body: JSON.parse(text.replaceAll(quizId, '<id>')) }
}

let mine: CreatedClass
let theirs: CreatedClass

beforeAll(async () => {
  mine = await createClass('Grade 9 B')
  theirs = await createClass('Grade 10 A')
})

describe('a quiz a teacher creates', () => {
  it('belongs to the class and is a classroom quiz, served only to its authors', async () => {
    const id = freshQuizId('class')
    const res = await send('POST', '/v1/quizzes', teacher(mine), classBody(id))
    expect(res.status).toBe(201)
    expect(res.headers.get('Location')).toBe(`/v1/quizzes/${id}/source`)
    expect(await res.json()).toMatchObject({ id, version: 1, visibility: 'classroom', ownerClassId: mine.classId, changed: true })
    expect(await versions(id)).toEqual([{ version: 1, deleted: 0, owner: mine.classId }])

    for (const headers of [teacher(mine), editorHeaders]) {
      const source = await send('GET', `/v1/quizzes/${id}/source`, headers)
      expect(source.status).toBe(200)
      expect(source.headers.get('Cache-Control')).toBe('no-store')
      expect(await source.json()).toMatchObject({
        id,
        version: 1,
        visibility: 'classroom',
        ownerClassId: mine.classId,
        origin: 'api',
        readOnly: false,
        quiz: expect.objectContaining({ visibility: 'classroom' }),
      })
    }
    // A classroom quiz: the public endpoints do not serve it.
    await expectProblem(await SELF.fetch(`${ORIGIN}/v1/quizzes/${id}`), 404, 'quiz-not-found', ORIGIN)
    // "classroom" may be sent too.
    const explicit = await send('POST', '/v1/quizzes', teacher(mine), classBody(freshQuizId('class'), { visibility: 'classroom' }))
    expect(await explicit.json()).toMatchObject({ visibility: 'classroom', ownerClassId: mine.classId })
  })

  it('cannot be made public by its teacher (403, nothing stored) nor by the editor', async () => {
    const id = freshQuizId('class')
    const refused = await expectProblem(await send('POST', '/v1/quizzes', teacher(mine), classBody(id, { visibility: 'public' })), 403, 'forbidden', ORIGIN)
    expect(refused.detail).toContain('editor token')
    expect(refused.errors).toEqual([expect.objectContaining({ path: 'visibility', in: 'body' })])
    expect(await versions(id)).toEqual([])
    // Also when the rest of the body is not a valid quiz: the refusal comes first.
    await expectProblem(await send('POST', '/v1/quizzes', teacher(mine), { id, visibility: 'public' }), 403, 'forbidden', ORIGIN)

    await createClassQuiz(mine, {}, id)
    await expectProblem(await send('PUT', `/v1/quizzes/${id}`, teacher(mine), classBody(id, { visibility: 'public' })), 403, 'forbidden', ORIGIN)
    const editor = await expectProblem(await send('PUT', `/v1/quizzes/${id}`, editorHeaders, classBody(id, { visibility: 'public' })), 403, 'forbidden', ORIGIN)
    expect(editor.detail).toContain('belongs to a class')
    expect((await versions(id)).map((v) => v.version)).toEqual([1])
  })

  it('is updated (version bump, optimistic concurrency), deleted and created again by its class', async () => {
    const id = await createClassQuiz(mine)
    const title = { ar: 'عنوان جديد', en: 'New title' }
    const updated = await send('PUT', `/v1/quizzes/${id}`, teacher(mine), classBody(id, { version: 1, title }))
    expect(updated.status).toBe(200)
    expect(await updated.json()).toMatchObject({ id, version: 2, previousVersion: 1, visibility: 'classroom', ownerClassId: mine.classId })
    const conflict = await expectProblem(await send('PUT', `/v1/quizzes/${id}`, teacher(mine), classBody(id, { version: 1 })), 409, 'version-conflict', ORIGIN)
    expect(conflict.currentVersion).toBe(2)

    expect((await send('DELETE', `/v1/quizzes/${id}`, teacher(mine))).status).toBe(204)
    await expectProblem(await send('GET', `/v1/quizzes/${id}/source`, teacher(mine)), 404, 'quiz-not-found', ORIGIN)
    await expectProblem(await send('DELETE', `/v1/quizzes/${id}`, teacher(mine)), 404, 'quiz-not-found', ORIGIN)

    // The id stays the class's: others cannot take it, the class can create it again.
    const taken = await expectProblem(await send('POST', '/v1/quizzes', teacher(theirs), classBody(id)), 409, 'quiz-exists', ORIGIN)
    expect(taken.detail).toContain('taken')
    await expectProblem(await send('POST', '/v1/quizzes', editorHeaders, classBody(id)), 409, 'quiz-exists', ORIGIN)
    const again = await send('POST', '/v1/quizzes', teacher(mine), classBody(id))
    expect(await again.json()).toMatchObject({ version: 3, ownerClassId: mine.classId })
    expect(await versions(id)).toEqual([
      { version: 1, deleted: 0, owner: mine.classId },
      { version: 2, deleted: 1, owner: mine.classId },
      { version: 3, deleted: 0, owner: mine.classId },
    ])
  })

  it('is changed and deleted by the editor token, and stays the class’s classroom quiz', async () => {
    const id = await createClassQuiz(mine)
    const edited = await send('PUT', `/v1/quizzes/${id}`, editorHeaders, classBody(id, { title: { ar: 'تحرير', en: 'Edited' } }))
    expect(edited.status).toBe(200)
    expect(await edited.json()).toMatchObject({ version: 2, visibility: 'classroom', ownerClassId: mine.classId })
    // The class still owns it and sees the editor's version.
    expect(await (await send('GET', `/v1/quizzes/${id}/source`, teacher(mine))).json()).toMatchObject({
      version: 2,
      quiz: expect.objectContaining({ title: { ar: 'تحرير', en: 'Edited' } }),
    })
    expect((await send('DELETE', `/v1/quizzes/${id}`, editorHeaders)).status).toBe(204)
    await expectProblem(await send('GET', `/v1/quizzes/${id}/source`, teacher(mine)), 404, 'quiz-not-found', ORIGIN)
  })

  it('refuses a missing or wrong key with 401 and a challenge, changing nothing', async () => {
    const id = await createClassQuiz(mine)
    const wrong: Headers[] = [json, { ...bearer('not-a-teacher-key-0123456789abcdef'), ...json }, { Authorization: `Basic ${btoa('a:b')}` }]
    for (const headers of wrong) {
      for (const [method, path, body] of [
        ['POST', '/v1/quizzes', classBody(freshQuizId('class'))],
        ['PUT', `/v1/quizzes/${id}`, classBody(id, { title: { ar: 'س', en: 'X' } })],
        ['DELETE', `/v1/quizzes/${id}`, undefined],
        ['GET', `/v1/quizzes/${id}/source`, undefined],
        ['GET', '/v1/quiz-sources', undefined],
      ] as const) {
        const res = await send(method, path, headers, body)
        await expectProblem(res, 401, 'unauthorized', ORIGIN)
        expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer realm="fahm-editor"/)
      }
    }
    expect(await versions(id)).toEqual([{ version: 1, deleted: 0, owner: mine.classId }])
  })
})

describe('what another class sees of a class’s quiz', () => {
  /** Every route a teacher key reaches a quiz id by, each with the body it sends. */
  const routes = (quizId: string): [string, (cls: CreatedClass) => Promise<Response>][] => [
    ['PUT', (cls) => send('PUT', `/v1/quizzes/${quizId}`, teacher(cls), classBody(quizId, { title: { ar: 'مختطف', en: 'Hijacked' } }))],
    ['PUT (stale version)', (cls) => send('PUT', `/v1/quizzes/${quizId}`, teacher(cls), classBody(quizId, { version: 1 }))],
    ['PUT (invalid body)', (cls) => send('PUT', `/v1/quizzes/${quizId}`, teacher(cls), { id: quizId, questions: [] })],
    ['DELETE', (cls) => send('DELETE', `/v1/quizzes/${quizId}`, teacher(cls))],
    ['GET source', (cls) => send('GET', `/v1/quizzes/${quizId}/source`, teacher(cls))],
    ['assign', (cls) => send('POST', `/v1/classes/${cls.classId}/assignments`, teacher(cls), { quizId })],
    ['export', (cls) => send('GET', `/v1/quizzes/${quizId}/export?format=gift`, teacher(cls))],
  ]

  it('every route answers exactly as for an unknown id, and the quiz is untouched', async () => {
    const id = await createClassQuiz(mine)
    const unknown = freshQuizId('never-created')
    const mineRoutes = routes(id)
    const unknownRoutes = routes(unknown)
    for (let i = 0; i < mineRoutes.length; i++) {
      const [name, request] = mineRoutes[i]!
      const got = await anonymised(await request(theirs), id)
      expect(got, name).toEqual(await anonymised(await unknownRoutes[i]![1](theirs), unknown))
      expect(got.status, name).toBeGreaterThanOrEqual(400)
    }
    // The PUT and the DELETE were answered as 404 quiz-not-found, not refused for some other reason.
    await expectProblem(await mineRoutes[0]![1](theirs), 404, 'quiz-not-found', ORIGIN)
    await expectProblem(await mineRoutes[3]![1](theirs), 404, 'quiz-not-found', ORIGIN)
    expect(await versions(id)).toEqual([{ version: 1, deleted: 0, owner: mine.classId }])
    const list = (await (await send('GET', '/v1/quiz-sources', teacher(theirs))).json()) as { quizzes: { id: string }[] }
    expect(list.quizzes.map((q) => q.id)).not.toContain(id)
  })

  it('a teacher key opens no editor quiz or file quiz either: PUT, DELETE and source answer as for an unknown id', async () => {
    const unknown = freshQuizId('never-created')
    for (const id of [await createAuthoredQuiz({ visibility: 'classroom' }), await createAuthoredQuiz(), 'kim-putin-beijing']) {
      for (const [name, request] of routes(id).filter(([name]) => ['PUT', 'DELETE', 'GET source'].includes(name))) {
        const expected = routes(unknown).find(([other]) => other === name)![1]
        const got = await anonymised(await request(mine), id)
        expect(got, `${name} ${id}`).toEqual(await anonymised(await expected(mine), unknown))
        expect(got.status).toBe(404)
      }
    }
  })

  it('the owning class assigns it and exports it; a student submits', async () => {
    const id = await createClassQuiz(mine)
    const assignment = await createAssignment(mine, { quizId: id, maxAttempts: 2 })
    expect(assignment).toMatchObject({ quizId: id })
    const res = await submit(assignment.code, { name: 'Layla', answers: { 'meeting-place': 'beijing', 'meeting-duration': '150 دقيقة' } })
    expect(res.status).toBe(201)
    expect(await res.json()).toMatchObject({ score: 2, revealed: true } satisfies Partial<AttemptResult>)
    // The student does not learn the quiz's id (a classroom quiz).
    const info = (await (await SELF.fetch(`${ORIGIN}/v1/assignments/${assignment.code}`)).json()) as Body
    expect(info.quizId).toBeUndefined()
    // The owner exports its quiz, with or without an assignment of it.
    const other = await createClassQuiz(mine)
    for (const quizId of [id, other]) {
      const exported = await send('GET', `/v1/quizzes/${quizId}/export?format=gift`, teacher(mine))
      expect(exported.status).toBe(200)
      expect(await exported.text()).toContain(`fahm/${quizId}`)
    }
  })

  it('editor quizzes stay assignable by any class', async () => {
    const id = await createAuthoredQuiz({ visibility: 'classroom' })
    expect(await createAssignment(theirs, { quizId: id })).toMatchObject({ quizId: id })
  })
})

describe('GET /v1/quiz-sources', () => {
  type Item = Body & { id: string }
  const list = async (headers: Headers): Promise<Item[]> => {
    const res = await send('GET', '/v1/quiz-sources?limit=100', headers)
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    return ((await res.json()) as { quizzes: Item[] }).quizzes
  }

  it('lists a teacher exactly their class’s live quizzes, summaries only', async () => {
    const cls = await createClass('Listing')
    const english = await createClassQuiz(cls, { lang: 'en' })
    const arabic = await createClassQuiz(cls)
    const gone = await createClassQuiz(cls)
    await send('DELETE', `/v1/quizzes/${gone}`, teacher(cls))
    await createClassQuiz(theirs)
    await createAuthoredQuiz()

    const items = await list(teacher(cls))
    expect(items.map((q) => q.id)).toEqual([english, arabic].sort())
    const item = items.find((q) => q.id === english)!
    expect(item).toEqual({
      id: english,
      version: 1,
      title: 'The "summit" & <friends>',
      lang: 'en',
      langs: ['en', 'ar'],
      visibility: 'classroom',
      origin: 'api',
      readOnly: false,
      ownerClassId: cls.classId,
      questionCount: 7,
      stale: [],
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    })
    expect(items.find((q) => q.id === arabic)!.title).toBe('القمة: {كيم} و«بوتين»')
  })

  it('lists the editor every quiz by id: file quizzes read-only, and every authored one with its owner', async () => {
    const ofClass = await createClassQuiz(mine)
    const publicQuiz = await createAuthoredQuiz()
    const classroomQuiz = await createAuthoredQuiz({ visibility: 'classroom' })
    const deleted = await createAuthoredQuiz()
    await send('DELETE', `/v1/quizzes/${deleted}`, editorHeaders)

    const items = await list(editorHeaders)
    expect(items.map((q) => q.id)).toEqual(items.map((q) => q.id).sort())
    expect(items.find((q) => q.id === 'kim-putin-beijing')).toMatchObject({
      origin: 'file',
      readOnly: true,
      ownerClassId: null,
      updatedAt: null,
      stale: [],
      visibility: 'public',
    })
    expect(items.find((q) => q.id === ofClass)).toMatchObject({ ownerClassId: mine.classId, visibility: 'classroom', readOnly: false })
    expect(items.find((q) => q.id === publicQuiz)).toMatchObject({ ownerClassId: null, visibility: 'public', origin: 'api' })
    expect(items.find((q) => q.id === classroomQuiz)).toMatchObject({ ownerClassId: null, visibility: 'classroom' })
    expect(items.map((q) => q.id)).not.toContain(deleted)
    expect(items.every((q) => !('quiz' in q) && !('articleText' in q))).toBe(true)
    // A teacher's list is never the editor's: the file quiz is not theirs.
    expect((await list(teacher(mine))).map((q) => q.id)).not.toContain('kim-putin-beijing')
  })
})

describe('deleting a class', () => {
  it('deletes its quizzes (softly: their versions stay) with its assignments', async () => {
    const cls = await createClass('Leaving')
    const id = await createClassQuiz(cls)
    await send('PUT', `/v1/quizzes/${id}`, teacher(cls), classBody(id, { title: { ar: 'ثانية', en: 'Second' } }))
    const other = await createClassQuiz(mine)
    const assignment = await createAssignment(cls, { quizId: id })
    expect((await submit(assignment.code, { name: 'Sara', answers: {} })).status).toBe(201)

    expect((await send('DELETE', `/v1/classes/${cls.classId}`, teacher(cls))).status).toBe(204)
    expect(await versions(id)).toEqual([
      { version: 1, deleted: 0, owner: cls.classId },
      { version: 2, deleted: 1, owner: cls.classId },
    ])
    await expectProblem(await send('GET', `/v1/quizzes/${id}/source`, editorHeaders), 404, 'quiz-not-found', ORIGIN)
    const listed = ((await (await send('GET', '/v1/quiz-sources?limit=100', editorHeaders)).json()) as { quizzes: { id: string }[] }).quizzes.map((q) => q.id)
    expect(listed).not.toContain(id)
    expect(listed).toContain(other)
    await expectProblem(await SELF.fetch(`${ORIGIN}/v1/assignments/${assignment.code}`), 404, 'assignment-not-found', ORIGIN)
    await expectProblem(await send('GET', '/v1/me', teacher(cls)), 401, 'unauthorized', ORIGIN)
    // Another class's quiz is untouched.
    expect(await versions(other)).toEqual([{ version: 1, deleted: 0, owner: mine.classId }])
  })
})
