import { describe, expect, it } from 'vitest'
import { gradeQuestion } from '../../src/core/grade.ts'
import type { Question } from '../../src/core/quiz-schema.ts'
import { askNumber as ask, answerRows as rows } from './numeric-question.ts'
import { verdict, anyRows, type AnyRow, describeRows, named } from './rules-table.ts'

/**
 * The rules the seventeenth readers' set (grade-readers-17.test.ts) led to, on questions and answers of their own, each
 * beside its wrong neighbours: Arabizi (`arabizi.ts`) in an Arabic question's verdicts and figures — whole words of a
 * closed lexicon read as the Arabic they spell (`sa7`, `la2`, `msh sa7`, `3ashara`, `150 da2i2a`, `sa3tein w nos`,
 * `el 7ad`), never a digit alone, so that the digits Arabizi writes for letters never turn a figure into another
 * (`3 ayam` is three days, `3ashara` ten, `15 da2i2a` fifteen minutes); not in an English question, nor in a text
 * answer (a name); a singular before «واحد» as one of its unit («دينارا واحدا»), so a verdict's `1 dinar` is the
 * statement's figure; a title before a name in either script (`Eng.`, `el mohandes`, `Dr`) and a station's word around
 * its name (`ma7atet Adly Mansour`, `Adly Mansour station`).
 * Measured on this file's rows (vitest's JSON reporter, `src/core` before this round → after):
 * right answers 29/100 → 100/100 accepted, wrong ones 1/119 → 0/119 (`ghalat, sitta`: six, unread before, for five).
 */

const TRUE_STATEMENT = verdict('true-trains', true, 'صواب أم خطأ بحسب المقال؟ افتتحت الهيئة 5 محطات جديدة.', 'افتتاح 5 محطات جديدة بالخط الثالث')
const FALSE_STATEMENT = verdict('false-trains', false, 'صواب أم خطأ بحسب المقال؟ افتتحت الهيئة 7 محطات جديدة.', 'افتتاح 5 محطات جديدة بالخط الثالث')

describeRows('Arabizi verdicts in an Arabic question', [
  ...anyRows(
    TRUE_STATEMENT,
    ['sa7', 'Sa7', 'sa7i7', 'sa7ee7', 'aywa', 'aiwa sa7', 'akeed', 'mazboot', 'eh', 'ee', 'eh wallah', 'sa7, 5 ma7attat', 'sa7 5'],
    ['la2', 'la', 'la2 ghalat', 'msh sa7', 'mesh sa7i7', 'mish mazboot', 'ghalat', 'msh 3aref', 'ma ba3ref', 'mesh 3arfa', 'sa7 7', 'sa7, 3', 'sa7 15'],
  ),
  ...anyRows(
    FALSE_STATEMENT,
    ['la2', 'la2a', 'la', 'msh sa7', 'la2 ghalat', 'ghalat, 5 msh 7', 'la2, kan 5', 'ghalat, khamsa'],
    ['sa7', 'sa7i7', 'aywa', 'msh 3aref', 'ghalat, 6', 'ghalat, sitta', 'ghalat 3ashara', 'la2, kan 3'],
  ),
  // Not in an English question: `la` and `eh` are no words of it; its verdict words that are no English or French word
  // are read in any question since the twenty-first set (`sa7`, `la2`, `mish sa7`: grade-readers-21-rules.test.ts).
  ...anyRows(
    verdict('en-true', true, 'True or false? The authority opened 5 new stations.', 'opened 5 new stations', 'en'),
    ['true', 'yes', 'sa7'],
    ['eh', 'la', 'la2', 'mish sa7'],
  ),
])

describeRows('Arabizi number words and units, and the digits that are letters only inside a known word', [
  ...rows(
    ask('trains', 10, 'count', 'تعمل الهيئة على تشغيل 10 قطارات مكيفة إضافية', 'ar'),
    ['3ashara', '3ashra', '10 2atrat', '10', 'عشرة', 'ten'],
    ['3', '3 2atrat', '3 atrat', 'tes3a', '7ed3ashar', '13', '30', '3ashara w 3', '2atrat'],
  ),
  ...rows(
    ask('days', 3, 'day', 'تنتظر الشاحنات أحيانا 3 أيام أمام السايلو', 'ar'),
    ['3 ayam', 'talat ayam', 'tlat iyyam', '3 أيام'],
    ['3ashara ayam', '3 sa3at', '30 ayam', 'arba3 ayam', '13 ayam'],
  ),
  ...rows(
    ask('trip', 150, 'minute', 'وإن زمن الرحلة يبلغ نحو 150 دقيقة', 'ar'),
    ['150 da2i2a', '150 de2i2a', '7awali 150 da2i2a', 'sa3tein w nos', 'sa3teen w nus', '2.5 sa3a', 'mit w khamsin da2i2a'],
    ['15 da2i2a', '105 da2i2a', '150 sa3a', 'sa3tein', 'sa3a w nos', 'sa3tein w rob3', '50 da2i2a', '2.5 da2i2a'],
  ),
  ...rows(
    ask('wait', 7, 'minute', 'وأن الانتظار في المحطات لا يتجاوز 7 دقائق', 'ar'),
    ['7 da2aye2', 'sab3 da2aye2', 'sab3a da2aye2', '7 min'],
    ['17 da2i2a', '7 sa3at', 'sab3in da2i2a', 'tis3 da2aye2', '70 da2i2a'],
  ),
  ...rows(
    ask('works', 3, 'year', 'وأن أعمال التوسعة استغرقت 3 سنوات', 'ar'),
    ['3 snin', '3 sneen', 'talat sanawat', 'tlat snin'],
    ['3 shohor', 'talat shohor', 'sanateen', '30 sana', '13 sana'],
  ),
  ...rows(
    ask('ticket', 20, 'EGP', 'سعر التذكرة للرحلة الكاملة أصبح 20 جنيها', 'ar'),
    ['20 geneh', '3eshrin geneh', '20 gneh masry', '20 EGP'],
    ['20 2irsh', '3ashara geneh', '2 geneh', '200 geneh', '20 dinar'],
  ),
  ...rows(
    ask('share', 30, 'percent', 'وأن نسبة الركاب من طلاب الجامعات تصل إلى 30 في المائة', 'ar'),
    ['30 fel meya', 'talatin fel miya', '30%'],
    ['3 fel meya', '3ashara fel meya', '13%'],
  ),
  ...rows(
    ask('buses', 120, 'count', 'وأضافت أن الأمانة تشغل 120 حافلة', 'ar'),
    ['mie w 3eshreen', 'miyye w 3ishreen', '120 7afle'],
    ['mie w 3ashra', 'mie', '12', '3eshreen'],
  ),
  ...rows(
    ask('riders', 1_000_000, 'count', 'نقلت مليون راكب خلال شهر', 'ar'),
    ['milyon', 'milyon rakeb', '1 milyon'],
    ['alf', 'alf rakeb', '10 milyon', 'nos milyon'],
  ),
  // An Arabizi word the lexicon does not hold keeps its digit a letter: no figure of it (`7aga`, a thing; `3adi`, usual).
  ...rows(ask('books-7', 7, 'count', 'اشترت المكتبة 7 كتب', 'ar'), ['7', 'sab3a'], ['7aga', '7agat', '7elw', 'sab3in']),
  ...rows(ask('books-3', 3, 'count', 'اشترت المكتبة 3 كتب', 'ar'), ['3', 'talata'], ['3adi', '3ala tool', '3aks', '3eyal', '3ashara']),
  ...rows(ask('books-5', 5, 'count', 'اشترت المكتبة 5 كتب', 'ar'), ['5', 'khamsa', '5amsa'], ['5alas', '5amsin']),
  ...rows(ask('books-2', 2, 'count', 'اشترت المكتبة 2 كتب', 'ar'), ['2', 'etnein'], ['2awel', '2alb', '2atrat']),
  // In an English question too since the twenty-third set's leftovers: `3ashara`, with a digit for a letter, is no English
  // word, so the answer is Arabizi; `3` alone stays a number.
  ...rows(ask('en-trains', 10, 'count', 'The authority will run 10 more trains'), ['10', 'ten', '3ashara'], ['3', '3ashar trains wala 11']),
])

describeRows('Arabizi weekdays and months with a date', [
  ...rows(
    ask('sunday', 20251012, 'date', 'أعلنت الهيئة، يوم الأحد 12 أكتوبر 2025، افتتاح 5 محطات', 'ar'),
    ['el 7ad 12/10/2025', 'yom el 7ad 12 october 2025', '12/10/2025'],
    ['el etnein 12/10/2025', 'el 7ad 13/10/2025', 'el 7ad 12/11/2025'],
  ),
  ...rows(
    ask('tuesday', 20251104, 'date', 'أعلنت الأمانة، يوم الثلاثاء 4 تشرين الثاني 2025، أن', 'ar'),
    ['el talata 4/11/2025', '4/11/2025'],
    ['el arba3a 4/11/2025', 'el talata 5/11/2025'],
  ),
  ...rows(
    ask('march', 20260300, 'date', 'وأن العمل سيبدأ على خط الزرقاء في آذار 2026', 'ar'),
    ['adar 2026', 'fi adar 2026'],
    ['adar 2025', 'nisan 2026', 'aylool 2026'],
  ),
])

describeRows('a singular before «واحد» is one of its unit', [
  ...anyRows(
    verdict('fare', true, 'صواب أم خطأ بحسب المقال؟ تبلغ أجرة الرحلة الواحدة دينارا واحدا.', 'إن أجرة الرحلة الواحدة تبلغ دينارا واحدا'),
    ['صح', 'صح 1 دينار', 'صح، دينار واحد', 'sa7 1 dinar', 'eh, 1 JD'],
    ['صح 2 دينار', 'صح، 10 دنانير', 'sa7 2 JD', 'sa7 1 dollar', 'صح دينارين'],
  ),
  ...anyRows(
    verdict('hour', false, 'صواب أم خطأ بحسب المقال؟ تستغرق الرحلة ساعتين.', 'تستغرق الرحلة ساعة واحدة'),
    ['غلط', 'غلط، ساعة واحدة', 'غلط، 1 ساعة', 'la2, sa3a wa7da'],
    ['صح', 'غلط، 3 ساعات', 'غلط، 5 ساعات'],
  ),
])

describeRows('a title before a name and a station’s word around it', [
  ...anyRows(
    named('head', ['طارق جمال الدين', 'جمال الدين'], 'أكمل الفراغ بالاسم: «وقال رئيس الهيئة، المهندس ____ …»', 'وقال رئيس الهيئة، المهندس طارق جمال الدين'),
    ['Tarek Gamal El Din', 'Eng. Tarek Gamal El Din', 'el mohandes Tarek Gamal El Din', 'Dr Gamal El Din', 'م. طارق جمال الدين', 'المهندس طارق جمال الدين'],
    ['Eng. Tamer Gamal El Din', 'el mohandes Tarek Kamal El Din', 'Dr Kamal El Din', 'mohandes Tarek', 'el mohandes', 'Eng.'],
  ),
  ...anyRows(
    named('station', ['عدلي منصور'], 'أكمل الفراغ باسم المحطة: «من محطة ____ إلى محطة الكيت كات»', 'من محطة عدلي منصور إلى محطة الكيت كات'),
    ['Adly Mansour', 'ma7atet Adly Mansour', 'Adly Mansour station', 'محطة عدلي منصور'],
    ['Kit Kat station', 'ma7atet Kit Kat', 'Mansour station', 'station', 'ma7atet', 'محطة الكيت كات'],
  ),
  ...anyRows(
    named('city', ['القاهرة'], 'في أي مدينة يعمل المترو؟', 'مترو القاهرة'),
    ['القاهرة', 'Cairo'],
    // a station named after a city is not the city
    ['Cairo station', 'ma7atet Cairo', 'Alexandria'],
  ),
])

describe('an Arabizi answer is kept as typed', () => {
  it('records `150 da2i2a`, not the Arabic it was read as', () => {
    const question = ask('trip-typed', 150, 'minute', 'وإن زمن الرحلة يبلغ نحو 150 دقيقة', 'ar')
    const graded = gradeQuestion(question, ' 150 da2i2a ', [question])
    expect(graded.correct).toBe(true)
    expect(graded.parsed?.kind === 'number' && graded.parsed.input.text).toBe('150 da2i2a')
  })
})
