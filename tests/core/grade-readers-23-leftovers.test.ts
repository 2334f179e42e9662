import { describe, expect, it } from 'vitest'
import { gradeQuestion } from '../../src/core/grade.ts'
import { parseNumber } from '../../src/core/numbers.ts'
import type { Question } from '../../src/core/quiz-schema.ts'
import { READERS_21_QUIZZES } from './grade-readers-21-articles.ts'
import { askNumber } from './numeric-question.ts'
import { frozenQuizzes } from './reader-answer-table.ts'

/**
 * The leftovers the twenty-third set's round took (docs/grading.md), each beside its neighbours of the other verdict: a
 * title of the other sex where the Arabic verb gives the person's sex; a verdict's reason offering the statement's figure
 * and the article's as alternatives (`false 1800/2300`); feet and inches in primes (`11′`, `11″`, `5′11″`); `-ish` after a
 * figure; Arabizi in an English quiz (`eh` beside a verdict word, figures with a digit for a letter).
 */
const quizOf = frozenQuizzes(READERS_21_QUIZZES)
const MARHABA = 'marhaba-tanger-med-ar'
const MONTREAL = 'weekend-school-montreal-en'
type Row = [article: string, id: string, answer: string, right: boolean]
const grade = ([article, id, answer]: Row, edit: (q: Question) => Question = (q) => q) => {
  const quiz = quizOf(article)
  const question = edit(quiz.questions.find((q) => q.id === id)!)
  return gradeQuestion(question, answer, quiz.questions).correct
}

describe('a title of the other sex where an Arabic verb of saying gives the sex', () => {
  // The quote: «وقال مدير الميناء، رشيد الوزاني، إن …» (a masculine verb, but agreeing with the role noun between, which is
  // said of women too: nothing read); another question's «وأضاف الوزاني» (a man's verb right before the name).
  it.each<Row>([
    [MARHABA, 'who-1', 'Mme Ouazzani', false],
    [MARHABA, 'who-1', 'Mme Rachid El Ouazzani', false],
    [MARHABA, 'who-1', 'Madame Ouazzani', false],
    [MARHABA, 'who-1', 'السيدة الوزاني', false],
    [MARHABA, 'who-1', 'السيدة رشيد الوزاني', false],
    [MARHABA, 'who-1', 'Mrs Ouazzani', false],
    [MARHABA, 'who-1', 'M. Ouazzani', true],
    [MARHABA, 'who-1', 'M. Rachid El Ouazzani', true],
    [MARHABA, 'who-1', 'السيد رشيد الوزاني', true],
    [MARHABA, 'who-1', 'Mr Ouazzani', true],
    [MARHABA, 'who-1', 'رشيد الوزاني', true],
    [MARHABA, 'who-1', 'الوزاني', true],
    [MARHABA, 'who-1', 'Ouazzani', true],
  ])('%s %s: %s is right: %s', (...row) => expect(grade(row)).toBe(row[3]))

  // Quotes written for the table, in the question's quote and its explanation, graded with no other question (the quiz's
  // «وأضاف الوزاني» would say his sex otherwise).
  const alone = (quote: string) => (q: Question) => ({ ...q, explanation: { ar: `جاء في المقال: «${quote}».` }, evidence: { ...q.evidence, quote } })
  it.each([
    // a woman's verb: a man's title is another person
    ['وقالت مديرة الميناء، رشيد الوزاني، إن الانتظار لم يطل', 'M. Ouazzani', false],
    ['وقالت مديرة الميناء، رشيد الوزاني، إن الانتظار لم يطل', 'Mme Ouazzani', true],
    ['وأوضحت الوزاني أن الانتظار لم يطل', 'السيد الوزاني', false],
    ['وأوضحت الوزاني أن الانتظار لم يطل', 'السيدة الوزاني', true],
    // the verb's speaker is another person (a clause opens between them): nothing is read, nothing refused
    ['وقالت الوزيرة إن رشيد الوزاني أشرف على العملية', 'M. Ouazzani', true],
    ['وقالت الوزيرة إن رشيد الوزاني أشرف على العملية', 'Mme Ouazzani', true],
    // too far from the name (more than three words between), or in another sentence
    ['قالت الوزارة في بيان صدر أمس رشيد الوزاني مدير الميناء', 'M. Ouazzani', true],
    ['قالت الوزارة ذلك. رشيد الوزاني مدير الميناء', 'M. Ouazzani', true],
    // a man's verb right before the name
    ['وأضاف الوزاني أن الانتظار لم يطل', 'Mme Ouazzani', false],
    ['وأضاف الوزاني أن الانتظار لم يطل', 'M. Ouazzani', true],
    // a masculine verb before a masculine role: the role's agreement, said of women too, so nothing is read
    ['وقال مدير الميناء، رشيد الوزاني، إن الانتظار لم يطل', 'Mme Ouazzani', true],
    ['وقال مدير الميناء، رشيد الوزاني، إن الانتظار لم يطل', 'M. Ouazzani', true],
    // a man's verb and a woman's title in the texts: both sexes, nothing refused
    ['وأضاف الوزاني أن السيدة الوزاني لم تحضر', 'M. Ouazzani', true],
    ['وأضاف الوزاني أن السيدة الوزاني لم تحضر', 'Mme Ouazzani', true],
  ] as const)('quote «%s»: %s is right: %s', (quote, answer, right) => {
    const quiz = quizOf(MARHABA)
    const who = alone(quote)(quiz.questions.find((q) => q.id === 'who-1')!)
    expect(gradeQuestion(who, answer, [who]).correct).toBe(right)
  })
})

describe("a verdict's reason offering the statement's figure and the article's as alternatives", () => {
  // Montreal: the statement says 2,300 Canadian dollars a month, the quote 1,800. Marhaba: the statement says 60 minutes,
  // the quote 90.
  it.each<Row>([
    [MONTREAL, 'false-money-1800', 'false 1800/2300', false],
    [MONTREAL, 'false-money-1800', 'false 2300/1800', false],
    [MONTREAL, 'false-money-1800', 'false 1,800 / 2,300', false],
    [MONTREAL, 'false-money-1800', 'false $1800/$2300', false],
    [MONTREAL, 'false-money-1800', 'false 1800$/2300$', false],
    [MONTREAL, 'false-money-1800', 'false 1800 or 2300', false],
    [MONTREAL, 'false-money-1800', 'false 1800 dollars or 2300 dollars', false],
    [MONTREAL, 'false-money-1800', 'false 1800-2300', false],
    [MONTREAL, 'false-money-1800', 'no 1800|2300', false],
    [MONTREAL, 'false-money-1800', 'faux 1800 ou 2300', false],
    // a correction, an arrow, the article's figure alone, a rate after a slash: right
    [MONTREAL, 'false-money-1800', 'false, 1800 not 2300', true],
    [MONTREAL, 'false-money-1800', 'false it is 1800 not 2300', true],
    [MONTREAL, 'false-money-1800', 'false 2300 -> 1800', true],
    [MONTREAL, 'false-money-1800', 'false 1800', true],
    [MONTREAL, 'false-money-1800', 'false 1800/month', true],
    [MONTREAL, 'false-money-1800', 'false', true],
    [MARHABA, 'false-time-90', 'غلط 90/60', false],
    [MARHABA, 'false-time-90', 'غلط ٩٠/٦٠', false],
    [MARHABA, 'false-time-90', 'غلط 90 دقيقة أو 60', false],
    [MARHABA, 'false-time-90', 'خطأ 60 ولا 90', false],
    [MARHABA, 'false-time-90', 'غلط 90 مش 60', true],
    [MARHABA, 'false-time-90', 'غلط 90 دقيقة', true],
  ])('%s %s: %s is right: %s', (...row) => expect(grade(row)).toBe(row[3]))
})

describe('feet and inches in primes, for a question in a length', () => {
  const feet = askNumber('foot-11', 11, 'foot', 'The statue is 11 feet tall')
  const inches = askNumber('inch-5', 5, 'inch', 'Up to 5 inches of rain fell')
  const metres = askNumber('metre-3.35', 3.35, 'metre', 'The statue is 3.35 metres (11 feet) tall')
  const height = askNumber('metre-1.8', 1.8, 'metre', 'Ethan Kowalski, who is 5\'11" (1.80 metres) tall, set out alone')
  const minutes = askNumber('minute-11', 11, 'minute', 'The delay lasted 11 minutes')
  it.each([
    [feet, '11′', true],
    [feet, '11 ′', true],
    [feet, '11’', true],
    [feet, "11'", true],
    [feet, 'about 11′', true],
    [feet, '11′ tall', true],
    [feet, '132″', true],
    [feet, '12′', false],
    [feet, '11″', false],
    [feet, 'more than 11′', false],
    [feet, '11′ or 12′', false],
    [inches, '5″', true],
    [inches, '5"', true],
    [inches, '5”', true],
    [inches, '5′', false],
    [inches, '6″', false],
    [metres, '11′', true],
    [metres, '12′', false],
    [metres, '11″', false],
    [height, '5′11″', true],
    [height, '5′ 11″', true],
    [height, '5′11', true],
    [height, '71″', true],
    [height, '6′', false],
    [height, '5′10″', false],
    // a time's primes stay minutes and seconds; a prime alone is no minute
    [minutes, '11′', false],
  ] as const)('%s: %s is right: %s', (question, answer, right) => expect(gradeQuestion(question, answer).correct).toBe(right))
})

describe('-ish after a figure is a hedge', () => {
  it.each([
    ['35ish', 35],
    ['35-ish', 35],
    ['35 ish', 35],
    ['about 35ish', 35],
    ['ish 35', null],
    ['35ish 36', null],
    ['ish', null],
  ] as const)('%s reads %s', (text, n) => expect(parseNumber(text)).toBe(n))
  it.each<Row>([
    [MONTREAL, 'count-35', '35ish', true],
    [MONTREAL, 'count-35', '35-ish', true],
    [MONTREAL, 'count-35', '35 teachers-ish', true],
    [MONTREAL, 'count-35', '36ish', false],
    [MONTREAL, 'count-35', 'more than 35ish', false],
    [MONTREAL, 'count-35', '35ish students', false],
    [MONTREAL, 'time-4-hour', '4 hours-ish', true],
    [MONTREAL, 'time-4-hour', '4hrs ish', true],
    [MONTREAL, 'time-4-hour', '5ish hours', false],
    [MARHABA, 'count-12', '12ish', true],
    // a verdict more or less stays unclear
    [MONTREAL, 'false-time-4', 'false-ish', false],
    [MONTREAL, 'true-count-3', 'true-ish', false],
  ])('%s %s: %s is right: %s', (...row) => expect(grade(row)).toBe(row[3]))
})

describe('Arabizi in an English quiz', () => {
  it.each<Row>([
    // eh beside an Arabizi verdict word is «إيه»; alone it stays the English sound
    [MONTREAL, 'true-count-3', 'eh sa7', true],
    [MONTREAL, 'true-count-3', 'eh akid', true],
    [MONTREAL, 'true-count-3', 'eeh sa7i7', true],
    [MONTREAL, 'true-count-3', 'eh', false],
    [MONTREAL, 'true-count-3', 'eh ghalat', false],
    [MONTREAL, 'false-time-4', 'eh sa7', false],
    [MONTREAL, 'false-time-4', 'la', false],
    [MONTREAL, 'false-time-4', 'la ghalat', true],
    // figures with a digit for a letter: Arabizi whatever the quiz's language
    [MONTREAL, 'time-4-hour', 'arba3 sa3at', true],
    [MONTREAL, 'time-4-hour', '4 sa3at', true],
    [MONTREAL, 'time-4-hour', '7awali 4 hours', true],
    [MONTREAL, 'time-4-hour', '5amsa sa3at', false],
    [MONTREAL, 'time-4-hour', 'arba3 da2aye2', false],
    [MONTREAL, 'time-4-hour', 'aktar men arba3 sa3at', false],
    [MONTREAL, 'count-35', '5amsa w talatin', true],
    [MONTREAL, 'count-35', 'sab3a w talatin', false],
    [MONTREAL, 'false-time-4', 'ghalat 4 sa3at', true],
    [MONTREAL, 'false-time-4', 'ghalat 5amsa sa3at', false],
    // number words in letters only stay English words
    [MONTREAL, 'count-35', 'talatin w 5amsa', true],
    [MONTREAL, 'time-4-hour', 'arba', false],
  ])('%s %s: %s is right: %s', (...row) => expect(grade(row)).toBe(row[3]))
})
