import type { Article, Paragraph } from './quiz-schema.ts'

/**
 * The two ways an article text is laid out, told apart by blank lines:
 *
 * - **lines** (no blank line between two lines of text): the format news articles arrive in. The
 *   first line is the lead paragraph, then each section is a heading line followed by its
 *   paragraph, and the last line is the closing paragraph.
 * - **blocks** (a blank line somewhere between two lines of text): paragraphs are separated by
 *   blank lines. A block of one line is a paragraph without a heading; in a block of two lines or
 *   more the first line is the heading and the others are its paragraph (joined with a space).
 *   This is what the drafter writes, since it can say "a paragraph without a heading" anywhere.
 *
 * The lines format written with blank lines between sections (`lead`, blank, `heading` + `text`,
 * blank, `closing`) reads the same both ways.
 */
export type ArticleLayout = 'lines' | 'blocks'

/** The longest article a quiz may be bound to, in characters: a long feature with room to spare. */
export const ARTICLE_MAX_CHARS = 200_000

const BOM = /^\uFEFF/
const LINE_BREAK = /\r\n|\r|\n/

/** The article's blocks of non-blank, trimmed lines: a blank line ends a block. */
function blocksOf(text: string): string[][] {
  const blocks: string[][] = [[]]
  for (const raw of text.replace(BOM, '').split(LINE_BREAK)) {
    const line = raw.trim()
    if (line.length > 0) blocks[blocks.length - 1]!.push(line)
    else if (blocks[blocks.length - 1]!.length > 0) blocks.push([])
  }
  return blocks.filter((block) => block.length > 0)
}

/** Which layout `parseArticle` reads the text in. */
export function articleLayout(text: string): ArticleLayout {
  return blocksOf(text).length > 1 ? 'blocks' : 'lines'
}

/** Splits an article text into paragraphs, in either layout (see {@link ArticleLayout}). */
export function parseArticle(text: string): Article {
  const blocks = blocksOf(text)
  if (blocks.length === 0) return { paragraphs: [] }
  if (blocks.length === 1) return { paragraphs: fromLines(blocks[0]!) }
  return {
    paragraphs: blocks.map((lines, index) =>
      lines.length === 1 ? { index, heading: null, text: lines[0]! } : { index, heading: lines[0]!, text: lines.slice(1).join(' ') },
    ),
  }
}

function fromLines(lines: string[]): Paragraph[] {
  const paragraphs: Paragraph[] = [{ index: 0, heading: null, text: lines[0]! }]
  const body = lines.slice(1)
  // An odd count means a heading/paragraph pair per section plus the closing paragraph.
  const closing = body.length % 2 === 1 ? body.pop()! : null
  for (let i = 0; i < body.length; i += 2) {
    paragraphs.push({ index: paragraphs.length, heading: body[i]!, text: body[i + 1]! })
  }
  if (closing !== null) paragraphs.push({ index: paragraphs.length, heading: null, text: closing })
  return paragraphs
}

/**
 * The article as `parseArticle` sees it: lines trimmed, no BOM, `\n` line ends; in the blocks
 * layout one blank line between blocks, in the lines layout none.
 */
export function canonicalArticle(text: string): string {
  return blocksOf(text)
    .map((lines) => lines.join('\n'))
    .join('\n\n')
}

/**
 * Writes paragraphs back as an article text in the blocks layout, which `parseArticle` reads as
 * the same paragraphs (texts and headings must be single lines). One paragraph is written alone,
 * without its heading: a single block is read in the lines layout.
 */
export function formatArticle(paragraphs: ReadonlyArray<Pick<Paragraph, 'heading' | 'text'>>): string {
  if (paragraphs.length === 1) return paragraphs[0]!.text
  return paragraphs.map((p) => (p.heading ? `${p.heading}\n${p.text}` : p.text)).join('\n\n')
}
