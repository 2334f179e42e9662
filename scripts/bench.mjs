// npm run bench: the Worker's speed and size, measured side by side.
//
// 1. Bundles the four Workers exactly as they deploy (`wrangler deploy --dry-run --outdir <tmp>`): the
//    front Worker (wrangler.front.toml, src/front), which the public reaches first, the app Worker
//    (wrangler.toml) behind it, and behind the app the authoring Worker (wrangler.authoring.toml: the
//    drafter) and the grader Worker (wrangler.grader.toml: grading, the language checks, the exports);
//    reports their gzipped sizes. Bundles, the same way, a Hono hello-world
//    (scripts/bench/hello.ts) and the bench's build of the app (scripts/bench/worker.ts: the app plus a
//    constant route).
// 2. Cold start: starts each of the four Workers and the hello-world on fresh workerd processes,
//    interleaved (BENCH_COLD_ROUNDS each, default 12), both bare (`workerd serve` with a capnp config)
//    and through Miniflare, and reports the medians of the time until workerd is ready and of the
//    first request, with their ratios (bare, also workerd's CPU time until it is ready, which a busy
//    machine's other jobs do not inflate as they do the wall clock): for the front, a reader's first request — GET /v1/ping, GET
//    /v1/quizzes/:id or GET /embed/:id (each in a process of its own; the app it would hand others to
//    is not started) — and for the app GET /v1/ping, what it starts with when the front hands it a
//    request; and, bare, the hello-world with the app's bundle beside it as modules it never imports
//    (workerd compiles every module at startup, imported or not).
// 3. Runs the bench build on workerd directly through Miniflare's API (no `wrangler dev` proxy, which
//    caps near 250 req/s here and would measure itself), with a local D1 migrated like production, on
//    127.0.0.1 only.
// 4. Drives four routes in interleaved rounds (this machine's CPU is throttled in bursts, so only
//    figures taken side by side mean anything): GET /v1/ping (baseline, no D1), GET
//    /v1/bench/constant (the bytes and headers of get-quiz from a fixed string), GET /v1/quizzes/:id
//    and POST /v1/quizzes/:id/grade with a full Arabic answer set; prints req/s, p50/p99, the ratios
//    to the baseline per round and as medians, and get-quiz against the constant route.
// 5. Measures the CPU time of one grade call (every question graded and turned into a Result) in
//    this process, over many calls, and prints the median.
//
// Bounded: BENCH_SECONDS (default 20) for the HTTP part, about 5 s for the CPU part, and the cold
// starts (about 1 s each on a quiet machine).

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  AUTHORING_CONFIG,
  bundleWorker,
  FRONT_CONFIG,
  GRADER_CONFIG,
  migrateD1,
  startBareWorkerd,
  startBundledWorker,
  startFrontAlone,
  startWorker,
} from './workerd.mjs'

const root = new URL('..', import.meta.url).pathname
const QUIZ_ID = 'kim-putin-beijing'
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8)
const COLD_ROUNDS = Number(process.env.BENCH_COLD_ROUNDS ?? 12)
const BATCH = 200

// --- 1. The bundles -------------------------------------------------------------------------------

const deployed = bundleWorker()
const authoring = bundleWorker({ config: AUTHORING_CONFIG })
const grader = bundleWorker({ config: GRADER_CONFIG })
const front = bundleWorker({ config: FRONT_CONFIG })
const hello = bundleWorker({ entry: 'scripts/bench/hello.ts' })

// --- 2. Cold start: fresh workerd processes, each Worker and a hello-world interleaved -------------

// An authored quiz as the front finds it once the app has served it: a live version in
// authored_quizzes and its record in served_quizzes (src/worker/db/served-quizzes.ts), the catalog
// quiz's record under another id, of the build just bundled (bundling wrote the served catalog).
const AUTHORED_ID = 'bench-authored'
const { SERVED_BUILD, SERVED_CATALOG } = await import('../src/worker/generated/served-catalog.ts')
const authoredRecord = { ...SERVED_CATALOG.find(({ id }) => id === QUIZ_ID), id: AUTHORED_ID }
async function seedAuthoredRecord(mf) {
  const db = await migrateD1(mf, 'fahm')
  await db
    .prepare(
      `INSERT INTO authored_quizzes (id, version, article_hash, fingerprint, quiz, article_text, created_at)
       VALUES (?, 1, 'sha256:bench', 'bench', '{}', '', '2026-01-01T00:00:00Z')`,
    )
    .bind(AUTHORED_ID)
    .run()
  await db
    .prepare('INSERT INTO served_quizzes (quiz_id, version, build, record) VALUES (?, 1, ?, ?)')
    .bind(AUTHORED_ID, SERVED_BUILD, JSON.stringify(authoredRecord))
    .run()
}

/** A bundle's modules under names no module of another bundle has, its ES modules never imported. */
function unimported(bundle) {
  return Object.fromEntries(Object.entries(bundle.modules).map(([name, module]) => [`unimported-${name}`, module]))
}

// Two ways, each round: bare workerd processes (workerd's own start), and through Miniflare (as
// `wrangler dev` and the tests start it; its config serialisation in Node is part of its `ready`).
const HARNESSES = {
  bare: {
    label: 'bare workerd (`workerd serve`, a capnp config)',
    start: async (bundle, name, isFront) => {
      const { base, stop, cpuMs } = await startBareWorkerd(bundle, { front: isFront })
      return { base, stop: async () => stop(), cpuMs }
    },
    // No D1 on bare workerd: the front's first read of an authored quiz is measured through Miniflare.
    takes: ({ miniflareOnly }) => !miniflareOnly,
  },
  miniflare: {
    label: 'workerd through Miniflare',
    start: async (bundle, name, isFront, withD1) => {
      // Each its bindings: the front its service binding (nothing behind it), and the app's D1 to read
      // an authored quiz; the app its D1; the hello-world none, or a D1 it never reads (Miniflare runs
      // D1 as more Workers in the same process, which workerd starts too).
      const d1 = withD1 ? `cold-${name}` : null
      const { base, mf } = isFront ? await startFrontAlone(bundle, { d1 }) : await startWorker(bundle, { d1 })
      return { base, mf, stop: () => mf.dispose() }
    },
    takes: ({ bareOnly }) => !bareOnly,
    // What each is compared with: a hello-world with the same bindings but the service binding.
    baseline: ({ d1 }) => (d1 ? 'helloD1' : 'hello'),
  },
}
// The front's first request is a reader's: the ping (what the hello-world serves too), the quiz the
// widget asks for, the embed page an iframe loads, or its oEmbed description a CMS asks for; the app's, the ping. A fresh process each,
// since only one request is first.
const FIRST_REQUESTS = [
  { key: 'front', bundle: front, isFront: true, path: '/v1/ping', label: 'front Worker, first GET /v1/ping' },
  { key: 'frontQuiz', bundle: front, isFront: true, path: `/v1/quizzes/${QUIZ_ID}`, label: 'front Worker, first GET /v1/quizzes/:id' },
  { key: 'frontEmbed', bundle: front, isFront: true, path: `/embed/${QUIZ_ID}`, label: 'front Worker, first GET /embed/:id' },
  {
    key: 'frontOEmbed',
    bundle: front,
    isFront: true,
    // The embed page's URL is on the host asked: known once the process listens.
    path: (base) => `/oembed?url=${encodeURIComponent(`${base}/embed/${QUIZ_ID}`)}`,
    label: 'front Worker, first GET /oembed?url=…',
  },
  // An authored quiz's reader, answered from the record the app keeps in D1 (seeded once workerd is ready).
  {
    key: 'frontAuthored',
    bundle: front,
    isFront: true,
    path: `/v1/quizzes/${AUTHORED_ID}`,
    seed: seedAuthoredRecord,
    d1: true,
    miniflareOnly: true,
    label: 'front Worker, first GET of an authored quiz',
  },
  { key: 'app', bundle: deployed, isFront: false, path: '/v1/ping', d1: true, label: 'app Worker, first GET /v1/ping' },
  // The drafter's Worker, behind the app's service binding: started by an editor's first draft (an RPC
  // call, which bare workerd cannot make: its first request here is a fetch, which it answers 404).
  { key: 'authoring', bundle: authoring, isFront: false, path: '/', status: 404, bareOnly: true, label: 'authoring Worker (the drafter), ready' },
  // The grader's Worker, behind the app's service binding too: started by a first grade, check, save or export.
  { key: 'grader', bundle: grader, isFront: false, path: '/', status: 404, bareOnly: true, label: 'grader Worker, ready' },
  { key: 'hello', bundle: hello, isFront: false, path: '/v1/ping', label: 'Hono hello-world, first GET /v1/ping' },
  { key: 'helloD1', bundle: hello, isFront: false, path: '/v1/ping', d1: true, miniflareOnly: true, label: 'Hono hello-world with a D1, first GET /v1/ping' },
  // Why the app's lazy imports do not shorten its start: the hello-world with the app's bundle beside
  // it as a module it never imports is as slow to be ready as the app (workerd compiles every module
  // of a Worker at startup; only its new module registry, behind --experimental, compiles on import).
  {
    key: 'unimportedApp',
    bundle: { ...hello, modules: { ...hello.modules, ...unimported(deployed) } },
    isFront: false,
    path: '/v1/ping',
    bareOnly: true,
    label: 'hello-world + app bundle never imported',
  },
]
const cold = Object.fromEntries(Object.keys(HARNESSES).map((harness) => [harness, Object.fromEntries(FIRST_REQUESTS.map(({ key }) => [key, []]))]))
for (let round = 0; round < COLD_ROUNDS; round++) {
  for (const [harness, { start, takes }] of Object.entries(HARNESSES)) {
    // Reverse the order every other round, so none always follows another's teardown.
    for (const { key, bundle, isFront, path, seed, d1 = false, status = 200 } of (round % 2 ? [...FIRST_REQUESTS].reverse() : FIRST_REQUESTS).filter(takes)) {
      const started = performance.now()
      const { base, mf, stop, cpuMs } = await start(bundle, key, isFront, d1)
      const ready = performance.now()
      const readyCpu = cpuMs?.() ?? null
      // Not timed: the database's rows, written through workerd's D1 (the front's isolate stays cold).
      if (seed) await seed(mf)
      const asking = performance.now()
      const asked = typeof path === 'function' ? path(base) : path
      const res = await fetch(`${base}${asked}`)
      await res.arrayBuffer()
      const answered = performance.now()
      if (res.status !== status) throw new Error(`${key}: GET ${asked} answered ${res.status}`)
      cold[harness][key].push({ ready: ready - started, first: answered - asking, readyCpu })
      await stop()
    }
  }
}

// --- 3. The bench build on workerd with D1 migrated -----------------------------------------------

const { base, mf } = await startBundledWorker({
  entry: 'scripts/bench/worker.ts',
  // The limits are off: the bench measures grading, not the limiters.
  vars: { RATE_LIMIT_GRADING_PER_MINUTE: '0', RATE_LIMIT_CLASSES_PER_HOUR: '0', RATE_LIMIT_ATTEMPTS_PER_MINUTE: '0' },
})
const bundle = deployed.stats

// A full answer set as an Arabic-speaking student types it: choice ids as the widget sends them,
// numbers in Eastern Arabic digits or words with units, booleans as صح/خطأ, text in Arabic.
const quiz = JSON.parse(readFileSync(join(root, 'questions', QUIZ_ID, 'quiz.json'), 'utf8'))
const answers = fullArabicAnswers(quiz)

function fullArabicAnswers(file) {
  const arabicDigits = (n) =>
    String(n)
      .replace(/[0-9]/g, (d) => '٠١٢٣٤٥٦٧٨٩'[d])
      .replace('.', '٫')
  const unitWord = { hour: 'ساعة', minute: 'دقيقة', person: 'شخص', day: 'يوم', year: 'سنة', count: '' }
  const out = {}
  for (const q of file.questions) {
    if (q.type === 'single') out[q.id] = q.answer
    else if (q.type === 'multiple') out[q.id] = q.answer
    else if (q.type === 'boolean') out[q.id] = q.answer ? 'صح' : 'خطأ'
    else if (q.type === 'numeric') {
      out[q.id] = q.id === 'meeting-duration' ? 'ساعتين ونصف' : `حوالي ${arabicDigits(q.answer.value)} ${unitWord[q.answer.unit] ?? ''}`.trim()
    } else if (q.type === 'text') out[q.id] = q.answer.accepted.find((a) => /[\u0600-\u06FF]/.test(a)) ?? q.answer.accepted[0]
  }
  return out
}

const gradeBody = JSON.stringify({ answers })
const ROUTES = [
  { name: 'GET /v1/ping (baseline)', key: 'ping', url: `${base}/v1/ping`, init: {} },
  { name: 'GET /v1/bench/constant (same bytes)', key: 'constant', url: `${base}/v1/bench/constant`, init: {} },
  { name: `GET /v1/quizzes/${QUIZ_ID}`, key: 'quiz', url: `${base}/v1/quizzes/${QUIZ_ID}`, init: {} },
  {
    name: `POST /v1/quizzes/${QUIZ_ID}/grade`,
    key: 'grade',
    url: `${base}/v1/quizzes/${QUIZ_ID}/grade`,
    init: { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: gradeBody },
  },
]

// Sanity: every route answers as expected before anything is timed.
for (const route of ROUTES) {
  const res = await fetch(route.url, route.init)
  const body = await res.text()
  if (res.status !== 200) throw new Error(`${route.name} answered ${res.status}: ${body.slice(0, 300)}`)
  if (route.key === 'quiz' || route.key === 'constant') route.bytes = Buffer.byteLength(body)
  if (route.key === 'grade') {
    const graded = JSON.parse(body)
    console.log(`grade sanity: ${graded.score}/${graded.maxScore} for ${Object.keys(answers).length} Arabic answers`)
  }
}

/** BATCH requests with CONCURRENCY in flight: latencies (ms) and wall time (ms). */
async function batch(route) {
  const latencies = []
  let next = 0
  const started = performance.now()
  async function worker() {
    while (next < BATCH) {
      next++
      const t0 = performance.now()
      const res = await fetch(route.url, route.init)
      await res.arrayBuffer()
      if (res.status !== 200) throw new Error(`${route.name}: ${res.status}`)
      latencies.push(performance.now() - t0)
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  return { latencies, wall: performance.now() - started }
}

if (ROUTES.find((r) => r.key === 'constant').bytes !== ROUTES.find((r) => r.key === 'quiz').bytes)
  throw new Error('The constant route must serve as many bytes as get-quiz')

// Warm-up: JIT, isolate caches, connection pool.
for (const route of ROUTES) await batch(route)

const stats = Object.fromEntries(ROUTES.map((r) => [r.key, { latencies: [], wall: 0, count: 0, rounds: [] }]))
const deadline = performance.now() + SECONDS * 1000
let rounds = 0
while (performance.now() < deadline || rounds < 3) {
  // A new order each round, so no route always runs right after another.
  const order = [...ROUTES].sort(() => Math.random() - 0.5)
  for (const route of order) {
    const { latencies, wall } = await batch(route)
    const s = stats[route.key]
    s.latencies.push(...latencies)
    s.wall += wall
    s.count += latencies.length
    s.rounds.push({ rps: (latencies.length / wall) * 1000, p50: quantile(latencies, 0.5) })
  }
  rounds++
}
await mf.dispose()

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}
const median = (values) => quantile(values, 0.5)

// --- 5. CPU time of one grade call, in process ---------------------------------------------------

const { loadQuiz } = await import(join(root, 'src/core/load-quiz.ts'))
const { gradeQuestion } = await import(join(root, 'src/core/grade.ts'))
const { toResult } = await import(join(root, 'src/core/answer-feedback.ts'))
const articleText = readFileSync(join(root, 'questions', QUIZ_ID, quiz.article), 'utf8')
const loaded = loadQuiz(quiz, articleText)
const parsedAnswers = JSON.parse(gradeBody).answers
const gradeAll = () => loaded.questions.map((q) => toResult(q, gradeQuestion(q, parsedAnswers[q.id]), loaded.lang, { reveal: true }))
for (let i = 0; i < 300; i++) gradeAll()
const perCall = []
const cpuDeadline = performance.now() + 3000
while (performance.now() < cpuDeadline || perCall.length < 20) {
  const before = process.cpuUsage()
  for (let i = 0; i < 100; i++) gradeAll()
  const used = process.cpuUsage(before)
  perCall.push((used.user + used.system) / 100)
}

// --- Report ---------------------------------------------------------------------------------------

const fmt = (n, digits = 1) => n.toFixed(digits)
const ping = stats.ping
console.log(`\nworkerd via Miniflare on ${base}; ${rounds} interleaved rounds of ${BATCH} requests per route, ${CONCURRENCY} in flight`)
console.log('route                                        req/s    p50 ms   p99 ms   req/s ÷ ping (median of rounds)')
for (const route of ROUTES) {
  const s = stats[route.key]
  const rps = (s.count / s.wall) * 1000
  const ratio = median(s.rounds.map((r, i) => r.rps / ping.rounds[i].rps))
  console.log(
    `${route.name.padEnd(44)} ${fmt(rps, 0).padStart(6)}   ${fmt(quantile(s.latencies, 0.5), 2).padStart(6)}   ${fmt(quantile(s.latencies, 0.99), 2).padStart(6)}   ${fmt(ratio, 2)}`,
  )
}
const quizVsConstant = median(stats.quiz.rounds.map((r, i) => r.rps / stats.constant.rounds[i].rps))
console.log(`get-quiz req/s ÷ constant route req/s (${ROUTES[1].bytes} B each; median of rounds): ${fmt(quizVsConstant, 2)}  (goal ≥ 0.90)`)
const gradeVsQuiz = median(stats.grade.rounds.map((r, i) => r.rps / stats.quiz.rounds[i].rps))
console.log(`grade req/s ÷ get-quiz req/s (median of rounds): ${fmt(gradeVsQuiz, 2)}`)
console.log(
  `\nCPU time of one grade call (${loaded.questions.length} questions, in process, median of ${perCall.length} × 100 calls): ${fmt(median(perCall), 0)} µs`,
)
console.log(
  `app Worker bundle (wrangler deploy --dry-run): ${bundle.modules} modules, ${fmt(bundle.rawBytes / 1024)} KiB, gzipped ${fmt(bundle.gzipBytes / 1024)} KiB`,
)
console.log(
  `authoring Worker bundle (wrangler deploy --dry-run -c ${AUTHORING_CONFIG}): ${authoring.stats.modules} modules, ${fmt(authoring.stats.rawBytes / 1024)} KiB, gzipped ${fmt(authoring.stats.gzipBytes / 1024)} KiB`,
)
console.log(
  `grader Worker bundle (wrangler deploy --dry-run -c ${GRADER_CONFIG}): ${grader.stats.modules} modules, ${fmt(grader.stats.rawBytes / 1024)} KiB, gzipped ${fmt(grader.stats.gzipBytes / 1024)} KiB`,
)
console.log(
  `front Worker bundle (wrangler deploy --dry-run -c ${FRONT_CONFIG}): ${front.stats.modules} modules, ${fmt(front.stats.rawBytes / 1024)} KiB, gzipped ${fmt(front.stats.gzipBytes / 1024)} KiB`,
)

const takesOf = (harness) => HARNESSES[harness].takes
for (const [harness, { label: harnessLabel }] of Object.entries(HARNESSES)) {
  const runs = cold[harness]
  const coldMedian = (name, key) => median(runs[name].map((r) => r[key]))
  // Bare workerd's CPU time until it listens: steadier than the wall clock beside other jobs.
  const withCpu = Object.values(runs).every((rounds) => rounds.every((r) => r.readyCpu !== null))
  const cpuHeader = withCpu ? '   start-up CPU ms' : ''
  console.log(`\nCold start on ${harnessLabel}: fresh processes, ${COLD_ROUNDS} each, interleaved (medians)`)
  console.log(`                                                ready ms   first request ms   ready + first ms${cpuHeader}`)
  for (const { key: name, label } of FIRST_REQUESTS.filter(takesOf(harness))) {
    const total = median(runs[name].map((r) => r.ready + r.first))
    const cpu = withCpu ? fmt(coldMedian(name, 'readyCpu'), 0).padStart(18) : ''
    console.log(
      `${label.padEnd(47)} ${fmt(coldMedian(name, 'ready'), 0).padStart(8)}   ${fmt(coldMedian(name, 'first'), 1).padStart(16)}   ${fmt(total, 0).padStart(16)}${cpu}`,
    )
  }
  for (const request of FIRST_REQUESTS.filter(takesOf(harness)).filter(({ key }) => !key.startsWith('hello'))) {
    const { key: name } = request
    const base = runs[HARNESSES[harness].baseline?.(request) ?? 'hello']
    const label = `${request.label} ÷ ${base === runs.hello ? 'hello-world' : 'hello-world with a D1'}`
    const ratio = (key) => median(runs[name].map((r, i) => r[key] / base[i][key]))
    const totalRatio = median(runs[name].map((r, i) => (r.ready + r.first) / (base[i].ready + base[i].first)))
    const note =
      name === 'app'
        ? '(goal ≤ 1.30×; started when the front hands it a request)'
        : name === 'authoring'
          ? '(goal ≤ 1.30×; started by a first draft, over the app’s service binding)'
          : name === 'grader'
            ? '(goal ≤ 1.30×; started by a first grade, save or export, over the app’s service binding)'
            : name === 'unimportedApp'
              ? '(the app’s bytes compiled, none of it run)'
              : '(goal ≤ 1.30×)'
    const cpu = withCpu ? `, start-up CPU ${fmt(ratio('readyCpu'), 2)}×` : ''
    console.log(
      `${label} (median of paired rounds): ready ${fmt(ratio('ready'), 2)}×, first request ${fmt(ratio('first'), 2)}×, ready + first ${fmt(totalRatio, 2)}×${cpu}  ${note}`,
    )
  }
}
console.log(`Hono hello-world bundle: ${fmt(hello.stats.rawBytes / 1024)} KiB, gzipped ${fmt(hello.stats.gzipBytes / 1024)} KiB`)
