import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Articles of shapes the other drafting tests lack, for the seventeenth review (draft-review-17.test.ts): an Arabic
 * Moroccan market story and an English hospital waiting-list story pasted from a web page with its clutter (a publication
 * and an update time, share buttons, a photo caption, «اقرأ أيضا» with its headline on the next line, tags, a comment
 * count, "Related Topics"); an Arabic civil-defence interview and an English swimming-pools interview in a question and
 * answer layout («س:» / «ج:», `Q:` / `A:`); an English budget listicle and an Arabic cabinet decisions list (numbered
 * items with their own short headings, bullets); an English tennis report with set scores and a tie-break (`4-6 6-3
 * 7-6(5)`); an Arabic earthquake report with its toll, a magnitude, aftershocks in a range. Written for these tests; any
 * likeness to real people is chance.
 */
export const REVIEW_17_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'vegetables-casablanca-ar',
    lang: 'ar',
    text: `ارتفاع أسعار الخضار في أسواق الدار البيضاء

الدار البيضاء - هسبريس:
الثلاثاء 2 ديسمبر 2025 - 10:42
آخر تحديث: 2 ديسمبر 2025 - 14:05
شارك
فيسبوك
تويتر
واتساب

سجلت أسعار الخضار في أسواق الجملة بمدينة الدار البيضاء ارتفاعا بنسبة 18 في المئة خلال شهر نونبر، بحسب معطيات نشرتها المندوبية السامية للتخطيط يوم الاثنين.

(صورة أرشيفية: سوق الجملة بالدار البيضاء)

وبلغ سعر الكيلوغرام من الطماطم 9 دراهم، مقابل 6 دراهم في الشهر نفسه من العام الماضي، فيما وصل سعر البطاطس إلى 7 دراهم للكيلوغرام.

اقرأ أيضا: الحكومة تعلن دعم مستوردي الأبقار

وقال رئيس جمعية تجار سوق الجملة، عبد الرحيم الحافظي، إن تراجع التساقطات المطرية بنسبة 40 في المئة أثر على إنتاج نحو 12 ألف ضيعة في جهة سوس ماسة.

وأضاف الحافظي أن عدد الشاحنات التي تدخل السوق يوميا تراجع من 900 إلى 650 شاحنة.

اقرأ أيضا
أخنوش يعد بخفض أسعار اللحوم قبل رمضان

ويتوقع مهنيون أن تعود الأسعار إلى مستواها الطبيعي خلال 3 أشهر، مع بداية موسم الحصاد الربيعي.

الوسوم: الأسعار، الخضار، الدار البيضاء
تعليقات (12)`,
  },
  {
    name: 'waiting-lists-en',
    lang: 'en',
    text: `Hospital waiting lists fall for third month in a row

By Sarah Collins, Health Correspondent
Published 3 December 2026, 07:15 GMT
Updated 3 hours ago
Share
Save

Image caption: Staff at Leeds General Infirmary, where waits have fallen fastest. Photo: PA Media

The number of patients waiting for planned hospital treatment in England fell to 7.2 million in October, the third monthly fall in a row, NHS England figures show.

The backlog had peaked at 7.7 million in September last year.

Read more: Why A&E waits are still rising

About 41% of patients had been waiting longer than the 18-week target, down from 44% a year earlier.

Advertisement

Health Secretary Daniel Reeve said the figures showed "real progress", but warned that 230,000 people were still waiting more than a year for treatment.

Related Topics
NHS
Health

More on this story
Cancer targets missed again`,
  },
  {
    name: 'civil-defence-interview-ar',
    lang: 'ar',
    text: `مدير الدفاع المدني: خطة جديدة لمواجهة حرائق الغابات

حاوره: سامي الخطيب

أكد مدير عام الدفاع المدني العميد فارس العمري أن المديرية أعدت خطة لمواجهة حرائق الغابات خلال الصيف المقبل. وفي ما يلي نص الحوار:

س: كم حريقا تعاملت معه فرقكم العام الماضي؟
ج: تعاملت فرقنا مع 4200 حريق، منها 380 حريقا في الغابات والأحراش، وأتت النيران على نحو 2600 دونم.

س: ما الجديد في خطة هذا العام؟
ج: سنضيف 45 آلية إطفاء جديدة، وسننشر 12 نقطة مراقبة في مناطق عجلون وجرش، وندرب 600 متطوع.

س: وكم يستغرق وصول الفرق إلى موقع الحريق؟
ج: متوسط زمن الاستجابة اليوم 9 دقائق في المدن، ونسعى إلى خفضه إلى 7 دقائق.

س: ما رسالتك للمواطنين؟
ج: أدعو المتنزهين إلى عدم إشعال النار في الغابات، فأكثر من 70 في المئة من الحرائق سببها الإنسان.`,
  },
  {
    name: 'swimming-interview-en',
    lang: 'en',
    text: `'We want every child to swim by 11': pool chief on the council's plan

Interview by Mark Pryce

Helen Doyle runs Bristol's public swimming pools. She spoke to us about the council's new plan for school swimming lessons.

Q: How many children can't swim when they leave primary school?
A: Right now about 28% of 11-year-olds in the city can't swim 25 metres. Nationally the figure is closer to 23%.

Q: What will the plan change?
A: From January every Year 5 pupil gets 20 free lessons. We've hired 35 new instructors, and the council is putting in £1.8 million over three years.

Q: Is there enough pool space?
A: We have 9 public pools. Two of them, at Easton and Bedminster, will open an hour earlier, at 6am, to fit the lessons in.

Q: When will you know if it works?
A: We'll publish the first results next September.`,
  },
  {
    name: 'budget-listicle-en',
    lang: 'en',
    text: `Budget 2026: five things that will change for households

The government's budget, announced on Wednesday, changes taxes and benefits for millions of households. Here is what you need to know.

1. Personal allowance rises
The tax-free personal allowance goes up from £12,570 to £13,000 in April, saving a basic-rate taxpayer £86 a year.

2. Fuel duty frozen
Fuel duty stays at 52.95p a litre for a further 12 months.

3. Child benefit
Child benefit for the eldest child rises by 3.8% to £26.80 a week.

4. Energy help
About 2.1 million low-income households will get a one-off payment of £150 towards their winter bills.

5. Alcohol duty
Duty on a pint of beer falls by 1p, while duty on spirits rises by 2%.

The Treasury said the measures would cost £9.4 billion in the first year.`,
  },
  {
    name: 'cabinet-decisions-ar',
    lang: 'ar',
    text: `أبرز قرارات مجلس الوزراء في جلسته الأسبوعية

عقد مجلس الوزراء جلسته الأسبوعية يوم الأربعاء برئاسة رئيس الوزراء، واتخذ عددا من القرارات، أبرزها:

- الموافقة على تعيين 1500 معلم ومعلمة في مدارس المحافظات الجنوبية اعتبارا من الفصل الدراسي الثاني.
- تخصيص 25 مليون دينار لصيانة الطرق المتضررة من الأمطار في محافظتي الكرك والطفيلة.
- تمديد العمل بإعفاء السيارات الكهربائية من الضريبة الخاصة لمدة 6 أشهر.
- رفع الحد الأدنى لرواتب المتقاعدين إلى 300 دينار شهريا، ويستفيد من القرار نحو 48 ألف متقاعد.
- إحالة عطاء إنشاء مستشفى الأمير حمزة الجديد بسعة 250 سريرا.

وقال وزير الاتصال الحكومي إن المجلس ناقش أيضا تقريرا عن نسبة إنجاز مشروع الناقل الوطني للمياه، التي بلغت 12 في المئة.`,
  },
  {
    name: 'tennis-melbourne-en',
    lang: 'en',
    text: `Okafor battles past Lindqvist to reach Melbourne quarter-finals

MELBOURNE, Jan 22 (Reuters) - Nigeria's Adaeze Okafor came from a set down to beat Sweden's Ebba Lindqvist 4-6 6-3 7-6(5) on Monday and reach the quarter-finals of the Australian Open for the first time.

The 23-year-old, seeded 14th, saved two match points at 5-6 in the third set before winning the tiebreak on Rod Laver Arena. The match lasted two hours and 51 minutes.

Okafor hit 41 winners and 12 aces, while Lindqvist made 53 unforced errors.

"I just told myself to keep swinging," Okafor said. "At 5-6 I wasn't thinking about the score."

She will next face world number two Maria Castell, who beat Ukraine's Olha Bondar 6-2 6-1 in 64 minutes.

Okafor's run has earned her at least A$1.1 million in prize money.`,
  },
  {
    name: 'earthquake-hormozgan-ar',
    lang: 'ar',
    text: `مقتل 14 شخصا وإصابة العشرات في زلزال ضرب جنوب إيران

طهران - (أ ف ب):
قتل 14 شخصا على الأقل وأصيب أكثر من 120 آخرين في زلزال بقوة 5.9 درجات ضرب محافظة هرمزكان جنوب إيران فجر الخميس، بحسب ما أفاد التلفزيون الرسمي.

وأوضح مركز رصد الزلازل التابع لجامعة طهران أن الزلزال وقع على عمق 10 كيلومترات، وأعقبته 23 هزة ارتدادية تراوحت قوتها بين 3 و4.6 درجات.

وقال رئيس جمعية الهلال الأحمر في المحافظة إن فرق الإنقاذ انتشلت 6 ناجين من تحت الأنقاض، وإن ما بين 300 و400 منزل تضررت في 9 قرى.

وأضاف أن الجمعية أقامت 500 خيمة لإيواء نحو 2000 شخص فقدوا منازلهم، في ظل درجات حرارة تنخفض ليلا إلى 4 درجات مئوية.

وتقع إيران على عدة صدوع زلزالية رئيسية، وكان زلزال بقوة 7.3 درجات قد أودى بحياة أكثر من 600 شخص في غرب البلاد عام 2017.`,
  },
]
