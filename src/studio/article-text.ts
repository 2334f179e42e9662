import { formatArticle } from '../core/article.ts'

/**
 * An article pasted or dropped as HTML (copied from a web page, or an .html file) turned into
 * article text in the blocks layout (src/core/article.ts): one paragraph per block, a heading
 * kept above the paragraph that follows it, the page's first `h1` as the title. Navigation,
 * scripts, figures and forms are left out. Uses the browser's DOMParser, which runs no script.
 */

export type ArticleFromHtml = { title: string | null; text: string }

const SKIP = 'script,style,noscript,template,nav,header,footer,aside,form,button,figure,figcaption,iframe,svg,video,audio,select,textarea'
const BLOCKS = 'p,h1,h2,h3,h4,h5,h6,li,blockquote,pre,dd,dt,td,th'
const HEADING = /^H[1-6]$/

export function articleFromHtml(html: string): ArticleFromHtml {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  for (const el of doc.body.querySelectorAll(SKIP)) el.remove()
  let title: string | null = null
  const paragraphs: { heading: string | null; text: string }[] = []
  let heading: string | null = null
  const blocks = [...doc.body.querySelectorAll(BLOCKS)].filter((el) => !el.parentElement?.closest(BLOCKS))
  // Text outside any block element (a plain copied selection) counts as paragraphs of its own.
  const source = blocks.length > 0 ? blocks : [doc.body]
  for (const el of source) {
    const lines = textLines(el)
    if (lines.length === 0) continue
    if (HEADING.test(el.tagName)) {
      const text = lines.join(' ')
      if (el.tagName === 'H1' && title === null && paragraphs.length === 0 && heading === null) title = text
      else {
        if (heading !== null) paragraphs.push({ heading: null, text: heading })
        heading = text
      }
      continue
    }
    for (const text of lines) {
      paragraphs.push({ heading, text })
      heading = null
    }
  }
  if (heading !== null) paragraphs.push({ heading: null, text: heading })
  return { title, text: paragraphs.length > 0 ? formatArticle(paragraphs) : '' }
}

/** The element's text as lines: `<br>` (and, in `pre`, a newline) breaks a line; white space collapses. */
function textLines(el: Element): string[] {
  const BREAK = '\u2028'
  const clone = el.cloneNode(true) as Element
  for (const br of clone.querySelectorAll('br')) br.replaceWith(BREAK)
  let raw = clone.textContent ?? ''
  if (el.tagName === 'PRE') raw = raw.replace(/\n/g, BREAK)
  return raw
    .split(BREAK)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
}
