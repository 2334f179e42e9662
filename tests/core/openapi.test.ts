import { validate } from '@readme/openapi-parser'
import { describe, expect, it } from 'vitest'
import app from '../../src/worker/api.ts'
import { servedRoutes, documentedRoutes } from '../../src/worker/route-groups.ts'
import { openApiDocument, toOpenApiPath } from '../../src/worker/routes/openapi.ts'

// The Worker app imported in node: its OpenAPI document is generated in-process, exactly as
// GET /v1/openapi.json does (tests/worker/openapi.test.ts checks that route inside workerd).
const env = { RATE_LIMIT_GRADING_PER_MINUTE: '600', RATE_LIMIT_ATTEMPTS_PER_MINUTE: '60', RATE_LIMIT_CLASSES_PER_HOUR: '20' } as unknown as Env
const document = await openApiDocument('https://fahm.example', env)

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document for @readme/openapi-parser', async () => {
    const result = await validate(structuredClone(document) as never)
    expect(result.valid ? [] : result.errors).toEqual([])
    expect(result.valid).toBe(true)
    expect(document.openapi).toBe('3.1.0')
  })

  it('describes every route the app serves, and serves every route it describes', async () => {
    const paths = document.paths as Record<string, Record<string, unknown>>
    const served = new Set((await servedRoutes(app)).map((route) => `${route.method.toLowerCase()} ${toOpenApiPath(route.path)}`))
    expect(served.size).toBeGreaterThan(15)
    const described = Object.entries(paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`))
    expect([...served].filter((key) => !described.includes(key))).toEqual([])
    expect(described.filter((key) => !served.has(key))).toEqual([])
  })

  it('has servers, the problem schema, both security schemes and documented rate limits', () => {
    const components = document.components as Record<string, Record<string, unknown>>
    expect(document.servers).toEqual([{ url: 'https://fahm.example', description: 'This deployment' }])
    expect(components.schemas).toHaveProperty('Problem')
    expect(Object.keys(components.securitySchemes!)).toEqual(expect.arrayContaining(['teacherKey', 'editorToken']))
    const paths = document.paths as Record<string, Record<string, { responses: Record<string, { headers?: object }>; security?: object[] }>>
    for (const path of ['/v1/quizzes/{quizId}/grade', '/v1/quizzes/{quizId}/questions/{questionId}/check', '/v1/drafts/grade', '/v1/drafts/check']) {
      const op = paths[path]!.post!
      expect(op.responses['429']!.headers).toHaveProperty('Retry-After')
      // Counted by Cloudflare's rate limiter, which does not tell what is left: the policy only.
      expect(op.responses['200']!.headers).toHaveProperty('RateLimit-Policy')
      expect(op.responses['200']!.headers).not.toHaveProperty('RateLimit')
    }
    expect(paths['/v1/assignments/{code}/attempts']!.post!.responses['201']!.headers).toHaveProperty('RateLimit')
    // Quiz writes count per author after the credential is checked: every answer but a 401 carries both headers.
    for (const [path, method, status] of [
      ['/v1/quizzes', 'post', '201'],
      ['/v1/quizzes/{quizId}', 'put', '200'],
      ['/v1/quizzes/{quizId}', 'delete', '204'],
    ] as const) {
      const op = paths[path]![method]! as (typeof paths)[string][string] & { 'x-rate-limit'?: Record<string, unknown> }
      expect(op['x-rate-limit'], `${method} ${path}`).toMatchObject({
        policy: 'quiz-writes',
        limit: 300,
        windowSeconds: 3600,
        variable: 'RATE_LIMIT_QUIZ_WRITES_PER_HOUR',
      })
      expect(op.responses['429']!.headers).toHaveProperty('Retry-After')
      for (const answered of [status, '422', '409'].filter((s) => op.responses[s])) {
        expect(op.responses[answered]!.headers, `${method} ${path} ${answered}`).toHaveProperty('RateLimit')
        expect(op.responses[answered]!.headers, `${method} ${path} ${answered}`).toHaveProperty('RateLimit-Policy')
      }
      expect(op.responses['401']!.headers ?? {}, `${method} ${path} 401`).not.toHaveProperty('RateLimit-Policy')
    }
    // Reads are not limited.
    expect(paths['/v1/quizzes/{quizId}/source']!.get!.responses).not.toHaveProperty('429')
    // Either bearer credential opens the editor API: the editor token, or a teacher key for its class's quizzes.
    for (const [path, method] of [
      ['/v1/quizzes', 'post'],
      ['/v1/quizzes/{quizId}', 'put'],
      ['/v1/quizzes/{quizId}', 'delete'],
      ['/v1/quizzes/{quizId}/source', 'get'],
      ['/v1/quizzes/{quizId}/export', 'get'],
      ['/v1/quiz-sources', 'get'],
      ['/v1/me', 'get'],
    ] as const) {
      expect(paths[path]![method]!.security, `${method} ${path}`).toEqual([{ editorToken: [] }, { teacherKey: [] }])
    }
    // Drafts are graded without a key.
    expect(paths['/v1/drafts/check']!.post!.security).toEqual([])
  })

  it('generates the request schemas from the zod schemas that validate them', () => {
    const schemas = (document.components as { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> }).schemas
    expect(schemas.EditorQuiz!.required).toEqual(expect.arrayContaining(['lang', 'title', 'source', 'questions', 'articleText']))
    expect(schemas.EditorQuiz!.properties).toHaveProperty('questions')
    expect(schemas.GradeRequest!.properties).toHaveProperty('answers')
    expect(schemas.DraftCheckRequest!.required).toEqual(expect.arrayContaining(['quiz', 'questionId', 'answer']))
    expect(schemas.DraftGradeRequest!.required).toEqual(expect.arrayContaining(['quiz', 'answers']))
    expect(schemas.DraftQuiz!.required).toEqual(['questions'])
    expect(schemas.SavedQuiz!.required).toContain('ownerClassId')
    expect(schemas.QuizSource!.required).toContain('ownerClassId')
  })
})
