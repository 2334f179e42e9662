import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

/**
 * Vitest's global setup for the projects that import the Worker (`node`, `worker`): writes what the
 * Worker imports from src/worker/generated — the served catalog (scripts/build-served-catalog.ts) and
 * the OpenAPI document (scripts/build-openapi-document.ts) — as `npm run build` and wrangler's [build]
 * do, so that the tests run on a fresh clone and see the quizzes and code as they are.
 */
export default function setup() {
  for (const script of ['build-served-catalog.ts', 'build-openapi-document.ts']) {
    execFileSync(process.execPath, [join(import.meta.dirname, '../scripts', script)], { stdio: ['ignore', 'ignore', 'inherit'] })
  }
}
