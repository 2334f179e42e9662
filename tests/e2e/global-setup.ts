import { execFileSync } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { freePort, startLocalServer } from '../../scripts/local-server.mjs'
import { foreignAsset, hostPage, HOSTILE_CSS, rootFontCss } from './host-pages.ts'

/**
 * Builds the widget, starts the real Worker with `wrangler dev` on a free 127.0.0.1 port (fresh
 * local D1 with the migrations applied; scripts/local-server.mjs), and serves host pages from a second origin on another
 * port, so every embed in the tests is cross-origin. Tests get both URLs and the editor token with `inject()`.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    fahmUrl: string
    hostUrl: string
    /** The editor API's token on this server (POST /v1/quizzes), for tests that write quizzes. */
    editorToken: string
  }
}

const root = new URL('../..', import.meta.url).pathname

export default async function setup(project: TestProject) {
  execFileSync(process.execPath, [join(root, 'scripts/build-widget.mjs')], { cwd: root, stdio: 'inherit' })

  const editorToken = `e2e-${crypto.randomUUID()}`
  const worker = await startLocalServer({ vars: { EDITOR_TOKEN: editorToken } })
  const fahmUrl = worker.url

  const hostPort = await freePort()
  const hostUrl = `http://127.0.0.1:${hostPort}`
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', hostUrl)
    if (url.pathname === '/hostile.css') {
      res.writeHead(200, { 'Content-Type': 'text/css' })
      return res.end(HOSTILE_CSS)
    }
    if (url.pathname === '/root.css') {
      res.writeHead(200, { 'Content-Type': 'text/css' })
      return res.end(rootFontCss(url.searchParams.get('size') ?? ''))
    }
    const asset = foreignAsset(url.pathname)
    if (asset) {
      res.writeHead(200, { 'Content-Type': asset.type })
      return res.end(asset.body)
    }
    try {
      const page = await hostPage(url, fahmUrl)
      if (!page) {
        res.writeHead(404, { 'Content-Type': 'text/plain' })
        return res.end('not found')
      }
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        // The foreign pages (host-pages.ts) run scripts of their own, from their own origin.
        'Content-Security-Policy': `default-src 'self'; script-src ${fahmUrl}${url.pathname.startsWith('/foreign/') ? " 'self'" : ''}; style-src 'self'; connect-src ${fahmUrl}; frame-src ${fahmUrl}`,
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
  project.provide('editorToken', editorToken)

  return async () => {
    await new Promise((resolve) => server.close(resolve))
    await worker.stop()
  }
}
