import { describe, expect, it } from 'vitest'
import { gradeQuestion } from '../../src/core/grade.ts'
import { READERS_21_QUIZZES } from './grade-readers-21-articles.ts'
import { frozenQuizzes } from './reader-answer-table.ts'

/**
 * The twenty-third set's rules (docs/grading.md), each beside its wrong neighbours: the formal «لا أعلم» as doubt (not «لا»,
 * no); a reason offering both figures with a scale word (`3.1 مليون/3.5 مليون`); a name with its family name first and a
 * comma (`HADDAD, Nadia`), and a title after it (`Haddad, Mr.`); a number restated in brackets before its unit (`four (4)
 * hours`); the quote's words and its total together (`an average of 15 out of 20`); «ميناء» before a place, and «في» written
 * onto the country the question ties to it («الجزيرة الخضراء بإسبانيا»).
 */
const quizOf = frozenQuizzes(READERS_21_QUIZZES)
const MARHABA = 'marhaba-tanger-med-ar'
const MONTREAL = 'weekend-school-montreal-en'

const ROWS: [article: string, id: string, answer: string, right: boolean][] = [
  // «لا أعلم», «لست أعلم», «لا علم لي»: I don't know, for a false statement; «والله أعلم» stays modesty
  [MARHABA, 'false-people-3500000', 'لا أعلم', false],
  [MARHABA, 'false-people-3500000', 'لا اعلم', false],
  [MARHABA, 'false-people-3500000', 'لست أعلم', false],
  [MARHABA, 'false-people-3500000', 'لا علم لي', false],
  [MARHABA, 'false-people-3500000', 'لا', true],
  [MARHABA, 'false-people-3500000', 'خطأ والله أعلم', true],
  [MARHABA, 'true-time-1-day', 'صح والله أعلم', true],
  [MARHABA, 'true-time-1-day', 'صح، الله أعلم', true],
  [MARHABA, 'true-time-1-day', 'صحيح، على حد علمي', true],
  [MARHABA, 'true-time-1-day', 'نعم أعلم', false],
  // both figures, with their scale word once or twice (the statement says 3.1 million, the quote 3.5)
  [MARHABA, 'false-people-3500000', 'خطأ، 3.1 مليون/3.5 مليون', false],
  [MARHABA, 'false-people-3500000', 'خطأ، 3.5/3.1 مليون', false],
  [MARHABA, 'false-people-3500000', 'خطأ، 3.5 أو 3.1 مليون', false],
  [MARHABA, 'false-people-3500000', 'خطأ، 3.5 مليون لا 3.1', true],
  [MARHABA, 'false-people-3500000', 'خطأ، 3.5 مليون', true],
  [MONTREAL, 'false-money-1800', 'false 1.8k/2.3k', false],
  // the family name first
  [MONTREAL, 'who-1', 'HADDAD, Nadia', true],
  [MONTREAL, 'who-1', 'Haddad, Nadia.', true],
  [MONTREAL, 'who-1', 'Haddad, Ms.', true],
  [MONTREAL, 'who-1', 'Haddad, Nadine', false],
  [MONTREAL, 'who-1', 'Hadid, Nadia', false],
  [MONTREAL, 'who-1', 'Haddad, Laval', false],
  [MONTREAL, 'who-1', 'Laval, Haddad', false],
  [MONTREAL, 'who-1', 'Haddad, Mr.', false],
  [MONTREAL, 'who-1', 'Haddad, Nadia, Laval', false],
  [MARHABA, 'who-1', 'الوزاني، رشيد', true],
  [MARHABA, 'who-1', 'Ouazzani, Rachid', true],
  [MARHABA, 'who-1', 'الوزاني، السيد', true],
  [MARHABA, 'who-1', 'الوزاني، سعيد', false],
  [MARHABA, 'who-1', 'الوزاني، رشيدة', false],
  [MARHABA, 'who-1', 'الوزاني، السيدة', false],
  // a number restated in brackets before its unit
  [MONTREAL, 'time-4-hour', 'four (4) hours', true],
  [MONTREAL, 'time-4-hour', '4 (four) hours', true],
  [MONTREAL, 'time-4-hour', 'about four (4) hours', true],
  [MONTREAL, 'time-4-hour', 'four (5) hours', false],
  [MONTREAL, 'time-4-hour', 'four (4) days', false],
  [MONTREAL, 'time-4-hour', 'five (5) hours', false],
  [MONTREAL, 'count-35', 'thirty-five (35) teachers', true],
  [MONTREAL, 'count-35', 'thirty-five (35) pupils', false],
  [MARHABA, 'count-12', 'اثنتا عشرة (12) باخرة', true],
  [MARHABA, 'count-12', 'اثنتا عشرة (13) باخرة', false],
  [MARHABA, 'count-12', '12 (اثنتا عشرة) ساعة', false],
  // the quote's words and its total
  [MONTREAL, 'score-15', 'An average of 15 out of 20.', true],
  [MONTREAL, 'score-15', 'an average of 15/20', true],
  [MONTREAL, 'score-15', 'an average of 15 out of 25', false],
  [MONTREAL, 'score-15', 'an average of 16 out of 20', false],
  [MONTREAL, 'score-15', 'an average of 15 out of 20 or more', false],
  // a port, and «في» written onto the question's country
  [MARHABA, 'where-1', 'ميناء الجزيرة الخضراء', true],
  [MARHABA, 'where-1', 'الجزيرة الخضراء بإسبانيا', true],
  [MARHABA, 'where-1', 'الجزيرة الخضراء في إسبانيا', true],
  [MARHABA, 'where-1', 'ميناء طنجة', false],
  [MARHABA, 'where-1', 'ميناء', false],
  [MARHABA, 'where-1', 'الجزيرة الخضراء بالمغرب', false],
  [MARHABA, 'where-1', 'الجزيرة الخضراء بفرنسا', false],
  [MARHABA, 'where-1', 'port Tarifa', false],
]

describe('the twenty-third set’s rules on the twenty-first set’s quizzes', () => {
  it.each(ROWS)('%s %s: %s is right: %s', (article, id, answer, right) => {
    const quiz = quizOf(article)
    const question = quiz.questions.find((q) => q.id === id)!
    expect(gradeQuestion(question, answer, quiz.questions).correct).toBe(right)
  })
})
