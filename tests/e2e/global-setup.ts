import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { createServer as createNetServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { hostPage, HOSTILE_CSS } from './host-pages.ts'

/**
 * Builds the widget, starts the real Worker with `wrangler dev` on a free 127.0.0.1 port (fresh
 * local D1 with the migrations applied), and serves host pages from a second origin on another
 * port, so every embed in the tests is cross-origin. Tests get both URLs with `inject()`.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    fahmUrl: string
    hostUrl: string
  }
}

const root = new URL('../..', import.meta.url).pathname
const wrangler = join(root, 'node_modules/.bin/wrangler')
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', NO_COLOR: '1' }

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

async function waitFor(url: string, child: ChildProcess, log: () => string, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${log()}`)
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`wrangler dev did not answer ${url} within ${timeoutMs} ms:\n${log()}`)
}

export default async function setup(project: TestProject) {
  execFileSync(process.execPath, [join(root, 'scripts/build-widget.mjs')], { cwd: root, stdio: 'inherit' })

  const persist = mkdtempSync(join(tmpdir(), 'fahm-e2e-d1-'))
  execFileSync(wrangler, ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist], {
    cwd: root,
    env: { ...env, CI: '1' },
    stdio: 'pipe',
  })

  const port = await freePort()
  const inspector = await freePort()
  let output = ''
  const child = spawn(
    wrangler,
    ['dev', '--port', String(port), '--ip', '127.0.0.1', '--persist-to', persist, '--inspector-port', String(inspector), '--show-interactive-dev-session=false', '--log-level', 'warn'],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  )
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const stopWorker = () => {
    // wrangler runs workerd as a child: end the whole process group we started.
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // Already gone.
      }
    }
  }
  const fahmUrl = `http://127.0.0.1:${port}`
  try {
    await waitFor(`${fahmUrl}/v1/health`, child, () => output)
  } catch (err) {
    stopWorker()
    throw err
  }

  const hostPort = await freePort()
  const hostUrl = `http://127.0.0.1:${hostPort}`
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', hostUrl)
    if (url.pathname === '/hostile.css') {
      res.writeHead(200, { 'Content-Type': 'text/css' })
      return res.end(HOSTILE_CSS)
    }
    try {
      const page = await hostPage(url, fahmUrl)
      if (!page) {
        res.writeHead(404, { 'Content-Type': 'text/plain' })
        return res.end('not found')
      }
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': `default-src 'self'; script-src ${fahmUrl}; style-src 'self'; connect-src ${fahmUrl}; frame-src ${fahmUrl}`,
        'Cache-Control': 'no-store',
      })
      res.end(page)
    } catch (err) {
      res.writeHead(500, { 'Content-Type': 'text/plain' })
      res.end(String(err))
    }
  })
  await new Promise<void>((resolve) => server.listen(hostPort, '127.0.0.1', resolve))

  project.provide('fahmUrl', fahmUrl)
  project.provide('hostUrl', hostUrl)

  return async () => {
    await new Promise((resolve) => server.close(resolve))
    stopWorker()
    await new Promise((resolve) => {
      if (child.exitCode !== null) return resolve(null)
      const timer = setTimeout(() => {
        if (child.pid) try { process.kill(-child.pid, 'SIGKILL') } catch { /* gone */ }
        resolve(null)
      }, 5000)
      child.once('exit', () => {
        clearTimeout(timer)
        resolve(null)
      })
    })
    rmSync(persist, { recursive: true, force: true })
  }
}
