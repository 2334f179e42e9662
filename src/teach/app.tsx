import { useEffect, useState } from 'preact/hooks'
import { api, ApiError, type Assignment, type ClassInfo, type NewAssignment, type QuizSummary, type RevealPolicy, type SavedClass } from './api.ts'
import { STRINGS, type Lang, type Strings } from './i18n.ts'
import { ResultsView } from './results.tsx'
import { RosterSection } from './roster.tsx'
import { loadClasses, loadLang, saveClasses, saveLang } from './store.ts'

/** The teacher page: saved classes → one class and its assignments → one assignment's results. */
export function App(props: { initialLang: Lang }) {
  const [lang, setLang] = useState<Lang>(() => loadLang(props.initialLang))
  const [classes, setClasses] = useState<SavedClass[]>(loadClasses)
  const [current, setCurrent] = useState<string | null>(null)
  const [freshKey, setFreshKey] = useState<SavedClass | null>(null)
  const t = STRINGS[lang]

  useEffect(() => {
    document.documentElement.lang = lang
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr'
    document.title = t.title
    saveLang(lang)
  }, [lang])

  const update = (list: SavedClass[]) => {
    setClasses(list)
    saveClasses(list)
  }
  const add = (saved: SavedClass) => update([saved, ...classes.filter((c) => c.classId !== saved.classId)])
  const forget = (classId: string) => {
    update(classes.filter((c) => c.classId !== classId))
    setCurrent(null)
  }
  const selected = classes.find((c) => c.classId === current) ?? null

  return (
    <>
      <header>
        <h1>{t.title}</h1>
        <button type="button" class="secondary" lang={lang === 'ar' ? 'en' : 'ar'} onClick={() => setLang(lang === 'ar' ? 'en' : 'ar')}>
          {t.switchTo}
        </button>
      </header>
      {freshKey && <KeyNotice t={t} saved={freshKey} onDone={() => setFreshKey(null)} />}
      {selected ? (
        <ClassView t={t} lang={lang} saved={selected} onBack={() => setCurrent(null)} onForget={() => forget(selected.classId)} />
      ) : (
        <ClassList
          t={t}
          classes={classes}
          onOpen={setCurrent}
          onCreated={(saved) => {
            add(saved)
            setFreshKey(saved)
          }}
          onAdded={(saved) => {
            add(saved)
            setCurrent(saved.classId)
          }}
        />
      )}
    </>
  )
}

function ErrorLine(props: { t: Strings; error: string | null }) {
  return props.error ? (
    <p class="error" role="alert">
      {props.t.error}
      {props.error}
    </p>
  ) : null
}

function message(err: unknown): string {
  return err instanceof ApiError || err instanceof Error ? err.message : String(err)
}

/** The teacher key, shown once right after the class is created. */
function KeyNotice(props: { t: Strings; saved: SavedClass; onDone: () => void }) {
  const { t, saved } = props
  const [copied, setCopied] = useState(false)
  return (
    <section class="warning" role="alertdialog" aria-labelledby="key-title">
      <h2 id="key-title">{t.keyOnce}</h2>
      <p>{t.keyWarning}</p>
      <p>
        {t.classId}: <code>{saved.classId}</code>
      </p>
      <output class="key" data-testid="teacher-key">{saved.teacherKey}</output>
      <div class="row" style="margin-block-start:.5rem">
        <button
          type="button"
          class="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(`${saved.classId} ${saved.teacherKey}`).then(() => setCopied(true))
          }}
        >
          {copied ? t.copied : t.copy}
        </button>
        <button type="button" onClick={props.onDone}>
          {t.saved}
        </button>
      </div>
    </section>
  )
}

function ClassList(props: {
  t: Strings
  classes: SavedClass[]
  onOpen: (classId: string) => void
  onCreated: (saved: SavedClass) => void
  onAdded: (saved: SavedClass) => void
}) {
  const { t } = props
  const [name, setName] = useState('')
  const [classId, setClassId] = useState('')
  const [key, setKey] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const create = async (e: Event) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const created = await api.createClass(name.trim())
      props.onCreated({ classId: created.classId, teacherKey: created.teacherKey, name: created.name, joinCode: created.joinCode })
      setName('')
    } catch (err) {
      setError(message(err))
    } finally {
      setBusy(false)
    }
  }

  const openWithKey = async (e: Event) => {
    e.preventDefault()
    setError(null)
    const saved: SavedClass = { classId: classId.trim(), teacherKey: key.trim(), name: null }
    try {
      const info = await api.getClass(saved)
      props.onAdded({ ...saved, name: info.name, joinCode: info.joinCode })
      setClassId('')
      setKey('')
    } catch (err) {
      setError(message(err))
    }
  }

  return (
    <>
      <section>
        <h2>{t.classes}</h2>
        {props.classes.length === 0 ? (
          <p class="muted">{t.noClasses}</p>
        ) : (
          <ul>
            {props.classes.map((c) => (
              <li key={c.classId}>
                <button type="button" class="secondary" onClick={() => props.onOpen(c.classId)}>
                  {c.name || c.classId}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>{t.newClass}</h2>
        <form onSubmit={create}>
          <label>
            {t.className}
            <input value={name} maxLength={100} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <button type="submit" disabled={busy}>
            {t.create}
          </button>
        </form>
      </section>
      <section>
        <h2>{t.openOther}</h2>
        <form onSubmit={openWithKey}>
          <label>
            {t.classId}
            <input value={classId} required onInput={(e) => setClassId(e.currentTarget.value)} dir="ltr" />
          </label>
          <label>
            {t.teacherKey}
            <input value={key} required type="password" autocomplete="off" onInput={(e) => setKey(e.currentTarget.value)} dir="ltr" />
          </label>
          <button type="submit">{t.open}</button>
        </form>
      </section>
      <ErrorLine t={t} error={error} />
    </>
  )
}

/** `datetime-local` gives local wall time without a zone; the API wants an instant. */
function toInstant(local: string): string | undefined {
  return local ? new Date(local).toISOString() : undefined
}

function ClassView(props: { t: Strings; lang: Lang; saved: SavedClass; onBack: () => void; onForget: () => void }) {
  const { t, lang, saved } = props
  const [info, setInfo] = useState<ClassInfo | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [viewing, setViewing] = useState<Assignment | null>(null)
  const [reload, setReload] = useState(0)

  useEffect(() => {
    let live = true
    api.getClass(saved).then(
      (data) => live && setInfo(data),
      (err) => live && setError(message(err)),
    )
    return () => {
      live = false
    }
  }, [saved.classId, reload])

  if (viewing) {
    const back = () => {
      setViewing(null)
      setReload((n) => n + 1)
    }
    return <ResultsView t={t} lang={lang} saved={saved} assignment={viewing} onBack={back} />
  }

  const removeClass = async () => {
    if (!confirm(t.confirmDeleteClass)) return
    try {
      await api.deleteClass(saved)
      props.onForget()
    } catch (err) {
      setError(message(err))
    }
  }
  const removeAssignment = async (a: Assignment) => {
    if (!confirm(t.confirmDeleteAssignment)) return
    try {
      await api.deleteAssignment(saved, a.assignmentId)
      setReload((n) => n + 1)
    } catch (err) {
      setError(message(err))
    }
  }

  return (
    <>
      <div class="row">
        <button type="button" class="secondary" onClick={props.onBack}>
          {t.back}
        </button>
        <h2 style="margin:0">{info?.name || saved.name || saved.classId}</h2>
      </div>
      <ErrorLine t={t} error={error} />
      <section>
        <h2>{t.assignments}</h2>
        {!info ? (
          <p class="muted">{t.loading}</p>
        ) : info.assignments.length === 0 ? (
          <p class="muted">{t.noAssignments}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>{t.assignmentTitle}</th>
                <th>{t.code}</th>
                <th>{t.link}</th>
                <th />
                <th />
              </tr>
            </thead>
            <tbody>
              {info.assignments.map((a) => (
                <tr key={a.assignmentId}>
                  <td>
                    {/* The title is the teacher's or the quiz's, in its own language whatever the page's. */}
                    <bdi>{a.title}</bdi>
                    <div class="muted">
                      {t.status[a.status]} · {a.studentCount ?? 0} {t.students} · {a.attemptCount ?? 0} {t.attempts}
                    </div>
                  </td>
                  <td>
                    <code>{a.code}</code>
                  </td>
                  <td>
                    <a href={`/a/${encodeURIComponent(a.code)}`} target="_blank" rel="noopener">
                      <code>{a.link}</code>
                    </a>
                  </td>
                  <td>
                    <button type="button" onClick={() => setViewing(a)}>
                      {t.results}
                    </button>
                  </td>
                  <td>
                    <button type="button" class="danger" onClick={() => removeAssignment(a)}>
                      {t.delete}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <NewAssignmentForm t={t} lang={lang} saved={saved} onCreated={() => setReload((n) => n + 1)} />
      <RosterSection lang={lang} saved={saved} assignments={info?.assignments ?? []} />
      <section class="row">
        <button type="button" class="secondary" onClick={props.onForget}>
          {t.forget}
        </button>
        <button type="button" class="danger" onClick={removeClass}>
          {t.deleteClass}
        </button>
      </section>
    </>
  )
}

function NewAssignmentForm(props: { t: Strings; lang: Lang; saved: SavedClass; onCreated: () => void }) {
  const { t, lang } = props
  const [quizzes, setQuizzes] = useState<QuizSummary[]>([])
  const [form, setForm] = useState({ quizId: '', typedId: '', title: '', opensAt: '', dueAt: '', maxAttempts: 1, reveal: 'after-submit' as RevealPolicy, shuffle: false })
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    api.quizzes(lang).then(
      (data) => setQuizzes(data.quizzes),
      (err) => setError(message(err)),
    )
  }, [lang])

  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }))

  const submit = async (e: Event) => {
    e.preventDefault()
    // A classroom quiz is not in the public list: its id can be typed instead.
    const quizId = form.typedId.trim() || form.quizId || quizzes[0]?.id
    if (!quizId) return
    const body: NewAssignment = {
      quizId,
      // Without a title the API uses the quiz's own: never the id, which students must not learn.
      title: form.title.trim() || quizzes.find((q) => q.id === quizId)?.title || undefined,
      opensAt: toInstant(form.opensAt),
      dueAt: toInstant(form.dueAt),
      maxAttempts: form.maxAttempts,
      revealAnswers: form.reveal,
      shuffle: form.shuffle,
    }
    setBusy(true)
    setError(null)
    try {
      await api.createAssignment(props.saved, body)
      setForm((f) => ({ ...f, typedId: '', title: '', opensAt: '', dueAt: '' }))
      props.onCreated()
    } catch (err) {
      setError(message(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section>
      <h2>{t.newAssignment}</h2>
      <form onSubmit={submit}>
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
          <input type="datetime-local" value={form.dueAt} required={form.reveal === 'after-due'} onInput={(e) => set('dueAt', e.currentTarget.value)} />
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
      <ErrorLine t={t} error={error} />
    </section>
  )
}
