import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { checkQuiz } from '../../src/core/content-checks.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import type { Lang } from '../../src/core/quiz-schema.ts'
import { ARTICLES } from './draft-articles.ts'
import { UNSEEN_ARTICLES } from './draft-articles-unseen.ts'
import { REVIEW_24_ARTICLES } from './draft-review-24-articles.ts'
import { READERS_20_ARTICLES } from './grade-readers-20-articles.ts'
import { keysOf, promptOf } from './draft-test-helpers.ts'

/**
 * The twenty-fifth review of the drafter: how many questions a long article gets, and a figure below zero written with a
 * minus in words. A 4,041-word report drafted 162 questions (one per 25 words, up to nine per paragraph), more than a
 * teacher reviews; `fell to minus 56 degrees Celsius` was asked as `fell to minus ____` with 56 as the key, which the
 * quiz's own content checks reject (the quote states -56).
 */

const read = (text: string) => {
  const found = collectFacts(parseArticle(`Title\n\n${text}`).paragraphs)
  return found.facts.map((f) => `${f.kind}:${f.value}:${f.unit}`)
}
const expectChecked = (quiz: ReturnType<typeof draftQuiz>['quiz']) => {
  const { articleText, ...file } = quiz
  expect(checkQuiz(file, articleText, 'draft')).toEqual([])
}

describe('a figure below zero written with a minus in words is one figure', () => {
  // Each row: a sentence and its facts (kind:value:unit).
  const rows: [string, string[]][] = [
    ['Temperatures fell to minus 56 degrees Celsius overnight, and 12 roads were closed.', ['temperature:-56:celsius', 'count:12:count']],
    ['انخفضت درجات الحرارة إلى سالب 56 درجة مئوية، وأغلقت 12 طريقا.', ['temperature:-56:celsius', 'count:12:count']],
    ['وسجلت المحطة ناقص 12 درجة مئوية صباح الاثنين.', ['temperature:-12:celsius']],
    // Written onto its scale: the scale kept.
    ['Temperatures in Fairbanks fell to minus 42C overnight.', ['temperature:-42:celsius']],
    // Unchanged: a sign written on the digits, degrees below zero (review 21), a figure above zero.
    ['Temperatures fell to -38C overnight.', ['temperature:-38:celsius']],
    ['Temperatures fell to 7 degrees below zero overnight, and 12 roads were closed.', ['temperature:-7:celsius', 'count:12:count']],
    ['Temperatures rose to 14 degrees Celsius on Monday.', ['temperature:14:celsius']],
  ]
  it.each(rows)('%s', (text, facts) => {
    expect(read(text)).toEqual(facts)
  })
  it('a minus between two numbers is no sign (`10 minus 2`)', () => {
    expect(read('The club began the season on 10 minus 2 points after the ruling, the league said.').some((f) => f.includes(':-'))).toBe(false)
  })

  // Each row: an article, the figure asked, and the prompt's words before its blank.
  const drafts: { lang: Lang; text: string; key: number }[] = [
    {
      lang: 'en',
      text: READERS_20_ARTICLES.find((a) => a.name === 'weather-balloon-york-en')!.text,
      key: -56,
    },
    {
      lang: 'ar',
      text: 'موجة برد في الشمال\n\nانخفضت درجات الحرارة في مدينة ألدر الجبلية إلى سالب 56 درجة مئوية ليلة الثلاثاء، وهي أدنى قراءة منذ عام 1971. وفتح المجلس البلدي 14 ملجأً دافئاً وأرسل 230 عاملاً لتنظيف الطرق.',
      key: -56,
    },
    {
      lang: 'ar',
      text: 'موجة برد في الشمال\n\nانخفضت درجات الحرارة في مدينة ألدر الجبلية إلى ناقص 12 درجة مئوية ليلة الثلاثاء، وهي أدنى قراءة منذ عام 1971. وفتح المجلس البلدي 14 ملجأً دافئاً وأرسل 230 عاملاً لتنظيف الطرق.',
      key: -12,
    },
  ]
  it.each(drafts)('$lang: the blank takes the whole figure ($key), no dangling minus', ({ lang, text, key }) => {
    const { quiz } = draftQuiz(text, { lang })
    expectChecked(quiz)
    const asked = quiz.questions.filter((q) => q.type === 'numeric' && keysOf(q).includes(key))
    expect(asked.length).toBe(1)
    for (const q of quiz.questions) expect(promptOf(q)).not.toMatch(/(?:minus|سالب|ناقص)\s*(?:____|…)/u)
    expect(quiz.questions.some((q) => keysOf(q).includes(Math.abs(key)))).toBe(false)
  })
})

describe('a long article is asked as many questions as a teacher reviews', () => {
  const report = REVIEW_24_ARTICLES.find((a) => a.name === 'council-annual-report-long-en')!
  // An article of about `words` words: the test articles one after another, numbers shifted per copy (as the bench builds them).
  const longArticle = (lang: Lang, words: number) => {
    const paragraphs: string[] = []
    let count = 0
    for (let copy = 0; count < words; copy++)
      for (const a of ARTICLES.filter((x) => x.lang === lang))
        for (const p of a.text.split(/\n\s*\n|\n/u)) {
          if (count >= words) break
          const taken = (copy === 0 ? p : p.replace(/\d+/gu, (d) => String(Number(d) + copy * 7)))
            .split(/\s+/u)
            .filter(Boolean)
            .slice(0, words - count)
          paragraphs.push(taken.join(' '))
          count += taken.length
        }
    return paragraphs.join('\n\n')
  }
  const rows: { name: string; lang: Lang; text: string }[] = [
    { name: 'the 4,041-word report', lang: 'en', text: report.clean },
    { name: 'the 4,041-word report, pasted', lang: 'en', text: report.text },
    { name: 'ar, 1,000 words', lang: 'ar', text: longArticle('ar', 1000) },
    { name: 'en, 1,000 words', lang: 'en', text: longArticle('en', 1000) },
    { name: 'ar, 5,000 words', lang: 'ar', text: longArticle('ar', 5000) },
  ]
  it.each(rows)('$name: 20 questions, the lead asked, the rest spread', ({ lang, text }) => {
    const { quiz, notes } = draftQuiz(text, { lang })
    expect(quiz.questions.length).toBe(20)
    expect(notes.map((n) => n.code)).toContain('question-limit')
    expect(quiz.questions.some((q) => q.evidence.paragraph === 0)).toBe(true)
    // Every question of another paragraph: the first questions' paragraphs before any is asked twice.
    expect(new Set(quiz.questions.map((q) => q.evidence.paragraph)).size).toBe(20)
    // Of more than one kind.
    expect(new Set(quiz.questions.map((q) => q.type)).size).toBeGreaterThan(2)
    expectChecked(quiz)
  })
  it('the report keeps its names (its leader, a ward committee’s chair)', () => {
    const { quiz } = draftQuiz(report.clean, { lang: 'en' })
    const names = quiz.questions.filter((q) => /\bname\b/u.test(promptOf(q))).length
    expect(quiz.questions.some((q) => q.type === 'text' && keysOf(q).includes('Margaret Holt'))).toBe(true)
    expect(names).toBeGreaterThan(1)
  })

  // Unchanged: an article under 500 words keeps its length's limit (one question per 25 words, ten at least).
  const short: [string, number][] = [
    ['aviation-en', 18],
    ['earnings-en', 17],
    ['marathon-en', 16],
  ]
  it.each(short)('%s keeps its %i questions', (name, count) => {
    const article = UNSEEN_ARTICLES.find((a) => a.name === name)!
    expect(draftQuiz(article.text, { lang: article.lang }).quiz.questions.length).toBe(count)
  })
})
