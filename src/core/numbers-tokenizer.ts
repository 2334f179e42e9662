import { foldLetters } from './normalize.ts'
import { isCurrency } from './unit-names.ts'
import {
  DIALECT_HUNDREDS_WORDS,
  DIALECT_NUMBER_WORDS,
  FRENCH_NUMBER_WORDS,
  lookupHedgePhrases,
  lookupPhrase,
  lookupSymbol,
  lookupWord,
  SPOKEN_HOMOPHONES,
  type Entry,
} from './numbers-lexicon.ts'

/**
 * The number reader's tokenizer: an answer or an article split into number, word and symbol
 * tokens, each word resolved through the lexicon (`numbers-lexicon.ts`). Digits in any script with
 * their separators become one number token (`6,000`, `9 500`, `٢٫٥`); phrases that name one unit
 * (`في المئة`, `per cent`) one word token. Linear in the length of the text.
 */

/** Digits as one number: its value, the digits as written (`6,000`, `9 500`) and its place in the text. */
export type NumberToken = { t: 'num'; v: number; raw: string; start: number; end: number }

export type Token = NumberToken | { t: 'word'; w: string; e: Entry | null; start: number; end: number } | { t: 'sym'; c: string; start: number; end: number }

// Accusative tanween plus alef (ألفًا, جنديًا, تقريبًا): the alef only carries the tanween.
const WAW = '\u0648'
const TANWEEN_ALEF = /(?:\u064B\u0627|\u0627\u064B)(?![\p{L}\p{M}])/gu
// A race's time in primes: 51'12" (minutes and seconds, ″ or two primes for the seconds), 4h51'
// (hours and minutes): written as the units, so that 4h51'12" reads as 4 hours 51 minutes 12 seconds.
const PRIMES = /(\d)\s*['\u2032\u2019]\s*(\d{1,2})\s*(?:["\u201D]|['\u2032\u2019]{2})/g
const HOURS_PRIME = /(\d)h(\d{1,2})\s*['\u2032\u2019](?![\p{L}\d])/gu
// South Asia's mark after a whole amount of money, "and no paise" (Rs 600/-): nothing to read.
const NO_PAISE = /(\d)\/-(?![\d-])/g
// A hyphen touching a letter joins words (twenty-five, 2-hour); between digits it is a range.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g
const WORD_HYPHEN = /(?<=\p{L})-|-(?=\p{L})/gu
// Sentence punctuation and quotes separate tokens and are otherwise ignored; commas and
// semicolons separate list items; brackets and any other symbol ($, %, +, /, -, ×, #, =) are tokens
// of their own, which no number expression contains: "ساعتين ونصف (150 دقيقة)" is not 2.5 hours
// plus 150 minutes. Brackets around the whole answer are dropped (`withoutHedges`).
const TOKEN = /(\d+(?:[.,]\d+)*|\.\d+)|(\p{L}+)|([^\s\p{L}\p{N}.,;!?"'()[\]{}«»“”‘’„…\u060C\u061B\u061F\u06D4])|([,;\u061B])|([()[\]{}])|\S/gu
const DIGIT_CHAR = /\d/
export const PLAIN_DIGITS = /^\d+$/
const THREE_DIGITS = /^\d{3}$/
// A number's first group of thousands never starts with 0: `0,800` is a decimal comma (0.8, Tunisian dinars and millimes).
const SHORT_GROUP = /^[1-9]\d{0,2}$/
// "9 500", "9 500.5", "9 500,5" — but not "9 500,000", which mixes two groupings.
const GROUP_CONTINUATION = /^\d{3}(?:\.\d+|,(?!\d{3}$)\d+)?$/
const SEPARATOR = /[.,]/
// South Asian grouping: thousands, then hundreds of them by twos (30,00,000 is 30 lakh; 7,60,00,000 is 7.6 crore).
const LAKH_GROUPED = /^[1-9]\d?(?:,\d{2})+,\d{3}$/

// ½ and friends (NFKC would turn ½ into "1⁄2"), then 1/2, 2 1/2, 3/4 as words the grammar reads.
const VULGAR = /[½⅓⅔¼¾]/g
const VULGAR_SLASHED: Record<string, string> = { '½': '1/2', '⅓': '1/3', '⅔': '2/3', '¼': '1/4', '¾': '3/4' }
const SLASH_FRACTION = /(?<![\d.,/])([1-3])\s*[/\u2044]\s*([2-4])(?![\d/.,])/g
const SPACE_CHAR = /\s/
const DIGIT_OR_SEPARATOR = /[\d.,]/
const FRACTION_WORDS: Record<string, string> = {
  '1/2': 'نصف',
  '1/3': 'ثلث',
  '2/3': 'ثلثين',
  '1/4': 'ربع',
  '3/4': 'ثلاثه ارباع',
}

/**
 * `1/2`, `2 1/2`, `3/4` as the words the grammar reads (نصف, 2 و نصف, ثلاثه ارباع). The whole
 * number before a fraction is found by looking back from it, never further than the previous
 * fraction, so that a long run of digits costs one pass (a regular expression with an optional
 * leading `\d+\s+` would retry it from every digit).
 */
function slashFractionsAsWords(s: string): string {
  let out = ''
  let done = 0
  SLASH_FRACTION.lastIndex = 0
  for (let m = SLASH_FRACTION.exec(s); m !== null; m = SLASH_FRACTION.exec(s)) {
    const words = FRACTION_WORDS[`${m[1]}/${m[2]}`]
    if (!words) continue
    let spaces = m.index
    while (spaces > done && SPACE_CHAR.test(s[spaces - 1]!)) spaces--
    let digits = spaces
    while (digits > done && DIGIT_CHAR.test(s[digits - 1]!)) digits--
    const whole = spaces < m.index && digits < spaces && !(digits > 0 && DIGIT_OR_SEPARATOR.test(s[digits - 1]!))
    out += whole ? `${s.slice(done, digits)}${s.slice(digits, spaces)} و ${words} ` : `${s.slice(done, m.index)} ${words} `
    done = m.index + m[0].length
  }
  return done === 0 ? s : out + s.slice(done)
}

/** The value of a digit string with `.`/`,` separators, or null when they make no sense. */
export function parseDigitString(raw: string): number | null {
  const commas = raw.split(',').length - 1
  const dots = raw.split('.').length - 1
  if (commas === 0 && dots === 0) return Number(raw)
  if (commas === 0 && dots === 1) return Number(raw.startsWith('.') ? '0' + raw : raw)
  const groups = raw.split(SEPARATOR)
  const groupedThousands = (parts: string[]) => SHORT_GROUP.test(parts[0]!) && parts.slice(1).every((g) => THREE_DIGITS.test(g))
  if (dots === 0) {
    // 6,000 and 1,000,000 group thousands; a single comma before anything but three digits is a
    // decimal comma (2,5), as written across North Africa and Europe.
    if (groupedThousands(groups) || LAKH_GROUPED.test(raw)) return Number(groups.join(''))
    if (commas === 1) return Number(groups.join('.'))
    return null
  }
  if (commas === 0) {
    // 1.000.000 groups thousands; a single dot (handled above) is always a decimal point.
    return groupedThousands(groups) ? Number(groups.join('')) : null
  }
  // Both: the last separator is the decimal one, the others group thousands (9,500.5 / 9.500,5).
  const lastSep = Math.max(raw.lastIndexOf(','), raw.lastIndexOf('.'))
  const intPart = raw.slice(0, lastSep)
  const sep = raw[lastSep]
  if (intPart.includes(sep!)) return null
  const intGroups = intPart.split(SEPARATOR)
  if (!groupedThousands(intGroups)) return null
  return Number(intGroups.join('') + '.' + raw.slice(lastSep + 1))
}

// Square and cubic metres and kilometres written with a power (m², km³; m2, km2 once NFKC has
// folded the superscript): the power becomes a letter of the abbreviation, σ for square and κ for
// cubic (mσ, kmσ, mκ in unit-words.ts), so that `10 m3` is no 10 minutes and 3 of something. One
// character for one, so that token offsets stay those of the text.
const POWER_OF_UNIT = /(?<!\p{L})(km|m|كم|م)([23])(?![\p{L}\p{N}])/gu
const powerLetter = (_: string, unit: string, power: string) => unit + (power === '2' ? 'σ' : 'κ')
// Speeds written with a slash (km/h, m/s, mph as mi/h, كم/س, م/ث): the slash becomes ρ ("per"), one
// word for one unit (kmρh in unit-words.ts), so that `90 km/h` is no 90 km and an hour.
const SPEED_SLASH = /(?<!\p{L})(kms?|m|mi|كم|كلم|كيلومتر|م)\/(hr?|sec|s|س|ساعه|ث)(?!\p{L})/gu
// Energy written with a slash for its hour (كيلوواط/ساعة, ميغاواط/ساعة, kW/h as news misspells kWh): the slash
// becomes a space (كيلوواط_ساعة, kw_h in unit-words.ts), so that `500 kW/h` is no 500 kW and an hour.
const ENERGY_SLASH = /(?<!\p{L})(\p{L}*(?:واط|وات)|[kmgt]?w)\/(hr?|ساعه)(?!\p{L})/gu
// It's, that's: "is" after a pronoun, never the possessive of a noun (Russia's) nor seconds (s).
const CONTRACTED_IS = /\b(it|that|there|here|what|this)['’]s\b/g

// Texts read again and again (a prompt for its numbers and for its dates, a draft's title for each of its statements):
// each tokenized once. Its tokens are shared — a reader replaces a token in its list, never changes one — and each
// caller gets a list of its own. Bounded (texts up to a paragraph's length), emptied when full.
const TOKENIZED = new Map<string, readonly Token[]>()
const TOKENIZED_MAX = 5000
const TOKENIZED_LENGTH_MAX = 1000

/** Splits an answer into number, word and symbol tokens, words resolved through `lookupWord`. */
export function tokenize(text: string): Token[] {
  if (text.length > TOKENIZED_LENGTH_MAX) return readTokens(text)
  let tokens = TOKENIZED.get(text)
  if (tokens === undefined) {
    if (TOKENIZED.size >= TOKENIZED_MAX) TOKENIZED.clear()
    TOKENIZED.set(text, (tokens = readTokens(text)))
  }
  return tokens.slice()
}

// French 70–99 as France writes them (soixante-dix, soixante et onze, quatre-vingts, quatre-vingt-dix-neuf), read as the
// Belgian and Swiss words the lexicon holds (septante, huitante, nonante): soixante then dix or a teen is a seventy, quatre
// vingt(s) an eighty, and with dix or a teen after it a ninety. Soixante alone stays 60; the hyphens are spaces by now.
const FRENCH_SEVENTY_NINETY =
  /(?<![\p{L}\p{N}])(?:(soixante)(?: (et))? (dix|onze|douze|treize|quatorze|quinze|seize)|(quatre vingts?)(?:(?: (et))? (dix|onze|douze|treize|quatorze|quinze|seize))?)(?![\p{L}\p{N}])/gu
const FRENCH_TEEN_UNITS = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six']
function frenchSeventyNinety(...m: (string | undefined)[]): string {
  const [, sixty, sixtyEt, sixtyTeen, eighty, eightyEt, eightyTeen] = m
  const teen = sixty !== undefined ? sixtyTeen! : eightyTeen
  const tens = sixty !== undefined ? 'septante' : teen === undefined ? 'huitante' : 'nonante'
  if (teen === undefined) return tens
  const units = teen === 'dix' ? '' : FRENCH_TEEN_UNITS[['onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'].indexOf(teen) + 1]!
  const et = (sixty !== undefined ? sixtyEt : eightyEt) !== undefined || units === 'un' ? ' et' : ''
  return units === '' ? tens : `${tens}${et} ${units}`
}

function readTokens(text: string): Token[] {
  const folded = slashFractionsAsWords(
    foldLetters(
      text
        .replace(VULGAR, (c) => ` ${VULGAR_SLASHED[c]} `)
        .normalize('NFKC')
        .replace(TANWEEN_ALEF, ''),
    )
      .replace(POWER_OF_UNIT, powerLetter)
      .replace(CONTRACTED_IS, '$1 is')
      .replace(PRIMES, '$1 min $2 s')
      .replace(HOURS_PRIME, '$1h$2 min')
      .replace(NO_PAISE, '$1'),
  )

    .replace(DASHES, '-')
    .replace(WORD_HYPHEN, ' ')
    .replace(FRENCH_SEVENTY_NINETY, frenchSeventyNinety)
  const s = folded.includes('/') ? folded.replace(SPEED_SLASH, '$1ρ$2').replace(ENERGY_SLASH, '$1 $2') : folded
  const tokens: Token[] = []
  // The number token that a group of three digits after a space would continue ("9 500").
  let spacedTail: NumberToken | null = null
  TOKEN.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = TOKEN.exec(s)) !== null) {
    const start = m.index
    const end = start + m[0].length
    if (m[1] !== undefined) {
      // "9 500": a group of three digits after a short group (or groups) and one space continues the
      // number; its value is the number's so far times a thousand plus the group, so that a long
      // run of groups is read in one pass.
      if (
        spacedTail !== null &&
        spacedTail === tokens[tokens.length - 1] &&
        spacedTail.end === start - 1 &&
        s[spacedTail.end] === ' ' &&
        GROUP_CONTINUATION.test(m[1])
      ) {
        const group = parseDigitString(m[1])
        if (group !== null) {
          spacedTail.raw += ' ' + m[1]
          spacedTail.v = spacedTail.v * 1000 + group
          spacedTail.end = end
          if (!THREE_DIGITS.test(m[1])) spacedTail = null
          continue
        }
      }
      const v = parseDigitString(m[1])
      if (v === null) {
        tokens.push({ t: 'sym', c: m[1], start, end })
      } else {
        const tok: NumberToken = { t: 'num', v, raw: m[1], start, end }
        tokens.push(tok)
        spacedTail = SHORT_GROUP.test(m[1]) ? tok : null
      }
    } else if (m[2] !== undefined) {
      pushWord(tokens, m[2], start, end)
    } else if (m[3] !== undefined) {
      // A colon only means something between digits (2:30); elsewhere it is punctuation.
      if (m[3] === ':' && !(DIGIT_CHAR.test(s[start - 1] ?? '') && DIGIT_CHAR.test(s[end] ?? ''))) continue
      const unit = lookupSymbol(m[3])
      if (unit?.k === 'noun') {
        // $ € % ٪: a unit written as a symbol; US$ and C$ when written onto their prefix.
        const prev = tokens[tokens.length - 1]
        const joined = prev?.t === 'word' && prev.end === start ? lookupSymbol(prev.w + m[3]) : undefined
        if (joined && prev?.t === 'word') tokens[tokens.length - 1] = { t: 'word', w: prev.w + m[3], e: joined, start: prev.start, end }
        else tokens.push({ t: 'word', w: m[3], e: unit, start, end })
        continue
      }
      tokens.push({ t: 'sym', c: m[3], start, end })
    } else if (m[4] !== undefined) {
      // A list separator: ignored, except between two parts of a number (withoutHedges).
      tokens.push({ t: 'sym', c: ',', start, end })
    } else if (m[5] !== undefined) {
      tokens.push({ t: 'sym', c: m[5], start, end })
    }
  }
  const merged = mergePhrases(tokens)
  markMoneyScales(merged, false)
  markPeopleOne(merged)
  markColloquialOne(merged)
  markFrenchHundreds(merged)
  markSpokenHomophones(merged)
  markWordsOfNumbersOnly(merged)
  return merged
}

/**
 * A recognizer's homophone of a number (`to`, `for`, `won`: `SPOKEN_HOMOPHONES`) read as that number where the word
 * cannot be itself: before "and a half" or "and a quarter", or a singular hundred or scale word, after no number.
 */
function markSpokenHomophones(T: Token[]): void {
  for (let i = 0; i < T.length; i++) {
    const tok = T[i]!
    const v = tok.t === 'word' ? SPOKEN_HOMOPHONES.get(tok.w) : undefined
    if (v === undefined || tok.t !== 'word') continue
    const before = T[i - 1]
    if (before?.t === 'num' || NUMBER_START.has(entryAtToken(before)?.k ?? 'and')) continue
    const next = entryAtToken(T[i + 1])
    const scale = next?.k === 'hundred' || (next?.k === 'scale' && next.form === 'sg')
    const fraction = next?.k === 'and' && entryAtToken(T[i + 2])?.k === 'a' && entryAtToken(T[i + 3])?.k === 'frac'
    if (scale || fraction) T[i] = { ...tok, e: { k: 'digit', v, ar: false } }
  }
}

/**
 * Words that are numbers or hedges only beside a number, plain words elsewhere: a dialect number
 * (تنين, جوج, زوج, ستت) before a thousand, a unit or و and a fraction, or alone (`تنين ونص`, `جوج
 * آلاف`; not التنين الصيني, زوج الأميرة); شي and حدود right before a number (`شي ساعتين`, `حدود
 * الألفين`; not «كيم وبوتين وشي», «على الحدود»); `point` before a digit (two point five; not 1.3
 * percentage point). Right to left, so that each word sees the next as
 * it will be read.
 */
function markWordsOfNumbersOnly(T: Token[]): void {
  for (let i = T.length - 1; i >= 0; i--) {
    const tok = T[i]!
    if (tok.t !== 'word' || tok.e === null) continue
    const next = T[i + 1]
    const nextKind = next?.t === 'word' ? next.e?.k : undefined
    if (tok.e.k === 'digit' && DIALECT_NUMBER_WORDS.has(tok.w)) {
      // and before «فاصلة» and a digit word: زوج فاصلة سبعة (2.7)
      const point = entryAtToken(next)
      const decimal = point?.k === 'point' && point.ar && entryAtToken(T[i + 2])?.k === 'digit'
      const after = nextKind === 'and' ? entryAtToken(T[i + 2])?.k : undefined
      const counted = nextKind === 'scale' || nextKind === 'noun' || decimal || after === 'frac' || after === 'tens'
      if (!counted && T.length > 1) T[i] = { ...tok, e: null }
    } else if (tok.e.k === 'hundreds' && DIALECT_HUNDREDS_WORDS.has(tok.w)) {
      // متين: 200 after a number and و (ألف ومتين, 3 آلاف ومتين), before a scale or a unit (متين ألف, متين دينار), or
      // alone; the MSA adjective elsewhere (بناء قوي ومتين, أساس متين)
      const before = T[i - 2]
      const afterNumber = entryAtToken(T[i - 1])?.k === 'and' && (before?.t === 'num' || NUMBER_START.has(entryAtToken(before)?.k ?? 'and'))
      const counted = afterNumber || nextKind === 'scale' || nextKind === 'noun' || T.length === 1
      if (!counted) T[i] = { ...tok, e: null }
    } else if (FRENCH_NUMBER_WORDS.has(tok.w)) {
      // UN, Sept 10, Mille Lacs: a French number word only beside a number word, a unit, or alone.
      // A word before it counts as company when it is a number word, or et/and after one (vingt et un).
      const previous = entryAtToken(T[i - 1])?.k
      // A scale after digits is theirs too (148 mille); and the minutes after a number of hours (deux heures trente).
      const afterNumber =
        (tok.e.k === 'scale' && T[i - 1]?.t === 'num') ||
        (i === T.length - 1 && isHours(T[i - 1]) && startsNumber(T[i - 2])) ||
        (previous !== undefined &&
          previous !== 'noun' &&
          (previous === 'and' ? NUMBER_START.has(entryAtToken(T[i - 2])?.k ?? 'and') : FRENCH_COMPANY.has(previous)))
      // A French degree (trois degrés) is a unit only for a temperature (units.ts), but company here.
      const counted = (nextKind !== undefined && FRENCH_COMPANY.has(nextKind)) || afterNumber || (next?.t === 'word' && FRENCH_DEGREES.has(next.w))
      if (!counted && T.length > 1) T[i] = { ...tok, e: null }
    } else if (tok.e.k === 'hedge' && tok.e.beforeNumber && !(next?.t === 'num' || (nextKind !== undefined && NUMBER_START.has(nextKind)))) {
      T[i] = { ...tok, e: null }
    } else if (tok.e.k === 'hedge' && tok.e.afterNumber && i !== T.length - 1) {
      // -ish closes the figure it hedges: `35ish`, `4 hours-ish`; before anything else it is a word
      T[i] = { ...tok, e: null }
    } else if (tok.e.k === 'point' && !tok.e.ar && !(next?.t === 'num' || nextKind === 'digit')) {
      // "point" with no digit after it is a word: 1.3 percentage point, a 2-point lead
      T[i] = { ...tok, e: null }
    }
  }
}

// The hours a time's minutes may follow in French words (deux heures trente).
const isHours = (t: Token | undefined) => {
  const e = entryAtToken(t)
  return e?.k === 'noun' && e.unit === 'hour'
}
const startsNumber = (t: Token | undefined) => t?.t === 'num' || (t?.t === 'word' && t.e !== null && FRENCH_COMPANY.has(t.e.k) && t.e.k !== 'noun')
const CENT = new Set(['cent', 'cents'])
const FRENCH_DEGREES = new Set(['degre', 'degres'])
const HUNDRED: Entry = { k: 'hundred' }

/**
 * French «cent» is a hundred beside a French number word: after a unit from two to nine that is French
 * or follows a French word (`trois cent quarante`, `deux cents`, `deux mille six cents`) or, in the
 * singular, before one (`cent douze`, `deux cent vingt`). Alone, after digits or English words it
 * stays the currency's cent (`22 cents`, `six cents`: six is English too; `un cent`).
 */
function markFrenchHundreds(T: Token[]): void {
  for (let i = 0; i < T.length; i++) {
    const tok = T[i]!
    if (tok.t !== 'word' || !CENT.has(tok.w)) continue
    const previous = T[i - 1]
    const next = T[i + 1]
    const french = (t: Token | undefined) => t?.t === 'word' && t.e !== null && FRENCH_NUMBER_WORDS.has(t.w)
    const afterUnit = previous?.t === 'word' && previous.e?.k === 'digit' && previous.e.v >= 2 && (french(previous) || french(T[i - 2]))
    const beforeNumber = tok.w === 'cent' && french(next)
    if (afterUnit || beforeNumber) T[i] = { ...tok, e: HUNDRED }
  }
}

const NUMBER_START = new Set<Entry['k']>(['digit', 'ten', 'teen', 'tens', 'hundred', 'hundreds', 'scale', 'frac', 'noun'])
// What a French number word may stand beside: another number word, a point (virgule), and (et), a unit.
const FRENCH_COMPANY = new Set<Entry['k']>(['digit', 'ten', 'teen', 'tens', 'hundred', 'hundreds', 'scale', 'point', 'and', 'noun', 'abbrScale'])
const entryAtToken = (tok: Token | undefined) => (tok?.t === 'word' ? tok.e : null)

const ONE = new Set(['واحد', 'واحده'].map(foldLetters))
const COUNTING = new Set<Entry['k']>(['digit', 'ten', 'teen', 'tens', 'hundred', 'hundreds', 'scale', 'frac'])
const ANYONE: Entry = { k: 'noun', unit: 'person', units: ['person'], form: 'pl', people: null }

/**
 * Egyptian and Levantine واحد right after a number, with no و between, counts people: «ألف واحد»,
 * «ستة آلاف واحد», «2000 واحد» are 1000, 6000 and 2000 people; «ألف وواحد» stays 1001.
 */
function markPeopleOne(T: Token[]): void {
  for (let i = 1; i < T.length; i++) {
    const tok = T[i]!
    const prev = T[i - 1]!
    if (tok.t !== 'word' || !ONE.has(tok.w)) continue
    // وأحد folds to واحد: «ثلاثمائة وأحد عشر ألف», «مئة وأحد وعشرون» go on as a number.
    const next = T[i + 1]
    if (next?.t === 'word' && next.e !== null && (COUNTING.has(next.e.k) || next.e.k === 'and')) continue
    if (prev.t === 'num' || (prev.t === 'word' && prev.e !== null && COUNTING.has(prev.e.k))) T[i] = { ...tok, e: ANYONE }
  }
}

const COLLOQUIAL_ONE = foldLetters('وحدة')
const ARTICLE = foldLetters('ال')

/**
 * Colloquial وحدة for واحدة (one), only right after a unit's noun in the singular with no article, where it
 * stresses the noun as واحدة does: «ساعة وحدة», «ساعه وحده», «ساعة وحدة تقريبا». Anywhere else it is the MSA noun (a unit, unity:
 * «1100 وحدة صحية», «الساعة وحدة قياس») and no number.
 */
function markColloquialOne(T: Token[]): void {
  for (let i = 1; i < T.length; i++) {
    const tok = T[i]!
    const prev = T[i - 1]!
    if (tok.t !== 'word' || tok.w !== COLLOQUIAL_ONE || tok.e !== null) continue
    if (prev.t !== 'word' || prev.e?.k !== 'noun' || prev.e.form !== 'sg' || prev.w.startsWith(ARTICLE) || prev.end === tok.start) continue
    // …and at the end of the words, or before a word the reader of numbers knows (a hedge, a unit, a number),
    // never before a noun it would govern («متر وحدة قياس»).
    const next = T[i + 1]
    if (next?.t === 'word' && next.e === null) continue
    T[i] = { ...tok, e: lookupWord(COLLOQUIAL_ONE.replace(/^\u0648/, '\u0648\u0627')) }
  }
}

// في المئة, per cent, كيلو متر, ر.س: several words that name one unit become one token.
function mergePhrases(tokens: Token[]): Token[] {
  if (!tokens.some((tok) => tok.t === 'word' && lookupPhrase(tok.w) !== undefined)) return tokens
  const out: Token[] = []
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!
    const phrase =
      tok.t === 'word'
        ? lookupPhrase(tok.w)?.find((p) =>
            p.words.every((w, k) => {
              const t = tokens[i + k]
              return t?.t === 'word' && t.w === w
            }),
          )
        : undefined
    if (!phrase) {
      out.push(tok)
      continue
    }
    const last = tokens[i + phrase.words.length - 1]!
    out.push({ t: 'word', w: phrase.words.join(' '), e: phrase.entry, start: tok.start, end: last.end })
    i += phrase.words.length - 1
  }
  return out
}

const isMoneyWord = (tok: Token | undefined) => tok?.t === 'word' && ((tok.e?.k === 'noun' && isCurrency(tok.e.unit)) || (tok.e?.k === 'adj' && tok.e.alone))

/**
 * `m` and `b` after a money amount are million and billion, not minutes or metres: `$2m`,
 * `£1.5b`, `2m dollars`, `SAR 5m`, and written onto a number before another unit (`203m km`). With `money` (the question asks for an amount of money) after
 * any number: a bare number is in the question's currency.
 */
export function markMoneyScales(T: Token[], money: boolean): void {
  for (let i = 1; i < T.length; i++) {
    const tok = T[i]!
    if (tok.t !== 'word' || (tok.w !== 'm' && tok.w !== 'b') || T[i - 1]!.t !== 'num') continue
    const after = T[i + 1]?.t === 'word' && (T[i + 1] as { e: Entry | null }).e?.k === 'adj' ? T[i + 2] : T[i + 1]
    // Written onto its number and followed by another unit's noun, `m` is no unit of its own: `203m km`,
    // `7b years`, `2m people` (never `5m` alone, `5m 20`, `a 5m wave`).
    const glued = tok.start === T[i - 1]!.end && T[i + 1]?.t === 'word' && (T[i + 1] as { e: Entry | null }).e?.k === 'noun'
    if (money || glued || isMoneyWord(T[i - 2]) || isMoneyWord(after)) {
      T[i] = { ...tok, e: { k: 'abbrScale', v: tok.w === 'm' ? 1e6 : 1e9, spaced: true } }
    }
  }
}

function pushWord(tokens: Token[], w: string, start: number, end: number): void {
  const e = lookupWord(w)
  if (e !== null) {
    tokens.push({ t: 'word', w, e, start, end })
    return
  }
  // The conjunction و written onto the next word: وخمسمائة, ونصف, والنصف.
  if (w.length > 1 && w.startsWith(WAW)) {
    const inner = lookupWord(w.slice(1))
    if (inner !== null) {
      tokens.push({ t: 'word', w: WAW, e: { k: 'and' }, start, end: start + 1 })
      tokens.push({ t: 'word', w: w.slice(1), e: inner, start: start + 1, end })
      return
    }
  }
  const parts = runTogether(w)
  if (parts !== null) {
    for (const part of parts) tokens.push({ t: 'word', w: part.w, e: part.e, start: start + part.from, end: start + part.to })
    return
  }
  tokens.push({ t: 'word', w, e: null, start, end })
}

type Part = { w: string; e: Entry; from: number; to: number }
const RUN_KINDS = new Set<Entry['k']>(['digit', 'ten', 'tens', 'hundred', 'hundreds', 'scale', 'frac'])
const MAX_RUN = 24
const TEH = '\u062A'

/**
 * Number words typed without their spaces, as fast typists and phone keyboards do: ستةآلاف,
 * تسعتلاف (تسع تلاف), ستلاف (ست + تلاف sharing their ت), ساعتينونصف, ألفونص. The word must split
 * whole into at least two number words (a unit noun may lead: ساعتين), with و between them; other
 * words are left alone. Bounded by the word's length (at most 24 letters), so linear in the text.
 */
function runTogether(w: string): Part[] | null {
  if (w.length < 5 || w.length > MAX_RUN) return null
  const split = (i: number, first: boolean): Part[] | null => {
    if (i === w.length) return []
    if (!first && w[i] === WAW && i + 1 < w.length) {
      const rest = split(i + 1, false)
      if (rest !== null && rest.length > 0 && rest[0]!.e.k !== 'and') return [{ w: WAW, e: { k: 'and' }, from: i, to: i + 1 }, ...rest]
    }
    for (let k = w.length; k >= i + 2; k--) {
      // ست + تلاف written ستلاف: the ت ending one word begins the next.
      for (const piece of i > 0 && w[i - 1] === TEH && w[i] !== TEH ? [w.slice(i, k), TEH + w.slice(i, k)] : [w.slice(i, k)]) {
        const e = lookupWord(piece)
        const fits = e !== null && (RUN_KINDS.has(e.k) || (first && e.k === 'noun' && (e.form === 'sg' || e.form === 'dual')))
        if (!fits || (first && k === w.length)) continue
        const rest = split(k, false)
        if (rest !== null) return [{ w: piece, e: e!, from: i, to: k }, ...rest]
      }
    }
    return null
  }
  const parts = split(0, true)
  return parts !== null && parts.filter((p) => p.e.k !== 'and').length >= 2 ? parts : null
}

const NUMBERISH = new Set<Entry['k']>(['digit', 'ten', 'teen', 'tens', 'hundred', 'hundreds', 'scale', 'frac', 'and', 'noun', 'a'])
const numberish = (tok: Token | undefined) => tok !== undefined && (tok.t === 'num' || (tok.t === 'word' && tok.e !== null && NUMBERISH.has(tok.e.k)))

/**
 * The tokens without hedges and neutral words (نحو، حوالي، تقريبًا، ما يقارب، about, ~) — except
 * one standing between two parts of a number, which it would otherwise glue (ألف حوالي خمسمائة).
 */
export function withoutHedges(tokens: Token[]): Token[] {
  const out: Token[] = []
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!
    const inside = numberish(out[out.length - 1]) && numberish(tokens[i + 1])
    // ~ and ≈ only as a prefix; a comma anywhere but inside a number (ألف، خمسمائة is a list).
    if (tok.t === 'sym' && (tok.c === '~' || tok.c === '≈') && out.length === 0) continue
    if (tok.t === 'sym' && tok.c === ',' && !inside) continue
    if (tok.t === 'word') {
      const k = tok.e?.k
      if ((k === 'hedge' || k === 'neutral') && !inside) continue
      const phrase = lookupHedgePhrases(tok.w)?.find((p) => p.every((w, j) => tokens[i + j]?.t === 'word' && (tokens[i + j] as { w: string }).w === w))
      if (phrase && !(numberish(out[out.length - 1]) && numberish(tokens[i + phrase.length]))) {
        i += phrase.length - 1
        continue
      }
    }
    out.push(tok)
  }
  // "(2000)", "[ساعتين ونصف]": brackets around the whole answer say nothing.
  let first = 0
  let last = out.length - 1
  while (first < last && isBracket(out[first], OPENING) && isBracket(out[last], CLOSING)) [first, last] = [first + 1, last - 1]
  return first === 0 ? out.slice(0, last + 1) : out.slice(first, last + 1)
}

const OPENING = '([{'
const CLOSING = ')]}'
const isBracket = (tok: Token | undefined, set: string) => tok?.t === 'sym' && tok.c.length === 1 && set.includes(tok.c)
