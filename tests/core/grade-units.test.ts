import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeExpected, describeParsed } from '../../src/core/describe.ts'
import { gradeQuestion, type Answer } from '../../src/core/grade.ts'
import type { Question, Unit } from '../../src/core/quiz-schema.ts'
import { numeric } from './numeric-question.ts'
import { arabicWords, englishWords, picker } from './number-words.ts'

const deal = numeric(
  'deal-value',
  1.5e9,
  'SAR',
  ['كم بلغت قيمة الصفقة التي وقّعتها الشركة؟', 'How much was the deal the company signed worth?'],
  ['وقّعت الشركة صفقة بقيمة 1.5 مليار ريال سعودي.', 'The company signed a deal worth SAR 1.5 billion.'],
  'وقّعت الشركة صفقة بقيمة 1.5 مليار ريال سعودي',
)
const aid = numeric(
  'us-aid',
  3e8,
  'USD',
  ['ما قيمة المساعدات التي أعلنتها واشنطن؟', 'How much aid did Washington announce?'],
  ['أعلنت واشنطن مساعدات بقيمة 300 مليون دولار.', 'Washington announced $300 million in aid.'],
  'أعلنت واشنطن عن مساعدات بقيمة 300 مليون دولار',
)
const inflation = numeric(
  'inflation',
  12,
  'percent',
  ['ما معدل التضخم في أغسطس؟', 'What was the inflation rate in August?'],
  ['ارتفع التضخم إلى 12 في المئة.', 'Inflation rose to 12 percent.'],
  'ارتفع معدل التضخم إلى 12 في المئة في أغسطس',
)
const distance = numeric(
  'camp-distance',
  5,
  'kilometre',
  ['كم يبعد المخيم عن الحدود؟', 'How far is the camp from the border?'],
  ['يقع المخيم على بعد 5 كيلومترات من الحدود.', 'The camp is 5 kilometres from the border.'],
  'يقع المخيم على بعد 5 كيلومترات من الحدود',
)
const cargo = numeric(
  'aid-tonnes',
  3,
  'tonne',
  ['كم طنًا من المساعدات الطبية وصل؟', 'How many tonnes of medical aid arrived?'],
  ['وصلت 3 أطنان من المساعدات الطبية.', '3 tonnes of medical aid arrived.'],
  'وصلت 3 أطنان من المساعدات الطبية',
)
const quake = numeric(
  'quake-date',
  20230908,
  'date',
  ['متى ضرب الزلزال المغرب؟', 'When did the earthquake strike Morocco?'],
  ['ضرب الزلزال ليل الجمعة 8 سبتمبر 2023.', 'The earthquake struck on the night of Friday 8 September 2023.'],
  'ضرب زلزال المغرب ليل الجمعة 8 سبتمبر 2023',
)
const founded = numeric(
  'founding-year',
  19000000,
  'date',
  ['في أي عام تأسست المدينة؟', 'In which year was the city founded?'],
  ['تأسست المدينة عام 1900.', 'The city was founded in 1900.'],
  'تأسست المدينة عام 1900',
)

const cases = (question: Question, accept: Answer[], reject: Answer[]) => [
  ...accept.map((a) => [question.id, a, true, question] as const),
  ...reject.map((a) => [question.id, a, false, question] as const),
]

describe('grading money, percent, lengths, masses and dates', () => {
  it.each([
    ...cases(
      deal,
      [
        '1.5 مليار ريال',
        'مليار ونصف ريال',
        'مليار ونص',
        '1,5 مليار ريال',
        '١٫٥ مليار ريال سعودي',
        'نحو 1.5 مليار ريال',
        'SAR 1.5 billion',
        '1.5 billion Saudi riyals',
        '1.5bn riyals',
        '1.5 مليار',
        '1500 مليون',
        '1500000000',
        1.5e9,
        'بقيمة 1.5 مليار ريال',
        'قيمة الصفقة 1.5 مليار ريال',
        '1.5 مليار ر.س',
        'الصفقة بلغت 1.5 مليار ريال',
        'one and a half billion riyals',
      ],
      [
        '1.5 مليار ريال قطري',
        '1.5 مليار دولار',
        '$1.5bn',
        '1.5 مليار درهم',
        '1.5 مليون ريال',
        '15 مليار ريال',
        '2 مليار ريال',
        'أكثر من 1.5 مليار ريال',
        'ما يزيد على 1.5 مليار ريال',
        'أقل من مليارين',
        '1.5 مليار ريال أو أكثر',
        'ليس 1.5 مليار ريال',
        '1.5',
        '1.5 مليار دبابة',
        '1.5 مليار ساعة',
        '1.5 مليار كم',
        '1.5 مليار ريال أمريكي',
        '12%',
      ],
    ),
    ...cases(
      aid,
      [
        '300 مليون دولار',
        '٣٠٠ مليون دولار',
        '300 مليون $',
        '$300 million',
        '$300m',
        '$0.3bn',
        'US$ 300 million',
        '300 million US dollars',
        'ثلاثمائة مليون دولار',
        '300m',
        '300 مليون',
        'USD 300 million',
        '300 مليون دولار أمريكي',
      ],
      ['300 مليون دولار كندي', '300 مليون يورو', '€300 million', '$300', '$3m', '300 دقيقة', 'over $300 million', 'up to $300 million', '$300-400 million'],
    ),
    ...cases(
      inflation,
      [
        '12%',
        '12٪',
        '12 %',
        '١٢٪',
        '12 في المئة',
        '12 في المائة',
        '12 بالمئة',
        '12 بالمائة',
        'اثنا عشر بالمئة',
        'اثني عشر في المئة',
        '12 percent',
        '12 per cent',
        'twelve percent',
        '12 pct',
        '12',
        'نحو 12%',
        'بنسبة 12%',
        'about 12%',
      ],
      ['13%', '1.2%', '0.12', '120%', 'أكثر من 12%', 'أقل من 12%', '12% أو أكثر', 'more than 12 percent', 'لا 12%', '12 نقطة', '12 كم', '12 مليون'],
    ),
    ...cases(
      distance,
      [
        '5 كم',
        '5 كلم',
        '5 كيلومترات',
        'خمسة كيلومترات',
        '5000 متر',
        '5 km',
        '5 kilometres',
        '5 kilometers',
        '5000 m',
        '5000m',
        '500000 سم',
        '5',
        'على بعد 5 كيلومترات',
        'نحو 5 كم',
        '5 كيلو',
        'خمسة كيلو',
      ],
      ['5 أميال', '5 miles', '5 متر', '500 m', '50 كم', '5 كغ', '5 ساعات', 'أكثر من 5 كم', '5 كم على الأقل', 'أقل من خمسة كيلومترات', '5 دقائق'],
    ),
    ...cases(
      cargo,
      ['3 أطنان', '3 طن', 'ثلاثة أطنان', '3 tonnes', '3 tons', '3 t', '3000 كغ', '3000 كيلوغرام', '3000 kg', '3000 كيلو', '3000000 g', 'نحو 3 أطنان', '3'],
      ['3 كغ', '300 كغ', '3 كم', '30 طنا', 'أكثر من 3 أطنان', '3 أطنان أو 4', '3 ساعات'],
    ),
    ...cases(
      quake,
      [
        '8 سبتمبر 2023',
        'في 8 سبتمبر 2023',
        '8 سبتمبر',
        'ليل الجمعة 8 سبتمبر',
        'الثامن من سبتمبر',
        'الثامن من أيلول 2023',
        '8 أيلول 2023',
        '8 أيلول',
        'September 8, 2023',
        '8 Sept 2023',
        'the 8th of September',
        '8/9/2023',
        '08/09/2023',
        '2023-09-08',
        '8.9.2023',
        20230908,
        'ضرب الزلزال في 8 سبتمبر 2023',
        '٨ سبتمبر ٢٠٢٣',
        '8 شتنبر 2023',
      ],
      [
        '9 سبتمبر 2023',
        '8 سبتمبر 2022',
        '8 أكتوبر 2023',
        'سبتمبر 2023',
        '2023',
        'سبتمبر',
        '8',
        '9/8/2023',
        '2023-08-09',
        'قبل 8 سبتمبر 2023',
        'بعد 8 سبتمبر',
        'منذ 8 سبتمبر 2023',
        'before September 8, 2023',
        'by September 2023',
        '8 سبتمبر أو 9 سبتمبر',
        'ليس 8 سبتمبر',
        '1445 هـ',
        '8 سبتمبر 1445 هـ',
        '20230908',
        20230909,
        2023,
        908,
      ],
    ),
    ...cases(
      founded,
      [
        '1900',
        1900,
        19000000,
        '١٩٠٠',
        'عام 1900',
        'في عام 1900',
        'سنة 1900',
        'in 1900',
        'in the year 1900',
        '1900م',
        'عام ألف وتسعمائة',
        'nineteen hundred',
        'تأسست عام 1900',
        'حوالي عام 1900',
      ],
      [
        '1901',
        '1899',
        1901,
        19010000,
        'يناير 1900',
        '1 يناير 1900',
        'قبل 1900',
        'بعد عام 1900',
        'منذ 1900',
        'before 1900',
        'after 1900',
        'since 1900',
        'by 1900',
        'أواخر 1900',
        'early 1900',
        '1900 هـ',
        'عام 1318 هـ',
        '1900 عام',
        '1900 شخص',
        '19000000',
        'أكثر من 1900',
      ],
    ),
  ])('%s: %j → %s', (_id, answer, correct, question) => {
    const r = gradeQuestion(question, answer)
    expect(r.answered).toBe(true)
    expect(r.correct).toBe(correct)
  })

  it("reads the question's riyal, dirham or lira from the word alone, and only from its family", () => {
    const inQatar = { ...deal, answer: { value: 1.5e9, unit: 'QAR' as const, tolerance: 0 } }
    expect(gradeQuestion(inQatar, '1.5 مليار ريال').correct).toBe(true)
    expect(gradeQuestion(inQatar, '1.5 مليار ريال قطري').correct).toBe(true)
    expect(gradeQuestion(inQatar, '1.5 مليار ريال سعودي').correct).toBe(false)
    expect(gradeQuestion(inQatar, '1.5 مليار دينار').correct).toBe(false)
    const inLira = numeric('lira', 5000, 'TRY', ['كم ليرة؟', 'How many lira?'], ['5000 ليرة تركية.', '5,000 Turkish lira.'], '5000 ليرة تركية')
    expect(gradeQuestion(inLira, '5000 ليرة').correct).toBe(true)
    expect(gradeQuestion(inLira, '5000 lira').correct).toBe(true)
    expect(gradeQuestion(inLira, '5000 ₺').correct).toBe(true)
    expect(gradeQuestion(inLira, '5000 ليرة لبنانية').correct).toBe(false)
    const inPounds = numeric('pounds', 2e6, 'GBP', ['كم جنيهًا؟', 'How many pounds?'], ['مليونا جنيه إسترليني.', '£2 million.'], 'مليونا جنيه إسترليني')
    expect(gradeQuestion(inPounds, '£2m').correct).toBe(true)
    expect(gradeQuestion(inPounds, '2 million pounds sterling').correct).toBe(true)
    expect(gradeQuestion(inPounds, 'مليونا جنيه').correct).toBe(true)
    expect(gradeQuestion(inPounds, 'مليونا جنيه مصري').correct).toBe(false)
    expect(gradeQuestion(inPounds, '$2m').correct).toBe(false)
  })

  it('reports what it read, and the right answer, in both languages', () => {
    const show = (q: Question, a: Answer) => {
      const parsed = gradeQuestion(q, a).parsed!
      return [describeParsed(parsed, q, 'ar'), describeParsed(parsed, q, 'en')]
    }
    expect(show(deal, 'مليار ونصف ريال')).toEqual(['1.5 مليار ريال سعودي', '1.5 billion Saudi riyals'])
    expect(show(deal, '1.5 مليار ريال قطري')).toEqual(['1.5 مليار ريال قطري', '1.5 billion Qatari riyals'])
    expect(show(deal, '1.5 مليار')).toEqual(['1.5 مليار ريال سعودي', '1.5 billion Saudi riyals'])
    expect(show(aid, '$300m')).toEqual(['300 مليون دولار أمريكي', '300 million US dollars'])
    expect(show(inflation, '12 بالمئة')).toEqual(['12%', '12%'])
    expect(show(distance, '5000 متر')).toEqual(['5000 متر = 5 كم', '5000 metres = 5 km'])
    expect(show(cargo, '3000 كغ')).toEqual(['3000 كغ = 3 أطنان', '3000 kg = 3 tonnes'])
    expect(show(quake, 'ليل الجمعة 8 أيلول')).toEqual(['8 سبتمبر', '8 September'])
    expect(show(quake, '8/9/2023')).toEqual(['8 سبتمبر 2023', '8 September 2023'])
    expect(show(founded, 'in 1900')).toEqual(['عام 1900', '1900'])
    expect(show(founded, '1 يناير 1900')).toEqual(['1 يناير 1900', '1 January 1900'])

    const expected = (q: Question) => [describeExpected(q, 'ar'), describeExpected(q, 'en')]
    expect(expected(deal)).toEqual(['1.5 مليار ريال سعودي', '1.5 billion Saudi riyals'])
    expect(expected(aid)).toEqual(['300 مليون دولار أمريكي', '300 million US dollars'])
    expect(expected(inflation)).toEqual(['12%', '12%'])
    expect(expected(distance)).toEqual(['5 كم', '5 km'])
    expect(expected(cargo)).toEqual(['3 أطنان', '3 tonnes'])
    expect(expected(quake)).toEqual(['8 سبتمبر 2023', '8 September 2023'])
    expect(expected(founded)).toEqual(['عام 1900', '1900'])
    expect(expected({ ...founded, answer: { value: 19000000, unit: 'date', tolerance: 2 } })).toEqual(['عام 1900 (± سنتان)', '1900 (± 2 years)'])
  })
})

// --- Properties: every rendering of a value in both languages is read as that value ---------------

const hedge = fc.constantFrom('', 'نحو ', 'حوالي ', 'about ', 'تقريبًا ', '~')
const AR_MONTHS = [
  ['يناير', 'كانون الثاني', 'جانفي'],
  ['فبراير', 'شباط', 'فيفري'],
  ['مارس', 'آذار'],
  ['أبريل', 'ابريل', 'نيسان', 'أفريل'],
  ['مايو', 'أيار', 'ماي'],
  ['يونيو', 'حزيران', 'جوان'],
  ['يوليو', 'تموز', 'جويلية'],
  ['أغسطس', 'آب', 'أوت'],
  ['سبتمبر', 'أيلول'],
  ['أكتوبر', 'تشرين الأول'],
  ['نوفمبر', 'تشرين الثاني'],
  ['ديسمبر', 'كانون الأول'],
]
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const choices = fc.array(fc.nat(11), { minLength: 12, maxLength: 12 })

// Properties run a few hundred gradings each: a busy machine must not fail them on the 5 s default.
describe('grading properties, one per new dimension', { timeout: 60_000 }, () => {
  it('money: an amount in millions or billions, in any rendering, is right exactly when it is the key; another currency never', () => {
    const key = numeric('m', 2.5e9, 'SAR', ['كم؟', 'How much?'], ['x', 'x'], 'x')
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(2), fc.integer({ min: 1, max: 999 })),
        fc.boolean(),
        fc.constantFrom(1e6, 1e9),
        fc.nat(9),
        hedge,
        choices,
        fc.boolean(),
        (whole, half, scale, style, h, picks, otherCurrency) => {
          const pick = picker(picks)
          const n = whole + (half ? 0.5 : 0)
          const digits = String(n)
          const ar = scale === 1e9 ? 'مليار' : 'مليون'
          const en = scale === 1e9 ? 'billion' : 'million'
          const arWords = `${arabicWords(whole, pick)} ${ar}${half ? ' ونصف' : ''}`
          const enWords = `${englishWords(whole, pick)}${half ? ' and a half' : ''} ${en}`
          const riyal = otherCurrency ? 'ريال قطري' : pick(['ريال', 'ريال سعودي', 'ريالات سعودية', 'ر.س'])
          const riyals = otherCurrency ? 'Qatari riyals' : pick(['riyals', 'Saudi riyals', 'SAR'])
          const code = otherCurrency ? 'QAR' : 'SAR'
          const rendering = [
            `${digits} ${ar} ${riyal}`,
            `${digits.replace('.', ',')} ${ar} ${riyal}`,
            `${arWords} ${riyal}`,
            `${code} ${digits} ${en}`,
            `${digits} ${en} ${riyals}`,
            `${enWords} ${riyals}`,
            `${code} ${digits}${scale === 1e9 ? 'bn' : 'm'}`,
            `${digits}${scale === 1e9 ? 'bn' : 'm'} ${riyals}`,
            `${(n * scale).toLocaleString('en-US')} ${riyal}`,
            `${Number(n * scale).toLocaleString('ar-EG')} ${riyal}`,
          ][style]!
          const answer = h + rendering
          expect(gradeQuestion(key, answer).correct, answer).toBe(!otherCurrency && n * scale === 2.5e9)
        },
      ),
      { numRuns: 600 },
    )
  })

  it('percent: any rendering of n percent is right exactly when n is the key', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(12), fc.integer({ min: 0, max: 100 })), fc.boolean(), fc.nat(9), hedge, choices, (whole, half, style, h, picks) => {
        const pick = picker(picks)
        const n = whole + (half ? 0.5 : 0)
        const words = (f: typeof arabicWords) => (whole === 0 ? '' : f(whole, pick) + (half ? (f === arabicWords ? ' ونصف' : ' and a half') : ''))
        const rendering = [
          `${n}%`,
          `${n}٪`,
          `${n} %`,
          `${n} في المئة`,
          `${n} بالمائة`,
          `${words(arabicWords)} بالمئة`,
          `${words(arabicWords)} في المائة`,
          `${n} percent`,
          `${words(englishWords)} per cent`,
          String(n)
            .replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!)
            .replace('.', '٫') + '٪',
        ][style]!
        if (rendering.startsWith(' ')) return // zero in words
        const answer = h + rendering
        expect(gradeQuestion(inflation, answer).correct, answer).toBe(n === 12)
      }),
      { numRuns: 500 },
    )
  })

  it('length: kilometres, metres or centimetres of the same distance are right exactly when they are the key', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(5), fc.integer({ min: 1, max: 999 })), fc.boolean(), fc.nat(7), hedge, choices, (whole, half, style, h, picks) => {
        const pick = picker(picks)
        const km = whole + (half ? 0.5 : 0)
        const rendering = [
          `${km} ${pick(['كم', 'كلم', 'كيلومتر', 'كيلومترات', 'km', 'kilometres', 'kilometers'])}`,
          `${km * 1000} ${pick(['متر', 'م', 'm', 'metres', 'meters'])}`,
          `${km * 100000} ${pick(['سم', 'cm'])}`,
          `${arabicWords(whole, pick)} ${pick(['كيلومترات', 'كيلومتر', 'كم'])}${half ? ' ونصف' : ''}`,
          `${englishWords(whole, pick)}${half ? ' and a half' : ''} kilometres`,
          `${km}`,
          `${km}km`,
          `${(km * 1000).toLocaleString('en-US')} m`,
        ][style]!
        const answer = h + rendering
        expect(gradeQuestion(distance, answer).correct, answer).toBe(km === 5)
      }),
      { numRuns: 500 },
    )
  })

  it('mass: tonnes, kilograms or grams of the same mass are right exactly when they are the key', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(3), fc.integer({ min: 1, max: 999 })), fc.boolean(), fc.nat(6), hedge, choices, (whole, half, style, h, picks) => {
        const pick = picker(picks)
        const t = whole + (half ? 0.5 : 0)
        const rendering = [
          `${t} ${pick(['طن', 'أطنان', 'tonnes', 'tons', 't'])}`,
          `${t * 1000} ${pick(['كغ', 'كلغ', 'كيلوغرام', 'كيلوجرام', 'كيلو', 'kg', 'kilograms'])}`,
          `${t * 1e6} ${pick(['غرام', 'جرام', 'g', 'grams'])}`,
          `${arabicWords(whole, pick)} ${pick(['أطنان', 'طن'])}${half ? ' ونصف' : ''}`,
          `${englishWords(whole, pick)}${half ? ' and a half' : ''} tonnes`,
          `${t}`,
          `${(t * 1000).toLocaleString('en-US')} kg`,
        ][style]!
        const answer = h + rendering
        expect(gradeQuestion(cargo, answer).correct, answer).toBe(t === 3)
      }),
      { numRuns: 500 },
    )
  })

  const dates = fc.oneof(
    fc.constant({ year: 2023, month: 9, day: 8 }),
    fc.record({ year: fc.constantFrom(2022, 2023, 2024), month: fc.integer({ min: 8, max: 10 }), day: fc.integer({ min: 7, max: 9 }) }),
    fc.record({ year: fc.integer({ min: 1000, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }),
  )
  const AR_ORDINALS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر']

  it('date: every rendering of a date, with or without its year, is right exactly when it is the key', () => {
    fc.assert(
      fc.property(
        dates,
        fc.nat(11),
        fc.boolean(),
        fc.constantFrom('', 'في ', 'ليل الجمعة ', 'يوم ', 'on '),
        choices,
        ({ year, month, day }, style, withYear, frame, picks) => {
          const pick = picker(picks)
          const ar = pick(AR_MONTHS[month - 1]!)
          const en = EN_MONTHS[month - 1]!
          const y = withYear ? ` ${year}` : ''
          const pad = (n: number) => String(n).padStart(2, '0')
          // 8 September 2023 was a Friday: another weekday with the whole date makes it no date, and without its year
          // it is not the quote's («ليل الجمعة 8 سبتمبر»).
          const weekday = pick(['الجمعة', 'Friday', 'السبت'])
          const rendering = [
            `${day} ${ar}${y}`,
            `${day} ${ar}${withYear ? ` ${pick(['عام ', 'سنة ', 'من عام ', ''])}${year}${pick(['', 'م'])}` : ''}`,
            day <= 10 ? `${AR_ORDINALS[day - 1]} من ${ar}${y}` : `${day} ${ar}${y}`,
            `${en} ${day}${withYear ? `, ${year}` : ''}`,
            `${day} ${en}${y}`,
            `${day}${['th', 'st', 'nd', 'rd'][day % 10 > 3 || (day > 10 && day < 14) ? 0 : day % 10]} of ${en}${y}`,
            `${day}/${month}/${year}`,
            `${pad(day)}.${pad(month)}.${year}`,
            `${year}-${pad(month)}-${pad(day)}`,
            `${day} ${en.slice(0, 3)}${y}`,
            `${day} ${ar}${y}`.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!),
            `${weekday} ${day} ${ar}${y}`,
          ][style]!
          const answer = frame + rendering
          const numericHasYear = style >= 6 && style <= 8
          const right = day === 8 && month === 9 && (year === 2023 || (!withYear && !numericHasYear)) && !(style === 11 && weekday === 'السبت')
          expect(gradeQuestion(quake, answer).correct, answer).toBe(right)
        },
      ),
      { numRuns: 800 },
    )
  })

  it('year: a year in any rendering is right exactly when it is the key; a date in that year never', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(1900), fc.integer({ min: 1000, max: 2100 })), fc.nat(7), fc.nat(11), choices, (year, style, month, picks) => {
        const pick = picker(picks)
        const rendering = [
          `${year}`,
          `${pick(['عام', 'العام', 'سنة', 'في عام', 'in', 'in the year'])} ${year}`,
          `${year}${pick(['م', ' م', ' AD', ' ميلادية'])}`,
          `${pick(['عام ', ''])}${arabicWords(year, pick)}`,
          englishWords(year, pick),
          String(year).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!),
          `${pick(AR_MONTHS[month]!)} ${year}`,
          `1 ${EN_MONTHS[month]} ${year}`,
        ][style]!
        expect(gradeQuestion(founded, rendering).correct, rendering).toBe(year === 1900 && style < 6)
      }),
      { numRuns: 500 },
    )
  })

  it('a comparison or a negation in front of any right answer makes it wrong', () => {
    const right: [Question, string][] = [
      [deal, '1.5 مليار ريال'],
      [aid, '$300 million'],
      [inflation, '12%'],
      [distance, '5 كم'],
      [cargo, '3 أطنان'],
      [quake, '8 سبتمبر 2023'],
      [founded, 'عام 1900'],
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...right),
        fc.constantFrom(
          'أكثر من ',
          'أقل من ',
          'ليس ',
          'لا ',
          'مش ',
          'على الأقل ',
          'حتى ',
          'more than ',
          'less than ',
          'over ',
          'under ',
          'not ',
          'at least ',
          'up to ',
          'بين 1 و',
        ),
        ([q, answer], prefix) => {
          expect(gradeQuestion(q, prefix + answer).correct, prefix + answer).toBe(false)
        },
      ),
      { numRuns: 200 },
    )
  })
})
