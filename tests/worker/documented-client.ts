import { SELF } from 'cloudflare:test'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { expect } from 'vitest'

/**
 * The client of the API-journey tests: it calls the Worker as an outside developer's code does and
 * holds every response to /v1/openapi.json (status and the headers a client reads documented for
 * the operation) and every problem to docs/api.md#errors.
 */

export const ORIGIN = 'http://fahm.test'

export type Json = Record<string, any>
/** /v1/openapi.json as the Worker serves it; set by `loadOpenapi()` (call it in `beforeAll`). */
export let openapi: Json
let ajv: Ajv2020 | undefined

export async function loadOpenapi(): Promise<Json> {
  const res = await SELF.fetch(`${ORIGIN}/v1/openapi.json`)
  expect(res.status).toBe(200)
  openapi = await res.json()
  ajv = undefined
  return openapi
}

let ipCounter = 0
const ipPrefix = Math.floor(Math.random() * 200) + 20
/** A client address of its own, so one test's rate limits never stop another's. */
export const freshIp = () => `10.${ipPrefix}.${200 + Math.floor(++ipCounter / 250)}.${(ipCounter % 250) + 1}`

/** The documented operation (its template and object) that a concrete method and path answer. */
export function operationOf(method: string, url: string): { template: string; operation: Json } {
  const pathname = new URL(url, ORIGIN).pathname
  for (const [template, operations] of Object.entries(openapi.paths as Record<string, Json>)) {
    const pattern = new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`)
    const operation = operations[method.toLowerCase()]
    if (pattern.test(pathname) && operation) return { template, operation }
  }
  throw new Error(`${method} ${pathname} is not in /v1/openapi.json`)
}

/**
 * The headers a client reads: when a response carries one, the document must name it for that
 * status. (`Cache-Control` is checked where the docs promise caching: the public quiz reads.)
 */
const READ_HEADERS = [
  'Location',
  'ETag',
  'Content-Language',
  'Link',
  'RateLimit',
  'RateLimit-Policy',
  'Retry-After',
  'Idempotent-Replayed',
  'Content-Disposition',
  'Allow',
]

export type Call = { method?: string; path: string; headers?: Record<string, string>; body?: unknown; ip?: string }

/** Sends a request as the developer's client does and checks the response against the document. */
export async function call(c: Call): Promise<Response> {
  const method = c.method ?? 'GET'
  const headers: Record<string, string> = { 'CF-Connecting-IP': c.ip ?? freshIp(), ...c.headers }
  let body: string | undefined
  if (c.body !== undefined) {
    body = typeof c.body === 'string' ? c.body : JSON.stringify(c.body)
    headers['Content-Type'] ??= 'application/json'
  }
  const res = await SELF.fetch(`${ORIGIN}${c.path}`, { method, headers, body })
  if (res.status === 405) return res // no operation documents a method the path does not have
  const { template, operation } = operationOf(method, c.path)
  const documented = operation.responses[String(res.status)]
  expect(documented, `${method} ${template} answered ${res.status}, which the document does not list`).toBeDefined()
  const names = Object.keys(documented.headers ?? {}).map((h) => h.toLowerCase())
  // docs/api.md#response-headers: every 201 says where the new thing is read.
  if (res.status === 201) expect(res.headers.get('Location'), `${method} ${template} 201`).toMatch(/^\/v1\//)
  for (const header of READ_HEADERS) {
    if (res.headers.has(header)) expect(names, `${method} ${template} ${res.status} sends ${header} without documenting it`).toContain(header.toLowerCase())
  }
  // A response whose description names its problem codes (problemCodeResponses) answers one of them.
  const codes = /: ((?:`[a-z-]+`(?:, )?)+)$/.exec(documented.description ?? '')?.[1]?.match(/[a-z-]+/g)
  if (codes && res.headers.get('Content-Type') === 'application/problem+json') {
    const { code } = (await res.clone().json()) as { code: string }
    expect(codes, `${method} ${template} ${res.status} answered ${code}, which its description does not name`).toContain(code)
  }
  return res
}

/**
 * Checks a JSON body against the schema the document gives for this operation and status, and
 * returns it: a generated client (openapi-typescript, …) trusts exactly that schema.
 */
export async function documentedJson(res: Response, method: string, path: string): Promise<Json> {
  const { template, operation } = operationOf(method, path)
  const media = operation.responses[String(res.status)]?.content ?? {}
  const type = (res.headers.get('Content-Type') ?? '').split(';')[0]!
  const schema = media[type]?.schema
  expect(schema, `${method} ${template} ${res.status} documents no schema for ${type}`).toBeDefined()
  const body = (await res.json()) as Json
  const validate = validator({
    $ref: `openapi.json#/paths/${pointerSegment(template)}/${method.toLowerCase()}/responses/${res.status}/content/${pointerSegment(type)}/schema`,
  })
  expect(validate(body) ? [] : validate.errors, `${method} ${template} ${res.status}: the body against its documented schema`).toEqual([])
  return body
}

/** A validator of `schema`, which may refer into the document (`openapi.json#/…`). */
function validator(schema: Json) {
  if (!ajv) {
    ajv = new Ajv2020({ strict: false, allErrors: true })
    addFormats(ajv)
    ajv.addSchema(openapi, 'openapi.json')
  }
  return ajv.compile(schema)
}

const pointerSegment = (s: string) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))

/** Asserts an RFC 9457 problem as docs/api.md#errors describes it; returns its body. */
export async function expectProblem(res: Response, status: number, code: string): Promise<Json> {
  const text = await res.clone().text()
  expect(res.status, text.slice(0, 300)).toBe(status)
  expect(res.headers.get('Content-Type')).toBe('application/problem+json')
  const problem = (await res.json()) as Json
  const validate = validator({ $ref: 'openapi.json#/components/schemas/Problem' })
  expect(validate(problem) ? [] : validate.errors, 'the problem against the Problem schema').toEqual([])
  expect(problem).toMatchObject({ status, code, type: `${ORIGIN}/docs#problem-${code}` })
  expect(problem.title).toBe(openapi['x-problem-codes'][code].title)
  expect(problem.detail).toEqual(expect.any(String))
  expect(problem.detail.length).toBeGreaterThan(10)
  expect(problem.instance).toMatch(/^\/v1\//)
  // Errors are never cacheable (docs/api.md#caching).
  expect(res.headers.get('ETag')).toBeNull()
  return problem
}

export const json = (res: Response) => res.json() as Promise<Json>
export const bearer = (key: string) => ({ Authorization: `Bearer ${key}` })
