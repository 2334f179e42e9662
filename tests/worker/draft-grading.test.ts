import { env, SELF } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { EDITOR_BODY_LIMIT } from '../../src/worker/routes/editor/editor.routes.ts'
import { addressKey } from '../../src/worker/client-address.ts'
import { authoredQuizBody, createAuthoredQuiz } from './authored-quiz.ts'
import { ORIGIN, freshIp } from './classroom-helpers.ts'
import { expectProblem } from './problem-assert.ts'

// Trying answers against a quiz that is not saved: the answers of the public check and grade
// routes, for the quiz in the body, storing nothing.

type Body = Record<string, unknown>
type Result = {
  questionId: string
  correct: boolean
  score: number
  parsed: ({ display: string } & Body) | null
  expected: { display: string } & Body
  explanation: string
  evidence: Body
}

/** The sample quiz (every question type) as the studio holds it while editing. */
function draft(overrides: Body = {}): Body {
  return authoredQuizBody('draft-under-edit', overrides)
}

/** The draft with `questions[index]` changed by `change`. */
function withQuestion(index: number, change: (question: Body) => Body): Body {
  const body = draft()
  const questions = structuredClone(body.questions) as Body[]
  questions[index] = change(questions[index]!)
  return { ...body, questions }
}

function post(path: string, body: unknown, ip = freshIp()): Promise<Response> {
  return SELF.fetch(`${ORIGIN}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

const check = (body: Body, ip?: string) => post('/v1/drafts/check', body, ip)
const grade = (body: Body, ip?: string) => post('/v1/drafts/grade', body, ip)

async function storedQuizRows(): Promise<number> {
  return (await env.DB.prepare('SELECT count(*) AS n FROM authored_quizzes').first<{ n: number }>())!.n
}

/** Two right answers, a wrong one and half of a two-point partial-credit question: 3 points of 8. */
const answers = { 'meeting-duration': '150 دقيقة', 'meeting-place': 'moscow', 'soldiers-killed': 'ألفان', 'kursk-workers': ['c5000'] }

let saved: string

beforeAll(async () => {
  // The same quiz saved as a public quiz: the draft routes must answer exactly as its public routes.
  saved = await createAuthoredQuiz()
})

describe('POST /v1/drafts/check', () => {
  it('grades a right and a wrong answer exactly as the public check does, with what the grader understood', async () => {
    for (const [questionId, answer, correct] of [
      ['meeting-duration', '١٥٠ دقيقة', true],
      ['meeting-duration', 'ثلاث ساعات', false],
      ['meeting-place', 'beijing', true],
      ['relations-special', 'خطأ', false],
      ['meeting-city', 'Beijing', true],
    ] as const) {
      for (const lang of [undefined, 'en'] as const) {
        const res = await check({ quiz: draft(), questionId, answer, ...(lang ? { lang } : {}) })
        expect(res.status).toBe(200)
        const result = (await res.json()) as Result
        expect(result, `${questionId} ${answer}`).toMatchObject({ questionId, correct })
        const query = lang ? `?lang=${lang}` : ''
        const published = await post(`/v1/quizzes/${saved}/questions/${questionId}/check${query}`, { answer })
        expect(result).toEqual(await published.json())
      }
    }
    const wrong = (await (await check({ quiz: draft(), questionId: 'meeting-duration', answer: 'ثلاث ساعات', lang: 'en' })).json()) as Result
    expect(wrong).toMatchObject({ correct: false, score: 0, parsed: { kind: 'number', value: 3, unit: 'hour' }, explanation: 'Two and a half hours.' })
    expect(wrong.parsed!.display).toContain('3')
    expect(wrong.expected.display).toContain('2.5')
    expect(wrong.evidence).toEqual({ paragraph: 0, quote: 'ساعتين ونصف' })
  })

  it('answers in the language asked for when the question has it, else in the draft’s own, and says which', async () => {
    const english = await check({ quiz: draft(), questionId: 'meeting-duration', answer: '2.5', lang: 'en' })
    expect(english.headers.get('Content-Language')).toBe('en')
    expect(await english.json()).toMatchObject({ explanation: 'Two and a half hours.' })
    // A question written in Arabic only: English is asked for, Arabic is served.
    const arabicOnly = withQuestion(4, (q) => ({ ...q, prompt: { ar: (q.prompt as Body).ar }, explanation: { ar: (q.explanation as Body).ar } }))
    const served = await check({ quiz: arabicOnly, questionId: 'meeting-duration', answer: '2.5', lang: 'en' })
    expect(served.status).toBe(200)
    expect(served.headers.get('Content-Language')).toBe('ar')
    expect(await served.json()).toMatchObject({ correct: true, explanation: 'ساعتين ونصف.' })
    // Other questions' languages do not matter to a check; a grade serves the language all have.
    expect((await check({ quiz: arabicOnly, questionId: 'meeting-place', answer: 'beijing', lang: 'en' })).headers.get('Content-Language')).toBe('en')
    const graded = await grade({ quiz: arabicOnly, answers: {}, lang: 'en' })
    expect(graded.headers.get('Content-Language')).toBe('ar')
    expect(await graded.json()).toMatchObject({ lang: 'ar' })
  })

  it('needs only the question checked to be valid: a draft failing the content checks is fine', async () => {
    const body = withQuestion(0, (q) => ({ ...q, evidence: { paragraph: 9, quote: 'ليس في المقال' }, colour: 'blue' }))
    const broken = withQuestion(1, (q) => ({ ...q, type: 'ranking' }))
    for (const quiz of [body, broken, { ...draft(), articleText: undefined, title: undefined, source: 42 }]) {
      const res = await check({ quiz, questionId: 'meeting-duration', answer: '2.5' })
      expect(res.status, await res.clone().text()).toBe(200)
      expect(await res.json()).toMatchObject({ questionId: 'meeting-duration', correct: true })
    }
  })

  it('answers 422 naming the invalid question’s fields, 404 for an unknown question, 422 for a wrong answer shape', async () => {
    const invalid = withQuestion(4, (q) => ({ ...q, answer: { value: 'two and a half', unit: 'hour' } }))
    const problem = await expectProblem(await check({ quiz: invalid, questionId: 'meeting-duration', answer: '2.5' }), 422, 'validation-failed', ORIGIN)
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'quiz.questions[4].answer.value', in: 'body' })])
    expect(problem.detail).toContain('quiz.questions[4].answer.value')

    const missing = await expectProblem(await check({ quiz: draft(), questionId: 'no-such-question', answer: 'x' }), 404, 'question-not-found', ORIGIN)
    expect(missing.questionId).toBe('no-such-question')

    const shape = await expectProblem(await check({ quiz: draft(), questionId: 'meeting-place', answer: 42 }), 422, 'validation-failed', ORIGIN)
    expect(shape.errors).toEqual([expect.objectContaining({ path: 'answer' })])

    const twice = withQuestion(5, (q) => ({ ...q, id: 'meeting-duration' }))
    const duplicate = await expectProblem(await check({ quiz: twice, questionId: 'meeting-duration', answer: '2.5' }), 422, 'validation-failed', ORIGIN)
    expect(duplicate.errors).toEqual([expect.objectContaining({ path: 'quiz.questions[5].id' })])

    const { lang: _lang, ...noLang } = draft()
    const lang = await expectProblem(await check({ quiz: noLang, questionId: 'meeting-place', answer: 'beijing' }), 422, 'validation-failed', ORIGIN)
    expect(lang.errors).toEqual([expect.objectContaining({ path: 'quiz.lang' })])
    expect((await check({ quiz: noLang, questionId: 'meeting-place', answer: 'beijing', lang: 'ar' })).status).toBe(200)

    const noQuestions = await expectProblem(await check({ quiz: { lang: 'ar' }, questionId: 'a', answer: 'x' }), 422, 'validation-failed', ORIGIN)
    expect(noQuestions.errors).toEqual([expect.objectContaining({ path: 'quiz.questions' })])
  })
})

describe('POST /v1/drafts/grade', () => {
  it('grades every question exactly as the public grade does, under the draft’s id and version', async () => {
    for (const lang of ['ar', 'en'] as const) {
      const res = await grade({ quiz: draft({ version: 4 }), answers, lang })
      expect(res.status).toBe(200)
      const body = (await res.json()) as { quizId: string; version: number; score: number; maxScore: number; results: Result[] }
      const published = (await (await post(`/v1/quizzes/${saved}/grade?lang=${lang}`, { answers })).json()) as Body
      expect(body).toEqual({ ...published, quizId: 'draft-under-edit', version: 4 })
      expect(body).toMatchObject({ score: 3, maxScore: 8 })
      expect(body.results.find((r) => r.questionId === 'meeting-place')).toMatchObject({ correct: false, parsed: { kind: 'choice', choiceIds: ['moscow'] } })
      expect(body.results.find((r) => r.questionId === 'kursk-workers')).toMatchObject({ correct: false, score: 1 })
    }
    const { id: _id, version: _version, ...anonymous } = draft()
    expect(await (await grade({ quiz: anonymous, answers: {} })).json()).toMatchObject({ quizId: 'draft', version: 1, score: 0 })
  })

  it('needs every question valid, and answers of the quiz’s questions in their shapes', async () => {
    const broken = withQuestion(1, (q) => ({ ...q, answer: 'c5000' }))
    const invalid = withQuestion(6, (q) => ({ ...q, answer: { accepted: [] } }))
    const problem = await expectProblem(
      await grade({ quiz: { ...broken, questions: [...(broken.questions as Body[]).slice(0, 6), (invalid.questions as Body[])[6]] }, answers }),
      422,
      'validation-failed',
      ORIGIN,
    )
    expect((problem.errors as { path: string }[]).map((e) => e.path)).toEqual(['quiz.questions[1].answer', 'quiz.questions[6].answer.accepted'])
    // The content checks are not run: an evidence quote missing from the article is fine.
    const unchecked = withQuestion(0, (q) => ({ ...q, evidence: { paragraph: 0, quote: 'ليس في المقال' } }))
    expect((await grade({ quiz: unchecked, answers })).status).toBe(200)

    const unknown = await expectProblem(
      await grade({ quiz: draft(), answers: { 'no-such-question': 'x', 'meeting-place': 7 } }),
      422,
      'validation-failed',
      ORIGIN,
    )
    expect((unknown.errors as { path: string }[]).map((e) => e.path).sort()).toEqual(['answers.meeting-place', 'answers.no-such-question'])
  })
})

describe('both draft routes', () => {
  it('refuse malformed JSON (400), a body over the editor limit (413) and a body that is not JSON (415)', async () => {
    for (const path of ['/v1/drafts/check', '/v1/drafts/grade']) {
      await expectProblem(await post(path, '{"quiz": {'), 400, 'invalid-json', ORIGIN)
      const huge = { quiz: draft({ articleText: 'ا'.repeat(EDITOR_BODY_LIMIT / 2 + 10) }), questionId: 'meeting-place', answer: 'beijing', answers: {} }
      const tooLarge = await expectProblem(await post(path, huge), 413, 'payload-too-large', ORIGIN)
      expect(tooLarge.limit).toBe(EDITOR_BODY_LIMIT)
      const text = await SELF.fetch(`${ORIGIN}${path}`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' })
      await expectProblem(text, 415, 'unsupported-media-type', ORIGIN)
    }
    // Just under the limit is fine: a long article travels with the draft and is ignored.
    const long = await check({ quiz: draft({ articleText: 'ا'.repeat(EDITOR_BODY_LIMIT / 2 - 20_000) }), questionId: 'meeting-place', answer: 'beijing' })
    expect(long.status).toBe(200)
  })

  it('store nothing and need no key', async () => {
    const before = await storedQuizRows()
    const before404 = await SELF.fetch(`${ORIGIN}/v1/quizzes/draft-under-edit`)
    expect(before404.status).toBe(404)
    expect((await check({ quiz: draft(), questionId: 'meeting-place', answer: 'beijing' })).status).toBe(200)
    expect((await grade({ quiz: draft(), answers })).status).toBe(200)
    expect(await storedQuizRows()).toBe(before)
    expect((await SELF.fetch(`${ORIGIN}/v1/quizzes/draft-under-edit`)).status).toBe(404)
    const rows = await env.DB.prepare("SELECT count(*) AS n FROM rate_limits WHERE key LIKE 'grading:%'").first<{ n: number }>()
    expect(rows?.n).toBe(0)
  })

  it('share the grading budget of the public routes: RateLimit-Policy on each answer, 429 past the quota', async () => {
    const quota = Number(env.RATE_LIMIT_GRADING_PER_MINUTE)
    const policy = `"grading";q=${quota};w=60`
    // The simulated limiter counts in clock-aligned minutes: a run that straddled one is run again.
    for (let attempt = 0; attempt < 2; attempt++) {
      // A fresh IPv6 /64 per run; the limiter counts under the address's key (its /64).
      const ip = `2001:db8:${crypto.randomUUID().slice(0, 4)}:${crypto.randomUUID().slice(0, 4)}::${attempt + 1}`
      const key = addressKey(ip)
      const window = Math.floor(Date.now() / 60_000)
      // Spend all but three of the address's quota through the binding the routes count with.
      for (let i = 0; i < quota - 3; i++) expect((await env.GRADING_LIMITER.limit({ key })).success).toBe(true)
      const checked = await check({ quiz: draft(), questionId: 'meeting-place', answer: 'beijing' }, ip)
      const graded = await grade({ quiz: draft(), answers: {} }, ip)
      const published = await post(`/v1/quizzes/${saved}/grade`, { answers: {} }, ip)
      const limited = [await check({ quiz: draft(), questionId: 'meeting-place', answer: 'beijing' }, ip), await grade({ quiz: draft(), answers: {} }, ip)]
      if (Math.floor(Date.now() / 60_000) !== window) continue
      for (const res of [checked, graded, published]) {
        expect(res.status).toBe(200)
        expect(res.headers.get('RateLimit-Policy')).toBe(policy)
        expect(res.headers.get('RateLimit')).toBeNull()
      }
      for (const res of limited) {
        const problem = await expectProblem(res, 429, 'rate-limited', ORIGIN)
        expect(problem.retryAfter).toBe(60)
        expect(res.headers.get('Retry-After')).toBe('60')
        expect(res.headers.get('RateLimit-Policy')).toBe(policy)
      }
      // Another address is not affected.
      expect((await check({ quiz: draft(), questionId: 'meeting-place', answer: 'beijing' })).status).toBe(200)
      return
    }
    throw new Error('straddled a window boundary twice')
  }, 30_000)
})
