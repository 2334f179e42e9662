import type { Lang } from '../../src/core/quiz-schema.ts'
import { READERS_13_ARTICLES } from './grade-readers-13-articles.ts'

const readers13 = (name: string) => READERS_13_ARTICLES.find((a) => a.name === name)!

/**
 * Articles for the fifteenth review (draft-review-15.test.ts): the thirteenth readers' set (grade-readers-13-articles.ts:
 * Sudan's gum arabic, a desalination plant in Sfax, an Indian dairy cooperative's bonus, copied from there), and new ones
 * of the same kinds: Arabic stories naming a body with a verbal noun under ل («المؤسسة العامة لتطوير وتنظيم الموارد
 * المائية»), a person of three names after a job title and a comma and later by the family name; English wire stories
 * whose dateline's date is not the day of the event. Written for these tests; any likeness to real people is chance.
 */
export const REVIEW_15_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  readers13('gum-arabic-obeid-ar'),
  readers13('desalination-sfax-ar'),
  readers13('dairy-bonus-india-en'),
  {
    name: 'water-loss-zarqa-ar',
    lang: 'ar',
    text: `خطة لتقليص فاقد المياه في الزرقاء

أعلنت سلطة المياه، يوم الأحد 9 مارس 2025، أنها ستستبدل 300 كيلومتر من الأنابيب القديمة في محافظة الزرقاء بكلفة 45 مليون دينار.

وقال المدير التنفيذي للمؤسسة العامة لتطوير وتنظيم الموارد المائية، خالد محمود الزعبي، إن نسبة الفاقد في الشبكة تبلغ 48 في المئة.

وأوضح الزعبي أن العمل سيستمر 18 شهرا، وأن المشروع سيخدم نحو 250 ألف نسمة في المحافظة.

وتعد المملكة من أفقر دول العالم بالمياه، إذ لا تتجاوز حصة الفرد 61 مترا مكعبا في السنة.`,
  },
  {
    name: 'exports-agency-ar',
    lang: 'ar',
    text: `ارتفاع الصادرات غير النفطية

قالت الهيئة الوطنية لتنمية الصادرات، يوم الخميس 3 أبريل 2025، إن الصادرات غير النفطية ارتفعت إلى 14 مليار دولار العام الماضي.

وقالت رئيسة الهيئة الوطنية لتنمية الصادرات، ليلى حسن المنصوري، إن الصادرات إلى أفريقيا زادت 22 في المئة.

وأضافت المنصوري أن 1200 شركة صغيرة صدرت منتجاتها لأول مرة، وأن الهيئة ستفتح 5 مكاتب جديدة في الخارج.`,
  },
  {
    name: 'rate-cut-kenya-en',
    lang: 'en',
    text: `Kenya's central bank cuts its main lending rate

NAIROBI, 14 March (Reuters) - The Central Bank of Kenya cut its main lending rate by 50 basis points to 10.75%, its governor Kamau Njoroge Thugge announced on Wednesday, 12 March 2025.

Thugge said inflation had eased to 3.5% in February, and that the bank expected the economy to grow by 5.4% this year.

The shilling traded at 129 to the dollar on Thursday, little changed from a week earlier.

Kenya's debt reached 11 trillion shillings at the end of last year, the Treasury said.`,
  },
  {
    name: 'rail-line-india-en',
    lang: 'en',
    text: `New suburban rail line opens in Pune

PUNE, 5 June (IANS) - The Maharashtra government opened a 23 km suburban rail line between Pune and Lonavala on Tuesday, 3 June 2025, chief minister Anil Vasant Deshmukh said.

Deshmukh said the line would carry 1.5 lakh passengers a day and cut travel times by 40 minutes.

The project cost Rs 2,400 crore and took six years to build.`,
  },
]
