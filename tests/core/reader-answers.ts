import type { Question } from '../../src/core/quiz-schema.ts'

/**
 * Answers as readers type them (Modern Standard Arabic, Gulf, Egyptian, Levantine, learners of
 * Arabic, English speakers), right and wrong, to the numeric and text questions of
 * kim-putin-beijing. The questions are copied inline (prompt, explanation, evidence) so that a
 * rewording of the seed quiz does not change what this table measures. Used by
 * tests/core/reader-answers.test.ts (every row must grade as marked) and by
 * `npm run bench:grading` (accept and refuse rates).
 */

const base = { skill: 'recall' as const, points: 1 }

export const READER_QUIZ: Question[] = [
  {
    ...base,
    id: 'meeting-city',
    type: 'text',
    prompt: { ar: 'في أي مدينة اجتمع كيم وبوتين وشي؟', en: 'In which city did Kim, Putin and Xi meet?' },
    answer: { accepted: ['بكين', 'بيجين', 'بيجينغ', 'Beijing', 'Peking', 'عاصمة الصين', 'the capital of China'] },
    explanation: {
      ar: 'جمع اللقاء القادة الثلاثة على هامش عرض عسكري ضخم في بكين، عاصمة الصين.',
      en: 'The three leaders met on the sidelines of a large military parade in Beijing, the capital of China.',
    },
    evidence: { paragraph: 1, quote: 'اللقاء جمع كيم وبوتين بالرئيس الصيني شي جين بينغ على هامش عرض عسكري ضخم في بكين' },
  },
  {
    ...base,
    id: 'soldiers-killed',
    type: 'numeric',
    prompt: {
      ar: 'كم جنديًا كوريًا شماليًا قُتل وهو يقاتل لصالح روسيا، وفقًا لتقديرات الاستخبارات الكورية الجنوبية؟',
      en: 'According to South Korean intelligence estimates, how many North Korean soldiers have been killed fighting for Russia?',
    },
    answer: { value: 2000, unit: 'person', tolerance: 0 },
    explanation: {
      ar: 'تقدّر الاستخبارات الكورية الجنوبية عدد القتلى بنحو 2000 جندي كوري شمالي.',
      en: 'South Korean intelligence puts the number killed at about 2,000 North Korean soldiers.',
    },
    evidence: { paragraph: 2, quote: 'قُتل نحو 2000 جندي كوري شمالي يقاتلون لصالح روسيا' },
  },
  {
    ...base,
    id: 'additional-soldiers',
    type: 'numeric',
    prompt: { ar: 'كم جنديًا إضافيًا تخطط بيونغ يانغ لإرساله؟', en: 'How many additional soldiers is Pyongyang planning to send?' },
    answer: { value: 6000, unit: 'person', tolerance: 0 },
    explanation: {
      ar: 'تخطط بيونغ يانغ لإرسال 6000 جندي إضافي، بينهم 1000 مقاتل موجودون بالفعل في الأراضي الروسية.',
      en: 'Pyongyang plans to send 6,000 additional soldiers, 1,000 of whom are already on Russian soil.',
    },
    evidence: { paragraph: 2, quote: 'فيما تخطط بيونغ يانغ لإرسال 6000 جندي إضافي' },
  },
  {
    ...base,
    id: 'kursk-demining-workers',
    type: 'numeric',
    prompt: { ar: 'كم عاملًا لإزالة الألغام تخطط كوريا الشمالية لإرسالهم إلى روسيا؟', en: 'How many demining workers does North Korea plan to send to Russia?' },
    answer: { value: 1000, unit: 'person', tolerance: 0 },
    explanation: {
      ar: 'تخطط كوريا الشمالية لإرسال نحو 1000 عامل إزالة ألغام إلى منطقة كورسك.',
      en: 'North Korea plans to send about 1,000 demining workers to the Kursk region.',
    },
    evidence: { paragraph: 3, quote: 'تخطط كوريا الشمالية لإرسال نحو 1000 عامل إزالة ألغام' },
  },
  {
    ...base,
    id: 'kursk-construction-workers',
    type: 'numeric',
    prompt: { ar: 'كم عاملًا للبناء تخطط كوريا الشمالية لإرسالهم إلى روسيا؟', en: 'How many construction workers does North Korea plan to send to Russia?' },
    answer: { value: 5000, unit: 'person', tolerance: 0 },
    explanation: {
      ar: 'إلى جانب عمال إزالة الألغام، تخطط كوريا الشمالية لإرسال 5000 عامل بناء إلى منطقة كورسك.',
      en: 'Alongside the demining workers, North Korea plans to send 5,000 construction workers to the Kursk region.',
    },
    evidence: { paragraph: 3, quote: 'و5000 عامل بناء إلى منطقة كورسك الروسية' },
  },
  {
    ...base,
    id: 'kursk-workers-total',
    type: 'numeric',
    prompt: {
      ar: 'كم عاملًا في المجموع تخطط كوريا الشمالية لإرسالهم إلى منطقة كورسك؟',
      en: 'In total, how many workers does North Korea plan to send to the Kursk region?',
    },
    answer: { value: 6000, unit: 'person', tolerance: 0 },
    explanation: {
      ar: 'لا يذكر المقال المجموع صراحةً: 1000 عامل إزالة ألغام + 5000 عامل بناء = 6000 عامل.',
      en: 'The article does not state the total: 1,000 demining workers + 5,000 construction workers = 6,000 workers.',
    },
    evidence: { paragraph: 3, quote: 'تخطط كوريا الشمالية لإرسال نحو 1000 عامل إزالة ألغام و5000 عامل بناء إلى منطقة كورسك الروسية' },
  },
  {
    ...base,
    id: 'workers-destination',
    type: 'text',
    prompt: { ar: 'إلى أي منطقة روسية سيُرسَل العمال الكوريون الشماليون؟', en: 'To which Russian region will the North Korean workers be sent?' },
    answer: { accepted: ['كورسك', 'منطقة كورسك', 'Kursk', 'Kursk region', 'Kursk Oblast'] },
    explanation: {
      ar: 'سيُرسَل العمال إلى منطقة كورسك الروسية للمساعدة في إعادة الإعمار بعد الدمار الذي خلّفته الحرب.',
      en: "The workers will go to Russia's Kursk region to help rebuild after the destruction left by the war.",
    },
    evidence: { paragraph: 3, quote: 'إلى منطقة كورسك الروسية، للمساعدة في إعادة الإعمار بعد الدمار الذي خلفته الحرب' },
  },
  {
    ...base,
    id: 'trained-soldiers',
    type: 'numeric',
    prompt: {
      ar: 'كم جنديًا كوريًا شماليًا تلقّى تدريبات مكثفة، بحسب التقارير الغربية؟',
      en: 'According to Western reports, how many North Korean soldiers received intensive training?',
    },
    answer: { value: 9500, unit: 'person', tolerance: 0 },
    explanation: {
      ar: 'كشفت تقارير غربية أن نحو 9500 جندي كوري شمالي تلقّوا تدريبات مكثفة.',
      en: 'Western reports revealed that about 9,500 North Korean soldiers received intensive training.',
    },
    evidence: { paragraph: 4, quote: 'تقارير غربية كشفت أن نحو 9500 جندي كوري شمالي تلقوا تدريبات مكثفة' },
  },
  {
    ...base,
    id: 'meeting-duration',
    type: 'numeric',
    prompt: { ar: 'كم ساعةً استمر الاجتماع بين كيم وبوتين؟', en: 'How many hours did the meeting between Kim and Putin last?' },
    answer: { value: 2.5, unit: 'hour', tolerance: 0 },
    explanation: {
      ar: 'استمر الاجتماع نحو ساعتين ونصف، أي 2.5 ساعة (150 دقيقة).',
      en: 'The meeting lasted about two and a half hours, that is 2.5 hours (150 minutes).',
    },
    evidence: { paragraph: 5, quote: 'الاجتماع بين كيم وبوتين استمر نحو ساعتين ونصف' },
  },
]

export type ReaderAnswer = { question: string; answer: string; right: boolean; who: 'msa' | 'gulf' | 'egypt' | 'levant' | 'learner' | 'en' }

const rows = (question: string, who: ReaderAnswer['who'], right: boolean, answers: string[]): ReaderAnswer[] =>
  answers.map((answer) => ({ question, answer, right, who }))

export const READER_ANSWERS: ReaderAnswer[] = [
  // --- meeting-city (text) ---
  ...rows('meeting-city', 'msa', true, [
    'بكين',
    'في بكين',
    'في العاصمة الصينية بكين',
    'اجتمعوا في بكين',
    'اجتمع القادة الثلاثة في بكين',
    'التقى كيم وبوتين وشي في بكين',
    'كان اللقاء في بكين',
  ]),
  ...rows('meeting-city', 'levant', true, ['ف بكين', 'بكين عاصمة الصين', 'اجتمعو ببكين']),
  ...rows('meeting-city', 'egypt', true, ['اتقابلوا في بكين', 'ف بكين']),
  ...rows('meeting-city', 'learner', true, ['بيكين', 'في مدينة بكين']),
  ...rows('meeting-city', 'en', true, [
    'Beijing',
    'in Beijing',
    'the meeting was in Beijing',
    'They met in Beijing',
    'Kim, Putin and Xi met in Beijing',
    'It took place in Beijing',
    "China's capital",
  ]),
  ...rows('meeting-city', 'msa', false, ['موسكو', 'في موسكو', 'ليس في بكين', 'بكين أو موسكو', 'بيونغ يانغ', 'اجتمعوا في موسكو']),
  ...rows('meeting-city', 'en', false, ["Russia's capital", 'Moscow', 'not in Beijing', 'Beijing or Moscow', 'They met in Pyongyang', 'Shanghai']),
  // --- workers-destination (text) ---
  ...rows('workers-destination', 'msa', true, [
    'كورسك',
    'منطقة كورسك',
    'إلى منطقة كورسك',
    'سيرسل العمال إلى منطقة كورسك',
    'سيُرسَل العمال إلى كورسك الروسية',
    'إلى كورسك',
  ]),
  ...rows('workers-destination', 'gulf', true, ['لكورسك', 'بيروحون كورسك']),
  ...rows('workers-destination', 'en', true, [
    'Kursk',
    'the Kursk region',
    'They will be sent to Kursk',
    "to Russia's Kursk region",
    'The workers will go to the Kursk region',
  ]),
  ...rows('workers-destination', 'msa', false, ['موسكو', 'كورسك الأوكرانية', 'ليس كورسك', 'بكين', 'منطقة دونيتسك']),
  ...rows('workers-destination', 'en', false, ['Moscow', 'not Kursk', 'Kursk or Moscow', 'Donetsk region']),
  // --- soldiers-killed 2000 ---
  ...rows('soldiers-killed', 'msa', true, [
    '2000',
    '٢٠٠٠',
    'ألفا جندي',
    'ألفي جندي',
    'نحو 2000 جندي',
    'قتل نحو 2000 جندي كوري شمالي',
    '2000 قتيل',
    'ماتوا 2000 جندي',
    'قُتل ألفا جندي',
    'بحدود 2000',
  ]),
  ...rows('soldiers-killed', 'gulf', true, ['ألفين', 'ألفين جندي', 'تقريبا ألفين', 'حوالي ألفين جندي', 'حوالي ألفين نفر']),
  ...rows('soldiers-killed', 'egypt', true, ['ألفين عسكري', 'حوالي ٢٠٠٠', 'ألفين ماتوا', 'يعني ألفين تقريبًا']),
  ...rows('soldiers-killed', 'levant', true, ['تقريباً ألفين', 'ألفين جندي ماتوا', 'بحدود الألفين']),
  ...rows('soldiers-killed', 'learner', true, ['2000 جنود', 'الفين']),
  ...rows('soldiers-killed', 'en', true, [
    '2000',
    '2,000',
    'about 2,000',
    'two thousand',
    '2000 soldiers',
    'about 2000 North Korean soldiers',
    '2000 were killed',
    '2,000 died',
    'around 2000 troops',
  ]),
  ...rows('soldiers-killed', 'msa', false, [
    '6000',
    '9500',
    'أكثر من 2000',
    '2000 جندي كوري جنوبي',
    '2000 جندي روسي',
    '2000 جريح',
    '2000 دبابة',
    '2000 أسير',
    '2000 عامل',
    'يعني 3000 نفر',
  ]),
  ...rows('soldiers-killed', 'en', false, [
    '2000 South Korean soldiers',
    '2000 Russian soldiers',
    '2000 wounded',
    'more than 2000',
    '2000 tanks',
    'in 2000',
    '2000 Ukrainian soldiers',
  ]),
  // --- additional-soldiers 6000 ---
  ...rows('additional-soldiers', 'msa', true, ['6000', '6000 جندي', '6000 جندي إضافي', 'ستة آلاف جندي', 'ستة آلاف', 'سترسل 6000 جندي إضافي', 'ستةآلاف']),
  ...rows('additional-soldiers', 'levant', true, ['6000 جندي كمان', 'ست تلاف', 'ست تلاف جندي', 'بحدود ستة آلاف']),
  ...rows('additional-soldiers', 'egypt', true, ['ستة آلاف عسكري', 'ستلاف']),
  ...rows('additional-soldiers', 'en', true, [
    '6,000',
    '6,000 more soldiers',
    'another 6,000 troops',
    '6000 additional soldiers',
    'six thousand',
    'about 6000 extra soldiers',
  ]),
  ...rows('additional-soldiers', 'msa', false, ['1000', '5000', '6000 جندي موجودون بالفعل في الأراضي الروسية', 'أكثر من 6000', '6000 عامل بناء', '6000 دبابة']),
  ...rows('additional-soldiers', 'en', false, [
    '6000 soldiers already in Russia',
    'more than 6000',
    '6000 workers',
    '6000 tanks',
    '6000 and more',
    '6000 or more',
  ]),
  ...rows('additional-soldiers', 'levant', false, ['ستة آلاف وزيادة', 'زيادة عن 6000', 'أكثر من ست تلاف']),
  // --- kursk-demining-workers 1000 ---
  ...rows('kursk-demining-workers', 'msa', true, [
    '1000',
    'ألف',
    'ألف عامل',
    '1000 عامل إزالة ألغام',
    'ألف عامل نزع ألغام',
    'نحو ألف عامل',
    'سيرسلون 1000 عامل لإزالة الألغام',
  ]),
  ...rows('kursk-demining-workers', 'gulf', true, ['ألف عامل تقريبا', 'حوالي الألف']),
  ...rows('kursk-demining-workers', 'msa', true, ['1000 مزيل ألغام']),
  ...rows('kursk-demining-workers', 'en', true, [
    '1,000',
    'one thousand',
    'a thousand',
    '1000 demining workers',
    'about 1,000 workers',
    '1000 mine clearers',
    'about 1,000 landmine clearers',
    '1000 mine-clearing workers',
    '1000 mine removal workers',
  ]),
  ...rows('kursk-demining-workers', 'msa', false, ['5000', '6000', '1000 ألغام', '1000 عامل بناء', '1000 مقاتل روسي', '1000 لغم']),
  ...rows('kursk-demining-workers', 'en', false, [
    '1000 construction workers',
    '1000 mines',
    '1000 landmines',
    '1000 mines cleared',
    '1000 fighters already in Russia',
    'at least 1000',
  ]),
  // --- kursk-construction-workers 5000 ---
  ...rows('kursk-construction-workers', 'msa', true, [
    '5000',
    'خمسة آلاف',
    'خمسة آلاف عامل',
    '5000 عامل بناء',
    'خمسة آلاف عامل للبناء',
    'سترسل 5000 عامل بناء',
  ]),
  ...rows('kursk-construction-workers', 'levant', true, ['خمس تلاف', 'خمس تلاف عامل', 'خمستلاف']),
  ...rows('kursk-construction-workers', 'en', true, ['5,000', 'five thousand', '5000 construction workers', 'about 5000 builders']),
  ...rows('kursk-construction-workers', 'msa', false, ['1000', '6000', '5000 عامل إزالة ألغام', '5000 جندي', '5000 عامل لإزالة الألغام']),
  ...rows('kursk-construction-workers', 'en', false, ['5000 demining workers', '5000 soldiers', 'less than 5000']),
  // --- kursk-workers-total 6000 ---
  ...rows('kursk-workers-total', 'msa', true, [
    '6000',
    '6000 عامل',
    'ستة آلاف عامل',
    'المجموع 6000',
    'مجموعهم 6000 عامل',
    '٦٠٠٠ عامل (١٠٠٠ لإزالة الألغام و٥٠٠٠ للبناء)',
    '1000 + 5000 = 6000',
    'ستة آلاف عامل (ألف لإزالة الألغام وخمسة آلاف للبناء)',
  ]),
  ...rows('kursk-workers-total', 'levant', true, ['ست تلاف عامل', 'بحدود ستة آلاف']),
  ...rows('kursk-workers-total', 'en', true, [
    '6,000',
    'a total of about 6000 workers',
    'total of 6000',
    '6000 (1000 + 5000)',
    '6000 workers in total',
    'six thousand workers',
  ]),
  ...rows('kursk-workers-total', 'msa', false, ['5000', '1000', '6000 عامل بناء', '6000 جندي', '1000 + 5000 = 7000', '6000 عامل إزالة ألغام']),
  ...rows('kursk-workers-total', 'en', false, ['5000', '6000 construction workers', '6000 soldiers', 'more than 6000']),
  // --- trained-soldiers 9500 ---
  ...rows('trained-soldiers', 'msa', true, [
    '9500',
    'تسعة آلاف وخمسمائة',
    'تسعة آلاف وخمسمائة جندي',
    '9500 جندي تلقوا تدريبات',
    'تدرب 9500 جندي',
    'نحو 9500 جندي كوري شمالي',
  ]),
  ...rows('trained-soldiers', 'levant', true, ['تسع تلاف وخمسمية', 'تسع تلاف وخمسمية جندي', 'تسعتلاف وخمسمية']),
  ...rows('trained-soldiers', 'egypt', true, ['تسعة آلاف وخمسمية', 'تسعة آلاف ونص']),
  ...rows('trained-soldiers', 'en', true, ['9,500', '9500 soldiers', 'nine thousand five hundred', '9.5k', '9500 were trained', 'about 9500 trained soldiers']),
  ...rows('trained-soldiers', 'msa', false, ['2000', '9000', '9500 تقارير', '9500 جندي غربي', '9500 جندي روسي', 'أكثر من 9500']),
  ...rows('trained-soldiers', 'en', false, ['9500 Western soldiers', '9500 reports', '9500 Russian soldiers', 'over 9500']),
  // --- meeting-duration 2.5 hours ---
  ...rows('meeting-duration', 'msa', true, [
    'ساعتان ونصف',
    'ساعتين ونصف',
    '2.5 ساعة',
    '150 دقيقة',
    'استمر الاجتماع ساعتين ونصف',
    'دام الاجتماع ساعتين ونصف',
    'امتد اللقاء ساعتين ونصف',
    'اللقاء امتد لساعتين ونصف',
    'استغرق الاجتماع ساعتين ونصف',
    'ساعتينونصف',
  ]),
  ...rows('meeting-duration', 'gulf', true, ['ساعتين ونص', 'تقريبا ساعتين ونص']),
  ...rows('meeting-duration', 'egypt', true, ['ساعتين ونص', 'حوالي ساعتين ونص']),
  ...rows('meeting-duration', 'levant', true, ['ساعتين ونص تقريباً', 'بحدود ساعتين ونص']),
  ...rows('meeting-duration', 'en', true, [
    '2.5 hours',
    'two and a half hours',
    '2:30',
    'it lasted 2.5 hours',
    'The meeting took two and a half hours',
    'about 2.5 hours',
    'Kim and Putin met for 2.5 hours',
  ]),
  ...rows('meeting-duration', 'msa', false, ['ساعتين', 'ثلاث ساعات', 'ساعتين إلا ربع', '2.5 دقيقة', 'أكثر من ساعتين', 'ساعتين ونصف يوم']),
  ...rows('meeting-duration', 'en', false, ['2 hours', '3 hours', 'more than two hours', '2.5 days', 'two and a half minutes']),
]
