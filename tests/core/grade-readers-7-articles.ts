import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Three more kinds of article nobody on the team tuned the grader on (invented news, realistic in form):
 * Petra's visitors and ticket revenue from a Jordanian agency, with Jordanian dinars from one to millions,
 * shares and a record year, in Arabic; the Cairo International Book Fair from an Egyptian agency, with a
 * range of dates, opening hours, ages that enter free and workshops' age ranges, durations of a workshop and
 * between buses, in Arabic; a giant-pumpkin championship in Somerset, with pounds and kilograms side by side,
 * feet and metres, an ordinal edition, fractions of the entries and pounds sterling, in English. The quizzes
 * `draftQuiz` made of them on 3 December 2026 are frozen (so that the grader's tests do not move when the
 * drafter does), with their choice questions; one drafted choice question (a workshop's 90 minutes) is asked as
 * a numeric one, and after the drafted questions come some written by hand in the drafter's form (a quote with
 * its key blanked, the other questions' keys blanked in the prompts, as the drafter blanks them), among them
 * one multiple-choice question per article. Drafter findings, left to the drafter: «4.98 metres» read as a
 * time of day, «1,247lb (566kg)» and «40lb (18kg)» not read at all, the ordinal «41st» taken for a label.
 * tests/core/grade-readers-7.test.ts types real readers' answers to them.
 */
export const READERS_7_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'petra-ar',
    lang: 'ar',
    text: 'زوار البترا يرتفعون 23.5% في تسعة أشهر والإيرادات تتجاوز 31 مليون دينار\n\nعمّان - (بترا):\nارتفع عدد زوار مدينة البترا الأثرية خلال الأشهر التسعة الأولى من العام الحالي بنسبة 23.5 في المئة مقارنة بالفترة نفسها من العام الماضي، ليبلغ نحو 812 ألف زائر، بحسب أرقام أعلنتها سلطة إقليم البترا التنموي السياحي يوم الثلاثاء 14 أكتوبر 2025.\n\nوقال رئيس مجلس مفوضي السلطة عماد الحجايا إن إيرادات بيع التذاكر بلغت 31.6 مليون دينار أردني، وإن الزوار الأجانب شكلوا 68 في المئة من المجموع، فيما بلغت نسبة إشغال الفنادق في وادي موسى 74 في المئة.\n\nوأضاف الحجايا أن سعر تذكرة الدخول ليوم واحد سيبقى 50 دينارا للسائح الأجنبي ودينارا واحدا للأردنيين، على أن ترتفع تذكرة اليومين إلى 60 دينارا اعتبارا من مطلع العام المقبل.\n\nوأشار إلى أن السلطة ستنفق 4.2 مليون دينار على ترميم ممر السيق الذي يبلغ طوله 1.2 كيلومتر، وعلى إنشاء مركز جديد للزوار يتسع لـ1500 شخص.\n\nوكانت البترا قد استقبلت عام 2019 أكثر من مليون و130 ألف زائر، وهو رقم قياسي لم تبلغه منذ ذلك الحين.\n',
  },
  {
    name: 'bookfair-ar',
    lang: 'ar',
    text: 'معرض القاهرة الدولي للكتاب ينطلق في دورته السابعة والخمسين بمشاركة 1350 دار نشر\n\nالقاهرة - (أ ش أ):\nأعلنت الهيئة المصرية العامة للكتاب أن الدورة السابعة والخمسين لمعرض القاهرة الدولي للكتاب ستقام في الفترة من 22 يناير إلى 3 فبراير 2026، بمركز مصر للمعارض الدولية في التجمع الخامس، بمشاركة 1350 دار نشر من 83 دولة.\n\nوقال رئيس الهيئة الدكتور حسام الشريف، في مؤتمر صحفي يوم الأحد 4 يناير، إن أبواب المعرض ستفتح يوميا من العاشرة صباحا حتى التاسعة مساء، أي 11 ساعة، وإن سعر تذكرة الدخول سيبقى 10 جنيهات، مع دخول مجاني للأطفال دون 6 سنوات وللمواطنين فوق 65 عاما.\n\nوأضاف الشريف أن جناح الطفل سيقدم ورشا في الرسم والحكي للأطفال من سن 7 إلى 12 سنة، تستمر كل ورشة 90 دقيقة، وأن رومانيا ستكون ضيف شرف هذه الدورة.\n\nوأشار إلى أن الدورة الماضية استقبلت نحو 4.5 مليون زائر خلال 13 يوما، وأن الهيئة خصصت هذا العام 40 حافلة مجانية تنقل الزوار من ميدان التحرير إلى المعرض كل نصف ساعة.\n\nواختارت اللجنة العليا للمعرض الكاتب الراحل يحيى حقي شخصية المعرض، بمناسبة مرور 120 عاما على ميلاده.\n',
  },
  {
    name: 'pumpkin-en',
    lang: 'en',
    text: "Somerset grower's 1,247lb pumpkin wins giant vegetable championship\n\nSHEPTON MALLET, Sept 28 - A retired postman from Somerset has won the 41st Shepton Giant Vegetable Championship with a pumpkin weighing 1,247lb (566kg), the heaviest ever grown in the south-west of England, organisers said on Sunday.\n\nDerek Hollis, 71, took first place and a prize of £2,500 after beating 64 other growers. The runner-up, Anwen Price from Monmouth, entered a pumpkin of 1,102lb (500kg), while last year's champion finished third.\n\nHollis said the pumpkin had grown for 112 days and at its peak gained up to 40lb (18kg) a day. \"I watered it with about 150 litres every evening and slept in the greenhouse on the stormy nights,\" he said.\n\nTwo-thirds of this year's 65 entries came from first-time growers, and a quarter of the growers were under 30, the show's chairwoman, Margaret Doyle, said. The pumpkin measured 16ft 4in (4.98 metres) around its middle.\n\nThe show drew about 9,000 visitors over two days and raised £14,300 for the Somerset Air Ambulance, up from £11,800 last year.\n",
  },
]

/** Each article's draft (`draftQuiz(text).quiz`) and the questions written by hand, by article name. */
export const READERS_7_QUIZZES: Record<string, Record<string, unknown> & { articleText: string }> = {
  'petra-ar': {
    id: 'draft-dd8cc21e',
    version: 1,
    lang: 'ar',
    title: {
      ar: 'زوار البترا يرتفعون 23.5% في تسعة أشهر والإيرادات تتجاوز 31 مليون دينار',
    },
    source: {
      name: 'نص مُلصق',
    },
    article: 'article.ar.txt',
    questions: [
      {
        id: 'time-9-month',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «ارتفع عدد زوار مدينة البترا الأثرية خلال الأشهر ____ الأولى من العام الحالي بنسبة 23.5 في المئة مقارنة بالفترة نفسها من العام الماضي، ليبلغ نحو … زائر …»',
        },
        answer: {
          value: 9,
          unit: 'month',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «ارتفع عدد زوار مدينة البترا الأثرية خلال الأشهر التسعة الأولى من العام الحالي بنسبة 23.5 في المئة مقارنة بالفترة نفسها من العام الماضي».',
        },
        evidence: {
          paragraph: 0,
          quote: 'ارتفع عدد زوار مدينة البترا الأثرية خلال الأشهر التسعة الأولى من العام الحالي بنسبة 23.5 في المئة مقارنة بالفترة نفسها من العام الماضي',
        },
      },
      {
        id: 'date-20251014',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «… بحسب أرقام أعلنتها سلطة إقليم البترا التنموي السياحي يوم الثلاثاء ____»',
        },
        answer: {
          value: 20251014,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «بحسب أرقام أعلنتها سلطة إقليم البترا التنموي السياحي يوم الثلاثاء 14 أكتوبر 2025».',
        },
        evidence: {
          paragraph: 0,
          quote: 'بحسب أرقام أعلنتها سلطة إقليم البترا التنموي السياحي يوم الثلاثاء 14 أكتوبر 2025.',
        },
      },
      {
        id: 'who-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وقال رئيس مجلس مفوضي السلطة ____ إن إيرادات بيع التذاكر بلغت …، وإن الزوار الأجانب شكلوا … من المجموع، فيما بلغت نسبة إشغال الفنادق في … …»',
        },
        answer: {
          accepted: ['عماد الحجايا', 'الحجايا'],
        },
        explanation: {
          ar: 'جاء في المقال: «وقال رئيس مجلس مفوضي السلطة عماد الحجايا إن إيرادات بيع التذاكر بلغت 31.6 مليون دينار أردني».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وقال رئيس مجلس مفوضي السلطة عماد الحجايا إن إيرادات بيع التذاكر بلغت 31.6 مليون دينار أردني',
        },
      },
      {
        id: 'choice-money-31600000',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وقال رئيس مجلس مفوضي السلطة … إن إيرادات بيع التذاكر بلغت ____، وإن الزوار الأجانب شكلوا … من المجموع، فيما بلغت نسبة إشغال الفنادق في … …»',
        },
        choices: [
          {
            id: 'v41600000',
            text: {
              ar: '41.6 مليون دينار أردني',
            },
          },
          {
            id: 'v21600000',
            text: {
              ar: '21.6 مليون دينار أردني',
            },
          },
          {
            id: 'v31600000',
            text: {
              ar: '31.6 مليون دينار أردني',
            },
          },
          {
            id: 'v51600000',
            text: {
              ar: '51.6 مليون دينار أردني',
            },
          },
        ],
        answer: 'v31600000',
        explanation: {
          ar: 'جاء في المقال: «وقال رئيس مجلس مفوضي السلطة عماد الحجايا إن إيرادات بيع التذاكر بلغت 31.6 مليون دينار أردني».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وقال رئيس مجلس مفوضي السلطة عماد الحجايا إن إيرادات بيع التذاكر بلغت 31.6 مليون دينار أردني',
        },
      },
      {
        id: 'time-1-day',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأضاف … أن سعر تذكرة الدخول ____ سيبقى … للسائح الأجنبي و… للأردنيين، على أن ترتفع تذكرة اليومين إلى … اعتبارا من مطلع العام المقبل»',
        },
        answer: {
          value: 1,
          unit: 'day',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأضاف الحجايا أن سعر تذكرة الدخول ليوم واحد سيبقى 50 دينارا للسائح الأجنبي ودينارا واحدا للأردنيين».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأضاف الحجايا أن سعر تذكرة الدخول ليوم واحد سيبقى 50 دينارا للسائح الأجنبي ودينارا واحدا للأردنيين',
        },
      },
      {
        id: 'choice-money-50',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وأضاف … أن سعر تذكرة الدخول … سيبقى ____ للسائح الأجنبي و… للأردنيين، على أن ترتفع تذكرة اليومين إلى … اعتبارا من مطلع العام المقبل»',
        },
        choices: [
          {
            id: 'v50',
            text: {
              ar: '50 دينارا',
            },
          },
          {
            id: 'v70',
            text: {
              ar: '70 دينارا',
            },
          },
          {
            id: 'v30',
            text: {
              ar: '30 دينارا',
            },
          },
          {
            id: 'v90',
            text: {
              ar: '90 دينارا',
            },
          },
        ],
        answer: 'v50',
        explanation: {
          ar: 'جاء في المقال: «وأضاف الحجايا أن سعر تذكرة الدخول ليوم واحد سيبقى 50 دينارا للسائح الأجنبي ودينارا واحدا للأردنيين».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأضاف الحجايا أن سعر تذكرة الدخول ليوم واحد سيبقى 50 دينارا للسائح الأجنبي ودينارا واحدا للأردنيين',
        },
      },
      {
        id: 'false-money-4200000',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وأشار إلى أن السلطة ستنفق 5.2 مليون دينار على ترميم ممر السيق الذي يبلغ طوله …، وعلى إنشاء مركز جديد للزوار يتسع لـ… شخص.',
        },
        answer: false,
        explanation: {
          ar: 'العبارة خاطئة: جاء في المقال «وأشار إلى أن السلطة ستنفق 4.2 مليون دينار على ترميم ممر السيق الذي يبلغ طوله 1.2 كيلومتر»، لا 5.2 مليون دينار.',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأشار إلى أن السلطة ستنفق 4.2 مليون دينار على ترميم ممر السيق الذي يبلغ طوله 1.2 كيلومتر',
        },
      },
      {
        id: 'choice-people-1500',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وأشار إلى أن السلطة ستنفق … على ترميم ممر السيق الذي يبلغ طوله …، وعلى إنشاء مركز جديد للزوار يتسع لـ____ شخص»',
        },
        choices: [
          {
            id: 'v2100',
            text: {
              ar: '2100',
            },
          },
          {
            id: 'v1700',
            text: {
              ar: '1700',
            },
          },
          {
            id: 'v1500',
            text: {
              ar: '1500',
            },
          },
          {
            id: 'v1900',
            text: {
              ar: '1900',
            },
          },
        ],
        answer: 'v1500',
        explanation: {
          ar: 'جاء في المقال: «وعلى إنشاء مركز جديد للزوار يتسع لـ1500 شخص».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وعلى إنشاء مركز جديد للزوار يتسع لـ1500 شخص.',
        },
      },
      {
        id: 'date-20190000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وكانت البترا قد استقبلت عام ____ أكثر من … زائر، وهو رقم قياسي لم تبلغه منذ ذلك الحين»',
        },
        answer: {
          value: 20190000,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وكانت البترا قد استقبلت عام 2019 أكثر من مليون و130 ألف زائر».',
        },
        evidence: {
          paragraph: 4,
          quote: 'وكانت البترا قد استقبلت عام 2019 أكثر من مليون و130 ألف زائر',
        },
      },
      {
        id: 'choice-count-1130000',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وكانت البترا قد استقبلت عام … أكثر من ____ زائر، وهو رقم قياسي لم تبلغه منذ ذلك الحين»',
        },
        choices: [
          {
            id: 'v1880000',
            text: {
              ar: '1.88 مليون',
            },
          },
          {
            id: 'v1380000',
            text: {
              ar: '1.38 مليون',
            },
          },
          {
            id: 'v1630000',
            text: {
              ar: '1.63 مليون',
            },
          },
          {
            id: 'v1130000',
            text: {
              ar: '1.13 مليون',
            },
          },
        ],
        answer: 'v1130000',
        explanation: {
          ar: 'جاء في المقال: «وكانت البترا قد استقبلت عام 2019 أكثر من مليون و130 ألف زائر».',
        },
        evidence: {
          paragraph: 4,
          quote: 'وكانت البترا قد استقبلت عام 2019 أكثر من مليون و130 ألف زائر',
        },
      },
      {
        id: 'percent-68',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وقال رئيس مجلس مفوضي السلطة … إن إيرادات بيع التذاكر بلغت …، وإن الزوار الأجانب شكلوا ____ من المجموع»',
        },
        answer: {
          value: 68,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وإن الزوار الأجانب شكلوا 68 في المئة من المجموع».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وإن الزوار الأجانب شكلوا 68 في المئة من المجموع',
        },
      },
      {
        id: 'percent-74',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «فيما بلغت نسبة إشغال الفنادق في … ____»',
        },
        answer: {
          value: 74,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «فيما بلغت نسبة إشغال الفنادق في وادي موسى 74 في المئة».',
        },
        evidence: {
          paragraph: 1,
          quote: 'فيما بلغت نسبة إشغال الفنادق في وادي موسى 74 في المئة.',
        },
      },
      {
        id: 'people-812000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «ارتفع عدد زوار مدينة البترا الأثرية خلال الأشهر … الأولى من العام الحالي بنسبة 23.5 في المئة مقارنة بالفترة نفسها من العام الماضي، ليبلغ نحو ____ زائر»',
        },
        answer: {
          value: 812000,
          unit: 'person',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «ليبلغ نحو 812 ألف زائر».',
        },
        evidence: {
          paragraph: 0,
          quote: 'ليبلغ نحو 812 ألف زائر',
        },
      },
      {
        id: 'money-60',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «على أن ترتفع تذكرة اليومين إلى ____ اعتبارا من مطلع العام المقبل»',
        },
        answer: {
          value: 60,
          unit: 'JOD',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «على أن ترتفع تذكرة اليومين إلى 60 دينارا اعتبارا من مطلع العام المقبل».',
        },
        evidence: {
          paragraph: 2,
          quote: 'على أن ترتفع تذكرة اليومين إلى 60 دينارا اعتبارا من مطلع العام المقبل.',
        },
      },
      {
        id: 'money-1',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأضاف … أن سعر تذكرة الدخول … سيبقى … للسائح الأجنبي و____ للأردنيين»',
        },
        answer: {
          value: 1,
          unit: 'JOD',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «ودينارا واحدا للأردنيين».',
        },
        evidence: {
          paragraph: 2,
          quote: 'ودينارا واحدا للأردنيين',
        },
      },
      {
        id: 'money-4200000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأشار إلى أن السلطة ستنفق ____ على ترميم ممر السيق»',
        },
        answer: {
          value: 4200000,
          unit: 'JOD',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأشار إلى أن السلطة ستنفق 4.2 مليون دينار على ترميم ممر السيق».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأشار إلى أن السلطة ستنفق 4.2 مليون دينار على ترميم ممر السيق',
        },
      },
      {
        id: 'length-1-2',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «على ترميم ممر السيق الذي يبلغ طوله ____»',
        },
        answer: {
          value: 1.2,
          unit: 'kilometre',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «على ترميم ممر السيق الذي يبلغ طوله 1.2 كيلومتر».',
        },
        evidence: {
          paragraph: 3,
          quote: 'على ترميم ممر السيق الذي يبلغ طوله 1.2 كيلومتر',
        },
      },
      {
        id: 'where-3',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ باسم المكان الوارد في المقال: «فيما بلغت نسبة إشغال الفنادق في ____ …»',
        },
        answer: {
          accepted: ['وادي موسى'],
        },
        explanation: {
          ar: 'جاء في المقال: «فيما بلغت نسبة إشغال الفنادق في وادي موسى 74 في المئة».',
        },
        evidence: {
          paragraph: 1,
          quote: 'فيما بلغت نسبة إشغال الفنادق في وادي موسى 74 في المئة.',
        },
      },
      {
        id: 'true-percent-23-5',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ ارتفع عدد زوار مدينة البترا الأثرية خلال الأشهر … الأولى من العام الحالي بنسبة 23.5 في المئة مقارنة بالفترة نفسها من العام الماضي.',
        },
        answer: true,
        explanation: {
          ar: 'جاء في المقال: «ارتفع عدد زوار مدينة البترا الأثرية خلال الأشهر التسعة الأولى من العام الحالي بنسبة 23.5 في المئة مقارنة بالفترة نفسها من العام الماضي».',
        },
        evidence: {
          paragraph: 0,
          quote: 'ارتفع عدد زوار مدينة البترا الأثرية خلال الأشهر التسعة الأولى من العام الحالي بنسبة 23.5 في المئة مقارنة بالفترة نفسها من العام الماضي',
        },
      },
      {
        id: 'choose-spending',
        type: 'multiple',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر كل ما ستنفق عليه السلطة بحسب المقال:',
        },
        choices: [
          {
            id: 'c1',
            text: {
              ar: 'ترميم السيق',
            },
          },
          {
            id: 'c2',
            text: {
              ar: 'توسيع مطار الملكة علياء',
            },
          },
          {
            id: 'c3',
            text: {
              ar: 'مركز للزوار',
            },
          },
          {
            id: 'c4',
            text: {
              ar: 'بناء فندق في وادي رم',
            },
          },
        ],
        answer: ['c1', 'c3'],
        explanation: {
          ar: 'جاء في المقال: «وأشار إلى أن السلطة ستنفق 4.2 مليون دينار على ترميم ممر السيق الذي يبلغ طوله 1.2 كيلومتر، وعلى إنشاء مركز جديد للزوار يتسع لـ1500 شخص».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأشار إلى أن السلطة ستنفق 4.2 مليون دينار على ترميم ممر السيق الذي يبلغ طوله 1.2 كيلومتر، وعلى إنشاء مركز جديد للزوار يتسع لـ1500 شخص.',
        },
      },
    ],
    articleText:
      'زوار البترا يرتفعون 23.5% في تسعة أشهر والإيرادات تتجاوز 31 مليون دينار\nارتفع عدد زوار مدينة البترا الأثرية خلال الأشهر التسعة الأولى من العام الحالي بنسبة 23.5 في المئة مقارنة بالفترة نفسها من العام الماضي، ليبلغ نحو 812 ألف زائر، بحسب أرقام أعلنتها سلطة إقليم البترا التنموي السياحي يوم الثلاثاء 14 أكتوبر 2025.\n\nوقال رئيس مجلس مفوضي السلطة عماد الحجايا إن إيرادات بيع التذاكر بلغت 31.6 مليون دينار أردني، وإن الزوار الأجانب شكلوا 68 في المئة من المجموع، فيما بلغت نسبة إشغال الفنادق في وادي موسى 74 في المئة.\n\nوأضاف الحجايا أن سعر تذكرة الدخول ليوم واحد سيبقى 50 دينارا للسائح الأجنبي ودينارا واحدا للأردنيين، على أن ترتفع تذكرة اليومين إلى 60 دينارا اعتبارا من مطلع العام المقبل.\n\nوأشار إلى أن السلطة ستنفق 4.2 مليون دينار على ترميم ممر السيق الذي يبلغ طوله 1.2 كيلومتر، وعلى إنشاء مركز جديد للزوار يتسع لـ1500 شخص.\n\nوكانت البترا قد استقبلت عام 2019 أكثر من مليون و130 ألف زائر، وهو رقم قياسي لم تبلغه منذ ذلك الحين.',
  },
  'bookfair-ar': {
    id: 'draft-c34fb6db',
    version: 1,
    lang: 'ar',
    title: {
      ar: 'معرض القاهرة الدولي للكتاب ينطلق في دورته السابعة والخمسين بمشاركة 1350 دار نشر',
    },
    source: {
      name: 'نص مُلصق',
    },
    article: 'article.ar.txt',
    questions: [
      {
        id: 'date-122',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «أعلنت الهيئة المصرية العامة للكتاب أن الدورة السابعة والخمسين لمعرض القاهرة الدولي للكتاب ستقام في الفترة من ____ إلى …، بمركز مصر للمعارض الدولية في التجمع الخامس، بمشاركة 1350 دار نشر من … دولة»',
        },
        answer: {
          value: 122,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «أعلنت الهيئة المصرية العامة للكتاب أن الدورة السابعة والخمسين لمعرض القاهرة الدولي للكتاب ستقام في الفترة من 22 يناير إلى 3 فبراير 2026».',
        },
        evidence: {
          paragraph: 0,
          quote: 'أعلنت الهيئة المصرية العامة للكتاب أن الدورة السابعة والخمسين لمعرض القاهرة الدولي للكتاب ستقام في الفترة من 22 يناير إلى 3 فبراير 2026',
        },
      },
      {
        id: 'choice-date-20260203',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «أعلنت الهيئة المصرية العامة للكتاب أن الدورة السابعة والخمسين لمعرض القاهرة الدولي للكتاب ستقام في الفترة من … إلى ____، بمركز مصر للمعارض الدولية في التجمع الخامس، بمشاركة 1350 دار نشر من … دولة»',
        },
        choices: [
          {
            id: 'v20250203',
            text: {
              ar: '3 فبراير 2025',
            },
          },
          {
            id: 'v20240203',
            text: {
              ar: '3 فبراير 2024',
            },
          },
          {
            id: 'v20230203',
            text: {
              ar: '3 فبراير 2023',
            },
          },
          {
            id: 'v20260203',
            text: {
              ar: '3 فبراير 2026',
            },
          },
        ],
        answer: 'v20260203',
        explanation: {
          ar: 'جاء في المقال: «أعلنت الهيئة المصرية العامة للكتاب أن الدورة السابعة والخمسين لمعرض القاهرة الدولي للكتاب ستقام في الفترة من 22 يناير إلى 3 فبراير 2026».',
        },
        evidence: {
          paragraph: 0,
          quote: 'أعلنت الهيئة المصرية العامة للكتاب أن الدورة السابعة والخمسين لمعرض القاهرة الدولي للكتاب ستقام في الفترة من 22 يناير إلى 3 فبراير 2026',
        },
      },
      {
        id: 'who-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وقال رئيس الهيئة الدكتور ____ …»',
        },
        answer: {
          accepted: ['حسام الشريف', 'الشريف'],
        },
        explanation: {
          ar: 'جاء في المقال: «وقال رئيس الهيئة الدكتور حسام الشريف».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وقال رئيس الهيئة الدكتور حسام الشريف',
        },
      },
      {
        id: 'choice-date-104',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وقال رئيس الهيئة الدكتور …، في مؤتمر صحفي يوم الأحد ____، إن أبواب المعرض ستفتح يوميا من العاشرة صباحا حتى التاسعة مساء، أي …، وإن سعر تذكرة الدخول سيبقى … …»',
        },
        choices: [
          {
            id: 'v102',
            text: {
              ar: '2 يناير',
            },
          },
          {
            id: 'v103',
            text: {
              ar: '3 يناير',
            },
          },
          {
            id: 'v104',
            text: {
              ar: '4 يناير',
            },
          },
          {
            id: 'v105',
            text: {
              ar: '5 يناير',
            },
          },
        ],
        answer: 'v104',
        explanation: {
          ar: 'جاء في المقال: «في مؤتمر صحفي يوم الأحد 4 يناير».',
        },
        evidence: {
          paragraph: 1,
          quote: 'في مؤتمر صحفي يوم الأحد 4 يناير',
        },
      },
      {
        id: 'time-90-minute',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأضاف … أن جناح الطفل سيقدم ورشا في … و… للأطفال من سن 7 إلى … سنة، تستمر كل ورشة ____»',
        },
        answer: {
          value: 90,
          unit: 'minute',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «تستمر كل ورشة 90 دقيقة».',
        },
        evidence: {
          paragraph: 2,
          quote: 'تستمر كل ورشة 90 دقيقة',
        },
      },
      {
        id: 'where-2',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وأضاف … أن جناح الطفل سيقدم ورشا في … و… للأطفال من سن 7 إلى … سنة، تستمر كل ورشة …، وأن ____ ستكون ضيف شرف هذه الدورة»',
        },
        answer: {
          accepted: ['رومانيا'],
        },
        explanation: {
          ar: 'جاء في المقال: «وأن رومانيا ستكون ضيف شرف هذه الدورة».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأن رومانيا ستكون ضيف شرف هذه الدورة.',
        },
      },
      {
        id: 'false-count-4500000',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وأشار إلى أن الدورة الماضية استقبلت نحو 5.5 مليون زائر خلال …، وأن الهيئة خصصت هذا العام … حافلة مجانية تنقل الزوار من … إلى المعرض كل ….',
        },
        answer: false,
        explanation: {
          ar: 'العبارة خاطئة: جاء في المقال «وأشار إلى أن الدورة الماضية استقبلت نحو 4.5 مليون زائر خلال 13 يوما»، لا 5.5 مليون.',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأشار إلى أن الدورة الماضية استقبلت نحو 4.5 مليون زائر خلال 13 يوما',
        },
      },
      {
        id: 'time-13-day',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأشار إلى أن الدورة الماضية استقبلت نحو … زائر خلال ____، وأن الهيئة خصصت هذا العام … حافلة مجانية تنقل الزوار من … إلى المعرض كل …»',
        },
        answer: {
          value: 13,
          unit: 'day',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأشار إلى أن الدورة الماضية استقبلت نحو 4.5 مليون زائر خلال 13 يوما».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأشار إلى أن الدورة الماضية استقبلت نحو 4.5 مليون زائر خلال 13 يوما',
        },
      },
      {
        id: 'choice-time-120-year',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «واختارت اللجنة العليا للمعرض الكاتب الراحل … شخصية المعرض، بمناسبة مرور ____ على ميلاده»',
        },
        choices: [
          {
            id: 'v120',
            text: {
              ar: '120 عاما',
            },
          },
          {
            id: 'v170',
            text: {
              ar: '170 عاما',
            },
          },
          {
            id: 'v220',
            text: {
              ar: '220 عاما',
            },
          },
          {
            id: 'v70',
            text: {
              ar: '70 عاما',
            },
          },
        ],
        answer: 'v120',
        explanation: {
          ar: 'جاء في المقال: «بمناسبة مرور 120 عاما على ميلاده».',
        },
        evidence: {
          paragraph: 4,
          quote: 'بمناسبة مرور 120 عاما على ميلاده.',
        },
      },
      {
        id: 'count-83',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «بمشاركة 1350 دار نشر من ____ دولة»',
        },
        answer: {
          value: 83,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «بمشاركة 1350 دار نشر من 83 دولة».',
        },
        evidence: {
          paragraph: 0,
          quote: 'بمشاركة 1350 دار نشر من 83 دولة.',
        },
      },
      {
        id: 'time-11-hour',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «إن أبواب المعرض ستفتح يوميا من العاشرة صباحا حتى التاسعة مساء، أي ____»',
        },
        answer: {
          value: 11,
          unit: 'hour',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «إن أبواب المعرض ستفتح يوميا من العاشرة صباحا حتى التاسعة مساء، أي 11 ساعة».',
        },
        evidence: {
          paragraph: 1,
          quote: 'إن أبواب المعرض ستفتح يوميا من العاشرة صباحا حتى التاسعة مساء، أي 11 ساعة',
        },
      },
      {
        id: 'money-10',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وإن سعر تذكرة الدخول سيبقى ____، مع دخول مجاني للأطفال دون … وللمواطنين فوق …»',
        },
        answer: {
          value: 10,
          unit: 'EGP',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وإن سعر تذكرة الدخول سيبقى 10 جنيهات».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وإن سعر تذكرة الدخول سيبقى 10 جنيهات',
        },
      },
      {
        id: 'year-6',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «مع دخول مجاني للأطفال دون ____ وللمواطنين فوق …»',
        },
        answer: {
          value: 6,
          unit: 'year',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «مع دخول مجاني للأطفال دون 6 سنوات وللمواطنين فوق 65 عاما».',
        },
        evidence: {
          paragraph: 1,
          quote: 'مع دخول مجاني للأطفال دون 6 سنوات وللمواطنين فوق 65 عاما.',
        },
      },
      {
        id: 'year-65',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «مع دخول مجاني للأطفال دون … وللمواطنين فوق ____»',
        },
        answer: {
          value: 65,
          unit: 'year',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «مع دخول مجاني للأطفال دون 6 سنوات وللمواطنين فوق 65 عاما».',
        },
        evidence: {
          paragraph: 1,
          quote: 'مع دخول مجاني للأطفال دون 6 سنوات وللمواطنين فوق 65 عاما.',
        },
      },
      {
        id: 'year-12',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأضاف … أن جناح الطفل سيقدم ورشا في … و… للأطفال من سن 7 إلى ____»',
        },
        answer: {
          value: 12,
          unit: 'year',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأضاف الشريف أن جناح الطفل سيقدم ورشا في الرسم والحكي للأطفال من سن 7 إلى 12 سنة».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأضاف الشريف أن جناح الطفل سيقدم ورشا في الرسم والحكي للأطفال من سن 7 إلى 12 سنة',
        },
      },
      {
        id: 'time-30-minute',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأن الهيئة خصصت هذا العام … حافلة مجانية تنقل الزوار من … إلى المعرض كل ____»',
        },
        answer: {
          value: 30,
          unit: 'minute',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأن الهيئة خصصت هذا العام 40 حافلة مجانية تنقل الزوار من ميدان التحرير إلى المعرض كل نصف ساعة».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأن الهيئة خصصت هذا العام 40 حافلة مجانية تنقل الزوار من ميدان التحرير إلى المعرض كل نصف ساعة.',
        },
      },
      {
        id: 'count-40',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأن الهيئة خصصت هذا العام ____ حافلة مجانية تنقل الزوار من … إلى المعرض كل …»',
        },
        answer: {
          value: 40,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأن الهيئة خصصت هذا العام 40 حافلة مجانية».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأن الهيئة خصصت هذا العام 40 حافلة مجانية',
        },
      },
      {
        id: 'who-3',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «واختارت اللجنة العليا للمعرض الكاتب الراحل ____ شخصية المعرض، بمناسبة مرور … على ميلاده»',
        },
        answer: {
          accepted: ['يحيى حقي', 'حقي'],
        },
        explanation: {
          ar: 'جاء في المقال: «واختارت اللجنة العليا للمعرض الكاتب الراحل يحيى حقي شخصية المعرض».',
        },
        evidence: {
          paragraph: 4,
          quote: 'واختارت اللجنة العليا للمعرض الكاتب الراحل يحيى حقي شخصية المعرض',
        },
      },
      {
        id: 'where-4',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ باسم المكان الوارد في المقال: «وأن الهيئة خصصت هذا العام … حافلة مجانية تنقل الزوار من ____ إلى المعرض كل …»',
        },
        answer: {
          accepted: ['ميدان التحرير', 'التحرير'],
        },
        explanation: {
          ar: 'جاء في المقال: «وأن الهيئة خصصت هذا العام 40 حافلة مجانية تنقل الزوار من ميدان التحرير إلى المعرض كل نصف ساعة».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأن الهيئة خصصت هذا العام 40 حافلة مجانية تنقل الزوار من ميدان التحرير إلى المعرض كل نصف ساعة.',
        },
      },
      {
        id: 'true-1',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وقال رئيس الهيئة … إن أبواب المعرض ستفتح يوميا من العاشرة صباحا حتى التاسعة مساء.',
        },
        answer: true,
        explanation: {
          ar: 'جاء في المقال: «إن أبواب المعرض ستفتح يوميا من العاشرة صباحا حتى التاسعة مساء».',
        },
        evidence: {
          paragraph: 1,
          quote: 'إن أبواب المعرض ستفتح يوميا من العاشرة صباحا حتى التاسعة مساء',
        },
      },
      {
        id: 'choose-workshops',
        type: 'multiple',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ورش جناح الطفل التي ذكرها المقال:',
        },
        choices: [
          {
            id: 'c1',
            text: {
              ar: 'الموسيقى',
            },
          },
          {
            id: 'c2',
            text: {
              ar: 'الرسم',
            },
          },
          {
            id: 'c3',
            text: {
              ar: 'المسرح',
            },
          },
          {
            id: 'c4',
            text: {
              ar: 'الحكي',
            },
          },
        ],
        answer: ['c2', 'c4'],
        explanation: {
          ar: 'جاء في المقال: «وأضاف الشريف أن جناح الطفل سيقدم ورشا في الرسم والحكي للأطفال من سن 7 إلى 12 سنة».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأضاف الشريف أن جناح الطفل سيقدم ورشا في الرسم والحكي للأطفال من سن 7 إلى 12 سنة',
        },
      },
    ],
    articleText:
      'معرض القاهرة الدولي للكتاب ينطلق في دورته السابعة والخمسين بمشاركة 1350 دار نشر\nأعلنت الهيئة المصرية العامة للكتاب أن الدورة السابعة والخمسين لمعرض القاهرة الدولي للكتاب ستقام في الفترة من 22 يناير إلى 3 فبراير 2026، بمركز مصر للمعارض الدولية في التجمع الخامس، بمشاركة 1350 دار نشر من 83 دولة.\n\nوقال رئيس الهيئة الدكتور حسام الشريف، في مؤتمر صحفي يوم الأحد 4 يناير، إن أبواب المعرض ستفتح يوميا من العاشرة صباحا حتى التاسعة مساء، أي 11 ساعة، وإن سعر تذكرة الدخول سيبقى 10 جنيهات، مع دخول مجاني للأطفال دون 6 سنوات وللمواطنين فوق 65 عاما.\n\nوأضاف الشريف أن جناح الطفل سيقدم ورشا في الرسم والحكي للأطفال من سن 7 إلى 12 سنة، تستمر كل ورشة 90 دقيقة، وأن رومانيا ستكون ضيف شرف هذه الدورة.\n\nوأشار إلى أن الدورة الماضية استقبلت نحو 4.5 مليون زائر خلال 13 يوما، وأن الهيئة خصصت هذا العام 40 حافلة مجانية تنقل الزوار من ميدان التحرير إلى المعرض كل نصف ساعة.\n\nواختارت اللجنة العليا للمعرض الكاتب الراحل يحيى حقي شخصية المعرض، بمناسبة مرور 120 عاما على ميلاده.',
  },
  'pumpkin-en': {
    id: 'somerset-grower-s-1-247lb-pumpkin',
    version: 1,
    lang: 'en',
    title: {
      en: "Somerset grower's 1,247lb pumpkin wins giant vegetable championship",
    },
    source: {
      name: 'Pasted text',
    },
    article: 'article.en.txt',
    questions: [
      {
        id: 'time-71-year',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “…, ____, took first place and a prize of … after beating 64 other growers”',
        },
        answer: {
          value: 71,
          unit: 'year',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “Derek Hollis, 71, took first place and a prize of £2,500 after beating 64 other growers”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'Derek Hollis, 71, took first place and a prize of £2,500 after beating 64 other growers.',
        },
      },
      {
        id: 'choice-money-2500',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Which fills the blank, according to the article? “…, …, took first place and a prize of ____ after beating 64 other growers”',
        },
        choices: [
          {
            id: 'v2300',
            text: {
              en: '£2,300',
            },
          },
          {
            id: 'v2500',
            text: {
              en: '£2,500',
            },
          },
          {
            id: 'v2700',
            text: {
              en: '£2,700',
            },
          },
          {
            id: 'v2100',
            text: {
              en: '£2,100',
            },
          },
        ],
        answer: 'v2500',
        explanation: {
          en: 'The article says: “took first place and a prize of £2,500 after beating 64 other growers”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'took first place and a prize of £2,500 after beating 64 other growers.',
        },
      },
      {
        id: 'time-112-day',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “… said the pumpkin had grown for ____ and at its peak gained up to … a day”',
        },
        answer: {
          value: 112,
          unit: 'day',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “Hollis said the pumpkin had grown for 112 days and at its peak gained up to 40lb (18kg) a day”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'Hollis said the pumpkin had grown for 112 days and at its peak gained up to 40lb (18kg) a day.',
        },
      },
      {
        id: 'choice-volume-150',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Which fills the blank, according to the article? “‘I watered it with about ____ every evening and slept in the greenhouse on the stormy nights,’ he said”',
        },
        choices: [
          {
            id: 'v150',
            text: {
              en: '150 litres',
            },
          },
          {
            id: 'v130',
            text: {
              en: '130 litres',
            },
          },
          {
            id: 'v170',
            text: {
              en: '170 litres',
            },
          },
          {
            id: 'v190',
            text: {
              en: '190 litres',
            },
          },
        ],
        answer: 'v150',
        explanation: {
          en: 'The article says: “”I watered it with about 150 litres every evening and slept in the greenhouse on the stormy nights,” he said”.',
        },
        evidence: {
          paragraph: 2,
          quote: '"I watered it with about 150 litres every evening and slept in the greenhouse on the stormy nights," he said.',
        },
      },
      {
        id: 'count-65',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "Fill in the blank from the article: “Two-thirds of this year's ____ entries came from first-time growers, and … of the growers were under …, the show's chairwoman …”",
        },
        answer: {
          value: 65,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          en: "The article says: “Two-thirds of this year's 65 entries came from first-time growers”.",
        },
        evidence: {
          paragraph: 3,
          quote: "Two-thirds of this year's 65 entries came from first-time growers",
        },
      },
      {
        id: 'who-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "Fill in the blank with the name the article gives: “Two-thirds of this year's … entries came from first-time growers, and … of the growers were under …, the show's chairwoman, ____, said”",
        },
        answer: {
          accepted: ['Margaret Doyle', 'Doyle'],
        },
        explanation: {
          en: "The article says: “Two-thirds of this year's 65 entries came from first-time growers, and a quarter of the growers were under 30, the show's chairwoman, Margaret Doyle, said”.",
        },
        evidence: {
          paragraph: 3,
          quote:
            "Two-thirds of this year's 65 entries came from first-time growers, and a quarter of the growers were under 30, the show's chairwoman, Margaret Doyle, said.",
        },
      },
      {
        id: 'false-count-9000',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'True or false, according to the article? The show drew about 7,000 visitors over … and raised … for the Somerset Air Ambulance, up from £11,800 last year.',
        },
        answer: false,
        explanation: {
          en: 'False: the article says “The show drew about 9,000 visitors over two days and raised £14,300 for the Somerset Air Ambulance”, not 7,000.',
        },
        evidence: {
          paragraph: 4,
          quote: 'The show drew about 9,000 visitors over two days and raised £14,300 for the Somerset Air Ambulance',
        },
      },
      {
        id: 'time-2-day',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The show drew about … visitors over ____ and raised … for the Somerset Air Ambulance, up from £11,800 last year”',
        },
        answer: {
          value: 2,
          unit: 'day',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “The show drew about 9,000 visitors over two days and raised £14,300 for the Somerset Air Ambulance”.',
        },
        evidence: {
          paragraph: 4,
          quote: 'The show drew about 9,000 visitors over two days and raised £14,300 for the Somerset Air Ambulance',
        },
      },
      {
        id: 'mass-566',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “A retired postman from Somerset has won the … Shepton Giant Vegetable Championship with a pumpkin weighing ____, the heaviest ever grown in the south-west of England”',
        },
        answer: {
          value: 566,
          unit: 'kilogram',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “has won the 41st Shepton Giant Vegetable Championship with a pumpkin weighing 1,247lb (566kg)”.',
        },
        evidence: {
          paragraph: 0,
          quote: 'has won the 41st Shepton Giant Vegetable Championship with a pumpkin weighing 1,247lb (566kg)',
        },
      },
      {
        id: 'count-41',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “A retired postman from Somerset has won the ____ Shepton Giant Vegetable Championship”',
        },
        answer: {
          value: 41,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “A retired postman from Somerset has won the 41st Shepton Giant Vegetable Championship”.',
        },
        evidence: {
          paragraph: 0,
          quote: 'A retired postman from Somerset has won the 41st Shepton Giant Vegetable Championship',
        },
      },
      {
        id: 'who-2',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank with the name the article gives: “The runner-up, ____ from …, entered a pumpkin of …”',
        },
        answer: {
          accepted: ['Anwen Price', 'Price'],
        },
        explanation: {
          en: 'The article says: “The runner-up, Anwen Price from Monmouth, entered a pumpkin of 1,102lb (500kg)”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'The runner-up, Anwen Price from Monmouth, entered a pumpkin of 1,102lb (500kg)',
        },
      },
      {
        id: 'where-3',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank with the place the article gives: “The runner-up, … from ____, entered a pumpkin of …”',
        },
        answer: {
          accepted: ['Monmouth'],
        },
        explanation: {
          en: 'The article says: “The runner-up, Anwen Price from Monmouth, entered a pumpkin of 1,102lb (500kg)”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'The runner-up, Anwen Price from Monmouth, entered a pumpkin of 1,102lb (500kg)',
        },
      },
      {
        id: 'mass-500',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The runner-up, … from …, entered a pumpkin of ____”',
        },
        answer: {
          value: 500,
          unit: 'kilogram',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “The runner-up, Anwen Price from Monmouth, entered a pumpkin of 1,102lb (500kg)”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'The runner-up, Anwen Price from Monmouth, entered a pumpkin of 1,102lb (500kg)',
        },
      },
      {
        id: 'mass-18',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “… said the pumpkin had grown for … and at its peak gained up to ____ a day”',
        },
        answer: {
          value: 18,
          unit: 'kilogram',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “and at its peak gained up to 40lb (18kg) a day”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'and at its peak gained up to 40lb (18kg) a day.',
        },
      },
      {
        id: 'money-14300',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The show drew about … visitors over … and raised ____ for the Somerset Air Ambulance, up from £11,800 last year”',
        },
        answer: {
          value: 14300,
          unit: 'GBP',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “and raised £14,300 for the Somerset Air Ambulance”.',
        },
        evidence: {
          paragraph: 4,
          quote: 'and raised £14,300 for the Somerset Air Ambulance',
        },
      },
      {
        id: 'percent-25',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "Fill in the blank from the article: “Two-thirds of this year's … entries came from first-time growers, and ____ of the growers were under …”",
        },
        answer: {
          value: 25,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “and a quarter of the growers were under 30”.',
        },
        evidence: {
          paragraph: 3,
          quote: 'and a quarter of the growers were under 30',
        },
      },
      {
        id: 'year-30',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "Fill in the blank from the article: “Two-thirds of this year's … entries came from first-time growers, and … of the growers were under ____”",
        },
        answer: {
          value: 30,
          unit: 'year',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “and a quarter of the growers were under 30”.',
        },
        evidence: {
          paragraph: 3,
          quote: 'and a quarter of the growers were under 30',
        },
      },
      {
        id: 'length-4-98',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The pumpkin measured ____ around its middle”',
        },
        answer: {
          value: 4.98,
          unit: 'metre',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “The pumpkin measured 16ft 4in (4.98 metres) around its middle”.',
        },
        evidence: {
          paragraph: 3,
          quote: 'The pumpkin measured 16ft 4in (4.98 metres) around its middle.',
        },
      },
      {
        id: 'who-3',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank with the name the article gives: “____, …, took first place and a prize of … after beating 64 other growers”',
        },
        answer: {
          accepted: ['Derek Hollis', 'Hollis'],
        },
        explanation: {
          en: 'The article says: “Derek Hollis, 71, took first place and a prize of £2,500 after beating 64 other growers”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'Derek Hollis, 71, took first place and a prize of £2,500 after beating 64 other growers.',
        },
      },
      {
        id: 'true-fraction',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "True or false, according to the article? Two-thirds of this year's … entries came from first-time growers.",
        },
        answer: true,
        explanation: {
          en: "The article says: “Two-thirds of this year's 65 entries came from first-time growers”.",
        },
        evidence: {
          paragraph: 3,
          quote: "Two-thirds of this year's 65 entries came from first-time growers",
        },
      },
      {
        id: 'choose-care',
        type: 'multiple',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Which of these did the winner say he did for his pumpkin? Choose all that apply.',
        },
        choices: [
          {
            id: 'c1',
            text: {
              en: 'He played music to it',
            },
          },
          {
            id: 'c2',
            text: {
              en: 'He watered it every evening',
            },
          },
          {
            id: 'c3',
            text: {
              en: 'He slept in the greenhouse on stormy nights',
            },
          },
          {
            id: 'c4',
            text: {
              en: 'He fed it milk',
            },
          },
        ],
        answer: ['c2', 'c3'],
        explanation: {
          en: 'The article says: “"I watered it with about 150 litres every evening and slept in the greenhouse on the stormy nights," he said”.',
        },
        evidence: {
          paragraph: 2,
          quote: '"I watered it with about 150 litres every evening and slept in the greenhouse on the stormy nights," he said.',
        },
      },
    ],
    articleText:
      "Somerset grower's 1,247lb pumpkin wins giant vegetable championship\nA retired postman from Somerset has won the 41st Shepton Giant Vegetable Championship with a pumpkin weighing 1,247lb (566kg), the heaviest ever grown in the south-west of England, organisers said on Sunday.\n\nDerek Hollis, 71, took first place and a prize of £2,500 after beating 64 other growers. The runner-up, Anwen Price from Monmouth, entered a pumpkin of 1,102lb (500kg), while last year's champion finished third.\n\nHollis said the pumpkin had grown for 112 days and at its peak gained up to 40lb (18kg) a day. \"I watered it with about 150 litres every evening and slept in the greenhouse on the stormy nights,\" he said.\n\nTwo-thirds of this year's 65 entries came from first-time growers, and a quarter of the growers were under 30, the show's chairwoman, Margaret Doyle, said. The pumpkin measured 16ft 4in (4.98 metres) around its middle.\n\nThe show drew about 9,000 visitors over two days and raised £14,300 for the Somerset Air Ambulance, up from £11,800 last year.",
  },
}
