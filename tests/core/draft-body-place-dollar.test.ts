import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import type { Question, Unit } from '../../src/core/quiz-schema.ts'
import { keysOf, namesIn } from './draft-test-helpers.ts'

/**
 * Two rules an editor's Lebanese article showed, with their wrong neighbours, on passages written for these tests in the
 * style of the news (any likeness to real people is chance): after a title, a body's head and its place (رئيس بلدية صور،
 * رئيس محافظة إربد), the place is the body's and the person's name starts after it, whether or not the place is in the
 * drafter's table (صور is also "pictures"); and «دولار», "dollars", in an article whose countries have no dollar of their
 * own (Lebanon) is the US dollar, while an article naming Canada keeps its dollar and one naming no country keeps the
 * money as written.
 */

describe("a person after a title, a body's head and its place", () => {
  // Each row: a sentence, the names that must be found, the names that must not.
  const rows: { text: string; names: string[]; not: string[] }[] = [
    { text: 'وأوضح رئيس بلدية صور حسن دبوق أن المشروع سيبدأ الشهر المقبل.', names: ['person:حسن دبوق'], not: ['person:صور حسن دبوق'] },
    { text: 'وقال رئيس محافظة إربد خالد الحجاوي إن الطرق مغلقة.', names: ['person:خالد الحجاوي', 'place:إربد'], not: ['place:إربد خالد الحجاوي'] },
    { text: 'وقال مدير مستشفى ناصر عاطف الحوت إن الوضع صعب.', names: ['person:عاطف الحوت'], not: ['person:ناصر عاطف الحوت'] },
    { text: 'وقال رئيس جامعة بيرزيت عبد اللطيف أبو حجلة إن الدوام سيعود.', names: ['person:عبد اللطيف أبو حجلة'], not: ['person:بيرزيت عبد اللطيف أبو حجلة'] },
    // Wrong neighbours: a place of the table or a definite one, as before; a definite body with the name right after it;
    // one word after the body, which is its place and no person; a name of two words after an indefinite body.
    { text: 'وقال رئيس بلدية الكويت فهد العنزي إن العمل مستمر.', names: ['person:فهد العنزي', 'place:الكويت'], not: [] },
    { text: 'وقال محافظ الجيزة أحمد علي إن الزيارة ناجحة.', names: ['person:أحمد علي'], not: [] },
    { text: 'وقال رئيس البلدية حسن دبوق إن العمل مستمر.', names: ['person:حسن دبوق'], not: [] },
    { text: 'وقال رئيس بلدية صور إن العمل مستمر.', names: [], not: ['person:صور'] },
    { text: 'وقال رئيس الوزراء نجيب ميقاتي إن الحكومة مستمرة.', names: ['person:نجيب ميقاتي'], not: [] },
  ]
  it.each(rows)('$text', ({ text, names, not }) => {
    const found = namesIn(text, 'ar')
    for (const n of names) expect(found).toContain(n)
    for (const n of not) expect(found).not.toContain(n)
  })
})

describe('«دولار» in an article whose countries have no dollar is the US dollar', () => {
  // Each row: a short article and the unit of the fact of `value`.
  const rows: { text: string; value: number; unit: string }[] = [
    { text: 'وقال وزير الأشغال اللبناني إن كلفة المشروع في لبنان بلغت 62 مليون دولار.', value: 62_000_000, unit: 'USD' },
    { text: 'The Ukrainian government said the bridge in Ukraine would cost 40 million dollars.', value: 40_000_000, unit: 'USD' },
    { text: 'وقالت الحكومة الأردنية إن المشروع كلف 40 مليون دولار، في حين تبلغ كلفة الطريق 10 ملايين دينار.', value: 40_000_000, unit: 'USD' },
    // Wrong neighbours: a country with a dollar of its own keeps it; no country named keeps the money as written; a
    // dollar of no quiz unit's country (New Zealand) is not made the US dollar; the dinar of the Jordanian article stays Jordan's.
    { text: 'وقالت الحكومة الكندية إن المشروع في كندا كلف 40 مليون دولار.', value: 40_000_000, unit: 'CAD' },
    { text: 'The Australian government said the bridge would cost 40 million dollars.', value: 40_000_000, unit: 'AUD' },
    { text: 'وقالت الشركة إنها دفعت 40 مليون دولار، بحسب بيان صدر أمس.', value: 40_000_000, unit: 'count' },
    { text: 'The casino group agreed to pay a fine of 450 million dollars, regulators said.', value: 450_000_000, unit: 'count' },
    // A Latin country's name is a whole word: Oman is not in "woman", US not in "because".
    { text: 'The woman said the charity would pay 40 million dollars to families.', value: 40_000_000, unit: 'count' },
    { text: 'The company said because of the delays it would pay 40 million dollars.', value: 40_000_000, unit: 'count' },
    { text: 'Americans will pay 40 million dollars for the new roads, officials said.', value: 40_000_000, unit: 'USD' },
    { text: 'The New Zealand government said the bridge would cost 40 million dollars.', value: 40_000_000, unit: 'count' },
    { text: 'وقالت الحكومة الأردنية إن المشروع كلف 40 مليون دولار، في حين تبلغ كلفة الطريق 10 ملايين دينار.', value: 10_000_000, unit: 'JOD' },
  ]
  it.each(rows)('$text $unit', ({ text, value, unit }) => {
    const { paragraphs } = parseArticle(text)
    expect(collectFacts(paragraphs).facts.find((f) => f.value === value)?.unit).toBe(unit)
  })

  // A Lebanese article: the cost is keyed in US dollars and readers' answers are graded against that key, as against
  // the key of the money as written (count) before.
  const ARTICLE = [
    'صور - أطلقت بلدية صور في جنوب لبنان مشروعاً لتأهيل الواجهة البحرية للمدينة، بتمويل من جهات مانحة.',
    'وأوضح رئيس بلدية صور حسن دبوق أن الأعمال ستبدأ الشهر المقبل، وأن المشروع سيوفر 300 فرصة عمل.',
    'وبلغت كلفة المشروع 62 مليون دولار، بحسب البلدية، فيما تعاني المدن اللبنانية من نقص في التمويل منذ سنوات.',
  ].join('\n\n')
  const fact = collectFacts(parseArticle(ARTICLE).paragraphs).facts.find((f) => f.value === 62_000_000)
  const question = (unit: Unit): Question => ({
    id: 'cost',
    type: 'numeric',
    skill: 'recall',
    prompt: { ar: 'كم بلغت كلفة المشروع؟' },
    explanation: { ar: 'بلغت كلفة المشروع 62 مليون دولار.' },
    evidence: { paragraph: 2, quote: 'وبلغت كلفة المشروع 62 مليون دولار' },
    points: 1,
    answer: { value: 62_000_000, unit, tolerance: 0 },
  })

  it('keys the cost in US dollars and the head of the council by his name alone', () => {
    expect(fact?.unit).toBe('USD')
    expect(draftQuiz(ARTICLE).quiz.questions.flatMap((q) => (q.type === 'text' ? keysOf(q) : []))).not.toContain('صور حسن دبوق')
  })
  // Each row: a reader's answer to the cost, and whether it is right for a key in US dollars and for one as written.
  const answers: [answer: string, right: boolean][] = [
    ['$62 million', true],
    ['62 مليون دولار', true],
    ['62 million dollars', true],
    ['62 مليون', true],
    ['62 مليون يورو', false],
    ['€62 million', false],
    ['61 مليون دولار', false],
    ['62 ألف دولار', false],
  ]
  it.each(answers.flatMap(([answer, right]) => (['USD', 'count'] as const).map((unit) => [answer, unit, right] as const)))(
    '%s, key in %s → %s',
    (answer, unit, right) => {
      expect(gradeQuestion(question(unit), answer).correct).toBe(right)
    },
  )
  // Each row: a reader's answer that only a key in US dollars decides (another country's dollar, the article's own money).
  const usdAnswers: [answer: string, right: boolean][] = [
    ['62 مليون دولار أمريكي', true],
    ['US$62 million', true],
    ['62 مليون دولار كندي', false],
    ['62 مليون ليرة', false],
  ]
  it.each(usdAnswers)('%s, key in USD → %s', (answer, right) => {
    expect(gradeQuestion(question('USD'), answer).correct).toBe(right)
  })
})
