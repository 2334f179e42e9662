import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'

// `npm run build` writes src/worker/generated/served-catalog.ts (scripts/build-served-catalog.ts). On a
// fresh clone that file does not exist yet, so the script must not import it, by any path; the
// catalog's files (generated/catalog-files.ts), which the store it imports reads, it writes first.
it('writes the served catalog without importing it, and the catalog files before the store reads them', async () => {
  const { metafile } = await build({
    entryPoints: ['scripts/build-served-catalog.ts'],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    loader: { '.txt': 'text' },
    external: ['node:*'],
    outdir: 'unused',
    logLevel: 'silent',
  })
  const inputs = Object.keys(metafile.inputs)
  expect(inputs).toContain('src/worker/quiz-store.ts')
  expect(inputs.filter((path) => path.startsWith('src/worker/generated/') || path === 'src/worker/served-catalog.ts')).toEqual([
    'src/worker/generated/catalog-files.ts',
  ])
  const script = readFileSync('scripts/build-served-catalog.ts', 'utf8')
  const writesFiles = script.search(/writeIfChanged\(\s*CATALOG_FILES_PATH/)
  expect(writesFiles).toBeGreaterThan(0)
  expect(writesFiles).toBeLessThan(script.indexOf("await import('../src/worker/quiz-store.ts')"))
})
