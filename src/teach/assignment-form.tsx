import { useEffect, useRef, useState } from 'preact/hooks'
import { api, type NewAssignment, type QuizSummary, type RevealPolicy, type SavedClass } from './api.ts'
import { ErrorLine } from './error-line.tsx'
import { errorText } from './errors.ts'
import type { Formats } from './format.ts'
import type { Lang, Strings } from './i18n.ts'

/** `datetime-local` gives local wall time without a zone; the API wants an instant. */
function toInstant(local: string): string | undefined {
  return local ? new Date(local).toISOString() : undefined
}

/**
 * A new assignment: a quiz from the list (or a typed id), title, dates, attempts, when answers show.
 * A due date already past is warned about first: such an assignment is closed from the start.
 */
export function NewAssignmentForm(props: { t: Strings; f: Formats; lang: Lang; saved: SavedClass; onCreated: () => void }) {
  const { t, f, lang } = props
  const [quizzes, setQuizzes] = useState<QuizSummary[]>([])
  const [form, setForm] = useState({
    quizId: '',
    typedId: '',
    title: '',
    opensAt: '',
    dueAt: '',
    maxAttempts: 1,
    reveal: 'after-submit' as RevealPolicy,
    shuffle: false,
  })
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // The past due date the teacher is being asked about; null when no warning is showing.
  const [pastDue, setPastDue] = useState<string | null>(null)
  const dueInput = useRef<HTMLInputElement>(null)

  useEffect(() => {
    api.quizzes(lang).then(
      (data) => setQuizzes(data.quizzes),
      (err) => setError(errorText(err, t, f.number)),
    )
  }, [lang])

  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => {
    setForm((current) => ({ ...current, [key]: value }))
    if (key === 'dueAt') setPastDue(null)
  }

  const create = async (confirmedPastDue: boolean) => {
    // A classroom quiz is not in the public list: its id can be typed instead.
    const quizId = form.typedId.trim() || form.quizId || quizzes[0]?.id
    if (!quizId) return
    const dueAt = toInstant(form.dueAt)
    if (dueAt && Date.parse(dueAt) <= Date.now() && !confirmedPastDue) {
      setPastDue(dueAt)
      return
    }
    setPastDue(null)
    const body: NewAssignment = {
      quizId,
      // Without a title the API uses the quiz's own: never the id, which students must not learn.
      title: form.title.trim() || quizzes.find((q) => q.id === quizId)?.title || undefined,
      opensAt: toInstant(form.opensAt),
      dueAt,
      maxAttempts: form.maxAttempts,
      revealAnswers: form.reveal,
      shuffle: form.shuffle,
    }
    setBusy(true)
    setError(null)
    try {
      await api.createAssignment(props.saved, body)
      setForm((current) => ({ ...current, typedId: '', title: '', opensAt: '', dueAt: '' }))
      props.onCreated()
    } catch (err) {
      setError(errorText(err, t, f.number))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section>
      <h2>{t.newAssignment}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void create(false)
        }}
      >
        <label>
          {t.quiz}
          <select value={form.quizId || quizzes[0]?.id} onChange={(e) => set('quizId', e.currentTarget.value)}>
            {quizzes.map((q) => (
              <option key={q.id} value={q.id} lang={q.lang} dir={q.lang === 'ar' ? 'rtl' : 'ltr'}>
                {q.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.quizIdOr}
          <input value={form.typedId} dir="ltr" onInput={(e) => set('typedId', e.currentTarget.value)} />
        </label>
        <label>
          {t.assignmentTitle}
          <input value={form.title} maxLength={200} onInput={(e) => set('title', e.currentTarget.value)} />
        </label>
        <label>
          {t.opensAt}
          <input type="datetime-local" value={form.opensAt} onInput={(e) => set('opensAt', e.currentTarget.value)} />
        </label>
        <label>
          {t.dueAt}
          <input
            ref={dueInput}
            type="datetime-local"
            value={form.dueAt}
            required={form.reveal === 'after-due'}
            onInput={(e) => set('dueAt', e.currentTarget.value)}
          />
        </label>
        <label>
          {t.maxAttempts}
          <input type="number" min={1} max={20} value={form.maxAttempts} onInput={(e) => set('maxAttempts', Number(e.currentTarget.value) || 1)} />
        </label>
        <label>
          {t.reveal}
          <select value={form.reveal} onChange={(e) => set('reveal', e.currentTarget.value as RevealPolicy)}>
            {(['after-submit', 'after-due', 'never'] as const).map((r) => (
              <option key={r} value={r}>
                {t[r]}
              </option>
            ))}
          </select>
        </label>
        <label class="inline">
          <input type="checkbox" checked={form.shuffle} onChange={(e) => set('shuffle', e.currentTarget.checked)} />
          {t.shuffle}
        </label>
        <button type="submit" disabled={busy || (quizzes.length === 0 && !form.typedId.trim())}>
          {t.create}
        </button>
      </form>
      {pastDue && (
        <div class="warning-box" role="alert" data-testid="past-due">
          <p>{t.duePassed(f.dateTime(pastDue))}</p>
          <div class="row">
            <button type="button" class="danger" onClick={() => void create(true)}>
              {t.createAnyway}
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                setPastDue(null)
                dueInput.current?.focus()
              }}
            >
              {t.changeDate}
            </button>
          </div>
        </div>
      )}
      <ErrorLine error={error} />
    </section>
  )
}
