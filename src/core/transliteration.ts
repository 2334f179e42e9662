/**
 * A name written in the other script: `Putin` for «بوتين», `Zelensky` for «زيلينسكي», «بوتين» for
 * "Putin". One general letter map, not a list of names: each Arabic letter and the Latin letters
 * it is usually written with (ب b/p, و u/o/ou/w/v, ي i/e/y/ee, ق q/k/g …), and the short vowels
 * Arabic leaves unwritten as Latin vowels between its letters.
 *
 * Unwritten vowels are what lets two names meet (حمص, Homs, has the letters of "Hamas", whose
 * Arabic is حماس), so they are rationed: at most one between two letters, none before the first
 * or after the last, and no more than (letters − 1) / 2 in a word, rounded down (one in a word of
 * four letters, two in one of five or six). Both words must have four letters or more
 * (Kim, Xi, كيم are left to the accepted answers). Places are matched by their table
 * (`places.ts`), never here. The words are as `normalizeText` writes them (أ إ آ → ا, ى → ي,
 * ة → ه; Latin in lower case without accents).
 */

const VOWELS = 'aeiou'
const isConsonant = (c: string | undefined) => c !== undefined && !VOWELS.includes(c) && c !== 'y'
const LATIN = /^[a-z]+$/
const ARABIC = /^[\u0621-\u064A\u067E\u0686\u06A4\u06AF]+$/
const MIN_ARABIC = 5
const MIN_LATIN = 4

// The Latin spellings of each Arabic letter. Long vowels and ء may be written as nothing where
// English writes no letter for them (أوكرانيا's first alef).
const LETTERS: Record<string, readonly string[]> = {
  ا: ['a', 'aa'],
  ب: ['b', 'p'],
  پ: ['p'],
  ت: ['t'],
  ث: ['th', 's', 't'],
  ج: ['j', 'g', 'dj', 'zh'],
  چ: ['ch', 'tch'],
  ح: ['h'],
  خ: ['kh', 'h', 'ch', 'x'],
  د: ['d'],
  ذ: ['dh', 'z', 'th', 'd'],
  ر: ['r'],
  ز: ['z', 's'],
  س: ['s', 'c'],
  ش: ['sh', 'ch', 'sch', 'x', 'sz'],
  ص: ['s'],
  ض: ['d', 'dh'],
  ط: ['t'],
  ظ: ['z', 'dh'],
  ع: ['', 'a'],
  غ: ['gh', 'g'],
  ف: ['f', 'ph', 'v'],
  ڤ: ['v'],
  ق: ['q', 'k', 'g', 'c'],
  ك: ['k', 'c', 'ck', 'ch', 'q'],
  گ: ['g'],
  ل: ['l'],
  م: ['m'],
  ن: ['n'],
  ه: ['h'],
  و: ['u', 'o', 'ou', 'oo', 'w', 'v'],
  ي: ['i', 'e', 'y', 'ee', 'ie', 'ei', 'ai', 'ay', 'ey'],
  ء: [''],
  ئ: ['', 'i', 'y', 'e'],
  ؤ: ['', 'u', 'o'],
}
// At a word's start an alef or ain carries any vowel, or none that English writes (أون: Un).
const FIRST: Record<string, readonly string[]> = { ا: ['', 'a', 'e', 'i', 'o', 'u'], ع: ['a', 'e', 'i', 'o', 'u'] }
// At its end ه is often a vowel (ة folded to ه: فاطمه, Fatima).
const LAST: Record<string, readonly string[]> = { ه: ['h', 'a', 'e', 'ah', ''] }
// Two Arabic letters written as one sound: كس x (ألكسندر, Alexander), تس z (ميرتس, Merz), اي a
// diphthong (بايدن, Biden).
const PAIRS: Record<string, readonly string[]> = { كس: ['x'], تس: ['z', 'tz'], اي: ['i', 'y'] }

/**
 * True when the Arabic word `arabic` and the Latin word `latin` can be one name, by the letter
 * map above; false for any two words not one in each script, or shorter than four letters.
 */
export function sameNameAcrossScripts(arabic: string, latin: string): boolean {
  if (!ARABIC.test(arabic) || !LATIN.test(latin) || arabic.length < MIN_ARABIC || latin.length < MIN_LATIN) return false
  const n = arabic.length
  const budget = Math.floor((n - 1) / 2)
  // reached[i][j] = the fewest unwritten vowels with which arabic[0, i) spells latin[0, j).
  const reached: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(latin.length + 1).fill(Number.POSITIVE_INFINITY))
  reached[0]![0] = 0
  const reach = (i: number, j: number, used: number) => {
    if (used <= budget && used < reached[i]![j]!) reached[i]![j] = used
  }
  // Arabic letters [i, next) spelled by latin[j, single): the doubled consonant, then an
  // unwritten vowel before the next letter.
  const step = (i: number, next: number, j: number, s: string, used: number) => {
    if (!latin.startsWith(s, j)) return
    const single = j + s.length
    // A doubled consonant (a shadda Arabic does not write): «أحمد» as "Ahmmed", «محمد» as "Mohammed".
    const doubled = s.length === 1 && !VOWELS.includes(s) && latin[single] === s
    for (const end of doubled ? [single, single + 1] : [single]) {
      reach(next, end, used)
      const after = latin[end]
      if (next < n && after !== undefined && VOWELS.includes(after) && end > 0 && !VOWELS.includes(latin[end - 1]!)) reach(next, end + 1, used + 1)
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= latin.length; j++) {
      const used = reached[i]![j]!
      if (used > budget) continue
      const letter = arabic[i]!
      const spellings = (i === 0 ? FIRST[letter] : undefined) ?? (i === n - 1 ? LAST[letter] : undefined) ?? LETTERS[letter] ?? []
      for (const s of spellings) step(i, i + 1, j, s, used)
      // English u before two consonants sounds as the Arabic alef writes it: ترامب Trump, ماسك Musk.
      if (letter === 'ا' && i > 0 && latin[j] === 'u' && isConsonant(latin[j + 1]) && isConsonant(latin[j + 2])) step(i, i + 1, j, 'u', used)
      for (const s of PAIRS[arabic.slice(i, i + 2)] ?? []) step(i, i + 2, j, s, used)
    }
  }
  return reached[n]![latin.length]! <= budget
}
