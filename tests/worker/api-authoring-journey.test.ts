import { beforeAll, describe, expect, it } from 'vitest'
import { EDITOR_TOKEN, freshQuizId } from './authored-quiz.ts'
import { bearer, call, documentedJson, expectProblem, freshIp, type Json, json, loadOpenapi, openapi } from './documented-client.ts'

/**
 * An outside developer building their own authoring tool on fahm, with nothing but the README,
 * docs/*.md, /docs and /v1/openapi.json: paste an article (English and Arabic, plain text and HTML),
 * draft it, read the draft and its notes, edit a question, try answers on the unsaved draft, publish
 * it as an editor and as a class's teacher, read it back, update it (versions), export it and delete
 * it; and the errors such a tool runs into. Every response is held to the document (status, the
 * headers a client reads) and every JSON body to the schema the document gives for it.
 */

const EN_ARTICLE = [
  'City council approves new bridge over the river',
  'The city council voted on Tuesday to build a new bridge across the Tana river, ending a debate that lasted four years.',
  'The bridge will be 850 metres long and is expected to cost 120 million dollars, most of it paid by the national government.',
  'Construction will begin next spring and should take three years, the mayor, Helen Brooks, told reporters after the vote.',
  'About 45,000 vehicles cross the old bridge every day, almost twice the number it was designed for in 1968.',
  'Engineers found cracks in two of its supports last year, and heavy lorries have been banned from it since March.',
  'Local shop owners welcomed the decision, saying traffic jams had cut their sales by 15 percent.',
].join('\n\n')

const AR_ARTICLE = [
  'افتتاح أكبر محطة لتحلية المياه في المدينة',
  'افتتحت وزارة المياه يوم الأحد محطة جديدة لتحلية مياه البحر في مدينة العقبة، بعد أعمال بناء استمرت ثلاث سنوات.',
  'وتنتج المحطة نحو 300 ألف متر مكعب من المياه يومياً، وهو ما يكفي حاجة أكثر من مليون شخص، بحسب بيان الوزارة.',
  'وبلغت تكلفة المشروع نحو 850 مليون دولار، ساهمت فيها مصارف دولية بنسبة 60 في المئة.',
  'وقال وزير المياه خالد الزعبي إن المحطة ستخفف الضغط على المياه الجوفية التي انخفض منسوبها بمقدار 20 متراً خلال عقدين.',
  'ويعمل في المحطة 450 موظفاً، معظمهم من أبناء المنطقة، وتعمل بالطاقة الشمسية جزئياً.',
].join('\n\n')

/** The English article as a developer's tool gets it from a web page's clipboard. */
const EN_HTML = `<article><h1>${EN_ARTICLE.split('\n\n')[0]}</h1>${EN_ARTICLE.split('\n\n')
  .slice(1)
  .map((p) => `<p>${p.replace('Tana river', '<b>Tana</b> river')}</p>`)
  .join('\n')}<script>track()</script></article>`

type Quiz = Json & { id: string; lang: 'ar' | 'en'; questions: Json[]; articleText: string }

/** The key of a question as an answer a reader would send. */
function keyOf(q: Json): unknown {
  if (q.type === 'numeric') return q.answer.value
  if (q.type === 'text') return q.answer.accepted[0]
  return q.answer
}

const draftOf = async (body: Json, ip = freshIp()) => {
  const res = await call({ method: 'POST', path: '/v1/drafts', body, ip })
  expect(res.status, await res.clone().text()).toBe(200)
  expect(res.headers.get('RateLimit-Policy')).toBe('"drafting";q=30;w=60')
  return (await documentedJson(res, 'POST', '/v1/drafts')) as { quiz: Quiz; notes: Json[] }
}

beforeAll(loadOpenapi)

describe('drafting an article', () => {
  it.each([
    ['English, plain text', { articleText: EN_ARTICLE }, 'en'],
    ['English, HTML from a web page', { articleText: EN_HTML }, 'en'],
    ['Arabic, plain text, lang given', { articleText: AR_ARTICLE, lang: 'ar' }, 'ar'],
  ] as const)('drafts %s into a quiz in its language, with notes by code', async (_what, body, lang) => {
    const { quiz, notes } = await draftOf(body)
    expect(quiz.lang).toBe(lang)
    expect(quiz.visibility).toBeUndefined()
    expect(quiz.questions.length).toBeGreaterThanOrEqual(3)
    expect(quiz.articleText).not.toMatch(/[<>]|track\(\)/)
    for (const q of quiz.questions) {
      expect(Object.keys(q.prompt)).toEqual([lang])
      expect(quiz.articleText.split(/\n\s*\n/).join('\n')).toContain(q.evidence.quote)
    }
    for (const note of notes) expect(openapi.components.schemas.DraftNote.properties.code.enum).toContain(note.code)
  })

  it('drafts the same questions from the HTML as from its text', async () => {
    const plain = await draftOf({ articleText: EN_ARTICLE })
    const html = await draftOf({ articleText: EN_HTML })
    expect(html.quiz.questions.map((q) => [q.type, q.evidence.quote])).toEqual(plain.quiz.questions.map((q) => [q.type, q.evidence.quote]))
  })
})

describe('an editor’s quiz, from draft to deletion', () => {
  let quiz: Quiz
  let edited: Json
  const id = freshQuizId('bridge')
  const editor = bearer(EDITOR_TOKEN)

  it('edits a question of the draft and tries answers on it unsaved: the key is right, another value wrong', async () => {
    quiz = { ...(await draftOf({ articleText: EN_ARTICLE })).quiz, id }
    edited = quiz.questions.find((q) => q.type === 'numeric') ?? quiz.questions[0]!
    edited.prompt = { en: `${edited.prompt.en.replace(/\?$/, '')}, according to the article?` }
    for (const [answer, correct] of [
      [keyOf(edited), true],
      [typeof keyOf(edited) === 'number' ? (keyOf(edited) as number) * 3 + 7 : 'something else entirely', false],
    ] as const) {
      const res = await call({ method: 'POST', path: '/v1/drafts/check', body: { quiz, questionId: edited.id, answer } })
      expect(res.status).toBe(200)
      expect(res.headers.get('RateLimit-Policy')).toBe('"grading";q=600;w=60')
      expect(res.headers.get('Content-Language')).toBe('en')
      const result = await documentedJson(res, 'POST', '/v1/drafts/check')
      expect(result).toMatchObject({ questionId: edited.id, answered: true, correct })
    }
  })

  it('publishes it: 201 with Location at the public quiz, version 1; the same POST again is 200 changed: false', async () => {
    const res = await call({ method: 'POST', path: '/v1/quizzes', headers: editor, body: quiz })
    expect(res.status).toBe(201)
    expect(res.headers.get('Location')).toBe(`/v1/quizzes/${id}`)
    const saved = await documentedJson(res, 'POST', '/v1/quizzes')
    expect(saved).toMatchObject({ id, version: 1, visibility: 'public', ownerClassId: null, changed: true, langs: ['en'], untranslated: [] })
    const retry = await call({ method: 'POST', path: '/v1/quizzes', headers: editor, body: quiz })
    expect(retry.status).toBe(200)
    expect(await documentedJson(retry, 'POST', '/v1/quizzes')).toMatchObject({ id, version: 1, changed: false })
  })

  it('reads it back: the public quiz without keys, and the source with them', async () => {
    const pub = await call({ path: `/v1/quizzes/${id}` })
    expect(pub.status).toBe(200)
    const body = await documentedJson(pub, 'GET', `/v1/quizzes/${id}`)
    expect(body).toMatchObject({ id, version: 1, lang: 'en', langs: ['en'] })
    expect(body.questions.find((q: Json) => q.id === edited.id).prompt).toBe(edited.prompt.en)
    expect(JSON.stringify(body)).not.toContain('"answer"')
    const source = await call({ path: `/v1/quizzes/${id}/source`, headers: editor })
    expect(source.status).toBe(200)
    expect(source.headers.get('Cache-Control')).toMatch(/no-store/)
    const read = await documentedJson(source, 'GET', `/v1/quizzes/${id}/source`)
    expect(read).toMatchObject({ id, version: 1, origin: 'api', readOnly: false, stale: [] })
    expect(read.quiz.questions.map((q: Json) => q.answer)).toEqual(quiz.questions.map((q) => q.answer))
  })

  it('updates it with the version edited: version 2; the same body again keeps it; a stale version is 409 version-conflict', async () => {
    const next = { ...quiz, version: 1, title: { en: 'A new bridge over the Tana' } }
    const res = await call({ method: 'PUT', path: `/v1/quizzes/${id}`, headers: editor, body: next })
    expect(res.status).toBe(200)
    expect(await documentedJson(res, 'PUT', `/v1/quizzes/${id}`)).toMatchObject({ id, version: 2, previousVersion: 1, changed: true })
    const again = await call({ method: 'PUT', path: `/v1/quizzes/${id}`, headers: editor, body: { ...next, version: 2 } })
    expect(await documentedJson(again, 'PUT', `/v1/quizzes/${id}`)).toMatchObject({ version: 2, changed: false })
    const stale = await call({
      method: 'PUT',
      path: `/v1/quizzes/${id}`,
      headers: editor,
      body: { ...next, version: 1, title: { en: 'Someone else’s title' } },
    })
    const problem = await expectProblem(stale, 409, 'version-conflict')
    expect(problem.currentVersion).toBe(2)
    expect((await json(await call({ path: `/v1/quizzes/${id}` }))).title).toBe('A new bridge over the Tana')
  })

  it.each([
    ['gift', 'text/plain', /^attachment; filename="[^"]+\.gift\.txt"$/],
    ['qti', 'application/zip', /^attachment; filename="[^"]+\.qti\.zip"$/],
  ])('exports it as %s, an attachment in its language', async (format, type, file) => {
    const res = await call({ path: `/v1/quizzes/${id}/export?format=${format}`, headers: editor })
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toContain(type)
    expect(res.headers.get('Content-Disposition')).toMatch(file)
    expect(res.headers.get('Content-Language')).toBe('en')
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(100)
  })

  it('deletes it: 204, then 404 quiz-not-found for readers, the source, the export and a second delete', async () => {
    const res = await call({ method: 'DELETE', path: `/v1/quizzes/${id}`, headers: editor })
    expect(res.status).toBe(204)
    expect(await res.text()).toBe('')
    await expectProblem(await call({ path: `/v1/quizzes/${id}` }), 404, 'quiz-not-found')
    await expectProblem(await call({ path: `/v1/quizzes/${id}/source`, headers: editor }), 404, 'quiz-not-found')
    await expectProblem(await call({ path: `/v1/quizzes/${id}/export?format=gift`, headers: editor }), 404, 'quiz-not-found')
    await expectProblem(await call({ method: 'DELETE', path: `/v1/quizzes/${id}`, headers: editor }), 404, 'quiz-not-found')
  })
})

describe('a teacher’s quiz', () => {
  let cls: Json
  let quiz: Quiz
  const teacher = () => bearer(cls.teacherKey)

  it('publishes an Arabic draft with the class’s key: a classroom quiz of the class, Location at its source', async () => {
    cls = await json(await call({ method: 'POST', path: '/v1/classes', body: { name: 'الصف التاسع' } }))
    const me = await call({ path: '/v1/me', headers: teacher() })
    expect(await documentedJson(me, 'GET', '/v1/me')).toMatchObject({ role: 'teacher', classId: cls.classId })
    const draft = (await draftOf({ articleText: AR_ARTICLE })).quiz
    // The drafted id is the article's; made this publisher's own (docs/drafting.md).
    quiz = { ...draft, id: `${draft.id}-${crypto.randomUUID().slice(0, 6)}` }
    const res = await call({ method: 'POST', path: '/v1/quizzes', headers: teacher(), body: quiz })
    expect(res.status).toBe(201)
    expect(res.headers.get('Location')).toBe(`/v1/quizzes/${quiz.id}/source`)
    expect(await documentedJson(res, 'POST', '/v1/quizzes')).toMatchObject({ visibility: 'classroom', ownerClassId: cls.classId, langs: ['ar'] })
    expect((await call({ path: res.headers.get('Location')!, headers: teacher() })).status).toBe(200)
    await expectProblem(await call({ path: `/v1/quizzes/${quiz.id}` }), 404, 'quiz-not-found')
    const sources = await call({ path: '/v1/quiz-sources', headers: teacher() })
    expect((await documentedJson(sources, 'GET', '/v1/quiz-sources')).quizzes.map((q: Json) => q.id)).toEqual([quiz.id])
  })

  it('is refused public visibility (403), and the same id from another class is 409 quiz-exists', async () => {
    await expectProblem(
      await call({ method: 'POST', path: '/v1/quizzes', headers: teacher(), body: { ...quiz, id: `${quiz.id}-pub`, visibility: 'public' } }),
      403,
      'forbidden',
    )
    const other = await json(await call({ method: 'POST', path: '/v1/classes', body: { name: 'Another class' } }))
    await expectProblem(await call({ method: 'POST', path: '/v1/quizzes', headers: bearer(other.teacherKey), body: quiz }), 409, 'quiz-exists')
    await expectProblem(await call({ path: `/v1/quizzes/${quiz.id}/source`, headers: bearer(other.teacherKey) }), 404, 'quiz-not-found')
  })

  it('exports its own quiz in Arabic even when English is asked for', async () => {
    const res = await call({ path: `/v1/quizzes/${quiz.id}/export?format=gift&lang=en`, headers: teacher() })
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Language')).toBe('ar')
  })

  it('assigns it, then deletes it', async () => {
    const assigned = await call({ method: 'POST', path: `/v1/classes/${cls.classId}/assignments`, headers: teacher(), body: { quizId: quiz.id } })
    expect(assigned.status).toBe(201)
    expect((await call({ method: 'DELETE', path: `/v1/quizzes/${quiz.id}`, headers: teacher() })).status).toBe(204)
  })
})

describe('what a developer gets wrong', () => {
  const editor = bearer(EDITOR_TOKEN)
  let valid: Quiz
  beforeAll(async () => {
    valid = { ...(await draftOf({ articleText: EN_ARTICLE })).quiz, id: freshQuizId('bad') }
  })

  it.each([
    ['an empty article', 422, 'article-empty', { articleText: '' }],
    ['a blank article', 422, 'article-empty', { articleText: ' \n\n \t' }],
    ['no article', 422, 'validation-failed', { title: 'A title' }],
    ['an article that is a number', 422, 'validation-failed', { articleText: 42 }],
    [
      'a French article',
      422,
      'language-unsupported',
      { articleText: "Le conseil municipal a voté mardi la construction d'un nouveau pont de 850 mètres sur la rivière." },
    ],
    ['an English article sent as Arabic', 422, 'language-mismatch', { articleText: EN_ARTICLE, lang: 'ar' }],
    ['a list of numbers', 422, 'article-no-sentences', { articleText: '850\n120\n45,000\n1968' }],
    ['an article over 20,000 words', 413, 'payload-too-large', { articleText: 'The council met today. '.repeat(5001) }],
    ['a body over 1 MiB', 413, 'payload-too-large', { articleText: 'x'.repeat(1024 * 1024 + 10) }],
  ])('drafting %s: %i %s', async (_what, status, code, body) => {
    const problem = await expectProblem(await call({ method: 'POST', path: '/v1/drafts', body }), status, code)
    if (code === 'validation-failed') expect(problem.errors.map((e: Json) => e.path)).toContain('articleText')
    if (status === 413) expect(problem.limit).toEqual(expect.any(Number))
  })

  it.each([
    ['/v1/drafts', {}],
    ['/v1/quizzes', editor],
    ['/v1/drafts/check', {}],
  ])('POST %s as text/plain or form data: 415 unsupported-media-type', async (path, headers) => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const res = await call({ method: 'POST', path, headers: { ...headers, 'Content-Type': type }, body: JSON.stringify({ articleText: EN_ARTICLE }) })
      await expectProblem(res, 415, 'unsupported-media-type')
    }
  })

  it.each([
    ['/v1/quizzes', editor],
    ['/v1/drafts/check', {}],
  ])('POST %s with a body over 1 MiB: 413 payload-too-large with the limit', async (path, headers) => {
    const problem = await expectProblem(
      await call({ method: 'POST', path, headers, body: { ...valid, articleText: 'x'.repeat(1024 * 1024) } }),
      413,
      'payload-too-large',
    )
    expect(problem.limit).toBe(1024 * 1024)
  })

  it('POST broken JSON: 400 invalid-json with where it breaks', async () => {
    const problem = await expectProblem(await call({ method: 'POST', path: '/v1/quizzes', headers: editor, body: '{"id": "x",' }), 400, 'invalid-json')
    expect(problem).toMatchObject({ line: 1, column: expect.any(Number) })
  })

  it('publishes a quiz that fails the content checks: 422 quiz-invalid naming every field, by path and JSON pointer', async () => {
    const questions = structuredClone(valid.questions)
    questions[0]!.evidence.quote = 'words the article never says'
    questions[1]!.id = questions[0]!.id
    const res = await call({ method: 'POST', path: '/v1/quizzes', headers: editor, body: { ...valid, questions } })
    const problem = await expectProblem(res, 422, 'quiz-invalid')
    const byCheck = Object.fromEntries(problem.issues.map((i: Json) => [i.check, i]))
    expect(byCheck['evidence-quote-verbatim']).toMatchObject({ path: 'questions[0].evidence.quote', pointer: '/questions/0/evidence/quote' })
    expect(byCheck['duplicate-question-ids']).toMatchObject({ path: expect.stringMatching(/^questions\[1\]/) })
    for (const issue of problem.issues) expect(issue.message.length).toBeGreaterThan(5)
    expect(problem.detail).toContain('questions[0].evidence.quote')
  })

  it.each([
    ['no id', (q: Quiz) => ({ ...q, id: undefined }), 'id'],
    [
      'a question with no prompt',
      (q: Quiz) => ({ ...q, questions: [{ ...q.questions[0], prompt: undefined }, ...q.questions.slice(1)] }),
      'questions[0].prompt',
    ],
    ['an unknown member', (q: Quiz) => ({ ...q, colour: 'red' }), 'colour'],
    ['no article text', (q: Quiz) => ({ ...q, articleText: undefined }), 'articleText'],
  ])('publishes a quiz with %s: 422 quiz-invalid naming it', async (_what, change, path) => {
    const problem = await expectProblem(await call({ method: 'POST', path: '/v1/quizzes', headers: editor, body: change(valid) }), 422, 'quiz-invalid')
    expect(problem.issues.map((i: Json) => i.path)).toContain(path)
  })

  it('tries an answer on a draft whose question is broken: 422 validation-failed naming the field under quiz', async () => {
    const questions = structuredClone(valid.questions)
    const numeric = questions.find((q) => q.type === 'numeric')!
    numeric.answer = { unit: numeric.answer.unit }
    const res = await call({ method: 'POST', path: '/v1/drafts/check', body: { quiz: { ...valid, questions }, questionId: numeric.id, answer: '12' } })
    const problem = await expectProblem(res, 422, 'validation-failed')
    expect(problem.errors.map((e: Json) => e.path)).toContain(`quiz.questions[${questions.indexOf(numeric)}].answer.value`)
    await expectProblem(
      await call({ method: 'POST', path: '/v1/drafts/check', body: { quiz: valid, questionId: 'no-such-question', answer: '1' } }),
      404,
      'question-not-found',
    )
    const unknown = await call({ method: 'POST', path: '/v1/drafts/grade', body: { quiz: valid, answers: { 'a.b/c~d': '1' } } })
    expect((await expectProblem(unknown, 422, 'validation-failed')).errors).toEqual([
      { path: 'answers.a.b/c~d', pointer: '/answers/a.b~1c~0d', message: expect.any(String), in: 'body' },
    ])
  })

  it.each([
    ['no token', {}],
    ['a wrong token', bearer('not-the-token')],
    ['a malformed header', { Authorization: EDITOR_TOKEN }],
  ])('publishes with %s: 401 unauthorized with a Bearer challenge', async (_what, headers) => {
    for (const request of [
      { method: 'POST', path: '/v1/quizzes', body: valid },
      { method: 'PUT', path: `/v1/quizzes/${valid.id}`, body: valid },
      { method: 'DELETE', path: `/v1/quizzes/${valid.id}` },
      { path: `/v1/quizzes/${valid.id}/source` },
      { path: '/v1/quiz-sources' },
      { path: '/v1/me' },
    ]) {
      const res = await call({ ...request, headers })
      await expectProblem(res, 401, 'unauthorized')
      expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer realm="fahm-editor"/)
    }
  })

  it('authenticates with the scheme in any case (bearer, BEARER), as RFC 9110 allows', async () => {
    for (const scheme of ['bearer', 'BEARER']) {
      const me = await call({ path: '/v1/me', headers: { Authorization: `${scheme} ${EDITOR_TOKEN}` } })
      expect(me.status).toBe(200)
      expect(await documentedJson(me, 'GET', '/v1/me')).toEqual({ role: 'editor' })
      const cls = await json(await call({ method: 'POST', path: '/v1/classes', body: { name: 'Case' } }))
      const read = await call({ path: `/v1/classes/${cls.classId}`, headers: { Authorization: `${scheme} ${cls.teacherKey}` } })
      expect(read.status).toBe(200)
    }
  })

  it('drafts an article with nothing to ask: 200 with no questions and a few-facts note; publishing it names questions', async () => {
    const { quiz, notes } = await draftOf({ articleText: 'The council met again.' })
    expect(quiz.questions).toEqual([])
    expect(notes.map((n) => n.code)).toContain('few-facts')
    const problem = await expectProblem(
      await call({ method: 'POST', path: '/v1/quizzes', headers: editor, body: { ...quiz, id: freshQuizId('empty') } }),
      422,
      'quiz-invalid',
    )
    expect(problem.issues).toEqual([expect.objectContaining({ check: 'schema', path: 'questions', pointer: '/questions' })])
  })

  it('publishes an id that a file quiz has: 409 quiz-exists; updates a file quiz: 409 quiz-read-only', async () => {
    await expectProblem(await call({ method: 'POST', path: '/v1/quizzes', headers: editor, body: { ...valid, id: 'kim-putin-beijing' } }), 409, 'quiz-exists')
    await expectProblem(
      await call({ method: 'PUT', path: '/v1/quizzes/kim-putin-beijing', headers: editor, body: { ...valid, id: 'kim-putin-beijing' } }),
      409,
      'quiz-read-only',
    )
  })

  it('updates a quiz under another id than the body’s: 422 naming id', async () => {
    const id = freshQuizId('moved')
    expect((await call({ method: 'POST', path: '/v1/quizzes', headers: editor, body: { ...valid, id } })).status).toBe(201)
    const problem = await expectProblem(
      await call({ method: 'PUT', path: `/v1/quizzes/${id}`, headers: editor, body: { ...valid, id: `${id}-x` } }),
      422,
      'quiz-invalid',
    )
    expect(problem.issues.map((i: Json) => i.path)).toContain('id')
  })

  it('updates and deletes with If-Match: the ETag of …/source and of each save; a stale one is 412 precondition-failed', async () => {
    const id = freshQuizId('if-match')
    const created = await call({ method: 'POST', path: '/v1/quizzes', headers: editor, body: { ...valid, id } })
    expect(created.headers.get('ETag')).toBe('"v1"')
    const source = await call({ path: `/v1/quizzes/${id}/source`, headers: editor })
    const read = source.headers.get('ETag')!
    expect(read).toBe('"v1"')
    // No `version` in the body: If-Match alone is the precondition.
    const put = (tag: string, title: string) =>
      call({
        method: 'PUT',
        path: `/v1/quizzes/${id}`,
        headers: { ...editor, 'If-Match': tag },
        body: { ...valid, id, version: undefined, title: { en: title } },
      })
    const first = await put(read, 'Renamed once')
    expect(first.status).toBe(200)
    expect(first.headers.get('ETag')).toBe('"v2"')
    for (const stale of [read, 'W/"v2"', '"nope"']) {
      const res = await put(stale, 'Renamed by a stale tab')
      expect((await expectProblem(res, 412, 'precondition-failed')).currentVersion).toBe(2)
    }
    expect((await put('"v1", "v2"', 'Renamed twice')).status).toBe(200)
    expect((await put('*', 'Renamed thrice')).headers.get('ETag')).toBe('"v4"')
    await expectProblem(await call({ method: 'DELETE', path: `/v1/quizzes/${id}`, headers: { ...editor, 'If-Match': '"v3"' } }), 412, 'precondition-failed')
    expect((await call({ method: 'DELETE', path: `/v1/quizzes/${id}`, headers: { ...editor, 'If-Match': '"v4"' } })).status).toBe(204)
    await expectProblem(await call({ method: 'DELETE', path: `/v1/quizzes/${id}`, headers: { ...editor, 'If-Match': '*' } }), 404, 'quiz-not-found')
  })

  it('drafts past the limit: the 31st draft a minute from one address is 429 with Retry-After', async () => {
    const short = { articleText: 'The council met for three hours on Friday and approved 12 new schools.' }
    // The drafting limiter counts in windows aligned to the clock (Cloudflare's, and Miniflare's simulation): 31
    // drafts one by one that straddled a boundary are sent again from a new address.
    let last: Response | undefined
    for (let attempt = 0; attempt < 2; attempt++) {
      const ip = freshIp()
      const window = Math.floor(Date.now() / 60_000)
      for (let i = 0; i <= 30; i++) last = await call({ method: 'POST', path: '/v1/drafts', body: short, ip })
      if (Math.floor(Date.now() / 60_000) === window) break
    }
    const problem = await expectProblem(last!, 429, 'rate-limited')
    expect(last!.headers.get('Retry-After')).toBe('60')
    expect(problem.retryAfter).toBe(60)
  }, 150_000)
})
