import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { checkQuiz } from '../../src/core/content-checks.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { ARTICLES } from './draft-articles.ts'
import { REVIEW_29_ARTICLES } from './draft-review-29-articles.ts'
import { REVIEW_30_ARTICLES } from './draft-review-30-articles.ts'
import { REVIEW_32_ARTICLES } from './draft-review-32-articles.ts'
import { READERS_21_ARTICLES } from './grade-readers-21-articles.ts'
import { entitiesOf, keysOf, namesIn, promptOf } from './draft-test-helpers.ts'

/**
 * The thirty-second review of the drafter: what review 31 left open, and articles of kinds earlier reviews did not draft.
 * A comparison («أكثر من 4,200 شخص», `up to 38,000 km/h`, a rise's end) was asked as a choice whose key was the end choice
 * every time (every wrong value on one side): it is now the number to type, once the draft's questions are settled.
 */

type Draft = ReturnType<typeof draftQuiz>
const pass = (d: Draft) => {
  const { articleText, ...file } = d.quiz
  expect(checkQuiz(file, articleText, 'draft')).toEqual([])
}
// A blank right after a comparison: its wrong values could only be on one side.
const AFTER_COMPARISON = /(?:أكثر من|أزيد من|تصل إلى|يصل إلى|تجاوز\S*|more than|up to|at least)\s+____/iu
const drafts = [...ARTICLES, ...REVIEW_29_ARTICLES, ...REVIEW_30_ARTICLES].map((a) => draftQuiz(a.text, { lang: a.lang }))

describe('a comparison is a number to type, not a choice whose key is the end one', () => {
  it.each([
    ['disaster-ar', 'أكثر من', 4200],
    ['heat-ar', 'تصل سرعتها إلى', 50],
    ['wildfire-en', 'More than', 400],
  ] as const)('%s: «%s ____» typed (%d)', (name, words, value) => {
    const a = ARTICLES.find((x) => x.name === name)!
    const d = draftQuiz(a.text, { lang: a.lang })
    pass(d)
    const q = d.quiz.questions.find((x) => promptOf(x).includes(`${words} ____`))
    expect(q?.type).toBe('numeric')
    expect(keysOf(q!)).toEqual([value])
  })
  it('no choice question of these drafts blanks a number after a comparison', () => {
    const after = drafts.flatMap((d) => d.quiz.questions).filter((q) => q.type === 'single' && AFTER_COMPARISON.test(promptOf(q)))
    expect(after.map(promptOf)).toEqual([])
  })
  it('a comparison in the choice’s turn is typed; the other facts keep their types', () => {
    const d = draftQuiz(
      'وشملت الحملة الوطنية 40 قرية في المحافظات الجنوبية بحسب ما أعلنته الجمعية يوم الأحد.\n\nوشارك في الحملة أكثر من 300 متطوع من مختلف المحافظات والمدن.\n\nوقال المدير إن المبادرة وزعت 1200 طرد غذائي على الأسر في القرى النائية.',
      { lang: 'ar' },
    )
    pass(d)
    expect(d.quiz.questions.map((q) => `${q.type} ${keysOf(q).join('|')}`)).toEqual(['numeric 40', 'numeric 300', 'boolean '])
  })
})

describe('a given name opening on و is a name word; a woman’s rank after her name is not', () => {
  it.each([
    ['وحلّت الأستاذة الدولية المصرية شروق وفاء ثالثة في ترتيب السيدات.', ['person:شروق وفاء']],
    ['وقال المهندس محمد وليد إن المشروع يكتمل الشهر المقبل.', ['person:محمد وليد']],
    ['وفازت اللاعبة سارة الحربي ثانية في سباق 800 متر.', ['person:سارة الحربي']],
    // و + another person, and a medal after a name, as before.
    ['والتقى الوزير أحمد سالم ووليد خالد في القاهرة.', ['person:أحمد سالم', 'place:القاهرة']],
    ['ومنح الرئيس أحمد وسام الاستحقاق.', ['person:أحمد']],
  ] as const)('%s', (text, names) => {
    expect(namesIn(text, 'ar')).toEqual(names)
  })
})

describe('a country named as its own nisba after a noun is the adjective; a country written two ways is one place', () => {
  it.each([
    // Syria and Syrian, Mali and financial: after an indefinite noun, the adjective.
    ['وحددت الحكومة سعر الكيلوغرام بـ 5,500 ليرة سورية في الأسواق.', []],
    ['وقدمت الحكومة دعم مالي للشركات الصغيرة بقيمة 300 ألف دينار أردني.', []],
    ['وسجلت الموازنة عجز مالي كبير هذا العام.', []],
    // After a verb, a particle, a definite word or a country's head, the country.
    ['وعاد اللاجئون إلى سورية بعد الحرب.', ['place:سورية']],
    ['وزار الوزير سورية الأسبوع الماضي.', ['place:سورية']],
    ['وقال رئيس مالي إن الانتخابات تجرى الشهر المقبل.', ['place:مالي']],
    ['وأعلنت مالي انسحابها من المجموعة.', ['place:مالي']],
  ] as const)('%s', (text, names) => {
    expect(namesIn(text, 'ar')).toEqual(names)
  })
  it('«سوريا» and «سورية» are one place, each the other’s form', () => {
    const places = entitiesOf(
      'قالت وزارة الزراعة في سوريا إن إنتاج القمح بلغ نحو 3.2 مليون طن هذا الموسم.\nوتحتاج سورية سنوياً إلى نحو 2.5 مليون طن من القمح.',
      'ar',
    ).filter((e) => e.kind === 'place')
    expect(places.map((e) => [e.name, e.aliases, e.mentions.length])).toEqual([['سوريا', ['سورية'], 2]])
  })
  it('the wheat harvest names Syria once: its price «ليرة سورية» is no place', () => {
    const a = REVIEW_29_ARTICLES.find((x) => x.name === 'wheat-harvest-ar')!
    expect(namesIn(a.text, 'ar').filter((n) => n.startsWith('place:'))).toEqual(['place:سوريا'])
  })
})

const review = (name: string) => REVIEW_32_ARTICLES.find((a) => a.name === name)!
const draftOf = (name: string) => draftQuiz(review(name).text, { lang: review(name).lang })

describe('each new article drafts a quiz the checks pass', () => {
  it.each(REVIEW_32_ARTICLES.map((a) => [a.name] as const))('%s', (name) => {
    const d = draftOf(name)
    pass(d)
    expect(d.quiz.questions.length).toBeGreaterThanOrEqual(8)
  })
})

describe('a town’s body after a title is no person; a country written with its head is right by its name alone', () => {
  it.each([
    'وقدّر رئيس غرفة تجارة بغداد، فراس رسول الحمداني، الخسائر بنحو 4 مليارات دينار.',
    'وقال رئيس غرفة صناعة عمان إن الصادرات ارتفعت.',
    'وقال رئيس بلدية الزرقاء إن العمل مستمر.',
  ])('%s', (text) => {
    expect(namesIn(text, 'ar').filter((n) => n.startsWith('person:'))).toEqual([])
  })
  it('the market fire never asks «غرفة تجارة» (nor accepts «تجارة») as a name', () => {
    const keys = draftOf('market-fire-ar').quiz.questions.flatMap(keysOf)
    expect(keys).not.toContain('غرفة تجارة')
    expect(keys).not.toContain('تجارة')
  })
  it('«سلطنة عُمان» is right as «عُمان» too; «عمّان», Amman, never as Oman’s longer name', () => {
    const q = draftOf('services-app-ar').quiz.questions.find((x) => keysOf(x).includes('سلطنة عُمان'))
    expect(q && keysOf(q)).toEqual(['سلطنة عُمان', 'عُمان'])
    const amman = draftQuiz(REVIEW_30_ARTICLES.find((a) => a.name === 'blood-donation-ar')!.text, { lang: 'ar' }).quiz.questions.flatMap(keysOf)
    expect(amman).not.toContain('سلطنة عمان')
  })
})

describe('a body’s name runs to its fields’ end', () => {
  it.each([
    ['أعلنت هيئة الزكاة والضريبة والجمارك، الأحد، أنها أحبطت محاولة تهريب.', 'هيئة الزكاة والضريبة والجمارك'],
    ['وقالت وزارة البيئة والمياه والزراعة إن الأمطار غزيرة.', 'وزارة البيئة والمياه والزراعة'],
    ['وقالت المديرية العامة لمكافحة المخدرات إنها قبضت على 3 أشخاص.', 'المديرية العامة لمكافحة المخدرات'],
    ['وقالت الهيئة العامة لتنمية الصادرات إن الصادرات ارتفعت.', 'الهيئة العامة لتنمية الصادرات'],
    // A court's panels are two parties, not one body.
    ['وطلبت هيئة الدفاع والنيابة العامة تأجيل الجلسة.', 'هيئة الدفاع'],
    ['وقالت وزارة الصحة والسكان إن الحالات تراجعت.', 'وزارة الصحة والسكان'],
  ] as const)('%s', (text, body) => {
    expect(namesIn(text, 'ar').filter((n) => n.startsWith('organisation:'))).toEqual([`organisation:${body}`])
  })
  it('the migrants’ «دعم مالي» (financial support) is never asked as Mali', () => {
    const keys = draftOf('migrants-rescue-ar').quiz.questions.flatMap(keysOf)
    expect(keys).not.toContain('مالي')
  })
})

describe('a shadda tells Amman from Oman', () => {
  it.each([
    ['توفي الشاعر في العاصمة الأردنية عمّان عن عمر ناهز 84 عاماً.', ['عمّان', 'Jordan', 'city']],
    ['وزار الوزير عُمان الأسبوع الماضي.', ['عُمان', 'Oman', 'country']],
  ] as const)('%s', (text, place) => {
    expect(entitiesOf(text, 'ar').map((e) => [e.name, e.country, e.placeType])).toEqual([place])
  })
})

describe('a count inside the one item a price is for is no fact', () => {
  const facts = (text: string) => collectFacts(parseArticle(text).paragraphs)
  it.each([
    ['وأضاف الوزاني أن ثمن تذكرة سيارة وأربعة ركاب بلغ 320 يورو في المتوسط.', [320]],
    ['وبلغ ثمن تذكرة 3 أشخاص 150 ديناراً في المتوسط.', [150]],
    // The cost of building 40 schools counts them: no single item.
    ['وبلغت تكلفة بناء 40 مدرسة نحو 12 مليون دينار.', [40, 12_000_000]],
    // No price after it in its clause: the count stands.
    ['واشترى الزوار تذاكر لأربعة عروض، وقال المنظمون إن الإقبال كبير.', [4]],
  ] as const)('%s', (text, values) => {
    expect(facts(text).facts.map((f) => f.value)).toEqual(values)
  })
  it('the Marhaba crossing asks the ticket’s price, not the four passengers it is for', () => {
    const a = READERS_21_ARTICLES.find((x) => x.name === 'marhaba-tanger-med-ar')!
    const d = draftQuiz(a.text, { lang: a.lang })
    pass(d)
    const ticket = d.quiz.questions.filter((q) => q.evidence.quote.includes('تذكرة'))
    expect(ticket.flatMap(keysOf)).not.toContain('4')
    expect(ticket.map(promptOf).join('\n')).not.toMatch(/و____ ركاب/u)
    expect(ticket.flatMap(keysOf)).toContain('320 يورو')
  })
})
