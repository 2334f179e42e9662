import { describe, expect, it } from 'vitest'
import { ANSWERED_VERB, answeredStatement, responseString } from '../../src/core/xapi.ts'

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
      answer: '150 دقيقة',
      result: { correct: true, score: 1, maxScore: 1 },
      lang: 'ar',
    })
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
      result: { success: true, completion: true, response: '150 دقيقة', score: { raw: 1, min: 0, max: 1, scaled: 1 } },
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
    expect(responseString('numeric', 2.5)).toBe('2.5')
    expect(responseString('text', 'a[,]b')).toBe('a[ ,]b')
    expect(responseString('text', undefined)).toBe('')
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
