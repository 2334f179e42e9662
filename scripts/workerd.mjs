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

/** The front Worker's config (src/front): the public's Worker, serving public/, the app behind it. */
export const FRONT_CONFIG = 'wrangler.front.toml'
/** The app Worker's config (src/worker). */
export const APP_CONFIG = 'wrangler.toml'
/** The authoring Worker's config (src/authoring): the drafter, behind the app's service binding AUTHORING. */
export const AUTHORING_CONFIG = 'wrangler.authoring.toml'
/** The grader Worker's config (src/grader): grading, the language checks and the exports, behind the app's service binding GRADER. */
export const GRADER_CONFIG = 'wrangler.grader.toml'

/**
 * Bundles a Worker with its config's settings (the app's, wrangler.toml, unless `config` names the
 * front's): the config's entry (`main`) unless `entry` names another module (a bench's build; see
 * scripts/bench/worker.ts).
 *
 * @param {{ entry?: string, config?: string }} [options] `entry`, `config`: paths from the repository root.
 * @returns {{ modules: Record<string, { type: 'esm' | 'text', contents: string }>, mainModule: string, stats: { modules: number, rawBytes: number, gzipBytes: number } }}
 */
export function bundleWorker({ entry, config = APP_CONFIG } = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'fahm-bundle-'))
  try {
    // Run by this Node (>= 22), whatever `node` is first on PATH.
    // Another entry is bundled by wrangler, minified, whatever the config's own entry is uploaded as
    // (the app's, grader's and authoring's are scripts/build-workers.mjs's bundles, `no_bundle`).
    const args = [
      join(root, 'node_modules/wrangler/bin/wrangler.js'),
      'deploy',
      '--dry-run',
      '-c',
      config,
      '--outdir',
      outdir,
      ...(entry ? ['--bundle', '--minify', entry] : []),
    ]
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

/** wrangler.toml's compatibility date (wrangler.front.toml's is the same: tests/core/worker-configs.test.ts). */
export function compatibilityDate() {
  return /compatibility_date\s*=\s*"([^"]+)"/.exec(configText(APP_CONFIG))?.[1] ?? '2026-01-01'
}

/** wrangler.toml's name: the app Worker's, which the front's service binding names. */
export function appWorkerName() {
  return /^name\s*=\s*"([^"]+)"/m.exec(configText(APP_CONFIG))?.[1] ?? 'fahm-api'
}

/** wrangler.authoring.toml's name, which the app's service binding AUTHORING names. */
const AUTHORING_WORKER = /^name\s*=\s*"([^"]+)"/m.exec(configText(AUTHORING_CONFIG))?.[1] ?? 'fahm-authoring'

/** wrangler.grader.toml's name, which the app's service binding GRADER names. */
const GRADER_WORKER = /^name\s*=\s*"([^"]+)"/m.exec(configText(GRADER_CONFIG))?.[1] ?? 'fahm-grader'

/** The front's `[assets]` run_worker_first routes: the paths the Worker answers before public/. */
function workerFirstRoutes() {
  return JSON.parse(/run_worker_first\s*=\s*(\[[^\]]*\])/.exec(configText(FRONT_CONFIG))?.[1] ?? '[]')
}

function configText(config) {
  return readFileSync(join(root, config), 'utf8')
}

/**
 * Starts the app's bundle (from {@link bundleWorker}) on a fresh workerd process, with a local D1
 * named `d1` (not migrated; none when `d1` is null, for a bundle that has no D1) and `vars`; with `front`, the front Worker's bundle before it, as they
 * deploy: the front takes the requests and serves public/ as Workers Static Assets do (its config's
 * `[assets]`, their run_worker_first routes to the Worker), reads the same D1, the app behind its
 * service binding. The app's service bindings AUTHORING and GRADER go to `authoring` and `grader`,
 * the authoring and grader Workers' bundles (wrangler.authoring.toml, wrangler.grader.toml), started
 * beside it; when null, to an address nothing listens on (a measure of the app's start: a draft, or
 * a grade, then fails).
 *
 * @param {{ modules: Record<string, { type: string, contents: string }>, mainModule: string }} bundle
 * @param {{ vars?: Record<string, string>, d1?: string | null, front?: { modules: Record<string, { type: string, contents: string }>, mainModule: string }, authoring?: { modules: Record<string, { type: string, contents: string }>, mainModule: string } | null, grader?: { modules: Record<string, { type: string, contents: string }>, mainModule: string } | null }} [options]
 * @returns {Promise<{ base: string, mf: Miniflare }>}
 */
export async function startWorker(bundle, { vars = {}, d1 = 'bench', front, authoring = null, grader = null } = {}) {
  const app = {
    config: {
      name: appWorkerName(),
      compatibilityDate: compatibilityDate(),
      manifest: { mainModule: bundle.mainModule, modules: bundle.modules },
      env: {
        ...(d1 === null ? {} : { DB: { type: 'd1', id: d1 } }),
        AUTHORING: authoring ? { type: 'worker', worker: AUTHORING_WORKER } : NO_APP,
        GRADER: grader ? { type: 'worker', worker: GRADER_WORKER } : NO_APP,
        ...Object.fromEntries(Object.entries(vars).map(([name, value]) => [name, { type: 'text', value }])),
      },
    },
  }
  // Behind the app's service bindings: no bindings of their own.
  const serviceWorker = (name, service) =>
    service && { config: { name, compatibilityDate: compatibilityDate(), manifest: { mainModule: service.mainModule, modules: service.modules }, env: {} } }
  const services = [serviceWorker(AUTHORING_WORKER, authoring), serviceWorker(GRADER_WORKER, grader)].filter(Boolean)
  const mf = new Miniflare({
    host: '127.0.0.1',
    port: 0,
    // The first Worker takes the requests.
    workers: [...(front ? [frontWorker(front, { type: 'worker', worker: appWorkerName() }, true, d1)] : []), app, ...services],
  })
  const base = (await mf.ready).toString().replace(/\/$/, '')
  return { base, mf }
}

/** Nothing listens there: a request the front (or the app) hands on fails, so a measure of a Worker alone shows it took none. */
const NO_APP = { type: 'external', address: '127.0.0.1:9', http: {} }

/**
 * The front Worker's Miniflare config, its service binding APP to `app`, serving public/ when
 * `assets`, and reading the app's local D1 named `d1` (none when null: it then hands every reader of
 * an authored quiz to the app).
 */
function frontWorker(bundle, app, assets, d1 = null) {
  return {
    config: {
      name: 'fahm',
      compatibilityDate: compatibilityDate(),
      manifest: { mainModule: bundle.mainModule, modules: bundle.modules },
      ...(assets ? { assets: { directory: join(root, 'public'), runWorkerFirst: workerFirstRoutes(), notFoundHandling: 'none', hasUserWorker: true } } : {}),
      env: { APP: app, ...(d1 === null ? {} : { DB: { type: 'd1', id: d1 } }) },
    },
  }
}

/**
 * Starts the front Worker's bundle alone on a fresh workerd process through Miniflare, its app an
 * address nothing listens on: what a reader's first request starts (a request it hands on fails);
 * with `d1`, reading a local D1 of that name (not migrated: see {@link migrateD1}).
 *
 * @param {{ modules: Record<string, { type: string, contents: string }>, mainModule: string }} bundle
 * @param {{ d1?: string | null }} [options]
 * @returns {Promise<{ base: string, mf: Miniflare }>}
 */
export async function startFrontAlone(bundle, { d1 = null } = {}) {
  const mf = new Miniflare({ host: '127.0.0.1', port: 0, workers: [frontWorker(bundle, NO_APP, false, d1)] })
  const base = (await mf.ready).toString().replace(/\/$/, '')
  return { base, mf }
}

/**
 * Starts a bundle on a bare workerd process (`workerd serve` with a capnp config naming its modules,
 * on 127.0.0.1), without Miniflare: Miniflare serialises its config in Node first, at a cost that
 * grows faster than the bundle (a single-segment capnp arena copied on every growth), so its `ready`
 * is not workerd's. No bindings, but for the front Worker (`front`) its service binding APP, to an
 * address nothing listens on (a request it hands on fails). Resolves once workerd reports its socket
 * listening (`--control-fd`). `cpuMs()` reads the CPU time the process has used (all its threads; null
 * where /proc is not there).
 *
 * @param {{ modules: Record<string, { type: string, contents: string }>, mainModule: string }} bundle
 * @param {{ front?: boolean }} [options]
 * @returns {Promise<{ base: string, stop: () => void, cpuMs: () => number | null }>}
 */
export async function startBareWorkerd(bundle, { front = false } = {}) {
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
  services = [(name = "main", worker = .worker)${front ? `, (name = "app", external = (address = "${NO_APP.address}", http = ()))` : ''}],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
const worker :Workerd.Worker = (modules = [${modules.join(', ')}], compatibilityDate = "${compatibilityDate()}"${front ? ', bindings = [(name = "APP", service = "app")]' : ''});
`,
  )
  const child = spawn(join(root, 'node_modules/workerd/bin/workerd'), ['serve', '--control-fd=3', join(dir, 'config.capnp')], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  })
  const stop = () => {
    child.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
  // The CPU time workerd has used so far, all its threads (Linux's /proc; null elsewhere): what a busy
  // machine's other jobs do not add to, unlike the wall-clock time.
  const cpuMs = () => {
    try {
      let ns = 0
      for (const task of readdirSync(`/proc/${child.pid}/task`)) ns += Number(readFileSync(`/proc/${child.pid}/task/${task}/schedstat`, 'utf8').split(' ')[0])
      return ns / 1e6
    } catch {
      return null
    }
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
    return { base: `http://127.0.0.1:${port}`, stop, cpuMs }
  } catch (error) {
    stop()
    throw error
  }
}

/**
 * Bundles the app Worker and starts it on workerd with its D1 migrated; with `front`, the front
 * Worker too, before it, as they deploy (see {@link startWorker}).
 *
 * @param {{ vars?: Record<string, string>, d1?: string, entry?: string, front?: boolean }} [options] `vars`
 *   override `[vars]` (e.g. a rate limit of '0'); `d1` names the local database; `entry` as in
 *   {@link bundleWorker}.
 * @returns {Promise<{ base: string, mf: Miniflare, bundle: { modules: number, rawBytes: number, gzipBytes: number } }>}
 */
export async function startBundledWorker({ vars = {}, d1 = 'bench', entry, front = false } = {}) {
  const built = bundleWorker({ entry })
  const { base, mf } = await startWorker(built, {
    vars,
    d1,
    front: front ? bundleWorker({ config: FRONT_CONFIG }) : undefined,
    authoring: bundleWorker({ config: AUTHORING_CONFIG }),
    grader: bundleWorker({ config: GRADER_CONFIG }),
  })
  await migrateD1(mf)
  return { base, mf, bundle: built.stats }
}

/**
 * Applies migrations/ to the local D1 of a Miniflare from {@link startWorker} (the app's) or
 * {@link startFrontAlone} (`worker`: 'fahm', the front's), as `wrangler d1 migrations apply` would.
 *
 * @param {Miniflare} mf
 * @param {string} [worker] the name of a Worker bound to it
 * @returns {Promise<D1Database>} the database
 */
export async function migrateD1(mf, worker = appWorkerName()) {
  const db = await mf.getD1Database('DB', worker)
  for (const file of readdirSync(join(root, 'migrations'))
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    // D1's exec takes one statement per line; run them one by one instead.
    for (const statement of splitSql(readFileSync(join(root, 'migrations', file), 'utf8'))) await db.prepare(statement).run()
  }
  return db
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
