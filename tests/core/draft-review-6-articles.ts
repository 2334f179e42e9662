import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Articles of kinds the other drafting tests lack, for the sixth review (draft-review-6.test.ts): an
 * Arabic labour-force survey (rates by quarter, sex and governorate, percentage points, a wage in
 * dinars), an Arabic metro line opening (lengths, stations, speeds, fares, riders a day), an English
 * inflation report (pence, prices per litre, rates by month) and an English mountain rescue (altitudes in
 * metres and feet, temperatures below zero, wind speeds, ages). Written for these tests; any likeness to
 * real people is chance.
 */
export const REVIEW_6_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'unemployment-ar',
    lang: 'ar',
    text: `البطالة في الأردن ترتفع في الربع الثاني مدفوعة بارتفاعها بين الشباب

عمّان - (بترا):
أعلنت دائرة الإحصاءات العامة، الأحد، أن معدل البطالة في المملكة بلغ 21.4% خلال الربع الثاني من عام 2025، بارتفاع مقداره 0.6 نقطة مئوية عن الربع نفسه من العام الماضي.

وبحسب التقرير، بلغ معدل البطالة بين الذكور 18.2% مقابل 32.9% بين الإناث، فيما سجلت الفئة العمرية من 15 إلى 24 عاماً أعلى معدل بنسبة 46.1%.

وقدّر التقرير عدد العاطلين عن العمل بنحو 412 ألف شخص، يحمل 52% منهم شهادة الثانوية العامة فأقل، في حين بلغت نسبة حملة الشهادات الجامعية بينهم 24.7%.

وسجلت محافظة معان أعلى معدل بطالة بين المحافظات بنسبة 27.3%، بينما سجلت محافظة مادبا أدنى معدل بنسبة 17.9%.

واستندت الدائرة في تقديراتها إلى عينة شملت نحو 16 ألف أسرة، جرى اختيارها من جميع محافظات المملكة الاثنتي عشرة.

وقال مدير عام الدائرة حيدر فريحات إن الاقتصاد الأردني يحتاج إلى توفير نحو 100 ألف فرصة عمل سنوياً لاستيعاب الداخلين الجدد إلى سوق العمل، مضيفاً أن متوسط الأجر الشهري للعاملين في القطاع الخاص بلغ 510 دنانير.`,
  },
  {
    name: 'metro-ar',
    lang: 'ar',
    text: `المسار الأزرق لقطار الرياض يستقبل أول ركابه

الرياض - (واس):
بدأ المسار الأزرق لقطار الرياض، صباح الأحد 1 ديسمبر 2024، استقبال الركاب، بعد أكثر من عشر سنوات على بدء أعمال الإنشاء. ويمتد المسار بطول 38 كيلومتراً من شمال العاصمة إلى جنوبها، ويضم 22 محطة، بينها 4 محطات رئيسية.

وقالت الهيئة الملكية لمدينة الرياض إن القطارات تسير بسرعة تصل إلى 80 كيلومتراً في الساعة، وإن الرحلة من أول المسار إلى آخره تستغرق نحو 55 دقيقة.

وحددت الهيئة سعر التذكرة الواحدة بـ4 ريالات تتيح التنقل لمدة ساعتين، فيما تبلغ قيمة الاشتراك الشهري 140 ريالاً.

وتتوقع الهيئة أن يخدم المسار نحو 250 ألف راكب يومياً في عامه الأول، على أن ترتفع الطاقة الاستيعابية للشبكة كاملة إلى 3.6 مليون راكب يومياً.

وتبلغ كلفة مشروع قطار الرياض بمساراته الستة نحو 84 مليار ريال، فيما يبلغ طول الشبكة الإجمالي 176 كيلومتراً.

وقال المدير التنفيذي لمشروع النقل العام خالد الهزاني إن المسارين الأحمر والأخضر سيبدآن التشغيل في 15 ديسمبر، على أن تلحق بهما المسارات الثلاثة الباقية مطلع العام المقبل.`,
  },
  {
    name: 'prices-en',
    lang: 'en',
    text: `UK inflation rises as food prices climb

Inflation in the UK rose to 3.8% in July from 3.6% in June, the Office for National Statistics said on Wednesday, its highest rate since January 2024.

Food and non-alcoholic drink prices rose 4.9% in the 12 months to July, led by chocolate, coffee and beef. The average price of a 250g pack of butter reached £2.49, up 32p on a year earlier, while a pint of milk cost 95p.

Airfares jumped 30.2% between June and July, the ONS said, as the start of the school holidays fell within the period it surveyed.

Petrol averaged 132.8p a litre in July, down 1.9p from June, according to the motoring group RAC.

"Households are still feeling the squeeze at the supermarket checkout," said Laura Hendry, chief economist at the ONS.

The Bank of England, which cut interest rates to 4.25% in May, expects inflation to peak in September before falling back towards its 2% target in 2027. A typical household will spend about £275 more on groceries this year than last, the consultancy Kantar estimated.`,
  },
  {
    name: 'rescue-en',
    lang: 'en',
    text: `Climbers rescued from Denali after storm traps them near summit

Two climbers stranded for four days near the summit of Denali were rescued by helicopter on Sunday, the National Park Service said.

The pair, a 34-year-old man from Colorado and a 29-year-old woman from Ontario, had been trapped at 5,700 metres (18,700 feet) since a storm hit the mountain on Wednesday, bringing winds of up to 110 km/h and temperatures as low as -38C.

A high-altitude helicopter flew the climbers to base camp at 2,200 metres, and they were then taken to a hospital in Anchorage, about 210 km to the south. Both were treated for frostbite.

"They did everything right. They dug a snow cave and waited," said park ranger Tessa Blaine, who coordinated the rescue.

Denali, at 6,190 metres the highest peak in North America, draws about 1,100 climbers each season, and roughly half of them reach the top. The park has carried out 14 rescues so far this year.

The rescue cost an estimated $85,000, which the park service does not charge to climbers.`,
  },
]
