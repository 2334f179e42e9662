import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { cleanArticle } from '../../src/core/draft/clean.ts'
import { firstAndLastOf } from '../../src/core/draft/entities.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { REVIEW_15_ARTICLES } from './draft-review-15-articles.ts'
import { entitiesOf, expectEditorsDraft, itAsksWithQuote, itFindsNames, itNeverAsks, keysOf } from './draft-test-helpers.ts'

/**
 * The fifteenth review of the drafter: the thirteenth readers' set. A verbal noun under ل in a body's name (للشركة الوطنية
 * لاستغلال وتوزيع المياه) was asked as a person's name, and the person named after the title and a comma was not; a
 * wire story's dateline date (`ANAND, 28 October (PTI) -`) was asked instead of the event's; a name of three parts did
 * not accept its first and last (عثمان النور for عثمان الطيب النور).
 */

const drafts = new Map(REVIEW_15_ARTICLES.map((a) => [a.name, draftQuiz(a.text, { lang: a.lang })]))
const quizOf = (name: string) => drafts.get(name)!.quiz

describe('a verbal noun under ل in a body’s name is no person; the name after the title and a comma is', () => {
  itNeverAsks(quizOf, [
    { article: 'desalination-sfax-ar', keys: ['لاستغلال'] },
    { article: 'water-loss-zarqa-ar', keys: ['لتطوير', 'وتنظيم'] },
    { article: 'exports-agency-ar', keys: ['لتنمية'] },
  ])
  itFindsNames([
    {
      text: 'وقالت المديرة الجهوية للشركة الوطنية لاستغلال وتوزيع المياه، سنية البكوش، إن كلفة المشروع بلغت 850 مليون دينار.',
      lang: 'ar',
      names: ['person:سنية البكوش'],
      not: ['person:لاستغلال'],
    },
    {
      text: 'وقال مدير البورصة، عثمان الطيب النور، إن سعر القنطار وصل إلى 95 ألف جنيه.',
      lang: 'ar',
      names: ['person:عثمان الطيب النور'],
      not: [],
    },
    {
      text: 'وقال المدير التنفيذي للمؤسسة العامة لتطوير وتنظيم الموارد المائية، خالد محمود الزعبي، إن نسبة الفاقد تبلغ 48 في المئة.',
      lang: 'ar',
      names: ['person:خالد محمود الزعبي'],
      not: ['person:لتطوير'],
    },
    {
      text: 'وقال مدير الوكالة الوطنية لإنتاج الكهرباء، سامي العلي، إن الإنتاج ارتفع.',
      lang: 'ar',
      names: ['person:سامي العلي'],
      not: ['person:لإنتاج'],
    },
    { text: 'وقال رئيس الحكومة، عزيز أخنوش، الأربعاء، إن الحكومة ستدعم المزارعين.', lang: 'ar', names: ['person:عزيز أخنوش'], not: [] },
    { text: 'وقال رئيس الجمهورية، عبد المجيد تبون، في خطاب إن البلاد قوية.', lang: 'ar', names: ['person:عبد المجيد تبون'], not: [] },
    // Wrong neighbours: words in commas after a title that are no name; a name beginning with ل after a title.
    { text: 'وأضاف المدير العام للشركة، موضحا الأسباب، أن الإنتاج تراجع.', lang: 'ar', names: [], not: ['person:موضحا الأسباب'] },
    { text: 'وقال مدير المدرسة، وهو معلم سابق، إن الطلاب نجحوا.', lang: 'ar', names: [], not: ['person:وهو معلم'] },
    { text: 'وقال رئيس البلدية، كما جرت العادة، إن العمل مستمر.', lang: 'ar', names: [], not: ['person:كما جرت'] },
    { text: 'وقال الوزير، في تصريح صحفي، إن المشروع سيكتمل.', lang: 'ar', names: [], not: ['person:تصريح صحفي', 'person:في تصريح صحفي'] },
    { text: 'وأكد المدير العام، يوم الأحد، أن العمل مستمر.', lang: 'ar', names: [], not: ['person:يوم الأحد'] },
    { text: 'وأكد المدير، مساء أمس، أن العمل مستمر.', lang: 'ar', names: [], not: ['person:مساء أمس', 'person:مساء'] },
    { text: 'وقال رئيس الهيئة، بعد اجتماع مجلس الإدارة، إن القرار نهائي.', lang: 'ar', names: [], not: ['person:اجتماع مجلس'] },
    { text: 'وقالت الكاتبة ليلى العثمان إن الرواية صدرت في بيروت.', lang: 'ar', names: ['person:ليلى العثمان'], not: [] },
    { text: 'وأكد اللاعب لامين يامال أنه سعيد.', lang: 'ar', names: ['person:لامين يامال'], not: [] },
  ])
  itAsksWithQuote(quizOf, [
    {
      article: 'desalination-sfax-ar',
      key: 'سنية البكوش',
      // The clause in commas is hardly more than the name: its whole sentence is quoted.
      quote:
        'وقالت المديرة الجهوية للشركة الوطنية لاستغلال وتوزيع المياه، سنية البكوش، إن كلفة المشروع بلغت 850 مليون دينار، وإن المحطة ستزود نحو 600 ألف ساكن بالماء الصالح للشرب عبر شبكة من القنوات طولها 120 كيلومترا.',
    },
  ])
  it.each(['desalination-sfax-ar', 'water-loss-zarqa-ar', 'exports-agency-ar', 'gum-arabic-obeid-ar'])('%s asks a person’s name', (article) => {
    expect(quizOf(article).questions.some((q) => q.id.startsWith('who-') || q.id.startsWith('choice-who-'))).toBe(true)
    expectEditorsDraft(quizOf(article), 5)
  })
})

describe('a dateline’s date is when the story was filed: the event’s date is asked', () => {
  itAsksWithQuote(quizOf, [
    {
      article: 'rail-line-india-en',
      key: '3 June 2025',
      quote: 'The Maharashtra government opened a 23 km suburban rail line between Pune and Lonavala on Tuesday, 3 June 2025',
    },
    {
      article: 'desalination-sfax-ar',
      key: 20250912,
      quote:
        'دشن وزير الفلاحة والموارد المائية، يوم الجمعة 12 سبتمبر 2025، محطة تحلية مياه البحر بقرقور من ولاية صفاقس، بطاقة إنتاج أولية تبلغ 100 ألف متر مكعب يوميا، على أن ترتفع إلى 200 ألف متر مكعب في المرحلة الثانية سنة 2030.',
    },
  ])
  // Each row: a wire story, the dates its text gives (the event's; a plan's), and its dateline's day, never asked.
  const rows = [
    { article: 'dairy-bonus-india-en', dates: [20251027, 20270300], dateline: 1028 },
    { article: 'rate-cut-kenya-en', dates: [20250312], dateline: 314 },
    { article: 'rail-line-india-en', dates: [20250603], dateline: 605 },
  ]
  it.each(rows)('$article', ({ article, dates, dateline }) => {
    const quiz = quizOf(article)
    const found = collectFacts(parseArticle(quiz.articleText).paragraphs).facts.filter((f) => f.kind === 'date')
    expect(found.map((f) => f.value)).toEqual(dates)
    expect(quiz.questions.flatMap((q) => keysOf(q))).not.toContain(dateline)
    for (const q of quiz.questions) expect(q.evidence.quote).not.toMatch(/^\p{Lu}+, \d+ \p{L}+ \(/u)
    expectEditorsDraft(quiz, 4)
  })

  // Each row: a paragraph's start, and the dateline cut from it ('' for none).
  const leads: [string, string][] = [
    ['ANAND, 28 October (PTI) - ', 'ANAND, 28 October (PTI) - '],
    ['Anand, Oct 28 (PTI) - ', 'Anand, Oct 28 (PTI) - '],
    ['NEW DELHI, 3 June 2025 (IANS) - ', 'NEW DELHI, 3 June 2025 (IANS) - '],
    ['NAIROBI, 14 March (Reuters) - ', 'NAIROBI, 14 March (Reuters) - '],
    ['صفاقس (وات) - ', 'صفاقس (وات) - '],
    // Wrong neighbours: a company and its ticker, a body and its initials, open the sentence.
    ['Apple (AAPL) - ', ''],
    ['The World Health Organization (WHO) - ', ''],
  ]
  it.each(leads)('%s', (lead, cut) => {
    const sentence = 'The company said on Monday that its profits rose by 12% in the third quarter of the year.'
    const { text, datelines } = cleanArticle(`Headline\n\n${lead}${sentence}`)
    expect(datelines).toEqual(cut ? [cut] : [])
    expect(text).toBe(`Headline\n\n${cut ? sentence : lead + sentence}`)
  })
})

describe('a name of three parts or more accepts its first and last', () => {
  // Each row: an article, a person's full name asked, and the first and last its question accepts.
  const rows = [
    { article: 'gum-arabic-obeid-ar', name: 'عثمان الطيب النور', short: 'عثمان النور' },
    { article: 'water-loss-zarqa-ar', name: 'خالد محمود الزعبي', short: 'خالد الزعبي' },
    { article: 'exports-agency-ar', name: 'ليلى حسن المنصوري', short: 'ليلى المنصوري' },
    { article: 'rate-cut-kenya-en', name: 'Kamau Njoroge Thugge', short: 'Kamau Thugge' },
    { article: 'rail-line-india-en', name: 'Anil Vasant Deshmukh', short: 'Anil Deshmukh' },
  ]
  it.each(rows)('$article: $short', ({ article, name, short }) => {
    const q = quizOf(article).questions.find((x) => x.type === 'text' && keysOf(x).includes(name))
    expect(q, name).toBeDefined()
    expect(keysOf(q!)).toContain(short)
  })

  // Wrong neighbours: two people of the article share the first and last; a name of two parts has nothing to add.
  it('not when another person of the article shares the first and last', () => {
    const text = `تعيين مديرين جديدين\n\nقال رئيس الهيئة، حسن علي العمري، إن الهيئة عينت 40 موظفا جديدا هذا العام.\n\nوقال نائب رئيس الهيئة، حسن سالم العمري، إن الميزانية بلغت 12 مليون دينار.\n\nوأضاف أن الهيئة ستفتح 3 فروع جديدة.`
    const all = draftQuiz(text, { lang: 'ar' }).quiz.questions.flatMap((q) => keysOf(q))
    expect(all).not.toContain('حسن العمري')
  })
  // Each row: an article of one paragraph a line, a person it names, and the first and last a reader may give (null: none).
  const forms: { text: string; lang: 'ar' | 'en'; name: string; form: string | null }[] = [
    {
      text: 'وقال مدير البورصة، عثمان الطيب النور، إن السعر ارتفع.\nوأوضح النور أن الشاحنات تقطع 1100 كيلومتر.',
      lang: 'ar',
      name: 'عثمان الطيب النور',
      form: 'عثمان النور',
    },
    { text: 'وقال رئيس الوزراء محمد شياع السوداني إن الحكومة ستدعم المزارعين.', lang: 'ar', name: 'محمد شياع السوداني', form: 'محمد السوداني' },
    {
      text: 'Its governor Kamau Njoroge Thugge said rates would fall.\nThugge said inflation had eased.',
      lang: 'en',
      name: 'Kamau Njoroge Thugge',
      form: 'Kamau Thugge',
    },
    // Wrong neighbours: a chain of fathers; a last part the article never uses alone, in English; a name the article
    // shortens to its first part (the family name comes first).
    { text: 'وقال ولي العهد الأمير محمد بن سلمان آل سعود إن المشروع سيكتمل.', lang: 'ar', name: 'محمد بن سلمان آل سعود', form: null },
    { text: 'Its governor Kamau Njoroge Thugge said rates would fall.', lang: 'en', name: 'Kamau Njoroge Thugge', form: null },
    { text: 'وقال الزعيم الكوري الشمالي كيم جونغ أون إن بلاده ستطلق صاروخا.\nوأضاف كيم أن الاختبار نجح.', lang: 'ar', name: 'كيم جونغ أون', form: null },
  ]
  it.each(forms)('$name → $form', ({ text, lang, name, form }) => {
    const entities = entitiesOf(text, lang)
    const person = entities.find((e) => e.name === name)
    expect(person, name).toBeDefined()
    expect(firstAndLastOf(person!, entities, lang)).toBe(form)
  })
  it('a name of two parts keeps its forms', () => {
    const q = quizOf('dairy-bonus-india-en').questions.find((x) => keysOf(x).includes('Haresh Patel'))
    if (q) expect(keysOf(q).filter((k) => String(k).includes(' '))).toEqual(['Haresh Patel'])
  })
})

describe('a year after a season is a year, whatever word follows it', () => {
  // Each row: a sentence, and the kind and value of its number's fact.
  const rows: [string, 'ar' | 'en', string][] = [
    ['وأن الولاية عرفت انقطاعات متكررة في الماء خلال صيف 2024 بلغت أحيانا 12 ساعة في اليوم.', 'ar', 'date:20240000'],
    ['وتضررت المحاصيل في شتاء 2023 بسبب الجفاف.', 'ar', 'date:20230000'],
    ['Water was cut for hours in summer 2024 across the region.', 'en', 'date:20240000'],
    // Wrong neighbours: a count after a season with the article; a year-like count of people.
    ['واستقبل المخيم هذا الصيف 1900 طفل من المحافظة.', 'ar', 'people:1900'],
    ['وشارك في السباق 2024 عداء من 40 دولة.', 'ar', 'count:2024'],
  ]
  it.each(rows)('%s', (text, _lang, fact) => {
    const facts = collectFacts(parseArticle(`عنوان\n\n${text}`).paragraphs).facts
    expect(facts.map((f) => `${f.kind}:${f.value}`)).toContain(fact)
  })
  it('the Sfax article asks no year as a count', () => {
    expect(quizOf('desalination-sfax-ar').questions.map((q) => q.id)).not.toContain('true-count-2024')
  })
})

describe('the durations and counts left out are found, and left for their sentence’s other questions', () => {
  // Each row: an article, a fact (kind:value:unit) its text gives that the readers' set missed in the draft.
  const rows = [
    { article: 'gum-arabic-obeid-ar', fact: 'time:5:day' },
    { article: 'desalination-sfax-ar', fact: 'people:600000:person' },
  ]
  it.each(rows)('$article: $fact', ({ article, fact }) => {
    const facts = collectFacts(parseArticle(quizOf(article).articleText).paragraphs).facts
    expect(facts.map((f) => `${f.kind}:${f.value}:${f.unit}`)).toContain(fact)
  })
})
