import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { REVIEW_12_ARTICLES } from './draft-review-12-articles.ts'
import { REVIEW_13_ARTICLES } from './draft-review-13-articles.ts'
import { expectEditorsDraft } from './draft-test-helpers.ts'

/**
 * The thirteenth review of the drafter: the twelfth's leftovers, each a general rule with its wrong neighbours. A short
 * quiz's crowded sentence kept two questions, and of its facts a small count (`مناطقه الـ14`, `its 6 ships`) over the
 * money; the `question-limit` note was given to a quiz short of its target; «تتراوح أعمارهم من 6 إلى 59 شهراً» was a
 * change, its first end asked as a count.
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
    ...REVIEW_13_ARTICLES.map((a) => ({ ...a, limited: false, few: true })),
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
