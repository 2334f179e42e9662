import { askNumber as ask, answerRows as rows } from './numeric-question.ts'
import { anyRows, describeRows, named, verdict } from './rules-table.ts'

/**
 * The rules the twentieth readers' set (grade-readers-20.test.ts) led to, on questions and answers of their own, each
 * beside its wrong neighbours: a student's stance marks and emojis (`true ✅`, «صح 👍», 💯, 👎 alone) beside a verdict, and
 * an emoji that may say either (🤔, 😂) or a mark against the words (`true ❌`); a tick beside a figure or a name (`32 km
 * 👍`) and a cross striking it out (`32 km ❌`); an Arabic figure's words lengthened on the keyboard (`ثلاث ساعاااات`); the
 * chat's `tru` and `fls`; a verdict's reason citing one part of a compound measure (`true 3 hours` for "three hours and 20
 * minutes").
 * Measured on this file's rows (vitest's JSON reporter, `src/core` before this round → after): see docs/grading.md.
 */

const TRUE_AR = verdict('true-trees', true, 'صواب أم خطأ بحسب المقال؟ زرع الطلبة 1200 شجرة.', 'مبادرة لزراعة 1200 شجرة زيتون')
const FALSE_AR = verdict('false-walk', false, 'صواب أم خطأ بحسب المقال؟ قطع الطلبة مسافة 25 كيلومترا.', 'قطعوا مسافة 20 كيلومترا')
const TRUE_EN = verdict('true-pupils', true, 'True or false, according to the article? The balloon was built by 18 pupils.', 'built by 18 pupils', 'en')
const FALSE_EN = verdict(
  'false-found',
  false,
  'True or false, according to the article? The pupils found the balloon 30 minutes after it landed.',
  'was found by the pupils 45 minutes after it landed',
  'en',
)

describeRows('a student’s stance marks and emojis beside a verdict', [
  ...anyRows(
    TRUE_AR,
    ['👍', '👍🏽', '💯', '✅', '✔️', 'صح 👍', 'صح ✅', '✅ صح', 'صحيح 💯', 'صح👍👍', 'نعم ✅ 1200 شجرة', 'صح❗', 'صح ✅‼'],
    ['👎', '❌', 'صح ❌', '❌ صح', 'غلط 👍', 'خطأ ✅', '👍❌', '🤔', '😂', 'صح 🤔', 'صح 😂', '🤷', '🙂', 'صح ✅ 1300 شجرة'],
  ),
  ...anyRows(
    FALSE_AR,
    ['👎', '❌', 'غلط ❌', 'خطأ 👎', '❌ غلط', '👎🏻', 'غلط ❌ 20 كم'],
    ['👍', '✅', 'غلط ✅', 'صح 👎', '❌✅', '🤔', 'غلط 🤔', '😂', 'غلط ❌ 22 كم'],
  ),
  ...anyRows(
    TRUE_EN,
    ['true ✅', '✅ true', 'yes 👍', '💯', 'TRUE 💯', 'true ✔', '✓', 'true 👍 18 pupils', 'true‼', 'TRUE ✅❗'],
    ['true ❌', '❌ true', 'no 👍', '👎', 'true 🤔', '🤔 true', 'true 😂', 'lol 😂', 'true 👍 13 pupils', '×', '❓', '❗', 'true ❌❗'],
  ),
  ...anyRows(
    FALSE_EN,
    ['false ❌', 'no 👎', '❌', '👎', 'false ❌ 45 mins', '×', 'nah ❌'],
    ['false ✅', 'yes ❌', '✅', '👍', 'false 🤔', '🤷 false', 'false ❌ 40 mins', 'false 😂'],
  ),
])

const FLIGHT = verdict(
  'true-flight',
  true,
  'True or false, according to the article? The flight lasted three hours and 20 minutes.',
  'the flight lasted three hours and 20 minutes',
  'en',
)
const WALK = verdict('true-hike', true, 'صواب أم خطأ بحسب المقال؟ استغرق المسير ساعتين و30 دقيقة.', 'استغرق المسير ساعتين و30 دقيقة')
const TWICE = verdict(
  'true-shifts',
  true,
  'True or false, according to the article? The first shift lasted 3 hours and the second 3 hours and 20 minutes.',
  'the first shift lasted 3 hours and the second 3 hours and 20 minutes',
  'en',
)

describeRows('a verdict’s reason citing one part of a compound measure', [
  ...anyRows(
    FLIGHT,
    ['true 3 hours 20 mins', 'true 3hrs 20mins', 'yes 3h20', 'true, three hours and 20 minutes', 'true'],
    ['true 3 hours', 'true 20 minutes', 'yes 3hrs', 'true 3 hours 30 mins', 'true 4 hours 20 minutes'],
  ),
  ...anyRows(WALK, ['صح ساعتين و30 دقيقة', 'صح'], ['صح ساعتين', 'صح 30 دقيقة', 'صح ساعتين و20 دقيقة']),
  ...anyRows(TWICE, ['true 3 hours', 'true 3 hours and 20 minutes'], ['true 20 minutes', 'true 4 hours']),
])

describeRows('a chat’s tru and fls', [
  ...anyRows(TRUE_EN, ['tru', 'TRU', 'tru ✅', 'tru 18 pupils'], ['fls', 'not tru', 'tru 13 pupils', 'tru?? idk']),
  ...anyRows(FALSE_EN, ['fls', 'FLS', 'fls ❌', 'fls 45 mins'], ['tru', 'not fls', 'fls 40 mins', 'fls idk']),
])

describeRows('a tick beside a figure, and a cross striking it out', [
  ...rows(
    ask('height', 32, 'kilometre', 'climbed to a height of 32 kilometres'),
    ['32 km 👍', '32 km ✅', '✅ 32 km', '32 💯', '32km👍🏾'],
    ['32 km ❌', '❌ 32 km', '32 km 👎', '23 km 👍', '32 m ✅', '👍', '💯', '32 km 🤔', '32 ✅❌'],
  ),
  ...rows(
    ask('saving', 30, 'percent', 'خفّض استهلاك المياه بنسبة 30 في المئة', 'ar'),
    ['30% 👍', '٣٠٪ ✅', 'ثلاثين بالمية 💯'],
    ['30% ❌', '40% 👍', '👍', '30% 👎', '3% ✅'],
  ),
  ...rows(ask('cost', 30, 'count', 'a fee of 30'), ['30', '30 ✅'], ['3×10', '30 ❌', '300 ✅']),
])

describeRows('a tick beside a name, and a cross striking it out', [
  ...anyRows(
    named('teacher', ['ليلى الزعبي', 'الزعبي'], 'أكمل الفراغ بالاسم الوارد في المقال: «وقالت معلمة العلوم ____»', 'وقالت معلمة العلوم ليلى الزعبي'),
    ['ليلى الزعبي ✅', 'ليلى الزعبي 👍', '✅ الزعبي'],
    ['ليلى الزعبي ❌', '👎 ليلى الزعبي', 'سلمى الزعبي ✅', '✅', 'ليلى الزعبي ✅❌'],
  ),
  ...anyRows(
    named('place', ['Scarborough'], 'Fill in the blank: “came down in a field near ____”', 'came down in a field near Scarborough', 'en'),
    ['Scarborough ✅', 'scarborough 👍', 'Scarborough 💯'],
    ['Scarborough ❌', 'Whitby ✅', '👍', 'Scarborough 👎'],
  ),
])

describeRows('an Arabic figure’s words lengthened on the keyboard', [
  ...rows(
    ask('nursery', 3, 'hour', 'وإن كل مجموعة تعمل 3 ساعات أسبوعيا في المشتل', 'ar'),
    ['ثلاث ساعاااات', 'ثلاااث ساعات', '3 ساعاااات', 'ثلاثثث ساعات', 'اممم ثلاث ساعات'],
    ['ثلاث دقاااائق', 'أربع ساعاااات', '3 أياااام', 'ساعاااات', 'ثلاث ساعااات ونص'],
  ),
  ...rows(
    ask('walk', 20, 'kilometre', 'قطعوا مسافة 20 كيلومترا', 'ar'),
    ['عشرين كيلووووو', '20 كيلوووومتر', 'عشرييين كيلو'],
    ['عشرين متررر', 'ثلاثييين كيلو', '20 مييييل'],
  ),
])
