/**
 * Text pasted as HTML (a page's source, or a rich clipboard saved as markup): the tags go, the
 * structure stays. Block elements end paragraphs, headings become heading lines, list items become
 * lines of their own, and what is not text (scripts, styles, navigation, forms) is dropped.
 */

/** True when the text is markup rather than prose that mentions a tag or two. */
export function looksLikeHtml(text: string): boolean {
  const tags = text.match(/<\/?(?:p|div|br|h[1-6]|li|ul|ol|span|a|article|section|html|body|strong|em|b|i|table|td|tr|img|figure|blockquote)\b[^<>]*>/gi)
  return tags !== null && tags.length >= 2
}

const DROPPED = /<(script|style|noscript|template|svg|math|iframe|object|head|nav|footer|aside|form|button|select|figcaption)\b[\s\S]*?<\/\1\s*>/gi
const COMMENT = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[\s\S]*?\?>/g
const HEADING = /<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]\s*>/gi
const BREAK = /<br\b[^>]*>/gi
const ITEM = /<li\b[^>]*>/gi
const BLOCK = /<\/?(?:p|div|section|article|header|main|blockquote|ul|ol|li|table|thead|tbody|tr|td|th|dl|dt|dd|pre|hr|figure|address|h[1-6])\b[^>]*>/gi
const TAG = /<\/?[a-zA-Z][^<>]*>/g

// A paragraph break survives as a blank line; `PARAGRAPH` marks one until whitespace is tidied.
const PARAGRAPH = '\u2029'

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  shy: '',
  zwnj: '\u200C',
  zwj: '\u200D',
  lrm: '',
  rlm: '',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  deg: '°',
  times: '×',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  percnt: '%',
  dollar: '$',
}

/** Decodes character references: `&amp;`, `&#1576;`, `&#x628;` and the common named ones. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10)
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ''
    }
    return NAMED[ref.toLowerCase()] ?? whole
  })
}

/** The text of an HTML document or fragment, one paragraph per blank-line separated block. */
export function htmlToText(html: string): string {
  const text = html
    .replace(COMMENT, ' ')
    .replace(DROPPED, ' ')
    // A heading keeps its own line, directly above the paragraph that follows it.
    .replace(HEADING, (_, inner: string) => `${PARAGRAPH}${inner.replace(TAG, ' ').replace(/\s+/g, ' ')}\n`)
    .replace(BREAK, '\n')
    .replace(ITEM, `${PARAGRAPH}• `)
    .replace(BLOCK, PARAGRAPH)
    .replace(TAG, '')
  return decodeEntities(text)
    .split(PARAGRAPH)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.replace(/[ \t\f\v\u00A0]+/g, ' ').trim())
        .filter((line) => line.length > 0)
        .join('\n'),
    )
    .filter((block) => block.length > 0)
    .join('\n\n')
}
