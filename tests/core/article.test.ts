import { describe, expect, it } from 'vitest'
import { articleLayout, canonicalArticle, formatArticle, parseArticle } from '../../src/core/article.ts'
import text from '../../questions/kim-putin-beijing/article.ar.txt'

const shape = (t: string) => parseArticle(t).paragraphs.map((p) => [p.heading, p.text])

describe('the lines layout', () => {
  it('splits the article into lead, sections and closing', () => {
    const { paragraphs } = parseArticle(text)
    expect(articleLayout(text)).toBe('lines')
    expect(paragraphs).toHaveLength(9)
    expect(paragraphs[0]!.heading).toBeNull()
    expect(paragraphs[5]!.heading).toBe('لقاء امتد لساعتين ونصف')
    expect(paragraphs[8]!.heading).toBeNull()
  })

  it('has no closing paragraph when the sections end the article', () => {
    expect(shape('Lead.\nH1\nOne.\nH2\nTwo.')).toEqual([
      [null, 'Lead.'],
      ['H1', 'One.'],
      ['H2', 'Two.'],
    ])
  })
})

describe('the blocks layout', () => {
  it('reads blank-line separated paragraphs, a first line above more lines as the heading', () => {
    const t = 'Lead.\n\nFirst section\nOne.\n\nTwo, without a heading.\n\n\nSecond section\nThree\ncontinued.\n\nClosing.'
    expect(articleLayout(t)).toBe('blocks')
    expect(shape(t)).toEqual([
      [null, 'Lead.'],
      ['First section', 'One.'],
      [null, 'Two, without a heading.'],
      ['Second section', 'Three continued.'],
      [null, 'Closing.'],
    ])
  })

  it('reads the lines layout written with blank lines between sections the same', () => {
    const lines = parseArticle(text).paragraphs
    const blocks = formatArticle(lines)
    expect(articleLayout(blocks)).toBe('blocks')
    expect(parseArticle(blocks).paragraphs).toEqual(lines)
  })

  it('ignores a BOM, CRLF, spaces and runs of blank lines', () => {
    const t = '\uFEFF  Lead. \r\n \r\n\r\n\t\r\nH\r\n One.\r\n'
    expect(shape(t)).toEqual([
      [null, 'Lead.'],
      ['H', 'One.'],
    ])
    expect(canonicalArticle(t)).toBe('Lead.\n\nH\nOne.')
  })

  it('formatArticle round-trips any paragraphs, and one paragraph without its heading', () => {
    const paragraphs = [
      { heading: null, text: 'A.' },
      { heading: null, text: 'B.' },
      { heading: 'H', text: 'C.' },
      { heading: null, text: 'D.' },
    ]
    expect(shape(formatArticle(paragraphs))).toEqual(paragraphs.map((p) => [p.heading, p.text]))
    expect(shape(formatArticle([{ heading: 'H', text: 'Only.' }]))).toEqual([[null, 'Only.']])
    expect(parseArticle('').paragraphs).toEqual([])
    expect(parseArticle(' \n\n \r\n').paragraphs).toEqual([])
  })
})
