// npm run bench's cold-start reference: a Hono hello-world, bundled by the same wrangler with the
// same wrangler.toml settings as the Worker.
import { Hono } from 'hono'

const app = new Hono()
app.get('/', (c) => c.text('Hello Hono!'))
app.get('/v1/ping', (c) => c.json({ ok: true }))

export default app
