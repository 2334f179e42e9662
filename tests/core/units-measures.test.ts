import { describe, expect, it } from 'vitest'
import type { Unit } from '../../src/core/quiz-schema.ts'
import { convert, dimensionOf, parseQuantity } from '../../src/core/units.ts'
import { describeMeasureRows, type MeasureRow } from './measure-rows.ts'

/**
 * Measures news writes that are not lengths, masses or money in whole units: rainfall in
 * millimetres, speeds, data sizes, a battery's charge, doses, parts of a currency (22 cents),
 * ages. Each row is a sentence of an article: the drafter keys the quantity in its unit, and a
 * question on it (the sentence with the quantity blanked, as the drafter writes it) accepts the
 * natural right forms and refuses the wrong neighbours (another unit or dimension, a near number).
 */

type Row = MeasureRow

const ROWS: Row[] = [
  // --- rainfall: millimetres and centimetres ---
  {
    text: 'Rainfall peaked at 78 mm in a single hour early on Wednesday.',
    written: '78 mm',
    value: 78,
    unit: 'millimetre',
    right: ['78 mm', '78mm', '78 millimetres', 'seventy-eight millimetres', '٧٨ ملم', '78 مم', '7.8 cm', 'about 78 mm', '78'],
    wrong: ['87 mm', '78 cm', '78 km/h', '78 m', '78 ml', '780 mm', 'more than 78 mm'],
  },
  {
    text: 'وسجلت محطة الرصد تساقطات قياسية بلغت 88 ملم في ثلاث ساعات.',
    written: '88 ملم',
    value: 88,
    unit: 'millimetre',
    right: ['88 ملم', '88 مم', '٨٨ ملم', '88 ملليمتر', 'ثمانية وثمانين ملليمتر', '88 mm', '8.8 سم', 'حوالي 88 ملم'],
    wrong: ['89 ملم', '88 سم', '88 كم', '88 ملغ', '88 كم/س', 'أكثر من 88 ملم'],
  },
  {
    text: 'Ten millimetres of rain fell on the town in a day.',
    written: 'Ten millimetres',
    value: 10,
    unit: 'millimetre',
    right: ['10 mm', 'ten millimetres', '1 cm', '10 ملم', 'عشرة ملليمترات', '10'],
    wrong: ['10 cm', '100 mm', '1 mm', '10 km', '10 MB'],
  },
  {
    text: 'The storm left 45 cm of snow on the mountain roads.',
    written: '45 cm',
    value: 45,
    unit: 'centimetre',
    right: ['45 cm', '45 سم', '450 mm', '450 ملم', '0.45 m', 'forty-five centimetres', '45'],
    wrong: ['45 mm', '4.5 mm', '45 m', '54 cm', '45 km/h'],
  },
  // --- speeds ---
  {
    text: 'Forecasters warned of winds gusting up to 90 km/h along the coast.',
    written: '90 km/h',
    value: 90,
    unit: 'kilometre-per-hour',
    right: ['90 km/h', '90km/h', '90 kph', '90 kilometres per hour', 'ninety km/h', '90 كم/س', '90 كم في الساعة', '25 m/s', '90'],
    wrong: ['90 km', '90 mph', '90 m/s', '80 km/h', '90 mm', '9 km/h', 'more than 90 km/h'],
  },
  {
    text: 'وهبت رياح قوية بلغت سرعتها 95 كلم في الساعة على السواحل.',
    written: '95 كلم في الساعة',
    value: 95,
    unit: 'kilometre-per-hour',
    right: [
      '95 كلم في الساعة',
      '95 كم/س',
      '95 كم/ساعة',
      '٩٥ كيلومتر في الساعة',
      'خمسة وتسعين كم في الساعة',
      '95 كيلو في الساعة',
      '95 كيلومتر/ساعة',
      '95 km/h',
      '95',
    ],
    wrong: ['95 كلم', '95 ميل في الساعة', '59 كم/س', '95 ملم', '95 كم في الثانية'],
  },
  {
    text: 'Gusts of 70 mph were recorded on the Welsh coast.',
    written: '70 mph',
    value: 70,
    unit: 'mile-per-hour',
    right: ['70 mph', '70 miles per hour', 'seventy mph', '70 ميل في الساعة', '70', 'about 70 mph'],
    wrong: ['70 km/h', '70 miles', '60 mph', '70 knots', '7 mph'],
  },
  {
    text: 'Wind speeds reached 33 m/s at the offshore station.',
    written: '33 m/s',
    value: 33,
    unit: 'metre-per-second',
    right: ['33 m/s', '33 metres per second', 'thirty-three metres per second', '33 م/ث', '33 متر في الثانية', '118.8 km/h', '33'],
    wrong: ['33 km/h', '33 m', '33 minutes', '23 m/s', '33 km/s'],
  },
  {
    text: "The flyby increased the spacecraft's speed relative to the Sun by about 4.5 kilometres per second.",
    written: '4.5 kilometres per second',
    value: 4.5,
    unit: 'kilometre-per-second',
    right: ['4.5 km/s', '4.5 kilometres per second', '4.5 km per second', 'four and a half kilometres per second', '4.5 كم في الثانية', '4500 m/s', '4.5'],
    wrong: ['4.5 km', '4.5 km/h', '4.5 m/s', '5 km/s', '45 km/s'],
  },
  {
    text: 'وأطلق الصاروخ القمر الصناعي بسرعة 7.8 كيلومترات في الثانية.',
    written: '7.8 كيلومترات في الثانية',
    value: 7.8,
    unit: 'kilometre-per-second',
    right: ['7.8 كيلومترات في الثانية', '7.8 كم في الثانية', '٧٫٨ كم/ث', '7.8 km/s', '7800 متر في الثانية', '7.8'],
    wrong: ['7.8 كم', '7.8 كم/س', '8.7 كم في الثانية', '78 كم في الثانية'],
  },
  {
    text: 'The ferry crossed the strait at 12 knots despite the swell.',
    written: '12 knots',
    value: 12,
    unit: 'knot',
    right: ['12 knots', 'twelve knots', '12 kts', '12 عقدة بحرية', '22.224 km/h', '12'],
    wrong: ['12 km/h', '12 mph', '21 knots', '12 miles', '12 m/s'],
  },
  // --- data and battery ---
  {
    text: 'The base model comes with 128GB of storage and a larger battery.',
    written: '128GB',
    value: 128,
    unit: 'gigabyte',
    right: ['128GB', '128 GB', '128 gigabytes', '128 جيجابايت', '128 غيغابايت', 'a hundred and twenty-eight gigabytes', '128'],
    wrong: ['128 TB', '128 MB', '256 GB', '12.8 GB', '128 mAh', '128 km'],
  },
  {
    text: 'Nova unveiled its first phone with a 1TB storage option.',
    written: '1TB',
    value: 1,
    unit: 'terabyte',
    right: ['1TB', '1 TB', 'one terabyte', '1 تيرابايت', '1000 GB', '1'],
    wrong: ['1 GB', '1 MB', '2 TB', '1024 GB', '10 TB'],
  },
  {
    text: 'ويأتي الهاتف بذاكرة تخزين 256 غيغابايت وشاشة أكبر.',
    written: '256 غيغابايت',
    value: 256,
    unit: 'gigabyte',
    right: ['256 غيغابايت', '256 جيجابايت', '٢٥٦ جيجا بايت', '256 GB', '256gb', '256'],
    wrong: ['256 ميغابايت', '256 تيرابايت', '265 غيغابايت', '25.6 GB', '256 ملم'],
  },
  {
    text: 'The app update is only 350 MB and installs in a minute.',
    written: '350 MB',
    value: 350,
    unit: 'megabyte',
    right: ['350 MB', '350MB', '350 megabytes', '350 ميغابايت', '0.35 GB', '350'],
    wrong: ['350 GB', '350 mm', '35 MB', '530 MB', '350 mg'],
  },
  {
    text: 'It has a 5,000mAh battery that lasts two days.',
    written: '5,000mAh',
    value: 5000,
    unit: 'milliampere-hour',
    right: ['5,000mAh', '5000 mAh', '5000 mah', 'five thousand mAh', '5000 ملي أمبير', '5 آلاف ملي أمبير', '5000'],
    wrong: ['5000 MB', '500 mAh', '5000 mm', '4000 mAh', '5000 mg'],
  },
  {
    text: 'وتبلغ سعة البطارية 4500 ملي أمبير في الطراز الأساسي.',
    written: '4500 ملي أمبير',
    value: 4500,
    unit: 'milliampere-hour',
    right: ['4500 ملي أمبير', '4500 مللي أمبير', '٤٥٠٠ ملي أمبير', '4500 mAh', 'أربعة آلاف وخمسمائة ملي أمبير', '4500'],
    wrong: ['4500 ميغابايت', '5400 ملي أمبير', '4500 ملم', '450 ملي أمبير'],
  },
  // --- doses ---
  {
    text: 'Patients took 500 mg of the drug twice a day for a year.',
    written: '500 mg',
    value: 500,
    unit: 'milligram',
    right: ['500 mg', '500mg', '500 milligrams', 'five hundred milligrams', '0.5 g', '500 ملغ', '500'],
    wrong: ['500 g', '500 ml', '50 mg', '500 kg', '5 mg'],
  },
  {
    text: 'ويبدأ العلاج عادة بجرعة 0.25 ملليجرام أسبوعياً لمدة 4 أسابيع.',
    written: '0.25 ملليجرام',
    value: 0.25,
    unit: 'milligram',
    right: ['0.25 ملليجرام', '0.25 ملغ', '٠٫٢٥ ملغم', 'ربع ملليغرام', '0.25 mg', '0.25'],
    wrong: ['0.25 غرام', '0.5 ملغ', '25 ملغ', '0.25 مل', '2.5 ملغ'],
  },
  {
    text: 'The syrup is given as 5 ml three times a day.',
    written: '5 ml',
    value: 5,
    unit: 'millilitre',
    right: ['5 ml', '5ml', 'five millilitres', '5 مل', '5 ملليلتر', '0.005 litres', '5'],
    wrong: ['5 mg', '5 l', '50 ml', '5 mm', '6 ml'],
  },
  {
    text: 'وتعطى الجرعة 10 مل من المحلول مرتين يوميا.',
    written: '10 مل',
    value: 10,
    unit: 'millilitre',
    right: ['10 مل', '١٠ مل', '10 ملليلتر', 'عشرة ملليلترات', '10 ml', '10'],
    wrong: ['10 ملغ', '10 ملم', '10 لتر', '100 مل', '1 مل'],
  },
  // --- parts of a currency ---
  {
    text: 'The company raised its quarterly dividend by 10% to 22 cents a share.',
    written: '22 cents',
    value: 0.22,
    unit: 'USD',
    right: ['22 cents', '$0.22', '0.22 dollars', 'twenty-two cents', '22 سنتا', '0.22 دولار', '0.22', '22¢'],
    wrong: ['22 dollars', '$22', '22', '0.22 euros', '22 pence', '32 cents', '2.2 cents'],
  },
  {
    text: 'A litre of milk now costs 95 pence in most supermarkets.',
    written: '95 pence',
    value: 0.95,
    unit: 'GBP',
    right: ['95 pence', '95 بنس', '£0.95', '0.95 pounds', 'ninety-five pence', '0.95'],
    wrong: ['95 pounds', '£95', '95 cents', '59 pence', '95'],
  },
  {
    text: 'وارتفع سعر رغيف الخبز إلى 25 قرشاً، بينما بقي سعر الكيلو 12 جنيهاً.',
    written: '25 قرشاً',
    value: 0.25,
    unit: 'EGP',
    right: ['25 قرشاً', '25 قرش', 'خمسة وعشرين قرش', '٢٥ قرشا', 'ربع جنيه', '0.25 جنيه', '0.25'],
    wrong: ['25 جنيه', '25', '25 سنت', '52 قرش', '2.5 قرش'],
  },
  {
    text: 'ورفعت الشركة سعر لتر البنزين 50 فلساً ليبلغ 1.2 دينار كويتي.',
    written: '50 فلساً',
    value: 0.05,
    unit: 'KWD',
    right: ['50 فلساً', '50 فلس', 'خمسين فلس', '0.05 دينار', '0.05 دينار كويتي', '0.05'],
    wrong: ['50 دينار', '50', '50 قرش', '500 فلس', '5 فلس'],
  },
  // A part of a currency whose currency the article does not name counts what its word names: 25 sharks.
  {
    text: 'واصطاد الصيادون 25 قرشاً قرب الساحل خلال أسبوع واحد.',
    written: '25 قرشاً',
    value: 25,
    unit: 'count',
    right: ['25', '25 قرشاً', '25 قرش', 'خمسة وعشرين', 'خمسة وعشرين قرشا', '٢٥'],
    wrong: ['0.25', '0.25 جنيه', '25 جنيه', '52', '25 سمكة'],
  },
  {
    text: 'A first-class stamp now costs 99 cents.',
    written: '99 cents',
    value: 0.99,
    unit: 'USD',
    right: ['99 cents', '$0.99', '0.99 dollars', 'ninety-nine cents', '99¢', '0.99'],
    wrong: ['$99', '99 dollars', '99', '89 cents', '99 pence'],
  },
  // --- ages ---
  {
    text: 'In 1975, at the age of 38, she was appointed consultant surgeon.',
    written: '38',
    value: 38,
    unit: 'year',
    right: ['38', '38 years', '38 years old', 'thirty-eight years old', '38 سنة', '38 عامًا', 'عمرها 38 سنة', 'بعمر 38', '38-year-old'],
    wrong: ['39', '38 months', '83 years old', '38 سنة ونصف', 'أكثر من 38 سنة'],
  },
  {
    text: 'She died in London on Monday. She was 91.',
    written: '91',
    value: 91,
    unit: 'year',
    right: ['91', '91 years old', 'ninety-one', '91 years', 'عمرها 91 عاما', '91 عامًا'],
    wrong: ['19', '91 months', '90 years old', '92'],
  },
]

describeMeasureRows(
  ROWS,
  { keyed: 'the drafter keys each measure in its unit', graded: 'the grader accepts natural right forms and refuses wrong neighbours' },
  { right: 6, wrong: 4 },
)

describe('each new unit is of one dimension and converts only within it', () => {
  const rows: { from: string; to: Unit; value: number | null }[] = [
    { from: '10 mm', to: 'centimetre', value: 1 },
    { from: '2 km', to: 'millimetre', value: 2_000_000 },
    { from: '90 km/h', to: 'metre-per-second', value: 25 },
    { from: '60 mph', to: 'kilometre-per-hour', value: 96.56064 },
    { from: '1 knot', to: 'kilometre-per-hour', value: 1.852 },
    { from: '1 km/s', to: 'kilometre-per-hour', value: 3600 },
    { from: '2 TB', to: 'gigabyte', value: 2000 },
    { from: '500 MB', to: 'gigabyte', value: 0.5 },
    { from: '250 mg', to: 'gram', value: 0.25 },
    { from: '330 ml', to: 'litre', value: 0.33 },
    // Another dimension converts into nothing.
    { from: '90 mm', to: 'kilometre-per-hour', value: null },
    { from: '5 GB', to: 'milliampere-hour', value: null },
    { from: '5 ml', to: 'milligram', value: null },
    { from: '5000 mAh', to: 'count', value: null },
    // A part of a currency is of its own currencies only: euro cents, but no pence of a dollar.
    { from: '22 cents', to: 'EUR', value: 0.22 },
    { from: '22 pence', to: 'USD', value: null },
    { from: '22 cents', to: 'GBP', value: null },
  ]
  it.each(rows)('$from in $to: $value', ({ from, to, value }) => {
    const q = parseQuantity(from, { expect: to })
    expect(q?.unit).toBeTruthy()
    const v = convert(q!.value, q!.unit!, to)
    if (value === null) {
      expect(v).toBeNull()
      if (dimensionOf(to) !== 'money') expect(dimensionOf(q!.unit!)).not.toBe(dimensionOf(to))
    } else {
      expect(v).toBeCloseTo(value, 6)
    }
  })
})
