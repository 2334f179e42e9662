import { askToConfirm } from './confirm-dialog.ts'
import { Fragment, type ComponentChildren } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { toCsv } from '../core/csv.ts'
import { api, type Assignment, type Results, type SavedClass } from './api.ts'
import { HEADINGS } from './focus.ts'
import { BarChart } from './chart.tsx'
import { ErrorLine } from './error-line.tsx'
import { errorText } from './errors.ts'
import type { Formats } from './format.ts'
import type { Lang, Strings } from './i18n.ts'
import { orderQuestions, QUESTION_ORDERS, type QuestionOrder } from './question-order.ts'
import { resultsSheet } from './results-sheet.ts'
import { submittedOf } from './roster-names.ts'
import { saveFile } from './save-file.ts'
import { BY_NAME, nextSort, sortKind, sortStudents, STUDENT_COLUMNS, type StudentColumn, type StudentSort } from './student-order.ts'

/** How often the results refresh while the view is open. */
export const REFRESH_MS = 15_000

type WrongAnswerRow = Results['questions'][number]['topWrongAnswers'][number]

/** A wrong answer as the teacher reads it: true/false in the page's words, anything else as the API shows it (as typed). */
function wrongAnswerText(type: Results['questions'][number]['type'], wrong: WrongAnswerRow, t: Strings): string {
  if (type === 'boolean' && (wrong.answer === 'true' || wrong.answer === 'false')) return t[wrong.answer]
  return wrong.display
}

/**
 * A choice answer reads as its choice's text, in the quiz's language (an Arabic choice on the English
 * page is marked Arabic, for its direction and for a screen reader's voice); typed answers are the
 * student's own words, in whatever language they typed.
 */
function choiceText(type: Results['questions'][number]['type'], quizText: { lang?: string; dir?: 'rtl' | 'ltr' }) {
  return type === 'single' || type === 'multiple' ? quizText : {}
}

/** One student's latest answers, question by question, each marked right, wrong or unanswered (in words, not colour alone). */
function StudentAnswers(props: {
  t: Strings
  f: Formats
  results: Results
  student: Results['students'][number]
  quizText: { lang?: string; dir?: 'rtl' | 'ltr' }
}) {
  const { t, f, results, student } = props
  return (
    <ol class="student-answers" aria-label={t.answersOf(student.name)}>
      {results.questions.map((q, i) => {
        const answer = student.answers?.[q.questionId] ?? null
        const correct = student.correctByQuestion[q.questionId]
        const verdict = answer === null || correct == null ? t.unansweredMark : correct ? t.rightMark : t.wrongMark
        return (
          <li key={q.questionId} class={answer === null ? 'muted' : correct ? 'right' : 'wrong'}>
            <span class="num">{f.number(i + 1)}.</span> <span {...props.quizText}>{q.prompt ?? q.questionId}</span>
            <br />
            <strong>{verdict}</strong>
            {answer !== null && (
              <>
                {': '}
                <bdi {...choiceText(q.type, props.quizText)}>{q.type === 'boolean' && (answer === 'true' || answer === 'false') ? t[answer] : answer}</bdi>
              </>
            )}
          </li>
        )
      })}
    </ol>
  )
}

/**
 * A sentence of the page's language around a name, the name isolated (`<bdi>`) so that an Arabic
 * name in an English sentence, or a Latin one in an Arabic sentence, keeps the words around it in place.
 */
function AroundName(props: { sentence: (name: string) => string; name: string }) {
  const [before, after = ''] = props.sentence('\u0000').split('\u0000')
  return (
    <>
      {before}
      <bdi>{props.name}</bdi>
      {after}
    </>
  )
}

/** A table that scrolls sideways on its own when the screen is narrower, with a name for the region. */
function Scroll(props: { label: string; children: ComponentChildren }) {
  return (
    <div class="scroll" role="region" aria-label={props.label} tabindex={0}>
      {props.children}
    </div>
  )
}

/**
 * A column header that sorts the table: a button (Enter or Space from the keyboard) inside the `th`,
 * which carries `aria-sort` while the rows follow it. The arrow shows the order on screen and paper.
 */
function SortHeader(props: { label: string; column: StudentColumn; sort: StudentSort; onSort: (column: StudentColumn) => void }) {
  const sorted = props.sort.column === props.column ? props.sort.direction : null
  return (
    <th aria-sort={sorted ?? undefined}>
      <button type="button" class="sort" onClick={() => props.onSort(props.column)}>
        {props.label}
        <span class={sorted ? 'sort-mark' : 'sort-mark unsorted'} aria-hidden="true">
          {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  )
}

/** One assignment's results: a table per student, a chart per question, refreshed every 15 s. */
export function ResultsView(props: { t: Strings; f: Formats; lang: Lang; saved: SavedClass; assignment: Assignment; onBack: () => void }) {
  const { t, f, lang, saved, assignment } = props
  const [results, setResults] = useState<Results | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [updated, setUpdated] = useState<Date | null>(null)
  /** The student whose answers show under their row. */
  const [opened, setOpened] = useState<string | null>(null)
  /** Whose attempts the last action deleted, for the status line (and screen readers). */
  const [deletedName, setDeletedName] = useState<string | null>(null)
  const [reload, setReload] = useState(0)
  /** How the chart and the table of questions list them: the quiz's order, or the hardest first. */
  const [order, setOrder] = useState<QuestionOrder>('quiz')
  /** The order of the students' rows: a header's button sorts by its column, again the other way. */
  const [studentSort, setStudentSort] = useState<StudentSort>(BY_NAME)
  const summary = useRef<HTMLSpanElement>(null)

  useEffect(() => {
    let live = true
    const load = () =>
      api.results(saved, assignment.assignmentId, lang).then(
        (data) => {
          if (!live) return
          setResults(data)
          setUpdated(new Date())
          setError(null)
        },
        (err) => live && setError(err),
      )
    void load()
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') void load()
    }, REFRESH_MS)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [saved.classId, assignment.assignmentId, lang, reload])

  /** A joke name, a test run or a student who should start over: their attempts go, they may try again. */
  const deleteAttempts = async (student: Results['students'][number]) => {
    if (!student.studentKey) return
    const message = t.confirmDeleteAttempts(student.name)
    if (!(await askToConfirm({ message, confirm: t.deleteAttemptsOf(student.name), cancel: t.cancel, danger: true }))) return
    try {
      await api.deleteStudentAttempts(saved, assignment.assignmentId, student.studentKey)
      setOpened(null)
      setDeletedName(student.name)
      setReload((n) => n + 1)
      // The row and its button are gone: focus goes to the summary the deletion changed.
      summary.current?.focus()
    } catch (err) {
      setError(err)
    }
  }

  const download = () => {
    if (!results) return
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone
    const csv = toCsv(resultsSheet(results, t, timeZone, studentSort, lang))
    saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `results-${assignment.code}.csv`)
  }

  // Prompts are in the quiz's language (the page's when the quiz has it): marked so, inside a page in the other.
  const columnLabels: Record<StudentColumn, string> = {
    name: t.name,
    latest: t.latest,
    best: t.best,
    attempts: t.attemptsColumn,
    time: t.time,
    submitted: t.submitted,
  }
  const sortBy = (column: StudentColumn) => setStudentSort((current) => nextSort(current, column))

  const quizText = results ? { lang: results.quiz.lang, dir: results.quiz.lang === 'ar' ? ('rtl' as const) : ('ltr' as const) } : {}

  return (
    <>
      <div class="row">
        <button type="button" class="secondary no-print" onClick={props.onBack}>
          {t.back}
        </button>
        <h2 style="margin:0" id={HEADINGS.results} tabIndex={-1}>
          {t.results}: <bdi>{assignment.title}</bdi> <code>{assignment.code}</code>
        </h2>
      </div>
      {/* On paper: which class, and when the results are from (the refresh is for the screen). */}
      {saved.name && (
        <p class="print-only">
          <AroundName sentence={t.printedClass} name={saved.name} />
        </p>
      )}
      <p class="muted" aria-live="polite">
        <span class="no-print">{t.refreshing}</span>
        {updated && (
          <>
            <span class="no-print">{t.separator}</span>
            {t.updated}
            {f.dateTime(updated)}
          </>
        )}
      </p>
      <ErrorLine error={error === null ? null : errorText(error, t, f.number)} />
      <p role="status" data-testid="results-notice">
        {deletedName !== null && <AroundName sentence={t.attemptsDeleted} name={deletedName} />}
      </p>
      {!results ? (
        !error && <p class="muted">{t.loading}</p>
      ) : (
        <>
          <section>
            <div class="row" style="justify-content:space-between">
              <span data-testid="results-summary" ref={summary} tabIndex={-1}>
                {t.summary(f.number(results.totals.students), f.number(results.totals.attempts))}
                {results.totals.averageLatestShare !== null && `${t.separator}${t.average}: ${f.percent(results.totals.averageLatestShare)}`}
              </span>
              <div class="row no-print">
                <button type="button" onClick={download} aria-describedby={results.students.length > 1 ? 'csv-order' : undefined}>
                  {t.downloadCsv}
                </button>
                <button type="button" class="secondary" onClick={() => print()}>
                  {t.printResults}
                </button>
                {/* After both buttons, so they stay together: the order the file's rows follow (the download's description too). */}
                {results.students.length > 1 && (
                  <span class="muted" id="csv-order" data-testid="csv-order">
                    {t.csvOrder(columnLabels[studentSort.column], t.sortOrder[sortKind(studentSort.column)][studentSort.direction])}
                  </span>
                )}
              </div>
            </div>
            {/* With a class list: how many of it have submitted, and who has not yet, to chase them. */}
            {results.classList && (
              <p data-testid="submitted-count">
                <strong>{submittedOf(lang, results.classList.submitted, results.classList.listed, f.number)}</strong>
              </p>
            )}
            {results.notSubmitted.length > 0 && (
              <p data-testid="not-submitted">
                <strong>{t.notSubmitted(f.number(results.notSubmitted.length))}</strong>:{' '}
                {results.notSubmitted.map((s, i) => (
                  <Fragment key={i}>
                    {i > 0 && t.listSeparator}
                    <bdi>{s.name}</bdi>
                  </Fragment>
                ))}
              </p>
            )}
            {results.students.length === 0 ? (
              !results.classList && <p class="muted">{t.noResults}</p>
            ) : (
              <Scroll label={`${t.results}${t.listSeparator}${t.scrollTable}`}>
                <table data-testid="results-table">
                  <thead>
                    <tr>
                      {STUDENT_COLUMNS.map((column) => (
                        <SortHeader key={column} label={columnLabels[column]} column={column} sort={studentSort} onSort={sortBy} />
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {sortStudents(results.students, studentSort, lang).map((s, index) => {
                      const key = s.studentKey ?? s.name
                      const open = opened === key
                      return (
                        <Fragment key={key}>
                          <tr>
                            <td>
                              {/* The student's own answers to each question, under the row. */}
                              <button
                                type="button"
                                class="link"
                                aria-expanded={open}
                                aria-controls={`answers-${index}`}
                                onClick={() => setOpened(open ? null : key)}
                              >
                                <bdi>{s.name}</bdi>
                              </button>
                            </td>
                            <td class="num">
                              {f.score(s.latestScore)} / {f.score(s.maxScore)} <span class="muted">({f.percent(s.latestShare)})</span>
                            </td>
                            <td class="num">{f.score(s.bestScore)}</td>
                            <td class="num">{f.number(s.attempts)}</td>
                            <td class="num">{f.duration(s.timeTakenSeconds)}</td>
                            <td class="num">{f.dateTime(s.latestSubmittedAt)}</td>
                          </tr>
                          {open && (
                            <tr id={`answers-${index}`}>
                              <td colSpan={6}>
                                <StudentAnswers t={t} f={f} results={results} student={s} quizText={quizText} />
                                {s.studentKey && (
                                  <button type="button" class="secondary no-print" onClick={() => void deleteAttempts(s)}>
                                    <AroundName sentence={t.deleteAttemptsOf} name={s.name} />
                                  </button>
                                )}
                              </td>
                            </tr>
                          )}
                        </Fragment>
                      )
                    })}
                  </tbody>
                </table>
              </Scroll>
            )}
          </section>
          {results.students.length > 0 && (
            <section>
              <label class="inline question-order">
                {t.questionOrder}
                <select value={order} onChange={(e) => setOrder(e.currentTarget.value as QuestionOrder)}>
                  {QUESTION_ORDERS.map((o) => (
                    <option key={o} value={o}>
                      {t.order[o]}
                    </option>
                  ))}
                </select>
              </label>
              <BarChart
                t={t}
                caption={t.correctRate}
                bars={orderQuestions(results.questions, order).map(({ question: q, number }) => ({
                  number: f.number(number),
                  text: q.prompt ?? q.questionId,
                  lang: results.quiz.lang,
                  value: q.correctShare,
                  valueText: f.percent(q.correctShare),
                }))}
              />
              <h3>{t.wrongAnswers}</h3>
              <p class="muted">{t.wrongAnswersHint}</p>
              <Scroll label={`${t.wrongAnswers}${t.listSeparator}${t.scrollTable}`}>
                <table data-testid="wrong-answers">
                  <thead>
                    <tr>
                      <th>#</th>
                      <th>{t.question}</th>
                      <th>{t.correct}</th>
                      <th>{t.unansweredColumn}</th>
                      <th>{t.wrongAnswers}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {orderQuestions(results.questions, order).map(({ question: q, number }) => (
                      <tr key={q.questionId}>
                        <td class="num">{f.number(number)}</td>
                        <td {...quizText}>{q.prompt ?? q.questionId}</td>
                        <td class="num">{f.percent(q.correctShare)}</td>
                        {/* Students whose latest attempt left it blank: not correct, and not among the wrong answers. */}
                        <td class="num">{f.number(results.totals.students - q.answered)}</td>
                        <td>
                          {q.topWrongAnswers.length === 0
                            ? t.none
                            : q.topWrongAnswers.map((w) => (
                                <div key={w.answer}>
                                  <bdi {...choiceText(q.type, quizText)}>{wrongAnswerText(q.type, w, t)}</bdi> <span class="times">× {f.number(w.count)}</span>
                                </div>
                              ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Scroll>
            </section>
          )}
        </>
      )}
    </>
  )
}
