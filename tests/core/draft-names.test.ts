import { describe, expect, it } from 'vitest'
import { checkQuiz } from '../../src/core/content-checks.ts'
import { cleanText } from '../../src/core/draft/clean.ts'
import type { Entity } from '../../src/core/draft/entities.ts'
import { withoutUnpairedQuotes } from '../../src/core/draft/excerpt.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import { clauseSpans, sentenceSpans } from '../../src/core/draft/sentences.ts'
import type { Lang, Question } from '../../src/core/quiz-schema.ts'
import { NAME_ARTICLES } from './draft-names-articles.ts'
import { entitiesOf } from './draft-test-helpers.ts'

type Row = { text: string; lang: Lang; names: [Entity['kind'], string][]; not?: string[] }

describe('names are found whole, and only names', () => {
  const rows: Row[] = [
    // Compound names: عبد X, X الدين, أبو X, بن X are one name.
    { text: 'وقال محافظ البنك المركزي حسن عبد الله في بيان إن القرار ضروري.', lang: 'ar', names: [['person', 'حسن عبد الله']], not: ['حسن عبد'] },
    {
      text: 'وعاقبت المحكمة المتهم الأول حسام الدين فؤاد، الرئيس السابق لجهاز تنمية المدينة، بالسجن.',
      lang: 'ar',
      names: [['person', 'حسام الدين فؤاد']],
      not: ['حسام', 'لجهاز'],
    },
    { text: 'وقال وزير الطاقة الأمير عبد العزيز بن سلمان في مؤتمر صحفي إن السوق مستقرة.', lang: 'ar', names: [['person', 'عبد العزيز بن سلمان']] },
    // A family name after a title, of two definite words or a feminine one at a clause's end.
    { text: 'وعاقبت المحكمة، برئاسة المستشار محمد السعيد الشربيني، المتهمين بالسجن.', lang: 'ar', names: [['person', 'محمد السعيد الشربيني']], not: ['محمد'] },
    {
      text: 'أعلن رئيس مجلس مفوضي الهيئة المستقلة للانتخاب موسى المعايطة، مساء الأربعاء، النتائج.',
      lang: 'ar',
      names: [['person', 'موسى المعايطة']],
      not: ['رئيس مجلس مفوضي', 'موسى'],
    },
    { text: 'وفي بلدية إربد، فاز المرشح عماد العزام برئاسة البلدية بعد حصوله على أعلى الأصوات.', lang: 'ar', names: [['person', 'عماد العزام']] },
    // A second name with و is the family name when the article uses it alone; otherwise a second person.
    { text: 'وقال الدكتور مصطفى وزيري، الأمين العام للمجلس، إن الكشف مهم.\nوأوضح وزيري أن المقبرة كبيرة.', lang: 'ar', names: [['person', 'مصطفى وزيري']] },
    { text: 'استقبل الرئيس محمد وأحمد الوفد في القصر الجمهوري صباح اليوم.', lang: 'ar', names: [['person', 'محمد']], not: ['محمد وأحمد'] },
    // Not names: a time word, a number, a title.
    { text: 'وقال الوزير خالد الأسبوع الماضي إن الخطة جاهزة للتنفيذ.', lang: 'ar', names: [['person', 'خالد']], not: ['خالد الأسبوع', 'خالد الأسبوع الماضي'] },
    { text: 'وقضت المحكمة بحبس المتهم السادس ثلاث سنوات مع الشغل والنفاذ.', lang: 'ar', names: [], not: ['ثلاث'] },
    { text: 'افتتح المهاجم سالم الدوسري التسجيل في الدقيقة 23 من المباراة.', lang: 'ar', names: [['person', 'سالم الدوسري']], not: ['سالم الدوسري التسجيل'] },
    { text: 'وصرح المدير الفني للمنتخب حسام حسن بأن الفريق جاهز للمباراة.', lang: 'ar', names: [['person', 'حسام حسن']], not: ['حسام حسن بأن'] },
    {
      text: 'وقال ولي العهد الأمير محمد بن سلمان إن الرؤية ماضية.\nوقال الأمير محمد بن سلمان ولي العهد إن العمل مستمر.',
      lang: 'ar',
      names: [['person', 'محمد بن سلمان']],
      not: ['محمد بن سلمان ولي العهد'],
    },
    {
      text: 'وأكد الشيخ محمد بن راشد آل مكتوم أن دبي ماضية في خططها.',
      lang: 'ar',
      names: [
        ['person', 'محمد بن راشد آل مكتوم'],
        ['place', 'دبي'],
      ],
    },
    { text: 'وأشار وزير المالية محمد الجدعان إلى أن العجز تراجع.', lang: 'ar', names: [['person', 'محمد الجدعان']], not: ['محمد'] },
    { text: 'وقال رئيس الوزراء العراقي محمد شياع السوداني إن بغداد مستعدة.', lang: 'ar', names: [['person', 'محمد شياع السوداني']] },
    { text: 'وقال الرئيس محمد المصري الجنسية إن العمل مستمر.', lang: 'ar', names: [['person', 'محمد']], not: ['محمد المصري'] },
    {
      text: 'وتقع مدينة شرم الشيخ على البحر الأحمر.\nوقصفت الطائرات مدينة غزة المحاصرة منذ أشهر.',
      lang: 'ar',
      names: [
        ['place', 'شرم الشيخ'],
        ['place', 'غزة'],
      ],
      not: ['شرم', 'غزة المحاصرة'],
    },
    {
      text: 'وسجلت محافظة المفرق أعلى نسبة اقتراع، تلتها محافظة عجلون.\nوتقع المحافظة الجديدة قرب الحدود.',
      lang: 'ar',
      names: [
        ['place', 'المفرق'],
        ['place', 'عجلون'],
      ],
      not: ['الجديدة', 'الحدود'],
    },
    // A name given in quotation marks, and a king with his ordinal.
    {
      text: 'عثرت البعثة على مقبرة لكاتب ملكي يدعى «آمون-إم-حات» تعود إلى عهد الملك أمنحتب الثالث قبل آلاف السنين.',
      lang: 'ar',
      names: [
        ['person', 'آمون-إم-حات'],
        ['person', 'أمنحتب الثالث'],
      ],
      not: ['أمنحتب'],
    },
    // Organisations: without the conjunction on them, ending at their adjectives.
    {
      text: 'وتزامن القرار مع إعلان صندوق النقد الدولي التوصل إلى اتفاق مع مصر.',
      lang: 'ar',
      names: [['organisation', 'صندوق النقد الدولي']],
      not: ['صندوق النقد الدولي التوصل'],
    },
    {
      text: 'واستمعت المحكمة إلى مسؤولين في هيئة المساحة ووزارة الزراعة خلال الجلسات.',
      lang: 'ar',
      names: [
        ['organisation', 'هيئة المساحة'],
        ['organisation', 'وزارة الزراعة'],
      ],
      not: ['ووزارة الزراعة'],
    },
    { text: 'ونقلت وكالة الأنباء المركزية الكورية الخبر صباح اليوم عن مصادر رسمية.', lang: 'ar', names: [['organisation', 'وكالة الأنباء المركزية الكورية']] },
    // A country's feminine nisba after a definite noun qualifies it; the country elsewhere is a place.
    {
      text: 'وعقد الاجتماع في العاصمة السعودية الرياض بحضور الوزراء.\nواتفقت ثماني دول، على رأسها السعودية وروسيا، على التمديد.',
      lang: 'ar',
      names: [
        ['place', 'الرياض'],
        ['place', 'السعودية'],
      ],
    },
    // English: a possessive ends a name; a body's name may start with a title; names are capitalised.
    {
      text: "Tsegaye won, more than a minute ahead of Kenya's Ruth Chepngetich, the defending champion.",
      lang: 'en',
      names: [
        ['place', 'Kenya'],
        ['person', 'Ruth Chepngetich'],
      ],
      not: ["Kenya's Ruth Chepngetich"],
    },
    {
      text: "Kenya's Daniel Kiprono won, ahead of Ethiopia's Tadese Worku.",
      lang: 'en',
      names: [
        ['place', 'Kenya'],
        ['person', 'Daniel Kiprono'],
        ['person', 'Tadese Worku'],
      ],
    },
    {
      text: "She was treated at St Mary's Hospital in London on Monday.",
      lang: 'en',
      names: [
        ['organisation', "St Mary's Hospital"],
        ['place', 'London'],
      ],
      not: ['St Mary'],
    },
    { text: "Apple's Tim Cook said the results were strong.", lang: 'en', names: [['person', 'Tim Cook']], not: ["Apple's Tim Cook"] },
    {
      text: 'The record remains with the late Kelvin Kiptum, who set it in Chicago.',
      lang: 'en',
      names: [
        ['person', 'Kelvin Kiptum'],
        ['place', 'Chicago'],
      ],
    },
    {
      text: 'Seven passengers were taken to hospital with minor injuries.\nPolice Scotland said seven people were treated at the Queen Elizabeth University Hospital.',
      lang: 'en',
      names: [['organisation', 'Queen Elizabeth University Hospital']],
      not: ['Elizabeth University Hospital', 'hospital'],
    },
  ]
  it.each(rows)('$text', ({ text, lang, names, not = [] }) => {
    const found = entitiesOf(text, lang)
    for (const [kind, name] of names) expect(found.find((e) => e.name === name)?.kind, name).toBe(kind)
    for (const name of not) expect(found.map((e) => e.name)).not.toContain(name)
  })

  it('counts a name capitalised only: "hospital" is not a mention of the hospital', () => {
    const [hospital] = entitiesOf('Seven passengers were taken to hospital.\nThey were treated at the Queen Elizabeth University Hospital.', 'en').filter(
      (e) => e.kind === 'organisation',
    )
    expect(hospital?.mentions).toHaveLength(1)
  })

  it('never takes a part two people share for either of them', () => {
    const found = entitiesOf(
      'وقال الدكتور محمد السعيد الشربيني إن القرار نهائي.\nوأضاف الدكتور محمد عبد البديع أن العمل مستمر.\nوأوضح الدكتور محمد أن الموعد قريب.\nوقال الشربيني إن الحكم نهائي.',
      'ar',
    )
    expect(found.find((e) => e.name === 'محمد السعيد الشربيني')?.aliases).toEqual(['الشربيني'])
    expect(found.find((e) => e.name === 'محمد عبد البديع')?.aliases).toEqual([])
  })

  it('knows a place as a country or a city, and a king as royal', () => {
    const found = entitiesOf(
      'وحصلت الإمارات على موافقة في اجتماع عقد في فيينا.\nوتقع مقبرة الملك توت عنخ آمون قرب مقبرة اكتشفها الدكتور محمد عبد البديع.',
      'ar',
    )
    const sort = (name: string) => found.find((e) => e.name === name)
    expect(sort('الإمارات')?.placeType).toBe('country')
    expect(sort('فيينا')?.placeType).toBe('city')
    expect(sort('توت عنخ آمون')?.royal).toBe(true)
    expect(sort('محمد عبد البديع')?.royal).toBe(false)
  })
})

describe('datelines are left out', () => {
  const rows: [string, string][] = [
    ['GLASGOW, March 8 (Reuters) - A Skylark Air jet landed safely.', 'A Skylark Air jet landed safely.'],
    ['SAN FRANCISCO, Oct 24 (AP) — Nexora Inc. reported record revenue.', 'Nexora Inc. reported record revenue.'],
    ['BERLIN, Sept 28 (AFP) - Kenya won the race.', 'Kenya won the race.'],
    ['LONDON (Reuters) - The Bank of England kept rates.', 'The Bank of England kept rates.'],
    ['القاهرة - (وكالات):', ''],
    ['عمّان - (بترا):', ''],
    ['القاهرة - (أ ش أ):', ''],
    ['القاهرة - (رويترز) - قرر البنك المركزي رفع الفائدة.', 'قرر البنك المركزي رفع الفائدة.'],
    // A place alone before a dash, in front of the lead's whole sentence.
    [
      'الرباط - أعلنت وزارة الفلاحة، يوم الثلاثاء، أن إنتاج الزيتون سيبلغ نحو 1.1 مليون طن.',
      'أعلنت وزارة الفلاحة، يوم الثلاثاء، أن إنتاج الزيتون سيبلغ نحو 1.1 مليون طن.',
    ],
    [
      'الدار البيضاء – قال مسؤولون في الميناء إن حركة الشحن ارتفعت 12 في المئة هذا العام.',
      'قال مسؤولون في الميناء إن حركة الشحن ارتفعت 12 في المئة هذا العام.',
    ],
    [
      'بيروت ـ قالت وزارة الصحة اللبنانية إن عدد المصابين بلغ 40 شخصاً حتى مساء الأحد.',
      'قالت وزارة الصحة اللبنانية إن عدد المصابين بلغ 40 شخصاً حتى مساء الأحد.',
    ],
    // With tashkeel in the place's name (a shadda).
    [
      'عمّان - افتتح وزير المياه والري، يوم الثلاثاء، أول محطة لتحلية المياه تعمل بالطاقة الشمسية في العقبة.',
      'افتتح وزير المياه والري، يوم الثلاثاء، أول محطة لتحلية المياه تعمل بالطاقة الشمسية في العقبة.',
    ],
    [
      'عنوان المقال\nالرباط - أعلنت وزارة الفلاحة، يوم الثلاثاء، أن إنتاج الزيتون سيبلغ نحو 1.1 مليون طن.',
      'عنوان المقال\nأعلنت وزارة الفلاحة، يوم الثلاثاء، أن إنتاج الزيتون سيبلغ نحو 1.1 مليون طن.',
    ],
    // Not datelines.
    ['غزة - الحرب مستمرة', 'غزة - الحرب مستمرة'],
    ['غزة - الحرب مستمرة منذ عامين ولا أفق لوقف إطلاق النار', 'غزة - الحرب مستمرة منذ عامين ولا أفق لوقف إطلاق النار'],
    [
      'الوزير أحمد البواري قال أمس - وهو في الرباط - إن الإنتاج سيتراجع بنسبة 30 في المئة.',
      'الوزير أحمد البواري قال أمس - وهو في الرباط - إن الإنتاج سيتراجع بنسبة 30 في المئة.',
    ],
    [
      'عنوان\nمقدمة قصيرة.\nالرباط - أعلنت وزارة الفلاحة، يوم الثلاثاء، أن إنتاج الزيتون سيبلغ نحو 1.1 مليون طن.',
      'عنوان\nمقدمة قصيرة.\nالرباط - أعلنت وزارة الفلاحة، يوم الثلاثاء، أن إنتاج الزيتون سيبلغ نحو 1.1 مليون طن.',
    ],
    ['Results (2024)', 'Results (2024)'],
    ['Gaza - the war goes on', 'Gaza - the war goes on'],
    ['Paris, France is big (AFP) - no', 'Paris, France is big (AFP) - no'],
    ['نتائج الانتخابات (2024)', 'نتائج الانتخابات (2024)'],
  ]
  it.each(rows)('%s', (input, output) => expect(cleanText(input)).toBe(output))
})

describe('sentences are cut where a clause ends', () => {
  const rows: [string, string[]][] = [
    ['واستمعت إلى شهادات 40 شاهدًا، من بينهم مسؤولون في هيئة المساحة.', ['واستمعت إلى شهادات 40 شاهدًا،', 'من بينهم مسؤولون في هيئة المساحة.']],
    ['قتل 12 شخصًا بينهم ثلاثة أطفال.', ['قتل 12 شخصًا', 'بينهم ثلاثة أطفال.']],
  ]
  it.each(rows)('%s', (text, clauses) => {
    const [sentence] = sentenceSpans(text)
    expect(clauseSpans(text, sentence!).map((c) => text.slice(c.start, c.end))).toEqual(clauses)
  })
})

describe('an excerpt keeps no quotation mark its cut left unpaired', () => {
  const rows: [string, string][] = [
    ['مضيفًا أن «الكشف يضيف صفحة جديدة', 'مضيفًا أن الكشف يضيف صفحة جديدة'],
    ['ذلك في الربع الماضي»', 'ذلك في الربع الماضي'],
    ['قال: «سنبقى حذرين» ثم غادر', 'قال: «سنبقى حذرين» ثم غادر'],
    ['قال: «سنبقى حذرين إذا استدعت ظروف السوق ذلك»', 'قال: سنبقى حذرين إذا استدعت ظروف السوق ذلك'],
    ['المعروفة بـ«أراضي طريق الواحات» بعد «إدانتهم', 'المعروفة بـ«أراضي طريق الواحات» بعد إدانتهم'],
    ['he said “we are ready', 'he said we are ready'],
  ]
  it.each(rows)('%s', (input, output) => expect(withoutUnpairedQuotes(input)).toBe(output))
})

const accepted = (q: Question) => (q.type === 'text' ? q.answer.accepted : [])
const choiceTexts = (q: Question, lang: Lang) => (q.type === 'single' ? q.choices.map((c) => (c.text as Record<string, string>)[lang]!) : [])

describe('name questions on pasted articles', () => {
  const drafts = Object.fromEntries(Object.entries(NAME_ARTICLES).map(([name, text]) => [name, draftQuiz(text)]))
  const rows: { article: string; asks: string[]; never: string[] }[] = [
    { article: 'court-ar', asks: ['محمد السعيد الشربيني', 'طارق عبد الحميد'], never: ['محمد', 'ووزارة الزراعة'] },
    { article: 'currency-ar', asks: ['حسن عبد الله', 'رضوى السويفي'], never: ['حسن عبد', 'صندوق النقد الدولي التوصل إلى'] },
    { article: 'election-ar', asks: ['موسى المعايطة', 'عماد العزام'], never: ['رئيس مجلس مفوضي'] },
    { article: 'opec-ar', asks: ['الرياض', 'عبد العزيز بن سلمان'], never: ['السعودية'] },
    // Amos Kibet shares his sentence with three numbers: a draft asks at most two questions of a sentence.
    { article: 'marathon-en', asks: ['Tadese Worku'], never: ['Elizabeth University Hospital'] },
    { article: 'aviation-en', asks: ['Fiona MacLeod'], never: ['hospital', 'Reuters', 'Elizabeth University Hospital'] },
  ]
  it.each(rows)('$article', ({ article, asks, never }) => {
    const { quiz } = drafts[article]!
    const { articleText, ...file } = quiz
    expect(checkQuiz(file, articleText, 'draft')).toEqual([])
    const keys = quiz.questions.flatMap((q) => [
      ...accepted(q),
      ...(q.type === 'single' ? choiceTexts(q, quiz.lang).filter((_, k) => q.choices[k]!.id === q.answer) : []),
    ])
    for (const name of asks) expect(keys, name).toContain(name)
    const everything = quiz.questions.flatMap((q) => [...accepted(q), ...choiceTexts(q, quiz.lang)])
    for (const name of never) expect(everything, name).not.toContain(name)
  })

  // The whole name, its other spelling and the part the article uses alone are right; a part, a cut name or another person is wrong.
  const grading: [string, string, string, boolean][] = [
    ['currency-ar', 'حسن عبد الله', 'حسن عبد الله', true],
    ['currency-ar', 'حسن عبد الله', 'حسن عبدالله', true],
    ['currency-ar', 'حسن عبد الله', 'حسن عبد', false],
    ['currency-ar', 'حسن عبد الله', 'حسن', false],
    ['currency-ar', 'حسن عبد الله', 'رضوى السويفي', false],
    ['court-ar', 'محمد السعيد الشربيني', 'الشربيني', true],
    ['court-ar', 'محمد السعيد الشربيني', 'محمد', false],
    ['court-ar', 'محمد السعيد الشربيني', 'طارق عبد الحميد', false],
    ['election-ar', 'موسى المعايطة', 'المعايطة', true],
    ['election-ar', 'موسى المعايطة', 'رئيس مجلس مفوضي', false],
    ['election-ar', 'موسى المعايطة', 'عماد العزام', false],
  ]
  it.each(grading)('%s: the question about %s takes «%s»: %s', (article, key, answer, correct) => {
    const q = drafts[article]!.quiz.questions.find((q) => accepted(q).includes(key))
    expect(q, key).toBeDefined()
    expect(gradeQuestion(q!, answer).correct).toBe(correct)
  })

  it('asks an organisation with choices only', () => {
    for (const { quiz } of Object.values(drafts)) {
      for (const q of quiz.questions) if (q.id.includes('which-organisation')) expect(q.type, q.id).toBe('single')
    }
  })

  it('never quizzes the dateline', () => {
    for (const { quiz } of Object.values(drafts)) {
      expect(quiz.articleText).not.toMatch(/^(?:GLASGOW|SAN FRANCISCO|BERLIN|القاهرة|عمّان|فيينا)\b/mu)
      for (const q of quiz.questions) expect(q.evidence.quote).not.toMatch(/\((?:Reuters|AP|AFP|وكالات|بترا|رويترز)\)/u)
    }
  })

  it('offers wrong choices of the same sort: countries beside a country, cities beside a city', () => {
    const places = new Map([
      ...['الإمارات', 'روسيا', 'السعودية', 'Switzerland', 'Kenya', 'Ethiopia', 'UK'].map((n) => [n, 'country'] as const),
      ...['فيينا', 'الرياض', 'London', 'Berlin', 'Chicago'].map((n) => [n, 'city'] as const),
    ])
    for (const { quiz } of Object.values(drafts)) {
      for (const q of quiz.questions) {
        const sorts = new Set(choiceTexts(q, quiz.lang).map((t) => places.get(t) ?? 'other'))
        if (sorts.has('country') || sorts.has('city')) expect(sorts.size, q.id).toBe(1)
        for (const t of choiceTexts(q, quiz.lang)) expect(t, q.id).not.toMatch(/^و(?:وزارة|هيئة)/u)
      }
    }
  })
})
