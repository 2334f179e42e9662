import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Articles of kinds the other drafting tests lack, for the eighth review (draft-review-8.test.ts): an Arabic
 * water-tariff decision of a Jordanian ministry (fils and dinars, cubic metres, percentages, subscribers), an Arabic
 * Tunisian regional health story (a hospital, doctors with titles after and before their names, Tunisian month
 * names, a cost in dinars in an article that names its towns but not its country), an English housing ministry
 * announcement (a ministry whose name holds a comma, a consultant's job title before a name, an author written with
 * initials, pounds, a byline) and a Canadian city budget (dollars in a Canadian city, ordinals, centimetres and
 * kilometres). Written for these tests; any likeness to real people is chance (the author named with initials is
 * cited only as one who signed a letter).
 */
export const REVIEW_8_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'water-ar',
    lang: 'ar',
    text: `الحكومة ترفع تعرفة المياه على الشرائح العليا اعتباراً من تموز

عمّان - (بترا):
قرر مجلس الوزراء، في جلسته التي عقدها الأحد برئاسة رئيس الوزراء، رفع تعرفة المياه للاستهلاك المنزلي التي تزيد على 18 متراً مكعباً في الدورة الواحدة بنسبة 12%، على أن يبدأ تطبيق القرار اعتباراً من الأول من تموز المقبل.

وبموجب القرار، يرتفع سعر المتر المكعب في الشريحة الرابعة من 1.4 دينار إلى 1.57 دينار، فيما يبقى سعر الشريحة الأولى، التي تشمل الاستهلاك حتى 6 أمتار مكعبة، عند 150 فلساً للمتر المكعب دون تغيير.

وقال وزير المياه والري المهندس سامر الخصاونة إن القرار لن يشمل نحو 78% من المشتركين، الذين لا يتجاوز استهلاكهم الشرائح الثلاث الأولى، مشيراً إلى أن متوسط الفاتورة الفصلية للأسرة سيبقى عند 9 دنانير و400 فلس.

وأضاف الخصاونة أن كلفة إيصال المتر المكعب إلى المنازل تبلغ نحو 2.35 دينار، في حين لا يتجاوز متوسط ما يدفعه المشترك 63 قرشاً، وهو ما يرفع مديونية قطاع المياه التي تجاوزت 3.1 مليار دينار.

وبحسب أرقام سلطة المياه، يبلغ عدد المشتركين في شبكات المياه نحو 1.35 مليون مشترك، فيما تصل نسبة الفاقد من المياه إلى 48% بسبب الاعتداءات على الشبكة وتهالك الأنابيب.

وقال الناطق الإعلامي باسم الوزارة عمر الزعبي إن الوزارة ضبطت خلال العام الماضي 2,140 اعتداءً على خطوط المياه، وأحالت 312 منها إلى القضاء.

من جهته، انتقد رئيس لجنة الطاقة والثروة المعدنية النيابية النائب خالد أبو حسان القرار، وقال إن "المواطن لم يعد يحتمل أي زيادة جديدة على فواتير الخدمات الأساسية".

ويعد الأردن من أفقر دول العالم مائياً، إذ لا تتجاوز حصة الفرد من المياه المتجددة 61 متراً مكعباً سنوياً، وفق تقديرات الوزارة.`,
  },
  {
    name: 'hospital-ar',
    lang: 'ar',
    text: `افتتاح قسم جديد لجراحة القلب عند الأطفال بمستشفى الهادي شاكر بصفاقس

صفاقس - (وات):
افتتح وزير الصحة، يوم السبت 18 جانفي 2025، قسماً جديداً لجراحة القلب عند الأطفال بالمستشفى الجامعي الهادي شاكر بصفاقس، بكلفة جملية ناهزت 6.8 مليون دينار.

ويضم القسم الجديد 24 سريراً، من بينها 8 أسرّة للعناية المركزة، إضافة إلى قاعتي عمليات مجهزتين بأحدث التجهيزات، ويؤمّنه فريق من 11 طبيباً و36 ممرضاً.

وقالت رئيسة القسم، الأستاذة الدكتورة سنية بن عمر، إن القسم سيمكّن من إجراء نحو 400 عملية جراحية في السنة، بعد أن كان الأطفال المصابون بتشوهات خلقية في القلب ينتظرون أكثر من 8 أشهر لإجراء عملياتهم في مستشفيات العاصمة.

وأضافت بن عمر أن "طفلاً من بين كل 100 مولود يولد بتشوه في القلب، ونصف هؤلاء يحتاجون إلى تدخل جراحي في سنتهم الأولى".

من جهته، أوضح المدير الجهوي للصحة بصفاقس الدكتور حاتم الشريف أن المستشفى استقبل خلال سنة 2024 أكثر من 312 ألف مريض، قدم 41% منهم من ولايات الجنوب، على غرار قابس ومدنين وقفصة.

وأشار الشريف إلى أن الولاية تعاني نقصاً في أطباء الاختصاص يقدّر بـ27 طبيباً، خاصة في طب التخدير والإنعاش، داعياً إلى تحفيز الأطباء الشبان على العمل في الجهات الداخلية.

ومن المنتظر أن تنطلق أولى العمليات بالقسم الجديد يوم 3 فيفري القادم، وفق ما أفاد به مدير المستشفى محمد الطرابلسي.`,
  },
  {
    name: 'housing-en',
    lang: 'en',
    text: `Landlords given 14 days to fix damp and mould under new rules

By Sarah Whitfield, Housing correspondent

Social landlords in England will have to investigate reports of damp and mould within 14 days and fix dangerous hazards within 24 hours, the Ministry of Housing, Communities and Local Government announced on Tuesday.

The rules, which come into force on 27 October, follow the death of a two-year-old boy in Rochdale in 2020 from a respiratory condition caused by mould in his family's flat.

Landlords who fail to act could face fines of up to £30,000 for each case, and tenants will be able to take them to court without paying a fee. The ministry said about 4.1 million households rent their homes from councils and housing associations.

An estimated 1.6 million homes in England have damp problems, according to the English Housing Survey, and around 267,000 of them are social homes.

Consultant ophthalmologist Dr Amara Osei, who treats children at Manchester Royal Eye Hospital, said doctors saw the effects of poor housing every week. "We see children with infections that keep coming back because their bedrooms are wet," she said.

Housing minister Nadia Rahman said the government would also spend £39 million on a fund to help councils inspect private rented homes. "No family should have to live in a home that is making them ill," he said.

The National Housing Federation, which represents housing associations, said its members were spending £1.2 billion a year on repairs but needed more time to recruit surveyors.

Campaigners welcomed the change. A letter backing the rules was signed by 112 doctors, nurses and public figures, among them the author J.K. Rowling and the broadcaster Tom Ellery.`,
  },
  {
    name: 'budget-ca',
    lang: 'en',
    text: `Winnipeg council passes budget with 3.5% tax hike and more snow clearing

WINNIPEG — City council approved a $1.42-billion operating budget on Wednesday, raising property taxes by 3.5 per cent for the fourth year in a row.

Council voted 11 to 5 in favour of the budget after a debate that ran for nearly nine hours. Mayor Scott Brennan said the increase would add about $67 a year to the bill of an average home assessed at $374,000.

The budget sets aside $38.6 million for snow clearing, up from $31 million last year, after the city recorded 212 centimetres of snow last winter, its third-snowiest season on record.

Crews will now plough residential streets once 10 centimetres of snow has fallen, down from 15 centimetres, and clear 2,900 kilometres of sidewalks within 36 hours of a storm.

Transit fares will rise by 25 cents to $3.35 on Feb. 1, and the city will add 12 electric buses to its fleet of 640 by the end of 2026.

Coun. Janice Morrow, who chairs the finance committee, said the city had to "pay for the basics before anything else." Coun. Ross Keller, one of the five councillors who voted against the plan, said the 21st increase in 25 years was "one too many for people on fixed incomes."

The province of Manitoba will contribute $82 million in operating grants, an increase of 2 per cent.`,
  },
]
