import { SELF } from 'cloudflare:test'
import { expect, it } from 'vitest'

// A cross-origin client that revalidates itself (If-None-Match) must be able to read the 304.
it.each(['/v1/quizzes', '/v1/quizzes/kim-putin-beijing?lang=en'])('keeps the CORS headers on a 304 for %s', async (path) => {
  const origin = { Origin: 'https://news.example' }
  const first = await SELF.fetch(`http://fahm.test${path}`, { headers: origin })
  const tag = first.headers.get('etag')!
  const again = await SELF.fetch(`http://fahm.test${path}`, { headers: { ...origin, 'If-None-Match': tag } })
  expect(again.status).toBe(304)
  expect(again.headers.get('access-control-allow-origin')).toBe('*')
  expect(again.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('etag')
  expect(again.headers.get('etag')).toBe(tag)
})
