import type { BrowserContext, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launch } from '../../scripts/chromium.mjs'

export { launch }

/** One browser for a test file: launched before its tests, closed after them. */
export function useBrowser(options: Parameters<typeof launch>[0] = {}): { readonly context: BrowserContext } {
  let browser: Awaited<ReturnType<typeof launch>> | undefined
  beforeAll(async () => {
    browser = await launch(options)
  })
  afterAll(async () => {
    await browser?.close()
  })
  return {
    get context() {
      if (!browser) throw new Error('useBrowser: the browser is launched in beforeAll')
      return browser.context
    },
  }
}

/**
 * Records Content-Security-Policy violations and uncaught errors of a page (and its frames)
 * from before any page script runs.
 */
export async function watchPage(page: Page) {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push('pageerror: ' + e.message))
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push('console: ' + m.text())
  })
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`)
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      ;(window as unknown as { __csp: string[] }).__csp ??= []
      ;(window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`)
    })
  })
  return {
    errors,
    async violations(frame: Page | Frame = page): Promise<string[]> {
      return frame.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])
    },
  }
}

/** Describes the deepest focused element, through open shadow roots. */
export function focused(page: Page | Frame) {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
    if (!el) return null
    const input = el as HTMLInputElement
    return {
      tag: el.tagName.toLowerCase(),
      type: input.type ?? '',
      value: input.value ?? '',
      checked: !!input.checked,
      text: (el.textContent ?? '').trim().slice(0, 200),
      label: (el.closest('label')?.textContent ?? '').trim(),
      id: el.id,
      className: el.className,
    }
  })
}

/**
 * Opens `url` with the origin's localStorage empty. Clearing it on a page without the widget
 * first avoids a race: a widget still loading could save its progress again after the clear.
 */
export async function openFresh(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(new URL('/no-widget-here', url).href)
  await page.evaluate(() => localStorage.clear())
  await page.goto(url)
  return page
}
