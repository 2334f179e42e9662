import { beforeAll, describe, expect, it } from 'vitest'
import { CLASS_PAGE_SIZE } from '../../src/worker/class-page.ts'
import { MAX_ROSTER_SIZE } from '../../src/worker/routes/roster/roster.routes.ts'
import { BAD_PAGE_QUERIES } from './bad-page-queries.ts'
import { bearer, createAssignment, createClass, type CreatedClass, RIGHT, submit, WRONG } from './classroom-helpers.ts'
import { call, documentedJson, expectProblem, type Json, loadOpenapi } from './documented-client.ts'

/**
 * A class's roster and an assignment's results' students, a page at a time (round 5): keyset pages
 * as the quiz lists have them (`limit`, `cursor`, `nextCursor`, `Link: <…>; rel="next"`), a default
 * page that holds a whole class list, and the CSV always whole.
 */

beforeAll(loadOpenapi)

type Page = { body: Json; link: string | null }

/** A page, checked against the document; `link`: the next page's URL path, from the `Link` header. */
async function getPage(path: string, cls: CreatedClass): Promise<Page> {
  const res = await call({ path, headers: bearer(cls.teacherKey) })
  expect(res.status, await res.clone().text()).toBe(200)
  const header = res.headers.get('Link')
  const body = await documentedJson(res, 'GET', path)
  if (header === null) return { body, link: null }
  const next = new URL(/^<([^>]+)>; rel="next"$/.exec(header)?.[1] ?? '')
  expect(next.searchParams.get('cursor')).toBe(body.nextCursor)
  return { body, link: next.pathname + next.search }
}

/** Every page from `first`, following nextCursor and the Link header alike (they must agree); the items of `list`. */
async function walk(first: string, cls: CreatedClass, list: (body: Json) => Json[]): Promise<{ items: Json[]; pages: Json[] }> {
  const items: Json[] = []
  const pages: Json[] = []
  let path: string | null = first
  while (path !== null && pages.length < 50) {
    const { body, link }: Page = await getPage(path, cls)
    pages.push(body)
    items.push(...list(body))
    if (body.nextCursor === null) expect(link).toBeNull()
    else expect(link).toContain(`cursor=${body.nextCursor}`)
    path = link
  }
  return { items, pages }
}

describe('GET /v1/classes/{classId}/students, a page at a time', () => {
  it('walks the roster in its order, each student once, and holds a whole class list by default', async () => {
    expect(CLASS_PAGE_SIZE.default).toBeGreaterThanOrEqual(MAX_ROSTER_SIZE)
    const cls = await createClass()
    const path = `/v1/classes/${cls.classId}/students`
    const names = ['Sara', 'Omar', 'Lina', 'Sara', 'Yusuf', 'هالة', 'Adam']
    expect((await call({ method: 'POST', path, headers: bearer(cls.teacherKey), body: { names } })).status).toBe(201)

    const whole = await getPage(path, cls)
    expect(whole.body.students.map((s: Json) => s.name)).toEqual(names)
    expect(whole.body.nextCursor).toBeNull()
    expect(whole.link).toBeNull()

    const { items, pages } = await walk(`${path}?limit=3`, cls, (body) => body.students)
    expect(pages.map((p) => p.students.length)).toEqual([3, 3, 1])
    expect(items).toEqual(whole.body.students)
  })

  it('goes on after a student removed between pages, and shows one added meanwhile on the last page', async () => {
    const cls = await createClass()
    const path = `/v1/classes/${cls.classId}/students`
    const auth = bearer(cls.teacherKey)
    await call({ method: 'POST', path, headers: auth, body: { names: ['A', 'B', 'C', 'D'] } })
    const first = await getPage(`${path}?limit=2`, cls)
    const [, b] = first.body.students as Json[]
    expect((await call({ method: 'DELETE', path: `${path}/${b!.studentId}`, headers: auth })).status).toBe(204)
    await call({ method: 'POST', path, headers: auth, body: { names: ['E'] } })
    const { items } = await walk(first.link!, cls, (body) => body.students)
    expect(items.map((s) => s.name)).toEqual(['C', 'D', 'E'])
  })

  it.each([...BAD_PAGE_QUERIES, [`limit=${CLASS_PAGE_SIZE.max + 1}`, 'limit'] as const])(
    'refuses %s with a 400 naming the parameter',
    async (query, parameter) => {
      const cls = await createClass()
      const res = await call({ path: `/v1/classes/${cls.classId}/students?${query}`, headers: bearer(cls.teacherKey) })
      const problem = await expectProblem(res, 400, 'validation-failed')
      expect(problem.errors).toEqual([expect.objectContaining({ path: parameter, in: 'query' })])
    },
  )
})

describe('GET …/assignments/{assignmentId}/results, a page of students at a time', () => {
  it('walks the students in the results’ order, each once; every page has the whole assignment’s figures; the CSV stays whole', async () => {
    const cls = await createClass()
    const { assignmentId, code } = await createAssignment(cls, { maxAttempts: 3 })
    // Two students named Sara on two devices: the order between them is their key's, on every page.
    const names = ['Sara', 'omar', 'Lina', 'Sara', 'Yusuf', 'هالة', 'Adam']
    for (const [i, name] of names.entries()) {
      const deviceId = `${i}`.padStart(32, 'a')
      const res = await submit(code, { name, deviceId, answers: i % 2 ? RIGHT : WRONG })
      expect(res.status, await res.clone().text()).toBe(201)
    }
    const path = `/v1/classes/${cls.classId}/assignments/${assignmentId}/results`

    const whole = await getPage(path, cls)
    expect(whole.body.students).toHaveLength(names.length)
    expect(whole.body.nextCursor).toBeNull()

    const { items, pages } = await walk(`${path}?limit=2&lang=en`, cls, (body) => body.students)
    expect(pages.map((p) => p.students.length)).toEqual([2, 2, 2, 1])
    expect(items.map((s) => s.studentKey)).toEqual(whole.body.students.map((s: Json) => s.studentKey))
    for (const page of pages) {
      expect(page.totals).toEqual(whole.body.totals)
      expect(page.questions.map((q: Json) => q.correct)).toEqual(whole.body.questions.map((q: Json) => q.correct))
      expect(page.quiz.lang).toBe('en')
    }

    // The CSV ignores limit and cursor: a header row and every student.
    const csv = await call({ path: `${path}?format=csv&limit=1&cursor=${pages[0]!.nextCursor}`, headers: bearer(cls.teacherKey) })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('Link')).toBeNull()
    expect((await csv.text()).trim().split('\r\n')).toHaveLength(1 + names.length)
  })

  it('goes on after the page’s last student, even when their attempts were deleted in between', async () => {
    const cls = await createClass()
    const { assignmentId, code } = await createAssignment(cls)
    for (const [i, name] of ['Dana', 'Basil', 'Carla', 'Amal'].entries()) {
      expect((await submit(code, { name, deviceId: `${i}`.padStart(32, 'b'), answers: RIGHT })).status).toBe(201)
    }
    const path = `/v1/classes/${cls.classId}/assignments/${assignmentId}/results`
    const first = await getPage(`${path}?limit=2`, cls)
    expect(first.body.students.map((s: Json) => s.name)).toEqual(['Amal', 'Basil'])
    const basil = first.body.students[1].studentKey as string
    const deleted = await call({
      method: 'DELETE',
      path: `/v1/classes/${cls.classId}/assignments/${assignmentId}/students/${encodeURIComponent(basil)}/attempts`,
      headers: bearer(cls.teacherKey),
    })
    expect(deleted.status).toBe(204)
    const { items } = await walk(first.link!, cls, (body) => body.students)
    expect(items.map((s) => s.name)).toEqual(['Carla', 'Dana'])
  })

  it.each([...BAD_PAGE_QUERIES, [`limit=${CLASS_PAGE_SIZE.max + 1}`, 'limit'] as const])(
    'refuses %s with a 400 naming the parameter',
    async (query, parameter) => {
      const cls = await createClass()
      const { assignmentId } = await createAssignment(cls)
      const res = await call({ path: `/v1/classes/${cls.classId}/assignments/${assignmentId}/results?${query}`, headers: bearer(cls.teacherKey) })
      const problem = await expectProblem(res, 400, 'validation-failed')
      expect(problem.errors).toEqual([expect.objectContaining({ path: parameter, in: 'query' })])
    },
  )
})
