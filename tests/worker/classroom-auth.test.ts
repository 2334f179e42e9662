import { SELF } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  ORIGIN,
  QUIZ_ID,
  RIGHT,
  bearer,
  countRows,
  createAssignment,
  createClass,
  submit,
  type CreatedAssignment,
  type CreatedClass,
} from './classroom-helpers.ts'

type Endpoint = { name: string; method: string; path: (classId: string, assignmentId: string) => string; body?: unknown; ok: number }

/** Every teacher endpoint. A new one must be added here, so its auth is tested like the rest. */
const ENDPOINTS: Endpoint[] = [
  { name: 'get class', method: 'GET', path: (c) => `/v1/classes/${c}`, ok: 200 },
  { name: 'create assignment', method: 'POST', path: (c) => `/v1/classes/${c}/assignments`, body: { quizId: QUIZ_ID, title: 'x' }, ok: 201 },
  { name: 'get assignment', method: 'GET', path: (c, a) => `/v1/classes/${c}/assignments/${a}`, ok: 200 },
  { name: 'results (JSON)', method: 'GET', path: (c, a) => `/v1/classes/${c}/assignments/${a}/results`, ok: 200 },
  { name: 'results (CSV)', method: 'GET', path: (c, a) => `/v1/classes/${c}/assignments/${a}/results?format=csv`, ok: 200 },
  { name: 'delete assignment', method: 'DELETE', path: (c, a) => `/v1/classes/${c}/assignments/${a}`, ok: 204 },
  { name: 'delete class', method: 'DELETE', path: (c) => `/v1/classes/${c}`, ok: 204 },
]

let mine: CreatedClass
let theirs: CreatedClass
let assignment: CreatedAssignment

beforeAll(async () => {
  mine = await createClass('mine')
  theirs = await createClass('theirs')
  assignment = await createAssignment(mine)
  expect((await submit(assignment.code, { name: 'Student', answers: RIGHT })).status).toBe(201)
})

function call(endpoint: Endpoint, headers: Record<string, string>, classId = mine.classId, assignmentId = assignment.assignmentId) {
  const init: RequestInit = { method: endpoint.method, headers: { ...headers } }
  if (endpoint.body) {
    init.body = JSON.stringify(endpoint.body)
    ;(init.headers as Record<string, string>)['Content-Type'] = 'application/json'
  }
  return SELF.fetch(`${ORIGIN}${endpoint.path(classId, assignmentId)}`, init)
}

async function expectProblem(res: Response, status: number, code: string) {
  expect(res.status).toBe(status)
  expect(res.headers.get('Content-Type')).toBe('application/problem+json')
  const body = (await res.json()) as Record<string, unknown>
  expect(body).toMatchObject({ status, code })
  return body
}

async function expectNothingChanged() {
  expect(await countRows('classes', 'id = ?', mine.classId)).toBe(1)
  expect(await countRows('assignments', 'class_id = ?', mine.classId)).toBe(1)
  expect(await countRows('attempts', 'assignment_id = ?', assignment.assignmentId)).toBe(1)
}

describe.each(ENDPOINTS)('teacher endpoint: $name', (endpoint) => {
  it('answers 401 with a Bearer challenge without a key', async () => {
    const res = await call(endpoint, {})
    expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer /)
    await expectProblem(res, 401, 'unauthorized')
    await expectNothingChanged()
  })

  it('answers 401 to a wrong or malformed key', async () => {
    const wrongKey = mine.teacherKey.slice(0, -4) + (mine.teacherKey.endsWith('AAAA') ? 'BBBB' : 'AAAA')
    for (const headers of [
      bearer(wrongKey),
      bearer('x'.repeat(43)),
      { Authorization: `Basic ${btoa('teacher:' + mine.teacherKey)}` },
      { Authorization: mine.teacherKey },
      { Authorization: 'Bearer' },
      bearer(`${mine.teacherKey} extra`),
    ]) {
      const res = await call(endpoint, headers)
      expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer /)
      const body = await expectProblem(res, 401, 'unauthorized')
      expect(JSON.stringify(body)).not.toContain(mine.teacherKey)
    }
    await expectNothingChanged()
  })

  it("answers another class's key with the same 404 as for a class that does not exist", async () => {
    const res = await call(endpoint, bearer(theirs.teacherKey))
    const body = await expectProblem(res, 404, 'class-not-found')
    const ghost = await call(endpoint, bearer(theirs.teacherKey), 'cls_doesnotexist')
    const ghostBody = await expectProblem(ghost, 404, 'class-not-found')
    // Same shape and wording apart from the id: the key holder learns nothing about the class.
    expect(Object.keys(body).sort()).toEqual(Object.keys(ghostBody).sort())
    expect(String(body.detail).replace(mine.classId, 'ID')).toBe(String(ghostBody.detail).replace('cls_doesnotexist', 'ID'))
    expect(JSON.stringify(body)).not.toMatch(/"mine"|Student|Reading/)
    await expectNothingChanged()
  })

  it('lets the owner in', async () => {
    const own = await createClass('own')
    const ownAssignment = await createAssignment(own)
    const res = await call(endpoint, bearer(own.teacherKey), own.classId, ownAssignment.assignmentId)
    expect(res.status).toBe(endpoint.ok)
  })
})

describe('teacher keys', () => {
  it("cannot reach another class's assignment through one's own class", async () => {
    const res = await SELF.fetch(`${ORIGIN}/v1/classes/${theirs.classId}/assignments/${assignment.assignmentId}/results`, {
      headers: bearer(theirs.teacherKey),
    })
    await expectProblem(res, 404, 'assignment-not-found')
  })

  it('is never returned again after creation', async () => {
    const res = await SELF.fetch(`${ORIGIN}/v1/classes/${mine.classId}`, { headers: bearer(mine.teacherKey) })
    expect(res.status).toBe(200)
    expect(await res.text()).not.toContain(mine.teacherKey)
  })
})
