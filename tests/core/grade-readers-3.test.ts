import { describe, expect, it } from 'vitest'
import { gradeQuestion } from '../../src/core/grade.ts'
import { loadQuiz } from '../../src/core/load-quiz.ts'
import type { Quiz } from '../../src/core/quiz-schema.ts'
import { matchText } from '../../src/core/text-match.ts'
import { READERS_QUIZZES } from './grade-readers-articles.ts'
import { READERS_3_QUIZZES } from './grade-readers-3-articles.ts'

/**
 * Real readers grading fahm, third set: answers to the quizzes drafted from
 * grade-readers-3-articles.ts (olive oil prices in Morocco and a heatwave in southern Algeria in
 * Arabic, a mountain stage of the Vuelta in English), typed the way readers type them — MSA,
 * Maghrebi (غشت، أوت، جوج، زوج، واه، faux), Gulf and Levantine Arabic, English, Eastern digits,
 * number words, units and their conversions, hedges, verdicts with reasons, names in the other
 * script or with the Maghrebi letters ڨ ڤ ڭ, keyboard slips — beside the wrong answers that look like
 * them: another number or name of the article, the right number with another unit or counting
 * something else, a near number, another first name with the right surname. Also two leftovers of
 * the first set: a full name in Latin letters with a short first name, «ڨفصة» (train-ar), a synonym
 * of the counted noun (insulin-en).
 */

type Answers = { right: string[]; wrong: string[] }

// Right answers the grader still refuses, for a later round (a word the article does not use, a
// country the question does not name — a claim the grader cannot check):
//   oil-ar time-2-year: "عامين اثنين"
//   heat-ar people-86: "86 مريض"
//   cycling-en where-3: "the Spanish capital Madrid", "Madrid, Spain"
//   (and French words beside the number: "90 mille tonnes", "47 degrés"; a race's 4h51'12")
// Measured on this table (right accepted, wrong accepted), before this round's rules → after:
// 341/400 → 400/400 right, 0/386 → 0/386 wrong (docs/grading.md).
const ARTICLES = { ...READERS_3_QUIZZES, 'train-ar': READERS_QUIZZES['train-ar']!, 'insulin-en': READERS_QUIZZES['insulin-en']! }

const quizzes = new Map<string, Quiz>()
function quizOf(article: string): Quiz {
  let quiz = quizzes.get(article)
  if (!quiz) {
    const { articleText, ...draft } = ARTICLES[article as keyof typeof ARTICLES]!
    quiz = loadQuiz({ ...draft, article: 'article.txt' }, articleText)
    quizzes.set(article, quiz)
  }
  return quiz
}

const TRUE_AR = ['صح', 'صحيح', 'نعم', 'إيه', 'واه', 'اييه صحيح', 'صحيح 100%', 'العبارة صحيحة']
const FALSE_AR = ['خطأ', 'خطا', 'غلط', 'لا', 'لالا', 'ماشي صحيح', 'مش صحيح', 'غير صحيح', 'خاطئة', 'لا غلط']
const TRUE_EN = ['true', 'True', 'yes', 'yeah', 'correct', 'right', 'TRUE', 'yes, true']
const FALSE_EN = ['false', 'False', 'no', 'nope', 'wrong', 'incorrect', 'not true', 'FALSE']

const ANSWERS: Record<string, Record<string, Answers>> = {
  'oil-ar': {
    'true-date-20251014': {
      right: [...TRUE_AR, 'صح، 14 أكتوبر', 'صحيح نشرتها يوم الثلاثاء', 'vrai', 'صح لأنها نشرت يوم 14 أكتوبر 2025'],
      wrong: [...FALSE_AR, 'faux', 'صح ولا لا', 'مش متأكد', 'لا، 14 نوفمبر'],
    },
    'who-1': {
      right: [
        'رشيد بنعلي',
        'بنعلي',
        'رشيد بن علي',
        'بن علي',
        'Rachid Benali',
        'Benali',
        'rachid benali',
        'رئيس الفدرالية رشيد بنعلي',
        'السيد رشيد بنعلي',
        'Rachid Ben Ali',
        'رشيد بنعلى',
      ],
      wrong: [
        'نادية الكتاني',
        'رشيد',
        'Rachid',
        'الكتاني',
        'نادية بنعلي',
        'Nadia Benali',
        'محمد بنعلي',
        'Karim Benali',
        'Rachid Kettani',
        'ليس بنعلي',
        'Rachid Ben Salah',
        'Rachid El Kettani',
        'Ben Ali Rachid',
      ],
    },
    'mass-90000': {
      right: [
        '90 ألف طن',
        '90000 طن',
        '٩٠ ألف طن',
        'تسعين ألف طن',
        'تسعون ألف طن',
        '90,000 tonnes',
        '90 ألف',
        'حوالي 90 ألف طن',
        '90 مليون كيلوغرام',
        'تسعين الف طن تقريبا',
        '90.000 طن',
      ],
      wrong: ['200 ألف طن', '90 ألف لتر', '90 ألف كيلوغرام', '9 آلاف طن', '900 ألف طن', '90 طن', '90 ألف درهم', 'أكثر من 90 ألف طن', '19 ألف طن'],
    },
    'time-2-year': {
      right: ['عامين', 'سنتين', 'عامان', '2 سنوات', 'قبل عامين', 'سنتين تقريبا', 'two years', '24 شهرا', 'جوج سنين', 'زوج سنوات', '٢ سنة'],
      wrong: ['6 سنوات', 'شهرين', 'ثلاث سنوات', 'سنة', 'أسبوعين', 'يومين', 'عامين ونصف', '20 سنة', 'two months'],
    },
    'money-500000000': {
      right: [
        '500 مليون درهم',
        '٥٠٠ مليون درهم',
        'نصف مليار درهم',
        'خمسمية مليون درهم',
        'خمسمائة مليون درهم',
        '500 million dirhams',
        'MAD 500 million',
        '500m dirhams',
        'حوالي 500 مليون درهم',
        '500 مليون',
        '0.5 مليار درهم',
        '500 مليون درهم مغربي',
        '50 مليار سنتيم',
        'خمسين مليار سنتيم',
      ],
      wrong: [
        '500 مليون دولار',
        '500 مليون يورو',
        '500 ألف درهم',
        '5 مليار درهم',
        '50 مليون درهم',
        '110 دراهم',
        '500 مليون دينار',
        'أكثر من 500 مليون درهم',
        '500 مليون ريال',
        '500 million dollars',
        '500 مليون سنتيم',
        '50 مليار سنت',
        '50 مليون سنتيم',
      ],
    },
    'where-2': {
      right: ['فاس', 'Fes', 'Fez', 'فاس مكناس', 'جهة فاس مكناس', 'في فاس', 'فاس.', 'Fès', 'مدينة فاس', 'منطقة فاس'],
      wrong: ['مكناس', 'الرباط', 'Rabat', 'Meknes', 'إسبانيا', 'طنجة', 'ليس فاس', 'مراكش', 'فاس أو مكناس'],
    },
    'who-3': {
      right: [
        'نادية الكتاني',
        'الكتاني',
        'ناديه الكتاني',
        'Nadia El Kettani',
        'Kettani',
        'Nadia Kettani',
        'الخبيرة نادية الكتاني',
        'الدكتورة نادية الكتاني',
        'Nadia Al Kattani',
        'نادية الكتانى',
      ],
      wrong: ['رشيد بنعلي', 'نادية', 'Nadia', 'رشيد الكتاني', 'Rachid Kettani', 'نادية بنعلي', 'Nadia Benali', 'Samira Kettani', 'سميرة الكتاني'],
    },
    'volume-0-5': {
      right: ['نصف لتر', 'نص لتر', 'بالنصف لتر', '0.5 لتر', '500 مل', 'نصف ليتر', 'half a litre', '٠٫٥ لتر', '500 ml', 'نص ليتر', '0,5 L', 'half a liter'],
      wrong: ['5 لتر', '4 لترات', 'لتر', '0.5 كيلو', 'نصف كيلو', '50 مل', 'ربع لتر', 'لتر ونصف', '5 ml', 'نصف درهم'],
    },
    'percent-2-1': {
      right: [
        '2.1%',
        '2.1 في المئة',
        '٢٫١٪',
        '2,1%',
        'اثنين فاصلة واحد بالمية',
        '2.1 بالمئة',
        'حوالي 2.1 في المائة',
        '2.1 percent',
        '2.1',
        'تقريبا 2.1%',
        '2.1 فالمية',
      ],
      wrong: ['4.6%', '1.2%', '21%', '2.1 درهم', '35%', '2%', 'أكثر من 2.1%', '2.1 لتر', '12%', '0.021%'],
    },
    'false-volume-4': {
      right: [...FALSE_AR, 'خطأ، 4 لترات', 'غلط، أربعة لترات وليس خمسة', 'لا، 4 لتر فقط', 'faux', 'خطأ لأنه يستهلك 4 لترات', 'غالط'],
      wrong: [...TRUE_AR, 'صح 5 لترات', 'نعم 5 لتر', 'vrai', 'مش غلط', 'ممكن'],
    },
    'volume-12': {
      right: [
        '12 لتر',
        '12 لترا',
        'اثنا عشر لترا',
        'اطناش لتر',
        '١٢ لتر',
        '12 liters',
        '12L',
        'حوالي 12 لتر',
        'اثني عشر ليترا',
        '12000 مل',
        '12 litres',
        'طناش لتر',
      ],
      wrong: ['4 لترات', '12 كيلو', '21 لتر', '12 درهم', '110', '12%', 'أكثر من 12 لتر', '1.2 لتر', '120 لتر', '12 مل'],
    },
  },
  'heat-ar': {
    'date-20250809': {
      right: [
        '9 أغسطس 2025',
        '9 غشت 2025',
        '9 أوت 2025',
        '٩ أغسطس',
        '09/08/2025',
        'السبت 9 أغسطس',
        '9 آب 2025',
        'August 9, 2025',
        'يوم السبت 9 اوت',
        'تسعة أغسطس',
        '9-8-2025',
        'السبت 9 غشت',
        '9 août 2025',
        'samedi 9 aout',
      ],
      wrong: [
        '9 أغسطس 2024',
        '8 أغسطس 2025',
        '9 يوليو 2025',
        '19 أغسطس',
        'أغسطس 2025',
        'قبل 9 أغسطس',
        '9 أوت 2024',
        '9/9/2025',
        '10 غشت',
        '9 juillet 2025',
        '9 août 2024',
      ],
    },
    'true-time-4-day': {
      right: [...TRUE_AR, 'صح، 4 أيام أخرى', 'إيه صحيح', 'واه صحيح', 'vrai', 'صح أربعة أيام'],
      wrong: [...FALSE_AR, 'لا، أسبوع', 'faux', 'صح ولا لا'],
    },
    'temperature-47': {
      right: [
        '47',
        '47 درجة',
        '٤٧ درجة مئوية',
        '47°',
        '47°C',
        'سبعة وأربعين درجة',
        'سبعة واربعين',
        '47 degrees',
        '47 درجة سيليزيوس',
        'حوالي 47 درجة',
        '47 درجة مئوية تقريبا',
        'سبعة و أربعون درجة',
      ],
      wrong: ['49 درجة', '47 كيلومتر', '74', '47 فهرنهايت', '60', '47%', '4.7 درجة', '47 درجة فهرنهايت', '48', '47 ساعة'],
    },
    'people-86': {
      right: [
        '86',
        '86 شخص',
        'ستة وثمانين',
        '٨٦ شخصا',
        'حوالي 86',
        'eighty-six',
        'ستة و ثمانين شخص',
        '86 مصاب',
        'ستة وثمانون',
        '86 people',
        'ستة وثمانين مصاب تقريبا',
      ],
      wrong: ['68', '9', '48', '86 سرير', '40', '86 ساعة', 'أكثر من 86', '860', '87', '86 سيارة', '86 kids', '86 طفل'],
    },
    'people-9': {
      right: ['9', 'تسعة', 'تسع أطفال', '٩ أطفال', 'تسعة أطفال', 'nine', '9 children', 'تسعة اطفال تقريبا', '9 أطفال', 'تسعه', '9 kids'],
      wrong: ['86', '6', '19', '9 ساعات', '90', 'تسعين', '9 سيارات', '4', 'أكثر من 9', '9 أيام'],
    },
    'volume-2': {
      right: ['لترين', 'لتران', '2 لتر', '٢ لتر', 'two litres', '2000 مل', 'ليترين', 'لترين من الماء', 'اثنين لتر', '2 L', 'حوالي لترين', 'زوج لترات'],
      wrong: ['2 كيلو', 'لتر', '3 لترات', '20 لتر', '200 مل', '2 ملم', '4 لترات', 'لترين ونصف', '2 درجة', 'نصف لتر'],
    },
    'who-1': {
      right: [
        'فتيحة بن زرقة',
        'بن زرقة',
        'الدكتورة فتيحة بن زرقة',
        'فتيحة بنزرقة',
        'Fatiha Benzerga',
        'Benzerga',
        'بن زرڨة',
        'فتيحة بن زرڨة',
        'Fatiha Ben Zerga',
        'مديرة الصحة فتيحة بن زرقة',
        'د. فتيحة بن زرقة',
      ],
      wrong: [
        'عمار بوقرة',
        'فتيحة',
        'Fatiha',
        'بوقرة',
        'محمد بوضياف',
        'Amar Bouguerra',
        'سليمة بن زرقة',
        'Samira Benzerga',
        'عمار بن زرقة',
        'Amar Benzerga',
        'Fatiha Ben Ali',
        'Fatiha Bouguerra',
        'Benzerga Amar',
      ],
    },
    'false-count-25': {
      right: [...FALSE_AR, 'خطأ، 25 سيارة', 'لا، 25 مش 19', 'غالط', 'faux', 'خطأ لأنها نشرت 25 سيارة إسعاف'],
      wrong: [...TRUE_AR, 'صح 19 سيارة', 'vrai', 'مش غلط'],
    },
    'count-19850': {
      right: [
        '19850',
        '19,850',
        '19850 ميغاواط',
        '19.850',
        '١٩٨٥٠',
        'تسعة عشر ألفا وثمانمائة وخمسين',
        'حوالي 19850 ميغاواط',
        '19850 MW',
        '19 ألف و850',
        '19 850',
        'تسعطاش ألف وثمنمية وخمسين',
      ],
      wrong: ['19580', '1985', '198500', '49', '20 ألف', '19850 طن', '19850 شخص', '19.85', '1,985', 'أكثر من 19850', '19850 كيلوواط', '19850 kW'],
    },
  },
  'cycling-en': {
    'time-38-second': {
      right: [
        '38 seconds',
        '38 s',
        '38s',
        'thirty-eight seconds',
        '38 sec',
        '٣٨ ثانية',
        '38 ثانية',
        'about 38 seconds',
        '38',
        '38 secs',
        'ثمانية وثلاثين ثانية',
        '0:38',
      ],
      wrong: [
        '52 seconds',
        '38 minutes',
        '83 seconds',
        '1 minute 14 seconds',
        '3.8 seconds',
        '41 minutes 5 seconds',
        '38 metres',
        '39 seconds',
        'more than 38 seconds',
        '38 km',
      ],
    },
    'who-1': {
      right: [
        'Santiago Quintero',
        'Quintero',
        'quintero',
        'Quintiro',
        'سانتياغو كينتيرو',
        'كينتيرو',
        "Colombia's Santiago Quintero",
        'Quinetro',
        'Santiago Quintero of Colombia',
        'سانتياڨو كينتيرو',
        'سانتياگو كينتيرو',
        'Santiago Quintero, the Colombian',
      ],
      wrong: [
        'Jonas Sørlie',
        'Sorlie',
        'Etxeberria',
        'Santiago',
        'Colombia',
        'Nairo Quintero',
        'Iñigo Etxeberria',
        'Quintana',
        'Jonas Quintero',
        'not Quintero',
        'سانتياغو بيريز',
        'تشيلي كينتيرو',
        'Chile Quintero',
      ],
    },
    'true-length-178-6': {
      right: [...TRUE_EN, 'true, 178.6 km', 'yes 178.6 kilometres', 'true because the stage was 178.6 km', 'Yes, it is true', 'صح'],
      wrong: [...FALSE_EN, 'no, 3151 km', 'maybe', 'true or false', 'not sure'],
    },
    'time-4-853333333-hour': {
      right: [
        '4 hours 51 minutes 12 seconds',
        '4h 51m 12s',
        '4:51:12',
        '4 h 51 min 12 s',
        '4hrs 51mins 12secs',
        '4 hours, 51 minutes and 12 seconds',
        'four hours fifty-one minutes twelve seconds',
        '4 ساعات و51 دقيقة و12 ثانية',
        '291 minutes 12 seconds',
        '17472 seconds',
        'in 4 hours 51 minutes 12 seconds',
        '4h51m12s',
      ],
      wrong: [
        '4:15:12',
        '4 hours 51 minutes 21 seconds',
        '41 minutes 5 seconds',
        '5 hours',
        '4 hours 52 minutes 12 seconds',
        '4:51:12 km',
        '3:51:12',
        '4 minutes 51 seconds',
        '4.51 hours',
        'under 4:51:12',
        '4 hours, 15 minutes',
        '5 hours, 4 hours 51 minutes',
        '4 hours, 51',
      ],
    },
    'percent-23-5': {
      right: [
        '23.5%',
        '23.5 percent',
        '23,5%',
        'twenty-three point five percent',
        '23.5 per cent',
        'about 23.5%',
        '٢٣٫٥٪',
        '23.5',
        '23.5 %',
        'a gradient of 23.5%',
      ],
      wrong: ['23.5 km', '25.3%', '2.35%', '235%', '12.4%', '23%', 'more than 23.5%', '5%', '24%', '23.5 metres'],
    },
    'time-41-08333333-minute': {
      right: [
        '41 minutes 5 seconds',
        '41:05',
        '41 min 5 s',
        '41m 5s',
        '41 minutes and 5 seconds',
        'forty-one minutes five seconds',
        '2465 seconds',
        '41 دقيقة و5 ثواني',
        'about 41 minutes 5 seconds',
        '0:41:05',
        '41 mins 5 secs',
      ],
      wrong: [
        '41 minutes',
        '41:50',
        '45 minutes 1 second',
        '4:51:12',
        '41 hours 5 minutes',
        '14 minutes 5 seconds',
        '1 minute 14 seconds',
        '41 minutes 15 seconds',
        '40 minutes 5 seconds',
        '41.5 minutes',
      ],
    },
    'where-2': {
      right: [
        'Norway',
        'norway',
        'النرويج',
        'Norway.',
        'from Norway',
        'Nroway',
        'NORWAY',
        'نرويج',
        'Norwegian',
        'نرويجي',
        'the Norwegian',
        'Norway I think',
        'Norway, I guess',
      ],
      wrong: [
        'Colombia',
        'Spain',
        'Sweden',
        'Denmark',
        'Norway or Sweden',
        'not Norway',
        'Basque Country',
        'Finland',
        'Norway and Colombia',
        'Swedish',
        'Norwegian or Swedish',
        'Danish',
        'كولومبي',
        'Norwegain',
        'Nigerian',
        'Norwegian Sea',
      ],
    },
    'time-1-233333333-minute': {
      right: [
        '1 minute 14 seconds',
        '1:14',
        '74 seconds',
        '1 min 14 s',
        '1m14s',
        'one minute fourteen seconds',
        'دقيقة و14 ثانية',
        '1 minute and 14 seconds',
        'a minute and 14 seconds',
        '1m 14s',
      ],
      wrong: [
        '1 hour 14 minutes',
        '1:41',
        '14 seconds',
        '38 seconds',
        '52 seconds',
        '1 minute 4 seconds',
        '114 seconds',
        '1 minute 40 seconds',
        '2 minutes 14 seconds',
      ],
    },
    'length-2': {
      right: ['2 km', 'two kilometres', '2 kilometers', 'the last two kilometres', '2000 m', '2 كم', 'كيلومترين', 'two kilometers', '2km', '2', '2,000 metres'],
      wrong: ['2 miles', '5 km', '12.4 km', '20 km', '2 metres', '2 minutes', '2 hours', '200 m', 'more than 2 km', '3 km'],
    },
    'count-40000': {
      right: [
        '40,000',
        '40000',
        '40k',
        'forty thousand',
        'about 40,000',
        '40 thousand',
        '40,000 fans',
        '٤٠ ألف',
        'أربعين ألف',
        '40 000',
        'around 40k fans',
        'some 40,000 spectators',
      ],
      wrong: ['4000', '400,000', '1,573', '31', '4 million', 'more than 40,000', '14,000', '40', '40,000 km', '40,000 riders'],
    },
    'where-3': {
      right: ['Madrid', 'madrid', 'مدريد', 'in Madrid', 'Madird', 'MADRID', 'in Madrid on Sunday', 'ends in Madrid'],
      wrong: ['Oviedo', 'Barcelona', 'Cangas de Onís', 'Bilbao', 'Spain', 'Madrid or Barcelona', 'not Madrid', 'Sevilla', 'Angliru', 'Spanish'],
    },
    'false-length-3151': {
      right: [...FALSE_EN, 'false, it is 3,151 km', 'no, 3151 not 2151', 'false because 3,151 kilometres', 'No, 3,151', 'خطأ'],
      wrong: [...TRUE_EN, 'yes 2151', 'not false', 'maybe'],
    },
  },
  'insulin-en': {
    'count-11': {
      right: ['11 nations', 'eleven nations', '11 countries'],
      wrong: ['11 patients', '11 injections', '11 shots', '52 nations', '12 nations'],
    },
    'count-365': {
      right: ['365 jabs', '365 shots', '365 injections', 'about 365 jabs'],
      wrong: ['52 shots', '52 jabs', '365 patients', '365 nations', '356 shots', '365 adults'],
    },
  },
  'train-ar': {
    'who-2': {
      right: ['Moez Hamrouni', 'Moez El Hamrouni', 'moez hamrouni', 'Moez Al-Hamrouni', 'Hamrouni', 'معز الحمروني', 'Moez Hamrouny'],
      wrong: [
        'Samir Hamrouni',
        'Sami Hamrouni',
        'Moez Dridi',
        'Samir Dridi',
        'Mehdi Hamrouni',
        'Moez',
        'Anis Hamrouni',
        'سمير الحمروني',
        'Mounir Hamrouni',
        'Moez Hamdi',
        'Moez Dridi Hamrouni',
        'Hamrouni Moez',
      ],
    },
    'where-1': {
      right: ['ڨفصة', 'ڨفصه', 'مدينة ڨفصة', 'في ڨفصة', 'قفصة', 'Gafsa', 'گفصة', 'ڭفصة', 'في الگفصة'],
      wrong: ['ڨابس', 'قابس', 'Gabes', 'المتلوي', 'ڨفصة؟ لا، تونس', 'گابس', 'گفصة ولا قابس', 'جفصة'],
    },
  },
}

describe('the readers’ quizzes (third set) load, and every graded question has its answers', () => {
  it.each(Object.keys(READERS_3_QUIZZES))('%s', (article) => {
    const quiz = quizOf(article)
    const graded = quiz.questions.filter((q) => q.type === 'numeric' || q.type === 'text' || q.type === 'boolean')
    expect(graded.map((q) => q.id).sort()).toEqual(Object.keys(ANSWERS[article]!).sort())
  })
})

for (const [article, questions] of Object.entries(ANSWERS)) {
  describe(`readers' answers to the quiz drafted from ${article}`, () => {
    const rows = Object.entries(questions).flatMap(([id, { right, wrong }]) => [
      ...right.map((answer): [string, string, boolean] => [id, answer, true]),
      ...wrong.map((answer): [string, string, boolean] => [id, answer, false]),
    ])
    it.each(rows)('%s: %j is right: %s', (id, answer, right) => {
      const quiz = quizOf(article)
      const question = quiz.questions.find((q) => q.id === id)
      expect(question, id).toBeDefined()
      expect(gradeQuestion(question!, answer, quiz.questions).correct).toBe(right)
    })
  })
}

// The rules these answers led to, on names and places no quiz above asks: [answer, accepted, right].
const NAMES: [string, string, boolean][] = [
  ['Bouguerra', 'بوقرة', true],
  ['Amar Bouguerra', 'عمار بوقرة', true],
  ['Ali Benzerga', 'علي بن زرقة', true],
  ['Abou Zeid', 'أبو زيد', true],
  ['گطر', 'قطر', true],
  ['ڤيتنام', 'فيتنام', true],
  ['Jordanian', 'الأردن', true],
  ['Samir Bouguerra', 'عمار بوقرة', false],
  ['Amar', 'عمار بوقرة', false],
  ['Bouguerra Amar', 'عمار بوقرة', false],
  ['Moez', 'معز', false],
  ['Ali Hassan', 'علي حسين', false],
  ['Ben', 'بن زرقة', false],
  ['Zeid', 'أبو زيد', false],
  ['Bouzerra', 'بوقرة', false],
  ['Omani', 'عمّان', false],
  ['Jordanian', 'عمّان', false],
  ['Indiana', 'India', false],
  ['Sudanese', 'جنوب السودان', false],
  ['گابس', 'قفصة', false],
]

describe('names and places in the forms these readers wrote', () => {
  it.each(NAMES)('%j for %j is right: %s', (answer, accepted, right) => {
    expect(matchText(answer, [accepted]).matched !== null).toBe(right)
  })
})
