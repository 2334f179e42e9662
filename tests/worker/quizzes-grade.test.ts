import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createAuthoredQuiz, renamedQuestions } from './authored-quiz.ts'
import { expectProblem } from './problem-assert.ts'

const QUIZ = 'kim-putin-beijing'

type Result = {
  questionId: string
  answered: boolean
  correct: boolean
  score: number
  maxScore: number
  parsed: ({ kind: string; display: string } & Record<string, unknown>) | null
  explanation: string
  evidence: { paragraph: number; quote: string }
  expected: { display: string } & Record<string, unknown>
}
type Graded = { quizId: string; version: number; score: number; maxScore: number; results: Result[] }

function post(path: string, body: unknown, init: RequestInit = {}) {
  return SELF.fetch(`http://x${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    ...init,
  })
}

async function grade(answers: Record<string, unknown>, lang?: string): Promise<Graded> {
  const res = await post(`/v1/quizzes/${QUIZ}/grade${lang ? `?lang=${lang}` : ''}`, { answers })
  expect(res.status).toBe(200)
  return (await res.json()) as Graded
}

async function check(questionId: string, answer: unknown, lang?: string): Promise<Result> {
  const res = await post(`/v1/quizzes/${QUIZ}/questions/${questionId}/check${lang ? `?lang=${lang}` : ''}`, { answer })
  expect(res.status).toBe(200)
  return (await res.json()) as Result
}

/** A reader's full, correct answer set, typed the way an Arabic reader would type it. */
const ALL_RIGHT = {
  'parade-occasion': 'japan-surrender',
  'brotherly-duty-meaning': 'obligation-between-brothers',
  'meeting-city': 'في بكين',
  'first-public-trilateral': 'صح',
  'propaganda-victory': 'seen-beside-leaders',
  'soldiers-killed': 'ألفين',
  'additional-soldiers': '٦٠٠٠',
  'soldiers-already-in-russia': 'already-in-russia',
  'kursk-demining-workers': 1000,
  'kursk-construction-workers': '5000 عامل',
  'kursk-workers-total': '6000',
  'workers-destination': 'منطقة كورسك',
  'partnership-shift': 'military-to-economic',
  'trained-soldiers': '9500',
  'human-wave-meaning': 'waves-of-infantry',
  'training-areas': ['drones', 'missile-guidance', 'human-wave-attacks'],
  'meeting-duration': 'ساعتين ونصف',
  'meeting-ended-coldly': false,
  'aides-cleaning-concern': 'health-traces',
  'treaty-signed-in-beijing': 'خطأ',
  'treaty-terms': 'mutual-support-if-attacked',
  'article-main-idea': 'growing-alliance',
}

describe('POST /v1/quizzes/:quizId/grade', () => {
  it('grades a full correct answer set in Arabic free text as all correct', async () => {
    const body = await grade(ALL_RIGHT)
    expect(body).toMatchObject({ quizId: QUIZ, version: 2, score: 22, maxScore: 22 })
    expect(body.results).toHaveLength(22)
    for (const r of body.results) {
      expect({ id: r.questionId, answered: r.answered, correct: r.correct, score: r.score }).toEqual({
        id: r.questionId,
        answered: true,
        correct: true,
        score: r.maxScore,
      })
      expect(r.parsed).not.toBeNull()
      expect(r.parsed!.display).toEqual(expect.any(String))
      expect(r.explanation.length).toBeGreaterThan(0)
      expect(r.evidence).toEqual({ paragraph: expect.any(Number), quote: expect.any(String) })
      expect(r.expected.display).toEqual(expect.any(String))
    }
    const duration = body.results.find((r) => r.questionId === 'meeting-duration')!
    expect(duration.parsed).toMatchObject({ kind: 'number', value: 2.5, unit: 'hour' })
    const killed = body.results.find((r) => r.questionId === 'soldiers-killed')!
    expect(killed.parsed).toMatchObject({ kind: 'number', value: 2000 })
    expect(body.results.find((r) => r.questionId === 'training-areas')!.parsed).toMatchObject({ kind: 'choice' })
    expect(body.results.find((r) => r.questionId === 'first-public-trilateral')!.parsed).toMatchObject({ kind: 'boolean', value: true })
    expect(body.results.find((r) => r.questionId === 'meeting-city')!.parsed).toMatchObject({ kind: 'text' })
  })

  it('returns results in quiz order and marks unanswered questions answered: false, correct: false', async () => {
    const body = await grade({ 'meeting-duration': '١٥٠ دقيقة', 'parade-occasion': 'japan-surrender' })
    expect(body.results.map((r) => r.questionId)[0]).toBe('parade-occasion')
    expect(body.score).toBe(2)
    expect(body.maxScore).toBe(22)
    const unanswered = body.results.filter((r) => !['meeting-duration', 'parade-occasion'].includes(r.questionId))
    expect(unanswered).toHaveLength(20)
    for (const r of unanswered) {
      expect(r).toMatchObject({ answered: false, correct: false, score: 0, parsed: null })
      expect(r.expected.display.length).toBeGreaterThan(0)
    }
  })

  it('grades an empty answer set as 0 of 22', async () => {
    const body = await grade({})
    expect(body.score).toBe(0)
    expect(body.maxScore).toBe(22)
    expect(body.results.every((r) => !r.answered && !r.correct)).toBe(true)
  })

  it('marks wrong answers incorrect and still explains them', async () => {
    const body = await grade({
      'parade-occasion': 'cold-war-end',
      'meeting-duration': 'ساعة واحدة',
      'soldiers-killed': 'ستة آلاف',
      'first-public-trilateral': false,
      'meeting-city': 'موسكو',
      'training-areas': ['naval-operations'],
    })
    expect(body.score).toBe(0)
    for (const id of ['parade-occasion', 'meeting-duration', 'soldiers-killed', 'first-public-trilateral', 'meeting-city', 'training-areas']) {
      const r = body.results.find((x) => x.questionId === id)!
      expect(r, id).toMatchObject({ answered: true, correct: false, score: 0 })
      expect(r.expected.display.length, id).toBeGreaterThan(0)
    }
    expect(body.results.find((r) => r.questionId === 'parade-occasion')!.expected).toMatchObject({ choiceIds: ['japan-surrender'] })
  })

  it('gives partial credit on the partial-credit multiple-choice question', async () => {
    const body = await grade({ 'training-areas': ['drones', 'missile-guidance'] })
    const r = body.results.find((x) => x.questionId === 'training-areas')!
    expect(r.correct).toBe(false)
    expect(r.score).toBeGreaterThan(0)
    expect(r.score).toBeLessThan(r.maxScore)
    expect(body.score).toBe(r.score)
  })

  it('writes explanations and display strings in the requested language', async () => {
    const ar = await grade({ 'meeting-duration': '150 دقيقة' }, 'ar')
    const en = await grade({ 'meeting-duration': '150 دقيقة' }, 'en')
    const rAr = ar.results.find((r) => r.questionId === 'meeting-duration')!
    const rEn = en.results.find((r) => r.questionId === 'meeting-duration')!
    expect(rAr.correct).toBe(true)
    expect(rEn.correct).toBe(true)
    expect(rAr.explanation).toMatch(/[\u0600-\u06FF]/)
    expect(rEn.explanation).not.toMatch(/[\u0600-\u06FF]/)
    expect(rAr.expected.display).not.toBe(rEn.expected.display)
    expect(rAr.parsed!.display).not.toBe(rEn.parsed!.display)
  })

  it('refuses a choice id the question does not have (422 naming it), where it once graded it wrong', async () => {
    // A client with a stale or mistyped id learns it at once, rather than a student scoring 0 for a bug.
    const res = await post(`/v1/quizzes/${QUIZ}/grade`, { answers: { 'parade-occasion': 'no-such-choice' } })
    const body = await expectProblem(res, 422, 'validation-failed')
    expect(body.errors).toEqual([
      {
        path: 'answers.parade-occasion',
        message: "must be one of the question's choice ids: china-national-day, cold-war-end, japan-surrender, treaty-anniversary",
        in: 'body',
        pointer: '/answers/parade-occasion',
      },
    ])
  })

  it('treats null and blank answers as unanswered', async () => {
    const body = await grade({ 'parade-occasion': null, 'meeting-city': '   ', 'training-areas': [] })
    for (const id of ['parade-occasion', 'meeting-city', 'training-areas']) {
      expect(
        body.results.find((r) => r.questionId === id),
        id,
      ).toMatchObject({ answered: false, correct: false, parsed: null })
    }
  })

  it('answers an unknown quiz with 404', async () => {
    await expectProblem(await post('/v1/quizzes/no-such-quiz/grade', { answers: {} }), 404, 'quiz-not-found')
  })
})

describe('POST /v1/quizzes/:quizId/questions/:questionId/check', () => {
  it('checks one numeric answer given in minutes with Arabic-Indic digits', async () => {
    const r = await check('meeting-duration', '١٥٠ دقيقة')
    expect(r).toMatchObject({ questionId: 'meeting-duration', answered: true, correct: true, score: 1, maxScore: 1 })
    expect(r.parsed).toMatchObject({ kind: 'number', value: 2.5, unit: 'hour', input: { value: 150, unit: 'minute' } })
    expect(r.expected).toMatchObject({ value: 2.5, unit: 'hour' })
    expect(r.evidence.quote.length).toBeGreaterThan(0)
  })

  it('checks choice, boolean and text answers', async () => {
    expect(await check('parade-occasion', 'japan-surrender')).toMatchObject({ correct: true, parsed: { kind: 'choice', choiceIds: ['japan-surrender'] } })
    expect(await check('parade-occasion', 'china-national-day')).toMatchObject({ correct: false, score: 0 })
    expect(await check('treaty-signed-in-beijing', false)).toMatchObject({ correct: true })
    expect(await check('treaty-signed-in-beijing', true)).toMatchObject({ correct: false })
    expect(await check('workers-destination', 'Kursk')).toMatchObject({ correct: true, parsed: { kind: 'text' } })
  })

  it('checks an unreadable numeric answer as answered, wrong, with parsed null', async () => {
    expect(await check('meeting-duration', 'لا أعرف')).toMatchObject({ answered: true, correct: false, parsed: null })
  })

  it('answers an unknown question with 404 question-not-found', async () => {
    const body = await expectProblem(await post(`/v1/quizzes/${QUIZ}/questions/nope/check`, { answer: 'x' }), 404, 'question-not-found')
    expect(body).toMatchObject({ quizId: QUIZ, questionId: 'nope' })
  })

  it('answers an unknown quiz with 404 quiz-not-found', async () => {
    await expectProblem(await post('/v1/quizzes/nope/questions/meeting-duration/check', { answer: 'x' }), 404, 'quiz-not-found')
  })
})

describe('question ids that name Object.prototype members', () => {
  it('grades and checks a question with the id "constructor" by own answers only', async () => {
    const quizId = await createAuthoredQuiz({ questions: renamedQuestions('relations-special', 'constructor') })
    const none = await post(`/v1/quizzes/${quizId}/grade`, { answers: {} })
    expect(none.status).toBe(200)
    const graded = (await none.json()) as Graded
    expect(graded.results.find((r) => r.questionId === 'constructor')).toMatchObject({ answered: false, correct: false, parsed: null })
    const right = (await (await post(`/v1/quizzes/${quizId}/grade`, { answers: { constructor: true } })).json()) as Graded
    expect(right.results.find((r) => r.questionId === 'constructor')).toMatchObject({ answered: true, correct: true })
    const check = await post(`/v1/quizzes/${quizId}/questions/constructor/check`, { answer: false })
    expect(check.status).toBe(200)
    expect(await check.json()).toMatchObject({ questionId: 'constructor', answered: true, correct: false })
    // Another prototype member is not a question.
    await expectProblem(await post(`/v1/quizzes/${quizId}/questions/tostring/check`, { answer: true }), 404, 'question-not-found')
  })
})
