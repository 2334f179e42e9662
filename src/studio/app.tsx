import { askToConfirm } from '../teach/confirm-dialog.ts'
import { useEffect, useRef, useState } from 'preact/hooks'
import type { Lang } from '../core/quiz-schema.ts'
import { saveLang } from '../teach/store.ts'
import { SkipLink } from '../teach/skip-link.tsx'
import { studioApi } from './api.ts'
import { EditView } from './editor.tsx'
import { STRINGS } from './i18n.ts'
import { clearSession, loadSession, type Session } from './session.ts'
import { StartView } from './start.tsx'
import { fromSource, isDirty, restoreWorkspace, storeWorkspace, workspaceReducer, type Workspace, type WorkspaceAction } from './workspace.ts'

/**
 * The quiz studio (/studio): turn an article into a quiz you trust. One working draft at a time,
 * kept in localStorage as it changes; leaving the page with unsaved work asks first.
 */
export function App(props: { initialLang: Lang }) {
  const [lang, setLang] = useState<Lang>(props.initialLang)
  const [session, setSession] = useState<Session | null>(loadSession)
  const [ws, setWs] = useState<Workspace | null>(restoreWorkspace)
  const [view, setView] = useState<'start' | 'edit'>(() => (ws ? 'edit' : 'start'))
  const [announcement, setAnnouncement] = useState('')
  // The heading to focus once the view it heads is shown: an action that swaps the view (draft,
  // open, continue, back to the list, discard) takes away the button that had focus.
  const [focusHeading, setFocusHeading] = useState<string | null>(null)
  const t = STRINGS[lang]
  const latest = useRef(ws)
  latest.current = ws

  useEffect(() => {
    if (!focusHeading) return
    document.getElementById(focusHeading)?.focus({ preventScroll: true })
    setFocusHeading(null)
  }, [focusHeading, view, ws])

  useEffect(() => {
    document.documentElement.lang = lang
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr'
    document.title = t.pageTitle
    saveLang(lang)
  }, [lang])

  // Kept shortly after each change, and at once when the page goes away. Only a discard removes
  // it: a page without a draft (another tab) never wipes the one stored.
  useEffect(() => {
    if (!ws) return
    const timer = setTimeout(() => storeWorkspace(ws), 150)
    return () => clearTimeout(timer)
  }, [ws])
  useEffect(() => {
    const flush = () => latest.current && storeWorkspace(latest.current)
    const ask = (e: BeforeUnloadEvent) => {
      flush()
      if (latest.current && isDirty(latest.current)) {
        e.preventDefault()
        e.returnValue = ''
      }
    }
    addEventListener('pagehide', flush)
    addEventListener('beforeunload', ask)
    return () => {
      removeEventListener('pagehide', flush)
      removeEventListener('beforeunload', ask)
    }
  }, [])

  const say = (text: string) => {
    // Cleared first, so the same message twice is announced twice.
    setAnnouncement('')
    setTimeout(() => setAnnouncement(text), 50)
  }
  const dispatch = (action: WorkspaceAction) => setWs((current) => (current ? workspaceReducer(current, action) : current))
  const start = (next: Workspace) => {
    setWs(next)
    storeWorkspace(next)
    setView('edit')
    window.scrollTo(0, 0)
    setFocusHeading(EDITOR_HEADING)
    say(t.draftReady(next.history.present.quiz.questions.length))
  }
  const signOut = () => {
    clearSession()
    setSession(null)
    say(t.signedOut)
  }

  return (
    <>
      <nav class="skip-links" aria-label={t.skipLinks}>
        <SkipLink to={CONTENT}>{t.skipToContent}</SkipLink>
        {view === 'edit' && ws && <SkipLink to={QUESTIONS_HEADING}>{t.skipToQuestions}</SkipLink>}
      </nav>
      <header class="top">
        <h1>{t.pageTitle}</h1>
        <div class="row">
          {session && (
            <>
              <span class="who">{session.role === 'editor' ? t.signedInEditor : t.signedInTeacher(session.className || session.classId)}</span>
              <button type="button" class="secondary small" onClick={signOut}>
                {t.signOut}
              </button>
            </>
          )}
          <button type="button" class="secondary small" lang={lang === 'ar' ? 'en' : 'ar'} onClick={() => setLang(lang === 'ar' ? 'en' : 'ar')}>
            {t.switchTo}
          </button>
        </div>
      </header>
      <p class="sr-only" role="status" aria-live="polite" data-testid="announcer">
        {announcement}
      </p>
      <div id={CONTENT} tabIndex={-1} class="content">
        {view === 'edit' && ws ? (
          <EditView
            ws={ws}
            dispatch={dispatch}
            session={session}
            onSession={(s) => {
              setSession(s)
              if (s) say(s.role === 'editor' ? t.signedInEditor : t.signedInTeacher(s.className || s.classId))
            }}
            t={t}
            lang={lang}
            say={say}
            onClose={() => {
              setView('start')
              window.scrollTo(0, 0)
              setFocusHeading(CONTINUE_HEADING)
            }}
          />
        ) : (
          <StartView
            t={t}
            session={session}
            onSession={(s) => {
              setSession(s)
              if (s) say(s.role === 'editor' ? t.signedInEditor : t.signedInTeacher(s.className || s.classId))
            }}
            ws={ws}
            onContinue={() => {
              setView('edit')
              setFocusHeading(EDITOR_HEADING)
            }}
            onDiscard={async () => {
              if (ws && isDirty(ws) && !(await askToConfirm({ message: t.confirmDiscard, confirm: t.discardDraft, cancel: t.cancel, danger: true }))) return
              setWs(null)
              storeWorkspace(null)
              setFocusHeading(NEW_QUIZ_HEADING)
              say(t.discarded)
            }}
            onStart={start}
            onOpen={async (id) => {
              if (!session) return
              if (ws && isDirty(ws) && !(await askToConfirm({ message: t.replaceDraft, confirm: t.replaceDraftButton, cancel: t.cancel, danger: true }))) return
              const source = await studioApi.source(session, id)
              start(fromSource(source))
            }}
          />
        )}
      </div>
    </>
  )
}

/** The headings focus lands on when the view changes (ids in editor.tsx and start.tsx). */
const EDITOR_HEADING = 'editor-title'
const CONTINUE_HEADING = 'continue-title'
const NEW_QUIZ_HEADING = 'new-title'
/** Where the skip links lead: what follows the header, and the questions' heading (editor.tsx). */
const CONTENT = 'studio-content'
const QUESTIONS_HEADING = 'questions-title'
