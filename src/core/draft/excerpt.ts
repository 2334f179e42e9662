import type { Span } from './sentences.ts'

/**
 * A piece of a paragraph as a question shows it: the article's words, with the answer replaced by
 * a gap, other questions' answers by an ellipsis, or a value by another one (a false statement).
 */

export type Replacement = Span & { text: string }

// A clause may open with a conjunction that ties it to the one before; shown alone, it goes.
const LEADING_CONJUNCTION = /^(?:فيما|بينما|في حين|كما|حيث|إذ|whereas|while|and|but|as)\s+/iu
// An ellipsis at the end stays: it may stand for a hidden answer ("… in …").
const TRAILING_PUNCTUATION = /[\s,،;؛:.!?؟\-–—]+$/u

/**
 * The text of `span` with the replacements (inside it, not overlapping) applied; `keepEnding` keeps the marks of a
 * quotation that ends it (see withoutUnpairedQuotes).
 */
export function excerptText(text: string, span: Span, replacements: readonly Replacement[] = [], keepEnding = false): string {
  let out = ''
  let at = span.start
  for (const r of [...replacements].sort((a, b) => a.start - b.start)) {
    if (r.start < at || r.end > span.end) continue
    out += text.slice(at, r.start) + r.text
    at = r.end
  }
  out += text.slice(at, span.end)
  return withoutUnpairedQuotes(curlyQuotes(out).replace(LEADING_CONJUNCTION, '').replace(TRAILING_PUNCTUATION, '').trim(), keepEnding)
}

/**
 * Straight double quotes as curly ones, each opening or closing by where it stands: after a space or
 * a bracket and before a letter it opens (“), else it closes (”) — so that an excerpt cut inside a
 * quotation ("… them," said) sees its closing mark as one and drops it unpaired.
 */
export function curlyQuotes(text: string): string {
  if (!text.includes('"')) return text
  return text.replace(/"/gu, (_, at: number) => {
    const before = at === 0 ? ' ' : text[at - 1]!
    const after = text[at + 1] ?? ' '
    return /[\s(\[{—–-]/u.test(before) && !/\s/u.test(after) ? '“' : '”'
  })
}

/** An English text with a quotation inside another in single marks (“He said ‘no’ twice”), as English writes it. */
export function nestedQuotes(text: string): string {
  let depth = 0
  let out = ''
  for (const c of text) {
    if (c === '“') out += depth++ > 0 ? '‘' : c
    else if (c === '”' && depth > 0) out += --depth > 0 ? '’' : c
    else out += c
  }
  return out
}

const QUOTE_MARKS: Record<string, string> = { '«': '»', '“': '”' }
// Any of them: most excerpts have none.
const QUOTE_MARK = /[«»“”]/u

/**
 * The excerpt without the quotation marks its cut left unpaired: an opening mark whose quotation
 * goes on past the excerpt («الكشف يضيف …), a closing one whose quotation began before it. A
 * quotation that ends the excerpt loses its marks too unless `keepEnding`: an Arabic question quotes the excerpt in
 * « », and «… ذلك»» would close twice; an English one keeps them, a quotation inside another in ‘ ’ (“… said:
 * ‘Fares are going up.’”), and so does a statement, which no marks enclose.
 */
export function withoutUnpairedQuotes(excerpt: string, keepEnding = false): string {
  if (!QUOTE_MARK.test(excerpt)) return excerpt
  const open: number[] = []
  const drop = new Set<number>()
  for (let i = 0; i < excerpt.length; i++) {
    const c = excerpt[i]!
    if (QUOTE_MARKS[c]) open.push(i)
    else if (c === '»' || c === '”') {
      const at = open.findLastIndex((k) => QUOTE_MARKS[excerpt[k]!] === c)
      if (at < 0) drop.add(i)
      else {
        if (i === excerpt.length - 1 && !keepEnding) drop.add(i).add(open[at]!)
        open.splice(at, 1)
      }
    }
  }
  for (const k of open) drop.add(k)
  if (drop.size === 0) return excerpt
  return excerpt
    .split('')
    .filter((_, i) => !drop.has(i))
    .join('')
    .replace(/ {2,}/gu, ' ')
    .trim()
}

/** The span of `text` from `start` to `end`, with spaces and clause punctuation trimmed off its end. */
export function tidySpan(text: string, span: Span): Span {
  let { start, end } = span
  while (start < end && /\s/u.test(text[start]!)) start++
  while (end > start && /[\s,،;؛:\-–—]/u.test(text[end - 1]!)) end--
  // A conjunction left dangling at the end ("… عامل إزالة ألغام و").
  const tail = text.slice(start, end).match(/\s+(?:و|and|or|أو)$/iu)
  if (tail) end -= tail[0].length
  return { start, end }
}
