/**
 * Pages of the "host" site the e2e tests embed fahm into: another origin, a stylesheet that tries
 * to restyle everything, and (set by the server) a strict Content-Security-Policy.
 */

export const QUIZ = 'kim-putin-beijing'

/** Tries to break any widget it can reach; class names are the widget's own. */
export const HOSTILE_CSS = `
* { all: unset; color: red !important; font-family: "Courier New", monospace !important; line-height: 3 !important; }
html, body, div, p, main { display: block; }
button { background: red !important; color: yellow !important; }
input { display: none !important; }
.w, .o, .p, .fb, .row, header { border: 5px solid lime !important; font-weight: 900 !important; }
fahm-quiz, div, iframe { direction: ltr !important; text-align: right !important; }
`

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

function page(title: string, body: string, hostile: boolean, rootFontSize = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
${hostile ? '<link rel="stylesheet" href="/hostile.css">' : ''}
${rootFontSize ? `<link rel="stylesheet" href="/root.css?size=${encodeURIComponent(rootFontSize)}">` : ''}
</head>
<body>
<main>
<p id="before" class="w o p">Host text before the quiz.</p>
${body}
<p id="after" class="fb row">Host text after the quiz.</p>
</main>
</body>
</html>`
}

/** The stylesheet of `/root.css?size=…`: the page's root font size (a link, as the page's CSP forbids inline styles). */
export const rootFontCss = (size: string) => `html { font-size: ${/^[\d.]+(%|px|em|rem)$/.test(size) ? size : 'medium'} }`

/** The host page for `url` (path = embed method, query = options), or null for an unknown path. */
export async function hostPage(url: URL, fahm: string): Promise<string | null> {
  const q = url.searchParams
  const quiz = q.get('quiz') ?? QUIZ
  const lang = q.get('lang') ?? ''
  const mode = q.get('mode') ?? ''
  const hostile = q.get('hostile') !== '0'
  // The page's root font size (`root=62.5%`, as many sites set it so that 1rem is 10px).
  const root = q.get('root') ?? ''
  const attrs = (prefix: string) =>
    [
      [`${prefix}quiz`, quiz],
      [`${prefix}lang`, lang],
      [`${prefix}mode`, mode],
      [`${prefix}theme`, q.get('theme') ?? ''],
      [`${prefix}digits`, q.get('digits') ?? ''],
    ]
      .filter(([, v]) => v)
      .map(([k, v]) => `${k}="${esc(v!)}"`)
      .join(' ') + (q.has('article') ? ` ${prefix}show-article` : '')
  const embedSrc = new URL(`/embed/${encodeURIComponent(quiz)}`, fahm)
  if (lang) embedSrc.searchParams.set('lang', lang)
  if (mode) embedSrc.searchParams.set('mode', mode)

  switch (url.pathname) {
    case '/script':
      return page('script tag', `<script src="${fahm}/widget.js" ${attrs('data-')} async></script>`, hostile)
    case '/element':
      return page('custom element', `<fahm-quiz id="quiz" ${attrs('')}></fahm-quiz>\n<script src="${fahm}/widget.js" async></script>`, hostile, root)
    case '/iframe':
      return page(
        'iframe',
        `<iframe id="frame" src="${esc(embedSrc.href)}" data-fahm title="Quiz" width="100%" height="300" frameborder="0"></iframe>\n<script src="${fahm}/embed-resizer.js" async></script>`,
        hostile,
      )
    case '/oembed': {
      // What a CMS does with an oEmbed provider: fetch the JSON server-side and paste its html.
      const endpoint = new URL('/oembed', fahm)
      endpoint.searchParams.set('url', embedSrc.href)
      endpoint.searchParams.set('format', 'json')
      const res = await fetch(endpoint)
      if (!res.ok) throw new Error(`oEmbed ${res.status}: ${await res.text()}`)
      const data = (await res.json()) as { html: string }
      return page('oEmbed', data.html, hostile)
    }
    case '/two':
      return page(
        'two widgets',
        `<fahm-quiz id="one" quiz="${esc(quiz)}" lang="ar"></fahm-quiz>\n<fahm-quiz id="two" quiz="${esc(quiz)}" lang="en" mode="all"></fahm-quiz>\n<script src="${fahm}/widget.js" async></script>`,
        hostile,
      )
    case '/blank':
      return page('JS API', `<div id="target"></div>\n<script src="${fahm}/widget.js"></script>`, hostile)
    default:
      return null
  }
}
