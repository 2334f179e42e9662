import { ID_MAX_LENGTH } from '../../core/quiz-ids.ts'
import { Hono } from 'hono'
import { html } from 'hono/html'
import { prefersHtml } from '../accept.ts'
import type { AppEnv } from '../app.ts'
import { embedOptions } from '../embed-quiz.ts'
import { EMBED_PAGE_HEADERS, embedPage } from '../embed-page.ts'
import { executionContext } from '../execution-context.ts'
import { publicQuiz } from '../reader-quizzes.ts'
import { problem } from '../problem.ts'

/**
 * The iframe embed: `GET /embed/:quizId?lang=ar|en&mode=one-at-a-time|all&theme=auto|light|dark`, a
 * public quiz's page (embed-page.ts). An unknown quiz is an HTML 404 page for a browser (`Accept`
 * prefers text/html), else a problem. Its oEmbed description is routes/oembed.ts.
 */

export const embed = new Hono<AppEnv>()

embed.get('/embed/:quizId', async (c) => {
  const quizId = c.req.param('quizId')
  const options = embedOptions((n) => c.req.query(n))
  const quiz = await publicQuiz(c.env, quizId, executionContext(c))
  if (quiz) return embedPage(c, quiz, options)
  // Only the 404 differs by Accept: a person's browser gets a page, any other client a problem.
  if (!prefersHtml(c)) {
    problem('quiz-not-found', `No quiz "${quizId.slice(0, ID_MAX_LENGTH)}".`, {
      extras: { quizId: quizId.slice(0, ID_MAX_LENGTH) },
      headers: { Vary: 'Accept', 'Cache-Control': 'no-store' },
    })
  }
  const lang = options.lang ?? 'ar'
  // The widget says it, styled as in any embed and in the page's language, and the frame sizes to it.
  return c.html(
    html`<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>fahm</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"></head>
<body>
<script src="/embed-frame.js"></script>
<script src="/widget.js" data-quiz="${quizId.slice(0, ID_MAX_LENGTH)}" data-lang="${lang}"></script>
<noscript>${lang === 'ar' ? 'لا يوجد اختبار بهذا المعرّف.' : 'No quiz with this id.'}</noscript>
</body></html>`,
    404,
    { ...EMBED_PAGE_HEADERS, 'Cache-Control': 'no-store' },
  )
})
