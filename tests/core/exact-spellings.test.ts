import { describe, expect, it } from 'vitest'
import { exactSpellings } from '../../src/core/describe.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import type { Question, Unit } from '../../src/core/quiz-schema.ts'

/**
 * The spellings the exports (GIFT, QTI) accept for a numeric answer no student types as one number:
 * dates, and times in parts such as a race's 2:05:42. fahm's own grader must accept each of them too.
 */

const numeric = (value: number, unit: Unit): Question => ({
  id: 'q',
  type: 'numeric',
  skill: 'recall',
  points: 1,
  prompt: { ar: 'كم؟' },
  explanation: { ar: '.' },
  evidence: { paragraph: 1, quote: 'x' },
  answer: { value, unit, tolerance: 0 },
})

describe('exactSpellings', () => {
  it.each<[number, Unit, string[] | null]>([
    [2 + 5 / 60 + 42 / 3600, 'hour', ['2:05:42', 'ساعتان و5 دقائق و42 ثانية', '2 hours 5 minutes 42 seconds']],
    [2 + 3 / 60 + 18 / 3600, 'hour', ['2:03:18', 'ساعتان و3 دقائق و18 ثانية', '2 hours 3 minutes 18 seconds']],
    [1 + 1 / 3600, 'hour', ['1:00:01', 'ساعة واحدة وثانية واحدة', '1 hour 1 second']],
    [3 + 7 / 60, 'minute', ['3:07', '3 دقائق و7 ثوانٍ', '3 minutes 7 seconds']],
    [20190000, 'date', ['عام 2019', '2019']],
    // Numbers a student types as they are: compared as numbers.
    [2.5, 'hour', null],
    [150, 'minute', null],
    [0.5, 'minute', null],
    [12, 'percent', null],
    [2.095, 'kilometre', null],
  ])('%s %s', (value, unit, spellings) => {
    expect(exactSpellings(value, unit)).toEqual(spellings)
  })

  it.each<[number, Unit]>([
    [2 + 5 / 60 + 42 / 3600, 'hour'],
    [2 + 18 / 60 + 9 / 3600, 'hour'],
    [3 + 7 / 60, 'minute'],
    [59 + 59 / 60, 'minute'],
    [20230908, 'date'],
    [20190000, 'date'],
  ])('fahm grades every spelling of %s %s right, as the exports do', (value, unit) => {
    const question = numeric(value, unit)
    for (const spelling of exactSpellings(value, unit)!) expect(gradeQuestion(question, spelling).correct, spelling).toBe(true)
  })
})
