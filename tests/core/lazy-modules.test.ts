import { build, type Metafile } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { lazyHandlers, lazyModule } from '../../src/worker/lazy-modules.ts'

// The Worker evaluates, before its first request is answered, every module its app imports statically
// (src/worker/lazy-modules.ts). The heavy parts of the core — the lexicons of numbers, units and places,
// the grader, the language checks, the drafter, the exports — must be reached through `import()` only,
// or, better, not be in the app at all (the grader and authoring Workers below): workerd compiles all
// of a Worker's code at startup, what it imports lazily too (`npm run bench`, `npm run bench:start-parts`).
const HEAVY = [
  'src/core/numbers-lexicon.ts',
  'src/core/unit-words.ts',
  'src/core/places.ts',
  'src/core/units.ts',
  'src/core/describe.ts',
  'src/core/text-match.ts',
  'src/core/grade.ts',
  'src/core/language-checks.ts',
  'src/core/draft/index.ts',
  'src/core/export/qti.ts',
]

let inputs: Metafile['inputs']
beforeAll(async () => {
  const result = await build({
    entryPoints: ['src/worker/index.ts', 'src/front/index.ts', 'src/authoring/index.ts', 'src/grader/index.ts'],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    loader: { '.txt': 'text' },
    external: ['cloudflare:*', 'node:*'],
    outdir: 'unused',
    logLevel: 'silent',
  })
  inputs = result.metafile.inputs
})

/**
 * The modules `entries` reach by static imports (and by `import()` from the modules in `dynamicFrom`),
 * each with the module that imports it first.
 */
function staticGraph(entries: string[], dynamicFrom: string[] | 'everywhere' = []): Map<string, string | null> {
  const reached = new Map<string, string | null>(entries.map((entry) => [entry, null]))
  const queue = [...entries]
  for (let module = queue.shift(); module !== undefined; module = queue.shift()) {
    for (const { path, kind, external } of inputs[module]?.imports ?? []) {
      const followed = kind === 'import-statement' || (kind === 'dynamic-import' && (dynamicFrom === 'everywhere' || dynamicFrom.includes(module)))
      if (!followed || external || reached.has(path)) continue
      reached.set(path, module)
      queue.push(path)
    }
  }
  return reached
}

function importChain(graph: Map<string, string | null>, module: string): string {
  const chain = [module]
  for (let by = graph.get(module); by; by = graph.get(by)) chain.unshift(by)
  return chain.join(' → ')
}

describe("the Worker's startup", () => {
  it('evaluates no more than its entry before the first request', () => {
    expect([...staticGraph(['src/worker/index.ts']).keys()]).toEqual(['src/worker/index.ts'])
  })

  it.each(HEAVY)('reaches %s from the app through import() only', (module) => {
    expect(inputs[module], `${module} is not in the bundle: update the list`).toBeDefined()
    const graph = staticGraph(['src/worker/api.ts'])
    expect(graph.has(module) ? importChain(graph, module) : null).toBeNull()
  })

  // A reader's first request is the quiz the widget asks for: the routers of its group (route-groups.ts),
  // its handler and the store's catalog, parser and projection, without the grader (its own handlers'
  // module) or the readers of numbers.
  it.each(HEAVY)("does not load %s for a reader's first request, GET /v1/quizzes/{quizId}", (module) => {
    const graph = staticGraph([...QUIZZES_GROUP, 'src/worker/routes/quizzes/quizzes.handlers.ts'], ['src/worker/quiz-store.ts'])
    expect(graph.has('src/core/public-quiz.ts')).toBe(true)
    expect(graph.has(module) ? importChain(graph, module) : null).toBeNull()
  })
})

// Route definitions: every group's zod schemas, for validation (the OpenAPI document is built from them).
const ROUTE_DEFINITIONS = (path: string) => path.endsWith('src/worker/api-router.ts') || /\.routes\.ts$/.test(path)

// What the OpenAPI document is generated with at build time (scripts/build-openapi-document.ts), and
// zod's classic API: in none of the Workers, not even through import() (workerd compiles it all).
const BUILD_TIME_ONLY = [
  'node_modules/zod/v4/classic/',
  'node_modules/@asteasolutions/zod-to-openapi/',
  'node_modules/@hono/zod-openapi/',
  'node_modules/@hono/zod-validator/',
]

describe("the Workers' bundles", () => {
  it.each(['src/worker/index.ts', 'src/front/index.ts', 'src/authoring/index.ts', 'src/grader/index.ts'])(
    'hold neither zod’s classic API nor the OpenAPI generator: %s',
    (entry) => {
      const graph = staticGraph([entry], 'everywhere')
      const found = [...graph.keys()].filter((path) => BUILD_TIME_ONLY.some((part) => path.includes(part)))
      expect(found.map((path) => importChain(graph, path))).toEqual([])
    },
  )

  it('validate with zod/mini in the app', () => {
    const graph = staticGraph(['src/worker/index.ts'], 'everywhere')
    expect([...graph.keys()].some((path) => path.includes('node_modules/zod/v4/mini/'))).toBe(true)
  })
})
const QUIZZES_GROUP = ['src/worker/api.ts', 'src/worker/routes/quizzes/index.ts', 'src/worker/routes/editor/index.ts', 'src/worker/routes/export.ts']

describe('the route groups (src/worker/route-groups.ts)', () => {
  it('leave zod and every route definition out of the app, so that ping and health need none', () => {
    const graph = staticGraph(['src/worker/api.ts'])
    const zod = [...graph.keys()].filter((path) => path.includes('node_modules/zod/') || ROUTE_DEFINITIONS(path))
    expect(zod.map((path) => importChain(graph, path))).toEqual([])
  })

  it.each([
    ['the embed page', ['src/worker/routes/embed.ts']],
    ["a student's page and the apps' pages", ['src/worker/routes/pages.ts']],
  ])('load no route definitions for %s', (_name, group) => {
    const graph = staticGraph(['src/worker/api.ts', ...group], ['src/worker/quiz-store.ts'])
    const definitions = [...graph.keys()].filter(ROUTE_DEFINITIONS)
    expect(definitions.map((path) => importChain(graph, path))).toEqual([])
  })

  // A reader's quiz is answered by the app's own route, its embed page by the embed group, both from
  // the store (src/worker/reader-quizzes.ts), which brings the quiz schema's zod on the request that
  // needs it: the route and the group evaluate none of it themselves.
  it.each([
    ["a reader's quiz", []],
    ["a reader's embed page", ['src/worker/routes/embed.ts']],
  ])('evaluate no zod for %s before it asks the store', (_name, group) => {
    const graph = staticGraph(['src/worker/api.ts', ...group])
    const zod = [...graph.keys()].filter((path) => path.includes('node_modules/zod/') || path === 'src/core/quiz-schema.ts')
    expect(zod.map((path) => importChain(graph, path))).toEqual([])
  })

  it("load the quiz routes' definitions alone for a reader's quiz", () => {
    const graph = staticGraph(QUIZZES_GROUP)
    const definitions = [...graph.keys()].filter((path) => /\.routes\.ts$/.test(path))
    expect(definitions.sort()).toEqual(['src/worker/routes/editor/editor.routes.ts', 'src/worker/routes/quizzes/quizzes.routes.ts'])
  })
})

// The front Worker (src/front) is what a new reader starts: workerd compiles all of a Worker's code,
// what it imports lazily too, so none of the app's heavy parts may be in it at all.
describe('the front Worker', () => {
  it('has no zod, no route definitions, no store and none of the heavy core, not even through import()', () => {
    const graph = staticGraph(['src/front/index.ts'], 'everywhere')
    expect(graph.has('src/worker/served-catalog.ts')).toBe(true)
    const heavy = [...graph.keys()].filter(
      (path) =>
        path.includes('node_modules/zod/') || ROUTE_DEFINITIONS(path) || ['src/worker/quiz-store.ts', 'src/core/quiz-schema.ts', ...HEAVY].includes(path),
    )
    expect(heavy.map((path) => importChain(graph, path))).toEqual([])
  })

  it('has the served catalog, which the app has not, not even through import(): the app serves those quizzes from its store', () => {
    const graph = staticGraph(['src/worker/index.ts'], 'everywhere')
    expect(graph.has('src/worker/served-catalog.ts') ? importChain(graph, 'src/worker/served-catalog.ts') : null).toBeNull()
  })
})

// The drafter is the authoring Worker's (src/authoring): the app asks it for drafts over its service
// binding, so the app's bundle, which every cold isolate compiles whole, has none of it.
describe('the authoring Worker', () => {
  // The route's limits and the notes' messages, for its validation and its document.
  const ROUTE_NEEDS = ['src/core/draft/errors.ts', 'src/core/draft/notes.ts']

  it('has the drafter, which the app has not, not even through import()', () => {
    expect(staticGraph(['src/authoring/index.ts'], 'everywhere').has('src/core/draft/index.ts')).toBe(true)
    const graph = staticGraph(['src/worker/index.ts'], 'everywhere')
    const drafter = [...graph.keys()].filter((path) => path.startsWith('src/core/draft/') && !ROUTE_NEEDS.includes(path))
    expect(drafter.map((path) => importChain(graph, path))).toEqual([])
  })
})

// Grading, its feedback, the language checks and the exports are the grader Worker's (src/grader): the
// app asks it over its service binding GRADER, so the app's bundle has none of the lexicons.
describe('the grader Worker', () => {
  const GRADER_PARTS = [
    'src/core/grade.ts',
    'src/core/answer-feedback.ts',
    'src/core/language-checks.ts',
    'src/core/export/qti.ts',
    'src/core/export/gift.ts',
    'src/core/numbers-lexicon.ts',
    'src/core/unit-words.ts',
    'src/core/places.ts',
    'src/core/text-match.ts',
    'src/core/describe.ts',
  ]

  it('has the grader, the language checks and the exports, which the app has not, not even through import()', () => {
    const grader = staticGraph(['src/grader/index.ts'], 'everywhere')
    expect(GRADER_PARTS.filter((path) => !grader.has(path))).toEqual([])
    const app = staticGraph(['src/worker/index.ts'], 'everywhere')
    expect(GRADER_PARTS.filter((path) => app.has(path)).map((path) => importChain(app, path))).toEqual([])
  })

  it('has no zod and no quiz schema: it is handed quizzes the app parsed', () => {
    const graph = staticGraph(['src/grader/index.ts'], 'everywhere')
    const zod = [...graph.keys()].filter((path) => path.includes('node_modules/zod/') || path === 'src/core/quiz-schema.ts')
    expect(zod.map((path) => importChain(graph, path))).toEqual([])
  })
})

describe('lazyModule', () => {
  it('imports once and shares the module', async () => {
    let loads = 0
    const load = lazyModule(async () => ({ loads: ++loads }))
    const [first, second] = await Promise.all([load(), load()])
    expect(first).toBe(second)
    expect(await load()).toBe(first)
    expect(loads).toBe(1)
  })

  it('tries a failed import again on the next call', async () => {
    let attempts = 0
    const load = lazyModule(async () => {
      attempts++
      if (attempts === 1) throw new Error('network')
      return { attempts }
    })
    await expect(load()).rejects.toThrow('network')
    expect(await load()).toEqual({ attempts: 2 })
  })
})

describe('lazyHandlers', () => {
  it('calls the named export with the arguments, importing on the first call', async () => {
    let imported = false
    const handler = lazyHandlers(async () => {
      imported = true
      return { double: (n: number) => n * 2, hook: async (text: string) => `${text}!` }
    })
    const double = handler('double')
    expect(imported).toBe(false)
    expect(await double(21)).toBe(42)
    expect(imported).toBe(true)
    expect(await handler('hook')('ok')).toBe('ok!')
  })
})
