import { contextStems, sharesStem } from './context-words.ts'
import { CALENDAR_WORDS } from './date-words.ts'
import { normalizeText } from './normalize.ts'
import { isNumberWord, lookupWord, stanceLength } from './numbers-lexicon.ts'
import { parseNumber } from './numbers.ts'
import { readScore } from './scores.ts'
import { CITIES, COUNTRIES as PLACE_COUNTRIES } from './places.ts'
import { MIN_NAME_LETTERS, sameNameAcrossScripts, sameShortNameAcrossScripts } from './transliteration.ts'

/**
 * Matching a free-text answer against the accepted answers of a question: after normalisation,
 * ignoring the Arabic article and the conjunction و at word starts, with a small typo tolerance
 * that never changes a number, a month or a day.
 */

export type MatchTextOptions = {
  /**
   * Texts the question's author wrote about the answer (the prompt and the explanation, in every
   * language). A country they name may qualify the answer in a sentence (`بكين، الصين`).
   */
  context?: readonly string[]
  /**
   * The article's words the author quotes (an explanation's «جاء في المقال: «…»»): they name other people and places
   * too, so they may only complete the answer after a word that joins them to it (`Anwen Price from Monmouth`), never
   * stand beside it as a second name (`منير العياري، يسر بن سالم`).
   */
  quoted?: readonly string[]
}

export type TextMatch = {
  /** The answer as compared: `normalizeText(answer)`. */
  normalized: string
  /** The accepted answer it matched, as written in the quiz, or null. */
  matched: string | null
}

type Prepared = {
  /** `normalizeText(text)`, as TextMatch reports it. */
  written: string
  /** As compared: `written`, with an English possessive as its "of" form. */
  normalized: string
  words: string[] // loose words (no ال / و prefixes, no English articles)
  bare: string[] // every word, only the article ال removed: a و stays, it joins a second thing
  joined: string // loose words without spaces
  letters: number
  number: number | null
  /** For an accepted answer: which of `bare` may be written in the other script (a name: `transliterates`). */
  names: boolean[]
  /**
   * `bare` as the other script is compared with it: for an accepted answer, a final ى kept (سلمى is
   * Salma, where a final ي is -i: علي is Ali, never Alia); for an answer, `bare` itself.
   */
  spelled: string[]
}

const DIGIT = /\d/
const SPACE = ' '
const EN_ARTICLES = new Set(['the', 'a', 'an'])
const AL = '\u0627\u0644' // ال
const WAW = '\u0648' // و

// Words a single typo would turn into another valid answer: months and weekdays.
const PROTECTED = new Set(CALENDAR_WORDS.map(normalizeText).flatMap((w) => [w, looseWord(w)]))

/**
 * Words that may surround an accepted answer without changing it (`في العاصمة الصينية بكين`,
 * `to Russia's Kursk region`): prepositions, articles, a copula, and generic place words. Written
 * as `normalizeText` writes them, without the article ال. No negation, contrast, conjunction,
 * comparison or number is here, so any of them makes a sentence answer wrong. What a student says
 * about the answer (أظن، ربما، I think, إن شاء الله, of course: `stanceLength`) is filler too.
 */
// (م. and د. the engineer's and doctor's abbreviations), a minister's, and a player's or coach's role before his name: «اللاعب يوسف بلعمري», «المدرب ...», "striker Youssef Belammari"
const TITLES =
  'دكتور دكتوره د استاذ استاذه مهندس مهندسه م سيد سيده شيخ dr mr mrs ms miss prof professor ' +
  'لاعب لاعبه مهاجم مدافع حارس مدرب مدربه player striker forward defender goalkeeper coach ' +
  // a minister's title, and Kenya's CS (Cabinet Secretary): «الوزير ...», "CS Eric Mugaa", "Minister ..."
  'وزير وزيره minister secretary cs ' +
  // Urdu honorifics as Pakistani readers write them in Latin letters: "Janab Qazi", "Qazi sahab"
  'janab sahab sahib saheb ' +
  // Ghana's and Nigeria's Hon. (Honourable) before a minister's or an MP's name: "Hon. Ato Forson"
  'hon honourable honorable ' +
  // the engineer's title in Latin letters, as Egyptian readers write it: "el mohandes Tarek …", "Eng. Tarek …"
  'eng mohandes elmohandes bashmohandes ' +
  // Tunisian سي (Si, "Mr": «سي منير»), and French monsieur, madame as Maghrebi readers write them, monsieur's M. too
  'سي si monsieur madame mme mlle m'
const TITLE_WORDS = new Set(TITLES.split(SPACE))
const FILLER = new Set(
  (
    'في ف الي هي هو هم كان كانت كانوا سيكون تم جري عقد انعقد حصل ' +
    // «to» before a place in MSA and the dialects (على كورسك، ع كورسك، لعند كورسك، صوب، باتجاه), and
    // the future particles (سوف، Levantine رح، راح), as in «رح يروحوا على كورسك»
    'ل علي ع عند لعند نحو صوب باتجاه اتجاه تجاه ناحيه سوف رح راح ' +
    // that, after a stance word: «أعتقد أنها بكين», "I think that it was Beijing"
    'ان انه انها انهم that ' +
    // Iraq's districts and subdistricts: «قضاء الشامية», «ناحية الشنافية»
    'مدينه عاصمه منطقه اقليم مقاطعه محافظه ولايه اوبلاست قضاء ناحيه ' +
    // a port city named by its port, as a ferry's passengers say it: «ميناء الجزيرة الخضراء» (not English port, which names
    // cities of its own: Port Sudan is no Sudan)
    'ميناء ' +
    // what a country is: «جمهورية العراق», «دولة الكويت», "the Republic of Iraq"
    'جمهوريه مملكه دوله سلطنه republic kingdom sultanate country ' +
    // titles before a name: «الدكتور رائد الشبول», «د. فراس الهواري», "Dr Priya Raman"
    TITLES +
    ' ' +
    'in into at to from of the a an s it is was were are be been will would they he she we took place held happened ' +
    // the answer framed as a whole sentence, as a reader says it aloud: «الجواب هو …», "the answer is …", "its …" (it's, unpunctuated)
    'جواب اجابه answer its ' +
    'city town capital region province governorate wilaya oblast area district'
  ).split(SPACE),
)
// Prepositions written onto a filler word with its article: بالعاصمة، للمنطقة، كالمدينة.
const FILLER_PREFIXES = ['\u0628\u0627\u0644', '\u0644\u0644', '\u0643\u0627\u0644']
// A preposition written onto the answer itself: ببكين، لكورسك، فبكين (colloquial في), عكورسك (على).
// Only onto an answer of four letters or more, and never when the whole is a place of its own
// (عمان is no ع + مان).
const ANSWER_PREFIXES = ['\u0628', '\u0644', '\u0641', '\u0639']
const MIN_PREFIXED = 4
const ARTICLE_PREFIXES = ANSWER_PREFIXES.map((p) => (p === '\u0644' ? '\u0644\u0644' : p + AL))

/**
 * Countries as a sentence answer may name them (one-word names and adjectives of `places.ts`, in
 * Arabic and English). A country is filler only when the question already ties it to the answer
 * (`MatchTextOptions.context`): `كورسك الروسية` is right, `كورسك الأوكرانية` is a wrong claim.
 */
const COUNTRY_WORDS: string[][] = PLACE_COUNTRIES.map((country) =>
  [...country.ar, ...country.en, ...country.adjectives].filter((form) => !form.includes(SPACE)).map((form) => withoutArticle(normalizeText(form))),
)

/** A word without the article ال (الروسية → روسيه); a leading و is kept. */
function withoutArticle(w: string): string {
  return w.startsWith(AL) && w.length >= 4 ? w.slice(2) : w
}

/** A word without the article ال or a leading conjunction و (والجنود → جنود). */
const ABD = '\u0639\u0628\u062F'

function looseWord(w: string): string {
  if (w.startsWith(WAW + AL) && w.length >= 5) return w.slice(3)
  if (w.startsWith(AL) && w.length >= 4) return w.slice(2)
  if (w.startsWith(WAW) && w.length >= 4) return w.slice(1)
  return w
}

/**
 * Every name of a place of `places.ts` (a country, a capital, a city) in Arabic and English, by each
 * of its names as `looseKey` writes it: the answer `ألمانيا` is the accepted `Germany`, `Madrid` is
 * `مدريد`. A country and its capital are two places.
 */
const PLACE_NAMES = new Map<string, readonly string[]>()
// A name two places share once folded (عمان: Oman and Amman; الكويت: the country and its capital) says neither; a place
// listed twice with the same names (طرابلس, Tripoli: Libya's capital and the city table's) is one name of both.
const SHARED_NAMES = new Set<string>()
const sameNames = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((name) => b.some((other) => looseKey(other) === looseKey(name)))
for (const place of [...PLACE_COUNTRIES, ...CITIES]) {
  const names = [...place.ar, ...place.en]
  for (const name of names) {
    const key = looseKey(name)
    const known = PLACE_NAMES.get(key)
    if (known !== undefined && known !== names && !sameNames(known, names)) SHARED_NAMES.add(key)
    PLACE_NAMES.set(key, names)
  }
}
for (const key of SHARED_NAMES) PLACE_NAMES.delete(key)

/**
 * A country's nationality, as `looseKey` writes it, to the country's names (`Norwegian`, «نرويجي»:
 * Norway): an answer that is the accepted country's nationality, exactly, names it. Never with a
 * typo (Indiana is one letter from Indian), and not an adjective two countries share.
 */
const NATIONALITIES = new Map<string, Set<string>>()
const SHARED_NATIONALITIES = new Set<string>()
for (const country of PLACE_COUNTRIES) {
  const names = new Set([...country.ar, ...country.en].map(looseKey))
  for (const adjective of country.adjectives) {
    const key = looseKey(adjective)
    const known = NATIONALITIES.get(key)
    if (known !== undefined && known !== names) SHARED_NATIONALITIES.add(key)
    NATIONALITIES.set(key, names)
  }
}
for (const key of SHARED_NATIONALITIES) NATIONALITIES.delete(key)

/**
 * The words that say what kind of place a name is, after the name (Chitwan National Park, Heathrow
 * Airport, Nile River): a reader names the place without them (`Chitwan`, `Chitwan park`). Only
 * when what is left is no other place of `places.ts` (Dubai Airport is not Dubai).
 */
const PLACE_KINDS: readonly string[][] = [
  'national park',
  'nature reserve',
  'wildlife reserve',
  'game reserve',
  'park',
  'reserve',
  'international airport',
  'airport',
  'stadium',
  'river',
  'valley',
  'desert',
  'district',
  'county',
  'governorate',
  // Ghana's and Nigeria's regions: Western North Region, a reader's Western North
  'region',
].map((kind) => kind.split(SPACE))

/** `text` without the kind of place that ends it, and with only its last word (Chitwan National Park: Chitwan, Chitwan park); none when it ends with none. */
function withoutPlaceKind(text: string): string[] {
  const words = normalizeText(text).split(SPACE)
  for (const kind of PLACE_KINDS) {
    const name = words.slice(0, words.length - kind.length)
    if (name.length === 0 || !kind.every((w, k) => words[name.length + k] === w)) continue
    if (name.join('').length < 4 || PLACE_NAMES.has(looseKey(name.join(SPACE)))) return []
    return [name.join(SPACE), ...(kind.length > 1 ? [[...name, kind.at(-1)!].join(SPACE)] : [])]
  }
  return []
}

// Where a place lies, written after its name («قفصة جنوب غربي», "Gafsa south-west"): no part of it.
const DIRECTIONS = new Set([
  'جنوب',
  'شمال',
  'شرق',
  'غرب',
  'جنوبي',
  'شمالي',
  'شرقي',
  'غربي',
  'south',
  'north',
  'east',
  'west',
  'southwest',
  'northwest',
  'southeast',
  'northeast',
])

/** `text` without the one or two bare direction words that end it (قفصة جنوب غربي: قفصة); none when it ends with none. */
function withoutDirection(text: string): string[] {
  const words = normalizeText(text).split(SPACE)
  let end = words.length
  while (end > words.length - 2 && end > 1 && DIRECTIONS.has(words[end - 1]!)) end--
  return end < words.length && words.slice(0, end).join('').length >= 3 ? [words.slice(0, end).join(SPACE)] : []
}

/** A name as compared with the names of places: normalised, without articles and a leading و. */
function looseKey(text: string): string {
  return normalizeText(text)
    .split(SPACE)
    .filter((w) => !EN_ARTICLES.has(w))
    .map(looseWord)
    .join(SPACE)
}

// Accepted answers repeat on every request: prepared once. Student answers are not cached.
const acceptedCache = new Map<string, Prepared>()

function prepareAccepted(text: string): Prepared {
  let prepared = acceptedCache.get(text)
  if (!prepared) {
    if (acceptedCache.size >= 2000) acceptedCache.clear()
    prepared = prepare(text, true)
    acceptedCache.set(text, prepared)
  }
  return prepared
}

// An English possessive of one word, `china s capital` (China's capital), is compared as `the
// capital of china`; never a contraction (`it s beijing`, It's Beijing), nor initials (`e s b networks`, E.S.B. Networks).
const POSSESSIVE = /^(?:the )?([a-z]{2,}) s ([a-z]+(?: [a-z]+){0,2})$/
const NOT_OWNERS = new Set(['it', 'that', 'what', 'there', 'here', 'he', 'she', 'who', 'where', 'let', 'this'])

function withPossessiveAsOf(normalized: string): string {
  const m = POSSESSIVE.exec(normalized)
  return m && !NOT_OWNERS.has(m[1]!) ? `the ${m[2]} of ${m[1]}` : normalized
}

function prepare(text: string, accepted = false): Prepared {
  const written = normalizeText(text).replace(LONE_ARTICLE, '$1\u0627\u0644')
  const normalized = withPossessiveAsOf(written)
  let words = normalized === '' ? [] : normalized.split(SPACE)
  if (words.length > 1) words = words.filter((w) => !EN_ARTICLES.has(w))
  // The article of a name after عبد stays with it when the two are written as one (عبد اللطيف, عبداللطيف).
  const kept = words.map((w, i) => (i > 0 && words[i - 1] === ABD ? w : looseWord(w)))
  words = words.map(looseWord)
  // Names written with or without their inner spaces (بيونغ يانغ); never numbers (`2 1` is no 21).
  const letters = words.join('')
  const joined = DIGIT.test(normalized) ? '' : kept.join('')
  const all = normalized === '' ? [] : normalized.split(SPACE)
  const bare = (all.length > 1 && accepted ? all.filter((w) => !EN_ARTICLES.has(w)) : all).map(withoutArticle)
  const names = accepted ? bare.map(isName) : []
  return {
    written,
    normalized,
    words,
    bare,
    joined,
    letters: letters.length,
    number: parseNumber(text),
    names,
    spelled: accepted ? spelledAs(text, bare) : bare,
  }
}

// The article typed apart from its word, as learners of Arabic type it (ال جهراء): never a word of its own.
const LONE_ARTICLE = /(^| )\u0627\u0644 (?=[\u0621-\u064A])/gu
const ALEF_MAQSURA = /\u0649/
const ALEF_MAQSURA_LETTER = '\u0649'
const YA = '\u064A'
// A letter `normalizeText` leaves as it is, standing for ى while the text is normalised.
const MAQSURA_MARK = '\u06D5'

/** `bare` (the accepted answer's words) with the final ى of `text` restored, word for word. */
function spelledAs(text: string, bare: string[]): string[] {
  if (!ALEF_MAQSURA.test(text)) return bare
  const marked = normalizeText(text.replaceAll('\u0649', MAQSURA_MARK)).split(SPACE)
  const all = marked.length > 1 ? marked.filter((w) => !EN_ARTICLES.has(w)) : marked
  if (all.length !== bare.length) return bare
  return bare.map((w, i) => (all[i]!.endsWith(MAQSURA_MARK) && w.endsWith(YA) ? w.slice(0, -1) + ALEF_MAQSURA_LETTER : w))
}

/**
 * Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions),
 * or `max + 1` as soon as it is certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (a === b) return 0
  const n = b.length
  let prevPrev = new Array<number>(n + 1).fill(0)
  let prev = Array.from({ length: n + 1 }, (_, j) => j)
  let cur = new Array<number>(n + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    let rowMin = i
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1)
      cur[j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin > max) return max + 1
    ;[prevPrev, prev, cur] = [prev, cur, prevPrev]
  }
  return Math.min(prev[n]!, max + 1)
}

/**
 * Typos allowed for a whole answer, by its letter count (spaces, article and و excluded):
 * none up to 4 letters, 1 for 5–8, 2 from 9 on.
 */
export function typoBudget(letters: number): number {
  return letters <= 4 ? 0 : letters <= 8 ? 1 : 2
}

function fuzzyEqual(answer: Prepared, accepted: Prepared, foreign = false): boolean {
  return answer.words.length === accepted.words.length && fuzzyWords(answer.words, 0, accepted.words, accepted.letters, foreign)
}

/**
 * `answer[from …]` equals `accepted` word for word, within the typo budget of `letters`. `foreign`: the
 * accepted answers write the name in Latin letters too, so its Arabic spelling is a transliteration.
 */
function fuzzyWords(answer: string[], from: number, accepted: string[], letters: number, foreign = false): boolean {
  const budget = typoBudget(letters)
  if (budget === 0 || from + accepted.length > answer.length) return false
  let used = 0
  for (let i = 0; i < accepted.length; i++) {
    const a = answer[from + i]!
    const c = accepted[i]!
    if (a === c || sameLongVowels(a, c)) continue
    // A number, a month or a short word is right or wrong, never "almost".
    if (c.length <= 3 || DIGIT.test(a) || DIGIT.test(c) || isNumberWord(a) || isNumberWord(c)) return false
    if (PROTECTED.has(a) || PROTECTED.has(c)) return false
    // Typos rarely hit the first letter; prefixes that negate (un-, im-, غير) always do. ض and ظ, one sound in most
    // dialects, are put for each other there too (ضاهر for ظاهر).
    if (a[0] !== c[0] && !SAME_SOUND.has(a[0]! + c[0]!)) return false
    const wordMax = Math.min(budget - used, c.length >= 9 ? 2 : 1)
    const d = editDistance(a, c, wordMax)
    if (d > wordMax || !typedSubstitution(a, c, foreign)) return false
    used += d
  }
  return true
}

// A long vowel as South Asian and Gulf names write it in Latin letters, doubled or single: Nadeem and Nadim, Yousuf and
// Yusuf are one name (نديم, يوسف).
const LONG_VOWELS = /ee|oo/g
const HAS_LONG_VOWEL = /ee|oo/
const singleLongVowels = (w: string) => w.replace(LONG_VOWELS, (v) => (v === 'ee' ? 'i' : 'u'))

/** True for two Latin words of five letters or more that are one once their long vowels are written single. */
function sameLongVowels(a: string, c: string): boolean {
  if (a.length < 5 || c.length < 5 || !/^[a-z]+$/.test(a) || !/^[a-z]+$/.test(c) || !(HAS_LONG_VOWEL.test(a) || HAS_LONG_VOWEL.test(c))) return false
  return singleLongVowels(a) === singleLongVowels(c)
}

// The QWERTY keyboard's rows: a Latin letter typed for another is a slip of the finger to a key beside it.
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
const LATIN_VOWEL = /^[aeiouy]$/
// Letters that sound alike, put for each other by readers writing a name as they hear it (`Sivrise` for Sivrice).
const SOUND_ALIKE = new Set(['cs', 'ck', 'cz', 'kq', 'sz', 'vw', 'fv', 'gj'].flatMap((p) => [p, p[1]! + p[0]!]))

/** True when Latin letters `x` and `y` sit side by side on the keyboard (in a row, or the row below). */
function neighbourKeys(x: string, y: string): boolean {
  const at = (ch: string) => KEY_ROWS.findIndex((row) => row.includes(ch))
  const [rx, ry] = [at(x), at(y)]
  if (rx < 0 || ry < 0 || Math.abs(rx - ry) > 1) return false
  const [cx, cy] = [KEY_ROWS[rx]!.indexOf(x) + rx * 0.5, KEY_ROWS[ry]!.indexOf(y) + ry * 0.5]
  return Math.abs(cx - cy) <= 1
}

/**
 * True when `a` is `c` with one consonant dropped from between two vowels that then meet (`Naeem` for Nadeem): two vowels
 * side by side are how Latin letters write a name's unwritten ع (Naeem, Saeed), so the word is another name, no slip.
 */
function hiatusLeft(a: string, c: string): boolean {
  let i = 0
  while (i < a.length && a[i] === c[i]) i++
  const dropped = c[i]!
  if (a.slice(i) !== c.slice(i + 1) || LATIN_VOWEL.test(dropped) || c[i + 1] === dropped || c[i - 1] === dropped) return false
  return i > 0 && LATIN_VOWEL.test(c[i - 1]!) && LATIN_VOWEL.test(c[i + 1] ?? '') && c[i - 1] !== c[i + 1]
}

/**
 * True when `a` is `c` with the `i` or `y` of a consonant's glide into its last vowel dropped (`Nada` for Nadia, `Rana` for Rania,
 * `Lama` for Lamia, `Maram` for Mariam): the glide writes the ي of a name's ending (نادية, رانيا, لمياء), so the word
 * without it is another name (ندى, رنا, لمى), as a ي dropped from an Arabic name is.
 */
function droppedGlide(a: string, c: string): boolean {
  let i = 0
  while (i < a.length && a[i] === c[i]) i++
  const dropped = c[i]!
  // at the name's end only (-ia, -ya, -iam): `Natonal` is a slip in National
  return a.slice(i) === c.slice(i + 1) && (dropped === 'i' || dropped === 'y') && i > 0 && !LATIN_VOWEL.test(c[i - 1]!) && /^[aeou][a-z]?$/.test(c.slice(i + 1))
}

/**
 * True when `a` is `c` without the final a of its -ia or -ya (`Nadi` for Nadia, `Sami` for Samia, `Rani` for Rania): the
 * feminine name's ending, so the word left is the masculine name, as كريم is another than كريمة.
 */
const droppedFeminineEnd = (a: string, c: string) => c === `${a}a` && /[^aeiou][iy]$/.test(a)

/**
 * True unless the Latin words `a` and `c` differ by one letter put for another that no slip explains:
 * neither a key beside it, a vowel for a vowel (`Kowalsky`, `Brennen`) nor a letter that sounds alike (`Sivrise`). `Maria` for `Marta` is another
 * name, not a typo. Letters dropped, doubled or swapped are typos, and a letter added by a finger on the key
 * beside one of its neighbours (`Hollkis`); any other added letter makes another name (`Hollins` for Hollis).
 * Arabic words: `typedArabicSubstitution`.
 */
function typedSubstitution(a: string, c: string, foreign: boolean): boolean {
  if (ARABIC_WORD.test(a) && ARABIC_WORD.test(c)) return typedArabicSubstitution(a, c, foreign)
  if (!/^[a-z]+$/.test(a) || !/^[a-z]+$/.test(c)) return true
  if (a.length === c.length + 1) return typedInsertion(a, c)
  if (c.length === a.length + 1) return !hiatusLeft(a, c) && !droppedGlide(a, c) && !droppedFeminineEnd(a, c)
  if (a.length !== c.length) return true
  const at = [...a].flatMap((ch, i) => (ch === c[i] ? [] : [i]))
  if (at.length !== 1) return true
  const [x, y] = [a[at[0]!]!, c[at[0]!]!]
  return (LATIN_VOWEL.test(x) && LATIN_VOWEL.test(y)) || SOUND_ALIKE.has(x + y) || neighbourKeys(x, y)
}

// The Arabic keyboard's rows (the keys of QWERTY's), and letters readers write for each other as they hear or
// spell them (ذ and ز for د, ص for س, ث and ط for ت, ق and ك, ه and ح, ئ ء ؤ, and ج غ ق for a foreign g).
const ARABIC_KEY_ROWS = ['ضصثقفغعهخحجد', 'شسيبلاتنمكط', 'ئءؤرلىةوزظ']
const ARABIC_WORD = /^[\u0621-\u064A]+$/
const ARABIC_ALIKE = new Set(
  ['دذ', 'زذ', 'ضظ', 'زظ', 'سص', 'سث', 'تط', 'قك', 'حه', 'ته', 'ئء', 'ؤء', 'ئي', 'ؤو', 'جغ', 'قغ', 'تث'].flatMap((p) => [p, p[1]! + p[0]!]),
)

// Letters one sound in most dialects, put for each other anywhere in a word, the first letter too.
const SAME_SOUND = new Set(['ضظ', 'ظض'])

const ARABIC_LONG_VOWEL = /^[اوي]$/
// The long vowels whose dropping or adding makes another Arabic name: محمد and محمود, حسن and حسين, الصوان and الصويان.
const ARABIC_WEAK = /^[وي]$/
const LATIN_LETTER = /[a-z]/i

/**
 * True unless the Arabic words `a` and `c` differ by one letter put for another that neither a key beside it
 * nor a letter alike explains: «باعبيد» is another name than «باعبود» (ي for و, as «سعيد» for «سعود»). A long
 * vowel for another in a foreign name's transliteration is its writer's hearing (`كيرسك` for «كورسك», Kursk).
 * In a word of four letters or fewer a key beside it is no slip: it makes another word as often as not (نحلة,
 * a bee, for نخلة, a palm; سعر for سعد); only a letter alike is. Nor is a letter added to a word of four letters or
 * fewer besides its long vowels, unless it doubles one beside it (أوبلال is another surname than أوبلا), nor one dropped
 * from a word of three, nor the last ة of one of four, unless it was doubled or is a feminine nisba's ة (منى is another
 * name than منير, كريم than كريمة; البلوشي is «البلوشية» as the English press writes it). A و or ي dropped or added makes another name
 * (محمد for محمود, الصوان for الصويان) unless it stands beside its double (داود, داوود) or the name is foreign; so does an
 * ا swapped with the letter beside it (كامل for كمال, أوبال for أوبلا).
 */
function typedArabicSubstitution(a: string, c: string, foreign: boolean): boolean {
  if (a.length !== c.length) {
    if (foreign) return true
    if (dropsLongVowel(a, c)) return false
    // A letter added to a short name makes another (أوبلال for أوبلا) unless it doubles one beside it (أوبللا).
    if (a.length === c.length + 1) return !fewLetters(c) || doublesNeighbour(a, c)
    // So does a letter dropped from a name of three letters (منى for منير, سمي for سمير), or its last ة (كريم for
    // كريمة, فاطم for فاطمة), unless it was doubled (أوبلا for أوبللا) or is a feminine nisba's ة (البلوشي for
    // البلوشية, as the English press writes it). An alef or a hamza unwritten is spelling (البدرني, الجهرا), and
    // a longer name's last letter a slip (بدرا for بدران).
    if (a.length === c.length - 1) return !dropsRootLetter(a, c) || doublesNeighbour(c, a) || dropsNisbaTaMarbuta(a, c)
    return true
  }
  const at = [...a].flatMap((ch, i) => (ch === c[i] ? [] : [i]))
  if (at.length === 2 && !foreign && swapsAlef(a, c, at[0]!, at[1]!)) return false
  if (at.length !== 1) return true
  const [x, y] = [a[at[0]!]!, c[at[0]!]!]
  if (ARABIC_ALIKE.has(x + y) || (foreign && ARABIC_LONG_VOWEL.test(x) && ARABIC_LONG_VOWEL.test(y))) return true
  if (c.length <= 4) return false
  const row = (ch: string) => ARABIC_KEY_ROWS.findIndex((keys) => keys.includes(ch))
  const [rx, ry] = [row(x), row(y)]
  if (rx < 0 || ry < 0 || Math.abs(rx - ry) > 1) return false
  return Math.abs(ARABIC_KEY_ROWS[rx]!.indexOf(x) + rx * 0.5 - (ARABIC_KEY_ROWS[ry]!.indexOf(y) + ry * 0.5)) <= 1
}

/**
 * True for an Arabic word of four letters or fewer besides its long vowels (نخلة; أوبلا, whose ا و add length, not
 * letters that tell names apart): a letter added there makes another word as often as not.
 */
const fewLetters = (w: string) => w.replace(/[\u0627\u0648\u064A]/g, '').length <= 4

/**
 * True when the Arabic word `a` is `c` with one letter dropped that tells names apart: a letter of a word of three
 * letters besides its long vowels (منير, سمير: two are left, another root), or the last ة (folded ه) of a word of four
 * (كريمه, فاطمه: the feminine name of another person). Never an alef or a hamza (ا ء), which spelling leaves out.
 */
function dropsRootLetter(a: string, c: string): boolean {
  let i = 0
  while (i < a.length && a[i] === c[i]) i++
  if (a.slice(i) !== c.slice(i + 1) || /[\u0621\u0627]/u.test(c[i]!)) return false
  const letters = c.replace(/[\u0627\u0648\u064A]/g, '').length
  return letters <= 3 || (letters <= 4 && i === c.length - 1 && c[i] === '\u0647')
}

/** True when the Arabic word `a` is `c` without the ة (folded ه) of a feminine nisba: البلوشي for البلوشيه. */
const dropsNisbaTaMarbuta = (a: string, c: string) => c === `${a}\u0647` && a.endsWith('\u064A')

/** True when the Arabic word `a` is `c` with one letter more that doubles the letter before or after it. */
function doublesNeighbour(a: string, c: string): boolean {
  let i = 0
  while (i < c.length && a[i] === c[i]) i++
  return a.slice(i + 1) === c.slice(i) && (a[i - 1] === a[i] || a[i + 1] === a[i])
}

/**
 * True when the Arabic words differ by an ا and the letter beside it swapped: the alef moved makes another pattern, so
 * another word or name (كامل and كمال, سالم and سلام, أوبال and أوبلا), no slip of the finger.
 */
function swapsAlef(a: string, c: string, i: number, j: number): boolean {
  return j === i + 1 && a[i] === c[j] && a[j] === c[i] && (a[i] === ALEF || a[j] === ALEF)
}
const ALEF = '\u0627'

/** True when one of the Arabic words is the other with one و or ي more, not beside its double (داود, داوود). */
function dropsLongVowel(a: string, c: string): boolean {
  const [long, short] = a.length > c.length ? [a, c] : [c, a]
  if (long.length !== short.length + 1) return false
  let i = 0
  while (i < short.length && long[i] === short[i]) i++
  const added = long[i]!
  return long.slice(i + 1) === short.slice(i) && ARABIC_WEAK.test(added) && long[i - 1] !== added && long[i + 1] !== added
}

/** True when the Latin word `a` is `c` with one letter added that a slip explains: a letter doubled, or a key beside a neighbour. */
function typedInsertion(a: string, c: string): boolean {
  let i = 0
  while (i < c.length && a[i] === c[i]) i++
  if (a.slice(i + 1) !== c.slice(i)) return true
  const added = a[i]!
  return [a[i - 1], a[i + 1]].some((beside) => beside !== undefined && (beside === added || neighbourKeys(added, beside)))
}

/**
 * A city of `places.ts` (a capital too) to its country's English name, by each of the city's names as
 * `looseKey` writes it (`مدريد`, `madrid`: Spain; `دهوك`, `duhok`: Iraq): an accepted city ties its
 * country to the answer, as a country the question names does (`Madrid, Spain`, «مدريد الإسبانية»,
 * «دهوك العراقية»). Not a name two places share (القدس, الكويت, طرابلس), nor a city no one country has
 * (رفح).
 */
const CITY_COUNTRY = new Map<string, string>()
const SHARED_CITIES = new Set<string>()
for (const city of CITIES) {
  for (const name of [...city.ar, ...city.en]) {
    const key = looseKey(name)
    const known = CITY_COUNTRY.get(key)
    if (city.country === null || SHARED_NAMES.has(key) || (known !== undefined && known !== city.country)) SHARED_CITIES.add(key)
    else CITY_COUNTRY.set(key, city.country)
  }
}
for (const key of SHARED_CITIES) CITY_COUNTRY.delete(key)

// The question's context with the countries of the accepted cities: once per accepted array and
// context (the grader passes the same arrays for every answer to a question).
const qualifiedContexts = new WeakMap<readonly string[], { context: readonly string[] | undefined; qualified: readonly string[] | undefined }>()

function withCitiesCountries(accepted: readonly string[], context: readonly string[] | undefined): readonly string[] | undefined {
  const cached = qualifiedContexts.get(accepted)
  if (cached !== undefined && cached.context === context) return cached.qualified
  const countries = [...new Set(accepted.flatMap((text) => CITY_COUNTRY.get(looseKey(text)) ?? []))]
  const qualified = countries.length === 0 ? context : [...(context ?? []), ...countries]
  qualifiedContexts.set(accepted, { context, qualified })
  return qualified
}

// Countries named by a question's context: computed once per context array (the grader passes
// the same array for every answer to a question).
const countriesCache = new WeakMap<readonly string[], Set<string>>()

function countriesIn(context: readonly string[]): Set<string> {
  let found = countriesCache.get(context)
  if (!found) {
    const words = new Set(normalizeText(context.join(SPACE)).split(SPACE).map(withoutArticle))
    found = new Set(COUNTRY_WORDS.filter((forms) => forms.some((w) => words.has(w))).flat())
    countriesCache.set(context, found)
  }
  return found
}

/** Words of places (countries, capitals, cities): never a question word, they may be another answer. */
const PLACE_WORDS: ReadonlySet<string> = new Set(
  [...PLACE_COUNTRIES.flatMap((c) => [...c.ar, ...c.en, ...c.adjectives]), ...CITIES.flatMap((c) => [...c.ar, ...c.en])]
    .flatMap((name) => normalizeText(name).split(SPACE))
    .map(withoutArticle),
)
const OR_WORDS = new Set(['او', 'ام', 'or'])

// The candidates a question names (`بكين أم موسكو؟`, "Beijing or Moscow?"): the words on either
// side of أو / أم / or in its texts, never question words. Computed once per context array.
const candidatesCache = new WeakMap<readonly string[], Set<string>>()

function candidatesIn(context: readonly string[]): Set<string> {
  let found = candidatesCache.get(context)
  if (!found) {
    found = new Set()
    for (const text of context) {
      const words = normalizeText(text).split(SPACE).map(withoutArticle)
      words.forEach((w, i) => {
        if (!OR_WORDS.has(w)) return
        if (i > 0) found!.add(words[i - 1]!)
        if (i + 1 < words.length) found!.add(words[i + 1]!)
      })
    }
    candidatesCache.set(context, found)
  }
  return found
}

/**
 * A word of the question's own texts, or of the same family (`اجتمعوا`, `التقى`, `met` for
 * «اجتمع»; `سيرسل`, `sent` for «سيُرسَل»): it restates the question, so a sentence answer may use
 * it (`اجتمعوا في بكين`, "the meeting was in Beijing"). Never a negation, comparison or
 * conjunction, a place (another answer) or a candidate the question names beside أو / or.
 */
function isQuestionWord(w: string, context: readonly string[] | undefined): boolean {
  if (context === undefined || PLACE_WORDS.has(looseWord(w)) || candidatesIn(context).has(w)) return false
  const e = lookupWord(w)
  if (e?.k === 'block' || e?.k === 'and') return false
  // A word with و written onto it joins a second thing (بكين والصين): only as the question writes it.
  if (w.startsWith(WAW) && w.length > 2) return contextStems(context).has(w)
  return sharesStem(w, contextStems(context))
}

// «في» written onto a country the question ties to the answer: «الجزيرة الخضراء بإسبانيا», «… بالمغرب».
const COUNTRY_PREFIXES = ['\u0628\u0627\u0644', '\u0628']

function isFiller(w: string, context: readonly string[] | undefined): boolean {
  if (FILLER.has(w) || (context !== undefined && countriesIn(context).has(w))) return true
  if (context !== undefined && COUNTRY_PREFIXES.some((p) => w.length > p.length + 2 && w.startsWith(p) && countriesIn(context).has(w.slice(p.length))))
    return true
  return FILLER_PREFIXES.some((p) => w.length > p.length + 2 && w.startsWith(p) && FILLER.has(w.slice(p.length)))
}

/** The word `a` is the accepted word `c` with a preposition written onto it (ببكين، عكورسك). */
function isPrefixed(a: string, c: string): boolean {
  if (c.length < MIN_PREFIXED || !a.endsWith(c) || PLACE_WORDS.has(a)) return false
  if (a.length === c.length + 1) return ANSWER_PREFIXES.includes(a[0]!)
  // With the article between (بالعراق، فالعراق، عالعراق), or ل and the article (للعراق).
  return ARTICLE_PREFIXES.includes(a.slice(0, a.length - c.length))
}

/**
 * The answer's word `a` is the accepted word `c` written in the other script (`Putin` for «بوتين»,
 * «بوتين» for "Putin": `transliteration.ts`); never a place, whose names are in `places.ts`, nor a
 * month or a weekday.
 */
function transliterates(a: string, c: string): boolean {
  if (!isName(a)) return false
  return sameNameAcrossScripts(a, c) || sameNameAcrossScripts(c, a)
}

const ARABIC_START = /^[\u0621-\u064A]/
const LATIN_START = /^[a-z37]/

/** A short name alone in the other script (فهد: Fahad, دهوك: Duhok), also among filler words (`Duhok governorate`). */
function shortNameAlone(a: string, c: string, besideAnother = false): boolean {
  // Cheap refusals first (this runs for every word of a sentence answer): one word in each script,
  // the Arabic one of three or four letters, the Latin one no shorter (longer but for a final long a: Lina, لينا).
  const [arabic, latin] = ARABIC_START.test(c) ? [c, a] : [a, c]
  if (arabic.length < 3 || arabic.length > 4 || latin.length < arabic.length || !ARABIC_START.test(arabic) || !LATIN_START.test(latin)) return false
  if (PLACE_WORDS.has(a) || PLACE_WORDS.has(c) || PROTECTED.has(a) || PROTECTED.has(c)) return false
  return sameShortNameAcrossScripts(c, a, besideAnother) || sameShortNameAcrossScripts(a, c, besideAnother)
}

/** A word that may be a name in the other script: long enough, and no place, month or weekday. */
function isName(w: string): boolean {
  return w.length >= MIN_NAME_LETTERS && !PLACE_WORDS.has(w) && !PROTECTED.has(w)
}

/** The answer's words are the accepted ones, word for word, some written in the other script. */
function transliteratedEqual(answer: Prepared, accepted: Prepared): boolean {
  const { bare, names, spelled } = accepted
  return answer.bare.length === bare.length && answer.bare.every((a, i) => a === bare[i] || (names[i] && transliterates(a, spelled[i]!)))
}

// The article of a name in Latin letters, written apart (El Kettani, Al-Hamrouni: الكتاني, الحمروني).
const LATIN_ARTICLES = new Set(['al', 'el'])
// Particles of a name written apart or onto the next word (Ben Zerga, Benzerga: بن زرقة; بنعلي: Ben Ali).
const NAME_PARTICLES = new Set(['بن', 'ابن', 'ابو', 'عبد', 'ben', 'bin', 'ibn', 'abu', 'abou', 'abd', 'abdel', 'abdul'])

// عبد with the article of the name after it, in Latin letters: Abdel, Abdul, Abdal (عبد الرحيم: Abdelrahim, Abdulrahim).
const ABD_ARTICLE = /^abd[eau]l(?=[a-z]{3})/

/** A name's words with a Latin article left out and each particle written onto the next word. */
function nameWords(words: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (i + 1 < words.length && LATIN_ARTICLES.has(w)) continue
    const word = i + 1 < words.length && NAME_PARTICLES.has(w) ? w + words[++i]! : w
    out.push(word.replace(ABD_ARTICLE, 'abdul'))
  }
  return out
}

/**
 * A name's words with a Latin article written onto the next word (Al-Anzi, El Anzi: alanzi), to meet
 * an Arabic name with its article (العنزي): a surname of four letters after ال is long enough to match
 * in the other script when both write the article. Particles as in `nameWords`.
 */
function nameWordsWithArticle(words: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    out.push((i + 1 < words.length && (LATIN_ARTICLES.has(w) || NAME_PARTICLES.has(w)) ? w + words[++i]! : w).replace(ABD_ARTICLE, 'abdul'))
  }
  return out
}

/**
 * A full name in the other script: every word is the accepted one, or that word in the other script
 * (a place inside a name, Santiago, by its names in `places.ts`), and a first name under four letters
 * (معز, Moez; رشيد, Rachid) counts only beside a long word written in the other script that matches
 * (Moez Hamrouni; never Moez alone, nor Samir Hamrouni).
 */
function fullNameEqual(answer: string[], accepted: string[]): boolean {
  if (answer.length !== accepted.length) return false
  // One word (Benzerga: بن زرقة): a name as any other, never a place.
  if (answer.length === 1) {
    const [a, c] = [answer[0]!, accepted[0]!]
    if (PLACE_WORDS.has(a) || PLACE_WORDS.has(c) || PROTECTED.has(a) || PROTECTED.has(c)) return false
    // A short name (فهد: Fahad) alone too.
    return (isName(a) && isName(c) && transliterates(a, c)) || shortNameAlone(a, c)
  }
  let long = 0
  let short = 0
  let strict = 0
  for (let i = 0; i < answer.length; i++) {
    const a = answer[i]!
    const c = accepted[i]!
    if (a === c || (c.endsWith(ALEF_MAQSURA_LETTER) && a === c.slice(0, -1) + YA)) continue
    if (PROTECTED.has(a) || PROTECTED.has(c)) return false
    if (samePlace(a, c) || (isName(a) && c.length >= MIN_NAME_LETTERS && transliterates(a, c))) long++
    else if (answer.length > 1 && !PLACE_WORDS.has(a) && (sameNameAcrossScripts(a, c, true) || sameNameAcrossScripts(c, a, true))) {
      short++
      if (shortNameAlone(a, c, true)) strict++
    } else return false
  }
  // A name of short words only (Lassaad Chabbi: لسعد الشابي): each as strictly as a short name alone, with a
  // long ا inside one only where no short vowel reads it (`sameShortNameAcrossScripts`).
  return long > 0 || short === 0 || (short >= 2 && strict === short)
}

/** Two words that name the same place of `places.ts` in two scripts (سانتياغو, Santiago), and no other place (عمان: Oman, Amman). */
function samePlace(a: string, c: string): boolean {
  return !SHARED_NAMES.has(c) && (PLACE_NAMES.get(a)?.some((name) => looseKey(name) === c) ?? false)
}

/** `answer[from …]` is `accepted` word for word; the first may carry a preposition (ببكين); a name may be in the other script. */
function runEqual(answer: string[], from: number, accepted: Prepared): boolean {
  const { bare, names, spelled } = accepted
  if (from + bare.length > answer.length) return false
  for (let i = 0; i < bare.length; i++) {
    const a = answer[from + i]!
    const c = bare[i]!
    if (a !== c && !(i === 0 && isPrefixed(a, c)) && !(names[i] && transliterates(a, spelled[i]!)) && !(bare.length === 1 && shortNameAlone(a, spelled[i]!))) {
      return false
    }
  }
  return true
}

// A correction: the answer beside a place it is not (`بكين مش موسكو`, "Beijing, not Moscow", «ليس في
// موسكو بل في بكين»). The negation, then fillers, then one place that is no accepted answer.
// Not لا, which also says "no" («بكين؟ لا، موسكو»), nor ولا, which asks "or" in Egyptian («بكين ولا موسكو»).
const NOT_WORDS = new Set(['not', 'مش', 'ليس', 'وليس', 'مو', 'مب', 'مهو', 'ماهو'])
// What may follow a negated place before the answer: «بل في بكين», "but Beijing", "rather Beijing".
const RATHER_WORDS = new Set(['بل', 'وانما', 'انما', 'لكن', 'ولكن', 'but', 'rather'])

/**
 * An answer written as a sentence fragment: accepted answers found as whole-word runs (typos
 * allowed as in a one-word answer), every other word filler. The first accepted run, or -1.
 * Two accepted answers may stand on either side of «أو» / "or" (`Peking or Beijing`: both right),
 * and a place the answer is not may be named after a negation (`بكين مش موسكو`).
 */
function sentenceMatch(answer: Prepared, candidates: Prepared[], context: readonly string[] | undefined, quoted?: readonly string[]): number {
  const words = answer.bare
  // As written, with its article: a word like التقى is not ال + تقى.
  const written = answer.normalized.split(SPACE)
  let first = -1
  let i = 0
  // What the previous word was: a conjunction may only join two words of the question (كيم وبوتين
  // وشي، Kim, Putin and Xi), never the answer to something else (بكين وموسكو، Beijing and Moscow).
  let previous: 'start' | 'answer' | 'filler' | 'question' | 'quoted' | 'negated' = 'start'
  // The longest accepted answer that starts at word `at`: [its index, its length], or [-1, 0].
  const answerAt = (at: number): [number, number] => {
    let best = -1
    let length = 0
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k]!.bare
      if (c.length <= length) continue
      if (runEqual(words, at, candidates[k]!) || fuzzyWords(words, at, c, candidates[k]!.letters)) [best, length] = [k, c.length]
    }
    return [best, length]
  }
  // How many words a negated place takes from word `at` (the negation, fillers, the place), or 0.
  const negatedPlace = (at: number): number => {
    if (!NOT_WORDS.has(words[at]!)) return 0
    let k = at + 1
    while (k < words.length && isFiller(words[k]!, context)) k++
    const place = words[k]
    if (place === undefined || answerAt(k)[0] >= 0 || !PLACE_WORDS.has(looseWord(place))) return 0
    return k + 1 - at
  }
  // A word of an accepted answer is no question word: the explanation quotes the answer, and its words
  // elsewhere are another claim (`Yerlikaya Ali`, the name's words swapped).
  const answerWords = new Set(candidates.flatMap((c) => c.bare))
  let negations = 0
  while (i < words.length) {
    const [best, length] = answerAt(i)
    const w = words[i]!
    const negated = best >= 0 ? 0 : negatedPlace(i)
    if (negated > 0) {
      i += negated
      negations++
      previous = 'negated'
      continue
    }
    if (best < 0 && previous === 'negated' && RATHER_WORDS.has(w)) {
      i++
      continue
    }
    if (best < 0 && OR_WORDS.has(w) && previous === 'answer' && answerAt(i + 1)[0] >= 0) {
      i++ // Peking or Beijing: the next word is an accepted answer too
      continue
    }
    const stance = best >= 0 ? 0 : stanceLength(written, i)
    if (best >= 0) {
      if (first < 0) first = best
      i += length
      previous = 'answer'
    } else if (stance > 0) {
      i += stance
      previous = 'filler'
    } else if (isFiller(w, context)) {
      i++
      previous = 'filler'
    } else if (!answerWords.has(w) && (isQuestionWord(w, context) || isQuestionWord(written[i]!, context))) {
      i++
      previous = 'question'
    } else if (
      quoted !== undefined &&
      (previous === 'filler' || previous === 'quoted') &&
      !answerWords.has(w) &&
      (isQuestionWord(w, quoted) || isQuestionWord(written[i]!, quoted))
    ) {
      i++ // a word the explanation quotes, joined to the answer (`from Monmouth`)
      previous = 'quoted'
    } else if (previous === 'question' && w.startsWith(WAW) && w.length > 2 && isQuestionWord(w.slice(1), context)) {
      i++ // وبوتين after كيم
    } else if (previous === 'question' && (w === WAW || w === 'and') && i + 1 < words.length && isQuestionWord(words[i + 1]!, context)) {
      i++ // Putin and Xi
    } else {
      return -1
    }
  }
  // A negation names a place the answer is not: only beside the answer itself.
  return negations > 0 && first < 0 ? -1 : first
}

// Letters for g and ch that stand for several standard ones (Gulf and Iraqi گ, Moroccan ڭ: ق ك ج غ;
// چ: ج or تش): ڨ ڤ پ, which have one, `normalizeText` folds.
const VARIANT_LETTER = /[\u06AF\u06AD\u0686]/
const VARIANT_LETTERS = /[\u06AF\u06AD\u0686]/g
const VARIANT_READINGS: Record<string, string> = { '\u06AF': '[قكجغ]', '\u06AD': '[قكجغ]', '\u0686': '(?:ج|تش)' }

/**
 * The answer with each word that holds گ ڭ چ written as a word of an accepted answer it can be read
 * as (گفصة: قفصة), the letters left as they are otherwise (a name in Latin letters may still match:
 * گ is g). Linear in the words of the accepted answers, and only for an answer holding such a letter.
 */
function withStandardLetters(normalized: string, accepted: readonly string[]): string {
  const known = [...new Set(accepted.flatMap((text) => normalizeText(text).split(SPACE)))]
  const read = new Map<string, string>()
  const standard = (w: string): string => {
    // A reading is as long as the word, or longer by the letter a چ read تش adds; and the accepted
    // word may lack a prefix ال/و the answer has (الگفصة, وگفصة).
    const longest = w.length + (w.match(/\u0686/g)?.length ?? 0)
    const near = known.filter((k) => k.length >= w.length - 3 && k.length <= longest)
    if (near.length === 0) return w
    const reading = new RegExp(`^${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(VARIANT_LETTERS, (c) => VARIANT_READINGS[c]!)}$`)
    for (const k of near) if (reading.test(k)) return k
    for (const k of near) for (const p of [AL, WAW, WAW + AL]) if (reading.test(p + k)) return p + k
    return w
  }
  return normalized
    .split(SPACE)
    .map((w) => {
      if (!VARIANT_LETTER.test(w)) return w
      let standardWord = read.get(w)
      if (standardWord === undefined) read.set(w, (standardWord = standard(w)))
      return standardWord
    })
    .join(SPACE)
}

// A name with its family name first and a comma, as forms, indexes and bibliographies write it: `HADDAD, Nadia`, «الوزاني، رشيد».
const SURNAME_FIRST = /^\s*([^,،;؛]+?)\s*[,،]\s*([^\s,،;؛.]+)\s*\.?\s*$/u

/**
 * `HADDAD, Nadia` as `Nadia HADDAD`: the answer's one word after its one comma put first, or null when it is not of that
 * shape. The caller takes it only for an accepted full name (two words or more): `X, Y` of two names stays a list.
 */
export function surnameFirst(answer: string): string | null {
  const m = SURNAME_FIRST.exec(answer)
  return m === null ? null : `${m[2]} ${m[1]}`
}

/**
 * Matches `answer` against the `accepted` answers: exact after normalisation, then ignoring ال,
 * a leading و and English articles, numbers by value (ألفين = 2000), then with typo tolerance,
 * then as a sentence fragment around an accepted answer (`في العاصمة الصينية بكين`).
 * An empty answer never matches.
 */
export function matchText(answer: string, accepted: string[], options: MatchTextOptions = {}): TextMatch {
  const normalized = normalizeText(answer)
  if (normalized === '') return { normalized: '', matched: null }
  const a = prepare(VARIANT_LETTER.test(normalized) ? withStandardLetters(normalized, accepted) : answer)
  // An accepted place in its other names too (`Germany`: ألمانيا), after the accepted answers, each
  // standing for its accepted answer.
  const written = [...accepted]
  const source = accepted.map((_, k) => k)
  accepted.forEach((text, k) => {
    const shorter = [...withoutPlaceKind(text), ...withoutDirection(text)]
    for (const name of [...(PLACE_NAMES.get(looseKey(text)) ?? []), ...shorter, ...shorter.flatMap((n) => PLACE_NAMES.get(looseKey(n)) ?? [])]) {
      written.push(name)
      source.push(k)
    }
  })
  const candidates = written.map(prepareAccepted)
  const foreign = written.some((text) => LATIN_LETTER.test(text))
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!
    if (c.normalized === '') continue
    if (a.normalized === c.normalized || (a.joined !== '' && a.joined === c.joined)) return { normalized, matched: accepted[source[i]!]! }
    if (a.number !== null && c.number !== null && a.number === c.number) return { normalized, matched: accepted[source[i]!]! }
  }
  // A score: its two numbers in order, in any form (`هدفين مقابل هدف` for `2-1`; never `1-2`).
  const score = readScore(answer)
  const scores = accepted.map(readScore)
  if (score !== null) {
    const k = scores.findIndex((s) => s !== null && s[0] === score[0] && s[1] === score[1])
    if (k >= 0) return { normalized, matched: accepted[k]! }
  }
  const country = NATIONALITIES.get(a.words.join(SPACE))
  if (country !== undefined) {
    const k = accepted.findIndex((text) => country.has(looseKey(text)) && !SHARED_NAMES.has(looseKey(text)))
    if (k >= 0) return { normalized, matched: accepted[k]! }
  }
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!
    if (c.normalized === '' || (a.number !== null && c.number !== null)) continue
    if (fuzzyEqual(a, c, foreign) || transliteratedEqual(a, c)) return { normalized, matched: accepted[source[i]!]! }
  }
  // Around a score, the question's words are no filler: which team won is a claim not checked here (`2-1 للقادسية`).
  const context = scores.some((s) => s !== null) ? undefined : withCitiesCountries(accepted, options.context)
  const i = sentenceMatch(a, candidates, context, context === undefined ? undefined : options.quoted)
  if (i >= 0) return { normalized, matched: accepted[source[i]!]! }
  // Last, a full name in the other script with its particles and a short first name (Moez Hamrouni).
  // A title before it is no part of the name (Dr Salma Al-Balushi).
  const untitled = a.bare.slice(a.bare.findIndex((w) => !TITLE_WORDS.has(w)))
  const name = nameWords(untitled.length > 0 && untitled.length < a.bare.length ? untitled : a.bare)
  for (let k = 0; k < candidates.length; k++) {
    if (fullNameEqual(name, nameWords(candidates[k]!.spelled))) return { normalized, matched: accepted[source[k]!]! }
  }
  // The same with the article in both scripts (Fahd Al-Anzi, Alanzi: فهد العنزي).
  const withArticle = nameWordsWithArticle(a.written.split(SPACE))
  if (withArticle.some((w, i) => w !== name[i] || w.startsWith('al') || w.startsWith('el'))) {
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k]!.written.split(SPACE)
      if (c.some((w) => w.startsWith(AL)) && fullNameEqual(withArticle, nameWordsWithArticle(c))) return { normalized, matched: accepted[source[k]!]! }
    }
  }
  // An accepted abbreviation with dots or spaces between its capitals (`E.S.A.`, `E S A` for ESA).
  if (CAPITALS.test(answer.trim())) {
    const letters = answer.replace(/[.\s]/g, '')
    const k = accepted.findIndex((text) => CAPITALS_WORD.test(text.trim()) && text.trim() === letters)
    if (k >= 0) return { normalized, matched: accepted[k]! }
  }
  // A name with its abbreviation in brackets (`ESB Networks (ESB)`, `Electricity Supply Board (ESB)`): the name.
  const abbreviated = ABBREVIATED.exec(answer)
  if (abbreviated !== null && abbreviates(abbreviated[2]!, abbreviated[1]!)) {
    const m = matchText(abbreviated[1]!, accepted, options)
    if (m.matched !== null) return { normalized, matched: m.matched }
  }
  // A name with a title before it, in either script (`Eng. Tarek Gamal El Din`, `el mohandes …` for «طارق جمال الدين»),
  // or a station with its kind word (`ma7atet Adly Mansour`, `Adly Mansour station`): the name, when it is no place of
  // its own (`Cairo station` is not Cairo).
  const named = withoutTitleOrStation(normalized)
  if (named !== null) {
    const m = matchText(named, accepted, options)
    if (m.matched !== null) return { normalized, matched: m.matched }
  }
  return { normalized, matched: null }
}

const STATION_BEFORE = new Set(['ma7atet', 'ma7atat', 'ma7atta', 'محطه'])
const STATION_AFTER = 'station'

/** The normalized answer without the titles or the station word around a name; null when there are none, or nothing else. */
function withoutTitleOrStation(normalized: string): string | null {
  const words = normalized.split(SPACE)
  let start = 0
  let station = false
  for (;;) {
    const w = words[start]
    if (w === undefined) break
    if (TITLE_WORDS.has(w)) start++
    else if (LATIN_ARTICLES.has(w) && TITLE_WORDS.has(words[start + 1] ?? '')) start += 2
    else if (STATION_BEFORE.has(w)) {
      station = true
      start++
    } else break
  }
  let end = words.length
  if (words[end - 1] === STATION_AFTER) {
    station = true
    end--
  }
  if (start === 0 && end === words.length) return null
  const name = words.slice(start, end).join(SPACE)
  if (name === '' || (station && PLACE_NAMES.has(looseKey(name)))) return null
  return name
}

// A name, then a bracket after it, and nothing after the bracket but a full stop.
const ABBREVIATED = /^([^()]+)\(([^()]+)\)[\s.]*$/
// An abbreviation as it is written: capitals, maybe with dots or spaces between them (E.S.B.).
const CAPITALS = /^(?:[A-Z][.\s]?){2,8}$/
const CAPITALS_WORD = /^[A-Z]{2,8}$/

/**
 * True when `short`, written in capitals, abbreviates the name `name`: the initials of its words (`ESB` of
 * «Electricity Supply Board», `EN` of «ESB Networks») or one of its words that is itself capitals (`ESB`),
 * or the initials with such a word written whole (`ESBN`). Nothing the name does not write.
 */
function abbreviates(short: string, name: string): boolean {
  const s = short.trim()
  if (!CAPITALS.test(s)) return false
  const letters = s.replace(/[.\s]/g, '')
  const words = name
    .trim()
    .split(/[\s-]+/)
    .map((w) => w.replace(/\./g, ''))
    .filter((w) => /^\p{L}/u.test(w))
  if (words.length === 0) return false
  const initials = words.map((w) => w[0]!.toUpperCase()).join('')
  const withWhole = words.map((w) => (CAPITALS_WORD.test(w) ? w : w[0]!.toUpperCase())).join('')
  return letters === initials || letters === withWhole || words.some((w) => CAPITALS_WORD.test(w) && w === letters)
}
