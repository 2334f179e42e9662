import { contextStems, isFrameWord, sharesStem, stemsOf } from './context-words.ts'
import { readNumber } from './numbers-grammar.ts'
import { foldLetters } from './normalize.ts'
import { tokenize, type Token } from './numbers-tokenizer.ts'
import { COUNTRIES, type Country } from './places.ts'
import type { Question } from './quiz-schema.ts'

/**
 * What a numeric question's number counts, and which words name another group. "2000 South
 * Korean soldiers" is no answer to "how many North Korean soldiers were killed", "5000 عامل إزالة
 * ألغام" none to "how many construction workers", even though every word comes from the
 * question's texts: the words describe another group.
 *
 * The question's own group is described by the words right after its key number in the
 * explanation and the evidence quote (`2000 جندي كوري شمالي`, `6,000 additional soldiers`), and by
 * the words after `كم` / `how many` in the prompt. Other groups are described by the words after
 * every other number of those texts (`1000 مقاتل موجودون بالفعل`) and after the key numbers of the
 * quiz's other numeric questions. The grader refuses a number described by another group's word,
 * by a nationality or direction the question's group lacks, or by a noun of people of another
 * kind (`5000 جندي` for workers).
 */
export type CountedGroups = {
  /** Stems (and word families) of the words describing the question's own group. */
  own: ReadonlySet<string>
  /** Stems of words describing other groups and not the question's own. */
  others: ReadonlySet<string>
  /**
   * Stems found only deep in the article's description of the key (a complement: ألغام in
   * `1000 عامل إزالة ألغام`), never as its noun or first modifier: right after a bare number
   * they say what is counted (`1000 ألغام`, a thousand mines), which is another group.
   */
  deep: ReadonlySet<string>
  /**
   * Families (`#n` of `context-words.ts`) of the words right before the key in the quote and the
   * explanation, the verb that governs it («killing four people»): an answer may say it of the
   * number instead of its noun (`four dead`, `4 killed`).
   */
  governing: ReadonlySet<string>
  /**
   * Stems of the complement the texts write after the key (`2000 جندي كوري شمالي في أوكرانيا`:
   * أوكرانيا), where it holds: after a preposition in an answer (`2000 قتيل في أوكرانيا`) it is
   * the article's own place for the group, not a nationality.
   */
  complement: ReadonlySet<string>
  /** The kinds of people the question counts (`soldier`, `worker`); empty when any. */
  people: ReadonlySet<string>
  /**
   * Affiliations of the sources the texts cite (`وفقًا لتقديرات الاستخبارات الكورية الجنوبية`,
   * `According to Western reports`): after `حسب`/`according to` in an answer they describe the
   * source, not the group.
   */
  sources: ReadonlySet<string>
  /**
   * When the texts give the key as a sum (`1000 عامل إزالة ألغام + 5000 عامل بناء = 6000 عامل`), the
   * words of each part, per text: an answer naming every part of one text (`6000 عامل بناء وإزالة
   * ألغام`, `6000 construction and demining workers`) names the whole, not another group.
   */
  parts: readonly (readonly ReadonlySet<string>[])[]
  /**
   * True when the question counts things, not people: its unit is a count and the words after its
   * key name no people (`138 tigers`, «ثلاث من عرباته»). A noun of people of no kind (`people`,
   * `أشخاص`) then names another group: `138 people` is no answer to how many tigers.
   */
  things: boolean
}

const PHRASE_WORDS = 5
const ELLIPSIS = /…|\.\.\./
const OPENING_QUOTE = /[«“"]$/
const CLOSING_QUOTE = /^[»”"]/
// Words that end a description: prepositions and conjunctions start another part of the sentence.
const STOPS = new Set(
  (
    'في الى على من عن مع بعد قبل حتى منذ بين بينهم منهم بحسب وفق وفقا حسب لصالح او ' +
    'to in on at of from with by for after before since according among between or whom which who that ' +
    'across throughout within during through via into near عبر خلال داخل'
  )
    .split(' ')
    .map(foldLetters),
)
const HOW_MANY: readonly (readonly string[])[] = [['كم'], ['how', 'many'], ['how', 'much'], ['what', 'number'], ['ما', 'عدد']].map((p) => p.map(foldLetters))

/** Nationalities, blocs and the directions that make one (كوري جنوبي، South Korean, غربي, Western). */
const AFFILIATIONS: ReadonlySet<string> = new Set(
  [
    ...COUNTRIES.flatMap((country) => country.adjectives.flatMap((adjective) => adjective.split(' '))),
    ...'شمالي شمالية جنوبي جنوبية شرقي شرقية غربي غربية اوروبي اوروبية افريقي افريقية اسيوي اسيوية عربي عربية اجنبي اجنبية'.split(' '),
    ...'north northern south southern east eastern west western european african asian arab foreign allied'.split(' '),
  ].map((w) => foldLetters(w.toLowerCase())),
)

// Each nationality word with the words of its countries' names: كوري → كوريا، Korean → Korea.
const COUNTRY_WORDS_OF = new Map<string, string[]>()
for (const country of COUNTRIES) {
  const names = [...country.ar, ...country.en].flatMap((name) => name.split(' ')).map((w) => foldLetters(w.toLowerCase()))
  for (const adjective of country.adjectives) {
    for (const word of adjective.split(' ')) {
      const key = foldLetters(word.toLowerCase())
      // Only the name the adjective is made from: كوري → كوريا, not الجنوبية; Korean → Korea.
      const own = names.filter((name) => name.replace(/^\u0627\u0644/, '').slice(0, 3) === key.slice(0, 3))
      COUNTRY_WORDS_OF.set(key, [...(COUNTRY_WORDS_OF.get(key) ?? []), ...own])
    }
  }
}

function affiliationStem(w: string): string | null {
  for (const s of stemsOf(w, true)) {
    if (AFFILIATIONS.has(s)) return s
    if (AFFILIATIONS.has(s + '\u064A')) return s + '\u064A' // كورية → كوري
  }
  return null
}

/** True for a folded word that names a nationality, bloc or direction (روسي، الكورية، Western). */
export function isAffiliation(w: string): boolean {
  return affiliationStem(w) !== null
}

/**
 * True when the nationality or direction `w` belongs to the question's own group: it, or the name
 * of its country, describes the group (`كوري` for «جنديًا كوريًا شماليًا», `Korean` for "North Korea").
 */
export function isOwnAffiliation(w: string, groups: CountedGroups): boolean {
  if (sharesStem(w, groups.own)) return true
  const stem = affiliationStem(w)
  return stem !== null && (COUNTRY_WORDS_OF.get(stem) ?? []).some((name) => sharesStem(name, groups.own))
}

const familyOf = (word: string) => [...stemsOf(word)].find((s) => s.startsWith('#'))!
// Families of words that frame a number rather than name what it counts: additional (إضافي، more,
// كمان) and total (المجموع، إجمالًا، in all).
const FRAMING_FAMILIES = [familyOf('additional'), familyOf('total')]

/**
 * The framing family of a folded word (`إضافي`, `another`, `more`, `كمان`; `بالمجموع`, `إجمالًا`,
 * `in all`), or undefined: a frame for a group the article describes so, a claim about another
 * group otherwise.
 */
function framingFamily(w: string): string | undefined {
  const stems = stemsOf(w, true)
  return FRAMING_FAMILIES.find((f) => stems.has(f))
}

/** True for a folded word that frames a number as additional or as a total (`إضافي`, `more`, `بالمجموع`, `in all`). */
export const isFramingWord = (w: string) => framingFamily(w) !== undefined

/**
 * True when `w`, a word that frames a number (`إضافي`, `more`, `بالمجموع`), says the answer is of
 * another group: the article describes another group so (`6000 جندي إضافي`), not the question's.
 */
export function framesAnotherGroup(w: string, groups: CountedGroups): boolean {
  const family = framingFamily(w)
  return family !== undefined && groups.others.has(family) && !groups.own.has(family)
}

/** True when the nationality or direction `w` is one of a source the question cites (`الغربية` for «بحسب التقارير الغربية»). */
export function isSourceAffiliation(w: string, groups: CountedGroups): boolean {
  return affiliationStems(w).some((stem) => groups.sources.has(stem))
}

/** Every nationality or direction a folded word may be (كورية → كوريه and كوري). */
function affiliationStems(w: string): string[] {
  const out: string[] = []
  for (const s of stemsOf(w, true)) {
    if (AFFILIATIONS.has(s)) out.push(s)
    if (AFFILIATIONS.has(s + '\u064A')) out.push(s + '\u064A')
  }
  return out
}

const fold = (w: string) => foldLetters(w.toLowerCase())

// Every name of a country and of its capital, as folded words (`كوريا الشمالية`, `بيونغ يانغ`, `North Korea`).
const COUNTRY_NAMES: readonly { words: readonly string[]; country: Country }[] = COUNTRIES.flatMap((country) =>
  [...country.ar, ...country.en, ...(country.capital?.ar ?? []), ...(country.capital?.en ?? [])].map((name) => ({ words: name.split(' ').map(fold), country })),
).sort((a, b) => b.words.length - a.words.length)
const COUNTRY_NAME_WORDS: ReadonlySet<string> = new Set(COUNTRY_NAMES.flatMap((n) => n.words))
// The names by their first word, longest first.
const NAMES_BY_HEAD = new Map<string, (typeof COUNTRY_NAMES)[number][]>()
for (const name of COUNTRY_NAMES) NAMES_BY_HEAD.set(name.words[0]!, [...(NAMES_BY_HEAD.get(name.words[0]!) ?? []), name])
// A preposition a country name may carry written onto it: لروسيا (to Russia). Not بـ: بروسيا is in Russia.
const NAME_CLITICS = ['\u0644']
const SOURCE_PREPOSITIONS: ReadonlySet<string> = new Set(['من', 'from'].map(fold))
// Where a group goes or whom it serves: إلى روسيا، لصالح روسيا، to Russia, for Russia. Not في / in:
// where a group is is a claim of its own («6000 جندي في روسيا بالفعل»: only some of them are).
const DESTINATION_PREPOSITIONS: ReadonlySet<string> = new Set(['إلى', 'لصالح', 'to', 'for'].map(fold))

type CountryAt = { country: Country; end: number; clitic: boolean }

/** The name of a country or its capital starting at token `i` (`كوريا الشمالية`, `لروسيا`, `Pyongyang`), or null. */
function countryAt(T: Token[], i: number): CountryAt | null {
  const first = T[i]
  if (first?.t !== 'word') return null
  const clitic = NAME_CLITICS.includes(first.w[0]!) && !NAMES_BY_HEAD.has(first.w)
  for (const { words, country } of NAMES_BY_HEAD.get(clitic ? first.w.slice(1) : first.w) ?? []) {
    if (words.every((w, k) => k === 0 || (T[i + k]?.t === 'word' && (T[i + k] as { w: string }).w === w))) return { country, end: i + words.length, clitic }
  }
  return null
}

const isPrepositionToken = (tok: Token | undefined) => tok?.t === 'word' && (STOPS.has(tok.w) || tok.w === fold('لصالح'))

/**
 * The country a question's people come from when its own words name no nationality: the country
 * the texts name after `من`/`from`, else the one they name as a subject (not after a preposition:
 * `تخطط كوريا الشمالية لإرسال`, `does Pyongyang plan to send`); null when none or several.
 */
function homeCountry(texts: readonly string[]): Country | null {
  const sources = new Set<Country>()
  const subjects = new Set<Country>()
  for (const text of texts) {
    const T = tokenize(text)
    for (let i = 0; i < T.length; i++) {
      const at = countryAt(T, i)
      if (at === null) continue
      const before = T[i - 1]
      if (before?.t === 'word' && SOURCE_PREPOSITIONS.has(before.w)) sources.add(at.country)
      else if (!at.clitic && !isPrepositionToken(before)) subjects.add(at.country)
      i = at.end - 1
    }
  }
  const candidates = sources.size > 0 ? sources : subjects
  return candidates.size === 1 ? [...candidates][0]! : null
}

// «حسب»، «بحسب»، «وفقًا»، "according": the words after them name a source.
const ATTRIBUTION = [...stemsOf('according')].find((s) => s.startsWith('#'))!

/** True for a folded word that cites a source (`حسب`, `بحسب`, `وفقًا`, `according`). */
export const isAttribution = (w: string) => stemsOf(w, true).has(ATTRIBUTION)

/** The affiliations within five words after a citation in `texts`: the sources' (`الكورية الجنوبية`, `Western`). */
function sourceAffiliations(texts: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (const text of texts) {
    const T = tokenize(text)
    for (let i = 0; i < T.length; i++) {
      const tok = T[i]!
      if (tok.t !== 'word' || !isAttribution(tok.w)) continue
      for (let j = i + 1; j < Math.min(T.length, i + 6); j++) {
        const next = T[j]!
        if (next.t !== 'word') break
        for (const stem of affiliationStems(next.w)) out.add(stem)
      }
    }
  }
  return out
}

const adjectiveWords = (country: Country) => country.adjectives.map((adjective) => adjective.split(' ').map(fold))

/** True when every word of one of `country`'s adjectives passes `test` (`كوري شمالي`, `North Korean`). */
const someAdjective = (country: Country, test: (w: string) => boolean) => adjectiveWords(country).some((words) => words.every(test))

export type PlaceRead = { end: number; as: 'question' | 'other group' }

/**
 * A country named after a preposition in an answer (`إلى روسيا`, `لروسيا`, `لصالح روسيا`, `to
 * Russia`, `من كوريا الشمالية`, `from North Korea`): a place, not the group's nationality. After
 * `من`/`from` it says where the group comes from: right for the group's own country, another group
 * otherwise. After `إلى`, `لـ`, `لصالح`, `to`, `for` it is where the group goes or whom it serves: right for a
 * country the question's texts mention that is neither the group's own nor a cited source's
 * (`لصالح كوريا الجنوبية` is another claim); after a citation (`cited`), only the source's
 * country (according to South Korea; not according to Russia). Null when no country is named there, or the texts do not mention it (then its
 * words are read one by one).
 */
export function readPlace(T: Token[], i: number, groups: CountedGroups, context: readonly string[] | undefined, cited = false): PlaceRead | null {
  const at = countryAt(T, i)
  if (at === null) return null
  const before = T[i - 1]
  const source = !at.clitic && before?.t === 'word' && SOURCE_PREPOSITIONS.has(before.w)
  if (!source && !at.clitic && !(before?.t === 'word' && DESTINATION_PREPOSITIONS.has(before.w))) return null
  const own = someAdjective(at.country, (w) => isOwnAffiliation(w, groups))
  if (source) return { end: at.end, as: own ? 'question' : 'other group' }
  if (own) return { end: at.end, as: 'other group' } // sent to their own country: another claim
  if (context === undefined) return null
  const known = contextStems(context)
  const mentioned =
    someAdjective(at.country, (w) => sharesStem(w, known)) ||
    [...at.country.ar, ...at.country.en].some((name) => name.split(' ').every((w) => sharesStem(fold(w), known)))
  if (!mentioned) return null
  // A cited source's country is another claim, except after حسب / according to (according to South Korea).
  const citedSource = someAdjective(at.country, (w) => isSourceAffiliation(w, groups))
  return { end: at.end, as: citedSource === cited ? 'question' : 'other group' }
}

const ARTICLES = ['وال', 'بال', 'فال', 'لل', 'ال'].map(fold)
const WEAK_LETTERS = /[\u0627\u0648\u064A\u0621\u0626\u0624\u0649]/g

/**
 * The consonants of an Arabic noun (folded), without its article, accusative alef, ta marbuta and
 * long vowels, which its broken plural changes: صوتًا and أصوات → صت, جندي and جنود → جند, قتيل
 * and قتلى → قتل, شهر and أشهر → شهر. Null for a word in Latin script or of fewer than two
 * consonants. Only the nouns one article counts are compared (a counted noun after a number in
 * another form), never a student's word with any noun: different nouns may share consonants.
 */
export function nounSkeleton(w: string): string | null {
  if (w === '' || LATIN_WORD.test(w)) return null
  let b = w
  for (const a of ARTICLES) {
    if (b.length - a.length >= 3 && b.startsWith(a)) {
      b = b.slice(a.length)
      break
    }
  }
  if (b.length >= 4 && b.endsWith('\u0627')) b = b.slice(0, -1)
  if (b.length >= 4 && b.endsWith('\u0647')) b = b.slice(0, -1)
  const skeleton = b.replace(WEAK_LETTERS, '')
  return skeleton.length >= 2 ? skeleton : null
}

/**
 * True when `words`, the words an answer names of other groups, are the parts of the key, all of
 * them (`بناء`, `إزالة ألغام` for 1000 + 5000 = 6000 workers): the whole group, not another.
 */
export function namesAllParts(words: readonly string[], groups: CountedGroups): boolean {
  return groups.parts.some(
    (parts) => parts.every((part) => part.size > 0 && words.some((w) => sharesStem(w, part))) && words.every((w) => parts.some((part) => sharesStem(w, part))),
  )
}

/** True for a folded preposition or conjunction, which starts another part of a sentence. */
export const isStopWord = (w: string) => STOPS.has(w)

/** A folded word in Latin script (an English word, in a quiz's English texts or a student's answer). */
export const LATIN_WORD = /^[a-z]/

type Phrase = { words: string[]; people: (string | null)[] }

/** True for a plain word at `i` that ends a description: a stop, a mark or the end of the text follows it. */
function endsDescription(T: Token[], i: number): boolean {
  const tok = T[i]
  if (tok?.t !== 'word' || tok.e !== null || STOPS.has(tok.w) || isFrameWord(tok.w)) return false
  const next = T[i + 1]
  return next === undefined || next.t === 'sym' || (next.t === 'word' && STOPS.has(next.w))
}

/** The description that follows token `i`: up to five words, until a stop, a symbol or a number. */
function phraseAt(T: Token[], i: number): Phrase {
  const phrase: Phrase = { words: [], people: [] }
  for (let j = i; j < T.length && phrase.words.length < PHRASE_WORDS; j++) {
    const tok = T[j]!
    if (tok.t !== 'word') break
    const e = tok.e
    if (e?.k === 'noun') {
      if (e.unit === 'person') phrase.people.push(e.people ?? null)
      phrase.words.push(tok.w)
      continue
    }
    // "700 staff and volunteers": a second noun joined to the first, where the description ends.
    if (e?.k === 'and' && phrase.words.length > 0 && endsDescription(T, j + 1)) {
      phrase.words.push((T[j + 1] as { w: string }).w)
      break
    }
    if (e !== null && e.k !== 'adj' && e.k !== 'hedge') break
    if (STOPS.has(tok.w)) break
    // A frame word describes no group, except one that says the group is additional or a total.
    if (e?.k === 'hedge' || (isFrameWord(tok.w) && !isFramingWord(tok.w))) continue
    phrase.words.push(tok.w)
  }
  return phrase
}

// Words that single out a part of a group: what follows describes the part, not the whole.
const PARTITIVES: ReadonlySet<string> = new Set(['بعضهم', 'بعضها', 'منهم', 'منها', 'بينهم', 'بينها', 'whom', 'including'].map((w) => foldLetters(w)))
const isPartitive = (tok: Token) => tok.t === 'word' && (PARTITIVES.has(tok.w) || (tok.w.startsWith('\u0648') && PARTITIVES.has(tok.w.slice(1))))

const OF = foldLetters('of')
// A number set against the one before it, whose noun it shares: «14 مريضًا … مقابل 29», "14 patients … against 29".
const CONTRAST: ReadonlySet<string> = new Set(['مقابل', 'ومقابل', 'against', 'versus', 'vs'].map(foldLetters))
const PARTITIVE_OF: ReadonlySet<string> = new Set(['من', 'of'].map(foldLetters))

// Nouns of people the unit words do not list (they count no unit of their own), and words that
// stand for a noun said before (`54 آخرون`, `two others`): after a count's key they say its number
// may count people. Anything else there is a thing the question counts (`tigers`, `عربات`).
const PEOPLE_WORDS: ReadonlySet<string> = new Set(
  (
    'مريض مرضى راكب ركاب متطوع متطوعين متطوعون ناخب ناخبين ناخبون لاعب لاعبين لاعبون طبيب اطباء ممرض ممرضين ممرضات ' +
    'معلم معلمين معلمون مدرس مدرسين سائح سياح لاجئ لاجئين لاجئون مهاجر مهاجرين مهاجرون زائر زوار متفرج متفرجين مشجع مشجعين ' +
    'ساكن سكان مقيم مقيمين بالغ بالغين قتيل قتلى جريح جرحى مصاب مصابين مصابون ضحيه ضحايا مفقود مفقودين معتقل معتقلين سجين سجناء ' +
    'اخر اخرين اخرون هم منهم ' +
    'patient patients passenger passengers volunteer volunteers voter voters player players doctor doctors nurse nurses teacher teachers ' +
    'tourist tourists refugee refugees migrant migrants visitor visitors spectator spectators fan fans resident residents inhabitants ' +
    'adult adults staff employee employees member members dead killed injured wounded victim victims missing casualties prisoner prisoners ' +
    'other others them'
  )
    .split(' ')
    .map(foldLetters),
)
const namesPeople = (w: string) => PEOPLE_WORDS.has(w) || (w.startsWith('\u0627\u0644') && PEOPLE_WORDS.has(w.slice(2)))
const WHICH = foldLetters('which')
const isOfWhich = (T: Token[], i: number) => {
  const [of, which] = [T[i - 1], T[i]]
  return of?.t === 'word' && of.w === OF && which?.t === 'word' && which.w === WHICH
}

type Described = {
  key: Phrase[]
  prompt: Phrase[]
  others: Phrase[]
  sums: { v: number; phrase: Phrase }[][]
  /** The plain words right before the key, and before the other numbers (`wordsBefore`). */
  before: string[]
  beforeOthers: string[]
  /** The words of the complement after the key (`for the course record`), which are not another group's. */
  keyComplement: string[]
}

// Prepositions that start a number's complement: what it is for, where, about whom (not من / of: منهم, of whom).
const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['في', 'على', 'عن', 'مع', 'لصالح', 'for', 'in', 'on', 'at', 'with'].map(foldLetters))

/**
 * Up to two plain words of the complement after the number ending at `end` and its noun
 * (`40,000 euros for the victory`: victory; `1000 جندي في كورسك`: كورسك), or none.
 */
function complementAfter(T: Token[], end: number): string[] {
  let j = end
  while (j < T.length && T[j]!.t === 'word' && !STOPS.has((T[j] as { w: string }).w) && j - end < PHRASE_WORDS) j++
  const preposition = T[j]
  if (preposition?.t !== 'word' || !COMPLEMENT_PREPOSITIONS.has(preposition.w)) return []
  const out: string[] = []
  for (let k = j + 1; k < T.length && out.length < 2; k++) {
    const tok = T[k]!
    if (tok.t !== 'word' || STOPS.has(tok.w)) break
    if (tok.e !== null || isFrameWord(tok.w)) {
      if (tok.e?.k === 'a' || isFrameWord(tok.w)) continue
      break
    }
    out.push(tok.w)
  }
  return out
}

/**
 * The word a preposition puts right before the number at `i`, where or when it holds (`في المملكة
 * 91 في المئة`, `in Spain 4 people`), as a list of at most one word; never a verb that may govern
 * the key too (`جهزت 680 مركزًا … و350 فريقًا`).
 */
function placeBefore(T: Token[], i: number): string[] {
  let j = i - 1
  while (j >= 0 && T[j]!.t === 'word' && (T[j] as { e: { k: string } | null }).e?.k === 'hedge') j--
  const word = T[j]
  const preposition = T[j - 1]
  if (word?.t !== 'word' || word.e !== null || STOPS.has(word.w) || isFrameWord(word.w)) return []
  return preposition?.t === 'word' && STOPS.has(preposition.w) ? [word.w] : []
}

/**
 * Up to two plain words right before the number at `i` (`قُتل نحو 2000`: قتل; `في المملكة 91`:
 * المملكة), over hedges and framing words, until a preposition, a mark or another number.
 */
function wordsBefore(T: Token[], i: number): string[] {
  const out: string[] = []
  for (let j = i - 1; j >= 0 && out.length < 2; j--) {
    const tok = T[j]!
    if (tok.t !== 'word' || STOPS.has(tok.w)) break
    if (tok.e?.k === 'hedge' || (tok.e === null && isFrameWord(tok.w))) continue
    // The quote's own "at least" / "at most" (`killing at least 12`) stands between the verb and the key.
    const at = T[j - 1]
    if ((tok.w === 'least' || tok.w === 'most') && at?.t === 'word' && at.w === 'at') {
      j--
      continue
    }
    if (tok.e !== null) break
    out.push(tok.w)
  }
  return out
}

/**
 * The noun before a number word written with the article (tokens `i` to `end`) and nothing after it but a mark or the
 * end: «عند اكتمال مساراته الستة» counts مسارات, as «مساراته الستة» is «ستة مسارات». Null otherwise.
 */
function nounBeforeDefiniteNumber(T: Token[], i: number, end: number): Phrase | null {
  const number = T[i]
  const noun = T[i - 1]
  const next = T[end]
  if (end !== i + 1 || number?.t !== 'word' || !number.w.startsWith('ال') || (next !== undefined && next.t !== 'sym')) return null
  if (noun?.t !== 'word' || noun.e !== null || STOPS.has(noun.w) || isFrameWord(noun.w) || LATIN_WORD.test(noun.w)) return null
  return { words: [noun.w], people: [null] }
}

/** The phrases after the key number, after `كم`/`how many`, and after every other number, in `texts`. */
function describe(question: Extract<Question, { type: 'numeric' }>): Described {
  const { prompt, explanation, evidence, answer } = question
  const out: Described = { key: [], prompt: [], others: [], sums: [], before: [], beforeOthers: [], keyComplement: [] }
  for (const text of [prompt.ar, prompt.en]) {
    if (text === undefined) continue
    const T = tokenize(text)
    for (let i = 0; i < T.length; i++) {
      const match = HOW_MANY.find((p) =>
        p.every((w, k) => {
          const tok = T[i + k]
          return tok?.t === 'word' && tok.w === w
        }),
      )
      if (match) out.prompt.push(phraseAt(T, i + match.length))
    }
  }
  // A prompt that hides the article's other numbers behind an ellipsis (a fill-in prompt: «في
  // المملكة … العام الماضي، بينما توصي … بنسبة لا تقل عن ____»): the words on either side of it
  // describe what it hides.
  // An ellipsis at either end of a quoted passage only leaves text out.
  for (const text of [prompt.ar, prompt.en]) {
    const parts = text?.split(ELLIPSIS) ?? []
    for (let k = 1; k < parts.length; k++) {
      const [before, after] = [parts[k - 1]!.trimEnd(), parts[k]!.trimStart()]
      if (before === '' || after === '' || OPENING_QUOTE.test(before) || CLOSING_QUOTE.test(after)) continue
      const left = tokenize(before)
      out.beforeOthers.push(...placeBefore(left, left.length))
      // A noun right after it says what it counts (`… مركزًا صحيًا`); after a hidden name a
      // sentence goes on (`… أن الوزارة جهزت`), which describes no number.
      const right = tokenize(after)
      const first = right[0]
      if (first?.t === 'word' && !STOPS.has(first.w) && !isFrameWord(first.w)) out.others.push(phraseAt(right, 0))
    }
  }
  for (const text of [explanation.ar, explanation.en, evidence.quote]) {
    if (text === undefined) continue
    const T = tokenize(text)
    const numbers: { v: number; phrase: Phrase }[] = []
    let previous: Phrase | null = null
    for (let i = 0; i < T.length; ) {
      const r = readNumber(T, i)
      if (r === null) {
        // «وبعضهم موجود بالفعل», "some of whom are already": a part of a group, another group.
        // "half of which is propellant": of which, a part too.
        if (isPartitive(T[i]!) || isOfWhich(T, i)) out.others.push(phraseAt(T, i + 1))
        i++
        continue
      }
      const phrase = phraseAt(T, r.end)
      if (Math.abs(r.v - answer.value) <= answer.tolerance + 1e-9) {
        // «ثلاث من عرباته الست», "three of its six carriages": the key counts what follows من / of.
        const of = T[r.end]
        const before = T[i - 1]
        out.key.push(
          phrase.words.length > 0
            ? phrase
            : of?.t === 'word' && PARTITIVE_OF.has(of.w)
              ? phraseAt(T, r.end + 1)
              : // "14 patients on the weekly shot against 29 on daily insulin": the noun said once for both.
                before?.t === 'word' && CONTRAST.has(before.w) && previous !== null
                ? previous
                : // «مساراته الستة», «أبناؤه الثلاثة»: a number word with the article after its noun, as its adjective.
                  (nounBeforeDefiniteNumber(T, i, r.end) ?? phrase),
        )
        // «5942 مرشحًا، بينهم 1600 امرأة», "1,800 adults, including 700 women": the key counts a part of
        // the group before it, which it is too (1600 مرشحة).
        let j = i - 1
        while (j >= 0 && T[j]!.t === 'word' && (T[j] as { e: { k: string } | null }).e?.k === 'hedge') j--
        if (previous !== null && previous.words.length > 0 && j >= 0 && isPartitive(T[j]!)) out.key.push(previous)
        out.keyComplement.push(...complementAfter(T, r.end))
        // The verb that governs the key («killing four people», «قُتل نحو 2000 جندي»)
        out.before.push(...wordsBefore(T, i))
      } else {
        out.others.push(phrase)
        // What the text says just before another number is said of it («في المملكة 91 في المئة»).
        out.beforeOthers.push(...placeBefore(T, i), ...complementAfter(T, r.end))
        numbers.push({ v: r.v, phrase })
      }
      previous = phrase
      i = r.end
    }
    // The text's other numbers add up to the key: they are its parts.
    const sum = numbers.reduce((total, n) => total + n.v, 0)
    if (numbers.length >= 2 && Math.abs(sum - answer.value) <= answer.tolerance + 1e-9) out.sums.push(numbers)
  }
  return out
}

function addStems(words: readonly string[], into: Set<string>): void {
  // A unit of several words is one token (درجة مئوية): each of its words describes the group.
  for (const w of words) for (const part of w.split(' ')) for (const s of stemsOf(part)) into.add(s)
}

const cache = new WeakMap<Question, WeakMap<readonly Question[], CountedGroups>>()
const ownCache = new WeakMap<Question, Described>()
const described = (q: Extract<Question, { type: 'numeric' }>) => {
  let d = ownCache.get(q)
  if (!d) ownCache.set(q, (d = describe(q)))
  return d
}

/**
 * The groups of a numeric question among the questions of its quiz (`quiz` may be empty: then
 * only the question's own texts say what other groups there are). Computed once per pair.
 */
export function countedGroups(question: Extract<Question, { type: 'numeric' }>, quiz: readonly Question[] = []): CountedGroups {
  let byQuiz = cache.get(question)
  if (!byQuiz) cache.set(question, (byQuiz = new WeakMap()))
  const hit = byQuiz.get(quiz)
  if (hit) return hit
  const mine = described(question)
  const own = new Set<string>()
  const shallow = new Set<string>()
  const deepCandidates = new Set<string>()
  const people = new Set<string>()
  for (const phrase of [...mine.key, ...mine.prompt]) {
    addStems(phrase.words, own)
    for (const p of phrase.people) if (p !== null) people.add(p)
  }
  // An Arabic phrase is a noun, a first modifier, then complements (`عامل إزالة ألغام`; after كم /
  // how many too: `عاملًا لإزالة الألغام`). An English one ends on its noun, after the nouns that
  // modify it (`city waste collectors`), and stops before a complement (`of`): none of it is deep.
  for (const phrase of [...mine.key, ...mine.prompt]) {
    const english = LATIN_WORD.test(phrase.words[0] ?? '')
    addStems(english ? phrase.words : phrase.words.slice(0, 2), shallow)
    if (!english && mine.key.includes(phrase)) addStems(phrase.words.slice(2), deepCandidates)
  }
  // Other groups are what the texts write after numbers (noun phrases); a prompt's words after
  // كم / how many may run on into its verb, so they only ever describe the question's own group.
  const otherPhrases: Phrase[] = [...mine.others]
  for (const other of quiz) {
    if (other === question || other.type !== 'numeric') continue
    otherPhrases.push(...described(other).key)
  }
  // The counted noun in another form (`27,905 أصوات` beside `38,417 صوتًا`): the same noun, so the
  // question's own, in every form the article writes it.
  const nouns = new Set<string>()
  for (const phrase of mine.key) {
    const skeleton = nounSkeleton(phrase.words[0] ?? '')
    if (skeleton !== null) nouns.add(skeleton)
  }
  for (const phrase of otherPhrases) {
    const noun = phrase.words[0]
    const skeleton = noun === undefined ? null : nounSkeleton(noun)
    if (skeleton !== null && nouns.has(skeleton)) for (const stem of stemsOf(noun!, true)) own.add(stem)
  }
  const otherWords = otherPhrases.flatMap((p) => p.words)
  const others = new Set<string>()
  for (const w of otherWords) if (!sharesStem(w, own) && !isAffiliation(w) && (!isFrameWord(w) || isFramingWord(w))) addStems([w], others)
  // Words before another number, not before the key: their stems only (a family would take in too much).
  const keyBefore = new Set([...mine.before, ...mine.keyComplement].flatMap((w) => [...stemsOf(w)]))
  for (const w of mine.beforeOthers) {
    if (sharesStem(w, own) || sharesStem(w, keyBefore) || isAffiliation(w) || isFramingWord(w)) continue
    for (const stem of stemsOf(w)) if (!stem.startsWith('#')) others.add(stem)
  }
  const deep = new Set([...deepCandidates].filter((s) => !shallow.has(s)))
  const texts = [question.prompt.ar, question.prompt.en, question.explanation.ar, question.explanation.en, question.evidence.quote].filter(
    (t): t is string => t !== undefined,
  )
  // No nationality in the group's own words (`6000 جندي إضافي`): the country that sends them is its own.
  const ownPhrases = [...mine.key, ...mine.prompt]
  if (!ownPhrases.some((p) => p.words.some((w) => isAffiliation(w) && !COUNTRY_NAME_WORDS.has(w)))) {
    const home = homeCountry(texts)
    if (home !== null) for (const words of adjectiveWords(home)) addStems(words, own)
  }
  const parts = mine.sums.map((numbers) =>
    numbers.map(({ phrase }) => {
      const stems = new Set<string>()
      for (const w of phrase.words) if (!sharesStem(w, own) && !isFrameWord(w)) addStems([w], stems)
      return stems
    }),
  )
  const governing = new Set([...mine.before.flatMap((w) => [...stemsOf(w)])].filter((stem) => stem.startsWith('#')))
  const complement = new Set(mine.keyComplement.flatMap((w) => [...stemsOf(w)].filter((stem) => !stem.startsWith('#'))))
  // A count whose key names something, and nothing of people (no noun of people, no word the
  // article may say of people): a count of things.
  const counted = [...mine.key, ...mine.prompt].filter((p) => p.words.length > 0)
  const things =
    question.answer.unit === 'count' &&
    counted.length > 0 &&
    counted.every((p) => p.people.length === 0 && !p.words.some((w) => namesPeople(w) || isFrameWord(w) || isAffiliation(w)))
  const groups: CountedGroups = { own, others, deep, governing, complement, people, sources: sourceAffiliations(texts), parts, things }
  byQuiz.set(quiz, groups)
  return groups
}
