import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { PROBLEM_CODES } from '../src/worker/problem.ts'

/**
 * docs/api.md's table of problem codes, rendered from `PROBLEM_CODES` (src/worker/problem.ts), the
 * one source that `/docs` and the OpenAPI document read too. `npm run docs:write` rewrites the part
 * between the markers; tests/core/problem-codes.test.ts fails when it is out of date.
 */
export const API_DOCS_PATH = fileURLToPath(new URL('../docs/api.md', import.meta.url))

const START = '<!-- problem-codes: generated from PROBLEM_CODES in src/worker/problem.ts by `npm run docs:write` -->'
const END = '<!-- /problem-codes -->'

export function renderProblemTable(): string {
  const rows = Object.entries(PROBLEM_CODES).map(
    ([code, { status, help }]) => `| <a id="problem-${code}"></a>\`${code}\` | ${status} | ${help.replaceAll('|', '\\|')} |`,
  )
  return [START, '| code | status | when |', '|---|---|---|', ...rows, END].join('\n')
}

/** docs/api.md with its problem-code table rendered afresh. */
export function renderApiDocs(current: string): string {
  const start = current.indexOf(START)
  const end = current.indexOf(END)
  if (start < 0 || end < start) throw new Error(`docs/api.md has no ${START} … ${END} block`)
  return current.slice(0, start) + renderProblemTable() + current.slice(end + END.length)
}

if (import.meta.main) {
  writeFileSync(API_DOCS_PATH, renderApiDocs(readFileSync(API_DOCS_PATH, 'utf8')))
  console.log(`wrote ${API_DOCS_PATH}`)
}
