import type { BrowserContext, chromium } from 'playwright-core'

/** `$CHROMIUM_PATH`, or Debian's Chromium (scripts/ensure-chromium.mjs installs it). */
export const chromiumPath: string

/** See scripts/chromium.mjs: Chromium in a fresh profile that is deleted on close. */
export function launch(
  options?: Omit<NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>, 'executablePath' | 'args' | 'headless'>,
): Promise<{ context: BrowserContext; close: () => Promise<void> }>
