import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { countedNoun, withCountedNoun } from '../../src/core/counted-noun.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import type { Question } from '../../src/core/quiz-schema.ts'
import { toResult, type RevealedResult } from '../../src/core/answer-feedback.ts'

describe('the noun a question counts', () => {
  it.each([
    ['كم جنديًا كوريًا شماليًا قُتل؟', 'ar', { singular: 'جندي', accusative: 'جنديًا' }],
    ['كم عاملًا للبناء تخطط كوريا الشمالية لإرسالهم؟', 'ar', { singular: 'عامل', accusative: 'عاملًا' }],
    ['كم طالبةً نجحت؟', 'ar', { singular: 'طالبة', accusative: 'طالبةً' }],
    ['كم عدد القتلى؟', 'ar', null],
    ['How many North Korean soldiers received training?', 'en', { singular: 'soldier', plural: 'soldiers' }],
    ['In total, how many workers will be sent?', 'en', { singular: 'worker', plural: 'workers' }],
    ['How many demining workers does North Korea plan to send?', 'en', { singular: 'worker', plural: 'workers' }],
    ['How many companies applied?', 'en', { singular: 'company', plural: 'companies' }],
    ['How many people came?', 'en', null],
  ] as const)('%s', (prompt, lang, expected) => {
    expect(countedNoun(prompt, lang)).toEqual(expected)
  })

  it('follows Arabic number agreement with digits, and gives up where it needs a plural it does not have', () => {
    const soldier = { singular: 'جندي', accusative: 'جنديًا' }
    expect(withCountedNoun(2000, '2000', soldier, 'ar')).toBe('2000 جندي')
    expect(withCountedNoun(15, '15', soldier, 'ar')).toBe('15 جنديًا')
    expect(withCountedNoun(115, '115', soldier, 'ar')).toBe('115 جنديًا')
    expect(withCountedNoun(100, '100', soldier, 'ar')).toBe('100 جندي')
    expect(withCountedNoun(5, '5', soldier, 'ar')).toBeNull()
    expect(withCountedNoun(2, '2', soldier, 'ar')).toBeNull()
    expect(withCountedNoun(1, '1', { singular: 'soldier', plural: 'soldiers' }, 'en')).toBe('1 soldier')
  })
})

describe('feedback on the seed quiz', () => {
  const quiz = JSON.parse(readFileSync(new URL('../../questions/kim-putin-beijing/quiz.json', import.meta.url), 'utf8')) as { questions: Question[] }
  const graded = (id: string, answer: string, lang: 'ar' | 'en') => {
    const question = quiz.questions.find((q) => q.id === id)!
    return toResult(question, gradeQuestion(question, answer), lang, { reveal: true }) as RevealedResult
  }

  it('counts soldiers as soldiers, never as people, where the prompt names what it counts', () => {
    let named = 0
    for (const question of quiz.questions.filter((q) => q.type === 'numeric' && q.answer.unit === 'person')) {
      for (const lang of ['ar', 'en'] as const) {
        // «كم يبلغ العدد الإجمالي للجنود…» names no tamyeez: the generic unit stays there.
        if (!countedNoun((question.prompt as Record<string, string>)[lang]!, lang)) continue
        named++
        expect(graded(question.id, '1000000', lang).expected.display).not.toMatch(/شخص|أشخاص|people|person/)
      }
    }
    expect(named).toBeGreaterThanOrEqual(10)
    expect(graded('soldiers-killed', 'ألفا جندي', 'ar').parsed!.display).toBe('2000 جندي')
    expect(graded('soldiers-killed', '2000', 'ar').expected.display).toBe('2000 جندي')
    expect(graded('soldiers-killed', '2000', 'en').parsed!.display).toBe('2000 soldiers')
  })

  it('echoes a text answer as the accepted form it matched, and the answer it stands for', () => {
    expect(graded('meeting-city', 'بكين', 'ar').parsed!.display).toBe('بكين')
    expect(graded('meeting-city', 'Peking', 'en').parsed!.display).toBe('Peking → Beijing')
    expect(graded('meeting-city', 'Peking', 'ar').parsed!.display).toBe('Peking ← بكين')
  })
})
