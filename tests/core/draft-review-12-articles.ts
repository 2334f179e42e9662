import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Articles of kinds the other drafting tests lack, for the twelfth review (draft-review-12.test.ts): an Arabic health
 * story (a vaccination campaign: doses, ages «من 6 إلى 59 شهراً», percentages, a ministry and an agency of the UN) and an
 * English tech company's quarterly earnings (revenue in billions, "Q3", year-on-year percentages, a share price's move,
 * a chief executive and a chief financial officer). Written for these tests; any likeness to real people is chance.
 */
export const REVIEW_12_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'vaccines-jo',
    lang: 'ar',
    text: `إطلاق حملة وطنية لتطعيم الأطفال ضد الحصبة في الأردن

عمّان - أطلقت وزارة الصحة الأردنية، صباح الأحد، حملة وطنية للتطعيم ضد الحصبة والحصبة الألمانية تستهدف نحو 1.2 مليون طفل تتراوح أعمارهم من 6 إلى 59 شهراً، وتستمر 12 يوماً في جميع محافظات المملكة.

وقال مدير مديرية التطعيم في الوزارة الدكتور رائد الشوبكي إن الوزارة وزعت 1.5 مليون جرعة على 480 مركزاً صحياً، إضافة إلى 150 فريقاً متنقلاً يزور المدارس ورياض الأطفال والمناطق النائية.

وأوضح الشوبكي أن نسبة التغطية بالجرعة الثانية من لقاح الحصبة تراجعت العام الماضي إلى 84 في المئة، بعد أن كانت 95 في المئة قبل الجائحة، مشيراً إلى أن المملكة سجلت 312 إصابة بالحصبة منذ بداية العام.

وتبلغ كلفة الحملة نحو 2.3 مليون دينار، تموّل منظمة الأمم المتحدة للطفولة (يونيسف) 40 في المئة منها، فيما تتكفل الحكومة بالباقي.

وقالت ممثلة منظمة الصحة العالمية في الأردن الدكتورة ليلى عبيدات إن الوصول إلى تغطية تزيد على 95 في المئة ضروري لوقف انتقال المرض، داعية الأهالي إلى عدم التردد في تطعيم أطفالهم.

ودعت الوزارة الأهالي إلى اصطحاب بطاقة التطعيم إلى المراكز التي تفتح أبوابها من الساعة 8 صباحاً حتى 3 عصراً، مؤكدة أن اللقاح مجاني وآمن.`,
  },
  {
    name: 'earnings-en',
    lang: 'en',
    text: `Cloud demand lifts Norvell profits as shares jump 9%

Norvell Systems reported a 23% rise in third-quarter revenue on Tuesday, beating analysts' forecasts as businesses spent more on its cloud storage and data services.

Revenue for Q3 rose to $14.2 billion from $11.5 billion a year earlier, the San Jose-based company said. Analysts polled by LSEG had expected $13.8 billion.

Net income climbed 31% to $3.1 billion, or $1.47 a share. The cloud division, which now makes up 58% of sales, grew 41% year on year to $8.2 billion.

Chief executive Maria Okafor said the results showed that "customers are moving their heaviest workloads to us faster than we planned". She told analysts on a call that the company would hire about 4,000 engineers over the next 12 months.

Norvell raised its forecast for the full year to between $55 billion and $56 billion, up from $53 billion. Chief financial officer Daniel Reyes said spending on new data centres would reach $9 billion this year, most of it in Texas and Ireland.

Shares in the company rose 9% to $212.40 in after-hours trading in New York. They have gained 38% since January.`,
  },
]
