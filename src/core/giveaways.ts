import { findDates } from './date-words.ts'
import { dateMatches, decodeDate, encodeDate } from './dates.ts'
import { normalizeText } from './normalize.ts'
import { findNumbers, withThousandsDots } from './numbers.ts'
import { LANGS } from './langs.ts'
import type { Localized, Question } from './quiz-schema.ts'
import { UNIT_WORDS } from './unit-words.ts'
import { findQuantities } from './units.ts'

/**
 * Answers given away: a question's key (its number, its name, the text of a right choice, an
 * accepted answer) written where a reader sees it before answering — the quiz title, another
 * question's prompt or choices, or the question's own prompt. Matching is loose the way readers
 * read: Arabic without diacritics, alef forms or the article ال, with a clitic (و ف ب ل ك) on the
 * word; digits in any script; numbers in words or digits (`ستة آلاف` shows 6000); English in any
 * case. Small words never count on their own (`in`, `في`, a count of three written in words).
 */

/** What a question's key is, as it can be shown elsewhere. */
export type AnswerKey =
  | { kind: 'number'; value: number; shown: string }
  | { kind: 'date'; value: number; shown: string }
  | { kind: 'words'; tokens: string[]; shown: string }

/** A key of question `question` shown in the text at `path`. */
export type Giveaway = { question: number; path: string; shown: string }

/** The texts of a quiz a reader sees before answering, each with its path; a question's own choices are tagged with it. */
type Exposure = { path: string; read: ReadText; owner: number | null; field: 'title' | 'prompt' | 'choice' }

/** The minimal quiz a giveaway search needs: a title and the questions. */
export type QuizTexts = { title: Localized; questions: readonly Question[] }

// Words that never make a key on their own, nor break one (compared after normalizeText).
const STOP_WORDS = new Set(
  [
    // Arabic (normalised: ا for أ إ آ, ي for ى, ه for ة)
    'في',
    'من',
    'الي',
    'علي',
    'عن',
    'مع',
    'او',
    'ثم',
    'ما',
    'ماذا',
    'هل',
    'اي',
    'كم',
    'هذا',
    'هذه',
    'ذلك',
    'تلك',
    'التي',
    'الذي',
    'الذين',
    'ان',
    'لا',
    'لم',
    'لن',
    'قد',
    'بين',
    'كل',
    'بعد',
    'قبل',
    'حتي',
    'عند',
    'هو',
    'هي',
    'هم',
    'كان',
    'كانت',
    'منذ',
    'اذا',
    'لقد',
    'ايضا',
    'و',
    'ف',
    'ب',
    'ل',
    'ك',
    // English
    'a',
    'an',
    'the',
    'of',
    'in',
    'on',
    'at',
    'to',
    'for',
    'and',
    'or',
    'by',
    'with',
    'from',
    'into',
    'is',
    'are',
    'was',
    'were',
    'be',
    'been',
    'it',
    'its',
    'this',
    'that',
    'these',
    'those',
    'as',
    'what',
    'which',
    'who',
    'whom',
    'how',
    'many',
    'much',
    'did',
    'does',
    'do',
    'has',
    'have',
    'had',
    'will',
    'would',
    'not',
    'no',
    's',
  ].map(normalizeText),
)

// What may stand before a word in Arabic: a conjunction, a preposition, the article, and their combinations.
const PREFIXES = new Set([
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
  'ال',
  'وال',
  'فال',
  'بال',
  'كال',
  'لل',
  'ولل',
  'فلل',
  'وب',
  'ول',
  'وك',
  'فب',
  'فل',
  'فك',
  'وبال',
  'فبال',
  'وكال',
])
const ARTICLE = 'ال'
const ARABIC = /[\u0600-\u06FF]/u

/** Keys shorter than this many letters are common words, not answers (`in`, `UK` excepted: a Latin key of two). */
const KEY_MIN_LETTERS = 3
/** A choice or accepted answer of at most this many words, one number among them, is that number (`6000 جندي`). */
const NUMBER_KEY_MAX_WORDS = 3
/** Whole numbers up to this count as shown only when written in digits. */
const SMALL_NUMBER = 10

/** The significant words of a text, normalised; thousands separators are dropped first (`6,000` is one word). */
export function keyTokens(text: string): string[] {
  const joined = text.replace(/(\d)[,٬](?=\d{3}(?!\d))/gu, '$1')
  return normalizeText(joined)
    .split(' ')
    .filter((t) => t.length > 0 && !STOP_WORDS.has(t))
}

/** The keys of a question: none for true/false (its statement is not its answer). */
export function answerKeys(q: Question): AnswerKey[] {
  const texts: string[] = []
  if (q.type === 'numeric') {
    const { value, unit } = q.answer
    if (unit === 'date') return [{ kind: 'date', value, shown: String(value) }]
    return [{ kind: 'number', value, shown: String(value) }]
  }
  if (q.type === 'single') texts.push(...q.choices.filter((c) => c.id === q.answer).flatMap((c) => Object.values(c.text)))
  if (q.type === 'multiple') texts.push(...q.choices.filter((c) => q.answer.includes(c.id)).flatMap((c) => Object.values(c.text)))
  if (q.type === 'text') texts.push(...q.answer.accepted)
  const keys: AnswerKey[] = []
  for (const text of new Set(texts.filter((t): t is string => typeof t === 'string'))) {
    const key = keyOfText(text)
    if (key) keys.push(key)
  }
  return keys
}

// A question's keys, read once: a draft looks for the same questions' keys each time it composes them.
const questionKeys = new WeakMap<Question, readonly AnswerKey[]>()

function keysOf(q: Question): readonly AnswerKey[] {
  let keys = questionKeys.get(q)
  if (keys === undefined) questionKeys.set(q, (keys = answerKeys(q)))
  return keys
}

const KEYS = new Map<string, AnswerKey | null>()

function keyOfText(text: string): AnswerKey | null {
  if (KEYS.has(text)) return KEYS.get(text)!
  if (KEYS.size >= READ_CACHE_SIZE) KEYS.clear()
  const key = readKey(text)
  KEYS.set(text, key)
  return key
}

function readKey(text: string): AnswerKey | null {
  const tokens = keyTokens(text)
  const numbers = findNumbers(text)
  if (numbers.length === 1 && tokens.length <= NUMBER_KEY_MAX_WORDS && tokens.some((t) => /\d/u.test(t) || findNumbers(t).length > 0)) {
    // A choice of a currency's parts is that much of the currency its word means first (`95p` is 0.95 of a pound).
    const part = PART_WORD.test(text) ? findQuantities(text).find((q) => q.part) : undefined
    return { kind: 'number', value: part ? part.value : numbers[0]!, shown: text }
  }
  if (tokens.length === 0) return null
  const letters = tokens.join('').length
  const latin = !ARABIC.test(tokens.join(''))
  if (letters < KEY_MIN_LETTERS && !(latin && letters === 2 && tokens.length === 1)) return null
  return { kind: 'words', tokens, shown: text }
}

/** Whether the text's word `word` is the key's word `key`, a clitic or the article allowed before it. */
function sameWord(word: string, key: string): boolean {
  if (word === key) return true
  if (!ARABIC.test(key)) return false
  const bare = stemOf(key)
  for (const stem of bare === key ? [key] : [key, bare]) {
    if (word.length > stem.length && word.endsWith(stem) && PREFIXES.has(word.slice(0, word.length - stem.length))) return true
  }
  return false
}

/** The part of a key's word every text word `sameWord` takes for it ends with: the word without its article. */
function stemOf(key: string): string {
  return ARABIC.test(key) && key.startsWith(ARTICLE) && key.length - ARTICLE.length >= KEY_MIN_LETTERS ? key.slice(ARTICLE.length) : key
}

function containsWords(read: ReadText, key: readonly string[]): boolean {
  const text = read.tokens
  // A text without the first word's stem anywhere has not the words: most texts are passed over so.
  if (key.length === 0 || !(read.joined ??= text.join(' ')).includes(stemOf(key[0]!))) return false
  for (let i = 0; i + key.length <= text.length; i++) {
    if (key.every((k, j) => sameWord(text[i + j]!, k))) return true
  }
  return false
}

/** A text read once for every key looked for in it. */
type ReadText = { text: string; tokens: string[]; numbers: number[]; allNumbers: readonly number[]; dates?: number[]; joined?: string }

// A dot before three digits (`1.500`, `١.٥٠٠`): only such a text is read again with the dot grouping thousands.
const DOT_BEFORE_THREE_DIGITS = /[0-9\u0660-\u0669]\.[0-9\u0660-\u0669]{3}/u

// Texts already read, for the studio's live checks that see the same prompts at every keystroke; bounded.
const READ = new Map<string, ReadText>()
const READ_CACHE_SIZE = 2000

function readText(text: string): ReadText {
  const known = READ.get(text)
  if (known) return known
  const tokens = keyTokens(text)
  // Small whole numbers count only when written in digits: `three leaders` is prose, not an answer.
  const digits = new Set(tokens.filter((t) => /^\d+$/u.test(t)).map(Number))
  // A dot grouping thousands shows the thousands too (`يقتل 1.500 شخص` shows 1500), as the grader reads an answer.
  const grouped = DOT_BEFORE_THREE_DIGITS.test(text) ? withThousandsDots(text) : null
  const allNumbers = findNumbers(text)
  const numbers = [...numbersIn(text, [...allNumbers]), ...(grouped === null ? [] : findNumbers(grouped))].filter(
    (n) => !(Number.isInteger(n) && Math.abs(n) <= SMALL_NUMBER) || digits.has(n),
  )
  if (READ.size >= READ_CACHE_SIZE) READ.clear()
  const read = { text, tokens, numbers, allNumbers }
  READ.set(text, read)
  return read
}

// The words of a currency's parts (cents, pence, p written onto digits, قرش, فلس …), from unit-words' table: only a
// text with one is read for them. One pattern, Latin words after no letter (not the cent of percent); without the u
// flag, which makes it several times slower (it is tried on every text a draft composes).
const PART_WORD = partWordPattern()

function partWordPattern(): RegExp {
  const rows = UNIT_WORDS.filter((row) => row.worth !== undefined)
  const words = (glued: boolean, latin: boolean) =>
    rows
      .filter((row) => (row.glued ?? false) === glued)
      .flatMap((row) => row.words.split(' '))
      .filter((w) => /^[a-z]/u.test(w) === latin)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
      .join('|')
  return new RegExp(`(?<![a-z])(?:${words(false, true)})|${words(false, false)}|[0-9\u0660-\u0669](?:${words(true, true)})(?![a-z])`, 'i')
}

/**
 * The numbers a text shows, a currency's parts read as parts of it, as the content checks read a quote:
 * `45p` shows 0.45 of a pound, not 45; `99 cents` 0.99 of a dollar or a euro; «3 دنانير و500 فلس» 3.5 too.
 */
function numbersIn(text: string, numbers: number[] = findNumbers(text)): number[] {
  if (!PART_WORD.test(text)) return numbers
  const quantities = findQuantities(text)
  quantities.forEach((q, k) => {
    if (!q.part) return
    const at = numbers.findIndex((n) => same(n, q.part!.count))
    if (at >= 0) numbers.splice(at, 1)
    const whole = quantities[k - 1]
    for (const [unit, worth] of Object.entries(q.part.worth)) {
      const parts = q.part.count * worth!
      numbers.push(parts)
      if (whole && !whole.part && whole.units.includes(unit as never) && parts < 1) numbers.push(whole.value + parts)
    }
  })
  return numbers
}

function datesOf(read: ReadText): number[] {
  read.dates ??= findDates(read.text).flatMap((d) => {
    try {
      return [encodeDate(d)]
    } catch {
      return []
    }
  })
  return read.dates
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b))

function shows(read: ReadText, key: AnswerKey): boolean {
  if (key.kind === 'number') return read.numbers.some((n) => same(n, key.value))
  if (key.kind === 'words') return containsWords(read, key.tokens)
  if (datesOf(read).some((d) => dateMatches(key.value, d))) return true
  const parts = decodeDate(key.value)
  return parts?.year !== undefined && parts.month === undefined && read.allNumbers.includes(parts.year)
}

/** Whether `text` shows `key`. */
export function showsKey(text: string, key: AnswerKey): boolean {
  return shows(readText(text), key)
}

function exposures(quiz: QuizTexts): Exposure[] {
  const out: Exposure[] = []
  const add = (path: string, localized: Localized, owner: number | null, field: Exposure['field']) => {
    for (const lang of LANGS) {
      const text = localized[lang]
      if (text) out.push({ path: `${path}.${lang}`, read: readText(text), owner, field })
    }
  }
  add('title', quiz.title, null, 'title')
  quiz.questions.forEach((q, i) => {
    add(`questions[${i}].prompt`, q.prompt, i, 'prompt')
    if (q.type === 'single' || q.type === 'multiple') q.choices.forEach((c, k) => add(`questions[${i}].choices[${k}].text`, c.text, i, 'choice'))
  })
  return out
}

/**
 * Every place a question's key is shown before it is answered: the title, any other question's
 * prompt or choices, its own prompt. One giveaway per question and place.
 */
export function findGiveaways(quiz: QuizTexts): Giveaway[] {
  const shown = exposures(quiz)
  const numbers = numbersShown(shown)
  const holding = placesHolding(shown)
  const dated = placesDated(shown)
  const found: Giveaway[] = []
  quiz.questions.forEach((q, i) => {
    const keys = keysOf(q)
    if (keys.length === 0) return
    // The places showing a number key, looked up.
    const places = keys.map((k) => (k.kind === 'number' ? numbers(k.value) : null))
    // Number keys only (most questions): their places, in order, are all there is to visit.
    if (places.every((p) => p !== null)) {
      const visited = [...new Set(places.flatMap((p) => [...p!]))].sort((a, b) => a - b)
      for (const at of visited) {
        const place = shown[at]!
        if (place.owner === i && place.field === 'choice') continue
        found.push({ question: i, path: place.path, shown: keys[places.findIndex((p) => p!.has(at))]!.shown })
      }
      return
    }
    // The other keys may be shown only where a words key's first word (its stem) stands, or where a date key's date or,
    // for a year, its number is read: those places are visited.
    const others = keys.map((k, n) => places[n] ?? (k.kind === 'words' ? holding(k.tokens[0]) : dated(k.value)))
    const visited = [...new Set(others.flatMap((p) => [...p]))].sort((a, b) => a - b)
    for (const at of visited) {
      const place = shown[at]!
      if (place.owner === i && place.field === 'choice') continue
      const key = keys.find((k, n) => (places[n] ? places[n].has(at) : shows(place.read, k)))
      if (key) found.push({ question: i, path: place.path, shown: key.shown })
    }
  })
  return found
}

/**
 * The places (by index) that may show a date key as `shows` reads it: a date read there matching it, or for a year
 * alone, the year among the numbers read there. Every place's dates and numbers gathered once.
 */
function placesDated(shown: readonly Exposure[]): (key: number) => Set<number> {
  let all: { dates: { value: number; at: number }[]; years: Map<number, number[]> } | undefined
  return (key) => {
    all ??= {
      dates: shown.flatMap((place, at) => datesOf(place.read).map((value) => ({ value, at }))),
      years: numbersAt(shown),
    }
    const places = new Set<number>()
    for (const { value, at } of all.dates) if (dateMatches(key, value)) places.add(at)
    const parts = decodeDate(key)
    if (parts?.year !== undefined && parts.month === undefined) for (const at of all.years.get(parts.year) ?? []) places.add(at)
    return places
  }
}

/** Every number every place reads (`findNumbers`), to the places reading it. */
function numbersAt(shown: readonly Exposure[]): Map<number, number[]> {
  const byNumber = new Map<number, number[]>()
  shown.forEach((place, at) => {
    for (const n of place.read.allNumbers) {
      const list = byNumber.get(n)
      if (list === undefined) byNumber.set(n, [at])
      else if (list[list.length - 1] !== at) list.push(at)
    }
  })
  return byNumber
}

/**
 * The places (by index) whose words hold a key's first word without its article (`stemOf`), as `containsWords` first
 * looks for it: every place's words joined once into one text, each key's word found in it by `indexOf`; none for a key
 * without words.
 */
function placesHolding(shown: readonly Exposure[]): (first: string | undefined) => Set<number> {
  let all: { text: string; starts: number[] } | undefined
  return (first) => {
    const places = new Set<number>()
    if (first === undefined) return places
    all ??= joinedPlaces(shown)
    const stem = stemOf(first)
    for (let at = all.text.indexOf(stem); at >= 0; ) {
      // The place the word was found in, and on to the next place.
      let [lo, hi] = [0, all.starts.length - 1]
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (all.starts[mid]! <= at) lo = mid
        else hi = mid - 1
      }
      places.add(lo)
      if (lo + 1 >= all.starts.length) break
      at = all.text.indexOf(stem, all.starts[lo + 1]!)
    }
    return places
  }
}

// Between two places' words in one text: no word has it, so no word found spans two places.
const PLACE_BREAK = '\u0000'

function joinedPlaces(shown: readonly Exposure[]): { text: string; starts: number[] } {
  const starts: number[] = []
  let text = ''
  for (const place of shown) {
    if (starts.length > 0) text += PLACE_BREAK
    starts.push(text.length)
    text += place.read.joined ??= place.read.tokens.join(' ')
  }
  return { text, starts }
}

/**
 * The places (by index) whose text shows a number, as `shows` reads them (equal within its tolerance): every
 * number of every place sorted once, each key found by a binary search instead of a pass over every place.
 */
function numbersShown(shown: readonly Exposure[]): (value: number) => Set<number> {
  const all: { n: number; at: number }[] = []
  shown.forEach((place, at) => {
    for (const n of place.read.numbers) if (Number.isFinite(n)) all.push({ n, at })
  })
  all.sort((a, b) => a.n - b.n)
  return (value) => {
    const tolerance = 1e-9 * Math.max(1, Math.abs(value))
    let [lo, hi] = [0, all.length]
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (all[mid]!.n < value - tolerance) lo = mid + 1
      else hi = mid
    }
    const places = new Set<number>()
    for (let k = lo; k < all.length && all[k]!.n <= value + tolerance; k++) if (same(all[k]!.n, value)) places.add(all[k]!.at)
    return places
  }
}
