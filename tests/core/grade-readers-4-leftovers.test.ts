import { describe, expect, it } from 'vitest'
import { frozenQuizzes, type ReaderAnswers } from './reader-answer-table.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import { READERS_4_QUIZZES } from './grade-readers-4-articles.ts'

/**
 * The fourth readers' set's leftovers (grade-readers-4.test.ts), each taken by a general rule and
 * graded beside its wrong neighbours: a magnitude in its scale's notation.
 */
const quizOf = frozenQuizzes(READERS_4_QUIZZES)

const LEFTOVERS: Record<string, Record<string, ReaderAnswers>> = {
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

describe('the fourth set’s leftovers', () => {
  const rows = Object.entries(LEFTOVERS).flatMap(([article, questions]) =>
    Object.entries(questions).flatMap(([id, { right, wrong }]) => [
      ...right.map((answer): [string, string, string, boolean] => [article, id, answer, true]),
      ...wrong.map((answer): [string, string, string, boolean] => [article, id, answer, false]),
    ]),
  )
  it.each(rows)('%s %s: %j is right: %s', (article, id, answer, right) => {
    const quiz = quizOf(article)
    const question = quiz.questions.find((q) => q.id === id)
    expect(question, id).toBeDefined()
    expect(gradeQuestion(question!, answer, quiz.questions).correct).toBe(right)
  })
})
