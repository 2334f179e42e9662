import type { Article, Paragraph } from './quiz-schema.ts'

/**
 * Splits an article text into paragraphs. The format is the one news articles arrive in:
 * the first line is the lead paragraph, then each section is a heading line followed by its
 * paragraph, and the last line is the closing paragraph. Blank lines are ignored.
 */
export function parseArticle(text: string): Article {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
  if (lines.length === 0) return { paragraphs: [] }

  const paragraphs: Paragraph[] = [{ index: 0, heading: null, text: lines[0]! }]
  const body = lines.slice(1)
  // An odd count means a heading/paragraph pair per section plus the closing paragraph.
  const closing = body.length % 2 === 1 ? body.pop()! : null
  for (let i = 0; i < body.length; i += 2) {
    paragraphs.push({ index: paragraphs.length, heading: body[i]!, text: body[i + 1]! })
  }
  if (closing !== null) paragraphs.push({ index: paragraphs.length, heading: null, text: closing })
  return { paragraphs }
}
