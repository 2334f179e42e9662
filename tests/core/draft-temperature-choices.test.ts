import { describe, expect, it } from 'vitest'
import { draftQuiz } from '../../src/core/draft/index.ts'
import type { Question } from '../../src/core/quiz-schema.ts'

/**
 * Wrong values of a temperature stay a few degrees from it. A temperature is on a scale whose zero is
 * no absence, so the share of the answer other numbers' wrong values keep (a quarter of it) gives
 * 72 and 82 °C beside an air temperature of 52 °C: choices no reader would weigh. Each article below
 * states its temperatures in another way (Arabic and English, °C and °F, below zero, with decimals);
 * every choice or false statement the drafter writes about one must stay within the bound.
 */
const ARTICLES: { lang: 'ar' | 'en'; text: string }[] = [
  {
    lang: 'ar',
    text: `الكويت تسجل أعلى حمل كهربائي مع موجة حر
قطعت وزارة الكهرباء التيار عن 14 منطقة سكنية يوم الأحد، مع ارتفاع درجات الحرارة إلى 52 درجة مئوية في منطقة الجهراء.
وقالت الوزارة إن الطلب ارتفع بنسبة 6 في المئة مقارنة بالصيف الماضي.
ويتوقع خبراء أن تبقى درجات الحرارة فوق 48 درجة مئوية في معظم المناطق حتى منتصف أغسطس.`,
  },
  {
    lang: 'ar',
    text: `موجة برد تضرب المرتفعات
أغلقت السلطات 3 طرق جبلية ليل الجمعة بعدما انخفضت درجات الحرارة في مدينة إفران المغربية إلى 7 درجات مئوية تحت الصفر.
وبلغ سمك الثلوج 40 سنتيمترا في بعض المناطق.
وسجلت مدينة ميدلت درجة حرارة دنيا بلغت 4 درجات مئوية تحت الصفر.`,
  },
  {
    lang: 'en',
    text: `Heat records fall across the Southwest
Hospitals treated 240 people for heat illness after Phoenix reached 118F on Tuesday, the highest temperature ever recorded in the city in June.
Forecasters expect highs to stay above 110F until Friday, when a storm may bring them down to 104F.
The city opened 12 cooling centres and kept them open for 24 hours a day.`,
  },
  {
    lang: 'en',
    text: `Patients' fevers watched closely as flu season peaks
The clinic saw 1,260 patients in January, and doctors admit children whose temperature stays above 38.5C.
Nurses advise parents to keep rooms at about 20C and to give plenty of water.
About 30 percent more patients came than a year earlier.`,
  },
  {
    lang: 'en',
    text: `Cold snap grips the north
Schools in the district closed and 35 flights were cancelled as temperatures in Fairbanks fell to minus 42C overnight.
The cold is expected to ease by Sunday, with daytime highs near minus 15C.
Power cuts left 2,300 homes without heating for up to six hours.`,
  },
]

/** Degrees a wrong value may stand from the right one: a few, more for a large magnitude (−32 to −47 °C in Alaska). */
const bound = (key: number) => Math.max(5, Math.abs(key) / 4)

/** The numbers a question's text shows (choices' texts or a statement), with their signs as written. */
function numbersIn(text: string): number[] {
  const western = text.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)))
  return [...western.matchAll(/(minus |-|−)?(\d+(?:\.\d+)?)/g)].map((m) => (m[1] ? -1 : 1) * Number(m[2]))
}

const isTemperature = (text: string) => /درج|°|\d[CF]\b|degrees?/.test(text)

describe('a temperature’s wrong values stay a few degrees from it', () => {
  const checked: string[] = []
  it.each(ARTICLES.map((a, index) => [index, a] as const))('article %i', (_index, { lang, text }) => {
    const { quiz } = draftQuiz(text, { lang })
    for (const question of quiz.questions as Question[]) {
      if (question.type !== 'single') continue
      const texts = question.choices.map((c) => Object.values(c.text)[0] as string)
      const right = question.choices.find((c) => c.id === question.answer)
      if (!right || (!texts.some(isTemperature) && !isTemperature(Object.values(question.prompt)[0] as string))) continue
      const key = numbersIn(Object.values(right.text)[0] as string)[0]
      if (key === undefined) continue
      for (const choice of texts) {
        const value = numbersIn(choice)[0]!
        expect(Math.abs(value - key), `${choice} beside ${key}`).toBeLessThanOrEqual(bound(key))
      }
      checked.push(`${lang}:${key}`)
    }
  })

  it('found temperatures asked as choices in most articles', () => {
    expect(checked.length).toBeGreaterThanOrEqual(3)
  })
})
