import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { checkQuiz } from '../../src/core/content-checks.ts'
import { findEntities, type Entity } from '../../src/core/draft/entities.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import { draftQuiz, type Draft } from '../../src/core/draft/index.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import { loadQuiz } from '../../src/core/load-quiz.ts'
import type { Lang, Question } from '../../src/core/quiz-schema.ts'
import { NAMES_ORGS_TIMES_ARTICLES } from './draft-names-orgs-times-articles.ts'
import { entitiesOf } from './draft-test-helpers.ts'

type NameRow = { text: string; lang: Lang; names: [Entity['kind'], string][]; not: string[] }

describe('a person after a nationality, or a title and a nationality, is found without them', () => {
  const rows: NameRow[] = [
    {
      text: 'Talks stalled after the Russian president Vladimir Putin said the offer was unserious.',
      lang: 'en',
      names: [['person', 'Vladimir Putin']],
      not: ['Russian'],
    },
    {
      text: 'Talks stalled after Russian President Vladimir Putin said the offer was unserious.',
      lang: 'en',
      names: [['person', 'Vladimir Putin']],
      not: ['Russian President Vladimir Putin'],
    },
    {
      text: 'The goal came when Brazilian striker Vinicius Junior beat two defenders.',
      lang: 'en',
      names: [['person', 'Vinicius Junior']],
      not: ['Brazilian'],
    },
    {
      text: 'The goal came when Brazilian Vinicius Junior beat two defenders.',
      lang: 'en',
      names: [['person', 'Vinicius Junior']],
      not: ['Brazilian Vinicius Junior'],
    },
    { text: 'American swimmer Katie Ledecky won the final on Sunday.', lang: 'en', names: [['person', 'Katie Ledecky']], not: ['American'] },
    {
      text: 'The ruling was welcomed by French Prime Minister Michel Barnier on Monday.',
      lang: 'en',
      names: [['person', 'Michel Barnier']],
      not: ['French Prime Minister Michel Barnier'],
    },
    // A name ends before "of": the body is no part of it, nor its last word an alias.
    {
      text: 'Economist Ruth Gregory of Capital Economics said the bank would cut.',
      lang: 'en',
      names: [['person', 'Ruth Gregory']],
      not: ['Ruth Gregory of Capital Economics', 'Economics'],
    },
    // Wrong neighbours: a nationality before a thing, a holiday, a company is no person.
    { text: 'Shops closed early for Chinese New Year in the city.', lang: 'en', names: [], not: ['New Year'] },
    { text: 'He paid with his American Express card at the airport.', lang: 'en', names: [], not: ['Express'] },
    { text: 'Saudi Aramco said profits rose in the quarter.', lang: 'en', names: [], not: ['Aramco', 'Saudi Aramco'] },
    { text: 'The Brazilian Football Confederation fined the club on Monday.', lang: 'en', names: [], not: ['Football Confederation'] },
    { text: 'Officials in Saudi Arabia said the plan was approved.', lang: 'en', names: [['place', 'Saudi Arabia']], not: ['Arabia'] },
    { text: 'The Spanish La Liga season starts in August.', lang: 'en', names: [], not: ['La Liga'] },
    // An office before the title, and a nationality of two words.
    {
      text: 'Iranian Foreign Minister Abbas Araghchi met his Omani counterpart.',
      lang: 'en',
      names: [['person', 'Abbas Araghchi']],
      not: ['Foreign Minister Abbas Araghchi'],
    },
    {
      text: 'South African President Cyril Ramaphosa said the talks were useful.',
      lang: 'en',
      names: [['person', 'Cyril Ramaphosa']],
      not: ['African President Cyril Ramaphosa'],
    },
    {
      text: 'وقال الرئيس الروسي فلاديمير بوتين، في مؤتمر صحفي، إن المحادثات ستستمر.',
      lang: 'ar',
      names: [['person', 'فلاديمير بوتين']],
      not: ['الروسي فلاديمير بوتين'],
    },
    {
      text: 'وسجل المهاجم الكونغولي غي مبينزا هدف الفوز في الدقيقة 80.',
      lang: 'ar',
      names: [['person', 'غي مبينزا']],
      not: ['غي مبينزا هدف الفوز', 'غي مبينزا هدف'],
    },
    { text: 'وأحرز المهاجم الكونغولي غي مبينزا هدفين في المباراة.', lang: 'ar', names: [['person', 'غي مبينزا']], not: ['غي مبينزا هدفين'] },
    {
      text: 'وقال مدرب الوداد البلجيكي سفين فاندنبروك بعد المباراة إن الفريق جاهز.',
      lang: 'ar',
      names: [['person', 'سفين فاندنبروك']],
      not: ['البلجيكي سفين فاندنبروك'],
    },
    { text: 'وقال الدولي المغربي أشرف حكيمي إن الفريق قادر على الفوز.', lang: 'ar', names: [['person', 'أشرف حكيمي']], not: ['المغربي أشرف حكيمي'] },
    // A foreign name written with a hamza before ل is not the article: إليود, not the next word alone.
    { text: 'وحل العداء الكيني إليود كيبتشوغي أولا في سباق برلين.', lang: 'ar', names: [['person', 'إليود كيبتشوغي']], not: ['كيبتشوغي أولا'] },
    // A name ends with its family name, before a preposition's phrase and before a noun with tanween.
    { text: 'وأضاف أن العداءة المغربية رحمة الطاهري حلت ثالثة في السباق.', lang: 'ar', names: [['person', 'رحمة الطاهري']], not: ['رحمة الطاهري حلت'] },
    { text: 'وفازت السباحة الأمريكية كاتي ليديكي بسباق 800 متر حرة.', lang: 'ar', names: [['person', 'كاتي ليديكي']], not: ['كاتي ليديكي بسباق'] },
    {
      text: 'وقال الرئيس الجزائري عبد العزيز بوتفليقة إن الانتخابات ستجرى في موعدها.',
      lang: 'ar',
      names: [['person', 'عبد العزيز بوتفليقة']],
      not: ['عبد العزيز'],
    },
    // A family name written with ة after a title, never an adverb so written.
    { text: 'وقال المدرب المغربي عبد القادر قادة إن الملتقى ناجح.', lang: 'ar', names: [['person', 'عبد القادر قادة']], not: ['عبد القادر'] },
    { text: 'وقال الوزير محمد مرة أخرى إن الخطة جاهزة.', lang: 'ar', names: [['person', 'محمد']], not: ['محمد مرة', 'محمد مرة أخرى'] },
    {
      text: 'وحققت السباحة الأسترالية أريارن تيتموس زمناً قدره دقيقتان.',
      lang: 'ar',
      names: [['person', 'أريارن تيتموس']],
      not: ['أريارن تيتموس زمناً', 'زمناً'],
    },
    { text: 'ورفض النادي عرضاً لضم الظهير يحيى عطية الله هذا الصيف.', lang: 'ar', names: [['person', 'يحيى عطية الله']], not: ['يحيى'] },
    { text: 'وقال رئيس نادي برشلونة خوان لابورتا إن النادي يعاني.', lang: 'ar', names: [['person', 'خوان لابورتا']], not: ['برشلونة خوان لابورتا'] },
    {
      text: 'وقال مدرب برشلونة الألماني هانزي فليك إن فريقه لم يستغل الفرص.',
      lang: 'ar',
      names: [
        ['person', 'هانزي فليك'],
        ['organisation', 'برشلونة'],
      ],
      not: ['برشلونة الألماني هانزي فليك'],
    },
    { text: 'وسجل المهاجم سانتياغو خيمينيز هدفا رائعا في المباراة.', lang: 'ar', names: [['person', 'سانتياغو خيمينيز']], not: ['خيمينيز هدفا'] },
    // Wrong neighbours: a verb after a nationality, a noun after a verb with a hamza, names that stay whole.
    { text: 'وأعلن الرئيس إلغاء الرحلات إلى المدينة بسبب العاصفة.', lang: 'ar', names: [], not: ['إلغاء'] },
    { text: 'وسجل محمد صلاح الهدف الأول في الدقيقة العاشرة.', lang: 'ar', names: [], not: ['محمد صلاح الهدف'] },
    { text: 'وقال وزير المالية محمد الجدعان إن العجز تراجع.', lang: 'ar', names: [['person', 'محمد الجدعان']], not: ['محمد'] },
  ]
  it.each(rows)('$text', ({ text, lang, names, not }) => {
    const found = entitiesOf(text, lang)
    for (const [kind, name] of names) expect(found.find((e) => e.name === name)?.kind, name).toBe(kind)
    for (const name of not) expect([...found.map((e) => e.name), ...found.flatMap((e) => e.aliases)]).not.toContain(name)
  })
})

type BodyRow = { text: string; lang: Lang; body: string | null; places: string[]; noPlaces: string[] }

describe('a body named after a place is kept whole, and the place inside it is none', () => {
  const rows: BodyRow[] = [
    { text: 'وتعاقد ريال مدريد مع اللاعب في الصيف الماضي بعد مفاوضات طويلة.', lang: 'ar', body: 'ريال مدريد', places: [], noPlaces: ['مدريد'] },
    { text: 'وتلقى النادي عرضا من مانشستر يونايتد لضم اللاعب.', lang: 'ar', body: 'مانشستر يونايتد', places: [], noPlaces: ['مانشستر'] },
    { text: 'وخسر اتحاد جدة أمام الهلال السعودي في المباراة الأخيرة.', lang: 'ar', body: 'اتحاد جدة', places: [], noPlaces: ['جدة', 'السعودية'] },
    { text: 'وتقدمت جامعة القاهرة في التصنيف العالمي للجامعات هذا العام.', lang: 'ar', body: 'جامعة القاهرة', places: [], noPlaces: ['القاهرة'] },
    { text: 'وقالت صحيفة نيويورك تايمز إن القرار سيصدر قريبا.', lang: 'ar', body: 'صحيفة نيويورك تايمز', places: [], noPlaces: ['نيويورك'] },
    { text: 'وقال رئيس نادي برشلونة خوان لابورتا إن النادي يعاني.', lang: 'ar', body: 'نادي برشلونة', places: [], noPlaces: ['برشلونة'] },
    // A city that plays in a match is a team; where a match is played it stays a place.
    { text: 'وفاز برشلونة على خصمه في الدوري الإسباني بعد مباراة قوية.', lang: 'ar', body: 'برشلونة', places: [], noPlaces: ['برشلونة'] },
    { text: 'وأقيمت المباراة في برشلونة وسط حضور كبير.', lang: 'ar', body: null, places: ['برشلونة'], noPlaces: [] },
    { text: 'وزار الرئيس مدريد الأسبوع الماضي في جولة أوروبية.', lang: 'ar', body: null, places: ['مدريد'], noPlaces: [] },
    { text: 'Manchester United signed the defender from Ajax last summer.', lang: 'en', body: 'Manchester United', places: [], noPlaces: ['Manchester'] },
    {
      text: 'The forward moved from Real Madrid to Manchester City in a record deal.',
      lang: 'en',
      body: 'Real Madrid',
      places: [],
      noPlaces: ['Madrid', 'Manchester', 'Manchester City'],
    },
    { text: 'Bayern Munich agreed a fee with the French club for the forward.', lang: 'en', body: 'Bayern Munich', places: [], noPlaces: ['Munich'] },
    { text: 'Officials said the New York Times reported the decision on Tuesday.', lang: 'en', body: 'New York Times', places: [], noPlaces: ['New York'] },
    { text: 'The Bank of England raised interest rates on Thursday.', lang: 'en', body: 'Bank of England', places: [], noPlaces: ['England'] },
    {
      text: 'The Central Bank of Egypt kept rates unchanged, the bank said in Cairo.',
      lang: 'en',
      body: 'Central Bank of Egypt',
      places: ['Cairo'],
      noPlaces: ['Egypt'],
    },
    { text: 'Barcelona beat their rivals 2-1 in the league on Sunday.', lang: 'en', body: 'Barcelona', places: [], noPlaces: ['Barcelona'] },
    { text: 'Officials said Barcelona coach Hansi Flick was unhappy with the pitch.', lang: 'en', body: 'Barcelona', places: [], noPlaces: ['Barcelona'] },
    // A club of a place and two words, and a city a player moves from: clubs, not places.
    {
      text: 'وانتقل اللاعب من برشلونة إلى باريس سان جيرمان مقابل 222 مليون يورو.',
      lang: 'ar',
      body: 'باريس سان جيرمان',
      places: [],
      noPlaces: ['باريس', 'برشلونة'],
    },
    { text: 'وسجل مبابي هدفين في فوز باريس سان جيرمان على موناكو.', lang: 'ar', body: 'باريس سان جيرمان', places: [], noPlaces: ['باريس'] },
    // Wrong neighbours: a word of a match far from the city («homes lost power»), a venue's city, a city with City in
    // the table, a place mentioned beside the body it names.
    { text: 'Homes lost power and the motorway between Valencia and Madrid was closed.', lang: 'en', body: null, places: ['Madrid'], noPlaces: [] },
    { text: 'وأقيمت المباراة النهائية على استاد القاهرة الدولي بحضور 45 ألف متفرج.', lang: 'ar', body: null, places: ['القاهرة'], noPlaces: [] },
    // A venue named after a person whose first name is a city's: no place.
    { text: 'وأقيمت المباراة على ملعب سانتياغو برنابيو مساء السبت.', lang: 'ar', body: null, places: [], noPlaces: ['سانتياغو'] },
    { text: 'The president flew to Mexico City on Monday for the talks.', lang: 'en', body: null, places: ['Mexico City'], noPlaces: [] },
    { text: 'The New York Times opened an office in New York last year.', lang: 'en', body: 'New York Times', places: ['New York'], noPlaces: [] },
  ]
  it.each(rows)('$text', ({ text, lang, body, places, noPlaces }) => {
    const found = entitiesOf(text, lang)
    if (body) expect(found.find((e) => e.name === body)?.kind, body).toBe('organisation')
    for (const place of places) expect(found.find((e) => e.name === place)?.kind, place).toBe('place')
    for (const place of noPlaces) expect(found.filter((e) => e.kind === 'place').map((e) => e.name)).not.toContain(place)
  })
})

type TimeRow = { text: string; time: string | null; note: string | null }

describe('a race time in minutes and seconds is read as the article writes it, never as a time of day or a score', () => {
  const rows: TimeRow[] = [
    { text: 'Titmus set a championship record of 1:52.34 in the final.', time: '1:52.34', note: null },
    { text: 'The Kenyan runner won the mile in 3:59.1 at the stadium.', time: '3:59.1', note: null },
    { text: 'The young runner finished in 3:59 to take the title.', time: '3:59', note: null },
    { text: 'He ran the mile in 3:59 minutes in Oslo.', time: '3:59', note: null },
    { text: 'وحققت السباحة زمناً قدره 1:52.34 دقيقة في النهائي.', time: '1:52.34', note: null },
    { text: 'وأنهى العداء السباق بزمن ٣:٥٩٫١ دقيقة.', time: '٣:٥٩٫١', note: null },
    // Wrong neighbours: a time of day, a score, a time in hours (a numeric fact), seconds over 59.
    { text: 'The session starts at 10:30 GMT in the main pool.', time: null, note: 'time-of-day:10:30' },
    { text: 'Arsenal beat Chelsea 3:1 in the final match.', time: null, note: null },
    { text: 'Kipchoge won the Berlin Marathon in 2:01:09 in 2018.', time: null, note: null },
    { text: 'The doors open at 9:15 a.m. for the heats.', time: null, note: null },
    { text: 'The gates opened in 3:75 after the delay.', time: null, note: null },
  ]
  it.each(rows)('$text', ({ text, time, note }) => {
    const { paragraphs } = parseArticle(text)
    const found = collectFacts(paragraphs)
    const written = found.times.map((t) => text.slice(t.start, t.end))
    expect(written).toEqual(time ? [time] : [])
    if (note) expect(found.notes.map((n) => `${n.code}:${n.quote}`)).toContain(note)
    if (time) {
      expect(found.scores).toEqual([])
      expect(found.facts.filter((f) => text.slice(f.mention.start, f.mention.end).includes(time))).toEqual([])
    }
  })
})

const drafts = new Map<string, Draft>()
function draftOf(article: string): Draft {
  let draft = drafts.get(article)
  if (!draft) drafts.set(article, (draft = draftQuiz(NAMES_ORGS_TIMES_ARTICLES[article]!)))
  return draft
}

/** Every answer a question takes as right or offers: accepted texts and choices. */
function answersOf(q: Question): string[] {
  if (q.type === 'text') return q.answer.accepted
  if (q.type === 'single' || q.type === 'multiple') return q.choices.map((c) => Object.values(c.text)[0] as string)
  return []
}

describe('drafts of unseen articles pass the content checks and load', () => {
  it.each(Object.keys(NAMES_ORGS_TIMES_ARTICLES))('%s', (article) => {
    const { quiz } = draftOf(article)
    const { articleText, ...file } = quiz
    expect(checkQuiz(file, articleText, 'draft')).toEqual([])
    expect(loadQuiz(file, articleText).questions.length).toBe(quiz.questions.length)
    expect(quiz.questions.length).toBeGreaterThanOrEqual(6)
  })
})

describe('the drafts name people without their nationality, and ask no where-question about a place inside a body', () => {
  const rows: { article: string; kind: Entity['kind']; name: string }[] = [
    { article: 'swimming-en', kind: 'person', name: 'Katie Ledecky' },
    { article: 'swimming-en', kind: 'person', name: 'Pan Zhanle' },
    { article: 'athletics-ar', kind: 'person', name: 'إليود كيبتشوغي' },
    { article: 'athletics-ar', kind: 'person', name: 'أريارن تيتموس' },
    { article: 'transfer-ar', kind: 'person', name: 'غي مبينزا' },
    { article: 'transfer-ar', kind: 'person', name: 'سفين فاندنبروك' },
    { article: 'transfer-ar', kind: 'organisation', name: 'ريال مدريد' },
    { article: 'transfer-ar', kind: 'organisation', name: 'اتحاد جدة' },
    { article: 'transfer-ar', kind: 'organisation', name: 'مانشستر يونايتد' },
    { article: 'transfer-en', kind: 'person', name: 'Vinicius Junior' },
    { article: 'transfer-en', kind: 'organisation', name: 'Manchester City' },
    { article: 'transfer-en', kind: 'organisation', name: 'Bayern Munich' },
    { article: 'ranking-ar', kind: 'organisation', name: 'جامعة القاهرة' },
    { article: 'ranking-ar', kind: 'person', name: 'أيمن عاشور' },
    { article: 'bank-en', kind: 'person', name: 'Vladimir Putin' },
    { article: 'bank-en', kind: 'organisation', name: 'Bank of England' },
  ]
  it.each(rows)('$article: $kind $name', ({ article, kind, name }) => {
    const { quiz } = draftOf(article)
    const { paragraphs } = parseArticle(quiz.articleText)
    const found = findEntities(paragraphs, collectFacts(paragraphs).words, quiz.lang)
    expect(found.find((e) => e.name === name)?.kind, name).toBe(kind)
  })

  const never: { article: string; answer: string; why: string }[] = [
    { article: 'swimming-en', answer: 'American swimmer Katie Ledecky', why: 'a nationality and a title are no part of a name' },
    { article: 'transfer-ar', answer: 'مدريد', why: 'the city of ريال مدريد' },
    { article: 'transfer-ar', answer: 'جدة', why: 'the city of اتحاد جدة' },
    { article: 'transfer-ar', answer: 'مانشستر', why: 'the city of مانشستر يونايتد' },
    { article: 'transfer-ar', answer: 'غي مبينزا هدفاً', why: 'a name runs into the sentence' },
    { article: 'transfer-en', answer: 'Munich', why: 'the city of Bayern Munich' },
    { article: 'transfer-en', answer: 'Brazilian striker Vinicius Junior', why: 'a nationality and a title are no part of a name' },
    { article: 'ranking-ar', answer: 'القاهرة', why: 'the city of جامعة القاهرة' },
    { article: 'bank-en', answer: 'England', why: 'the country of the Bank of England' },
    { article: 'bank-en', answer: 'New York', why: 'the city of the New York Times' },
    { article: 'bank-en', answer: 'Economics', why: 'the last word of a body after a person' },
    { article: 'athletics-ar', answer: 'زمناً', why: 'a noun with tanween is no name' },
  ]
  it.each(never)('$article: never «$answer» ($why)', ({ article, answer }) => {
    for (const q of draftOf(article).quiz.questions) expect(answersOf(q), q.id).not.toContain(answer)
  })
})

describe('a race time is asked with choices written as the article writes it', () => {
  const rows: { article: string; written: string; wrong: string[] }[] = [
    { article: 'swimming-en', written: '1:52.34', wrong: ['1:52.35', '152.34', '1:52', '1:53.34'] },
    { article: 'swimming-en', written: '8:05.62', wrong: ['8:05', '805.62'] },
    { article: 'athletics-ar', written: '3:59.1', wrong: ['3:59', '3:58.1', '359.1'] },
    { article: 'athletics-ar', written: '1:52.34', wrong: ['1:52.35', '112.34'] },
  ]
  it.each(rows)('$article: $written', ({ article, written, wrong }) => {
    const q = draftOf(article).quiz.questions.find(
      (x) => x.type === 'single' && x.choices.some((c) => c.id === x.answer && Object.values(c.text)[0] === written),
    )
    expect(q, `no question keyed ${written}`).toBeDefined()
    if (q?.type !== 'single') return
    // The key grades right; every other choice is the same clock with other seconds, and grades wrong.
    expect(gradeQuestion(q, q.answer).score).toBe(1)
    const others = q.choices.filter((c) => c.id !== q.answer)
    expect(others.length).toBeGreaterThanOrEqual(2)
    const shape = (t: string) => t.replace(/\d{2}(?=[.,]|$)/u, 'ss')
    for (const c of others) {
      const text = Object.values(c.text)[0] as string
      expect(shape(text), text).toBe(shape(written))
      expect(gradeQuestion(q, c.id).score, text).toBe(0)
    }
    // Free text is no way around the choices: an answer typed in the clock's form is not a choice id.
    for (const answer of [...wrong, written]) expect(gradeQuestion(q, answer).score, answer).toBe(0)
    // The evidence quotes the time itself.
    expect(q.evidence.quote).toContain(written)
  })
})
