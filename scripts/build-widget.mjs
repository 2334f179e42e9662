// Bundles the browser entry points into public/: the quiz widget and, when present, the teacher
// page and the quiz studio. One IIFE file each, minified, Preact included, no runtime imports.
import { build } from 'esbuild'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { minify } from 'terser'
import { gzipSync } from 'node:zlib'

const root = new URL('..', import.meta.url)
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'))

const entries = [
  // widget.js carries news quizzes; an assignment or show-article makes it load widget-full.js, the
  // same entry with the classroom flow and the article view (src/widget/flags.ts), which the embed
  // page and the student page load directly.
  { in: 'src/widget/index.tsx', out: 'public/widget.js', jsx: 'src/widget/jsx.ts', full: false },
  { in: 'src/widget/index.tsx', out: 'public/widget-full.js', jsx: 'src/widget/jsx.ts', full: true },
  { in: 'src/widget/embed-frame.ts', out: 'public/embed-frame.js' },
  { in: 'src/teach/main.tsx', out: 'public/teach.js', jsx: 'src/widget/jsx.ts' },
  { in: 'src/studio/main.tsx', out: 'public/studio.js', jsx: 'src/widget/jsx.ts' },
  { in: 'src/xapi/browser.ts', out: 'public/xapi.js' },
]

// The widget's strings and the styles of the quiz's parts, one script per language
// (src/widget/strings.ts loads them beside the quiz): widget.js carries the code and the loading state.
const { strings } = await import(new URL('src/widget/i18n.ts', root).href)
const { quizCss } = await import(new URL('src/widget/styles.ts', root).href)
for (const [lang, texts] of Object.entries(strings)) {
  // window.FahmStrings only when a script set it: an element the page names FahmStrings is a window
  // property too (DOM clobbering, src/widget/globals.ts), and is replaced, never written into.
  const script = `(function(w,s){s=Object.prototype.hasOwnProperty.call(w,'FahmStrings')?w.FahmStrings:w.FahmStrings={};s.${lang}=${JSON.stringify(texts)};s.css=${JSON.stringify(quizCss)}})(window);`
  writeFileSync(new URL(`public/widget-ui.${lang}.js`, root), script)
  console.log(`public/widget-ui.${lang}.js: ${Buffer.byteLength(script)} B, ${gzipSync(script, { level: 9 }).length} B gzipped`)
}

// Preact makes nodes with `doc.createElementNS(…)` and `doc.createTextNode(…)`, doc being the
// container's document: on a page with an element named so (`<form name="createElementNS">`, DOM
// clobbering) that is the element, and the widget would not render. The bundles call the functions
// of Document.prototype on that document instead, which no element replaces (src/widget/globals.ts
// does the same for the widget's own code).
const unclobberedPreact = {
  name: 'unclobbered-preact',
  setup(build) {
    build.onLoad({ filter: /[\\/]preact[\\/]dist[\\/]preact\.mjs$/ }, ({ path }) => {
      let calls = 0
      const contents = readFileSync(path, 'utf8').replace(/\b([\w$]+)\.(createElementNS|createTextNode)\(/g, (_, owner, name) => {
        calls++
        return `Document.prototype.${name}.call(${owner},`
      })
      // A Preact that makes nodes otherwise must be looked at again, not bundled as it is.
      if (calls !== 2) throw new Error(`unclobbered-preact: expected Preact's one createElementNS and one createTextNode call, found ${calls}`)
      return { contents, loader: 'js' }
    })
  },
}

// The App component's fields, methods and state, and props of its parts, that no one outside the widget
// names (none is a key of the strings, of a stored State or of the public options).
const WIDGET_OWN_PROPERTIES =
  /^(storageKey|loadedTarget|loadedLang|focusNext|controller|announcement|confirming|numerals|switchLang|failed|act|ui|busy|shown|progress|onShow|verdict|onAnswer|ql|boxes)$/

for (const entry of entries) {
  if (!existsSync(new URL(entry.in, root))) continue
  const result = await build({
    write: false,
    absWorkingDir: root.pathname,
    entryPoints: [entry.in],
    outfile: entry.out,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    // External map without a sourceMappingURL comment: a few bytes less in every embed.
    sourcemap: 'external',
    legalComments: 'none',
    charset: 'utf8',
    // The classic factory (h) is smaller than the automatic runtime's children arrays.
    jsx: 'transform',
    jsxFactory: 'h',
    jsxFragment: 'Fragment',
    inject: entry.jsx ? [entry.jsx] : [],
    // tsconfig.json asks for the automatic runtime (for tsc and vitest); the bundle uses h.
    tsconfigRaw: {},
    define: { __VERSION__: JSON.stringify(version), __FULL__: String(entry.full ?? true), __EXTERNAL_UI__: 'true', 'process.env.NODE_ENV': '"production"' },
    plugins: [unclobberedPreact],
    logLevel: 'warning',
  })
  // esbuild bundles; terser's multi-pass compressor then takes off another ~3% gzipped, which
  // keeps widget.js inside its 12 KB budget. Its property reads have no side effects (pure_getters:
  // no layout is forced by a read), and the widget's instance fields, state and props named below
  // are its own (never stored, sent or read by name), so they get short names too.
  const bundled = result.outputFiles.find((f) => f.path.endsWith('.js')).text
  const map = result.outputFiles.find((f) => f.path.endsWith('.map')).text
  const out = await minify(bundled, {
    ecma: 2020,
    compress: { passes: 3, pure_getters: true, unsafe: true, unsafe_arrows: true, unsafe_methods: true, toplevel: true },
    mangle: { toplevel: true, properties: entry.in === 'src/widget/index.tsx' ? { regex: WIDGET_OWN_PROPERTIES } : false },
    sourceMap: { content: map, filename: entry.out.split('/').pop(), url: undefined },
  })
  writeFileSync(new URL(entry.out, root), out.code)
  writeFileSync(new URL(`${entry.out}.map`, root), out.map)
  const code = Buffer.from(out.code)
  const gz = gzipSync(code, { level: 9 }).length
  console.log(`${entry.out}: ${code.length} B minified, ${gz} B gzipped (${(gz / 1024).toFixed(2)} KB)`)
}
