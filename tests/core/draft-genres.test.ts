import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { checkQuiz } from '../../src/core/content-checks.ts'
import { formatQuantity } from '../../src/core/describe.ts'
import { collectFacts, type NumberFact } from '../../src/core/draft/facts.ts'
import { draftQuiz, type Draft } from '../../src/core/draft/index.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import type { Question, Unit } from '../../src/core/quiz-schema.ts'
import { UNSEEN_ARTICLES } from './draft-articles-unseen.ts'
import { GENRE_ARTICLES } from './draft-genres-articles.ts'

/**
 * The drafter on genres it was not tuned on (draft-genres-articles.ts): race times, match scores,
 * doses, rainfall, prices, ages. Each row names an article and what its draft must hold or never hold.
 */

const ARTICLES = [...GENRE_ARTICLES, ...UNSEEN_ARTICLES.filter((a) => a.name === 'marathon-en')]
const drafts = new Map<string, Draft>(ARTICLES.map((a) => [a.name, draftQuiz(a.text)]))
const draftOf = (name: string) => drafts.get(name)!

type Facts = { facts: NumberFact[]; written: (f: NumberFact) => string }
const factsCache = new Map<string, Facts>()
function factsOf(name: string): Facts {
  let found = factsCache.get(name)
  if (!found) {
    const { paragraphs } = parseArticle(draftOf(name).quiz.articleText)
    const { facts } = collectFacts(paragraphs)
    found = { facts, written: (f) => paragraphs[f.paragraph]!.text.slice(f.mention.start, f.mention.end) }
    factsCache.set(name, found)
  }
  return found
}

const hour = (h: number, m: number, s: number) => h + m / 60 + s / 3600
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b))

describe('what a number in a new genre is', () => {
  const rows: { article: string; written: string; value: number; unit: Unit }[] = [
    // A race time in hours, minutes and seconds is a duration, in hours.
    { article: 'sports-ar', written: '2:05:42', value: hour(2, 5, 42), unit: 'hour' },
    { article: 'sports-ar', written: '2:04:05', value: hour(2, 4, 5), unit: 'hour' },
    { article: 'sports-ar', written: '2:03:34', value: hour(2, 3, 34), unit: 'hour' },
    { article: 'sports-ar', written: 'ساعتان و3 دقائق و18 ثانية', value: hour(2, 3, 18), unit: 'hour' },
    { article: 'sports-ar', written: 'ساعتين و18 دقيقة و9 ثوانٍ', value: hour(2, 18, 9), unit: 'hour' },
    { article: 'marathon-en', written: '2:00:58', value: hour(2, 0, 58), unit: 'hour' },
    { article: 'marathon-en', written: '1:21:47', value: hour(1, 21, 47), unit: 'hour' },
    // A year before «بتوقيت قدره» is still a year.
    { article: 'sports-ar', written: '2019', value: 20190000, unit: 'date' },
    // A bare age is in years.
    { article: 'obituary-en', written: '38', value: 38, unit: 'year' },
    { article: 'obituary-en', written: '65', value: 65, unit: 'year' },
    { article: 'marathon-en', written: '24', value: 24, unit: 'year' },
    { article: 'sports-ar', written: '26 عاماً', value: 26, unit: 'year' },
    // «في 1100 وحدة صحية» counts units.
    { article: 'health-ar', written: '1100', value: 1100, unit: 'count' },
    // Doses, rainfall, wind.
    { article: 'health-ar', written: '0.25 ملليجرام', value: 0.25, unit: 'milligram' },
    { article: 'flood-ar', written: '88 ملم', value: 88, unit: 'millimetre' },
    { article: 'flood-ar', written: '95 كلم في الساعة', value: 95, unit: 'kilometre-per-hour' },
    { article: 'flood-ar', written: '80 كلم/ساعة', value: 80, unit: 'kilometre-per-hour' },
    // A day listed before a date is a date of that month: «9 و10 دجنبر».
    { article: 'flood-ar', written: '9', value: 1209, unit: 'date' },
    { article: 'flood-ar', written: '10 دجنبر', value: 1210, unit: 'date' },
    // A month named in two words is still read (تشرين الأول), though an ordinal after a noun is no day.
    { article: 'council-ar', written: 'تشرين الأول', value: 1000, unit: 'date' },
    // Moroccan month names make درهم the Moroccan dirham.
    { article: 'flood-ar', written: '50 مليون درهم', value: 50_000_000, unit: 'MAD' },
    // A dinar beside عمّان is Jordan's.
    { article: 'council-ar', written: '96 مليون دينار', value: 96_000_000, unit: 'JOD' },
    // "cut by $20 to $129": a change and a new price, no range.
    { article: 'tech-en', written: '$20', value: 20, unit: 'USD' },
    { article: 'tech-en', written: '$129', value: 129, unit: 'USD' },
    { article: 'tech-en', written: '18 minutes', value: 18, unit: 'minute' },
  ]
  it.each(rows)('$article: «$written» is $value $unit', ({ article, written, value, unit }) => {
    const { facts, written: writtenOf } = factsOf(article)
    const fact = facts.find((f) => !f.parts && writtenOf(f) === written)
    expect(fact, `no fact written «${written}»: ${facts.map(writtenOf).join(' | ')}`).toBeDefined()
    expect(fact!.unit).toBe(unit)
    expect(near(fact!.value, value)).toBe(true)
  })

  const notFacts: { article: string; written: string; why: string }[] = [
    { article: 'council-ar', written: 'الثالث في آذار', why: 'an ordinal after the noun it qualifies (الخط الثالث) is no day' },
    { article: 'sports-ar', written: '6:30', why: 'a time of day stays unasked' },
    { article: 'marathon-en', written: '9:15', why: 'a time of day stays unasked' },
    { article: 'tech-en', written: '4.2', why: 'a version number is a label' },
    { article: 'tech-en', written: '16', why: 'Android 16 is a name' },
  ]
  it.each(notFacts)('$article: «$written» is no fact ($why)', ({ article, written }) => {
    const { facts, written: writtenOf } = factsOf(article)
    expect(facts.filter((f) => writtenOf(f) === written)).toEqual([])
  })
})

/** The facts, scores and notes of one sentence read as a paragraph. */
function readSentence(text: string) {
  const { facts, scores, notes } = collectFacts([{ index: 0, heading: null, text }] as never)
  return {
    facts: facts.map((f) => ({ written: text.slice(f.mention.start, f.mention.end), value: f.value, unit: f.unit })),
    scores: scores.map((x) => `${x.home}-${x.away}`),
    notes: notes.map((n) => `${n.code}:${n.quote}`),
  }
}

describe('sports sentences', () => {
  const facts: { text: string; written: string; value: number; unit: Unit }[] = [
    { text: 'Ledecky won the 800m freestyle final, and McIntosh the 200m.', written: '800m', value: 800, unit: 'metre' },
    { text: 'He ran the 1500m at the age of 21.', written: '1500m', value: 1500, unit: 'metre' },
    { text: 'The update adds Wi-Fi 7 support and 5G, and the phone weighs 5g more.', written: '5g', value: 5, unit: 'gram' },
    { text: 'وأنهى السباق بزمن 2:05:42 ساعة.', written: '2:05:42 ساعة', value: hour(2, 5, 42), unit: 'hour' },
    { text: 'وسجل الثاني 2:07 ساعة في السباق.', written: '2:07 ساعة', value: hour(2, 7, 0), unit: 'hour' },
    { text: 'وسجل العداء المغربي زمناً قدره ٢:٠٥:٤٢ في ماراثون الرباط.', written: '٢:٠٥:٤٢', value: hour(2, 5, 42), unit: 'hour' },
    // A lone «دقيقة» or «ساعة» before a smaller part is one of it: not 52 seconds.
    { text: 'وحقق السباح المصري زمناً قدره دقيقة و52 ثانية في النهائي.', written: 'دقيقة و52 ثانية', value: 1 + 52 / 60, unit: 'minute' },
    { text: 'وأنهى السباق في ساعة و5 دقائق و3 ثوان.', written: 'ساعة و5 دقائق و3 ثوان', value: hour(1, 5, 3), unit: 'hour' },
    // A date ends before the preposition after it.
    { text: 'وتوفي الفنان في 3 يناير 2025 في القاهرة عن 91 عاماً.', written: '3 يناير 2025', value: 20250103, unit: 'date' },
    { text: 'She died on 3 January 2025 in Lagos.', written: '3 January 2025', value: 20250103, unit: 'date' },
    { text: 'She was born on March 3, 1934 at home.', written: 'March 3, 1934', value: 19340303, unit: 'date' },
    // Its wrong neighbours: a soldier and five civilians are no compound, nor an hour and three people.
    { text: 'وقتل جندي و5 مدنيين في الهجوم.', written: '5 مدنيين', value: 5, unit: 'person' },
  ]
  it.each(facts)('«$text»: $written is $value $unit', ({ text, written, value, unit }) => {
    const read = readSentence(text).facts
    expect(read.filter((f) => f.written !== written && written.includes(f.written))).toEqual([])
    const fact = read.find((f) => f.written === written)
    expect(fact).toBeDefined()
    expect(fact!.unit).toBe(unit)
    expect(near(fact!.value, value)).toBe(true)
  })

  const noFacts: { text: string; written: string }[] = [
    { text: 'ومرت ساعة و3 أشخاص ينتظرون.', written: 'ساعة و3' },
    { text: 'وقتل جندي و5 مدنيين في الهجوم.', written: 'جندي و5 مدنيين' },
    { text: 'The update adds Wi-Fi 7 support and 5G.', written: '5G' },
    // Quantities of a unit written as an abbreviation are not added up.
    { text: 'The phone ships with 12 GB of RAM and 512 GB of storage.', written: '12 GB of RAM and 512' },
  ]
  it.each(noFacts)('«$text»: no fact «$written»', ({ text, written }) => {
    expect(readSentence(text).facts.map((f) => f.written)).not.toContain(written)
  })

  const scores: { text: string; score: string | null; note: string | null }[] = [
    { text: 'وفاز المنتخب المغربي على نظيره البرازيلي بنتيجة 2 - 1 في المباراة الودية.', score: '2-1', note: null },
    { text: 'The Lakers won 112-108 over the Celtics.', score: '112-108', note: null },
    { text: 'Arsenal beat Chelsea 3-0 at the Emirates.', score: '3-0', note: null },
    { text: 'Spain sealed a 2-1 win in the final.', score: '2-1', note: null },
    { text: 'وسحق الفريق منافسه بـ5 أهداف مقابل هدفين في المباراة.', score: '5-2', note: null },
    // «بهدف» is "in order to", and goals counted are no score.
    { text: 'وأطلق النادي البرنامج بهدف تحسين الخدمات مقابل 3 ملايين دولار بعد المباراة.', score: null, note: null },
    { text: 'وسجل اللاعب 3 أهداف في 5 مباريات.', score: null, note: null },
    // Wrong neighbours: a range of what a noun counts, in a sentence that says "won".
    { text: 'The party won 120-130 seats.', score: null, note: 'range:120-130' },
    { text: 'The party won 2 - 3 seats in the north.', score: null, note: 'range:2 - 3' },
    { text: 'Between 30 - 40 people were hurt.', score: null, note: 'range:30 - 40 people' },
    // Times that are no score: a race's in minutes and seconds (asked with choices as written: draft-names-orgs-times.test.ts), of day.
    { text: 'McIntosh clocked 1:52.34 in the final.', score: null, note: null },
    { text: 'The session starts at 10:30:00 GMT.', score: null, note: 'time-of-day:10:30:00' },
    { text: 'He finished in 3:59 to win the mile.', score: null, note: null },
    // Names of products and networks are labels, a mass stays one.
    { text: 'The update adds Wi-Fi 7 support and 5G, and the phone weighs 5g more.', score: null, note: 'label:5G' },
    { text: 'The update adds Wi-Fi 7 support.', score: null, note: 'label:7' },
    { text: 'يعمل الهاتف بنظام أندرويد 15 ويأتي بذاكرة 256 جيجابايت.', score: null, note: 'label:15' },
  ]
  it.each(scores)('«$text»: score $score, note $note', ({ text, score, note }) => {
    const read = readSentence(text)
    expect(read.scores).toEqual(score ? [score] : [])
    if (note) expect(read.notes).toContain(note)
  })
})

describe('notes on numbers not asked', () => {
  const rows: { article: string; code: string; quote: string; noted: boolean }[] = [
    { article: 'sports-ar', code: 'time-of-day', quote: '6:30', noted: true },
    { article: 'marathon-en', code: 'time-of-day', quote: '9:15', noted: true },
    { article: 'sports-ar', code: 'time-of-day', quote: '2:05:42', noted: false },
    { article: 'sports-ar', code: 'time-of-day', quote: '2019', noted: false },
    { article: 'marathon-en', code: 'time-of-day', quote: '2:00:58', noted: false },
    { article: 'sports-ar', code: 'unread-number', quote: '٢-٢', noted: false },
    { article: 'sports-ar', code: 'unread-number', quote: '٣-١', noted: false },
    { article: 'tech-en', code: 'range', quote: '$20 to $129', noted: false },
    { article: 'flood-ar', code: 'range', quote: '60 و100', noted: true },
    { article: 'health-ar', code: 'range', quote: '40 و70 عاماً', noted: true },
  ]
  it.each(rows)('$article: $code «$quote» noted: $noted', ({ article, code, quote, noted }) => {
    const notes = draftOf(article).notes.filter((n) => n.code === code && (n.quote ?? '').includes(quote))
    expect(notes.length > 0).toBe(noted)
  })
})

describe('match scores', () => {
  const rows: { article: string; written: string; accepts: string[]; refuses: string[] }[] = [
    { article: 'sports-ar', written: '2-1', accepts: ['2-1', '٢-١', '2 مقابل 1'], refuses: ['1-2', '2-2', '3-1'] },
    { article: 'sports-ar', written: '٢-٢', accepts: ['2-2', '٢-٢', '2:2'], refuses: ['2-1', '3-3'] },
    { article: 'sports-ar', written: '٣-١', accepts: ['3-1', '٣-١', '3 to 1'], refuses: ['1-3', '2-1'] },
    // Scores in words.
    {
      article: 'cup-ar',
      written: 'بهدفين مقابل هدف',
      accepts: ['2-1', 'هدفين مقابل هدف', 'بهدفين مقابل هدف', '٢-١'],
      refuses: ['1-2', 'هدف مقابل هدفين', '2-2'],
    },
    { article: 'cup-ar', written: 'بثلاثة أهداف دون رد', accepts: ['3-0', 'ثلاثة أهداف دون رد'], refuses: ['0-3', '3-1'] },
    { article: 'cup-ar', written: 'بهدف نظيف', accepts: ['1-0', 'هدف نظيف'], refuses: ['0-1', '2-0'] },
  ]
  it.each(rows)('$article: the score $written is asked as a score', ({ article, written, accepts, refuses }) => {
    const q = draftOf(article).quiz.questions.find((x) => x.type === 'text' && x.answer.accepted[0] === written)
    expect(q, `no score question for ${written}`).toBeDefined()
    for (const answer of accepts) expect(gradeQuestion(q!, answer).score, answer).toBe(1)
    for (const answer of refuses) expect(gradeQuestion(q!, answer).score, answer).toBe(0)
  })
})

/** A numeric question on a fact, as the drafter writes it. */
function numericOn(fact: NumberFact, quote: string): Question {
  return {
    id: 'duration',
    type: 'numeric',
    skill: 'recall',
    points: 1,
    prompt: { en: 'In what time?' },
    explanation: { en: 'x' },
    evidence: { paragraph: fact.paragraph, quote },
    answer: { value: fact.value, unit: fact.unit, tolerance: 0 },
  } as Question
}

describe('a race time grades right for natural answers, and never for a near one', () => {
  const rows: { article: string; written: string; right: string[]; wrong: string[] }[] = [
    {
      article: 'sports-ar',
      written: '2:05:42',
      right: ['2:05:42', 'ساعتان و5 دقائق و42 ثانية', 'ساعتين و5 دقايق و42 ثانية', '2 hours 5 minutes 42 seconds', '125 دقيقة و42 ثانية'],
      wrong: ['2:05:43', '2:05', '2:04:42', '5:42', 'ساعتان و5 دقائق', '2'],
    },
    {
      article: 'marathon-en',
      written: '2:00:58',
      right: ['2:00:58', '2 hours and 58 seconds', '2h 0m 58s', 'ساعتان و58 ثانية'],
      wrong: ['2:00:59', '2:01', '2 hours', '2:00:35'],
    },
  ]
  it.each(rows)('$article: $written', ({ article, written, right, wrong }) => {
    const { facts, written: writtenOf } = factsOf(article)
    const fact = facts.find((f) => writtenOf(f) === written)!
    const q = numericOn(fact, written)
    for (const answer of right) expect(gradeQuestion(q, answer).score, answer).toBe(1)
    for (const answer of wrong) expect(gradeQuestion(q, answer).score, answer).toBe(0)
  })

  it('wrong choices of a race time move its minutes only', () => {
    // A draft asks about some of a long article's facts only: each paragraph is drafted alone too.
    const paragraphs = ARTICLES.flatMap((a) => a.text.split(/\n\s*\n/u).slice(1)).filter((p) => p.split(/\s+/u).length >= 12)
    const clocks = [...drafts.values(), ...paragraphs.map((p) => draftQuiz(p))].flatMap((d) =>
      d.quiz.questions.flatMap((q) => (q.type === 'single' ? [q.choices.map((c) => Object.values(c.text)[0] as string)] : [])),
    )
    const timed = clocks.filter((texts) => texts.every((t) => /^\d:\d\d:\d\d$/u.test(t)))
    expect(timed.length).toBeGreaterThan(0)
    for (const texts of timed) {
      expect(new Set(texts.map((t) => `${t.slice(0, 2)}${t.slice(-2)}`)).size, texts.join(' ')).toBe(1)
      expect(texts.every((t) => Number(t.slice(2, 4)) < 60)).toBe(true)
    }
  })
})

describe('a race time as the key is shown, in parts', () => {
  const rows: { value: number; unit: Unit; en: string; ar: string }[] = [
    { value: hour(2, 5, 42), unit: 'hour', en: '2 hours 5 minutes 42 seconds', ar: 'ساعتان و5 دقائق و42 ثانية' },
    { value: hour(2, 0, 58), unit: 'hour', en: '2 hours 58 seconds', ar: 'ساعتان و58 ثانية' },
    { value: 60 + 41 / 60, unit: 'minute', en: '60 minutes 41 seconds', ar: '60 دقيقة و41 ثانية' },
    // Quarters and whole units stay as they are written.
    { value: 2.5, unit: 'hour', en: '2.5 hours', ar: '2.5 ساعة' },
    { value: 1.25, unit: 'hour', en: '1.25 hours', ar: '1.25 ساعة' },
    { value: 3, unit: 'hour', en: '3 hours', ar: '3 ساعات' },
    { value: 2.5 / 60, unit: 'hour', en: '0.042 hours', ar: '0.042 ساعة' },
  ]
  it.each(rows)('$value $unit: $en', ({ value, unit, en, ar }) => {
    expect(formatQuantity(value, unit, 'en')).toBe(en)
    expect(formatQuantity(value, unit, 'ar')).toBe(ar)
  })
})

describe('names and wrong choices in new genres', () => {
  const rows: { article: string; never: string; why: string }[] = [
    { article: 'sports-ar', never: 'بفوز', why: 'a verbal noun after «كأس رئيس الدولة الموسم الماضي»' },
    { article: 'flood-ar', never: 'محطة الرصد الجوي بتطوان', why: 'a weather station after «سجلت» is no person' },
    { article: 'flood-ar', never: 'حركة السير', why: 'traffic is no organisation' },
    { article: 'sports-ar', never: 'تسفاي ديريسا الرقم القياسي لماراثون', why: 'a name runs into the sentence' },
    { article: 'obituary-en', never: '1730s', why: 'a decade among centuries' },
    { article: 'council-ar', never: '3 مارس', why: '«الخط الثالث في آذار» is no date' },
  ]
  it.each(rows)('$article: never «$never» ($why)', ({ article, never }) => {
    for (const q of draftOf(article).quiz.questions) {
      const answers = q.type === 'text' ? q.answer.accepted : q.type === 'single' ? q.choices.map((c) => Object.values(c.text)[0] as string) : []
      expect(answers, q.id).not.toContain(never)
    }
  })

  const datelines: { article: string; dateline: string }[] = [
    { article: 'health-ar', dateline: 'القاهرة - «الأهرام»:' },
    { article: 'sports-ar', dateline: 'دبي - «الخليج»:' },
    { article: 'flood-ar', dateline: 'تطوان – هسبريس:' },
  ]
  it.each(datelines)('$article: the dateline «$dateline» is left out', ({ article, dateline }) => {
    expect(draftOf(article).quiz.articleText).not.toContain(dateline)
  })

  it('an excerpt is never a word and a blank alone («Tsegaye, ____ …»)', () => {
    for (const d of drafts.values()) {
      for (const q of d.quiz.questions) {
        const prompt = Object.values(q.prompt)[0] as string
        const quoted = prompt.match(/[“«](.*)[”»]$/u)?.[1]
        if (quoted) expect(quoted.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length, prompt).toBeGreaterThan(2)
      }
    }
  })
})

describe('every draft of a new genre passes the content checks', () => {
  it.each(ARTICLES.map((a) => a.name))('%s', (name) => {
    const { articleText, ...file } = draftOf(name).quiz
    expect(checkQuiz(file, articleText, 'draft')).toEqual([])
  })
})
