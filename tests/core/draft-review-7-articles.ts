import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Articles of kinds the other drafting tests lack, for the seventh review (draft-review-7.test.ts): an
 * Arabic court report (a verdict, prison years, a fine in dinars, the defendants and the judge), an Arabic
 * weather bulletin of a Gulf agency (temperatures, rainfall in millimetres, wind in km/h, dates, regions, a
 * spokesperson), an English council transport budget (£ millions, percentages, a vote count, a councillor
 * quoted, a road's name) and an English health study (a sample, percentages, ages, a university, a lead
 * author quoted, a journal). Written for these tests; any likeness to real people is chance.
 */
export const REVIEW_7_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'court-ar',
    lang: 'ar',
    text: `السجن 7 سنوات لمسؤول سابق في بلدية الكويت بتهمة الرشوة

الكويت - (كونا):
قضت محكمة الجنايات، الثلاثاء، بحبس مدير إدارة التراخيص السابق في بلدية الكويت فهد العنزي 7 سنوات مع الشغل والنفاذ، وتغريمه 250 ألف دينار، بعد إدانته بتلقي رشى مقابل إصدار تراخيص تجارية مخالفة.

وأصدرت المحكمة حكمها برئاسة المستشار عبد الله الشمري، في جلسة حضرها ذوو المتهمين وعدد من المحامين، وقررت كذلك عزل المتهم من وظيفته وإلزامه برد مبلغ 180 ألف دينار إلى خزينة الدولة.

وقضت المحكمة أيضاً بحبس متهمين اثنين آخرين، هما وسيط عقاري ومحاسب في إحدى الشركات، 4 سنوات لكل منهما، فيما برأت متهماً رابعاً لعدم كفاية الأدلة.

وكانت النيابة العامة قد أحالت المتهمين إلى المحاكمة في مارس الماضي، بعد تحقيقات استمرت 9 أشهر، كشفت أن المتهم الأول أصدر 63 ترخيصاً لمحلات تجارية في منطقتي الفروانية وحولي دون استيفاء الشروط المطلوبة.

وبحسب أوراق القضية، تلقى المتهم مبالغ تراوحت بين 2000 و5000 دينار عن كل ترخيص، على مدى عامين، عبر حسابات مصرفية باسم أقارب له.

وقال محامي المتهم الأول، المحامي ناصر المطيري، إن موكله سيطعن على الحكم أمام محكمة الاستئناف خلال 30 يوماً، مؤكداً أن "الأدلة التي استندت إليها المحكمة لا ترقى إلى مستوى اليقين".

من جهتها، قالت هيئة مكافحة الفساد (نزاهة) في بيان إنها تلقت خلال العام الماضي 412 بلاغاً تتعلق بالجهات الحكومية، أحالت منها 57 بلاغاً إلى النيابة العامة.

وأوضح رئيس الهيئة المستشار محمد بوشهري أن قيمة الأموال العامة التي استردتها الدولة في قضايا الفساد بلغت 12.6 مليون دينار العام الماضي، بزيادة 35% على العام الذي سبقه.

وتعد هذه القضية الثالثة من نوعها التي تنظرها المحاكم الكويتية منذ بداية العام الجاري، في إطار حملة حكومية لمكافحة الفساد في الجهات الخدمية.`,
  },
  {
    name: 'weather-ar',
    lang: 'ar',
    text: `أمطار غزيرة على شمال الإمارات وتحذيرات من السيول

أبوظبي - (وام):
أعلن المركز الوطني للأرصاد، أمس الأربعاء، أن مناطق شمال الدولة وشرقها شهدت أمطاراً غزيرة خلال الساعات الـ24 الماضية، بلغت أعلى كمية منها 86.4 ملم في منطقة مصفوت بإمارة عجمان.

وسجلت محطة خور فكان 61.2 ملم، فيما سجلت منطقة مسافي 48 ملم، وشهدت مدينة رأس الخيمة هطول البرد مع رياح نشطة وصلت سرعتها إلى 75 كم/ساعة.

وقال المتحدث باسم المركز الدكتور أحمد الكعبي إن الحالة الجوية ستستمر حتى صباح السبت 15 نوفمبر، مع فرص لأمطار متفرقة على المناطق الساحلية والداخلية، مشيراً إلى أن درجات الحرارة ستنخفض بمعدل 5 إلى 7 درجات مئوية.

وتوقع المركز أن تتراوح درجات الحرارة العظمى بين 24 و28 درجة مئوية على المناطق الساحلية، فيما تنخفض الصغرى في المناطق الجبلية إلى 11 درجة مئوية، مع رياح شمالية غربية تصل سرعتها إلى 45 كم/ساعة، وموج يصل ارتفاعه إلى 2.5 متر في الخليج العربي.

من جهتها، أعلنت الهيئة الوطنية لإدارة الطوارئ والأزمات والكوارث أن فرق الإنقاذ تعاملت مع 137 بلاغاً خلال يومين، وأخلت 46 أسرة من منازل في وادي الحلو بإمارة الشارقة، دون تسجيل إصابات.

وأغلقت الشرطة 5 طرق رئيسية في الفجيرة أمام حركة المرور بسبب جريان الأودية، ودعت السائقين إلى الابتعاد عن مجاري السيول وتجنب القيادة إلا للضرورة.

كما قررت وزارة التربية والتعليم اعتماد التعلم عن بعد في مدارس الإمارات الشمالية يوم الخميس 13 نوفمبر، حرصاً على سلامة الطلبة والهيئات التدريسية.

ويأتي المنخفض الجوي الحالي بعد أقل من عام على العاصفة التي ضربت الدولة في أبريل 2024، حين سجلت منطقة خطم الشكلة في العين 254.8 ملم خلال أقل من 24 ساعة، وهي أعلى كمية أمطار منذ بدء تسجيل البيانات عام 1949.`,
  },
  {
    name: 'council-en',
    lang: 'en',
    text: `Council approves £48m plan to rebuild Hills Road corridor

Cambridgeshire County Council has approved a £48.5 million scheme to rebuild the Hills Road corridor in Cambridge, despite objections from residents and businesses along the route.

Councillors voted 37 to 22 in favour of the plan on Tuesday night, with four abstentions, after a debate that lasted more than three hours.

The scheme will add segregated cycle lanes along 2.4 miles of the road, replace 11 bus stops and cut the speed limit from 30mph to 20mph between the railway bridge and Addenbrooke's Hospital.

About £31.2 million of the cost will come from the government's Active Travel Fund, with the remaining £17.3 million borrowed by the council over 25 years.

Councillor Alex Beckett, who chairs the highways and transport committee, said the plan would make the road safer for the 18,000 people who cycle along it each week. "This is the busiest cycling route in the county, and it has the worst collision record," he said. "We cannot keep asking people to share a lane with buses."

Police figures show there were 64 collisions on Hills Road between 2020 and 2024, 19 of them serious.

But opposition councillors said the scheme would remove 140 on-street parking spaces and hurt the shops near the junction with Station Road. Councillor Priya Mandal said traders had told her their takings could fall by as much as 15%.

A consultation last spring received 3,412 responses, of which 58% supported the plan and 36% opposed it.

Work is due to start in April 2026 and will take about 18 months, during which buses will be diverted along Trumpington Road. The council said council tax would rise by 4.99% next year, but none of the increase would go towards the scheme.`,
  },
  {
    name: 'study-en',
    lang: 'en',
    text: `Short walks after meals cut blood sugar spikes in older adults, study finds

A 15-minute walk after each meal lowered blood sugar spikes by almost a third in adults over 60, according to a study published on Wednesday in the journal Diabetes Care.

Researchers at the University of Leeds followed 1,240 people aged 60 to 79 for 12 weeks. Half were asked to walk after breakfast, lunch and dinner, while the other half kept to their usual routine.

Those who walked saw their peak blood sugar after meals fall by 29% on average, compared with 4% in the control group. The effect was strongest in participants with prediabetes, who made up 41% of the sample.

"We were surprised by how large the effect was from such a small change," said Dr Hannah Okafor, a senior lecturer in exercise physiology who led the study. "You don't need a gym. You just need to get up from the table and move."

The walkers were also more likely to lose weight: 38% lost at least 2kg over the three months, against 17% of the control group. Their average resting heart rate fell from 74 to 70 beats per minute.

Only 6% of participants dropped out, a rate the authors said was unusually low for an exercise trial.

Around 4.4 million people in the UK have been diagnosed with type 2 diabetes, and an estimated 1.2 million more may have it without knowing, according to the charity Diabetes UK.

Professor Martin Leclerc of the University of Bristol, who was not involved in the research, said the findings were encouraging but that the trial was too short to show whether the benefits would last. "Twelve weeks is a good start, but we need to see these people at two or five years," he said.

The study was funded by the National Institute for Health and Care Research.`,
  },
]
