import type { Results } from './api.ts'
import { roundScore } from '../core/score.ts'
import type { Lang, Strings } from './i18n.ts'
import { sortStudents, type StudentSort } from './student-order.ts'

/**
 * The results as a spreadsheet, for the teacher's CSV download: headers in the page's language with
 * each question's text, times in the teacher's time zone (named in the header), scores rounded to one
 * decimal, a percentage, time taken in minutes, a column per question (1 correct, 0 wrong, blank
 * unanswered), the students' rows in the order the teacher sorted the table by (`sort`, names
 * compared as `lang` sorts them), then a row with 0 attempts for each student of the class list who
 * has not submitted (not in the table), and a closing note that says what a blank means. Numbers stay numbers (Western digits),
 * so a spreadsheet can sum them. Pure: the page turns the rows into CSV with core/csv.ts.
 */
export function resultsSheet(results: Results, t: Strings, timeZone: string, sort: StudentSort, lang: Lang): (string | number | null)[][] {
  const header = [
    t.name,
    t.attemptsColumn,
    t.latest,
    t.best,
    t.maxScore,
    t.percent,
    t.csvTime,
    t.csvSubmitted(timeZone),
    ...results.questions.map((q, i) => `${i + 1}. ${q.prompt ?? q.questionId}`),
  ]
  const rows = sortStudents(results.students, sort, lang).map((s) => [
    s.name,
    s.attempts,
    roundScore(s.latestScore),
    roundScore(s.bestScore),
    roundScore(s.maxScore),
    Math.round(s.latestShare * 100),
    s.timeTakenSeconds === null ? null : Math.round(s.timeTakenSeconds / 6) / 10,
    localTime(s.latestSubmittedAt, timeZone),
    ...results.questions.map((q) => {
      const correct = s.correctByQuestion[q.questionId]
      return correct === true ? 1 : correct === false ? 0 : null
    }),
  ])
  // The class list's students who have not submitted: their name and 0 attempts, the rest blank.
  const missing = results.notSubmitted.map((s) => [s.name, 0, ...header.slice(2).map(() => null)])
  return [header, ...rows, ...missing, [], [t.csvNote]]
}

/** `2026-12-01 11:03` in `timeZone`: a form every spreadsheet reads as a date and time. */
export function localTime(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US-u-nu-latn', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`
}
