import { useEffect, useRef, useState } from 'preact/hooks'
import { parseArticle } from '../core/article.ts'
import { quizLangs } from '../core/localized.ts'
import { toPublicQuiz } from '../core/public-quiz.ts'
import { LANGS, QuizFile, type Lang, type Quiz } from '../core/quiz-schema.ts'
import type { Handle } from '../widget/mount.tsx'
import type { Options, QuizCalls } from '../widget/types.ts'
import { quizKey } from '../widget/storage.ts'
import { studioApi } from './api.ts'
import { useStudio } from './context.ts'
import type { Content } from './draft.ts'
import { fileOf } from './issues.ts'
import { stableJson } from './workspace.ts'

/**
 * The unsaved draft in the real widget: the page loads the same /widget.js readers get, and
 * `Fahm.mount` is given the draft through its `api` option (docs/embed.md), with checks and
 * grades answered by `POST /v1/drafts/check` and `/v1/drafts/grade`.
 */

/** The id the preview shows the draft under, so it never mixes with a reader's saved progress. */
export const PREVIEW_ID = 'studio-preview'

type Fahm = { mount: (el: HTMLElement, options: Options) => Handle }

export function Preview() {
  const { content, t, issues, say } = useStudio()
  const host = useRef<HTMLDivElement>(null)
  const handle = useRef<Handle | null>(null)
  const [shownAt, setShownAt] = useState<string | null>(null)
  const [mode, setMode] = useState<'one' | 'all'>('one')
  const [lang, setLang] = useState<Lang>(content.quiz.lang)
  const [error, setError] = useState<string | null>(null)
  // The languages readers get: the quiz's own and any complete translation.
  const langs = quizLangs(content.quiz)
  const snapshot = stableJson(content)
  const blocked = [...issues.values()].flat().some((i) => i.check === 'schema')

  useEffect(() => () => handle.current?.unmount(), [])
  useEffect(() => {
    if (!langs.includes(lang)) setLang(content.quiz.lang)
  }, [langs.join()])

  const show = (options: { mode: 'one' | 'all'; lang: Lang }) => {
    const fahm = (window as unknown as { Fahm?: Fahm }).Fahm
    if (!fahm || !host.current) {
      setError(t.widgetMissing)
      return
    }
    const parsed = QuizFile.safeParse(fileOf(content.quiz))
    if (!parsed.success) {
      setError(t.previewBlocked)
      return
    }
    setError(null)
    const quiz: Quiz = { ...parsed.data, article: parseArticle(content.articleText) }
    handle.current?.unmount()
    // A fresh start each time: progress of an earlier preview would answer other questions.
    localStorage.removeItem(quizKey(PREVIEW_ID, 1))
    handle.current = fahm.mount(host.current, {
      quiz: PREVIEW_ID,
      lang: options.lang,
      mode: options.mode,
      showArticle: true,
      api: previewCalls(content, quiz),
    })
    setShownAt(snapshot)
    say(t.previewShown)
  }

  return (
    <section class="preview" id="preview" aria-labelledby="preview-title" tabIndex={-1}>
      <h2 id="preview-title">{t.preview}</h2>
      <p class="hint">{t.previewHint}</p>
      <div class="row">
        <fieldset class="inline-group">
          <legend>{t.previewMode}</legend>
          {(['one', 'all'] as const).map((m) => (
            <label class="inline" key={m}>
              <input
                type="radio"
                name="preview-mode"
                checked={mode === m}
                onChange={() => {
                  setMode(m)
                  if (shownAt) show({ mode: m, lang })
                }}
              />
              {m === 'one' ? t.modeOne : t.modeAll}
            </label>
          ))}
        </fieldset>
        {langs.length > 1 && (
          <div class="field">
            <label for="preview-lang">{t.previewLang}</label>
            <select
              id="preview-lang"
              value={lang}
              onChange={(e) => {
                const next = e.currentTarget.value as Lang
                setLang(next)
                if (shownAt) show({ mode, lang: next })
              }}
            >
              {LANGS.filter((l) => langs.includes(l)).map((l) => (
                <option key={l} value={l}>
                  {t.langName[l]}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="button" disabled={blocked} aria-describedby={blocked ? 'preview-blocked' : undefined} onClick={() => show({ mode, lang })}>
          {shownAt ? t.refreshPreview : t.showPreview}
        </button>
      </div>
      {blocked && (
        <p class="notice" id="preview-blocked">
          {t.previewBlocked}
        </p>
      )}
      {shownAt && shownAt !== snapshot && !blocked && <p class="notice">{t.previewStale}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="preview-host" ref={host} />
    </section>
  )
}

/** The widget's quiz, check and grade calls, answered from the draft and the drafts endpoints. */
function previewCalls(content: Content, quiz: Quiz): QuizCalls {
  const body = { id: content.quiz.id, lang: content.quiz.lang, questions: content.quiz.questions }
  return {
    quiz: async (_id, lang) => ({ ...toPublicQuiz(quiz, lang ?? quiz.lang), id: PREVIEW_ID, version: 1 }),
    check: (_id, questionId, answer, lang) => studioApi.check({ quiz: body, questionId, answer, lang }),
    grade: (_id, answers, lang) => studioApi.grade({ quiz: body, answers, lang }),
  }
}
