import { OpenAPIHono, z as classic } from '@hono/zod-openapi'
import type { Context, Env, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { describe, expect, expectTypeOf, it } from 'vitest'
import * as mini from 'zod/mini'
import type { $ZodType } from 'zod/v4/core'
import { ApiRouter, createRoute, type HookResult, type RouteConfigToEnv, type RouteHandler } from '../../src/worker/api-router.ts'
import { lazyHandlers } from '../../src/worker/lazy-modules.ts'

/**
 * ApiRouter (src/worker/api-router.ts) against @hono/zod-openapi's OpenAPIHono: the same routes,
 * with the same schemas in classic zod and in zod/mini, answer every request alike (status,
 * content type, body), on a router with a `defaultHook`, one without, and one mounted on a parent
 * that has it.
 */

// The request schemas, once per zod API.
type Schemas = Record<'params' | 'query' | 'headers' | 'cookies' | 'item' | 'patch' | 'form' | 'hooked', $ZodType>

const classicSchemas = (): Schemas => ({
  params: classic.object({ id: classic.string().min(2) }),
  query: classic.object({ limit: classic.string().regex(/^\d+$/).optional(), tag: classic.array(classic.string()).optional() }),
  headers: classic.object({ 'X-Api-Key': classic.string().min(3), 'accept-language': classic.string().optional() }),
  cookies: classic.object({ session: classic.string().min(1) }),
  item: classic.object({ name: classic.string().min(1), count: classic.number().int() }),
  patch: classic.object({ name: classic.string().min(1).optional() }).strict(),
  form: classic.object({ title: classic.string().min(1), tags: classic.union([classic.string(), classic.array(classic.string())]).optional() }),
  hooked: classic.object({ ok: classic.boolean() }),
})

const miniSchemas = (): Schemas => ({
  params: mini.object({ id: mini.string().check(mini.minLength(2)) }),
  query: mini.object({ limit: mini.optional(mini.string().check(mini.regex(/^\d+$/))), tag: mini.optional(mini.array(mini.string())) }),
  headers: mini.object({ 'X-Api-Key': mini.string().check(mini.minLength(3)), 'accept-language': mini.optional(mini.string()) }),
  cookies: mini.object({ session: mini.string().check(mini.minLength(1)) }),
  item: mini.object({ name: mini.string().check(mini.minLength(1)), count: mini.number().check(mini.int()) }),
  patch: mini.strictObject({ name: mini.optional(mini.string().check(mini.minLength(1))) }),
  form: mini.object({ title: mini.string().check(mini.minLength(1)), tags: mini.optional(mini.union([mini.string(), mini.array(mini.string())])) }),
  hooked: mini.object({ ok: mini.boolean() }),
})

const ok = { description: 'OK' }
const json = (schema: $ZodType) => ({ content: { 'application/json': { schema } } })

/** Sets `c.var.who`, or answers 401 before any validator runs when `x-deny` is sent. */
const who: MiddlewareHandler<{ Variables: { who: string } }> = async (c, next) => {
  if (c.req.header('x-deny')) return c.json({ denied: true }, 401)
  // A middleware that reads the body before the validators (the media-type gate then finds it used).
  if (c.req.header('x-read')) await c.req.text()
  c.set('who', c.req.header('x-who') ?? 'nobody')
  await next()
}

const limit64 = bodyLimit({ maxSize: 64 })

function routesOf(s: Schemas) {
  return [
    createRoute({
      method: 'get',
      path: '/items/{id}',
      request: { params: s.params, query: s.query, headers: s.headers, cookies: s.cookies },
      responses: { 200: ok },
    }),
    createRoute({ method: 'post', path: '/items', middleware: [who] as const, request: { body: { required: true, ...json(s.item) } }, responses: { 201: ok } }),
    createRoute({
      method: 'put',
      path: '/items/{id}',
      middleware: limit64,
      request: { params: s.params, body: json(s.patch) },
      responses: { 200: ok },
    }),
    createRoute({
      method: 'post',
      path: '/forms',
      request: { body: { required: true, content: { 'multipart/form-data': { schema: s.form }, 'application/x-www-form-urlencoded': { schema: s.form } } } },
      responses: { 200: ok },
    }),
    createRoute({
      method: 'patch',
      path: '/forms',
      request: { body: { content: { 'application/x-www-form-urlencoded': { schema: s.form } } } },
      responses: { 200: ok },
    }),
    createRoute({ method: 'post', path: '/hooked/{id}', request: { params: s.params, body: { required: true, ...json(s.hooked) } }, responses: { 200: ok } }),
    createRoute({ method: 'post', path: '/wrapped', request: { body: { required: true, ...json(s.hooked) } }, responses: { 200: ok } }),
    createRoute({ method: 'post', path: '/hidden', hide: true, request: { body: { required: true, ...json(s.item) } }, responses: { 200: ok } }),
  ]
}

/** Echoes what the validators handed on, so a difference in validated data shows in the body. */
const echo = (c: Context) => {
  const valid = (target: string) => {
    try {
      return (c.req.valid as (t: string) => unknown)(target)
    } catch {
      return undefined
    }
  }
  const data = Object.fromEntries(['param', 'query', 'header', 'cookie', 'json', 'form'].map((t) => [t, valid(t)]).filter(([, v]) => v !== undefined))
  return c.json({ data, who: c.get('who' as never) ?? null }, c.req.method === 'POST' && c.req.path.endsWith('/items') ? 201 : 200)
}
const routeHook = (result: { success: boolean; target: string }, c: Context) => (result.success ? undefined : c.json({ hooked: result.target }, 418))
const wrappedHook = (result: { success: boolean; target: string }, c: Context) =>
  result.success ? undefined : { response: c.text(`wrapped ${result.target}`, 409) }

/** The app-wide hook of the tests: throws, as the app's `validationHook` does. */
const throwingHook = (result: { success: boolean; target: string; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => {
  if (result.success) return
  throw new HTTPException(422, { message: `${result.target}: ${result.error!.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}` })
}
const onError = (err: Error, c: Context) =>
  err instanceof HTTPException ? c.json({ status: err.status, message: err.message }, err.status) : c.json({ bug: String(err) }, 500)

type Router = {
  openapi: (...args: any[]) => unknown
  route: (path: string, app: any) => unknown
  onError: (h: any) => unknown
  fetch: (r: Request) => Response | Promise<Response>
}
type Make = (options?: { defaultHook?: any }) => Router

function register(router: Router, s: Schemas) {
  const [get, post, put, form, patchForm, hooked, wrapped, hidden] = routesOf(s)
  router.openapi(get, echo)
  router.openapi(post, echo)
  router.openapi(put, echo)
  router.openapi(form, echo)
  router.openapi(patchForm, echo)
  router.openapi(hooked, echo, routeHook)
  router.openapi(wrapped, echo, wrappedHook)
  router.openapi(hidden, echo)
  return router
}

/** The three ways the table is served: a router with the throwing defaultHook, one without any, and one mounted under `/v1` on a parent that has it. */
const SETUPS = {
  defaultHook: { prefix: '', build: (make: Make, s: Schemas) => withOnError(register(make({ defaultHook: throwingHook }), s)) },
  noHook: { prefix: '', build: (make: Make, s: Schemas) => register(make(), s) },
  mounted: {
    prefix: '/v1',
    build: (make: Make, s: Schemas) => {
      const parent = make({ defaultHook: throwingHook })
      parent.route('/v1', register(make(), s))
      return withOnError(parent)
    },
  },
}
function withOnError(router: Router) {
  router.onError(onError)
  return router
}

const IMPLEMENTATIONS: Record<string, { make: Make; schemas: () => Schemas }> = {
  'ApiRouter, zod/mini': { make: (o) => new ApiRouter(o) as unknown as Router, schemas: miniSchemas },
  'ApiRouter, classic zod': { make: (o) => new ApiRouter(o) as unknown as Router, schemas: classicSchemas },
}
const reference = { make: ((o) => new OpenAPIHono(o) as unknown as Router) as Make, schemas: classicSchemas }

const KEY = { 'X-Api-Key': 'secret', Cookie: 'session=s1' }
const JSON_TYPE = { 'Content-Type': 'application/json' }
const urlencoded = (body: string) => ({ method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body })
const multipart = (entries: [string, string][]) => {
  const body = new FormData()
  for (const [k, v] of entries) body.append(k, v)
  return { method: 'POST', body }
}

/** The requests: path (under the setup's prefix) and init, made anew for each fetch. */
const REQUESTS: Record<string, [string, () => RequestInit]> = {
  'get: valid': ['/items/ab?limit=5', () => ({ headers: { ...KEY, 'Accept-Language': 'ar' } })],
  'get: repeated query key': ['/items/ab?tag=x&tag=y', () => ({ headers: KEY })],
  'get: invalid param': ['/items/a', () => ({ headers: KEY })],
  'get: invalid query': ['/items/ab?limit=many', () => ({ headers: KEY })],
  'get: two values for a single query key': ['/items/ab?limit=1&limit=2', () => ({ headers: KEY })],
  'get: header missing': ['/items/ab', () => ({ headers: { Cookie: 'session=s1' } })],
  'get: header too short': ['/items/ab', () => ({ headers: { 'X-Api-Key': 'no', Cookie: 'session=s1' } })],
  'get: header name lower case': ['/items/ab', () => ({ headers: { 'x-api-key': 'secret', Cookie: 'session=s1' } })],
  'get: header name upper case': ['/items/ab', () => ({ headers: { 'X-API-KEY': 'secret', 'ACCEPT-LANGUAGE': 'en', Cookie: 'session=s1' } })],
  'get: cookie missing': ['/items/ab', () => ({ headers: { 'X-Api-Key': 'secret' } })],
  'get: cookie empty': ['/items/ab', () => ({ headers: { 'X-Api-Key': 'secret', Cookie: 'session=' } })],
  'get: every part invalid': ['/items/a?limit=x', () => ({})],
  'post json: valid': ['/items', () => ({ method: 'POST', headers: { ...JSON_TYPE, 'X-Who': 'sara' }, body: '{"name":"a","count":2,"extra":1}' })],
  'post json: charset': ['/items', () => ({ method: 'POST', headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: '{"name":"a","count":2}' })],
  'post json: space before parameter': [
    '/items',
    () => ({ method: 'POST', headers: { 'Content-Type': 'application/json ; charset=utf-8' }, body: '{"name":"a","count":2}' }),
  ],
  'post json: upper-case type': ['/items', () => ({ method: 'POST', headers: { 'Content-Type': 'APPLICATION/JSON' }, body: '{"name":"a","count":2}' })],
  'post json: vnd+json': ['/items', () => ({ method: 'POST', headers: { 'Content-Type': 'application/vnd.api+json' }, body: '{"name":"a","count":2}' })],
  'post json: problem+json': ['/items', () => ({ method: 'POST', headers: { 'Content-Type': 'application/problem+json' }, body: '{"name":"a","count":2}' })],
  'post json: invalid field': ['/items', () => ({ method: 'POST', headers: JSON_TYPE, body: '{"name":"","count":2.5}' })],
  'post json: not an object': ['/items', () => ({ method: 'POST', headers: JSON_TYPE, body: '[1]' })],
  'post json: malformed': ['/items', () => ({ method: 'POST', headers: JSON_TYPE, body: '{"name":' })],
  'post json: empty body': ['/items', () => ({ method: 'POST', headers: JSON_TYPE, body: '' })],
  'post json: wrong content type': ['/items', () => ({ method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"name":"a","count":2}' })],
  'post json: form content type': ['/items', () => urlencoded('name=a&count=2')],
  'post json: no content type, body': ['/items', () => ({ method: 'POST', body: new TextEncoder().encode('{"name":"a","count":2}') })],
  'post json: no content type, no body': ['/items', () => ({ method: 'POST' })],
  'post json: no content type, empty body': ['/items', () => ({ method: 'POST', body: new Uint8Array(0) })],
  'post json: middleware answers first': ['/items', () => ({ method: 'POST', headers: { ...JSON_TYPE, 'X-Deny': '1' }, body: '{' })],
  'post json: middleware read the body': ['/items', () => ({ method: 'POST', headers: { ...JSON_TYPE, 'X-Read': '1' }, body: '{"name":"a","count":2}' })],
  'post json: middleware read the body, no content type': [
    '/items',
    () => ({ method: 'POST', headers: { 'X-Read': '1' }, body: new TextEncoder().encode('{}') }),
  ],
  'post json: middleware read an empty body, no content type': ['/items', () => ({ method: 'POST', headers: { 'X-Read': '1' }, body: new Uint8Array(0) })],
  'put: body over the route’s limit': ['/items/ab', () => ({ method: 'PUT', headers: JSON_TYPE, body: JSON.stringify({ name: 'x'.repeat(100) }) })],
  'put: body over the route’s limit, no content type': ['/items/ab', () => ({ method: 'PUT', body: new TextEncoder().encode('x'.repeat(100)) })],
  'put optional json: valid': ['/items/ab', () => ({ method: 'PUT', headers: JSON_TYPE, body: '{"name":"b"}' })],
  'put optional json: unknown key': ['/items/ab', () => ({ method: 'PUT', headers: JSON_TYPE, body: '{"nom":"b"}' })],
  'put optional json: no body': ['/items/ab', () => ({ method: 'PUT' })],
  'put optional json: body, no content type': ['/items/ab', () => ({ method: 'PUT', body: new TextEncoder().encode('{"name":"b"}') })],
  'put optional json: wrong content type': ['/items/ab', () => ({ method: 'PUT', headers: { 'Content-Type': 'text/plain' }, body: 'x' })],
  'put optional json: malformed': ['/items/ab', () => ({ method: 'PUT', headers: JSON_TYPE, body: '{' })],
  'put optional json: invalid param first': ['/items/a', () => ({ method: 'PUT', headers: JSON_TYPE, body: '{"name":""}' })],
  'post form: urlencoded': ['/forms', () => urlencoded('title=t&tags=a&tags=b')],
  'post form: multipart': [
    '/forms',
    () =>
      multipart([
        ['title', 't'],
        ['tags[]', 'a'],
      ]),
  ],
  'post form: invalid': ['/forms', () => urlencoded('title=')],
  'post form: json': ['/forms', () => ({ method: 'POST', headers: JSON_TYPE, body: '{"title":"t"}' })],
  'post form: no content type, no body': ['/forms', () => ({ method: 'POST' })],
  'patch optional form: none': ['/forms', () => ({ method: 'PATCH' })],
  'patch optional form: valid': ['/forms', () => ({ ...urlencoded('title=x'), method: 'PATCH' })],
  'patch optional form: multipart (not declared)': ['/forms', () => ({ ...multipart([['title', 'x']]), method: 'PATCH' })],
  'route hook: invalid body': ['/hooked/ab', () => ({ method: 'POST', headers: JSON_TYPE, body: '{"ok":1}' })],
  'route hook: invalid param': ['/hooked/a', () => ({ method: 'POST', headers: JSON_TYPE, body: '{"ok":true}' })],
  'route hook: valid': ['/hooked/ab', () => ({ method: 'POST', headers: JSON_TYPE, body: '{"ok":true}' })],
  'route hook returning { response }': ['/wrapped', () => ({ method: 'POST', headers: JSON_TYPE, body: '{}' })],
  'hidden route: served': ['/hidden', () => ({ method: 'POST', headers: JSON_TYPE, body: '{"name":"h","count":1}' })],
  'unknown path': ['/nothing', () => ({})],
}

async function answer(app: Router, path: string, init: RequestInit) {
  const res = await app.fetch(new Request(`http://localhost${path}`, init))
  return { status: res.status, contentType: res.headers.get('content-type'), body: await res.text() }
}

describe('ApiRouter answers as OpenAPIHono does', () => {
  for (const [setupName, setup] of Object.entries(SETUPS)) {
    for (const [implName, impl] of Object.entries(IMPLEMENTATIONS)) {
      it(`${setupName}: ${implName}`, async () => {
        const expected = setup.build(reference.make, reference.schemas())
        const actual = setup.build(impl.make, impl.schemas())
        for (const [name, [path, init]] of Object.entries(REQUESTS)) {
          const want = await answer(expected, setup.prefix + path, init())
          expect.soft(await answer(actual, setup.prefix + path, init()), name).toEqual(want)
        }
      })
    }
  }

  it('answers a failure without any hook with zod’s result, as OpenAPIHono does', async () => {
    const app = register(new ApiRouter() as unknown as Router, miniSchemas())
    const res = await answer(app, '/items', { method: 'POST', headers: JSON_TYPE, body: '{"name":""}' })
    expect(res.status).toBe(400)
    const body = JSON.parse(res.body)
    expect(body).toMatchObject({ success: false, error: { name: 'ZodError' } })
    expect(JSON.parse(body.error.message).map((i: { path: string[] }) => i.path.join('.'))).toEqual(['name', 'count'])
  })
})

describe('ApiRouter with zod/mini schemas', () => {
  it('validates with zod’s core, not with a schema method', async () => {
    const body = mini.object({ name: mini.string().check(mini.minLength(2)), n: mini.optional(mini.pipe(mini.string(), mini.transform(Number))) })
    const headers = mini.object({ 'Idempotency-Key': mini.string().check(mini.uuid()) })
    // zod/mini has none of the classic API's methods; nor may the router call the parse methods it has.
    expect('optional' in body).toBe(false)
    expect('openapi' in body).toBe(false)
    for (const schema of [body, headers]) {
      for (const method of ['parse', 'safeParse', 'parseAsync', 'safeParseAsync']) {
        Object.defineProperty(schema, method, {
          value: () => {
            throw new Error(`${method} called`)
          },
        })
      }
    }
    const route = createRoute({
      method: 'post',
      path: '/things/{thingId}',
      request: { params: mini.object({ thingId: mini.string() }), headers, body: { required: true, content: { 'application/json': { schema: body } } } },
      responses: { 201: { description: 'Created', content: { 'application/json': { schema: mini.object({ id: mini.string() }) } } } },
    })
    const handler: RouteHandler<typeof route> = (c) => {
      const { name, n } = c.req.valid('json')
      expectTypeOf(n).toEqualTypeOf<number | undefined>()
      expectTypeOf(c.req.valid('header')['Idempotency-Key']).toEqualTypeOf<string>()
      return c.json({ id: `${c.req.param('thingId')}:${name}:${n}` }, 201)
    }
    const failures: string[] = []
    const app = new ApiRouter({
      defaultHook: (result, c) => {
        if (!result.success) {
          failures.push(result.target)
          return c.json({ issues: result.error.issues.map((i) => i.path.join('.')) }, 422)
        }
      },
    }).openapi(route, handler)
    const key = '123e4567-e89b-12d3-a456-426614174000'
    const post = (body: string, headers: Record<string, string> = { 'idempotency-key': key }) =>
      app.request('/things/t1', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body })
    const created = await post('{"name":"ab","n":"4"}')
    expect(created.status).toBe(201)
    expect(await created.json()).toEqual({ id: 't1:ab:4' })
    const invalid = await post('{"name":"a"}')
    expect([invalid.status, await invalid.json()]).toEqual([422, { issues: ['name'] }])
    const noKey = await post('{"name":"ab"}', {})
    expect([noKey.status, await noKey.json()]).toEqual([422, { issues: ['Idempotency-Key'] }])
    expect(failures).toEqual(['json', 'header'])
  })
})

describe('routeDefinitions', () => {
  it('holds every route given to openapi, hidden ones too, in order; a mounted router’s under its path', () => {
    const s = miniSchemas()
    const routes = routesOf(s)
    const child = register(new ApiRouter() as unknown as Router, s) as unknown as ApiRouter
    expect(child.routeDefinitions).toEqual(routes)
    expect(child.routeDefinitions.map((r) => `${r.method} ${r.path}${r.hide ? ' (hidden)' : ''}`)).toEqual([
      'get /items/{id}',
      'post /items',
      'put /items/{id}',
      'post /forms',
      'patch /forms',
      'post /hooked/{id}',
      'post /wrapped',
      'post /hidden (hidden)',
    ])
    const parent = new ApiRouter().route('/v1/:version', child)
    expect(parent.routeDefinitions.map((r) => r.path)).toEqual(routes.map((r) => `/v1/{version}${r.path}`))
    expect(parent.routeDefinitions[1]!.middleware).toEqual([who])
  })
})

describe('types', () => {
  it('types c.req.valid by the schemas’ output and c.var by the middleware', () => {
    const route = createRoute({
      method: 'post',
      path: '/a/{id}',
      middleware: [who] as const,
      request: {
        params: mini.object({ id: mini.string() }),
        query: classic.object({ page: classic.coerce.number() }),
        cookies: mini.object({ session: mini.optional(mini.string()) }),
        body: { required: true, content: { 'application/json': { schema: classic.object({ at: classic.string().transform((v) => new Date(v)) }) } } },
      },
      responses: { 201: { description: 'Created' } },
    })
    const handler: RouteHandler<typeof route, Env & RouteConfigToEnv<typeof route>> = (c) => {
      expectTypeOf(c.req.valid('param')).toEqualTypeOf<{ id: string }>()
      expectTypeOf(c.req.valid('query').page).toEqualTypeOf<number>()
      expectTypeOf(c.req.valid('cookie').session).toEqualTypeOf<string | undefined>()
      expectTypeOf(c.req.valid('json').at).toEqualTypeOf<Date>()
      expectTypeOf(c.var.who).toEqualTypeOf<string>()
      return c.json({ ok: true }, 201)
    }
    new ApiRouter().openapi(route, handler)
  })

  it('checks the returned status and body against `responses`, and takes hooks and lazy handlers as the app writes them', () => {
    const route = createRoute({
      method: 'put',
      path: '/q/{quizId}',
      request: {
        params: mini.object({ quizId: mini.string() }),
        body: { required: true, content: { 'application/json': { schema: mini.object({ n: mini.number() }) } } },
      },
      responses: {
        200: { description: 'Saved', content: { 'application/json': { schema: mini.object({ version: mini.number() }) } } },
        409: { description: 'Conflict', content: { 'application/problem+json': { schema: mini.object({ code: mini.string() }) } } },
      },
    })
    type AppEnv = { Bindings: { DB: string } }
    const saved: RouteHandler<typeof route, AppEnv & RouteConfigToEnv<typeof route>> = async (c) => {
      expectTypeOf(c.env.DB).toEqualTypeOf<string>()
      expectTypeOf(c.req.param('quizId')).toEqualTypeOf<string>()
      if (c.req.valid('json').n < 0) return c.json({ code: 'conflict' }, 409)
      return c.json({ version: c.req.valid('json').n }, 200)
    }
    // @ts-expect-error: 201 is not a declared response
    const wrongStatus: RouteHandler<typeof route> = (c) => c.json({ version: 1 }, 201)
    // @ts-expect-error: the 200 body is `{ version: number }`
    const wrongBody: RouteHandler<typeof route> = (c) => c.json({ version: 'one' }, 200)
    // A declared response without content lets any Response through, as in @hono/zod-openapi.
    const anyResponse: RouteHandler<{ method: 'get'; path: '/'; responses: { 204: { description: 'None' } } }> = () => new Response(null, { status: 204 })
    // @ts-expect-error: the route declares no query
    const noQuery: RouteHandler<typeof route> = (c) => c.json({ version: c.req.valid('query') }, 200)
    // A hook as editor.handlers.ts's `bodyHook` is typed, and a handler loaded on first use (lazy-modules.ts).
    const bodyHook = (result: { success: boolean; data?: unknown; target: string }, _c: Context): Promise<never> | undefined =>
      result.success ? undefined : Promise.reject(new Error())
    const handler = lazyHandlers(async () => ({ saved, bodyHook }))
    const defaultHook = (result: HookResult<unknown>, _c: Context) => {
      if (!result.success) expectTypeOf(result.error.issues[0]!.path).toEqualTypeOf<PropertyKey[]>()
    }
    new ApiRouter<AppEnv>({ defaultHook }).openapi(route, handler('saved'), handler('bodyHook')).openapi(route, saved)
    expect([wrongStatus, wrongBody, noQuery, anyResponse]).toHaveLength(4)
  })
})

describe('what the module loads', () => {
  it('bundles no classic zod, @hono/zod-openapi, @hono/zod-validator nor zod-to-openapi', async () => {
    const { build } = await import('esbuild')
    const result = await build({
      entryPoints: ['src/worker/api-router.ts'],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      metafile: true,
      minify: true,
      logLevel: 'silent',
    })
    // The modules that put code in the bundle (esbuild lists the ones it tree-shook away too, with 0 bytes).
    const [output] = Object.values(result.metafile.outputs)
    const inputs = Object.entries(output!.inputs).flatMap(([path, { bytesInOutput }]) => (bytesInOutput > 0 ? [path] : []))
    expect(inputs.filter((path) => /zod\/v4\/(classic|mini|locales)|zod-openapi|zod-validator|zod-to-openapi/.test(path))).toEqual([])
    const core = inputs.filter((path) => path.includes('zod/v4/core/')).map((path) => path.replace(/.*zod\/v4\/core\//, ''))
    expect(core.sort()).toEqual(['core.js', 'errors.js', 'parse.js', 'util.js'])
  })
})
