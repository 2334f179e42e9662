import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Two more kinds of article nobody on the team tuned the grader on (invented news, realistic in form): a date festival
 * in Hun, in Libya's Jufra (LANA), with visitors and palms in thousands («35 ألف زائر», «700 ألف نخلة»), tonnes this
 * season beside last season's, a price of a kilogram in Libyan dinars, kilometres to Tripoli, prize money and a month
 * ahead («أكتوبر 2026»), in Libyan MSA; a piped-water project in Nakuru, Kenya, with Kenyan shillings in billions
 * (`KSh 2.4 billion`), a jerrican's price beside the taps', cubic metres a day and in millions, kilometres of pipes,
 * a per cent of households, a month and year ahead (`June 2027`) and a dateline's weekday beside the launch's
 * (`Thursday, 20 November 2025` and `on Wednesday`), in Kenyan English.
 * The quizzes `draftQuiz` made of them on 3 December 2026 are frozen, with their choice questions, so that the
 * grader's tests do not move when the drafter does; after the drafted questions come some written by hand in the
 * drafter's form (a quote with its key blanked, a name, a false statement). Drafter findings: it asked no money in the
 * Kenyan article (neither `KSh 2.4 billion` nor `KSh 50`), no date ahead there (`by June 2027`), and asked the
 * dateline's date (`Thursday, 20 November 2025`) whose quote also says the project was launched "on Wednesday"; in the
 * Libyan article it asked no price, no distance and no count of visitors.
 * tests/core/grade-readers-14.test.ts types real readers' answers to them.
 */
export const READERS_14_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'dates-jufra-ar',
    lang: 'ar',
    text: 'مهرجان الجفرة للتمور يختتم دورته في هون\n\nهون - (وال):\nاختتم في مدينة هون، يوم السبت 8 نوفمبر 2025، مهرجان الجفرة الدولي للتمور في دورته الحادية عشرة، بمشاركة 240 عارضا من 14 بلدية ليبية، وسط حضور قدر بنحو 35 ألف زائر على مدى أربعة أيام.\n\nوقال رئيس اللجنة المنظمة، صالح امحمد الفيتوري، إن إنتاج الجفرة من التمور بلغ هذا الموسم 42 ألف طن، مقابل 36 ألف طن في الموسم الماضي، وإن سعر الكيلوغرام من تمر البرني وصل إلى 18 دينارا في سوق هون.\n\nوأضاف الفيتوري أن المنطقة تضم نحو 700 ألف نخلة، وأن 60 في المئة منها من صنف البرني، مشيرا إلى أن الشاحنات تقطع 650 كيلومترا من هون إلى طرابلس لتوريد التمور إلى أسواق الساحل.\n\nوأشار إلى أن المهرجان خصص جوائز مالية بقيمة 150 ألف دينار لأفضل المنتجين، وأن الدورة المقبلة ستقام في أكتوبر 2026.\n',
  },
  {
    name: 'water-nakuru-en',
    lang: 'en',
    text: "Nakuru residents to get piped water from Itare dam\n\nNAKURU, Kenya, Thursday, 20 November 2025 - More than 180,000 residents of Nakuru will get clean piped water by June 2027 under a KSh 2.4 billion project launched on Wednesday, Water Cabinet Secretary Eric Mugaa said.\n\nThe project will lay 95 kilometres of pipes from the Itare dam and raise daily supply in the city by 40,000 cubic metres, Mugaa told reporters. The dam holds 27 million cubic metres of water when full.\n\nHe said households now pay as much as KSh 50 for a 20-litre jerrican bought from vendors, against KSh 1.20 for the same amount from the county's taps.\n\nAbout 35 per cent of Nakuru's households are connected to the piped network today, the county's water company said. Some estates receive water only twice a week.\n\nThe project is funded by a loan from the African Development Bank and is expected to create 1,200 jobs during construction.\n",
  },
]

/** Each article's draft (`draftQuiz(text).quiz`) and the questions written by hand, by article name. */
export const READERS_14_QUIZZES: Record<string, Record<string, unknown> & { articleText: string }> = {
  'dates-jufra-ar': {
    id: 'mhrjan-al-jfra-al-tmur-ykhttm-durth-hun',
    version: 1,
    lang: 'ar',
    title: {
      ar: 'مهرجان الجفرة للتمور يختتم دورته في هون',
    },
    source: {
      name: 'نص مُلصق',
    },
    article: 'article.ar.txt',
    questions: [
      {
        id: 'date-20251108',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «اختتم في مدينة هون، يوم السبت ____، مهرجان الجفرة الدولي للتمور في دورته الحادية عشرة …»',
        },
        answer: {
          value: 20251108,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «اختتم في مدينة هون، يوم السبت 8 نوفمبر 2025، مهرجان الجفرة الدولي للتمور في دورته الحادية عشرة، بمشاركة 240 عارضا من 14 بلدية ليبية، وسط حضور قدر بنحو 35 ألف زائر على مدى أربعة أيام».',
        },
        evidence: {
          paragraph: 0,
          quote:
            'اختتم في مدينة هون، يوم السبت 8 نوفمبر 2025، مهرجان الجفرة الدولي للتمور في دورته الحادية عشرة، بمشاركة 240 عارضا من 14 بلدية ليبية، وسط حضور قدر بنحو 35 ألف زائر على مدى أربعة أيام.',
        },
      },
      {
        id: 'choice-count-240',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «اختتم في مدينة هون، يوم السبت …، مهرجان الجفرة الدولي للتمور في دورته الحادية عشرة، بمشاركة ____ عارضا من … بلدية ليبية، وسط حضور قدر بنحو … زائر على مدى أربعة أيام»',
        },
        choices: [
          {
            id: 'v190',
            text: {
              ar: '190',
            },
          },
          {
            id: 'v240',
            text: {
              ar: '240',
            },
          },
          {
            id: 'v140',
            text: {
              ar: '140',
            },
          },
          {
            id: 'v290',
            text: {
              ar: '290',
            },
          },
        ],
        answer: 'v240',
        explanation: {
          ar: 'جاء في المقال: «بمشاركة 240 عارضا من 14 بلدية ليبية».',
        },
        evidence: {
          paragraph: 0,
          quote: 'بمشاركة 240 عارضا من 14 بلدية ليبية',
        },
      },
      {
        id: 'true-count-14',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ اختتم في مدينة هون، يوم السبت …، مهرجان الجفرة الدولي للتمور في دورته الحادية عشرة، بمشاركة … عارضا من 14 بلدية ليبية، وسط حضور قدر بنحو … زائر على مدى أربعة أيام.',
        },
        answer: true,
        explanation: {
          ar: 'جاء في المقال: «بمشاركة 240 عارضا من 14 بلدية ليبية».',
        },
        evidence: {
          paragraph: 0,
          quote: 'بمشاركة 240 عارضا من 14 بلدية ليبية',
        },
      },
      {
        id: 'who-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وقال رئيس اللجنة المنظمة، ____ …»',
        },
        answer: {
          accepted: ['صالح امحمد الفيتوري', 'الفيتوري', 'صالح الفيتوري'],
        },
        explanation: {
          ar: 'جاء في المقال: «وقال رئيس اللجنة المنظمة، صالح امحمد الفيتوري، إن إنتاج الجفرة من التمور بلغ هذا الموسم 42 ألف طن، مقابل 36 ألف طن في الموسم الماضي، وإن سعر الكيلوغرام من تمر البرني وصل إلى 18 دينارا في سوق هون».',
        },
        evidence: {
          paragraph: 1,
          quote:
            'وقال رئيس اللجنة المنظمة، صالح امحمد الفيتوري، إن إنتاج الجفرة من التمور بلغ هذا الموسم 42 ألف طن، مقابل 36 ألف طن في الموسم الماضي، وإن سعر الكيلوغرام من تمر البرني وصل إلى 18 دينارا في سوق هون.',
        },
      },
      {
        id: 'mass-42000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وقال رئيس اللجنة المنظمة، …، إن إنتاج الجفرة من التمور بلغ هذا الموسم ____ …»',
        },
        answer: {
          value: 42000,
          unit: 'tonne',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «إن إنتاج الجفرة من التمور بلغ هذا الموسم 42 ألف طن».',
        },
        evidence: {
          paragraph: 1,
          quote: 'إن إنتاج الجفرة من التمور بلغ هذا الموسم 42 ألف طن',
        },
      },
      {
        id: 'choice-mass-36000',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وقال رئيس اللجنة المنظمة، …، إن إنتاج الجفرة من التمور بلغ هذا الموسم …، مقابل ____ في الموسم الماضي، وإن سعر الكيلوغرام من تمر البرني وصل إلى … في سوق هون»',
        },
        choices: [
          {
            id: 'v46000',
            text: {
              ar: '46 ألف طن',
            },
          },
          {
            id: 'v56000',
            text: {
              ar: '56 ألف طن',
            },
          },
          {
            id: 'v66000',
            text: {
              ar: '66 ألف طن',
            },
          },
          {
            id: 'v36000',
            text: {
              ar: '36 ألف طن',
            },
          },
        ],
        answer: 'v36000',
        explanation: {
          ar: 'جاء في المقال: «مقابل 36 ألف طن في الموسم الماضي».',
        },
        evidence: {
          paragraph: 1,
          quote: 'مقابل 36 ألف طن في الموسم الماضي',
        },
      },
      {
        id: 'choice-count-700000',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وأضاف … أن المنطقة تضم نحو ____ نخلة …»',
        },
        choices: [
          {
            id: 'v1100000',
            text: {
              ar: '1100 ألف',
            },
          },
          {
            id: 'v900000',
            text: {
              ar: '900 ألف',
            },
          },
          {
            id: 'v700000',
            text: {
              ar: '700 ألف',
            },
          },
          {
            id: 'v1300000',
            text: {
              ar: '1300 ألف',
            },
          },
        ],
        answer: 'v700000',
        explanation: {
          ar: 'جاء في المقال: «وأضاف الفيتوري أن المنطقة تضم نحو 700 ألف نخلة».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأضاف الفيتوري أن المنطقة تضم نحو 700 ألف نخلة',
        },
      },
      {
        id: 'percent-60',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأضاف … أن المنطقة تضم نحو … نخلة، وأن ____ منها من صنف البرني، مشيرا إلى أن الشاحنات تقطع … من هون إلى … لتوريد التمور إلى أسواق الساحل»',
        },
        answer: {
          value: 60,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأن 60 في المئة منها من صنف البرني».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأن 60 في المئة منها من صنف البرني',
        },
      },
      {
        id: 'false-money-150000',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وأشار إلى أن المهرجان خصص جوائز مالية بقيمة 190 ألف دينار لأفضل المنتجين، وأن الدورة المقبلة ستقام في ….',
        },
        answer: false,
        explanation: {
          ar: 'العبارة خاطئة: جاء في المقال «وأشار إلى أن المهرجان خصص جوائز مالية بقيمة 150 ألف دينار لأفضل المنتجين»، لا 190 ألف دينار.',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأشار إلى أن المهرجان خصص جوائز مالية بقيمة 150 ألف دينار لأفضل المنتجين',
        },
      },
      {
        id: 'date-20261000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأشار إلى أن المهرجان خصص جوائز مالية بقيمة … لأفضل المنتجين، وأن الدورة المقبلة ستقام في ____»',
        },
        answer: {
          value: 20261000,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأن الدورة المقبلة ستقام في أكتوبر 2026».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأن الدورة المقبلة ستقام في أكتوبر 2026.',
        },
      },
      {
        id: 'money-18',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وإن سعر الكيلوغرام من تمر البرني وصل إلى ____ في سوق هون»',
        },
        answer: {
          value: 18,
          unit: 'LYD',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وإن سعر الكيلوغرام من تمر البرني وصل إلى 18 دينارا في سوق هون».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وإن سعر الكيلوغرام من تمر البرني وصل إلى 18 دينارا في سوق هون.',
        },
      },
      {
        id: 'length-650',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «مشيرا إلى أن الشاحنات تقطع ____ من هون إلى … لتوريد التمور إلى أسواق الساحل»',
        },
        answer: {
          value: 650,
          unit: 'kilometre',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «مشيرا إلى أن الشاحنات تقطع 650 كيلومترا من هون إلى طرابلس».',
        },
        evidence: {
          paragraph: 2,
          quote: 'مشيرا إلى أن الشاحنات تقطع 650 كيلومترا من هون إلى طرابلس لتوريد التمور إلى أسواق الساحل.',
        },
      },
      {
        id: 'count-35000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وسط حضور قدر بنحو ____ زائر على مدى أربعة أيام»',
        },
        answer: {
          value: 35000,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وسط حضور قدر بنحو 35 ألف زائر على مدى أربعة أيام».',
        },
        evidence: {
          paragraph: 0,
          quote: 'وسط حضور قدر بنحو 35 ألف زائر على مدى أربعة أيام.',
        },
      },
      {
        id: 'where-tripoli',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «مشيرا إلى أن الشاحنات تقطع … من هون إلى ____ لتوريد التمور إلى أسواق الساحل»',
        },
        answer: {
          accepted: ['طرابلس'],
        },
        explanation: {
          ar: 'جاء في المقال: «تقطع 650 كيلومترا من هون إلى طرابلس».',
        },
        evidence: {
          paragraph: 2,
          quote: 'مشيرا إلى أن الشاحنات تقطع 650 كيلومترا من هون إلى طرابلس لتوريد التمور إلى أسواق الساحل.',
        },
      },
    ],
    articleText:
      'مهرجان الجفرة للتمور يختتم دورته في هون\nاختتم في مدينة هون، يوم السبت 8 نوفمبر 2025، مهرجان الجفرة الدولي للتمور في دورته الحادية عشرة، بمشاركة 240 عارضا من 14 بلدية ليبية، وسط حضور قدر بنحو 35 ألف زائر على مدى أربعة أيام.\n\nوقال رئيس اللجنة المنظمة، صالح امحمد الفيتوري، إن إنتاج الجفرة من التمور بلغ هذا الموسم 42 ألف طن، مقابل 36 ألف طن في الموسم الماضي، وإن سعر الكيلوغرام من تمر البرني وصل إلى 18 دينارا في سوق هون.\n\nوأضاف الفيتوري أن المنطقة تضم نحو 700 ألف نخلة، وأن 60 في المئة منها من صنف البرني، مشيرا إلى أن الشاحنات تقطع 650 كيلومترا من هون إلى طرابلس لتوريد التمور إلى أسواق الساحل.\n\nوأشار إلى أن المهرجان خصص جوائز مالية بقيمة 150 ألف دينار لأفضل المنتجين، وأن الدورة المقبلة ستقام في أكتوبر 2026.',
  },
  'water-nakuru-en': {
    id: 'nakuru-residents-to-get-piped-water',
    version: 1,
    lang: 'en',
    title: {
      en: 'Nakuru residents to get piped water from Itare dam',
    },
    source: {
      name: 'Pasted text',
    },
    article: 'article.en.txt',
    questions: [
      {
        id: 'date-20251120',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “NAKURU, Kenya, Thursday, ____ - More than 180,000 residents of Nakuru will get clean piped water by … under a … project launched on Wednesday …”',
        },
        answer: {
          value: 20251120,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “NAKURU, Kenya, Thursday, 20 November 2025 - More than 180,000 residents of Nakuru will get clean piped water by June 2027 under a KSh 2.4 billion project launched on Wednesday, Water Cabinet Secretary Eric Mugaa said”.',
        },
        evidence: {
          paragraph: 0,
          quote:
            'NAKURU, Kenya, Thursday, 20 November 2025 - More than 180,000 residents of Nakuru will get clean piped water by June 2027 under a KSh 2.4 billion project launched on Wednesday, Water Cabinet Secretary Eric Mugaa said.',
        },
      },
      {
        id: 'who-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank with the name the article gives: “NAKURU, Kenya, Thursday, … - More than 180,000 residents of Nakuru will get clean piped water by … under a … project launched on Wednesday, Water Cabinet Secretary ____ said”',
        },
        answer: {
          accepted: ['Eric Mugaa', 'Mugaa'],
        },
        explanation: {
          en: 'The article says: “Water Cabinet Secretary Eric Mugaa said”.',
        },
        evidence: {
          paragraph: 0,
          quote: 'Water Cabinet Secretary Eric Mugaa said.',
        },
      },
      {
        id: 'choice-length-95',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Which fills the blank, according to the article? “The project will lay ____ of pipes from the Itare dam and raise daily supply in the city by …”',
        },
        choices: [
          {
            id: 'v95',
            text: {
              en: '95 kilometres',
            },
          },
          {
            id: 'v85',
            text: {
              en: '85 kilometres',
            },
          },
          {
            id: 'v65',
            text: {
              en: '65 kilometres',
            },
          },
          {
            id: 'v75',
            text: {
              en: '75 kilometres',
            },
          },
        ],
        answer: 'v95',
        explanation: {
          en: 'The article says: “The project will lay 95 kilometres of pipes from the Itare dam and raise daily supply in the city by 40,000 cubic metres”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'The project will lay 95 kilometres of pipes from the Itare dam and raise daily supply in the city by 40,000 cubic metres',
        },
      },
      {
        id: 'volume-40000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The project will lay … of pipes from the Itare dam and raise daily supply in the city by ____ …”',
        },
        answer: {
          value: 40000,
          unit: 'cubic-metre',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “The project will lay 95 kilometres of pipes from the Itare dam and raise daily supply in the city by 40,000 cubic metres”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'The project will lay 95 kilometres of pipes from the Itare dam and raise daily supply in the city by 40,000 cubic metres',
        },
      },
      {
        id: 'choice-volume-27000000',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Which fills the blank, according to the article? “The dam holds ____ of water when full”',
        },
        choices: [
          {
            id: 'v27000000',
            text: {
              en: '27 million cubic metres',
            },
          },
          {
            id: 'v17000000',
            text: {
              en: '17 million cubic metres',
            },
          },
          {
            id: 'v32000000',
            text: {
              en: '32 million cubic metres',
            },
          },
          {
            id: 'v22000000',
            text: {
              en: '22 million cubic metres',
            },
          },
        ],
        answer: 'v27000000',
        explanation: {
          en: 'The article says: “The dam holds 27 million cubic metres of water when full”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'The dam holds 27 million cubic metres of water when full.',
        },
      },
      {
        id: 'false-money-50',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "True or false, according to the article? He said households now pay as much as KSh 40 for a … jerrican bought from vendors, against … for the same amount from the county's taps.",
        },
        answer: false,
        explanation: {
          en: 'False: the article says “He said households now pay as much as KSh 50 for a 20-litre jerrican bought from vendors”, not KSh 40.',
        },
        evidence: {
          paragraph: 2,
          quote: 'He said households now pay as much as KSh 50 for a 20-litre jerrican bought from vendors',
        },
      },
      {
        id: 'volume-20',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “He said households now pay as much as … for a ____-litre jerrican bought from vendors …”',
        },
        answer: {
          value: 20,
          unit: 'litre',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “He said households now pay as much as KSh 50 for a 20-litre jerrican bought from vendors”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'He said households now pay as much as KSh 50 for a 20-litre jerrican bought from vendors',
        },
      },
      {
        id: 'choice-money-1-2',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "Which fills the blank, according to the article? “He said households now pay as much as … for a … jerrican bought from vendors, against ____ for the same amount from the county's taps”",
        },
        choices: [
          {
            id: 'v1',
            text: {
              en: 'KSh 1.00',
            },
          },
          {
            id: 'v1-1',
            text: {
              en: 'KSh 1.10',
            },
          },
          {
            id: 'v1-2',
            text: {
              en: 'KSh 1.20',
            },
          },
          {
            id: 'v1-3',
            text: {
              en: 'KSh 1.30',
            },
          },
        ],
        answer: 'v1-2',
        explanation: {
          en: "The article says: “against KSh 1.20 for the same amount from the county's taps”.",
        },
        evidence: {
          paragraph: 2,
          quote: "against KSh 1.20 for the same amount from the county's taps.",
        },
      },
      {
        id: 'percent-35',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "Fill in the blank from the article: “About ____ of Nakuru's households are connected to the piped network today, the county's water company said”",
        },
        answer: {
          value: 35,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          en: "The article says: “About 35 per cent of Nakuru's households are connected to the piped network today”.",
        },
        evidence: {
          paragraph: 3,
          quote: "About 35 per cent of Nakuru's households are connected to the piped network today",
        },
      },
      {
        id: 'choice-count-1200',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Which fills the blank, according to the article? “The project is funded by a loan from the African Development Bank and is expected to create ____ jobs during construction”',
        },
        choices: [
          {
            id: 'v1000',
            text: {
              en: '1,000',
            },
          },
          {
            id: 'v1200',
            text: {
              en: '1,200',
            },
          },
          {
            id: 'v1400',
            text: {
              en: '1,400',
            },
          },
          {
            id: 'v800',
            text: {
              en: '800',
            },
          },
        ],
        answer: 'v1200',
        explanation: {
          en: 'The article says: “The project is funded by a loan from the African Development Bank and is expected to create 1,200 jobs during construction”.',
        },
        evidence: {
          paragraph: 4,
          quote: 'The project is funded by a loan from the African Development Bank and is expected to create 1,200 jobs during construction.',
        },
      },
      {
        id: 'money-2400000000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “More than … residents of Nakuru will get clean piped water by … under a ____ project launched on Wednesday”',
        },
        answer: {
          value: 2400000000,
          unit: 'KES',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “under a KSh 2.4 billion project launched on Wednesday”.',
        },
        evidence: {
          paragraph: 0,
          quote: 'More than 180,000 residents of Nakuru will get clean piped water by June 2027 under a KSh 2.4 billion project launched on Wednesday',
        },
      },
      {
        id: 'money-50',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “He said households now pay as much as ____ for a …-litre jerrican bought from vendors”',
        },
        answer: {
          value: 50,
          unit: 'KES',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “households now pay as much as KSh 50 for a 20-litre jerrican bought from vendors”.',
        },
        evidence: {
          paragraph: 2,
          quote:
            "He said households now pay as much as KSh 50 for a 20-litre jerrican bought from vendors, against KSh 1.20 for the same amount from the county's taps.",
        },
      },
      {
        id: 'date-202706',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “More than 180,000 residents of Nakuru will get clean piped water by ____ under a … project”',
        },
        answer: {
          value: 20270600,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “will get clean piped water by June 2027”.',
        },
        evidence: {
          paragraph: 0,
          quote: 'More than 180,000 residents of Nakuru will get clean piped water by June 2027 under a KSh 2.4 billion project launched on Wednesday',
        },
      },
      {
        id: 'false-percent-35',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "True or false, according to the article? About 53 per cent of Nakuru's households are connected to the piped network today.",
        },
        answer: false,
        explanation: {
          en: "False: the article says “About 35 per cent of Nakuru's households are connected to the piped network today”.",
        },
        evidence: {
          paragraph: 3,
          quote: "About 35 per cent of Nakuru's households are connected to the piped network today, the county's water company said.",
        },
      },
    ],
    articleText:
      "Nakuru residents to get piped water from Itare dam\nNAKURU, Kenya, Thursday, 20 November 2025 - More than 180,000 residents of Nakuru will get clean piped water by June 2027 under a KSh 2.4 billion project launched on Wednesday, Water Cabinet Secretary Eric Mugaa said.\n\nThe project will lay 95 kilometres of pipes from the Itare dam and raise daily supply in the city by 40,000 cubic metres, Mugaa told reporters. The dam holds 27 million cubic metres of water when full.\n\nHe said households now pay as much as KSh 50 for a 20-litre jerrican bought from vendors, against KSh 1.20 for the same amount from the county's taps.\n\nAbout 35 per cent of Nakuru's households are connected to the piped network today, the county's water company said. Some estates receive water only twice a week.\n\nThe project is funded by a loan from the African Development Bank and is expected to create 1,200 jobs during construction.",
  },
}
