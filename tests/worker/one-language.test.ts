import { env, SELF } from 'cloudflare:test'
import { strFromU8, unzipSync } from 'fflate'
import { parse } from 'gift-pegjs'
import { describe, expect, it } from 'vitest'
import { listAuthoredQuizSummaries } from '../../src/worker/db/quizzes.ts'
import { arabicOnlyQuizFile, ENGLISH_ARTICLE, englishOnlyQuizFile, SAMPLE_ARTICLE } from '../core/export-fixture.ts'
import { editorHeaders, freshQuizId } from './authored-quiz.ts'
import { bearer, createAssignment, createClass, submit } from './classroom-helpers.ts'
import { expectProblem } from './problem-assert.ts'

/**
 * Quizzes written in one language (as the drafter and most teachers write them): Arabic only and
 * English only, through the editor API, served, graded, assigned and exported.
 */

const ORIGIN = 'http://x'
type Body = Record<string, any>

function editorBody(file: object, articleText: string, id: string, overrides: Body = {}): Body {
  const { article: _article, version: _version, ...rest } = file as Body
  return { ...rest, id, articleText, ...overrides }
}

async function send(method: string, path: string, body?: unknown, headers: Record<string, string> = editorHeaders): Promise<Response> {
  return SELF.fetch(`${ORIGIN}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
}

async function getJson(path: string): Promise<Body> {
  const res = await SELF.fetch(`${ORIGIN}${path}`)
  expect(res.status, await res.clone().text()).toBe(200)
  return res.json()
}

const post = (path: string, body: unknown) =>
  SELF.fetch(`${ORIGIN}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })

const QUIZZES = [
  {
    name: 'Arabic only',
    lang: 'ar',
    other: 'en',
    dir: 'rtl',
    file: arabicOnlyQuizFile,
    article: SAMPLE_ARTICLE,
    title: 'القمة: {كيم} و«بوتين»',
    prompt: 'أين اجتمع كيم وبوتين؟',
    explanation: 'اجتمعا في بكين.',
    wrongChoice: 'موسكو',
  },
  {
    name: 'English only',
    lang: 'en',
    other: 'ar',
    dir: 'ltr',
    file: englishOnlyQuizFile,
    article: ENGLISH_ARTICLE,
    title: 'The "summit" & <friends>',
    prompt: 'Where did Kim and Putin meet?',
    explanation: 'They met in Beijing.',
    wrongChoice: 'Moscow',
  },
] as const

describe.each(QUIZZES)('a quiz in one language: $name', (quiz) => {
  it('is saved through the editor API, which reports its languages', async () => {
    const id = freshQuizId(`one-${quiz.lang}`)
    const res = await send('POST', '/v1/quizzes', editorBody(quiz.file(), quiz.article, id))
    expect(res.status, await res.clone().text()).toBe(201)
    expect(await res.json()).toMatchObject({ id, version: 1, langs: [quiz.lang], untranslated: [] })
    const source = (await (await send('GET', `/v1/quizzes/${id}/source`)).json()) as Body
    expect(source).toMatchObject({ langs: [quiz.lang], quiz: { lang: quiz.lang, title: { [quiz.lang]: quiz.title } } })
    expect(source.quiz.title[quiz.other]).toBeUndefined()
  })

  it('is served in its own language whatever is asked, saying so (lang, dir, langs, Content-Language)', async () => {
    const id = freshQuizId(`one-${quiz.lang}`)
    expect((await send('POST', '/v1/quizzes', editorBody(quiz.file(), quiz.article, id))).status).toBe(201)
    for (const asked of ['', `?lang=${quiz.lang}`, `?lang=${quiz.other}`]) {
      const res = await SELF.fetch(`${ORIGIN}/v1/quizzes/${id}${asked}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('Content-Language')).toBe(quiz.lang)
      const served = (await res.json()) as Body
      expect(served).toMatchObject({ lang: quiz.lang, dir: quiz.dir, langs: [quiz.lang], title: quiz.title })
      expect(served.questions[0]).toMatchObject({ prompt: quiz.prompt })
      for (const q of served.questions) {
        expect(q.prompt, asked).not.toBe('')
        for (const c of q.choices ?? []) expect(c.text, asked).not.toBe('')
      }
    }
    const list = await getJson(`/v1/quizzes?lang=${quiz.other}`)
    expect(list.quizzes).toContainEqual({ id, title: quiz.title, lang: quiz.lang, langs: [quiz.lang], questionCount: quiz.file().questions.length, version: 1 })
    // The bundled quiz has both languages: it is listed in the language asked for.
    expect(list.quizzes).toContainEqual(expect.objectContaining({ id: 'kim-putin-beijing', lang: quiz.other, langs: ['ar', 'en'] }))
  })

  it('grades answers in either language, explaining in its own', async () => {
    const id = freshQuizId(`one-${quiz.lang}`)
    expect((await send('POST', '/v1/quizzes', editorBody(quiz.file(), quiz.article, id))).status).toBe(201)
    // Answers in Arabic for an English quiz are as right as in English (and the other way round).
    const answers = { 'meeting-place': 'beijing', 'meeting-duration': '150 دقيقة', 'meeting-city': 'بكين', 'relations-special': true }
    const res = await post(`/v1/quizzes/${id}/grade?lang=${quiz.other}`, { answers })
    expect(res.status, await res.clone().text()).toBe(200)
    expect(res.headers.get('Content-Language')).toBe(quiz.lang)
    const graded = (await res.json()) as Body
    expect(graded.lang).toBe(quiz.lang)
    const byId = Object.fromEntries(graded.results.map((r: Body) => [r.questionId, r]))
    for (const questionId of Object.keys(answers)) expect(byId[questionId].correct, questionId).toBe(true)
    expect(byId['meeting-place'].explanation).toBe(quiz.explanation)
    // Unanswered: the expected answer is shown, in the quiz's language, never empty.
    expect(byId['kursk-workers']).toMatchObject({ answered: false, correct: false })
    expect(byId['kursk-workers'].expected.display).not.toBe('')

    const check = await post(`/v1/quizzes/${id}/questions/meeting-place/check?lang=${quiz.other}`, { answer: 'moscow' })
    expect(check.status).toBe(200)
    expect(check.headers.get('Content-Language')).toBe(quiz.lang)
    expect(await check.json()).toMatchObject({ correct: false, parsed: { display: quiz.wrongChoice }, explanation: quiz.explanation })
  })

  it('is assigned, taken and reported in its own language', async () => {
    const id = freshQuizId(`one-${quiz.lang}`)
    expect((await send('POST', '/v1/quizzes', editorBody(quiz.file(), quiz.article, id))).status).toBe(201)
    const cls = await createClass()
    // Without a title, the assignment takes the quiz's: the one it has.
    const assignment = await createAssignment(cls, { quizId: id, title: undefined })
    expect(assignment.title).toBe(quiz.title)

    const served = await getJson(`/v1/assignments/${assignment.code}/quiz?lang=${quiz.other}`)
    expect(served).toMatchObject({ lang: quiz.lang, dir: quiz.dir, langs: [quiz.lang], title: quiz.title })

    const attempt = await submit(assignment.code, { name: 'Layla', answers: { 'meeting-place': 'moscow' } }, { lang: quiz.other })
    expect(attempt.status, await attempt.clone().text()).toBe(201)
    const results = ((await attempt.json()) as Body).results as Body[]
    expect(results.find((r) => r.questionId === 'meeting-place')).toMatchObject({ correct: false, explanation: quiz.explanation })

    const teacher = bearer(cls.teacherKey)
    const report = (await (
      await SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}/results?lang=${quiz.other}`, { headers: teacher })
    ).json()) as Body
    expect(report.quiz).toMatchObject({ id, title: quiz.title, lang: quiz.lang, langs: [quiz.lang] })
    const place = report.questions.find((q: Body) => q.questionId === 'meeting-place')
    expect(place).toMatchObject({ prompt: quiz.prompt, topWrongAnswers: [{ answer: 'moscow', display: quiz.wrongChoice, count: 1 }] })
    for (const q of report.questions) expect(q.prompt).not.toBe('')

    const csv = await SELF.fetch(`${ORIGIN}/v1/classes/${cls.classId}/assignments/${assignment.assignmentId}/results?format=csv&lang=${quiz.other}`, {
      headers: teacher,
    })
    expect(csv.status).toBe(200)
    const rows = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(rows[0]!.split(',').slice(-served.questions.length)).toEqual(served.questions.map((q: Body) => q.id))
    expect(rows[1]).toMatch(/^Layla,1,0,0,/)

    // Exports: the quiz's language whatever is asked, with no empty text, and named as such.
    const gift = await SELF.fetch(`${ORIGIN}/v1/quizzes/${id}/export?format=gift&lang=${quiz.other}`, { headers: teacher })
    expect(gift.status).toBe(200)
    expect(gift.headers.get('Content-Disposition')).toBe(`attachment; filename="${id}-v1.gift.txt"`)
    expect(gift.headers.get('Content-Language')).toBe(quiz.lang)
    const items = parse(await gift.text())
    expect(items).toHaveLength(2 + served.questions.length)
    const placeItem = items.find((i) => 'title' in i && i.title === 'meeting-place') as { stem: { text: string }; choices: { text: { text: string } }[] }
    expect(placeItem.stem.text).toContain(`lang="${quiz.lang}"`)
    expect(placeItem.choices.every((c) => c.text.text.trim() !== '')).toBe(true)

    const qti = await SELF.fetch(`${ORIGIN}/v1/quizzes/${id}/export?format=qti&lang=${quiz.other}`, { headers: teacher })
    expect(qti.status).toBe(200)
    expect(qti.headers.get('Content-Disposition')).toBe(`attachment; filename="${id}-v1.qti.zip"`)
    const files = unzipSync(new Uint8Array(await qti.arrayBuffer()))
    const item = strFromU8(files[`items/${id}-meeting-place.xml`]!)
    expect(item).toContain(`xml:lang="${quiz.lang}"`)
    expect(item).not.toMatch(/<qti-(prompt|simple-choice)[^>]*>\s*<\//)
  })

  it('embeds with the widget in the language asked for, the title in the quiz’s', async () => {
    const id = freshQuizId(`one-${quiz.lang}`)
    expect((await send('POST', '/v1/quizzes', editorBody(quiz.file(), quiz.article, id))).status).toBe(201)
    const page = await SELF.fetch(`${ORIGIN}/embed/${id}?lang=${quiz.other}`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain(`<html lang="${quiz.other}"`)
    expect(html).toContain(`data-lang="${quiz.other}"`)
    const escapedTitle = quiz.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    expect(html).toContain(`<title>${escapedTitle} — fahm</title>`)

    const embedUrl = encodeURIComponent(`${ORIGIN}/embed/${id}?lang=${quiz.other}`)
    const oembed = (await getJson(`/oembed?url=${embedUrl}&format=json`)) as Body
    expect(oembed.title).toBe(quiz.title)
  })
})

describe('translations', () => {
  it('serves a translation once every string has it, and lists what is left meanwhile', async () => {
    const id = freshQuizId('translating')
    const file = arabicOnlyQuizFile() as Body
    expect((await send('POST', '/v1/quizzes', editorBody(file, SAMPLE_ARTICLE, id))).status).toBe(201)

    // Half-way: the title and the first prompt.
    file.title.en = 'The summit'
    file.questions[0].prompt.en = 'Where did Kim and Putin meet?'
    const partial = (await (await send('PUT', `/v1/quizzes/${id}`, editorBody(file, SAMPLE_ARTICLE, id))).json()) as Body
    expect(partial).toMatchObject({ version: 2, langs: ['ar'] })
    expect(partial.untranslated).toContain('questions[0].explanation.en')
    expect(partial.untranslated).not.toContain('title.en')
    expect(await getJson(`/v1/quizzes/${id}?lang=en`)).toMatchObject({ lang: 'ar', langs: ['ar'], title: 'القمة: {كيم} و«بوتين»' })

    // Complete: served in English, and listed so.
    for (const path of partial.untranslated as string[]) {
      const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.')
      const target = keys.slice(0, -1).reduce((node: Body, key) => node[key], file)
      target.en = `EN ${path}`
    }
    const complete = (await (await send('PUT', `/v1/quizzes/${id}`, editorBody(file, SAMPLE_ARTICLE, id))).json()) as Body
    expect(complete).toMatchObject({ version: 3, langs: ['ar', 'en'], untranslated: [] })
    expect(await getJson(`/v1/quizzes/${id}?lang=en`)).toMatchObject({ lang: 'en', dir: 'ltr', langs: ['ar', 'en'], title: 'The summit' })
    const list = await getJson('/v1/quizzes?lang=en')
    expect(list.quizzes).toContainEqual(expect.objectContaining({ id, title: 'The summit', lang: 'en', langs: ['ar', 'en'] }))
  })

  it('refuses a string missing the quiz’s own language, naming it, and a string in no language', async () => {
    const file = arabicOnlyQuizFile() as Body
    delete file.questions[1].choices[2].text.ar
    file.questions[1].choices[2].text.en = '3000'
    const missing = await expectProblem(await send('POST', '/v1/quizzes', editorBody(file, SAMPLE_ARTICLE, freshQuizId('bad'))), 422, 'quiz-invalid')
    expect(missing.issues).toEqual([
      {
        check: 'strings-in-quiz-language',
        path: 'questions[1].choices[2].text.ar',
        pointer: '/questions/1/choices/2/text/ar',
        message: 'missing the Arabic text: the quiz is in Arabic (lang "ar"), so every string needs "ar"; other languages are optional',
      },
    ])

    const empty = await expectProblem(
      await send('POST', '/v1/quizzes', editorBody({ ...arabicOnlyQuizFile(), title: {} }, SAMPLE_ARTICLE, freshQuizId('bad'))),
      422,
      'quiz-invalid',
    )
    expect(empty.issues).toEqual([
      { check: 'schema', path: 'title', pointer: '/title', message: 'needs its text in at least one language: "ar" (Arabic) or "en" (English)' },
    ])
  })

  it('lists rows saved before quizzes could have one language as having both (the migration default)', async () => {
    const id = freshQuizId('legacy')
    const file = { ...editorBody(arabicOnlyQuizFile(), SAMPLE_ARTICLE, id), articleText: undefined, title: { ar: 'قديم', en: 'Old' } }
    await env.DB.prepare(
      `INSERT INTO authored_quizzes (id, version, article_hash, fingerprint, quiz, article_text, created_at) VALUES (?, 1, 'sha256:x', 'f', ?, ?, '2026-01-01T00:00:00Z')`,
    )
      .bind(id, JSON.stringify(file), SAMPLE_ARTICLE)
      .run()
    const row = (await listAuthoredQuizSummaries(env.DB)).find((r) => r.id === id)
    expect(row).toMatchObject({ langs: ['ar', 'en'], title: { ar: 'قديم', en: 'Old' } })
  })
})
