import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openFresh, useBrowser } from './browser.ts'
import { axeViolations, draftArticle, questionIndex, selectWithMouse, storedDraft, tabTo } from './studio-helpers.ts'

/**
 * The studio as a newsroom editor and a teacher met it the fifth time, on articles of their own in
 * Arabic and English, at 1280 and 360 px: signing in (on the publish panel and the start page) no
 * longer drops focus to the page, a refused token puts focus back in its field, "Use as evidence"
 * pressed from the keyboard moves focus to the quote it set, and a numeric key that is not in its
 * quote says which numbers the quote has, below the key's row at its width; after drafting at 1280 × 800
 * the notes are folded and the first question is in view; "Go to the first problem" sits beside
 * Publish. Real Chromium, real Worker; generous timeouts (shared CPU).
 */

const fahm = inject('fahmUrl')
const token = inject('editorToken')
const browser = useBrowser()
const SLOW = { timeout: 30_000 }

/** Two articles written for this review (in no quiz of the repository). */
const ARTICLES = {
  ar: `افتتاح محطة لتحلية المياه في مدينة صور بعد عامين من العمل
افتتحت وزارة الطاقة والمياه اللبنانية يوم الثلاثاء محطة جديدة لتحلية مياه البحر في مدينة صور جنوب البلاد، بعد عامين من أعمال البناء التي تأخرت بسبب الأزمة الاقتصادية.
وقال وزير الطاقة وليد فياض خلال حفل الافتتاح إن المحطة ستنتج نحو 40 ألف متر مكعب من المياه العذبة يوميا، وهو ما يكفي حاجة قرابة 150 ألف نسمة في المدينة والبلدات المجاورة.
وبلغت كلفة المشروع 62 مليون دولار، موّل الاتحاد الأوروبي معظمها عبر منحة قدرها 45 مليون دولار، فيما تكفلت الحكومة اللبنانية بالباقي.
وتعمل المحطة بالطاقة الشمسية جزئيا، إذ ركّبت الشركة المنفذة 12 ألف لوح شمسي على مساحة 8 هكتارات بجوار المحطة، تغطي نحو 35 في المئة من حاجتها إلى الكهرباء.
وأوضح رئيس بلدية صور حسن دبوق أن سكان المدينة كانوا يحصلون على المياه ثلاث ساعات فقط في اليوم خلال فصل الصيف الماضي، وأن كثيرا من العائلات اضطرت إلى شراء المياه من الصهاريج بأسعار مرتفعة.
وأضاف دبوق أن البلدية ستبدأ الشهر المقبل بإصلاح شبكة الأنابيب القديمة التي يعود بعضها إلى ستينيات القرن الماضي، إذ يضيع نحو 40 في المئة من المياه بسبب التسرب.
من جهتها، قالت سفيرة الاتحاد الأوروبي في بيروت ساندرا دي وال إن المشروع جزء من برنامج أوسع لتحسين خدمات المياه في لبنان، يشمل ثلاث محطات أخرى في طرابلس وصيدا وجبيل.
ويعاني لبنان منذ سنوات من نقص حاد في المياه، رغم أنه يُعد من أغنى دول المنطقة بالموارد المائية، بسبب ضعف البنية التحتية وسوء الإدارة وتراجع معدلات الأمطار.
ويتوقع خبراء أن يرتفع الطلب على المياه في الجنوب بنسبة 20 في المئة بحلول عام 2030، مع تزايد عدد السكان وعودة النازحين إلى قراهم.
وأكد الوزير فياض أن الوزارة تعمل على جذب استثمارات جديدة لبناء محطتين إضافيتين على الساحل خلال السنوات الخمس المقبلة، مشيرا إلى أن المياه حق لكل مواطن وليست سلعة للأغنياء فقط.
`,
  en: `Harbour town reopens its ferry link after storm damage
The ferry between Port Ellis and the island of Carrow resumed service on Thursday, nine weeks after a winter storm wrecked the pier and left about 3,200 islanders without a direct route to the mainland.
Transport minister Helen Okafor rode the first crossing, which left at 7:15 in the morning and took 48 minutes. She told reporters that the repairs had cost 14 million pounds, roughly twice the first estimate, because divers found damage to the foundations that was not visible from the surface.
During the closure, islanders relied on a small water taxi that could carry 12 passengers at a time and no vehicles. Shop owners on Carrow said deliveries of fresh food fell by more than half, and the island's only secondary school moved its lessons online for three weeks.
The operator, North Sound Ferries, will run six crossings a day in winter and ten in summer. Its chief executive, David Marsh, said the company had also ordered a second, larger vessel that can carry 40 cars and will enter service in 2028.
Local councillor Fiona Reid welcomed the reopening but warned that the pier was built in 1962 and that other parts of the harbour still needed work. She asked the government for a long-term plan rather than emergency repairs after each storm.
Scientists at the University of Aberdeen say storms of this strength have become more frequent along the coast. Their study, published last year, counted 17 severe storms in the past decade, compared with nine in the decade before.
Okafor said the government would publish a review of island transport links by the end of March and promised that no community would again be cut off for so long.
`,
} as const
type Lang = keyof typeof ARTICLES

/** A quote of each article (paragraph, text) holding one amount of money, and that amount as the page writes it. */
const MONEY = {
  ar: { paragraph: 2, quote: 'موّل الاتحاد الأوروبي معظمها عبر منحة قدرها 45 مليون دولار', shown: '٤٥٬٠٠٠٬٠٠٠' },
  en: { paragraph: 1, quote: 'the repairs had cost 14 million pounds', shown: '14,000,000' },
} as const

const WORDS = {
  ar: {
    useAsEvidence: 'اجعله الدليل',
    signIn: 'ادخل',
    tokenRejected: 'لم يُقبل رمز المحرّر',
    publish: 'النشر',
    yourQuizzes: 'اختباراتك',
    notInQuote: 'ليست من أعداد الاقتباس',
    goToFirstProblem: 'انتقل إلى المشكلة الأولى',
  },
  en: {
    useAsEvidence: 'Use as evidence',
    signIn: 'Sign in',
    tokenRejected: 'The editor token was not accepted',
    publish: 'Publish',
    yourQuizzes: 'Your quizzes',
    notInQuote: 'not one of the quote’s numbers',
    goToFirstProblem: 'Go to the first problem',
  },
} as const

async function openStudio(lang: Lang, width: number, height: number): Promise<Page> {
  const page = await openFresh(browser.context, `${fahm}/no-widget-here`)
  await page.setViewportSize({ width, height })
  await page.evaluate((l) => localStorage.setItem('fahm.teach.lang', JSON.stringify(l)), lang)
  await page.goto(`${fahm}/studio`)
  await page.locator('#new-article').waitFor(SLOW)
  return page
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '')
const activeText = (page: Page) => page.evaluate(() => (document.activeElement?.textContent ?? '').trim())

describe('signing in keeps focus on the page', () => {
  for (const [lang, width, height] of [
    ['ar', 360, 740],
    ['en', 1280, 800],
  ] as const) {
    it(`publish panel (${lang}, ${width} px): a refused token back in its field, an accepted one on the Publish heading`, async () => {
      const page = await openStudio(lang, width, height)
      await draftArticle(page, ARTICLES[lang])
      const field = page.locator('#publish-signin-token')
      await tabTo(page, field)
      await page.keyboard.type('not-the-token')
      await page.keyboard.press('Enter')
      await expect.poll(() => page.locator('#publish .error').textContent(), SLOW).toContain(WORDS[lang].tokenRejected)
      await expect.poll(() => activeId(page), SLOW).toBe('publish-signin-token')
      await field.fill(token)
      await page.keyboard.press('Enter')
      await page.locator('#f-id').waitFor(SLOW)
      await expect.poll(() => activeId(page), SLOW).toBe('publish-title')
      expect(await activeText(page)).toBe(WORDS[lang].publish)
      // The next Tab goes on into the panel (the quiz id), not back to the top of the page.
      await page.keyboard.press('Tab')
      await expect.poll(() => activeId(page), SLOW).toBe('f-id')
      expect(await axeViolations(page)).toEqual([])
      await page.close()
    })
  }

  it('start page (en, 360 px): signing in focuses "Your quizzes", its list below', async () => {
    const page = await openStudio('en', 360, 740)
    await tabTo(page, page.locator('#signin-token'))
    await page.keyboard.type(token)
    await page.keyboard.press('Enter')
    await expect.poll(() => activeId(page), SLOW).toBe('quizzes-title')
    expect(await activeText(page)).toBe(WORDS.en.yourQuizzes)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})

describe('a numeric key moved to a new quote by selecting text', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`${lang}, 1280 px: "${WORDS[lang].useAsEvidence}" from the keyboard focuses the quote it set; the key's problem lists the quote's numbers`, async () => {
      const page = await openStudio(lang, 1280, 800)
      await draftArticle(page, ARTICLES[lang])
      const index = await questionIndex(page, (q) => q.type === 'numeric')
      const { paragraph, quote, shown } = MONEY[lang]
      await selectWithMouse(page, paragraph, quote)
      const bar = page.locator('.selbar')
      await bar.waitFor(SLOW)
      await bar.locator('#sel-target').selectOption(String(index))
      const use = bar.getByRole('button', { name: WORDS[lang].useAsEvidence })
      await use.focus()
      await page.keyboard.press('Enter')
      const evidence = `f-questions-${index}-evidence`
      await expect.poll(() => activeId(page), SLOW).toBe(evidence)
      expect(await page.locator(`#${evidence}`).inputValue()).toBe(quote)
      // Kept as the draft (the save is debounced).
      await expect
        .poll(async () => ((await storedDraft(page)).present.quiz.questions[index] as { evidence: { quote: string } }).evidence.quote, SLOW)
        .toBe(quote)
      // The old key is not in the new quote: the problem says so and which number the quote holds.
      const problem = page.locator(`#f-questions-${index}-answer-value-err`)
      await expect.poll(() => problem.textContent(), SLOW).toContain(WORDS[lang].notInQuote)
      expect(await problem.textContent()).toContain(shown)
      expect(await axeViolations(page)).toEqual([])
      await page.close()
    })
  }
})

describe('after drafting at 1280 × 800: the questions in view, a numeric key’s problem at the row’s width, a way to the first problem', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`${lang}: notes folded (with their count, opened from the keyboard); the error below the key's row; "${WORDS[lang].goToFirstProblem}" beside Publish`, async () => {
      const page = await openStudio(lang, 1280, 800)
      await draftArticle(page, ARTICLES[lang])
      // The drafter's notes are folded, their count in the summary, and the first question is on screen unscrolled.
      const notes = page.locator('details.notes')
      expect(await notes.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)
      expect(await notes.locator('summary').textContent()).toMatch(/[(（][0-9٠-٩]+[)）]/)
      await page.evaluate(() => window.scrollTo(0, 0))
      const firstQuestion = await page.locator('#q0-head').evaluate((el) => ({ bottom: el.getBoundingClientRect().bottom, height: innerHeight }))
      expect(firstQuestion.bottom).toBeGreaterThan(0)
      expect(firstQuestion.bottom).toBeLessThanOrEqual(firstQuestion.height)
      await tabTo(page, notes.locator('summary'))
      await page.keyboard.press('Enter')
      await expect.poll(() => notes.evaluate((d) => (d as HTMLDetailsElement).open), SLOW).toBe(true)

      // A numeric key the quote does not hold: its problem is below the key's row, as wide as the row, and still describes the field.
      const index = await questionIndex(page, (q) => q.type === 'numeric')
      await page.locator(`#q${index}-head`).click()
      const value = page.locator(`#f-questions-${index}-answer-value`)
      await value.fill('987654')
      const problem = page.locator(`#f-questions-${index}-answer-value-err`)
      await expect.poll(() => problem.textContent(), SLOW).toContain(WORDS[lang].notInQuote)
      expect((await value.getAttribute('aria-describedby'))?.split(' ')).toContain(`f-questions-${index}-answer-value-err`)
      expect(await value.getAttribute('aria-invalid')).toBe('true')
      const fit = await problem.evaluate((ul) => {
        const row = ul.closest('fieldset.answer')!.querySelector(':scope > .row')!.getBoundingClientRect()
        const box = ul.getBoundingClientRect()
        const line = parseFloat(getComputedStyle(ul).lineHeight) || 20
        return { width: box.width, rowWidth: row.width, below: box.top >= row.bottom - 1, lines: Math.round(box.height / line) }
      })
      expect(fit.below).toBe(true)
      expect(fit.width).toBeGreaterThanOrEqual(fit.rowWidth * 0.9)
      expect(fit.lines).toBeLessThanOrEqual(2)

      // Signed in, the "fix the problems" line beside Publish is a control, named in the page's language,
      // that goes where pressing Publish goes: the first problem's field.
      await page.locator('#publish-signin-token').fill(token)
      await page.keyboard.press('Enter')
      await page.locator('#f-id').waitFor(SLOW)
      await page.locator('#publish-button').click()
      await expect.poll(() => activeId(page), SLOW).toMatch(/^f-/)
      const firstProblem = await activeId(page)
      expect(await page.locator(`#${firstProblem}`).getAttribute('aria-invalid')).toBe('true')
      const control = page.getByRole('button', { name: WORDS[lang].goToFirstProblem })
      await control.focus()
      await page.keyboard.press('Enter')
      await expect.poll(() => activeId(page), SLOW).toBe(firstProblem)
      expect(await axeViolations(page)).toEqual([])
      await page.close()
    })
  }
})
