import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Two more kinds of article nobody on the team tuned the grader on (invented news, realistic in form): new buses in
 * Madinah (SPA), with «الأحد 12 أكتوبر 2025», «40 حافلة», a cost of «18.5 مليون ريال», a share of «25 في المئة» by 2030,
 * a fare of «3 ريالات و50 هللة», «86 راكبا», «18 ساعة», a ride of «ساعة وربع», «2500 راكب يوميا», «1.2 مليون راكب» and a
 * discount of «15 في المئة» from «يناير 2026»; Leeds's pothole repairs (a UK council story), with "£2.4 million", "four
 * months", "12,500 potholes", "35 per cent", 7.5-hour shifts, "two and a half hours", "£186,000" to "940 motorists", "about
 * £198 per claim", "48 hours", "Monday 3 November", "February 2026" and "21,000 times". The quizzes `draftQuiz` made of
 * them on 3 December 2026 are frozen, with their choice questions; after the drafted questions come some written by hand
 * in the drafter's form (a date, a cost, a count, a ride's length, a false statement; potholes, months, a claim's
 * average, hours, a false per cent), and the figures they ask blanked in the drafted prompts (the drafted true date
 * statement asks the buses instead, as its date is asked). Drafter findings: it asked neither the Madinah cost, the bus's
 * riders nor the ride's «ساعة وربع», nor in Leeds the potholes, the months, the average claim or the 48 hours; the
 * dateline's "Tuesday 14 October 2025" it left alone.
 * tests/core/grade-readers-19.test.ts types real readers' answers to them.
 */
export const READERS_19_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'transport-madinah-ar',
    lang: 'ar',
    text: 'هيئة النقل تشغل 40 حافلة جديدة في المدينة المنورة بتكلفة 18.5 مليون ريال\n\nالمدينة المنورة (واس) -\nأعلنت الهيئة العامة للنقل، يوم الأحد 12 أكتوبر 2025، تشغيل 40 حافلة جديدة على خطوط النقل العام في المدينة المنورة، بتكلفة بلغت 18.5 مليون ريال، ضمن خطة لرفع حصة النقل العام من رحلات السكان إلى 25 في المئة بحلول عام 2030.\n\nوقال المتحدث الرسمي للهيئة، سعد القحطاني، إن أجرة الرحلة الواحدة تبلغ 3 ريالات و50 هللة، وإن الحافلة الواحدة تتسع لـ 86 راكبا، وتعمل الخدمة 18 ساعة يوميا.\n\nوأضاف القحطاني أن الرحلة من المسجد النبوي إلى مطار الأمير محمد بن عبدالعزيز تستغرق ساعة وربع، وأن الخط الأول ينقل 2500 راكب يوميا، فيما بلغ عدد الركاب 1.2 مليون راكب خلال الأشهر الستة الأولى من العام.\n\nوأشار إلى أن الهيئة ستطلق تطبيقا للدفع الإلكتروني في يناير 2026، يمنح المشتركين خصما بنسبة 15 في المئة.\n',
  },
  {
    name: 'potholes-leeds-en',
    lang: 'en',
    text: "Leeds to spend £2.4 million on pothole repairs after record complaints\n\nLeeds, Tuesday 14 October 2025 -\nLeeds City Council will spend £2.4 million over the next four months repairing 12,500 potholes, after complaints from drivers and cyclists rose by 35 per cent in a year.\n\nCouncillor Helen Marsden, the council's executive member for highways, said crews would work 7.5-hour night shifts so that lane closures on the ring road last no longer than two and a half hours at a time.\n\nShe said the council had paid £186,000 in compensation to 940 motorists last year, an average of about £198 per claim, and that dangerous potholes would now be filled within 48 hours of being reported.\n\nThe work starts on Monday 3 November and is due to finish by the end of February 2026. Residents can report a pothole through the council's app, which was downloaded 21,000 times in its first month.\n",
  },
]

/** Each article's draft (`draftQuiz(text).quiz`) and the questions written by hand, by article name. */
export const READERS_19_QUIZZES: Record<string, Record<string, unknown> & { articleText: string }> = {
  'transport-madinah-ar': {
    ...{
      id: 'hiia-al-nql-tshghl',
      version: 1,
      lang: 'ar',
      title: {
        ar: 'هيئة النقل تشغل…',
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
            ar: 'أكمل الفراغ بالاسم الوارد في المقال: «هيئة النقل تشغل … حافلة جديدة في ____ بتكلفة …»',
          },
          answer: {
            accepted: ['المدينة المنورة'],
          },
          explanation: {
            ar: 'جاء في المقال: «هيئة النقل تشغل 40 حافلة جديدة في المدينة المنورة بتكلفة 18.5 مليون ريال».',
          },
          evidence: {
            paragraph: 0,
            quote: 'هيئة النقل تشغل 40 حافلة جديدة في المدينة المنورة بتكلفة 18.5 مليون ريال',
          },
        },
        {
          id: 'true-count-40',
          type: 'boolean',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'صواب أم خطأ بحسب المقال؟ أعلنت الهيئة العامة للنقل، يوم الأحد …، تشغيل 40 حافلة جديدة على خطوط النقل العام.',
          },
          answer: true,
          explanation: {
            ar: 'جاء في المقال: «أعلنت الهيئة العامة للنقل، يوم الأحد 12 أكتوبر 2025، تشغيل 40 حافلة جديدة على خطوط النقل العام في المدينة المنورة، بتكلفة بلغت 18.5 مليون ريال، ضمن خطة لرفع حصة النقل العام من رحلات السكان إلى 25 في المئة بحلول عام 2030».',
          },
          evidence: {
            paragraph: 1,
            quote:
              'أعلنت الهيئة العامة للنقل، يوم الأحد 12 أكتوبر 2025، تشغيل 40 حافلة جديدة على خطوط النقل العام في المدينة المنورة، بتكلفة بلغت 18.5 مليون ريال، ضمن خطة لرفع حصة النقل العام من رحلات السكان إلى 25 في المئة بحلول عام 2030.',
          },
        },
        {
          id: 'percent-25',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بحسب المقال: «… ضمن خطة لرفع حصة النقل العام من رحلات السكان إلى ____ بحلول عام …»',
          },
          answer: {
            value: 25,
            unit: 'percent',
            tolerance: 0,
          },
          explanation: {
            ar: 'جاء في المقال: «ضمن خطة لرفع حصة النقل العام من رحلات السكان إلى 25 في المئة بحلول عام 2030».',
          },
          evidence: {
            paragraph: 1,
            quote: 'ضمن خطة لرفع حصة النقل العام من رحلات السكان إلى 25 في المئة بحلول عام 2030.',
          },
        },
        {
          id: 'choice-date-20300000',
          type: 'single',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'اختر ما يملأ الفراغ بحسب المقال: «… ضمن خطة لرفع حصة النقل العام من رحلات السكان إلى … بحلول عام ____»',
          },
          choices: [
            {
              id: 'v20400000',
              text: {
                ar: '2040',
              },
            },
            {
              id: 'v20600000',
              text: {
                ar: '2060',
              },
            },
            {
              id: 'v20300000',
              text: {
                ar: '2030',
              },
            },
            {
              id: 'v20500000',
              text: {
                ar: '2050',
              },
            },
          ],
          answer: 'v20300000',
          explanation: {
            ar: 'جاء في المقال: «ضمن خطة لرفع حصة النقل العام من رحلات السكان إلى 25 في المئة بحلول عام 2030».',
          },
          evidence: {
            paragraph: 1,
            quote: 'ضمن خطة لرفع حصة النقل العام من رحلات السكان إلى 25 في المئة بحلول عام 2030.',
          },
        },
        {
          id: 'who-2',
          type: 'text',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بالاسم الوارد في المقال: «وقال المتحدث الرسمي للهيئة، ____ …»',
          },
          answer: {
            accepted: ['سعد القحطاني', 'القحطاني'],
          },
          explanation: {
            ar: 'جاء في المقال: «وقال المتحدث الرسمي للهيئة، سعد القحطاني، إن أجرة الرحلة الواحدة تبلغ 3 ريالات و50 هللة، وإن الحافلة الواحدة تتسع لـ 86 راكبا، وتعمل الخدمة 18 ساعة يوميا».',
          },
          evidence: {
            paragraph: 2,
            quote:
              'وقال المتحدث الرسمي للهيئة، سعد القحطاني، إن أجرة الرحلة الواحدة تبلغ 3 ريالات و50 هللة، وإن الحافلة الواحدة تتسع لـ 86 راكبا، وتعمل الخدمة 18 ساعة يوميا.',
          },
        },
        {
          id: 'money-3-5',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بحسب المقال: «وقال المتحدث الرسمي للهيئة، …، إن أجرة الرحلة الواحدة تبلغ ____، وإن الحافلة الواحدة تتسع لـ … راكبا، وتعمل الخدمة 18 ساعة يوميا»',
          },
          answer: {
            value: 3.5,
            unit: 'SAR',
            tolerance: 0,
          },
          explanation: {
            ar: 'جاء في المقال: «إن أجرة الرحلة الواحدة تبلغ 3 ريالات و50 هللة».',
          },
          evidence: {
            paragraph: 2,
            quote: 'إن أجرة الرحلة الواحدة تبلغ 3 ريالات و50 هللة',
          },
        },
        {
          id: 'count-2500',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بحسب المقال: «وأضاف … أن الرحلة من المسجد النبوي إلى مطار الأمير محمد بن عبدالعزيز تستغرق …، وأن الخط الأول ينقل ____ راكب يوميا …»',
          },
          answer: {
            value: 2500,
            unit: 'count',
            tolerance: 0,
          },
          explanation: {
            ar: 'جاء في المقال: «وأن الخط الأول ينقل 2500 راكب يوميا».',
          },
          evidence: {
            paragraph: 3,
            quote: 'وأن الخط الأول ينقل 2500 راكب يوميا',
          },
        },
        {
          id: 'choice-count-1200000',
          type: 'single',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'اختر ما يملأ الفراغ بحسب المقال: «وأضاف … أن الرحلة من المسجد النبوي إلى مطار الأمير محمد بن عبدالعزيز تستغرق …، وأن الخط الأول ينقل … راكب يوميا، فيما بلغ عدد الركاب ____ راكب خلال الأشهر الستة الأولى من العام»',
          },
          choices: [
            {
              id: 'v1300000',
              text: {
                ar: '1.3 مليون',
              },
            },
            {
              id: 'v1200000',
              text: {
                ar: '1.2 مليون',
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
          ],
          answer: 'v1200000',
          explanation: {
            ar: 'جاء في المقال: «فيما بلغ عدد الركاب 1.2 مليون راكب خلال الأشهر الستة الأولى من العام».',
          },
          evidence: {
            paragraph: 3,
            quote: 'فيما بلغ عدد الركاب 1.2 مليون راكب خلال الأشهر الستة الأولى من العام.',
          },
        },
        {
          id: 'choice-date-20260100',
          type: 'single',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'اختر ما يملأ الفراغ بحسب المقال: «وأشار إلى أن الهيئة ستطلق تطبيقا للدفع الإلكتروني في ____ …»',
          },
          choices: [
            {
              id: 'v20260100',
              text: {
                ar: 'يناير 2026',
              },
            },
            {
              id: 'v20250100',
              text: {
                ar: 'يناير 2025',
              },
            },
            {
              id: 'v20240100',
              text: {
                ar: 'يناير 2024',
              },
            },
            {
              id: 'v20230100',
              text: {
                ar: 'يناير 2023',
              },
            },
          ],
          answer: 'v20260100',
          explanation: {
            ar: 'جاء في المقال: «وأشار إلى أن الهيئة ستطلق تطبيقا للدفع الإلكتروني في يناير 2026».',
          },
          evidence: {
            paragraph: 4,
            quote: 'وأشار إلى أن الهيئة ستطلق تطبيقا للدفع الإلكتروني في يناير 2026',
          },
        },
        {
          id: 'true-percent-15',
          type: 'boolean',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'صواب أم خطأ بحسب المقال؟ وأشار إلى أن الهيئة ستطلق تطبيقا للدفع الإلكتروني في …، يمنح المشتركين خصما بنسبة 15 في المئة.',
          },
          answer: true,
          explanation: {
            ar: 'جاء في المقال: «يمنح المشتركين خصما بنسبة 15 في المئة».',
          },
          evidence: {
            paragraph: 4,
            quote: 'يمنح المشتركين خصما بنسبة 15 في المئة.',
          },
        },
        {
          id: 'date-20251012',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بحسب المقال: «أعلنت الهيئة العامة للنقل، يوم الأحد ____، تشغيل … حافلة جديدة على خطوط النقل العام في …»',
          },
          answer: {
            value: 20251012,
            unit: 'date',
            tolerance: 0,
          },
          explanation: {
            ar: 'جاء في المقال: «أعلنت الهيئة العامة للنقل، يوم الأحد 12 أكتوبر 2025».',
          },
          evidence: {
            paragraph: 1,
            quote: 'أعلنت الهيئة العامة للنقل، يوم الأحد 12 أكتوبر 2025',
          },
        },
        {
          id: 'money-18500000',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بحسب المقال: «تشغيل … حافلة جديدة على خطوط النقل العام في …، بتكلفة بلغت ____، ضمن خطة …»',
          },
          answer: {
            value: 18500000,
            unit: 'SAR',
            tolerance: 0,
          },
          explanation: {
            ar: 'جاء في المقال: «بتكلفة بلغت 18.5 مليون ريال».',
          },
          evidence: {
            paragraph: 1,
            quote: 'بتكلفة بلغت 18.5 مليون ريال',
          },
        },
        {
          id: 'count-86',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بحسب المقال: «إن أجرة الرحلة الواحدة تبلغ …، وإن الحافلة الواحدة تتسع لـ ____ راكبا، وتعمل الخدمة … ساعة يوميا»',
          },
          answer: {
            value: 86,
            unit: 'count',
            tolerance: 0,
          },
          explanation: {
            ar: 'جاء في المقال: «وإن الحافلة الواحدة تتسع لـ 86 راكبا».',
          },
          evidence: {
            paragraph: 2,
            quote: 'وإن الحافلة الواحدة تتسع لـ 86 راكبا',
          },
        },
        {
          id: 'time-1-25-hour',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'أكمل الفراغ بحسب المقال: «وأضاف … أن الرحلة من المسجد النبوي إلى مطار الأمير محمد بن عبدالعزيز تستغرق ____، وأن الخط الأول ينقل … راكب يوميا»',
          },
          answer: {
            value: 1.25,
            unit: 'hour',
            tolerance: 0,
          },
          explanation: {
            ar: 'جاء في المقال: «أن الرحلة من المسجد النبوي إلى مطار الأمير محمد بن عبدالعزيز تستغرق ساعة وربع».',
          },
          evidence: {
            paragraph: 3,
            quote: 'أن الرحلة من المسجد النبوي إلى مطار الأمير محمد بن عبدالعزيز تستغرق ساعة وربع',
          },
        },
        {
          id: 'false-count-1200000',
          type: 'boolean',
          skill: 'recall',
          points: 1,
          prompt: {
            ar: 'صواب أم خطأ بحسب المقال؟ بلغ عدد الركاب 2.1 مليون راكب خلال الأشهر الستة الأولى من العام.',
          },
          answer: false,
          explanation: {
            ar: 'العبارة خاطئة: جاء في المقال «فيما بلغ عدد الركاب 1.2 مليون راكب خلال الأشهر الستة الأولى من العام»، لا 2.1 مليون.',
          },
          evidence: {
            paragraph: 3,
            quote: 'فيما بلغ عدد الركاب 1.2 مليون راكب خلال الأشهر الستة الأولى من العام.',
          },
        },
      ],
    },
    articleText: READERS_19_ARTICLES.find((a) => a.name === 'transport-madinah-ar')!.text,
  },
  'potholes-leeds-en': {
    ...{
      id: 'leeds-to-spend',
      version: 1,
      lang: 'en',
      title: {
        en: 'Leeds to spend…',
      },
      source: {
        name: 'Pasted text',
      },
      article: 'article.en.txt',
      questions: [
        {
          id: 'money-2400000',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Fill in the blank from the article: “Leeds City Council will spend ____ over the next … repairing … potholes …”',
          },
          answer: {
            value: 2400000,
            unit: 'GBP',
            tolerance: 0,
          },
          explanation: {
            en: 'The article says: “Leeds City Council will spend £2.4 million over the next four months repairing 12,500 potholes”.',
          },
          evidence: {
            paragraph: 1,
            quote: 'Leeds City Council will spend £2.4 million over the next four months repairing 12,500 potholes',
          },
        },
        {
          id: 'percent-35',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Fill in the blank from the article: “Leeds City Council will spend … over the next … repairing … potholes, after complaints from drivers and cyclists rose by ____ in a year”',
          },
          answer: {
            value: 35,
            unit: 'percent',
            tolerance: 0,
          },
          explanation: {
            en: 'The article says: “after complaints from drivers and cyclists rose by 35 per cent in a year”.',
          },
          evidence: {
            paragraph: 1,
            quote: 'after complaints from drivers and cyclists rose by 35 per cent in a year.',
          },
        },
        {
          id: 'who-1',
          type: 'text',
          skill: 'recall',
          points: 1,
          prompt: {
            en: "Fill in the blank with the name the article gives: “Councillor ____, the council's executive member for highways …”",
          },
          answer: {
            accepted: ['Helen Marsden', 'Marsden'],
          },
          explanation: {
            en: "The article says: “Councillor Helen Marsden, the council's executive member for highways, said crews would work 7.5-hour night shifts so that lane closures on the ring road last no longer than two and a half hours at a time”.",
          },
          evidence: {
            paragraph: 2,
            quote:
              "Councillor Helen Marsden, the council's executive member for highways, said crews would work 7.5-hour night shifts so that lane closures on the ring road last no longer than two and a half hours at a time.",
          },
        },
        {
          id: 'choice-time-7-5-hour',
          type: 'single',
          skill: 'recall',
          points: 1,
          prompt: {
            en: "Which fills the blank, according to the article? “Councillor …, the council's executive member for highways, said crews would work ____-hour night shifts so that lane closures on the ring road last no longer than … at a time”",
          },
          choices: [
            {
              id: 'v6-5',
              text: {
                en: '6.5',
              },
            },
            {
              id: 'v5-5',
              text: {
                en: '5.5',
              },
            },
            {
              id: 'v7-5',
              text: {
                en: '7.5',
              },
            },
            {
              id: 'v8-5',
              text: {
                en: '8.5',
              },
            },
          ],
          answer: 'v7-5',
          explanation: {
            en: 'The article says: “said crews would work 7.5-hour night shifts so that lane closures on the ring road last no longer than two and a half hours at a time”.',
          },
          evidence: {
            paragraph: 2,
            quote: 'said crews would work 7.5-hour night shifts so that lane closures on the ring road last no longer than two and a half hours at a time.',
          },
        },
        {
          id: 'time-2-5-hour',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            en: "Fill in the blank from the article: “Councillor …, the council's executive member for highways, said crews would work … night shifts so that lane closures on the ring road last no longer than ____ at a time”",
          },
          answer: {
            value: 2.5,
            unit: 'hour',
            tolerance: 0,
          },
          explanation: {
            en: 'The article says: “said crews would work 7.5-hour night shifts so that lane closures on the ring road last no longer than two and a half hours at a time”.',
          },
          evidence: {
            paragraph: 2,
            quote: 'said crews would work 7.5-hour night shifts so that lane closures on the ring road last no longer than two and a half hours at a time.',
          },
        },
        {
          id: 'choice-money-186000',
          type: 'single',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Which fills the blank, according to the article? “She said the council had paid ____ in compensation to … motorists last year, an average of about … per claim, and that dangerous potholes would now be filled within … of being reported”',
          },
          choices: [
            {
              id: 'v236000',
              text: {
                en: '£236,000',
              },
            },
            {
              id: 'v186000',
              text: {
                en: '£186,000',
              },
            },
            {
              id: 'v286000',
              text: {
                en: '£286,000',
              },
            },
            {
              id: 'v136000',
              text: {
                en: '£136,000',
              },
            },
          ],
          answer: 'v186000',
          explanation: {
            en: 'The article says: “She said the council had paid £186,000 in compensation to 940 motorists last year”.',
          },
          evidence: {
            paragraph: 3,
            quote: 'She said the council had paid £186,000 in compensation to 940 motorists last year',
          },
        },
        {
          id: 'false-count-940',
          type: 'boolean',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'True or false, according to the article? She said the council had paid … in compensation to 1,190 motorists last year, an average of about … per claim, and that dangerous potholes would now be filled within … of being reported.',
          },
          answer: false,
          explanation: {
            en: 'False: the article says “She said the council had paid £186,000 in compensation to 940 motorists last year”, not 1,190.',
          },
          evidence: {
            paragraph: 3,
            quote: 'She said the council had paid £186,000 in compensation to 940 motorists last year',
          },
        },
        {
          id: 'date-1103',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Fill in the blank from the article: “The work starts on Monday ____ and is due to finish by the end of …”',
          },
          answer: {
            value: 1103,
            unit: 'date',
            tolerance: 0,
          },
          explanation: {
            en: 'The article says: “The work starts on Monday 3 November and is due to finish by the end of February 2026”.',
          },
          evidence: {
            paragraph: 4,
            quote: 'The work starts on Monday 3 November and is due to finish by the end of February 2026.',
          },
        },
        {
          id: 'choice-date-20260200',
          type: 'single',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Which fills the blank, according to the article? “The work starts on Monday … and is due to finish by the end of ____”',
          },
          choices: [
            {
              id: 'v20240200',
              text: {
                en: 'February 2024',
              },
            },
            {
              id: 'v20260200',
              text: {
                en: 'February 2026',
              },
            },
            {
              id: 'v20280200',
              text: {
                en: 'February 2028',
              },
            },
            {
              id: 'v20220200',
              text: {
                en: 'February 2022',
              },
            },
          ],
          answer: 'v20260200',
          explanation: {
            en: 'The article says: “The work starts on Monday 3 November and is due to finish by the end of February 2026”.',
          },
          evidence: {
            paragraph: 4,
            quote: 'The work starts on Monday 3 November and is due to finish by the end of February 2026.',
          },
        },
        {
          id: 'true-count-21000',
          type: 'boolean',
          skill: 'recall',
          points: 1,
          prompt: {
            en: "True or false, according to the article? Residents can report a pothole through the council's app, which was downloaded 21,000 times in its first month.",
          },
          answer: true,
          explanation: {
            en: "The article says: “Residents can report a pothole through the council's app, which was downloaded 21,000 times in its first month”.",
          },
          evidence: {
            paragraph: 4,
            quote: "Residents can report a pothole through the council's app, which was downloaded 21,000 times in its first month.",
          },
        },
        {
          id: 'count-12500',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Fill in the blank from the article: “Leeds City Council will spend … over the next … repairing ____ potholes …”',
          },
          answer: {
            value: 12500,
            unit: 'count',
            tolerance: 0,
          },
          explanation: {
            en: 'The article says: “Leeds City Council will spend £2.4 million over the next four months repairing 12,500 potholes”.',
          },
          evidence: {
            paragraph: 1,
            quote: 'Leeds City Council will spend £2.4 million over the next four months repairing 12,500 potholes',
          },
        },
        {
          id: 'time-4-month',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Fill in the blank from the article: “Leeds City Council will spend … over the next ____ repairing … potholes …”',
          },
          answer: {
            value: 4,
            unit: 'month',
            tolerance: 0,
          },
          explanation: {
            en: 'The article says: “Leeds City Council will spend £2.4 million over the next four months”.',
          },
          evidence: {
            paragraph: 1,
            quote: 'Leeds City Council will spend £2.4 million over the next four months',
          },
        },
        {
          id: 'money-198',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Fill in the blank from the article: “She said the council had paid … in compensation to … motorists last year, an average of about ____ per claim …”',
          },
          answer: {
            value: 198,
            unit: 'GBP',
            tolerance: 0,
          },
          explanation: {
            en: 'The article says: “an average of about £198 per claim”.',
          },
          evidence: {
            paragraph: 3,
            quote: 'an average of about £198 per claim',
          },
        },
        {
          id: 'time-48-hour',
          type: 'numeric',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'Fill in the blank from the article: “… and that dangerous potholes would now be filled within ____ of being reported”',
          },
          answer: {
            value: 48,
            unit: 'hour',
            tolerance: 0,
          },
          explanation: {
            en: 'The article says: “and that dangerous potholes would now be filled within 48 hours of being reported”.',
          },
          evidence: {
            paragraph: 3,
            quote: 'and that dangerous potholes would now be filled within 48 hours of being reported.',
          },
        },
        {
          id: 'false-percent-35',
          type: 'boolean',
          skill: 'recall',
          points: 1,
          prompt: {
            en: 'True or false, according to the article? Complaints from drivers and cyclists rose by 25 per cent in a year.',
          },
          answer: false,
          explanation: {
            en: 'False: the article says “after complaints from drivers and cyclists rose by 35 per cent in a year”, not 25 per cent.',
          },
          evidence: {
            paragraph: 1,
            quote: 'after complaints from drivers and cyclists rose by 35 per cent in a year.',
          },
        },
      ],
    },
    articleText: READERS_19_ARTICLES.find((a) => a.name === 'potholes-leeds-en')!.text,
  },
}
