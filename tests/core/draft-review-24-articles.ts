import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Articles for the twenty-fourth review (draft-review-24.test.ts): how text arrives when a teacher or an editor pastes
 * it. Each article is given twice: `clean`, as an editor would type it (one paragraph per blank-line block, a headline
 * above), and `text`, as pasting produces it — copied from a PDF (one block, lines broken mid-sentence, words hyphenated
 * at line ends, a page number, Arabic ligatures of the PDF's font), with Markdown and HTML remnants (`**bold**`, `##`,
 * `<p>`, `&nbsp;`, `&amp;`, `<br>`), from Word (curly quotes, no-break spaces, soft hyphens, zero-width and bidi marks,
 * tabs), with Windows line ends, runs of blank lines and trailing spaces, Arabic-Indic or Persian digits, footnote markers
 * (`[1]`, `¹`) and a reference list, and a report of 4,000 words and more. The pasted form is built from the clean one by
 * the functions below, each doing what one kind of pasting does. Written for these tests; any likeness to real people is
 * chance.
 */

/** A PDF's text layer of a paragraph: broken into lines of at most `width` characters, a word crossing the margin
 * hyphenated (`hyphenate`, as English PDFs are set) or moved whole to the next line. Its paragraphs follow each other
 * with no blank line between them, the last line of each shorter. */
function pdfLines(clean: string, width: number, hyphenate: boolean): string {
  const words = clean.split(/\s+/u).filter((w) => w !== '')
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    if (line === '') line = word
    else if (line.length + 1 + word.length <= width) line += ` ${word}`
    else if (hyphenate && /^[a-z]+-[a-z]+$/u.test(word) && line.length + 1 + word.indexOf('-') + 1 <= width) {
      // A compound broken after its own hyphen.
      lines.push(`${line} ${word.slice(0, word.indexOf('-') + 1)}`)
      line = word.slice(word.indexOf('-') + 1)
    } else if (hyphenate && /^[a-z]{7,}$/u.test(word) && width - line.length - 2 >= 3 && width - line.length - 2 <= word.length - 3) {
      const head = width - line.length - 2
      lines.push(`${line} ${word.slice(0, head)}-`)
      line = word.slice(head)
    } else {
      lines.push(line)
      line = word
    }
  }
  lines.push(line)
  return lines.join('\n')
}

/** Windows line ends, a run of blank lines between paragraphs, trailing spaces. */
const windows = (text: string) =>
  text
    .split('\n')
    .map((l, i) => (l === '' ? (i % 3 === 0 ? '   ' : '') : `${l}${i % 2 === 0 ? '  ' : ' '}`))
    .join('\r\n')
    .replace(/(\r\n[ ]*){2}/gu, '\r\n\r\n\r\n')

/** Digits in Arabic-Indic (`٠`–`٩`) or Persian (`۰`–`۹`) forms. */
export const arabicIndic = (text: string) => text.replace(/[0-9]/gu, (d) => String.fromCharCode(0x0660 + Number(d)))
export const persian = (text: string) => text.replace(/[0-9]/gu, (d) => String.fromCharCode(0x06f0 + Number(d)))

export const REVIEW_24_ARTICLES: { name: string; lang: Lang; clean: string; text: string }[] = []

// 1. An Arabic ministry report copied from a PDF: one block, lines broken mid-sentence, a page number between pages, the
// font's lam-alef ligature (U+FEFB) where «لا» was set.
const waterClean = `الفاقد المائي في محافظات الشمال يبلغ 48 في المئة

كشف تقرير لوزارة المياه والري صدر يوم الأحد أن نسبة الفاقد من مياه الشرب في محافظات الشمال بلغت 48 في المئة خلال عام 2024، مقارنة بـ41 في المئة في العام السابق.

وأوضح التقرير أن شبكات التوزيع في محافظة إربد وحدها خسرت نحو 37 مليون متر مكعب من المياه، بسبب الاعتداءات على الخطوط وتقادم الأنابيب التي يزيد عمر بعضها على 40 عاماً.

وقال الأمين العام لسلطة المياه سفيان البطاينة إن الوزارة ضبطت 1250 اعتداء على الشبكة خلال الأشهر التسعة الأولى من العام، وأحالت 312 قضية إلى المحاكم.

وأضاف البطاينة أن مشروعاً لاستبدال 600 كيلومتر من الأنابيب القديمة سينطلق في مارس المقبل بكلفة 85 مليون دينار، بتمويل من البنك الأوروبي لإعادة الإعمار والتنمية.

ويعد الأردن من أفقر دول العالم مائياً، إذ لا تتجاوز حصة الفرد من المياه المتجددة 61 متراً مكعباً سنوياً، وفق بيانات الوزارة.`
{
  const [headline, ...body] = waterClean.split('\n\n')
  const lines = body.flatMap((p) => pdfLines(p, 64, false).split('\n'))
  lines.splice(Math.floor(lines.length / 2), 0, '- 2 -')
  REVIEW_24_ARTICLES.push({
    name: 'water-losses-pdf-ar',
    lang: 'ar',
    clean: waterClean,
    text: [headline, ...lines].join('\n').replace(/لا تتجاوز/u, '\uFEFB تتجاوز'),
  })
}

// 2. An English council report copied from a PDF: one block, lines broken mid-sentence, long words hyphenated at the
// margin, a real hyphen (`e-book`) left at a line's end, a page number.
const librariesClean = `Library visits rise for the first time in a decade

Visits to public libraries in Scotland rose by 6.4% in 2025, the first annual increase in more than ten years, according to a report published by the Scottish Library and Information Council on Tuesday.

The report found that libraries recorded 21.3 million visits last year, up from 20.0 million in 2024. Children's events drew 1.1 million attendees, while e-book loans reached a record 4.7 million.

Morag Ellison, the council's chief executive, said the figures showed that libraries were "more than buildings full of books". She warned, however, that 29 branches had closed since 2015 and that opening hours had been cut at a further 140.

Glasgow recorded the largest rise, with visits up 11% to 3.2 million, helped by the reopening of its central library after a £12 million refurbishment that took almost three years.

The council is asking the Scottish Government for £5 million a year to extend opening hours in rural communities, where the nearest branch can be more than 30 miles away.`
{
  const [headline, ...body] = librariesClean.split('\n\n')
  const lines = body.flatMap((p) => pdfLines(p, 57, true).split('\n'))
  lines.splice(Math.floor(lines.length / 2), 0, '2')
  // A ligature of the PDF's font (`ﬁ`).
  const text = [headline, ...lines]
    .join('\n')

    .replace(/figures/gu, '\uFB01gures')
  REVIEW_24_ARTICLES.push({ name: 'libraries-pdf-en', lang: 'en', clean: librariesClean, text })
}

// 3. An Arabic festival story pasted from a CMS's Markdown editor with HTML left in: `#` headings, `**bold**`, `<p>`,
// `<br>`, `&nbsp;`, `&amp;`.
const festivalClean = `مهرجان قرطاج يستقبل 120 ألف متفرج في دورته الـ59

اختتمت مساء السبت فعاليات الدورة الـ59 من مهرجان قرطاج الدولي، بعد 38 عرضاً فنياً استقطبت نحو 120 ألف متفرج، وفق ما أعلنته إدارة المهرجان.

وقالت مديرة المهرجان نادية الزغلامي إن مداخيل بيع التذاكر بلغت 4.2 مليون دينار، بزيادة 15 في المئة مقارنة بالدورة الماضية.

برنامج الدورة
وشارك في الدورة فنانون من 14 دولة، من بينها مصر ولبنان والمغرب وفرنسا، فيما خُصصت 9 عروض للفنانين التونسيين الشبان.

وبيعت تذاكر حفل الافتتاح في أقل من 3 ساعات، وحضره أكثر من 7 آلاف متفرج على مدارج المسرح الأثري.

الدعم والتمويل
وأوضحت الزغلامي أن وزارة الشؤون الثقافية ساهمت بـ2.5 مليون دينار في ميزانية المهرجان، إلى جانب شركتي Ooredoo & Orange.`
REVIEW_24_ARTICLES.push({
  name: 'carthage-festival-markdown-ar',
  lang: 'ar',
  clean: festivalClean,
  text: `# مهرجان قرطاج يستقبل 120 ألف متفرج في دورته الـ59

**اختتمت مساء السبت** فعاليات الدورة الـ59 من مهرجان قرطاج الدولي، بعد 38 عرضاً فنياً استقطبت نحو **120 ألف متفرج**، وفق ما أعلنته إدارة المهرجان.

وقالت مديرة المهرجان *نادية الزغلامي* إن مداخيل بيع التذاكر بلغت 4.2 مليون دينار، بزيادة 15 في المئة مقارنة بالدورة الماضية.

## برنامج الدورة

<p>وشارك في الدورة فنانون من 14&nbsp;دولة، من بينها مصر ولبنان والمغرب وفرنسا، فيما خُصصت 9&nbsp;عروض للفنانين التونسيين الشبان.</p>

وبيعت تذاكر حفل الافتتاح في أقل من 3 ساعات،<br>وحضره أكثر من 7 آلاف متفرج على مدارج المسرح الأثري.

## الدعم والتمويل

وأوضحت الزغلامي أن وزارة الشؤون الثقافية ساهمت بـ2.5 مليون دينار في ميزانية المهرجان، إلى جانب شركتي Ooredoo &amp; Orange.`,
})

// 4. An Arabic transfer story pasted from Word: curly quotes, no-break spaces before figures and units, a tab opening each
// paragraph, right-to-left marks after punctuation and embeddings around Latin names and figures (U+202B … U+202C,
// U+200E), a zero-width space and a soft hyphen in a Latin name.
const transferClean = `الوداد يتعاقد مع المهاجم الغاني كوفي منساه لثلاثة مواسم

أعلن نادي الوداد الرياضي يوم الخميس تعاقده مع المهاجم الغاني كوفي منساه قادماً من نادي أستون فيلا الإنجليزي، في صفقة بلغت قيمتها 3.5 مليون يورو.

وقال رئيس النادي هشام الدكيك إن اللاعب، البالغ من العمر 24 عاماً، وقّع عقداً يمتد لثلاثة مواسم، ويتضمن شرطاً جزائياً بقيمة 12 مليون يورو.

وسجل منساه 17 هدفاً في 31 مباراة خلال الموسم الماضي مع فريق Birmingham City على سبيل الإعارة.

وأضاف الدكيك: “نريد فريقاً ينافس على لقب دوري أبطال أفريقيا، ومنساه لاعب يصنع الفارق”.

وكان الوداد قد أنفق نحو 8 ملايين يورو على 5 صفقات خلال فترة الانتقالات الصيفية.`
{
  const text = transferClean
    .split('\n\n')
    .map((p, i) => (i === 0 ? p : `\t${p}`))
    .join('\n\n')
    .replace(/ (?=\d)/gu, '\u00A0')
    .replace(/(\d) (?=مليون|ملايين|هدفاً|عاماً|مباراة|صفقات)/gu, '$1\u00A0')
    .replace(/، /gu, '،\u200F ')
    .replace(/(\d+(?:\.\d+)?)/gu, '\u202B$1\u202C')
    .replace('Birmingham City', '\u200EBirming\u00ADham\u200B City\u200E')
    .replace('لاعب يصنع', 'لاعب\u200C يصنع')
  REVIEW_24_ARTICLES.push({ name: 'wydad-transfer-word-ar', lang: 'ar', clean: transferClean, text })
}

// 5. An Arabic health survey with Windows line ends, runs of blank lines, trailing spaces, Arabic-Indic digits (one
// paragraph in Persian digits, typed on another keyboard), footnote markers ([1], ¹) and its references at the end.
const diabetesClean = arabicIndic(`مسح: السكري يصيب واحداً من كل خمسة بالغين في المملكة

أظهر مسح وطني أجرته وزارة الصحة السعودية عام 2025 أن 18.7 في المئة من البالغين مصابون بداء السكري من النوع الثاني، ارتفاعاً من 15.2 في المئة في مسح عام 2019.

وشمل المسح 12400 شخص تتراوح أعمارهم بين 18 و70 عاماً في 13 منطقة إدارية، وجرى خلال الفترة من يناير إلى يونيو.

وقال وكيل الوزارة للصحة العامة عبد الله العسيري إن نحو 40 في المئة من المصابين لم يكونوا يعلمون بإصابتهم قبل الفحص.

وسجلت منطقة الجوف أعلى نسبة إصابة بلغت 24.1 في المئة، فيما سجلت منطقة جازان أدنى نسبة عند 11.3 في المئة.

وتنفق المملكة نحو 17 مليار ريال سنوياً على علاج السكري ومضاعفاته، بحسب تقديرات الوزارة.`)
{
  const paragraphs = diabetesClean.split('\n\n')
  paragraphs[1] = paragraphs[1]!.replace('٢٠١٩.', '٢٠١٩[1].')
  paragraphs[2] = persian(paragraphs[2]!.replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x0660)))
  paragraphs[4] = paragraphs[4]!.replace('المئة.', 'المئة¹.')
  paragraphs[5] = paragraphs[5]!.replace('الوزارة.', 'الوزارة[٢].')
  const text = windows(
    [
      ...paragraphs,
      'المراجع',
      '[1] وزارة الصحة، المسح الوطني للصحة ٢٠١٩، الرياض.',
      '¹ البيانات حسب المنطقة الإدارية، الجدول ٤.',
      '[٢] التقرير السنوي لوزارة الصحة ٢٠٢٤، ص ٨٨.',
    ].join('\n\n'),
  )
  REVIEW_24_ARTICLES.push({ name: 'diabetes-survey-digits-ar', lang: 'ar', clean: diabetesClean, text })
}

// 6. An English council's annual report on its wards, over 4,000 words, pasted from a word processor with Windows line
// ends, blank lines in runs, trailing spaces, footnote markers and a reference list. Its ward sections follow one plan
// with each ward's own figures and people, as such reports do.
const WARDS: [string, string, number][] = [
  ['Abbey', 'Helen Marsh', 3],
  ['Barton', 'Samuel Okafor', 5],
  ['Castlefield', 'Priya Nair', 2],
  ['Dunmore', 'Owen Pritchard', 7],
  ['Eastgate', 'Fiona Keane', 4],
  ['Fairview', 'Tom Ashby', 6],
  ['Greenhill', 'Grace Adeyemi', 3],
  ['Harbour', 'Liam Doherty', 8],
  ['Ironbridge', 'Nadia Rahman', 5],
  ['Jubilee', 'Peter Lund', 2],
  ['Kingsmead', 'Ruth Calder', 9],
  ['Longford', 'Ahmed Siddiqui', 4],
  ['Millbrook', 'Claire Dunne', 6],
  ['Northfield', 'Ewan Baird', 3],
  ['Oakwood', 'Maria Costa', 7],
  ['Parkside', 'James Whitlock', 5],
  ['Queensway', 'Anita Gill', 2],
  ['Riverside', 'Colin Meek', 8],
  ['Stanton', 'Joanna Price', 4],
  ['Templeton', 'Daniel Reyes', 6],
  ['Upperby', 'Sian Hughes', 3],
  ['Victoria', 'Marcus Bell', 9],
  ['Westfield', 'Laura Finch', 5],
  ['Yarrow', 'Kofi Mensah', 7],
  ['Ashgrove', 'Eilidh Ross', 4],
  ['Brookside', 'Hamid Karimi', 6],
]
const wardSection = ([ward, councillor, n]: [string, string, number], i: number) => {
  const homes = 40 + n * 13 + i * 7
  const potholes = 120 + n * 31 + i * 11
  const pupils = 600 + n * 45 + i * 23
  const spend = (1.2 + n * 0.35 + i * 0.05).toFixed(2)
  const trees = 50 + n * 12 + i * 3
  return `${ward} ward
In ${ward}, the council completed ${homes} new affordable homes during the year, and repaired ${potholes} potholes reported by residents through the online service. Councillor ${councillor}, who chairs the ward committee, said the new homes had gone first to families who had waited longest on the housing list, some of them for more than ${n + 3} years. The ward's schools taught ${pupils} pupils, and the council spent £${spend} million on repairs to school buildings, most of it on roofs and heating that had not been replaced since the buildings opened. Volunteers planted ${trees} trees along the ward's streets and in its parks over the winter, and the library extended its opening hours to ${n + 40} hours a week after residents asked for later evenings. The committee met ${n + 6} times in public and heard ${n * 4 + 10} questions from residents, most of them about parking, bins and the state of the pavements.`
}
const reportClean = `Council report: 3,900 new homes and a record year for repairs

The city council built 3,900 affordable homes in the year to March 2026, the most in a single year since records began in 1998, according to its annual report published on Monday.

The report, which runs to 212 pages, covers the council's 26 wards one by one. It says the council spent £418 million on housing, roads and schools, and that its staff answered 1.3 million calls from residents, up from 1.1 million the year before.

The council's leader, Margaret Holt, said the figures showed what a council could do when it was given the money to plan ahead. The opposition's leader, Graham Pellow, said the report left out the 6,200 households still waiting for a home.

${WARDS.map(wardSection).join('\n\n')}

Looking ahead
The council plans to build a further 4,500 homes over the next three years, and has asked the government for £95 million towards the cost. Its leader said the plan would be published in full in June.`
{
  const paragraphs = reportClean.split('\n\n')
  paragraphs[1] = paragraphs[1]!.replace('in 1998,', 'in 1998[1],')
  paragraphs[2] = paragraphs[2]!.replace('the year before.', 'the year before.²')
  const text = windows(
    [...paragraphs, 'References', '[1] City Council, Housing Statistics 1998–2026, table 3.', '² Customer Services Annual Review 2025/26, p. 14.'].join('\n\n'),
  )
  REVIEW_24_ARTICLES.push({ name: 'council-annual-report-long-en', lang: 'en', clean: reportClean, text })
}
