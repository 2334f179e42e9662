import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Articles of kinds the other drafting tests lack, for the ninth review (draft-review-9.test.ts): an Arabic Jordanian cup
 * final (a score, minutes of goals, bonuses and prizes in dinars, percentages, a club president and a coach with titles),
 * an Arabic Moroccan health campaign (a ministry of two fields, a doctor after a directorate's long name, dirhams, a
 * regional director, clock times), and an English county show (imperial weights and lengths with their metric conversion
 * in brackets, an ordinal edition, ages, pounds sterling, clock times written with a dot). Written for these tests; any
 * likeness to real people is chance.
 */
export const REVIEW_9_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'cup-ar',
    lang: 'ar',
    text: `الفيصلي يتوج بلقب كأس الأردن بعد فوزه على الحسين إربد

عمّان - (بترا):
توج الفيصلي بلقب كأس الأردن لكرة القدم للمرة الحادية والعشرين في تاريخه، بعد فوزه على الحسين إربد بنتيجة 3-1 في المباراة النهائية التي أقيمت مساء الجمعة على ستاد عمّان الدولي، بحضور نحو 17 ألف متفرج.

وسجل المهاجم يزن العرب هدفين للفيصلي في الدقيقتين 34 و71، فيما أضاف البديل محمد أبو زريق الهدف الثالث، وسجل للحسين إربد لاعبه علي علوان من ركلة جزاء.

وقال رئيس نادي الفيصلي المهندس نضال الحديد إن إدارة النادي قررت صرف مكافأة قدرها 150 ألف دينار للاعبين والجهاز الفني، مشيراً إلى أن الفريق حقق 82% من نقاط مبارياته هذا الموسم.

وحصل الفيصلي على جائزة مالية قدرها 60 ألف دينار من الاتحاد الأردني لكرة القدم، فيما نال الحسين إربد 30 ألف ديناراً.

وأوضح مدرب الفريق البرتغالي جواو موتا أن لاعبيه خاضوا 38 مباراة في مختلف المسابقات خلال الموسم، وأن نسبة الاستحواذ في النهائي بلغت 58%.

من جهته، قال الأمين العام للاتحاد سمير جرار إن إيرادات التذاكر بلغت 212 ألف دينار، بزيادة نسبتها 15% عن نهائي العام الماضي.`,
  },
  {
    name: 'measles-ma',
    lang: 'ar',
    text: `وزارة الصحة تطلق حملة وطنية لتلقيح الأطفال ضد الحصبة

الرباط - أعلنت وزارة الصحة والحماية الاجتماعية، يوم الإثنين، إطلاق حملة وطنية لتلقيح الأطفال ضد الحصبة، تستهدف نحو 2.4 مليون طفل تتراوح أعمارهم بين 6 أشهر و18 سنة، وتستمر إلى غاية 30 يونيو المقبل.

وقال وزير الصحة والحماية الاجتماعية أمين التهراوي إن الوزارة سجلت منذ بداية السنة 4280 حالة إصابة بالحصبة، توفي منها 31 شخصاً، أغلبهم من الأطفال غير الملقحين.

وأوضحت مديرة مديرية علم الأوبئة ومحاربة الأمراض الدكتورة نادية الإدريسي أن نسبة التلقيح في بعض الجماعات القروية لا تتجاوز 60%، في حين توصي منظمة الصحة العالمية بنسبة لا تقل عن 95%.

وخصصت الوزارة لهذه الحملة غلافاً مالياً قدره 85 مليون درهم، وجندت 6500 من الأطر الصحية، موزعين على 3100 مركز صحي و420 وحدة متنقلة.

وفي جهة سوس ماسة، قال المدير الجهوي للصحة الدكتور رشيد الوزاني إن المصالح الصحية سجلت 612 حالة خلال الأشهر الثلاثة الماضية، مقابل 95 حالة في الفترة نفسها من العام الماضي.

ودعا المجلس الجماعي لمدينة أكادير الآباء إلى الإسراع بتلقيح أبنائهم، مؤكداً أن الحملة مجانية وأن التلقيح يتم في المدارس والمراكز الصحية من الساعة 8:30 صباحاً إلى 4:30 مساءً.`,
  },
  {
    name: 'show-en',
    lang: 'en',
    text: `Record pumpkin crowned at county show as crowds return

A pumpkin weighing 1,247lb (566kg) was crowned the heaviest in the 41st annual Kelbrook Agricultural Show on Saturday, beating last year's winner by almost 90lb.

Grower Martin Ashcroft, 58, from Skipton, said he had fed the plant up to 40 litres of water a day through July. "You spend six months worrying about one vegetable," he said.

The show's longest marrow measured 16ft 4in (4.98 metres) from end to end, while a sunflower grown by schoolgirl Ellie Marsden, 11, reached 3.6 metres.

Judge Helen Barraclough, who has judged vegetables at the show for 19 years, said the entries were the best she had seen since the 25th show in 2009.

Organisers said 32,500 visitors attended over two days, up 18% on last year, and tickets sold for £14 each. The gates opened at 9.30am and the prize-giving began at 4.30pm.

In the livestock ring, a Texel lamb bred by farmer Owen Pryce weighed 40lb (18kg) at eight weeks and took the supreme champion title, worth £750 in prize money.

The Royal Agricultural Society said more than 1,200 farms had entered animals, and the show raised £86,000 for Airedale General Hospital.`,
  },
]
