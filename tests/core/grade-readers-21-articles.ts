import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Two articles a teacher would assign (invented, realistic in form): Tanger Med receiving «48 ألف مسافر» of Moroccans
 * living abroad on «السبت 2 أغسطس 2025» in Operation Marhaba (MAP), a wait that «لم تتجاوز 90 دقيقة», «12 باخرة» a day to
 * Algeciras, a car-and-four ticket of «320 يورو» on average, «15 في المئة» cheaper, a crossing of «ساعة ونصف الساعة», and
 * «3.5 مليون» expected after «3.2 مليون» last season; a Montreal Arabic weekend school (a Canadian local story) grown to 260
 * pupils, "three times its size in 2019", classes of "four hours every Saturday", an average of "15 out of 20", eight
 * classrooms for "1,800 Canadian dollars a month", "35 volunteer teachers", "40 per cent" speaking Lebanese Arabic at home
 * and a branch in Laval in "September 2026". The quizzes `draftQuiz` made of them on 3 December 2026 are frozen, with
 * their choice questions; after the drafted questions come some written by hand in the drafter's form (the discount, the
 * crossing, the port across, a false wait; the mark, the teachers, the new branch's city, a false length of classes), the
 * names and figures they ask blanked in the drafted prompts, and the drafted choice questions of the discount and the mark
 * they ask as numeric ones left out. Drafter findings: it asked the discount and the mark only as choices, and neither
 * the crossing's «ساعة ونصف الساعة», nor the port across, nor the teachers, nor Laval.
 * tests/core/grade-readers-21.test.ts types heritage speakers' answers to them.
 */
export const READERS_21_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'marhaba-tanger-med-ar',
    lang: 'ar',
    text: 'ميناء طنجة المتوسط يستقبل 48 ألف مسافر من مغاربة العالم في يوم واحد\n\nطنجة (و م ع) -\nاستقبل ميناء طنجة المتوسط، يوم السبت 2 أغسطس 2025، 48 ألف مسافر من أفراد الجالية المغربية المقيمة بالخارج في يوم واحد، في إطار عملية مرحبا 2025.\n\nوقال مدير الميناء، رشيد الوزاني، إن مدة الانتظار قبل الصعود إلى البواخر لم تتجاوز 90 دقيقة، وإن 12 باخرة تؤمن الرحلات يوميا بين طنجة والجزيرة الخضراء.\n\nوأضاف الوزاني أن ثمن تذكرة سيارة وأربعة ركاب بلغ 320 يورو في المتوسط، بانخفاض 15 في المئة عن الموسم الماضي، وأن الرحلة البحرية تستغرق ساعة ونصف الساعة.\n\nوتتوقع السلطات أن يصل عدد العابرين إلى 3.5 مليون شخص قبل نهاية سبتمبر، بعد أن بلغ 3.2 مليون شخص في الموسم الماضي.\n',
  },
  {
    name: 'weekend-school-montreal-en',
    lang: 'en',
    text: "Montreal Arabic weekend school triples in size since 2019\n\nMontreal, Sunday 9 November 2025 -\nAn Arabic weekend school in Montreal's Saint-Laurent district has grown to 260 pupils, three times its size in 2019, its director said.\n\nDirector Nadia Haddad said classes run for four hours every Saturday, and that the school's pupils scored an average of 15 out of 20 in the heritage-language exam this year.\n\nThe school rents eight classrooms from a local high school for 1,800 Canadian dollars a month, and 35 volunteer teachers, most of them parents, take turns teaching.\n\nMs Haddad said 40 per cent of the pupils speak Lebanese Arabic at home, and the school hopes to open a second branch in Laval in September 2026.\n",
  },
]

/** Each article's draft (`draftQuiz(text).quiz`) and the questions written by hand, by article name. */
export const READERS_21_QUIZZES: Record<string, Record<string, unknown> & { articleText: string }> = {
  'marhaba-tanger-med-ar': {
    ...{
      id: 'mina-tangier-al-mtust-ystqbl',
      version: 1,
      lang: 'ar',
      title: {
        ar: 'ميناء طنجة المتوسط يستقبل…',
      },
      source: {
        name: 'نص مُلصق',
      },
      article: 'article.ar.txt',
      questions: [
        {
          id: 'date-20250802',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بحسب المقال: «استقبل ميناء طنجة المتوسط، يوم السبت ____ …»',
          },
          answer: {
            value: 20250802,
            unit: 'date',
            tolerance: 0,
          },
          explanation: {
            ar: 'جاء في المقال: «استقبل ميناء طنجة المتوسط، يوم السبت 2 أغسطس 2025».',
          },
          evidence: {
            paragraph: 1,
            quote: 'استقبل ميناء طنجة المتوسط، يوم السبت 2 أغسطس 2025',
          },
        },
        {
          id: 'count-48000',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بحسب المقال: «استقبل ميناء طنجة المتوسط، يوم السبت …، ____ مسافر من أفراد الجالية المغربية المقيمة بالخارج في …، في إطار عملية مرحبا 2025»',
          },
          answer: {
            value: 48000,
            unit: 'count',
            tolerance: 0,
          },
          explanation: {
            ar: 'جاء في المقال: «48 ألف مسافر من أفراد الجالية المغربية المقيمة بالخارج في يوم واحد».',
          },
          evidence: {
            paragraph: 1,
            quote: '48 ألف مسافر من أفراد الجالية المغربية المقيمة بالخارج في يوم واحد',
          },
        },
        {
          id: 'true-time-1-day',
          type: 'boolean',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'صواب أم خطأ بحسب المقال؟ استقبل ميناء طنجة المتوسط، يوم السبت …، … مسافر من أفراد الجالية المغربية المقيمة بالخارج في يوم واحد، في إطار عملية مرحبا 2025.',
          },
          answer: true,
          explanation: {
            ar: 'جاء في المقال: «48 ألف مسافر من أفراد الجالية المغربية المقيمة بالخارج في يوم واحد».',
          },
          evidence: {
            paragraph: 1,
            quote: '48 ألف مسافر من أفراد الجالية المغربية المقيمة بالخارج في يوم واحد',
          },
        },
        {
          id: 'who-1',
          type: 'text',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وقال مدير الميناء، ____ …»',
          },
          answer: {
            accepted: ['رشيد الوزاني', 'الوزاني'],
          },
          explanation: {
            ar: 'جاء في المقال: «وقال مدير الميناء، رشيد الوزاني، إن مدة الانتظار قبل الصعود إلى البواخر لم تتجاوز 90 دقيقة، وإن 12 باخرة تؤمن الرحلات يوميا بين طنجة والجزيرة الخضراء».',
          },
          evidence: {
            paragraph: 2,
            quote:
              'وقال مدير الميناء، رشيد الوزاني، إن مدة الانتظار قبل الصعود إلى البواخر لم تتجاوز 90 دقيقة، وإن 12 باخرة تؤمن الرحلات يوميا بين طنجة والجزيرة الخضراء.',
          },
        },
        {
          id: 'time-90-minute',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بحسب المقال: «وقال مدير الميناء، …، إن مدة الانتظار قبل الصعود إلى البواخر لم تتجاوز ____ …»',
          },
          answer: {
            value: 90,
            unit: 'minute',
            tolerance: 0,
          },
          explanation: {
            ar: 'جاء في المقال: «إن مدة الانتظار قبل الصعود إلى البواخر لم تتجاوز 90 دقيقة».',
          },
          evidence: {
            paragraph: 2,
            quote: 'إن مدة الانتظار قبل الصعود إلى البواخر لم تتجاوز 90 دقيقة',
          },
        },
        {
          id: 'count-12',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بحسب المقال: «وقال مدير الميناء، …، إن مدة الانتظار قبل الصعود إلى البواخر لم تتجاوز …، وإن ____ باخرة تؤمن الرحلات يوميا بين طنجة و…»',
          },
          answer: {
            value: 12,
            unit: 'count',
            tolerance: 0,
          },
          explanation: {
            ar: 'جاء في المقال: «وإن 12 باخرة تؤمن الرحلات يوميا بين طنجة والجزيرة الخضراء».',
          },
          evidence: {
            paragraph: 2,
            quote: 'وإن 12 باخرة تؤمن الرحلات يوميا بين طنجة والجزيرة الخضراء.',
          },
        },
        {
          id: 'money-320',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بحسب المقال: «وأضاف … أن ثمن تذكرة سيارة وأربعة ركاب بلغ ____ في المتوسط …»',
          },
          answer: {
            value: 320,
            unit: 'EUR',
            tolerance: 0,
          },
          explanation: {
            ar: 'جاء في المقال: «وأضاف الوزاني أن ثمن تذكرة سيارة وأربعة ركاب بلغ 320 يورو في المتوسط».',
          },
          evidence: {
            paragraph: 3,
            quote: 'وأضاف الوزاني أن ثمن تذكرة سيارة وأربعة ركاب بلغ 320 يورو في المتوسط',
          },
        },
        {
          id: 'false-people-3500000',
          type: 'boolean',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'صواب أم خطأ بحسب المقال؟ وتتوقع السلطات أن يصل عدد العابرين إلى 3.1 مليون شخص قبل نهاية سبتمبر، بعد أن بلغ … شخص في الموسم الماضي.',
          },
          answer: false,
          explanation: {
            ar: 'العبارة خاطئة: جاء في المقال «وتتوقع السلطات أن يصل عدد العابرين إلى 3.5 مليون شخص قبل نهاية سبتمبر»، لا 3.1 مليون.',
          },
          evidence: {
            paragraph: 4,
            quote: 'وتتوقع السلطات أن يصل عدد العابرين إلى 3.5 مليون شخص قبل نهاية سبتمبر',
          },
        },
        {
          id: 'people-3200000',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بحسب المقال: «وتتوقع السلطات أن يصل عدد العابرين إلى … شخص قبل نهاية سبتمبر، بعد أن بلغ ____ شخص في الموسم الماضي»',
          },
          answer: {
            value: 3200000,
            unit: 'person',
            tolerance: 0,
          },
          explanation: {
            ar: 'جاء في المقال: «بعد أن بلغ 3.2 مليون شخص في الموسم الماضي».',
          },
          evidence: {
            paragraph: 4,
            quote: 'بعد أن بلغ 3.2 مليون شخص في الموسم الماضي.',
          },
        },
        {
          id: 'percent-15',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بحسب المقال: «أن ثمن تذكرة سيارة وأربعة ركاب بلغ … في المتوسط، بانخفاض ____ عن الموسم الماضي»',
          },
          answer: {
            value: 15,
            unit: 'percent',
            tolerance: 0,
          },
          explanation: {
            ar: 'جاء في المقال: «أن ثمن تذكرة سيارة وأربعة ركاب بلغ 320 يورو في المتوسط، بانخفاض 15 في المئة عن الموسم الماضي».',
          },
          evidence: {
            paragraph: 3,
            quote: 'وأضاف الوزاني أن ثمن تذكرة سيارة وأربعة ركاب بلغ 320 يورو في المتوسط، بانخفاض 15 في المئة عن الموسم الماضي',
          },
        },
        {
          id: 'time-90-minute-trip',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بحسب المقال: «وأن الرحلة البحرية تستغرق ____»',
          },
          answer: {
            value: 90,
            unit: 'minute',
            tolerance: 0,
          },
          explanation: {
            ar: 'جاء في المقال: «وأن الرحلة البحرية تستغرق ساعة ونصف الساعة».',
          },
          evidence: {
            paragraph: 3,
            quote: 'وأن الرحلة البحرية تستغرق ساعة ونصف الساعة',
          },
        },
        {
          id: 'where-1',
          type: 'text',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وإن … باخرة تؤمن الرحلات يوميا بين طنجة و____»',
          },
          answer: {
            accepted: ['الجزيرة الخضراء'],
          },
          explanation: {
            ar: 'جاء في المقال: «وإن 12 باخرة تؤمن الرحلات يوميا بين طنجة والجزيرة الخضراء».',
          },
          evidence: {
            paragraph: 2,
            quote: 'وإن 12 باخرة تؤمن الرحلات يوميا بين طنجة والجزيرة الخضراء',
          },
        },
        {
          id: 'false-time-90',
          type: 'boolean',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'صواب أم خطأ بحسب المقال؟ لم تتجاوز مدة الانتظار قبل الصعود إلى البواخر 60 دقيقة.',
          },
          answer: false,
          explanation: {
            ar: 'العبارة خاطئة: جاء في المقال «إن مدة الانتظار قبل الصعود إلى البواخر لم تتجاوز 90 دقيقة»، لا 60 دقيقة.',
          },
          evidence: {
            paragraph: 2,
            quote: 'إن مدة الانتظار قبل الصعود إلى البواخر لم تتجاوز 90 دقيقة',
          },
        },
      ],
    },
    articleText: READERS_21_ARTICLES.find((a) => a.name === 'marhaba-tanger-med-ar')!.text,
  },
  'weekend-school-montreal-en': {
    ...{
      id: 'montreal-arabic-weekend-school-triples-in',
      version: 1,
      lang: 'en',
      title: {
        en: 'Montreal Arabic weekend school triples in size since…',
      },
      source: {
        name: 'Pasted text',
      },
      article: 'article.en.txt',
      questions: [
        {
          id: 'choice-count-260',
          type: 'single',
          skill: 'recall',
          points: 1,
          prompt: {
            en: "Which fills the blank, according to the article? “An Arabic weekend school in Montreal's Saint-Laurent district has grown to ____ pupils …”",
          },
          choices: [
            {
              id: 'v260',
              text: {
                en: '260',
              },
            },
            {
              id: 'v210',
              text: {
                en: '210',
              },
            },
            {
              id: 'v310',
              text: {
                en: '310',
              },
            },
            {
              id: 'v360',
              text: {
                en: '360',
              },
            },
          ],
          answer: 'v260',
          explanation: {
            en: "The article says: “An Arabic weekend school in Montreal's Saint-Laurent district has grown to 260 pupils”.",
          },
          evidence: {
            paragraph: 1,
            quote: "An Arabic weekend school in Montreal's Saint-Laurent district has grown to 260 pupils",
          },
        },
        {
          id: 'true-count-3',
          type: 'boolean',
          skill: 'recall',
          points: 1,
          prompt: {
            en: "True or false, according to the article? An Arabic weekend school in Montreal's Saint-Laurent district has grown to … pupils, three times its size in …, its director said.",
          },
          answer: true,
          explanation: {
            en: 'The article says: “three times its size in 2019”.',
          },
          evidence: {
            paragraph: 1,
            quote: 'three times its size in 2019',
          },
        },
        {
          id: 'date-20190000',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            en: "Fill in the blank from the article: “An Arabic weekend school in Montreal's Saint-Laurent district has grown to … pupils, … times its size in ____, its director said”",
          },
          answer: {
            value: 20190000,
            unit: 'date',
            tolerance: 0,
          },
          explanation: {
            en: 'The article says: “three times its size in 2019”.',
          },
          evidence: {
            paragraph: 1,
            quote: 'three times its size in 2019',
          },
        },
        {
          id: 'who-1',
          type: 'text',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Fill in the blank with the name the article gives: “Director ____ said classes run for … every Saturday …”',
          },
          answer: {
            accepted: ['Nadia Haddad', 'Haddad'],
          },
          explanation: {
            en: 'The article says: “Director Nadia Haddad said classes run for four hours every Saturday”.',
          },
          evidence: {
            paragraph: 2,
            quote: 'Director Nadia Haddad said classes run for four hours every Saturday',
          },
        },
        {
          id: 'time-4-hour',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Fill in the blank from the article: “Director … said classes run for ____ every Saturday …”',
          },
          answer: {
            value: 4,
            unit: 'hour',
            tolerance: 0,
          },
          explanation: {
            en: 'The article says: “Director Nadia Haddad said classes run for four hours every Saturday”.',
          },
          evidence: {
            paragraph: 2,
            quote: 'Director Nadia Haddad said classes run for four hours every Saturday',
          },
        },
        {
          id: 'choice-count-8',
          type: 'single',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Which fills the blank, according to the article? “The school rents ____ classrooms from a local high school for … a month, and … volunteer teachers, most of them parents, take turns teaching”',
          },
          choices: [
            {
              id: 'v5',
              text: {
                en: '5',
              },
            },
            {
              id: 'v7',
              text: {
                en: '7',
              },
            },
            {
              id: 'v6',
              text: {
                en: '6',
              },
            },
            {
              id: 'v8',
              text: {
                en: '8',
              },
            },
          ],
          answer: 'v8',
          explanation: {
            en: 'The article says: “The school rents eight classrooms from a local high school for 1,800 Canadian dollars a month”.',
          },
          evidence: {
            paragraph: 3,
            quote: 'The school rents eight classrooms from a local high school for 1,800 Canadian dollars a month',
          },
        },
        {
          id: 'false-money-1800',
          type: 'boolean',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'True or false, according to the article? The school rents … classrooms from a local high school for 2,300 Canadian dollars a month, and … volunteer teachers, most of them parents, take turns teaching.',
          },
          answer: false,
          explanation: {
            en: 'False: the article says “The school rents eight classrooms from a local high school for 1,800 Canadian dollars a month”, not 2,300 Canadian dollars.',
          },
          evidence: {
            paragraph: 3,
            quote: 'The school rents eight classrooms from a local high school for 1,800 Canadian dollars a month',
          },
        },
        {
          id: 'choice-percent-40',
          type: 'single',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Which fills the blank, according to the article? “Ms … said ____ of the pupils speak Lebanese Arabic at home …”',
          },
          choices: [
            {
              id: 'v40',
              text: {
                en: '40 per cent',
              },
            },
            {
              id: 'v30',
              text: {
                en: '30 per cent',
              },
            },
            {
              id: 'v50',
              text: {
                en: '50 per cent',
              },
            },
            {
              id: 'v60',
              text: {
                en: '60 per cent',
              },
            },
          ],
          answer: 'v40',
          explanation: {
            en: 'The article says: “Ms Haddad said 40 per cent of the pupils speak Lebanese Arabic at home”.',
          },
          evidence: {
            paragraph: 4,
            quote: 'Ms Haddad said 40 per cent of the pupils speak Lebanese Arabic at home',
          },
        },
        {
          id: 'date-20260900',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Fill in the blank from the article: “Ms … said … of the pupils speak Lebanese Arabic at home, and the school hopes to open a second branch in … in ____”',
          },
          answer: {
            value: 20260900,
            unit: 'date',
            tolerance: 0,
          },
          explanation: {
            en: 'The article says: “and the school hopes to open a second branch in Laval in September 2026”.',
          },
          evidence: {
            paragraph: 4,
            quote: 'and the school hopes to open a second branch in Laval in September 2026.',
          },
        },
        {
          id: 'score-15',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            en: "Fill in the blank from the article: “the school's pupils scored an average of ____ out of 20 in the heritage-language exam this year”",
          },
          answer: {
            value: 15,
            unit: 'count',
            tolerance: 0,
          },
          explanation: {
            en: "The article says: “the school's pupils scored an average of 15 out of 20 in the heritage-language exam this year”.",
          },
          evidence: {
            paragraph: 2,
            quote: "and that the school's pupils scored an average of 15 out of 20 in the heritage-language exam this year",
          },
        },
        {
          id: 'count-35',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Fill in the blank from the article: “and ____ volunteer teachers, most of them parents, take turns teaching”',
          },
          answer: {
            value: 35,
            unit: 'count',
            tolerance: 0,
          },
          explanation: {
            en: 'The article says: “and 35 volunteer teachers, most of them parents, take turns teaching”.',
          },
          evidence: {
            paragraph: 3,
            quote: 'and 35 volunteer teachers, most of them parents, take turns teaching',
          },
        },
        {
          id: 'where-1',
          type: 'text',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Fill in the blank with the name the article gives: “the school hopes to open a second branch in ____ in …”',
          },
          answer: {
            accepted: ['Laval'],
          },
          explanation: {
            en: 'The article says: “the school hopes to open a second branch in Laval in September 2026”.',
          },
          evidence: {
            paragraph: 4,
            quote: 'and the school hopes to open a second branch in Laval in September 2026',
          },
        },
        {
          id: 'false-time-4',
          type: 'boolean',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'True or false, according to the article? Classes run for three hours every Saturday.',
          },
          answer: false,
          explanation: {
            en: 'False: the article says “classes run for four hours every Saturday”, not three hours.',
          },
          evidence: {
            paragraph: 2,
            quote: 'Director Nadia Haddad said classes run for four hours every Saturday',
          },
        },
      ],
    },
    articleText: READERS_21_ARTICLES.find((a) => a.name === 'weekend-school-montreal-en')!.text,
  },
}
