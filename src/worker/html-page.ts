import { html } from 'hono/html'

/**
 * The shell of the Worker's own small HTML pages (`/teach`, `/a`, `/a/:code`, their 404 and 429
 * pages, and the 404 page a browser gets for a path nothing serves): the language and direction,
 * the viewport, the page's light and dark colours. Every interpolated value goes through hono/html,
 * which escapes it.
 */

/** The headers every such page sends. */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
}

/** A page in `lang` (its direction follows) with `title` and `body`. */
export function page(options: { lang: 'ar' | 'en'; title: string; body: unknown }) {
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
  /* System colours (Canvas, form controls) follow the reader's light or dark scheme, as the page does. */
  :root { color-scheme: light dark; }
  body { margin: 0; font-family: system-ui, "Segoe UI", Tahoma, "Noto Sans Arabic", sans-serif; line-height: 1.5; background: #f7f7f5; color: #1d1d1b; }
  main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
  /* The widget shows the title itself; the page heading stays for screen readers and outlines. */
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  form { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
  input, button { font: inherit; min-height: 2.75rem; padding: 0 .8rem; border-radius: 8px; border: 1px solid #8a8f98; }
  button { background: #0b6e4f; color: #fff; border-color: #0b6e4f; cursor: pointer; }
  /* A field's message (the code form sent empty): on its own line, under the field. */
  .field-error { flex-basis: 100%; margin: 0; color: #b3261e; font-weight: 600; }
  [aria-invalid="true"] { border: 2px solid #b3261e; }
  /* The keyboard's ring: solid, 3 px, drawn 2 px outside the control (Chromium's own sat on its edge, on the
     green button hardly seen), in the page's green; nothing around a control clips it (main keeps its padding). */
  :focus-visible { outline: 3px solid #0b6e4f; outline-offset: 2px; }
  /* A field reached by the keyboard comes into view with its label (above it on a phone). */
  input { scroll-margin-block: 3.5rem 1rem; }
  /* Links to go on from a page (the 404's): a finger's height each (44 px), not 22 px lines. */
  .go a { display: inline-flex; align-items: center; min-height: 2.75rem; }
  @media (prefers-color-scheme: dark) { body { background: #161615; color: #ecece8; } input { background: #222; color: inherit; } .field-error { color: #ff8a80; } [aria-invalid="true"] { border-color: #ff8a80; } :focus-visible { outline-color: #7fd8b4; } }
</style>
</head>
<body>
${options.body}
</body>
</html>`
}

/** The 404 page's policy: its own inline style and the favicon, nothing else; never framed. */
const NOT_FOUND_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/**
 * What a person's browser gets for a page nothing serves (a mistyped or truncated link): a page in
 * their language (`?lang=`, else Arabic, as every page) that says so and links to where they can
 * start, instead of the API's problem+json. The path is not echoed back.
 */
export function notFoundPage(lang: 'ar' | 'en'): Response {
  const ar = lang === 'ar'
  const q = ar ? '' : '?lang=en'
  const links: [string, string][] = ar
    ? [
        ['/', 'الصفحة الرئيسية'],
        ['/a', 'افتح واجبًا برمزه'],
        ['/teach', 'صفحة المعلّم'],
        ['/studio', 'استوديو الاختبارات'],
      ]
    : [
        ['/', 'Home page'],
        ['/a', 'Open an assignment with its code'],
        ['/teach', 'Teacher page'],
        ['/studio', 'Quiz studio'],
      ]
  const body = html`<main>
<h1>${ar ? 'لا توجد صفحة بهذا العنوان' : 'There is no page at this address'}</h1>
<p>${ar ? 'تحقّق من الرابط (ربما نقص منه شيء)، أو ابدأ من إحدى هذه الصفحات:' : 'Check the link (part of it may be missing), or start from one of these pages:'}</p>
<ul class="go">${links.map(([href, text]) => html`<li><a href="${href === '/' ? href : href + q}">${text}</a></li>`)}</ul>
<p class="go">${ar ? html`<a href="?lang=en" lang="en" hreflang="en">This page in English</a>` : html`<a href="?lang=ar" lang="ar" hreflang="ar" dir="rtl">هذه الصفحة بالعربية</a>`}</p>
</main>`
  return new Response(page({ lang, title: ar ? 'الصفحة غير موجودة — فهم' : 'Page not found — fahm', body }).toString(), {
    status: 404,
    headers: {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Language': lang,
      'Content-Security-Policy': NOT_FOUND_CSP,
      Vary: 'Accept',
    },
  })
}
