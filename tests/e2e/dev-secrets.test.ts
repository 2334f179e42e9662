import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { startLocalServer, type LocalServer } from '../../scripts/local-server.mjs'

/**
 * The secrets a developer puts in `.dev.vars` (as `.dev.vars.example` shows) reach the local Worker:
 * `wrangler dev` loads from that file only the secrets wrangler.toml's `[secrets]` lists, so a key
 * missing there is dropped without a word. Started with the same file format through `--env-file`,
 * so that a developer's own `.dev.vars` is never touched. Self-contained: its own server.
 */

const root = new URL('../..', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'fahm-dev-secrets-'))
let running: LocalServer | undefined

afterAll(async () => {
  await running?.stop()
  rmSync(dir, { recursive: true, force: true })
})

/** The keys `.dev.vars.example` sets. */
function exampleKeys(): string[] {
  return readFileSync(join(root, '.dev.vars.example'), 'utf8')
    .split('\n')
    .map((line) => /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
    .filter((key): key is string => key !== undefined)
}

it('lists every secret of .dev.vars.example in wrangler.toml, so wrangler dev loads it', () => {
  const toml = readFileSync(join(root, 'wrangler.toml'), 'utf8')
  const required = JSON.parse(/^\[secrets\]\s*\nrequired\s*=\s*(\[[^\]]*\])/m.exec(toml)?.[1] ?? '[]') as string[]
  expect(exampleKeys().length).toBeGreaterThan(0)
  expect(required).toEqual(expect.arrayContaining(exampleKeys()))
})

it('signs an editor in with the EDITOR_TOKEN of a .dev.vars file', { timeout: 180_000 }, async () => {
  const token = `dev-vars-editor-${crypto.randomUUID()}`
  const envFile = join(dir, '.dev.vars')
  writeFileSync(
    envFile,
    exampleKeys()
      .map((key) => `${key}=${key === 'EDITOR_TOKEN' ? token : `test-${key.toLowerCase()}`}\n`)
      .join(''),
  )
  running = await startLocalServer({ envFile })
  const me = await fetch(`${running.url}/v1/me`, { headers: { Authorization: `Bearer ${token}` } })
  expect(me.status).toBe(200)
  expect(await me.json()).toEqual({ role: 'editor' })
  const wrong = await fetch(`${running.url}/v1/me`, { headers: { Authorization: 'Bearer not-the-token' } })
  expect(wrong.status).toBe(401)
})
