import { createConfig, lintFromString } from '@redocly/openapi-core'
import { describe, expect, it } from 'vitest'
import { openApiDocument } from '../../src/worker/routes/openapi.ts'

/**
 * The OpenAPI document under an independent linter: Redocly's own engine (@redocly/openapi-core,
 * what `redocly lint` runs) with its `recommended` ruleset, and the rules Spectral's `oas`
 * ruleset adds (tags on every operation, each tag declared).
 */
const document = (await openApiDocument('https://fahm.example', {} as Env)) as unknown as {
  tags: { name: string; description?: string }[]
  paths: Record<string, Record<string, { operationId?: string; tags?: string[]; security?: object[]; summary?: string; responses: Record<string, unknown> }>>
}
const operations = Object.entries(document.paths).flatMap(([path, ops]) =>
  Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
)

// Operations no request can make fail with a 4xx (no parameter, no body, nothing to find):
// documenting one would be false, so Redocly's `operation-4xx-response` warning is expected here only.
const NO_CLIENT_ERROR = ['GET /v1/ping', 'GET /v1/openapi.json', 'GET /docs', 'GET /v1/health', 'GET /teach', 'GET /studio', 'GET /a']

describe('OpenAPI document under Redocly’s recommended ruleset', () => {
  it('has no error, and no warning but the missing license and the 4xx of operations that cannot have one', async () => {
    const config = await createConfig({ extends: ['recommended'] })
    const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: '/openapi.json', config })
    const found = problems.map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer ?? ''}: ${p.message}`)
    const pointer = (key: string) => {
      const [method, path] = key.split(' ') as [string, string]
      return `#/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/${method.toLowerCase()}/responses`
    }
    const expected = [
      ...NO_CLIENT_ERROR.map((key) => `warn operation-4xx-response ${pointer(key)}: Operation must have at least one \`4XX\` response.`),
      // The project is private and states no license; the document does not invent one.
      'warn info-license #/info: Info object should contain `license` field.',
    ]
    expect(found.sort()).toEqual(expected.sort())
  }, 120_000)

  it('lists those operations truthfully: none of them takes a parameter or a body', () => {
    for (const key of NO_CLIENT_ERROR) {
      const [method, path] = key.split(' ') as [string, string]
      const op = document.paths[path]![method.toLowerCase()] as Record<string, unknown>
      expect(op.parameters ?? [], key).toEqual(expect.not.arrayContaining([expect.objectContaining({ in: 'path' })]))
      expect(op.requestBody, key).toBeUndefined()
    }
  })
})

describe('OpenAPI document under Spectral’s oas rules', () => {
  it('has an operationId on every operation, unique and URL-safe', () => {
    const ids = operations.map(({ key, op }) => op.operationId ?? `missing: ${key}`)
    expect(ids.filter((id) => !/^[A-Za-z][A-Za-z0-9]*$/.test(id))).toEqual([])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('tags every operation with a declared tag, and every declared tag is used and described', () => {
    const declared = document.tags.map((tag) => tag.name)
    for (const { key, op } of operations) {
      expect(op.tags?.length, key).toBeGreaterThan(0)
      for (const tag of op.tags ?? []) expect(declared, key).toContain(tag)
    }
    for (const tag of document.tags) {
      expect(
        operations.some(({ op }) => op.tags?.includes(tag.name)),
        tag.name,
      ).toBe(true)
      expect(tag.description, tag.name).toBeTruthy()
    }
  })

  it('states security on every operation: `security: []` on public ones, a declared scheme on the others', () => {
    for (const { key, op } of operations) {
      expect(Array.isArray(op.security), key).toBe(true)
      for (const requirement of op.security ?? []) for (const scheme of Object.keys(requirement)) expect(['teacherKey', 'editorToken'], key).toContain(scheme)
    }
    const publicOps = operations.filter(({ op }) => op.security?.length === 0).map(({ key }) => key)
    expect(publicOps).toEqual(
      expect.arrayContaining([
        'GET /v1/quizzes',
        'POST /v1/quizzes/{quizId}/grade',
        'POST /v1/assignments/{code}/attempts',
        'GET /oembed',
        'GET /embed/{quizId}',
      ]),
    )
    expect(publicOps).not.toContain('POST /v1/quizzes')
  })

  it('has a summary on every operation', () => {
    expect(operations.filter(({ op }) => !op.summary).map(({ key }) => key)).toEqual([])
  })
})
