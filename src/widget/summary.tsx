import { wholePercent } from '../core/score.ts'
import { FULL } from './flags.ts'
import { digitsOf, fraction, num, percent, toDigits, type Digits } from './format.ts'
import type { Strings } from './i18n.ts'
import { Feedback, isTyped, type QuizLang } from './question.tsx'
import { own } from './state.ts'
import type { Answer, Grade, Lang, Question, Result } from './types.ts'

export type SummaryProps = {
  grade: Grade
  questions: Question[]
  t: Strings
  lang: Lang
  ql: QuizLang
  /** The publisher's digits for Arabic (`data-digits`). */
  numerals?: Digits
  /** Shows a question's evidence in the article, when the article is on the page. */
  onShow?: (questionId: string) => void
  /**
   * Classroom: the answers as the student gave them. A typed answer is shown as typed, since the
   * review is the student's only feedback and the grader's reading of it is not always shown.
   */
  answers?: Record<string, Answer>
}

/** A mark per verdict: seen (✓ ½ ✗ –) and said (the verdict's words). */
function verdictOf(result: Result | undefined, t: Strings): [mark: string, words: string, kind: string] {
  if (!result || !result.answered) return ['–', t.none, '']
  if (result.correct) return ['✓', t.ok, ' ok']
  return (result.score ?? 0) > 0 ? ['½', t.part, ' pt'] : ['✗', t.no, ' no']
}

/** The message that goes with the percentage shown (70% is "well done", whatever the decimals behind it). */
function message(shown: number, t: Strings): string {
  return shown >= 90 ? t.great : shown >= 70 ? t.good : shown >= 40 ? t.fair : t.low
}

/**
 * The end of the quiz: the score (rounded, with a percentage and a message), a grid of one mark per
 * question that jumps to its review, and the review, correct answers collapsed.
 */
export function Summary({ grade, questions, t, lang, ql, numerals, onShow, answers }: SummaryProps) {
  const digits = digitsOf(lang, numerals)
  const byId: Record<string, Result> = {}
  for (const result of grade.results) byId[result.questionId] = result
  const jump = (id: string) => (event: Event) => {
    const item = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot | Document
    const details = item.getElementById('rv-' + id) as HTMLDetailsElement | null
    if (!details) return
    details.open = true
    details.querySelector('summary')!.focus()
    details.scrollIntoView()
  }
  const scored = typeof grade.score === 'number' && grade.maxScore > 0
  return (
    <>
      <h3 id="sc" tabIndex={-1}>
        {t.score}
      </h3>
      {scored && (
        <>
          <p class="big">
            {/* "4 of 22 (18%)", "٤ من ٢٢ (١٨٪)": the percentage in brackets, which an Arabic line mirrors as it reads. */}
            {fraction(grade.score, grade.maxScore, lang, digits)} <span class="mu">({percent(grade.score, grade.maxScore, lang, digits)})</span>
          </p>
          <p>{message(wholePercent(grade.score, grade.maxScore), t)}</p>
        </>
      )}
      {grade.results.length > 0 && (
        <>
          <h3>{t.review}</h3>
          <ol class="grid" aria-label={t.glance}>
            {questions.map((question, index) => {
              const [mark, words, kind] = verdictOf(own(byId, question.id), t)
              return (
                <li key={question.id}>
                  <button type="button" class={'g' + kind} aria-label={t.q + num(index + 1, lang, digits) + ': ' + words} onClick={jump(question.id)}>
                    {num(index + 1, lang, digits)}
                    <i aria-hidden="true">{mark}</i>
                  </button>
                </li>
              )
            })}
          </ol>
          <ol class="rv">
            {questions.map((question) => {
              const result = own(byId, question.id)
              if (!result) return null
              // Classroom only (widget.js has no room to spare): a news reader checked each typed answer beside its field.
              const typed = FULL && answers && isTyped(question) && result.answered ? own(answers, question.id) : undefined
              return (
                <li key={question.id}>
                  <details id={'rv-' + question.id} open={!result.correct}>
                    <summary {...ql}>{toDigits(question.prompt, digitsOf(ql.lang, numerals))}</summary>
                    {typeof typed == 'string' && (
                      <p>
                        {t.answer}: <bdi dir="auto">{typed}</bdi>
                      </p>
                    )}
                    {!isTyped(question) && result.answered && result.parsed && (
                      <p>
                        {t.answer}: <bdi {...ql}>{toDigits(result.parsed.display, digitsOf(ql.lang, numerals))}</bdi>
                      </p>
                    )}
                    <Feedback
                      r={result}
                      t={t}
                      lang={lang}
                      ql={ql}
                      numerals={numerals}
                      onShow={onShow && result.evidence ? () => onShow(question.id) : undefined}
                    />
                  </details>
                </li>
              )
            })}
          </ol>
        </>
      )}
    </>
  )
}
