// npm run bench:start-parts: what each part of the app Worker adds to its start, and what the Workers
// behind it (the grader, the drafter) cost to start, against a Hono hello-world (issue 12's goal: a
// Worker ready within 1.3× of it).
//
// workerd compiles all of a Worker's code before it is ready, what it imports lazily too, so a start
// follows the bundle's bytes, code dearer than strings (docs/developers.md, "Cold start"). This
// bench bundles the app with parts of it taken out — each module of a part replaced by one that
// exports its names as `undefined` — and Workers that hold one part alone, starts each on fresh bare
// workerd processes (`workerd serve`, scripts/workerd.mjs), interleaved, and prints the medians of
// workerd's CPU time until it is ready (what a busy machine's other jobs do not inflate; its wall
// clock beside it) and each ratio to the hello-world's. A Worker with a part taken out is a
// measurement, not a Worker: only its `GET /v1/ping` is asked, which answers without the part (the
// grader and authoring Workers, reached by RPC only, answer it 404).
//
// The app, grader and authoring Workers as they deploy: scripts/build-workers.mjs's bundles, which
// wrangler uploads as they are; beside each, the bundle wrangler would make of the same source (what
// they deployed before: its `minify`, names kept, ASCII). The app's parts are taken out of the
// former. The hello-world and the one-schema Workers are bundled as wrangler would.
// BENCH_COLD_ROUNDS (default 12).

import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildWorker, WORKER_BUNDLE_OPTIONS, WORKER_BUILDS, WRANGLER_DEPLOY_OPTIONS, workerSourceRewrites } from './build-workers.mjs'
import { startBareWorkerd } from './workerd.mjs'

const root = new URL('..', import.meta.url).pathname
const ROUNDS = Number(process.env.BENCH_COLD_ROUNDS ?? 12)

/**
 * The app's parts, by the modules that hold them (paths from the repository root). A stand-in exports
 * `undefined` for each name: the app's startup reads none of them.
 */
const PARTS = {
  // The catalog's files, gzipped (src/worker/catalog-files.ts).
  catalog: [/^src\/worker\/generated\/catalog-files\.ts$/],
  // The OpenAPI document (generated at build time, gzipped) and the /docs page.
  apiDocs: [/^src\/worker\/routes\/openapi\.ts$/, /^src\/worker\/docs-page\.ts$/],
}

/** A module's exported value names: what a stand-in must export for the importers to bundle. */
function exportedNames(source) {
  const names = new Set()
  for (const [, name] of source.matchAll(/export\s+(?:async\s+)?(?:function\*?|const|let|class)\s+([A-Za-z_$][\w$]*)/g)) names.add(name)
  for (const [, list] of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const item of list.split(',').map((part) => part.trim())) {
      if (item && !item.startsWith('type ')) names.add(item.split(/\s+as\s+/).pop())
    }
  }
  return [...names]
}

/** Replaces the modules of the parts named by stand-ins that export their names as `undefined`. */
function withoutParts(parts) {
  const patterns = parts.flatMap((part) => PARTS[part])
  return {
    name: 'without-parts',
    setup(bundler) {
      bundler.onLoad({ filter: /\.ts$/ }, (args) => {
        const path = args.path.slice(root.length)
        if (!patterns.some((pattern) => pattern.test(path))) return undefined
        const names = exportedNames(readFileSync(args.path, 'utf8'))
        return { contents: names.map((name) => `export const ${name} = undefined`).join('\n'), loader: 'js' }
      })
    },
  }
}

/** esbuild's options as wrangler bundles a Worker for a deploy (wrangler.front.toml's `minify`, names kept, ASCII). */
const WRANGLER_BUNDLE_OPTIONS = { bundle: true, ...WRANGLER_DEPLOY_OPTIONS, minify: true, keepNames: true, loader: { '.txt': 'text' }, logLevel: 'error' }

/** A Worker's bundle as workerd takes it. */
function asBundle(contents) {
  return { mainModule: 'index.js', modules: { 'index.js': { type: 'esm', contents } }, bytes: Buffer.byteLength(contents) }
}

/** `entry` bundled as wrangler would bundle it. */
async function wranglerBundle(entry) {
  const result = await build({ ...WRANGLER_BUNDLE_OPTIONS, entryPoints: [join(root, entry)], write: false })
  return asBundle(result.outputFiles[0].text)
}

/** A Worker as it deploys (scripts/build-workers.mjs), with `parts` of it taken out. */
async function deployBundle(worker, parts = []) {
  if (parts.length === 0) return asBundle((await buildWorker(worker, { write: false })).contents)
  const result = await build({
    ...WORKER_BUNDLE_OPTIONS,
    entryPoints: [join(root, WORKER_BUILDS[worker].entry)],
    write: false,
    plugins: [withoutParts(parts), workerSourceRewrites],
  })
  return asBundle(result.outputFiles[0].text)
}

const WORKERS = [
  { label: 'Hono hello-world', bundle: await wranglerBundle('scripts/bench/hello.ts') },
  { label: 'app Worker (src/worker), as it deploys', bundle: await deployBundle('app') },
  { label: 'app, bundled by wrangler instead', bundle: await wranglerBundle(WORKER_BUILDS.app.entry) },
  { label: 'app − catalog', bundle: await deployBundle('app', ['catalog']) },
  { label: 'app − catalog − API docs', bundle: await deployBundle('app', ['catalog', 'apiDocs']) },
  // Reached by RPC only: a fetch finds nothing there (404), after the same start.
  { label: 'grader Worker (src/grader), as it deploys', bundle: await deployBundle('grader'), status: 404 },
  { label: 'grader, bundled by wrangler instead', bundle: await wranglerBundle(WORKER_BUILDS.grader.entry), status: 404 },
  { label: 'authoring Worker (src/authoring), as it deploys', bundle: await deployBundle('authoring'), status: 404 },
  { label: 'authoring, bundled by wrangler instead', bundle: await wranglerBundle(WORKER_BUILDS.authoring.entry), status: 404 },
  { label: 'hello-world + zod classic, one schema', bundle: await wranglerBundle('scripts/bench/hello-zod.ts') },
  { label: 'hello-world + zod/mini, the same schema', bundle: await wranglerBundle('scripts/bench/hello-zod-mini.ts') },
].map((worker) => ({ ...worker, cpu: [], wall: [] }))

for (let round = 0; round < ROUNDS; round++) {
  // Reversed every other round, so that none always follows another's teardown.
  for (const worker of round % 2 ? [...WORKERS].reverse() : WORKERS) {
    const started = performance.now()
    const { base, stop, cpuMs } = await startBareWorkerd(worker.bundle)
    worker.wall.push(performance.now() - started)
    worker.cpu.push(cpuMs())
    const res = await fetch(`${base}/v1/ping`)
    await res.arrayBuffer()
    stop()
    if (res.status !== (worker.status ?? 200)) throw new Error(`${worker.label}: GET /v1/ping answered ${res.status}`)
  }
}

const median = (values) => {
  const sorted = values.filter((value) => value !== null).sort((a, b) => a - b)
  return sorted.length === 0 ? Number.NaN : sorted[sorted.length >> 1]
}
const [hello] = WORKERS
const helloCpu = median(hello.cpu)
const helloWall = median(hello.wall)
console.log(`Start of fresh bare workerd processes, ${ROUNDS} rounds interleaved, medians (goal: ≤ 1.30× the hello-world)\n`)
console.log(`${'Worker'.padEnd(50)}${'bundle'.padStart(10)}${'CPU ms'.padStart(9)}${'÷ hello'.padStart(9)}${'ready ms'.padStart(10)}${'÷ hello'.padStart(9)}`)
for (const { label, bundle: built, cpu, wall } of WORKERS) {
  const kib = `${(built.bytes / 1024).toFixed(0)} KiB`
  console.log(
    `${label.padEnd(50)}${kib.padStart(10)}${median(cpu).toFixed(0).padStart(9)}${`${(median(cpu) / helloCpu).toFixed(2)}×`.padStart(9)}${median(wall).toFixed(0).padStart(10)}${`${(median(wall) / helloWall).toFixed(2)}×`.padStart(9)}`,
  )
}
