import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Three more kinds of article nobody on the team tuned the grader on (invented news, realistic in form): argan oil
 * cooperatives around Essaouira (MAP), with a Moroccan month name («6 نونبر 2025»), tonnes, per cents, a litre's price
 * in dirhams beside its price two years before («450 درهما، مقابل 380 درهما»), women in thousands, hectares in
 * thousands, kilometres and millions of dirhams, answered in Darija; the wheat marketing season in Diwaniyah (INA),
 * with a Levantine month name as Iraq writes it («18 أيار 2025»), thousands of tonnes, a tonne's price in Iraqi dinars
 * in thousands («850 ألف دينار»), farmers in thousands, a per cent, days of waiting, kilometres and «600 مليار دينار»,
 * answered in Iraqi Arabic; COCOBOD's cocoa price in Ghana (GNA), with Ghanaian cedis (`GH¢3,625` beside `GH¢3,100`,
 * `GH¢ 2.50`), a bag's kilograms, a per cent of the world price, tonnes and farmers in thousands, kilometres and a
 * month ahead (`January 2026`), in Ghanaian English.
 * The quizzes `draftQuiz` made of them on 3 December 2026 (with the cedi a quiz currency: before this round the drafter
 * asked no cedis and a quiz with a `GHS` key did not load) are frozen, with their choice questions, so that the
 * grader's tests do not move when the drafter does; three drafted choice questions (the Essaouira plan's dirhams,
 * Diwaniyah's tonnes, Ghana's tonnes) are asked as numeric ones, and after the drafted questions come some written by
 * hand in the drafter's form (a quote with its key blanked, a name, a place, money, a false statement). Drafter
 * findings: it asked `GH¢ 2.50` (the symbol spaced from its amount) as a count, a false `GH¢ 2.10` (`false-count-2-5`),
 * where `GH¢3,625` glued is money; with the price in the headline (`… to GH¢3,625 a bag`, rewritten) the price was
 * given away and not asked; it asked no date of the announcement (the dateline, `Friday, 3 October 2025`, is cut with
 * the agency's name); in Diwaniyah it asked no name, and the tonne's price only as a true statement.
 * tests/core/grade-readers-16.test.ts types real readers' answers to them.
 */
export const READERS_16_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'argan-essaouira-ar',
    lang: 'ar',
    text: 'تعاونيات الأركان بالصويرة تسوق 1200 طن من الزيت\n\nالصويرة - (و م ع):\nأعلنت المديرية الإقليمية للفلاحة بالصويرة، يوم الخميس 6 نونبر 2025، أن تعاونيات إنتاج زيت الأركان بالإقليم سوقت 1200 طن من الزيت خلال الموسم الماضي، بزيادة 18 في المائة مقارنة بالموسم الذي قبله.\n\nوقالت رئيسة الاتحاد الإقليمي للتعاونيات النسائية، فاطمة الزهراء أوبلا، إن عدد التعاونيات بلغ 164 تعاونية تشغل نحو 6500 امرأة، وإن سعر اللتر من زيت الأركان الغذائي وصل إلى 450 درهما، مقابل 380 درهما قبل سنتين.\n\nوأضافت أوبلا أن غابة الأركان بالإقليم تمتد على 120 ألف هكتار، وأن الجفاف قلص إنتاج الثمار خلال السنوات الأخيرة، مشيرة إلى أن أغلب التعاونيات توجد على بعد 40 كيلومترا من مدينة الصويرة.\n\nوأوضحت المديرية أن وزارة الفلاحة رصدت 35 مليون درهم لغرس 2000 هكتار جديدة في أفق سنة 2030.\n',
  },
  {
    name: 'wheat-diwaniyah-ar',
    lang: 'ar',
    text: 'الديوانية تتصدر المحافظات في تسويق الحنطة\n\nالديوانية - (واع):\nأعلنت الشركة العامة لتجارة الحبوب، يوم الأحد 18 أيار 2025، أن سايلوات الديوانية ومراكزها التسويقية استلمت 410 آلاف طن من الحنطة منذ بدء الموسم التسويقي، لتتصدر بذلك المحافظات العراقية.\n\nوقال مدير فرع الشركة في المحافظة، حيدر كاظم الجبوري، إن سعر الطن الواحد من الحنطة الدرجة الأولى يبلغ 850 ألف دينار، وإن عدد الفلاحين الذين سوقوا محاصيلهم تجاوز 23 ألف فلاح.\n\nوأضاف الجبوري أن الكميات المستلمة ارتفعت بنسبة 12 في المئة عن الموسم الماضي، وأن الشاحنات تنتظر أحيانا 3 أيام أمام سايلو الشامية الذي يبعد 40 كيلومترا عن مركز المحافظة.\n\nوأشار إلى أن وزارة المالية أطلقت 600 مليار دينار من مستحقات الفلاحين، على أن تصرف الدفعة الثانية في حزيران المقبل.\n',
  },
  {
    name: 'cocoa-ghana-en',
    lang: 'en',
    text: "COCOBOD raises cocoa price for new season\n\nACCRA, Friday, 3 October 2025 (GNA) - The Ghana Cocoa Board (COCOBOD) has raised the price it pays farmers to GH¢3,625 for a 64-kilogram bag for the 2025/26 season, up from GH¢3,100, Finance Minister Cassiel Ato Forson announced on Thursday.\n\nThe new price, about 70 per cent of the world market price, is meant to stop the smuggling of beans to neighbouring Côte d'Ivoire and Togo, Dr Forson told journalists in Accra.\n\nCOCOBOD expects to buy about 650,000 tonnes of beans this season from some 800,000 farmers, most of them in the Western North Region, about 300 kilometres from the capital.\n\nHe said the board would also pay GH¢ 2.50 a bag to help farmers cart their beans to the nearest buying centre, and would review the price again in January 2026.\n",
  },
]

/** Each article's draft (`draftQuiz(text).quiz`) and the questions written by hand, by article name. */
export const READERS_16_QUIZZES: Record<string, Record<string, unknown> & { articleText: string }> = {
  'argan-essaouira-ar': {
    id: 'tawnyat-al-arkan-al-suira-tsuq-1200-tn',
    version: 1,
    lang: 'ar',
    title: {
      ar: 'تعاونيات الأركان بالصويرة تسوق 1200 طن من الزيت',
    },
    source: {
      name: 'نص مُلصق',
    },
    article: 'article.ar.txt',
    questions: [
      {
        id: 'date-20251106',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «أعلنت المديرية الإقليمية للفلاحة بالصويرة، يوم الخميس ____، أن تعاونيات إنتاج زيت الأركان بالإقليم سوقت 1200 طن من الزيت خلال الموسم الماضي …»',
        },
        answer: {
          value: 20251106,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «أعلنت المديرية الإقليمية للفلاحة بالصويرة، يوم الخميس 6 نونبر 2025، أن تعاونيات إنتاج زيت الأركان بالإقليم سوقت 1200 طن من الزيت خلال الموسم الماضي، بزيادة 18 في المائة مقارنة بالموسم الذي قبله».',
        },
        evidence: {
          paragraph: 0,
          quote:
            'أعلنت المديرية الإقليمية للفلاحة بالصويرة، يوم الخميس 6 نونبر 2025، أن تعاونيات إنتاج زيت الأركان بالإقليم سوقت 1200 طن من الزيت خلال الموسم الماضي، بزيادة 18 في المائة مقارنة بالموسم الذي قبله.',
        },
      },
      {
        id: 'true-percent-18',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ أعلنت المديرية الإقليمية للفلاحة بالصويرة، يوم الخميس …، أن تعاونيات إنتاج زيت الأركان بالإقليم سوقت 1200 طن من الزيت خلال الموسم الماضي، بزيادة 18 في المائة مقارنة بالموسم الذي قبله.',
        },
        answer: true,
        explanation: {
          ar: 'جاء في المقال: «بزيادة 18 في المائة مقارنة بالموسم الذي قبله».',
        },
        evidence: {
          paragraph: 0,
          quote: 'بزيادة 18 في المائة مقارنة بالموسم الذي قبله.',
        },
      },
      {
        id: 'count-164',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وقالت رئيسة الاتحاد الإقليمي للتعاونيات النسائية، …، إن عدد التعاونيات بلغ ____ تعاونية تشغل نحو … امرأة …»',
        },
        answer: {
          value: 164,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «إن عدد التعاونيات بلغ 164 تعاونية تشغل نحو 6500 امرأة».',
        },
        evidence: {
          paragraph: 1,
          quote: 'إن عدد التعاونيات بلغ 164 تعاونية تشغل نحو 6500 امرأة',
        },
      },
      {
        id: 'choice-people-6500',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وقالت رئيسة الاتحاد الإقليمي للتعاونيات النسائية، …، إن عدد التعاونيات بلغ … تعاونية تشغل نحو ____ امرأة …»',
        },
        choices: [
          {
            id: 'v6500',
            text: {
              ar: '6500',
            },
          },
          {
            id: 'v4500',
            text: {
              ar: '4500',
            },
          },
          {
            id: 'v8500',
            text: {
              ar: '8500',
            },
          },
          {
            id: 'v2500',
            text: {
              ar: '2500',
            },
          },
        ],
        answer: 'v6500',
        explanation: {
          ar: 'جاء في المقال: «إن عدد التعاونيات بلغ 164 تعاونية تشغل نحو 6500 امرأة».',
        },
        evidence: {
          paragraph: 1,
          quote: 'إن عدد التعاونيات بلغ 164 تعاونية تشغل نحو 6500 امرأة',
        },
      },
      {
        id: 'money-450',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وإن سعر اللتر من زيت الأركان الغذائي وصل إلى ____، مقابل … قبل سنتين»',
        },
        answer: {
          value: 450,
          unit: 'MAD',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وإن سعر اللتر من زيت الأركان الغذائي وصل إلى 450 درهما».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وإن سعر اللتر من زيت الأركان الغذائي وصل إلى 450 درهما',
        },
      },
      {
        id: 'choice-area-120000',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وأضافت … أن غابة الأركان بالإقليم تمتد على ____، وأن الجفاف قلص إنتاج الثمار خلال السنوات الأخيرة …»',
        },
        choices: [
          {
            id: 'v220000',
            text: {
              ar: '220 ألف هكتار',
            },
          },
          {
            id: 'v170000',
            text: {
              ar: '170 ألف هكتار',
            },
          },
          {
            id: 'v120000',
            text: {
              ar: '120 ألف هكتار',
            },
          },
          {
            id: 'v70000',
            text: {
              ar: '70 ألف هكتار',
            },
          },
        ],
        answer: 'v120000',
        explanation: {
          ar: 'جاء في المقال: «وأضافت أوبلا أن غابة الأركان بالإقليم تمتد على 120 ألف هكتار».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأضافت أوبلا أن غابة الأركان بالإقليم تمتد على 120 ألف هكتار',
        },
      },
      {
        id: 'length-40',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأضافت … أن غابة الأركان بالإقليم تمتد على …، وأن الجفاف قلص إنتاج الثمار خلال السنوات الأخيرة، مشيرة إلى أن أغلب التعاونيات توجد على بعد ____ من مدينة الصويرة»',
        },
        answer: {
          value: 40,
          unit: 'kilometre',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «مشيرة إلى أن أغلب التعاونيات توجد على بعد 40 كيلومترا من مدينة الصويرة».',
        },
        evidence: {
          paragraph: 2,
          quote: 'مشيرة إلى أن أغلب التعاونيات توجد على بعد 40 كيلومترا من مدينة الصويرة.',
        },
      },
      {
        id: 'money-35000000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأوضحت المديرية أن وزارة الفلاحة رصدت ____ لغرس … جديدة في أفق سنة …»',
        },
        answer: {
          value: 35000000,
          unit: 'MAD',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأوضحت المديرية أن وزارة الفلاحة رصدت 35 مليون درهم لغرس 2000 هكتار جديدة في أفق سنة 2030».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأوضحت المديرية أن وزارة الفلاحة رصدت 35 مليون درهم لغرس 2000 هكتار جديدة في أفق سنة 2030.',
        },
      },
      {
        id: 'false-area-2000',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وأوضحت المديرية أن وزارة الفلاحة رصدت … لغرس 3000 هكتار جديدة في أفق سنة ….',
        },
        answer: false,
        explanation: {
          ar: 'العبارة خاطئة: جاء في المقال «وأوضحت المديرية أن وزارة الفلاحة رصدت 35 مليون درهم لغرس 2000 هكتار جديدة في أفق سنة 2030»، لا 3000 هكتار.',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأوضحت المديرية أن وزارة الفلاحة رصدت 35 مليون درهم لغرس 2000 هكتار جديدة في أفق سنة 2030.',
        },
      },
      {
        id: 'date-20300000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأوضحت المديرية أن وزارة الفلاحة رصدت … لغرس … جديدة في أفق سنة ____»',
        },
        answer: {
          value: 20300000,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأوضحت المديرية أن وزارة الفلاحة رصدت 35 مليون درهم لغرس 2000 هكتار جديدة في أفق سنة 2030».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأوضحت المديرية أن وزارة الفلاحة رصدت 35 مليون درهم لغرس 2000 هكتار جديدة في أفق سنة 2030.',
        },
      },
      {
        id: 'who-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'املأ الفراغ بالاسم كما ورد في المقال: «وقالت رئيسة الاتحاد الإقليمي للتعاونيات النسائية، ____، إن عدد التعاونيات بلغ … تعاونية»',
        },
        answer: {
          accepted: ['فاطمة الزهراء أوبلا', 'أوبلا', 'فاطمة الزهراء'],
        },
        explanation: {
          ar: 'جاء في المقال: «وقالت رئيسة الاتحاد الإقليمي للتعاونيات النسائية، فاطمة الزهراء أوبلا».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وقالت رئيسة الاتحاد الإقليمي للتعاونيات النسائية، فاطمة الزهراء أوبلا',
        },
      },
      {
        id: 'false-money-380',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وصل سعر اللتر من زيت الأركان الغذائي إلى … درهما، مقابل 350 درهما قبل سنتين.',
        },
        answer: false,
        explanation: {
          ar: 'العبارة خاطئة: جاء في المقال «مقابل 380 درهما قبل سنتين»، لا 350.',
        },
        evidence: {
          paragraph: 1,
          quote: 'مقابل 380 درهما قبل سنتين',
        },
      },
    ],
    articleText:
      'تعاونيات الأركان بالصويرة تسوق 1200 طن من الزيت\nأعلنت المديرية الإقليمية للفلاحة بالصويرة، يوم الخميس 6 نونبر 2025، أن تعاونيات إنتاج زيت الأركان بالإقليم سوقت 1200 طن من الزيت خلال الموسم الماضي، بزيادة 18 في المائة مقارنة بالموسم الذي قبله.\n\nوقالت رئيسة الاتحاد الإقليمي للتعاونيات النسائية، فاطمة الزهراء أوبلا، إن عدد التعاونيات بلغ 164 تعاونية تشغل نحو 6500 امرأة، وإن سعر اللتر من زيت الأركان الغذائي وصل إلى 450 درهما، مقابل 380 درهما قبل سنتين.\n\nوأضافت أوبلا أن غابة الأركان بالإقليم تمتد على 120 ألف هكتار، وأن الجفاف قلص إنتاج الثمار خلال السنوات الأخيرة، مشيرة إلى أن أغلب التعاونيات توجد على بعد 40 كيلومترا من مدينة الصويرة.\n\nوأوضحت المديرية أن وزارة الفلاحة رصدت 35 مليون درهم لغرس 2000 هكتار جديدة في أفق سنة 2030.',
  },
  'wheat-diwaniyah-ar': {
    id: 'al-diwania-ttsdr-al-mhafzat-tsuiq-al-hnta',
    version: 1,
    lang: 'ar',
    title: {
      ar: 'الديوانية تتصدر المحافظات في تسويق الحنطة',
    },
    source: {
      name: 'نص مُلصق',
    },
    article: 'article.ar.txt',
    questions: [
      {
        id: 'date-20250518',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «أعلنت الشركة العامة لتجارة الحبوب، يوم الأحد ____ …»',
        },
        answer: {
          value: 20250518,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «أعلنت الشركة العامة لتجارة الحبوب، يوم الأحد 18 أيار 2025، أن سايلوات الديوانية ومراكزها التسويقية استلمت 410 آلاف طن من الحنطة منذ بدء الموسم التسويقي، لتتصدر بذلك المحافظات العراقية».',
        },
        evidence: {
          paragraph: 0,
          quote:
            'أعلنت الشركة العامة لتجارة الحبوب، يوم الأحد 18 أيار 2025، أن سايلوات الديوانية ومراكزها التسويقية استلمت 410 آلاف طن من الحنطة منذ بدء الموسم التسويقي، لتتصدر بذلك المحافظات العراقية.',
        },
      },
      {
        id: 'mass-410000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «أعلنت الشركة العامة لتجارة الحبوب، يوم الأحد …، أن سايلوات الديوانية ومراكزها التسويقية استلمت ____ من الحنطة منذ بدء الموسم التسويقي، لتتصدر بذلك المحافظات العراقية»',
        },
        answer: {
          value: 410000,
          unit: 'tonne',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «أن سايلوات الديوانية ومراكزها التسويقية استلمت 410 آلاف طن من الحنطة منذ بدء الموسم التسويقي».',
        },
        evidence: {
          paragraph: 0,
          quote: 'أن سايلوات الديوانية ومراكزها التسويقية استلمت 410 آلاف طن من الحنطة منذ بدء الموسم التسويقي',
        },
      },
      {
        id: 'true-money-850000',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وقال مدير فرع الشركة في المحافظة، …، إن سعر الطن الواحد من الحنطة الدرجة الأولى يبلغ …، وإن عدد الفلاحين الذين سوقوا محاصيلهم تجاوز … فلاح.',
        },
        answer: true,
        explanation: {
          ar: 'جاء في المقال: «إن سعر الطن الواحد من الحنطة الدرجة الأولى يبلغ 850 ألف دينار».',
        },
        evidence: {
          paragraph: 1,
          quote: 'إن سعر الطن الواحد من الحنطة الدرجة الأولى يبلغ 850 ألف دينار',
        },
      },
      {
        id: 'count-23000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وقال مدير فرع الشركة في المحافظة، …، إن سعر الطن الواحد من الحنطة الدرجة الأولى يبلغ …، وإن عدد الفلاحين الذين سوقوا محاصيلهم تجاوز ____ فلاح»',
        },
        answer: {
          value: 23000,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وإن عدد الفلاحين الذين سوقوا محاصيلهم تجاوز 23 ألف فلاح».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وإن عدد الفلاحين الذين سوقوا محاصيلهم تجاوز 23 ألف فلاح.',
        },
      },
      {
        id: 'choice-percent-12',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وأضاف … أن الكميات المستلمة ارتفعت بنسبة ____ عن الموسم الماضي …»',
        },
        choices: [
          {
            id: 'v11',
            text: {
              ar: '11 في المئة',
            },
          },
          {
            id: 'v13',
            text: {
              ar: '13 في المئة',
            },
          },
          {
            id: 'v12',
            text: {
              ar: '12 في المئة',
            },
          },
          {
            id: 'v14',
            text: {
              ar: '14 في المئة',
            },
          },
        ],
        answer: 'v12',
        explanation: {
          ar: 'جاء في المقال: «وأضاف الجبوري أن الكميات المستلمة ارتفعت بنسبة 12 في المئة عن الموسم الماضي».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأضاف الجبوري أن الكميات المستلمة ارتفعت بنسبة 12 في المئة عن الموسم الماضي',
        },
      },
      {
        id: 'time-3-day',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأضاف … أن الكميات المستلمة ارتفعت بنسبة … عن الموسم الماضي، وأن الشاحنات تنتظر أحيانا ____ أمام سايلو … الذي يبعد … عن مركز المحافظة»',
        },
        answer: {
          value: 3,
          unit: 'day',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأن الشاحنات تنتظر أحيانا 3 أيام أمام سايلو الشامية الذي يبعد 40 كيلومترا عن مركز المحافظة».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأن الشاحنات تنتظر أحيانا 3 أيام أمام سايلو الشامية الذي يبعد 40 كيلومترا عن مركز المحافظة.',
        },
      },
      {
        id: 'choice-length-40',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وأضاف … أن الكميات المستلمة ارتفعت بنسبة … عن الموسم الماضي، وأن الشاحنات تنتظر أحيانا … أمام سايلو … الذي يبعد ____ عن مركز المحافظة»',
        },
        choices: [
          {
            id: 'v20',
            text: {
              ar: '20 كيلومترا',
            },
          },
          {
            id: 'v30',
            text: {
              ar: '30 كيلومترا',
            },
          },
          {
            id: 'v40',
            text: {
              ar: '40 كيلومترا',
            },
          },
          {
            id: 'v50',
            text: {
              ar: '50 كيلومترا',
            },
          },
        ],
        answer: 'v40',
        explanation: {
          ar: 'جاء في المقال: «وأن الشاحنات تنتظر أحيانا 3 أيام أمام سايلو الشامية الذي يبعد 40 كيلومترا عن مركز المحافظة».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأن الشاحنات تنتظر أحيانا 3 أيام أمام سايلو الشامية الذي يبعد 40 كيلومترا عن مركز المحافظة.',
        },
      },
      {
        id: 'false-money-600000000000',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وأشار إلى أن وزارة المالية أطلقت 500 مليار دينار من مستحقات الفلاحين، على أن تصرف الدفعة الثانية في حزيران المقبل.',
        },
        answer: false,
        explanation: {
          ar: 'العبارة خاطئة: جاء في المقال «وأشار إلى أن وزارة المالية أطلقت 600 مليار دينار من مستحقات الفلاحين»، لا 500 مليار دينار.',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأشار إلى أن وزارة المالية أطلقت 600 مليار دينار من مستحقات الفلاحين',
        },
      },
      {
        id: 'money-850000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «إن سعر الطن الواحد من الحنطة الدرجة الأولى يبلغ ____، وإن عدد الفلاحين الذين سوقوا محاصيلهم تجاوز … فلاح»',
        },
        answer: {
          value: 850000,
          unit: 'IQD',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «إن سعر الطن الواحد من الحنطة الدرجة الأولى يبلغ 850 ألف دينار».',
        },
        evidence: {
          paragraph: 1,
          quote: 'إن سعر الطن الواحد من الحنطة الدرجة الأولى يبلغ 850 ألف دينار',
        },
      },
      {
        id: 'who-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'املأ الفراغ بالاسم كما ورد في المقال: «وقال مدير فرع الشركة في المحافظة، ____، إن سعر الطن الواحد من الحنطة الدرجة الأولى يبلغ …»',
        },
        answer: {
          accepted: ['حيدر كاظم الجبوري', 'الجبوري', 'حيدر الجبوري'],
        },
        explanation: {
          ar: 'جاء في المقال: «وقال مدير فرع الشركة في المحافظة، حيدر كاظم الجبوري».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وقال مدير فرع الشركة في المحافظة، حيدر كاظم الجبوري',
        },
      },
      {
        id: 'money-600000000000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأشار إلى أن وزارة المالية أطلقت ____ من مستحقات الفلاحين»',
        },
        answer: {
          value: 600000000000,
          unit: 'IQD',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأشار إلى أن وزارة المالية أطلقت 600 مليار دينار من مستحقات الفلاحين».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأشار إلى أن وزارة المالية أطلقت 600 مليار دينار من مستحقات الفلاحين',
        },
      },
      {
        id: 'where-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'املأ الفراغ بالاسم كما ورد في المقال: «وأن الشاحنات تنتظر أحيانا … أمام سايلو ____ الذي يبعد … عن مركز المحافظة»',
        },
        answer: {
          accepted: ['الشامية'],
        },
        explanation: {
          ar: 'جاء في المقال: «وأن الشاحنات تنتظر أحيانا 3 أيام أمام سايلو الشامية».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأن الشاحنات تنتظر أحيانا 3 أيام أمام سايلو الشامية',
        },
      },
    ],
    articleText:
      'الديوانية تتصدر المحافظات في تسويق الحنطة\nأعلنت الشركة العامة لتجارة الحبوب، يوم الأحد 18 أيار 2025، أن سايلوات الديوانية ومراكزها التسويقية استلمت 410 آلاف طن من الحنطة منذ بدء الموسم التسويقي، لتتصدر بذلك المحافظات العراقية.\n\nوقال مدير فرع الشركة في المحافظة، حيدر كاظم الجبوري، إن سعر الطن الواحد من الحنطة الدرجة الأولى يبلغ 850 ألف دينار، وإن عدد الفلاحين الذين سوقوا محاصيلهم تجاوز 23 ألف فلاح.\n\nوأضاف الجبوري أن الكميات المستلمة ارتفعت بنسبة 12 في المئة عن الموسم الماضي، وأن الشاحنات تنتظر أحيانا 3 أيام أمام سايلو الشامية الذي يبعد 40 كيلومترا عن مركز المحافظة.\n\nوأشار إلى أن وزارة المالية أطلقت 600 مليار دينار من مستحقات الفلاحين، على أن تصرف الدفعة الثانية في حزيران المقبل.',
  },
  'cocoa-ghana-en': {
    id: 'cocobod-raises-cocoa-price-for-new',
    version: 1,
    lang: 'en',
    title: {
      en: 'COCOBOD raises cocoa price for new season',
    },
    source: {
      name: 'Pasted text',
    },
    article: 'article.en.txt',
    questions: [
      {
        id: 'money-3625',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The Ghana Cocoa Board (COCOBOD) has raised the price it pays farmers to ____ for a … bag for the 2025/26 season …”',
        },
        answer: {
          value: 3625,
          unit: 'GHS',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “The Ghana Cocoa Board (COCOBOD) has raised the price it pays farmers to GH¢3,625 for a 64-kilogram bag for the 2025/26 season”.',
        },
        evidence: {
          paragraph: 0,
          quote: 'The Ghana Cocoa Board (COCOBOD) has raised the price it pays farmers to GH¢3,625 for a 64-kilogram bag for the 2025/26 season',
        },
      },
      {
        id: 'choice-mass-64',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Which fills the blank, according to the article? “The Ghana Cocoa Board (COCOBOD) has raised the price it pays farmers to … for a ____-kilogram bag for the 2025/26 season …”',
        },
        choices: [
          {
            id: 'v124',
            text: {
              en: '124',
            },
          },
          {
            id: 'v104',
            text: {
              en: '104',
            },
          },
          {
            id: 'v64',
            text: {
              en: '64',
            },
          },
          {
            id: 'v84',
            text: {
              en: '84',
            },
          },
        ],
        answer: 'v64',
        explanation: {
          en: 'The article says: “The Ghana Cocoa Board (COCOBOD) has raised the price it pays farmers to GH¢3,625 for a 64-kilogram bag for the 2025/26 season”.',
        },
        evidence: {
          paragraph: 0,
          quote: 'The Ghana Cocoa Board (COCOBOD) has raised the price it pays farmers to GH¢3,625 for a 64-kilogram bag for the 2025/26 season',
        },
      },
      {
        id: 'true-money-3100',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'True or false, according to the article? The Ghana Cocoa Board (COCOBOD) has raised the price it pays farmers to … for a … bag for the 2025/26 season, up from GH¢3,100, Finance Minister … announced on Thursday.',
        },
        answer: true,
        explanation: {
          en: 'The article says: “The Ghana Cocoa Board (COCOBOD) has raised the price it pays farmers to GH¢3,625 for a 64-kilogram bag for the 2025/26 season, up from GH¢3,100, Finance Minister Cassiel Ato Forson announced on Thursday”.',
        },
        evidence: {
          paragraph: 0,
          quote:
            'The Ghana Cocoa Board (COCOBOD) has raised the price it pays farmers to GH¢3,625 for a 64-kilogram bag for the 2025/26 season, up from GH¢3,100, Finance Minister Cassiel Ato Forson announced on Thursday.',
        },
      },
      {
        id: 'percent-70',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "Fill in the blank from the article: “The new price, about ____ of the world market price, is meant to stop the smuggling of beans to neighbouring Côte d'Ivoire and Togo …”",
        },
        answer: {
          value: 70,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “about 70 per cent of the world market price”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'about 70 per cent of the world market price',
        },
      },
      {
        id: 'where-2',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "Fill in the blank with the name the article gives: “The new price, about … of the world market price, is meant to stop the smuggling of beans to neighbouring Côte d'Ivoire and Togo, … told journalists in ____”",
        },
        answer: {
          accepted: ['Accra'],
        },
        explanation: {
          en: 'The article says: “Dr Forson told journalists in Accra”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'Dr Forson told journalists in Accra.',
        },
      },
      {
        id: 'mass-650000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “COCOBOD expects to buy about ____ of beans this season from some … farmers …”',
        },
        answer: {
          value: 650000,
          unit: 'tonne',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “COCOBOD expects to buy about 650,000 tonnes of beans this season from some 800,000 farmers”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'COCOBOD expects to buy about 650,000 tonnes of beans this season from some 800,000 farmers',
        },
      },
      {
        id: 'count-800000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “COCOBOD expects to buy about … of beans this season from some ____ farmers …”',
        },
        answer: {
          value: 800000,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “COCOBOD expects to buy about 650,000 tonnes of beans this season from some 800,000 farmers”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'COCOBOD expects to buy about 650,000 tonnes of beans this season from some 800,000 farmers',
        },
      },
      {
        id: 'where-3',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank with the name the article gives: “COCOBOD expects to buy about … of beans this season from some … farmers, most of them in the ____, about 300 kilometres from the capital”',
        },
        answer: {
          accepted: ['Western North Region'],
        },
        explanation: {
          en: 'The article says: “most of them in the Western North Region”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'most of them in the Western North Region',
        },
      },
      {
        id: 'false-count-2-5',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'True or false, according to the article? He said the board would also pay GH¢ 2.10 a bag to help farmers cart their beans to the nearest buying centre, and would review the price again in ….',
        },
        answer: false,
        explanation: {
          en: 'False: the article says “He said the board would also pay GH¢ 2.50 a bag to help farmers cart their beans to the nearest buying centre”, not 2.10.',
        },
        evidence: {
          paragraph: 3,
          quote: 'He said the board would also pay GH¢ 2.50 a bag to help farmers cart their beans to the nearest buying centre',
        },
      },
      {
        id: 'date-20260100',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “He said the board would also pay GH¢ … a bag to help farmers cart their beans to the nearest buying centre, and would review the price again in ____”',
        },
        answer: {
          value: 20260100,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “and would review the price again in January 2026”.',
        },
        evidence: {
          paragraph: 3,
          quote: 'and would review the price again in January 2026.',
        },
      },
      {
        id: 'who-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank with the name the article gives: “… up from …, Finance Minister ____ announced on Thursday”',
        },
        answer: {
          accepted: ['Cassiel Ato Forson', 'Forson', 'Ato Forson', 'Cassiel Forson'],
        },
        explanation: {
          en: 'The article says: “Finance Minister Cassiel Ato Forson announced on Thursday”.',
        },
        evidence: {
          paragraph: 0,
          quote: 'up from GH¢3,100, Finance Minister Cassiel Ato Forson announced on Thursday',
        },
      },
      {
        id: 'money-2-5',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “He said the board would also pay ____ a bag to help farmers cart their beans to the nearest buying centre”',
        },
        answer: {
          value: 2.5,
          unit: 'GHS',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “He said the board would also pay GH¢ 2.50 a bag to help farmers cart their beans to the nearest buying centre”.',
        },
        evidence: {
          paragraph: 3,
          quote: 'He said the board would also pay GH¢ 2.50 a bag to help farmers cart their beans to the nearest buying centre',
        },
      },
      {
        id: 'false-length-300',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'True or false, according to the article? Most of the farmers are about 200 kilometres from the capital.',
        },
        answer: false,
        explanation: {
          en: 'False: the article says “about 300 kilometres from the capital”, not 200.',
        },
        evidence: {
          paragraph: 2,
          quote: 'most of them in the Western North Region, about 300 kilometres from the capital',
        },
      },
    ],
    articleText:
      "COCOBOD raises cocoa price for new season\nThe Ghana Cocoa Board (COCOBOD) has raised the price it pays farmers to GH¢3,625 for a 64-kilogram bag for the 2025/26 season, up from GH¢3,100, Finance Minister Cassiel Ato Forson announced on Thursday.\n\nThe new price, about 70 per cent of the world market price, is meant to stop the smuggling of beans to neighbouring Côte d'Ivoire and Togo, Dr Forson told journalists in Accra.\n\nCOCOBOD expects to buy about 650,000 tonnes of beans this season from some 800,000 farmers, most of them in the Western North Region, about 300 kilometres from the capital.\n\nHe said the board would also pay GH¢ 2.50 a bag to help farmers cart their beans to the nearest buying centre, and would review the price again in January 2026.",
  },
}
