import { describe, expect, it } from 'vitest'
import { assignmentSnippets, quizSnippets } from '../../src/studio/snippets.ts'

describe('embed snippets', () => {
  it('gives the four embeds of a public quiz with attributes escaped', () => {
    const snippets = quizSnippets('https://fahm.example', 'my-quiz', 'ar', 'A "quoted" <title>')
    expect(snippets.map((s) => s.kind)).toEqual(['script', 'element', 'iframe', 'oembed'])
    // widget.js, and the preloads of the very requests it makes for the quiz in its language.
    expect(snippets[0]!.code).toBe(
      [
        '<script src="https://fahm.example/widget.js" data-quiz="my-quiz" data-lang="ar" fetchpriority="high" async></script>',
        '<link rel="preload" href="https://fahm.example/v1/quizzes/my-quiz?lang=ar" as="fetch" crossorigin>',
        '<link rel="preload" href="https://fahm.example/widget-ui.ar.js" as="script">',
      ].join('\n'),
    )
    expect(snippets[1]!.code.split('\n')).toEqual([
      '<fahm-quiz quiz="my-quiz" lang="ar"></fahm-quiz>',
      '<script src="https://fahm.example/widget.js" fetchpriority="high" async></script>',
      ...snippets[0]!.code.split('\n').slice(1),
    ])
    expect(snippets[2]!.code).toContain('src="https://fahm.example/embed/my-quiz?lang=ar"')
    expect(snippets[2]!.code).toContain('title="A &quot;quoted&quot; &lt;title>"')
    expect(snippets[3]!.code).toBe('https://fahm.example/oembed?url=https%3A%2F%2Ffahm.example%2Fembed%2Fmy-quiz%3Flang%3Dar&format=json')
  })

  it('preloads a quiz id as the widget asks for it: encoded in the path, the attribute escaped', () => {
    const [script] = quizSnippets('https://fahm.example', 'a b&"c', 'en', 'Quiz')
    expect(script!.code).toContain('data-quiz="a b&amp;&quot;c"')
    expect(script!.code).toContain('<link rel="preload" href="https://fahm.example/v1/quizzes/a%20b%26%22c?lang=en" as="fetch" crossorigin>')
    expect(script!.code).toContain('<link rel="preload" href="https://fahm.example/widget-ui.en.js" as="script">')
  })

  it('gives a classroom assignment its link and script tag', () => {
    expect(assignmentSnippets('https://fahm.example', 'ABC123', 'en')).toEqual([
      { kind: 'assignment-link', code: 'https://fahm.example/a/ABC123' },
      {
        kind: 'assignment-script',
        code: '<script src="https://fahm.example/widget.js" data-assignment="ABC123" data-lang="en" data-show-article async></script>',
      },
    ])
  })
})
