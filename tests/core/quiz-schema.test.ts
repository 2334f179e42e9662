import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import seedQuiz from '../../questions/kim-putin-beijing/quiz.json'
import { Localized, QuizFile, Source } from '../../src/core/quiz-schema.ts'
import { arabicOnlyQuizFile, englishOnlyQuizFile, sampleQuizFile, withoutLanguage } from './export-fixture.ts'

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

describe('strings in one or two languages', () => {
  it('accepts { ar }, { en } and both, refuses {} with a message naming the languages', () => {
    expect(Localized.safeParse({ ar: 'نص' }).success).toBe(true)
    expect(Localized.safeParse({ en: 'Text' }).success).toBe(true)
    expect(Localized.safeParse({ ar: 'نص', en: 'Text' }).success).toBe(true)
    const empty = Localized.safeParse({})
    expect(empty.success).toBe(false)
    expect(empty.error?.issues.map((i) => i.message)).toEqual(['needs its text in at least one language: "ar" (Arabic) or "en" (English)'])
    // An empty text is no text: the length rule still applies to each language.
    expect(Localized.safeParse({ ar: '   ' }).success).toBe(false)
  })

  it('accepts one-language quiz files; an empty string object fails at its path', () => {
    expect(QuizFile.safeParse(arabicOnlyQuizFile()).success).toBe(true)
    expect(QuizFile.safeParse(englishOnlyQuizFile()).success).toBe(true)
    const file = arabicOnlyQuizFile() as unknown as { questions: { explanation: unknown }[] }
    file.questions[2]!.explanation = {}
    const parsed = QuizFile.safeParse(file)
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['questions.2.explanation'])
  })
})

describe('questions/quiz.schema.json (for editors)', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  const validate = ajv.compile(JSON.parse(readFileSync(new URL('../../questions/quiz.schema.json', import.meta.url), 'utf8')))
  const errorsOf = (file: unknown) => {
    validate(file)
    return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`)
  }

  it('accepts the seed quiz and one-language quizzes', () => {
    expect(errorsOf(seedQuiz)).toEqual([])
    expect(errorsOf(arabicOnlyQuizFile())).toEqual([])
    expect(errorsOf(englishOnlyQuizFile())).toEqual([])
  })

  it('refuses a string in no language', () => {
    expect(errorsOf({ ...arabicOnlyQuizFile(), title: {} })).toContain('/title anyOf')
  })

  it('requires the quiz’s own language in every string, like the content check', () => {
    const file = arabicOnlyQuizFile()
    const english = { ...file, lang: 'en' }
    expect(errorsOf(english)).toEqual(expect.arrayContaining(['/title required', '/questions/0/prompt required', '/questions/0/choices/0/text required']))
    const translated = withoutLanguage(sampleQuizFile(), 'ar')
    expect(errorsOf({ ...translated, lang: 'en' })).toEqual([])
    expect(errorsOf(translated)).toContain('/questions/0/explanation required')
  })
})
