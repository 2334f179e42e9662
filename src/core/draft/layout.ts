import type { Paragraph } from '../quiz-schema.ts'

/**
 * Paragraphs and headings in pasted text. Web pages and word processors give one paragraph per
 * line, with or without blank lines between them; headings are short lines that end without a
 * full stop, directly above a paragraph. Lines wrapped inside a paragraph (mail, PDFs) are joined.
 */

export type DraftParagraph = Pick<Paragraph, 'heading' | 'text'>

const TERMINAL = /[.!?؟…:;؛،,]["'”’»)\]]*$/u
const WORDS = /\S+/g
const HEADING_MAX_WORDS = 14
const HEADING_MAX_CHARS = 120
// A line this long without a sentence end is a wrapped line, not a heading.
const WRAPPED_MIN_CHARS = 40

function wordCount(line: string): number {
  return line.match(WORDS)?.length ?? 0
}

/** A short line without a sentence end: a title or a section heading, when a paragraph follows. */
export function isHeadingLike(line: string): boolean {
  return !TERMINAL.test(line) && wordCount(line) <= HEADING_MAX_WORDS && line.length <= HEADING_MAX_CHARS && /\p{L}/u.test(line)
}

// A sentence's end, and a mark that never ends a paragraph (a comma, a semicolon: the line was broken inside a sentence,
// by a PDF's margin or a `<br>`).
const SENTENCE_END = /[.!?؟…]["'”’»)\]]*$/u
const GOES_ON = /[,،;؛]["'”’»)\]]*$/u
// A word broken at a line's end by a hyphen (`rea-` / `ched`), and a compound broken after its own (`e-` / `book`).
const HYPHEN_END = /(\p{L}+)-$/u
const FIRST_WORD = /^\S+/u
const LOWER_START = /^(\p{Ll}+)/u

/**
 * Whether a hard-wrapped block's line goes on into the next one. A PDF's text layer breaks a line where the next word would
 * not fit, so a line ending a sentence (or a headline above the block) that the next line's first word would have fitted
 * on ends its paragraph; a full one goes on, as does a line broken at a comma or long without a sentence's end.
 */
function goesOn(line: string, next: string, first: boolean, width: number): boolean {
  const fits = line.length + 1 + (FIRST_WORD.exec(next)?.[0].length ?? 0) <= width
  if (SENTENCE_END.test(line)) return !fits
  // (A line ending on a word broken by a hyphen is no headline.)
  if (HYPHEN_END.test(line)) return true
  if (first && isHeadingLike(line) && fits) return false
  if (GOES_ON.test(line) || HYPHEN_END.test(line)) return true
  return !TERMINAL.test(line) && line.length >= WRAPPED_MIN_CHARS
}

/**
 * Two lines joined: a word a hyphen broke at the line's end is one word again (`rea-` + `ched`), a compound keeps its
 * hyphen (`e-` + `book`: a part of two letters at most, or the compound written elsewhere in the text), other lines are
 * joined by a space.
 */
function join(line: string, next: string, text: string): string {
  const broken = HYPHEN_END.exec(line)
  if (!broken) return `${line} ${next}`
  const rest = LOWER_START.exec(next)
  if (!rest || !/^\p{Ll}+$/u.test(broken[1]!) || broken[1]!.length <= 2 || text.includes(`${broken[1]}-${rest[1]}`)) return `${line}${next}`
  // A word that opens compounds before a whole word (`well-` / `known`, `long-` / `term`, `half-` / `time`), not before a
  // suffix a hyphenator breaks off (`well-` / `ness`, `self-` / `ish`), nor written whole elsewhere in the text (`wellbeing`).
  if (
    COMPOUND_HEADS.has(broken[1]!.toLowerCase()) &&
    rest[1]!.length >= 3 &&
    !SUFFIXES.has(rest[1]!) &&
    !text.toLowerCase().includes(`${broken[1]}${rest[1]}`.toLowerCase())
  )
    return `${line}${next}`
  // A prefix before a word opening on the vowel it ends on keeps its hyphen, as English writes it (`anti-` / `inflation`,
  // `pre-` / `existing`, `re-` / `enter`, `de-` / `escalation`): no word is broken between two such vowels.
  const head = broken[1]!.toLowerCase()
  if (/[aeio]$/u.test(head) && rest[1]!.startsWith(head.slice(-1)) && rest[1]!.length >= 3 && !SUFFIXES.has(rest[1]!)) return `${line}${next}`
  // A prefix English hyphenates before a whole word (`anti-` / `war`, `non-` / `profit`, `multi-` / `party`) when that word
  // stands alone elsewhere in the text and the two are never written as one there (not `anti-` / `bodies`).
  if (
    HYPHENATED_PREFIXES.has(head) &&
    rest[1]!.length >= 3 &&
    !SUFFIXES.has(rest[1]!) &&
    new RegExp(`(?<![\\p{L}-])${rest[1]}(?![\\p{L}-])`, 'iu').test(text.replace(`${broken[0]}\n${rest[1]}`, ' ')) &&
    !text.toLowerCase().includes(`${head}${rest[1]}`.toLowerCase())
  )
    return `${line}${next}`
  return `${line.slice(0, -1)}${next}`
}
const HYPHENATED_PREFIXES = new Set('anti non semi multi pseudo quasi ultra'.split(' '))
const COMPOUND_HEADS = new Set('well self ill half all long short high low full part cross world record first year day week month time hard free'.split(' '))
const SUFFIXES = new Set('ing ings ish ness ly er ers est ed age ages less ful ment ments ship ward wards ity ism ist ists ies'.split(' '))

/** Lines of a block that continue each other (hard-wrapped text, a sentence broken at a comma) joined; other lines kept apart. */
function unwrap(lines: string[]): string[] {
  const wrapped =
    lines.length >= 3 &&
    lines.slice(0, -1).filter((l) => (!TERMINAL.test(l) || GOES_ON.test(l)) && l.length >= WRAPPED_MIN_CHARS).length >= (lines.length - 1) / 2
  const width = Math.max(...lines.map((l) => l.length))
  const text = lines.join('\n')
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const previous = lines[i - 1]
    const joins = previous !== undefined && (wrapped ? goesOn(previous, line, i === 1, width) : GOES_ON.test(previous))
    if (joins) out[out.length - 1] = join(out[out.length - 1]!, line, text)
    else out.push(line)
  }
  return out
}

/** The paragraphs of a cleaned text (lines, blank lines between blocks), headings attached. */
export function layoutParagraphs(text: string): DraftParagraph[] {
  const blocks = text
    .split(/\n[ \t]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.length > 0),
    )
    .filter((block) => block.length > 0)
  const lines = blocks.flatMap(unwrap)
  const paragraphs: DraftParagraph[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const next = lines[i + 1]
    if (next !== undefined && isHeadingLike(line) && !isHeadingLike(next)) {
      paragraphs.push({ heading: line, text: next })
      i++
    } else {
      paragraphs.push({ heading: null, text: line })
    }
  }
  return paragraphs
}
