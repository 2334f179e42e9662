import { SELF } from 'cloudflare:test'
import { expect, it } from 'vitest'

const oembed = (url: string) => SELF.fetch(`http://fahm.test/oembed?format=json&url=${encodeURIComponent(url)}`)

it.each([
  'http://fahm.test/embed/%E0%A4%A',
  'http://fahm.test/embed/%',
  'http://fahm.test/embed/%ZZ',
  'http://fahm.test/embed/%F0%9F%98',
])('answers a malformed percent-escape in the quiz id (%s) with a 404 problem, not a 500', async (url) => {
  const res = await oembed(url)
  expect(res.status).toBe(404)
  expect(res.headers.get('content-type')).toContain('application/problem+json')
  expect(((await res.json()) as { code: string }).code).toBe('quiz-not-found')
})

it('still decodes a well-formed escaped quiz id', async () => {
  const res = await oembed('http://fahm.test/embed/kim%2Dputin%2Dbeijing')
  expect(res.status).toBe(200)
  expect(((await res.json()) as { type: string }).type).toBe('rich')
})
