import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { checkQuiz } from '../../src/core/content-checks.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import { REVIEW_17_ARTICLES } from './draft-review-17-articles.ts'
import { REVIEW_19_ARTICLES } from './draft-review-19-articles.ts'
import { REVIEW_20_ARTICLES } from './draft-review-20-articles.ts'
import { expectEditorsDraft, expectMoneyIn, itAsksWithQuote, itFindsNames, itNeverAsks, keysOf, promptOf } from './draft-test-helpers.ts'

/**
 * The twentieth review of the drafter: genres earlier reviews covered least. `Minister for Education Helen McEntee` was
 * asked with `for Education Helen McEntee` for its key; «في محافظة إربد بلغ» with «إربد بلغ»; a headline's count in words
 * («واحد من كل خمسة مراهقين») was asked from the lead; `About one in four cats …` was asked «How many cats …?» (4); a
 * columnist's estimate («في تقديري لإنشاء عشرة ممرات») was asked as a fact; a story naming only Jordan's governorates left
 * its dinars unsettled, its lead's price per square metre unasked.
 */

const drafts = new Map(REVIEW_20_ARTICLES.map((a) => [a.name, draftQuiz(a.text, { lang: a.lang })]))
const quizOf = (name: string) => drafts.get(name)!.quiz
const read = (text: string) => {
  const found = collectFacts(parseArticle(`Title\n\n${text}`).paragraphs)
  return { facts: found.facts.map((f) => `${f.kind}:${f.value}:${f.unit}`), notes: found.notes.filter((n) => n.quote).map((n) => `${n.code}:${n.quote}`) }
}

describe('a title’s office is no part of the name; a place ends before a past verb of measure', () => {
  itFindsNames([
    {
      text: 'Minister for Education Helen McEntee said the results were good.',
      lang: 'en',
      names: ['person:Helen McEntee'],
      not: ['person:for Education Helen McEntee'],
    },
    { text: 'Secretary of State for Health Wes Streeting said the plan was late.', lang: 'en', names: ['person:Wes Streeting'], not: [] },
    { text: 'Minister of State Jack Chambers said it was late.', lang: 'en', names: ['person:Jack Chambers'], not: ['person:State Jack Chambers'] },
    {
      text: 'Minister for Housing and Local Government Darragh O’Brien said it was late.',
      lang: 'en',
      names: ['person:Darragh O’Brien'],
      not: ['person:for Housing'],
    },
    { text: 'The Minister for Health said it was late.', lang: 'en', names: [], not: ['person:for Health'] },
    // Wrong neighbours: an office before its title, a titled person of a body, a body for a field.
    { text: 'Education Minister Helen McEntee said the results were good.', lang: 'en', names: ['person:Helen McEntee'], not: [] },
    {
      text: 'planetary scientist Michele Dougherty of Imperial College London said it was late.',
      lang: 'en',
      names: ['person:Michele Dougherty', 'organisation:Imperial College London'],
      not: [],
    },
    { text: 'The Department for Education said 12 schools closed.', lang: 'en', names: ['organisation:Department for Education'], not: [] },
    { text: 'أظهر التقرير أن سعر المتر في محافظة إربد بلغ 410 دنانير.', lang: 'ar', names: ['place:إربد'], not: ['place:إربد بلغ'] },
    { text: 'وفي محافظة المفرق ارتفع عدد اللاجئين إلى 80 ألفا.', lang: 'ar', names: ['place:المفرق'], not: ['place:المفرق ارتفع'] },
    // Wrong neighbours: a place of two words after its head.
    { text: 'وصل الوفد إلى مدينة رأس الخيمة أمس.', lang: 'ar', names: ['place:رأس الخيمة'], not: [] },
    { text: 'زار الوزير منطقة وادي موسى أمس.', lang: 'ar', names: ['place:وادي موسى'], not: [] },
  ])
  itAsksWithQuote(quizOf, [
    {
      article: 'exam-results-en',
      key: 'Helen McEntee',
      quote: 'Minister for Education Helen McEntee said the results reflected "a year of hard work in very ordinary conditions"',
    },
  ])
  itNeverAsks(quizOf, [
    { article: 'exam-results-en', keys: ['for Education Helen McEntee'] },
    { article: 'housing-governorates-ar', keys: ['إربد بلغ'] },
  ])
  it('the prompt keeps the office', () => {
    const q = quizOf('exam-results-en').questions.find((x) => keysOf(x).includes('Helen McEntee'))!
    expect(promptOf(q)).toContain('Minister for Education ____ said')
  })
})

describe('a count the title gives in words is given away', () => {
  // Each row: a headline and a body, a count asked or not, and whether it is given away.
  const rows: { name: string; text: string; key: number; givenAway: boolean }[] = [
    {
      name: 'the same men',
      text: 'Three men jailed for bank fraud\n\nPolice said three men were jailed for six years on Monday after 12 victims lost a total of £40,000 to the scheme.\n\nThe court heard the men ran 25 fake accounts over 18 months.',
      key: 3,
      givenAway: true,
    },
    // Wrong neighbour: three of another thing.
    {
      name: 'three roads',
      text: 'Three men jailed for bank fraud\n\nPolice said three roads were closed for six hours on Monday after 12 cars crashed near the court.\n\nThe court heard the men ran 25 fake accounts over 18 months.',
      key: 3,
      givenAway: false,
    },
  ]
  it.each(rows)('$name', ({ text, key, givenAway }) => {
    const keys = draftQuiz(text).quiz.questions.flatMap((q) => keysOf(q))
    expect(keys.includes(key)).toBe(!givenAway)
  })
  itNeverAsks(quizOf, [{ article: 'smoking-ratios-ar', keys: [5] }])
  it('the library story no longer asks the three libraries its headline gives', () => {
    const article = REVIEW_19_ARTICLES.find((a) => a.name === 'library-correction-en')!
    const { questions } = draftQuiz(article.text, { lang: article.lang }).quiz
    expect(questions.flatMap((q) => keysOf(q))).not.toContain(3)
    // (The votes against and for, which the headline does not give, stay asked.)
    expect(questions.flatMap((q) => keysOf(q))).toContain(18)
  })
})

describe('a ratio’s «one in four» is no How-many', () => {
  it('the census asks its ratio as a cloze item', () => {
    const q = quizOf('wildcat-census-en').questions.find((x) => keysOf(x).includes(4))!
    expect(promptOf(q)).toContain('About one in ____ cats photographed')
    expect(promptOf(q)).not.toMatch(/^How many/u)
  })
  it('a hedge alone before the number still asks How many', () => {
    const { questions } = draftQuiz('Fighting in the east\n\nAbout 2,000 soldiers were killed in the fighting last month, officials said.').quiz
    expect(questions.map(promptOf)).toContain('How many soldiers were killed in the fighting last month?')
  })
})

describe('a figure in the writer’s own view is an opinion, not asked', () => {
  // Each row: a sentence, its facts (kind:value:unit), and its notes (code:quote).
  const rows: [string, string[], string[]][] = [
    [
      'وأعلنت الهيئة أنها ستنفق 900 مليون درهم خلال 5 سنوات، وهو مبلغ كان يكفي في تقديري لإنشاء عشرة ممرات مماثلة.',
      ['count:900000000:count', 'time:5:year'],
      ['currency-unknown:900 مليون درهم', 'opinion:عشرة'],
    ],
    ['في رأيي، يحتاج المشروع 20 عاما على الأقل.', [], ['opinion:20 عاما']],
    ['لكنني أرى أن 3 ممرات تكفي.', [], ['opinion:3']],
    ['I think the scheme will need 20 more buses.', [], ['opinion:20']],
    ['In my view, 40 per cent is too high.', [], ['opinion:40 per cent']],
    // Wrong neighbours: a view after the figure is about it, a word of views no view. (Others' views are opinions too
    // since review 22: «يرى كثيرون أن …», `The firm thinks …`.)
    ['ويرى كثيرون أن المدينة تحتاج 300 حافلة.', [], ['opinion:300']],
    ['The council said it would buy 40 buses, which I believe is too few.', ['count:40:count'], []],
    ['وقال الوزير إن الرأي العام يؤيد الخطة بنسبة 60 في المئة.', ['percent:60:percent'], []],
    ['The firm thinks 300 jobs will go.', [], ['opinion:300']],
    ['وأرى 5 أطفال يلعبون في الشارع.', ['people:5:person'], []],
  ]
  it.each(rows)('%s', (text, facts, notes) => {
    expect(read(text)).toEqual({ facts, notes })
  })
  itNeverAsks(quizOf, [{ article: 'buses-opinion-ar', keys: [10] }])
  itAsksWithQuote(quizOf, [
    { article: 'buses-opinion-ar', key: 5, quote: 'وأعلنت الهيئة الشهر الماضي أنها ستنفق 900 مليون درهم على تجديد الأسطول خلال 5 سنوات' },
  ])
})

describe('a ratio is one fact, asked as written', () => {
  // Each row: a sentence, its facts (kind:value:unit), its ratios (first/second) and its notes (code:quote).
  const rows: [string, string[], string[], string[]][] = [
    ['وأن نسبة المدخنين بين الذكور والإناث تبلغ 3 إلى 1.', [], ['3/1'], []],
    ['Men outnumber women in a ratio of 3 to 1 among smokers.', [], ['3/1'], []],
    ['The ratio of nurses to patients was 1 to 8 on the wards.', [], ['1/8'], []],
    // Wrong neighbours: a range after «بين», a range of multiples, a range with no ratio, a change.
    ['وتراوحت نسبة البطالة بين 5 إلى 9.', [], [], ['range:5 إلى 9']],
    ['ونسبة النجاح 2 إلى 3 أضعاف.', [], [], ['range:2 إلى 3']],
    ['The council cut 20 to 30 jobs.', [], [], ['range:20 to 30']],
    ['ارتفعت نسبة البطالة من 5 إلى 9 في المئة.', ['count:5:count', 'percent:9:percent'], [], []],
  ]
  it.each(rows)('%s', (text, facts, ratios, notes) => {
    const found = collectFacts(parseArticle(`Title\n\n${text}`).paragraphs)
    expect(read(text)).toEqual({ facts, notes })
    expect(found.scores.filter((s) => s.ratio).map((s) => `${s.home}/${s.away}`)).toEqual(ratios)
  })
  it('the survey asks its ratio, right in its order only', () => {
    const q = quizOf('smoking-ratios-ar').questions.find((x) => x.id.startsWith('ratio-'))!
    expect(promptOf(q)).toMatch(/^اكتب النسبة كما وردت في المقال: .*تبلغ ____»$/u)
    expect(q.evidence.quote).toBe('وأن نسبة المدخنين بين الذكور والإناث تبلغ 3 إلى 1.')
    for (const [typed, right] of [
      ['3 إلى 1', true],
      ['3:1', true],
      ['٣ إلى ١', true],
      ['1 إلى 3', false],
      ['1:3', false],
      ['3', false],
    ] as const)
      expect(gradeQuestion(q, typed).correct, typed).toBe(right)
  })
})

describe('Jordan’s towns settle its dinars', () => {
  itFindsNames([{ text: 'وخصصت الحكومة 25 مليون دينار لصيانة الطرق في محافظتي الكرك والطفيلة.', lang: 'ar', names: ['place:الكرك', 'place:الطفيلة'], not: [] }])
  it('the housing story’s dinars and the cabinet’s are Jordan’s', () => {
    expectMoneyIn(quizOf('housing-governorates-ar'), 'JOD')
    const cabinet = REVIEW_17_ARTICLES.find((a) => a.name === 'cabinet-decisions-ar')!
    expectMoneyIn(draftQuiz(cabinet.text, { lang: cabinet.lang }).quiz, 'JOD')
  })
  itAsksWithQuote(quizOf, [
    {
      article: 'housing-governorates-ar',
      key: 410,
      quote: 'أظهر تقرير لجمعية المستثمرين في قطاع الإسكان أن متوسط سعر المتر المربع للشقق السكنية في محافظة إربد بلغ 410 دنانير خلال العام الماضي',
    },
  ])
  it('an article naming no town of a dinar keeps it as written', () => {
    const { notes } = draftQuiz(
      'الحكومة تخصص مبالغ للطرق\n\nوخصصت الحكومة 25 مليون دينار لصيانة الطرق المتضررة في المدينة، وقال الوزير إن العمل سيبدأ خلال 3 أشهر.',
    )
    expect(notes.map((n) => n.code)).toContain('currency-unknown')
  })
})

describe('the review’s articles are editors’ drafts', () => {
  it.each([
    ['composer-obituary-ar', 10],
    ['housing-governorates-ar', 10],
    ['smoking-ratios-ar', 9],
    ['wildcat-census-en', 10],
    ['exam-results-en', 10],
  ] as const)('%s', (name, least) => {
    expectEditorsDraft(quizOf(name), least)
  })
  // A column's paragraphs of opinion are paragraphs no question asks about: the content checks and the count only, and no
  // quote of the writer's view.
  it('buses-opinion-ar', () => {
    const { articleText, ...file } = quizOf('buses-opinion-ar')
    expect(checkQuiz(file, articleText, 'draft')).toEqual([])
    expect(file.questions.length).toBeGreaterThanOrEqual(8)
    for (const q of file.questions) expect(q.evidence.quote).not.toMatch(/رأيي|تقديري|أعتقد|أرى/u)
  })
})
