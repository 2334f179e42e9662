import type { Lang } from '../quiz-schema.ts'

/**
 * Every sentence the drafter writes for a reader, in the article's language: instructions of
 * cloze items, true/false statements, explanations. Questions quote the article; these frame it.
 */

export type Phrasing = {
  /** The gap of a cloze item, where the answer stood. */
  blank: string
  /** What stands for another question's answer inside a quoted sentence. */
  masked: string
  /** The article's words, quoted. */
  quote(text: string): string
  /** An excerpt: the quoted words with an ellipsis where the sentence goes on. */
  excerpt(text: string, cutBefore: boolean, cutAfter: boolean): string
  /** Type the number that fills the gap. */
  fillNumber(cloze: string): string
  /** Pick what fills the gap. */
  pickNumber(cloze: string): string
  /** Type the score that fills the gap. */
  fillScore(cloze: string): string
  /** Type the vote's tally that fills the gap. */
  fillVote(cloze: string): string
  /** Type the ratio that fills the gap. */
  fillRatio(cloze: string): string
  /** Type the name that fills the gap. */
  fillName(cloze: string): string
  /** Pick the name that fills the gap. */
  pickName(cloze: string): string
  /** True or false: a statement. */
  trueOrFalse(statement: string): string
  /** Tick every true statement among the choices (about one paragraph). */
  pickTrue(): string
  /** The sum of the numbers missing from a quoted sentence. */
  totalOf(masked: string, count: number): string
  /** Why the answer is right: the article's words. */
  because(quote: string): string
  /** Why a false statement is false: what the article says instead. */
  becauseNot(quote: string, wrong: string): string
  /** Why a total is right: the parts and their sum. */
  becauseSum(quote: string, parts: string[], total: string): string
  /** A title when the article gives none: its first words. */
  untitled(firstWords: string): string
  /** The source of a pasted article, until someone names it. */
  pastedSource: string
}

const ELLIPSIS = '…'

/**
 * An excerpt's words with an ellipsis where the sentence goes on before or after them; one ellipsis
 * where a hidden answer already ends (or starts) them («واستقر في …», not «واستقر في … …»).
 */
function cut(text: string, before: boolean, after: boolean): string {
  const head = before && !text.startsWith(ELLIPSIS) ? `${ELLIPSIS} ` : ''
  const tail = after && !text.endsWith(ELLIPSIS) ? ` ${ELLIPSIS}` : ''
  return `${head}${text}${tail}`
}

const ar: Phrasing = {
  blank: '____',
  masked: '…',
  quote: (text) => `«${text}»`,
  excerpt: (text, before, after) => `«${cut(text, before, after)}»`,
  fillNumber: (cloze) => `أكمل الفراغ بحسب المقال: ${cloze}`,
  pickNumber: (cloze) => `اختر ما يملأ الفراغ بحسب المقال: ${cloze}`,
  fillName: (cloze) => `أكمل الفراغ بالاسم الوارد في المقال: ${cloze}`,
  // Not «التي انتهت بها المباراة»: a score may be a quarter's, a half's or a series' («تقدم في الربع الأول 24-19»).
  fillScore: (cloze) => `اكتب النتيجة كما وردت في المقال: ${cloze}`,
  fillVote: (cloze) => `اكتب نتيجة التصويت كما وردت في المقال: ${cloze}`,
  fillRatio: (cloze) => `اكتب النسبة كما وردت في المقال: ${cloze}`,
  pickName: (cloze) => `اختر الاسم الذي يملأ الفراغ بحسب المقال: ${cloze}`,
  trueOrFalse: (statement) => `صواب أم خطأ بحسب المقال؟ ${statement}`,
  pickTrue: () => 'أيّ العبارات الآتية صحيحة بحسب المقال؟ اختر كل العبارات الصحيحة.',
  totalOf: (masked, count) => `بحسب المقال: ${masked}. ما مجموع ${count === 2 ? 'العددين المحذوفين' : 'الأعداد المحذوفة'}؟`,
  because: (quote) => `جاء في المقال: ${quote}.`,
  becauseNot: (quote, wrong) => `العبارة خاطئة: جاء في المقال ${quote}، لا ${wrong}.`,
  becauseSum: (quote, parts, total) => `جاء في المقال: ${quote}، والمجموع ${parts.join(' + ')} = ${total}.`,
  untitled: (firstWords) => `${firstWords}…`,
  pastedSource: 'نص مُلصق',
}

const en: Phrasing = {
  blank: '____',
  masked: '…',
  quote: (text) => `“${text}”`,
  excerpt: (text, before, after) => `“${cut(text, before, after)}”`,
  fillNumber: (cloze) => `Fill in the blank from the article: ${cloze}`,
  pickNumber: (cloze) => `Which fills the blank, according to the article? ${cloze}`,
  fillName: (cloze) => `Fill in the blank with the name the article gives: ${cloze}`,
  fillScore: (cloze) => `Write the score the article gives: ${cloze}`,
  fillVote: (cloze) => `Write the vote the article gives: ${cloze}`,
  fillRatio: (cloze) => `Write the ratio the article gives: ${cloze}`,
  pickName: (cloze) => `Which name fills the blank, according to the article? ${cloze}`,
  trueOrFalse: (statement) => `True or false, according to the article? ${statement}`,
  pickTrue: () => 'Which of these statements are true, according to the article? Choose every true one.',
  totalOf: (masked, count) => `The article says: ${masked}. What is the total of the ${count === 2 ? 'two' : count} missing numbers?`,
  because: (quote) => `The article says: ${quote}.`,
  becauseNot: (quote, wrong) => `False: the article says ${quote}, not ${wrong}.`,
  becauseSum: (quote, parts, total) => `The article says: ${quote}; ${parts.join(' + ')} = ${total}.`,
  untitled: (firstWords) => `${firstWords}…`,
  pastedSource: 'Pasted text',
}

export const PHRASING: Record<Lang, Phrasing> = { ar, en }
