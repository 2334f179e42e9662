import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeExpected, describeParsed } from '../../src/core/describe.ts'
import { answerShapeError, gradeQuestion, type Answer } from '../../src/core/grade.ts'
import type { Question, Unit } from '../../src/core/quiz-schema.ts'
import { arabicWords, englishWords, picker } from './number-words.ts'

// Questions built inline after the facts of questions/kim-putin-beijing (not read from the quiz file).
const base = {
  skill: 'recall' as const,
  prompt: { ar: 'سؤال', en: 'Question' },
  explanation: { ar: 'شرح', en: 'Explanation' },
  evidence: { paragraph: 2, quote: 'نحو 2000 جندي' },
  points: 1,
}

function numeric(id: string, value: number, unit: Unit, tolerance = 0, points = 1): Question {
  return { ...base, id, points, type: 'numeric', answer: { value, unit, tolerance } }
}

const meetingDuration = numeric('meeting-duration', 2.5, 'hour')
const soldiersKilled = numeric('soldiers-killed', 2000, 'person')
const additionalSoldiers: Question = {
  ...numeric('additional-soldiers', 6000, 'person'),
  prompt: { ar: 'كم جنديًا إضافيًا تخطط بيونغ يانغ لإرساله؟', en: 'How many additional soldiers is Pyongyang planning to send?' },
}
const trainedSoldiers = numeric('trained-soldiers', 9500, 'person')
const workersTotal = numeric('kursk-workers-total', 6000, 'person')
const constructionWorkers: Question = {
  ...numeric('kursk-construction-workers', 5000, 'person'),
  prompt: { ar: 'كم عاملًا للبناء تخطط كوريا الشمالية لإرسالهم إلى روسيا؟', en: 'How many construction workers does North Korea plan to send to Russia?' },
}
const deminingWorkers: Question = {
  ...numeric('kursk-demining-workers', 1000, 'person'),
  prompt: { ar: 'كم عاملًا لإزالة الألغام تخطط كوريا الشمالية لإرسالهم إلى روسيا؟', en: 'How many demining workers does North Korea plan to send to Russia?' },
}

const single: Question = {
  ...base,
  id: 'parade-occasion',
  type: 'single',
  choices: [
    { id: 'japan-surrender', text: { ar: 'ذكرى استسلام اليابان', en: "The anniversary of Japan's surrender" } },
    { id: 'party-founding', text: { ar: 'ذكرى تأسيس الحزب', en: 'The founding of the party' } },
    { id: 'new-year', text: { ar: 'رأس السنة', en: 'New Year' } },
  ],
  answer: 'japan-surrender',
}

const trainingChoices = [
  { id: 'human-wave-attacks', text: { ar: 'هجمات الموجات البشرية', en: 'Human-wave attacks' } },
  { id: 'drones', text: { ar: 'الطائرات بدون طيار', en: 'Drones' } },
  { id: 'missile-guidance', text: { ar: 'التوجيه الصاروخي', en: 'Missile guidance' } },
  { id: 'naval-warfare', text: { ar: 'الحرب البحرية', en: 'Naval warfare' } },
]
const multiple: Question = {
  ...base,
  id: 'training-areas',
  type: 'multiple',
  choices: trainingChoices,
  answer: ['human-wave-attacks', 'drones', 'missile-guidance'],
  partialCredit: false,
  points: 3,
}
const multiplePartial: Question = { ...multiple, partialCredit: true }

const meetingEndedColdly: Question = { ...base, id: 'meeting-ended-coldly', type: 'boolean', answer: false }
const firstTrilateral: Question = { ...base, id: 'first-public-trilateral', type: 'boolean', answer: true }

const meetingCity: Question = {
  ...base,
  id: 'meeting-city',
  type: 'text',
  answer: { accepted: ['بكين', 'في بكين', 'بيجين', 'Beijing', 'in Beijing', 'Peking'] },
}

const cases = (question: Question, accept: Answer[], reject: Answer[]) => [
  ...accept.map((a) => [question.id, a, true, question] as const),
  ...reject.map((a) => [question.id, a, false, question] as const),
]

describe('numeric answers, with the quiz facts', () => {
  it.each([
    ...cases(
      meetingDuration,
      [
        2.5,
        '2.5',
        '٢٫٥',
        'ساعتين ونصف',
        'ساعتان ونصف',
        'نحو ساعتين ونصف',
        '150 دقيقة',
        '١٥٠ دقيقة',
        '2h30m',
        '2 hours 30 minutes',
        'two and a half hours',
        'حوالي 2.5 ساعة',
        'ساعتين و30 دقيقة',
        'ساعتان وثلاثون دقيقة',
        '2:30',
        '9000 ثانية',
        'about 2.5 hours',
        '2,5',
      ],
      ['2.5 دقيقة', 'ساعتين', '3', '150', 'ساعتين ونصف يوم', '2.5 يوم', '2.5 جندي', 'ساعة ونصف', '2', 3, 150, 'ساعتين أو ثلاث', 'أكثر من ساعتين', 'كثير'],
    ),
    ...cases(
      soldiersKilled,
      [2000, '2000', '٢٠٠٠', 'ألفين', 'ألفان', 'نحو ألفي جندي', '2,000 soldiers', 'two thousand', '2000 جندي', 'حوالي 2000', 'about 2,000', '2k', 'ألفا جندي'],
      ['2000 ساعة', '6000', '200', '20000', 'ألف', 'أكثر من 2000', '2000 أو أكثر', '1999', 2001, '2000 دقيقة', 'two hundred'],
    ),
    ...cases(
      additionalSoldiers,
      ['6000', '6,000', '٦٠٠٠', 'ستة آلاف', 'ستة آلاف جندي', '6 آلاف', '6k', 'six thousand', '6000 جندي إضافي', '6,000 additional soldiers'],
      ['1000', '7000', '600', '6000 ساعة', '5000 و1000'],
    ),
    ...cases(
      trainedSoldiers,
      ['9500', '9,500', '9 500', '٩٥٠٠', '٩٬٥٠٠', 'تسعة آلاف وخمسمائة', 'تسعة آلاف ونصف', '9.5 ألف', '9.5k', 'nine thousand five hundred', 'نحو 9500 جندي'],
      ['9000', '9.5', '950', 'تسعة آلاف', '9500 يوم'],
    ),
    ...cases(workersTotal, ['6000', 'ستة آلاف عامل', '6000 عامل', 'six thousand workers'], ['5000', '1000', '6000 سنة']),
    ...cases(constructionWorkers, ['5000', 'خمسة آلاف', 'خمسة آلاف عامل', '5000 عامل بناء', 'five thousand', '٥٠٠٠'], ['1000', '6000', '500', '5000 ساعة']),
    ...cases(
      deminingWorkers,
      ['1000', 'ألف', 'ألف عامل', 'نحو 1000 عامل إزالة ألغام', 'one thousand', 'a thousand', '1,000'],
      ['5000', '100', '10000', 'ألفين'],
    ),
  ])('%s: %j → %s', (_id, answer, correct, question) => {
    const r = gradeQuestion(question, answer)
    expect(r.answered).toBe(true)
    expect(r.correct).toBe(correct)
    expect(r.score).toBe(correct ? question.points : 0)
    expect(r.maxScore).toBe(question.points)
  })

  it('reports what it read, converted to the question unit', () => {
    expect(gradeQuestion(meetingDuration, '150 دقيقة').parsed).toEqual({
      kind: 'number',
      value: 2.5,
      unit: 'hour',
      input: { value: 150, unit: 'minute', text: '150 دقيقة' },
    })
    expect(gradeQuestion(meetingDuration, 2.5).parsed).toEqual({
      kind: 'number',
      value: 2.5,
      unit: 'hour',
      input: { value: 2.5, unit: null, text: '2.5' },
    })
    // A unit of another dimension stays as written: nothing to convert.
    expect(gradeQuestion(soldiersKilled, '2000 ساعة').parsed).toEqual({
      kind: 'number',
      value: 2000,
      unit: 'hour',
      input: { value: 2000, unit: 'hour', text: '2000 ساعة' },
    })
    expect(gradeQuestion(soldiersKilled, 'نحو ألفي جندي').parsed).toMatchObject({ value: 2000, unit: 'person', input: { unit: 'person' } })
  })

  it('gives unreadable text parsed: null and no score, but counts it as answered', () => {
    for (const text of ['كثير', 'ساعتين ونصف يوم', 'between 2 and 3']) {
      expect(gradeQuestion(meetingDuration, text)).toEqual({
        questionId: 'meeting-duration',
        answered: true,
        correct: false,
        score: 0,
        maxScore: 1,
        parsed: null,
      })
    }
  })

  it('applies the tolerance in the question unit, with a float epsilon', () => {
    const q = numeric('approx', 2.5, 'hour', 0.25)
    expect(gradeQuestion(q, '2.75').correct).toBe(true)
    expect(gradeQuestion(q, 'ساعتين وربع').correct).toBe(true)
    expect(gradeQuestion(q, '135 دقيقة').correct).toBe(true)
    expect(gradeQuestion(q, '2.8').correct).toBe(false)
    expect(gradeQuestion(q, 'ساعتين').correct).toBe(false)
    expect(gradeQuestion(numeric('f', 0.3, 'hour'), '18 دقيقة').correct).toBe(true) // 18/60 is not exactly 0.3
  })

  it('reads clock notation as minutes:seconds when the question asks for minutes', () => {
    const q = numeric('lap', 2.5, 'minute')
    expect(gradeQuestion(q, '2:30').correct).toBe(true)
    expect(gradeQuestion(q, '150 ثانية').correct).toBe(true)
    expect(gradeQuestion(numeric('m', 150, 'minute'), '2:30').correct).toBe(false) // 2 min 30 s
    expect(gradeQuestion(meetingDuration, '2:30').correct).toBe(true) // 2 h 30 min
  })

  it('treats a count question and a people question alike', () => {
    const q = numeric('visits', 3, 'count')
    expect(gradeQuestion(q, '3 مرات').correct).toBe(true)
    expect(gradeQuestion(q, 'ثلاث').correct).toBe(true)
    expect(gradeQuestion(q, '3 أشخاص').correct).toBe(true)
    expect(gradeQuestion(q, '3 ساعات').correct).toBe(false)
  })
})

describe('choice, boolean and text answers', () => {
  it.each<[Question, Answer, boolean, number]>([
    [single, 'japan-surrender', true, 1],
    [single, ' japan-surrender ', true, 1],
    [single, 'party-founding', false, 0],
    [single, 'no-such-choice', false, 0],
    [multiple, ['human-wave-attacks', 'drones', 'missile-guidance'], true, 3],
    [multiple, ['missile-guidance', 'drones', 'human-wave-attacks'], true, 3],
    [multiple, ['drones', 'drones', 'human-wave-attacks', 'missile-guidance'], true, 3],
    [multiple, ['human-wave-attacks', 'drones'], false, 0],
    [multiple, ['human-wave-attacks', 'drones', 'missile-guidance', 'naval-warfare'], false, 0],
    [multiplePartial, ['human-wave-attacks', 'drones', 'missile-guidance'], true, 3],
    [multiplePartial, ['human-wave-attacks', 'drones'], false, 2],
    [multiplePartial, ['human-wave-attacks', 'drones', 'naval-warfare'], false, 1],
    [multiplePartial, ['human-wave-attacks', 'naval-warfare'], false, 0],
    [multiplePartial, ['naval-warfare'], false, 0],
    [multiplePartial, ['human-wave-attacks', 'drones', 'missile-guidance', 'naval-warfare'], false, 2],
    [multiplePartial, ['human-wave-attacks', 'unknown-id'], false, 0],
    [meetingEndedColdly, false, true, 1],
    [meetingEndedColdly, true, false, 0],
    [meetingEndedColdly, 'false', true, 1],
    [meetingEndedColdly, 'خطأ', true, 1],
    [meetingEndedColdly, 'خطا', true, 1],
    [meetingEndedColdly, 'خاطئ', true, 1],
    [meetingEndedColdly, 'لا', true, 1],
    [meetingEndedColdly, 'صح', false, 0],
    [firstTrilateral, true, true, 1],
    [firstTrilateral, 'صح', true, 1],
    [firstTrilateral, 'صحيح', true, 1],
    [firstTrilateral, 'نعم', true, 1],
    // The dialects and informal English: Egyptian أيوه / آه / لأ / مش صح, Levantine إي / مزبوط, Gulf ايوا / مو صح.
    [firstTrilateral, 'أيوه', true, 1],
    [firstTrilateral, 'آه', true, 1],
    [firstTrilateral, 'إي', true, 1],
    [firstTrilateral, 'ايوا', true, 1],
    [firstTrilateral, 'مزبوط', true, 1],
    [firstTrilateral, 'بلى', true, 1],
    [firstTrilateral, 'yeah', true, 1],
    [firstTrilateral, 'لأ', false, 0],
    [firstTrilateral, 'مش صح', false, 0],
    [meetingEndedColdly, 'مش صحيح', true, 1],
    [meetingEndedColdly, 'مو صح', true, 1],
    [meetingEndedColdly, 'ليس صحيحًا', true, 1],
    [meetingEndedColdly, 'nope', true, 1],
    [meetingEndedColdly, 'أيوه', false, 0],
    [firstTrilateral, 'TRUE', true, 1],
    [firstTrilateral, 'صحيحة', true, 1],
    [firstTrilateral, 'غير صحيح', false, 0],
    [firstTrilateral, 'خطأ', false, 0],
    [meetingCity, 'بكين', true, 1],
    [meetingCity, 'في بِكين.', true, 1],
    [meetingCity, 'beijing', true, 1],
    [meetingCity, 'Beijng', true, 1],
    [meetingCity, 'موسكو', false, 0],
    [meetingCity, 'بيونغ يانغ', false, 0],
  ])('%#: %j → correct %s, score %d', (question, answer, correct, score) => {
    const r = gradeQuestion(question, answer)
    expect(r.answered).toBe(true)
    expect(r.correct).toBe(correct)
    expect(r.score).toBe(score)
  })

  it('gives a fractional partial score rounded to 4 decimals', () => {
    const q: Question = { ...multiplePartial, points: 1 }
    expect(gradeQuestion(q, ['drones', 'missile-guidance']).score).toBe(0.6667)
  })

  it('reports what it read', () => {
    expect(gradeQuestion(multiple, ['drones', 'drones', 'x']).parsed).toEqual({ kind: 'choice', choiceIds: ['drones', 'x'] })
    expect(gradeQuestion(firstTrilateral, 'صح').parsed).toEqual({ kind: 'boolean', value: true })
    expect(gradeQuestion(meetingCity, ' في بِكين ').parsed).toEqual({ kind: 'text', normalized: 'في بكين', matched: 'في بكين' })
  })
})

// The quiz's numeric questions with their own prompt, explanation and evidence (copied inline):
// the words that may surround a number come from them.
function withText(q: Question, prompt: [string, string], explanation: [string, string], quote: string): Question {
  return { ...q, prompt: { ar: prompt[0], en: prompt[1] }, explanation: { ar: explanation[0], en: explanation[1] }, evidence: { paragraph: 2, quote } }
}
const killedQ = withText(
  soldiersKilled,
  [
    'كم جنديًا كوريًا شماليًا قُتل وهو يقاتل لصالح روسيا، وفقًا لتقديرات الاستخبارات الكورية الجنوبية؟',
    'According to South Korean intelligence estimates, how many North Korean soldiers have been killed fighting for Russia?',
  ],
  [
    'تقدّر الاستخبارات الكورية الجنوبية عدد القتلى بنحو 2000 جندي كوري شمالي.',
    'South Korean intelligence puts the number killed at about 2,000 North Korean soldiers.',
  ],
  'قُتل نحو 2000 جندي كوري شمالي يقاتلون لصالح روسيا',
)
const trainedQ = withText(
  trainedSoldiers,
  [
    'كم جنديًا كوريًا شماليًا تلقّى تدريبات مكثفة، بحسب التقارير الغربية؟',
    'According to Western reports, how many North Korean soldiers received intensive training?',
  ],
  [
    'كشفت تقارير غربية أن نحو 9500 جندي كوري شمالي تلقّوا تدريبات مكثفة.',
    'Western reports revealed that about 9,500 North Korean soldiers received intensive training.',
  ],
  'تقارير غربية كشفت أن نحو 9500 جندي كوري شمالي تلقوا تدريبات مكثفة',
)
const durationQ = withText(
  meetingDuration,
  ['كم ساعةً استمر الاجتماع بين كيم وبوتين؟', 'How many hours did the meeting between Kim and Putin last?'],
  ['استمر الاجتماع نحو ساعتين ونصف، أي 2.5 ساعة (150 دقيقة).', 'The meeting lasted about two and a half hours, that is 2.5 hours (150 minutes).'],
  'الاجتماع بين كيم وبوتين استمر نحو ساعتين ونصف',
)
const totalQ = withText(
  workersTotal,
  ['كم عاملًا في المجموع تخطط كوريا الشمالية لإرسالهم إلى منطقة كورسك؟', 'In total, how many workers does North Korea plan to send to the Kursk region?'],
  [
    'لا يذكر المقال المجموع صراحةً: 1000 عامل إزالة ألغام + 5000 عامل بناء = 6000 عامل.',
    'The article does not state the total: 1,000 demining workers + 5,000 construction workers = 6,000 workers.',
  ],
  'تخطط كوريا الشمالية لإرسال نحو 1000 عامل إزالة ألغام و5000 عامل بناء إلى منطقة كورسك الروسية',
)

describe("red team: numeric answers with the questions' own words", () => {
  it.each([
    ...cases(
      killedQ,
      [
        'ألفين جندي',
        'تقريباً ألفين',
        'حوالي الـ 2000',
        '٢٠٠٠ جندي تقريبًا',
        '2٠٠٠',
        '２０００',
        '2\u200f000',
        '\u200e2000\u200e',
        '\u061c٢٠٠٠',
        '2\u200d000',
        '(2000)',
        'قتل نحو 2000 جندي كوري شمالي',
        '2000 قتيل',
        '2000 قتيلاً',
        '2,000 killed',
        'twenty hundred',
        '2000 كوري شمالي',
        'the answer is 2000',
        'الجواب هو 2000',
        'الإجابة: 2000',
        'عدد القتلى 2000',
        'بلغ عدد القتلى نحو 2000',
        'about 2,000 soldiers were killed',
        '2000 (تقريبا)',
        '2000 (ألفين)',
      ],
      [
        'أكثر من ألفين',
        'ليس ألفين',
        'مش 2000',
        '2000 أو 6000',
        '2000 (6000)',
        '1000',
        '5000',
        '6000',
        '9500',
        '٢٥',
        '1e3',
        '2e3',
        'Infinity',
        'NaN',
        '0x7D0',
        '2,000.5',
        '2000%',
        '٢٠٠٠٪',
        '2000+',
        '> 2000',
        '2000 على الأقل',
        'لا يقل عن 2000',
        'in 2000',
        '2000 tanks',
        '2000 دبابة',
        '2000 دولار',
        '2000 مرة',
        '2000 جريح',
        '2000 wounded',
        '2000 أسير',
        '2000 ساعة',
        'ألف و',
        '9'.repeat(400),
        '2000000',
        'ألفين ألفين',
        '2000 2000',
        '2000 is wrong',
        '2000 جندي خطأ',
        '2000 maybe not',
      ],
    ),
    ...cases(
      trainedQ,
      [
        '9500 جنديًا',
        '٩٫٥ ألف',
        '9.5 ألف',
        'تسعة آلاف ونصف',
        'تسعة آلاف وخمسمائة',
        'nine thousand five hundred',
        'nine thousand and five hundred',
        'ninety-five hundred',
        '95 hundred',
        '9 500',
        '9500 trained soldiers',
        '9,5 ألف',
        '9.500', // a dot grouping thousands, as much of the Arab world writes them
      ],
      ['9.5', '950', '95000', '9500 قتيل', '9500 and 2000', '9500/2000', '9500 6000', 'تسعة آلاف إلا خمسمائة'],
    ),
    ...cases(
      durationQ,
      [
        'ساعتين ونص',
        'ساعتان ونصف ساعة',
        'ساعتين و 30 دقيقة',
        'ساعتين و٣٠ دقيقة',
        'two and a half',
        '2 and a half hours',
        '150 mins',
        '2 hrs 30 mins',
        '2.5 hrs',
        'ثلاث ساعات إلا نصف ساعة',
        'ثلاث ساعات إلا ثلاثين دقيقة',
        'استمر ساعتين ونصف',
        'lasted 2.5 hours',
        '٢:٣٠',
        '2½ hours',
        '2.5ساعة',
        'two-and-a-half hours',
        '[2.5]',
        'لمدة ساعتين ونصف',
        'مدة الاجتماع ساعتين ونصف',
        'for 2.5 hours',
        'the meeting lasted two and a half hours',
        '2.5 hours long',
        'ساعتين ونصف (150 دقيقة)',
        '2.5 ساعة = 150 دقيقة',
      ],
      [
        'ساعتين',
        'ساعتين أو ثلاث',
        '2.5 دقيقة',
        '٢٥',
        '25',
        '150',
        'ساعتين إلا ربع',
        'ساعتين إلا ثلث',
        'ساعتين وربع',
        'ثلاث ساعات إلا ربع ساعة',
        'ساعتين و 150 دقيقة',
        'ساعتين ونصف (120 دقيقة)',
        'ساعتين (30 دقيقة)',
        '2 hours 90 minutes',
        'half past two',
        '2.5٪',
        '2500',
        'two thousand five hundred',
        'in 2.5 hours',
      ],
    ),
    ...cases(
      totalQ,
      [
        '6000 عامل',
        'ستة آلاف عامل',
        '6000 workers in total',
        '1000 + 5000 = 6000',
        '6000 (1000 + 5000)',
        'ستة آلاف (ألف لإزالة الألغام وخمسة آلاف للبناء)',
        '6000 (1000 و 5000)',
      ],
      ['1000 + 5000', '6000 (1000 و 6000)', '1000 + 5000 = 7000', '6000 (2000 + 5000)', '1000 و5000', 'ألف وخمسة آلاف', '5000'],
    ),
  ])('%s: %j → %s', (_id, answer, correct, question) => {
    expect(gradeQuestion(question, answer).correct).toBe(correct)
  })
})

describe('what a bare number counts: the noun comes first in Arabic, last in English', () => {
  // Another article's question: the counted noun (عامل / collectors) and its complement (نفايات / waste).
  const wasteCollectors: Question = {
    ...numeric('waste-collectors', 300, 'person'),
    prompt: { ar: 'كم عاملًا لجمع النفايات وظّفت البلدية؟', en: 'How many waste collectors did the city hire?' },
    explanation: { ar: 'وظّفت البلدية 300 عامل جمع نفايات.', en: 'The city hired 300 household waste collectors.' },
    evidence: { paragraph: 1, quote: 'وظّفت البلدية 300 عامل جمع نفايات' },
  }
  // With its explanation: what follows the key number there says what is counted.
  const demining: Question = {
    ...deminingWorkers,
    explanation: {
      ar: 'تخطط كوريا الشمالية لإرسال نحو 1000 عامل إزالة ألغام إلى منطقة كورسك.',
      en: 'North Korea plans to send about 1,000 demining workers to the Kursk region.',
    },
    evidence: { paragraph: 3, quote: 'تخطط كوريا الشمالية لإرسال نحو 1000 عامل إزالة ألغام' },
  }
  it.each<[Question, string, boolean]>([
    [wasteCollectors, '300 عامل جمع نفايات', true],
    [wasteCollectors, '300 household waste collectors', true],
    [wasteCollectors, '300 waste collectors', true],
    [wasteCollectors, '300 نفايات', false],
    [demining, '1000 mine clearers', true],
    [demining, '1000 landmine clearers', true],
    [demining, '1000 mine-clearing workers', true],
    [demining, '1000 mine removal workers', true],
    [demining, '1000 مزيل ألغام', true],
    [demining, '1000 mines', false],
    [demining, '1000 landmines', false],
    [demining, '1000 mines cleared', false],
    [demining, '1000 لغم', false],
  ])('%#: %j → %s', (question, answer, correct) => {
    expect(gradeQuestion(question, answer).correct).toBe(correct)
  })
})

describe("red team: the article's other numbers never pass for the key", () => {
  const facts = [1000, 2000, 5000, 6000, 9500]
  const questions = [killedQ, trainedQ, totalQ]
  it('in any rendering, hedge, framing or restatement', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...questions),
        fc.constantFrom(...facts),
        fc.constantFrom(...facts),
        fc.array(fc.nat(11), { minLength: 12, maxLength: 12 }),
        fc.nat(5),
        fc.constantFrom('%', 'نحو %', '% جندي تقريبًا', 'حوالي الـ %', '% (%%)', '% = %%', '%%% + 0 = %', 'الجواب هو %', '~%', '(%)', '% عامل'),
        (q, n, other, choices, style, template) => {
          const pick = picker(choices)
          const render = (v: number) =>
            [String(v), arabicWords(v, pick), englishWords(v, pick), v.toLocaleString('en-US'), v.toLocaleString('ar-EG'), `${v / 1000} ألف`][style]!
          const answer = template.replace('%%%', render(n)).replace('%%', render(other)).replace('%', render(n))
          const key = (q.answer as { value: number }).value
          // A restatement is right only when both parts are the key.
          const restatesOther = template.includes('%%') && !template.includes('%%%')
          // Workers are another group than soldiers, and soldiers than workers.
          const otherPeople = template.includes(q === totalQ ? 'جندي' : 'عامل')
          const expected = n === key && (!restatesOther || other === key) && !otherPeople
          expect(gradeQuestion(q, answer).correct, answer).toBe(expected)
        },
      ),
      { numRuns: 1500 },
    )
  }, 60_000) // 1500 gradings: seconds on a loaded machine
})

describe('text answers in a sentence', () => {
  // The country a sentence may name comes from the question's own prompt and explanation.
  const inContext: Question = {
    ...meetingCity,
    prompt: { ar: 'في أيّ مدينة جمع اللقاءُ القادة؟', en: 'In which city did the meeting take place?' },
    explanation: { ar: 'في بكين، عاصمة الصين.', en: 'In Beijing, the capital of China.' },
  }
  it.each<[string, boolean]>([
    ['في العاصمة الصينية بكين', true],
    ['in the Chinese capital, Beijing', true],
    ['بكين، الصين', true],
    ['بكين، روسيا', false],
    ['بكين؟ لا، موسكو', false],
    ['Beijing or Moscow', false],
  ])('%j → %s', (answer, correct) => {
    expect(gradeQuestion(inContext, answer).correct).toBe(correct)
  })

  it('a country the question does not name is a claim: right only for the capital of that country', () => {
    // places.ts knows Beijing is China's capital; it knows nothing that puts Beijing in Russia.
    expect(gradeQuestion(meetingCity, 'بكين، الصين').correct).toBe(true)
    expect(gradeQuestion(meetingCity, 'بكين، روسيا').correct).toBe(false)
    expect(gradeQuestion(meetingCity, 'Beijing, Japan').correct).toBe(false)
  })

  it('the evidence quote (the article) never qualifies a text answer', () => {
    const kursk: Question = {
      ...base,
      id: 'workers-destination',
      type: 'text',
      prompt: { ar: 'إلى أيّ منطقة روسية سيُرسَل العمال؟', en: 'To which Russian region will the workers be sent?' },
      evidence: { paragraph: 3, quote: 'إلى منطقة كورسك الروسية المحاذية لأوكرانيا' },
      answer: { accepted: ['كورسك', 'منطقة كورسك'] },
    }
    expect(gradeQuestion(kursk, 'منطقة كورسك الروسية').correct).toBe(true)
    expect(gradeQuestion(kursk, 'منطقة كورسك الأوكرانية').correct).toBe(false)
    expect(gradeQuestion(kursk, 'Kursk, Ukraine').correct).toBe(false)
  })
})

describe('unanswered', () => {
  const questions = [meetingDuration, single, multiple, meetingEndedColdly, meetingCity]
  it.each([undefined, null, '', '   ', [] as string[], ['', ' ']])('%j is unanswered for every type', (answer) => {
    for (const q of questions) {
      expect(gradeQuestion(q, answer)).toEqual({ questionId: q.id, answered: false, correct: false, score: 0, maxScore: q.points, parsed: null })
    }
  })
})

describe('answerShapeError', () => {
  it.each<[Question, unknown]>([
    [single, 'japan-surrender'],
    [single, null],
    [single, undefined],
    [multiple, ['drones']],
    [multiple, []],
    [meetingEndedColdly, false],
    [meetingEndedColdly, 'true'],
    [meetingEndedColdly, 'صح'],
    [meetingEndedColdly, 'خطأ'],
    [meetingEndedColdly, 'صحيح'],
    [meetingEndedColdly, 'خاطئ'],
    [meetingEndedColdly, 'نعم'],
    [meetingEndedColdly, 'لا'],
    [meetingEndedColdly, ''],
    [meetingDuration, 2.5],
    [meetingDuration, 'ساعتين ونصف'],
    [meetingDuration, 'not a number at all'], // the shape is fine; it grades as unreadable
    [meetingCity, 'بكين'],
  ])('%#: accepts %j', (question, answer) => {
    expect(answerShapeError(question, answer)).toBeNull()
  })

  it.each<[Question, unknown, RegExp]>([
    [single, ['japan-surrender'], /choice id/],
    [single, 3, /choice id/],
    [single, 'x'.repeat(501), /500 characters/],
    [multiple, 'drones', /array/],
    [multiple, [1, 2], /array/],
    [multiple, Array.from({ length: 21 }, (_, i) => `c${i}`), /20 items/],
    [multiple, ['x'.repeat(501)], /500 characters/],
    [meetingEndedColdly, 'maybe', /true or false/],
    [meetingEndedColdly, 1, /true or false/],
    [meetingEndedColdly, ['true'], /true or false/],
    [meetingDuration, true, /number or a string/],
    [meetingDuration, [2.5], /number or a string/],
    [meetingDuration, Number.NaN, /finite/],
    [meetingDuration, Number.POSITIVE_INFINITY, /finite/],
    [meetingDuration, '1'.repeat(501), /500 characters/],
    [meetingCity, 5, /string/],
    [meetingCity, { text: 'بكين' }, /string/],
  ])('%#: rejects %j', (question, answer, message) => {
    expect(answerShapeError(question, answer)).toMatch(message)
  })
})

describe('describeParsed and describeExpected', () => {
  const parsedOf = (q: Question, a: Answer) => gradeQuestion(q, a).parsed!

  it.each<[Question, Answer, string, string]>([
    [meetingDuration, '150 دقيقة', '150 دقيقة = 2.5 ساعة', '150 minutes = 2.5 hours'],
    [meetingDuration, '2.5', '2.5 ساعة', '2.5 hours'],
    [meetingDuration, 'ساعتين ونصف', '2.5 ساعة', '2.5 hours'],
    [meetingDuration, 'ساعتين', 'ساعتان', '2 hours'],
    [meetingDuration, 'ساعة', 'ساعة واحدة', '1 hour'],
    [meetingDuration, '3 ساعات', '3 ساعات', '3 hours'],
    [meetingDuration, '11 ساعة', '11 ساعة', '11 hours'],
    [meetingDuration, 'يوم', 'يوم واحد = 24 ساعة', '1 day = 24 hours'],
    [meetingDuration, '2.5 دقيقة', '2.5 دقيقة = 0.042 ساعة', '2.5 minutes = 0.042 hours'],
    [meetingDuration, '2.5 جندي', '2.5 شخص', '2.5 people'],
    [meetingDuration, '2.5 ثانية', '2.5 ثانية = 0.00069 ساعة', '2.5 seconds = 0.00069 hours'],
    [soldiersKilled, 'نحو ألفي جندي', '2000 شخص', '2000 people'],
    [soldiersKilled, '5 جنود', '5 أشخاص', '5 people'],
    [soldiersKilled, '2000', '2000 شخص', '2000 people'],
    [additionalSoldiers, '6000 إضافي', '6000 جندي', '6000 soldiers'], // a count of what the question counts
    [numeric('c2', 3, 'count'), '3 أشخاص', '3', '3'],
    [numeric('c', 3, 'count'), '3', '3', '3'],
    [single, 'japan-surrender', 'ذكرى استسلام اليابان', "The anniversary of Japan's surrender"],
    [single, 'nope', 'nope', 'nope'],
    [multiple, ['drones', 'missile-guidance'], 'الطائرات بدون طيار، التوجيه الصاروخي', 'Drones, Missile guidance'],
    [meetingEndedColdly, false, 'خطأ', 'False'],
    [firstTrilateral, 'نعم', 'صح', 'True'],
    [meetingCity, 'في بِكين!', 'بكين', 'في بكين → Beijing'], // the accepted form, and the answer it stands for
  ])('%#: %j reads as %j / %j', (question, answer, ar, en) => {
    const parsed = parsedOf(question, answer)
    expect(describeParsed(parsed, question, 'ar')).toBe(ar)
    expect(describeParsed(parsed, question, 'en')).toBe(en)
  })

  it.each<[Question, string, string]>([
    [meetingDuration, 'ساعتان ونصف (2.5 ساعة)', '2.5 hours'],
    [numeric('d', 3, 'day'), '3 أيام', '3 days'],
    [numeric('d2', 3.5, 'day'), 'ثلاثة أيام ونصف (3.5 يوم)', '3.5 days'],
    [numeric('h', 0.5, 'hour'), 'نصف ساعة (0.5 ساعة)', '0.5 hours'],
    [numeric('h15', 1.5, 'hour'), 'ساعة ونصف (1.5 ساعة)', '1.5 hours'],
    [numeric('h2', 2, 'hour'), 'ساعتان', '2 hours'],
    [numeric('h1', 1, 'hour'), 'ساعة واحدة', '1 hour'],
    [numeric('y', 7.5, 'year'), 'سبع سنوات ونصف (7.5 سنة)', '7.5 years'],
    [numeric('y2', 12, 'year'), '12 سنة', '12 years'],
    [numeric('t', 2.5, 'hour', 0.25), 'ساعتان ونصف (2.5 ساعة ± 0.25)', '2.5 hours (± 0.25)'],
    [soldiersKilled, '2000 شخص', '2000 people'],
    [trainedSoldiers, '9500 شخص', '9500 people'],
    [numeric('m', 150, 'minute'), '150 دقيقة', '150 minutes'],
    [single, 'ذكرى استسلام اليابان', "The anniversary of Japan's surrender"],
    [multiple, 'هجمات الموجات البشرية، الطائرات بدون طيار، التوجيه الصاروخي', 'Human-wave attacks, Drones, Missile guidance'],
    [meetingEndedColdly, 'خطأ', 'False'],
    [firstTrilateral, 'صح', 'True'],
    [meetingCity, 'بكين', 'Beijing'],
  ])('%#: expected %j / %j', (question, ar, en) => {
    expect(describeExpected(question, 'ar')).toBe(ar)
    expect(describeExpected(question, 'en')).toBe(en)
  })
})

describe('gradeQuestion properties', () => {
  const all = [meetingDuration, soldiersKilled, single, multiple, multiplePartial, meetingEndedColdly, meetingCity]

  it('never throws on arbitrary JSON, and always scores within [0, points]', () => {
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.oneof(fc.jsonValue(), fc.string(), fc.array(fc.string()), fc.double()), (q, answer) => {
        const r = gradeQuestion(q, answer)
        expect(r.score).toBeGreaterThanOrEqual(0)
        expect(r.score).toBeLessThanOrEqual(q.points)
        expect(r.correct).toBe(r.score === q.points)
        answerShapeError(q, answer)
        if (r.parsed) {
          describeParsed(r.parsed, q, 'ar')
          describeParsed(r.parsed, q, 'en')
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('a shape error always grades as incorrect', () => {
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.jsonValue(), (q, answer) => {
        if (answerShapeError(q, answer) !== null) expect(gradeQuestion(q, answer).correct).toBe(false)
      }),
      { numRuns: 500 },
    )
  })

  it('credits a count of soldiers in any rendering exactly when it is the key', () => {
    const near = fc.oneof(fc.constant(2000), fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 1990, max: 2010 }))
    fc.assert(
      fc.property(
        near,
        fc.array(fc.nat(11), { minLength: 12, maxLength: 12 }),
        fc.nat(4),
        fc.constantFrom('', ' جندي', ' soldiers', ' تقريبًا'),
        (n, choices, style, suffix) => {
          const pick = picker(choices)
          const rendering = [String(n), arabicWords(n, pick), englishWords(n, pick), n.toLocaleString('en-US'), n.toLocaleString('ar-EG')][style]!
          expect(gradeQuestion(soldiersKilled, rendering + suffix).correct, rendering + suffix).toBe(n === 2000)
        },
      ),
      { numRuns: 600 },
    )
  })

  it('any number of minutes equal to the key is accepted, any other is not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), (minutes) => {
        expect(gradeQuestion(meetingDuration, `${minutes} دقيقة`).correct).toBe(minutes === 150)
      }),
      { numRuns: 200 },
    )
  })
})
