import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { formatArticle, parseArticle } from '../../src/core/article.ts'
import { openFresh, useBrowser } from './browser.ts'
import { api, createClass, draftArticle, SEED_ARTICLE, seedBody, seedQuiz } from './studio-helpers.ts'

/** The studio's unsaved work, who may publish what, and versions: real Chromium, real Worker. */

const fahm = inject('fahmUrl')
const token = inject('editorToken')
const browser = useBrowser({ viewport: { width: 1280, height: 900 }, locale: 'ar' })

/** Signs in on the start page (or the publish section: `prefix` 'publish-signin'). */
async function signIn(page: Page, as: { token: string } | { classId: string; key: string }, prefix = 'signin') {
  const form = page.locator(`form.signin:has([name="${prefix}-role"])`)
  if ('token' in as) {
    await form.getByLabel('محرّرًا (رمز المحرّر للموقع)').check()
    await form.locator(`#${prefix}-token`).fill(as.token)
  } else {
    await form.getByLabel('معلّمًا (مفتاح صفّك)').check()
    await form.locator(`#${prefix}-class-id`).fill(as.classId)
    await form.locator(`#${prefix}-key`).fill(as.key)
  }
  await form.getByRole('button', { name: 'ادخل' }).click()
}

/** Opens an authored quiz from the list of the start page. */
async function openQuiz(page: Page, id: string) {
  await page.getByRole('row').filter({ hasText: id }).getByRole('button').click()
  await page.locator('.workbench').waitFor()
}

describe('unsaved work', () => {
  it('survives a reload, and leaving the page with it asks first', async () => {
    const page = await openFresh(browser.context, `${fahm}/studio`)
    // The Arabic hint's file types read left to right: the dot before "txt" and "html", not after.
    const dotsFirst = await page.locator('#new-article-hint').evaluate((hint) => {
      const text = hint.firstChild as Text
      const x = (at: number) => {
        const range = document.createRange()
        range.setStart(text, at)
        range.setEnd(text, at + 1)
        return range.getBoundingClientRect().x
      }
      return ['.txt', '.html'].map((ext) => x(text.data.indexOf(ext)) < x(text.data.indexOf(ext) + 1))
    })
    expect(dotsFirst).toEqual([true, true])
    await draftArticle(page, SEED_ARTICLE)
    await page.locator('#q0-head').click()
    await page.locator('#f-questions-0-prompt-ar').fill('سؤال يبقى بعد إعادة التحميل؟')
    await page.waitForTimeout(400)
    await page.reload()
    await page.locator('.workbench').waitFor()
    expect(await page.getByTestId('save-status').textContent()).toBe('مسودة محفوظة في هذا المتصفح، لم تُنشر')
    await page.locator('#q0-head').click()
    expect(await page.locator('#f-questions-0-prompt-ar').inputValue()).toBe('سؤال يبقى بعد إعادة التحميل؟')
    // Without a key there is nothing to publish with, only a way to sign in.
    const publish = page.locator('#publish')
    expect(await publish.textContent()).toContain('ادخل لتنشر الاختبار')
    expect(await publish.getByRole('button', { name: 'انشر', exact: true }).count()).toBe(0)

    const asked: string[] = []
    page.on('dialog', (dialog) => {
      asked.push(dialog.type())
      void dialog.dismiss()
    })
    await page.locator('#f-questions-0-prompt-ar').press('End')
    await page.keyboard.type('!')
    await page.close({ runBeforeUnload: true })
    await expect.poll(() => asked).toEqual(['beforeunload'])
    expect(page.isClosed()).toBe(false)
    await page.close()
  })
})

describe('who may publish', () => {
  it('refuses a wrong token and a wrong class key, asks for a key to publish, and keeps a class to its own quizzes', async () => {
    const a = await createClass(fahm, 'الصف أ', '127.0.0.81')
    const b = await createClass(fahm, 'الصف ب', '127.0.0.82')
    const created = await api(fahm, '/v1/quizzes', { method: 'POST', key: a.teacherKey, body: seedBody('studio-e2e-class-a') })
    expect(created.status).toBe(201)

    // No key: the list and publishing ask for one.
    const page = await openFresh(browser.context, `${fahm}/studio`)
    await page.getByText('ادخل لترى اختباراتك وتعدّلها').waitFor()
    expect(await page.getByRole('table').count()).toBe(0)

    await signIn(page, { token: 'not-the-editor-token' })
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('لم يُقبل رمز المحرّر. تحقّق منه وحاول مجددًا.')
    // The refused token is not the class's fields' fault: choosing the teacher's role clears it.
    const form = page.locator('form.signin:has([name="signin-role"])')
    await form.getByLabel('معلّمًا (مفتاح صفّك)').check()
    expect(await form.getByRole('alert').count()).toBe(0)
    expect(await form.locator('[aria-invalid="true"]').count()).toBe(0)
    await signIn(page, { classId: a.classId, key: b.teacherKey })
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('لم يُقبل مفتاح الصف. تحقّق من رقم الصف ومفتاحه.')

    // Class B does not see class A's quiz.
    await signIn(page, { classId: b.classId, key: b.teacherKey })
    await page.getByText('لم ينشر صفّك اختبارات بعد.').waitFor()

    // Saving A's quiz with B's key is refused as for an unknown quiz.
    const quiz = seedQuiz('studio-e2e-class-a')
    const present = { quiz: { ...quiz, visibility: 'classroom' }, articleText: SEED_ARTICLE }
    const saved = { id: 'studio-e2e-class-a', version: 1, visibility: 'classroom', origin: 'api', readOnly: false, stale: [], ownerClassId: a.classId }
    await page.evaluate((stored) => localStorage.setItem('fahm.studio.workspace', stored), JSON.stringify({ v: 1, present, base: present, saved, notes: [] }))
    await page.reload()
    await page.getByRole('button', { name: 'بيانات الاختبار' }).click()
    await page.locator('#f-title-ar').fill('عنوان من صف آخر')
    const publish = page.locator('#publish')
    await publish.getByRole('button', { name: 'احفظ نسخة جديدة' }).click()
    await expect.poll(() => publish.getByRole('alert').textContent()).toBe('لا يوجد هذا الاختبار، أو ليس لك أن تعدّله.')

    // Its own class saves it.
    await page.getByRole('button', { name: 'اخرج' }).click()
    await signIn(page, { classId: a.classId, key: a.teacherKey }, 'publish-signin')
    await publish.getByRole('button', { name: 'احفظ نسخة جديدة' }).click()
    await expect.poll(() => publish.locator('.done').textContent()).toContain('نُشر: النسخة ٢')

    // The editor sees every quiz, the class's one too.
    await page.getByRole('button', { name: 'اخرج' }).click()
    await page.getByRole('button', { name: 'كل الاختبارات' }).click()
    await signIn(page, { token })
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'studio-e2e-class-a' }).count()).toBe(1)
    expect(await page.getByRole('row').filter({ hasText: 'kim-putin-beijing' }).count()).toBe(1)
    await page.close()
  })
})

describe('versions', () => {
  it('shows what someone else changed before saving over it, and flags questions whose evidence paragraph changed', async () => {
    const id = 'studio-e2e-versions'
    expect((await api(fahm, '/v1/quizzes', { method: 'POST', key: token, body: seedBody(id) })).status).toBe(201)
    const page = await openFresh(browser.context, `${fahm}/studio`)
    await signIn(page, { token })
    await openQuiz(page, id)
    expect(await page.getByTestId('save-status').textContent()).toBe('محفوظ، النسخة ١')

    // Someone else saves version 2 meanwhile.
    const changed = seedBody(id, { version: 1 }) as { questions: { prompt: { ar: string } }[] }
    changed.questions[1]!.prompt.ar = 'سؤال غيّره محرّر آخر؟'
    expect((await api(fahm, `/v1/quizzes/${id}`, { method: 'PUT', key: token, body: changed })).status).toBe(200)

    await page.getByRole('button', { name: 'بيانات الاختبار' }).click()
    await page.locator('#f-title-ar').fill('عنوان جديد')
    const publish = page.locator('#publish')
    await publish.getByRole('button', { name: 'احفظ نسخة جديدة' }).click()
    await expect.poll(() => publish.getByRole('alert').textContent()).toContain('حفظ شخص آخر النسخة ٢')
    const conflict = publish.locator('.conflict')
    // What they changed, then what this editor changed (kept until they choose).
    expect(await conflict.locator('ul').nth(0).locator('li').allTextContents()).toEqual([expect.stringMatching(/^تغيّر في «.+»: نص السؤال\.$/)])
    expect(await conflict.locator('ul').nth(1).locator('li').allTextContents()).toEqual(['تغيّر العنوان.'])
    await conflict.getByRole('button', { name: 'احفظ نسختي فوق النسخة ٢' }).click()
    await expect.poll(() => publish.locator('.done').textContent()).toContain('نُشر: النسخة ٣')

    // The article changes around one question's quote: that question is flagged stale.
    const source = (await (await api(fahm, `/v1/quizzes/${id}/source`, { key: token })).json()) as {
      version: number
      quiz: { questions: { id: string; evidence: { paragraph: number } }[] }
      articleText: string
    }
    expect(source.version).toBe(3)
    const target = source.quiz.questions.findIndex((q) => q.evidence.paragraph === 3)
    const paragraphs = parseArticle(source.articleText).paragraphs.map((p) => ({
      heading: p.heading,
      text: p.index === 3 ? `${p.text} وأضاف التقرير تفاصيل أخرى.` : p.text,
    }))
    const put = await api(fahm, `/v1/quizzes/${id}`, {
      method: 'PUT',
      key: token,
      body: { ...source.quiz, version: 3, articleText: formatArticle(paragraphs) },
    })
    expect(((await put.json()) as { stale: string[] }).stale).toContain(source.quiz.questions[target]!.id)

    await page.getByRole('button', { name: 'كل الاختبارات' }).click()
    await openQuiz(page, id)
    await expect.poll(() => page.locator(`#q${target}-head`).textContent()).toContain('راجِعه')
    await page.locator(`#q${target}-head`).click()
    expect(await page.locator(`#q${target}-body .notice`).textContent()).toContain('تغيّرت فقرة دليل هذا السؤال')
    // Changing the question counts as reviewing it: saved, the flag goes.
    await page.locator(`#f-questions-${target}-explanation-ar`).press('End')
    await page.keyboard.type(' راجعته.')
    await publish.getByRole('button', { name: 'احفظ نسخة جديدة' }).click()
    await expect.poll(() => publish.locator('.done').textContent()).toContain('نُشر: النسخة ٥')
    await expect.poll(() => page.locator(`#q${target}-head`).textContent()).not.toContain('راجِعه')
    await page.close()
  })
})

describe('bundles', () => {
  it('keeps widget.js within 12 KB gzipped, and the studio in its own bundle that only /studio loads', async () => {
    const widget = readFileSync(new URL('../../public/widget.js', import.meta.url))
    expect(gzipSync(widget, { level: 9 }).length).toBeLessThanOrEqual(12 * 1024)
    const studio = readFileSync(new URL('../../public/studio.js', import.meta.url), 'utf8')
    expect(studio).toContain('fahm.studio.workspace')
    expect(widget.toString('utf8')).not.toContain('fahm.studio')
    const page = await (await fetch(`${fahm}/studio`)).text()
    expect(page).toContain('<script src="/studio.js" defer></script>')
    expect(page).toContain('<script src="/widget.js" defer></script>')
    for (const other of ['/teach', '/embed/kim-putin-beijing']) expect(await (await fetch(fahm + other)).text()).not.toContain('studio.js')
  })
})

describe('the source readers see', () => {
  it('names the source from the start form or its URL, and says before publishing when it is still "pasted text"', async () => {
    const page = await openFresh(browser.context, `${fahm}/studio`)
    await signIn(page, { token })
    await draftArticle(page, SEED_ARTICLE)
    const notice = page.getByTestId('placeholder-source')
    await expect.poll(() => notice.textContent()).toContain('«نص مُلصق»')
    // The notice leads to the field; a real name there ends it.
    await notice.getByRole('button').click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-source-name')
    await page.locator('#f-source-name').fill('وكالة الأنباء')
    await expect.poll(() => notice.count()).toBe(0)
    await page.close()

    // A URL alone names the source after its site.
    const second = await openFresh(browser.context, `${fahm}/studio`)
    await second.locator('#new-url').fill('https://www.aljazeera.net/news/2025/9/3/kim-putin')
    await draftArticle(second, SEED_ARTICLE)
    await expect.poll(async () => ((await second.evaluate(() => localStorage.getItem('fahm.studio.workspace'))) ?? '').includes('aljazeera.net')).toBe(true)
    const stored = (await second.evaluate(() => JSON.parse(localStorage.getItem('fahm.studio.workspace')!))) as { present: { quiz: { source: unknown } } }
    expect(stored.present.quiz.source).toEqual({ name: 'aljazeera.net', url: 'https://www.aljazeera.net/news/2025/9/3/kim-putin' })
    await second.close()
  })
})
