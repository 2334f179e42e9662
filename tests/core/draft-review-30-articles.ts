import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Articles for the thirtieth review (draft-review-30.test.ts): kinds earlier reviews did not draft — a blood donation
 * campaign, a chess championship, a locust control campaign, a charity's Ramadan meals and an auction of a dinosaur
 * skeleton. Written for these tests; any likeness to real people is chance.
 */
export type Review30Article = { name: string; lang: Lang; text: string }

export const REVIEW_30_ARTICLES: Review30Article[] = [
  {
    name: 'blood-donation-ar',
    lang: 'ar',
    text: `حملة التبرع بالدم تجمع 6,400 وحدة خلال أسبوعين

أعلن بنك الدم الوطني في عمّان، الأحد، أن الحملة الوطنية للتبرع بالدم جمعت 6,400 وحدة دم خلال أسبوعين، بزيادة 15 بالمئة على حملة العام الماضي.

وقالت مديرة البنك، الدكتورة سهى الخطيب، إن عدد المتبرعين بلغ 5,870 متبرعاً، شكّل الرجال 81 بالمئة منهم، فيما شكّلت النساء 19 بالمئة.

وأضافت أن 38 بالمئة من الوحدات التي جُمعت كانت من فصيلة O الموجبة، وهي الفصيلة الأكثر طلباً في المستشفيات.

وأوضحت الخطيب أن الحملة نُظمت في 42 موقعاً، بينها الجامعات والمراكز التجارية، بمشاركة أكثر من 300 ممرض ومتطوع.

ويحتاج البنك إلى نحو 250 وحدة دم يومياً لتلبية احتياجات المستشفيات الحكومية، بحسب المديرة.`,
  },
  {
    name: 'chess-championship-ar',
    lang: 'ar',
    text: `الأستاذ الكبير باسم أمين يحرز لقب البطولة العربية للشطرنج

أحرز الأستاذ الكبير المصري باسم أمين لقب البطولة العربية الفردية للشطرنج، التي اختتمت مساء الجمعة في مدينة العين الإماراتية، بعد أن جمع 7.5 نقطة من 9 جولات.

وحلّ الجزائري بلال بلحسين ثانياً برصيد 7 نقاط، فيما جاء الأردني يزن الحوراني ثالثاً برصيد 6.5 نقطة.

وشارك في البطولة 86 لاعباً ولاعبة من 17 دولة عربية، وبلغت قيمة جوائزها 60 ألف دولار، نال البطل منها 12 ألف دولار.

ولم يخسر أمين، البالغ من العمر 36 عاماً، أي مباراة في البطولة، إذ فاز في 6 مباريات وتعادل في 3.

ويبلغ تصنيف أمين الدولي 2,690 نقطة، وهو الأعلى بين اللاعبين العرب.`,
  },
  {
    name: 'locust-control-ar',
    lang: 'ar',
    text: `مكافحة الجراد الصحراوي في 86 ألف هكتار بجنوب المغرب

أعلن المركز الوطني لمكافحة الجراد في أكادير أن فرقه عالجت منذ مطلع فبراير نحو 86 ألف هكتار من الأراضي المصابة بالجراد الصحراوي في أقاليم الجنوب.

وأوضح المركز في بلاغ أن عمليات المكافحة جرت بمشاركة 54 فرقة ميدانية و4 طائرات رش، واستُعمل فيها 71 ألف لتر من المبيدات.

وقال مدير المركز، سعيد الغازي، إن أسراب الجراد دخلت من موريتانيا والجزائر، وإن كثافتها بلغت في بعض المناطق 40 جرادة في المتر المربع.

وأضاف الغازي أن المركز رصد 19 مليون درهم لحملة هذا العام، وأن المخاطر على المحاصيل "تبقى محدودة" بفضل التدخل المبكر.

ويقدّر خبراء منظمة الأغذية والزراعة أن سرباً واحداً من الجراد يمكن أن يلتهم في يوم واحد ما يأكله 35 ألف شخص.`,
  },
  {
    name: 'ramadan-meals-ar',
    lang: 'ar',
    text: `جمعية خيرية توزع 120 ألف وجبة إفطار في رمضان

قالت جمعية "بنك الطعام" في صنعاء إنها وزعت خلال شهر رمضان 120 ألف وجبة إفطار على الأسر المحتاجة في 9 محافظات، بتكلفة بلغت 310 آلاف دولار.

وأوضح رئيس الجمعية، عبد الرحمن العبد الله، أن 64 بالمئة من الوجبات ذهبت إلى أسر نازحة، وأن 1,100 متطوع شاركوا في إعدادها وتوزيعها.

وأضاف العبد الله أن الجمعية وزعت كذلك 8,500 سلة غذائية، تحتوي كل منها على 25 كيلوغراماً من الدقيق والأرز والسكر.

وبحسب الأمم المتحدة، يحتاج 17 مليون شخص في اليمن إلى مساعدات غذائية هذا العام.`,
  },
  {
    name: 'dinosaur-auction-en',
    lang: 'en',
    text: `Stegosaurus skeleton sells for $44.6 million at New York auction

A nearly complete Stegosaurus skeleton sold for $44.6 million at Sotheby's in New York on Wednesday, the highest price ever paid for a fossil at auction.

The skeleton, nicknamed Apex, is 11 feet tall and 27 feet long and was found in 2022 on private land near Dinosaur, Colorado. It has 254 of its 319 bones, the auction house said.

Bidding opened at $4 million and lasted 15 minutes, with seven bidders competing. The pre-sale estimate had been $4 million to $6 million.

The buyer, hedge fund founder Kenneth Griffin, said he planned to lend Apex to an American museum. The previous record, $31.8 million, was paid in 2020 for a Tyrannosaurus rex named Stan.`,
  },
]
