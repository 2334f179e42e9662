import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { launch } from './browser.ts'

/**
 * Every HTML page of fahm links `/favicon.svg` (the letter ف on the accent colour), so no browser
 * asks for `/favicon.ico` and logs its 404; each page's Content-Security-Policy lets it load.
 */

const base = inject('fahmUrl')
let browser: Awaited<ReturnType<typeof launch>>
let assignmentCode: string

beforeAll(async () => {
  browser = await launch()
  const cls = (await (await fetch(`${base}/v1/classes`, { method: 'POST', headers: { 'CF-Connecting-IP': '127.0.0.31' } })).json()) as {
    classId: string
    teacherKey: string
  }
  const made = await fetch(`${base}/v1/classes/${cls.classId}/assignments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${cls.teacherKey}` },
    body: JSON.stringify({ quizId: 'kim-putin-beijing', title: 'Favicon', maxAttempts: 1 }),
  })
  assignmentCode = ((await made.json()) as { code: string }).code
})

afterAll(async () => {
  await browser?.close()
})

it('serves the icon as SVG with the letter and the accent colour', async () => {
  const res = await fetch(`${base}/favicon.svg`)
  expect(res.status).toBe(200)
  expect(res.headers.get('Content-Type')).toMatch(/^image\/svg\+xml/)
  const svg = await res.text()
  expect(svg).toContain('#0b6e4f')
  expect(svg).toContain('<svg')
})

it('links the icon from every page, which loads it under the page CSP and never asks for /favicon.ico', async () => {
  const pages = ['/', '/teach', '/studio', '/docs', '/embed/kim-putin-beijing', '/embed/no-such-quiz', () => `/a/${assignmentCode}`, '/a/ZZZZZZ']
  for (const entry of pages) {
    const path = typeof entry === 'function' ? entry() : entry
    const page = await browser.context.newPage()
    const requested: string[] = []
    page.on('request', (r) => {
      if (/\/favicon\./.test(new URL(r.url()).pathname)) requested.push(new URL(r.url()).pathname)
    })
    await page.goto(base + path)
    const href = await page.locator('link[rel="icon"]').getAttribute('href')
    expect(href, path).toBe('/favicon.svg')
    // An image from the same URL loads only where the page's img-src allows it.
    const loaded = await page.evaluate(
      (src) =>
        new Promise<boolean>((resolve) => {
          const img = new Image()
          img.onload = () => resolve(img.naturalWidth > 0)
          img.onerror = () => resolve(false)
          img.src = src
        }),
      href!,
    )
    expect(loaded, path).toBe(true)
    expect(requested, path).not.toContain('/favicon.ico')
    await page.close()
  }
})
