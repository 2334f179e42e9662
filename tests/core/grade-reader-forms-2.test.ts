import { describe, expect, it } from 'vitest'
import { gradeQuestion } from '../../src/core/grade.ts'
import type { Question, Unit } from '../../src/core/quiz-schema.ts'
import { READER_QUIZ } from './reader-answers.ts'

/**
 * More forms in which readers write a right answer, found by reviewers: an amount in a currency
 * and its parts, a dot grouping thousands, clock times, names transliterated between the
 * scripts, and a number with the place the article gives it. Each table holds the wrong answers
 * that look like the right ones. Questions are written as the drafter writes them (prompt,
 * explanation and evidence inline); kim-putin-beijing's are those of tests/core/reader-answers.ts.
 */

type NumericQuestion = Extract<Question, { type: 'numeric' }>

function numeric(id: string, value: number, unit: Unit, prompt: [string, string], explanation: [string, string], quote: string): NumericQuestion {
  return {
    id,
    type: 'numeric',
    skill: 'recall',
    points: 1,
    prompt: { ar: prompt[0], en: prompt[1] },
    explanation: { ar: explanation[0], en: explanation[1] },
    evidence: { paragraph: 0, quote },
    answer: { value, unit, tolerance: 0 },
  }
}

const QUESTIONS: Question[] = [
  ...READER_QUIZ,
  numeric('coffee-usd', 2.5, 'USD', ['كم سعر كوب القهوة؟', 'How much does a cup of coffee cost?'], ['يبلغ سعر الكوب 2.5 دولار.', 'A cup costs $2.50.'], 'يبلغ سعر الكوب 2.5 دولار'),
  numeric(
    'ticket-kwd',
    2.5,
    'KWD',
    ['كم سعر تذكرة الحافلة؟', 'How much is a bus ticket?'],
    ['سعر التذكرة 2.5 دينار كويتي.', 'A ticket costs 2.5 Kuwaiti dinars.'],
    'سعر التذكرة 2.5 دينار كويتي',
  ),
  numeric('ticket-jod', 2.5, 'JOD', ['كم سعر التذكرة؟', 'How much is a ticket?'], ['سعر التذكرة 2.5 دينار أردني.', 'A ticket costs 2.5 Jordanian dinars.'], 'سعر التذكرة 2.5 دينار أردني'),
  numeric('parcel-kg', 1.2, 'kilogram', ['كم يزن الطرد؟', 'How heavy is the parcel?'], ['يزن الطرد 1.2 كغ.', 'The parcel weighs 1.2 kg.'], 'يزن الطرد 1.2 كغ'),
  numeric('rope-m', 1.2, 'metre', ['كم طول الحبل؟', 'How long is the rope?'], ['طول الحبل 1.2 متر.', 'The rope is 1.2 m long.'], 'طول الحبل 1.2 متر'),
]
const byId = new Map(QUESTIONS.map((q) => [q.id, q]))
const grade = (id: string, answer: string) => gradeQuestion(byId.get(id)!, answer, QUESTIONS).correct

describe('an amount in a currency and its parts, and other compounds of one dimension', () => {
  it.each<[string, string, boolean]>([
    ['coffee-usd', '2 dollars 50 cents', true],
    ['coffee-usd', '2 dollars and 50 cents', true],
    ['coffee-usd', '$2 and 50 cents', true],
    ['coffee-usd', '$2 50 cents', true],
    ['coffee-usd', 'two dollars and fifty cents', true],
    ['coffee-usd', 'دولاران و50 سنتًا', true],
    ['coffee-usd', 'دولارين و50 سنت', true],
    ['coffee-usd', '2 دولار و 50 سنت', true],
    ['coffee-usd', 'دولارين وخمسين سنت', true],
    ['coffee-usd', '250 cents', true], // a part alone converts
    // Bare digits after the amount, as many as the currency's parts have: the cents.
    ['coffee-usd', '2 dollars 50', true],
    ['coffee-usd', '$2.50', true],
    // Wrong neighbours: other parts, parts worth a whole or more, a fraction and then parts.
    ['coffee-usd', '2 dollars 5 cents', false],
    ['coffee-usd', '2 dollars 5', false], // 2.05 or 2.50: unreadable
    ['coffee-usd', '2 dollars 500', false],
    ['coffee-usd', '2 dollars 150 cents', false],
    ['coffee-usd', '2.5 dollars 50 cents', false],
    ['coffee-usd', 'دولاران ونصف و50 سنت', false],
    ['coffee-usd', '50 cents 2 dollars', false],
    ['coffee-usd', '2 dollars 50 pence', false], // pence are of the pound
    ['coffee-usd', '2 dollars 50 cents and 10 cents', false],
    ['coffee-usd', '2 dollars 50 cents 3', false],
    ['coffee-usd', '2 dollars 60 cents', false],
    ['coffee-usd', '3 dollars 50 cents', false],
    ['coffee-usd', 'more than 2 dollars 50 cents', false],
    ['coffee-usd', '2 euros 50 cents', false],
    // A dinar of 1,000 fils.
    ['ticket-kwd', '2 دينار و500 فلس', true],
    ['ticket-kwd', 'ديناران و500 فلس', true],
    ['ticket-kwd', 'دينارين و500 فلس', true],
    ['ticket-kwd', '2 KWD 500 fils', true],
    ['ticket-kwd', '2 دينار و500', true],
    ['ticket-kwd', '2500 فلس', true],
    ['ticket-kwd', '2 دينار و50 فلس', false], // 2.05
    ['ticket-kwd', '2 دينار و50', false], // two digits: not the fils of a dinar
    ['ticket-kwd', '2 دينار و5000 فلس', false],
    // The Jordanian dinar has 100 piastres and 1,000 fils: bare digits could be either.
    ['ticket-jod', '2 دينار و500 فلس', true],
    ['ticket-jod', '2 دينار و50 قرش', true],
    ['ticket-jod', '2 دينار و500', false],
    ['ticket-jod', '2 دينار و50', false],
    // Time, length and mass compounds (these already worked): a larger unit and a smaller one.
    ['meeting-duration', '2 hours 30 minutes', true],
    ['meeting-duration', 'ساعتين و30 دقيقة', true],
    ['meeting-duration', '1 hour 30 minutes', false],
    ['meeting-duration', '2 hours 3 minutes', false],
    ['parcel-kg', '1 kg 200 g', true],
    ['parcel-kg', 'كيلو و200 غرام', true],
    ['parcel-kg', '1200 g', true],
    ['parcel-kg', '1 kg 20 g', false],
    ['parcel-kg', '1 kg 2000 g', false],
    ['rope-m', 'متر و20 سم', true],
    ['rope-m', '1 m 20 cm', true],
    ['rope-m', '120 cm', true],
    ['rope-m', 'متر و2 سم', false],
    ['rope-m', '1 m 200 cm', false],
  ])('%s: %s → %s', (id, answer, right) => {
    expect(grade(id, answer)).toBe(right)
  })
})
