import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import type { Unit } from '../../src/core/quiz-schema.ts'
import { convert, dimensionOf, parseQuantity } from '../../src/core/units.ts'
import { describeMeasureRows, factsOf, type MeasureRow } from './measure-rows.ts'
import { POWER_ARTICLES } from './units-power-articles.ts'

/**
 * Power and energy as news writes them: a plant's or a grid's capacity and demand in watts (MW,
 * «ميغاواط»), what is made, used or stored in watt-hours (kWh, «كيلوواط ساعة»). Each row is a
 * sentence of an article: the drafter keys the quantity in its unit, and a question on it (the
 * sentence with the quantity blanked, as the drafter writes it) accepts the natural right forms and
 * refuses the wrong neighbours: the other dimension (`8 MWh` for 8 MW), another prefix, a near number.
 */

type Row = MeasureRow

const ROWS: Row[] = [
  // --- power ---
  {
    text: 'وافتتحت الوزارة محطة شمسية بقدرة 8 ميغاواط في الجنوب.',
    written: '8 ميغاواط',
    value: 8,
    unit: 'megawatt',
    right: ['8 ميغاواط', '٨ ميجاوات', '8 ميغاوات', '8 ميجاواط', 'ثمانية ميغاواط', '8MW', '8 MW', '8 megawatts', '8000 kW', '8000 كيلوواط', '0.008 GW', '8'],
    wrong: ['8 GW', '8 غيغاواط', '8 MWh', '8 ميغاواط ساعة', '8 kW', '8 كم', '8 ساعات', '80 MW', '80 ميغاواط', '9 ميغاواط'],
  },
  {
    text: 'Peak demand reached 8,656 megawatts on Tuesday evening, the grid operator said.',
    written: '8,656 megawatts',
    value: 8656,
    unit: 'megawatt',
    right: ['8,656 megawatts', '8656 MW', '8656MW', '8.656 GW', '8,656 ميغاواط', '8656'],
    wrong: ['8656 MWh', '8656 GW', '8656 kW', '8,566 MW', '86,560 MW', '8656 GB'],
  },
  {
    text: 'The new interconnector can carry 9,000 MW between the two countries.',
    written: '9,000 MW',
    value: 9000,
    unit: 'megawatt',
    right: ['9,000 MW', '9000 MW', '9000mw', '9 GW', '9 gigawatts', '9000 megawatts', '9 غيغاواط', '9000 ميجاوات', '9000'],
    wrong: ['9000 MWh', '9 GWh', '9000 GW', '900 MW', '9000 kW', '9 MW'],
  },
  {
    text: 'The country plans to add 2.4 GW of wind capacity by 2030.',
    written: '2.4 GW',
    value: 2.4,
    unit: 'gigawatt',
    right: ['2.4 GW', '2.4GW', '2.4 gigawatts', '2400 MW', '2,400 megawatts', '2.4 جيجاوات', '2.4 غيغاواط', '2.4'],
    wrong: ['2.4 MW', '2.4 GWh', '2.4 TWh', '24 GW', '2.4 TB', '2.4 kW'],
  },
  {
    text: 'ولا تتجاوز قدرة الألواح المركبة على سطح المدرسة 50 كيلوواط.',
    written: '50 كيلوواط',
    value: 50,
    unit: 'kilowatt',
    right: ['50 كيلوواط', '50 كيلووات', '50 kW', '50kW', '50 kilowatts', '50000 واط', '0.05 ميغاواط', 'خمسين كيلوواط'],
    wrong: ['50 كيلوواط ساعة', '50 kWh', '50 ميغاواط', '50 واط', '50 كيلو', '5 كيلوواط'],
  },
  {
    text: 'The charger delivers 45W, enough to fill half the battery in 18 minutes.',
    written: '45W',
    value: 45,
    unit: 'watt',
    right: ['45W', '45 W', '45 watts', 'forty-five watts', '45 واط', '0.045 kW', '45'],
    wrong: ['45 Wh', '45 kW', '54 W', '45 mAh', '45 minutes', '450 W'],
  },
  // --- energy ---
  {
    text: 'وتخزن البطارية الجديدة 500 كيلوواط ساعة من الكهرباء.',
    written: '500 كيلوواط ساعة',
    value: 500,
    unit: 'kilowatt-hour',
    right: ['500 كيلوواط ساعة', '500 كيلووات ساعة', '500 كيلوواط/ساعة', '500 ك.و.س', '500 kWh', '500kWh', '0.5 MWh', '0.5 ميغاواط ساعة', '500'],
    wrong: ['500 كيلوواط', '500 kW', '500 MWh', '50 kWh', '500 ساعة', '500 Wh'],
  },
  {
    text: 'The project includes a 500 kWh battery to store power for the evening.',
    written: '500 kWh',
    value: 500,
    unit: 'kilowatt-hour',
    right: ['500 kWh', '500kWh', '500 kilowatt-hours', '500 kilowatt hours', '0.5 MWh', '500,000 Wh', '500 كيلوواط ساعة', '500'],
    wrong: ['500 kW', '500 MWh', '5000 kWh', '500 GWh', '500 mAh', '500 hours'],
  },
  {
    text: 'The plant will generate about 12 TWh a year, enough for two million homes.',
    written: '12 TWh',
    value: 12,
    unit: 'terawatt-hour',
    right: ['12 TWh', '12TWh', '12 terawatt-hours', '12,000 GWh', '12000 gigawatt hours', '12 تيراواط ساعة', '12'],
    wrong: ['12 GW', '12 GWh', '12 TB', '120 TWh', '12 MWh', '21 TWh'],
  },
  {
    text: 'وبلغ إنتاج المحطة خلال العام الماضي 3,200 ميغاواط ساعة.',
    written: '3,200 ميغاواط ساعة',
    value: 3200,
    unit: 'megawatt-hour',
    right: ['3200 ميغاواط ساعة', '3200 ميجاوات ساعة', '3200 ميغاواط/ساعة', '3200 MWh', '3.2 GWh', '3.2 غيغاواط ساعة', '3,200,000 kWh', '3200'],
    wrong: ['3200 ميغاواط', '3200 MW', '3.2 GW', '320 MWh', '3200 GWh', '3200 ساعة'],
  },
]

describeMeasureRows(ROWS, {
  keyed: 'the drafter keys power and energy in their units',
  graded: 'the grader accepts power and energy in their forms and refuses the other dimension',
})

describe('letters and names that are no power', () => {
  // Each sentence's number is read, but not in watts: a body's initials, a surname or a place, a lone W.
  const names: { text: string; number: string }[] = [
    { text: 'The company sold 40 MW Holdings shares to investors.', number: '40' },
    { text: 'The group signed 3 GW Partners contracts last year.', number: '3' },
    { text: 'Police said 12 Watts residents were hurt in the fire.', number: '12' },
    { text: 'Ms Watts, 45, said 12 Watts family members came.', number: '12' },
    { text: 'The museum is at 350 W 42nd Street, near the river.', number: '350' },
    { text: 'He finished 3 W clear of the field, the club said.', number: '3' },
    { text: 'In 2019 MW Holdings bought the plant from its founders.', number: '2019' },
    { text: 'In 1963 Watts joined the band as its drummer.', number: '1963' },
  ]
  it.each(names)('«$text»', ({ text, number }) => {
    const facts = factsOf(text).filter((f) => f.written.startsWith(number))
    expect(facts.length).toBeGreaterThan(0)
    for (const f of facts) expect(f.unit === null ? 'none' : dimensionOf(f.unit), `${f.written}=${f.value} ${f.unit}`).not.toBe('power')
  })
  // The same letters measuring the number: before a name that is no body's, in a headline's capitals.
  const units: { text: string; written: string; unit: Unit }[] = [
    { text: 'The 2.4 GW Hornsea Two wind farm opened in 2022.', written: '2.4 GW', unit: 'gigawatt' },
    { text: 'Egypt Adds 500 Megawatts To Its Grid', written: '500 Megawatts', unit: 'megawatt' },
    { text: 'PLANT ADDS 500 MW TO GRID', written: '500 MW', unit: 'megawatt' },
    { text: 'Temperatures reached 45 Celsius in the south.', written: '45 Celsius', unit: 'celsius' },
  ]
  it.each(units)('«$text»: $written', ({ text, written, unit }) => {
    expect(factsOf(text).find((f) => f.written === written)?.unit).toBe(unit)
  })
})

describe('a drafted article on power keys its figures in their units', () => {
  const drafts = new Map(POWER_ARTICLES.map((a) => [a.name, draftQuiz(a.text)]))
  const rows: { article: string; written: string; value: number; unit: Unit }[] = [
    { article: 'power-ar', written: '8 ميغاواط', value: 8, unit: 'megawatt' },
    { article: 'power-ar', written: '38 ألف ميجاوات', value: 38_000, unit: 'megawatt' },
    { article: 'power-ar', written: '500 كيلوواط ساعة', value: 500, unit: 'kilowatt-hour' },
    { article: 'power-ar', written: '3,800 غيغاواط ساعة', value: 3800, unit: 'gigawatt-hour' },
    { article: 'power-en', written: '85,508 megawatts', value: 85_508, unit: 'megawatt' },
    { article: 'power-en', written: '9,000 MW', value: 9000, unit: 'megawatt' },
    { article: 'power-en', written: '4.2 GW', value: 4.2, unit: 'gigawatt' },
    { article: 'power-en', written: '15,000 megawatt-hours', value: 15_000, unit: 'megawatt-hour' },
    { article: 'power-en', written: '475 TWh', value: 475, unit: 'terawatt-hour' },
    { article: 'power-en', written: '500 kWh', value: 500, unit: 'kilowatt-hour' },
  ]
  it.each(rows)('$article: «$written» is $value $unit', ({ article, written, value, unit }) => {
    const { paragraphs } = parseArticle(drafts.get(article)!.quiz.articleText)
    const { facts } = collectFacts(paragraphs)
    const fact = facts.find((f) => paragraphs[f.paragraph]!.text.slice(f.mention.start, f.mention.end) === written)
    expect(fact?.unit).toBe(unit)
    expect(fact?.value).toBeCloseTo(value, 9)
  })

  const isPowerOrEnergy = (unit: Unit | null | undefined) => unit != null && ['power', 'energy'].includes(dimensionOf(unit))
  it.each(POWER_ARTICLES)('$name: a blank before a power word is never a bare count, and wrong choices keep the unit', ({ name }) => {
    const questions = drafts.get(name)!.quiz.questions
    let asked = 0
    for (const q of questions) {
      const prompt = Object.values(q.prompt)[0] as string
      if (q.type === 'numeric') {
        expect(prompt, `${q.answer.value} ${q.answer.unit}`).not.toMatch(/____ (?:megawatts?|MW|GW|kWh|TWh|ميغاواط|ميجاوات|كيلوواط|غيغاواط)/u)
        if (isPowerOrEnergy(q.answer.unit)) asked++
      }
      if (q.type !== 'single') continue
      const read = q.choices.map((c) => parseQuantity(Object.values(c.text)[0] as string))
      if (!read.some((r) => isPowerOrEnergy(r?.unit))) continue
      asked++
      expect(new Set(read.map((r) => r?.unit)).size, prompt).toBe(1)
      expect(new Set(read.map((r) => r?.value)).size, prompt).toBe(read.length)
    }
    expect(asked).toBeGreaterThanOrEqual(2)
  })
})

describe('power and energy convert within their dimension only', () => {
  const rows: { from: string; to: Unit; value: number | null }[] = [
    { from: '8 MW', to: 'kilowatt', value: 8000 },
    { from: '2.4 GW', to: 'megawatt', value: 2400 },
    { from: '45 W', to: 'kilowatt', value: 0.045 },
    { from: '500 kWh', to: 'megawatt-hour', value: 0.5 },
    { from: '12 TWh', to: 'gigawatt-hour', value: 12_000 },
    { from: '1 Wh', to: 'kilowatt-hour', value: 0.001 },
    // A capacity is never an amount of energy, nor a battery's charge or data.
    { from: '8 MW', to: 'megawatt-hour', value: null },
    { from: '8 MWh', to: 'megawatt', value: null },
    { from: '5000 mAh', to: 'watt-hour', value: null },
    { from: '2 GW', to: 'gigabyte', value: null },
    { from: '8 MW', to: 'count', value: null },
  ]
  it.each(rows)('$from in $to: $value', ({ from, to, value }) => {
    const q = parseQuantity(from, { expect: to })
    expect(q?.unit).toBeTruthy()
    const v = convert(q!.value, q!.unit!, to)
    if (value === null) {
      expect(v).toBeNull()
      expect(dimensionOf(q!.unit!)).not.toBe(dimensionOf(to))
    } else {
      expect(v).toBeCloseTo(value, 9)
    }
  })
})
