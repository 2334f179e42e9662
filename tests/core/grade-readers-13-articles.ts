import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Three more kinds of article nobody on the team tuned the grader on (invented news, realistic in form): Sudan's gum
 * arabic exports from the El Obeid crop exchange (SUNA), with tonnes in thousands («62 ألف طن», «88 ألف طن»), a price
 * per qantar in Sudanese pounds («95 ألف جنيه»), dollars a tonne, two per cents of two wholes («70 في المئة من إنتاج
 * البلاد», «أكثر من 80 في المئة من الإنتاج العالمي»), kilometres and days in words («خمسة أيام», «يومين»); a seawater
 * desalination plant in Sfax (TAP), with cubic metres a day, millions of dinars, millimes («بـ800 مليم»), a cost per
 * cubic metre, inhabitants, kilometres of pipes and hours a day without water, in Tunisian MSA; an Indian dairy
 * cooperative's bonus (PTI), with lakhs and crores (`Rs 1,250 crore`, `4.2 lakh`, `90 lakh litres of milk a day`),
 * rupees a litre, per cents, "a fortnight" and a dateline beside the announcement's date, in Indian English.
 * The quizzes `draftQuiz` made of them on 3 December 2026 are frozen, with their choice questions, so that the
 * grader's tests do not move when the drafter does; after the drafted questions come some written by hand in the
 * drafter's form (a quote with its key blanked, a name, a false statement). Drafter findings: in the Sfax article it
 * asked «لاستغلال» (of «للشركة الوطنية لاستغلال وتوزيع المياه») as a name, left out here; it asked no name of a person,
 * no duration in days, no count of inhabitants; in the Indian article it asked the dateline's date (`28 October`) and
 * not the announcement's (`Monday, 27 October 2025`), which stands in the same quote.
 * tests/core/grade-readers-13.test.ts types real readers' answers to them.
 */
export const READERS_13_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'gum-arabic-obeid-ar',
    lang: 'ar',
    text: 'صادرات الصمغ العربي تتراجع إلى 62 ألف طن\n\nالأبيض - (سونا):\nأعلنت بورصة الأبيض للمحاصيل، يوم الثلاثاء 18 نوفمبر 2025، أن صادرات السودان من الصمغ العربي بلغت 62 ألف طن خلال الموسم الماضي، مقابل 88 ألف طن في الموسم الذي سبقه.\n\nوقال مدير البورصة، عثمان الطيب النور، إن سعر القنطار من صمغ الهشاب وصل إلى 95 ألف جنيه، بينما يصدر الطن بنحو 2700 دولار، وإن ولايات كردفان تنتج نحو 70 في المئة من إنتاج البلاد.\n\nوأوضح النور أن الشاحنات تقطع 1100 كيلومتر من الأبيض إلى ميناء بورتسودان في رحلة تستغرق خمسة أيام، بعد أن كانت لا تتجاوز يومين قبل الحرب.\n\nوأشار إلى أن نحو 5 ملايين مزارع يعتمدون على جمع الصمغ، وأن الموسم الجديد يبدأ في أكتوبر وينتهي في مارس.\n\nولا يزال السودان أكبر منتج للصمغ العربي في العالم، إذ يوفر أكثر من 80 في المئة من الإنتاج العالمي.\n',
  },
  {
    name: 'desalination-sfax-ar',
    lang: 'ar',
    text: 'تدشين محطة تحلية مياه البحر بقرقور في صفاقس\n\nصفاقس (وات) - دشن وزير الفلاحة والموارد المائية، يوم الجمعة 12 سبتمبر 2025، محطة تحلية مياه البحر بقرقور من ولاية صفاقس، بطاقة إنتاج أولية تبلغ 100 ألف متر مكعب يوميا، على أن ترتفع إلى 200 ألف متر مكعب في المرحلة الثانية سنة 2030.\n\nوقالت المديرة الجهوية للشركة الوطنية لاستغلال وتوزيع المياه، سنية البكوش، إن كلفة المشروع بلغت 850 مليون دينار، وإن المحطة ستزود نحو 600 ألف ساكن بالماء الصالح للشرب عبر شبكة من القنوات طولها 120 كيلومترا.\n\nوأضافت البكوش أن إنتاج المتر المكعب الواحد يكلف 2.3 دينار، في حين تبيعه الشركة للعائلات بـ800 مليم فقط، وأن الفارق تتحمله الدولة.\n\nوأشارت إلى أن نسبة امتلاء السدود في البلاد لا تتجاوز 27 في المئة، وأن الولاية عرفت انقطاعات متكررة في الماء خلال صيف 2024 بلغت أحيانا 12 ساعة في اليوم.\n\nويذكر أن تونس تملك حاليا 4 محطات لتحلية مياه البحر، و17 محطة لتحلية المياه الجوفية.\n',
  },
  {
    name: 'dairy-bonus-india-en',
    lang: 'en',
    text: 'Gujarat milk cooperative announces record Diwali bonus for farmers\n\nANAND, 28 October (PTI) - The Narmada Valley Milk Cooperative will pay its 4.2 lakh member farmers a record bonus of Rs 1,250 crore before Diwali, its chairman Haresh Patel announced on Monday, 27 October 2025.\n\nThe cooperative collected an average of 90 lakh litres of milk a day in 2024-25, up 11% from the previous year, and paid farmers Rs 46.50 per litre for cow milk and Rs 62 per litre for buffalo milk.\n\nPatel said women make up nearly 60 per cent of the members, and that the bonus would be credited directly to their bank accounts within a fortnight.\n\nThe cooperative also plans to open a Rs 300-crore cheese plant at Palanpur, about 140 km north of Ahmedabad, by March 2027. It will process 10 lakh litres of milk a day.\n\nMilk production in India reached 239 million tonnes last year, the highest in the world.\n',
  },
]

/** Each article's draft (`draftQuiz(text).quiz`) and the questions written by hand, by article name. */
export const READERS_13_QUIZZES: Record<string, Record<string, unknown> & { articleText: string }> = {
  'gum-arabic-obeid-ar': {
    id: 'sadrat-al-smgh-al-arbi-ttraja-62-alf',
    version: 1,
    lang: 'ar',
    title: {
      ar: 'صادرات الصمغ العربي تتراجع إلى 62 ألف طن',
    },
    source: {
      name: 'نص مُلصق',
    },
    article: 'article.ar.txt',
    questions: [
      {
        id: 'date-20251118',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «أعلنت بورصة الأبيض للمحاصيل، يوم الثلاثاء ____ …»',
        },
        answer: {
          value: 20251118,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «أعلنت بورصة الأبيض للمحاصيل، يوم الثلاثاء 18 نوفمبر 2025، أن صادرات السودان من الصمغ العربي بلغت 62 ألف طن خلال الموسم الماضي، مقابل 88 ألف طن في الموسم الذي سبقه».',
        },
        evidence: {
          paragraph: 0,
          quote:
            'أعلنت بورصة الأبيض للمحاصيل، يوم الثلاثاء 18 نوفمبر 2025، أن صادرات السودان من الصمغ العربي بلغت 62 ألف طن خلال الموسم الماضي، مقابل 88 ألف طن في الموسم الذي سبقه.',
        },
      },
      {
        id: 'where-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «أعلنت بورصة الأبيض للمحاصيل، يوم الثلاثاء …، أن صادرات ____ من الصمغ العربي بلغت 62 ألف طن خلال الموسم الماضي …»',
        },
        answer: {
          accepted: ['السودان'],
        },
        explanation: {
          ar: 'جاء في المقال: «أن صادرات السودان من الصمغ العربي بلغت 62 ألف طن خلال الموسم الماضي».',
        },
        evidence: {
          paragraph: 0,
          quote: 'أن صادرات السودان من الصمغ العربي بلغت 62 ألف طن خلال الموسم الماضي',
        },
      },
      {
        id: 'true-mass-88000',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ أعلنت بورصة الأبيض للمحاصيل، يوم الثلاثاء …، أن صادرات … من الصمغ العربي بلغت 62 ألف طن خلال الموسم الماضي، مقابل 88 ألف طن في الموسم الذي سبقه.',
        },
        answer: true,
        explanation: {
          ar: 'جاء في المقال: «مقابل 88 ألف طن في الموسم الذي سبقه».',
        },
        evidence: {
          paragraph: 0,
          quote: 'مقابل 88 ألف طن في الموسم الذي سبقه.',
        },
      },
      {
        id: 'money-95000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وقال مدير البورصة، …، إن سعر القنطار من صمغ الهشاب وصل إلى ____ …»',
        },
        answer: {
          value: 95000,
          unit: 'SDG',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «إن سعر القنطار من صمغ الهشاب وصل إلى 95 ألف جنيه».',
        },
        evidence: {
          paragraph: 1,
          quote: 'إن سعر القنطار من صمغ الهشاب وصل إلى 95 ألف جنيه',
        },
      },
      {
        id: 'percent-70',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وقال مدير البورصة، …، إن سعر القنطار من صمغ الهشاب وصل إلى …، بينما يصدر الطن بنحو …، وإن ولايات كردفان تنتج نحو ____ من إنتاج البلاد»',
        },
        answer: {
          value: 70,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وإن ولايات كردفان تنتج نحو 70 في المئة من إنتاج البلاد».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وإن ولايات كردفان تنتج نحو 70 في المئة من إنتاج البلاد.',
        },
      },
      {
        id: 'choice-length-1100',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وأوضح … أن الشاحنات تقطع ____ من الأبيض إلى ميناء … في رحلة تستغرق …، بعد أن كانت لا تتجاوز … قبل الحرب»',
        },
        choices: [
          {
            id: 'v1000',
            text: {
              ar: '1000 كيلومتر',
            },
          },
          {
            id: 'v800',
            text: {
              ar: '800 كيلومتر',
            },
          },
          {
            id: 'v1100',
            text: {
              ar: '1100 كيلومتر',
            },
          },
          {
            id: 'v900',
            text: {
              ar: '900 كيلومتر',
            },
          },
        ],
        answer: 'v1100',
        explanation: {
          ar: 'جاء في المقال: «وأوضح النور أن الشاحنات تقطع 1100 كيلومتر من الأبيض إلى ميناء بورتسودان في رحلة تستغرق خمسة أيام».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأوضح النور أن الشاحنات تقطع 1100 كيلومتر من الأبيض إلى ميناء بورتسودان في رحلة تستغرق خمسة أيام',
        },
      },
      {
        id: 'where-2',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وأوضح … أن الشاحنات تقطع … من الأبيض إلى ميناء ____ في رحلة تستغرق …، بعد أن كانت لا تتجاوز … قبل الحرب»',
        },
        answer: {
          accepted: ['بورتسودان'],
        },
        explanation: {
          ar: 'جاء في المقال: «وأوضح النور أن الشاحنات تقطع 1100 كيلومتر من الأبيض إلى ميناء بورتسودان في رحلة تستغرق خمسة أيام».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأوضح النور أن الشاحنات تقطع 1100 كيلومتر من الأبيض إلى ميناء بورتسودان في رحلة تستغرق خمسة أيام',
        },
      },
      {
        id: 'choice-count-5000000',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وأشار إلى أن نحو ____ مزارع يعتمدون على جمع الصمغ، وأن الموسم الجديد يبدأ في أكتوبر وينتهي في مارس»',
        },
        choices: [
          {
            id: 'v3000000',
            text: {
              ar: '3 ملايين',
            },
          },
          {
            id: 'v4000000',
            text: {
              ar: '4 ملايين',
            },
          },
          {
            id: 'v5000000',
            text: {
              ar: '5 ملايين',
            },
          },
          {
            id: 'v6000000',
            text: {
              ar: '6 ملايين',
            },
          },
        ],
        answer: 'v5000000',
        explanation: {
          ar: 'جاء في المقال: «وأشار إلى أن نحو 5 ملايين مزارع يعتمدون على جمع الصمغ».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأشار إلى أن نحو 5 ملايين مزارع يعتمدون على جمع الصمغ',
        },
      },
      {
        id: 'percent-80',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «ولا يزال … أكبر منتج للصمغ العربي في العالم، إذ يوفر أكثر من ____ من الإنتاج العالمي»',
        },
        answer: {
          value: 80,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «إذ يوفر أكثر من 80 في المئة من الإنتاج العالمي».',
        },
        evidence: {
          paragraph: 4,
          quote: 'إذ يوفر أكثر من 80 في المئة من الإنتاج العالمي.',
        },
      },
      {
        id: 'time-5-day',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأوضح … أن الشاحنات تقطع … من الأبيض إلى ميناء … في رحلة تستغرق ____، بعد أن كانت لا تتجاوز … قبل الحرب»',
        },
        answer: {
          value: 5,
          unit: 'day',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأوضح النور أن الشاحنات تقطع 1100 كيلومتر من الأبيض إلى ميناء بورتسودان في رحلة تستغرق خمسة أيام».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأوضح النور أن الشاحنات تقطع 1100 كيلومتر من الأبيض إلى ميناء بورتسودان في رحلة تستغرق خمسة أيام',
        },
      },
      {
        id: 'time-2-day',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «في رحلة تستغرق …، بعد أن كانت لا تتجاوز ____ قبل الحرب»',
        },
        answer: {
          value: 2,
          unit: 'day',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «في رحلة تستغرق خمسة أيام، بعد أن كانت لا تتجاوز يومين قبل الحرب».',
        },
        evidence: {
          paragraph: 2,
          quote: 'في رحلة تستغرق خمسة أيام، بعد أن كانت لا تتجاوز يومين قبل الحرب.',
        },
      },
      {
        id: 'money-2700',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «إن سعر القنطار من صمغ الهشاب وصل إلى …، بينما يصدر الطن بنحو ____»',
        },
        answer: {
          value: 2700,
          unit: 'USD',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «بينما يصدر الطن بنحو 2700 دولار».',
        },
        evidence: {
          paragraph: 1,
          quote: 'بينما يصدر الطن بنحو 2700 دولار',
        },
      },
      {
        id: 'false-count-5000000',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وأشار إلى أن نحو 3 ملايين مزارع يعتمدون على جمع الصمغ.',
        },
        answer: false,
        explanation: {
          ar: 'العبارة خاطئة: جاء في المقال «وأشار إلى أن نحو 5 ملايين مزارع يعتمدون على جمع الصمغ»، لا 3 ملايين.',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأشار إلى أن نحو 5 ملايين مزارع يعتمدون على جمع الصمغ',
        },
      },
      {
        id: 'name-director',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وقال مدير البورصة، ____، إن سعر القنطار من صمغ الهشاب وصل إلى …»',
        },
        answer: {
          accepted: ['عثمان الطيب النور', 'عثمان الطيب', 'النور'],
        },
        explanation: {
          ar: 'جاء في المقال: «وقال مدير البورصة، عثمان الطيب النور، إن سعر القنطار من صمغ الهشاب وصل إلى 95 ألف جنيه».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وقال مدير البورصة، عثمان الطيب النور، إن سعر القنطار من صمغ الهشاب وصل إلى 95 ألف جنيه',
        },
      },
    ],
    articleText:
      'صادرات الصمغ العربي تتراجع إلى 62 ألف طن\nأعلنت بورصة الأبيض للمحاصيل، يوم الثلاثاء 18 نوفمبر 2025، أن صادرات السودان من الصمغ العربي بلغت 62 ألف طن خلال الموسم الماضي، مقابل 88 ألف طن في الموسم الذي سبقه.\n\nوقال مدير البورصة، عثمان الطيب النور، إن سعر القنطار من صمغ الهشاب وصل إلى 95 ألف جنيه، بينما يصدر الطن بنحو 2700 دولار، وإن ولايات كردفان تنتج نحو 70 في المئة من إنتاج البلاد.\n\nوأوضح النور أن الشاحنات تقطع 1100 كيلومتر من الأبيض إلى ميناء بورتسودان في رحلة تستغرق خمسة أيام، بعد أن كانت لا تتجاوز يومين قبل الحرب.\n\nوأشار إلى أن نحو 5 ملايين مزارع يعتمدون على جمع الصمغ، وأن الموسم الجديد يبدأ في أكتوبر وينتهي في مارس.\n\nولا يزال السودان أكبر منتج للصمغ العربي في العالم، إذ يوفر أكثر من 80 في المئة من الإنتاج العالمي.',
  },
  'desalination-sfax-ar': {
    id: 'tdshin-mhta-thlia-myah-al-bhr-bqrqur',
    version: 1,
    lang: 'ar',
    title: {
      ar: 'تدشين محطة تحلية مياه البحر بقرقور في صفاقس',
    },
    source: {
      name: 'نص مُلصق',
    },
    article: 'article.ar.txt',
    questions: [
      {
        id: 'date-20250912',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «صفاقس (وات) - دشن وزير الفلاحة والموارد المائية، يوم الجمعة ____، محطة تحلية مياه البحر بقرقور من ولاية صفاقس …»',
        },
        answer: {
          value: 20250912,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «صفاقس (وات) - دشن وزير الفلاحة والموارد المائية، يوم الجمعة 12 سبتمبر 2025، محطة تحلية مياه البحر بقرقور من ولاية صفاقس، بطاقة إنتاج أولية تبلغ 100 ألف متر مكعب يوميا، على أن ترتفع إلى 200 ألف متر مكعب في المرحلة الثانية سنة 2030».',
        },
        evidence: {
          paragraph: 0,
          quote:
            'صفاقس (وات) - دشن وزير الفلاحة والموارد المائية، يوم الجمعة 12 سبتمبر 2025، محطة تحلية مياه البحر بقرقور من ولاية صفاقس، بطاقة إنتاج أولية تبلغ 100 ألف متر مكعب يوميا، على أن ترتفع إلى 200 ألف متر مكعب في المرحلة الثانية سنة 2030.',
        },
      },
      {
        id: 'true-volume-100000',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ صفاقس (وات) - دشن وزير الفلاحة والموارد المائية، يوم الجمعة …، محطة تحلية مياه البحر بقرقور من ولاية صفاقس، بطاقة إنتاج أولية تبلغ 100 ألف متر مكعب يوميا.',
        },
        answer: true,
        explanation: {
          ar: 'جاء في المقال: «بطاقة إنتاج أولية تبلغ 100 ألف متر مكعب يوميا».',
        },
        evidence: {
          paragraph: 0,
          quote: 'بطاقة إنتاج أولية تبلغ 100 ألف متر مكعب يوميا',
        },
      },
      {
        id: 'money-850000000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وقالت المديرة الجهوية للشركة الوطنية … وتوزيع المياه، …، إن كلفة المشروع بلغت ____، وإن المحطة ستزود نحو … ساكن بالماء الصالح للشرب عبر شبكة من القنوات طولها … كيلومترا»',
        },
        answer: {
          value: 850000000,
          unit: 'TND',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «إن كلفة المشروع بلغت 850 مليون دينار».',
        },
        evidence: {
          paragraph: 1,
          quote: 'إن كلفة المشروع بلغت 850 مليون دينار',
        },
      },
      {
        id: 'money-2-3',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأضافت … أن إنتاج المتر المكعب الواحد يكلف ____ …»',
        },
        answer: {
          value: 2.3,
          unit: 'TND',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأضافت البكوش أن إنتاج المتر المكعب الواحد يكلف 2.3 دينار».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأضافت البكوش أن إنتاج المتر المكعب الواحد يكلف 2.3 دينار',
        },
      },
      {
        id: 'money-0-8',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأضافت … أن إنتاج المتر المكعب الواحد يكلف …، في حين تبيعه الشركة للعائلات بـ____ فقط، وأن الفارق تتحمله الدولة»',
        },
        answer: {
          value: 0.8,
          unit: 'TND',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «في حين تبيعه الشركة للعائلات بـ800 مليم فقط».',
        },
        evidence: {
          paragraph: 2,
          quote: 'في حين تبيعه الشركة للعائلات بـ800 مليم فقط',
        },
      },
      {
        id: 'choice-percent-27',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وأشارت إلى أن نسبة امتلاء السدود في البلاد لا تتجاوز ____ …»',
        },
        choices: [
          {
            id: 'v21',
            text: {
              ar: '21 في المئة',
            },
          },
          {
            id: 'v23',
            text: {
              ar: '23 في المئة',
            },
          },
          {
            id: 'v25',
            text: {
              ar: '25 في المئة',
            },
          },
          {
            id: 'v27',
            text: {
              ar: '27 في المئة',
            },
          },
        ],
        answer: 'v27',
        explanation: {
          ar: 'جاء في المقال: «وأشارت إلى أن نسبة امتلاء السدود في البلاد لا تتجاوز 27 في المئة».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأشارت إلى أن نسبة امتلاء السدود في البلاد لا تتجاوز 27 في المئة',
        },
      },
      {
        id: 'true-count-2024',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وأشارت إلى أن نسبة امتلاء السدود في البلاد لا تتجاوز …، وأن الولاية عرفت انقطاعات متكررة في الماء خلال صيف 2024 بلغت أحيانا 12 ساعة في اليوم.',
        },
        answer: true,
        explanation: {
          ar: 'جاء في المقال: «وأن الولاية عرفت انقطاعات متكررة في الماء خلال صيف 2024 بلغت أحيانا 12 ساعة في اليوم».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأن الولاية عرفت انقطاعات متكررة في الماء خلال صيف 2024 بلغت أحيانا 12 ساعة في اليوم.',
        },
      },
      {
        id: 'where-2',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «ويذكر أن ____ تملك حاليا … محطات لتحلية مياه البحر، و17 محطة لتحلية المياه الجوفية»',
        },
        answer: {
          accepted: ['تونس'],
        },
        explanation: {
          ar: 'جاء في المقال: «ويذكر أن تونس تملك حاليا 4 محطات لتحلية مياه البحر».',
        },
        evidence: {
          paragraph: 4,
          quote: 'ويذكر أن تونس تملك حاليا 4 محطات لتحلية مياه البحر',
        },
      },
      {
        id: 'choice-count-4',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «ويذكر أن … تملك حاليا ____ محطات لتحلية مياه البحر، و17 محطة لتحلية المياه الجوفية»',
        },
        choices: [
          {
            id: 'v5',
            text: {
              ar: '5',
            },
          },
          {
            id: 'v4',
            text: {
              ar: '4',
            },
          },
          {
            id: 'v6',
            text: {
              ar: '6',
            },
          },
          {
            id: 'v3',
            text: {
              ar: '3',
            },
          },
        ],
        answer: 'v4',
        explanation: {
          ar: 'جاء في المقال: «ويذكر أن تونس تملك حاليا 4 محطات لتحلية مياه البحر».',
        },
        evidence: {
          paragraph: 4,
          quote: 'ويذكر أن تونس تملك حاليا 4 محطات لتحلية مياه البحر',
        },
      },
      {
        id: 'volume-200000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «بطاقة إنتاج أولية تبلغ … يوميا، على أن ترتفع إلى ____ في المرحلة الثانية سنة 2030»',
        },
        answer: {
          value: 200000,
          unit: 'cubic-metre',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «على أن ترتفع إلى 200 ألف متر مكعب في المرحلة الثانية سنة 2030».',
        },
        evidence: {
          paragraph: 0,
          quote: 'على أن ترتفع إلى 200 ألف متر مكعب في المرحلة الثانية سنة 2030.',
        },
      },
      {
        id: 'count-600000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وإن المحطة ستزود نحو ____ ساكن بالماء الصالح للشرب عبر شبكة من القنوات طولها … كيلومترا»',
        },
        answer: {
          value: 600000,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وإن المحطة ستزود نحو 600 ألف ساكن بالماء الصالح للشرب».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وإن المحطة ستزود نحو 600 ألف ساكن بالماء الصالح للشرب',
        },
      },
      {
        id: 'length-120',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «عبر شبكة من القنوات طولها ____»',
        },
        answer: {
          value: 120,
          unit: 'kilometre',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «عبر شبكة من القنوات طولها 120 كيلومترا».',
        },
        evidence: {
          paragraph: 1,
          quote: 'عبر شبكة من القنوات طولها 120 كيلومترا.',
        },
      },
      {
        id: 'false-money-0-8',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وأضافت … أن الشركة تبيع المتر المكعب للعائلات بـ900 مليم.',
        },
        answer: false,
        explanation: {
          ar: 'العبارة خاطئة: جاء في المقال «في حين تبيعه الشركة للعائلات بـ800 مليم فقط»، لا 900 مليم.',
        },
        evidence: {
          paragraph: 2,
          quote: 'في حين تبيعه الشركة للعائلات بـ800 مليم فقط',
        },
      },
      {
        id: 'name-director',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وقالت المديرة الجهوية للشركة الوطنية لاستغلال وتوزيع المياه، ____، إن كلفة المشروع بلغت …»',
        },
        answer: {
          accepted: ['سنية البكوش', 'البكوش'],
        },
        explanation: {
          ar: 'جاء في المقال: «وقالت المديرة الجهوية للشركة الوطنية لاستغلال وتوزيع المياه، سنية البكوش، إن كلفة المشروع بلغت 850 مليون دينار».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وقالت المديرة الجهوية للشركة الوطنية لاستغلال وتوزيع المياه، سنية البكوش، إن كلفة المشروع بلغت 850 مليون دينار',
        },
      },
    ],
    articleText:
      'تدشين محطة تحلية مياه البحر بقرقور في صفاقس\nصفاقس (وات) - دشن وزير الفلاحة والموارد المائية، يوم الجمعة 12 سبتمبر 2025، محطة تحلية مياه البحر بقرقور من ولاية صفاقس، بطاقة إنتاج أولية تبلغ 100 ألف متر مكعب يوميا، على أن ترتفع إلى 200 ألف متر مكعب في المرحلة الثانية سنة 2030.\n\nوقالت المديرة الجهوية للشركة الوطنية لاستغلال وتوزيع المياه، سنية البكوش، إن كلفة المشروع بلغت 850 مليون دينار، وإن المحطة ستزود نحو 600 ألف ساكن بالماء الصالح للشرب عبر شبكة من القنوات طولها 120 كيلومترا.\n\nوأضافت البكوش أن إنتاج المتر المكعب الواحد يكلف 2.3 دينار، في حين تبيعه الشركة للعائلات بـ800 مليم فقط، وأن الفارق تتحمله الدولة.\n\nوأشارت إلى أن نسبة امتلاء السدود في البلاد لا تتجاوز 27 في المئة، وأن الولاية عرفت انقطاعات متكررة في الماء خلال صيف 2024 بلغت أحيانا 12 ساعة في اليوم.\n\nويذكر أن تونس تملك حاليا 4 محطات لتحلية مياه البحر، و17 محطة لتحلية المياه الجوفية.',
  },
  'dairy-bonus-india-en': {
    id: 'gujarat-milk-cooperative-announces-record-diwali',
    version: 1,
    lang: 'en',
    title: {
      en: 'Gujarat milk cooperative announces record Diwali bonus for farmers',
    },
    source: {
      name: 'Pasted text',
    },
    article: 'article.en.txt',
    questions: [
      {
        id: 'date-1028',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “ANAND, ____ (PTI) - The Narmada Valley Milk Cooperative will pay its … member farmers a record bonus of … before Diwali …”',
        },
        answer: {
          value: 1028,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “ANAND, 28 October (PTI) - The Narmada Valley Milk Cooperative will pay its 4.2 lakh member farmers a record bonus of Rs 1,250 crore before Diwali, its chairman Haresh Patel announced on Monday, 27 October 2025”.',
        },
        evidence: {
          paragraph: 0,
          quote:
            'ANAND, 28 October (PTI) - The Narmada Valley Milk Cooperative will pay its 4.2 lakh member farmers a record bonus of Rs 1,250 crore before Diwali, its chairman Haresh Patel announced on Monday, 27 October 2025.',
        },
      },
      {
        id: 'volume-9000000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The cooperative collected an average of ____ of milk a day in 2024-25 …”',
        },
        answer: {
          value: 9000000,
          unit: 'litre',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “The cooperative collected an average of 90 lakh litres of milk a day in 2024-25”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'The cooperative collected an average of 90 lakh litres of milk a day in 2024-25',
        },
      },
      {
        id: 'choice-percent-60',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Which fills the blank, according to the article? “… said women make up nearly ____ of the members …”',
        },
        choices: [
          {
            id: 'v80',
            text: {
              en: '80 per cent',
            },
          },
          {
            id: 'v70',
            text: {
              en: '70 per cent',
            },
          },
          {
            id: 'v90',
            text: {
              en: '90 per cent',
            },
          },
          {
            id: 'v60',
            text: {
              en: '60 per cent',
            },
          },
        ],
        answer: 'v60',
        explanation: {
          en: 'The article says: “Patel said women make up nearly 60 per cent of the members”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'Patel said women make up nearly 60 per cent of the members',
        },
      },
      {
        id: 'time-2-week',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “… said women make up nearly … of the members, and that the bonus would be credited directly to their bank accounts within a ____”',
        },
        answer: {
          value: 2,
          unit: 'week',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “and that the bonus would be credited directly to their bank accounts within a fortnight”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'and that the bonus would be credited directly to their bank accounts within a fortnight.',
        },
      },
      {
        id: 'true-money-3000000000',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'True or false, according to the article? The cooperative also plans to open a Rs 300-crore cheese plant at Palanpur, about 140 km north of Ahmedabad, by March 2027.',
        },
        answer: true,
        explanation: {
          en: 'The article says: “The cooperative also plans to open a Rs 300-crore cheese plant at Palanpur”.',
        },
        evidence: {
          paragraph: 3,
          quote: 'The cooperative also plans to open a Rs 300-crore cheese plant at Palanpur',
        },
      },
      {
        id: 'volume-1000000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “It will process ____ of milk a day”',
        },
        answer: {
          value: 1000000,
          unit: 'litre',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “It will process 10 lakh litres of milk a day”.',
        },
        evidence: {
          paragraph: 3,
          quote: 'It will process 10 lakh litres of milk a day.',
        },
      },
      {
        id: 'where-2',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank with the name the article gives: “Milk production in ____ reached … last year, the highest in the world”',
        },
        answer: {
          accepted: ['India'],
        },
        explanation: {
          en: 'The article says: “Milk production in India reached 239 million tonnes last year”.',
        },
        evidence: {
          paragraph: 4,
          quote: 'Milk production in India reached 239 million tonnes last year',
        },
      },
      {
        id: 'choice-mass-239000000',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Which fills the blank, according to the article? “Milk production in … reached ____ last year, the highest in the world”',
        },
        choices: [
          {
            id: 'v239000000',
            text: {
              en: '239 million tonnes',
            },
          },
          {
            id: 'v189000000',
            text: {
              en: '189 million tonnes',
            },
          },
          {
            id: 'v289000000',
            text: {
              en: '289 million tonnes',
            },
          },
          {
            id: 'v139000000',
            text: {
              en: '139 million tonnes',
            },
          },
        ],
        answer: 'v239000000',
        explanation: {
          en: 'The article says: “Milk production in India reached 239 million tonnes last year”.',
        },
        evidence: {
          paragraph: 4,
          quote: 'Milk production in India reached 239 million tonnes last year',
        },
      },
      {
        id: 'money-12500000000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The Narmada Valley Milk Cooperative will pay its … member farmers a record bonus of ____ before Diwali”',
        },
        answer: {
          value: 12500000000,
          unit: 'INR',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “The Narmada Valley Milk Cooperative will pay its 4.2 lakh member farmers a record bonus of Rs 1,250 crore before Diwali”.',
        },
        evidence: {
          paragraph: 0,
          quote: 'The Narmada Valley Milk Cooperative will pay its 4.2 lakh member farmers a record bonus of Rs 1,250 crore before Diwali',
        },
      },
      {
        id: 'count-420000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The Narmada Valley Milk Cooperative will pay its ____ member farmers a record bonus of … before Diwali”',
        },
        answer: {
          value: 420000,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “The Narmada Valley Milk Cooperative will pay its 4.2 lakh member farmers a record bonus of Rs 1,250 crore before Diwali”.',
        },
        evidence: {
          paragraph: 0,
          quote: 'The Narmada Valley Milk Cooperative will pay its 4.2 lakh member farmers a record bonus of Rs 1,250 crore before Diwali',
        },
      },
      {
        id: 'money-46-5',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “and paid farmers ____ per litre for cow milk and … per litre for buffalo milk”',
        },
        answer: {
          value: 46.5,
          unit: 'INR',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “and paid farmers Rs 46.50 per litre for cow milk and Rs 62 per litre for buffalo milk”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'and paid farmers Rs 46.50 per litre for cow milk and Rs 62 per litre for buffalo milk.',
        },
      },
      {
        id: 'date-20251027',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “its chairman … announced on ____”',
        },
        answer: {
          value: 20251027,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “its chairman Haresh Patel announced on Monday, 27 October 2025”.',
        },
        evidence: {
          paragraph: 0,
          quote: 'its chairman Haresh Patel announced on Monday, 27 October 2025.',
        },
      },
      {
        id: 'percent-11',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The cooperative collected an average of … of milk a day in 2024-25, up ____ from the previous year”',
        },
        answer: {
          value: 11,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “The cooperative collected an average of 90 lakh litres of milk a day in 2024-25, up 11% from the previous year”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'The cooperative collected an average of 90 lakh litres of milk a day in 2024-25, up 11% from the previous year',
        },
      },
      {
        id: 'false-money-62',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'True or false, according to the article? The cooperative paid farmers Rs 62 per litre for cow milk.',
        },
        answer: false,
        explanation: {
          en: 'False: the article says “paid farmers Rs 46.50 per litre for cow milk and Rs 62 per litre for buffalo milk”; Rs 62 was for buffalo milk.',
        },
        evidence: {
          paragraph: 1,
          quote: 'and paid farmers Rs 46.50 per litre for cow milk and Rs 62 per litre for buffalo milk.',
        },
      },
      {
        id: 'name-chairman',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank with the name the article gives: “The Narmada Valley Milk Cooperative will pay … a record bonus of … before Diwali, its chairman ____ announced on …”',
        },
        answer: {
          accepted: ['Haresh Patel', 'Patel'],
        },
        explanation: {
          en: 'The article says: “its chairman Haresh Patel announced on Monday, 27 October 2025”.',
        },
        evidence: {
          paragraph: 0,
          quote: 'its chairman Haresh Patel announced on Monday, 27 October 2025',
        },
      },
    ],
    articleText:
      'Gujarat milk cooperative announces record Diwali bonus for farmers\nANAND, 28 October (PTI) - The Narmada Valley Milk Cooperative will pay its 4.2 lakh member farmers a record bonus of Rs 1,250 crore before Diwali, its chairman Haresh Patel announced on Monday, 27 October 2025.\n\nThe cooperative collected an average of 90 lakh litres of milk a day in 2024-25, up 11% from the previous year, and paid farmers Rs 46.50 per litre for cow milk and Rs 62 per litre for buffalo milk.\n\nPatel said women make up nearly 60 per cent of the members, and that the bonus would be credited directly to their bank accounts within a fortnight.\n\nThe cooperative also plans to open a Rs 300-crore cheese plant at Palanpur, about 140 km north of Ahmedabad, by March 2027. It will process 10 lakh litres of milk a day.\n\nMilk production in India reached 239 million tonnes last year, the highest in the world.',
  },
}
