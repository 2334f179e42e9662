import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { REVIEW_12_ARTICLES } from './draft-review-12-articles.ts'
import { REVIEW_13_ARTICLES } from './draft-review-13-articles.ts'
import { expectEditorsDraft, expectMoneyIn, keysOf, namesIn } from './draft-test-helpers.ts'

/**
 * The thirteenth review of the drafter: the twelfth's leftovers, each a general rule with its wrong neighbours. A short
 * quiz's crowded sentence kept two questions, and of its facts a small count (`مناطقه الـ14`, `its 6 ships`) over the
 * money; the `question-limit` note was given to a quiz short of its target; «تتراوح أعمارهم من 6 إلى 59 شهراً» was a
 * change, its first end asked as a count. In an unseen book fair story: «الدكتور أحمد بهي الدين» was asked as «أحمد»,
 * «____ بهي الدين» in its prompt; «المعرض شهد مشاركة 1345 دار نشر» and "the fair drew 1,345 publishers" were years in a
 * name, since a name's word stood three words before.
 */

const drafts = new Map(REVIEW_13_ARTICLES.map((a) => [a.name, draftQuiz(a.text, { lang: a.lang })]))
const draftOf = (name: string) => drafts.get(name)!
/** The ids of a draft's questions (a number's id ends on its value, asked to type or as a choice). */
const idsOf = (name: string) => draftOf(name).quiz.questions.map((q) => q.id)
const asks = (name: string, value: number) => idsOf(name).some((id) => id.endsWith(`-${value}`))

describe('a short quiz asks a crowded sentence a third time, the money before a small count', () => {
  // Each row: an article, the values asked of its crowded sentence, the one left.
  const rows: { article: string; asked: number[]; left: number }[] = [
    { article: 'season-sa', asked: [150000, 4600000000], left: 14 },
    { article: 'ferry-en', asked: [2400000, 310000, 48000000], left: 6 },
  ]
  it.each(rows)('$article', ({ article, asked, left }) => {
    for (const value of asked) expect(asks(article, value), String(value)).toBe(true)
    expect(asks(article, left)).toBe(false)
    // The quiz stays an editor's: no paragraph asked more than three times.
    expectEditorsDraft(draftOf(article).quiz, 4)
  })

  it('season-sa: the minister is still asked beside the sentence’s facts', () => {
    expect(idsOf('season-sa').filter((id) => id.startsWith('who-'))).toHaveLength(1)
  })
})

describe('the question-limit note is given only when the quiz’s limit left questions out', () => {
  // Each row: an article, whether the note is given, whether few-facts is.
  const rows: { name: string; text: string; lang: 'ar' | 'en'; limited: boolean; few: boolean }[] = [
    ...REVIEW_13_ARTICLES.filter((a) => a.name !== 'book-fair-eg').map((a) => ({ ...a, limited: false, few: true })),
    // Wrong neighbours: articles with more facts than their limit.
    ...REVIEW_12_ARTICLES.map((a) => ({ ...a, limited: true, few: false })),
  ]
  it.each(rows)('$name', ({ text, lang, limited, few }) => {
    const codes = draftQuiz(text, { lang }).notes.map((n) => n.code)
    expect(codes.includes('question-limit')).toBe(limited)
    expect(codes.includes('few-facts')).toBe(few)
  })
})

describe('a range opened by a word of range a few words before «من»/from', () => {
  const factsIn = (text: string) => collectFacts(parseArticle(text).paragraphs).facts.map((f) => `${f.value} ${f.unit}`)
  const rows: [text: string, facts: string[]][] = [
    ['تستهدف الحملة نحو 1.2 مليون طفل تتراوح أعمارهم من 6 إلى 59 شهراً في المملكة.', ['1200000 person']],
    ['وتستهدف الحملة أطفالاً تتراوح أعمارهم بين 6 و59 شهراً في المملكة.', []],
    ['The campaign targets children aged from 6 to 59 months in Jordan.', []],
    ['It targets 40,000 children with ages ranging from 6 to 59 months.', ['40000 person']],
    // Wrong neighbours: «من»/from after a verb of change is a change, two facts, even after a word of range elsewhere.
    ['وارتفع عدد الإصابات من 6 إلى 59 حالة خلال الشهر الماضي.', ['6 count', '59 count']],
    ['Cases rose from 6 to 59 in the past month, officials said.', ['6 count', '59 count']],
    ['وتراوحت الخسائر، وارتفع عدد الإصابات من 6 إلى 59 حالة.', ['6 count', '59 count']],
  ]
  it.each(rows)('%s', (text, facts) => expect(factsIn(text)).toEqual(facts))
})

describe('a compound name ending on الدين after a first name is whole', () => {
  const rows: { text: string; names: string[]; not: string[] }[] = [
    { text: 'وقال رئيس الهيئة الدكتور أحمد بهي الدين إن المعرض شهد مشاركة واسعة.', names: ['person:أحمد بهي الدين'], not: ['person:أحمد'] },
    { text: 'وقال المدرب محمد نور الدين إن الفريق جاهز للمباراة.', names: ['person:محمد نور الدين'], not: [] },
    { text: 'وأعلن الوزير خالد عز الدين العلي أن الخطة جاهزة.', names: ['person:خالد عز الدين العلي'], not: [] },
    // Wrong neighbours: الدين a common noun after the name and a particle or a noun.
    { text: 'وقال الشيخ أحمد الطيب إن الدين يدعو إلى السلام.', names: ['person:أحمد الطيب'], not: ['person:أحمد الطيب إن الدين'] },
    { text: 'وقال الإمام سعيد علي في خطبة الدين إن الصدقة واجبة.', names: ['person:سعيد علي'], not: [] },
  ]
  it.each(rows)('$text', ({ text, names, not }) => {
    const found = namesIn(text, 'ar')
    for (const n of names) expect(found).toContain(n)
    for (const n of not) expect(found).not.toContain(n)
  })
})

describe('a year ends its name: a verb or a noun between a name’s word and a number makes it a count', () => {
  const factsAndNotes = (text: string) => {
    const found = collectFacts(parseArticle(text).paragraphs)
    return [...found.facts.map((f) => `${f.value} ${f.unit}`), ...found.notes.map((n) => n.code)]
  }
  const rows: [text: string, read: string[]][] = [
    ['وقال إن المعرض شهد مشاركة 1345 دار نشر من 80 دولة.', ['1345 count', '80 count']],
    ['وقال إن المعرض استقبل 1200 زائر في يومه الأول.', ['1200 count']],
    ['The fair drew 1,345 publishers from 80 countries.', ['1345 count', '80 count']],
    ['The festival hosted 1200 artists this year.', ['1200 count']],
    // Wrong neighbours: a year right after its name's word, or after the name's definite words.
    ['وتستهدف رؤية 2030 رفع نسبة التملك إلى 70 في المئة.', ['70 percent', 'year-in-name']],
    ['وشارك في كأس العالم 2022 نحو 32 منتخباً.', ['32 count', 'year-in-name']],
    ['وأقيم معرض 2025 للكتاب في الرياض بمشاركة 80 دولة.', ['80 count', 'year-in-name']],
    ['Vision 2030 aims to raise home ownership to 70%.', ['70 percent', 'year-in-name']],
  ]
  it.each(rows)('%s', (text, read) => expect(factsAndNotes(text)).toEqual(read))
})

describe('book-fair-eg, an unseen culture story, read as an editor reads it', () => {
  const quiz = () => draftOf('book-fair-eg').quiz
  it('asks the head of the body by his whole name', () => {
    const q = quiz().questions.find((x) => keysOf(x).includes('أحمد بهي الدين'))
    expect(q).toBeDefined()
    expect(q!.evidence.quote).toBe('وقال رئيس الهيئة الدكتور أحمد بهي الدين إن المعرض شهد مشاركة 1345 دار نشر من 80 دولة')
    for (const x of quiz().questions) expect(keysOf(x)).not.toContain('أحمد')
  })
  it('notes no year in a name, and counts the publishers', () => {
    expect(draftOf('book-fair-eg').notes.map((n) => n.code)).not.toContain('year-in-name')
    const facts = collectFacts(parseArticle(quiz().articleText).paragraphs).facts.map((f) => f.value)
    expect(facts).toContain(1345)
  })
  it('money in EGP; passes the content checks', () => {
    expectMoneyIn(quiz(), 'EGP')
    expectEditorsDraft(quiz(), 10)
  })
})
