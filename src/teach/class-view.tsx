import { askToConfirm } from './confirm-dialog.ts'
import { useEffect, useRef, useState } from 'preact/hooks'
import { api, type Assignment, type ClassInfo, type SavedClass } from './api.ts'
import { EditAssignmentForm, NewAssignmentForm } from './assignment-form.tsx'
import { ClassActions } from './class-actions.tsx'
import { ClassKeyCard } from './class-key.tsx'
import { CopyButton } from './copy-button.tsx'
import { ErrorLine } from './error-line.tsx'
import { focusSoon, HEADINGS } from './focus.ts'
import { ShowToClass } from './present-view.tsx'
import { errorText } from './errors.ts'
import type { Formats } from './format.ts'
import type { Lang, Strings } from './i18n.ts'
import { ResultsView } from './results.tsx'
import { RosterSection } from './roster.tsx'

/**
 * One class: its assignments as cards, a form for a new one, the class link to keep, and the class's
 * own actions. Each part is its own section, so more (a roster) can sit beside them.
 */
export function ClassView(props: {
  t: Strings
  f: Formats
  lang: Lang
  saved: SavedClass
  onBack: () => void
  onForget: () => void
  /** The class as this device keeps it changed (a new name, a new key). */
  onSaved: (saved: SavedClass, newKey: boolean) => void
}) {
  const { t, f, lang, saved } = props
  const [info, setInfo] = useState<ClassInfo | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [viewing, setViewing] = useState<Assignment | null>(null)
  const [reload, setReload] = useState(0)
  // An assignment whose card takes focus once the class is loaded again: one just created, or
  // changed (closed now) — its button that had focus was disabled or is gone.
  const [focusCard, setFocusCard] = useState<string | null>(null)
  useEffect(() => {
    if (!focusCard || !info?.assignments.some((a) => a.assignmentId === focusCard)) return
    document.getElementById(`assignment-title-${focusCard}`)?.focus()
    setFocusCard(null)
  }, [info, focusCard])

  useEffect(() => {
    let live = true
    api.getClass(saved).then(
      (data) => live && setInfo(data),
      (err) => live && setError(errorText(err, t, f.number)),
    )
    return () => {
      live = false
    }
  }, [saved.classId, reload])

  if (viewing) {
    // Back from the results: to the button that opened them, on the assignment's card.
    const back = () => {
      setViewing(null)
      setReload((n) => n + 1)
      focusSoon(`results-button-${viewing.assignmentId}`)
    }
    return <ResultsView t={t} f={f} lang={lang} saved={saved} assignment={viewing} onBack={back} />
  }

  const removeAssignment = async (a: Assignment) => {
    if (!(await askToConfirm({ message: t.confirmDeleteAssignment, confirm: t.delete, cancel: t.cancel, danger: true }))) return
    try {
      await api.deleteAssignment(saved, a.assignmentId)
      setReload((n) => n + 1)
      // Its card (and the button that had focus) is gone: focus goes to the list it was in.
      focusSoon('assignments-title')
    } catch (err) {
      setError(errorText(err, t, f.number))
    }
  }

  return (
    <>
      <div class="row">
        <button type="button" class="secondary" onClick={props.onBack}>
          {t.back}
        </button>
        <h2 style="margin:0" id={HEADINGS.class} tabIndex={-1}>
          <bdi>{info?.name || saved.name || saved.classId}</bdi>
        </h2>
      </div>
      <ErrorLine error={error} />
      {/* A class that does not open (a wrong key, a deleted class) offers only forgetting it. */}
      {(info || !error) && (
        <>
          <section>
            <h2 id="assignments-title" tabIndex={-1}>
              {t.assignments}
            </h2>
            {!info ? (
              <p class="muted">{t.loading}</p>
            ) : info.assignments.length === 0 ? (
              <p class="muted">{t.noAssignments}</p>
            ) : (
              <ul class="cards" data-testid="assignments">
                {info.assignments.map((a) => (
                  <AssignmentCard
                    lang={lang}
                    key={a.assignmentId}
                    t={t}
                    f={f}
                    saved={saved}
                    assignment={a}
                    onResults={() => {
                      setViewing(a)
                      focusSoon(HEADINGS.results)
                    }}
                    onDelete={() => removeAssignment(a)}
                    onChanged={() => {
                      setReload((n) => n + 1)
                      setFocusCard(a.assignmentId)
                    }}
                  />
                ))}
              </ul>
            )}
          </section>
          <NewAssignmentForm
            t={t}
            f={f}
            lang={lang}
            saved={saved}
            onCreated={(created) => {
              setReload((n) => n + 1)
              setFocusCard(created.assignmentId)
            }}
          />
          <RosterSection f={f} lang={lang} saved={saved} className={info?.name ?? saved.name} assignments={info?.assignments ?? []} />
          <details class="class-key-details">
            <summary>{t.classLinkShow}</summary>
            <ClassKeyCard t={t} f={f} saved={{ ...saved, name: info?.name ?? saved.name }} />
          </details>
        </>
      )}
      <ClassActions
        t={t}
        f={f}
        saved={{ ...saved, name: info?.name ?? saved.name }}
        onRenamed={(renamed) => {
          setInfo(renamed)
          props.onSaved({ ...saved, name: renamed.name }, false)
        }}
        onNewKey={(changed) => props.onSaved(changed, true)}
        onForget={props.onForget}
      />
    </>
  )
}

/**
 * One assignment: its title, status, dates and counts, the code and link for students (to copy, or
 * to show to the class), and its actions: results, edit (in place), close now (while students may
 * still submit), delete.
 */
function AssignmentCard(props: {
  t: Strings
  f: Formats
  lang: Lang
  saved: SavedClass
  assignment: Assignment
  onResults: () => void
  onDelete: () => void
  onChanged: () => void
}) {
  const { t, f, assignment: a } = props
  const [editing, setEditing] = useState(false)
  const linkShown = useRef<HTMLAnchorElement>(null)
  const [error, setError] = useState<string | null>(null)
  const closeNow = async () => {
    if (!(await askToConfirm({ message: t.confirmCloseNow, confirm: t.closeNow, cancel: t.cancel }))) return
    try {
      // An opening time still ahead would come after the due time: it goes.
      const opensLater = a.opensAt !== null && Date.parse(a.opensAt) > Date.now()
      await api.updateAssignment(props.saved, a.assignmentId, { dueAt: new Date().toISOString(), ...(opensLater ? { opensAt: null } : {}) })
      props.onChanged()
    } catch (err) {
      setError(errorText(err, t, f.number))
    }
  }
  return (
    <li class="card" data-testid="assignment-card">
      {/* The title is the teacher's or the quiz's, in its own language whatever the page's. */}
      <h3 id={`assignment-title-${a.assignmentId}`} tabIndex={-1}>
        <bdi>{a.title}</bdi>
      </h3>
      <p class="muted">
        <span class={`status status-${a.status}`}>{t.status[a.status]}</span>
        {t.separator}
        {t.students(f.number(a.studentCount ?? 0))}
        {t.separator}
        {t.attempts(f.number(a.attemptCount ?? 0))}
      </p>
      {(a.opensAt || a.dueAt) && (
        <p class="muted">
          {a.opensAt && `${t.opens}: ${f.dateTime(a.opensAt)}`}
          {a.opensAt && a.dueAt && t.separator}
          {a.dueAt && `${t.due}: ${f.dateTime(a.dueAt)}`}
        </p>
      )}
      <dl>
        <dt>{t.code}</dt>
        <dd>
          <code>{a.code}</code>
        </dd>
        <dt>{t.studentLink}</dt>
        <dd>
          <a href={`/a/${encodeURIComponent(a.code)}`} target="_blank" rel="noopener" ref={linkShown}>
            <code>{a.link}</code>
          </a>
        </dd>
      </dl>
      <div class="row">
        <CopyButton t={t} text={a.link} label={t.copyStudentLink} shown={() => linkShown.current} />
        <ShowToClass t={t} f={f} assignment={a} />
      </div>
      {editing ? (
        <EditAssignmentForm
          t={t}
          f={f}
          lang={props.lang}
          saved={props.saved}
          assignment={a}
          onSaved={() => {
            setEditing(false)
            props.onChanged()
          }}
          onCancel={() => {
            setEditing(false)
            focusSoon(`edit-button-${a.assignmentId}`)
          }}
        />
      ) : (
        <div class="row">
          <button type="button" id={`results-button-${a.assignmentId}`} onClick={props.onResults}>
            {t.results}
          </button>
          <button type="button" class="secondary" id={`edit-button-${a.assignmentId}`} onClick={() => setEditing(true)}>
            {t.edit}
          </button>
          {a.status !== 'closed' && (
            <button type="button" class="secondary" onClick={() => void closeNow()}>
              {t.closeNow}
            </button>
          )}
          <button type="button" class="danger" onClick={props.onDelete}>
            {t.delete}
          </button>
        </div>
      )}
      <ErrorLine error={error} />
    </li>
  )
}
