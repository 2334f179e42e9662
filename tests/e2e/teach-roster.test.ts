import { describe, expect, inject, it } from 'vitest'
import { useBrowser } from './browser.ts'
import { answerConfirm, nativeDialogs } from './confirm-dialog.ts'

/** The class list on /teach in real Chromium, at phone and desktop widths, in both languages. */

const fahm = inject('fahmUrl')
const browser = useBrowser()

const TEXT = {
  ar: {
    title: 'قائمة الطلاب (اختيارية)',
    paste: 'الصق الأسماء، اسمًا في كل سطر',
    add: 'أضف إلى القائمة',
    links: 'الروابط الشخصية للواجب',
    remove: 'احذف',
    addAnyway: 'أضفها',
    badLine: 'اسم غير صالح في السطر ٣',
    empty: 'لا قائمة: يكتب الطلاب أسماءهم.',
    results: 'النتائج',
    notSubmitted: 'لم يسلّموا بعد من قائمة الصف (١): سارة',
  },
  en: {
    title: 'Class list (optional)',
    paste: 'Paste names, one per line',
    add: 'Add to the list',
    links: 'Personal links for the assignment',
    remove: 'Remove',
    addAnyway: 'Add them',
    badLine: 'A name is not valid on line 3',
    empty: 'No list: students type their names.',
    results: 'Results',
    notSubmitted: 'Not submitted yet, from the class list (1): سارة',
  },
}

describe.each([
  ['ar', 360],
  ['en', 360],
  ['ar', 1280],
  ['en', 1280],
] as const)('/teach class list in %s at %i px', (lang, width) => {
  it('pastes names, shows personal codes and links, refuses a bad line by its number, removes a student', async () => {
    const t = TEXT[lang]
    const name = `Roster ${lang} ${width}`
    const cls = (await // An address of this file's own: the class-creation limit (20 an hour) counts per address.
    (
      await fetch(`${fahm}/v1/classes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'CF-Connecting-IP': '127.0.0.91' },
        body: JSON.stringify({ name }),
      })
    ).json()) as {
      classId: string
      teacherKey: string
    }
    const made = await fetch(`${fahm}/v1/classes/${cls.classId}/assignments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${cls.teacherKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ quizId: 'kim-putin-beijing', title: 'Homework' }),
    })
    const { code } = (await made.json()) as { code: string }

    const page = await browser.context.newPage()
    await page.setViewportSize({ width, height: 900 })
    const native = nativeDialogs(page)
    await page.addInitScript(
      ([saved, lang]) => {
        localStorage.setItem('fahm.teach.classes', saved!)
        localStorage.setItem('fahm.teach.lang', JSON.stringify(lang))
      },
      [JSON.stringify([{ classId: cls.classId, teacherKey: cls.teacherKey, name }]), lang],
    )
    await page.goto(`${fahm}/teach?lang=${lang}`)
    await page.getByRole('button', { name }).click()
    const section = page.locator('section.roster')
    await section.getByRole('heading', { name: t.title }).waitFor()
    // The class list has loaded (empty), as a teacher sees it before pasting.
    await section.getByText(t.empty).waitFor()

    // A bad name is refused by its line in the teacher's text, and nothing is added.
    await section.getByLabel(t.paste).fill('Sara Ali\n\nbad\u202ename\nOmar')
    await section.getByRole('button', { name: t.add }).click()
    // Polled on the alert's text, so a failure says what the page said instead.
    await expect.poll(() => section.getByRole('alert').allTextContents(), { timeout: 30_000 }).toContain(t.badLine)
    expect(await section.locator('tbody tr').count()).toBe(0)

    await section.getByLabel(t.paste).fill('Sara Ali\n\n  سارة  \nOmar')
    await section.getByRole('button', { name: t.add }).click()
    await expect.poll(() => section.locator('tbody tr').count()).toBe(3)
    expect(await section.getByLabel(t.paste).inputValue()).toBe('')
    const codes = await section.locator('tbody td code').allTextContents()
    for (const c of codes) expect(c).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$/)

    // Personal links for an assignment: /a/CODE?student=PERSONALCODE.
    await section.getByLabel(t.links).selectOption(code)
    const link = (await section.locator('tbody tr').first().locator('td code').nth(1).textContent())!
    expect(link).toBe(`${fahm}/a/${code}?student=${codes[0]!.replace('-', '')}`)
    const box = (await section.boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(width)

    // A name pasted again is asked about first (two students may share a name; a double paste is likelier).
    await section.getByLabel(t.paste).fill('omar')
    await section.getByRole('button', { name: t.add }).click()
    expect(await answerConfirm(page, t.addAnyway, { audit: true })).toContain('omar')
    await expect.poll(() => section.locator('tbody tr').count()).toBe(4)
    await section.getByRole('button', { name: `${t.remove}: omar`, exact: true }).click()
    await answerConfirm(page, t.remove)
    await expect.poll(() => section.locator('tbody tr').count()).toBe(3)

    // Remove Omar: his code stops working.
    await section.getByRole('button', { name: `${t.remove}: Omar` }).click()
    await answerConfirm(page, t.remove)
    await expect.poll(() => section.locator('tbody tr').count()).toBe(2)
    const who = await fetch(`${fahm}/v1/assignments/${code}/students/${codes[2]!.replace('-', '')}`)
    expect(who.status).toBe(404)

    // Sara submits with her code; the results name who on the list has not submitted yet.
    const submitted = await fetch(`${fahm}/v1/assignments/${code}/attempts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({ studentCode: codes[0]!.replace('-', ''), answers: {} }),
    })
    expect(submitted.status).toBe(201)
    await page.getByRole('button', { name: t.results }).first().click()
    const missing = page.getByTestId('not-submitted')
    await missing.waitFor()
    expect((await missing.textContent())!.replace(/\s+/g, ' ')).toBe(t.notSubmitted)
    const box2 = (await missing.boundingBox())!
    expect(box2.x + box2.width).toBeLessThanOrEqual(width)
    expect(native).toEqual([])
    await page.close()
  })
})
