// npm run bench:draft: how fast an article becomes a draft quiz, measured side by side.
//
// 1. Builds articles of 300, 1,000 and 5,000 words in Arabic and in English from the drafter's test
//    articles (six domains), each copy with its numbers shifted so that its facts are new ones.
// 2. Runs the Worker as it deploys (`wrangler deploy --dry-run`) on workerd through Miniflare, on
//    127.0.0.1, and drives POST /v1/drafts for each article beside POST /v1/quizzes/:id/grade, in
//    interleaved rounds (this machine's CPU is throttled in bursts: only figures taken side by side
//    mean anything), one request at a time, so a request's time is its CPU time plus the loopback.
// 3. Measures the CPU time of draftQuiz itself in this process (process.cpuUsage), per article size,
//    and compares the 1,000-word article with its 50 ms budget.
//
// 4. With BENCH_BASELINE=<a checkout of another commit> (`git worktree add /tmp/base main`, with node_modules
//    linked), also measures that checkout's draftQuiz in the same rounds, interleaved: a before/after taken side
//    by side on a busy machine.
//
// Bounded: BENCH_SECONDS (default 20) for the HTTP part, about 10 s for the rest.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startBundledWorker } from './workerd.mjs'

const root = new URL('..', import.meta.url).pathname
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20)
const SIZES = [300, 1000, 5000]
const BUDGET_MS = 50

const { ARTICLES } = await import(join(root, 'tests/core/draft-articles.ts'))
const { draftQuiz } = await import(join(root, 'src/core/draft/index.ts'))
const BASELINE = process.env.BENCH_BASELINE
const baseline = BASELINE ? (await import(join(BASELINE, 'src/core/draft/index.ts'))).draftQuiz : null

/** An article of about `words` words in `lang`: the test articles one after another, numbers shifted per copy. */
function articleOf(lang, words) {
  const sources = ARTICLES.filter((a) => a.lang === lang).map((a) => a.text.replace(/\r/g, ''))
  const paragraphs = []
  let count = 0
  for (let copy = 0; count < words; copy++) {
    for (const source of sources) {
      for (const paragraph of source.split(/\n\s*\n|\n/)) {
        if (count >= words) break
        const shifted = copy === 0 ? paragraph : paragraph.replace(/\d+/g, (d) => String(Number(d) + copy * 7))
        const wordsHere = shifted.split(/\s+/).filter(Boolean)
        const taken = wordsHere.slice(0, words - count)
        paragraphs.push(taken.join(' '))
        count += taken.length
      }
    }
  }
  return paragraphs.join('\n\n')
}

const articles = []
for (const lang of ['ar', 'en']) for (const words of SIZES) articles.push({ lang, words, text: articleOf(lang, words) })

// --- The Worker on workerd -----------------------------------------------------------------------

// The limits are off: the bench measures drafting and grading, not the limiters.
const { base, mf } = await startBundledWorker({ vars: { RATE_LIMIT_GRADING_PER_MINUTE: '0', RATE_LIMIT_DRAFTS_PER_MINUTE: '0' }, d1: 'bench-draft' })

const quiz = JSON.parse(readFileSync(join(root, 'questions/kim-putin-beijing/quiz.json'), 'utf8'))
const answers = Object.fromEntries(
  quiz.questions.map((q) => [q.id, q.type === 'numeric' ? String(q.answer.value) : q.type === 'text' ? q.answer.accepted[0] : q.answer]),
)
const json = { method: 'POST', headers: { 'Content-Type': 'application/json' } }
const ROUTES = [
  {
    name: 'POST /v1/quizzes/kim-putin-beijing/grade',
    key: 'grade',
    url: `${base}/v1/quizzes/kim-putin-beijing/grade`,
    init: { ...json, body: JSON.stringify({ answers }) },
  },
  ...articles.map((a) => ({
    name: `POST /v1/drafts ${a.lang} ${a.words.toLocaleString('en')} words`,
    key: `${a.lang}-${a.words}`,
    url: `${base}/v1/drafts`,
    init: { ...json, body: JSON.stringify({ articleText: a.text }) },
  })),
]

for (const route of ROUTES) {
  const res = await fetch(route.url, route.init)
  const body = await res.json()
  if (res.status !== 200) throw new Error(`${route.name} answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`)
  if (route.key !== 'grade') route.questions = body.quiz.questions.length
}

async function timed(route, times) {
  const out = []
  for (let i = 0; i < times; i++) {
    const t0 = performance.now()
    const res = await fetch(route.url, route.init)
    await res.arrayBuffer()
    if (res.status !== 200) throw new Error(`${route.name}: ${res.status}`)
    out.push(performance.now() - t0)
  }
  return out
}

for (const route of ROUTES) await timed(route, 3)
const stats = Object.fromEntries(ROUTES.map((r) => [r.key, []]))
const deadline = performance.now() + SECONDS * 1000
let rounds = 0
while (performance.now() < deadline || rounds < 3) {
  for (const route of [...ROUTES].sort(() => Math.random() - 0.5)) stats[route.key].push(...(await timed(route, route.key === 'grade' ? 5 : 1)))
  rounds++
}
await mf.dispose()

const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]
const median = (values) => quantile(values, 0.5)

// --- CPU time of draftQuiz, in process ----------------------------------------------------------

const cpu = {}
const baselineCpu = {}
const drafters = [{ draft: draftQuiz, into: cpu }, ...(baseline ? [{ draft: baseline, into: baselineCpu }] : [])]
for (const a of articles) for (const { draft } of drafters) draft(a.text)
const cpuDeadline = performance.now() + (baseline ? 16000 : 8000)
for (let round = 0; performance.now() < cpuDeadline || round < (baseline ? 20 : 5); round++) {
  for (const a of articles) {
    // In turn, in a random order: what the machine does meanwhile falls on both alike.
    for (const { draft, into } of [...drafters].sort(() => Math.random() - 0.5)) {
      const before = process.cpuUsage()
      draft(a.text)
      const used = process.cpuUsage(before)
      ;(into[`${a.lang}-${a.words}`] ??= []).push((used.user + used.system) / 1000)
    }
  }
}

// --- Report ---------------------------------------------------------------------------------------

const grade = median(stats.grade)
console.log(`\nworkerd via Miniflare on ${base}; ${rounds} interleaved rounds, one request at a time`)
console.log('route                                        questions   p50 ms   p90 ms   ÷ grade p50   CPU in process (median ms)')
for (const route of ROUTES) {
  const s = stats[route.key]
  const cpuMs = cpu[route.key] ? median(cpu[route.key]).toFixed(1) : ''
  console.log(
    `${route.name.padEnd(44)} ${String(route.questions ?? '').padStart(9)}   ${median(s).toFixed(1).padStart(6)}   ${quantile(s, 0.9).toFixed(1).padStart(6)}   ${(median(s) / grade).toFixed(1).padStart(11)}   ${cpuMs.padStart(10)}`,
  )
}
if (baseline) {
  console.log(`\nCPU in process, median ms, interleaved with ${BASELINE}:`)
  for (const a of articles) {
    const key = `${a.lang}-${a.words}`
    const [was, now] = [median(baselineCpu[key]), median(cpu[key])]
    console.log(
      `${key.padEnd(8)} baseline ${was.toFixed(1).padStart(7)}   this ${now.toFixed(1).padStart(7)}   ${(((now - was) / was) * 100).toFixed(0).padStart(4)}%`,
    )
  }
}
for (const lang of ['ar', 'en']) {
  const ms = median(cpu[`${lang}-1000`])
  console.log(`${lang}: a 1,000-word article takes ${ms.toFixed(1)} ms of CPU to draft (budget ${BUDGET_MS} ms): ${ms < BUDGET_MS ? 'within' : 'OVER'}`)
}
