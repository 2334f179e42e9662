import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Articles of kinds the other drafting tests lack, for the tenth review (draft-review-10.test.ts): an Arabic Iraqi
 * economy story (a budget in dinars and dollars, a plural scale word after a number over 100, a ministry's spokesman,
 * percentages), an Arabic Moroccan festival (an edition in digits, «الدورة الـ41», «النسخة الـ12», ages, dates, dirhams,
 * percentages), an English Scottish council budget (a council in Scotland, pounds written as words and signs, a council
 * tax rise, a council leader) and an English athletics and science story (metric figures with their imperial conversion
 * in brackets, ages, an ordinal edition). Written for these tests; any likeness to real people is chance.
 */
export const REVIEW_10_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'budget-iq',
    lang: 'ar',
    text: `الحكومة العراقية تقر موازنة تكميلية بقيمة 18 تريليون دينار

بغداد - أقر مجلس الوزراء العراقي، الثلاثاء، مشروع موازنة تكميلية للعام الحالي بقيمة 18 تريليون دينار، على أن تحال إلى مجلس النواب للتصويت عليها خلال الأسبوعين المقبلين.

وقال المتحدث باسم وزارة المالية علي الجبوري إن الموازنة تعتمد سعراً لبرميل النفط قدره 68 دولاراً، وإن العجز المتوقع يبلغ 9.4 تريليون دينار، أي ما يعادل 12% من إجمالي الإنفاق.

وأضاف أن الحكومة خصصت 106 ملايين دولار لإعادة تأهيل محطات الكهرباء في محافظة البصرة، و2.3 تريليون دينار لرواتب نحو 450 ألف متعاقد جديد.

وبحسب بيانات البنك المركزي العراقي، بلغ متوسط صادرات النفط 3.35 مليون برميل يومياً خلال الربع الثالث، بزيادة نسبتها 4% عن الربع السابق.

من جهته، قال عضو اللجنة المالية النيابية مصطفى الكرعاوي إن الموازنة لم تتضمن تمويلاً كافياً لمشاريع المياه، مشيراً إلى أن 37 مشروعاً متوقفاً تحتاج إلى 640 مليار دينار لاستكمالها.

ويبلغ سعر الصرف الرسمي 1320 ديناراً للدولار الواحد، في حين تجاوز سعره في السوق الموازية 1450 ديناراً خلال الشهر الماضي.`,
  },
  {
    name: 'festival-ma',
    lang: 'ar',
    text: `انطلاق الدورة الـ41 لمهرجان الرباط الدولي للفيلم القصير

الرباط - انطلقت مساء الجمعة فعاليات الدورة الـ41 لمهرجان الرباط الدولي للفيلم القصير، بمشاركة 64 فيلماً من 23 دولة، وتستمر إلى غاية 14 أكتوبر الجاري.

وقال مدير المهرجان عبد اللطيف بنعيسى إن لجنة الانتقاء توصلت هذه السنة بـ1280 فيلماً، بزيادة قدرها 35% مقارنة بالدورة السابقة، وإن الأفلام المغربية تمثل 18% من الأعمال المشاركة.

وتترأس لجنة التحكيم المخرجة التونسية سلمى الزواري، البالغة من العمر 52 عاماً، فيما يضم المهرجان للمرة الأولى مسابقة لأفلام الطلبة في نسختها الأولى.

وتبلغ قيمة الجائزة الكبرى للمهرجان 120 ألف درهم، بينما تمنح جائزة لجنة التحكيم 60 ألف درهم، وجائزة الجمهور 25 ألف درهم.

وفي إطار النسخة الـ12 من ورشات الكتابة السينمائية، يستفيد 40 شاباً تتراوح أعمارهم بين 18 و30 سنة من تكوين يؤطره مخرجون محترفون على مدى 5 أيام.

وأوضح بنعيسى أن ميزانية هذه الدورة بلغت 4.5 مليون درهم، ساهم المركز السينمائي المغربي بـ60% منها، مضيفاً أن المهرجان استقطب العام الماضي نحو 22 ألف متفرج.`,
  },
  {
    name: 'council-scot',
    lang: 'en',
    text: `Fife Council approves 8% council tax rise to protect schools

Fife Council has approved an 8% rise in council tax, taking the annual bill for a Band D home to £1,522, as it tries to close a budget gap of £31.6 million.

Council leader David Ross said the increase would raise an extra £14 million a year and protect 240 teaching posts that had been at risk. "Nobody wants to put bills up, but the alternative was far worse," he said.

The budget, agreed by 39 votes to 33 at a meeting in Glenrothes on Thursday, also includes £2.8 million for road repairs and a 5% rise in charges for burial services.

Opposition leader Linda Erskine said families in Kirkcaldy and Dunfermline were already struggling, and that the council had wasted 6 million pounds on a failed IT system.

Across Scotland, councils have been allowed to set their own rates since the Scottish Government ended a freeze last year. Scotland's 32 councils raised council tax by an average of 9.6%, according to the local government body Cosla.

The council employs about 18,000 people and spends nearly £1 billion a year on services for 375,000 residents.`,
  },
  {
    name: 'sport-science-en',
    lang: 'en',
    text: `Welsh strongman lifts record stone as scientists measure his strength

A Welsh strongman has lifted a 186kg (410lb) stone onto a platform at the 12th Llanberis Strength Festival, breaking a record that had stood since 1998.

Rhys Morgan, 29, from Caernarfon, carried the stone 4.5 metres (14ft 9in) before lifting it to a height of 1.3m (4ft 3in), in front of a crowd of about 3,500 people.

Sports scientists from Bangor University fitted him with sensors during the event. Dr Megan Lloyd, who led the study, said his grip produced a force of 880 newtons and his heart rate peaked at 182 beats per minute.

The previous record of 178kg (392lb) was set by Irishman Conor Walsh, who was 34 at the time.

Morgan, who weighs 152kg (335lb) and is 1.93m (6ft 4in) tall, trains for about 20 hours a week and eats up to 8,000 calories a day.

Organisers said the festival raised £12,400 for the Welsh Air Ambulance and that entries were up 15% on last year.`,
  },
]
