import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import { afterAll, expect, it } from 'vitest'
import { WORKER_BUILDS } from '../../scripts/build-workers.mjs'

/** The Workers keep bundling for deploy: `wrangler deploy --dry-run` builds each without an account. */

const root = new URL('../..', import.meta.url).pathname
const outdir = mkdtempSync(join(tmpdir(), 'fahm-dry-run-'))
afterAll(() => rmSync(outdir, { recursive: true, force: true }))

/** `wrangler deploy --dry-run` of a config into `dir`: what wrangler printed. */
async function dryRun(config: string, dir: string): Promise<string> {
  // Wrangler run by this Node (>= 22), whatever `node` is first on PATH.
  const wrangler = join(root, 'node_modules/wrangler/bin/wrangler.js')
  const { stdout } = await promisify(execFile)(process.execPath, [wrangler, 'deploy', '--dry-run', '-c', config, '--outdir', dir], {
    cwd: root,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', NO_COLOR: '1' },
    timeout: 120_000,
  })
  expect(stdout).toContain('--dry-run: exiting now.')
  return stdout
}

it('bundles the front Worker, small, with the app behind its service binding and public/ as its assets', async () => {
  const dir = join(outdir, 'front')
  const stdout = await dryRun('wrangler.front.toml', dir)
  expect(stdout).toMatch(/env\.APP \(fahm-api\)\s+Worker/)
  expect(stdout).toMatch(/Read \d+ files from the assets directory/)
  const code = readFileSync(join(dir, 'index.js'), 'utf8')
  expect(code).toContain('kim-putin-beijing')
  // What a new reader's Worker compiles: the catalog and a few hundred lines, not the app (the app's bundle is ~1 MB).
  expect(code.length).toBeLessThan(200 * 1024)
})

it('bundles the app Worker, with its bindings and under the size limit', async () => {
  const stdout = await dryRun('wrangler.toml', outdir)
  for (const binding of ['env.DB (fahm)', 'env.RATE_LIMIT_GRADING_PER_MINUTE']) expect(stdout).toMatch(binding)
  expect(stdout).toMatch(/env\.AUTHORING \(fahm-authoring\)\s+Worker/)
  expect(stdout).toMatch(/env\.GRADER \(fahm-grader\)\s+Worker/)
  expect(stdout).not.toContain('env.ASSETS')

  const bundle = join(outdir, 'index.js')
  expect(existsSync(bundle)).toBe(true)
  const code = readFileSync(bundle, 'utf8')
  // The routes, the catalog's files and the OpenAPI document (gzipped, as wrangler's [build] wrote them)
  // made it in; nothing is left for Node to resolve at runtime.
  expect(code).toContain('/v1/openapi.json')
  const [{ CATALOG_FILES_GZIP_BASE64 }, { OPENAPI_DOCUMENT_GZIP_BASE64 }] = await Promise.all([
    import('../../src/worker/generated/catalog-files.ts'),
    import('../../src/worker/generated/openapi-document.ts'),
  ])
  expect(code).toContain(CATALOG_FILES_GZIP_BASE64)
  expect(code).toContain(OPENAPI_DOCUMENT_GZIP_BASE64)
  expect(code).not.toMatch(/\bfrom ["']node:(fs|child_process|path)["']/)

  // Workers' free plan allows 3 MiB gzipped; stay well below it.
  const gzipped = readdirSync(outdir, { withFileTypes: true })
    .filter((f) => f.isFile() && !f.name.endsWith('.map') && f.name !== 'README.md')
    .map((f) => f.name)
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(outdir, f))).length, 0)
  expect(gzipped).toBeLessThan(1024 * 1024)
})

it('bundles the authoring Worker: the drafter, with no bindings, which the app no longer carries', async () => {
  const dir = join(outdir, 'authoring')
  const stdout = await dryRun('wrangler.authoring.toml', dir)
  expect(stdout).not.toMatch(/env\.\w+/)
  const code = readFileSync(join(dir, 'index.js'), 'utf8')
  // The drafter's notes and refusals travel with it; the API's routes and zod do not.
  expect(code).toContain('article-no-sentences')
  expect(code).not.toContain('/v1/openapi.json')
  expect(code).not.toContain('ZodError')
})

it('bundles the grader Worker: grading, the language checks and the exports, with no bindings, which the app no longer carries', async () => {
  const dir = join(outdir, 'grader')
  const stdout = await dryRun('wrangler.grader.toml', dir)
  expect(stdout).not.toMatch(/env\.\w+/)
  const code = readFileSync(join(dir, 'index.js'), 'utf8')
  expect(code).not.toContain('/v1/openapi.json')
  expect(code).not.toContain('ZodError')
  // The grader's modules, by the source maps of scripts/build-workers.mjs's bundles, which wrangler
  // uploads as they are: the grading, the number reader, the QTI writer, the check of numeric evidence.
  const graderModules = ['src/core/grade.ts', 'src/core/numbers.ts', 'src/core/export/qti.ts', 'src/core/numeric-evidence.ts']
  expect(bundledSources(WORKER_BUILDS.grader.out, code)).toEqual(expect.arrayContaining(graderModules))
  // And the app has none of them: it asks the grader over its service binding GRADER.
  const app = bundledSources(WORKER_BUILDS.app.out, readFileSync(join(outdir, 'index.js'), 'utf8'))
  expect(app).toContain('src/worker/index.ts')
  for (const module of graderModules) expect(app).not.toContain(module)
})

/** The modules a bundle built by scripts/build-workers.mjs holds, by its source map, once the uploaded `code` is seen to be that bundle. */
function bundledSources(out: string, code: string): string[] {
  expect(code).toBe(readFileSync(join(root, out), 'utf8'))
  const map = JSON.parse(readFileSync(join(root, `${out}.map`), 'utf8')) as { sources: string[] }
  return map.sources.map((source) => relative(root, resolve(root, dirname(out), source)))
}
