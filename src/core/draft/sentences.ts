/**
 * Sentences and clauses of a paragraph, as offsets into its text, so that every quote taken from
 * them is the paragraph's own characters.
 */

import { MONTHS, WEEKDAYS } from '../date-words.ts'
import { foldLetters } from '../normalize.ts'
import { hasNumber, monthEndsSentence, signBeforeDigits, wordsOf } from './mentions.ts'

export type Span = { start: number; end: number }

// A sentence ends at . ! ? ؟ … (and the quote or bracket closing it) before a space or the end —
// not inside a number (2.5, 6.000) and not after an abbreviation or an initial (Dr., U.S., J. Smith).
const SENTENCE_END = /[.!?؟…]+["'”’»)\]]*(?=\s|$)/gu
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st jr sr gen col lt sgt capt gov sen rep pres coun cllr supt insp det no vs etc inc ltd co corp dept univ ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec est approx fig al e.g i.e u.s u.k u.n a.m p.m'
  ).split(' '),
)

const INITIALS = /^(?:[A-Z]\.)+[A-Z]$/u

function abbreviationBefore(text: string, dot: number): boolean {
  // A currency's sign in letters before its digits: Rs. 20.
  if (signBeforeDigits(text, dot)) return true
  const before = text.slice(Math.max(0, dot - 12), dot).match(/([A-Za-z][A-Za-z.]*)$/)
  if (!before) return false
  // The letter after a slash ends a unit (90 km/h. Regional …), not an initial.
  if (text[dot - before[1]!.length - 1] === '/') return false
  const word = before[1]!.toLowerCase()
  // Initials, one capital each (J.K. Rowling, P.D. James): no sentence ends on them.
  return word.length === 1 || INITIALS.test(before[1]!) || ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, ''))
}

/** Whether the period at `dot` ends a month's abbreviation after a day, before a new sentence (on 14 Jan. Two men …). */
function monthAbbreviationEnds(text: string, dot: number): boolean {
  const raw = text.slice(Math.max(0, dot - 5), dot + 1).match(/\S+$/u)?.[0] ?? ''
  return monthEndsSentence(text, dot + 1, raw)
}

/** Trims spaces off both ends of a span. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span
  while (start < end && /\s/u.test(text[start]!)) start++
  while (end > start && /\s/u.test(text[end - 1]!)) end--
  return { start, end }
}

const QUOTE_PAIRS: Record<string, string> = { '«': '»', '“': '”', '"': '"' }

/** The quotations of a paragraph (opening to closing mark), closed ones only. */
function quotations(text: string): Span[] {
  const spans: Span[] = []
  for (let i = 0; i < text.length; i++) {
    const close = QUOTE_PAIRS[text[i]!]
    if (!close) continue
    const end = text.indexOf(close, i + 1)
    if (end < 0) continue
    spans.push({ start: i, end })
    i = end
  }
  return spans
}

// An interview's label of who speaks, opening a paragraph («س:», «ج:», «سؤال:», `Q:`, `A:`): no sentence's words, so no
// quote's. A speaker's name as the label (`Fox:`, «العمري:») stays, saying who speaks, as a topic's does in a list (`Child
// Benefit: rises by 3.8%`), and so does `Q3:`.
const SPEAKER_LABEL = /^(?:س|ج|سؤال|جواب|السؤال|الجواب|Q|A|Question|Answer)\s*[:：]\s+/u

/**
 * The sentences of a paragraph, in order, as trimmed spans; never empty for non-blank text. A
 * quotation of several sentences («مشينا أربعة أيام. لم نجد ماء») stays inside one sentence.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = []
  const quoted = quotations(text)
  let start = SPEAKER_LABEL.exec(text)?.[0].length ?? 0
  SENTENCE_END.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = SENTENCE_END.exec(text)) !== null) {
    const end = m.index + m[0].length
    if (m[0][0] === '.' && m[0].length === 1 && abbreviationBefore(text, m.index) && !monthAbbreviationEnds(text, m.index)) continue
    if (quoted.some((q) => q.start < m!.index && end <= q.end)) continue
    const span = trimSpan(text, { start, end })
    if (span.end > span.start) spans.push(span)
    start = end
  }
  const rest = trimSpan(text, { start, end: text.length })
  if (rest.end > rest.start) spans.push(rest)
  return spans
}

// Where a clause may be cut: after a comma, semicolon or dash, before a conjunction that opens a
// clause of its own (فيما، بينما، في حين، حيث، whereas, while …), and before a part of what came
// before (بينهم، منهم، من بينهم — never between من and بينهم —, including, among them).
const CLAUSE_BREAK =
  /[,،;؛—–]\s+|\s+[-–—]\s+|(?<!(?:^|\s)من)\s(?=(?:فيما|بينما|في حين|حيث|كما|إذ|بينهم|بينهن|منهم|منهن|بينها|منها|من بينهم|whereas|while|although|but|including|among them|of whom|of which)\s)/gu

// Partitives: after a number they count from the clause they stand in (نُقل ثلاثة منهم، three of whom): no cut there.
const PARTITIVE = /^\s(?:منهم|منهن|منها|of whom|of which)\s/u

// A relative pronoun opening a clause after a comma.
const RELATIVE = /^(?:which|who|whose|whom|الذي|التي|الذين|اللذان|اللتان|اللذين|اللتين|اللواتي|اللاتي|اللائي)\s/iu

// Nouns of quantity a partitive counts from as from a number (أعلى كمية منها، عدد منهم، جزء منها، نسبة منهم).
const QUANTITY_NOUNS = new Set('كمية الكمية عدد العدد جزء الجزء نسبة النسبة قسم بعض الكثير العديد كثير قليل'.split(' ').map(foldLetters))

/** Whether the word before offset `at` of `body` is a number (11، ثلاثة، three) or a noun of quantity (كمية، عدد). */
function numberBefore(body: string, at: number): boolean {
  const word = body.slice(0, at).match(/(\S+)\s*$/u)?.[1]
  const first = word === undefined ? undefined : wordsOf(word)[0]
  return first !== undefined && (hasNumber(first) || QUANTITY_NOUNS.has(foldLetters(word!).replace(/(?<=\S{3})ا$/u, '')))
}

// Month and weekday names, folded, with an abbreviation's period or not (Nov., Sept, نوفمبر, الثلاثاء).
const MONTH_WORDS = new Set(
  MONTHS.flatMap((m) => m.words.split(' '))
    .filter((w) => !w.includes('_'))
    .map(foldLetters),
)
const WEEKDAY_WORDS = new Set(WEEKDAYS.split(' ').map(foldLetters))
const calendarWord = (word: string | undefined, names: Set<string>) =>
  word !== undefined &&
  names.has(
    foldLetters(word.replace(/\.$/u, ''))
      .toLowerCase()
      .replace(/^(?:[وفب]|ل)?(?=ال)/u, ''),
  )
const DAY = /^[0-9\u0660-\u0669]{1,2}(?:st|nd|rd|th)?$/u

/**
 * Whether a comma at `at` of `body` stands inside a date: between its day and its year (Nov. 29, 2024), or
 * between a weekday and the date it names (Friday, Nov. 29; «يوم الثلاثاء، 18 نوفمبر»). A quote is never cut there.
 */
function insideDate(body: string, at: number, after: number): boolean {
  const before = body.slice(Math.max(0, at - 24), at).split(/\s+/u)
  const next = body.slice(after, after + 24).split(/\s+/u)
  const [last, previous] = [before[before.length - 1], before[before.length - 2]]
  // Month day, year: "Nov 29, 2024", "September 8, 2023".
  if (DAY.test(last ?? '') && calendarWord(previous, MONTH_WORDS) && /^[0-9\u0660-\u0669]{4}\b/u.test(next[0] ?? '')) return true
  // Weekday, date: "Friday, Nov. 29", "Friday, 29 November", «الثلاثاء، 18 نوفمبر».
  if (!calendarWord(last, WEEKDAY_WORDS)) return false
  const [first, second] = next
  return (
    (calendarWord(first, MONTH_WORDS) && DAY.test((second ?? '').replace(/[,،.]$/u, ''))) ||
    (DAY.test(first ?? '') && calendarWord(second?.replace(/[,،]$/u, ''), MONTH_WORDS))
  )
}

// A sentence's clauses, cut once: a draft quotes the same sentences in every composition of its questions. By text,
// then sentence; bounded, emptied when full. (Spans are never changed: they are shared.)
const CLAUSES = new Map<string, Map<string, Span[]>>()
const CLAUSES_TEXTS_MAX = 1000

/** The clauses of a sentence span, as trimmed spans of the same text. */
export function clauseSpans(text: string, sentence: Span): Span[] {
  let bySentence = CLAUSES.get(text)
  if (bySentence === undefined) {
    if (CLAUSES.size >= CLAUSES_TEXTS_MAX) CLAUSES.clear()
    CLAUSES.set(text, (bySentence = new Map()))
  }
  const key = `${sentence.start}:${sentence.end}`
  let spans = bySentence.get(key)
  if (spans === undefined) bySentence.set(key, (spans = cutClauses(text, sentence)))
  return spans
}

function cutClauses(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end)
  const spans: Span[] = []
  let start = 0
  CLAUSE_BREAK.lastIndex = 0
  let m: RegExpExecArray | null
  // Inside a relative clause set off by commas (The train, which was carrying 320 passengers, left …;
  // إن القطار، الذي كان يقل 320 راكبًا، انحرفت …): it and the clause it interrupts are one clause.
  let relative = false
  // Inside brackets (… seven hours (hazard ratio 1.22, 95% confidence interval 1.01 to 1.48)): no cut, as a quote cut there
  // would open a bracket it never closes.
  let depth = 0
  let scanned = 0
  while ((m = CLAUSE_BREAK.exec(body)) !== null) {
    for (; scanned < m.index; scanned++) {
      const c = body[scanned]
      if (c === '(') depth++
      else if (c === ')' && depth > 0) depth--
    }
    if (depth > 0) continue
    if (PARTITIVE.test(body.slice(m.index)) && numberBefore(body, m.index)) continue
    const comma = /^[,،]/u.test(m[0])
    if (comma && insideDate(body, m.index, m.index + m[0].length)) continue
    if (relative && comma) {
      relative = false
      continue
    }
    if (comma && RELATIVE.test(body.slice(m.index + m[0].length))) {
      relative = true
      continue
    }
    relative = false
    const cut = m.index + (/^[,،;؛—–]/u.test(m[0]) ? 1 : 0)
    const span = trimSpan(text, { start: sentence.start + start, end: sentence.start + cut })
    if (span.end > span.start) spans.push(span)
    start = m.index + m[0].length
  }
  const last = trimSpan(text, { start: sentence.start + start, end: sentence.end })
  if (last.end > last.start) spans.push(last)
  return spans
}
