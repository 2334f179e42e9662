import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Three more kinds of article nobody on the team tuned the grader on (invented news, realistic in form): the
 * price of a cooking-gas cylinder in Aden from a Yemeni agency, with Yemeni rials, counts of families and agents,
 * tonnes, a date and durations, in Arabic; a heatwave in northern Sudan from a Sudanese agency, with temperatures,
 * kilometres, litres, durations («ساعتين ونصف الساعة») and a named forecaster, in Arabic; Kochi's Water Metro from
 * an Indian wire, with rupees in lakh and crore, per cents, years and a managing director, in English. The quizzes
 * `draftQuiz` made of them on 3 December 2026 (with this round's number reader, which reads lakh and crore) are
 * frozen, with their choice questions, so that the grader's tests do not move when the drafter does; after the
 * drafted questions come some written by hand in the drafter's form (a quote with its key blanked, the other
 * questions' keys blanked in every prompt, drafted ones included, as the drafter blanks them), among them one
 * multiple-choice question per article. Drafter findings, left to the drafter: «وقال مدير فرع الشركة في عدن
 * المهندس ناصر باعبود» drafted a name question whose key was «فرع» (branch; left out: the drafted
 * `who-2` asks for باعبود already), `Rs 20`, `Rs 600`, `Rs 1,136 crore` taken for labels, not
 * money; the Water Metro's headline first gave 30 lakh and Rs 1,136 crore away (rewritten without figures).
 * tests/core/grade-readers-8.test.ts types real readers' answers to them.
 */
export const READERS_8_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'gas-aden-ar',
    lang: 'ar',
    text: 'سعر أسطوانة الغاز المنزلي في عدن يرتفع إلى 9500 ريال\n\nعدن - (سبأ):\nأعلنت الشركة اليمنية للغاز في عدن يوم الأحد 16 نوفمبر 2025 رفع سعر أسطوانة الغاز المنزلي من 7800 ريال إلى 9500 ريال يمني، بزيادة تقارب 22 في المئة، بسبب ارتفاع تكاليف النقل من مأرب.\n\nوقال مدير فرع الشركة في عدن المهندس ناصر باعبود إن الشركة ستوزع يوميا نحو 12 ألف أسطوانة عبر 85 وكيلا معتمدا في مديريات المحافظة الثماني، وإن 4500 أسرة نازحة ستحصل على أسطوانة مدعومة بسعر 6000 ريال.\n\nوأضاف باعبود أن شحنة من 3200 طن من الغاز وصلت إلى ميناء الزيت في البريقة، وأن تفريغها سيستغرق أربعة أيام.\n\nوأشار إلى أن سعر الأسطوانة في السوق السوداء بلغ خلال الأسبوعين الماضيين 15 ألف ريال، وأن طوابير الانتظار امتدت لأكثر من ست ساعات أمام بعض المحطات.\n\nويبلغ عدد سكان عدن نحو مليون و200 ألف نسمة، بحسب تقديرات السلطة المحلية.\n',
  },
  {
    name: 'heat-sudan-ar',
    lang: 'ar',
    text: 'موجة حر تضرب شمال السودان والحرارة تلامس 48 درجة\n\nالخرطوم - (سونا):\nحذرت الهيئة العامة للأرصاد الجوية من موجة حر تضرب ولايات الخرطوم ونهر النيل والشمالية خلال الأيام الخمسة المقبلة، تتراوح فيها درجات الحرارة العظمى بين 45 و47 درجة مئوية.\n\nوقال مدير إدارة التنبؤات بالهيئة عبد الرحيم الطيب إن أعلى درجة سجلت أمس كانت 48.5 درجة في مدينة عطبرة، التي تقع على بعد 310 كيلومترات شمال الخرطوم، وإن درجة الحرارة الصغرى لن تقل عن 31 درجة ليلا.\n\nونصحت وزارة الصحة المواطنين بتجنب الخروج في الشمس بين الحادية عشرة صباحا والرابعة عصرا، وشرب ما لا يقل عن 3 لترات من الماء يوميا.\n\nوأعلنت هيئة مياه ولاية الخرطوم تشغيل محطة جديدة في بحري بعد أعمال صيانة استمرت ثلاثة أسابيع، فيما تنقل الشاحنات المياه إلى قرى تبعد حتى 60 كيلومترا عن النيل في رحلة تستغرق ساعتين ونصف الساعة.\n\nوكانت آخر موجة مماثلة قد ضربت البلاد في مايو 2024 واستمرت 9 أيام.\n',
  },
  {
    name: 'water-metro-en',
    lang: 'en',
    text: "Kochi Water Metro ridership grows as Kerala clears second phase\n\nKOCHI, Nov 20 - Kochi's electric Water Metro has carried more than 30 lakh passengers since its launch in April 2023, its managing director Anitha Menon said on Thursday, adding that ridership had grown 42% over the past year.\n\nThe service, which links 10 islands with the mainland, now runs 19 electric boats on eight routes. A single journey costs between Rs 20 and Rs 40, and a monthly pass is priced at Rs 600.\n\nMenon said the state government had approved Rs 1,136 crore for the second phase, which will add 15 terminals and 38 boats over the next four years. Each boat, built by Cochin Shipyard, costs about Rs 7.6 crore and can carry 100 passengers.\n\nFare revenue rose to Rs 14.5 crore in the last financial year, up from Rs 9 crore, and ticket sales now cover 78% of operating costs, she said. The crossing from the High Court terminal to Vypin takes about 20 minutes.\n",
  },
]

/** Each article's draft (`draftQuiz(text).quiz`) and the questions written by hand, by article name. */
export const READERS_8_QUIZZES: Record<string, Record<string, unknown> & { articleText: string }> = {
  'gas-aden-ar': {
    id: 'sar-astwana-al-ghaz-al-mnzli-aden-yrtfa',
    version: 1,
    lang: 'ar',
    title: {
      ar: 'سعر أسطوانة الغاز المنزلي في عدن يرتفع إلى 9500 ريال',
    },
    source: {
      name: 'نص مُلصق',
    },
    article: 'article.ar.txt',
    questions: [
      {
        id: 'date-20251116',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «أعلنت الشركة اليمنية للغاز في عدن يوم الأحد ____ رفع سعر أسطوانة الغاز المنزلي من … إلى 9500 ريال يمني، بزيادة تقارب … في المئة، بسبب ارتفاع تكاليف النقل من مأرب»',
        },
        answer: {
          value: 20251116,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «أعلنت الشركة اليمنية للغاز في عدن يوم الأحد 16 نوفمبر 2025 رفع سعر أسطوانة الغاز المنزلي من 7800 ريال إلى 9500 ريال يمني».',
        },
        evidence: {
          paragraph: 0,
          quote: 'أعلنت الشركة اليمنية للغاز في عدن يوم الأحد 16 نوفمبر 2025 رفع سعر أسطوانة الغاز المنزلي من 7800 ريال إلى 9500 ريال يمني',
        },
      },
      {
        id: 'choice-money-7800',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «أعلنت الشركة اليمنية للغاز في عدن يوم الأحد … رفع سعر أسطوانة الغاز المنزلي من ____ إلى 9500 ريال يمني، بزيادة تقارب … في المئة، بسبب ارتفاع تكاليف النقل من مأرب»',
        },
        choices: [
          {
            id: 'v5800',
            text: {
              ar: '5800 ريال',
            },
          },
          {
            id: 'v9800',
            text: {
              ar: '9800 ريال',
            },
          },
          {
            id: 'v3800',
            text: {
              ar: '3800 ريال',
            },
          },
          {
            id: 'v7800',
            text: {
              ar: '7800 ريال',
            },
          },
        ],
        answer: 'v7800',
        explanation: {
          ar: 'جاء في المقال: «أعلنت الشركة اليمنية للغاز في عدن يوم الأحد 16 نوفمبر 2025 رفع سعر أسطوانة الغاز المنزلي من 7800 ريال إلى 9500 ريال يمني».',
        },
        evidence: {
          paragraph: 0,
          quote: 'أعلنت الشركة اليمنية للغاز في عدن يوم الأحد 16 نوفمبر 2025 رفع سعر أسطوانة الغاز المنزلي من 7800 ريال إلى 9500 ريال يمني',
        },
      },
      {
        id: 'choice-count-12000',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وقال مدير … الشركة في عدن المهندس … إن الشركة ستوزع يوميا نحو ____ أسطوانة عبر 85 وكيلا معتمدا في مديريات المحافظة الثماني، وإن … أسرة نازحة ستحصل على أسطوانة مدعومة بسعر …»',
        },
        choices: [
          {
            id: 'v12000',
            text: {
              ar: '12 ألف',
            },
          },
          {
            id: 'v16000',
            text: {
              ar: '16 ألف',
            },
          },
          {
            id: 'v14000',
            text: {
              ar: '14 ألف',
            },
          },
          {
            id: 'v18000',
            text: {
              ar: '18 ألف',
            },
          },
        ],
        answer: 'v12000',
        explanation: {
          ar: 'جاء في المقال: «وقال مدير فرع الشركة في عدن المهندس ناصر باعبود إن الشركة ستوزع يوميا نحو 12 ألف أسطوانة عبر 85 وكيلا معتمدا في مديريات المحافظة الثماني».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وقال مدير فرع الشركة في عدن المهندس ناصر باعبود إن الشركة ستوزع يوميا نحو 12 ألف أسطوانة عبر 85 وكيلا معتمدا في مديريات المحافظة الثماني',
        },
      },
      {
        id: 'who-2',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وأضاف ____ أن شحنة من … من الغاز وصلت إلى ميناء الزيت في البريقة، وأن تفريغها سيستغرق أربعة أيام»',
        },
        answer: {
          accepted: ['باعبود', 'ناصر باعبود'],
        },
        explanation: {
          ar: 'جاء في المقال: «وأضاف باعبود أن شحنة من 3200 طن من الغاز وصلت إلى ميناء الزيت في البريقة».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأضاف باعبود أن شحنة من 3200 طن من الغاز وصلت إلى ميناء الزيت في البريقة',
        },
      },
      {
        id: 'mass-3200',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأضاف … أن شحنة من ____ من الغاز وصلت إلى ميناء الزيت في البريقة، وأن تفريغها سيستغرق أربعة أيام»',
        },
        answer: {
          value: 3200,
          unit: 'tonne',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأضاف باعبود أن شحنة من 3200 طن من الغاز وصلت إلى ميناء الزيت في البريقة».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأضاف باعبود أن شحنة من 3200 طن من الغاز وصلت إلى ميناء الزيت في البريقة',
        },
      },
      {
        id: 'time-2-week',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأشار إلى أن سعر الأسطوانة في السوق السوداء بلغ خلال ____ الماضيين … …»',
        },
        answer: {
          value: 2,
          unit: 'week',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأشار إلى أن سعر الأسطوانة في السوق السوداء بلغ خلال الأسبوعين الماضيين 15 ألف ريال».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأشار إلى أن سعر الأسطوانة في السوق السوداء بلغ خلال الأسبوعين الماضيين 15 ألف ريال',
        },
      },
      {
        id: 'time-6-hour',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأشار إلى أن سعر الأسطوانة في السوق السوداء بلغ خلال … الماضيين …، وأن طوابير الانتظار امتدت لأكثر من ____ أمام بعض المحطات»',
        },
        answer: {
          value: 6,
          unit: 'hour',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأن طوابير الانتظار امتدت لأكثر من ست ساعات أمام بعض المحطات».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأن طوابير الانتظار امتدت لأكثر من ست ساعات أمام بعض المحطات.',
        },
      },
      {
        id: 'choice-people-1200000',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «ويبلغ عدد سكان عدن نحو ____ نسمة، بحسب تقديرات السلطة المحلية»',
        },
        choices: [
          {
            id: 'v1300000',
            text: {
              ar: '1.3 مليون',
            },
          },
          {
            id: 'v1400000',
            text: {
              ar: '1.4 مليون',
            },
          },
          {
            id: 'v1100000',
            text: {
              ar: '1.1 مليون',
            },
          },
          {
            id: 'v1200000',
            text: {
              ar: '1.2 مليون',
            },
          },
        ],
        answer: 'v1200000',
        explanation: {
          ar: 'جاء في المقال: «ويبلغ عدد سكان عدن نحو مليون و200 ألف نسمة».',
        },
        evidence: {
          paragraph: 4,
          quote: 'ويبلغ عدد سكان عدن نحو مليون و200 ألف نسمة',
        },
      },
      {
        id: 'percent-22',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «رفع سعر أسطوانة الغاز المنزلي من … إلى … يمني، بزيادة تقارب ____، بسبب ارتفاع تكاليف النقل من …»',
        },
        answer: {
          value: 22,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «رفع سعر أسطوانة الغاز المنزلي من 7800 ريال إلى 9500 ريال يمني، بزيادة تقارب 22 في المئة».',
        },
        evidence: {
          paragraph: 0,
          quote: 'رفع سعر أسطوانة الغاز المنزلي من 7800 ريال إلى 9500 ريال يمني، بزيادة تقارب 22 في المئة',
        },
      },
      {
        id: 'people-4500',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وإن ____ أسرة نازحة ستحصل على أسطوانة مدعومة بسعر … ريال»',
        },
        answer: {
          value: 4500,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وإن 4500 أسرة نازحة ستحصل على أسطوانة مدعومة بسعر 6000 ريال».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وإن 4500 أسرة نازحة ستحصل على أسطوانة مدعومة بسعر 6000 ريال',
        },
      },
      {
        id: 'money-6000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وإن … أسرة نازحة ستحصل على أسطوانة مدعومة بسعر ____»',
        },
        answer: {
          value: 6000,
          unit: 'YER',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وإن 4500 أسرة نازحة ستحصل على أسطوانة مدعومة بسعر 6000 ريال».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وإن 4500 أسرة نازحة ستحصل على أسطوانة مدعومة بسعر 6000 ريال',
        },
      },
      {
        id: 'time-4-day',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأضاف … أن شحنة من … من الغاز وصلت إلى ميناء الزيت في البريقة، وأن تفريغها سيستغرق ____»',
        },
        answer: {
          value: 4,
          unit: 'day',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأضاف باعبود أن شحنة من 3200 طن من الغاز وصلت إلى ميناء الزيت في البريقة، وأن تفريغها سيستغرق أربعة أيام».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأضاف باعبود أن شحنة من 3200 طن من الغاز وصلت إلى ميناء الزيت في البريقة، وأن تفريغها سيستغرق أربعة أيام',
        },
      },
      {
        id: 'money-15000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأشار إلى أن سعر الأسطوانة في السوق السوداء بلغ خلال … الماضيين ____»',
        },
        answer: {
          value: 15000,
          unit: 'YER',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأشار إلى أن سعر الأسطوانة في السوق السوداء بلغ خلال الأسبوعين الماضيين 15 ألف ريال».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأشار إلى أن سعر الأسطوانة في السوق السوداء بلغ خلال الأسبوعين الماضيين 15 ألف ريال',
        },
      },
      {
        id: 'false-count-85',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ قال مدير فرع الشركة في عدن إن الشركة ستوزع الأسطوانات عبر 58 وكيلا معتمدا في مديريات المحافظة.',
        },
        answer: false,
        explanation: {
          ar: 'العبارة خاطئة: جاء في المقال «إن الشركة ستوزع يوميا نحو 12 ألف أسطوانة عبر 85 وكيلا معتمدا في مديريات المحافظة الثماني»، لا 58 وكيلا.',
        },
        evidence: {
          paragraph: 1,
          quote: 'إن الشركة ستوزع يوميا نحو 12 ألف أسطوانة عبر 85 وكيلا معتمدا في مديريات المحافظة الثماني',
        },
      },
      {
        id: 'choose-shipment',
        type: 'multiple',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أي مما يلي جاء في المقال عن شحنة الغاز؟ اختر كل ما ينطبق.',
        },
        choices: [
          {
            id: 'c1',
            text: {
              ar: 'نقلت إلى ميناء البريقة',
            },
          },
          {
            id: 'c2',
            text: {
              ar: 'نقلت إلى ميناء المكلا',
            },
          },
          {
            id: 'c3',
            text: {
              ar: 'حمولتها آلاف الأطنان',
            },
          },
          {
            id: 'c4',
            text: {
              ar: 'حمولتها أقل من ألف طن',
            },
          },
        ],
        answer: ['c1', 'c3'],
        explanation: {
          ar: 'جاء في المقال: «وأضاف باعبود أن شحنة من 3200 طن من الغاز وصلت إلى ميناء الزيت في البريقة، وأن تفريغها سيستغرق أربعة أيام».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأضاف باعبود أن شحنة من 3200 طن من الغاز وصلت إلى ميناء الزيت في البريقة، وأن تفريغها سيستغرق أربعة أيام',
        },
      },
    ],
    articleText:
      'سعر أسطوانة الغاز المنزلي في عدن يرتفع إلى 9500 ريال\nأعلنت الشركة اليمنية للغاز في عدن يوم الأحد 16 نوفمبر 2025 رفع سعر أسطوانة الغاز المنزلي من 7800 ريال إلى 9500 ريال يمني، بزيادة تقارب 22 في المئة، بسبب ارتفاع تكاليف النقل من مأرب.\n\nوقال مدير فرع الشركة في عدن المهندس ناصر باعبود إن الشركة ستوزع يوميا نحو 12 ألف أسطوانة عبر 85 وكيلا معتمدا في مديريات المحافظة الثماني، وإن 4500 أسرة نازحة ستحصل على أسطوانة مدعومة بسعر 6000 ريال.\n\nوأضاف باعبود أن شحنة من 3200 طن من الغاز وصلت إلى ميناء الزيت في البريقة، وأن تفريغها سيستغرق أربعة أيام.\n\nوأشار إلى أن سعر الأسطوانة في السوق السوداء بلغ خلال الأسبوعين الماضيين 15 ألف ريال، وأن طوابير الانتظار امتدت لأكثر من ست ساعات أمام بعض المحطات.\n\nويبلغ عدد سكان عدن نحو مليون و200 ألف نسمة، بحسب تقديرات السلطة المحلية.',
  },
  'heat-sudan-ar': {
    id: 'muja-hr-tdrb-shmal-sudan-al-hrara',
    version: 1,
    lang: 'ar',
    title: {
      ar: 'موجة حر تضرب شمال السودان والحرارة تلامس 48 درجة',
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
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «حذرت الهيئة العامة للأرصاد الجوية من موجة حر تضرب ولايات ____ ونهر النيل والشمالية خلال الأيام … المقبلة، تتراوح فيها درجات الحرارة العظمى بين 45 و47 درجة مئوية»',
        },
        answer: {
          accepted: ['الخرطوم'],
        },
        explanation: {
          ar: 'جاء في المقال: «حذرت الهيئة العامة للأرصاد الجوية من موجة حر تضرب ولايات الخرطوم ونهر النيل والشمالية خلال الأيام الخمسة المقبلة».',
        },
        evidence: {
          paragraph: 0,
          quote: 'حذرت الهيئة العامة للأرصاد الجوية من موجة حر تضرب ولايات الخرطوم ونهر النيل والشمالية خلال الأيام الخمسة المقبلة',
        },
      },
      {
        id: 'time-5-day',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «حذرت الهيئة العامة للأرصاد الجوية من موجة حر تضرب ولايات … ونهر النيل والشمالية خلال الأيام ____ المقبلة، تتراوح فيها درجات الحرارة العظمى بين 45 و47 درجة مئوية»',
        },
        answer: {
          value: 5,
          unit: 'day',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «حذرت الهيئة العامة للأرصاد الجوية من موجة حر تضرب ولايات الخرطوم ونهر النيل والشمالية خلال الأيام الخمسة المقبلة».',
        },
        evidence: {
          paragraph: 0,
          quote: 'حذرت الهيئة العامة للأرصاد الجوية من موجة حر تضرب ولايات الخرطوم ونهر النيل والشمالية خلال الأيام الخمسة المقبلة',
        },
      },
      {
        id: 'who-2',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وقال مدير إدارة التنبؤات بالهيئة ____ إن أعلى درجة سجلت أمس كانت … درجة في مدينة …، التي تقع على بعد … شمال …، وإن درجة الحرارة الصغرى لن تقل عن … درجة ليلا»',
        },
        answer: {
          accepted: ['عبد الرحيم الطيب', 'عبدالرحيم الطيب', 'الطيب'],
        },
        explanation: {
          ar: 'جاء في المقال: «وقال مدير إدارة التنبؤات بالهيئة عبد الرحيم الطيب إن أعلى درجة سجلت أمس كانت 48.5 درجة في مدينة عطبرة، التي تقع على بعد 310 كيلومترات شمال الخرطوم، وإن درجة الحرارة الصغرى لن تقل عن 31 درجة ليلا».',
        },
        evidence: {
          paragraph: 1,
          quote:
            'وقال مدير إدارة التنبؤات بالهيئة عبد الرحيم الطيب إن أعلى درجة سجلت أمس كانت 48.5 درجة في مدينة عطبرة، التي تقع على بعد 310 كيلومترات شمال الخرطوم، وإن درجة الحرارة الصغرى لن تقل عن 31 درجة ليلا.',
        },
      },
      {
        id: 'choice-temperature-48-5',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وقال مدير إدارة التنبؤات بالهيئة … إن أعلى درجة سجلت أمس كانت ____ درجة في مدينة …، التي تقع على بعد … شمال …، وإن درجة الحرارة الصغرى لن تقل عن … درجة ليلا»',
        },
        choices: [
          {
            id: 'v38-5',
            text: {
              ar: '38.5',
            },
          },
          {
            id: 'v28-5',
            text: {
              ar: '28.5',
            },
          },
          {
            id: 'v48-5',
            text: {
              ar: '48.5',
            },
          },
          {
            id: 'v58-5',
            text: {
              ar: '58.5',
            },
          },
        ],
        answer: 'v48-5',
        explanation: {
          ar: 'جاء في المقال: «وقال مدير إدارة التنبؤات بالهيئة عبد الرحيم الطيب إن أعلى درجة سجلت أمس كانت 48.5 درجة في مدينة عطبرة، التي تقع على بعد 310 كيلومترات شمال الخرطوم، وإن درجة الحرارة الصغرى لن تقل عن 31 درجة ليلا».',
        },
        evidence: {
          paragraph: 1,
          quote:
            'وقال مدير إدارة التنبؤات بالهيئة عبد الرحيم الطيب إن أعلى درجة سجلت أمس كانت 48.5 درجة في مدينة عطبرة، التي تقع على بعد 310 كيلومترات شمال الخرطوم، وإن درجة الحرارة الصغرى لن تقل عن 31 درجة ليلا.',
        },
      },
      {
        id: 'volume-3',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «ونصحت وزارة الصحة المواطنين بتجنب الخروج في الشمس بين الحادية عشرة صباحا والرابعة عصرا، وشرب ما لا يقل عن ____ من الماء يوميا»',
        },
        answer: {
          value: 3,
          unit: 'litre',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وشرب ما لا يقل عن 3 لترات من الماء يوميا».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وشرب ما لا يقل عن 3 لترات من الماء يوميا.',
        },
      },
      {
        id: 'time-3-week',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأعلنت هيئة مياه ولاية … تشغيل محطة جديدة في بحري بعد أعمال صيانة استمرت ____ …»',
        },
        answer: {
          value: 3,
          unit: 'week',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأعلنت هيئة مياه ولاية الخرطوم تشغيل محطة جديدة في بحري بعد أعمال صيانة استمرت ثلاثة أسابيع».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأعلنت هيئة مياه ولاية الخرطوم تشغيل محطة جديدة في بحري بعد أعمال صيانة استمرت ثلاثة أسابيع',
        },
      },
      {
        id: 'choice-length-60',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وأعلنت هيئة مياه ولاية … تشغيل محطة جديدة في بحري بعد أعمال صيانة استمرت …، فيما تنقل الشاحنات المياه إلى قرى تبعد حتى ____ عن النيل في رحلة تستغرق …»',
        },
        choices: [
          {
            id: 'v30',
            text: {
              ar: '30 كيلومترا',
            },
          },
          {
            id: 'v50',
            text: {
              ar: '50 كيلومترا',
            },
          },
          {
            id: 'v40',
            text: {
              ar: '40 كيلومترا',
            },
          },
          {
            id: 'v60',
            text: {
              ar: '60 كيلومترا',
            },
          },
        ],
        answer: 'v60',
        explanation: {
          ar: 'جاء في المقال: «فيما تنقل الشاحنات المياه إلى قرى تبعد حتى 60 كيلومترا عن النيل في رحلة تستغرق ساعتين ونصف الساعة».',
        },
        evidence: {
          paragraph: 3,
          quote: 'فيما تنقل الشاحنات المياه إلى قرى تبعد حتى 60 كيلومترا عن النيل في رحلة تستغرق ساعتين ونصف الساعة.',
        },
      },
      {
        id: 'choice-date-20240500',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وكانت آخر موجة مماثلة قد ضربت البلاد في ____ واستمرت …»',
        },
        choices: [
          {
            id: 'v20240500',
            text: {
              ar: 'مايو 2024',
            },
          },
          {
            id: 'v20210500',
            text: {
              ar: 'مايو 2021',
            },
          },
          {
            id: 'v20230500',
            text: {
              ar: 'مايو 2023',
            },
          },
          {
            id: 'v20220500',
            text: {
              ar: 'مايو 2022',
            },
          },
        ],
        answer: 'v20240500',
        explanation: {
          ar: 'جاء في المقال: «وكانت آخر موجة مماثلة قد ضربت البلاد في مايو 2024 واستمرت 9 أيام».',
        },
        evidence: {
          paragraph: 4,
          quote: 'وكانت آخر موجة مماثلة قد ضربت البلاد في مايو 2024 واستمرت 9 أيام.',
        },
      },
      {
        id: 'true-time-9-day',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وكانت آخر موجة مماثلة قد ضربت البلاد في … واستمرت 9 أيام.',
        },
        answer: true,
        explanation: {
          ar: 'جاء في المقال: «وكانت آخر موجة مماثلة قد ضربت البلاد في مايو 2024 واستمرت 9 أيام».',
        },
        evidence: {
          paragraph: 4,
          quote: 'وكانت آخر موجة مماثلة قد ضربت البلاد في مايو 2024 واستمرت 9 أيام.',
        },
      },
      {
        id: 'where-atbara',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «إن أعلى درجة سجلت أمس كانت … درجة في مدينة ____، التي تقع على بعد … شمال …»',
        },
        answer: {
          accepted: ['عطبرة'],
        },
        explanation: {
          ar: 'جاء في المقال: «إن أعلى درجة سجلت أمس كانت 48.5 درجة في مدينة عطبرة، التي تقع على بعد 310 كيلومترات شمال الخرطوم».',
        },
        evidence: {
          paragraph: 1,
          quote: 'إن أعلى درجة سجلت أمس كانت 48.5 درجة في مدينة عطبرة، التي تقع على بعد 310 كيلومترات شمال الخرطوم',
        },
      },
      {
        id: 'length-310',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «في مدينة …، التي تقع على بعد ____ شمال …»',
        },
        answer: {
          value: 310,
          unit: 'kilometre',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «في مدينة عطبرة، التي تقع على بعد 310 كيلومترات شمال الخرطوم».',
        },
        evidence: {
          paragraph: 1,
          quote: 'في مدينة عطبرة، التي تقع على بعد 310 كيلومترات شمال الخرطوم',
        },
      },
      {
        id: 'temperature-31',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وإن درجة الحرارة الصغرى لن تقل عن ____ ليلا»',
        },
        answer: {
          value: 31,
          unit: 'celsius',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وإن درجة الحرارة الصغرى لن تقل عن 31 درجة ليلا».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وإن درجة الحرارة الصغرى لن تقل عن 31 درجة ليلا',
        },
      },
      {
        id: 'time-2-5-hour',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «فيما تنقل الشاحنات المياه إلى قرى تبعد حتى … عن النيل في رحلة تستغرق ____»',
        },
        answer: {
          value: 2.5,
          unit: 'hour',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «فيما تنقل الشاحنات المياه إلى قرى تبعد حتى 60 كيلومترا عن النيل في رحلة تستغرق ساعتين ونصف الساعة».',
        },
        evidence: {
          paragraph: 3,
          quote: 'فيما تنقل الشاحنات المياه إلى قرى تبعد حتى 60 كيلومترا عن النيل في رحلة تستغرق ساعتين ونصف الساعة',
        },
      },
      {
        id: 'false-time-3-week',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ استمرت أعمال صيانة محطة المياه الجديدة في بحري أسبوعين.',
        },
        answer: false,
        explanation: {
          ar: 'العبارة خاطئة: جاء في المقال «وأعلنت هيئة مياه ولاية الخرطوم تشغيل محطة جديدة في بحري بعد أعمال صيانة استمرت ثلاثة أسابيع»، لا أسبوعين.',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأعلنت هيئة مياه ولاية الخرطوم تشغيل محطة جديدة في بحري بعد أعمال صيانة استمرت ثلاثة أسابيع',
        },
      },
      {
        id: 'choose-advice',
        type: 'multiple',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'بماذا نصحت وزارة الصحة المواطنين بحسب المقال؟ اختر كل ما ينطبق.',
        },
        choices: [
          {
            id: 'c1',
            text: {
              ar: 'البقاء بعيدا عن الشمس وقت الظهيرة',
            },
          },
          {
            id: 'c2',
            text: {
              ar: 'الاستحمام مرتين يوميا',
            },
          },
          {
            id: 'c3',
            text: {
              ar: 'الإكثار من شرب الماء',
            },
          },
          {
            id: 'c4',
            text: {
              ar: 'السفر إلى الساحل',
            },
          },
        ],
        answer: ['c1', 'c3'],
        explanation: {
          ar: 'جاء في المقال: «ونصحت وزارة الصحة المواطنين بتجنب الخروج في الشمس بين الحادية عشرة صباحا والرابعة عصرا، وشرب ما لا يقل عن 3 لترات من الماء يوميا».',
        },
        evidence: {
          paragraph: 2,
          quote: 'ونصحت وزارة الصحة المواطنين بتجنب الخروج في الشمس بين الحادية عشرة صباحا والرابعة عصرا، وشرب ما لا يقل عن 3 لترات من الماء يوميا',
        },
      },
    ],
    articleText:
      'موجة حر تضرب شمال السودان والحرارة تلامس 48 درجة\nحذرت الهيئة العامة للأرصاد الجوية من موجة حر تضرب ولايات الخرطوم ونهر النيل والشمالية خلال الأيام الخمسة المقبلة، تتراوح فيها درجات الحرارة العظمى بين 45 و47 درجة مئوية.\n\nوقال مدير إدارة التنبؤات بالهيئة عبد الرحيم الطيب إن أعلى درجة سجلت أمس كانت 48.5 درجة في مدينة عطبرة، التي تقع على بعد 310 كيلومترات شمال الخرطوم، وإن درجة الحرارة الصغرى لن تقل عن 31 درجة ليلا.\n\nونصحت وزارة الصحة المواطنين بتجنب الخروج في الشمس بين الحادية عشرة صباحا والرابعة عصرا، وشرب ما لا يقل عن 3 لترات من الماء يوميا.\n\nوأعلنت هيئة مياه ولاية الخرطوم تشغيل محطة جديدة في بحري بعد أعمال صيانة استمرت ثلاثة أسابيع، فيما تنقل الشاحنات المياه إلى قرى تبعد حتى 60 كيلومترا عن النيل في رحلة تستغرق ساعتين ونصف الساعة.\n\nوكانت آخر موجة مماثلة قد ضربت البلاد في مايو 2024 واستمرت 9 أيام.',
  },
  'water-metro-en': {
    id: 'kochi-water-metro-ridership-grows-as',
    version: 1,
    lang: 'en',
    title: {
      en: 'Kochi Water Metro ridership grows as Kerala clears second phase',
    },
    source: {
      name: 'Pasted text',
    },
    article: 'article.en.txt',
    questions: [
      {
        id: 'count-3000000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "Fill in the blank from the article: “Kochi's electric Water Metro has carried more than ____ passengers since its launch in …, its managing director … said on Thursday, adding that ridership had grown … over the past year”",
        },
        answer: {
          value: 3000000,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          en: "The article says: “Kochi's electric Water Metro has carried more than 30 lakh passengers since its launch in April 2023”.",
        },
        evidence: {
          paragraph: 0,
          quote: "Kochi's electric Water Metro has carried more than 30 lakh passengers since its launch in April 2023",
        },
      },
      {
        id: 'choice-date-20230400',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "Which fills the blank, according to the article? “Kochi's electric Water Metro has carried more than … passengers since its launch in ____, its managing director … said on Thursday, adding that ridership had grown … over the past year”",
        },
        choices: [
          {
            id: 'v20190400',
            text: {
              en: 'April 2019',
            },
          },
          {
            id: 'v20170400',
            text: {
              en: 'April 2017',
            },
          },
          {
            id: 'v20230400',
            text: {
              en: 'April 2023',
            },
          },
          {
            id: 'v20210400',
            text: {
              en: 'April 2021',
            },
          },
        ],
        answer: 'v20230400',
        explanation: {
          en: "The article says: “Kochi's electric Water Metro has carried more than 30 lakh passengers since its launch in April 2023”.",
        },
        evidence: {
          paragraph: 0,
          quote: "Kochi's electric Water Metro has carried more than 30 lakh passengers since its launch in April 2023",
        },
      },
      {
        id: 'count-10',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The service, which links ____ islands with the mainland, now runs … electric boats on eight routes”',
        },
        answer: {
          value: 10,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “The service, which links 10 islands with the mainland, now runs 19 electric boats on eight routes”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'The service, which links 10 islands with the mainland, now runs 19 electric boats on eight routes.',
        },
      },
      {
        id: 'choice-count-19',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Which fills the blank, according to the article? “The service, which links … islands with the mainland, now runs ____ electric boats on eight routes”',
        },
        choices: [
          {
            id: 'v19',
            text: {
              en: '19',
            },
          },
          {
            id: 'v29',
            text: {
              en: '29',
            },
          },
          {
            id: 'v24',
            text: {
              en: '24',
            },
          },
          {
            id: 'v34',
            text: {
              en: '34',
            },
          },
        ],
        answer: 'v19',
        explanation: {
          en: 'The article says: “The service, which links 10 islands with the mainland, now runs 19 electric boats on eight routes”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'The service, which links 10 islands with the mainland, now runs 19 electric boats on eight routes.',
        },
      },
      {
        id: 'choice-count-15',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Which fills the blank, according to the article? “… said the state government had approved … for the second phase, which will add ____ terminals and … boats over the next four years”',
        },
        choices: [
          {
            id: 'v9',
            text: {
              en: '9',
            },
          },
          {
            id: 'v11',
            text: {
              en: '11',
            },
          },
          {
            id: 'v13',
            text: {
              en: '13',
            },
          },
          {
            id: 'v15',
            text: {
              en: '15',
            },
          },
        ],
        answer: 'v15',
        explanation: {
          en: 'The article says: “Menon said the state government had approved Rs 1,136 crore for the second phase, which will add 15 terminals”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'Menon said the state government had approved Rs 1,136 crore for the second phase, which will add 15 terminals',
        },
      },
      {
        id: 'false-count-38',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'True or false, according to the article? … said the state government had approved … for the second phase, which will add … terminals and 18 boats over the next four years.',
        },
        answer: false,
        explanation: {
          en: 'False: the article says “38 boats over the next four years”, not 18.',
        },
        evidence: {
          paragraph: 2,
          quote: '38 boats over the next four years.',
        },
      },
      {
        id: 'choice-count-100',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Which fills the blank, according to the article? “Each boat, built by Cochin Shipyard, costs about … and can carry ____ passengers”',
        },
        choices: [
          {
            id: 'v300',
            text: {
              en: '300',
            },
          },
          {
            id: 'v400',
            text: {
              en: '400',
            },
          },
          {
            id: 'v100',
            text: {
              en: '100',
            },
          },
          {
            id: 'v200',
            text: {
              en: '200',
            },
          },
        ],
        answer: 'v100',
        explanation: {
          en: 'The article says: “costs about Rs 7.6 crore and can carry 100 passengers”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'costs about Rs 7.6 crore and can carry 100 passengers.',
        },
      },
      {
        id: 'percent-78',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “Fare revenue rose to … in the last financial year, up from Rs 9 crore, and ticket sales now cover ____ of operating costs, she said”',
        },
        answer: {
          value: 78,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “and ticket sales now cover 78% of operating costs”.',
        },
        evidence: {
          paragraph: 3,
          quote: 'and ticket sales now cover 78% of operating costs',
        },
      },
      {
        id: 'choice-time-20-minute',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Which fills the blank, according to the article? “The crossing from the High Court terminal to Vypin takes about ____”',
        },
        choices: [
          {
            id: 'v30',
            text: {
              en: '30 minutes',
            },
          },
          {
            id: 'v40',
            text: {
              en: '40 minutes',
            },
          },
          {
            id: 'v50',
            text: {
              en: '50 minutes',
            },
          },
          {
            id: 'v20',
            text: {
              en: '20 minutes',
            },
          },
        ],
        answer: 'v20',
        explanation: {
          en: 'The article says: “The crossing from the High Court terminal to Vypin takes about 20 minutes”.',
        },
        evidence: {
          paragraph: 3,
          quote: 'The crossing from the High Court terminal to Vypin takes about 20 minutes.',
        },
      },
      {
        id: 'who-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "Fill in the blank with the name the article gives: “Kochi's electric Water Metro has carried more than … passengers since its launch in …, its managing director ____ said on Thursday”",
        },
        answer: {
          accepted: ['Anitha Menon', 'Menon'],
        },
        explanation: {
          en: "The article says: “Kochi's electric Water Metro has carried more than 30 lakh passengers since its launch in April 2023, its managing director Anitha Menon said on Thursday”.",
        },
        evidence: {
          paragraph: 0,
          quote:
            "Kochi's electric Water Metro has carried more than 30 lakh passengers since its launch in April 2023, its managing director Anitha Menon said on Thursday",
        },
      },
      {
        id: 'percent-42',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “… said on Thursday, adding that ridership had grown ____ over the past year”',
        },
        answer: {
          value: 42,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “its managing director Anitha Menon said on Thursday, adding that ridership had grown 42% over the past year”.',
        },
        evidence: {
          paragraph: 0,
          quote: 'its managing director Anitha Menon said on Thursday, adding that ridership had grown 42% over the past year',
        },
      },
      {
        id: 'money-600',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “A single journey costs between … and …, and a monthly pass is priced at ____”',
        },
        answer: {
          value: 600,
          unit: 'INR',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “A single journey costs between Rs 20 and Rs 40, and a monthly pass is priced at Rs 600”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'A single journey costs between Rs 20 and Rs 40, and a monthly pass is priced at Rs 600',
        },
      },
      {
        id: 'money-11360000000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “… said the state government had approved ____ for the second phase, which will add … terminals and … boats over the next … years”',
        },
        answer: {
          value: 11360000000,
          unit: 'INR',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “Menon said the state government had approved Rs 1,136 crore for the second phase”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'Menon said the state government had approved Rs 1,136 crore for the second phase',
        },
      },
      {
        id: 'time-4-year',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “which will add … terminals and … boats over the next ____”',
        },
        answer: {
          value: 4,
          unit: 'year',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “which will add 15 terminals and 38 boats over the next four years”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'which will add 15 terminals and 38 boats over the next four years',
        },
      },
      {
        id: 'money-76000000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “Each boat, built by Cochin Shipyard, costs about ____ and can carry … passengers”',
        },
        answer: {
          value: 76000000,
          unit: 'INR',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “Each boat, built by Cochin Shipyard, costs about Rs 7.6 crore and can carry 100 passengers”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'Each boat, built by Cochin Shipyard, costs about Rs 7.6 crore and can carry 100 passengers',
        },
      },
      {
        id: 'money-145000000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “Fare revenue rose to ____ in the last financial year, up from …”',
        },
        answer: {
          value: 145000000,
          unit: 'INR',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “Fare revenue rose to Rs 14.5 crore in the last financial year, up from Rs 9 crore”.',
        },
        evidence: {
          paragraph: 3,
          quote: 'Fare revenue rose to Rs 14.5 crore in the last financial year, up from Rs 9 crore',
        },
      },
      {
        id: 'true-money-9',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'True or false, according to the article? Fare revenue in the year before the last financial year was Rs 9 crore.',
        },
        answer: true,
        explanation: {
          en: 'True: the article says “Fare revenue rose to Rs 14.5 crore in the last financial year, up from Rs 9 crore”.',
        },
        evidence: {
          paragraph: 3,
          quote: 'Fare revenue rose to Rs 14.5 crore in the last financial year, up from Rs 9 crore',
        },
      },
      {
        id: 'choose-boats',
        type: 'multiple',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Which of these does the article say about the Water Metro’s boats? Choose all that apply.',
        },
        choices: [
          {
            id: 'c1',
            text: {
              en: 'They are built by a shipyard in Kochi',
            },
          },
          {
            id: 'c2',
            text: {
              en: 'They were bought from Norway',
            },
          },
          {
            id: 'c3',
            text: {
              en: 'Each costs crores of rupees',
            },
          },
          {
            id: 'c4',
            text: {
              en: 'Each carries a thousand passengers',
            },
          },
        ],
        answer: ['c1', 'c3'],
        explanation: {
          en: 'The article says: “Each boat, built by Cochin Shipyard, costs about Rs 7.6 crore and can carry 100 passengers”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'Each boat, built by Cochin Shipyard, costs about Rs 7.6 crore and can carry 100 passengers',
        },
      },
    ],
    articleText:
      "Kochi Water Metro ridership grows as Kerala clears second phase\nKochi's electric Water Metro has carried more than 30 lakh passengers since its launch in April 2023, its managing director Anitha Menon said on Thursday, adding that ridership had grown 42% over the past year.\n\nThe service, which links 10 islands with the mainland, now runs 19 electric boats on eight routes. A single journey costs between Rs 20 and Rs 40, and a monthly pass is priced at Rs 600.\n\nMenon said the state government had approved Rs 1,136 crore for the second phase, which will add 15 terminals and 38 boats over the next four years. Each boat, built by Cochin Shipyard, costs about Rs 7.6 crore and can carry 100 passengers.\n\nFare revenue rose to Rs 14.5 crore in the last financial year, up from Rs 9 crore, and ticket sales now cover 78% of operating costs, she said. The crossing from the High Court terminal to Vypin takes about 20 minutes.",
  },
}
