import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatQuantity, unitHint } from '../../src/core/describe.ts'
import type { Unit } from '../../src/core/quiz-schema.ts'
import { convert, currenciesOf, findQuantities, parseQuantity } from '../../src/core/units.ts'

describe('parseQuantity', () => {
  it.each<[string, number, Unit | null]>([
    // bare numbers
    ['2.5', 2.5, null],
    ['٢٫٥', 2.5, null],
    ['ألفين', 2000, null],
    ['two thousand', 2000, null],
    // Arabic time: singular, dual, plural, compounds
    ['ساعة', 1, 'hour'],
    ['ساعتين', 2, 'hour'],
    ['ساعتان', 2, 'hour'],
    ['ساعتين ونصف', 2.5, 'hour'],
    ['ساعتان ونصف', 2.5, 'hour'],
    ['ساعتين ونص', 2.5, 'hour'],
    ['ساعتين والنصف', 2.5, 'hour'],
    ['لساعتين ونصف', 2.5, 'hour'],
    ['ساعة ونصف', 1.5, 'hour'],
    ['ساعة وربع', 1.25, 'hour'],
    ['ساعتين إلا ربع', 1.75, 'hour'],
    ['ساعة إلا ربع', 0.75, 'hour'],
    ['ساعتين ناقص ربع', 1.75, 'hour'], // colloquial ناقص for إلا
    ['ساعتين وثلث', 7 / 3, 'hour'],
    ['ثلاث ساعات', 3, 'hour'],
    ['ثلاث ساعات ونصف', 3.5, 'hour'],
    ['2.5 ساعة', 2.5, 'hour'],
    ['2.5 ساعات', 2.5, 'hour'],
    ['2 ونصف ساعة', 2.5, 'hour'],
    ['نصف ساعة', 0.5, 'hour'],
    ['ربع ساعة', 0.25, 'hour'],
    ['ثلاثة أرباع الساعة', 0.75, 'hour'],
    ['ساعتان ونصف الساعة', 2.5, 'hour'],
    ['ساعتان وثلاثون دقيقة', 2.5, 'hour'],
    ['ساعتين و30 دقيقة', 2.5, 'hour'],
    ['ساعتين و 30 دقيقة', 2.5, 'hour'],
    ['ساعتين و30', 2.5, 'hour'],
    ['2 ساعة و30 دقيقة', 2.5, 'hour'],
    ['150 دقيقة', 150, 'minute'],
    ['١٥٠ دقيقة', 150, 'minute'],
    ['150دقيقة', 150, 'minute'],
    ['دقيقتين', 2, 'minute'],
    ['خمس دقائق', 5, 'minute'],
    ['30 ثانية', 30, 'second'],
    ['يومين', 2, 'day'],
    ['ثلاثة أيام', 3, 'day'],
    ['يوم ونصف', 1.5, 'day'],
    ['أسبوعين', 2, 'week'],
    ['شهرين', 2, 'month'],
    ['ستة أشهر', 6, 'month'],
    ['سنتين', 2, 'year'],
    ['عامين', 2, 'year'],
    ['عشرين عامًا', 20, 'year'],
    ['عشرين عاما', 20, 'year'],
    ['نحو ساعتين ونصف', 2.5, 'hour'],
    ['حوالي 2.5 ساعة', 2.5, 'hour'],
    ['ساعتين ونصف تقريبًا', 2.5, 'hour'],
    ['استمر الاجتماع ساعتين ونصف', 2.5, 'hour'],
    ['يومين وساعتين ونصف', 2 + 2.5 / 24, 'day'],
    // English time
    ['2 hours', 2, 'hour'],
    ['2.5 hours', 2.5, 'hour'],
    ['2.5hrs', 2.5, 'hour'],
    ['2.5 h', 2.5, 'hour'],
    ['two and a half hours', 2.5, 'hour'],
    ['2 and a half hours', 2.5, 'hour'],
    ['two hours and a half', 2.5, 'hour'],
    ['an hour', 1, 'hour'],
    ['an hour and a half', 1.5, 'hour'],
    ['half an hour', 0.5, 'hour'],
    ['a half hour', 0.5, 'hour'],
    ['a quarter of an hour', 0.25, 'hour'],
    ['2 hours 30 minutes', 2.5, 'hour'],
    ['2 hours and 30 minutes', 2.5, 'hour'],
    ['2h30m', 2.5, 'hour'],
    ['2h 30m', 2.5, 'hour'],
    ['2h30', 2.5, 'hour'],
    ['2 hours 30', 2.5, 'hour'],
    ['2½ hours', 2.5, 'hour'],
    ['2 1/2 ساعة', 2.5, 'hour'],
    ['1/2 ساعة', 0.5, 'hour'],
    ['2.5 ساعة من الزمن', 2.5, 'hour'],
    ['1 hr 15 min', 1.25, 'hour'],
    ['150 minutes', 150, 'minute'],
    ['150 min', 150, 'minute'],
    ['150m', 150, 'minute'],
    ['about 2.5 hours', 2.5, 'hour'],
    ['3 days', 3, 'day'],
    ['two weeks', 2, 'week'],
    ['18 months', 18, 'month'],
    ['1 year', 1, 'year'],
    ['2:30', 2.5, 'hour'],
    ['٢:٣٠', 2.5, 'hour'],
    ['2:30 ساعة', 2.5, 'hour'],
    ['1:15:36', 1.26, 'hour'],
    // people and counts
    ['2000 جندي', 2000, 'person'],
    ['٢٠٠٠ جندي', 2000, 'person'],
    ['نحو ألفي جندي', 2000, 'person'],
    ['ألفا جندي', 2000, 'person'],
    ['ألفين جندي', 2000, 'person'],
    ['2000 جنديًا', 2000, 'person'],
    ['ألفين شخص', 2000, 'person'],
    ['2,000 soldiers', 2000, 'person'],
    ['2000 troops', 2000, 'person'],
    ['2,000 North Korean soldiers', 2000, 'person'],
    ['2000 جندي كوري شمالي', 2000, 'person'],
    ['ستة آلاف جندي إضافي', 6000, 'person'],
    ['6000 جنود', 6000, 'person'],
    ['ألف عامل', 1000, 'person'],
    ['1000 عامل إزالة ألغام', 1000, 'person'],
    ['5000 عامل بناء', 5000, 'person'],
    ['خمسة آلاف عامل', 5000, 'person'],
    ['5,000 construction workers', 5000, 'person'],
    ['1000 مقاتل', 1000, 'person'],
    ['1000 مقاتلين', 1000, 'person'],
    ['1000 عاملًا', 1000, 'person'],
    ['ألف مقاتلٍ', 1000, 'person'],
    ['عشرون جنديا', 20, 'person'],
    ['9500 عسكري', 9500, 'person'],
    ['جنديين', 2, 'person'],
    ['6000 إضافي', 6000, null], // words that name no unit: a bare number
    ['3 مرات', 3, 'count'],
    ['مرتين', 2, 'count'],
  ])('%j → %d %s', (text, value, unit) => {
    const q = parseQuantity(text)
    expect(q).not.toBeNull()
    expect(q!.value).toBeCloseTo(value, 9)
    expect(q!.unit).toBe(unit)
  })

  it('reads clock notation as minutes and seconds when asked to', () => {
    expect(parseQuantity('2:30', { clock: 'minute' })).toEqual({ value: 2.5, unit: 'minute' })
    expect(parseQuantity('2:30 دقيقة', { clock: 'minute' })).toEqual({ value: 2.5, unit: 'minute' })
    expect(parseQuantity('2:30 ساعة', { clock: 'minute' })).toBeNull()
  })

  it.each([
    '',
    'ساعتين ونصف يوم', // two units going up: not one quantity
    'ساعة ويومين',
    '2 hours 3 days',
    '30 minutes 2 hours',
    'ساعتين أو ثلاث',
    'بين ساعتين وثلاث ساعات',
    'أكثر من ساعتين',
    'more than 2 hours',
    'at least 2000 soldiers',
    '2000 أو أكثر',
    '2000 جندي أو أكثر',
    '2000 جندي فأكثر',
    '2000 to 3000',
    '2000-3000',
    '2000 جندي و3000 عامل',
    '3 ساعتين',
    'ساعات',
    'hours',
    'آلاف الجنود',
    '2:75',
    '2:3',
    'ساعتين مرتين',
    'نصف 2000',
    'half of 2000',
    'لم يستمر ساعتين',
    'غير 2000',
    '2000 جندي ساعتين',
    'كثير',
    'a lot of hours',
    'مش ساعتين ونصف', // colloquial negation
    'ما استمر ساعتين',
    'never 2 hours',
    "isn't 2000",
    '2000 بدون العمال',
    '2.5 ساعة ونصف', // a decimal and a fraction: nonsense, not 3
    'ساعتين ونصف دقيقة ونصف',
    'ساعتين (30 دقيقة)', // a restatement that disagrees (this was read as 2.5 hours)
    '2000 (6000)',
    '(2000) (6000)',
    '2000 = 6000',
    '5000 + 1000 = 7000',
    '1000 + 5000', // a sum alone is working, not an answer
    '1000 و 5000 = 6000', // the answer itself is never a sum with و
    '6000 (1000 و 6000)',
    '2000+',
    '+2000',
    '2.5 (150 دقيقة)', // a bare number restated with a unit: which unit was meant?
    '2000 (2000) (2000) (2000) (2000)',
    '2000 = ساعة',
    '9'.repeat(400), // Infinity
    '()',
    'ساعتين و 150 دقيقة', // a smaller part must be less than one of the unit before it (was 5 hours)
    '2 hours 90 minutes',
    'ألف و', // unfinished
    '2000 and',
    'ساعتين إلا 90 دقيقة',
  ])('%j → null', (text) => {
    expect(parseQuantity(text)).toBeNull()
  })

  it.each<[string, number]>([
    ['(2000)', 2000],
    ['[ساعتين ونصف]', 2.5],
    ['ثلاث ساعات إلا نصف ساعة', 2.5],
    ['ثلاث ساعات إلا ثلاثين دقيقة', 2.5],
    ['ثلاث ساعات إلا ربع ساعة', 2.75],
    ['ساعتين إلا ربع', 1.75], // never 2.25 or 2
    ['ساعتين إلا ثلث', 5 / 3],
    ['2 hours 59 minutes', 2 + 59 / 60],
    ['ساعتين ونصف (150 دقيقة)', 2.5], // one quantity written twice (was read as 5 hours)
    ['2.5 ساعة = 150 دقيقة', 2.5],
    ['150 دقيقة (ساعتين ونصف)', 150],
    ['5000 + 1000 = 6000', 6000],
    ['6000 (1000 + 5000)', 6000],
    ['6000 عامل (1000 عامل + 5000 عامل)', 6000],
    ['2000 (تقريبًا)', 2000],
    ['6000 (1000 و 5000)', 6000], // working after the answer may add with و
    ['6000 = 1000 and 5000', 6000],
    ['(2000 جندي)', 2000],
  ])('%j → %d', (text, value) => {
    expect(parseQuantity(text)!.value).toBeCloseTo(value, 9)
  })

  describe('with the question as context, the word that says what is counted comes from it', () => {
    const context = [
      'كم جنديًا كوريًا شماليًا قُتل وهو يقاتل لصالح روسيا؟',
      'How many North Korean soldiers have been killed fighting for Russia?',
      'تقدّر الاستخبارات الكورية الجنوبية عدد القتلى بنحو 2000 جندي كوري شمالي.',
      'South Korean intelligence puts the number killed at about 2,000 North Korean soldiers.',
      'قُتل نحو 2000 جندي كوري شمالي يقاتلون لصالح روسيا',
    ]
    it.each([
      '2000',
      '2000 جندي',
      'قتل نحو 2000 جندي',
      '2000 قتيل',
      '2000 killed',
      '2000 dead',
      '2000 كوري شمالي',
      '2000 كوريا شماليا',
      '2,000 North Korean soldiers',
    ])('%j is read', (text) => {
      expect(parseQuantity(text, { context })?.value).toBe(2000)
    })
    it.each(['2000 tanks', '2000 دبابة', '2000 طائرة', 'in 2000', '2000 جريح', '2000 wounded', '2000 أسير', '2000 روسي'])('%j is not', (text) => {
      expect(parseQuantity(text, { context })).toBeNull()
    })
    // A unit of another dimension is read as such; the grader then finds it wrong (no conversion).
    it.each<[string, Unit]>([
      ['2000 dollars', 'USD'],
      ['2000 دولار', 'USD'],
      ['2000 km', 'kilometre'],
    ])('%j is read in its own unit, %s', (text, unit) => {
      expect(parseQuantity(text, { context })).toEqual({ value: 2000, unit })
    })
    it('without context any plain word may follow', () => {
      expect(parseQuantity('2000 tanks')).toEqual({ value: 2000, unit: null, words: [{ word: 'tanks', as: 'question' }] })
    })
  })
})

describe('convert', () => {
  it.each<[number, Unit, Unit, number | null]>([
    [150, 'minute', 'hour', 2.5],
    [2.5, 'hour', 'minute', 150],
    [90, 'second', 'minute', 1.5],
    [1, 'day', 'hour', 24],
    [2, 'week', 'day', 14],
    [1, 'year', 'month', 12],
    [24, 'month', 'year', 2],
    [2000, 'person', 'count', 2000],
    [2000, 'count', 'person', null], // 2000 times is not 2000 people
    [5, 'hour', 'hour', 5],
    [2, 'hour', 'person', null],
    [2000, 'person', 'hour', null],
    [3, 'count', 'day', null],
  ])('%d %s → %s = %s', (value, from, to, expected) => {
    const out = convert(value, from, to)
    if (expected === null) expect(out).toBeNull()
    else expect(out).toBeCloseTo(expected, 9)
  })

  it('converts back and forth without drift', () => {
    const time: Unit[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year']
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constantFrom(...time), fc.constantFrom(...time), (v, a, b) => {
        expect(convert(convert(v, a, b)!, b, a)).toBeCloseTo(v, 6)
      }),
    )
  })

  it('reads "n minutes" as n/60 hours for every n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), (n) => {
        const q = parseQuantity(`${n} دقيقة`)!
        expect(convert(q.value, q.unit!, 'hour')).toBeCloseTo(n / 60, 9)
      }),
      { numRuns: 200 },
    )
  })
})

describe('parseQuantity: money, percent, lengths and masses', () => {
  it.each<[string, Unit | undefined, number, Unit | null]>([
    // money with scale words, Arabic and English, digits and words
    ['1.5 مليار ريال', 'SAR', 1.5e9, 'SAR'],
    ['مليار ونصف ريال', 'SAR', 1.5e9, 'SAR'],
    ['1,5 مليار ريال', 'SAR', 1.5e9, 'SAR'], // decimal comma
    ['١٫٥ مليار ريال', 'SAR', 1.5e9, 'SAR'],
    ['نحو 1.5 مليار ريال سعودي', 'SAR', 1.5e9, 'SAR'],
    ['ملياري ريال', 'SAR', 2e9, 'SAR'],
    ['1.5 مليار ر.س', 'SAR', 1.5e9, 'SAR'],
    ['٣٠٠ مليون دولار', 'USD', 3e8, 'USD'],
    ['300 مليون $', 'USD', 3e8, 'USD'],
    ['$300 million', 'USD', 3e8, 'USD'],
    ['$1.5bn', 'USD', 1.5e9, 'USD'],
    ['$1.5 bn', 'USD', 1.5e9, 'USD'],
    ['$2m', 'USD', 2e6, 'USD'],
    ['$2m', undefined, 2e6, 'USD'], // m after a money amount is a million whatever the question
    ['2m dollars', undefined, 2e6, 'USD'],
    ['£3m', 'GBP', 3e6, 'GBP'],
    ['300m', 'USD', 3e8, null], // a bare amount is in the question's currency
    ['€20', 'EUR', 20, 'EUR'],
    ['20 euros', 'EUR', 20, 'EUR'],
    ['20 يورو', 'EUR', 20, 'EUR'],
    ['SAR 5 million', 'SAR', 5e6, 'SAR'],
    ['SAR1.5bn', 'SAR', 1.5e9, 'SAR'],
    ['5 million SAR', 'SAR', 5e6, 'SAR'],
    ['5 ملايين ريال سعودي', 'SAR', 5e6, 'SAR'],
    ['ألفا جنيه', 'EGP', 2000, 'EGP'],
    ['خمسة آلاف دينار كويتي', 'KWD', 5000, 'KWD'],
    ['500 درهم', 'AED', 500, 'AED'],
    ['500 درهم', 'MAD', 500, 'MAD'], // the family names the question's currency
    ['ليرة', 'LBP', 1, 'LBP'],
    ['ليرتين', 'SYP', 2, 'SYP'],
    ['الليرة التركية', 'TRY', 1, 'TRY'],
    ['US$ 3 billion', 'USD', 3e9, 'USD'],
    ['US $3 billion', 'USD', 3e9, 'USD'],
    ['3 billion US dollars', 'USD', 3e9, 'USD'],
    ['3 مليارات دولار أمريكي', 'USD', 3e9, 'USD'],
    ['جنيه إسترليني', 'GBP', 1, 'GBP'],
    ['3 million pounds sterling', 'GBP', 3e6, 'GBP'],
    ['3 million sterling', 'GBP', 3e6, 'GBP'],
    ['£20', 'GBP', 20, 'GBP'],
    ['¥100', 'JPY', 100, 'JPY'],
    ['¥100', 'CNY', 100, 'CNY'],
    ['100 يوان', 'CNY', 100, 'CNY'],
    ['100 ين', 'JPY', 100, 'JPY'],
    ['100 روبل', 'RUB', 100, 'RUB'],
    ['100 روبية', 'INR', 100, 'INR'],
    ['100 فرنك سويسري', 'CHF', 100, 'CHF'],
    ['100 شيكل', 'ILS', 100, 'ILS'],
    ['100 ريال قطري', 'SAR', 100, 'QAR'], // narrowed: another currency than the question's
    ['1.5 مليار دولار', 'SAR', 1.5e9, 'USD'],
    ['500 ريال', undefined, 500, 'SAR'], // the family's first without a question
    // percent
    ['12%', 'percent', 12, 'percent'],
    ['12٪', 'percent', 12, 'percent'],
    ['12 %', 'percent', 12, 'percent'],
    ['12 في المئة', 'percent', 12, 'percent'],
    ['12 في المائة', 'percent', 12, 'percent'],
    ['12 بالمئة', 'percent', 12, 'percent'],
    ['12 بالمائة', 'percent', 12, 'percent'],
    ['اثنا عشر بالمئة', 'percent', 12, 'percent'],
    ['12 percent', 'percent', 12, 'percent'],
    ['12 per cent', 'percent', 12, 'percent'],
    ['twelve percent', 'percent', 12, 'percent'],
    ['12 pct', 'percent', 12, 'percent'],
    ['بنسبة 12.5%', 'percent', 12.5, 'percent'],
    // lengths
    ['5 كم', 'kilometre', 5, 'kilometre'],
    ['5 كلم', 'kilometre', 5, 'kilometre'],
    ['5 كيلومترات', 'kilometre', 5, 'kilometre'],
    ['خمسة كيلومترات', 'kilometre', 5, 'kilometre'],
    ['5 كيلو متر', 'kilometre', 5, 'kilometre'],
    ['5000 متر', 'kilometre', 5000, 'metre'],
    ['5 km', 'kilometre', 5, 'kilometre'],
    ['5 kilometres', 'kilometre', 5, 'kilometre'],
    ['5 kilometers', 'kilometre', 5, 'kilometre'],
    ['3 miles', 'mile', 3, 'mile'],
    ['3 أميال', 'mile', 3, 'mile'],
    ['ميلين', 'mile', 2, 'mile'],
    ['100 م', 'metre', 100, 'metre'],
    ['100 m', 'metre', 100, 'metre'],
    ['500m', 'kilometre', 500, 'metre'], // m is metres for any length
    ['50 سم', 'centimetre', 50, 'centimetre'],
    ['50 cm', 'centimetre', 50, 'centimetre'],
    ['5 كيلو', 'kilometre', 5, 'kilometre'],
    ['متر ونصف', 'metre', 1.5, 'metre'],
    ['2 km 500 m', 'kilometre', 2.5, 'kilometre'],
    // masses
    ['20 كغ', 'kilogram', 20, 'kilogram'],
    ['20 كلغ', 'kilogram', 20, 'kilogram'],
    ['20 كيلوغرام', 'kilogram', 20, 'kilogram'],
    ['20 كيلوجرام', 'kilogram', 20, 'kilogram'],
    ['20 kg', 'kilogram', 20, 'kilogram'],
    ['20 كيلو', 'kilogram', 20, 'kilogram'],
    ['كيلو ونص', 'gram', 1.5, 'kilogram'],
    ['3 أطنان', 'tonne', 3, 'tonne'],
    ['3 طن', 'tonne', 3, 'tonne'],
    ['ثلاثة أطنان', 'tonne', 3, 'tonne'],
    ['3 tonnes', 'tonne', 3, 'tonne'],
    ['3 tons', 'tonne', 3, 'tonne'],
    ['3 t', 'tonne', 3, 'tonne'],
    ['500 غرام', 'gram', 500, 'gram'],
    ['500 جرام', 'gram', 500, 'gram'],
    ['500 g', 'gram', 500, 'gram'],
    ['2 kg 300 g', 'kilogram', 2.3, 'kilogram'],
    // m stays minutes for time and without a question
    ['150m', 'hour', 150, 'minute'],
    ['150m', undefined, 150, 'minute'],
    // areas and volumes: a unit of two words is one unit, and a power is no number
    ['150 ألف متر مكعب', undefined, 150000, 'cubic-metre'],
    ['150 ألف مترًا مكعبًا', undefined, 150000, 'cubic-metre'],
    ['ثلاثة أمتار مكعبة', undefined, 3, 'cubic-metre'],
    ['150,000 cubic metres', undefined, 150000, 'cubic-metre'],
    ['10 m3', undefined, 10, 'cubic-metre'],
    ['10 m³', 'minute', 10, 'cubic-metre'],
    ['2.5 مليون م³', undefined, 2.5e6, 'cubic-metre'],
    ['500 متر مربع', undefined, 500, 'square-metre'],
    ['200 م2', undefined, 200, 'square-metre'],
    ['5 km²', undefined, 5, 'square-kilometre'],
    ['2 كيلومتر مربع', undefined, 2, 'square-kilometre'],
    ['20 square kilometres', undefined, 20, 'square-kilometre'],
    ['ألفا هكتار', undefined, 2000, 'hectare'],
    ['half a hectare', undefined, 0.5, 'hectare'],
    ['300 فدان', undefined, 300, 'feddan'],
    ['30,000 acres', undefined, 30000, 'acre'],
    ['500 square miles', undefined, 500, 'square-mile'],
    ['40 دونمًا', undefined, 40, 'dunam'],
    ['20 لترًا', undefined, 20, 'litre'],
    ['مليون ونصف برميل', undefined, 1.5e6, 'barrel'],
    ['5 million bbl', undefined, 5e6, 'barrel'],
    // temperatures: Celsius by its words, its symbol or ° alone; Fahrenheit only by its own
    ['51 درجة مئوية', undefined, 51, 'celsius'],
    ['٥١ درجة مئوية', undefined, 51, 'celsius'],
    ['51 مئوية', undefined, 51, 'celsius'],
    ['51°C', undefined, 51, 'celsius'],
    ['51 ℃', undefined, 51, 'celsius'],
    ['51°', undefined, 51, 'celsius'],
    ['51°م', undefined, 51, 'celsius'],
    ['-25 degrees Celsius', undefined, -25, 'celsius'],
    ['124°F', undefined, 124, 'fahrenheit'],
    ['124 درجة فهرنهايت', undefined, 124, 'fahrenheit'],
  ])('%j (question in %s) → %d %s', (text, question, value, unit) => {
    const q = parseQuantity(text, { expect: question })
    expect(q).not.toBeNull()
    expect(q!.value).toBeCloseTo(value, 6)
    expect(q!.unit).toBe(unit)
  })

  it.each<[string, Unit]>([
    ['ريال أمريكي', 'SAR'], // an adjective that contradicts its currency
    ['5 ريال أمريكي', 'SAR'],
    ['$300 ريال', 'USD'],
    ['$ ساعتين', 'USD'],
    ['أكثر من 1.5 مليار ريال', 'SAR'],
    ['1.5 مليار ريال أو أكثر', 'SAR'],
    ['over $300 million', 'USD'],
    ['مش 300 مليون دولار', 'USD'],
    ['أكثر من 12%', 'percent'],
    ['أقل من 12 بالمئة', 'percent'],
    ['at least 12 percent', 'percent'],
    ['12% أو 13%', 'percent'],
    ['نحو 5 كم أو أكثر', 'kilometre'],
    ['5 كم و3 ساعات', 'kilometre'],
    ['مليون دولار ونصف', 'USD'], // a half of what? not one amount
    ['2 kg 3 km', 'kilogram'],
    ['5 km 2000 m', 'kilometre'], // a smaller part is less than one of the unit before it
  ])('%j (question in %s) → null', (text, question) => {
    expect(parseQuantity(text, { expect: question })).toBeNull()
  })

  it('keeps the words of other answers out: a currency, a unit, a date word', () => {
    const context = ['كم بلغت قيمة الصفقة؟', 'How much was the deal worth?', 'وقّعت الشركة صفقة بقيمة 1.5 مليار ريال سعودي']
    expect(parseQuantity('قيمة الصفقة 1.5 مليار ريال', { expect: 'SAR', context })).toMatchObject({ value: 1.5e9, unit: 'SAR' })
    expect(parseQuantity('1.5 مليار ريال للصفقة', { expect: 'SAR', context })).toMatchObject({ value: 1.5e9, unit: 'SAR' })
    expect(parseQuantity('1.5 مليار دبابة', { expect: 'SAR', context })).toBeNull()
    expect(parseQuantity('in 2000', { expect: 'SAR', context })).toBeNull()
  })
})

describe('convert: lengths, masses, currencies, percent and dates', () => {
  it.each<[number, Unit, Unit, number | null]>([
    [5, 'kilometre', 'metre', 5000],
    [5000, 'metre', 'kilometre', 5],
    [50, 'centimetre', 'metre', 0.5],
    [1, 'mile', 'kilometre', 1.609344],
    [5, 'kilometre', 'mile', 3.10686],
    [3, 'tonne', 'kilogram', 3000],
    [500, 'gram', 'kilogram', 0.5],
    [2, 'kilogram', 'tonne', 0.002],
    [1, 'square-kilometre', 'hectare', 100],
    [12000, 'hectare', 'square-kilometre', 120],
    [1, 'feddan', 'square-metre', 4200.83],
    [10, 'dunam', 'hectare', 1],
    [1, 'square-mile', 'acre', 640],
    [100, 'hectare', 'acre', 247.105381],
    [2.5, 'cubic-metre', 'litre', 2500],
    [1, 'barrel', 'litre', 158.987295],
    [1, 'cubic-metre', 'square-metre', null],
    [5, 'square-kilometre', 'kilometre', null],
    [51, 'celsius', 'fahrenheit', null],
    [51, 'celsius', 'count', null],
    [5, 'kilometre', 'kilogram', null],
    [5, 'metre', 'minute', null],
    [100, 'SAR', 'QAR', null], // currencies are never converted into each other
    [100, 'USD', 'USD', 100],
    [12, 'percent', 'count', null],
    [12, 'count', 'percent', null],
    [20230908, 'date', 'day', null],
    [1900, 'year', 'date', null],
  ])('%d %s → %s = %s', (value, from, to, expected) => {
    const out = convert(value, from, to)
    if (expected === null) expect(out).toBeNull()
    else expect(out).toBeCloseTo(expected, 5)
  })
})

describe('findQuantities lists the quantities with units of a running text', () => {
  it.each<[string, [number, Unit, Unit[]][]]>([
    [
      'وقّعت الشركة صفقة بقيمة 1.5 مليار ريال سعودي، وأعلنت واشنطن عن $300m، وارتفع التضخم إلى 12 في المئة',
      [
        [1.5e9, 'SAR', ['SAR']],
        [3e8, 'USD', ['USD', 'CAD', 'AUD']],
        [12, 'percent', ['percent']],
      ],
    ],
    [
      'يقع المخيم على بعد 5 كيلومترات من الحدود، ووصلت 3 أطنان من المساعدات خلال ساعتين',
      [
        [5, 'kilometre', ['kilometre']],
        [3, 'tonne', ['tonne']],
        [2, 'hour', ['hour']],
      ],
    ],
    [
      'the deal, worth SAR 5 million, took an hour and 2,000 soldiers',
      [
        [5e6, 'SAR', ['SAR']],
        [2000, 'person', ['person']],
      ],
    ],
    ['بقيمة 500 ريال', [[500, 'SAR', ['SAR', 'QAR', 'OMR', 'YER', 'IRR']]]],
    ['الريال السعودي والساعة وعام 1900', []], // nouns alone and bare numbers are no quantities
    [
      'تنتج المحطة 150 ألف متر مكعب يوميا على مساحة 20 كم² وتخدم 300 فدان',
      [
        [150000, 'cubic-metre', ['cubic-metre']],
        [20, 'square-kilometre', ['square-kilometre']],
        [300, 'feddan', ['feddan']],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(findQuantities(text).map((q) => [q.value, q.unit, q.units])).toEqual(expected)
  })
})

describe('currenciesOf names the currencies of a word and its adjective or code', () => {
  it.each<[string, string[]]>([
    ['ريال سعودي', ['SAR']],
    ['الريال القطري', ['QAR']],
    ['ريال', ['SAR', 'QAR', 'OMR', 'YER', 'IRR']],
    ['الدولار الأمريكي', ['USD']],
    ['US dollars', ['USD']],
    ['$', ['USD', 'CAD', 'AUD']],
    ['pounds sterling', ['GBP']],
    ['جنيه إسترليني', ['GBP']],
    ['جنيه', ['EGP', 'SDG', 'GBP']],
    ['دينار كويتي', ['KWD']],
    ['دينار', ['KWD', 'JOD', 'IQD', 'BHD', 'LYD', 'DZD', 'TND']],
    ['درهم', ['AED', 'MAD']],
    ['الليرة التركية', ['TRY']],
    ['ليرة', ['LBP', 'SYP', 'TRY']],
    ['KWD', ['KWD']],
    ['¥', ['JPY', 'CNY']],
    ['€', ['EUR']],
    ['ريال أمريكي', []],
    ['ساعة', []],
    ['سعودي', []],
  ])('%j → %j', (words, codes) => {
    expect(currenciesOf(words)).toEqual(codes)
  })
})

describe('areas, volumes and temperatures are named in both languages', () => {
  it.each<[Unit, string, string]>([
    ['cubic-metre', 'بالأمتار المكعبة', 'in cubic metres'],
    ['square-metre', 'بالأمتار المربعة', 'in square metres'],
    ['square-kilometre', 'بالكيلومترات المربعة', 'in square kilometres'],
    ['hectare', 'بالهكتارات', 'in hectares'],
    ['feddan', 'بالأفدنة', 'in feddans'],
    ['barrel', 'بالبراميل', 'in barrels'],
    ['celsius', 'بالدرجات المئوية', 'in degrees Celsius'],
  ])('%s: %s, %s', (unit, ar, en) => {
    expect(unitHint(unit, 'ar')).toBe(ar)
    expect(unitHint(unit, 'en')).toBe(en)
  })

  it.each<[number, Unit, string, string]>([
    [2, 'cubic-metre', '2 م³', '2 m³'],
    [3, 'feddan', '3 أفدنة', '3 feddans'],
    [2, 'dunam', 'دونمان', '2 dunams'],
    [5e6, 'barrel', '5 ملايين برميل', '5 million barrels'],
  ])('%d %s: %s, %s', (value, unit, ar, en) => {
    expect(formatQuantity(value, unit, 'ar')).toBe(ar)
    expect(formatQuantity(value, unit, 'en')).toBe(en)
  })
})
