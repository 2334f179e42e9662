import { describe, expect, it } from 'vitest'
import { cleanText } from '../../src/core/draft/clean.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { PHRASING } from '../../src/core/draft/phrasing.ts'
import type { Lang } from '../../src/core/quiz-schema.ts'
import { REVIEW_5_ARTICLES } from './draft-review-5-articles.ts'
import { expectEditorsDraft, itAsksWithQuote, keysOf, promptOf } from './draft-test-helpers.ts'

/**
 * The fifth review of the drafter, on four articles of kinds the other tests lack (an Arabic obituary of
 * a poet, an Arabic basketball report, an English science press release, an English court report), read
 * as an editor reads a draft: one ellipsis where a hidden answer ends an excerpt, a score prompt that
 * fits a quarter's or a series' score, a press release's dateline that is no fact, a true/false question
 * the title answers left out, a false date that shows no other fact's number.
 */

const drafts = new Map(REVIEW_5_ARTICLES.map((a) => [a.name, draftQuiz(a.text)]))
const quizOf = (name: string) => drafts.get(name)!.quiz

describe('an excerpt has one ellipsis where a hidden answer ends or starts it', () => {
  // Each row: the language, the excerpt's words, whether the sentence goes on before and after them, and the prompt's quote.
  const rows: { lang: Lang; text: string; before: boolean; after: boolean; quoted: string }[] = [
    { lang: 'ar', text: 'وغادر الشاعر العراق عام ____ واستقر في …', before: false, after: true, quoted: '«وغادر الشاعر العراق عام ____ واستقر في …»' },
    { lang: 'ar', text: '… قال إن ____ لاعبين', before: true, after: false, quoted: '«… قال إن ____ لاعبين»' },
    { lang: 'en', text: 'He moved to … in ____', before: true, after: true, quoted: '“… He moved to … in ____ …”' },
    { lang: 'en', text: 'She left … for ____ …', before: false, after: true, quoted: '“She left … for ____ …”' },
    // Wrong neighbours: words that end in no ellipsis get one where the sentence goes on, and none where it does not.
    { lang: 'ar', text: 'وغادر الشاعر العراق عام ____', before: false, after: true, quoted: '«وغادر الشاعر العراق عام ____ …»' },
    { lang: 'en', text: 'He moved to … in ____', before: false, after: false, quoted: '“He moved to … in ____”' },
  ]
  it.each(rows)('$lang: $text', ({ lang, text, before, after, quoted }) => {
    expect(PHRASING[lang].excerpt(text, before, after)).toBe(quoted)
  })

  it.each(REVIEW_5_ARTICLES.map((a) => a.name))('%s: no prompt shows two ellipses in a row', (name) => {
    for (const q of quizOf(name).questions) expect(promptOf(q)).not.toMatch(/…\s*…/u)
  })
})

describe('a press release’s dateline in capitals is no part of the article', () => {
  // Each row: a line as pasted and as the drafter reads it.
  const rows: { line: string; read: string }[] = [
    { line: 'EDINBURGH, March 4 - Older adults who walked were less likely to fall ill.', read: 'Older adults who walked were less likely to fall ill.' },
    { line: 'NEW YORK — The Senate voted 52 to 48 on Tuesday.', read: 'The Senate voted 52 to 48 on Tuesday.' },
    { line: 'DARMSTADT, Germany, Oct. 24, 2024 - The probe fired its engines.', read: 'The probe fired its engines.' },
    // Wrong neighbours: a name in capitals that starts the sentence, two letters, no dash, a place not in capitals.
    { line: 'OPEC — the producers’ group — cut output by 2 million barrels.', read: 'OPEC — the producers’ group — cut output by 2 million barrels.' },
    { line: 'UK - Britain said 40 people were hurt.', read: 'UK - Britain said 40 people were hurt.' },
    { line: 'NASA said on Monday that 4 astronauts would fly.', read: 'NASA said on Monday that 4 astronauts would fly.' },
    {
      line: 'Edinburgh, March 4 - Older adults who walked were less likely to fall ill.',
      read: 'Edinburgh, March 4 - Older adults who walked were less likely to fall ill.',
    },
  ]
  it.each(rows)('$line', ({ line, read }) => {
    expect(cleanText(line)).toBe(read)
  })

  it('the study’s draft asks nothing of the day the release was sent', () => {
    const quiz = quizOf('study-en')
    expect(quiz.articleText).not.toContain('EDINBURGH')
    for (const q of quiz.questions) expect(q.evidence.quote).not.toContain('March 4')
  })
})

describe('a score is asked for as the article gives it, not as the match’s end', () => {
  // Each row: an article and the scores asked, with the words the prompt must not claim.
  const rows: { article: string; scores: string[] }[] = [{ article: 'basketball-ar', scores: ['88-81', '24-19', '2-0'] }]
  it.each(rows)('$article', ({ article, scores }) => {
    const asked = quizOf(article).questions.filter((q) => q.type === 'text' && q.id.startsWith('score-'))
    expect(asked.map((q) => keysOf(q)[0])).toEqual(scores)
    for (const q of asked) {
      expect(promptOf(q)).toContain('اكتب النتيجة كما وردت في المقال')
      expect(promptOf(q)).not.toContain('انتهت بها المباراة')
    }
  })
})

describe('what the title states is not asked', () => {
  // Each row: an article and quantities its title states: no question (a true/false one included) is about them.
  const rows: { article: string; evidence: string }[] = [
    { article: 'court-en', evidence: 'was jailed for six years' },
    { article: 'poet-obituary-ar', evidence: 'عن عمر ناهز 84 عاماً' },
  ]
  it.each(rows)('$article: $evidence', ({ article, evidence }) => {
    const about = quizOf(article).questions.filter((q) => q.evidence.quote.includes(evidence))
    // The quote may hold the sentence of another fact, never as a question whose answer is the title's quantity.
    for (const q of about) {
      expect(q.type).not.toBe('boolean')
      expect(keysOf(q)).not.toContain(article === 'court-en' ? 6 : 84)
    }
    expect(drafts.get(article)!.notes.some((n) => n.code === 'given-away')).toBe(true)
  })
})

describe('a false date shows no number another fact states', () => {
  it('basketball-ar: the 12-point run is still asked beside a false date', () => {
    const quiz = quizOf('basketball-ar')
    const date = quiz.questions.find((q) => q.type === 'boolean' && q.id.startsWith('false-date'))
    expect(date).toBeDefined()
    expect(promptOf(date!)).not.toMatch(/\b12 مايو/u)
    expect(quiz.questions.some((q) => q.evidence.quote.includes('12 نقطة متتالية'))).toBe(true)
  })
})

describe('drafts of four new kinds of article, read as an editor reads them', () => {
  // Each row: an article, a key some question has (a name accepted, a right choice, a numeric value), and the exact quote backing it.
  const rows: { article: string; key: string | number; quote: string }[] = [
    // Obituary (ar): places, years, works; the age the title gives is not asked.
    { article: 'poet-obituary-ar', key: 'عمّان', quote: 'في العاصمة الأردنية عمّان عن عمر ناهز 84 عاماً' },
    { article: 'poet-obituary-ar', key: '1941', quote: 'ولد الحديثي عام 1941 في مدينة حديثة غربي العراق' },
    { article: 'poet-obituary-ar', key: '9', quote: 'وترجمت قصائده إلى 9 لغات' },
    { article: 'poet-obituary-ar', key: 20140000, quote: 'كما اختير شخصية العام الثقافية في معرض الشارقة للكتاب عام 2014.' },
    { article: 'poet-obituary-ar', key: 'علي الفواز', quote: 'وقال رئيس اتحاد الأدباء علي الفواز إن رحيل الحديثي «خسارة كبيرة للشعر العربي»' },
    // Basketball (ar): the final, a quarter's and a series' score; points; the coach.
    { article: 'basketball-ar', key: '88-81', quote: 'تأهل الأهلي إلى نهائي الدوري المصري لكرة السلة بعد فوزه على الاتحاد السكندري 88-81' },
    { article: 'basketball-ar', key: '24-19', quote: 'وتقدم الاتحاد في الربع الأول 24-19' },
    { article: 'basketball-ar', key: '22', quote: 'سجل عمر طارق 22 نقطة' },
    { article: 'basketball-ar', key: 'أغوستي خوليا', quote: 'وقال مدرب الأهلي أغوستي خوليا إن فريقه «لعب بصبر في الدقائق الأخيرة»' },
    // Science (en): the sample, the effect, the rates, the lead author.
    {
      article: 'study-en',
      key: 1240,
      quote: 'Researchers at the University of Edinburgh followed 1,240 participants aged 65 to 80 in Scotland from 2014.',
    },
    {
      article: 'study-en',
      key: '28%',
      quote: 'Older adults who walked for at least 30 minutes a day were 28% less likely to develop dementia over nine years than those who walked less',
    },
    { article: 'study-en', key: 6.8, quote: 'compared with 6.8% of the most active group.' },
    {
      article: 'study-en',
      key: 'Fiona MacLeod',
      quote: '"Even a modest amount of walking seemed to make a real difference," said lead author Dr Fiona MacLeod',
    },
    // Court (en): the judge, the fine and costs, the defendant's age.
    {
      article: 'court-en',
      key: 'Katherine Mills',
      quote: 'Judge Katherine Mills told Pellow he had betrayed "the trust of every family the hospice cared for".',
    },
    { article: 'court-en', key: 20000, quote: 'She also ordered him to pay a fine of £20,000 and costs of £3,500 within 28 days.' },
    { article: 'court-en', key: '£3,500', quote: 'She also ordered him to pay a fine of £20,000 and costs of £3,500 within 28 days.' },
    { article: 'court-en', key: 58, quote: 'Graham Pellow, 58, from Harrogate, pleaded guilty in October to fraud by abuse of position.' },
  ]
  itAsksWithQuote(quizOf, rows)

  // Each row: an article and keys no question may have (half a name, a verb glued to a name, a title's fact).
  const never: { article: string; keys: (string | number)[] }[] = [
    { article: 'poet-obituary-ar', keys: ['علي', 'سالم', 'سالم الحديثي', 84] },
    { article: 'basketball-ar', keys: ['أغوستي', 'إيهاب', 'عمر'] },
    { article: 'study-en', keys: ['Fiona', 'Dr Fiona MacLeod', 304, 20260304] },
    { article: 'court-en', keys: ['Katherine', 'Judge Katherine Mills', 'Graham', 6] },
  ]
  it.each(never)('$article: never $keys', ({ article, keys }) => {
    const all = quizOf(article).questions.flatMap(keysOf)
    for (const key of keys) expect(all, String(key)).not.toContain(key)
  })

  it.each(REVIEW_5_ARTICLES.map((a) => a.name))('%s: passes the content checks, asks no key twice, and spreads over the article', (name) => {
    expectEditorsDraft(quizOf(name), 8)
  })
})
