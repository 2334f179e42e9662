import { describe, expect, it } from 'vitest'
import { describeExpected } from '../../src/core/describe.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import type { Unit } from '../../src/core/quiz-schema.ts'
import { convert, parseQuantity } from '../../src/core/units.ts'
import { READERS_21_QUIZZES } from './grade-readers-21-articles.ts'
import type { Question } from '../../src/core/quiz-schema.ts'
import { askNumber, numeric, type NumericQuestion } from './numeric-question.ts'
import { frozenQuizzes } from './reader-answer-table.ts'

/**
 * The units round (docs/grading.md): the imperial and sea units news articles give (feet, inches, yards, nautical miles,
 * pounds and ounces of weight, US gallons) and their Arabic and French names, read and converted exactly; a rounded
 * conversion only as exact as the article writes the key. Each table holds the right forms beside wrong neighbours: a
 * wrong number, a wrong unit of the same dimension, a wrong dimension.
 */

type Row = { key: [number, Unit]; quote: string; right: string[]; wrong: string[] }
const ROWS: Row[] = [
  {
    key: [11, 'foot'],
    quote: 'The statue is 11 feet tall',
    right: ['11 feet', '11 ft', '11 foot', 'eleven feet', '11 قدما', '11 قدم', 'أحد عشر قدما', '11 pieds', '132 inches', '3.3528 m', '11 feet?', '11'],
    // 3.35 m is finer than a foot and not exact (3.3528 m): a figure of its own
    wrong: ['12 feet', '10 feet', '11 yards', '11 inches', '11 metres', '3.35 m', '3.4 m', '11 pounds', '11 kg', '11 gallons'],
  },
  {
    key: [5, 'inch'],
    quote: 'Up to 5 inches of rain fell',
    right: ['5 inches', '5 inch', '5 بوصات', '5 إنش', 'خمس بوصات', '127 mm', '12.7 cm', '5 pouces'],
    wrong: ['6 inches', '5 feet', '5 cm', '13 cm', '5 mm', '5 ounces', '5 litres'],
  },
  {
    key: [100, 'yard'],
    quote: 'He ran 100 yards',
    right: ['100 yards', '100 yd', '100 yds', '100 ياردة', '300 feet', '91.44 m', '91 m'],
    wrong: ['101 yards', '100 m', '100 feet', '90 m', '100 pounds'],
  },
  {
    key: [3, 'nautical-mile'],
    quote: 'The ship was 3 nautical miles off the coast',
    right: ['3 nautical miles', '3 nmi', '3 أميال بحرية', 'ثلاثة أميال بحرية', '5.556 km', '5556 m', '3 milles marins'],
    // a mile is 1,609 m, a nautical mile 1,852 m
    wrong: ['3 miles', '4 nautical miles', '5.6 km', '3 km', '3 knots'],
  },
  {
    key: [12, 'knot'],
    quote: 'The wind reached 12 knots',
    right: ['12 knots', '12 kts', '12 kt', '12 عقدة', '12 عقدة بحرية', '22.224 km/h'],
    wrong: ['13 knots', '12 mph', '12 km/h', '12 nautical miles', '12 miles'],
  },
  {
    key: [5, 'pound'],
    quote: 'The baby weighed 5 pounds',
    right: ['5 pounds', '5 pound', '5 lb', '5 lbs', '5 رطل', '5 أرطال', 'خمسة أرطال', '80 ounces', '80 oz', '2.26796185 kg'],
    // money is no weight; 2.27 kg is finer than a pound and not exact
    wrong: ['6 pounds', '4 lbs', '5 kg', '5 ounces', '£5', '5 GBP', '5 جنيهات', '2.27 kg', '5 feet'],
  },
  {
    key: [3, 'ounce'],
    quote: 'The letter weighed 3 ounces',
    right: ['3 ounces', '3 oz', '3 أونصات', '3 أونصة', '85.048569375 g'],
    wrong: ['4 oz', '3 pounds', '3 g', '85 g', '3 litres'],
  },
  {
    key: [1000, 'gallon'],
    quote: 'It spilled 1,000 gallons of oil',
    right: ['1000 gallons', '1,000 gal', '1000 غالون', '1000 جالون', 'ألف غالون', '3785.411784 litres'],
    wrong: ['1100 gallons', '1000 litres', '1000 barrels', '3785 litres', '3800 litres', '1000 tonnes'],
  },
  {
    key: [80, 'fahrenheit'],
    quote: 'Temperatures reached 80F',
    right: ['80F', '80 °F', '80 degrees Fahrenheit', '80 فهرنهايت', '80 درجة فهرنهايت'],
    // 26.7 °C is 80.06 °F: no exact conversion
    wrong: ['81F', '80 C', '26.7 C', '27 C', '80 km'],
  },
  // The key in metres, written to the centimetre, beside the article's own figure in feet and inches: `6 feet` (1.83 m)
  // is no rounding of «1.80 metres», though it is one of 1.8.
  {
    key: [1.8, 'metre'],
    quote: 'Ethan Kowalski, who is 5\'11" (1.80 metres) tall, set out alone',
    right: ['1.80 metres', '180 cm', '5\'11"', '5 ft 11 in', '5 feet 11 inches', '71 inches'],
    wrong: ['6 feet', '6 ft', '5 feet', '1.8 feet', '72 inches', '1.80 km', '1.8 kg'],
  },
  {
    key: [3.35, 'metre'],
    quote: 'The statue is 3.35 metres (11 feet) tall',
    right: ['3.35 m', '11 feet', '11 ft', '335 cm'],
    wrong: ['12 feet', '10 feet', '11 yards', '3.35 feet', '11 m'],
  },
  // A key in metres with a conversion the reader does themselves: `3.5 miles` for 5.6 km as before, and `16 ha` for 40
  // acres stays the earlier rule's (40 acres = 16.19 ha; 16 ha = 39.5 acres).
  {
    key: [40, 'acre'],
    quote: 'The fire burned 40 acres',
    right: ['40 acres', '40 أكر', '16 ha'],
    wrong: ['41 acres', '40 hectares', '40 feddans', '16.2 ha', '40 gallons'],
  },
]

const question = (row: Row): NumericQuestion => askNumber(`${row.key[1]}-${row.key[0]}`, row.key[0], row.key[1], row.quote)
const cases = ROWS.flatMap((row) => [
  ...row.right.map((answer) => [`${row.key[0]} ${row.key[1]}`, answer, true, row] as const),
  ...row.wrong.map((answer) => [`${row.key[0]} ${row.key[1]}`, answer, false, row] as const),
])

describe('imperial and sea units: right forms and wrong neighbours', () => {
  it.each(cases)('%s: %s is right: %s', (_key, answer, right, row) => {
    expect(gradeQuestion(question(row), answer).correct).toBe(right)
  })
})

describe('the conversions are the definitions, exact', () => {
  it.each([
    [1, 'inch', 'millimetre', 25.4],
    [1, 'foot', 'centimetre', 30.48],
    [1, 'yard', 'foot', 3],
    [1, 'mile', 'yard', 1760],
    [1, 'nautical-mile', 'metre', 1852],
    [1, 'knot', 'kilometre-per-hour', 1.852],
    [1, 'pound', 'gram', 453.59237],
    [1, 'pound', 'ounce', 16],
    [1, 'gallon', 'litre', 3.785411784],
    [1, 'acre', 'square-metre', 4046.8564224],
  ] as const)('%d %s = %d %s', (value, from, to, expected) => {
    expect(convert(value, from, to)).toBeCloseTo(expected, 9)
  })
  it('across dimensions: nothing', () => {
    expect(convert(1, 'pound', 'foot')).toBeNull()
    expect(convert(1, 'gallon', 'pound')).toBeNull()
    expect(convert(1, 'pound', 'GBP')).toBeNull()
  })
})

describe('pound: money by default, a weight for a question in a mass', () => {
  it.each([
    ['5 pounds', undefined, 'GBP'],
    ['5 pounds', 'GBP', 'GBP'],
    ['5 pounds', 'EGP', 'EGP'],
    ['5 pounds', 'kilogram', 'pound'],
    ['5 pounds', 'pound', 'pound'],
    ['5 lbs', undefined, 'pound'],
    ['5 رطل', undefined, 'pound'],
  ] as const)('%s (expect %s) is in %s', (text, expect_, unit) => {
    expect(parseQuantity(text, expect_ === undefined ? {} : { expect: expect_ })?.unit).toBe(unit)
  })
  it('a price in pounds is no weight', () => {
    const price = numeric('price', 5, 'GBP', ['', 'How much did the ticket cost?'], ['', ''], 'The ticket cost 5 pounds')
    expect(gradeQuestion(price, '5 pounds').correct).toBe(true)
    expect(gradeQuestion(price, '£5').correct).toBe(true)
    expect(gradeQuestion(price, '5 lb').correct).toBe(false)
    expect(gradeQuestion(price, '5 رطل').correct).toBe(false)
  })
})

describe('words that name a unit only after a number', () => {
  // «قدم» is also "presented", `foot` "on foot", عقدة a knot of rope: alone none is one of the unit.
  it.each(['قدم', 'foot', 'عقدة', 'pied'])('%s alone is no quantity', (word) => {
    expect(parseQuantity(word)).toBeNull()
  })
  it('`in` is never an inch', () => {
    expect(parseQuantity('12 in', { expect: 'inch' })?.unit ?? null).not.toBe('inch')
  })
})

describe('the new units are displayed in both languages', () => {
  it.each([
    ['foot', 11, '11 ft'],
    ['inch', 5, '5 inches'],
    ['pound', 5, '5 lb'],
    ['gallon', 1000, '1000 gallons'],
    ['nautical-mile', 3, '3 nautical miles'],
  ] as const)('%s', (unit, value, en) => {
    const q = askNumber('q', value, unit, `${value}`)
    expect(describeExpected(q, 'en')).toBe(en)
    expect(describeExpected(q, 'ar')).not.toBe('')
  })
})

// Red team 5's right answers left open: a ship for the quote's steamer («12 باخرة»), in Arabic and English; boats and
// ferries were already of the steamer's family, and a plane stays another thing.
const quizOf = frozenQuizzes(READERS_21_QUIZZES)
const MARHABA = 'marhaba-tanger-med-ar'
const MONTREAL = 'weekend-school-montreal-en'
const HAND_ROWS: [article: string, id: string, answer: string, right: boolean][] = [
  [MARHABA, 'count-12', '12 سفينة', true],
  [MARHABA, 'count-12', '12 سفن', true],
  [MARHABA, 'count-12', '12 ships', true],
  [MARHABA, 'count-12', '12 vessels', true],
  [MARHABA, 'count-12', '12 باخرة', true],
  [MARHABA, 'count-12', '13 سفينة', false],
  [MARHABA, 'count-12', '12 طائرة', false],
  [MARHABA, 'count-12', '12 cars', false],
  [MARHABA, 'count-12', '12 سفينة/شهر', false],
  // `mo` in a reason: a month after `a`, `per`, `/` (`1800 mo` alone reads as 1800 months, a duration: refused); another period stays wrong ("1,800 … a month")
  [MONTREAL, 'false-money-1800', 'false 1800 a mo', true],
  [MONTREAL, 'false-money-1800', 'false 1800/mo', true],
  [MONTREAL, 'false-money-1800', 'false 1800 per mo', true],
  [MONTREAL, 'false-money-1800', 'false 1800 a yr', false],
  [MONTREAL, 'false-money-1800', 'false 1800 per wk', false],
  [MONTREAL, 'false-money-1800', 'false 1700 a mo', false],
]

describe("red team 5's right answers left open", () => {
  it.each(HAND_ROWS)('%s %s: %s is right: %s', (article, id, answer, right) => {
    const quiz = quizOf(article)
    const q = quiz.questions.find((x) => x.id === id)!
    expect(gradeQuestion(q, answer, quiz.questions).correct).toBe(right)
  })
})

// `mo` for a month where the texts say a year: read, so another period (before: unchecked, the three accepted).
const YEARLY: Question = {
  id: 'club-fee',
  type: 'boolean',
  skill: 'recall',
  points: 1,
  prompt: { en: 'True or false, according to the article? The club charges members 600 dollars a year.' },
  explanation: { en: 'The article says: “The club charges members 500 dollars a year.”' },
  evidence: { paragraph: 0, quote: 'The club charges members 500 dollars a year' },
  answer: false,
}
describe('`mo` in a reason where the texts say a year', () => {
  it.each([
    ['false 500 a mo', false],
    ['false, 500 dollars a mo', false],
    ['false 500/mo', false],
    ['false 500 per mo', false],
    ['false 500 a yr', true],
    ['false 500/yr', true],
    ['false 500', true],
    // `Mo` before a word is a name
    ['false, Mo said 500', true],
  ] as const)('%s is right: %s', (answer, right) => {
    expect(gradeQuestion(YEARLY, answer).correct).toBe(right)
  })
})

// A verdict's reason in the new units: the texts' figure in their unit, in either language, is right; another figure or
// another unit says something of its own.
const STATUE: Question = {
  id: 'statue',
  type: 'boolean',
  skill: 'recall',
  points: 1,
  prompt: { en: 'True or false, according to the article? The statue is 12 feet tall.' },
  explanation: { en: 'The article says: “The statue is 11 feet tall.”' },
  evidence: { paragraph: 0, quote: 'The statue is 11 feet tall' },
  answer: false,
}
describe('a reason in feet', () => {
  it.each([
    ['false, 11 feet', true],
    ['false, 11 ft', true],
    ['false, 11 قدما', true],
    ['false, 10 feet', false],
    ['false, 11 metres', false],
    ['false, 11 pounds', false],
  ] as const)('%s is right: %s', (answer, right) => {
    expect(gradeQuestion(STATUE, answer).correct).toBe(right)
  })
})
