import { entryAt, isAnd, isMinusSign, kindAt, readFraction, readNumber } from './numbers-grammar.ts'
import { tokenize, withoutHedges } from './numbers-tokenizer.ts'

/**
 * Reading numbers the way students write them: digits in any script with any separators,
 * Arabic and English number words, fractions, hedges ("نحو", "about"). The words are in
 * `numbers-lexicon.ts`, the tokenizer in `numbers-tokenizer.ts` and the grammar in
 * `numbers-grammar.ts`; `units.ts` builds quantities ("ساعتين ونصف", "150 دقيقة") on the same tokens.
 */

/**
 * The whole answer read as one number, or null when it is anything else: `6,000`, `٦٬٠٠٠`,
 * `٢٫٥`, `9 500`, `ألفين`, `تسعة آلاف وخمسمائة`, `9.5 ألف`, `two and a half`, `9.5k`, with
 * hedges (نحو، حوالي، تقريبًا، about, ~) ignored. Units, ranges, lists and comparisons → null.
 */
export function parseNumber(text: string): number | null {
  const T = withoutHedges(tokenize(text))
  if (T.length === 0) return null
  let i = 0
  let sign = 1
  if (isMinusSign(T, 0)) [sign, i] = [-1, 1]
  const r = readNumber(T, i)
  if (!r || r.end !== T.length || !Number.isFinite(r.v)) return null
  return sign * r.v
}

/**
 * Every number mentioned in a running text, in order: digits and words, Arabic duals of counted
 * nouns included (`ساعتين` → 2, `ساعتين ونصف` and `ساعتين ونصف الساعة` → 2.5, `ألفي جندي` → 2000).
 */
export function findNumbers(text: string): number[] {
  const T = tokenize(text)
  const found: number[] = []
  let i = 0
  while (i < T.length) {
    const e = entryAt(T, i)
    if (e?.k === 'noun' && (e.form === 'dual' || e.form === 'sg')) {
      let v = e.form === 'dual' ? 2 : 1
      let j = i + 1
      const f = (isAnd(T, j) || kindAt(T, j) === 'except') && readFraction(T, j + 1)
      // The noun may be said again after its fraction (ساعتين ونصف الساعة); another noun there is another
      // amount (يومين ونصف ساعة).
      const after = f ? entryAt(T, f.end) : null
      const again = after?.k === 'noun' && after.form === 'sg' && after.unit === e.unit
      if (f && f.v < 1 && (after?.k !== 'noun' || again)) {
        v = isAnd(T, j) ? v + f.v : v - f.v
        j = f.end + (again ? 1 : 0)
      }
      // A singular noun alone (الساعة، العام) mentions no number.
      if (e.form === 'dual' || j > i + 1) found.push(v)
      i = j
      continue
    }
    const sign = isMinusSign(T, i) ? -1 : 1
    const r = readNumber(T, sign < 0 ? i + 1 : i)
    if (r) {
      found.push(sign * r.v)
      i = r.end
      continue
    }
    i++
  }
  return found
}

// A number written with one dot before three digits (`6.000`, `45.000`, `1.500`), in any script.
const DOT_THOUSANDS = /(?<![0-9٠-٩۰-۹.,٫٬])([1-9١-٩۱-۹][0-9٠-٩۰-۹]{0,2})\.([0-9٠-٩۰-۹]{3})(?![0-9٠-٩۰-۹.,٫٬])/g
const DOT_THOUSANDS_RAW = /^[1-9]\d{0,2}\.\d{3}$/

/**
 * The text with every number written with one dot before three digits read as thousands (`6.000`
 * → `6000`, `45.000 ريال` → `45000 ريال`), as much of the Arab world, Turkey, Germany and
 * Indonesia write them; `parseNumber` reads the dot as a decimal point. Null when the text has no
 * such number, or one stands before a scale word or suffix (`1.500 مليار`, `1.500bn`: there the
 * dot is most likely a decimal point). The Arabic decimal separator (`٢٫٥٠٠`) stays decimal.
 */
export function withThousandsDots(text: string): string | null {
  const T = tokenize(text)
  let found = 0
  for (let i = 0; i < T.length; i++) {
    const tok = T[i]!
    if (tok.t !== 'num' || !DOT_THOUSANDS_RAW.test(tok.raw)) continue
    if (kindAt(T, i + 1) === 'scale') return null
    found++
  }
  if (found === 0) return null
  let replaced = 0
  const grouped = text.replace(DOT_THOUSANDS, (_, whole: string, thousands: string) => {
    replaced++
    return whole + thousands
  })
  // Another separator folded into a dot (٫) or a number the tokenizer reads otherwise: not sure.
  return replaced === found ? grouped : null
}
