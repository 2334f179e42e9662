import { parse, type GIFTQuestion, type MultipleChoice, type Numerical, type ShortAnswer, type TrueFalse } from 'gift-pegjs'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { exactSpellings } from '../../src/core/describe.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { escapeGift, quizToGift } from '../../src/core/export/gift.ts'
import type { Quiz } from '../../src/core/quiz-schema.ts'
import { UNSEEN_ARTICLES } from './draft-articles-unseen.ts'
import { GENRE_ARTICLES } from './draft-genres-articles.ts'
import { GRADING_ARTICLES } from './grade-drafted-articles.ts'
import { arabicOnlyQuizFile, ENGLISH_ARTICLE, englishOnlyQuizFile, quizOf, SAMPLE_ARTICLE, sampleQuiz, sampleQuizWithUnits } from './export-fixture.ts'

/** Undoes the HTML escaping the exporter applies to `[html]` texts. */
function unhtml(text: string): string {
  return text.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
}

function byTitle(items: GIFTQuestion[], title: string): GIFTQuestion {
  const item = items.find((q) => 'title' in q && q.title === title)
  if (!item) throw new Error(`no GIFT item titled ${title}`)
  return item
}

describe('GIFT export', () => {
  const quiz = sampleQuiz()
  const gift = quizToGift(quiz)
  const items = parse(gift)

  it('parses with gift-pegjs into a category, the article and one item per question', () => {
    expect(items[0]).toMatchObject({ type: 'Category', title: 'fahm/sample-quiz' })
    expect(items[1]).toMatchObject({ type: 'Description', title: 'sample-quiz-article' })
    expect(items).toHaveLength(2 + quiz.questions.length)
    expect(items.slice(2).map((q) => ('title' in q ? q.title : null))).toEqual(quiz.questions.map((q) => q.id))
  })

  it('keeps the article paragraphs, headings and escaped characters', () => {
    const article = unhtml((items[1] as { stem: { text: string } }).stem.text)
    for (const p of quiz.article.paragraphs) {
      expect(article).toContain(p.text)
      if (p.heading) expect(article).toContain(p.heading)
    }
    expect(article).toContain('dir="rtl"')
  })

  it('exports single choice with one right answer and the explanation as general feedback', () => {
    const q = byTitle(items, 'meeting-place') as MultipleChoice
    expect(q.type).toBe('MC')
    expect(unhtml(q.stem.text)).toContain('أين اجتمع كيم وبوتين؟')
    expect(q.choices.map((c) => [unhtml(c.text.text), c.isCorrect])).toEqual([
      ['العاصمة الصينية', true],
      ['موسكو', false],
      ['بيونغ يانغ = العاصمة', false],
    ])
    expect(unhtml(q.globalFeedback!.text)).toBe('اجتمعا في بكين.')
  })

  it('exports multiple with weights: partial credit mirrors the grader, strict voids on a wrong pick', () => {
    const partial = byTitle(items, 'kursk-workers') as MultipleChoice
    expect(partial.choices.map((c) => c.weight)).toEqual([50, 50, -50])
    const strict = byTitle(items, 'strict-multiple') as MultipleChoice
    expect(strict.choices.map((c) => c.weight)).toEqual([50, 50, -100])
    // Moodle requires the positive weights of a question to add up to 100 %.
    for (const q of [partial, strict]) {
      expect(q.choices.filter((c) => c.weight! > 0).reduce((sum, c) => sum + c.weight!, 0)).toBe(100)
    }
  })

  it('exports boolean as true/false', () => {
    const q = byTitle(items, 'relations-special') as TrueFalse
    expect(q.type).toBe('TF')
    expect(q.isTrue).toBe(true)
  })

  it('exports numeric answers with their tolerance ({#value:tolerance}) and names the unit', () => {
    const duration = byTitle(items, 'meeting-duration') as Numerical
    expect(duration.type).toBe('Numerical')
    expect(duration.choices).toEqual({ type: 'range', number: 2.5, range: 0.25 })
    expect(unhtml(duration.stem.text)).toContain('(بالساعات)')
    expect(gift).toContain('{#2.5:0.25####')
    const killed = byTitle(items, 'soldiers-killed') as Numerical
    expect(killed.choices).toEqual({ type: 'range', number: 2000, range: 0 })
  })

  it('exports text answers as short answer with every accepted variant, escaped', () => {
    const q = byTitle(items, 'meeting-city') as ShortAnswer
    expect(q.type).toBe('Short')
    expect(q.choices.map((c) => [unhtml(c.text.text), c.isCorrect])).toEqual([
      ['بكين', true],
      ['Beijing', true],
      ['a#b~c=d:e', true],
    ])
    expect(unhtml(q.stem.text)).toContain('اكتب اسم المدينة: {مدينة}')
  })

  it('exports in English on request', () => {
    const en = parse(quizToGift(quiz, { lang: 'en' }))
    const q = byTitle(en, 'meeting-duration') as Numerical
    expect(unhtml(q.stem.text)).toContain('How many hours did the meeting last? (in hours)')
    expect(unhtml((byTitle(en, 'meeting-place') as MultipleChoice).choices[2]!.text.text)).toBe('Pyongyang = capital')
  })

  it('exports money and percent as numbers named by their unit, and dates as short answers with their spellings', () => {
    const withUnits = parse(quizToGift(sampleQuizWithUnits()))
    const deal = byTitle(withUnits, 'deal-value') as Numerical
    expect(deal.choices).toEqual({ type: 'range', number: 1.5e9, range: 0 })
    expect(unhtml(deal.stem.text)).toContain('(بالريال السعودي)')
    expect(unhtml((byTitle(withUnits, 'inflation') as Numerical).stem.text)).toContain('(بالمئة)')
    const quake = byTitle(withUnits, 'quake-date') as ShortAnswer
    expect(quake.type).toBe('Short')
    expect(unhtml(quake.stem.text)).toContain('(تاريخًا)')
    expect(quake.choices.map((c) => unhtml(c.text.text))).toEqual(['8 سبتمبر 2023', '8 September 2023', '8/9/2023', '2023-09-08'])
    const year = byTitle(withUnits, 'founding-year') as ShortAnswer
    expect(year.choices.map((c) => unhtml(c.text.text))).toEqual(['عام 1900', '1900'])
    const en = parse(quizToGift(sampleQuizWithUnits(), { lang: 'en' }))
    expect(unhtml((byTitle(en, 'deal-value') as Numerical).stem.text)).toContain('(in Saudi riyals)')
    expect(unhtml((byTitle(en, 'quake-date') as ShortAnswer).stem.text)).toContain('(a date)')
  })

  it('exports power and energy as numbers named by their unit, never the one for the other', () => {
    const ar = parse(quizToGift(sampleQuizWithUnits()))
    const en = parse(quizToGift(sampleQuizWithUnits(), { lang: 'en' }))
    const rows = [
      { id: 'plant-capacity', number: 8, ar: '(بالميغاواط)', en: '(in megawatts)', other: 'ساعة' },
      { id: 'battery-storage', number: 500, ar: '(بالكيلوواط ساعة)', en: '(in kilowatt-hours)', other: 'بالكيلوواط)' },
    ]
    for (const row of rows) {
      const item = byTitle(ar, row.id) as Numerical
      expect(item.choices).toEqual({ type: 'range', number: row.number, range: 0 })
      expect(unhtml(item.stem.text)).toContain(row.ar)
      expect(unhtml(item.stem.text)).not.toContain(row.other)
      expect(unhtml((byTitle(en, row.id) as Numerical).stem.text)).toContain(row.en)
    }
  })

  it('never lets a text break out of its item', () => {
    const hostile = sampleQuiz()
    const evil = '}\n\n::x:: boom {T}\n\n// =~#: \\'
    hostile.questions[0] = { ...hostile.questions[0]!, prompt: { ar: evil, en: evil } }
    const parsed = parse(quizToGift(hostile))
    expect(parsed).toHaveLength(2 + hostile.questions.length)
    expect(unhtml((parsed[2] as MultipleChoice).stem.text)).toContain('} ::x:: boom {T} // =~#: \\')
  })

  it('escapes the GIFT control characters', () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h')
  })

  describe('a quiz in one language', () => {
    /** Every text of an item a learner reads: stem, choices, feedback. */
    const textsOf = (item: GIFTQuestion): string[] => {
      const texts: string[] = []
      if ('stem' in item) texts.push(item.stem.text)
      if ('globalFeedback' in item && item.globalFeedback) texts.push(item.globalFeedback.text)
      if ('choices' in item && Array.isArray(item.choices)) for (const c of item.choices) if ('text' in c.text) texts.push(c.text.text)
      return texts.map(unhtml)
    }

    it.each([
      ['Arabic only, asked in English', quizOf(arabicOnlyQuizFile(), SAMPLE_ARTICLE), 'en', 'ar', 'أين اجتمع كيم وبوتين؟'],
      ['English only, asked in Arabic', quizOf(englishOnlyQuizFile(), ENGLISH_ARTICLE), 'ar', 'en', 'Where did Kim and Putin meet?'],
    ] as const)('%s: parses back, in the quiz’s language, with no empty text', (_name, one, asked, lang, prompt) => {
      const text = quizToGift(one, { lang: asked })
      const parsed = parse(text)
      expect(parsed).toHaveLength(2 + one.questions.length)
      expect(text).toContain(`(${lang})`)
      const place = byTitle(parsed, 'meeting-place') as MultipleChoice
      expect(unhtml(place.stem.text)).toContain(`lang="${lang}"`)
      expect(unhtml(place.stem.text)).toContain(prompt)
      for (const item of parsed.slice(2)) {
        for (const t of textsOf(item)) expect(t.replace(/<[^>]*>/g, '').trim(), (item as { title?: string }).title).not.toBe('')
      }
    })
  })
})

describe('GIFT export of drafts of every genre', () => {
  it.each([...GENRE_ARTICLES, ...UNSEEN_ARTICLES, ...GRADING_ARTICLES].map(({ name, text }) => [name, text]))(
    '%s: parses into one item per question, numeric keys as numbers',
    (_name, text) => {
      const { articleText, ...file } = draftQuiz(text).quiz
      const quiz: Quiz = { ...file, visibility: 'public', article: parseArticle(articleText) }
      const items = parse(quizToGift(quiz))
      expect(items).toHaveLength(2 + quiz.questions.length)
      for (const question of quiz.questions) {
        const item = byTitle(items, question.id)
        if (question.type !== 'numeric') continue
        // A date or a time in parts (a race's 2:05:42) is a short answer with its spellings; any other number, a number.
        const spellings = exactSpellings(question.answer.value, question.answer.unit)
        if (spellings) {
          expect(item.type, question.id).toBe('Short')
          expect(
            (item as ShortAnswer).choices.map((choice) => unhtml(choice.text.text)),
            question.id,
          ).toEqual(spellings)
        } else {
          expect(item.type, question.id).toBe('Numerical')
          expect(JSON.stringify((item as Numerical).choices), question.id).toContain(String(question.answer.value))
        }
      }
    },
  )
})
