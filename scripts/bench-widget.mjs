// npm run bench:widget — the widget's size, and how long a reader waits for the first question.
//
// Builds the widget and prints the minified, gzip and brotli sizes of widget.js (and of what it
// loads: its strings and styles per language, widget-full.js). Then runs the Workers as they deploy on
// workerd directly (scripts/workerd.mjs: the `wrangler deploy --dry-run` bundles through Miniflare,
// no `wrangler dev` proxy, which adds its own latency): the front Worker serving public/ as Workers
// Static Assets do, the app behind it,
// and a host page server on another port, and loads in headless Chromium, interleaved, with the
// HTTP cache disabled (a first visit: every file comes from the server):
//   - the host page with the snippet the studio hands out (src/studio/snippets.ts: widget.js, and
//     preloads of the quiz and its strings): navigation → first question visible;
//   - the same page with the script tag alone, as it was handed out before (no preloads);
//   - the same page without the widget: navigation → its last paragraph visible.
// Each is measured two ways:
//   - in one tab that goes from page to page, as a reader with the browser open does;
//   - in a new tab each time. Here each tab is a new renderer process that sets up its fonts itself
//     (a --no-sandbox Linux Chromium has no font service), which costs the widget's Arabic text tens
//     of milliseconds an English host page does not pay.
// And on two host pages: an English one, and an Arabic one (right to left, Arabic text), the page of
// the news sites the widget is first made for, where the page itself pays for the Arabic fonts.
// Prints medians, the difference (goal: within 100 ms) and the ratio, for each, when each file
// arrived, and the medians of the per-round differences (steadier than differences of medians: a
// round loads all three pages back to back). Any file loaded twice (a preload the widget did not
// take) stops the bench.
//
// BASELINE=<git revision> (e.g. BASELINE=HEAD) adds a fourth page to each round: the snippet of that
// revision with that revision's widget.js and strings (built from `git archive` into a temporary
// directory, served from public/bench-baseline/, the API named by data-api), so that a change is
// compared with the build before it in the same rounds. KINDS=without,baseline,snippet picks the
// pages (default: all; baseline-tag is the baseline's script tag alone), TABS=new or TABS=one the
// tabs (default: both).
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { launch } from './chromium.mjs'
import { freePort } from './local-server.mjs'
import { startBundledWorker } from './workerd.mjs'
import { quizSnippets } from '../src/studio/snippets.ts'

const RUNS = Number(process.env.RUNS ?? 15)
// LATENCY_MS=50: each request of the tabs waits that long for its response (Chromium's network
// emulation), as over a real network, where a request after widget.js costs another round trip.
const LATENCY_MS = Number(process.env.LATENCY_MS ?? 0)
const QUIZ = 'kim-putin-beijing'
const GOAL_MS = 100
const root = new URL('..', import.meta.url).pathname

const BASELINE = process.env.BASELINE
const WIDGET_FILES = ['widget.js', 'widget-ui.ar.js', 'widget-ui.en.js', 'widget-full.js']
const baselineDir = join(root, 'public/bench-baseline')

execFileSync(process.execPath, [join(root, 'scripts/build-widget.mjs')], { cwd: root, stdio: 'ignore' })
const kb = (n) => (n / 1024).toFixed(2) + ' KB'
const sizes = (dir, label) => {
  for (const file of WIDGET_FILES) {
    const code = readFileSync(join(dir, file))
    const gz = gzipSync(code, { level: 9 }).length
    console.log(`${label}${file}: ${code.length} B minified (${kb(code.length)}), ${gz} B gzip -9 (${kb(gz)}), ${brotliCompressSync(code).length} B brotli`)
    if (file === 'widget.js') console.log(`  budget 12 KB gzipped: ${gz <= 12 * 1024 ? 'within' : 'OVER'} (${12 * 1024 - gz} B left)`)
  }
}
sizes(join(root, 'public'), '')

// The baseline: the revision's sources built in a temporary directory (with this node_modules), its
// widget files copied to public/bench-baseline/ (removed at the end), and its snippet function.
let baselineSnippets
if (BASELINE) {
  const dir = mkdtempSync(join(tmpdir(), 'fahm-baseline-'))
  try {
    const archive = execFileSync('git', ['archive', BASELINE, 'src', 'scripts', 'package.json'], { cwd: root, maxBuffer: 1 << 28 })
    execFileSync('tar', ['-x', '-C', dir], { input: archive })
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
    mkdirSync(join(dir, 'public'))
    // Only the widget's entries: the build skips those whose source is missing.
    for (const other of ['src/teach/main.tsx', 'src/studio/main.tsx', 'src/xapi/browser.ts']) rmSync(join(dir, other), { force: true })
    execFileSync(process.execPath, [join(dir, 'scripts/build-widget.mjs')], { cwd: dir, stdio: 'ignore' })
    rmSync(baselineDir, { recursive: true, force: true })
    mkdirSync(baselineDir, { recursive: true })
    for (const file of WIDGET_FILES) cpSync(join(dir, 'public', file), join(baselineDir, file))
    sizes(baselineDir, `baseline ${BASELINE}: `)
    baselineSnippets = (await import(join(dir, 'src/studio/snippets.ts'))).quizSnippets
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
  process.on('exit', () => {
    rmSync(dir, { recursive: true, force: true })
    rmSync(baselineDir, { recursive: true, force: true })
  })
}

const { base: fahm, mf } = await startBundledWorker({ d1: 'bench-widget', front: true })
let server
let browser
try {
  const probe = await fetch(`${fahm}/widget.js`)
  if (!probe.ok) throw new Error(`workerd does not serve widget.js as a static asset: ${probe.status}`)
  console.log(`\nworkerd via Miniflare on ${fahm}: the front Worker with public/ as static assets, the app behind it`)

  const hosts = {
    'an English page': { lang: 'en', dir: 'ltr', title: 'An article page', text: 'Some host text. ', end: 'The end of the page.' },
    'an Arabic page': { lang: 'ar', dir: 'rtl', title: 'صفحة مقال', text: 'نص من صفحة الموقع. ', end: 'نهاية الصفحة.' },
  }
  // The snippet the studio hands out for the quiz (src/studio/snippets.ts, as docs/embed.md shows it),
  // and the script tag as it was before: without the preload links and fetchpriority.
  const snippet = quizSnippets(fahm, QUIZ, 'ar', '').find((s) => s.kind === 'script').code
  const tagOf = (code) =>
    code
      .split('\n')
      .filter((line) => !line.startsWith('<link'))
      .join('\n')
      .replace(' fetchpriority="high"', '')
  const allWidgets = { without: '', tag: tagOf(snippet), snippet }
  // The baseline's snippet, its widget files from public/bench-baseline/ and the API where it is;
  // baseline-tag: its script tag alone.
  if (baselineSnippets) {
    allWidgets.baseline = baselineSnippets(fahm, QUIZ, 'ar', '')
      .find((s) => s.kind === 'script')
      .code.replaceAll(`${fahm}/widget`, `${fahm}/bench-baseline/widget`)
      .replace('<script ', `<script data-api="${fahm}/" `)
    allWidgets['baseline-tag'] = tagOf(allWidgets.baseline)
  }
  const picked = process.env.KINDS?.split(',') ?? Object.keys(allWidgets)
  const widgets = Object.fromEntries(picked.map((kind) => [kind, allWidgets[kind]]))
  if (!('without' in widgets) || picked.some((kind) => !(kind in allWidgets))) throw new Error(`KINDS: without and any of ${Object.keys(allWidgets)}`)
  const hostPage = (page, widget) => `<!doctype html><html lang="${page.lang}" dir="${page.dir}"><head><meta charset="utf-8"><title>bench</title></head>
<body><h1>${page.title}</h1><p>${page.text.repeat(40)}</p>
${widget}
<p id="after">${page.end}</p></body></html>`
  // /<lang>/<kind>: without, tag or snippet
  server = createServer((req, res) => {
    const [, lang, kind] = req.url.split('/')
    const page = Object.values(hosts).find((host) => host.lang === lang) ?? hosts['an English page']
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
    res.end(hostPage(page, widgets[kind] ?? ''))
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
      return location.pathname.endsWith('/without') ? document.getElementById('after') : shadow?.querySelector('fieldset .p')
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
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    if (LATENCY_MS) {
      await cdp.send('Network.enable')
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: LATENCY_MS, downloadThroughput: -1, uploadThroughput: -1 })
    }
    return page
  }
  const sameTab = await openTab()
  const allTabs = {
    one: ['one tab, page to page', { page: async () => sameTab, done: async () => {} }],
    new: ['a new tab each time', { page: openTab, done: (page) => page.close() }],
  }
  const tabs = Object.fromEntries((process.env.TABS?.split(',') ?? Object.keys(allTabs)).map((tab) => allTabs[tab]))
  const KINDS = Object.keys(widgets)
  const modes = Object.entries(hosts).flatMap(([hostName, hostPageOf]) =>
    Object.entries(tabs).map(([tabName, tab]) => ({
      name: `${hostName}, ${tabName}`,
      lang: hostPageOf.lang,
      ...tab,
      times: Object.fromEntries(KINDS.map((kind) => [kind, []])),
      // When each of the widget's files had arrived (responseEnd, ms since navigation), per kind.
      arrivals: Object.fromEntries(KINDS.map((kind) => [kind, {}])),
    })),
  )
  const measure = async (mode, kind) => {
    const page = await mode.page()
    await page.goto(`${host}/${mode.lang}/${kind}`)
    await page.waitForFunction(() => window.__visible !== undefined, null, { timeout: 30_000 })
    const { visible, resources } = await page.evaluate(() => ({
      visible: window.__visible,
      resources: performance
        .getEntriesByType('resource')
        .map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd, status: e.responseStatus, initiator: e.initiatorType })),
    }))
    mode.times[kind].push(visible)
    // A preload the widget does not take shows as a second entry for the same URL: the bench stops.
    const names = resources.map((r) => r.name)
    const twice = names.filter((name, i) => names.indexOf(name) !== i)
    if (twice.length) {
      // How each load of it went (a failed first load the widget retried has status 0 or 5xx).
      const loads = resources
        .filter((r) => twice.includes(r.name))
        .map((r) => `${r.name} ${r.initiator} at ${r.start.toFixed(0)}–${r.end.toFixed(0)} ms, status ${r.status}`)
      throw new Error(`${kind}: loaded twice:\n  ${loads.join('\n  ')}`)
    }
    for (const { name, end } of resources) {
      const file = new URL(name).pathname.split('/').pop()
      ;(mode.arrivals[kind][file] ??= []).push(end)
    }
    await mode.done(page)
  }
  // Warm-up: the Worker parses the quiz once per isolate.
  for (const mode of modes) for (const kind of KINDS) await measure(mode, kind)
  for (const mode of modes) {
    for (const kind of KINDS) {
      mode.times[kind].length = 0
      mode.arrivals[kind] = {}
    }
  }
  for (let i = 0; i < RUNS; i++) {
    // Interleaved, each kind first in turn: CPU throttling bursts hit all alike.
    const order = KINDS.map((_, k) => KINDS[(k + i) % KINDS.length])
    for (const mode of modes) for (const kind of order) await measure(mode, kind)
  }
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b)
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
  }
  const range = (xs) => `min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}`
  console.log(
    `navigation → visible, median of ${RUNS} interleaved first visits (HTTP cache off${LATENCY_MS ? `, ${LATENCY_MS} ms latency per request` : ''}) in headless Chromium:`,
  )
  console.log(`  the snippet: ${snippet.replaceAll('\n', '\n               ')}`)
  const labels = {
    without: 'page without the widget (last paragraph):  ',
    tag: 'script tag alone (first question):          ',
    snippet: 'the snippet, with preloads (first question):',
    baseline: `baseline ${BASELINE}'s snippet (first question):`,
    'baseline-tag': `baseline ${BASELINE}'s tag alone (first question):`,
  }
  for (const { name, times, arrivals } of modes) {
    const bare = median(times.without)
    console.log(`  ${name}:`)
    for (const kind of KINDS) {
      const m = median(times[kind])
      const over =
        kind === 'without'
          ? ''
          : `, ${(m - bare).toFixed(1)} ms over the bare page (goal ≤ ${GOAL_MS} ms: ${m - bare <= GOAL_MS ? 'met' : 'NOT met'}), ratio ${(m / bare).toFixed(2)}×`
      console.log(`    ${labels[kind]} ${m.toFixed(1)} ms${over} (${range(times[kind])})`)
      const files = Object.entries(arrivals[kind]).filter(([file]) => file !== 'favicon.ico')
      if (files.length) console.log(`      arrived (median ms): ${files.map(([file, ends]) => `${file} ${median(ends).toFixed(0)}`).join(', ')}`)
    }
    // Each round loads every kind back to back: the median of the per-round differences is steadier than the difference of medians.
    const paired = (a, b) => median(times[a].map((t, i) => t - times[b][i]))
    const pairs = [
      ['snippet', 'tag', 'the snippet − the tag alone'],
      ['tag', 'baseline-tag', `the tag alone − the baseline's`],
      ['snippet', 'baseline', `the snippet − the baseline's`],
      ['snippet', 'without', 'the snippet − the bare page'],
      ['baseline', 'without', `the baseline's − the bare page`],
    ].filter(([a, b]) => a in widgets && b in widgets)
    console.log(`    per round: ${pairs.map(([a, b, label]) => `${label} ${paired(a, b).toFixed(1)} ms`).join(', ')} (medians of the paired differences)`)
  }
} finally {
  await browser?.close()
  server?.close()
  await mf.dispose()
}
