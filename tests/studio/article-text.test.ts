import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { articleFromHtml } from '../../src/studio/article-text.ts'
import { assignmentSnippets, quizSnippets } from '../../src/studio/snippets.ts'

describe('an article pasted as HTML', () => {
  it('keeps paragraphs and headings, takes the first h1 as title, drops the page around it', () => {
    const html = `<nav><a href="/">Home</a></nav><script>window.__ran = 1</script>
      <article><h1>Kim and Putin meet</h1><p>Lead   paragraph
      over two source lines.</p><figure><img src="x.jpg"><figcaption>A photo</figcaption></figure>
      <h2>A section</h2><p>Its <b>first</b> paragraph.</p><p>A second one.<br>After a line break.</p>
      <ul><li>An item</li></ul><footer>© 2026</footer></article>`
    const { title, text } = articleFromHtml(html)
    expect(title).toBe('Kim and Putin meet')
    expect(parseArticle(text).paragraphs).toEqual([
      { index: 0, heading: null, text: 'Lead paragraph over two source lines.' },
      { index: 1, heading: 'A section', text: 'Its first paragraph.' },
      { index: 2, heading: null, text: 'A second one.' },
      { index: 3, heading: null, text: 'After a line break.' },
      { index: 4, heading: null, text: 'An item' },
    ])
    expect(text).not.toMatch(/Home|photo|2026/)
    expect((window as { __ran?: number }).__ran).toBeUndefined()
  })

  it('reads a plain selection without block elements, and gives nothing for an empty page', () => {
    expect(parseArticle(articleFromHtml('<span>سطر أول</span><br><span>سطر ثان</span>').text).paragraphs.map((p) => p.text)).toEqual(['سطر أول', 'سطر ثان'])
    expect(articleFromHtml('<nav>menu</nav>')).toEqual({ title: null, text: '' })
  })
})

describe('embed snippets', () => {
  it('gives the four embeds of a public quiz with attributes escaped', () => {
    const snippets = quizSnippets('https://fahm.example', 'my-quiz', 'ar', 'A "quoted" <title>')
    expect(snippets.map((s) => s.kind)).toEqual(['script', 'element', 'iframe', 'oembed'])
    expect(snippets[0]!.code).toBe('<script src="https://fahm.example/widget.js" data-quiz="my-quiz" data-lang="ar" async></script>')
    expect(snippets[2]!.code).toContain('src="https://fahm.example/embed/my-quiz?lang=ar"')
    expect(snippets[2]!.code).toContain('title="A &quot;quoted&quot; &lt;title>"')
    expect(snippets[3]!.code).toBe('https://fahm.example/oembed?url=https%3A%2F%2Ffahm.example%2Fembed%2Fmy-quiz%3Flang%3Dar&format=json')
  })

  it('gives a classroom assignment its link and script tag', () => {
    expect(assignmentSnippets('https://fahm.example', 'ABC123', 'en')).toEqual([
      { kind: 'assignment-link', code: 'https://fahm.example/a/ABC123' },
      { kind: 'assignment-script', code: '<script src="https://fahm.example/widget.js" data-assignment="ABC123" data-lang="en" data-show-article async></script>' },
    ])
  })
})
