import { askToConfirm } from '../teach/confirm-dialog.ts'
import { useEffect, useState } from 'preact/hooks'
import type { Lang } from '../core/quiz-schema.ts'
import { ApiError, studioApi, type SourceSummary } from './api.ts'
import { htmlToText } from '../core/draft/html.ts'
import { apiErrorText, workStatus, type Strings } from './i18n.ts'
import type { Session } from './session.ts'
import { SignIn } from './sign-in.tsx'
import { fromDraft, isDirty, type Workspace } from './workspace.ts'

/** The studio's first page: continue the draft, draft a new quiz from an article, or open a quiz. */
export function StartView(props: {
  t: Strings
  session: Session | null
  onSession: (s: Session | null) => void
  ws: Workspace | null
  onContinue: () => void
  onDiscard: () => void
  onStart: (ws: Workspace) => void
  onOpen: (id: string) => Promise<void>
}) {
  const { t, ws } = props
  return (
    <>
      {ws && (
        <section class="continue" aria-labelledby="continue-title">
          <h2 id="continue-title" tabIndex={-1}>
            {t.continueTitle}
          </h2>
          <p>
            <bdi>{ws.history.present.quiz.title[ws.history.present.quiz.lang] || ws.history.present.quiz.id}</bdi>
            {' · '}
            {workStatus(ws, t)}
          </p>
          <div class="row">
            <button type="button" onClick={props.onContinue}>
              {t.continueEditing}
            </button>
            <button type="button" class="danger" onClick={props.onDiscard}>
              {t.discardDraft}
            </button>
          </div>
        </section>
      )}
      <NewQuiz t={t} replacing={ws !== null && isDirty(ws)} onStart={props.onStart} />
      <section aria-labelledby="quizzes-title">
        <h2 id="quizzes-title" tabIndex={-1}>
          {t.yourQuizzes}
        </h2>
        {props.session ? (
          <QuizList t={t} session={props.session} onOpen={props.onOpen} />
        ) : (
          <>
            <p>{t.signInToList}</p>
            <SignIn t={t} onSession={props.onSession} focusAfter="quizzes-title" />
          </>
        )}
      </section>
    </>
  )
}

/** Roughly where the drafter's limit stands (it answers 413 above ~20,000 words). */
const WORD_LIMIT = 20_000

type ErrorField = 'new-article' | 'new-file' | 'new-url'

function NewQuiz({ t, replacing, onStart }: { t: Strings; replacing: boolean; onStart: (ws: Workspace) => void }) {
  const [text, setText] = useState('')
  const [title, setTitle] = useState('')
  const [sourceName, setSourceName] = useState('')
  const [url, setUrl] = useState('')
  const [lang, setLang] = useState<'auto' | Lang>('auto')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  /** The field the error is about (the article, the file picked or the source URL), which points to it. */
  const [errorAbout, setErrorAbout] = useState<ErrorField | null>(null)
  const fail = (message: string | null, about: ErrorField | null = null) => {
    setError(message)
    setErrorAbout(about)
  }
  const about = (field: ErrorField, describedBy?: string) =>
    errorAbout === field
      ? { 'aria-invalid': 'true' as const, 'aria-describedby': [describedBy, 'new-quiz-error'].filter(Boolean).join(' ') }
      : { 'aria-describedby': describedBy }
  const [dropping, setDropping] = useState(false)
  const [fileName, setFileName] = useState('')
  const words = text.trim() ? text.trim().split(/\s+/).length : 0

  // HTML (a rich paste, a dropped page or .html file) becomes text the way the drafter reads it.
  const takeHtml = (html: string): string | null => htmlToText(html) || null

  const readFile = async (file: File) => {
    fail(null)
    const name = file.name.toLowerCase()
    const isHtml = file.type === 'text/html' || name.endsWith('.html') || name.endsWith('.htm')
    if (!isHtml && !(file.type.startsWith('text/') || name.endsWith('.txt') || name.endsWith('.md'))) {
      fail(t.unsupportedFile, 'new-file')
      return
    }
    setFileName(file.name)
    const content = await file.text()
    const next = isHtml ? takeHtml(content) : content
    if (next) setText(next)
    else fail(t.emptyFile, 'new-file')
  }

  const submit = async (e: Event) => {
    e.preventDefault()
    if (!text.trim()) {
      fail(t.articleRequired, 'new-article')
      document.getElementById('new-article')?.focus()
      return
    }
    // A source URL readers would follow: http(s) only, as the quiz's schema has it. Said here, in the
    // studio's language (the browser's "Please enter a URL" speaks its own), before anything is drafted.
    if (url.trim() && !isWebUrl(url.trim())) {
      fail(t.sourceUrlInvalid, 'new-url')
      document.getElementById('new-url')?.focus()
      return
    }
    if (replacing && !(await askToConfirm({ message: t.replaceDraft, confirm: t.replaceDraftButton, cancel: t.cancel, danger: true }))) return
    setBusy(true)
    fail(null)
    try {
      const drafted = await studioApi.draft({ articleText: text, lang: lang === 'auto' ? undefined : lang, title: title.trim() || undefined })
      const quiz = { ...drafted.quiz }
      const ownTitle = title.trim()
      if (ownTitle) quiz.title = { ...quiz.title, [quiz.lang]: ownTitle }
      // The source readers see: as typed, else the site of its URL, else the drafter's "pasted text".
      const name = sourceName.trim() || siteOf(url.trim())
      quiz.source = { ...quiz.source, ...(name ? { name } : {}), ...(url.trim() ? { url: url.trim() } : {}) }
      onStart(fromDraft(quiz, drafted.notes ?? []))
    } catch (err) {
      const e = err instanceof ApiError ? err : null
      const code = e?.code === 'payload-too-large' ? 'article-too-long' : e?.code
      // A refusal of the article (too long, nothing to ask) is about the article; a network error is not.
      const refused = code && code in t.draftRefused ? t.draftRefused[code as keyof Strings['draftRefused']] : e?.status === 422 ? t.draftFailed : null
      fail(refused ?? apiErrorText(e, t), refused ? 'new-article' : null)
      // The button was disabled while drafting, which dropped focus to the page: back to the article
      // when it was refused (the message describes it), else to the button to try again.
      if (!document.activeElement || document.activeElement === document.body)
        setTimeout(() => document.getElementById(refused ? 'new-article' : 'new-quiz-submit')?.focus())
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="new-title">
      <h2 id="new-title" tabIndex={-1}>
        {t.newQuiz}
      </h2>
      <form class="new-quiz" onSubmit={submit} aria-busy={busy} noValidate>
        <div class={'field drop' + (dropping ? ' dropping' : '')}>
          <label for="new-article">{t.articleToDraft}</label>
          <textarea
            id="new-article"
            rows={12}
            dir="auto"
            value={text}
            {...about('new-article', 'new-article-hint new-article-count')}
            onInput={(e) => setText(e.currentTarget.value)}
            onPaste={(e) => {
              const html = e.clipboardData?.getData('text/html')
              const converted = html ? takeHtml(html) : null
              if (!converted) return
              e.preventDefault()
              const el = e.currentTarget
              const next = el.value.slice(0, el.selectionStart) + converted + el.value.slice(el.selectionEnd)
              setText(next)
            }}
            onDragOver={(e) => {
              e.preventDefault()
              setDropping(true)
            }}
            onDragLeave={() => setDropping(false)}
            onDrop={(e) => {
              e.preventDefault()
              setDropping(false)
              const file = e.dataTransfer?.files[0]
              if (file) return void readFile(file)
              const html = e.dataTransfer?.getData('text/html')
              const dropped = (html && takeHtml(html)) || e.dataTransfer?.getData('text/plain')
              if (dropped) setText(dropped)
            }}
          />
          <p class="hint" id="new-article-hint">
            {t.articleHint}
          </p>
          <p class={'hint' + (words > WORD_LIMIT ? ' warn-text' : '')} id="new-article-count" aria-live="polite">
            {t.wordCount(words)}
            {words > WORD_LIMIT && ` — ${t.articleTooLong}`}
          </p>
        </div>
        <div class="grid">
          <div class="field">
            <label for="new-file">{t.openFile}</label>
            {/* The browser's own file button speaks the browser's language: this one speaks the studio's. */}
            <div class="file-pick">
              <input
                id="new-file"
                class="file-input"
                type="file"
                accept=".txt,.md,.html,.htm,text/plain,text/html"
                {...about('new-file', 'new-file-name')}
                onChange={(e) => {
                  const file = e.currentTarget.files?.[0]
                  if (file) void readFile(file)
                }}
              />
              <span class="button secondary" aria-hidden="true" onClick={() => document.getElementById('new-file')?.click()}>
                {t.chooseFile}
              </span>
              <bdi class="muted" id="new-file-name">
                {fileName || t.noFileChosen}
              </bdi>
            </div>
          </div>
          <div class="field">
            <label for="new-title-input">{t.titleOptional}</label>
            <input id="new-title-input" dir="auto" maxLength={2000} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="new-source">{t.sourceNameOptional}</label>
            <input id="new-source" dir="auto" maxLength={200} value={sourceName} onInput={(e) => setSourceName(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="new-url">{t.sourceUrlOptional}</label>
            <input id="new-url" type="url" dir="ltr" placeholder="https://" value={url} {...about('new-url')} onInput={(e) => setUrl(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="new-lang">{t.articleLanguage}</label>
            <select id="new-lang" value={lang} onChange={(e) => setLang(e.currentTarget.value as 'auto' | Lang)}>
              <option value="auto">{t.detectLanguage}</option>
              <option value="ar">{t.langName.ar}</option>
              <option value="en">{t.langName.en}</option>
            </select>
          </div>
        </div>
        <div class="row">
          <button type="submit" id="new-quiz-submit" disabled={busy}>
            {busy ? t.drafting : t.draftQuestions}
          </button>
        </div>
        {error && (
          <p class="error" role="alert" id="new-quiz-error">
            {error}
          </p>
        )}
      </form>
    </section>
  )
}

function QuizList({ t, session, onOpen }: { t: Strings; session: Session; onOpen: (id: string) => Promise<void> }) {
  const [list, setList] = useState<SourceSummary[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [opening, setOpening] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    setList(null)
    setError(null)
    studioApi.sources(session).then(
      (data) => live && setList(data.quizzes),
      (err) =>
        live &&
        setError(
          err instanceof ApiError && err.status === 401
            ? session.role === 'editor'
              ? t.tokenRejected
              : t.keyRejected
            : apiErrorText(err instanceof ApiError ? err : null, t),
        ),
    )
    return () => {
      live = false
    }
  }, [session])

  if (error) {
    return (
      <p class="error" role="alert">
        {error}
      </p>
    )
  }
  if (!list) return <p class="muted">{t.loading}</p>
  if (list.length === 0) return <p class="muted">{session.role === 'teacher' ? t.noClassQuizzes : t.noQuizzes}</p>
  return (
    <div class="table-wrap">
      <table class="quiz-list">
        <caption class="sr-only">{t.yourQuizzes}</caption>
        <thead>
          <tr>
            <th scope="col">{t.title}</th>
            <th scope="col">{t.visibility}</th>
            <th scope="col">{t.questionsColumn}</th>
            <th scope="col">{t.versionColumn}</th>
            <th scope="col">
              <span class="sr-only">{t.open}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.map((q) => {
            const title = q.title || q.id
            return (
              <tr key={q.id}>
                <td>
                  <bdi lang={q.lang}>{title}</bdi>
                  <div class="muted" dir="ltr">
                    {q.id}
                  </div>
                  {q.stale.length > 0 && <span class="badge stale">{t.staleCount(q.stale.length)}</span>}
                  {q.readOnly && <span class="badge">{t.fileQuiz}</span>}
                </td>
                <td data-label={t.visibility}>{t.visibilityName[q.visibility]}</td>
                <td class="num" data-label={t.questionsColumn}>
                  {t.number(q.questionCount)}
                </td>
                <td class="num" data-label={t.versionColumn}>
                  {t.number(q.version)}
                </td>
                <td>
                  <button
                    type="button"
                    class="secondary"
                    // aria-disabled, not disabled, while one opens: the button keeps focus while
                    // the page asks whether to replace a draft, and gets it back on Cancel.
                    aria-disabled={opening !== null}
                    aria-label={t.openQuiz(title)}
                    onClick={async () => {
                      if (opening !== null) return
                      setOpening(q.id)
                      try {
                        await onOpen(q.id)
                      } catch (err) {
                        setError(err instanceof ApiError && err.status === 404 ? t.notYours : apiErrorText(err instanceof ApiError ? err : null, t))
                      } finally {
                        setOpening(null)
                      }
                    }}
                  >
                    {opening === q.id ? t.loading : t.open}
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

/** Whether `text` is a web page's address, as a quiz's `source.url` must be (http or https, with a host). */
export function isWebUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false
  try {
    const url = new URL(text)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

/** The site of a source URL, as readers know it (`www.aljazeera.net` → `aljazeera.net`); '' when it is no URL. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return ''
  }
}
