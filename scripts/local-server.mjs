// The Worker on this machine, for tests and benches: `wrangler dev` on 127.0.0.1 with a local D1
// on disk. Plain JS so that scripts run by Node import it as well as the tests.
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const wrangler = join(root, 'node_modules/.bin/wrangler')
/** The four Workers' configs, as `npm start` runs them: the front, the app behind it, the drafter and the grader behind the app. */
export const WORKER_CONFIGS = ['wrangler.front.toml', 'wrangler.toml', 'wrangler.authoring.toml', 'wrangler.grader.toml']
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', NO_COLOR: '1' }

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * Starts the Workers as `npm start` does (`wrangler dev` with the three Workers' configs) and
 * resolves once `GET /v1/health` answers.
 *
 * The D1 migrations are applied to `persistTo` first (a no-op when they already are). Without
 * `persistTo` the data lives in a fresh temporary directory that `stop()` removes; a given
 * `persistTo` is kept, so a second server started on it sees the same data. `vars` are given to the
 * app as secrets, e.g. an `EDITOR_TOKEN` for tests that write quizzes (written to an env file beside
 * `envFile`'s lines: only the secrets wrangler.toml lists reach it); `envFile` is read as `.dev.vars`
 * is (`--env-file`).
 *
 * @param {{ persistTo?: string, port?: number, timeoutMs?: number, vars?: Record<string, string>, envFile?: string }} [options]
 * @returns {Promise<{ url: string, persistTo: string, stop: () => Promise<void> }>}
 */
export async function startLocalServer({ persistTo, port, timeoutMs = 90_000, vars = {}, envFile } = {}) {
  const ownDir = !persistTo
  const dir = persistTo ?? mkdtempSync(join(tmpdir(), 'fahm-d1-'))
  execFileSync(wrangler, ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', dir], {
    cwd: root,
    env: { ...env, CI: '1' },
    stdio: 'pipe',
  })

  // `--var` reaches the first Worker only (the front); an env file reaches the app's listed secrets.
  const secretsDir = Object.keys(vars).length > 0 ? mkdtempSync(join(tmpdir(), 'fahm-secrets-')) : undefined
  const secretsFile = secretsDir ? join(secretsDir, '.dev.vars') : envFile
  if (secretsDir) {
    const lines = Object.entries(vars).map(([key, value]) => `${key}=${JSON.stringify(String(value))}\n`)
    writeFileSync(secretsFile, (envFile ? readFileSync(envFile, 'utf8') + '\n' : '') + lines.join(''))
  }
  const listen = port ?? (await freePort())
  const inspector = await freePort()
  let output = ''
  const child = spawn(
    wrangler,
    [
      'dev',
      // The front Worker first (it takes the port and serves public/), then the app behind it, then
      // the authoring Worker behind the app.
      ...WORKER_CONFIGS.flatMap((config) => ['-c', config]),
      '--port',
      String(listen),
      '--ip',
      '127.0.0.1',
      '--persist-to',
      dir,
      '--inspector-port',
      String(inspector),
      '--show-interactive-dev-session=false',
      '--log-level',
      'warn',
      ...(secretsFile ? ['--env-file', secretsFile] : []),
    ],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  )
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))

  // wrangler runs workerd as a child: signal the whole process group this module started.
  const signal = (name) => {
    try {
      process.kill(-child.pid, name)
    } catch {
      // Already gone.
    }
  }
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          signal('SIGKILL')
          resolve()
        }, 5000)
        child.once('exit', () => {
          clearTimeout(timer)
          resolve()
        })
        signal('SIGTERM')
      })
    }
    if (ownDir) rmSync(dir, { recursive: true, force: true })
    if (secretsDir) rmSync(secretsDir, { recursive: true, force: true })
  }

  const url = `http://127.0.0.1:${listen}`
  for (const until = Date.now() + timeoutMs; Date.now() < until; ) {
    if (child.exitCode !== null) {
      await stop()
      throw new Error(`wrangler dev exited (${child.exitCode}):\n${output}`)
    }
    try {
      if ((await fetch(`${url}/v1/health`)).ok) return { url, persistTo: dir, stop }
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  await stop()
  throw new Error(`wrangler dev did not answer ${url}/v1/health within ${timeoutMs} ms:\n${output}`)
}
