import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { cleanArticle } from '../../src/core/draft/clean.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { clauseSpans, sentenceSpans } from '../../src/core/draft/sentences.ts'
import { ARTICLES } from './draft-articles.ts'
import { REVIEW_18_ARTICLES } from './draft-review-18-articles.ts'
import { expectEditorsDraft, itAsksWithQuote, itFindsNames, itNeverAsks, keysOf, promptOf } from './draft-test-helpers.ts'

/**
 * The eighteenth review of the drafter: genres earlier reviews covered least. A law's number was asked as years («رقم 17
 * لسنة 2023»); a press release's About sections were asked (the company's founding year, its staff, an investor's funds)
 * and its dateline's date (`MANCHESTER, England, March 10, 2026 --`); a study's p-value was asked, and a percentage its
 * hazard ratio gives away; a quote was cut inside brackets; a target year «بحلول عام 2030» had 1970, 1990 and 2010 for
 * wrong choices; «حي قديم» was asked as a neighbourhood's name.
 */

const drafts = new Map(REVIEW_18_ARTICLES.map((a) => [a.name, draftQuiz(a.text, { lang: a.lang })]))
const quizOf = (name: string) => drafts.get(name)!.quiz
const read = (text: string) => {
  const found = collectFacts(parseArticle(`Title\n\n${text}`).paragraphs)
  return { facts: found.facts.map((f) => `${f.kind}:${f.value}:${f.unit}`), notes: found.notes.filter((n) => n.quote).map((n) => `${n.code}:${n.quote}`) }
}

describe('a number after «رقم» or `No.` names a law; a penalty’s bounds are a range; a study’s statistics and a decade are no facts', () => {
  // Each row: a sentence, its facts (kind:value:unit), and its notes (code:quote).
  const rows: [string, string[], string[]][] = [
    ['وأقر المجلس القانون رقم 17 لسنة 2023 بأغلبية 68 نائبا.', ['date:20230000:date', 'count:68:count'], ['label:17 لسنة']],
    ['The court cited Law No. 12 of 2020 and fined him $5,000.', ['date:20200000:date', 'money:5000:USD'], ['label:12']],
    [
      'The risk was 22% higher (hazard ratio 1.22, 95% confidence interval 1.01 to 1.48).',
      [],
      ['given-away:22%', 'label:1.22', 'label:95%', 'range:1.01 to 1.48'],
    ],
    ['The drug cut deaths by 18% (p = 0.03) in 4,000 patients.', ['percent:18:percent', 'count:4000:count'], ['label:0.03']],
    ['Those on the drug had a 30% lower risk (HR 0.70).', [], ['given-away:30%', 'label:0.70']],
    ['People who sleep 6 hours a night in their 50s are at risk.', ['time:6:hour'], ['not-a-quantity:50s']],
    // A penalty's bounds are a range, not a lower end asked as a count without its dinars.
    ['وعدل المجلس المادة 15 لتصبح الغرامة من 5 آلاف إلى 20 ألف دينار أردني.', [], ['label:15', 'range:5 آلاف إلى 20 ألف دينار أردني']],
    ['وقضت المحكمة بالسجن من 3 إلى 5 سنوات.', [], ['range:3 إلى 5 سنوات']],
    // Wrong neighbours: a change from one amount to another, years served and counted, `or` before money and a share (no odds ratio), a swim's seconds.
    ['وارتفع الدين من 5 آلاف إلى 20 ألف دينار أردني.', ['count:5000:count', 'money:20000:JOD'], []],
    ['Officers recovered 17 years of records from the office.', ['time:17:year'], []],
    ['وسجن المتهم 17 سنة وغرم 500 دينار.', ['time:17:year', 'count:500:count'], ['currency-unknown:500 دينار']],
    ['Shares rose 5%, or $1.47 a share, and turnout was 95% in the capital.', ['percent:5:percent', 'money:1.47:USD', 'percent:95:percent'], []],
    ['Ireland had 1,591 mm of rain, or 30% more than the average.', ['length:1591:millimetre', 'percent:30:percent'], []],
    ['She trained nurses in the 1980s and swam 50 metres in 30s.', ['length:50:metre', 'time:30:second'], ['not-a-quantity:1980s']],
  ]
  it.each(rows)('%s', (text, facts, notes) => {
    expect(read(text)).toEqual({ facts, notes })
  })
  itNeverAsks(quizOf, [
    { article: 'parliament-cybercrime-ar', keys: [17] },
    { article: 'sleep-study-en', keys: [0.04, 1.22, 22, 95, 50] },
  ])
  itAsksWithQuote(quizOf, [
    { article: 'parliament-cybercrime-ar', key: 29, quote: 'وصوت 29 نائبا ضد المشروع' },
    { article: 'sleep-study-en', key: 521, quote: '521 participants were diagnosed with dementia during the study' },
  ])
})

describe('a press release’s story is kept, its boilerplate cut', () => {
  const story = (n: number) => Array.from({ length: n }, (_, k) => `The company said its revenue grew by ${k + 10}% in the year to March.`)
  // Each row: a line after four paragraphs of a release, and whether it and the line after it are cut.
  const rows: [string, boolean][] = [
    ['About Northwind Robotics', true],
    ['About Atlas Ventures', true],
    ['Media contact:', true],
    ['Media contact: Tom Hargreaves, press@northwind.example', true],
    ['Press enquiries', true],
    ['Notes to editors', true],
    ['###', true],
    ['نبذة عن الشركة', true],
    ['للتواصل الإعلامي:', true],
    // Wrong neighbours: a sentence opening with About, a heading about something, contacts in a sentence.
    ['About 300 people attended the launch in Bolton.', false],
    ['About the new rules', false],
    ['Contacts between the two companies resumed in May.', false],
  ]
  it.each(rows)('%s', (line, cut) => {
    const after = 'The firm employs 230 people in the UK and the US.'
    const { text } = cleanArticle(['Headline of the release', ...story(4), line, after].join('\n\n'))
    expect(text.includes(line)).toBe(!cut)
    expect(text.includes(after)).toBe(!cut)
    for (const kept of story(4)) expect(text).toContain(kept)
  })
  // Each row: a release's first lines, and the lead the article keeps.
  it.each([
    [
      'FOR IMMEDIATE RELEASE\n\nMANCHESTER, England, March 10, 2026 -- Northwind Robotics today announced a new factory.',
      'Northwind Robotics today announced a new factory.',
    ],
    ['LONDON, March 4 -- Atlas Ventures today said it had raised a new fund.', 'Atlas Ventures today said it had raised a new fund.'],
    // A number's dash in a sentence stays: no capitals' place before it.
    ['Sales rose 5 -- the best in years -- said the firm.', 'Sales rose 5 -- the best in years -- said the firm.'],
  ])('%s', (lead, kept) => {
    expect(cleanArticle(`Headline of the release\n\n${lead}`).text.replace(/\s+/gu, ' ').trim()).toBe(`Headline of the release ${kept}`)
  })
  it('the release asks its story, never its About sections, contacts or date', () => {
    const quiz = quizOf('press-release-en')
    for (const word of ['About', 'Founded', 'Media contact', '0192', 'FOR IMMEDIATE', 'MANCHESTER']) expect(quiz.articleText).not.toContain(word)
    const keys = quiz.questions.flatMap((q) => keysOf(q))
    for (const key of [20190000, 230, 1_200_000_000, 20260310, 'Manchester']) expect(keys).not.toContain(key)
    expect(keys).toEqual(expect.arrayContaining([90_000_000, 140]))
    expectEditorsDraft(quiz, 5)
  })
})

describe('a target’s year takes plausible wrong years', () => {
  const yearChoices = (quiz: ReturnType<typeof quizOf>, key: number) => {
    const q = quiz.questions.find((x) => x.id === `choice-date-${key}0000`)
    return q?.type === 'single' ? q.choices.map((c) => Number(Object.values(c.text)[0])) : []
  }
  it('«ستخفض … بحلول عام 2030»: wrong years after it, within thirty years', () => {
    const years = yearChoices(quizOf('water-column-ar'), 2030)
    expect(years).toContain(2030)
    for (const y of years) expect(y >= 2030 && y <= 2060, String(y)).toBe(true)
  })
  it('a year of the past (`the first increase since 2019`) keeps wrong years before the article’s latest', () => {
    const article = ARTICLES.find((a) => a.name === 'budget-en')!
    const years = yearChoices(draftQuiz(article.text, { lang: article.lang }).quiz, 2019)
    expect(years).toContain(2019)
    for (const y of years) expect(y >= 1989 && y <= 2019, String(y)).toBe(true)
  })
})

describe('a quote is never cut inside brackets; an adjective after a place’s head is no name', () => {
  // Each row: a sentence, and its clauses.
  const rows: [string, string[]][] = [
    [
      'The risk was 22% higher than for those who slept seven hours (hazard ratio 1.22, 95% CI 1.01 to 1.48), the study found.',
      ['The risk was 22% higher than for those who slept seven hours (hazard ratio 1.22, 95% CI 1.01 to 1.48),', 'the study found.'],
    ],
    ['وقال الوزير (في تصريح، الأحد) إن العمل سيبدأ، فيما رفضت النقابة.', ['وقال الوزير (في تصريح، الأحد) إن العمل سيبدأ،', 'فيما رفضت النقابة.']],
    // Wrong neighbour: commas outside brackets still cut.
    ['وقال الوزير إن العمل سيبدأ، فيما رفضت النقابة (الأحد).', ['وقال الوزير إن العمل سيبدأ،', 'فيما رفضت النقابة (الأحد).']],
  ]
  it.each(rows)('%s', (text, clauses) => {
    const sentence = sentenceSpans(text)[0]!
    expect(clauseSpans(text, sentence).map((c) => text.slice(c.start, c.end))).toEqual(clauses)
  })
  it('the study’s quotes close the brackets they open', () => {
    for (const q of quizOf('sleep-study-en').questions) {
      const quote = q.evidence.quote
      expect(quote.split('(').length, quote).toBe(quote.split(')').length)
    }
  })
  itFindsNames([
    { text: 'وأصلح العمال أنبوبا في حي قديم بعمان أمس.', lang: 'ar', names: [], not: ['place:قديم'] },
    { text: 'ويعيش السكان في قرية نائية شمال البلاد.', lang: 'ar', names: [], not: ['place:نائية'] },
    // Wrong neighbours: a neighbourhood's and a village's names after their heads.
    { text: 'وأصلح العمال أنبوبا في حي نزال بعمان أمس.', lang: 'ar', names: ['place:نزال'], not: [] },
    { text: 'ويعيش السكان في قرية بيت صفافا شمال البلاد.', lang: 'ar', names: ['place:بيت صفافا'], not: [] },
  ])
  itNeverAsks(quizOf, [{ article: 'water-column-ar', keys: ['قديم'] }])
})

describe('the review’s articles are editors’ drafts', () => {
  it.each(['water-column-ar', 'parliament-cybercrime-ar', 'municipal-election-ar', 'storm-advisory-en', 'sleep-study-en'])('%s', (name) => {
    const quiz = quizOf(name)
    expectEditorsDraft(quiz, 7)
    for (const q of quiz.questions) expect(promptOf(q)).not.toMatch(/رقم … ____|رقم ____/u)
  })
  it('the column asks its facts, never its writer’s opinions', () => {
    for (const q of quizOf('water-column-ar').questions) expect(q.evidence.quote).not.toMatch(/يرى الكاتب|في رأيي|وأعتقد/u)
  })
})
