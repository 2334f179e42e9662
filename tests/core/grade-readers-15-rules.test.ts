import { describe, expect, it } from 'vitest'
import { gradeQuestion } from '../../src/core/grade.ts'
import type { Question } from '../../src/core/quiz-schema.ts'
import { askNumber as ask, answerRows as rows } from './numeric-question.ts'
import { verdict, anyRows, type AnyRow, describeRows, named as textQuestion, type TextQuestion } from './rules-table.ts'

/**
 * The rules the fifteenth readers' set (grade-readers-15.test.ts) led to, on questions and answers of their own, each
 * beside its wrong neighbours: a plural scale after a fraction of three to ten («4.5 ملايين»); the accusative riyal
 * («45 ريالا», no money before); a verdict's reason read against a statement whose blanks part the words either side
 * («الاثني عشر … طنا» is no 12 tonnes) and whose figure follows its plural noun («أيام المهرجان الاثني عشر» is 12 days);
 * a per cent of another whole than the quote's (`40 per cent of the city`); Latin names whose long vowel is doubled or
 * single (Nadim, Nadeem) beside a consonant dropped from between two vowels (Naeem: another name); words: Kuwaiti صچ,
 * Urdu in Latin letters (ji, haan, sahi, bilkul; nahi, ghalat; rupay, ghante; sahab, janab), Levantine «التلاتا»,
 * «الأربعا».
 * Measured on this file's rows (vitest's JSON reporter, `src/core` before this round with only «4.5 ملايين» read →
 * after): right answers 32/64 → 64/64 accepted, wrong ones 6/58 → 0/58.
 */

// Its text questions are in English unless said otherwise.
const named = (id: string, accepted: string[], prompt: string, quote: string, lang: 'ar' | 'en' = 'en'): TextQuestion =>
  textQuestion(id, accepted, prompt, quote, lang)

describeRows('a plural scale after a fraction, and the accusative riyal', [
  ...rows(
    ask('trees', 4_500_000, 'count', 'تضم نحو 4.5 ملايين شجرة', 'ar'),
    ['4.5 ملايين', '٤٫٥ ملايين', '4,5 ملايين شجرة', '4.5 مليون'],
    ['4.5 آلاف', '5.4 ملايين', '4.5 مليارات', '3.5 ملايين'],
  ),
  ...rows(
    ask('budget', 2_500_000_000, 'USD', 'بكلفة 2.5 مليارات دولار', 'ar'),
    ['2.5 مليارات دولار', '2.5 مليار دولار'],
    ['2.5 ملايين دولار', '2.5 مليارات يورو'],
  ),
  ...rows(
    ask('box', 45, 'QAR', 'إن متوسط سعر صندوق رطب الخلاص زنة 3 كيلوغرامات بلغ 45 ريالا', 'ar'),
    ['45 ريالا', '45 ريال', '45 ريالاً', '45 ر.ق'],
    ['45 درهما', '54 ريالا', '45 دينارا', '45 ريالا سعوديا'],
  ),
])

const days = verdict(
  'days',
  true,
  'صواب أم خطأ بحسب المقال؟ وبلغت الكميات المبيعة خلال أيام المهرجان الاثني عشر … طنا.',
  'وبلغت الكميات المبيعة خلال أيام المهرجان الاثني عشر 218 طنا',
)
const hours = verdict('hours', true, 'صواب أم خطأ بحسب المقال؟ قطع المتسابقون المسافة في ساعات السباق الثلاث.', 'قطع المتسابقون المسافة في ساعات السباق الثلاث')
const box = verdict('box', false, 'صواب أم خطأ بحسب المقال؟ بلغ سعر الصندوق … ريالا، مقابل 50 ريالا في النسخة الماضية.', 'مقابل 60 ريالا في النسخة الماضية')
describeRows('a verdict’s reason: blanks part the statement, a figure after its plural noun, and «ريالا»', [
  ...anyRows(days, ['صح، 12 يوم', 'صح، اثنعش يوم', 'صحيح، الاثني عشر يوما', 'صح، 218 طن', 'صح'], ['صح، 12 طن', 'صح، 13 يوم', 'صح، 12 ساعة', 'صح، 12 أسبوع']),
  ...anyRows(hours, ['صح، 3 ساعات', 'صح، ثلاث ساعات'], ['صح، 3 أيام', 'صح، 4 ساعات']),
  ...anyRows(box, ['غلط، 60 ريال', 'خطأ، ستين ريالا', 'غلط، 60'], ['غلط، 60 درهم', 'غلط، 70 ريال', 'صح، 50 ريال', 'غلط، 60 ريال في الكيلو']),
])

describeRows('a per cent of another whole', [
  ...rows(
    ask('fleet', 40, 'percent', "and that 40 per cent of the new fleet would serve the city's outer districts"),
    ['40 per cent of the new fleet', '40% of the fleet', '40pc of the new fleet', '40 percent', '40'],
    ['40 per cent of the city', '40 per cent of the districts', '40% of residents', '4 per cent of the new fleet'],
  ),
  ...rows(
    ask('connected', 35, 'percent', "About 35 per cent of Nakuru's households are connected to the piped network today"),
    ['35 per cent of households', "35% of Nakuru's households", '35 per cent'],
    ['35 per cent of the estates', '35% of the network', '53 per cent of households'],
  ),
])

describeRows('Latin names: a long vowel doubled or single, a consonant dropped from between two vowels, Urdu honorifics', [
  ...anyRows(
    named('minister', ['Faisal Nadeem Qazi', 'Qazi'], 'Transport Minister ____ said', 'provincial Transport Minister Faisal Nadeem Qazi said'),
    ['Faisal Nadim Qazi', 'Qazi sahab', 'Janab Qazi', 'Qazi sahib', 'Faisal Nadeem Qazi'],
    ['Faisal Naeem Qazi', 'Faisal Nadeem', 'Faisal Nadeem Qureshi', 'sahab'],
  ),
  ...anyRows(
    named('mayor', ['Shahid Mahmood Baig'], 'Mayor ____ said', 'Mayor Shahid Mahmood Baig said'),
    ['Shahid Mahmud Baig', 'Shahid Mahmood Baig', 'Shahid Mahmoud Baig'],
    ['Shahid Mahmood Begum', 'Shaid Mahmood Baig'],
  ),
  // a doubled consonant dropped is still a slip (Hasan for Hassan), and a vowel dropped too
  ...anyRows(
    named('coach', ['Hassan Raheel'], 'coach ____ said', 'coach Hassan Raheel said'),
    ['Hasan Raheel', 'Hassan Rahel'],
    ['Hassan Rael', 'Hassan Raheem'],
  ),
])

const tuesdayTrue = verdict(
  'charge',
  true,
  'True or false, according to the article? Each bus can travel 250 kilometres on a single charge.',
  'each bus can travel 250 kilometres on a single charge',
  'en',
)
const tuesdayFalse = verdict(
  'fleet',
  false,
  'True or false, according to the article? The fleet will reach 500 buses by June 2021.',
  'to bring the fleet to 500 buses by June 2027',
  'en',
)
const gulf = verdict('farms', true, 'صواب أم خطأ بحسب المقال؟ شاركت 112 مزرعة.', 'بمشاركة 112 مزرعة قطرية')
describeRows('words: Kuwaiti صچ, Urdu in Latin letters, Levantine weekdays, rupay and ghante', [
  ...anyRows(
    tuesdayTrue,
    ['ji', 'haan', 'ji haan', 'sahi', 'bilkul', 'bilkul sahi', 'haan ji'],
    ['nahi', 'nahin', 'ji nahi', 'ghalat', 'galat', 'bilkul nahi', 'sahi nahi'],
  ),
  ...anyRows(tuesdayFalse, ['nahi', 'ji nahi', 'ghalat', 'galat, June 2027', 'bilkul nahi'], ['ji', 'haan', 'sahi', 'ghalat, June 2026']),
  ...anyRows(gulf, ['صچ', 'ايه صچ', 'صج'], ['مو صچ', 'مب صچ', 'صچ، 121 مزرعة']),
  ...rows(
    ask('harvest', 20250812, 'date', 'بدأ مزارعو ريف حماة الشمالي، يوم الثلاثاء 12 آب 2025، قطاف الفستق الحلبي', 'ar'),
    ['التلاتا 12 آب', 'الثلاثا 12 آب 2025', 'التلاتاء 12 آب'],
    ['الأربعا 12 آب', 'التلاتا 13 آب', 'الاربعا 12 آب 2025'],
  ),
  ...rows(ask('fare', 60, 'PKR', 'The fare will stay at Rs 60'), ['60 rupay', '60 rupaye', 'sixty rupay', 'Rs 60'], ['60 paisa', '600 rupay', '60 rupay lakh']),
  ...rows(
    ask('charge', 3, 'hour', 'on a single charge of about three hours'),
    ['3 ghante', '3 ghantay', '3 ghanta', '3 hours'],
    ['30 ghante', '3 ghante 30 minutes', '3 minutes'],
  ),
])
