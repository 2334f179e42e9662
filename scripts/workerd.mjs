// The Worker as it deploys, on workerd, for the benches: `wrangler deploy --dry-run` bundles it, and
// Miniflare runs that bundle directly (no `wrangler dev` proxy, which caps near 250 req/s here and
// would measure itself), on 127.0.0.1 only, with a local D1 migrated like production.
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { Miniflare } from 'miniflare'

const root = new URL('..', import.meta.url).pathname

/**
 * Bundles a Worker with wrangler.toml's settings: the production entry (`main`) unless `entry`
 * names another module (a bench's build; see scripts/bench-worker.ts).
 *
 * @param {{ entry?: string }} [options] `entry`: a path from the repository root.
 * @returns {{ modules: Record<string, { type: 'esm' | 'text', contents: string }>, mainModule: string, stats: { modules: number, rawBytes: number, gzipBytes: number } }}
 */
export function bundleWorker({ entry } = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'fahm-bundle-'))
  try {
    // Run by this Node (>= 22), whatever `node` is first on PATH.
    const args = [join(root, 'node_modules/wrangler/bin/wrangler.js'), 'deploy', '--dry-run', '--outdir', outdir, ...(entry ? [entry] : [])]
    execFileSync(process.execPath, args, {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    })
    const files = readdirSync(outdir).filter((f) => !f.endsWith('.map') && f !== 'README.md')
    const stats = { modules: files.length, rawBytes: 0, gzipBytes: 0 }
    const modules = {}
    for (const file of files) {
      const bytes = readFileSync(join(outdir, file))
      stats.rawBytes += bytes.length
      stats.gzipBytes += gzipSync(bytes, { level: 9 }).length
      modules[file] = { type: file.endsWith('.js') ? 'esm' : 'text', contents: bytes.toString('utf8') }
    }
    // wrangler names the entry's module after it: index.js for src/worker/index.ts.
    const mainModule = files.includes('index.js') ? 'index.js' : files.find((f) => f.endsWith('.js'))
    return { modules, mainModule, stats }
  } finally {
    rmSync(outdir, { recursive: true, force: true })
  }
}

/** wrangler.toml's compatibility date. */
export function compatibilityDate() {
  return /compatibility_date\s*=\s*"([^"]+)"/.exec(wranglerToml())?.[1] ?? '2026-01-01'
}

/** wrangler.toml's `[assets]` run_worker_first routes: the paths the Worker answers before public/. */
function workerFirstRoutes() {
  return JSON.parse(/run_worker_first\s*=\s*(\[[^\]]*\])/.exec(wranglerToml())?.[1] ?? '[]')
}

function wranglerToml() {
  return readFileSync(join(root, 'wrangler.toml'), 'utf8')
}

/**
 * Starts a bundle (from {@link bundleWorker}) on a fresh workerd process, with a local D1 named `d1`
 * (not migrated) and `vars`.
 *
 * @param {{ modules: Record<string, { type: string, contents: string }>, mainModule: string }} bundle
 * @param {{ vars?: Record<string, string>, d1?: string, assets?: boolean }} [options] `assets` serves
 *   public/ as Workers Static Assets do (wrangler.toml's `[assets]`, its run_worker_first routes to the Worker).
 * @returns {Promise<{ base: string, mf: Miniflare }>}
 */
export async function startWorker(bundle, { vars = {}, d1 = 'bench', assets = false } = {}) {
  const mf = new Miniflare({
    host: '127.0.0.1',
    port: 0,
    workers: [
      {
        config: {
          name: 'fahm',
          compatibilityDate: compatibilityDate(),
          manifest: { mainModule: bundle.mainModule, modules: bundle.modules },
          ...(assets
            ? { assets: { directory: join(root, 'public'), runWorkerFirst: workerFirstRoutes(), notFoundHandling: 'none', hasUserWorker: true } }
            : {}),
          env: {
            DB: { type: 'd1', id: d1 },
            ...Object.fromEntries(Object.entries(vars).map(([name, value]) => [name, { type: 'text', value }])),
          },
        },
      },
    ],
  })
  const base = (await mf.ready).toString().replace(/\/$/, '')
  return { base, mf }
}

/**
 * Starts a bundle on a bare workerd process (`workerd serve` with a capnp config naming its modules,
 * on 127.0.0.1, no bindings), without Miniflare: Miniflare serialises its config in Node first, at a
 * cost that grows faster than the bundle (a single-segment capnp arena copied on every growth), so
 * its `ready` is not workerd's. Resolves once workerd reports its socket listening (`--control-fd`).
 *
 * @param {{ modules: Record<string, { type: string, contents: string }>, mainModule: string }} bundle
 * @returns {Promise<{ base: string, stop: () => void }>}
 */
export async function startBareWorkerd(bundle) {
  const dir = mkdtempSync(join(tmpdir(), 'fahm-workerd-'))
  const modules = Object.entries(bundle.modules)
    // The main module first: workerd takes the first as the entry.
    .sort(([a], [b]) => (a === bundle.mainModule ? -1 : b === bundle.mainModule ? 1 : 0))
    .map(([name, module]) => {
      writeFileSync(join(dir, name), module.contents)
      return `(name = ${JSON.stringify(name)}, ${module.type === 'esm' ? 'esModule' : 'text'} = embed ${JSON.stringify(name)})`
    })
  writeFileSync(
    join(dir, 'config.capnp'),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
const worker :Workerd.Worker = (modules = [${modules.join(', ')}], compatibilityDate = "${compatibilityDate()}");
`,
  )
  const child = spawn(join(root, 'node_modules/workerd/bin/workerd'), ['serve', '--control-fd=3', join(dir, 'config.capnp')], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  })
  const stop = () => {
    child.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  try {
    const port = await new Promise((resolve, reject) => {
      let control = ''
      child.stdio[3].on('data', (chunk) => {
        control += chunk
        for (const line of control.split('\n')) {
          if (line.includes('"listen"')) resolve(JSON.parse(line).port)
        }
      })
      child.on('exit', (code) => reject(new Error(`workerd exited (${code}): ${stderr}`)))
    })
    return { base: `http://127.0.0.1:${port}`, stop }
  } catch (error) {
    stop()
    throw error
  }
}

/**
 * Bundles the Worker and starts it on workerd with its D1 migrated.
 *
 * @param {{ vars?: Record<string, string>, d1?: string, entry?: string, assets?: boolean }} [options] `vars`
 *   override `[vars]` (e.g. a rate limit of '0'); `d1` names the local database; `entry` as in
 *   {@link bundleWorker}; `assets` as in {@link startWorker}.
 * @returns {Promise<{ base: string, mf: Miniflare, bundle: { modules: number, rawBytes: number, gzipBytes: number } }>}
 */
export async function startBundledWorker({ vars = {}, d1 = 'bench', entry, assets = false } = {}) {
  const built = bundleWorker({ entry })
  const { base, mf } = await startWorker(built, { vars, d1, assets })
  const db = await mf.getD1Database('DB')
  for (const file of readdirSync(join(root, 'migrations'))
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    // D1's exec takes one statement per line; run them one by one instead.
    for (const statement of splitSql(readFileSync(join(root, 'migrations', file), 'utf8'))) await db.prepare(statement).run()
  }
  return { base, mf, bundle: built.stats }
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
