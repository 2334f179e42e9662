import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Articles of kinds the other drafting tests lack, for the fifth review (draft-review-5.test.ts): an
 * Arabic obituary of a poet, an Arabic basketball match report, an English science press release and an
 * English court report. Written for these tests; any likeness to real people is chance.
 */
export const REVIEW_5_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'poet-obituary-ar',
    lang: 'ar',
    text: `رحيل الشاعر العراقي سالم الحديثي عن 84 عاماً

بغداد - (الشرق):
توفي الشاعر العراقي سالم الحديثي، صباح الاثنين، في العاصمة الأردنية عمّان عن عمر ناهز 84 عاماً، بعد صراع طويل مع المرض، وفق ما أعلن اتحاد الأدباء والكتاب في العراق.

ولد الحديثي عام 1941 في مدينة حديثة غربي العراق، ودرس الأدب العربي في جامعة بغداد، قبل أن يعمل مدرساً في البصرة لمدة 12 عاماً.

وأصدر الراحل 17 ديواناً، أولها «أغاني النهر» عام 1966، وآخرها «ما تبقى من الضوء» الذي صدر قبل عامين. وترجمت قصائده إلى 9 لغات، بينها الفرنسية والإسبانية.

ونال الحديثي جائزة سلطان العويس الثقافية عام 1998، كما اختير شخصية العام الثقافية في معرض الشارقة للكتاب عام 2014.

وغادر الشاعر العراق عام 1991 واستقر في عمّان، حيث أسس صالوناً أدبياً استضاف أكثر من 300 أمسية شعرية على مدى ثلاثة عقود.

وقال رئيس اتحاد الأدباء علي الفواز إن رحيل الحديثي «خسارة كبيرة للشعر العربي»، مشيراً إلى أن جثمانه سيوارى الثرى في مسقط رأسه يوم الأربعاء.`,
  },
  {
    name: 'basketball-ar',
    lang: 'ar',
    text: `الأهلي يهزم الاتحاد ويتأهل إلى نهائي دوري السلة

القاهرة - (رياضة):
تأهل الأهلي إلى نهائي الدوري المصري لكرة السلة بعد فوزه على الاتحاد السكندري 88-81، مساء الجمعة، في المباراة الثالثة من سلسلة نصف النهائي التي أقيمت في صالة حسن مصطفى أمام نحو 4500 متفرج.

وتقدم الاتحاد في الربع الأول 24-19، قبل أن يقلب الأهلي النتيجة في الربع الثالث بفضل سلسلة من 12 نقطة متتالية.

وكان إيهاب أمين أفضل مسجل في اللقاء برصيد 27 نقطة، بينها 5 رميات ثلاثية، فيما أضاف أنس أسامة 18 نقطة و11 متابعة.

ومن جانب الاتحاد، سجل عمر طارق 22 نقطة، لكنه غادر الملعب في الدقيقة 34 بعد ارتكابه الخطأ الخامس.

وقال مدرب الأهلي أغوستي خوليا إن فريقه «لعب بصبر في الدقائق الأخيرة»، مضيفاً أن النهائي سيكون صعباً.

ويلتقي الأهلي في النهائي مع الزمالك، الذي تأهل بفوزه على سبورتنج 2-0 في السلسلة، على أن تنطلق المباراة الأولى يوم 14 مايو.`,
  },
  {
    name: 'study-en',
    lang: 'en',
    text: `Daily walk cuts dementia risk in older adults, study finds

EDINBURGH, March 4 - Older adults who walked for at least 30 minutes a day were 28% less likely to develop dementia over nine years than those who walked less, according to a study published on Wednesday in The Lancet Healthy Longevity.

Researchers at the University of Edinburgh followed 1,240 participants aged 65 to 80 in Scotland from 2014. Participants wore a step counter for a week each year and took memory tests every two years.

By the end of the study, 112 participants had been diagnosed with dementia. Among those who walked the least, 14.2% developed the condition, compared with 6.8% of the most active group.

"Even a modest amount of walking seemed to make a real difference," said lead author Dr Fiona MacLeod, a professor of ageing and health. She said the team had taken account of age, smoking and diet.

The study was funded by Alzheimer Scotland, which said about 90,000 people in Scotland live with dementia. The researchers now plan a trial with 3,000 volunteers.`,
  },
  {
    name: 'court-en',
    lang: 'en',
    text: `Former charity treasurer jailed for six years over £1.4m fraud

A former charity treasurer who stole £1.4 million from a children's hospice over eight years was jailed for six years at Leeds Crown Court on Friday.

Graham Pellow, 58, from Harrogate, pleaded guilty in October to fraud by abuse of position. The court heard he moved money from the hospice's accounts into his own in 212 separate payments between 2015 and 2023, and spent it on holidays, cars and gambling.

Judge Katherine Mills told Pellow he had betrayed "the trust of every family the hospice cared for". She also ordered him to pay a fine of £20,000 and costs of £3,500 within 28 days.

The theft came to light when a new finance manager noticed that the hospice's bank balance was £96,000 lower than its records showed. The hospice, which cares for about 340 children a year, said it had cut staff hours while the money was missing.

Prosecutors said they would seek to recover the money under the Proceeds of Crime Act. A hearing is due in June.`,
  },
]
