import { describe, expect, it } from 'vitest'
import { parseBooleanWord } from '../../src/core/boolean-words.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import { parseNumber } from '../../src/core/numbers.ts'
import { matchText } from '../../src/core/text-match.ts'
import { parseQuantity } from '../../src/core/units.ts'
import { type NumericQuestion, askNumber as ask } from './numeric-question.ts'

/**
 * The rules the fifth readers' set (grade-readers-5.test.ts) led to, on questions and answers of
 * their own, each beside its wrong neighbours: the quote's own conversion in brackets, a rate per
 * unit, the author's accusatives, a part counted after «بينهم» / "including", families, French
 * hundreds and degrees, a verdict corrected with fractions, names and places in the other script.
 */

// The key restated in brackets right after it, in another unit: the bracket's figure is the key.
const HAIL = ask('hail', 5, 'centimetre', 'Hailstones measuring 5 centimetres (2 inches) across fell on the town')
const WIND = ask('wind', 90, 'kilometre-per-hour', 'winds of up to 90 km/h (56 mph) brought down trees')
const HEAT = ask('heat', 104, 'fahrenheit', 'Phoenix reached a high of 104 degrees Fahrenheit (40 degrees Celsius) on Sunday')
const RAIN = ask('rain', 40, 'millimetre', 'Cork had 40 mm of rain, and Kerry 60 mm (2.4 inches), the service said')
const SEATS = ask('seats', 95, 'count', 'The alliance won 95 seats (80 in 2021) in the assembly')
const EQUIVALENTS: [NumericQuestion, string, boolean][] = [
  ...['2 inches', '5 cm (2 inches)', 'about 2 inches', '50 mm', '5 cm'].map((a): [NumericQuestion, string, boolean] => [HAIL, a, true]),
  ...['3 inches', '2 feet', '2 cm', '5 inches', '2', '5 cm (3 inches)', '4 cm (2 inches)'].map((a): [NumericQuestion, string, boolean] => [HAIL, a, false]),
  ...['56 mph', '56 miles per hour', '90 km/h (56 mph)', '90 kph'].map((a): [NumericQuestion, string, boolean] => [WIND, a, true]),
  ...['56 km/h', '90 mph', '65 mph', '56 knots', '56', '90 km/h (65 mph)', 'more than 56 mph'].map((a): [NumericQuestion, string, boolean] => [WIND, a, false]),
  ...['40°C', '40 degrees Celsius', '104°F', '104 degrees', '104°F (40°C)'].map((a): [NumericQuestion, string, boolean] => [HEAT, a, true]),
  ...['40°F', '40 degrees', '41°C', '40', '104°C', '104°F (41°C)'].map((a): [NumericQuestion, string, boolean] => [HEAT, a, false]),
  // a bracket after another number restates that one; a count's bracket is no conversion
  ...['40 mm', '4 cm'].map((a): [NumericQuestion, string, boolean] => [RAIN, a, true]),
  ...['2.4 inches', '60 mm', '40 mm (2.4 inches)'].map((a): [NumericQuestion, string, boolean] => [RAIN, a, false]),
  ...['95', '95 seats'].map((a): [NumericQuestion, string, boolean] => [SEATS, a, true]),
  ...['80', '80 in 2021', '95 (80 in 2021)'].map((a): [NumericQuestion, string, boolean] => [SEATS, a, false]),
]

// A measure per unit, keyed «10 ملغ لكل كيلوغرام»: the rate in its other spellings, never per another unit.
const DOSE_AR = ask('dose-ar', 10, 'milligram', 'وأوصت الهيئة بجرعة لا تتجاوز 10 ملغ لكل كيلوغرام من وزن المريض', 'ar')
const DOSE_EN = ask('dose-en', 10, 'milligram', 'a dose of 10 mg per kilogram of body weight')
const FUEL = ask('fuel', 5, 'USD', 'وبيع البنزين بسعر 5 دولارات للتر', 'ar')
const RATES: [NumericQuestion, string, boolean][] = [
  ...['5 dollars per litre', '5 دولارات لكل لتر', '5 دولارات'].map((a): [NumericQuestion, string, boolean] => [FUEL, a, true]),
  ...['5 دولارات لكل كيلو', '5 dollars per gallon', '5 دولارات لكل سيارة', '5 dollars per barrel'].map((a): [NumericQuestion, string, boolean] => [
    FUEL,
    a,
    false,
  ]),
  ...['10 ملغ/كغ', '10 ملغ لكل كيلو', '10 ملغ لكل كغ', '10 mg/kg', 'عشرة ملغ لكل كيلوغرام'].map((a): [NumericQuestion, string, boolean] => [DOSE_AR, a, true]),
  ...['10 ملغ/لتر', '10 ملغ لكل غرام', '100 ملغ/كغ', '10 غرام لكل كيلو', '10 ملغ لكل مريض'].map((a): [NumericQuestion, string, boolean] => [DOSE_AR, a, false]),
  ...['10 mg/kg', '10 mg per kg', '10 mg per kilo', '10 milligrams per kilogram'].map((a): [NumericQuestion, string, boolean] => [DOSE_EN, a, true]),
  ...['10 mg/g', '10 mg per litre', '1 mg/kg', '10 mg per tonne'].map((a): [NumericQuestion, string, boolean] => [DOSE_EN, a, false]),
]

// The author's accusative (طعنًا، قرصًا) is the student's noun without it; a part counted after
// «بينهم» / "including" is of the group before it too; families of what elections and schools count.
const APPEALS = ask('appeals', 250, 'count', 'وتلقت اللجنة 250 طعنا في النتائج', 'ar')
const WOMEN_AR = ask('women-ar', 120, 'person', 'وشارك في المسابقة 300 طالب، بينهم 120 طالبة', 'ar')
const WOMEN_EN = ask('women-en', 700, 'person', 'The trial enrolled 1,800 adults, including 700 women')
const PUPILS = ask('pupils', 5000, 'person', 'وتشمل الحملة فحص 5000 طالب في المدارس', 'ar')
const VOTERS = ask('voters', 2_100_000, 'person', 'بعد أن أدلى 2.1 مليون ناخب بأصواتهم', 'ar')
const WAVE = ask('wave', 12, 'metre', 'a buoy measured a wave height of 12 metres')
const WORDS: [NumericQuestion, string, boolean][] = [
  ...['250 طعن', 'تلقت 250 طعن', '250 appeals', '250 طعنا'].map((a): [NumericQuestion, string, boolean] => [APPEALS, a, true]),
  ...['250 صوت', '250 طفل', '250 شكوى مالية'].map((a): [NumericQuestion, string, boolean] => [APPEALS, a, false]),
  ...['120 طالبة', '120 طالب'].map((a): [NumericQuestion, string, boolean] => [WOMEN_AR, a, true]),
  ...['300 طالبة', '120 معلم', '120 معلمة'].map((a): [NumericQuestion, string, boolean] => [WOMEN_AR, a, false]),
  ...['700 women', '700 adults'].map((a): [NumericQuestion, string, boolean] => [WOMEN_EN, a, true]),
  ...['1800 women', '700 men', '700 children'].map((a): [NumericQuestion, string, boolean] => [WOMEN_EN, a, false]),
  ...['5000 تلميذ', '5000 pupils', '5000 students'].map((a): [NumericQuestion, string, boolean] => [PUPILS, a, true]),
  ...['5000 teachers', '5000 معلم', '5000 عامل'].map((a): [NumericQuestion, string, boolean] => [PUPILS, a, false]),
  ...['2.1 million voters', '2.1 مليون ناخب', '2.1m voters'].map((a): [NumericQuestion, string, boolean] => [VOTERS, a, true]),
  ...['2.1 million soldiers', '2.1 million workers', '1.2 million voters'].map((a): [NumericQuestion, string, boolean] => [VOTERS, a, false]),
  ...['12 metres high', '12 m high', '12 metres'].map((a): [NumericQuestion, string, boolean] => [WAVE, a, true]),
  ...['12 metres deep', '21 metres high', '12 km high'].map((a): [NumericQuestion, string, boolean] => [WAVE, a, false]),
]

describe('the quote’s own conversion, a rate per unit, the author’s nouns', () => {
  it.each([...EQUIVALENTS, ...RATES, ...WORDS].map(([q, a, r]) => [q.id, a, r, q] as const))('%s: %j is right: %s', (_id, answer, right, question) => {
    expect(gradeQuestion(question, answer).correct).toBe(right)
  })
})

// French «cent» is a hundred beside a French number word; alone, after digits or English words it is
// the currency's cent. [text, number read, or null]
const FRENCH: [string, number | null][] = [
  ['trois cent quarante', 340],
  ['deux cent vingt', 220],
  ['cent douze', 112],
  ['cent dix-huit', 118],
  ['deux cents', 200],
  ['deux mille six cents', 2600],
  ['quatre cent cinquante mille', 450_000],
  ['cent un', 101],
  ['cent', null],
  ['22 cents', null],
  ['six cents', null],
  ['un cent', null],
  ['cent dollars', null],
]
const FRENCH_MONEY: [string, number | null][] = [
  ['22 cents', 0.22],
  ['six cents', 0.06],
  ['cent', 0.01],
]
const DEGREES: [string, number | null][] = [
  ['trois degrés', 3],
  ['treize degrés', 13],
  ['3 degrés', 3],
  ['trois degrés Fahrenheit', null],
]

describe('French hundreds and degrees', () => {
  it.each(FRENCH)('%j reads as %s', (text, value) => {
    expect(parseNumber(text)).toBe(value)
  })
  it.each(FRENCH_MONEY)('%j in dollars is %s', (text, value) => {
    expect(parseQuantity(text, { expect: 'USD' })?.value ?? null).toBe(value)
  })
  it.each(DEGREES)('%j, a temperature in Celsius, is %s', (text, value) => {
    const q = parseQuantity(text, { expect: 'celsius' })
    expect(q?.unit === 'celsius' ? q.value : null).toBe(value)
  })
})

// A verdict whose statement corrects a fraction: a fact, not a verdict in part. [text, verdict]
const VERDICTS: [string, boolean | null][] = [
  ['غلط الثلثين مش النص', false],
  ['غلط، ثلثين مش نص', false],
  ['خطأ النصف مش الربع', false],
  ['صح الثلثين مش النص', true],
  ['صح نص', null],
  ['نص صح', null],
  ['غلط مش النص', null],
  ['غلط الثلثين مش النص بس', null],
]

describe('a verdict corrected with fractions', () => {
  it.each(VERDICTS)('%j reads as %s', (text, verdict) => {
    expect(parseBooleanWord(text)).toBe(verdict)
  })
})

// Names and places in the other script. [answer, accepted, right]
const NAMES: [string, string, boolean][] = [
  // a final ى is an a (سلمى Salma, منى Mona, مصطفى Mustafa, موسى Moussa); a final ي is not (علي: never Alia)
  ['Salma Al-Balushi', 'سلمى البلوشية', true],
  ['Mona', 'منى', true],
  ['Mustafa Kamal', 'مصطفى كمال', true],
  ['Moussa', 'موسى', true],
  ['Alia Al-Shammari', 'علي الشمري', false],
  ['Ala Al-Shammari', 'علي الشمري', false],
  ['Salma', 'سلمى البلوشية', false],
  // a feminine nisba as the English press writes an Omani woman's surname
  ['Salma Al Balushi', 'سلمى البلوشية', true],
  ['Salma Al Balushiya', 'سلمى البلوشية', true],
  ['Salma Al-Harthi', 'سلمى البلوشية', false],
  // a title before a full name
  ['Dr Salma Al-Balushi', 'سلمى البلوشية', true],
  ['Dr Fatma Al Balushi', 'سلمى البلوشية', false],
  // the French ou of a short u in a long name; never a و the name lacks in a short one
  ['Joumana Al Ghalai', 'جمانة الغلاي', true],
  ['Mahmoud', 'محمد', false],
  // ss writes one س between vowels: حسن is Hassan (leftover of the fourth set)
  ['Hassan', 'حسن', true],
  ['Hasan', 'حسن', true],
  ['Hassan', 'حسين', false],
  ['Hussein', 'حسن', false],
  ['Ammar', 'عمر', false],
  // initials with their dots
  ['E.S.B. Networks', 'ESB Networks', true],
  ['E S B Networks', 'ESB Networks', true],
  ['E.S. Networks', 'ESB Networks', false],
  ['ESB Group', 'ESB Networks', false],
  // places: the article after a preposition, French names, what a country is, a governorate
  ['بالعراق', 'العراق', true],
  ['للعراق', 'العراق', true],
  ['بالكويت', 'العراق', false],
  ['Irak', 'العراق', true],
  ['Maroc', 'المغرب', true],
  ['Liban', 'لبنان', true],
  ['Syrie', 'العراق', false],
  ['Maroc', 'الجزائر', false],
  ['جمهورية العراق', 'العراق', true],
  ['Republic of Iraq', 'العراق', true],
  ['جمهورية مصر', 'العراق', false],
  ['Duhok governorate', 'دهوك', true],
  ['Duhok', 'دهوك', true],
  ['Erbil governorate', 'دهوك', false],
]

describe('names and places in the forms these readers wrote', () => {
  it.each(NAMES)('%j for %j is right: %s', (answer, accepted, right) => {
    expect(matchText(answer, [accepted]).matched !== null).toBe(right)
  })
})
