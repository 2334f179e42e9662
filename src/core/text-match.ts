import { normalizeText } from './normalize.ts'
import { isNumberWord, parseNumber } from './numbers.ts'

/**
 * Matching a free-text answer against the accepted answers of a question: after normalisation,
 * ignoring the Arabic article and the conjunction و at word starts, with a small typo tolerance
 * that never changes a number, a month or a day.
 */

export type TextMatch = {
  /** The answer as compared: `normalizeText(answer)`. */
  normalized: string
  /** The accepted answer it matched, as written in the quiz, or null. */
  matched: string | null
}

type Prepared = {
  normalized: string
  words: string[] // loose words (no ال / و prefixes, no English articles)
  joined: string // loose words without spaces
  letters: number
  number: number | null
}

const DIGIT = /\d/
const SPACE = ' '
const EN_ARTICLES = new Set(['the', 'a', 'an'])
const AL = '\u0627\u0644' // ال
const WAW = '\u0648' // و

// Words a single typo would turn into another valid answer: months and weekdays.
const PROTECTED = new Set(
  (
    'يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر ' +
    'كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين ' +
    'السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  )
    .split(SPACE)
    .flatMap((w) => [w, looseWord(w)]),
)

/** A word without the article ال or a leading conjunction و (والجنود → جنود). */
function looseWord(w: string): string {
  if (w.startsWith(WAW + AL) && w.length >= 5) return w.slice(3)
  if (w.startsWith(AL) && w.length >= 4) return w.slice(2)
  if (w.startsWith(WAW) && w.length >= 4) return w.slice(1)
  return w
}

// Accepted answers repeat on every request: prepared once. Student answers are not cached.
const acceptedCache = new Map<string, Prepared>()

function prepareAccepted(text: string): Prepared {
  let prepared = acceptedCache.get(text)
  if (!prepared) {
    if (acceptedCache.size >= 2000) acceptedCache.clear()
    prepared = prepare(text)
    acceptedCache.set(text, prepared)
  }
  return prepared
}

function prepare(text: string): Prepared {
  const normalized = normalizeText(text)
  let words = normalized === '' ? [] : normalized.split(SPACE)
  if (words.length > 1) words = words.filter((w) => !EN_ARTICLES.has(w))
  words = words.map(looseWord)
  const joined = words.join('')
  return { normalized, words, joined, letters: joined.length, number: parseNumber(text) }
}

/**
 * Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions),
 * or `max + 1` as soon as it is certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (a === b) return 0
  const n = b.length
  let prevPrev = new Array<number>(n + 1).fill(0)
  let prev = Array.from({ length: n + 1 }, (_, j) => j)
  let cur = new Array<number>(n + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    let rowMin = i
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1)
      cur[j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin > max) return max + 1
    ;[prevPrev, prev, cur] = [prev, cur, prevPrev]
  }
  return prev[n]!
}

/**
 * Typos allowed for a whole answer, by its letter count (spaces, article and و excluded):
 * none up to 4 letters, 1 for 5–8, 2 from 9 on.
 */
export function typoBudget(letters: number): number {
  return letters <= 4 ? 0 : letters <= 8 ? 1 : 2
}

function fuzzyEqual(answer: Prepared, accepted: Prepared): boolean {
  const budget = typoBudget(accepted.letters)
  if (budget === 0 || answer.words.length !== accepted.words.length) return false
  let used = 0
  for (let i = 0; i < accepted.words.length; i++) {
    const a = answer.words[i]!
    const c = accepted.words[i]!
    if (a === c) continue
    // A number, a month or a short word is right or wrong, never "almost".
    if (c.length <= 3 || DIGIT.test(a) || DIGIT.test(c) || isNumberWord(a) || isNumberWord(c)) return false
    if (PROTECTED.has(a) || PROTECTED.has(c)) return false
    // Typos rarely hit the first letter; prefixes that negate (un-, im-, غير) always do.
    if (a[0] !== c[0]) return false
    const wordMax = Math.min(budget - used, c.length >= 9 ? 2 : 1)
    const d = editDistance(a, c, wordMax)
    if (d > wordMax) return false
    used += d
  }
  return true
}

/**
 * Matches `answer` against the `accepted` answers: exact after normalisation, then ignoring ال,
 * a leading و and English articles, numbers by value (ألفين = 2000), then with typo tolerance.
 * An empty answer never matches.
 */
export function matchText(answer: string, accepted: string[]): TextMatch {
  const a = prepare(answer)
  if (a.normalized === '') return { normalized: '', matched: null }
  const candidates = accepted.map(prepareAccepted)
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!
    if (c.normalized === '') continue
    if (a.normalized === c.normalized || (a.joined !== '' && a.joined === c.joined)) return { normalized: a.normalized, matched: accepted[i]! }
    if (a.number !== null && c.number !== null && a.number === c.number) return { normalized: a.normalized, matched: accepted[i]! }
  }
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!
    if (c.normalized === '' || (a.number !== null && c.number !== null)) continue
    if (fuzzyEqual(a, c)) return { normalized: a.normalized, matched: accepted[i]! }
  }
  return { normalized: a.normalized, matched: null }
}
