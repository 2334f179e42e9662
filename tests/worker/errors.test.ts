import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'

async function expectProblem(res: Response, status: number, code: string) {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  const body = (await res.json()) as Record<string, unknown>
  expect(body).toMatchObject({ status, code, type: `http://x/docs#problem-${code}` })
  expect(typeof body.title).toBe('string')
  expect(typeof body.detail).toBe('string')
  return body
}

describe('errors', () => {
  it('answers an unknown /v1 path with a 404 problem', async () => {
    const body = await expectProblem(await SELF.fetch('http://x/v1/nope'), 404, 'not-found')
    expect(body.instance).toBe('/v1/nope')
  })

  it('answers a wrong method on a known path with 405 and Allow', async () => {
    const res = await SELF.fetch('http://x/v1/health', { method: 'DELETE' })
    await expectProblem(res, 405, 'method-not-allowed')
    expect(res.headers.get('allow')).toBe('GET, HEAD')
  })
})
