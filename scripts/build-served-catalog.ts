// npm run build: writes src/worker/generated/catalog-files.ts, the catalog's files (questions/) as the
// app reads them (src/worker/catalog-files.ts), then src/worker/generated/served-catalog.ts, the
// catalog's quizzes as readers are served them (src/worker/served-catalog.ts): each quiz's body, ETag
// and language for every language asked for, and its embed title, computed by the Worker's own code;
// and the build's id (SERVED_BUILD). wrangler runs it
// before every bundling (wrangler.toml's [build]: `wrangler dev` on a change, `wrangler deploy`).
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
export const SERVED_CATALOG_PATH = join(root, 'src/worker/generated/served-catalog.ts')
export const CATALOG_FILES_PATH = join(root, 'src/worker/generated/catalog-files.ts')

/** Writes `source` to `path` unless it holds it already: `wrangler dev` watches src/, and a write would be a change. */
function writeIfChanged(path: string, source: string): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === source) return false
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, source)
  return true
}

// questions/index.ts imports each quiz's JSON and article as wrangler bundles them: JSON, and text
// as a string (wrangler's default Text rule).
registerHooks({
  load(url, context, nextLoad) {
    if (url.endsWith('.txt')) {
      return { format: 'module', source: `export default ${JSON.stringify(readFileSync(fileURLToPath(url), 'utf8'))}`, shortCircuit: true }
    }
    if (url.endsWith('.json') && url.startsWith('file:')) return { format: 'json', source: readFileSync(fileURLToPath(url), 'utf8'), shortCircuit: true }
    return nextLoad(url, context)
  },
})

// First the catalog's files as the app reads them (src/worker/catalog-files.ts): the store below reads
// them too. Gzipped JSON, in base64: the same files write the same module (gzip's mtime is 0).
const { quizSources } = await import('../questions/index.ts')
writeIfChanged(
  CATALOG_FILES_PATH,
  `// Written by scripts/build-served-catalog.ts (npm run build, and wrangler.toml's [build]) from questions/:
// do not edit; not committed.
/** questions/index.ts's quizSources, as JSON, gzipped, in base64 (src/worker/catalog-files.ts). */
export const CATALOG_FILES_GZIP_BASE64 = ${JSON.stringify(gzipSync(JSON.stringify(quizSources), { level: 9 }).toString('base64'))}
`,
)

const { catalogQuizzes, servedQuizRecord } = await import('../src/worker/quiz-store.ts')

const catalog = await Promise.all((await catalogQuizzes()).map(servedQuizRecord))

// The build's id: a hash of the code that computes what readers are served (src/core, src/worker but
// this file's output, and the locked dependencies: zod parses stored quizzes). The store's records of authored quizzes carry the id of the build that wrote
// them, and a Worker reads only its own build's (db/served-quizzes.ts), so no reader is served what
// older code computed.
function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
    .filter((path) => !path.startsWith(join('src/worker/generated')))
    .sort()
}
const sources = createHash('sha256')
for (const path of [...sourceFiles('src/core'), ...sourceFiles('src/worker'), 'package-lock.json'])
  sources.update(`${path}\0${readFileSync(join(root, path), 'utf8')}\0`)
const build = sources.digest('hex').slice(0, 16)

const source = `// Written by scripts/build-served-catalog.ts (npm run build, and wrangler.toml's [build]) from questions/:
// do not edit; not committed.
import type { ServedQuizRecord } from '../served-quiz-record.ts'

/** The id of the code that computed what readers are served: a hash of src/core, src/worker and package-lock.json. */
export const SERVED_BUILD = ${JSON.stringify(build)}

export const SERVED_CATALOG: readonly ServedQuizRecord[] = ${JSON.stringify(catalog, null, 1)}
`
const unchanged = !writeIfChanged(SERVED_CATALOG_PATH, source)
console.log(`served catalog: ${catalog.length} quiz${catalog.length === 1 ? '' : 'zes'}, build ${build}${unchanged ? ' (unchanged)' : ''}`)
