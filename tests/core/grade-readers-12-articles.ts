import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * A twelfth kind of article nobody on the team tuned the grader on (invented news, realistic in form): the Riyadh
 * metro's orange line opening, from SPA, with a Hijri date beside its Gregorian one («13 جمادى الآخرة 1446هـ الموافق 15
 * ديسمبر 2024م»), kilometres and stations, minutes between trains («كل ثماني دقائق» in words, «15 دقيقة»), fares in
 * riyals («4 ريالات», «40 ريالا»), a student discount in per cent, «3.6 مليون راكب يوميا» and degrees inside and outside.
 * The quiz `draftQuiz` made of it on 3 December 2026 is frozen, with its choice questions, so that the grader's tests
 * do not move when the drafter does; after the drafted questions come some written by hand in the drafter's form (a
 * quote with its key blanked, a name, one multiple-choice question): the drafter asked no number of the minutes off
 * peak, of the weekly ticket, of the stations, nor the spokesman's name.
 * tests/core/grade-readers-12.test.ts types real readers' answers to it.
 */
export const READERS_12_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'metro-riyadh-ar',
    lang: 'ar',
    text: 'افتتاح المسار البرتقالي لقطار الرياض أمام الركاب\n\nالرياض - واس:\nافتتحت الهيئة الملكية لمدينة الرياض، يوم الأحد 13 جمادى الآخرة 1446هـ الموافق 15 ديسمبر 2024م، المسار البرتقالي لقطار الرياض بطول 41 كيلومترا و22 محطة، ليصل عدد المسارات العاملة إلى أربعة من أصل ستة.\n\nوقال المتحدث باسم الهيئة، فيصل الدوسري، إن القطارات ستمر على المحطات كل ثماني دقائق في أوقات الذروة و15 دقيقة في غيرها، وإن الرحلة من طرف المسار إلى طرفه تستغرق 55 دقيقة.\n\nوأوضح الدوسري أن سعر تذكرة الساعتين يبلغ 4 ريالات، في حين تبلغ قيمة التذكرة الأسبوعية 40 ريالا، وأن الطلاب يحصلون على خصم 50 في المئة.\n\nوتتوقع الهيئة أن ينقل القطار 3.6 مليون راكب يوميا عند اكتمال مساراته الستة، على شبكة طولها 176 كيلومترا.\n\nوتبلغ درجة الحرارة داخل المحطات 24 درجة مئوية طوال العام، رغم أنها تتجاوز 45 درجة في الخارج صيفا.\n',
  },
]

/** The article's draft (`draftQuiz(text).quiz`) and the questions written by hand, by article name. */
export const READERS_12_QUIZZES: Record<string, Record<string, unknown> & { articleText: string }> = {
  'metro-riyadh-ar': {
    id: 'afttah-al-msar-al-brtqali-lqtar-riyadh-amam',
    version: 1,
    lang: 'ar',
    title: {
      ar: 'افتتاح المسار البرتقالي لقطار الرياض أمام الركاب',
    },
    source: {
      name: 'نص مُلصق',
    },
    article: 'article.ar.txt',
    questions: [
      {
        id: 'date-20241215',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «افتتحت الهيئة الملكية لمدينة الرياض، يوم الأحد 13 جمادى الآخرة 1446هـ الموافق ____ …»',
        },
        answer: {
          value: 20241215,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «يوم الأحد 13 جمادى الآخرة 1446هـ الموافق 15 ديسمبر 2024م».',
        },
        evidence: {
          paragraph: 0,
          quote: 'يوم الأحد 13 جمادى الآخرة 1446هـ الموافق 15 ديسمبر 2024م',
        },
      },
      {
        id: 'choice-length-41',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «افتتحت الهيئة الملكية لمدينة الرياض، يوم الأحد 13 جمادى الآخرة 1446هـ الموافق …، المسار البرتقالي لقطار الرياض بطول ____ و… محطة، ليصل عدد المسارات العاملة إلى أربعة من أصل ستة»',
        },
        choices: [
          {
            id: 'v51',
            text: {
              ar: '51 كيلومترا',
            },
          },
          {
            id: 'v41',
            text: {
              ar: '41 كيلومترا',
            },
          },
          {
            id: 'v31',
            text: {
              ar: '31 كيلومترا',
            },
          },
          {
            id: 'v61',
            text: {
              ar: '61 كيلومترا',
            },
          },
        ],
        answer: 'v41',
        explanation: {
          ar: 'جاء في المقال: «المسار البرتقالي لقطار الرياض بطول 41 كيلومترا و22 محطة».',
        },
        evidence: {
          paragraph: 0,
          quote: 'المسار البرتقالي لقطار الرياض بطول 41 كيلومترا و22 محطة',
        },
      },
      {
        id: 'choice-time-8-minute',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وقال المتحدث باسم الهيئة، …، إن القطارات ستمر على المحطات كل ____ في أوقات الذروة و… في غيرها …»',
        },
        choices: [
          {
            id: 'v8',
            text: {
              ar: '8 دقائق',
            },
          },
          {
            id: 'v9',
            text: {
              ar: '9 دقائق',
            },
          },
          {
            id: 'v7',
            text: {
              ar: '7 دقائق',
            },
          },
          {
            id: 'v10',
            text: {
              ar: '10 دقائق',
            },
          },
        ],
        answer: 'v8',
        explanation: {
          ar: 'جاء في المقال: «إن القطارات ستمر على المحطات كل ثماني دقائق في أوقات الذروة و15 دقيقة في غيرها».',
        },
        evidence: {
          paragraph: 1,
          quote: 'إن القطارات ستمر على المحطات كل ثماني دقائق في أوقات الذروة و15 دقيقة في غيرها',
        },
      },
      {
        id: 'time-55-minute',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وقال المتحدث باسم الهيئة، …، إن القطارات ستمر على المحطات كل … في أوقات الذروة و… في غيرها، وإن الرحلة من طرف المسار إلى طرفه تستغرق ____»',
        },
        answer: {
          value: 55,
          unit: 'minute',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وإن الرحلة من طرف المسار إلى طرفه تستغرق 55 دقيقة».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وإن الرحلة من طرف المسار إلى طرفه تستغرق 55 دقيقة.',
        },
      },
      {
        id: 'time-2-hour',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأوضح … أن سعر تذكرة ____ يبلغ …، في حين تبلغ قيمة التذكرة الأسبوعية …، وأن الطلاب يحصلون على خصم 50 في المئة»',
        },
        answer: {
          value: 2,
          unit: 'hour',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأوضح الدوسري أن سعر تذكرة الساعتين يبلغ 4 ريالات».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأوضح الدوسري أن سعر تذكرة الساعتين يبلغ 4 ريالات',
        },
      },
      {
        id: 'false-money-4',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وأوضح … أن سعر تذكرة … يبلغ 3 ريالات، في حين تبلغ قيمة التذكرة الأسبوعية …، وأن الطلاب يحصلون على خصم 50 في المئة.',
        },
        answer: false,
        explanation: {
          ar: 'العبارة خاطئة: جاء في المقال «وأوضح الدوسري أن سعر تذكرة الساعتين يبلغ 4 ريالات»، لا 3 ريالات.',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأوضح الدوسري أن سعر تذكرة الساعتين يبلغ 4 ريالات',
        },
      },
      {
        id: 'count-3600000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وتتوقع الهيئة أن ينقل القطار ____ راكب يوميا عند اكتمال مساراته …، على شبكة طولها 176 كيلومترا»',
        },
        answer: {
          value: 3600000,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وتتوقع الهيئة أن ينقل القطار 3.6 مليون راكب يوميا عند اكتمال مساراته الستة».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وتتوقع الهيئة أن ينقل القطار 3.6 مليون راكب يوميا عند اكتمال مساراته الستة',
        },
      },
      {
        id: 'count-6-2',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وتتوقع الهيئة أن ينقل القطار … راكب يوميا عند اكتمال مساراته ____، على شبكة طولها 176 كيلومترا»',
        },
        answer: {
          value: 6,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وتتوقع الهيئة أن ينقل القطار 3.6 مليون راكب يوميا عند اكتمال مساراته الستة».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وتتوقع الهيئة أن ينقل القطار 3.6 مليون راكب يوميا عند اكتمال مساراته الستة',
        },
      },
      {
        id: 'temperature-24',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وتبلغ درجة الحرارة داخل المحطات ____ طوال العام …»',
        },
        answer: {
          value: 24,
          unit: 'celsius',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وتبلغ درجة الحرارة داخل المحطات 24 درجة مئوية طوال العام».',
        },
        evidence: {
          paragraph: 4,
          quote: 'وتبلغ درجة الحرارة داخل المحطات 24 درجة مئوية طوال العام',
        },
      },
      {
        id: 'choice-temperature-45',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وتبلغ درجة الحرارة داخل المحطات … طوال العام، رغم أنها تتجاوز ____ درجة في الخارج صيفا»',
        },
        choices: [
          {
            id: 'v48',
            text: {
              ar: '48',
            },
          },
          {
            id: 'v45',
            text: {
              ar: '45',
            },
          },
          {
            id: 'v47',
            text: {
              ar: '47',
            },
          },
          {
            id: 'v46',
            text: {
              ar: '46',
            },
          },
        ],
        answer: 'v45',
        explanation: {
          ar: 'جاء في المقال: «رغم أنها تتجاوز 45 درجة في الخارج صيفا».',
        },
        evidence: {
          paragraph: 4,
          quote: 'رغم أنها تتجاوز 45 درجة في الخارج صيفا.',
        },
      },
      {
        id: 'time-15-minute',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «إن القطارات ستمر على المحطات كل … في أوقات الذروة و____ في غيرها»',
        },
        answer: {
          value: 15,
          unit: 'minute',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «إن القطارات ستمر على المحطات كل ثماني دقائق في أوقات الذروة و15 دقيقة في غيرها».',
        },
        evidence: {
          paragraph: 1,
          quote: 'إن القطارات ستمر على المحطات كل ثماني دقائق في أوقات الذروة و15 دقيقة في غيرها',
        },
      },
      {
        id: 'money-40',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «في حين تبلغ قيمة التذكرة الأسبوعية ____، وأن الطلاب يحصلون على خصم … في المئة»',
        },
        answer: {
          value: 40,
          unit: 'SAR',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «في حين تبلغ قيمة التذكرة الأسبوعية 40 ريالا».',
        },
        evidence: {
          paragraph: 2,
          quote: 'في حين تبلغ قيمة التذكرة الأسبوعية 40 ريالا',
        },
      },
      {
        id: 'count-22',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «المسار البرتقالي لقطار الرياض بطول … كيلومترا و____ محطة»',
        },
        answer: {
          value: 22,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «المسار البرتقالي لقطار الرياض بطول 41 كيلومترا و22 محطة».',
        },
        evidence: {
          paragraph: 0,
          quote: 'المسار البرتقالي لقطار الرياض بطول 41 كيلومترا و22 محطة',
        },
      },
      {
        id: 'name-spokesman',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وقال المتحدث باسم الهيئة، ____، إن القطارات ستمر على المحطات كل … في أوقات الذروة»',
        },
        answer: {
          accepted: ['فيصل الدوسري', 'الدوسري'],
        },
        explanation: {
          ar: 'جاء في المقال: «وقال المتحدث باسم الهيئة، فيصل الدوسري، إن القطارات ستمر على المحطات كل ثماني دقائق في أوقات الذروة».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وقال المتحدث باسم الهيئة، فيصل الدوسري، إن القطارات ستمر على المحطات كل ثماني دقائق في أوقات الذروة',
        },
      },
      {
        id: 'choose-metro',
        type: 'multiple',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر كل ما يصح بحسب المقال:',
        },
        choices: [
          {
            id: 'c1',
            text: {
              ar: 'يبلغ طول الشبكة عند اكتمالها 176 كيلومترا',
            },
          },
          {
            id: 'c2',
            text: {
              ar: 'تذكرة الساعتين بـ10 ريالات',
            },
          },
          {
            id: 'c3',
            text: {
              ar: 'يحصل الطلاب على خصم 50 في المئة',
            },
          },
          {
            id: 'c4',
            text: {
              ar: 'تعمل ستة مسارات اليوم',
            },
          },
        ],
        answer: ['c1', 'c3'],
        explanation: {
          ar: 'جاء في المقال: «على شبكة طولها 176 كيلومترا» و«وأن الطلاب يحصلون على خصم 50 في المئة»، وتذكرة الساعتين أرخص من ذلك، والمسارات العاملة أربعة من أصل ستة.',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأن الطلاب يحصلون على خصم 50 في المئة',
        },
      },
    ],
    articleText:
      'افتتاح المسار البرتقالي لقطار الرياض أمام الركاب\nافتتحت الهيئة الملكية لمدينة الرياض، يوم الأحد 13 جمادى الآخرة 1446هـ الموافق 15 ديسمبر 2024م، المسار البرتقالي لقطار الرياض بطول 41 كيلومترا و22 محطة، ليصل عدد المسارات العاملة إلى أربعة من أصل ستة.\n\nوقال المتحدث باسم الهيئة، فيصل الدوسري، إن القطارات ستمر على المحطات كل ثماني دقائق في أوقات الذروة و15 دقيقة في غيرها، وإن الرحلة من طرف المسار إلى طرفه تستغرق 55 دقيقة.\n\nوأوضح الدوسري أن سعر تذكرة الساعتين يبلغ 4 ريالات، في حين تبلغ قيمة التذكرة الأسبوعية 40 ريالا، وأن الطلاب يحصلون على خصم 50 في المئة.\n\nوتتوقع الهيئة أن ينقل القطار 3.6 مليون راكب يوميا عند اكتمال مساراته الستة، على شبكة طولها 176 كيلومترا.\n\nوتبلغ درجة الحرارة داخل المحطات 24 درجة مئوية طوال العام، رغم أنها تتجاوز 45 درجة في الخارج صيفا.',
  },
}
