// npm run bench's floor for any Worker that validates its requests with @hono/zod-openapi, as the
// app does (its OpenAPI document and its validation errors come from it): a hello-world with one
// validated route and its document, bundled by the same wrangler with the same wrangler.toml
// settings (zod aliased as the app's) as the Worker. Compared with the Hono hello-world, it shows
// what the framework alone adds to a start, before any of fahm's code.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'

const app = new OpenAPIHono()

const echo = createRoute({
  method: 'post',
  path: '/v1/echo',
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({ name: z.string().min(1).max(40), answers: z.array(z.union([z.string(), z.number()])).max(100) }),
        },
      },
    },
  },
  responses: { 200: { description: 'Echoed', content: { 'application/json': { schema: z.object({ ok: z.boolean() }) } } } },
})

app.openapi(echo, (c) => c.json({ ok: true }, 200))
app.get('/v1/ping', (c) => c.json({ ok: true }))
app.doc('/v1/openapi.json', { openapi: '3.1.0', info: { title: 'hello', version: '1' } })

export default app
