import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig, type Plugin } from 'vitest/config'
import { AUTHORING_CONFIG, bundleWorker, compatibilityDate, GRADER_CONFIG } from './scripts/workerd.mjs'

/** Loads `*.txt` files as string modules, as wrangler's default Text rule does in the Worker bundle. */
function textModules(): Plugin {
  return {
    name: 'fahm:text-modules',
    // Before Vite's asset plugin, which would otherwise turn a .txt import into a URL.
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('.txt')) return null
      return { code: `export default ${JSON.stringify(readFileSync(id, 'utf8'))}`, map: null }
    },
  }
}

// The machine is shared and its CPU throttled: a test that takes 0.5 s alone takes several seconds
// beside another CPU-bound job, so no project relies on Vitest's 5 s default. Load tests and long
// property runs set their own, larger timeouts.
const BUSY_MACHINE = { testTimeout: 30_000, hookTimeout: 60_000 }

/**
 * A Worker behind one of the app's service bindings — the authoring Worker (wrangler.authoring.toml,
 * AUTHORING) or the grader Worker (wrangler.grader.toml, GRADER) — bundled as it deploys (wrangler
 * runs the config's [build], scripts/build-workers.mjs), for the worker tests: Miniflare runs an
 * auxiliary Worker from JavaScript, not TypeScript.
 */
function serviceWorker(config: string) {
  const bundle = bundleWorker({ config })
  const dir = mkdtempSync(join(tmpdir(), 'fahm-service-'))
  writeFileSync(join(dir, bundle.mainModule), bundle.modules[bundle.mainModule]!.contents)
  const name = /^name\s*=\s*"([^"]+)"/m.exec(readFileSync(config, 'utf8'))![1]!
  return { name, modules: true, modulesRoot: dir, scriptPath: join(dir, bundle.mainModule), compatibilityDate: compatibilityDate() }
}

// The projects that import the Worker write what it imports from src/worker/generated first.
const WORKER_BUILD_SETUP = 'tests/worker-build-setup.ts'

export default defineConfig({
  test: {
    projects: [
      {
        // Everything that runs in Node: the pure core (src/core), the quiz files and exports read
        // from disk, and the Worker app imported in-process for its OpenAPI document
        // (tests/core/openapi.test.ts). The Worker's routes themselves run in workerd: `worker`.
        plugins: [textModules()],
        test: { name: 'node', environment: 'node', include: ['tests/core/**/*.test.ts'], globalSetup: [WORKER_BUILD_SETUP], ...BUSY_MACHINE },
      },
      {
        plugins: [
          textModules(),
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            // The app's source, not the bundle wrangler.toml uploads (scripts/build-workers.mjs's, which
            // `npm start`, the e2e tests and tests/e2e/deploy-bundle.test.ts run): the tests import its modules too.
            main: './src/worker/index.ts',
            miniflare: {
              bindings: { TEST_MIGRATIONS: await readD1Migrations('./migrations'), EDITOR_TOKEN: 'test-editor-token', SHUFFLE_SECRET: 'test-shuffle-secret' },
              workers: [serviceWorker(AUTHORING_CONFIG), serviceWorker(GRADER_CONFIG)],
            },
          })),
        ],
        test: {
          name: 'worker',
          include: ['tests/worker/**/*.test.ts'],
          // Each request crosses into workerd and a local D1: the fuzzing runs hundreds per test.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          setupFiles: ['tests/worker/apply-migrations.ts'],
          globalSetup: [WORKER_BUILD_SETUP],
        },
      },
      {
        test: {
          name: 'widget',
          environment: 'happy-dom',
          ...BUSY_MACHINE,
          include: ['tests/widget/**/*.test.{ts,tsx}'],
        },
      },
      {
        // The studio's state, edits and checks (src/studio), with a DOM for selections and pasted HTML.
        plugins: [textModules()],
        test: {
          name: 'studio',
          environment: 'happy-dom',
          ...BUSY_MACHINE,
          include: ['tests/studio/**/*.test.{ts,tsx}'],
        },
      },
      {
        // Real Chromium against a real local server; see tests/e2e/global-setup.ts. The deploy bundle's
        // test compares it with the Worker app imported here.
        plugins: [textModules()],
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // axe over a page in two languages takes a minute beside other jobs on this machine.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // The machine is shared and throttled: a poll waits for the server and the browser longer than 1 s.
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
})
