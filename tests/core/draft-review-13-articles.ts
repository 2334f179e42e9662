import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Articles for the thirteenth review (draft-review-13.test.ts): a short Saudi tourism story whose one sentence holds
 * three facts (jobs, the spending in riyals, the count of regions) and a short English ferry story whose one sentence
 * holds four. Written for these tests; any likeness to real people is chance.
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
]
