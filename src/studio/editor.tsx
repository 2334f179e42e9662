import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { parseArticle } from '../core/article.ts'
import { LANGS, type Lang } from '../core/quiz-schema.ts'
import { ArticlePane } from './article-pane.tsx'
import { StudioContext, useStudio, type Studio } from './context.ts'
import { missingTexts, questionAbout, textLangs, type Content, type Edit } from './draft.ts'
import { articleSentences } from './evidence.ts'
import { Issues, LocalizedFields, TextField } from './fields.tsx'
import { canRedo, canUndo } from './history.ts'
import { fieldNames, issueText, noteText, workStatus, type Strings } from './i18n.ts'
import { byField, detailsNeedWork, fieldId, isDetailsField, liveIssues, questionOf } from './issues.ts'
import { Preview } from './preview.tsx'
import { Publish } from './publish.tsx'
import { QuestionCard } from './question-card.tsx'
import type { Session } from './session.ts'
import type { Workspace, WorkspaceAction } from './workspace.ts'

export type EditViewProps = {
  ws: Workspace
  dispatch: (action: WorkspaceAction) => void
  session: Session | null
  onSession: (session: Session | null) => void
  t: Strings
  lang: Lang
  say: (text: string) => void
  onClose: () => void
}

/** The editor: the article beside the questions, with the quiz's details, preview and publishing. */
export function EditView(props: EditViewProps) {
  const { ws, dispatch, t, say } = props
  const content = ws.history.present
  const article = useMemo(() => parseArticle(content.articleText), [content.articleText])
  const issueList = useMemo(() => liveIssues(content), [content])
  const issues = useMemo(() => byField(issueList), [issueList])
  const [active, setActive] = useState<number | null>(null)
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set())
  const [focusId, setFocusId] = useState<string | null>(null)
  const [backTo, setBackTo] = useState<number | null>(null)
  // The question deleted last, offered back until the next change (the undo would take that instead).
  const [removed, setRemoved] = useState<{ index: number; prompt: string; before: Content } | null>(null)
  const removalIsLast = removed !== null && ws.history.future.length === 0 && ws.history.past[ws.history.past.length - 1] === removed.before
  // On a phone the article is folded under the questions' way; "show in the article" unfolds it.
  const wide = useMedia(WIDE)
  const [articleOpen, setArticleOpen] = useState(wide)
  const [translating, setTranslating] = useState(false)
  // The quiz's details start folded, out of the questions' way, unless something there needs fixing
  // (a problem, or the drafter's stand-in for the source of a pasted article).
  const [detailsOpen, setDetailsOpen] = useState(() => detailsNeedWork(content.quiz, issues))
  const questions = content.quiz.questions
  const other = LANGS.find((l) => l !== content.quiz.lang)!
  const langs = translating || textLangs(content.quiz).includes(other) ? [content.quiz.lang, other] : [content.quiz.lang]

  useEffect(() => {
    if (!focusId) return
    const el = document.getElementById(focusId)
    if (el) {
      el.focus()
      el.scrollIntoView?.({ block: 'nearest' })
    }
    setFocusId(null)
  }, [focusId])

  const edit = (e: Edit) => {
    setOpen((current) => shiftOpen(current, e))
    dispatch({ type: 'edit', edit: e })
  }

  const activate = (index: number | null, focus?: string) => {
    setActive(index)
    if (index !== null) setOpen((current) => (current.has(index) ? current : new Set([...current, index])))
    if (focus) setFocusId(focus)
  }

  const showInArticle = (index: number) => {
    const q = questions[index]
    if (!q) return
    setActive(index)
    setBackTo(index)
    setArticleOpen(true)
    setTimeout(() => {
      const mark = document.querySelector<HTMLElement>(`mark[data-q~="${index}"]`)
      const para = document.getElementById(`para-${q.evidence.paragraph}`)
      ;(mark ?? para)?.scrollIntoView({ block: 'center' })
      para?.focus({ preventScroll: true })
    }, 0)
  }

  const showParagraph = (paragraph: number) => {
    setArticleOpen(true)
    setTimeout(() => {
      const para = document.getElementById(`para-${paragraph}`)
      para?.scrollIntoView({ block: 'center' })
      para?.focus({ preventScroll: true })
    }, 0)
  }

  const removeQuestion = (index: number) => {
    const prompt = questions[index]?.prompt[content.quiz.lang] ?? ''
    edit({ kind: 'remove-question', index })
    setRemoved({ index, prompt, before: content })
    // Focus stays where the question was: on the one that took its place, else the one before.
    const left = questions.length - 1
    activate(null, left === 0 ? 'questions-title' : `q${Math.min(index, left - 1)}-head`)
    say(t.deleted(index + 1))
  }

  const undoRemove = (index: number) => {
    dispatch({ type: 'undo' })
    setRemoved(null)
    activate(index, `q${index}-head`)
    say(t.questionRestored(index + 1))
  }

  const studio: Studio = {
    t,
    lang: props.lang,
    content,
    langs,
    article,
    issues,
    edit,
    say,
    active,
    activate,
    select: setActive,
    goTo: (field) => goTo(field),
    removeQuestion,
    showInArticle,
    stale: new Set(ws.saved?.stale ?? []),
  }

  // Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z and Ctrl+Y redo — in text fields too, since the studio's
  // history covers every field.
  const latest = useRef(ws)
  latest.current = ws
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return
      const key = e.key.toLowerCase()
      const redo = key === 'y' || (key === 'z' && e.shiftKey)
      if (key !== 'z' && key !== 'y') return
      e.preventDefault()
      const h = latest.current.history
      if (redo ? canRedo(h) : canUndo(h)) {
        dispatch({ type: redo ? 'redo' : 'undo' })
        say(redo ? t.redone : t.undone)
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [t])

  const goTo = (field: string) => {
    const q = questionOf(field)
    if (q !== null) {
      activate(q, fieldId(field))
      return
    }
    if (isDetailsField(field)) setDetailsOpen(true)
    setFocusId(field === '' || field === 'questions' ? 'questions-title' : fieldId(field))
  }

  const toggle = (i: number) => {
    const next = new Set(open)
    if (next.has(i)) next.delete(i)
    else next.add(i)
    setOpen(next)
    setActive(i)
  }

  return (
    <StudioContext.Provider value={studio}>
      <div class="toolbar" role="group" aria-label={t.toolbar}>
        <button type="button" class="secondary" onClick={props.onClose}>
          {t.allQuizzes}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={!canUndo(ws.history)}
          aria-keyshortcuts="Control+Z"
          onClick={() => {
            dispatch({ type: 'undo' })
            say(t.undone)
          }}
        >
          {t.undo}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={!canRedo(ws.history)}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
          onClick={() => {
            dispatch({ type: 'redo' })
            say(t.redone)
          }}
        >
          {t.redo}
        </button>
        <span class="status" data-testid="save-status">
          {workStatus(ws, t)}
        </span>
        {issueList.length > 0 ? (
          <button type="button" class="warn" onClick={() => goTo(issueList[0]!.field)}>
            {t.problems(issueList.length)}
          </button>
        ) : (
          <span class="ok-text">{t.noProblems}</span>
        )}
        <a href="#preview" class="button secondary">
          {t.preview}
        </a>
        <a href="#publish" class="button">
          {t.publish}
        </a>
      </div>

      <h2 class="sr-only" id="editor-title" tabIndex={-1}>
        {t.editing(content.quiz.title[content.quiz.lang] || content.quiz.id)}
      </h2>

      {ws.notes.length > 0 && <Notes ws={ws} t={t} onShow={showParagraph} />}
      {issueList.length > 0 && (
        <details class="problem-list">
          <summary>{t.problemList(issueList.length)}</summary>
          <ul>
            {issueList.map((issue, i) => (
              <li key={i}>
                <button type="button" class="link" onClick={() => goTo(issue.field)}>
                  {fieldName(issue.field, t)}
                </button>
                : {issueText(issue, t)}
              </li>
            ))}
          </ul>
        </details>
      )}

      <QuizDetails
        open={detailsOpen}
        onToggle={() => setDetailsOpen(!detailsOpen)}
        onTranslate={(on) => {
          setTranslating(on)
          if (!on && textLangs(content.quiz).includes(other)) {
            edit({ kind: 'remove-translation', lang: other })
            say(t.translationRemoved(other))
          }
        }}
      />

      <div class="workbench">
        <ArticlePane
          open={wide || articleOpen}
          foldable={!wide}
          onToggle={() => setArticleOpen(!articleOpen)}
          backTo={backTo}
          onBack={() => {
            const to = backTo
            setBackTo(null)
            if (to !== null) activate(to, `q${to}-head`)
          }}
        />
        <section class="questions" aria-labelledby="questions-title">
          <h2 id="questions-title" tabIndex={-1}>
            {t.questionsTitle(questions.length)}
          </h2>
          {removed && removalIsLast && (
            <p class="notice removed" role="status" data-testid="removed-question">
              {t.deletedNotice(removed.index + 1, removed.prompt)}{' '}
              <button type="button" class="secondary small" onClick={() => undoRemove(removed.index)}>
                {t.undoDelete}
              </button>
            </p>
          )}
          <Issues field="questions" />
          <Issues field="" />
          {questions.map((_, i) => (
            <QuestionCard key={i} index={i} open={open.has(i)} onToggle={() => toggle(i)} />
          ))}
          <AddQuestion />
        </section>
      </div>

      <Preview />
      <Publish ws={ws} dispatch={dispatch} session={props.session} onSession={props.onSession} />
    </StudioContext.Provider>
  )
}

/** Where the article and the questions stand side by side (the same width as in styles.ts). */
const WIDE = '(min-width: 64rem)'

/** Whether a media query matches, following changes (a rotated phone, a resized window). */
function useMedia(query: string): boolean {
  const [matches, setMatches] = useState(() => matchMedia(query).matches)
  useEffect(() => {
    const list = matchMedia(query)
    const onChange = () => setMatches(list.matches)
    list.addEventListener('change', onChange)
    return () => list.removeEventListener('change', onChange)
  }, [query])
  return matches
}

/** Keeps the open questions open when questions move, are added or go. */
function shiftOpen(open: ReadonlySet<number>, e: Edit): ReadonlySet<number> {
  const map = (f: (i: number) => number | null) => new Set([...open].map(f).filter((i): i is number => i !== null))
  switch (e.kind) {
    case 'remove-question':
      return map((i) => (i === e.index ? null : i > e.index ? i - 1 : i))
    case 'add-question':
      return map((i) => (i >= e.at ? i + 1 : i))
    case 'duplicate-question':
      return map((i) => (i > e.index ? i + 1 : i))
    case 'move-question':
      return map((i) => (i === e.index ? e.to : e.index < e.to && i > e.index && i <= e.to ? i - 1 : e.index > e.to && i >= e.to && i < e.index ? i + 1 : i))
    default:
      return open
  }
}

/** A field key as a person names it: "Question 3 — Prompt (العربية)". */
function fieldName(field: string, t: Strings): string {
  const q = questionOf(field)
  const rest = field.replace(/^questions\[\d+\]\.?/, '')
  const part = fieldNames(rest, t)
  if (q !== null) return part ? `${t.questionN(q + 1)} — ${part}` : t.questionN(q + 1)
  return part || t.theQuiz
}

function Notes({ ws, t, onShow }: { ws: Workspace; t: Strings; onShow: (paragraph: number) => void }) {
  return (
    <details class="notes">
      <summary>{t.draftNotes(ws.notes.length)}</summary>
      <ul>
        {ws.notes.map((note, i) => (
          <li key={i}>
            {noteText(note, t)}
            {note.paragraph !== undefined && (
              <>
                {' '}
                <button type="button" class="link" aria-label={t.showParagraph(note.paragraph)} onClick={() => onShow(note.paragraph!)}>
                  {t.paragraphShort(note.paragraph)}
                </button>
              </>
            )}
            {note.quote && (
              <>
                {' '}
                <bdi class="muted">«{note.quote}»</bdi>
              </>
            )}
          </li>
        ))}
      </ul>
    </details>
  )
}

function QuizDetails({ open, onToggle, onTranslate }: { open: boolean; onToggle: () => void; onTranslate: (on: boolean) => void }) {
  const { content, t, langs, issues } = useStudio()
  const other = LANGS.find((l) => l !== content.quiz.lang)!
  const missing = missingTexts(content.quiz, other)
  const problems = [...issues.entries()].filter(([field]) => isDetailsField(field)).reduce((n, [, list]) => n + list.length, 0)
  return (
    <section class="details" aria-labelledby="details-title">
      <h2 class="details-head">
        <button type="button" id="details-title" aria-expanded={open} aria-controls="details-body" onClick={onToggle}>
          {t.quizDetails}
          {problems > 0 && <span class="badge warn">{t.problems(problems)}</span>}
        </button>
      </h2>
      {!open && (
        <p class="summary-line">
          <bdi lang={content.quiz.lang}>{content.quiz.title[content.quiz.lang] || t.noPrompt}</bdi> · <bdi>{content.quiz.source.name}</bdi> ·{' '}
          {t.langName[content.quiz.lang]}
        </p>
      )}
      {open && (
        <div id="details-body">
          <p>
            {t.articleLanguage}: <strong>{t.langName[content.quiz.lang]}</strong>
          </p>
          <div class="grid">
            <LocalizedFields path={['title']} label={t.title} maxLength={2000} />
            <TextField path={['source', 'name']} label={t.sourceName} maxLength={200} lang={content.quiz.lang} />
            <TextField path={['source', 'url']} label={t.sourceUrl} maxLength={2000} lang="en" placeholder="https://" toValue={(v) => v.trim() || undefined} />
            <TextField path={['source', 'note']} label={t.sourceNote} maxLength={1000} toValue={(v) => v || undefined} />
          </div>
          <label class="inline">
            <input type="checkbox" checked={langs.includes(other)} aria-describedby="translation-hint" onChange={(e) => onTranslate(e.currentTarget.checked)} />
            {t.alsoIn(other)}
          </label>
          <p class="hint" id="translation-hint">
            {langs.includes(other) ? (missing > 0 ? t.translationMissing(other, missing) : t.translationComplete(other)) : t.translationOff(other)}
          </p>
        </div>
      )}
    </section>
  )
}

/** "Ask about a sentence": a new question whose evidence is the sentence picked (the keyboard way). */
function AddQuestion() {
  const { article, content, edit, t, say, activate } = useStudio()
  const sentences = useMemo(() => articleSentences(article), [article])
  const used = new Set(content.quiz.questions.map((q) => `${q.evidence.paragraph}:${q.evidence.quote}`))
  const firstFree = Math.max(
    0,
    sentences.findIndex((s) => !used.has(`${s.paragraph}:${s.text}`)),
  )
  const [picked, setPicked] = useState<number | null>(null)
  const index = picked ?? firstFree
  if (sentences.length === 0) return null
  return (
    <form
      class="add-question"
      onSubmit={(e) => {
        e.preventDefault()
        const s = sentences[index]
        if (!s) return
        const at = content.quiz.questions.length
        edit({ kind: 'add-question', at, question: questionAbout(content.quiz, { paragraph: s.paragraph, quote: s.text }) })
        setPicked(null)
        say(t.questionAdded(at + 1))
        activate(at, `q${at}-head`)
      }}
    >
      <h3>{t.addQuestionTitle}</h3>
      <div class="field">
        <label for="ask-sentence">{t.askSentence}</label>
        <select id="ask-sentence" value={String(index)} onChange={(e) => setPicked(Number(e.currentTarget.value))}>
          {sentences.map((s, k) => (
            <option key={k} value={String(k)}>
              {t.paragraphShort(s.paragraph)} {s.text.length > 90 ? s.text.slice(0, 89) + '…' : s.text}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t.askAboutThis}</button>
    </form>
  )
}
