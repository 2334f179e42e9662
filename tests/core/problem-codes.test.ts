import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { API_DOCS_PATH, renderApiDocs } from '../../scripts/write-api-docs.ts'
import { CORS_ALLOWED_HEADERS, CORS_EXPOSED_HEADERS } from '../../src/worker/middleware/cors.ts'
import { PROBLEM_CODES } from '../../src/worker/problem.ts'
import { RATE_LIMIT_POLICIES } from '../../src/worker/rate-limit-policies.ts'

const apiDocs = readFileSync(API_DOCS_PATH, 'utf8')

/** The backticked names of a Markdown paragraph, in order. */
function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)
}

describe('docs/api.md', () => {
  it('has the problem-code table of PROBLEM_CODES (npm run docs:write)', () => {
    expect(renderApiDocs(apiDocs)).toBe(apiDocs)
    for (const code of Object.keys(PROBLEM_CODES))
      expect(apiDocs).toContain(`<a id="problem-${code}"></a>\`${code}\` | ${PROBLEM_CODES[code as keyof typeof PROBLEM_CODES].status} |`)
  })

  it('lists the CORS headers cors.ts allows and exposes', () => {
    const section = apiDocs.slice(apiDocs.indexOf('## CORS'))
    const allows = section.slice(section.indexOf('allows the request headers'), section.indexOf('and exposes'))
    const exposes = section.slice(section.indexOf('and exposes'))
    expect(codeSpans(allows)).toEqual([...CORS_ALLOWED_HEADERS])
    expect(codeSpans(exposes).filter((name) => /^[A-Z]/.test(name))).toEqual([...CORS_EXPOSED_HEADERS])
  })

  it('states the grading policy of the registry', () => {
    const { grading } = RATE_LIMIT_POLICIES
    const section = apiDocs.slice(apiDocs.indexOf('## Rate limit'), apiDocs.indexOf('## CORS'))
    expect(section).toContain(`${grading.defaultLimit} requests a minute`)
    expect(section).toContain(`\`RateLimit-Policy: "${grading.name}";q=${grading.defaultLimit};w=${grading.windowSeconds}\``)
    expect(section).toContain(`\`Retry-After: ${grading.windowSeconds}\``)
  })
})
