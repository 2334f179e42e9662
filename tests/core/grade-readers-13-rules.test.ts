import { askNumber as ask, answerRows as rows, type AnswerRow as Row } from './numeric-question.ts'
import { named, describeRows, verdict, type AnyRow, anyRows } from './rules-table.ts'

/**
 * The rules the thirteenth readers' set (grade-readers-13.test.ts) led to, on questions and answers of their own, each
 * beside its wrong neighbours: a word the quote ties to another of its figures is that figure's (a rate said after a
 * figure before the key, «400 دينار شهريا» for «1500 لتر من الكاز شهريا بسعر 400 دينار للتر»; a noun the quote gives
 * another figure with "of", `82% turnout`); a bare number before "of" counts (`82 of members`); a price of a unit the
 * quote names with the article is per that unit («يصدر الطن بنحو 2700 دولار»); `by` before a change; `a litre` for "per litre"; a verdict's reason cites a figure with its
 * unit or scale word whole; and words: Tunisian «موش», «تمام» before a verdict, «التلات», «نهار الجمعة», paise, `ltrs`,
 * a decimal comma after 0 (`0,800 دينار`), «د» for a dinar (`0.800 د`), Port Sudan.
 * Measured on this file's rows (vitest's JSON reporter, `src/core` before this round → after): right answers 71/102 →
 * 102/102 accepted, wrong ones 19/84 → 0/84.
 */

describeRows('a rate said after another figure of the quote is that figure’s', [
  ...rows(
    ask('kerosene', 400, 'IQD', 'وأن كل مولدة تحصل على 1500 لتر من الكاز شهريا بسعر 400 دينار للتر', 'ar'),
    ['400 دينار', '400 دينار للتر', '400 دينار لكل لتر', 'بسعر 400 دينار للتر'],
    ['400 دينار شهريا', '400 دينار في الشهر', '400 دينار بالشهر', '400 دينار يوميا'],
  ),
  ...rows(
    ask('rise', 11, 'percent', 'The cooperative collected 90 lakh litres of milk a day in 2024-25, up 11% from the previous year'),
    ['11%', 'up 11%', '11 per cent'],
    ['11% a day', '11 per cent per day', '11% daily'],
  ),
  // The rate after the key is the key's; a rate's adjective before it too.
  ...rows(
    ask('riders', 3_600_000, 'count', 'أن ينقل القطار 3.6 مليون راكب يوميا عند اكتمال مساراته', 'ar'),
    ['3.6 مليون راكب يوميا', '3.6 مليون في اليوم', '3.6 مليون'],
    ['3.6 مليون راكب شهريا'],
  ),
  ...rows(
    ask('weekly', 40, 'SAR', 'في حين تبلغ قيمة التذكرة الأسبوعية 40 ريالا، وتبلغ التذكرة اليومية 5 ريالات', 'ar'),
    ['40 ريال بالأسبوع', '40 ريال أسبوعيا', '40 ريال'],
    ['40 ريال يوميا', '40 ريال في اليوم'],
  ),
  // A year is no figure a rate is said of; «كل يوم», `every day` may stand on either side of theirs.
  ...rows(ask('shift', 8, 'hour', 'منذ 2019 يعمل كل يوم 8 ساعات', 'ar'), ['8 ساعات يوميا', '8 ساعات كل يوم', '8 ساعات'], ['8 ساعات أسبوعيا']),
  ...rows(ask('ward', 200, 'count', 'في 2024، يستقبل المستشفى يوميا 200 مريض', 'ar'), ['200 مريض يوميا', '200 مريض'], ['200 مريض شهريا']),
  ...rows(ask('pass', 20, 'GBP', 'It costs £4 a day, or £20 a week'), ['£20 a week', '£20', '£20 per week'], ['£20 a day', '£4 a week']),
  // A capacity said a day of the first figure is not carried to the second (the grader cannot tell the verb says the same measure).
  ...rows(
    ask('capacity', 200_000, 'cubic-metre', 'بطاقة إنتاج أولية تبلغ 100 ألف متر مكعب يوميا، على أن ترتفع إلى 200 ألف متر مكعب في المرحلة الثانية', 'ar'),
    ['200 ألف متر مكعب', 'ميتين ألف متر مكعب'],
    ['200 ألف متر مكعب يوميا', '200 ألف متر مكعب شهريا', '100 ألف متر مكعب'],
  ),
])

describeRows('a noun the quote gives another figure with “of” is that figure’s', [
  ...rows(
    ask('vote', 82, 'percent', 'The union said 82% of members voted for action on a turnout of 71%.'),
    ['82%', '82% of members', '82% voted', '82% of members voted for action'],
    ['82% turnout', '82% on a turnout', '71%'],
  ),
  ...rows(ask('wage', 12, 'GBP', 'Cleaners earn £12 an hour, against an average of £15 for other staff'), ['£12', '£12 an hour'], ['£12 average', '£15']),
])

describeRows('a bare number before “of” and a noun counts some of them, no share', [
  ...rows(
    ask('members', 82, 'percent', 'The union said 82% of members voted for action'),
    ['82%', '82', '82% of members', '82 per cent of members', '82 percent of members'],
    ['82 of members', '82 of the members', '82 members'],
  ),
])

describeRows('a price of a unit the quote names with the article is per that unit', [
  ...rows(
    ask('gum', 2700, 'USD', 'بينما يصدر الطن بنحو 2700 دولار', 'ar'),
    ['2700 دولار', '2700 دولار للطن', '2700 دولار لكل طن', 'نحو 2700 دولار'],
    ['2700 دولار للقنطار', '2700 دولار للكيلو', '2700 دولار لكل كيلو', '2700 جنيه للطن'],
  ),
  ...rows(
    ask('water', 2.3, 'TND', 'وأضافت أن إنتاج المتر المكعب الواحد يكلف 2.3 دينار', 'ar'),
    ['2.3 دينار', '2.3 دينار للمتر المكعب', '2,3 دينار', '2300 مليم'],
    ['2.3 دينار للتر', '2.3 دينار للعائلة', '2.3 دينار يوميا'],
  ),
  // An amount of the unit is no price of it: «62 ألف طن» prices nothing, and a reader's «للطن» there says what for.
  ...rows(ask('exports', 2_000_000, 'USD', 'صادرات بلغت 62 ألف طن بقيمة 2 مليون دولار', 'ar'), ['2 مليون دولار', 'مليوني دولار'], ['2 مليون جنيه']),
])

describeRows('`by` before a change the quote gives', [
  ...rows(
    ask('milk', 11, 'percent', 'collected 90 lakh litres of milk a day, up 11% from the previous year'),
    ['by 11%', 'up by 11 per cent', 'up 11%', '11%'],
    ['down by 11%', 'down 11%', 'by 12%', 'by 11 lakh'],
  ),
  ...rows(ask('fares', 4.5, 'percent', 'Fares rose 4.5% in March'), ['by 4.5%', 'rose by 4.5%', '4.5%'], ['fell by 4.5%', 'by 5.4%']),
  // a quote that gives no change: `by` is no word of it
  ...rows(ask('share', 60, 'percent', 'women make up nearly 60 per cent of the members'), ['60 per cent', '60%'], ['by 60%']),
])

describeRows('`a litre` after an amount says per litre', [
  ...rows(
    ask('cow', 46.5, 'INR', 'and paid farmers Rs 46.50 per litre for cow milk'),
    ['Rs 46.50 a litre', 'Rs 46.50 per litre', '₹46.50/L', 'Rs 46.50', '46 rupees 50 paise', 'Rs 46 and 50 paise', '4650 paise'],
    ['Rs 46.50 a kg', 'Rs 46.50 per kg', 'Rs 46.50 an hour', '46.50 paise', 'Rs 46.50 a day'],
  ),
])

describeRows('units and numbers as these readers write them', [
  ...rows(
    ask('daily', 9_000_000, 'litre', 'collected an average of 90 lakh litres of milk a day'),
    ['90 lakh ltrs', '90 lakh ltr', '90,00,000 litres', '9 million ltrs'],
    ['90 lakh ltrs a month', '9 lakh ltrs', '90 lakh kg'],
  ),
  ...rows(
    ask('price', 0.8, 'TND', 'في حين تبيعه الشركة للعائلات بـ800 مليم فقط', 'ar'),
    ['0,800 دينار', '0,8 دينار', '0.800 دينار', '800 مليم', '0,800 د.ت'],
    ['800 دينار', '0,080 دينار', '8 دينار', '80 مليم'],
  ),
  ...rows(ask('fine', 800, 'count', 'فرضت غرامات على 800 مخالف'), ['800'], ['0,800', '0 800']),
  // د after an amount: a dinar for a question in dinars, a minute otherwise
  ...rows(
    ask('cost', 2.3, 'TND', 'وأضافت أن إنتاج المتر المكعب الواحد يكلف 2.3 دينار', 'ar'),
    ['2.3 د', '2.300 د', '2,3 د'],
    ['2.3 مليم', '23 د', '2.3 دقيقة'],
  ),
  ...rows(ask('trip', 55, 'minute', 'وإن الرحلة تستغرق 55 دقيقة', 'ar'), ['55 د', '55 دقيقة'], ['55 ساعة', '5 د']),
])

describeRows('a verdict’s reason cites a figure with its unit or scale word whole', [
  ...anyRows(
    verdict(
      'exports',
      true,
      'صواب أم خطأ؟ بلغت الصادرات 62 ألف طن، مقابل 88 ألف طن في الموسم الذي سبقه.',
      'بلغت الصادرات 62 ألف طن، مقابل 88 ألف طن في الموسم الذي سبقه',
    ),
    ['صح', 'صاح، 88 ألف طن', 'صح، 62 ألف طن', 'صح، 88 ألف', 'صح، 88'],
    ['صاح، 88 طن', 'صح، 88 مليون طن', 'صح، 88 ألف كيلو', 'صح، 98 ألف طن'],
  ),
  ...anyRows(
    verdict('farmers', false, 'صواب أم خطأ؟ يعتمد نحو 3 ملايين مزارع على جمع الصمغ.', 'وأشار إلى أن نحو 5 ملايين مزارع يعتمدون على جمع الصمغ'),
    ['غلط', 'غلط، 5 ملايين', 'خطأ، 5 مليون', 'غلط، 5', 'لا، خمسة ملايين مش تلاتة'],
    ['صح', 'غلط، 5 آلاف', 'غلط، 5 مليار', 'غلط، 4 ملايين'],
  ),
])

describeRows('verdict words: Tunisian «موش», «تمام» before a verdict', [
  ...anyRows(
    verdict('price', false, 'صواب أم خطأ؟ تبيع الشركة المتر المكعب بـ900 مليم.', 'في حين تبيعه الشركة للعائلات بـ800 مليم فقط'),
    ['موش صحيح', 'لا موش صحيح', 'موش صح', 'تمام غلط', 'غالط، 800 مليم'],
    ['صحيح', 'تمام صاح', 'موش غالط', 'تمام', 'موش'],
  ),
  ...anyRows(verdict('plant', true, 'صواب أم خطأ؟ دشنت المحطة يوم الجمعة.', 'دشنت المحطة يوم الجمعة'), ['تمام صاح', 'تمام صحيح', 'صاح'], ['تمام', 'موش صحيح']),
])

describeRows('weekdays as spoken («التلات», «الاتنين») and «نهار» before one', [
  ...rows(
    ask('exchange', 20251118, 'date', 'أعلنت بورصة الأبيض للمحاصيل، يوم الثلاثاء 18 نوفمبر 2025', 'ar'),
    ['يوم التلاتاء 18 نوفمبر 2025', 'التلات 18 نوفمبر 2025', 'نهار الثلاثاء 18 نوفمبر 2025', '18 نوفمبر 2025'],
    ['الاتنين 18 نوفمبر 2025', 'التلات 19 نوفمبر 2025', 'نهار الأربعاء 18 نوفمبر 2025'],
  ),
  ...rows(
    ask('plant', 20250912, 'date', 'دشن الوزير، يوم الجمعة 12 سبتمبر 2025، محطة تحلية مياه البحر', 'ar'),
    ['نهار الجمعة 12 سبتمبر 2025', 'نهار 12 سبتمبر'],
    ['نهار الخميس 12 سبتمبر 2025', 'التلات 12 سبتمبر 2025', 'نهار 13 سبتمبر'],
  ),
])

describeRows('Port Sudan', [
  ...anyRows(
    named(
      'port',
      ['بورتسودان'],
      'أكمل الفراغ بالاسم الوارد في المقال: «… إلى ميناء ____»',
      'وأوضح أن الشاحنات تقطع 1100 كيلومتر من الأبيض إلى ميناء بورتسودان',
    ),
    ['Port Sudan', 'بورت سودان', 'ميناء بورتسودان'],
    ['Sudan', 'السودان', 'بورسعيد', 'Port Said'],
  ),
])
