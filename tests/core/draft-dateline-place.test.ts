import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../../src/core/draft/clean.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'

/**
 * A dateline is cut from the text (where a story was written is no fact of it: «عمّان -» was asked as "the
 * name the article gives"), but it still says where the story was written: a town there settles the
 * currency of the article's money as a town in the text does (found drafting unseen Jordanian articles,
 * where the dateline was the only word naming Jordan, and where a shadda in «عمّان» kept the dateline in).
 */

const BREAD = (dateline: string) =>
  `ارتفاع أسعار الخبز في الأسواق\n\n${dateline}قررت الحكومة رفع سعر ربطة الخبز إلى 35 قرشاً، بدلاً من 32 قرشاً، اعتباراً من مطلع الشهر المقبل، بحسب بيان رسمي صدر يوم الأحد.\n\nوقال وزير الصناعة والتجارة إن كلفة دعم الخبز بلغت العام الماضي 120 مليون دينار، وإن الزيادة ستوفر نحو 15 مليون دينار سنوياً.`

describe('cleanArticle', () => {
  const AR_LEAD = 'قال المجلس البلدي يوم الاثنين إن الجسر الجديد سيفتتح في الربيع المقبل أمام السيارات.'
  const EN_LEAD = 'The council said on Monday that the new bridge will open to cars next spring.'
  it.each([
    ['عمّان - ', AR_LEAD],
    ['الرباط - ', AR_LEAD],
    ['القاهرة - (رويترز) - ', AR_LEAD],
    ['LONDON (Reuters) - ', EN_LEAD],
    ['PORTLAND, Maine (AP) — ', EN_LEAD],
  ])('cuts the dateline «%s» from the lead and keeps it', (dateline, lead) => {
    const { text, datelines } = cleanArticle(`Headline\n\n${dateline}${lead}`)
    expect(text).toBe(`Headline\n\n${lead}`)
    expect(datelines).toEqual([dateline])
  })
})

describe('a dateline settles the currency', () => {
  it('reads dinars in an article from Amman as Jordanian, and does not ask the dateline', () => {
    const { quiz, notes } = draftQuiz(BREAD('عمّان - '), { lang: 'ar' })
    const money = quiz.questions.flatMap((q) => (q.type === 'numeric' ? [`${q.answer.value} ${q.answer.unit}`] : []))
    expect(money).toEqual(expect.arrayContaining(['0.35 JOD', '120000000 JOD']))
    expect(notes.map((n) => n.code)).not.toContain('currency-unknown')
    expect(JSON.stringify(quiz.questions)).not.toContain('عمّان')
  })

  it('leaves dinars in the article’s words when nothing says where it was written', () => {
    const { quiz, notes } = draftQuiz(BREAD(''), { lang: 'ar' })
    expect(quiz.questions.some((q) => q.type === 'numeric' && q.answer.unit === 'JOD')).toBe(false)
    expect(notes.map((n) => n.code)).toContain('currency-unknown')
  })
})
