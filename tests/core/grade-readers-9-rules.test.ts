import { describe, expect, it } from 'vitest'
import { parseBooleanWord } from '../../src/core/boolean-words.ts'
import { parseNumber } from '../../src/core/numbers.ts'
import { matchText } from '../../src/core/text-match.ts'
import { askNumber as ask, type AnswerRow as Row, answerRows as rows } from './numeric-question.ts'
import { describeRows } from './rules-table.ts'

/**
 * The rules the ninth readers' set (grade-readers-9.test.ts) led to, on questions and answers of their own, each
 * beside its wrong neighbours: a number in hyphenated words after a comparison (`more than sixty-five`, the seventh
 * and eighth sets' leftover) and a unit with a slash after one (`up to 90 km/h`); «كحد أقصى», «بحد أقصى» and «لم
 * تتجاوز» for "at most", before or after the number; «أقل ب 60%» for «أقل بنحو 60 في المئة»; `mil` and `mill` for
 * million; Levantine «ستطعش»; boats and firefighters as counted nouns, and an irregular participle after the noun
 * (`3 homes lost`); a price the quote gives of a thing is per that thing only («9.5 دينار للكيلو», not «للسمكة»); a weekday with a whole
 * date must be its day; Kuwaiti «صج» and Australian `yeah nah`; names: a keyboard slip is no typo in an Arabic word of
 * four letters, a و or ي dropped or added makes another Arabic name, h never writes خ, ظ may be `th`, ض and ظ stand
 * for each other at a word's start, and او may be English `ow`.
 * Measured on this file's graded rows (vitest's JSON reporter, `src/core` before this round → after): right answers
 * 32/79 → 79/79 accepted, wrong ones 13/84 → 0/84 (`أقل من 60%` for «أقل بنحو 60%», «9.5 دينار للسمكة» for a price
 * of a kilo, a weekday not the date's, «جورج نحلة», `George Nahle`, «الصوان», «محمد عبد الله» for «محمود عبد الله», «حسن علي» for «حسين علي»).
 */

// A number written in hyphenated words after the reader's comparison reads as it does in digits; the comparison is
// still the quote's or wrong.
const ELDER = ask('elder', 65, 'year', 'Visitors over 65 enter free of charge')
const ADULT = ask('adult', 21, 'year', 'Only visitors over 21 may enter the casino')
const NATIONS = ask('nations', 65, 'count', 'more than 65 countries took part in the talks')
const HANDS = ask('hands', 65, 'year', 'The club has changed hands twice over 65 years')
const GUSTS = ask('gusts', 90, 'kilometre-per-hour', 'with wind gusts of up to 90km/h')
const HYPHENS: Row[] = [
  ...rows(
    ELDER,
    ['more than sixty-five', 'over sixty-five', 'older than sixty-five', 'above sixty-five', 'sixty-five'],
    ['more than sixty-four', 'over sixty-six', 'under sixty-five', 'less than sixty-five', 'younger than sixty-five', 'over sixty-five days'],
  ),
  ...rows(ADULT, ['over twenty-one', 'older than twenty-one', 'over 21'], ['over twenty-two', 'under twenty-one', 'over thirty-one', 'over twenty']),
  ...rows(
    NATIONS,
    ['more than sixty-five', 'over sixty-five countries', 'more than sixty-five countries'],
    ['less than sixty-five', 'more than seventy-five', 'more than sixty-six countries'],
  ),
  // the quote's `over` before a duration says when, whatever the number's spelling
  ...rows(HANDS, ['sixty-five years', 'over sixty-five years'], ['more than sixty-five years', 'older than sixty-five']),
  // a unit with a slash, in a frame of the quote's or in other words of it
  ...rows(
    GUSTS,
    ['up to 90 km/h', 'at most 90 km/h', '90 km/h at most', 'no more than 90 km/h', 'up to 90km/h'],
    ['up to 90 mph', 'at least 90 km/h', 'up to 80 km/h', 'up to 90 km', 'more than 90 km/h'],
  ),
]
describeRows('a number in hyphenated words, or a unit with a slash, after a comparison', HYPHENS)

// «كحد أقصى», «بحد أقصى» (at most) and «كحد أدنى», «بحد أدنى» (at least), before or after the number, say what the
// quote's «لم تتجاوز» and «لا يقل عن» say; «لم تتجاوز» is «لا تتجاوز» in the past. A hedge with ب written onto it
// in the quote («أقل بنحو 60 في المئة») leaves a reader's «أقل ب 60%» the quote's frame.
const CATCH = ask('catch', 4, 'tonne', 'وأضاف أن كميات الزبيدي الواردة إلى السوق لم تتجاوز 4 أطنان يوميا', 'ar')
const WATER = ask('water', 3, 'litre', 'وشرب ما لا يقل عن 3 لترات من الماء يوميا', 'ar')
const NEED = ask('need', 12, 'tonne', 'بينما يحتاج السوق إلى 12 طنا', 'ar')
const RAIN = ask('rain', 60, 'percent', 'أي أقل بنحو 60 في المئة من معدلها', 'ar')
const FRAMES: Row[] = [
  ...rows(
    CATCH,
    ['4 أطنان كحد أقصى', 'بحد أقصى 4 أطنان', 'كحد أقصى 4 أطنان', 'لا تتجاوز 4 أطنان', 'لم تتجاوز 4 أطنان', '4 أطنان على الأكثر', '4 tonnes at most'],
    ['4 أطنان كحد أدنى', 'أكثر من 4 أطنان', '5 أطنان كحد أقصى', '4 أطنان على الأقل', 'أقل من 4 أطنان', 'تجاوزت 4 أطنان'],
  ),
  ...rows(WATER, ['3 لترات كحد أدنى', 'بحد أدنى 3 لترات', '3 لترات على الأقل'], ['3 لترات كحد أقصى', '4 لترات كحد أدنى', 'بحد أقصى 3 لترات']),
  ...rows(NEED, ['12 طنا'], ['12 طن كحد أقصى', '12 طن كحد أدنى', 'لم تتجاوز 12 طنا']),
  ...rows(RAIN, ['أقل ب 60%', 'أقل بـ 60 بالمية', 'أقل بنحو 60 في المئة', '60%'], ['أكثر ب 60%', 'أقل ب 50%', 'أكثر بنحو 60%', 'أقل من 60%', 'أقل ب 60 ملم']),
]
describeRows('at most and at least after the number, and a hedge’s ب in the quote’s frame', FRAMES)

// `mil` and `mill` are million cut short, after a number only; never another scale or figure.
const FUND = ask('fund', 15_000_000, 'AUD', 'and a $15 million recovery fund for tourism operators in the region')
const VISITORS = ask('visitors', 1_200_000, 'count', 'which drew 1.2 million visitors last year')
const SHEET = ask('sheet', 5, 'millimetre', 'The panels are made of a sheet 5 mm thick')
const SCALES: Row[] = [
  ...rows(FUND, ['$15 mil', '$15 mill', '15 mil', 'AU$15 mil', '$15m'], ['$1.5 mil', '$15 mil a year', '$150 mil', '$15 bil', 'US$15 mil', '15 mil euros']),
  ...rows(VISITORS, ['1.2 mil', '1.2 mill', '1.2 mil visitors'], ['12 mil', '1.2 mil hectares', '2.1 mil']),
  // `5 mil` is five million here, or a thousandth of an inch: never five millimetres
  ...rows(SHEET, ['5 mm'], ['5 mil']),
]
describeRows('mil and mill for million', SCALES)

// Boats (the Gulf's طراد, مركب, قارب) and firefighters (Australian `firies`) are counted nouns of both languages; a
// past participle after the counted noun is no noun of its own, irregular ones too (`3 homes lost`).
const BOATS = ask('boats', 380, 'count', 'إن 380 طرادا فقط خرجت للصيد هذا الأسبوع', 'ar')
const CREWS = ask('crews', 650, 'count', 'about 650 firefighters were working on the blaze')
const HOMES = ask('homes', 3, 'count', 'Dowling said three homes and a shearing shed had been lost near Pomonal')
const NOUNS: Row[] = [
  ...rows(BOATS, ['380 boats', '380 قارب', '380 مركب صيد', '380 طراد'], ['380 صياد', '380 fishermen', '380 طن', '380 سائح']),
  ...rows(CREWS, ['650 firies', '650 firemen', '650 firefighters', '650 إطفائي'], ['650 fires', '650 soldiers', '650 fighters', '650 aircraft']),
  ...rows(HOMES, ['3 homes lost', '3 houses lost', 'three homes'], ['3 sheds lost', '4 homes lost', '3 lost', '3 homes saved']),
]
describeRows('boats, firefighters and a participle after the counted noun', NOUNS)

// A price the quote gives of a thing («سعر كيلو», «ثمن التنكة») is per that thing only: «للكيلو», «لكل كيلو» say the
// quote's rate, «للسمكة» (per fish), «للطن» another. With no price of a thing in the quote, a word with ل after the
// number is graded as before (`85 ألف دينار للهامور`: what for).
const FISH = ask('fish', 9.5, 'KWD', 'ارتفع سعر كيلو سمك الزبيدي في سوق شرق للأسماك إلى 9 دنانير و500 فلس', 'ar')
const TIN = ask('tin', 130, 'USD', 'وأوضح أن ثمن التنكة ارتفع إلى 130 دولارا', 'ar')
const FUND_AR = ask('fund-ar', 85_000, 'KWD', 'ستطلق 200 ألف إصبعية من أسماك الهامور بتكلفة 85 ألف دينار', 'ar')
const PRICES: Row[] = [
  ...rows(
    FISH,
    ['9.5 دينار للكيلو', '9 دنانير و500 فلس للكيلو', '9.5 دينار لكل كيلو', '9.5 دينار لكل كيلوغرام', '9.5 دينار'],
    ['9.5 دينار للسمكة', '9.5 دينار للطن', '9.5 دينار لكل طن', '9.5 دينار يوميا', '9 دنانير للكيلو'],
  ),
  ...rows(TIN, ['130 دولار للتنكة', '130 دولارا'], ['130 دولار للشتلة', '130 دولار للطن', '130 دولار للكيلو']),
  ...rows(FUND_AR, ['85 ألف دينار للهامور', '85 ألف دينار'], ['58 ألف دينار للهامور']),
]
describeRows('a price of a thing, and a word with ل after the number', PRICES)

// A weekday said with a whole date must be its day: 8 November 2025 was a Saturday, 22 September 2025 a Monday.
const HARVEST = ask('harvest', 20251108, 'date', 'قال رئيس التعاونية يوم السبت 8 تشرين الثاني 2025 إن الإنتاج تراجع', 'ar')
const MARKET = ask('market', 20250922, 'date', 'On Monday 22 September 2025 the price rose')
const WEEKDAYS: Row[] = [
  ...rows(
    HARVEST,
    ['السبت 8 تشرين الثاني 2025', 'يوم السبت 8/11/2025', 'Saturday 8 November 2025', '8 تشرين الثاني 2025'],
    ['الأحد 8 تشرين الثاني 2025', 'الجمعة 8/11/2025', 'Sunday, November 8, 2025', 'السبت 9 تشرين الثاني 2025'],
  ),
  ...rows(
    MARKET,
    ['Monday 22 September 2025', 'Mon 22 Sep 2025', 'الاثنين 22 سبتمبر 2025'],
    ['Tuesday 22 September 2025', 'Tue 22 Sep 2025', 'الأحد 22 سبتمبر 2025'],
  ),
]
describeRows('a weekday with a whole date', WEEKDAYS)

describe('what the number reader reads', () => {
  it.each<[string, number | null]>([
    ['ستطعش', 16],
    ['ستطعشر', 16],
    ['15 mil', 15e6],
    ['1.2 mill', 1.2e6],
    ['mil', null],
    ['mill', null],
  ])('%j is %j', (text, value) => {
    expect(parseNumber(text)).toBe(value)
  })
})

// Kuwaiti, Bahraini and Qatari صج (صدق, true); Australian `yeah nah` (no) and `nah yeah` (yes): the last word decides.
describe('verdicts as these readers wrote them', () => {
  it.each<[string, boolean | null]>([
    ['صج', true],
    ['كلامك صج', true],
    ['صج؟', true],
    ['مو صج', false],
    ['مب صج', false],
    ['yeah nah', false],
    ['yeah, nah', false],
    ['nah yeah', true],
    ['yeah', true],
    ['nah', false],
  ])('%j reads as %s', (text, verdict) => {
    expect(parseBooleanWord(text)).toBe(verdict)
  })
})

// A key beside it is a slip only in an Arabic word of five letters or more (نحلة, a bee, is no نخلة, a palm); a و or ي
// dropped or added makes another Arabic name unless it stands beside its double (داود, داوود); h is ح's letter, never
// خ's (Nahle is نحلة); ظ may be `th` as the Gulf says it; ض and ظ, one sound in most dialects, stand for each other at
// a word's start too; او may be English `ow` (Dowling).
const NAMES: [answer: string, accepted: string[], right: boolean][] = [
  ['جورج نحلة', ['جورج نخلة'], false],
  ['جورج نخله', ['جورج نخلة'], true],
  ['George Nahle', ['جورج نخلة'], false],
  ['George Nakhle', ['جورج نخلة'], true],
  ['George Nakhleh', ['جورج نخلة'], true],
  ['ظاهر الصويام', ['ظاهر الصويان'], true],
  ['الصوان', ['ظاهر الصويان', 'الصويان'], false],
  ['محمد عبد الله', ['محمود عبد الله'], false],
  ['حسن علي', ['حسين علي'], false],
  ['داود سليمان', ['داوود سليمان'], true],
  ['ضاهر الصويان', ['ظاهر الصويان'], true],
  ['ضياء العزاوي', ['ظياء العزاوي'], true],
  ['داهر الصويان', ['ظاهر الصويان'], false],
  ['Thaher Alsuwayan', ['ظاهر الصويان'], true],
  ['Dhaher Al-Suwayan', ['ظاهر الصويان'], true],
  ['Taher Alsuwayan', ['ظاهر الصويان'], false],
  ['ميغان داولينغ', ['Megan Dowling'], true],
  ['ميغان داولينغ', ['Megan Dowding'], false],
  ['ميغان دولان', ['Megan Dowling'], false],
]

describe('names as these readers wrote them', () => {
  it.each(NAMES)('%j for %j is right: %s', (answer, accepted, right) => {
    expect(matchText(answer, accepted).matched !== null).toBe(right)
  })
})
