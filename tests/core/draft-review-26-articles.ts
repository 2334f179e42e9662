import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Articles for the twenty-sixth review (draft-review-26.test.ts): genres earlier reviews asked little of — a court
 * report, a drug trial, a flood pasted from a news site, a local election's results with many figures, a football
 * transfer pasted from a sports site, a bank's quarterly results, an obituary and an interview in questions and answers.
 * Written for these tests; any likeness to real people is chance.
 */
export type Review26Article = { name: string; lang: Lang; text: string }

export const REVIEW_26_ARTICLES: Review26Article[] = [
  {
    name: 'court-embezzlement-ar',
    lang: 'ar',
    text: `السجن 7 سنوات لمدير سابق في بلدية الزرقاء بتهمة الاختلاس

قضت محكمة الجنايات الكبرى في عمّان، الأحد، بسجن مدير الشؤون المالية السابق في بلدية الزرقاء، سامر الخطيب، 7 سنوات مع الأشغال الشاقة، بعد إدانته باختلاس 2.4 مليون دينار من أموال البلدية بين عامي 2019 و2022.

وألزمت المحكمة المتهم بإعادة المبلغ كاملاً ودفع غرامة قدرها 50 ألف دينار، فيما برّأت متهمَين آخرَين من موظفي البلدية لعدم كفاية الأدلة.

وقال رئيس هيئة المحكمة القاضي محمد العمري إن المتهم "استغل منصبه لتحويل الأموال إلى 14 حساباً مصرفياً باسم أقاربه"، مشيراً إلى أن التحقيقات استمرت 18 شهراً.

وكشف ديوان المحاسبة المخالفات في تقريره السنوي لعام 2022، بعد أن لاحظ مدققوه فروقات في 312 معاملة مالية.

وقال محامي الدفاع، خالد النسور، إن موكله سيستأنف الحكم خلال 30 يوماً، معتبراً أن المحكمة "لم تأخذ بشهادة 5 شهود للدفاع".

وكانت هيئة النزاهة ومكافحة الفساد قد أحالت القضية إلى النيابة العامة في آذار 2023، وهي واحدة من 127 قضية أحالتها الهيئة إلى القضاء خلال ذلك العام.`,
  },
  {
    name: 'drug-trial-en',
    lang: 'en',
    text: `Weekly injection cuts heart attack risk by a fifth, trial finds

A weekly injection of the drug veltaparin reduced the risk of heart attacks and strokes by 21% in people with type 2 diabetes, according to a large international trial published on Saturday in The Lancet.

The study followed 9,462 patients in 28 countries for an average of 3.4 years. Half received the drug and half a placebo.

Among those given veltaparin, 412 had a heart attack or a stroke, compared with 521 in the placebo group. The drug also lowered blood sugar levels and patients lost an average of 6.8 kilograms.

"These are the strongest results we have seen in this group of patients," said Professor Helen Okafor of the University of Leeds, who led the trial. "It could change how doctors treat diabetes within the next five years."

Side effects were mostly mild, the researchers said, but 7.2% of patients stopped taking the drug because of nausea, against 2.1% of those on the placebo.

The trial was funded by the drug's maker, Arvena Pharmaceuticals, which said it would apply for approval in Europe and the United States in the spring. A year's treatment is expected to cost about $11,000 in the US.

Dr Paul Menzies, a cardiologist at King's College London who was not involved in the study, said the well-known problem of patients giving up weekly injections would limit the benefit outside a trial.`,
  },
  {
    name: 'flood-pasted-ar',
    lang: 'ar',
    text: `الرئيسية  ›  محليات

ارتفاع حصيلة ضحايا السيول في جنوب اليمن إلى 38 قتيلاً

الثلاثاء 14 أكتوبر 2025 - 09:15

عدن - (سبأ):

ارتفعت حصيلة ضحايا السيول التي اجتاحت محافظتي لحج وأبين إلى 38 قتيلاً و61 مصاباً، بحسب ما أعلنت اللجنة الوطنية لمواجهة الكوارث مساء الاثنين.

وقال المتحدث باسم اللجنة، عبدالله باسلامة، إن فرق الإنقاذ ما زالت تبحث عن 12 مفقوداً، معظمهم من الأطفال، جرفتهم المياه في وادي تبن.

وأضاف أن الأمطار الغزيرة التي هطلت خلال 48 ساعة دمّرت 1,450 منزلاً بشكل كلي وألحقت أضراراً جزئية بـ3,200 منزل آخر، فيما نزحت نحو 2,800 أسرة إلى المدارس والمساجد.

وسجلت محطة الرصد في مدينة الحوطة 142 ملليمتراً من الأمطار في يوم واحد، وهو أعلى معدل منذ عام 1996، وفق المركز الوطني للأرصاد.

وأعلنت منظمة الصحة العالمية أنها أرسلت 20 طناً من الأدوية والمستلزمات الطبية، محذّرة من انتشار الكوليرا في المخيمات.

اقرأ أيضاً: الأمم المتحدة تطلق نداءً عاجلاً لجمع 15 مليون دولار

شارك
فيسبوك تويتر واتساب

الوسوم: اليمن، سيول، لحج`,
  },
  {
    name: 'election-results-en',
    lang: 'en',
    text: `Greens take control of Harrowby council for the first time

The Green Party won control of Harrowby District Council for the first time on Friday, taking 24 of the council's 45 seats after a count that ran late into the night.

Labour, which had run the council since 2011, fell from 26 seats to 13. The Conservatives won 5 seats, down from 9, and independents took the remaining 3.

Turnout was 38.6%, up from 31.2% at the last election in 2021. In all, 41,370 ballots were cast, of which 212 were rejected as spoiled.

The closest contest was in Millbrook ward, where the Green candidate, Aisha Rahman, beat Labour's Tom Fielding by just 17 votes after two recounts.

The new council leader, Green councillor Dan Whitaker, said his first act would be to freeze parking charges for a year. "People voted for change, and they will see it in our first hundred days," he said.

Labour's regional director, Carol Yates, said the result was "deeply disappointing" and blamed the closure of the town's swimming pool, which the council shut in 2024 to save £1.2m a year.`,
  },
  {
    name: 'transfer-pasted-en',
    lang: 'en',
    text: `Home > Football > Transfers

Rovers sign striker Kofi Mensah for club-record £18m

By Sam Porter, Sports reporter

Published 2 July 2026, 18:40 BST | Updated 19:05 BST

Share
Save

Blackmoor Rovers have signed Ghana striker Kofi Mensah from Belgian side Antwerp for a club-record fee of £18m.

The 24-year-old has agreed a five-year contract and will wear the number nine shirt. The fee could rise to £22m with add-ons, the club said.

Mensah scored 27 goals in 41 games for Antwerp last season and was named the Belgian league's player of the year.

Rovers manager Ian Doyle said he had tracked the player for two years. "Kofi is quick, strong and hungry, and he scores every kind of goal," Doyle said.

The previous club record was the £12.5m Rovers paid for midfielder Luis Ortega in 2023.

Rovers finished 11th in the Premier League last season, 14 points above the relegation places.

Related Topics
Blackmoor Rovers
Premier League`,
  },
  {
    name: 'bank-earnings-ar',
    lang: 'ar',
    text: `أرباح البنك الأهلي التجاري ترتفع 12% في الربع الثالث

أعلن البنك الأهلي التجاري، الأربعاء، ارتفاع صافي أرباحه في الربع الثالث من العام الجاري بنسبة 12% إلى 4.6 مليار ريال، مقارنة بـ4.1 مليار ريال في الفترة نفسها من العام الماضي.

وقال البنك في بيان إلى السوق المالية السعودية "تداول" إن الزيادة تعود إلى نمو دخل العمولات الخاصة بنسبة 9% إلى 7.8 مليار ريال، وتراجع مخصصات خسائر الائتمان بنسبة 18%.

وبلغت أصول البنك 1.02 تريليون ريال بنهاية سبتمبر، فيما ارتفعت ودائع العملاء 6% إلى 650 مليار ريال.

وقال الرئيس التنفيذي للبنك، فيصل السبيعي، إن البنك منح قروضاً سكنية بقيمة 11 مليار ريال خلال الربع، مضيفاً أن عدد عملائه عبر التطبيق تجاوز 5 ملايين عميل.

وأغلق سهم البنك عند 38.45 ريال في جلسة الأربعاء، مرتفعاً 1.3%، قبل إعلان النتائج.

ويتوقع محللون أن يوزع البنك أرباحاً نقدية بواقع 1.2 ريال للسهم عن النصف الثاني من العام.`,
  },
  {
    name: 'obituary-en',
    lang: 'en',
    text: `Margaret Ellison, pioneering glacier scientist, dies aged 91

Margaret Ellison, the glaciologist whose measurements of Greenland's ice sheet helped show how quickly it was melting, has died at her home in Cambridge. She was 91.

Her death on Tuesday was announced by the Scott Polar Research Institute, where she worked for 34 years.

Born in Dundee in 1934, Ellison studied physics at the University of St Andrews and joined her first expedition to Greenland in 1961, one of only two women on a team of 40.

Over the next four decades she led 23 expeditions and drilled more than 60 ice cores, the deepest of them 2,037 metres. Her 1989 paper on the ice sheet's thinning has been cited more than 4,000 times.

In 2005 she became the first woman to receive the Polar Medal for scientific work. "She taught a whole generation to trust the ice and not the models," said Professor James Whitlock, the institute's director.

She is survived by her two sons and five grandchildren. Her husband, the geologist Peter Ellison, died in 2010.`,
  },
  {
    name: 'interview-ar',
    lang: 'ar',
    text: `مديرة مهرجان قرطاج: بعنا 85 ألف تذكرة ونريد جمهوراً أصغر سناً

حاورتها: سلمى بن علي

تستعد الدورة الـ59 من مهرجان قرطاج الدولي لإسدال الستار على عروضها. التقينا مديرة المهرجان، نادية الزغلامي، للحديث عن أرقام هذه الدورة وخطط العام المقبل.

كم عدد التذاكر التي بيعت هذا العام؟

بعنا 85 ألف تذكرة في 32 عرضاً، أي بزيادة 15% عن الدورة الماضية. وقد نفدت تذاكر 11 عرضاً قبل موعدها بأسبوع.

ما هي ميزانية هذه الدورة؟

بلغت الميزانية 6.5 مليون دينار، تتحمل وزارة الشؤون الثقافية 60% منها، والباقي من الرعاة ومبيعات التذاكر.

ماذا عن أسعار التذاكر التي انتقدها كثيرون؟

أفهم الانتقاد. لذلك خصصنا 5 آلاف تذكرة للطلبة بسعر 10 دنانير فقط، بينما يصل سعر أغلى تذكرة إلى 120 ديناراً.

وما خططكم للدورة المقبلة؟

نريد جمهوراً أصغر سناً. سنضيف مسرحاً ثانياً يتسع لـ3 آلاف متفرج، وسنخصص ليلتين لموسيقى الشباب.`,
  },
]
