import { useEffect, useState } from 'preact/hooks'
import { api, ApiError, type Assignment, type Results, type SavedClass } from './api.ts'
import { BarChart } from './chart.tsx'
import type { Lang, Strings } from './i18n.ts'

/** How often the results refresh while the view is open. */
export const REFRESH_MS = 15_000

function duration(seconds: number | null, t: Strings): string {
  if (seconds === null) return '—'
  const m = Math.floor(seconds / 60)
  const s = seconds % 60
  return m > 0 ? `${m} ${t.minutes} ${s} ${t.seconds}` : `${s} ${t.seconds}`
}

/** One assignment's results: a table per student, a chart per question, refreshed every 15 s. */
export function ResultsView(props: { t: Strings; lang: Lang; saved: SavedClass; assignment: Assignment; onBack: () => void }) {
  const { t, lang, saved, assignment } = props
  const [results, setResults] = useState<Results | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [updated, setUpdated] = useState<Date | null>(null)

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
        (err) => live && setError(err instanceof ApiError ? err.message : String(err)),
      )
    void load()
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') void load()
    }, REFRESH_MS)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [saved.classId, assignment.assignmentId, lang])

  const download = async () => {
    try {
      const blob = await api.resultsCsv(saved, assignment.assignmentId)
      const url = URL.createObjectURL(blob)
      const a = document.createElement('a')
      a.href = url
      a.download = `results-${assignment.code}.csv`
      document.body.appendChild(a)
      a.click()
      a.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    }
  }

  // Prompts are in the quiz's language (the page's when the quiz has it): marked so, inside a page in the other.
  const quizText = results ? { lang: results.quiz.lang, dir: results.quiz.lang === 'ar' ? ('rtl' as const) : ('ltr' as const) } : {}
  const number = new Intl.NumberFormat(lang === 'ar' ? 'ar' : 'en', { maximumFractionDigits: 2 })
  const percent = new Intl.NumberFormat(lang === 'ar' ? 'ar' : 'en', { style: 'percent', maximumFractionDigits: 0 })
  const time = new Intl.DateTimeFormat(lang === 'ar' ? 'ar' : 'en', { dateStyle: 'short', timeStyle: 'short' })

  return (
    <>
      <div class="row">
        <button type="button" class="secondary" onClick={props.onBack}>
          {t.back}
        </button>
        <h2 style="margin:0">
          {t.results}: <bdi>{assignment.title}</bdi> <code>{assignment.code}</code>
        </h2>
      </div>
      <p class="muted" aria-live="polite">
        {t.refreshing}
        {updated ? ` · ${t.updated}${time.format(updated)}` : ''}
      </p>
      {error && (
        <p class="error" role="alert">
          {t.error}
          {error}
        </p>
      )}
      {!results ? (
        <p class="muted">{t.loading}</p>
      ) : (
        <>
          <section>
            <div class="row" style="justify-content:space-between">
              <span>
                {results.totals.students} {t.students} · {results.totals.attempts} {t.attempts}
                {results.totals.averageLatestShare !== null && ` · ${t.average}: ${percent.format(results.totals.averageLatestShare)}`}
              </span>
              <button type="button" onClick={download}>
                {t.downloadCsv}
              </button>
            </div>
            {results.students.length === 0 ? (
              <p class="muted">{t.noResults}</p>
            ) : (
              <table data-testid="results-table">
                <thead>
                  <tr>
                    <th>{t.name}</th>
                    <th>{t.latest}</th>
                    <th>{t.best}</th>
                    <th>{t.attemptsColumn}</th>
                    <th>{t.time}</th>
                    <th>{t.submitted}</th>
                  </tr>
                </thead>
                <tbody>
                  {results.students.map((s) => (
                    <tr key={s.name}>
                      <td>
                        <bdi>{s.name}</bdi>
                      </td>
                      <td class="num">
                        {number.format(s.latestScore)} / {number.format(s.maxScore)}
                      </td>
                      <td class="num">{number.format(s.bestScore)}</td>
                      <td class="num">{number.format(s.attempts)}</td>
                      <td class="num">{duration(s.timeTakenSeconds, t)}</td>
                      <td class="num">{time.format(new Date(s.latestSubmittedAt))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          {results.students.length > 0 && (
            <section>
              <BarChart
                lang={lang}
                caption={t.correctRate}
                bars={results.questions.map((q, i) => ({
                  label: `${number.format(i + 1)}`,
                  title: q.prompt ?? q.questionId,
                  value: q.correctShare,
                }))}
              />
              <h3>{t.wrongAnswers}</h3>
              <table>
                <thead>
                  <tr>
                    <th>#</th>
                    <th>{t.question}</th>
                    <th>{t.correct}</th>
                    <th>{t.wrongAnswers}</th>
                  </tr>
                </thead>
                <tbody>
                  {results.questions.map((q, i) => (
                    <tr key={q.questionId}>
                      <td class="num">{number.format(i + 1)}</td>
                      <td {...quizText}>{q.prompt ?? q.questionId}</td>
                      <td class="num">{percent.format(q.correctShare)}</td>
                      <td>
                        {q.topWrongAnswers.map((w) => (
                          <div key={w.answer}>
                            <bdi>{w.display}</bdi> × {number.format(w.count)}
                          </div>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
        </>
      )}
    </>
  )
}
