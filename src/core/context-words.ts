import { foldLetters } from './normalize.ts'
import { tokenize } from './numbers-tokenizer.ts'

/**
 * Whether a word around an answer comes from what the question's author wrote (prompt,
 * explanation, evidence quote): the words are compared after light stemming, so that a student
 * may reuse the question's words in any inflection (`قتل` / `قُتلوا`, `trained` / `training`).
 */

// Light stemming, enough to recognise a word of the question in an answer: clitics and the
// article, Arabic and English plural and verb endings, and a few words with broken plurals or
// synonyms that name the same event.
const STEM_PREFIXES = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ب', 'ل', 'ف', 'ك'].map(foldLetters)
const STEM_SUFFIXES = ['ين', 'ون', 'ات', 'وا', 'ه', "'s", 'ing', 'ed', 'es', 's', 'd'].map(foldLetters)
const FAMILIES: string[][] = [
  'قتيل قتلى قتل مقتل killed dead deaths died',
  'جريح جرحى اصابه مصاب wounded injured',
  'اسير اسرى captured prisoners prisoner',
  'لاجئ لاجئين refugees refugee',
].map((f) => f.split(' ').map(foldLetters))
const FAMILY_OF = new Map(FAMILIES.flatMap((f, i) => f.map((w) => [w, `#${i}`] as const)))

function stems(w: string, out: Set<string>): void {
  const bases = [w]
  for (const p of STEM_PREFIXES) if (w.length - p.length >= 3 && w.startsWith(p)) bases.push(w.slice(p.length))
  for (const b of bases) {
    out.add(b)
    const family = FAMILY_OF.get(b)
    if (family) out.add(family)
    for (const x of STEM_SUFFIXES) if (b.length - x.length >= 3 && b.endsWith(x)) out.add(b.slice(0, -x.length))
  }
}

// Words that frame any answer: "the answer is 2000", "الجواب هو 2000", "حوالي الـ 2000", "لمدة
// ساعتين ونصف", "for 2.5 hours", "المجموع 6000", "بلغ عددهم 2000", "بنسبة 12%".
const FREE = new Set(
  ('the it is was were are be been has have had answer ال جواب اجابة هو هي كان كانت ' +
    'for long لمدة مدة طوال number total عدد عددهم مجموع بلغ بلغت نسبة بنسبة')
    .split(' ')
    .map(foldLetters),
)

const contextCache = new WeakMap<readonly string[], Set<string>>()

function contextStems(context: readonly string[]): Set<string> {
  let set = contextCache.get(context)
  if (!set) {
    set = new Set()
    for (const tok of tokenize(context.join(' '))) if (tok.t === 'word') stems(tok.w, set)
    contextCache.set(context, set)
  }
  return set
}

/** True when the plain word `w` (folded) comes from the context, or when there is no context. */
export function fromContext(w: string, context: readonly string[] | undefined): boolean {
  if (context === undefined || FREE.has(w) || (w.startsWith('\u0627\u0644') && FREE.has(w.slice(2)))) return true
  const known = contextStems(context)
  const mine = new Set<string>()
  stems(w, mine)
  // An accusative written without its tanween: كوريا شماليا = كوريًا شماليًا.
  if (w.length >= 4 && w.endsWith('\u0627')) stems(w.slice(0, -1), mine)
  for (const x of mine) if (known.has(x)) return true
  return false
}

