import { describe, expect, it } from 'vitest'
import { parseBooleanWord } from '../../src/core/boolean-words.ts'
import { numericAnswerInEvidence } from '../../src/core/numeric-evidence.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import { findNumbers, parseNumber } from '../../src/core/numbers.ts'
import type { Question } from '../../src/core/quiz-schema.ts'
import { matchText } from '../../src/core/text-match.ts'
import { askNumber as ask, type AnswerRow as Row, answerRows as rows } from './numeric-question.ts'

/**
 * The rules the eighth readers' set (grade-readers-8.test.ts) led to, on questions and answers of their own,
 * each beside its wrong neighbours: lakh and crore (`Rs 1,136 crore`, `30,00,000`, `₹7.6cr`, `Rs 600/-`), a
 * noun said again after its fraction («ساعتين ونصف الساعة»), a verdict's reason citing a figure the question
 * does not hold, Sudanese «صاح», Yemeni teens and «ثنين», «على الأقل» after the number and «ما لا يقل عن», an
 * Arabic letter put for another only as a slip, `th` for ت, and `Abdel-` for عبد ال.
 */

// Lakh (100,000) and crore (ten million), their plurals after any number, `cr`, South Asian digit groups and
// the "no paise" mark; never another scale, currency or figure.
const BUDGET = ask('budget', 11_360_000_000, 'INR', 'the state government had approved Rs 1,136 crore for the second phase')
const BOAT = ask('boat', 76_000_000, 'INR', 'Each boat costs about Rs 7.6 crore')
const RIDERS = ask('riders', 3_000_000, 'count', 'has carried 30 lakh passengers since its launch')
const PASS = ask('pass', 600, 'INR', 'a monthly pass is priced at Rs 600')
const SCALES: Row[] = [
  ...rows(
    BUDGET,
    ['Rs 1,136 crore', '₹1,136 crores', '1136 cr', 'Rs 11.36 billion', 'Rs 1,136-crore', '₹11,36,00,00,000'],
    ['Rs 1,136 lakh', 'Rs 1,136 million', 'Rs 11.36 crore', '$1,136 crore', '1136', 'Rs 1,163 crore'],
  ),
  ...rows(
    BOAT,
    ['Rs 7.6 crore', 'Rs 7.6 crores', '₹7.6cr', 'Rs 760 lakh', 'Rs 7,60,00,000', '76 million rupees'],
    ['Rs 7.6 lakh', 'Rs 76 crore', 'Rs 7.6 million', '7.6'],
  ),
  ...rows(RIDERS, ['30 lakh', '30 lakhs', 'thirty lakh', '30,00,000', '3 million'], ['3 lakh', '30 crore', '3,00,000', '30 lacs', 'lakhs']),
  ...rows(PASS, ['Rs 600/-', '600/-', 'Rs 600'], ['Rs 6,00/-', 'Rs 60/-', '$600/-']),
]

// «على الأقل» and `at least` after the number say what they say before it; «ما» before «لا يقل عن» is no negation.
const WATER = ask('water', 3, 'litre', 'وشرب ما لا يقل عن 3 لترات من الماء يوميا', 'ar')
const NIGHT = ask('night', 31, 'celsius', 'وإن درجة الحرارة الصغرى لن تقل عن 31 درجة ليلا', 'ar')
const SLEEP = ask('sleep', 8, 'hour', 'children need at least 8 hours of sleep')
const DISTANCE = ask('distance', 310, 'kilometre', 'التي تقع على بعد 310 كيلومترات شمال الخرطوم', 'ar')
const FRAMES: Row[] = [
  ...rows(
    WATER,
    ['3 لترات على الأقل', 'على الأقل 3 لترات', 'لا يقل عن 3 لترات', 'ما لا يقل عن 3 لترات'],
    ['3 لترات على الأكثر', '4 لترات على الأقل', 'أكثر من 3 لترات'],
  ),
  ...rows(NIGHT, ['31 درجة على الأقل', 'لا تقل عن 31 درجة', '31 درجة سيليزية'], ['31 درجة على الأكثر', '30 درجة على الأقل', 'أقل من 31 درجة']),
  ...rows(SLEEP, ['8 hours at least', 'at least 8 hours'], ['8 hours at most', '9 hours at least']),
  ...rows(DISTANCE, ['310 كم'], ['310 كم على الأقل', 'على الأقل 310 كم']),
]

// A word a family names as written is that family's alone: «أسرة» (a family) is no «أسر» (captivity) with a pronoun's ه.
const FAMILIES = ask('families', 4500, 'count', 'وإن 4500 أسرة نازحة ستحصل على أسطوانة مدعومة', 'ar')
const CAPTIVES = ask('captives', 300, 'count', 'أطلق سراح 300 أسير', 'ar')
const NOUNS: Row[] = [
  ...rows(FAMILIES, ['4500 أسرة', '4500 عائلة', '4,500 families', '4500 households'], ['4500 prisoners', '4500 أسير', '4500 أسرى', '4500 شخص']),
  ...rows(CAPTIVES, ['300 أسير', '300 prisoners', '300 أسرى'], ['300 families', '300 أسرة']),
]

describe('lakh, crore, comparisons after the number and counted nouns, as these readers wrote them', () => {
  it.each([...SCALES, ...FRAMES, ...NOUNS].map(([q, a, r]) => [q.id, a, r, q] as const))('%s: %j is right: %s', (_id, answer, right, question) => {
    expect(gradeQuestion(question, answer, [question]).correct).toBe(right)
  })
})

describe('what the number reader reads', () => {
  it.each<[string, number[]]>([
    ['في رحلة تستغرق ساعتين ونصف الساعة', [2.5]],
    ['ساعة ونصف الساعة', [1.5]],
    ['ساعتين إلا ربع الساعة', [1.75]],
    // another noun after the fraction is another amount
    ['يومين ونصف ساعة', [2, 0.5]],
    ['يومين ونصف الساعة', [2, 0.5]],
    ['crores of rupees', []],
    ['Mille Lacs and Dix Hills', []],
  ])('%j holds %j', (text, numbers) => {
    expect(findNumbers(text)).toEqual(numbers)
  })
  it.each<[string, number | null]>([
    ['ثنين وعشرين', 22],
    ['خمستعشر', 15],
    ['اربعتعشر', 14],
    ['اثنعشر', 12],
    ['ثلاث آلاف وميتين', 3200],
    ['ثلاث آلاف ومية', 3100],
    ['30 lakh', 3e6],
    ['1,136 crore', 1.136e10],
    ['7.6 crores', 7.6e7],
  ])('%j is %j', (text, value) => {
    expect(parseNumber(text)).toBe(value)
  })
  it('a quote with «ساعتين ونصف الساعة» states 2.5 hours', () => {
    expect(numericAnswerInEvidence(ask('trip', 2.5, 'hour', 'في رحلة تستغرق ساعتين ونصف الساعة', 'ar'), 0)).toHaveLength(0)
    expect(numericAnswerInEvidence(ask('trip', 2, 'hour', 'في رحلة تستغرق ساعتين ونصف الساعة', 'ar'), 0)).toHaveLength(1)
  })
})

// A verdict's reason may cite the question's figures (in the prompt, the quote or the explanation), with or
// without their scale word, never figures of its own; a question whose texts state no figure leaves them unchecked.
const statement = (id: string, answer: boolean, prompt: string, quote: string, explanation = quote): Question => ({
  id,
  type: 'boolean',
  skill: 'recall',
  points: 1,
  prompt: { ar: prompt },
  explanation: { ar: explanation },
  evidence: { paragraph: 0, quote },
  answer,
})
const WAVE = statement('wave', true, 'صواب أم خطأ؟ استمرت آخر موجة 9 أيام.', 'وكانت آخر موجة مماثلة قد ضربت البلاد في مايو 2024 واستمرت 9 أيام')
const AGENTS = statement('agents', false, 'صواب أم خطأ؟ ستوزع الشركة الأسطوانات عبر 58 وكيلا.', 'ستوزع يوميا نحو 12 ألف أسطوانة عبر 85 وكيلا')
const BUDGET_TF = statement('budget-tf', false, 'صواب أم خطأ؟ ستنفق السلطة 5.2 مليون دينار.', 'ستنفق 4.2 مليون دينار على ترميم ممر السيق')
const HOURS = statement('hours', true, 'صواب أم خطأ؟ ستفتح الأبواب من العاشرة صباحا حتى التاسعة مساء.', 'ستفتح يوميا من العاشرة صباحا حتى التاسعة مساء')
const VERDICTS: [Question, string, boolean][] = [
  [WAVE, 'صح، 9 أيام', true],
  [WAVE, 'صح في مايو 2024', true],
  [WAVE, 'صحيح 100%', true],
  [WAVE, 'صح، 7 أيام', false],
  [WAVE, 'صح في مايو 2023', false],
  [AGENTS, 'غلط، 85 وكيل مش 58', true],
  [AGENTS, 'خطأ، 12 ألف أسطوانة عبر 85 وكيلا', true],
  [AGENTS, 'غلط، 80 وكيلا', false],
  [BUDGET_TF, 'خطأ، 4.2 مليون مش 5.2', true],
  [BUDGET_TF, 'خطأ، 4.3 مليون', false],
  [HOURS, 'صحيح، من 10 الصبح لـ9 بالليل', true],
]

describe('verdicts with their reasons', () => {
  it.each(VERDICTS.map(([q, a, r]) => [q.id, a, r, q] as const))('%s: %j is right: %s', (_id, answer, right, question) => {
    expect(gradeQuestion(question, answer, [question]).correct).toBe(right)
  })
  // Sudanese صاح (right) and ما صاح; a correction with «لا» between two figures.
  it.each<[string, boolean | null]>([
    ['صاح', true],
    ['كلامك صاح', true],
    ['ما صاح', false],
    ['لا ما صاح', false],
    ['صاح ولا غلط', null],
    ['خطأ، ثلاثة أسابيع لا أسبوعين', false],
    ['خطأ، 3 أسابيع لا 2', false],
    ['خطأ ثلاثة أسابيع لا', null],
    ['غلط، 5 ساعات لا صح', null],
  ])('%j reads as %s', (text, verdict) => {
    expect(parseBooleanWord(text)).toBe(verdict)
  })
})

// An Arabic letter put for another is a typo only as a slip (a key beside it, a letter alike); a long vowel for
// another only in a foreign name the quiz also writes in Latin letters. `th` may write ت; Abdel- is Abdul-.
const NAMES: [answer: string, accepted: string[], right: boolean][] = [
  ['باعبيد', ['باعبود'], false],
  ['ناصر باعبيد', ['ناصر باعبود'], false],
  ['باعبوذ', ['باعبود'], true],
  ['سعيد', ['سعود'], false],
  ['كيرسك', ['كورسك', 'Kursk'], true],
  ['شي جين بينج', ['شي جين بينغ'], true],
  ['أنيتا مينون', ['Anitha Menon'], true],
  ['أنيتا مينون', ['أنيثا مينون'], true],
  ['أنيتا ميمون', ['Anitha Menon'], false],
  ['توماس', ['Thomas'], true],
  ['م. ناصر باعبود', ['ناصر باعبود'], true],
  ['Abdelrahim Eltayeb', ['عبد الرحيم الطيب'], true],
  ['Abdel Rahim Al-Tayeb', ['عبد الرحيم الطيب'], true],
  ['Abdelrahman Eltayeb', ['عبد الرحيم الطيب'], false],
  ['Abdel Rahim', ['عبد الرحيم الطيب'], false],
]

describe('names as these readers wrote them', () => {
  it.each(NAMES)('%j for %j is right: %s', (answer, accepted, right) => {
    expect(matchText(answer, accepted).matched !== null).toBe(right)
  })
})
