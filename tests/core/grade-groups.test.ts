import { describe, expect, it } from 'vitest'
import { quizSources } from '../../questions/index.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import { loadQuiz } from '../../src/core/load-quiz.ts'
import type { Question } from '../../src/core/quiz-schema.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { findNumbers } from '../../src/core/numbers.ts'
import { ARTICLES } from './draft-articles.ts'

// The seed quiz graded as the Worker grades it: each question with the quiz's other questions, so
// that the groups the other questions count (demining workers, additional soldiers) are known.
const source = quizSources.find((s) => s.id === 'kim-putin-beijing')!
const quiz = loadQuiz(source.file, source.articleText)
const grade = (id: string, answer: string) => gradeQuestion(quiz.questions.find((q) => q.id === id)!, answer, quiz.questions).correct

type Row = [questionId: string, answer: string, right: boolean]

describe('counted groups: another word for another group is wrong', () => {
  it.each<Row>([
    // Word families name the other group as well as the article's own words do.
    ['kursk-demining-workers', '1000 builders', false],
    ['kursk-demining-workers', '1000 Builders', false],
    ['kursk-demining-workers', '1000 builders workers', false],
    ['kursk-demining-workers', '1000 workers builders', false],
    ['kursk-demining-workers', '1000 deminers', true],
    ['kursk-demining-workers', '1000 construction workers', false],
    ['kursk-construction-workers', '5000 deminers', false],
    ['kursk-construction-workers', '5000 builders', true],
    ['kursk-workers-total', '6000 builders', false],
    ['kursk-workers-total', '6000 deminers', false],
    ['kursk-workers-total', '6000 workers', true],
    // The article calls the 6,000 soldiers additional: "additional" says the answer is about them.
    ['soldiers-killed', '2000 جندي إضافي', false],
    ['soldiers-killed', '2000 additional soldiers', false],
    ['soldiers-killed', '2000 more soldiers', false],
    ['soldiers-killed', 'another 2000 soldiers', false],
    ['soldiers-killed', '2000 extra troops', false],
    ['soldiers-killed', '2000 جندي كمان', false],
    ['trained-soldiers', '9500 جندي إضافي', false],
    ['additional-soldiers', '6000 جندي إضافي', true],
    ['additional-soldiers', '6000 جندي جديد', true],
    ['soldiers-killed', '2000 جندي جديد', false],
    ['soldiers-killed', '2000 new soldiers', false],
    ['kursk-construction-workers', '5000 workers for reconstruction', true],
    ['kursk-demining-workers', '1000 workers for reconstruction', false],
    // A verb right after the number counts nothing; a complement of the key's description does.
    ['soldiers-killed', '2000 يقاتلون لصالح روسيا', true],
    ['kursk-demining-workers', '1000 ألغام', false],
    ['additional-soldiers', '6000 جندي كمان', true],
    ['additional-soldiers', '6,000 more soldiers', true],
    ['additional-soldiers', 'another 6000 soldiers', true],
    // The right number with the wrong group, comparisons, negations, ranges, lists.
    ['soldiers-killed', '2000 جريح', false],
    ['soldiers-killed', 'أكثر من 2000', false],
    ['soldiers-killed', 'ليس 2000', false],
    ['soldiers-killed', 'من 1000 إلى 2000', false],
    ['soldiers-killed', 'بين 1000 و2000', false],
    ['soldiers-killed', '1000 to 2000', false],
    ['soldiers-killed', '2000 to 3000', false],
    ['soldiers-killed', '2000 أو 6000', false],
    ['soldiers-killed', '2000 South Korean soldiers', false],
  ])('%s: %j → %s', (id, answer, right) => {
    expect(grade(id, answer)).toBe(right)
  })
})

describe("the article's own sentence about the key is right", () => {
  it.each<Row>([
    ['soldiers-killed', 'قُتل نحو 2000 جندي كوري شمالي يقاتلون لصالح روسيا', true],
    ['soldiers-killed', 'قتل نحو 2000 جندي كوري شمالي يقاتلون لصالح روسيا', true],
    ['soldiers-killed', '2000 جندي كوري شمالي يقاتلون لصالح روسيا', true],
    ['kursk-demining-workers', 'تخطط كوريا الشمالية لإرسال نحو 1000 عامل إزالة ألغام', true],
    ['kursk-construction-workers', 'و5000 عامل بناء إلى منطقة كورسك الروسية', true],
    ['kursk-construction-workers', '5000 عامل بناء إلى منطقة كورسك الروسية', true],
    ['trained-soldiers', 'تقارير غربية كشفت أن نحو 9500 جندي كوري شمالي تلقوا تدريبات مكثفة', true],
    ['meeting-duration', 'الاجتماع بين كيم وبوتين استمر نحو ساعتين ونصف', true],
    ['additional-soldiers', 'فيما تخطط بيونغ يانغ لإرسال 6000 جندي إضافي', true],
    // A run that cuts the key's number, another question's quote, a changed word: not the sentence.
    ['meeting-duration', 'الاجتماع بين كيم وبوتين استمر نحو ساعتين', false],
    ['meeting-duration', 'استمر نحو ساعتين', false],
    ['kursk-workers-total', 'تخطط كوريا الشمالية لإرسال نحو 1000 عامل إزالة ألغام و5000 عامل بناء إلى منطقة كورسك الروسية', false],
    ['kursk-workers-total', 'و5000 عامل بناء إلى منطقة كورسك الروسية', false],
    ['kursk-demining-workers', 'و5000 عامل بناء إلى منطقة كورسك الروسية', false],
    ['kursk-construction-workers', 'تخطط كوريا الشمالية لإرسال نحو 1000 عامل إزالة ألغام', false],
    ['soldiers-killed', 'قُتل نحو 2000 جندي كوري جنوبي يقاتلون لصالح روسيا', false],
    ['soldiers-killed', 'قُتل نحو 2000 جندي كوري شمالي يقاتلون لصالح أوكرانيا', false],
    ['soldiers-killed', 'لم يقتل نحو 2000 جندي كوري شمالي', false],
    ['soldiers-killed', 'قتل نحو 2000 جندي كوري شمالي يقاتلون لصالح روسيا فيما تخطط بيونغ يانغ لإرسال 6000 جندي إضافي', false],
    ['trained-soldiers', 'قُتل نحو 2000 جندي كوري شمالي يقاتلون لصالح روسيا', false],
  ])('%s: %j → %s', (id, answer, right) => {
    expect(grade(id, answer)).toBe(right)
  })
})

describe('a range word before a word is a preposition; before a number, a range', () => {
  it.each<Row>([
    ['meeting-duration', 'استمر الاجتماع بين كيم وبوتين ساعتين ونصف', true],
    ['meeting-duration', 'the meeting between Kim and Putin lasted 2.5 hours', true],
    ['meeting-duration', 'بين ساعتين وثلاث ساعات', false],
    ['meeting-duration', 'between 2 and 3 hours', false],
    ['meeting-duration', '2 to 3 hours', false],
    ['meeting-duration', 'من ساعتين إلى ثلاث ساعات', false],
    ['meeting-duration', 'ساعتين إلى 3 ساعات', false],
    ['additional-soldiers', 'Pyongyang plans to send 6,000 more soldiers', true],
    ['additional-soldiers', 'up to 6000', false],
    ['additional-soldiers', '6000 to 7000', false],
    ['additional-soldiers', '6000 إلى 7000', false],
    ['additional-soldiers', 'من 5000 إلى 6000', false],
    ['additional-soldiers', 'from 5000 to 6000', false],
    ['additional-soldiers', 'بين 6000 و7000', false],
    ['kursk-demining-workers', '1000 demining workers to Kursk', true],
    ['kursk-demining-workers', 'one thousand workers to clear mines', true],
    ['kursk-demining-workers', '1000 to 5000 workers', false],
    ['kursk-workers-total', '6000 عامل إلى كورسك', true],
    ['kursk-workers-total', '6000 عامل إلى أوكرانيا', false],
    ['kursk-construction-workers', '5000 عامل بناء في كورسك', true],
    ['kursk-construction-workers', '5000 عامل بناء في أوكرانيا', false],
    ['kursk-construction-workers', '5000 على الأقل', false],
    ['kursk-construction-workers', 'at least 5000', false],
    ['kursk-construction-workers', 'في 5000', false],
    ['kursk-construction-workers', '5000 عامل إلى', false],
    ['soldiers-killed', '2000+', false],
    ['soldiers-killed', '> 2000', false],
    ['soldiers-killed', '~2000', true], // a hedge
  ])('%s: %j → %s', (id, answer, right) => {
    expect(grade(id, answer)).toBe(right)
  })
})

describe('a country, nationality or cited source is not another group when the question says so', () => {
  it.each<Row>([
    // Where the group goes (إلى، لـ، لصالح، to, for): a country the question mentions.
    ['additional-soldiers', '6000 جندي إضافي لروسيا', true],
    ['additional-soldiers', '6000 جندي إضافي إلى روسيا', true],
    ['additional-soldiers', '6000 soldiers to Russia', true],
    ['kursk-workers-total', '6000 عامل لروسيا', true],
    ['kursk-workers-total', '6000 عامل إلى روسيا', true],
    ['soldiers-killed', '2000 جندي كوري شمالي يقاتلون لصالح روسيا', true],
    ['additional-soldiers', '6000 جندي إلى أوكرانيا', false], // a country the question does not mention
    ['additional-soldiers', '6000 جندي إلى كوريا الجنوبية', false], // the cited source's country
    ['additional-soldiers', '6000 جندي إلى كوريا الشمالية', false], // the group's own country
    ['soldiers-killed', '2000 جندي يقاتلون لصالح كوريا الجنوبية', false],
    ['additional-soldiers', '6000 جندي في روسيا بالفعل', false], // only some of them are there already
    ['additional-soldiers', '6000 جندي موجودين في روسيا', false],
    // Where the group comes from, and its nationality: the country that sends it.
    ['additional-soldiers', 'ستة آلاف جندي كوري شمالي', true],
    ['additional-soldiers', '6000 North Korean soldiers', true],
    ['additional-soldiers', 'ستة آلاف جندي من كوريا الشمالية', true],
    ['kursk-demining-workers', '1000 عامل كوري', true],
    ['kursk-demining-workers', 'ألف عامل من كوريا الشمالية', true],
    ['kursk-demining-workers', '1000 North Korean workers', true],
    ['kursk-construction-workers', 'خمسة آلاف عامل كوري شمالي', true],
    ['soldiers-killed', '2000 soldiers from North Korea', true],
    ['additional-soldiers', '6000 جندي كوري جنوبي', false],
    ['additional-soldiers', '6000 South Korean soldiers', false],
    ['additional-soldiers', '6000 Russian soldiers', false],
    ['additional-soldiers', '6000 جندي روسي', false],
    ['kursk-demining-workers', '1000 عامل كوري جنوبي', false],
    ['kursk-demining-workers', 'ألف عامل من كوريا الجنوبية', false],
    ['kursk-demining-workers', '1000 عامل من روسيا', false],
    ['kursk-demining-workers', '1000 workers from Russia', false],
    ['soldiers-killed', '2000 جندي من كوريا الجنوبية', false],
    ['soldiers-killed', '2000 soldiers from South Korea', false],
    // The source the question cites, after حسب / according to.
    ['trained-soldiers', '9500 جندي حسب التقارير الغربية', true],
    ['trained-soldiers', 'According to Western reports, 9,500', true],
    ['soldiers-killed', '2000 حسب المخابرات الكورية الجنوبية', true],
    ['soldiers-killed', 'About 2,000 according to South Korean intelligence', true],
    ['additional-soldiers', 'ستة آلاف جندي حسب المخابرات الكورية الجنوبية', true],
    ['soldiers-killed', 'according to South Korea, 2000', true],
    ['soldiers-killed', 'حسب كوريا الجنوبية 2000', true],
    ['soldiers-killed', 'according to Russia, 2000', false],
    ['soldiers-killed', '2000 حسب المخابرات الكورية الشمالية', false],
    ['soldiers-killed', '2000 according to North Korean intelligence', false],
    // What the texts say of a part (وبعضهم موجود بالفعل، some of whom are already) is another group.
    ['additional-soldiers', '6000 جندي موجودون بالفعل', false],
    ['additional-soldiers', '6000 مقاتل موجودون', false],
    ['additional-soldiers', '6000 soldiers already on Russian soil', false],
    ['soldiers-killed', '2000 soldiers for South Korea', false],
    ['trained-soldiers', '9500 جندي حسب التقارير الروسية', false],
    ['trained-soldiers', '9500 جندي غربي', false],
    ['trained-soldiers', '9500 Western soldiers', false],
    ['soldiers-killed', '2000 حسب المخابرات الروسية', false],
    ['soldiers-killed', '2000 جندي كوري جنوبي حسب المخابرات الكورية الجنوبية', false],
    ['soldiers-killed', 'according to South Korean intelligence 2000 South Korean soldiers', false],
    ['soldiers-killed', '2000 حسب المخابرات الكورية الجنوبية جندي كوري جنوبي', false],
    // `civilian` describes workers; it is another group beside soldiers, or alone.
    ['kursk-workers-total', '6000 civilian workers', true],
    ['kursk-workers-total', '6000 عامل مدني', true],
    ['kursk-workers-total', '6000 مدني', false],
    ['kursk-workers-total', '6000 civilians', false],
    ['soldiers-killed', '2000 civilian soldiers', false],
    ['soldiers-killed', '2000 جندي مدني', false],
  ])('%s: %j → %s', (id, answer, right) => {
    expect(grade(id, answer)).toBe(right)
  })
})

describe('totals: a word for the total frames the number; working leads to it', () => {
  it.each<Row>([
    ['kursk-workers-total', '6000 بالمجموع', true],
    ['kursk-workers-total', 'بالمجموع 6000', true],
    ['kursk-workers-total', 'عدد العمال 6000', true],
    ['kursk-workers-total', 'العمال 6000', true],
    ['kursk-workers-total', 'مجموع العمال 6000', true],
    ['kursk-workers-total', 'عدد العمال الإجمالي 6000', true],
    ['kursk-workers-total', '6000 إجمالا', true],
    ['kursk-workers-total', '6,000 workers in all', true],
    ['kursk-workers-total', 'all together 6000', true],
    ['kursk-workers-total', '1000 + 5000 = 6000 عامل', true],
    ['kursk-workers-total', '1000 عامل إزالة ألغام + 5000 عامل بناء = 6000 عامل', true],
    ['kursk-workers-total', '1000 + 5000 = 6000', true],
    ['kursk-workers-total', '5000 بالمجموع', false],
    ['kursk-workers-total', 'الجنود 6000', false],
    ['kursk-workers-total', 'عمال البناء 6000', false],
    ['kursk-workers-total', '6000 عامل بناء بالمجموع', false],
    ['kursk-workers-total', '1000 + 5000 = 6000 عامل بناء', false],
    ['kursk-workers-total', '1000 + 5000 = 6000 جندي', false],
    ['kursk-workers-total', '1000 + 5000 = 7000 عامل', false],
    ['kursk-workers-total', '1000 + 5000', false],
    ['kursk-workers-total', '1000 + 6000 = 7000', false],
    ['kursk-demining-workers', '1000 بالمجموع', false], // the question asks for no total
    // The total named by all its parts (the explanation gives it as 1000 + 5000), never by one.
    ['kursk-workers-total', '6000 عامل بناء وإزالة ألغام', true],
    ['kursk-workers-total', '6000 construction and demining workers', true],
    ['kursk-workers-total', '6000 builders and deminers', true],
    ['kursk-workers-total', '6000 عامل بناء', false],
    ['kursk-workers-total', '6000 عامل إزالة ألغام', false],
    ['kursk-workers-total', '6000 عامل بناء وجندي', false],
    ['kursk-workers-total', '6000 جندي بناء وإزالة ألغام', false],
    ['kursk-construction-workers', '5000 عامل بناء وإزالة ألغام', false],
    ['kursk-demining-workers', '1000 demining and construction workers', false],
    ['soldiers-killed', 'الجنود 2000', true],
    ['soldiers-killed', 'العمال 2000', false],
  ])('%s: %j → %s', (id, answer, right) => {
    expect(grade(id, answer)).toBe(right)
  })
})

// Questions as the drafter writes them (a blank in the article's sentence), on an article whose
// counted nouns change form with the number: 38,417 صوتًا (11–99: singular accusative), 27,905
// أصوات (3–10: plural).
const blank = (id: string, value: number, sentence: string, quote: string): Question => ({
  id,
  type: 'numeric',
  skill: 'recall',
  points: 1,
  prompt: { ar: `أكمل الفراغ بحسب المقال: «${sentence}»` },
  explanation: { ar: `جاء في المقال: «${quote}».` },
  evidence: { paragraph: 1, quote },
  answer: { value, unit: 'count', tolerance: 0 },
})
const CASUALTIES = 'أسفرت الاشتباكات عن 14 قتيلًا و5 جرحى'
const VOTES: Question[] = [
  blank('votes-ahmad', 38417, 'حصل أحمد على ____ صوتًا …', 'حصل أحمد على 38,417 صوتًا'),
  blank('votes-salem', 27905, 'فيما حصل منافسه سالم على ____ أصوات …', 'فيما حصل منافسه سالم على 27,905 أصوات'),
  blank('killed', 14, 'أسفرت الاشتباكات عن ____ قتيلًا …', CASUALTIES),
  blank('wounded', 5, 'أسفرت الاشتباكات عن 14 قتيلًا و____ جرحى …', CASUALTIES),
]

describe('an Arabic counted noun in its singular or plural is one noun (within one article)', () => {
  it.each<Row>([
    ['votes-salem', '27,905 صوتًا', true],
    ['votes-salem', '27905 صوت', true],
    ['votes-salem', '27,905 أصوات', true],
    ['votes-ahmad', '38417 أصوات', true],
    ['votes-ahmad', '38,417 صوتًا', true],
    ['votes-salem', '38,417 صوتًا', false],
    ['votes-salem', '27905 ناخب', false],
    ['votes-salem', '27905 قتيلا', false],
    ['killed', '14 قتيلا', true],
    ['killed', '14 جريحا', false], // قتيل and جريح are different nouns
    ['killed', '14 جرحى', false],
    ['wounded', '5 جرحى', true],
    ['wounded', '5 قتلى', false],
    ['wounded', '5 أصوات', false],
  ])('%s: %j → %s', (id, answer, right) => {
    expect(gradeQuestion(VOTES.find((q) => q.id === id)!, answer, VOTES).correct).toBe(right)
  })
})

// Drafted quizzes on the drafter's test articles: a quote with one number, the key, is right as
// copied (with its $, %, °C); with a comparison or a mark added it is not.
const drafted = ARTICLES.flatMap((article) => {
  const questions = draftQuiz(article.text).quiz.questions
  return questions
    .filter((q): q is Extract<Question, { type: 'numeric' }> => q.type === 'numeric' && q.answer.unit !== 'date')
    .filter((q) => findNumbers(q.evidence.quote).length === 1)
    .map((q) => [article.name, q, questions] as const)
})

describe("a drafted question's quote, copied, is right; changed, it is not", () => {
  it('finds quotes with money, percentages and temperatures among the drafts', () => {
    const quotes = drafted.map(([, q]) => q.evidence.quote).join(' ')
    for (const mark of ['$', '%', '°C', '£']) expect(quotes).toContain(mark)
  })
  it.each(drafted.map(([name, q, quiz]) => [name, q.evidence.quote, q, quiz] as const))('%s: %j', (_name, quote, q, quiz) => {
    expect(gradeQuestion(q, quote, quiz).correct).toBe(true)
    const english = /[a-z]/i.test(quote)
    for (const changed of [english ? `more than ${quote}` : `أكثر من ${quote}`, `${quote} +`, `${quote} or more`, `لا ${quote}`, `not ${quote}`]) {
      expect(gradeQuestion(q, changed, quiz).correct, changed).toBe(false)
    }
  })
})
