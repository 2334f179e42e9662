import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Articles of shapes the other drafting tests covered least, for the nineteenth review (draft-review-19.test.ts): an
 * Arabic live blog of a flood whose entries open with their clock time («14:05 —», «آخر تحديث 15:40»), an Arabic
 * explainer in questions and answers («ما هو…؟», «متى يبدأ…؟») on a new fuel-subsidy card, an Arabic business story
 * quoting English names, products and figures in Latin script (mixed direction: `Careem`, `Uber`, `$3.1 billion`); an
 * English minister's statement in the first person (I, we, our), an English council story with a correction appended
 * ("Correction: an earlier version of this article said …") and an English league table and results pasted as text
 * (columns separated by tabs and runs of spaces). Written for these tests; any likeness to real people is chance.
 */
export const REVIEW_19_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'flood-live-ar',
    lang: 'ar',
    text: `مباشر: سيول جارفة تضرب مدينة صفاقس

آخر تحديث 15:40

15:40 — أعلن الديوان الوطني للحماية المدنية إجلاء 230 عائلة من أحياء منخفضة في مدينة صفاقس، ونقلها إلى 4 مراكز إيواء مؤقتة.

14:55 — قال المعهد الوطني للرصد الجوي إن كمية الأمطار بلغت 112 مليمترا في أقل من ثلاث ساعات، وهي الأعلى منذ عام 2003.

14:20 — أغلقت السلطات 6 طرقات رئيسية في المدينة بعد ارتفاع منسوب المياه، ودعت السكان إلى تجنب التنقل.

13:45 — أعلنت وزارة التربية تعليق الدروس يوم غد في 57 مدرسة بولاية صفاقس.

13:10 — قال والي صفاقس محمد الحجري إن فرق الإنقاذ انتشلت شخصين من سيارة جرفتها المياه قرب وادي الشعبوني، وإن حالتهما مستقرة.

12:30 — بدأت الأمطار الغزيرة في الهطول على المدينة منذ منتصف النهار، مصحوبة برياح بلغت سرعتها 70 كيلومترا في الساعة.`,
  },
  {
    name: 'fuel-card-faq-ar',
    lang: 'ar',
    text: `كل ما تريد معرفته عن بطاقة دعم المحروقات الجديدة

تبدأ الحكومة الشهر المقبل صرف الدعم النقدي للمحروقات عبر بطاقة إلكترونية بدلا من خفض الأسعار في محطات الوقود. وفيما يلي أبرز الأسئلة والأجوبة حول البطاقة.

ما هي بطاقة دعم المحروقات؟
هي بطاقة مسبقة الدفع تصدرها وزارة المالية، يشحن عليها مبلغ شهري يمكن استخدامه في أكثر من 900 محطة وقود في المملكة.

من يحق له الحصول عليها؟
يحق للأسر التي يقل دخلها الشهري عن 800 دينار، وللسائقين العاملين في النقل العام، ويقدر عدد المستفيدين بنحو 420 ألف أسرة.

كم قيمة الدعم الشهري؟
تحصل الأسرة على 25 دينارا شهريا، فيما يحصل سائق النقل العام على 40 دينارا.

متى يبدأ التسجيل؟
يبدأ التسجيل عبر منصة «سند» في الأول من شباط، ويستمر 45 يوما.

ماذا يحدث لأسعار الوقود؟
قالت وزيرة الطاقة هالة زواتي إن سعر لتر البنزين سيرتفع إلى 1.05 دينار، لكن البطاقة ستعوض الأسر المستحقة عن الفرق.`,
  },
  {
    name: 'ride-hailing-mixed-ar',
    lang: 'ar',
    text: `Careem تطلق خدمة توصيل جديدة في الرياض

دبي - أعلنت شركة Careem، التابعة لمجموعة e& الإماراتية، إطلاق خدمة Careem Box لتوصيل الطرود داخل المدن في الرياض وجدة، بعد أن جربتها في دبي لمدة 6 أشهر.

وقال المدير التنفيذي للشركة Mudassir Sheikha في مؤتمر صحفي إن الخدمة ستوظف نحو 3 آلاف سائق في المرحلة الأولى، وإن الشركة تستهدف تنفيذ مليون عملية توصيل بحلول نهاية 2026.

وكانت Uber قد باعت حصتها المتبقية في Careem Technologies إلى مجموعة e& في صفقة قدرت بـ 400 مليون دولار، بعد أن استحوذت على Careem عام 2019 مقابل 3.1 مليار دولار.

ويبلغ عدد مستخدمي تطبيق Careem أكثر من 50 مليون مستخدم في 10 دول، بحسب الشركة.

وتنافس الخدمة الجديدة شركات مثل Aramex وNoon، في سوق يقدر حجمه بنحو 6.5 مليار دولار في السعودية.`,
  },
  {
    name: 'minister-statement-en',
    lang: 'en',
    text: `Statement by the Minister for Housing on the emergency accommodation plan

The following is the full text of the statement delivered by Housing Minister Claire Donnelly in the Assembly on Tuesday.

Thank you, Speaker. I want to begin by thanking the council staff who have worked through the winter to keep families off the streets.

Last year 4,180 households were placed in emergency accommodation, an increase of 23% on the year before. That is not acceptable, and I will not pretend that it is.

Today I am announcing a plan to build 1,500 social homes over the next three years, backed by £210 million of new funding. We will also double the homelessness prevention grant to £36 million.

We have listened to councils. From April, no family with children will be placed in a bed and breakfast for more than six weeks.

I have asked my officials to publish progress figures every quarter, so that this Assembly can hold me to account.

Thank you.`,
  },
  {
    name: 'library-correction-en',
    lang: 'en',
    text: `Council votes to keep three branch libraries open

Councillors in Redbridge have voted to keep three branch libraries open after a campaign that gathered more than 9,000 signatures.

The cabinet had proposed closing the libraries in Aldborough, Hainault and Keats Road to save £640,000 a year. At a meeting on Wednesday night, 31 councillors voted against the closures and 18 in favour.

Council leader Jas Athwal said the libraries would instead open for four days a week rather than six. "We have found savings elsewhere in the budget," he said.

The Hainault branch, which opened in 1961, lends about 42,000 books a year, according to council figures.

Campaigner Ruth Okafor, 67, said the result was "a victory for every child who does their homework there".

Correction: An earlier version of this article said the campaign gathered 6,000 signatures. It gathered more than 9,000. We apologise for the error.`,
  },
  {
    name: 'league-table-en',
    lang: 'en',
    text: `Harriers go top after late winner at Millfield

Kingsbury Harriers moved to the top of the Northern Counties League on Saturday after Dan Pryce scored in the 89th minute to beat Millfield Town 2-1.

Millfield had led through a penalty from Sam Oduya in the 34th minute before Luke Benn equalised just after half-time. A crowd of 1,240 watched the match.

Saturday's results:
Millfield Town	1	Kingsbury Harriers	2
Ashby Rovers	0	Dunmore United	0
Castleford Park	3	Elmwood	1

Table:
Pos  Team                 P   W   D   L   Pts
1    Kingsbury Harriers   14  10  2   2   32
2    Dunmore United       14  9   4   1   31
3    Castleford Park      14  8   3   3   27
4    Millfield Town       14  7   2   5   23

Dunmore, who are unbeaten at home this season, host Castleford next Saturday. Harriers travel to Ashby Rovers.`,
  },
]
