import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { type AnswerKey, answerKeys, showsKey } from '../../src/core/giveaways.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import type { Lang, Question } from '../../src/core/quiz-schema.ts'
import { REVIEW_6_ARTICLES } from './draft-review-6-articles.ts'
import { expectEditorsDraft, itAsksWithQuote, keysOf, namesIn } from './draft-test-helpers.ts'

/**
 * The sixth review of the drafter, on four articles of kinds the other tests lack (an Arabic labour-force
 * survey, an Arabic metro opening, an English inflation report, an English mountain rescue), read as an
 * editor reads a draft: a family name ending in ات after a title (حيدر فريحات), a title's genitive phrase
 * with ل before the name (المدير التنفيذي لمشروع النقل العام خالد الهزاني), a person named after a verb of
 * saying (said Laura Hendry, said park ranger Tessa Blaine), a temperature written onto its C (-38C) — and
 * giveaways that read a currency's parts as the content checks do (45p shows 0.45 of a pound, not 45).
 */

// A short weather story whose coldest temperature is written onto its C.
const COLD_SNAP = `Cold snap grips the north

Temperatures fell as low as -38C in the village of Alford on Monday, forecasters said.

The cold will last until Friday, when highs of 4C are expected, the Met Office said.

Schools in 14 towns were closed and 2,300 homes lost power on Monday night, officials said.`

const drafts = new Map(REVIEW_6_ARTICLES.map((a) => [a.name, draftQuiz(a.text)]))
const quizOf = (name: string) => drafts.get(name)!.quiz

describe('a person’s name is taken whole, and only the name', () => {
  // Each row: a sentence, its language, a name found in it and names that must not be found.
  const rows: { text: string; lang: Lang; name: string; not: string[] }[] = [
    // A family name ending in ات where the name ends (before إن, a comma, a verb of saying).
    {
      text: 'وقال مدير عام الدائرة حيدر فريحات إن الاقتصاد يحتاج إلى فرص عمل جديدة.',
      lang: 'ar',
      name: 'person:حيدر فريحات',
      not: ['person:حيدر'],
    },
    { text: 'وأكد الناطق باسم الوزارة محمد عبيدات، أن الطريق سيفتح غدا.', lang: 'ar', name: 'person:محمد عبيدات', not: ['person:محمد'] },
    { text: 'وقال الرئيس الفلسطيني الراحل ياسر عرفات إن السلام خيار استراتيجي.', lang: 'ar', name: 'person:ياسر عرفات', not: ['person:ياسر'] },
    // A title's genitive phrase with ل (المدير التنفيذي لمشروع …): the name comes after it.
    {
      text: 'وقال المدير التنفيذي لمشروع النقل العام خالد الهزاني إن المسارين سيبدآن التشغيل قريبا.',
      lang: 'ar',
      name: 'person:خالد الهزاني',
      not: ['person:لمشروع', 'person:لمشروع النقل'],
    },
    {
      text: 'وأوضح المدير العام لهيئة الطيران المدني سامي الحربي أن الرحلات ستستأنف الأسبوع المقبل.',
      lang: 'ar',
      name: 'person:سامي الحربي',
      not: ['person:لهيئة'],
    },
    // After a verb of saying, with or without a job before the name.
    {
      text: '"Households are still feeling the squeeze," said Laura Hendry, chief economist at the ONS.',
      lang: 'en',
      name: 'person:Laura Hendry',
      not: [],
    },
    { text: '"They did everything right," said park ranger Tessa Blaine, who coordinated the rescue.', lang: 'en', name: 'person:Tessa Blaine', not: [] },
    { text: '"We will appeal," said senior lawyer Mark Owusu on Friday.', lang: 'en', name: 'person:Mark Owusu', not: [] },
  ]
  it.each(rows)('$name', ({ text, lang, name, not }) => {
    const names = namesIn(text, lang)
    expect(names).toContain(name)
    for (const n of not) expect(names).not.toContain(n)
  })

  // Wrong neighbours: a plural noun after a first name is no family name; a place or a body after "said" is no person;
  // a name beginning with ل after a title is the name (not a genitive phrase).
  const wrong: { text: string; lang: Lang; not: string[]; name?: string }[] = [
    { text: 'وأجرى الوزير أحمد محادثات مع نظيره في الرياض.', lang: 'ar', not: ['person:أحمد محادثات'] },
    { text: 'وقالت الكاتبة ليلى العثمان إن الرواية لم تكتمل بعد.', lang: 'ar', not: ['person:العثمان'], name: 'person:ليلى العثمان' },
    { text: 'The minister said in New York that talks would resume.', lang: 'en', not: ['person:New York'] },
    { text: 'The company said Bank of England rules were too strict.', lang: 'en', not: ['person:Bank of England'] },
    { text: 'He said Chinese New Year sales were strong.', lang: 'en', not: ['person:Chinese New Year', 'person:New Year'] },
    {
      text: '"Prices will keep rising," said Goldman Sachs economist Ruth Gregory on Monday.',
      lang: 'en',
      not: ['person:Goldman Sachs'],
      name: 'person:Ruth Gregory',
    },
  ]
  it.each(wrong)('$text', ({ text, lang, not, name }) => {
    const names = namesIn(text, lang)
    for (const n of not) expect(names).not.toContain(n)
    if (name) expect(names).toContain(name)
  })
})

describe('a temperature written onto its letter is a temperature', () => {
  // Each row: a sentence, the value and unit of the fact read in it, or null where no temperature is meant.
  const rows: { text: string; fact: string | null }[] = [
    { text: 'The climbers were trapped as temperatures fell as low as -38C on the mountain.', fact: '-38 celsius' },
    { text: 'Forecasters in Madrid said the city would reach 41C on Tuesday afternoon.', fact: '41 celsius' },
    { text: 'The heat in Phoenix reached 117F on Monday, the weather service said.', fact: '117 fahrenheit' },
    { text: 'Leaders agreed to hold warming to 1.5C above pre-industrial levels.', fact: '1.5 celsius' },
    // Wrong neighbours: a jet, a phone, a paper size.
    { text: 'The air force bought 24 F-16 jets from the United States last year.', fact: null },
    { text: 'Apple sold the iPhone 5C in more than 100 countries, the company said.', fact: null },
  ]
  it.each(rows)('$text', ({ text, fact }) => {
    const { paragraphs } = parseArticle(text)
    const read = collectFacts(paragraphs).facts.map((f) => `${f.value} ${f.unit}`)
    const temperatures = read.filter((f) => / (?:celsius|fahrenheit)$/u.test(f))
    expect(temperatures).toEqual(fact === null ? [] : [fact])
  })

  it('a drafted -38C is keyed -38 °C and graded as readers write it', () => {
    const { quiz } = draftQuiz(COLD_SNAP)
    const q = quiz.questions.find((x) => x.type === 'numeric' && x.answer.unit === 'celsius')
    expect(q?.type === 'numeric' && q.answer.value).toBe(-38)
    // Each row: a reader's answer and whether it is right.
    const answers: [string, boolean][] = [
      ['-38', true],
      ['-38C', true],
      ['minus 38', true],
      ['38 below zero', true],
      ['38', false],
      ['-36C', false],
    ]
    for (const [answer, correct] of answers) expect(gradeQuestion(q!, answer).correct, answer).toBe(correct)
  })

  it('unemployment-ar: the quarter of its headline is no number only the headline gives', () => {
    expect(drafts.get('unemployment-ar')!.notes.filter((n) => n.code === 'number-in-heading')).toEqual([])
  })

  it('rescue-en: -38C is no label', () => {
    expect(drafts.get('rescue-en')!.notes.some((n) => n.code === 'label' && n.quote === '-38C')).toBe(false)
  })
})

describe('a definite «الواحد» qualifies the noun before it and counts nothing after it', () => {
  // Each row: a sentence and the facts read in it (value and unit).
  const rows: { text: string; facts: string[] }[] = [
    { text: 'ورفعت الحكومة في الأردن سعر الخبز نصف دينار للكيلو الواحد يوم الأحد.', facts: ['0.5 JOD'] },
    { text: 'وحددت الهيئة في الرياض سعر التذكرة الواحدة بـ4 ريالات يوم الأحد.', facts: ['4 SAR'] },
    // An indefinite one after a noun of a unit counts one of it, whatever its case ending (draft-review-6-leftovers.test.ts).
    { text: 'واستمر الإضراب في عمّان يوماً واحداً فقط قبل التوصل إلى اتفاق.', facts: ['1 day'] },
    // Wrong neighbours: the ones a number states stay facts.
    { text: 'واستمر الإضراب في عمّان 3 أيام قبل التوصل إلى اتفاق.', facts: ['3 day'] },
    { text: 'The strike in London lasted one day before a deal was reached.', facts: ['1 day'] },
  ]
  it.each(rows)('$text', ({ text, facts }) => {
    const { paragraphs } = parseArticle(text)
    expect(collectFacts(paragraphs).facts.map((f) => `${f.value} ${f.unit}`)).toEqual(facts)
  })

  // Each row: a sentence and the notes on its «واحدة»: an hour's length is no time of day (it is an hour, asked).
  const notes: { text: string; code: string[] }[] = [
    { text: 'واستمر الاجتماع في عمّان ساعة واحدة فقط قبل أن ينفض.', code: [] },
    { text: 'وبدأ الإضراب في عمّان عند الساعة الواحدة ظهراً يوم الأحد.', code: ['time-of-day'] },
  ]
  it.each(notes)('$text', ({ text, code }) => {
    const { paragraphs } = parseArticle(text)
    expect(collectFacts(paragraphs).notes.map((n) => n.code)).toEqual(code)
  })
})

describe('giveaways read a currency’s parts as the content checks do', () => {
  const number = (value: number): AnswerKey => ({ kind: 'number', value, shown: String(value) })
  // Each row: a text a reader sees, a key's value, and whether the text shows it.
  const rows: [text: string, value: number, shows: boolean][] = [
    ['Fill in the blank: “Butter rose 32p to ____”', 0.32, true],
    ['Fill in the blank: “Butter rose 32p to ____”', 32, false],
    ['Fill in the blank: “a pint of milk cost 95 pence, up ____”', 0.95, true],
    ['Fill in the blank: “a pint of milk cost 95 pence, up ____”', 95, false],
    ['Fill in the blank: “Petrol averaged 132.8p a litre, down ____”', 1.328, true],
    ['Fill in the blank: “a can costs 99 cents, ____ more”', 0.99, true],
    ['Fill in the blank: “a can costs 99 cents, ____ more”', 99, false],
    // Wrong neighbours: a time of day, a count, pounds.
    ['Fill in the blank: “The polls close at 5 p.m. after ____ hours”', 5, true],
    ['Fill in the blank: “45 people were hurt, and ____ died”', 45, true],
    ['Fill in the blank: “It cost £45, up ____”', 45, true],
  ]
  it.each(rows)('%s: %d %s', (text, value, shows) => {
    expect(showsKey(text, number(value))).toBe(shows)
  })

  it('a choice of pence is a key of pounds, shown by the same pence elsewhere', () => {
    const q: Question = {
      id: 'q',
      type: 'single',
      skill: 'recall',
      points: 1,
      prompt: { en: 'How much did a pint of milk cost?' },
      choices: [
        { id: 'a', text: { en: '85p' } },
        { id: 'b', text: { en: '95p' } },
      ],
      answer: 'b',
      explanation: { en: 'As the article says.' },
      evidence: { paragraph: 0, quote: 'a pint of milk cost 95p' },
    }
    const [key] = answerKeys(q)
    expect(key).toMatchObject({ kind: 'number', value: 0.95 })
    expect(showsKey('Milk went up to 95 pence last month', key!)).toBe(true)
    expect(showsKey('95 people were hurt', key!)).toBe(false)
  })
})

describe('drafts of four new kinds of article, read as an editor reads them', () => {
  // Each row: an article, a key some question has (a name accepted, a right choice, a numeric value), and the exact quote backing it.
  const rows: { article: string; key: string | number; quote: string }[] = [
    // Labour-force survey (ar): the rate, the count, the governorate, the director general whole.
    { article: 'unemployment-ar', key: 21.4, quote: 'أن معدل البطالة في المملكة بلغ 21.4% خلال الربع الثاني من عام 2025' },
    { article: 'unemployment-ar', key: 412000, quote: 'وقدّر التقرير عدد العاطلين عن العمل بنحو 412 ألف شخص' },
    { article: 'unemployment-ar', key: 'معان', quote: 'وسجلت محافظة معان أعلى معدل بطالة بين المحافظات بنسبة 27.3%' },
    {
      article: 'unemployment-ar',
      key: 'حيدر فريحات',
      quote: 'وقال مدير عام الدائرة حيدر فريحات إن الاقتصاد الأردني يحتاج إلى توفير نحو 100 ألف فرصة عمل سنوياً لاستيعاب الداخلين الجدد إلى سوق العمل',
    },
    // Metro (ar): length, riders, the executive director after his title's genitive.
    { article: 'metro-ar', key: 38, quote: 'ويمتد المسار بطول 38 كيلومتراً من شمال العاصمة إلى جنوبها' },
    { article: 'metro-ar', key: 3_600_000, quote: 'على أن ترتفع الطاقة الاستيعابية للشبكة كاملة إلى 3.6 مليون راكب يومياً.' },
    {
      article: 'metro-ar',
      key: 'خالد الهزاني',
      quote: 'وقال المدير التنفيذي لمشروع النقل العام خالد الهزاني إن المسارين الأحمر والأخضر سيبدآن التشغيل في 15 ديسمبر',
    },
    // Inflation (en): pence as pounds, the economist named after "said".
    { article: 'prices-en', key: 3.8, quote: 'Inflation in the UK rose to 3.8% in July from 3.6% in June' },
    { article: 'prices-en', key: 1.328, quote: 'Petrol averaged 132.8p a litre in July' },
    {
      article: 'prices-en',
      key: 'Laura Hendry',
      quote: '"Households are still feeling the squeeze at the supermarket checkout," said Laura Hendry',
    },
    // Rescue (en): the climbers Denali draws (review 23: a figure of the headline's climbers before the peak's height in
    // its paragraph), the distance, the ranger named after "said" (-38C, beside the wind, is a false statement now;
    // «18,700 feet», the bracket of 5,700 metres, is no count of feet any more, so the types took other turns).
    { article: 'rescue-en', key: 1100, quote: 'draws about 1,100 climbers each season' },
    { article: 'rescue-en', key: 210, quote: 'about 210 km to the south.' },
    {
      article: 'rescue-en',
      key: 'Tessa Blaine',
      quote: '"They did everything right. They dug a snow cave and waited," said park ranger Tessa Blaine, who coordinated the rescue.',
    },
  ]
  itAsksWithQuote(quizOf, rows)

  // Each row: an article and keys no question may have (half a name, a preposition's phrase taken for a name).
  const never: { article: string; keys: (string | number)[] }[] = [
    { article: 'unemployment-ar', keys: ['حيدر'] },
    { article: 'metro-ar', keys: ['لمشروع', 'خالد'] },
    { article: 'prices-en', keys: ['Laura', 32, 95, 132.8, 1.9] },
    { article: 'rescue-en', keys: ['Tessa', 'park ranger Tessa Blaine'] },
  ]
  it.each(never)('$article: never $keys', ({ article, keys }) => {
    const all = quizOf(article).questions.flatMap(keysOf)
    for (const key of keys) expect(all, String(key)).not.toContain(key)
  })

  it.each(REVIEW_6_ARTICLES.map((a) => a.name))('%s: passes the content checks, asks a person, and spreads over the article', (name) => {
    expectEditorsDraft(quizOf(name), 10)
    // Every article names a person quoted in it: one question asks who.
    expect(quizOf(name).questions.some((q) => q.id.startsWith('who-'))).toBe(true)
  })
})
