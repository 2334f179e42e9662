import { build } from 'esbuild'
import { expect, it } from 'vitest'

// `npm run build` writes src/worker/generated/served-catalog.ts (scripts/build-served-catalog.ts). On a
// fresh clone that file does not exist yet, so the script must not import it, by any path.
it('writes the served catalog without importing it', async () => {
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
  expect(inputs.filter((path) => path.startsWith('src/worker/generated/') || path === 'src/worker/served-catalog.ts')).toEqual([])
})
