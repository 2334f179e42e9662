import { describe, expect, it } from 'vitest'
import app from '../../src/worker/api.ts'
import { ROUTE_GROUPS } from '../../src/worker/route-groups.ts'

// The app hands each group the requests under its paths (src/worker/route-groups.ts). A route outside
// its group's paths would never be reached, and two groups on one path would split its methods
// (a wrong 405) between them.

const under = (path: string, prefix: string) => path === prefix || path.startsWith(prefix === '/' ? '/' : `${prefix}/`)
const joined = (at: string, path: string) => (at === '/' ? path : path === '/' ? at : `${at}${path}`)

describe('the route groups', () => {
  it.each(ROUTE_GROUPS.map((group) => [group.paths.join(', '), group] as const))('serve only their own paths: %s', async (_name, group) => {
    const routes = (await group.load()).flatMap(({ at, router }) => router.routes.map((route) => joined(at, route.path)))
    expect(routes.length).toBeGreaterThan(0)
    expect(routes.filter((path) => path !== '/*' && !group.paths.some((prefix) => under(path, prefix)))).toEqual([])
  })

  it('share no path, with one another or with the app’s own routes', () => {
    const prefixes = ROUTE_GROUPS.flatMap((group) => group.paths.map((path) => ({ path, group })))
    const shared = prefixes.flatMap((a) => prefixes.filter((b) => a !== b && under(b.path, a.path)).map((b) => `${a.path} ⊇ ${b.path}`))
    expect(shared).toEqual([])
    const plain = app.routes.filter((route) => route.method !== 'ALL').map((route) => route.path)
    expect(plain.length).toBeGreaterThan(0)
    expect(plain.filter((path) => prefixes.some((prefix) => under(path, prefix.path)))).toEqual([])
  })
})

describe('a request to a group', () => {
  it('is answered 405 with every method of its path when the path has its routes but not the method', async () => {
    const res = await app.request('/v1/quizzes/some-quiz', { method: 'PATCH' })
    expect(res.status).toBe(405)
    expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/)
    expect(res.headers.get('Allow')?.split(/,\s*/).sort()).toEqual(['DELETE', 'GET', 'HEAD', 'PUT'])
  })

  it('is answered with the app’s 404 problem for a path under it that nothing serves', async () => {
    const res = await app.request('/v1/classes/c1/nothing-here')
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ code: 'not-found', status: 404 })
  })

  it('is validated by its routes’ schemas, with the same problem as before the split', async () => {
    const res = await app.request('/v1/quizzes?limit=0')
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ code: 'validation-failed', errors: [expect.objectContaining({ path: 'limit', in: 'query' })] })
  })

  it('is redirected without its trailing slash when only the path without it is served', async () => {
    const res = await app.request('/teach/')
    expect(res.status).toBe(301)
    expect(new URL(res.headers.get('Location')!, 'http://x').pathname).toBe('/teach')
    // No body, so no type: not the problem type of the 404 it replaces.
    expect(res.headers.get('Content-Type')).toBeNull()
    expect(await res.text()).toBe('')
  })

  it('answers the plain routes without any group: ping', async () => {
    const res = await app.request('/v1/ping')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true })
    expect((await app.request('/v1/ping', { method: 'POST' })).headers.get('Allow')).toBe('GET, HEAD')
  })
})
