import { describe, expect, it } from 'vitest'
import articleText from '../../questions/kim-putin-beijing/article.ar.txt'
import quizJson from '../../questions/kim-putin-beijing/quiz.json'
import { gradeQuestion } from '../../src/core/grade.ts'
import { loadQuiz } from '../../src/core/load-quiz.ts'
import type { Quiz } from '../../src/core/quiz-schema.ts'
import { READERS_15_QUIZZES } from './grade-readers-15-articles.ts'
import { READERS_16_QUIZZES } from './grade-readers-16-articles.ts'
import { READERS_17_QUIZZES } from './grade-readers-17-articles.ts'
import { READERS_18_QUIZZES } from './grade-readers-18-articles.ts'
import { READERS_19_QUIZZES } from './grade-readers-19-articles.ts'
import { gradeRedTeam } from './red-team-2-answers.ts'
import { frozenQuizzes } from './reader-answer-table.ts'

/**
 * The second red-team round on the grader's one unforgivable failure, a wrong answer accepted: for every numeric, text and
 * true/false question of the readers' fifteenth to nineteenth sets' frozen quizzes and of `kim-putin-beijing`, wrong
 * answers that look right, generated from the question's own texts by `red-team-2-answers.ts` (the article's neighbouring
 * figures; the right figure with another unit, currency, scale word or period, inside a comparison, range, list or negation;
 * number words one off; digits of two scripts; a date a day, month or year off; a name with another first or
 * family name, or a first name that looks alike, in either script; a verdict whose reason changes the statement's figure,
 * period, scale or unit). Each is a mutation of a right answer the grader accepts (its control); none may be accepted.
 * Measured with `node tests/core/red-team-2-measure.ts` (`--list` names them): 14/6243 accepted before this round's rules,
 * 0/6243 after (docs/grading.md). Not generated, being right: `maybe X` and `X?` (the reader's hedge, right by policy:
 * grade-reader-forms.test.ts); left open: a verdict with a question mark (`true?`; Gulf «صج؟» agrees, the ninth set).
 */
const drafts = { ...READERS_15_QUIZZES, ...READERS_16_QUIZZES, ...READERS_17_QUIZZES, ...READERS_18_QUIZZES, ...READERS_19_QUIZZES }
const quizOf = frozenQuizzes(drafts)
const QUIZZES: { name: string; quiz: () => Quiz; text: string }[] = [
  ...Object.keys(drafts).map((name) => ({ name, quiz: () => quizOf(name), text: drafts[name]!.articleText })),
  { name: 'kim-putin-beijing', quiz: () => loadQuiz(quizJson, articleText), text: articleText },
]

describe.each(QUIZZES)('wrong answers that look right, for the quiz $name', ({ quiz: load, text }) => {
  const quiz = load()
  const graded = quiz.questions.filter((q) => q.type === 'numeric' || q.type === 'text' || q.type === 'boolean')
  it.each(graded.map((q) => [q.id, q] as const))('%s: none is accepted', (_id, question) => {
    const { rows, accepted } = gradeRedTeam(question, quiz, text)
    expect(rows.length, 'every question is probed').toBeGreaterThan(0)
    expect(accepted.map(({ kind, answer, control }) => `${kind}: ${answer} (right: ${control})`)).toEqual([])
  })
})

// The round's rules by hand, each beside the right answers it must leave right (some held by the earlier sets' tables).
const MADINAH = 'transport-madinah-ar'
const LEEDS = 'potholes-leeds-en'
const PISTACHIO = 'pistachio-hama-ar'
const RULE_ROWS: [article: string, id: string, answer: string, right: boolean][] = [
  // A verdict's reason in a period the question's texts never give: "downloaded 21,000 times in its first month".
  [LEEDS, 'true-count-21000', 'true 21,000 in its first year', false],
  [LEEDS, 'true-count-21000', 'true, 21,000 downloads in a week', false],
  [LEEDS, 'true-count-21000', 'true, 21,000 a day', false],
  [LEEDS, 'true-count-21000', 'true, 21,000 times in its first month', true],
  [LEEDS, 'true-count-21000', 'yes 21,000 times in the first month', true],
  [LEEDS, 'true-count-21000', 'true 21000', true],
  // «… 1.2 مليون راكب خلال الأشهر الستة الأولى من العام»: six years is another figure, the year the texts' own
  [MADINAH, 'false-count-1200000', 'خطأ، 1.2 مليون راكب خلال الأعوام الستة', false],
  [MADINAH, 'false-count-1200000', 'خطأ، 1.2 مليون راكب في الأسابيع الأولى', false],
  [MADINAH, 'false-count-1200000', 'خطأ، 1.2 مليون راكب خلال الأشهر الستة', true],
  [MADINAH, 'false-count-1200000', 'خطأ، 1.2 مليون راكب خلال السنة', true],
  [MADINAH, 'false-count-1200000', 'خطأ 1.2 مليون راكب اليوم', true],
  // «أجرة العامل اليومية»: a day's wage, said «باليوم»
  [PISTACHIO, 'false-money-55000', 'خطأ، 55 ألف ليرة باليوم', true],
  [PISTACHIO, 'false-money-55000', 'خطأ، 55 ألف ليرة بالشهر', false],
  // A figure, a date or a name with a question mark: the reader's hedge, right as `maybe 2000` is
  // (grade-reader-forms.test.ts); another figure with one stays wrong
  [MADINAH, 'date-20251012', '12 أكتوبر 2025؟', true],
  [MADINAH, 'date-20251012', '13 أكتوبر 2025؟', false],
  [LEEDS, 'time-48-hour', '48 hours?', true],
  [LEEDS, 'time-48-hour', '(48 hours?)', true],
  [LEEDS, 'time-48-hour', '24 hours?', false],
  // A letter dropped from a name of three letters, or its last ة; a short name ending on its ا beside a surname
  ['bac-tunisia-ar', 'who-1', 'منى العياري', false],
  ['bac-tunisia-ar', 'who-1', 'منير العياري', true],
  ['argan-essaouira-ar', 'who-1', 'فاطم الزهراء أوبلا', false],
  ['argan-essaouira-ar', 'who-1', 'Fatim Al-Zahara', false],
  ['argan-essaouira-ar', 'who-1', 'فاطمة الزهراء أوبلا', true],
  ['argan-essaouira-ar', 'who-1', 'Fatima Al-Zahara', true],
  ['buses-amman-ar', 'who-1', 'Rania Al-Khouri', false],
  ['buses-amman-ar', 'who-1', 'Rana Al-Khouri', true],
  ['buses-amman-ar', 'who-1', 'رنا الخوري', true],
  // The article's words the explanation quotes complete a name only after a word joining them
  ['bac-tunisia-ar', 'who-1', 'منير العياري، يسر بن سالم', false],
  ['bac-tunisia-ar', 'who-1', 'يسر بن سالم، منير العياري', false],
  ['metro-cairo-ar', 'who-1', 'طارق جمال الدين، عدلي منصور', false],
  ['metro-cairo-ar', 'who-1', 'طارق جمال الدين عدلي منصور', false],
  ['metro-cairo-ar', 'who-1', 'المهندس طارق جمال الدين', true],
  ['metro-cairo-ar', 'who-1', 'رئيس الهيئة طارق جمال الدين', true],
]

// Saad is سعد, never سعاد (fu'al writes u or o before its ع): the nineteenth set's open `Saad Al Qahtani`, in its rules test.

describe('the round’s rules, each beside the right answers it leaves right', () => {
  it.each(RULE_ROWS)('%s %s: %j is right: %s', (article, id, answer, right) => {
    const quiz = quizOf(article)
    const question = quiz.questions.find((q) => q.id === id)
    expect(question, id).toBeDefined()
    expect(gradeQuestion(question!, answer, quiz.questions).correct).toBe(right)
  })
})
