import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import { READERS_16_ARTICLES } from './grade-readers-16-articles.ts'
import { REVIEW_20_ARTICLES } from './draft-review-20-articles.ts'
import { REVIEW_21_ARTICLES } from './draft-review-21-articles.ts'
import { expectEditorsDraft, expectMoneyIn, itAsksWithQuote, itFindsNames, itNeverAsks, keysOf, promptOf } from './draft-test-helpers.ts'

/**
 * The twenty-first review of the drafter: genres earlier reviews lacked. A cold wave's headline «تهبط إلى 7 درجات تحت
 * الصفر» gave away its lead's -7 °C (a bare number of degrees took no «تحت الصفر»); and of review 20's open items, a column's
 * false statement ended on the writer's view, `20 buses would do, I think` was asked as a fact, and `Governor of the Bank of
 * England Andrew Bailey` was one body's name; comparing earlier drafts, statements ended `… in ….`.
 */

const drafts = new Map(REVIEW_21_ARTICLES.map((a) => [a.name, draftQuiz(a.text, { lang: a.lang })]))
const quizOf = (name: string) => drafts.get(name)!.quiz
const read = (text: string) => {
  const found = collectFacts(parseArticle(`Title\n\n${text}`).paragraphs)
  return { facts: found.facts.map((f) => `${f.kind}:${f.value}:${f.unit}`), notes: found.notes.filter((n) => n.quote).map((n) => `${n.code}:${n.quote}`) }
}
const draftOf = (articles: { name: string; lang: 'ar' | 'en'; text: string }[], name: string) => {
  const article = articles.find((a) => a.name === name)!
  return draftQuiz(article.text, { lang: article.lang }).quiz
}

describe('a bare number of degrees below zero is one figure under zero', () => {
  // Each row: a sentence, its facts (kind:value:unit), and its notes (code:quote).
  const rows: [string, string[], string[]][] = [
    ['انخفضت درجات الحرارة إلى 7 درجات تحت الصفر، وأغلقت 12 طريقا.', ['temperature:-7:celsius', 'count:12:count'], []],
    ['Temperatures fell to 7 degrees below zero overnight, and 12 roads were closed.', ['temperature:-7:celsius', 'count:12:count'], []],
    // In an article that names no temperature, degrees below zero are one all the same.
    ['وسجلت المحطة 12 درجة تحت الصفر صباح الاثنين.', ['temperature:-12:celsius'], []],
    // Wrong neighbours: a temperature with its scale (read before), degrees above zero, degrees of something else.
    ['بعدما انخفضت درجات الحرارة إلى 7 درجات مئوية تحت الصفر.', ['temperature:-7:celsius'], []],
    ['وارتفعت درجات الحرارة إلى 7 درجات فوق معدلها.', ['temperature:7:celsius'], []],
    ['وحصل الطالب على 12 درجة في الامتحان.', ['count:12:count'], []],
  ]
  it.each(rows)('%s', (text, facts, notes) => {
    expect(read(text)).toEqual({ facts, notes })
  })
  itNeverAsks(quizOf, [{ article: 'cold-wave-ar', keys: [-7] }])
  it('the cold wave’s lead is noted given away by its headline', () => {
    const { notes } = drafts.get('cold-wave-ar')!
    expect(notes.filter((n) => n.code === 'given-away').map((n) => n.quote)).toEqual([
      'توقعت دائرة الأرصاد الجوية أن تنخفض درجات الحرارة الصغرى إلى -7 درجات مئوية في المرتفعات الجبلية ليل الثلاثاء',
    ])
  })
  // (The other figure below zero, which no headline gives, stays asked.)
  itAsksWithQuote(quizOf, [
    {
      article: 'cold-wave-ar',
      key: -5.4,
      quote: 'وسجلت محطة رصد الشوبك أدنى درجة حرارة في المملكة صباح الاثنين، إذ بلغت -5.4 درجات مئوية، فيما بلغت كمية الأمطار في عجلون 38 ملم خلال 24 ساعة.',
    },
  ])
  it('a body’s «4 درجات تحت الصفر» is asked below zero, its choices too, and graded so', () => {
    const { questions } = draftQuiz(
      'موجة برد في المرتفعات\n\nانخفضت درجات الحرارة في مدينة إفران إلى 7 درجات تحت الصفر ليل الجمعة، وأغلقت السلطات 3 طرق جبلية.\n\nوبلغ سمك الثلوج 40 سنتيمترا في بعض المناطق، فيما وصلت سرعة الرياح إلى 60 كيلومترا في الساعة.\n\nوسجلت مدينة ميدلت درجة حرارة دنيا بلغت 4 درجات تحت الصفر صباح السبت.',
    ).quiz
    const typed = questions.find((q) => q.type === 'numeric' && q.answer.value === -7)!
    expect(typed.type === 'numeric' && typed.answer.unit).toBe('celsius')
    for (const [answer, right] of [
      ['7 درجات تحت الصفر', true],
      ['-7', true],
      ['7', false],
    ] as const)
      expect(gradeQuestion(typed, answer).correct, answer).toBe(right)
    const choice = questions.find((q) => q.type === 'single' && keysOf(q).includes('4 درجات تحت الصفر'))!
    expect(choice.type === 'single' && choice.choices.every((c) => /^\d+ درجات تحت الصفر$/u.test(c.text.ar!))).toBe(true)
  })
})

describe('the writer’s view closing a figure’s clause is an opinion', () => {
  // Each row: a sentence, its facts (kind:value:unit), and its notes (code:quote).
  const rows: [string, string[], string[]][] = [
    ['20 buses would do, I think.', [], ['opinion:20']],
    ['The city needs 300 more buses, in my view, and soon.', [], ['opinion:300']],
    ['وتكفي المدينة 20 حافلة إضافية، في رأيي.', [], ['opinion:20']],
    ['وتحتاج المدينة 300 حافلة، على ما أعتقد.', [], ['opinion:300']],
    // Wrong neighbours: a view about a fact stated, a view after another clause, a view in a clause of its own.
    ['The council said it would buy 40 buses, which I believe is too few.', ['count:40:count'], []],
    ['The council bought 40 buses last year, and 20 more would do, I think.', ['count:40:count'], ['opinion:20']],
    ['The council bought 40 buses, I think they were too few.', ['count:40:count'], []],
    // Others' views are opinions too (review 22).
    ['ويرى كثيرون أن المدينة تحتاج 300 حافلة.', [], ['opinion:300']],
  ]
  it.each(rows)('%s', (text, facts, notes) => {
    expect(read(text)).toEqual({ facts, notes })
  })
})

describe('a true/false statement says what the article reports, and ends once', () => {
  it('the column’s statement ends before the writer’s view', () => {
    const q = draftOf(REVIEW_20_ARTICLES, 'buses-opinion-ar').questions.find((x) => x.id === 'false-money-900000000')!
    expect(promptOf(q)).toBe('صواب أم خطأ بحسب المقال؟ وأعلنت الهيئة الشهر الماضي أنها ستنفق 500 مليون درهم على تجديد الأسطول خلال …')
  })
  it('a view in a clause of the fact’s own is no clause after it', () => {
    const { questions } = draftQuiz(
      'Buses for the city\n\nThe council will buy 40 new buses by March, and the depot will hire 25 drivers, which I believe is too few. The fleet has 300 buses. Fares rose 10 per cent in 2024. The city has 12 routes and 600 stops.',
    ).quiz
    for (const q of questions) if (q.type === 'boolean') expect(promptOf(q)).not.toMatch(/I believe/u)
  })
  it('no statement of the earlier drafts ends on an ellipsis and a full stop', () => {
    const cocoa = draftOf(READERS_16_ARTICLES, 'cocoa-ghana-en').questions.find((x) => x.id === 'false-count-2-5')!
    expect(promptOf(cocoa)).toMatch(/ in …$/u)
    for (const draft of [...drafts.values()].map((d) => d.quiz).concat(REVIEW_20_ARTICLES.map((a) => draftOf(REVIEW_20_ARTICLES, a.name))))
      for (const q of draft.questions) expect(promptOf(q)).not.toMatch(/…\.$/u)
  })
  // Wrong neighbour: a statement ending on its own words keeps its full stop.
  it('a statement ending on words ends on a full stop', () => {
    const q = quizOf('saudi-quarter-budget-ar').questions.find((x) => x.id === 'true-money-5900000000')!
    expect(promptOf(q)).toMatch(/في الربع الثاني\.$/u)
  })
})

describe('a title’s office of a body or a place is the title’s', () => {
  itFindsNames([
    {
      text: 'Governor of the Bank of England Andrew Bailey said rates would stay at 4 per cent.',
      lang: 'en',
      names: ['person:Andrew Bailey', 'organisation:Bank of England'],
      not: ['organisation:Bank of England Andrew Bailey'],
    },
    {
      text: 'Governor of California Gavin Newsom signed the bill on Monday.',
      lang: 'en',
      names: ['person:Gavin Newsom'],
      not: ['person:California Gavin Newsom'],
    },
    { text: 'President of Ireland Michael D Higgins said 12 people were honoured.', lang: 'en', names: ['person:Michael D Higgins'], not: [] },
    { text: 'Professor of Medicine Sarah Jones said 40 patients took part.', lang: 'en', names: ['person:Sarah Jones'], not: [] },
    // Wrong neighbours: a body before its title, an office's field (review 20), a body of a titled person, a body's name.
    { text: 'The Bank of England Governor Andrew Bailey said 4 things.', lang: 'en', names: ['organisation:Bank of England', 'person:Andrew Bailey'], not: [] },
    { text: 'Secretary of State for Health Wes Streeting said the plan was late.', lang: 'en', names: ['person:Wes Streeting'], not: [] },
    {
      text: 'planetary scientist Michele Dougherty of Imperial College London said it was late.',
      lang: 'en',
      names: ['person:Michele Dougherty', 'organisation:Imperial College London'],
      not: [],
    },
    { text: 'The Duke of Edinburgh Award has 12 centres.', lang: 'en', names: [], not: ['person:Edinburgh Award'] },
  ])
})

describe('the review’s articles are editors’ drafts', () => {
  it.each(REVIEW_21_ARTICLES.map((a) => a.name))('%s', (name) => {
    expectEditorsDraft(quizOf(name), 10)
  })
  it.each([
    ['striker-transfer-ar', 'EUR'],
    ['council-planning-en', 'GBP'],
  ] as const)('%s: its money is in %s', (name, currency) => {
    expectMoneyIn(quizOf(name), currency)
  })
  itNeverAsks(quizOf, [
    // The fee and the homes the headlines give.
    { article: 'striker-transfer-ar', keys: [42_000_000] },
    { article: 'council-planning-en', keys: [1200] },
  ])
  itAsksWithQuote(quizOf, [
    {
      article: 'council-planning-en',
      key: '7 to 4',
      quote: 'The planning committee voted 7 to 4 in favour after a three-hour meeting on Wednesday evening.',
    },
    {
      article: 'displaced-aid-ar',
      key: 92300,
      quote: 'قالت المنظمة الدولية للهجرة إن عدد النازحين من القرى الحدودية في جنوب لبنان ارتفع إلى 92 ألفاً و300 شخص',
    },
  ])
})
