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
              bindings: { TEST_MIGRATIONS: await readD1Migrations('./migrations') },
            },
          })),
        ],
        test: {
          name: 'worker',
          include: ['tests/worker/**/*.test.ts'],
          setupFiles: ['tests/worker/apply-migrations.ts'],
        },
      },
    ],
  },
})
