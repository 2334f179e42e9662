import { describe, expect, it } from 'vitest'
import { describeAnswerVerdicts, frozenQuizzes, type ReaderAnswers } from './reader-answer-table.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import { READERS_4_QUIZZES } from './grade-readers-4-articles.ts'
import { numeric, type NumericQuestion } from './numeric-question.ts'
import { matchText } from '../../src/core/text-match.ts'

/**
 * The fourth readers' set's leftovers (grade-readers-4.test.ts), each taken by a general rule and
 * graded beside its wrong neighbours: a magnitude in its scale's notation; a position (a minute of
 * a match, a place in a race, an edition) as an ordinal or with its noun first; a short Arabic name
 * in Latin letters with the vowels Arabic leaves unwritten.
 *
 * `87 minutes` stays right for «في الدقيقة 87»: a match report's minute is the time played (the 87'
 * of the scoresheet), and a reader who writes `87 minutes` or `87 min` names the same moment; what
 * tells a position from a duration is the key (a duration of 6 minutes is never `the sixth minute`).
 */
const quizOf = frozenQuizzes(READERS_4_QUIZZES)

const LEFTOVERS: Record<string, Record<string, ReaderAnswers>> = {
  'football-ar': {
    // A minute of the match, keyed «في الدقيقة 87»: its ordinal in both languages, its noun first.
    'minute-87': {
      right: [
        '87th minute',
        'the 87th',
        '87th',
        'in the 87th minute',
        'the eighty-seventh minute',
        'الدقيقة السابعة والثمانين',
        'في الدقيقة السابعة والثمانين',
        'السابعة والثمانين',
        'الدقيقة السابع والثمانين',
        'الدقيقة ٨٧',
        'minute 87',
        'د 87',
        'د.87',
        'د87',
        'د٨٧',
        '87 minutes',
        'الدقيقة الـ87',
      ],
      wrong: [
        '86th',
        '78th',
        '88th minute',
        'الدقيقة الثامنة والسبعين',
        'الدقيقة السادسة والثمانين',
        'السابعة والسبعين',
        'minute 78',
        'د 78',
        'د78',
        'س87',
        'دد87',
        '87th hour',
        '87th second',
        'the 87th minute or 88th',
        'after the 87th minute',
        'eighty-sixth',
        'km 87',
      ],
    },
    'minute-23': {
      right: ['23rd minute', 'الدقيقة الثالثة والعشرين', 'minute 23', 'د 23', 'the twenty-third minute'],
      wrong: ['32nd minute', 'الدقيقة الثانية والثلاثين', 'minute 32', '22nd', 'الدقيقة الثالثة عشرة'],
    },
    // A duration is no position: the stoppage time of 6 minutes.
    'time-6-minute': {
      right: ['6 دقائق', 'six minutes'],
      wrong: ['the sixth minute', '6th minute', 'الدقيقة السادسة', 'minute 6', 'د 6'],
    },
    // A surname alone, without its article in Latin, as the key allows it alone (الشمري).
    'who-4': {
      right: ['Shammari', 'Alshammari', 'Al-Shammari', 'Abdullah Al-Shammari'],
      wrong: ['Shamrani', 'Shammar', 'Al-Shamrani', 'Abdullah', 'Fahad Al-Shammari', 'Shammari Abdullah'],
    },
    'who-3': {
      right: ['Fahad Al-Anzi', 'Fahad Alanzi', 'Fahd Al-Anzi'],
      wrong: ['Fahad', 'Fahd', 'Fahmi Al-Anzi', 'Fahad Al-Shammari', 'Anzi', 'Fahad Anzi'],
    },
    // Points are an amount: no ordinal.
    'count-23': {
      right: ['23 نقطة'],
      wrong: ['23rd', 'الثالث والعشرين', 'the twenty-third'],
    },
  },
  'budget-ar': {
    'who-2': {
      right: ['Shibli', 'Al-Shibli', 'Abdulhakim Shibli'],
      wrong: ['Shibl', 'Shabi', 'Abdullah Shibli', 'Reem Shibli', 'Shibli Abdulhakim'],
    },
  },
  'quake-en': {
    // A magnitude: its scale's letter or words are no claim when the question asks a magnitude.
    'count-6-4': {
      right: [
        'M6.4',
        'M 6.4',
        'Mw 6.4',
        'magnitude 6.4',
        '6.4 magnitude',
        '6.4 on the Richter scale',
        '6.4 Richter',
        '6.4 درجات على مقياس ريختر',
        'بقوة 6.4',
        'بقوة 6.4 درجات',
        'about M6.4',
      ],
      wrong: [
        '6.3',
        '4.6',
        'M6.3',
        'M4.6',
        '6.4 km',
        'M6.4 km',
        '6.4 minutes',
        'more than M6.4',
        'magnitude 6.2',
        '6.4 aftershock',
        'M',
        'on the Richter scale',
      ],
    },
    'count-6-2': {
      right: ['M6.2', '6.2 on the Richter scale'],
      wrong: ['M6.4', '6.4 on the Richter scale', 'M 6.3'],
    },
    'count-5-1': {
      right: ['M5.1', 'بقوة 5.1 درجات'],
      wrong: ['M6.4', 'M5.2', '5.1 km'],
    },
  },
}

describe('the fourth set’s leftovers', () => describeAnswerVerdicts(quizOf, LEFTOVERS))

// Positions of other kinds, on questions as the drafter writes them: an edition, a place in a race.
const EDITION = numeric(
  'count-37',
  37,
  'count',
  [
    'أكمل الفراغ بحسب المقال: «وانطلقت الدورة ____ من مهرجان القاهرة السينمائي الدولي»',
    'Fill in the blank from the article: “The ____ Cairo International Film Festival opened”',
  ],
  ['جاء في المقال: «وانطلقت الدورة الـ37 من مهرجان القاهرة السينمائي الدولي».', 'The article says: “The 37th Cairo International Film Festival opened”.'],
  'وانطلقت الدورة الـ37 من مهرجان القاهرة السينمائي الدولي',
)
const PLACE_AR = numeric(
  'count-4',
  4,
  'count',
  [
    'أكمل الفراغ بحسب المقال: «وحل العداء المغربي في المركز ____ في سباق 1500 متر»',
    'Fill in the blank from the article: “The Moroccan runner came ____ in the 1500 metres”',
  ],
  ['جاء في المقال: «وحل العداء المغربي في المركز الرابع في سباق 1500 متر».', 'The article says: “The Moroccan runner came fourth in the 1500 metres”.'],
  'وحل العداء المغربي في المركز الرابع في سباق 1500 متر',
)
const PLACE_EN = numeric(
  'count-3',
  3,
  'count',
  ['أكمل الفراغ: «finished ____ in the 10,000 metres»', 'Fill in the blank from the article: “Kipchoge finished ____ in the 10,000 metres”'],
  ['جاء في المقال: «finished third».', 'The article says: “Kipchoge finished third in the 10,000 metres”.'],
  'Kipchoge finished third in the 10,000 metres',
)
const HUNDREDTH = numeric(
  'count-100',
  100,
  'count',
  ['أكمل الفراغ: «احتفلت الجامعة بالذكرى ____ لتأسيسها»', 'Fill in the blank: “The university marked the ____ anniversary of its founding”'],
  ['جاء في المقال: «احتفلت الجامعة بالذكرى المئة لتأسيسها».', 'The article says: “the 100th anniversary of its founding”.'],
  'احتفلت الجامعة بالذكرى المئة لتأسيسها',
)
// An amount beside an ordinal or a magnitude is neither a position nor a magnitude.
const GOALS = numeric(
  'count-9',
  9,
  'count',
  ['أكمل الفراغ: «وفي الجولة التاسعة سجل الفريق ____ أهداف»', 'Fill in the blank: “In the ninth round the team scored ____ goals”'],
  ['جاء في المقال: «وفي الجولة التاسعة سجل الفريق 9 أهداف».', 'The article says: “In the ninth round the team scored 9 goals”.'],
  'وفي الجولة التاسعة سجل الفريق 9 أهداف',
)
const KILLED = numeric(
  'count-12',
  12,
  'count',
  ['أكمل الفراغ: «زلزال بقوة 6.4 درجات قتل ____ شخصا»', 'Fill in the blank: “A magnitude 6.4 quake struck Turkey on Tuesday and killed ____ people”'],
  ['جاء في المقال.', 'The article says: “A magnitude 6.4 quake struck Turkey on Tuesday and killed 12 people”.'],
  'A magnitude 6.4 quake struck Turkey on Tuesday and killed 12 people',
)
const MAGNITUDE_AR = numeric(
  'count-6-4',
  6.4,
  'count',
  ['أكمل الفراغ: «زلزال بقوة ____ درجات على مقياس ريختر يضرب شرق تركيا»', 'Fill in the blank: “A quake of magnitude ____ hits eastern Turkey”'],
  ['جاء في المقال: «زلزال بقوة 6.4 درجات على مقياس ريختر يضرب شرق تركيا».', 'The article says so.'],
  'زلزال بقوة 6.4 درجات على مقياس ريختر يضرب شرق تركيا',
)
const POSITIONS: [NumericQuestion, string, boolean][] = [
  ...['9', '9 أهداف', 'تسعة أهداف'].map((a): [NumericQuestion, string, boolean] => [GOALS, a, true]),
  ...['9th', 'التاسع', 'التاسعة', 'ninth'].map((a): [NumericQuestion, string, boolean] => [GOALS, a, false]),
  ...['12', '12 people'].map((a): [NumericQuestion, string, boolean] => [KILLED, a, true]),
  ...['M12', '12 on the Richter scale', '12th'].map((a): [NumericQuestion, string, boolean] => [KILLED, a, false]),
  ...['6.4', 'M6.4', 'بقوة 6.4', '6.4 درجات', '6.4 درجة على مقياس ريختر', '6.4 on the Richter scale'].map((a): [NumericQuestion, string, boolean] => [
    MAGNITUDE_AR,
    a,
    true,
  ]),
  ...['6.3', 'M4.6', '6.4 كم', 'بقوة 6.4 كيلومتر', 'أكثر من 6.4 درجات'].map((a): [NumericQuestion, string, boolean] => [MAGNITUDE_AR, a, false]),
  ...[
    'الـ37',
    'الدورة 37',
    'الدورة الـ37',
    'السابعة والثلاثين',
    'الدورة السابعة والثلاثين',
    'الدورة السابعة والثلاثون',
    '37th',
    'the 37th edition',
    'thirty-seventh',
    '37',
  ].map((a): [NumericQuestion, string, boolean] => [EDITION, a, true]),
  ...['الـ36', 'السادسة والثلاثين', '73rd', 'الدورة الـ38', 'الدورة الثالثة والسبعين', 'thirty-sixth', 'السابعة عشرة'].map(
    (a): [NumericQuestion, string, boolean] => [EDITION, a, false],
  ),
  ...['الرابع', 'المركز الرابع', 'في المركز الرابع', 'رابع', 'الرابعة', 'fourth', '4th', '4th place', 'fourth place', '4'].map(
    (a): [NumericQuestion, string, boolean] => [PLACE_AR, a, true],
  ),
  ...['الخامس', 'الأول', 'الرابع عشر', '14th', 'fifth', 'fourteenth', 'المركز الخامس', 'الرابع والعشرين', 'first'].map(
    (a): [NumericQuestion, string, boolean] => [PLACE_AR, a, false],
  ),
  ...['third', '3rd', '3', 'third place', 'in third place', 'the third', 'الثالث', 'المركز الثالث'].map((a): [NumericQuestion, string, boolean] => [
    PLACE_EN,
    a,
    true,
  ]),
  ...['second', '13th', 'thirteenth', '3rd place km', 'third or fourth', 'الثالث عشر', '30th'].map((a): [NumericQuestion, string, boolean] => [
    PLACE_EN,
    a,
    false,
  ]),
  ...['المئة', 'الذكرى المئة', '100th', 'hundredth', 'the 100th anniversary', '100'].map((a): [NumericQuestion, string, boolean] => [HUNDREDTH, a, true]),
  ...['التسعين', '90th', 'المئتين', 'ninetieth'].map((a): [NumericQuestion, string, boolean] => [HUNDREDTH, a, false]),
]

describe('a position as an ordinal; an amount beside one; a magnitude in Arabic', () => {
  it.each(POSITIONS.map(([q, a, r]) => [q.id, a, r, q] as const))('%s: %j is right: %s', (_id, answer, right, question) => {
    expect(gradeQuestion(question, answer).correct).toBe(right)
  })
})

// Short names in Latin letters: vowels Arabic leaves unwritten between any two letters, ح as h or 7,
// ق as q/k/g, ذ as dh/z, ث as th/s, و as ou/u, ي as i/ee — a rule, not a list. [answer, accepted, right]
const SHORT_NAMES: [string, string, boolean][] = [
  ['Fahad', 'فهد', true],
  ['Fahd', 'فهد', true],
  ['Fahed', 'فهد', true],
  ['فهد', 'Fahad', true],
  ['Ahmad', 'أحمد', true],
  ['Ahmed', 'أحمد', true],
  ['A7mad', 'أحمد', true],
  ['Mohammed', 'محمد', true],
  ['Muhammad', 'محمد', true],
  ['Mohamed', 'محمد', true],
  ['Mo7amed', 'محمد', true],
  ['Hussein', 'حسين', true],
  ['Husain', 'حسين', true],
  ['Omar', 'عمر', true],
  ['Umar', 'عمر', true],
  ['3omar', 'عمر', true],
  ['Yousef', 'يوسف', true],
  ['Youssef', 'يوسف', true],
  ['Zaid', 'زيد', true],
  ['Badr', 'بدر', true],
  ['Bader', 'بدر', true],
  ['Saeed', 'سعيد', true],
  ['Samir', 'سمير', true],
  ['Shammari', 'الشمري', true],
  ['Shibli', 'الشبلي', true],
  ['Omari', 'العمري', true],
  // a consonant more, less or another
  ['Fahmi', 'فهد', false],
  ['Farid', 'فهد', false],
  ['Fahd', 'فهمي', false],
  ['Mahmoud', 'محمد', false],
  ['Ahmad', 'محمد', false],
  ['Husni', 'حسين', false],
  ['Hassan', 'حسين', false],
  ['Hassan', 'حسن', true],
  ['Saad', 'سعيد', false],
  ['Saeed', 'سعد', false],
  ['Shamrani', 'الشمري', false],
  // عمر Omar, عمار Ammar, عمرو Amr: a doubled consonant is no letter in a name of three; a name
  // with a long ا inside is left to the accepted answers (Latin writes it as an unwritten vowel)
  ['Ammar', 'عمر', false],
  ['Amr', 'عمر', false],
  ['Amr', 'عمار', false],
  ['Omar', 'عمار', false],
  ['Omar', 'عمرو', false],
  ['Amro', 'عمر', false],
  // an alef first is written (أحمد is never Hamad), a ي inside as i (سمير is never Samer: سامر)
  ['Hamad', 'أحمد', false],
  ['Hamid', 'أحمد', false],
  ['Samer', 'سمير', false],
  // a Latin word no longer than the Arabic is left to the accepted answers (as the fourth set's table has it)
  ['Anzi', 'العنزي', false],
  // a first name alone is no full name, and a place is matched by its table only
  ['Fahad', 'فهد العنزي', false],
  ['Omar', 'عمان', false],
]

describe('short names in the other script', () => {
  it.each(SHORT_NAMES)('%j for %j is right: %s', (answer, accepted, right) => {
    expect(matchText(answer, [accepted]).matched !== null).toBe(right)
  })
})
