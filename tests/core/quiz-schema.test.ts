import { describe, expect, it } from 'vitest'
import { QuizFile, Source } from '../../src/core/quiz-schema.ts'
import { sampleQuizFile } from './export-fixture.ts'

describe('source.url', () => {
  it('accepts http and https URLs', () => {
    for (const url of ['https://example.com/a?b=1&c=2', 'http://example.org/news/1', 'HTTPS://EXAMPLE.COM/']) {
      expect(Source.safeParse({ name: 'News', url }).success, url).toBe(true)
    }
  })

  it('refuses every other scheme, which an export would write into an <a href>', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(document.cookie)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.com/a',
      'https:example.com',
      'not a url',
    ]) {
      const parsed = Source.safeParse({ name: 'News', url })
      expect(parsed.success, url).toBe(false)
      expect(parsed.error?.issues[0]?.path).toEqual(['url'])
    }
  })

  it('applies to whole quiz files', () => {
    const file = { ...sampleQuizFile(), source: { name: 'News', url: 'javascript:alert(1)' } }
    const parsed = QuizFile.safeParse(file)
    expect(parsed.success).toBe(false)
    expect(new Set(parsed.error?.issues.map((i) => i.path.join('.')))).toEqual(new Set(['source.url']))
  })
})
