import { describe, expect, it } from 'vitest'
import { gradeQuestion } from '../../src/core/grade.ts'
import { parseNumber } from '../../src/core/numbers.ts'
import { READERS_21_QUIZZES } from './grade-readers-21-articles.ts'
import { frozenQuizzes } from './reader-answer-table.ts'

/**
 * The twenty-second set's rules (docs/grading.md), each beside its wrong neighbours: France's French numbers 70–99
 * (soixante-dix … quatre-vingt-dix-neuf) read as the Belgian and Swiss septante, huitante, nonante; Egyptian «لاء»;
 * `Miss` as a title; `yr`, `wk`, `mth` and a slash in a verdict's reason's period.
 */
const quizOf = frozenQuizzes(READERS_21_QUIZZES)
const grade = (article: string, id: string, answer: string) => {
  const quiz = quizOf(article)
  const question = quiz.questions.find((q) => q.id === id)!
  return gradeQuestion(question, answer, quiz.questions).correct
}

describe('French numbers 70–99', () => {
  it.each([
    ['soixante-dix', 70],
    ['soixante et onze', 71],
    ['soixante-douze', 72],
    ['soixante-dix-sept', 77],
    ['soixante dix neuf', 79],
    ['quatre-vingts', 80],
    ['quatre-vingt', 80],
    ['quatre-vingt-un', 81],
    ['quatre-vingt-huit', 88],
    ['quatre-vingt-dix', 90],
    ['quatre-vingt-onze', 91],
    ['quatre-vingt-dix-neuf', 99],
    ['quatre vingt dix', 90],
    ['septante', 70],
    ['septante-cinq', 75],
    ['huitante', 80],
    ['octante', 80],
    ['nonante-neuf', 99],
    ['quatre-vingt mille', 80000],
    ['soixante-dix mille', 70000],
    ['mille neuf cent quatre-vingt-dix', 1990],
    ['soixante', 60],
    ['soixante-neuf', 69],
    ['quatre', 4],
    ['vingt-quatre', 24],
  ])('%s is %d', (text, n) => expect(parseNumber(text)).toBe(n))
})

describe('the twenty-second set’s rules on the twenty-first set’s quizzes', () => {
  it.each([
    // 90 minutes in France's and Belgium's words
    ['marhaba-tanger-med-ar', 'time-90-minute', 'quatre-vingt-dix minutes', true],
    ['marhaba-tanger-med-ar', 'time-90-minute', 'quatre vingt dix minutes', true],
    ['marhaba-tanger-med-ar', 'time-90-minute', 'nonante minutes', true],
    ['marhaba-tanger-med-ar', 'time-90-minute', 'environ quatre-vingt-dix minutes', true],
    ['marhaba-tanger-med-ar', 'time-90-minute', 'quatre-vingts minutes', false],
    ['marhaba-tanger-med-ar', 'time-90-minute', 'quatre-vingt-onze minutes', false],
    ['marhaba-tanger-med-ar', 'time-90-minute', 'soixante-dix minutes', false],
    ['marhaba-tanger-med-ar', 'time-90-minute', 'quatre-vingt-dix heures', false],
    ['marhaba-tanger-med-ar', 'time-90-minute', 'plus de quatre-vingt-dix minutes', false],
    ['marhaba-tanger-med-ar', 'time-90-minute', 'quatre', false],
    // a false «60 دقيقة» whose texts give 90: the reason in French words
    ['marhaba-tanger-med-ar', 'false-time-90', 'faux, quatre-vingt-dix minutes', true],
    ['marhaba-tanger-med-ar', 'false-time-90', 'faux, nonante minutes', true],
    ['marhaba-tanger-med-ar', 'false-time-90', 'faux, quatre-vingts minutes', false],
    ['marhaba-tanger-med-ar', 'false-time-90', 'faux, soixante-dix', false],
    ['marhaba-tanger-med-ar', 'false-time-90', 'vrai, quatre-vingt-dix minutes', false],
    // Egyptian لأ with its hamza on the line
    ['marhaba-tanger-med-ar', 'false-time-90', 'لاء', true],
    ['marhaba-tanger-med-ar', 'false-time-90', 'لاء غلط', true],
    ['marhaba-tanger-med-ar', 'true-time-1-day', 'لاء', false],
    ['marhaba-tanger-med-ar', 'false-time-90', 'لاء صح', false],
    // Miss as a title
    ['weekend-school-montreal-en', 'who-1', 'Miss Haddad', true],
    ['weekend-school-montreal-en', 'who-1', 'Miss Nadia Haddad', true],
    ['weekend-school-montreal-en', 'who-1', 'Miss Nada Haddad', false],
    ['weekend-school-montreal-en', 'who-1', 'Miss Hadid', false],
    // a period shortened or after a slash in a reason ("1,800 Canadian dollars a month")
    ['weekend-school-montreal-en', 'false-money-1800', 'false 1800 a mth', true],
    ['weekend-school-montreal-en', 'false-money-1800', 'false 1800/month', true],
    ['weekend-school-montreal-en', 'false-money-1800', 'false 1800 a yr', false],
    ['weekend-school-montreal-en', 'false-money-1800', 'false 1800/yr', false],
    ['weekend-school-montreal-en', 'false-money-1800', 'false 1800 per wk', false],
    ['weekend-school-montreal-en', 'false-money-1800', 'false 1800/week', false],
  ])('%s %s: %j is right: %s', (article, id, answer, right) => expect(grade(article, id, answer)).toBe(right))
})
