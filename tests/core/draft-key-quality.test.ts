import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { clauseSpans, sentenceSpans } from '../../src/core/draft/sentences.ts'
import { parseQuantity } from '../../src/core/units.ts'
import type { Lang } from '../../src/core/quiz-schema.ts'
import { entitiesOf } from './draft-test-helpers.ts'

const placesOf = (text: string, lang: Lang) =>
  entitiesOf(text, lang)
    .filter((e) => e.kind === 'place')
    .map((e) => e.name)

describe('a place key is the place, not where it lies', () => {
  // Each row: an article's sentence and the places the drafter must find in it, exactly.
  const rows: { text: string; lang: Lang; places: string[] }[] = [
    // A direction after a place's name says where it lies: it is no part of the name.
    { text: 'إثر خروج قطار ركاب عن السكة قرب مدينة قفصة جنوب غربي تونس، وفق ما أعلنت وزارة الصحة.', lang: 'ar', places: ['قفصة', 'تونس'] },
    { text: 'وقع الحادث في ولاية قفصة جنوب غربي البلاد.', lang: 'ar', places: ['قفصة'] },
    { text: 'وقع الانفجار في مدينة كركوك شمالي العراق.', lang: 'ar', places: ['كركوك', 'العراق'] },
    { text: 'اندلع الحريق في مدينة طبرقة شرقي البلاد.', lang: 'ar', places: ['طبرقة'] },
    { text: 'ووقع الزلزال في مدينة حماة وسط سوريا.', lang: 'ar', places: ['حماة', 'سوريا'] },
    { text: 'وقع الانفجار في مدينة الموصل شمال العراق.', lang: 'ar', places: ['الموصل', 'العراق'] },
    { text: 'The quake struck eastern Turkey on Monday.', lang: 'en', places: ['Turkey'] },
    // Wrong neighbours: a direction that is part of a place's name stays in it.
    { text: 'وصل الوفد إلى جنوب أفريقيا أمس.', lang: 'ar', places: ['جنوب أفريقيا'] },
    { text: 'وأطلقت كوريا الشمالية صاروخا جديدا.', lang: 'ar', places: ['كوريا الشمالية'] },
    { text: 'ووصل اللاجئون من جنوب السودان إلى المخيم.', lang: 'ar', places: ['جنوب السودان'] },
    { text: 'The delegation arrived in South Africa on Monday.', lang: 'en', places: ['South Africa'] },
    { text: 'The missile was launched from North Korea on Monday.', lang: 'en', places: ['North Korea'] },
  ]
  it.each(rows)('$text', ({ text, lang, places }) => {
    expect(placesOf(text, lang)).toEqual(places)
  })
})

describe('money keeps its own currency', () => {
  // Each row: a short article and the unit of the fact of the amount `value` (count: no currency is keyed).
  const rows: { text: string; value: number; unit: string }[] = [
    // A rupee is India's, Pakistan's, Nepal's or Sri Lanka's: the country the article names decides.
    { text: 'The government of Nepal pays up to 1 million rupees to the families of people killed by wildlife.', value: 1_000_000, unit: 'NPR' },
    { text: 'Pakistan raised the price of petrol by 10 rupees a litre, the ministry in Islamabad said.', value: 10, unit: 'PKR' },
    { text: 'Sri Lanka will spend 40 million rupees on new roads, officials in Colombo said.', value: 40_000_000, unit: 'LKR' },
    { text: 'قالت حكومة نيبال إنها ستدفع مليون روبية لأسر الضحايا.', value: 1_000_000, unit: 'NPR' },
    { text: 'وقالت الحكومة إنها ستدفع 500 روبية باكستانية لكل أسرة.', value: 500, unit: 'PKR' },
    { text: 'Bangladesh will pay 5,000 taka to each family, officials in Dhaka said.', value: 5000, unit: 'BDT' },
    // Wrong neighbours: India's rupee stays India's; a rupee of a country the table does not know is keyed as no currency.
    { text: 'India will pay 5,000 rupees to each family, officials in New Delhi said.', value: 5000, unit: 'INR' },
    { text: 'The fare rose to ₹500, officials in Nepal said.', value: 500, unit: 'INR' },
    { text: 'The government of Mauritius will spend 40 million Mauritian rupees on new roads.', value: 40_000_000, unit: 'count' },
    { text: 'Nigeria will spend 40 billion naira on new roads.', value: 40_000_000_000, unit: 'count' },
  ]
  it.each(rows)('$text', ({ text, value, unit }) => {
    const { paragraphs } = parseArticle(text)
    const fact = collectFacts(paragraphs).facts.find((f) => f.value === value)
    expect(fact?.unit).toBe(unit)
  })

  // The grader reads each new currency by its name, adjective and symbol, and a neighbour's is another currency.
  it.each([
    ['1 million Nepalese rupees', 'NPR', 1_000_000],
    ['مليون روبية نيبالية', 'NPR', 1_000_000],
    ['300 Pakistani rupees', 'PKR', 300],
    ['5,000 Sri Lankan rupees', 'LKR', 5000],
    ['200 تاكا', 'BDT', 200],
    ['₹500', 'INR', 500],
    ['300 Indian rupees', 'INR', 300],
    ['SR 500', 'SAR', 500],
    ['KD 2', 'KWD', 2],
    ['E£300', 'EGP', 300],
    ['﷼ 20', 'SAR', 20],
  ] as const)('%s → %s', (text, unit, value) => {
    expect(parseQuantity(text)).toEqual({ value, unit })
  })
  // Wrong neighbours: letters that are a currency's abbreviation in one paper and something else in most (QR codes) stay plain words.
  it.each(['2 QR codes', 'in 2016 JD Vance', '3 RO plants'])('%s is no money', (text) => {
    expect(parseQuantity(text)?.unit ?? null).toBeNull()
  })
})

describe("a country in an organisation's name is no place to ask about", () => {
  // Each row: an article and the paragraphs where the place is mentioned (none: it is not a place of the article).
  const rows: { text: string; place: string; paragraphs: number[] }[] = [
    { text: 'A decision from the US Food and Drug Administration is expected by March 2026.', place: 'US', paragraphs: [] },
    {
      text: 'A decision from the US Food and Drug Administration is expected by March 2026.\nA month of insulin costs about $35 in the US under a cap.',
      place: 'US',
      paragraphs: [1],
    },
    {
      text: 'Conservation groups, including WWF Nepal, called for fences.\nTigers have killed 42 people in Nepal since 2019.',
      place: 'Nepal',
      paragraphs: [1],
    },
    // Wrong neighbours: a place before a possessive, or before lower-case words, is where things happen.
    { text: "Kenya's Ruth Chepngetich won the race in Chicago.", place: 'Kenya', paragraphs: [0] },
    { text: 'The trial was run in the US and Europe.', place: 'US', paragraphs: [0] },
    { text: 'The delegation arrived in South Africa on Monday.', place: 'South Africa', paragraphs: [0] },
  ]
  it.each(rows)('$place: $text', ({ text, place, paragraphs }) => {
    const found = entitiesOf(text, 'en').find((e) => e.kind === 'place' && e.name === place)
    expect(found?.mentions.map((m) => m.paragraph) ?? []).toEqual(paragraphs)
  })
})

describe("an evidence quote is the body's whole clause", () => {
  // Each row: an article and, for the fact of `value`, the quote the drafter must take as its evidence.
  const rows: { text: string; value: number; quote: string }[] = [
    // A headline too long to be laid out as one (no full stop) yields to the body that states the same fact.
    {
      text: 'Weekly insulin shot controls blood sugar as well as daily doses, trial of 1,800 patients finds\n\nThe study followed 1,800 adults in 11 countries for 52 weeks.',
      value: 1800,
      quote: 'The study followed 1,800 adults in 11 countries for 52 weeks.',
    },
    {
      text: 'مقتل 7 أشخاص في خروج قطار عن السكة في تونس وإصابة العشرات\n\nلقي 7 أشخاص حتفهم وأصيب 54 آخرون إثر خروج قطار ركاب عن السكة.',
      value: 7,
      quote: 'لقي 7 أشخاص حتفهم وأصيب 54 آخرون إثر خروج قطار ركاب عن السكة.',
    },
    // Wrong neighbour: a headline's fact the body does not state stays the headline's.
    {
      text: 'Weekly insulin shot cuts low-sugar episodes by 52 percent, trial finds\n\nThe study followed 1,800 adults in 11 countries for a year.',
      value: 52,
      quote: 'Weekly insulin shot cuts low-sugar episodes by 52 percent,',
    },
    // A partitive after a number (نُقل ثلاثة منهم، three of whom) is part of its clause: the quote holds the whole fact.
    {
      text: 'ونُقل المصابون إلى المستشفى الجامعي، بينهم 11 في حالة حرجة نُقل ثلاثة منهم بطائرة مروحية إلى العاصمة.',
      value: 3,
      quote: 'بينهم 11 في حالة حرجة نُقل ثلاثة منهم بطائرة مروحية إلى العاصمة.',
    },
  ]
  it.each(rows)('$value: $text', ({ text, value, quote }) => {
    const { paragraphs } = parseArticle(text)
    const fact = collectFacts(paragraphs).facts.find((f) => f.value === value)!
    const paragraph = paragraphs.find((p) => p.index === fact.paragraph)!.text
    expect(paragraph.slice(fact.clause.start, fact.clause.end)).toBe(quote)
  })

  // Where a sentence is cut into clauses: never between a number and its partitive; still before a partitive after a noun.
  it.each([
    ['بينهم 11 في حالة حرجة نُقل ثلاثة منهم بطائرة مروحية.', ['بينهم 11 في حالة حرجة نُقل ثلاثة منهم بطائرة مروحية.']],
    ['Eleven were critical, three of whom were flown to the capital.', ['Eleven were critical,', 'three of whom were flown to the capital.']],
    ['وأصيب 54 شخصا، نُقل 11 منهم إلى المستشفى.', ['وأصيب 54 شخصا،', 'نُقل 11 منهم إلى المستشفى.']],
    ['وأصيب 54 شخصا منهم 11 طفلا.', ['وأصيب 54 شخصا', 'منهم 11 طفلا.']],
    ['The bus carried 40 passengers including 12 children.', ['The bus carried 40 passengers', 'including 12 children.']],
  ] as const)('%s', (text, clauses) => {
    const sentence = sentenceSpans(text)[0]!
    expect(clauseSpans(text, sentence).map((c) => text.slice(c.start, c.end))).toEqual(clauses)
  })
})

describe('a name question quotes what the article says of the name', () => {
  const TIGERS =
    'Tiger count rises\n\nNepal now has 412 wild tigers, the government said on Monday.\n\n' +
    'Chitwan National Park, south-west of Kathmandu, remains home to the largest population, with 138 tigers.\n\n' +
    'The survey also found tigers at an altitude of 3,165 metres in the eastern hills.\n\n' +
    // (Japan, not Europe: `the United States and Europe` is a fixed pair, its blank a guess; review 27.)
    'The trial was funded by the drugmaker Norlen Pharma, which has asked regulators in the United States and Japan to approve it.'
  // Each row: the name asked and its evidence quote.
  const rows: { name: string; quote: string }[] = [
    // A clause that is the name alone (before an apposition) says nothing of it: the sentence is quoted.
    { name: 'Chitwan National Park', quote: 'Chitwan National Park, south-west of Kathmandu, remains home to the largest population, with 138 tigers.' },
    // A relative clause (which …) says it of the name before it: it is quoted with the clause it hangs on.
    {
      name: 'United States',
      quote: 'The trial was funded by the drugmaker Norlen Pharma, which has asked regulators in the United States and Japan to approve it.',
    },
  ]
  const questions = draftQuiz(TIGERS).quiz.questions
  it.each(rows)('$name', ({ name, quote }) => {
    const q = questions.find((x) => x.type === 'text' && x.answer.accepted[0] === name)
    expect(q?.evidence.quote).toBe(quote)
  })
})
