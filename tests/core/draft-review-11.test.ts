import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import type { Lang, Question } from '../../src/core/quiz-schema.ts'
import { REVIEW_11_ARTICLES } from './draft-review-11-articles.ts'
import { expectEditorsDraft, expectMoneyIn, itAsksWithQuote, itFindsNames, itNeverAsks, keysOf, promptOf } from './draft-test-helpers.ts'

/**
 * The eleventh review of the drafter, on four articles of kinds the other tests lack (an Egyptian league match report, an
 * Iraqi provincial election, a European asteroid probe's launch, a Welsh court report), read as an editor reads a draft.
 * Run on the drafter as it was (c57a067), 34 of these 73 tests failed. Found and fixed, each by a general rule with its
 * wrong neighbours: scores — «الأهلي يهزم الإسماعيلي 2-1» in the headline was no score (no present tense of a match's
 * verb, and «ويقلص» after it read as what 2-1 counts), so the body's «بنتيجة 2-1» was asked under a title giving it away,
 * and «بنتيجة 2-1 مساء الخميس» was a range; units — «1.2 billion km (746 million mile)» was two facts, the miles asked as a
 * question of their own beside a blank for the kilometres, and «38,000 km/h (23,600mph)» showed the conversion beside the
 * blank: a measure restated in brackets in another unit of the quiz is now one fact, its bracket hidden, as review 10 did
 * for imperial units; names — bodies whose first word has «ال» (المفوضية العليا المستقلة للانتخابات، الجهاز المركزي
 * للإحصاء، البنك المركزي العراقي، الهيئة العامة للإحصاء) were no bodies; a match's players and referee («مهاجمه الغاني كوفي
 * منساه», «البديل يوسف حمدي», «الحكم شريف منير», «مدافع الإسماعيلي عمر الكردي») were no people; "GMT" was an organisation;
 * towns no table holds after a body ("Glan Clwyd Hospital in Bodelwyddan") or after an age ("Dylan Pritchard, 34, from
 * Abergele") were no places; a city in a stadium's name was asked «على استاد ____ الدولي» (review 9's cup final).
 */

const drafts = new Map(REVIEW_11_ARTICLES.map((a) => [a.name, draftQuiz(a.text, { lang: a.lang })]))
const quizOf = (name: string) => drafts.get(name)!.quiz
const choicesOf = (q: Question) => (q.type === 'single' ? q.choices.map((c) => Object.values(c.text)[0] as string) : [])

/** The facts read in a text, as `value unit`, and its scores, as `home-away`. */
const read = (text: string) => {
  const found = collectFacts(parseArticle(text).paragraphs)
  return { facts: found.facts.map((f) => `${f.value} ${f.unit}`), scores: found.scores.map((s) => `${s.home}-${s.away}`) }
}

describe('a score the headline gives is not asked', () => {
  // Each row: a headline, a body, and whether a score question is drafted.
  const rows: { title: string; body: string; asked: boolean }[] = [
    {
      title: 'الأهلي يهزم الإسماعيلي 2-1 ويقلص الفارق مع المتصدر',
      body: 'حقق الأهلي فوزاً صعباً على ضيفه الإسماعيلي بنتيجة 2-1 مساء الخميس في القاهرة أمام 40 ألف متفرج.',
      asked: false,
    },
    {
      title: 'الهلال يفوز على النصر بهدفين مقابل هدف',
      body: 'فاز الهلال على النصر بنتيجة 2-1 مساء السبت في الرياض أمام 60 ألف متفرج.',
      asked: false,
    },
    { title: 'Arsenal beat Chelsea 3-1 to go top', body: 'Arsenal beat Chelsea 3-1 at the Emirates on Sunday in front of 60,000 fans.', asked: false },
    // Wrong neighbours: a headline with another score, or none.
    {
      title: 'الأهلي يهزم الإسماعيلي 3-1 في الكأس',
      body: 'حقق الأهلي فوزاً صعباً على ضيفه الإسماعيلي بنتيجة 2-1 مساء الخميس في القاهرة أمام 40 ألف متفرج.',
      asked: true,
    },
    {
      title: 'الأهلي يقلص الفارق مع المتصدر',
      body: 'حقق الأهلي فوزاً صعباً على ضيفه الإسماعيلي بنتيجة 2-1 مساء الخميس في القاهرة أمام 40 ألف متفرج.',
      asked: true,
    },
  ]
  it.each(rows)('$title', ({ title, body, asked }) => {
    const lang: Lang = /[a-z]/u.test(title) ? 'en' : 'ar'
    const { quiz, notes } = draftQuiz(`${title}\n\n${body}`, { lang })
    expect(quiz.questions.some((q) => q.id.startsWith('score-'))).toBe(asked)
    if (!asked) expect(notes.some((n) => n.code === 'given-away')).toBe(true)
  })

  // Each row: a text and the scores read in it: a match's present tense, and «و» before a verb opening the next clause.
  const scores: [text: string, scores: string[]][] = [
    ['الأهلي يهزم الإسماعيلي 2-1 ويقلص الفارق مع المتصدر', ['2-1']],
    ['الزمالك يتغلب على المصري 3-0 ويتصدر الدوري', ['3-0']],
    ['حقق الأهلي فوزاً على الإسماعيلي بنتيجة 2-1 مساء الخميس في القاهرة.', ['2-1']],
    // Wrong neighbours: a range before what it counts, a range with no match.
    ['فازت القائمة بـ 10-12 مقعداً في الانتخابات', []],
    ['The party won 120-130 seats in the election', []],
  ]
  it.each(scores)('%s', (text, found) => expect(read(text).scores).toEqual(found))
})

describe('a measure restated in brackets in another unit of the quiz is one fact, the bracket hidden', () => {
  const rows: [text: string, facts: string[]][] = [
    ['A spacecraft lifted off on a 1.2 billion km (746 million mile) journey to an asteroid.', ['1200000000 kilometre']],
    ['It passes within 7.5 million km (4.7 million miles) of Earth every 11 years.', ['7500000 kilometre', '11 year']],
    ['The car reached 120 km/h (75 mph) on the bypass near Leeds.', ['120 kilometre-per-hour']],
    ['The road is 12 miles (19km) long and runs past Leeds.', ['12 mile']],
    ['وقطع المسبار 1.2 مليار كيلومتر (746 مليون ميل) في رحلته.', ['1200000000 kilometre']],
    // Wrong neighbours: a bracket that is no conversion (another distance, a count), a bracket of another dimension.
    ['He ran 5km (10 miles) in Leeds on Sunday.', ['5 kilometre', '10 mile']],
    ['The party won 95 seats (up from 80) in Leeds.', ['95 count', '80 count']],
    ['The lorry carried 20 tonnes (40 km) of grain to Leeds.', ['20 tonne', '40 kilometre']],
  ]
  it.each(rows)('%s', (text, facts) => expect(read(text).facts).toEqual(facts))

  it('asteroid-en: no question on the miles or mph, and no prompt shows a conversion beside its blank', () => {
    for (const q of quizOf('asteroid-en').questions) {
      expect(keysOf(q)).not.toContain(746000000)
      expect(keysOf(q)).not.toContain(23600)
      expect(promptOf(q)).not.toMatch(/____\s*\(\d/u)
      for (const c of choicesOf(q)) expect(c).not.toMatch(/mile|mph/u)
    }
  })

  // A reader who gives the bracket's figure gives the key (the grader converts it).
  const answers: [answer: string, right: boolean][] = [
    ['1.2 billion km', true],
    ['746 million miles', true],
    ['746 million km', false],
    ['1.2 million km', false],
  ]
  it.each(answers)('asteroid-en, the journey: %s', (answer, right) => {
    const questions = quizOf('asteroid-en').questions
    const q = questions.find((x) => x.type === 'numeric' && x.answer.value === 1200000000)
    expect(q).toBeDefined()
    expect(gradeQuestion(q!, answer, questions).correct).toBe(right)
  })
})

describe('names whole and right', () => {
  type NameRow = { text: string; lang: Lang; names: string[]; not: string[] }
  const rows: NameRow[] = [
    // A definite body with its adjectives, and the field it is for.
    {
      text: 'وأعلنت المفوضية العليا المستقلة للانتخابات أن نسبة المشاركة بلغت 41 في المئة.',
      lang: 'ar',
      names: ['organisation:المفوضية العليا المستقلة للانتخابات'],
      not: [],
    },
    { text: 'وبحسب الجهاز المركزي للإحصاء، يبلغ عدد السكان 46 مليون نسمة.', lang: 'ar', names: ['organisation:الجهاز المركزي للإحصاء'], not: [] },
    { text: 'وقالت الهيئة العامة للإحصاء إن معدل البطالة تراجع إلى 7 في المئة.', lang: 'ar', names: ['organisation:الهيئة العامة للإحصاء'], not: [] },
    { text: 'وصرف البنك المركزي العراقي 300 مليار دينار على دفعتين.', lang: 'ar', names: ['organisation:البنك المركزي العراقي'], not: [] },
    {
      text: 'وأجرى المركز العراقي للدراسات الاستراتيجية استطلاعاً شمل 2000 شخص.',
      lang: 'ar',
      names: ['organisation:المركز العراقي للدراسات الاستراتيجية'],
      not: [],
    },
    { text: 'ثم الحزب الديمقراطي الكردستاني بـ18 مقعداً في البرلمان.', lang: 'ar', names: ['organisation:الحزب الديمقراطي الكردستاني'], not: [] },
    {
      text: 'وبحسب الجهاز المركزي للتعبئة العامة والإحصاء، ارتفع التضخم إلى 12 في المئة.',
      lang: 'ar',
      names: ['organisation:الجهاز المركزي للتعبئة العامة والإحصاء'],
      not: [],
    },
    // A body's short name is the longer one it starts, no second body (a wrong choice beside it).
    {
      text: 'قرر البنك المركزي المصري رفع الفائدة 6 في المئة.\nوقال محافظ البنك المركزي حسن عبد الله إن القرار ضروري.',
      lang: 'ar',
      names: ['organisation:البنك المركزي المصري'],
      not: ['organisation:البنك المركزي'],
    },
    // Wrong neighbours: a place in a ranking, a head with no adjective, a body of this time.
    { text: 'وبهذا الفوز رفع الأهلي رصيده إلى 58 نقطة في المركز الثاني.', lang: 'ar', names: [], not: ['organisation:المركز الثاني'] },
    { text: 'وقال إن البنك رفع سعر الفائدة إلى 5 في المئة.', lang: 'ar', names: [], not: ['organisation:البنك'] },
    { text: 'وقرر المجلس الحالي رفع الرسوم 10 في المئة.', lang: 'ar', names: [], not: ['organisation:المجلس الحالي'] },
    { text: 'وقال إن البنك المحلي رفع سعر الفائدة إلى 5 في المئة.', lang: 'ar', names: [], not: ['organisation:البنك المحلي'] },
    // A match's players and officials.
    { text: 'وتقدم الإسماعيلي بهدف مبكر سجله مهاجمه الغاني كوفي منساه في الدقيقة 9.', lang: 'ar', names: ['person:كوفي منساه'], not: ['person:كوفي'] },
    { text: 'وفي الدقيقة 78، أحرز البديل يوسف حمدي هدف الفوز برأسية.', lang: 'ar', names: ['person:يوسف حمدي'], not: [] },
    { text: 'فيما أشهر الحكم شريف منير 5 بطاقات صفراء في المباراة.', lang: 'ar', names: ['person:شريف منير'], not: [] },
    { text: 'وطرد مدافع الإسماعيلي عمر الكردي في الدقيقة 88 بعد الإنذار الثاني.', lang: 'ar', names: ['person:عمر الكردي'], not: [] },
    // Wrong neighbours: a noun with its pronoun after a titled first name, a verdict.
    { text: 'وقاد المدرب أحمد فريقه نحو الفوز في الدقيقة الأخيرة.', lang: 'ar', names: [], not: ['person:أحمد فريقه'] },
    { text: 'وأصدرت المحكمة الحكم بعد جلسة استمرت 3 ساعات.', lang: 'ar', names: [], not: ['person:بعد'] },
    { text: 'وقالت المحكمة إن الحكم نهائي وغير قابل للطعن.', lang: 'ar', names: [], not: ['person:نهائي'] },
    { text: 'وقال مدرب الفريق إن مهاجمه يعاني من الإصابة منذ شهرين.', lang: 'ar', names: [], not: ['person:يعاني'] },
    // A time zone is no body; a town no table holds after a body's name, after an age, or before its country.
    {
      text: 'The probe lifted off at 10:14 local time (13:14 GMT), and controllers received its first signal at 14:31 GMT.',
      lang: 'en',
      names: [],
      not: ['organisation:GMT'],
    },
    {
      text: 'The probe blasted off from the Guiana Space Centre in Kourou on Tuesday.',
      lang: 'en',
      names: ['organisation:Guiana Space Centre', 'place:Kourou'],
      not: [],
    },
    { text: 'Mr Evans died at Glan Clwyd Hospital in Bodelwyddan two days later.', lang: 'en', names: ['place:Bodelwyddan'], not: [] },
    { text: 'Dylan Pritchard, 34, from Abergele, admitted causing death by dangerous driving.', lang: 'en', names: ['place:Abergele'], not: [] },
    { text: 'The camera was built by engineers in Darmstadt, Germany, over nine years.', lang: 'en', names: ['place:Darmstadt'], not: [] },
    // Wrong neighbours: a capitalised word after "in" or "from" with nothing to say it is a town.
    { text: 'The probe was tested in Harwell before the launch last year.', lang: 'en', names: [], not: ['place:Harwell'] },
    { text: 'The report came from Reeves after the budget last year.', lang: 'en', names: [], not: ['place:Reeves'] },
  ]
  itFindsNames(rows)
})

describe('drafts of four new kinds of article, read as an editor reads them', () => {
  // Each row: an article, a key some question has, and the exact quote backing it.
  const rows: { article: string; key: string | number; quote: string }[] = [
    { article: 'league-eg', key: 'كوفي منساه', quote: 'وتقدم الإسماعيلي بهدف مبكر سجله مهاجمه الغاني كوفي منساه في الدقيقة 9' },
    { article: 'league-eg', key: 'يوسف حمدي', quote: 'أحرز البديل يوسف حمدي هدف الفوز برأسية إثر ركلة ركنية نفذها لاعب الوسط التونسي أيمن الطرابلسي' },
    {
      article: 'election-iq',
      key: 'سلوى الجنابي',
      quote: 'وقالت المتحدثة باسم المفوضية سلوى الجنابي في مؤتمر صحافي إن عدد المقاعد المتنافس عليها بلغ 285 مقعداً في 15 محافظة',
    },
    {
      article: 'asteroid-en',
      key: 1200000000,
      quote:
        'A European spacecraft has lifted off from French Guiana on a 1.2 billion km (746 million mile) journey to an asteroid that scientists say has a small chance of striking Earth later this century.',
    },
    {
      article: 'court-wales',
      key: 4.5,
      quote: 'A van driver who was looking at his phone when he hit and killed a cyclist on the A55 has been jailed for four years and six months.',
    },
  ]
  itAsksWithQuote(quizOf, rows)

  // Each row: an article and keys no question may have.
  const never: { article: string; keys: (string | number)[] }[] = [
    { article: 'league-eg', keys: ['2-1', 'كوفي', 'القاهرة'] },
    { article: 'election-iq', keys: ['المفوضية العليا المستقلة للانتخابات'] },
    { article: 'asteroid-en', keys: [746000000, 23600, 'GMT', 4700000] },
  ]
  itNeverAsks(quizOf, never)

  it('league-eg: no blank inside the stadium’s name', () => {
    for (const q of quizOf('league-eg').questions) expect(promptOf(q)).not.toMatch(/استاد\s+____/u)
  })

  // A sentence of years and months is right in any of its forms, and wrong as either part alone.
  const sentences: [answer: string, right: boolean][] = [
    ['four years and six months', true],
    ['4 years and 6 months', true],
    ['54 months', true],
    ['4.5 years', true],
    ['4 years', false],
    ['6 months', false],
    ['5 years', false],
  ]
  it.each(sentences)('court-wales, the sentence: %s', (answer, right) => {
    const questions = quizOf('court-wales').questions
    const q = questions.find((x) => x.type === 'numeric' && x.answer.value === 4.5)
    expect(q).toBeDefined()
    expect(gradeQuestion(q!, answer, questions).correct).toBe(right)
  })

  const currencies: [article: string, currency: string][] = [
    ['election-iq', 'IQD'],
    ['asteroid-en', 'EUR'],
    ['court-wales', 'GBP'],
  ]
  it.each(currencies)('%s: money in %s', (article, currency) => expectMoneyIn(quizOf(article), currency))

  it.each(REVIEW_11_ARTICLES.map((a) => [a.name, a.lang] as const))('%s: passes the content checks, asks people, in its own language', (name, lang) => {
    expectEditorsDraft(quizOf(name), 10)
    const questions = quizOf(name).questions
    expect(questions.filter((q) => q.id.startsWith('who-') || q.id.startsWith('choice-who')).length).toBeGreaterThanOrEqual(1)
    for (const q of questions) {
      if (lang === 'ar') expect(promptOf(q)).not.toMatch(/[A-Za-z]{2,}/u)
      else expect(promptOf(q)).not.toMatch(/[\u0600-\u06FF]/u)
      expect(Object.keys(q.prompt)).toEqual([lang])
    }
  })
})
