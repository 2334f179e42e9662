import { READERS_13_QUIZZES } from './grade-readers-13-articles.ts'
import { type ChoiceAnswer, describeChoiceAnswers, describeReaderAnswers, frozenQuizzes, type ReaderAnswers } from './reader-answer-table.ts'

/**
 * Real readers grading fahm, thirteenth set: answers to the quizzes of grade-readers-13-articles.ts (Sudan's gum arabic
 * exports from SUNA and a Sfax desalination plant from TAP in Arabic, an Indian dairy cooperative's bonus from PTI in
 * English), typed the way readers type them — Sudanese Arabic («تمانية وتمانين ألف», «صاح», «ما صاح», «أيوه», «يومين
 * اتنين»), Tunisian Arabic and French («ميتين ألف», «غالط», «موش صحيح», «في النهار», «كلم», `850 م.د`, `2,3 دينار`,
 * `vrai`, `faux`) and Indian English (`Rs 1,250 cr`, `4,20,000`, `90 lakh ltrs`, `₹46.50/L`, `11 pc`, "46 rupees 50
 * paise") — beside the wrong answers that look like them: a neighbouring figure of the article, the right number in
 * another unit, sub-unit or scale («88 ألف كيلو», `800 دينار`, `Rs 1,250 lakh`, `1.25 lakh crore`), a rate of another
 * time or thing («95 ألف جنيه للطن», `90 lakh litres a month`, `Rs 46.50 per kg`), a share of another whole («70% من
 * الإنتاج العالمي»), a comparison the quote does not make, a name one letter off (`Haresh Patil`, «منية البكوش»), a
 * neighbouring place («جنوب السودان», «بورسعيد»), and a verdict whose reason cites a wrong figure. The choice questions
 * are graded by choice id at the end.
 */
// Right answers the grader still refuses, taken out of the table below (docs/grading.md): «عثمان النور» for «عثمان الطيب
//   النور» (a name with its middle part left out: the accepted answers decide), «800 مليم للمتر المكعب» for «تبيعه الشركة للعائلات
//   بـ800 مليم» (the quote names the cubic metre by a pronoun only), `Tunisia`, `Tunisie` for «تونس» (the country's and
//   its capital's name: it says neither), «200 ألف متر مكعب يوميا» for «100 ألف متر مكعب يوميا، على أن ترتفع إلى 200 ألف
//   متر مكعب» (the quote's «يوميا» is said of the first figure; that «ترتفع إلى» makes the second one the same measure,
//   the grader cannot tell). `850 م.د`, `850 MD` (the Tunisian abbreviations of «مليون دينار», a scale and a currency in
//   one), taken out here at first, are read since the eighteenth set.
// Wrong answers the grader still accepts, taken out and left open: `Harish Patel`, `Haresh Patil` for "Haresh Patel" (a
//   vowel for a vowel in a Latin name is a spelling, by the grader's rule for transliterated names; Harish and Patil are
//   other names, which only a list of names could tell).
// Judged again: «صح، 62 ألف طن», first typed as wrong, cites the statement's own first figure (it says «بلغت 62 ألف طن …
//   مقابل 88 ألف طن»): right.
// Taken by this round's rules (grade-readers-13-rules.test.ts, each with its wrong neighbours): «يوم التلاتاء 18 نوفمبر
//   2025», «نهار الجمعة 12 سبتمبر 2025», «تمام صاح», «موش صحيح», `Port Sudan`, «2700 دولار للطن», «2.3 دينار للمتر
//   المكعب», «0,800 دينار», «0.800 د», `90 lakh ltrs`, `46 rupees 50 paise`, `Rs 46.50 a litre`, `by 11%`, `up by 11
//   per cent`; refused since: «صاح، 88 طن» for «88 ألف طن», «غلط، 5 آلاف» for «5 ملايين», «2700 دولار للقنطار» (the
//   prompt's «القنطار» is the other price's).
// Measured on this table (right accepted, wrong accepted, the choice rows counted) with `src/core` before this round →
// after (vitest's JSON reporter on this file, its rows counted): as first typed 349/372 → 365/372 right, 6/371 → 3/371
// wrong (one of them «صح، 62 ألف طن», right after all); as it stands (the rows above taken out) 350/366 → 366/366
// right, 3/368 → 0/368 wrong.
const quizOf = frozenQuizzes(READERS_13_QUIZZES)

const TRUE_SD = ['صح', 'صاح', 'صحيح', 'أيوه', 'أيوا', 'إي', 'نعم', 'كلامك صاح', 'العبارة صحيحة', 'أيوه صاح', 'تمام صاح']
const FALSE_SD = ['خطأ', 'غلط', 'لا', 'ما صاح', 'ما صحيح', 'لا ما صاح', 'كلا', 'العبارة خاطئة', 'غير صحيح', 'لا غلط', 'خطا']
const TRUE_TN = ['صحيح', 'صح', 'إي', 'ايه', 'نعم', 'إيه صحيح', 'العبارة صحيحة', 'إي نعم', 'vrai', 'صحيحة', 'ايه صحيحة']
const FALSE_TN = ['خطأ', 'غالط', 'لا', 'موش صحيح', 'مش صحيح', 'لا موش صحيح', 'غلط', 'العبارة خاطئة', 'غير صحيح', 'faux', 'لا، غالط']
const TRUE_IN = ['true', 'True', 'yes', 'correct', 'right', 'TRUE', 'yes true', 'yes, correct', 'absolutely', 'true.', 'yes it is true']
const FALSE_IN = ['false', 'False', 'no', 'wrong', 'incorrect', 'not true', 'FALSE', 'no, false', 'nope', 'untrue', 'it is false']

const ANSWERS: Record<string, Record<string, ReaderAnswers>> = {
  'gum-arabic-obeid-ar': {
    'date-20251118': {
      right: [
        '18 نوفمبر 2025',
        '١٨ نوفمبر ٢٠٢٥',
        '18/11/2025',
        'الثلاثاء 18 نوفمبر 2025',
        '18 نوفمبر',
        '2025-11-18',
        '18 تشرين الثاني 2025',
        'يوم التلاتاء 18 نوفمبر 2025',
        '18-11-2025',
        'الثامن عشر من نوفمبر 2025',
        '18 نوفمبر 2025م',
      ],
      wrong: [
        '17 نوفمبر 2025',
        '18 أكتوبر 2025',
        '18 نوفمبر 2024',
        'الأربعاء 18 نوفمبر 2025',
        'نوفمبر 2025',
        '8 نوفمبر 2025',
        'بعد 18 نوفمبر 2025',
        '18 مارس 2025',
        '11/18/2026',
      ],
    },
    'where-1': {
      right: ['السودان', 'سودان', 'Sudan', 'السودان.', 'جمهورية السودان'],
      wrong: ['مصر', 'الأبيض', 'كردفان', 'تشاد', 'جنوب السودان', 'بورتسودان'],
    },
    'true-mass-88000': {
      right: [...TRUE_SD, 'صح، 62 ألف طن', 'صاح، 88 ألف طن', 'صح، كانت 88 ألف طن', 'أيوه، تمانية وتمانين ألف طن'],
      wrong: [...FALSE_SD, 'صح، 88 ألف دولار', 'صح، 98 ألف طن', 'ما عارف', 'صاح، 88 طن'],
    },
    'money-95000': {
      right: [
        '95 ألف جنيه',
        '95000',
        '٩٥ ألف جنيه',
        'خمسة وتسعين ألف جنيه',
        '95,000 جنيه',
        '95 ألف جنيه سوداني',
        '95 ألف ج.س',
        'خمسة وتسعين ألف',
        '95 ألف جنيه للقنطار',
        '95 الف جنيه',
      ],
      wrong: [
        '95 ألف دولار',
        '2700 جنيه',
        '95 جنيه',
        '59 ألف جنيه',
        '95 ألف جنيه مصري',
        '95 ألف جنيه للطن',
        '85 ألف جنيه',
        'أكثر من 95 ألف جنيه',
        '950 ألف جنيه',
        '95 مليون جنيه',
      ],
    },
    'percent-70': {
      right: ['70 في المئة', '70%', '٧٠٪', 'سبعين في المية', '70 بالمية', 'نحو 70%', 'سبعين بالمئة', '70', '70% من إنتاج البلاد'],
      wrong: ['80%', '80 في المئة', '70 ألف', '7%', 'أكثر من 70%', '60%', '75%', 'سبعة في المية', '17%', '70% من الإنتاج العالمي'],
    },
    'where-2': {
      right: ['بورتسودان', 'بورت سودان', 'ميناء بورتسودان', 'Port Sudan', 'بورتسودان.'],
      wrong: ['الأبيض', 'سواكن', 'بورسعيد', 'الخرطوم', 'السودان', 'كسلا'],
    },
    'percent-80': {
      right: ['80 في المئة', 'أكثر من 80%', '80%', '٨٠٪', 'تمانين في المية', 'ثمانين بالمئة', '80', 'أكثر من 80 في المئة من الإنتاج العالمي'],
      wrong: ['70%', '8%', '90%', 'أقل من 80%', '80 ألف', '18%', '85%', '80% من إنتاج البلاد'],
    },
    'time-5-day': {
      right: ['5 أيام', 'خمسة أيام', 'خمس أيام', '٥ أيام', '5', 'خمسة', '120 ساعة', 'خمسة ايام', 'خمسه ايام', '5 يوم'],
      wrong: ['2', 'يومين', '5 ساعات', '5 أسابيع', 'أسبوع', '4 أيام', '6 أيام', 'أكثر من 5 أيام', '15 يوم', 'خمسة شهور'],
    },
    'time-2-day': {
      right: ['يومين', 'يومان', '2 يوم', '48 ساعة', '٢ يوم', 'يومين بس', 'يومين اتنين', 'لا تتجاوز يومين', '2'],
      wrong: ['5 أيام', 'يوم', '3 أيام', 'ساعتين', 'أسبوعين', 'أكثر من يومين', '24 ساعة', 'شهرين', 'خمسة أيام'],
    },
    'money-2700': {
      right: [
        '2700 دولار',
        '2700$',
        '$2700',
        '٢٧٠٠ دولار',
        'ألفين وسبعمية دولار',
        'ألفين وسبعمائة دولار',
        '2,700 دولار',
        '2700 دولار للطن',
        '2700 دولار أمريكي',
        'نحو 2700 دولار',
      ],
      wrong: ['2700 جنيه', '2700 دولار للقنطار', '95 ألف دولار', '2600 دولار', '27 ألف دولار', '270 دولار', '2700 يورو', 'أكثر من 2700 دولار', '7200 دولار'],
    },
    'false-count-5000000': {
      right: [...FALSE_SD, 'غلط، 5 ملايين', 'خطأ، خمسة مليون مزارع', 'لا، خمسة ملايين مش تلاتة', 'غلط، 5 مليون'],
      wrong: [...TRUE_SD, 'غلط، 4 ملايين', 'صاح، 3 ملايين', 'غلط، 5 آلاف', 'ما عارف', 'غلط، 5 ملايين طن'],
    },
    'name-director': {
      right: ['عثمان الطيب النور', 'عثمان الطيب', 'النور', 'مدير البورصة عثمان الطيب النور', 'عثمان الطيب النور.'],
      wrong: ['عثمان', 'عثمان الطيب الزين', 'محمد الطيب النور', 'بورصة الأبيض', 'عثمان الطيب النوري', 'ليس النور'],
    },
  },
  'desalination-sfax-ar': {
    'date-20250912': {
      right: [
        '12 سبتمبر 2025',
        '12/09/2025',
        'الجمعة 12 سبتمبر 2025',
        '١٢ سبتمبر ٢٠٢٥',
        '12-09-2025',
        '12/9/2025',
        '12 سبتمبر',
        '2025-09-12',
        'نهار الجمعة 12 سبتمبر 2025',
        '12 أيلول 2025',
        '12 septembre 2025',
      ],
      wrong: [
        '13 سبتمبر 2025',
        '12 أكتوبر 2025',
        '12 سبتمبر 2024',
        'الخميس 12 سبتمبر 2025',
        'سبتمبر 2025',
        '9/12/2025',
        '2 سبتمبر 2025',
        '12 سبتمبر 2030',
        '12 octobre 2025',
      ],
    },
    'true-volume-100000': {
      right: [...TRUE_TN, 'صحيح، 100 ألف متر مكعب في النهار', 'إيه، مية ألف متر مكعب'],
      wrong: [...FALSE_TN, 'صحيح، 200 ألف متر مكعب', 'صحيح، 100 ألف لتر', 'صحيح، 100 ألف متر مكعب في الشهر', 'ما نعرفش'],
    },
    'money-850000000': {
      right: [
        '850 مليون دينار',
        '850 مليون',
        '٨٥٠ مليون دينار',
        'ثمانمائة وخمسين مليون دينار',
        'ثمانمية وخمسين مليون دينار',
        '850 مليون د.ت',
        '0.85 مليار دينار',
        '850.000.000 دينار',
        '850 مليون دينار تونسي',
        '850 م.د',
        '850 MD',
      ],
      wrong: [
        '850 ألف دينار',
        '850 مليون دولار',
        '580 مليون دينار',
        '85 مليون دينار',
        '8.5 مليار دينار',
        '800 مليون دينار',
        'أكثر من 850 مليون دينار',
        '850 مليون يورو',
        '850 مليون دينار جزائري',
        '850 مليون مليم',
      ],
    },
    'money-2-3': {
      right: [
        '2.3 دينار',
        '2,3 دينار',
        '2300 مليم',
        'دينارين و300 مليم',
        '٢٫٣ دينار',
        '2.300 دينار',
        '2,3 د.ت',
        'دينارين وثلاثمية مليم',
        '2.3 دينار للمتر المكعب',
        '2.3',
      ],
      wrong: ['0.8 دينار', '800 مليم', '2.3 مليم', '3.2 دينار', '2.3 دولار', '23 دينار', '2.3 دينار يوميا', 'أكثر من 2.3 دينار', '2.5 دينار', '230 مليم'],
    },
    'money-0-8': {
      right: ['800 مليم', '0.8 دينار', '٨٠٠ مليم', 'ثمانمية مليم', '0,800 دينار', '0.800 د', '800 millimes', 'بـ800 مليم', '800 مليم فقط'],
      wrong: ['800 دينار', '2.3 دينار', '80 مليم', '8 دينار', '800 سنتيم', '0.8 مليم', '850 مليم', 'أقل من 800 مليم', '800 مليون دينار', '800 مليم يوميا'],
    },
    'true-count-2024': {
      right: [...TRUE_TN, 'صحيح، 12 ساعة في النهار', 'إيه، صيف 2024'],
      wrong: [...FALSE_TN, 'صحيح، صيف 2023', 'صحيح، 24 ساعة', 'صحيح، 12 يوم'],
    },
    'where-2': {
      right: ['تونس', 'تونس.', 'تونس العاصمة'],
      wrong: ['صفاقس', 'الجزائر', 'ليبيا', 'قرقور', 'المغرب'],
    },
    'volume-200000': {
      right: ['200 ألف متر مكعب', '200000', 'ميتين ألف متر مكعب', 'مائتا ألف متر مكعب', '200 ألف م3', '200.000 م³', '٢٠٠ ألف متر مكعب', '0.2 مليون متر مكعب'],
      wrong: [
        '100 ألف متر مكعب',
        '200 ألف لتر',
        '2030',
        '200 متر مكعب',
        '20 ألف متر مكعب',
        '200 ألف متر مكعب شهريا',
        'أكثر من 200 ألف متر مكعب',
        '300 ألف متر مكعب',
        '200 مليون متر مكعب',
      ],
    },
    'count-600000': {
      right: ['600 ألف', '600000', 'ستمائة ألف ساكن', 'ستمية ألف ساكن', '600 ألف ساكن', '600 ألف نسمة', '٦٠٠ ألف', 'نحو 600 ألف ساكن', '0.6 مليون'],
      wrong: ['600 ألف متر مكعب', '60 ألف', '6 ملايين', '600 ساكن', '100 ألف', '600 ألف دينار', 'أكثر من 600 ألف ساكن', '660 ألف', '600 ألف عائلة'],
    },
    'length-120': {
      right: ['120 كيلومترا', '120 كم', '120', 'مية وعشرين كيلومتر', 'مائة وعشرون كيلومترا', '١٢٠ كلم', '120 km', '120 كلم', '120 ألف متر'],
      wrong: ['120 متر', '120 ميل', '12 كم', '210 كم', '100 كم', '120 كلغ', 'أكثر من 120 كم', '150 كم', '120 ساعة'],
    },
    'false-money-0-8': {
      right: [...FALSE_TN, 'غالط، 800 مليم', 'خطأ، تبيعه بـ0.8 دينار', 'خطأ، 800 مليم فقط', 'موش صحيح، بثمانمية مليم'],
      wrong: [...TRUE_TN, 'خطأ، 800 دينار', 'خطأ، 2.3 دينار', 'صحيح، 900 مليم', 'خطأ، 80 مليم', 'خطأ، 700 مليم'],
    },
    'name-director': {
      right: ['سنية البكوش', 'البكوش', 'سنيه البكوش', 'المديرة سنية البكوش', 'سنية بكوش', 'سنية البكوش.'],
      wrong: ['سنية', 'سنية الباجي', 'منية البكوش', 'وزير الفلاحة', 'الشركة الوطنية لاستغلال وتوزيع المياه', 'سامية البكوش'],
    },
  },
  'dairy-bonus-india-en': {
    'date-1028': {
      right: ['28 October', '28th October', 'Oct 28', '28/10', '28 Oct', 'October 28', '28-10', '28th Oct'],
      wrong: ['27 October', '27 October 2025', '28 November', '18 October', 'Monday', '28 September', 'October', '29 October'],
    },
    'volume-9000000': {
      right: [
        '90 lakh litres',
        '9 million litres',
        '9,000,000 litres',
        '90 lakh',
        '90,00,000 litres',
        '90 lakh litres a day',
        '90 lakh litres per day',
        '9000000',
        '90 lakh ltrs',
        'ninety lakh litres',
        '9 million litres daily',
        '90 lakh L',
      ],
      wrong: [
        '10 lakh litres',
        '90 lakh litres a month',
        '90 litres',
        '9 lakh litres',
        '90 crore litres',
        '90 lakh kg',
        '90 lakh litres a year',
        '900 lakh litres',
        '90 million litres',
        'more than 90 lakh litres',
      ],
    },
    'time-2-week': {
      right: ['fortnight', 'a fortnight', '2 weeks', 'two weeks', '14 days', 'within a fortnight', 'within two weeks', '2 wks', 'Fortnight'],
      wrong: ['a week', '2 months', 'a month', 'two days', 'three weeks', 'more than a fortnight', '2 years', 'Diwali', '4 weeks'],
    },
    'true-money-3000000000': {
      right: [...TRUE_IN, 'true, Rs 300 crore', 'yes, 300 crore at Palanpur', 'true, ₹300 crore'],
      wrong: [...FALSE_IN, 'true, Rs 1,250 crore', 'true, Rs 300 lakh', 'true, Rs 30 crore', 'true, $300 crore', 'not sure'],
    },
    'volume-1000000': {
      right: [
        '10 lakh litres',
        '1 million litres',
        '10,00,000 litres',
        '1000000',
        '10 lakh',
        '10 lakh litres a day',
        '10 lakh litres per day',
        'ten lakh litres',
        '1 million litres daily',
        '1,000,000 L',
      ],
      wrong: [
        '90 lakh litres',
        '10 lakh litres a week',
        '1 lakh litres',
        '10 crore litres',
        '10 litres',
        '100 lakh litres',
        '10 lakh kg',
        '10 million litres',
        'over 10 lakh litres',
      ],
    },
    'where-2': {
      right: ['India', 'india', 'INDIA', 'India.'],
      wrong: ['Gujarat', 'Pakistan', 'Anand', 'Palanpur', 'China'],
    },
    'money-12500000000': {
      right: [
        'Rs 1,250 crore',
        '₹1,250 crore',
        '1250 crore',
        'Rs 1250 cr',
        '1,250 crore rupees',
        'Rs 12.5 billion',
        '₹12,500,000,000',
        'INR 1,250 crore',
        'Rs. 1250 crores',
        '1,250 crores',
        'Rs 1,250 crore bonus',
      ],
      wrong: [
        'Rs 300 crore',
        'Rs 1,250 lakh',
        'Rs 125 crore',
        '$1,250 crore',
        'Rs 1,250 million',
        '1.25 lakh crore',
        'Rs 1,520 crore',
        'more than Rs 1,250 crore',
        'Rs 1,250 crore a year',
        'Rs 12.5 crore',
      ],
    },
    'count-420000': {
      right: [
        '4.2 lakh',
        '420000',
        '4,20,000',
        '420,000',
        '4.2 lakh farmers',
        '4.2 lakh member farmers',
        'four lakh twenty thousand',
        '4.2 lakhs',
        '0.42 million',
        '4,20,000 farmers',
      ],
      wrong: ['4.2 crore', '42 lakh', '4.2 lakh women', '42,000', '2.4 lakh', '60 per cent', '4.2 million', 'over 4.2 lakh', '4 lakh', '4.2 lakh litres'],
    },
    'money-46-5': {
      right: [
        'Rs 46.50',
        '₹46.50',
        '46.50',
        '46.5',
        'Rs 46.50 per litre',
        'Rs. 46.5/litre',
        '46 rupees 50 paise',
        '₹46.50/L',
        'Rs 46.50 a litre',
        '46.50 rupees',
        'INR 46.5',
      ],
      wrong: ['Rs 62', 'Rs 46.50 per kg', 'Rs 46', 'Rs 46.50 per day', '46.50 paise', '$46.50', 'Rs 64.50', 'Rs 46.05', 'Rs 465', 'Rs 62 per litre'],
    },
    'date-20251027': {
      right: [
        '27 October 2025',
        'Monday, 27 October 2025',
        '27/10/2025',
        '27th October 2025',
        'Oct 27, 2025',
        '27-10-2025',
        '27 Oct 2025',
        'Monday 27th October',
        '27 October',
        'October 27, 2025',
        '2025-10-27',
        '27.10.2025',
      ],
      wrong: [
        '28 October 2025',
        '27 October 2024',
        'Tuesday, 27 October 2025',
        '27 November 2025',
        'October 2025',
        '26 October 2025',
        'before 27 October 2025',
        'Diwali',
        '17 October 2025',
      ],
    },
    'percent-11': {
      right: ['11%', '11 per cent', '11 percent', 'eleven per cent', '11', 'up 11%', '11 pc', '11 %', 'by 11%', 'up by 11 per cent'],
      wrong: ['60%', '11 lakh', '1.1%', '110%', 'down 11%', '12%', 'more than 11%', '21%', '11 litres'],
    },
    'false-money-62': {
      right: [...FALSE_IN, 'false, Rs 46.50', 'false, it was Rs 46.50 for cow milk', 'false, ₹46.5 per litre', 'no, cow milk was Rs 46.50'],
      wrong: [...TRUE_IN, 'false, Rs 64', 'false, Rs 46.50 per kg', 'true, Rs 62', 'not sure', 'false, Rs 36.50'],
    },
    'name-chairman': {
      right: ['Haresh Patel', 'Patel', 'haresh patel', 'Mr Haresh Patel', 'Haresh Patel.', 'chairman Haresh Patel', 'HARESH PATEL'],
      wrong: ['Haresh', 'Shankar Patel', 'Narmada Valley Milk Cooperative', 'PTI', 'Mahesh Patel'],
    },
  },
}

describeReaderAnswers('thirteenth readers’ articles', quizOf, Object.keys(READERS_13_QUIZZES), ANSWERS)

// The choice questions, answered by choice id as the widget sends them: the key is right, any other choice wrong.
const CHOICES: ChoiceAnswer[] = [
  ['gum-arabic-obeid-ar', 'choice-length-1100', 'v1100', true],
  ['gum-arabic-obeid-ar', 'choice-length-1100', 'v1000', false],
  ['gum-arabic-obeid-ar', 'choice-count-5000000', 'v5000000', true],
  ['gum-arabic-obeid-ar', 'choice-count-5000000', 'v4000000', false],
  ['desalination-sfax-ar', 'choice-percent-27', 'v27', true],
  ['desalination-sfax-ar', 'choice-percent-27', 'v25', false],
  ['desalination-sfax-ar', 'choice-count-4', 'v4', true],
  ['desalination-sfax-ar', 'choice-count-4', 'v5', false],

  ['dairy-bonus-india-en', 'choice-percent-60', 'v60', true],
  ['dairy-bonus-india-en', 'choice-percent-60', 'v70', false],
  ['dairy-bonus-india-en', 'choice-mass-239000000', 'v239000000', true],
  ['dairy-bonus-india-en', 'choice-mass-239000000', 'v189000000', false],
]

describeChoiceAnswers('thirteenth readers’', quizOf, Object.keys(READERS_13_QUIZZES), CHOICES)
