import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { useStudio } from './context.ts'
import { pathKey, questionAbout } from './draft.ts'
import { evidenceOfRange, locate, segments, type SelectionEvidence, type Span } from './evidence.ts'
import { Issues, useProblemsOf } from './fields.tsx'
import { fieldId } from './issues.ts'

/**
 * The article beside the questions: paragraphs numbered as evidence counts them, each question's
 * evidence marked (the active question's strongly) and kept in view, and a bar for text selected
 * in it: use it as a question's evidence, or ask a new question about it. The quote is always the
 * exact selected text of one paragraph.
 */
export function ArticlePane(props: { open: boolean; foldable: boolean; onToggle: () => void; backTo: number | null; onBack: () => void }) {
  const studio = useStudio()
  const { content, article, active, activate, edit, t, say } = studio
  const questions = content.quiz.questions
  const pane = useRef<HTMLElement>(null)
  const body = useRef<HTMLDivElement>(null)
  const [pending, setPending] = useState<SelectionEvidence | null>(null)
  const [target, setTarget] = useState<number>(active ?? 0)
  const [editing, setEditing] = useState(false)
  const lang = content.quiz.lang
  const dir = lang === 'ar' ? 'rtl' : 'ltr'
  const articleProblems = useProblemsOf(['articleText'], ['article-edit-hint'])

  useEffect(() => {
    if (active !== null) setTarget(active)
  }, [active])

  const spans = useMemo(() => {
    const byParagraph = new Map<number, (Span & { key: string })[]>()
    questions.forEach((q, i) => {
      const text = article.paragraphs[q.evidence.paragraph]?.text
      const span = text === undefined ? null : locate(text, q.evidence.quote)
      if (!span) return
      const list = byParagraph.get(q.evidence.paragraph) ?? []
      list.push({ ...span, key: String(i) })
      byParagraph.set(q.evidence.paragraph, list)
    })
    return byParagraph
  }, [questions, article])

  // A selection inside the article becomes the pending evidence; one elsewhere leaves it alone.
  useEffect(() => {
    const onChange = () => {
      const selection = document.getSelection()
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !body.current) return
      const range = selection.getRangeAt(0)
      if (!body.current.contains(range.commonAncestorContainer)) return
      setPending(evidenceOfRange(article, range))
    }
    document.addEventListener('selectionchange', onChange)
    return () => document.removeEventListener('selectionchange', onChange)
  }, [article])

  // The active question's evidence scrolls into view inside the pane, where the pane scrolls on
  // its own (wide screens); on a phone the page is not moved ("show in the article" does that).
  useEffect(() => {
    const box = pane.current
    const mark = active === null ? null : box?.querySelector<HTMLElement>(`mark[data-q~="${active}"]`)
    if (!box || !mark || getComputedStyle(box).overflowY !== 'auto' || box.scrollHeight <= box.clientHeight) return
    const top = mark.getBoundingClientRect().top - box.getBoundingClientRect().top
    if (top < 40 || top > box.clientHeight - 80) box.scrollTop += top - box.clientHeight / 3
  }, [active, spans])

  const applySelection = () => {
    if (!pending?.ok || !questions[target]) return
    // Pressed from the keyboard, the button goes away with the bar: focus moves to the quote it set.
    const fromBar = document.activeElement?.closest('.selbar') != null
    edit({ kind: 'set-evidence', index: target, evidence: pending.evidence })
    say(t.evidenceSet(target + 1))
    setPending(null)
    document.getSelection()?.removeAllRanges()
    if (fromBar) activate(target, fieldId(pathKey(['questions', target, 'evidence'])))
  }
  const askAbout = () => {
    if (!pending?.ok) return
    const at = active === null ? questions.length : active + 1
    edit({ kind: 'add-question', at, question: questionAbout(content.quiz, pending.evidence) })
    setPending(null)
    document.getSelection()?.removeAllRanges()
    say(t.questionAdded(at + 1))
    activate(at, `q${at}-head`)
  }

  return (
    <section class="article-pane" ref={pane} aria-labelledby="article-title">
      <div class="pane-head">
        {props.foldable ? (
          <h2 class="details-head">
            <button type="button" id="article-title" aria-expanded={props.open} aria-controls="article-content" onClick={props.onToggle}>
              {t.article}
            </button>
          </h2>
        ) : (
          <h2 id="article-title">{t.article}</h2>
        )}
        {props.open && (
          <button type="button" class="secondary small" aria-pressed={editing} onClick={() => setEditing(!editing)}>
            {editing ? t.doneEditingArticle : t.editArticle}
          </button>
        )}
      </div>
      {!props.open && <p class="summary-line">{t.articleFolded(article.paragraphs.length)}</p>}
      {props.open && (
        <div id="article-content">
          {props.backTo !== null && (
            <button type="button" class="secondary back" id="back-to-question" onClick={props.onBack}>
              {t.backToQuestion(props.backTo + 1)}
            </button>
          )}
          <Issues field="articleText" />
          {editing ? (
            <div class="field">
              <label for={fieldId('articleText')}>{t.articleText}</label>
              <textarea
                id={fieldId('articleText')}
                class="article-edit"
                lang={lang}
                dir={dir}
                rows={20}
                value={content.articleText}
                {...articleProblems}
                onInput={(e) => edit({ kind: 'set-article', text: e.currentTarget.value })}
              />
              <p class="hint" id="article-edit-hint">
                {t.articleEditHint}
              </p>
            </div>
          ) : (
            <div class="article-body" ref={body} lang={lang} dir={dir}>
              <p class="hint" lang={studio.lang} dir={studio.lang === 'ar' ? 'rtl' : 'ltr'}>
                {t.selectHint}
              </p>
              {article.paragraphs.map((p) => (
                <div class="para" key={p.index} id={`para-${p.index}`} tabIndex={-1}>
                  <span class="pnum" lang={studio.lang}>
                    {t.paragraphShort(p.index)}
                  </span>
                  {p.heading && <h3 class="phead">{p.heading}</h3>}
                  <p data-paragraph={p.index}>
                    {segments(p.text, spans.get(p.index) ?? []).map((s) =>
                      s.keys.length === 0 ? (
                        s.text
                      ) : (
                        <mark
                          key={s.start}
                          data-q={s.keys.join(' ')}
                          class={active !== null && s.keys.includes(String(active)) ? 'on' : ''}
                          onClick={() => {
                            if (document.getSelection()?.isCollapsed !== false) activate(Number(s.keys[0]))
                          }}
                        >
                          {s.text}
                        </mark>
                      ),
                    )}
                  </p>
                </div>
              ))}
            </div>
          )}
          {pending && !editing && (
            <div class="selbar" role="group" aria-label={t.selection} lang={studio.lang} dir={studio.lang === 'ar' ? 'rtl' : 'ltr'}>
              {pending.ok ? (
                <p>
                  <bdi class="sel-quote" lang={lang}>
                    «{pending.evidence.quote.length > 140 ? pending.evidence.quote.slice(0, 139) + '…' : pending.evidence.quote}»
                  </bdi>{' '}
                  <span class="muted">{t.paragraphShort(pending.evidence.paragraph)}</span>
                </p>
              ) : (
                <p role="alert">{t.selectionRefused[pending.reason]}</p>
              )}
              {pending.ok && (
                <div class="row">
                  {questions.length > 0 && (
                    <>
                      <label class="inline" for="sel-target">
                        {t.forQuestion}
                      </label>
                      <select id="sel-target" value={String(target)} onChange={(e) => setTarget(Number(e.currentTarget.value))}>
                        {questions.map((_, i) => (
                          <option key={i} value={String(i)}>
                            {t.questionN(i + 1)}
                          </option>
                        ))}
                      </select>
                      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={applySelection}>
                        {t.useAsEvidence}
                      </button>
                    </>
                  )}
                  <button type="button" class="secondary" onMouseDown={(e) => e.preventDefault()} onClick={askAbout}>
                    {t.askAboutThis}
                  </button>
                </div>
              )}
              <button type="button" class="secondary small dismiss" aria-label={t.dismiss} onClick={() => setPending(null)}>
                ✕
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  )
}
