import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseBooleanWord } from '../../src/core/boolean-words.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import { findNumbers } from '../../src/core/numbers.ts'
import type { Question } from '../../src/core/quiz-schema.ts'
import { READER_QUIZ } from './reader-answers.ts'

/**
 * The forms in which readers write a right answer: hedges and politeness around it, colloquial
 * "to" before a place, verbs of every dialect, dialect number words, and true/false words; each
 * beside the wrong answers that look like it. Graded as the Worker grades: with the quiz's
 * questions passed in. The numeric and text questions are those of kim-putin-beijing copied in
 * tests/core/reader-answers.ts; its true/false questions are copied here.
 */

const base = { skill: 'recall' as const, points: 1 }
const BOOLEANS: Question[] = [
  {
    ...base,
    id: 'first-public-trilateral',
    type: 'boolean',
    prompt: {
      ar: 'كان لقاء كيم وبوتين وشي أولَ اجتماع علني يجمع القادة الثلاثة منذ حقبة الحرب الباردة.',
      en: 'The meeting of Kim, Putin and Xi was the first public meeting of the three leaders since the Cold War era.',
    },
    answer: true,
    explanation: {
      ar: 'صحيح: يصف المقال اللقاء بأنه أول اجتماع علني يجمع القادة الثلاثة منذ حقبة الحرب الباردة.',
      en: 'True: the article calls it the first public meeting of the three leaders since the Cold War era.',
    },
    evidence: { paragraph: 1, quote: 'وهو أول اجتماع علني يجمع القادة الثلاثة منذ حقبة الحرب الباردة' },
  },
  {
    ...base,
    id: 'meeting-ended-coldly',
    type: 'boolean',
    prompt: { ar: 'انتهى اللقاء بين كيم وبوتين بمصافحة رسمية فاترة.', en: 'The meeting between Kim and Putin ended with a cool, formal handshake.' },
    answer: false,
    explanation: {
      ar: 'خطأ: اختُتم اللقاء بمشهد ودّي غير رسمي، إذ تبادل الزعيمان العناق قبل المغادرة.',
      en: 'False: the meeting closed on a friendly, informal note, with the two leaders hugging before they left.',
    },
    evidence: { paragraph: 5, quote: 'اللقاء اختتم بمشهد ودّي غير رسمي، حيث تبادل كيم وبوتين العناق قبل المغادرة' },
  },
]
const QUIZ: Question[] = [...READER_QUIZ, ...BOOLEANS]
const byId = new Map(QUIZ.map((q) => [q.id, q]))
const grade = (id: string, answer: string) => gradeQuestion(byId.get(id)!, answer, QUIZ)

describe('hedges, politeness and attribution around a right answer', () => {
  it.each<[string, string, boolean]>([
    ['soldiers-killed', 'أعتقد ألفين', true],
    ['soldiers-killed', 'أظن 2000', true],
    ['soldiers-killed', 'على ما أظن 2000', true],
    ['soldiers-killed', 'ربما 2000', true],
    ['soldiers-killed', 'يمكن ألفين', true],
    ['soldiers-killed', 'I think 2000', true],
    ['soldiers-killed', 'probably 2000', true],
    ['soldiers-killed', 'maybe 2000', true],
    ['soldiers-killed', '2000, I think', true],
    ['soldiers-killed', 'I guess 2000', true],
    ['soldiers-killed', 'I think about 2,000', true],
    ['soldiers-killed', '2000 إن شاء الله', true],
    ['soldiers-killed', 'ألفين والله أعلم', true],
    ['soldiers-killed', 'الجواب 2000 شكرا', true],
    ['soldiers-killed', 'حسب المقال 2000', true],
    ['soldiers-killed', 'according to the article 2000', true],
    ['soldiers-killed', "It's about 2000", true],
    ['soldiers-killed', "that's 2000", true],
    ['soldiers-killed', 'حوالي ألفين كده', true], // Egyptian
    ['soldiers-killed', 'شي ألفين', true], // Levantine «about»
    ['soldiers-killed', 'بظن ألفين', true], // Levantine
    ['soldiers-killed', 'نظن 2000', true], // Maghrebi
    ['soldiers-killed', 'على الأرجح 2000', true],
    ['soldiers-killed', 'most likely 2000', true],
    ['soldiers-killed', "I'm pretty sure it's 2000", true],
    ['soldiers-killed', "I'm not sure, 2000", false],
    ['soldiers-killed', 'most likely more than 2000', false],
    ['meeting-duration', 'ساعتين ونص حسب المقال', true],
    ['meeting-duration', 'سعتين ونص', true],
    ['meeting-duration', 'بتقريب سعتين ونص', true],
    ['meeting-duration', 'سعتين', false],
    ['meeting-duration', 'تلت سعات', false],
    ['meeting-duration', 'شي ساعتين ونص', true],
    ['meeting-duration', 'ساعتين ونص على ما أذكر', true],
    ['meeting-duration', 'ساعتين ونص بالزبط', true],
    ['meeting-duration', 'ساعتين ونص بس', true],
    ['meeting-duration', 'ساعتين ونصف من الزمن', true],
    ['trained-soldiers', '9500 إن شاء الله', true],
    ['meeting-city', 'أظن بكين', true],
    ['meeting-city', 'أعتقد في بكين', true],
    ['meeting-city', 'I think Beijing', true],
    ['meeting-city', 'I think it was Beijing', true],
    ['meeting-city', 'Beijing, I think', true],
    ['meeting-city', 'probably Beijing', true],
    ['meeting-city', 'بكين طبعاً', true],
    ['meeting-city', 'Beijing of course', true],
    ['meeting-city', 'بكين إن شاء الله', true],
    ['workers-destination', 'I think Kursk', true],
    ['meeting-city', 'أعتقد أنها بكين', true],
    ['meeting-city', 'I think that it was Beijing', true],
    ['soldiers-killed', 'أظن أنه 2000', true],
    ['soldiers-killed', 'أعتقد أن الجواب 2000', true],
    ['meeting-city', 'أظن أنها ليست بكين', false],
    ['meeting-city', 'أعتقد أنها موسكو', false],
    ['soldiers-killed', 'أظن أنه ليس 2000', false],
    ['soldiers-killed', 'أظن أنه 3000', false],
    // a comparison, a negation, a list or doubt is no hedge
    ['soldiers-killed', 'أظن أكثر من 2000', false],
    ['soldiers-killed', 'maybe not 2000', false],
    ['soldiers-killed', 'مش ألفين', false],
    ['soldiers-killed', 'ما أظن 2000', false],
    ['soldiers-killed', "I don't think 2000", false],
    ['soldiers-killed', 'ربما 2000 أو 3000', false],
    ['soldiers-killed', '2000 إن شاء الله أو أكثر', false],
    ['soldiers-killed', 'لا أعرف ربما 2000', false],
    ['soldiers-killed', "I don't know", false],
    ['soldiers-killed', 'ما بعرف', false],
    ['soldiers-killed', 'ما أظن', false],
    ['soldiers-killed', 'أظن', false],
    ['soldiers-killed', 'I think 2000 is wrong', false],
    // a hedged wrong answer is wrong
    ['soldiers-killed', 'أظن 3000', false],
    ['soldiers-killed', 'probably 6000', false],
    ['soldiers-killed', 'حسب المقال 9500', false],
    ['meeting-duration', 'أظن ساعتين', false],
    ['meeting-city', 'أظن موسكو', false],
    ['meeting-city', 'I think Moscow', false],
    ['meeting-city', 'ما أظن بكين', false],
    ['meeting-city', "I don't think Beijing", false],
    ['meeting-city', 'لا أعرف ربما بكين', false],
    ['meeting-city', 'ربما بكين أو موسكو', false],
    ['meeting-city', 'بكين طبعا لا', false],
    ['meeting-city', 'of course not Beijing', false],
  ])('%s: %j → %s', (id, answer, right) => {
    expect(grade(id, answer).correct).toBe(right)
  })
})

describe('colloquial and MSA «to» before a place', () => {
  it.each<[string, boolean]>([
    ['على كورسك', true],
    ['ع كورسك', true],
    ['عَ كورسك', true],
    ['عكورسك', true],
    ['ل كورسك', true],
    ['لعند كورسك', true],
    ['نحو كورسك', true],
    ['صوب كورسك', true],
    ['باتجاه كورسك', true],
    ['رح يروحوا على كورسك', true],
    ['العمال رايحين على كورسك', true],
    ['على موسكو', false],
    ['ع موسكو', false],
    ['عموسكو', false],
    ['نحو موسكو', false],
    ['ليس على كورسك', false],
    ['مش ع كورسك', false],
    ['على كورسك أو موسكو', false],
    ['على', false],
  ])('workers-destination: %j → %s', (answer, right) => {
    expect(grade('workers-destination', answer).correct).toBe(right)
  })
})

describe('verbs of every dialect around the answer', () => {
  it.each<[string, string, boolean]>([
    ['meeting-city', 'التقوا في بكين', true],
    ['meeting-city', 'تلاقوا في بكين', true],
    ['meeting-city', 'التقوا ببكين', true],
    ['meeting-city', 'فبكين', true],
    ['meeting-duration', 'استمرت ساعتين ونصف', true],
    ['meeting-duration', 'دامت ساعتين ونص', true],
    ['meeting-duration', 'قعدوا ساعتين ونص', true],
    ['meeting-duration', 'طول الاجتماع ساعتين ونص', true],
    ['meeting-duration', 'مدته ساعتين ونص', true],
    ['soldiers-killed', 'عددهم ألفين', true],
    ['soldiers-killed', '2000 جندي لقوا حتفهم', true],
    ['soldiers-killed', 'قتل منهم حوالي الفين جندي', true],
    ['soldiers-killed', 'قتل منهم 2000', true],
    ['additional-soldiers', 'هيبعتوا 6000 جندي', true],
    ['additional-soldiers', 'حيبعتوا ستة آلاف', true],
    ['additional-soldiers', 'رح يبعتو ست تلاف جندي', true],
    ['additional-soldiers', 'راح يدزون 6000 جندي', true],
    ['kursk-demining-workers', 'ألف عامل بيشيلوا الألغام', true],
    // the same sentences with another number, place or group
    ['meeting-city', 'التقوا في موسكو', false],
    ['meeting-city', 'تلاقوا في موسكو', false],
    ['meeting-city', 'ما التقوا في بكين', false],
    ['meeting-duration', 'استمرت ساعتين', false],
    ['meeting-duration', 'دامت تلات ساعات', false],
    ['meeting-duration', 'قعدوا أكثر من ساعتين ونص', false],
    ['meeting-duration', 'مدته ساعتين', false],
    ['soldiers-killed', '6000 جندي لقوا حتفهم', false],
    ['soldiers-killed', 'قتل منهم 9500', false],
    ['soldiers-killed', 'قتل منهم أقل من 2000', false],
    ['additional-soldiers', 'هيبعتوا 5000 جندي', false],
    ['kursk-construction-workers', '5000 عامل بيشيلوا الألغام', false],
    ['additional-soldiers', 'رح يبعتو ست تلاف عامل', false],
    ['additional-soldiers', 'مش رح يبعتو 6000 جندي', false],
  ])('%s: %j → %s', (id, answer, right) => {
    expect(grade(id, answer).correct).toBe(right)
  })
})

describe('dialect number words', () => {
  it.each<[string, string, boolean]>([
    ['soldiers-killed', 'جوج آلاف', true], // Moroccan
    ['soldiers-killed', 'زوج آلاف', true],
    ['meeting-duration', 'جوج ساعات ونص', true],
    ['meeting-duration', 'تنين ونص', true], // Levantine
    ['meeting-duration', 'تنين ونص ساعة', true],
    ['kursk-construction-workers', 'خمسة د الآلاف', true], // Moroccan «of thousands»
    ['kursk-construction-workers', 'خمسة دالاف', true],
    ['additional-soldiers', 'ستة دلالاف', true],
    ['kursk-construction-workers', 'خمستالاف', true], // run together
    ['trained-soldiers', 'تسعتالاف وخمسمية', true],
    ['additional-soldiers', 'ستت آلاف', true],
    ['soldiers-killed', 'حدود الألفين', true],
    // Egyptian واحد after a number with no و counts people
    ['kursk-demining-workers', 'ألف واحد', true],
    ['soldiers-killed', 'ألفين واحد', true],
    ['soldiers-killed', 'ألفين واحد ماتوا', true],
    ['additional-soldiers', 'ستة آلاف واحد', true],
    ['kursk-demining-workers', 'ألف وواحد', false], // 1001
    ['soldiers-killed', 'ألفين وواحد', false],
    ['kursk-demining-workers', 'ألف واحد وعشرين', false],
    ['soldiers-killed', 'جوج', false],
    ['soldiers-killed', 'ستت آلاف', false],
    ['additional-soldiers', 'جوج آلاف', false],
    ['additional-soldiers', 'خمسة د الآلاف', false],
    ['kursk-workers-total', 'خمستالاف', false],
    ['meeting-duration', 'تنين', false],
    ['meeting-duration', 'تنين ونص دقيقة', false],
    ['soldiers-killed', 'أكثر من جوج آلاف', false],
  ])('%s: %j → %s', (id, answer, right) => {
    expect(grade(id, answer).correct).toBe(right)
  })
})

describe('dialect number words are numbers only beside a number (the drafter reads MSA articles with them)', () => {
  it.each<[string, number[]]>([
    ['جوج آلاف', [2000]],
    ['تنين ونص', [2.5]],
    ['ستت آلاف وخمسمية', [6500]],
    ['خمسة د الآلاف', [5000]],
    ['حدود الألفين', [2000]],
    ['ألفين واحد', [2000]],
    ['ألف وواحد', [1001]],
    ['ثلاثمائة وأحد عشر ألفًا', [311_000]],
    ['استعرض التنين الصيني قوته', []], // a dragon
    ['وصل زوج الأميرة', []], // a husband
    ['الزوج والزوجة', []],
    ['انتشر الجنود على الحدود', []], // the border
    ['التقى كيم وبوتين وشي جين بينغ', []], // Xi
  ])('%j → %j', (text, numbers) => {
    expect(findNumbers(text)).toEqual(numbers)
  })
})

describe('true/false words (src/core/boolean-words.ts)', () => {
  it.each<[string, boolean | null]>([
    ['إيه', true],
    ['ايه', true],
    ['مضبوط', true],
    ['طبعا', true],
    ['بالتأكيد', true],
    ['sure', true],
    ['yup', true],
    ['of course', true],
    ['✓', true],
    ['نعم صحيح', true],
    ['نعم، صحيح', true],
    ['هذا صحيح', true],
    ['العبارة صحيحة', true],
    ['صحيح تماماً', true],
    ['إي والله', true],
    ['yes, true', true],
    ['yes it is true', true],
    ["that's right", true],
    ['مش غلط', true],
    ['not false', true],
    ['كلا', false],
    ['مب صحيح', false],
    ['ماهو صحيح', false],
    ['ما صح', false],
    ['مانو صحيح', false],
    ['مش مظبوط', false],
    ['ليست صحيحة', false],
    ['العبارة خاطئة', false],
    ['هذا خطأ', false],
    ['لا، خطأ', false],
    ['لا مش صح', false],
    ['لأ طبعا', false],
    ['لالا', false],
    ['No way', false],
    ['خطأ، تبادلا العناق', false], // a statement after the verdict
    ['خطأ لأنهم تعانقوا', false],
    ['No, it was signed last year', false],
    ['لا، العام الماضي', false],
    // words that disagree, doubt, or a negated emphasis: unreadable
    ['صح لا', null],
    ['نعم لا', null],
    ['yes no', null],
    ['لا أعتقد', null],
    ['ما أظن', null],
    ['ربما', null],
    ['not sure', null],
    ['مش أكيد', null],
    ['I don’t know', null],
    ['صح أبدا', null],
    ['صح، لا خطأ', null],
    ['لا، أعتقد أنها صحيحة', null],
    ['No, I think it is', null],
    ['لأنه صح', null],
    ['مش مش صح', null],
    ['صح، لم ينته بمصافحة', null], // a negation or contrast in the statement
    ['صح، لكن المصافحة كانت فاترة', null],
    ['yes, but they shook hands', null],
  ])('%j → %s', (answer, value) => {
    expect(parseBooleanWord(answer)).toBe(value)
    for (const id of ['first-public-trilateral', 'meeting-ended-coldly']) {
      const key = (byId.get(id) as { answer: boolean }).answer
      const r = grade(id, answer)
      expect(r.correct).toBe(value === key)
      expect(r.parsed).toEqual(value === null ? null : { kind: 'boolean', value })
    }
  })
})

describe('properties', () => {
  const stances = ['أعتقد', 'أظن', 'على ما أظن', 'ربما', 'يمكن', 'I think', 'probably', 'maybe', 'I guess', 'إن شاء الله', 'والله أعلم', 'حسب المقال', 'شكرا']
  const spoilers = ['أكثر من', 'أقل من', 'مش', 'ليس', 'not', 'more than', 'ما', 'لا']
  it('a stance word before or after a right answer keeps it right; a comparison or negation before the answer makes it wrong', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<[string, string]>(
          ['soldiers-killed', '2000'],
          ['soldiers-killed', 'ألفين'],
          ['trained-soldiers', 'تسعة آلاف وخمسمائة'],
          ['meeting-duration', 'ساعتين ونص'],
          ['meeting-city', 'بكين'],
          ['meeting-city', 'Beijing'],
          ['workers-destination', 'كورسك'],
        ),
        fc.constantFrom(...stances),
        fc.constantFrom(...spoilers),
        fc.boolean(),
        ([id, answer], stance, spoiler, before) => {
          const hedged = before ? `${stance} ${answer}` : `${answer} ${stance}`
          expect(grade(id, hedged).correct, hedged).toBe(true)
          const spoiled = before ? `${stance} ${spoiler} ${answer}` : `${spoiler} ${answer} ${stance}`
          expect(grade(id, spoiled).correct, spoiled).toBe(false)
        },
      ),
      { numRuns: 300 },
    )
  }, 60_000)
})
