// Bundles the authoring Worker (wrangler.authoring.toml: src/authoring, the drafter and its lexicons)
// into src/authoring/generated/index.js, which wrangler uploads as it is (`no_bundle`). Run by
// `npm run build` and by wrangler itself (the config's `[build]`), before a deploy or `wrangler dev`.
//
// Why not wrangler's own bundle: workerd compiles all of a Worker's code before it is ready, and that
// start follows the bundle's bytes (docs/developers.md, "Cold start"); the drafter is most of the
// authoring Worker's. The bundle is esbuild's, with wrangler's options for a deploy, but for three:
//   - UTF-8 out (`charset: 'utf8'`), not ASCII: wrangler's esbuild writes each letter of the Arabic
//     lexicons as a 6-byte `\uXXXX` escape, a third of its bundle; in UTF-8 they take 2 bytes each.
//   - No `keepNames`: the drafter reads no function's or class's name (DraftError names itself), and
//     the source maps give them back to a stack trace.
//   - A regular-expression literal with a Unicode property (`/\p{L}+/u`) is written as the
//     `new RegExp(…)` it stands for: V8 checks a literal's syntax when it compiles the code around it,
//     the never-run functions too, and for a `\p{…}` builds that property's set of characters, so each
//     cost the Worker's start; the constructor checks it only when it runs, on the first draft. Both
//     make a new RegExp of the same pattern and flags each time they are evaluated: the same values.
// `npm run bench:start-parts` measures it beside wrangler's bundle.

import { build } from 'esbuild'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import ts from 'typescript'

const root = new URL('..', import.meta.url).pathname
export const AUTHORING_ENTRY = 'src/authoring/index.ts'
export const AUTHORING_OUT = 'src/authoring/generated/index.js'

/** The array, one per module, of the regular expressions of its functions, each built on first use. */
const SITES = '$propertyRegExps'

/**
 * The regular-expression literals of a TypeScript source that name a Unicode property, rewritten so
 * that V8 parses them only when they first run:
 *   - at a module's top level, evaluated once: `new RegExp(…)`, the same pattern and flags;
 *   - in a function, without the `g` or `y` flag: `((sites ??= [])[n] ??= new RegExp(…))`, one RegExp
 *     for all of the function's calls, made on the first (a new one on each call would be parsed on
 *     each, and halve the drafter's speed). A RegExp without `g` or `y` keeps no state between
 *     matches, and the drafter neither compares nor writes its RegExps, so one serves every call as
 *     each call's did. `sites` is a `var` of the module, so a call that comes before the module's
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

/** The esbuild plugin that applies {@link propertyRegExpsDeferred} to each TypeScript module of a build. */
export const propertyRegExps = {
  name: 'property-regexps-deferred',
  setup(bundler) {
    bundler.onLoad({ filter: /\.ts$/ }, ({ path }) => {
      const { text, count } = propertyRegExpsDeferred(readFileSync(path, 'utf8'), path)
      return count === 0 ? undefined : { contents: text, loader: 'ts' }
    })
  },
}

const TYPES = `// Written by scripts/build-authoring.mjs: the types of the bundle beside it, its source's.
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

/**
 * The authoring Worker's bundle: written to src/authoring/generated/ (with its source map), or, with
 * `write: false`, returned (for the benches).
 *
 * @param {{ write?: boolean }} [options]
 * @returns {Promise<{ contents: string, bytes: number, unchanged: boolean }>}
 */
export async function buildAuthoring({ write = true } = {}) {
  const outfile = join(root, AUTHORING_OUT)
  const result = await build({
    entryPoints: [join(root, AUTHORING_ENTRY)],
    outfile,
    absWorkingDir: root,
    bundle: true,
    write: false,
    ...WRANGLER_DEPLOY_OPTIONS,
    loader: { '.js': 'jsx', '.mjs': 'jsx', '.cjs': 'jsx', '.txt': 'text' },
    define: { 'process.env.NODE_ENV': '"production"', 'global.process.env.NODE_ENV': '"production"', 'globalThis.process.env.NODE_ENV': '"production"' },
    // wrangler.authoring.toml cannot say `minify` beside `no_bundle`: this build minifies.
    minify: true,
    sourcemap: write,
    // Where it differs (see above).
    charset: 'utf8',
    keepNames: false,
    plugins: [propertyRegExps],
    logLevel: 'error',
  })
  let unchanged = true
  if (write) {
    mkdirSync(dirname(outfile), { recursive: true })
    // Its types, its source's: `wrangler types` names this module for the app's service binding
    // AUTHORING (worker-configuration.d.ts), whose RPC calls they type.
    const types = { path: outfile.replace(/\.js$/, '.d.ts'), text: TYPES }
    // An unchanged file is left alone: `wrangler dev` watches src/ (wrangler.toml's [build]), and a write is a change.
    for (const file of [...result.outputFiles, types]) {
      if (existsSync(file.path) && readFileSync(file.path, 'utf8') === file.text) continue
      writeFileSync(file.path, file.contents ?? file.text)
      unchanged = false
    }
  }
  const contents = result.outputFiles.find((file) => file.path === outfile).text
  return { contents, bytes: Buffer.byteLength(contents), unchanged }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { bytes, unchanged } = await buildAuthoring()
  console.log(`${relative(process.cwd(), join(root, AUTHORING_OUT))}: ${(bytes / 1024).toFixed(0)} KiB${unchanged ? ' (unchanged)' : ''}`)
}
