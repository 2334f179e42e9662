import { Hono, type Context } from 'hono'
import { html } from 'hono/html'
import { isValidCode, normalizeCode } from '../../core/join-code.ts'
import { prefersHtml } from '../accept.ts'
import type { AppEnv } from '../app.ts'
import { getAssignmentByCode } from '../db/assignments.ts'
import { codeLookupLimit } from '../middleware/code-lookup-limit.ts'
import { problem } from '../problem.ts'
import { getAssignedQuiz } from '../quiz-store.ts'
import { page, SECURITY_HEADERS } from '../html-page.ts'

/**
 * The HTML pages of the apps: `/teach` (the teacher app, `public/teach.js`), `/studio` (the quiz
 * studio, `public/studio.js`, with `/widget.js` for its preview), `/a` (a student types a code) and `/a/:code` (a student page that
 * embeds the widget in assignment mode; an unknown code is an HTML 404 page for a browser, whose
 * `Accept` prefers text/html, and a problem for any other client). Every interpolated value goes
 * through hono/html, which escapes it.
 */

/**
 * The studio runs only our own scripts and styles: its stylesheet and the widget's are constructed
 * (adoptedStyleSheets), which `style-src 'self'` allows, so no inline style or script is needed.
 */
const STUDIO_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/**
 * The pages that run our app scripts, `/teach` and `/a/:code`, share one policy: our own scripts
 * only, so an injected tag cannot run; inline styles for the page's own `<style>`; no plugins, no
 * `<base>`, forms only to this origin. They differ in who may frame them:
 * - `/teach` keeps teacher keys in this origin's storage: no page may frame it (clickjacking).
 * - `/a/:code` is what a teacher shares, and a school may put it inside its LMS (Moodle, Canvas,
 *   Google Classroom's embedded links all frame over HTTPS). It holds no teacher key, and a framing
 *   page cannot read it (another origin), so any HTTPS page may frame it; a plain-HTTP page may not,
 *   since anyone on its network could have rewritten it. See docs/classroom.md.
 */
function appPageCsp(frameAncestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ')
}

/** `/teach`: never framed. */
export const TEACH_CSP = appPageCsp("'none'")
/** `/a/:code`: framed by this origin or any HTTPS page (an LMS). */
export const STUDENT_PAGE_CSP = appPageCsp("'self' https:")

function langOf(value: string | undefined): 'ar' | 'en' | undefined {
  return value === 'ar' || value === 'en' ? value : undefined
}

const STUDENT_PAGE_HEADERS = { ...SECURITY_HEADERS, 'Content-Security-Policy': STUDENT_PAGE_CSP }

/**
 * Past the failed-lookup limit, a person's browser gets a page in their language saying when to try
 * again (429); any other client gets the `rate-limited` problem.
 */
/** «دقيقة», «دقيقتين», «٣ دقائق», «١١ دقيقة»: the counted noun as Arabic agrees with its number. */
function arabicMinutes(minutes: number, count: string): string {
  if (minutes === 1) return 'دقيقة'
  if (minutes === 2) return 'دقيقتين'
  return `${count} ${minutes <= 10 ? 'دقائق' : 'دقيقة'}`
}

function tooManyLookupsPage(c: Context<AppEnv>, retryAfter: number): Response | undefined {
  if (!prefersHtml(c)) return undefined
  const lang = langOf(c.req.query('lang')) ?? 'ar'
  const minutes = Math.max(1, Math.ceil(retryAfter / 60))
  const count = new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-arab' : 'en').format(minutes)
  const text =
    lang === 'ar'
      ? {
          title: 'محاولات كثيرة',
          heading: 'جُرِّبت رموز كثيرة غير موجودة من هذه الشبكة',
          body: `للحماية من تخمين الرموز، توقّف فتح الواجبات من هذه الشبكة مؤقتًا. حاول مجددًا بعد ${arabicMinutes(minutes, count)}، أو اطلب الرابط من معلّمك.`,
        }
      : {
          title: 'Too many tries',
          heading: 'Too many unknown codes were tried from this network',
          body: `To keep codes from being guessed, opening assignments from this network is paused. Try again in ${count} minute${minutes === 1 ? '' : 's'}, or ask your teacher for the link.`,
        }
  return new Response(page({ lang, title: text.title, body: html`<main><h1>${text.heading}</h1><p>${text.body}</p></main>` }).toString(), {
    status: 429,
    headers: { ...STUDENT_PAGE_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Content-Language': lang, Vary: 'Accept' },
  })
}

/**
 * The form that opens an assignment by the code a student types (sent to `/a` as `?code=`). It is
 * `novalidate`: the browser's own "fill in this field" bubble speaks the browser's language, not the
 * page's. Sent empty, `/a` answers with the form again and the page's own message (`missing`), the
 * field's description, the field invalid and focused. No script: it works under the page's CSP and
 * without JavaScript.
 */
function codeForm(ar: boolean, requested: 'ar' | 'en' | undefined, missing = false) {
  const message = ar ? 'اكتب رمز الواجب أولًا.' : 'Type the assignment code first.'
  return html`<form method="get" action="/a" novalidate>
<label for="code">${ar ? 'رمز الواجب' : 'Assignment code'}</label>
<input id="code" name="code" dir="ltr" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="40" required${
    missing ? html` aria-invalid="true" aria-describedby="code-missing" autofocus` : ''
  }>
${missing ? html`<p id="code-missing" class="field-error">${message}</p>` : ''}
${requested ? html`<input type="hidden" name="lang" value="${requested}">` : ''}
<button type="submit">${ar ? 'افتح الواجب' : 'Open the assignment'}</button>
</form>`
}

/** The assignment page of a typed code (`/a/CODE`, in the asked language), by a redirect that shows it in the address bar. */
function openTyped(c: Context<AppEnv>, typed: string, requested: 'ar' | 'en' | undefined): Response {
  return c.redirect(`/a/${encodeURIComponent(normalizeCode(typed).slice(0, 40))}${requested ? `?lang=${requested}` : ''}`, 303)
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
      { ...SECURITY_HEADERS, 'Content-Security-Policy': TEACH_CSP },
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
  // Where a student with only a code starts: a form that opens its assignment.
  .get('/a', (c) => {
    const requested = langOf(c.req.query('lang'))
    const typed = c.req.query('code')
    // Sent empty (the form does not stop it, see codeForm): the form again, saying what is missing.
    const missing = typed !== undefined && normalizeCode(typed) === ''
    if (typed !== undefined && !missing) return openTyped(c, typed, requested)
    const ar = (requested ?? 'ar') === 'ar'
    return c.html(
      page({
        lang: requested ?? 'ar',
        title: ar ? 'فهم — افتح واجبًا' : 'fahm — open an assignment',
        body: html`<main><h1>${ar ? 'افتح واجبًا' : 'Open an assignment'}</h1>
<p>${ar ? 'اكتب الرمز الذي أعطاك إياه معلّمك.' : 'Type the code your teacher gave you.'}</p>
${codeForm(ar, requested, missing)}</main>`,
      }),
      200,
      STUDENT_PAGE_HEADERS,
    )
  })
  .get('/a/:code', codeLookupLimit({ limited: tooManyLookupsPage }), async (c) => {
    const requested = langOf(c.req.query('lang'))
    // The unknown-code page's form sends the code typed again as ?code=: open that one.
    const retyped = c.req.query('code')
    if (retyped !== undefined) return openTyped(c, retyped, requested)
    const code = normalizeCode(c.req.param('code'))
    const assignment = isValidCode(code) ? await getAssignmentByCode(c.env.DB, code) : null
    // Only the 404 differs by Accept: a person's browser gets a page, any other client a problem.
    c.header('Vary', 'Accept')
    if (!assignment) {
      if (!prefersHtml(c)) {
        problem('assignment-not-found', `No assignment with code "${code.slice(0, 20)}".`, {
          extras: { code: code.slice(0, 20) },
          headers: { ...STUDENT_PAGE_HEADERS, Vary: 'Accept' },
        })
      }
      const lang = requested ?? 'ar'
      const ar = lang === 'ar'
      return c.html(
        page({
          lang,
          title: ar ? 'الواجب غير موجود' : 'Assignment not found',
          body: html`<main><h1>${ar ? 'لا يوجد واجب بهذا الرمز' : 'No assignment with this code'}</h1>
<p>${ar ? 'الرمز المكتوب:' : 'The code given:'} <bdi dir="ltr">${code}</bdi></p>
<p>${ar ? 'تحقّق من الرمز الذي أعطاك إياه معلّمك، واكتبه هنا:' : 'Check the code your teacher gave you, and type it here:'}</p>
${codeForm(ar, requested)}</main>`,
        }),
        404,
        STUDENT_PAGE_HEADERS,
      )
    }
    const lang = requested ?? (await getAssignedQuiz(c.env, assignment.quizId))?.lang ?? 'ar'
    // The widget shows the teacher's title as a heading (h2, in the title's own language): the
    // page's heading names what the page is, so a screen reader does not read the title twice.
    return c.html(
      page({
        lang,
        title: assignment.title,
        body: html`<main>
<h1 class="sr-only">${lang === 'ar' ? 'واجب' : 'Assignment'}</h1>
<script src="/widget-full.js" data-assignment="${assignment.code}" data-lang="${lang}" data-show-article async></script>
</main>`,
      }),
      200,
      STUDENT_PAGE_HEADERS,
    )
  })
