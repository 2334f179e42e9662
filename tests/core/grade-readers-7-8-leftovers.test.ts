import { describe, expect, it } from 'vitest'
import { gradeQuestion } from '../../src/core/grade.ts'
import { findQuantities, parseQuantity } from '../../src/core/units.ts'
import type { Currency } from '../../src/core/quiz-schema.ts'
import { describeAnswerVerdicts, frozenQuizzes, type ReaderAnswers } from './reader-answer-table.ts'
import { READERS_7_QUIZZES } from './grade-readers-7-articles.ts'
import { READERS_8_QUIZZES } from './grade-readers-8-articles.ts'
import { askNumber as ask, type AnswerRow as Row, answerRows as rows } from './numeric-question.ts'

/**
 * The seventh and eighth readers' sets' leftovers (grade-readers-7.test.ts, grade-readers-8.test.ts), each taken by a
 * general rule and graded beside its wrong neighbours: short Latin letters for a currency beside a number (`60 JD`,
 * `10 LE`), money only right before or after a number and only for a question in their currency; ages compared in
 * other words in English (`older than 65` where the quote writes `over 65`), the quote's `over` before a duration
 * keeping its meaning; a `+` right after a number (`30 lakh+`, `65+`) read as "or more", right where the quote says
 * "more than", `over` or "at least" of the key and wrong where the key is exact.
 *
 * Measured on the leftover rows of the two sets (the 26 right answers their "still refused" lists give, graded on
 * their frozen quizzes with `node`, `src/core` before and after these rules): 0/26 → 4/26 accepted (`60 JD`, `1 JD`,
 * `10 LE`, `30 lakh+`); of those this round set out to take, 0/4 → 4/4. On this file's tables (`vitest` with `src/core`
 * before and after): on the frozen quizzes, right answers 1/19 → 19/19 accepted and wrong ones 0/33 → 0/33; in all,
 * right 33/96 → 96/96 (the currencies' letters 15/45 → 45/45, ages 13/20 → 20/20, a + 4/12 → 12/12), wrong 0/129 →
 * 0/129.
 *
 * Still refused, and why (docs/grading.md): `Wadi Musa`, `Roumanie`, `Tahrir Square`, `Monmouth, Wales` and the other
 * places (places match by their table only), `40 buses` and «812 ألف سائح» (synonyms outside the families), a title in
 * other words or the quote's words beside a name (`Derek Hollis, 71`), `41st annual`, `30L` (L is litres as often as
 * lakh), `42 per cent growth`, «تلاتة آلاف ومتين طن»; and `JD` alone for one dinar (the letters name no amount).
 */

const quizOf7 = frozenQuizzes(READERS_7_QUIZZES)
const quizOf8 = frozenQuizzes(READERS_8_QUIZZES)

const LEFTOVERS_7: Record<string, Record<string, ReaderAnswers>> = {
  'petra-ar': {
    // «60 دينارا» (Jordanian): JD before or after the number; never another figure, another currency's letters, the
    // letters with a word of their own after them, or a comparison the quote does not make.
    'money-60': {
      right: ['60 JD', 'JD 60', '60 jd', '٦٠ JD', 'sixty JD', '60 JOD'],
      wrong: ['60 KD', '50 JD', 'JD 600', '6 JD', '60 LE', '60 QR', 'more than 60 JD', '60 JD Vance', '2016 JD Vance', 'JD'],
    },
    'money-1': {
      right: ['1 JD', 'JD 1', 'one JD'],
      wrong: ['1 KD', '10 JD', '100 JD', '1 LE', 'JD 0.5'],
    },
  },
  'bookfair-ar': {
    // «10 جنيهات» (Egyptian): LE and L.E. before or after the number.
    'money-10': {
      right: ['10 LE', 'LE 10', '10 L.E.', 'L.E. 10', '10 L.E'],
      wrong: ['10 JD', '100 LE', '1 LE', '10 LL', 'LE', '10 L', 'L.E. 15', 'less than 10 LE'],
    },
  },
}

const LEFTOVERS_8: Record<string, Record<string, ReaderAnswers>> = {
  'water-metro-en': {
    // "has carried more than 30 lakh passengers": a + after the number is the quote's "more than".
    'count-3000000': {
      right: ['30 lakh+', '30+ lakh', '30 lakh+ passengers', '3 million+', '3,000,000+'],
      wrong: ['31 lakh+', '3 lakh+', '30 crore+', '30+', '30 lakh++', '29 lakh+', '30 lakh+ boats', '+30 lakh', '30 million+', '30 lakh+ 5'],
    },
  },
}

describeAnswerVerdicts(quizOf7, LEFTOVERS_7)
describeAnswerVerdicts(quizOf8, LEFTOVERS_8)

const describeRows = (name: string, table: readonly Row[]) =>
  describe(name, () => {
    it.each(table.map(([q, a, r]) => [q.id, a, r, q] as const))('%s: %j is right: %s', (_id, answer, right, question) => {
      expect(gradeQuestion(question, answer).correct).toBe(right)
    })
  })

// Each currency's letters on a question in it, and on a question in a neighbour that shares a word or letters with it.
const money = (currency: Currency, value: number, quote: string) => ask(`money-${currency}`, value, currency, quote)
const CURRENCIES: Row[] = [
  ...rows(money('JOD', 60, 'A ticket costs 60 Jordanian dinars'), ['60 JD', 'JD 60'], ['60 KD', '60 BD', '60 LD', 'JD 6']),
  ...rows(money('KWD', 60, 'The fine is 60 Kuwaiti dinars'), ['60 KD', 'KD 60'], ['60 JD', 'JD 60', '60 BD', '60 ID']),
  ...rows(money('EGP', 10, 'Tickets cost 10 Egyptian pounds'), ['10 LE', 'LE 10', 'L.E. 10', '10 EGP'], ['10 LL', '10 JD', '10 L', '10 TL']),
  ...rows(money('LBP', 5000, 'a loaf costs 5,000 Lebanese pounds'), ['LL 5000', '5,000 LL'], ['5000 LE', 'LE 5000', '5000 TL']),
  ...rows(money('QAR', 50, 'parking costs 50 Qatari riyals a day'), ['QR 50', '50 QR', '50 QR a day'], ['50 SR', '50 RO', 'QR 5']),
  ...rows(money('SAR', 50, 'a permit costs 50 Saudi riyals'), ['SR 50', '50 SR'], ['50 QR', 'QR 50', '50 RO']),
  ...rows(money('OMR', 5, 'the fee is 5 Omani rials'), ['RO 5', 'R.O. 5', '5 RO'], ['5 QR', '5 BD', 'RO 50']),
  ...rows(money('BHD', 2, 'a coffee costs 2 Bahraini dinars'), ['BD 2', '2 BD'], ['2 KD', '2 JD', 'BD 20']),
  ...rows(money('AED', 50, 'entry is 50 dirhams'), ['Dhs 50', '50 Dhs', 'Dh 50', '50 AED'], ['50 DA', '50 DT', 'Dhs 500']),
  ...rows(money('MAD', 20, 'a taxi costs 20 Moroccan dirhams'), ['20 Dhs', 'Dh 20'], ['20 DA', '20 DT']),
  ...rows(money('TRY', 100, 'a ticket costs 100 Turkish lira'), ['100 TL', 'TL 100'], ['100 LL', '100 LE']),
  ...rows(money('DZD', 200, 'bread costs 200 Algerian dinars'), ['200 DA', 'DA 200'], ['200 DT', '200 Dhs', '200 LD']),
  ...rows(money('TND', 50, 'a fine of 50 Tunisian dinars'), ['50 DT', 'DT 50'], ['50 DA', '50 LD']),
  ...rows(money('LYD', 10, 'fuel costs 10 Libyan dinars'), ['10 LD', 'LD 10'], ['10 DT', '10 LL']),
  ...rows(money('IQD', 5000, 'a meal costs 5,000 Iraqi dinars'), ['ID 5000', '5,000 ID'], ['5000 JD', '5000 KD']),
  ...rows(money('BDT', 200, 'a ride costs 200 taka'), ['Tk 200', '200 Tk'], ['200 Rs', 'Tk 2000']),
  // A year or a count is never money: the letters stay the quote's words there.
  ...rows(ask('year-2016', 20160000, 'date', 'In 2016, JD Vance published his memoir'), ['2016', 'in 2016', '2016 JD'], ['2015', '2016 dinars']),
  ...rows(ask('codes', 2, 'count', 'scan the 2 QR codes at the gate'), ['2', 'two', '2 QR codes', '2 QR'], ['2 riyals', '3 QR codes', 'QR 20']),
]
describeRows('a currency’s short Latin letters, beside a number and for a question in it', CURRENCIES)

// The letters are read only by the grader, for a question in their currency: no article reads them as money.
describe('a currency’s short Latin letters are no money in an article nor without a currency asked', () => {
  it.each(['in 2016 JD Vance wrote', 'scan the 2 QR codes', 'tickets cost 60 JD', 'LE 10 a ticket'])('%j holds no money', (text) => {
    expect(findQuantities(text).filter((q) => q.unit !== null && q.unit !== 'count' && q.unit !== 'date')).toEqual([])
  })
  it.each([
    ['60 JD', undefined],
    ['2016 JD Vance', 'KWD'],
    ['60 JD', 'KWD'],
    ['10 LE', 'JOD'],
    ['JD', 'JOD'],
    ['2 QR codes', 'count'],
  ] as const)('%j, asked %s, is read with no currency', (text, expect_) => {
    expect(parseQuantity(text, expect_ === undefined ? {} : { expect: expect_ })?.unit ?? null).toBeNull()
  })
})

// Ages compared in other words in English: `older than 65` where the quote writes `over 65` of an age (a number with
// no unit of time after it, its years `old` or `of age`, `the age of` before it); the quote's `over` before a duration
// says when, as before (`over 65 years`, `over three days`), and takes no reader's comparison.
const ELDER = ask('elder', 65, 'year', 'Visitors over 65 enter free of charge')
const ELDER_OLD = ask('elder-old', 65, 'year', 'Residents over 65 years old will be vaccinated first')
const ELDER_OF_AGE = ask('elder-of-age', 65, 'year', 'People over the age of 65 travel free')
const MINOR = ask('minor', 18, 'year', 'Children under 18 must be accompanied by an adult')
const HANDS = ask('hands', 65, 'year', 'The club has changed hands twice over 65 years')
const FAIR = ask('fair', 3, 'day', 'The fair drew 20,000 people over three days')
const STOOD = ask('stood', 40, 'year', 'The bridge has stood for over 40 years')
const AGES: Row[] = [
  ...rows(
    ELDER,
    ['older than 65', 'over 65', 'more than 65', 'above 65', 'older than sixty five', '65'],
    ['younger than 65', 'under 65', 'older than 60', 'over 60', 'older than 66', 'less than 65', 'at most 65', 'over 65 days'],
  ),
  ...rows(ELDER_OLD, ['older than 65', 'older than 65 years', 'over 65'], ['younger than 65', 'under 65 years', 'older than 56']),
  ...rows(ELDER_OF_AGE, ['older than 65', 'over 65'], ['younger than 65', 'older than 75']),
  ...rows(MINOR, ['younger than 18', 'under 18', 'below 18'], ['older than 18', 'over 18', 'younger than 16']),
  // A duration: the quote's `over` says when.
  ...rows(HANDS, ['65 years', 'over 65 years'], ['more than 65 years', 'older than 65', 'in excess of 65 years']),
  ...rows(FAIR, ['three days', 'over three days'], ['more than three days', 'older than 3 days']),
  ...rows(STOOD, ['more than 40 years', 'over 40 years'], ['less than 40 years', 'younger than 40 years']),
]
describeRows('ages compared in other words, in English', AGES)

// A `+` right after the number: "or more", right where the quote says more than, over or at least of the key.
const RIDERS = ask('riders', 3_000_000, 'count', 'has carried more than 30 lakh passengers since its launch')
const CARRIED = ask('carried', 3_000_000, 'count', 'has carried 30 lakh passengers since its launch')
const WATER = ask('water', 3, 'litre', 'adults should drink at least 3 litres of water a day')
const ENTRIES = ask('entries', 65, 'count', "this year's 65 entries")
const VISITORS = ask('visitors', 30_000, 'person', 'واستقبل المعرض أكثر من 30 ألف زائر', 'ar')
const PLUS: Row[] = [
  ...rows(RIDERS, ['30 lakh+', '30+ lakh', '3 million+'], ['31 lakh+', '30+', '+30 lakh', '30 lakh+ boats']),
  ...rows(CARRIED, ['30 lakh'], ['30 lakh+', '30+ lakh', '3 million+']),
  ...rows(WATER, ['3+ litres', '3 litres'], ['4+ litres', '2+ litres', '3+ kg', '3+ litres a week']),
  ...rows(ENTRIES, ['65'], ['65+', '64+']),
  ...rows(VISITORS, ['30 ألف+', '30 ألف+ زائر', '30,000+'], ['40 ألف+', '3 آلاف+', '30 ألف+ سائح']),
  // over an age, and never over a duration
  ...rows(ELDER, ['65+'], ['66+', '60+']),
  ...rows(MINOR, [], ['18+']),
  ...rows(HANDS, [], ['65+ years', '65+']),
  ...rows(FAIR, [], ['3+ days']),
  ...rows(STOOD, ['40+ years'], ['50+ years']),
]
describeRows('a + after the number, where the quote says more than, over or at least', PLUS)
