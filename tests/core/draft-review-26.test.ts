import { describe, expect, it } from 'vitest'
import { checkQuiz } from '../../src/core/content-checks.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { keyFiguresOf } from './draft-key-facts.ts'
import { REVIEW_24_ARTICLES } from './draft-review-24-articles.ts'
import { REVIEW_26_ARTICLES } from './draft-review-26-articles.ts'
import { keysOf, namesIn, promptOf } from './draft-test-helpers.ts'

/**
 * The twenty-sixth review of the drafter: genres earlier reviews asked little of (a court report, a drug trial, a flood
 * and a transfer pasted from news sites, a local election's results, a bank's quarterly results, an obituary, an
 * interview), read as a newsroom editor reads a draft; and the open items of the reviews before it (the person who only
 * speaks, a long article's questions bunching at its start, `well-` / `known`).
 */

const article = (name: string) => REVIEW_26_ARTICLES.find((a) => a.name === name)!
const drafted = new Map<string, ReturnType<typeof draftQuiz>>()
const draftOf = (name: string) => {
  let d = drafted.get(name)
  if (!d) drafted.set(name, (d = draftQuiz(article(name).text, { lang: article(name).lang })))
  return d
}
const allKeys = (name: string) => draftOf(name).quiz.questions.flatMap(keysOf).map(String)

describe('every draft of the review passes the content checks', () => {
  it.each(REVIEW_26_ARTICLES.map((a) => a.name))('%s', (name) => {
    const { articleText, ...file } = draftOf(name).quiz
    expect(checkQuiz(file, articleText, 'draft')).toEqual([])
    expect(draftOf(name).quiz.questions.length).toBeGreaterThanOrEqual(9)
  })
})

describe('a page’s lines around the article are left out', () => {
  it('two time stamps on one line (`Published … | Updated …`) go, and the headline is the title', () => {
    const { quiz } = draftOf('transfer-pasted-en')
    expect(quiz.title).toEqual({ en: 'Rovers sign striker Kofi Mensah for club-record £18m' })
    expect(quiz.articleText).not.toMatch(/Published|Updated/u)
  })
  it('an interview’s byline in the feminine («حاورتها:») goes, and the headline is the title', () => {
    const { quiz } = draftOf('interview-ar')
    expect(quiz.title).toEqual({ ar: 'مديرة مهرجان قرطاج: بعنا 85 ألف تذكرة ونريد جمهوراً أصغر سناً' })
    expect(quiz.articleText).not.toContain('حاورتها')
  })
  it('a headline with a word “updated” stays (`Updated figures show …`)', () => {
    const { quiz } = draftQuiz(
      'Updated figures show 3 million people moved house\n\nThe figures, published on Monday, show that 3 million people moved house in 2025, up from 2.6 million.',
      { lang: 'en' },
    )
    expect(quiz.title).toEqual({ en: 'Updated figures show 3 million people moved house' })
  })
})

describe('names: what is and is not one', () => {
  const rows: [string, 'ar' | 'en', string[]][] = [
    // A preposition on a word opening on a hamza's alef, a title's plural and «آخرين», a quotation after a title: no names.
    ['وألزمت المحكمة المتهم بإعادة المبلغ كاملاً، فيما برّأت متهمَين آخرَين من موظفي البلدية.', 'ar', []],
    ['وقال القاضي محمد العمري إن المتهم "استغل منصبه لتحويل الأموال".', 'ar', ['person:محمد العمري']],
    // A name in commas after a title and its body, the sentence going on with a figure or a preposition on a definite word.
    ['قضت المحكمة بسجن مدير الشؤون المالية السابق في بلدية الزرقاء، سامر الخطيب، 7 سنوات.', 'ar', ['person:سامر الخطيب']],
    ['التقينا مديرة المهرجان، نادية الزغلامي، للحديث عن أرقام هذه الدورة.', 'ar', ['person:نادية الزغلامي']],
    // `St` is part of a place's or a body's name, not a title before a person's.
    ['Ellison studied physics at the University of St Andrews and joined her first expedition in 1961.', 'en', ['organisation:University of St Andrews']],
    ["She was treated at St Mary's Hospital in London on Monday.", 'en', ["organisation:St Mary's Hospital", 'place:London']],
  ]
  it.each(rows)('%s', (text, lang, names) => {
    expect(namesIn(text, lang)).toEqual(names)
  })
  it('the court report asks the man jailed, and no word taken for a name', () => {
    const keys = allKeys('court-embezzlement-ar')
    expect(keys).toContain('سامر الخطيب')
    for (const bad of ['بإعادة المبلغ', 'المبلغ', 'استغل', 'متهمَين آخرَين']) expect(keys).not.toContain(bad)
  })
  it('the obituary never asks `St ____`', () => {
    for (const q of draftOf('obituary-en').quiz.questions) expect(promptOf(q)).not.toMatch(/\bSt (?:____|…)/u)
  })
})

describe('a person’s age and a compound around a hidden figure', () => {
  it('wrong ages stay within a third of the age (no 9-year-old striker)', () => {
    const q = draftOf('transfer-pasted-en').quiz.questions.find((x) => x.type === 'single' && /year-old/u.test(promptOf(x)))!
    expect(q).toBeDefined()
    const ages = q.type === 'single' ? q.choices.map((c) => Number(Object.values(c.text)[0])) : []
    for (const age of ages) expect(Math.abs(age - 24)).toBeLessThanOrEqual(8)
  })
  it('a statement hiding `24-year-old` hides the whole compound (not `The …-old`)', () => {
    for (const name of REVIEW_26_ARTICLES.map((a) => a.name)) for (const q of draftOf(name).quiz.questions) expect(promptOf(q)).not.toMatch(/…-\p{L}/u)
  })
})

describe('the one who only speaks gives way to the figure they give', () => {
  it('the bank’s chief executive: his 11 billion riyals of loans asked, his name too', () => {
    const keys = allKeys('bank-earnings-ar')
    expect(keys).toContain('11 مليار ريال')
    expect(keys).toContain('فيصل السبيعي')
    expect(keyFiguresOf(draftOf('bank-earnings-ar')).missed).toEqual([])
  })
  it('among several people each keeps their name (the election’s leader and Labour’s director)', () => {
    const keys = allKeys('election-results-en')
    expect(keys).toContain('Dan Whitaker')
    expect(keys).toContain('Carol Yates')
  })
})

describe('a long article is asked over its whole length', () => {
  const report = REVIEW_24_ARTICLES.find((a) => a.name === 'council-annual-report-long-en')!
  it.each([
    ['clean', report.clean],
    ['pasted', report.text],
  ])('the report (%s): its lead, its last wards, its names', (_, text) => {
    const { quiz } = draftQuiz(text, { lang: 'en' })
    const asked = quiz.questions.map((q) => q.evidence.paragraph)
    const paragraphs = quiz.articleText.split(/\n\s*\n/u).length
    expect(asked).toContain(0)
    expect(Math.max(...asked)).toBeGreaterThanOrEqual(paragraphs - 3)
    expect(quiz.questions.filter((q) => /\bname\b/u.test(promptOf(q))).length).toBeGreaterThan(1)
  })
})

describe('a compound a PDF broke after its own hyphen', () => {
  const pdf = (lines: string[]) => `Report on the clinics\n\n${lines.join('\n')}`
  it('`well-` / `known` stays well-known; a suffix broken off joins (`self-` / `ish`)', () => {
    const { quiz } = draftQuiz(
      pdf([
        'The trial of the new clinic found that the well-',
        'known problem of patients missing their weekly visits was',
        'smaller than feared, with 312 of 400 patients attending, and',
        'no patient called the staff self-',
        'ish in the survey of 12 clinics, the report said on Monday.',
      ]),
      { lang: 'en' },
    )
    expect(quiz.articleText).toContain('well-known problem')
    expect(quiz.articleText).toContain('selfish')
  })
})
