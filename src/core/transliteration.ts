/**
 * A name written in the other script: `Putin` for «بوتين», `Zelensky` for «زيلينسكي», «بوتين» for
 * "Putin". One general letter map, not a list of names: each Arabic letter and the Latin letters
 * it is usually written with (ب b/p, و u/o/ou/w/v, ي i/e/y/ee, ق q/k/g …), and the short vowels
 * Arabic leaves unwritten as Latin vowels between its letters.
 *
 * An unwritten vowel is one Latin vowel, or in a long name the French ou (Joumana: جمانة).
 * Unwritten vowels are what lets two names meet (حمص, Homs, has the letters of "Hamas", whose
 * Arabic is حماس), so they are rationed: at most one between two letters, none before the first
 * or after the last, and no more than (letters − 1) / 2 in a word, rounded down (one in a word of
 * four letters, two in one of five or six). Both words must have four letters or more
 * (Kim, Xi, كيم are left to the accepted answers), or three beside a long one (`short`). Places are matched by their table
 * (`places.ts`), never here. The words are as `normalizeText` writes them (أ إ آ → ا, ى → ي,
 * ة → ه; Latin in lower case without accents).
 */

const VOWELS = 'aeiou'
const isConsonant = (c: string | undefined) => c !== undefined && !VOWELS.includes(c) && c !== 'y'
// Latin letters, and the digits Arabizi writes for ح (7) and ع (3): A7mad, 3ali.
const LATIN = /^(?=[37]*[a-z])[a-z37]+$/
const ARABIC = /^[\u0621-\u064A\u0686\u06AD\u06AF]+$/
const MIN_ARABIC = 5
const MIN_LATIN = 4
/** A short word (معز, Moez; رشيد, Rachid) is a name in the other script only beside a long one that is (`sameNameAcrossScripts`' `short`). */
const MIN_SHORT = 3
/** A name of at most this many Arabic letters is short: every vowel between its letters may be unwritten. */
const MAX_SHORT = 4
/** No word shorter than this is a name in the other script. */
export const MIN_NAME_LETTERS = Math.min(MIN_ARABIC, MIN_LATIN)

// The Latin spellings of each Arabic letter. Long vowels and ء may be written as nothing where
// English writes no letter for them (أوكرانيا's first alef).
const LETTERS: Record<string, readonly string[]> = {
  ا: ['a', 'aa'],
  ب: ['b', 'p'],
  // th: an aspirated or foreign t (Thomas: توماس, Anitha: أنيتا, Thailand: تايلاند)
  ت: ['t', 'th'],
  ث: ['th', 's', 't'],
  ج: ['j', 'g', 'dj', 'zh'],
  چ: ['ch', 'tch'],
  ح: ['h', '7'],
  خ: ['kh', 'ch', 'x'],
  د: ['d'],
  ذ: ['dh', 'z', 'th', 'd'],
  ر: ['r'],
  ز: ['z', 's'],
  // ss: one س between vowels, written so that it is no z (Hassan: حسن, Moussa: موسى, Bassem: باسم)
  س: ['s', 'c', 'ss'],
  ش: ['sh', 'ch', 'sch', 'x', 'sz'],
  ص: ['s', 'ss'],
  ض: ['d', 'dh'],
  ط: ['t'],
  // th: ظ said as ذ, as the Gulf and Iraq say it (Thafer: ظافر, Thaher: ظاهر)
  ظ: ['z', 'dh', 'th'],
  ع: ['', 'a', 'e', '3'],
  غ: ['gh', 'g'],
  ف: ['f', 'ph', 'v'],
  // gu: a g before e or i in French spellings (Bouguerra: بوقرة), its u silent
  ق: ['q', 'k', 'g', 'c', 'gu'],
  ك: ['k', 'c', 'ck', 'ch', 'q'],
  گ: ['g'],
  ڭ: ['g'],
  ل: ['l'],
  م: ['m'],
  ن: ['n'],
  ه: ['h'],
  و: ['u', 'o', 'ou', 'oo', 'w', 'v'],
  ي: ['i', 'e', 'y', 'ee', 'ie', 'ei', 'ai', 'ay', 'ey'],
  // ى, kept at the end of an accepted name (`text-match.ts`): an a (سلمى Salma, مصطفى Mustafa, منى Mona)
  ى: ['a', 'aa', 'ah', 'i', 'e', 'y'],
  ء: [''],
  ئ: ['', 'i', 'y', 'e'],
  ؤ: ['', 'u', 'o'],
}
// At a word's start an alef or ain carries any vowel, or none that English writes (أون: Un).
const FIRST: Record<string, readonly string[]> = { ا: ['', 'a', 'e', 'i', 'o', 'u'], ع: ['a', 'e', 'i', 'o', 'u', '3'] }
// In a short name, whose unwritten vowels are many, the letters Latin could skip or blur are written:
// its first alef with a vowel (أحمد is Ahmad, never Hamad), a ي inside as i (سمير is Samir; Samer is سامر).
const SHORT_FIRST: Record<string, readonly string[]> = { ا: ['a', 'e', 'i', 'o', 'u'] }
const SHORT_INSIDE: Record<string, readonly string[]> = { ي: ['i', 'y', 'ee', 'ie', 'ei', 'ai', 'ay', 'ey'] }
// At its end ه is often a vowel (ة folded to ه: فاطمه, Fatima), unwritten only as a feminine nisba's (البلوشيه, Al
// Balushi): Fatim is no فاطمة, Karim no كريمة.
const LAST: Record<string, readonly string[]> = { ه: ['h', 'a', 'e', 'ah'] }
const LAST_AFTER_YEH: Record<string, readonly string[]> = { ه: ['h', 'a', 'e', 'ah', ''] }
// Two Arabic letters written as one sound: كس x (ألكسندر, Alexander), تس z (ميرتس, Merz), اي a
// diphthong (بايدن, Biden), او English's ow and ou (داولينغ, Dowling; براون, Brown; ماونت, Mount).
const PAIRS: Record<string, readonly string[]> = { كس: ['x'], تس: ['z', 'tz'], اي: ['i', 'y'], او: ['ow', 'ou'] }
// Where a pair may not be written with its one Latin letter: the diphthong اي at a word's end, where a
// final i or y is the long i Arabic writes with ي alone (Ghali, Ghaly: غالي; «الغلاي» is Ghalay, Ghallay,
// Ghalai), as it is in every name that ends so (Ali, Fahmy, Bayoumi). Inside a word it stays: Biden, Tyson.
const NOT_LAST_PAIRS: ReadonlySet<string> = new Set(['اي'])

/**
 * True when the Arabic word `arabic` and the Latin word `latin` can be one name, by the letter
 * map above; false for any two words not one in each script, or shorter than four letters.
 * `short`: words of three letters or more in each script (معز, Moez) — for a first name beside a
 * surname that matches on its own (`text-match.ts`), or a short name alone with `alone`
 * (`sameShortNameAcrossScripts`), where a name of three letters has no doubled consonant.
 */
export function sameNameAcrossScripts(arabic: string, latin: string, short = false, alone: Alone = false): boolean {
  const [minArabic, minLatin] = short ? [MIN_SHORT, MIN_SHORT] : [MIN_ARABIC, MIN_LATIN]
  if (!ARABIC.test(arabic) || !LATIN.test(latin) || arabic.length < minArabic || latin.length < minLatin) return false
  const n = arabic.length
  // Cheap refusals first: a Latin word that cannot start as the Arabic one, or of another length.
  if (latin.length > 3 * n || 2 * latin.length < n) return false
  const first = FIRST[arabic[0]!] ?? LETTERS[arabic[0]!] ?? []
  if (!first.some((s) => latin.startsWith(s)) && !(PAIRS[arabic.slice(0, 2)] ?? []).some((s) => latin.startsWith(s))) return false
  if (n === 3 && arabic[1] === AIN && VOWEL_U_THEN_A.test(latin)) return false
  // A short name whose only long ا is its last letter (رنا Rana) reads as strictly beside a surname as alone: Rania
  // Al-Khouri is رانيا's name, never «رنا الخوري».
  if (short && n <= MAX_SHORT && arabic.indexOf(ALEF, 1) === n - 1) return finalLongA(arabic, latin)
  // And the other way: a name of four letters with ع and a long ا after its first (سعاد, fu'al) writes a u or o before
  // its ع; a Latin name the three letters without the ا read (Saad, with a before its ع: سعد) is theirs, never it.
  if (short && n === MAX_SHORT && arabic[1] === AIN && arabic[2] === ALEF && sameNameAcrossScripts(arabic[0] + AIN + arabic[3], latin, true, true)) return false
  const key = `${arabic} ${latin}${alone === false ? '' : alone === true ? ' 1' : ' 2'}`
  let same = decided.get(key)
  if (same === undefined) {
    if (decided.size >= 5000) decided.clear()
    same = spells(arabic, latin, alone)
    decided.set(key, same)
  }
  return same
}

const AIN = '\u0639'
// A name of three letters with ع between them (سعد Saad, رعد Raad) has a before its ع, the fatha of its pattern (fa'l): a
// u or o there, with the ع written a, is a name with a long ا after the ع (Suad, Souad, Soad: سعاد), never it. Moez (معز,
// Mu'izz) writes its ع e, and stays.
const VOWEL_U_THEN_A = /^[^aeiou]+(?:u|o|ou)a/

// Pairs of words decided: a quiz's accepted names meet the same answers again and again.
const decided = new Map<string, boolean>()
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c)

/** The letter map's search: can `arabic` spell `latin`, with few enough unwritten vowels? */
/**
 * How a short name stands: `false` in a longer name, `true` alone, `'beside'` beside another short name of
 * the same person (`Yahya Haqqi`), where a name of three letters may double a letter only right before its
 * next written one (حقي: Haqqi; عمر is still never Ammar, whose a after the shadda Arabic would write).
 */
export type Alone = boolean | 'beside'

function spells(arabic: string, latin: string, alone: Alone): boolean {
  const n = arabic.length
  const m = latin.length
  const width = m + 1
  // A short name (فهد Fahad, محمد Muhammad) may leave out every vowel between its letters.
  const budget = n <= MAX_SHORT ? n - 1 : Math.floor((n - 1) / 2)
  // reached[i * width + j]: the fewest unwritten vowels with which arabic[0, i) spells latin[0, j); budget + 1 when none.
  const reached = new Int8Array((n + 1) * width).fill(budget + 1)
  reached[0] = 0
  const reach = (i: number, j: number, used: number) => {
    if (used < reached[i * width + j]!) reached[i * width + j] = used
  }
  // Arabic letters [i, next) spelled by latin[j, …) as `s`; then a doubled consonant (a shadda
  // Arabic does not write: «محمد» as "Mohammed"), and an unwritten vowel before the next letter.
  const step = (next: number, j: number, s: string, used: number) => {
    if (!latin.startsWith(s, j)) return
    let end = j + s.length
    // Not in a name of three letters alone, whose shadda comes with a long vowel Arabic writes (عمّار
    // Ammar; عمر alone is never Ammar), and beside another short name only right before the next written
    // letter (Haqqi: حقي). Beside a long surname, Hassan stays حسن as the news writes it.
    const three = alone !== false && n === 3
    const doubled = !(three && (alone === true || next === n)) && s.length === 1 && !isVowel(s) && latin[end] === s
    for (let k = doubled ? 2 : 1; k > 0; k--, end++) {
      reach(next, end, used)
      if (three && doubled && k === 1) continue
      // An unwritten vowel follows a consonant, or the French ou that writes و as a consonant, w (Ouazzani: وزاني, El
      // Ouafi: الوافي), as gu writes a g.
      const consonantal = s === 'gu' || (s === 'ou' && arabic[next - 1] === WAW && arabic[next - 2] !== ALEF)
      if (next < n && used < budget && end > 0 && isVowel(latin[end]) && (!isVowel(latin[end - 1]) || consonantal)) {
        reach(next, end + 1, used + 1)
        // The French ou of a short u (Joumana: جمانة); in a short name, whose vowels are all unwritten, only
        // right after its first letter of four (Mounir: منير, Bouchra: بشرى, Mouhamed: محمد), never before its last,
        // where it would make و of nothing (Mahmoud is محمود, never محمد), nor in a name of three (Souad is سعاد, no سعد).
        if ((n > MAX_SHORT || (n === MAX_SHORT && next === 1)) && latin.startsWith('ou', end)) reach(next, end + 2, used + 1)
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const letter = arabic[i]!
    const spellings =
      (n <= MAX_SHORT ? (i === 0 ? SHORT_FIRST[letter] : i < n - 1 ? SHORT_INSIDE[letter] : undefined) : undefined) ??
      (i === 0 ? FIRST[letter] : undefined) ??
      (i === n - 1 ? (arabic[i - 1] === YEH ? LAST_AFTER_YEH : LAST)[letter] : undefined) ??
      LETTERS[letter] ??
      []
    const pair = i + 1 < n ? PAIRS[letter + arabic[i + 1]] : undefined
    for (let j = 0; j <= m; j++) {
      const used = reached[i * width + j]!
      if (used > budget) continue
      for (const s of spellings) step(i + 1, j, s, used)
      // English u before two consonants sounds as the Arabic alef writes it: ترامب Trump, ماسك Musk.
      if (letter === 'ا' && i > 0 && latin[j] === 'u' && isConsonant(latin[j + 1]) && isConsonant(latin[j + 2])) step(i + 1, j, 'u', used)
      if (pair !== undefined && !(i + 2 === n && NOT_LAST_PAIRS.has(letter + arabic[i + 1]))) for (const s of pair) step(i + 2, j, s, used)
    }
  }
  // A silent final e after a consonant, as English and French names end (Doyle: دويل, Price: برايس, Nadine: نادين).
  const silentE = m > 3 && latin[m - 1] === 'e' && isConsonant(latin[m - 2]) && reached[n * width + m - 1]! < budget
  return reached[n * width + m]! <= budget || silentE
}

const ALEF = '\u0627'

/**
 * A short name alone in the other script: an Arabic word of three or four letters (فهد, أحمد, محمد,
 * حسين; a surname without its article: شمري for الشمري) and a Latin word that writes more letters than
 * it — a vowel Arabic leaves unwritten, or a letter written with two (Fahad, Fahd, Ahmed, Muhammad,
 * Hussein, Shammari; not Anzi for عنزي, nor Amr for عمر, which is عمرو). A name with a long ا inside, which
 * Latin writes as it writes a short vowel Arabic leaves out (عمار and عمر are both Omar), only where no such
 * vowel reads it (`distinctLongA`: Chabbi for شابي).
 */
export function sameShortNameAcrossScripts(arabic: string, latin: string, besideAnother = false): boolean {
  if (!ARABIC.test(arabic) || arabic.length < MIN_SHORT || arabic.length > MAX_SHORT || latin.length < arabic.length) return false
  if (arabic.indexOf(ALEF, 1) === arabic.length - 1) return finalLongA(arabic, latin)
  if (latin.length === arabic.length) return false
  if (arabic.includes(ALEF, 1)) return distinctLongA(arabic, latin, besideAnother)
  return sameNameAcrossScripts(arabic, latin, true, besideAnother ? 'beside' : true)
}

/**
 * A short name whose only long ا is its last letter (رنا Rana, لينا Lina, رشا Rasha): Latin writes that ا as its final a,
 * right after the letter before it, so the name without it spells the Latin without its a, with no vowel between
 * (Rania is رانيا, never رنا; Dana is دانا, never دينا). A vowel the name leaves unwritten is the a of such names (its
 * fatha: a or e), never an i, o or u no ي or و writes (Rina is رينا, Sina سينا: neither is رنا, سنا).
 */
function finalLongA(arabic: string, latin: string): boolean {
  // not aa: Sanaa is سناء
  const stem = latin.endsWith('a') && !latin.endsWith('aa') ? latin.slice(0, -1) : null
  if (stem === null || stem === '' || isVowel(stem[stem.length - 1]) || !LATIN.test(stem)) return false
  const letters = arabic.slice(0, -1)
  if ((/[ou]/.test(stem) && !letters.includes(WAW)) || (stem.includes('i') && !letters.includes(YEH))) return false
  return spells(letters, stem, true)
}

const WAW = '\u0648'
const YEH = '\u064A'

/**
 * A name of four letters with a long ا inside (شابي, the surname of «لسعد الشابي») in the other script: only
 * when Latin writes it so that no name with a short vowel there reads the same — the name without its ا
 * (Chabbi: شبي alone has no doubled letter; Omar is عمر too, so it is never عمار). Alone, also not the name
 * with ع in its place, which Latin writes as a vowel too: Chabbi may be الشعبي, so it is right only
 * `besideAnother` short name of the same person that matches as strictly (Lassaad Chabbi), which says whose
 * name it is.
 */
function distinctLongA(arabic: string, latin: string, besideAnother: boolean): boolean {
  const at = arabic.indexOf(ALEF, 1)
  if (arabic.length !== MAX_SHORT || at === arabic.length - 1 || arabic.indexOf(ALEF, at + 1) >= 0) return false
  if (!sameNameAcrossScripts(arabic, latin, true, true)) return false
  const others = [arabic.slice(0, at) + arabic.slice(at + 1), ...(besideAnother ? [] : [arabic.slice(0, at) + AIN + arabic.slice(at + 1)])]
  return others.every((other) => !sameNameAcrossScripts(other, latin, true, true))
}
