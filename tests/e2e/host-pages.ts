/**
 * Pages of the "host" site the e2e tests embed fahm into: another origin, a stylesheet that tries
 * to restyle everything, and (set by the server) a strict Content-Security-Policy.
 */

import { quizSnippets } from '../../src/studio/snippets.ts'

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

  if (url.pathname.startsWith('/foreign/')) return foreignPage(url.pathname.slice('/foreign/'.length), q, fahm)
  switch (url.pathname) {
    case '/script':
      return page('script tag', `<script src="${fahm}/widget.js" ${attrs('data-')} async></script>`, hostile)
    case '/element':
      return page('custom element', `<fahm-quiz id="quiz" ${attrs('')}></fahm-quiz>\n<script src="${fahm}/widget.js" async></script>`, hostile, root)
    // The snippets the studio hands out (src/studio/snippets.ts), with their preloads.
    case '/snippet-script':
    case '/snippet-element': {
      const kind = url.pathname === '/snippet-script' ? 'script' : 'element'
      return page(`${kind} snippet`, quizSnippets(new URL(fahm).origin, quiz, lang === 'en' ? 'en' : 'ar', 'Quiz').find((s) => s.kind === kind)!.code, hostile)
    }
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

/**
 * Pages of real sites the widget meets: `/foreign/<name>?lang=…` embeds the quiz into page `<name>`,
 * whose stylesheet is `/foreign/<name>.css` and whose own script (run before the widget's) is
 * `/foreign/<name>.js`. Their CSP is as strict as the others', except that the host's own
 * scripts come from 'self'.
 */
export type ForeignPage = {
  /** No doctype: the browser lays the page out in quirks mode. */
  quirks?: boolean
  /** The page's language and direction. */
  lang: 'ar' | 'en'
  /** The page's own styles (rules copied from the frameworks and themes named). */
  css: string
  /** The page's own script, run before widget.js. */
  script?: string
  /**
   * How widget.js comes: a <fahm-quiz> and an async script (`element`), a script tag (`script`), both
   * twice (`twice`), an element whose script a tag manager inserts after DOMContentLoaded
   * (`tag-manager`, a script tag embed inserted as a tag manager does), a deferred script tag (`defer`),
   * or a script tag of type module (`module`: no document.currentScript), or a script tag in <head>
   * (`head`, with the attributes `?load=` names: `async`, `defer` or none).
   */
  embed: 'element' | 'script' | 'twice' | 'tag-manager' | 'defer' | 'module' | 'head'
  /** The page around the widget (`{{quiz}}` is where it goes). */
  layout: string
}

const article = (lang: 'ar' | 'en') =>
  lang === 'ar'
    ? '<h1>كيم يلتقي بوتين في بكين</h1><p>وصل الزعيم الكوري الشمالي إلى العاصمة الصينية لحضور العرض العسكري، في أول ظهور له مع الزعيمين معاً.</p>'
    : '<h1>Kim meets Putin in Beijing</h1><p>The North Korean leader arrived in the Chinese capital for the military parade, his first appearance with both leaders together.</p>'

// A few of the global rules each framework or theme ships (copied, as the pages have no network).
const BOOTSTRAP_REBOOT = `*,::after,::before{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:1rem;font-weight:400;line-height:1.5;color:#212529;background-color:#fff;-webkit-text-size-adjust:100%}
h1{margin-top:0;margin-bottom:.5rem;font-weight:500;line-height:1.2;font-size:calc(1.375rem + 1.5vw)}
p{margin-top:0;margin-bottom:1rem}
label{display:inline-block}
button{border-radius:0}
button:focus:not(:focus-visible){outline:0}
button,input{margin:0;font-family:inherit;font-size:inherit;line-height:inherit}
[type=button],button{-webkit-appearance:button}
fieldset{min-width:0;padding:0;margin:0;border:0}
legend{float:left;width:100%;padding:0;margin-bottom:.5rem;font-size:calc(1.275rem + .3vw);line-height:inherit}
[hidden]{display:none!important}
.container{width:100%;padding-right:.75rem;padding-left:.75rem;margin-right:auto;margin-left:auto}
@media (min-width:576px){.container{max-width:540px}}
@media (min-width:768px){.container{max-width:720px}}
@media (min-width:992px){.container{max-width:960px}}
@media (min-width:1200px){.container{max-width:1140px}}
.row{display:flex;flex-wrap:wrap;margin-right:-.75rem;margin-left:-.75rem}
.row>*{flex-shrink:0;width:100%;max-width:100%;padding-right:.75rem;padding-left:.75rem}
@media (min-width:768px){.col-md-8{flex:0 0 auto;width:66.66666667%}.col-md-4{flex:0 0 auto;width:33.33333333%}}
.d-flex{display:flex!important}.gap-3{gap:1rem!important}
.card{position:relative;display:flex;flex-direction:column;min-width:0;word-wrap:break-word;border:1px solid rgba(0,0,0,.175);border-radius:.375rem}
.card-body{flex:1 1 auto;padding:1rem}`

const TAILWIND_PREFLIGHT = `*,::after,::before{box-sizing:border-box;border-width:0;border-style:solid;border-color:#e5e7eb}
html{line-height:1.5;-webkit-text-size-adjust:100%;tab-size:4;font-family:ui-sans-serif,system-ui,sans-serif}
body{margin:0;line-height:inherit}
h1,h2,h3,p,figure,blockquote{margin:0}
h1,h2,h3{font-size:inherit;font-weight:inherit}
ol,ul{list-style:none;margin:0;padding:0}
button,input{font-family:inherit;font-size:100%;font-weight:inherit;line-height:inherit;color:inherit;margin:0;padding:0}
button,[type=button]{-webkit-appearance:button;background-color:transparent;background-image:none}
:-moz-focusring{outline:auto}
img,svg,video,canvas,iframe,embed,object{display:block;vertical-align:middle;max-width:100%}
[hidden]{display:none}
.flex{display:flex}.gap-6{gap:1.5rem}.mx-auto{margin-left:auto;margin-right:auto}.max-w-prose{max-width:65ch}.p-4{padding:1rem}.text-3xl{font-size:1.875rem;line-height:2.25rem}.font-bold{font-weight:700}`

/** What the quiz's neighbours on hostile-but-ordinary pages do to every element, the widget's host included. */
const GLOBAL_RESETS = `*{box-sizing:content-box}
:root{--bg:#000;--fg:#0f0;--ac:#f0f;--on:#ff0;--ln:#0ff;--mu:#f00;--ok:#f00;--no:#0f0;--r:0;--ti:#000}
html{font-size:62.5%}
body{font:1.8rem/1.2 Georgia,serif;color:#333}
div{padding:10px;margin-bottom:20px}
button{all:unset;background:#c00;color:#fff;padding:2px;font-size:10px;height:20px!important}
input{width:300px;height:12px;-webkit-appearance:none;appearance:none;border:3px solid red}
[hidden]{display:block!important}
fahm-quiz{font-size:12px;line-height:1;text-transform:uppercase;letter-spacing:.2em;word-spacing:1em;text-align:justify;white-space:nowrap;visibility:visible}
:focus{outline:none!important}`

export const FOREIGN_PAGES: Record<string, ForeignPage> = {
  // An old CMS: no doctype, a layout table, <font> and a fixed-width left column.
  quirks: {
    quirks: true,
    lang: 'en',
    css: 'body{margin:4px;font:13px Verdana,sans-serif}table{border-collapse:collapse}td{vertical-align:top;padding:6px}.nav{background:#eef}',
    embed: 'script',
    layout: `<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="nav" width="160"><font size="2">Home<br>World<br>Sport</font></td><td>${article('en')}<table><tr><td>{{quiz}}</td></tr></table></td></tr></table>`,
  },
  bootstrap: {
    lang: 'en',
    css: BOOTSTRAP_REBOOT,
    embed: 'element',
    layout: `<div class="container"><div class="row"><div class="col-md-8">${article('en')}<div class="d-flex gap-3">{{quiz}}</div></div><aside class="col-md-4"><div class="card"><div class="card-body">Most read</div></div></aside></div></div>`,
  },
  tailwind: {
    lang: 'en',
    css: TAILWIND_PREFLIGHT,
    embed: 'element',
    layout: `<article class="mx-auto max-w-prose p-4"><div class="text-3xl font-bold">Kim meets Putin</div>${article('en')}<div class="flex gap-6">{{quiz}}</div></article>`,
  },
  // A WordPress-like Arabic theme: 62.5% root, RTL body, its own Arabic web font (here a local() face).
  'arabic-news': {
    lang: 'ar',
    css: `@font-face{font-family:"Theme Naskh";src:local("Noto Naskh Arabic"),local("Noto Sans Arabic")}
html{font-size:62.5%}body{direction:rtl;text-align:right;font:1.7rem/1.9 "Theme Naskh",serif;margin:0;background:#f7f3ec}
.site{max-width:1200px;margin:0 auto;display:flex;gap:2rem;padding:1.5rem}.entry{flex:1}.sidebar{width:30rem;flex:none}
@media (max-width:767px){.site{display:block}.sidebar{width:auto}}`,
    embed: 'script',
    layout: `<div class="site"><div class="entry">${article('ar')}{{quiz}}</div><aside class="sidebar">الأكثر قراءة</aside></div>`,
  },
  // The column is zoomed, and a card around the quiz scaled, as some themes do for "large text".
  zoom: {
    lang: 'en',
    css: 'body{margin:0}.zoomed{zoom:1.25;padding:8px}.scaled{transform:scale(.9);transform-origin:top left}',
    embed: 'element',
    layout: `<div class="zoomed">${article('en')}<div class="scaled">{{quiz}}</div></div>`,
  },
  sidebar: {
    lang: 'en',
    css: 'body{margin:0;display:flex}.main{flex:1;padding:1rem;min-width:0}.side{width:280px;flex:none;padding:8px;box-sizing:border-box;background:#eee}@media (max-width:600px){body{display:block}.side{width:auto}}',
    embed: 'element',
    layout: `<div class="main">${article('en')}</div><aside class="side">{{quiz}}</aside>`,
  },
  wide: {
    lang: 'en',
    css: 'body{margin:0}.wide{width:1600px;padding:0 16px}',
    embed: 'element',
    layout: `<div class="wide">${article('en')}{{quiz}}</div>`,
  },
  resets: {
    lang: 'en',
    css: GLOBAL_RESETS,
    embed: 'element',
    layout: `<div>${article('en')}{{quiz}}</div>`,
  },
  // Scripts that change the built-ins and globals the widget meets, and a customElements polyfill
  // that wraps define() as the old webcomponents.js one did.
  'host-scripts': {
    lang: 'en',
    css: '',
    script: `Array.prototype.includes = function (x) { return this.indexOf(x) !== -1 && x !== undefined ? true : false };
Array.prototype.last = function () { return this[this.length - 1] };
Object.prototype.extend = function () { return this };
Object.defineProperty(Object.prototype, 'enumerableOops', { value: 1, enumerable: true, writable: true, configurable: true });
window.h = function () { throw new Error('the page\\'s own h') };
window.Fragment = 'not preact';
window.process = { env: { NODE_ENV: 'development' } };
(function () { var define = customElements.define.bind(customElements); customElements.define = function (name, cls, options) { window.definedByPolyfill = (window.definedByPolyfill || []).concat(name); return define(name, cls, options) } })();`,
    embed: 'element',
    layout: `${article('en')}{{quiz}}`,
  },
  twice: { lang: 'en', css: '', embed: 'twice', layout: `${article('en')}{{quiz}}` },
  'tag-manager': {
    lang: 'en',
    css: '',
    embed: 'tag-manager',
    layout: `${article('en')}{{quiz}}`,
  },
  defer: { lang: 'en', css: '', embed: 'defer', layout: `${article('en')}{{quiz}}` },
  module: { lang: 'ar', css: '', embed: 'module', layout: `${article('ar')}{{quiz}}` },
  // A CMS's "header scripts" box: the script tag in <head>, without data-target.
  head: { lang: 'en', css: '', embed: 'head', layout: article('en') },
  'head-ar': { lang: 'ar', css: '', embed: 'head', layout: article('ar') },
  // Elements named like the widget's globals and like document.currentScript (DOM clobbering): the
  // image's src is the page's, never where the widget's scripts come from.
  clobbered: {
    lang: 'en',
    css: '',
    embed: 'script',
    layout: `<div id="Fahm">Fahm</div><img name="Fahm" alt=""><form name="fahm" id="FahmFull"><input name="mount"></form>
<img name="currentScript" src="/foreign/clobbered.css" alt=""><form id="FahmStrings"><input name="ar"><input name="en"><input name="css"></form>
${article('en')}<fahm-quiz id="quiz" quiz="${QUIZ}"></fahm-quiz>{{quiz}}`,
  },
  // The quiz straight in a full-width page, on a wide screen.
  'full-width': { lang: 'en', css: 'body{margin:0;padding:0 24px}', embed: 'element', layout: `${article('en')}{{quiz}}` },
  'full-width-ar': { lang: 'ar', css: 'body{margin:0;padding:0 24px}', embed: 'element', layout: `${article('ar')}{{quiz}}` },
}

/** The page `/foreign/<name>` (null for no such page). */
export function foreignPage(name: string, q: URLSearchParams, fahm: string): string | null {
  const spec = FOREIGN_PAGES[name]
  if (!spec) return null
  const quiz = esc(q.get('quiz') ?? QUIZ)
  const lang = q.get('lang') === 'ar' || q.get('lang') === 'en' ? q.get('lang')! : spec.lang
  const theme = q.get('theme') ? ` theme="${esc(q.get('theme')!)}"` : ''
  const widget = `${fahm}/widget.js`
  const element = `<fahm-quiz id="quiz" quiz="${quiz}" lang="${lang}"${theme}></fahm-quiz>`
  const tag = (extra: string) => `<script src="${widget}" data-quiz="${quiz}" data-lang="${lang}"${theme.replace(' theme', ' data-theme')} ${extra}></script>`
  const quizHtml = {
    element: `${element}<script src="${widget}" async></script>`,
    script: tag('async'),
    twice: `${element}<script src="${widget}" async></script><script src="${widget}" async></script>`,
    // The tag manager's snippet inserts the script after DOMContentLoaded, with data-target.
    'tag-manager': `<div id="slot"></div><script src="/foreign/tag-manager.js" data-fahm="${widget}" data-quiz="${quiz}" data-lang="${lang}"></script>`,
    defer: `<div id="slot"></div>${tag('defer data-target="#slot"')}`,
    module: tag('type="module"'),
    head: '',
  }[spec.embed]
  const headTag = spec.embed === 'head' ? tag(esc(q.get('load') ?? '')) : ''
  const dir = spec.lang === 'ar' ? ' dir="rtl"' : ''
  return `${spec.quirks ? '' : '<!doctype html>\n'}<html lang="${spec.lang}"${spec.quirks ? '' : dir}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(name)}</title>
<link rel="stylesheet" href="/foreign/${esc(name)}.css">
${spec.script ? `<script src="/foreign/${esc(name)}.js"></script>` : ''}
${headTag}
</head>
<body>
<p id="before">Host text before the quiz.</p>
${spec.layout.replace('{{quiz}}', quizHtml)}
<p id="after">Host text after the quiz.</p>
</body>
</html>`
}

/** The tag manager's script: after DOMContentLoaded, a script tag embed inserted into #slot's parent. */
const TAG_MANAGER = `(function () {
  var me = document.currentScript
  document.addEventListener('DOMContentLoaded', function () {
    setTimeout(function () {
      var s = document.createElement('script')
      s.src = me.dataset.fahm
      s.async = true
      s.setAttribute('data-quiz', me.dataset.quiz)
      s.setAttribute('data-lang', me.dataset.lang)
      s.setAttribute('data-target', '#slot')
      document.body.appendChild(s)
    }, 50)
  })
})()`

/** The stylesheet or script of a foreign page (`/foreign/<name>.css|js`), or null. */
export function foreignAsset(path: string): { type: string; body: string } | null {
  const m = /^\/foreign\/([\w-]+)\.(css|js)$/.exec(path)
  if (!m) return null
  if (m[1] === 'tag-manager' && m[2] === 'js') return { type: 'text/javascript', body: TAG_MANAGER }
  const spec = FOREIGN_PAGES[m[1]!]
  if (!spec) return null
  return m[2] === 'css' ? { type: 'text/css', body: spec.css } : spec.script ? { type: 'text/javascript', body: spec.script } : null
}
