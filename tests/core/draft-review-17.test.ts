import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { cleanArticle } from '../../src/core/draft/clean.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { sentenceSpans } from '../../src/core/draft/sentences.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import { REVIEW_17_ARTICLES } from './draft-review-17-articles.ts'
import { expectEditorsDraft, expectMoneyIn, itAsksWithQuote, itNeverAsks, keysOf, promptOf } from './draft-test-helpers.ts'

/**
 * The seventeenth review of the drafter: articles of shapes earlier reviews lacked. A page pasted whole kept its clutter (a
 * time stamp and a comment count were asked: Arabic boilerplate words never matched, `\b` knowing ASCII letters only); an
 * interview's «ج:» and `A:` opened quotes and prompts; a quake's «بقوة 7.3 درجات» was asked in degrees Celsius; a tennis
 * match's set scores were asked one by one (`beat … ____ … 7-6(5)`); `Two of them, at Easton and Bedminster` was asked
 * with the two names in its prompt.
 */

const drafts = new Map(REVIEW_17_ARTICLES.map((a) => [a.name, draftQuiz(a.text, { lang: a.lang })]))
const quizOf = (name: string) => drafts.get(name)!.quiz
const LEAD = 'وقالت الوزارة إن العمل في المشروع سيبدأ الشهر المقبل في جميع المحافظات.'
const LEAD_EN = 'The ministry said work on the project would start next month in every region.'

describe('a page pasted whole: its clutter is cut, the article kept', () => {
  // Each row: a line between a headline and the article's lead, and whether it is cut.
  const rows: [string, boolean][] = [
    ['اقرأ أيضا: الحكومة تعلن دعم مستوردي الأبقار', true],
    ['اقرأ أيضاً', true],
    ['آخر تحديث: 2 ديسمبر 2025 - 14:05', true],
    ['نشر في: 03/12/2026', true],
    ['نشر في الثلاثاء 2 ديسمبر', true],
    ['الثلاثاء 2 ديسمبر 2025 - 10:42', true],
    ['03/12/2026 | 07:15 GMT', true],
    ['منذ 3 ساعات', true],
    ['شارك', true],
    ['فيسبوك تويتر واتساب', true],
    ['Share', true],
    ['Save', true],
    ['Facebook | X | WhatsApp | Email', true],
    ['(صورة أرشيفية: سوق الجملة بالدار البيضاء)', true],
    ['صورة: رويترز', true],
    ['Image caption: Staff at Leeds General Infirmary, where waits have fallen fastest. Photo: PA Media', true],
    ['الوسوم: الأسعار، الخضار، الدار البيضاء', true],
    ['Tags: NHS, health', true],
    ['تعليقات (12)', true],
    ['12 comments', true],
    ['حاوره: سامي الخطيب', true],
    ['Interview by Mark Pryce', true],
    ['كتب: أحمد علي', true],
    ['بقلم أحمد علي', true],
    ['Related Topics', true],
    ['More on this story', true],
    ['Last modified on Wed 3 Dec 2026 09.40 GMT', true],
    ['Published 12 March 2026, 10:30', true],
    ['Updated 3 hours ago', true],
    ['Image caption, Staff at the hospital in Leeds, where waits have fallen.', true],
    ['حجم الخط', true],
    ['Listen to this article', true],
    ['5 min read', true],
    ['3 دقائق للقراءة', true],
    ['الرئيسية / أخبار / اقتصاد', true],
    ['Home > News > Health', true],
    ['Skip advertisement', true],
    // Wrong neighbours: words that open a headline or a sentence too, a year heading a timeline, a date in a sentence.
    ['شارك 300 عداء في سباق الخيول', false],
    ['إعلان نتائج الثانوية العامة', false],
    ['نشر الجيش 300 جندي على الحدود', false],
    ['كتب جديدة في معرض الكتاب', false],
    ['صورة قاتمة للاقتصاد في 2025', false],
    ['تعليقات المسؤولين على القرار', false],
    ['Related costs rose by 5% last year', false],
    ['Share prices fell 5% on Monday', false],
    ['Save the Children said 300 children died', false],
    ['Comments on the plan close on 3 May', false],
    ['2019', false],
    ['Updated figures show 3 million people', false],
    ['Updated figures show 3.5 million people', false],
    ['Posted workers protest in Leeds', false],
    ['5 minutes read by the minister', false],
    ['Home secretary visits Leeds', false],
    ['وفي 2 ديسمبر 2025 افتتحت الوزارة المحطة', false],
  ]
  it.each(rows)('%s', (line, cut) => {
    const lead = /\p{Script=Arabic}/u.test(line) ? LEAD : LEAD_EN
    const { text } = cleanArticle(`Headline of the story\n\n${line}\n\n${lead}`)
    expect(text.includes(line)).toBe(!cut)
    expect(text).toContain(lead)
  })

  // Each row: the lines under a label of links, and the lines after them kept.
  it.each([
    ['اقرأ أيضا\nأخنوش يعد بخفض أسعار اللحوم قبل رمضان', LEAD],
    ['Related Topics\nNHS\nHealth\n\nMore on this story\nCancer targets missed again', LEAD_EN],
    ['Read more\n\nWhy A&E waits are still rising', LEAD_EN],
  ])('%s', (links, after) => {
    const { text } = cleanArticle(`Headline of the story\n\n${LEAD_EN}\n\n${links}\n\n${after}`)
    expect(text.replace(/\s+/gu, ' ').trim()).toBe(`Headline of the story ${LEAD_EN} ${after}`)
  })

  it('a paper named after the dash on its own line is a dateline, which makes the dirhams Morocco’s', () => {
    const page = REVIEW_17_ARTICLES.find((a) => a.name === 'vegetables-casablanca-ar')!
    expect(cleanArticle(page.text).datelines).toContain('الدار البيضاء - هسبريس:')
    expectMoneyIn(quizOf('vegetables-casablanca-ar'), 'MAD')
  })

  // Each row: a page, and what of its clutter its article and its questions never show.
  it.each([
    ['vegetables-casablanca-ar', ['هسبريس', '10:42', 'آخر تحديث', 'شارك', 'فيسبوك', 'صورة', 'اقرأ', 'أخنوش', 'الوسوم', 'تعليقات']],
    ['waiting-lists-en', ['Sarah Collins', 'Published', 'Share', 'Save', 'Image caption', 'Read more', 'Advertisement', 'Related', 'Cancer targets']],
  ])('%s', (name, clutter) => {
    const quiz = quizOf(name)
    for (const word of clutter) expect(quiz.articleText).not.toContain(word)
    expect(quiz.questions.map((q) => q.id)).not.toContain('date-20251202')
    expectEditorsDraft(quiz, 7)
  })
  itNeverAsks(quizOf, [{ article: 'vegetables-casablanca-ar', keys: [20251202, 12, 1042] }])
})

describe('an interview’s speaker labels open no quote and no prompt', () => {
  // Each row: a paragraph, and its first sentence.
  const rows: [string, string][] = [
    ['ج: تعاملت فرقنا مع 4200 حريق. وهذا رقم كبير.', 'تعاملت فرقنا مع 4200 حريق.'],
    ['س: كم حريقا تعاملت معه فرقكم؟', 'كم حريقا تعاملت معه فرقكم؟'],
    ['جواب: سنضيف 45 آلية.', 'سنضيف 45 آلية.'],
    ['A: We have 9 public pools. Two will open earlier.', 'We have 9 public pools.'],
    ['Q: How many pools are there?', 'How many pools are there?'],
    // Wrong neighbours: a quarter's name, a letter that is a word, a label inside the paragraph, words in lower case, a verb
    // of saying, a figure after its label, a speaker's name and a list's topic (they say who speaks, what is listed).
    ['Fox: We are adding 14 routes this year.', 'Fox: We are adding 14 routes this year.'],
    ['العمري: تعاملت فرقنا مع 4200 حريق.', 'العمري: تعاملت فرقنا مع 4200 حريق.'],
    ['Child Benefit: rises by 3.8% to £26.80 a week.', 'Child Benefit: rises by 3.8% to £26.80 a week.'],
    ['Q3: revenue rose 5%.', 'Q3: revenue rose 5%.'],
    ['A 5% rise was recorded.', 'A 5% rise was recorded.'],
    ['وقال ج: إن العمل مستمر.', 'وقال ج: إن العمل مستمر.'],
    ['The result: a 5% rise in prices.', 'The result: a 5% rise in prices.'],
    ['وأضاف: إن العمل مستمر في المشروع.', 'وأضاف: إن العمل مستمر في المشروع.'],
    ['أكدت: العمل مستمر في المشروع.', 'أكدت: العمل مستمر في المشروع.'],
    ['Deaths: 14', 'Deaths: 14'],
    ['عدد القتلى: 14 شخصا', 'عدد القتلى: 14 شخصا'],
  ]
  it.each(rows)('%s', (text, first) => {
    const span = sentenceSpans(text)[0]!
    expect(text.slice(span.start, span.end)).toBe(first)
  })
  it.each(['civil-defence-interview-ar', 'swimming-interview-en'])('%s', (name) => {
    const quiz = quizOf(name)
    expect(quiz.questions.length).toBeGreaterThanOrEqual(7)
    for (const q of quiz.questions) {
      expect(q.evidence.quote).not.toMatch(/^(?:[سج]|[QA]):/u)
      expect(promptOf(q)).not.toMatch(/[«“](?:[سج]|[QA]):|[؟?] (?:[سج]|[QA]):/u)
    }
  })
  itAsksWithQuote(quizOf, [
    { article: 'civil-defence-interview-ar', key: 4200, quote: 'تعاملت فرقنا مع 4200 حريق' },
    { article: 'civil-defence-interview-ar', key: 45, quote: 'سنضيف 45 آلية إطفاء جديدة' },
    { article: 'swimming-interview-en', key: 28, quote: "Right now about 28% of 11-year-olds in the city can't swim 25 metres." },
  ])
  it('a headline above an interview’s byline is the title, never asked', () => {
    const quiz = quizOf('swimming-interview-en')
    expect(quiz.title).toEqual({ en: "'We want every child to swim by 11': pool chief on the council's plan" })
    for (const q of quiz.questions) expect(q.evidence.quote).not.toContain('swim by 11')
  })
})

describe('a quake’s magnitude in degrees is counted, no temperature', () => {
  const factsOf = (text: string) => collectFacts(parseArticle(`Title\n\n${text}`).paragraphs).facts.map((f) => `${f.kind}:${f.value}:${f.unit}`)
  // Each row: a sentence, and its facts (kind:value:unit).
  const rows: [string, string[]][] = [
    ['وضرب زلزال بقوة 5.9 درجات جنوب البلاد وسجلت درجات الحرارة 40 درجة مئوية.', ['count:5.9:count', 'temperature:40:celsius']],
    ['وبلغت قوته 6.2 درجات على مقياس ريختر، فيما سجلت الحرارة 30 درجة.', ['count:6.2:count', 'temperature:30:celsius']],
    ['The quake measured 6.1 degrees on the Richter scale as temperatures hit 35 degrees.', ['count:6.1:count', 'temperature:35:celsius']],
    // Wrong neighbours: degrees of heat after a word of strength's neighbours, a bare number of degrees in a story of heat.
    ['وارتفعت درجة الحرارة بقوة إلى 45 درجة.', ['temperature:45:celsius']],
    ['وتنخفض درجات الحرارة ليلا إلى 4 درجات.', ['temperature:4:celsius']],
  ]
  it.each(rows)('%s', (text, facts) => {
    expect(factsOf(text)).toEqual(facts)
  })
  it('the earthquake article asks its magnitude as a number, its night’s cold in degrees Celsius', () => {
    const quiz = quizOf('earthquake-hormozgan-ar')
    const magnitude = quiz.questions.find((q) => keysOf(q).includes(7.3))!
    expect(magnitude.type === 'numeric' && magnitude.answer.unit).toBe('count')
    // A reader typing the article's words is right; degrees Celsius, or another magnitude, are wrong.
    for (const [answer, correct] of [
      ['7.3', true],
      ['7.3 درجات', true],
      ['7.3 درجات على مقياس ريختر', true],
      ['7.3 درجات مئوية', false],
      ['6.3', false],
    ] as const)
      expect(gradeQuestion(magnitude, answer).correct, answer).toBe(correct)
    expect(quiz.questions.some((q) => q.id.includes('temperature-4'))).toBe(true)
    expect(quiz.questions.filter((q) => q.id.includes('temperature-7') || q.id.includes('temperature-5'))).toEqual([])
    expectEditorsDraft(quiz, 8)
  })
})

describe('a match’s set scores in a row are no score to ask', () => {
  const read = (text: string) => {
    const found = collectFacts(parseArticle(`Title\n\n${text}`).paragraphs)
    return { scores: found.scores.map((s) => `${s.home}-${s.away}`), unread: found.notes.filter((n) => n.code === 'unread-number').map((n) => n.quote) }
  }
  // Each row: a sentence, the scores asked, and the sets noted.
  const rows: [string, string[], string[]][] = [
    ["Okafor beat Sweden's Ebba Lindqvist 4-6 6-3 7-6(5) on Monday.", [], ['4-6 6-3 7-6(5)']],
    ['Sinner beat Alcaraz 6-4, 3-6, 7-6 (7-4) in the final.', [], ['6-4, 3-6, 7-6 (7-4)']],
    ['Sinner beat Alcaraz 6-4, 3-6, 7-6(7-4) in the final.', [], ['6-4, 3-6, 7-6(7-4)']],
    ['Swiatek won 6-0 6-0 in 49 minutes.', [], ['6-0 6-0']],
    // Wrong neighbours: one score, two scores of two matches, a game's score within a set.
    ['Arsenal beat Chelsea 2-1 at the Emirates.', ['2-1'], []],
    ['Arsenal beat Chelsea 2-1 and Spurs drew 1-1 with Leeds.', ['2-1', '1-1'], []],
    ['وفاز الأهلي على الزمالك 2-1 مساء الخميس.', ['2-1'], []],
    ['She won the match after saving two match points at 5-6 in the third set.', ['5-6'], []],
  ]
  it.each(rows)('%s', (text, scores, unread) => {
    const found = read(text)
    expect(found.scores).toEqual(scores)
    expect(found.unread).toEqual(unread)
  })
  itNeverAsks(quizOf, [{ article: 'tennis-melbourne-en', keys: ['4-6', '6-3', '6-2', '6-1'] }])
  it('the tennis report asks its names and figures instead', () => {
    const quiz = quizOf('tennis-melbourne-en')
    for (const q of quiz.questions) expect(promptOf(q)).not.toMatch(/____ … 7-6|… ____ 7-6|____ … in|… ____ in/u)
    expect(quiz.questions.flatMap((q) => keysOf(q))).toEqual(expect.arrayContaining([23, 41, 53, 'Olha Bondar']))
    expectEditorsDraft(quiz, 8)
  })
})

describe('a small count its sentence lists item by item is not asked', () => {
  const read = (text: string) => {
    const found = collectFacts(parseArticle(`Title\n\n${text}`).paragraphs)
    return { facts: found.facts.map((f) => f.value), given: found.notes.filter((n) => n.code === 'given-away').map((n) => n.quote) }
  }
  // Each row: a sentence, the values of its facts, and the counts it gives away.
  const rows: [string, number[], string[]][] = [
    ['Two of them, at Easton and Bedminster, will open an hour earlier.', [], ['Two']],
    ['Three countries, Egypt, Jordan and Tunisia, signed the deal.', [], ['Three']],
    ['The 2 men, John Smith and Ali Khan, were arrested.', [], ['2 men']],
    ['ووقعت الاتفاقية 3 دول هي مصر والأردن وتونس.', [], ['3']],
    ['وفاز 2 من اللاعبين هما أحمد وعلي.', [], ['2']],
    // Wrong neighbours: a list of another length, a list after a conjunction opening a clause, a count too large to list.
    ['She has 3 children and lives in Leeds and Bradford.', [3], []],
    ['The council approved 2 schemes, and Smith and Jones voted against.', [2], []],
    ['ووقعت 3 حوادث في عمان والزرقاء.', [3], []],
    ['وأصيب 2 من الجنود وقتل 3 آخرون.', [2, 3], []],
    ['وأصيب 2 من عناصر الأمن والجيش.', [2], []],
    ['وزار الوزير 3 مدن: إربد وجرش وعجلون.', [], ['3']],
    ['وسننشر 12 نقطة مراقبة في مناطق عجلون وجرش، وندرب 600 متطوع.', [12, 600], []],
  ]
  it.each(rows)('%s', (text, facts, given) => {
    const found = read(text)
    expect(found.facts).toEqual(facts)
    expect(found.given).toEqual(given)
  })
  itNeverAsks(quizOf, [{ article: 'swimming-interview-en', keys: [2] }])
})

describe('the review’s other articles stay editors’ drafts', () => {
  it.each(['budget-listicle-en', 'cabinet-decisions-ar'])('%s', (name) => {
    expectEditorsDraft(quizOf(name), 7)
  })
})
