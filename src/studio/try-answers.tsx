import { useState } from 'preact/hooks'
import type { Question } from '../core/quiz-schema.ts'
import { ApiError, studioApi, type RevealedResult } from './api.ts'
import { useStudio } from './context.ts'
import { questionOf } from './issues.ts'
import { apiErrorText } from './i18n.ts'
import { stableJson } from './workspace.ts'

/**
 * "Try an answer": the real grader grades answers against the unsaved question
 * (`POST /v1/drafts/check`, which stores nothing) and says what it understood, so the editor sees
 * that «ساعتين ونص» is accepted before readers do. Tries stay listed while the page is open; one
 * made before the question changed says so and can be tried again.
 */

type Try = { answer: unknown; shown: string; snapshot: string; result?: RevealedResult; error?: string }

/** Tries per question id, for this page's life (a closed question keeps its tries). */
const triesByQuestion = new Map<string, Try[]>()

export function TryAnswers({ index }: { index: number }) {
  const { content, t, say, issues } = useStudio()
  const q = content.quiz.questions[index]!
  const [answer, setAnswer] = useState<unknown>(initialAnswer(q))
  const [tries, setTries] = useState<Try[]>(() => triesByQuestion.get(q.id) ?? [])
  const [busy, setBusy] = useState(false)
  const snapshot = stableJson(q) + '\n' + content.articleText
  const inputId = `q${index}-try`

  const keep = (list: Try[]) => {
    triesByQuestion.set(q.id, list)
    setTries(list)
  }

  const run = async (value: unknown, replace?: number) => {
    const shown = display(q, value, t)
    setBusy(true)
    let entry: Try
    try {
      // Only the question tried is sent: the endpoint grades it and ignores the rest of a quiz.
      const result = await studioApi.check({
        quiz: { id: content.quiz.id, lang: content.quiz.lang, questions: [q] },
        questionId: q.id,
        answer: q.type === 'boolean' ? value === 'true' : value,
        lang: content.quiz.lang,
      })
      entry = { answer: value, shown, snapshot, result }
      say(`${shown}: ${result.correct ? t.accepted : t.notAccepted}${result.parsed ? ` — ${t.understoodAs} ${result.parsed.display}` : ''}`)
    } catch (err) {
      const e = err instanceof ApiError ? err : null
      entry = { answer: value, shown, snapshot, error: e?.code === 'validation-failed' ? t.tryNeedsValid : apiErrorText(e, t) }
      say(entry.error!)
    } finally {
      setBusy(false)
    }
    const current = triesByQuestion.get(q.id) ?? []
    keep(replace === undefined ? [entry, ...current].slice(0, 8) : current.map((x, i) => (i === replace ? entry : x)))
  }

  const empty = answer === '' || (Array.isArray(answer) && answer.length === 0)
  const invalid = [...issues.entries()].some(([field, list]) => questionOf(field) === index && list.some((i) => i.check === 'schema'))
  return (
    <div class="try">
      <h4>{t.tryTitle}</h4>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault()
          if (!empty && !busy && !invalid) void run(answer)
        }}
      >
        <TryInput q={q} id={inputId} value={answer} onChange={setAnswer} />
        <button type="submit" disabled={busy || empty || invalid} aria-describedby={`${inputId}-hint`}>
          {busy ? t.trying : t.tryIt}
        </button>
      </form>
      <p class="hint" id={`${inputId}-hint`}>
        {invalid ? t.tryNeedsValid : t.tryHint}
      </p>
      {tries.length > 0 && (
        <ul class="tries" aria-label={t.tries}>
          {tries.map((x, i) => (
            <li key={i} class={x.result ? (x.result.correct ? 'ok' : 'no') : 'err'}>
              <p>
                <bdi class="answer-text">{x.shown}</bdi>{' '}
                <strong>{x.error ? t.tryFailed : x.result!.correct ? t.accepted : x.result!.score > 0 ? t.partlyAccepted : t.notAccepted}</strong>
              </p>
              {x.error && <p>{x.error}</p>}
              {x.result && (
                <p>
                  {t.understoodAs} <bdi lang={content.quiz.lang}>{x.result.parsed?.display ?? t.unreadable}</bdi>
                </p>
              )}
              {x.result && !x.result.correct && (
                <p>
                  {t.expected} <bdi lang={content.quiz.lang}>{x.result.expected.display}</bdi>
                </p>
              )}
              {x.snapshot !== snapshot && (
                <p class="hint">
                  {t.changedSinceTry}{' '}
                  <button type="button" class="secondary small" disabled={busy} onClick={() => void run(x.answer, i)}>
                    {t.tryAgain}
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function initialAnswer(q: Question): unknown {
  return q.type === 'multiple' ? [] : q.type === 'boolean' ? 'true' : ''
}

/** How a tried answer is shown in the list: the text typed, or the choice texts picked. */
function display(q: Question, value: unknown, t: { true: string; false: string }): string {
  const lang = Object.keys(q.prompt)[0] as 'ar' | 'en'
  if (q.type === 'single' || q.type === 'multiple') {
    const ids = Array.isArray(value) ? value : [value]
    return ids.map((id) => q.choices.find((c) => c.id === id)?.text[lang] ?? String(id)).join('، ')
  }
  if (q.type === 'boolean') return value === 'true' ? t.true : t.false
  return String(value)
}

function TryInput({ q, id, value, onChange }: { q: Question; id: string; value: unknown; onChange: (v: unknown) => void }) {
  const { t, content } = useStudio()
  const lang = content.quiz.lang
  if (q.type === 'single') {
    return (
      <div class="field">
        <label for={id}>{t.tryAnswer}</label>
        <select id={id} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value)}>
          <option value="">—</option>
          {q.choices.map((c, k) => (
            <option key={c.id} value={c.id}>
              {c.text[lang] || t.choiceN(k + 1)}
            </option>
          ))}
        </select>
      </div>
    )
  }
  if (q.type === 'multiple') {
    const ids = Array.isArray(value) ? (value as string[]) : []
    return (
      <fieldset class="field" id={id} tabIndex={-1}>
        <legend>{t.tryAnswer}</legend>
        {q.choices.map((c, k) => (
          <label class="inline" key={c.id}>
            <input
              type="checkbox"
              checked={ids.includes(c.id)}
              onChange={(e) => onChange(e.currentTarget.checked ? [...ids, c.id] : ids.filter((x) => x !== c.id))}
            />
            {c.text[lang] || t.choiceN(k + 1)}
          </label>
        ))}
      </fieldset>
    )
  }
  if (q.type === 'boolean') {
    return (
      <div class="field">
        <label for={id}>{t.tryAnswer}</label>
        <select id={id} value={String(value)} onChange={(e) => onChange(e.currentTarget.value)}>
          <option value="true">{t.true}</option>
          <option value="false">{t.false}</option>
        </select>
      </div>
    )
  }
  return (
    <div class="field">
      <label for={id}>{t.tryAnswer}</label>
      <input
        id={id}
        type="text"
        dir="auto"
        lang={lang}
        maxLength={500}
        autocomplete="off"
        value={typeof value === 'string' ? value : ''}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
    </div>
  )
}
