import { describe, expect, inject, it } from 'vitest'
import { launch, openFresh, useBrowser } from './browser.ts'

const fahm = inject('fahmUrl')
const host = inject('hostUrl')
const browser = useBrowser()

const fresh = (path: string) => openFresh(browser.context, `${host}${path}`)

describe('robustness', () => {
  it('a reload keeps answers, feedback and position', async () => {
    const page = await fresh('/element?lang=en&hostile=0')
    const w = page.locator('fahm-quiz')
    await w.locator('input[type=radio]').first().waitFor()
    // The right answer of the first question, wherever the quiz places it.
    const key = w.locator('input[type=radio][value="japan-surrender"]')
    await key.check()
    await w.getByRole('button', { name: 'Check' }).click()
    await w.locator('.fb').waitFor()
    await w.getByRole('button', { name: 'Next' }).click()
    await w.locator('input[type=radio]').nth(2).check()
    await w.getByRole('button', { name: 'Next' }).click()
    await w.locator('input.t').fill('Beijing')
    await page.reload()
    await w.locator('input.t').waitFor()
    expect(await w.locator('.w > p.mu').textContent()).toContain('3 / 22')
    expect(await w.locator('input.t').inputValue()).toBe('Beijing')
    await w.getByRole('button', { name: 'Previous' }).click()
    expect(await w.locator('input[type=radio]').nth(2).isChecked()).toBe(true)
    await w.getByRole('button', { name: 'Previous' }).click()
    expect(await key.isChecked()).toBe(true)
    expect(await w.locator('.fb').textContent()).toContain('Correct')
    await page.close()
  })

  it('keeps its own sizes on a page whose root font size is not 16px (rem never reaches inside)', async () => {
    const geometry = async (root: string) => {
      const page = await fresh(`/element?lang=en&hostile=0${root ? `&root=${encodeURIComponent(root)}` : ''}`)
      const w = page.locator('fahm-quiz')
      await w.locator('fieldset .p').waitFor()
      const sizes = await w.evaluate((el) => {
        const shadow = el.shadowRoot!
        const box = (selector: string) => shadow.querySelector(selector)!.getBoundingClientRect()
        return {
          padding: getComputedStyle(shadow.querySelector('.w')!).paddingTop,
          button: box('.row button').height,
          option: box('.o').height,
          margin: box('.o').top - box('fieldset').top,
        }
      })
      await page.close()
      return sizes
    }
    const usual = await geometry('')
    // A touch target stays 44 px tall, and the frame's padding 16 px, whatever the page's rem.
    expect(usual.button).toBeGreaterThanOrEqual(44)
    expect(usual.padding).toBe('16px')
    for (const root of ['62.5%', '24px']) expect(await geometry(root), root).toEqual(usual)
  })

  it('a failed network shows a retry button, and retry recovers', async () => {
    const page = await browser.context.newPage()
    await page.route(`${fahm}/v1/**`, (route) => route.abort('internetdisconnected'))
    await page.goto(`${host}/script?lang=ar`)
    const retry = page.getByRole('button', { name: 'إعادة المحاولة' })
    await retry.waitFor({ timeout: 15_000 })
    expect(await page.getByRole('alert').textContent()).toContain('تعذّر تحميل الاختبار')
    await page.unroute(`${fahm}/v1/**`)
    await retry.click()
    await page.locator('fieldset .p').waitFor()
    expect(await page.getByRole('alert').count()).toBe(0)
    await page.close()
  })

  it('shows an Arabic quiz once the Arabic strings are here, without waiting for the English ones', async () => {
    const page = await browser.context.newPage()
    // Both languages' strings load while the quiz's language is unknown (a first visit: no earlier
    // test's quiz language in storage); the English ones never arrive.
    await page.goto(`${host}/no-widget-here`)
    await page.evaluate(() => localStorage.clear())
    let heldEnglish = false
    await page.route(`${fahm}/widget-ui.en.js`, () => {
      heldEnglish = true
    })
    await page.goto(`${host}/script`, { waitUntil: 'domcontentloaded' }) // its load event waits for the held script
    await page.locator('fieldset .p').waitFor({ timeout: 15_000 })
    expect(heldEnglish).toBe(true)
    expect(await page.locator('div.w').getAttribute('lang')).toBe('ar')
    await page.close()
  })

  it('a failed check keeps the answer and says so; the next try works', async () => {
    const page = await fresh('/element?lang=en&hostile=0')
    const w = page.locator('fahm-quiz')
    await w.locator('input[type=radio]').first().waitFor()
    await page.route(`${fahm}/v1/quizzes/*/questions/**`, (route) => route.abort('connectionreset'))
    await w.locator('input[type=radio]').nth(0).check()
    await w.getByRole('button', { name: 'Check' }).click()
    await w.getByRole('alert').waitFor()
    expect(await w.getByRole('alert').textContent()).toContain('Your answers are saved')
    expect(await w.locator('input[type=radio]').nth(0).isChecked()).toBe(true)
    await page.unroute(`${fahm}/v1/quizzes/*/questions/**`)
    await w.getByRole('button', { name: 'Check' }).click()
    await w.locator('.fb').waitFor()
    expect(await w.getByRole('alert').count()).toBe(0)
    await page.close()
  })

  it('HTML in a quiz is shown as text and never runs', async () => {
    // Empty storage: an answer checked by an earlier test would restore its marks (the widget's own <b class="mk">).
    const page = await browser.context.newPage()
    await page.goto(`${host}/no-widget-here`)
    await page.evaluate(() => localStorage.clear())
    await page.route(`${fahm}/v1/quizzes/kim-putin-beijing*`, async (route) => {
      const res = await route.fetch()
      const quiz = await res.json()
      quiz.title = '<b>bold</b><script>window.pwned=1</script>'
      quiz.questions[0].prompt = '<img src=x onerror="window.pwned=1">'
      quiz.questions[0].choices[0].text = '<a href="javascript:window.pwned=1">x</a>'
      quiz.article.paragraphs[0].text = '<iframe src="javascript:window.pwned=1"></iframe>'
      await route.fulfill({ response: res, json: quiz })
    })
    await page.goto(`${host}/element?lang=en&article`)
    const w = page.locator('fahm-quiz')
    await w.locator('fieldset .p').waitFor()
    expect(await w.locator('fieldset .p').textContent()).toBe('<img src=x onerror="window.pwned=1">')
    expect(await w.locator('h2').textContent()).toContain('<b>bold</b>')
    // No element made from the quiz's text (the widget's own verdict marks, b.mk, are not the quiz's).
    expect(await w.locator('img, script, iframe, b:not(.mk), a[href^="javascript"]').count()).toBe(0)
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
    await page.close()
  })

  it('reserves its space before the quiz arrives: no layout shift', async () => {
    // Empty storage: progress saved by an earlier test (feedback open) would restore a taller view.
    const page = await browser.context.newPage()
    await page.goto(`${host}/no-widget-here`)
    await page.evaluate(() => localStorage.clear())
    let release!: () => void
    const held = new Promise<void>((r) => (release = r))
    await page.route(`${fahm}/v1/quizzes/**`, async (route) => {
      await held
      await route.continue()
    })
    await page.goto(`${host}/element?lang=en&hostile=0`)
    const after = page.locator('#after')
    await page.locator('fahm-quiz .w[aria-busy=true]').waitFor()
    const before = await after.evaluate((el) => el.getBoundingClientRect().top)
    release()
    await page.locator('fahm-quiz fieldset .p').waitFor()
    // The loading boxes stand at the first question's height: what follows moves less than two lines
    // of text (1.6 × 16 px each). The boxes cannot know how many lines the title, the prompt and the
    // choices will take at the widget's width; without them, it would move by the whole question.
    const shift = (await after.evaluate((el) => el.getBoundingClientRect().top)) - before
    expect(Math.abs(shift)).toBeLessThan(2 * 1.6 * 16)
    await page.close()
  })

  it('is usable at 320 px: nothing wider than the screen', async () => {
    const small = await launch({ viewport: { width: 320, height: 640 } })
    const page = await small.context.newPage()
    await page.goto(`${host}/element?lang=ar&article&hostile=0`)
    await page.locator('fahm-quiz fieldset .p').waitFor()
    const widths = await page.evaluate(() => ({
      doc: document.documentElement.scrollWidth,
      widest: Math.max(...[...document.querySelector('fahm-quiz')!.shadowRoot!.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right)),
    }))
    expect(widths.doc).toBeLessThanOrEqual(320)
    expect(widths.widest).toBeLessThanOrEqual(320)
    await small.close()
  })
})
