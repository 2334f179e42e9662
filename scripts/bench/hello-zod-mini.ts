// npm run bench:start-parts: the same hello-world as hello-zod.ts with zod's tree-shakable `zod/mini`
// API: the same checks (zod/v4/core), the same issues and messages, only the functions it calls.
import { Hono } from 'hono'
import * as z from 'zod/mini'

const Echo = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(40)),
  answers: z.array(z.union([z.string(), z.number()])).check(z.maxLength(100)),
})

const app = new Hono()
app.post('/v1/echo', async (c) => c.json({ ok: Echo.safeParse(await c.req.json()).success }))
app.get('/v1/ping', (c) => c.json({ ok: true }))

export default app
