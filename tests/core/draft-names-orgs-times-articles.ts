/**
 * Articles the drafter is tested on for names after a nationality, bodies named after a place and
 * race times (tests/core/draft-names-orgs-times.test.ts): a swimming championship, an athletics
 * meeting, two club transfers, a university ranking and a central bank decision. Invented news,
 * realistic in form, in genres the other drafter tests do not cover.
 */

export const NAMES_ORGS_TIMES_ARTICLES: Record<string, string> = {
  'swimming-en': `Ledecky takes fifth world title in the 800m as Titmus sets championship record

SINGAPORE, July 30 (Reuters) - American swimmer Katie Ledecky won the women's 800 metres freestyle at the world championships in Singapore on Wednesday, touching the wall in 8:05.62 to claim her fifth world title in the event.

Australian swimmer Ariarne Titmus finished second, 1.2 seconds behind, after setting a championship record of 1:52.34 in the 200 metres freestyle final on Monday. Canada's Summer McIntosh took bronze in the 800 metres.

"I knew she would come back at me over the last 100 metres," Ledecky told reporters. "I just wanted to keep my stroke long."

In the men's 400 metres freestyle, German swimmer Lukas Maertens won in 3:41.22, while the Chinese swimmer Pan Zhanle clocked 46.40 seconds to win the 100 metres freestyle. The meeting continues until Sunday, with 2,300 swimmers from 201 countries taking part.

Organisers said 11,000 spectators watched the evening session, the largest crowd of the championships so far.
`,
  'athletics-ar': `العداء الكيني إليود كيبتشوغي يفوز بسباق الميل في ملتقى الرباط

الرباط - «وكالات»:
فاز العداء الكيني إليود كيبتشوغي بسباق الميل في ملتقى الرباط الدولي لألعاب القوى مساء الأحد، مسجلاً زمناً قدره 3:59.1 دقيقة، متقدماً على منافسه الإثيوبي يوميف كيجيلتشا.

وفي سباق 200 متر حرة للسباحة الذي أقيم على هامش الملتقى، حققت السباحة الأسترالية أريارن تيتموس زمناً قدره 1:52.34 دقيقة، وهو رقم قياسي جديد للبطولة.

وقال المدرب المغربي عبد القادر قادة إن الملتقى جذب أكثر من 4500 متفرج، مشيراً إلى أن اللجنة المنظمة رصدت جوائز مالية قيمتها 300 ألف دولار.

وأضاف أن العداءة المغربية رحمة الطاهري حلت ثالثة في سباق 1500 متر، بينما انسحب العداء الأوغندي جوشوا تشيبتيغي بسبب الإصابة.

ومن المقرر أن تنتقل المنافسات الأسبوع المقبل إلى مدينة باريس، حيث تقام الجولة الثامنة من الدوري الماسي.
`,
  'transfer-ar': `الوداد يتعاقد مع المهاجم الكونغولي غي مبينزا مقابل مليوني دولار

الدار البيضاء - «الخليج»:
أعلن نادي الوداد الرياضي، الثلاثاء، تعاقده مع المهاجم الكونغولي غي مبينزا لمدة ثلاثة مواسم، في صفقة بلغت قيمتها مليوني دولار، بعد منافسة من الهلال السعودي واتحاد جدة.

وقال مدرب الوداد البلجيكي سفين فاندنبروك إن اللاعب يملك سرعة كبيرة، مضيفاً أن الفريق كان يحتاج إلى مهاجم صريح قبل انطلاق الموسم.

وسجل المهاجم الكونغولي غي مبينزا 14 هدفاً في الموسم الماضي مع فريقه السابق، وكان ريال مدريد قد تابعه في أكثر من مباراة قبل أن يتراجع عن ضمه.

وفي سياق متصل، رفض النادي عرضاً من مانشستر يونايتد لضم الظهير يحيى عطية الله، وقال رئيس النادي هشام آيت منا إن اللاعب باقٍ حتى نهاية عقده.

وينطلق الدوري المغربي للمحترفين في 12 سبتمبر المقبل، ويلعب الوداد مباراته الأولى في مدينة فاس.
`,
  'transfer-en': `Vinicius Junior agrees new Real Madrid deal after Saudi offer

MADRID, Aug 14 (AP) - Brazilian striker Vinicius Junior has signed a new five-year contract with Real Madrid, ending months of talks after a club from the Saudi Pro League offered him 350 million euros over three years.

The 25-year-old joined Real Madrid from Flamengo in 2018 and has scored 106 goals for the club. Manchester City and Paris Saint-Germain had both asked about him during the summer, Spanish newspaper Marca reported.

"This is my home and I want to win everything here," Vinicius said at a news conference in Madrid on Thursday.

Real Madrid also confirmed that English midfielder Jude Bellingham will miss the first 6 weeks of the season after surgery on his shoulder. Bayern Munich sold their French defender Dayot Upamecano to the Spanish club for 60 million euros.

The new contract includes a release clause of 1 billion euros, the club said in a statement.
`,
  'ranking-ar': `جامعة القاهرة تتقدم 20 مركزاً في تصنيف الجامعات العالمي

القاهرة - «الأهرام»:
تقدمت جامعة القاهرة 20 مركزاً في التصنيف العالمي للجامعات لعام 2026، لتحتل المركز 350 عالمياً، بحسب القائمة التي نشرتها مؤسسة «كيو إس» البريطانية مساء الثلاثاء.

وقال وزير التعليم العالي المصري أيمن عاشور إن التقدم جاء بعد زيادة عدد الأبحاث المنشورة بنسبة 18 في المئة، مشيراً إلى أن 15 جامعة مصرية دخلت التصنيف هذا العام.

وحلت جامعة الملك سعود في الرياض في المركز الأول عربياً، تلتها جامعة الملك عبد العزيز في مدينة جدة، بينما جاءت الجامعة الأمريكية في بيروت في المركز الثالث.

وأوضح التقرير أن التصنيف شمل 1500 جامعة من 105 دول، واعتمد على ستة معايير أبرزها سمعة الجامعة بين الأكاديميين.

وقالت رئيسة قسم التصنيفات في المؤسسة جيسيكا تيرنر إن الجامعات العربية حققت تقدماً ملحوظاً خلال السنوات الخمس الأخيرة.
`,
  'bank-en': `Bank of England holds rates at 4% as inflation stays high

LONDON, Nov 6 (Reuters) - The Bank of England kept interest rates at 4% on Thursday, as five of the nine members of its Monetary Policy Committee voted to hold and four voted for a cut.

Governor Andrew Bailey said inflation, which stood at 3.8% in September, was likely to have peaked, but that the central bank needed to see more evidence before cutting again.

Energy prices rose sharply in 2022 after the Russian president Vladimir Putin ordered the invasion of Ukraine, and they still weigh on household bills, the bank said in its quarterly report.

The New York Times reported that the Federal Reserve in Washington is expected to cut its own rates next month. Economist Ruth Gregory of Capital Economics said the bank would probably cut to 3.75% in February.

The pound fell 0.4% against the dollar after the decision, and the FTSE 100 index closed up 0.2% in London.
`,
}
