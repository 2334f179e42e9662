import { describe, expect, it } from 'vitest'
import { gradeQuestion } from '../../src/core/grade.ts'
import type { Question } from '../../src/core/quiz-schema.ts'
import { askNumber as ask, answerRows as rows } from './numeric-question.ts'
import { verdict, anyRows, type AnyRow, describeRows, named as textQuestion, type TextQuestion } from './rules-table.ts'

/**
 * The rules the sixteenth readers' set (grade-readers-16.test.ts) led to, on questions and answers of their own, each
 * beside its wrong neighbours: the Ghanaian cedi, a quiz currency now (GH¢, GH₵, GHS, GHC, cedis, `Ghana cedis`, and its
 * pesewas); an ا swapped with the letter beside it, which makes another Arabic name (كامل for كمال, أوبال for أوبلا);
 * the quote's «تجاوز» (exceeded) saying more than, and «ألا يتجاوز», «ولا» turning a frame over; a correction after a
 * figure with its unit written onto it (`300km not 200`); words: Moroccan بصح, ماصحيحش, Iraqi «مو هيج», عيني, Twi aane
 * and dabi, تلاثة, Maghrebi ربعين, «تيام» after three to ten, ف before a date, Hon. before a name, Iraq's قضاء and
 * ناحية, a region's kind word (Western North for Western North Region).
 * Measured on this file's rows (vitest's JSON reporter, `src/core` before this round with the cedi only → after):
 * right answers 34/65 → 65/65 accepted, wrong ones 4/66 → 0/66.
 */

// Its text questions are in English unless said otherwise.
const named = (id: string, accepted: string[], prompt: string, quote: string, lang: 'ar' | 'en' = 'en'): TextQuestion =>
  textQuestion(id, accepted, prompt, quote, lang)

describeRows('the Ghanaian cedi and its pesewas', [
  ...rows(
    ask('price', 3625, 'GHS', 'The Ghana Cocoa Board has raised the price it pays farmers to GH¢3,625 for a 64-kilogram bag'),
    [
      'GH¢3,625',
      'GH₵ 3625',
      'GHS 3,625',
      'GHC 3,625',
      '3,625 cedis',
      '3,625 Ghana cedis',
      '3,625 Ghanaian cedis',
      'three thousand six hundred and twenty-five cedis',
    ],
    ['$3,625', '3,625 naira', 'GH¢3,265', 'GH¢36,250', '3,625 pesewas', '3,625 Kenyan shillings', 'KSh 3,625'],
  ),
  ...rows(
    ask('cart', 2.5, 'GHS', 'He said the board would also pay GH¢ 2.50 a bag'),
    ['250 pesewas', '2 cedis 50 pesewas', 'GH¢2.50', '2.5 cedis', 'two cedis fifty pesewas'],
    ['50 pesewas', '2.50 pesewas', '250 cedis', '2 cedis 5 pesewas', '2.50 rand'],
  ),
])

describeRows('an ا swapped with the letter beside it is another Arabic name', [
  ...anyRows(
    named('director', ['سالم البدراني'], 'املأ الفراغ بالاسم: «وقال المدير ____ إن …»', 'وقال المدير سالم البدراني', 'ar'),
    ['سالم البدراني', 'سالم البدرانى', 'سالم البدرني'],
    ['سلام البدراني', 'سالم البدارني', 'كامل البدراني'],
  ),
  ...anyRows(
    named('head', ['فاطمة الزهراء أوبلا', 'أوبلا'], 'املأ الفراغ بالاسم: «وقالت رئيسة الاتحاد، ____، إن …»', 'وقالت رئيسة الاتحاد، فاطمة الزهراء أوبلا', 'ar'),
    ['اوبلا', 'أوبلا', 'السيدة أوبلا'],
    ['أوبال', 'أوبلال', 'خديجة أوبلا'],
  ),
])

const twentyThousandFarmers = ask('farmers', 23000, 'count', 'وإن عدد الفلاحين الذين سوقوا محاصيلهم تجاوز 23 ألف فلاح', 'ar')
const screens = ask('screens', 1, 'hour', 'وألا يتجاوز استخدام الشاشات ساعة واحدة للأطفال دون السادسة', 'ar')
const fare = ask('fare', 5, 'JOD', 'ولا تزيد الأجرة على 5 دنانير', 'ar')
describeRows('«تجاوز» says more than; «ألا يتجاوز» and «ولا» turn it over', [
  ...rows(twentyThousandFarmers, ['أكثر من 23 ألف فلاح', 'أكثر من 23 ألف', 'تجاوز 23 ألف', '23 ألف'], ['أقل من 23 ألف', 'أكثر من 32 ألف', 'أكثر من 23 مليون']),
  ...rows(screens, ['ساعة واحدة', 'ساعة'], ['أكثر من ساعة', 'أكثر من ساعة واحدة', 'ساعتين']),
  ...rows(fare, ['5 دنانير', 'خمسة دنانير'], ['أكثر من 5 دنانير', 'تزيد على 5 دنانير', 'تتجاوز 5 دنانير']),
])

const distance = verdict(
  'distance',
  false,
  'True or false, according to the article? Most of the farmers are about 200 kilometres from the capital.',
  'most of them in the Western North Region, about 300 kilometres from the capital',
  'en',
)
describeRows('a correction after a figure with its unit written onto it', [
  ...anyRows(
    distance,
    ['false, it is 300km not 200', 'false, 300km not 200km', 'false, 300 km not 200'],
    ['false, it is 400km not 200', 'true, it is 300km not 200', 'false, 300mi not 200'],
  ),
])

const percentTrue = verdict('share', true, 'صواب أم خطأ بحسب المقال؟ ارتفعت الكميات بنسبة 12 في المئة.', 'ارتفعت الكميات المستلمة بنسبة 12 في المئة')
const percentFalse = verdict('share', false, 'صواب أم خطأ بحسب المقال؟ ارتفعت الكميات بنسبة 21 في المئة.', 'ارتفعت الكميات المستلمة بنسبة 12 في المئة')
const priceTrue = verdict('price', true, 'True or false, according to the article? The price was raised from GH¢3,100.', 'up from GH¢3,100', 'en')
const priceFalse = verdict('price', false, 'True or false, according to the article? The price was raised from GH¢3,000.', 'up from GH¢3,100', 'en')
describeRows('words: Moroccan بصح and ماصحيحش, Iraqi «مو هيج» and عيني, Twi aane and dabi', [
  ...anyRows(percentTrue, ['بصح', 'إيه بصح', 'اي عيني صح', 'صح عيني', 'عيوني صح'], ['ماصحيحش', 'ما صحيحش', 'مو هيج', 'لا عيني غلط', 'هيج', 'عيني']),
  ...anyRows(percentFalse, ['ماصحيحش', 'ما صحيحش', 'مو هيج', 'لا عيني غلط', 'لا مو هيج'], ['بصح', 'اي عيني صح', 'هيج', 'ماصحيحش، 13 في المئة']),
  ...anyRows(priceTrue, ['aane', 'aane, GH¢3,100'], ['dabi', 'aane, GH¢3,000']),
  ...anyRows(priceFalse, ['dabi', 'dabi, GH¢3,100'], ['aane', 'dabi, GH¢3,200']),
])

describeRows('number words, units and frames: تلاثة, ربعين, «تيام», ف before a date', [
  ...rows(
    ask('distance', 40, 'kilometre', 'توجد على بعد 40 كيلومترا من مدينة الصويرة', 'ar'),
    ['ربعين كيلو', 'ربعين كلم', 'أربعين كيلومتر'],
    ['ربعة كيلو', 'ربعين متر', 'ربعمية كلم'],
  ),
  ...rows(
    ask('wait', 3, 'day', 'وأن الشاحنات تنتظر أحيانا 3 أيام', 'ar'),
    ['تلات تيام', 'تلاثة أيام', 'تلاث ايام'],
    ['تلات ساعات', 'أربع تيام', 'تلاثة أسابيع'],
  ),
  ...rows(
    ask('members', 23000, 'count', 'وإن عدد الفلاحين بلغ 23 ألف فلاح', 'ar'),
    ['تلاثة وعشرين ألف', 'تلاثة وعشرين ألف فلاح'],
    ['تلاثة وعشرين', 'تلاثة وتلاتين ألف'],
  ),
  ...rows(ask('horizon', 20300000, 'date', 'لغرس 2000 هكتار جديدة في أفق سنة 2030', 'ar'), ['ف 2030', 'في 2030'], ['ف 2031', 'ف 2020']),
  ...rows(
    ask('day', 20251106, 'date', 'أعلنت المديرية، يوم الخميس 6 نونبر 2025، أن', 'ar'),
    ['ف 6 نونبر 2025', 'نهار الخميس 6 نونبر'],
    ['ف 7 نونبر 2025', 'ف 6 دجنبر 2025'],
  ),
])

describeRows('Hon. before a name, Iraq’s قضاء and ناحية, a region’s kind word', [
  ...anyRows(
    named('minister', ['Cassiel Ato Forson', 'Forson'], 'Finance Minister ____ announced', 'Finance Minister Cassiel Ato Forson announced'),
    ['Hon. Forson', 'Honourable Forson', 'Hon Cassiel Ato Forson'],
    ['Hon. Kwame Forson', 'Hon.', 'Hon. Ofori-Atta'],
  ),
  ...anyRows(
    named('silo', ['الشامية'], 'املأ الفراغ: «أمام سايلو ____»', 'أمام سايلو الشامية', 'ar'),
    ['قضاء الشامية', 'ناحية الشامية', 'الشامية'],
    ['قضاء الديوانية', 'قضاء', 'ناحية الشنافية'],
  ),
  ...anyRows(
    named('region', ['Western North Region'], 'most of them in the ____', 'most of them in the Western North Region'),
    ['Western North', 'Western North region', 'the Western North Region'],
    ['Western Region', 'North Western', 'Western', 'Western North district of Togo'],
  ),
])
