/**
 * Arabic in a scholar's or a textbook's romanization, as learners of Arabic at English-speaking universities write it: the
 * library's and the journals' letters (ALA-LC, IJMES, DIN 31635: `ṣaḥīḥ`, `khaṭaʾ`, `naʿam`, `thamāniya wa-arbaʿūn alf`,
 * `sāʿa wa-niṣf`, `15 fī l-miʾa`, `2 Aghusṭus 2025`) or their plain ASCII (`sahih`, `khata'`, `na'am`, `tis'un daqiqa`,
 * `320 yuro`). Unlike Arabizi (`arabizi.ts`), it writes Modern Standard Arabic, with its case endings at times
 * (`thamāniyata wa-arbaʿīna alfan`), ʿ and ʾ (or an apostrophe) for ع and ء, macrons for the long vowels and dots under
 * the emphatic letters. As with Arabizi, only whole words of a closed lexicon are read, each as the Arabic word it
 * spells; anything else, a figure among it, is left as typed. The graders then read that Arabic as they read Arabic.
 * Names are left to the text matcher (`transliteration.ts`), which reads Latin names.
 */

// Each Arabic word and its romanizations, in the library's letters (ʿ for ع, ʾ for ء, macrons, dots under). Each is
// also read in the ASCII learners type (ʿ and ʾ as an apostrophe or left out, long vowels doubled or plain, a final -ah).
const SPELLINGS: readonly (readonly [arabic: string, romanized: readonly string[]])[] = [
  // Verdicts, and the words around them.
  ['صحيح', ['ṣaḥīḥ', 'ṣaḥīḥun']],
  ['صحيحة', ['ṣaḥīḥa']],
  ['صحيحا', ['ṣaḥīḥan']],
  ['خطأ', ['khaṭaʾ', 'khaṭaʾun', 'khaṭaʾan', 'khaṭāʾ']],
  ['خاطئ', ['khāṭiʾ']],
  ['خاطئة', ['khāṭiʾa']],
  ['صواب', ['ṣawāb']],
  ['نعم', ['naʿam']],
  ['غير', ['ghayr', 'ghayru']],
  ['ليس', ['laysa']],
  ['ليست', ['laysat']],
  ['أعرف', ['aʿrif', 'aʿrifu']],
  ['أدري', ['adrī']],
  ['أعلم', ['aʿlam', 'aʿlamu']],
  ['متأكد', ['mutaʾakkid']],
  ['أو', ['aw']],
  ['لا', ['lā']],
  ['العبارة', ['al-ʿibāra']],
  // Number words, with the construct's and the accusative's endings learners write.
  ['واحد', ['wāḥid']],
  ['واحدة', ['wāḥida']],
  ['اثنان', ['ithnān', 'ithnāni']],
  ['اثنين', ['ithnayn', 'ithnayni']],
  ['اثنتان', ['ithnatān']],
  ['اثنتين', ['ithnatayn']],
  ['اثنا', ['ithnā']],
  ['اثنتا', ['ithnatā']],
  ['اثني', ['ithnay']],
  ['اثنتي', ['ithnatay']],
  ['ثلاثة', ['thalātha', 'thalāthata']],
  ['ثلاث', ['thalāth']],
  ['أربعة', ['arbaʿa', 'arbaʿata']],
  ['أربع', ['arbaʿ']],
  ['خمسة', ['khamsa', 'khamsata']],
  ['خمس', ['khams']],
  ['ستة', ['sitta', 'sittata']],
  ['ست', ['sitt']],
  ['سبعة', ['sabʿa', 'sabʿata']],
  ['سبع', ['sabʿ']],
  ['ثمانية', ['thamāniya', 'thamāniyata']],
  ['ثماني', ['thamānī']],
  ['تسعة', ['tisʿa', 'tisʿata']],
  ['تسع', ['tisʿ']],
  ['عشرة', ['ʿashara', 'ʿashrata', 'ʿasharata']],
  ['عشر', ['ʿashar', 'ʿashr']],
  ['عشرون', ['ʿishrūn', 'ʿishrūna']],
  ['عشرين', ['ʿishrīn', 'ʿishrīna']],
  ['ثلاثون', ['thalāthūn', 'thalāthūna']],
  ['ثلاثين', ['thalāthīn', 'thalāthīna']],
  ['أربعون', ['arbaʿūn', 'arbaʿūna']],
  ['أربعين', ['arbaʿīn', 'arbaʿīna']],
  ['خمسون', ['khamsūn', 'khamsūna']],
  ['خمسين', ['khamsīn', 'khamsīna']],
  ['ستون', ['sittūn', 'sittūna']],
  ['ستين', ['sittīn', 'sittīna']],
  ['سبعون', ['sabʿūn', 'sabʿūna']],
  ['سبعين', ['sabʿīn', 'sabʿīna']],
  ['ثمانون', ['thamānūn', 'thamānūna']],
  ['ثمانين', ['thamānīn', 'thamānīna']],
  ['تسعون', ['tisʿūn', 'tisʿūna']],
  ['تسعين', ['tisʿīn', 'tisʿīna']],
  ['مئة', ['miʾa', 'miʾat', 'miʾatu', 'miʾata', 'miʾah']],
  ['مئتان', ['miʾatān']],
  ['مئتا', ['miʾatā']],
  ['مئتين', ['miʾatayn']],
  ['مئتي', ['miʾatay']],
  ['ثلاثمئة', ['thalāthumiʾa', 'thalāthumiʾat', 'thalāthmiʾa']],
  ['أربعمئة', ['arbaʿumiʾa', 'arbaʿmiʾa']],
  ['خمسمئة', ['khamsumiʾa', 'khamsmiʾa']],
  ['ستمئة', ['sittumiʾa', 'sittmiʾa']],
  ['سبعمئة', ['sabʿumiʾa', 'sabʿmiʾa']],
  ['ثمانمئة', ['thamānimiʾa', 'thamānumiʾa']],
  ['تسعمئة', ['tisʿumiʾa', 'tisʿmiʾa']],
  ['ألف', ['alf', 'alfu', 'alfan', 'alfin']],
  ['ألفان', ['alfān']],
  ['ألفين', ['alfayn']],
  ['آلاف', ['ālāf']],
  ['مليون', ['milyūn', 'milyūnan', 'malyūn']],
  ['ملايين', ['malāyīn', 'milāyīn']],
  ['مليار', ['milyār']],
  ['نصف', ['niṣf', 'niṣfu']],
  ['ربع', ['rubʿ', 'rubʿu']],
  ['ثلث', ['thulth']],
  // Units and counted things.
  ['دقيقة', ['daqīqa', 'daqīqatan', 'daqīqatun']],
  ['دقائق', ['daqāʾiq']],
  ['دقيقتين', ['daqīqatayn']],
  ['ساعة', ['sāʿa', 'sāʿatan', 'sāʿatun']],
  ['ساعات', ['sāʿāt']],
  ['ساعتان', ['sāʿatān']],
  ['ساعتين', ['sāʿatayn']],
  ['يوم', ['yawm', 'yawman']],
  ['يومين', ['yawmayn']],
  ['أيام', ['ayyām']],
  ['أسبوع', ['usbūʿ']],
  ['يوميا', ['yawmiyyan']],
  ['أسبوعيا', ['usbūʿiyyan']],
  ['شهريا', ['shahriyyan']],
  ['سنويا', ['sanawiyyan']],
  ['شهر', ['shahr']],
  ['سنة', ['sana']],
  ['عام', ['ʿām']],
  ['يورو', ['yūrū', 'yuro', 'yoro']],
  ['دولار', ['dūlār', 'dular']],
  ['دولارات', ['dūlārāt']],
  ['درهم', ['dirham']],
  ['باخرة', ['bākhira']],
  ['بواخر', ['bawākhir']],
  ['سيارة', ['sayyāra']],
  ['مسافر', ['musāfir']],
  ['شخص', ['shakhṣ']],
  ['أشخاص', ['ashkhāṣ']],
  ['معلم', ['muʿallim']],
  ['مرة', ['marra']],
  ['مرات', ['marrāt']],
  ['في', ['fī']],
  ['من', ['min']],
  ['المئة', ['al-miʾa']],
  ['أكثر', ['akthar']],
  ['أقل', ['aqall']],
  ['قبل', ['qabl', 'qabla']],
  ['بعد', ['baʿd', 'baʿda']],
  ['حوالي', ['ḥawālī']],
  ['تقريبا', ['taqrīban']],
  // Weekdays and months (the Levant's and the Gregorian names as Arabic writes them).
  ['السبت', ['al-sabt', 'as-sabt']],
  ['الأحد', ['al-aḥad']],
  ['الاثنين', ['al-ithnayn']],
  ['الثلاثاء', ['al-thulāthāʾ', 'ath-thulāthāʾ']],
  ['الأربعاء', ['al-arbiʿāʾ']],
  ['الخميس', ['al-khamīs']],
  ['الجمعة', ['al-jumʿa']],
  ['يناير', ['yanāyir']],
  ['فبراير', ['fibrāyir', 'fabrāyir']],
  ['مارس', ['māris']],
  ['أبريل', ['abrīl', 'ibrīl']],
  ['مايو', ['māyū']],
  ['يونيو', ['yūniyū', 'yūnyū']],
  ['يوليو', ['yūliyū', 'yūlyū']],
  ['أغسطس', ['aghusṭus', 'ughusṭus', 'aghusṭūs', 'ughusṭūs']],
  ['سبتمبر', ['sibtambir', 'sabtambar', 'sibtambar', 'sibtimbir', 'sabtambir']],
  ['أكتوبر', ['uktūbar', 'ūktūbar', 'aktūbar', 'uktūbir']],
  ['نوفمبر', ['nūfambar', 'nūfimbir', 'nufambir']],
  ['ديسمبر', ['dīsambar', 'disambar', 'dīsimbir']],
  ['تموز', ['tammūz']],
  ['أيلول', ['aylūl']],
  ['تشرين', ['tishrīn']],
]

// The library's letters written plain: a macron or a dot under a letter dropped (NFD), the letters with a sign for a
// digraph (š ḫ ġ ṯ ḏ ǧ) as their digraphs, ʿ, ʾ and the apostrophes that write them as one mark ('); a long vowel typed
// doubled or as ee, oo read as one; ALA-LC's final -ah as -a. A word so folded is the lexicon's key. ʿ and ʾ are kept as a
// mark, so `sāʿa` (sa'a) never reads as a word of letters only (`sat`, `min` are English).
const AYN_HAMZA = /[ʿʾʻʼ'’‘`]/gu
const COMBINING = /\p{M}/gu
const DIGRAPHS: Readonly<Record<string, string>> = { š: 'sh', ḫ: 'kh', ẖ: 'kh', ḵ: 'kh', ġ: 'gh', ḡ: 'gh', ṯ: 'th', ḏ: 'dh', ǧ: 'j', ğ: 'gh' }
const DIGRAPH_LETTER = /[šḫẖḵġḡṯḏǧğ]/gu

function fold(word: string): string {
  return exact(word)
    .replace(DIGRAPH_LETTER, (c) => DIGRAPHS[c]!)
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/ee/gu, 'i')
    .replace(/oo/gu, 'u')
    .replace(/([aiu])\1+/gu, '$1')
    .replace(/ah$/u, 'a')
}

// The word as the library writes it: lower case, its macrons and dots kept, ʿ and ʾ as one mark.
function exact(word: string): string {
  return word.toLowerCase().normalize('NFC').replace(AYN_HAMZA, "'")
}

// The article as the lexicon writes it before a word (`al-sabt`, `as-sabt`, `ath-thulāthāʾ`).
const LEXICON_ARTICLE = /^a(?:l|[tdsznr]|sh|th|dh)-/u
// Each word as the library writes it, and folded; a folded spelling two words share (`alfan`: alfan, a thousand, and
// alfān, two thousand; `sa'atan`, `mi'ata`) is read only as the library writes it, with a macron, a dot under, ʿ or ʾ.
const EXACT = new Map<string, string>()
const FOLDED = new Map<string, string | null>()
for (const [arabic, romanized] of SPELLINGS) {
  for (const word of romanized) {
    const article = LEXICON_ARTICLE.test(word) ? 'al ' : ''
    const bare = word.replace(LEXICON_ARTICLE, '')
    EXACT.set(article + exact(bare), arabic)
    const key = fold(bare)
    // A final ʾ or ʿ left out in ASCII (`khata` for khaṭaʾ), not from a short word (`rub` is English, not rubʿ)
    for (const k of key.endsWith("'") && key.length > 4 ? [key, key.slice(0, -1)] : [key]) {
      const seen = FOLDED.get(article + k)
      FOLDED.set(article + k, seen === undefined || seen === arabic ? arabic : null)
    }
  }
}
// `scholarly`: the answer is written in the library's letters (a macron, a dot under, ʿ or ʾ somewhere in it), so a word
// without them is as the library writes it too (`thamāniyata wa-arbaʿīna alfan`: alfan, a thousand).
const lookup = (token: string, scholarly: boolean, withArticle = false): string | undefined => {
  const prefix = withArticle ? 'al ' : ''
  return (scholarly ? EXACT.get(prefix + exact(token)) : undefined) ?? FOLDED.get(prefix + fold(token)) ?? undefined
}

// Words of the lexicon that are English or French too (`min` a minute, `aw` a cry, `la`), read only beside another word
// read, or written with the library's letters (`lā`).
const ONLY_BESIDE_ANOTHER: ReadonlySet<string> = new Set(['min', 'aw', 'la'])

// The words an English or French reader never types as words of their own, verdicts and the Gregorian months as Arabic
// writes them (`sahih`, `khata'`, `na'am`, `Sibtambir`; not `maris`, `abril`, `mayu`, names and Spanish): an answer holding
// one is romanized Arabic in any quiz.
const UNMISTAKABLE: ReadonlySet<string> = new Set([
  ...['sahih', 'sahiha', 'sahihan', "khata'", 'khata', "khati'", "khati'a", 'sawab', "na'am", 'ghayr'],
  ...['yanayir', 'fibrayir', 'fabrayir', 'yuniyu', 'yunyu', 'yuliyu', 'yulyu', 'aghustus', 'ughustus', 'sibtambir', 'sabtambar'],
  ...['sibtambar', 'sibtimbir', 'sabtambir', 'uktubar', 'uktubir', 'nufambar', 'nufimbir', 'nufambir', 'disambar', 'disimbir'],
])

// A letter of the library's romanization: a long vowel's macron, a dot under an emphatic letter, ʿ or ʾ. No English or
// French word holds one (French writes â î û with a circumflex, never a macron or a dot under).
const SCHOLARLY_LETTER = /[āīūĀĪŪḥṣḍṭẓḤṢḌṬẒʿʾšḫġṯḏǧ]/u

// Words of letters and the marks that write ع and ء before, inside or after them (`na'am`, `khata'`, `'ishrun`).
// Digits inside a word are its letters (Arabizi's `sab3a`, which `arabizi.ts` reads), never split from it.
const WORD = /['’‘`ʿʾʻʼ]?[\p{L}\p{M}\p{N}]+(?:['’‘`ʿʾʻʼ][\p{L}\p{M}\p{N}]*)*|(?:(?!['’‘`][\p{L}])[^\p{L}\p{M}\p{N}])+/gu
const LATIN_LETTER = /[a-z]/iu
// The article (with a sun letter's assimilation, `as-sabt`, which must match the word's first letters), «و», «ب», «بال».
const ARTICLE = /^(?:al|el|l|a([tdsznr]|sh|th|dh))$/u
const AND = /^(?:wa|w)$/u
const WITH = /^(?:bi|b)$/u
const WITH_ARTICLE = /^(?:bil|bi-l)$/u
const JOINER = /^(?: |-| - )$/u

/**
 * True when the answer is romanized Arabic whatever the quiz's language: it holds a letter of a scholar's romanization
 * (`ṣaḥīḥ`, `arbaʿ sāʿāt`: a macron, a dot under, ʿ or ʾ) or a word no English or French reader types (`sahih`,
 * `khata'`, `na'am`, `Sibtambir`).
 */
export function holdsRomanizedArabic(answer: string): boolean {
  if (SCHOLARLY_LETTER.test(answer.normalize('NFC'))) return true
  if (!LATIN_LETTER.test(answer)) return false
  return (answer.match(WORD) ?? []).some((token) => UNMISTAKABLE.has(fold(token)))
}

/**
 * The answer with its romanized Arabic words written in Arabic, whole words of the lexicon only: `wa`, `wa-` before a word
 * read joins it as «و», `al-`, `l-` (after `fī`) as «ال», `bi-`, `bil-`, `bi-l-` as «ب», «بال»; an apostrophe, ʿ or ʾ
 * inside or around a word is one of its letters. Anything else (digits, English or French words) is left as typed.
 */
export function readRomanized(answer: string): string {
  if (!LATIN_LETTER.test(answer) && !SCHOLARLY_LETTER.test(answer)) return answer
  const tokens = answer.normalize('NFC').match(WORD) ?? []
  const keys = tokens.map(fold)
  const scholarly = SCHOLARLY_LETTER.test(answer.normalize('NFC'))
  const wordAt = (i: number, withArticle: boolean): string | undefined => {
    const token = tokens[i]
    if (token === undefined) return undefined
    const word = (withArticle ? lookup(token, scholarly, true) : undefined) ?? lookup(token, scholarly)
    return word === undefined || !withArticle ? word : word.replace(/^ال/u, '')
  }
  // A particle before a word read: how many tokens it takes, and the Arabic
  const particle = (i: number): [taken: number, arabic: string] | null => {
    const key = keys[i]!
    if (!JOINER.test(tokens[i + 1] ?? '')) return null
    // `bi-l-miʾa`
    if (WITH.test(key) && tokens[i + 1] === '-' && (keys[i + 2] === 'l' || keys[i + 2] === 'al') && tokens[i + 3] === '-') {
      const word = wordAt(i + 4, true)
      return word === undefined ? null : [5, `بال${word}`]
    }
    const article = ARTICLE.exec(key)
    if (article !== null || WITH_ARTICLE.test(key)) {
      const sun = article?.[1]
      if (sun !== undefined && !(keys[i + 2] ?? '').startsWith(sun)) return null
      const word = wordAt(i + 2, true)
      return word === undefined ? null : [3, WITH_ARTICLE.test(key) ? `بال${word}` : `ال${word}`]
    }
    if (AND.test(key) || WITH.test(key)) {
      const word = wordAt(i + 2, false)
      return word === undefined ? null : [3, `${AND.test(key) ? 'و' : 'ب'}${word}`]
    }
    return null
  }
  const read = (i: number): string | undefined => {
    const key = keys[i]
    // `lā` with its macron is the library's, read anywhere
    if (key === undefined || !ONLY_BESIDE_ANOTHER.has(key) || SCHOLARLY_LETTER.test(tokens[i]!))
      return key === undefined ? undefined : lookup(tokens[i]!, scholarly)
    const beside = (j: number) =>
      j >= 0 && j < keys.length && (lookup(tokens[j]!, scholarly) !== undefined || particle(j) !== null) && !ONLY_BESIDE_ANOTHER.has(keys[j]!)
    return beside(i - 2) || beside(i + 2) ? lookup(tokens[i]!, scholarly) : undefined
  }
  const out: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    const joined = particle(i)
    if (joined !== null) {
      out.push(joined[1])
      i += joined[0] - 1
      continue
    }
    out.push(read(i) ?? tokens[i]!)
  }
  return out.join('')
}
