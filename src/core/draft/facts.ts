import { foldLetters } from '../normalize.ts'
import { lookupSymbol } from '../numbers-lexicon.ts'
import { tokenize } from '../numbers-tokenizer.ts'
import { CITIES, COUNTRIES, OTHER_DOLLAR_PLACES, REGIONS } from '../places.ts'
import { imperialUnit } from '../quoted-equivalents.ts'
import type { Paragraph } from '../quiz-schema.ts'
import { isCurrency, type Unit } from '../unit-names.ts'
import { currenciesOf, dimensionOf, parseQuantity, roundQuantity } from '../units.ts'
import { UNCODED_CURRENCY_WORDS } from '../unit-words.ts'
import { findMentions, gluedScale, hasNumber, isCurrencySign, minusWordBefore, wordsOf, type Mention, type Word } from './mentions.ts'
import { note, type DraftNote } from './notes.ts'
import { clauseSpans, sentenceSpans, type Span } from './sentences.ts'
import { dotsGroupThousands, withDotsAsThousands } from './thousands-dots.ts'

/**
 * The numeric facts of an article: every quantity it states, with the sentence and clause that
 * state it, and the reason for each number that is not a fact (a label, a year in a name, the
 * same fact again). Sums of a listed pair (`1000 عامل … و5000 عامل`) are facts too: inferred.
 */

export type FactKind = 'people' | 'count' | ReturnType<typeof dimensionOf>

export type NumberFact = {
  paragraph: number
  sentence: Span
  /** The smallest clause holding the quantity: the evidence of a question about it. */
  clause: Span
  mention: Mention
  value: number
  unit: Unit
  kind: FactKind
  /** What the number counts, folded, for telling a repeated fact from another (`جندي`, `tanks`). */
  counted: string
  /** For a total: the listed quantities it adds up (each a fact of its own). */
  parts: NumberFact[] | null
  /**
   * Money in a currency word several countries use (دينار, riyals, pounds), in an article naming none of them nor a town
   * of theirs: its unit is `count`, and it is asked only in the article's words (a choice, a statement), never as a
   * number to type, whose key would show the editor a cost with no currency (note `currency-unknown`).
   */
  asWritten?: true
}

/** A match result (`3-1`, `2:1`): two numbers that are one fact, asked as text. */
export type ScoreFact = {
  paragraph: number
  sentence: Span
  clause: Span
  start: number
  end: number
  home: number
  away: number
  /** A vote's tally (voted 37 to 22, 37 votes to 22), not a match's score. */
  vote?: boolean
  /** A ratio («نسبة المدخنين بين الذكور والإناث تبلغ 3 إلى 1», `a ratio of 3 to 1`), not a match's score. */
  ratio?: boolean
}

/**
 * A race's time in minutes and seconds as the article writes it (1:52.34, 3:59.1, «1:52.34 دقيقة»,
 * "finished in 3:59"): the grader reads no m:ss, and a bare m:ss may be h:mm, so it is asked with
 * choices written the same way (start..end is the clock). Never a time of day or a score.
 */
export type TimeFact = { paragraph: number; sentence: Span; clause: Span; start: number; end: number }

/**
 * An edition or anniversary written as an ordinal in digits (`the 41st annual show`, `its 25th anniversary`, `the 150th
 * edition`, «الدورة الـ41», «النسخة الـ12»): asked with ordinals written the same way beside it (`39th / 40th / 41st /
 * 42nd`, «الـ39 / الـ40 / الـ41 / الـ42»), never as a count. `value` is the ordinal's number; start..end the ordinal.
 */
export type EditionFact = { paragraph: number; sentence: Span; clause: Span; start: number; end: number; value: number }

export type ArticleFacts = {
  facts: NumberFact[]
  scores: ScoreFact[]
  times: TimeFact[]
  editions: EditionFact[]
  notes: DraftNote[]
  /** Per paragraph: its sentences and its words. */
  sentences: Span[][]
  words: Word[][]
  /** Every statement of a fact (the first and any repeat), with the fact: what other questions must not show. */
  /** Where each fact is stated; `gives` marks a statement that gives the fact away without being it (a share's complement). */
  statements: { paragraph: number; mention: Mention; fact: NumberFact; gives?: true }[]
  /**
   * The bounds of the article's ranges (an estimate of `$4 million to $6 million`), each with its paragraph and the unit read
   * with either bound (60 of «بين 60 و100 ملم» in millimetres): values it states of a thing, though no facts.
   */
  bounds: { paragraph: number; value: number; unit: Unit | null }[]
}

export function kindOf(unit: Unit): FactKind {
  if (unit === 'person') return 'people'
  if (unit === 'count') return 'count'
  return dimensionOf(unit)
}

// A number right after one of these names something rather than counting it (المادة 51, Route 66).
const LABEL_WORDS = new Set(
  (
    'رقم الدقيقة دقيقة المادة مادة الفقرة فقرة البند بند القرار قرار الطريق طريق الفصل فصل الجزء جزء الصفحة صفحة غرفة الغرفة رحلة الرحلة ' +
    'الإصدار إصدار النسخة نسخة طراز الطراز الموديل بوابة البوابة المنصة منصة المقعد مقعد المستوى الدرجة الصف الحلقة حلقة ' +
    'الموسم موسم العدد الجولة جولة المرحلة المباراة القسم قسم الشارع شارع المبنى مبنى المنطقة الكيلو الكيلومتر الساعة ' +
    'عيار مدرج المدرج ' +
    // Products and systems written in Arabic letters, which have no capitals: أندرويد 15، آيفون 16، ويندوز 11.
    'أندرويد اندرويد آيفون ايفون أيفون ويندوز بلايستيشن جالاكسي غالاكسي بيكسل آيباد ايباد ' +
    'no number article section chapter part resolution route highway page room flight version model gate platform seat level runway terminal ' +
    'grade class episode season issue round stage phase lane street building unit ward district line channel track type category ' +
    // A kind of a disease or a thing (type 2 diabetes, السكري من النوع 2).
    'النوع نوع الفئة فئة'
  )
    .split(' ')
    .map(foldLetters),
)

// A number right after one of these is an identifier, whatever unit a word after it seems to give («رقم 17 لسنة 2023»).
const IDENTIFIER_WORDS = new Set(['رقم', 'no', 'no.', 'number'].map(foldLetters))
// The statistics of a study around a number: a p-value, a ratio of risks or odds, a confidence interval («فاصل الثقة»).
// (Their abbreviations in capitals only: `or $1.47 a share` is no odds ratio.)
const STATISTIC_BEFORE =
  /(?:\b[Pp]\s*[=<>≤]\s*|\b(?:[Hh]azard|[Oo]dds|[Rr]isk|[Rr]ate) ratio\s*(?:of|was|:|=)?\s*|\b(?:[Rr]elative risk|HR|OR|RR|CI)\s*[=:]?\s*)$/u
const STATISTIC_AFTER = /^\s*(?:%\s*)?(?:confidence interval|CI\b|credible interval|(?:فاصل|مجال|فترة) (?:ال)?ثقة)/iu
const DECADE = /^\d*0'?s$/u
const RATIO = /\b(?:(?:[Hh]azard|[Oo]dds|[Rr]isk|[Rr]ate) ratio|[Rr]elative risk|HR|OR|RR)\s*(?:of|was|:|=)?\s*(\d+\.\d+)/gu
const RATIO_WINDOW = 160

/** Whether a ratio near a percentage (1.22 beside 22% more, 0.78 beside 22% less) says the same. */
function ratioRestates(text: string, m: Mention): boolean {
  const near = text.slice(Math.max(0, m.start - RATIO_WINDOW), m.end + RATIO_WINDOW)
  if (!near.includes('ratio') && !/\b(?:HR|OR|RR)\b|relative risk/iu.test(near)) return false
  for (const r of near.matchAll(RATIO)) {
    const ratio = Number(r[1])
    if (Math.abs(Math.abs(ratio - 1) * 100 - m.value) < 0.5) return true
  }
  return false
}
const DECADE_BEFORE = new Set(['their', 'his', 'her', 'the', 'early', 'mid', 'late', 'mid-'])

// A year right after one of these is part of a name (كأس العالم 2022، رؤية 2030، Vision 2030, Euro 2024).
const NAME_WORDS = new Set(
  (
    'كأس كاس بطولة رؤية مونديال أولمبياد اولمبياد إكسبو اكسبو دورة خطة استراتيجية أجندة اجندة مؤتمر قمة جائزة مهرجان معرض ' +
    'cup vision expo euro olympics games agenda plan strategy summit award prize festival fair class cop'
  )
    .split(' ')
    .map(foldLetters),
)

const HAS_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/u
// Digits written onto Latin letters: a code or an ordinal (F16, G20, 3rd). An Arabic letter before
// digits is a clitic (ب2000، و5000), not a code; a unit after them (£65m, 5km) is read before this.
const DIGIT_LETTER = /[A-Za-z][-‐]?[0-9]|[0-9][-‐]?(?:st|nd|rd|th|[A-Za-z])\b/u
const CLOCK = /^\d{1,2}[:.]\d{2}$/u
const RANGE = /^\d[\d.,]*[-–]\d[\d.,]*%?$/u
// «الواحد», «الواحدة», with a conjunction or a preposition on it (للواحد، والواحدة).
const DEFINITE_ONE = /^(?:[وفب]?ال|[وف]?لل)واحده?$/u
const ONE_WORDS = new Set(['واحد', 'واحدا', 'واحده', 'احد', 'احدي', 'one', 'a', 'an'].map(foldLetters))

// A word that can stand inside a name before its year: definite, with a clitic on it (للكتاب), or capitalised.
const NAME_PART = /^(?:[وفب]?ال|[وف]?لل|\p{Lu})/u

function folded(word: Word | undefined): string {
  return word ? foldLetters(word.text).replace(/^(?:ال|وال|بال|لل)/u, '') : ''
}

// The tens of an Arabic ordinal: التاسع عشر (nineteenth) is not nineteen, الخامسة والأربعين
// (forty-fifth) not forty.
const AR_ORDINAL = /^(?:ال)?(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)ه?$/u

// After a number, words that make it a time of day: 3 p.m., 11pm, الساعة 7 مساءً.
// Read with its letters folded: the tanween before or after the alef alike (عصرًا، عصراً).
const CLOCK_AFTER = /^(?:a\.?m\.?|p\.?m\.?|am|pm|gmt|utc|et|bst|cet|صباحا|مساء|مساءا|ظهرا|عصرا|فجرا|ليلا|بتوقيت)$/u
const isClockAfter = (word: Word) => CLOCK_AFTER.test(foldLetters(word.text))
const CLOCK_BEFORE = /^(?:ال|بال|لل|وال)?ساعه$/u
// «ساعة» without the article: before «واحدة» it is an hour's length (not a quantity to ask, as «لليلة واحدة»), no time of day.
const INDEFINITE_HOUR = /^[وفب]?ساعه$/u
// Clock notation with seconds: h:mm:ss.
const DURATION_CLOCK = /^\d{1,2}:\d{2}:\d{2}$/u
// Words right before a time that make it a duration: in 2:05, a time of 4:03, بزمن، قدره، سجل.
const DURATION_BEFORE = new Set('in of clocked timed time record زمن بزمن توقيت بتوقيت قدره قدرها سجل سجلت مسجلا مسجلة مسجلاً مسجلةً'.split(' ').map(foldLetters))
// Minutes and seconds, with fractions of a second or not: 1:52.34, 3:59.1, ١:٥٢٫٣٤, 3:59.
const RACE_CLOCK = /^[0-9\u0660-\u0669]{1,2}:([0-9\u0660-\u0669]{2})(?:[.,٫][0-9\u0660-\u0669]{1,3})?$/u
// The unit after a race's clock: minutes or seconds (1:52.34 دقيقة, 3:59 minutes).
const RACE_UNIT_AFTER = new Set('دقيقة دقائق ثانية ثوان ثواني ثوانٍ min mins minute minutes sec secs second seconds'.split(' ').map(foldLetters))

/**
 * Whether word `k` is a race's time in minutes and seconds: with a fraction of a second (1:52.34),
 * with minutes or seconds after it (3:59 دقيقة), or after a word of duration (finished in 3:59).
 */
function isRaceTime(words: Word[], k: number): boolean {
  const w = words[k]!
  const clock = w.text.match(RACE_CLOCK)
  if (!clock || digitsValue(clock[1]!) >= 60) return false
  const before = words[k - 1]
  const after = w.endsClause ? undefined : words[k + 1]
  if ((after && isClockAfter(after)) || (before && CLOCK_BEFORE.test(foldLetters(before.text)))) return false
  const fraction = /[.,٫]/u.test(w.text)
  const unit = after !== undefined && RACE_UNIT_AFTER.has(foldLetters(after.text).toLowerCase())
  return fraction || unit || (before !== undefined && !before.endsClause && DURATION_BEFORE.has(folded(before).toLowerCase()))
}
// A capitalised name before a number makes it part of the name: iPhone 16, Fold 6, Apollo 11.
const NAME_BEFORE = /^(?:[A-Z][\p{L}-]*|[a-z]+[A-Z][\p{L}-]*)$/u
// A mobile network's generation (5G, 4G): no grams.
const NETWORK_GENERATION = /^\dG$/u

/** The definite dual of a label's word (الدقيقتين، المادتين، الفقرتين، البندين). */
function isDualLabel(word: Word): boolean {
  const w = foldLetters(word.text)
  if (!/^(?:[وفب]?ال|[وف]?لل)\S+(?:ين|ان)$/u.test(w)) return false
  const bare = w.replace(/^(?:[وفب]?ال|[وف]?لل)/u, '')
  return LABEL_WORDS.has(bare.replace(/ت(?:ين|ان)$/u, 'ه')) || LABEL_WORDS.has(bare.replace(/(?:ين|ان)$/u, ''))
}

// Numbers listed after the dual of a label's word: at most this many words back to it (المادتين 5 و6).
const DUAL_LIST_WORDS = 3

/** Whether the number at word `k` is one of those listed right after the dual of a label's word. */
function dualLabelBefore(words: Word[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - DUAL_LIST_WORDS); j--) {
    const w = words[j]!
    if (w.endsClause) return false
    if (isDualLabel(w)) return true
    if (!/^و?[0-9\u0660-\u0669]+$/u.test(w.text)) return false
  }
  return false
}

// Prepositions that put a time of day after them: at 9.30, until 7.15.
const AT_TIME = new Set(['at', 'by', 'until', 'till', 'from', 'before', 'after', 'around'])
// `half six` (half past six), `half past seven`, `quarter to ten` after a preposition of time (`at`, `until`).
function halfClockBefore(words: readonly Word[], k: number): boolean {
  const w = (i: number) => (i >= 0 && !words[i]!.endsClause ? words[i]!.text.toLowerCase() : '')
  if (w(k - 1) === 'half') return AT_TIME.has(w(k - 2))
  return (w(k - 1) === 'past' || w(k - 1) === 'to') && (w(k - 2) === 'half' || w(k - 2) === 'quarter') && AT_TIME.has(w(k - 3))
}
const DOTTED_CLOCK = /^(\d{1,2})\.([0-5]\d)$/u
/** `9.30`, `7.15`: hours of a day and minutes, written with a dot as British papers write a time. */
function isDottedClock(written: string): boolean {
  const clock = DOTTED_CLOCK.exec(written)
  return clock !== null && Number(clock[1]) <= 24
}

/** Why a quantity the reader found is not a fact of its own, or null when it is one. */
// A list of names (`Easton and Bedminster`, `Egypt, Jordan and Tunisia`, `John Smith and Ali Khan`; «مصر والأردن وتونس»
// ending its clause), a few words after a small count.
const NAME_EN = `\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s\\p{Lu}[\\p{L}\\p{M}'’.-]*)*`
const LIST_EN = new RegExp(`(?<![\\p{L}\\p{M}])${NAME_EN}(?:,\\s${NAME_EN})*,?\\s(?:and|&)\\s${NAME_EN}`, 'gu')
const LIST_AR = /(?<![\p{L}\p{M}])[\p{Script=Arabic}\p{M}]+(?:\sو[\p{Script=Arabic}\p{M}]+)+(?=\s*(?:[،,.؛;:!?؟]|$))/gu
const AR_LIST_OPENER = /(?:^|\s)(?:هما|هم|هي|هن|وهما|وهم|وهي)\s*$|[:،,]\s*$/u
const LISTED_MAX = 6
const LIST_WITHIN_WORDS = 5

/**
 * Whether a small count's clause lists what it counts, item by item, a few words after it (`Two of them, at Easton and
 * Bedminster, will open …`, «وقعت الاتفاقية 3 دول هي مصر والأردن وتونس»): the list shows the answer.
 */
function listedAfter(text: string, words: readonly Word[], m: Mention): boolean {
  if ((m.unit !== null && m.unit !== 'person') || !Number.isInteger(m.value) || m.value < 2 || m.value > LISTED_MAX) return false
  const near = words[Math.min(words.length - 1, m.words.to + LIST_WITHIN_WORDS - 1)]!.end
  const rest = text.slice(m.end, text.slice(m.end).search(/[.!?؟;؛](?:\s|$)/u) + m.end + 1 || text.length)
  for (const list of [...rest.matchAll(LIST_EN), ...rest.matchAll(LIST_AR)]) {
    // (Not after a conjunction opening a clause of its own: `approved 2 schemes, and Smith and Jones voted against`.)
    if (m.end + list.index > near || /(?:^|\s)(?:and|but|while|or|و)\s*$/u.test(rest.slice(0, list.index))) continue
    const items = list[0].split(/,\s|\s(?:and|&)\s|\sو(?=[\p{Script=Arabic}])/u).length
    // Two Arabic nouns joined by و are as often one phrase (عناصر الأمن والجيش): two items only after «هما», «هم», a colon
    // or a comma that introduces them.
    const arabicPair = items === 2 && /^\p{Script=Arabic}/u.test(list[0]) && !AR_LIST_OPENER.test(rest.slice(0, list.index))
    if (items === m.value && !arabicPair) return true
  }
  return false
}

// A dual pronoun or word after two of something, in its sentence: «انتشلت شخصين … وإن حالتهما مستقرة», «بهدفين سجلهما».
const DUAL_AFTER = /[\p{Script=Arabic}]{2,}هما(?![\p{L}\p{M}])|(?<![\p{L}\p{M}])(?:هما|وهما|كلاهما|كليهما|كلتاهما|كلتيهما)(?![\p{L}\p{M}])/u

/** Whether two of something are recalled later in their sentence by a dual (the Arabic dual shows the answer, 2). */
function dualRecalled(text: string, m: Mention): boolean {
  if (m.value !== 2) return false
  const rest = text.slice(m.end, text.slice(m.end).search(/[.!?؟;؛](?:\s|$)/u) + m.end + 1 || text.length)
  return DUAL_AFTER.test(rest)
}

function notAFact(text: string, words: Word[], m: Mention): DraftNote['code'] | null {
  const first = words[m.words.from]!
  const before = words[m.words.from - 1]
  const after = words[m.words.to]
  if (m.range) return 'range'
  if (listedAfter(text, words, m) || dualRecalled(text, m)) return 'given-away'
  const written = text.slice(m.start, m.end)
  // A number after «رقم» or `No.` names a law, a decision, a case, whatever follows it: «القانون رقم 17 لسنة 2023» is no 17 years.
  if (before && !before.endsClause && IDENTIFIER_WORDS.has(folded(before)) && HAS_DIGIT.test(first.text)) return 'label'
  // A study's statistics are no facts a reader learns: `p = 0.04`, `hazard ratio 1.22`, `95% confidence interval`, «فاصل الثقة».
  if (STATISTIC_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) || STATISTIC_AFTER.test(text.slice(m.end, m.end + 32))) return 'label'
  // A share a ratio beside it states again (`a 22% higher risk … (hazard ratio 1.22`, «نسبة خطر 1.22»): the ratio gives it away.
  if (m.unit === 'percent' && ratioRestates(text, m)) return 'given-away'
  // A decade of life or of a century (`in their 50s`, `the 1990s`) counts no seconds.
  if (DECADE.test(written) && before && DECADE_BEFORE.has(before.text.toLowerCase())) return 'not-a-quantity'
  if (NETWORK_GENERATION.test(written)) return 'label'
  // Numbers after the dual of a label's word are two labels (في الدقيقتين 34 و71، المادتين 5 و6): no two minutes, no count.
  if (m.words.to - m.words.from > 1 && isDualLabel(first) && HAS_DIGIT.test(words[m.words.from + 1]!.text)) return 'label'
  if (dualLabelBefore(words, m.words.from)) return 'label'
  // A date is no time of day, whatever follows it (منذ عام 2019 بتوقيت قدره…).
  // (Not «ساعة واحدة»: one hour, without the article of «الساعة الواحدة».)
  const clockBefore = before && CLOCK_BEFORE.test(foldLetters(before.text)) && !(INDEFINITE_HOUR.test(foldLetters(before.text)) && isOneWord(first.text))
  // A measure or an amount before «مساء»/«صباح» and a day is no clock (38,000 طن مساء السبت): only a bare number or a
  // clock's figures are one (8 مساءً, 10:30:00 GMT).
  const clockAfter = after && (m.unit === null || /\d:\d/u.test(written)) && isClockAfter(after)
  if (m.unit !== 'date' && (clockAfter || clockBefore)) return 'time-of-day'
  // Hours and minutes written with a dot after a preposition of time, counting nothing: "at 9.30 in the morning", "until 7.15".
  // (Before a unit it is a measure: "at 4.98 metres"; as a bare decimal elsewhere, "rose 9.30", a number.)
  if (m.unit === null && m.noun === null && before && !before.endsClause && AT_TIME.has(before.text.toLowerCase()) && isDottedClock(written))
    return 'time-of-day'
  if (m.unit === 'hour' && /\d:\d/u.test(written)) {
    // Hours, minutes and seconds (2:05:42) are a duration: a race's time, a record. Hours and
    // minutes alone (9:15) are a time of day, or a duration in an unknown notation (m:ss or h:mm)
    // when a word of duration comes before them (finished in 2:05, بزمن 4:03): not asked either way.
    // So is a clock with its unit after it (بزمن 2:05 ساعة, 2:05 hours).
    if (DURATION_CLOCK.test(first.text) || m.words.to - m.words.from > 1) return null
    return before && DURATION_BEFORE.has(folded(before)) ? 'unread-number' : 'time-of-day'
  }
  // A British clock in words after a preposition of time: `at half six`, `until half past seven`, `by quarter to ten`.
  if (m.unit === null && m.value >= 1 && m.value <= 12 && Number.isInteger(m.value) && halfClockBefore(words, m.words.from)) return 'time-of-day'
  // (An ordinal before a measure is another phrase's end: «وبحبس المتهم السادس ثلاث سنوات».)
  if (m.unit === null && before && AR_ORDINAL.test(foldLetters(before.text))) return 'label'
  // A day or year of the Hijri calendar (٢٥ شعبان، رجب ١٤٤٦ هـ): the date reader knows only the Gregorian one.
  if (m.unit === null && isHijriDate(words, m.words.from, m.words.to, m.value)) return 'unread-number'
  // A year ends its name (رؤية 2030، كأس العالم 2022، معرض الرياض الدولي للكتاب 2025): between the name's word and it stand
  // only the name's words, definite or capitalised; a verb or a noun there (المعرض شهد مشاركة 1345 دار نشر, the fair drew
  // 1,345 publishers) makes it a count, and so do a thousands separator's digits.
  if ((m.unit === null || m.unit === 'date') && isYearLike(yearOf(m)) && !/^\d{1,3},\d{3}$/u.test(first.text)) {
    for (let k = 1; k <= 3; k++) {
      const w = words[m.words.from - k]
      if (!w) break
      if (NAME_WORDS.has(folded(w))) return 'year-in-name'
      if (w.endsClause || !NAME_PART.test(w.text)) break
    }
  }
  if (m.unit === null) {
    // (Not past a comma: `last season, 14 points` counts points.)
    if (before && !/[,،;؛]/u.test(text.slice(before.end, m.start)) && LABEL_WORDS.has(folded(before))) return 'label'
    // Two words back, past an adjective: بالرقم المجاني 122.
    const twoBack = words[m.words.from - 2]
    if (before && twoBack && /^ال/u.test(foldLetters(before.text)) && LABEL_WORDS.has(folded(twoBack)) && !twoBack.endsClause) return 'label'
    if (DIGIT_LETTER.test(first.text) && gluedScale(first) === null) return 'label'
    // The last word of a quoted name: «إيجي إكس 30», “Artemis 2”.
    if (endsQuotedName(text, words, m)) return 'label'
    if (before && NAME_BEFORE.test(before.text) && !before.endsClause && !MONTH_NAMES.has(before.text.toLowerCase()) && !sentenceStartAt(text, before.start))
      return 'label'
  }
  // "one of the largest", "إحدى المدن", "لليلة واحدة": the word one is not a count.
  if (m.value === 1 && m.unit === null && !HAS_DIGIT.test(first.text) && isOneWord(first.text)) return 'not-a-quantity'
  // One day, hour or week after another figure of its clause is the span that figure is counted over (142 ملليمتراً من
  // الأمطار في يوم واحد, `5,000 tickets in one day`): a manner of saying, no fact to ask.
  if (spanOfAnotherFigure(text, words, m)) return 'not-a-quantity'
  // A count inside the one item a price is for («ثمن تذكرة سيارة وأربعة ركاب بلغ 320 يورو»): what the ticket covers, no fact.
  if (inPricedItem(text, words, m)) return 'not-a-quantity'
  // A definite one qualifies the noun before it (للكيلو الواحد، التذكرة الواحدة): it counts no noun after it (… يوم الأحد).
  if (m.value === 1 && DEFINITE_ONE.test(foldLetters(first.text))) return 'not-a-quantity'
  // An ordinal that is also a fraction, right before its noun (the fourth year in a row, a third month), is a position,
  // not a part of a year (a third of a year, a quarter of an hour are).
  const after1 = words[m.words.from + 1]
  if (
    m.unit !== null &&
    m.value < 1 &&
    ORDINAL_FRACTIONS.has(first.text.toLowerCase()) &&
    after1 !== undefined &&
    !first.endsClause &&
    after1.text.toLowerCase() !== 'of'
  )
    return 'label'
  // A fraction alone (الربع الأول، the third lockdown, نصف السكان) is no quantity to ask for.
  if (m.unit === null && m.value < 1 && !HAS_DIGIT.test(text.slice(m.start, m.end))) return 'not-a-quantity'
  return null
}

// A price's words and the single items a price is for (a ticket, a room, a meal, a night, a subscription), folded.
const PRICE_WORDS = new Set('ثمن سعر كلفة تكلفة'.split(' ').map(foldLetters))
const PRICED_ITEMS = new Set('تذكرة غرفة وجبة ليلة اشتراك'.split(' ').map(foldLetters))
const withoutArticle = (w: string) => w.replace(/^(?:[وفب]|ل)?(?:ال)?/u, '')

/**
 * Whether a count (no unit, people, things) stands inside what a price is for, a few words after «ثمن تذكرة», «سعر غرفة»,
 * with the price's figure after it in its clause: «ثمن تذكرة سيارة وأربعة ركاب بلغ 320 يورو» (the four passengers the ticket
 * covers). Not the cost of building 40 schools («تكلفة بناء 40 مدرسة»): no single item there.
 */
function inPricedItem(text: string, words: Word[], m: Mention): boolean {
  if (m.unit !== null && m.unit !== 'person' && m.unit !== 'count') return false
  let item = false
  for (let k = m.words.from - 1; k >= Math.max(1, m.words.from - 4) && !item; k--) {
    const w = words[k]!
    if (w.endsClause) return false
    item =
      PRICED_ITEMS.has(withoutArticle(foldLetters(w.text))) && PRICE_WORDS.has(withoutArticle(foldLetters(words[k - 1]!.text))) && !words[k - 1]!.endsClause
  }
  if (!item || words[m.words.to - 1]!.endsClause) return false
  for (let k = m.words.to; k < words.length; k++) {
    const w = words[k]!
    if (HAS_DIGIT.test(w.text)) return true
    if (w.endsClause) return false
  }
  return false
}

const SPAN_UNITS = new Set<Unit>(['second', 'minute', 'hour', 'day', 'week', 'month'] as Unit[])
const SPAN_BEFORE = new Set(['في', 'خلال', 'in', 'within'])

/**
 * One of a span of time written in words after «في»/`in` (في يوم واحد، in one day), a figure before it in its clause, or
 * after it («يلتهم في يوم واحد ما يأكله 35 ألف شخص»).
 */
function spanOfAnotherFigure(text: string, words: Word[], m: Mention): boolean {
  if (m.value !== 1 || m.unit === null || !SPAN_UNITS.has(m.unit) || HAS_DIGIT.test(text.slice(m.start, m.end))) return false
  const before = words[m.words.from - 1]
  if (!before || before.endsClause || !SPAN_BEFORE.has(foldLetters(before.text).toLowerCase())) return false
  for (let k = m.words.from - 2; k >= 0; k--) {
    const w = words[k]!
    if (w.endsClause) break
    if (HAS_DIGIT.test(w.text)) return true
  }
  if (words[m.words.to - 1]!.endsClause) return false
  for (let k = m.words.to; k < words.length; k++) {
    const w = words[k]!
    if (HAS_DIGIT.test(w.text)) return true
    if (w.endsClause) return false
  }
  return false
}

// English ordinals the number reader also reads as fractions (a third, a fourth).
const ORDINAL_FRACTIONS = new Set(['third', 'fourth'])

// The Hijri months, one word each; ربيع and جمادى need their second word (الأول، الآخرة), ذو and ذي theirs (القعدة، الحجة).
const HIJRI_MONTHS = new Set('محرم صفر رجب شعبان رمضان شوال'.split(' ').map(foldLetters))
const HIJRI_FIRST_WORDS = new Map(
  [
    ['ربيع', 'الاول الآخر الاخر الثاني'],
    ['جمادى', 'الاولى الآخرة الاخرة الثانية الاول الآخر الثاني'],
    ['ذو', 'القعدة الحجة'],
    ['ذي', 'القعدة الحجة'],
  ].map(([first, seconds]) => [foldLetters(first!), new Set(seconds!.split(' ').map(foldLetters))]),
)
const HIJRI_SECOND_WORDS = new Set([...HIJRI_FIRST_WORDS.values()].flatMap((set) => [...set]))
// هـ, ه, هجري, هجرية, للهجرة after a year; AH in English.
const HIJRI_MARK = /^(?:هـ?|هجري|هجريه|للهجره|ah|a\.h)\.?$/u

// The Hijri years a month before a bare number may name without «هـ» (1300 is 1882 CE, 1600 is 2174 CE).
const HIJRI_YEARS = [1300, 1600] as const

const bareFold = (word: Word | undefined) => (word ? foldLetters(word.text).replace(/^(?:و|ب|ل|من)(?=\S{3,})/u, '') : '')

/**
 * Whether the number at words[from..to) is a day or year of a Hijri date (٢٥ شعبان، رجب ١٤٤٦ هـ، ١٠ ذي الحجة). A number after a
 * month with no mark of a year after it is its year only when it reads as one, a single word of a year of these centuries
 * (رمضان 1446); «خلال شهر رمضان 120 ألف وجبة», «رمضان 300 وجبة» count what was done in the month.
 */
function isHijriDate(words: Word[], from: number, to: number, value: number): boolean {
  const before = bareFold(words[from - 1])
  const after = bareFold(words[to])
  if (HIJRI_MARK.test(after)) return true
  if (HIJRI_MONTHS.has(after)) return true
  if (HIJRI_MONTHS.has(before)) return to - from === 1 && value >= HIJRI_YEARS[0] && value <= HIJRI_YEARS[1]
  // …ربيع الأول 1446 / …ذي الحجة 1446: the month's second word before the number.
  if (HIJRI_SECOND_WORDS.has(before) && HIJRI_FIRST_WORDS.get(bareFold(words[from - 2]))?.has(before)) return true
  // 10 ذي الحجة: the month's two words after the number.
  return HIJRI_FIRST_WORDS.get(after)?.has(bareFold(words[to + 1])) ?? false
}

const OPENING_QUOTES = '«“"'
const CLOSING_QUOTES = '»”"'
// How many words a quoted name may hold before its number.
const QUOTED_NAME_WORDS = 4

/** Whether a bare number closes a quotation that opened a few words before it, with words and no other number between. */
function endsQuotedName(text: string, words: Word[], m: Mention): boolean {
  if (!CLOSING_QUOTES.includes(text[m.end] ?? '')) return false
  for (let k = m.words.from - 1; k >= Math.max(0, m.words.from - QUOTED_NAME_WORDS); k--) {
    const w = words[k]!
    if (hasNumber(w) || w.endsClause) return false
    if (OPENING_QUOTES.includes(text[w.start - 1] ?? '')) return true
  }
  return false
}

function isOneWord(word: string): boolean {
  const f = foldLetters(word)
  return ONE_WORDS.has(f) || ONE_WORDS.has(f.replace(/^(?:ال|و|ل|ب)/u, ''))
}

/** The year a quantity may be: a bare number, or a date's year when it has only a year. */
function yearOf(m: Mention): number {
  return m.unit === 'date' ? (m.value % 10_000 === 0 ? m.value / 10_000 : Number.NaN) : m.value
}

const MONTH_NAMES = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
)

/** Whether `at` starts a sentence of `text` (a capital there says nothing). */
function sentenceStartAt(text: string, at: number): boolean {
  return /(?:^|[.!?…]["'”’)]*\s+)$/u.test(text.slice(Math.max(0, at - 4), at)) || at === 0
}

const SEASONS = new Set('صيف شتاء ربيع خريف summer winter spring autumn'.split(' ').map((w) => foldLetters(w)))

let uncodedCurrencies: ReadonlySet<string> | undefined

/**
 * The index of the currency word a quiz has no currency for right after a mention without a unit (`11 trillion
 * shillings`, `40 billion South African rand`, `500 مليار نايرا`), up to two capitalised words between; else -1.
 */
function uncodedCurrencyAfter(words: Word[], m: Mention): number {
  uncodedCurrencies ??= new Set([...UNCODED_CURRENCY_WORDS].map((w) => foldLetters(w)))
  for (let k = m.words.to; k < words.length && k <= m.words.to + 2; k++) {
    if (words[k - 1]!.endsClause) return -1
    const w = words[k]!.text
    if (uncodedCurrencies.has(foldLetters(w))) return k
    if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return -1
  }
  return -1
}

function isBareYear(text: string, words: Word[], m: Mention): boolean {
  const raw = text.slice(m.start, m.end)
  if (!/^[12]\d{3}$|^[١٢][٠-٩]{3}$/u.test(raw) || !isYearLike(m.value) || m.value < 1800) return false
  // A season in construct with it dates it, whatever word follows (خلال صيف 2024 بلغت …، summer 2024); not one with the
  // article, which a count may follow (استقبل المخيم هذا الصيف 1500 طفل).
  const before = words[m.words.from - 1]
  const season = before ? foldLetters(before.text).replace(/^(?:و|ف)?(?:ب|ل|ك)?/u, '') : ''
  if (before && !before.endsClause && SEASONS.has(season)) return true
  // "2023 people" counts; "a 2023 report", "في 2023" do not.
  const noun = m.noun?.text
  return noun === undefined || (/^[A-Za-z]/u.test(noun) && !/s$/u.test(noun))
}

function isYearLike(v: number): boolean {
  return Number.isInteger(v) && v >= 1000 && v <= 2200
}

// "3-1" is a score where the sentence is about a match; elsewhere two numbers with a dash are a range.
const SCORE = /^([0-9\u0660-\u0669]{1,3})\s?[-–:]\s?([0-9\u0660-\u0669]{1,3})$/u
// A vote's tally: two counts with "to" between, right after "voted" (voted 37 to 22); not "voted to cut 20 to 30 jobs", a range.
const TALLY = /^(\d{1,4})\s+to\s+(\d{1,4})$/u
const VOTE_BEFORE = /\b(?:voted|vote of|vote was|vote went)\s+$/iu
// A tally written with its votes: "by 210 votes to 195", «بأغلبية 37 صوتاً مقابل 22», «صوّت 37 عضوا مقابل 22 (عضواً)». Not a
// change (fell from 210 votes to 195, rose by 20 votes to 195): a tally has no "from" and no verb of change before it.
const VOTES_TALLY_EN = /(?<![\d.,])(\d{1,4})\s+votes?\s+to\s+(\d{1,4})(?![\d.,]\d)/gu
const CHANGE_BEFORE_EN =
  /\b(?:from|(?:rose|risen|fell|fallen|grew|grown|increased|decreased|dropped|climbed|declined|jumped|cut|reduced|slashed|up|down)(?:\s+by)?)\s+$/iu
const AR_VOTE_NOUN = '(?:صو[\u064B-\u0652]*ت[\u064B-\u0652]*[اً]*|أصوات|عضو[\u064B-\u0652]*[اً]*|أعضاء|نائب[\u064B-\u0652]*[اً]*|نواب)'
const VOTES_TALLY_AR = new RegExp(
  `(?<![\\p{Nd}.,])(\\p{Nd}{1,4})(?:\\s+(${AR_VOTE_NOUN}))?\\s+مقابل\\s+(\\p{Nd}{1,4})(?:\\s+${AR_VOTE_NOUN}(?![\\p{L}]))?(?![\\p{Nd}.,])`,
  'gu',
)
// A vote before an Arabic tally whose count names no votes: صوّت، صوتت، بأغلبية، التصويت.
const AR_VOTE_BEFORE = /(?:^|[\s،])(?:[وف]?صو\u0651?تت?|[وف]?صو\u0651?توا|[وفب]?أغلبية|[وفب]?ال?تصويت)(?=[\s،])/u
const AR_VOTES_WORD = /^صو[\u064B-\u0652]*ت|^أصوات/u

/** The tallies written with their votes in a paragraph's text (read as the number reader reads it): their spans and counts. */
function writtenTallies(text: string, spans: Span[]): { start: number; end: number; home: number; away: number }[] {
  const out: { start: number; end: number; home: number; away: number }[] = []
  for (const m of text.matchAll(VOTES_TALLY_EN)) {
    const sentence = spanOf(spans, m.index)
    if (CHANGE_BEFORE_EN.test(text.slice(Math.max(sentence.start, m.index - 30), m.index))) continue
    out.push({ start: m.index, end: m.index + m[0].length, home: digitsValue(m[1]!), away: digitsValue(m[2]!) })
  }
  for (const m of text.matchAll(VOTES_TALLY_AR)) {
    const sentence = spanOf(spans, m.index)
    const votes = m[2] !== undefined && AR_VOTES_WORD.test(m[2])
    if (!votes && !AR_VOTE_BEFORE.test(text.slice(sentence.start, m.index))) continue
    out.push({ start: m.index, end: m.index + m[0].length, home: digitsValue(m[1]!), away: digitsValue(m[3]!) })
  }
  return out
}
// A ratio: two small numbers with «إلى» or `to` between (3 إلى 1, 1 to 3), after a word of ratio a few words before in its
// sentence, «نسبة» or `ratio`, with no word of range right before them (not «نسبة البطالة بين 5 إلى 9») and nothing they
// count after them (not «نسبة النجاح 2 إلى 3 أضعاف»): the clause ends or a preposition follows.
const TWO_TO_ONE = /^(\p{Nd}{1,3})\s*(?:إلى|الى|to)\s*(\p{Nd}{1,3})$/u
const RATIO_BEFORE = /(?:(?:^|[\s،])[وفب]?(?:ال)?نسب[ةه]|\bratio)(?:\s+[^\s،,.;:]+){0,6}\s+$/iu
const RANGE_WORD_BEFORE = /(?:^|\s)(?:بين|من|ما|between|from|of between)\s+$/iu
const RATIO_AFTER = /^(?:\s*(?:$|[.،,;:)])|\s+(?:في|بين|لصالح|عند|among|in|on|for|at|across|against)(?=\s))/iu
/** Digits, Western or Eastern Arabic (٣), as a number. */
const digitsValue = (digits: string) => Number(digits.replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660)))
const MATCH_WORDS = new Set(
  (
    'فاز فوز الفوز بفوز تغلب خسر خسارة تعادل التعادل بنتيجة نتيجة النتيجة مباراة المباراة هدف أهداف الأهداف الشوط ' +
    // A headline's present tense and a defeat's words: «الأهلي يهزم الإسماعيلي 2-1».
    'يفوز يتغلب يخسر يتعادل هزم يهزم هزيمة الهزيمة بهزيمة ' +
    'beat beats defeated won win wins victory lost loss drew draw score scoreline match game final goal goals half'
  )
    .split(' ')
    .map(foldLetters),
)

// A set's score, a tie-break's points in brackets after it or not (`6-3`, `7-6(5)`, `7-6(7-4)`, `7-6 (7-4)`).
const SET_SCORE = /^[0-9\u0660-\u0669]{1,2}[-–][0-9\u0660-\u0669]{1,2}(?:\((?:[0-9\u0660-\u0669]{1,2}[-–])?[0-9\u0660-\u0669]{1,2}\)?)?$/u

/**
 * The words of the sets' scores written in a row from word `k` (`4-6 6-3 7-6(5)`, `6-4, 3-6, 7-6 (7-4)`): a match of sets,
 * each score a set's, none the match's. No question asks one alone (`beat … ____ … 7-6(5)`).
 */
function setScoresFrom(text: string, words: readonly Word[], k: number): number {
  let to = k
  while (to < words.length && SET_SCORE.test(words[to]!.text) && (to === k || /^\)?[\s,،]*\(?$/u.test(text.slice(words[to - 1]!.end, words[to]!.start)))) to++
  return to - k >= 2 ? to : k
}

function isScore(words: Word[], k: number, sentence: Span): boolean {
  return SCORE.test(words[k]!.text) && aboutAMatch(words, sentence) && !countsAfter(words, k)
}

// Words that may follow a score: «2-1 في المباراة», "3-0 at the Emirates", "a 2-1 win", «2-1 مساء الخميس».
const AFTER_SCORE = new Set(
  (
    'في على أمام ضد مع بعد قبل لصالح عن إلى من حسب وفق at in on over against with after before for to and as the when while thanks despite into from ' +
    // When it was played (بنتيجة 2-1 مساء الخميس).
    'مساء صباح ليلة ظهر عصر فجر أمس يوم اليوم'
  )
    .split(' ')
    .map(foldLetters),
)

const AND_VERB = /^و[يت]\p{L}{3,}$/u

/** Whether a noun after two numbers with a dash says what they count: "won 120-130 seats" is a range. */
function countsAfter(words: Word[], k: number): boolean {
  const next = words[k]!.endsClause ? undefined : words[k + 1]
  if (!next || hasNumber(next)) return false
  const f = foldLetters(next.text).toLowerCase()
  // «و» before an imperfect verb opens the next clause (الأهلي يهزم الإسماعيلي 2-1 ويقلص الفارق): no noun counted.
  if (AND_VERB.test(f)) return false
  return !AFTER_SCORE.has(f) && !MATCH_WORDS.has(f.replace(/^(?:و|ب|ف)(?=\S{3,})/u, ''))
}

/** Whether a word is one of a match (فاز، مباراة، beat, goal), a clitic on it or not. */
export const isMatchWord = (w: Word, folded = foldLetters(w.text)) => MATCH_WORDS.has(folded.replace(/^(?:و|ب|ف)(?=\S{3,})/u, '').toLowerCase())

/** Whether the sentence is about a match: a word of one in it. */
export function aboutAMatch(words: Word[], sentence: Span): boolean {
  return words.some((w) => w.start >= sentence.start && w.end <= sentence.end && isMatchWord(w))
}

// A score in words: «بهدفين مقابل هدف», «بثلاثة أهداف دون رد», «بهدف نظيف», «4 أهداف مقابل هدفين».
// Only words near one of these are read for a score in words (هدف، هدفين، أهداف).
const GOAL_LETTERS = /هد(?:ف|اف)/u
const GOAL_ONE = foldLetters('هدف')
const GOALS_TWO = new Set(['هدفين', 'هدفان'].map(foldLetters))
const GOALS_MANY = new Set(['أهداف', 'هدفا', 'هدفاً'].map(foldLetters))
const AGAINST = new Set(['مقابل', 'لـ'].map(foldLetters))
const CLEAN_SHEET = new Set(['نظيف', 'نظيفة', 'نظيفه', 'نظيفين', 'نظيفتين'].map(foldLetters))
const bareGoalWord = (word: Word | undefined) => (word ? foldLetters(word.text).replace(/^[وب](?=\S{3,})/u, '') : '')

/** The goals one side scored, written in words from word k on: «بهدفين» 2, «ثلاثة أهداف» 3, «هدف» 1. */
function goalsAt(words: Word[], k: number): { goals: number; to: number } | null {
  const w = bareGoalWord(words[k])
  if (w === GOAL_ONE) return { goals: 1, to: k + 1 }
  if (GOALS_TWO.has(w)) return { goals: 2, to: k + 1 }
  const word = words[k]
  if (!word || word.endsClause || !hasNumber(word) || !GOALS_MANY.has(foldLetters(words[k + 1]?.text ?? ''))) return null
  const q = parseQuantity(word.text.replace(/^[وب](?=\S{2,})/u, ''), { context: [] })
  return q && q.unit === null && Number.isInteger(q.value) && q.value >= 0 && q.value < 100 ? { goals: q.value, to: k + 2 } : null
}

/** A score written in words from word k on, with the word after it. */
function wordScoreAt(words: Word[], k: number): { home: number; away: number; to: number } | null {
  const home = goalsAt(words, k)
  if (!home || words[home.to - 1]!.endsClause) return null
  const next = foldLetters(words[home.to]?.text ?? '')
  if (AGAINST.has(next) && !words[home.to]!.endsClause) {
    const away = goalsAt(words, home.to + 1)
    return away ? { home: home.goals, away: away.goals, to: away.to } : null
  }
  if (next === foldLetters('دون') && foldLetters(words[home.to + 1]?.text ?? '') === foldLetters('رد')) return { home: home.goals, away: 0, to: home.to + 2 }
  if (CLEAN_SHEET.has(next)) return { home: home.goals, away: 0, to: home.to + 1 }
  return null
}

// An English ordinal in digits (41st, 2nd, 150th).
const DIGIT_ORDINAL = /^(\d{1,4})(?:st|nd|rd|th)$/iu
// What an ordinal before it counts editions of: an event held again and again, its anniversaries, a time of doing it
// again ("for the 21st time"); not a place in a race ("finished 3rd in"), a century, a floor, a day ("March 3rd").
const EDITION_WORDS = new Set(
  'annual anniversary edition show fair festival championship championships games congress conference season birthday competition summit session tournament time meeting marathon'.split(
    ' ',
  ),
)

// Capitalised words of an event's name between an ordinal and the word that makes it one (the 12th Llanberis Strength
// Festival, the 25th Commonwealth Games): at most this many.
const EDITION_NAME_WORDS = 3
const CAPITALISED = /^\p{Lu}[\p{L}'’-]*$/u

/**
 * The number of an edition at word `k` (`41st` of `the 41st annual show`, of `the 12th Llanberis Strength Festival`: an
 * event's name of a few capitalised words ending on an event's word), or null.
 */
function editionAt(words: Word[], k: number): number | null {
  const ordinal = DIGIT_ORDINAL.exec(words[k]!.text)
  if (ordinal === null || words[k]!.endsClause) return null
  let j = k + 1
  while (j < k + 1 + EDITION_NAME_WORDS && words[j] !== undefined && !words[j - 1]!.endsClause && CAPITALISED.test(words[j]!.text)) {
    if (EDITION_WORDS.has(words[j]!.text.toLowerCase())) break
    j++
  }
  const next = words[j]
  if (next === undefined || words[j - 1]!.endsClause || !EDITION_WORDS.has(next.text.toLowerCase())) return null
  // Past the ordinal, only a name's capitals before the event's word: "the 3rd Street fair" is a street's.
  if (j > k + 1 && !CAPITALISED.test(next.text)) return null
  const value = Number(ordinal[1])
  return value > 0 ? value : null
}

// The Arabic words of an edition, definite (الدورة، بالنسخة، للمرة، الذكرى) or with a pronoun (دورتها، نسخته، ذكراها), folded:
// the number after them, its article written onto it or not (الدورة الـ41، النسخة 12، للمرة الـ21), is an edition's.
const AR_EDITION_WORD = /^(?:[وف]?(?:ال|بال|لل|كال))(?:دوره|نسخه|طبعه|ذكري|مره)$|^[وفبل]?(?:دورت|نسخت|طبعت|ذكرا)(?:ه|ها|هم|هما)$/u
// The digits of an Arabic ordinal as newsrooms write it: the article onto them, with a tatweel or a hyphen or none (الـ41).
const AR_ORDINAL_DIGITS = /^ال[ـ-]?[0-9\u0660-\u0669]{1,4}$/u
const BARE_DIGITS = /^[0-9\u0660-\u0669]{1,3}$/u
// What an edition in bare digits is of, folded: a genitive with ل, «من», a phrase with ب, a definite adjective; never an
// indefinite accusative, the noun a number counts (لاعباً، بلداً).
const EDITION_OF = /^(?:ل|ب|من$|ال)/u
const DEFINITE_AFTER_CLITIC = /^(?:[وفبلك]?ال|لل)/u
const editionOf = (folded: string) => EDITION_OF.test(folded) && (DEFINITE_AFTER_CLITIC.test(folded) || !/ا$/u.test(folded))

/**
 * The number of an Arabic edition a mention is (41 of «الدورة الـ41», 12 of «النسخة الـ12», «في نسختها 12», «للمرة الـ21»),
 * with the word it is written in (the article and all: the choices are written as it is), or null. Four bare digits after
 * the word are a year (النسخة 2025), no edition.
 */
function arabicEditionAt(words: Word[], m: Mention): number | null {
  if (m.unit !== null || m.words.to - m.words.from !== 1) return null
  const word = words[m.words.from]!
  const before = words[m.words.from - 1]
  if (before === undefined || before.endsClause || !AR_EDITION_WORD.test(foldLetters(before.text))) return null
  // Bare digits are an edition before what it is of (الدورة 41 للمعرض، النسخة 12 من المهرجان، الدورة 41 المقبلة) or at a
  // clause's end; before what they count they are a count, the word the subject or the place of it (وتضم الدورة 12
  // متدرباً، وشارك في الدورة 30 لاعباً). With the article on them they are an ordinal whatever follows.
  const after = word.endsClause ? undefined : words[m.words.to]
  const bare = BARE_DIGITS.test(word.text) && (after === undefined || editionOf(foldLetters(after.text)))
  if (!AR_ORDINAL_DIGITS.test(word.text) && !bare) return null
  return m.value > 0 && Number.isInteger(m.value) ? m.value : null
}

/** Whether a word is a measure's unit: `metres`, `kg`, «متر», or one the quiz has none of (`feet`, `lb`; not `in`, a preposition). */
function isUnitWord(word: Word | undefined): boolean {
  if (word === undefined) return false
  const e = word.tokens.length === 1 && word.tokens[0]!.t === 'word' ? word.tokens[0]!.e : null
  if (e?.k === 'noun') return e.unit !== 'person' && e.unit !== 'count'
  return word.text.toLowerCase() !== 'in' && imperialUnit(word.text) !== undefined
}

/** Why word `k`, with digits the reader did not take, is not a fact. A decimal before a unit (`3.25 feet`) is a measure, no clock. */
function unreadReason(words: Word[], k: number): DraftNote['code'] {
  const word = words[k]!
  const measure = /^\d+\.\d+$/u.test(word.text) && !word.endsClause && isUnitWord(words[k + 1])
  if ((CLOCK.test(word.text) && !measure) || /^\d{1,2}(?:[:.]\d{2})?(?:am|pm|a\.m\.|p\.m\.)$/iu.test(word.text)) return 'time-of-day'
  if (RANGE.test(word.text)) return 'range'
  if (DIGIT_LETTER.test(word.text)) return 'label'
  return 'unread-number'
}

function countedOf(text: string, m: Mention): string {
  const words = m.noun ? m.noun.text : text.slice(m.start, m.end).replace(/[0-9\u0660-\u0669.,٫٬]+/gu, ' ')
  return foldLetters(words).replace(/\s+/gu, ' ').trim()
}

/**
 * The currency of an amount whose word names several (ريال: SAR QAR OMR YER IRR; درهم: AED MAD;
 * $: USD CAD AUD): the one of the country the article names most (by its names, capital or towns); for a sign, else the
 * reader's first; for a word, else null (no currency the article implies: asked as written), but the US dollar for «دولار» in
 * an article naming only countries without a dollar.
 */
function resolveCurrency(text: string, words: Word[], m: Mention, unit: Unit, countries: () => Map<string, number>): Unit | null {
  let family: Unit[] = []
  // (From the first word when it is the currency's, before «one»: «فلساً واحداً».)
  const from = m.words.from + (hasNumber(words[m.words.from]!) ? 1 : 0)
  let signed = false
  let named = ''
  for (let k = from; k < m.words.to && family.length === 0; k++) {
    family = currenciesOf(text.slice(words[k]!.start, from === m.words.from ? words[k]!.end : m.end))
    signed = isCurrencySign(words[k]!.text)
    named = words[k]!.text
  }
  const symbol = text.slice(m.start, m.end).match(/^[^\p{L}\p{N}\s]+/u)?.[0]
  // A sign in letters (Rs 20) is a sign as ₹ is: the reader's first currency unless the article names another's country.
  const written = family.length > 0 && !signed
  if (family.length === 0 && symbol) family = currenciesOf(symbol)
  // A word of one currency a quiz has that other countries' money shares, which a quiz has no code for (shillings:
  // Kenya's, and Uganda's and Tanzania's): that currency only where the article names its country.
  if (written && family.length === 1 && sharesUncodedMoney(named) && (countries().get(family[0]!) ?? 0) === 0 && !partOfCurrency(words, m)) return null
  if (family.length < 2 || !family.includes(unit)) return unit
  const byCountry = countries()
  let best = unit
  for (const code of family) if ((byCountry.get(code) ?? 0) > (byCountry.get(best) ?? 0)) best = code
  // A word that names several countries' money (rupees, dinars, dollars, riyals, pounds) in an article naming none
  // of them, nor a town of theirs, is no money the draft can key: no country is made up for it (null: the caller asks
  // it in the article's words only, `asWritten`). A sign ($, £) stays the currency it stands for by itself.
  // Except «دولار», "dollars": in an article about countries none of which has a dollar (Lebanon, Ukraine), it is
  // the US dollar, as Arabic and British papers write it.
  if (written && (byCountry.get(best) ?? 0) === 0 && !partOfCurrency(words, m))
    return family.includes('USD') && namesOnlyCountriesWithoutDollar(byCountry) ? 'USD' : null
  return best
}

/** Whether a currency word names other countries' money too, which a quiz has no code for (`UNCODED_CURRENCY_WORDS`). */
function sharesUncodedMoney(word: string): boolean {
  uncodedCurrencies ??= new Set([...UNCODED_CURRENCY_WORDS].map((w) => foldLetters(w)))
  return uncodedCurrencies.has(foldLetters(word))
}

/** Whether the article names a country, and none whose money is called a dollar. */
function namesOnlyCountriesWithoutDollar(named: Map<string, number>): boolean {
  const dollars: string[] = [...currenciesOf('dollars'), OTHER_DOLLAR]
  let any = false
  for (const [currency, n] of named) {
    if (n === 0) continue
    if (dollars.includes(currency)) return false
    any = true
  }
  return any
}

/** Whether the mention's money is written in a part of a currency (cents, قرش), which is decided on its own. */
function partOfCurrency(words: Word[], m: Mention): boolean {
  for (let k = m.words.from; k < m.words.to; k++) {
    for (const tok of words[k]!.tokens) if (tok.t === 'word' && tok.e?.k === 'noun' && tok.e.worth !== undefined) return true
  }
  return false
}

/**
 * The part of a currency in a mention that is money only where its currency is named (قرش, فلس):
 * what one is worth (0.01), or null.
 */
function namedPartWorth(words: Word[], m: Mention, unit: Unit): number | null {
  for (let k = m.words.from; k < m.words.to; k++) {
    for (const tok of words[k]!.tokens) {
      const e = tok.t === 'word' ? tok.e : tok.t === 'sym' ? lookupSymbol(tok.c) : undefined
      if (e?.k === 'noun' && e.worth !== undefined) return e.named ? (e.worth[unit] ?? null) : null
    }
  }
  return null
}

/** The currencies an article names in whole units (dollar, $, جنيه, SAR), not by a part alone (cents, قرش). */
function currenciesNamed(paragraphs: readonly Paragraph[]): Set<Unit> {
  const named = new Set<Unit>()
  for (const p of paragraphs) {
    for (const tok of tokenize(p.text)) {
      const e = tok.t === 'word' ? tok.e : tok.t === 'sym' ? lookupSymbol(tok.c) : undefined
      if (e?.k === 'noun' && e.worth === undefined && isCurrency(e.unit)) for (const u of e.units) named.add(u)
    }
  }
  return named
}

// A clause of fewer words than this beside its quantity says too little to quote alone: "Tsegaye, 24,".
const MIN_CLAUSE_WORDS = 3

/** The smallest clause holding the quantity, or its whole sentence when that clause is hardly more than the number. */
function evidenceClause(text: string, words: Word[], sentence: Span, m: Mention): Span {
  const clause = spanOf(clauseSpans(text, sentence), m.start)
  const others = words.filter((w, k) => w.start >= clause.start && w.end <= clause.end && (k < m.words.from || k >= m.words.to)).length
  return others < MIN_CLAUSE_WORDS ? sentence : clause
}

// An Arabic number written as an adjective after its noun: الأشهر الثلاثة، السنوات الخمس.
const DEFINITE = /^(?:ال|وال|بال|لل)/u
const DEFINITE_DIGITS = /^(?:ال|وال|بال|لل)ـ?[0-9\u0660-\u0669]+$/u

/** The unit of the noun before a definite number word (الأشهر الثلاثة → month), or null. */
function unitBefore(words: Word[], m: Mention): Unit | null {
  const first = words[m.words.from]!
  const before = words[m.words.from - 1]
  // (Digits take the article with a tatweel: الساعات الـ24، الأيام الـ10.)
  if (!before || before.endsClause || !DEFINITE.test(first.text) || (HAS_DIGIT.test(first.text) && !DEFINITE_DIGITS.test(first.text))) return null
  const tokens = before.tokens
  const e = tokens.length === 1 && tokens[0]!.t === 'word' ? tokens[0]!.e : null
  return e?.k === 'noun' && e.form === 'pl' && !isCurrency(e.unit) ? e.unit : null
}

// "the 800m freestyle", "1500m": a number with m written onto it is a distance in running text
// (minutes are written 30 minutes, or 2h30m).
const METRES_WRITTEN = /^\d[\d,]*m$/u

const OLDEST_AGE = 120
// Words of people and the bounds of an age after them: "adults over 60", "children under 5".
const AGED_PEOPLE = new Set(
  'adults people men women children patients residents those anyone everyone drivers pensioners workers participants babies girls boys'.split(' '),
)
const AGE_BOUNDS = new Set(['over', 'under', 'above', 'below'])

/**
 * A person's age written without "years": "aged 65", "at the age of 38", «بعمر 40», "she was 91.",
 * and a number between commas after a name ("Tsegaye, 24, won"): years, not a count.
 */
function isBareAge(text: string, words: Word[], m: Mention): boolean {
  if (m.noun !== null || !Number.isInteger(m.value) || m.value < 1 || m.value > OLDEST_AGE || m.words.to - m.words.from !== 1) return false
  const before = words[m.words.from - 1]
  if (!before) return false
  const b = foldLetters(before.text).toLowerCase()
  if (!before.endsClause && (b === 'aged' || b === 'بعمر' || (b === 'of' && /^age$/iu.test(words[m.words.from - 2]?.text ?? '')))) return true
  // People over or under an age: "adults over 60", "children under 5", "people aged over 65" (no noun counted after it).
  const people = foldLetters(words[m.words.from - 2]?.text ?? '').toLowerCase()
  if (!before.endsClause && AGE_BOUNDS.has(b) && (AGED_PEOPLE.has(people) || people === 'aged') && !words[m.words.from - 2]!.endsClause) return true
  // "She was 91.", "he is 38,": a person's age ends the clause.
  if ((b === 'was' || b === 'is') && /^(?:he|she)$/iu.test(words[m.words.from - 2]?.text ?? '') && words[m.words.from]!.endsClause) return true
  return /,$/u.test(text.slice(before.end, m.start).trim()) && /^[A-Z]\p{L}+$/u.test(before.text) && text[m.end] === ','
}

const DEGREES = new Set(['درجة', 'درجات', 'degree', 'degrees'].map(foldLetters))

/** A bare number of degrees (14 degrees, ٣٠ درجة): a temperature when the article is about one. */
const isDegrees = (m: Mention) => m.noun !== null && DEGREES.has(foldLetters(m.noun.text).replace(/^(?:ال|و)/u, ''))

// A quake's strength in degrees («زلزال بقوة 5.9 درجات», «بلغت قوته 6 درجات على مقياس ريختر», `6 degrees on the Richter
// scale`): a magnitude, counted, never a temperature.
const MAGNITUDE_BEFORE = new Set('قوة بقوة قوته قوتها شدة بشدة شدته شدتها magnitude strength'.split(' ').map(foldLetters))
const MAGNITUDE_AFTER = /^(?:ريختر|لريختر|richter)$/iu

/** Whether a number of degrees is a quake's magnitude: a word of strength just before it, or Richter's scale after it. */
function isMagnitude(words: readonly Word[], m: Mention): boolean {
  const before = words[m.words.from - 1]
  if (before !== undefined && !before.endsClause && MAGNITUDE_BEFORE.has(foldLetters(before.text).toLowerCase())) return true
  for (let k = m.words.to; k < Math.min(words.length, m.words.to + 4); k++) {
    if (MAGNITUDE_AFTER.test(foldLetters(words[k]!.text))) return true
    if (words[k]!.endsClause) break
  }
  return false
}

/** The temperature scale of an article: Fahrenheit when it names it, Celsius when it names Celsius or temperature, else a count. */
function temperatureUnit(paragraphs: readonly Paragraph[]): Unit {
  const text = foldLetters(paragraphs.map((p) => p.text).join(' '))
  if (/فهرنهايت|فهرنهيت|fahrenheit|°\s?f\b/u.test(text)) return 'fahrenheit'
  return /مئوي|celsius|centigrade|°\s?c\b|°\s?م|حراره|temperature/u.test(text) ? 'celsius' : 'count'
}

/** A number of degrees below zero is a temperature whatever else the article says (in Celsius unless it names Fahrenheit). */
const degreesUnit = (m: Mention, scale: Unit): Unit => (m.value < 0 && scale === 'count' ? 'celsius' : scale)

const MOROCCAN_MONTHS = 'يوليوز غشت شتنبر نونبر دجنبر'.split(' ').map((m) => ` ${foldLetters(m)} `)

// What countryMentions counts a country under when it has no quiz currency: one whose money is called a dollar
// (Taiwan, New Zealand; Singapore and Hong Kong, cities of their own), and any other.
const OTHER_DOLLAR = 'other-dollar'
const NO_QUIZ_CURRENCY = 'none'

// The names of each country, folded once: its names, adjectives, capital and Arabic names of its towns, by its currency;
// and its towns' Latin names, read in the text as written (`towns`).
type Town = { name: string; re: RegExp }
let currencyCountries: { currency: string; forms: string[]; towns: Town[] }[] | undefined
let formsLongestFirst: { currency: string; form: string }[] | undefined

function foldedCountryForms(): { currency: string; forms: string[]; towns: Town[] }[] {
  const otherDollar = (names: string[]) => names.some((n) => OTHER_DOLLAR_PLACES.includes(n))
  return [
    ...COUNTRIES.map((country) => {
      // A capital counts for its country (a dateline «عمّان - (بترا)» makes دينار Jordan's), and so does a town of the
      // table (صفاقس, Sfax: Tunisia's dinar; Winnipeg: Canada's dollar).
      const capital = country.capital ? [...country.capital.ar, ...country.capital.en] : []
      const towns = CITIES.filter((city) => city.country === country.en[0] && !city.en.some((n) => capital.includes(n)))
      // Its nations and provinces too (Scotland, Ontario: sterling, the Canadian dollar).
      const regions = REGIONS.filter((region) => region.country === country.en[0]).flatMap((r) => [...r.ar, ...r.en, ...r.adjectives])
      return {
        currency: country.currency ?? (otherDollar(country.en) ? OTHER_DOLLAR : NO_QUIZ_CURRENCY),
        forms: [
          ...new Set(
            [...country.ar, ...country.en, ...country.adjectives, ...capital, ...regions, ...towns.flatMap((city) => city.ar)].flatMap(withArticleAfterL),
          ),
        ].map(foldLetters),
        towns: towns.flatMap((city) => city.en).map(latinTown),
      }
    }),
    ...CITIES.filter((city) => city.country === null && otherDollar(city.en)).map((city) => ({
      currency: OTHER_DOLLAR,
      forms: [...city.ar, ...city.en].map(foldLetters),
      towns: [],
    })),
  ]
}

/**
 * A town's Latin name as the text writes it, a whole word, and not before another capitalised word: a town's name is
 * often a person's (Sydney Sweeney, Adelaide Kane), whose family name follows it.
 */
function latinTown(name: string): Town {
  const re = new RegExp(`(?<!\\p{L})${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?!\\p{L})(?![\\s\\u00a0]+\\p{Lu})`, 'gu')
  return { name, re }
}

/** An Arabic name with the article as written after ل (الأردن: للأردن), beside the name itself. */
function withArticleAfterL(name: string): string[] {
  return name.startsWith('ال') ? [name, `لل${name.slice(2)}`] : [name]
}

// A Latin name is a whole word (Oman is not in "woman", US not in "because"), or its plural (Americans); an Arabic one
// takes its clitics before it (ولبنان، بالأردن، الأردنية) and, a nisba, its endings (المصريين، أردنيون), but is no part of
// another word (مصر in مصرف or مصرع, طرابلس in the family name الطرابلسي).
const LATIN = /\p{Script=Latin}/u
const AR_CLITICS = /^[وف]?(?:[بلك]|ال|بال|كال|لل)?$/u
const AR_CLITICS_BEFORE_ARTICLE = /^[وف]?[بك]?$/u
const AR_NISBA_ENDINGS = new Set(['', 'ه', 'ين', 'ون', 'ان', 'ات'])
function wholeName(text: string, at: number, name: string): boolean {
  const end = at + name.length
  if (LATIN.test(name)) {
    const after = text[end] === 's' ? end + 1 : end
    return !/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[after] ?? '')
  }
  let start = at
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--
  let stop = end
  while (stop < text.length && /\p{L}/u.test(text[stop]!)) stop++
  const before = text.slice(start, at)
  const after = text.slice(end, stop)
  if (!(name.startsWith('ال') ? AR_CLITICS_BEFORE_ARTICLE : AR_CLITICS).test(before)) return false
  return after === '' || (name.endsWith('ي') && AR_NISBA_ENDINGS.has(after))
}

/**
 * How often the article names each country (its names, adjectives and capital), by currency (OTHER_DOLLAR,
 * NO_QUIZ_CURRENCY when none), its datelines included.
 */
function countryMentions(paragraphs: readonly Paragraph[], datelines: readonly string[]): Map<string, number> {
  // (Headings too: a headline may be the only line naming the town, `Winnipeg council passes budget`.)
  const written = [...datelines, ...paragraphs.map((p) => (p.heading === null ? p.text : `${p.heading} ${p.text}`))].join(' ')
  const text = ` ${foldLetters(written)} `
  const counts = new Map<string, number>()
  currencyCountries ??= foldedCountryForms()
  // A name inside a longer one counts for the longer one only (the Wales of New South Wales, the Ireland of Northern
  // Ireland): the longest forms are read first, and the spans they take are no shorter form's (a name two places share,
  // عمان, counts for both, as before).
  const taken: [number, number][] = []
  // Most forms are nowhere in the text: a form one of whose three letters in a row the text lacks is not looked for.
  const inText = trigramsOf(text)
  for (const { currency, form } of (formsLongestFirst ??= currencyCountries
    .flatMap(({ currency, forms }) => forms.map((form) => ({ currency, form })))
    .sort((a, b) => b.form.length - a.form.length))) {
    if (!mayHold(inText, form)) continue
    let n = 0
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      if (!wholeName(text, at, form) || taken.some(([s, e]) => at < e && at + form.length > s && e - s > form.length)) continue
      taken.push([at, at + form.length])
      n++
    }
    if (n > 0) counts.set(currency, (counts.get(currency) ?? 0) + n)
  }
  for (const { currency, towns } of currencyCountries) {
    let n = 0
    for (const town of towns) if (written.includes(town.name)) for (const _ of written.matchAll(town.re)) n++
    counts.set(currency, (counts.get(currency) ?? 0) + n)
  }
  // Months as only Moroccan papers name them (شتنبر، دجنبر) make درهم Morocco's, whatever cities the article names.
  for (const month of MOROCCAN_MONTHS) {
    for (let at = text.indexOf(month); at >= 0; at = text.indexOf(month, at + month.length)) counts.set('MAD', (counts.get('MAD') ?? 0) + 1)
  }
  return counts
}

/** The runs of three characters a text has, each as one number (three UTF-16 code units fit a safe integer). */
function trigramsOf(text: string): Set<number> {
  const grams = new Set<number>()
  for (let k = 0; k + 3 <= text.length; k++) grams.add(trigramAt(text, k))
  return grams
}
const trigramAt = (text: string, k: number) => text.charCodeAt(k) * 2 ** 32 + text.charCodeAt(k + 1) * 2 ** 16 + text.charCodeAt(k + 2)

/** Whether a text with these runs of three characters may hold `word`: it has every one of the word's (a shorter word, always). */
function mayHold(grams: ReadonlySet<number>, word: string): boolean {
  for (let k = 0; k + 3 <= word.length; k++) if (!grams.has(trigramAt(word, k))) return false
  return true
}

// Sentence-ending punctuation (closing quotes and brackets allowed after it).
const SENTENCE_END = /[.!?؟…:]["'”’»)\]]*$/u

/**
 * A first paragraph that ends with no full stop, above the article's body, is its headline (one too
 * long for the layout to make a heading): a fact it states that the body states too (the same value,
 * the same kind: `trial of 1,800 patients` and `The study followed 1,800 adults`) is the body's, whose
 * sentence says it whole. The headline's mention is hidden like the body's fact and is asked nowhere.
 */
function bodyOverHeadline(
  paragraphs: readonly Paragraph[],
  words: Word[][],
  sentences: Span[][],
  facts: NumberFact[],
  statements: ArticleFacts['statements'],
  notes: DraftNote[],
): void {
  const first = paragraphs[0]
  if (!first || paragraphs.length < 2 || SENTENCE_END.test(first.text.trim())) return
  const sameKind = (a: NumberFact, b: NumberFact) =>
    a.value === b.value && (a.unit === b.unit || (['count', 'person'].includes(a.unit) && ['count', 'person'].includes(b.unit)))
  for (let k = facts.length - 1; k >= 0; k--) {
    const fact = facts[k]!
    if (fact.paragraph !== first.index) continue
    // The body says it in words of its own (1,800 adults): that fact is asked, the headline's is not.
    const body = facts.find((f) => f.paragraph !== first.index && sameKind(f, fact))
    if (body) {
      facts.splice(k, 1)
      for (const s of statements) if (s.fact === fact) s.fact = body
      notes.push(note('repeated-fact', first.index, first.text.slice(fact.mention.start, fact.mention.end)))
      continue
    }
    // The body says it in the headline's words (7 أشخاص): the fact is asked with the body's sentence.
    const again = statements.find((s) => s.fact === fact && s.paragraph !== first.index)
    if (!again) continue
    const p = paragraphs.find((x) => x.index === again.paragraph)!
    const sentence = spanOf(sentences[p.index]!, again.mention.start)
    Object.assign(fact, {
      paragraph: p.index,
      sentence,
      clause: evidenceClause(p.text, words[p.index]!, sentence, again.mention),
      mention: again.mention,
      counted: countedOf(p.text, again.mention),
    })
  }
}

const sameFact = (a: NumberFact, b: NumberFact) => a.unit === b.unit && a.value === b.value && a.counted === b.counted

function spanOf(spans: Span[], at: number): Span {
  return spans.find((s) => s.start <= at && at < s.end) ?? spans[spans.length - 1]!
}

/** Where the article was written, beside its paragraphs: the datelines `cleanArticle` cut from it. */
export type ArticleContext = { datelines?: readonly string[] }

/** The numeric facts of the article's paragraphs (texts only: headings repeat what they head). */
// Words a writer gives their own view with, in the first person («في رأيي», «في تقديري», «أعتقد», «أرى أن», `I think`, `in
// my view`), folded: a figure in their clause is an opinion, not a fact the article reports. (Others' views, «يرى
// كثيرون أن», `The firm thinks`, are too: `OTHERS_VIEW_AR`.)
const WRITERS_VIEW_AR =
  /(?:^|[\s،,(])(?:[وف]?(?:في |ب)(?:رايي|تقديري|اعتقادي|نظري|ظني)|من وجهه نظري|[وف]?(?:لكنني|لكني)? ?(?:اعتقد|اظن|ارجح|اري ان|اري انه)|[وف]?اني اري)(?=$|[\s،,.)])/u
const WRITERS_VIEW_EN =
  /\b(?:I (?:think|believe|suspect|reckon|doubt|would argue|'d argue)|in my (?:view|opinion|estimate|estimation|judgment|judgement)|to my mind)\b/iu

/** Whether a text gives the writer's own view anywhere. */
export const givesAView = (text: string) => WRITERS_VIEW_EN.test(text) || WRITERS_VIEW_AR.test(foldLetters(text))

/**
 * Whether a number's clause gives the writer's own view before it, or its sentence opens on one («في رأيي، لا يمكن …»).
 * A view set off right after its clause closes it (`20 buses would do, I think.`); another view after the number is about a
 * fact stated (`it would buy 40 buses, which I believe is too few`).
 */
function inTheWritersView(text: string, sentence: Span, clause: Span, at: number): boolean {
  const opening = text.slice(sentence.start, Math.min(at, sentence.start + 24))
  return (
    [text.slice(clause.start, at), opening].some(givesAView) || viewClosesClause(text.slice(clause.start, clause.end), text.slice(clause.end, sentence.end))
  )
}

// The writer's view set off after the clause it is about, closing it (`20 buses would do, I think.`, «تكفي 20 حافلة، في
// رأيي.»): the whole clause is their view. (`40 buses, which I believe is too few` is a view about a fact stated.)
const VIEW_AFTER_EN =
  /^\s*[,—–-]\s*(?:I (?:think|believe|suspect|reckon)|in my (?:view|opinion|estimate|estimation|judgment|judgement)|to my mind)\s*(?:[.,;!?]|$)/iu
const VIEW_AFTER_AR =
  /^\s*[،,—–-]\s*(?:[وف]?(?:في |ب)(?:رايي|تقديري|اعتقادي|نظري|ظني)|من وجهه نظري|(?:علي ما|كما|فيما) (?:اعتقد|اظن|اري)|اعتقد|اظن)\s*(?:[.،,؛;!؟]|$)/u

// A view others hold, reported: a verb of belief before «أن» (any holder: «يرى كثيرون أن», «يعتقد مسؤولون أن», «وترى
// الشركة أن»), or an unnamed crowd's saying («يقول منتقدون», «يرى البعض»), folded; `The firm thinks`, `many believe`,
// `critics say`. A figure after one in its clause is their view, not a fact the article reports; a body or a person saying
// what happened (`The ministry says 40 schools closed`, «وقالت الوزارة إن 40 مدرسة أغلقت») reports a fact, and so does a
// forecast («تتوقع», `expects`).
const OTHERS_VIEW_AR =
  /(?:^|[\s،,(])[وف]?(?:(?:يري|تري|يعتقد|تعتقد|يظن|تظن)(?: \S+){0,2} (?:ان|انه|انها|بان)|(?:يقول|تقول|يري|يعتقد|يؤكد|يحذر) (?:كثيرون|الكثيرون|منتقدون|المنتقدون|مراقبون|المراقبون|محللون|خبراء|البعض|اخرون|معارضون|المعارضون|مسؤولون))(?=$|[\s،,.)])/u
const OTHERS_VIEW_EN =
  /\b(?:(?:thinks?|believes?|reckons?|feels?|suspects?)\b|(?:many|some|critics|sceptics|skeptics|opponents|observers|analysts|campaigners|others)\s+(?:say|argue|claim|fear|believe|think)\b)/iu

/** A clause's words after its last comma: a view before a comma holds no figure of an aside after it (`Critics say the plan, which cost £40 million, …`). */
const afterLastComma = (text: string) => text.slice(Math.max(text.lastIndexOf(','), text.lastIndexOf('،')) + 1)

/** Whether a text reports a view others hold (`The firm thinks`, «يرى كثيرون أن»). */
const reportsAView = (text: string) => OTHERS_VIEW_EN.test(text) || OTHERS_VIEW_AR.test(foldLetters(text))

/** Whether the text after a number's clause opens on the writer's view closing it (`, I think.`, «، في رأيي.»). */
function viewClosesClause(clause: string, after: string): boolean {
  // The clause may keep the comma that sets the view off.
  const text = (/[,،—–-]\s*$/u.test(clause) ? ',' : '') + after
  return VIEW_AFTER_EN.test(text) || VIEW_AFTER_AR.test(foldLetters(text))
}

export function collectFacts(paragraphs: readonly Paragraph[], context: ArticleContext = {}): ArticleFacts {
  const facts: NumberFact[] = []
  const notes: DraftNote[] = []
  const sentences: Span[][] = []
  const allWords: Word[][] = []
  const statements: ArticleFacts['statements'] = []
  const scores: ScoreFact[] = []
  const times: TimeFact[] = []
  const editions: EditionFact[] = []
  const skipped: { paragraph: number; mention: Mention }[] = []
  const bounds: ArticleFacts['bounds'] = []
  let counted: Map<string, number> | undefined
  const countries = () => (counted ??= countryMentions(paragraphs, context.datelines ?? []))
  // The currency words whose money no country of the article settles, by the currency each names first (ريال: SAR), and
  // the words of currencies a quiz has none for (folded: shillings).
  const unsettled = new Set<string>()
  let temperature: Unit | undefined
  let money: Set<Unit> | undefined
  const dots = dotsGroupThousands(paragraphs)
  for (const p of paragraphs) {
    // The text as the number reader reads it (`6.000` as 6000 where the article's dots group thousands): the same spans.
    const read = dots ? withDotsAsThousands(p.text) : p.text
    const words = wordsOf(read)
    const spans = sentenceSpans(p.text)
    sentences.push(spans)
    allWords.push(words)
    const mentions = findMentions(read, words)
    const covered = new Set<number>()
    let viewHere: boolean | undefined
    /** A score (or a vote's tally, a ratio) from `start` to `end`, quoted with its sentence's clause. */
    const scoreAt = (start: number, end: number, home: number, away: number, as?: 'vote' | 'ratio') => {
      const sentence = spanOf(spans, start)
      const clause = spanOf(clauseSpans(p.text, sentence), start)
      scores.push({
        paragraph: p.index,
        sentence,
        clause,
        start,
        end,
        home,
        away,
        ...(as === 'vote' && { vote: true }),
        ...(as === 'ratio' && { ratio: true }),
      })
    }
    // Scores in words, in sentences about a match: their words are no other fact.
    const scored = new Set<number>()
    // A match's sets in a row: noted once, none asked.
    for (let k = 0; k < words.length; k++) {
      const to = setScoresFrom(read, words, k)
      if (to === k) continue
      const end = words[to - 1]!.end + (read[words[to - 1]!.end] === ')' ? 1 : 0)
      notes.push(note('unread-number', p.index, p.text.slice(words[k]!.start, end)))
      for (let j = k; j < to; j++) scored.add(j)
      k = to - 1
    }
    for (let k = 0; k < words.length; k++) {
      if (!GOAL_LETTERS.test(words[k]!.text) && !GOAL_LETTERS.test(words[k + 1]?.text ?? '')) continue
      const found = wordScoreAt(words, k)
      if (!found) continue
      const sentence = spanOf(spans, words[k]!.start)
      if (!aboutAMatch(words, sentence)) continue
      scoreAt(words[k]!.start, words[found.to - 1]!.end, found.home, found.away)
      for (let j = k; j < found.to; j++) scored.add(j)
      k = found.to - 1
    }
    // Tallies written with their votes (by 210 votes to 195, بأغلبية 37 صوتاً مقابل 22): one fact, their counts none.
    for (const tally of writtenTallies(read, spans)) {
      const inside = words.flatMap((w, k) => (w.start >= tally.start && w.end <= tally.end ? [k] : []))
      if (inside.some((k) => scored.has(k))) continue
      scoreAt(tally.start, tally.end, tally.home, tally.away, 'vote')
      for (const k of inside) scored.add(k)
    }
    const scoreEnds = new Set<number>()
    const here: NumberFact[] = []
    const timeAt = (k: number) => {
      const { start, end } = words[k]!
      const sentence = spanOf(spans, start)
      times.push({
        paragraph: p.index,
        sentence,
        clause: evidenceClause(p.text, words, sentence, { start, end, words: { from: k, to: k + 1 } } as Mention),
        start,
        end,
      })
    }
    for (const m of mentions) {
      for (let k = m.words.from; k < m.words.to; k++) covered.add(k)
      // Its imperial restatement (`1,247lb` of `1,247lb (566kg)`) is the same fact, none of its own.
      if (m.restated) for (let k = m.words.from - 1; k >= 0 && words[k]!.start >= m.restated.start; k--) covered.add(k)
      if (m.restated) for (let k = m.words.to; k < words.length && words[k]!.end <= m.restated.end; k++) covered.add(k)
      if (scored.has(m.words.from)) continue
      if (m.words.to - m.words.from === 1 && isRaceTime(words, m.words.from)) {
        timeAt(m.words.from)
        continue
      }
      // «الدورة الـ41», «النسخة 12»: an edition, asked with its neighbours written the same way (the whole word, its article too).
      const arabicEdition = arabicEditionAt(words, m)
      if (arabicEdition !== null) {
        const w = words[m.words.from]!
        const sentence = spanOf(spans, w.start)
        editions.push({ paragraph: p.index, sentence, clause: evidenceClause(p.text, words, sentence, m), start: w.start, end: w.end, value: arabicEdition })
        continue
      }
      const quote = p.text.slice(m.start, m.end)
      const reason = notAFact(read, words, m)
      // «بنتيجة 2 - 1», "won 3 - 1": two numbers with a dash between, in a sentence about a match, are its score.
      if (reason === 'range' && m.range!.start === m.start) {
        const sentence = spanOf(spans, m.start)
        const score = p.text.slice(m.range!.start, m.range!.end).match(SCORE)
        if (score && m.unit === null && aboutAMatch(words, sentence) && !countsAfter(words, m.words.from + (m.range!.end > m.end ? 2 : 0))) {
          scoreAt(m.range!.start, m.range!.end, digitsValue(score[1]!), digitsValue(score[2]!))
          scoreEnds.add(m.range!.end)
          continue
        }
      }
      // "voted 37 to 22", "by 37 votes to 22": a vote's tally, asked as written like a score.
      if (reason === 'range' && m.range!.start === m.start && m.unit === null) {
        const tally = p.text.slice(m.range!.start, m.range!.end).match(TALLY)
        const before = p.text.slice(Math.max(0, m.range!.start - 40), m.range!.start)
        if (tally && VOTE_BEFORE.test(before)) {
          scoreAt(m.range!.start, m.range!.end, Number(tally[1]), Number(tally[2]), 'vote')
          scoreEnds.add(m.range!.end)
          continue
        }
      }
      // «نسبة … تبلغ 3 إلى 1», `a ratio of 3 to 1`: a ratio, asked as written like a vote.
      if (reason === 'range' && m.range!.start === m.start && m.unit === null) {
        const two = p.text.slice(m.range!.start, m.range!.end).match(TWO_TO_ONE)
        const sentence = spanOf(spans, m.range!.start)
        const before = p.text.slice(sentence.start, m.range!.start)
        if (two && RATIO_BEFORE.test(before) && !RANGE_WORD_BEFORE.test(before) && RATIO_AFTER.test(p.text.slice(m.range!.end, sentence.end))) {
          scoreAt(m.range!.start, m.range!.end, digitsValue(two[1]!), digitsValue(two[2]!), 'ratio')
          scoreEnds.add(m.range!.end)
          continue
        }
      }
      if (reason === 'range' && scoreEnds.has(m.range!.end)) continue
      if (reason) {
        // A range is noted once, whole.
        if (reason !== 'range' || m.range!.start === m.start)
          notes.push(note(reason, p.index, reason === 'range' ? p.text.slice(m.range!.start, m.range!.end) : quote))
        if (reason === 'range') {
          const unit = m.unit ?? mentions.find((o) => o.range?.start === m.range!.start && o.unit !== null)?.unit ?? null
          bounds.push({ paragraph: p.index, value: m.value, unit })
        }
        skipped.push({ paragraph: p.index, mention: m })
        continue
      }
      const sentence = spanOf(spans, m.start)
      // A bare four-digit year with nothing counted after it is a year: «2023», «a 2023 report».
      const year = m.unit === null && isBareYear(p.text, words, m)
      // Money in a currency a quiz has none for (11 trillion shillings): no count, asked as written like unsettled money.
      const uncoded = m.unit === null && !year ? uncodedCurrencyAfter(words, m) : -1
      let unit: Unit | null = year
        ? 'date'
        : uncoded >= 0
          ? null
          : m.unit === null
            ? (unitBefore(words, m) ??
              (m.words.to - m.words.from === 1 || minusWordBefore(words, m.words.to - 1) === m.words.from ? gluedScale(words[m.words.to - 1]!) : null) ??
              (isDegrees(m) && !isMagnitude(words, m)
                ? degreesUnit(m, (temperature ??= temperatureUnit(paragraphs)))
                : isBareAge(p.text, words, m)
                  ? 'year'
                  : 'count'))
            : isCurrency(m.unit)
              ? resolveCurrency(p.text, words, m, m.unit, countries)
              : m.unit === 'minute' && METRES_WRITTEN.test(p.text.slice(m.start, m.end))
                ? 'metre'
                : m.unit
      // Money no country of the article settles: a number of that money as written, asked only in the article's words.
      // Noted once per currency word, where the article first writes it (a budget's ten amounts in riyals: one note).
      const asWritten = unit === null
      if (unit === null) {
        const word = uncoded >= 0 ? foldLetters(words[uncoded]!.text) : m.unit!
        if (!unsettled.has(word)) notes.push(note('currency-unknown', p.index, uncoded >= 0 ? p.text.slice(m.start, words[uncoded]!.end) : quote))
        unsettled.add(word)
        unit = 'count'
      }
      let value = year ? m.value * 10_000 : roundQuantity(m.value)
      // A part of a currency whose word says too little (25 قرشًا, 50 فلسًا) is money only when the
      // article names its currency: else it counts what its word names (25 قرشًا may be sharks).
      const worth = isCurrency(unit) ? namedPartWorth(words, m, unit) : null
      if (worth !== null && !(money ??= currenciesNamed(paragraphs)).has(unit)) [unit, value] = ['count', roundQuantity(m.value / worth)]
      const clause = evidenceClause(p.text, words, sentence, m)
      // The writer's own view («وهو مبلغ كان يكفي في تقديري لإنشاء عشرة ممرات», `I think it would take 20 years`): no fact.
      // (Read in a clause only where the paragraph gives a view at all: most give none.)
      viewHere ??= givesAView(p.text) || reportsAView(p.text)
      if (viewHere && (inTheWritersView(p.text, sentence, clause, m.start) || reportsAView(afterLastComma(p.text.slice(clause.start, m.start))))) {
        notes.push(note('opinion', p.index, quote))
        skipped.push({ paragraph: p.index, mention: m })
        continue
      }
      const fact: NumberFact = {
        paragraph: p.index,
        sentence,
        clause,
        mention: m,
        value,
        unit,
        kind: kindOf(unit),
        counted: countedOf(p.text, m),
        parts: null,
        ...(asWritten ? { asWritten } : {}),
      }
      // A share beside its complement in one sentence («نسبة الذكور 53 بالمئة، … نسبة الإناث 47 بالمئة»): one fact, asked
      // once; the second is hidden where the first is asked, as a repeated fact is.
      const whole = fact.unit === 'percent' ? here.find((f) => complements(p.text, f, fact)) : undefined
      if (whole) {
        notes.push(note('given-away', p.index, quote))
        statements.push({ paragraph: p.index, mention: m, fact: whole, gives: true })
        continue
      }
      const stated = facts.find((f) => sameFact(f, fact)) ?? here.find((f) => sameFact(f, fact))
      statements.push({ paragraph: p.index, mention: m, fact: stated ?? fact })
      if (stated) {
        notes.push(note('repeated-fact', p.index, quote))
        continue
      }
      here.push(fact)
    }
    words.forEach((w, k) => {
      if (covered.has(k) || scored.has(k) || !HAS_DIGIT.test(w.text) || !hasNumber(w)) return
      const sentence = spanOf(spans, w.start)
      const edition = editionAt(words, k)
      if (isRaceTime(words, k)) timeAt(k)
      else if (edition !== null) {
        const at = { start: w.start, end: w.end, words: { from: k, to: k + 1 } } as Mention
        editions.push({ paragraph: p.index, sentence, clause: evidenceClause(p.text, words, sentence, at), start: w.start, end: w.end, value: edition })
      } else if (isScore(words, k, sentence)) {
        const [, home, away] = w.text.match(SCORE)!
        scoreAt(w.start, w.end, digitsValue(home!), digitsValue(away!))
      } else {
        notes.push(note(unreadReason(words, k), p.index, w.text))
      }
    })
    facts.push(...here, ...totalsOf(read, words, here))
  }
  bodyOverHeadline(paragraphs, allWords, sentences, facts, statements, notes)
  // A number that is no fact (a label, an ordinal, a year in a name) but has the value of one is
  // hidden like that fact: a prompt showing «الدورة الخامسة والأربعين» would show 40 beside a
  // question whose answer is 40 years.
  for (const { paragraph, mention } of skipped) {
    const same = facts.find((f) => f.value === mention.value && (mention.unit === null || mention.unit === f.unit))
    if (same) statements.push({ paragraph, mention, fact: same })
  }
  // Headings repeat what their paragraph says; one that says more is noted, since quotes come from paragraphs.
  for (const p of paragraphs) {
    if (!p.heading) continue
    const words = wordsOf(p.heading)
    for (const m of findMentions(p.heading, words)) {
      // A number word that is no fact where it stands (الربع الثاني, a label) is none in a heading either.
      if (notAFact(p.heading, words, m) !== null) continue
      // An edition the body states too («انطلاق الدورة الـ41» above «فعاليات الدورة الـ41»).
      if (arabicEditionAt(words, m) !== null && editions.some((e) => e.value === m.value)) continue
      if (!facts.some((f) => f.value === m.value && (m.unit === null || f.unit === m.unit))) {
        notes.push(note('number-in-heading', p.index, p.heading.slice(m.start, m.end)))
      }
    }
  }
  return { facts, scores, times, editions, notes, sentences, words: allWords, statements, bounds }
}

// A change between the two shares («ارتفعت من 40 إلى 60 بالمئة», `from 40% to 60%`): two facts, though they sum to a hundred.
const CHANGE_BETWEEN = /(?:^|[\s،,])(?:إلى|الى|to)\s/iu
// A change's size before the first («بارتفاع 5 بالمئة», `rose by 5%`): no share of a whole.
const CHANGE_BEFORE = /(?:^|\s)(?:by|rose|fell|بنسبة|بزيادة|بارتفاع|بانخفاض|بتراجع|ارتفع\S*|انخفض\S*|تراجع\S*|زاد\S*)\s*$/iu
// How many words a share and its complement may stand apart.
const COMPLEMENT_GAP_WORDS = 12

/**
 * Whether `b` is the complement of the earlier share `a` of its sentence: the two sum to a hundred per cent (53 and 47), a few
 * words apart with no other number between them, neither a change's size. A reader told one knows the other. (`Shares
 * rose 5%, or $1.47 a share, and turnout was 95%` is no pair.)
 */
function complements(text: string, a: NumberFact, b: NumberFact): boolean {
  if (a.unit !== 'percent' || a.sentence.start !== b.sentence.start || a.mention.end > b.mention.start) return false
  if (Math.abs(a.value + b.value - 100) > 1e-9) return false
  const between = text.slice(a.mention.end, b.mention.start)
  if (HAS_DIGIT.test(between) || between.trim().split(/\s+/u).length > COMPLEMENT_GAP_WORDS || CHANGE_BETWEEN.test(between)) return false
  return ![a, b].some((f) => CHANGE_BEFORE.test(text.slice(Math.max(0, f.mention.start - 16), f.mention.start)))
}

// How far apart two listed quantities may stand: "1000 عامل إزالة ألغام و5000 عامل بناء".
const LIST_GAP_WORDS = 4

/**
 * Totals of quantities listed together: two or more of the same unit and thing in one sentence,
 * each after the previous with و / and / a comma in between, none "among" the previous.
 */
function totalsOf(text: string, words: Word[], facts: NumberFact[]): NumberFact[] {
  const totals: NumberFact[] = []
  let run: NumberFact[] = []
  const flush = () => {
    if (run.length >= 2) {
      const first = run[0]!
      const last = run[run.length - 1]!
      const value = run.reduce((sum, f) => sum + f.value, 0)
      const clause = { start: Math.min(first.clause.start, last.clause.start), end: Math.max(first.clause.end, last.clause.end) }
      totals.push({
        ...first,
        clause,
        value,
        mention: { ...first.mention, start: first.mention.start, end: last.mention.end, value },
        counted: `${first.counted} total`,
        parts: run,
      })
    }
    run = []
  }
  for (const f of facts) {
    const prev = run[run.length - 1]
    if (prev && listed(text, words, prev, f)) run.push(f)
    else {
      flush()
      run = [f]
    }
  }
  flush()
  return totals
}

const AND_WORDS = new Set(['و', 'and', '&'])
// The counts of a toll, folded without the tanween's alef: the dead, the injured, the missing, and what else befell people
// (the drowned, the stranded, the displaced, the evacuated, the arrested, the rescued …), each a count of its own.
const CASUALTY_WORDS: [string, string[]][] = [
  ['dead', 'قتيل قتلى قتيلا قتيلة ميت موتى وفاة وفيات killed dead deaths died'.split(' ')],
  ['hurt', 'مصاب مصابا مصابين جريح جريحا جرحى اصابة اصابات injured wounded hurt injuries'.split(' ')],
  ['missing', 'مفقود مفقودا مفقودين missing'.split(' ')],
  ['drowned', 'غريق غريقا غرقى غرقوا غرق drowned'.split(' ')],
  ['stranded', 'عالق عالقا عالقين عالقون علقوا stranded trapped'.split(' ')],
  ['displaced', 'نازح نازحا نازحين نازحون مشرد مشردا مشردين مهجر مهجرا مهجرين displaced homeless'.split(' ')],
  ['evacuated', 'اجلاؤهم اجلي evacuated'.split(' ')],
  ['arrested', 'معتقل معتقلا معتقلين موقوف موقوفا موقوفين اعتقلوا اوقفوا arrested detained'.split(' ')],
  ['rescued', 'ناج ناجيا ناجين ناجون انقذوا rescued saved survivors survived'.split(' ')],
  ['kidnapped', 'مختطف مختطفا مختطفين رهينة رهائن kidnapped abducted hostages'.split(' ')],
  ['sick', 'مريض مريضا مرضى sick ill infected hospitalised hospitalized'.split(' ')],
]
const CASUALTY = new Map(CASUALTY_WORDS.flatMap(([kind, forms]) => forms.map((f) => [foldLetters(f), kind] as const)))

/** Which count of a toll a number is (its noun or one of the two words after it: 38 قتيلاً، 12 people were killed), or null. */
function casualtyOf(words: Word[], f: NumberFact): string | null {
  const said = [f.mention.noun?.text ?? '']
  for (let k = f.mention.words.to; k < f.mention.words.to + 2 && words[k]; k++) {
    said.push(words[k]!.text)
    if (words[k]!.endsClause || AND_WORDS.has(words[k + 1]?.text.toLowerCase() ?? '')) break
  }
  for (const w of said) {
    const kind = CASUALTY.get(
      foldLetters(w)
        .replace(/^و/u, '')
        .replace(/[\u064B-\u065F]/gu, '')
        .toLowerCase(),
    )
    if (kind) return kind
  }
  return null
}
const ABBREVIATED_UNIT = /^(?:\p{Lu}{2,5}|[a-z]{1,2}\p{Lu}\p{L}{0,2})$/u

function listed(text: string, words: Word[], a: NumberFact, b: NumberFact): boolean {
  if (a.unit !== b.unit || a.sentence !== b.sentence || (a.kind === 'count' && a.mention.noun?.text !== b.mention.noun?.text)) return false
  if (a.kind !== 'people' && a.kind !== 'count') return false
  // A unit written as an abbreviation (12 GB of RAM and 512 GB of storage) measures, it counts nothing to add up.
  if (a.kind === 'count' && ABBREVIATED_UNIT.test(a.mention.noun?.text ?? '')) return false
  const gap = words.slice(a.mention.words.to, b.mention.words.from)
  if (gap.length > LIST_GAP_WORDS) return false
  // The second starts with و (و5000), or the last word between them is "and", or a comma ends the first.
  const joined =
    text[b.mention.start - 1] === 'و' ||
    words[b.mention.words.from]!.text.startsWith('و') ||
    (gap.length > 0 && AND_WORDS.has(gap[gap.length - 1]!.text.toLowerCase()))
  // The dead and the injured (38 قتيلاً و61 مصاباً, `12 killed and 40 injured`) are a toll's separate counts, which a report
  // never adds up: no total (a team's doctors and nurses are one, فريق من 11 طبيباً و36 ممرضاً).
  if (casualtyOf(words, a) !== casualtyOf(words, b)) return false
  // Quantities of the same head noun: "عامل إزالة ألغام" and "عامل بناء".
  const head = (f: NumberFact) => f.counted.split(' ')[0]
  return joined && head(a) === head(b)
}
