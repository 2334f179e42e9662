import { describe, expect, it } from 'vitest'
import { numericAnswerInEvidence } from '../../src/core/numeric-evidence.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import { findNumbers } from '../../src/core/numbers.ts'
import { matchText } from '../../src/core/text-match.ts'
import { type NumericQuestion, askNumber as ask, type AnswerRow as Row, answerRows as rows } from './numeric-question.ts'

/**
 * The rules the seventh readers' set (grade-readers-7.test.ts) led to, on questions and answers of their
 * own, each beside its wrong neighbours: the quote's `over` before a duration is no comparison, ages
 * compared in other words («تحت», «فوق», `younger than`), a range's end said as «لحد», the key in brackets
 * after its imperial restatement (`1,247lb (566kg)`), a share as a fraction or a ratio, a date without a year
 * dated by the quote's range, «سن» and `aged` before an age, «واحدا», a letter added only as a slip, a
 * silent final e of a Latin name, a shadda unwritten in a short name beside another (`Yahya Haqqi`).
 */

// The quote's `over` before a duration says when (over two days), so a reader's comparison is no copy of it; the
// reader's own `over` for the quote's "more than" stays right (grade-readers-6-rules.test.ts).
const FAIR = ask('fair', 3, 'day', 'The fair drew 20,000 people over three days')
const DRIFT = ask('drift', 7, 'year', 'It has been drifting for more than 7 years')
const STOOD = ask('stood', 40, 'year', 'The bridge has stood for over 40 years')
// Ages compared in other words: «تحت» and `younger than` for «دون» and `under`, «فوق» and `older than` for «فوق».
const FREE = ask('free', 6, 'year', 'مع دخول مجاني للأطفال دون 6 سنوات', 'ar')
const ELDER = ask('elder', 65, 'year', 'وللمواطنين فوق 65 عاما', 'ar')
const YOUNG = ask('young', 30, 'year', 'a quarter of the growers were under 30')
// A range's end: «لحد» and `until` for its إلى; never for a figure that went somewhere («ارتفع إلى»).
const RANGE = ask('range', 12, 'year', 'للأطفال من سن 7 إلى 12 سنة', 'ar')
const ROSE = ask('rose', 12, 'percent', 'وارتفع التضخم إلى 12 في المئة', 'ar')
const FRAMES: Row[] = [
  ...rows(FAIR, ['three days', 'over three days', '3 days'], ['more than three days', 'in excess of 3 days', 'upwards of three days', 'over four days']),
  ...rows(DRIFT, ['over 7 years', 'more than 7 years'], ['under 7 years', 'over 8 years']),
  ...rows(STOOD, ['more than 40 years', 'over 40 years', 'in excess of 40 years'], ['less than 40 years', 'more than 50 years', 'at least 40 years']),
  ...rows(FREE, ['تحت 6 سنين', 'أقل من 6 سنوات', 'أصغر من 6 سنوات', 'younger than 6', 'under 6'], ['فوق 6 سنوات', 'أكبر من 6', 'older than 6', 'تحت 7 سنين']),
  ...rows(ELDER, ['أكثر من 65 سنة', 'أكبر من 65 عاما', 'older than 65', 'فوق 65'], ['تحت 65', 'أقل من 65 سنة', 'أصغر من 65', 'فوق 60 عاما']),
  ...rows(YOUNG, ['younger than 30', 'below 30', 'under thirty'], ['older than 30', 'over 30', 'younger than 40']),
  ...rows(RANGE, ['لحد 12 سنة', 'حتى 12 سنة', 'لغاية 12 سنة', 'إلى 12 سنة', '12 سنة'], ['لحد 10 سنين', 'حتى 11 سنة', 'أكثر من 12 سنة', 'من 7 إلى 11 سنة']),
  ...rows(ROSE, ['إلى 12%', '12%'], ['حتى 12%', 'لحد 12%', 'لغاية 12 في المئة']),
]

// The key in brackets after its restatement in units the schema does not convert: the restatement in any of
// their spellings, with the quote's words around it; never another figure, unit or part.
const WEIGHT = ask('weight', 566, 'kilogram', 'with a pumpkin weighing 1,247lb (566kg)')
const GAIN = ask('gain', 18, 'kilogram', 'and at its peak gained up to 40lb (18kg) a day')
const GIRTH = ask('girth', 4.98, 'metre', 'The pumpkin measured 16ft 4in (4.98 metres) around its middle')
const BRACKETS: Row[] = [
  ...rows(
    WEIGHT,
    ['1,247lb', '1247 lbs', '1,247 pounds', 'about 1,247 lb', '1,247lb (566kg)', '566kg (1,247lb)'],
    ['1,247 ounces', '1,247 kg', '1,250lb', '566lb', '1,247lb (500kg)', '1,247 stone', 'over 1,247lb'],
  ),
  ...rows(
    GAIN,
    ['40lb', '40 pounds', 'up to 40lb', 'up to 40lb a day', 'up to 18kg', '40lb a day'],
    ['40kg', '41lb', '18lb', 'up to 40 ounces', '40lb a week', 'more than 40lb'],
  ),
  ...rows(
    GIRTH,
    ['16ft 4in', '16 feet 4 inches', '16 ft 4 in', '16 foot 4 inches', '16 feet and 4 inches', '16ft4in'],
    ['16ft 5in', '16ft', '16 feet', '4in', '4 inches', '16in 4ft', '16 metres 4 cm', '16 feet and 5 inches', '16 feet or 4 inches'],
  ),
]

// A share as a fraction or a ratio of a whole (`a quarter`, `1/4`, `one in four`) at the key's precision; a
// decimal in digits (`0.25`) is no share, another fraction or ratio another figure.
const QUARTER = ask('quarter', 25, 'percent', 'and a quarter of the growers were under 30')
const THIRDS = ask('thirds', 67, 'percent', 'Two-thirds of the entries came from first-time growers')
const SEVENTH = ask('seventh', 14.29, 'percent', 'one pupil in seven needs glasses')
const SHARES: Row[] = [
  ...rows(
    QUARTER,
    ['a quarter', 'one quarter', '1/4', 'ربع', 'one in four', '1 out of 4', 'واحد من كل أربعة', '25%'],
    ['0.25', '.25', 'a third', 'three quarters', 'one in five', 'a fifth', 'more than a quarter', '4 in 1', 'quarter of them'],
  ),
  ...rows(THIRDS, ['two-thirds', 'two thirds', '2/3', 'ثلثين', '67%', 'about two-thirds'], ['a third', '1/3', 'three quarters', '0.67', '66%', 'half']),
  ...rows(SEVENTH, ['one in seven', '14.29%'], ['one in six', '14%', '0.1429']),
]

// A date without a year, dated by the quote's range that ends with one; a range over the new year dates its
// start a year before.
const OPENS = ask('opens', 122, 'date', 'ستقام في الفترة من 22 يناير إلى 3 فبراير 2026', 'ar')
const WINTER = ask('winter', 1228, 'date', 'the festival runs from 28 December to 3 January 2026')
const NO_RANGE = ask('no-range', 122, 'date', 'افتتح يوم 22 يناير، وأغلق في 3 فبراير 2026', 'ar')
const MOVED = ask('moved', 122, 'date', 'وصل يوم 22 يناير، ثم انتقل إلى القاهرة حيث أقام حتى يوم الثلاثاء 3 فبراير 2026', 'ar')
const DATES: Row[] = [
  ...rows(
    OPENS,
    ['22 يناير', '22 يناير 2026', '22/1/2026', 'January 22, 2026'],
    ['22 يناير 2025', '22 يناير 2027', '22/1/2025', '3 فبراير 2026', '23 يناير 2026'],
  ),
  ...rows(WINTER, ['28 December', '28 December 2025', '28/12/2025'], ['28 December 2026', '28 December 2024']),
  ...rows(NO_RANGE, ['22 يناير'], ['22 يناير 2026', '22 يناير 2025']),
  ...rows(MOVED, ['22 يناير'], ['22 يناير 2026']),
]

// The words of an age before its number: «سن 12», `aged 71`.
const AGE = ask('age', 71, 'year', 'Derek Hollis, 71, took first place')
const AGE_AR = ask('age-ar', 6, 'year', 'مع دخول مجاني للأطفال دون 6 سنوات', 'ar')
const AGES: Row[] = [
  ...rows(AGE, ['aged 71', 'aged seventy-one'], ['aged 17', 'aged 70', 'aged 71 days']),
  ...rows(AGE_AR, ['سن 6', 'سن 6 سنين'], ['سن 16', 'سن 7', 'سن 6 شهور']),
]

describe('frames, brackets, shares, dates and ages as these readers wrote them', () => {
  it.each([...FRAMES, ...BRACKETS, ...SHARES, ...DATES, ...AGES].map(([q, a, r]) => [q.id, a, r, q] as const))(
    '%s: %j is right: %s',
    (_id, answer, right, question) => {
      expect(gradeQuestion(question, answer, [question]).correct).toBe(right)
    },
  )
})

describe('what the content checks read in a quote', () => {
  // «واحدا», the accusative after a noun in the accusative, is one; a share as a fraction is its percentage at the key's precision.
  it.each<[string, number[]]>([
    ['ودينارا واحدا للأردنيين', [1]],
    ['وأن طفلا واحدا من كل سبعة', [1, 7]],
  ])('%j holds %j', (text, numbers) => {
    expect(findNumbers(text)).toEqual(numbers)
  })
  it.each<[NumericQuestion, boolean]>([
    [QUARTER, true],
    [THIRDS, true],
    [ask('thirds-fine', 66.67, 'percent', 'Two-thirds of the entries came from first-time growers'), true],
    [ask('thirds-off', 66, 'percent', 'Two-thirds of the entries came from first-time growers'), false],
    [ask('decimal', 25, 'percent', 'a share of 0.25 went to growers'), false],
    [ask('one', 1, 'JOD', 'ودينارا واحدا للأردنيين', 'ar'), true],
  ])('%o: the key is in the quote: %s', (question, stated) => {
    expect(numericAnswerInEvidence(question, 0)).toHaveLength(stated ? 0 : 1)
  })
})

// A Latin name with a letter added: a slip of the finger (a letter doubled, or a key beside a neighbour), or
// another name (`Hollins`). A silent final e (Doyle: دويل, Price: برايس) in either direction.
const NAMES: [answer: string, accepted: string, right: boolean][] = [
  ['Derek Holliss', 'Derek Hollis', true],
  ['Derek Hollois', 'Derek Hollis', true],
  ['Derek Holis', 'Derek Hollis', true],
  ['Derek Hollins', 'Derek Hollis', false],
  ['Derek Hollris', 'Derek Hollis', false],
  ['Margaret Doyle', 'مارغريت دويل', true],
  ['مارغريت دويل', 'Margaret Doyle', true],
  ['برايس', 'Price', true],
  ['نادين', 'Nadine', true],
  ['مارغريت بويل', 'Margaret Doyle', false],
  ['دول', 'Doyle', false],
  ['برنس', 'Price', false],
  ['Doylee', 'دويل', false],
  // A name of three letters beside another short name may double a letter right before its next written one
  // (حقي: Haqqi); never with a vowel after the shadda (عمر is no Ammar), nor its last letter (سعد is no Sadd).
  ['Yahya Haqqi', 'يحيى حقي', true],
  ['Yehia Hakki', 'يحيى حقي', true],
  ['Yahya Haqqani', 'يحيى حقي', false],
  ['Yahya Hoqqa', 'يحيى حقي', false],
  ['Samir Ammar', 'سمير عمر', false],
  ['Fahad Sadd', 'فهد سعد', false],
  ['Lassaad Chabbi', 'لسعد الشابي', true],
  ['Lassaad Chabi', 'لسعد الشابي', false],
]

describe('names as these readers wrote them', () => {
  it.each(NAMES)('%j for %j is right: %s', (answer, accepted, right) => {
    expect(matchText(answer, [accepted]).matched !== null).toBe(right)
  })
})
