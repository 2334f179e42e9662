import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Four more articles nobody on the team tuned the grader on (invented news, realistic in form: a
 * school exam results story and a train derailment in Arabic; a clinical trial and a wildlife census
 * in English), with the quizzes `draftQuiz` made of them on 2 December 2026, frozen (so that the
 * grader's tests do not move when the drafter does). tests/core/grade-readers.test.ts types real
 * readers' answers to them.
 */
export const READERS_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'exams-ar',
    lang: 'ar',
    text: 'نسبة النجاح في الثانوية العامة 81.5% والطالبة مريم السيد الأولى على الجمهورية\n\nالقاهرة - (أ ش أ):\nأعلن وزير التربية والتعليم هشام عبد الحميد، يوم الأحد 27 يوليو 2025، نتيجة امتحانات الثانوية العامة، مؤكدًا أن نسبة النجاح بلغت 81.5 في المئة، مقابل 78.8 في المئة العام الماضي.\n\nوأوضح الوزير، في مؤتمر صحفي بمقر الوزارة في العاصمة الإدارية الجديدة، أن عدد الطلاب الذين أدوا الامتحانات بلغ 745 ألف طالب وطالبة، نجح منهم نحو 607 آلاف، فيما يحق لنحو 96 ألف طالب دخول امتحانات الدور الثاني التي تبدأ في 16 أغسطس.\n\nوحصلت الطالبة مريم أحمد السيد من محافظة أسيوط على المركز الأول في الشعبة العلمية بمجموع 409 درجات من 410، بينما تصدر الطالب يوسف خالد عبد الرحمن من الإسكندرية الشعبة الأدبية بمجموع 406 درجات.\n\nوضمت قائمة الأوائل 33 طالبًا وطالبة من 14 محافظة، بينهم 9 طلاب من مدارس المتفوقين في العلوم والتكنولوجيا. وقال الوزير إن الامتحانات جرت في 1,900 لجنة على مدى 18 يومًا، وإن أعمال التصحيح شارك فيها نحو 40 ألف مصحح.\n\nوأشار رئيس امتحانات الثانوية العامة عادل الشناوي إلى ضبط 312 حالة غش إلكتروني باستخدام الهواتف المحمولة، وحرمان أصحابها من دخول الامتحانات لمدة عامين.\n\nويبدأ تنسيق القبول بالجامعات الحكومية في 3 أغسطس، ويتوقع المجلس الأعلى للجامعات أن يكون الحد الأدنى لكليات الطب نحو 93 في المئة. وتبلغ رسوم التظلم من النتيجة 100 جنيه عن كل مادة، وتستمر فترة التظلمات أسبوعين.\n',
  },
  {
    name: 'train-ar',
    lang: 'ar',
    text: 'مقتل 7 أشخاص وإصابة 54 في خروج قطار عن السكة جنوب غربي تونس\n\nتونس - (وات):\nلقي 7 أشخاص حتفهم وأصيب 54 آخرون، صباح الخميس 6 مارس 2025، إثر خروج قطار ركاب عن السكة قرب مدينة قفصة جنوب غربي تونس، وفق ما أعلنت وزارة الصحة.\n\nوقال المتحدث باسم الحماية المدنية معز الحمروني إن القطار، الذي كان يقل نحو 320 راكبًا في رحلته من العاصمة إلى المتلوي، انحرفت ثلاث من عرباته الست عن السكة على بعد 12 كيلومترًا من محطة قفصة. وأضاف أن فرق الإنقاذ استخدمت معدات ثقيلة لإخراج العالقين، وأن عمليات البحث استمرت 5 ساعات.\n\nونُقل المصابون إلى المستشفى الجامعي في قفصة، بينهم 11 في حالة حرجة نُقل ثلاثة منهم بطائرة مروحية إلى العاصمة. وأعلن المستشفى حاجته العاجلة إلى التبرع بالدم، فتوافد أكثر من 400 متبرع خلال ساعات.\n\nوقالت الشركة الوطنية للسكك الحديدية إن القطار كان يسير بسرعة 85 كيلومترًا في الساعة، في حين لا تتجاوز السرعة المسموح بها في ذلك المقطع 60 كيلومترًا في الساعة. وأمر وزير النقل سمير الدريدي بفتح تحقيق، وأوقف سائق القطار ومساعده عن العمل.\n\nويبلغ طول شبكة السكك الحديدية في تونس نحو 2,200 كيلومتر، يعود أكثر من نصفها إلى ما قبل عام 1956. وكانت الحكومة قد أعلنت العام الماضي خطة لتجديد 470 كيلومترًا من السكك بكلفة 1.3 مليار دينار.\n\nوهذا أسوأ حادث قطار تشهده البلاد منذ عام 2016، حين قُتل 5 أشخاص في اصطدام قطار بحافلة في بئر بورقبة.\n',
  },
  {
    name: 'insulin-en',
    lang: 'en',
    text: 'Weekly insulin shot controls blood sugar as well as daily doses, trial of 1,800 patients finds\n\nLONDON, June 23 (Reuters) - A once-a-week insulin injection controlled blood sugar as well as daily shots in people with type 2 diabetes, and halved the number of dangerous low-sugar episodes, according to a trial published on Monday in The Lancet.\n\nThe study followed 1,800 adults in 11 countries for 52 weeks. Half received the weekly insulin, called corvaglin, and half a daily dose of insulin glargine. The average HbA1c, a measure of blood sugar over about three months, fell by 1.3 percentage points in the weekly group, from 8.2% to 6.9%, compared with 1.2 points in the daily group.\n\nSevere hypoglycaemia, when blood sugar drops so low that a patient needs help, occurred in 14 patients on the weekly shot against 29 on daily insulin. Patients on the weekly dose gained an average of 2.1 kilograms, about the same as those on daily shots.\n\n"For many patients, the hardest part of insulin is the routine," said lead author Priya Raman, an endocrinologist at King\'s College Hospital in London. "Going from 365 injections a year to 52 could change that."\n\nThe trial was funded by the drugmaker Norlen Pharma, which has asked regulators in the United States and Europe to approve the treatment. A decision from the US Food and Drug Administration is expected by March 2026. The company did not say what the weekly insulin would cost; a month\'s supply of daily glargine costs about $35 in the US under a price cap.\n\nAbout 537 million adults worldwide live with diabetes, according to the International Diabetes Federation. Thomas Becker of the University of Munich, who was not involved in the study, said the results were "solid" but that longer studies were needed to rule out rare side effects.\n',
  },
  {
    name: 'tigers-en',
    lang: 'en',
    text: 'Nepal\'s wild tiger count rises to 412, more than tripling since 2010\n\nKATHMANDU, July 29 (AP) - Nepal now has 412 wild tigers, up from 355 in 2022 and 121 in 2010, the government said on Monday, International Tiger Day, making it one of the few countries to have met a global pledge to double the number of the big cats.\n\nThe count was carried out over 18 months by about 700 staff and volunteers, who set up 1,650 camera traps across five national parks and the forests between them, covering some 18,900 square kilometres. The cameras took more than 4 million photographs, and each tiger was identified by its unique stripe pattern.\n\nChitwan National Park, south-west of Kathmandu, remains home to the largest population, with 138 tigers, while Bardiya National Park in the west has 125. The survey also found tigers at an altitude of 3,165 metres in the eastern hills, the highest ever recorded in the country.\n\n"This is a success for conservation, but it brings new challenges," said Forest Minister Ram Bahadur Thapa. Tigers have killed 42 people in Nepal since 2019, most of them villagers collecting grass and firewood at the edge of parks, and farmers say the animals also take hundreds of cattle every year.\n\nThe government pays up to 1 million rupees, about 7,500 dollars, to the families of people killed by wildlife. Conservation groups, including WWF Nepal, have called for more fences and early-warning systems, while some lawmakers have proposed moving 15 to 20 tigers to India.\n\nWorldwide, about 5,500 tigers remain in the wild, according to the International Union for Conservation of Nature, down from an estimated 100,000 a century ago.\n',
  },
]

/** Each article's draft (`draftQuiz(text).quiz`), without its choice questions, by article name. */
export const READERS_QUIZZES: Record<string, Record<string, unknown> & { articleText: string }> = {
  'exams-ar': {
    id: 'draft-4f8b3f7f',
    version: 1,
    lang: 'ar',
    title: {
      ar: 'نسبة النجاح في الثانوية العامة 81.5% والطالبة مريم السيد الأولى على الجمهورية',
    },
    source: {
      name: 'نص مُلصق',
    },
    article: 'article.ar.txt',
    questions: [
      {
        id: 'date-20250727',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «أعلن وزير التربية والتعليم هشام عبد الحميد، يوم الأحد ____، نتيجة امتحانات الثانوية العامة …»',
        },
        answer: {
          value: 20250727,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «أعلن وزير التربية والتعليم هشام عبد الحميد، يوم الأحد 27 يوليو 2025، نتيجة امتحانات الثانوية العامة، مؤكدًا أن نسبة النجاح بلغت 81.5 في المئة، مقابل 78.8 في المئة العام الماضي».',
        },
        evidence: {
          paragraph: 0,
          quote:
            'أعلن وزير التربية والتعليم هشام عبد الحميد، يوم الأحد 27 يوليو 2025، نتيجة امتحانات الثانوية العامة، مؤكدًا أن نسبة النجاح بلغت 81.5 في المئة، مقابل 78.8 في المئة العام الماضي.',
        },
      },
      {
        id: 'true-percent-78-8',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ أعلن وزير التربية والتعليم هشام عبد الحميد، يوم الأحد …، نتيجة امتحانات الثانوية العامة، مؤكدًا أن نسبة النجاح بلغت …، مقابل 78.8 في المئة العام الماضي.',
        },
        answer: true,
        explanation: {
          ar: 'جاء في المقال: «مقابل 78.8 في المئة العام الماضي».',
        },
        evidence: {
          paragraph: 0,
          quote: 'مقابل 78.8 في المئة العام الماضي.',
        },
      },
      {
        id: 'people-745000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأوضح الوزير، في مؤتمر صحفي بمقر الوزارة في العاصمة الإدارية الجديدة، أن عدد الطلاب الذين أدوا الامتحانات بلغ ____ طالب وطالبة، نجح …»',
        },
        answer: {
          value: 745000,
          unit: 'person',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «أن عدد الطلاب الذين أدوا الامتحانات بلغ 745 ألف طالب وطالبة».',
        },
        evidence: {
          paragraph: 1,
          quote: 'أن عدد الطلاب الذين أدوا الامتحانات بلغ 745 ألف طالب وطالبة',
        },
      },
      {
        id: 'people-96000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «… يحق لنحو ____ طالب دخول امتحانات الدور الثاني التي تبدأ في …»',
        },
        answer: {
          value: 96000,
          unit: 'person',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «فيما يحق لنحو 96 ألف طالب دخول امتحانات الدور الثاني التي تبدأ في 16 أغسطس».',
        },
        evidence: {
          paragraph: 1,
          quote: 'فيما يحق لنحو 96 ألف طالب دخول امتحانات الدور الثاني التي تبدأ في 16 أغسطس.',
        },
      },
      {
        id: 'where-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وحصلت الطالبة مريم أحمد السيد من محافظة ____ على المركز الأول في الشعبة العلمية بمجموع … درجات من … …»',
        },
        answer: {
          accepted: ['أسيوط'],
        },
        explanation: {
          ar: 'جاء في المقال: «وحصلت الطالبة مريم أحمد السيد من محافظة أسيوط على المركز الأول في الشعبة العلمية بمجموع 409 درجات من 410».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وحصلت الطالبة مريم أحمد السيد من محافظة أسيوط على المركز الأول في الشعبة العلمية بمجموع 409 درجات من 410',
        },
      },
      {
        id: 'count-409',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وحصلت الطالبة مريم أحمد السيد من محافظة … على المركز الأول في الشعبة العلمية بمجموع ____ درجات من … …»',
        },
        answer: {
          value: 409,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وحصلت الطالبة مريم أحمد السيد من محافظة أسيوط على المركز الأول في الشعبة العلمية بمجموع 409 درجات من 410».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وحصلت الطالبة مريم أحمد السيد من محافظة أسيوط على المركز الأول في الشعبة العلمية بمجموع 409 درجات من 410',
        },
      },
      {
        id: 'count-406',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وحصلت الطالبة مريم أحمد السيد من محافظة … على المركز الأول في الشعبة العلمية بمجموع … درجات من …، بينما تصدر الطالب يوسف خالد عبد الرحمن من الإسكندرية الشعبة الأدبية بمجموع ____ درجات»',
        },
        answer: {
          value: 406,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «بينما تصدر الطالب يوسف خالد عبد الرحمن من الإسكندرية الشعبة الأدبية بمجموع 406 درجات».',
        },
        evidence: {
          paragraph: 2,
          quote: 'بينما تصدر الطالب يوسف خالد عبد الرحمن من الإسكندرية الشعبة الأدبية بمجموع 406 درجات.',
        },
      },
      {
        id: 'false-count-14',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وضمت قائمة الأوائل … طالبًا وطالبة من 13 محافظة، بينهم … طلاب من مدارس المتفوقين في العلوم والتكنولوجيا.',
        },
        answer: false,
        explanation: {
          ar: 'العبارة خاطئة: جاء في المقال «وضمت قائمة الأوائل 33 طالبًا وطالبة من 14 محافظة»، لا 13.',
        },
        evidence: {
          paragraph: 3,
          quote: 'وضمت قائمة الأوائل 33 طالبًا وطالبة من 14 محافظة',
        },
      },
      {
        id: 'people-9',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وضمت قائمة الأوائل … طالبًا وطالبة من … محافظة، بينهم ____ طلاب من مدارس المتفوقين في العلوم والتكنولوجيا»',
        },
        answer: {
          value: 9,
          unit: 'person',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «بينهم 9 طلاب من مدارس المتفوقين في العلوم والتكنولوجيا».',
        },
        evidence: {
          paragraph: 3,
          quote: 'بينهم 9 طلاب من مدارس المتفوقين في العلوم والتكنولوجيا.',
        },
      },
      {
        id: 'time-18-day',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وقال الوزير إن الامتحانات جرت في … لجنة على مدى ____ …»',
        },
        answer: {
          value: 18,
          unit: 'day',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وقال الوزير إن الامتحانات جرت في 1,900 لجنة على مدى 18 يومًا».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وقال الوزير إن الامتحانات جرت في 1,900 لجنة على مدى 18 يومًا',
        },
      },
      {
        id: 'true-count-312',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وأشار رئيس امتحانات الثانوية العامة عادل الشناوي إلى ضبط 312 حالة غش إلكتروني باستخدام الهواتف المحمولة، وحرمان أصحابها من دخول الامتحانات لمدة ….',
        },
        answer: true,
        explanation: {
          ar: 'جاء في المقال: «وأشار رئيس امتحانات الثانوية العامة عادل الشناوي إلى ضبط 312 حالة غش إلكتروني باستخدام الهواتف المحمولة».',
        },
        evidence: {
          paragraph: 4,
          quote: 'وأشار رئيس امتحانات الثانوية العامة عادل الشناوي إلى ضبط 312 حالة غش إلكتروني باستخدام الهواتف المحمولة',
        },
      },
      {
        id: 'time-2-year',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأشار رئيس امتحانات الثانوية العامة عادل الشناوي إلى ضبط … حالة غش إلكتروني باستخدام الهواتف المحمولة، وحرمان أصحابها من دخول الامتحانات لمدة ____»',
        },
        answer: {
          value: 2,
          unit: 'year',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وحرمان أصحابها من دخول الامتحانات لمدة عامين».',
        },
        evidence: {
          paragraph: 4,
          quote: 'وحرمان أصحابها من دخول الامتحانات لمدة عامين.',
        },
      },
      {
        id: 'percent-93',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «ويبدأ تنسيق القبول بالجامعات الحكومية في …، ويتوقع المجلس الأعلى للجامعات أن يكون الحد الأدنى لكليات الطب نحو ____»',
        },
        answer: {
          value: 93,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «ويتوقع المجلس الأعلى للجامعات أن يكون الحد الأدنى لكليات الطب نحو 93 في المئة».',
        },
        evidence: {
          paragraph: 5,
          quote: 'ويتوقع المجلس الأعلى للجامعات أن يكون الحد الأدنى لكليات الطب نحو 93 في المئة.',
        },
      },
      {
        id: 'time-2-week',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وتبلغ رسوم التظلم من النتيجة … عن كل مادة، وتستمر فترة التظلمات ____»',
        },
        answer: {
          value: 2,
          unit: 'week',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وتستمر فترة التظلمات أسبوعين».',
        },
        evidence: {
          paragraph: 5,
          quote: 'وتستمر فترة التظلمات أسبوعين.',
        },
      },
    ],
    articleText:
      'نسبة النجاح في الثانوية العامة 81.5% والطالبة مريم السيد الأولى على الجمهورية\nأعلن وزير التربية والتعليم هشام عبد الحميد، يوم الأحد 27 يوليو 2025، نتيجة امتحانات الثانوية العامة، مؤكدًا أن نسبة النجاح بلغت 81.5 في المئة، مقابل 78.8 في المئة العام الماضي.\n\nوأوضح الوزير، في مؤتمر صحفي بمقر الوزارة في العاصمة الإدارية الجديدة، أن عدد الطلاب الذين أدوا الامتحانات بلغ 745 ألف طالب وطالبة، نجح منهم نحو 607 آلاف، فيما يحق لنحو 96 ألف طالب دخول امتحانات الدور الثاني التي تبدأ في 16 أغسطس.\n\nوحصلت الطالبة مريم أحمد السيد من محافظة أسيوط على المركز الأول في الشعبة العلمية بمجموع 409 درجات من 410، بينما تصدر الطالب يوسف خالد عبد الرحمن من الإسكندرية الشعبة الأدبية بمجموع 406 درجات.\n\nوضمت قائمة الأوائل 33 طالبًا وطالبة من 14 محافظة، بينهم 9 طلاب من مدارس المتفوقين في العلوم والتكنولوجيا. وقال الوزير إن الامتحانات جرت في 1,900 لجنة على مدى 18 يومًا، وإن أعمال التصحيح شارك فيها نحو 40 ألف مصحح.\n\nوأشار رئيس امتحانات الثانوية العامة عادل الشناوي إلى ضبط 312 حالة غش إلكتروني باستخدام الهواتف المحمولة، وحرمان أصحابها من دخول الامتحانات لمدة عامين.\n\nويبدأ تنسيق القبول بالجامعات الحكومية في 3 أغسطس، ويتوقع المجلس الأعلى للجامعات أن يكون الحد الأدنى لكليات الطب نحو 93 في المئة. وتبلغ رسوم التظلم من النتيجة 100 جنيه عن كل مادة، وتستمر فترة التظلمات أسبوعين.',
  },
  'train-ar': {
    id: 'draft-ca586ebe',
    version: 1,
    lang: 'ar',
    title: {
      ar: 'مقتل 7 أشخاص وإصابة 54 في خروج قطار عن السكة جنوب غربي تونس',
    },
    source: {
      name: 'نص مُلصق',
    },
    article: 'article.ar.txt',
    questions: [
      {
        id: 'date-20250306',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «لقي … أشخاص حتفهم وأصيب … آخرون، صباح الخميس ____ …»',
        },
        answer: {
          value: 20250306,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «لقي 7 أشخاص حتفهم وأصيب 54 آخرون، صباح الخميس 6 مارس 2025، إثر خروج قطار ركاب عن السكة قرب مدينة قفصة جنوب غربي تونس، وفق ما أعلنت وزارة الصحة».',
        },
        evidence: {
          paragraph: 0,
          quote:
            'لقي 7 أشخاص حتفهم وأصيب 54 آخرون، صباح الخميس 6 مارس 2025، إثر خروج قطار ركاب عن السكة قرب مدينة قفصة جنوب غربي تونس، وفق ما أعلنت وزارة الصحة.',
        },
      },
      {
        id: 'where-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «لقي … أشخاص حتفهم وأصيب … آخرون، صباح الخميس …، إثر خروج قطار ركاب عن السكة قرب مدينة ____ تونس، وفق ما أعلنت وزارة الصحة»',
        },
        answer: {
          accepted: ['قفصة جنوب غربي'],
        },
        explanation: {
          ar: 'جاء في المقال: «إثر خروج قطار ركاب عن السكة قرب مدينة قفصة جنوب غربي تونس».',
        },
        evidence: {
          paragraph: 0,
          quote: 'إثر خروج قطار ركاب عن السكة قرب مدينة قفصة جنوب غربي تونس',
        },
      },
      {
        id: 'who-2',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وقال المتحدث باسم الحماية المدنية ____ إن القطار …»',
        },
        answer: {
          accepted: ['معز الحمروني', 'الحمروني'],
        },
        explanation: {
          ar: 'جاء في المقال: «وقال المتحدث باسم الحماية المدنية معز الحمروني إن القطار».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وقال المتحدث باسم الحماية المدنية معز الحمروني إن القطار',
        },
      },
      {
        id: 'count-3',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وقال المتحدث باسم الحماية المدنية … إن القطار، الذي كان يقل نحو … راكبًا في رحلته من العاصمة إلى المتلوي، انحرفت ____ من عرباته الست عن السكة على بعد … من محطة قفصة»',
        },
        answer: {
          value: 3,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «انحرفت ثلاث من عرباته الست عن السكة على بعد 12 كيلومترًا من محطة قفصة».',
        },
        evidence: {
          paragraph: 1,
          quote: 'انحرفت ثلاث من عرباته الست عن السكة على بعد 12 كيلومترًا من محطة قفصة.',
        },
      },
      {
        id: 'false-time-5-hour',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وأضاف أن فرق الإنقاذ استخدمت معدات ثقيلة لإخراج العالقين، وأن عمليات البحث استمرت 4 ساعات.',
        },
        answer: false,
        explanation: {
          ar: 'العبارة خاطئة: جاء في المقال «وأن عمليات البحث استمرت 5 ساعات»، لا 4 ساعات.',
        },
        evidence: {
          paragraph: 1,
          quote: 'وأن عمليات البحث استمرت 5 ساعات.',
        },
      },
      {
        id: 'count-11',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «ونُقل المصابون إلى المستشفى الجامعي في قفصة، بينهم ____ في حالة حرجة نُقل … منهم بطائرة مروحية إلى العاصمة»',
        },
        answer: {
          value: 11,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «بينهم 11 في حالة حرجة نُقل ثلاثة».',
        },
        evidence: {
          paragraph: 2,
          quote: 'بينهم 11 في حالة حرجة نُقل ثلاثة',
        },
      },
      {
        id: 'count-3-2',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «ونُقل المصابون إلى المستشفى الجامعي في قفصة، بينهم … في حالة حرجة نُقل ____ منهم بطائرة مروحية إلى العاصمة»',
        },
        answer: {
          value: 3,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «بينهم 11 في حالة حرجة نُقل ثلاثة».',
        },
        evidence: {
          paragraph: 2,
          quote: 'بينهم 11 في حالة حرجة نُقل ثلاثة',
        },
      },
      {
        id: 'true-speed-85',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وقالت الشركة الوطنية للسكك الحديدية إن القطار كان يسير بسرعة 85 كيلومترًا في الساعة، في حين لا تتجاوز السرعة المسموح بها في ذلك المقطع ….',
        },
        answer: true,
        explanation: {
          ar: 'جاء في المقال: «وقالت الشركة الوطنية للسكك الحديدية إن القطار كان يسير بسرعة 85 كيلومترًا في الساعة».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وقالت الشركة الوطنية للسكك الحديدية إن القطار كان يسير بسرعة 85 كيلومترًا في الساعة',
        },
      },
      {
        id: 'speed-60',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وقالت الشركة الوطنية للسكك الحديدية إن القطار كان يسير بسرعة …، في حين لا تتجاوز السرعة المسموح بها في ذلك المقطع ____»',
        },
        answer: {
          value: 60,
          unit: 'kilometre-per-hour',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «في حين لا تتجاوز السرعة المسموح بها في ذلك المقطع 60 كيلومترًا في الساعة».',
        },
        evidence: {
          paragraph: 3,
          quote: 'في حين لا تتجاوز السرعة المسموح بها في ذلك المقطع 60 كيلومترًا في الساعة.',
        },
      },
      {
        id: 'who-3',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وأمر وزير النقل ____ بفتح تحقيق، وأوقف سائق القطار ومساعده عن العمل»',
        },
        answer: {
          accepted: ['سمير الدريدي', 'الدريدي'],
        },
        explanation: {
          ar: 'جاء في المقال: «وأمر وزير النقل سمير الدريدي بفتح تحقيق».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأمر وزير النقل سمير الدريدي بفتح تحقيق',
        },
      },
      {
        id: 'date-19560000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «ويبلغ طول شبكة السكك الحديدية في تونس نحو …، يعود أكثر من نصفها إلى ما قبل عام ____»',
        },
        answer: {
          value: 19560000,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «يعود أكثر من نصفها إلى ما قبل عام 1956».',
        },
        evidence: {
          paragraph: 4,
          quote: 'يعود أكثر من نصفها إلى ما قبل عام 1956.',
        },
      },
      {
        id: 'false-money-1300000000',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وكانت الحكومة قد أعلنت العام الماضي خطة لتجديد … من السكك بكلفة 1.2 مليار دينار.',
        },
        answer: false,
        explanation: {
          ar: 'العبارة خاطئة: جاء في المقال «وكانت الحكومة قد أعلنت العام الماضي خطة لتجديد 470 كيلومترًا من السكك بكلفة 1.3 مليار دينار»، لا 1.2 مليار دينار.',
        },
        evidence: {
          paragraph: 4,
          quote: 'وكانت الحكومة قد أعلنت العام الماضي خطة لتجديد 470 كيلومترًا من السكك بكلفة 1.3 مليار دينار.',
        },
      },
      {
        id: 'date-20160000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وهذا أسوأ حادث قطار تشهده البلاد منذ عام ____ …»',
        },
        answer: {
          value: 20160000,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وهذا أسوأ حادث قطار تشهده البلاد منذ عام 2016».',
        },
        evidence: {
          paragraph: 5,
          quote: 'وهذا أسوأ حادث قطار تشهده البلاد منذ عام 2016',
        },
      },
      {
        id: 'people-5',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وهذا أسوأ حادث قطار تشهده البلاد منذ عام …، حين قُتل ____ أشخاص في اصطدام قطار بحافلة في بئر بورقبة»',
        },
        answer: {
          value: 5,
          unit: 'person',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «حين قُتل 5 أشخاص في اصطدام قطار بحافلة في بئر بورقبة».',
        },
        evidence: {
          paragraph: 5,
          quote: 'حين قُتل 5 أشخاص في اصطدام قطار بحافلة في بئر بورقبة.',
        },
      },
    ],
    articleText:
      'مقتل 7 أشخاص وإصابة 54 في خروج قطار عن السكة جنوب غربي تونس\nلقي 7 أشخاص حتفهم وأصيب 54 آخرون، صباح الخميس 6 مارس 2025، إثر خروج قطار ركاب عن السكة قرب مدينة قفصة جنوب غربي تونس، وفق ما أعلنت وزارة الصحة.\n\nوقال المتحدث باسم الحماية المدنية معز الحمروني إن القطار، الذي كان يقل نحو 320 راكبًا في رحلته من العاصمة إلى المتلوي، انحرفت ثلاث من عرباته الست عن السكة على بعد 12 كيلومترًا من محطة قفصة. وأضاف أن فرق الإنقاذ استخدمت معدات ثقيلة لإخراج العالقين، وأن عمليات البحث استمرت 5 ساعات.\n\nونُقل المصابون إلى المستشفى الجامعي في قفصة، بينهم 11 في حالة حرجة نُقل ثلاثة منهم بطائرة مروحية إلى العاصمة. وأعلن المستشفى حاجته العاجلة إلى التبرع بالدم، فتوافد أكثر من 400 متبرع خلال ساعات.\n\nوقالت الشركة الوطنية للسكك الحديدية إن القطار كان يسير بسرعة 85 كيلومترًا في الساعة، في حين لا تتجاوز السرعة المسموح بها في ذلك المقطع 60 كيلومترًا في الساعة. وأمر وزير النقل سمير الدريدي بفتح تحقيق، وأوقف سائق القطار ومساعده عن العمل.\n\nويبلغ طول شبكة السكك الحديدية في تونس نحو 2,200 كيلومتر، يعود أكثر من نصفها إلى ما قبل عام 1956. وكانت الحكومة قد أعلنت العام الماضي خطة لتجديد 470 كيلومترًا من السكك بكلفة 1.3 مليار دينار.\n\nوهذا أسوأ حادث قطار تشهده البلاد منذ عام 2016، حين قُتل 5 أشخاص في اصطدام قطار بحافلة في بئر بورقبة.',
  },
  'insulin-en': {
    id: 'weekly-insulin-shot-controls-blood-sugar',
    version: 1,
    lang: 'en',
    title: {
      en: 'Weekly insulin shot controls blood sugar as well…',
    },
    source: {
      name: 'Pasted text',
    },
    article: 'article.en.txt',
    questions: [
      {
        id: 'count-1800',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “Weekly insulin shot controls blood sugar as well as daily doses, trial of ____ patients finds”',
        },
        answer: {
          value: 1800,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “trial of 1,800 patients finds”.',
        },
        evidence: {
          paragraph: 0,
          quote: 'trial of 1,800 patients finds',
        },
      },
      {
        id: 'false-count-1800',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'True or false, according to the article? The study followed 1,400 adults in … countries for ….',
        },
        answer: false,
        explanation: {
          en: 'False: the article says “The study followed 1,800 adults in 11 countries for 52 weeks”, not 1,400.',
        },
        evidence: {
          paragraph: 2,
          quote: 'The study followed 1,800 adults in 11 countries for 52 weeks.',
        },
      },
      {
        id: 'count-11',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The study followed … adults in ____ countries for …”',
        },
        answer: {
          value: 11,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “The study followed 1,800 adults in 11 countries for 52 weeks”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'The study followed 1,800 adults in 11 countries for 52 weeks.',
        },
      },
      {
        id: 'time-52-week',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The study followed … adults in … countries for ____”',
        },
        answer: {
          value: 52,
          unit: 'week',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “The study followed 1,800 adults in 11 countries for 52 weeks”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'The study followed 1,800 adults in 11 countries for 52 weeks.',
        },
      },
      {
        id: 'count-1-3',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The average HbA1c, a measure of blood sugar over about …, fell by ____ percentage points in the weekly group …”',
        },
        answer: {
          value: 1.3,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “fell by 1.3 percentage points in the weekly group”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'fell by 1.3 percentage points in the weekly group',
        },
      },
      {
        id: 'percent-6-9',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The average HbA1c, a measure of blood sugar over about …, fell by … percentage points in the weekly group, from … to ____ …”',
        },
        answer: {
          value: 6.9,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “from 8.2% to 6.9%”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'from 8.2% to 6.9%',
        },
      },
      {
        id: 'true-count-14',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'True or false, according to the article? Severe hypoglycaemia, when blood sugar drops so low that a patient needs help, occurred in 14 patients on the weekly shot against … on daily insulin.',
        },
        answer: true,
        explanation: {
          en: 'The article says: “occurred in 14 patients on the weekly shot against 29 on daily insulin”.',
        },
        evidence: {
          paragraph: 3,
          quote: 'occurred in 14 patients on the weekly shot against 29 on daily insulin.',
        },
      },
      {
        id: 'count-29',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “Severe hypoglycaemia, when blood sugar drops so low that a patient needs help, occurred in … patients on the weekly shot against ____ on daily insulin”',
        },
        answer: {
          value: 29,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “occurred in 14 patients on the weekly shot against 29 on daily insulin”.',
        },
        evidence: {
          paragraph: 3,
          quote: 'occurred in 14 patients on the weekly shot against 29 on daily insulin.',
        },
      },
      {
        id: 'who-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank with the name the article gives: “"For many patients, the hardest part of insulin is the routine," said lead author ____, an endocrinologist at King\'s College Hospital in London”',
        },
        answer: {
          accepted: ['Priya Raman', 'Raman'],
        },
        explanation: {
          en: 'The article says: “the hardest part of insulin is the routine," said lead author Priya Raman”.',
        },
        evidence: {
          paragraph: 4,
          quote: 'the hardest part of insulin is the routine," said lead author Priya Raman',
        },
      },
      {
        id: 'count-365',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “"Going from ____ injections a year to … could change that."”',
        },
        answer: {
          value: 365,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “"Going from 365 injections a year to 52 could change that."”.',
        },
        evidence: {
          paragraph: 4,
          quote: '"Going from 365 injections a year to 52 could change that."',
        },
      },
      {
        id: 'false-count-52',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'True or false, according to the article? "Going from … injections a year to 62 could change that.".',
        },
        answer: false,
        explanation: {
          en: 'False: the article says “"Going from 365 injections a year to 52 could change that."”, not 62.',
        },
        evidence: {
          paragraph: 4,
          quote: '"Going from 365 injections a year to 52 could change that."',
        },
      },
      {
        id: 'where-2',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank with the name the article gives: “The trial was funded by the drugmaker Norlen Pharma, which has asked regulators in the ____ and Europe to approve the treatment”',
        },
        answer: {
          accepted: ['United States'],
        },
        explanation: {
          en: 'The article says: “which has asked regulators in the United States and Europe to approve the treatment”.',
        },
        evidence: {
          paragraph: 5,
          quote: 'which has asked regulators in the United States and Europe to approve the treatment.',
        },
      },
      {
        id: 'where-3',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank with the name the article gives: “A decision from the ____ Food and Drug Administration is expected by …”',
        },
        answer: {
          accepted: ['US'],
        },
        explanation: {
          en: 'The article says: “A decision from the US Food and Drug Administration is expected by March 2026”.',
        },
        evidence: {
          paragraph: 5,
          quote: 'A decision from the US Food and Drug Administration is expected by March 2026.',
        },
      },
      {
        id: 'date-20260300',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “A decision from the … Food and Drug Administration is expected by ____”',
        },
        answer: {
          value: 20260300,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “A decision from the US Food and Drug Administration is expected by March 2026”.',
        },
        evidence: {
          paragraph: 5,
          quote: 'A decision from the US Food and Drug Administration is expected by March 2026.',
        },
      },
      {
        id: 'count-537000000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'How many adults worldwide live with diabetes?',
        },
        answer: {
          value: 537000000,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “About 537 million adults worldwide live with diabetes”.',
        },
        evidence: {
          paragraph: 6,
          quote: 'About 537 million adults worldwide live with diabetes',
        },
      },
    ],
    articleText:
      'Weekly insulin shot controls blood sugar as well as daily doses, trial of 1,800 patients finds\n\nA once-a-week insulin injection controlled blood sugar as well as daily shots in people with type 2 diabetes, and halved the number of dangerous low-sugar episodes, according to a trial published on Monday in The Lancet.\n\nThe study followed 1,800 adults in 11 countries for 52 weeks. Half received the weekly insulin, called corvaglin, and half a daily dose of insulin glargine. The average HbA1c, a measure of blood sugar over about three months, fell by 1.3 percentage points in the weekly group, from 8.2% to 6.9%, compared with 1.2 points in the daily group.\n\nSevere hypoglycaemia, when blood sugar drops so low that a patient needs help, occurred in 14 patients on the weekly shot against 29 on daily insulin. Patients on the weekly dose gained an average of 2.1 kilograms, about the same as those on daily shots.\n\n"For many patients, the hardest part of insulin is the routine," said lead author Priya Raman, an endocrinologist at King\'s College Hospital in London. "Going from 365 injections a year to 52 could change that."\n\nThe trial was funded by the drugmaker Norlen Pharma, which has asked regulators in the United States and Europe to approve the treatment. A decision from the US Food and Drug Administration is expected by March 2026. The company did not say what the weekly insulin would cost; a month\'s supply of daily glargine costs about $35 in the US under a price cap.\n\nAbout 537 million adults worldwide live with diabetes, according to the International Diabetes Federation. Thomas Becker of the University of Munich, who was not involved in the study, said the results were "solid" but that longer studies were needed to rule out rare side effects.',
  },
  'tigers-en': {
    id: 'nepal-s-wild-tiger-count-rises',
    version: 1,
    lang: 'en',
    title: {
      en: "Nepal's wild tiger count rises to 412, more than tripling since 2010",
    },
    source: {
      name: 'Pasted text',
    },
    article: 'article.en.txt',
    questions: [
      {
        id: 'date-20220000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “Nepal now has … wild tigers, up from … in ____ and … in …, the government said on Monday, International Tiger Day …”',
        },
        answer: {
          value: 20220000,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “up from 355 in 2022”.',
        },
        evidence: {
          paragraph: 0,
          quote: 'up from 355 in 2022',
        },
      },
      {
        id: 'count-700',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The count was carried out over … by about ____ staff and volunteers …”',
        },
        answer: {
          value: 700,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “The count was carried out over 18 months by about 700 staff and volunteers”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'The count was carried out over 18 months by about 700 staff and volunteers',
        },
      },
      {
        id: 'count-5',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The count was carried out over … by about … staff and volunteers, who set up … camera traps across ____ national parks and the forests between them …”',
        },
        answer: {
          value: 5,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “who set up 1,650 camera traps across five national parks and the forests between them”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'who set up 1,650 camera traps across five national parks and the forests between them',
        },
      },
      {
        id: 'true-count-4000000',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'True or false, according to the article? The cameras took more than 4 million photographs, and each tiger was identified by its unique stripe pattern.',
        },
        answer: true,
        explanation: {
          en: 'The article says: “The cameras took more than 4 million photographs”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'The cameras took more than 4 million photographs',
        },
      },
      {
        id: 'where-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank with the name the article gives: “____, south-west of Kathmandu, remains home to the largest population …”',
        },
        answer: {
          accepted: ['Chitwan National Park'],
        },
        explanation: {
          en: 'The article says: “Chitwan National Park”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'Chitwan National Park',
        },
      },
      {
        id: 'count-138',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “…, south-west of Kathmandu, remains home to the largest population, with ____ tigers …”',
        },
        answer: {
          value: 138,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “Chitwan National Park, south-west of Kathmandu, remains home to the largest population, with 138 tigers, while Bardiya National Park in the west has 125”.',
        },
        evidence: {
          paragraph: 2,
          quote:
            'Chitwan National Park, south-west of Kathmandu, remains home to the largest population, with 138 tigers, while Bardiya National Park in the west has 125.',
        },
      },
      {
        id: 'length-3165',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The survey also found tigers at an altitude of ____ in the eastern hills, the highest ever recorded in the country”',
        },
        answer: {
          value: 3165,
          unit: 'metre',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “The survey also found tigers at an altitude of 3,165 metres in the eastern hills”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'The survey also found tigers at an altitude of 3,165 metres in the eastern hills',
        },
      },
      {
        id: 'false-date-20190000',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'True or false, according to the article? Tigers have killed … people in Nepal since 2015, most of them villagers collecting grass and firewood at the edge of parks, and farmers say the animals also take hundreds of cattle every year.',
        },
        answer: false,
        explanation: {
          en: 'False: the article says “Tigers have killed 42 people in Nepal since 2019”, not 2015.',
        },
        evidence: {
          paragraph: 3,
          quote: 'Tigers have killed 42 people in Nepal since 2019',
        },
      },
      {
        id: 'money-1000000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The government pays up to ____ …”',
        },
        answer: {
          value: 1000000,
          unit: 'INR',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “The government pays up to 1 million rupees”.',
        },
        evidence: {
          paragraph: 4,
          quote: 'The government pays up to 1 million rupees',
        },
      },
      {
        id: 'where-2',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank with the name the article gives: “Conservation groups, including WWF Nepal, have called for more fences and early-warning systems, while some lawmakers have proposed moving 15 to 20 tigers to ____”',
        },
        answer: {
          accepted: ['India'],
        },
        explanation: {
          en: 'The article says: “while some lawmakers have proposed moving 15 to 20 tigers to India”.',
        },
        evidence: {
          paragraph: 4,
          quote: 'while some lawmakers have proposed moving 15 to 20 tigers to India.',
        },
      },
      {
        id: 'count-5500',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'How many tigers remain in the wild?',
        },
        answer: {
          value: 5500,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “about 5,500 tigers remain in the wild”.',
        },
        evidence: {
          paragraph: 5,
          quote: 'about 5,500 tigers remain in the wild',
        },
      },
    ],
    articleText:
      'Nepal\'s wild tiger count rises to 412, more than tripling since 2010\nNepal now has 412 wild tigers, up from 355 in 2022 and 121 in 2010, the government said on Monday, International Tiger Day, making it one of the few countries to have met a global pledge to double the number of the big cats.\n\nThe count was carried out over 18 months by about 700 staff and volunteers, who set up 1,650 camera traps across five national parks and the forests between them, covering some 18,900 square kilometres. The cameras took more than 4 million photographs, and each tiger was identified by its unique stripe pattern.\n\nChitwan National Park, south-west of Kathmandu, remains home to the largest population, with 138 tigers, while Bardiya National Park in the west has 125. The survey also found tigers at an altitude of 3,165 metres in the eastern hills, the highest ever recorded in the country.\n\n"This is a success for conservation, but it brings new challenges," said Forest Minister Ram Bahadur Thapa. Tigers have killed 42 people in Nepal since 2019, most of them villagers collecting grass and firewood at the edge of parks, and farmers say the animals also take hundreds of cattle every year.\n\nThe government pays up to 1 million rupees, about 7,500 dollars, to the families of people killed by wildlife. Conservation groups, including WWF Nepal, have called for more fences and early-warning systems, while some lawmakers have proposed moving 15 to 20 tigers to India.\n\nWorldwide, about 5,500 tigers remain in the wild, according to the International Union for Conservation of Nature, down from an estimated 100,000 a century ago.',
  },
}
