import type { Entry } from './numbers-lexicon.ts'
import { PLAIN_DIGITS, type Token } from './numbers-tokenizer.ts'

/**
 * The number reader's grammar over tokens (`numbers-tokenizer.ts`): groups in descending order
 * (ألفين وخمسمائة, nine thousand five hundred), the Arabic unit-first order (خمسة وعشرون),
 * hundreds counted past ten (ninety-five hundred), fractions (اثنين ونصف, ثلاثة إلا ربع) and scale
 * words. Every reader looks a bounded number of tokens ahead of where it starts.
 */

export const entryAt = (T: Token[], i: number): Entry | null => {
  const tok = T[i]
  return tok?.t === 'word' ? tok.e : null
}
export const kindAt = (T: Token[], i: number) => entryAt(T, i)?.k
export const isAnd = (T: Token[], i: number) => kindAt(T, i) === 'and'

type Small = { v: number; end: number; digits: boolean }

/** A digit 1–9, as a word or as digits: the multiplier in "خمس مئة", "ثلاثة أرباع". */
function smallMultiplier(T: Token[], i: number): number | null {
  const tok = T[i]
  if (tok?.t === 'num') return Number.isInteger(tok.v) && tok.v >= 1 && tok.v <= 9 ? tok.v : null
  const e = entryAt(T, i)
  return e?.k === 'digit' && e.v >= 1 ? e.v : null
}

function below100(T: Token[], i: number): Small | null {
  const tok = T[i]
  if (tok?.t === 'num') return { v: tok.v, end: i + 1, digits: true }
  const e = entryAt(T, i)
  if (!e) return null
  switch (e.k) {
    case 'digit': {
      const next = entryAt(T, i + 1)
      // ثلاثة عشر = 13
      if (e.v >= 1 && next?.k === 'ten' && next.ar) return { v: e.v + 10, end: i + 2, digits: false }
      // خمسة وعشرون = 25 (Arabic puts the unit first)
      const after = entryAt(T, i + 2)
      if (e.v >= 1 && next?.k === 'and' && after?.k === 'tens') return { v: e.v + after.v, end: i + 3, digits: false }
      return { v: e.v, end: i + 1, digits: false }
    }
    case 'ten':
      return { v: 10, end: i + 1, digits: false }
    case 'teen':
      return { v: e.v, end: i + 1, digits: false }
    case 'tens': {
      const next = entryAt(T, i + 1)
      // twenty five / twenty-five
      if (next?.k === 'digit' && !next.ar && next.v >= 1) return { v: e.v + next.v, end: i + 2, digits: false }
      // عشرين وخمسة (colloquial order), twenty and five
      const after = entryAt(T, i + 2)
      if (next?.k === 'and' && after?.k === 'digit' && after.v >= 1) return { v: e.v + after.v, end: i + 3, digits: false }
      return { v: e.v, end: i + 1, digits: false }
    }
    default:
      return null
  }
}

function below1000(T: Token[], i: number): Small | null {
  const e = entryAt(T, i)
  let h: number | null = null
  let j = i
  if (e?.k === 'hundreds') [h, j] = [e.v, i + 1]
  else if (e?.k === 'hundred') [h, j] = [100, i + 1]
  else if (e?.k === 'a' && kindAt(T, i + 1) === 'hundred') [h, j] = [100, i + 2]
  else {
    const m = smallMultiplier(T, i)
    if (m !== null && kindAt(T, i + 1) === 'hundred') [h, j] = [m * 100, i + 2]
  }
  if (h === null) {
    const small = below100(T, i)
    // ninety-five hundred, 95 hundred, twenty hundred: 10–99 hundreds (counted as in English).
    if (small && small.v >= 10 && small.v <= 99 && Number.isInteger(small.v) && kindAt(T, small.end) === 'hundred') {
      ;[h, j] = [small.v * 100, small.end + 1]
    } else {
      return small
    }
  }
  const k = isAnd(T, j) ? j + 1 : j
  const rest = below100(T, k)
  if (rest && rest.v >= 1 && rest.v < 100 && Number.isInteger(rest.v)) return { v: h + rest.v, end: rest.end, digits: false }
  return { v: h, end: j, digits: false }
}

/** Words that say "minus" before a number: a temperature below zero (`minus 8`, «سالب 8», «ناقص 8»). Folded. */
const SIGN_WORDS: ReadonlySet<string> = new Set(['minus', 'سالب', 'ناقص'])
const NUMBER_START = new Set<Entry['k']>(['digit', 'ten', 'teen', 'tens', 'hundred', 'hundreds'])

/**
 * A minus sign at `i`, written onto the number after it and not onto the token before it: −25°C,
 * `fell to -5`; never the hyphen of a range or a name (5-6, COVID-19). Or a word for it before a
 * number that follows no number or unit: `minus 8`, «سالب ثمانية», «ناقص 8» — never between two
 * numbers (`10 minus 2`, «ساعتين ناقص ربع») nor before a fraction.
 */
export function isMinusSign(T: Token[], i: number): boolean {
  const minus = T[i]
  const next = T[i + 1]
  const previous = T[i - 1]
  if (minus?.t === 'word') {
    if (!SIGN_WORDS.has(minus.w)) return false
    const startsNumber = next?.t === 'num' || (next?.t === 'word' && next.e !== null && NUMBER_START.has(next.e.k))
    const afterNumber =
      previous?.t === 'num' ||
      (previous?.t === 'word' &&
        previous.e !== null &&
        (NUMBER_START.has(previous.e.k) || previous.e.k === 'noun' || previous.e.k === 'scale' || previous.e.k === 'frac'))
    return startsNumber && !afterNumber
  }
  return minus?.t === 'sym' && minus.c === '-' && next?.t === 'num' && next.start === minus.end && (previous === undefined || previous.end < minus.start)
}

/** A fraction on its own: نصف, ربع, ثلثين, ثلاثة أرباع, a half, three quarters, one third. */
export function readFraction(T: Token[], i: number): { v: number; end: number } | null {
  const e = entryAt(T, i)
  if (e?.k === 'a') {
    const f = entryAt(T, i + 1)
    return f?.k === 'frac' && f.form === 'sg' ? { v: 1 / f.den, end: i + 2 } : null
  }
  if (e?.k === 'frac') {
    if (e.form === 'pl') return null
    return { v: (e.form === 'dual' ? 2 : 1) / e.den, end: i + 1 }
  }
  const n = smallMultiplier(T, i)
  const f = entryAt(T, i + 1)
  if (n === null || f?.k !== 'frac') return null
  if (f.form === 'pl' && n >= 2 && n < f.den) return { v: n / f.den, end: i + 2 }
  if (f.form === 'sg' && n === 1) return { v: 1 / f.den, end: i + 2 }
  return null
}

type Group = { v: number; end: number; scale: number | null; endsWithScale: boolean; exact: boolean }

function readPoint(T: Token[], i: number, whole: Small): Small | null {
  // two point five, 2 point 75; واحد وخمسين فاصلة اتنين (51.2), ثمانية وعشرين فاصلة خمسة وعشرين (28.25)
  const point = entryAt(T, i)
  if (point?.k !== 'point' || !Number.isInteger(whole.v)) return null
  if (point.ar) {
    const first = entryAt(T, i + 1)
    const after = first?.k === 'digit' && first.v === 0 ? null : below100(T, i + 1)
    if (after !== null && !after.digits && Number.isInteger(after.v) && after.v >= 1)
      return { v: Number(`${whole.v}.${after.v}`), end: after.end, digits: true }
  }
  let digits = ''
  let j = i + 1
  for (; j < T.length; j++) {
    const tok = T[j]!
    const e = entryAt(T, j)
    if (e?.k === 'digit' && e.ar === point.ar) digits += String(e.v)
    else if (tok.t === 'num' && Number.isInteger(tok.v) && digits === '' && PLAIN_DIGITS.test(tok.raw)) {
      digits = tok.raw
      j++
      break
    } else break
  }
  // Its digits were said one by one: like digits, it may count a scale (nine point six billion).
  return digits ? { v: Number(`${whole.v}.${digits}`), end: j, digits: true } : null
}

function readGroup(T: Token[], i: number): Group | null {
  const e = entryAt(T, i)
  if (e?.k === 'scale') {
    if (e.form === 'pl') return null // "آلاف", "thousands": how many?
    return { v: (e.form === 'sg' ? 1 : 2) * e.v, end: i + 1, scale: e.v, endsWithScale: true, exact: true }
  }
  if (e?.k === 'a') {
    const s = entryAt(T, i + 1)
    if (s?.k === 'scale' && s.form === 'sg') return { v: s.v, end: i + 2, scale: s.v, endsWithScale: true, exact: true }
  }
  let small = below1000(T, i)
  if (!small) return null
  small = readPoint(T, small.end, small) ?? small
  const j = small.end
  // two and a half thousand
  if (isAnd(T, j) && Number.isInteger(small.v)) {
    const f = readFraction(T, j + 1)
    const s = f && entryAt(T, f.end)
    if (f && s?.k === 'scale' && (s.form === 'sg' || s.form === 'pl')) {
      return { v: (small.v + f.v) * s.v, end: f.end + 1, scale: s.v, endsWithScale: true, exact: false }
    }
  }
  // 9.5k, 6k (only written right onto digits), $1.5bn, 1.5 bn
  const abbr = entryAt(T, j)
  if (small.digits && abbr?.k === 'abbrScale' && (abbr.spaced || T[j]!.start === T[i]!.end)) {
    return { v: small.v * abbr.v, end: j + 1, scale: abbr.v, endsWithScale: true, exact: Number.isInteger(small.v) }
  }
  const s = entryAt(T, j)
  // 1500 مليون, 1,500 million, 3519 ألف: digits may count thousands, millions and billions past a thousand.
  if (s?.k === 'scale' && (s.form === 'sg' || s.anyCount || (s.form === 'dualOrAcc' && s.v === 1e3)) && small.digits && small.v >= 1000) {
    return { v: small.v * s.v, end: j + 1, scale: s.v, endsWithScale: true, exact: Number.isInteger(small.v) }
  }
  if (s?.k === 'scale' && small.v > 0 && small.v < 1000) {
    const integral = Number.isInteger(small.v)
    const ok =
      s.form === 'pl'
        ? (integral && small.v >= 2) ||
          (s.anyCount === true && (integral || small.digits)) || // ثلاثة آلاف، مائة وخمسة آلاف (lenient: any multiplier)
          (small.digits && small.v > 2 && small.v < 11) // 4.5 ملايين: a news writer's plural after a fraction of three to ten
        : (s.form === 'sg' || s.form === 'dualOrAcc') && (integral || small.digits)
    if (ok) return { v: small.v * s.v, end: j + 1, scale: s.v, endsWithScale: true, exact: integral }
  }
  return { v: small.v, end: j, scale: null, endsWithScale: false, exact: false }
}

export type NumberRead = { v: number; end: number; hasFrac: boolean }

/**
 * Reads the longest number expression starting at token `i`: groups in descending order
 * (ألفين وخمسمائة, nine thousand five hundred), then an optional fraction (اثنين ونصف,
 * two and a half; after a bare scale word it is a fraction of that scale: ألف ونصف = 1500)
 * or إلا + fraction (ثلاثة إلا ربع = 2.75).
 */
export function readNumber(T: Token[], i: number): NumberRead | null {
  const lead = readFraction(T, i)
  if (lead) {
    // نصف مليون, half a million
    const k = kindAt(T, lead.end) === 'a' ? lead.end + 1 : lead.end
    const s = entryAt(T, k)
    if (s?.k === 'scale' && s.form === 'sg') return { v: lead.v * s.v, end: k + 1, hasFrac: false }
    return { v: lead.v, end: lead.end, hasFrac: true }
  }
  const g = readGroup(T, i)
  if (!g) return null
  let total = g.v
  let cap = g.scale !== null && g.exact ? g.scale : 0
  let scaleJustRead = g.endsWithScale ? g.scale : null
  let j = g.end
  let hasFrac = false
  for (;;) {
    const and = isAnd(T, j)
    const k = and ? j + 1 : j
    if (!and && kindAt(T, j) === 'except') {
      const f = readFraction(T, j + 1)
      if (f && f.v < 1 && Number.isInteger(total) && total >= 1) {
        // As with و: after a bare thousand the fraction is of the thousand (ألفين إلا ربع = 1750).
        total -= scaleJustRead !== null && scaleJustRead >= 1000 ? f.v * scaleJustRead : f.v
        j = f.end
        hasFrac = true
      }
      break
    }
    if (and) {
      const f = readFraction(T, k)
      if (f && f.v < 1 && Number.isInteger(total)) {
        const scale = scaleJustRead !== null && scaleJustRead >= 1000 ? scaleJustRead : null
        total += scale !== null ? f.v * scale : f.v
        j = f.end
        // The scale may be said again after its fraction: مليون ونصف مليون، ثلاثة ملايين ونصف المليون.
        const again = entryAt(T, j)
        if (scale !== null && again?.k === 'scale' && again.form === 'sg' && again.v === scale) j++
        hasFrac = true
        break
      }
    }
    if (cap === 0) break
    const next = readGroup(T, k)
    if (!next || next.v <= 0 || next.v >= cap) break
    total += next.v
    cap = next.scale !== null && next.exact ? next.scale : 0
    scaleJustRead = next.endsWithScale ? next.scale : null
    j = next.end
  }
  return { v: total, end: j, hasFrac }
}
