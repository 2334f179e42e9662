// Runs before `npm test`: the widget's end-to-end tests drive a real Chromium through
// playwright-core, which never downloads a browser of its own. Uses $CHROMIUM_PATH or Debian's
// /usr/bin/chromium; on a fresh Debian machine where we are root, installs Debian's package.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromiumPath as path } from './chromium.mjs'
if (existsSync(path)) process.exit(0)

if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${path}, which does not exist.`)
  process.exit(1)
}

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
if (!canApt) {
  console.error(
    'The end-to-end tests need Chromium. Install it (Debian/Ubuntu: sudo apt-get install chromium)\n' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run npm test again.',
  )
  process.exit(1)
}

console.log("Installing Debian's chromium for the end-to-end tests (apt-get install chromium)…")
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
for (const args of [
  ['update', '-qq'],
  ['install', '-y', '-qq', 'chromium'],
]) {
  const { status } = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env })
  if (status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed (exit ${status}).`)
    process.exit(1)
  }
}
