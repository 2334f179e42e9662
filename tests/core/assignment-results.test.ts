import { describe, expect, it } from 'vitest'
import { toCsv } from '../../src/core/csv.ts'
import {
  aggregateResults,
  compareStudents,
  resultsTable,
  secondsBetween,
  studentKey,
  type AnswerRecord,
  type AttemptRecord,
} from '../../src/core/assignment-results.ts'

let seq = 0
function attempt(
  name: string,
  attemptNumber: number,
  score: number,
  answers: AnswerRecord[],
  times: { startedAt?: string | null; submittedAt?: string } = {},
): AttemptRecord {
  return {
    attemptId: `att_${++seq}`,
    studentName: name,
    attemptNumber,
    score,
    maxScore: 3,
    startedAt: times.startedAt ?? null,
    submittedAt: times.submittedAt ?? `2026-11-25T10:0${attemptNumber}:00.000Z`,
    answers,
  }
}
const right = (questionId: string, answer = 'x'): AnswerRecord => ({ questionId, answered: true, correct: true, answer, kind: 'text' })
const wrong = (questionId: string, answer: string, kind: 'text' | 'choice' = 'text'): AnswerRecord => ({
  questionId,
  answered: true,
  correct: false,
  answer,
  kind,
})
const blank = (questionId: string): AnswerRecord => ({ questionId, answered: false, correct: false, answer: null })

describe('typed wrong answers', () => {
  const typed = (questionId: string, answer: string, as: string): AnswerRecord => ({ ...wrong(questionId, answer), typed: as })
  it('counts under the normalised form and shows the form most students typed, the earliest on a tie', () => {
    const results = aggregateResults([
      attempt('A', 1, 0, [typed('q1', 'moscow', 'Moscow.')]),
      attempt('B', 1, 0, [typed('q1', 'moscow', 'moscow')]),
      attempt('C', 1, 0, [typed('q1', 'moscow', 'moscow')]),
      attempt('D', 1, 0, [typed('q1', '150', '١٥٠')]),
      attempt('E', 1, 0, [typed('q1', '150', '150 ')]),
      attempt('F', 1, 0, [wrong('q1', 'kyiv')]),
    ])
    expect(results.questions[0]!.topWrongAnswers).toEqual([
      { answer: 'moscow', count: 3, typed: 'moscow' },
      { answer: '150', count: 2, typed: '١٥٠' },
      { answer: 'kyiv', count: 1 },
    ])
  })
})

describe('studentKey', () => {
  it('folds case, spacing and Arabic spelling variants into one student', () => {
    expect(studentKey('  Sara   Ali ')).toBe(studentKey('sara ali'))
    expect(studentKey('أحمد')).toBe(studentKey('احمد'))
    expect(studentKey('Sara')).not.toBe(studentKey('Sarah'))
  })
  it('keeps names of punctuation only apart', () => {
    expect(studentKey('???')).not.toBe(studentKey('!!!'))
  })
})

describe('secondsBetween', () => {
  it('is the whole seconds from start to submission, clamped at 0, null when unknown', () => {
    expect(secondsBetween('2026-11-25T10:00:00Z', '2026-11-25T10:02:30.400Z')).toBe(150)
    expect(secondsBetween('2026-11-25T10:05:00Z', '2026-11-25T10:00:00Z')).toBe(0)
    expect(secondsBetween(null, '2026-11-25T10:00:00Z')).toBeNull()
    expect(secondsBetween('nonsense', '2026-11-25T10:00:00Z')).toBeNull()
  })
})

describe('aggregateResults', () => {
  const attempts = [
    attempt('Sara Ali', 1, 1, [right('q1'), wrong('q2', 'ساعتان'), blank('q3')], {
      startedAt: '2026-11-25T10:00:00Z',
      submittedAt: '2026-11-25T10:01:00Z',
    }),
    attempt('sara  ali', 2, 3, [right('q1'), right('q2'), right('q3')], {
      startedAt: '2026-11-25T10:01:30Z',
      submittedAt: '2026-11-25T10:03:00Z',
    }),
    attempt('Omar', 1, 2, [right('q1'), wrong('q2', 'ساعتانِ'), wrong('q3', 'japan-surrender', 'choice')]),
    attempt('Lina', 1, 0, [wrong('q1', 'Beijing!'), wrong('q2', 'ثلاث ساعات'), wrong('q3', 'japan-surrender', 'choice')]),
    attempt('Hadi', 1, 0, [blank('q1'), wrong('q2', 'ساعتان'), wrong('q3', 'a,b', 'choice')]),
  ]
  const results = aggregateResults(attempts, { questionIds: ['q1', 'q2', 'q3', 'q4'] })

  it('gives each student (grouped by folded name) the latest and best score, attempts and time', () => {
    expect(results.students.map((s) => s.name)).toEqual(['Hadi', 'Lina', 'Omar', 'sara  ali'])
    const sara = results.students.find((s) => s.name === 'sara  ali')!
    expect(sara).toMatchObject({ attempts: 2, latestScore: 3, bestScore: 3, maxScore: 3, latestShare: 1, timeTakenSeconds: 90 })
    expect(sara.correctByQuestion).toEqual({ q1: true, q2: true, q3: true })
    const omar = results.students.find((s) => s.name === 'Omar')!
    expect(omar).toMatchObject({ attempts: 1, latestScore: 2, bestScore: 2, timeTakenSeconds: null })
    expect(results.students.find((s) => s.name === 'Hadi')!.correctByQuestion).toEqual({ q1: null, q2: false, q3: false })
  })

  it("keeps each student's latest answers: typed as typed, choice ids as stored, null when unanswered", () => {
    const typed: AnswerRecord = { ...wrong('q1', 'موسكو'), typed: 'موسكو!' }
    const latest = aggregateResults([attempt('Rami', 1, 0, [typed, wrong('q2', 'a,b', 'choice'), blank('q3')])]).students[0]!
    expect(latest.answers).toEqual({ q1: 'موسكو!', q2: 'a,b', q3: null })
    expect(results.students.find((s) => s.name === 'Hadi')!.answers).toEqual({ q1: null, q2: 'ساعتان', q3: 'a,b' })
    // The latest attempt's, not the first one's.
    expect(results.students.find((s) => s.name === 'sara  ali')!.answers).toEqual({ q1: 'x', q2: 'x', q3: 'x' })
  })

  it('keeps the best score when the latest attempt is worse', () => {
    const worse = aggregateResults([attempt('A', 1, 3, [right('q1')]), attempt('a', 2, 1, [wrong('q1', 'no')])])
    expect(worse.students[0]).toMatchObject({ name: 'a', latestScore: 1, bestScore: 3, attempts: 2 })
  })

  it('computes per question the correct share over students and the top 3 normalised wrong answers', () => {
    const [q1, q2, q3, q4] = results.questions
    // Latest attempts: Sara (all right), Omar, Lina, Hadi.
    expect(q1).toMatchObject({ questionId: 'q1', answered: 3, correct: 2, correctShare: 0.5 })
    expect(q1!.topWrongAnswers).toEqual([{ answer: 'beijing', count: 1 }])
    // ساعتان and ساعتانِ (with a kasra) are one answer; Sara's first wrong attempt no longer counts.
    expect(q2!.topWrongAnswers).toEqual([
      { answer: 'ساعتان', count: 2 },
      { answer: 'ثلاث ساعات', count: 1 },
    ])
    expect(q2!.correctShare).toBe(0.25)
    // Choice ids are kept verbatim (normalising would turn the hyphen into a space).
    expect(q3!.topWrongAnswers).toEqual([
      { answer: 'japan-surrender', count: 2 },
      { answer: 'a,b', count: 1 },
    ])
    expect(q4).toEqual({ questionId: 'q4', answered: 0, correct: 0, correctShare: 0, topWrongAnswers: [] })
  })

  it('lists at most three wrong answers, most frequent first, ties alphabetical', () => {
    const many = aggregateResults(['d', 'c', 'b', 'a', 'a', 'b'].map((answer, i) => attempt(`s${i}`, 1, 0, [wrong('q', answer)])))
    expect(many.questions[0]!.topWrongAnswers).toEqual([
      { answer: 'a', count: 2 },
      { answer: 'b', count: 2 },
      { answer: 'c', count: 1 },
    ])
  })

  it('totals students, attempts and the average latest share', () => {
    expect(results.totals.students).toBe(4)
    expect(results.totals.attempts).toBe(5)
    expect(results.totals.averageLatestShare).toBeCloseTo((1 + 2 / 3 + 0 + 0) / 4)
    expect(aggregateResults([]).totals).toEqual({ students: 0, attempts: 0, averageLatestShare: null })
    expect(aggregateResults([]).notSubmitted).toEqual([])
    expect(aggregateResults([]).classList).toBe(null)
    expect(aggregateResults([], { roster: [] }).classList).toBe(null)
  })
})

describe('the class list', () => {
  it('lists its students without an attempt, in its order, by the key their attempts count under', () => {
    const roster = [
      { studentKey: 'roster:s1', name: 'Sara' },
      { studentKey: 'roster:s2', name: 'Omar' },
      { studentKey: 'roster:s3', name: 'Lina' },
      { studentKey: 'roster:s4', name: 'Sara' },
    ]
    // Omar submitted under his key; a free-typed "Lina" (another key) is not the roster's Lina.
    const results = aggregateResults([{ ...attempt('Omar', 1, 2, [right('q1')]), studentKey: 'roster:s2' }, attempt('Lina', 1, 1, [right('q1')])], {
      roster,
    })
    expect(results.notSubmitted).toEqual([{ name: 'Sara' }, { name: 'Lina' }, { name: 'Sara' }])
    expect(results.totals.students).toBe(2)
    // Submitted 1 of 4: the free-typed Lina is a student of the results, not of the list.
    expect(results.classList).toEqual({ listed: 4, submitted: 1 })
  })

  it('counts a listed student once, whatever their attempts; nobody submitted is 0 of the list', () => {
    const roster = [
      { studentKey: 'roster:s1', name: 'Sara' },
      { studentKey: 'roster:s2', name: 'Omar' },
    ]
    const sara = (n: number) => ({ ...attempt('Sara', n, 1, [right('q1')]), studentKey: 'roster:s1' })
    const cases: [AttemptRecord[], { listed: number; submitted: number }][] = [
      [[], { listed: 2, submitted: 0 }],
      [[sara(1), sara(2), sara(3)], { listed: 2, submitted: 1 }],
      [[sara(1), { ...attempt('Omar', 1, 0, [wrong('q1', 'x')]), studentKey: 'roster:s2' }], { listed: 2, submitted: 2 }],
      // A student removed from the list keeps their row in the results, not a place in the count.
      [[sara(1), { ...attempt('Gone', 1, 0, [wrong('q1', 'x')]), studentKey: 'roster:s9' }], { listed: 2, submitted: 1 }],
    ]
    for (const [attempts, progress] of cases) expect(aggregateResults(attempts, { roster }).classList).toEqual(progress)
  })
})

describe('resultsTable', () => {
  it('has the fixed columns, one column per question, and 1/0/empty per latest answer', () => {
    const results = aggregateResults(
      [
        attempt('سارة', 1, 1, [right('q1'), blank('q2')], { startedAt: '2026-11-25T10:00:00Z', submittedAt: '2026-11-25T10:01:00Z' }),
        attempt('=cmd|calc', 1, 0, [wrong('q1', 'x'), wrong('q2', 'y')], { submittedAt: '2026-11-25T10:02:00Z' }),
      ],
      { questionIds: ['q1', 'q2'] },
    )
    expect(toCsv(resultsTable(results))).toBe(
      '\uFEFFname,attempts,latest_score,best_score,max_score,latest_percent,time_taken_seconds,last_submitted_at,q1,q2\r\n' +
        "'=cmd|calc,1,0,0,3,0,,2026-11-25T10:02:00Z,0,0\r\n" +
        'سارة,1,1,1,3,33.3,60,2026-11-25T10:01:00Z,1,\r\n',
    )
  })
})

describe('compareStudents', () => {
  it('orders by folded name, then name, then studentKey: a total order, so a page can start after anyone', () => {
    const students = [
      { name: 'sara', studentKey: 'device:b:sara' },
      { name: 'Sara (2)', studentKey: 'device:a:sara (2)' },
      { name: 'Sara (2)', studentKey: 'device:0:sara (2)' },
      { name: 'Adam', studentKey: 'adam' },
      { name: 'Sara', studentKey: 'device:c:sara' },
    ]
    const sorted = [...students].sort(compareStudents)
    expect(sorted.map((s) => s.studentKey)).toEqual(['adam', 'device:b:sara', 'device:c:sara', 'device:0:sara (2)', 'device:a:sara (2)'])
    for (const a of students) {
      for (const b of students)
        expect(Math.sign(compareStudents(a, b)), `${a.studentKey} ${b.studentKey}`).toBe(a === b ? 0 : -Math.sign(compareStudents(b, a)))
    }
  })
})
