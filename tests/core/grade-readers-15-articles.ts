import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Three more kinds of article nobody on the team tuned the grader on (invented news, realistic in form): Doha's local
 * rutab festival at Souq Waqif (QNA), with Qatari riyals in millions and a box's price beside last year's («4.6 مليون
 * ريال», «45 ريالا، مقابل 60 ريالا»), tonnes, kilograms, visitors in thousands, per cents, kilometres from Doha and a
 * month ahead («يوليو 2026»), in Gulf MSA; the pistachio harvest in Hama's countryside (SANA), with a Levantine month
 * name («12 آب 2025», «أيلول 2025»), thousands of tonnes this season beside last season's, hectares, millions of trees,
 * a price in Syrian pounds in thousands («120 ألف ليرة سورية») beside a day's wage («55 ألف ليرة»), millimetres of
 * rain and kilometres; fifty electric buses for Karachi (APP), with Pakistani rupees (`Rs 4.8 billion`, `Rs 60`
 * beside `Rs 30`), a route in kilometres, passengers a day and a month in millions, per cents, hours of charging in
 * words ("about three hours") and a month ahead (`June 2027`), in Pakistani English.
 * The quizzes `draftQuiz` made of them on 3 December 2026 are frozen, with their choice questions, so that the
 * grader's tests do not move when the drafter does; four drafted choice questions (a box's riyals, a price in Syrian
 * pounds, the Karachi plan's rupees and its fare) are asked as numeric ones, the drafted prompts' other keys are blanked,
 * and after the drafted questions come some written by hand in the drafter's form (a quote with its key blanked, a
 * name, a false statement). Drafter findings: in the Doha article it asked the riyals as counts («بلغ ____ ريالا»
 * with choices `41`, `43`; a false «50 ريالا» for «60 ريالا»), «ريالا» being read as no money (the grader's reading fixed
 * in this round; the drafter then asks them as money), and asked no money and no name; in the Karachi article it asked
 * no duration ("about three hours").
 * tests/core/grade-readers-15.test.ts types real readers' answers to them.
 */
export const READERS_15_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'rutab-doha-ar',
    lang: 'ar',
    text: 'مهرجان الرطب المحلي يختتم نسخته العاشرة في سوق واقف\n\nالدوحة - (قنا):\nاختتم مهرجان الرطب المحلي في سوق واقف، مساء الأحد 27 يوليو 2025، نسخته العاشرة بمشاركة 112 مزرعة قطرية، وبلغت الكميات المبيعة خلال أيام المهرجان الاثني عشر 218 طنا، بقيمة إجمالية بلغت 4.6 مليون ريال.\n\nوقال مدير إدارة الشؤون الزراعية بوزارة البلدية، يوسف خالد الخليفي، إن متوسط سعر صندوق رطب الخلاص زنة 3 كيلوغرامات بلغ 45 ريالا، مقابل 60 ريالا في النسخة الماضية، بسبب وفرة الإنتاج.\n\nوأضاف الخليفي أن عدد زوار المهرجان بلغ نحو 96 ألف زائر، بزيادة 15 في المئة عن العام الماضي، وأن المزارع القطرية تنتج نحو 28 ألف طن من التمور سنويا، تغطي 80 في المئة من حاجة السوق المحلي.\n\nوأوضح أن بعض المزارع المشاركة تبعد عن الدوحة 120 كيلومترا في أقصى الشمال، وأن الوزارة خصصت جوائز بقيمة 300 ألف ريال لأفضل المزارع، على أن تقام النسخة المقبلة في يوليو 2026.\n',
  },
  {
    name: 'pistachio-hama-ar',
    lang: 'ar',
    text: 'مزارعو ريف حماة يبدأون قطاف الفستق الحلبي\n\nحماة - (سانا):\nبدأ مزارعو ريف حماة الشمالي، يوم الثلاثاء 12 آب 2025، قطاف الفستق الحلبي، وسط تقديرات بإنتاج يصل إلى 38 ألف طن في المحافظة هذا الموسم، مقابل 31 ألف طن في الموسم الماضي.\n\nوقال مدير الزراعة في حماة، المهندس أشرف باكير، إن المساحة المزروعة بالفستق الحلبي في المحافظة تبلغ 29 ألف هكتار، تضم نحو 4.5 ملايين شجرة، 70 في المئة منها في طور الإثمار.\n\nوأوضح باكير أن سعر الكيلوغرام من الفستق الأحمر وصل في سوق مورك إلى 120 ألف ليرة سورية، في حين تبلغ أجرة العامل اليومية في القطاف 55 ألف ليرة، مشيرا إلى أن الهطولات المطرية هذا العام لم تتجاوز 210 ملليمترات.\n\nويبعد سوق مورك عن مدينة حماة نحو 30 كيلومترا، وتستعد الجمعية الفلاحية في البلدة لإقامة مهرجان الفستق الحلبي في أيلول 2025.\n',
  },
  {
    name: 'buses-karachi-en',
    lang: 'en',
    text: "Karachi gets 50 more electric buses\n\nKARACHI, Friday, 14 November 2025 (APP) - The Sindh government on Thursday added 50 electric buses to the People's Bus Service in Karachi under a Rs 4.8 billion plan, provincial Transport Minister Faisal Nadeem Qazi said.\n\nThe new buses will run on a 29-kilometre route from Malir Cantt to Tower and are expected to carry about 45,000 passengers a day, Qazi told a news conference. The fare will stay at Rs 60, while women and students will pay Rs 30 with a smart card.\n\nHe said each bus can travel 250 kilometres on a single charge of about three hours, and that 40 per cent of the new fleet would serve the city's outer districts.\n\nThe provincial government plans to bring the fleet to 500 buses by June 2027, the minister said. The service now carries some 2.1 million passengers a month.\n",
  },
]

/** Each article's draft (`draftQuiz(text).quiz`) and the questions written by hand, by article name. */
export const READERS_15_QUIZZES: Record<string, Record<string, unknown> & { articleText: string }> = {
  'rutab-doha-ar': {
    id: 'mhrjan-al-rtb-al-mhli-ykhttm-nskhth-al-ashra',
    version: 1,
    lang: 'ar',
    title: {
      ar: 'مهرجان الرطب المحلي يختتم نسخته العاشرة في سوق واقف',
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
          ar: 'أكمل الفراغ بحسب المقال: «اختتم مهرجان الرطب المحلي في سوق واقف، مساء الأحد ____ …»',
        },
        answer: {
          value: 20250727,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «اختتم مهرجان الرطب المحلي في سوق واقف، مساء الأحد 27 يوليو 2025، نسخته العاشرة بمشاركة 112 مزرعة قطرية، وبلغت الكميات المبيعة خلال أيام المهرجان الاثني عشر 218 طنا، بقيمة إجمالية بلغت 4.6 مليون ريال».',
        },
        evidence: {
          paragraph: 0,
          quote:
            'اختتم مهرجان الرطب المحلي في سوق واقف، مساء الأحد 27 يوليو 2025، نسخته العاشرة بمشاركة 112 مزرعة قطرية، وبلغت الكميات المبيعة خلال أيام المهرجان الاثني عشر 218 طنا، بقيمة إجمالية بلغت 4.6 مليون ريال.',
        },
      },
      {
        id: 'choice-count-112',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «اختتم مهرجان الرطب المحلي في سوق واقف، مساء الأحد …، نسخته العاشرة بمشاركة ____ مزرعة قطرية …»',
        },
        choices: [
          {
            id: 'v137',
            text: {
              ar: '137',
            },
          },
          {
            id: 'v187',
            text: {
              ar: '187',
            },
          },
          {
            id: 'v112',
            text: {
              ar: '112',
            },
          },
          {
            id: 'v162',
            text: {
              ar: '162',
            },
          },
        ],
        answer: 'v112',
        explanation: {
          ar: 'جاء في المقال: «نسخته العاشرة بمشاركة 112 مزرعة قطرية».',
        },
        evidence: {
          paragraph: 0,
          quote: 'نسخته العاشرة بمشاركة 112 مزرعة قطرية',
        },
      },
      {
        id: 'true-count-12',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ اختتم مهرجان الرطب المحلي في سوق واقف، مساء الأحد …، نسخته العاشرة بمشاركة … مزرعة قطرية، وبلغت الكميات المبيعة خلال أيام المهرجان الاثني عشر … طنا، بقيمة إجمالية بلغت ….',
        },
        answer: true,
        explanation: {
          ar: 'جاء في المقال: «وبلغت الكميات المبيعة خلال أيام المهرجان الاثني عشر 218 طنا».',
        },
        evidence: {
          paragraph: 0,
          quote: 'وبلغت الكميات المبيعة خلال أيام المهرجان الاثني عشر 218 طنا',
        },
      },
      {
        id: 'mass-3',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وقال مدير إدارة الشؤون الزراعية بوزارة البلدية، …، إن متوسط سعر صندوق رطب الخلاص زنة ____ بلغ … ريالا …»',
        },
        answer: {
          value: 3,
          unit: 'kilogram',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «إن متوسط سعر صندوق رطب الخلاص زنة 3 كيلوغرامات بلغ 45 ريالا».',
        },
        evidence: {
          paragraph: 1,
          quote: 'إن متوسط سعر صندوق رطب الخلاص زنة 3 كيلوغرامات بلغ 45 ريالا',
        },
      },
      {
        id: 'money-45',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «إن متوسط سعر صندوق رطب الخلاص زنة … بلغ ____، مقابل … في النسخة الماضية»',
        },
        answer: {
          value: 45,
          unit: 'QAR',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «إن متوسط سعر صندوق رطب الخلاص زنة 3 كيلوغرامات بلغ 45 ريالا».',
        },
        evidence: {
          paragraph: 1,
          quote: 'إن متوسط سعر صندوق رطب الخلاص زنة 3 كيلوغرامات بلغ 45 ريالا',
        },
      },
      {
        id: 'false-count-60',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وقال مدير إدارة الشؤون الزراعية بوزارة البلدية، …، إن متوسط سعر صندوق رطب الخلاص زنة … بلغ … ريالا، مقابل 50 ريالا في النسخة الماضية، بسبب وفرة الإنتاج.',
        },
        answer: false,
        explanation: {
          ar: 'العبارة خاطئة: جاء في المقال «مقابل 60 ريالا في النسخة الماضية»، لا 50.',
        },
        evidence: {
          paragraph: 1,
          quote: 'مقابل 60 ريالا في النسخة الماضية',
        },
      },
      {
        id: 'count-96000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأضاف … أن عدد زوار المهرجان بلغ نحو ____ زائر …»',
        },
        answer: {
          value: 96000,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأضاف الخليفي أن عدد زوار المهرجان بلغ نحو 96 ألف زائر».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأضاف الخليفي أن عدد زوار المهرجان بلغ نحو 96 ألف زائر',
        },
      },
      {
        id: 'choice-percent-15',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «وأضاف … أن عدد زوار المهرجان بلغ نحو … زائر، بزيادة ____ عن العام الماضي، وأن المزارع القطرية تنتج نحو 28 ألف طن من التمور سنويا، تغطي … من حاجة السوق المحلي»',
        },
        choices: [
          {
            id: 'v17',
            text: {
              ar: '17 في المئة',
            },
          },
          {
            id: 'v15',
            text: {
              ar: '15 في المئة',
            },
          },
          {
            id: 'v13',
            text: {
              ar: '13 في المئة',
            },
          },
          {
            id: 'v11',
            text: {
              ar: '11 في المئة',
            },
          },
        ],
        answer: 'v15',
        explanation: {
          ar: 'جاء في المقال: «بزيادة 15 في المئة عن العام الماضي».',
        },
        evidence: {
          paragraph: 2,
          quote: 'بزيادة 15 في المئة عن العام الماضي',
        },
      },
      {
        id: 'where-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وأوضح أن بعض المزارع المشاركة تبعد عن ____ … في أقصى الشمال، وأن الوزارة خصصت جوائز بقيمة 300 ألف ريال لأفضل المزارع، على أن تقام النسخة المقبلة في …»',
        },
        answer: {
          accepted: ['الدوحة'],
        },
        explanation: {
          ar: 'جاء في المقال: «وأوضح أن بعض المزارع المشاركة تبعد عن الدوحة 120 كيلومترا في أقصى الشمال».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأوضح أن بعض المزارع المشاركة تبعد عن الدوحة 120 كيلومترا في أقصى الشمال',
        },
      },
      {
        id: 'true-length-120',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وأوضح أن بعض المزارع المشاركة تبعد عن … 120 كيلومترا في أقصى الشمال، وأن الوزارة خصصت جوائز بقيمة 300 ألف ريال لأفضل المزارع، على أن تقام النسخة المقبلة في ….',
        },
        answer: true,
        explanation: {
          ar: 'جاء في المقال: «وأوضح أن بعض المزارع المشاركة تبعد عن الدوحة 120 كيلومترا في أقصى الشمال».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وأوضح أن بعض المزارع المشاركة تبعد عن الدوحة 120 كيلومترا في أقصى الشمال',
        },
      },
      {
        id: 'money-4600000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وبلغت الكميات المبيعة خلال أيام المهرجان الاثني عشر … طنا، بقيمة إجمالية بلغت ____»',
        },
        answer: {
          value: 4600000,
          unit: 'QAR',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «بقيمة إجمالية بلغت 4.6 مليون ريال».',
        },
        evidence: {
          paragraph: 0,
          quote: 'بقيمة إجمالية بلغت 4.6 مليون ريال',
        },
      },
      {
        id: 'mass-218',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وبلغت الكميات المبيعة خلال أيام المهرجان الاثني عشر ____، بقيمة إجمالية بلغت …»',
        },
        answer: {
          value: 218,
          unit: 'tonne',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وبلغت الكميات المبيعة خلال أيام المهرجان الاثني عشر 218 طنا».',
        },
        evidence: {
          paragraph: 0,
          quote: 'وبلغت الكميات المبيعة خلال أيام المهرجان الاثني عشر 218 طنا',
        },
      },
      {
        id: 'who-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وقال مدير إدارة الشؤون الزراعية بوزارة البلدية، ____، إن متوسط سعر صندوق رطب الخلاص …»',
        },
        answer: {
          accepted: ['يوسف خالد الخليفي', 'الخليفي', 'يوسف الخليفي'],
        },
        explanation: {
          ar: 'جاء في المقال: «وقال مدير إدارة الشؤون الزراعية بوزارة البلدية، يوسف خالد الخليفي».',
        },
        evidence: {
          paragraph: 1,
          quote: 'وقال مدير إدارة الشؤون الزراعية بوزارة البلدية، يوسف خالد الخليفي',
        },
      },
      {
        id: 'false-percent-80',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ تغطي المزارع القطرية 60 في المئة من حاجة السوق المحلي من التمور.',
        },
        answer: false,
        explanation: {
          ar: 'خطأ: جاء في المقال «وأن المزارع القطرية تنتج نحو 28 ألف طن من التمور سنويا، تغطي 80 في المئة من حاجة السوق المحلي».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأن المزارع القطرية تنتج نحو 28 ألف طن من التمور سنويا، تغطي 80 في المئة من حاجة السوق المحلي',
        },
      },
      {
        id: 'date-20260700',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأن الوزارة خصصت جوائز بقيمة … لأفضل المزارع، على أن تقام النسخة المقبلة في ____»',
        },
        answer: {
          value: 20260700,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «على أن تقام النسخة المقبلة في يوليو 2026».',
        },
        evidence: {
          paragraph: 3,
          quote: 'على أن تقام النسخة المقبلة في يوليو 2026',
        },
      },
    ],
    articleText:
      'مهرجان الرطب المحلي يختتم نسخته العاشرة في سوق واقف\nاختتم مهرجان الرطب المحلي في سوق واقف، مساء الأحد 27 يوليو 2025، نسخته العاشرة بمشاركة 112 مزرعة قطرية، وبلغت الكميات المبيعة خلال أيام المهرجان الاثني عشر 218 طنا، بقيمة إجمالية بلغت 4.6 مليون ريال.\n\nوقال مدير إدارة الشؤون الزراعية بوزارة البلدية، يوسف خالد الخليفي، إن متوسط سعر صندوق رطب الخلاص زنة 3 كيلوغرامات بلغ 45 ريالا، مقابل 60 ريالا في النسخة الماضية، بسبب وفرة الإنتاج.\n\nوأضاف الخليفي أن عدد زوار المهرجان بلغ نحو 96 ألف زائر، بزيادة 15 في المئة عن العام الماضي، وأن المزارع القطرية تنتج نحو 28 ألف طن من التمور سنويا، تغطي 80 في المئة من حاجة السوق المحلي.\n\nوأوضح أن بعض المزارع المشاركة تبعد عن الدوحة 120 كيلومترا في أقصى الشمال، وأن الوزارة خصصت جوائز بقيمة 300 ألف ريال لأفضل المزارع، على أن تقام النسخة المقبلة في يوليو 2026.',
  },
  'pistachio-hama-ar': {
    id: 'mzaru-rif-hmaa-ybdaun-qtaf-al-fstq',
    version: 1,
    lang: 'ar',
    title: {
      ar: 'مزارعو ريف حماة يبدأون قطاف الفستق الحلبي',
    },
    source: {
      name: 'نص مُلصق',
    },
    article: 'article.ar.txt',
    questions: [
      {
        id: 'date-20250812',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «بدأ مزارعو ريف حماة الشمالي، يوم الثلاثاء ____، قطاف الفستق الحلبي …»',
        },
        answer: {
          value: 20250812,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «بدأ مزارعو ريف حماة الشمالي، يوم الثلاثاء 12 آب 2025، قطاف الفستق الحلبي، وسط تقديرات بإنتاج يصل إلى 38 ألف طن في المحافظة هذا الموسم، مقابل 31 ألف طن في الموسم الماضي».',
        },
        evidence: {
          paragraph: 0,
          quote:
            'بدأ مزارعو ريف حماة الشمالي، يوم الثلاثاء 12 آب 2025، قطاف الفستق الحلبي، وسط تقديرات بإنتاج يصل إلى 38 ألف طن في المحافظة هذا الموسم، مقابل 31 ألف طن في الموسم الماضي.',
        },
      },
      {
        id: 'choice-mass-38000',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «بدأ مزارعو ريف حماة الشمالي، يوم الثلاثاء …، قطاف الفستق الحلبي، وسط تقديرات بإنتاج يصل إلى ____ في المحافظة هذا الموسم …»',
        },
        choices: [
          {
            id: 'v38000',
            text: {
              ar: '38 ألف طن',
            },
          },
          {
            id: 'v28000',
            text: {
              ar: '28 ألف طن',
            },
          },
          {
            id: 'v23000',
            text: {
              ar: '23 ألف طن',
            },
          },
          {
            id: 'v33000',
            text: {
              ar: '33 ألف طن',
            },
          },
        ],
        answer: 'v38000',
        explanation: {
          ar: 'جاء في المقال: «وسط تقديرات بإنتاج يصل إلى 38 ألف طن في المحافظة هذا الموسم».',
        },
        evidence: {
          paragraph: 0,
          quote: 'وسط تقديرات بإنتاج يصل إلى 38 ألف طن في المحافظة هذا الموسم',
        },
      },
      {
        id: 'true-mass-31000',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ بدأ مزارعو ريف حماة الشمالي، يوم الثلاثاء …، قطاف الفستق الحلبي، وسط تقديرات بإنتاج يصل إلى … في المحافظة هذا الموسم، مقابل 31 ألف طن في الموسم الماضي.',
        },
        answer: true,
        explanation: {
          ar: 'جاء في المقال: «مقابل 31 ألف طن في الموسم الماضي».',
        },
        evidence: {
          paragraph: 0,
          quote: 'مقابل 31 ألف طن في الموسم الماضي.',
        },
      },
      {
        id: 'who-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وقال مدير الزراعة في حماة، المهندس ____ …»',
        },
        answer: {
          accepted: ['أشرف باكير', 'باكير'],
        },
        explanation: {
          ar: 'جاء في المقال: «وقال مدير الزراعة في حماة، المهندس أشرف باكير، إن المساحة المزروعة بالفستق الحلبي في المحافظة تبلغ 29 ألف هكتار، تضم نحو 4.5 ملايين شجرة، 70 في المئة منها في طور الإثمار».',
        },
        evidence: {
          paragraph: 1,
          quote:
            'وقال مدير الزراعة في حماة، المهندس أشرف باكير، إن المساحة المزروعة بالفستق الحلبي في المحافظة تبلغ 29 ألف هكتار، تضم نحو 4.5 ملايين شجرة، 70 في المئة منها في طور الإثمار.',
        },
      },
      {
        id: 'area-29000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وقال مدير الزراعة في حماة، المهندس …، إن المساحة المزروعة بالفستق الحلبي في المحافظة تبلغ ____، تضم نحو … شجرة …»',
        },
        answer: {
          value: 29000,
          unit: 'hectare',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «إن المساحة المزروعة بالفستق الحلبي في المحافظة تبلغ 29 ألف هكتار».',
        },
        evidence: {
          paragraph: 1,
          quote: 'إن المساحة المزروعة بالفستق الحلبي في المحافظة تبلغ 29 ألف هكتار',
        },
      },
      {
        id: 'percent-70',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وقال مدير الزراعة في حماة، المهندس …، إن المساحة المزروعة بالفستق الحلبي في المحافظة تبلغ …، تضم نحو … شجرة، ____ منها في طور الإثمار»',
        },
        answer: {
          value: 70,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «70 في المئة منها في طور الإثمار».',
        },
        evidence: {
          paragraph: 1,
          quote: '70 في المئة منها في طور الإثمار.',
        },
      },
      {
        id: 'money-120000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «وأوضح … أن سعر الكيلوغرام من الفستق الأحمر وصل في سوق مورك إلى ____، في حين تبلغ أجرة العامل اليومية في القطاف …»',
        },
        answer: {
          value: 120000,
          unit: 'SYP',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وأوضح باكير أن سعر الكيلوغرام من الفستق الأحمر وصل في سوق مورك إلى 120 ألف ليرة سورية».',
        },
        evidence: {
          paragraph: 2,
          quote: 'وأوضح باكير أن سعر الكيلوغرام من الفستق الأحمر وصل في سوق مورك إلى 120 ألف ليرة سورية',
        },
      },
      {
        id: 'false-money-55000',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'صواب أم خطأ بحسب المقال؟ وأوضح … أن سعر الكيلوغرام من الفستق الأحمر وصل في سوق مورك إلى …، في حين تبلغ أجرة العامل اليومية في القطاف 45 ألف ليرة، مشيرا إلى أن الهطولات المطرية هذا العام لم تتجاوز ….',
        },
        answer: false,
        explanation: {
          ar: 'العبارة خاطئة: جاء في المقال «في حين تبلغ أجرة العامل اليومية في القطاف 55 ألف ليرة»، لا 45 ألف ليرة.',
        },
        evidence: {
          paragraph: 2,
          quote: 'في حين تبلغ أجرة العامل اليومية في القطاف 55 ألف ليرة',
        },
      },
      {
        id: 'choice-length-30',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'اختر ما يملأ الفراغ بحسب المقال: «ويبعد سوق مورك عن مدينة حماة نحو ____ …»',
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
            id: 'v20',
            text: {
              ar: '20 كيلومترا',
            },
          },
          {
            id: 'v40',
            text: {
              ar: '40 كيلومترا',
            },
          },
        ],
        answer: 'v30',
        explanation: {
          ar: 'جاء في المقال: «ويبعد سوق مورك عن مدينة حماة نحو 30 كيلومترا».',
        },
        evidence: {
          paragraph: 3,
          quote: 'ويبعد سوق مورك عن مدينة حماة نحو 30 كيلومترا',
        },
      },
      {
        id: 'date-20250900',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «ويبعد سوق مورك عن مدينة حماة نحو …، وتستعد الجمعية الفلاحية في البلدة لإقامة مهرجان الفستق الحلبي في ____»',
        },
        answer: {
          value: 20250900,
          unit: 'date',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «وتستعد الجمعية الفلاحية في البلدة لإقامة مهرجان الفستق الحلبي في أيلول 2025».',
        },
        evidence: {
          paragraph: 3,
          quote: 'وتستعد الجمعية الفلاحية في البلدة لإقامة مهرجان الفستق الحلبي في أيلول 2025.',
        },
      },
      {
        id: 'count-4500000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «إن المساحة المزروعة بالفستق الحلبي في المحافظة تبلغ …، تضم نحو ____ شجرة، … منها في طور الإثمار»',
        },
        answer: {
          value: 4500000,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «تضم نحو 4.5 ملايين شجرة».',
        },
        evidence: {
          paragraph: 1,
          quote: 'تضم نحو 4.5 ملايين شجرة',
        },
      },
      {
        id: 'length-210',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          ar: 'أكمل الفراغ بحسب المقال: «مشيرا إلى أن الهطولات المطرية هذا العام لم تتجاوز ____»',
        },
        answer: {
          value: 210,
          unit: 'millimetre',
          tolerance: 0,
        },
        explanation: {
          ar: 'جاء في المقال: «مشيرا إلى أن الهطولات المطرية هذا العام لم تتجاوز 210 ملليمترات».',
        },
        evidence: {
          paragraph: 2,
          quote: 'مشيرا إلى أن الهطولات المطرية هذا العام لم تتجاوز 210 ملليمترات',
        },
      },
    ],
    articleText:
      'مزارعو ريف حماة يبدأون قطاف الفستق الحلبي\nبدأ مزارعو ريف حماة الشمالي، يوم الثلاثاء 12 آب 2025، قطاف الفستق الحلبي، وسط تقديرات بإنتاج يصل إلى 38 ألف طن في المحافظة هذا الموسم، مقابل 31 ألف طن في الموسم الماضي.\n\nوقال مدير الزراعة في حماة، المهندس أشرف باكير، إن المساحة المزروعة بالفستق الحلبي في المحافظة تبلغ 29 ألف هكتار، تضم نحو 4.5 ملايين شجرة، 70 في المئة منها في طور الإثمار.\n\nوأوضح باكير أن سعر الكيلوغرام من الفستق الأحمر وصل في سوق مورك إلى 120 ألف ليرة سورية، في حين تبلغ أجرة العامل اليومية في القطاف 55 ألف ليرة، مشيرا إلى أن الهطولات المطرية هذا العام لم تتجاوز 210 ملليمترات.\n\nويبعد سوق مورك عن مدينة حماة نحو 30 كيلومترا، وتستعد الجمعية الفلاحية في البلدة لإقامة مهرجان الفستق الحلبي في أيلول 2025.',
  },
  'buses-karachi-en': {
    id: 'karachi-gets-50-more-electric-buses',
    version: 1,
    lang: 'en',
    title: {
      en: 'Karachi gets 50 more electric buses',
    },
    source: {
      name: 'Pasted text',
    },
    article: 'article.en.txt',
    questions: [
      {
        id: 'money-4800000000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "Fill in the blank from the article: “The Sindh government on Thursday added … electric buses to the People's Bus Service in Karachi under a ____ plan”",
        },
        answer: {
          value: 4800000000,
          unit: 'PKR',
          tolerance: 0,
        },
        explanation: {
          en: "The article says: “The Sindh government on Thursday added 50 electric buses to the People's Bus Service in Karachi under a Rs 4.8 billion plan”.",
        },
        evidence: {
          paragraph: 0,
          quote: "The Sindh government on Thursday added 50 electric buses to the People's Bus Service in Karachi under a Rs 4.8 billion plan",
        },
      },
      {
        id: 'who-1',
        type: 'text',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "Fill in the blank with the name the article gives: “The Sindh government on Thursday added 50 electric buses to the People's Bus Service in Karachi under a … plan, provincial Transport Minister ____ said”",
        },
        answer: {
          accepted: ['Faisal Nadeem Qazi', 'Qazi', 'Faisal Qazi'],
        },
        explanation: {
          en: 'The article says: “provincial Transport Minister Faisal Nadeem Qazi said”.',
        },
        evidence: {
          paragraph: 0,
          quote: 'provincial Transport Minister Faisal Nadeem Qazi said.',
        },
      },
      {
        id: 'true-length-29',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'True or false, according to the article? The new buses will run on a 29-kilometre route from Malir Cantt to Tower and are expected to carry about 45,000 passengers a day, … told a news conference.',
        },
        answer: true,
        explanation: {
          en: 'The article says: “The new buses will run on a 29-kilometre route from Malir Cantt to Tower and are expected to carry about 45,000 passengers a day”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'The new buses will run on a 29-kilometre route from Malir Cantt to Tower and are expected to carry about 45,000 passengers a day',
        },
      },
      {
        id: 'money-60',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The fare will stay at ____, while women and students will pay … with a smart card”',
        },
        answer: {
          value: 60,
          unit: 'PKR',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “The fare will stay at Rs 60”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'The fare will stay at Rs 60',
        },
      },
      {
        id: 'money-30',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The fare will stay at …, while women and students will pay ____ with a smart card”',
        },
        answer: {
          value: 30,
          unit: 'PKR',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “while women and students will pay Rs 30 with a smart card”.',
        },
        evidence: {
          paragraph: 1,
          quote: 'while women and students will pay Rs 30 with a smart card.',
        },
      },
      {
        id: 'choice-length-250',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Which fills the blank, according to the article? “He said each bus can travel ____ on a single charge of about …”',
        },
        choices: [
          {
            id: 'v270',
            text: {
              en: '270 kilometres',
            },
          },
          {
            id: 'v230',
            text: {
              en: '230 kilometres',
            },
          },
          {
            id: 'v250',
            text: {
              en: '250 kilometres',
            },
          },
          {
            id: 'v210',
            text: {
              en: '210 kilometres',
            },
          },
        ],
        answer: 'v250',
        explanation: {
          en: 'The article says: “He said each bus can travel 250 kilometres on a single charge of about three hours”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'He said each bus can travel 250 kilometres on a single charge of about three hours',
        },
      },
      {
        id: 'percent-40',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: "Fill in the blank from the article: “He said each bus can travel … on a single charge of about …, and that ____ of the new fleet would serve the city's outer districts”",
        },
        answer: {
          value: 40,
          unit: 'percent',
          tolerance: 0,
        },
        explanation: {
          en: "The article says: “and that 40 per cent of the new fleet would serve the city's outer districts”.",
        },
        evidence: {
          paragraph: 2,
          quote: "and that 40 per cent of the new fleet would serve the city's outer districts.",
        },
      },
      {
        id: 'choice-count-500',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Which fills the blank, according to the article? “The provincial government plans to bring the fleet to ____ buses by …, the minister said”',
        },
        choices: [
          {
            id: 'v400',
            text: {
              en: '400',
            },
          },
          {
            id: 'v600',
            text: {
              en: '600',
            },
          },
          {
            id: 'v300',
            text: {
              en: '300',
            },
          },
          {
            id: 'v500',
            text: {
              en: '500',
            },
          },
        ],
        answer: 'v500',
        explanation: {
          en: 'The article says: “The provincial government plans to bring the fleet to 500 buses by June 2027”.',
        },
        evidence: {
          paragraph: 3,
          quote: 'The provincial government plans to bring the fleet to 500 buses by June 2027',
        },
      },
      {
        id: 'false-date-20270600',
        type: 'boolean',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'True or false, according to the article? The provincial government plans to bring the fleet to … buses by June 2021, the minister said.',
        },
        answer: false,
        explanation: {
          en: 'False: the article says “The provincial government plans to bring the fleet to 500 buses by June 2027”, not June 2021.',
        },
        evidence: {
          paragraph: 3,
          quote: 'The provincial government plans to bring the fleet to 500 buses by June 2027',
        },
      },
      {
        id: 'count-2100000',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “The service now carries some ____ passengers a month”',
        },
        answer: {
          value: 2100000,
          unit: 'count',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “The service now carries some 2.1 million passengers a month”.',
        },
        evidence: {
          paragraph: 3,
          quote: 'The service now carries some 2.1 million passengers a month.',
        },
      },
      {
        id: 'duration-3',
        type: 'numeric',
        skill: 'recall',
        points: 1,
        prompt: {
          en: 'Fill in the blank from the article: “He said each bus can travel … on a single charge of about ____”',
        },
        answer: {
          value: 3,
          unit: 'hour',
          tolerance: 0,
        },
        explanation: {
          en: 'The article says: “He said each bus can travel 250 kilometres on a single charge of about three hours”.',
        },
        evidence: {
          paragraph: 2,
          quote: 'He said each bus can travel 250 kilometres on a single charge of about three hours',
        },
      },
    ],
    articleText:
      "Karachi gets 50 more electric buses\nThe Sindh government on Thursday added 50 electric buses to the People's Bus Service in Karachi under a Rs 4.8 billion plan, provincial Transport Minister Faisal Nadeem Qazi said.\n\nThe new buses will run on a 29-kilometre route from Malir Cantt to Tower and are expected to carry about 45,000 passengers a day, Qazi told a news conference. The fare will stay at Rs 60, while women and students will pay Rs 30 with a smart card.\n\nHe said each bus can travel 250 kilometres on a single charge of about three hours, and that 40 per cent of the new fleet would serve the city's outer districts.\n\nThe provincial government plans to bring the fleet to 500 buses by June 2027, the minister said. The service now carries some 2.1 million passengers a month.",
  },
}
