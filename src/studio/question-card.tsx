import { useEffect, useMemo, useState } from 'preact/hooks'
import { exactSpellings, formatQuantity } from '../core/describe.ts'
import { unitName } from '../core/unit-nouns.ts'
import { decodeDate, encodeDate, isDateParts, type DateParts } from '../core/dates.ts'
import { normalizeDigits } from '../core/normalize.ts'
import { QUESTION_TYPES, SKILLS, UNITS, type Question, type Unit } from '../core/quiz-schema.ts'
import { dimensionOf, type Dimension } from '../core/units.ts'
import { useStudio } from './context.ts'
import { articleSentences } from './evidence.ts'
import { Field, Issues, LocalizedFields, NumberField, SelectField, TextField, useProblemsOf } from './fields.tsx'
import { pathKey } from './draft.ts'
import { fieldId, questionOf } from './issues.ts'
import { TryAnswers } from './try-answers.tsx'

/** One question of the quiz: a header that opens it, and every field of it. */
export function QuestionCard({ index, open, onToggle }: { index: number; open: boolean; onToggle: () => void }) {
  const studio = useStudio()
  const { content, t, edit, say, active, activate, issues, stale } = studio
  const q = content.quiz.questions[index]!
  const count = content.quiz.questions.length
  const problems = [...issues.entries()].filter(([field]) => questionOf(field) === index).reduce((n, [, list]) => n + list.length, 0)
  const headId = `q${index}-head`
  const bodyId = `q${index}-body`
  const prompt = q.prompt[content.quiz.lang] || t.noPrompt
  const isStale = stale.has(q.id)

  const moveTo = (to: number, label: string) => {
    edit({ kind: 'move-question', index, to })
    activate(to, `q${to}-tool-${label}`)
    say(t.movedQuestion(to + 1))
  }

  return (
    <section
      class={'qcard' + (active === index ? ' active' : '') + (problems ? ' bad' : '')}
      aria-labelledby={headId}
      id={fieldId(pathKey(['questions', index]))}
      tabIndex={-1}
      onFocusIn={() => active !== index && studio.select(index)}
    >
      <h3 class="qhead">
        <button type="button" id={headId} aria-expanded={open} aria-controls={bodyId} onClick={onToggle}>
          <span class="qnum">{t.questionN(index + 1)}</span>
          <span class="qprompt" lang={content.quiz.lang} dir="auto">
            {prompt}
          </span>
          <span class="badges">
            <span class="badge">{t.typeName[q.type]}</span>
            {problems > 0 && <span class="badge warn">{t.problems(problems)}</span>}
            {isStale && <span class="badge stale">{t.staleBadge}</span>}
          </span>
        </button>
      </h3>
      {open && (
        <div class="qbody" id={bodyId}>
          {isStale && (
            <p class="notice" role="note">
              {t.staleNotice}
            </p>
          )}
          <Issues field={pathKey(['questions', index])} />
          <div class="tools" role="group" aria-label={t.questionTools(index + 1)}>
            <button type="button" class="secondary" id={`q${index}-tool-up`} disabled={index === 0} onClick={() => moveTo(index - 1, 'up')}>
              {t.moveUp}
            </button>
            <button type="button" class="secondary" id={`q${index}-tool-down`} disabled={index === count - 1} onClick={() => moveTo(index + 1, 'down')}>
              {t.moveDown}
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                edit({ kind: 'duplicate-question', index })
                activate(index + 1, `q${index + 1}-head`)
                say(t.duplicated(index + 2))
              }}
            >
              {t.duplicate}
            </button>
            <button type="button" class="secondary" id={`q${index}-tool-show`} onClick={() => studio.showInArticle(index)}>
              {t.showInArticle}
            </button>
            <button type="button" class="danger" onClick={() => studio.removeQuestion(index)}>
              {t.deleteQuestion}
            </button>
          </div>
          <LocalizedFields path={['questions', index, 'prompt']} label={t.prompt} multiline />
          <div class="row">
            <SelectField
              path={['questions', index, 'type']}
              label={t.type}
              options={QUESTION_TYPES}
              optionLabel={(type) => t.typeName[type]}
              onChange={(type) => {
                edit({ kind: 'change-type', index, type })
                say(t.typeChanged(t.typeName[type]))
              }}
            />
            <SelectField path={['questions', index, 'skill']} label={t.skill} options={SKILLS} optionLabel={(s) => t.skillName[s]} />
            <NumberField path={['questions', index, 'points']} label={t.points} integer />
            <TextField path={['questions', index, 'id']} label={t.questionId} hint={t.questionIdHint} maxLength={80} lang="en" />
          </div>
          <AnswerEditor index={index} q={q} />
          <LocalizedFields path={['questions', index, 'explanation']} label={t.explanation} multiline />
          <EvidenceEditor index={index} />
          <TryAnswers key={q.id} index={index} />
        </div>
      )}
    </section>
  )
}

function AnswerEditor({ index, q }: { index: number; q: Question }) {
  const { t, lang } = useStudio()
  switch (q.type) {
    case 'single':
    case 'multiple':
      return <ChoicesEditor index={index} q={q} />
    case 'boolean':
      return <BooleanEditor index={index} value={q.answer} />
    case 'numeric':
      return (
        <fieldset class="answer">
          <legend>{t.answerKey}</legend>
          <Issues field={pathKey(['questions', index, 'answer'])} />
          <div class="row">
            {q.answer.unit === 'date' ? (
              <DateField index={index} value={q.answer.value} />
            ) : (
              <NumberField
                path={['questions', index, 'answer', 'value']}
                label={t.value}
                issuesBelow
                alsoAbout={[pathKey(['questions', index, 'answer'])]}
                // A race time is stored in hours (2.095): read back in its parts (2 hours 5 minutes 42 seconds).
                hint={exactSpellings(q.answer.value, q.answer.unit) ? `= ${formatQuantity(q.answer.value, q.answer.unit, lang)}` : undefined}
              />
            )}
            <UnitField index={index} unit={q.answer.unit} />
            <NumberField
              path={['questions', index, 'answer', 'tolerance']}
              label={t.tolerance}
              hint={q.answer.unit === 'date' ? t.toleranceDateHint : t.toleranceHint}
              min={0}
              issuesBelow
            />
          </div>
          {/* The row's problems below it, at its full width (a narrow column would wrap them line by line). */}
          {q.answer.unit !== 'date' && <Issues field={pathKey(['questions', index, 'answer', 'value'])} label={t.value} />}
          <Issues field={pathKey(['questions', index, 'answer', 'unit'])} label={t.unit} />
          <Issues field={pathKey(['questions', index, 'answer', 'tolerance'])} label={t.tolerance} />
        </fieldset>
      )
    case 'text':
      return <AcceptedEditor index={index} accepted={q.answer.accepted} />
  }
}

/**
 * The order units are offered in, by what they measure (every dimension: a new one left out fails the typecheck);
 * names come from unit-nouns.ts (the one table of unit names).
 */
const DIMENSION_ORDER = {
  count: 1,
  time: 1,
  percent: 1,
  length: 1,
  mass: 1,
  area: 1,
  volume: 1,
  speed: 1,
  data: 1,
  charge: 1,
  power: 1,
  energy: 1,
  temperature: 1,
  money: 1,
  date: 1,
} satisfies Record<Dimension, 1>
const DIMENSIONS = Object.keys(DIMENSION_ORDER) as Dimension[]

function UnitField({ index, unit }: { index: number; unit: Unit }) {
  const { t, lang, edit } = useStudio()
  const field = pathKey(['questions', index, 'answer', 'unit'])
  return (
    <Field field={field} label={t.unit} issuesBelow>
      {(control) => (
        <select {...control} value={unit} onChange={(e) => edit({ kind: 'set', path: ['questions', index, 'answer', 'unit'], value: e.currentTarget.value })}>
          {DIMENSIONS.map((d) => (
            <optgroup key={d} label={t.dimensionName[d]}>
              {UNITS.filter((u) => dimensionOf(u) === d).map((u) => (
                <option key={u} value={u}>
                  {(unitName(u, lang) || t.noUnit) + (dimensionOf(u) === 'money' ? ` (${u})` : '')}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  )
}

/**
 * A date key (unit `date`, stored as YYYYMMDD with 00 for an unknown part, src/core/dates.ts)
 * edited as a date: a year, a month and a day, each optional as the article gives them.
 */
function DateField({ index, value }: { index: number; value: number }) {
  const { edit, t, lang } = useStudio()
  const decoded = decodeDate(value)
  const [parts, setParts] = useState(() => textParts(decoded))
  useEffect(() => {
    const current = readParts(parts)
    if (!current || !isDateParts(current) || encodeDate(current) !== value) setParts(textParts(decoded))
  }, [value])
  const read = readParts(parts)
  const valid = read !== null && isDateParts(read)
  const field = pathKey(['questions', index, 'answer', 'value'])
  const id = fieldId(field)
  // Year, month and day each name the date: the hint, "not a date" and the key's problems describe all three.
  const problems = useProblemsOf([field, pathKey(['questions', index, 'answer'])], [`${id}-hint`, ...(valid ? [] : [`${id}-bad`])])
  const control = { 'aria-invalid': valid ? problems['aria-invalid'] : ('true' as const), 'aria-describedby': problems['aria-describedby'] }
  const months = useMemo(() => {
    const f = new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en', { month: 'long', timeZone: 'UTC' })
    return Array.from({ length: 12 }, (_, m) => f.format(Date.UTC(2000, m, 1)))
  }, [lang])
  const change = (key: keyof typeof parts, v: string) => {
    const next = { ...parts, [key]: v }
    setParts(next)
    const p = readParts(next)
    if (p && isDateParts(p)) edit({ kind: 'set', path: ['questions', index, 'answer', 'value'], value: encodeDate(p) })
  }
  return (
    <fieldset class="date-field">
      <legend>{t.date}</legend>
      <div class="row">
        <div class="field">
          <label for={id}>{t.year}</label>
          <input
            id={id}
            type="text"
            inputMode="numeric"
            dir="ltr"
            maxLength={4}
            value={parts.year}
            {...control}
            onInput={(e) => change('year', e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={`${id}-month`}>{t.month}</label>
          <select id={`${id}-month`} value={parts.month} {...control} onChange={(e) => change('month', e.currentTarget.value)}>
            <option value="">—</option>
            {months.map((name, m) => (
              <option key={m} value={String(m + 1)}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${id}-day`}>{t.day}</label>
          <input
            id={`${id}-day`}
            type="text"
            inputMode="numeric"
            dir="ltr"
            maxLength={2}
            value={parts.day}
            {...control}
            onInput={(e) => change('day', e.currentTarget.value)}
          />
        </div>
      </div>
      <p class="hint" id={`${id}-hint`}>
        {t.dateHint}
      </p>
      {!valid && (
        <p class="issues" id={`${id}-bad`}>
          {t.notADate}
        </p>
      )}
      <Issues field={field} />
    </fieldset>
  )
}

type DateText = { year: string; month: string; day: string }

function textParts(parts: DateParts | null): DateText {
  return { year: parts?.year ? String(parts.year) : '', month: parts?.month ? String(parts.month) : '', day: parts?.day ? String(parts.day) : '' }
}

/** The parts typed, or null when one is not a whole number. */
function readParts(text: DateText): DateParts | null {
  const parts: DateParts = {}
  for (const key of ['year', 'month', 'day'] as const) {
    const raw = normalizeDigits(text[key]).trim()
    if (!raw) continue
    if (!/^\d+$/.test(raw)) return null
    parts[key] = Number(raw)
  }
  return parts
}

function BooleanEditor({ index, value }: { index: number; value: boolean }) {
  const { t, edit } = useStudio()
  const name = `q${index}-bool`
  const problems = useProblemsOf([pathKey(['questions', index, 'answer'])])
  return (
    <fieldset class="answer" id={fieldId(pathKey(['questions', index, 'answer']))} tabIndex={-1}>
      <legend>{t.answerKey}</legend>
      {[true, false].map((v) => (
        <label class="inline" key={String(v)}>
          <input
            type="radio"
            name={name}
            checked={value === v}
            {...problems}
            onChange={() => edit({ kind: 'set', path: ['questions', index, 'answer'], value: v })}
          />
          {v ? t.true : t.false}
        </label>
      ))}
      <Issues field={pathKey(['questions', index, 'answer'])} />
    </fieldset>
  )
}

function ChoicesEditor({ index, q }: { index: number; q: Extract<Question, { type: 'single' | 'multiple' }> }) {
  const { t, edit, say, content } = useStudio()
  const multiple = q.type === 'multiple'
  const keys = multiple ? q.answer : [q.answer]
  const focusLater = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0)
  const firstText = (k: number) => fieldId(pathKey(['questions', index, 'choices', k, 'text', content.quiz.lang]))
  // The key's problems (none marked correct …) are about the "correct" boxes; the list's (too few, the same text twice) about the texts.
  const keyProblems = useProblemsOf([pathKey(['questions', index, 'answer'])])
  const choicesField = pathKey(['questions', index, 'choices'])
  return (
    <fieldset class="answer choices" id={fieldId(pathKey(['questions', index, 'choices']))} tabIndex={-1}>
      <legend>{multiple ? t.choicesMultiple : t.choicesSingle}</legend>
      <Issues field={pathKey(['questions', index, 'choices'])} />
      <Issues field={pathKey(['questions', index, 'answer'])} />
      <ol>
        {q.choices.map((c, k) => (
          <li key={c.id} class={keys.includes(c.id) ? 'correct' : ''}>
            <label class="inline key">
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={`q${index}-key`}
                checked={keys.includes(c.id)}
                aria-invalid={keyProblems['aria-invalid']}
                aria-describedby={[firstText(k), keyProblems['aria-describedby']].filter(Boolean).join(' ')}
                onChange={(e) => edit({ kind: 'mark-correct', index, choiceId: c.id, correct: e.currentTarget.checked })}
              />
              {t.correct}
            </label>
            <div class="choice-text">
              <LocalizedFields path={['questions', index, 'choices', k, 'text']} label={t.choiceN(k + 1)} maxLength={2000} alsoAbout={[choicesField]} />
            </div>
            <div class="tools" role="group" aria-label={t.choiceTools(k + 1)}>
              <button
                type="button"
                class="secondary small"
                id={`q${index}-c${k}-up`}
                disabled={k === 0}
                aria-label={t.moveChoiceUp(k + 1)}
                onClick={() => {
                  edit({ kind: 'move-choice', index, choice: k, to: k - 1 })
                  focusLater(`q${index}-c${k - 1}-up`)
                  say(t.movedChoice(k))
                }}
              >
                ↑
              </button>
              <button
                type="button"
                class="secondary small"
                id={`q${index}-c${k}-down`}
                disabled={k === q.choices.length - 1}
                aria-label={t.moveChoiceDown(k + 1)}
                onClick={() => {
                  edit({ kind: 'move-choice', index, choice: k, to: k + 1 })
                  focusLater(`q${index}-c${k + 1}-down`)
                  say(t.movedChoice(k + 2))
                }}
              >
                ↓
              </button>
              <button
                type="button"
                class="danger small"
                aria-label={t.removeChoice(k + 1)}
                onClick={() => {
                  edit({ kind: 'remove-choice', index, choice: k })
                  focusLater(`q${index}-add-choice`)
                  say(t.removedChoice(k + 1))
                }}
              >
                ✕
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        class="secondary"
        id={`q${index}-add-choice`}
        onClick={() => {
          edit({ kind: 'add-choice', index })
          focusLater(firstText(q.choices.length))
        }}
      >
        {t.addChoice}
      </button>
      {multiple && (
        <label class="inline">
          <input
            type="checkbox"
            checked={q.partialCredit}
            onChange={(e) => edit({ kind: 'set', path: ['questions', index, 'partialCredit'], value: e.currentTarget.checked })}
          />
          {t.partialCredit}
        </label>
      )}
    </fieldset>
  )
}

function AcceptedEditor({ index, accepted }: { index: number; accepted: string[] }) {
  const { t, edit, say } = useStudio()
  const inputId = (k: number) => fieldId(pathKey(['questions', index, 'answer', 'accepted', k]))
  // The list's problems (none given, one twice) are about each answer, or the add button while there are none.
  const listFields = [pathKey(['questions', index, 'answer']), pathKey(['questions', index, 'answer', 'accepted'])]
  const listProblems = useProblemsOf(listFields)
  return (
    <fieldset class="answer" id={fieldId(pathKey(['questions', index, 'answer']))} tabIndex={-1}>
      <legend>{t.acceptedAnswers}</legend>
      <p class="hint">{t.acceptedHint}</p>
      <Issues field={pathKey(['questions', index, 'answer'])} />
      <Issues field={pathKey(['questions', index, 'answer', 'accepted'])} />
      <ol>
        {accepted.map((_, k) => (
          <li key={k} class="accepted">
            <TextField path={['questions', index, 'answer', 'accepted', k]} label={t.acceptedN(k + 1)} maxLength={200} alsoAbout={listFields} />
            <button
              type="button"
              class="danger small"
              aria-label={t.removeAccepted(k + 1)}
              onClick={() => {
                edit({ kind: 'remove-accepted', index, at: k })
                say(t.removedAccepted(k + 1))
                setTimeout(() => document.getElementById(`q${index}-add-accepted`)?.focus(), 0)
              }}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        class="secondary"
        id={`q${index}-add-accepted`}
        aria-describedby={accepted.length === 0 ? listProblems['aria-describedby'] : undefined}
        onClick={() => {
          edit({ kind: 'add-accepted', index })
          setTimeout(() => document.getElementById(inputId(accepted.length))?.focus(), 0)
        }}
      >
        {t.addAccepted}
      </button>
    </fieldset>
  )
}

const clip = (text: string, n: number) => (text.length > n ? text.slice(0, n - 1) + '…' : text)

/**
 * The question's evidence: the quote, a sentence picker (the keyboard way to choose evidence) and
 * a quote field that accepts only words of the article, for shortening a sentence to the words
 * that prove the answer. Selecting text in the article sets it too (article-pane.tsx).
 */
function EvidenceEditor({ index }: { index: number }) {
  const { content, article, t, edit } = useStudio()
  const q = content.quiz.questions[index]!
  const sentences = useMemo(() => articleSentences(article), [article])
  const current = sentences.findIndex((s) => s.paragraph === q.evidence.paragraph && s.text === q.evidence.quote)
  const [quote, setQuote] = useState(q.evidence.quote)
  const [notFound, setNotFound] = useState(false)
  useEffect(() => {
    setQuote(q.evidence.quote)
    setNotFound(false)
  }, [q.evidence.quote, q.evidence.paragraph])
  const field = pathKey(['questions', index, 'evidence'])
  const id = fieldId(field)
  const sentenceId = `q${index}-sentence`
  const { issues } = useStudio()
  const bad = (issues.get(field)?.length ?? 0) > 0 || notFound
  return (
    <fieldset class="evidence">
      <legend>{t.evidence}</legend>
      <p class="hint">{t.evidenceHint}</p>
      <div class="field">
        <label for={sentenceId}>{t.evidenceSentence}</label>
        <select
          id={sentenceId}
          value={current >= 0 ? String(current) : ''}
          onChange={(e) => {
            const s = sentences[Number(e.currentTarget.value)]
            if (s) edit({ kind: 'set-evidence', index, evidence: { paragraph: s.paragraph, quote: s.text } })
          }}
        >
          {current < 0 && <option value="">{t.partOfSentence(q.evidence.paragraph)}</option>}
          {sentences.map((s, k) => (
            <option key={k} value={String(k)}>
              {t.paragraphShort(s.paragraph)} {clip(s.text, 90)}
            </option>
          ))}
        </select>
      </div>
      <div class={'field' + (bad ? ' bad' : '')}>
        <label for={id}>{t.quote(q.evidence.paragraph)}</label>
        <textarea
          id={id}
          rows={2}
          lang={content.quiz.lang}
          dir={content.quiz.lang === 'ar' ? 'rtl' : 'ltr'}
          value={quote}
          aria-invalid={bad ? 'true' : undefined}
          aria-describedby={`${id}-hint ${bad ? id + '-err' : ''}`.trim()}
          onInput={(e) => {
            const raw = e.currentTarget.value
            setQuote(raw)
            const text = raw.trim()
            const own = article.paragraphs[q.evidence.paragraph]
            const home = own && text && own.text.includes(text) ? own : article.paragraphs.find((p) => text && p.text.includes(text))
            setNotFound(!home)
            if (home) edit({ kind: 'set', path: ['questions', index, 'evidence'], value: { paragraph: home.index, quote: text } })
          }}
        />
        <p class="hint" id={`${id}-hint`}>
          {t.quoteHint}
        </p>
        {notFound ? (
          <ul class="issues" id={id + '-err'}>
            <li>{t.quoteNotInArticle}</li>
          </ul>
        ) : (
          <Issues field={field} />
        )}
      </div>
    </fieldset>
  )
}
