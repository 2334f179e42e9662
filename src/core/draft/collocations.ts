import { foldLetters } from '../normalize.ts'

/**
 * Fixed pairs of names: a reader who sees one half beside «and» guesses the other without reading (`Europe and the ____`
 * is the United States; «أوروبا و____» الولايات المتحدة; `Trinidad and ____`). Each pair in both orders; a name's
 * short forms (the US, the UK) are their own entries.
 */
const PAIRS: readonly (readonly [string, string])[] = [
  ['Europe', 'United States'],
  ['Europe', 'US'],
  ['Europe', 'North America'],
  ['United States', 'Canada'],
  ['US', 'Canada'],
  ['United States', 'China'],
  ['US', 'China'],
  ['United States', 'Britain'],
  ['US', 'UK'],
  ['Australia', 'New Zealand'],
  ['India', 'Pakistan'],
  ['Spain', 'Portugal'],
  ['England', 'Wales'],
  ['Middle East', 'North Africa'],
  ['Asia', 'Pacific'],
  ['Latin America', 'Caribbean'],
  ['Bosnia', 'Herzegovina'],
  ['Trinidad', 'Tobago'],
  ['Antigua', 'Barbuda'],
  ['Saint Kitts', 'Nevis'],
  ['Sao Tome', 'Principe'],
  ['Turks', 'Caicos'],
  ['أوروبا', 'الولايات المتحدة'],
  ['أوروبا', 'أمريكا الشمالية'],
  ['الولايات المتحدة', 'كندا'],
  ['الولايات المتحدة', 'الصين'],
  ['الولايات المتحدة', 'بريطانيا'],
  ['أستراليا', 'نيوزيلندا'],
  ['الهند', 'باكستان'],
  ['إسبانيا', 'البرتغال'],
  ['الشرق الأوسط', 'شمال أفريقيا'],
  ['آسيا', 'المحيط الهادئ'],
  ['أمريكا اللاتينية', 'الكاريبي'],
  ['البوسنة', 'الهرسك'],
  ['ترينيداد', 'توباغو'],
]

const fold = (s: string) =>
  foldLetters(s)
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim()

// Each half, folded, and the halves it pairs with.
const PARTNERS = new Map<string, string[]>()
for (const [a, b] of PAIRS) {
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    const list = PARTNERS.get(fold(x)) ?? []
    list.push(fold(y))
    PARTNERS.set(fold(x), list)
  }
}

// What stands between the two halves: `and (the)`, `&`, «و» (glued to the second, أوروبا والولايات المتحدة), `-` (Asia-Pacific).
const BEFORE_JOIN = /(?:\s+(?:and|&)\s+(?:the\s+)?|\s+و|-)$/iu
const AFTER_JOIN = /^(?:\s+(?:and|&)\s+(?:the\s+)?|\s+و|-)/iu
const WORDS_AROUND = 40

/**
 * Whether the name at `start`–`end` of `text` completes a fixed pair with the name across «and» beside it, so that a blank
 * there gives itself away (`Europe and the United States`, «الولايات المتحدة وأوروبا»).
 */
export function predictableInPair(text: string, start: number, end: number): boolean {
  let name = fold(text.slice(start, end))
  // A name read with the «و» glued to it (والولايات المتحدة): the «و» joins it to the half before.
  const glued = !PARTNERS.has(name) && name.startsWith('و') && PARTNERS.has(name.slice(1))
  if (glued) name = name.slice(1)
  const partners = PARTNERS.get(name)
  if (!partners) return false
  const before = text.slice(Math.max(0, start - WORDS_AROUND), start)
  const join = before.match(glued ? /\s+$/u : BEFORE_JOIN)
  if (join) {
    const head = fold(before.slice(0, join.index))
    if (partners.some((p) => head.endsWith(p) && /(?:^|[\s(«"“'])$/u.test(head.slice(0, head.length - p.length)))) return true
  }
  const after = text.slice(end, end + WORDS_AROUND)
  const joined = after.match(AFTER_JOIN)
  if (joined) {
    const tail = fold(after.slice(joined[0].length))
    if (partners.some((p) => tail.startsWith(p) && !/^[\p{L}\p{M}]/u.test(tail.slice(p.length)))) return true
  }
  return false
}
