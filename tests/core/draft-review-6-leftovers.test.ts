import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { findMentions } from '../../src/core/draft/mentions.ts'
import { clauseSpans, sentenceSpans } from '../../src/core/draft/sentences.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import type { Lang, Question } from '../../src/core/quiz-schema.ts'
import { namesIn, promptOf } from './draft-test-helpers.ts'

/**
 * The sixth review's leftovers, each a general rule with its wrong neighbours, on short passages written for
 * these tests in the style of the news (any likeness to real people is chance): a month's abbreviation beside
 * a day is a month; «يوما واحدا» counts a day, «فلساً واحداً» is a currency's part; a value below zero has wrong
 * values below zero; «تصل إلى» keeps its "up to"; a job before a name is no part of it, a body's initials or
 * its last word make no person; a quote is never cut inside a date.
 */

const choicesOf = (q: Question) => (q.type === 'single' ? q.choices.map((c) => Object.values(c.text)[0] as string) : [])

/** The facts read in one sentence, as `value unit [as written]`. */
function factsIn(text: string): string[] {
  const { paragraphs } = parseArticle(text)
  return collectFacts(paragraphs).facts.map((f) => `${f.value} ${f.unit} [${text.slice(f.mention.start, f.mention.end)}]`)
}

describe('a short month beside a day is a month of a date', () => {
  // Each row: a sentence and the dates read in it (month × 100 + day, with the year × 10,000 when it has one).
  const rows: { text: string; dates: number[] }[] = [
    { text: 'The ferry service was suspended on Jan 24 after the storm, the operator said.', dates: [124] },
    { text: 'The ferry service was suspended on 24 Jan after the storm, the operator said.', dates: [124] },
    { text: 'Repairs began on Feb. 3 and should be finished by Aug. 29, the council said.', dates: [203, 829] },
    { text: 'The tribunal will sit again on Sept 15, 2026, in Limerick.', dates: [20260915] },
    { text: 'Nominations close on Oct. 9 and polling day is 29 Nov, officials said.', dates: [1009, 1129] },
    { text: 'Ticket sales opened on 2 Dec. and sold out within hours.', dates: [1202] },
    // A month's period after its day ends the sentence before a capital: «Two» starts the next one, it is no year.
    { text: 'The attack happened on 14 Jan. Two men were later arrested in Galway.', dates: [114] },
    { text: 'Results are due on 3 Nov. Counting will start at nine in the morning.', dates: [1103] },
  ]
  it.each(rows)('$text', ({ text, dates }) => {
    const read = factsIn(text).filter((f) => / date \[/u.test(f))
    expect(read.map((f) => Number(f.split(' ')[0]))).toEqual(dates)
    // No name takes the month in.
    expect(namesIn(text, 'en').filter((n) => /\b(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\b/u.test(n))).toEqual([])
  })

  // Away from a number and beside another name, a month's name is a person's (analyst Jan Murphy, Theresa May);
  // after a word that takes a month (in Jan, between March and May) it stays a month.
  it.each([
    ['Footfall fell 40% in Jan compared with Dec, analyst Jan Murphy said.', ['person:Jan Murphy']],
    ['Prime Minister Theresa May said the deal would pass in May.', ['person:Theresa May']],
    ['Prices rose between March and May, the agency said.', []],
    ['Voting closes on Dec 3 and counting begins on Dec. 4, officials said.', []],
  ])('%s', (text, names) => {
    expect(namesIn(text, 'en')).toEqual(names)
  })

  // Wrong neighbours: the next sentence's first word is a year only when it is one; UN is no «un» (one).
  it.each([
    ['The plant was shut on Jan. 5 after a fire, officials said.', ['105 date [Jan. 5]']],
    ['Talks resume on 12 Jan. in Geneva, the UN said.', ['112 date [12 Jan]']],
    ['It launched on Nov. 3, 2025, with 120 people on board.', ['20251103 date [Nov. 3, 2025]', '120 person [120 people]']],
  ])('%s', (text, facts) => {
    expect(factsIn(text)).toEqual(facts)
  })

  it('a month beside a day is asked as a date, with dates to choose from', () => {
    const { quiz } = draftQuiz(`Council sets date for flood works

Mayo County Council said work on the new flood wall in Ballina would begin on Feb. 3, weeks later than planned.

Engineers said the wall would be finished by Aug 29, weather permitting, at a cost of €4.2 million.

Traders said footfall in the town had fallen by 40% since the flood of 14 Jan.`)
    const dated = quiz.questions.filter((q) => (q.type === 'numeric' && q.answer.unit === 'date') || /^(?:choice|true|false)-date/u.test(q.id))
    expect(dated.length).toBeGreaterThan(0)
    for (const q of quiz.questions) {
      if (q.type === 'text') for (const a of q.answer.accepted) expect(a).not.toMatch(/\b(?:Jan|Feb|Aug)\b/u)
    }
  })
})

describe('«واحد» after a noun of a unit counts one of it', () => {
  // Each row: a sentence and its facts. With its tanween or without (the alef alone), masculine or feminine.
  const rows: { text: string; facts: string[] }[] = [
    { text: 'وقالت الأرصاد إن المنخفض سيستمر يوما واحدا فقط قبل أن تعود الأجواء المستقرة.', facts: ['1 day [يوما واحدا]'] },
    { text: 'وقالت الأرصاد إن المنخفض سيستمر يوماً واحداً فقط قبل أن تعود الأجواء المستقرة.', facts: ['1 day [يوماً واحداً]'] },
    { text: 'وأغلقت الشرطة الطريق الدولي ساعة واحدة صباح الجمعة لإزالة الحطام.', facts: ['1 hour [ساعة واحدة]'] },
    { text: 'واستمر إضراب المعلمين شهرا واحدا قبل التوصل إلى اتفاق مع الوزارة.', facts: ['1 month [شهرا واحدا]'] },
    { text: 'وقضت المحكمة بسجنه عاما واحدا مع وقف التنفيذ.', facts: ['1 year [عاما واحدا]'] },
    // Wrong neighbours: one as a word of «one» (a night, a person), the definite one, a time of day, a number that counts.
    { text: 'وأقام الوفد في العاصمة لليلة واحدة قبل أن يغادر إلى القاهرة.', facts: [] },
    { text: 'وأصيب شخص واحد بجروح طفيفة في الحادث.', facts: [] },
    { text: 'وبدأ الإضراب عند الساعة الواحدة ظهراً يوم الأحد.', facts: [] },
    { text: 'واستمر إضراب المعلمين ثلاثة أشهر قبل التوصل إلى اتفاق.', facts: ['3 month [ثلاثة أشهر]'] },
  ]
  it.each(rows)('$text', ({ text, facts }) => {
    expect(factsIn(text)).toEqual(facts)
  })

  // A currency's part, one of it: an amount in the currency the article names (a fils is 0.001 of a dinar, a piastre
  // 0.01 of a pound), as the content checks read currency parts.
  const FUEL = `الحكومة ترفع أسعار المحروقات للشهر الثاني

قررت لجنة تسعير المشتقات النفطية في الأردن رفع سعر لتر البنزين الخالي من الرصاص فلساً واحداً ليصبح 950 فلساً اعتباراً من يوم الجمعة.

وأبقت اللجنة سعر أسطوانة الغاز المنزلي عند 7 دنانير، فيما رفعت سعر لتر الكاز 15 فلساً.

وقالت وزارة الطاقة إن أسعار النفط العالمية ارتفعت بنسبة 4.2% خلال الشهر الماضي.`
  it('«فلساً واحداً» in an article naming its dinar is 0.001 of it, and a question on it is keyed so', () => {
    const { paragraphs } = parseArticle(FUEL)
    const facts = collectFacts(paragraphs).facts.map((f) => `${f.value} ${f.unit}`)
    expect(facts).toContain('0.001 JOD')
    expect(facts).not.toContain('1 count')
    const { quiz } = draftQuiz(FUEL)
    const q = quiz.questions.find((x) => x.type === 'numeric' && x.answer.value === 0.001 && x.answer.unit === 'JOD')
    expect(q).toBeDefined()
    // Each row: a reader's answer and whether it is right.
    for (const [answer, right] of [
      ['فلس واحد', true],
      ['فلسا واحدا', true],
      ['1 فلس', true],
      ['0.001 دينار', true],
      ['10 فلوس', false],
      ['دينار', false],
      ['1', false],
    ] as const)
      expect(gradeQuestion(q!, answer).correct, answer).toBe(right)
  })
})

describe('a value below zero has wrong values below zero', () => {
  const ARTICLES = [
    `Big freeze grips the Highlands

Temperatures fell to -27C in the village of Dalwhinnie on Monday night, the Met Office said, the lowest in Britain this winter.

In Inverness the thermometer read -14.5 degrees Celsius at dawn, forecasters said, while Aviemore recorded -21C.

Some 3,200 homes lost power, and 140 schools were closed across Aberdeenshire and Moray on Tuesday.

Highs of 2C are forecast for Friday, when a milder wind is expected to reach the north-east.`,
    `موجة صقيع تضرب الشمال

انخفضت درجات الحرارة في بلدة الرويشد إلى -12 درجة مئوية فجر الأحد، وهي الأدنى منذ 9 سنوات، وفق دائرة الأرصاد الجوية.

وسجلت محطة رصد الصفاوي -9.5 درجة مئوية، فيما بلغت الحرارة في عمّان 3 درجات مئوية.

وتراجع مؤشر بورصة عمّان بنسبة -2.5% يوم الاثنين، بعد أن ارتفع 3.1% الأسبوع الماضي.

وقالت وزارة الأشغال إن فرقها فتحت 46 طريقا أغلقها الجليد خلال 24 ساعة.`,
    `Cold snap grips the north

Temperatures fell to -38C in the village of Braemar on Monday night, the Met Office said, the lowest reading in Britain since 1995.

Roads across Aberdeenshire were closed after up to 40cm of snow fell, and 3,200 homes lost power, officials said.

Shares in the ferry operator CalMac Holdings fell -2.5% on Tuesday after it cancelled 120 sailings.

In Inverness the thermometer read -14.5 degrees Celsius at dawn, forecasters said, while Aviemore recorded -21C.

The cold is expected to last until Friday, when highs of 3C are forecast.`,
  ]
  const drafts = ARTICLES.map((text) => draftQuiz(text).quiz)

  it('every choice of a negative key is negative, and no choice of a positive key is', () => {
    let negatives = 0
    for (const quiz of drafts) {
      for (const q of quiz.questions) {
        if (q.type !== 'single' || !q.choices.every((c) => c.id.startsWith('v'))) continue
        const choices = choicesOf(q)
        const key = Object.values(q.choices.find((c) => c.id === q.answer)!.text)[0] as string
        const negative = /(?:^|\s)-\d/u.test(key)
        if (negative) negatives++
        for (const c of choices) expect(/(?:^|\s)-\d/u.test(c), `${key}: ${choices.join(' / ')}`).toBe(negative)
      }
    }
    expect(negatives).toBeGreaterThan(0)
  })

  it('a false statement about a value below zero states another value below zero', () => {
    const statements = drafts.flatMap((quiz) => quiz.questions.filter((q) => q.type === 'boolean' && q.answer === false))
    const negative = statements.filter((q) => /-\d/u.test(q.evidence.quote))
    expect(negative.length).toBeGreaterThan(0)
    for (const q of negative) {
      // The number the statement changed: in the statement, not in the article's clause; below zero like the article's.
      const numbers = (text: string): string[] => text.match(/-?\d+(?:\.\d+)?/gu) ?? []
      const changed = numbers(promptOf(q)).filter((n) => !numbers(q.evidence.quote).includes(n))
      expect(changed.length, promptOf(q)).toBeGreaterThan(0)
      for (const n of changed) expect(Number(n), promptOf(q)).toBeLessThan(0)
    }
  })
})

describe('«تصل إلى» keeps its "up to"', () => {
  // Each row: a sentence, and whether its number is read as a ceiling.
  const rows: { text: string; ceiling: boolean }[] = [
    { text: 'وتسير القطارات بسرعة تصل إلى 80 كيلومترا في الساعة.', ceiling: true },
    { text: 'وتوقعت الأرصاد هبوب رياح تصل سرعتها إلى 60 كيلومترا في الساعة.', ceiling: true },
    { text: 'وقد يصل عدد الزوار إلى 5 آلاف زائر يوميا خلال المهرجان.', ceiling: true },
    { text: 'ويعاقب القانون المخالفين بغرامة تصل إلى 500 دينار.', ceiling: true },
    { text: 'Fines of up to £5,000 can be imposed on landlords.', ceiling: true },
    // Wrong neighbours: rising to reach it, expected to reach it, it reached it.
    { text: 'وارتفع سعر لتر البنزين 20 فلسا ليصل إلى 950 فلسا.', ceiling: false },
    { text: 'وتوقعت الأرصاد أن تصل درجات الحرارة إلى 46 درجة مئوية.', ceiling: false },
    { text: 'وقالت الوزارة إن الأحمال الكهربائية وصلت إلى 4200 ميغاواط مساء الأربعاء.', ceiling: false },
  ]
  it.each(rows)('$text', ({ text, ceiling }) => {
    const mentions = findMentions(text)
    const last = mentions[mentions.length - 1]!
    expect(last.bound !== null, text.slice(last.start, last.end)).toBe(ceiling)
  })

  const METRO = `قطار المدينة يبدأ التشغيل التجريبي

بدأ قطار المدينة الخفيف، صباح الأحد، تشغيله التجريبي على خط يمتد 22 كيلومترا ويضم 16 محطة، بحسب هيئة النقل.

وقالت الهيئة إن القطارات تسير بسرعة تصل إلى 80 كيلومترا في الساعة، وإن الرحلة الكاملة تستغرق 35 دقيقة.

ويعاقب نظام النقل الراكب المخالف بغرامة تصل إلى 300 ريال، فيما يبلغ سعر التذكرة 4 ريالات.

وتتوقع الهيئة أن يخدم الخط نحو 60 ألف راكب يوميا في عامه الأول.`

  it('a question on it quotes the ceiling, never claims an exact figure, and its wrong values are below it', () => {
    const { quiz } = draftQuiz(METRO)
    const about = quiz.questions.filter((q) => q.evidence.quote.includes('تصل إلى') && /\b(?:80|300)\b/u.test(q.evidence.quote))
    expect(about.length).toBeGreaterThan(0)
    for (const q of about) {
      // The prompt keeps «تصل إلى» before the blank: no question in its own words, no bare figure.
      if (q.type === 'numeric' || q.type === 'single') expect(promptOf(q)).toMatch(/تصل إلى ____/u)
      // Never made a false statement: «up to 60» is no lie about «up to 80».
      if (q.type === 'boolean') expect(q.answer).toBe(true)
      if (q.type === 'single' && q.choices.every((c) => c.id.startsWith('v'))) {
        const key = Number((Object.values(q.choices.find((c) => c.id === q.answer)!.text)[0] as string).match(/\d+/u)![0])
        for (const c of choicesOf(q)) expect(Number(c.match(/\d+/u)![0])).toBeLessThanOrEqual(key)
      }
    }
  })
})

describe('a job before a name, and a body’s words, are no part of a person', () => {
  // Each row: a sentence, its language, a name found in it and names that must not be found.
  const rows: { text: string; lang: Lang; name: string; not: string[] }[] = [
    {
      text: 'Met Éireann Forecaster Liz Walsh said temperatures would fall to -4C on Saturday night.',
      lang: 'en',
      name: 'person:Liz Walsh',
      not: ['person:Forecaster Liz Walsh'],
    },
    {
      text: 'Met Eireann Forecaster Aoife Brennan said another 40 mm of rain could fall by Friday.',
      lang: 'en',
      name: 'person:Aoife Brennan',
      not: ['person:Met Eireann Forecaster Aoife Brennan', 'person:Forecaster Aoife Brennan'],
    },
    {
      text: 'Councillor Mary Burke said residents had been promised a flood wall.',
      lang: 'en',
      name: 'person:Mary Burke',
      not: ['person:Councillor Mary Burke'],
    },
    {
      text: 'Seismologist Tomas Novak said the quake was the strongest in a decade.',
      lang: 'en',
      name: 'person:Tomas Novak',
      not: ['person:Seismologist Tomas Novak'],
    },
    { text: 'Statistician Ruth Ellis said the figures would be revised.', lang: 'en', name: 'person:Ruth Ellis', not: ['person:Statistician Ruth Ellis'] },
    {
      text: 'New Zealand Prime Minister Chris Luxon said the talks had gone well.',
      lang: 'en',
      name: 'person:Chris Luxon',
      not: ['person:New Zealand Prime Minister Chris Luxon'],
    },
    // A body's initials or its plural word: no person, even before "said".
    {
      text: 'ESB Networks said 31,000 homes had been reconnected by Wednesday evening.',
      lang: 'en',
      name: 'organisation:ESB Networks',
      not: ['person:ESB Networks'],
    },
    { text: 'RTE News said the debate would go ahead on Tuesday.', lang: 'en', name: 'organisation:RTE News', not: ['person:RTE News'] },
    {
      text: "Ireland's weather service Met Eireann said on Wednesday that the storm had passed.",
      lang: 'en',
      name: 'organisation:Met Eireann',
      not: ['person:Met Eireann'],
    },
  ]
  it.each(rows)('$text', ({ text, lang, name, not }) => {
    const names = namesIn(text, lang)
    expect(names).toContain(name)
    for (const n of not) expect(names).not.toContain(n)
  })

  // Wrong neighbours: a name that merely ends like a job, a title the name keeps in front of no name.
  it.each([
    ['Hunter Biden said he would appeal the ruling.', 'person:Hunter Biden'],
    ['Spencer Matthews said the race had been the hardest of his life.', 'person:Spencer Matthews'],
    ['Queen Elizabeth University Hospital said two patients were treated.', 'organisation:Queen Elizabeth University Hospital'],
    ['Tyra Banks said the show would return next spring.', 'person:Tyra Banks'],
    ['Ryanair Chief Executive Michael O’Leary said fares would rise.', 'person:Michael O’Leary'],
    ['House Majority Leader Steve Scalise said the vote would be held on Friday.', 'person:Steve Scalise'],
  ])('%s', (text, name) => {
    expect(namesIn(text, 'en')).toContain(name)
  })

  it('a body’s last word alone is no name to ask, nor a form of the body’s name', () => {
    const text = `Storm leaves thousands without power

More than 700,000 homes lost power on Friday as the storm brought gusts of 180 km/h to the west coast, ESB Networks said.

Met Éireann Forecaster Liz Walsh said temperatures would fall to -4C on Saturday night, and warned of ice in 12 counties.

Crews restored supply to 250,000 customers by Sunday evening, and Networks said the rest would be connected within a week.`
    const names = namesIn(text, 'en')
    expect(names).toContain('organisation:ESB Networks')
    expect(names).not.toContain('organisation:Networks')
    const { quiz } = draftQuiz(text)
    for (const q of quiz.questions) {
      if (q.type !== 'text') continue
      expect(q.answer.accepted).not.toContain('Networks')
      for (const a of q.answer.accepted) expect(a).not.toMatch(/^(?:Forecaster|Met)\b/u)
    }
  })
})

describe('a quote is never cut inside a date', () => {
  // Each row: a sentence and a date its clauses must keep whole.
  const rows: { text: string; date: string }[] = [
    { text: 'The Taoiseach said the general election would be held on Friday, Nov. 29, 2024, three weeks early.', date: 'Friday, Nov. 29, 2024' },
    { text: 'The last election was held on 8 Feb 2020, and the one before on Feb. 26, 2016.', date: 'Feb. 26, 2016' },
    { text: 'Voting ends on Sunday, 30 November, and results follow on Monday.', date: 'Sunday, 30 November' },
    { text: 'أعلنت المفوضية، يوم الثلاثاء، 18 نوفمبر 2025، أن نسبة المشاركة بلغت 43 في المئة.', date: 'الثلاثاء، 18 نوفمبر 2025' },
    { text: 'وتجرى الانتخابات يوم الخميس، 4 ديسمبر، في جميع المحافظات.', date: 'الخميس، 4 ديسمبر' },
  ]
  it.each(rows)('$date', ({ text, date }) => {
    const clauses = sentenceSpans(text).flatMap((s) => clauseSpans(text, s))
    expect(clauses.some((c) => text.slice(c.start, c.end).includes(date))).toBe(true)
  })

  // Wrong neighbours: commas that are no part of a date still cut.
  it.each([
    ['Turnout was 62.9%, the highest since 2007, officials said.', 'Turnout was 62.9%,'],
    ['وقال الوزير، الخميس، إن 40 مدرسة أغلقت.', 'إن 40 مدرسة أغلقت.'],
  ])('%s', (text, clause) => {
    const clauses = sentenceSpans(text).flatMap((s) => clauseSpans(text, s))
    expect(clauses.map((c) => text.slice(c.start, c.end))).toContain(clause)
  })

  it('an election date is quoted whole', () => {
    const { quiz } = draftQuiz(`Ireland to vote on Nov. 29

Taoiseach Simon Harris said on Tuesday that the general election would be held on Friday, Nov. 29, 2024, weeks earlier than expected.

The last general election was held on 8 Feb 2020, when turnout was 62.9%, and the one before on Feb. 26, 2016.

About 3.4 million people are registered to vote, and 174 seats will be filled in 43 constituencies.`)
    for (const q of quiz.questions) {
      const quote = q.evidence.quote
      // A quote that reaches a date's day reaches its year, and one that reaches a weekday before a date reaches the date.
      expect(quote, quote).not.toMatch(/(?:Nov\.|Feb\.) \d{1,2}$/u)
      expect(quote, quote).not.toMatch(/\bFriday$/u)
    }
  })
})
