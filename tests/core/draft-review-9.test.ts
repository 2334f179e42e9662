import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import type { Lang, Question } from '../../src/core/quiz-schema.ts'
import { REVIEW_9_ARTICLES } from './draft-review-9-articles.ts'
import { expectEditorsDraft, expectMoneyIn, itAsksWithQuote, itFindsNames, keysOf, promptOf } from './draft-test-helpers.ts'

/**
 * The ninth review of the drafter, on three articles of kinds the other tests lack (a Jordanian cup final, a Moroccan
 * measles campaign, an English county show with imperial and metric units side by side), read as an editor reads a draft,
 * with three rules found while writing quizzes by hand. Run on the drafter as it was (a9de2a7), 22 of its first 47 tests
 * failed. Found and fixed, each by a general rule with its wrong neighbours: numbers — «1,247lb (566kg)», «40lb (18kg)»
 * not read at all and «16ft 4in (4.98 metres)» a time of day (the imperial words swallowed the bracket, and 4.98 read as
 * a clock): now one fact in the bracket's unit, the imperial spelling hidden; «2.5 feet» a count of 2.5; «at 9.30 in the
 * morning» a count of 9.3; "the 41st annual show" a label, now an edition asked with ordinals; «في الدقيقتين 34 و71» 2.57
 * minutes; names — «مديرة مديرية علم الأوبئة … الدكتورة نادية الإدريسي» gave the person «مديرية علم»; «لمدينة أكادير
 * الآباء» the place «أكادير الآباء»; "The Royal Agricultural Society said" a person, «Society» accepted alone. Left as the
 * conventions have it: a family name that is also a word is accepted alone (يزن العرب → العرب).
 */

const drafts = new Map(REVIEW_9_ARTICLES.map((a) => [a.name, draftQuiz(a.text)]))
const quizOf = (name: string) => drafts.get(name)!.quiz
const notesOf = (name: string) => drafts.get(name)!.notes
const choicesOf = (q: Question) => (q.type === 'single' ? q.choices.map((c) => Object.values(c.text)[0] as string) : [])

/** The facts read in a text, as `value unit`, and the notes, as `code:quote`. */
const read = (text: string) => {
  const found = collectFacts(parseArticle(text).paragraphs)
  return { facts: found.facts.map((f) => `${f.value} ${f.unit}`), notes: found.notes.map((n) => `${n.code}:${n.quote}`) }
}

describe('a decimal number before a unit word is a measurement, never a time of day', () => {
  // Each row: a sentence, its facts, and a note it must (or must not) have.
  const rows: { text: string; facts: string[]; note?: string; notNote?: string }[] = [
    { text: 'The longest marrow measured 16ft 4in (4.98 metres) from end to end in Leeds.', facts: ['4.98 metre'], notNote: 'time-of-day:4.98' },
    { text: 'The pole was 4.98 metres tall, the judges in Leeds said.', facts: ['4.98 metre'] },
    { text: 'The giant leek was 3.25 feet long, the judges in Leeds said.', facts: [], notNote: 'time-of-day:3.25' },
    { text: 'وبلغ طول السمكة 1.45 متر، بحسب ما أفاد به الصيادون في صفاقس.', facts: ['1.45 metre'] },
    // Wrong neighbours: a time written with a dot and am/pm, after «الساعة», after "at" before no unit.
    { text: 'The prize-giving began at 4.30pm in Leeds, officials said.', facts: [], note: 'time-of-day:4.30pm' },
    { text: 'وبدأ الاجتماع الساعة 4:30 في عمّان، بحسب بيان.', facts: [], note: 'time-of-day:4:30' },
    { text: 'The gates opened at 9.30 in the morning in Leeds, officials said.', facts: [], note: 'time-of-day:9.30' },
    { text: 'Doors open at 7.15 on Saturday in Leeds, organisers said.', facts: [], note: 'time-of-day:7.15' },
  ]
  it.each(rows)('$text', ({ text, facts, note, notNote }) => {
    const found = read(text)
    expect(found.facts).toEqual(facts)
    if (note) expect(found.notes).toContain(note)
    if (notNote) expect(found.notes).not.toContain(notNote)
  })
})

describe('a quantity in imperial units with its conversion in brackets is one fact, in the converted unit', () => {
  const rows: { text: string; facts: string[]; notes: string[] }[] = [
    { text: 'A pumpkin weighing 1,247lb (566kg) was crowned the heaviest in Leeds.', facts: ['566 kilogram'], notes: [] },
    { text: 'The lamb weighed 40lb (18kg) in Leeds.', facts: ['18 kilogram'], notes: [] },
    { text: 'The lamb weighed 40 lb (18 kg) in Leeds.', facts: ['18 kilogram'], notes: [] },
    { text: 'The marrow measured 16 feet 4 inches (4.98 metres) in Leeds.', facts: ['4.98 metre'], notes: [] },
    // Stones glued to the digits; an ordinal in st is none (below).
    { text: 'The farmer weighed 12st (76kg) before the show in Leeds.', facts: ['76 kilogram'], notes: [] },
    // Metric first: its bracket restates it (the tenth review, draft-review-10.test.ts). Wrong neighbours: an imperial
    // figure alone (no fact: the quiz has no pounds nor feet), a bracket that converts nothing.
    { text: 'A pumpkin weighing 566kg (1,247lb) was crowned the heaviest in Leeds.', facts: ['566 kilogram'], notes: [] },
    { text: 'It beat last year’s winner by almost 90lb in Leeds.', facts: [], notes: ['unread-number:90lb'] },
    { text: 'The giant leek was 2.5 feet long, the judges in Leeds said.', facts: [], notes: ['unread-number:2.5'] },
    { text: 'The lamb weighed 40lb (a record) in Leeds.', facts: [], notes: ['unread-number:40lb'] },
  ]
  it.each(rows)('$text', ({ text, facts, notes }) => {
    const found = read(text)
    expect(found.facts).toEqual(facts)
    expect(found.notes).toEqual(notes)
  })

  it('show-en: asked in kilograms and metres, the pounds and feet hidden, never a choice nor a key', () => {
    const questions = quizOf('show-en').questions
    const kg = questions.filter((q) => q.evidence.quote.includes('1,247lb (566kg)') && !/^(?:who|choice-edition)-/u.test(q.id))
    expect(kg.length).toBe(1)
    for (const q of questions) {
      expect(keysOf(q)).not.toContain(1247)
      expect(keysOf(q)).not.toContain(40)
      for (const c of choicesOf(q)) expect(c).not.toMatch(/\d\s*(?:lb|ft|in)\b/u)
      // No prompt shows an imperial figure beside the bracket that converts it when that one is hidden (`1,247lb (____)`).
      if (/\((?:____|…)\)/u.test(promptOf(q))) expect(promptOf(q)).not.toMatch(/\d\s*(?:lb|ft|in)\s*\(/u)
    }
    const q = kg[0]!
    if (q.type === 'numeric') expect([q.answer.value, q.answer.unit]).toEqual([566, 'kilogram'])
    else expect(choicesOf(q).every((c) => /^\d[\d,]*kg$/u.test(c))).toBe(true)
  })
})

describe('an ordinal edition or anniversary is a fact, asked with ordinals', () => {
  const editions = (text: string) => {
    const { quiz } = draftQuiz(`County show draws record crowds\n\n${text}`)
    return quiz.questions.filter((q) => q.id.startsWith('choice-edition-'))
  }
  const rows: { text: string; ordinal: string | null }[] = [
    { text: 'A pumpkin was crowned the heaviest at the 41st annual Kelbrook Show on Saturday, organisers said.', ordinal: '41st' },
    { text: 'The festival celebrated its 25th anniversary in Leeds on Saturday, organisers said.', ordinal: '25th' },
    { text: 'The 150th edition of the race starts in Leeds on Saturday, organisers said.', ordinal: '150th' },
    { text: 'The 2nd annual fair opened in Leeds on Saturday, organisers said.', ordinal: '2nd' },
    // Wrong neighbours: a century, a place in a race, a day of a month: no edition.
    { text: 'This was the 21st century’s biggest show in Leeds on Saturday, organisers said.', ordinal: null },
    { text: 'She finished 3rd in the race in Leeds on Saturday, organisers said.', ordinal: null },
    { text: 'The show opens in Leeds on March 3rd, organisers said.', ordinal: null },
  ]
  it.each(rows)('$text', ({ text, ordinal }) => {
    const found = editions(text)
    if (ordinal === null) return expect(found).toEqual([])
    expect(found.length).toBe(1)
    const choices = choicesOf(found[0]!)
    expect(keysOf(found[0]!)).toEqual([ordinal])
    expect(choices.length).toBe(4)
    expect(new Set(choices).size).toBe(4)
    // Ordinals written the English way, near the key.
    const n = Number.parseInt(ordinal, 10)
    for (const c of choices) {
      const m = Number.parseInt(c, 10)
      expect(c).toMatch(/^\d+(?:st|nd|rd|th)$/u)
      expect(c).toBe(`${m}${m % 100 >= 11 && m % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][m % 10] ?? 'th')}`)
      expect(Math.abs(m - n)).toBeLessThanOrEqual(3)
      expect(m).toBeGreaterThan(0)
    }
    expect(promptOf(found[0]!)).toContain('____')
    expect(promptOf(found[0]!)).not.toContain(ordinal)
  })
})

describe('names whole and right', () => {
  type NameRow = { text: string; lang: Lang; names: string[]; not: string[] }
  const rows: NameRow[] = [
    // A doctor after the directorate she heads: the directorate's words are no name.
    {
      text: 'وأوضحت مديرة مديرية علم الأوبئة ومحاربة الأمراض الدكتورة نادية الإدريسي أن نسبة التلقيح لا تتجاوز 60%.',
      lang: 'ar',
      names: ['person:نادية الإدريسي'],
      not: ['person:مديرية علم', 'person:علم'],
    },
    // A town after «لمدينة» ends before the verb's object.
    { text: 'ودعا المجلس الجماعي لمدينة أكادير الآباء إلى الإسراع بتلقيح أبنائهم.', lang: 'ar', names: ['place:أكادير'], not: ['place:أكادير الآباء'] },
    { text: 'ودعا المجلس الجماعي لمدينة الدار البيضاء السكان إلى التلقيح.', lang: 'ar', names: ['place:الدار البيضاء'], not: [] },
    { text: 'وقال رئيس نادي الفيصلي المهندس نضال الحديد إن المكافأة ستصرف.', lang: 'ar', names: ['person:نضال الحديد'], not: [] },
    { text: 'وأوضح مدرب الفريق البرتغالي جواو موتا أن لاعبيه خاضوا 38 مباراة.', lang: 'ar', names: ['person:جواو موتا'], not: [] },
    {
      text: 'Judge Helen Barraclough, who has judged vegetables at the show for 19 years, said the entries were good.',
      lang: 'en',
      names: ['person:Helen Barraclough'],
      not: [],
    },
    // A society, a trust, an alliance is a body, after a verb of saying too (never a person's name, nor «Society» alone).
    {
      text: 'The Royal Agricultural Society said more than 1,200 farms had entered animals.',
      lang: 'en',
      names: ['organisation:Royal Agricultural Society'],
      not: ['person:Royal Agricultural Society'],
    },
    {
      text: 'The Airedale NHS Trust said it would open a new ward.',
      lang: 'en',
      names: ['organisation:Airedale NHS Trust'],
      not: ['person:Airedale NHS Trust'],
    },
    // Wrong neighbour: a person after a verb of saying stays one.
    { text: 'The gates opened early, said Helen Barraclough, the show secretary.', lang: 'en', names: ['person:Helen Barraclough'], not: [] },
  ]
  itFindsNames(rows)
})

describe('drafts of three new kinds of article, read as an editor reads them', () => {
  // Each row: an article, a key some question has, and the exact quote backing it.
  const rows: { article: string; key: string | number; quote: string }[] = [
    { article: 'cup-ar', key: '3-1', quote: 'بعد فوزه على الحسين إربد بنتيجة 3-1 في المباراة النهائية التي أقيمت مساء الجمعة على ستاد عمّان الدولي' },
    {
      article: 'cup-ar',
      key: 'نضال الحديد',
      quote: 'وقال رئيس نادي الفيصلي المهندس نضال الحديد إن إدارة النادي قررت صرف مكافأة قدرها 150 ألف دينار للاعبين والجهاز الفني',
    },
    {
      article: 'measles-ma',
      key: 'نادية الإدريسي',
      quote: 'وأوضحت مديرة مديرية علم الأوبئة ومحاربة الأمراض الدكتورة نادية الإدريسي أن نسبة التلقيح في بعض الجماعات القروية لا تتجاوز 60%',
    },
    {
      article: 'measles-ma',
      key: 'رشيد الوزاني',
      quote: 'قال المدير الجهوي للصحة الدكتور رشيد الوزاني إن المصالح الصحية سجلت 612 حالة خلال الأشهر الثلاثة الماضية',
    },
    // The pumpkin in the bracket's kilograms, the show's edition as an ordinal: one sentence, two facts.
    {
      article: 'show-en',
      key: 566,
      quote: 'A pumpkin weighing 1,247lb (566kg) was crowned the heaviest in the 41st annual Kelbrook Agricultural Show on Saturday',
    },
    {
      article: 'show-en',
      key: '41st',
      quote: 'A pumpkin weighing 1,247lb (566kg) was crowned the heaviest in the 41st annual Kelbrook Agricultural Show on Saturday',
    },
    {
      article: 'show-en',
      key: 'Owen Pryce',
      quote: 'a Texel lamb bred by farmer Owen Pryce weighed 40lb (18kg) at eight weeks and took the supreme champion title',
    },
  ]
  itAsksWithQuote(quizOf, rows)

  // Each row: an article and keys no question may have (words that are no name, half a name, a label's number).
  const never: { article: string; keys: (string | number)[] }[] = [
    { article: 'cup-ar', keys: ['زريق', 'الدقيقتين 34'] },
    { article: 'measles-ma', keys: ['مديرية علم', 'علم', 'أكادير الآباء'] },
    { article: 'show-en', keys: ['Society', 'Agricultural Society', 1247, 9.3, 4.3] },
  ]
  it.each(never)('$article: never $keys', ({ article, keys }) => {
    const all = quizOf(article).questions.flatMap(keysOf)
    for (const key of keys) expect(all, String(key)).not.toContain(key)
  })

  // Each row: a sentence, and its facts: numbers after the dual of a label's word are labels (minutes of a match,
  // articles of a law), never two minutes nor counts; a dual alone or before an adjective stays a quantity.
  const duals: [text: string, facts: string[]][] = [
    ['وسجل المهاجم هدفين للفيصلي في الدقيقتين 34 و71، فيما أضاف البديل الهدف الثالث.', []],
    ['وناقش المجلس المادتين 5 و6 من القانون.', []],
    ['واستمر الاجتماع دقيقتين فقط، بحسب البيان.', ['2 minute']],
    ['وسجل هدفين في الدقيقتين الأخيرتين من المباراة التي حضرها 3000 مشجع.', ['2 minute', '3000 count']],
    ['وسجل هدفا في الدقيقة 34 من المباراة التي حضرها 3000 مشجع.', ['3000 count']],
  ]
  it.each(duals)('%s', (text, facts) => {
    expect(read(text).facts).toEqual(facts)
  })

  it('cup-ar: the minutes of the goals are labels, never a duration', () => {
    for (const q of quizOf('cup-ar').questions) expect(q.id).not.toMatch(/minute/u)
    expect(read(quizOf('cup-ar').articleText).facts.filter((f) => f.endsWith(' minute'))).toEqual([])
  })

  // Each row: an article and the currency of every money question of its draft.
  const currencies: [article: string, currency: string][] = [
    ['cup-ar', 'JOD'],
    ['measles-ma', 'MAD'],
    ['show-en', 'GBP'],
  ]
  it.each(currencies)('%s: money in %s', (article, currency) => expectMoneyIn(quizOf(article), currency))

  it('the times of day are noted, never asked', () => {
    expect(
      notesOf('measles-ma')
        .filter((n) => n.code === 'time-of-day')
        .map((n) => n.quote),
    ).toEqual(['8:30', '4:30'])
    expect(
      notesOf('show-en')
        .filter((n) => n.code === 'time-of-day')
        .map((n) => n.quote),
    ).toEqual(['9.30am', '4.30pm'])
  })

  it('a wrong choice of a number is of the same kind as the key', () => {
    for (const { quiz } of drafts.values()) {
      for (const q of quiz.questions) {
        if (q.type !== 'single' || /^choice-(?:which|where|who)/u.test(q.id)) continue
        const choices = choicesOf(q)
        const shape = (c: string) => c.replace(/[\d\u0660-\u0669.,٫٬]+/gu, '#').replace(/#(?:st|nd|rd|th)$/u, '#th')
        expect(new Set(choices.map(shape)).size, choices.join(' / ')).toBe(1)
      }
    }
  })

  it.each(REVIEW_9_ARTICLES.map((a) => [a.name, a.lang] as const))('%s: passes the content checks, asks people, in its own language', (name, lang) => {
    expectEditorsDraft(quizOf(name), 10)
    const questions = quizOf(name).questions
    expect(questions.filter((q) => q.id.startsWith('who-') || q.id.startsWith('choice-who')).length).toBeGreaterThanOrEqual(2)
    for (const q of questions) {
      if (lang === 'ar') expect(promptOf(q)).not.toMatch(/[A-Za-z]{2,}/u)
      else expect(promptOf(q)).not.toMatch(/[\u0600-\u06FF]/u)
      expect(Object.keys(q.prompt)).toEqual([lang])
    }
  })
})
