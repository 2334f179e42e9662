// Bundles the Workers whose start follows their code — the app (wrangler.toml: src/worker), the
// grader (wrangler.grader.toml: src/grader, grading and its lexicons) and the authoring Worker
// (wrangler.authoring.toml: src/authoring, the drafter and its lexicons) — each into its folder's
// generated/index.js, which wrangler uploads as it is (`no_bundle`). Run by `npm run build` and by
// wrangler itself (each config's `[build]`: `node scripts/build-workers.mjs <worker>`), before a deploy
// or `wrangler dev`.
//
// Why not wrangler's own bundle: workerd compiles all of a Worker's code before it is ready, and that
// start follows the bundle's bytes (docs/developers.md, "Cold start"). The bundle is esbuild's, with
// wrangler's options for a deploy, but for these:
//   - UTF-8 out (`charset: 'utf8'`), not ASCII: wrangler's esbuild writes each letter of the Arabic
//     lexicons as a 6-byte `\uXXXX` escape; in UTF-8 they take 2 bytes each.
//   - No `keepNames`: no Worker reads a function's or a class's name (an error class names itself),
//     and the source maps give them back to a stack trace.
//   - A regular-expression literal with a Unicode property (`/\p{L}+/u`) is written as the
//     `new RegExp(…)` it stands for: V8 checks a literal's syntax when it compiles the code around it,
//     the never-run functions too, and for a `\p{…}` builds that property's set of characters, so each
//     cost the Worker's start; the constructor checks it only when it runs, on the first grade or
//     draft. Both make a new RegExp of the same pattern and flags each time they are evaluated: the
//     same values.
//   - The app's route definitions without what only its OpenAPI document reads (their summaries,
//     descriptions and response schemas: `routeDocsStripped`): the build generates the document from
//     the source (scripts/build-openapi-document.ts), and the app serves it as that file.
// The front Worker (wrangler.front.toml), small and mostly Hono, keeps wrangler's bundle.
// `npm run bench:start-parts` measures each beside wrangler's bundle of the same source.

import { build } from 'esbuild'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import ts from 'typescript'

const root = new URL('..', import.meta.url).pathname

/**
 * The Workers this script bundles, by the name its command line takes: each one's entry and the
 * bundle written for it (its wrangler config's `main`), from the repository root.
 */
export const WORKER_BUILDS = {
  app: { config: 'wrangler.toml', entry: 'src/worker/index.ts', out: 'src/worker/generated/index.js' },
  grader: { config: 'wrangler.grader.toml', entry: 'src/grader/index.ts', out: 'src/grader/generated/index.js' },
  authoring: { config: 'wrangler.authoring.toml', entry: 'src/authoring/index.ts', out: 'src/authoring/generated/index.js' },
}

/** The array, one per module, of the regular expressions of its functions, each built on first use. */
const SITES = '$propertyRegExps'

/**
 * The regular-expression literals of a TypeScript source that name a Unicode property, rewritten so
 * that V8 parses them only when they first run:
 *   - at a module's top level, evaluated once: `new RegExp(…)`, the same pattern and flags;
 *   - in a function, without the `g` or `y` flag: `((sites ??= [])[n] ??= new RegExp(…))`, one RegExp
 *     for all of the function's calls, made on the first (a new one on each call would be parsed on
 *     each, and halve the drafter's speed). A RegExp without `g` or `y` keeps no state between
 *     matches, and no Worker compares its RegExps or writes to one without them (the `lastIndex`
 *     resets in src/core are of module-level `g` RegExps, shared already), so one serves every call
 *     as each call's did. `sites` is a `var` of the module, so a call that comes before the module's
 *     own code has run (an import cycle) finds it too;
 *   - in a function, with `g` or `y`: left as it is, each call's own (its `lastIndex` is a state).
 */
export function propertyRegExpsDeferred(source, fileName = 'module.ts') {
  if (!/\\[pP]\{/.test(source)) return { text: source, count: 0 }
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const literals = []
  const visit = (node, inFunction) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(file)
      const end = text.lastIndexOf('/')
      const pattern = text.slice(1, end)
      const flags = text.slice(end + 1)
      if (/\\[pP]\{/.test(pattern) && !(inFunction && /[gy]/.test(flags)))
        literals.push({ start: node.getStart(file), end: node.getEnd(), pattern, flags, inFunction })
    }
    const body = ts.isFunctionLike(node) || ts.isPropertyDeclaration(node) || ts.isClassStaticBlockDeclaration(node)
    ts.forEachChild(node, (child) => visit(child, inFunction || body))
  }
  visit(file, false)
  if (literals.length === 0) return { text: source, count: 0 }
  let sites = 0
  for (const literal of literals) if (literal.inFunction) literal.site = sites++
  let text = source
  // Backwards, so that the offsets before each stay true; on the literal's own line, and the `var` at
  // the end, so that the source map's lines stay.
  for (const { start, end, pattern, flags, site } of literals.reverse()) {
    const made = `new RegExp(${JSON.stringify(pattern)}, ${JSON.stringify(flags)})`
    text = `${text.slice(0, start)}${site === undefined ? made : `((${SITES} ??= [])[${site}] ??= ${made})`}${text.slice(end)}`
  }
  if (sites > 0) text += `\nvar ${SITES}: RegExp[] | undefined\n`
  return { text, count: literals.length }
}

/**
 * What of a route definition (`createRoute({…})`, src/worker/api-router.ts) the app reads when it
 * serves it (`ApiRouter.openapi`): its method, its path, its middleware and its request's schemas.
 * The rest — `summary`, `description`, `responses`, `tags`, `operationId`, `security`, `hide` — is read
 * by the OpenAPI document alone, which the build generates from the source
 * (scripts/build-openapi-document.ts) and the app serves as that file.
 */
export const SERVED_ROUTE_FIELDS = ['method', 'path', 'middleware', 'request']

/**
 * A module of the app without what only its OpenAPI document reads, which the app's bundle then
 * does not compile at every start: the fields of each `createRoute({…})` but {@link SERVED_ROUTE_FIELDS}
 * (with them the response schemas, whose modules the bundle leaves out when nothing else imports
 * them), and each `openapi(schema, …)` (src/worker/openapi-metadata.ts: the schema, at runtime)
 * written as `(schema)`. Only where the module imports `createRoute` from api-router.ts or `openapi`
 * from openapi-metadata.ts. What is taken out leaves its line breaks, so that the source map's lines stay.
 */
export function routeDocsStripped(source, fileName = 'module.ts') {
  const imported = (name, from) => new RegExp(`import\\s*\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from\\s*'[^']*/${from}'`).test(source)
  const routes = imported('createRoute', 'api-router\\.ts')
  const metadata = imported('openapi', 'openapi-metadata\\.ts')
  if (!routes && !metadata) return { text: source, count: 0 }
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  /** [start, end, what stays in its place] of each part taken out. */
  const cuts = []
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const [first] = node.arguments
      if (routes && node.expression.text === 'createRoute' && first && ts.isObjectLiteralExpression(first)) {
        for (const field of first.properties) {
          const name = field.name && (ts.isIdentifier(field.name) || ts.isStringLiteral(field.name)) ? field.name.text : undefined
          if (name === undefined || SERVED_ROUTE_FIELDS.includes(name)) {
            visit(field)
            continue
          }
          // The field and the comma after it.
          const comma = /^\s*,/.exec(source.slice(field.getEnd()))
          cuts.push([field.getFullStart(), field.getEnd() + (comma?.[0].length ?? 0)])
        }
        return
      }
      if (metadata && node.expression.text === 'openapi' && first) {
        // `openapi(schema, …)` → `(schema)`: the parentheses keep it one expression whatever follows.
        cuts.push([node.getStart(file), first.getStart(file), '('], [first.getEnd(), node.getEnd() - 1])
        visit(first)
        return
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  let text = source
  for (const [start, end, kept = ''] of cuts.sort(([a], [b]) => b - a))
    text = `${text.slice(0, start)}${kept}${text.slice(start, end).replace(/[^\n]/g, '')}${text.slice(end)}`
  return { text, count: cuts.length }
}

/** The esbuild plugin that rewrites each TypeScript module of a Worker's bundle: {@link routeDocsStripped}, then {@link propertyRegExpsDeferred}. */
export const workerSourceRewrites = {
  name: 'worker-source-rewrites',
  setup(bundler) {
    bundler.onLoad({ filter: /\.ts$/ }, ({ path }) => {
      const stripped = routeDocsStripped(readFileSync(path, 'utf8'), path)
      const deferred = propertyRegExpsDeferred(stripped.text, path)
      return stripped.count + deferred.count === 0 ? undefined : { contents: deferred.text, loader: 'ts' }
    })
  },
}

/** The types of a bundle, its source's (written beside it as index.d.ts). */
const TYPES = `// Written by scripts/build-workers.mjs: the types of the bundle beside it, its source's.
export { default } from '../index.ts'
export type * from '../index.ts'
`

/** esbuild's options as wrangler bundles a module Worker for a deploy (its COMMON_ESBUILD_OPTIONS and build conditions). */
export const WRANGLER_DEPLOY_OPTIONS = {
  format: 'esm',
  target: 'es2024',
  platform: 'neutral',
  conditions: ['workerd', 'worker', 'browser'],
  mainFields: ['module', 'main'],
  external: ['cloudflare:*', 'node:*'],
}

/** esbuild's options for a Worker's bundle (see above): wrangler's for a deploy, but for these. */
export const WORKER_BUNDLE_OPTIONS = {
  bundle: true,
  ...WRANGLER_DEPLOY_OPTIONS,
  loader: { '.js': 'jsx', '.mjs': 'jsx', '.cjs': 'jsx', '.txt': 'text' },
  define: { 'process.env.NODE_ENV': '"production"', 'global.process.env.NODE_ENV': '"production"', 'globalThis.process.env.NODE_ENV': '"production"' },
  // A config cannot say `minify` beside `no_bundle`: this build minifies.
  minify: true,
  // Where it differs (see above).
  charset: 'utf8',
  keepNames: false,
  plugins: [workerSourceRewrites],
  logLevel: 'error',
}

/**
 * A Worker's bundle: written to its folder's generated/ (with its source map and its types), or,
 * with `write: false`, returned (for the benches).
 *
 * @param {keyof typeof WORKER_BUILDS} worker
 * @param {{ write?: boolean }} [options]
 * @returns {Promise<{ contents: string, bytes: number, unchanged: boolean }>}
 */
export async function buildWorker(worker, { write = true } = {}) {
  const { entry, out } = WORKER_BUILDS[worker]
  const outfile = join(root, out)
  const result = await build({ ...WORKER_BUNDLE_OPTIONS, entryPoints: [join(root, entry)], outfile, absWorkingDir: root, write: false, sourcemap: write })
  let unchanged = true
  if (write) {
    mkdirSync(dirname(outfile), { recursive: true })
    // Its types, its source's: `wrangler types` names these modules for the app's service bindings
    // and for the front's binding to the app (worker-configuration.d.ts), whose calls they type.
    const types = { path: outfile.replace(/\.js$/, '.d.ts'), text: TYPES }
    // An unchanged file is left alone: `wrangler dev` watches src/ (each config's [build]), and a write is a change.
    for (const file of [...result.outputFiles, types]) {
      if (existsSync(file.path) && readFileSync(file.path, 'utf8') === file.text) continue
      writeFileSync(file.path, file.contents ?? file.text)
      unchanged = false
    }
  }
  const contents = result.outputFiles.find((file) => file.path === outfile).text
  return { contents, bytes: Buffer.byteLength(contents), unchanged }
}

// `node scripts/build-workers.mjs [worker…]`: the Workers named, or all of them.
if (import.meta.url === `file://${process.argv[1]}`) {
  const named = process.argv.slice(2)
  for (const worker of named) if (!Object.hasOwn(WORKER_BUILDS, worker)) throw new Error(`No Worker "${worker}": ${Object.keys(WORKER_BUILDS).join(', ')}`)
  for (const worker of named.length > 0 ? named : Object.keys(WORKER_BUILDS)) {
    const { bytes, unchanged } = await buildWorker(worker)
    console.log(`${WORKER_BUILDS[worker].out}: ${(bytes / 1024).toFixed(0)} KiB${unchanged ? ' (unchanged)' : ''}`)
  }
}
