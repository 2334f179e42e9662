import { describe, expect, inject, it } from 'vitest'
import { useBrowser } from './browser.ts'
import { newClass } from './classroom-api.ts'

/**
 * Classroom mode of the widget on the student page /a/:code: a display name, no per-question
 * Check, one submit with an Idempotency-Key that a retry after a failed submit reuses.
 */

const fahm = inject('fahmUrl')
const browser = useBrowser()

/** An assignment of the seed quiz in a new class, with `body`'s settings. */
const createAssignment = async (body: Record<string, unknown>) => (await newClass(fahm, '127.0.0.93')).assign<{ totals: { attempts: number } }>(body)

describe('classroom mode', () => {
  it('submits once by name; a retry after a failed submit reuses the Idempotency-Key', async () => {
    const { code, results } = await createAssignment({ maxAttempts: 1, revealAnswers: 'never' })
    const page = await browser.context.newPage()
    const keys: string[] = []
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/attempts')) keys.push(r.headers()['idempotency-key'] ?? '')
    })
    await page.goto(`${fahm}/a/${code}?lang=en`)
    const w = page.locator('main > div')
    await w.locator('#nm').waitFor()
    expect(await w.getByRole('button', { name: 'Check' }).count()).toBe(0)
    await w.locator('#nm').fill('Huda')
    await w.locator('input[type=radio]').first().check()
    for (let i = 0; i < 21; i++) await w.getByRole('button', { name: 'Next' }).click()

    // The submit URL carries the page's language (`/attempts?lang=en`).
    const isSubmit = (url: URL) => url.pathname.endsWith('/attempts')
    await page.route(isSubmit, (route) => route.abort('connectionreset'))
    await w.getByRole('button', { name: 'Submit answers' }).click()
    // Only the first question is answered: the widget asks to confirm before sending.
    await w.getByRole('button', { name: 'Submit anyway' }).click()
    await w.getByRole('alert').waitFor()
    expect(await w.getByRole('alert').textContent()).toContain("Couldn't send")
    await page.unroute(isSubmit)

    // A reload asks whether this is still Huda (a shared computer), then keeps the name, the
    // answers and the attempt's key.
    await page.reload()
    await w.getByRole('button', { name: "Yes, it's me" }).click()
    await w.locator('#nm').waitFor()
    expect(await w.locator('#nm').inputValue()).toBe('Huda')
    await w.getByRole('button', { name: 'Submit answers' }).click()
    await w.getByRole('button', { name: 'Submit anyway' }).click()
    await w.locator('#sc').waitFor()
    expect(await w.locator('.w').textContent()).toContain('Your answers were submitted.')
    expect(await w.locator('.fb').count()).toBe(0)
    expect(await w.getByRole('button', { name: 'Try again' }).count()).toBe(0)
    expect(keys).toHaveLength(2)
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(keys[1]).toBe(keys[0])
    expect((await results()).totals.attempts).toBe(1)
    await page.close()
  })

  it('shows per-question feedback when the assignment reveals answers after submit', async () => {
    const { code } = await createAssignment({ maxAttempts: 2, revealAnswers: 'after-submit' })
    const page = await browser.context.newPage()
    await page.goto(`${fahm}/a/${code}?lang=ar`)
    const w = page.locator('main > div')
    await w.locator('#nm').fill('عمر')
    await w.locator('input[type=radio]').first().check()
    for (let i = 0; i < 21; i++) await w.getByRole('button', { name: 'التالي' }).click()
    await w.getByRole('button', { name: 'أرسل الإجابات' }).click()
    await w.getByRole('button', { name: 'أرسل على أي حال' }).click()
    await w.locator('#sc').waitFor()
    expect(await w.locator('.fb').count()).toBe(22)
    expect(await w.locator('.w').textContent()).toContain('المحاولات المتبقية: ١')
    await page.close()
  })
})
