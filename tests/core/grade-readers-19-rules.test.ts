import { askNumber as ask, answerRows as rows } from './numeric-question.ts'
import { anyRows, describeRows, named, verdict } from './rules-table.ts'

/**
 * The rules the nineteenth readers' set (grade-readers-19.test.ts) led to, on questions and answers of their own, each
 * beside its wrong neighbours: a dictating reader's hesitations (`um`, `erm`, «اممم») and an opening «يعني» around a
 * verdict, a figure or a name; a text answer said as a sentence («الجواب هو …», `the answer is …`, `its …`); `its`, `thats`
 * (it's, that's without the apostrophe) before a verdict; a recognizer's homophones of a number (`to and a half hours`,
 * `for thousand pounds`, `won million`) where the word cannot be itself; Medina's `Al Madinah`; a three-letter name with ع between (`Suad` is
 * no سعد, the eighteenth set's open item).
 * Measured on this file's rows (vitest's JSON reporter, `src/core` before this round → after): see docs/grading.md.
 */

const TRUE_AR = verdict('true-buses', true, 'صواب أم خطأ بحسب المقال؟ شغلت الهيئة 40 حافلة جديدة.', 'تشغيل 40 حافلة جديدة')
const FALSE_EN = verdict(
  'false-rise',
  false,
  'True or false, according to the article? Complaints rose by 25 per cent.',
  'complaints rose by 35 per cent',
  'en',
)

describeRows('a dictating reader’s hesitations, and its, thats, around a verdict', [
  ...anyRows(
    TRUE_AR,
    ['اممم صح', 'امممم صحيح', 'إممم صح', 'ممم صح', 'يعني صحيح', 'يعني، صح', 'اممم يعني صح', 'اممم صح 40 حافلة'],
    ['اممم خطأ', 'يعني غلط', 'اممم', 'يعني', 'اممم مب صحيح', 'اممم صح 45 حافلة', 'اممم ما أدري'],
  ),
  ...anyRows(
    FALSE_EN,
    ['um false', 'uh no', 'erm false', 'hmm false', 'umm... false', 'thats false', 'its false', 'um false it was 35 per cent', 'uh, no, 35 not 25'],
    ['um true', 'erm yes', 'um', 'hmm', 'thats true', 'its true', 'its not false', 'um false it was 45 per cent', 'um not sure', 'uh false 35 pounds'],
  ),
])

describeRows('a dictating reader’s hesitations around a figure', [
  ...rows(
    ask('rise', 35, 'percent', 'complaints rose by 35 per cent', 'en'),
    ['um 35 per cent', 'uh thirty five percent', 'erm, 35%', 'hmm 35 per cent', 'um um 35 per cent'],
    ['um 25 per cent', 'um', 'um more than 35 per cent', 'uh thirty percent', 'um 35 pounds'],
  ),
  ...rows(
    ask('ride', 1.25, 'hour', 'تستغرق ساعة وربع', 'ar'),
    ['اممم ساعة وربع', 'يعني ساعة وربع', 'اممم يعني 75 دقيقة', 'ممم ساعه وربع'],
    ['اممم ساعة ونص', 'يعني ساعة إلا ربع', 'اممم', 'يعني ربع ساعة'],
  ),
])

const HIGHWAYS = named(
  'member',
  ['Helen Marsden', 'Marsden'],
  'Fill in the blank with the name the article gives: “Councillor ____”',
  'Councillor Helen Marsden',
  'en',
)
const SPOKESMAN = named(
  'spokesman',
  ['سعد القحطاني', 'القحطاني'],
  'أكمل الفراغ بالاسم الوارد في المقال: «وقال المتحدث الرسمي للهيئة، ____»',
  'وقال المتحدث الرسمي للهيئة، سعد القحطاني',
)
const TOWN = named('town', ['Salal'], 'Fill in the blank with the name the article gives: “the town of ____”', 'the town of Salal', 'en')
const EMIRATE = named(
  'emirate',
  ['Um Al Quwain'],
  'Fill in the blank with the name the article gives: “the emirate of ____”',
  'the emirate of Um Al Quwain',
  'en',
)

describeRows('a name said as a sentence, and after a hesitation', [
  ...anyRows(
    HIGHWAYS,
    ['uh Helen Marsden', 'the answer is Helen Marsden', 'its Helen Marsden', 'uh the answer is Marsden', 'hmm councillor Helen Marsden', 'erm Marsden'],
    ['um Helen Marsh', 'the answer is Helen', 'its not Helen Marsden', 'the answer is Hayley Marsden', 'um'],
  ),
  ...anyRows(
    SPOKESMAN,
    ['اممم سعد القحطاني', 'الجواب هو سعد القحطاني', 'يعني سعد القحطاني', 'الجواب القحطاني', 'الإجابة هي سعد القحطاني'],
    ['اممم سعد الحربي', 'الجواب هو سعيد القحطاني', 'الجواب هو مو سعد القحطاني', 'يعني', 'الجواب'],
  ),
  // Um, Umm open a place's name as well as a hesitation: in a name they are kept (Um Salal is no Salal; `um Salal`
  // may be either, so it is refused).
  ...anyRows(EMIRATE, ['Um Al Quwain', 'uh Um Al Quwain'], ['Ras Al Khaimah', 'uh Ras Al Khaimah', 'Al Quwain']),
  ...anyRows(TOWN, ['Salal', 'uh Salal'], ['Um Salal', 'Umm Salal', 'um Salal']),
])

const CITY = named(
  'city',
  ['المدينة المنورة'],
  'أكمل الفراغ بالاسم الوارد في المقال: «تشغيل 40 حافلة جديدة في ____»',
  'تشغيل 40 حافلة جديدة في المدينة المنورة',
)

// Medina's English name with its article, as Saudi bodies write it (places.ts).
describeRows('Al Madinah', anyRows(CITY, ['Al Madinah', 'Al-Madinah', 'in Al Madinah', 'Madinah'], ['Makkah', 'Al Qassim', 'Al Madinah Al Riyadh', 'المدينة']))

const ABOUT = 'Fill in the blank with the name the article gives: “said ____”'
const SAAD = named('saad', ['سعد القحطاني', 'القحطاني'], ABOUT, 'قال سعد القحطاني', 'en')
const SUAD = named('suad', ['سعاد القحطاني'], ABOUT, 'قالت سعاد القحطاني', 'en')
const MOEZ = named('moez', ['معز بن علي'], ABOUT, 'قال معز بن علي', 'en')
const RAAD = named('raad', ['رعد حمدان'], ABOUT, 'قال رعد حمدان', 'en')

// A name of three letters with ع between them has a before it (fa'l): Suad, Souad, Soad are سعاد, never سعد (the
// eighteenth set's open `Suad`); Moez (معز) writes its ع e. And Saad is سعد, never سعاد (since the second red-team round).
describeRows('a three-letter name with ع between', [
  ...anyRows(SAAD, ['Saad Al Qahtani', 'Saad Alqahtani', 'Saad al-Qahtani'], ['Suad Al Qahtani', 'Souad Al Qahtani', 'Soad Al Qahtani', 'Suad Alqahtani']),
  ...anyRows(SUAD, ['Suad Al Qahtani', 'Souad Al Qahtani'], ['Sara Al Qahtani', 'Saad Al Qahtani', 'Saad Alqahtani']),
  ...anyRows(MOEZ, ['Moez Ben Ali', 'Muez Ben Ali'], ['Moaz Ben Ali', 'Moez Ben Salah']),
  ...anyRows(RAAD, ['Raad Hamdan'], ['Rouad Hamdan', 'Roaad Hamdan', 'Saad Hamdan']),
])

describeRows('a recognizer’s homophone of a number, where the word cannot be itself', [
  ...rows(
    ask('closures', 2.5, 'hour', 'last no longer than two and a half hours', 'en'),
    ['to and a half hours', 'too and a half hours', 'um to and a half hours'],
    ['for and a half hours', 'won and a half hours', 'to hours', 'two to three hours', 'up to two and a half hours', 'to and a half minutes'],
  ),
  ...rows(
    ask('grant', 4000, 'GBP', 'a grant of £4,000', 'en'),
    ['for thousand pounds', '4 thousand pounds', 'four thousand pounds'],
    ['to thousand pounds', 'for a thousand pounds', 'for thousands of pounds', 'up to four thousand pounds', '2 to 4 thousand pounds', 'for'],
  ),
  ...rows(
    ask('budget', 1_000_000, 'GBP', 'a budget of £1 million', 'en'),
    ['won million pounds', 'one million pounds'],
    ['to million pounds', 'won', 'won pounds'],
  ),
  ...rows(
    ask('rate', 2.5, 'percent', 'inflation rose to 2.5 per cent', 'en'),
    ['two point five per cent', '2.5 per cent'],
    ['to point five per cent', 'for point five per cent'],
  ),
  ...rows(ask('shifts', 4, 'hour', 'shifts of four hours', 'en'), ['four hours', '4 hours'], ['for hours', 'for four hours more', 'for two hours']),
])
