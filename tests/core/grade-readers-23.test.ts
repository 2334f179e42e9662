import { READERS_21_QUIZZES } from './grade-readers-21-articles.ts'
import { describeReaderAnswers, frozenQuizzes, type ReaderAnswers } from './reader-answer-table.ts'

/**
 * Real readers grading fahm, twenty-third set: the twenty-first set's quizzes (Tanger Med's Operation Marhaba, in Arabic,
 * and the Montreal weekend school, in English) answered by older readers on desktop computers — retired teachers and civil
 * servants, and translators — who write as they were taught to write for print: formal MSA with its case endings and full
 * vowels («ثمانيةٌ وأربعون ألفًا», «صَحِيح»), numbers in words with their grammar («اثنتا عشرة باخرة», «ثلاثمائة وعشرون
 * يورو»), a date with «الموافق», «سنة» or «م» and the two month names of the Levant and Egypt («2 أغسطس/آب 2025»),
 * figures with their thousands in the European way (`48.000`, `3.200.000`), an amount with a currency code or its cents
 * (`EUR 320`, `320,00 €`, `CAD 1,800`), a restatement in brackets (`four (4) hours`), the surname first (`HADDAD, Nadia`),
 * a place with its country in brackets, full sentences with their stops (`False. Classes run for four hours.`) and
 * letters copied out of a PDF in Arabic presentation forms (ﺻﺤﻴﺢ) — each beside the wrong answers that look like it.
 */
// Right answers the grader still refuses, taken out of the table (docs/grading.md): `Laval, Quebec`, `Laval (Quebec)`, `Laval,
//   Québec` (a province the grader does not tie to its city; a city's country it does: «الجزيرة الخضراء بإسبانيا»); «خطأ، لم
//   تتجاوز 90 دقيقة» for a false «لم تتجاوز … 60 دقيقة» (the statement's own negation in the reason reads as doubt, the safe side).
// Measured on this table (right accepted, wrong accepted) with `src/core` before this round → after: see docs/grading.md.
const quizOf = frozenQuizzes(READERS_21_QUIZZES)

const TRUE_AR = ['صحيح', 'صَحِيح', 'صحيحٌ', 'العبارة صحيحة', 'نعم، صحيحة', 'صواب', 'ﺻﺤﻴﺢ', 'صحيح.', 'نعم، العبارة صحيحة.']
const FALSE_AR = ['خطأ', 'خَطَأ', 'خطأٌ', 'العبارة خاطئة', 'خاطئة.', 'ﺧﻄﺄ', 'لا، العبارة خاطئة.', 'غير صحيح']
const UNSURE_AR = ['لست متأكدا', 'صحيح جزئيا', 'لا أعلم', 'صحيح أو خطأ']
const TRUE_EN = ['True', 'TRUE.', 'Yes, that is correct.', 'Correct', 'That is true.', 'True.']
const FALSE_EN = ['False', 'FALSE.', 'Incorrect', 'That is false.', 'No, that is not correct.', 'False.']
const UNSURE_EN = ['I am not sure', 'Partly true', 'I do not know', 'True or false']

const ANSWERS: Record<string, Record<string, ReaderAnswers>> = {
  'marhaba-tanger-med-ar': {
    'date-20250802': {
      right: [
        'السبت الموافق 2 أغسطس 2025',
        '2 أغسطس 2025م',
        'الثاني من أغسطس 2025',
        '2 أغسطس سنة 2025',
        'يوم السبت 2/8/2025',
        '2 آب 2025',
        '٢ أغسطس ٢٠٢٥م',
        '2 أغسطس/آب 2025',
        'السبت، 2 أغسطس، 2025',
        'يوم السبت الثاني من أغسطس عام 2025',
      ],
      wrong: ['الثالث من أغسطس 2025', '2 أغسطس 2024م', '2 تموز 2025', '2 يوليو/تموز 2025', 'قبل 2 أغسطس 2025', '12 أغسطس 2025', 'الأحد 3 أغسطس 2025'],
    },
    'count-48000': {
      right: [
        'ثمانية وأربعون ألف مسافر',
        'ثمانيةٌ وأربعون ألفًا',
        'ثمانية وأربعين ألف مسافر',
        '48.000',
        '٤٨٬٠٠٠',
        '48,000 مسافر',
        'ﺛﻤﺎﻧﻴﺔ ﻭﺃﺭﺑﻌﻮﻥ ﺃﻟﻒ',
        'زهاء 48 ألف مسافر',
        '48 ألف مسافر فقط',
        '48 ألفاً',
      ],
      wrong: ['ثمانية وأربعون مسافرا', 'أربعة وثمانون ألفًا', '48 ألف سيارة', 'نحو 50 ألف', 'ثمانية وأربعون مليونا', '4.800', 'أكثر من 48 ألفًا'],
    },
    'count-12': {
      right: ['اثنتا عشرة باخرة', 'اثنتي عشرة باخرة', '١٢ باخرة يوميًّا', 'اثنتا عشرة', '12 باخرةً', 'اثنا عشر', '12 باخرة يوميا'],
      wrong: ['اثنتا عشرة ساعة', 'إحدى عشرة باخرة', '13 باخرة', '12 باخرة أسبوعيا', 'اثنتان وعشرون باخرة', 'عشرون باخرة'],
    },
    'money-320': {
      right: ['ثلاثمائة وعشرون يورو', 'ثلاثمئة وعشرين يورو', '320 يورو في المتوسط', 'EUR 320', '€ 320.00', '320,00 €', '٣٢٠ يورو', '320 يورو.', '320.00 يورو'],
      wrong: ['320 دولارا', 'ثلاثمائة يورو', '302 يورو', 'USD 320', 'EUR 230', '320 درهما', '3.200 يورو'],
    },
    'false-people-3500000': {
      right: [...FALSE_AR, 'خطأ، 3.5 مليون شخص', 'خطأ، ثلاثة ملايين ونصف', 'خطأ؛ العدد المتوقع 3.5 مليون شخص.', 'خطأ، ٣٫٥ مليون'],
      wrong: [...TRUE_AR, ...UNSURE_AR, 'خطأ، 3.6 مليون', 'خطأ، أربعة ملايين', 'خطأ، 3.1 مليون/3.5 مليون', 'ليس خطأ'],
    },
    'percent-15': {
      right: ['خمسة عشر في المئة', '15 في المائة', '١٥٪', '15 %', 'خمسة عشر بالمائة', '15 بالمئة', '15٪.', 'خمسةَ عشرَ في المئة'],
      wrong: ['خمسة في المئة', '50 في المئة', '15 يورو', '25%', 'أكثر من 15 في المئة', 'خمسة وعشرون في المئة'],
    },
    'time-90-minute': {
      right: ['تسعون دقيقة', 'تسعين دقيقة', '90 دقيقةً', 'ساعة ونصف الساعة', 'ساعة ونصف', '1.5 ساعة', 'تسعون دقيقةً', '90 دقيقة.'],
      wrong: ['تسع دقائق', 'ستون دقيقة', 'ساعة واحدة', 'ساعتان ونصف', 'تسعون ساعة', 'أكثر من تسعين دقيقة', 'تسعمائة دقيقة'],
    },
    'time-90-minute-trip': {
      right: ['ساعة ونصف الساعة', 'ساعة ونصف ساعة', 'ساعةٌ ونصف', '90 دقيقة', 'ساعة و30 دقيقة', 'ساعة وثلاثون دقيقة', 'ساعة ونصف.'],
      wrong: ['ساعة وربع', 'ساعتان', 'نصف ساعة', '30 دقيقة', 'ساعة وعشرون دقيقة', 'ساعتان ونصف الساعة'],
    },
    'people-3200000': {
      right: ['3.2 مليون شخص', 'ثلاثة ملايين ومئتا ألف', '3,200,000', '3.200.000 شخص', '٣٫٢ مليون شخص', 'ثلاثة ملايين ومائتي ألف شخص', '3.2 مليون.'],
      wrong: ['3.5 مليون', 'ثلاثة ملايين', '2.3 مليون', '3.2 مليار', 'ثلاثة ملايين وثلاثمائة ألف', '320.000 شخص'],
    },
    'who-1': {
      right: [
        'رشيد الوزاني',
        'السيد رشيد الوزاني',
        'الأستاذ رشيد الوزاني',
        'رَشِيد الوَزَّانِي',
        'ﺭﺷﻴﺪ ﺍﻟﻮﺯﺍﻧﻲ',
        'مدير الميناء رشيد الوزاني',
        'رشيد الوزاني.',
        'الوزاني، رشيد',
      ],
      wrong: ['السيدة رشيدة الوزاني', 'رشيد الزياني', 'سعيد الوزاني', 'مدير الميناء', 'رشيد', 'السيدة الوزاني'],
    },
    'where-1': {
      right: [
        'الجزيرة الخضراء',
        'الجزيرةُ الخضراءُ',
        'ميناء الجزيرة الخضراء',
        'الجزيرة الخضراء (إسبانيا)',
        'الجزيرة الخضراء بإسبانيا',
        'الجزيرة الخضراء.',
        'ﺍﻟﺠﺰﻳﺮﺓ ﺍﻟﺨﻀﺮﺍﺀ',
      ],
      wrong: ['طنجة', 'طريفة', 'الجزيرة', 'جبل طارق', 'الجزيرة الخضراء (المغرب)', 'الخضراء'],
    },
    'true-time-1-day': {
      right: [...TRUE_AR],
      wrong: [...FALSE_AR, ...UNSURE_AR, 'صحيح، في يومين', 'ليس صحيحًا'],
    },
    'false-time-90': {
      right: [...FALSE_AR, 'خطأ، 90 دقيقة', 'خطأ، ساعة ونصف', 'خطأ؛ تسعون دقيقة.', 'العبارة خاطئة، والصحيح 90 دقيقة.'],
      wrong: [...TRUE_AR, ...UNSURE_AR, 'خطأ، 120 دقيقة', 'خطأ، 60/90 دقيقة', 'ليس خطأ', 'خطأ، ساعتان'],
    },
  },
  'weekend-school-montreal-en': {
    'true-count-3': {
      right: [...TRUE_EN, 'True - three times', 'True (3 times)', 'True: three times.'],
      wrong: [...FALSE_EN, ...UNSURE_EN, 'True, four times', 'True - two times', 'Not true'],
    },
    'date-20190000': {
      right: ['2019', 'In 2019.', 'the year 2019', 'In the year 2019', '2019.'],
      wrong: ['2009', '2018', 'before 2019', 'since 2019', '2020', '1919'],
    },
    'who-1': {
      right: ['Nadia Haddad', 'Ms. Nadia Haddad', 'Mrs. Haddad', 'Director Nadia Haddad', 'Ms Haddad', 'HADDAD, Nadia', 'Haddad, Nadia', 'Nadia Haddad.'],
      wrong: ['Mr. Haddad', 'Nadine Haddad', 'Nadia Hadid', 'HADDAD, Nadine', 'Mr. Nadia Haddad', 'Laval'],
    },
    'time-4-hour': {
      right: ['Four hours', '4 hours', '4 hrs.', '4.0 hours', '240 minutes', '4 h', 'four (4) hours', 'Four hours.'],
      wrong: ['three hours', '4 minutes', '40 hours', '4 days', 'four (4) days', 'more than four hours'],
    },
    'false-money-1800': {
      right: [
        ...FALSE_EN,
        'False. It is $1,800 a month.',
        'False, C$1,800',
        'False - CAD 1,800 per month',
        'False: 1,800 Canadian dollars.',
        'False; $1,800.00 per month.',
      ],
      wrong: [...TRUE_EN, ...UNSURE_EN, 'False, $1,900', 'False, CAD 1,800 per year', 'False, 1800/2300', 'False, 1,800 euros'],
    },
    'date-20260900': {
      right: ['September 2026', 'Sept. 2026', 'September, 2026', '09/2026', 'Sep 2026', '9/2026', 'in September 2026', 'September 2026.'],
      wrong: ['September 2025', 'October 2026', 'before September 2026', '10/2026', 'August 2026', 'September 2062'],
    },
    'score-15': {
      right: ['15 out of 20', '15/20', 'fifteen', '15.0', 'Fifteen out of twenty', '15 (out of 20)', 'An average of 15 out of 20.'],
      wrong: ['16 out of 20', '15 out of 25', '51', '1.5', 'fifty', '15 out of 100'],
    },
    'count-35': {
      right: ['35', 'Thirty-five', '35 volunteer teachers', 'thirty-five (35)', '35 volunteers', 'Approximately 35', '35.'],
      wrong: ['53', '36', '35 pupils', 'more than 35', 'thirty-six (36)', '350'],
    },
    'where-1': {
      right: ['Laval', 'in Laval', 'Laval.', 'LAVAL', 'Laval, Canada'],
      wrong: ['Montreal', 'Saint-Laurent', 'Quebec City', 'not Laval', 'Laval or Montreal', 'Toronto'],
    },
    'false-time-4': {
      right: [...FALSE_EN, 'False. Classes run for four hours.', 'False, 4 hours', 'False - four (4) hours', 'False: four hours every Saturday.'],
      wrong: [...TRUE_EN, ...UNSURE_EN, 'False, five hours', 'False, 4 minutes', 'Not false', 'False, four days'],
    },
  },
}

describeReaderAnswers('twenty-third readers’', quizOf, Object.keys(READERS_21_QUIZZES), ANSWERS)
