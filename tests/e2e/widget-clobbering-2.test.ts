import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { openFresh, useBrowser, watchPage } from './browser.ts'
import { QUIZ } from './host-pages.ts'

/**
 * A host page whose elements are named after the document's own properties: an <img>, <form> or
 * <embed> with a name (and any element with an id, on window) replaces `document.body`,
 * `document.createElement`… for every script of the page (DOM clobbering). The widget (and Preact,
 * which makes its nodes with createElementNS and createTextNode) still renders, answers and grades,
 * and leaves the page's elements where the page put them.
 */

const fahm = inject('fahmUrl')
const browser = useBrowser()

/** Each element replaces `document[name]` (window's addEventListener for the id). */
const CLOBBERING = `<img name="body" alt=""><embed name="head"><img name="defaultView" alt=""><img name="documentElement" alt="">
<form name="createElement"></form><form name="createElementNS"></form><form name="createTextNode"></form>
<img name="querySelector" alt=""><img name="readyState" alt=""><img name="currentScript" alt="">
<img name="addEventListener" alt=""><div id="addEventListener"></div><form name="ownerDocument"></form>`

const NAMES = [
  'body',
  'head',
  'defaultView',
  'documentElement',
  'createElement',
  'createElementNS',
  'createTextNode',
  'querySelector',
  'readyState',
  'currentScript',
]

/**
 * Each row: the page's language, its embed, where the widget shows, the language it shows in, and
 * the strings it loads on a first visit (widget-ui.<lang>.js): those of its language when it has
 * one, else both. On the next visit only those of the language it shows in load.
 */
const rows = [
  {
    // A synchronous tag in <body> with data-target: it runs while the page is still loading, and
    // places the quiz on DOMContentLoaded.
    embed: 'a script tag placed on DOMContentLoaded',
    page: 'en',
    html: `<script src="${fahm}/widget.js" data-quiz="${QUIZ}" data-lang="en" data-target="#slot"></script><div id="slot"></div>`,
    widget: '#slot',
    shows: 'en',
    loads: ['en'],
  },
  {
    embed: 'a script tag on an Arabic page',
    page: 'ar',
    html: `<script src="${fahm}/widget.js" data-quiz="${QUIZ}" async></script>`,
    widget: 'script[data-quiz] + div',
    shows: 'ar',
    loads: ['ar', 'en'],
  },
  // Without a language of its own the widget speaks the quiz's (Arabic).
  {
    embed: 'a <fahm-quiz> element',
    page: 'en',
    html: `<fahm-quiz quiz="${QUIZ}"></fahm-quiz><script src="${fahm}/widget.js" async></script>`,
    widget: 'fahm-quiz',
    shows: 'ar',
    loads: ['ar', 'en'],
  },
  {
    embed: 'a <fahm-quiz> with the article (widget-full.js)',
    page: 'en',
    html: `<fahm-quiz quiz="${QUIZ}" lang="en" show-article></fahm-quiz><script src="${fahm}/widget.js" async></script>`,
    widget: 'fahm-quiz',
    shows: 'en',
    loads: ['en'],
  },
] as const

/**
 * In the page: the element `inner` in the widget's shadow root, clicked when `click`; false when
 * absent. The host is found as the browser defines `document.querySelector`: the page replaced the
 * document's own, and Playwright's locators, which read `document.body`, break on it.
 */
const inWidget = ([host, inner, click]: readonly [string, string, boolean]) => {
  const el = (Document.prototype.querySelector.call(document, host) as Element | null)?.shadowRoot?.querySelector<HTMLElement>(inner)
  if (el && click) el.click()
  return el ? el.getAttribute('lang') || true : false
}

// The host pages: /<index> is the page of that row, any other path a page without the widget (a server of its own, on 127.0.0.1 like fahm's:
// Chromium lets a page reach the loopback address only from there).
let server: Server
let host = ''
beforeAll(async () => {
  server = createServer((req, res) => {
    const row = rows[Number(req.url?.slice(1))]
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(
      row
        ? `<!doctype html><html lang="${row.page}"${row.page === 'ar' ? ' dir="rtl"' : ''}><head><meta charset="utf-8"><title>Clobbered</title></head><body>
${CLOBBERING}<h1>An article</h1><p>Some text of the page.</p>${row.html}<p>The end of the page.</p></body></html>`
        : '<!doctype html><title>No widget here</title>',
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('a page whose elements are named like the document’s properties', () => {
  it.each(rows.map((row, index) => ({ ...row, index })))(
    '$embed: the quiz renders, is answered and graded',
    async ({ index, shows, loads, widget: selector }) => {
      const page = await openFresh(browser.context, `${host}/none`)
      const watch = await watchPage(page)
      const strings: string[] = []
      page.on('request', (request) => {
        const lang = /\/widget-ui\.(\w+)\.js$/.exec(request.url())?.[1]
        if (lang) strings.push(lang)
      })
      await page.goto(`${host}/${index}`)
      // The page's elements did replace the document's properties: a widget that read them would break.
      const replaced = await page.evaluate((names) => names.filter((name) => (document as unknown as Record<string, unknown>)[name] instanceof Element), NAMES)
      expect(replaced).toEqual(NAMES)
      const until = (inner: string, timeout = 20_000) => page.waitForFunction(inWidget, [selector, inner, false] as const, { timeout })
      const click = (inner: string) => page.evaluate(inWidget, [selector, inner, true] as const)
      // The first question shows, in the widget's language.
      await until('fieldset .p')
      expect(await page.evaluate(inWidget, [selector, '.w', false] as const)).toBe(shows)
      // The right choice of the first question, checked: the server grades it right.
      await click('label.o:has(input[value="japan-surrender"])')
      await until('form button[type=submit]:enabled', 10_000)
      await click('form button[type=submit]')
      await until('.fb.ok')
      expect(strings.sort()).toEqual(loads)
      // The next visit knows the quiz's language: only its strings load.
      strings.length = 0
      await page.reload()
      await until('fieldset .p')
      expect(strings).toEqual([shows])
      // Still the page's own elements, where the page put them.
      expect(await page.evaluate(() => [(document.body as unknown as Element).tagName, (document.head as unknown as Element).tagName])).toEqual([
        'IMG',
        'EMBED',
      ])
      expect(watch.errors).toEqual([])
      await page.close()
    },
  )
})
