import { describe, expect, it } from 'vitest'
import { matchText } from '../../src/core/text-match.ts'
import { askNumber as ask, answerRows as rows, type AnswerRow as Row } from './numeric-question.ts'
import { type BooleanQuestion, verdict, describeRows } from './rules-table.ts'

/**
 * The rules the tenth readers' set (grade-readers-10.test.ts) led to, on questions and answers of their own, each
 * beside its wrong neighbours: a verdict's reason cites the question's figures with what the texts say of them (unit,
 * currency, date, the thing a price is of, the noun counted: «صح، 6 دنانير للسمكة» for a price of a kilo, the ninth
 * set's leftover); «أقل بـ60%» (a clitic written onto the digits, the ninth set's other leftover); a quote's key grouped
 * with a dot (`1.500 طن`); «فاتح يناير», `1er janvier`; Maghrebi ربعة (4) and «ديال»/«د» before a unit; «من»/`from`
 * before the number as a start; a letter added to a short Arabic name; عبداللطيف; the Egyptian pound's «ج»; `27 yo`;
 * feet and inches (`5'11"`) and a temperature in the other scale as the quote restates the key; slashed dates month
 * first where the texts write theirs so.
 * Measured on this file's graded rows (vitest's JSON reporter, `src/core` before this round → after): right answers
 * 49/98 → 98/98 accepted, wrong ones 22/94 → 0/94 (among them «صح، 6 دنانير للسمكة» for a price of a kilo, `true, 3/4
 * km`, `false, 18°C`, «صح، 3 محطات», «من 10 جنيهات», `from $12`, «أقل من60%», «عبد اللطيف أوبلال»).
 */

type VerdictRow = [BooleanQuestion, string, boolean]
const verdictRows = (question: BooleanQuestion, right: readonly string[], wrong: readonly string[]): VerdictRow[] => [
  ...right.map((a): VerdictRow => [question, a, true]),
  ...wrong.map((a): VerdictRow => [question, a, false]),
]

// A verdict's reason: the figure with its unit or currency, its date, the thing a price is of, the noun it counts.
const ZUBAIDI = verdict(
  'zubaidi',
  true,
  'صواب أم خطأ بحسب المقال؟ كان سعر كيلو سمك الزبيدي 6 دنانير في الأسبوع الأول من الموسم',
  'ارتفع سعر كيلو سمك الزبيدي إلى 9 دنانير و500 فلس، مقابل 6 دنانير في الأسبوع الأول من الموسم',
)
const GASOIL = verdict('gasoil', false, 'صواب أم خطأ بحسب المقال؟ ارتفع ثمن الگازوال إلى 16,20 درهم للتر', 'بسبب ارتفاع ثمن الگازوال إلى 11,20 درهم للتر')
const TRAIL = verdict('trail', true, 'True or false? He was found about 3/4 mile from the trail.', 'found alive about 3/4 mile from the trail', 'en')
const COLD = verdict(
  'cold',
  false,
  'True or false? Overnight temperatures dropped to 23 degrees Fahrenheit (minus 8 Celsius).',
  'Overnight temperatures dropped to 18 degrees Fahrenheit (minus 8 Celsius)',
  'en',
)
const REST = verdict(
  'rest',
  false,
  'صواب أم خطأ بحسب المقال؟ تبدأ الراحة البيولوجية في فاتح فبراير 2026',
  'ستبدأ الراحة البيولوجية في فاتح يناير 2026 وتستمر شهرين',
)
const LINES = verdict('lines', true, 'صواب أم خطأ بحسب المقال؟ ينقل المترو الركاب على خطوطه الثلاثة', 'ينقل المترو نحو 3.5 مليون راكب يوميا على خطوطه الثلاثة')
const COST = verdict('cost', true, 'True or false? The search cost about $95,000.', 'said the search cost about $95,000', 'en')
const REASONS: VerdictRow[] = [
  ...verdictRows(
    ZUBAIDI,
    ['صح، 6 دنانير للكيلو', 'صح، 6 دنانير', 'صح، 6 دنانير لكل كيلو', 'صح'],
    ['صح، 6 دنانير للسمكة', 'صح، 6 دنانير للطن', 'صح، 6 ريال', 'صح، 6 دولار', 'صح، 7 دنانير'],
  ),
  ...verdictRows(
    GASOIL,
    ['خطأ، 11,20 درهم للتر', 'غالط، 11 درهم و20 سنتيم', 'خطأ، 11.20 درهم', 'غلط 11,20 ماشي 16,20'],
    ['خطأ، 11,20 درهم للكيلو', 'خطأ، 11 درهم و30 سنتيم', 'خطأ، 11,20 أورو', 'غلط، 11 درهم', 'صح'],
  ),
  ...verdictRows(TRAIL, ['true, 3/4 mile', 'true, 1.2 km', 'yes, three quarters of a mile'], ['true, 3/4 km', 'true, 1/4 mile', 'true, 3 miles']),
  ...verdictRows(COLD, ['false, 18°F', 'false - 18°F', 'false, 18 degrees Fahrenheit', 'false, 18F'], ['false, 18°C', 'false, 13°F', 'true, 23°F']),
  ...verdictRows(
    REST,
    ['غالط، فاتح يناير 2026', 'لا، 1 يناير 2026', 'faux, 1er janvier 2026', 'خطأ، من فاتح يناير'],
    ['غالط، فاتح مارس 2026', 'خطأ، 2 يناير 2026', 'faux, 1er mars 2026', 'خطأ، يناير 2025'],
  ),
  ...verdictRows(LINES, ['صح، 3 خطوط', 'أيوه، تلات خطوط', 'صح، الخطوط التلاتة'], ['صح، 3 محطات', 'صح، 4 خطوط', 'صح، 3 قطارات']),
  ...verdictRows(
    COST,
    ['true, $95,000', 'yes, about $95k', 'true, 95,000 dollars'],
    ['true, €95,000', 'true, £95,000', 'true, $95,000 a day', 'true, $59,000'],
  ),
]
describeRows("a verdict's reason cites the question's figures with what the texts say of them", REASONS)

// Numbers: a clitic written onto the digits; a quote's key grouped with a dot; «فاتح», 1er; ربعة; «ديال», «د».
const LESS_RAIN = ask('less', 60, 'percent', 'لم تتجاوز 35 مليمترا، أي أقل بنحو 60 في المئة من معدلها', 'ar')
const LANDED = ask('landed', 1500, 'tonne', 'الكميات المفرغة لم تتجاوز 1.500 طن خلال شهر شتنبر', 'ar')
const REST_DAY = ask('rest-day', 20260101, 'date', 'ستبدأ الراحة البيولوجية في فاتح يناير 2026', 'ar')
const BOATS = ask('boats', 64, 'count', 'إن 64 مركبا فقط من أصل 210 مراكب ظلت تشتغل', 'ar')
const MARKET = ask('market', 4, 'hectare', 'بناء سوق جديد على مساحة 4 هكتارات', 'ar')
const WORKS = ask('works', 3, 'year', 'برنامج لتأهيل الميناء يمتد على ثلاث سنوات', 'ar')
const PAUSE = ask('pause', 2, 'month', 'وتستمر الراحة البيولوجية شهرين', 'ar')
const BUDGET = ask('budget', 500_000_000, 'MAD', 'برنامج لتأهيل الميناء بكلفة 50 مليار سنتيم', 'ar')
const NUMBERS: Row[] = [
  ...rows(LESS_RAIN, ['أقل بـ60%', 'أقل ب60%', 'أقل بنحو60%', 'أقل بـ 60%'], ['أكثر بـ60%', 'أقل بـ50%', 'أقل من60%', 'أقل بـ600%']),
  ...rows(LANDED, ['لم تتجاوز 1500 طن', '1500 طن كحد أقصى', 'لم تتجاوز 1.500 طن'], ['أكثر من 1500 طن', 'لم تتجاوز 1600 طن', 'لم تتجاوز 1500 كيلو']),
  ...rows(
    REST_DAY,
    ['فاتح يناير 2026', 'الفاتح من يناير 2026', 'فاتح جانفي 2026', '1er janvier 2026', 'premier janvier 2026', 'فاتح يناير'],
    ['فاتح فبراير 2026', 'يناير 2026', '2 يناير 2026', 'فاتح يناير 2025', '2er janvier 2026'],
  ),
  ...rows(BOATS, ['ربعة وستين', 'ربعة وستين مركب', 'أربعة وستين'], ['ربعة وخمسين', 'ربعة', 'ربعة وستين طن']),
  ...rows(MARKET, ['ربعة هكتارات', 'ربعة د الهكتارات'], ['ربعة أمتار', 'ربعة وستين هكتار']),
  ...rows(WORKS, ['تلاتة د السنين', 'ثلاثة ديال السنين', '3 سنين'], ['تلاتة د الشهور', 'جوج د السنين']),
  ...rows(PAUSE, ['جوج د الشهور', 'جوج شهور'], ['جوج د السيمانات', 'جوج د السنين', 'تلاتة د الشهور']),
  ...rows(BUDGET, ['50 مليار ديال السنتيم', '50 مليار سنتيم'], ['50 مليار ديال الدراهم', '50 مليون ديال السنتيم']),
]
describeRows('numbers: a clitic on digits, a dot-grouped key, «فاتح», ربعة, «ديال»', NUMBERS)

// «من»/`from` right before the number: where a change or a range starts, right only where the quote starts one at the key.
const FARE = ask('fare', 10, 'EGP', 'زيادة سعر التذكرة من 8 جنيهات إلى 10 جنيهات', 'ar')
const OLD_FARE = ask('old-fare', 8, 'EGP', 'زيادة سعر التذكرة من 8 جنيهات إلى 10 جنيهات', 'ar')
const AGES = ask('ages', 6, 'month', 'تستهدف الحملة الأطفال الذين تتراوح أعمارهم بين 6 أشهر و5 سنوات', 'ar')
const PRICE_EN = ask('price', 12, 'USD', 'The ticket price rose from $10 to $12')
const STARTS: Row[] = [
  ...rows(FARE, ['إلى 10 جنيهات', '10 جنيهات', '10 ج', '10ج'], ['من 10 جنيهات', 'من 10', '100 ج', 'من 8 جنيهات']),
  ...rows(OLD_FARE, ['من 8 جنيهات', '8 جنيهات', '8 ج'], ['من 10 جنيهات', 'إلى 8 جنيهات']),
  ...rows(AGES, ['من 6 أشهر', 'بين 6 أشهر', '6 أشهر'], ['من 5 أشهر', 'من 6 سنوات']),
  ...rows(PRICE_EN, ['$12', 'to $12'], ['from $12', 'from 12 dollars', 'from $10']),
]
describeRows("«من» and `from` before the number; the pound's «ج»", STARTS)

// The pound's ج is money only for a question in it (Egypt's or Sudan's).
const SARDINE = ask('sardine', 12.5, 'MAD', 'ارتفع ثمن الكيلوغرام من السردين إلى 12,5 درهم', 'ar')
const CARD = ask('card', 12.5, 'EGP', 'ارتفع سعر كارت الاشتراك الذكي إلى 12 جنيها و50 قرشا', 'ar')
const POUND: Row[] = [...rows(CARD, ['12.50 ج', '12.5ج', '12 ج و50 قرش'], ['12.50 ج.س', '125 ج', '12 ج']), ...rows(SARDINE, ['12,5 درهم'], ['12,5 ج'])]
describeRows('the Egyptian pound written ج', POUND)

// English: an age in `yo`; a height in feet and inches, a temperature in the other scale, as the quote restates the key;
// a slashed date month first where the texts write their dates so.
const HIKER = ask('hiker', 27, 'year', 'A 27-year-old hiker from Denver went missing')
const HEIGHT = ask('height', 1.8, 'metre', `Ethan Kowalski, who is 5'11" (1.80 metres) tall`)
const HEIGHT_PLAIN = ask('height-plain', 1.8, 'metre', 'Ethan Kowalski, who is 1.80 metres tall')
const NIGHT = ask('night', -8, 'celsius', 'Overnight temperatures dropped to 18 degrees Fahrenheit (minus 8 Celsius)')
const DUBLIN = ask('dublin', 14, 'celsius', 'Temperatures rose to 14C in Dublin on Tuesday')
const SET_OUT = ask('set-out', 20251101, 'date', 'set out alone on Saturday, Nov. 1, 2025, and was reported missing on Nov. 3')
const SET_OUT_UK = ask('set-out-uk', 20251101, 'date', 'set out alone on Saturday 1 November 2025')
const ENGLISH: Row[] = [
  ...rows(HIKER, ['27 yo', '27yo', '27 years old'], ['27 mo', '72 yo', '27 yo dog']),
  ...rows(
    HEIGHT,
    [`5'11"`, `5'11`, '5′11″', '5 foot 11', '5 ft 11 in', '5 feet 11 inches', '180 cm'],
    [`5'10"`, `6'11"`, '5 foot 1', '5 feet', '11 inches', `5'11" km`],
  ),
  // no restatement in the quote: feet and inches are no unit the grader converts
  ...rows(HEIGHT_PLAIN, ['1.8 m', '180 cm'], [`5'11"`, '5 foot 11']),
  ...rows(NIGHT, ['18F', '18 F', '18 degrees F', '18°F', '-8C', '-8 degrees C'], ['-8F', '18 degrees C', '18 C', '23 F', '18']),
  // a reader's own conversion: right when exact, else wrong unless the quote gives it
  ...rows(DUBLIN, ['14C', '57.2 F', '57.2°F'], ['57 F', '57°F', '14 F']),
  // month first only: an American's 1/11/2025 is January 11
  ...rows(SET_OUT, ['11/1/2025', '11/01/2025', 'Nov. 1, 2025', '11/1'], ['11/3/2025', '10/1/2025', '11/1/2024', '1/11/2025', '1/11']),
  ...rows(SET_OUT_UK, ['1/11/2025', '1 November 2025'], ['11/1/2025', '11/01/2025']),
]
describeRows('English: yo, feet and inches, the other scale, month-first dates', ENGLISH)

// Names: a letter added to a short Arabic name is another name unless it doubles one beside it; عبد written onto the name.
const NAMES: [string, string[], boolean][] = [
  ['عبد اللطيف أوبلا', ['عبد اللطيف أوبلا'], true],
  ['عبداللطيف أوبلا', ['عبد اللطيف أوبلا'], true],
  ['عبد اللطيف أوبلا', ['عبداللطيف أوبلا'], true],
  ['عبدالرحيم الطيب', ['عبد الرحيم الطيب'], true],
  ['عبد اللطيف أوبللا', ['عبد اللطيف أوبلا'], true],
  ['عبد اللطيف أوبلال', ['عبد اللطيف أوبلا'], false],
  ['عبد اللطيف أوبلات', ['عبد اللطيف أوبلا'], false],
  ['عبدالله أوبلا', ['عبد اللطيف أوبلا'], false],
  ['عبداللطيف أوبلال', ['عبد اللطيف أوبلا'], false],
]
describe('names: an added letter, عبد written onto the name', () => {
  it.each(NAMES)('%j for %j is right: %s', (answer, accepted, right) => {
    expect(matchText(answer, accepted).matched !== null).toBe(right)
  })
})
