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
 * nouns included (`ساعتين` → 2, `ساعتين ونصف` → 2.5, `ألفي جندي` → 2000).
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
      if (f && f.v < 1 && kindAt(T, f.end) !== 'noun') {
        v = isAnd(T, j) ? v + f.v : v - f.v
        j = f.end
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
