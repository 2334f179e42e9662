import type { Strings } from './i18n.ts'
import { digitsOf, isolate, num, toDigits, type Digits } from './format.ts'
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
  onAnswer: (value: Answer | null) => void
  /** The publisher's digits for Arabic (`data-digits`); Arabic-Indic when unset. */
  numerals?: Digits
  /** The checked answer's result: the chosen and the right options get their marks. */
  verdict?: Result | false
  /** A checked answer cannot change until the reader asks to practise. */
  locked?: boolean
}

/** Whether a question takes typed text (text and numeric) rather than a choice. */
export const isTyped = (question: Question) => question.type === 'text' || question.type === 'numeric'

/** The ids of the right options a revealed result names: choice ids, or `true`/`false`. */
function rightOptions(result: Result | false | undefined): string[] {
  const expected = result && result.expected
  if (!expected) return []
  return 'choiceIds' in expected ? expected.choiceIds : 'value' in expected && typeof expected.value === 'boolean' ? [String(expected.value)] : []
}

/** The input fitting a question type: radios, checkboxes, true/false radios or a text field. */
export function Input({ q: question, k: key, value, ql, t, onAnswer, numerals, verdict, locked }: QuestionProps) {
  const digits = digitsOf(ql.lang, numerals)
  const right = rightOptions(verdict)
  // A choice text is the quiz's (`ql`); true/false are the widget's own labels. After a check, the
  // chosen and the right options each carry a mark (✓ or ✗) and a colour, and say so to screen readers.
  const option = (type: 'radio' | 'checkbox', id: string, label: string, checked: boolean, change: (on: boolean) => void, own?: QuizLang) => {
    const isRight = right.includes(id)
    const state = verdict ? (isRight ? ' right' : checked ? ' wrong' : '') : ''
    return (
      <label class={'o' + state} key={id} {...own}>
        <input type={type} name={key} value={id} checked={checked} disabled={locked} onChange={(e) => change((e.currentTarget as HTMLInputElement).checked)} />
        <span>{own ? toDigits(label, digits) : label}</span>
        {state && (
          // `t.lang` is the language the switch offers: the widget's own is the other one.
          <b class="mk" lang={t.lang === 'en' ? 'ar' : 'en'}>
            <i aria-hidden="true">{isRight ? '✓' : '✗'}</i>
            {isRight && <span class="sr"> {t.rightOption}</span>}
            {checked && <span class="sr"> {t.answer}</span>}
          </b>
        )}
      </label>
    )
  }
  if (question.type === 'single') return <>{question.choices?.map((c) => option('radio', c.id, c.text, value === c.id, () => onAnswer(c.id), ql))}</>
  if (question.type === 'multiple') {
    return (
      <>
        {question.choices?.map((c) =>
          option('checkbox', c.id, c.text, Array.isArray(value) && value.includes(c.id), (on) => onAnswer(toggle(value, c.id, on)), ql),
        )}
      </>
    )
  }
  if (question.type === 'boolean') {
    return (
      <>
        {option('radio', 'true', t.yes, value === true, () => onAnswer(true))}
        {option('radio', 'false', t.nope, value === false, () => onAnswer(false))}
      </>
    )
  }
  // The API names the unit in the quiz's language (unitLabel, marked so); empty for a plain count.
  const hint = question.type === 'numeric' && (
    <>
      {t.numHint}
      {question.unitLabel && (
        <>
          {' '}
          — {t.unit}
          <bdi {...ql}>{question.unitLabel}</bdi>
        </>
      )}
    </>
  )
  return (
    <>
      <label class="l" for={key + '-i'}>
        {t.answer}
      </label>
      <input
        id={key + '-i'}
        class="t"
        type="text"
        dir="auto"
        autocomplete="off"
        maxLength={200}
        readOnly={locked}
        value={typeof value === 'string' ? value : ''}
        aria-describedby={hint ? key + '-h' : undefined}
        onInput={(e) => onAnswer((e.currentTarget as HTMLInputElement).value)}
      />
      {hint && (
        <p class="mu" id={key + '-h'}>
          {hint}
        </p>
      )}
    </>
  )
}

export type FeedbackProps = {
  r: Result
  t: Strings
  /** The widget's language: the labels' and the score's. */
  lang: Lang
  ql: QuizLang
  id?: string
  /** The publisher's digits for Arabic (`data-digits`); Arabic-Indic when unset. */
  numerals?: Digits
  /** A later check of an answer already checked once: practice, the score keeps the first. */
  practice?: boolean
  /** Shows the evidence in the article beside the quiz (the page scrolls there). */
  onShow?: () => void
}

/**
 * What the grader said about one answer: verdict, how it read a typed answer, the right answer,
 * explanation, evidence. The labels are the widget's (`lang`), what they introduce is in the quiz's
 * language (`ql`).
 */
/** The verdict of a result: right, partly right (some points), wrong. Shown and announced alike. */
export const verdictOf = (result: Result, t: Strings) => (result.correct ? t.ok : (result.score ?? 0) > 0 ? t.part : t.no)

/**
 * How the grader read a typed answer (a number, a date, a text), when it is worth saying: a text
 * answer only as the accepted form it matched (a wrong one would only repeat the typing); a choice never.
 */
export const readAsOf = ({ parsed }: Result) =>
  parsed && parsed.kind != 'choice' && parsed.kind != 'boolean' && (parsed.kind != 'text' || parsed.matched) ? parsed.display : ''

export function Feedback({ r: result, t, lang, ql, id, numerals, practice, onShow }: FeedbackProps) {
  const digits = digitsOf(lang, numerals)
  const quizDigits = digitsOf(ql.lang, numerals)
  const max = result.maxScore ?? 0
  const score = result.score ?? 0
  const verdict = verdictOf(result, t)
  const readAs = readAsOf(result)
  const quizText = (text: string) => <bdi {...ql}>{toDigits(text, quizDigits)}</bdi>
  return (
    <div class={'fb' + (result.correct ? ' ok' : score > 0 ? ' pt' : '')} id={id} tabIndex={id ? -1 : undefined}>
      <p class="v">
        <i aria-hidden="true">{result.correct ? '✓ ' : score > 0 ? '½ ' : '✗ '}</i>
        {verdict}
        {max > 0 && <span class="mu"> ({isolate(num(score, lang, digits) + '/' + num(max, lang, digits))})</span>}
      </p>
      {practice && <p class="mu">{t.practiceNote}</p>}
      {!result.answered && <p>{t.none}</p>}
      {readAs && (
        <p>
          {t.readAs}
          {quizText(readAs)}
        </p>
      )}
      {!result.correct && result.expected && (
        <p>
          {t.expected}
          {quizText(result.expected.display)}
        </p>
      )}
      {result.explanation && <p {...ql}>{toDigits(result.explanation, quizDigits)}</p>}
      {result.evidence && (
        <figure>
          <figcaption class="mu">{t.quote}</figcaption>
          <blockquote dir="auto">{toDigits(result.evidence.quote, quizDigits)}</blockquote>
          {onShow && (
            <button type="button" class="ln" onClick={onShow}>
              {t.showInArticle}
            </button>
          )}
        </figure>
      )}
    </div>
  )
}
