// npm run bench:widget — the widget's size, and how long a reader waits for the first question.
//
// Builds the widget and prints the minified, gzip and brotli sizes of widget.js (and of what it
// loads: its strings and styles per language, widget-full.js). Then runs the Worker as it deploys on
// workerd directly (scripts/workerd.mjs: the `wrangler deploy --dry-run` bundle through Miniflare,
// no `wrangler dev` proxy, which adds its own latency), serving public/ as Workers Static Assets do,
// and a host page server on another port, and loads in headless Chromium, interleaved, with the
// HTTP cache disabled (a first visit: every file comes from the server):
//   - the host page with the widget's script tag: navigation → first question visible;
//   - the same page without the widget: navigation → its last paragraph visible.
// Each pair is measured two ways:
//   - in one tab that goes from page to page, as a reader with the browser open does;
//   - in a new tab each time. Here each tab is a new renderer process that sets up its fonts itself
//     (a --no-sandbox Linux Chromium has no font service), which costs the widget's Arabic text tens
//     of milliseconds an English host page does not pay.
// And on two host pages: an English one, and an Arabic one (right to left, Arabic text), the page of
// the news sites the widget is first made for, where the page itself pays for the Arabic fonts.
// Prints medians, the difference (goal: within 100 ms) and the ratio, for each.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { launch } from './chromium.mjs'
import { freePort } from './local-server.mjs'
import { startBundledWorker } from './workerd.mjs'

const RUNS = Number(process.env.RUNS ?? 15)
const QUIZ = 'kim-putin-beijing'
const GOAL_MS = 100
const root = new URL('..', import.meta.url).pathname

execFileSync(process.execPath, [join(root, 'scripts/build-widget.mjs')], { cwd: root, stdio: 'ignore' })
const kb = (n) => (n / 1024).toFixed(2) + ' KB'
for (const file of ['widget.js', 'widget-ui.ar.js', 'widget-ui.en.js', 'widget-full.js']) {
  const code = readFileSync(join(root, 'public', file))
  const gz = gzipSync(code, { level: 9 }).length
  console.log(`${file}: ${code.length} B minified (${kb(code.length)}), ${gz} B gzip -9 (${kb(gz)}), ${brotliCompressSync(code).length} B brotli`)
  if (file === 'widget.js') console.log(`  budget 12 KB gzipped: ${gz <= 12 * 1024 ? 'within' : 'OVER'} (${12 * 1024 - gz} B left)`)
}

const { base: fahm, mf } = await startBundledWorker({ d1: 'bench-widget', assets: true })
let server
let browser
try {
  const probe = await fetch(`${fahm}/widget.js`)
  if (!probe.ok) throw new Error(`workerd does not serve widget.js as a static asset: ${probe.status}`)
  console.log(`\nworkerd via Miniflare on ${fahm}, public/ as static assets`)

  const hosts = {
    'an English page': { lang: 'en', dir: 'ltr', title: 'An article page', text: 'Some host text. ', end: 'The end of the page.' },
    'an Arabic page': { lang: 'ar', dir: 'rtl', title: 'صفحة مقال', text: 'نص من صفحة الموقع. ', end: 'نهاية الصفحة.' },
  }
  const hostPage = (page, widget) => `<!doctype html><html lang="${page.lang}" dir="${page.dir}"><head><meta charset="utf-8"><title>bench</title></head>
<body><h1>${page.title}</h1><p>${page.text.repeat(40)}</p>
${widget ? `<script src="${fahm}/widget.js" data-quiz="${QUIZ}" async></script>` : ''}
<p id="after">${page.end}</p></body></html>`
  // /<lang>/widget and /<lang>/plain
  server = createServer((req, res) => {
    const [, lang, kind] = req.url.split('/')
    const page = Object.values(hosts).find((host) => host.lang === lang) ?? hosts['an English page']
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
    res.end(hostPage(page, kind === 'widget'))
  })
  const hostPort = await freePort()
  await new Promise((r) => server.listen(hostPort, '127.0.0.1', r))
  const host = `http://127.0.0.1:${hostPort}`

  browser = await launch()
  const { context } = browser
  // Polls every frame from the start of the document: time since navigation start at which the
  // target is in the DOM with a non-empty box.
  await context.addInitScript(() => {
    const find = () => {
      const shadow = document.querySelector('script[data-quiz] + div')?.shadowRoot
      return location.pathname.endsWith('/widget') ? shadow?.querySelector('fieldset .p') : document.getElementById('after')
    }
    const tick = () => {
      const el = find()
      if (el && el.getBoundingClientRect().height > 0) window.__visible = performance.now()
      else requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })

  // The HTTP cache is off in every tab: each visit fetches widget.js, its strings and the quiz.
  const openTab = async () => {
    const page = await context.newPage()
    await (await context.newCDPSession(page)).send('Network.setCacheDisabled', { cacheDisabled: true })
    return page
  }
  const sameTab = await openTab()
  const tabs = {
    'one tab, page to page': { page: async () => sameTab, done: async () => {} },
    'a new tab each time': { page: openTab, done: (page) => page.close() },
  }
  const modes = Object.entries(hosts).flatMap(([hostName, hostPageOf]) =>
    Object.entries(tabs).map(([tabName, tab]) => ({ name: `${hostName}, ${tabName}`, lang: hostPageOf.lang, ...tab, times: { with: [], without: [] } })),
  )
  const measure = async (mode, kind) => {
    const page = await mode.page()
    await page.goto(`${host}/${mode.lang}/${kind === 'with' ? 'widget' : 'plain'}`)
    await page.waitForFunction(() => window.__visible !== undefined, null, { timeout: 30_000 })
    mode.times[kind].push(await page.evaluate(() => window.__visible))
    await mode.done(page)
  }
  // Warm-up: the Worker parses the quiz once per isolate.
  for (const mode of modes) for (const kind of ['with', 'without']) await measure(mode, kind)
  for (const mode of modes) mode.times.with.length = mode.times.without.length = 0
  for (let i = 0; i < RUNS; i++) {
    // Interleaved, alternating which goes first: CPU throttling bursts hit both alike.
    for (const mode of modes) for (const kind of i % 2 ? ['without', 'with'] : ['with', 'without']) await measure(mode, kind)
  }
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b)
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
  }
  console.log(`navigation → visible, median of ${RUNS} interleaved first visits (HTTP cache off) in headless Chromium:`)
  for (const { name, times } of modes) {
    const mWith = median(times.with)
    const mWithout = median(times.without)
    const difference = mWith - mWithout
    console.log(`  ${name}:`)
    console.log(`    page without the widget (last paragraph):   ${mWithout.toFixed(1)} ms`)
    console.log(`    page with the widget (first question):      ${mWith.toFixed(1)} ms`)
    console.log(
      `    difference ${difference.toFixed(1)} ms (goal ≤ ${GOAL_MS} ms: ${difference <= GOAL_MS ? 'met' : 'NOT met'}), ratio ${(mWith / mWithout).toFixed(2)}×`,
    )
    console.log(
      `    (with: min ${Math.min(...times.with).toFixed(1)}, max ${Math.max(...times.with).toFixed(1)}; without: min ${Math.min(...times.without).toFixed(1)}, max ${Math.max(...times.without).toFixed(1)})`,
    )
  }
} finally {
  await browser?.close()
  server?.close()
  await mf.dispose()
}
