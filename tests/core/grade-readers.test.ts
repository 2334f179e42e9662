import { describe, expect, it } from 'vitest'
import { gradeQuestion } from '../../src/core/grade.ts'
import { loadQuiz } from '../../src/core/load-quiz.ts'
import type { Quiz } from '../../src/core/quiz-schema.ts'
import { READERS_QUIZZES } from './grade-readers-articles.ts'

/**
 * Real readers grading fahm: answers to the quizzes drafted from grade-readers-articles.ts (exam
 * results and a train derailment in Arabic, a clinical trial and a tiger census in English), typed
 * the way different readers type them — MSA, Egyptian, Levantine, Gulf and Maghrebi Arabic, English,
 * digits or words, units, hedges, phone-keyboard slips — beside wrong answers that look like them:
 * another number or name of the article, another unit, the right number counting something else, a
 * hedge or comparison around a wrong number, a negation. For each question: right answers, then wrong.
 */

type Answers = { right: string[]; wrong: string[] }

const quizzes = new Map<string, Quiz>()
function quizOf(article: string): Quiz {
  let quiz = quizzes.get(article)
  if (!quiz) {
    const { articleText, ...draft } = READERS_QUIZZES[article]!
    quiz = loadQuiz({ ...draft, article: 'article.txt' }, articleText)
    quizzes.set(article, quiz)
  }
  return quiz
}

// A true/false verdict as readers type it, beyond the words every other table already has.
const TRUE_AR = ['صح', 'صحيح', 'نعم', 'أيوه', 'ايوة صح', 'إي نعم', 'مزبوط', 'اكيد صح', 'صواب', 'آه صحيح', 'العبارة صحيحة']
const FALSE_AR = ['خطأ', 'خطا', 'غلط', 'لا', 'لأ', 'مش صح', 'غير صحيح', 'مو صحيح', 'لا غلط', 'خاطئة', 'ماشي صحيح']
const TRUE_EN = ['true', 'True', 'yes', 'yep', 'yeah', 'correct', 'right', 'Yes, true', 'TRUE']
const FALSE_EN = ['false', 'False', 'no', 'nope', 'wrong', 'incorrect', 'not true', 'No, false', 'FALSE']

// Right answers readers type that the grader still refuses (a synonym the quote does not use, a
// word from another paragraph, the total written as الست), for a later round — never accepted by
// widening what a wrong answer could pass through:
//   exams-ar count-406: "406 marks"
//   exams-ar count-406: "406 درجة من 410"
//   exams-ar count-409: "409 marks"
//   exams-ar time-2-year: "عامين دراسيين"
//   exams-ar where-1: "أسيوط في الصعيد"
//   insulin-en count-1-3: "1.3 pts"
//   insulin-en count-11: "eleven countires"
//   insulin-en count-1800: "1,800 patients with type 2 diabetes"
//   insulin-en count-1800: "1800 adults"
//   insulin-en count-1800: "about 1,800 adults"
//   insulin-en percent-6-9: "6.9 in 100"
//   tigers-en count-138: "138 tigers live there"
//   tigers-en count-138: "138 wild tigers"
//   tigers-en where-1: "Chitwan NP"
//   tigers-en where-2: "the Republic of India"
//   train-ar count-3-2: "تلاتة بالهليكوبتر"
//   train-ar count-3-2: "ثلاث حالات"
//   train-ar count-3: "3 من 6"
const ANSWERS: Record<string, Record<string, Answers>> = {
  'exams-ar': {
    'date-20250727': {
      right: [
        '27 يوليو 2025',
        '٢٧ يوليو ٢٠٢٥',
        'الأحد 27 يوليو 2025',
        '27/7/2025',
        '27 تموز 2025',
        '27 جويلية 2025',
        'يوم 27 يوليو 2025',
        'سبعة وعشرين يوليو 2025',
        'July 27, 2025',
        '27-07-2025',
        '27 يوليو',
        'الأحد ٢٧ يوليو',
      ],
      wrong: [
        '16 أغسطس 2025',
        '3 أغسطس 2025',
        '27 يونيو 2025',
        '28 يوليو 2025',
        '27 يوليو 2024',
        'قبل 27 يوليو 2025',
        'يوليو 2025',
        '26 يوليو',
        '72 يوليو 2025',
      ],
    },
    'true-percent-78-8': {
      right: [...TRUE_AR, 'صح، 78.8 في المئة', 'صح كانت ٧٨٫٨٪ العام الماضي'],
      wrong: [...FALSE_AR, 'لا، 81.5', 'مش عارف', 'صح تقريبا', 'نعم ولا', 'لا بأس'],
    },
    'people-745000': {
      right: [
        '745000',
        '745 ألف',
        '٧٤٥ ألف',
        '745,000',
        '745 ألف طالب وطالبة',
        'سبعمائة وخمسة وأربعون ألفًا',
        'سبعمية وخمسة واربعين ألف',
        'حوالي 745 ألف طالب',
        '745 الف',
        'نحو ٧٤٥٠٠٠ طالب',
        '745k',
        '745 thousand',
        'سبعمية خمسة واربعين الف طالب',
      ],
      wrong: ['607 آلاف', '96 ألف', '745', '754 ألف', '74500', 'أكثر من 745 ألف', '745 ألف مصحح', '7.45 مليون', '40 ألف', '745 ألف لجنة'],
    },
    'people-96000': {
      right: [
        '96000',
        '96 ألف',
        '٩٦ ألف طالب',
        'ستة وتسعين ألف',
        'ستة وتسعون ألفًا',
        'نحو 96 ألف',
        '96,000',
        'ستة وتسعين الف طالب',
        '96k students',
        'حوالي ٩٦٠٠٠',
        'ستة وتسعين ألف طالب وطالبة',
      ],
      wrong: ['69 ألف', '96', '960 ألف', '607 آلاف', '96 ألف مصحح', 'أقل من 96 ألف', '9600', '745 ألف', '96 ألف لجنة'],
    },
    'where-1': {
      right: ['أسيوط', 'اسيوط', 'محافظة أسيوط', 'من أسيوط', 'Assiut', 'Asyut', 'أسيوط.', 'في أسيوط', 'محافظه اسيوط'],
      wrong: ['الإسكندرية', 'القاهرة', 'Alexandria', 'سوهاج', 'مش أسيوط', 'العاصمة الإدارية الجديدة', 'مريم أحمد السيد', 'أسوان'],
    },
    'count-409': {
      right: [
        '409',
        '٤٠٩',
        '409 درجات',
        '409 درجة',
        'أربعمائة وتسعة',
        'ربعمية وتسعة',
        '409 من 410',
        '409 out of 410',
        '409/410',
        '٤٠٩ من ٤١٠ درجة',
        'four hundred and nine',
        'حوالي 409 درجات',
        'اربعمية وتسع درجات',
      ],
      wrong: [
        '410',
        '406',
        '490',
        '409 طالب',
        'أكثر من 409',
        '410 من 410',
        '409 من 500',
        '406 من 410',
        '409 out of 500',
        '410/409',
        '406 درجات',
        '904',
        '409 محافظة',
      ],
    },
    'count-406': {
      right: ['406', '406 درجات', '٤٠٦ درجة', 'أربعمائة وستة', 'ربعمية وستة', 'four hundred six', 'اربعمية و ست درجات', 'مجموع 406'],
      wrong: ['409', '410', '460', '406 محافظة', 'أقل من 406', '604', '409 درجات', 'ليس 406', '406 طلاب'],
    },
    'false-count-14': {
      right: [...FALSE_AR, 'خطأ، من 14 محافظة', 'غلط لأنهم من 14 محافظة', 'لا هم من ١٤ محافظة'],
      wrong: [...TRUE_AR, 'صح 13 محافظة', 'مش غلط', 'لا أعرف', 'غلط نص نص', 'لا ولا'],
    },
    'people-9': {
      right: ['9', '٩', 'تسعة', 'تسع', '9 طلاب', 'تسعة طلاب', 'تسع طلاب', 'nine', 'تسعه', '9 students', 'تقريبا 9', 'تسعة من المتفوقين'],
      wrong: ['33', '14', '19', '90', '9 محافظات', '8', 'أكثر من 9', 'مش 9', '9 لجان'],
    },
    'time-18-day': {
      right: [
        '18',
        '18 يوم',
        '18 يومًا',
        '١٨ يوم',
        'ثمانية عشر يومًا',
        'تمنتاشر يوم',
        'ثمانية عشر يوم',
        '18 days',
        'حوالي 18 يوم',
        'eighteen days',
        'أسبوعين و4 أيام',
        'على مدى 18 يومًا',
        '18 يوما',
      ],
      wrong: ['18 شهر', '18 أسبوع', '81 يوم', '14 يوم', '18 ساعة', 'أكثر من 18 يوم', '1900', '18 لجنة', '8 أيام'],
    },
    'true-count-312': {
      right: [...TRUE_AR, 'صح 312 حالة غش', 'نعم ضبطوا 312 حالة'],
      wrong: [...FALSE_AR, 'لا، 321 حالة', 'ممكن'],
    },
    'time-2-year': {
      right: ['عامين', 'سنتين', 'عامان', '2 سنة', 'سنتان', 'two years', '2 years', '24 شهر', 'لمدة عامين', 'جوج سنين', '٢ سنين', 'سنتين كاملتين'],
      wrong: ['عام', 'سنة', '3 سنوات', 'عام كامل', '3 سنين كاملة', 'عامين ونصف', 'شهرين', 'أسبوعين', 'يومين', 'أكثر من عامين', '20 سنة', 'سنتين ونص'],
    },
    'percent-93': {
      right: [
        '93',
        '93%',
        '93 في المئة',
        '٩٣٪',
        'ثلاثة وتسعين في المية',
        '93 بالمئة',
        'نحو 93%',
        'ninety-three percent',
        '93 percent',
        'تلاتة وتسعين بالمية',
        '% 93',
        '93 بالمية تقريبا',
      ],
      wrong: ['95%', '81.5%', '93 درجة', '39%', '9.3%', 'أقل من 93%', '93 ألف', '78.8', 'أكثر من 93 في المئة'],
    },
    'time-2-week': {
      right: ['أسبوعين', 'اسبوعين', 'أسبوعان', '2 أسابيع', '14 يوم', 'two weeks', '2 weeks', '١٤ يومًا', 'جمعتين', 'أسبوعين فقط', 'مدة أسبوعين', 'اسبوعان'],
      wrong: ['أسبوع', '3 أسابيع', 'شهرين', 'يومين', 'أسبوعين ونص', '2 أشهر', 'عامين', '12 يوم', 'أكثر من أسبوعين'],
    },
  },
  'train-ar': {
    'date-20250306': {
      right: [
        '6 مارس 2025',
        '٦ مارس ٢٠٢٥',
        'الخميس 6 مارس 2025',
        '6 آذار 2025',
        '6/3/2025',
        'ستة مارس 2025',
        'March 6, 2025',
        '6 مارس',
        '06/03/2025',
        'صباح الخميس 6 مارس 2025',
        '6 مارس سنة 2025',
        '6 مارس 2025م',
      ],
      wrong: ['7 مارس 2025', '6 أبريل 2025', '6 مارس 2024', '16 مارس 2025', 'مارس 2025', '5 مارس 2025', 'بعد 6 مارس 2025', '6 مايو'],
    },
    'where-1': {
      right: ['قفصة جنوب غربي تونس', 'قفصة جنوب غربي', 'قفصة', 'مدينة قفصة', 'قفصه', 'قرب قفصة', 'في قفصة', 'مدينة قفصه', 'قفصة.'],
      wrong: ['المتلوي', 'تونس', 'العاصمة', 'بئر بورقبة', 'Tunis', 'مش قفصة', 'جنوب غربي', 'المتلوي جنوب غربي', 'غربي', 'تونس جنوب غربي'],
    },
    'who-2': {
      right: [
        'معز الحمروني',
        'الحمروني',
        'معز الحمرونى',
        'المتحدث معز الحمروني',
        'Hamrouni',
        'معز حمروني',
        'الحمرونى',
        'السيد معز الحمروني',
        'معز الحمروني المتحدث باسم الحماية المدنية',
        'معز الحمروني.',
      ],
      wrong: ['سمير الدريدي', 'معز', 'الدريدي', 'الحماية المدنية', 'وزير النقل', 'مش معز الحمروني', 'سائق القطار', 'Dridi', 'Hamdi'],
    },
    'count-3': {
      right: ['3', 'ثلاث', 'ثلاثة', 'تلاتة', '٣', 'ثلاث عربات', '3 عربات', 'تلات عربات', 'three', 'ثلاث من عرباته الست', 'تلاتة عربات'],
      wrong: ['6', '5', '11', '3 أشخاص', '3 من 5', '6 من 6', '3 من 11', '3 أفراد', 'ثلاث أشخاص', '3 ركاب', 'ست عربات', '4 عربات', 'أكثر من 3', '30', 'عربتين'],
    },
    'false-time-5-hour': {
      right: [...FALSE_AR, 'لا، 5 ساعات', 'خطأ استمرت 5 ساعات', 'غلط خمس ساعات مش اربعة'],
      wrong: [...TRUE_AR, 'صح 4 ساعات', 'مش غلط', 'صح أربع ساعات مش خمسة', 'غلط مش 5'],
    },
    'count-11': {
      right: ['11', '١١', 'أحد عشر', 'احدى عشر', 'إحدى عشرة', 'حداشر', 'احداشر', '11 مصاب', '11 في حالة حرجة', 'eleven', '11 شخص', 'حدعش', 'أحد عشر مصابًا'],
      wrong: ['54', '7', '3', '12', '11 كيلومتر', 'أكثر من 11', '110', '1', '11 قتيل'],
    },
    'count-3-2': {
      right: ['3', 'ثلاثة', 'تلاتة', '3 مصابين', 'ثلاثة منهم', '٣', 'three', 'تلات مصابين', 'ثلاثة مصابين نقلوا بمروحية'],
      wrong: ['11', '7', '3 عربات', '4', 'أقل من 3', '54', '13', '2', '3 قتلى'],
    },
    'true-speed-85': {
      right: [...TRUE_AR, 'صح 85 كم في الساعة', 'نعم كان يسير بسرعة 85'],
      wrong: [...FALSE_AR, 'لا، 60 كم/س', 'لا أعرف'],
    },
    'speed-60': {
      right: [
        '60',
        '60 كم/س',
        '60 كيلومترًا في الساعة',
        '٦٠ كم في الساعة',
        'ستين كيلو في الساعة',
        '60 km/h',
        'ستين',
        '60 كلم/س',
        'sixty km/h',
        '60 كيلومتر بالساعة',
        'ستون كيلومترا في الساعة',
        '60 كم بالساعة',
        '60 كلم في الساعة',
      ],
      wrong: ['85', '85 كم/س', '60 ميل في الساعة', '60 كيلومتر', '16', '600', 'أقل من 60', '60 م/ث', '6', '60 متر في الساعة'],
    },
    'who-3': {
      right: [
        'سمير الدريدي',
        'الدريدي',
        'وزير النقل سمير الدريدي',
        'سمير الدريدى',
        'Dridi',
        'سمير دريدي',
        'الوزير الدريدي',
        'سمير الدريدي.',
        'dridi',
        'الوزير سمير الدريدي',
      ],
      wrong: ['معز الحمروني', 'سمير', 'الحمروني', 'سائق القطار', 'وزير النقل', 'ليس الدريدي', 'وزير الصحة', 'Hamrouni', 'Driss'],
    },
    'date-19560000': {
      right: [
        '1956',
        '١٩٥٦',
        'nineteen fifty-six',
        'عام 1956',
        'سنة 1956',
        'ألف وتسعمائة وستة وخمسين',
        '1956م',
        'in 1956',
        'عام ١٩٥٦م',
        'سنة الف وتسعمية وستة وخمسين',
      ],
      wrong: ['2016', '1965', '1957', '2025', 'بعد 1956', '1856', '1955', 'سنة 1966', 'nineteen sixty-five', 'eighteen fifty-six'],
    },
    'false-money-1300000000': {
      right: [...FALSE_AR, 'خطأ، 1.3 مليار', 'غلط الكلفة 1.3 مليار دينار', 'لا ١٫٣ مليار'],
      wrong: [...TRUE_AR, 'صح 1.2 مليار دينار', 'مش غلط'],
    },
    'date-20160000': {
      right: ['2016', '٢٠١٦', 'عام 2016', 'سنة ٢٠١٦', 'ألفين وستة عشر', 'ألفين وستاشر', '2016م', 'in 2016', 'منذ 2016', 'منذ عام 2016', 'عام الفين و16'],
      wrong: ['2015', '2017', '1956', '2025', '2061', 'قبل 2016', '2006', '2016 أو 2017'],
    },
    'people-5': {
      right: ['5', 'خمسة', 'خمس', 'خمسة أشخاص', '5 أشخاص', '٥ اشخاص', 'خمسة أنفار', 'five', '5 قتلى', 'خمسة ماتوا', 'خمس اشخاص', '5 persons'],
      wrong: ['7', '54', '5 مصابين', '6', 'أكثر من 5', '50', '5 عربات', 'مش 5', '5 ساعات'],
    },
  },
  'insulin-en': {
    'count-1800': {
      right: ['1800', '1,800', '1800 patients', 'eighteen hundred', 'one thousand eight hundred', '1.8k', '١٨٠٠', 'ألف وثمانمائة', '1 800', '1800 people'],
      wrong: ['1400', '180', '18000', '52', '365', 'more than 1800', '8100', '1,800 injections', '1800 countries'],
    },
    'false-count-1800': {
      right: [...FALSE_EN, 'No, it was 1,800', 'false, 1800 adults', 'no it followed 1800 adults', 'flase', 'nah'],
      wrong: [...TRUE_EN, 'yes 1400', 'not false', 'maybe', 'no idea', 'no clue', 'false maybe', 'no and yes'],
    },
    'count-11': {
      right: ['11', 'eleven', '11 countries', 'Eleven countries', '١١', 'in 11 countries', 'about 11', 'أحد عشر', 'Eleven.'],
      wrong: ['52', '12', '1800', '11 weeks', '11 people', '1', 'more than 11', '14', '111', '11 patients'],
    },
    'time-52-week': {
      right: [
        '52 weeks',
        '52',
        'fifty-two weeks',
        '52 wks',
        '52 أسبوع',
        '52weeks',
        'for 52 weeks',
        'fifty two weeks',
        '52 week',
        'about 52 weeks',
        '٥٢ أسبوعًا',
      ],
      wrong: ['52 days', '52 months', '11 weeks', '25 weeks', '2 years', '51 weeks', 'more than 52 weeks', '6 months', '52 years'],
    },
    'count-1-3': {
      right: [
        '1.3',
        '1.3 percentage points',
        '1.3 points',
        'one point three',
        '1,3',
        '١٫٣',
        'by 1.3 points',
        'about 1.3',
        '1.3 percentage point',
        'fell by 1.3 percentage points',
      ],
      wrong: [
        '1.2',
        '1.2 points',
        '1.2 percentage point',
        '1 point',
        '13 points',
        'two point',
        '8.2',
        '6.9',
        '13',
        '0.13',
        '1.3 kilograms',
        'more than 1.3',
        '3.1',
        '1.3 million',
      ],
    },
    'percent-6-9': {
      right: ['6.9%', '6.9', '6.9 percent', '6.9 per cent', 'six point nine percent', '٦٫٩٪', '6,9%', 'about 6.9%', '6.9 %', 'to 6.9%', '6.9 pc'],
      wrong: ['8.2%', '1.3%', '8.2 pc', '9.6 pc', '9.6%', '69%', 'less than 6.9%', '7%', '0.069', '6.9 kg', '6.9 million'],
    },
    'true-count-14': {
      right: [...TRUE_EN, 'yes, 14 patients', 'true, 14 on the weekly shot', 'ture', 'yess'],
      wrong: [...FALSE_EN, 'no, 29', 'not sure', "I don't know", 'yes and no', 'true but 29', 'partly true', 'true mostly'],
    },
    'count-29': {
      right: [
        '29',
        'twenty-nine',
        'twenty nine',
        '29 patients',
        '٢٩',
        '29 people',
        'about 29',
        'تسعة وعشرين',
        '29 on daily insulin',
        'twentynine',
        '29 patients on daily insulin',
      ],
      wrong: [
        '14',
        '92',
        '28',
        '29%',
        '29 weeks',
        'more than 29',
        '2.9',
        '11',
        '29 countries',
        '29 doctors',
        '14 patients',
        '29 injections',
        '29 patients on the weekly shot',
      ],
    },
    'who-1': {
      right: [
        'Priya Raman',
        'priya raman',
        'Raman',
        'Dr Priya Raman',
        'Dr. Raman',
        'رامان',
        'lead author Priya Raman',
        'PRIYA RAMAN',
        'Priya Raman.',
        'Dr Raman, an endocrinologist',
        'Priya Ramann',
      ],
      wrong: ['Thomas Becker', 'Priya', 'Becker', "King's College Hospital", 'Norlen Pharma', 'not Priya Raman', 'Dr Becker'],
    },
    'count-365': {
      right: ['365', 'three hundred sixty-five', 'three hundred and sixty-five', '365 injections', '٣٦٥', '365 a year', 'about 365', '365 injections a year'],
      wrong: ['52', '356', '36.5', '3650', 'more than 365', '14', '563', '365 patients', '62'],
    },
    'false-count-52': {
      right: [...FALSE_EN, 'No, 52', 'false, it was 52', 'false - 52 not 62'],
      wrong: [...TRUE_EN, 'yes 62', 'not false', 'true 62 not 52', 'false not 52', 'no 52 not true'],
    },
    'where-2': {
      right: [
        'United States',
        'the United States',
        'US',
        'U.S.',
        'USA',
        'the US',
        'America',
        'united states',
        'الولايات المتحدة',
        'أمريكا',
        'the United States of America',
        'Unites States',
        'the U.S.',
      ],
      wrong: ['Europe', 'London', 'the UK', 'Britain', 'Munich', 'Germany', 'not the United States', 'Canada', 'United Kingdom'],
    },
    'where-3': {
      right: ['US', 'U.S.', 'United States', 'the US', 'USA', 'America', 'us', 'الولايات المتحدة', 'أمريكا', 'the United States', 'American'],
      wrong: ['EU', 'European', 'UK', 'Europe', 'British', 'not US', 'London', 'FDA'],
    },
    'date-20260300': {
      right: [
        'March 2026',
        'march 2026',
        'by March 2026',
        'Mar 2026',
        '03/2026',
        'مارس 2026',
        'آذار 2026',
        'March, 2026',
        '3/2026',
        'in March 2026',
        'march of 2026',
        'Mar. 2026',
      ],
      wrong: ['March 2025', 'May 2026', '2026', 'June 2026', 'June 23', 'before March 2026', 'after March 2026', 'March 2062', 'February 2026'],
    },
    'count-537000000': {
      right: [
        '537 million',
        '537000000',
        '537,000,000',
        'about 537 million',
        '537m',
        '537 mn',
        '537 million adults',
        '٥٣٧ مليون',
        'five hundred thirty-seven million',
        '0.537 billion',
        'خمسمائة وسبعة وثلاثون مليون',
        '537 million people',
        'around 537 million adults worldwide',
      ],
      wrong: [
        '537',
        '573 million',
        '537b',
        '573m',
        '537k',
        '53.7m',
        '537 billion',
        '53.7 million',
        '365 million',
        'more than 537 million',
        '537 thousand',
        '5.37 million',
        '537 million dollars',
      ],
    },
  },
  'tigers-en': {
    'date-20220000': {
      right: [
        '2022',
        'in 2022',
        '٢٠٢٢',
        'twenty twenty-two',
        'two thousand twenty-two',
        '2022.',
        'year 2022',
        'ألفين واتنين وعشرين',
        'in the year 2022',
        'two thousand and twenty-two',
      ],
      wrong: [
        '2010',
        '2019',
        '2020',
        '2023',
        'before 2022',
        '2202',
        '2021',
        'since 2022',
        'twenty twenty',
        'twenty twenty-three',
        'twenty-two',
        'nineteen twenty-two',
      ],
    },
    'count-700': {
      right: [
        '700',
        'seven hundred',
        'about 700',
        '700 staff and volunteers',
        '700 people',
        '٧٠٠',
        'سبعمائة',
        'سبعمية',
        '700 volunteers',
        'some 700',
        'around seven hundred staff',
        '700 staff',
      ],
      wrong: [
        '1650',
        '7000',
        '70',
        '412',
        '700 camera traps',
        '700 volunteers and tigers',
        '700 rangers',
        '1650 staff and volunteers',
        'more than 700',
        '770',
        '1000',
        '700 tigers',
      ],
    },
    'count-5': {
      right: [
        '5',
        'five',
        'five national parks',
        '5 parks',
        '5 national parks',
        'خمسة',
        '٥',
        'Five.',
        'across five parks',
        'five parks',
        '5 national parks and the forests between them',
      ],
      wrong: [
        '15',
        '4',
        '6',
        '5 tigers',
        '5 forests',
        'across five countries',
        'across 1,650 parks',
        '5 people',
        '5 persons',
        '50',
        'more than 5',
        '5 countries',
        'five million',
        '55',
      ],
    },
    'true-count-4000000': {
      right: [...TRUE_EN, 'yes, over 4 million', 'true, more than 4 million photos', 'yup'],
      wrong: [...FALSE_EN, 'no, 4 million', 'no way'],
    },
    'where-1': {
      right: [
        'Chitwan National Park',
        'Chitwan',
        'chitwan',
        'Chitwan national park',
        'Chitwan park',
        'the Chitwan National Park',
        'Chitwan Natonal Park',
        'Chitwan National Park.',
        'chitwan national prak',
      ],
      wrong: [
        'Bardiya National Park',
        'Bardiya',
        'Bardiya park',
        'Kathmandu Valley',
        'national park',
        'Kathmandu',
        'Nepal',
        'not Chitwan',
        'India',
        'WWF Nepal',
      ],
    },
    'count-138': {
      right: [
        '138',
        'one hundred thirty-eight',
        'one hundred and thirty-eight',
        '138 tigers',
        'about 138',
        '١٣٨',
        'مئة وثمانية وثلاثين',
        'a hundred and thirty eight',
      ],
      wrong: ['125', '183', '412', '138 people', '138 individuals', '138 أشخاص', '318', 'more than 138', '13.8', '128', '138 camera traps'],
    },
    'length-3165': {
      right: [
        '3165',
        '3,165 m',
        '3165 metres',
        '3,165 meters',
        '3.165 km',
        '3165m',
        'three thousand one hundred sixty-five metres',
        '٣١٦٥ متر',
        'about 3,165 metres',
        '3.165 kilometres',
        'an altitude of 3,165 metres',
        '3,165 metres above sea level',
      ],
      wrong: [
        '3165 feet',
        '3165 km',
        '3,156 metres above sea level',
        '3165 feet above sea level',
        'above 3165 m',
        '3,156 m',
        '1650',
        '18,900',
        'above 3165 m',
        '3165 mm',
        '316.5 m',
        '3,165 tigers',
      ],
    },
    'false-date-20190000': {
      right: [...FALSE_EN, 'No, since 2019', 'false, it was 2019', 'false 2019 not 2015'],
      wrong: [...TRUE_EN, 'yes since 2015', 'not false'],
    },
    'money-1000000': {
      right: [
        '1 million rupees',
        '1,000,000 rupees',
        'one million rupees',
        '1 million',
        '1m rupees',
        '1000000',
        'Rs 1 million',
        'up to 1 million rupees',
        'مليون روبية',
        'Rs. 1,000,000',
        'a million rupees',
      ],
      wrong: [
        '7500 dollars',
        'Rs 10 million',
        'Rs 1 billion',
        'Rs 100,000',
        '$1 million',
        '1 million dollars',
        '7,500',
        '10 million rupees',
        '1 billion rupees',
        '100,000 rupees',
        'more than 1 million rupees',
        '1 million euros',
      ],
    },
    'where-2': {
      right: ['India', 'india', 'to India', 'الهند', 'INDIA', 'India.', 'into India', 'Inida', 'india maybe'],
      wrong: ['China', 'Nepal', 'Kathmandu', 'Bardiya', 'not India', 'into China', 'into Nepal', 'Indiana', 'Indonesia', 'Pakistan'],
    },
    'count-5500': {
      right: [
        '5500',
        '5,500',
        'about 5,500',
        '5.5k',
        'five thousand five hundred',
        '55 hundred',
        'fifty-five hundred',
        '5,500 tigers',
        '٥٥٠٠',
        'خمسة آلاف وخمسمائة',
        '5.5 thousand',
        '5 500',
        'around 5500 wild tigers',
      ],
      wrong: ['100,000', '412', '550', '5500m', '5.5m', '55000', '5,050', '5.5 million', 'fewer than 5,500', '5500 people', '5,000'],
    },
  },
}

describe('the readers’ quizzes load, and every graded question has its answers', () => {
  it.each(Object.keys(READERS_QUIZZES))('%s', (article) => {
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
