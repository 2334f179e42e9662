import { Hono } from 'hono'
import { html } from 'hono/html'
import { isValidCode, normalizeCode } from '../../core/join-code.ts'
import { prefersHtml } from '../accept.ts'
import type { AppEnv } from '../app.ts'
import { getAssignmentByCode } from '../db/assignments.ts'
import { problem } from '../problem.ts'
import { getAssignedQuiz } from '../quiz-store.ts'

/**
 * The HTML pages of the apps: `/teach` (the teacher app, `public/teach.js`), `/studio` (the quiz
 * studio, `public/studio.js`, with `/widget.js` for its preview) and `/a/:code` (a student page that
 * embeds the widget in assignment mode; an unknown code is an HTML 404 page for a browser, whose
 * `Accept` prefers text/html, and a problem for any other client). Every interpolated value goes
 * through hono/html, which escapes it.
 */

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
}

function page(options: { lang: 'ar' | 'en'; title: string; body: unknown }) {
  const dir = options.lang === 'ar' ? 'rtl' : 'ltr'
  return html`<!doctype html>
<html lang="${options.lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${options.title}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>
  body { margin: 0; font-family: system-ui, "Segoe UI", Tahoma, "Noto Sans Arabic", sans-serif; line-height: 1.5; background: #f7f7f5; color: #1d1d1b; }
  main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
  /* The widget shows the title itself; the page heading stays for screen readers and outlines. */
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  @media (prefers-color-scheme: dark) { body { background: #161615; color: #ecece8; } }
</style>
</head>
<body>
${options.body}
</body>
</html>`
}

/**
 * The studio runs only our own scripts and styles: its stylesheet and the widget's are constructed
 * (adoptedStyleSheets), which `style-src 'self'` allows, so no inline style or script is needed.
 */
const STUDIO_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

function langOf(value: string | undefined): 'ar' | 'en' | undefined {
  return value === 'ar' || value === 'en' ? value : undefined
}

export const pages = new Hono<AppEnv>()
  .get('/teach', (c) => {
    const lang = langOf(c.req.query('lang')) ?? 'ar'
    return c.html(
      page({
        lang,
        title: lang === 'ar' ? 'فهم — صفحة المعلّم' : 'fahm — teacher',
        body: html`<main id="teach" data-lang="${lang}"><noscript>${
          lang === 'ar' ? 'تحتاج هذه الصفحة إلى JavaScript.' : 'This page needs JavaScript.'
        }</noscript></main>
<script src="/teach.js" defer></script>`,
      }),
      200,
      { ...SECURITY_HEADERS, 'Content-Security-Policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; frame-ancestors 'none'" },
    )
  })
  .get('/studio', (c) => {
    const lang = langOf(c.req.query('lang')) ?? 'ar'
    const dir = lang === 'ar' ? 'rtl' : 'ltr'
    const title = lang === 'ar' ? 'فهم — استوديو الاختبارات' : 'fahm — quiz studio'
    return c.html(
      html`<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<script src="/widget.js" defer></script>
<script src="/studio.js" defer></script>
</head>
<body>
<main id="studio" data-lang="${lang}"><h1>${title}</h1><noscript>${
        lang === 'ar' ? 'تحتاج هذه الصفحة إلى JavaScript.' : 'This page needs JavaScript.'
      }</noscript></main>
</body>
</html>`,
      200,
      { ...SECURITY_HEADERS, 'Content-Security-Policy': STUDIO_CSP },
    )
  })
  .get('/a/:code', async (c) => {
    const code = normalizeCode(c.req.param('code'))
    const requested = langOf(c.req.query('lang'))
    const assignment = isValidCode(code) ? await getAssignmentByCode(c.env.DB, code) : null
    // Only the 404 differs by Accept: a person's browser gets a page, any other client a problem.
    c.header('Vary', 'Accept')
    if (!assignment) {
      if (!prefersHtml(c)) {
        problem('assignment-not-found', `No assignment with code "${code.slice(0, 20)}".`, {
          extras: { code: code.slice(0, 20) },
          headers: { ...SECURITY_HEADERS, Vary: 'Accept' },
        })
      }
      const lang = requested ?? 'ar'
      return c.html(
        page({
          lang,
          title: lang === 'ar' ? 'الواجب غير موجود' : 'Assignment not found',
          body: html`<main><h1>${lang === 'ar' ? 'لا يوجد واجب بهذا الرمز' : 'No assignment with this code'}</h1>
<p>${code}</p></main>`,
        }),
        404,
        SECURITY_HEADERS,
      )
    }
    const lang = requested ?? (await getAssignedQuiz(c.env, assignment.quizId))?.lang ?? 'ar'
    return c.html(
      page({
        lang,
        title: assignment.title,
        body: html`<main>
<h1 class="sr-only" dir="auto">${assignment.title}</h1>
<script src="/widget.js" data-assignment="${assignment.code}" data-lang="${lang}" data-show-article async></script>
</main>`,
      }),
      200,
      SECURITY_HEADERS,
    )
  })
