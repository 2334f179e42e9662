import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Three more articles nobody on the team tuned the grader on (invented news, realistic in form: a
 * national anaemia campaign in Oman with iron doses in milligrams, ages and shares, and Iraq's provincial
 * elections with turnout, millions of voters, seats and a quarter of the votes, in Arabic; a winter storm
 * in Ireland with rainfall in millimetres and inches, gusts in km/h and mph, temperatures in Celsius and
 * Fahrenheit, in English), with the quizzes `draftQuiz` made of them on 2 December 2026, frozen (so that
 * the grader's tests do not move when the drafter does), without their choice questions, and after the
 * drafted questions some written by hand in the drafter's form (a quote with its key blanked), so that
 * each quiz asks 14–16 questions. The drafted election date's quote stopped before the date and was
 * completed by hand. tests/core/grade-readers-5.test.ts types real readers' answers to them.
 */
export const READERS_5_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'anemia-ar',
    lang: 'ar',
    text: 'وزارة الصحة العمانية: فقر الدم يصيب ثلث الأطفال دون الخامسة وحملة لتوزيع مكملات الحديد\n\nمسقط - (العمانية):\nأطلقت وزارة الصحة العمانية، يوم الاثنين 13 أكتوبر 2025، حملة وطنية لمكافحة فقر الدم تستهدف نحو 420 ألف طفل وامرأة حامل في 11 محافظة، بعد أن أظهر مسح وطني أن 32.7 في المئة من الأطفال بين 6 و59 شهرا مصابون بفقر الدم.\n\nوقالت مديرة دائرة التغذية الدكتورة سلمى البلوشية إن الأطفال من عمر 6 أشهر إلى سنتين سيحصلون على 15 ملغ من الحديد يوميا على شكل قطرات، فيما تتناول الحوامل قرصا يحتوي على 60 ملغ من الحديد طوال فترة الحمل.\n\nوأضافت أن نسبة الإصابة بين الحوامل بلغت 28 في المئة، مقارنة بـ41 في المئة في مسح عام 2017، وأن الحالات الشديدة لا تتجاوز 3 في المئة.\n\nوخصصت الوزارة 2.4 مليون ريال عماني للحملة التي تستمر ستة أشهر، وتشمل فحص الدم لنحو 95 ألف طالب في المدارس.\n\nوحذرت البلوشية من تناول مكملات الحديد دون استشارة طبية، مشيرة إلى أن جرعة تزيد على 20 ملغ لكل كيلوغرام من وزن الطفل قد تسبب تسمما، وأن المستشفيات سجلت 37 حالة تسمم عرضي بالحديد العام الماضي، معظمها لأطفال دون الثالثة.\n\nوتهدف الخطة الوطنية للتغذية إلى خفض نسبة فقر الدم لدى الأطفال إلى النصف بحلول عام 2030.\n',
  },
  {
    name: 'storm-en',
    lang: 'en',
    text: "Storm Elin brings record 142 mm of rain to Cork as gusts reach 130 km/h\n\nDUBLIN, Jan 14 (Reuters) - Storm Elin dumped 142 millimetres (5.6 inches) of rain on Cork in 24 hours, the most for a January day since records began in 1962, Ireland's weather service Met Eireann said on Wednesday, as gusts of up to 130 km/h (81 mph) left about 48,000 homes without power.\n\nThe storm made landfall late on Tuesday, January 13, 2026, on the south-west coast, where a wave buoy off Kerry measured a wave height of 17.8 metres. The previous January record in Cork, 118 mm, was set in 2014.\n\nTemperatures rose to 14 degrees Celsius (57 degrees Fahrenheit) in Dublin on Tuesday afternoon, unusually mild for the time of year, before falling to 3C overnight as the storm's cold front passed.\n\nESB Networks said 31,000 of the homes had been reconnected by Wednesday evening and the rest would have power back within 48 hours. Some 220 flights were cancelled at Dublin and Cork airports.\n\nMet Eireann issued a red wind warning for counties Cork and Kerry, the highest of its three levels, and an orange warning for nine other counties. Forecaster Aoife Brennan said another 40 to 60 mm of rain could fall on already saturated ground by Friday.\n\nIreland had its wettest year on record in 2023, with 1,591 mm of rain, or 30% more than the 1991-2020 average.\n",
  },
  {
    name: 'election-ar',
    lang: 'ar',
    text: 'نسبة المشاركة 43.2% في انتخابات مجالس المحافظات العراقية وتحالف البناء الوطني يفوز بثلث المقاعد\n\nبغداد - (واع):\nأعلنت المفوضية العليا المستقلة للانتخابات في العراق، يوم الثلاثاء 18 نوفمبر 2025، أن نسبة المشاركة في انتخابات مجالس المحافظات بلغت 43.2 في المئة، بعد أن أدلى نحو 7.4 مليون ناخب بأصواتهم من أصل 17.1 مليون ناخب يحق لهم التصويت.\n\nوقالت رئيسة مجلس المفوضين القاضية جمانة الغلاي إن تحالف البناء الوطني حصل على 95 مقعدا من أصل 285 مقعدا، أي ثلث المقاعد، فيما حل تحالف التقدم ثانيا بـ61 مقعدا، وحصل المستقلون على 38 مقعدا.\n\nوسجلت محافظة دهوك أعلى نسبة مشاركة بلغت 61.5 في المئة، بينما كانت الأدنى في بغداد بنسبة 29.8 في المئة. وفي بغداد وحدها، ذهب ربع الأصوات تقريبا إلى مرشحين مستقلين.\n\nوأوضحت الغلاي أن المفوضية ألغت نتائج 112 محطة اقتراع من أصل 8800 محطة بسبب مخالفات، وتلقت 1356 طعنا سيبت فيها خلال عشرة أيام.\n\nوبلغ عدد المرشحين 5942 مرشحا، بينهم 1600 امرأة، ويضمن القانون للنساء ربع مقاعد كل مجلس على الأقل.\n\nوكانت نسبة المشاركة في الانتخابات السابقة عام 2023 قد بلغت 41 في المئة. ويحتاج أي تحالف إلى ثلثي أصوات أعضاء المجلس لانتخاب المحافظ في الجولة الأولى.\n',
  },
]

/** Each article's draft (`draftQuiz(text).quiz`, without its choice questions) and the questions written by hand, by article name. */
export const READERS_5_QUIZZES: Record<string, Record<string, unknown> & { articleText: string }> = {
  'anemia-ar': {
    id: 'draft-6f7787dd',
    version: 1,
    lang: 'ar',
    title: {
      ar: 'وزارة الصحة العمانية: فقر الدم يصيب ثلث الأطفال دون الخامسة وحملة لتوزيع مكملات الحديد',
    },
    source: {
      name: 'نص مُلصق',
    },
    article: 'article.ar.txt',
    questions: [
      {
        id: 'date-20251013',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «أطلقت وزارة الصحة العمانية، يوم الاثنين ____ …»',
        },
        answer: {
          value: 20251013,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «أطلقت وزارة الصحة العمانية، يوم الاثنين 13 أكتوبر 2025، حملة وطنية لمكافحة فقر الدم تستهدف نحو 420 ألف طفل وامرأة حامل في 11 محافظة، بعد أن أظهر مسح وطني أن 32.7 في المئة من الأطفال بين 6 و59 شهرا مصابون بفقر الدم».',
        },
        evidence: {
          paragraph: 0,
          quote:
            'أطلقت وزارة الصحة العمانية، يوم الاثنين 13 أكتوبر 2025، حملة وطنية لمكافحة فقر الدم تستهدف نحو 420 ألف طفل وامرأة حامل في 11 محافظة، بعد أن أظهر مسح وطني أن 32.7 في المئة من الأطفال بين 6 و59 شهرا مصابون بفقر الدم.',
        },
      },
      {
        id: 'true-count-11',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ أطلقت وزارة الصحة العمانية، يوم الاثنين …، حملة وطنية لمكافحة فقر الدم تستهدف نحو … طفل وامرأة حامل في 11 محافظة.',
        },
        answer: true,
        explanation: {
          ar: 'جاء في المقال: «حملة وطنية لمكافحة فقر الدم تستهدف نحو 420 ألف طفل وامرأة حامل في 11 محافظة».',
        },
        evidence: {
          paragraph: 0,
          quote: 'حملة وطنية لمكافحة فقر الدم تستهدف نحو 420 ألف طفل وامرأة حامل في 11 محافظة',
        },
      },
      {
        id: 'who-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وقالت مديرة دائرة التغذية الدكتورة ____ إن الأطفال من عمر … إلى سنتين سيحصلون على … من الحديد يوميا على شكل قطرات، فيما تتناول الحوامل قرصا يحتوي على … من الحديد طوال فترة الحمل»',
        },
        answer: {
          accepted: ['سلمى البلوشية', 'البلوشية'],
        },
        explanation: {
          ar: 'جاء في المقال: «وقالت مديرة دائرة التغذية الدكتورة سلمى البلوشية إن الأطفال من عمر 6 أشهر إلى سنتين سيحصلون على 15 ملغ من الحديد يوميا على شكل قطرات».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وقالت مديرة دائرة التغذية الدكتورة سلمى البلوشية إن الأطفال من عمر 6 أشهر إلى سنتين سيحصلون على 15 ملغ من الحديد يوميا على شكل قطرات',
        },
      },
      {
        id: 'false-percent-41',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وأضافت أن نسبة الإصابة بين الحوامل بلغت …، مقارنة بـ51 في المئة في مسح عام 2017، وأن الحالات الشديدة لا تتجاوز 3 في المئة.',
        },
        answer: false,
        explanation: {
          ar: 'العبارة خاطئة: جاء في المقال «مقارنة بـ41 في المئة في مسح عام 2017»، لا 51 في المئة.',
        },
        evidence: {
          paragraph: 2,
          quote: 'مقارنة بـ41 في المئة في مسح عام 2017',
        },
      },
      {
        id: 'mass-20',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وحذرت … من تناول مكملات الحديد دون استشارة طبية، مشيرة إلى أن جرعة تزيد على ____ لكل كيلوغرام من وزن الطفل قد تسبب تسمما …»',
        },
        answer: {
          value: 20,
          unit: 'milligram',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «مشيرة إلى أن جرعة تزيد على 20 ملغ لكل كيلوغرام من وزن الطفل قد تسبب تسمما».',
        },
        evidence: {
          paragraph: 4,
          quote: 'مشيرة إلى أن جرعة تزيد على 20 ملغ لكل كيلوغرام من وزن الطفل قد تسبب تسمما',
        },
      },
      {
        id: 'true-date-20300000',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وتهدف الخطة الوطنية للتغذية إلى خفض نسبة فقر الدم لدى الأطفال إلى النصف بحلول عام 2030.',
        },
        answer: true,
        explanation: {
          ar: 'جاء في المقال: «وتهدف الخطة الوطنية للتغذية إلى خفض نسبة فقر الدم لدى الأطفال إلى النصف بحلول عام 2030».',
        },
        evidence: {
          paragraph: 5,
          quote: 'وتهدف الخطة الوطنية للتغذية إلى خفض نسبة فقر الدم لدى الأطفال إلى النصف بحلول عام 2030.',
        },
      },
      {
        id: 'percent-32-7',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «بعد أن أظهر مسح وطني أن ____ من الأطفال بين … و59 شهرا مصابون بفقر الدم»',
        },
        answer: {
          value: 32.7,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «بعد أن أظهر مسح وطني أن 32.7 في المئة من الأطفال بين 6 و59 شهرا مصابون بفقر الدم».',
        },
        evidence: {
          paragraph: 0,
          quote: 'بعد أن أظهر مسح وطني أن 32.7 في المئة من الأطفال بين 6 و59 شهرا مصابون بفقر الدم',
        },
      },
      {
        id: 'people-420000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «حملة وطنية لمكافحة فقر الدم تستهدف نحو ____ طفل وامرأة حامل في 11 محافظة»',
        },
        answer: {
          value: 420000,
          unit: 'person',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «حملة وطنية لمكافحة فقر الدم تستهدف نحو 420 ألف طفل وامرأة حامل في 11 محافظة».',
        },
        evidence: {
          paragraph: 0,
          quote: 'حملة وطنية لمكافحة فقر الدم تستهدف نحو 420 ألف طفل وامرأة حامل في 11 محافظة',
        },
      },
      {
        id: 'mass-15',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «إن الأطفال من عمر … إلى سنتين سيحصلون على ____ من الحديد يوميا على شكل قطرات»',
        },
        answer: {
          value: 15,
          unit: 'milligram',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «إن الأطفال من عمر 6 أشهر إلى سنتين سيحصلون على 15 ملغ من الحديد يوميا على شكل قطرات».',
        },
        evidence: {
          paragraph: 1,
          quote: 'إن الأطفال من عمر 6 أشهر إلى سنتين سيحصلون على 15 ملغ من الحديد يوميا على شكل قطرات',
        },
      },
      {
        id: 'mass-60',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «فيما تتناول الحوامل قرصا يحتوي على ____ من الحديد طوال فترة الحمل»',
        },
        answer: {
          value: 60,
          unit: 'milligram',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «فيما تتناول الحوامل قرصا يحتوي على 60 ملغ من الحديد طوال فترة الحمل».',
        },
        evidence: {
          paragraph: 1,
          quote: 'فيما تتناول الحوامل قرصا يحتوي على 60 ملغ من الحديد طوال فترة الحمل',
        },
      },
      {
        id: 'percent-28',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأضافت أن نسبة الإصابة بين الحوامل بلغت ____ …»',
        },
        answer: {
          value: 28,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأضافت أن نسبة الإصابة بين الحوامل بلغت 28 في المئة».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأضافت أن نسبة الإصابة بين الحوامل بلغت 28 في المئة',
        },
      },
      {
        id: 'money-2400000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وخصصت الوزارة ____ للحملة التي تستمر ستة أشهر …»',
        },
        answer: {
          value: 2400000,
          unit: 'OMR',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وخصصت الوزارة 2.4 مليون ريال عماني للحملة التي تستمر ستة أشهر».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وخصصت الوزارة 2.4 مليون ريال عماني للحملة التي تستمر ستة أشهر',
        },
      },
      {
        id: 'time-6-month',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وخصصت الوزارة … للحملة التي تستمر ____ …»',
        },
        answer: {
          value: 6,
          unit: 'month',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وخصصت الوزارة 2.4 مليون ريال عماني للحملة التي تستمر ستة أشهر».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وخصصت الوزارة 2.4 مليون ريال عماني للحملة التي تستمر ستة أشهر',
        },
      },
      {
        id: 'people-95000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وتشمل فحص الدم لنحو ____ طالب في المدارس»',
        },
        answer: {
          value: 95000,
          unit: 'person',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وتشمل فحص الدم لنحو 95 ألف طالب في المدارس».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وتشمل فحص الدم لنحو 95 ألف طالب في المدارس',
        },
      },
      {
        id: 'count-37',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأن المستشفيات سجلت ____ حالة تسمم عرضي بالحديد العام الماضي»',
        },
        answer: {
          value: 37,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأن المستشفيات سجلت 37 حالة تسمم عرضي بالحديد العام الماضي».',
        },
        evidence: {
          paragraph: 4,
          quote: 'وأن المستشفيات سجلت 37 حالة تسمم عرضي بالحديد العام الماضي',
        },
      },
    ],
    articleText:
      'وزارة الصحة العمانية: فقر الدم يصيب ثلث الأطفال دون الخامسة وحملة لتوزيع مكملات الحديد\nأطلقت وزارة الصحة العمانية، يوم الاثنين 13 أكتوبر 2025، حملة وطنية لمكافحة فقر الدم تستهدف نحو 420 ألف طفل وامرأة حامل في 11 محافظة، بعد أن أظهر مسح وطني أن 32.7 في المئة من الأطفال بين 6 و59 شهرا مصابون بفقر الدم.\n\nوقالت مديرة دائرة التغذية الدكتورة سلمى البلوشية إن الأطفال من عمر 6 أشهر إلى سنتين سيحصلون على 15 ملغ من الحديد يوميا على شكل قطرات، فيما تتناول الحوامل قرصا يحتوي على 60 ملغ من الحديد طوال فترة الحمل.\n\nوأضافت أن نسبة الإصابة بين الحوامل بلغت 28 في المئة، مقارنة بـ41 في المئة في مسح عام 2017، وأن الحالات الشديدة لا تتجاوز 3 في المئة.\n\nوخصصت الوزارة 2.4 مليون ريال عماني للحملة التي تستمر ستة أشهر، وتشمل فحص الدم لنحو 95 ألف طالب في المدارس.\n\nوحذرت البلوشية من تناول مكملات الحديد دون استشارة طبية، مشيرة إلى أن جرعة تزيد على 20 ملغ لكل كيلوغرام من وزن الطفل قد تسبب تسمما، وأن المستشفيات سجلت 37 حالة تسمم عرضي بالحديد العام الماضي، معظمها لأطفال دون الثالثة.\n\nوتهدف الخطة الوطنية للتغذية إلى خفض نسبة فقر الدم لدى الأطفال إلى النصف بحلول عام 2030.',
  },
  'storm-en': {
    id: 'storm-elin-brings-record',
    version: 1,
    lang: 'en',
    title: {
      en: 'Storm Elin brings record…',
    },
    source: {
      name: 'Pasted text',
    },
    article: 'article.en.txt',
    questions: [
      {
        id: 'false-date-20260113',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'True or false, according to the article? The storm made landfall late on Tuesday, January 13, 2025, on the south-west coast, where a wave buoy off Kerry measured a wave height of ….',
        },
        answer: false,
        explanation: {
          en: 'False: the article says “The storm made landfall late on Tuesday, January 13, 2026, on the south-west coast, where a wave buoy off Kerry measured a wave height of 17.8 metres”, not January 13, 2025.',
        },
        evidence: {
          paragraph: 2,
          quote:
            'The storm made landfall late on Tuesday, January 13, 2026, on the south-west coast, where a wave buoy off Kerry measured a wave height of 17.8 metres.',
        },
      },
      {
        id: 'true-temperature-57',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "True or false, according to the article? Temperatures rose to … (57 degrees Fahrenheit) in Dublin on Tuesday afternoon, unusually mild for the time of year, before falling to 3C overnight as the storm's cold front passed.",
        },
        answer: true,
        explanation: {
          en: 'The article says: “Temperatures rose to 14 degrees Celsius (57 degrees Fahrenheit) in Dublin on Tuesday afternoon”.',
        },
        evidence: {
          paragraph: 3,
          quote: 'Temperatures rose to 14 degrees Celsius (57 degrees Fahrenheit) in Dublin on Tuesday afternoon',
        },
      },
      {
        id: 'who-2',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank with the name the article gives: “____ said … of the homes had been reconnected by Wednesday evening and the rest would have power back within …”',
        },
        answer: {
          accepted: ['ESB Networks', 'Networks'],
        },
        explanation: {
          en: 'The article says: “ESB Networks said 31,000 of the homes had been reconnected by Wednesday evening and the rest would have power back within 48 hours”.',
        },
        evidence: {
          paragraph: 4,
          quote: 'ESB Networks said 31,000 of the homes had been reconnected by Wednesday evening and the rest would have power back within 48 hours.',
        },
      },
      {
        id: 'count-220',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'How many flights were cancelled at Dublin and Cork airports?',
        },
        answer: {
          value: 220,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “Some 220 flights were cancelled at Dublin and Cork airports”.',
        },
        evidence: {
          paragraph: 4,
          quote: 'Some 220 flights were cancelled at Dublin and Cork airports.',
        },
      },
      {
        id: 'who-3',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank with the name the article gives: “____ said another 40 to 60 mm of rain could fall on already saturated ground by Friday”',
        },
        answer: {
          accepted: ['Forecaster Aoife Brennan', 'Brennan'],
        },
        explanation: {
          en: 'The article says: “Forecaster Aoife Brennan said another 40 to 60 mm of rain could fall on already saturated ground by Friday”.',
        },
        evidence: {
          paragraph: 5,
          quote: 'Forecaster Aoife Brennan said another 40 to 60 mm of rain could fall on already saturated ground by Friday.',
        },
      },
      {
        id: 'length-142',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank, according to the article: “Storm Elin dumped ____ of rain on Cork in 24 hours”',
        },
        answer: {
          value: 142,
          unit: 'millimetre',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “Storm Elin dumped 142 millimetres (5.6 inches) of rain on Cork in 24 hours”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'Storm Elin dumped 142 millimetres (5.6 inches) of rain on Cork in 24 hours',
        },
      },
      {
        id: 'speed-130',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank, according to the article: “as gusts of up to ____ left about … homes without power”',
        },
        answer: {
          value: 130,
          unit: 'kilometre-per-hour',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “as gusts of up to 130 km/h (81 mph) left about 48,000 homes without power”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'as gusts of up to 130 km/h (81 mph) left about 48,000 homes without power',
        },
      },
      {
        id: 'count-48000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank, according to the article: “as gusts of up to … left about ____ homes without power”',
        },
        answer: {
          value: 48000,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “as gusts of up to 130 km/h (81 mph) left about 48,000 homes without power”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'as gusts of up to 130 km/h (81 mph) left about 48,000 homes without power',
        },
      },
      {
        id: 'date-1962',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank, according to the article: “the most for a January day since records began in ____”',
        },
        answer: {
          value: 19620000,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “the most for a January day since records began in 1962”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'the most for a January day since records began in 1962',
        },
      },
      {
        id: 'length-17-8',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank, according to the article: “where a wave buoy off Kerry measured a wave height of ____”',
        },
        answer: {
          value: 17.8,
          unit: 'metre',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “where a wave buoy off Kerry measured a wave height of 17.8 metres”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'where a wave buoy off Kerry measured a wave height of 17.8 metres',
        },
      },
      {
        id: 'length-118',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank, according to the article: “The previous January record in Cork, ____, was set in 2014”',
        },
        answer: {
          value: 118,
          unit: 'millimetre',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “The previous January record in Cork, 118 mm, was set in 2014”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'The previous January record in Cork, 118 mm, was set in 2014',
        },
      },
      {
        id: 'temperature-14',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank, according to the article: “Temperatures rose to ____ in Dublin on Tuesday afternoon”',
        },
        answer: {
          value: 14,
          unit: 'celsius',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “Temperatures rose to 14 degrees Celsius (57 degrees Fahrenheit) in Dublin on Tuesday afternoon”.',
        },
        evidence: {
          paragraph: 3,
          quote: 'Temperatures rose to 14 degrees Celsius (57 degrees Fahrenheit) in Dublin on Tuesday afternoon',
        },
      },
      {
        id: 'temperature-3',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "Fill in the blank, according to the article: “before falling to ____ overnight as the storm's cold front passed”",
        },
        answer: {
          value: 3,
          unit: 'celsius',
          tolerance: 0,
        },
        explanation: {
          en: "The article says: “before falling to 3C overnight as the storm's cold front passed”.",
        },
        evidence: {
          paragraph: 3,
          quote: "before falling to 3C overnight as the storm's cold front passed",
        },
      },
      {
        id: 'count-31000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank, according to the article: “… said ____ of the homes had been reconnected by Wednesday evening”',
        },
        answer: {
          value: 31000,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “ESB Networks said 31,000 of the homes had been reconnected by Wednesday evening”.',
        },
        evidence: {
          paragraph: 4,
          quote: 'ESB Networks said 31,000 of the homes had been reconnected by Wednesday evening',
        },
      },
      {
        id: 'time-48-hour',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank, according to the article: “and the rest would have power back within ____”',
        },
        answer: {
          value: 48,
          unit: 'hour',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “and the rest would have power back within 48 hours”.',
        },
        evidence: {
          paragraph: 4,
          quote: 'and the rest would have power back within 48 hours',
        },
      },
      {
        id: 'percent-30',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank, according to the article: “with 1,591 mm of rain, or ____ more than the 1991-2020 average”',
        },
        answer: {
          value: 30,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “with 1,591 mm of rain, or 30% more than the 1991-2020 average”.',
        },
        evidence: {
          paragraph: 6,
          quote: 'with 1,591 mm of rain, or 30% more than the 1991-2020 average',
        },
      },
    ],
    articleText:
      "Storm Elin brings record 142 mm of rain to Cork as gusts reach 130 km/h\n\nStorm Elin dumped 142 millimetres (5.6 inches) of rain on Cork in 24 hours, the most for a January day since records began in 1962, Ireland's weather service Met Eireann said on Wednesday, as gusts of up to 130 km/h (81 mph) left about 48,000 homes without power.\n\nThe storm made landfall late on Tuesday, January 13, 2026, on the south-west coast, where a wave buoy off Kerry measured a wave height of 17.8 metres. The previous January record in Cork, 118 mm, was set in 2014.\n\nTemperatures rose to 14 degrees Celsius (57 degrees Fahrenheit) in Dublin on Tuesday afternoon, unusually mild for the time of year, before falling to 3C overnight as the storm's cold front passed.\n\nESB Networks said 31,000 of the homes had been reconnected by Wednesday evening and the rest would have power back within 48 hours. Some 220 flights were cancelled at Dublin and Cork airports.\n\nMet Eireann issued a red wind warning for counties Cork and Kerry, the highest of its three levels, and an orange warning for nine other counties. Forecaster Aoife Brennan said another 40 to 60 mm of rain could fall on already saturated ground by Friday.\n\nIreland had its wettest year on record in 2023, with 1,591 mm of rain, or 30% more than the 1991-2020 average.",
  },
  'election-ar': {
    id: 'draft-34784da5',
    version: 1,
    lang: 'ar',
    title: {
      ar: 'انتخابات مجالس المحافظات العراقية',
    },
    source: {
      name: 'نص مُلصق',
    },
    article: 'article.ar.txt',
    questions: [
      {
        id: 'where-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «أعلنت المفوضية العليا المستقلة للانتخابات في ____ …»',
        },
        answer: {
          accepted: ['العراق'],
        },
        explanation: {
          ar: 'جاء في المقال: «أعلنت المفوضية العليا المستقلة للانتخابات في العراق».',
        },
        evidence: {
          paragraph: 0,
          quote: 'أعلنت المفوضية العليا المستقلة للانتخابات في العراق',
        },
      },
      {
        id: 'date-20251118',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «أعلنت المفوضية العليا المستقلة للانتخابات في …، يوم الثلاثاء ____، أن نسبة المشاركة في انتخابات مجالس المحافظات بلغت …، بعد أن أدلى نحو … ناخب بأصواتهم من أصل … ناخب يحق لهم التصويت»',
        },
        answer: {
          value: 20251118,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «أعلنت المفوضية العليا المستقلة للانتخابات في العراق، يوم الثلاثاء 18 نوفمبر 2025، أن نسبة المشاركة في انتخابات مجالس المحافظات بلغت 43.2 في المئة، بعد أن أدلى نحو 7.4 مليون ناخب بأصواتهم من أصل 17.1 مليون ناخب يحق لهم التصويت».',
        },
        evidence: {
          paragraph: 0,
          quote: 'أعلنت المفوضية العليا المستقلة للانتخابات في العراق، يوم الثلاثاء 18 نوفمبر 2025',
        },
      },
      {
        id: 'who-2',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وقالت رئيسة مجلس المفوضين القاضية ____ إن تحالف البناء الوطني حصل على … مقعدا من أصل 285 مقعدا، أي ثلث المقاعد، فيما حل تحالف التقدم ثانيا بـ… مقعدا، وحصل المستقلون على 38 مقعدا»',
        },
        answer: {
          accepted: ['جمانة الغلاي', 'الغلاي'],
        },
        explanation: {
          ar: 'جاء في المقال: «وقالت رئيسة مجلس المفوضين القاضية جمانة الغلاي إن تحالف البناء الوطني حصل على 95 مقعدا من أصل 285 مقعدا».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وقالت رئيسة مجلس المفوضين القاضية جمانة الغلاي إن تحالف البناء الوطني حصل على 95 مقعدا من أصل 285 مقعدا',
        },
      },
      {
        id: 'where-3',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وسجلت محافظة ____ أعلى نسبة مشاركة بلغت … …»',
        },
        answer: {
          accepted: ['دهوك'],
        },
        explanation: {
          ar: 'جاء في المقال: «وسجلت محافظة دهوك أعلى نسبة مشاركة بلغت 61.5 في المئة».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وسجلت محافظة دهوك أعلى نسبة مشاركة بلغت 61.5 في المئة',
        },
      },
      {
        id: 'count-112',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأوضحت … أن المفوضية ألغت نتائج ____ محطة اقتراع من أصل 8800 محطة بسبب مخالفات، وتلقت … طعنا سيبت فيها خلال عشرة أيام»',
        },
        answer: {
          value: 112,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأوضحت الغلاي أن المفوضية ألغت نتائج 112 محطة اقتراع من أصل 8800 محطة بسبب مخالفات».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأوضحت الغلاي أن المفوضية ألغت نتائج 112 محطة اقتراع من أصل 8800 محطة بسبب مخالفات',
        },
      },
      {
        id: 'people-1600',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وبلغ عدد المرشحين 5942 مرشحا، بينهم ____ امرأة، ويضمن القانون للنساء ربع مقاعد كل مجلس على الأقل»',
        },
        answer: {
          value: 1600,
          unit: 'person',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وبلغ عدد المرشحين 5942 مرشحا، بينهم 1600 امرأة، ويضمن القانون للنساء ربع مقاعد كل مجلس على الأقل».',
        },
        evidence: {
          paragraph: 4,
          quote: 'وبلغ عدد المرشحين 5942 مرشحا، بينهم 1600 امرأة، ويضمن القانون للنساء ربع مقاعد كل مجلس على الأقل.',
        },
      },
      {
        id: 'false-percent-41',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وكانت نسبة المشاركة في الانتخابات السابقة عام … قد بلغت 21 في المئة.',
        },
        answer: false,
        explanation: {
          ar: 'العبارة خاطئة: جاء في المقال «وكانت نسبة المشاركة في الانتخابات السابقة عام 2023 قد بلغت 41 في المئة»، لا 21 في المئة.',
        },
        evidence: {
          paragraph: 5,
          quote: 'وكانت نسبة المشاركة في الانتخابات السابقة عام 2023 قد بلغت 41 في المئة.',
        },
      },
      {
        id: 'percent-43-2',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «أن نسبة المشاركة في انتخابات مجالس المحافظات بلغت ____»',
        },
        answer: {
          value: 43.2,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «أن نسبة المشاركة في انتخابات مجالس المحافظات بلغت 43.2 في المئة».',
        },
        evidence: {
          paragraph: 0,
          quote: 'أن نسبة المشاركة في انتخابات مجالس المحافظات بلغت 43.2 في المئة',
        },
      },
      {
        id: 'people-7400000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «بعد أن أدلى نحو ____ ناخب بأصواتهم من أصل … ناخب يحق لهم التصويت»',
        },
        answer: {
          value: 7400000,
          unit: 'person',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «بعد أن أدلى نحو 7.4 مليون ناخب بأصواتهم من أصل 17.1 مليون ناخب يحق لهم التصويت».',
        },
        evidence: {
          paragraph: 0,
          quote: 'بعد أن أدلى نحو 7.4 مليون ناخب بأصواتهم من أصل 17.1 مليون ناخب يحق لهم التصويت',
        },
      },
      {
        id: 'people-17100000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «بعد أن أدلى نحو … ناخب بأصواتهم من أصل ____ ناخب يحق لهم التصويت»',
        },
        answer: {
          value: 17100000,
          unit: 'person',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «بعد أن أدلى نحو 7.4 مليون ناخب بأصواتهم من أصل 17.1 مليون ناخب يحق لهم التصويت».',
        },
        evidence: {
          paragraph: 0,
          quote: 'بعد أن أدلى نحو 7.4 مليون ناخب بأصواتهم من أصل 17.1 مليون ناخب يحق لهم التصويت',
        },
      },
      {
        id: 'count-95',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «إن تحالف البناء الوطني حصل على ____ مقعدا من أصل 285 مقعدا»',
        },
        answer: {
          value: 95,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «إن تحالف البناء الوطني حصل على 95 مقعدا من أصل 285 مقعدا».',
        },
        evidence: {
          paragraph: 1,
          quote: 'إن تحالف البناء الوطني حصل على 95 مقعدا من أصل 285 مقعدا',
        },
      },
      {
        id: 'count-61',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «فيما حل تحالف التقدم ثانيا بـ____ مقعدا»',
        },
        answer: {
          value: 61,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «فيما حل تحالف التقدم ثانيا بـ61 مقعدا».',
        },
        evidence: {
          paragraph: 1,
          quote: 'فيما حل تحالف التقدم ثانيا بـ61 مقعدا',
        },
      },
      {
        id: 'percent-61-5',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وسجلت محافظة … أعلى نسبة مشاركة بلغت ____»',
        },
        answer: {
          value: 61.5,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وسجلت محافظة دهوك أعلى نسبة مشاركة بلغت 61.5 في المئة».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وسجلت محافظة دهوك أعلى نسبة مشاركة بلغت 61.5 في المئة',
        },
      },
      {
        id: 'percent-29-8',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «بينما كانت الأدنى في بغداد بنسبة ____»',
        },
        answer: {
          value: 29.8,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «بينما كانت الأدنى في بغداد بنسبة 29.8 في المئة».',
        },
        evidence: {
          paragraph: 2,
          quote: 'بينما كانت الأدنى في بغداد بنسبة 29.8 في المئة',
        },
      },
      {
        id: 'false-fraction',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ ويحتاج أي تحالف إلى نصف أصوات أعضاء المجلس لانتخاب المحافظ في الجولة الأولى.',
        },
        answer: false,
        explanation: {
          ar: 'جاء في المقال: «ويحتاج أي تحالف إلى ثلثي أصوات أعضاء المجلس لانتخاب المحافظ في الجولة الأولى».',
        },
        evidence: {
          paragraph: 5,
          quote: 'ويحتاج أي تحالف إلى ثلثي أصوات أعضاء المجلس لانتخاب المحافظ في الجولة الأولى.',
        },
      },
      {
        id: 'count-1356',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وتلقت ____ طعنا سيبت فيها خلال عشرة أيام»',
        },
        answer: {
          value: 1356,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وتلقت 1356 طعنا سيبت فيها خلال عشرة أيام».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وتلقت 1356 طعنا سيبت فيها خلال عشرة أيام',
        },
      },
    ],
    articleText:
      'نسبة المشاركة 43.2% في انتخابات مجالس المحافظات العراقية وتحالف البناء الوطني يفوز بثلث المقاعد\nأعلنت المفوضية العليا المستقلة للانتخابات في العراق، يوم الثلاثاء 18 نوفمبر 2025، أن نسبة المشاركة في انتخابات مجالس المحافظات بلغت 43.2 في المئة، بعد أن أدلى نحو 7.4 مليون ناخب بأصواتهم من أصل 17.1 مليون ناخب يحق لهم التصويت.\n\nوقالت رئيسة مجلس المفوضين القاضية جمانة الغلاي إن تحالف البناء الوطني حصل على 95 مقعدا من أصل 285 مقعدا، أي ثلث المقاعد، فيما حل تحالف التقدم ثانيا بـ61 مقعدا، وحصل المستقلون على 38 مقعدا.\n\nوسجلت محافظة دهوك أعلى نسبة مشاركة بلغت 61.5 في المئة، بينما كانت الأدنى في بغداد بنسبة 29.8 في المئة. وفي بغداد وحدها، ذهب ربع الأصوات تقريبا إلى مرشحين مستقلين.\n\nوأوضحت الغلاي أن المفوضية ألغت نتائج 112 محطة اقتراع من أصل 8800 محطة بسبب مخالفات، وتلقت 1356 طعنا سيبت فيها خلال عشرة أيام.\n\nوبلغ عدد المرشحين 5942 مرشحا، بينهم 1600 امرأة، ويضمن القانون للنساء ربع مقاعد كل مجلس على الأقل.\n\nوكانت نسبة المشاركة في الانتخابات السابقة عام 2023 قد بلغت 41 في المئة. ويحتاج أي تحالف إلى ثلثي أصوات أعضاء المجلس لانتخاب المحافظ في الجولة الأولى.',
  },
}
