import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Articles of genres the other drafting tests covered least, for the eighteenth review (draft-review-18.test.ts): an
 * Arabic opinion column (the writer's claims, «يرى الكاتب», a minister's figures attributed to him), an Arabic
 * parliament story (a law's number and year, «المادة 12», votes for and against), an Arabic election-results story dense
 * with percentages and seats; an English company press release ending with its "About" boilerplate and media contacts,
 * an English travel and weather advisory (clock times with their time zones, flights, wind speeds) and an English science
 * story (a study's sample, a risk with its confidence interval, a p-value). Written for these tests; any likeness to real
 * people is chance.
 */
export const REVIEW_18_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'water-column-ar',
    lang: 'ar',
    text: `الماء قبل الإسمنت

بقلم: ليلى الحسيني

لا تحتاج المدن الأردنية إلى مزيد من الجسور بقدر ما تحتاج إلى شبكات مياه لا تتسرب منها نصف حصتها. فبحسب أرقام وزارة المياه، يضيع نحو 48 في المئة من المياه التي تضخ في الشبكات قبل أن تصل إلى المشتركين.

ويرى الكاتب أن المشكلة ليست في شح الموارد وحده، بل في ترتيب الأولويات. فقد خصصت الحكومة في موازنة العام المقبل 310 ملايين دينار لمشاريع الطرق، مقابل 95 مليون دينار فقط لصيانة شبكات المياه.

وقال وزير المياه رائد أبو السعود في تصريح الأسبوع الماضي إن الوزارة ستخفض الفاقد إلى 30 في المئة بحلول عام 2030. غير أن هذا الهدف، في رأيي، يبقى بعيد المنال ما لم تتضاعف المخصصات.

ولا يتجاوز نصيب الفرد في الأردن من المياه 61 مترا مكعبا سنويا، وهو من أدنى المعدلات في العالم، بحسب تقارير البنك الدولي.

إن إصلاح أنبوب واحد في حي قديم بعمان قد يوفر من الماء ما يكفي مئات الأسر. وأعتقد أن المواطن سيقبل برفع التعرفة إذا رأى أثرها في صنبوره.`,
  },
  {
    name: 'parliament-cybercrime-ar',
    lang: 'ar',
    text: `مجلس النواب يقر معدل قانون الجرائم الإلكترونية

عمان - أقر مجلس النواب، في جلسة تشريعية عقدها الأحد برئاسة رئيس المجلس أحمد الصفدي، مشروع القانون المعدل لقانون الجرائم الإلكترونية رقم 17 لسنة 2023، بأغلبية 68 نائبا من أصل 104 حضروا الجلسة.

وصوت 29 نائبا ضد المشروع، فيما امتنع 7 نواب عن التصويت.

وعدل المجلس المادة 15 من القانون، لتصبح عقوبة نشر الأخبار الكاذبة الغرامة من 5 آلاف إلى 20 ألف دينار، بدلا من الحبس مدة لا تقل عن 3 أشهر.

كما ألغى المجلس الفقرة (ب) من المادة 24، التي كانت تجيز توقيف المشتكى عليه قبل المحاكمة.

وقالت النائبة ديمة طهبوب إن التعديلات خطوة في الاتجاه الصحيح، لكنها لا تكفي لحماية حرية التعبير. في المقابل، قال وزير الشؤون السياسية والبرلمانية حديثة الخريشا إن القانون يحمي المواطنين من الابتزاز الإلكتروني، مشيرا إلى أن وحدة الجرائم الإلكترونية تلقت 16 ألف شكوى العام الماضي.

ويحال المشروع إلى مجلس الأعيان لمناقشته، قبل أن يصدر بإرادة ملكية وينشر في الجريدة الرسمية.`,
  },
  {
    name: 'municipal-election-ar',
    lang: 'ar',
    text: `القوائم المستقلة تتصدر نتائج الانتخابات البلدية في تونس

تونس - أعلنت الهيئة العليا المستقلة للانتخابات، مساء الاثنين، النتائج الأولية للانتخابات البلدية التي جرت الأحد في 350 بلدية.

وبلغت نسبة المشاركة 34.7 في المئة، مقابل 33.7 في المئة في الانتخابات البلدية السابقة، وفق ما أعلنه رئيس الهيئة فاروق بوعسكر في مؤتمر صحفي.

وحصلت القوائم المستقلة على 32.9 في المئة من الأصوات، وفازت بـ2367 مقعدا، تلتها حركة النهضة بنسبة 28.6 في المئة و2139 مقعدا، ثم حزب نداء تونس بنسبة 20.8 في المئة و1600 مقعد.

وبلغ عدد الناخبين المسجلين 5.3 ملايين ناخب، فيما شارك في الاقتراع نحو 1.8 مليون.

وحصلت النساء على 47 في المئة من مقاعد المجالس البلدية، وهي أعلى نسبة في تاريخ البلاد.

وأمام القوائم المترشحة 3 أيام للطعن في النتائج أمام المحكمة الإدارية، على أن تعلن النتائج النهائية في 8 مايو.`,
  },
  {
    name: 'press-release-en',
    lang: 'en',
    text: `Northwind Robotics raises $42 million to expand warehouse automation

FOR IMMEDIATE RELEASE

MANCHESTER, England, March 10, 2026 -- Northwind Robotics, a maker of autonomous picking robots for warehouses, today announced that it has raised $42 million in a Series B funding round led by Atlas Ventures.

The company said the money would be used to open a second factory in Bolton and to double its engineering team to 180 people by the end of next year.

Northwind's robots now operate in 64 warehouses across Europe and North America and have picked more than 90 million items since 2022. The company said its revenue grew by 140% last year.

"Our customers are struggling to hire staff for night shifts, and our robots fill that gap," said Priya Natarajan, Northwind's chief executive and co-founder.

Existing investors Kestrel Capital and Moorgate Partners also took part in the round, which brings Northwind's total funding to $61 million.

About Northwind Robotics
Founded in 2019 and based in Manchester, Northwind Robotics designs and builds autonomous mobile robots that pick and pack goods in warehouses. The company employs 230 people in the UK and the US. For more information, visit www.northwindrobotics.com.

About Atlas Ventures
Atlas Ventures is a London-based venture capital firm with $1.2 billion under management, investing in industrial technology.

Media contact:
Tom Hargreaves
press@northwindrobotics.com
+44 161 555 0192`,
  },
  {
    name: 'storm-advisory-en',
    lang: 'en',
    text: `Storm Elin: flights cancelled and rail services cut as 90mph winds forecast

The Met Office has issued an amber wind warning for much of Scotland and northern England, in force from 6pm GMT on Friday until 9am on Saturday.

Gusts of up to 90mph are expected on exposed coasts, with 60mph to 70mph likely inland. Up to 40mm of rain could fall over high ground.

Edinburgh Airport said 112 flights had been cancelled on Friday evening. Passengers travelling to New York were told that the last departure would leave at 2.15pm local time and land at 5.05pm EST.

Network Rail said trains between Glasgow and Carlisle would stop running at 4pm, and that speed limits of 50mph would apply on several other routes.

ScotWind, the grid operator, said about 14,000 homes had already lost power in the Highlands.

Drivers are advised not to travel unless their journey is essential. Forecaster Helen Marsh said the storm was "the strongest to hit the region in five years".`,
  },
  {
    name: 'sleep-study-en',
    lang: 'en',
    text: `Short sleep linked to higher dementia risk in middle age, study finds

People who regularly sleep six hours or less a night in their 50s are more likely to develop dementia later in life, a large study suggests.

Researchers at University College London followed 7,959 adults for an average of 25 years, using questionnaires and, for some participants, wrist-worn trackers.

Those who slept six hours or less at the age of 50 had a 22% higher risk of dementia than those who slept seven hours (hazard ratio 1.22, 95% confidence interval 1.01 to 1.48).

In all, 521 participants were diagnosed with dementia during the study, at an average age of 77.

The findings, published in the journal Nature Communications, held after the team accounted for smoking, obesity and heart disease (p = 0.04).

Lead author Dr Séverine Sabia said the study could not prove that short sleep causes dementia. "But it adds to evidence that sleep in midlife matters for brain health," she said.`,
  },
]
