import { describe, expect, it } from 'vitest'
import { checkQuiz } from '../../src/core/content-checks.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { REVIEW_8_ARTICLES } from './draft-review-8-articles.ts'
import { REVIEW_26_ARTICLES } from './draft-review-26-articles.ts'
import { namesIn, promptOf } from './draft-test-helpers.ts'

/**
 * The twenty-eighth review of the drafter: the open items of the twenty-seventh (a toll's counts written without the
 * words of the dead, the injured or the missing still added up; a court report's headline giving «بتهمة الاختلاس» as a
 * person).
 */

const pass = (d: ReturnType<typeof draftQuiz>) => {
  const { articleText, ...file } = d.quiz
  expect(checkQuiz(file, articleText, 'draft')).toEqual([])
}
const totals = (d: ReturnType<typeof draftQuiz>) => d.quiz.questions.filter((q) => q.skill === 'inference')

describe('what befell people is a count of its own, never added to another', () => {
  it.each([
    ['The floods left 12 people drowned and 40 people stranded in the valley, rescuers said on Monday night.', 'en'],
    [
      'Officials said 300 people were evacuated and 45 people were rescued from the flooded village on Tuesday.\n\nThe river rose 4 metres in 6 hours after the storm, the agency said.',
      'en',
    ],
    ['The riots ended with 23 people arrested and 9 people hospitalised in the city centre, police said on Sunday.', 'en'],
    ['وأسفرت السيول عن 12 غريقاً و40 عالقاً في القرى الجنوبية، بحسب ما أعلن الدفاع المدني مساء الأحد.', 'ar'],
    ['وقال الدفاع المدني إن 12 شخصاً غرقوا و40 شخصاً علقوا في القرى الجنوبية بسبب السيول مساء الأحد.', 'ar'],
    ['وأعلنت المفوضية أن 300 شخص نازحون و45 شخصاً مفقودون في المخيمات الشمالية منذ بداية الشهر.', 'ar'],
  ] as const)('%s', (text, lang) => {
    const d = draftQuiz(text, { lang })
    pass(d)
    expect(totals(d)).toEqual([])
    expect(d.quiz.questions.map(promptOf).join('\n')).not.toMatch(/مجموع|total/u)
  })
  it('a team’s doctors and nurses are still one total (review 8’s «فريق من 11 طبيباً و36 ممرضاً», 47)', () => {
    const hospital = REVIEW_8_ARTICLES.find((a) => a.name === 'hospital-ar')!
    const d = draftQuiz(hospital.text, { lang: 'ar' })
    expect(d.quiz.questions.some((q) => q.type === 'numeric' && q.answer.value === 47 && promptOf(q).includes('مجموع'))).toBe(true)
  })
})

describe('a charge after a title and its body is no name', () => {
  it.each([
    'السجن 7 سنوات لمدير سابق في بلدية الزرقاء بتهمة الاختلاس',
    'السجن 3 سنوات لموظف سابق بتهمة الرشوة',
    'قضت المحكمة بسجن مدير سابق في بلدية الزرقاء بتهمة الاختلاس أمس.',
    'وأحالت النيابة مدير الشركة بقضية غسل الأموال إلى المحكمة.',
  ])('%s', (text) => {
    expect(namesIn(text, 'ar').filter((n) => n.startsWith('person:'))).toEqual([])
  })
  it('the court report names its three people and no charge', () => {
    const court = REVIEW_26_ARTICLES.find((a) => a.name === 'court-embezzlement-ar')!
    const people = namesIn(court.text, 'ar').filter((n) => n.startsWith('person:'))
    expect(people.sort()).toEqual(['person:خالد النسور', 'person:سامر الخطيب', 'person:محمد العمري'].sort())
  })
  it('a name after a title is still one (وقال مدير البلدية بسام الخطيب …)', () => {
    expect(namesIn('وقال مدير البلدية بسام الخطيب إن العمل مستمر.', 'ar')).toContain('person:بسام الخطيب')
  })
})
