import type { AnswerRecord } from './answer-record.ts'
import { normalizeText } from './normalize.ts'
import { foldName } from './student-identity.ts'

export type { AnswerRecord }

/**
 * What a teacher sees for one assignment, computed from its stored attempts: per student the latest
 * and best score and time taken, per question the share of the class answering correctly and the
 * most common wrong answers. Pure: the Worker loads the attempts, this module only aggregates.
 * (The feedback on one answer a student or reader sees is `answer-feedback.ts`.)
 */

/** One stored attempt. Times are ISO 8601 strings. */
export type AttemptRecord = {
  attemptId: string
  studentName: string
  /** Who the attempt counts for (`identityKey`); the folded name when absent. */
  studentKey?: string
  attemptNumber: number
  score: number
  maxScore: number
  startedAt: string | null
  submittedAt: string
  answers: readonly AnswerRecord[]
}

export type StudentResult = {
  /**
   * The display name as the student typed it on their latest attempt (a roster student's name from
   * the roster). When two students share a name (two devices, or two roster entries), the later
   * ones are numbered in order of their first attempt: "Sara", "Sara (2)".
   */
  name: string
  /** Who the row is for: the key the student's attempts are counted under. */
  studentKey: string
  attempts: number
  latestScore: number
  bestScore: number
  maxScore: number
  /** The latest attempt's score as a share of its maximum, 0–1. */
  latestShare: number
  latestSubmittedAt: string
  /** Seconds from start to submission of the latest attempt; null when the start is unknown. */
  timeTakenSeconds: number | null
  /** Per question id, the latest attempt's correctness; null when it left the question unanswered. */
  correctByQuestion: Record<string, boolean | null>
  /**
   * Per question id, the latest attempt's answer as given: typed answers as the student typed them,
   * choice ids sorted and comma-joined, `true`/`false`; null when it left the question unanswered.
   */
  answers: Record<string, string | null>
}

/**
 * A wrong answer and how many students gave it. `typed`: the form most of them typed (the earliest
 * on a tie), when the records carry typed answers; choice answers have none.
 */
export type WrongAnswer = { answer: string; count: number; typed?: string }

export type QuestionResult = {
  questionId: string
  /** Students whose latest attempt answered the question. */
  answered: number
  correct: number
  /** `correct` divided by all students with an attempt (unanswered counts as not correct); 0 without students. */
  correctShare: number
  /** The most common wrong answers in normalised form, most frequent first (ties alphabetical). */
  topWrongAnswers: WrongAnswer[]
}

/** A student on the class list who has not submitted the assignment yet. */
export type NotSubmitted = { name: string }

/** How many of the class list's students have submitted: the teacher's "submitted N of M". */
export type ClassListProgress = {
  /** Students on the class list (M). */
  listed: number
  /** Of them, those with at least one attempt (N); students removed from the list or typing free names are not counted. */
  submitted: number
}

export type AssignmentResults = {
  students: StudentResult[]
  /** The class list's students without an attempt, in the list's order; empty without a class list. */
  notSubmitted: NotSubmitted[]
  /** The class list's progress; null when the class has no list (students type their names). */
  classList: ClassListProgress | null
  questions: QuestionResult[]
  totals: { students: number; attempts: number; averageLatestShare: number | null }
}

export type ResultsOptions = {
  /** Question ids in quiz order, so questions nobody answered still appear. */
  questionIds?: readonly string[]
  /** How many wrong answers to list per question. Default 3. */
  topWrong?: number
  /** The class list, in its order: each student's name and the key their attempts count under. */
  roster?: readonly { studentKey: string; name: string }[]
}

/** The folded display name: attempts without a stored key (and names in sorting) go by it. */
export const studentKey = foldName

/**
 * The results' order of students: by folded name, then name, then `studentKey` (which no two share),
 * a total order, so that a page of the results can start after any student, there or gone.
 */
export function compareStudents(a: Pick<StudentResult, 'name' | 'studentKey'>, b: Pick<StudentResult, 'name' | 'studentKey'>): number {
  return (
    studentKey(a.name).localeCompare(studentKey(b.name)) ||
    a.name.localeCompare(b.name) ||
    (a.studentKey < b.studentKey ? -1 : a.studentKey > b.studentKey ? 1 : 0)
  )
}

/** The form a wrong answer is counted under: choice ids verbatim, anything else through `normalizeText`. */
export function answerKey(record: AnswerRecord): string {
  if (record.answer === null) return ''
  return record.kind === 'choice' ? record.answer : normalizeText(record.answer)
}

/** Seconds between two ISO times, clamped at 0; null when either is missing or unreadable. */
export function secondsBetween(startedAt: string | null, submittedAt: string | null): number | null {
  if (!startedAt || !submittedAt) return null
  const start = Date.parse(startedAt)
  const end = Date.parse(submittedAt)
  if (Number.isNaN(start) || Number.isNaN(end)) return null
  return Math.max(0, Math.round((end - start) / 1000))
}

/**
 * Aggregates an assignment's attempts. Students are grouped by their stored key (the folded name for
 * attempts without one) and sorted by name;
 * per-question figures use each student's latest attempt, so a student who retried counts once, with
 * the answers they ended on.
 */
export function aggregateResults(attempts: readonly AttemptRecord[], options: ResultsOptions = {}): AssignmentResults {
  const topWrong = options.topWrong ?? 3
  const byStudent = new Map<string, AttemptRecord[]>()
  for (const attempt of attempts) {
    const key = attempt.studentKey ?? studentKey(attempt.studentName)
    const list = byStudent.get(key)
    if (list) list.push(attempt)
    else byStudent.set(key, [attempt])
  }

  const latestAttempts: AttemptRecord[] = []
  const students: StudentResult[] = []
  // Students in order of their first attempt, so "Sara (2)" is the one who came second.
  const sameName = new Map<string, number>()
  for (const [key, list] of byStudent) {
    list.sort(compareAttempts)
    const latest = list[list.length - 1]!
    latestAttempts.push(latest)
    const folded = studentKey(latest.studentName)
    const nth = (sameName.get(folded) ?? 0) + 1
    sameName.set(folded, nth)
    students.push({
      name: nth === 1 ? latest.studentName : `${latest.studentName} (${nth})`,
      studentKey: key,
      attempts: list.length,
      latestScore: latest.score,
      bestScore: Math.max(...list.map((a) => a.score)),
      maxScore: latest.maxScore,
      latestShare: share(latest.score, latest.maxScore),
      latestSubmittedAt: latest.submittedAt,
      timeTakenSeconds: secondsBetween(latest.startedAt, latest.submittedAt),
      correctByQuestion: Object.fromEntries(latest.answers.map((a) => [a.questionId, a.answered ? a.correct : null])),
      answers: Object.fromEntries(latest.answers.map((a) => [a.questionId, a.answered ? (a.typed ?? a.answer) : null])),
    })
  }
  students.sort(compareStudents)

  const questionIds = [...(options.questionIds ?? [])]
  const known = new Set(questionIds)
  for (const attempt of latestAttempts) {
    for (const answer of attempt.answers) {
      if (!known.has(answer.questionId)) {
        known.add(answer.questionId)
        questionIds.push(answer.questionId)
      }
    }
  }

  const questions = questionIds.map((questionId): QuestionResult => {
    let answered = 0
    let correct = 0
    const wrong = new Map<string, number>()
    const typedForms = new Map<string, Map<string, number>>()
    for (const attempt of latestAttempts) {
      const record = attempt.answers.find((a) => a.questionId === questionId)
      if (!record?.answered) continue
      answered++
      if (record.correct) correct++
      else {
        const key = answerKey(record)
        if (key) {
          wrong.set(key, (wrong.get(key) ?? 0) + 1)
          if (record.typed !== undefined) {
            const forms = typedForms.get(key) ?? new Map<string, number>()
            forms.set(record.typed, (forms.get(record.typed) ?? 0) + 1)
            typedForms.set(key, forms)
          }
        }
      }
    }
    const topWrongAnswers = [...wrong]
      .map(([answer, count]): WrongAnswer => {
        const typed = mostCommon(typedForms.get(answer))
        return typed === undefined ? { answer, count } : { answer, count, typed }
      })
      .sort((a, b) => b.count - a.count || (a.answer < b.answer ? -1 : a.answer > b.answer ? 1 : 0))
      .slice(0, topWrong)
    return { questionId, answered, correct, correctShare: share(correct, latestAttempts.length), topWrongAnswers }
  })

  const averageLatestShare = students.length === 0 ? null : students.reduce((sum, s) => sum + s.latestShare, 0) / students.length
  const roster = options.roster ?? []
  const notSubmitted = roster.filter((student) => !byStudent.has(student.studentKey)).map(({ name }) => ({ name }))
  const classList = roster.length === 0 ? null : { listed: roster.length, submitted: roster.length - notSubmitted.length }
  return { students, notSubmitted, classList, questions, totals: { students: students.length, attempts: attempts.length, averageLatestShare } }
}

function compareAttempts(a: AttemptRecord, b: AttemptRecord): number {
  return a.attemptNumber - b.attemptNumber || (a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : 0)
}

/** The most frequent key of a count map; the first inserted wins a tie. */
function mostCommon(counts: Map<string, number> | undefined): string | undefined {
  let best: string | undefined
  let bestCount = 0
  for (const [key, count] of counts ?? []) {
    if (count > bestCount) {
      best = key
      bestCount = count
    }
  }
  return best
}

function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0
}

/** The CSV header's fixed columns; one column per question follows, named by its id. */
export const CSV_COLUMNS = ['name', 'attempts', 'latest_score', 'best_score', 'max_score', 'latest_percent', 'time_taken_seconds', 'last_submitted_at'] as const

/**
 * The results as spreadsheet rows: a header, then one row per student; question columns hold 1
 * (correct), 0 (wrong) or nothing (unanswered) for the latest attempt.
 */
export function resultsTable(results: AssignmentResults): (string | number | null)[][] {
  const questionIds = results.questions.map((q) => q.questionId)
  const header = [...CSV_COLUMNS, ...questionIds]
  const rows = results.students.map((s) => [
    s.name,
    s.attempts,
    s.latestScore,
    s.bestScore,
    s.maxScore,
    Math.round(s.latestShare * 1000) / 10,
    s.timeTakenSeconds,
    s.latestSubmittedAt,
    ...questionIds.map((id) => {
      const correct = s.correctByQuestion[id]
      return correct === true ? 1 : correct === false ? 0 : null
    }),
  ])
  return [header, ...rows]
}
