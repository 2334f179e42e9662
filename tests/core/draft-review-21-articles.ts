import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Articles of genres the other drafting tests covered least, for the twenty-first review (draft-review-21.test.ts): an
 * Arabic economic story from Saudi Arabia by fiscal quarters («الربع الثالث», «مليار ريال», a deficit and a surplus), an
 * Arabic humanitarian story from Gaza and Lebanon (counts of displaced people, aid trucks a day, shelters), an Arabic
 * football transfer story (a fee in euros, contract years, ages, a release clause), an Arabic weather story with
 * temperatures below zero and wind speeds in km/h, and an English local-council planning story (homes, hectares, a share
 * of affordable housing, a vote). Written for these tests; any likeness to real people is chance.
 */
export const REVIEW_21_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'saudi-quarter-budget-ar',
    lang: 'ar',
    text: `عجز الميزانية السعودية يتراجع في الربع الثالث

أعلنت وزارة المالية السعودية أن عجز الميزانية العامة للدولة بلغ 21.4 مليار ريال في الربع الثالث من العام الجاري، مقارنة بعجز قدره 30.2 مليار ريال في الربع نفسه من العام الماضي.

وبلغت الإيرادات العامة خلال الربع الثالث 269 مليار ريال، منها 151 مليار ريال إيرادات نفطية، فيما بلغت النفقات 290.4 مليار ريال.

وأوضح التقرير ربع السنوي أن الإيرادات غير النفطية ارتفعت بنسبة 6 في المئة لتصل إلى 118 مليار ريال، مدعومة بزيادة حصيلة ضريبة القيمة المضافة.

وقال وزير المالية محمد الجدعان إن المملكة تتوقع أن يبلغ العجز للعام كاملاً نحو 79 مليار ريال، أي ما يعادل 2.3 في المئة من الناتج المحلي الإجمالي.

وارتفع الدين العام إلى 1.2 تريليون ريال بنهاية سبتمبر، بعد أن أصدرت الحكومة سندات وصكوكاً محلية ودولية بقيمة 45 مليار ريال خلال الربع.

وفي الرياض، قال الخبير الاقتصادي فهد الشمري إن تراجع العجز يعكس نمو الأنشطة غير النفطية، لكنه حذر من أن انخفاض سعر خام برنت دون 70 دولاراً للبرميل قد يوسع الفجوة في الربع الرابع.

وكانت الميزانية قد سجلت فائضاً بلغ 5.9 مليار ريال في الربع الأول، قبل أن تتحول إلى عجز في الربع الثاني.`,
  },
  {
    name: 'displaced-aid-ar',
    lang: 'ar',
    text: `أكثر من 90 ألف نازح في جنوب لبنان والمساعدات لا تكفي

قالت المنظمة الدولية للهجرة إن عدد النازحين من القرى الحدودية في جنوب لبنان ارتفع إلى 92 ألفاً و300 شخص، يقيم نحو ربعهم في مراكز إيواء جماعية.

وأوضحت المنظمة في تقريرها الأسبوعي أن 146 مدرسة رسمية تحولت إلى مراكز إيواء في أقضية صور والنبطية وصيدا، وأن كل مركز يستقبل في المتوسط 160 نازحاً.

وفي غزة، أعلن مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية أن 87 شاحنة مساعدات فقط دخلت القطاع يوم الأحد عبر معبر كرم أبو سالم، في حين يحتاج السكان إلى 500 شاحنة يومياً على الأقل.

وقالت المتحدثة باسم المكتب أولغا تشيريفكو إن نحو 1.9 مليون شخص، أي 90 في المئة من سكان القطاع، نزحوا مرة واحدة على الأقل منذ بدء الحرب.

وأضافت أن برنامج الأغذية العالمي وزع الشهر الماضي 14 ألف طن من الطحين، وهو ما يكفي لتغطية احتياجات نحو 40 في المئة من الأسر.

وفي خان يونس، قال أبو محمد، وهو أب لستة أطفال يقيم في خيمة منذ ثمانية أشهر: «ما عندنا غير الله، المية بنجيبها من بعيد والأكل ما بيكفي».

وناشدت الأمم المتحدة المانحين توفير 2.8 مليار دولار لتمويل خطة الاستجابة حتى نهاية العام، مشيرة إلى أن ما تم جمعه حتى الآن لا يتجاوز 34 في المئة من المبلغ المطلوب.`,
  },
  {
    name: 'striker-transfer-ar',
    lang: 'ar',
    text: `الهلال يضم المهاجم البرازيلي ماركوس ليما مقابل 42 مليون يورو

أعلن نادي الهلال السعودي، مساء الخميس، تعاقده مع المهاجم البرازيلي ماركوس ليما قادماً من نادي بنفيكا البرتغالي، في صفقة بلغت قيمتها 42 مليون يورو.

ووقع ليما، البالغ من العمر 26 عاماً، عقداً يمتد ثلاث سنوات، مع خيار التمديد لموسم رابع، ويتقاضى بموجبه راتباً سنوياً يقدر بـ18 مليون يورو.

وسجل المهاجم البرازيلي 27 هدفاً في 38 مباراة مع بنفيكا الموسم الماضي، وتوج معه بلقب الدوري البرتغالي.

وبحسب مصادر مقربة من النادي، يتضمن العقد شرطاً جزائياً بقيمة 120 مليون يورو، إضافة إلى مكافآت قد تصل إلى 5 ملايين يورو في حال الفوز بدوري أبطال آسيا.

وقال مدرب الهلال خورخي جيسوس إن ليما «لاعب سريع يجيد التسجيل بالقدمين»، مضيفاً أنه سيكون جاهزاً للمشاركة في مباراة الفريق المقبلة أمام النصر يوم 14 سبتمبر.

ويعد ليما خامس لاعب يضمه الهلال في فترة الانتقالات الصيفية الحالية، بعد أن أنفق النادي أكثر من 110 ملايين يورو على صفقاته الجديدة.

وكان بنفيكا قد تعاقد مع ليما قبل عامين قادماً من نادي فلامنغو البرازيلي مقابل 9 ملايين يورو فقط.`,
  },
  {
    name: 'cold-wave-ar',
    lang: 'ar',
    text: `موجة صقيع تضرب المرتفعات والحرارة تهبط إلى 7 درجات تحت الصفر

توقعت دائرة الأرصاد الجوية أن تنخفض درجات الحرارة الصغرى إلى -7 درجات مئوية في المرتفعات الجبلية ليل الثلاثاء، مع تشكل الصقيع والجليد على الطرق.

وقال مدير الدائرة رائد آل خطاب إن كتلة هوائية قطبية المنشأ تؤثر في البلاد منذ مساء الأحد، وإن درجات الحرارة العظمى لن تتجاوز 6 درجات مئوية في عمّان خلال النهار.

وأضاف أن الرياح ستكون شمالية غربية نشطة السرعة، تصل سرعتها إلى 45 كيلومتراً في الساعة، مع هبات قوية قد تتجاوز 70 كيلومتراً في الساعة في المناطق الصحراوية.

وسجلت محطة رصد الشوبك أدنى درجة حرارة في المملكة صباح الاثنين، إذ بلغت -5.4 درجات مئوية، فيما بلغت كمية الأمطار في عجلون 38 ملم خلال 24 ساعة.

ودعت مديرية الأمن العام السائقين إلى عدم السفر على الطريق الصحراوي بعد الساعة العاشرة مساءً، مشيرة إلى أن مدى الرؤية قد ينخفض إلى أقل من 200 متر بسبب الضباب.

وأعلنت وزارة التربية والتعليم تأخير بدء الدوام في مدارس 4 محافظات ساعتين يوم الأربعاء، فيما رفعت وزارة الطاقة جاهزية فرق الطوارئ البالغ عددها 320 فرقة.

ويتوقع أن ترتفع درجات الحرارة تدريجياً اعتباراً من يوم الجمعة، لتسجل العظمى في عمّان نحو 12 درجة مئوية.`,
  },
  {
    name: 'council-planning-en',
    lang: 'en',
    text: `Councillors approve 1,200 homes on edge of Thornbury

Plans for 1,200 homes on farmland north of Thornbury have been approved by South Gloucestershire Council, despite more than 800 objections from residents.

The development, by Ashcombe Homes, will cover 64 hectares and include a primary school, a health centre and 9 hectares of public open space.

Under the approved plans, 35% of the homes will be affordable, of which 70% will be for social rent and the rest for shared ownership. The council's policy requires at least 35% on sites of more than 10 homes.

The planning committee voted 7 to 4 in favour after a three-hour meeting on Wednesday evening. Committee chair Cllr Sarah Pennington said the scheme would "help meet a housing need that is not going away".

Residents' group Thornbury Fields Forever said the new homes would add about 2,400 cars to the town's roads and put pressure on a GP surgery that already has 14,000 patients on its list.

Ashcombe Homes has agreed to pay £6.5 million towards road improvements and a new bus service linking the site to Bristol, which is 12 miles away.

Construction is expected to start in spring 2027, with the first 150 homes finished by the end of 2028. The whole site is due to be completed within eight years.`,
  },
]
