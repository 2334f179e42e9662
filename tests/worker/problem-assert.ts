import { expect } from 'vitest'

/** Asserts `res` is an RFC 9457 problem with this status and code, and returns its body. */
export async function expectProblem(res: Response, status: number, code: string, origin = 'http://x'): Promise<Record<string, any>> {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  const body = (await res.json()) as Record<string, any>
  expect(body.status).toBe(status)
  expect(body.code).toBe(code)
  expect(body.type).toBe(`${origin}/docs#problem-${code}`)
  expect(body.title).toEqual(expect.any(String))
  expect(body.detail).toEqual(expect.any(String))
  expect(body.detail.length).toBeGreaterThan(0)
  return body
}
