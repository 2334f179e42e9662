// npm run deploy: from a fresh clone to a deployed Worker, in one command.
//
//   1. builds the widget and the other browser bundles into public/
//   2. creates the D1 database "fahm" when wrangler.toml still has the placeholder id, and writes
//      the new id into wrangler.toml and wrangler.front.toml, whose Worker reads it too (commit that
//      change)
//   3. applies the migrations to the remote database
//   4. makes sure the EDITOR_TOKEN secret exists: taken from $EDITOR_TOKEN, else asked for on a
//      terminal, else generated — a generated token is printed once, keep it; and that the
//      SHUFFLE_SECRET secret exists (from $SHUFFLE_SECRET, else random, never printed)
//   5. wrangler deploy of the authoring Worker (wrangler.authoring.toml: the drafter, which the app
//      asks for drafts) and of the grader Worker (wrangler.grader.toml: grading, the language checks
//      and the exports, which the app asks for them), then of the app Worker (wrangler.toml; uploading the new secret with it, so a
//      first deploy needs no extra step), then of the front Worker (wrangler.front.toml), which the
//      public reaches and which hands the app what it does not answer itself
//   6. asks the deployed host for every public quiz once (scripts/ask-public-quizzes.mjs), so that the
//      app keeps each authored quiz's record for the new build before a reader asks: the host is the
//      front's URL in wrangler's output, or $FAHM_URL (a custom domain)
//
// Needs a Cloudflare login (`npx wrangler login`) or CLOUDFLARE_API_TOKEN (+ CLOUDFLARE_ACCOUNT_ID).
// `node scripts/deploy.mjs --dry-run` only prints what it would do and bundles with --dry-run.

import { execFileSync, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline/promises'
import { askPublicQuizzes } from './ask-public-quizzes.mjs'

const root = new URL('..', import.meta.url).pathname
// Run by this Node (>= 22), whatever `node` is first on PATH.
const wranglerJs = join(root, 'node_modules/wrangler/bin/wrangler.js')
const configPath = join(root, 'wrangler.toml')
const FRONT_CONFIG = 'wrangler.front.toml'
const AUTHORING_CONFIG = 'wrangler.authoring.toml'
const GRADER_CONFIG = 'wrangler.grader.toml'
const PLACEHOLDER = '00000000-0000-0000-0000-000000000000'
const DATABASE = 'fahm'
const dryRun = process.argv.includes('--dry-run')
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false' }

function step(message) {
  console.log(`\n▸ ${message}`)
}

/**
 * Runs wrangler with the terminal attached; exits on failure. With `output`, its standard output is
 * shown once it ends and returned.
 */
function wrangler(args, options = {}) {
  console.log(`  $ wrangler ${args.join(' ')}`)
  if (dryRun && !options.evenInDryRun) return ''
  const result = spawnSync(process.execPath, [wranglerJs, ...args], {
    cwd: root,
    env,
    stdio: [options.input === undefined ? 'inherit' : 'pipe', options.output ? 'pipe' : 'inherit', 'inherit'],
    input: options.input,
    encoding: 'utf8',
  })
  if (options.output) process.stdout.write(result.stdout ?? '')
  if (result.status !== 0) {
    console.error(`wrangler ${args[0]} failed (exit ${result.status}).`)
    process.exit(result.status ?? 1)
  }
  return result.stdout ?? ''
}

/** Runs wrangler and returns its output (stdout + stderr), without failing. */
function wranglerOutput(args) {
  const result = spawnSync(process.execPath, [wranglerJs, ...args], { cwd: root, env, encoding: 'utf8' })
  return { ok: result.status === 0, output: `${result.stdout ?? ''}\n${result.stderr ?? ''}` }
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i

function databaseIdInConfig() {
  return /database_id\s*=\s*"([^"]*)"/.exec(readFileSync(configPath, 'utf8'))?.[1] ?? null
}

// 1. Browser bundles (wrangler deploy writes the served catalog itself: wrangler.toml's [build])
step('Building the widget (npm run build)')
execFileSync(process.execPath, [join(root, 'scripts/build-widget.mjs')], { cwd: root, stdio: 'inherit' })

// 2. The D1 database
step(`D1 database "${DATABASE}"`)
if (databaseIdInConfig() === PLACEHOLDER) {
  if (dryRun) {
    console.log(`  would run: wrangler d1 create ${DATABASE}, then write its id into wrangler.toml`)
  } else {
    let id = null
    const created = wranglerOutput(['d1', 'create', DATABASE])
    if (created.ok) {
      id = UUID.exec(created.output.replaceAll(PLACEHOLDER, ''))?.[0] ?? null
    } else if (/already exists/i.test(created.output)) {
      // Created by an earlier, interrupted run: look it up.
      const listed = wranglerOutput(['d1', 'list', '--json'])
      const match = listed.ok ? JSON.parse(listed.output.slice(listed.output.indexOf('['))).find((db) => db.name === DATABASE) : null
      id = match?.uuid ?? null
    } else {
      console.error(created.output)
      process.exit(1)
    }
    // Wrangler may have written the id itself; otherwise do it here.
    if (databaseIdInConfig() === PLACEHOLDER) {
      if (!id) {
        console.error(`Could not read the new database's id from wrangler's output:\n${created.output}`)
        process.exit(1)
      }
      writeFileSync(configPath, readFileSync(configPath, 'utf8').replace(`database_id = "${PLACEHOLDER}"`, `database_id = "${id}"`))
    }
    console.log(`  database_id = "${databaseIdInConfig()}" written to wrangler.toml — commit it.`)
  }
} else {
  console.log(`  using database_id = "${databaseIdInConfig()}" from wrangler.toml`)
}
// The front Worker reads the same database (the app's records of the quizzes it serves): the same id.
const frontConfigPath = join(root, FRONT_CONFIG)
const frontConfig = readFileSync(frontConfigPath, 'utf8')
const FRONT_DATABASE_ID = /(database_id\s*=\s*")([^"]*)(")/
const frontDatabaseId = FRONT_DATABASE_ID.exec(frontConfig)?.[2]
if (frontDatabaseId === undefined) {
  console.error(`${FRONT_CONFIG} has no [[d1_databases]] database_id: the front Worker reads the app's database (see wrangler.toml).`)
  process.exit(1)
}
if (frontDatabaseId !== databaseIdInConfig()) {
  if (dryRun) {
    console.log(`  would write database_id = "${databaseIdInConfig()}" into ${FRONT_CONFIG}`)
  } else {
    writeFileSync(frontConfigPath, frontConfig.replace(FRONT_DATABASE_ID, `$1${databaseIdInConfig()}$3`))
    console.log(`  database_id = "${databaseIdInConfig()}" written to ${FRONT_CONFIG} — commit it.`)
  }
}

// 3. Migrations
step('Applying migrations to the remote database')
// CI=1: no confirmation prompt.
env.CI = env.CI ?? '1'
wrangler(['d1', 'migrations', 'apply', 'DB', '--remote'])

// 4. The editor token: uploaded with the deploy itself (--secrets-file), so the first deploy works too
step('Secret EDITOR_TOKEN (editor API and exports)')
const secrets = dryRun ? { ok: false, output: '' } : wranglerOutput(['secret', 'list', '--format', 'json'])
const hasToken = secrets.ok && /"name"\s*:\s*"EDITOR_TOKEN"/.test(secrets.output)
let secretsFile = null
/** Secrets to upload with the deploy. */
const uploads = {}
if (hasToken) {
  console.log('  already set (rotate it with: npx wrangler secret put EDITOR_TOKEN)')
} else {
  let token = process.env.EDITOR_TOKEN ?? ''
  let generated = false
  if (!token && process.stdin.isTTY && !dryRun) {
    const rl = createInterface({ input: process.stdin, output: process.stdout })
    token = (await rl.question('  Editor token (leave empty to generate one): ')).trim()
    rl.close()
  }
  if (!token) {
    token = randomBytes(32).toString('base64url')
    generated = true
  }
  if (dryRun) {
    console.log('  would upload it with the deploy (--secrets-file)')
  } else {
    uploads.EDITOR_TOKEN = token
    if (generated) console.log(`\n  EDITOR_TOKEN = ${token}\n  Shown once: keep it in your password manager. Send it as "Authorization: Bearer <token>".`)
  }
}

// 4b. The shuffle secret (seeds classroom shuffles; docs/classroom.md): from $SHUFFLE_SECRET (a
// deployment's own, carried over), else random, made once, never shown
step('Secret SHUFFLE_SECRET (classroom shuffles)')
if (secrets.ok && /"name"\s*:\s*"SHUFFLE_SECRET"/.test(secrets.output)) {
  console.log('  already set (rotating it with npx wrangler secret put SHUFFLE_SECRET reorders shuffled assignments)')
} else if (dryRun) {
  console.log(`  would ${process.env.SHUFFLE_SECRET ? 'take $SHUFFLE_SECRET' : 'generate one'} and upload it with the deploy (--secrets-file)`)
} else {
  uploads.SHUFFLE_SECRET = process.env.SHUFFLE_SECRET || randomBytes(32).toString('base64url')
}
if (Object.keys(uploads).length > 0) {
  const dir = mkdtempSync(join(tmpdir(), 'fahm-secrets-'))
  secretsFile = join(dir, 'secrets.json')
  writeFileSync(secretsFile, JSON.stringify(uploads), { mode: 0o600 })
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }))
}

// 5. Deploy, each Worker before the one that binds it: a deploy refuses a service binding to a Worker
// that does not exist. The authoring and grader Workers first (the app's AUTHORING and GRADER), then
// the app (the front's APP), then the front.
for (const [label, config] of [
  ['authoring', AUTHORING_CONFIG],
  ['grader', GRADER_CONFIG],
]) {
  step(dryRun ? `Bundling the ${label} Worker (wrangler deploy -c ${config} --dry-run)` : `Deploying the ${label} Worker (wrangler deploy -c ${config})`)
  wrangler(['deploy', '-c', config, ...(dryRun ? ['--dry-run'] : [])], { evenInDryRun: true })
}
step(dryRun ? 'Bundling the app Worker (wrangler deploy --dry-run)' : 'Deploying the app Worker (wrangler deploy)')
if (dryRun) wrangler(['deploy', '--dry-run'], { evenInDryRun: true })
else wrangler(secretsFile ? ['deploy', '--secrets-file', secretsFile] : ['deploy'])
step(dryRun ? `Bundling the front Worker (wrangler deploy -c ${FRONT_CONFIG} --dry-run)` : `Deploying the front Worker (wrangler deploy -c ${FRONT_CONFIG})`)
const frontOutput = wrangler(['deploy', '-c', FRONT_CONFIG, ...(dryRun ? ['--dry-run'] : [])], { evenInDryRun: true, output: true })

// 6. Every public quiz asked for once: the app keeps each authored quiz's record for this build
step('Asking for every public quiz once (node scripts/ask-public-quizzes.mjs)')
const host = process.env.FAHM_URL || /https:\/\/[^\s]+\.workers\.dev/.exec(frontOutput)?.[0]
if (dryRun) {
  console.log(`  would ask ${host ?? "the front's URL (or $FAHM_URL)"} for each quiz of GET /v1/quizzes`)
} else if (!host) {
  console.log("  no workers.dev URL in wrangler's output: run node scripts/ask-public-quizzes.mjs https://HOST (or set $FAHM_URL)")
} else {
  try {
    const { asked, failed } = await askPublicQuizzes(host)
    console.log(
      `  ${host}: asked for ${asked.length} public quizzes once${failed.length ? `; ${failed.length} failed (${failed.map((f) => `${f.id} ${f.status}`).join(', ')})` : ''}`,
    )
  } catch (error) {
    // The deploy is done: a reader's request keeps the record as before.
    console.log(`  ${host}: ${error.message}; their first readers go to the app, which keeps the records then`)
  }
}
if (!dryRun) console.log("\nDone. The front Worker's URL is above; the API reference is at <that URL>/docs.")
