import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RATE_LIMIT_POLICIES } from '../../src/worker/rate-limit-policies.ts'

// The registry is the one source of the limits; the configuration and the prose docs that repeat a
// number or a name are checked against it here (the OpenAPI document and /docs read it directly).
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
const wrangler = read('wrangler.toml')
const developers = read('docs/developers.md')
const classroom = read('docs/classroom.md')
const policies = Object.values(RATE_LIMIT_POLICIES)
const perWindow = (seconds: number) => ({ 60: 'minute', 3600: 'hour' })[seconds]

describe('the rate-limit registry', () => {
  it('has a [vars] default in wrangler.toml equal to each policy default', () => {
    for (const policy of policies) {
      expect(wrangler, policy.variable).toMatch(new RegExp(`^${policy.variable} = "${policy.defaultLimit}"$`, 'm'))
    }
  })

  it('matches each [[ratelimits]] binding: its limit is the variable, its period the window', () => {
    for (const policy of policies) {
      if (policy.counter.kind !== 'binding') continue
      const block = new RegExp(`name = "${policy.counter.bindingName}"\\n[^\\n]*\\nsimple = \\{ limit = (\\d+), period = (\\d+) \\}`).exec(wrangler)
      expect(block, policy.counter.bindingName).not.toBeNull()
      expect(Number(block![1]), `${policy.name} limit`).toBe(policy.defaultLimit)
      expect(Number(block![2]), `${policy.name} period`).toBe(policy.windowSeconds)
    }
  })

  it('is the table of docs/developers.md: one row per policy with its default and variable', () => {
    const rows = developers.split('\n').filter((line) => /^\| `[a-z-]+` \|/.test(line) && /\/ (minute|hour) \|/.test(line))
    expect(rows.map((row) => /^\| `([a-z-]+)`/.exec(row)![1]).sort()).toEqual(policies.map((p) => p.name).sort())
    for (const policy of policies) {
      const row = rows.find((r) => r.startsWith(`| \`${policy.name}\` |`))!
      expect(row).toContain(`| ${policy.defaultLimit} / ${perWindow(policy.windowSeconds)} |`)
      expect(row).toContain(`\`${policy.variable}\``)
      expect(row).toContain(policy.counter.kind === 'd1' ? '| D1 |' : `binding \`${policy.counter.bindingName}\``)
      expect(row).toContain(`\`${policy.routes[0]}\``)
    }
  })

  it('is what docs/classroom.md says of the classroom limits', () => {
    for (const policy of [RATE_LIMIT_POLICIES.classes, RATE_LIMIT_POLICIES.attempts]) {
      expect(classroom).toContain(`\`${policy.variable}\` (default ${policy.defaultLimit}) per client address`)
      expect(classroom).toMatch(new RegExp(`${policy.variable}\` \\(default ${policy.defaultLimit}\\)[^|]* per ${perWindow(policy.windowSeconds)} \\|`))
    }
  })
})
