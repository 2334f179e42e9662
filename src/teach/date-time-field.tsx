import type { Ref } from 'preact'
import { useEffect, useMemo, useRef } from 'preact/hooks'
import { locale } from './format.ts'
import type { Lang, Strings } from './i18n.ts'

/**
 * A date and time typed in the page's language, not the browser's: `<input type="datetime-local">`
 * shows `mm/dd/yyyy` and an AM/PM clock from the browser's locale whatever the page says. Day,
 * month (by name) and year are chosen from lists written as the page writes numbers and months,
 * the time from a list of quarter hours (and 23:59); keyboard-operable like any select. The value is
 * the teacher's wall time as `datetime-local` writes it (`2026-12-03T23:59`), or `''` for none.
 * Choosing one part fills the others (this month and year, `defaultTime`), so a value is whole or empty;
 * the chosen moment is spelled out below, weekday included.
 */
export function DateTimeField(props: {
  t: Strings
  lang: Lang
  label: string
  value: string
  onChange: (value: string) => void
  /** The time a date gets when the teacher picks the day first. */
  defaultTime?: string
  required?: boolean
  /** The first list (the day): what "Change the date" focuses. */
  firstRef?: Ref<HTMLSelectElement>
  id: string
  /** The id of a message about this date shown elsewhere (a due date missing): each list points to it, marked invalid. */
  problemId?: string
}) {
  const { t, lang, value } = props
  const names = useMemo(() => partNames(lang), [lang])
  const parts = parse(value)
  const now = new Date()
  const years = yearsAround(now.getFullYear(), parts?.year)
  const times = parts && !TIMES.includes(parts.time) ? [...TIMES, parts.time].sort() : TIMES
  const hintId = `${props.id}-hint`
  const problem = props.problemId ? { 'aria-invalid': 'true' as const, 'aria-describedby': props.problemId } : {}
  const day = useRef<HTMLSelectElement | null>(null)

  // The browser's own "Please select an item" would be in the browser's language: say it in the page's.
  useEffect(() => day.current?.setCustomValidity(props.required && !value ? t.dateRequired : ''), [props.required, value, t])

  const set = (change: Partial<Parts>) => {
    const base: Parts = parts ?? { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate(), time: props.defaultTime ?? '23:59' }
    props.onChange(format({ ...base, ...change }))
  }
  const pick = (key: 'day' | 'month' | 'year') => (e: Event) => {
    const raw = (e.currentTarget as HTMLSelectElement).value
    if (raw === '') props.onChange('')
    else set({ [key]: Number(raw) })
  }

  return (
    <fieldset class="date-time" id={props.id} aria-describedby={hintId}>
      <legend>{props.label}</legend>
      <div class="date-parts">
        <label>
          {t.day}
          <select
            ref={(el) => {
              day.current = el
              if (typeof props.firstRef === 'function') props.firstRef(el)
              else if (props.firstRef) props.firstRef.current = el
            }}
            value={parts ? String(parts.day) : ''}
            {...problem}
            onChange={pick('day')}
          >
            <option value="">—</option>
            {range(1, daysIn(parts?.year ?? now.getFullYear(), parts?.month ?? now.getMonth() + 1)).map((d) => (
              <option key={d} value={String(d)}>
                {names.number(d)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.month}
          <select value={parts ? String(parts.month) : ''} {...problem} onChange={pick('month')}>
            <option value="">—</option>
            {names.months.map((name, i) => (
              <option key={i} value={String(i + 1)}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.year}
          <select value={parts ? String(parts.year) : ''} {...problem} onChange={pick('year')}>
            <option value="">—</option>
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {names.year(y)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.clock}
          <select
            value={parts?.time ?? ''}
            {...problem}
            onChange={(e) => (e.currentTarget.value === '' ? props.onChange('') : set({ time: e.currentTarget.value }))}
          >
            <option value="">—</option>
            {times.map((time) => (
              <option key={time} value={time}>
                {names.time(time)}
              </option>
            ))}
          </select>
        </label>
        {parts && (
          <button type="button" class="secondary small" onClick={() => props.onChange('')}>
            {t.clearDate}
          </button>
        )}
      </div>
      <p class="hint" id={hintId} aria-live="polite">
        {parts ? t.dateChosen(names.full(parts)) : t.dateHint}
      </p>
    </fieldset>
  )
}

type Parts = { year: number; month: number; day: number; time: string }

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/

function parse(value: string): Parts | null {
  const m = LOCAL.exec(value)
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), time: m[4]! } : null
}

/** `datetime-local`'s form; a day past the month's end (31 → February) becomes its last day. */
function format(p: Parts): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  const day = Math.min(p.day, daysIn(p.year, p.month))
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(day)}T${p.time}`
}

function daysIn(year: number, month: number): number {
  return new Date(year, month, 0).getDate()
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
}

/** Last year to three years ahead, and the value's year if it is outside them. */
function yearsAround(current: number, chosen?: number): number[] {
  const years = range(current - 1, current + 3)
  return chosen !== undefined && !years.includes(chosen) ? [...years, chosen].sort((a, b) => a - b) : years
}

/** Every quarter hour, and 23:59 (the end of a day, a common due time). */
const TIMES = [...range(0, 95).map((q) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`), '23:59']

/** How the page writes the parts: its digits, its month names, its clock. */
function partNames(lang: Lang) {
  const loc = locale(lang)
  const number = new Intl.NumberFormat(loc, { useGrouping: false })
  const month = new Intl.DateTimeFormat(loc, { month: 'long', calendar: 'gregory', timeZone: 'UTC' })
  const clock = new Intl.DateTimeFormat(loc, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })
  const full = new Intl.DateTimeFormat(loc, { dateStyle: 'full', timeStyle: 'short', calendar: 'gregory' })
  return {
    number: (n: number) => number.format(n),
    year: (y: number) => number.format(y),
    months: range(1, 12).map((m) => month.format(Date.UTC(2024, m - 1, 15))),
    time: (hhmm: string) => clock.format(Date.UTC(2024, 0, 1, Number(hhmm.slice(0, 2)), Number(hhmm.slice(3, 5)))),
    full: (p: Parts) => full.format(new Date(p.year, p.month - 1, p.day, Number(p.time.slice(0, 2)), Number(p.time.slice(3, 5)))),
  }
}
