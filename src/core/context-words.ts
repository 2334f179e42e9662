import { foldLetters } from './normalize.ts'
import { tokenize } from './numbers-tokenizer.ts'

/**
 * Whether a word around an answer comes from what the question's author wrote (prompt,
 * explanation, evidence quote). Words are compared after light stemming, so that a student may
 * reuse the question's words in any inflection (`قتل` / `قُتلوا`, `trained` / `training`), and
 * through families of words that name the same thing (`استمر دام امتد استغرق lasted took`,
 * `إزالة نزع demining`), so that a sentence with another verb of the same meaning is the same
 * answer. A few framing words may surround any answer (`the answer is`, `a total of`, `كمان`).
 */

// Clitics and the article; Arabic and English plural, verb and pronoun endings.
const STEM_PREFIXES = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ب', 'ل', 'ف', 'ك'].map(foldLetters)
// ت: the feminine past (استمرت، دامت).
const STEM_SUFFIXES = ['هما', 'هم', 'ها', 'ين', 'ون', 'ات', 'وا', 'ه', 'و', 'ت', "'s", 'ing', 'ed', 'es', 's', 'd'].map(foldLetters)
const PRONOUN_SUFFIXES = new Set(['هما', 'هم', 'ها', 'ه'].map(foldLetters))
// Verb prefixes (future س, the persons ي ت ن أ, colloquial ب, Levantine ح and Egyptian ه of the
// future: هيبعتوا): stripped only to find a word's family (سيرسل → رسل), never to compare two
// words, which they would confuse too often.
const VERB_PREFIXES = ['سي', 'ست', 'سن', 'سا', 'بي', 'بت', 'بن', 'حي', 'حت', 'حن', 'هي', 'هت', 'هن', 'ي', 'ت', 'ن', 'ا', 'ب'].map(foldLetters)

/**
 * Words that name the same thing, whatever the verb or noun a student picks. Each family is one
 * meaning; its words are written as stems or whole words (both are looked up after stemming).
 */
export const WORD_FAMILIES: readonly string[] = [
  // what happened to people
  'قتيل قتلى قتل مقتل مات ماتوا موت توفي وفاة لقي حتف killed kill dead deaths death died die',
  'جريح جرحى اصابه اصيب مصاب wounded injured',
  // cases of a disease: «21 إصابة», «21 حالة»
  'اصابه اصابات حاله حالات case cases infection infections',
  'اسير اسرى اسر captured prisoners prisoner',
  'لاجئ لاجئين نازح نزح refugees refugee displaced',
  'تدريب تدريبات تدرب درب مدرب trained training train drilled',
  // events and their length
  'اجتماع اجتمع لقاء التقى لقي تقابل اتقابل قابل قمه محادثات met meet meeting meetings summit talks',
  'استمر دام امتد استغرق طال ظل lasted last took take went',
  // moving people and things
  'ارسال ارسل رسل بعث ايفاد اوفد نشر send sent sending dispatch dispatched deploy deployed',
  'ذهب راح روح توجه انتقل go going gone head travel',
  // work
  'بناء بنا اعمار عمار تشييد construction building builders builder build rebuild reconstruction rebuilding',
  'ازاله ازال نزع تفكيك تطهير مزيل demining deminers deminer clearance clearing clearers clear removal remove removing sweepers sweeper minesweepers minesweeper',
  'لغم الغام ملغوم mine mines landmine landmines minefield minefields',
  'عامل عمال شغيل worker workers labourers laborers',
  'جندي جنود عسكري مقاتل troops soldiers soldier fighters',
  // what news counts, in both languages: `ten players` for «عشرة لاعبين», «1.5 مليون جرعة» for "doses"
  'لاعب لاعبين player players',
  'هدف اهداف goal goals',
  'تسديده تسديدات shot shots',
  'مباراه مباريات match matches',
  'متفرج متفرجين مشجع مشجعين spectator spectators fan fans',
  'طفل اطفال child children kid kids',
  'صوت اصوات vote votes',
  'مقعد مقاعد seat seats',
  'جرعه جرعات dose doses',
  'منزل منازل بيت بيوت مسكن مساكن home homes house houses',
  'شقه شقق apartment apartments flat flats',
  'اسره عائله عائلات family families household households',
  'جزيره جزر island islands',
  'رحله رحلات flight flights',
  // how many times: «ثلاث مرات», "three times", French `trois fois`
  'مره مرات times fois',
  // boats: the Gulf's طراد (a fishing boat), مركب, قارب; a ferry or steamer: باخرة, عبّارة, French bateau, navire
  'طراد طرادات قارب قوارب مركب مراكب باخره بواخر عباره عبارات boat boats ferry ferries bateau bateaux navire navires',
  // ships: a steamer (باخرة) and a French navire are ships too, a boat or a ferry is not (an operator's `6 ships` and its
  // ferries are counted apart)
  'سفينه سفن باخره بواخر ship ships vessel vessels steamer steamers navire navires',
  // teachers (not مدرس, which stems as مدرسة, a school, does), French enseignant, prof
  'معلم معلمين معلمون معلمه معلمات استاذ اساتذه teacher teachers enseignant enseignants professeur professeurs prof profs',
  // firefighters, Australian firies
  'اطفائي اطفائيون اطفائيين firefighter firefighters fireman firemen firie firies',
  // positions: the 37th edition, the ninth round, fourth place
  'دوره دورات نسخه edition editions',
  'جوله جولات round rounds',
  'مركز مراكز مرتبه place position rank',
  'راكب ركاب passenger passengers',
  // travellers: «مسافر», and a passenger, who travels (`48 thousand passengers` for «48 ألف مسافر»), in English and French
  'مسافر مسافرين مسافرون traveller travellers traveler travelers passenger passengers voyageur voyageurs',
  'طائره طائرات aircraft plane planes jet jets',
  'سياره سيارات car cars vehicle vehicles',
  'سائح سياح tourist tourists',
  'دوله دول بلد بلدان country countries nation nations',
  'حقنه حقن ابره ابر injection injections jab jabs shot shots',
  'صوره صور لقطه لقطات photo photos photograph photographs picture pictures image images',
  'زائر زوار visitor visitors',
  'مدرسه مدارس school schools',
  'صفقه صفقات deal deals transaction transactions',
  'موظف موظفين employee employees',
  'طالب طلاب طلبه تلميذ تلاميذ student students pupil pupils',
  // elections: voters, polling stations, appeals
  'ناخب ناخبين ناخبون voter voters elector electors electorate',
  'محطه محطات station stations',
  'اقتراع تصويت polling voting',
  'طعن طعون appeal appeals challenge challenges',
  // a height: "a wave 17.8 metres high" for «a wave height of 17.8 metres»
  'ارتفاع علو height high tall',
  'مطر امطار rain rainfall',
  'نقطه نقاط point points',
  'مبني مباني بنايه بنايات عماره عمارات building buildings',
  'منقذ منقذين مسعف مسعفين انقاذ rescuer rescuers rescue',
  // a unit the quiz units lack, in its spellings: «78 ملم» for "78 mm"
  'mm millimetre millimetres millimeter millimeters ملم مم مليمتر مليمترات ملليمتر ملليمترات',
  'mw megawatt megawatts ميغاواط ميجاواط ميغاوات ميجاوات',
  // a total: «بالمجموع», «إجمالًا», «العدد الإجمالي», "in all", "all together"
  'مجموع اجمالي اجماليه اجمالا total totals overall altogether all together',
  // citing a source: «حسب المخابرات», «وفقًا لتقديرات الاستخبارات», "according to"
  'حسب بحسب وفق وفقا according',
  'استخبارات مخابرات intelligence',
  // not زيادة: «2000 وزيادة», «زيادة عن 2000» say more than; كمان: «6000 جندي كمان» (colloquial)
  'اضافي اضافيه اضافيين اخر اخرين كمان جديد جدد additional extra more another further new',
]
// A word may be in several families (لقي: met, and died in «لقي حتفه»).
const FAMILY_OF = new Map<string, string[]>()
WORD_FAMILIES.forEach((family, i) => {
  for (const word of family.split(' ')) {
    const key = foldLetters(word)
    FAMILY_OF.set(key, [...(FAMILY_OF.get(key) ?? []), `#${i}`])
  }
})

/**
 * Colloquial verbs and participles, as stems, read as the MSA word of the same meaning when a
 * family is looked up: Egyptian بعت (بعث: هيبعتوا، يبعتو), Gulf and Iraqi دز (أرسل: يدزون), قعد
 * (ظل: «قعدوا ساعتين»), طول (طال: «طول الاجتماع ساعتين»), the participle رايح (راح), تلاقى
 * (التقى: تلاقوا), شال (أزال: «بيشيلوا الألغام»).
 */
const DIALECT_STEMS = new Map(
  [
    ['بعت', 'بعث'],
    ['دز', 'ارسل'],
    ['قعد', 'ظل'],
    ['طول', 'طال'],
    ['رايح', 'راح'],
    ['تلاقي', 'التقي'],
    ['شيل', 'ازال'],
    ['شال', 'ازال'],
  ].map(([dialect, msa]) => [foldLetters(dialect!), foldLetters(msa!)]),
)
const YA = '\u064a'
const TEH = '\u062a'
const HEH = '\u0647'

const ALEF = '\u0627'
const WAW = '\u0648'

function strippedOf(w: string, prefixes: readonly string[]): string[] {
  const out = [w]
  for (const p of prefixes) if (w.length - p.length >= 3 && w.startsWith(p)) out.push(w.slice(p.length))
  return out
}

function withoutSuffixes(b: string, out: Set<string>): void {
  out.add(b)
  for (const x of STEM_SUFFIXES) {
    if (b.length - x.length < 2 || !b.endsWith(x)) continue
    const stem = b.slice(0, -x.length)
    if (stem.length >= 3) out.add(stem)
    // A verb with a weak last letter loses it before وا: التقوا → التقى, لقوا → لقي.
    if (x.startsWith(WAW)) out.add(stem + YA)
    // ة before a pronoun is written ت: مدته → مدة.
    if (PRONOUN_SUFFIXES.has(x) && stem.length >= 3 && stem.endsWith(TEH)) out.add(stem.slice(0, -1) + HEH)
  }
}

/** The colloquial words of `familyCandidates` (and of the two-letter `loose` stems) as the MSA words their families know. */
function withMsaForms(familyCandidates: Set<string>, loose: readonly string[]): void {
  for (const s of [...familyCandidates, ...loose]) {
    const msa = DIALECT_STEMS.get(s)
    if (msa !== undefined) familyCandidates.add(msa)
  }
}

/**
 * The stems of a folded word, with the families it belongs to (as `#n`): الجنود → جنود, جنود and
 * the family of soldiers; سيرسلون → its family of sending. An accusative's alef is read as the word
 * without it (`قرصًا`, `1356 طعنًا`: قرص، طعن), an author's as a student's; with `accusative` (a
 * student's word) also after ي (كوريا شماليا = كوريًا شماليًا), where an author's word is taken as
 * written (روسيا is no روسي).
 */
export function stemsOf(w: string, accusative = false): Set<string> {
  const out = new Set<string>()
  const words = w.length >= 4 && w.endsWith(ALEF) && (accusative || !w.endsWith(YA + ALEF)) ? [w, w.slice(0, -1)] : [w]
  for (const word of words) for (const b of strippedOf(word, STEM_PREFIXES)) withoutSuffixes(b, out)
  const familyCandidates = new Set(out)
  // Two-letter stems of doubled verbs (يدزون → دز), looked up in the dialect words only.
  const loose: string[] = []
  for (const word of words) {
    for (const b of strippedOf(word, STEM_PREFIXES)) {
      for (const v of strippedOf(b, VERB_PREFIXES)) {
        withoutSuffixes(v, familyCandidates)
        for (const x of STEM_SUFFIXES) if (v.length - x.length === 2 && v.endsWith(x)) loose.push(v.slice(0, 2))
      }
    }
  }
  // A word a family names as written (with its article or a clitic off) is that family's alone: «أسرة» (a
  // family) is no «أسر» (captivity) with a pronoun's ه, nor are its families the prisoners'.
  const own = [...words].flatMap((word) => strippedOf(word, STEM_PREFIXES).flatMap((b) => FAMILY_OF.get(b) ?? []))
  if (own.length > 0) {
    for (const family of own) out.add(family)
    return out
  }
  withMsaForms(familyCandidates, loose)
  for (const s of familyCandidates) for (const family of FAMILY_OF.get(s) ?? []) out.add(family)
  return out
}

// Words that frame any answer: "the answer is 2000", "الجواب هو 2000", "حوالي الـ 2000", "لمدة
// ساعتين ونصف", "for 2.5 hours", "a total of 6000", "المجموع 6000", "بلغ عددهم 2000", "بنسبة 12%";
// «6000 عامل كلهم», "6,000 altogether"; and words that say the number is additional: "6,000 more",
// "another 6,000", «6000 كمان».
const FRAMES = new Set(
  (
    'the it that this is was were are be been has have had answer ال جواب اجابة هو هي هم كان كانت كانوا ' +
    'for long لمدة مدة طوال number total totals overall altogether كلهم جميعهم عدد عددهم مجموع مجموعهم المجموع اجمالي بلغ بلغت نسبة بنسبة ' +
    'another extra more additional كمان كما اضافي ' +
    // «قتل منهم 2000»: of them; the future particles سوف، Levantine رح and راح («رح يبعتو»)
    'منهم منهن سوف رح راح ' +
    // «أظن أنه 2000», «أعتقد أن الجواب 2000»: that
    'ان انه انها انهم ' +
    // who did it, said of no group: "they sent 1200 troops", «تم نشر 1200 جندي», «لقد قتل»
    'they we he she تم قد لقد ' +
    // colloquial fillers: «ألفين تقريبًا يعني»
    'يعني'
  )
    .split(' ')
    .map(foldLetters),
)

/** True for a folded word that frames any answer (`the answer is`, `a total of`, `كمان`), also with the article or a pronoun (`مدته`). */
export function isFrameWord(w: string): boolean {
  if (FRAMES.has(w) || (w.startsWith('\u0627\u0644') && FRAMES.has(w.slice(2)))) return true
  for (const x of PRONOUN_SUFFIXES) {
    if (w.length - x.length < 2 || !w.endsWith(x)) continue
    const stem = w.slice(0, -x.length)
    if (FRAMES.has(stem) || (stem.endsWith(TEH) && FRAMES.has(stem.slice(0, -1) + HEH))) return true
  }
  return false
}

const contextCache = new WeakMap<readonly string[], Set<string>>()

/** Every stem (and family) of the words of `context`; computed once per context array. */
export function contextStems(context: readonly string[]): Set<string> {
  let set = contextCache.get(context)
  if (!set) {
    set = new Set()
    for (const tok of tokenize(context.join(' '))) if (tok.t === 'word') for (const s of stemsOf(tok.w)) set.add(s)
    contextCache.set(context, set)
  }
  return set
}

/** True when the folded word `w`, a student's, shares a stem or a family with one of `known`. */
export function sharesStem(w: string, known: ReadonlySet<string>): boolean {
  for (const s of stemsOf(w, true)) if (known.has(s)) return true
  return false
}

/** True when the folded words `a` and `b` share a stem (`inches`, `inch`), not only a family. */
export function sameStem(a: string, b: string): boolean {
  const stems = stemsOf(b)
  for (const s of stemsOf(a)) if (!s.startsWith('#') && stems.has(s)) return true
  return false
}

/** True when the plain word `w` (folded) frames the answer or comes from the context, or when there is no context. */
export function fromContext(w: string, context: readonly string[] | undefined): boolean {
  if (context === undefined || isFrameWord(w)) return true
  return sharesStem(w, contextStems(context))
}
