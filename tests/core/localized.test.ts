import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { missingStrings, pickText, quizLangs, quizStrings, servedLang, untranslatedStrings } from '../../src/core/localized.ts'
import { checkQuiz } from '../../src/core/content-checks.ts'
import type { Lang, Localized } from '../../src/core/quiz-schema.ts'
import { arabicOnlyQuizFile, ENGLISH_ARTICLE, englishOnlyQuizFile, SAMPLE_ARTICLE, sampleQuizFile, withoutLanguage } from './export-fixture.ts'

describe('pickText', () => {
  it.each<[Localized, Lang, Lang | undefined, string]>([
    [{ ar: 'عربي', en: 'English' }, 'en', 'ar', 'English'],
    [{ ar: 'عربي', en: 'English' }, 'ar', 'en', 'عربي'],
    [{ ar: 'عربي' }, 'en', 'ar', 'عربي'],
    [{ en: 'English' }, 'ar', 'en', 'English'],
    // Without a fallback, or with one the string lacks too: the language it has.
    [{ ar: 'عربي' }, 'en', undefined, 'عربي'],
    [{ en: 'English' }, 'ar', 'ar', 'English'],
  ])('%j in %s (fallback %s) is %s', (text, lang, fallback, expected) => {
    expect(pickText(text, lang, fallback)).toBe(expected)
  })

  it('never gives an empty string for a string the schema accepts', () => {
    const text = fc.string({ minLength: 1, maxLength: 5 })
    const localized = fc.oneof(fc.record({ ar: text }), fc.record({ en: text }), fc.record({ ar: text, en: text })) as fc.Arbitrary<Localized>
    const lang = fc.constantFrom<Lang>('ar', 'en')
    fc.assert(
      fc.property(localized, lang, fc.option(lang, { nil: undefined }), (t, l, f) => {
        const picked = pickText(t, l, f)
        expect(picked.length).toBeGreaterThan(0)
        expect(picked).toBe(t[l] ?? (f !== undefined ? t[f] : undefined) ?? t.ar ?? t.en)
      }),
    )
  })
})

describe('quizStrings and missingStrings', () => {
  it('walks the title, then each question: prompt, choice texts, explanation', () => {
    const paths = [...quizStrings(sampleQuizFile())].map(([path]) => path)
    expect(paths.slice(0, 6)).toEqual([
      'title',
      'questions[0].prompt',
      'questions[0].choices[0].text',
      'questions[0].choices[1].text',
      'questions[0].choices[2].text',
      'questions[0].explanation',
    ])
    expect(paths).toContain('questions[3].prompt') // boolean: no choices
    expect(paths).not.toContain('questions[3].choices[0].text')
  })

  it('names every string lacking a language, with the language in the path', () => {
    expect(missingStrings(sampleQuizFile(), 'en')).toEqual([])
    const arabicOnly = arabicOnlyQuizFile()
    const missing = missingStrings(arabicOnly, 'en')
    expect(missing).toHaveLength([...quizStrings(arabicOnly)].length)
    expect(missing.slice(0, 2)).toEqual(['title.en', 'questions[0].prompt.en'])
    expect(missingStrings(arabicOnly, 'ar')).toEqual([])
  })
})

describe('quizLangs and servedLang', () => {
  const partial = () => {
    const file = arabicOnlyQuizFile()
    file.title.en = 'The summit'
    file.questions[0]!.prompt.en = 'Where did they meet?'
    return file
  }

  it.each([
    ['both languages', sampleQuizFile(), ['ar', 'en']],
    ['Arabic only', arabicOnlyQuizFile(), ['ar']],
    ['English only', englishOnlyQuizFile(), ['en']],
    ['a translation under way', partial(), ['ar']],
    ['an English quiz translated into Arabic', { ...sampleQuizFile(), lang: 'en' as const }, ['en', 'ar']],
  ])('%s: %j', (_name, file, langs) => {
    expect(quizLangs(file)).toEqual(langs)
  })

  it.each<[Lang[], Lang | undefined, Lang]>([
    [['ar', 'en'], 'en', 'en'],
    [['ar', 'en'], 'ar', 'ar'],
    [['ar', 'en'], undefined, 'ar'],
    [['ar'], 'en', 'ar'],
    [['en'], 'ar', 'en'],
    [['en'], undefined, 'en'],
  ])('langs %j, asked %s: serves %s', (langs, requested, served) => {
    expect(servedLang(langs, requested)).toBe(served)
  })

  it('lists untranslated strings only while a translation is under way', () => {
    expect(untranslatedStrings(sampleQuizFile())).toEqual([])
    expect(untranslatedStrings(arabicOnlyQuizFile())).toEqual([])
    const under = untranslatedStrings(partial())
    expect(under).not.toContain('title.en')
    expect(under).not.toContain('questions[0].prompt.en')
    expect(under).toContain('questions[0].explanation.en')
    expect(under).toContain('questions[1].choices[2].text.en')
  })
})

describe('one-language fixtures', () => {
  it('pass every content check', () => {
    expect(checkQuiz(arabicOnlyQuizFile(), SAMPLE_ARTICLE, 'ar.json')).toEqual([])
    expect(checkQuiz(englishOnlyQuizFile(), ENGLISH_ARTICLE, 'en.json')).toEqual([])
    expect(checkQuiz(withoutLanguage(sampleQuizFile(), 'ar'), SAMPLE_ARTICLE, 'x.json').map((i) => i.check)).toContain('strings-in-quiz-language')
  })
})
