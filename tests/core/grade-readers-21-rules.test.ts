import { describe, expect, it } from 'vitest'
import { gradeQuestion } from '../../src/core/grade.ts'
import { READERS_8_QUIZZES } from './grade-readers-8-articles.ts'
import { READERS_10_QUIZZES } from './grade-readers-10-articles.ts'
import { READERS_16_QUIZZES } from './grade-readers-16-articles.ts'
import { READERS_18_QUIZZES } from './grade-readers-18-articles.ts'
import { READERS_19_QUIZZES } from './grade-readers-19-articles.ts'
import { READERS_20_QUIZZES } from './grade-readers-20-articles.ts'
import { askNumber as ask, answerRows as rows } from './numeric-question.ts'
import { frozenQuizzes } from './reader-answer-table.ts'
import { anyRows, describeRows, named, verdict } from './rules-table.ts'

/**
 * The rules the twenty-first readers' set (grade-readers-21.test.ts, heritage speakers abroad mixing French or English
 * into their Arabic) led to, on questions and answers of their own, each beside its wrong neighbours: Arabizi verdict
 * words in an English quiz (`sa7`, `la2`, `mish sa7`), Moroccan `wah`; French hedges and date words (`environ`, `le 2 août
 * 2025`, `en 2019`, `l'année 2019`, `depuis 2019` stays a comparison); a mark said "out of" its total (`15 sur 20`, `15
 * out of 20`, `sur 20`); French `mn` for minutes in a time question; a name's French ou for و (`Ouazzani`) and monsieur's
 * `M.`; `Nada` for Nadia (a glide dropped: another name); French number words in a verdict's reason (`vrai, deux fois`); a
 * verdict's reason converted only as people round a conversion (`false 2 hours` is no 90 minutes); «أورو», «باخرة»,
 * `ferries`, teachers, `personnes`, Algeciras and Laval. And the open items it settled: «متين» (200) in a number's company,
 * `3625 سيدي` for a question in cedis, `✓?` as `true?`.
 * Measured on this file's rows (vitest's JSON reporter, `src/core` before this round → after): see docs/grading.md.
 */

const TRUE_EN = verdict(
  'true-size',
  true,
  'True or false, according to the article? The school is three times its size in 2019.',
  'three times its size in 2019',
  'en',
)
const FALSE_EN = verdict(
  'false-hours',
  false,
  'True or false, according to the article? Classes run for three hours every Saturday.',
  'classes run for four hours every Saturday',
  'en',
)
const TRUE_AR = verdict('true-ferries', true, 'صواب أم خطأ بحسب المقال؟ تؤمن 12 باخرة الرحلات يوميا.', 'وإن 12 باخرة تؤمن الرحلات يوميا')
const FALSE_WAIT = verdict(
  'false-wait',
  false,
  'صواب أم خطأ بحسب المقال؟ لم تتجاوز مدة الانتظار 60 دقيقة.',
  'إن مدة الانتظار قبل الصعود إلى البواخر لم تتجاوز 90 دقيقة',
)

describeRows('Arabizi verdict words in any quiz, Moroccan wah in an Arabic one', [
  ...anyRows(
    TRUE_EN,
    ['sa7', 'Sa7', 'sa7i7', 'yes sa7', 'akid', 'akeed', 'mazbout', 'aywa', 'sa7 3 times', 'wallah true'],
    ['la2', 'mish sa7', 'msh sa7', 'ghalat', 'la2 ghalat', 'sa7 2 times', 'eh', 'la', 'ah', 'wah', 'sa7 la2', 'mish mazbout'],
  ),
  ...anyRows(
    FALSE_EN,
    ['la2', 'La2', 'mish sa7', 'ghalat', 'la2 ghalat', 'la2 4 hours', 'mish sa7, four hours'],
    ['sa7', 'akid', 'la2 5 hours', 'la', 'eh', 'not la2'],
  ),
  ...anyRows(TRUE_AR, ['wah', 'wah sa7', 'Wah', 'واه', 'sa7'], ['wah ghalat', 'la2', 'wah la2']),
])

describeRows('a verdict’s reason converted as people round a conversion', [
  ...anyRows(
    FALSE_WAIT,
    // the false statement's own figure, in hours, may be cited too (`غلط ساعة`: 60 minutes)
    ['غلط 90 دقيقة', 'false 1.5 hours', 'غلط ساعة ونص', 'faux, 90 minutes', 'غلط', 'غلط ساعة', 'false 1 hour'],
    ['false 2 hours', 'faux, 2 heures', 'غلط ساعتين', 'false 3 hours', 'غلط 100 دقيقة'],
  ),
  ...anyRows(
    verdict('true-walk', true, 'True or false, according to the article? The walk was 3/4 mile long.', 'a walk of 3/4 mile', 'en'),
    ['true 1.2 km', 'true 3/4 mile', 'true'],
    ['true 1 km', 'true 2 km', 'true 1.3 km'],
  ),
])

describeRows('French number words in a verdict’s reason', [
  // `faux, quatre-vingt` cites 80 (France's 70–99 are read since the twenty-second set; `faux, quatre-vingt-dix` for 90 is
  // right there, grade-readers-22-rules.test.ts)
  ...anyRows(FALSE_WAIT, ['faux, soixante', 'faux'], ['faux, quatre-vingt', 'faux, vingt', 'faux, cent']),
  ...anyRows(
    TRUE_EN,
    ['vrai, trois fois', 'vrai 3 fois', 'oui, trois', 'vrai, en 2019'],
    ['vrai, deux fois', 'vrai, deux', 'vrai quatre fois', 'oui, vingt fois'],
  ),
  ...anyRows(FALSE_EN, ['faux, quatre heures', 'faux, trois heures', 'non, quatre'], ['faux, cinq heures', 'faux, deux', 'non, vingt-quatre heures']),
])

describeRows('French hedges and date words', [
  ...rows(
    ask('travellers', 48000, 'count', 'استقبل ميناء طنجة المتوسط 48 ألف مسافر', 'ar'),
    ['environ 48 000', 'environ 48000', 'approximativement 48 000', '48 000 environ'],
    ['environ 84 000', 'plus de 48 000', 'environ 48', 'environ'],
  ),
  ...rows(
    ask('day', 20250802, 'date', 'استقبل ميناء طنجة المتوسط، يوم السبت 2 أغسطس 2025، 48 ألف مسافر', 'ar'),
    ['le 2 août 2025', 'samedi le 2 août 2025', 'le 2/8/2025'],
    ['le 3 août 2025', 'avant le 2 août 2025', 'après le 2 août 2025', 'le 2 août 2024', 'depuis le 2 août 2025'],
  ),
  ...rows(
    ask('year', 20190000, 'date', 'three times its size in 2019'),
    ['en 2019', "l'année 2019", 'l’année 2019', 'année 2019'],
    ['en 2018', 'depuis 2019', 'avant 2019', 'après 2019', "l'année 2020"],
  ),
  ...rows(
    ask('branch', 20260900, 'date', 'open a second branch in Laval in September 2026'),
    ['en septembre 2026', 'septembre 2026'],
    ['en octobre 2026', 'avant septembre 2026', 'depuis septembre 2026'],
  ),
])

describeRows('a mark said out of its total, as the quote gives it', [
  ...rows(
    ask('average', 15, 'count', 'pupils scored an average of 15 out of 20 in the exam'),
    ['15 out of 20', '15 sur 20', '15 over 20', '15 على 20', 'quinze sur vingt', '15/20', '15 من 20'],
    ['15 sur 10', '14 sur 20', '15 over 25', '20 sur 20', 'sur 20', 'over 15', '15 sur 20 sur 20'],
  ),
  ...rows(
    ask('scale', 20, 'count', 'أعلى معدل وطني، وهو 19.84 من 20 في شعبة الرياضيات', 'ar'),
    ['sur 20', 'من 20', 'out of 20', 'على 20', 'sur vingt', '20'],
    ['over 20', 'sur 10', 'sur 19.84', 'sur 200', 'plus de 20'],
  ),
  // no total in the quote: the reader's "out of" is a claim of its own
  ...rows(ask('pupils', 15, 'count', 'a class of 15 pupils'), ['15'], ['15 sur 20', '15 out of 20', 'sur 15']),
])

describeRows('French mn, minutes in a time question', [
  ...rows(
    ask('wait', 90, 'minute', 'لم تتجاوز مدة الانتظار 90 دقيقة', 'ar'),
    ['90mn', '90 mn', '1h30mn', '1h30', 'max 90 mn'],
    ['9 mn', '90 mn 30', '60 mn', 'plus de 90 mn', '90 ms'],
  ),
  ...rows(ask('crossings', 3200000, 'count', 'بلغ 3.2 مليون شخص', 'ar'), ['3.2 mn', '3,2 millions'], ['3.2 mn minutes', '32 mn']),
])

describeRows('names in French spellings: ou for و, monsieur’s M., and a glide dropped', [
  ...anyRows(
    named('director', ['رشيد الوزاني', 'الوزاني'], 'أكمل الفراغ بالاسم الوارد في المقال: «وقال مدير الميناء، ____»', 'وقال مدير الميناء، رشيد الوزاني'),
    ['Rachid Ouazzani', 'Rachid El Ouazzani', 'El Ouazzani', 'Ouazzani', 'M. Rachid Ouazzani', 'M Rachid El Ouazzani', 'Rachid Wazzani'],
    ['Rached Ouazzani', 'Rachida Ouazzani', 'M. Rachid', 'Rachid Ouazzani Tazi', 'Rachid Benzani', 'Rachid Ouarzazi'],
  ),
  ...anyRows(
    named('head', ['Nadia Haddad', 'Haddad'], 'Fill in the blank with the name the article gives: “Director ____ said”', 'Director Nadia Haddad said', 'en'),
    ['Nadia Haddad', 'Nadya Haddad', 'Nadia Hadad', 'Mme Haddad'],
    ['Nada Haddad', 'Nadine Haddad', 'Nadi Haddad', 'Nadia Hadid'],
  ),
  ...anyRows(
    named('coach', ['Rania Saleh', 'Saleh'], 'Fill in the blank with the name the article gives: “coach ____ said”', 'coach Rania Saleh said', 'en'),
    ['Rania Saleh', 'Ranya Saleh', 'Rania Salih'],
    ['Rana Saleh', 'Rani Saleh'],
  ),
  ...anyRows(
    named('park', ['National Park'], 'Fill in the blank: “in the ____”', 'in the National Park', 'en'),
    ['National Park', 'Natonal Park', 'Nationl Park'],
    ['Rational Park'],
  ),
])

describeRows('words: the euro as «أورو», ferries, teachers, French personnes, Algeciras and Laval', [
  ...rows(
    ask('ticket', 320, 'EUR', 'بلغ ثمن التذكرة 320 يورو في المتوسط', 'ar'),
    ['320 أورو', '320 اورو', 'ثلاثمائة وعشرين أورو'],
    ['320 درهم', '230 أورو', '320 أورو ونص', 'أورو'],
  ),
  ...rows(
    ask('ferries', 12, 'count', 'وإن 12 باخرة تؤمن الرحلات يوميا', 'ar'),
    ['12 باخرة', '12 بواخر', '12 ferries', '12 bateaux', '12 عبارة', '12 boats'],
    ['12 ساعة', '12 يورو', '12 رحلة', '21 باخرة'],
  ),
  ...rows(
    ask('teachers', 35, 'count', 'and 35 volunteer teachers, most of them parents, take turns teaching'),
    ['35 teachers', '35 معلم', '35 enseignants', '35 profs', '35 أساتذة'],
    ['35 parents', '35 schools', '35 مدرسة', '53 teachers'],
  ),
  ...rows(
    ask('crossings', 3200000, 'person', 'بعد أن بلغ 3.2 مليون شخص في الموسم الماضي', 'ar'),
    ['3,2 millions de personnes', '3.2 million personnes'],
    ['3,2 millions de dollars', '3,5 millions de personnes', '3,2 milliards de personnes'],
  ),
  ...anyRows(
    named('port', ['الجزيرة الخضراء'], 'أكمل الفراغ بالاسم الوارد في المقال: «بين طنجة و____»', 'تؤمن الرحلات يوميا بين طنجة والجزيرة الخضراء'),
    ['Algeciras', 'Algésiras', 'algesiras', 'الجزيرة الخضراء'],
    ['الجزيرة', 'Tanger', 'Tarifa', 'Algérie'],
  ),
  ...anyRows(
    named('branch', ['Laval'], 'Fill in the blank with the name the article gives: “a second branch in ____”', 'a second branch in Laval', 'en'),
    ['Laval', 'لافال', 'à Laval'],
    ['Montréal', 'Montreal', 'مونتريال'],
  ),
])

describeRows('«متين», 200, in a number’s company; the MSA adjective elsewhere', [
  ...rows(
    ask('trees', 1200, 'count', 'مبادرة لزراعة 1200 شجرة', 'ar'),
    ['الف ومتين', 'ألف ومتين شجرة', 'ألف وميتين'],
    ['متين', 'ألف متين', 'ألف ومتين وخمسين', 'ألف وتلتمية', 'المتين', 'ألف شجرة متين'],
  ),
  ...rows(
    ask('load', 3200, 'tonne', 'تفريغ 3200 طن من الغاز', 'ar'),
    ['تلاتة آلاف ومتين طن', 'تلات آلاف ومتين'],
    ['تلاتة آلاف ومتين كيلو', 'تلاتة آلاف طن متين', 'تلاتة آلاف ومية طن'],
  ),
  ...rows(ask('dinars', 200, 'count', 'بلغت الكلفة 200 دينار', 'ar'), ['متين', 'متين دينار', 'ميتين'], ['بمتين', 'متين ألف', 'حبل متين']),
])

// The open items of earlier sets it settled, on their frozen quizzes.
const GAS = frozenQuizzes(READERS_8_QUIZZES)
const PORTS = frozenQuizzes(READERS_10_QUIZZES)
const CEDIS = frozenQuizzes(READERS_16_QUIZZES)
const BAC = frozenQuizzes(READERS_18_QUIZZES)
const BUSES = frozenQuizzes(READERS_19_QUIZZES)
const TREES = frozenQuizzes(READERS_20_QUIZZES)
const SETTLED: [quiz: ReturnType<typeof frozenQuizzes>, article: string, id: string, answer: string, right: boolean][] = [
  // «سيدي» beside a number, for a question in cedis only
  [CEDIS, 'cocoa-ghana-en', 'money-3625', '3625 سيدي', true],
  [CEDIS, 'cocoa-ghana-en', 'money-3625', 'سيدي 3625', true],
  [CEDIS, 'cocoa-ghana-en', 'money-3625', '3626 سيدي', false],
  [CEDIS, 'cocoa-ghana-en', 'money-3625', '3625 ألف سيدي', false],
  [CEDIS, 'cocoa-ghana-en', 'money-2-5', '2.5 سيدي', true],
  [CEDIS, 'argan-essaouira-ar', 'money-450', '450 سيدي', false],
  [CEDIS, 'argan-essaouira-ar', 'money-450', '450 درهم', true],
  // `sur 20` for «19.84 من 20»
  [BAC, 'bac-tunisia-ar', 'count-20', 'sur 20', true],
  [BAC, 'bac-tunisia-ar', 'count-20', 'sur 10', false],
  [BAC, 'bac-tunisia-ar', 'count-20', 'over 20', false],
  // «متين» after a number and و
  [BUSES, 'transport-madinah-ar', 'false-count-1200000', 'لا والله مليون ومتين ألف', true],
  [BUSES, 'transport-madinah-ar', 'false-count-1200000', 'لا والله مليون وتلتمية ألف', false],
  [TREES, 'school-trees-irbid-ar', 'count-1200', 'الف ومتين شجره', true],
  [TREES, 'school-trees-irbid-ar', 'count-1200', 'الف ومية شجره', false],
  [GAS, 'gas-aden-ar', 'mass-3200', 'تلاتة آلاف ومتين طن', true],
  [GAS, 'gas-aden-ar', 'mass-3200', 'تلاتة آلاف ومتين لتر', false],
  [PORTS, 'metro-cairo-ar', 'money-1200000000', 'مليار ومتين مليون جنيه', true],
  [PORTS, 'metro-cairo-ar', 'money-1200000000', 'مليار ومتين مليون دولار', false],
  // French bateaux, with the boats' family
  [PORTS, 'sardines-agadir-ar', 'count-64', '64 bateaux', true],
  [PORTS, 'sardines-agadir-ar', 'count-64', '46 bateaux', false],
]

describe('open items of earlier sets, settled', () => {
  it.each(SETTLED.map(([quiz, article, id, answer, right]) => [`${article}/${id}`, answer, right, quiz] as const))(
    '%s: %j is right: %s',
    (at, answer, right, quiz) => {
      const [article, id] = at.split('/') as [string, string]
      const q = quiz(article)
      const question = q.questions.find((x) => x.id === id)!
      expect(question, id).toBeDefined()
      expect(gradeQuestion(question, answer, q.questions).correct).toBe(right)
    },
  )
})

// A verdict with a question mark, the reader's hedge, in words and in marks alike (`true?`, `✓?`).
describeRows('a verdict’s question mark', [
  ...anyRows(TRUE_EN, ['true?', 'vrai?', 'sa7?', '✓?', '✅?', '👍؟', 'true ✓?'], ['false?', '✗?', '✓ ✗?', '🤔?', '?', 'true ❌?']),
  ...anyRows(FALSE_EN, ['false?', 'faux ?', '❌?', '✗?', 'la2?'], ['true?', '✓?', '?', '😂?']),
])
