import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadQuiz } from '../../src/core/load-quiz.ts'
import { QuizInvalidError } from '../../src/core/parse-quiz.ts'

const file = JSON.parse(readFileSync(new URL('../../questions/kim-putin-beijing/quiz.json', import.meta.url), 'utf8')) as {
  questions: { evidence: { quote: string } }[]
}
const articleText = readFileSync(new URL('../../questions/kim-putin-beijing/article.ar.txt', import.meta.url), 'utf8')

/** The bundled quiz with the first evidence quote replaced by one the article does not contain. */
function withForeignQuote() {
  const copy = structuredClone(file)
  copy.questions[0]!.evidence.quote = 'جملة لا ترد في المقال أبداً'
  return copy
}

describe('loadQuiz', () => {
  it('runs the content checks by default', () => {
    expect(() => loadQuiz(withForeignQuote(), articleText)).toThrow(QuizInvalidError)
    try {
      loadQuiz(withForeignQuote(), articleText, { fileName: 'questions/x/quiz.json' })
    } catch (err) {
      const issues = (err as QuizInvalidError).issues
      expect(issues.some((issue) => issue.check !== 'schema' && issue.path.startsWith('questions[0].evidence'))).toBe(true)
      expect(issues.every((issue) => issue.file === 'questions/x/quiz.json')).toBe(true)
    }
  })

  it('with checks: false only parses, so a checked source loads the same quiz', () => {
    expect(loadQuiz(file, articleText, { checks: false })).toEqual(loadQuiz(file, articleText))
    // The content checks are what is skipped: the foreign quote goes through.
    const trusted = loadQuiz(withForeignQuote(), articleText, { checks: false })
    expect(trusted.questions[0]!.evidence.quote).toBe('جملة لا ترد في المقال أبداً')
    expect(trusted.article.paragraphs.length).toBeGreaterThan(2)
  })

  it('with checks: false still rejects a file the schema rejects', () => {
    const broken = { ...structuredClone(file), lang: 'fr' }
    expect(() => loadQuiz(broken, articleText, { checks: false, fileName: 'questions/y/quiz.json' })).toThrow(QuizInvalidError)
    try {
      loadQuiz(broken, articleText, { checks: false, fileName: 'questions/y/quiz.json' })
    } catch (err) {
      expect((err as QuizInvalidError).issues).toEqual([expect.objectContaining({ check: 'schema', file: 'questions/y/quiz.json', path: 'lang' })])
    }
  })
})
