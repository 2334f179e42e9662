import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'

/**
 * Classroom data lives in the local D1 on disk: a class and an attempt created against one
 * `wrangler dev` are still there after it stops and a new one starts on the same --persist-to dir.
 * Self-contained: starts and stops its own servers, independent of the e2e global setup.
 */

const root = new URL('../..', import.meta.url).pathname
const wrangler = join(root, 'node_modules/.bin/wrangler')
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', NO_COLOR: '1' }
const persist = mkdtempSync(join(tmpdir(), 'fahm-classroom-persist-'))

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

type Server = { url: string; stop: () => Promise<void> }

async function startServer(): Promise<Server> {
  const port = await freePort()
  const inspector = await freePort()
  let output = ''
  const child: ChildProcess = spawn(
    wrangler,
    ['dev', '--port', String(port), '--ip', '127.0.0.1', '--persist-to', persist, '--inspector-port', String(inspector), '--show-interactive-dev-session=false', '--log-level', 'warn'],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  )
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || !child.pid) return resolve()
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL')
        } catch {
          // gone
        }
        resolve()
      }, 5000)
      child.once('exit', () => {
        clearTimeout(timer)
        resolve()
      })
      try {
        // wrangler runs workerd as a child: end the process group this test started.
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        resolve()
      }
    })
  const url = `http://127.0.0.1:${port}`
  const until = Date.now() + 90_000
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${output}`)
    try {
      if ((await fetch(`${url}/v1/health`)).ok) return { url, stop }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  await stop()
  throw new Error(`wrangler dev did not start:\n${output}`)
}

let running: Server | undefined

afterAll(async () => {
  await running?.stop()
  rmSync(persist, { recursive: true, force: true })
})

it('keeps classes, assignments and attempts across a restart of the local server', { timeout: 240_000 }, async () => {
  execFileSync(wrangler, ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist], {
    cwd: root,
    env: { ...env, CI: '1' },
    stdio: 'pipe',
  })

  running = await startServer()
  let url = running.url
  const cls = (await (
    await fetch(`${url}/v1/classes`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name":"persist"}' })
  ).json()) as { classId: string; teacherKey: string }
  const auth = { Authorization: `Bearer ${cls.teacherKey}` }
  const made = await fetch(`${url}/v1/classes/${cls.classId}/assignments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...auth },
    body: JSON.stringify({ quizId: 'kim-putin-beijing', title: 'Persistence', maxAttempts: 1 }),
  })
  expect(made.status).toBe(201)
  const assignment = (await made.json()) as { assignmentId: string; code: string }
  const key = crypto.randomUUID()
  const body = JSON.stringify({ name: 'سارة', answers: { 'meeting-city': 'بكين', 'parade-occasion': 'cold-war-end' } })
  const submitted = await fetch(`${url}/v1/assignments/${assignment.code}/attempts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body,
  })
  expect(submitted.status).toBe(201)
  const attempt = (await submitted.json()) as { attemptId: string; score: number }

  await running.stop()
  running = await startServer()
  url = running.url

  const results = await fetch(`${url}/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}/results`, { headers: auth })
  expect(results.status).toBe(200)
  const data = (await results.json()) as { students: { name: string; latestScore: number; attempts: number }[] }
  expect(data.students).toEqual([expect.objectContaining({ name: 'سارة', latestScore: attempt.score, attempts: 1 })])
  // The idempotency record survived too: the retry replays, the limit still holds.
  const retry = await fetch(`${url}/v1/assignments/${assignment.code}/attempts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body,
  })
  expect(retry.status).toBe(201)
  expect(retry.headers.get('Idempotent-Replayed')).toBe('true')
  expect(((await retry.json()) as { attemptId: string }).attemptId).toBe(attempt.attemptId)
})
