import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Three more kinds of article nobody on the team tuned the grader on (invented news, realistic in form):
 * a Saudi study of short sight among primary pupils with shares, ages, hours at screens and a six-month
 * promise, in Arabic; an interstellar comet seen by an ESA probe with speeds in kilometres per second,
 * millions of kilometres, billions of years, light-years, temperatures below zero, terabytes and gigabytes
 * and per cents, in English; a Casablanca football derby with its score, date, scorers, minutes, points,
 * a ranking and the cities of the Moroccan league, in Arabic. The quizzes `draftQuiz` made of them on
 * 3 December 2026 are frozen (so that the grader's tests do not move when the drafter does), without their
 * choice questions and without one drafted name question whose key was a job title («استشاري طب», from
 * «وقال استشاري طب العيون الدكتور فهد العتيبي» — a drafter finding); after the drafted questions come some
 * written by hand in the drafter's form (a quote with its key blanked). tests/core/grade-readers-6.test.ts
 * types real readers' answers to them.
 */
export const READERS_6_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'myopia-ar',
    lang: 'ar',
    text: 'دراسة سعودية: أكثر من ثلث الطلاب يعانون من قصر النظر والوزارة تطلق فحصا شاملا في المدارس\n\nالرياض - (واس):\nكشفت دراسة أجرتها وزارة الصحة السعودية بالتعاون مع وزارة التعليم، ونشرت يوم الأحد 9 فبراير 2025، أن أكثر من ثلث الطلاب بين 6 و12 عاما يعانون من قصر النظر، بعد فحص نحو 84 ألف طالب وطالبة في 320 مدرسة ابتدائية بمنطقتي الرياض ومكة المكرمة.\n\nوقال استشاري طب العيون الدكتور فهد العتيبي، الذي أشرف على الدراسة، إن نسبة الإصابة بلغت 36.4 في المئة، مقارنة بـ22 في المئة في دراسة مماثلة أجريت عام 2015، وإن الطلاب الذين يقضون أكثر من 4 ساعات يوميا أمام الشاشات أكثر عرضة للإصابة بمرتين.\n\nوأضاف العتيبي أن 58 في المئة من المصابين لم يكونوا يعلمون بحالتهم قبل الفحص، وأن طفلا واحدا من كل سبعة يحتاج إلى نظارة طبية على الفور.\n\nوأعلنت الوزارة أنها ستوفر نظارات مجانية لنحو 12 ألف طالب في غضون ستة أشهر، وخصصت لذلك 18 مليون ريال، على أن يشمل الفحص جميع المدارس الابتدائية في المملكة بحلول عام 2027.\n\nوأوصت الدراسة بأن يقضي الطفل ساعتين على الأقل يوميا في الهواء الطلق، وألا يتجاوز استخدام الشاشات ساعة واحدة للأطفال دون السادسة.\n',
  },
  {
    name: 'comet-en',
    lang: 'en',
    text: 'Interstellar comet 3I/ATLAS races past the Sun at 68 kilometres per second, ESA probe finds\n\nPARIS, Nov 20 (Reuters) - The interstellar comet 3I/ATLAS passed closest to the Sun on October 29, 2025, travelling at about 68 kilometres per second, the European Space Agency (ESA) said on Thursday, after its Juice probe spent two weeks observing the visitor from another star system.\n\nThe comet came within 203 million km of the Sun and its nucleus is no more than 5.6 km wide, said Dr Marta Kowalski, the mission\'s lead scientist. "It has probably been drifting between the stars for more than 7 billion years, which would make it older than our solar system," she said.\n\nAstronomers believe the comet came from the thick disc of the Milky Way, at least 25,000 light-years away. Its surface temperature rose from minus 180 degrees Celsius to about minus 40C as it neared the Sun.\n\nThe probe sent back 1.2 terabytes of data, including 2,300 images, over a link that carried on average 400 GB a day. About 85 per cent of the coma\'s gas was carbon dioxide, compared with less than 10 per cent for most comets from our own solar system.\n\nThe comet will leave the solar system for good and will not be observable from Earth after March 2026, ESA said.\n',
  },
  {
    name: 'derby-ar',
    lang: 'ar',
    text: 'الرجاء يفوز على الوداد 3-1 في ديربي الدار البيضاء ويعتلي صدارة البطولة الاحترافية\n\nالدار البيضاء - (و م ع):\nفاز فريق الرجاء الرياضي على غريمه التقليدي الوداد الرياضي بثلاثة أهداف مقابل هدف واحد، مساء السبت 22 نوفمبر 2025، على ملعب محمد الخامس بالدار البيضاء، أمام نحو 45 ألف متفرج، في إطار الجولة الحادية عشرة من البطولة الاحترافية المغربية.\n\nوسجل المهاجم يوسف بلعمري هدفين في الدقيقتين 23 و67، وأضاف البديل أنس الزنيتي الهدف الثالث في الدقيقة 88، فيما سجل للوداد المدافع أيوب العملود في الدقيقة 54.\n\nوبهذا الفوز رفع الرجاء رصيده إلى 26 نقطة في المركز الأول، متقدما بنقطتين على الجيش الملكي الذي تعادل مع نهضة بركان 1-1 في الرباط، فيما تراجع الوداد إلى المركز الرابع برصيد 19 نقطة.\n\nوقال مدرب الرجاء التونسي لسعد الشابي إن فريقه لم يخسر في آخر ثماني مباريات، مضيفا أن اللاعبين سيحصلون على راحة لمدة ثلاثة أيام قبل مواجهة المغرب الفاسي في فاس يوم 30 نوفمبر.\n\nوهذا أول فوز للرجاء على الوداد في البطولة منذ أبريل 2022، ويعد الديربي رقم 139 بين الفريقين في جميع المسابقات.\n',
  },
]

/** Each article's draft (`draftQuiz(text).quiz`, without its choice questions) and the questions written by hand, by article name. */
export const READERS_6_QUIZZES: Record<string, Record<string, unknown> & { articleText: string }> = {
  'myopia-ar': {
    id: 'draft-6f0a1f16',
    version: 1,
    lang: 'ar',
    title: {
      ar: 'دراسة سعودية: أكثر من ثلث الطلاب يعانون من…',
    },
    source: {
      name: 'نص مُلصق',
    },
    article: 'article.ar.txt',
    questions: [
      {
        id: 'true-people-84000',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ بعد فحص نحو … طالب وطالبة في 320 مدرسة ابتدائية بمنطقتي … ومكة المكرمة.',
        },
        answer: true,
        explanation: {
          ar: 'جاء في المقال: «بعد فحص نحو 84 ألف طالب وطالبة في 320 مدرسة ابتدائية بمنطقتي الرياض ومكة المكرمة».',
        },
        evidence: {
          paragraph: 1,
          quote: 'بعد فحص نحو 84 ألف طالب وطالبة في 320 مدرسة ابتدائية بمنطقتي الرياض ومكة المكرمة.',
        },
      },
      {
        id: 'time-4-hour',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «… وإن الطلاب الذين يقضون أكثر من ____ يوميا أمام الشاشات أكثر عرضة للإصابة بمرتين»',
        },
        answer: {
          value: 4,
          unit: 'hour',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وإن الطلاب الذين يقضون أكثر من 4 ساعات يوميا أمام الشاشات أكثر عرضة للإصابة بمرتين».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وإن الطلاب الذين يقضون أكثر من 4 ساعات يوميا أمام الشاشات أكثر عرضة للإصابة بمرتين.',
        },
      },
      {
        id: 'who-3',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وأضاف ____ أن … من المصابين لم يكونوا يعلمون بحالتهم قبل الفحص …»',
        },
        answer: {
          accepted: ['العتيبي', 'فهد العتيبي'],
        },
        explanation: {
          ar: 'جاء في المقال: «وأضاف العتيبي أن 58 في المئة من المصابين لم يكونوا يعلمون بحالتهم قبل الفحص».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأضاف العتيبي أن 58 في المئة من المصابين لم يكونوا يعلمون بحالتهم قبل الفحص',
        },
      },
      {
        id: 'count-7',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأضاف … أن … من المصابين لم يكونوا يعلمون بحالتهم قبل الفحص، وأن طفلا واحدا من كل ____ يحتاج إلى نظارة طبية على الفور»',
        },
        answer: {
          value: 7,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأن طفلا واحدا من كل سبعة يحتاج إلى نظارة طبية على الفور».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأن طفلا واحدا من كل سبعة يحتاج إلى نظارة طبية على الفور.',
        },
      },
      {
        id: 'time-6-month',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأعلنت الوزارة أنها ستوفر نظارات مجانية لنحو … طالب في غضون ____، وخصصت لذلك …، على أن يشمل الفحص جميع المدارس الابتدائية في المملكة بحلول عام 2027»',
        },
        answer: {
          value: 6,
          unit: 'month',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأعلنت الوزارة أنها ستوفر نظارات مجانية لنحو 12 ألف طالب في غضون ستة أشهر».',
        },
        evidence: {
          paragraph: 4,
          quote: 'وأعلنت الوزارة أنها ستوفر نظارات مجانية لنحو 12 ألف طالب في غضون ستة أشهر',
        },
      },
      {
        id: 'time-2-hour',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأوصت الدراسة بأن يقضي الطفل ____ على الأقل يوميا في الهواء الطلق …»',
        },
        answer: {
          value: 2,
          unit: 'hour',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأوصت الدراسة بأن يقضي الطفل ساعتين على الأقل يوميا في الهواء الطلق».',
        },
        evidence: {
          paragraph: 5,
          quote: 'وأوصت الدراسة بأن يقضي الطفل ساعتين على الأقل يوميا في الهواء الطلق',
        },
      },
      {
        id: 'time-1-hour',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأوصت الدراسة بأن يقضي الطفل … على الأقل يوميا في الهواء الطلق، وألا يتجاوز استخدام الشاشات ____ للأطفال دون السادسة»',
        },
        answer: {
          value: 1,
          unit: 'hour',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وألا يتجاوز استخدام الشاشات ساعة واحدة للأطفال دون السادسة».',
        },
        evidence: {
          paragraph: 5,
          quote: 'وألا يتجاوز استخدام الشاشات ساعة واحدة للأطفال دون السادسة.',
        },
      },
      {
        id: 'date-20250209',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «ونشرت يوم الأحد ____»',
        },
        answer: {
          value: 20250209,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «ونشرت يوم الأحد 9 فبراير 2025».',
        },
        evidence: {
          paragraph: 1,
          quote: 'ونشرت يوم الأحد 9 فبراير 2025',
        },
      },
      {
        id: 'year-12',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «أن أكثر من ثلث الطلاب بين … و____ عاما يعانون من قصر النظر»',
        },
        answer: {
          value: 12,
          unit: 'year',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «أن أكثر من ثلث الطلاب بين 6 و12 عاما يعانون من قصر النظر».',
        },
        evidence: {
          paragraph: 1,
          quote: 'أن أكثر من ثلث الطلاب بين 6 و12 عاما يعانون من قصر النظر',
        },
      },
      {
        id: 'people-84000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «بعد فحص نحو ____ طالب وطالبة في 320 مدرسة ابتدائية»',
        },
        answer: {
          value: 84000,
          unit: 'person',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «بعد فحص نحو 84 ألف طالب وطالبة في 320 مدرسة ابتدائية».',
        },
        evidence: {
          paragraph: 1,
          quote: 'بعد فحص نحو 84 ألف طالب وطالبة في 320 مدرسة ابتدائية',
        },
      },
      {
        id: 'percent-36-4',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «إن نسبة الإصابة بلغت ____، مقارنة بـ22 في المئة في دراسة مماثلة أجريت عام 2015»',
        },
        answer: {
          value: 36.4,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «إن نسبة الإصابة بلغت 36.4 في المئة، مقارنة بـ22 في المئة في دراسة مماثلة أجريت عام 2015».',
        },
        evidence: {
          paragraph: 2,
          quote: 'إن نسبة الإصابة بلغت 36.4 في المئة، مقارنة بـ22 في المئة في دراسة مماثلة أجريت عام 2015',
        },
      },
      {
        id: 'percent-58',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأضاف … أن ____ من المصابين لم يكونوا يعلمون بحالتهم قبل الفحص»',
        },
        answer: {
          value: 58,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأضاف العتيبي أن 58 في المئة من المصابين لم يكونوا يعلمون بحالتهم قبل الفحص».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأضاف العتيبي أن 58 في المئة من المصابين لم يكونوا يعلمون بحالتهم قبل الفحص',
        },
      },
      {
        id: 'people-12000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأعلنت الوزارة أنها ستوفر نظارات مجانية لنحو ____ طالب في غضون …»',
        },
        answer: {
          value: 12000,
          unit: 'person',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأعلنت الوزارة أنها ستوفر نظارات مجانية لنحو 12 ألف طالب في غضون ستة أشهر».',
        },
        evidence: {
          paragraph: 4,
          quote: 'وأعلنت الوزارة أنها ستوفر نظارات مجانية لنحو 12 ألف طالب في غضون ستة أشهر',
        },
      },
      {
        id: 'money-18000000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وخصصت لذلك ____»',
        },
        answer: {
          value: 18000000,
          unit: 'SAR',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وخصصت لذلك 18 مليون ريال».',
        },
        evidence: {
          paragraph: 4,
          quote: 'وخصصت لذلك 18 مليون ريال',
        },
      },
      {
        id: 'where-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ باسم المكان الوارد في المقال: «بعد فحص نحو … طالب وطالبة في 320 مدرسة ابتدائية بمنطقتي ____ ومكة المكرمة»',
        },
        answer: {
          accepted: ['الرياض'],
        },
        explanation: {
          ar: 'جاء في المقال: «بعد فحص نحو 84 ألف طالب وطالبة في 320 مدرسة ابتدائية بمنطقتي الرياض ومكة المكرمة».',
        },
        evidence: {
          paragraph: 1,
          quote: 'بعد فحص نحو 84 ألف طالب وطالبة في 320 مدرسة ابتدائية بمنطقتي الرياض ومكة المكرمة',
        },
      },
    ],
    articleText:
      'دراسة سعودية: أكثر من ثلث الطلاب يعانون من قصر النظر والوزارة تطلق فحصا شاملا في المدارس\n\nكشفت دراسة أجرتها وزارة الصحة السعودية بالتعاون مع وزارة التعليم، ونشرت يوم الأحد 9 فبراير 2025، أن أكثر من ثلث الطلاب بين 6 و12 عاما يعانون من قصر النظر، بعد فحص نحو 84 ألف طالب وطالبة في 320 مدرسة ابتدائية بمنطقتي الرياض ومكة المكرمة.\n\nوقال استشاري طب العيون الدكتور فهد العتيبي، الذي أشرف على الدراسة، إن نسبة الإصابة بلغت 36.4 في المئة، مقارنة بـ22 في المئة في دراسة مماثلة أجريت عام 2015، وإن الطلاب الذين يقضون أكثر من 4 ساعات يوميا أمام الشاشات أكثر عرضة للإصابة بمرتين.\n\nوأضاف العتيبي أن 58 في المئة من المصابين لم يكونوا يعلمون بحالتهم قبل الفحص، وأن طفلا واحدا من كل سبعة يحتاج إلى نظارة طبية على الفور.\n\nوأعلنت الوزارة أنها ستوفر نظارات مجانية لنحو 12 ألف طالب في غضون ستة أشهر، وخصصت لذلك 18 مليون ريال، على أن يشمل الفحص جميع المدارس الابتدائية في المملكة بحلول عام 2027.\n\nوأوصت الدراسة بأن يقضي الطفل ساعتين على الأقل يوميا في الهواء الطلق، وألا يتجاوز استخدام الشاشات ساعة واحدة للأطفال دون السادسة.',
  },
  'comet-en': {
    id: 'interstellar-comet-3i-atlas-races-past',
    version: 1,
    lang: 'en',
    title: {
      en: 'Interstellar comet 3I/ATLAS races past the Sun at…',
    },
    source: {
      name: 'Pasted text',
    },
    article: 'article.en.txt',
    questions: [
      {
        id: 'true-time-2-week',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'True or false, according to the article? after its Juice probe spent two weeks observing the visitor from another star system.',
        },
        answer: true,
        explanation: {
          en: 'The article says: “after its Juice probe spent two weeks observing the visitor from another star system”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'after its Juice probe spent two weeks observing the visitor from another star system.',
        },
      },
      {
        id: 'length-203000000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "Fill in the blank from the article: “The comet came within ____ of the Sun and its nucleus is no more than … wide, said Dr …, the mission's lead scientist”",
        },
        answer: {
          value: 203000000,
          unit: 'kilometre',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “The comet came within 203 million km of the Sun and its nucleus is no more than 5.6 km wide”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'The comet came within 203 million km of the Sun and its nucleus is no more than 5.6 km wide',
        },
      },
      {
        id: 'time-7000000000-year',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “‘It has probably been drifting between the stars for more than ____, which would make it older than our solar system,’ she said”',
        },
        answer: {
          value: 7000000000,
          unit: 'year',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “”It has probably been drifting between the stars for more than 7 billion years, which would make it older than our solar system,” she said”.',
        },
        evidence: {
          paragraph: 2,
          quote: '"It has probably been drifting between the stars for more than 7 billion years, which would make it older than our solar system," she said.',
        },
      },
      {
        id: 'false-temperature-180',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'True or false, according to the article? Its surface temperature rose from minus 130 degrees Celsius to about minus 40C as it neared the Sun.',
        },
        answer: false,
        explanation: {
          en: 'False: the article says “Its surface temperature rose from minus 180 degrees Celsius to about minus 40C as it neared the Sun”, not 130 degrees Celsius.',
        },
        evidence: {
          paragraph: 3,
          quote: 'Its surface temperature rose from minus 180 degrees Celsius to about minus 40C as it neared the Sun.',
        },
      },
      {
        id: 'true-percent-85',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "True or false, according to the article? About … of the coma's gas was carbon dioxide, compared with less than … for most comets from our own solar system.",
        },
        answer: true,
        explanation: {
          en: "The article says: “About 85 per cent of the coma's gas was carbon dioxide”.",
        },
        evidence: {
          paragraph: 4,
          quote: "About 85 per cent of the coma's gas was carbon dioxide",
        },
      },
      {
        id: 'percent-10',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "Fill in the blank from the article: “About … of the coma's gas was carbon dioxide, compared with less than ____ for most comets from our own solar system”",
        },
        answer: {
          value: 10,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “compared with less than 10 per cent for most comets from our own solar system”.',
        },
        evidence: {
          paragraph: 4,
          quote: 'compared with less than 10 per cent for most comets from our own solar system.',
        },
      },
      {
        id: 'date-20251029',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The interstellar comet 3I/ATLAS passed closest to the Sun on ____”',
        },
        answer: {
          value: 20251029,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “The interstellar comet 3I/ATLAS passed closest to the Sun on October 29, 2025”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'The interstellar comet 3I/ATLAS passed closest to the Sun on October 29, 2025',
        },
      },
      {
        id: 'speed-68',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “travelling at about ____, … said on Thursday”',
        },
        answer: {
          value: 68,
          unit: 'kilometre-per-second',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “travelling at about 68 kilometres per second, the European Space Agency (ESA) said on Thursday”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'travelling at about 68 kilometres per second, the European Space Agency (ESA) said on Thursday',
        },
      },
      {
        id: 'who-org',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank with the name from the article: “travelling at about …, ____ said on Thursday”',
        },
        answer: {
          accepted: ['European Space Agency', 'ESA'],
        },
        explanation: {
          en: 'The article says: “travelling at about 68 kilometres per second, the European Space Agency (ESA) said on Thursday”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'travelling at about 68 kilometres per second, the European Space Agency (ESA) said on Thursday',
        },
      },
      {
        id: 'who-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "Fill in the blank with the name from the article: “its nucleus is no more than … wide, said Dr ____, the mission's lead scientist”",
        },
        answer: {
          accepted: ['Marta Kowalski', 'Kowalski'],
        },
        explanation: {
          en: "The article says: “its nucleus is no more than 5.6 km wide, said Dr Marta Kowalski, the mission's lead scientist”.",
        },
        evidence: {
          paragraph: 2,
          quote: "its nucleus is no more than 5.6 km wide, said Dr Marta Kowalski, the mission's lead scientist",
        },
      },
      {
        id: 'length-5-6',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "Fill in the blank from the article: “its nucleus is no more than ____ wide, said Dr …, the mission's lead scientist”",
        },
        answer: {
          value: 5.6,
          unit: 'kilometre',
          tolerance: 0,
        },
        explanation: {
          en: "The article says: “its nucleus is no more than 5.6 km wide, said Dr Marta Kowalski, the mission's lead scientist”.",
        },
        evidence: {
          paragraph: 2,
          quote: "its nucleus is no more than 5.6 km wide, said Dr Marta Kowalski, the mission's lead scientist",
        },
      },
      {
        id: 'length-25000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “Astronomers believe the comet came from the thick disc of the Milky Way, at least ____ away”',
        },
        answer: {
          value: 25000,
          unit: 'light-year',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “Astronomers believe the comet came from the thick disc of the Milky Way, at least 25,000 light-years away”.',
        },
        evidence: {
          paragraph: 3,
          quote: 'Astronomers believe the comet came from the thick disc of the Milky Way, at least 25,000 light-years away',
        },
      },
      {
        id: 'temperature-minus-180',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “Its surface temperature rose from ____ to about minus 40C as it neared the Sun”',
        },
        answer: {
          value: -180,
          unit: 'celsius',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “Its surface temperature rose from minus 180 degrees Celsius to about minus 40C as it neared the Sun”.',
        },
        evidence: {
          paragraph: 3,
          quote: 'Its surface temperature rose from minus 180 degrees Celsius to about minus 40C as it neared the Sun',
        },
      },
      {
        id: 'data-1-2',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The probe sent back ____ of data, including 2,300 images”',
        },
        answer: {
          value: 1.2,
          unit: 'terabyte',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “The probe sent back 1.2 terabytes of data, including 2,300 images”.',
        },
        evidence: {
          paragraph: 4,
          quote: 'The probe sent back 1.2 terabytes of data, including 2,300 images',
        },
      },
      {
        id: 'data-400',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “over a link that carried on average ____ a day”',
        },
        answer: {
          value: 400,
          unit: 'gigabyte',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “over a link that carried on average 400 GB a day”.',
        },
        evidence: {
          paragraph: 4,
          quote: 'over a link that carried on average 400 GB a day',
        },
      },
      {
        id: 'percent-85',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "Fill in the blank from the article: “About ____ of the coma's gas was carbon dioxide”",
        },
        answer: {
          value: 85,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          en: "The article says: “About 85 per cent of the coma's gas was carbon dioxide”.",
        },
        evidence: {
          paragraph: 4,
          quote: "About 85 per cent of the coma's gas was carbon dioxide",
        },
      },
    ],
    articleText:
      'Interstellar comet 3I/ATLAS races past the Sun at 68 kilometres per second, ESA probe finds\n\nThe interstellar comet 3I/ATLAS passed closest to the Sun on October 29, 2025, travelling at about 68 kilometres per second, the European Space Agency (ESA) said on Thursday, after its Juice probe spent two weeks observing the visitor from another star system.\n\nThe comet came within 203 million km of the Sun and its nucleus is no more than 5.6 km wide, said Dr Marta Kowalski, the mission\'s lead scientist. "It has probably been drifting between the stars for more than 7 billion years, which would make it older than our solar system," she said.\n\nAstronomers believe the comet came from the thick disc of the Milky Way, at least 25,000 light-years away. Its surface temperature rose from minus 180 degrees Celsius to about minus 40C as it neared the Sun.\n\nThe probe sent back 1.2 terabytes of data, including 2,300 images, over a link that carried on average 400 GB a day. About 85 per cent of the coma\'s gas was carbon dioxide, compared with less than 10 per cent for most comets from our own solar system.\n\nThe comet will leave the solar system for good and will not be observable from Earth after March 2026, ESA said.',
  },
  'derby-ar': {
    id: 'draft-9b550f80',
    version: 1,
    lang: 'ar',
    title: {
      ar: 'الرجاء يفوز على الوداد 3-1 في ديربي الدار البيضاء ويعتلي صدارة البطولة الاحترافية',
    },
    source: {
      name: 'نص مُلصق',
    },
    article: 'article.ar.txt',
    questions: [
      {
        id: 'score-3-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اكتب النتيجة كما وردت في المقال: «فاز فريق الرجاء الرياضي على غريمه التقليدي الوداد الرياضي ____ واحد …»',
        },
        answer: {
          accepted: ['بثلاثة أهداف مقابل هدف', 'ثلاثة أهداف مقابل هدف', '3-1', '3:1', '3 - 1', '3 to 1', '3 مقابل 1'],
        },
        explanation: {
          ar: 'جاء في المقال: «فاز فريق الرجاء الرياضي على غريمه التقليدي الوداد الرياضي بثلاثة أهداف مقابل هدف واحد».',
        },
        evidence: {
          paragraph: 0,
          quote: 'فاز فريق الرجاء الرياضي على غريمه التقليدي الوداد الرياضي بثلاثة أهداف مقابل هدف واحد',
        },
      },
      {
        id: 'date-20251122',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «فاز فريق الرجاء الرياضي على غريمه التقليدي الوداد الرياضي … واحد، مساء السبت ____، على ملعب محمد الخامس بالدار البيضاء، أمام نحو … متفرج، في إطار الجولة الحادية عشرة من البطولة الاحترافية المغربية»',
        },
        answer: {
          value: 20251122,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «فاز فريق الرجاء الرياضي على غريمه التقليدي الوداد الرياضي بثلاثة أهداف مقابل هدف واحد، مساء السبت 22 نوفمبر 2025، على ملعب محمد الخامس بالدار البيضاء، أمام نحو 45 ألف متفرج، في إطار الجولة الحادية عشرة من البطولة الاحترافية المغربية».',
        },
        evidence: {
          paragraph: 0,
          quote:
            'فاز فريق الرجاء الرياضي على غريمه التقليدي الوداد الرياضي بثلاثة أهداف مقابل هدف واحد، مساء السبت 22 نوفمبر 2025، على ملعب محمد الخامس بالدار البيضاء، أمام نحو 45 ألف متفرج، في إطار الجولة الحادية عشرة من البطولة الاحترافية المغربية.',
        },
      },
      {
        id: 'who-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وسجل المهاجم ____ هدفين في … و67، وأضاف البديل أنس الزنيتي الهدف الثالث في الدقيقة …، فيما سجل للوداد المدافع … في الدقيقة 54»',
        },
        answer: {
          accepted: ['يوسف بلعمري', 'بلعمري'],
        },
        explanation: {
          ar: 'جاء في المقال: «وسجل المهاجم يوسف بلعمري هدفين في الدقيقتين 23 و67».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وسجل المهاجم يوسف بلعمري هدفين في الدقيقتين 23 و67',
        },
      },
      {
        id: 'true-time-2-383333333-minute',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وسجل المهاجم … هدفين في الدقيقتين 23 و67، وأضاف البديل أنس الزنيتي الهدف الثالث في الدقيقة …، فيما سجل للوداد المدافع … في الدقيقة 54.',
        },
        answer: true,
        explanation: {
          ar: 'جاء في المقال: «وسجل المهاجم يوسف بلعمري هدفين في الدقيقتين 23 و67».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وسجل المهاجم يوسف بلعمري هدفين في الدقيقتين 23 و67',
        },
      },
      {
        id: 'score-1-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اكتب النتيجة كما وردت في المقال: «وبهذا الفوز رفع الرجاء رصيده إلى … نقطة في المركز الأول، متقدما بنقطتين على الجيش الملكي الذي تعادل مع نهضة بركان ____ في …، فيما تراجع الوداد إلى المركز الرابع برصيد 19 نقطة»',
        },
        answer: {
          accepted: ['1-1', '1:1', '1 - 1', '1 to 1', '1 مقابل 1'],
        },
        explanation: {
          ar: 'جاء في المقال: «متقدما بنقطتين على الجيش الملكي الذي تعادل مع نهضة بركان 1-1 في الرباط».',
        },
        evidence: {
          paragraph: 2,
          quote: 'متقدما بنقطتين على الجيش الملكي الذي تعادل مع نهضة بركان 1-1 في الرباط',
        },
      },
      {
        id: 'who-3',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وقال مدرب الرجاء التونسي ____ إن فريقه لم يخسر في آخر … مباريات، مضيفا أن اللاعبين سيحصلون على راحة لمدة ثلاثة أيام قبل مواجهة المغرب الفاسي في فاس يوم 30 نوفمبر»',
        },
        answer: {
          accepted: ['لسعد الشابي', 'الشابي'],
        },
        explanation: {
          ar: 'جاء في المقال: «وقال مدرب الرجاء التونسي لسعد الشابي إن فريقه لم يخسر في آخر ثماني مباريات».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وقال مدرب الرجاء التونسي لسعد الشابي إن فريقه لم يخسر في آخر ثماني مباريات',
        },
      },
      {
        id: 'date-20220400',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وهذا أول فوز للرجاء على الوداد في البطولة منذ ____، ويعد الديربي رقم … بين الفريقين في جميع المسابقات»',
        },
        answer: {
          value: 20220400,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وهذا أول فوز للرجاء على الوداد في البطولة منذ أبريل 2022».',
        },
        evidence: {
          paragraph: 4,
          quote: 'وهذا أول فوز للرجاء على الوداد في البطولة منذ أبريل 2022',
        },
      },
      {
        id: 'people-45000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «على ملعب محمد الخامس بالدار البيضاء، أمام نحو ____ متفرج»',
        },
        answer: {
          value: 45000,
          unit: 'person',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «على ملعب محمد الخامس بالدار البيضاء، أمام نحو 45 ألف متفرج».',
        },
        evidence: {
          paragraph: 0,
          quote: 'على ملعب محمد الخامس بالدار البيضاء، أمام نحو 45 ألف متفرج',
        },
      },
      {
        id: 'count-26',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وبهذا الفوز رفع الرجاء رصيده إلى ____ نقطة في المركز الأول»',
        },
        answer: {
          value: 26,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وبهذا الفوز رفع الرجاء رصيده إلى 26 نقطة في المركز الأول».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وبهذا الفوز رفع الرجاء رصيده إلى 26 نقطة في المركز الأول',
        },
      },
      {
        id: 'minute-88',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأضاف البديل أنس الزنيتي الهدف الثالث في الدقيقة ____»',
        },
        answer: {
          value: 88,
          unit: 'minute',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأضاف البديل أنس الزنيتي الهدف الثالث في الدقيقة 88».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وأضاف البديل أنس الزنيتي الهدف الثالث في الدقيقة 88',
        },
      },
      {
        id: 'who-4',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «فيما سجل للوداد المدافع ____ في الدقيقة 54»',
        },
        answer: {
          accepted: ['أيوب العملود', 'العملود'],
        },
        explanation: {
          ar: 'جاء في المقال: «فيما سجل للوداد المدافع أيوب العملود في الدقيقة 54».',
        },
        evidence: {
          paragraph: 1,
          quote: 'فيما سجل للوداد المدافع أيوب العملود في الدقيقة 54',
        },
      },
      {
        id: 'where-2',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ باسم المكان الوارد في المقال: «متقدما بنقطتين على الجيش الملكي الذي تعادل مع نهضة بركان … في ____»',
        },
        answer: {
          accepted: ['الرباط'],
        },
        explanation: {
          ar: 'جاء في المقال: «متقدما بنقطتين على الجيش الملكي الذي تعادل مع نهضة بركان 1-1 في الرباط».',
        },
        evidence: {
          paragraph: 2,
          quote: 'متقدما بنقطتين على الجيش الملكي الذي تعادل مع نهضة بركان 1-1 في الرباط',
        },
      },
      {
        id: 'count-139',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «ويعد الديربي رقم ____ بين الفريقين في جميع المسابقات»',
        },
        answer: {
          value: 139,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «ويعد الديربي رقم 139 بين الفريقين في جميع المسابقات».',
        },
        evidence: {
          paragraph: 4,
          quote: 'ويعد الديربي رقم 139 بين الفريقين في جميع المسابقات',
        },
      },
    ],
    articleText:
      'الرجاء يفوز على الوداد 3-1 في ديربي الدار البيضاء ويعتلي صدارة البطولة الاحترافية\nفاز فريق الرجاء الرياضي على غريمه التقليدي الوداد الرياضي بثلاثة أهداف مقابل هدف واحد، مساء السبت 22 نوفمبر 2025، على ملعب محمد الخامس بالدار البيضاء، أمام نحو 45 ألف متفرج، في إطار الجولة الحادية عشرة من البطولة الاحترافية المغربية.\n\nوسجل المهاجم يوسف بلعمري هدفين في الدقيقتين 23 و67، وأضاف البديل أنس الزنيتي الهدف الثالث في الدقيقة 88، فيما سجل للوداد المدافع أيوب العملود في الدقيقة 54.\n\nوبهذا الفوز رفع الرجاء رصيده إلى 26 نقطة في المركز الأول، متقدما بنقطتين على الجيش الملكي الذي تعادل مع نهضة بركان 1-1 في الرباط، فيما تراجع الوداد إلى المركز الرابع برصيد 19 نقطة.\n\nوقال مدرب الرجاء التونسي لسعد الشابي إن فريقه لم يخسر في آخر ثماني مباريات، مضيفا أن اللاعبين سيحصلون على راحة لمدة ثلاثة أيام قبل مواجهة المغرب الفاسي في فاس يوم 30 نوفمبر.\n\nوهذا أول فوز للرجاء على الوداد في البطولة منذ أبريل 2022، ويعد الديربي رقم 139 بين الفريقين في جميع المسابقات.',
  },
}
