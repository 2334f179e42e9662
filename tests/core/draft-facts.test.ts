import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'

/** The facts of a short article: value, unit and the quoted evidence clause of each. */
function factsOf(text: string) {
  const { paragraphs } = parseArticle(text)
  const found = collectFacts(paragraphs)
  const paragraphText = (i: number) => paragraphs.find((p) => p.index === i)!.text
  return {
    facts: found.facts.map((f) => ({
      value: f.value,
      unit: f.unit,
      bound: f.mention.bound,
      clause: paragraphText(f.paragraph).slice(f.clause.start, f.clause.end),
    })),
    notes: found.notes.map((n) => `${n.code}:${n.quote ?? ''}`),
  }
}

describe('collectFacts: what a number in running text is', () => {
  it.each([
    // Hijri dates: the date reader knows only the Gregorian calendar, so their day and year are not asked.
    ['قضت المحكمة اليوم الثلاثاء ١٤ رجب ١٤٤٦ هـ بسجن ٦ متهمين.', ['unread-number:١٤', 'unread-number:١٤٤٦'], [6]],
    ['اجتمع الوزراء يوم الأحد 25 ذي القعدة 1445 في فيينا مع 8 وفود.', ['unread-number:25', 'unread-number:1445'], [8]],
    ['صدر القرار في 3 ربيع الأول 1447 للهجرة بحضور 40 نائبًا.', ['unread-number:3', 'unread-number:1447'], [40]],
    // An ordinal before a measure belongs to the phrase before it.
    ['وقضت بحبس المتهم السادس ثلاث سنوات مع الشغل.', [], [3]],
    // An abbreviated month makes a date: its period ends no clause, nor does the comma after its day.
    ['Revenue for the quarter, which ended Sept. 30, 2025, rose to $12 billion.', [], [20250930, 12_000_000_000]],
    ['It launched on March 3, 2025, with 120 people on board.', [], [20250303, 120]],
    ['On March 3, 120 people left.', [], [303, 120]],
    // The number that ends a quoted name is part of it.
    ['وقفز المؤشر الرئيسي «إيجي إكس 30» بنسبة 7.5% ليغلق عند 31206 نقاط.', ['label:30'], [7.5, 31206]],
    ['The crew of “Artemis 2” trained for 18 months.', ['label:2'], [18]],
    // "One" in words after a noun ends no range: the rate after it is a fact.
    ['ليصل سعر عائد الإيداع لليلة واحدة إلى 27.25% وسعر الإقراض إلى 28.25%.', [], [27.25, 28.25]],
  ])('%s', (text, notes, values) => {
    const found = factsOf(text)
    for (const n of notes) expect(found.notes).toContain(n)
    expect(found.facts.map((f) => f.value)).toEqual(values)
  })

  it('takes ربيع alone for spring, not a Hijri month', () => {
    expect(factsOf('زار الوفد المدينة في ربيع 2024 وضم 12 خبيرًا.').notes).not.toContain('unread-number:2024')
  })

  it.each([
    // A bare number of degrees is a temperature when the article is about one, in the scale it names.
    ['The temperature at the start was 11 degrees Celsius, rising to 14 degrees by noon.', 14, 'celsius'],
    ['Temperatures in Phoenix hit 118 degrees Fahrenheit on Monday and stayed above 110 degrees overnight.', 110, 'fahrenheit'],
    ['وسجلت درجات الحرارة 45 درجة في الظل.', 45, 'celsius'],
    // Degrees of anything else stay a count.
    ['The ship turned 90 degrees to port.', 90, 'count'],
    // An Arabic number after its noun takes the noun's unit.
    ['ويتوقع أن يرتفع التضخم خلال الأشهر الثلاثة المقبلة.', 3, 'month'],
    ['وسيستمر المشروع في السنوات الخمس القادمة.', 5, 'year'],
    // A currency word of several countries is the one of the country the article names, a capital included.
    ['عمّان - (بترا): بلغت كلفة الانتخابات نحو 9 ملايين دينار.', 9_000_000, 'JOD'],
    ['الكويت - بلغت كلفة المشروع 9 ملايين دينار.', 9_000_000, 'KWD'],
  ])('%s', (text, value, unit) => {
    expect(factsOf(text).facts).toContainEqual(expect.objectContaining({ value, unit }))
  })

  it.each([
    ['فاز المرشح بفارق يزيد على 10000 صوت.', 'يزيد على'],
    ['Attendance was above 40,000 fans.', 'above'],
    ['وشارك في تأمينها أكثر من 45 ألف عنصر.', 'أكثر من'],
  ])('reads the comparison before a number as its bound: %s', (text, bound) => {
    expect(factsOf(text).facts[0]).toMatchObject({ bound })
  })

  it('quotes the whole sentence when the clause is hardly more than the number (an age between commas)', () => {
    const text = '"It was terrifying," said Andrew Kerr, 34, a teacher from Paisley.'
    const age = factsOf(text).facts.find((f) => f.value === 34)!
    expect(age.clause).toContain('said Andrew Kerr, 34')
    const arabic = factsOf('وقالت هند، 24، إنها ستعود العام المقبل إلى السباق.').facts.find((f) => f.value === 24)!
    expect(arabic.clause).toContain('وقالت هند')
  })
})
