import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Articles of genres the other drafting tests covered least, for the twentieth review (draft-review-20.test.ts): an
 * Arabic obituary of a composer («رحل عن عمر ناهز 87 عاماً», his years of birth and death, a career in dates), an
 * Arabic housing story from Jordan naming its governorates only (areas in m², prices per square metre, rents a month), an
 * Arabic health survey stating its findings as ratios («واحد من كل خمسة», «نسبة 1 إلى 3»), an Arabic opinion column
 * mixing the writer's views with reported figures, an English wildlife census (an estimate, its range, "up from") and an
 * English exam results story (points out of 625, the top students by name and town). Written for these tests; any
 * likeness to real people is chance.
 */
export const REVIEW_20_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'composer-obituary-ar',
    lang: 'ar',
    text: `رحيل الموسيقار سليم الحداد عن 87 عاماً

رحل الموسيقار اللبناني سليم الحداد، صباح الأحد، عن عمر ناهز 87 عاماً، بعد صراع طويل مع المرض، بحسب ما أعلنت عائلته في بيان.

ولد الحداد في مدينة طرابلس عام 1938، ودرس العزف على العود في المعهد الوطني للموسيقى في بيروت، قبل أن يسافر إلى القاهرة عام 1961 لمتابعة دراسته.

ولحّن الراحل أكثر من 400 أغنية خلال مسيرة امتدت نحو ستة عقود، وتعاون مع كبار المطربين في مصر ولبنان وسوريا.

وفي عام 1975 عاد إلى بيروت، حيث أسس فرقة «الأصيل» التي ضمت 24 عازفاً، وقادها حتى عام 2004.

وحصل الحداد على جائزة الدولة التقديرية عام 1998، كما منحته جامعة الروح القدس في الكسليك دكتوراه فخرية عام 2012.

وقال نقيب الفنانين في لبنان جورج خوري إن الراحل "ترك إرثاً موسيقياً لا يعوض"، مشيراً إلى أن النقابة ستقيم حفلاً تأبينياً في 14 ديسمبر المقبل.

ويشيع جثمانه ظهر الثلاثاء في كنيسة مار جرجس بطرابلس، على أن تقبل التعازي يومي الأربعاء والخميس.`,
  },
  {
    name: 'housing-governorates-ar',
    lang: 'ar',
    text: `ارتفاع أسعار الشقق في إربد والزرقاء بنسبة 9 في المئة

أظهر تقرير لجمعية المستثمرين في قطاع الإسكان أن متوسط سعر المتر المربع للشقق السكنية في محافظة إربد بلغ 410 دنانير خلال العام الماضي، مقارنة مع 375 ديناراً في العام الذي سبقه.

وبيّن التقرير أن سعر المتر المربع في محافظة الزرقاء وصل إلى 340 ديناراً، فيما تراوحت الأسعار في محافظة المفرق بين 250 و290 ديناراً.

وقال رئيس الجمعية كمال العواملة إن الطلب تركز على الشقق التي تتراوح مساحتها بين 120 و150 متراً مربعاً، مشيراً إلى أن الجمعية سجلت بيع 6800 شقة في المحافظات الثلاث.

وأضاف العواملة أن الإيجار الشهري لشقة مساحتها 130 متراً مربعاً في مدينة إربد يبلغ نحو 220 ديناراً، بينما لا يتجاوز 180 ديناراً في الزرقاء.

وأشار التقرير إلى أن كلفة البناء ارتفعت بنسبة 12 في المئة بسبب ارتفاع أسعار الحديد والإسمنت، إذ بلغ سعر طن الحديد 560 ديناراً.

وطالبت الجمعية بإعفاء الشقق التي لا تزيد مساحتها على 150 متراً مربعاً من رسوم التسجيل، لتشجيع الأسر الشابة على التملك.`,
  },
  {
    name: 'smoking-ratios-ar',
    lang: 'ar',
    text: `مسح: واحد من كل خمسة مراهقين في مصر يدخن

كشف مسح أجرته وزارة الصحة والسكان أن واحداً من كل خمسة مراهقين تتراوح أعمارهم بين 13 و17 عاماً يدخن السجائر أو الشيشة، وأن نسبة المدخنين بين الذكور والإناث تبلغ 3 إلى 1.

وشمل المسح 12 ألف طالب في 180 مدرسة إعدادية وثانوية موزعة على 27 محافظة، وأجري خلال الفترة من أكتوبر إلى ديسمبر من العام الماضي.

وقالت مديرة برنامج مكافحة التدخين الدكتورة منى عبد الرحيم إن طالباً من كل ثلاثة جرب السجائر الإلكترونية مرة واحدة على الأقل، وإن متوسط العمر عند أول سيجارة انخفض إلى 12 عاماً.

وأضافت أن 40 في المئة من المدخنين الصغار يشترون السجائر بالقطعة من الأكشاك القريبة من المدارس، رغم أن القانون يحظر بيعها لمن هم دون 18 عاماً.

وأوصى المسح برفع سعر علبة السجائر بنسبة 25 في المئة، وبإطلاق حملة توعية في المدارس تبدأ مع الفصل الدراسي الثاني.`,
  },
  {
    name: 'buses-opinion-ar',
    lang: 'ar',
    text: `متى نركب الحافلة دون أن نخسر يوماً؟

في رأيي، لا يمكن لأي مدينة أن تدعي أنها حديثة وهي تترك نصف سكانها ينتظرون حافلة لا تأتي. وأعتقد أن المشكلة ليست في عدد الحافلات بل في طريقة إدارتها.

تقول بيانات هيئة النقل إن الدار البيضاء تملك 700 حافلة فقط لخدمة أكثر من 4 ملايين نسمة، وإن متوسط انتظار الراكب في المحطة يبلغ 35 دقيقة في ساعات الذروة.

ويرى كثيرون أن الحل في شراء حافلات جديدة، لكنني أرى أن تخصيص ممرات خاصة للحافلات أجدى وأرخص. فقد خصصت المدينة عام 2022 ممراً واحداً بطول 12 كيلومتراً، وانخفض زمن الرحلة عليه من 50 دقيقة إلى 28 دقيقة.

وأعلنت الهيئة الشهر الماضي أنها ستنفق 900 مليون درهم على تجديد الأسطول خلال 5 سنوات، وهو مبلغ كان يكفي في تقديري لإنشاء عشرة ممرات مماثلة.

ربما أكون مخطئاً، لكن التجربة تقول إن الراكب لا يهتم بلون الحافلة ولا بعمرها، بل بموعد وصولها.`,
  },
  {
    name: 'wildcat-census-en',
    lang: 'en',
    text: `Wildcat numbers rise in Highlands census

The Scottish wildcat population in the Cairngorms National Park is now estimated at 115 adults, up from 87 in the last census in 2021, according to a survey published on Tuesday.

The estimate is based on images from 320 camera traps set across 1,900 square kilometres of forest and moorland between February and October last year. Researchers said the true number could lie anywhere between 90 and 140.

The charity Saving Wildcats released 41 captive-bred cats into the park over the past three years, and 29 of them are known to have survived their first winter.

Project manager Helen Senn said the results were "cautiously encouraging" but warned that hybridisation with feral domestic cats remained the biggest threat. About one in four cats photographed showed signs of mixed ancestry, the survey found.

The project, which costs £1.2 million a year, is funded until 2028. Its team hopes to release a further 60 cats by then.`,
  },
  {
    name: 'exam-results-en',
    lang: 'en',
    text: `Leaving Cert results: eight students achieve maximum points

More than 61,000 students received their Leaving Certificate results on Friday, with the national pass rate at 98.2 per cent, up from 97.8 per cent last year.

Eight students achieved the maximum 625 points, including Aoife Brennan from Clonmel and Darragh Quinn from Letterkenny, both of whom sat eight subjects.

The proportion of higher-level maths students awarded a H1, the top grade, fell to 9.4 per cent from 10.1 per cent, the State Examinations Commission said.

Minister for Education Helen McEntee said the results reflected "a year of hard work in very ordinary conditions", the first without the post-pandemic grade adjustments.

Students have until 5pm on Wednesday, September 3 to apply to view their marked scripts, and the appeals process costs €40 per subject, refunded if the grade goes up.

CAO first-round offers will be issued on August 28, and about 54,000 applicants are expected to receive one.`,
  },
]
