import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Articles the drafter tests write themselves: six domains (a budget, a match, health figures, a
 * disaster toll, a launch, a cultural event) in Arabic and English, and four with areas, volumes and
 * temperatures (a water plant and a heat wave in Arabic, a wildfire and a cold snap in English), pasted the ways people paste
 * (a headline line, blank lines, CRLF, bullets, stray spaces, tashkeel). Invented news, realistic in
 * form; each lists the facts a reader would expect to be asked about.
 */

export type ArticleFixture = {
  name: string
  lang: Lang
  text: string
  /** Numeric facts the draft must ask about: the value (in `unit`) as the article states it. */
  facts: { value: number; unit: string }[]
}

export const ARTICLES: ArticleFixture[] = [
  {
    name: 'budget-ar',
    lang: 'ar',
    text: `وزارة المالية تعلن ميزانية العام المقبل

أعلنت وزارة المالية يوم الأحد ميزانية العام المقبل بإنفاق إجمالي يبلغ 1.25 تريليون ريال، مقابل إيرادات متوقعة بقيمة 1.1 تريليون ريال، ما يعني عجزًا يقدَّر بنحو 150 مليار ريال.

وقال وزير المالية محمد الجدعان إن الحكومة خصصت 200 مليار ريال لقطاع التعليم و214 مليار ريال لقطاع الصحة، مؤكدًا أن الإنفاق على المشاريع الكبرى سيستمر دون تأخير.

وتتوقع الوزارة أن ينمو الاقتصاد بنسبة 4.6 في المئة خلال العام المقبل، وأن يتراجع معدل التضخم إلى 1.9%.

وأوضح الوزير أن الدين العام سيبلغ نحو 30 في المئة من الناتج المحلي الإجمالي بنهاية العام، وأن الحكومة ستوظف 45 ألف مواطن في القطاع العام.`,
    facts: [
      { value: 200e9, unit: 'SAR' },
      { value: 214e9, unit: 'SAR' },
      { value: 150e9, unit: 'SAR' },
      { value: 4.6, unit: 'percent' },
      { value: 1.9, unit: 'percent' },
      { value: 30, unit: 'percent' },
      { value: 45000, unit: 'person' },
    ],
  },
  {
    name: 'budget-en',
    lang: 'en',
    text: `City council approves record budget\r\n\r\nThe city council on Tuesday approved a budget of $4.2 billion for the coming year, up 6% from last year, after a debate that lasted nine hours.\r\n\r\nMayor Karen Bass said $850 million would go to housing and $310 million to public transport. Council members voted 12 to 3 in favour.\r\n\r\nThe budget also funds 1,200 new police officers and 400 street cleaners. Property taxes will rise by 2.5 percent, the first increase since 2019.\r\n`,
    facts: [
      { value: 4.2e9, unit: 'USD' },
      { value: 6, unit: 'percent' },
      { value: 9, unit: 'hour' },
      { value: 850e6, unit: 'USD' },
      { value: 310e6, unit: 'USD' },
      { value: 1200, unit: 'person' },
      { value: 400, unit: 'person' },
      { value: 2.5, unit: 'percent' },
    ],
  },
  {
    name: 'match-ar',
    lang: 'ar',
    text: `الهلال يتوج بلقب الدوري بعد فوزه على النصر
حسم الهلال لقب الدوري بفوزه على غريمه النصر بنتيجة 3-1 في المباراة التي أقيمت مساء الجمعة على ملعب الملك فهد الدولي في الرياض، أمام نحو 62 ألف متفرج.
أهداف المباراة
افتتح المهاجم سالم الدوسري التسجيل في الدقيقة 23، قبل أن يضيف زميله ميتروفيتش الهدف الثاني، ثم سجل البديل هدفًا ثالثًا. وقلص النصر الفارق عبر كريستيانو رونالدو.
مسيرة الفريق
رفع الهلال رصيده إلى 86 نقطة بعد 34 مباراة، متقدمًا بفارق 9 نقاط على أقرب منافسيه، وهو اللقب التاسع عشر في تاريخ النادي.
وقال المدرب خورخي جيسوس إن الفريق لعب 120 دقيقة بلا توقف في المباراة السابقة، لكنه أظهر قوة ذهنية كبيرة.`,
    facts: [
      { value: 62000, unit: 'person' },
      { value: 86, unit: 'count' },
      { value: 34, unit: 'count' },
      { value: 9, unit: 'count' },
      { value: 120, unit: 'minute' },
    ],
  },
  {
    name: 'match-en',
    lang: 'en',
    text: `Manchester City beat Arsenal 2-1 on Sunday to move three points clear at the top of the Premier League, in front of a crowd of 53,400 at the Etihad Stadium.

• Erling Haaland scored twice, taking his tally to 27 goals in 30 league games.
• Arsenal's only goal came from Bukayo Saka after 61 minutes.

Coach Pep Guardiola said his side had "suffered for 90 minutes" against the best team he had faced this season. City have now won 11 of their last 12 matches, while Arsenal have lost 4 games since January.`,
    facts: [
      { value: 3, unit: 'count' },
      { value: 53400, unit: 'count' },
      { value: 27, unit: 'count' },
      { value: 30, unit: 'count' },
      { value: 61, unit: 'minute' },
      { value: 90, unit: 'minute' },
      { value: 11, unit: 'count' },
      { value: 12, unit: 'count' },
      { value: 4, unit: 'count' },
    ],
  },
  {
    name: 'health-ar',
    lang: 'ar',
    text: `كشف تقرير صادر عن وزارة الصحة أن نسبة الإصابة بمرض السكري بين البالغين ارتفعت إلى 18 في المئة العام الماضي، مقارنةً بـ14 في المئة قبل خمس سنوات.
ارتفاع الإصابات
وأظهر التقرير أن نحو 2.3 مليون شخص يعيشون مع المرض، وأن 40% منهم لا يعرفون أنهم مصابون به.
حملة الفحص
وأطلقت الوزارة حملة فحص مجانية تستمر ستة أشهر في 120 مركزًا صحيًا، وتستهدف فحص 500 ألف مواطن.
وقالت الطبيبة ليلى حسن إن ممارسة الرياضة 30 دقيقة يوميًا تقلل خطر الإصابة بنحو 58 في المئة.`,
    facts: [
      { value: 18, unit: 'percent' },
      { value: 14, unit: 'percent' },
      { value: 2.3e6, unit: 'person' },
      { value: 40, unit: 'percent' },
      { value: 6, unit: 'month' },
      { value: 120, unit: 'count' },
      { value: 500000, unit: 'person' },
      { value: 30, unit: 'minute' },
      { value: 58, unit: 'percent' },
    ],
  },
  {
    name: 'health-en',
    lang: 'en',
    text: `Vaccination rates among children have fallen to 83 percent, down from 91 percent five years ago, according to a report published by the World Health Organization on Monday.

The report found that 14.3 million children received no vaccine doses at all last year, and that measles cases rose by 20% in the same period.

Dr. Kate O'Brien, who leads the agency's immunization department, said countries needed to reach 95% coverage to stop outbreaks. The agency plans to spend $1.5 billion over three years on catch-up campaigns in 40 countries.`,
    facts: [
      { value: 83, unit: 'percent' },
      { value: 91, unit: 'percent' },
      { value: 14.3e6, unit: 'count' },
      { value: 20, unit: 'percent' },
      { value: 95, unit: 'percent' },
      { value: 1.5e9, unit: 'USD' },
      { value: 3, unit: 'year' },
      { value: 40, unit: 'count' },
    ],
  },
  {
    name: 'disaster-ar',
    lang: 'ar',
    text: `ارتفعت حصيلة ضحايا الزلزال الذي ضرب المنطقة الجبلية فجر الثلاثاء إلى 1,350 قتيلًا، فيما أُصيب أكثر من 4,200 شخص، بحسب ما أعلنته هيئة الكوارث الوطنية.

وبلغت قوة الزلزال 6.8 درجات على مقياس ريختر، وكان مركزه على عمق 18 كيلومترًا تحت سطح الأرض، على بعد 70 كيلومترًا من مدينة مراكش.

وقالت السلطات إن فرق الإنقاذ تعمل منذ 72 ساعة دون توقف، وإن نحو 2,500 منزل دُمرت بالكامل، بينما نزح قرابة 30 ألف شخص إلى مخيمات مؤقتة.

وأرسلت دول عدة مساعدات عاجلة، من بينها 25 طنًا من المواد الغذائية والأدوية.`,
    facts: [
      { value: 1350, unit: 'count' },
      { value: 4200, unit: 'person' },
      { value: 18, unit: 'kilometre' },
      { value: 70, unit: 'kilometre' },
      { value: 72, unit: 'hour' },
      { value: 2500, unit: 'count' },
      { value: 30000, unit: 'person' },
      { value: 25, unit: 'tonne' },
    ],
  },
  {
    name: 'disaster-en',
    lang: 'en',
    text: `Floods kill at least 210 in southern province
Heavy rain that began on Friday has killed at least 210 people and forced 85,000 from their homes, officials said on Wednesday.
The river rose 4.5 metres in 24 hours, breaking its banks in 14 districts. About 1,800 homes were destroyed and 320 kilometres of roads were damaged.
Rescue teams have used 60 boats and 12 helicopters to reach villages cut off by the water, and the government has released $45 million in emergency aid.`,
    facts: [
      { value: 85000, unit: 'person' },
      { value: 4.5, unit: 'metre' },
      { value: 24, unit: 'hour' },
      { value: 14, unit: 'count' },
      { value: 1800, unit: 'count' },
      { value: 320, unit: 'kilometre' },
      { value: 60, unit: 'count' },
      { value: 12, unit: 'count' },
      { value: 45e6, unit: 'USD' },
    ],
  },
  {
    name: 'launch-ar',
    lang: 'ar',
    text: `أطلقت وكالة الفضاء الإماراتية يوم 14 فبراير 2026 قمرًا صناعيًا جديدًا لرصد المناخ من قاعدة في اليابان، في مهمة تستمر خمس سنوات.

ويزن القمر الصناعي 650 كيلوغرامًا، وسيدور حول الأرض على ارتفاع 550 كيلومترًا، ويكمل دورته كل 95 دقيقة.

وقال مدير المشروع سالم المري إن فريقًا من 80 مهندسًا عمل على تصميم القمر مدة ثلاثة أعوام، وإن تكلفته بلغت 400 مليون درهم.

وكانت الإمارات قد أطلقت أول قمر صناعي لها عام 2009.`,
    facts: [
      { value: 20260214, unit: 'date' },
      { value: 5, unit: 'year' },
      { value: 650, unit: 'kilogram' },
      { value: 550, unit: 'kilometre' },
      { value: 95, unit: 'minute' },
      { value: 80, unit: 'person' },
      { value: 3, unit: 'year' },
      { value: 400e6, unit: 'AED' },
      { value: 20090000, unit: 'date' },
    ],
  },
  {
    name: 'launch-en',
    lang: 'en',
    text: `Space agency launches lunar probe

The European Space Agency launched its first lunar lander on 3 March 2026 from Kourou, French Guiana, on a journey of 384,000 kilometres that will take 21 days.

The 1.2-tonne probe carries 9 scientific instruments and will search for water ice near the Moon's south pole. The mission cost €780 million and involved 1,500 engineers from 22 countries.

Project manager Elena Rossi said the team had waited since 2019 for a launch window. The lander is expected to touch down on 24 March.`,
    facts: [
      { value: 20260303, unit: 'date' },
      { value: 384000, unit: 'kilometre' },
      { value: 21, unit: 'day' },
      { value: 9, unit: 'count' },
      { value: 780e6, unit: 'EUR' },
      { value: 1500, unit: 'person' },
      { value: 22, unit: 'count' },
    ],
  },
  {
    name: 'culture-ar',
    lang: 'ar',
    text: `اِنطلقت مساء الخميس فعاليّات الدورة الخامسة والأربعين لمهرجان القاهرة السينمائي الدولي، بمشاركة 190 فيلمًا من 72 دولة، وتستمر عشرة أيام.
  وكرّم المهرجان في حفل الافتتاح الممثلة   يسرا عن مسيرتها الفنية التي تمتد أكثر من 40 عامًا، فيما حضر الحفل نحو 3 آلاف ضيف.
وتتنافس 15 فيلمًا في المسابقة الرسمية على جائزة الهرم الذهبي، وتبلغ قيمة الجائزة الكبرى 50 ألف دولار.
ويُعرض فيلم الافتتاح في دار الأوبرا المصرية التي تتسع لـ1200 مشاهد.`,
    facts: [
      { value: 190, unit: 'count' },
      { value: 72, unit: 'count' },
      { value: 10, unit: 'day' },
      { value: 3000, unit: 'count' },
      { value: 15, unit: 'count' },
      { value: 50000, unit: 'USD' },
      { value: 1200, unit: 'count' },
    ],
  },
  {
    name: 'culture-en',
    lang: 'en',
    text: `The Edinburgh Festival Fringe closed on Monday after 25 days, with organisers reporting sales of 2.6 million tickets, a record for the event.

More than 3,300 shows from 58 countries were staged in 290 venues across the city. Comedy accounted for 34% of all performances, followed by theatre at 26%.

Festival director Shona McCarthy said the average ticket cost £14, and that the Fringe brought an estimated £400 million to the Scottish economy.`,
    facts: [
      { value: 25, unit: 'day' },
      { value: 2.6e6, unit: 'count' },
      { value: 58, unit: 'count' },
      { value: 290, unit: 'count' },
      { value: 34, unit: 'percent' },
      { value: 26, unit: 'percent' },
      { value: 14, unit: 'GBP' },
      { value: 400e6, unit: 'GBP' },
    ],
  },
  {
    name: 'water-ar',
    lang: 'ar',
    text: `افتتحت الحكومة محطة جديدة لتحلية مياه البحر في المدينة الساحلية بتكلفة بلغت 2.3 مليار جنيه.

وقال رئيس الوزراء خلال حفل الافتتاح إن المحطة تنتج 150 ألف متر مكعب من المياه يوميًا، وتخدم نحو نصف مليون نسمة، وتقوم على أرض مساحتها 40 فدانًا.

وأضاف أن الدولة تخطط لإنشاء 21 محطة أخرى، بطاقة إجمالية تصل إلى 3.3 مليون متر مكعب يوميًا.

واستغرق بناء المحطة 18 شهرًا، وشارك فيه أكثر من 1200 عامل.`,
    facts: [
      { value: 150000, unit: 'cubic-metre' },
      { value: 500000, unit: 'person' },
      { value: 40, unit: 'feddan' },
      { value: 21, unit: 'count' },
      { value: 3.3e6, unit: 'cubic-metre' },
      { value: 18, unit: 'month' },
      { value: 1200, unit: 'person' },
    ],
  },
  {
    name: 'wildfire-en',
    lang: 'en',
    text: `Firefighters said on Sunday that a wildfire had burned about 12,000 hectares of forest and farmland since it broke out on Thursday near the village.

More than 400 firefighters, supported by 10 aircraft, were still battling the flames. Officials evacuated 18 villages as a precaution.

Farms in the area use around 2.5 million cubic metres of water each summer, and the region's reservoir holds 40 million m³.`,
    facts: [
      { value: 12000, unit: 'hectare' },
      { value: 400, unit: 'person' },
      { value: 10, unit: 'count' },
      { value: 18, unit: 'count' },
      { value: 2.5e6, unit: 'cubic-metre' },
      { value: 40e6, unit: 'cubic-metre' },
    ],
  },
  {
    name: 'heat-ar',
    lang: 'ar',
    text: `سجّلت مدينة الكويت، الأربعاء، درجة حرارة بلغت 51 درجة مئوية، وهي الأعلى هذا العام، بحسب إدارة الأرصاد الجوية.

وقالت الإدارة إن موجة الحر ستستمر حتى نهاية الأسبوع، مع رياح نشطة تصل سرعتها إلى 50 كيلومترًا في الساعة.

واستقبلت المستشفيات 37 حالة إجهاد حراري خلال يومين، وارتفع استهلاك الكهرباء إلى 17 ألف ميغاواط، وهو رقم قياسي جديد.`,
    facts: [
      { value: 51, unit: 'celsius' },
      { value: 37, unit: 'count' },
      { value: 17000, unit: 'count' },
    ],
  },
  {
    name: 'cold-en',
    lang: 'en',
    text: `Temperatures in Moscow fell to -25°C on Monday, the coldest January night in 15 years, the city's weather service said.

Schools in 12 districts were closed, and about 300 flights were delayed at the city's airports.

Forecasters expect temperatures to rise to -10°C by Friday, still well below the January average of -6°C.`,
    facts: [
      { value: -25, unit: 'celsius' },
      { value: 15, unit: 'year' },
      { value: 12, unit: 'count' },
      { value: 300, unit: 'count' },
      { value: -10, unit: 'celsius' },
      { value: -6, unit: 'celsius' },
    ],
  },
]
