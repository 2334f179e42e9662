import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Articles for the fourteenth review (draft-review-14.test.ts): short strike stories whose strike days are listed in one
 * sentence («20 و21 و26 مارس», `11, 14 and 16 March`), one with a day of another month beside it; and short fares stories
 * quoting a chief executive's words to the end of their sentence. Written for these tests; any likeness to real people is
 * chance.
 */
export const REVIEW_14_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'strike-days-ar',
    lang: 'ar',
    text: `إضراب السائقين

قالت النقابة إن السائقين سيضربون أيام 20 و21 و26 مارس، بعد أن صوّت 2000 عضو لصالح الإضراب.

وقالت الشركة إن 300 ألف راكب سيتأثرون.`,
  },
  {
    name: 'strike-days-en',
    lang: 'en',
    text: `Rail strikes called

Train drivers will strike on 11, 14 and 16 March, the union said, after 2,000 members voted for action.

The operator said 300,000 passengers would be affected.`,
  },
  {
    name: 'strike-days-20-en',
    lang: 'en',
    text: `Rail strikes called

Train drivers will strike on 20, 21 and 26 March, the union said, after 2,000 members voted for action.

The operator said 300,000 passengers would be affected.`,
  },
  {
    name: 'fares-en',
    lang: 'en',
    text: `Fares to rise

Its chief executive, Sarah Jones, said: "Fares are going up by 4% because costs are going up."

She said 300,000 passengers use the trains each day.`,
  },
  {
    name: 'fares-ar',
    lang: 'ar',
    text: `رفع أسعار التذاكر

وقال رئيسها التنفيذي سامي الحربي: «سترتفع الأسعار لأن التكاليف ترتفع، ولن ندفع أكثر من 4 في المئة».

وأضاف أن 300 ألف راكب يستخدمون القطارات يومياً.`,
  },
]
