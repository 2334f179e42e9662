import { parseArticle } from '../../src/core/article.ts'
import { QuizFile, type Question, type Quiz, type Unit } from '../../src/core/quiz-schema.ts'

/** A small quiz with every question type and every character the exports must escape. */
export const SAMPLE_ARTICLE = [
  'اجتمع كيم وبوتين في بكين لمدة ساعتين ونصف، وناقشا {القضايا} الدولية.',
  'العمال في كورسك',
  'أرسلت بيونغ يانغ 5000 عامل بناء و1000 عامل لإزالة الألغام إلى كورسك.',
  'الجنود',
  'قُتل نحو 2000 جندي كوري شمالي، فيما تخطط بيونغ يانغ لإرسال 6000 جندي إضافي.',
  'وصف بوتين العلاقات بأنها "خاصة" & <مبنية> على الثقة: ~تحالف~ #1.',
].join('\n')

export function sampleQuizFile(): QuizFile {
  return QuizFile.parse({
    id: 'sample-quiz',
    version: 3,
    lang: 'ar',
    title: { ar: 'القمة: {كيم} و«بوتين»', en: 'The "summit" & <friends>' },
    source: { name: 'Example News', url: 'https://example.com/a?b=1&c=2' },
    article: 'article.ar.txt',
    questions: [
      {
        id: 'meeting-place',
        type: 'single',
        skill: 'recall',
        prompt: { ar: 'أين اجتمع كيم وبوتين؟', en: 'Where did Kim and Putin meet?' },
        choices: [
          { id: 'beijing', text: { ar: 'العاصمة الصينية', en: 'The Chinese capital' } },
          { id: 'moscow', text: { ar: 'موسكو', en: 'Moscow' } },
          { id: '3-pyongyang', text: { ar: 'بيونغ يانغ = العاصمة', en: 'Pyongyang = capital' } },
        ],
        answer: 'beijing',
        explanation: { ar: 'اجتمعا في بكين.', en: 'They met in Beijing.' },
        evidence: { paragraph: 0, quote: 'اجتمع كيم وبوتين في بكين' },
      },
      {
        id: 'kursk-workers',
        type: 'multiple',
        skill: 'recall',
        points: 2,
        partialCredit: true,
        prompt: { ar: 'أي الأعداد تخص عمال كورسك؟', en: 'Which numbers are Kursk workers?' },
        choices: [
          { id: 'c5000', text: { ar: '5000', en: '5000' } },
          { id: 'c1000', text: { ar: '1000', en: '1000' } },
          { id: 'c3000', text: { ar: '3000', en: '3000' } },
        ],
        answer: ['c5000', 'c1000'],
        explanation: { ar: 'خمسة آلاف وألف.', en: 'Five thousand and one thousand.' },
        evidence: { paragraph: 1, quote: '5000 عامل بناء' },
      },
      {
        id: 'strict-multiple',
        type: 'multiple',
        skill: 'inference',
        prompt: { ar: 'اختر ما يصف الجنود', en: 'Pick what describes the soldiers' },
        choices: [
          { id: 'a', text: { ar: 'قُتل بعضهم', en: 'Some were killed' } },
          { id: 'b', text: { ar: 'سيُرسل المزيد منهم', en: 'More will be sent' } },
          { id: 'c', text: { ar: 'عادوا إلى بلادهم', en: 'They went home' } },
        ],
        answer: ['a', 'b'],
        explanation: { ar: 'قُتل نحو ألفين، وسيُرسل ستة آلاف آخرون.', en: 'About two thousand were killed, and six thousand more will be sent.' },
        evidence: { paragraph: 2, quote: 'قُتل نحو 2000 جندي' },
      },
      {
        id: 'relations-special',
        type: 'boolean',
        skill: 'inference',
        prompt: { ar: 'وصف بوتين العلاقات بأنها خاصة.', en: 'Putin called the relations special.' },
        answer: true,
        explanation: { ar: 'قال «خاصة».', en: 'He said "special".' },
        evidence: { paragraph: 3, quote: 'خاصة' },
      },
      {
        id: 'meeting-duration',
        type: 'numeric',
        skill: 'recall',
        prompt: { ar: 'كم ساعة استمر الاجتماع؟', en: 'How many hours did the meeting last?' },
        answer: { value: 2.5, unit: 'hour', tolerance: 0.25 },
        explanation: { ar: 'ساعتين ونصف.', en: 'Two and a half hours.' },
        evidence: { paragraph: 0, quote: 'ساعتين ونصف' },
      },
      {
        id: 'soldiers-killed',
        type: 'numeric',
        skill: 'recall',
        prompt: { ar: 'كم جنديًا قُتل؟', en: 'How many soldiers were killed?' },
        answer: { value: 2000, unit: 'person' },
        explanation: { ar: 'نحو 2000.', en: 'About 2000.' },
        evidence: { paragraph: 2, quote: '2000 جندي' },
      },
      {
        id: 'meeting-city',
        type: 'text',
        skill: 'vocabulary',
        prompt: { ar: 'اكتب اسم المدينة: {مدينة}', en: 'Write the city: {city}' },
        answer: { accepted: ['بكين', 'Beijing', 'a#b~c=d:e'] },
        explanation: { ar: 'بكين.', en: 'Beijing.' },
        evidence: { paragraph: 0, quote: 'بكين' },
      },
    ],
  })
}

export function sampleQuiz(): Quiz {
  const { article: _file, $schema: _schema, ...file } = sampleQuizFile()
  return { ...file, article: parseArticle(SAMPLE_ARTICLE) }
}

/** The sample quiz with numeric questions in the drafter's units: money, percent, a date, a year. */
export function sampleQuizWithUnits(): Quiz {
  const quiz = sampleQuiz()
  const base = { type: 'numeric', skill: 'recall', points: 1, evidence: { paragraph: 0, quote: 'بكين' } } as const
  const numeric = (id: string, value: number, unit: Unit, ar: string, en: string): Question => ({
    ...base,
    id,
    prompt: { ar, en },
    explanation: { ar, en },
    answer: { value, unit, tolerance: 0 },
  })
  quiz.questions.push(
    numeric('deal-value', 1.5e9, 'SAR', 'كم بلغت قيمة الصفقة؟', 'How much was the deal worth?'),
    numeric('inflation', 12, 'percent', 'ما نسبة التضخم؟', 'What was the inflation rate?'),
    numeric('quake-date', 20230908, 'date', 'متى وقع الزلزال؟', 'When did the earthquake strike?'),
    numeric('founding-year', 19000000, 'date', 'في أي عام تأسست المدينة؟', 'In which year was the city founded?'),
    numeric('plant-capacity', 8, 'megawatt', 'ما قدرة المحطة؟', 'What is the plant’s capacity?'),
    numeric('battery-storage', 500, 'kilowatt-hour', 'كم تخزن البطارية؟', 'How much does the battery store?'),
  )
  return quiz
}

type Json = Record<string, unknown>

/** `file` with the strings of `lang` removed (title, prompts, explanations, choice texts): a quiz in one language. */
export function withoutLanguage<T extends object>(file: T, lang: 'ar' | 'en'): T {
  const copy = structuredClone(file) as Json & { title: Json; questions: Json[] }
  const drop = (text: unknown) => delete (text as Json)[lang]
  drop(copy.title)
  for (const q of copy.questions) {
    drop(q.prompt)
    drop(q.explanation)
    for (const c of (q.choices as Json[] | undefined) ?? []) drop(c.text)
  }
  return copy as T
}

/** The sample quiz in Arabic only, as a teacher or the drafter writes it from an Arabic article. */
export function arabicOnlyQuizFile(): QuizFile {
  return withoutLanguage(sampleQuizFile(), 'en')
}

/** An English article in the layout of {@link SAMPLE_ARTICLE}: lead, two sections, closing. */
export const ENGLISH_ARTICLE = [
  'Kim and Putin met in Beijing for two and a half hours and discussed {international} issues.',
  'Workers in Kursk',
  'Pyongyang sent 5000 construction workers and 1000 deminers to Kursk.',
  'Soldiers',
  'About 2000 North Korean soldiers were killed, and Pyongyang plans to send 6000 more.',
  'Putin called the relations "special" & <built> on trust: ~alliance~ #1.',
].join('\n')

/** A quiz in English only, on {@link ENGLISH_ARTICLE}, with every question type. */
export function englishOnlyQuizFile(): QuizFile {
  return QuizFile.parse({
    id: 'english-quiz',
    lang: 'en',
    title: { en: 'The "summit" & <friends>' },
    source: { name: 'Example News', url: 'https://example.com/en' },
    article: 'article.en.txt',
    questions: [
      {
        id: 'meeting-place',
        type: 'single',
        skill: 'recall',
        prompt: { en: 'Where did Kim and Putin meet?' },
        choices: [
          { id: 'moscow', text: { en: 'Moscow' } },
          { id: 'beijing', text: { en: 'The Chinese capital' } },
          { id: 'pyongyang', text: { en: 'Pyongyang = capital' } },
        ],
        answer: 'beijing',
        explanation: { en: 'They met in Beijing.' },
        evidence: { paragraph: 0, quote: 'Kim and Putin met in Beijing' },
      },
      {
        id: 'kursk-workers',
        type: 'multiple',
        skill: 'recall',
        points: 2,
        partialCredit: true,
        prompt: { en: 'Which numbers are Kursk workers?' },
        choices: [
          { id: 'c5000', text: { en: '5000' } },
          { id: 'c1000', text: { en: '1000' } },
          { id: 'c2000', text: { en: '2000' } },
        ],
        answer: ['c5000', 'c1000'],
        explanation: { en: 'Five thousand and one thousand.' },
        evidence: { paragraph: 1, quote: '5000 construction workers and 1000 deminers' },
      },
      {
        id: 'relations-special',
        type: 'boolean',
        skill: 'inference',
        prompt: { en: 'Putin called the relations special.' },
        answer: true,
        explanation: { en: 'He said "special".' },
        evidence: { paragraph: 3, quote: '"special"' },
      },
      {
        id: 'meeting-duration',
        type: 'numeric',
        skill: 'recall',
        prompt: { en: 'How many hours did the meeting last?' },
        answer: { value: 2.5, unit: 'hour' },
        explanation: { en: 'Two and a half hours.' },
        evidence: { paragraph: 0, quote: 'two and a half hours' },
      },
      {
        id: 'meeting-city',
        type: 'text',
        skill: 'vocabulary',
        prompt: { en: 'Write the city: {city}' },
        answer: { accepted: ['Beijing', 'Peking', 'بكين'] },
        explanation: { en: 'Beijing.' },
        evidence: { paragraph: 0, quote: 'Beijing' },
      },
    ],
  })
}

/** A loaded quiz from a file and its article, without the content checks (tests run them where it matters). */
export function quizOf(file: QuizFile, articleText: string): Quiz {
  const { article: _file, $schema: _schema, ...rest } = file
  return { ...rest, article: parseArticle(articleText) }
}
