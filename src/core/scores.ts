import { normalizeText } from './normalize.ts'
import { parseNumber } from './numbers.ts'

/**
 * A match score as readers write it (`2-1`, `2:1`, `٢-١`, `2 مقابل 1`, `2 to 1`, `two-one`,
 * `اثنين مقابل واحد`, `هدفين مقابل هدف`, `هدفين لهدف`, `2 goals to 1 goal`): the two numbers in the
 * order written, or null. Each side is a number, a number and a noun, or a noun alone — its dual
 * 2 (`هدفين`), its singular 1 (`هدف`, `هدف واحد`) — and a noun beside the same noun (or its broken plural), or
 * alone beside a bare number; a draw may be named beside a level score (`تعادل 1-1`, `one all`). No other
 * word: a team beside the score (`2-1 للقادسية`) is a claim the grader cannot check. Order counts:
 * `1-2` is not `2-1`.
 */
export function readScore(text: string): [number, number] | null {
  if (text.length > 80) return null
  const plain = normalizeText(text)
  // `one all`, `two-all`: a level score said once.
  const all = ALL.exec(plain)
  if (all !== null) {
    const v = parseNumber(all[1]!)
    return v !== null && goals(v) ? [v, v] : null
  }
  const parts = text.trim().split(SEPARATOR)
  if (parts.length !== 2) return null
  // «تعادل 1-1», `a 1-1 draw`: a draw said beside a level score (never beside `2-1`).
  const [drawBefore, first] = withoutDraw(normalizeText(parts[0]!), 'before')
  const [drawAfter, last] = withoutDraw(normalizeText(parts[1]!), 'after')
  let left = side(first)
  let right = side(last)
  // هدفين لهدف: «to» written onto the second side.
  const second = parts[1]!.trim()
  if ((right === null || !sameNoun(left, right)) && second.startsWith(LAM)) right = side(normalizeText(second.slice(1)))
  // «بثلاثة أهداف مقابل هدف»: «by» written onto the first side.
  if ((left === null || !sameNoun(left, right)) && first.startsWith(BA)) left = side(first.slice(1))
  if (left === null || right === null || !sameNoun(left, right)) return null
  if ((drawBefore || drawAfter) && left.v !== right.v) return null
  return [left.v, right.v]
}

// One separator between the sides: a dash, colon or slash, or «مقابل», «ل», "to", "vs", French «à» between spaces;
// or a space before «ل» written onto the second side (هدفين لهدف).
const SEPARATOR = /\s*[-\u2010-\u2015\u2212:/]\s*|\s+(?:مقابل|ل|لـ|to|vs\.?|v|à)\s+|\s+(?=ل\p{L})/iu
const LAM = 'ل'
const BA = 'ب'
const ALL = /^(\p{L}+|\d+)[\s-]+all$/u
// A draw named before the score («تعادل 1-1», `draw 1-1`) or after it (`1-1 draw`, «1-1 تعادل»).
const DRAW = /^(?:تعادل|تعادلا|تعادلوا|بالتعادل|التعادل|draw|drew|a draw|drawn|tie|tied|a tie|match nul|nul)$/u

function withoutDraw(words: string, where: 'before' | 'after'): [boolean, string] {
  const all = words.split(' ')
  for (let n = Math.min(2, all.length - 1); n >= 1; n--) {
    const said = where === 'before' ? all.slice(0, n) : all.slice(-n)
    if (DRAW.test(said.join(' '))) return [true, (where === 'before' ? all.slice(n) : all.slice(0, -n)).join(' ')]
  }
  return [false, words]
}

// The consonants of a noun: its broken plural is its singular (أهداف، هدف; أشواط، شوط).
const skeleton = (noun: string) => noun.replace(/^ال/u, '').replace(/[اأإآويى]/gu, '')

/**
 * True when the sides count the same thing: the same noun, its plural (أهداف، هدف), or a noun alone beside a
 * bare number (`ثلاثة لهدف`, three to one goal); `2 goals to 1 match` counts two things, `2-1 للقادسية` names a team.
 */
function sameNoun(left: Side | null, right: Side | null): boolean {
  if (left === null || right === null) return false
  if (left.noun === right.noun) return true
  if (left.noun === null || right.noun === null) return (left.noun === null ? right : left).alone === true
  return skeleton(left.noun) === skeleton(right.noun)
}

// A dual (هدفين، هدفان) or an English plural (goals): the noun's stem after it.
const DUAL = /^(\p{L}{2,})(?:ين|ان)$/u
const PLURAL = /^(\p{L}{2,})s$/u

// `alone`: a noun with no number (هدف, هدفين), whose count the noun itself says.
type Side = { v: number; noun: string | null; alone?: true }

function side(words: string): Side | null {
  if (words === '') return null
  const v = parseNumber(words)
  if (v !== null) return goals(v) ? { v, noun: null } : null
  const all = words.split(' ')
  const last = all.at(-1)!
  if (all.length === 1) {
    const dual = DUAL.exec(last)
    return dual ? { v: 2, noun: dual[1]!, alone: true } : { v: 1, noun: last, alone: true }
  }
  // «هدف واحد»: the noun, then its number (one, and in Arabic only one, follows its noun).
  if (all.length === 2 && parseNumber(last) === 1 && parseNumber(all[0]!) === null) return { v: 1, noun: all[0]! }
  const n = parseNumber(all.slice(0, -1).join(' '))
  if (n === null || !goals(n)) return null
  return { v: n, noun: DUAL.exec(last)?.[1] ?? PLURAL.exec(last)?.[1] ?? last }
}

const goals = (v: number) => Number.isInteger(v) && v >= 0 && v < 1000
