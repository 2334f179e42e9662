import { describe, expect, it } from 'vitest'
import { checkQuiz } from '../../src/core/content-checks.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import type { Lang } from '../../src/core/quiz-schema.ts'
import { REVIEW_20_ARTICLES } from './draft-review-20-articles.ts'
import { REVIEW_30_ARTICLES } from './draft-review-30-articles.ts'
import { keysOf, namesIn, promptOf } from './draft-test-helpers.ts'

/**
 * The thirty-first review of the drafter: what review 30 left open. People named after their nationality («وحلّ الجزائري
 * بلال بلحسين») or a chess title («الأستاذ الكبير المصري باسم أمين») were not read; a chess rating was asked among 3,190,
 * past any player's (a measure on a narrow scale, a rating or an earthquake's magnitude, now keeps its wrong values within
 * what the scale reads); and the top of an estimate the article states (`$4 million to $6 million`) was offered as a wrong
 * opening bid.
 */

type Draft = ReturnType<typeof draftQuiz>
const pass = (d: Draft) => {
  const { articleText, ...file } = d.quiz
  expect(checkQuiz(file, articleText, 'draft')).toEqual([])
}
const article = (name: string) => REVIEW_30_ARTICLES.find((a) => a.name === name)!
const toLatin = (s: string) => s.replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x660)).replace(/٫/gu, '.')
/** Every number a draft shows, in its prompts and its choices. */
const shown = (d: Draft): number[] =>
  d.quiz.questions
    .flatMap((q) => [promptOf(q), ...(q.type === 'single' ? q.choices.map((c) => Object.values(c.text)[0] as string) : [])])
    .flatMap((s) => toLatin(s).match(/\d[\d,]*(?:\.\d+)?/gu) ?? [])
    .map((n) => Number.parseFloat(n.replace(/,/gu, '')))

describe('a nationality before a name, or a chess title, leads to the person', () => {
  it.each([
    ['وحلّ الجزائري بلال بلحسين ثانياً برصيد 7 نقاط، فيما جاء الأردني يزن الحوراني ثالثاً.', ['person:بلال بلحسين', 'person:يزن الحوراني']],
    ['وكان الرقم القياسي مسجلاً باسم الإثيوبي جيتانه موليسا منذ عام 2019.', ['person:جيتانه موليسا']],
    ['المصري محمد صلاح يقود فريقه إلى الفوز.', ['person:محمد صلاح']],
    ['أحرز الأستاذ الكبير المصري باسم أمين لقب البطولة العربية للشطرنج.', ['person:باسم أمين']],
    ['وتعادل الأستاذ الدولي علي فراج مع منافسه في الجولة الأخيرة.', ['person:علي فراج']],
    // After a title, the nationality is the title's, the name read as before.
    ['وقال اللاعب الجزائري رياض محرز إنه سعيد بالفوز.', ['person:رياض محرز']],
    // «باسم» before a body is «on behalf of»: the name comes after the body.
    ['وقال المتحدث باسم الوزارة أحمد سالم إن العمل مستمر.', ['person:أحمد سالم']],
  ] as const)('%s', (text, names) => {
    expect(namesIn(text, 'ar')).toEqual(names)
  })
  it.each([
    // After a definite noun the nationality is its adjective: no person.
    'وفاز المنتخب الجزائري على نظيره التونسي بهدفين.',
    'وتراجع الدينار الجزائري أمام الدولار الأمريكي.',
    'وقال إن الدوري المصري يستأنف الأسبوع المقبل.',
    // Nor a name of one word, nor none.
    'ويرى المصري أن الأسعار ارتفعت كثيراً هذا العام.',
    'وأكد الأستاذ في الجامعة أن النتائج جيدة.',
  ])('%s', (text) => {
    expect(namesIn(text, 'ar').filter((n) => n.startsWith('person:'))).toEqual([])
  })
  it('the chess championship asks its runner-up by name', () => {
    const d = draftQuiz(article('chess-championship-ar').text, { lang: 'ar' })
    pass(d)
    expect(d.quiz.questions.flatMap(keysOf)).toContain('بلال بلحسين')
  })
})

describe('a measure on a narrow scale keeps its wrong values within what the scale reads', () => {
  // The same fact after none, one or two others: the type cycle asks it as a choice or a false statement in some of them.
  const variants = (lead: string[], fact: string, rest: string) => [0, 1, 2].map((n) => [...lead.slice(0, n), fact, rest].join('\n\n'))
  const wrongShown = (texts: string[], lang: Lang, key: number, isOfScale: (n: number) => boolean) =>
    texts.flatMap((text) => {
      const d = draftQuiz(text, { lang })
      pass(d)
      return shown(d).filter((n) => isOfScale(n) && n !== key)
    })
  it.each([
    {
      name: 'a chess rating (Arabic)',
      lang: 'ar' as const,
      texts: [
        ...variants(
          ['أحرز اللاعب سامي خليل لقب بطولة الشطرنج المحلية بعد أن جمع 8 نقاط من 11 جولة.', 'وشارك في البطولة 64 لاعباً من 9 أندية.'],
          'ويبلغ تصنيف خليل الدولي 2,690 نقطة، وهو الأعلى في بلاده.',
          'ونال البطل جائزة قدرها 500 دينار، فيما نال الوصيف 300 دينار.',
        ),
        article('chess-championship-ar').text,
      ],
      key: 2690,
      isOfScale: (n: number) => n >= 1000,
      floor: 1400,
      ceiling: 2900,
    },
    {
      name: 'a chess rating (English)',
      lang: 'en' as const,
      texts: variants(
        ['Sam Kahn won the city chess championship with 8 points from 11 rounds.', 'The event drew 64 players from 9 clubs.'],
        'Kahn, whose rating is 2,810, is the strongest player in the region.',
        'He took home 500 pounds in prize money and the runner-up 300 pounds.',
      ),
      key: 2810,
      isOfScale: (n: number) => n >= 1000,
      floor: 1400,
      ceiling: 2900,
    },
    {
      name: 'an earthquake’s magnitude',
      lang: 'ar' as const,
      texts: variants(
        ['أودى زلزال بحياة 14 شخصاً وأصاب 120 آخرين في جنوب البلاد.', 'وقال الهلال الأحمر إن 350 منزلاً تضررت في 9 قرى.'],
        'وضرب الزلزال بقوة 8.9 درجات فجر الأحد، بحسب مركز رصد الزلازل.',
        'وأقامت الجمعية 500 خيمة لإيواء نحو 2000 شخص فقدوا منازلهم.',
      ),
      key: 8.9,
      isOfScale: (n: number) => !Number.isInteger(n),
      floor: 2,
      ceiling: 9.5,
    },
  ])('$name', ({ lang, texts, key, isOfScale, floor, ceiling }) => {
    const wrong = wrongShown(texts, lang, key, isOfScale)
    expect(wrong.length).toBeGreaterThanOrEqual(2)
    expect(wrong.filter((n) => n < floor || n > ceiling)).toEqual([])
    // Near the key, not a quarter of it away.
    expect(wrong.filter((n) => Math.abs(n - key) > key * 0.15)).toEqual([])
  })
  it('a rating in an article that is not about chess, or a magnitude with no earthquake, is a count as before', () => {
    const d = draftQuiz(
      'Shares of the firm rose after its credit rating of 3,400 was confirmed.\n\nThe firm employs 1,200 people at 14 sites and made 300 sales last year, up from 250.',
      { lang: 'en' },
    )
    pass(d)
    expect(d.quiz.questions.length).toBeGreaterThan(0)
  })
})

describe('a value the article states as a range’s bound is no wrong choice for the same kind of quantity', () => {
  const choicesOf = (text: string, lang: Lang, key: string) => {
    const d = draftQuiz(text, { lang })
    pass(d)
    const q = d.quiz.questions.find((q) => q.type === 'single' && q.choices.some((c) => c.id === q.answer && Object.values(c.text)[0] === key))
    return q?.type === 'single' ? q.choices.map((c) => Object.values(c.text)[0] as string) : null
  }
  it('the dinosaur’s opening bid of $4 million is not asked among $6 million, the estimate’s top', () => {
    const choices = choicesOf(article('dinosaur-auction-en').text, 'en', '$4 million')
    expect(choices).not.toBeNull()
    expect(choices).not.toContain('$6 million')
  })
  it.each([
    [
      'A painting by the artist sold for $12 million at an auction in London on Tuesday.\n\nBidding opened at $5 million and the sale lasted 11 minutes. The estimate had been $4 million to $6 million.\n\nThe artist painted the work in 1889, and the seller had owned it for 23 years, the house said.',
      '$5 million',
      ['$4 million', '$6 million'],
    ],
    [
      'بيعت لوحة للفنان بمبلغ 12 مليون دولار في مزاد بلندن يوم الثلاثاء.\n\nوافتتح المزاد عند 5 ملايين دولار واستمر 11 دقيقة، وكانت القيمة المقدرة بين 4 و6 ملايين دولار.\n\nورسم الفنان اللوحة عام 1889، وامتلكها البائع 23 عاماً، بحسب دار المزادات.',
      '5 ملايين دولار',
      ['4 ملايين دولار', '6 ملايين دولار'],
    ],
  ] as const)('%#', (text, key, bounds) => {
    const lang = /^[A-Z]/u.test(text) ? 'en' : 'ar'
    const choices = choicesOf(text, lang, key)
    expect(choices).toHaveLength(4)
    for (const bound of bounds) expect(choices).not.toContain(bound)
  })
  it('a range in another paragraph takes nothing: the survey’s ages 13 to 17 stay beside the age of a first cigarette, 12', () => {
    // Kept out, the age's near values would go and its choices spread to 22, 32 and 42.
    const text = REVIEW_20_ARTICLES.find((a) => a.name === 'smoking-ratios-ar')!.text
    const choices = choicesOf(text, 'ar', '12 عاماً')
    expect(choices).toHaveLength(4)
    expect(choices!.map((c) => Number.parseInt(toLatin(c), 10)).every((n) => Math.abs(n - 12) <= 4)).toBe(true)
  })
})
