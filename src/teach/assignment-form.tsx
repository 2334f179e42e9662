import { MAX_ATTEMPTS, MIN_ATTEMPTS, parseAttempts, REVEAL_POLICIES } from '../core/assignment.ts'
import type { Ref } from 'preact'
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'
import { api, type Assignment, type AssignmentChange, type NewAssignment, type QuizSummary, type RevealPolicy, type SavedClass } from './api.ts'
import { DateTimeField } from './date-time-field.tsx'
import { ErrorLine } from './error-line.tsx'
import { focusSoon } from './focus.ts'
import { errorText } from './errors.ts'
import type { Formats } from './format.ts'
import type { Lang, Strings } from './i18n.ts'

/** `datetime-local` gives local wall time without a zone; the API wants an instant. */
function toInstant(local: string): string | undefined {
  return local ? new Date(local).toISOString() : undefined
}

/** What a teacher sets for an assignment, as the form holds it (times as `datetime-local` values). */
type Settings = { title: string; opensAt: string; dueAt: string; maxAttempts: number; reveal: RevealPolicy }

/**
 * The settings a new assignment and an edited one share: title, opening and due times, attempts,
 * when answers show (a due time is required for "after the due date").
 */
function SettingsFields<F extends Settings>(props: {
  t: Strings
  form: F
  set: <K extends keyof F>(key: K, value: F[K]) => void
  titleInput?: Ref<HTMLInputElement>
  titleRequired?: boolean
  /** The id of the message saying the title is missing, while it is shown: the field points to it. */
  titleProblem?: string
  dueInput?: Ref<HTMLSelectElement>
  lang: Lang
  /** Keeps the date fields' ids apart when several forms are on the page. */
  idPrefix: string
}) {
  const { t, form, set } = props
  // A number of attempts that is no whole number from 1 to 20 (0, nothing, -1, 1.5) stops the form
  // with the page's own words, not the browser's (in its language) nor a silent 1. After every
  // render: the field may show another value than the form holds while it is being typed.
  const attempts = useRef<HTMLInputElement>(null)
  useLayoutEffect(() => {
    attempts.current?.setCustomValidity(parseAttempts(attempts.current.value) === null ? t.attemptsInvalid : '')
  })
  return (
    <>
      <label>
        {t.assignmentTitle}
        {/* Not `required`: the browser would say it is missing in its own language; the form says it in the page's. */}
        <input
          ref={props.titleInput}
          value={form.title}
          dir="auto"
          maxLength={200}
          aria-required={props.titleRequired ? 'true' : undefined}
          aria-invalid={props.titleProblem ? 'true' : undefined}
          aria-describedby={props.titleProblem}
          onInput={(e) => set('title', e.currentTarget.value as F['title'])}
        />
      </label>
      <DateTimeField
        t={t}
        lang={props.lang}
        id={`${props.idPrefix}-opens`}
        label={t.opensAt}
        value={form.opensAt}
        defaultTime="08:00"
        onChange={(v) => set('opensAt', v as F['opensAt'])}
      />
      <DateTimeField
        t={t}
        lang={props.lang}
        id={`${props.idPrefix}-due`}
        label={t.dueAt}
        value={form.dueAt}
        firstRef={props.dueInput}
        required={form.reveal === 'after-due'}
        onChange={(v) => set('dueAt', v as F['dueAt'])}
      />
      <label>
        {t.maxAttempts}
        <input
          ref={attempts}
          type="number"
          min={MIN_ATTEMPTS}
          max={MAX_ATTEMPTS}
          step={1}
          required
          value={form.maxAttempts}
          onInput={(e) => {
            const n = parseAttempts(e.currentTarget.value)
            e.currentTarget.setCustomValidity(n === null ? t.attemptsInvalid : '')
            if (n !== null) set('maxAttempts', n as F['maxAttempts'])
          }}
        />
      </label>
      <label>
        {t.reveal}
        <select value={form.reveal} onChange={(e) => set('reveal', e.currentTarget.value as F['reveal'])}>
          {REVEAL_POLICIES.map((r) => (
            <option key={r} value={r}>
              {t[r]}
            </option>
          ))}
        </select>
      </label>
    </>
  )
}

/** An instant as `datetime-local` shows it: the teacher's wall time, to the minute. */
function toLocalInput(instant: string | null): string {
  if (!instant) return ''
  const d = new Date(instant)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/**
 * A new assignment: a quiz from the list (or a typed id), title, dates, attempts, when answers show.
 * A due date already past is warned about first: such an assignment is closed from the start.
 */
export function NewAssignmentForm(props: { t: Strings; f: Formats; lang: Lang; saved: SavedClass; onCreated: (created: Assignment) => void }) {
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
  const dueInput = useRef<HTMLSelectElement>(null)

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
      const created = await api.createAssignment(props.saved, body)
      setForm((current) => ({ ...current, typedId: '', title: '', opensAt: '', dueAt: '' }))
      props.onCreated(created)
    } catch (err) {
      setError(errorText(err, t, f.number))
      // The button was disabled meanwhile, which dropped focus to the page: back to it, under the message.
      if (!document.activeElement || document.activeElement === document.body) focusSoon('new-assignment-submit')
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
        <SettingsFields t={t} lang={lang} idPrefix="new-assignment" form={form} set={set} dueInput={dueInput} />
        <label class="inline">
          <input type="checkbox" checked={form.shuffle} onChange={(e) => set('shuffle', e.currentTarget.checked)} />
          {t.shuffle}
        </label>
        <button type="submit" id="new-assignment-submit" disabled={busy || (quizzes.length === 0 && !form.typedId.trim())}>
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

/**
 * Changes an assignment: its title, times, attempts and when answers show (`PATCH`). Only what the
 * teacher changed is sent, so a time left untouched keeps its seconds; an emptied time is taken away.
 */
export function EditAssignmentForm(props: {
  t: Strings
  f: Formats
  lang: Lang
  saved: SavedClass
  assignment: Assignment
  onSaved: () => void
  onCancel: () => void
}) {
  const { t, f, assignment: a } = props
  const initial = {
    title: a.title,
    opensAt: toLocalInput(a.opensAt),
    dueAt: toLocalInput(a.dueAt),
    maxAttempts: a.maxAttempts,
    reveal: a.revealAnswers,
  }
  const [form, setForm] = useState(initial)
  const [error, setError] = useState<string | null>(null)
  /** The error shown says the title is missing: the title points to it until one is typed. */
  const [titleMissing, setTitleMissing] = useState(false)
  const [busy, setBusy] = useState(false)
  const first = useRef<HTMLInputElement>(null)
  const errorId = `edit-${a.assignmentId}-error`
  useEffect(() => first.current?.focus(), [])

  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((current) => ({ ...current, [key]: value }))

  const save = async () => {
    if (!form.title.trim()) {
      setError(t.errors.titleRequired)
      setTitleMissing(true)
      first.current?.focus()
      return
    }
    setTitleMissing(false)
    const change: AssignmentChange = {}
    if (form.title.trim() && form.title.trim() !== initial.title) change.title = form.title.trim()
    if (form.opensAt !== initial.opensAt) change.opensAt = toInstant(form.opensAt) ?? null
    if (form.dueAt !== initial.dueAt) change.dueAt = toInstant(form.dueAt) ?? null
    if (form.maxAttempts !== initial.maxAttempts) change.maxAttempts = form.maxAttempts
    if (form.reveal !== initial.reveal) change.revealAnswers = form.reveal
    if (Object.keys(change).length === 0) return props.onCancel()
    setBusy(true)
    setError(null)
    try {
      await api.updateAssignment(props.saved, a.assignmentId, change)
      props.onSaved()
    } catch (err) {
      setError(errorText(err, t, f.number))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      class="edit-assignment"
      aria-label={t.editAssignment}
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <p class="muted">{t.editKeeps}</p>
      <SettingsFields
        t={t}
        lang={props.lang}
        idPrefix={`edit-${a.assignmentId}`}
        form={form}
        set={set}
        titleInput={first}
        titleRequired
        titleProblem={titleMissing && error && !form.title.trim() ? errorId : undefined}
      />
      <div class="row">
        <button type="submit" disabled={busy}>
          {t.saveChanges}
        </button>
        <button type="button" class="secondary" onClick={props.onCancel}>
          {t.cancel}
        </button>
      </div>
      <ErrorLine error={error} id={errorId} />
    </form>
  )
}
