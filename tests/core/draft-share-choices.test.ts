import { describe, expect, it } from 'vitest'
import { draftQuiz } from '../../src/core/draft/index.ts'
import type { Question } from '../../src/core/quiz-schema.ts'

/**
 * Wrong values of a share (a percentage of a whole, at most 100) are spaced by a part of its distance to the nearer
 * bound, 0 or 100 %, not of the share itself: a quarter of 79.2 % gave 39.2, 59.2 and 99.2 % beside a pass rate of
 * 79.2 %, choices no reader would weigh (found drafting an unseen Egyptian exam-results article). A share near 100 %
 * is as much the share that is not (a 95 % turnout is 5 % who stayed home).
 */
const ARTICLES: { lang: 'ar' | 'en'; text: string }[] = [
  {
    lang: 'ar',
    text: `نتائج الثانوية العامة
أعلنت وزارة التربية والتعليم يوم السبت أن نسبة النجاح في امتحانات الثانوية العامة بلغت 81.5 في المئة، مقارنة بـ79.2 في المئة العام الماضي.
وقالت الوزارة إن عدد الطلاب الذين أدوا الامتحانات بلغ 745 ألف طالب وطالبة.
وأضافت أن 92 في المئة من المدارس أنهت التصحيح في الموعد المحدد.`,
  },
  {
    lang: 'en',
    text: `Island votes to keep its ferry service
Turnout in Thursday's referendum on the island's ferry service reached 88 percent, the highest in its history, officials said.
Of the 3,400 residents who voted, 71 percent backed a plan to keep the service running all year.
The council said 96% of the island's homes had received a postal ballot by the end of May.`,
  },
  {
    lang: 'en',
    text: `Most commuters back a four-day week, survey finds
A survey of 2,000 office workers found that 64 percent would accept a longer working day in return for a four-day week.
Only 9 percent said they would refuse, while 27 percent were undecided.
Among workers under 30, support rose to 78 percent, the survey's authors said on Tuesday.
The firm behind it, Workwise, said 94 percent of the managers it asked expected no fall in output.`,
  },
  {
    lang: 'ar',
    text: `نسبة المشاركة في الانتخابات البلدية
أعلنت الهيئة المستقلة للانتخاب يوم الأربعاء أن نسبة المشاركة في الانتخابات البلدية بلغت 57.3 في المئة، مقارنة بـ49.8 في المئة في الانتخابات السابقة.
وقالت الهيئة إن 86 في المئة من مراكز الاقتراع فتحت أبوابها في الموعد المحدد.
وبلغت نسبة النساء بين المرشحين 31 في المئة، فيما فازت النساء بـ23 في المئة من المقاعد.`,
  },
]

/**
 * Percentage points a wrong share may stand from the right one: three quarters of its distance to the nearer bound (three
 * steps of about a fifth of it, the answer at one end of the ladder), at least 5.
 */
const bound = (key: number) => Math.max(5, (Math.min(key, 100 - key) * 3) / 4)

const percentIn = (text: string) => {
  const western = text.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))).replace('٫', '.')
  const match = /(\d+(?:\.\d+)?)\s*(?:%|percent|per cent|في المئة|في المائة|بالمئة)/.exec(western)
  return match ? Number(match[1]) : undefined
}

describe('a share’s wrong values are spaced by its distance to 0 or 100 %', () => {
  const checked: number[] = []
  it.each(ARTICLES.map((a, index) => [index, a] as const))('article %i', (_index, { lang, text }) => {
    const { quiz } = draftQuiz(text, { lang })
    for (const question of quiz.questions as Question[]) {
      if (question.type !== 'single') continue
      const right = question.choices.find((c) => c.id === question.answer)
      const key = right && percentIn(Object.values(right.text)[0] as string)
      if (key === undefined || key > 100) continue
      for (const choice of question.choices) {
        const value = percentIn(Object.values(choice.text)[0] as string)!
        expect(value, `${value} beside ${key}`).toBeLessThanOrEqual(100)
        expect(Math.abs(value - key), `${value} beside ${key}`).toBeLessThanOrEqual(bound(key))
      }
      checked.push(key)
    }
  })

  it('found shares asked as choices', () => {
    expect(checked.length).toBeGreaterThanOrEqual(2)
  })
})
