import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Articles for the sixteenth review (draft-review-16.test.ts), review 15's leftovers: Arabic stories naming a person in
 * commas right after a bare title («قال المدير، أحمد …، إن»), beside titles followed by a time, a place, a manner in
 * commas; inhabitants counted with «ساكن» and «نسمة»; English stories of money in currencies a quiz has none for
 * (shillings, naira). Written for these tests; any likeness to real people is chance.
 */
export const REVIEW_16_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'water-plant-irbid-ar',
    lang: 'ar',
    text: `محطة جديدة لمعالجة المياه في إربد

افتتحت وزارة المياه، يوم الاثنين 6 أكتوبر 2025، محطة لمعالجة المياه العادمة في محافظة إربد بكلفة 32 مليون دينار أردني.

وقال المدير، أحمد سالم العتوم، إن المحطة ستزود نحو 600 ألف ساكن بمياه الري، وإنها تعالج 40 ألف متر مكعب يوميا.

وقالت الوزيرة، في تصريح صحفي، إن العمل في المرحلة الثانية سيبدأ بعد 18 شهرا.

وأكد المحافظ، مساء أمس، أن البلدات المجاورة التي يسكنها 120 ألف نسمة ستربط بالشبكة في العام المقبل.

وأضاف العتوم، موضحا الأسباب، أن 35 في المئة من المياه كانت تهدر قبل إنشاء المحطة.`,
  },
  {
    name: 'family-support-ar',
    lang: 'ar',
    text: `برنامج جديد لدعم الأسر العاملة

أعلنت وزارة التنمية الاجتماعية، يوم الأحد 14 سبتمبر 2025، برنامجا لدعم 25 ألف أسرة عاملة في المدن الصغيرة.

وقالت الوزيرة، هند الصبيحي، إن البرنامج يكلف 48 مليون دينار على مدى 3 سنوات.

وقال المدير، في عمان، إن البلدات التي يقطنها أقل من 10 آلاف ساكن ستحظى بالأولوية.

وأوضحت الصبيحي أن 70 في المئة من الأسر المستفيدة تعيلها نساء.`,
  },
  {
    name: 'budget-nairobi-en',
    lang: 'en',
    text: `Kenya's Treasury plans a smaller deficit

Kenya's Treasury said on Thursday, 12 June 2025, that the government would borrow 900 billion shillings in the next fiscal year, less than the 1.1 trillion shillings it borrowed this year.

Treasury secretary Njeri Wambui said the country's debt had reached 11 trillion shillings, about 68% of its economy.

The budget sets aside 45 billion shillings for roads, and 12,000 new teachers will be hired.

About 2,000 residents of the capital's informal settlements will be moved to new housing, Wambui said.`,
  },
  {
    name: 'oil-revenue-lagos-en',
    lang: 'en',
    text: `Nigeria's oil revenue rises

Nigeria earned 14.2 trillion naira from oil last year, the finance ministry said on Monday, 3 March 2025, up 18% from a year earlier.

The ministry said the country produced 1.6 million barrels a day on average, and that Lagos, a city of 15 million inhabitants, would receive 400 billion naira for its new rail line.

Finance minister Tunde Adeyemi said 3 refineries would reopen within 24 months.`,
  },
]
