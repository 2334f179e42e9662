import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import { afterAll, expect, it } from 'vitest'

/** The Worker keeps bundling for deploy: `wrangler deploy --dry-run` builds it without an account. */

const root = new URL('../..', import.meta.url).pathname
const outdir = mkdtempSync(join(tmpdir(), 'fahm-dry-run-'))
afterAll(() => rmSync(outdir, { recursive: true, force: true }))

it('bundles with wrangler deploy --dry-run, with its bindings and under the size limit', async () => {
  // Wrangler run by this Node (>= 22), whatever `node` is first on PATH.
  const wrangler = join(root, 'node_modules/wrangler/bin/wrangler.js')
  const { stdout } = await promisify(execFile)(process.execPath, [wrangler, 'deploy', '--dry-run', '--outdir', outdir], {
    cwd: root,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', NO_COLOR: '1' },
    timeout: 120_000,
  })
  expect(stdout).toContain('--dry-run: exiting now.')
  for (const binding of ['env.DB (fahm)', 'env.ASSETS', 'env.RATE_LIMIT_GRADING_PER_MINUTE']) expect(stdout).toContain(binding)

  const bundle = join(outdir, 'index.js')
  expect(existsSync(bundle)).toBe(true)
  const code = readFileSync(bundle, 'utf8')
  // The routes and the bundled quiz made it in; nothing is left for Node to resolve at runtime.
  expect(code).toContain('/v1/openapi.json')
  expect(code).toContain('kim-putin-beijing')
  expect(code).not.toMatch(/\bfrom ["']node:(fs|child_process|path)["']/)
  expect(readdirSync(outdir).some((f) => f.endsWith('.txt'))).toBe(true)

  // Workers' free plan allows 3 MiB gzipped; stay well below it.
  const gzipped = readdirSync(outdir)
    .filter((f) => !f.endsWith('.map') && f !== 'README.md')
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(outdir, f))).length, 0)
  expect(gzipped).toBeLessThan(1024 * 1024)
})
