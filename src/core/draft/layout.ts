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

/** Lines of a block that continue each other (hard-wrapped text) joined; other lines kept apart. */
function unwrap(lines: string[]): string[] {
  const wrapped = lines.length >= 3 && lines.slice(0, -1).filter((l) => !TERMINAL.test(l) && l.length >= WRAPPED_MIN_CHARS).length >= (lines.length - 1) / 2
  if (!wrapped) return lines
  const out: string[] = []
  for (const line of lines) {
    const last = out[out.length - 1]
    if (last !== undefined && !TERMINAL.test(last) && last.length >= WRAPPED_MIN_CHARS) out[out.length - 1] = `${last} ${line}`
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
