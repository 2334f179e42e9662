import { env, SELF } from 'cloudflare:test'
import { expect, it } from 'vitest'

it('answers health with D1 reachable', async () => {
  const res = await SELF.fetch('http://x/v1/health')
  expect(await res.json()).toEqual({ ok: true })
})
it('serves static assets', async () => {
  const res = await env.ASSETS.fetch('http://x/index.html')
  expect(res.status).toBe(200)
})
