import { READERS_21_QUIZZES } from './grade-readers-21-articles.ts'
import { describeReaderAnswers, frozenQuizzes, type ReaderAnswers } from './reader-answer-table.ts'

/**
 * Real readers grading fahm, twenty-second set: the twenty-first set's quizzes (Tanger Med's Operation Marhaba, in Arabic,
 * and the Montreal weekend school, in English) answered by secondary-school students typing fast on phones: hamzas and
 * dots left off («اغسطس», «خطا», «الف»), ta marbuta as ha («دقيقه», «باخره»), ya as alif maqsura («الوزانى»), doubled
 * letters, spaces inside numbers, Western and Eastern digits mixed, units abbreviated (`90min`, «د», `3.2m`), SMS English
 * (`ya`, `yep`, `nah`), and French-schooled pupils' numbers 70–99 (`quatre-vingt-dix`, `nonante`) — each beside the wrong
 * answers that look like it: another figure, another unit, another person, a negation.
 */
// Right answers the grader still refuses, taken out of the table (docs/grading.md): `3.2 مليون مسافر` where the texts say
//   «3.2 مليون شخص» (a traveller is a group the grader does not tie to «شخص»); `20 19`, `3 5` (a space inside a short
//   number: two numbers as much as one); `ص` alone (one letter, no verdict); `غلط 3.5m` (a Latin `m` in an Arabic verdict's reason is read as no million). `Mr Haddad`, `M. Haddad`,
//   `Mr. Nadia Haddad` for Nadia Haddad (a title of the other sex), taken out as accepted, are back since red team 5 (the quiz's
//   own `Ms Haddad` gives the person's sex).
// Measured on this table (right accepted, wrong accepted) with `src/core` before this round → after: see docs/grading.md.
const quizOf = frozenQuizzes(READERS_21_QUIZZES)

const TRUE_AR = ['صح', 'صحيح', 'صح ✅', 'اه', 'ايوه', 'ايوا', 'نعم', 'صحيح.', 'صحح']
const FALSE_AR = ['خطا', 'خطأ', 'غلط', 'غلط ❌', 'لا', 'لاء', 'خطأ.', 'غلطط']
const UNSURE_AR = ['مش عارف', 'مدري', 'صح ولا غلط', 'صح خطا', 'ما اعرف']
const TRUE_EN = ['true', 'yes', 'ya', 'yep', 'yup', 'yeah', 'tru', 'TRUE', 'yes!!', 'true.', 'yess']
const FALSE_EN = ['false', 'no', 'nah', 'nope', 'FALSE', 'false!!', 'noo']
const UNSURE_EN = ['idk', 'dunno', 'not sure', 'true or false', 'yes no', 'maybe', 'ya no']

const ANSWERS: Record<string, Record<string, ReaderAnswers>> = {
  'marhaba-tanger-med-ar': {
    'date-20250802': {
      right: ['2 اغسطس 2025', '2/8/2025', '٢/٨/٢٠٢٥', '2 اغسطس ٢٠٢٥', 'السبت 2 اغسطس 2025', '2 غشت 2025', '2-8-2025', '٢ اغسطس 2025'],
      wrong: ['3 اغسطس 2025', '2 اغسطس 2024', '8/2/2025', '2/7/2025', '2 يوليو 2025', '20 اغسطس 2025', 'قبل 2 اغسطس 2025'],
    },
    'count-48000': {
      right: ['48 الف', '48الف', '٤٨ الف', '48000', '48 000', '٤٨٠٠٠', '48 الف مسافر', 'حوالي 48 الف', '48k', 'حوالى 48 الف', '4٨ الف'],
      wrong: ['84 الف', '48', '4800', '48 مليون', '480000', 'اكثر من 48 الف', '49 الف', '48 الف سياره', '٤٨٠٠'],
    },
    'count-12': {
      right: ['12', '١٢', '12 باخره', '12 باخرة', '١٢ باخره', '12 بواخر'],
      wrong: ['21', '13', '120', '1.2', '12 ساعه', '2'],
    },
    'money-320': {
      right: ['320 يورو', '320€', '320 €', '320 euro', '٣٢٠ يورو', '320 اورو', 'حوالى 320 يورو', '320 eur', '3٢0 يورو'],
      wrong: ['320 درهم', '230 يورو', '320 دولار', '3200 يورو', '320 $', '32 يورو', '330 يورو'],
    },
    'false-people-3500000': {
      right: [...FALSE_AR, 'غلط 3.5 مليون', 'خطا ٣٫٥ مليون', 'غلط 3,5 مليون'],
      wrong: [...TRUE_AR, ...UNSURE_AR, 'غلط 3 مليون', 'غلط 5.3 مليون', 'غلط 3.5 الف', 'مش غلط'],
    },
    'percent-15': {
      right: ['15%', '15 %', '١٥٪', '15 بالمية', '15 بالميه', '15 في الميه', '%15', '15٪'],
      wrong: ['51%', '16%', '1.5%', '15 يورو', '150%', '5%', 'اكثر من 15%'],
    },
    'time-90-minute': {
      right: ['90 دقيقه', '90 دقيقة', '90min', '90 mins', '٩٠ دقيقه', 'ساعه ونص', '1h30', '90 د'],
      wrong: ['90 ساعه', '60 دقيقه', '19 دقيقه', '9 دقائق', '90 ثانيه', 'اكثر من 90 دقيقه', 'ساعتين'],
    },
    'time-90-minute-trip': {
      right: ['ساعه ونص', 'ساعه ونصف', '90 دقيقه', '1.5 ساعه', '1h30', '90min', '١٫٥ ساعة'],
      wrong: ['ساعتين', 'ساعه', 'ساعه وربع', '30 دقيقه', '2.5 ساعه', '1.5 دقيقه'],
    },
    'people-3200000': {
      right: ['3.2 مليون', '3,2 مليون', '3.2m', '3200000', '3 200 000', '٣٫٢ مليون', '٣.٢ مليون'],
      wrong: ['2.3 مليون', '3.2 الف', '32 مليون', '320000', '3.3 مليون', '3.2 مليار'],
    },
    'who-1': {
      right: ['رشيد الوزانى', 'رشيد الوزاني', 'الوزانى', 'رشيد الوزاني.', 'rachid ouazzani', 'RACHID EL OUAZZANI'],
      wrong: ['رشيده الوزاني', 'رشيدة الوزاني', 'سعيد الوزاني', 'رشيد', 'الوزان', 'Rachida Ouazzani'],
    },
    'where-1': {
      right: ['الجزيره الخضراء', 'الجزيرة الخضرا', 'الجزيره الخضرا', 'algeciras', 'Algeciras.'],
      wrong: ['طنجه', 'الجزيره', 'طريفه', 'اسبانيا', 'Tarifa'],
    },
    'true-time-1-day': {
      right: [...TRUE_AR],
      wrong: [...FALSE_AR, ...UNSURE_AR, 'مش صح', 'صح في يومين'],
    },
    'false-time-90': {
      right: [...FALSE_AR, 'غلط 90 دقيقه', 'خطا ٩٠ دقيقه', 'غلط ساعه ونص', 'غلط 90min'],
      wrong: [...TRUE_AR, ...UNSURE_AR, 'غلط 45 دقيقه', 'غلط 90 ساعه', 'مش غلط', 'غلط 100 دقيقه'],
    },
  },
  'weekend-school-montreal-en': {
    'true-count-3': {
      right: [...TRUE_EN, 'true 3 times', 'ya 3x', 'yes 3 times', 'true, 3 times bigger'],
      wrong: [...FALSE_EN, ...UNSURE_EN, 'true 2 times', 'true 4x', 'not true', 'true 30 times'],
    },
    'date-20190000': {
      right: ['2019', 'in 2019', '٢٠١٩', '2019.'],
      wrong: ['2018', '2091', 'b4 2019', 'since 2019', '2020', 'after 2019'],
    },
    'who-1': {
      right: ['nadia haddad', 'Nadia Haddad', 'haddad', 'ms haddad', 'mrs. haddad', 'NADIA HADDAD', 'Nadia Hadad', 'Miss Haddad'],
      wrong: ['nada haddad', 'nadia', 'nadine haddad', 'nadia hadid', 'laval', 'Mr. Haddad and Laval', 'Mr Haddad', 'M. Haddad', 'Mr. Nadia Haddad'],
    },
    'time-4-hour': {
      right: ['4 hrs', '4hrs', '4h', '4 hours', 'four hours', '4 hr', '٤ ساعات', '240 mins', '4 hours!'],
      wrong: ['4 mins', '3 hrs', '40 hrs', '4 days', '14h', '5h', 'more than 4 hrs'],
    },
    'false-money-1800': {
      right: [...FALSE_EN, 'false 1800', 'false $1800', 'nah 1800$', 'false 1.8k', 'no its 1800 a month', 'false 1,800'],
      wrong: [...TRUE_EN, ...UNSURE_EN, 'false 1500$', 'false 18000', 'false 1800 euros', 'false 1800 a yr', 'false 1800/wk', 'ya 1800'],
    },
    'date-20260900': {
      right: ['sept 2026', 'Sep 2026', 'september 2026', '9/2026', 'sep. 2026', 'sept. 2026', 'septembre 2026'],
      wrong: ['sept 2025', 'oct 2026', 'aug 2026', 'b4 sept 2026', '9 sept 2026', 'after sept 2026'],
    },
    'score-15': {
      right: ['15/20', '15 / 20', '15 out of 20', '15', 'fifteen', '١٥/٢٠', '15/٢٠', 'quinze'],
      wrong: ['16/20', '15/25', '51', '14/20', '1.5', 'fifty'],
    },
    'count-35': {
      right: ['35', '35 teachers', '٣٥', 'thirty five', '35 volunteers', 'trente-cinq'],
      wrong: ['53', '36', '350', '35 students', '25', 'soixante-dix'],
    },
    'where-1': {
      right: ['laval', 'Laval', 'in laval', 'LAVAL!!'],
      wrong: ['montreal', 'quebec', 'not laval', 'laval or montreal'],
    },
    'false-time-4': {
      right: [...FALSE_EN, 'false 4 hrs', 'nah 4h', 'no its 4 hours', 'false, 4hrs'],
      wrong: [...TRUE_EN, ...UNSURE_EN, 'false 5 hrs', 'false 4 days', 'not false', 'false 40 hrs'],
    },
  },
}

describeReaderAnswers('twenty-second readers’', quizOf, Object.keys(READERS_21_QUIZZES), ANSWERS)
