import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// Three Workers deploy: the front (wrangler.front.toml, src/front), which the public reaches, the app
// (wrangler.toml, src/worker) behind its service binding, and the authoring Worker
// (wrangler.authoring.toml, src/authoring: the drafter) behind the app's. Their configs must agree
// where a fact is shared.

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
const front = read('wrangler.front.toml')
const app = read('wrangler.toml')
const authoring = read('wrangler.authoring.toml')

/** A top-level `key = "value"` of a config. */
const value = (toml: string, key: string) => new RegExp(`^${key}\\s*=\\s*"([^"]*)"`, 'm').exec(toml)?.[1]
/** A section's text, up to the next section. */
const section = (toml: string, name: string) =>
  new RegExp(`^\\[{1,2}${name}\\]{1,2}\\n((?:(?!\\[).*(?:\\n|$))*)`, 'm')
    .exec(toml)?.[1]
    ?.replace(/^#.*\n/gm, '')
    .trim()

describe('the Workers’ configs', () => {
  it('run on the same compatibility date', () => {
    expect(value(front, 'compatibility_date')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(value(front, 'compatibility_date')).toBe(value(app, 'compatibility_date'))
    expect(value(authoring, 'compatibility_date')).toBe(value(app, 'compatibility_date'))
  })

  it('bind the app’s AUTHORING to the authoring Worker by its name, and keep that Worker off the public internet', () => {
    const services = section(app, 'services')
    expect(value(services!, 'binding')).toBe('AUTHORING')
    expect(value(services!, 'service')).toBe(value(authoring, 'name'))
    expect(new Set([value(front, 'name'), value(app, 'name'), value(authoring, 'name')]).size).toBe(3)
    expect(authoring).toMatch(/^workers_dev\s*=\s*false$/m)
    expect(authoring).toMatch(/^preview_urls\s*=\s*false$/m)
    // It reads nothing: no database, no limits, no secrets (the app's route limits the drafts).
    for (const binding of ['d1_databases', 'ratelimits', 'vars', 'secrets', 'services', 'assets']) expect(section(authoring, binding), binding).toBeUndefined()
  })

  it('bind the front’s APP to the app Worker by its name', () => {
    const services = section(front, 'services')
    expect(services).toBeDefined()
    expect(value(services!, 'binding')).toBe('APP')
    expect(value(services!, 'service')).toBe(value(app, 'name'))
    expect(value(front, 'name')).not.toBe(value(app, 'name'))
  })

  it('build the served catalog before bundling, both of them (each bundles it)', () => {
    expect(section(front, 'build')).toBeDefined()
    expect(section(front, 'build')).toBe(section(app, 'build'))
  })

  it('serve public/ from the front only, and keep the app off the public internet', () => {
    expect(value(section(front, 'assets') ?? '', 'directory')).toBe('./public')
    expect(section(app, 'assets')).toBeUndefined()
    expect(app).toMatch(/^workers_dev\s*=\s*false$/m)
  })

  it('keep the app’s bindings in the app: the front has its service binding and reads the app’s database', () => {
    for (const binding of ['ratelimits', 'vars', 'secrets']) {
      expect(section(app, binding), binding).toBeDefined()
      expect(section(front, binding), binding).toBeUndefined()
    }
    const [appD1, frontD1] = [section(app, 'd1_databases')!, section(front, 'd1_databases')!]
    for (const key of ['binding', 'database_name', 'database_id']) expect(value(frontD1, key), key).toBe(value(appD1, key))
    // The app's config applies the migrations.
    expect(value(appD1, 'migrations_dir')).toBe('migrations')
    expect(value(frontD1, 'migrations_dir')).toBeUndefined()
  })
})
