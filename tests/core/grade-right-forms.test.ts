import { describe, expect, it } from 'vitest'
import { gradeQuestion } from '../../src/core/grade.ts'
import { gradeRightForms, rightFormsQuizzes } from './right-forms-answers.ts'

/**
 * The right-forms round, the mirror of the second red-team round (grade-red-team-2.test.ts): for every numeric, text and
 * true/false question of the readers' fifteenth to twentieth sets' frozen quizzes and of `kim-putin-beijing`, right
 * answers in the renderings readers write them in, generated from the question's key by `right-forms-answers.ts` (digits
 * with and without thousands separators, Arabic-Indic digits, number words, the unit written out, abbreviated or left
 * off, a hedge, a short sentence, a full stop; a name with a title or in a sentence; a verdict's common words, alone or
 * with the statement's own figure). None may be refused. Measured with `node tests/core/right-forms-measure.ts`
 * (`--list` names them; docs/grading.md).
 */
describe.each(rightFormsQuizzes())('right answers in natural forms, for the quiz $name', ({ quiz }) => {
  const graded = quiz.questions.filter((q) => q.type === 'numeric' || q.type === 'text' || q.type === 'boolean')
  it.each(graded.map((q) => [q.id, q] as const))('%s: none is refused', (_id, question) => {
    const { rows, refused } = gradeRightForms(question, quiz)
    expect(rows.length, 'every question is probed').toBeGreaterThan(0)
    expect(refused.map(({ kind, answer }) => `${kind}: ${answer}`)).toEqual([])
  })
})

// The round's rules by hand, beside the wrong answers it must leave wrong: the Ghanaian cedi in Arabic, as the key is
// displayed («سيدي» alone stays no currency word: it is also sir).
const RULE_ROWS: [id: string, answer: string, right: boolean][] = [
  ['money-3625', '3625 سيديًا غانيًا', true],
  ['money-3625', '3625 سيدي غاني', true],
  ['money-3625', '٣٦٢٥ سيدي غاني', true],
  ['money-3625', 'ثلاثة آلاف وستمائة وخمسة وعشرون سيدي غاني', true],
  ['money-3625', '3626 سيدي غاني', false],
  ['money-3625', '3625 ألف سيدي غاني', false],
  ['money-3625', '3625 دولار غاني', false],
  ['money-3625', '3625 ريال', false],
  ['money-2-5', '2.5 سيدي غاني', true],
  ['money-2-5', '2.5 دولار', false],
]

// A stance mark with a sentence's full stop or exclamation, as a verdict word may have them, or with the reader's
// question mark, a hedge as in `true?` (the twenty-first readers' round); a cross beside a tick stays unread.
const MARK_ROWS: [answer: string, right: boolean][] = [
  ['✓.', true],
  ['✓!', true],
  ['👍.', true],
  ['✗.', false],
  ['❌!', false],
  ['✓?', true],
  ['✓؟', true],
  ['❌?', false],
]
const MARK_UNREAD = ['✓ ✗.', '✓.✗', '✓ ✗?', '🤔?', '.', '!', '?']

describe('a stance mark with a full stop', () => {
  const quiz = rightFormsQuizzes().find(({ name }) => name === 'kim-putin-beijing')!.quiz
  const truth = quiz.questions.find((q) => q.type === 'boolean' && q.answer === true)!
  const falsehood = quiz.questions.find((q) => q.type === 'boolean' && q.answer === false)!
  it.each(MARK_ROWS)('%j reads as %s', (answer, verdict) => {
    expect(gradeQuestion(truth, answer, quiz.questions).correct).toBe(verdict)
    expect(gradeQuestion(falsehood, answer, quiz.questions).correct).toBe(!verdict)
  })
  it.each(MARK_UNREAD)('%j is no verdict', (answer) => {
    expect(gradeQuestion(truth, answer, quiz.questions).correct).toBe(false)
    expect(gradeQuestion(falsehood, answer, quiz.questions).correct).toBe(false)
  })
})

describe('the round’s rule, beside the wrong answers it leaves wrong', () => {
  const quiz = rightFormsQuizzes().find(({ name }) => name === 'cocoa-ghana-en')!.quiz
  it.each(RULE_ROWS)('cocoa-ghana-en %s: %j is right: %s', (id, answer, right) => {
    const question = quiz.questions.find((q) => q.id === id)
    expect(question, id).toBeDefined()
    expect(gradeQuestion(question!, answer, quiz.questions).correct).toBe(right)
  })
})
