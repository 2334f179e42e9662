import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Two articles a teacher would assign (invented, realistic in form): students of a school in Irbid (Petra) planting
 * «1200 شجرة» on «15 دونما» on «الخميس 6 نوفمبر 2025» with «240 طالبا وطالبة», drip irrigation cutting water use by «30 في
 * المئة», «3 ساعات» a week in the nursery, a «20 كيلومترا» walk to Ajloun's forests, «4500 دينار», growth measured every
 * «45 يوما» and «5000 شجرة» by 2028; a York school's weather balloon (a UK local science story), built by 18 pupils,
 * reaching "32 kilometres", a flight of "three hours and 20 minutes", "minus 56 degrees Celsius", landing near
 * Scarborough "about 65 kilometres" away, found "45 minutes" later, "£850", "92 per cent" of photographs usable and a
 * second launch on "Saturday 14 March 2026". The quizzes `draftQuiz` made of them on 3 December 2026 are frozen, with
 * their choice questions; after the drafted questions come some written by hand in the drafter's form (the teacher's
 * name, a per cent, a distance, a count, a false distance; the flight's length, a per cent, a place, a false time), the
 * names and figures they ask blanked in the drafted prompts, and the drafted choice questions of the per cent and the
 * distance they ask as numeric ones left out. Drafter findings: it asked "fell to minus ____" with 56 as the key, which
 * the quiz checks refuse (the quote reads −56): the key is −56 and the prompt "fell to ____"; it asked neither the
 * teacher in Irbid, nor the place the balloon landed, nor the flight's length but in a true statement.
 * tests/core/grade-readers-20.test.ts types school students' answers to them.
 */
export const READERS_20_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'school-trees-irbid-ar',
    lang: 'ar',
    text: 'طلبة مدرسة في إربد يزرعون 1200 شجرة ويخفضون استهلاك المياه بنسبة 30 في المئة\n\nإربد (بترا) -\nأطلق طلبة مدرسة الحصن الثانوية في محافظة إربد، يوم الخميس 6 نوفمبر 2025، مبادرة لزراعة 1200 شجرة زيتون وخروب على مساحة 15 دونما قرب المدرسة، بمشاركة 240 طالبا وطالبة.\n\nوقالت معلمة العلوم المشرفة على المبادرة، ليلى الزعبي، إن الطلبة ركّبوا نظام ري بالتنقيط خفّض استهلاك المياه بنسبة 30 في المئة، وإن كل مجموعة تعمل 3 ساعات أسبوعيا في المشتل.\n\nوأضافت الزعبي أن الطلبة قطعوا مسافة 20 كيلومترا في مسير بيئي لجمع البذور من غابات عجلون، وأن المبادرة كلفت 4500 دينار تبرعت بها بلدية إربد الكبرى.\n\nوأشارت إلى أن الطلبة سيقيسون نمو الأشجار كل 45 يوما، وأن المدرسة تأمل في زراعة 5000 شجرة بحلول عام 2028.\n',
  },
  {
    name: 'weather-balloon-york-en',
    lang: 'en',
    text: "York pupils' weather balloon reaches 32 kilometres above the Earth\n\nYork, Friday 17 October 2025 -\nA weather balloon built by 18 pupils at Millbrook Academy in York climbed to a height of 32 kilometres before it burst, sending back photographs of the curve of the Earth.\n\nPhysics teacher Daniel Okafor said the flight lasted three hours and 20 minutes, and the temperature outside the balloon fell to minus 56 degrees Celsius at its highest point.\n\nThe balloon came down by parachute in a field near Scarborough, about 65 kilometres from the launch site, and was found by the pupils 45 minutes after it landed. The project cost £850, paid by a grant from the Royal Astronomical Society.\n\nMr Okafor said 92 per cent of the photographs were usable, and the school will launch a second balloon on Saturday 14 March 2026.\n",
  },
]

/** Each article's draft (`draftQuiz(text).quiz`) and the questions written by hand, by article name. */
export const READERS_20_QUIZZES: Record<string, Record<string, unknown> & { articleText: string }> = {
  'school-trees-irbid-ar': {
    ...{
      id: 'tlba-mdrsa-irbid-yzrun',
      version: 1,
      lang: 'ar',
      title: {
        ar: 'طلبة مدرسة في إربد يزرعون…',
      },
      source: {
        name: 'نص مُلصق',
      },
      article: 'article.ar.txt',
      questions: [
        {
          id: 'true-date-20251106',
          type: 'boolean',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'صواب أم خطأ بحسب المقال؟ أطلق طلبة مدرسة الحصن الثانوية في محافظة إربد، يوم الخميس 6 نوفمبر 2025، مبادرة لزراعة … شجرة زيتون وخروب على مساحة 15 دونما قرب المدرسة، بمشاركة … طالبا وطالبة.',
          },
          answer: true,
          explanation: {
            ar: 'جاء في المقال: «أطلق طلبة مدرسة الحصن الثانوية في محافظة إربد، يوم الخميس 6 نوفمبر 2025، مبادرة لزراعة 1200 شجرة زيتون وخروب على مساحة 15 دونما قرب المدرسة، بمشاركة 240 طالبا وطالبة».',
          },
          evidence: {
            paragraph: 1,
            quote:
              'أطلق طلبة مدرسة الحصن الثانوية في محافظة إربد، يوم الخميس 6 نوفمبر 2025، مبادرة لزراعة 1200 شجرة زيتون وخروب على مساحة 15 دونما قرب المدرسة، بمشاركة 240 طالبا وطالبة.',
          },
        },
        {
          id: 'count-1200',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بحسب المقال: «أطلق طلبة مدرسة الحصن الثانوية في محافظة إربد، يوم الخميس …، مبادرة لزراعة ____ شجرة زيتون وخروب على مساحة 15 دونما قرب المدرسة، بمشاركة … طالبا وطالبة»',
          },
          answer: {
            value: 1200,
            unit: 'count',
            tolerance: 0,
          },
          explanation: {
            ar: 'جاء في المقال: «مبادرة لزراعة 1200 شجرة زيتون وخروب على مساحة 15 دونما قرب المدرسة».',
          },
          evidence: {
            paragraph: 1,
            quote: 'مبادرة لزراعة 1200 شجرة زيتون وخروب على مساحة 15 دونما قرب المدرسة',
          },
        },
        {
          id: 'time-3-hour',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بحسب المقال: «وقالت معلمة العلوم المشرفة على المبادرة، …، إن الطلبة ركّبوا نظام ري بالتنقيط خفّض استهلاك المياه بنسبة …، وإن كل مجموعة تعمل ____ أسبوعيا في المشتل»',
          },
          answer: {
            value: 3,
            unit: 'hour',
            tolerance: 0,
          },
          explanation: {
            ar: 'جاء في المقال: «وإن كل مجموعة تعمل 3 ساعات أسبوعيا في المشتل».',
          },
          evidence: {
            paragraph: 2,
            quote: 'وإن كل مجموعة تعمل 3 ساعات أسبوعيا في المشتل.',
          },
        },
        {
          id: 'where-1',
          type: 'text',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وأضافت … أن الطلبة قطعوا مسافة … في مسير بيئي لجمع البذور من غابات ____ …»',
          },
          answer: {
            accepted: ['عجلون'],
          },
          explanation: {
            ar: 'جاء في المقال: «وأضافت الزعبي أن الطلبة قطعوا مسافة 20 كيلومترا في مسير بيئي لجمع البذور من غابات عجلون».',
          },
          evidence: {
            paragraph: 3,
            quote: 'وأضافت الزعبي أن الطلبة قطعوا مسافة 20 كيلومترا في مسير بيئي لجمع البذور من غابات عجلون',
          },
        },
        {
          id: 'false-money-4500',
          type: 'boolean',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'صواب أم خطأ بحسب المقال؟ وأضافت … أن الطلبة قطعوا مسافة … في مسير بيئي لجمع البذور من غابات …، وأن المبادرة كلفت 7500 دينار تبرعت بها بلدية إربد الكبرى.',
          },
          answer: false,
          explanation: {
            ar: 'العبارة خاطئة: جاء في المقال «وأن المبادرة كلفت 4500 دينار تبرعت بها بلدية إربد الكبرى»، لا 7500 دينار.',
          },
          evidence: {
            paragraph: 3,
            quote: 'وأن المبادرة كلفت 4500 دينار تبرعت بها بلدية إربد الكبرى.',
          },
        },
        {
          id: 'time-45-day',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بحسب المقال: «وأشارت إلى أن الطلبة سيقيسون نمو الأشجار كل ____ …»',
          },
          answer: {
            value: 45,
            unit: 'day',
            tolerance: 0,
          },
          explanation: {
            ar: 'جاء في المقال: «وأشارت إلى أن الطلبة سيقيسون نمو الأشجار كل 45 يوما».',
          },
          evidence: {
            paragraph: 4,
            quote: 'وأشارت إلى أن الطلبة سيقيسون نمو الأشجار كل 45 يوما',
          },
        },
        {
          id: 'choice-count-5000',
          type: 'single',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'اختر ما يملأ الفراغ بحسب المقال: «وأشارت إلى أن الطلبة سيقيسون نمو الأشجار كل …، وأن المدرسة تأمل في زراعة ____ شجرة بحلول عام …»',
          },
          choices: [
            {
              id: 'v4000',
              text: {
                ar: '4000',
              },
            },
            {
              id: 'v7000',
              text: {
                ar: '7000',
              },
            },
            {
              id: 'v5000',
              text: {
                ar: '5000',
              },
            },
            {
              id: 'v6000',
              text: {
                ar: '6000',
              },
            },
          ],
          answer: 'v5000',
          explanation: {
            ar: 'جاء في المقال: «وأن المدرسة تأمل في زراعة 5000 شجرة بحلول عام 2028».',
          },
          evidence: {
            paragraph: 4,
            quote: 'وأن المدرسة تأمل في زراعة 5000 شجرة بحلول عام 2028.',
          },
        },
        {
          id: 'date-20280000',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بحسب المقال: «وأشارت إلى أن الطلبة سيقيسون نمو الأشجار كل …، وأن المدرسة تأمل في زراعة … شجرة بحلول عام ____»',
          },
          answer: {
            value: 20280000,
            unit: 'date',
            tolerance: 0,
          },
          explanation: {
            ar: 'جاء في المقال: «وأن المدرسة تأمل في زراعة 5000 شجرة بحلول عام 2028».',
          },
          evidence: {
            paragraph: 4,
            quote: 'وأن المدرسة تأمل في زراعة 5000 شجرة بحلول عام 2028.',
          },
        },
        {
          id: 'who-2',
          type: 'text',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وقالت معلمة العلوم المشرفة على المبادرة، ____، إن الطلبة ركّبوا نظام ري بالتنقيط …»',
          },
          answer: {
            accepted: ['ليلى الزعبي', 'الزعبي'],
          },
          explanation: {
            ar: 'جاء في المقال: «وقالت معلمة العلوم المشرفة على المبادرة، ليلى الزعبي، إن الطلبة ركّبوا نظام ري بالتنقيط».',
          },
          evidence: {
            paragraph: 2,
            quote: 'وقالت معلمة العلوم المشرفة على المبادرة، ليلى الزعبي، إن الطلبة ركّبوا نظام ري بالتنقيط خفّض استهلاك المياه بنسبة 30 في المئة',
          },
        },
        {
          id: 'percent-30',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بحسب المقال: «إن الطلبة ركّبوا نظام ري بالتنقيط خفّض استهلاك المياه بنسبة ____»',
          },
          answer: {
            value: 30,
            unit: 'percent',
            tolerance: 0,
          },
          explanation: {
            ar: 'جاء في المقال: «إن الطلبة ركّبوا نظام ري بالتنقيط خفّض استهلاك المياه بنسبة 30 في المئة».',
          },
          evidence: {
            paragraph: 2,
            quote: 'إن الطلبة ركّبوا نظام ري بالتنقيط خفّض استهلاك المياه بنسبة 30 في المئة',
          },
        },
        {
          id: 'length-20',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بحسب المقال: «وأضافت … أن الطلبة قطعوا مسافة ____ في مسير بيئي لجمع البذور»',
          },
          answer: {
            value: 20,
            unit: 'kilometre',
            tolerance: 0,
          },
          explanation: {
            ar: 'جاء في المقال: «وأضافت الزعبي أن الطلبة قطعوا مسافة 20 كيلومترا في مسير بيئي لجمع البذور من غابات عجلون».',
          },
          evidence: {
            paragraph: 3,
            quote: 'وأضافت الزعبي أن الطلبة قطعوا مسافة 20 كيلومترا في مسير بيئي لجمع البذور من غابات عجلون',
          },
        },
        {
          id: 'count-240',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بحسب المقال: «مبادرة لزراعة … شجرة زيتون وخروب على مساحة … قرب المدرسة، بمشاركة ____ طالبا وطالبة»',
          },
          answer: {
            value: 240,
            unit: 'count',
            tolerance: 0,
          },
          explanation: {
            ar: 'جاء في المقال: «على مساحة 15 دونما قرب المدرسة، بمشاركة 240 طالبا وطالبة».',
          },
          evidence: {
            paragraph: 1,
            quote: 'مبادرة لزراعة 1200 شجرة زيتون وخروب على مساحة 15 دونما قرب المدرسة، بمشاركة 240 طالبا وطالبة.',
          },
        },
        {
          id: 'false-length-20',
          type: 'boolean',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'صواب أم خطأ بحسب المقال؟ قطع الطلبة مسافة 25 كيلومترا في مسير بيئي لجمع البذور.',
          },
          answer: false,
          explanation: {
            ar: 'العبارة خاطئة: جاء في المقال «أن الطلبة قطعوا مسافة 20 كيلومترا في مسير بيئي لجمع البذور من غابات عجلون»، لا 25 كيلومترا.',
          },
          evidence: {
            paragraph: 3,
            quote: 'وأضافت الزعبي أن الطلبة قطعوا مسافة 20 كيلومترا في مسير بيئي لجمع البذور من غابات عجلون',
          },
        },
      ],
    },
    articleText: READERS_20_ARTICLES.find((a) => a.name === 'school-trees-irbid-ar')!.text,
  },
  'weather-balloon-york-en': {
    ...{
      id: 'york-pupils-weather-balloon-reaches',
      version: 1,
      lang: 'en',
      title: {
        en: "York pupils' weather balloon reaches…",
      },
      source: {
        name: 'Pasted text',
      },
      article: 'article.en.txt',
      questions: [
        {
          id: 'choice-count-18',
          type: 'single',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Which fills the blank, according to the article? “A weather balloon built by ____ pupils at Millbrook Academy in York climbed to a height of … before it burst, sending back photographs of the curve of the Earth”',
          },
          choices: [
            {
              id: 'v13',
              text: {
                en: '13',
              },
            },
            {
              id: 'v18',
              text: {
                en: '18',
              },
            },
            {
              id: 'v23',
              text: {
                en: '23',
              },
            },
            {
              id: 'v8',
              text: {
                en: '8',
              },
            },
          ],
          answer: 'v18',
          explanation: {
            en: 'The article says: “A weather balloon built by 18 pupils at Millbrook Academy in York climbed to a height of 32 kilometres before it burst”.',
          },
          evidence: {
            paragraph: 1,
            quote: 'A weather balloon built by 18 pupils at Millbrook Academy in York climbed to a height of 32 kilometres before it burst',
          },
        },
        {
          id: 'length-32',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Fill in the blank from the article: “A weather balloon built by … pupils at Millbrook Academy in York climbed to a height of ____ before it burst, sending back photographs of the curve of the Earth”',
          },
          answer: {
            value: 32,
            unit: 'kilometre',
            tolerance: 0,
          },
          explanation: {
            en: 'The article says: “A weather balloon built by 18 pupils at Millbrook Academy in York climbed to a height of 32 kilometres before it burst”.',
          },
          evidence: {
            paragraph: 1,
            quote: 'A weather balloon built by 18 pupils at Millbrook Academy in York climbed to a height of 32 kilometres before it burst',
          },
        },
        {
          id: 'who-1',
          type: 'text',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Fill in the blank with the name the article gives: “Physics teacher ____ said the flight lasted …”',
          },
          answer: {
            accepted: ['Daniel Okafor', 'Okafor'],
          },
          explanation: {
            en: 'The article says: “Physics teacher Daniel Okafor said the flight lasted three hours and 20 minutes”.',
          },
          evidence: {
            paragraph: 2,
            quote: 'Physics teacher Daniel Okafor said the flight lasted three hours and 20 minutes',
          },
        },
        {
          id: 'true-time-3-333333333-hour',
          type: 'boolean',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'True or false, according to the article? Physics teacher … said the flight lasted three hours and 20 minutes, and the temperature outside the balloon fell to minus … at its highest point.',
          },
          answer: true,
          explanation: {
            en: 'The article says: “Physics teacher Daniel Okafor said the flight lasted three hours and 20 minutes”.',
          },
          evidence: {
            paragraph: 2,
            quote: 'Physics teacher Daniel Okafor said the flight lasted three hours and 20 minutes',
          },
        },
        {
          id: 'temperature-56',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Fill in the blank from the article: “Physics teacher … said the flight lasted …, and the temperature outside the balloon fell to ____ at its highest point”',
          },
          answer: {
            value: -56,
            unit: 'celsius',
            tolerance: 0,
          },
          explanation: {
            en: 'The article says: “and the temperature outside the balloon fell to minus 56 degrees Celsius at its highest point”.',
          },
          evidence: {
            paragraph: 2,
            quote: 'and the temperature outside the balloon fell to minus 56 degrees Celsius at its highest point.',
          },
        },
        {
          id: 'choice-length-65',
          type: 'single',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Which fills the blank, according to the article? “The balloon came down by parachute in a field near …, about ____ from the launch site …”',
          },
          choices: [
            {
              id: 'v61',
              text: {
                en: '61 kilometres',
              },
            },
            {
              id: 'v63',
              text: {
                en: '63 kilometres',
              },
            },
            {
              id: 'v65',
              text: {
                en: '65 kilometres',
              },
            },
            {
              id: 'v67',
              text: {
                en: '67 kilometres',
              },
            },
          ],
          answer: 'v65',
          explanation: {
            en: 'The article says: “about 65 kilometres from the launch site”.',
          },
          evidence: {
            paragraph: 3,
            quote: 'about 65 kilometres from the launch site',
          },
        },
        {
          id: 'time-45-minute',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Fill in the blank from the article: “The balloon came down by parachute in a field near …, about … from the launch site, and was found by the pupils ____ after it landed”',
          },
          answer: {
            value: 45,
            unit: 'minute',
            tolerance: 0,
          },
          explanation: {
            en: 'The article says: “and was found by the pupils 45 minutes after it landed”.',
          },
          evidence: {
            paragraph: 3,
            quote: 'and was found by the pupils 45 minutes after it landed.',
          },
        },
        {
          id: 'choice-money-850',
          type: 'single',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Which fills the blank, according to the article? “The project cost ____, paid by a grant from the Royal Astronomical Society”',
          },
          choices: [
            {
              id: 'v1050',
              text: {
                en: '£1050',
              },
            },
            {
              id: 'v850',
              text: {
                en: '£850',
              },
            },
            {
              id: 'v650',
              text: {
                en: '£650',
              },
            },
            {
              id: 'v450',
              text: {
                en: '£450',
              },
            },
          ],
          answer: 'v850',
          explanation: {
            en: 'The article says: “The project cost £850”.',
          },
          evidence: {
            paragraph: 3,
            quote: 'The project cost £850',
          },
        },
        {
          id: 'false-percent-92',
          type: 'boolean',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'True or false, according to the article? Mr … said 97 per cent of the photographs were usable, and the school will launch a second balloon on Saturday …',
          },
          answer: false,
          explanation: {
            en: 'False: the article says “Mr Okafor said 92 per cent of the photographs were usable”, not 97 per cent.',
          },
          evidence: {
            paragraph: 4,
            quote: 'Mr Okafor said 92 per cent of the photographs were usable',
          },
        },
        {
          id: 'date-20260314',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Fill in the blank from the article: “Mr … said … of the photographs were usable, and the school will launch a second balloon on Saturday ____”',
          },
          answer: {
            value: 20260314,
            unit: 'date',
            tolerance: 0,
          },
          explanation: {
            en: 'The article says: “and the school will launch a second balloon on Saturday 14 March 2026”.',
          },
          evidence: {
            paragraph: 4,
            quote: 'and the school will launch a second balloon on Saturday 14 March 2026.',
          },
        },
        {
          id: 'time-200-minute',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Fill in the blank from the article: “Physics teacher … said the flight lasted ____”',
          },
          answer: {
            value: 200,
            unit: 'minute',
            tolerance: 0,
          },
          explanation: {
            en: 'The article says: “Physics teacher Daniel Okafor said the flight lasted three hours and 20 minutes”.',
          },
          evidence: {
            paragraph: 2,
            quote: 'Physics teacher Daniel Okafor said the flight lasted three hours and 20 minutes',
          },
        },
        {
          id: 'percent-92',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Fill in the blank from the article: “Mr … said ____ of the photographs were usable”',
          },
          answer: {
            value: 92,
            unit: 'percent',
            tolerance: 0,
          },
          explanation: {
            en: 'The article says: “Mr Okafor said 92 per cent of the photographs were usable”.',
          },
          evidence: {
            paragraph: 4,
            quote: 'Mr Okafor said 92 per cent of the photographs were usable',
          },
        },
        {
          id: 'where-2',
          type: 'text',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Fill in the blank with the name the article gives: “The balloon came down by parachute in a field near ____, about … from the launch site”',
          },
          answer: {
            accepted: ['Scarborough'],
          },
          explanation: {
            en: 'The article says: “The balloon came down by parachute in a field near Scarborough, about 65 kilometres from the launch site”.',
          },
          evidence: {
            paragraph: 3,
            quote: 'The balloon came down by parachute in a field near Scarborough, about 65 kilometres from the launch site',
          },
        },
        {
          id: 'false-time-45',
          type: 'boolean',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'True or false, according to the article? The pupils found the balloon 30 minutes after it landed.',
          },
          answer: false,
          explanation: {
            en: 'False: the article says the balloon “was found by the pupils 45 minutes after it landed”, not 30 minutes.',
          },
          evidence: {
            paragraph: 3,
            quote: 'and was found by the pupils 45 minutes after it landed',
          },
        },
      ],
    },
    articleText: READERS_20_ARTICLES.find((a) => a.name === 'weather-balloon-york-en')!.text,
  },
}
