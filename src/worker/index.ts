import { methodNotAllowed } from 'hono/method-not-allowed'
import { createRouter } from './app.ts'
import { apiCors } from './middleware/cors.ts'
import { embed } from './routes/embed.ts'
import { methodNotAllowedProblem, notFound, onError } from './problem.ts'

const app = createRouter()

app.use('/v1/*', apiCors())
app.use(methodNotAllowed({ app, onMethodNotAllowed: methodNotAllowedProblem }))

app.get('/v1/health', async (c) => {
  const row = await c.env.DB.prepare('select 1 as ok').first<{ ok: number }>()
  return c.json({ ok: row?.ok === 1 })
})

// Routes: one line per resource.
app.route('/', embed)

app.onError(onError)
app.notFound(notFound)

export default app
