// npm run bench:start-parts: a Hono hello-world that validates one body with zod's classic API, as the
// app's routes did before they moved to zod/mini (src/core/zod.ts), without @hono/zod-openapi. Its schema is built at startup, so its start also runs zod's module code.
import { Hono } from 'hono'
import * as z from 'zod'

const Echo = z.object({ name: z.string().min(1).max(40), answers: z.array(z.union([z.string(), z.number()])).max(100) })

const app = new Hono()
app.post('/v1/echo', async (c) => c.json({ ok: Echo.safeParse(await c.req.json()).success }))
app.get('/v1/ping', (c) => c.json({ ok: true }))

export default app
