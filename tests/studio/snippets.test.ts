import { describe, expect, it } from 'vitest'
import { assignmentSnippets, quizSnippets } from '../../src/studio/snippets.ts'

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
      {
        kind: 'assignment-script',
        code: '<script src="https://fahm.example/widget.js" data-assignment="ABC123" data-lang="en" data-show-article async></script>',
      },
    ])
  })
})
