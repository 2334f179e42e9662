import { describe, expect, it } from 'vitest'
import { parseBooleanWord } from '../../src/core/boolean-words.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import { matchText } from '../../src/core/text-match.ts'
import { describeAnswerVerdicts, frozenQuizzes, type ReaderAnswers } from './reader-answer-table.ts'
import { READERS_6_QUIZZES } from './grade-readers-6-articles.ts'
import { type NumericQuestion, askNumber as ask } from './numeric-question.ts'

/**
 * The sixth readers' set's leftovers (grade-readers-6.test.ts), each taken by a general rule and graded
 * beside its wrong neighbours: a conversion rounded as people round it (`3.5 miles` for 5.6 km, `93 K` for
 * −180 °C), `m` for a million written onto a number before a unit (`203m km`), colloquial وحدة for one after a
 * unit's noun (`ساعة وحدة`), Moroccan وخا before a verdict, a full name of two short words (`Lassaad Chabbi`).
 *
 * Still refused, and why (docs/grading.md): `Chabbi` alone (Latin writes «الشعبي» so too), `Lassad Chebbi` (an
 * e for the long ا: Chebbi is as much «الشبي»), `الأسعد الشابي` (another spelling of the first name); `7 أطفال`
 * for «طفلا واحدا من كل سبعة» (the quote counts one child in seven: seven children is another claim, and the
 * same words answer "how many children have short sight"); `139th` for «الديربي رقم 139» («رقم» labels as
 * often as it ranks: «القميص رقم 10» is no tenth shirt); `3.48 miles` for 5.6 km (finer than the key and not
 * exact: it claims 5.6005 km, as `57°F` claims 13.9 °C for 14 °C).
 */

const quizOf = frozenQuizzes(READERS_6_QUIZZES)

const TRUE_AR = ['وخا صحيح', 'واخا صح', 'وخا، صحيح']
const FALSE_AR = ['وخا غلط', 'واخا خطأ']
const UNREAD_AR = ['وخا', 'وخا لا', 'وخا 84 ألف', 'وخا صح ولا غلط', 'وخاصحيح']

const LEFTOVERS: Record<string, Record<string, ReaderAnswers>> = {
  'myopia-ar': {
    // Colloquial وحدة (one) right after a unit's noun; never after another unit or a plural, nor before it.
    'time-1-hour': {
      right: ['ساعة وحدة', 'ساعه وحده', 'ساعة وحدة تقريبا', '60 دقيقة'],
      wrong: ['ساعتين وحدة', 'دقيقة وحدة', 'يوم وحدة', 'ساعات وحدة', 'وحدة', 'وحدة ساعة', 'الساعة وحدة قياس', 'ساعة وحدة ونص', 'أكثر من ساعة وحدة'],
    },
    // Moroccan وخا ("okay") opens a verdict and says nothing alone, before a number, or before a bare لا.
    'true-people-84000': { right: TRUE_AR, wrong: [...FALSE_AR, ...UNREAD_AR] },
  },
  'derby-ar': {
    // A name of two short words, both in Latin letters, each matching as strictly as a short name alone; the long
    // ا of «الشابي» written, and no short vowel reading it (Chabi is also «الشبي»). Never the surname alone (Chabbi
    // is also «الشعبي»: ع written as a), another first name, or one word.
    'who-3': {
      right: ['Lassaad Chabbi', 'lassaad chabbi', 'Lassaad Chaabi', 'Lassaad Shabbi', 'Lasaad Chabbi'],
      wrong: ['Chabbi', 'Lassaad', 'Lassaad Chabi', 'Anas Chabbi', 'Saad Chabbi', 'Lassaad Chami', 'Lassaad Zniti', 'Youssef Chabbi', 'not Lassaad Chabbi'],
    },
    'true-time-2-383333333-minute': { right: TRUE_AR, wrong: [...FALSE_AR, ...UNREAD_AR] },
  },
  'comet-en': {
    // 5.6 km = 3.48 miles: to the tenth of a mile, 3.5; never 3.4 or 3.6 (5.5 and 5.8 km), a mile's rounding
    // (3 miles is 4.8 km), nor a finer figure that misses (3.48 is 5.6005 km: wrong as 57°F is for 14 °C).
    'length-5-6': {
      right: ['3.5 miles', '3.5 mi', 'about 3.5 miles', 'three point five miles', '٣٫٥ ميل'],
      wrong: ['3.4 miles', '3.6 miles', '3 miles', '4 miles', '3.5 km', '3.5 miles or more', 'more than 3.5 miles', '5.6 miles', '3.5 light-years'],
    },
    // −180 °C = 93.15 K: to the kelvin, 93; never 94 or 92, a small k (a thousand), nor Fahrenheit's figure.
    'temperature-minus-180': {
      right: ['93 K', '93K', '93 kelvin', '93 Kelvin', '93 كلفن', 'ninety-three kelvin'],
      wrong: ['94 K', '92 K', '93 k', '93k', '-93 K', '180 K', '93', '93°C', '453 K', '-292 K', 'about 90 K'],
    },
    // 203 million km = 126.1 million miles: to the million, 126 million miles; and `m` written onto the number
    // before another unit's noun is a million (`203m` alone is metres or minutes, `203 m km` nothing).
    'length-203000000': {
      right: ['126 million miles', 'about 126 million miles', '203m km', '203m kilometres', 'about 203m km', '126m miles'],
      wrong: [
        '125 million miles',
        '127 million miles',
        '130 million miles',
        '126 million km',
        '126 miles',
        '203 million miles',
        '230m km',
        '203m miles',
        '203b km',
        '20.3m km',
        '203 m km',
        '203m',
        '203km',
        'more than 203m km',
      ],
    },
  },
}

describeAnswerVerdicts(quizOf, LEFTOVERS)

// The rounded conversion on questions of its own. [question, answer, right]
const RUN = ask('run', 5000, 'metre', 'the race is run over 5,000 metres')
const CRATER = ask('crater', 12, 'kilometre', 'the crater is 12 km across')
const MILD = ask('mild', 14, 'celsius', 'temperatures rose to 14C in Dublin on Tuesday')
const HOT = ask('hot', 104, 'fahrenheit', 'the thermometer read 104F at noon')
const LOAD = ask('load', 2.5, 'tonne', 'each truck carries 2.5 tonnes')
const PRICE = ask('price', 20, 'USD', 'a ticket costs $20')
const SHARE = ask('share', 20, 'percent', '20% of homes were insured')
const ROUNDED: [NumericQuestion, string, boolean][] = [
  // 5,000 metres is to the metre: 3.1 miles is 4,989 m, 3 miles 4,828 m.
  [RUN, '3.1 miles', false],
  [RUN, '3 miles', false],
  [RUN, '5 km', true],
  // 12 km = 7.46 miles: 7 miles reads back as 11 km; 7.5 miles (12.07 km) is finer than the key's kilometre
  // and not exact, so it claims another figure.
  [CRATER, '7 miles', false],
  [CRATER, '7.5 miles', false],
  [CRATER, '8 miles', false],
  // 14 °C = 57.2 °F = 287.15 K: a degree Fahrenheit is finer than the key's degree, a kelvin is not.
  [MILD, '57°F', false],
  [MILD, '57.2°F', true],
  [MILD, '287 K', true],
  [MILD, '287.15 K', true],
  [MILD, '288 K', false],
  [MILD, '286 K', false],
  // 104 °F = 40 °C = 313.15 K; a kelvin (1.8 °F) is coarser than the key's degree.
  [HOT, '313 K', true],
  [HOT, '314 K', false],
  [HOT, '40°C', true],
  // 2.5 tonnes = 2,500 kg; 5,512 lb is no unit here.
  [LOAD, '2500 kg', true],
  [LOAD, '2.5 kg', false],
  // Money, shares and counts are never converted.
  [PRICE, '18 EUR', false],
  [SHARE, '0.2', false],
]

describe('a conversion rounded as people round it', () => {
  it.each(ROUNDED.map(([q, a, r]) => [q.id, a, r, q] as const))('%s: %j is right: %s', (_id, answer, right, question) => {
    expect(gradeQuestion(question, answer).correct).toBe(right)
  })
})

// وخا before a verdict, read by the boolean reader. [text, verdict]
const OKAY: [string, boolean | null][] = [
  ['وخا صحيح', true],
  ['واخا غلط', false],
  ['وخا مش صحيح', false],
  ['وخا', null],
  ['وخا لا', null],
  ['وخا أكيد', null],
  // after the verdict it is a statement that holds no verdict of its own
  ['صحيح وخا', true],
]

describe('Moroccan وخا before a verdict', () => {
  it.each(OKAY)('%j reads as %s', (text, verdict) => {
    expect(parseBooleanWord(text)).toBe(verdict)
  })
})

// Names of two short words in Latin letters. [answer, accepted, right]
const NAMES: [string, string, boolean][] = [
  ['Lassaad Chabbi', 'لسعد الشابي', true],
  ['Ammar Bouguerra', 'عمار بوقرة', true],
  // Omar is عمر too: never عمار beside another short word
  ['Omar Ali', 'عمار علي', false],
  ['Omar Salem', 'عمر سالم', false],
  ['Sami Nasr', 'سامي نصر', false],
  ['Chabbi', 'الشابي', false],
  // why Chabbi alone is refused for «الشابي»: the letter map reads it as «الشعبي» (ع as a, an unwritten shadda)
  ['Chabbi', 'الشعبي', true],
]

describe('a full name of two short words', () => {
  it.each(NAMES)('%j for %j is right: %s', (answer, accepted, right) => {
    expect(matchText(answer, [accepted]).matched !== null).toBe(right)
  })
})
