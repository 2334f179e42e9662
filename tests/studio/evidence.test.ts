import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { articleSentences, evidenceOfRange, evidenceOfSpan, locate, segments } from '../../src/studio/evidence.ts'
import { seedContent } from './fixtures.ts'

describe('sentences', () => {
  it('covers every paragraph of the seed article with verbatim sentences', () => {
    const article = parseArticle(seedContent().articleText)
    const sentences = articleSentences(article)
    expect(new Set(sentences.map((s) => s.paragraph)).size).toBe(article.paragraphs.length)
    for (const s of sentences) {
      expect(article.paragraphs[s.paragraph]!.text.includes(s.text)).toBe(true)
      expect(s.text).toBe(s.text.trim())
    }
  })
})

describe('evidence from a selection', () => {
  const article = parseArticle('عنوان\nالفقرة الأولى هنا. وجملة ثانية.\n\nفقرة ثانية فيها 2000 جندي.')

  it('takes the exact substring, trimmed, and refuses empty or too long ones', () => {
    const text = article.paragraphs[0]!.text
    const at = text.indexOf('الأولى')
    // The selection's ends in either order, white space around it dropped.
    expect(evidenceOfSpan(article, 0, at + 'الأولى هنا'.length, at - 1)).toEqual({ ok: true, evidence: { paragraph: 0, quote: 'الأولى هنا' } })
    expect(evidenceOfSpan(article, 0, 2, 2)).toEqual({ ok: false, reason: 'empty' })
    expect(evidenceOfSpan(article, 0, at - 1, at)).toEqual({ ok: false, reason: 'empty' })
    expect(evidenceOfSpan(article, 5, 0, 3)).toEqual({ ok: false, reason: 'outside-text' })
    const long = parseArticle('x'.repeat(1200))
    expect(evidenceOfSpan(long, 0, 0, 1200)).toEqual({ ok: false, reason: 'too-long' })
  })

  it('reads a DOM range inside one paragraph element, marks and all; refuses one across paragraphs or in a heading', () => {
    document.body.innerHTML = `<article>
      <h3>عنوان</h3><p data-paragraph="0">الفقرة <mark>الأولى</mark> هنا. وجملة ثانية.</p>
      <p data-paragraph="1">فقرة ثانية فيها 2000 جندي.</p></article>`
    const [p0, p1] = [...document.querySelectorAll('p')]
    const mark = p0!.querySelector('mark')!.firstChild!
    const range = document.createRange()
    range.setStart(mark, 2)
    range.setEnd(p0!.lastChild!, 4)
    expect(evidenceOfRange(article, range)).toEqual({ ok: true, evidence: { paragraph: 0, quote: 'أولى هنا' } })

    const across = document.createRange()
    across.setStart(p0!.firstChild!, 0)
    across.setEnd(p1!.firstChild!, 4)
    expect(evidenceOfRange(article, across)).toEqual({ ok: false, reason: 'across-paragraphs' })

    const heading = document.createRange()
    heading.selectNodeContents(document.querySelector('h3')!)
    expect(evidenceOfRange(article, heading)).toEqual({ ok: false, reason: 'outside-text' })
  })
})

describe('highlights', () => {
  it('finds a quote and cuts a paragraph where overlapping evidence begins and ends', () => {
    const text = 'one two three four'
    expect(locate(text, 'two three')).toEqual({ start: 4, end: 13 })
    expect(locate(text, 'five')).toBeNull()
    expect(locate(text, '')).toBeNull()
    const cut = segments(text, [
      { start: 4, end: 13, key: 'a' },
      { start: 8, end: 18, key: 'b' },
    ])
    expect(cut).toEqual([
      { text: 'one ', start: 0, keys: [] },
      { text: 'two ', start: 4, keys: ['a'] },
      { text: 'three', start: 8, keys: ['a', 'b'] },
      { text: ' four', start: 13, keys: ['b'] },
    ])
    expect(cut.map((s) => s.text).join('')).toBe(text)
    expect(segments(text, [])).toEqual([{ text, start: 0, keys: [] }])
  })
})
