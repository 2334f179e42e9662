import { roundScore } from '../core/score.ts'
import type { Lang, Strings } from './i18n.ts'

/**
 * How the page writes numbers, scores, shares, times and durations: one digit system per language
 * (Arabic-Indic in Arabic, Western in English), scores to one decimal at most, shares as whole
 * percentages, times in the teacher's own time zone (the browser's, unless `timeZone` is given).
 */
export type Formats = {
  number: (n: number) => string
  score: (n: number) => string
  percent: (share: number) => string
  dateTime: (iso: string | Date) => string
  duration: (seconds: number | null) => string
}

export function locale(lang: Lang): string {
  return lang === 'ar' ? 'ar-u-nu-arab' : 'en-u-nu-latn'
}

export function formats(lang: Lang, t: Strings, timeZone?: string): Formats {
  const loc = locale(lang)
  const whole = new Intl.NumberFormat(loc, { maximumFractionDigits: 0 })
  const score = new Intl.NumberFormat(loc, { maximumFractionDigits: 1 })
  const percent = new Intl.NumberFormat(loc, { style: 'percent', maximumFractionDigits: 0 })
  const dateTime = new Intl.DateTimeFormat(loc, { dateStyle: 'medium', timeStyle: 'short', calendar: 'gregory', timeZone })
  return {
    number: (n) => whole.format(n),
    score: (n) => score.format(roundScore(n)),
    percent: (share) => percent.format(share),
    dateTime: (value) => dateTime.format(typeof value === 'string' ? new Date(value) : value),
    duration: (seconds) => {
      if (seconds === null) return t.none
      const m = Math.floor(seconds / 60)
      const s = seconds % 60
      return m > 0 ? `${whole.format(m)} ${t.minutes} ${whole.format(s)} ${t.seconds}` : `${whole.format(s)} ${t.seconds}`
    },
  }
}
