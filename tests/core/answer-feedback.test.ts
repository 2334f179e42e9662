import { describe, expect, it } from 'vitest'
import { quizSources } from '../../questions/index.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import { loadQuiz } from '../../src/core/load-quiz.ts'
import { toPublicQuestion, toPublicQuiz, toQuizSummary } from '../../src/core/public-quiz.ts'
import type { Question } from '../../src/core/quiz-schema.ts'
import { toResult } from '../../src/core/answer-feedback.ts'
import { arabicOnlyQuizFile, ENGLISH_ARTICLE, englishOnlyQuizFile, quizOf, SAMPLE_ARTICLE } from './export-fixture.ts'

const source = quizSources[0]!
const quiz = loadQuiz(source.file, source.articleText)
const byId = (id: string) => quiz.questions.find((q) => q.id === id)!

describe('toResult', () => {
  it('hides everything but questionId and answered when not revealing', () => {
    const q = byId('meeting-duration')
    expect(toResult(q, gradeQuestion(q, '150 دقيقة'), 'ar', { reveal: false })).toEqual({ questionId: 'meeting-duration', answered: true })
    expect(toResult(q, gradeQuestion(q, undefined), 'en', { reveal: false })).toEqual({ questionId: 'meeting-duration', answered: false })
  })

  it('reveals score, parsed with display, explanation, evidence and expected in the language asked', () => {
    const q = byId('meeting-duration')
    const r = toResult(q, gradeQuestion(q, '150 دقيقة'), 'en', { reveal: true })
    expect(r).toMatchObject({ questionId: 'meeting-duration', answered: true, correct: true, score: 1, maxScore: 1 })
    expect(r.parsed).toMatchObject({ kind: 'number', value: 2.5, unit: 'hour', input: { value: 150, unit: 'minute' } })
    expect(r.parsed!.display).toMatch(/150 minutes = 2\.5 hours/)
    expect(r.explanation).toBe(q.explanation.en)
    expect(r.evidence).toEqual(q.evidence)
    expect(r.expected).toMatchObject({ value: 2.5, unit: 'hour', tolerance: 0, display: expect.stringContaining('2.5') })
  })

  it('gives the key for each question type', () => {
    const expected = (id: string) => {
      const q = byId(id)
      return toResult(q, gradeQuestion(q, undefined), 'ar', { reveal: true }).expected
    }
    expect(expected('parade-occasion')).toMatchObject({ choiceIds: ['japan-surrender'], display: 'ذكرى استسلام اليابان في الحرب العالمية الثانية' })
    expect(expected('training-areas')).toMatchObject({ choiceIds: ['human-wave-attacks', 'drones', 'missile-guidance'] })
    expect(expected('meeting-ended-coldly')).toEqual({ value: false, display: 'خطأ' })
    expect(expected('meeting-city')).toMatchObject({ display: 'بكين', accepted: expect.arrayContaining(['Beijing']) })
  })

  it('is null-parsed for an unanswered question', () => {
    const q = byId('meeting-city')
    expect(toResult(q, gradeQuestion(q, ''), 'ar', { reveal: true })).toMatchObject({ answered: false, correct: false, score: 0, parsed: null })
  })
})

describe('toPublicQuiz', () => {
  it('copies only allow-listed fields, so a field added to the format later stays private', () => {
    const withExtra = {
      ...quiz,
      secretQuizNote: 'QUIZ-SECRET',
      source: { ...quiz.source, internal: 'SOURCE-SECRET' },
      questions: quiz.questions.map(
        (q) =>
          ({
            ...q,
            hint: 'QUESTION-SECRET',
            ...('choices' in q ? { choices: q.choices.map((c) => ({ ...c, isKey: 'CHOICE-SECRET' })) } : {}),
          }) as unknown as Question,
      ),
    }
    const json = JSON.stringify(toPublicQuiz(withExtra, 'ar'))
    expect(json).not.toMatch(/SECRET/)
    expect(json).not.toMatch(/"(answer|accepted|explanation|evidence|tolerance|partialCredit)"/)
  })

  it('keeps version, direction and the article in its own language', () => {
    const en = toPublicQuiz(quiz, 'en')
    expect(en).toMatchObject({ id: quiz.id, version: quiz.version, lang: 'en', dir: 'ltr', article: { lang: 'ar', dir: 'rtl' } })
    expect(en.article.paragraphs).toEqual(quiz.article.paragraphs)
  })

  it("names each numeric question's unit in the requested language (unitLabel), for the widget's answer field", () => {
    const q = byId('meeting-duration') as Extract<Question, { type: 'numeric' }>
    const withUnit = (unit: typeof q.answer.unit, lang: 'ar' | 'en') => toPublicQuestion({ ...q, answer: { ...q.answer, unit } }, lang)
    expect(withUnit('hour', 'ar')).toMatchObject({ unit: 'hour', unitLabel: 'ساعة' })
    expect(withUnit('SAR', 'ar')).toMatchObject({ unit: 'SAR', unitLabel: 'ريال سعودي' })
    expect(withUnit('SAR', 'en')).toMatchObject({ unit: 'SAR', unitLabel: 'Saudi riyals' })
    expect(withUnit('kilometre', 'en')).toMatchObject({ unitLabel: 'kilometres' })
    expect(withUnit('date', 'ar')).toMatchObject({ unitLabel: 'تاريخ' })
    expect(withUnit('count', 'en')).toMatchObject({ unit: 'count', unitLabel: '' })
    expect(toPublicQuestion(byId('meeting-city'), 'ar')).not.toHaveProperty('unitLabel')
  })
})

describe('a quiz in one language', () => {
  const arabic = quizOf(arabicOnlyQuizFile(), SAMPLE_ARTICLE)
  const english = quizOf(englishOnlyQuizFile(), ENGLISH_ARTICLE)

  it('serves its own strings, whatever language is asked for, and says so', () => {
    for (const requested of [undefined, 'ar', 'en'] as const) {
      const served = toPublicQuiz(arabic, requested)
      expect(served).toMatchObject({ lang: 'ar', dir: 'rtl', langs: ['ar'], title: 'القمة: {كيم} و«بوتين»' })
      expect(served.questions[0]).toMatchObject({
        prompt: 'أين اجتمع كيم وبوتين؟',
        choices: [{ text: 'العاصمة الصينية' }, { text: 'موسكو' }, { text: 'بيونغ يانغ = العاصمة' }],
      })
    }
    const served = toPublicQuiz(english, 'ar')
    expect(served).toMatchObject({ lang: 'en', dir: 'ltr', langs: ['en'], title: 'The "summit" & <friends>', article: { lang: 'en', dir: 'ltr' } })
    expect(served.questions.every((q) => q.prompt.length > 0 && (q.choices ?? []).every((c) => c.text.length > 0))).toBe(true)
    expect(toQuizSummary(english, 'ar')).toMatchObject({ title: 'The "summit" & <friends>', lang: 'en', langs: ['en'] })
  })

  it('serves a translation only once it is complete', () => {
    const file = arabicOnlyQuizFile()
    file.title.en = 'The summit'
    file.questions[0]!.prompt.en = 'Where did they meet?'
    const partial = quizOf(file, SAMPLE_ARTICLE)
    expect(toPublicQuiz(partial, 'en')).toMatchObject({ lang: 'ar', langs: ['ar'], title: 'القمة: {كيم} و«بوتين»' })
    expect(toPublicQuiz(partial, 'en').questions[0]!.prompt).toBe('أين اجتمع كيم وبوتين؟')
  })

  it('explains results in its own language', () => {
    const q = english.questions.find((x) => x.id === 'meeting-place')!
    const r = toResult(q, gradeQuestion(q, 'moscow'), 'en', { reveal: true })
    expect(r).toMatchObject({
      correct: false,
      explanation: 'They met in Beijing.',
      expected: { display: 'The Chinese capital' },
      parsed: { display: 'Moscow' },
    })
  })
})
