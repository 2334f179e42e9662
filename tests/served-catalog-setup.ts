import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

/**
 * Vitest's global setup for the projects that import the Worker (`node`, `worker`): writes the served
 * catalog (scripts/build-served-catalog.ts) as `npm run build` and wrangler's [build] do, so that the
 * tests run on a fresh clone and see the catalog of the quizzes and code as they are.
 */
export default function setup() {
  execFileSync(process.execPath, [join(import.meta.dirname, '../scripts/build-served-catalog.ts')], { stdio: ['ignore', 'ignore', 'inherit'] })
}
