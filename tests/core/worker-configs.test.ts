import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { WORKER_BUILDS } from '../../scripts/build-workers.mjs'

// Four Workers deploy: the front (wrangler.front.toml, src/front), which the public reaches, the app
// (wrangler.toml, src/worker) behind its service binding, and behind the app's two, the authoring
// Worker (wrangler.authoring.toml, src/authoring: the drafter) and the grader Worker
// (wrangler.grader.toml, src/grader: grading, the language checks, the exports). Their configs must
// agree where a fact is shared.

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
const front = read('wrangler.front.toml')
const app = read('wrangler.toml')
const authoring = read('wrangler.authoring.toml')
const grader = read('wrangler.grader.toml')

/** A top-level `key = "value"` of a config. */
const value = (toml: string, key: string) => new RegExp(`^${key}\\s*=\\s*"([^"]*)"`, 'm').exec(toml)?.[1]
/** A section's text, up to the next section. */
const section = (toml: string, name: string) =>
  new RegExp(`^\\[{1,2}${name}\\]{1,2}\\n((?:(?!\\[).*(?:\\n|$))*)`, 'm')
    .exec(toml)?.[1]
    ?.replace(/^#.*\n/gm, '')
    .trim()
/** Every `[[name]]` section's text, in order. */
const sections = (toml: string, name: string) =>
  [...toml.matchAll(new RegExp(`^\\[\\[${name}\\]\\]\\n((?:(?!\\[).*(?:\\n|$))*)`, 'gm'))].map(([, text]) => text!.replace(/^#.*\n/gm, '').trim())

describe('the Workers’ configs', () => {
  it('run on the same compatibility date', () => {
    expect(value(front, 'compatibility_date')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(value(front, 'compatibility_date')).toBe(value(app, 'compatibility_date'))
    expect(value(authoring, 'compatibility_date')).toBe(value(app, 'compatibility_date'))
    expect(value(grader, 'compatibility_date')).toBe(value(app, 'compatibility_date'))
  })

  it('name four different Workers', () => {
    expect(new Set([front, app, authoring, grader].map((config) => value(config, 'name'))).size).toBe(4)
  })

  it.each([
    ['AUTHORING', 'the authoring Worker', authoring],
    ['GRADER', 'the grader Worker', grader],
  ])('bind the app’s %s to %s by its name, and keep that Worker off the public internet', (binding, _worker, config) => {
    const services = sections(app, 'services')
    expect(services.map((text) => value(text, 'binding'))).toContain(binding)
    expect(value(services.find((text) => value(text, 'binding') === binding)!, 'service')).toBe(value(config, 'name'))
    expect(config).toMatch(/^workers_dev\s*=\s*false$/m)
    expect(config).toMatch(/^preview_urls\s*=\s*false$/m)
    // It reads nothing: no database, no limits, no secrets (the app's routes limit and validate what it is asked).
    for (const section_ of ['d1_databases', 'ratelimits', 'vars', 'secrets', 'services', 'assets']) expect(section(config, section_), section_).toBeUndefined()
  })

  it.each(Object.entries(WORKER_BUILDS))(
    'upload the %s Worker as scripts/build-workers.mjs bundles it (minified), built by its [build] last',
    (worker, { config: file, out }) => {
      const config = read(file)
      expect(value(config, 'main')).toBe(out)
      expect(config).toMatch(/^no_bundle\s*=\s*true$/m)
      expect(config).toMatch(/^upload_source_maps\s*=\s*true$/m)
      expect(value(section(config, 'build') ?? '', 'command')).toMatch(new RegExp(` scripts/build-workers\\.mjs ${worker}$`))
    },
  )

  it('let wrangler bundle the front Worker, minified', () => {
    expect(front).not.toMatch(/^no_bundle/m)
    expect(front).toMatch(/^minify\s*=\s*true$/m)
  })

  it('bind the front’s APP to the app Worker by its name', () => {
    const services = section(front, 'services')
    expect(services).toBeDefined()
    expect(value(services!, 'binding')).toBe('APP')
    expect(value(services!, 'service')).toBe(value(app, 'name'))
    expect(value(front, 'name')).not.toBe(value(app, 'name'))
  })

  it('build the served catalog before bundling, both of them (each bundles it), and the app its OpenAPI document', () => {
    const command = (config: string) => value(section(config, 'build') ?? '', 'command')
    expect(command(front)).toContain('scripts/build-served-catalog.ts')
    expect(command(app)).toContain('scripts/build-served-catalog.ts')
    expect(command(app)).toContain('scripts/build-openapi-document.ts')
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
