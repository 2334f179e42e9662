import { foldLetters } from './normalize.ts'
import { isCurrency, type Currency, type Unit } from './quiz-schema.ts'
import { adjectiveForms, CURRENCY_ADJECTIVES, UNIT_WORDS, type NounForm } from './unit-words.ts'

/**
 * Reading numbers the way students write them: digits in any script with any separators,
 * Arabic and English number words, fractions, hedges ("نحو", "about").
 *
 * The reader works on tokens (`tokenize`) and a small grammar (`readNumber`); `units.ts` builds
 * quantities ("ساعتين ونصف", "150 دقيقة") on the same tokens. The spellings of units
 * (`unit-words.ts`) are loaded into the same lexicon, because the Arabic dual carries a number
 * itself: ساعتين is 2 hours.
 */

export type { NounForm }

/** What a word means to the number reader. */
export type Entry =
  | { k: 'digit'; v: number; ar: boolean } // 0–9
  | { k: 'ten'; ar: boolean } // 10; in Arabic also the second half of 11–19 (ثلاثة عشر)
  | { k: 'teen'; v: number } // 11–19 in one word (English)
  | { k: 'tens'; v: number } // 20, 30 … 90
  | { k: 'hundred' } // 100, or ×100 after a digit (خمس مئة, five hundred)
  | { k: 'hundreds'; v: number } // 200 … 900 in one word (مئتان, خمسمائة)
  // sg ألف; dual ألفان; pl آلاف (needs a multiplier); dualOrAcc ألفا (2000 alone, ×1000 after a number)
  | { k: 'scale'; v: number; form: 'sg' | 'dual' | 'pl' | 'dualOrAcc' }
  | { k: 'frac'; den: number; form: 'sg' | 'dual' | 'pl' } // نصف, ثلثين, أرباع
  | { k: 'and' }
  | { k: 'a' } // English a/an
  | { k: 'of' }
  | { k: 'point' }
  // 9.5k, $1.5bn, 300 mn; `spaced`: also apart from the digits (1.5 bn), not only onto them (9.5k)
  | { k: 'abbrScale'; v: number; spaced: boolean }
  | { k: 'except' } // إلا: ساعتين إلا ربع
  // A unit word: `unit` is the one meant by default, `units` every unit it may name (ريال, m, كيلو).
  | { k: 'noun'; unit: Unit; units: readonly Unit[]; form: NounForm }
  // A currency adjective (سعودي, US), which narrows a currency word; `alone`: stands for one (sterling).
  | { k: 'adj'; units: readonly Currency[]; alone: boolean }
  | { k: 'hedge' } // نحو, about: ignored
  | { k: 'neutral' } // فقط, exactly: ignored
  | { k: 'block' } // comparisons and negation: the answer is not a plain number any more

export type Token =
  | { t: 'num'; v: number; raw: string; start: number; end: number }
  | { t: 'word'; w: string; e: Entry | null; start: number; end: number }
  | { t: 'sym'; c: string; start: number; end: number }

const LEX = new Map<string, Entry>()

function add(words: string, entry: Entry): void {
  for (const word of words.split(/\s+/)) {
    if (word) LEX.set(foldLetters(word), entry)
  }
}

// --- Arabic number words (written with hamzas and ة; keys are folded on insertion) ---
add('صفر', { k: 'digit', v: 0, ar: true })
add('واحد واحدة أحد إحدى حادي', { k: 'digit', v: 1, ar: true })
add('اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي إثنين إثنان اتنين ثنتين ثنتان', { k: 'digit', v: 2, ar: true })
add('ثلاث ثلاثة تلات تلاتة', { k: 'digit', v: 3, ar: true })
add('أربع أربعة', { k: 'digit', v: 4, ar: true })
add('خمس خمسة', { k: 'digit', v: 5, ar: true })
add('ست ستة', { k: 'digit', v: 6, ar: true })
add('سبع سبعة', { k: 'digit', v: 7, ar: true })
add('ثمان ثماني ثمانية تمان تمانية', { k: 'digit', v: 8, ar: true })
add('تسع تسعة', { k: 'digit', v: 9, ar: true })
add('عشر عشرة', { k: 'ten', ar: true })
const AR_TENS: [string, number][] = [
  ['عشرون عشرين', 20],
  ['ثلاثون ثلاثين تلاتين', 30],
  ['أربعون أربعين', 40],
  ['خمسون خمسين', 50],
  ['ستون ستين', 60],
  ['سبعون سبعين', 70],
  ['ثمانون ثمانين تمانين', 80],
  ['تسعون تسعين', 90],
]
for (const [words, v] of AR_TENS) add(words, { k: 'tens', v })
add('مائة مئة مية ماية', { k: 'hundred' })
add('مئتان مئتين مائتان مائتين مئتا مائتا مئتي مائتي ميتين', { k: 'hundreds', v: 200 })
const AR_HUNDRED_STEMS: [string, number][] = [
  ['ثلاث', 3],
  ['أربع', 4],
  ['خمس', 5],
  ['ست', 6],
  ['سبع', 7],
  ['ثمان', 8],
  ['ثماني', 8],
  ['تسع', 9],
]
for (const [stem, v] of AR_HUNDRED_STEMS) {
  add(`${stem}مائة ${stem}مئة ${stem}مية`, { k: 'hundreds', v: v * 100 })
}
add('ألف', { k: 'scale', v: 1e3, form: 'sg' })
add('ألفان ألفين ألفي', { k: 'scale', v: 1e3, form: 'dual' })
add('ألفا', { k: 'scale', v: 1e3, form: 'dualOrAcc' })
add('آلاف ألوف', { k: 'scale', v: 1e3, form: 'pl' })
add('مليون', { k: 'scale', v: 1e6, form: 'sg' })
add('مليونان مليونين مليوني', { k: 'scale', v: 1e6, form: 'dual' })
add('مليونا', { k: 'scale', v: 1e6, form: 'dualOrAcc' })
add('ملايين', { k: 'scale', v: 1e6, form: 'pl' })
add('مليار بليون', { k: 'scale', v: 1e9, form: 'sg' })
add('ملياران مليارين ملياري', { k: 'scale', v: 1e9, form: 'dual' })
add('مليارا', { k: 'scale', v: 1e9, form: 'dualOrAcc' })
add('مليارات', { k: 'scale', v: 1e9, form: 'pl' })
add('تريليون ترليون', { k: 'scale', v: 1e12, form: 'sg' })
add('تريليونات', { k: 'scale', v: 1e12, form: 'pl' })
add('نصف نص', { k: 'frac', den: 2, form: 'sg' })
add('ثلث', { k: 'frac', den: 3, form: 'sg' })
add('ثلثين ثلثان ثلثي ثلثا', { k: 'frac', den: 3, form: 'dual' })
add('أثلاث', { k: 'frac', den: 3, form: 'pl' })
add('ربع', { k: 'frac', den: 4, form: 'sg' })
add('أرباع', { k: 'frac', den: 4, form: 'pl' })
add('و', { k: 'and' })
add('إلا', { k: 'except' })
add('من', { k: 'of' })

// --- English number words ---
const EN_DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
EN_DIGITS.forEach((w, v) => add(w, { k: 'digit', v, ar: false }))
add('ten', { k: 'ten', ar: false })
const EN_TEENS = ['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
EN_TEENS.forEach((w, i) => add(w, { k: 'teen', v: 11 + i }))
const EN_TENS: [string, number][] = [
  ['twenty', 20],
  ['thirty', 30],
  ['forty fourty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]
for (const [words, v] of EN_TENS) add(words, { k: 'tens', v })
add('hundred', { k: 'hundred' })
add('thousand', { k: 'scale', v: 1e3, form: 'sg' })
add('thousands', { k: 'scale', v: 1e3, form: 'pl' })
add('million', { k: 'scale', v: 1e6, form: 'sg' })
add('millions', { k: 'scale', v: 1e6, form: 'pl' })
add('billion', { k: 'scale', v: 1e9, form: 'sg' })
add('billions', { k: 'scale', v: 1e9, form: 'pl' })
add('trillion', { k: 'scale', v: 1e12, form: 'sg' })
add('half', { k: 'frac', den: 2, form: 'sg' })
add('halves', { k: 'frac', den: 2, form: 'pl' })
add('third', { k: 'frac', den: 3, form: 'sg' })
add('thirds', { k: 'frac', den: 3, form: 'pl' })
add('quarter fourth', { k: 'frac', den: 4, form: 'sg' })
add('quarters fourths', { k: 'frac', den: 4, form: 'pl' })
add('and', { k: 'and' })
add('a an', { k: 'a' })
add('of', { k: 'of' })
add('point', { k: 'point' })
add('k', { k: 'abbrScale', v: 1e3, spaced: false })
add('mn', { k: 'abbrScale', v: 1e6, spaced: true })
add('bn', { k: 'abbrScale', v: 1e9, spaced: true })

// --- Hedges, neutral words and blockers ---
// "About 2000" is still the answer 2000: the tolerance of the question decides how close is close
// enough. "More than 2000" is a different claim, so comparisons make the answer unreadable.
add('نحو حوالي حوالى تقريبا تقريبً تقريب قرابة زهاء يقارب يناهز مايقارب مايقرب', { k: 'hedge' })
add('about around approximately approx roughly almost nearly circa ca some', { k: 'hedge' })
add('فقط بالضبط تماما تمام only just exactly precisely', { k: 'neutral' })
add(
  'أكثر أقل أزيد فوق تحت دون أقصى أدنى حتى إلى او أو أم بين لا ليس ليست ليسوا لست لم لن غير مش مو موش مب ما عدا سوى بدون خلاف ' +
    'ضعف أضعاف مضاعف يتجاوز تجاوز يزيد يقل',
  { k: 'block' },
)
add('more less fewer over under above below than least most up to not no or nor plus minus between except but double twice ' +
  'never neither none nothing without isn wasn aren weren didn doesn don', {
  k: 'block',
})

// Multi-word hedges, matched on folded words.
const HEDGE_PHRASES: string[][] = [
  'ما يقارب من',
  'ما يقارب',
  'ما يقرب من',
  'ما يقرب',
  'في حدود',
  'على وجه التقريب',
  'more or less',
  'or so',
  'give or take',
  'in the region of',
].map((p) => p.split(' ').map(foldLetters))

// --- Units (unit-words.ts): nouns, symbols and codes, and phrases of several words ---
type Phrase = { words: string[]; entry: Entry }
const PHRASES = new Map<string, Phrase[]>()
const PHRASE_SEPARATOR = /[_.]/

for (const { units, form, words } of UNIT_WORDS) {
  const entry: Entry = { k: 'noun', unit: units[0], units, form }
  for (const word of words.split(/\s+/)) {
    const parts = word.length > 1 ? word.split(PHRASE_SEPARATOR).filter(Boolean).map(foldLetters) : [foldLetters(word)]
    if (parts.length === 1) LEX.set(parts[0]!, entry)
    else addPhrase(parts, entry)
  }
}
for (const { units, words, alone } of CURRENCY_ADJECTIVES) {
  const entry: Entry = { k: 'adj', units, alone: alone ?? false }
  for (const word of words.split(/\s+/)) {
    const parts = word.split(PHRASE_SEPARATOR).filter(Boolean)
    if (parts.length > 1) addPhrase(parts.map(foldLetters), entry)
    else for (const form of adjectiveForms(word)) LEX.set(foldLetters(form), entry)
  }
}

function addPhrase(words: string[], entry: Entry): void {
  const list = PHRASES.get(words[0]!) ?? []
  list.push({ words, entry })
  list.sort((a, b) => b.words.length - a.words.length)
  PHRASES.set(words[0]!, list)
}

// Arabic clitics a number or noun may carry: بـ، لـ، كـ، فـ, the article and their combinations.
const PREFIXES = ['بال', 'فال', 'كال', 'لل', 'ال', 'ب', 'ل', 'ك', 'ف'].map(foldLetters)
const AR_LETTER = /^[\u0621-\u064A]/
const ALEF = '\u0627'
const WAW = '\u0648'

function lookupBare(w: string): Entry | null {
  const e = LEX.get(w)
  if (e) return e
  // Accusative without tanween on a noun: جنديا, يوما → the singular.
  if (w.length > 2 && w.endsWith(ALEF)) {
    const n = LEX.get(w.slice(0, -1))
    if (n?.k === 'noun' && n.form === 'sg') return n
  }
  return null
}

const PREFIXABLE = new Set<Entry['k']>(['digit', 'ten', 'tens', 'hundred', 'hundreds', 'scale', 'frac', 'noun', 'adj', 'hedge', 'block'])

/** What a folded word means, looking through Arabic prefixes (لساعتين, بنحو, الألفين). */
export function lookupWord(w: string): Entry | null {
  const e = lookupBare(w)
  if (e || !AR_LETTER.test(w)) return e
  for (const p of PREFIXES) {
    if (w.length - p.length >= 3 && w.startsWith(p)) {
      const inner = lookupBare(w.slice(p.length))
      if (inner && PREFIXABLE.has(inner.k)) return inner
    }
  }
  return null
}

const NUMBER_KINDS = new Set<Entry['k']>(['digit', 'ten', 'teen', 'tens', 'hundred', 'hundreds', 'scale', 'frac', 'point', 'except'])

/** True for a word that is (part of) a number: the text matcher never lets a typo change one. */
export function isNumberWord(w: string): boolean {
  const e = lookupWord(w)
  if (e === null && w.length > 1 && w.startsWith(WAW)) return isNumberWord(w.slice(1))
  return e !== null && NUMBER_KINDS.has(e.k)
}

// ---------------------------------------------------------------------------------------------
// Tokenizer

// Accusative tanween plus alef (ألفًا, جنديًا, تقريبًا): the alef only carries the tanween.
const TANWEEN_ALEF = /(?:\u064B\u0627|\u0627\u064B)(?![\p{L}\p{M}])/gu
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
const SHORT_GROUP = /^\d{1,3}$/
const SPACED_GROUPS = /^\d{1,3}(?: \d{3})*$/
// "9 500", "9 500.5", "9 500,5" — but not "9 500,000", which mixes two groupings.
const GROUP_CONTINUATION = /^\d{3}(?:\.\d+|,(?!\d{3}$)\d+)?$/
const SEPARATOR = /[.,]/
const ALL_SPACES = / /g

// ½ and friends (NFKC would turn ½ into "1⁄2"), then 1/2, 2 1/2, 3/4 as words the grammar reads.
const VULGAR = /[½⅓⅔¼¾]/g
const VULGAR_SLASHED: Record<string, string> = { '½': '1/2', '⅓': '1/3', '⅔': '2/3', '¼': '1/4', '¾': '3/4' }
const SLASH_FRACTION = /(\d+\s+)?(?<![\d.,/])([1-3])\s*[/\u2044]\s*([2-4])(?![\d/.,])/g
const FRACTION_WORDS: Record<string, string> = {
  '1/2': 'نصف',
  '1/3': 'ثلث',
  '2/3': 'ثلثين',
  '1/4': 'ربع',
  '3/4': 'ثلاثه ارباع',
}

function slashFractionWords(match: string, whole: string | undefined, n: string, d: string): string {
  const words = FRACTION_WORDS[`${n}/${d}`]
  if (!words) return match
  return whole ? `${whole.trim()} و ${words} ` : ` ${words} `
}

/** The value of a digit string with `.`/`,` separators, or null when they make no sense. */
export function parseDigitString(raw: string): number | null {
  const commas = raw.split(',').length - 1
  const dots = raw.split('.').length - 1
  if (commas === 0 && dots === 0) return Number(raw)
  if (commas === 0 && dots === 1) return Number(raw.startsWith('.') ? '0' + raw : raw)
  const groups = raw.split(SEPARATOR)
  const groupedThousands = (parts: string[]) =>
    SHORT_GROUP.test(parts[0]!) && parts.slice(1).every((g) => THREE_DIGITS.test(g))
  if (dots === 0) {
    // 6,000 and 1,000,000 group thousands; a single comma before anything but three digits is a
    // decimal comma (2,5), as written across North Africa and Europe.
    if (groupedThousands(groups)) return Number(groups.join(''))
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

/** Splits an answer into number, word and symbol tokens, words resolved through `lookupWord`. */
export function tokenize(text: string): Token[] {
  const s = foldLetters(text.replace(VULGAR, (c) => ` ${VULGAR_SLASHED[c]} `).normalize('NFKC').replace(TANWEEN_ALEF, ''))
    .replace(SLASH_FRACTION, slashFractionWords)
    .replace(DASHES, '-')
    .replace(WORD_HYPHEN, ' ')
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = TOKEN.exec(s)) !== null) {
    const start = m.index
    const end = start + m[0].length
    if (m[1] !== undefined) {
      const prev = tokens[tokens.length - 1]
      // "9 500": a group of three digits after a short group and one space continues the number.
      if (
        prev?.t === 'num' &&
        GROUP_CONTINUATION.test(m[1]) &&
        prev.end === start - 1 &&
        s[prev.end] === ' ' &&
        SPACED_GROUPS.test(prev.raw)
      ) {
        const v = parseDigitString(prev.raw.replace(ALL_SPACES, '') + m[1])
        if (v !== null) {
          prev.raw += ' ' + m[1]
          prev.v = v
          prev.end = end
          continue
        }
      }
      const v = parseDigitString(m[1])
      if (v === null) tokens.push({ t: 'sym', c: m[1], start, end })
      else tokens.push({ t: 'num', v, raw: m[1], start, end })
    } else if (m[2] !== undefined) {
      pushWord(tokens, m[2], start, end)
    } else if (m[3] !== undefined) {
      // A colon only means something between digits (2:30); elsewhere it is punctuation.
      if (m[3] === ':' && !(DIGIT_CHAR.test(s[start - 1] ?? '') && DIGIT_CHAR.test(s[end] ?? ''))) continue
      const unit = LEX.get(m[3])
      if (unit?.k === 'noun') {
        // $ € % ٪: a unit written as a symbol; US$ and C$ when written onto their prefix.
        const prev = tokens[tokens.length - 1]
        const joined = prev?.t === 'word' && prev.end === start ? LEX.get(prev.w + m[3]) : undefined
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
  return merged
}

// في المئة, per cent, كيلو متر, ر.س: several words that name one unit become one token.
function mergePhrases(tokens: Token[]): Token[] {
  if (!tokens.some((tok) => tok.t === 'word' && PHRASES.has(tok.w))) return tokens
  const out: Token[] = []
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!
    const phrase =
      tok.t === 'word' ? PHRASES.get(tok.w)?.find((p) => p.words.every((w, k) => { const t = tokens[i + k]; return t?.t === 'word' && t.w === w })) : undefined
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

const isMoneyWord = (tok: Token | undefined) =>
  tok?.t === 'word' && ((tok.e?.k === 'noun' && isCurrency(tok.e.unit)) || (tok.e?.k === 'adj' && tok.e.alone))

/**
 * `m` and `b` after a money amount are million and billion, not minutes or metres: `$2m`,
 * `£1.5b`, `2m dollars`, `SAR 5m`. With `money` (the question asks for an amount of money) after
 * any number: a bare number is in the question's currency.
 */
export function markMoneyScales(T: Token[], money: boolean): void {
  for (let i = 1; i < T.length; i++) {
    const tok = T[i]!
    if (tok.t !== 'word' || (tok.w !== 'm' && tok.w !== 'b') || T[i - 1]!.t !== 'num') continue
    const after = T[i + 1]?.t === 'word' && (T[i + 1] as { e: Entry | null }).e?.k === 'adj' ? T[i + 2] : T[i + 1]
    if (money || isMoneyWord(T[i - 2]) || isMoneyWord(after)) {
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
  tokens.push({ t: 'word', w, e: null, start, end })
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
      const phrase = HEDGE_PHRASES.find((p) => p.every((w, j) => tokens[i + j]?.t === 'word' && (tokens[i + j] as { w: string }).w === w))
      if (phrase && !(numberish(out[out.length - 1]) && numberish(tokens[i + phrase.length]))) {
        i += phrase.length - 1
        continue
      }
    }
    out.push(tok)
  }
  // "(2000)", "[ساعتين ونصف]": brackets around the whole answer say nothing.
  while (isBracket(out[0], OPENING) && isBracket(out[out.length - 1], CLOSING)) {
    out.shift()
    out.pop()
  }
  return out
}

const OPENING = '([{'
const CLOSING = ')]}'
const isBracket = (tok: Token | undefined, set: string) => tok?.t === 'sym' && tok.c.length === 1 && set.includes(tok.c)

// ---------------------------------------------------------------------------------------------
// Grammar

export const entryAt = (T: Token[], i: number): Entry | null => {
  const tok = T[i]
  return tok?.t === 'word' ? tok.e : null
}
const kindAt = (T: Token[], i: number) => entryAt(T, i)?.k
export const isAnd = (T: Token[], i: number) => kindAt(T, i) === 'and'

type Small = { v: number; end: number; digits: boolean }

/** A digit 1–9, as a word or as digits: the multiplier in "خمس مئة", "ثلاثة أرباع". */
function smallMultiplier(T: Token[], i: number): number | null {
  const tok = T[i]
  if (tok?.t === 'num') return Number.isInteger(tok.v) && tok.v >= 1 && tok.v <= 9 ? tok.v : null
  const e = entryAt(T, i)
  return e?.k === 'digit' && e.v >= 1 ? e.v : null
}

function below100(T: Token[], i: number): Small | null {
  const tok = T[i]
  if (tok?.t === 'num') return { v: tok.v, end: i + 1, digits: true }
  const e = entryAt(T, i)
  if (!e) return null
  switch (e.k) {
    case 'digit': {
      const next = entryAt(T, i + 1)
      // ثلاثة عشر = 13
      if (e.v >= 1 && next?.k === 'ten' && next.ar) return { v: e.v + 10, end: i + 2, digits: false }
      // خمسة وعشرون = 25 (Arabic puts the unit first)
      const after = entryAt(T, i + 2)
      if (e.v >= 1 && next?.k === 'and' && after?.k === 'tens') return { v: e.v + after.v, end: i + 3, digits: false }
      return { v: e.v, end: i + 1, digits: false }
    }
    case 'ten':
      return { v: 10, end: i + 1, digits: false }
    case 'teen':
      return { v: e.v, end: i + 1, digits: false }
    case 'tens': {
      const next = entryAt(T, i + 1)
      // twenty five / twenty-five
      if (next?.k === 'digit' && !next.ar && next.v >= 1) return { v: e.v + next.v, end: i + 2, digits: false }
      // عشرين وخمسة (colloquial order), twenty and five
      const after = entryAt(T, i + 2)
      if (next?.k === 'and' && after?.k === 'digit' && after.v >= 1) return { v: e.v + after.v, end: i + 3, digits: false }
      return { v: e.v, end: i + 1, digits: false }
    }
    default:
      return null
  }
}

function below1000(T: Token[], i: number): Small | null {
  const e = entryAt(T, i)
  let h: number | null = null
  let j = i
  if (e?.k === 'hundreds') [h, j] = [e.v, i + 1]
  else if (e?.k === 'hundred') [h, j] = [100, i + 1]
  else if (e?.k === 'a' && kindAt(T, i + 1) === 'hundred') [h, j] = [100, i + 2]
  else {
    const m = smallMultiplier(T, i)
    if (m !== null && kindAt(T, i + 1) === 'hundred') [h, j] = [m * 100, i + 2]
  }
  if (h === null) {
    const small = below100(T, i)
    // ninety-five hundred, 95 hundred, twenty hundred: 10–99 hundreds (counted as in English).
    if (small && small.v >= 10 && small.v <= 99 && Number.isInteger(small.v) && kindAt(T, small.end) === 'hundred') {
      ;[h, j] = [small.v * 100, small.end + 1]
    } else {
      return small
    }
  }
  const k = isAnd(T, j) ? j + 1 : j
  const rest = below100(T, k)
  if (rest && rest.v >= 1 && rest.v < 100 && Number.isInteger(rest.v)) return { v: h + rest.v, end: rest.end, digits: false }
  return { v: h, end: j, digits: false }
}

/** A fraction on its own: نصف, ربع, ثلثين, ثلاثة أرباع, a half, three quarters, one third. */
export function readFraction(T: Token[], i: number): { v: number; end: number } | null {
  const e = entryAt(T, i)
  if (e?.k === 'a') {
    const f = entryAt(T, i + 1)
    return f?.k === 'frac' && f.form === 'sg' ? { v: 1 / f.den, end: i + 2 } : null
  }
  if (e?.k === 'frac') {
    if (e.form === 'pl') return null
    return { v: (e.form === 'dual' ? 2 : 1) / e.den, end: i + 1 }
  }
  const n = smallMultiplier(T, i)
  const f = entryAt(T, i + 1)
  if (n === null || f?.k !== 'frac') return null
  if (f.form === 'pl' && n >= 2 && n < f.den) return { v: n / f.den, end: i + 2 }
  if (f.form === 'sg' && n === 1) return { v: 1 / f.den, end: i + 2 }
  return null
}

type Group = { v: number; end: number; scale: number | null; endsWithScale: boolean; exact: boolean }

function readPoint(T: Token[], i: number, whole: Small): Small | null {
  // two point five, 2 point 75
  if (kindAt(T, i) !== 'point' || !Number.isInteger(whole.v)) return null
  let digits = ''
  let j = i + 1
  for (; j < T.length; j++) {
    const tok = T[j]!
    const e = entryAt(T, j)
    if (e?.k === 'digit' && !e.ar) digits += String(e.v)
    else if (tok.t === 'num' && Number.isInteger(tok.v) && digits === '' && PLAIN_DIGITS.test(tok.raw)) {
      digits = tok.raw
      j++
      break
    } else break
  }
  return digits ? { v: Number(`${whole.v}.${digits}`), end: j, digits: false } : null
}

function readGroup(T: Token[], i: number): Group | null {
  const e = entryAt(T, i)
  if (e?.k === 'scale') {
    if (e.form === 'pl') return null // "آلاف", "thousands": how many?
    return { v: (e.form === 'sg' ? 1 : 2) * e.v, end: i + 1, scale: e.v, endsWithScale: true, exact: true }
  }
  if (e?.k === 'a') {
    const s = entryAt(T, i + 1)
    if (s?.k === 'scale' && s.form === 'sg') return { v: s.v, end: i + 2, scale: s.v, endsWithScale: true, exact: true }
  }
  let small = below1000(T, i)
  if (!small) return null
  small = readPoint(T, small.end, small) ?? small
  const j = small.end
  // two and a half thousand
  if (isAnd(T, j) && Number.isInteger(small.v)) {
    const f = readFraction(T, j + 1)
    const s = f && entryAt(T, f.end)
    if (f && s?.k === 'scale' && (s.form === 'sg' || s.form === 'pl')) {
      return { v: (small.v + f.v) * s.v, end: f.end + 1, scale: s.v, endsWithScale: true, exact: false }
    }
  }
  // 9.5k, 6k (only written right onto digits), $1.5bn, 1.5 bn
  const abbr = entryAt(T, j)
  if (small.digits && abbr?.k === 'abbrScale' && (abbr.spaced || T[j]!.start === T[i]!.end)) {
    return { v: small.v * abbr.v, end: j + 1, scale: abbr.v, endsWithScale: true, exact: Number.isInteger(small.v) }
  }
  const s = entryAt(T, j)
  // 1500 مليون, 1,500 million: digits may count millions and billions past a thousand.
  if (s?.k === 'scale' && s.form === 'sg' && s.v >= 1e6 && small.digits && small.v >= 1000) {
    return { v: small.v * s.v, end: j + 1, scale: s.v, endsWithScale: true, exact: Number.isInteger(small.v) }
  }
  if (s?.k === 'scale' && small.v > 0 && small.v < 1000) {
    const integral = Number.isInteger(small.v)
    const ok =
      s.form === 'pl'
        ? integral && small.v >= 2 // ثلاثة آلاف، مائة وخمسة آلاف (lenient: any multiplier)
        : (s.form === 'sg' || s.form === 'dualOrAcc') && (integral || small.digits)
    if (ok) return { v: small.v * s.v, end: j + 1, scale: s.v, endsWithScale: true, exact: integral }
  }
  return { v: small.v, end: j, scale: null, endsWithScale: false, exact: false }
}

export type NumberRead = { v: number; end: number; hasFrac: boolean }

/**
 * Reads the longest number expression starting at token `i`: groups in descending order
 * (ألفين وخمسمائة, nine thousand five hundred), then an optional fraction (اثنين ونصف,
 * two and a half; after a bare scale word it is a fraction of that scale: ألف ونصف = 1500)
 * or إلا + fraction (ثلاثة إلا ربع = 2.75).
 */
export function readNumber(T: Token[], i: number): NumberRead | null {
  const lead = readFraction(T, i)
  if (lead) {
    // نصف مليون, half a million
    const k = kindAt(T, lead.end) === 'a' ? lead.end + 1 : lead.end
    const s = entryAt(T, k)
    if (s?.k === 'scale' && s.form === 'sg') return { v: lead.v * s.v, end: k + 1, hasFrac: false }
    return { v: lead.v, end: lead.end, hasFrac: true }
  }
  const g = readGroup(T, i)
  if (!g) return null
  let total = g.v
  let cap = g.scale !== null && g.exact ? g.scale : 0
  let scaleJustRead = g.endsWithScale ? g.scale : null
  let j = g.end
  let hasFrac = false
  for (;;) {
    const and = isAnd(T, j)
    const k = and ? j + 1 : j
    if (!and && kindAt(T, j) === 'except') {
      const f = readFraction(T, j + 1)
      if (f && f.v < 1 && Number.isInteger(total) && total >= 1) {
        // As with و: after a bare thousand the fraction is of the thousand (ألفين إلا ربع = 1750).
        total -= scaleJustRead !== null && scaleJustRead >= 1000 ? f.v * scaleJustRead : f.v
        j = f.end
        hasFrac = true
      }
      break
    }
    if (and) {
      const f = readFraction(T, k)
      if (f && f.v < 1 && Number.isInteger(total)) {
        total += scaleJustRead !== null && scaleJustRead >= 1000 ? f.v * scaleJustRead : f.v
        j = f.end
        hasFrac = true
        break
      }
    }
    if (cap === 0) break
    const next = readGroup(T, k)
    if (!next || next.v <= 0 || next.v >= cap) break
    total += next.v
    cap = next.scale !== null && next.exact ? next.scale : 0
    scaleJustRead = next.endsWithScale ? next.scale : null
    j = next.end
  }
  return { v: total, end: j, hasFrac }
}

/**
 * The whole answer read as one number, or null when it is anything else: `6,000`, `٦٬٠٠٠`,
 * `٢٫٥`, `9 500`, `ألفين`, `تسعة آلاف وخمسمائة`, `9.5 ألف`, `two and a half`, `9.5k`, with
 * hedges (نحو، حوالي، تقريبًا، about, ~) ignored. Units, ranges, lists and comparisons → null.
 */
export function parseNumber(text: string): number | null {
  const T = withoutHedges(tokenize(text))
  if (T.length === 0) return null
  let i = 0
  let sign = 1
  const first = T[0]!
  if (first.t === 'sym' && first.c === '-' && T[1]?.t === 'num' && T[1].start === first.end) [sign, i] = [-1, 1]
  const r = readNumber(T, i)
  if (!r || r.end !== T.length || !Number.isFinite(r.v)) return null
  return sign * r.v
}

/**
 * Every number mentioned in a running text, in order: digits and words, Arabic duals of counted
 * nouns included (`ساعتين` → 2, `ساعتين ونصف` → 2.5, `ألفي جندي` → 2000).
 */
export function findNumbers(text: string): number[] {
  const T = tokenize(text)
  const found: number[] = []
  let i = 0
  while (i < T.length) {
    const e = entryAt(T, i)
    if (e?.k === 'noun' && (e.form === 'dual' || e.form === 'sg')) {
      let v = e.form === 'dual' ? 2 : 1
      let j = i + 1
      const f = (isAnd(T, j) || kindAt(T, j) === 'except') && readFraction(T, j + 1)
      if (f && f.v < 1 && kindAt(T, f.end) !== 'noun') {
        v = isAnd(T, j) ? v + f.v : v - f.v
        j = f.end
      }
      // A singular noun alone (الساعة، العام) mentions no number.
      if (e.form === 'dual' || j > i + 1) found.push(v)
      i = j
      continue
    }
    const r = readNumber(T, i)
    if (r) {
      found.push(r.v)
      i = r.end
      continue
    }
    i++
  }
  return found
}
