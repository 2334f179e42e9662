import { describe, expect, it } from 'vitest'
import { toCsv } from '../../src/core/csv.ts'
import { ApiError, type Results } from '../../src/teach/api.ts'
import { classCode, classLink, parseClassLink } from '../../src/teach/class-link.ts'
import { errorText } from '../../src/teach/errors.ts'
import { formats } from '../../src/teach/format.ts'
import { STRINGS } from '../../src/teach/i18n.ts'
import { localTime, resultsSheet } from '../../src/teach/results-sheet.ts'
import { orderQuestions, type QuestionOrder } from '../../src/teach/question-order.ts'
import { repeatedNames, studentCount, submittedOf } from '../../src/teach/roster-names.ts'
import { BY_NAME, nextSort, sortStudents, type StudentColumn, type StudentSort } from '../../src/teach/student-order.ts'

/** The teacher page's pure parts: the class link, error sentences, number formats and the CSV sheet. */

const KEY = 'k'.repeat(43)
const CLASS = 'cls_Qm9vZ3F1aXpjbGFzcw'

describe('class link', () => {
  it('reads back exactly what Copy gives, and forgives what a paste adds', () => {
    const link = classLink('https://fahm.example', { classId: CLASS, teacherKey: KEY })
    expect(link).toBe(`https://fahm.example/teach#${CLASS}.${KEY}`)
    const cases: [string, ReturnType<typeof parseClassLink>][] = [
      [link, { ok: true, classId: CLASS, teacherKey: KEY }],
      [`  ${link}\n`, { ok: true, classId: CLASS, teacherKey: KEY }],
      [classCode({ classId: CLASS, teacherKey: KEY }), { ok: true, classId: CLASS, teacherKey: KEY }],
      [`${CLASS} ${KEY}`, { ok: true, classId: CLASS, teacherKey: KEY }],
      [`https://fahm.example/teach#${CLASS}`, { ok: false, reason: 'key-missing', classId: CLASS }],
      [`${CLASS}.`, { ok: false, reason: 'key-missing', classId: CLASS }],
      [`${CLASS}.abc`, { ok: false, reason: 'key-malformed', classId: CLASS }],
      ['hello', { ok: false, reason: 'not-a-link' }],
      ['https://fahm.example/teach', { ok: false, reason: 'not-a-link' }],
      ['#%E0%A4%A', { ok: false, reason: 'not-a-link' }],
    ]
    for (const [text, parsed] of cases) expect(parseClassLink(text), text).toEqual(parsed)
  })
})

describe('error sentences', () => {
  const problem = (status: number, code: string, extras: Record<string, unknown> = {}) =>
    new ApiError(status, 'Send the class teacher key as "Authorization: Bearer <key>".', { code, status, detail: 'developer text', ...extras })
  for (const lang of ['ar', 'en'] as const) {
    const t = STRINGS[lang]
    const f = formats(lang, t)
    const cases: [unknown, string][] = [
      [new ApiError(0, 'network'), t.errors.network],
      [problem(401, 'unauthorized'), t.errors.keyMissing],
      [new ApiError(401, 'x', { code: 'unauthorized' }, null, true), t.errors.keyWrong],
      [problem(404, 'class-not-found'), t.errors.classNotFound],
      [problem(404, 'assignment-not-found'), t.errors.assignmentNotFound],
      [problem(404, 'quiz-not-found'), t.errors.quizNotFound],
      [problem(422, 'validation-failed', { errors: [{ path: 'dueAt', message: 'must be after opensAt' }] }), t.errors.dates],
      [problem(422, 'validation-failed', { errors: [{ path: 'title', message: 'too long' }] }), t.errors.invalid],
      [problem(422, 'validation-failed', { errors: [{ path: 'quizId', message: 'There is no quiz "x".', in: 'body' }] }), t.errors.quizNotFound],
      [new ApiError(429, 'x', { code: 'rate-limited' }, 600), t.errors.rateLimited(f.number(10))],
      [problem(429, 'rate-limited'), t.errors.rateLimitedSoon],
      [problem(500, 'internal-error'), t.errors.server],
      [new ApiError(502, '502'), t.errors.server],
      [new ApiError(418, '418'), t.errors.other(f.number(418))],
      [new TypeError('boom'), t.errors.other(f.number(0))],
    ]
    it.each(cases)(`${lang}: %o reads as %s`, (err, sentence) => {
      const text = errorText(err, t, f.number)
      expect(text).toBe(sentence)
      expect(text).not.toMatch(/Authorization|developer text/)
    })
    it(`${lang}: a missing key and a wrong key read differently`, () => {
      expect(t.errors.keyMissing).not.toBe(t.errors.keyWrong)
    })
  }
})

describe('formats', () => {
  it('writes one digit system per language, scores to one decimal, shares as whole percentages', () => {
    const ar = formats('ar', STRINGS.ar, 'Asia/Kolkata')
    const en = formats('en', STRINGS.en, 'Asia/Kolkata')
    expect(ar.score(7 / 3)).toBe('٢٫٣')
    expect(en.score(7 / 3)).toBe('2.3')
    expect(en.score(2)).toBe('2')
    expect(ar.percent(1 / 6)).toMatch(/^١٧\s?٪/)
    expect(en.percent(1 / 6)).toBe('17%')
    expect(ar.duration(95)).toBe('١ د ٣٥ ث')
    expect(en.duration(null)).toBe('—')
    expect(ar.dateTime('2026-12-01T08:00:00Z')).not.toMatch(/[0-9]/)
    expect(en.dateTime('2026-12-01T08:00:00Z')).toContain('1:30')
  })
})

describe('results sheet', () => {
  const results: Results = {
    assignment: {} as Results['assignment'],
    quiz: { id: 'q', version: 1, title: 'Quiz', lang: 'en', langs: ['en'] },
    students: [
      {
        name: '=cmd;x',
        studentKey: 'cmd x',
        attempts: 2,
        latestScore: 7 / 3,
        bestScore: 2.25,
        maxScore: 3,
        latestShare: 7 / 9,
        latestSubmittedAt: '2026-12-01T23:45:00.000Z',
        timeTakenSeconds: 95,
        correctByQuestion: { q1: true, q2: false },
        answers: { q1: 'Beijing', q2: 'true' },
      },
      {
        name: 'Lina',
        studentKey: 'lina',
        attempts: 1,
        latestScore: 0,
        bestScore: 0,
        maxScore: 3,
        latestShare: 0,
        latestSubmittedAt: '2026-12-01T08:00:00.000Z',
        timeTakenSeconds: null,
        correctByQuestion: { q1: null },
        answers: { q1: null },
      },
    ],
    notSubmitted: [{ name: 'Omar' }],
    classList: { listed: 2, submitted: 1 },
    questions: [
      { questionId: 'q1', prompt: 'Where, exactly?', type: 'text', answered: 1, correct: 1, correctShare: 0.5, topWrongAnswers: [] },
      { questionId: 'q2', prompt: null, type: 'boolean', answered: 1, correct: 0, correctShare: 0, topWrongAnswers: [] },
      { questionId: 'q3', prompt: 'Unanswered by all', type: 'numeric', answered: 0, correct: 0, correctShare: 0, topWrongAnswers: [] },
    ],
    totals: { students: 2, attempts: 3, averageLatestShare: 7 / 18 },
  }

  it('has headers in the teacher’s language, local times, rounded scores, 1/0/blank marks, who has not submitted and a closing note', () => {
    for (const lang of ['ar', 'en'] as const) {
      const t = STRINGS[lang]
      const rows = resultsSheet(results, t, 'Asia/Kolkata', BY_NAME, lang)
      expect(rows[0]).toEqual([
        t.name,
        t.attemptsColumn,
        t.latest,
        t.best,
        t.maxScore,
        t.percent,
        t.csvTime,
        t.csvSubmitted('Asia/Kolkata'),
        '1. Where, exactly?',
        '2. q2',
        '3. Unanswered by all',
      ])
      expect(rows[1]).toEqual(['=cmd;x', 2, 2.3, 2.3, 3, 78, 1.6, '2026-12-02 05:15', 1, 0, null])
      expect(rows[2]).toEqual(['Lina', 1, 0, 0, 3, 0, null, '2026-12-01 13:30', null, null, null])
      // A student of the class list who has not submitted: 0 attempts, the rest blank.
      expect(rows[3]).toEqual(['Omar', 0, null, null, null, null, null, null, null, null, null])
      expect(rows.at(-2)).toEqual([])
      expect(rows.at(-1)).toEqual([t.csvNote])
    }
    // Written as CSV, the name that looks like a formula stays text.
    expect(toCsv(resultsSheet(results, STRINGS.en, 'UTC', BY_NAME, 'en'))).toContain(`\r\n"'=cmd;x",2,2.3,`)
  })

  it.each<[StudentSort, string[]]>([
    [BY_NAME, ['=cmd;x', 'Lina']],
    [{ column: 'name', direction: 'descending' }, ['Lina', '=cmd;x']],
    [{ column: 'latest', direction: 'ascending' }, ['Lina', '=cmd;x']],
    [{ column: 'latest', direction: 'descending' }, ['=cmd;x', 'Lina']],
    [{ column: 'time', direction: 'descending' }, ['=cmd;x', 'Lina']],
    [{ column: 'submitted', direction: 'ascending' }, ['Lina', '=cmd;x']],
  ])('lists the students in the table’s order (%o), those who have not submitted after them', (sort, names) => {
    const rows = resultsSheet(results, STRINGS.en, 'UTC', sort, 'en')
    expect(rows.slice(1, -2).map((row) => row[0])).toEqual([...names, 'Omar'])
    // Each row is the same student's whole row, whatever the order.
    const byName = new Map(resultsSheet(results, STRINGS.en, 'UTC', BY_NAME, 'en').map((row) => [row[0], row]))
    for (const row of rows.slice(1, -2)) expect(row).toEqual(byName.get(row[0]!))
  })

  it('writes local times as a spreadsheet reads them, across a date line', () => {
    expect(localTime('2026-12-31T20:00:00Z', 'Asia/Tokyo')).toBe('2027-01-01 05:00')
    expect(localTime('2026-07-01T12:00:00Z', 'America/New_York')).toBe('2026-07-01 08:00')
    expect(localTime('2026-07-01T00:05:00Z', 'UTC')).toBe('2026-07-01 00:05')
  })
})

describe('repeatedNames: names the class list would hold twice', () => {
  it.each<[string[], string[], string[]]>([
    [['Sara Ali', 'Omar'], [], []],
    [['Sara Ali', 'Omar', 'sara  ali'], [], ['sara  ali']],
    [['Omar'], ['Omar'], ['Omar']],
    [['سارة', 'سارة', 'سارة'], [], ['سارة']],
    [['Huda', 'Hoda'], ['Hudā'], []],
  ])('%j beside %j: %j', (pasted, listed, repeated) => {
    expect(
      repeatedNames(
        pasted,
        listed.map((name) => ({ name })),
      ),
    ).toEqual(repeated)
  })
})

describe('orderQuestions: the chart and the table of questions, in the quiz’s order or the hardest first', () => {
  const shares = [0.5, 0, 1, 0, 0.25]
  const questions = shares.map((correctShare, i) => ({ id: `q${i + 1}`, correctShare }))
  it.each<[QuestionOrder, number[]]>([
    ['quiz', [1, 2, 3, 4, 5]],
    // The lowest share first; equal shares keep the quiz's order.
    ['hardest', [2, 4, 5, 1, 3]],
  ])('%s: %j', (order, numbers) => {
    const ordered = orderQuestions(questions, order)
    expect(ordered.map((q) => q.number)).toEqual(numbers)
    // Each question keeps its number in the quiz, whatever the order.
    for (const { question, number } of ordered) expect(question.id).toBe(`q${number}`)
  })
  it('leaves the results as they were', () => {
    orderQuestions(questions, 'hardest')
    expect(questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5'])
  })
})

describe('studentCount: the class list’s size as each language counts', () => {
  const write = (n: number) => formats('ar', STRINGS.ar).number(n)
  it.each<['ar' | 'en', number, string]>([
    ['ar', 1, 'طالب واحد'],
    ['ar', 2, 'طالبان'],
    ['ar', 3, '٣ طلاب'],
    ['ar', 10, '١٠ طلاب'],
    ['ar', 11, '١١ طالبًا'],
    ['ar', 99, '٩٩ طالبًا'],
    ['ar', 100, '١٠٠ طالب'],
    ['ar', 103, '١٠٣ طلاب'],
    ['ar', 115, '١١٥ طالبًا'],
    ['ar', 200, '٢٠٠ طالب'],
    ['en', 1, '1 student'],
    ['en', 2, '2 students'],
    ['en', 200, '200 students'],
  ])('%s %i: %s', (lang, n, text) => {
    expect(studentCount(lang, n, lang === 'ar' ? write(n) : String(n))).toBe(text)
  })
})

describe('submittedOf: "submitted N of M" as each language counts', () => {
  const write = { ar: formats('ar', STRINGS.ar).number, en: formats('en', STRINGS.en).number }
  it.each<['ar' | 'en', number, number, string]>([
    ['ar', 0, 3, 'لم يسلّم أحد بعد من ٣ طلاب'],
    ['ar', 2, 3, 'سلّم ٢ من ٣ طلاب'],
    ['ar', 1, 1, 'سلّم ١ من طالب واحد'],
    // After «من» the dual is genitive: «طالبين», not «طالبان».
    ['ar', 1, 2, 'سلّم ١ من طالبين'],
    ['ar', 7, 10, 'سلّم ٧ من ١٠ طلاب'],
    ['ar', 12, 25, 'سلّم ١٢ من ٢٥ طالبًا'],
    ['ar', 100, 100, 'سلّم ١٠٠ من ١٠٠ طالب'],
    ['ar', 0, 115, 'لم يسلّم أحد بعد من ١١٥ طالبًا'],
    ['en', 0, 3, 'Submitted: 0 of 3 students'],
    ['en', 1, 1, 'Submitted: 1 of 1 student'],
    ['en', 12, 25, 'Submitted: 12 of 25 students'],
  ])('%s %i of %i: %s', (lang, submitted, listed, text) => {
    expect(submittedOf(lang, submitted, listed, write[lang])).toBe(text)
  })
  it('writes no digit of the other language', () => {
    for (const [n, m] of [
      [3, 17],
      [0, 200],
    ] as const) {
      expect(submittedOf('ar', n, m, write.ar)).not.toMatch(/[0-9]/)
      expect(submittedOf('en', n, m, write.en)).not.toMatch(/[٠-٩]/)
    }
  })
})

describe('sortStudents: the results table sorted by a column, either way', () => {
  type Student = Results['students'][number]
  const student = (name: string, latestScore: number, bestScore: number, attempts: number, time: number | null, submitted: string): Student => ({
    name,
    studentKey: name,
    attempts,
    latestScore,
    bestScore,
    maxScore: 4,
    latestShare: latestScore / 4,
    latestSubmittedAt: submitted,
    timeTakenSeconds: time,
    correctByQuestion: {},
    answers: {},
  })
  // In the API's order (by name); Omar and Zaid tie on the latest score, Lina's time was not recorded.
  const students = [
    student('Lina', 1, 3, 2, null, '2026-12-01T09:00:00Z'),
    student('Omar', 2, 2, 1, 300, '2026-12-01T08:00:00Z'),
    student('Sara 10', 4, 4, 1, 95, '2026-12-01T10:00:00Z'),
    student('Sara 9', 0, 1, 3, 600, '2026-12-01T07:30:00Z'),
    student('Zaid', 2, 2, 1, 40, '2026-12-01T11:00:00Z'),
  ]
  const names = (sort: StudentSort) => sortStudents(students, sort, 'en').map((s) => s.name)
  it.each<[StudentColumn, string[], string[]]>([
    // Names by the language's collation, numbers inside them by value.
    ['name', ['Lina', 'Omar', 'Sara 9', 'Sara 10', 'Zaid'], ['Zaid', 'Sara 10', 'Sara 9', 'Omar', 'Lina']],
    // Ties (Omar and Zaid) keep the API's order, in both directions.
    ['latest', ['Sara 9', 'Lina', 'Omar', 'Zaid', 'Sara 10'], ['Sara 10', 'Omar', 'Zaid', 'Lina', 'Sara 9']],
    ['best', ['Sara 9', 'Omar', 'Zaid', 'Lina', 'Sara 10'], ['Sara 10', 'Lina', 'Omar', 'Zaid', 'Sara 9']],
    ['attempts', ['Omar', 'Sara 10', 'Zaid', 'Lina', 'Sara 9'], ['Sara 9', 'Lina', 'Omar', 'Sara 10', 'Zaid']],
    // A time not recorded goes last either way.
    ['time', ['Zaid', 'Sara 10', 'Omar', 'Sara 9', 'Lina'], ['Sara 9', 'Omar', 'Sara 10', 'Zaid', 'Lina']],
    ['submitted', ['Sara 9', 'Omar', 'Lina', 'Sara 10', 'Zaid'], ['Zaid', 'Sara 10', 'Lina', 'Omar', 'Sara 9']],
  ])('%s', (column, ascending, descending) => {
    expect(names({ column, direction: 'ascending' })).toEqual(ascending)
    expect(names({ column, direction: 'descending' })).toEqual(descending)
  })
  it('sorts Arabic names in Arabic alphabetical order', () => {
    const arabic = ['يوسف', 'أحمد', 'سارة', 'بشرى'].map((name) => student(name, 0, 0, 1, null, '2026-12-01T09:00:00Z'))
    expect(sortStudents(arabic, BY_NAME, 'ar').map((s) => s.name)).toEqual(['أحمد', 'بشرى', 'سارة', 'يوسف'])
  })
  it('leaves the results as they came', () => {
    sortStudents(students, { column: 'latest', direction: 'descending' }, 'en')
    expect(students.map((s) => s.name)).toEqual(['Lina', 'Omar', 'Sara 10', 'Sara 9', 'Zaid'])
  })
  it('a click on the sorted column reverses it; on another, sorts by it from the lowest', () => {
    expect(nextSort(BY_NAME, 'name')).toEqual({ column: 'name', direction: 'descending' })
    expect(nextSort({ column: 'name', direction: 'descending' }, 'name')).toEqual(BY_NAME)
    expect(nextSort({ column: 'name', direction: 'descending' }, 'latest')).toEqual({ column: 'latest', direction: 'ascending' })
  })
})

describe('the CSV’s note', () => {
  it.each(['ar', 'en'] as const)('%s: names the marks as the cells hold them (Western digits)', (lang) => {
    const note = STRINGS[lang].csvNote
    expect(note).toContain('1 =')
    expect(note).toContain('0 =')
    expect(note).not.toMatch(/[٠-٩]/)
  })
})
