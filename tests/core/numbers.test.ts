import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findNumbers, parseNumber } from '../../src/core/numbers.ts'
import { parseDigitString, tokenize } from '../../src/core/numbers-tokenizer.ts'
import { arabicWords, englishWords, picker } from './number-words.ts'

describe('parseNumber reads a whole answer as one number', () => {
  it.each<[string, number]>([
    // digits and separators, in every script
    ['2000', 2000],
    ['6,000', 6000],
    ['6٬000', 6000],
    ['٦٬٠٠٠', 6000],
    ['٦٠٠٠', 6000],
    ['۶۰۰۰', 6000],
    ['2.5', 2.5],
    ['٢٫٥', 2.5],
    ['۲٫۵', 2.5],
    ['2,5', 2.5],
    ['٢،٥', 2.5],
    ['9 500', 9500],
    ['1 000 000', 1e6],
    ['9,500.5', 9500.5],
    ['9.500,5', 9500.5],
    ['1.000.000', 1e6],
    ['.5', 0.5],
    ['-5', -5],
    ['0', 0],
    // Arabic units, teens, tens, hundreds
    ['واحد', 1],
    ['إحدى', 1],
    ['اثنان', 2],
    ['اثنتين', 2],
    ['ثلاث', 3],
    ['ثلاثة', 3],
    ['ثمانية', 8],
    ['عشرة', 10],
    ['أحد عشر', 11],
    ['اثنا عشر', 12],
    ['ثلاثة عشر', 13],
    ['تسع عشرة', 19],
    ['عشرون', 20],
    ['عشرين', 20],
    ['خمسة وعشرون', 25],
    ['خمسة و عشرين', 25],
    ['تسعين', 90],
    ['مائة', 100],
    ['مئة', 100],
    ['مئتان', 200],
    ['مائتين', 200],
    ['خمسمائة', 500],
    ['خمس مئة', 500],
    ['ثلاثمئة', 300],
    ['تسعمائة', 900],
    ['ثلاثمائة وخمسة وستون', 365],
    // Arabic thousands
    ['ألف', 1000],
    ['ألفان', 2000],
    ['ألفين', 2000],
    ['الفين', 2000],
    ['ألفي', 2000],
    ['ألفًا', 1000],
    ['ستة آلاف', 6000],
    ['ستة الاف', 6000],
    ['خمسة آلاف', 5000],
    ['تسعة آلاف وخمسمائة', 9500],
    ['تسعة آلاف و خمسمائة', 9500],
    ['تسعة آلاف ونصف', 9500],
    ['ألف وخمسمائة', 1500],
    ['ألف ونصف', 1500],
    ['ألفين وخمسمائة', 2500],
    ['عشرون ألفًا', 20000],
    ['خمسة وعشرون ألف', 25000],
    ['مائة ألف', 100000],
    ['مليون', 1e6],
    ['مليون ونصف', 1.5e6],
    // The scale said again after its fraction, as news writes it.
    ['مليون ونصف مليون', 1.5e6],
    ['مليون ونصف المليون', 1.5e6],
    ['ثلاثة ملايين ونصف مليون', 3.5e6],
    ['ألفان ونصف الألف', 2500],
    ['مليون وربع مليون', 1.25e6],
    ['مليونين', 2e6],
    ['نصف مليون', 5e5],
    // mixed digits and words
    ['6 آلاف', 6000],
    ['٦ آلاف', 6000],
    ['9.5 ألف', 9500],
    ['٩٫٥ ألف', 9500],
    ['2 مليون', 2e6],
    ['ألف و500', 1500],
    // fractions
    ['نصف', 0.5],
    ['ربع', 0.25],
    ['ثلث', 1 / 3],
    ['ثلثين', 2 / 3],
    ['ثلاثة أرباع', 0.75],
    ['اثنين ونصف', 2.5],
    ['اثنان و نصف', 2.5],
    ['ثلاثة وربع', 3.25],
    ['ثلاثة إلا ربع', 2.75],
    ['2 ونصف', 2.5],
    ['2½', 2.5],
    ['½', 0.5],
    ['2 1/2', 2.5],
    ['3/4', 0.75],
    ['2⅓', 7 / 3],
    // English
    ['one', 1],
    ['twelve', 12],
    ['twenty-five', 25],
    ['twenty five', 25],
    ['ninety-nine', 99],
    ['a hundred', 100],
    ['one hundred and five', 105],
    ['two thousand', 2000],
    ['Two Thousand', 2000],
    ['six thousand', 6000],
    ['nine thousand five hundred', 9500],
    ['nine thousand and five hundred', 9500],
    ['a thousand', 1000],
    ['two and a half', 2.5],
    ['two and half', 2.5],
    ['a half', 0.5],
    ['half', 0.5],
    ['a quarter', 0.25],
    ['three quarters', 0.75],
    ['three-quarters', 0.75],
    ['two and a half thousand', 2500],
    ['two point five', 2.5],
    ['one million', 1e6],
    ['half a million', 5e5],
    ['9.5k', 9500],
    ['6k', 6000],
    ['1.5bn', 1.5e9],
    ['1.5 bn', 1.5e9],
    ['300 mn', 3e8],
    ['1500 مليون', 1.5e9], // digits may count millions past a thousand
    ['1,500 million', 1.5e9],
    ['ملياري', 2e9],
    ['three trillion', 3e12],
    ['6K', 6000],
    // hedges
    ['نحو 2000', 2000],
    ['حوالي 2000', 2000],
    ['حوالى ٢٠٠٠', 2000],
    ['2000 تقريبًا', 2000],
    ['تقريبا 2000', 2000],
    ['قرابة ألفين', 2000],
    ['ما يقارب 2000', 2000],
    ['ما يقرب من ألفين', 2000],
    ['زهاء 2000', 2000],
    ['بنحو 2000', 2000],
    ['about 2000', 2000],
    ['around 2,000', 2000],
    ['approximately two thousand', 2000],
    ['roughly 2000', 2000],
    ['almost 2000', 2000],
    ['~2000', 2000],
    ['≈ 2000', 2000],
    ['2000 or so', 2000],
    ['2000 more or less', 2000],
    ['exactly 2000', 2000],
    ['2000 فقط', 2000],
    ['  ٢٠٠٠.  ', 2000],
    ['(2000)', 2000],
    ['ألفين إلا ربع', 1750], // after a bare thousand, as with و: a quarter of the thousand
    ['ألف إلا ربع', 750],
    ['ninety-five hundred', 9500], // 10–99 hundreds
    ['95 hundred', 9500],
    ['twenty hundred', 2000],
    ['nineteen hundred and fifty', 1950],
    ['عشرين مئة', 2000],
    ['two thousand and five hundred', 2500],
    ['two thousand five hundred', 2500],
    ['«٢٠٠٠»', 2000],
    ['2000!', 2000],
  ])('%j → %d', (text, expected) => {
    expect(parseNumber(text)).toBeCloseTo(expected, 9)
  })

  it.each([
    '',
    '   ',
    'hello',
    'بكين',
    '2000 and 5000',
    '2000 و5000',
    '2000 و 500',
    '2000, 5000',
    'بين 5 و 6',
    'between 5 and 6',
    '5-6',
    '5 – 6',
    '2000/3000',
    'أكثر من 2000',
    'أقل من 2000',
    'more than 2000',
    'less than 2000',
    'at least 2000',
    'up to 2000',
    'over 2000',
    'ما لا يقل عن 2000',
    '2000 أو أكثر',
    '2000+',
    '2000 جندي', // a noun: parseQuantity's business, not a pure number
    'ساعتين',
    'آلاف', // "thousands": how many?
    'thousands',
    'ألفين ألف',
    'ألف ألفين',
    'ثلاثة ألفين',
    'خمسة ستة',
    'five six',
    'and',
    'و',
    'ونصف',
    '2.5 ونصف',
    '1,2,3',
    '50%',
    '2:30',
    '2000 لا',
    'not 2000',
    '2000$',
    '$2000',
    '$2m', // a unit: parseQuantity's business
    '12 بالمئة',
    '٢٠٠٠٪',
    '#2000',
    '2000 & 5000',
    'ألف ~ خمسمائة',
    'ألف حوالي خمسمائة',
    'ألف ما يقارب خمسمائة',
    'ألف، خمسمائة',
    'ألفين; خمسمائة',
    'two thousand, five hundred',
    'two thousand about five hundred',
    'two thousand ≈ five hundred',
    '2/3/2024',
    '12/3',
    '5/2',
    '2000 (6000)', // brackets inside the answer stop the reading
    '(2000) 6000',
    '2000 = 6000',
    '1e3', // no exponents, hex, Infinity or NaN
    '2e3',
    '0x7D0',
    'Infinity',
    'NaN',
    '9'.repeat(400), // Infinity
    '100 hundred', // 10–99 hundreds only
    'ninety-five hundred hundred',
  ])('%j → null', (text) => {
    expect(parseNumber(text)).toBeNull()
  })
})

describe('parseDigitString', () => {
  it.each<[string, number | null]>([
    ['6000', 6000],
    ['6,000', 6000],
    ['1,000,000', 1e6],
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['1.000.000', 1e6],
    ['9,500.25', 9500.25],
    ['1,2,3', null],
    ['1.2.3', null],
    // South Asian grouping (lakh, crore): thousands, then twos
    ['1,00,000', 1e5],
    ['30,00,000', 3e6],
    ['7,60,00,000', 76e6],
    ['1,00,00', null],
    ['1,000,00,000', null],
    ['100,00,000', null],
  ])('%s → %s', (raw, expected) => {
    expect(parseDigitString(raw)).toBe(expected)
  })
})

describe('findNumbers lists every number in a running text', () => {
  it.each<[string, number[]]>([
    ['الاجتماع بين كيم وبوتين استمر نحو ساعتين ونصف', [2.5]],
    ['لقاء امتد لساعتين ونصف', [2.5]],
    ['استمر ساعتين', [2]],
    ['ساعة ونصف', [1.5]],
    ['قُتل نحو 2000 جندي كوري شمالي يقاتلون لصالح روسيا', [2000]],
    ['تخطط بيونغ يانغ لإرسال 6000 جندي إضافي بينهم 1000 مقاتل موجودون بالفعل', [6000, 1000]],
    ['لإرسال نحو 1000 عامل إزالة ألغام و5000 عامل بناء إلى منطقة كورسك', [1000, 5000]],
    ['نحو 9500 جندي كوري شمالي تلقوا تدريبات مكثفة', [9500]],
    ['قُتل نحو ألفي جندي', [2000]],
    ['أرسلت ستة آلاف جندي وتسعة آلاف وخمسمائة عامل', [6000, 9500]],
    ['في الحرب العالمية الثانية، العام الماضي', []],
    ['about 2,000 soldiers and 6,000 more', [2000, 6000]],
    ['the talks lasted two and a half hours', [2.5]],
    ['٢٠٠٠ و٥٠٠٠', [2000, 5000]],
    // money with scale words and abbreviations, percent, lengths
    ['وقّعت الشركة صفقة بقيمة 1.5 مليار ريال سعودي', [1.5e9]],
    ['بقيمة مليار ونصف ريال و300 مليون دولار', [1.5e9, 3e8]],
    ['شملت أكثر من مليون ونصف مليون طفل في 12 جهة', [1.5e6, 12]],
    // a minus sign written onto a number, never the hyphen of a range or a name
    ['Temperatures fell to -25°C, then rose from -10 to -6', [-25, -10, -6]],
    ['انخفضت درجة الحرارة إلى −3 درجات', [-3]],
    ['5-6 hours after COVID-19', [5, 6, 19]],
    ['Washington pledged $300m, then $1.5bn, and £2 m more', [3e8, 1.5e9, 2e6]],
    ['it lasted 150m', [150]], // m after a bare number stays minutes (or metres)
    ['ارتفع التضخم إلى 12 في المئة ثم 13%', [12, 13]],
    ['على بعد 5 كيلومترات، أي 5000 متر', [5, 5000]],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(findNumbers(text)).toEqual(expected)
  })
})

describe('parseNumber properties', () => {
  const EASTERN = '٠١٢٣٤٥٦٧٨٩'
  const PERSIAN = '۰۱۲۳۴۵۶۷۸۹'
  const toScript = (s: string, digits: string) => s.replace(/\d/g, (d) => digits[Number(d)]!)
  const group = (int: string, sep: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, sep)

  it('reads digits in any script and with any separators as the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 }), fc.nat(5), (int, cents, style) => {
        const n = int + cents / 100
        const intText = String(int)
        const frac = cents === 0 ? '' : String(cents).padStart(2, '0').replace(/0$/, '')
        const renderings = [
          frac ? `${intText}.${frac}` : intText,
          frac ? `${group(intText, ',')}.${frac}` : group(intText, ','),
          toScript(frac ? `${group(intText, '٬')}٫${frac}` : group(intText, '٬'), EASTERN),
          toScript(frac ? `${intText}٫${frac}` : intText, PERSIAN),
          frac ? `${group(intText, ' ')}.${frac}` : group(intText, ' '),
          toScript(frac ? `${intText}.${frac}` : intText, EASTERN),
        ]
        expect(parseNumber(renderings[style]!)).toBeCloseTo(n, 9)
      }),
      { numRuns: 400 },
    )
  })

  it('parseNumber(String(n)) === n for integers and halves', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.boolean(), (int, half) => {
        const n = half ? int + 0.5 : int
        expect(parseNumber(String(n))).toBe(n)
      }),
      { numRuns: 500 },
    )
  })

  it('reads back Arabic words generated for 1…999 999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.array(fc.nat(11), { minLength: 12, maxLength: 12 }), (n, choices) => {
        const words = arabicWords(n, picker(choices))
        expect(parseNumber(words), words).toBe(n)
      }),
      { numRuns: 800 },
    )
  })

  it('reads back English words generated for 1…999 999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.array(fc.nat(11), { minLength: 12, maxLength: 12 }), (n, choices) => {
        const words = englishWords(n, picker(choices))
        expect(parseNumber(words), words).toBe(n)
      }),
      { numRuns: 800 },
    )
  })

  it('never reads two numbers in words joined by "or", "to", a range or a comparison as one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.integer({ min: 1, max: 999_999 }),
        fc.array(fc.nat(11), { minLength: 24, maxLength: 24 }),
        fc.boolean(),
        fc.constantFrom(' أو ', ' او ', ' إلى ', ' - ', ' or ', ' to ', ' ~ ', ' / '),
        (a, b, choices, arabic, sep) => {
          const pick = picker(choices)
          const words = arabic ? arabicWords : englishWords
          const text = `${words(a, pick)}${sep}${words(b, pick)}`
          expect(parseNumber(text), text).toBeNull()
        },
      ),
      { numRuns: 400 },
    )
  })

  it('never throws, and never reads a list of two numbers as one', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        parseNumber(s)
        findNumbers(s)
      }),
      { numRuns: 500 },
    )
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999 }), fc.integer({ min: 1, max: 99999 }), fc.constantFrom(' و', ' and ', ', ', ' - ', ' أو '), (a, b, sep) => {
        expect(parseNumber(`${a}${sep}${b}`)).toBeNull()
      }),
      { numRuns: 300 },
    )
  })
})

describe('tokenize reads a text once and hands each caller a list of its own', () => {
  it.each(['2,000 soldiers', 'نحو ٦٬٠٠٠ جندي', '5 foot 11', 'ساعتين ونصف'])('%s: a list changed by its caller changes no later reading', (text) => {
    const first = tokenize(text)
    const copy = JSON.stringify(first)
    first.splice(0, first.length, { t: 'sym', c: '?', start: 0, end: 1 })
    const again = tokenize(text)
    expect(again).not.toBe(first)
    expect(JSON.stringify(again)).toBe(copy)
  })
})
