import { sameStem } from './context-words.ts'
import { dateMatches } from './dates.ts'
import { foldLetters } from './normalize.ts'
import { isNumberWord, lookupWord } from './numbers-lexicon.ts'
import { findNumbers } from './numbers.ts'
import { indexOfRun, isKey, type NumericQuestion, QUOTE_NEGATIONS, wordsOf, wordsOfQuote } from './numeric-quote.ts'
import type { Unit } from './quiz-schema.ts'
import { restatementNumbers } from './quoted-equivalents.ts'
import { dimensionOf, parseQuantity } from './units.ts'

/**
 * The words an answer may say around its number because the quote says them around the key: a
 * frame («لا تقل عن 95%», `up to 9 km`), a rate in other words (`a year` for «سنويًا», `mg/kg` for
 * «ملغ لكل كيلوغرام»), the quote's sentence going on after the key (`thirty per cent more`); and a rate
 * the quote does not give (`10 ملغ لكل مريض`), which makes an answer wrong.
 */

// How often, said in several ways: an answer may say it as the quote does in other words (`120
// ألف درهم في السنة` for «120 ألف درهم سنويًا», `3.5 million barrels a day` for "per day"), after a slash (`12/day`,
// «12/يوم» for «12 باخرة … يوميا»), shortened as phones do (`a yr`, `a wk`), or in French (`par jour`).
const RATES: readonly (readonly string[][])[] = [
  'سنويا|في السنه|بالسنه|كل سنه|في العام|بالعام|كل عام|السنوي|السنويه|a year|per year|each year|every year|annually|per annum|yearly|/ year|/ yr|a yr|per yr|/ سنه|/ an|par an',
  'شهريا|في الشهر|بالشهر|كل شهر|الشهري|الشهريه|a month|per month|each month|every month|monthly|/ month|/ mth|a mth|per mth|/ mo|a mo|per mo|/ شهر|/ mois|par mois',
  'اسبوعيا|في الاسبوع|بالاسبوع|كل اسبوع|الاسبوعي|الاسبوعيه|a week|per week|each week|every week|weekly|/ week|/ wk|a wk|per wk|/ اسبوع|/ semaine|par semaine',
  'يوميا|في اليوم|باليوم|كل يوم|اليومي|اليوميه|a day|per day|each day|every day|daily|/ day|/ يوم|/ jour|par jour',
].map((phrases) => phrases.split('|').map((p) => wordsOf(p)))

// «سعر» and «ثمن» before a noun price one of it (the price of a kilo): a rate per that noun.
const PRICE_OF = ['سعر', 'ثمن']
const PRICE_WORDS: ReadonlySet<string> = new Set(PRICE_OF.map(foldLetters))

// What says "per" before a unit: `ملغ لكل كيلوغرام`, `mg per kg`, `mg/kg` (a mark is a word of its own).
const PER: ReadonlySet<string> = new Set(['لكل', 'per', '/', 'each'].map(foldLetters))

/** The units a folded word names when it is a measure's unit, not of time (time has its own rates, above) nor a count; null otherwise. */
function unitsPer(w: string): readonly Unit[] | null {
  // With the article too (الطن, as the lexicon has المتر and اللتر).
  const entry = lookupWord(w) ?? (w.startsWith(AL) && w.length > 3 ? lookupWord(w.slice(2)) : null)
  return entry?.k === 'noun' && !entry.units.some((u) => dimensionOf(u) === 'time' || dimensionOf(u) === 'count') ? entry.units : null
}

/**
 * True when the answer gives its figure per something the quote does not: `10 ملغ لكل مريض` for «10 ملغ
 * لكل كيلوغرام من وزن المريض» (the patient is the quote's word, the rate is not). Per a unit in another
 * spelling (`/كغ`, `per kilo`) is the quote's; rates of time (`a year`, «سنويًا») are `RATES`' and `per
 * cent` a percentage.
 */
export function saysAnotherRate(question: NumericQuestion, text: string): boolean {
  const words = wordsOf(text)
  let quote: readonly string[] | null = null

  // A price the quote gives of a thing («سعر كيلو سمك الزبيدي … 9 دنانير و500 فلس») is per that thing only: an answer's
  // «للسمكة» (per fish) after the number is another rate; «للكيلو» is the quote's. With no such price in the quote, a
  // word with ل after the number may say what for (`85 ألف دينار للمشروع`) and is graded as before.
  const number = words.findIndex((w) => findNumbers(w).length > 0)
  for (let k = number + 1; number >= 0 && k < words.length; k++) {
    const per = priceOfSaid(words, k)?.nouns ?? null
    if (per === null) continue
    quote ??= wordsOf(question.evidence.quote)
    const q = quote
    if ((pricesAThing(q) || pricesAUnit(question, q)) && !per.some((noun) => quoteRatePer(q, noun))) return true
  }
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k + 1]!
    if (!PER.has(words[k]!) || !/^\p{L}+$/u.test(w) || w === 'cent' || timeUnit(w)) continue
    if (RATES.some((rate) => rate.some((run) => run[0] === words[k] && run[1] === w))) continue
    quote ??= wordsOf(question.evidence.quote)
    if (!quoteRatePer(quote, w)) return true
  }
  return false
}

/**
 * True when the answer says after its number a word the quote ties to another of its figures, so that the answer gives
 * the key what the article says of that figure: a rate said after a figure the quote gives before the key (`400 دينار
 * شهريا` for «1500 لتر من الكاز شهريا بسعر 400 دينار للتر»: the litres are monthly, not the price), or a noun the
 * quote gives another figure with "of" (`82% turnout` for "82% of members voted for action on a turnout of 71%"). A
 * rate's adjective before the key («التذكرة الأسبوعية 40 ريالا», `weekly`) says it of what follows, and is the key's.
 * Only where the quote names the key once; elsewhere the answer's words are graded as before.
 */
export function tiesAnotherFigure(question: NumericQuestion, text: string): boolean {
  const quote = wordsOfQuote(question)
  if (quote === null) return false
  const words = wordsOf(text)
  const number = words.findIndex((w) => findNumbers(w).length > 0)
  if (number < 0) return false
  const key = quote.findIndex((w, i) => isFigureWord(w) && startsWithKey(question, quote.slice(i, i + 4)))
  if (key < 0) return false
  let keyEnd = key
  while (keyEnd + 1 < quote.length && isFigureWord(quote[keyEnd + 1]!)) keyEnd++
  // The figure a rate said before or after a word belongs to (a year is none: `in 2024 … a day`); true when it is another
  // than the key.
  const another = (j: number) => j >= 0 && j < quote.length && (j < key || j > keyEnd)
  const neighbour = (w: string, i: number) => isFigureWord(w) && (i >= key && i <= keyEnd ? true : !YEAR.test(w))
  const before = (at: number) => quote.slice(0, at).findLastIndex(neighbour)
  const after = (at: number) => {
    const j = quote.slice(at).findIndex((w, i) => neighbour(w, at + i))
    return j < 0 ? -1 : at + j
  }
  for (const rate of RATES) {
    if (!rate.some((run) => indexOfRun(words.slice(number + 1), run) >= 0)) continue
    const said = rate.map((run) => ({ run, at: indexOfRun(quote, run) })).filter(({ at }) => at >= 0)
    if (said.length === 0) continue
    // An adverb says the rate of the figure before it (`1500 لتر شهريا`), an adjective of the one after it (`weekly`, «التذكرة
    // الأسبوعية 40 ريالا»).
    // «كل يوم», `every day`, `each day` may stand on either side of their figure.
    const forward = (run: readonly string[]) => FORWARD_RATE.has(run[0]!) || run[0]!.startsWith(AL)
    const tied = ({ run, at }: { run: readonly string[]; at: number }) =>
      EVERY.has(run[0]!) ? another(before(at)) && another(after(at + run.length)) : another(forward(run) ? after(at + run.length) : before(at))
    if (said.every(tied)) return true
  }
  for (const w of words.slice(number + 1)) {
    if (!/^\p{L}{3,}$/u.test(w) || lookupWord(w) !== null) continue
    const at = quote.map((q, i) => (q === w ? i : -1)).filter((i) => i >= 0)
    if (at.length === 0) continue
    const ofAnother = (i: number) => {
      // a word right after the key is the key's (`out` of "15 out of 20")
      if (quote[i + 1] !== OF || (i - 1 >= key && i - 1 <= keyEnd)) return false
      // the figure right after, maybe after an article and a currency's sign (`an average of £15`)
      const n = quote.slice(i + 2, i + 5).findIndex((q) => /\d/.test(q))
      if (n < 0 || !quote.slice(i + 2, i + 2 + n).every((q) => ARTICLES.has(q) || !/^\p{L}/u.test(q))) return false
      const found = findNumbers(quote.slice(i + 2 + n, i + 4 + n).join(' '))
      return found.length > 0 && !isKey(question, found[0]!)
    }
    if (at.every(ofAnother)) return true
  }
  return false
}
const OF = foldLetters('of')
/** A word of a figure: digits, or a number word other than an article (`a day` is no figure). */
const isFigureWord = (w: string) => /\d/.test(w) || (isNumberWord(w) && !ARTICLES.has(w))
const YEAR = /^(?:19|20)\d\d$/
const EVERY: ReadonlySet<string> = new Set(['كل', 'every', 'each'].map(foldLetters))
// Rates said before what they rate (`a weekly ticket of 40 riyals`): the key's when it follows.
const FORWARD_RATE: ReadonlySet<string> = new Set(['weekly', 'monthly', 'yearly', 'daily', 'annual'].map(foldLetters))

/**
 * True when the text says how often (`a day`, «سنويًا», in any of their words) where `quote` does not: `true, $95,000 a
 * day` for "the search cost about $95,000". Not `a year and a half`, a duration.
 */
export function saysAnotherFrequency(quote: string, text: string): boolean {
  const words = wordsOf(text)
  let quoted: readonly string[] | null = null
  for (const rate of RATES) {
    const said = rate.some((run) => {
      const at = indexOfRun(words, run)
      return at >= 0 && !AND.has(words[at + run.length] ?? '')
    })
    if (!said) continue
    quoted ??= wordsOf(quote)
    const q = quoted
    if (!rate.some((run) => indexOfRun(q, run) >= 0)) return true
  }
  return false
}
const AND: ReadonlySet<string> = new Set(['and', 'و'].map(foldLetters))

/**
 * True when the quote's words give a figure per `w` (folded): after a word for "per" or "a" (`per
 * kilogram`, `a bottle`, «لكل كيلوغرام», «كل كيلو»), or with ل written onto it (للتر), as `w` or its
 * stem, or a unit `w` may name (كغ for كيلوغرام).
 */
function quoteRatePer(quote: readonly string[], w: string): boolean {
  const units = unitsPer(w)
  const names = (q: string | undefined) =>
    q !== undefined && (q === w || sameStem(w, q) || (units !== null && (unitsPer(q)?.some((u) => units.includes(u)) ?? false)))
  return quote.some(
    (q, m) =>
      ((PER.has(q) || QUOTE_PER.has(q)) && names(quote[m + 1])) ||
      (q.length > 3 && q.startsWith(LAM) && (names(q.slice(2)) || names(q.slice(1)))) ||
      (isPricedUnit(quote, m) && names(q)),
  )
}

const AL = '\u0627\u0644'

/**
 * True when the quote's word at `m` is a unit with the article and no number before it: the thing a price is of
 * («يصدر الطن بنحو 2700 دولار», «إنتاج المتر المكعب الواحد يكلف 2.3 دينار»), not an amount («62 ألف طن»).
 */
const isPricedUnit = (quote: readonly string[], m: number) => {
  const q = quote[m]!
  return q.startsWith(AL) && unitsPer(q) !== null && !isNumberWordOrDigits(quote[m - 1] ?? '')
}

/**
 * True when a money key's quote gives its price of a unit it names with the article (`isPricedUnit`): the price is per
 * that unit only, as after «سعر» (`2700 دولار للقنطار` for «يصدر الطن بنحو 2700 دولار» is another rate).
 */
const pricesAUnit = (question: NumericQuestion, quote: readonly string[]) =>
  typeof question.answer === 'object' && dimensionOf(question.answer.unit) === 'money' && quote.some((_, m) => isPricedUnit(quote, m))

const ARTICLES_A: ReadonlySet<string> = new Set(['a', 'an'])
const QUOTE_PER: ReadonlySet<string> = new Set(['a', 'an', 'every', 'كل', ...PRICE_OF].map(foldLetters))
const LAM = '\u0644'

/**
 * The nouns a folded word with ل or لل written onto it may be (للسمكه → السمكه, لكيلو → كيلو; للتر → التر or لتر, a noun
 * starting with ل under the ل of "for"), or null for none.
 */
function perClitic(w: string): string[] | null {
  if (!w.startsWith(LAM) || w.length < 4 || !/^\p{Script=Arabic}+$/u.test(w)) return null
  // A currency's adjective starting with ل is no ل of "for": «18 دينار ليبي», «5000 ليرة لبنانية».
  if (lookupWord(w)?.k === 'adj') return null
  return w.startsWith(LAM + LAM) ? ['\u0627' + w.slice(1), w.slice(1)] : [w.slice(1)]
}

const FI = foldLetters('في')
const BI_AL = '\u0628\u0627\u0644'

/**
 * The nouns a price said after its number at `k` is of, and the index after its words: «للكيلو» (perClitic), and as a
 * price tag says it, a unit with the article after the amount («18 دينار الكيلو»), «في الكيلو», «بالكيلو»; null for none.
 */
function priceOfSaid(words: readonly string[], k: number): { nouns: string[]; end: number } | null {
  const w = words[k]!
  const clitic = perClitic(w)
  if (clitic !== null) return { nouns: clitic, end: k + 1 }
  if (w.startsWith(BI_AL) && w.length > 4 && unitsPer(w.slice(1)) !== null) return { nouns: [w.slice(1), w.slice(3)], end: k + 1 }
  const next = w === FI ? words[k + 1] : w
  if (next === undefined || !next.startsWith(AL) || next.length < 4 || unitsPer(next) === null) return null
  if (w !== FI && findNumbers(words[k - 1] ?? '').length === 0 && unitsPer(words[k - 1] ?? '') === null) return null
  return { nouns: [next, next.slice(2)], end: w === FI ? k + 2 : k + 1 }
}

/** True when the quote gives a price of a thing: «سعر كيلو», «ثمن التنكة». */
const pricesAThing = (quote: readonly string[]) => quote.some((q, i) => PRICE_WORDS.has(q) && i + 1 < quote.length && /^\p{L}/u.test(quote[i + 1]!))

const timeUnit = (w: string) => {
  const entry = lookupWord(w)
  return entry?.k === 'noun' && entry.units.some((u) => dimensionOf(u) === 'time')
}

/**
 * An answer that says around its number what the quote says around the key, in the quote's words
 * or other words: `up to 9 km` («up to 9 kilometres»), «لا تقل عن 95%» for «بنسبة لا تقل عن 95 في
 * المئة», `in less than 2 hours`, and a rate in other words (`في السنة` for «سنويًا»). Returns the
 * answer without them (its words folded), or null when it has none of them. Only for an answer that
 * reads as no quantity with them: the words before the number must be those right before the key in
 * the quote, so a comparison of the student's own (`less than 2 hours` where the quote has `in less
 * than two hours`... and `more than 2 hours`) stays unreadable.
 */
export function withoutQuoteFrame(question: NumericQuestion, text: string): string | null {
  // The quote's words where they name the key once (a date's always); else only its rates are read, never a frame
  // (its key may be a sum the words do not show: «9 دنانير و500 فلس», or stand twice).
  const keyQuote = question.answer.unit === 'date' ? wordsOf(question.evidence.quote) : wordsOfQuote(question)
  const quote = keyQuote ?? wordsOf(question.evidence.quote)
  let words = wordsOf(text)
  let changed = false
  // `by` before the number says how much a change is (`by 11%`, `up by 11 per cent`) where the quote says the key is one
  // (`up 11% from the previous year`, "rose 11%"); the change's direction is checked as the answer's other words.
  const by = words.findIndex((w, i) => w === BY && findNumbers(words[i + 1] ?? '').length > 0)
  if (by >= 0 && keyQuote !== null && changesBy(question, keyQuote)) {
    words = [...words.slice(0, by), ...words.slice(by + 1)]
    changed = true
  }
  for (const rate of RATES) {
    const saidBy = rate.find((run) => indexOfRun(words, run) >= 0)
    if (saidBy === undefined) continue
    if (!rate.some((run) => indexOfRun(quote, run) >= 0)) return null
    const at = indexOfRun(words, saidBy)
    words = [...words.slice(0, at), ...words.slice(at + saidBy.length)]
    changed = true
  }
  // A measure per unit in other spellings (`20 ملغ/كغ`, «20 ملغ لكل كيلو», `20 mg per kg` for «20 ملغ لكل
  // كيلوغرام»): the quote's rate, said. Per another unit (`20 ملغ لكل غرام`) it is another figure.
  for (let k = 0; k + 1 < words.length; k++) {
    // `a` after the amount says per as well: `Rs 46.50 a litre` for "Rs 46.50 per litre".
    const per = PER.has(words[k]!) || (k > 0 && ARTICLES_A.has(words[k]!))
    const units = per && words[k + 1] !== 'cent' ? unitsPer(words[k + 1]!) : null
    if (units === null) continue
    if (!quoteRatePer(quote, words[k + 1]!)) return null
    words = [...words.slice(0, k), ...words.slice(k + 2)]
    changed = true
    break
  }
  // «للكيلو» after a price the quote gives of a kilo («سعر كيلو»): the quote's rate, said with ل; or as a price tag
  // says it, «18 دينار الكيلو», «في الكيلو», «بالكيلو».
  for (let k = 1; k < words.length; k++) {
    const said = priceOfSaid(words, k)
    const per = said?.nouns.find((noun) => unitsPer(noun) !== null && quoteRatePer(quote, noun))
    if (said === null || per === undefined || !(pricesAThing(quote) || pricesAUnit(question, quote))) continue
    // The unit's words after it as the quote writes them (للمتر المكعب for «المتر المكعب»).
    const at = quote.indexOf(per)
    let end = said.end
    while (at >= 0 && end < words.length && words[end] === quote[at + end - said.end + 1]) end++
    words = [...words.slice(0, k), ...words.slice(end)]
    changed = true
    break
  }
  // The quote's words right after the key, cut anywhere (`thirty per cent more` for «or 30% more than the
  // 1991-2020 average»): the blank's sentence going on, no claim of the student's. Longest first.
  if (keyQuote === null) return changed ? joined(words) : null
  if (question.answer.unit !== 'date') {
    for (let k = Math.max(1, words.length - 6); k < words.length; k++) {
      const tail = words.slice(k)
      const head = words.slice(0, k)
      // A share's words after a number without its per cent count what they name: `82 members` for "82% of members".
      const unitless = parseQuantity(head.join(' '), { expect: question.answer.unit })?.unit === null
      if (tail.some((w) => /\d/.test(w)) || !followsKey(question, quote, tail, unitless) || !isBareQuantity(question, head)) continue
      words = words.slice(0, k)
      changed = true
      break
    }
  }
  // «على الأقل» and `at least` said after the number say what they say before it (`3 لترات على الأقل`).
  const after = AFTER_THE_NUMBER.find((run) => words.length > run.length && run.every((w, i) => words[words.length - run.length + i] === w))
  if (after !== undefined) words = [...after, ...words.slice(0, -after.length)]
  // A `+` right after the number (`65+`, `30 lakh+`, `3+ litres`) says "or more": right where the quote says "more
  // than", `over` or "at least" of the key, and unreadable where it does not.
  // (`30+ lakh` too: a scale after it is the number's; another number after it makes a sum, `1000+5000`).
  const plus = words.findIndex(
    (w, i) =>
      w === '+' && i > 0 && isNumberWordOrDigits(words[i - 1]!) && (!isNumberWordOrDigits(words[i + 1] ?? '') || lookupWord(words[i + 1]!)?.k === 'scale'),
  )
  if (plus >= 0 && question.answer.unit !== 'date') {
    const rest = [...words.slice(0, plus), ...words.slice(plus + 1)]
    if (rest.includes('+')) return null
    for (const lead of OR_MORE) {
      const taken = withoutFrame(question, quote, [...lead, ...rest])
      if (taken !== null) return joined(taken)
    }
    return null
  }
  const taken = withoutFrame(question, quote, words)
  return taken !== null ? joined(taken) : changed ? joined(words) : null
}

const BY = foldLetters('by')

/** True when the first number the words read is the key. */
const startsWithKey = (question: NumericQuestion, words: readonly string[]) => {
  const first = findNumbers(words.join(' '))[0]
  return first !== undefined && isKey(question, first)
}
// Words that say a figure is a change: "up 11%", "rose by 4%", "a fall of 3%".
const CHANGES: ReadonlySet<string> = new Set(
  'up down by rose risen rise rising fell fallen fall falling grew grown increased decreased dropped jumped climbed declined gained cut raised'.split(' '),
)

/** True when the quote's word right before the key says the key is a change (`up 11%`, `rose by 11%`). */
function changesBy(question: NumericQuestion, quote: readonly string[]): boolean {
  const key = quote.findIndex((w, i) => /\d/.test(w) && startsWithKey(question, quote.slice(i, i + 3)))
  return key > 0 && CHANGES.has(quote[key - 1]!)
}

/**
 * Words as text again, a hyphen or slash between two words written onto them as the answer wrote it: `wordsOf`
 * makes the mark a word of its own, and «sixty - five» or «km / h» reads as no number or unit (`more than
 * sixty-five`, `up to 90 km/h`).
 */
const joined = (words: readonly string[]) => words.join(' ').replace(/(?<=\p{L}) ([-/]) (?=\p{L})/gu, '$1')

// What a `+` after a number says, in the words of a frame: `65+` is "more than 65" or "at least 65".
const OR_MORE: readonly (readonly string[])[] = ['more than', 'at least'].map((p) => wordsOf(p))

/**
 * The answer's words without the frame they open with, when it is the quote's frame before the key in its words or in
 * other words of the same comparison (`over` for "more than"); null when they open with none.
 */
function withoutFrame(question: NumericQuestion, quote: readonly string[], words: readonly string[]): readonly string[] | null {
  // A hedge before the frame (`حوالي الدقيقة 87`, about the 87th…) stays with the number it hedges.
  const hedges = words.findIndex((w) => lookupWord(w)?.k !== 'hedge')
  for (let k = Math.min(words.length - 1, 6); k >= 1 + Math.max(0, hedges); k--) {
    const lead = words.slice(Math.max(0, hedges), k)
    if (lead.some((w) => /\d/.test(w))) continue
    // The quote's frame in its words or in other words of the same comparison (`over` for "more than").
    const said = [lead, ...sameComparison(lead), ...rangeEnds(quote, lead)].find((run) => {
      const at = frameAt(quote, run)
      // The quote's `over` before a duration may say when, not how long (`9,000 visitors over two days`): it
      // stands for no comparison of the reader's, only for itself — unless `for` or `of` makes it one (`for
      // over 40 years`, `a period of over 40 years`).
      if (run !== lead && at >= 0 && spansTime(question, run, quote.slice(at + 1)) && !COMPARING.has(quote[at - 1] ?? '')) return false
      // The quote's `over` or `under` before an article names what the key is of, no comparison: "talks over a 4.5% pay
      // offer", "under a £2m contract" (`more than 4.5%` is another claim); "over a decade" has the article as its number.
      if (
        at >= 0 &&
        run.length === 1 &&
        PREPOSITIONS.has(run[0]!) &&
        ARTICLES.has(quote[at + 1] ?? '') &&
        quote.slice(at + 2, at + 4).some((w) => /\d/.test(w))
      )
        return false
      // The frame's own negation stays in it: `more than 5.6 km` for "no more than 5.6 km" says the opposite. Before
      // a frame that is a negation itself, ما is the relative pronoun: «ما لا يقل عن 3 لترات» is «لا يقل عن».
      if (at < 0 || (at > 0 && QUOTE_NEGATIONS.has(quote[at - 1]!) && !(quote[at - 1] === MA && QUOTE_NEGATIONS.has(run[0]!)))) return false
      // A word of the reader's own between the frame and the number makes another frame: «أقل من 60%» (less than) is
      // no «أقل بنحو 60%» (less by about).
      if (!opensQuantity(words[k]!) && words[k] !== quote[at + run.length]) return false
      return keyStartsAt(question, quote.slice(at + run.length, at + run.length + 4))
    })
    if (said === undefined) continue
    return [...words.slice(0, Math.max(0, hedges)), ...words.slice(k)]
  }
  return null
}

/** True for a folded word a quantity may open with: a number, a hedge, a unit (`USD`, `$`) or a mark. */
const opensQuantity = (w: string) => {
  if (isNumberWordOrDigits(w) || !/^\p{L}/u.test(w)) return true
  const k = lookupWord(w)?.k
  return k === 'hedge' || k === 'noun' || k === 'adj'
}

// Comparisons said in other words: a reader's `over 7 billion years` for the quote's "more than 7 billion years",
// «خلال ستة أشهر» for «في غضون ستة أشهر». Never a comparison for another (`after`, «بعد», is no `within`).
const COMPARISONS: readonly (readonly (readonly string[])[])[] = [
  // the verbs of going past a figure too: «تجاوز 23 ألف فلاح» says more than 23,000 (its negation, «لم يتجاوز», stays
  // with it: up to)
  // and in French, as Maghrebi readers write it: plus de, moins de, au moins, au plus, au maximum
  'more than|over|in excess of|upwards of|أكثر من|اكثر من|أزيد من|ازيد من|ما يزيد على|ما يزيد عن|فوق|تجاوز|يتجاوز|تتجاوز|تجاوزت|exceeded|plus de',
  'less than|under|below|fewer than|أقل من|اقل من|دون|ما دون|ما يقل عن|تحت|moins de',
  'older than|over|above|فوق|أكبر من|اكبر من',
  'younger than|under|below|دون|تحت|أصغر من|اصغر من',
  'at least|no less than|not less than|على الأقل|لا يقل عن|لا تقل عن|لن يقل عن|لن تقل عن|كحد أدنى|بحد أدنى|au moins',
  'within|in under|في غضون|خلال|في خلال|في مدة لا تتجاوز',
  // a range's start: «من 6 أشهر» for «تتراوح أعمارهم بين 6 أشهر و5 سنوات»
  'من|بين|from|between',
  // max, maximum: the English abbreviation of "at most" (max 7 minutes, 7 minutes max); never min, a minute
  'up to|no more than|not more than|at most|على الأكثر|لا يزيد على|لا يزيد عن|لا تزيد على|لا تزيد عن|لا يتجاوز|لا تتجاوز|لم يتجاوز|لم تتجاوز|لم يزد على|لم يزد عن|لم تزد على|لم تزد عن|كحد أقصى|بحد أقصى|max|maximum|au plus|au maximum',
].map((phrases) => phrases.split('|').map((p) => wordsOf(p)))

// Comparisons a reader may write after the number as well as before it.
const AFTER_THE_NUMBER: readonly (readonly string[])[] = [
  ...['على الأقل', 'at least', 'على الأكثر', 'at most', 'كحد أدنى', 'بحد أدنى', 'كحد أقصى', 'بحد أقصى'],
  ...['max', 'maximum', 'au moins', 'au plus', 'au maximum'],
].map((p) => wordsOf(p))
const MA = foldLetters('ما')

/** The other phrasings of the comparison `lead` says (folded words), in every group that has it, or none. */
function sameComparison(lead: readonly string[]): readonly (readonly string[])[] {
  const joined = lead.join(' ')
  return COMPARISONS.filter((runs) => runs.some((run) => run.join(' ') === joined)).flatMap((runs) => runs.filter((run) => run.join(' ') !== joined))
}

// A range's end said as "up to": a reader's «لحد 12 سنة» for «من سن 7 إلى 12 سنة». Only for a range (a number and
// «من» or `from` before the quote's إلى): «ارتفع إلى 12%» is where a figure went, and «حتى 12%» another claim.
const UNTIL: ReadonlySet<string> = new Set(['حتى', 'لحد', 'لغاية', 'until', 'till'].map(foldLetters))
const RANGE_END: ReadonlySet<string> = new Set(['إلى', 'to'].map(foldLetters))
const RANGE_START: ReadonlySet<string> = new Set(['من', 'from', 'between'].map(foldLetters))

/** The quote's word that closes a range, as a run, when `lead` says "until" and the quote has such a range; else none. */
function rangeEnds(quote: readonly string[], lead: readonly string[]): readonly (readonly string[])[] {
  if (lead.length !== 1 || !UNTIL.has(lead[0]!)) return []
  const closes = quote.some(
    (w, i) => RANGE_END.has(w) && i > 0 && /\d/.test(quote[i - 1]!) && quote.slice(Math.max(0, i - 4), i - 1).some((b) => RANGE_START.has(b)),
  )
  return closes ? [...RANGE_END].map((w) => [w]) : []
}

const OVER = foldLetters('over')
const PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'under'].map(foldLetters))
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the'].map(foldLetters))
const COMPARING: ReadonlySet<string> = new Set(['for', 'of'])

/**
 * True when `run` is `over` and the key is a duration: the quote's `over two days` is a span, no comparison —
 * unless the quote's words after it (`after`) say an age: the number with no unit of time after it (`visitors over
 * 65 enter free`), its years `old` or `of age`, or `the age of` before it (`over the age of 65`).
 */
function spansTime(question: NumericQuestion, run: readonly string[], after: readonly string[]): boolean {
  return run.length === 1 && run[0] === OVER && dimensionOf(question.answer.unit) === 'time' && !saysAge(after)
}

const AGE_OF = wordsOf('the age of')
const OLD: readonly (readonly string[])[] = ['old', 'of age'].map((p) => wordsOf(p))

/** True when `after`, the quote's words after its `over`, give an age: `65`, `65 years old`, `65 years of age`, `the age of 65`. */
function saysAge(after: readonly string[]): boolean {
  if (AGE_OF.every((w, i) => after[i] === w)) return true
  const number = after.findIndex((w) => findNumbers(w).length > 0)
  if (number < 0 || number > 1) return false
  // The number's words, then the first word that is none of them: a unit of time, or not.
  let k = number + 1
  while (k < after.length && isNumberWordOrDigits(after[k]!)) k++
  if (after[k] === undefined || !timeUnit(after[k]!)) return true
  return OLD.some((run) => run.every((w, i) => after[k + 1 + i] === w))
}

const isNumberWordOrDigits = (w: string) => /\d/.test(w) || isNumberWord(w)

/** True when the run `tail` stands in the quote's words right after the key and its unit (`30 % more`). */
function followsKey(question: NumericQuestion, quote: readonly string[], tail: readonly string[], unitless: boolean): boolean {
  const key = question.answer
  const at = indexOfRun(quote, tail)
  if (at < 1) return false
  for (let j = at - 1; j >= Math.max(0, at - 3); j--) {
    if (findNumbers(quote[j]!).length === 0) continue
    const run = quote.slice(j, at)
    const read = parseQuantity(run.join(' '), { expect: key.unit })!
    return isBareQuantity(question, run) && isKey(question, read.value) && !(unitless && key.unit === 'percent' && read.unit === 'percent')
  }
  return false
}

/** True when the words are a number and maybe its unit (in the key's), nothing else: `30 %`, `thirty per cent`. */
function isBareQuantity(question: NumericQuestion, words: readonly string[]): boolean {
  const q = words.length === 0 ? null : parseQuantity(words.join(' '), { expect: question.answer.unit })
  return q !== null && q.words === undefined && (q.unit === null || q.unit === question.answer.unit)
}

// A preposition or conjunction the quote writes onto the first word of a frame (بأكثر من for أكثر من).
const FRAME_CLITICS = ['\u0648', '\u0641', '\u0628', '\u0644']

/**
 * Where the run `lead` stands in the quote's words, its first word maybe with a clitic; -1 when nowhere. Its last
 * word may be a preposition the quote writes onto a hedge («أقل ب 60%» for «أقل بنحو 60 في المئة»).
 */
function frameAt(quote: readonly string[], lead: readonly string[]): number {
  const last = lead.length - 1
  for (let i = 0; i + lead.length <= quote.length; i++) {
    const head = quote[i]!
    const first = lead[0]!
    if (head !== first && !(FRAME_CLITICS.includes(head[0]!) && head.slice(1) === first)) continue
    if (lead.every((w, k) => k === 0 || quote[i + k] === w || (k === last && ontoHedge(w, quote[i + k]!)))) return i
  }
  return -1
}

/** True when the quote's word `q` is the clitic `w` written onto a hedge (بنحو, بحوالي). */
const ontoHedge = (w: string, q: string) => FRAME_CLITICS.includes(w) && q.length > 2 && q.startsWith(w) && lookupWord(q.slice(1))?.k === 'hedge'

/** True when the quote's words `words` start with the key (a number, or a date to its precision). */
function keyStartsAt(question: NumericQuestion, words: readonly string[]): boolean {
  const key = question.answer
  if (key.unit !== 'date') {
    const after = findNumbers(words.join(' '))
    if (after.length > 0 && isKey(question, after[0]!)) return true
    // The key in brackets after the quote's restatement of it (`up to 40lb (18kg)`).
    return restatementNumbers(question).some((run) => run.every((v, i) => after[i] === v) && after.length > run.length && isKey(question, after[run.length]!))
  }
  for (let k = 1; k <= words.length; k++) {
    const date = parseQuantity(words.slice(0, k).join(' '), { expect: 'date' })
    if (date !== null && dateMatches(key.value, date.value, key.tolerance)) return true
  }
  return false
}
