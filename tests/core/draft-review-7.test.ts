import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { bodyKind } from '../../src/core/draft/name-questions.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import type { Lang, Question } from '../../src/core/quiz-schema.ts'
import { REVIEW_7_ARTICLES } from './draft-review-7-articles.ts'
import { expectEditorsDraft, itFindsNames, keysOf, promptOf } from './draft-test-helpers.ts'

/**
 * The seventh review of the drafter, on four articles of kinds the other tests lack (an Arabic court report, an
 * Arabic weather bulletin of a Gulf agency, an English council transport budget, an English health study), read
 * as an editor reads a draft. Before the fixes 16 of its first 46 assertions failed (one of them a wrong expectation of
 * this file: «3 ملايين برميل» is barrels). Found and fixed, each by a general rule with its wrong neighbours: «كمية» (a
 * quantity) is no hundred, and a partitive after a noun of quantity is not cut off (أعلى كمية منها 86.4 ملم); a place
 * whose first word opens a name of several keeps its second word (رأس الخيمة، وادي الحلو); no verb after a title is a
 * name (تلقى المتهم مبالغ تراوحت، المتهم الأول أصدر 63، السفير غادر); a ministry of two fields and a body joined by
 * "and" are one name; «الساعات الـ24» counts hours; "type 2 diabetes" is a label; "adults over 60" is an age, no wrong
 * age past 100; a number that fell or rose "from" another has wrong values on the side its verb says; "voted 37 to
 * 22" is a vote's tally; a wrong choice of a body is of its kind; "How many" asks no "more" and no pronoun.
 *
 * Known then, closed since in draft-review-7-leftovers.test.ts: a two-word place after a head word whose second word ends in ة (`منطقة خطم الشكلة`)
 * keeps its first word only; a place named only after a word that is no head (`محطة خور فكان`, `بإمارة عجمان`) or a town
 * named once after "in" (`in Cambridge`) is not asked; a tally written `by 210 votes to 195` or «بأغلبية 37 صوتاً مقابل
 * 22» is two counts; a person named after a title, its body and the body's place (`مدير إدارة التراخيص السابق في بلدية
 * الكويت فهد العنزي`) is not found; a wrong value dropped from a ladder (it shows another answer) leaves the others
 * unevenly spaced (`11 / 15 / 17`); a body's name with a comma inside (`Department for Environment, Food and Rural
 * Affairs`) is cut at the comma.
 */

const drafts = new Map(REVIEW_7_ARTICLES.map((a) => [a.name, draftQuiz(a.text)]))
const quizOf = (name: string) => drafts.get(name)!.quiz
const choicesOf = (q: Question) => (q.type === 'single' ? q.choices.map((c) => Object.values(c.text)[0] as string) : [])

/** The facts read in a text, as `value unit`. */
const factsIn = (text: string) => collectFacts(parseArticle(text).paragraphs).facts.map((f) => `${f.value} ${f.unit}`)

describe('a word that only starts like a number is no number', () => {
  // Each row: a sentence and the facts read in it.
  const rows: { text: string; facts: string[] }[] = [
    { text: 'وبلغت أعلى كمية منها 86.4 ملم في منطقة مصفوت بإمارة عجمان.', facts: ['86.4 millimetre'] },
    { text: 'وقدّرت الشركة كمية الإنتاج في الكويت بنحو 3 ملايين برميل يومياً.', facts: ['3000000 barrel'] },
    // Digits with the article after a plural unit count that unit (الساعات الـ24), as a number word does (الأشهر الثلاثة).
    { text: 'وشهدت المنطقة أمطاراً غزيرة خلال الساعات الـ24 الماضية في الكويت.', facts: ['24 hour'] },
    { text: 'وقتل 12 شخصا خلال الأيام الـ10 الأخيرة في حلب.', facts: ['12 person', '10 day'] },
    { text: 'وتأهلت الفرق الـ16 إلى الدور الثاني في الدوحة.', facts: ['16 count'] },
    // Wrong neighbours: a dialect's hundred, with a clitic or not, is a hundred.
    { text: 'واشترى الرجل في القاهرة الكيلو بمية جنيه يوم الأحد الماضي.', facts: ['100 EGP'] },
    { text: 'ودفع الزبون في القاهرة مية جنيه ثمناً للتذكرة يوم الأحد.', facts: ['100 EGP'] },
  ]
  it.each(rows)('$text', ({ text, facts }) => {
    expect(factsIn(text)).toEqual(facts)
  })

  // Each row: a sentence and the clause quoted for its first fact: a partitive after a noun of quantity is not cut off
  // (أعلى كمية منها 86.4), one after a count is (20 شخصا | منهم 5 أطفال).
  const clauses: { text: string; clause: string }[] = [
    {
      text: 'وشهدت المنطقة أمطاراً غزيرة، بلغت أعلى كمية منها 86.4 ملم في منطقة مصفوت.',
      clause: 'بلغت أعلى كمية منها 86.4 ملم في منطقة مصفوت.',
    },
    { text: 'وسجلت أعلى نسبة منها 41% في محافظة معان.', clause: 'وسجلت أعلى نسبة منها 41% في محافظة معان.' },
    { text: 'أصيب 20 شخصا في حلب منهم 5 أطفال.', clause: 'أصيب 20 شخصا في حلب' },
  ]
  it.each(clauses)('$text', ({ text, clause }) => {
    const { paragraphs } = parseArticle(text)
    const [fact] = collectFacts(paragraphs).facts
    expect(paragraphs[0]!.text.slice(fact!.clause.start, fact!.clause.end)).toBe(clause)
  })
})

describe('a place, a person: whole, and only names', () => {
  // Each row: a sentence, its language, names found in it and names that must not be found.
  const rows: { text: string; lang: Lang; names: string[]; not: string[] }[] = [
    // A word that opens a name of several takes its definite second word: رأس الخيمة, بئر السبع, وادي الحلو.
    {
      text: 'وشهدت مدينة رأس الخيمة هطول البرد مع رياح نشطة.',
      lang: 'ar',
      names: ['place:رأس الخيمة'],
      not: ['place:رأس'],
    },
    { text: 'وقصفت الطائرات مدينة بئر السبع فجر الأحد.', lang: 'ar', names: ['place:بئر السبع'], not: ['place:بئر'] },
    { text: 'وأخلت الفرق 46 أسرة من منطقة وادي الحلو بإمارة الشارقة.', lang: 'ar', names: ['place:وادي الحلو'], not: ['place:وادي'] },
    // Wrong neighbours: a one-word place before an adjective or a verb stays one word.
    { text: 'وتعيش مدينة غزة المحاصرة أوضاعاً صعبة.', lang: 'ar', names: ['place:غزة'], not: ['place:غزة المحاصرة'] },
    { text: 'وقال إن ولاية قفصة تضررت من السيول.', lang: 'ar', names: ['place:قفصة'], not: ['place:قفصة تضررت'] },
    // A verb after a title is no name: the defendant took sums (مبالغ تراوحت), the first defendant issued (أصدر).
    { text: 'وبحسب أوراق القضية، تلقى المتهم مبالغ تراوحت بين 2000 و5000 دينار عن كل ترخيص.', lang: 'ar', names: [], not: ['person:مبالغ تراوحت'] },
    { text: 'وكشفت التحقيقات أن المتهم الأول أصدر 63 ترخيصاً لمحلات تجارية.', lang: 'ar', names: [], not: ['person:أصدر'] },
    // Wrong neighbours: a name after the same title, and a family name ending in ت, stay names.
    { text: 'وقال المتهم فهد العنزي إنه بريء من التهم الموجهة إليه.', lang: 'ar', names: ['person:فهد العنزي'], not: [] },
    { text: 'وقال المحامي أحمد مدحت إن موكله سيطعن على الحكم.', lang: 'ar', names: ['person:أحمد مدحت'], not: [] },
    // A verb of saying or doing right after a title: no name follows (السفير غادر).
    { text: 'وقالت الوزارة إن السفير غادر البلاد مساء الأحد.', lang: 'ar', names: [], not: ['person:غادر', 'person:غادر البلاد'] },
    { text: 'وقال اللاعب محمد صلاح إن الفريق سيفوز.', lang: 'ar', names: ['person:محمد صلاح'], not: [] },
    // A ministry of two fields joined by و is one body; another body joined by و is another.
    {
      text: 'كما قررت وزارة التربية والتعليم اعتماد التعلم عن بعد.',
      lang: 'ar',
      names: ['organisation:وزارة التربية والتعليم'],
      not: ['organisation:وزارة التربية'],
    },
    { text: 'وقالت وزارة الصحة والسكان في القاهرة إن 5 أشخاص أصيبوا.', lang: 'ar', names: ['organisation:وزارة الصحة والسكان'], not: [] },
    { text: 'وقال مجلس الأمن والدول الأعضاء إن القرار صدر.', lang: 'ar', names: ['organisation:مجلس الأمن'], not: ['organisation:مجلس الأمن والدول'] },
    // A body's name joined by "and": the words after end on a body's word, or the body is "for" something.
    {
      text: 'The study was funded by the National Institute for Health and Care Research.',
      lang: 'en',
      names: ['organisation:National Institute for Health and Care Research'],
      not: ['organisation:National Institute for Health'],
    },
    {
      text: 'The drug was approved by the US Food and Drug Administration on Monday.',
      lang: 'en',
      names: ['organisation:US Food and Drug Administration'],
      not: [],
    },
    { text: 'The Department for Business and Trade said exports rose in May.', lang: 'en', names: ['organisation:Department for Business and Trade'], not: [] },
    // Wrong neighbours: two names joined by "and".
    {
      text: 'Researchers at the University of Leeds and Bristol took part.',
      lang: 'en',
      names: ['organisation:University of Leeds'],
      not: ['organisation:University of Leeds and Bristol'],
    },
    { text: 'He flew from Britain and France to Spain on Monday.', lang: 'en', names: ['place:Britain', 'place:France'], not: [] },
    // The fields a body is of are no person before "said"; a person before "said" is one.
    {
      text: 'Officials at the Department for Environment, Food and Rural Affairs said the ban would start in May.',
      lang: 'en',
      names: [],
      not: ['person:Rural Affairs', 'person:Food and Rural Affairs'],
    },
    { text: 'The ban will start in May, Ann Fields said on Monday.', lang: 'en', names: ['person:Ann Fields'], not: [] },
  ]
  itFindsNames(rows)
})

describe('a type is a label, an age after "over" is years', () => {
  // Each row: a sentence and the facts read in it.
  const rows: { text: string; facts: string[] }[] = [
    { text: 'Around 4.4 million people in the UK have been diagnosed with type 2 diabetes, the charity said.', facts: ['4400000 person'] },
    { text: 'The vaccine protects against Type 1 and most other strains, doctors in Leeds said.', facts: [] },
    { text: 'ويعاني 4 ملايين شخص في مصر من السكري من النوع 2 بحسب الوزارة.', facts: ['4000000 person'] },
    { text: 'The walk lowered blood sugar spikes in adults over 60, a study in Leeds found.', facts: ['60 year'] },
    { text: 'The scheme offers free bus travel to people over 65 in Wales, the council said.', facts: ['65 year'] },
    { text: 'Vaccines will be offered to children under 5 in Leeds from Monday.', facts: ['5 year'] },
    // Wrong neighbours: a count after "over" with its noun, a price after "over".
    { text: 'The walk lowered blood sugar spikes in over 60 adults, a study in Leeds found.', facts: ['60 count'] },
    { text: 'Rents rose for people over £900 a month in Leeds, the council said.', facts: ['900 GBP'] },
  ]
  it.each(rows)('$text', ({ text, facts }) => {
    expect(factsIn(text)).toEqual(facts)
  })
})

describe('a vote written with "to" is a tally, asked as written', () => {
  // Each row: a sentence, the tallies read in it and the notes on it.
  const rows: { text: string; tallies: string[]; notes: string[] }[] = [
    { text: 'Councillors voted 37 to 22 in favour of the plan on Tuesday night.', tallies: ['37-22'], notes: [] },
    { text: 'The board voted 5 to 4 to close the library in Leeds.', tallies: ['5-4'], notes: [] },
    // Wrong neighbours: a range after "voted to", an age range, a change.
    { text: 'The board voted to cut 20 to 30 jobs in Leeds.', tallies: [], notes: ['range'] },
    { text: 'People aged 60 to 79 took part in the study in Leeds.', tallies: [], notes: ['range'] },
    { text: 'Their heart rate fell from 74 to 70 in the trial.', tallies: [], notes: [] },
  ]
  it.each(rows)('$text', ({ text, tallies, notes }) => {
    const found = collectFacts(parseArticle(text).paragraphs)
    expect(found.scores.map((s) => `${s.home}-${s.away}`)).toEqual(tallies)
    expect(found.scores.every((s) => s.vote)).toBe(true)
    expect(found.notes.map((n) => n.code)).toEqual(notes)
  })

  it('council-en: the vote is asked as a vote, right as written or with a dash, never the other way round', () => {
    const q = quizOf('council-en').questions.find((x) => x.id.startsWith('score-'))
    expect(q && promptOf(q)).toMatch(/^Write the vote the article gives: “Councillors voted ____ in favour/u)
    const answers: [string, boolean][] = [
      ['37 to 22', true],
      ['37-22', true],
      ['22 to 37', false],
      ['37 to 21', false],
    ]
    for (const [answer, correct] of answers) expect(gradeQuestion(q!, answer).correct, answer).toBe(correct)
  })
})

describe('a number that fell or rose from another has wrong values on the side its verb says', () => {
  // Each row: an article (the key's sentence among others), the key, and whether every wrong value is above it.
  const rows: { text: string; key: number; above: boolean }[] = [
    { text: 'Their average resting heart rate fell from 74 to 70 beats per minute.', key: 74, above: true },
    { text: 'The number of buses on the route dropped from 48 to 31 a day.', key: 48, above: true },
    { text: 'Membership of the club rose from 210 to 260 over the year.', key: 210, above: false },
  ]
  const filler = (key: number) =>
    `Study of the city\n\nResearchers in Leeds followed ${key * 10 + 7} people for 12 weeks, the university said.\n\nThe study cost £2.4 million and was paid for by the council.\n\nSome 31% of the people who took part were over 70.\n\n`
  it.each(rows)('$text', ({ text, key, above }) => {
    const { quiz } = draftQuiz(filler(key) + text)
    const q = quiz.questions.find((x) => x.type === 'single' && keysOf(x).some((k) => String(k).replace(/,/gu, '') === String(key)))
    if (!q) return // asked another way (numeric, true or false): nothing to give away
    const wrong = choicesOf(q)
      .filter((c) => !keysOf(q).includes(c))
      .map((c) => Number(c.replace(/[^\d.]/gu, '')))
    for (const w of wrong) expect(w > key, `${w}`).toBe(above)
  })
})

describe('a wrong choice of a body is a body of its kind; an own-words prompt names what it asks', () => {
  // A council, a hospital and a fund: no choice among them.
  const MIXED = `Road plan approved

Leeds City Council has approved a £12.5 million plan to rebuild the ring road, officials said on Monday.

Some £4.2 million will come from the Active Travel Fund, the council said in a statement on Monday.

The new road will run past St James's Hospital and cut journey times by 12 minutes, the council said.

Work will start in March and take about 18 months, during which 40 buses a day will be diverted.`
  const bodyWords = /Council|Hospital|Fund/u
  it.each([
    ['a council, a hospital, a fund', MIXED],
    ['council-en', REVIEW_7_ARTICLES.find((a) => a.name === 'council-en')!.text],
  ])('%s: no choice mixes kinds of body', (_, text) => {
    for (const q of draftQuiz(text).quiz.questions) {
      if (!q.id.startsWith('choice-which-organisation')) continue
      const kinds = new Set(choicesOf(q).map((c) => c.match(bodyWords)?.[0]))
      expect(kinds.size, choicesOf(q).join(' / ')).toBe(1)
    }
  })

  // Each row: a body's name and the kind its words say (null: they say none, and it stands beside any body).
  const kinds: [name: string, kind: string | null][] = [
    ['Cambridgeshire County Council', 'council'],
    ['Bradford Council', 'council'],
    ["Addenbrooke's Hospital", 'health'],
    ['Active Travel Fund', 'money'],
    ['University of Leeds', 'school'],
    ['National Institute for Health and Care Research', 'school'],
    ['محكمة الجنايات', 'court'],
    ['وزارة التربية والتعليم', 'ministry'],
    ['بلدية الكويت', 'council'],
    // Wrong neighbours: names that say no kind.
    ['World Health Organization', null],
    ['Diabetes UK', null],
    ['هيئة مكافحة الفساد', null],
  ]
  it.each(kinds)('%s: %s', (name, kind) => {
    expect(bodyKind(name)).toBe(kind)
  })

  // Each row: a sentence whose number may be asked in its own words, and whether it is (not "How many more may have it?").
  const prompts: { text: string; own: boolean }[] = [
    { text: 'Some 4.4 million people have diabetes, and an estimated 1.2 million more may have it without knowing.', own: false },
    { text: 'Some 4.4 million people have diabetes, and about 2,000 homes in their towns were flooded.', own: false },
    { text: 'The storm hit the coast on Monday, and about 2,000 homes were destroyed in the floods.', own: true },
  ]
  it.each(prompts)('$text', ({ text, own }) => {
    const article = `Storm report\n\n${text}\n\nThe storm lasted three days, the weather service said on Friday.\n\nSchools in 14 towns were closed, officials said.`
    const asked = draftQuiz(article)
      .quiz.questions.map(promptOf)
      .filter((p) => /^How many/u.test(p))
    if (own) expect(asked).toContain('How many homes were destroyed in the floods?')
    else expect(asked.filter((p) => / more |\b(?:it|their)\b/u.test(p))).toEqual([])
  })
})

describe('drafts of four new kinds of article, read as an editor reads them', () => {
  // Each row: an article, a key some question has, and the exact quote backing it.
  const rows: { article: string; key: string | number; quote: string }[] = [
    // The defendant named after his title, its body and the body's place (draft-review-7-leftovers): the lede asks him.
    { article: 'court-ar', key: 'فهد العنزي', quote: 'بحبس مدير إدارة التراخيص السابق في بلدية الكويت فهد العنزي 7 سنوات مع الشغل والنفاذ' },
    { article: 'court-ar', key: 'عبد الله الشمري', quote: 'وأصدرت المحكمة حكمها برئاسة المستشار عبد الله الشمري' },
    {
      article: 'court-ar',
      key: 'ناصر المطيري',
      quote:
        'وقال محامي المتهم الأول، المحامي ناصر المطيري، إن موكله سيطعن على الحكم أمام محكمة الاستئناف خلال 30 يوماً، مؤكداً أن "الأدلة التي استندت إليها المحكمة لا ترقى إلى مستوى اليقين".',
    },
    // The station's place, now found (draft-review-7-leftovers), is asked from the sentence of its 61.2 ملم.
    { article: 'weather-ar', key: 'خور فكان', quote: 'وسجلت محطة خور فكان 61.2 ملم' },
    { article: 'weather-ar', key: 'أحمد الكعبي', quote: 'وقال المتحدث باسم المركز الدكتور أحمد الكعبي إن الحالة الجوية ستستمر حتى صباح السبت 15 نوفمبر' },
    { article: 'weather-ar', key: 5, quote: 'وأغلقت الشرطة 5 طرق رئيسية في الفجيرة أمام حركة المرور بسبب جريان الأودية' },
    {
      article: 'council-en',
      key: 48_500_000,
      quote: 'Cambridgeshire County Council has approved a £48.5 million scheme to rebuild the Hills Road corridor in Cambridge',
    },
    {
      article: 'council-en',
      key: 'Alex Beckett',
      quote:
        'Councillor Alex Beckett, who chairs the highways and transport committee, said the plan would make the road safer for the 18,000 people who cycle along it each week.',
    },
    { article: 'council-en', key: 'Priya Mandal', quote: 'Councillor Priya Mandal said traders had told her their takings could fall by as much as 15%.' },
    { article: 'council-en', key: 4.99, quote: 'The council said council tax would rise by 4.99% next year' },
    { article: 'study-en', key: 'Hannah Okafor', quote: '"We were surprised by how large the effect was from such a small change," said Dr Hannah Okafor' },
    {
      article: 'study-en',
      key: 'Martin Leclerc',
      quote: 'Professor Martin Leclerc of the University of Bristol, who was not involved in the research, said the findings were encouraging',
    },
    { article: 'study-en', key: 6, quote: 'Only 6% of participants dropped out' },
  ]
  // A number may be asked as true or false (types take turns): its id ends with the value.
  const asks = (q: Question, key: string | number) =>
    keysOf(q).includes(key) || (q.type === 'boolean' && typeof key === 'number' && q.id.endsWith(`-${String(key).replace('.', '-')}`))
  it.each(rows)('$article: $key', ({ article, key, quote }) => {
    const q = quizOf(article).questions.find((x) => asks(x, key))
    expect(q, String(key)).toBeDefined()
    expect(q!.evidence.quote).toBe(quote)
  })

  // Each row: an article and keys no question may have (a word that is no name, half a place, a hundred read in «كمية»).
  const never: { article: string; keys: (string | number)[] }[] = [
    { article: 'court-ar', keys: ['مبالغ تراوحت', 'تراوحت', 'أصدر', 'مبالغ'] },
    { article: 'weather-ar', keys: ['رأس', 100] },
    { article: 'study-en', keys: [2, 120] },
  ]
  it.each(never)('$article: never $keys', ({ article, keys }) => {
    const all = quizOf(article).questions.flatMap(keysOf)
    for (const key of keys) expect(all, String(key)).not.toContain(key)
  })

  it('study-en: "adults over 60" is an age, its wrong choices ages', () => {
    for (const q of quizOf('study-en').questions) {
      if (!q.evidence.quote.includes('adults over 60') || !keysOf(q).includes('60')) continue
      for (const c of choicesOf(q)) expect(Number(c)).toBeLessThanOrEqual(100)
    }
  })

  it('study-en: the number of a fall is asked with wrong values above its end', () => {
    const q = quizOf('study-en').questions.find((x) => x.evidence.quote.startsWith('Their average resting heart rate fell from 74'))
    for (const c of q ? choicesOf(q) : []) expect(Number(c)).toBeGreaterThan(70)
  })

  it('a fact that is asked is not also noted as given away', () => {
    for (const { quiz, notes } of drafts.values()) {
      // (A name asked from the clause of a fact the title gives, السجن 7 سنوات, asks no fact.)
      const quotes = new Set(quiz.questions.filter((q) => !/^(?:who|where)-/u.test(q.id)).map((q) => q.evidence.quote))
      for (const n of notes) if (n.code === 'given-away') expect(quotes.has(n.quote!), n.quote).toBe(false)
    }
  })

  it.each(REVIEW_7_ARTICLES.map((a) => a.name))('%s: passes the content checks, asks a person, and spreads over the article', (name) => {
    expectEditorsDraft(quizOf(name), 10)
    const questions = quizOf(name).questions
    expect(questions.some((q) => q.id.startsWith('who-'))).toBe(true)
    // An own-words prompt names what it asks about: not "How many more …?", nor a pronoun left without its noun.
    for (const q of questions) expect(promptOf(q)).not.toMatch(/^How (?:many|much) more\b|^How (?:many|much) (?:it|they|this)\b/u)
  })
})
