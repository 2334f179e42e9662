import { askNumber as ask, answerRows as rows } from './numeric-question.ts'
import { anyRows, describeRows, named, verdict } from './rules-table.ts'

/**
 * The rules the eighteenth readers' set (grade-readers-18.test.ts) led to, on questions and answers of their own, each
 * beside its wrong neighbours: Tunisian and French verdict words (`ماهوش صحيح`, `بالطبيعة`, `c'est vrai`, `c'est pas
 * vrai`, `pas vrai`) and a learner's (`صحيحاً`, `انه صحيح`); a French unit of two words in a verdict's reason (`oui, 33
 * pour cent`); Tunisian and French figures (`زوز سوايع ونص`, `مية وثمنية وأربعين ألف`, `148 mille`, `deux heures et
 * demie`, `3000 دت`); «درجة Celsius»; a name's title (`سي`, `monsieur`), the article typed apart (`ال جهراء`), the French
 * ou of a short first name (`Mounir`), a short name's final long a (`Rana Khoury`, the seventeenth set's open item);
 * `max`, `maximum` and French comparisons as the quote's (`max 7 da2aye2`, the seventeenth set's open item).
 * Measured on this file's rows (vitest's JSON reporter, `src/core` before this round → after): see docs/grading.md.
 */

const TRUE_STATEMENT = verdict('true-rate', true, 'صواب أم خطأ بحسب المقال؟ بلغت نسبة النجاح 33 بالمائة.', 'مقابل 33 بالمائة في الدورة الرئيسية للسنة الماضية')
const FALSE_STATEMENT = verdict('false-days', false, 'صواب أم خطأ بحسب المقال؟ تتواصل دورة المراقبة 3 أيام.', 'وتتواصل 4 أيام')

describeRows('Tunisian, French and learners’ verdict words', [
  ...anyRows(
    TRUE_STATEMENT,
    [
      'بالطبيعة',
      'إيه بالطبيعة',
      "c'est vrai",
      'c vrai',
      'oui c’est vrai',
      'pas faux',
      'صحيحاً',
      'انه صحيح',
      'إنه صحيح',
      'oui, 33 pour cent',
      "c'est vrai, 33 pour cent",
    ],
    [
      'ماهوش صحيح',
      "c'est pas vrai",
      "ce n'est pas vrai",
      'pas vrai',
      "c'est faux",
      'pas du tout',
      'je sais pas',
      'vrai ou faux',
      "c'est",
      'pas',
      'ماهوش',
      'انه',
      'oui, 23 pour cent',
      'oui, 33 pour les filles',
      'بالطبيعة لا',
      'خاطئاً',
    ],
  ),
  ...anyRows(
    FALSE_STATEMENT,
    ['ماهوش صحيح', 'ماهيش صحيحة', "c'est pas vrai", "ce n'est pas vrai", 'pas vrai', "c'est faux", 'خاطئاً', 'انه خطأ', 'faux, 4 jours', 'non, 4 jours'],
    ["c'est vrai", 'pas faux', 'صحيحاً', 'انه صحيح', 'بالطبيعة', 'faux, 5 jours', 'ماهوش غالط'],
  ),
])

describeRows('Tunisian and French figures', [
  ...rows(
    ask('session', 2.5, 'hour', 'وتدوم كل حصة امتحان ساعتين ونصف', 'ar'),
    [
      'زوز سوايع ونص',
      '2 سوايع ونص',
      'deux heures et demie',
      '2 heures et demie',
      'ساعتين ونص',
      '150 دقيقة',
      'deux heures trente',
      '2 heures trente',
      '2h30mn',
      '2 h 30 mn',
      'ساعتين وثلاثين',
      'two hours and thirty',
    ],
    [
      ...['زوز سوايع', 'تلاث سوايع ونص', 'deux heures', 'trois heures et demie', 'deux minutes et demie', 'زوز دقايق ونص', 'demi heure', '2 سوايع'],
      ...['deux heures vingt', 'deux heures trente-cinq', '2h20mn', '2h30 s', 'ساعتين وعشرين', 'ساعتين ثلاثين', 'ساعتين وستين', 'trois jours trente'],
    ],
  ),
  // minutes in words only after و or in French: an Arabic number right after the unit agrees with it
  ...rows(ask('one-hour', 1, 'hour', 'وتستغرق الرحلة ساعة واحدة', 'ar'), ['ساعة واحدة', 'ساعة'], ['ساعة وواحد', 'ساعة وعشرة']),
  ...rows(
    ask('two-hours', 2, 'hour', 'قطع مبرمج للتيار لمدة ساعتين', 'ar'),
    ['ساعتين اثنتين', 'ساعتين', '2h'],
    ['ساعتين وعشرين', 'deux heures vingt', '2h20mn'],
  ),
  // mn stays a million after an amount
  ...rows(ask('cost', 300_000_000, 'USD', 'The works cost $300 mn'), ['$300 mn', '300 mn dollars', '300 mn'], ['$30 mn', '300 mn euros']),
  ...rows(
    ask('candidates', 148000, 'count', 'من بين 148 ألف مترشح', 'ar'),
    ['148 mille', 'مية وثمنية وأربعين ألف', 'cent quarante-huit mille', '148 ألف'],
    ['148', '48 mille', '184 mille', 'مية وثمنية وثلاثين ألف', 'ثمنية', 'mille'],
  ),
  ...rows(ask('eight', 8, 'count', 'وتشغل الشركة 8 حافلات', 'ar'), ['ثمنية', '8'], ['ثمنين', 'ثمانين', '18']),
  ...rows(
    ask('prize', 3000, 'TND', 'جائزة مالية بقيمة 3 آلاف دينار لكل واحد منهم', 'ar'),
    ['3000 دت', 'دت 3000', '3 آلاف دت', '3000 DT', '3 mille dinars'],
    ['300 دت', '3000 دولار', '3 دت', 'mille dinars', '3.000 DT'],
  ),
  // the Tunisian press's «م.د», MD (a million dinars) and «أ.د» (a thousand), after a number and for a question in dinars
  ...rows(
    ask('plant', 850_000_000, 'TND', 'وبلغت كلفة المحطة 850 مليون دينار', 'ar'),
    ['850 م.د', '850 MD', '850 MDT', 'ثمانمية وخمسين م.د', '850000 أ.د', '850 مليون دينار'],
    ['85 م.د', '850 أ.د', '850 مليون م.د', '850 MD dollars', 'MD 850', '850 م.د م.د', '850 ألف دينار'],
  ),
  ...rows(ask('grant', 3000, 'TND', 'جائزة مالية بقيمة 3 آلاف دينار', 'ar'), ['3 أ.د', '3000 دينار'], ['3 م.د', '3 MD', '3 دينار']),
  ...rows(ask('count-md', 850, 'count', 'وشارك 850 طبيبا في الحملة', 'ar'), ['850'], ['850 م.د', '850 أ.د']),
  // دت and م.د are the Tunisian dinar's only: no money of another currency's question
  ...rows(
    ask('kuwait', 3_200_000, 'KWD', 'بلغت 3.2 مليون دينار خلال الأسبوع الماضي', 'ar'),
    ['3.2 مليون دينار', '3.2 مليون د.ك', '3.2 مليون'],
    ['3.2 مليون دت', '3.2 مليون دولار', '3.2 م.د', '3.2 MD'],
  ),
  ...rows(
    ask('heat', 52, 'celsius', 'فيما بلغت درجة الحرارة 52 درجة مئوية في منطقة الجهراء', 'ar'),
    ['52 درجة Celsius', '52 درجات Celsius', '52 درجة سيلسيوس', '52 درجة مئوية'],
    ['25 درجة Celsius', '52 درجة fahrenheit', '52 درجة Fahrenheit', '50 درجة Celsius'],
  ),
])

describeRows('a name’s title, the article typed apart, the French ou and a final long a', [
  ...anyRows(
    named('head', ['منير العياري', 'العياري'], 'أكمل الفراغ بالاسم: «وقال المدير العام للامتحانات، ____ …»', 'وقال المدير العام للامتحانات، منير العياري'),
    ['سي منير العياري', 'Si Mounir Ayari', 'Mounir Ayari', 'Mounir El Ayari', 'monsieur Mounir Ayari', 'Munir Ayari'],
    ['سي منذر العياري', 'سي منير', 'Mounira Ayari', 'Mounir Ayadi', 'Mounir', 'Si', 'monsieur', 'Mouner Ayari'],
  ),
  ...anyRows(
    named('first-ou', ['بشرى الزين'], 'أكمل الفراغ بالاسم: «وقالت المديرة ____ …»', 'وقالت المديرة بشرى الزين'),
    ['Bouchra Zine', 'Bouchra El Zein', 'Bushra Al Zein'],
    ['Bouchra', 'Boushra Zaki', 'Bachir Zine'],
  ),
  // the French ou of a short name only after its first letter: Mahmoud is محمود, never محمد; Souad سعاد, never سعد
  ...anyRows(
    named('mohamed', ['محمد الطرابلسي'], 'أكمل الفراغ بالاسم: «وقال ____ …»', 'وقال محمد الطرابلسي'),
    ['Mouhamed Trabelsi', 'Mohamed Trabelsi', 'Mouhamed El Trabelsi'],
    ['Mahmoud Trabelsi', 'Mahmoud', 'Mourad Trabelsi'],
  ),
  ...anyRows(
    named('saad', ['سعد الحمدان'], 'أكمل الفراغ بالاسم: «وقال ____ …»', 'وقال سعد الحمدان'),
    ['Saad Al Hamdan', 'Saad Hamdan'],
    ['Souad Hamdan', 'Souad Al Hamdan'],
  ),
  ...anyRows(
    named('rana', ['رنا الخوري', 'الخوري'], 'أكمل الفراغ بالاسم: «وقالت مديرة النقل العام، ____ …»', 'وقالت مديرة النقل العام في الأمانة، رنا الخوري'),
    ['Rana Khoury', 'Rana Khouri', 'Rana El Khoury'],
    ['Rania Khoury', 'Rina Khoury', 'Dana Khoury', 'Runa Khoury', 'Rana', 'Rana Fakhoury', 'Reem Khoury'],
  ),
  ...anyRows(
    named('lina', ['لينا الخوري'], 'أكمل الفراغ بالاسم: «وقالت ____ …»', 'وقالت لينا الخوري'),
    ['Lina Khoury', 'Leena Khoury'],
    ['Lana Khoury', 'Lama Khoury', 'Lina', 'Dina Khoury'],
  ),
  ...anyRows(
    named('rasha', ['رشا النمر'], 'أكمل الفراغ بالاسم: «وقالت ____ …»', 'وقالت رشا النمر'),
    ['Rasha Nimer', 'Rasha Al Nimr'],
    ['Rosha Nimer', 'Rasha', 'Rasmia Nimer'],
  ),
  ...anyRows(
    named('jahra', ['الجهراء'], 'املأ الفراغ باسم المنطقة: «فيما بلغت درجة الحرارة … في منطقة ____»', 'في منطقة الجهراء'),
    ['ال جهراء', 'الجهراء', 'في ال جهراء'],
    ['ال زور', 'ال', 'ال جهر', 'ال جهراء ال زور'],
  ),
])

describeRows('`max`, `maximum` and French comparisons as the quote’s', [
  ...rows(
    ask('wait', 7, 'minute', 'وأن الانتظار في المحطات لا يتجاوز 7 دقائق', 'ar'),
    ['max 7 da2aye2', 'max 7 minutes', '7 minutes max', 'maximum 7 min', '7 دقائق max', 'au plus 7 minutes', 'au maximum 7 minutes'],
    ['max 8 minutes', 'min 7 minutes', 'plus de 7 minutes', 'au moins 7 minutes', 'moins de 7 minutes', 'max 7 sa3at'],
  ),
  // a comparison the quote does not say stays the reader's own
  ...rows(
    ask('trip', 45, 'minute', 'وإن الرحلة تستغرق نحو 45 دقيقة', 'ar'),
    ['45 دقيقة', '45 minutes'],
    ['max 45 minutes', '45 minutes max', 'au moins 45 minutes', 'plus de 45 minutes'],
  ),
  ...rows(
    ask('at-least', 95, 'percent', 'أن تكون نسبة التطعيم لا تقل عن 95 في المئة', 'ar'),
    ['95%', 'au moins 95%', '95% au moins'],
    ['au plus 95%', 'max 95%', 'moins de 95%'],
  ),
])
