import { describe, expect, it } from 'vitest'
import { cleanText } from '../../src/core/draft/clean.ts'
import { familyNameOf, type Entity } from '../../src/core/draft/entities.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { gradeQuestion } from '../../src/core/grade.ts'
import type { Lang, Question } from '../../src/core/quiz-schema.ts'
import { UNSEEN_ARTICLES } from './draft-articles-unseen.ts'
import { ARTICLES } from './draft-articles.ts'
import { GENRE_ARTICLES } from './draft-genres-articles.ts'
import { NAME_ARTICLES } from './draft-names-articles.ts'
import { GRADING_ARTICLES } from './grade-drafted-articles.ts'
import { entitiesOf } from './draft-test-helpers.ts'

const formsOf = (e: Entity) => [e.name, ...e.aliases]

describe('a name key is the name, nothing glued on', () => {
  type Row = { text: string; lang: Lang; names: [Entity['kind'], string][]; not?: string[]; notPeople?: string[] }
  const rows: Row[] = [
    // A word with a pronoun suffix after a title qualifies it (لاعب وسطه), it starts no name.
    {
      text: 'وأنهى الأهلي اللقاء بعشرة لاعبين بعد طرد لاعب وسطه محمد حمدي في الدقيقة 74.',
      lang: 'ar',
      names: [['person', 'محمد حمدي']],
      not: ['وسطه محمد حمدي'],
    },
    // A predicate after a place: a comparative and what it compares.
    {
      text: 'وسجلت منطقة نخلة جميرا أعلى الأسعار، إذ وصل سعر القدم المربعة فيها إلى 3,900 درهم.',
      lang: 'ar',
      names: [['place', 'نخلة جميرا']],
      not: ['نخلة جميرا أعلى الأسعار', 'نخلة جميرا أعلى'],
    },
    // A representative of a body, where she serves, then her name.
    {
      text: 'وقالت ممثلة يونيسف في الأردن تانيا شابويزا إن الحصبة من أكثر الأمراض انتشارا.',
      lang: 'ar',
      names: [['person', 'تانيا شابويزا']],
      not: ['ممثلة يونيسف'],
      notPeople: ['يونيسف'],
    },
    { text: 'وقال سفير فرنسا لدى مصر كريستوف فارنو إن البلدين يتعاونان.', lang: 'ar', names: [['person', 'كريستوف فارنو']], notPeople: ['فرنسا'] },
    // A preposition with its pronoun and a plural of time are no name.
    { text: 'ويسعى الوداد إلى لقبه الرابع في المسابقة، بعد أن توج بها أعوام 1992 و2017 و2022.', lang: 'ar', names: [], notPeople: ['بها أعوام', 'بها'] },
    // A post named by a city (أمين عمّان) is no person; the city is no alias of the person after it.
    {
      text: 'وقال أمين عمّان المهندس خالد الطراونة إن الموازنة تخصص 96 مليون دينار.\nوأضاف الطراونة أن العاصمة ستنفذ مشروعا.',
      lang: 'ar',
      names: [['person', 'خالد الطراونة']],
      notPeople: ['أمين عمّان', 'عمّان'],
    },
    // A title in the name of a venue or a street names the place.
    { text: 'حسم الهلال اللقب بفوزه على النصر على ملعب الملك فهد الدولي في الرياض.', lang: 'ar', names: [['place', 'الرياض']], notPeople: ['فهد'] },
    { text: 'وانطلق السباق من شارع الشيخ محمد بن راشد بمشاركة 31 ألف عداء.', lang: 'ar', names: [], notPeople: ['محمد بن راشد'] },
    // A body's name stops before a preposition (إلى folds like a definite word).
    {
      text: 'تأهل نادي الوداد الرياضي المغربي إلى نهائي دوري أبطال أفريقيا لكرة القدم.',
      lang: 'ar',
      names: [['organisation', 'نادي الوداد الرياضي المغربي']],
      not: ['نادي الوداد الرياضي المغربي إلى'],
    },
    // سجل / فاز take teams, indexes and stations as often as people: a person only when confirmed.
    { text: 'وسجل ريال مدريد ثلاثة أهداف في الشوط الأول من المباراة.', lang: 'ar', names: [], notPeople: ['ريال مدريد', 'ريال'] },
    { text: 'وسجل مؤشر نيكاي ارتفاعا بنسبة 2 في المئة في تعاملات الجمعة.', lang: 'ar', names: [], notPeople: ['مؤشر نيكاي'] },
    { text: 'وسجلت محطة الرصد الجوي بتطوان 88 ملم من الأمطار في ثلاث ساعات.', lang: 'ar', names: [], notPeople: ['محطة الرصد الجوي'] },
    { text: 'وسجل محمد صلاح هدفين في المباراة.\nوقال محمد صلاح إن الفريق لعب جيدا.', lang: 'ar', names: [['person', 'محمد صلاح']] },
    // Titles still find names, a king still has his.
    { text: 'وقال وزير الطاقة الأمير عبد العزيز بن سلمان إن السوق مستقرة.', lang: 'ar', names: [['person', 'عبد العزيز بن سلمان']] },
    { text: 'وقال مدرب الأهلي مارسيل كولر إن فريقه استحق الفوز.', lang: 'ar', names: [['person', 'مارسيل كولر']] },
    // A titled person of a body: the person, then the body.
    {
      text: 'The mission is led by planetary scientist Michele Dougherty of Imperial College London.\nDougherty said the team was pleased.',
      lang: 'en',
      names: [
        ['person', 'Michele Dougherty'],
        ['organisation', 'Imperial College London'],
      ],
      not: ['Michele Dougherty of Imperial College London'],
    },
    { text: 'The report was written by the University of Ibadan and released on Monday.', lang: 'en', names: [['organisation', 'University of Ibadan']] },
  ]
  it.each(rows)('$text', ({ text, lang, names, not = [], notPeople = [] }) => {
    const entities = entitiesOf(text, lang)
    for (const [kind, name] of names) expect(entities.find((e) => e.name === name)?.kind, name).toBe(kind)
    for (const wrong of not) expect(entities.flatMap(formsOf)).not.toContain(wrong)
    for (const wrong of notPeople) expect(entities.filter((e) => e.kind === 'person').flatMap(formsOf)).not.toContain(wrong)
  })
})

describe('a first name alone is a form of a person only where it stands alone', () => {
  const rows: { text: string; lang: Lang; person: string; alias: string | null }[] = [
    // محمد of a king's stadium is not محمد حمدي.
    { text: 'أقيمت المباراة على ملعب محمد الخامس بالدار البيضاء.\nوطرد لاعب وسطه محمد حمدي في الدقيقة 74.', lang: 'ar', person: 'محمد حمدي', alias: null },
    // Inside the full name is not alone (Ruben del Campo, مصطفى وزيري).
    {
      text: 'AEMET spokesman Ruben del Campo said the sea was warm.\nDel Campo added that storms would follow.',
      lang: 'en',
      person: 'Ruben del Campo',
      alias: null,
    },
    { text: 'وقال الدكتور مصطفى وزيري إن الكشف مهم.\nوأوضح وزيري أن البعثة مصرية.', lang: 'ar', person: 'مصطفى وزيري', alias: null },
    // A Korean name's first part, used alone, is the family name.
    { text: 'وقال الزعيم الكوري الشمالي كيم جونغ أون إن البلاد مستعدة.\nوأضاف كيم أن الجيش جاهز.', lang: 'ar', person: 'كيم جونغ أون', alias: 'كيم' },
  ]
  it.each(rows)('$person', ({ text, lang, person, alias }) => {
    const entity = entitiesOf(text, lang).find((e) => e.name === person)
    expect(entity).toBeDefined()
    const first = person.split(' ')[0]!
    if (alias) expect(entity!.aliases).toContain(alias)
    else expect(entity!.aliases).not.toContain(first)
  })
})

describe('the family name alone is accepted for every person, unless the article shares it', () => {
  const rows: { text: string; lang: Lang; person: string; family: string | null }[] = [
    { text: 'Regional president Carlos Mazon said the alert was sent at 20:11.', lang: 'en', person: 'Carlos Mazon', family: 'Mazon' },
    { text: 'AEMET spokesman Ruben del Campo said the sea was warm.', lang: 'en', person: 'Ruben del Campo', family: 'del Campo' },
    { text: '"It was a textbook pass," flight director Andrea Accomazzo told reporters.', lang: 'en', person: 'Andrea Accomazzo', family: 'Accomazzo' },
    { text: 'وقال وزير الصحة فراس الهواري إن الحملة بدأت في عمّان.', lang: 'ar', person: 'فراس الهواري', family: 'الهواري' },
    { text: 'وأضاف المهاجم الكونغولي غي مبينزا الهدف الثاني في الدقيقة 67.', lang: 'ar', person: 'غي مبينزا', family: 'مبينزا' },
    { text: 'من جانبه، أعلن المحامي طارق عبد الحميد أن موكله سيطعن على الحكم.', lang: 'ar', person: 'طارق عبد الحميد', family: 'عبد الحميد' },
    // Two people of one family name: neither is accepted by it.
    { text: "Kenya's Daniel Kiprono won the race.\nCoach Peter Kiprono said he was proud.", lang: 'en', person: 'Daniel Kiprono', family: null },
    { text: 'Coach Peter Smith said the team was ready.\nCaptain John Smyth said the players were tired.', lang: 'en', person: 'Peter Smith', family: null },
    // A family name that is also a city of the article.
    { text: 'وقال الطبيب أحمد الخليل إن المستشفى في مدينة الخليل ممتلئ.', lang: 'ar', person: 'أحمد الخليل', family: null },
    // A king has no family name to give alone; a Korean's is his first part.
    { text: 'وقال الملك عبد الله الثاني إن الأردن يدعم الحل السياسي.', lang: 'ar', person: 'عبد الله الثاني', family: null },
    { text: 'وقال الزعيم الكوري الشمالي كيم جونغ أون إن البلاد مستعدة.\nوأضاف كيم أن الجيش جاهز.', lang: 'ar', person: 'كيم جونغ أون', family: null },
  ]
  it.each(rows)('$person → $family', ({ text, lang, person, family }) => {
    const entities = entitiesOf(text, lang)
    const entity = entities.find((e) => e.name === person)
    expect(entity).toBeDefined()
    expect(familyNameOf(entity!, entities, lang)).toBe(family)
  })

  // In drafted quizzes: the family name passes, a first name or another person's name does not.
  const article = (name: string) => GRADING_ARTICLES.find((a) => a.name === name)!.text
  const grading: { article: string; key: string; right: string[]; wrong: string[] }[] = [
    { article: 'flood-en', key: 'Carlos Mazon', right: ['Mazon', 'Carlos Mazon', 'mazon'], wrong: ['Carlos', 'del Campo', 'Ruben del Campo', 'Madrid'] },
    { article: 'flood-en', key: 'Ruben del Campo', right: ['del Campo', 'Ruben del Campo'], wrong: ['Ruben', 'Mazon', 'Campo del'] },
    {
      article: 'vaccination-ar',
      key: 'فراس الهواري',
      right: ['الهواري', 'فراس الهواري', 'د. فراس الهواري'],
      wrong: ['فراس', 'الشبول', 'رائد الشبول', 'الهوا'],
    },
    { article: 'football-ar', key: 'غي مبينزا', right: ['مبينزا', 'غي مبينزا'], wrong: ['غي', 'محمد حمدي', 'كولر'] },
    { article: 'space-en', key: 'Andrea Accomazzo', right: ['Accomazzo'], wrong: ['Andrea', 'Dougherty', 'Michele Dougherty'] },
  ]
  // A long article's draft asks about some of its names only (the questions are spread over it): the
  // paragraph naming the person, under the headline, is drafted too when the whole article's draft does not ask.
  const asking = (name: string, key: string) =>
    [
      article(name),
      article(name)
        .split(/\n\s*\n/u)
        .filter((block, k) => k === 0 || block.includes(key))
        .join('\n\n'),
    ]
      .map((text) => draftQuiz(text).quiz.questions as Question[])
      .find((qs) => qs.some((x) => x.type === 'text' && x.answer.accepted.includes(key))) ?? []
  it.each(grading)('$article: $key', ({ article: name, key, right, wrong }) => {
    const questions = asking(name, key)
    const q = questions.find((x) => x.type === 'text' && (x.answer as { accepted: string[] }).accepted.includes(key))
    expect(q, key).toBeDefined()
    for (const answer of right) expect(gradeQuestion(q!, answer).correct, answer).toBe(true)
    for (const answer of wrong) expect(gradeQuestion(q!, answer).correct, answer).toBe(false)
  })
})

describe('a question in its own words drops the connective its clause opens on', () => {
  const wrap = (sentence: string) =>
    /[\u0600-\u06FF]/u.test(sentence)
      ? `خبر عن الحدث\n\n${sentence}\n\nوأضاف المسؤول أن السلطات تتابع الوضع عن كثب مع الجهات المعنية في البلاد.`
      : `A news report\n\n${sentence}\n\nOfficials said they were following the situation closely with the relevant agencies.`
  // prompt: the question expected; null: no question in own words (a cloze item instead).
  const rows: { sentence: string; prompt: string | null }[] = [
    {
      sentence: 'The probe was far from Earth, so radio signals took nearly nine minutes to reach the ground.',
      prompt: 'How long did radio signals take to reach the ground?',
    },
    {
      sentence: 'The roads were closed, and about 300 flights were delayed at the city airports.',
      prompt: 'How many flights were delayed at the city airports?',
    },
    { sentence: 'The talks were tense, but the meeting lasted three hours.', prompt: 'How long did the meeting last?' },
    { sentence: 'The talks were tense. The meeting lasted 2.5 hours in the end.', prompt: 'How long did the meeting last?' },
    // A condition states no fact; a reported clause is no subject.
    { sentence: 'The officials said that if the strike lasted 3 days, the port would close.', prompt: null },
    { sentence: 'Officials said the strike lasted three days.', prompt: null },
    { sentence: 'قال رئيس البعثة إن الحفائر بدأت منذ عام 2019، وإن الموسم الحالي استمر أربعة أشهر بمشاركة عشرات العمال.', prompt: 'كم استمر الموسم الحالي؟' },
    { sentence: 'وقال المتحدث إن الوفد وصل صباحا، لكن الاجتماع استمر ثلاث ساعات دون اتفاق.', prompt: 'كم استمر الاجتماع؟' },
    { sentence: 'وأوضح المسؤول أن الطريق أغلق، إذ استمرت العاصفة يومين كاملين في المنطقة.', prompt: 'كم استمرت العاصفة؟' },
    { sentence: 'وقال المسؤول إن العاصفة استمرت يومين كاملين في المنطقة الشمالية.', prompt: 'كم استمرت العاصفة؟' },
    { sentence: 'وأكد الوزير أن الاجتماع استمر ثلاث ساعات مع الوفد الزائر.', prompt: 'كم استمر الاجتماع؟' },
    { sentence: 'وقال المسؤول إنه لو استمرت العاصفة يومين لأغلق الميناء أمام السفن.', prompt: null },
  ]
  const ownWords = (p: string) => /^(?:How |كم )/u.test(p)
  it.each(rows)('$sentence', ({ sentence, prompt }) => {
    const prompts = (draftQuiz(wrap(sentence)).quiz.questions as Question[]).map((q) => q.prompt.ar ?? q.prompt.en ?? '')
    if (prompt) expect(prompts).toContain(prompt)
    else expect(prompts.filter(ownWords)).toEqual([])
  })
})

describe('every fixture draft, read as a teacher would', () => {
  const all: [string, string][] = [
    ...GENRE_ARTICLES.map((a): [string, string] => [a.name, a.text]),
    ...GRADING_ARTICLES.map((a): [string, string] => [a.name, a.text]),
    ...UNSEEN_ARTICLES.map((a): [string, string] => [a.name, a.text]),
    ...Object.entries(NAME_ARTICLES),
    ...ARTICLES.map((a): [string, string] => [a.name, a.text]),
  ]
  const CONNECTIVE_OPENING =
    /^(?:How (?:long|many) (?:did |were |was )?(?:so|and|but|yet|while|because|since|if|when|which|that)\b|كم \S+ (?:و|ف)?(?:إن|أن|لكن|إذ|حيث|كما|بينما|فيما|لو|عندما)\s)/u
  it.each(all)('%s', (_name, text) => {
    const questions = draftQuiz(text).quiz.questions as Question[]
    for (const q of questions) {
      const prompt = q.prompt.ar ?? q.prompt.en ?? ''
      expect(prompt, q.id).not.toMatch(CONNECTIVE_OPENING)
      if (q.type !== 'text' || !/^who-/u.test(q.id)) continue
      const accepted = (q.answer as { accepted: string[] }).accepted
      // A person's accepted forms are parts of one name: never a title, a pronoun-suffixed word or a comparative glued on.
      for (const form of accepted) expect(form, q.id).not.toMatch(/(?:^|\s)(?:ممثل|ممثلة|وسطه|أعلى|أكثر|بها|of)(?:\s|$)/u)
    }
  })
})

describe('a dateline is not asked about', () => {
  const rows: { text: string; dateline: string }[] = [
    {
      text: 'Probe swings past Venus\n\nDARMSTADT, Germany, Aug 21 (AP) - The European Space Agency probe flew past Venus on Wednesday, passing 3,100 kilometres above the clouds, mission controllers in Germany said.\n\nFlight director Andrea Accomazzo said the pass went as planned in every respect.',
      dateline: 'DARMSTADT',
    },
    {
      text: 'Jet lands safely\n\nGLASGOW, March 8 (Reuters) - A passenger jet bound for Tenerife made an emergency landing at Glasgow Airport on Saturday after one of its two engines failed, police in Scotland said.\n\nChief executive Fiona MacLeod said every passenger walked away from the aircraft.',
      dateline: 'GLASGOW,',
    },
  ]
  it.each(rows)('$dateline', ({ text, dateline }) => {
    const draft = draftQuiz(text)
    expect(draft.quiz.articleText).not.toContain(dateline)
    for (const q of draft.quiz.questions as Question[]) expect(q.prompt.en ?? '').not.toContain(dateline)
  })
})

describe('an Arabic dateline that names its place alone is not asked about', () => {
  const text = `موسم الزيتون يتراجع بسبب الجفاف
الرباط - أعلنت وزارة الفلاحة المغربية، يوم الثلاثاء، أن إنتاج الزيتون هذا الموسم سيبلغ نحو 1.1 مليون طن، بانخفاض قدره 30 في المئة مقارنة بالموسم الماضي.
وقال الوزير أحمد البواري إن الحكومة خصصت 800 مليون درهم لدعم صغار الفلاحين في جهة الرباط.`
  it('leaves «الرباط -» out of the article and of every prompt, and keeps the place where the story names it', () => {
    const draft = draftQuiz(text)
    expect(draft.quiz.articleText).not.toContain('الرباط -')
    expect(draft.quiz.articleText).toContain('في جهة الرباط')
    for (const q of draft.quiz.questions as Question[]) expect(q.prompt.ar ?? '').not.toMatch(/^[^«]*«(?:____|…) - /u)
  })
})

describe('a city that begins a region’s name, and a place word after a superlative, are not asked as places', () => {
  const text = `موسم الزيتون يتراجع
أعلنت وزارة الفلاحة المغربية أن إنتاج الزيتون سيبلغ نحو 1.1 مليون طن هذا الموسم.
وتعد جهة فاس مكناس أكبر منطقة منتجة للزيتون في المملكة، إذ تساهم بنحو 28 في المئة من الإنتاج الوطني.
وزار الوزير مدينة فاس يوم الأربعاء، حيث التقى 300 فلاح من جهة طنجة تطوان الحسيمة.`
  const questions = draftQuiz(text).quiz.questions as Question[]
  const keys = questions.flatMap((q) => (q.type === 'text' ? q.answer.accepted : []))
  it.each(['فاس', 'طنجة', 'منتجة'])('«%s» is no key', (word) => expect(keys).not.toContain(word))
  it('no prompt blanks a part of «جهة فاس مكناس»', () => {
    for (const q of questions) expect(q.prompt.ar ?? '').not.toMatch(/جهة (?:____|…) مكناس/u)
  })
  it('a place after its head is still asked: «مدينة مكناس»', () => {
    const draft = draftQuiz(
      'موسم الزيتون يتراجع\nأعلنت وزارة الفلاحة المغربية أن إنتاج الزيتون سيبلغ نحو 1.1 مليون طن هذا الموسم، بانخفاض قدره 30 في المئة.\nووصل وفد الوزارة إلى مدينة مكناس يوم الخميس لتفقد 40 مزرعة تضررت من الجفاف.\nوتعد جهة فاس مكناس أكبر منطقة منتجة للزيتون في المملكة.',
    )
    const placeKeys = (draft.quiz.questions as Question[]).flatMap((q) => (q.type === 'text' ? q.answer.accepted : []))
    expect(placeKeys).toContain('مكناس')
  })
})

describe('a dateline with the country of its place is cut, a sentence that looks like one is not', () => {
  const rows: [string, string][] = [
    ['DARMSTADT, Germany, Aug 21 (AP) - The probe flew past Venus.', 'The probe flew past Venus.'],
    ['KOUROU, French Guiana (AFP) - The rocket lifted off.', 'The rocket lifted off.'],
    ['Paris, France is big (AFP) - no', 'Paris, France is big (AFP) - no'],
    ['Darmstadt, Germany and Paris, France signed (AFP) - a deal', 'Darmstadt, Germany and Paris, France signed (AFP) - a deal'],
  ]
  it.each(rows)('%s', (input, output) => expect(cleanText(input)).toBe(output))
})
