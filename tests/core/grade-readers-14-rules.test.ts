import { describe, expect, it } from 'vitest'
import { gradeQuestion } from '../../src/core/grade.ts'
import type { Question } from '../../src/core/quiz-schema.ts'
import { askNumber as ask, answerRows as rows } from './numeric-question.ts'
import { verdict, anyRows, type AnyRow, describeRows, named } from './rules-table.ts'

/**
 * The rules the fourteenth readers' set (grade-readers-14.test.ts) led to, on questions and answers of their own, each
 * beside its wrong neighbours: Kenyan shillings (`KSh`, `Kshs`, `KES`; `Sh`, `Shs` and `bob` only beside an amount for
 * a question in shillings); a currency's adjective starting with ل is no ل of "for" («18 دينار ليبي», «ليرة لبنانية»);
 * a price tag's «18 دينار الكيلو», «في الكيلو», «بالكيلو» where the quote gives the price of a kilo; a verdict's reason
 * that gives a figure another figure's noun («صح، 14 عارض» for «240 عارضا من 14 بلدية») or counts what the texts give as
 * a share (`false, 35 households` for "35 per cent of households"); words: Libyan باهي before a verdict, هيه, «مش هكي»
 * (and «مش هيك», «مش كده»), Swahili ndio and hapana, the teens in -طاش/-تاش («أربعطاش»), a month by its number after «شهر» («شهر 10 2026»), a minister's title (`CS`), and
 * Tripoli for «طرابلس» (Libya's capital and the city table's one name).
 * Measured on this file's rows (vitest's JSON reporter, `src/core` before this round with only Kenya's shilling added →
 * after): right answers 35/65 → 65/65 accepted, wrong ones 4/56 → 0/56.
 */

describeRows('Kenyan shillings', [
  ...rows(
    ask('fare', 100, 'KES', 'A matatu ride to the city centre now costs KSh 100, up from KSh 80'),
    ['KSh 100', 'Ksh100', 'Kshs 100', 'KES 100', 'Sh100', 'Shs 100', '100 bob', '100 shillings', '100 Kenyan shillings', 'one hundred shillings'],
    ['KSh 80', '$100', '100 Ugandan shillings', 'KSh 1,000', 'Sh 10', '100 rupees', 'KSh 100 million'],
  ),
  ...rows(
    ask('budget', 3_500_000_000, 'KES', 'The county set aside KSh 3.5 billion for roads'),
    ['KSh 3.5 billion', 'Sh3.5bn', 'KES 3.5bn', '3.5 billion shillings', 'Kshs 3,500,000,000'],
    ['KSh 3.5 million', 'Sh35 billion', '$3.5 billion', 'KSh 5.3 billion'],
  ),
  // Sh and bob are money only for a question in shillings
  ...rows(ask('boats', 100, 'count', 'the 100 boats of the fleet'), ['100'], ['100 bob', 'Sh100']),
])

describeRows('a currency adjective with ل, and a price tag’s «الكيلو»', [
  ...rows(
    ask('dates', 18, 'LYD', 'وإن سعر الكيلوغرام من تمر البرني وصل إلى 18 دينارا في سوق هون', 'ar'),
    ['18 دينار ليبي', '18 دينار ليبية', '18 دينار الكيلو', '18 دينار في الكيلو', '18 دينار بالكيلو', '18 دينار ليبي للكيلو', '18 دينار للكيلو'],
    ['18 دينار تونسي', '18 دينار الطن', '18 دينار في الطن', '18 دينار بالطن', '18 دينار للطن', '18 دينار للنخلة', '81 دينار الكيلو'],
  ),
  ...rows(
    ask('bread', 5000, 'LBP', 'وصل سعر الكيلو من الخبز إلى 5000 ليرة', 'ar'),
    ['5000 ليرة لبنانية', '5000 ليرة الكيلو', '5000 ليرة'],
    ['5000 ليرة سورية', '5000 ليرة الربطة', '5000 ليرة تركية'],
  ),
])

const fourteen = verdict('municipalities', true, 'صواب أم خطأ بحسب المقال؟ بمشاركة … عارضا من 14 بلدية ليبية.', 'بمشاركة 240 عارضا من 14 بلدية ليبية')
const share = verdict(
  'connected',
  false,
  "True or false, according to the article? About 53 per cent of Nakuru's households are connected.",
  "About 35 per cent of Nakuru's households are connected to the piped network today",
  'en',
)
describeRows('a verdict’s reason giving a figure another figure’s noun', [
  ...anyRows(
    fourteen,
    ['صح، 14 بلدية', 'صح، 240 عارض', 'صحيح، 240 عارض من 14 بلدية', 'صح، 14'],
    ['صح، 14 عارض', 'صح، 240 بلدية', 'صح، 41 بلدية', 'صح، 14 دولة'],
  ),
  ...anyRows(
    share,
    ['false, 35%', 'false, 35 per cent not 53', 'false, 35 percent', 'false, 35', 'no, only 35 per cent of households'],
    ['false, 35 households', 'false, 53 households', 'false, 45%'],
  ),
])

const untrue = verdict('prize', false, 'صواب أم خطأ بحسب المقال؟ خصص المهرجان جوائز بقيمة 190 ألف دينار.', 'جوائز مالية بقيمة 150 ألف دينار')
const yes = verdict('prize-true', true, 'صواب أم خطأ بحسب المقال؟ خصص المهرجان جوائز بقيمة 150 ألف دينار.', 'جوائز مالية بقيمة 150 ألف دينار')
describeRows('words: Libyan, Swahili and the teens in -طاش', [
  ...anyRows(untrue, ['مش هكي', 'لا مش هكي', 'موش هكا', 'مش هيك', 'مش كده', 'hapana', 'لا، غلط'], ['هكي', 'باهي', 'هيه', 'ndio', 'باهي صحيح']),
  ...anyRows(yes, ['باهي صحيح', 'هيه', 'هيه صحيح', 'ndio', 'ndiyo', 'صحيح هكي'], ['باهي', 'مش هكي', 'hapana', 'باهي غلط']),
  ...rows(ask('teen', 14, 'count', 'من 14 بلدية', 'ar'), ['أربعطاش', 'اربعطاش بلدية', 'أربعتاش'], ['أربعين', 'أربعطاش ألف']),
  ...rows(ask('teen-15', 15, 'count', 'من 15 بلدية', 'ar'), ['خمستاش'], ['خمسين']),
])

describeRows('a month said by its number after «شهر»', [
  ...rows(
    ask('next', 20261000, 'date', 'وأن الدورة المقبلة ستقام في أكتوبر 2026', 'ar'),
    ['شهر 10 2026', 'في شهر 10 2026', 'شهر 10', 'month 10 2026'],
    ['شهر 11 2026', 'شهر 10 2025', 'شهر 1 2026', '10 أشهر'],
  ),
])

describeRows('a minister’s title, and Tripoli', [
  ...anyRows(
    named('cs', ['Eric Mugaa', 'Mugaa'], 'Water Cabinet Secretary ____ said', 'Water Cabinet Secretary Eric Mugaa said', 'en'),
    ['CS Eric Mugaa', 'Cabinet Secretary Eric Mugaa', 'Minister Eric Mugaa', 'Eric Mugaa'],
    ['CS Eric', 'CS Mwangi', 'Eric Mugo'],
  ),
  ...anyRows(
    named('tripoli', ['طرابلس'], 'من هون إلى ____', 'تقطع 650 كيلومترا من هون إلى طرابلس'),
    ['طرابلس', 'Tripoli', 'مدينة طرابلس'],
    ['بنغازي', 'Benghazi', 'طرابلس لبنان', 'Tripoli, Lebanon', 'Tunis'],
  ),
  ...anyRows(named('benghazi', ['بنغازي'], 'إلى ____', 'وصلت الشحنة إلى بنغازي'), ['Benghazi', 'بنغازي'], ['Tripoli', 'طرابلس']),
])
