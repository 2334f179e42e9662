import { roundScore, wholePercent } from '../core/score.ts'
import type { Lang } from './types.ts'

/**
 * A digit system: Arabic-Indic (`arab`: ٠١٢٣) or Latin (`latn`: 0123). English is always written in
 * Latin digits; Arabic in Arabic-Indic ones unless the publisher asks for Latin (`data-digits="latn"`).
 */
export type Digits = 'arab' | 'latn'

/** The digits of `lang`, given the publisher's choice for Arabic (`arab` when unset). */
export function digitsOf(lang: Lang, arabic?: Digits): Digits {
  return lang === 'ar' && arabic !== 'latn' ? 'arab' : 'latn'
}

/**
 * A number in the digits readers of `lang` expect: Arabic-Indic for Arabic (٣) unless `digits` says
 * Latin. Written as `Intl.NumberFormat(lang, { maximumFractionDigits: 2 })` writes counts and scores
 * (`١٬٠٠٠`, `٢٫٥`, `1,000`), without Intl: its first Arabic formatter loads locale data, which took
 * about 40 ms of a page's first quiz.
 */
export function num(value: number, lang: Lang, digits = digitsOf(lang)): string {
  const text = String(Math.round(value * 100) / 100).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return lang === 'ar' ? toDigits(text, digits) : text
}

const ARABIC_INDIC_ZERO = 0x660

/**
 * Text with every digit in one system: `2.5 ساعة` → `٢٫٥ ساعة` in `arab`, Arabic-Indic and Persian
 * digits → Latin in `latn`. Each character maps to one, so offsets into the text stay valid.
 */
export function toDigits(text: string, digits: Digits): string {
  if (digits === 'latn') return text.replace(/[٠-٩۰-۹]/g, (d) => String(d.charCodeAt(0) & 15))
  return text
    .replace(/(\d)([.,])(?=\d)/g, (_match, digit: string, mark: string) => digit + (mark === '.' ? '٫' : '٬'))
    .replace(/\d/g, (d) => String.fromCharCode(ARABIC_INDIC_ZERO + +d))
}

// First-strong isolate … pop directional isolate: keeps a run's own direction inside text of the other.
const FSI = '\u2068'
const PDI = '\u2069'

/** Wraps text in Unicode isolates so numbers and Latin words keep their order inside RTL text. */
export function isolate(text: string): string {
  return FSI + text + PDI
}

/** "٣ / ١٥" or "3 / 15": position in a sequence, isolated so it reads correctly in either direction. */
export function progress(current: number, total: number, lang: Lang, digits?: Digits): string {
  return isolate(num(current, lang, digits) + ' / ' + num(total, lang, digits))
}

/** "٧ من ١٠" or "7 of 10", the score rounded as everywhere (core/score.ts). */
export function fraction(score: number, max: number, lang: Lang, digits?: Digits): string {
  return isolate(num(roundScore(score), lang, digits) + (lang === 'ar' ? ' من ' : ' of ') + num(max, lang, digits))
}

/** A whole percentage, "٧٧٪" or "77%". */
export function percent(score: number, max: number, lang: Lang, digits = digitsOf(lang)): string {
  return isolate(num(wholePercent(score, max), lang, digits) + (digits === 'arab' ? '٪' : '%'))
}

/** Text direction of a language. */
export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr'
}
