import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { checkQuiz } from '../../src/core/content-checks.ts'
import { findEntities, type Entity } from '../../src/core/draft/entities.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz, type Draft } from '../../src/core/draft/index.ts'
import { dotsGroupThousands, withDotsAsThousands } from '../../src/core/draft/thousands-dots.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import { loadQuiz } from '../../src/core/load-quiz.ts'
import type { Lang, Question } from '../../src/core/quiz-schema.ts'
import { CONVENTIONS_ARTICLES } from './draft-conventions-articles.ts'

/**
 * Articles from newsrooms whose conventions differ: numbers with a dot grouping thousands (and
 * their wrong neighbours, true decimals), family names with particles, a body named after a
 * country, a title before a verb.
 */

const paragraphsOf = (text: string) => parseArticle(text.split('\n').join('\n\n')).paragraphs

describe('an article writes thousands with dots when its own numbers say so', () => {
  const rows: { text: string; dots: boolean; why: string }[] = [
    { text: 'وقال المسؤول إن الزلزال قتل 1.500 شخص في المدينة.', dots: true, why: 'a count of people is whole' },
    { text: 'وبلغ عدد السكان 2.345.678 نسمة في نهاية العام.', dots: true, why: 'two dots' },
    { text: 'ونشر الجيش ٦.٠٠٠ جندي على الحدود.', dots: true, why: 'Eastern digits, a count of people' },
    { text: 'Floods forced 1.200 families out and damaged 3.450 houses in the district.', dots: true, why: 'several, none decimal' },
    { text: 'قدرت الخسائر بنحو 2,5 مليون دولار، وتضرر 1.200 منزل.', dots: true, why: 'a decimal comma' },
    { text: 'The lake cooled by 1.250 degrees, faster than the 0.8 degrees of 2015.', dots: false, why: 'a true decimal beside it' },
    { text: 'The team drilled 1.5 km and brought up 2.375 kg of sediment.', dots: false, why: 'a true decimal beside it' },
    { text: 'Pi is 3.14 and e is 2.718, the teacher said.', dots: false, why: 'a true decimal beside it' },
    { text: 'The budget of 1.500 billion was approved.', dots: false, why: 'before a scale word the dot is no evidence' },
    { text: 'خصصت الحكومة 4.5 مليار دينار، وسعر المتر 1.250 دينار.', dots: false, why: 'a true decimal beside it' },
    { text: 'Some 6,000 troops marched 1.250 km and 2.500 km.', dots: false, why: 'commas group thousands' },
    { text: 'The cores weigh 0.125 kg and 1.250 kg.', dots: false, why: 'a leading zero is a decimal' },
    { text: 'The quake damaged 1.200 homes in the district.', dots: false, why: 'one number alone, counting no people' },
  ]
  it.each(rows)('$dots: $text ($why)', ({ text, dots }) => {
    expect(dotsGroupThousands(paragraphsOf(text))).toBe(dots)
  })

  it('is read with the dots as commas, span for span, but not before a scale word', () => {
    const text = 'قتل 1.500 شخص وخسائر 1.500 مليار و2.345.678 نسمة و4.5 مليون و٦.٠٠٠ جندي'
    const read = withDotsAsThousands(text)
    expect(read.length).toBe(text.length)
    expect(read).toBe('قتل 1,500 شخص وخسائر 1.500 مليار و2.345.678 نسمة و4.5 مليون و٦,٠٠٠ جندي')
  })
})

const drafts = new Map<string, Draft>()
function draftOf(article: string): Draft {
  let draft = drafts.get(article)
  if (!draft) drafts.set(article, (draft = draftQuiz(CONVENTIONS_ARTICLES[article]!)))
  return draft
}

function factsOf(article: string) {
  const { quiz } = draftOf(article)
  const { paragraphs } = parseArticle(quiz.articleText)
  return { paragraphs, facts: collectFacts(paragraphs), lang: quiz.lang }
}

describe('drafts of the articles pass the content checks and load', () => {
  it.each(Object.keys(CONVENTIONS_ARTICLES))('%s', (article) => {
    const { quiz } = draftOf(article)
    const { articleText, ...file } = quiz
    expect(checkQuiz(file, articleText, 'draft')).toEqual([])
    expect(loadQuiz(file, articleText).questions.length).toBe(quiz.questions.length)
    expect(quiz.questions.length).toBeGreaterThanOrEqual(6)
  })
})

describe('the facts of an article are read in its convention; true decimals stay decimals', () => {
  const rows: { article: string; values: number[]; never: number[] }[] = [
    { article: 'quake-ar', values: [1500, 12_350, 3200, 812_580, 6000, 450, 2.5e9, 45_000], never: [1.5, 12.35, 3.2, 812.58, 6, 45] },
    { article: 'census-ar', values: [2_345_678, 1_980_000, 1250, 38, 412_600, 1.4], never: [1.25, 412.6, 1400] },
    { article: 'floods-en', values: [14, 1200, 3450, 2800, 640, 7500, 1.5], never: [1.2, 3.45, 2.8, 7.5, 1500] },
    { article: 'lake-en', values: [1.25, 0.8, 1.5, 2.375, 3.14, 4.5e6, 60, 12], never: [1250, 2375, 3140] },
    { article: 'water-ar', values: [4.5e9, 38.5, 1.25, 17], never: [1250, 4500, 38_500] },
  ]
  it.each(rows)('$article', ({ article, values, never }) => {
    const found = factsOf(article).facts.facts.map((f) => f.value)
    for (const v of values) expect(found, String(v)).toContain(v)
    for (const v of never) expect(found, String(v)).not.toContain(v)
  })
})

/** The draft's question whose key is `value`: a numeric question's value, or the choice or statement it is about. */
function questionKeyed(article: string, value: number): Question | undefined {
  return draftOf(article).quiz.questions.find((q) => q.type === 'numeric' && q.answer.value === value)
}

describe("readers' answers to the keys the drafter writes: the thousands value, never the decimal", () => {
  const rows: { article: string; key: number; answer: string; right: boolean }[] = [
    { article: 'quake-ar', key: 1500, answer: '1500', right: true },
    { article: 'quake-ar', key: 1500, answer: '1.500', right: true },
    { article: 'quake-ar', key: 1500, answer: '١٥٠٠ شخص', right: true },
    { article: 'quake-ar', key: 1500, answer: 'ألف وخمسمائة', right: true },
    { article: 'quake-ar', key: 1500, answer: '1,500', right: true },
    { article: 'quake-ar', key: 1500, answer: '1.5', right: false },
    { article: 'quake-ar', key: 1500, answer: 'شخص ونص', right: false },
    { article: 'quake-ar', key: 1500, answer: '15000', right: false },
    { article: 'quake-ar', key: 1500, answer: '1.501', right: false },
    { article: 'quake-ar', key: 812_580, answer: '812580', right: true },
    { article: 'quake-ar', key: 812_580, answer: '812.580 نسمة', right: true },
    { article: 'quake-ar', key: 812_580, answer: '٨١٢٬٥٨٠', right: true },
    { article: 'quake-ar', key: 812_580, answer: 'ثمانمائة واثنا عشر ألفا وخمسمائة وثمانون', right: true },
    { article: 'quake-ar', key: 812_580, answer: '812.58', right: false },
    { article: 'quake-ar', key: 812_580, answer: '812', right: false },
    { article: 'quake-ar', key: 812_580, answer: '812.581', right: false },
    { article: 'census-ar', key: 2_345_678, answer: '2345678', right: true },
    { article: 'census-ar', key: 2_345_678, answer: '2.345.678', right: true },
    { article: 'census-ar', key: 2_345_678, answer: '2,345,678', right: true },
    { article: 'census-ar', key: 2_345_678, answer: '2.345', right: false },
    { article: 'census-ar', key: 2_345_678, answer: '2345', right: false },
    { article: 'floods-en', key: 7500, answer: '7500', right: true },
    { article: 'floods-en', key: 7500, answer: '7,500', right: true },
    { article: 'floods-en', key: 7500, answer: '7.500', right: true },
    { article: 'floods-en', key: 7500, answer: 'seven and a half thousand', right: true },
    { article: 'floods-en', key: 7500, answer: '7.5', right: false },
    { article: 'floods-en', key: 7500, answer: '750', right: false },
    // Wrong neighbours: a true decimal stays one, and its thousands reading is wrong.
    { article: 'lake-en', key: 2.375, answer: '2.375 kg', right: true },
    { article: 'lake-en', key: 2.375, answer: '2375 grams', right: true },
    { article: 'lake-en', key: 2.375, answer: '2375 kg', right: false },
    { article: 'lake-en', key: 2.375, answer: '2.4 kg', right: false },
    { article: 'water-ar', key: 1.25, answer: '1.250 دينار', right: true },
    { article: 'water-ar', key: 1.25, answer: 'دينار وربع', right: true },
    { article: 'water-ar', key: 1.25, answer: '1250 دينار', right: false },
  ]
  it.each(rows)('$article: $key ← «$answer» $right', ({ article, key, answer, right }) => {
    const q = questionKeyed(article, key)
    expect(q, `no numeric question keyed ${key}`).toBeDefined()
    expect(gradeQuestion(q!, answer).score === 1).toBe(right)
  })
})

describe('choices and false statements are written as the article writes its numbers', () => {
  const shown = (q: Question) =>
    q.type === 'single' ? q.choices.map((c) => Object.values(c.text)[0] as string) : q.type === 'boolean' ? [Object.values(q.prompt)[0] as string] : []
  const rows: { article: string; grouping: RegExp; never: RegExp }[] = [
    // Dots group thousands: 35.000 beside 45.000, never 35,000 (which the article would read as 35).
    { article: 'quake-ar', grouping: /\d\.\d{3}(?!\d)/u, never: /\d,\d{3}(?!\d)/u },
    { article: 'census-ar', grouping: /\d\.\d{3}(?!\d)/u, never: /\d,\d{3}(?!\d)/u },
    { article: 'floods-en', grouping: /\d\.\d{3}(?!\d)/u, never: /\d,\d{3}(?!\d)/u },
  ]
  it.each(rows)('$article', ({ article, grouping, never }) => {
    const texts = draftOf(article).quiz.questions.flatMap(shown)
    expect(texts.some((t) => grouping.test(t))).toBe(true)
    for (const t of texts) expect(t).not.toMatch(never)
  })

  it('a decimal comma article keeps its comma in the wrong values (1,5 metres beside 1,7 metres)', () => {
    const q = draftOf('floods-en').quiz.questions.find((x) => x.type === 'single' && x.choices.some((c) => /metres/u.test(c.text.en ?? '')))
    if (q?.type !== 'single') return expect(q?.type).toBe('single')
    const key = q.choices.find((c) => c.id === q.answer)!.text.en
    expect(key).toBe('1,5 metres')
    for (const c of q.choices) expect(c.text.en).toMatch(/^\d,\d metres$/u)
  })
})

describe('names with particles, a body named after a country, a title before a verb', () => {
  const rows: { text: string; lang: Lang; names: [Entity['kind'], string][]; not: string[] }[] = [
    {
      text: 'Egyptian President Abdel Fattah al-Sisi met the delegation on Sunday.',
      lang: 'en',
      names: [['person', 'Abdel Fattah al-Sisi']],
      not: ['Abdel Fattah'],
    },
    { text: 'Talks began after President Abdel Fattah el-Sisi arrived.', lang: 'en', names: [['person', 'Abdel Fattah el-Sisi']], not: ['Abdel Fattah'] },
    {
      text: 'European Commission President Ursula von der Leyen said the plan was ready.',
      lang: 'en',
      names: [
        ['organisation', 'European Commission'],
        ['person', 'Ursula von der Leyen'],
      ],
      not: ['European Commission President Ursula', 'Ursula'],
    },
    {
      text: 'Bank of England Governor Andrew Bailey said rates would fall.',
      lang: 'en',
      names: [
        ['organisation', 'Bank of England'],
        ['person', 'Andrew Bailey'],
      ],
      not: ['England'],
    },
    { text: 'The talks were joined by Princess Reema bint Bandar on Monday.', lang: 'en', names: [['person', 'Reema bint Bandar']], not: ['Reema'] },
    { text: 'The winner was Dutch coach Louis van Gaal, who retired.', lang: 'en', names: [['person', 'Louis van Gaal']], not: [] },
    {
      text: 'Saudi Crown Prince Mohammed bin Salman met the delegation.',
      lang: 'en',
      names: [['person', 'Mohammed bin Salman']],
      not: ['Crown Prince Mohammed bin Salman'],
    },
    { text: 'The prize went to Spanish writer Juan de la Cruz on Friday.', lang: 'en', names: [['person', 'Juan de la Cruz']], not: ['Juan'] },
    { text: 'Health Canada said on Friday it had recalled 12 brands.', lang: 'en', names: [['organisation', 'Health Canada']], not: ['Canada'] },
    { text: 'Prices rose 3 percent, Statistics Canada said on Monday.', lang: 'en', names: [], not: ['Canada'] },
    // Wrong neighbours: Canada alone, or in a sentence of its own, is a place.
    { text: 'Officials in Canada said prices rose 3 percent.', lang: 'en', names: [['place', 'Canada']], not: [] },
    {
      text: 'استقبل الرئيس المصري عبد الفتاح السيسي الوفد يوم الأحد.',
      lang: 'ar',
      names: [['person', 'عبد الفتاح السيسي']],
      not: ['عبد الفتاح'],
    },
    {
      text: 'وقال المدرب الهولندي لويس فان غال إن اللاعب يملك موهبة كبيرة.',
      lang: 'ar',
      names: [['person', 'لويس فان غال']],
      not: ['لويس', 'يملك موهبة', 'يملك'],
    },
    { text: 'وأكد المدرب أن اللاعب يحتاج إلى الراحة.', lang: 'ar', names: [], not: ['يحتاج'] },
    { text: 'وشاركت رئيسة المفوضية الأوروبية أورسولا فون دير لاين في اللقاء.', lang: 'ar', names: [['person', 'أورسولا فون دير لاين']], not: ['أورسولا'] },
    { text: 'وقال وزير الداخلية التركي علي يرلي كايا إن الحكومة أرسلت خياما.', lang: 'ar', names: [['person', 'علي يرلي كايا']], not: [] },
    { text: 'وأعلن نادي الزمالك أن لاعبه أحمد سيد زيزو سجل 14 هدفاً.', lang: 'ar', names: [['person', 'أحمد سيد زيزو']], not: ['أحمد سيد زيزو سجل'] },
    { text: 'وقال المسؤول إن عدد سكان محافظة حلب بلغ مليوني نسمة.', lang: 'ar', names: [['place', 'حلب']], not: ['حلب بلغ'] },
    { text: 'وقالت الإدارة إن الزلزال ضرب ولاية ملاطية فجر الاثنين.', lang: 'ar', names: [['place', 'ملاطية']], not: ['ملاطية فجر'] },
    // Wrong neighbours: a name starting with ي after a title, فإن after a name, a place's definite second word.
    { text: 'وقال المدرب يوسف الحسن إن الفريق جاهز.', lang: 'ar', names: [['person', 'يوسف الحسن']], not: [] },
    { text: 'وبحسب المدرب حسام حسن فإن المنتخب جاهز.', lang: 'ar', names: [['person', 'حسام حسن']], not: ['حسام حسن فإن المنتخب'] },
    { text: 'وقال إن محافظة حلب الشهباء تضم مدارس كثيرة.', lang: 'ar', names: [['place', 'حلب الشهباء']], not: [] },
  ]
  it.each(rows)('$text', ({ text, lang, names, not }) => {
    const { paragraphs } = parseArticle(text)
    const found = findEntities(paragraphs, collectFacts(paragraphs).words, lang)
    for (const [kind, name] of names) expect(found.find((e) => e.name === name)?.kind, name).toBe(kind)
    for (const name of not) expect(found.map((e) => e.name)).not.toContain(name)
  })
})

/** Every answer a question takes as right or offers: accepted texts and choices. */
function answersOf(q: Question): string[] {
  if (q.type === 'text') return q.answer.accepted
  if (q.type === 'single' || q.type === 'multiple') return q.choices.map((c) => Object.values(c.text)[0] as string)
  return []
}

describe('the drafts ask for whole names, never a place inside an agency or a verb after a title', () => {
  const rows: { article: string; kind: Entity['kind']; name: string }[] = [
    { article: 'summit-en', kind: 'person', name: 'Abdel Fattah al-Sisi' },
    { article: 'summit-en', kind: 'person', name: 'Ursula von der Leyen' },
    { article: 'summit-en', kind: 'person', name: 'Reema bint Bandar' },
    { article: 'summit-en', kind: 'person', name: 'Louis van Gaal' },
    { article: 'summit-en', kind: 'person', name: 'Luiz Inacio Lula da Silva' },
    { article: 'summit-en', kind: 'organisation', name: 'Health Canada' },
    { article: 'summit-ar', kind: 'person', name: 'عبد الفتاح السيسي' },
    { article: 'summit-ar', kind: 'person', name: 'لويس فان غال' },
    { article: 'summit-ar', kind: 'person', name: 'أحمد سيد زيزو' },
    { article: 'quake-ar', kind: 'person', name: 'علي يرلي كايا' },
    { article: 'quake-ar', kind: 'place', name: 'ملاطية' },
    { article: 'census-ar', kind: 'place', name: 'حلب' },
  ]
  it.each(rows)('$article: $kind $name', ({ article, kind, name }) => {
    const { paragraphs, facts, lang } = factsOf(article)
    expect(findEntities(paragraphs, facts.words, lang).find((e) => e.name === name)?.kind, name).toBe(kind)
  })

  const never: { article: string; answer: string; why: string }[] = [
    { article: 'summit-en', answer: 'Canada', why: 'the country of Health Canada' },
    { article: 'summit-en', answer: 'Abdel Fattah', why: 'al-Sisi is part of the name' },
    { article: 'summit-en', answer: 'Reema', why: 'bint Bandar is part of the name' },
    { article: 'summit-ar', answer: 'يملك موهبة', why: 'a verb after a title' },
    { article: 'summit-ar', answer: 'أحمد سيد زيزو سجل', why: 'a verb after a name' },
    { article: 'summit-ar', answer: 'غال', why: 'فان is part of the family name' },
    { article: 'census-ar', answer: 'حلب بلغ', why: 'a verb after a place' },
    { article: 'quake-ar', answer: 'ملاطية فجر', why: 'a time of day after a place' },
  ]
  it.each(never)('$article: never «$answer» ($why)', ({ article, answer }) => {
    for (const q of draftOf(article).quiz.questions) expect(answersOf(q), q.id).not.toContain(answer)
  })

  const graded: { article: string; name: string; answer: string; right: boolean }[] = [
    { article: 'summit-en', name: 'Abdel Fattah al-Sisi', answer: 'Sisi', right: true },
    { article: 'summit-en', name: 'Abdel Fattah al-Sisi', answer: 'el-Sisi', right: true },
    { article: 'summit-en', name: 'Abdel Fattah al-Sisi', answer: 'Abdel Fattah al-Sisi', right: true },
    { article: 'summit-en', name: 'Abdel Fattah al-Sisi', answer: 'Abdel Fattah', right: false },
    { article: 'summit-en', name: 'Abdel Fattah al-Sisi', answer: 'Faisal bin Farhan', right: false },
    { article: 'summit-en', name: 'Louis van Gaal', answer: 'van Gaal', right: true },
    { article: 'summit-en', name: 'Louis van Gaal', answer: 'Louis', right: false },
    { article: 'summit-ar', name: 'لويس فان غال', answer: 'فان غال', right: true },
    { article: 'summit-ar', name: 'لويس فان غال', answer: 'لويس فان غال', right: true },
    { article: 'summit-ar', name: 'لويس فان غال', answer: 'لويس', right: false },
    { article: 'summit-ar', name: 'لويس فان غال', answer: 'فيصل بن فرحان', right: false },
  ]
  it.each(graded)('$article: $name ← «$answer» $right', ({ article, name, answer, right }) => {
    const q = draftOf(article).quiz.questions.find((x) => x.type === 'text' && x.answer.accepted.includes(name))
    if (!q) return expect.fail(`no question asks for ${name}`)
    expect(gradeQuestion(q, answer).score === 1).toBe(right)
  })
})

describe('a title that writes a key with a dot grouping thousands gives it away', () => {
  const rows: { article: string; title: string; key: number; asked: boolean }[] = [
    { article: 'quake-ar', title: 'زلزال ملاطية يقتل 1.500 شخص', key: 1500, asked: false },
    { article: 'quake-ar', title: 'زلزال ملاطية يقتل ١.٥٠٠ شخص', key: 1500, asked: false },
    { article: 'census-ar', title: 'سكان حلب 2.345.678 نسمة', key: 2_345_678, asked: false },
    // Wrong neighbours: another number, or a scale word after the dot, shows nothing of the key.
    { article: 'quake-ar', title: 'زلزال ملاطية يقتل 1.600 شخص', key: 1500, asked: true },
    { article: 'quake-ar', title: 'خسائر زلزال ملاطية 1.500 مليار', key: 1500, asked: true },
  ]
  it.each(rows)('$article, «$title»: $key asked $asked', ({ article, title, key, asked }) => {
    const { quiz } = draftQuiz(CONVENTIONS_ARTICLES[article]!, { title })
    const { articleText, ...file } = quiz
    expect(checkQuiz(file, articleText, 'draft')).toEqual([])
    expect(quiz.questions.some((q) => q.type === 'numeric' && q.answer.value === key)).toBe(asked)
  })
})
