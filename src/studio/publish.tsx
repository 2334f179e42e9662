import { useEffect, useState } from 'preact/hooks'
import { MAX_ATTEMPTS, MIN_ATTEMPTS, parseAttempts, REVEAL_POLICIES, type RevealPolicy, type TeacherAssignment } from '../core/assignment.ts'
import { VISIBILITIES, type Lang } from '../core/quiz-schema.ts'
import { DateTimeField } from '../teach/date-time-field.tsx'
import { STRINGS as TEACH_STRINGS } from '../teach/i18n.ts'
import { ApiError, studioApi, type Precondition, type QuizSource, type SavedQuiz } from './api.ts'
import { changesBetween, type Change } from './changes.ts'
import { isPastedSource, type Content } from './draft.ts'
import { useStudio } from './context.ts'
import { TextField } from './fields.tsx'
import { apiErrorText, changeText, issueText, workStatus, type Strings } from './i18n.ts'
import { fieldId, liveIssues } from './issues.ts'
import { classScopedId } from './quiz-id.ts'
import { SignIn } from './sign-in.tsx'
import { assignmentSnippets, quizSnippets, type Snippet } from './snippets.ts'
import type { Session, TeacherSession } from './session.ts'
import { editorBody, fromSource, preconditionOf, type Workspace, type WorkspaceAction } from './workspace.ts'

/**
 * Publishing: an editor saves the quiz as public or classroom (`POST /v1/quizzes`, or `PUT` with
 * `If-Match` the ETag of the version edited, so a save over someone else's is refused and shown,
 * the editor's changes kept until they choose to save them over it or open it); a teacher saves it as
 * a classroom quiz of their class and may assign it at once. Then the embed snippets, or the
 * assignment's code and link.
 */

type Done = { saved: SavedQuiz; assignment?: TeacherAssignment; assignError?: string }
/** A save refused because someone saved since: their version, what they changed and what the editor changed, each since the version loaded. */
type Conflict = { theirs: QuizSource; theirChanges: Change[]; mine: Change[] }
/** Their version opened over the editor's changes: which version, the content it replaced (for Undo) and what that had changed. */
type Loaded = { version: number; mine: Content; changes: Change[] }

export function Publish(props: { ws: Workspace; dispatch: (a: WorkspaceAction) => void; session: Session | null; onSession: (s: Session | null) => void }) {
  const { ws, dispatch, session } = props
  const { content, t, say, issues, goTo, edit, lang } = useStudio()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [conflict, setConflict] = useState<Conflict | null>(null)
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  /** The error says the due date is missing: its lists point to it until one is chosen. */
  const [dueMissing, setDueMissing] = useState(false)
  /**
   * A publish was tried: from then on a value of the attempts field that is no whole number from 1 to
   * 20 is said under it (not as soon as the field is left: the message would push the Publish button
   * down under the pointer pressing it, and the click would be lost).
   */
  const [attemptsChecked, setAttemptsChecked] = useState(false)
  const [done, setDone] = useState<Done | null>(null)
  // A new quiz is assigned at once unless the teacher says otherwise; a new version of one is not.
  const [assignNow, setAssignNow] = useState(!ws.saved || ws.saved.readOnly)
  const [assignment, setAssignment] = useState<AssignmentForm>(blankAssignment())
  // Where focus goes once a save is over: the button that was pressed is disabled while it runs,
  // so its outcome (the result, the conflict or the error) takes focus instead of the page.
  const [focusOutcome, setFocusOutcome] = useState<string | null>(null)
  useEffect(() => {
    if (!focusOutcome) return
    document.getElementById(focusOutcome)?.focus()
    setFocusOutcome(null)
  }, [focusOutcome])
  const saved = ws.saved
  // A file quiz (questions/) is read-only: it is saved under another id, as a new quiz.
  const creating = !saved || saved.readOnly
  const teacher = session?.role === 'teacher' ? session : null
  const problemCount = [...issues.values()].reduce((n, list) => n + list.length, 0)
  const title = content.quiz.title[content.quiz.lang] ?? content.quiz.id

  // Takes the editor to the first problem (its field, opened and focused).
  const goToFirstProblem = () => {
    const first = liveIssues(content)[0]
    if (first) goTo(first.field)
  }

  /** `over`: the version to save over (the conflict's "save mine over theirs"); else the one edited. */
  const publish = async (over?: Precondition) => {
    if (!session) return
    if (problemCount > 0) {
      setError(t.fixFirst(problemCount))
      say(t.fixFirst(problemCount))
      goToFirstProblem()
      return
    }
    // The attempts allowed: 0, nothing, -1 or 1.5 is said under the field, never taken for 1, and nothing is saved.
    if (teacher && assignNow && parseAttempts(assignment.maxAttempts) === null) {
      refuseAttempts()
      return
    }
    // "After the due date" needs a date: asked for here, before the quiz is saved and the assignment refused.
    if (teacher && assignNow && assignment.reveal === 'after-due' && !assignment.dueAt) {
      const message = TEACH_STRINGS[lang].dateRequired
      setError(message)
      setDueMissing(true)
      say(message)
      document.querySelector<HTMLElement>('#asg-due select')?.focus()
      return
    }
    setBusy(true)
    setError(null)
    setDueMissing(false)
    setConflict(null)
    setLoaded(null)
    setDone(null)
    // A teacher's drafted id is made the class's own, so another class can publish the same article.
    const id = teacher && !saved && content.quiz.id === ws.draftId ? await classScopedId(content.quiz.id, teacher.classId) : content.quiz.id
    const quiz = teacher ? { ...content.quiz, id, visibility: 'classroom' as const } : content.quiz
    const body = editorBody({ ...content, quiz })
    try {
      const result = creating ? await studioApi.create(session, body) : await studioApi.update(session, saved!.id, body, over ?? preconditionOf(saved!))
      if (teacher && id !== content.quiz.id) edit({ kind: 'set', path: ['id'], value: id })
      if (teacher && content.quiz.visibility !== 'classroom') edit({ kind: 'set', path: ['visibility'], value: 'classroom' })
      dispatch({ type: 'saved', saved: result, content: { ...content, quiz } })
      let next: Done = { saved: result }
      if (teacher && assignNow) {
        next = await assign(teacher, result, next)
        if (next.assignment) setAssignNow(false)
      }
      setDone(next)
      setFocusOutcome('publish-result')
      say(result.changed ? t.publishedVersion(result.version) : t.nothingChanged(result.version))
    } catch (err) {
      await failed(err, id)
    } finally {
      setBusy(false)
    }
  }

  /** The attempts allowed are not a whole number from 1 to 20: said under the field, which takes focus. */
  const refuseAttempts = () => {
    setAttemptsChecked(true)
    say(t.attemptsInvalid(MIN_ATTEMPTS, MAX_ATTEMPTS))
    document.getElementById('asg-attempts')?.focus()
  }

  const assign = async (teacherSession: TeacherSession, result: SavedQuiz, current: Done): Promise<Done> => {
    const maxAttempts = parseAttempts(assignment.maxAttempts)
    if (maxAttempts === null) {
      refuseAttempts()
      return current
    }
    try {
      const created = await studioApi.assign(teacherSession, {
        quizId: result.id,
        title: assignment.title.trim() || title,
        dueAt: assignment.dueAt ? new Date(assignment.dueAt).toISOString() : undefined,
        maxAttempts,
        revealAnswers: assignment.reveal,
        shuffle: assignment.shuffle,
      })
      say(t.assigned(created.code))
      return { ...current, assignment: created, assignError: undefined }
    } catch (err) {
      return { ...current, assignError: apiErrorText(err instanceof ApiError ? err : null, t) }
    }
  }

  const failed = async (err: unknown, id: string) => {
    const e = err instanceof ApiError ? err : null
    // A taken id may be the publisher's own quiz (other content under the same id): say so.
    const yours =
      e?.code === 'quiz-exists' && session
        ? await studioApi.source(session, id).then(
            (source) => !source.readOnly,
            () => false,
          )
        : false
    // Someone saved since this version was loaded: 412 to If-Match, 409 to a version in the body.
    if ((e?.code === 'precondition-failed' || e?.code === 'version-conflict') && session && saved) {
      try {
        const theirs = await studioApi.source(session, saved.id)
        const base = ws.base ?? content
        const theirsContent = fromSource(theirs).history.present
        setConflict({ theirs, theirChanges: changesBetween(base, theirsContent), mine: changesBetween(base, content) })
        setError(t.conflict(theirs.version))
        setFocusOutcome('publish-conflict')
        say(t.conflict(theirs.version))
        return
      } catch (again) {
        err = again
      }
    }
    const message =
      e?.code === 'quiz-exists'
        ? yours
          ? t.idYours(id)
          : t.idTaken(id)
        : e?.code === 'quiz-invalid' && Array.isArray(e.problem?.issues)
          ? t.serverRejected((e.problem!.issues as { check: string; path: string; message: string }[]).map((i) => issueText(i, t)).join(' · '))
          : e?.status === 401
            ? session?.role === 'teacher'
              ? t.keyRejected
              : t.tokenRejected
            : e?.status === 404
              ? t.notYours
              : e?.code === 'rate-limited'
                ? t.savesLimited(e.retryAfter ? Math.ceil(e.retryAfter / 60) : null, session?.role === 'teacher')
                : apiErrorText(e, t)
    setError(message)
    say(message)
    if (e?.code === 'quiz-exists') document.getElementById(fieldId('id'))?.focus()
    else setFocusOutcome('publish-error')
  }

  return (
    <section class="publish" id="publish" aria-labelledby="publish-title" tabIndex={-1}>
      <h2 id="publish-title" tabIndex={-1}>
        {t.publish}
      </h2>
      {!session ? (
        <>
          <p>{t.signInToPublish}</p>
          <SignIn t={t} onSession={props.onSession} idPrefix="publish-signin" focusAfter="publish-title" />
        </>
      ) : (
        <>
          <p class="muted">{teacher ? t.publishAsTeacher(teacher.className || teacher.classId) : t.publishAsEditor}</p>
          {saved && !saved.readOnly ? (
            <p>
              {t.quizIdIs} <code>{saved.id}</code> · {workStatus(ws, t)}
            </p>
          ) : (
            <>
              {saved?.readOnly && <p class="notice">{t.readOnlyQuiz(saved.id)}</p>}
              <TextField path={['id']} label={t.quizId} hint={t.quizIdHint} maxLength={80} lang="en" />
            </>
          )}
          {teacher ? (
            <AssignmentFields
              t={t}
              assignNow={assignNow}
              setAssignNow={setAssignNow}
              form={assignment}
              setForm={setAssignment}
              attemptsChecked={attemptsChecked}
              dueProblem={dueMissing && error && !assignment.dueAt ? 'publish-error' : undefined}
            />
          ) : (
            <fieldset class="inline-group">
              <legend>{t.visibility}</legend>
              {VISIBILITIES.map((v) => (
                <label class="inline" key={v}>
                  <input
                    type="radio"
                    name="visibility"
                    checked={content.quiz.visibility === v}
                    onChange={() => edit({ kind: 'set', path: ['visibility'], value: v })}
                  />
                  {t.visibilityName[v]}
                </label>
              ))}
              <p class="hint">{t.visibilityHint[content.quiz.visibility]}</p>
            </fieldset>
          )}
          {isPastedSource(content.quiz.source.name) && (
            <p class="notice" data-testid="placeholder-source">
              {t.placeholderSource(content.quiz.source.name)}{' '}
              <button type="button" class="link" onClick={() => goTo('source.name')}>
                {t.sourceName}
              </button>
            </p>
          )}
          <div class="row">
            <button type="button" id="publish-button" disabled={busy} onClick={() => void publish()}>
              {busy ? t.publishing : creating ? (teacher && assignNow ? t.publishAndAssign : t.publishNew) : t.saveNewVersion}
            </button>
            {problemCount > 0 && (
              <span class="warn-text" id="publish-problems">
                {t.fixFirst(problemCount)}{' '}
                <button type="button" class="link" id="publish-first-problem" onClick={goToFirstProblem}>
                  {t.goToFirstProblem}
                </button>
              </span>
            )}
          </div>
        </>
      )}
      {error && (
        <p class="error" role="alert" id="publish-error" tabIndex={-1}>
          {error}
        </p>
      )}
      {conflict && (
        <div class="conflict">
          <h3 id="publish-conflict" tabIndex={-1}>
            {t.theirChanges(conflict.theirs.version)}
          </h3>
          <ChangeList t={t} changes={conflict.theirChanges} />
          <h3>{t.yourChanges}</h3>
          <ChangeList t={t} changes={conflict.mine} />
          <div class="row">
            <button type="button" class="danger" disabled={busy} onClick={() => void publish(preconditionOf(conflict.theirs))}>
              {t.overwrite(conflict.theirs.version)}
            </button>
            <button
              type="button"
              class="secondary"
              aria-describedby="publish-load-hint"
              onClick={() => {
                // Their version in the editor; the editor's own changes are one Undo away, and listed.
                dispatch({ type: 'load-latest', source: conflict.theirs })
                setConflict(null)
                setError(null)
                setLoaded({ version: conflict.theirs.version, mine: content, changes: conflict.mine })
                setFocusOutcome('publish-loaded')
                say(t.loadedTheirs(conflict.theirs.version))
              }}
            >
              {t.loadTheirs(conflict.theirs.version)}
            </button>
          </div>
          <p class="hint" id="publish-load-hint">
            {t.loadTheirsHint}
          </p>
        </div>
      )}
      {loaded && (
        <div class="notice loaded" data-testid="loaded-latest">
          <p id="publish-loaded" tabIndex={-1}>
            {t.loadedTheirs(loaded.version)}
          </p>
          <ChangeList t={t} changes={loaded.changes} />
          {/* While the load is the last step, one button takes it back (as Undo does). */}
          {ws.history.future.length === 0 && ws.history.past[ws.history.past.length - 1] === loaded.mine && (
            <button
              type="button"
              class="secondary small"
              onClick={() => {
                dispatch({ type: 'undo' })
                setLoaded(null)
                say(t.undone)
              }}
            >
              {t.bringMineBack}
            </button>
          )}
        </div>
      )}
      {done && (
        <div class="done" role="status">
          <h3 id="publish-result" tabIndex={-1}>
            {done.saved.changed ? t.publishedVersion(done.saved.version) : t.nothingChanged(done.saved.version)}
          </h3>
          {done.saved.stale.length > 0 && <p class="notice">{t.staleAfterSave(done.saved.stale.length)}</p>}
          {done.assignment && <AssignmentResult t={t} a={done.assignment} lang={content.quiz.lang} />}
          {done.assignError && <p class="error">{t.assignFailed(done.assignError)}</p>}
          {teacher && !done.assignment && (
            <button type="button" class="secondary" onClick={async () => setDone(await assign(teacher, done.saved, done))}>
              {t.assignNowButton}
            </button>
          )}
          {done.saved.visibility === 'public' ? (
            <Snippets t={t} snippets={quizSnippets(location.origin, done.saved.id, content.quiz.lang, title)} />
          ) : (
            !done.assignment && <p class="hint">{t.classroomEmbedHint(done.saved.id)}</p>
          )}
        </div>
      )}
    </section>
  )
}

/** Changes between two versions, in the editor's words; "no difference" when there are none. */
function ChangeList({ t, changes }: { t: Strings; changes: Change[] }) {
  const { content } = useStudio()
  if (changes.length === 0) return <p>{t.noVisibleChanges}</p>
  return (
    <ul>
      {changes.map((c, i) => (
        <li key={i}>{changeText(c, t, content.quiz.lang)}</li>
      ))}
    </ul>
  )
}

/** `maxAttempts` as the field holds it: checked ({@link parseAttempts}) when the quiz is published, not before. */
type AssignmentForm = { title: string; dueAt: string; maxAttempts: string; reveal: RevealPolicy; shuffle: boolean }

const blankAssignment = (): AssignmentForm => ({ title: '', dueAt: '', maxAttempts: '1', reveal: 'after-submit', shuffle: false })

function AssignmentFields(props: {
  t: Strings
  assignNow: boolean
  setAssignNow: (v: boolean) => void
  form: AssignmentForm
  setForm: (f: AssignmentForm) => void
  /** The id of the error about a missing due date, while it is shown. */
  dueProblem?: string
  /** Whether a wrong number of attempts is said yet (once a publish was tried). */
  attemptsChecked: boolean
}) {
  const { t, form, setForm } = props
  const { lang } = useStudio()
  const tt = TEACH_STRINGS[lang]
  const set = <K extends keyof AssignmentForm>(key: K, value: AssignmentForm[K]) => setForm({ ...form, [key]: value })
  const attemptsWrong = props.attemptsChecked && parseAttempts(form.maxAttempts) === null
  return (
    <fieldset class="assign">
      <legend>{t.classroomQuiz}</legend>
      <p class="hint">{t.teacherVisibilityHint}</p>
      <label class="inline">
        <input type="checkbox" id="assign-now" checked={props.assignNow} onChange={(e) => props.setAssignNow(e.currentTarget.checked)} />
        {t.assignNow}
      </label>
      {props.assignNow && (
        <div class="grid">
          <div class="field">
            <label for="asg-title">{tt.assignmentTitle}</label>
            <input id="asg-title" value={form.title} maxLength={200} onInput={(e) => set('title', e.currentTarget.value)} aria-describedby="asg-title-hint" />
            <p class="hint" id="asg-title-hint">
              {t.assignmentTitleHint}
            </p>
          </div>
          <DateTimeField
            t={tt}
            lang={lang}
            id="asg-due"
            label={tt.dueAt}
            value={form.dueAt}
            required={form.reveal === 'after-due'}
            problemId={props.dueProblem}
            onChange={(v) => set('dueAt', v)}
          />
          <div class="field">
            <label for="asg-attempts">{tt.maxAttempts}</label>
            <input
              id="asg-attempts"
              type="number"
              min={MIN_ATTEMPTS}
              max={MAX_ATTEMPTS}
              step={1}
              required
              value={form.maxAttempts}
              aria-invalid={attemptsWrong ? 'true' : undefined}
              aria-describedby={attemptsWrong ? 'asg-attempts-error' : undefined}
              // A number input's value is '' while what is typed is no number ("-", "1e"): refused as empty.
              onInput={(e) => set('maxAttempts', e.currentTarget.value)}
            />
            {attemptsWrong && (
              <p class="issues" id="asg-attempts-error">
                {t.attemptsInvalid(MIN_ATTEMPTS, MAX_ATTEMPTS)}
              </p>
            )}
          </div>
          <div class="field">
            <label for="asg-reveal">{tt.reveal}</label>
            <select id="asg-reveal" value={form.reveal} onChange={(e) => set('reveal', e.currentTarget.value as RevealPolicy)}>
              {REVEAL_POLICIES.map((r) => (
                <option key={r} value={r}>
                  {tt[r]}
                </option>
              ))}
            </select>
          </div>
          <label class="inline">
            <input type="checkbox" checked={form.shuffle} onChange={(e) => set('shuffle', e.currentTarget.checked)} />
            {tt.shuffle}
          </label>
        </div>
      )}
    </fieldset>
  )
}

function AssignmentResult({ t, a, lang }: { t: Strings; a: TeacherAssignment; lang: Lang }) {
  const link = new URL(`/a/${encodeURIComponent(a.code)}`, location.origin).href
  return (
    <div class="assignment">
      <p>
        {t.assignmentCode}{' '}
        <code class="code" data-testid="assignment-code">
          {a.code}
        </code>
      </p>
      <p>
        {t.assignmentLink}{' '}
        <a href={link} target="_blank" rel="noopener" dir="ltr">
          {link}
        </a>
      </p>
      <p class="hint">
        {/* A path reads left to right: in an Arabic sentence it would otherwise show as «teach/». */}
        {t.resultsOnTeach}{' '}
        <a href="/teach" dir="ltr">
          /teach
        </a>
      </p>
      <Snippets t={t} snippets={assignmentSnippets(location.origin, a.code, lang).filter((s) => s.kind !== 'assignment-link')} />
    </div>
  )
}

/** Snippets to copy, each with its own copy button. */
export function Snippets({ t, snippets }: { t: Strings; snippets: Snippet[] }) {
  const { say } = useStudio()
  const [copied, setCopied] = useState<string | null>(null)
  return (
    <div class="snippets">
      <h4>{t.embedTitle}</h4>
      {snippets.map((s) => {
        const id = `snippet-${s.kind}`
        return (
          <div class="snippet" key={s.kind}>
            <p class="snippet-name" id={`${id}-name`}>
              {t.snippetName[s.kind]}
            </p>
            <pre id={id} tabIndex={0} aria-labelledby={`${id}-name`} dir="ltr">
              <code>{s.code}</code>
            </pre>
            <button
              type="button"
              class="secondary small"
              aria-describedby={`${id}-name`}
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(s.code)
                  setCopied(s.kind)
                  say(t.copiedName(t.snippetName[s.kind]))
                } catch {
                  // No clipboard (an insecure context): select the text for Ctrl+C.
                  const range = document.createRange()
                  range.selectNodeContents(document.getElementById(id)!)
                  document.getSelection()?.removeAllRanges()
                  document.getSelection()?.addRange(range)
                  say(t.selectedToCopy)
                }
              }}
            >
              {copied === s.kind ? t.copied : t.copy}
            </button>
          </div>
        )
      })}
    </div>
  )
}
