import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { readFileSync } from 'node:fs'
import { defineConfig, type Plugin } from 'vitest/config'

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

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [textModules()],
        test: { name: 'core', environment: 'node', include: ['tests/core/**/*.test.ts'] },
      },
      {
        plugins: [
          textModules(),
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: { TEST_MIGRATIONS: await readD1Migrations('./migrations'), EDITOR_TOKEN: 'test-editor-token', SHUFFLE_SECRET: 'test-shuffle-secret' },
            },
          })),
        ],
        test: {
          name: 'worker',
          include: ['tests/worker/**/*.test.ts'],
          setupFiles: ['tests/worker/apply-migrations.ts'],
        },
      },
      {
        test: {
          name: 'widget',
          environment: 'happy-dom',
          include: ['tests/widget/**/*.test.{ts,tsx}'],
        },
      },
      {
        // The studio's state, edits and checks (src/studio), with a DOM for selections and pasted HTML.
        plugins: [textModules()],
        test: {
          name: 'studio',
          environment: 'happy-dom',
          include: ['tests/studio/**/*.test.{ts,tsx}'],
        },
      },
      {
        // Real Chromium against a real local server; see tests/e2e/global-setup.ts.
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // The machine is shared and throttled: a poll waits for the server and the browser longer than 1 s.
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
})
