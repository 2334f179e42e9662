import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import type { Lang } from '../../src/core/quiz-schema.ts'
import { REVIEW_16_ARTICLES } from './draft-review-16-articles.ts'
import { expectEditorsDraft, itAsksWithQuote, itFindsNames, itNeverAsks, keysOf } from './draft-test-helpers.ts'

/**
 * The sixteenth review of the drafter: review 15's leftovers. A person named in commas right after a bare title («قال
 * المدير، أحمد …، إن») was not found; money in a currency a quiz has none for (`11 trillion shillings`) was a plain count
 * to type; inhabitants («600 ألف ساكن») were a count, not people.
 */

const drafts = new Map(REVIEW_16_ARTICLES.map((a) => [a.name, draftQuiz(a.text, { lang: a.lang })]))
const quizOf = (name: string) => drafts.get(name)!.quiz
const factsOf = (text: string) =>
  collectFacts(parseArticle(`Title\n\n${text}`).paragraphs).facts.map((f) => `${f.kind}:${f.value}:${f.unit}${f.asWritten ? ':as-written' : ''}`)

describe('a bare title, a comma, then the name in commas', () => {
  itFindsNames([
    { text: 'وقال المدير، أحمد سالم العتوم، إن العمل مستمر.', lang: 'ar', names: ['person:أحمد سالم العتوم'], not: [] },
    { text: 'وقالت الوزيرة، هند الصبيحي، إن الحكومة ستدعم الأسر.', lang: 'ar', names: ['person:هند الصبيحي'], not: [] },
    { text: 'وأكد الوزير، خالد العلي، أن المشروع سيكتمل.', lang: 'ar', names: ['person:خالد العلي'], not: [] },
    { text: 'وأوضح الرئيس التنفيذي، سامر حداد، أن الأرباح ارتفعت.', lang: 'ar', names: ['person:سامر حداد'], not: [] },
    // Wrong neighbours: a time, a place, a statement's manner or a participle in commas after the bare title; one word.
    { text: 'وقال الوزير، في تصريح صحفي، إن المشروع سيكتمل.', lang: 'ar', names: [], not: ['person:في تصريح صحفي', 'person:تصريح صحفي'] },
    { text: 'وأكد المدير، مساء أمس، أن العمل مستمر.', lang: 'ar', names: [], not: ['person:مساء أمس', 'person:مساء'] },
    { text: 'وأكد المحافظ، يوم الأحد، أن العمل مستمر.', lang: 'ar', names: [], not: ['person:يوم الأحد'] },
    { text: 'وقال المدير، في عمان، إن العمل مستمر.', lang: 'ar', names: [], not: ['person:في عمان'] },
    { text: 'وأضاف المدير، موضحا الأسباب، أن الإنتاج تراجع.', lang: 'ar', names: [], not: ['person:موضحا الأسباب'] },
    { text: 'وقال الوزير، بدوره، إن العمل مستمر.', lang: 'ar', names: [], not: ['person:بدوره'] },
    { text: 'وقال المدير، خلال الاجتماع، إن العمل مستمر.', lang: 'ar', names: [], not: ['person:خلال الاجتماع'] },
    { text: 'وقال المدير، أمام الصحفيين، إن العمل مستمر.', lang: 'ar', names: [], not: ['person:أمام الصحفيين'] },
    { text: 'وقال الرئيس، رئيس الوزراء السابق، إن البلاد قوية.', lang: 'ar', names: [], not: ['person:رئيس الوزراء السابق'] },
    { text: 'وحضر الوزير، والمدير العام، وعدد من المسؤولين الاجتماع.', lang: 'ar', names: [], not: ['person:والمدير العام', 'person:المدير العام'] },
    // A second title in the commas: the name after it.
    { text: 'وقال المتحدث، العقيد أحمد علي، إن القوات انسحبت.', lang: 'ar', names: ['person:أحمد علي'], not: ['person:العقيد أحمد علي'] },
    { text: 'وقال الوزير، الذي زار المحطة، إن العمل مستمر.', lang: 'ar', names: [], not: ['person:الذي زار المحطة', 'person:زار المحطة'] },
  ])
  itAsksWithQuote(quizOf, [
    {
      article: 'family-support-ar',
      key: 'هند الصبيحي',
      quote: 'وقالت الوزيرة، هند الصبيحي، إن البرنامج يكلف 48 مليون دينار على مدى 3 سنوات.',
    },
  ])
  it('the Irbid article names its director', () => {
    const asked = quizOf('water-plant-irbid-ar').questions.flatMap((q) => keysOf(q))
    expect(asked).toContain('أحمد سالم العتوم')
  })
  itNeverAsks(quizOf, [
    { article: 'water-plant-irbid-ar', keys: ['في تصريح صحفي', 'تصريح صحفي', 'مساء أمس', 'موضحا الأسباب'] },
    { article: 'family-support-ar', keys: ['في عمان'] },
  ])
})

describe('money in a currency a quiz has no code for is money, asked as written', () => {
  // Each row: a sentence, its facts (kind:value:unit), and the note on its money ('' for none).
  const rows: { text: string; facts: string[]; note: string }[] = [
    { text: 'Nigeria borrowed 2.5 trillion naira last year.', facts: ['count:2500000000000:count:as-written'], note: '2.5 trillion naira' },
    { text: 'The plan will cost 40 billion South African rand.', facts: ['count:40000000000:count:as-written'], note: '40 billion South African rand' },
    { text: 'واقترضت الحكومة 500 مليار نايرا العام الماضي.', facts: ['count:500000000000:count:as-written'], note: '500 مليار نايرا' },
    // Where a quiz knows the currency, money in it (the Kenyan shilling since the fourteenth readers' set, where the
    // article names Kenya); wrong neighbours: a name after a year, a comma before the word.
    { text: "Kenya's debt reached 11 trillion shillings at the end of last year.", facts: ['money:11000000000000:KES'], note: '' },
    { text: 'وبلغ الدين 11 تريليون شلن في كينيا.', facts: ['money:11000000000000:KES'], note: '' },
    { text: 'The plan will cost 40 billion Kenyan shillings.', facts: ['money:40000000000:KES'], note: '' },
    // A shilling is Kenya's where the article names Kenya: Uganda's and Tanzania's have no code in a quiz.
    {
      text: "Uganda's debt reached 90 trillion shillings at the end of last year.",
      facts: ['count:90000000000000:count:as-written'],
      note: '90 trillion shillings',
    },
    { text: 'Tanzania borrowed 3 trillion shillings last year.', facts: ['count:3000000000000:count:as-written'], note: '3 trillion shillings' },
    { text: 'وبلغ الدين 90 تريليون شلن في أوغندا.', facts: ['count:90000000000000:count:as-written'], note: '90 تريليون شلن' },
    { text: "Jordan's fund holds 3 billion dinars.", facts: ['money:3000000000:JOD'], note: '' },
    { text: 'Israel spent 2 billion shekels on the line.', facts: ['money:2000000000:ILS'], note: '' },
    { text: 'In 2019 Rand Paul said 12 people agreed.', facts: ['date:20190000:date', 'people:12:person'], note: '' },
    { text: 'The bank lent 2 trillion, shillings being scarce.', facts: ['count:2000000000000:count'], note: '' },
  ]
  it.each(rows)('$text', ({ text, facts, note }) => {
    const found = collectFacts(parseArticle(`Title\n\n${text}`).paragraphs)
    expect(factsOf(text)).toEqual(facts)
    expect(found.notes.filter((n) => n.code === 'currency-unknown').map((n) => n.quote)).toEqual(note ? [note] : [])
  })
  // Each row: an article, and amounts of its uncoded money no question may ask as a number to type.
  const never = [{ article: 'oil-revenue-lagos-en', values: [14_200_000_000_000, 400_000_000_000] }]
  it.each(never)('$article asks its naira in its words only', ({ article, values }) => {
    const draft = drafts.get(article)!
    for (const q of draft.quiz.questions) if (q.type === 'numeric') expect(values).not.toContain(q.answer.value)
    expect(draft.notes.filter((n) => n.code === 'currency-unknown')).toHaveLength(1)
    expectEditorsDraft(draft.quiz, 4)
  })
})

describe('inhabitants are people', () => {
  // Each row: a sentence, its language, and its number's fact (kind:value:unit).
  const rows: [string, Lang, string][] = [
    ['وقال إن المحطة ستزود نحو 600 ألف ساكن بمياه الري.', 'ar', 'people:600000:person'],
    ['ويقطن البلدة 40 ألف ساكن.', 'ar', 'people:40000:person'],
    ['ويعيش في المدينة 3 ملايين من السكان.', 'ar', 'people:3000000:person'],
    ['ويخدم المشروع 250 ألف نسمة.', 'ar', 'people:250000:person'],
    ['Lagos, a city of 15 million inhabitants, will get a rail line.', 'en', 'people:15000000:person'],
    ['About 2,000 residents will be moved.', 'en', 'people:2000:person'],
    // Wrong neighbours: the number after «سكان» counts no inhabitants; a count of homes.
    ['ويبلغ عدد سكان المدينة 40 ألفا.', 'ar', 'count:40000:count'],
    ['وبنت الشركة 300 مسكن جديد.', 'ar', 'count:300:count'],
  ]
  it.each(rows)('%s', (text, _lang, fact) => {
    expect(factsOf(text)).toContain(fact)
  })
  // Each row: an article, and the inhabitants it asks about as people.
  it.each([
    ['water-plant-irbid-ar', 600_000],
    ['family-support-ar', 10_000],
  ])('%s asks its %i inhabitants as people', (article, value) => {
    expect(quizOf(article as string).questions.map((q) => q.id)).toContainEqual(
      expect.stringMatching(new RegExp(`^(?:true-|false-|choice-)?people-${value}$`, 'u')),
    )
  })
  it.each(['water-plant-irbid-ar', 'family-support-ar'])('%s is an editor’s draft', (article) => {
    expectEditorsDraft(quizOf(article), 4)
  })
})
