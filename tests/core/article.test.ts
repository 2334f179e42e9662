import { expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import text from '../../questions/kim-putin-beijing/article.ar.txt'

it('splits the article into lead, sections and closing', () => {
  const { paragraphs } = parseArticle(text)
  expect(paragraphs).toHaveLength(9)
  expect(paragraphs[0]!.heading).toBeNull()
  expect(paragraphs[5]!.heading).toBe('لقاء امتد لساعتين ونصف')
  expect(paragraphs[8]!.heading).toBeNull()
})
