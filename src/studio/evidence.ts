import { sentenceSpans, trimSpan, type Span } from '../core/draft/sentences.ts'
import { QUOTE_MAX_LENGTH, type Article, type Evidence } from '../core/quiz-schema.ts'

export type { Span }

/**
 * A question's evidence in the studio: where its quote stands in the article (for highlighting),
 * the article's sentences (the keyboard way to pick evidence), and evidence from a selection in
 * the rendered article, which is always an exact substring of one paragraph's text.
 */

export type Sentence = Span & { paragraph: number; text: string }

const QUOTE_MAX = QUOTE_MAX_LENGTH

/** Every sentence of the article, paragraph by paragraph (the drafter's sentence splitter). */
export function articleSentences(article: Article): Sentence[] {
  return article.paragraphs.flatMap((p) => sentenceSpans(p.text).map((s) => ({ ...s, paragraph: p.index, text: p.text.slice(s.start, s.end) })))
}

export type SelectionEvidence = { ok: true; evidence: Evidence } | { ok: false; reason: 'empty' | 'across-paragraphs' | 'outside-text' | 'too-long' }

/** The evidence a selection `[start, end)` of paragraph `paragraph`'s text stands for. */
export function evidenceOfSpan(article: Article, paragraph: number, start: number, end: number): SelectionEvidence {
  const text = article.paragraphs[paragraph]?.text
  if (text === undefined) return { ok: false, reason: 'outside-text' }
  const span = trimSpan(text, { start: Math.max(0, Math.min(start, end)), end: Math.min(text.length, Math.max(start, end)) })
  if (span.end <= span.start) return { ok: false, reason: 'empty' }
  if (span.end - span.start > QUOTE_MAX) return { ok: false, reason: 'too-long' }
  return { ok: true, evidence: { paragraph, quote: text.slice(span.start, span.end) } }
}

/**
 * The evidence a DOM selection stands for, in an article rendered with one element per paragraph
 * text carrying `data-paragraph="<index>"` (marks inside it are fine: offsets count characters of
 * its text). A selection across paragraphs, or in a heading, is refused.
 */
export function evidenceOfRange(article: Article, range: Range): SelectionEvidence {
  if (range.collapsed) return { ok: false, reason: 'empty' }
  const from = paragraphElement(range.startContainer)
  const to = paragraphElement(range.endContainer)
  if (!from || !to) return { ok: false, reason: from || to ? 'across-paragraphs' : 'outside-text' }
  if (from !== to) return { ok: false, reason: 'across-paragraphs' }
  const start = offsetWithin(from, range.startContainer, range.startOffset)
  const end = offsetWithin(from, range.endContainer, range.endOffset)
  return evidenceOfSpan(article, Number(from.dataset.paragraph), start, end)
}

function paragraphElement(node: Node): HTMLElement | null {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement
  return element?.closest<HTMLElement>('[data-paragraph]') ?? null
}

/** The number of text characters in `root` before the boundary point (`node`, `offset`). */
function offsetWithin(root: Node, node: Node, offset: number): number {
  const range = root.ownerDocument!.createRange()
  range.setStart(root, 0)
  range.setEnd(node, offset)
  return range.toString().length
}

/** Where the quote stands in the paragraph text (its first occurrence), or null. */
export function locate(text: string, quote: string): Span | null {
  if (!quote) return null
  const start = text.indexOf(quote)
  return start < 0 ? null : { start, end: start + quote.length }
}

export type Segment = { text: string; start: number; keys: string[] }

/**
 * The paragraph text cut where highlighted spans begin and end, each piece with the keys of the
 * spans covering it (none: plain text), so overlapping evidence of several questions shows.
 */
export function segments(text: string, spans: ReadonlyArray<Span & { key: string }>): Segment[] {
  const cuts = new Set([0, text.length])
  for (const s of spans) {
    cuts.add(s.start)
    cuts.add(s.end)
  }
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b)
  const out: Segment[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!
    const end = points[i + 1]!
    if (end === start) continue
    const keys = spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.key)
    out.push({ text: text.slice(start, end), start, keys })
  }
  return out
}
