import { build } from 'esbuild'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { ANSWERED_VERB, answeredStatement, numericResponse, responseString, statementFromEvent, type QuizForStatements } from '../../src/core/xapi.ts'
import { xapiErrors } from './xapi-rules.ts'

const base = {
  origin: 'https://fahm.example/',
  quizId: 'kim-putin-beijing',
  version: 2,
  quizTitle: { ar: 'قمة بكين', en: 'Beijing summit' },
  timestamp: '2026-11-25T08:00:00.000Z',
}

describe('xAPI answered statement', () => {
  it('describes a numeric answer with Arabic and English language maps and the graded result', () => {
    const statement = answeredStatement({
      ...base,
      questionId: 'meeting-duration',
      type: 'numeric',
      prompt: { ar: 'كم ساعة استمر الاجتماع؟', en: 'How long did the meeting last?' },
      answer: '١٥٠ دقيقة',
      parsed: { kind: 'number', value: 2.5, unit: 'hour', input: { value: 150, unit: 'minute', text: '١٥٠ دقيقة' }, display: '150 دقيقة = 2.5 ساعة' },
      result: { correct: true, score: 1, maxScore: 1 },
      lang: 'ar',
    })
    expect(xapiErrors(statement)).toEqual([])
    expect(statement).toEqual({
      actor: { objectType: 'Agent', account: { homePage: 'https://fahm.example', name: 'anonymous' } },
      verb: { id: ANSWERED_VERB, display: { ar: 'أجاب', en: 'answered', 'en-US': 'answered' } },
      object: {
        objectType: 'Activity',
        id: 'https://fahm.example/v1/quizzes/kim-putin-beijing/questions/meeting-duration',
        definition: {
          type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
          name: { ar: 'كم ساعة استمر الاجتماع؟', en: 'How long did the meeting last?' },
          description: {
            ar: 'سؤال «meeting-duration» من «قمة بكين»',
            en: 'Question "meeting-duration" of "Beijing summit"',
          },
          interactionType: 'numeric',
        },
      },
      // The number the answer was read as, in the question's unit; the text as written in an extension.
      result: {
        success: true,
        completion: true,
        response: '2.5',
        score: { raw: 1, min: 0, max: 1, scaled: 1 },
        extensions: { 'https://fahm.example/xapi/extensions/response-text': '١٥٠ دقيقة' },
      },
      context: {
        language: 'ar',
        contextActivities: {
          parent: [
            {
              objectType: 'Activity',
              id: 'https://fahm.example/v1/quizzes/kim-putin-beijing',
              definition: { type: 'http://adlnet.gov/expapi/activities/assessment', name: { ar: 'قمة بكين', en: 'Beijing summit' } },
            },
          ],
        },
        extensions: { 'https://fahm.example/xapi/extensions/quiz-version': 2 },
      },
      timestamp: '2026-11-25T08:00:00.000Z',
    })
    expect(statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered')
  })

  it('describes choices without leaking the answer key', () => {
    const statement = answeredStatement({
      ...base,
      questionId: 'kursk-workers',
      type: 'multiple',
      prompt: { ar: 'أي الأعداد؟', en: '' },
      choices: [
        { id: 'c5000', text: { ar: '5000' } },
        { id: 'c1000', text: { ar: '1000' } },
      ],
      answer: ['c5000'],
      result: { correct: false, score: 0.5, maxScore: 2 },
    })
    expect(statement.object.definition.interactionType).toBe('choice')
    expect(statement.object.definition.name).toEqual({ ar: 'أي الأعداد؟' })
    expect(statement.object.definition.choices).toEqual([
      { id: 'c5000', description: { ar: '5000' } },
      { id: 'c1000', description: { ar: '1000' } },
    ])
    expect(statement.object.definition).not.toHaveProperty('correctResponsesPattern')
    expect(statement.result).toMatchObject({ success: false, response: 'c5000', score: { raw: 0.5, max: 2, scaled: 0.25 } })
    expect(statement.context).not.toHaveProperty('language')
  })

  it('uses the host page actor when given and encodes ids in IRIs', () => {
    const actor = { objectType: 'Agent' as const, account: { homePage: 'https://lms.example', name: 'student-7' } }
    const statement = answeredStatement({
      ...base,
      quizId: 'a b',
      questionId: 'x/y',
      type: 'boolean',
      prompt: { ar: 'صح أم خطأ؟' },
      answer: 'صح',
      result: { correct: true, score: 1, maxScore: 1 },
      actor,
    })
    expect(statement.actor).toBe(actor)
    expect(statement.object.id).toBe('https://fahm.example/v1/quizzes/a%20b/questions/x%2Fy')
    expect(statement.object.definition.interactionType).toBe('true-false')
    expect(statement.result.response).toBe('true')
  })

  it('formats responses per interaction type', () => {
    expect(responseString('multiple', ['a', 'b'])).toBe('a[,]b')
    expect(responseString('single', 'beijing')).toBe('beijing')
    expect(responseString('boolean', false)).toBe('false')
    expect(responseString('boolean', 'خطأ')).toBe('false')
    // The grader's words for true and false, dialects included: the statement reports what was graded.
    expect(responseString('boolean', 'صحيحة')).toBe('true')
    expect(responseString('boolean', 'أيوه')).toBe('true')
    expect(responseString('boolean', 'مش صح')).toBe('false')
    expect(responseString('boolean', 'Maybe')).toBe('maybe')
    expect(responseString('numeric', 2.5)).toBe('2.5')
    expect(responseString('text', 'a[,]b')).toBe('a[ ,]b')
    expect(responseString('text', undefined)).toBe('')
  })

  it('sends a numeric answer as a number: the parsed value, a JSON number or plain digits, else no response but the text', () => {
    const numeric = (answer: unknown, parsed?: Parameters<typeof numericResponse>[1]) =>
      answeredStatement({
        ...base,
        questionId: 'n',
        type: 'numeric',
        prompt: { en: 'How many?' },
        answer,
        parsed,
        result: { correct: false, score: 0, maxScore: 1 },
      })
    expect(numeric(2000).result.response).toBe('2000')
    expect(numeric(2000).result).not.toHaveProperty('extensions')
    expect(numeric(' 12.5 ').result.response).toBe('12.5')
    expect(
      numeric('ألفين', { kind: 'number', value: 2000, unit: 'count', input: { value: 2000, unit: null, text: 'ألفين' }, display: '2000' }).result,
    ).toMatchObject({
      response: '2000',
      extensions: { 'https://fahm.example/xapi/extensions/response-text': 'ألفين' },
    })
    expect(numeric(1e21).result.response).toBe('1000000000000000000000')
    expect(numeric(1e-7).result.response).toBe('0.0000001')
    // Unreadable: no response in the numeric format, the text kept.
    const unreadable = numeric('لا أعرف', null)
    expect(unreadable.result).not.toHaveProperty('response')
    expect(unreadable.result.extensions).toEqual({ 'https://fahm.example/xapi/extensions/response-text': 'لا أعرف' })
    for (const statement of [numeric(2000), numeric(' 12.5 '), numeric(1e-7), unreadable]) expect(xapiErrors(statement)).toEqual([])
  })

  it('builds statements that pass the xAPI 1.0.3 rules for every question type', () => {
    const statements = [
      answeredStatement({
        ...base,
        questionId: 's',
        type: 'single',
        prompt: { ar: 'أين؟' },
        choices: [
          { id: 'beijing', text: { ar: 'بكين' } },
          { id: 'moscow', text: { ar: 'موسكو' } },
        ],
        answer: 'beijing',
        result: { correct: true, score: 1, maxScore: 1 },
        lang: 'ar',
      }),
      answeredStatement({
        ...base,
        questionId: 'm',
        type: 'multiple',
        prompt: { en: 'Which?' },
        choices: [
          { id: 'a', text: { en: 'A' } },
          { id: 'b', text: { en: 'B' } },
        ],
        answer: ['a', 'b'],
        result: { correct: false, score: 0.5, maxScore: 1 },
      }),
      answeredStatement({ ...base, questionId: 'b', type: 'boolean', prompt: { ar: 'صح؟' }, answer: 'خطأ', result: { correct: true, score: 1, maxScore: 1 } }),
      answeredStatement({
        ...base,
        questionId: 't',
        type: 'text',
        prompt: { en: 'Who?' },
        answer: 'Kim [,] Putin',
        result: { correct: true, score: 1, maxScore: 1 },
      }),
      answeredStatement({
        ...base,
        questionId: 'n',
        type: 'numeric',
        prompt: { en: 'How long?' },
        answer: 2.5,
        result: { correct: true, score: 1, maxScore: 1 },
        actor: { objectType: 'Agent', mbox: 'mailto:s@school.example' },
      }),
    ]
    for (const statement of statements) expect(xapiErrors(statement), statement.object.id).toEqual([])
  })

  it('has rules that catch what an LRS refuses, so a pass means something', () => {
    const good = answeredStatement({
      ...base,
      questionId: 'n',
      type: 'numeric',
      prompt: { en: 'How long?' },
      answer: 2.5,
      result: { correct: true, score: 1, maxScore: 1 },
    })
    expect(xapiErrors({ ...good, result: { ...good.result, response: '١٥٠ دقيقة' } })).toEqual([expect.stringContaining('a numeric response is a number')])
    expect(xapiErrors({ ...good, result: { ...good.result, response: '5[:]3' } })).toEqual([expect.stringContaining('ends before it starts')])
    expect(xapiErrors({ ...good, result: { ...good.result, response: '3[:]5' } })).toEqual([])
    expect(xapiErrors({ ...good, actor: { objectType: 'Agent', name: 'x' } })).toEqual([expect.stringContaining('inverse functional identifier')])
    expect(xapiErrors({ ...good, verb: { ...good.verb, display: { arabic: 'x' } } })).toEqual([expect.stringContaining('RFC 5646')])
    expect(xapiErrors({ ...good, result: { ...good.result, extensions: { 'response-text': 'x' } } })).toEqual([expect.stringContaining('not an IRI')])
    expect(xapiErrors({ ...good, result: { ...good.result, score: { raw: 2, min: 0, max: 1, scaled: 2 } } })).toHaveLength(2)
    expect(xapiErrors({ ...good, result: { ...good.result, answer: 'x' } })).toEqual([expect.stringContaining('not an xAPI property')])
  })

  it('scales a zero-point question to 0 rather than NaN', () => {
    const statement = answeredStatement({
      ...base,
      questionId: 'q',
      type: 'text',
      prompt: { en: 'q' },
      answer: 'x',
      result: { correct: false, score: 0, maxScore: 0 },
    })
    expect(statement.result.score.scaled).toBe(0)
  })
})

const quizAr: QuizForStatements = {
  id: 'kim-putin-beijing',
  version: 3,
  lang: 'ar',
  title: 'قمة بكين',
  questions: [
    { id: 'meeting-duration', type: 'numeric', points: 1, prompt: 'كم ساعة استمر الاجتماع؟' },
    {
      id: 'kursk-workers',
      type: 'multiple',
      points: 2,
      prompt: 'أي الأعداد؟',
      choices: [
        { id: 'c5000', text: '٥٠٠٠ عامل' },
        { id: 'c1000', text: '١٠٠٠ عامل' },
      ],
    },
  ],
}
const quizEn: QuizForStatements = {
  ...quizAr,
  lang: 'en',
  title: 'Beijing summit',
  questions: [
    { id: 'meeting-duration', type: 'numeric', points: 1, prompt: 'How many hours?' },
    {
      id: 'kursk-workers',
      type: 'multiple',
      points: 2,
      prompt: 'Which numbers?',
      choices: [
        { id: 'c5000', text: '5000 workers' },
        { id: 'c1000', text: '1000 workers' },
      ],
    },
  ],
}

// The detail the widget dispatches with `fahm:answer` (src/widget/app.tsx).
const numericEvent = {
  detail: {
    quizId: 'kim-putin-beijing',
    questionId: 'meeting-duration',
    correct: true,
    score: 1,
    parsed: { kind: 'number', value: 2.5, unit: 'hour', input: { value: 150, unit: 'minute', text: '150 دقيقة' }, display: '150 دقيقة = 2.5 ساعة' },
  },
}

describe('statements from widget events', () => {
  it('merges the quiz in both languages into ar/en maps and reads the answer from parsed', () => {
    const s = statementFromEvent(numericEvent, { origin: 'https://fahm.example', quizzes: [quizAr, quizEn], timestamp: base.timestamp })
    expect(s.object.definition.name).toEqual({ ar: 'كم ساعة استمر الاجتماع؟', en: 'How many hours?' })
    expect(s.object.definition.description.ar).toContain('قمة بكين')
    expect(s.object.definition.interactionType).toBe('numeric')
    expect(s.result).toEqual({
      success: true,
      completion: true,
      response: '2.5',
      score: { raw: 1, min: 0, max: 1, scaled: 1 },
      extensions: { 'https://fahm.example/xapi/extensions/response-text': '150 دقيقة' },
    })
    expect(xapiErrors(s)).toEqual([])
    expect(s.context.extensions).toEqual({ 'https://fahm.example/xapi/extensions/quiz-version': 3 })
  })

  it('takes type, points and choices from the quiz', () => {
    const s = statementFromEvent(
      { quizId: 'kim-putin-beijing', questionId: 'kursk-workers', correct: false, score: 1, parsed: { kind: 'choice', choiceIds: ['c5000'], display: '5000' } },
      { origin: 'https://fahm.example', quizzes: [quizAr, quizEn] },
    )
    expect(s.object.definition.interactionType).toBe('choice')
    expect(s.object.definition.choices).toEqual([
      { id: 'c5000', description: { ar: '٥٠٠٠ عامل', en: '5000 workers' } },
      { id: 'c1000', description: { ar: '١٠٠٠ عامل', en: '1000 workers' } },
    ])
    expect(s.result).toMatchObject({ success: false, response: 'c5000', score: { raw: 1, max: 2, scaled: 0.5 } })
  })

  it('keys each quiz by the language it was served in: a quiz in one language fills only its own', () => {
    // ?lang=ar and ?lang=en of an Arabic-only quiz both answer in Arabic (lang: 'ar').
    const arabicOnly = { ...quizAr, langs: ['ar'] }
    const s = statementFromEvent(numericEvent, { origin: 'https://fahm.example', quizzes: [arabicOnly, { ...arabicOnly }] })
    expect(s.object.definition.name).toEqual({ ar: 'كم ساعة استمر الاجتماع؟' })
    expect(s.context.contextActivities.parent[0]!.definition.name).toEqual({ ar: 'قمة بكين' })
  })

  it('still builds a statement without the quiz, and refuses other events', () => {
    const s = statementFromEvent(numericEvent, { origin: 'https://fahm.example' })
    expect(s.object.definition.name).toEqual({ en: 'meeting-duration' })
    expect(s.object.definition.interactionType).toBe('numeric')
    expect(() => statementFromEvent({ detail: { quizId: 'x' } }, { origin: 'https://fahm.example' })).toThrow(TypeError)
  })
})

describe('public/xapi.js', () => {
  it('exposes FahmXAPI in a browser-like global and turns dispatched fahm:answer events into statements', async () => {
    const bundle = await build({ entryPoints: ['src/xapi/browser.ts'], bundle: true, format: 'iife', write: false, platform: 'browser', target: 'es2020' })
    const code = bundle.outputFiles[0]!.text
    const requested: string[] = []
    const sandbox: Record<string, unknown> = {
      document: { currentScript: { src: 'https://fahm.example/xapi.js' } },
      location: { origin: 'https://host.example' },
      URL,
      EventTarget,
      CustomEvent,
      fetch: async (url: string) => {
        requested.push(url)
        const id = new URL(url).pathname.split('/').pop()
        if (id === 'arabic-only') return new Response(JSON.stringify({ ...quizAr, id, langs: ['ar'] }))
        return new Response(JSON.stringify(url.endsWith('lang=en') ? quizEn : { ...quizAr, langs: ['ar', 'en'] }))
      },
    }
    runInNewContext(code, sandbox)
    const api = sandbox.FahmXAPI as {
      statementFromEvent: (event: { detail: unknown }) => ReturnType<typeof statementFromEvent>
      listen: (target: EventTarget, options: { send: (s: unknown) => void }) => () => void
    }
    // Activity ids use the origin the script was loaded from.
    expect(api.statementFromEvent(numericEvent).object.id).toBe('https://fahm.example/v1/quizzes/kim-putin-beijing/questions/meeting-duration')

    const page = new EventTarget()
    const sent: ReturnType<typeof statementFromEvent>[] = []
    let done!: () => void
    const arrived = new Promise<void>((resolve) => (done = resolve))
    const stop = api.listen(page, { send: (s) => (sent.push(s as never), done()) })
    page.dispatchEvent(new CustomEvent('fahm:answer', { detail: numericEvent.detail }))
    await arrived
    // The quiz in its own language, then in each translation it has.
    expect(requested).toEqual(['https://fahm.example/v1/quizzes/kim-putin-beijing', 'https://fahm.example/v1/quizzes/kim-putin-beijing?lang=en'])
    expect(sent[0]!.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered')
    expect(xapiErrors(sent[0]!)).toEqual([])
    expect(sent[0]!.result.response).toBe('2.5')
    expect(sent[0]!.object.definition.name).toEqual({ ar: 'كم ساعة استمر الاجتماع؟', en: 'How many hours?' })

    // A quiz in one language: fetched once, its maps in that language only.
    const arrivedToo = new Promise<void>((resolve) => (done = resolve))
    page.dispatchEvent(new CustomEvent('fahm:answer', { detail: { ...numericEvent.detail, quizId: 'arabic-only' } }))
    await arrivedToo
    expect(requested.slice(2)).toEqual(['https://fahm.example/v1/quizzes/arabic-only'])
    expect(sent[1]!.object.definition.name).toEqual({ ar: 'كم ساعة استمر الاجتماع؟' })
    expect(sent[1]!.object.definition.description).toEqual({ ar: 'سؤال «meeting-duration» من «قمة بكين»' })

    stop()
    page.dispatchEvent(new CustomEvent('fahm:answer', { detail: numericEvent.detail }))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(sent).toHaveLength(2)
  })
})
