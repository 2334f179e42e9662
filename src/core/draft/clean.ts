import { MONTHS, WEEKDAYS } from '../date-words.ts'
import { foldLetters } from '../normalize.ts'
import { decodeEntities, htmlToText, looksLikeHtml } from './html.ts'
import { isHeadingLike } from './layout.ts'

/**
 * What pasting does to a text, undone: markup, Windows line ends, no-break and zero-width spaces,
 * bidi controls, tabs and runs of spaces, list bullets and numbers, and the lines a page puts around
 * an article (read-also links, bylines, datelines, credits). Letters, tashkeel and punctuation are
 * kept as they are: the quotes of the draft must be the article's own words.
 */

/** Why a text cannot be drafted from before any reading starts. */
export type UnusableText = 'binary'

// Controls other than tab and line ends, and the replacement character a failed decoding leaves.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g
const SPACES = /[\t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g
const INVISIBLE = /[\u200B\u2060\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069\u00AD]/g
const LINE_BREAKS = /\r\n|\r|\u2028|\u0085/g
// A joiner that joins nothing, next to a space, a mark or a line's end (Word leaves them: «لاعب‌ يصنع»); inside a word or an
// emoji's sequence it stays.
const LOOSE_JOINER = /[\u200C\u200D](?=[\s\p{P}]|$)|(?<=^|[\s\p{P}])[\u200C\u200D]/gmu
// A font's ligatures and Arabic presentation forms a PDF's text layer gives (`ﬁ`, «ﻻ»), written as the letters they stand for.
const PRESENTATION_FORMS = /[\uFB00-\uFB06\uFB13-\uFB17\uFB50-\uFDFF\uFE70-\uFEFC]/gu
// A page's number alone on its line, between a PDF's pages (`2`, `- 2 -`, `Page 2 of 5`, «صفحة 2»): dropped with its line, so
// the sentence it interrupts joins again. Not a year (`2019` may head a timeline's section).
const PAGE_NUMBER = /^\s*(?:[-–—]\s*)?\p{N}{1,3}(?:\s*[-–—])?\s*$|^\s*(?:page|p\.|صفحة|الصفحة)\s*\p{N}{1,4}(?:\s*(?:of|\/|من)\s*\p{N}{1,4})?\s*$/iu
// Markdown's marks: a heading's `#`, a quote's `>`, a rule, `**bold**`, `__bold__`, `*italic*`, `[link](url)`.
const MARKDOWN_HEADING = /^(?:#{1,6}|>)\s+/u
const MARKDOWN_RULE = /^(?:[-*_]\s*){3,}$/u
const MARKDOWN_EMPHASIS = /(\*\*|__)(?=\S)([^*_\n]*?\S)\1|(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}*])/gu
const MARKDOWN_LINK = /\[([^\]\n]+)\]\((?:https?:\/\/|www\.|\/)[^)\s]*\)/gu
// A footnote's marker glued to the word or the mark it follows (`in 1998[1],`, «المئة¹.», «الوزارة[٢]»), not a unit's power
// (`km²`, «م²»: two letters at most before it).
const FOOTNOTE_MARKER =
  /(?<=[\p{L}\p{M}\p{N}.,،؛;:!?؟»”"')])\[(?:\d{1,3}|[\u0660-\u0669]{1,3}|[\u06F0-\u06F9]{1,3})\]|(?<=[\p{L}\p{M}]{3}|[.,،؛;:!?؟»”"')\]])[¹²³⁰⁴-⁹]+/gu
// A note's own line, opening on its marker (`[1] City Council, …`, `² Customer Services …`): no sentence of the story.
const NOTE_LINE = /^(?:\[(?:\d{1,3}|[\u0660-\u0669]{1,3}|[\u06F0-\u06F9]{1,3})\]|[¹²³⁰⁴-⁹]+)\s*\S/u
// Markup a text pasted as plain text still has, one tag or two (`<br>`, `<p>`): a line's end, a paragraph's.
const STRAY_BREAK = /<br\s*\/?>/giu
const STRAY_PARAGRAPH = /<\/?p\b[^<>]*>/giu

// •, ◦, ▪, ‣, ●, ■, ➢, ✓, -, *, –, — before a space; 1. 1) ١- (a) at a line's start.
const BULLET = /^(?:[•◦▪▫‣●○■□➢➤►▶✓✔·*\-–—]|\(?(?:\d{1,3}|[\u0660-\u0669]{1,3}|[a-zA-Z])[.)\-]|\((?:\d{1,3}|[\u0660-\u0669]{1,3})\))\s+/

// Where a word ends: `\b` knows only ASCII letters, so an Arabic word («أيضا», «شارك») ends where no letter, mark or
// digit follows.
const END = '(?![\\p{L}\\p{M}\\p{N}])'
const line = (source: string, flags = 'u') => new RegExp(source, flags)
const WEEKDAY = `(?:${WEEKDAYS.split(' ').join('|')})`

// Lines a web page puts around an article that are not part of it: "read also" links, share and
// follow prompts, bylines (an interview's too), datelines, photo credits, tags, comment counts, copyright. Only
// short lines, whole.
const BOILERPLATE = [
  line(`^(?:اقرأ|إقرأ|اقرا)\\s+(?:أيضا|أيضًا|أيضاً|ايضا|المزيد)${END}`),
  line(
    `^(?:read (?:more|also|next)|see also|(?:related(?: articles?| stories| topics)?|more on this (?:story|topic)|you may also like|most read)\\s*(?::|$)|advertisement|sponsored|share (?:this|on)|follow us|subscribe|sign up)${END}`,
    'iu',
  ),
  // Arabic words that also open a sentence or a headline («شارك 300 عداء», «إعلان النتائج», «نشر الجيش …», «كتب جديدة», «صورة
  // قاتمة») only alone, before a colon or before the date they give.
  line(`^(?:تابعونا|تابعنا)${END}|^(?:شارك|شارك الخبر|شارك المقال|إعلان|اشترك|مواضيع ذات صلة|أخبار ذات صلة|الأكثر قراءة)\\s*(?::|$)`),
  line(`^(?:(?:آخر تحديث|تاريخ النشر|تم النشر)${END}|(?:نُشر|نشر)(?:\\s+(?:في|بتاريخ|يوم))?\\s*:?\\s*(?=\\p{N}|${WEEKDAY}))[^.!?؟]{0,60}$`),
  // (Before a time stamp, see STAMP_LABEL; not a headline's word, `Updated figures show 3 million people`.)
  line(`^(?:published|updated|last updated|last modified|posted)(?:\\s*:|\\s+(?:on|at|by|in)\\s|$)[^.!?؟]{0,60}$`, 'iu'),
  // A page's tools and its path: «حجم الخط», `Listen to this article`, `5 min read`, «الرئيسية / أخبار», `Home > News`.
  line(
    `^(?:حجم الخط|استمع (?:إلى|الى) (?:المقال|الخبر)|listen to this (?:article|story)|skip (?:advertisement|ad)|` +
      `\\p{N}+\\s*(?:min(?:ute)?s?|دقائق|دقيقة)\\s*(?:read|للقراءة|قراءة)$|(?:home|الرئيسية|الصفحة الرئيسية)\\s*[/>»›|])`,
    'iu',
  ),
  line(
    `^(?:(?:by|written by|reporting by|interview(?:ed)? by|بقلم|حاوره|حاورته|حاورها|حاورتها|حاورهم|حاورتهم|حاورهما|حاورتهما|أجرى الحوار|أجرت الحوار)${END}\\s*:?|(?:كتب|كتبت|إعداد|تصوير)\\s*:)\\s*[^.!?؟]{0,60}$`,
    'iu',
  ),
  line(`^(?:(?:photo|photograph|image|picture|source|credit|getty images|reuters|afp)${END}|(?:صورة|الصورة|المصدر)(?:\\s+أرشيفية)?\\s*:)[^.!?؟]{0,80}$`, 'iu'),
  line(`^(?:الوسوم|وسوم|الكلمات المفتاحية|كلمات مفتاحية|كلمات دالة|tags|topics|filed under)\\s*:`, 'iu'),
  line(`^(?:(?:التعليقات|تعليقات|comments?)\\s*(?:\\(\\p{N}+\\)|:?\\s*\\p{N}+)?|\\p{N}+\\s+(?:comments?|تعليقا?ت?))$`, 'iu'),
  // Share buttons, one a line or several: «شارك», «فيسبوك», `WhatsApp`, `Save`, `Copy link`.
  line(
    `^(?:(?:share|save|print|email|e-mail|copy link|facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|messenger|` +
      `فيسبوك|فيس بوك|تويتر|إكس|واتساب|واتس آب|تلغرام|تيليغرام|لينكد إن|لينكدإن|إنستغرام|انستغرام|طباعة|حفظ|نسخ الرابط|بريد إلكتروني)${END}[\\s|,،·•/]*)+$`,
    'iu',
  ),
  // A photo's caption, in brackets («(صورة أرشيفية: …)») or after its label.
  line(`^\\([^()]*\\)$`),
  /©|all rights reserved|جميع الحقوق محفوظة/iu,
  // A press release's label above its story.
  line(`^(?:for immediate release|press release|news release|بيان صحفي|بيان صحافي|للنشر الفوري)${END}\\s*:?$`, 'iu'),
]
// Where a press release's story ends and its boilerplate begins: a heading about the company (`About Northwind Robotics`,
// «نبذة عن الشركة») or a label for the press's contacts (`Media contact:`, `Notes to editors`, `###`, «للتواصل الإعلامي»).
// From there to the end nothing is the story. An `About` heading is of capitalised words (not `About the new rules`).
// Where an article's notes begin: the heading of its references or sources, alone on its line (`References`, «المراجع»); from
// there to the end nothing is the story.
const NOTES_HEADING = line(
  `^(?:references|sources|notes|footnotes|endnotes|bibliography|المراجع|المصادر|المراجع والمصادر|المصادر والمراجع|الهوامش|الحواشي|مراجع|مصادر|هوامش)\\s*:?$`,
  'iu',
)
const RELEASE_END = line(
  `^(?:[Aa]bout(?:\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\p{N}&.'’-]*){1,6}|(?:[Mm]edia|[Pp]ress|[Ii]nvestor)\\s+(?:[Cc]ontacts?|[Ee]nquiries|[Ii]nquiries|[Rr]elations)(?:\\s*:.{0,80})?|` +
    `[Nn]otes? to [Ee]ditors?\\s*:?|[Cc]ontacts?\\s*:.{0,80}|###|-?\\s*(?:ENDS|[Ee]nds)\\s*-?|نبذة عن(?:\\s+[\\p{L}\\p{M}]+){1,5}|عن (?:شركة|مجموعة|مؤسسة)(?:\\s+[\\p{L}\\p{M}]+){1,4}|` +
    `(?:للتواصل|للاستفسارات|الاستفسارات|جهة الاتصال|للاتصال)(?:\\s+[\\p{L}\\p{M}]+){0,2}(?:\\s*:.{0,80})?)$`,
  'u',
)
// A caption may run longer than other lines around an article: `Image caption: Staff at …, where …. Photo: PA Media`.
const CAPTION = line(`^(?:image caption|media caption|photo caption|caption|تعليق الصورة|تعليق على الصورة)\\s*[:,]`, 'iu')
const CAPTION_MAX_WORDS = 40
// A label over a list of links (read-also, related topics, tags): the short lines under it are links too.
const LINKS_LABEL = line(
  `^(?:(?:اقرأ|إقرأ|اقرا)\\s+(?:أيضا|أيضًا|أيضاً|ايضا|المزيد)|read (?:more|also|next)|see also|related(?: articles| stories| topics)?|` +
    `more on this (?:story|topic)|you may also like|most read|مواضيع ذات صلة|أخبار ذات صلة|الأكثر قراءة)\\s*:?$`,
  'iu',
)
const BOILERPLATE_MAX_WORDS = 12

// A page's time stamp, a line of a date and a time only: «الثلاثاء 2 ديسمبر 2025 - 10:42», `03/12/2026 | 07:15 GMT`,
// «منذ 3 ساعات». Its words are calendar and clock words (folded), its other tokens figures and separators; it names a month,
// a weekday or a clock time, or says how long ago (a year alone, `2019`, may head a timeline's section).
const STAMP_WORDS = new Set(
  [
    ...MONTHS.flatMap((m) => m.words.split(' ').flatMap((w) => w.split('_'))),
    ...WEEKDAYS.split(' '),
    ...'gmt utc bst est cet am pm a.m. p.m. at on ago hour hours minute minutes day days the'.split(' '),
    ...'ص م مساء مساءً صباحا صباحاً الساعة يوم في الموافق بتوقيت مكة غرينتش منذ ساعة ساعات ساعتين دقيقة دقائق أيام'.split(' '),
  ].map((w) => foldLetters(w).toLowerCase()),
)
const STAMP_ANCHOR = /\p{N}{1,2}:\p{N}{2}|\p{N}{1,2}[/.]\p{N}{1,2}[/.]\p{N}{2,4}|\p{N}{4}-\p{N}{2}-\p{N}{2}/u
const CLOCK_TOKEN = /^\p{N}{1,2}(?:[:.]\p{N}{2})?[ap]\.?m\.?,?$/iu
const STAMP_SEPARATORS = /^[\p{N}:/.,،|·•\-–—()]+$/u

function isTimeStamp(line: string): boolean {
  if (!/\p{N}/u.test(line)) return false
  let anchored = STAMP_ANCHOR.test(line)
  for (const token of line.split(/\s+/u)) {
    if (token === '' || STAMP_SEPARATORS.test(token)) continue
    // A clock time with its half of the day glued on: `Updated 3.12pm`.
    if (CLOCK_TOKEN.test(token)) {
      anchored = true
      continue
    }
    const word = foldLetters(token.replace(/^[(]+|[)،,:|]+$/gu, '')).toLowerCase()
    const bare = word.replace(/^ال(?=\S{3})/u, '')
    if (!STAMP_WORDS.has(word) && !STAMP_WORDS.has(bare)) return false
    if (!/^(?:at|on|the|يوم|في|الموافق|ص|م)$/u.test(word)) anchored = true
  }
  return anchored
}

// The news agencies and sites a dateline names: «الدار البيضاء – «الشرق الأوسط»», «القاهرة - (رويترز)»,
// "LONDON (Reuters) -".
const AGENCIES =
  'رويترز|أ ف ب|أ\\.ف\\.ب|ا ف ب|أ ش أ|فرانس برس|أسوشيتد برس|د ب أ|الأناضول|الجزيرة نت|الجزيرة|العربية|سكاي نيوز عربية|بي بي سي عربي|بي بي سي|' +
  'الشرق الأوسط|العربي الجديد|القدس العربي|وكالات|سانا|واس|وام|قنا|كونا|بترا|شينخوا|' +
  'Reuters|AP|AFP|Bloomberg|Xinhua|CNN|BBC|dpa|Anadolu|Al Jazeera'
// The source of a dateline: a known agency, quoted or not, or any short name in brackets («(أ ش أ)», "(UPI)").
const SOURCE = `(?:[«"(“]?(?:${AGENCIES})[»")”]?|\\([^()\\n]{1,24}\\)|/[^/\\n]{1,24}/|«[^«»\\n]{1,24}»|“[^“”\\n]{1,24}”)`
// A paper's name after the dash, unquoted, ended by a colon: «تطوان – هسبريس:».
const NAMED_SOURCE = `[\\p{L}\\p{M}]+(?:\\s[\\p{L}\\p{M}]+)?\\s*:`
// The place, its country after a comma in capitalised words ("DARMSTADT, Germany"), and the date an English dateline may
// give after a comma, its month before the day or after it ("GLASGOW, March 8", "Oct. 24, 2024", "ANAND, 28 October").
const COUNTRY = `(?:,\\s*\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,2})?`
const DAY_MONTH = `(?:[\\p{L}.]{0,10}\\s*\\p{N}{1,2}|\\p{N}{1,2}\\s+\\p{L}{3,9}\\.?)`
const DATED = `,\\s*${DAY_MONTH}(?:(?:,\\s*|\\s+)\\p{N}{4})?`
const DATE = `(?:${DATED})?`
const PLACE = `[\\p{L}\\p{M}\\s.'’-]{2,30}?${COUNTRY}${DATE}`
// A line of its own: a place, a dash, the source, maybe a colon («عمّان - (بترا):»), or a paper's name and a colon
// («الدار البيضاء - هسبريس:»).
const DATELINE_LINE = new RegExp(`^${PLACE}\\s*(?:(?:[-–—]\\s*${SOURCE}|\\((?:${AGENCIES})\\))\\s*:?|[-–—]\\s*${NAMED_SOURCE})$`, 'u')
// At the start of a paragraph: "LONDON (Reuters) - ", "GLASGOW, March 8 (Reuters) - ", «القاهرة - (رويترز) - ».
const DATELINE_LEAD = new RegExp(`^${PLACE}\\s*(?:(?:\\((?:${AGENCIES})\\)|[-–—]\\s*${SOURCE})\\s*[-–—:]|[-–—]\\s*${NAMED_SOURCE})\\s+`, 'u')
// A wire's dateline with its agency in brackets, one the list lacks ("ANAND, 28 October (PTI) - ", "PUNE, 5 June (IANS) - ",
// «صفاقس (وات) - »): an English place in capitals or with its date (not "Apple (AAPL) - "), an Arabic one of three words at most.
const DATELINE_AGENCY_LEAD = new RegExp(
  `^(?:\\p{Lu}{3,}(?:[\\s.'’-]+\\p{Lu}{2,})*${COUNTRY}${DATE}|\\p{Lu}[\\p{L}\\s.'’-]{1,29}?${COUNTRY}${DATED}|` +
    `[\\p{Script=Arabic}\\p{M}]+(?: [\\p{Script=Arabic}\\p{M}]+){0,2})\\s*\\((?:\\p{Lu}{2,6}|[\\p{Script=Arabic}\\p{M}]+(?: [\\p{Script=Arabic}\\p{M}]+){0,2})\\)\\s*[-–—:]\\s+`,
  'u',
)
// A press release's, without a source: its place in capitals, maybe a country and a date, and a dash ("EDINBURGH, March 4 - ",
// "NEW YORK — "). Its date is when the release was sent, no fact of the story.
const DATELINE_CAPITALS = new RegExp(`^\\p{Lu}{3,}(?:[\\s.'’-]+\\p{Lu}{2,})*${COUNTRY}${DATE}\\s+(?:--|[-–—])\\s+(?=\\p{Lu})`, 'u')

// An Arabic dateline that names its place alone before a dash: «الرباط - أعلنت الوزارة …», «بيروت ـ قال …»
// (a spaced tatweel serves as a dash), its name maybe with tashkeel («عمّان -»; a shadda is no letter of the
// Arabic script but a mark). Arabic has no capitals to tell a place from a word, so it is cut only
// in the first lines of an article (the headline and the lead), and only before a whole sentence.
const DATELINE_ARABIC_PLACE = /^[\p{Script=Arabic}\p{M}]+(?: [\p{Script=Arabic}\p{M}]+){0,2} [-–—ـ] (?=\p{Script=Arabic})/u
const DATELINE_LINES = 2
const LEAD_SENTENCE_MIN_WORDS = 8
const SENTENCE_END = /[.!؟?]["'”’»)]*$/u

/** The Arabic place-only dateline at the start of the line, when what follows it is a whole sentence of the lead. */
function arabicPlaceDateline(line: string): string | null {
  const match = DATELINE_ARABIC_PLACE.exec(line)
  if (!match) return null
  const rest = line.slice(match[0].length)
  return SENTENCE_END.test(rest) && !wordsAtMost(rest, LEAD_SENTENCE_MIN_WORDS - 1) ? match[0] : null
}

// A time stamp after its label, whatever its clock's punctuation: `Last modified on Wed 3 Dec 2026 09.40 GMT`.
const STAMP_LABEL = /^(?:published|updated|last updated|last modified|posted|نُشر|نشر|آخر تحديث|تاريخ النشر)\s*:?\s+/iu

function isBoilerplate(line: string): boolean {
  if (CAPTION.test(line)) return wordsAtMost(line, CAPTION_MAX_WORDS)
  if (!wordsAtMost(line, BOILERPLATE_MAX_WORDS)) return false
  if (DATELINE_LINE.test(line) || BOILERPLATE.some((pattern) => pattern.test(line)) || isTimeStamp(line)) return true
  // A page's two stamps on one line, split by a bar or a dot: `Published 2 July 2026, 18:40 BST | Updated 19:05 BST`.
  const parts = line.split(/\s+[|·•]\s+/u)
  return parts.every((part) => isTimeStamp(part) || labelledTimeStamp(part))
}

/** A time stamp after its label: `Updated 19:05 BST`, «آخر تحديث: 10:42». */
function labelledTimeStamp(part: string): boolean {
  const label = STAMP_LABEL.exec(part)
  return label !== null && isTimeStamp(part.slice(label[0].length))
}

const WORD = /\S+/gu

/** Whether a line has at most `most` words: counted only that far (a paragraph is no boilerplate, whatever its length). */
function wordsAtMost(line: string, most: number): boolean {
  WORD.lastIndex = 0
  for (let words = 0; WORD.exec(line) !== null; ) if (++words > most) return false
  return true
}

// A live blog's entry opens on its clock time and a dash or colon: «14:05 —», `3.12pm:`, `Updated 15:40 -`. The time is when
// the entry was posted, no fact of the story, and no prompt shows it.
const LIVE_STAMP =
  /^(?:(?:updated|update|تحديث)\s+)?\p{N}{1,2}[:.]\p{N}{2}(?:\s*(?:[ap]\.?m\.?|GMT|BST|UTC|ص|م|مساء|مساءً|صباحا|صباحاً|بتوقيت \p{L}+))?(?:\s+[-–—|]|\s*[:–—|])\s+(?=[\p{L}«"“(])/iu

// A correction or an editor's note appended to an article (or put above it): what an earlier version said, no fact of the
// story. Its paragraph is cut whatever its length.
const CORRECTION =
  /^(?:(?:correction|corrections|clarification|editor['’]?s note|note to readers|تصحيح|توضيح|تنويه|ملاحظة المحرر|ملاحظة من المحرر|استدراك)\s*:|(?:an earlier version of this (?:article|story|report)|this (?:article|story|report) (?:was|has been) (?:amended|corrected))\b)/iu

// A table pasted as text: its cells separated by tabs or by runs of spaces (not the two spaces some type after a sentence's
// end). A row has three short cells at least and no sentence's end, and a table two rows at least, one with a figure; the
// short label ending in a colon above it
// (`Table:`, `Saturday's results:`, «النتائج:») goes with it.
const CELL_GAP = /\t+|(?<![.!?؟:;,،]) {2,}/u
const CELLS_MIN = 3
// A cell is short, and a row no sentence: prose typed with two spaces between its words is no table.
const CELL_MAX_CHARS = 40
const TABLE_LABEL = /^[^.!?؟]{1,40}[:：]$/u

/** The indexes of the lines of `raw` (pasted lines, before their spaces are collapsed) that are rows of a table, or its label. */
function tableRows(raw: string[]): Set<number> {
  const rows = new Set<number>()
  const isRow = raw.map((line) => {
    const trimmed = line.trim()
    const cells = trimmed.split(CELL_GAP)
    return cells.length >= CELLS_MIN && !SENTENCE_END.test(trimmed) && cells.every((c) => c.trim() !== '' && c.length <= CELL_MAX_CHARS)
  })
  for (let i = 0; i < raw.length; ) {
    let j = i
    while (j < raw.length && isRow[j]) j++
    if (j - i >= 2 && raw.slice(i, j).some((row) => /\p{N}/u.test(row))) {
      for (let k = i; k < j; k++) rows.add(k)
      if (i > 0 && TABLE_LABEL.test(raw[i - 1]!.trim()) && wordsAtMost(raw[i - 1]!, 5)) rows.add(i - 1)
    }
    i = j > i ? j : i + 1
  }
  return rows
}

/** A line without Markdown's marks and footnote markers: its words as the article has them. */
function unmark(line: string): string {
  if (MARKDOWN_RULE.test(line)) return ''
  return line
    .replace(MARKDOWN_HEADING, '')
    .replace(MARKDOWN_EMPHASIS, (_, _mark, strong, em) => strong ?? em)
    .replace(MARKDOWN_LINK, '$1')
    .replace(FOOTNOTE_MARKER, '')
}

/** Binary content (a file read as text) rather than writing: NUL bytes or many controls. */
export function unusableText(text: string): UnusableText | null {
  if (text.includes('\u0000')) return 'binary'
  const controls = text.match(CONTROL)?.length ?? 0
  return controls > 8 && controls > text.length / 100 ? 'binary' : null
}

/**
 * The pasted text as clean lines (blank lines kept as paragraph breaks), and the datelines cut from it:
 * no fact of the story, but where it was written (`عمّان -` makes its dinars Jordan's).
 */
export function cleanArticle(input: string): { text: string; datelines: string[] } {
  // A text pasted as plain text keeps the character references and a tag or two of the page it came from.
  const html = looksLikeHtml(input) ? htmlToText(input) : decodeEntities(input.replace(STRAY_BREAK, '\n').replace(STRAY_PARAGRAPH, '\n\n'))
  const datelines: string[] = []
  const cut = (line: string, dateline: RegExp | ((line: string) => string | null)) => {
    const found = typeof dateline === 'function' ? dateline(line) : (dateline.exec(line)?.[0] ?? null)
    if (found === null) return line
    datelines.push(found)
    return line.slice(found.length)
  }
  const pasted = html
    .normalize('NFC')
    .replace(PRESENTATION_FORMS, (form) => form.normalize('NFKC'))
    .replace(LINE_BREAKS, '\n')
    .replace(INVISIBLE, '')
    .replace(LOOSE_JOINER, '')
    .replace(CONTROL, '')
    .split('\n')
    .filter((line) => !PAGE_NUMBER.test(line))
  const tables = tableRows(pasted)
  const lines0 = pasted.map((line, i) =>
    tables.has(i) || NOTE_LINE.test(line.trim())
      ? ''
      : unmark(line.replace(SPACES, ' ').replace(/ {2,}/g, ' ').trim()).replace(BULLET, '').trim().replace(LIVE_STAMP, ''),
  )
  // Under a label alone on its line («اقرأ أيضا», `Related Topics`), the short lines without a sentence's end are its links,
  // blank lines between them or not.
  let links = false
  const lines = lines0.map((line) => {
    if (links && (line === '' || isHeadingLike(line))) return ''
    links = LINKS_LABEL.test(line)
    if (links || isBoilerplate(line) || CORRECTION.test(line)) {
      if (DATELINE_LINE.test(line)) datelines.push(line)
      return ''
    }
    return cut(cut(cut(line, DATELINE_LEAD), DATELINE_AGENCY_LEAD), DATELINE_CAPITALS)
  })
  // A press release's boilerplate, past the story's first half: every line from its heading on.
  const end = lines.findIndex((line, i) => i > lines.length / 2 && (RELEASE_END.test(line) || NOTES_HEADING.test(line)) && wordsAtMost(line, 8))
  if (end > 0) lines.fill('', end)
  let linesOfText = 0
  const text = lines.map((line) => (line !== '' && linesOfText++ < DATELINE_LINES ? cut(line, arabicPlaceDateline) : line)).join('\n')
  return { text, datelines }
}

/** The pasted text as clean lines (blank lines kept as paragraph breaks); see {@link cleanArticle}. */
export function cleanText(input: string): string {
  return cleanArticle(input).text
}
