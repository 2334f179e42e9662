import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { clauseSpans, sentenceSpans } from '../../src/core/draft/sentences.ts'
import type { Lang } from '../../src/core/quiz-schema.ts'
import { entitiesOf, keysOf, promptOf } from './draft-test-helpers.ts'

/**
 * The fourth review of the drafter: place keys that stop at the place, relative clauses quoted
 * with the clause they hang on, companies that are no people, money of a word several countries
 * share, questions capped by the article's length and spread over its sentences, one pair of
 * quotation marks per quote — and four articles of kinds the other tests lack, read as an editor
 * reads a draft.
 */

const ARTICLES: Record<string, string> = {
  'court-ar': `المحكمة الدستورية في العراق تبطل قانون تمديد عمل مجالس المحافظات

بغداد - (واع):
قضت المحكمة الاتحادية العليا في العراق، يوم الأربعاء 12 نوفمبر 2025، بعدم دستورية القانون الذي مدد عمل مجالس المحافظات عامين إضافيين، في قرار صدر بأغلبية 7 أصوات مقابل 2.

وقال رئيس المحكمة القاضي جاسم العميري إن البرلمان، الذي أقر القانون في جلسة حضرها 189 نائبًا، تجاوز المدة التي حددها الدستور للدورة الانتخابية. وأضاف أن المجالس الحالية تستمر في تصريف الأعمال حتى إجراء انتخابات جديدة خلال 120 يومًا.

ورحب رئيس الوزراء محمد شياع السوداني بالقرار، مؤكدًا أن الحكومة خصصت 340 مليار دينار لتمويل الانتخابات المقبلة. في المقابل، قال النائب رائد المالكي إن كتلته ستطعن في القرار أمام المحكمة نفسها.

وكانت آخر انتخابات لمجالس المحافظات قد جرت في ديسمبر 2023، وشارك فيها نحو 6 ملايين ناخب في 15 محافظة.`,
  'festival-ar': `مهرجان جرش يختتم دورته التاسعة والثلاثين بحضور 210 آلاف زائر

جرش - (بترا):
اختتم مهرجان جرش للثقافة والفنون، مساء السبت، دورته التاسعة والثلاثين التي استمرت 11 يومًا، بحفل أحيته الفنانة اللبنانية هبة طوجي على المسرح الجنوبي في مدينة جرش الأثرية.

وقال المدير التنفيذي للمهرجان أيمن سماوي إن عدد الزوار بلغ نحو 210 آلاف زائر، بزيادة 15% على الدورة الماضية، وإن المهرجان، الذي شارك فيه أكثر من 600 فنان من 24 دولة، قدم 85 عرضًا فنيًا وشعريًا.

وشهدت الدورة إطلاق جائزة جديدة للشعراء الشباب بقيمة 5 آلاف دينار، فاز بها الشاعر الأردني يزن عيسى عن ديوانه «مدن الملح».

ويقام المهرجان منذ عام 1981، ويعد من أعرق المهرجانات الثقافية في العالم العربي.`,
  'earnings-en': `Harbour Holdings profit falls 12% as shoppers cut back

LONDON, Feb 26 (Reuters) - Harbour Holdings, which owns 430 supermarkets across Britain, said on Thursday its annual pre-tax profit fell 12% to 1.2 billion pounds, as shoppers switched to cheaper own-brand goods.

Chief executive Sarah Whitfield said sales rose 3.4% to 24.6 billion pounds, but higher wages added about 310 million pounds to costs. The group will close 18 stores and open 25 smaller ones this year, she said.

Rival grocer Castlegate Group said last week its profit rose 6%.

Harbour shares fell 4.1% in early trading in London. The company, whose biggest shareholder is the Norwegian wealth fund, will pay a final dividend of 9.5 pence a share.`,
  'council-en': `County council votes to restore rural bus routes

Councillors in Westbridge voted 41 to 17 on Tuesday to restore 14 rural bus routes that were cut in 2023, after a campaign by villagers who said they had been left without a way to reach hospitals and schools.

The plan, which will cost 2.8 million pounds a year, will be paid for by raising council tax by 1.9 percent from April, council leader Tom Ashby said. Buses will run every 90 minutes on weekdays and every three hours on Sundays.

Opposition leader Priya Nair said the council should have acted sooner. "People have waited two years for this," she said.

About 6,500 people live in the villages served by the routes, according to the council.`,
}

describe('a place key stops at the place name', () => {
  // Each row: a sentence, its language, and the places found in it, exactly.
  const rows: { text: string; lang: Lang; places: string[] }[] = [
    { text: 'قالت السلطات إن ولاية قفصة تضررت بشدة من الأمطار التي هطلت يوم الأحد.', lang: 'ar', places: ['قفصة'] },
    { text: 'وقال المحافظ إن مدينة حمص تشهد انقطاعا في الكهرباء منذ أسبوع.', lang: 'ar', places: ['حمص'] },
    { text: 'وأكد المسؤولون أن محافظة إدلب شهدت أمطارا غزيرة خلال الليل.', lang: 'ar', places: ['إدلب'] },
    // Wrong neighbours: names of several words stay whole.
    { text: 'وقع الحادث قرب مدينة سيدي بوزيد وسط البلاد.', lang: 'ar', places: ['سيدي بوزيد'] },
    { text: 'قُتل خمسة أشخاص في منطقة بئر بورقبة أمس.', lang: 'ar', places: ['بئر بورقبة'] },
    { text: 'وعقدت القمة في مدينة شرم الشيخ المصرية.', lang: 'ar', places: ['شرم الشيخ'] },
  ]
  it.each(rows)('$text', ({ text, lang, places }) => {
    expect(
      entitiesOf(text, lang)
        .filter((e) => e.kind === 'place')
        .map((e) => e.name),
    ).toEqual(places)
  })
})

describe('a relative clause set off by commas is one clause with the clause it interrupts', () => {
  // Each row: a sentence and its clauses.
  const rows: { text: string; clauses: string[] }[] = [
    {
      text: 'The train, which was carrying about 320 passengers, left the tracks near the station, officials said.',
      clauses: ['The train, which was carrying about 320 passengers, left the tracks near the station,', 'officials said.'],
    },
    {
      text: 'The mayor, who has led the town since 2019, said 54 people were hurt.',
      clauses: ['The mayor, who has led the town since 2019, said 54 people were hurt.'],
    },
    {
      text: 'إن القطار، الذي كان يقل نحو 320 راكبًا، انحرفت ثلاث من عرباته عن السكة، وفق ما أعلنت الوزارة.',
      clauses: ['إن القطار، الذي كان يقل نحو 320 راكبًا، انحرفت ثلاث من عرباته عن السكة،', 'وفق ما أعلنت الوزارة.'],
    },
    // A relative clause that ends the sentence goes with the clause it says something of.
    { text: 'The firm sold 5 plants, which employ 300 people.', clauses: ['The firm sold 5 plants, which employ 300 people.'] },
    // Wrong neighbours: other commas still cut; a partitive still stays with its number.
    {
      text: 'Rain fell for 5 hours, roads were closed, and 12 people were hurt.',
      clauses: ['Rain fell for 5 hours,', 'roads were closed,', 'and 12 people were hurt.'],
    },
    { text: 'ونُقل 11 مصابًا، منهم ثلاثة أطفال، إلى المستشفى.', clauses: ['ونُقل 11 مصابًا،', 'منهم ثلاثة أطفال،', 'إلى المستشفى.'] },
  ]
  it.each(rows)('$text', ({ text, clauses }) => {
    const [sentence] = sentenceSpans(text)
    expect(clauseSpans(text, sentence!).map((c) => text.slice(c.start, c.end))).toEqual(clauses)
  })

  it('a unit ending in a letter after a slash ends a sentence (90 km/h. Regional …)', () => {
    const text = 'Winds gusted up to 90 km/h. Regional president Carlos Mazon said the alert was sent late.'
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Winds gusted up to 90 km/h.',
      'Regional president Carlos Mazon said the alert was sent late.',
    ])
  })
})

describe('a company is not a person', () => {
  // Each row: a text, the names that must be organisations, and those that must be people.
  const rows: { text: string; organisations: string[]; people: string[] }[] = [
    { text: 'Crown Resorts said on Monday it would pay the fine.', organisations: ['Crown Resorts'], people: [] },
    { text: 'HSBC Holdings said its profit rose.', organisations: ['HSBC Holdings'], people: [] },
    { text: 'Harbour Industries told investors the plant would close.', organisations: ['Harbour Industries'], people: [] },
    { text: 'The casino operator Star Entertainment said its review would take months.', organisations: ['Star Entertainment'], people: [] },
    { text: 'Japanese carmaker Suzuki Motor said sales fell.\nSuzuki Motor said it would cut jobs.', organisations: ['Suzuki Motor'], people: [] },
    // Wrong neighbours: people who speak stay people.
    { text: 'Analyst James Wong said shares rose.', organisations: [], people: ['James Wong'] },
    { text: 'Chief executive Ciaran Carruthers said the company had hired staff.', organisations: [], people: ['Ciaran Carruthers'] },
  ]
  it.each(rows)('$text', ({ text, organisations, people }) => {
    const entities = entitiesOf(text, 'en')
    for (const name of organisations) expect(entities.find((e) => e.name === name)?.kind, name).toBe('organisation')
    for (const name of people) expect(entities.find((e) => e.name === name)?.kind, name).toBe('person')
    expect(entities.filter((e) => e.kind === 'person' && organisations.includes(e.name))).toEqual([])
  })
})

describe('a currency word several countries share is keyed only with its country', () => {
  // Each row: a short article and the unit of the fact of `value` (count: the money as written, no country made up).
  const rows: { text: string; value: number; unit: string }[] = [
    { text: 'The court ordered the firm to pay 5,000 rupees to each family, a judge said on Monday.', value: 5000, unit: 'count' },
    { text: 'The plan will cost 2.8 million pounds a year, the council leader said on Tuesday.', value: 2_800_000, unit: 'count' },
    { text: 'The casino group agreed to pay a fine of 450 million dollars, regulators said.', value: 450_000_000, unit: 'count' },
    { text: 'وقالت الوزارة إن المشروع كلف 40 مليون دينار، بحسب بيان صدر أمس.', value: 40_000_000, unit: 'count' },
    { text: 'وقالت الشركة إنها ستدفع 300 ريال لكل موظف، بحسب بيان صدر أمس.', value: 300, unit: 'count' },
    // Wrong neighbours: a country of the currency named, or a sign, decides.
    { text: 'Britain will spend 2.8 million pounds a year on the routes, the council said.', value: 2_800_000, unit: 'GBP' },
    { text: 'India will pay 5,000 rupees to each family, officials in New Delhi said.', value: 5000, unit: 'INR' },
    { text: 'وقالت الحكومة الأردنية إن المشروع كلف 40 مليون دينار.', value: 40_000_000, unit: 'JOD' },
    { text: 'وقالت الشركة السعودية إنها ستدفع 300 ريال لكل موظف.', value: 300, unit: 'SAR' },
    { text: 'The company agreed to pay a fine of $450 million, regulators said.', value: 450_000_000, unit: 'USD' },
    { text: 'Ticket prices rose to £45, the club said on Friday.', value: 45, unit: 'GBP' },
  ]
  it.each(rows)('$text', ({ text, value, unit }) => {
    const { paragraphs } = parseArticle(text)
    expect(collectFacts(paragraphs).facts.find((f) => f.value === value)?.unit).toBe(unit)
  })
})

describe('questions are capped by the article and spread over its sentences', () => {
  // Sentences dense with facts, repeated with their numbers shifted: many more facts than a reader should be asked.
  const dense = (lang: Lang, sentences: number) =>
    Array.from({ length: sentences }, (_, k) =>
      lang === 'en'
        ? `Rescue teams worked for ${k + 3} hours in district ${k + 1}, freed ${k * 7 + 20} people and moved ${k * 11 + 40} families to ${k + 2} shelters.`
        : `عملت فرق الإنقاذ ${k + 3} ساعات في الحي ${k + 1}، وأنقذت ${k * 7 + 20} شخصًا ونقلت ${k * 11 + 40} أسرة إلى ${k + 2} ملاجئ.`,
    )
      .reduce<string[]>((paragraphs, s, k) => (k % 3 === 0 ? [...paragraphs, s] : [...paragraphs.slice(0, -1), `${paragraphs.at(-1)} ${s}`]), [])
      .join('\n\n')
  // Each row: the article, and at most how many questions it gets (one in 25 words, ten at least).
  const rows: { name: string; text: string; most: number }[] = [
    { name: 'en, 30 dense sentences', text: dense('en', 30), most: 23 },
    { name: 'ar, 30 dense sentences', text: dense('ar', 30), most: 20 },
    { name: 'en, 6 dense sentences', text: dense('en', 6), most: 10 },
  ]
  it.each(rows)('$name', ({ text, most }) => {
    const { quiz, notes } = draftQuiz(text)
    const words = text.split(/\s+/u).filter(Boolean).length
    expect(quiz.questions.length).toBeLessThanOrEqual(Math.max(10, Math.round(words / 25)))
    expect(quiz.questions.length).toBeLessThanOrEqual(most)
    expect(notes.map((n) => n.code)).toContain('question-limit')
    // At most two questions of one sentence, and every paragraph asked about.
    const { paragraphs } = parseArticle(quiz.articleText)
    const bySentence = new Map<string, number>()
    for (const q of quiz.questions) {
      const p = paragraphs[q.evidence.paragraph]!.text
      const at = p.indexOf(q.evidence.quote)
      const s = sentenceSpans(p).findIndex((span) => span.start <= at && at < span.end)
      const key = `${q.evidence.paragraph}:${s}`
      bySentence.set(key, (bySentence.get(key) ?? 0) + 1)
    }
    expect(Math.max(...bySentence.values())).toBeLessThanOrEqual(2)
    expect(new Set(quiz.questions.map((q) => q.evidence.paragraph)).size).toBe(paragraphs.length)
  })

  it('a short article keeps its questions (no limit below ten)', () => {
    const text = 'Storm hits coast\n\nThe storm killed 4 people and cut power to 12,000 homes on Monday. Rain fell for 9 hours, the weather service said.'
    expect(draftQuiz(text).notes.map((n) => n.code)).not.toContain('question-limit')
  })
})

describe('a prompt quotes with one pair of the language’s marks', () => {
  // Each row: an article and what no prompt may hold.
  const rows: { text: string; never: RegExp }[] = [
    {
      text: 'Teachers walk out\n\n"Teachers are leaving the profession faster than we can train them," said union leader Mary Collins, who spoke to 3,000 members on Tuesday. She said "nobody will return" until pay rises by 8 percent.',
      never: /"|“[“"]|[”"]”/u,
    },
    {
      text: 'إضراب المعلمين\n\nوقال النقيب "لن نعود إلى المدارس" قبل زيادة الرواتب بنسبة 8 في المئة، مضيفًا أن 3000 معلم شاركوا في الإضراب يوم الثلاثاء.',
      never: /["“”]|««|»»/u,
    },
  ]
  it.each(rows)('$text', ({ text, never }) => {
    const { quiz } = draftQuiz(text)
    expect(quiz.questions.length).toBeGreaterThan(0)
    for (const q of quiz.questions) expect(promptOf(q)).not.toMatch(never)
  })

  it('a quotation inside an English quote takes single marks', () => {
    const { quiz } = draftQuiz(ARTICLES['council-en']!)
    const q = quiz.questions.find((x) => promptOf(x).includes('People have waited'))
    expect(promptOf(q!)).toContain('“‘People have waited ____ for this,’ she said”')
  })
})

describe('drafts of four new kinds of article, read as an editor reads them', () => {
  const drafts = new Map(Object.entries(ARTICLES).map(([name, text]) => [name, draftQuiz(text).quiz]))
  // Each row: an article, a key some question has (a name accepted, a right choice, a numeric value), and the exact quote backing it.
  const rows: { article: string; key: string | number; quote: string; prompt?: string }[] = [
    // Court and politics (ar): a nisba after two names is the family name; the relative clause stays in the quote.
    { article: 'court-ar', key: 'محمد شياع السوداني', quote: 'ورحب رئيس الوزراء محمد شياع السوداني بالقرار' },
    {
      article: 'court-ar',
      key: 'جاسم العميري',
      quote: 'وقال رئيس المحكمة القاضي جاسم العميري إن البرلمان، الذي أقر القانون في جلسة حضرها 189 نائبًا، تجاوز المدة التي حددها الدستور للدورة الانتخابية.',
    },
    { article: 'court-ar', key: 340_000_000_000, quote: 'مؤكدًا أن الحكومة خصصت 340 مليار دينار لتمويل الانتخابات المقبلة.' },
    { article: 'court-ar', key: 'رائد المالكي', quote: 'قال النائب رائد المالكي إن كتلته ستطعن في القرار أمام المحكمة نفسها.' },
    // Culture (ar): a relative clause names no subject for «كم استمرت …؟»: the quote is asked with a gap.
    { article: 'festival-ar', key: 11, quote: 'دورته التاسعة والثلاثين التي استمرت 11 يومًا', prompt: 'أكمل الفراغ' },
    { article: 'festival-ar', key: 'هبة طوجي', quote: 'بحفل أحيته الفنانة اللبنانية هبة طوجي على المسرح الجنوبي في مدينة جرش الأثرية.' },
    { article: 'festival-ar', key: 'يزن عيسى', quote: 'فاز بها الشاعر الأردني يزن عيسى عن ديوانه «مدن الملح».' },
    // Earnings (en): the company's relative clause is quoted with its clause; pence are pounds of the country named.
    {
      article: 'earnings-en',
      key: 430,
      quote: 'Harbour Holdings, which owns 430 supermarkets across Britain, said on Thursday its annual pre-tax profit fell 12% to 1.2 billion pounds',
    },
    { article: 'earnings-en', key: 'Sarah Whitfield', quote: 'Chief executive Sarah Whitfield said sales rose 3.4% to 24.6 billion pounds' },
    // Pence are parts of the pound: 9.5 pence a share is 0.095 GBP, as the content check reads the quote.
    {
      article: 'earnings-en',
      key: 0.095,
      quote: 'The company, whose biggest shareholder is the Norwegian wealth fund, will pay a final dividend of 9.5 pence a share.',
    },
    // Local government (en).
    { article: 'council-en', key: 14, quote: 'Councillors in Westbridge voted 41 to 17 on Tuesday to restore 14 rural bus routes that were cut in 2023' },
    { article: 'council-en', key: 'Priya Nair', quote: 'Opposition leader Priya Nair said the council should have acted sooner.' },
    {
      article: 'council-en',
      key: 1.9,
      quote: 'The plan, which will cost 2.8 million pounds a year, will be paid for by raising council tax by 1.9 percent from April',
    },
  ]
  it.each(rows)('$article: $key', ({ article, key, quote, prompt }) => {
    const quiz = drafts.get(article)!
    const q = quiz.questions.find((x) => (typeof key === 'number' ? x.type === 'numeric' && x.answer.value === key : keysOf(x).includes(key)))
    expect(q, String(key)).toBeDefined()
    expect(q!.evidence.quote).toBe(quote)
    if (prompt) expect(promptOf(q!)).toContain(prompt)
  })

  // Each row: an article and keys no question may have (a verb glued to a name, a first name alone, a nationality).
  const never: { article: string; keys: string[] }[] = [
    { article: 'court-ar', keys: ['محمد شياع', 'شياع'] },
    { article: 'festival-ar', keys: ['جرش الأثرية'] },
    { article: 'earnings-en', keys: ['Harbour Holdings said', 'Castlegate'] },
    { article: 'council-en', keys: ['Westbridge voted'] },
  ]
  it.each(never)('$article: never $keys', ({ article, keys }) => {
    const all = drafts.get(article)!.questions.flatMap(keysOf)
    for (const key of keys) expect(all, key).not.toContain(key)
  })

  it.each(Object.keys(ARTICLES))('%s: no prompt asks «كم …» of a relative pronoun, every Arabic prompt quotes with « »', (article) => {
    for (const q of drafts.get(article)!.questions) {
      expect(promptOf(q)).not.toMatch(/(?:التي|الذي|which|who)\?|(?:التي|الذي)؟/u)
      if (drafts.get(article)!.lang === 'ar') expect(promptOf(q)).not.toMatch(/["“”]/u)
    }
  })
})
