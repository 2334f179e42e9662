import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { checkQuiz } from '../../src/core/content-checks.ts'
import { familyNameOf, firstAndLastOf } from '../../src/core/draft/entities.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import type { Question } from '../../src/core/quiz-schema.ts'
import { ARTICLES } from './draft-articles.ts'
import { REVIEW_29_ARTICLES } from './draft-review-29-articles.ts'
import { REVIEW_30_ARTICLES } from './draft-review-30-articles.ts'
import { entitiesOf, keysOf, promptOf } from './draft-test-helpers.ts'

/**
 * The thirtieth review of the drafter: what review 29 left open (a key the lowest of its choices, measured; a share asked
 * beside its complement; a family name opening on «العبد» cut to its last word) and five articles of kinds earlier reviews did not draft
 * (a blood donation campaign, a chess championship, a locust control campaign, a charity's Ramadan meals, a dinosaur's
 * auction). Two more defects found in them, each fixed as a rule: «خلال شهر رمضان 120 ألف وجبة» read as a Hijri year, and
 * «يلتهم في يوم واحد ما يأكله 35 ألف شخص» asking the day the figure after it is counted over.
 */

type Draft = ReturnType<typeof draftQuiz>
const pass = (d: Draft) => {
  const { articleText, ...file } = d.quiz
  expect(checkQuiz(file, articleText, 'draft')).toEqual([])
}
const article = (name: string) => REVIEW_30_ARTICLES.find((a) => a.name === name)!
const textOf = (c: { text: Record<string, string> }) => Object.values(c.text)[0] as string
const toLatin = (s: string) => s.replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x660)).replace(/٫/gu, '.')
/** The number a choice shows, when it shows one number only. */
const choiceNumber = (s: string): number | null => {
  const found = toLatin(s).match(/\d[\d,]*(?:\.\d+)?/gu)
  return found?.length === 1 ? Number.parseFloat(found[0]!.replace(/,/gu, '')) : null
}
/** The rank of the key among a number question's choices (0: the lowest), or null for a question that is none. */
const keyRank = (q: Question): { rank: number; of: number } | null => {
  if (q.type !== 'single') return null
  const values = q.choices.map((c) => choiceNumber(textOf(c)))
  if (values.some((v) => v === null)) return null
  // Choices of one number each, the same words around it.
  if (new Set(q.choices.map((c) => toLatin(textOf(c)).replace(/\d[\d,]*(?:\.\d+)?/gu, '#'))).size !== 1) return null
  const key = values[q.choices.findIndex((c) => c.id === q.answer)]!
  return { rank: [...(values as number[])].sort((a, b) => a - b).indexOf(key), of: values.length }
}

describe('each article drafts a quiz the checks pass', () => {
  it.each(REVIEW_30_ARTICLES.map((a) => [a.name, a] as const))('%s', (_, a) => {
    const d = draftQuiz(a.text, { lang: a.lang })
    pass(d)
    expect(d.quiz.questions.length).toBeGreaterThanOrEqual(6)
  })
})

describe('the key of a number question is the lowest or highest choice about as often as chance has it', () => {
  // Across the drafts of the first review's articles and the last two reviews', four choices each: a guesser who always takes
  // the lowest (or highest) wins about one question in four. The ladder draws the key's place from a hash of the question;
  // only a comparison («أكثر من», `up to`) puts it lowest or highest by rule (left open, docs/drafting.md, review 30).
  it('the key’s rank is spread over the choices', () => {
    const ranks = [...ARTICLES, ...REVIEW_29_ARTICLES, ...REVIEW_30_ARTICLES]
      .flatMap((a) => draftQuiz(a.text, { lang: a.lang }).quiz.questions.map(keyRank))
      .filter((r): r is { rank: number; of: number } => r !== null && r.of === 4)
    expect(ranks.length).toBeGreaterThanOrEqual(40)
    const share = (rank: number) => ranks.filter((r) => r.rank === rank).length / ranks.length
    for (const rank of [0, 1, 2, 3]) expect(share(rank)).toBeLessThanOrEqual(0.36)
    expect(share(0) + share(3)).toBeLessThanOrEqual(0.56)
  })
})

describe('a share beside its complement in one sentence is one fact, asked once', () => {
  const facts = (text: string) => {
    const { paragraphs } = parseArticle(text)
    return collectFacts(paragraphs)
  }
  it.each([
    ['وبلغت نسبة الذكور بين الحجاج 53 بالمئة، في حين بلغت نسبة الإناث 47 بالمئة.', [53]],
    ['واستحوذت الشقق على 72 في المئة من الصفقات، مقابل 28 في المئة للفلل والمنازل المستقلة.', [72]],
    ['Women made up 60% of the respondents and men 40%, the survey found.', [60]],
    // A change between them is two facts, though they sum to a hundred.
    ['وارتفعت نسبة التغطية من 40 بالمئة إلى 60 بالمئة خلال عامين.', [40, 60]],
    ['Coverage rose from 40% to 60% in two years.', [40, 60]],
    // Another number between them, or a change's size: no pair.
    ['Shares rose 5%, or $1.47 a share, and turnout was 95% in the capital.', [5, 95]],
    ['وارتفعت المبيعات بنسبة 30 بالمئة، وبلغت حصة المتاجر الإلكترونية 70 بالمئة منها.', [30, 70]],
    // Shares that do not sum to a hundred, or in two sentences.
    ['وشكّل الرجال 81 بالمئة من المتبرعين، والطلاب 30 بالمئة منهم.', [81, 30]],
    ['وشكّل الرجال 81 بالمئة من المتبرعين. وتبلغ نسبة البطالة 19 بالمئة.', [81, 19]],
  ] as const)('%s', (text, values) => {
    const found = facts(text)
    expect(found.facts.filter((f) => f.unit === 'percent').map((f) => f.value)).toEqual(values)
    expect(found.notes.some((n) => n.code === 'given-away')).toBe(values.length === 1)
  })
  it('the pilgrims’ shares: 53 % asked, 47 % neither asked nor shown in its question', () => {
    const d = draftQuiz(REVIEW_29_ARTICLES.find((a) => a.name === 'hajj-season-ar')!.text, { lang: 'ar' })
    pass(d)
    const shares = d.quiz.questions.filter((q) => promptOf(q).includes('نسبة الذكور'))
    expect(shares.flatMap(keysOf)).toEqual([53])
    expect(shares.map(promptOf).join('\n')).not.toContain('47')
  })
  it('the blood donors’ shares: 81 % of men asked, 19 % of women given away by it', () => {
    const d = draftQuiz(article('blood-donation-ar').text, { lang: 'ar' })
    expect(d.quiz.questions.flatMap(keysOf)).toContain(81)
    expect(d.quiz.questions.flatMap(keysOf)).not.toContain(19)
    expect(d.notes.some((n) => n.code === 'given-away' && n.quote === '19 بالمئة')).toBe(true)
  })
})

describe('a family name opening on «العبد» is one name: no form the article never writes', () => {
  const forms = (text: string, name: string) => {
    const entities = entitiesOf(text, 'ar')
    const person = entities.find((e) => e.name === name)!
    return [familyNameOf(person, entities, 'ar'), firstAndLastOf(person, entities, 'ar')]
  }
  it.each([
    ['وقال المتحدث باسم وزارة الصحة، محمد العبد العالي، إن المستشفيات استقبلت الحالات.', 'محمد العبد العالي', ['العبد العالي', null]],
    ['وأوضح رئيس الجمعية، عبد الرحمن العبد الله، أن الوجبات وزعت على الأسر.', 'عبد الرحمن العبد الله', ['العبد الله', null]],
    ['وقال المدير، خالد أحمد العبد اللطيف، إن العمل سينتهي قريباً.', 'خالد أحمد العبد اللطيف', ['العبد اللطيف', 'خالد العبد اللطيف']],
    // A family name of one word with the article keeps its forms.
    ['وقال المتحدث باسم الوزارة، محمد سالم العالي، إن الحالات تراجعت.', 'محمد سالم العالي', ['العالي', 'محمد العالي']],
  ] as const)('%s', (text, name, expected) => {
    expect(forms(text, name)).toEqual(expected)
  })
  it('the pilgrimage’s spokesman is accepted as written and by his family name, not «العالي» nor «محمد العالي»', () => {
    const d = draftQuiz(REVIEW_29_ARTICLES.find((a) => a.name === 'hajj-season-ar')!.text, { lang: 'ar' })
    const spokesman = d.quiz.questions.find((q) => q.type === 'text' && q.answer.accepted.includes('محمد العبد العالي'))
    expect(spokesman && keysOf(spokesman)).toEqual(['محمد العبد العالي', 'العبد العالي'])
  })
})

describe('a number after a Hijri month is its year only when it reads as one', () => {
  const unread = (text: string) =>
    collectFacts(parseArticle(text).paragraphs)
      .notes.filter((n) => n.code === 'unread-number')
      .map((n) => n.quote)
  it.each([
    ['قالت الجمعية إنها وزعت خلال شهر رمضان 120 ألف وجبة إفطار على الأسر المحتاجة.', []],
    ['ووزعت الجمعية خلال رمضان 300 وجبة على الأسر.', []],
    // A year of these centuries, or one with its mark, stays a date's.
    ['وصدر القرار في رجب 1446 بعد مشاورات طويلة.', ['1446']],
    ['وفي شهر رمضان 1445 هـ وزعت الجمعية الوجبات.', ['1445']],
    ['وصدر القرار في 14 رجب بعد مشاورات طويلة.', ['14']],
  ] as const)('%s', (text, expected) => {
    expect(unread(text)).toEqual(expected)
  })
  it('the charity’s 120 thousand meals are read (and given away by its title)', () => {
    const d = draftQuiz(article('ramadan-meals-ar').text, { lang: 'ar' })
    expect(d.notes.filter((n) => n.code === 'unread-number' || n.code === 'number-in-heading')).toEqual([])
  })
})

describe('one day after «في» with a figure after it in its clause is the span that figure is counted over', () => {
  const codes = (text: string) =>
    collectFacts(parseArticle(text).paragraphs)
      .notes.filter((n) => n.code === 'not-a-quantity')
      .map((n) => n.quote)
  it.each([
    ['ويمكن لسرب من الجراد أن يلتهم في يوم واحد ما يأكله 35 ألف شخص.', ['يوم واحد']],
    ['The swarm can eat in one day what 35,000 people eat.', ['one day']],
    // Before it, as review 22 had it; alone in its clause, or past a comma, the day is asked.
    ['وسجلت المحطة 142 ملليمتراً من الأمطار في يوم واحد.', ['يوم واحد']],
    ['أنهى العمال ترميم الجسر في يوم واحد.', []],
    ['أنهى العمال ترميم الجسر في يوم واحد، ثم افتتحه 3 وزراء.', []],
  ] as const)('%s', (text, expected) => {
    expect(codes(text)).toEqual(expected)
  })
})
