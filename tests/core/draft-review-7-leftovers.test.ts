import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import type { Lang, Question } from '../../src/core/quiz-schema.ts'
import { REVIEW_5_ARTICLES } from './draft-review-5-articles.ts'
import { REVIEW_6_ARTICLES } from './draft-review-6-articles.ts'
import { REVIEW_7_ARTICLES } from './draft-review-7-articles.ts'
import { keysOf, namesIn, promptOf } from './draft-test-helpers.ts'

/**
 * The seventh review's leftovers, each a general rule with its wrong neighbours, on short passages written for these
 * tests in the style of the news (any likeness to real people is chance): a profession and its field before a name
 * (استشاري طب العيون) are no part of it; a tally written with its votes (by 210 votes to 195, «بأغلبية 37 صوتاً مقابل
 * 22», «صوّت 37 عضوا مقابل 22») is one fact; a body "for" fields listed with a comma keeps them all; a place after a site
 * (محطة خور فكان), after إمارة, with a second word in ة (خطم الشكلة), or a city of the table after "in", is found; a person
 * after a title, its body and the body's place is found; wrong numbers left unevenly spaced are drawn again.
 */

/** The facts and tallies read in a text, as `value unit` and `home-away`. */
function read(text: string): { facts: string[]; tallies: string[] } {
  const found = collectFacts(parseArticle(text).paragraphs)
  return { facts: found.facts.map((f) => `${f.value} ${f.unit}`), tallies: found.scores.map((s) => `${s.home}-${s.away}${s.vote ? ' vote' : ''}`) }
}

type NameRow = { text: string; lang: Lang; names: string[]; not: string[] }
const checkNames = ({ text, lang, names, not }: NameRow) => {
  const found = namesIn(text, lang)
  for (const n of names) expect(found).toContain(n)
  for (const n of not) expect(found).not.toContain(n)
}

describe('a profession and its field before a name are no part of it', () => {
  const rows: NameRow[] = [
    { text: 'وقال استشاري طب العيون سامي الحربي إن الحالات زادت هذا العام.', lang: 'ar', names: ['person:سامي الحربي'], not: ['person:استشاري طب'] },
    {
      text: 'وقال استشاري طب العيون الدكتور سامي الحربي إن الحالات زادت.',
      lang: 'ar',
      names: ['person:سامي الحربي'],
      not: ['person:استشاري طب', 'person:استشاري طب العيون'],
    },
    { text: 'وأوضح أخصائي التغذية محمد العلي أن الوجبات السريعة ضارة.', lang: 'ar', names: ['person:محمد العلي'], not: ['person:أخصائي التغذية'] },
    { text: 'وقال طبيب الأطفال أحمد سالم إن حالة الطفل مستقرة.', lang: 'ar', names: ['person:أحمد سالم'], not: ['person:طبيب الأطفال'] },
    { text: 'وقال محامي الدفاع ناصر المطيري إن موكله بريء.', lang: 'ar', names: ['person:ناصر المطيري'], not: [] },
    { text: 'وأكد مهندس الطرق خالد السعيد أن الجسر آمن.', lang: 'ar', names: ['person:خالد السعيد'], not: ['person:مهندس الطرق'] },
    // A profession alone names no one: no name key by itself.
    { text: 'وقال استشاري طب إن الحالات زادت في الرياض.', lang: 'ar', names: [], not: ['person:استشاري طب', 'person:استشاري'] },
    { text: 'وقال طبيب في المستشفى إن الحالة مستقرة.', lang: 'ar', names: [], not: ['person:طبيب'] },
    // Wrong neighbours: a name after a title with the article, and after a verb of saying, stay names.
    { text: 'وقال المهندس المدني خالد السعيد إن الجسر آمن.', lang: 'ar', names: ['person:خالد السعيد'], not: [] },
    { text: 'وقال الدكتور سامي الحربي إن الحالات زادت.', lang: 'ar', names: ['person:سامي الحربي'], not: [] },
  ]
  it.each(rows)('$text', checkNames)
})

describe('a tally written with its votes is one fact', () => {
  // Each row: a sentence, the facts and the tallies read in it.
  const rows: { text: string; facts: string[]; tallies: string[] }[] = [
    { text: 'MPs backed the bill by 210 votes to 195 on Tuesday night.', facts: [], tallies: ['210-195 vote'] },
    { text: 'The motion was defeated by 12 votes to 30 at the meeting in Leeds.', facts: [], tallies: ['12-30 vote'] },
    { text: 'وأقر البرلمان القانون بأغلبية 37 صوتاً مقابل 22 في جلسة الأحد.', facts: [], tallies: ['37-22 vote'] },
    { text: 'وصوّت 37 عضوا مقابل 22 لصالح القرار في جلسة الأحد.', facts: [], tallies: ['37-22 vote'] },
    { text: 'وحصل المرشح على 37 صوتاً مقابل 22 صوتاً لمنافسه في الكويت.', facts: [], tallies: ['37-22 vote'] },
    { text: 'وأقر المجلس القرار بأغلبية ٣٧ صوتاً مقابل ٢٢ في الكويت.', facts: [], tallies: ['37-22 vote'] },
    // Wrong neighbours: a change in votes, counts of other things against each other, a vote already read.
    { text: 'Her share fell from 210 votes to 195 in the recount in Leeds.', facts: ['210 count', '195 count'], tallies: [] },
    { text: 'The majority was cut by 20 votes to 195 in Leeds.', facts: ['20 count', '195 count'], tallies: [] },
    { text: 'وباعت الشركة 37 سهماً مقابل 22 ديناراً في الكويت.', facts: ['37 count', '22 KWD'], tallies: [] },
    { text: 'Councillors voted 37 to 22 in favour of the plan on Tuesday night.', facts: [], tallies: ['37-22 vote'] },
  ]
  it.each(rows)('$text', ({ text, facts, tallies }) => {
    expect(read(text)).toEqual({ facts, tallies })
  })

  const ARTICLE = `البرلمان يقر قانون الإيجارات الجديد

أقر مجلس النواب الأحد قانون الإيجارات الجديد بأغلبية 37 صوتاً مقابل 22، بعد نقاش استمر 6 ساعات في الكويت.

وينص القانون على ألا تزيد الإيجارات بأكثر من 5% في السنة، ويشمل نحو 120 ألف شقة في البلاد.

وقال رئيس اللجنة المالية النائب بدر الحميدي إن القانون سيحمي نحو 300 ألف مستأجر.

وأضاف أن اللجنة عقدت 14 اجتماعاً خلال 3 أشهر لإعداد مشروع القانون قبل عرضه على المجلس.

ومن المتوقع أن يبدأ العمل بالقانون في يناير المقبل بعد نشره في الجريدة الرسمية، بحسب وزارة العدل.`
  it('a drafted vote is asked as written, right with a dash, never the other way round', () => {
    const q = draftQuiz(ARTICLE).quiz.questions.find((x) => x.id.startsWith('score-'))
    expect(q && promptOf(q)).toMatch(/^اكتب نتيجة التصويت كما وردت في المقال/u)
    const answers: [string, boolean][] = [
      ['37 صوتاً مقابل 22', true],
      ['37 مقابل 22', true],
      ['37-22', true],
      ['22 مقابل 37', false],
      ['37 مقابل 21', false],
    ]
    for (const [answer, correct] of answers) expect(gradeQuestion(q!, answer).correct, answer).toBe(correct)
  })
})

describe("a body's name with a comma inside is kept whole", () => {
  const rows: NameRow[] = [
    {
      text: 'Officials at the Department for Environment, Food and Rural Affairs said the ban would start in May.',
      lang: 'en',
      names: ['organisation:Department for Environment, Food and Rural Affairs'],
      not: ['organisation:Department for Environment'],
    },
    {
      text: 'The Department for Culture, Arts and Heritage said the museum would reopen.',
      lang: 'en',
      names: ['organisation:Department for Culture, Arts and Heritage'],
      not: ['organisation:Department for Culture'],
    },
    // Wrong neighbours: bodies listed with commas, and a body of a place beside other places.
    {
      text: 'The Department for Education, Leeds City Council and the NHS said schools would open.',
      lang: 'en',
      names: ['organisation:Department for Education', 'organisation:Leeds City Council'],
      not: ['organisation:Department for Education, Leeds City Council'],
    },
    {
      text: 'Researchers from the University of Leeds, Bristol and Cardiff took part.',
      lang: 'en',
      names: ['organisation:University of Leeds'],
      not: ['organisation:University of Leeds, Bristol and Cardiff'],
    },
  ]
  it.each(rows)('$text', checkNames)
})

describe('a place after a word that is no place word', () => {
  const rows: NameRow[] = [
    { text: 'وسجلت محطة خور فكان 61.2 ملم من الأمطار.', lang: 'ar', names: ['place:خور فكان'], not: ['place:خور'] },
    { text: 'وأغلقت السلطات معبر رأس جدير أمام المسافرين.', lang: 'ar', names: ['place:رأس جدير'], not: [] },
    { text: 'وبلغت أعلى كمية 86.4 ملم في منطقة مصفوت بإمارة عجمان.', lang: 'ar', names: ['place:مصفوت', 'place:عجمان'], not: [] },
    { text: 'وهطلت أمطار غزيرة على منطقة خطم الشكلة في العين.', lang: 'ar', names: ['place:خطم الشكلة'], not: ['place:خطم'] },
    { text: 'The scheme will rebuild the Hills Road corridor in Cambridge, officials said.', lang: 'en', names: ['place:Cambridge'], not: [] },
    // Wrong neighbours: a station of no place, a station that is a body, an adjective after a place.
    { text: 'وتوقف الناس في محطة وقود قرب المدينة.', lang: 'ar', names: [], not: ['place:وقود'] },
    { text: 'وأعلنت محطة الأرصاد الجوية أن الأمطار غزيرة.', lang: 'ar', names: ['organisation:محطة الأرصاد الجوية'], not: [] },
    { text: 'وتعيش مدينة غزة المحاصرة أوضاعاً صعبة.', lang: 'ar', names: ['place:غزة'], not: ['place:غزة المحاصرة'] },
    { text: 'وزار الوفد مدينة حلب القديمة يوم الأحد.', lang: 'ar', names: ['place:حلب'], not: ['place:حلب القديمة'] },
    { text: 'وأغلقت السلطات منطقة جازان الحدودية أمس.', lang: 'ar', names: ['place:جازان'], not: ['place:جازان الحدودية'] },
  ]
  it.each(rows)('$text', checkNames)
})

describe("a person after a title, its body and the body's place", () => {
  const rows: NameRow[] = [
    {
      text: 'وقضت المحكمة بحبس مدير إدارة التراخيص السابق في بلدية الكويت فهد العنزي 7 سنوات.',
      lang: 'ar',
      names: ['person:فهد العنزي'],
      not: [],
    },
    { text: 'وقال المتحدث باسم الشرطة في محافظة الجيزة أحمد علي إن التحقيق مستمر.', lang: 'ar', names: ['person:أحمد علي'], not: [] },
    // Wrong neighbours: no name after the body's place.
    { text: 'وقال المدير في بلدية الكويت إن العمل مستمر.', lang: 'ar', names: ['place:الكويت'], not: ['person:إن العمل'] },
    { text: 'وقال الطبيب في مدينة غزة إن الوضع صعب.', lang: 'ar', names: ['place:غزة'], not: [] },
  ]
  it.each(rows)('$text', checkNames)
})

describe('wrong numbers stay evenly spaced when one is taken out', () => {
  /** A choice's number: its first digits, commas of thousands dropped, Eastern digits read. */
  const numberOf = (text: string) => {
    const m = text
      .replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660))
      .replace(/(\d),(\d{3})/gu, '$1$2')
      .match(/\d+(?:\.\d+)?/u)
    return m ? Number(m[0]) : null
  }
  const steps = (q: Question) => {
    if (q.type !== 'single') return []
    const values = q.choices.map((c) => numberOf(Object.values(c.text)[0] as string))
    if (values.some((v) => v === null)) return []
    const sorted = (values as number[]).sort((a, b) => a - b)
    return sorted.slice(1).map((v, k) => Number((v - sorted[k]!).toFixed(6)))
  }
  // The weather bulletin's temperature lost an inner wrong value (it showed another answer): 11 / 15 / 17 before.
  it.each([...REVIEW_7_ARTICLES, ...REVIEW_6_ARTICLES, ...REVIEW_5_ARTICLES].map((a) => [a.name, a.text]))('%s', (_, text) => {
    for (const q of draftQuiz(text).quiz.questions) expect(new Set(steps(q)).size, keysOf(q).join()).toBeLessThanOrEqual(1)
  })
})
