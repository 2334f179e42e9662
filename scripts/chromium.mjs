// The one way fahm starts Chromium, for the end-to-end tests (tests/e2e/browser.ts) and the widget's
// bench (scripts/bench-widget.mjs): Debian's Chromium through playwright-core, which never downloads
// a browser of its own.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

/** `$CHROMIUM_PATH`, or Debian's Chromium (scripts/ensure-chromium.mjs installs it). */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Headless, and off the network: this machine reaches only 127.0.0.1. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * Chromium in a fresh profile that is deleted on close.
 *
 * @param {Omit<NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>, 'executablePath' | 'args' | 'headless'>} [options]
 */
export async function launch(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'fahm-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    viewport: { width: 1000, height: 900 },
    ...options,
    executablePath: chromiumPath,
    headless: true,
    args: ARGS,
  })
  return {
    context,
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}
