import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { checkQuiz } from '../../src/core/content-checks.ts'
import { cleanText } from '../../src/core/draft/clean.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { READERS_11_ARTICLES } from './grade-readers-11-articles.ts'
import { REVIEW_7_ARTICLES } from './draft-review-7-articles.ts'
import { REVIEW_19_ARTICLES } from './draft-review-19-articles.ts'
import { expectEditorsDraft, itAsksWithQuote, itFindsNames, itNeverAsks, keysOf, promptOf } from './draft-test-helpers.ts'

/**
 * The nineteenth review of the drafter: shapes earlier reviews covered least. A live blog's clock stamps («15:40 —») stood
 * in every prompt; a league table pasted as text lost its columns and its cells were asked as sentences (`1 Kingsbury
 * Harriers 14 ____ 2 2 …`); a correction appended to a story was asked (`Correction: An earlier version of this article
 * said …`, `It gathered more than ____`); a How-many question kept an ellipsis's bare number (`How many councillors voted
 * against the closures and 18 in favour?`); «الرياض وجدة» was asked with Morocco's Oujda for Jeddah; a dual in the sentence
 * gave two away («انتشلت ____ … وإن حالتهما مستقرة»); days a week had `14 days` for a wrong choice.
 */

const drafts = new Map(REVIEW_19_ARTICLES.map((a) => [a.name, draftQuiz(a.text, { lang: a.lang })]))
const quizOf = (name: string) => drafts.get(name)!.quiz
const read = (text: string) => {
  const found = collectFacts(parseArticle(`Title\n\n${text}`).paragraphs)
  return { facts: found.facts.map((f) => `${f.kind}:${f.value}:${f.unit}`), notes: found.notes.filter((n) => n.quote).map((n) => `${n.code}:${n.quote}`) }
}
const paragraphsOf = (text: string) =>
  cleanText(text)
    .split(/\n+/u)
    .filter((line) => line !== '')

describe('a live blog’s stamps, a correction and a table pasted as text are cut', () => {
  // Each row: the lines pasted after a headline, and the paragraphs kept.
  const rows: [string, string[]][] = [
    // A live blog's entries keep their words, not their clock times.
    ['14:05 — قال الدفاع المدني إن 3 أشخاص أصيبوا.', ['قال الدفاع المدني إن 3 أشخاص أصيبوا.']],
    ['3.12pm: Police said 4 roads were shut.', ['Police said 4 roads were shut.']],
    ['2.40pm - Trains to Leeds were cancelled.', ['Trains to Leeds were cancelled.']],
    ['Updated 15:40 — The river burst its banks.', ['The river burst its banks.']],
    ['Updated 3.12pm\nThe river burst its banks at 2pm.', ['The river burst its banks at 2pm.']],
    // A correction or an editor's note, whatever its length.
    ['The bridge opened in May.\nCorrection: An earlier version of this article said the bridge cost £4m. It cost £6m.', ['The bridge opened in May.']],
    ['The bridge opened in May.\nThis article was amended on 4 May 2026 to correct the bridge’s cost.', ['The bridge opened in May.']],
    ["The bridge opened in May.\nEditor's note: This story has been updated with the council's figures.", ['The bridge opened in May.']],
    ['افتتح الجسر في مايو.\nتصحيح: ورد في نسخة سابقة من هذا الخبر أن كلفة الجسر 4 ملايين دينار.', ['افتتح الجسر في مايو.']],
    // A table, with its label: tabs or runs of spaces between short cells, two rows at least, one with a figure.
    ['Results:\nMillfield\t1\tHarriers\t2\nAshby\t0\tDunmore\t0\nThe next round is in May.', ['The next round is in May.']],
    ['Pos  Team       P   Pts\n1    Harriers   14  32\n2    Dunmore    14  31', []],
    ['النتائج:\nالفريق     لعب    نقاط\nالوحدات    10    25\nالفيصلي    10    22\nوفاز الوحدات 2-0.', ['وفاز الوحدات 2-0.']],
    // Wrong neighbours: a schedule's range of times, a clock in a sentence, words about corrections, an update's news,
    // prose typed with two spaces, one row alone, a table of words only.
    ['10.30 - 11.00: Workshop on water', ['10.30 - 11.00: Workshop on water']],
    ['14:05 was when the train left.', ['14:05 was when the train left.']],
    ['Corrections officers said 12 inmates were moved.', ['Corrections officers said 12 inmates were moved.']],
    ['Update: police confirmed 3 deaths.', ['Update: police confirmed 3 deaths.']],
    [
      'The  council  said  it  would  close  12  roads.\nThe  mayor  agreed  in  May.',
      ['The council said it would close 12 roads.', 'The mayor agreed in May.'],
    ],
    ['Bread\t1.20\t1.35', ['Bread 1.20 1.35']],
    ['Mon\tTue\tWed\nRain\tSun\tRain', ['Mon Tue Wed', 'Rain Sun Rain']],
  ]
  it.each(rows)('%s', (lines, kept) => {
    expect(paragraphsOf(`Headline of the story\n\n${lines}`)).toEqual(['Headline of the story', ...kept])
  })
  it('the live blog’s prompts show no stamps', () => {
    for (const q of quizOf('flood-live-ar').questions) expect(promptOf(q)).not.toMatch(/\d{1,2}:\d{2}/u)
  })
  it('the league table’s cells and the correction are never asked', () => {
    const table = quizOf('league-table-en')
    expect(table.articleText).not.toMatch(/Pts|Kingsbury Harriers\s+14/u)
    for (const q of table.questions) expect(q.evidence.quote).not.toMatch(/^\d\s/u)
    const library = quizOf('library-correction-en')
    expect(library.articleText).not.toContain('Correction')
    expect(library.questions.flatMap((q) => keysOf(q))).not.toContain(6000)
  })
})

describe('a How-many question stops before an ellipsis’s bare number', () => {
  itAsksWithQuote(quizOf, [{ article: 'library-correction-en', key: '31', quote: '31 councillors voted against the closures and 18 in favour.' }])
  it('the question is whole', () => {
    const q = quizOf('library-correction-en').questions.find((x) => x.evidence.quote.startsWith('31 councillors'))!
    expect(promptOf(q)).toBe('How many councillors voted against the closures?')
  })
})

describe('a dual after two gives them away; a duration per period stays within the period', () => {
  // Each row: a sentence, its facts (kind:value:unit), and its notes (code:quote).
  const rows: [string, string[], string[]][] = [
    ['وانتشلت فرق الإنقاذ شخصين من سيارة جرفتها المياه، وإن حالتهما مستقرة.', [], ['given-away:شخصين']],
    ['وعمل المتطوعون ساعتين قضوهما في تنظيف الشاطئ.', [], ['given-away:ساعتين']],
    // Wrong neighbours: no dual after the two, another count's plural after it, two million.
    ['وانتشلت فرق الإنقاذ شخصين من سيارة جرفتها المياه، وقال الوالي إن حالة المصابين مستقرة.', ['people:2:person'], []],
    ['وأصيب شخصان في الحادث، ونقل 3 آخرون إلى المستشفى حيث وصفت حالتهم بالمستقرة.', ['people:2:person', 'count:3:count'], []],
    ['The two men were taken to hospital.', ['people:2:person'], []],
  ]
  it.each(rows)('%s', (text, facts, notes) => {
    expect(read(text)).toEqual({ facts, notes })
  })
  itNeverAsks(quizOf, [{ article: 'flood-live-ar', keys: [2] }])
  it('the court story no longer asks «متهمين ____ آخرين، هما …»', () => {
    const article = REVIEW_7_ARTICLES.find((a) => a.name === 'court-ar')!
    const { questions } = draftQuiz(article.text, { lang: article.lang }).quiz
    expect(questions.filter((q) => /متهمين\s*____/u.test(promptOf(q)))).toEqual([])
    // (The years over which bribes were paid, «على مدى عامين», no dual after them, stay asked.)
    expect(questions.flatMap((q) => keysOf(q))).toContain(2)
  })
  // Each row: an article, a duration for each period it asks («20 ساعة في اليوم» was among 40, 60 and 80 hours), and the
  // longest wrong value its choices may have.
  it.each([
    { name: 'library-correction-en', articles: REVIEW_19_ARTICLES, key: 4, longest: 7 },
    { name: 'generators-baghdad-ar', articles: READERS_11_ARTICLES, key: 20, longest: 24 },
  ])('$name: $key within $longest', ({ name, articles, key, longest }) => {
    const article = articles.find((a) => a.name === name)!
    const asked = draftQuiz(article.text, { lang: article.lang }).quiz.questions.filter((q) => keysOf(q).some((k) => Number.parseFloat(String(k)) === key))
    expect(asked.length).toBeGreaterThan(0)
    for (const q of asked)
      if (q.type === 'single') for (const c of q.choices) expect(Number.parseFloat(Object.values(c.text)[0] as string)).toBeLessThanOrEqual(longest)
  })
})

describe('a place after a place of the table takes its و as a conjunction', () => {
  itFindsNames([
    { text: 'أطلقت الشركة الخدمة في الرياض وجدة الأسبوع الماضي.', lang: 'ar', names: ['place:جدة'], not: ['place:وجدة'] },
    { text: 'وتعمل الشركة في دبي وجدة والدمام منذ عامين.', lang: 'ar', names: ['place:جدة', 'place:الدمام'], not: ['place:وجدة'] },
    // Wrong neighbour: Oujda after a word that is no place.
    { text: 'وصل الوفد إلى مدينة وجدة شرق المغرب أمس.', lang: 'ar', names: ['place:وجدة'], not: ['place:جدة'] },
  ])
  itAsksWithQuote(quizOf, [{ article: 'ride-hailing-mixed-ar', key: 'جدة', quote: 'إطلاق خدمة Careem Box لتوصيل الطرود داخل المدن في الرياض وجدة' }])
  itNeverAsks(quizOf, [{ article: 'ride-hailing-mixed-ar', keys: ['وجدة'] }])
})

describe('the review’s articles are editors’ drafts', () => {
  it.each([
    ['flood-live-ar', 7],
    ['ride-hailing-mixed-ar', 7],
    ['library-correction-en', 7],
    ['league-table-en', 3],
  ] as const)('%s', (name, least) => {
    expectEditorsDraft(quizOf(name), least)
  })
  // An explainer's questions and a statement's thanks are paragraphs no question asks about: the content checks and the
  // count only.
  it.each([
    ['fuel-card-faq-ar', 7],
    ['minister-statement-en', 6],
  ] as const)('%s', (name, least) => {
    const { articleText, ...file } = quizOf(name)
    expect(checkQuiz(file, articleText, 'draft')).toEqual([])
    expect(file.questions.length).toBeGreaterThanOrEqual(least)
  })
  it('the explainer asks its answers, never its questions', () => {
    for (const q of quizOf('fuel-card-faq-ar').questions) expect(q.evidence.quote).not.toMatch(/؟/u)
  })
})
