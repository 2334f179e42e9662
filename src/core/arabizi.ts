/**
 * Arabizi ("Franco"): Arabic typed in Latin letters, with digits for the letters Latin lacks (2 ء or Egyptian ق,
 * 3 ع, 5 خ, 7 ح). Young readers answer an Arabic quiz that way (`sa7`, `la2`, `msh sa7`, `3ashara`, `150 da2i2a`,
 * `sa3tein w nos`). The digits are what makes it hard: `3ashara` is ten, but `3 ayam` is three days and `150 da2i2a`
 * 150 minutes. So only whole words of a closed lexicon are read, each as the Arabic word it spells (the graders then
 * read that word as they read Arabic); a digit alone or a word the lexicon does not hold is left as typed, so a digit
 * is a letter only inside a known word and never turns a figure into another. Names are left as typed (the text
 * matcher reads Latin names and Arabizi 7 and 3 in them, `transliteration.ts`).
 */

// Each Arabic word and the Arabizi spellings readers type for it (lower case).
const SPELLINGS: readonly (readonly [arabic: string, latin: readonly string[]])[] = [
  // Yes, no, true, false, don't know.
  ['صح', ['sa7', 'sah7']],
  ['صحيح', ['sa7i7', 'sa7ee7', 'sa7ii7', 'sahi7']],
  ['أيوه', ['aywa', 'aiwa', 'aywah', 'aiwah', 'aywaa']],
  ['أكيد', ['akeed', 'akid', 'akiid']],
  ['مظبوط', ['mazboot', 'mazbout', 'mazbut', 'mazboota']],
  ['آه', ['ah', 'aah']],
  // Moroccan and Algerian yes, as Maghrebi readers abroad type it (`wah sa7`).
  ['واه', ['wah', 'waah']],
  ['إيه', ['eh', 'ee', 'eeh', 'ih']],
  ['لا', ['la2', 'la', 'la2a', 'laa', 'la2aa']],
  ['مش', ['msh', 'mesh', 'mish', 'mush', 'mosh']],
  ['غلط', ['ghalat', 'ghalat', '8alat', 'ghalta']],
  ['والله', ['wallah', 'wallahi', 'walla']],
  ['عارف', ['3aref', '3arif']],
  ['عارفة', ['3arfa', '3arfeh']],
  ['بعرف', ['ba3ref', 'ba3raf', 'ba3rif']],
  ['ما', ['ma']],
  ['حوالي', ['7awali', '7awaly', 'ta2riban']],
  ['كان', ['kan', 'kanet']],
  ['في', ['fi', 'fe', 'fel']],
  ['يوم', ['yom', 'youm']],
  // Number words (Egyptian and Levantine).
  ['واحد', ['wa7ad', 'wa7ed', 'wa7id']],
  ['واحدة', ['wa7da', 'wa7dah', 'wa7de']],
  ['تلاتة', ['talata', 'tlata', 'talate', 'tlate']],
  ['تلات', ['talat', 'tlat']],
  ['أربعة', ['arba3a', 'arb3a', 'arba3ah']],
  ['أربع', ['arba3', 'arb3']],
  ['خمسة', ['khamsa', '5amsa', 'khamse', '5amse']],
  ['ستة', ['sitta', 'setta', 'sette']],
  ['سبعة', ['sab3a', 'sab3ah', 'sab3et']],
  ['سبع', ['sab3']],
  ['تمانية', ['tamanya', 'tamanyeh', 'tmanye']],
  ['تسعة', ['tes3a', 'tis3a', 'tes3ah']],
  ['تسع', ['tes3', 'tis3']],
  ['عشرة', ['3ashara', '3ashra', '3ashar', '3ashrah', '3ashre']],
  ['حداشر', ['7edashar', '7ed3ashar', '7da3sh']],
  ['خمستاشر', ['khamastashar', '5amastashar', 'khamstash']],
  ['عشرين', ['3eshrin', '3eshreen', '3ishreen', '3ishrin']],
  ['تلاتين', ['talatin', 'talateen', 'tlatin', 'tlateen']],
  ['أربعين', ['arb3in', 'arb3een', 'arba3in', 'arba3een']],
  ['خمسين', ['khamsin', 'khamseen', '5amsin', '5amseen']],
  ['سبعين', ['sab3in', 'sab3een']],
  ['مية', ['mie', 'miyye', 'miya', 'meya', 'mit', 'mia', 'miyya']],
  ['ألف', ['alf']],
  ['مليون', ['milyon', 'malyoon', 'malyon', 'million', 'milyoon']],
  ['نص', ['nos', 'nus', 'noss', 'nuss']],
  ['ربع', ['rob3', 'rub3', 'ro3b']],
  // Units.
  ['دقيقة', ['da2i2a', 'de2i2a', 'di2i2a', 'd2i2a']],
  ['دقايق', ['da2aye2', 'da2ayi2', 'de2aye2', 'da2ay2']],
  ['ساعة', ['sa3a', 'sa3ah']],
  ['ساعات', ['sa3at']],
  ['ساعتين', ['sa3tein', 'sa3teen', 'sa3tain', 'sa3ten']],
  ['سنة', ['sana', 'sane']],
  ['سنين', ['snin', 'sneen', 'senin']],
  ['سنوات', ['sanawat', 'sanawaat']],
  ['سنتين', ['sanateen', 'santein']],
  ['شهور', ['shohor', 'shhor', 'shuhur', 'ashhor']],
  ['أيام', ['ayam', 'iyyam', 'ayyam']],
  ['جنيه', ['geneh', 'gneh', 'genih', 'gineh', 'ginih', 'gnih', 'genéh']],
  ['قرش', ['2irsh', '2ersh']],
  ['دينار', ['dinar']],
  ['مصري', ['masry', 'masri']],
  ['أردني', ['ordoni', 'urduni', 'ordni']],
  ['دينارين', ['dinareen', 'dinarein']],
  ['راكب', ['rakeb', 'rakib']],
  ['قطر', ['2atr']],
  ['قطارات', ['2atrat', 'atrat', '2otorat']],
  ['حافلة', ['7afle', '7afla', '7aflah']],
  ['محطات', ['ma7attat', 'ma7atat']],
  ['مهندس', ['mohandes', 'mhandes', 'mohandis']],
  // Weekdays and months, after el (el 7ad, el talata).
  ['أحد', ['7ad']],
  ['اتنين', ['etnein', 'itnein', 'tnein', 'etnen']],
  ['خميس', ['khamis', '5amis', 'khamees']],
  ['جمعة', ['gom3a', 'jum3a', 'jom3a']],
  ['سبت', ['sabt']],
  ['آذار', ['adar', 'azar']],
  ['نيسان', ['nisan', 'neesan']],
  ['أيلول', ['aylool', 'aylul']],
]

const ARABIC = new Map<string, string>(SPELLINGS.flatMap(([arabic, latin]) => latin.map((word) => [word, arabic] as const)))

// Words whose meaning the word after el or before them changes.
const AFTER_EL: Readonly<Record<string, string>> = { تلاتة: 'الثلاثاء', تلات: 'الثلاثاء', أربعة: 'الأربعاء', أربع: 'الأربعاء' }
// «في المية» (per cent): `fel meya`, `fi el miya`, `bel miya`.
const PER_CENT = /\b(?:fel|fil|fi el|fi al|bel|bil)[ -](?:meya|miya|mia|miyya|miyye|mieh)\b/giu

const TOKEN = /[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu
const LATIN_LETTER = /[a-z]/iu

/**
 * The verdict words of the lexicon that no English or French reader types as a word of their own, and so are read in a
 * verdict whatever the quiz's language: heritage speakers abroad answer an English quiz in them (`sa7`, `la2`, `mish
 * sa7`, `akid`, `mazbout`). Not `ah`, `eh`, `ee` (an English sound, a Canadian's "eh?"), `la`, `laa` (French "là", "la
 * la"), `ma`, `wah` (English cries) nor any number or unit word (`alf`, `million`, `dinar`, `mia` are English too).
 */
const VERDICT_SPELLINGS: ReadonlySet<string> = new Set(
  SPELLINGS.filter(([arabic]) => ['صح', 'صحيح', 'أيوه', 'أكيد', 'مظبوط', 'لا', 'مش', 'غلط', 'والله'].includes(arabic)).flatMap(([, latin]) =>
    latin.filter((word) => word !== 'la' && word !== 'laa'),
  ),
)

/**
 * `la`, `laa`: French «là», "la la" alone, but a Lebanese no beside an Arabizi verdict word (`sa7 la`, `aywa wala la`); `eh`,
 * `eeh`, `ee`: an English sound alone (a Canadian's "eh?"), but a Levantine yes, «إيه», beside one (`eh sa7`, `eh akid`).
 */
const NO_BESIDE_VERDICT: ReadonlySet<string> = new Set(['la', 'laa', 'eh', 'eeh', 'ee'])

/**
 * The answer with its Arabizi verdict words (`VERDICT_SPELLINGS`) written in Arabic, whole words only; the rest as typed.
 * Where the answer holds one, it is Arabizi, and `la`, `laa` beside it are its «لا» (`sa7 la` says true and no), `eh` its
 * «إيه» (`eh sa7`).
 */
export function readArabiziVerdict(answer: string): string {
  if (!LATIN_LETTER.test(answer)) return answer
  const tokens = answer.match(TOKEN) ?? []
  const arabizi = tokens.some((token) => VERDICT_SPELLINGS.has(token.toLowerCase()))
  const read = (word: string) => VERDICT_SPELLINGS.has(word) || (arabizi && NO_BESIDE_VERDICT.has(word))
  return tokens.map((token) => (read(token.toLowerCase()) ? ARABIC.get(token.toLowerCase())! : token)).join('')
}

// The lexicon's words written with a digit for a letter (`arba3`, `sa3at`, `da2i2a`, `7awali`): no English or French word is.
const DIGIT_LETTER = /\d/u
const WITH_DIGIT_LETTER: ReadonlySet<string> = new Set(SPELLINGS.flatMap(([, latin]) => latin.filter((word) => DIGIT_LETTER.test(word) && /\p{L}/u.test(word))))

/**
 * True when the answer holds an Arabizi word written with a digit for a letter (`arba3 sa3at`, `7awali 4 hours`): an answer
 * in Arabizi whatever the quiz's language, read as an Arabic quiz reads it. Words of the lexicon in letters only (`alf`,
 * `mia`, `million`, `dinar`, `la`, `eh`) are English or French too, and decide nothing.
 */
export function holdsArabiziDigitWord(answer: string): boolean {
  if (!LATIN_LETTER.test(answer)) return false
  return (answer.match(TOKEN) ?? []).some((token) => WITH_DIGIT_LETTER.has(token.toLowerCase()))
}

/**
 * The answer with its Arabizi words written in Arabic: only words of the lexicon, whole; `w` before a word read joins
 * it as «و», `el` before one as «ال». Anything else, digits alone among it, is left as typed.
 */
export function readArabizi(answer: string): string {
  if (!LATIN_LETTER.test(answer)) return answer
  const tokens = answer.replace(PER_CENT, ' في المية ').match(TOKEN) ?? []
  const out: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    const lower = token.toLowerCase()
    const next = tokens[i + 2] === undefined ? undefined : ARABIC.get(tokens[i + 2]!.toLowerCase())
    if ((lower === 'w' || lower === 'wi' || lower === 'we') && next !== undefined && /^\s+$/u.test(tokens[i + 1]!)) {
      out.push(`و${next}`)
      i += 2
      continue
    }
    if ((lower === 'el' || lower === 'al' || lower === 'il') && next !== undefined && /^\s+$/u.test(tokens[i + 1]!)) {
      out.push(AFTER_EL[next] ?? `ال${next}`)
      i += 2
      continue
    }
    out.push(ARABIC.get(lower) ?? token)
  }
  return out.join('')
}
