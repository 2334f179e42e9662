import type { ComponentChildren } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { normalizeDigits } from '../core/normalize.ts'
import type { Lang } from '../core/quiz-schema.ts'
import { useStudio } from './context.ts'
import { getIn, pathKey, type Path } from './draft.ts'
import { fieldNames, issueText } from './i18n.ts'
import { fieldId } from './issues.ts'

/**
 * Form fields bound to the quiz being edited by their path (the content checks' paths): each
 * shows its label, an optional hint and the problems the live checks place on it, tied to the
 * control with `aria-describedby` and `aria-invalid`.
 */

export type ControlProps = {
  id: string
  'aria-invalid'?: 'true'
  'aria-describedby'?: string
}

/**
 * The problems on a field, as a list under it; `label` (the field's name) starts each problem when
 * the list is shown away from its field (below a row of fields).
 */
export function Issues({ field, id, label }: { field: string; id?: string; label?: string }) {
  const { issues, t } = useStudio()
  const list = issues.get(field)
  if (!list?.length) return null
  return (
    <ul class="issues" id={id ?? fieldId(field) + '-err'}>
      {list.map((issue, i) => {
        // A problem shown on a field above the one it names says which part it is about.
        const part = issue.path !== field ? fieldNames(issue.path.replace(/^questions\[\d+\]\.?/, ''), t) : (label ?? '')
        return (
          <li key={i}>
            {part && `${part}: `}
            {issueText(issue, t)}
          </li>
        )
      })}
    </ul>
  )
}

/**
 * The `aria-describedby` and `aria-invalid` of a control that the problems of `fields` are about:
 * the id of each one's problem list (`<Issues>`) that is shown, after the ids in `before` (a hint).
 */
export function useProblemsOf(fields: readonly string[], before: readonly string[] = []): Pick<ControlProps, 'aria-invalid' | 'aria-describedby'> {
  const { issues } = useStudio()
  const bad = fields.filter((field) => (issues.get(field)?.length ?? 0) > 0)
  const describedBy = [...before, ...bad.map((field) => fieldId(field) + '-err')].join(' ')
  return { 'aria-invalid': bad.length > 0 ? 'true' : undefined, 'aria-describedby': describedBy || undefined }
}

/**
 * A labelled control for the field `field`; `children` renders the control with the given props.
 * With `issuesBelow` its problems are left to the caller, which shows them (`<Issues>`, same id)
 * below the row the field sits in, where they have the row's width. `alsoAbout`: fields shown
 * elsewhere (a group's own problems, above it) whose problems are about this control too.
 */
export function Field(props: {
  field: string
  label: ComponentChildren
  hint?: ComponentChildren
  class?: string
  issuesBelow?: boolean
  alsoAbout?: readonly string[]
  children: (control: ControlProps) => ComponentChildren
}) {
  const id = fieldId(props.field)
  const { 'aria-invalid': invalid, 'aria-describedby': describedBy } = useProblemsOf(
    [props.field, ...(props.alsoAbout ?? [])],
    props.hint ? [id + '-hint'] : [],
  )
  const bad = invalid === 'true'
  return (
    <div class={'field' + (bad ? ' bad' : '') + (props.class ? ' ' + props.class : '')}>
      <label for={id}>{props.label}</label>
      {props.children({ id, 'aria-invalid': invalid, 'aria-describedby': describedBy })}
      {props.hint && (
        <p class="hint" id={id + '-hint'}>
          {props.hint}
        </p>
      )}
      {!props.issuesBelow && <Issues field={props.field} />}
    </div>
  )
}

const dirOf = (lang: Lang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr')

/** A string of the quiz at `path` (in the quiz object), edited as you type. */
export function TextField(props: {
  path: Path
  label: ComponentChildren
  hint?: ComponentChildren
  multiline?: boolean
  lang?: Lang
  maxLength?: number
  placeholder?: string
  /** Called with the raw value; returns the value to store (e.g. undefined to drop an empty optional field). */
  toValue?: (raw: string) => unknown
  /** Fields whose problems, shown elsewhere, are about this one too (see {@link Field}). */
  alsoAbout?: readonly string[]
}) {
  const { content, edit } = useStudio()
  const value = getIn(content.quiz, props.path)
  const text = typeof value === 'string' ? value : ''
  const onInput = (e: Event) => {
    const raw = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value
    edit({ kind: 'set', path: props.path, value: props.toValue ? props.toValue(raw) : raw })
  }
  const common = {
    value: text,
    onInput,
    lang: props.lang,
    dir: props.lang ? dirOf(props.lang) : ('auto' as const),
    maxLength: props.maxLength,
    placeholder: props.placeholder,
  }
  return (
    <Field field={pathKey(props.path)} label={props.label} hint={props.hint} alsoAbout={props.alsoAbout}>
      {(control) => (props.multiline ? <textarea {...control} {...common} rows={3} /> : <input type="text" {...control} {...common} />)}
    </Field>
  )
}

/**
 * A localized string (`{ ar, en }`) at `path`: one field per language the quiz is edited in. The
 * quiz's own language is required; a translation left empty is no translation (the key goes).
 */
export function LocalizedFields(props: { path: Path; label: string; multiline?: boolean; maxLength?: number; alsoAbout?: readonly string[] }) {
  const { content, t, langs } = useStudio()
  return (
    <>
      {langs.map((lang) => (
        <TextField
          key={lang}
          path={[...props.path, lang]}
          lang={lang}
          multiline={props.multiline}
          maxLength={props.maxLength ?? 2000}
          label={langs.length > 1 ? `${props.label} (${t.langName[lang]})` : props.label}
          alsoAbout={props.alsoAbout}
          toValue={lang === content.quiz.lang ? undefined : (raw) => (raw.trim() ? raw : undefined)}
        />
      ))}
    </>
  )
}

/**
 * A number at `path`, typed in any digits (٢٫٥ is 2.5). The quiz changes only when the text is a
 * number; until then the field says so and keeps what was typed.
 */
export function NumberField(props: {
  path: Path
  label: ComponentChildren
  hint?: ComponentChildren
  integer?: boolean
  min?: number
  max?: number
  issuesBelow?: boolean
  alsoAbout?: readonly string[]
}) {
  const { content, edit, t } = useStudio()
  const value = getIn(content.quiz, props.path)
  const shown = typeof value === 'number' ? String(value) : ''
  const [raw, setRaw] = useState(shown)
  // Undo, redo or another field changing the number: show the stored value again.
  useEffect(() => {
    if (parseNumber(raw) !== value) setRaw(shown)
  }, [value])
  const parsed = parseNumber(raw)
  const invalid = raw.trim() !== '' && (parsed === null || (props.integer && !Number.isInteger(parsed)))
  const key = pathKey(props.path)
  return (
    <Field field={key} label={props.label} hint={props.hint} class="num" issuesBelow={props.issuesBelow} alsoAbout={props.alsoAbout}>
      {(control) => (
        <>
          <input
            type="text"
            inputMode={props.integer ? 'numeric' : 'decimal'}
            dir="ltr"
            {...control}
            aria-invalid={invalid ? 'true' : control['aria-invalid']}
            aria-describedby={[control['aria-describedby'], invalid ? control.id + '-nan' : ''].filter(Boolean).join(' ') || undefined}
            value={raw}
            onInput={(e) => {
              const text = e.currentTarget.value
              setRaw(text)
              const n = parseNumber(text)
              if (n !== null && (!props.integer || Number.isInteger(n))) edit({ kind: 'set', path: props.path, value: n })
            }}
          />
          {invalid && (
            <p class="issues" id={control.id + '-nan'}>
              {props.integer ? t.wholeNumber : t.notANumber}
            </p>
          )}
        </>
      )}
    </Field>
  )
}

/** A number typed with Latin, Arabic-Indic or Persian digits, or null. */
export function parseNumber(text: string): number | null {
  const s = normalizeDigits(text)
    .replace(/[\s,]/g, '')
    .replace(/^\u2212/, '-')
  if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(s)) return null
  const n = Number(s)
  return Number.isFinite(n) ? n : null
}

/** A choice among fixed values at `path`. */
export function SelectField<T extends string>(props: {
  path: Path
  label: ComponentChildren
  options: readonly T[]
  optionLabel: (value: T) => string
  onChange?: (value: T) => void
}) {
  const { content, edit } = useStudio()
  const value = getIn(content.quiz, props.path)
  return (
    <Field field={pathKey(props.path)} label={props.label}>
      {(control) => (
        <select
          {...control}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => {
            const next = e.currentTarget.value as T
            if (props.onChange) props.onChange(next)
            else edit({ kind: 'set', path: props.path, value: next })
          }}
        >
          {props.options.map((o) => (
            <option key={o} value={o}>
              {props.optionLabel(o)}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}
