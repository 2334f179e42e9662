import { parseBooleanWord } from './boolean-words.ts'
import { fromContext, sameStem } from './context-words.ts'
import { nounSkeleton } from './counted-groups.ts'
import { CALENDAR_WORDS, findDates } from './date-words.ts'
import type { DateParts } from './dates.ts'
import { foldLetters, normalizeDigits } from './normalize.ts'
import { entryAt, readNumber } from './numbers-grammar.ts'
import { DIALECT_HUNDREDS_WORDS, FRENCH_NUMBER_WORDS, isNumberWord, lookupWord } from './numbers-lexicon.ts'
import { tokenize } from './numbers-tokenizer.ts'
import { findNumbers, parseNumber } from './numbers.ts'
import type { NumericQuestion } from './numeric-quote.ts'
import type { Question, Unit } from './quiz-schema.ts'
import { saysAnotherFrequency, saysAnotherRate } from './quote-frame.ts'
import { isRoundedMeasure } from './rounded-conversions.ts'
import { convert, dimensionOf, type FoundQuantity, findQuantities } from './units.ts'

/**
 * A verdict's reason may cite the question's figures (`غلط، 85 وكيل مش 58`, `true, Rs 9 crore`), never
 * figures of its own: when the statement judged (the prompt), the quote or the explanation states figures,
 * a reason with a number none of them holds says something the article does not (`صح، 7 أيام` for a wave
 * that lasted 9 days, `false, 28 boats` for 38), and the answer is wrong whatever its verdict. A figure
 * may be cited without its scale word (`4.2 مليون مش 5.2` for 5.2 million). A question whose texts state
 * no figure (opening hours said as ordinals: «من العاشرة صباحا») leaves its reasons unchecked, as the
 * grader cannot see the rest of the article.
 *
 * A figure cited is the texts' with what they say of it: its unit or currency (`صح، 7 ريال` for «7 دراهم»,
 * `true, 3/4 km` for "3/4 mile", `false, 18°C` for 18 °F are other figures; `1.2 km` for "3/4 mile" is its
 * conversion), its date (`صح، فاتح فبراير 2026` for «فاتح يناير 2026»), the thing a price is of (`صح، 7
 * دراهم للصندوق` for «ثمن الكيلوغرام … 7 دراهم»: `quote-frame.ts`), and the noun it counts when the
 * reader names one the texts do not use (`صح، 3 محطات` for «خطوطه الثلاثة»).
 */

type BooleanQuestion = Extract<Question, { type: 'boolean' }>
type Compound = readonly [FoundQuantity, FoundQuantity]
type Figures = {
  numbers: readonly number[]
  quantities: readonly FoundQuantity[]
  dates: readonly DateParts[]
  texts: readonly string[]
  compounds: readonly Compound[]
}

const figuresOf = new WeakMap<BooleanQuestion, Figures>()

/** The figures of the question's own texts: its prompt in each language, its quote and its explanation. */
function questionFigures(question: BooleanQuestion): Figures {
  let figures = figuresOf.get(question)
  if (!figures) {
    const texts = [...Object.values(question.prompt), question.evidence.quote, ...Object.values(question.explanation)].filter(
      (t): t is string => typeof t === 'string',
    )
    // A blank of the statement (the drafter's «…» for another question's key) parts what stands either side of it:
    // «الاثني عشر … طنا» gives no 12 tonnes.
    const read = texts.map((text) => text.replace(BLANK, '، '))
    figures = {
      numbers: read.flatMap((text) => findNumbers(text)),
      quantities: read.flatMap((text) => [...amounts(findQuantities(text)), ...nounFirst(text)]),
      dates: read.flatMap((text) => findDates(text)),
      texts,
      compounds: read.flatMap((text) => compoundsOf(amounts(findQuantities(text)))),
    }
    figuresOf.set(question, figures)
  }
  return figures
}

const BLANK = /…|\.{3,}|_{2,}/gu

/**
 * The figures an Arabic text gives after their noun, as a number adjective follows a plural (or its noun's genitive):
 * «أيام المهرجان الاثني عشر», «الساعات الثلاث» are 12 days and 3 hours; a singular before «واحد» is one («دينارا واحدا»). Not a number that counts a unit of its own
 * («الأيام 218 طنا»), nor one after a singular («الساعة 10» is a time of day).
 */
const ONE = /^(?:واحد|واحدا|واحدًا|واحدة|واحده)$/u

function nounFirst(text: string): FoundQuantity[] {
  const T = tokenize(text)
  const found: FoundQuantity[] = []
  for (let k = 0; k < T.length; k++) {
    const noun = entryAt(T, k)
    const tok = T[k]!
    if (noun?.k !== 'noun' || tok.t !== 'word' || !/^[\u0621-\u064A]/u.test(tok.w)) continue
    if (noun.form !== 'pl') {
      // A singular with «واحد» after it is one of its unit: «دينارا واحدا», «ساعة واحدة».
      const next = T[k + 1]
      if (noun.form === 'sg' && next?.t === 'word' && ONE.test(next.w)) found.push({ value: 1, unit: noun.unit, units: noun.units })
      continue
    }
    for (const j of [k + 1, k + 2]) {
      const between = T[k + 1]
      if (j === k + 2 && !(between?.t === 'word' && between.e === null)) break
      const n = T[j] && T[j]!.t === 'word' ? readNumber(T, j) : null
      if (n === null) continue
      if (entryAt(T, n.end)?.k !== 'noun') found.push({ value: n.v, unit: noun.unit, units: noun.units })
      break
    }
  }
  return found
}

// «صح 100%», `100 per cent true`: an intensifier, no figure.
const FULLY = /(?:^|\s)(?:100|١٠٠|مية|مئة|مائة|hundred)\s*(?:%|٪|بالمي[هة]|بالمئة|بالمائة|في المي[هة]|في المئة|في المائة|percent|per cent)/giu
// A scale word a reader leaves out when the figure is plain from the statement: thousand, million, billion.
const SCALES = [1, 1e3, 1e6, 1e9, 1e12]
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b))

/** Quantities with an amount's parts added to it: `11 درهم و20 سنتيم` is 11.20 dirhams. */
function amounts(found: readonly FoundQuantity[]): FoundQuantity[] {
  const out: FoundQuantity[] = []
  for (const q of found) {
    const whole = out[out.length - 1]
    if (q.part && whole && !whole.part && whole.units.some((u) => q.units.includes(u))) {
      out[out.length - 1] = { value: whole.value + q.value, unit: q.unit, units: whole.units.filter((u) => q.units.includes(u)) }
    } else out.push(q)
  }
  return out
}

/** The parts of an amount past its whole, counted in hundredths or thousandths (11.20 → 20 of 100). */
const partsOf = (v: number, per: number) => Math.round((v - Math.trunc(v)) * per)

/** True when the cited quantity is one of the texts': the same figure in a unit they may name, or their figure converted. */
function statedQuantity(cited: FoundQuantity, stated: readonly FoundQuantity[]): boolean {
  return stated.some((q) => {
    // A figure with its unit is cited whole: `صاح، 88 طن` for «88 ألف طن» is another figure.
    if (q.units.some((u) => cited.units.includes(u))) return same(cited.value, q.value)
    const from = q.unit as Unit
    const to = cited.unit as Unit
    if (dimensionOf(from) !== dimensionOf(to) || dimensionOf(to) === 'money' || dimensionOf(to) === 'temperature') return false
    // rounded as people round a conversion, and back: `2 hours` is no rounding of 90 minutes (1.5 hours rounds to 2, but 2
    // hours are 120 minutes), `1.2 km` is one of "3/4 mile"
    return isRoundedMeasure(q.value, from, cited.value, to)
  })
}

/** True when the cited date is one of the texts' on every part it gives. */
const statedDate = (cited: DateParts, stated: readonly DateParts[]) =>
  stated.some(
    (d) =>
      (cited.year === undefined || d.year === undefined || d.year === cited.year) &&
      (cited.month === undefined || d.month === cited.month) &&
      (cited.day === undefined || d.day === undefined || d.day === cited.day),
  )

const LETTERS = /^\p{L}+$/u

/** The same figure in a unit both may name. */
const sameQuantity = (a: FoundQuantity, b: FoundQuantity) => a.units.some((u) => b.units.includes(u)) && same(a.value, b.value)

/**
 * A measure the texts give in two units, one after the other, going down (`three hours and 20 minutes`, «ساعتين و30
 * دقيقة», `5 km 200 m`), which the quantity finder reads as two: each pair of one text.
 */
function compoundsOf(found: readonly FoundQuantity[]): Compound[] {
  const out: Compound[] = []
  for (let i = 0; i + 1 < found.length; i++) {
    const [a, b] = [found[i]!, found[i + 1]!]
    const dimension = dimensionOf(a.unit as Unit)
    if (a.unit === null || b.unit === null || dimension === 'money' || dimension === 'temperature' || dimension !== dimensionOf(b.unit as Unit)) continue
    const inSmaller = convert(1, a.unit as Unit, b.unit as Unit)
    if (inSmaller !== null && inSmaller > 1) out.push([a, b])
  }
  return out
}

/**
 * True when a reason cites one part of the texts' compound measure without the other (`true 3 hours` for "the flight
 * lasted three hours and 20 minutes"), and the texts give that part nowhere on its own. The other part may be cited as a
 * bare number (`yes 3h20`).
 */
function citesPartOfCompound(cited: readonly FoundQuantity[], numbers: readonly number[], figures: Figures): boolean {
  return cited.some((q, i) =>
    figures.compounds.some(([a, b]) => {
      const part = sameQuantity(q, a) ? 'whole' : sameQuantity(q, b) ? 'part' : null
      if (part === null) return false
      const whole = part === 'whole' ? cited[i + 1] !== undefined && sameQuantity(cited[i + 1]!, b) : i > 0 && sameQuantity(cited[i - 1]!, a)
      // the other part may be a bare number a clock's notation leaves unnamed (`3h20`)
      if (whole || numbers.some((n) => same(n, part === 'whole' ? b.value : a.value))) return false
      const alone = figures.quantities.filter((s) => sameQuantity(s, q)).length
      const inCompounds = figures.compounds.filter(([x, y]) => sameQuantity(part === 'whole' ? x : y, q)).length
      return alone <= inCompounds
    }),
  )
}

/** True when the answer cites a figure the question's texts do not hold, while they hold some. */
export function citesOtherFigures(question: BooleanQuestion, answer: string): boolean {
  if (!/\p{N}|\p{L}/u.test(answer)) return false
  const figures = questionFigures(question)
  if (figures.numbers.length === 0) return false
  const text = answer.replace(FULLY, ' ')
  const quantities = amounts(findQuantities(text))
  if (quantities.some((q) => !statedQuantity(q, figures.quantities))) return true
  if (citesPartOfCompound(quantities, findNumbers(text), figures)) return true
  // a noun before its number too, as the texts' are read (`الأعوام الستة` for «الأشهر الستة» is another figure)
  if (nounFirst(text).some((q) => !statedQuantity(q, figures.quantities))) return true
  // the parts of an amount are checked with it (`11 درهم و20 سنتيم`)
  const inAmounts = (n: number) =>
    quantities.some((q) => same(q.value, n) || (q.value > 1 && [Math.trunc(q.value), partsOf(q.value, 100), partsOf(q.value, 1000)].includes(n)))
  const dates = findDates(text)
  if (figures.dates.length > 0 && dates.some((d) => !statedDate(d, figures.dates))) return true
  // a date's day and month are checked with it (`1 يناير 2026` for «فاتح يناير 2026»)
  const inDates = (n: number) => figures.dates.length > 0 && dates.some((d) => d.day === n || d.month === n || d.year === n)
  const cited = findNumbers(text)
  // A number cited with a scale word of its own is cited whole (`غلط، 5 آلاف` for «5 ملايين» is another figure).
  const unscaled = new Set(findNumbers(withoutScaleWords(text)))
  const scalesOf = (n: number) => (unscaled.has(n) ? SCALES : [1])
  if (cited.some((n) => !inAmounts(n) && !inDates(n) && !figures.numbers.some((f) => scalesOf(n).some((scale) => same(n * scale, f))))) return true
  // French number words beside a verdict, which the number reader leaves as words there (`vrai, deux fois`)
  if (frenchNumbersIn(text).some((n) => !cited.includes(n) && !inDates(n) && !figures.numbers.some((f) => SCALES.some((scale) => same(n * scale, f)))))
    return true
  // a price the statement or the quote gives of a thing is of that thing only
  if (quantities.length > 0 && saysAnotherRate(statedRates(question, figures), text)) return true
  // and as often as they say (`true, $95,000 a day` for what the search cost)
  if (cited.length > 0 && saysAnotherFrequency(figures.texts.join(' . '), text)) return true
  // and of the period the texts give it in (`true, 21,000 in its first year` for "in its first month"); with no figure,
  // another period than the one the texts give (`true, in a week` for "in one day")
  if (namesAnotherPeriod(text, figures.texts, cited.length > 0)) return true
  // «متين» (Levantine 200) as a verdict's whole reason («خطأ متين», «لا متين»), which the number reader leaves as the MSA
  // adjective beside a word
  if (hundredsAfterVerdict(text) && !figures.numbers.some((f) => SCALES.some((scale) => same(200 * scale, f)))) return true
  return countsAnotherThing(text, figures, quantities)
}

// Two figures offered as alternatives: a slash, backslash or bar, a dash, or `or`, `ou`, «أو», «ولا», `wala` between them,
// with at most a unit or currency word after the first (`1800/2300`, `1800$ / 2300$`, `1800 or 2300`, «90 دقيقة أو 60»).
const DIGIT_RUN = String.raw`[\d٠-٩۰-۹][\d٠-٩۰-۹.,٫٬]*`
const ALTERNATIVES = new RegExp(
  String.raw`(${DIGIT_RUN})\s*(?:[^\s\d٠-٩۰-۹/\\|\-–—]{1,12}\s*)?(?:[/\\|]|[-–—](?!>)|(?<!\p{L})(?:or|ou|wala|walla|أو|او|ولا)(?!\p{L}))\s*[^\s\d٠-٩۰-۹]{0,3}\s*(${DIGIT_RUN})`,
  'giu',
)

const statedAndQuotedOf = new WeakMap<BooleanQuestion, { statement: ReadonlySet<number>; quoted: ReadonlySet<number> }>()

/** The figures of the statement (the prompt) and of the quote, read once per question. */
function statedAndQuoted(question: BooleanQuestion): { statement: ReadonlySet<number>; quoted: ReadonlySet<number> } {
  let found = statedAndQuotedOf.get(question)
  if (!found) {
    const statement = new Set(Object.values(question.prompt).flatMap((t) => (typeof t === 'string' ? findNumbers(t.replace(BLANK, '، ')) : [])))
    found = { statement, quoted: new Set(findNumbers(question.evidence.quote)) }
    statedAndQuotedOf.set(question, found)
  }
  return found
}

/**
 * True when a verdict's reason offers the statement's figure and the article's as alternatives (`false 1800/2300`,
 * `false 1800 or 2300`, `false 1800-2300` where the statement says 2,300 and the quote 1,800): a hedge between the two,
 * which says neither, so no reason the verdict can stand on. Only a figure of the statement the quote does not give beside
 * one of the quote the statement does not give: a true statement's `15/20` (a mark the statement and the quote both give)
 * and a date's slashes stay what they were; a negation between them corrects one (`false, 1800 not 2300`).
 */
export function offersBothFigures(question: BooleanQuestion, answer: string): boolean {
  if (!/[\d٠-٩۰-۹]/u.test(answer)) return false
  const { statement, quoted } = statedAndQuoted(question)
  // a figure may be cited without its scale word (`3.1 مليون/3.5 مليون`: the first's million is read as the second's)
  const holds = (figures: ReadonlySet<number>, n: number) => [...figures].some((x) => SCALES.some((scale) => same(x, n * scale)))
  const onlyIn = (n: number, a: ReadonlySet<number>, b: ReadonlySet<number>) => holds(a, n) && !holds(b, n)
  for (const m of answer.matchAll(ALTERNATIVES)) {
    const [x, y] = [parseNumber(m[1]!), parseNumber(m[2]!)]
    if (x === null || y === null) continue
    if ((onlyIn(x, statement, quoted) && onlyIn(y, quoted, statement)) || (onlyIn(y, statement, quoted) && onlyIn(x, quoted, statement))) return true
  }
  return false
}

/**
 * The numbers a reason says in French words (`vrai, deux fois`, `faux, trente-cinq`): each run of French number words
 * (and et between them) read as one number. The number reader takes a French word for a number only beside another
 * number word or a unit, or alone (UN, Sept 10 are English too), so beside a verdict it would read none. Not un, une
 * alone (the article: `c'est une erreur`), nor sept before a number (September: `2 sept 2026`).
 */
function frenchNumbersIn(text: string): number[] {
  const words = wordsIn(text)
  const out: number[] = []
  for (let i = 0; i < words.length; ) {
    let j = i
    while (j < words.length && (FRENCH_NUMBER_WORDS.has(words[j]!) || (j > i && words[j] === ET && FRENCH_NUMBER_WORDS.has(words[j + 1] ?? '')))) j++
    if (j === i) {
      i++
      continue
    }
    const run = words.slice(i, j)
    const article = run.length === 1 && ARTICLE_ONE.has(run[0]!)
    const month = run.length === 1 && run[0] === SEPT && /\p{N}/u.test(words[j] ?? '')
    const read = article || month ? null : findNumbers(run.join(' '))
    // a run the reader does not read as one number cites one all the same
    if (read !== null) out.push(read.length === 1 ? read[0]! : Number.NaN)
    i = j
  }
  return out
}
const ET = foldLetters('et')
const SEPT = foldLetters('sept')
const ARTICLE_ONE: ReadonlySet<string> = new Set(['un', 'une'].map(foldLetters))

/**
 * The periods of time a word names (day, week, month, year), with its article or a preposition written onto it, and as an
 * adverb or adjective («سنويا», «اليومية», `monthly`, French `par an`, `mensuels`): a reason that cites a figure in a period the question's texts never name says something of
 * its own (`true, 21,000 times in its first year` for "downloaded 21,000 times in its first month", «خلال الأعوام الستة»
 * for «خلال الأشهر الستة»).
 */
const PERIOD_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    day: 'day days daily يوم ايام يومين يومان يوميا يومي يومية jour jours quotidien quotidienne quotidiens journalier',
    week: 'week weeks wk wks weekly fortnight اسبوع اسابيع اسبوعين اسبوعان اسبوعيا اسبوعي اسبوعية semaine semaines hebdomadaire',
    month: 'month months mth mths monthly شهر اشهر شهور شهرين شهران شهريا شهري شهرية mois mensuel mensuelle mensuels',
    // a half year, the French trimestre (a quarter) and the English trimester (a third: a school's, a pregnancy's); not `term`,
    // a word of its own, nor `quarter`, a fraction
    half: 'semester semesters semestre semestres semestriel semestrielle semestriels semestrielles',
    quarter: 'quarterly trimestre trimestres trimestriel trimestrielle trimestriels trimestrielles',
    third: 'trimester trimesters',
    // not the French `an`, the English article; `yr`, `wk`, `mth` as phones shorten them (`false 1800 a yr`)
    year: 'year years yr yrs yearly annual annually annum سنه سنوات سنين سنتين سنتان سنويا سنوي سنوية اعوام عامين عامان ans année années annuel annuelle annuels',
  }).flatMap(([period, words]) => words.split(' ').map((w): [string, string] => [foldLetters(w), period])),
)
// The French `an` (a year) only after `par`, `l'`, `chaque`, `un`: alone it is the English article.
const AN = foldLetters('an')
const YEAR_BEFORE_AN: ReadonlySet<string> = new Set(['par', 'l', 'chaque', 'un', 'cet', 'dernier'].map(foldLetters))
// `p.a.` (per annum), its letters split at the dots: a year
const PER_ANNUM = [foldLetters('p'), foldLetters('a')] as const
const TODAY = foldLetters('اليوم')
const YEAR_OR_GENERAL = foldLetters('عام')
const PERIOD_CLITICS = /^(?:وال|بال|فال|كال|لل|ال|و|ب|ل|ف)/u
// `mo`, `mos`: a month as phones shorten it, only right after a number or `a`, `per`, `/`, `every` (`1800 a mo`, `1800/mo`);
// elsewhere a word of its own (`Mo Farah`, `mo money`)
const MONTH_SHORT: ReadonlySet<string> = new Set(['mo', 'mos'])
const BEFORE_MONTH_SHORT: ReadonlySet<string> = new Set(['a', 'per', '/', 'each', 'every'].map(foldLetters))
const isMonthShort = (words: readonly string[], i: number) => {
  const before = words[i - 1] ?? ''
  return MONTH_SHORT.has(words[i]!) && (BEFORE_MONTH_SHORT.has(before) || /^\p{N}[\p{N}.,]*$/u.test(before))
}

/**
 * The periods the words name, each word read as written and without its article or clitic. In a reader's words «اليوم»
 * alone is today, and «عام» general (المدير العام) as often as a year: neither is read there; in the question's texts
 * they are (`given`), so that a reader's year for their «العام» is theirs.
 */
function periodsIn(words: readonly string[], given = false): Set<string> {
  const periods = new Set<string>()
  words.forEach((w, i) => {
    // the French article elided onto it (`l'an`, `l'année`)
    const elided = w.replace(/^l['’]/u, '')
    const bare = (elided === w ? w : elided).replace(PERIOD_CLITICS, '')
    const period = given
      ? (PERIOD_WORDS.get(w) ?? PERIOD_WORDS.get(bare) ?? (bare === YEAR_OR_GENERAL ? 'year' : undefined))
      : w === TODAY
        ? undefined
        : (PERIOD_WORDS.get(w) ??
          PERIOD_WORDS.get(bare) ??
          (isMonthShort(words, i) ? 'month' : undefined) ??
          ((w === AN && YEAR_BEFORE_AN.has(words[i - 1] ?? '')) || (elided === AN && elided !== w) || (w === PER_ANNUM[0] && words[i + 1] === PER_ANNUM[1])
            ? 'year'
            : undefined))
    // «شهر» and `month` before a month's name frame it (`شهر أبريل`, `the month of April`); in a reader's words «يوم» and
    // `day` before a weekday or a date's day («يوم الخميس», «يوم 14 أكتوبر») too: no period
    const next = words[i + 1] === 'of' ? words[i + 2] : words[i + 1]
    const dated = next !== undefined && (CALENDAR.has(next) || (period === 'day' && !given && /^\p{N}+$/u.test(next)))
    if (period && !((period === 'month' || (period === 'day' && !given)) && dated)) periods.add(period)
  })
  return periods
}

/** True when the reason names a period the texts do not: with a figure, any; with none, only where the texts name one. */
function namesAnotherPeriod(text: string, texts: readonly string[], withFigure: boolean): boolean {
  const said = periodsIn(wordsIn(text))
  if (said.size === 0) return false
  const given = periodsIn(texts.flatMap(wordsIn), true)
  return (withFigure || given.size > 0) && [...said].some((period) => !given.has(period))
}

/** True when the answer is a verdict and «متين» after it: `خطأ متين`, `لا، متين`. */
function hundredsAfterVerdict(text: string): boolean {
  const words = wordsIn(text)
  return words.length > 1 && DIALECT_HUNDREDS_WORDS.has(words[words.length - 1]!) && parseBooleanWord(words.slice(0, -1).join(' ')) !== null
}

/** The text without its scale words (thousand, مليون, lakh…), so that the numbers read from it are the ones written without. */
const withoutScaleWords = (text: string) =>
  text
    .split(/\s+/u)
    .filter((w) => lookupWord(foldLetters(w).replace(/[.,،؛:!?؟]+$/u, ''))?.k !== 'scale')
    .join(' ')

const ratesOf = new WeakMap<BooleanQuestion, NumericQuestion>()

/** The question as `saysAnotherRate` reads a quote: the statement judged and the quote, whose rates the reason may give. */
function statedRates(question: BooleanQuestion, figures: Figures): NumericQuestion {
  let asked = ratesOf.get(question)
  if (!asked) {
    asked = { ...question, evidence: { ...question.evidence, quote: figures.texts.join(' . ') } } as unknown as NumericQuestion
    ratesOf.set(question, asked)
  }
  return asked
}

// What says "per" before a period in a reason (`1800 per month`, `1800 par mois`).
const PER_WORDS: ReadonlySet<string> = new Set(['per', 'par', 'each', 'every', 'chaque'].map(foldLetters))

// A negation between two figures corrects one (`11,20 ماشي 16,20`, `18 not 23`): no counted noun.
const NEGATIONS: ReadonlySet<string> = new Set(['لا', 'مش', 'مو', 'موش', 'ماشي', 'مب', 'ليس', 'ليست', 'غير', 'not', 'no', 'pas'].map(foldLetters))

/**
 * True when a word right after a cited number names a thing the question's texts do not (`صح، 3 محطات` for
 * «خطوطه الثلاثة»): a plain word of no unit, number, frame or verdict, that no word of the texts shares a stem or family with;
 * or one they name, but with another of their figures while they give this one with other nouns only (`صح، 14 عارض` for
 * «240 عارضا من 14 بلدية»), or as a share only (`false, 35 households` for "35 per cent of households").
 */
function countsAnotherThing(text: string, figures: Figures, cited: readonly FoundQuantity[]): boolean {
  const { texts } = figures
  const words = wordsIn(text)
  const read = findNumbers(text)
  // the unit nouns of several words (`pour cent`, «في المئة»): the first word of one is no noun of its own
  const phrases = tokenize(text).flatMap((t) => (t.t === 'word' && t.e?.k === 'noun' && t.w.includes(' ') ? [t.w] : []))
  const opensPhrase = (k: number) => phrases.some((p) => words.slice(k, k + p.split(' ').length).join(' ') === foldLetters(p))
  let named: readonly string[] | null = null
  for (let k = 0; k + 1 < words.length; k++) {
    const w = words[k]!
    if (!/\p{N}/u.test(w) && !isNumberWord(w)) continue
    const next = words[k + 1]!
    if (opensPhrase(k + 1)) continue
    // a period after the number, or `per`, `par` before one (`1800 per month`, `1800 / mth`): a rate, which
    // `namesAnotherPeriod` checks, no counted thing
    if (PERIOD_WORDS.has(next) || isMonthShort(words, k + 1) || (PER_WORDS.has(next) && (PERIOD_WORDS.has(words[k + 2] ?? '') || isMonthShort(words, k + 2))))
      continue
    if (!LETTERS.test(next) || NEGATIONS.has(next) || CALENDAR.has(next) || isNumberWord(next) || lookupWord(next) !== null || next.length < 3) continue
    // the texts' words as written (a unit phrase is one token to the context's reader), and an Arabic noun in another
    // number (معصرة, المعاصر; محطة, محطات)
    named ??= texts.flatMap(wordsIn)
    const skeleton = skeletonOf(next)
    const sameNoun = (t: string) => sameStem(next, t) || (skeleton !== null && skeleton === skeletonOf(t))
    if (!fromContext(next, texts) && !named.some(sameNoun)) return true
    // a whole number as the reader wrote it (not the 50 of 46.50)
    const n = /^\p{N}+$/u.test(w) && read.includes(Number(normalizeDigits(w))) ? Number(normalizeDigits(w)) : null
    // the reader's number with a unit of its own (`35 per cent`) is read as a quantity, above
    if (n !== null && !cited.some((q) => same(q.value, n)) && countsAnotherFiguresNoun(n, named, sameNoun, figures)) return true
  }
  return false
}

/**
 * True when the texts give `n` only with nouns `sameNoun` is none of (`14 بلدية`, the reader's «14 عارض»), or only as a
 * per cent (`35 per cent`, the reader's `35 households`): the reader's noun is another figure's.
 */
function countsAnotherFiguresNoun(n: number, named: readonly string[], sameNoun: (t: string) => boolean, figures: Figures): boolean {
  // a noun of the texts (not one of another language, which `fromContext` read above)
  if (!named.some(sameNoun)) return false
  if (figures.quantities.some((q) => q.unit === 'percent' && same(q.value, n)) && !figures.quantities.some((q) => q.unit !== 'percent' && same(q.value, n)))
    return true
  // … and one they count with a number
  if (!named.some((t, i) => i > 0 && /\p{N}/u.test(named[i - 1]!) && sameNoun(t))) return false
  const nouns: string[] = []
  for (let i = 0; i + 1 < named.length; i++) {
    if (!/\p{N}/u.test(named[i]!) || findNumbers(named[i]!)[0] !== n) continue
    const noun = named[i + 1]!
    // a unit, scale or number after it: not a counted noun this rule reads; a particle (الـ42 في) counts nothing
    if (!LETTERS.test(noun) || lookupWord(noun) !== null || isNumberWord(noun)) return false
    if (noun.length >= 3) nouns.push(noun)
  }
  return nouns.length > 0 && !nouns.some(sameNoun)
}

// a month or weekday after a day's number (1er janvier) is the date's, checked with it
const CALENDAR: ReadonlySet<string> = new Set(CALENDAR_WORDS)

const wordsIn = (text: string) =>
  foldLetters(text)
    .split(/[\s,،.;:!?؟()«»"“”\-–—/]+/u)
    .filter(Boolean)

/** A noun's consonants, its sound feminine plural's ات off (محطات, محطة → محط). */
const skeletonOf = (w: string) => nounSkeleton(w.length > 4 && w.endsWith('\u0627\u062A') ? w.slice(0, -2) : w)
