// Load test of classroom submissions against a real local Worker (`wrangler dev`, local D1 on disk).
//
//   npm run bench:attempts                 # starts its own server on a free port with a temp D1
//   npm run bench:attempts -- --url http://127.0.0.1:8787 --students 200 --rounds 5
//
// Per round: a fresh assignment, `students` concurrent submissions from distinct students (and
// distinct CF-Connecting-IP values, as phones in a class), each sent twice (the retry must replay).
// Prints per-round wall time and latency percentiles, then the medians over rounds, and checks that
// the teacher's results count exactly `students` attempts each time.
import { parseArgs } from 'node:util'
import { startLocalServer } from './local-server.mjs'

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    students: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '5' },
  },
})
const students = Number(args.students)
const rounds = Number(args.rounds)

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const median = (values) => {
  const s = [...values].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

async function json(res, expected) {
  if (res.status !== expected) throw new Error(`${res.url}: ${res.status} ${await res.text()}`)
  return res.json()
}

async function round(url, index) {
  const ip = (n) => `10.${index % 250}.${Math.floor(n / 250)}.${(n % 250) + 1}`
  const cls = await json(await fetch(`${url}/v1/classes`, { method: 'POST', headers: { 'CF-Connecting-IP': ip(100_000) } }), 201)
  const auth = { Authorization: `Bearer ${cls.teacherKey}` }
  const assignment = await json(
    await fetch(`${url}/v1/classes/${cls.classId}/assignments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...auth },
      body: JSON.stringify({ quizId: 'kim-putin-beijing', title: `Load ${index}`, maxAttempts: 1 }),
    }),
    201,
  )
  const send = async (i, key) => {
    const t0 = performance.now()
    const res = await fetch(`${url}/v1/assignments/${assignment.code}/attempts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, 'CF-Connecting-IP': ip(i) },
      body: JSON.stringify({ name: `Student ${i}`, answers: { 'meeting-city': i % 2 ? 'بكين' : 'موسكو', 'parade-occasion': 'japan-surrender' } }),
    })
    await res.arrayBuffer()
    return { ms: performance.now() - t0, status: res.status, replayed: res.headers.get('Idempotent-Replayed') === 'true' }
  }
  const keys = Array.from({ length: students }, () => crypto.randomUUID())
  const start = performance.now()
  // Every submission twice, concurrently: the duplicate must replay, never store a second attempt.
  const outcomes = await Promise.all([...keys.map((k, i) => send(i, k)), ...keys.map((k, i) => send(i, k))])
  const wall = performance.now() - start
  const bad = outcomes.filter((o) => o.status !== 201)
  if (bad.length) throw new Error(`${bad.length} submissions failed: ${[...new Set(bad.map((o) => o.status))]}`)
  const replays = outcomes.filter((o) => o.replayed).length
  const results = await json(await fetch(`${url}/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}/results`, { headers: auth }), 200)
  if (results.totals.attempts !== students || replays !== students) {
    throw new Error(`expected ${students} attempts and ${students} replays, got ${results.totals.attempts} and ${replays}`)
  }
  const sorted = outcomes.map((o) => o.ms).sort((a, b) => a - b)
  return { wall, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) }
}

const server = args.url ? { url: args.url.replace(/\/$/, ''), stop: async () => {} } : await startLocalServer()
try {
  console.log(`${students} students × 2 (each submission retried) per round, ${rounds} rounds, ${server.url}`)
  const all = []
  for (let i = 0; i < rounds; i++) {
    const r = await round(server.url, i)
    all.push(r)
    console.log(
      `round ${i + 1}: wall ${r.wall.toFixed(0)} ms, latency p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, max ${r.max.toFixed(0)} ms — ${students} stored, ${students} replayed`,
    )
  }
  const wall = median(all.map((r) => r.wall))
  console.log(
    `median over rounds: wall ${wall.toFixed(0)} ms (${((2 * students) / (wall / 1000)).toFixed(0)} requests/s), ` +
      `p50 ${median(all.map((r) => r.p50)).toFixed(0)} ms, p95 ${median(all.map((r) => r.p95)).toFixed(0)} ms`,
  )
} finally {
  await server.stop()
}
