import { describe, expect, it } from 'vitest'
import { parseBooleanWord } from '../../src/core/boolean-words.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import { readScore } from '../../src/core/scores.ts'
import { matchText } from '../../src/core/text-match.ts'
import { parseQuantity } from '../../src/core/units.ts'
import { numeric, type NumericQuestion, askNumber as ask, type AnswerRow as Row, answerRows as rows } from './numeric-question.ts'

/**
 * The rules the sixth readers' set (grade-readers-6.test.ts) led to, on questions and answers of their
 * own, each beside its wrong neighbours: a negated frame kept whole, a comparison in other words, the
 * total of the quote's ratio, a rate the quote says of the key, a temperature in the other scale, light-years
 * and the colloquial names of data units, scores as readers write them, a typo that makes another name,
 * dotted initials, a role before a name, a verdict corrected below zero, «شهر» before a month.
 */

// A frame the quote negates stays negated: `more than 3 km` for "no more than 3 km" says the opposite; and a
// comparison in other words is the quote's (`over` for "more than", «خلال» for «في غضون»), never another.
const WIDE = ask('wide', 3, 'kilometre', 'the crater is no more than 3 km wide, the team said')
const WIDE_AR = ask('wide-ar', 3, 'kilometre', 'وقال الفريق إن عرض الفوهة لا يزيد على 3 كم', 'ar')
const OLD = ask('old', 4, 'year', 'The bridge has stood for more than 4 years without repairs')
const SHARE = ask('share', 20, 'percent', 'less than 20 per cent of the homes were insured')
const SOON = ask('soon', 3, 'month', 'وتعهدت الوزارة بإنجاز المشروع في غضون ثلاثة أشهر', 'ar')
const FRAMES: Row[] = [
  ...rows(
    WIDE,
    ['no more than 3 km', 'not more than 3 km', 'at most 3 km', 'up to 3 km', '3 km'],
    ['more than 3 km', 'more than 3', 'over 3 km', 'under 3 km', 'at least 3 km'],
  ),
  ...rows(WIDE_AR, ['لا يزيد على 3 كم', 'لا يتجاوز 3 كم', '3 كم'], ['يزيد على 3 كم', 'أكثر من 3 كم', 'أقل من 3 كم']),
  ...rows(
    OLD,
    ['more than 4 years', 'over 4 years', 'in excess of 4 years', 'أكثر من 4 سنوات'],
    ['under 4 years', 'less than 4 years', 'over 5 years', 'at least 4 years'],
  ),
  ...rows(SHARE, ['less than 20 per cent', 'under 20%', 'below 20%', 'fewer than 20 per cent'], ['over 20%', 'more than 20 per cent', 'under 25%']),
  ...rows(
    SOON,
    ['خلال ثلاثة أشهر', 'في خلال 3 شهور', 'within three months', 'في غضون ثلاثة أشهر'],
    ['بعد ثلاثة أشهر', 'خلال ثلاثة أسابيع', 'خلال أربعة أشهر', 'قبل ثلاثة أشهر'],
  ),
]

// The key as the whole of the quote's ratio («طفلا واحدا من كل سبعة»), and a rate the quote says of the key
// though another figure has it too («ساعتين يوميا» beside «4 ساعات يوميا»).
const EVERY = ask('every', 5, 'count', 'وأظهر المسح أن مريضا واحدا من كل خمسة لا يتناول دواءه بانتظام', 'ar')
const EVERY_EN = ask('every-en', 5, 'count', 'one in 5 patients skip their medicine')
const OUTSIDE = numeric(
  'outside',
  2,
  'hour',
  ['أكمل الفراغ بحسب المقال: «أن يقضي الطفل ____ على الأقل يوميا في الهواء الطلق»', ''],
  ['', ''],
  'أن يقضي الطفل ساعتين على الأقل يوميا في الهواء الطلق',
)
const SCREENS = numeric(
  'screens',
  4,
  'hour',
  ['أكمل الفراغ بحسب المقال: «الطلاب الذين يقضون أكثر من ____ يوميا أمام الشاشات»', ''],
  ['', ''],
  'الطلاب الذين يقضون أكثر من 4 ساعات يوميا أمام الشاشات',
)
const RATIOS: Row[] = [
  ...rows(EVERY, ['واحد من كل خمسة', '1 من 5', 'خمسة', '5'], ['2 من 5', '1 من 6', 'واحد من كل ستة', 'واحد']),
  ...rows(EVERY_EN, ['one in 5', '5', 'five'], ['one in 6', 'two in 5', '1']),
]
const RATE_QUIZ = [OUTSIDE, SCREENS]
const RATES: [NumericQuestion, string, boolean][] = [
  ...rows(OUTSIDE, ['ساعتين يوميا', '2 ساعة يوميا', 'ساعتين في اليوم'], ['4 ساعات يوميا', 'ساعتين أسبوعيا', 'ساعة يوميا']),
  ...rows(SCREENS, ['4 ساعات يوميا', 'أكثر من 4 ساعات'], ['ساعتين يوميا', '4 ساعات أسبوعيا']),
]

// A reader's own conversion of a temperature, exact as far as it goes; light-years; data as it is said.
const COLD = ask('cold', -40, 'celsius', 'the night temperature fell to minus 40 degrees Celsius')
const MILD = ask('mild', 14, 'celsius', 'temperatures rose to 14C in Dublin on Tuesday')
const FAR = ask('far', 4.2, 'light-year', 'the nearest star, Proxima Centauri, is 4.2 light-years away')
const DISC = ask('disc', 25_000, 'count', 'the comet came from the thick disc, at least 25,000 light-years away')
const FAST = ask('fast', 30, 'kilometre-per-second', 'Earth moves around the Sun at about 30 kilometres per second')
const DATA = ask('data', 64, 'gigabyte', 'وتأتي النسخة الأساسية بسعة 64 غيغابايت', 'ar')
const UNITS: Row[] = [
  ...rows(COLD, ['-40°F', 'minus 40 Fahrenheit', '-40°C', '−40 °C'], ['40°F', '-40 K', '-39°F', '40°C']),
  ...rows(MILD, ['57.2°F', '14°C'], ['57°F', '14°F', '58°F']),
  ...rows(FAR, ['4.2 light years', '4.2 lightyears', '4.2 ly', '4.2 سنوات ضوئية', '4.2'], ['4.2 years', '4.2 km', '2.4 light-years', '4.2 سنوات']),
  ...rows(DISC, ['25000 light years', '25,000 light-years', '25 ألف سنة ضوئية'], ['25,000 years', '25,000 km', '2,500 light-years']),
  ...rows(FAST, ['30 km/sec', '30 kps', '30 km/s', '108,000 km/h'], ['30 km/h', '30 m/sec', '30 mph', '3 km/sec']),
  ...rows(DATA, ['64 جيجا', '64 غيغا', '64 giga', '64 GB', '0.064 تيرا'], ['64 تيرا', '64 ميجا', '46 جيجا', '64 جيجا بت']),
]

describe('frames, ratios, rates and units as these readers wrote them', () => {
  it.each([...FRAMES, ...RATIOS, ...UNITS].map(([q, a, r]) => [q.id, a, r, q] as const))('%s: %j is right: %s', (_id, answer, right, question) => {
    expect(gradeQuestion(question, answer).correct).toBe(right)
  })
  it.each(RATES.map(([q, a, r]) => [q.id, a, r, q] as const))('%s, in a quiz with the other figure: %j is right: %s', (_id, answer, right, question) => {
    expect(gradeQuestion(question, answer, RATE_QUIZ).correct).toBe(right)
  })
})

// Light-years are a length; a number after «km/sec» is a speed. [text, value, unit]
const QUANTITIES: [string, number, string][] = [
  ['4.2 light-years', 4.2, 'light-year'],
  ['٤٫٢ سنة ضوئية', 4.2, 'light-year'],
  ['25,000 ly', 25_000, 'light-year'],
  ['68 km/sec', 68, 'kilometre-per-second'],
  ['1.2 tera', 1.2, 'terabyte'],
  ['400 جيجا', 400, 'gigabyte'],
]

describe('units in the spellings these readers used', () => {
  it.each(QUANTITIES)('%j is %s %s', (text, value, unit) => {
    expect(parseQuantity(text)).toMatchObject({ value, unit })
  })
})

// Scores: the noun after its one (هدف واحد), a broken plural (أهداف، هدف), «to» or «by» written onto a side,
// French «à», a draw named beside a level score, `one all`; never a team, nor a draw beside a win. [text, score]
const SCORES: [string, [number, number] | null][] = [
  ['بثلاثة أهداف مقابل هدف واحد', [3, 1]],
  ['ثلاثة أهداف مقابل هدف', [3, 1]],
  ['ثلاثة لهدف', [3, 1]],
  ['هدف واحد مقابل هدفين', [1, 2]],
  ['3 à 1', [3, 1]],
  ['تعادل 1-1', [1, 1]],
  ['1-1 draw', [1, 1]],
  ['one all', [1, 1]],
  ['two-all', [2, 2]],
  ['تعادل 2-1', null],
  ['draw 3-1', null],
  ['3-1 للرجاء', null],
  ['2-1 للقادسية', null],
  ['3 - 1 الرجاء', null],
  ['2 goals to 1 match', null],
  ['3 أهداف مقابل 1 نقطة', null],
]

describe('scores as these readers wrote them', () => {
  it.each(SCORES)('%j reads as %j', (text, score) => {
    expect(readScore(text)).toEqual(score)
  })
})

// A verdict whose statement corrects a number below zero: a fact. [text, verdict]
const VERDICTS: [string, boolean | null][] = [
  ['wrong, minus 180 not minus 130', false],
  ['غلط، ناقص 180 مش ناقص 130', false],
  ['true, minus 130 not minus 180', true],
  ['wrong, minus 180 not true', null],
  ['غلط، ناقص 180 مش صح', null],
]

describe('a verdict corrected below zero', () => {
  it.each(VERDICTS)('%j reads as %s', (text, verdict) => {
    expect(parseBooleanWord(text)).toBe(verdict)
  })
})

// Names: a letter typed for another is a typo only when a slip explains it (a key beside it, a vowel for a
// vowel, a letter that sounds alike); another name is not. Dotted initials; a role before the name. [answer, accepted, right]
const NAMES: [string, string, boolean][] = [
  ['Maria Kowalski', 'Marta Kowalski', false],
  ['Marta Kowalsky', 'Marta Kowalski', true],
  ['Marts Kowalski', 'Marta Kowalski', true],
  ['Marta Kowalsti', 'Marta Kowalski', false],
  ['Marta Kowalskj', 'Marta Kowalski', true],
  ['Daniel Brennen', 'Daniel Brennan', true],
  ['Danial Brennan', 'Daniel Brennan', true],
  ['Sivrise', 'Sivrice', true],
  ['Sivrite', 'Sivrice', false],
  ['Sivrixe', 'Sivrice', true],
  ['Peter Hansen', 'Peter Jansen', false],
  ['E.S.A.', 'ESA', true],
  ['E S A', 'ESA', true],
  ['E.U.', 'ESA', false],
  ['e.s.a.', 'ESA', false],
  ['اللاعب يوسف بلعمري', 'يوسف بلعمري', true],
  ['المهاجم يوسف بلعمري', 'يوسف بلعمري', true],
  ['المدرب لسعد الشابي', 'لسعد الشابي', true],
  ['striker Youssef Belammari', 'يوسف بلعمري', true],
  ['المدرب أنس الزنيتي', 'يوسف بلعمري', false],
  ['اللاعب يوسف', 'يوسف بلعمري', false],
]

describe('names as these readers wrote them', () => {
  it.each(NAMES)('%j for %j is right: %s', (answer, accepted, right) => {
    expect(matchText(answer, [accepted]).matched !== null).toBe(right)
  })
})

// «شهر» before a month frames the date. [answer, right]
const APRIL = ask('april', 20220400, 'date', 'وهذا أول فوز للفريق منذ أبريل 2022', 'ar')
const MONTHS: Row[] = rows(APRIL, ['شهر أبريل 2022', 'the month of April 2022', 'أبريل 2022'], ['شهر مايو 2022', 'شهر 2022', 'شهر أبريل 2021'])

describe('a month named with «شهر»', () => {
  it.each(MONTHS.map(([q, a, r]) => [a, r, q] as const))('%j is right: %s', (answer, right, question) => {
    expect(gradeQuestion(question, answer).correct).toBe(right)
  })
})
