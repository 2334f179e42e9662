// The Worker as it deploys, on workerd, for the benches: `wrangler deploy --dry-run` bundles it, and
// Miniflare runs that bundle directly (no `wrangler dev` proxy, which caps near 250 req/s here and
// would measure itself), on 127.0.0.1 only, with a local D1 migrated like production.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { Miniflare } from 'miniflare'

const root = new URL('..', import.meta.url).pathname

/**
 * Bundles the Worker and starts it on workerd.
 *
 * @param {{ vars?: Record<string, string>, d1?: string, assets?: boolean }} [options] `vars` override
 *   `[vars]` (e.g. a rate limit of '0'); `d1` names the local database; `assets` serves public/ as
 *   Workers Static Assets do (wrangler.toml's `[assets]`, its run_worker_first routes to the Worker).
 * @returns {Promise<{ base: string, mf: Miniflare, bundle: { modules: number, rawBytes: number, gzipBytes: number } }>}
 */
export async function startBundledWorker({ vars = {}, d1 = 'bench', assets = false } = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'fahm-bundle-'))
  process.on('exit', () => rmSync(outdir, { recursive: true, force: true }))
  // Run by this Node (>= 22), whatever `node` is first on PATH.
  execFileSync(process.execPath, [join(root, 'node_modules/wrangler/bin/wrangler.js'), 'deploy', '--dry-run', '--outdir', outdir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  })
  const files = readdirSync(outdir).filter((f) => !f.endsWith('.map') && f !== 'README.md')
  const bundle = { modules: files.length, rawBytes: 0, gzipBytes: 0 }
  const modules = {}
  for (const file of files) {
    const bytes = readFileSync(join(outdir, file))
    bundle.rawBytes += bytes.length
    bundle.gzipBytes += gzipSync(bytes, { level: 9 }).length
    modules[file] = { type: file.endsWith('.js') ? 'esm' : 'text', contents: bytes.toString('utf8') }
  }

  const wrangler = readFileSync(join(root, 'wrangler.toml'), 'utf8')
  const compatibilityDate = /compatibility_date\s*=\s*"([^"]+)"/.exec(wrangler)?.[1] ?? '2026-01-01'
  const workerFirst = JSON.parse(/run_worker_first\s*=\s*(\[[^\]]*\])/.exec(wrangler)?.[1] ?? '[]')
  const mf = new Miniflare({
    host: '127.0.0.1',
    port: 0,
    workers: [
      {
        config: {
          name: 'fahm',
          compatibilityDate,
          manifest: { mainModule: 'index.js', modules },
          ...(assets ? { assets: { directory: join(root, 'public'), runWorkerFirst: workerFirst, notFoundHandling: 'none', hasUserWorker: true } } : {}),
          env: {
            DB: { type: 'd1', id: d1 },
            ...Object.fromEntries(Object.entries(vars).map(([name, value]) => [name, { type: 'text', value }])),
          },
        },
      },
    ],
  })
  const base = (await mf.ready).toString().replace(/\/$/, '')
  const db = await mf.getD1Database('DB')
  for (const file of readdirSync(join(root, 'migrations')).filter((f) => f.endsWith('.sql')).sort()) {
    // D1's exec takes one statement per line; run them one by one instead.
    for (const statement of splitSql(readFileSync(join(root, 'migrations', file), 'utf8'))) await db.prepare(statement).run()
  }
  return { base, mf, bundle }
}

function splitSql(sql) {
  return sql
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
}
