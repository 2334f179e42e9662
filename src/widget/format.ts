import type { Lang } from './types.ts'

const formats: Partial<Record<Lang, Intl.NumberFormat>> = {}

/** A number in the digits readers of `lang` expect: Arabic-Indic for Arabic (٣), Latin for English. */
export function num(n: number, lang: Lang): string {
  const f = (formats[lang] ??= new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-arab' : 'en', { maximumFractionDigits: 2 }))
  return f.format(n)
}

// First-strong isolate … pop directional isolate: keeps a run's own direction inside text of the other.
const FSI = '\u2068'
const PDI = '\u2069'

/** Wraps text in Unicode isolates so numbers and Latin words keep their order inside RTL text. */
export function isolate(text: string): string {
  return FSI + text + PDI
}

/** "٣ / ١٥" or "3 / 15": position in a sequence, isolated so it reads correctly in either direction. */
export function progress(current: number, total: number, lang: Lang): string {
  return isolate(num(current, lang) + ' / ' + num(total, lang))
}

/** "٧ من ١٠" or "7 of 10". */
export function fraction(score: number, max: number, lang: Lang): string {
  return isolate(num(score, lang) + (lang === 'ar' ? ' من ' : ' of ') + num(max, lang))
}

/** Text direction of a language. */
export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr'
}
