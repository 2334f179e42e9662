import { normalizeText } from './normalize.ts'
import { parseNumber } from './numbers.ts'

/**
 * A match score as readers write it (`2-1`, `2:1`, `٢-١`, `2 مقابل 1`, `2 to 1`, `two-one`,
 * `اثنين مقابل واحد`, `هدفين مقابل هدف`, `هدفين لهدف`, `2 goals to 1 goal`): the two numbers in the
 * order written, or null. Each side is a number, a number and a noun, or a noun alone — its dual
 * 2 (`هدفين`), its singular 1 (`هدف`) — and a noun only beside the same noun on the other side. No other
 * word: a team beside the score (`2-1 للقادسية`) is a claim the grader cannot check. Order counts:
 * `1-2` is not `2-1`.
 */
export function readScore(text: string): [number, number] | null {
  if (text.length > 80) return null
  const parts = text.trim().split(SEPARATOR)
  if (parts.length !== 2) return null
  const left = side(normalizeText(parts[0]!))
  let right = side(normalizeText(parts[1]!))
  // هدفين لهدف: «to» written onto the second side.
  const second = parts[1]!.trim()
  if ((right === null || right.noun !== left?.noun) && second.startsWith(LAM)) right = side(normalizeText(second.slice(1)))
  if (left === null || right === null || left.noun !== right.noun) return null
  return [left.v, right.v]
}

// One separator between the sides: a dash, colon or slash, or «مقابل», «ل», "to", "vs" between spaces;
// or a space before «ل» written onto the second side (هدفين لهدف).
const SEPARATOR = /\s*[-\u2010-\u2015\u2212:/]\s*|\s+(?:مقابل|ل|لـ|to|vs\.?|v)\s+|\s+(?=ل\p{L})/iu
const LAM = 'ل'
// A dual (هدفين، هدفان) or an English plural (goals): the noun's stem after it.
const DUAL = /^(\p{L}{2,})(?:ين|ان)$/u
const PLURAL = /^(\p{L}{2,})s$/u

type Side = { v: number; noun: string | null }

function side(words: string): Side | null {
  if (words === '') return null
  const v = parseNumber(words)
  if (v !== null) return goals(v) ? { v, noun: null } : null
  const all = words.split(' ')
  const last = all.at(-1)!
  if (all.length === 1) {
    const dual = DUAL.exec(last)
    return dual ? { v: 2, noun: dual[1]! } : { v: 1, noun: last }
  }
  const n = parseNumber(all.slice(0, -1).join(' '))
  if (n === null || !goals(n)) return null
  return { v: n, noun: DUAL.exec(last)?.[1] ?? PLURAL.exec(last)?.[1] ?? last }
}

const goals = (v: number) => Number.isInteger(v) && v >= 0 && v < 1000
