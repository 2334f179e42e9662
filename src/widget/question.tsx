import type { Strings } from './i18n.ts'
import { isolate, num } from './format.ts'
import { toggle } from './state.ts'
import type { Answer, Dir, Lang, Question, Result } from './types.ts'

/** The language and direction of the quiz's own texts, set on them inside a widget in the other language. */
export type QuizLang = { lang: Lang; dir: Dir }

export type QuestionProps = {
  q: Question
  /** Prefix for ids and radio names, unique within the shadow root. */
  k: string
  value: Answer | undefined
  ql: QuizLang
  t: Strings
  onAnswer: (v: Answer | null) => void
}

/** The input fitting a question type: radios, checkboxes, true/false radios or a text field. */
export function Input({ q, k, value, ql, t, onAnswer }: QuestionProps) {
  // A choice text is the quiz's (`ql`); true/false are the widget's own labels.
  const option = (type: 'radio' | 'checkbox', v: string, label: string, checked: boolean, change: (on: boolean) => void, own?: QuizLang) => (
    <label class="o" key={v} {...own}>
      <input type={type} name={k} value={v} checked={checked} onChange={(e) => change((e.currentTarget as HTMLInputElement).checked)} />
      <span>{label}</span>
    </label>
  )
  if (q.type === 'single') return <>{q.choices?.map((c) => option('radio', c.id, c.text, value === c.id, () => onAnswer(c.id), ql))}</>
  if (q.type === 'multiple') {
    return <>{q.choices?.map((c) => option('checkbox', c.id, c.text, Array.isArray(value) && value.includes(c.id), (on) => onAnswer(toggle(value, c.id, on)), ql))}</>
  }
  if (q.type === 'boolean') {
    return (
      <>
        {option('radio', 'true', t.yes, value === true, () => onAnswer(true))}
        {option('radio', 'false', t.nope, value === false, () => onAnswer(false))}
      </>
    )
  }
  // The API names the unit in the quiz's language (unitLabel, marked so); empty for a plain count.
  const hint = q.type === 'numeric' && <>{t.numHint}{q.unitLabel && <> — {t.unit}<bdi {...ql}>{q.unitLabel}</bdi></>}</>
  return (
    <>
      <label class="l" for={k + '-i'}>{t.answer}</label>
      <input
        id={k + '-i'}
        class="t"
        type="text"
        dir="auto"
        autocomplete="off"
        maxLength={200}
        value={typeof value === 'string' ? value : ''}
        aria-describedby={hint ? k + '-h' : undefined}
        onInput={(e) => onAnswer((e.currentTarget as HTMLInputElement).value)}
      />
      {hint && <p class="mu" id={k + '-h'}>{hint}</p>}
    </>
  )
}

/**
 * What the grader said about one answer: verdict, how it read the answer, explanation, evidence. The
 * labels are the widget's (`lang`), what they introduce is in the quiz's language (`ql`).
 */
export function Feedback({ r, t, lang, ql, id }: { r: Result; t: Strings; lang: Lang; ql: QuizLang; id?: string }) {
  const max = r.maxScore ?? 0
  const score = r.score ?? 0
  const verdict = r.correct ? t.ok : score > 0 ? t.part : t.no
  return (
    <div class={'fb' + (r.correct ? ' ok' : '')} id={id} tabIndex={id ? -1 : undefined}>
      <p class="v">
        {verdict}
        {max > 0 && <span class="mu"> ({isolate(num(score, lang) + '/' + num(max, lang))})</span>}
      </p>
      {r.answered ? r.parsed && <p>{t.readAs}<bdi {...ql}>{r.parsed.display}</bdi></p> : <p>{t.none}</p>}
      {!r.correct && r.expected && <p>{t.expected}<bdi {...ql}>{r.expected.display}</bdi></p>}
      {r.explanation && <p {...ql}>{r.explanation}</p>}
      {r.evidence && (
        <figure>
          <figcaption class="mu">{t.quote}</figcaption>
          <blockquote dir="auto">{r.evidence.quote}</blockquote>
        </figure>
      )}
    </div>
  )
}
