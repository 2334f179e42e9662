import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Articles for the thirteenth review (draft-review-13.test.ts): a short Saudi tourism story whose one sentence holds
 * three facts (jobs, the spending in riyals, the count of regions) and a short English ferry story whose one sentence
 * holds four; and an unseen one of a kind the other tests lack, an Arabic culture story (a book fair: its edition, days,
 * visitors, publishers and countries, sales in pounds, a prize, a compound name «أحمد بهي الدين»). Written for these
 * tests; any likeness to real people is chance.
 */
export const REVIEW_13_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'season-sa',
    lang: 'ar',
    text: `موسم الشتاء السعودي يختتم فعالياته

الرياض - اختتم موسم الشتاء السعودي فعالياته مساء الخميس بعد أربعة أشهر من العروض والمهرجانات في مختلف مناطق المملكة.

وقال وزير السياحة أحمد الخطيب إن الموسم وفّر أكثر من 150 ألف فرصة عمل، وإن الإنفاق في مناطقه الـ14 بلغ نحو 4.6 مليار ريال.

وأضاف أن عدد الزوار تجاوز 18 مليون زائر، بينهم 2.1 مليون سائح من خارج المملكة.`,
  },
  {
    name: 'ferry-en',
    lang: 'en',
    text: `Ferry operator expands routes

The ferry operator said on Monday that it carried 2.4 million passengers last year, that its 6 ships sailed 310,000 km and that fuel cost it £48 million.

Chief executive Alan Moss said a new route to Belfast would open in May.`,
  },
  {
    name: 'book-fair-eg',
    lang: 'ar',
    text: `معرض القاهرة الدولي للكتاب يسجل رقماً قياسياً في عدد الزوار

القاهرة - أسدل معرض القاهرة الدولي للكتاب في دورته الـ57 الستار على فعالياته مساء الثلاثاء، بعد 13 يوماً استقبل خلالها أكثر من 4.8 مليون زائر، وفق ما أعلنته الهيئة المصرية العامة للكتاب.

وقال رئيس الهيئة الدكتور أحمد بهي الدين إن المعرض شهد مشاركة 1345 دار نشر من 80 دولة، عرضت نحو 600 ألف عنوان، مشيراً إلى أن سلطنة عُمان حلّت ضيف شرف هذه الدورة.

وأضاف أن مبيعات الكتب تجاوزت 120 مليون جنيه، بزيادة 25 في المئة على الدورة الماضية، وأن أسعار الكتب في جناح الهيئة بدأت من 10 جنيهات.

وأقيمت على هامش المعرض 420 ندوة وأمسية شعرية، إضافة إلى 75 ورشة للأطفال، فيما خصصت وزارة الثقافة 30 حافلة لنقل الزوار مجاناً من محطات المترو إلى أرض المعارض في التجمع الخامس.

وحصدت رواية «بيت على النيل» للكاتبة المصرية منى الشاذلي جائزة أفضل رواية، وقيمتها 100 ألف جنيه، فيما فاز الشاعر السوداني عثمان بشرى بجائزة الشعر.

وقالت وزيرة الثقافة نيفين الكيلاني إن الدورة المقبلة ستقام في يناير 2027، وإن الوزارة تدرس زيادة عدد أيام المعرض إلى 15 يوماً.`,
  },
]
