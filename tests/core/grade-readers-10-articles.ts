import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Three more kinds of article nobody on the team tuned the grader on (invented news, realistic in form): the price of
 * sardines at Agadir's port from the Moroccan agency (MAP), with dirhams in French-style figures («12,5 درهم», «11,20
 * درهم», «1.500 طن»), «50 مليار سنتيم», per cents, hectares, a Moroccan month name («شتنبر») and «فاتح يناير», in
 * Arabic; Cairo metro fares from MENA, with Egyptian pounds and piastres («12 جنيها و50 قرشا»), a range of stations,
 * millions of passengers, a loss in billions and a discount, in Arabic; a hiker found in Colorado's Rocky Mountain
 * National Park from AP, with feet and inches beside metres (`5'11" (1.80 metres)`), `3/4 mile`, square miles and
 * kilometres, Fahrenheit and Celsius, `$1.2M` and dates like `Nov. 3`, in English. The quizzes `draftQuiz` made of
 * them on 3 December 2026 are frozen, with their choice questions, so that the grader's tests do not move when the
 * drafter does; after the drafted questions come some written by hand in the drafter's form (a quote with its key
 * blanked, or a plain question), among them one multiple-choice question per article. Drafter findings, left to the
 * drafter: `5'11" (1.80 metres)` is not asked (`unread-number` on both figures) and its `"` is dropped from the
 * prompts; «فاتح يناير 2026» is read as the month (`true-date-20260100`), not its first day.
 * tests/core/grade-readers-10.test.ts types real readers' answers to them.
 */
export const READERS_10_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'sardines-agadir-ar',
    lang: 'ar',
    text: 'ثمن السردين يرتفع بميناء أكادير مع تراجع الكميات المفرغة\n\nأكادير - (و م ع):\nارتفع ثمن الكيلوغرام الواحد من السردين في سوق السمك بالجملة بميناء أكادير، يوم الثلاثاء 14 أكتوبر 2025، إلى 12,5 درهم، مقابل 7 دراهم في الفترة نفسها من السنة الماضية، حسب ما أفاد به المكتب الوطني للصيد.\n\nوأوضح المكتب أن الكميات المفرغة من الأسماك السطحية الصغيرة بالميناء لم تتجاوز 1.500 طن خلال شهر شتنبر، أي بانخفاض قدره 38 في المائة مقارنة مع الشهر نفسه من السنة الماضية.\n\nوقال رئيس جمعية أرباب مراكب الصيد الساحلي بأكادير، عبد اللطيف أوبلا، إن 64 مركبا فقط من أصل 210 مراكب مسجلة بالميناء ظلت تشتغل، بسبب ارتفاع ثمن الگازوال إلى 11,20 درهم للتر.\n\nوأعلنت وزارة الفلاحة والصيد البحري عن برنامج لتأهيل الميناء بكلفة 50 مليار سنتيم، يمتد على ثلاث سنوات، ويشمل بناء سوق جديد على مساحة 4 هكتارات.\n\nويذكر أن فترة الراحة البيولوجية للسردين ستبدأ في فاتح يناير 2026 وتستمر شهرين.\n',
  },
  {
    name: 'metro-cairo-ar',
    lang: 'ar',
    text: 'زيادة أسعار تذاكر مترو الأنفاق بداية من السبت المقبل\n\nالقاهرة - (أ ش أ):\nأعلنت الشركة المصرية لإدارة وتشغيل مترو الأنفاق، يوم الخميس 6 نوفمبر 2025، زيادة سعر التذكرة لمسافة 9 محطات من 8 جنيهات إلى 10 جنيهات، على أن يبدأ تطبيق الأسعار الجديدة يوم السبت 15 نوفمبر.\n\nوقال المتحدث باسم الشركة، محمود سليمان، إن سعر تذكرة المسافة من 10 إلى 16 محطة سيرتفع إلى 15 جنيها، و20 جنيها لما يزيد على ذلك، فيما يظل اشتراك الطلاب الشهري عند 150 جنيها، وإن سعر كارت الاشتراك الذكي ارتفع إلى 12 جنيها و50 قرشا.\n\nوأوضح سليمان أن المترو ينقل نحو 3.5 مليون راكب يوميا على خطوطه الثلاثة، وأن خسائر التشغيل بلغت 1.2 مليار جنيه خلال العام المالي الماضي، وأن كبار السن فوق 60 عاما يحصلون على خصم 50 في المئة.\n\nوأضاف أن الخط الرابع، الذي يمتد 42 كيلومترا من حدائق الأهرام إلى مدينة نصر، سيضم 39 محطة، ويتوقع افتتاح مرحلته الأولى في 2028.\n\nوكانت آخر زيادة لأسعار التذاكر قد طبقت في أغسطس 2024، حين ارتفعت تذكرة المسافة القصيرة من 6 جنيهات إلى 8 جنيهات.\n',
  },
  {
    name: 'hiker-colorado-en',
    lang: 'en',
    text: "Missing hiker found alive after three nights in Rocky Mountain National Park\n\nESTES PARK, Colo., Nov. 4 (AP) - A 27-year-old hiker from Denver who went missing in Rocky Mountain National Park was found alive Tuesday morning about 3/4 mile from the Ouzel Falls trail, park officials said.\n\nEthan Kowalski, who is 5'11\" (1.80 metres) tall, set out alone on Saturday, Nov. 1, 2025, and was reported missing by his sister on Nov. 3 when he failed to show up for work.\n\nMore than 85 searchers, two helicopters and four dog teams combed an area of 12 square miles (31 square kilometres), park spokeswoman Jenna Morales said. Overnight temperatures dropped to 18 degrees Fahrenheit (minus 8 Celsius) at 10,200 feet (3,109 metres).\n\nKowalski was treated for mild hypothermia at Estes Park Health. He had lost about 12 pounds (5.4 kg), his sister said.\n\nThe park, which drew 4.1 million visitors last year, said the search cost about $95,000. Last month Congress approved a $1.2M grant to replace the park's radio repeaters, a project expected to take 18 months.\n",
  },
]

/** Each article's draft (`draftQuiz(text).quiz`) and the questions written by hand, by article name. */
export const READERS_10_QUIZZES: Record<string, Record<string, unknown> & { articleText: string }> = {
  'sardines-agadir-ar': {
    id: 'thmn-al-srdin-yrtfa-bmina-agadir-traja',
    version: 1,
    lang: 'ar',
    title: {
      ar: 'ثمن السردين يرتفع بميناء أكادير مع تراجع الكميات المفرغة',
    },
    source: {
      name: 'نص مُلصق',
    },
    article: 'article.ar.txt',
    questions: [
      {
        id: 'date-20251014',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «ارتفع ثمن الكيلوغرام الواحد من السردين في سوق السمك بالجملة بميناء أكادير، يوم الثلاثاء ____، إلى … …»',
        },
        answer: {
          value: 20251014,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «ارتفع ثمن الكيلوغرام الواحد من السردين في سوق السمك بالجملة بميناء أكادير، يوم الثلاثاء 14 أكتوبر 2025، إلى 12,5 درهم، مقابل 7 دراهم في الفترة نفسها من السنة الماضية، حسب ما أفاد به المكتب الوطني للصيد».',
        },
        evidence: {
          paragraph: 0,
          quote:
            'ارتفع ثمن الكيلوغرام الواحد من السردين في سوق السمك بالجملة بميناء أكادير، يوم الثلاثاء 14 أكتوبر 2025، إلى 12,5 درهم، مقابل 7 دراهم في الفترة نفسها من السنة الماضية، حسب ما أفاد به المكتب الوطني للصيد.',
        },
      },
      {
        id: 'true-money-7',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ ارتفع ثمن الكيلوغرام الواحد من السردين في سوق السمك بالجملة بميناء أكادير، يوم الثلاثاء …، إلى …، مقابل 7 دراهم في الفترة نفسها من السنة الماضية، حسب ما أفاد به المكتب الوطني للصيد.',
        },
        answer: true,
        explanation: {
          ar: 'جاء في المقال: «مقابل 7 دراهم في الفترة نفسها من السنة الماضية».',
        },
        evidence: {
          paragraph: 0,
          quote: 'مقابل 7 دراهم في الفترة نفسها من السنة الماضية',
        },
      },
      {
        id: 'mass-1500',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأوضح المكتب أن الكميات المفرغة من الأسماك السطحية الصغيرة بالميناء لم تتجاوز ____ خلال شهر شتنبر …»',
        },
        answer: {
          value: 1500,
          unit: 'tonne',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأوضح المكتب أن الكميات المفرغة من الأسماك السطحية الصغيرة بالميناء لم تتجاوز 1.500 طن خلال شهر شتنبر».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وأوضح المكتب أن الكميات المفرغة من الأسماك السطحية الصغيرة بالميناء لم تتجاوز 1.500 طن خلال شهر شتنبر',
        },
      },
      {
        id: 'choice-percent-38',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وأوضح المكتب أن الكميات المفرغة من الأسماك السطحية الصغيرة بالميناء لم تتجاوز … خلال شهر شتنبر، أي بانخفاض قدره ____ مقارنة مع الشهر نفسه من السنة الماضية»',
        },
        choices: [
          {
            id: 'v28',
            text: {
              ar: '28 في المائة',
            },
          },
          {
            id: 'v48',
            text: {
              ar: '48 في المائة',
            },
          },
          {
            id: 'v38',
            text: {
              ar: '38 في المائة',
            },
          },
          {
            id: 'v58',
            text: {
              ar: '58 في المائة',
            },
          },
        ],
        answer: 'v38',
        explanation: {
          ar: 'جاء في المقال: «أي بانخفاض قدره 38 في المائة مقارنة مع الشهر نفسه من السنة الماضية».',
        },
        evidence: {
          paragraph: 1,
          quote: 'أي بانخفاض قدره 38 في المائة مقارنة مع الشهر نفسه من السنة الماضية.',
        },
      },
      {
        id: 'count-64',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وقال رئيس جمعية أرباب مراكب الصيد الساحلي بأكادير، …، إن ____ مركبا فقط من أصل 210 مراكب مسجلة بالميناء ظلت تشتغل …»',
        },
        answer: {
          value: 64,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «إن 64 مركبا فقط من أصل 210 مراكب مسجلة بالميناء ظلت تشتغل».',
        },
        evidence: {
          paragraph: 2,
          quote: 'إن 64 مركبا فقط من أصل 210 مراكب مسجلة بالميناء ظلت تشتغل',
        },
      },
      {
        id: 'false-money-11-2',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وقال رئيس جمعية أرباب مراكب الصيد الساحلي بأكادير، …، إن … مركبا فقط من أصل 210 مراكب مسجلة بالميناء ظلت تشتغل، بسبب ارتفاع ثمن الگازوال إلى 16,20 درهم للتر.',
        },
        answer: false,
        explanation: {
          ar: 'العبارة خاطئة: جاء في المقال «بسبب ارتفاع ثمن الگازوال إلى 11,20 درهم للتر»، لا 16,20 درهم.',
        },
        evidence: {
          paragraph: 2,
          quote: 'بسبب ارتفاع ثمن الگازوال إلى 11,20 درهم للتر.',
        },
      },
      {
        id: 'money-500000000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأعلنت وزارة الفلاحة والصيد البحري عن برنامج لتأهيل الميناء بكلفة ____ …»',
        },
        answer: {
          value: 500000000,
          unit: 'MAD',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأعلنت وزارة الفلاحة والصيد البحري عن برنامج لتأهيل الميناء بكلفة 50 مليار سنتيم».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأعلنت وزارة الفلاحة والصيد البحري عن برنامج لتأهيل الميناء بكلفة 50 مليار سنتيم',
        },
      },
      {
        id: 'time-3-year',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأعلنت وزارة الفلاحة والصيد البحري عن برنامج لتأهيل الميناء بكلفة …، يمتد على ____، ويشمل بناء سوق جديد على مساحة …»',
        },
        answer: {
          value: 3,
          unit: 'year',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأعلنت وزارة الفلاحة والصيد البحري عن برنامج لتأهيل الميناء بكلفة 50 مليار سنتيم، يمتد على ثلاث سنوات، ويشمل بناء سوق جديد على مساحة 4 هكتارات».',
        },
        evidence: {
          paragraph: 3,
          quote:
            'وأعلنت وزارة الفلاحة والصيد البحري عن برنامج لتأهيل الميناء بكلفة 50 مليار سنتيم، يمتد على ثلاث سنوات، ويشمل بناء سوق جديد على مساحة 4 هكتارات.',
        },
      },
      {
        id: 'false-date-20260201',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ ويذكر أن فترة الراحة البيولوجية للسردين ستبدأ في فاتح فبراير 2026 وتستمر ….',
        },
        answer: false,
        explanation: {
          ar: 'جاء في المقال: «ويذكر أن فترة الراحة البيولوجية للسردين ستبدأ في فاتح يناير 2026 وتستمر شهرين».',
        },
        evidence: {
          paragraph: 4,
          quote: 'ويذكر أن فترة الراحة البيولوجية للسردين ستبدأ في فاتح يناير 2026 وتستمر شهرين.',
        },
      },
      {
        id: 'time-2-month',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «ويذكر أن فترة الراحة البيولوجية للسردين ستبدأ في فاتح … وتستمر ____»',
        },
        answer: {
          value: 2,
          unit: 'month',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «ويذكر أن فترة الراحة البيولوجية للسردين ستبدأ في فاتح يناير 2026 وتستمر شهرين».',
        },
        evidence: {
          paragraph: 4,
          quote: 'ويذكر أن فترة الراحة البيولوجية للسردين ستبدأ في فاتح يناير 2026 وتستمر شهرين.',
        },
      },
      {
        id: 'money-12-5',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «ارتفع ثمن الكيلوغرام الواحد من السردين في سوق السمك بالجملة بميناء أكادير، يوم الثلاثاء …، إلى ____، مقابل … في الفترة نفسها من السنة الماضية»',
        },
        answer: {
          value: 12.5,
          unit: 'MAD',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «ارتفع ثمن الكيلوغرام الواحد من السردين في سوق السمك بالجملة بميناء أكادير، يوم الثلاثاء 14 أكتوبر 2025، إلى 12,5 درهم، مقابل 7 دراهم في الفترة نفسها من السنة الماضية».',
        },
        evidence: {
          paragraph: 0,
          quote:
            'ارتفع ثمن الكيلوغرام الواحد من السردين في سوق السمك بالجملة بميناء أكادير، يوم الثلاثاء 14 أكتوبر 2025، إلى 12,5 درهم، مقابل 7 دراهم في الفترة نفسها من السنة الماضية',
        },
      },
      {
        id: 'who-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وقال رئيس جمعية أرباب مراكب الصيد الساحلي بأكادير، ____، إن … مركبا فقط من أصل … مراكب مسجلة بالميناء ظلت تشتغل»',
        },
        answer: {
          accepted: ['عبد اللطيف أوبلا', 'أوبلا'],
        },
        explanation: {
          ar: 'جاء في المقال: «وقال رئيس جمعية أرباب مراكب الصيد الساحلي بأكادير، عبد اللطيف أوبلا، إن 64 مركبا فقط من أصل 210 مراكب مسجلة بالميناء ظلت تشتغل».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وقال رئيس جمعية أرباب مراكب الصيد الساحلي بأكادير، عبد اللطيف أوبلا، إن 64 مركبا فقط من أصل 210 مراكب مسجلة بالميناء ظلت تشتغل',
        },
      },
      {
        id: 'money-11-2',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «… ظلت تشتغل، بسبب ارتفاع ثمن الگازوال إلى ____ للتر»',
        },
        answer: {
          value: 11.2,
          unit: 'MAD',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «إن 64 مركبا فقط من أصل 210 مراكب مسجلة بالميناء ظلت تشتغل، بسبب ارتفاع ثمن الگازوال إلى 11,20 درهم للتر».',
        },
        evidence: {
          paragraph: 2,
          quote: 'إن 64 مركبا فقط من أصل 210 مراكب مسجلة بالميناء ظلت تشتغل، بسبب ارتفاع ثمن الگازوال إلى 11,20 درهم للتر',
        },
      },
      {
        id: 'area-4',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأعلنت وزارة الفلاحة والصيد البحري عن برنامج لتأهيل الميناء بكلفة …، يمتد على …، ويشمل بناء سوق جديد على مساحة ____»',
        },
        answer: {
          value: 4,
          unit: 'hectare',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأعلنت وزارة الفلاحة والصيد البحري عن برنامج لتأهيل الميناء بكلفة 50 مليار سنتيم، يمتد على ثلاث سنوات، ويشمل بناء سوق جديد على مساحة 4 هكتارات».',
        },
        evidence: {
          paragraph: 3,
          quote:
            'وأعلنت وزارة الفلاحة والصيد البحري عن برنامج لتأهيل الميناء بكلفة 50 مليار سنتيم، يمتد على ثلاث سنوات، ويشمل بناء سوق جديد على مساحة 4 هكتارات',
        },
      },
      {
        id: 'date-20260101',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «ويذكر أن فترة الراحة البيولوجية للسردين ستبدأ في ____ وتستمر …»',
        },
        answer: {
          value: 20260101,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «ويذكر أن فترة الراحة البيولوجية للسردين ستبدأ في فاتح يناير 2026 وتستمر شهرين».',
        },
        evidence: {
          paragraph: 4,
          quote: 'ويذكر أن فترة الراحة البيولوجية للسردين ستبدأ في فاتح يناير 2026 وتستمر شهرين',
        },
      },
      {
        id: 'choose-port',
        type: 'multiple',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أيّ مما يلي يقوله المقال عن ميناء أكادير؟ اختر كل ما ينطبق.',
        },
        choices: [
          {
            id: 'c1',
            text: {
              ar: 'ارتفع ثمن السردين',
            },
          },
          {
            id: 'c2',
            text: {
              ar: 'زادت الكميات المفرغة',
            },
          },
          {
            id: 'c3',
            text: {
              ar: 'توقف عدد من المراكب عن العمل',
            },
          },
          {
            id: 'c4',
            text: {
              ar: 'انخفض ثمن الگازوال',
            },
          },
        ],
        answer: ['c1', 'c3'],
        explanation: {
          ar: 'جاء في المقال: «إن 64 مركبا فقط من أصل 210 مراكب مسجلة بالميناء ظلت تشتغل، بسبب ارتفاع ثمن الگازوال إلى 11,20 درهم للتر».',
        },
        evidence: {
          paragraph: 2,
          quote: 'إن 64 مركبا فقط من أصل 210 مراكب مسجلة بالميناء ظلت تشتغل، بسبب ارتفاع ثمن الگازوال إلى 11,20 درهم للتر',
        },
      },
    ],
    articleText:
      'ثمن السردين يرتفع بميناء أكادير مع تراجع الكميات المفرغة\nارتفع ثمن الكيلوغرام الواحد من السردين في سوق السمك بالجملة بميناء أكادير، يوم الثلاثاء 14 أكتوبر 2025، إلى 12,5 درهم، مقابل 7 دراهم في الفترة نفسها من السنة الماضية، حسب ما أفاد به المكتب الوطني للصيد.\n\nوأوضح المكتب أن الكميات المفرغة من الأسماك السطحية الصغيرة بالميناء لم تتجاوز 1.500 طن خلال شهر شتنبر، أي بانخفاض قدره 38 في المائة مقارنة مع الشهر نفسه من السنة الماضية.\n\nوقال رئيس جمعية أرباب مراكب الصيد الساحلي بأكادير، عبد اللطيف أوبلا، إن 64 مركبا فقط من أصل 210 مراكب مسجلة بالميناء ظلت تشتغل، بسبب ارتفاع ثمن الگازوال إلى 11,20 درهم للتر.\n\nوأعلنت وزارة الفلاحة والصيد البحري عن برنامج لتأهيل الميناء بكلفة 50 مليار سنتيم، يمتد على ثلاث سنوات، ويشمل بناء سوق جديد على مساحة 4 هكتارات.\n\nويذكر أن فترة الراحة البيولوجية للسردين ستبدأ في فاتح يناير 2026 وتستمر شهرين.',
  },
  'metro-cairo-ar': {
    id: 'zyada-asar-tdhakr-mtru-al-anfaq-bdaya',
    version: 1,
    lang: 'ar',
    title: {
      ar: 'زيادة أسعار تذاكر مترو الأنفاق بداية من السبت المقبل',
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
          ar: 'أكمل الفراغ بحسب المقال: «أعلنت الشركة المصرية لإدارة وتشغيل مترو الأنفاق، يوم الخميس ____ …»',
        },
        answer: {
          value: 20251106,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «أعلنت الشركة المصرية لإدارة وتشغيل مترو الأنفاق، يوم الخميس 6 نوفمبر 2025، زيادة سعر التذكرة لمسافة 9 محطات من 8 جنيهات إلى 10 جنيهات، على أن يبدأ تطبيق الأسعار الجديدة يوم السبت 15 نوفمبر».',
        },
        evidence: {
          paragraph: 0,
          quote:
            'أعلنت الشركة المصرية لإدارة وتشغيل مترو الأنفاق، يوم الخميس 6 نوفمبر 2025، زيادة سعر التذكرة لمسافة 9 محطات من 8 جنيهات إلى 10 جنيهات، على أن يبدأ تطبيق الأسعار الجديدة يوم السبت 15 نوفمبر.',
        },
      },
      {
        id: 'choice-count-9',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «أعلنت الشركة المصرية لإدارة وتشغيل مترو الأنفاق، يوم الخميس …، زيادة سعر التذكرة لمسافة ____ محطات من 8 جنيهات إلى …، على أن يبدأ تطبيق الأسعار الجديدة يوم السبت 15 نوفمبر»',
        },
        choices: [
          {
            id: 'v9',
            text: {
              ar: '9',
            },
          },
          {
            id: 'v7',
            text: {
              ar: '7',
            },
          },
          {
            id: 'v5',
            text: {
              ar: '5',
            },
          },
        ],
        answer: 'v9',
        explanation: {
          ar: 'جاء في المقال: «زيادة سعر التذكرة لمسافة 9 محطات من 8 جنيهات إلى 10 جنيهات».',
        },
        evidence: {
          paragraph: 0,
          quote: 'زيادة سعر التذكرة لمسافة 9 محطات من 8 جنيهات إلى 10 جنيهات',
        },
      },
      {
        id: 'money-12-5',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «… وإن سعر كارت الاشتراك الذكي ارتفع إلى ____»',
        },
        answer: {
          value: 12.5,
          unit: 'EGP',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وإن سعر كارت الاشتراك الذكي ارتفع إلى 12 جنيها و50 قرشا».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وإن سعر كارت الاشتراك الذكي ارتفع إلى 12 جنيها و50 قرشا.',
        },
      },
      {
        id: 'true-count-3',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وأوضح … أن المترو ينقل نحو … راكب يوميا على خطوطه الثلاثة، وأن خسائر التشغيل بلغت … خلال العام المالي الماضي، وأن كبار السن فوق 60 عاما يحصلون على خصم ….',
        },
        answer: true,
        explanation: {
          ar: 'جاء في المقال: «وأوضح سليمان أن المترو ينقل نحو 3.5 مليون راكب يوميا على خطوطه الثلاثة».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأوضح سليمان أن المترو ينقل نحو 3.5 مليون راكب يوميا على خطوطه الثلاثة',
        },
      },
      {
        id: 'choice-length-42',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وأضاف أن الخط الرابع، الذي يمتد ____ من حدائق الأهرام إلى مدينة نصر، سيضم 39 محطة …»',
        },
        choices: [
          {
            id: 'v52',
            text: {
              ar: '52 كيلومترا',
            },
          },
          {
            id: 'v42',
            text: {
              ar: '42 كيلومترا',
            },
          },
          {
            id: 'v32',
            text: {
              ar: '32 كيلومترا',
            },
          },
          {
            id: 'v62',
            text: {
              ar: '62 كيلومترا',
            },
          },
        ],
        answer: 'v42',
        explanation: {
          ar: 'جاء في المقال: «وأضاف أن الخط الرابع، الذي يمتد 42 كيلومترا من حدائق الأهرام إلى مدينة نصر، سيضم 39 محطة».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأضاف أن الخط الرابع، الذي يمتد 42 كيلومترا من حدائق الأهرام إلى مدينة نصر، سيضم 39 محطة',
        },
      },
      {
        id: 'date-20280000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأضاف أن الخط الرابع، الذي يمتد … من حدائق الأهرام إلى مدينة نصر، سيضم 39 محطة، ويتوقع افتتاح مرحلته الأولى في ____»',
        },
        answer: {
          value: 20280000,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «ويتوقع افتتاح مرحلته الأولى في 2028».',
        },
        evidence: {
          paragraph: 3,
          quote: 'ويتوقع افتتاح مرحلته الأولى في 2028.',
        },
      },
      {
        id: 'choice-date-20240800',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وكانت آخر زيادة لأسعار التذاكر قد طبقت في ____ …»',
        },
        choices: [
          {
            id: 'v20260800',
            text: {
              ar: 'أغسطس 2026',
            },
          },
          {
            id: 'v20240800',
            text: {
              ar: 'أغسطس 2024',
            },
          },
          {
            id: 'v20220800',
            text: {
              ar: 'أغسطس 2022',
            },
          },
        ],
        answer: 'v20240800',
        explanation: {
          ar: 'جاء في المقال: «وكانت آخر زيادة لأسعار التذاكر قد طبقت في أغسطس 2024».',
        },
        evidence: {
          paragraph: 4,
          quote: 'وكانت آخر زيادة لأسعار التذاكر قد طبقت في أغسطس 2024',
        },
      },
      {
        id: 'money-6',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وكانت آخر زيادة لأسعار التذاكر قد طبقت في …، حين ارتفعت تذكرة المسافة القصيرة من ____ إلى 8 جنيهات»',
        },
        answer: {
          value: 6,
          unit: 'EGP',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «حين ارتفعت تذكرة المسافة القصيرة من 6 جنيهات إلى 8 جنيهات».',
        },
        evidence: {
          paragraph: 4,
          quote: 'حين ارتفعت تذكرة المسافة القصيرة من 6 جنيهات إلى 8 جنيهات.',
        },
      },
      {
        id: 'money-10',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «أعلنت الشركة المصرية لإدارة وتشغيل مترو الأنفاق، يوم الخميس …، زيادة سعر التذكرة لمسافة … محطات من … إلى ____»',
        },
        answer: {
          value: 10,
          unit: 'EGP',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «أعلنت الشركة المصرية لإدارة وتشغيل مترو الأنفاق، يوم الخميس 6 نوفمبر 2025، زيادة سعر التذكرة لمسافة 9 محطات من 8 جنيهات إلى 10 جنيهات».',
        },
        evidence: {
          paragraph: 0,
          quote: 'أعلنت الشركة المصرية لإدارة وتشغيل مترو الأنفاق، يوم الخميس 6 نوفمبر 2025، زيادة سعر التذكرة لمسافة 9 محطات من 8 جنيهات إلى 10 جنيهات',
        },
      },
      {
        id: 'count-16',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'بحسب المقال، حتى كم محطة يبلغ سعر التذكرة 15 جنيها؟',
        },
        answer: {
          value: 16,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «إن سعر تذكرة المسافة من 10 إلى 16 محطة سيرتفع إلى 15 جنيها».',
        },
        evidence: {
          paragraph: 1,
          quote: 'إن سعر تذكرة المسافة من 10 إلى 16 محطة سيرتفع إلى 15 جنيها',
        },
      },
      {
        id: 'count-3500000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'بحسب المقال، كم راكبا ينقل المترو يوميا؟',
        },
        answer: {
          value: 3500000,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأوضح سليمان أن المترو ينقل نحو 3.5 مليون راكب يوميا على خطوطه الثلاثة».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأوضح سليمان أن المترو ينقل نحو 3.5 مليون راكب يوميا على خطوطه الثلاثة',
        },
      },
      {
        id: 'money-1200000000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأوضح … أن المترو ينقل نحو … راكب يوميا على خطوطه …، وأن خسائر التشغيل بلغت ____ خلال العام المالي الماضي»',
        },
        answer: {
          value: 1200000000,
          unit: 'EGP',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأن خسائر التشغيل بلغت 1.2 مليار جنيه خلال العام المالي الماضي».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأن خسائر التشغيل بلغت 1.2 مليار جنيه خلال العام المالي الماضي',
        },
      },
      {
        id: 'percent-50',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «… وأن كبار السن فوق … عاما يحصلون على خصم ____»',
        },
        answer: {
          value: 50,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأن كبار السن فوق 60 عاما يحصلون على خصم 50 في المئة».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأن كبار السن فوق 60 عاما يحصلون على خصم 50 في المئة',
        },
      },
      {
        id: 'who-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وقال المتحدث باسم الشركة، ____، إن سعر تذكرة المسافة من … إلى … محطة سيرتفع إلى … جنيها»',
        },
        answer: {
          accepted: ['محمود سليمان', 'سليمان'],
        },
        explanation: {
          ar: 'جاء في المقال: «وقال المتحدث باسم الشركة، محمود سليمان، إن سعر تذكرة المسافة من 10 إلى 16 محطة سيرتفع إلى 15 جنيها».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وقال المتحدث باسم الشركة، محمود سليمان، إن سعر تذكرة المسافة من 10 إلى 16 محطة سيرتفع إلى 15 جنيها',
        },
      },
      {
        id: 'choose-metro',
        type: 'multiple',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أيّ مما يلي يقوله المقال عن مترو القاهرة؟ اختر كل ما ينطبق.',
        },
        choices: [
          {
            id: 'c1',
            text: {
              ar: 'ارتفع سعر تذكرة المسافة القصيرة',
            },
          },
          {
            id: 'c2',
            text: {
              ar: 'انخفض اشتراك الطلاب الشهري',
            },
          },
          {
            id: 'c3',
            text: {
              ar: 'حقق المترو أرباحا العام الماضي',
            },
          },
          {
            id: 'c4',
            text: {
              ar: 'يحصل كبار السن على خصم',
            },
          },
        ],
        answer: ['c1', 'c4'],
        explanation: {
          ar: 'جاء في المقال: «وأن كبار السن فوق 60 عاما يحصلون على خصم 50 في المئة».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأن كبار السن فوق 60 عاما يحصلون على خصم 50 في المئة',
        },
      },
    ],
    articleText:
      'زيادة أسعار تذاكر مترو الأنفاق بداية من السبت المقبل\nأعلنت الشركة المصرية لإدارة وتشغيل مترو الأنفاق، يوم الخميس 6 نوفمبر 2025، زيادة سعر التذكرة لمسافة 9 محطات من 8 جنيهات إلى 10 جنيهات، على أن يبدأ تطبيق الأسعار الجديدة يوم السبت 15 نوفمبر.\n\nوقال المتحدث باسم الشركة، محمود سليمان، إن سعر تذكرة المسافة من 10 إلى 16 محطة سيرتفع إلى 15 جنيها، و20 جنيها لما يزيد على ذلك، فيما يظل اشتراك الطلاب الشهري عند 150 جنيها، وإن سعر كارت الاشتراك الذكي ارتفع إلى 12 جنيها و50 قرشا.\n\nوأوضح سليمان أن المترو ينقل نحو 3.5 مليون راكب يوميا على خطوطه الثلاثة، وأن خسائر التشغيل بلغت 1.2 مليار جنيه خلال العام المالي الماضي، وأن كبار السن فوق 60 عاما يحصلون على خصم 50 في المئة.\n\nوأضاف أن الخط الرابع، الذي يمتد 42 كيلومترا من حدائق الأهرام إلى مدينة نصر، سيضم 39 محطة، ويتوقع افتتاح مرحلته الأولى في 2028.\n\nوكانت آخر زيادة لأسعار التذاكر قد طبقت في أغسطس 2024، حين ارتفعت تذكرة المسافة القصيرة من 6 جنيهات إلى 8 جنيهات.',
  },
  'hiker-colorado-en': {
    id: 'missing-hiker-found-alive-after-three',
    version: 1,
    lang: 'en',
    title: {
      en: 'Missing hiker found alive after three nights in Rocky Mountain National Park',
    },
    source: {
      name: 'Pasted text',
    },
    article: 'article.en.txt',
    questions: [
      {
        id: 'time-27-year',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “A ____-year-old hiker from Denver who went missing in Rocky Mountain National Park was found alive Tuesday morning about … from the Ouzel Falls trail, park officials said”',
        },
        answer: {
          value: 27,
          unit: 'year',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “A 27-year-old hiker from Denver who went missing in Rocky Mountain National Park was found alive Tuesday morning about 3/4 mile from the Ouzel Falls trail”.',
        },
        evidence: {
          paragraph: 0,
          quote:
            'A 27-year-old hiker from Denver who went missing in Rocky Mountain National Park was found alive Tuesday morning about 3/4 mile from the Ouzel Falls trail',
        },
      },
      {
        id: 'true-length-0-75',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'True or false, according to the article? A …-old hiker from Denver who went missing in Rocky Mountain National Park was found alive Tuesday morning about … from the Ouzel Falls trail, park officials said.',
        },
        answer: true,
        explanation: {
          en: 'The article says: “A 27-year-old hiker from Denver who went missing in Rocky Mountain National Park was found alive Tuesday morning about 3/4 mile from the Ouzel Falls trail”.',
        },
        evidence: {
          paragraph: 0,
          quote:
            'A 27-year-old hiker from Denver who went missing in Rocky Mountain National Park was found alive Tuesday morning about 3/4 mile from the Ouzel Falls trail',
        },
      },
      {
        id: 'date-20251101',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "Fill in the blank from the article: “Ethan Kowalski, who is 5'11 (…) tall, set out alone on Saturday, ____ …”",
        },
        answer: {
          value: 20251101,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          en: "The article says: “Ethan Kowalski, who is 5'11” (1.80 metres) tall, set out alone on Saturday, Nov. 1, 2025”.",
        },
        evidence: {
          paragraph: 1,
          quote: 'Ethan Kowalski, who is 5\'11" (1.80 metres) tall, set out alone on Saturday, Nov. 1, 2025',
        },
      },
      {
        id: 'choice-count-4',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Which fills the blank, according to the article? “… searchers, two helicopters and ____ dog teams combed an area of …, park spokeswoman … said”',
        },
        choices: [
          {
            id: 'v5',
            text: {
              en: '5',
            },
          },
          {
            id: 'v4',
            text: {
              en: '4',
            },
          },
          {
            id: 'v6',
            text: {
              en: '6',
            },
          },
        ],
        answer: 'v4',
        explanation: {
          en: 'The article says: “two helicopters and four dog teams combed an area of 12 square miles (31 square kilometres)”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'two helicopters and four dog teams combed an area of 12 square miles (31 square kilometres)',
        },
      },
      {
        id: 'false-temperature-18',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'True or false, according to the article? Overnight temperatures dropped to 23 degrees Fahrenheit (minus 8 Celsius) at 10,200 feet (3,109 metres).',
        },
        answer: false,
        explanation: {
          en: 'False: the article says “Overnight temperatures dropped to 18 degrees Fahrenheit (minus 8 Celsius) at 10,200 feet (3,109 metres)”, not 23 degrees Fahrenheit.',
        },
        evidence: {
          paragraph: 2,
          quote: 'Overnight temperatures dropped to 18 degrees Fahrenheit (minus 8 Celsius) at 10,200 feet (3,109 metres).',
        },
      },
      {
        id: 'mass-5-4',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “He had lost about … (____), his sister said”',
        },
        answer: {
          value: 5.4,
          unit: 'kilogram',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “He had lost about 12 pounds (5.4 kg)”.',
        },
        evidence: {
          paragraph: 3,
          quote: 'He had lost about 12 pounds (5.4 kg)',
        },
      },
      {
        id: 'choice-count-4100000',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Which fills the blank, according to the article? “The park, which drew ____ visitors last year, said the search cost about …”',
        },
        choices: [
          {
            id: 'v6100000',
            text: {
              en: '6.1 million',
            },
          },
          {
            id: 'v3100000',
            text: {
              en: '3.1 million',
            },
          },
          {
            id: 'v4100000',
            text: {
              en: '4.1 million',
            },
          },
          {
            id: 'v5100000',
            text: {
              en: '5.1 million',
            },
          },
        ],
        answer: 'v4100000',
        explanation: {
          en: 'The article says: “The park, which drew 4.1 million visitors last year, said the search cost about $95,000”.',
        },
        evidence: {
          paragraph: 4,
          quote: 'The park, which drew 4.1 million visitors last year, said the search cost about $95,000.',
        },
      },
      {
        id: 'true-money-95000',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'True or false, according to the article? The park, which drew … visitors last year, said the search cost about $95,000.',
        },
        answer: true,
        explanation: {
          en: 'The article says: “The park, which drew 4.1 million visitors last year, said the search cost about $95,000”.',
        },
        evidence: {
          paragraph: 4,
          quote: 'The park, which drew 4.1 million visitors last year, said the search cost about $95,000.',
        },
      },
      {
        id: 'money-1200000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "Fill in the blank from the article: “Last month Congress approved a ____ grant to replace the park's radio repeaters, a project expected to take …”",
        },
        answer: {
          value: 1200000,
          unit: 'USD',
          tolerance: 0,
        },
        explanation: {
          en: "The article says: “Last month Congress approved a $1.2M grant to replace the park's radio repeaters”.",
        },
        evidence: {
          paragraph: 4,
          quote: "Last month Congress approved a $1.2M grant to replace the park's radio repeaters",
        },
      },
      {
        id: 'length-1-8',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'How tall is Ethan Kowalski, according to the article?',
        },
        answer: {
          value: 1.8,
          unit: 'metre',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “Ethan Kowalski, who is 5\'11" (1.80 metres) tall, set out alone on Saturday, Nov. 1, 2025”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'Ethan Kowalski, who is 5\'11" (1.80 metres) tall, set out alone on Saturday, Nov. 1, 2025',
        },
      },
      {
        id: 'length-0-75',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'How far from the Ouzel Falls trail was the hiker found, according to the article?',
        },
        answer: {
          value: 0.75,
          unit: 'mile',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “was found alive Tuesday morning about 3/4 mile from the Ouzel Falls trail”.',
        },
        evidence: {
          paragraph: 0,
          quote: 'was found alive Tuesday morning about 3/4 mile from the Ouzel Falls trail',
        },
      },
      {
        id: 'date-1103',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “Ethan Kowalski … set out alone on Saturday, …, and was reported missing by his sister on ____ when he failed to show up for work”',
        },
        answer: {
          value: 1103,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “and was reported missing by his sister on Nov. 3 when he failed to show up for work”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'and was reported missing by his sister on Nov. 3 when he failed to show up for work',
        },
      },
      {
        id: 'count-85',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “More than ____ searchers, two helicopters and … dog teams combed an area of …”',
        },
        answer: {
          value: 85,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “More than 85 searchers, two helicopters and four dog teams combed an area of 12 square miles (31 square kilometres)”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'More than 85 searchers, two helicopters and four dog teams combed an area of 12 square miles (31 square kilometres)',
        },
      },
      {
        id: 'area-31',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'How large an area did the searchers comb, according to the article?',
        },
        answer: {
          value: 31,
          unit: 'square-kilometre',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “combed an area of 12 square miles (31 square kilometres)”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'combed an area of 12 square miles (31 square kilometres)',
        },
      },
      {
        id: 'temperature-minus-8',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'How low did overnight temperatures drop, according to the article?',
        },
        answer: {
          value: -8,
          unit: 'celsius',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “Overnight temperatures dropped to 18 degrees Fahrenheit (minus 8 Celsius) at 10,200 feet (3,109 metres)”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'Overnight temperatures dropped to 18 degrees Fahrenheit (minus 8 Celsius) at 10,200 feet (3,109 metres)',
        },
      },
      {
        id: 'who-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank with the name in the article: “… combed an area of …, park spokeswoman ____ said”',
        },
        answer: {
          accepted: ['Jenna Morales', 'Morales'],
        },
        explanation: {
          en: 'The article says: “More than 85 searchers, two helicopters and four dog teams combed an area of 12 square miles (31 square kilometres), park spokeswoman Jenna Morales said”.',
        },
        evidence: {
          paragraph: 2,
          quote:
            'More than 85 searchers, two helicopters and four dog teams combed an area of 12 square miles (31 square kilometres), park spokeswoman Jenna Morales said',
        },
      },
      {
        id: 'time-18-month',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "Fill in the blank from the article: “Last month Congress approved a … grant to replace the park's radio repeaters, a project expected to take ____”",
        },
        answer: {
          value: 18,
          unit: 'month',
          tolerance: 0,
        },
        explanation: {
          en: "The article says: “Last month Congress approved a $1.2M grant to replace the park's radio repeaters, a project expected to take 18 months”.",
        },
        evidence: {
          paragraph: 4,
          quote: "Last month Congress approved a $1.2M grant to replace the park's radio repeaters, a project expected to take 18 months",
        },
      },
      {
        id: 'choose-search',
        type: 'multiple',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Which of these does the article say about the search? Choose all that apply.',
        },
        choices: [
          {
            id: 'c1',
            text: {
              en: 'Helicopters joined the search',
            },
          },
          {
            id: 'c2',
            text: {
              en: 'He was found dead',
            },
          },
          {
            id: 'c3',
            text: {
              en: 'Dogs were used to look for him',
            },
          },
          {
            id: 'c4',
            text: {
              en: 'His sister found him',
            },
          },
        ],
        answer: ['c1', 'c3'],
        explanation: {
          en: 'The article says: “More than 85 searchers, two helicopters and four dog teams combed an area of 12 square miles (31 square kilometres)”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'More than 85 searchers, two helicopters and four dog teams combed an area of 12 square miles (31 square kilometres)',
        },
      },
    ],
    articleText:
      "Missing hiker found alive after three nights in Rocky Mountain National Park\nA 27-year-old hiker from Denver who went missing in Rocky Mountain National Park was found alive Tuesday morning about 3/4 mile from the Ouzel Falls trail, park officials said.\n\nEthan Kowalski, who is 5'11\" (1.80 metres) tall, set out alone on Saturday, Nov. 1, 2025, and was reported missing by his sister on Nov. 3 when he failed to show up for work.\n\nMore than 85 searchers, two helicopters and four dog teams combed an area of 12 square miles (31 square kilometres), park spokeswoman Jenna Morales said. Overnight temperatures dropped to 18 degrees Fahrenheit (minus 8 Celsius) at 10,200 feet (3,109 metres).\n\nKowalski was treated for mild hypothermia at Estes Park Health. He had lost about 12 pounds (5.4 kg), his sister said.\n\nThe park, which drew 4.1 million visitors last year, said the search cost about $95,000. Last month Congress approved a $1.2M grant to replace the park's radio repeaters, a project expected to take 18 months.",
  },
}
