// npm run bench's build of the Worker (scripts/workerd.mjs bundles it instead of src/worker/index.ts;
// production never does): the app plus GET /v1/bench/constant, the yardstick of get-quiz. It answers
// the very bytes and headers GET /v1/quizzes/kim-putin-beijing answers, through the same app and its
// middleware, but from one string fixed on its first call: what get-quiz would cost with no work of
// its own.
import app from '../../src/worker/api.ts'
import { PUBLIC_CACHE } from '../../src/worker/middleware/cache-control.ts'
import { getQuiz, servedQuiz } from '../../src/worker/quiz-store.ts'

let constant: { body: string; etag: string; lang: string } | undefined

app.get('/v1/bench/constant', async (c) => {
  constant ??= { ...(await servedQuiz((await getQuiz(c.env, 'kim-putin-beijing'))!)) }
  c.header('Content-Language', constant.lang)
  c.header('ETag', constant.etag)
  c.header('Cache-Control', PUBLIC_CACHE)
  return c.body(constant.body, 200, { 'Content-Type': 'application/json' })
})

export default app
