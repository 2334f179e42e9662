import { MONTHS } from '../date-words.ts'
import { foldLetters } from '../normalize.ts'
import { editDistance } from '../text-match.ts'
import { CITIES, COUNTRIES, REGIONS } from '../places.ts'
import type { Lang, Paragraph } from '../quiz-schema.ts'
import { isMatchWord } from './facts.ts'
import { EN_ORG_WORDS, isEnOrgWord } from './body-words.ts'
import { hasNumber, type Word } from './mentions.ts'
import type { Span } from './sentences.ts'

/**
 * People, places and organisations an article names, found without a model: by the words that
 * introduce them (titles, verbs of saying, "the city of", "وزارة"), by capital letters in English,
 * and by a table of countries and cities (places.ts). Each entity comes with every place the
 * article names it, under its full name or a shorter one it also uses (بوتين for فلاديمير بوتين).
 */

export type EntityKind = 'person' | 'place' | 'organisation'

export type EntityMention = Span & { paragraph: number }

export type Entity = {
  kind: EntityKind
  /** The fullest form the article writes. */
  name: string
  /** Other forms the article uses for it, shortest last. */
  aliases: string[]
  mentions: EntityMention[]
  /** For a place: the country it is, or is in, when the table knows (a capital is not a distractor for its country). */
  country: string | null
  /** For a place the table knows: a country or a city (a wrong choice is of the same sort). */
  placeType: PlaceType | null
  /** A king, queen, prince or pharaoh: a wrong choice for one is another, never a commoner. */
  royal: boolean
}

export type PlaceType = 'country' | 'city'

// --------------------------------------------------------------------------------------------
// Word shapes

// Words repeat through an article: each is folded once. Bounded, emptied when full.
const folded = new Map<string, string>()
const unclitic = new Map<string, string[]>()
const CACHE_MAX = 20_000

function fold(w: string): string {
  let f = folded.get(w)
  if (f === undefined) {
    if (folded.size >= CACHE_MAX) folded.clear()
    f = foldLetters(w)
    folded.set(w, f)
  }
  return f
}

const AL = fold('ال')
// Clitics written onto a name: و ف ب ل ك and their pairs (وب، ول، فب …).
const CLITICS = ['وب', 'ول', 'فب', 'فل', 'وك', 'و', 'ف', 'ب', 'ل', 'ك'].map(fold)

/** A folded word and its readings without the clitics in front of it (وبوتين → بوتين, للصين → الصين). */
function withoutClitics(w: string): string[] {
  let out = unclitic.get(w)
  if (out === undefined) {
    out = [w]
    if (w.startsWith(fold('لل')) && w.length > 4) out.push(AL + w.slice(2))
    for (const c of CLITICS) if (w.startsWith(c) && w.length - c.length >= 2) out.push(w.slice(c.length))
    if (unclitic.size >= CACHE_MAX) unclitic.clear()
    unclitic.set(w, out)
  }
  return out
}

/** The clitics in front of `name` in `word` (see `cliticPrefix`), and whether they stand on its article, its alef dropped (للصين). */
function cliticOf(word: string, name: string): { skip: number; al: boolean } {
  const folded = fold(word)
  const al = name.startsWith(AL) && folded === fold('لل') + name.slice(2) && folded !== `ل${name}`
  return { skip: cliticPrefix(word, name), al }
}

/**
 * How many characters of `word` (as written, diacritics included) are clitics in front of `name`,
 * the folded word it stands for: 0 for بوتين, 1 for وبوتين and for للصين (ل + الصين).
 */
function cliticPrefix(word: string, name: string): number {
  const folded = fold(word)
  if (folded === name) return 0
  let drop = -1
  for (const c of CLITICS) {
    if (folded === c + name) drop = c.length
    else if (name.startsWith(AL) && c === 'ل' && folded === fold('لل') + name.slice(2)) drop = 1
    if (drop >= 0) break
  }
  if (drop <= 0) return 0
  let letters = 0
  let k = 0
  while (k < word.length && letters < drop) {
    if (/[\u0621-\u064A]/u.test(word[k]!)) letters++
    k++
  }
  return k
}

const FUNCTION_WORDS = new Set(
  (
    'في من إلى الى على عن مع حتى منذ بعد قبل أن إن أنه إنه أنها إنها أنهم إنهم لأن كان كانت قد لقد لا لم لن ما ماذا هل هو هي هم هما نحن أنا ' +
    'الذي التي الذين اللذين اللتين هذا هذه ذلك تلك هناك هنا ثم أو أم بل لكن لكنه غير سوى عند لدى حول نحو ضد عبر دون ' +
    'خلال عقب إثر أثناء بسبب رغم وسط بين أمام خلف فوق تحت إذ إذا حيث كما كل بعض أي أيضا فقط جدا يوم أمس اليوم ' +
    'وفق وفقا حسب بحسب مثل لدى ضمن بينما فيما عندما قرب قرابة داخل خارج جانب بجانب بجوار قبيل لصالح ' +
    // Numbers and months are not names (المتهم السادس ثلاث سنوات).
    'واحد واحدة اثنان اثنين اثنتان ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية تسع تسعة عشر عشرة ' +
    'عشرين ثلاثين أربعين خمسين مئة مائة مئات ألف آلاف ألفا مليون ملايين مليار سنة سنوات شهر أشهر يوما أيام عام عاما أعوام ' +
    // A preposition with its pronoun (توج بها أعوام …) and a comparative (نخلة جميرا أعلى الأسعار): never in a name.
    'به بها بهم له لها لهم فيه فيها فيهم منه منها منهم عنه عنها عليه عليها إليه إليها معه معها ' +
    'أعلى أدنى أكبر أصغر أكثر أقل أفضل أسوأ أطول أقصر أسرع أغلى أرخص أقدم أحدث أعمق أوسع أضخم أهم أبرز أشد أقوى أضعف ' +
    // What a scorer scores and adverbs of order (سجل غي مبينزا هدفين، حل إليود كيبتشوغي أولا): never in a name.
    'هدف هدفا هدفين هدفان أهداف أولا ثانيا ثالثا أخيرا مجددا ' +
    // Their feminine, a woman's rank after her name (حلّت شروق وفاء ثالثة): never a family name written with ة.
    'أولى ثانية ثالثة رابعة خامسة سادسة سابعة ثامنة تاسعة عاشرة رابعا خامسا ' +
    // Adverbial nouns with ة after a name (قال الوزير محمد مرة أخرى …): never a family name.
    'مرة مرات أخرى عادة خاصة مباشرة كافة عامة تارة إضافة نتيجة مدة فترة ' +
    // «Other» agreeing with a noun (متهمين آخرين، شخصان آخران): never a name.
    'آخرين آخران آخرون أخريين أخريات ' +
    'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين'
  )
    .split(' ')
    .map(fold),
)

const isArabicWord = (w: string) => /^[\u0621-\u064A]+$/u.test(w)
/** A folded word with the article (الشربيني), not a particle that starts like one (إلى → الي). */
const definite = (w: string) => w.startsWith(AL) && !FUNCTION_WORDS.has(w)

/**
 * A word written with a hamza on its alef before ل (إليود، ألبرتو): a foreign name's letters, not the
 * article that folding makes of them. Only after a title is it taken so (إلغاء after a verb is no name).
 */
const hamzaAl = (written: string) => /^[إأ]ل/u.test(written.replace(/[\u064B-\u065F\u0640]/gu, ''))

/** A word that can be (part of) an Arabic name: not an article-definite word, not a particle; `written` is the word as written, after a title. */
function nameWordAr(w: string, first: boolean, written?: string): boolean {
  // علي (Ali) folds to the preposition على; after a title, written with ي, it is the name.
  const ali = written !== undefined && written.replace(/[\u064B-\u065F\u0640]/gu, '') === 'علي'
  if (!isArabicWord(w) || w.length < 2 || (!ali && withoutClitics(w).some((f) => FUNCTION_WORDS.has(f) || NOT_NAMES.has(f)))) return false
  if ((w.startsWith(AL) && !(written !== undefined && hamzaAl(written))) || w.startsWith(fold('لل')) || /^(?:و|ف|ب|ل|ك)ال/u.test(w)) return false
  // بإقليم، لمجلس: a preposition onto a place or body word, not a name; nor ل onto a verbal noun (لاستغلال، لتنمية).
  if (first)
    return (
      !(/^[بلك]/u.test(w) && (AR_PLACE_HEADS.has(w.slice(1)) || AR_ORG_HEADS.has(w.slice(1)) || AR_TITLES.has(w.slice(1)))) &&
      !verbalNounUnderL(w) &&
      !(written !== undefined && prepositionOnHamza(written)) &&
      !titlesPlural(w)
    )
  // After the first word: no و+word (a second person), no feminine or plural ending, no pronoun suffix,
  // no place of the table (أمين عمّان، ريال مدريد: a post and a club, not a first and a family name).
  if (w.startsWith('و') && w.length > 3 && !GIVEN_NAMES_ON_WAW.has(w)) return false
  if (singleWordPlace(w)) return false
  // After a title, a word written with ة is a family name (عبد العزيز بوتفليقة، عطية), not a pronoun's ه.
  // Not with a preposition on it (لمدة، بفترة).
  const taMarbuta = written !== undefined && /ة$/u.test(written.replace(/[\u064B-\u065F\u0640]/gu, '')) && !/^(?:[لك]|ب(?![ونلي]))/u.test(w)
  if (/(?:ه|ات|ها|هم|هما)$/u.test(w) && !w.endsWith(fold('الله')) && !taMarbuta) return false
  return true
}

// Given names that open on و (a father's name after one's own, «شروق وفاء»، «محمد وليد»): a name word, not و + another person.
// (Not وسام، وردة: a medal, a rose after a name, «منح أحمد وسام الاستحقاق».)
const GIVEN_NAMES_ON_WAW: ReadonlySet<string> = new Set(
  ['وفاء', 'وليد', 'وائل', 'وجدي', 'وحيد', 'وديع', 'وصفي', 'ولاء', 'وفيق', 'وهيب', 'وجيه', 'وضاح', 'وسيم', 'وئام', 'وداد'].map(fold),
)

// A preposition on a word that opens on a hamza's alef (بإعادة المبلغ، بأن، لإنشاء، كأنه): no name opens so; the letters
// are read as written, since folding makes «بإ» the «با» of باسل.
const prepositionOnHamza = (written: string) => /^[بلك][إأ]/u.test(written.replace(/[\u064B-\u065F\u0640]/gu, ''))
// A title's dual or plural (متهمين، محامين، لاعبون، مدربتان): people counted, never a name (برّأت متهمَين آخرَين).
const titlesPlural = (w: string) => {
  const stem = /^(\S{3,})(?:ين|ان|ون|تين|تان)$/u.exec(w)?.[1]
  return stem !== undefined && (AR_TITLES.has(stem) || AR_TITLES.has(fold('ال') + stem))
}

// The verbal nouns of the derived forms, folded (استغلال، انتقال، اجتماع، إنتاج، توزيع، تنمية، مكافحة، تعاون): with ل on
// one, the field a body works in (الشركة الوطنية لاستغلال وتوزيع المياه، الهيئة العامة لتنمية الصادرات), never a name.
const DERIVED_VERBAL_NOUN_AR = /^(?:است\S\Sا\S|ا\S[تطد]\Sا\S|ان\S\Sا\S|ا\S\Sا\S|ت\S\Sي\S|ت\S\Sيه|م\Sا\S\Sه|ت\Sا\S\S)$/u
const verbalNounUnderL = (w: string) => w.startsWith('ل') && DERIVED_VERBAL_NOUN_AR.test(w.slice(1))

// ---------------------------------------------------------------------------------------------
// Arabic

const AR_TITLES = new Set(
  (
    'الرئيس رئيس رئيسة الزعيم زعيم الملك الملكة الأمير الأميرة الشيخ الشيخة الوزير الوزيرة وزير وزيرة السيد السيدة الدكتور الدكتورة ' +
    'المدرب مدرب اللاعب لاعب المهاجم الحارس النجم النجمة الكاتب الكاتبة الروائي الروائية الشاعر الشاعرة الفنان الفنانة ' +
    'المخرج المخرجة الممثل الممثلة المغني المغنية المتحدث المتحدثة الأمين المدير المديرة مدير مديرة النائب النائبة ' +
    'السفير السفيرة القائد الجنرال اللواء العقيد العميد الباحث الباحثة البروفيسور الطبيب الطبيبة المستشار المستشارة ' +
    'نظيره نظيرته البابا الإمام المفتي المحافظ محافظ الحاكم حاكم المبعوث المبعوثة القاضي القاضية ' +
    'الصحفي الصحفية المراسل المراسلة المؤرخ الفيلسوف المهندس المهندسة الرياضي الرياضية البطل البطلة العداء العداءة ' +
    'ولي المتهم المتهمة المحامي المحامية المرشح المرشحة الخبير الخبيرة المحلل المحللة الفرعون السلطان ممثل ممثلة سفير سفيرة ' +
    'السباح السباحة اللاعبة المهاجمة المدافع المدافعة الظهير الجناح الملاكم الملاكمة المصارع المصارعة الدراج الدراجة الرباع الرباعة ' +
    'لاعبة مدربة المدربة الحارسة الرئيسة الملياردير الناطق الناطقة ناطق ' +
    // A match's players and officials, a club's own with its pronoun (مهاجمه الغاني كوفي منساه، مدافع الإسماعيلي عمر الكردي،
    // البديل يوسف حمدي، الحكم شريف منير): see COMMON_NOUN_TITLES.
    'مهاجم مدافع حارس جناح مهاجمه مهاجمها مدافعه مدافعها حارسه حارسها لاعبه لاعبها مدربه مدربها البديل الحكم حكم ' +
    // A member of a body (عضو اللجنة المالية النيابية مصطفى الكرعاوي).
    'عضو عضوة العضو العضوة ' +
    // Professions, with the article or not (استشاري طب العيون، أخصائي التغذية، طبيب الأطفال، محامي الدفاع): a job, never a name.
    'استشاري استشارية الاستشاري الاستشارية أخصائي أخصائية الأخصائي الأخصائية اختصاصي اختصاصية الاختصاصي الاختصاصية ' +
    'طبيب طبيبة مهندس مهندسة محامي محامية محام ' +
    // A teacher's, or chess's titles (الأستاذ الكبير، الأستاذ الدولي، الأستاذة الدولية).
    'الأستاذ الأستاذة'
  )
    .split(' ')
    .map(fold),
)
// Titles that are as often a common noun or take a pronoun (the ruling, the alternative, its striker): a name after them
// has two words or more.
const COMMON_NOUN_TITLES = new Set(
  'مهاجم مدافع حارس جناح مهاجمه مهاجمها مدافعه مدافعها حارسه حارسها لاعبه لاعبها مدربه مدربها البديل الحكم حكم'.split(' ').map(fold),
)
// Words that qualify a title before the name: باسم, ولي العهد, the genitive of رئيس الوزراء …
const AR_TITLE_QUALIFIERS = new Set(
  (
    'باسم العهد عام العام الأول السابق السابقة سابق سابقة الحالي حالي الجديد الجديدة ' +
    // The body a title heads, before the name: رئيس مجلس مفوضي الهيئة …، وزير خارجية …
    'مجلس هيئة لجنة إدارة شؤون مكتب دائرة قسم جهاز مفوضي أمناء خارجية داخلية دفاع مالية عدل صحة اقتصاد وزراء حكومة وزارة ' +
    'بلدية جماعة جامعة شركة بنك مصرف نادي اتحاد منظمة وكالة مؤسسة صندوق محكمة حزب فريق منتخب ' +
    // A part of a body (مدير فرع الشركة، رئيس وحدة المشتريات، رئيس شعبة التحقيق، مدير مصلحة الضرائب).
    'فرع وحدة شعبة مصلحة ' +
    // The field a profession is of, before its genitive (استشاري طب العيون، أخصائي جراحة القلب، مهندس هندسة الطيران).
    'طب جراحة أمراض هندسة علاج'
  )
    .split(' ')
    .map(fold),
)
const BASSEM = fold('باسم')
// Royal titles: a king's name is asked among kings (توت عنخ آمون beside أمنحتب الثالث, not an archaeologist).
const AR_ROYAL = new Set('الملك الملكة الأمير الأميرة الفرعون السلطان ولي'.split(' ').map(fold))
const AR_SAYING = new Set(
  (
    'قال قالت أكد أكدت أعلن أعلنت صرح صرحت أوضح أوضحت أضاف أضافت أشار أشارت ذكر ذكرت أفاد أفادت وصف وصفت أشاد أشادت ' +
    'دعا دعت اعتبر اعتبرت رأى رأت طالب طالبت حذر حذرت نفى نفت شدد شددت أعرب أعربت استقبل استقبلت التقى التقت زار زارت ' +
    'انتقد انتقدت هنأ هنأت توقعت رجح رجحت كشفت لفتت نبه نبهت اعترف اعترفت علقت'
  )
    .split(' ')
    .map(fold),
)
// Verbs whose subject is as often a team, a station, an index or a city as a person (سجلت محطة …، فاز
// ريال مدريد، سجل مؤشر نيكاي): the name after them is a person's only when the article confirms it otherwise.
const AR_DOING = new Set('غادر غادرت وصل وصلت فاز فازت سجل سجلت توج توجت'.split(' ').map(fold))
// Past verbs of the masculine a measure or a count is the subject of after a place (محافظة إربد | بلغ 410 دنانير، في مدينة
// حمص | ارتفع عدد …): the sentence going on, as a past verb of the feminine is.
const AR_MEASURE_VERBS = new Set('بلغ ارتفع انخفض تراجع زاد تجاوز تخطى شهد'.split(' ').map(fold))
const AR_PLACE_HEADS = new Set(
  'مدينة منطقة محافظة ولاية إقليم مقاطعة إمارة جزيرة بلدة قرية عاصمة العاصمة حي مخيم ميناء مطار نهر بحيرة جبل صحراء وادي شبه'.split(' ').map(fold),
)
// Indefinite adjectives a place's head takes (حي قديم بعمان، قرية نائية، منطقة سكنية): what kind of place, no name.
const AR_PLACE_EPITHETS = new Set(
  (
    'قديم قديمة جديد جديدة كبير كبيرة صغير صغيرة سكني سكنية شعبي شعبية راق راقية فقير فقيرة تجاري تجارية صناعي صناعية ' +
    'مجاور مجاورة قريب قريبة بعيد بعيدة ساحلي ساحلية نائي نائية حدودي حدودية ريفي ريفية آخر أخرى واحد واحدة ' +
    'إداري إدارية زراعي زراعية عسكري عسكرية جبلي جبلية صحراوي صحراوية سياحي سياحية أثري أثرية'
  )
    .split(' ')
    .map(fold),
)
// Sites named after their place (محطة خور فكان، معبر رأس جدير): a place follows only when a word that opens a place's name of
// several does (not محطة وقود، محطة مترو).
const AR_SITE_HEADS = new Set('محطة معبر قاعدة سد'.split(' ').map(fold))
// Heads of a province, whose name often has the article (محافظة المفرق).
// First words of place names of several words, none of them definite (بئر بورقبة، عين دراهم، سيدي بوزيد، بني ملال، رأس
// تنورة، كفر قاسم، سان فرانسيسكو، نيو دلهي، لوس أنجلوس، ريو دي جانيرو، بور سعيد، كوالا لمبور، هونغ كونغ).
const PLACE_NAME_OPENERS = new Set(
  'بئر عين سيدي بني رأس راس أم ام دير كفر تل بيت خان خور حمام مرسى جبل وادي سان سانت سانتا ساو نيو لوس لاس ريو بوينس بور بورت كوالا هونغ سري كيب فورت'
    .split(' ')
    .map(fold),
)
// A folded word in the shape of a verb: a past verb of the feminine (تضررت، شهدت، سجلت) or an imperfect one (تشهد، يعيش).
const verbShapedAr = (w: string) => (w.length >= 4 && w.endsWith('ت') && !definite(w)) || /^ت(?:[^اوي][^ا]|ست\S\S)[^اي]$/u.test(w) || imperfectVerbAr(w)
// A definite plural of the pattern أفعال, folded (الاباء، الاطفال، الابناء): people or things, no place's epithet (حلب الشهباء).
const BROKEN_PLURAL_AR = /^الا\S{1,2}ا\S$/u
const AR_PROVINCE_HEADS = new Set('محافظة ولاية إقليم مقاطعة'.split(' ').map(fold))
// Titles a body's name also ends on as its adjective (نادي الوداد الرياضي، المركز الصحفي): never cut off it.
const BODY_EPITHET_TITLES = new Set('الرياضي الرياضية الصحفي الصحفية'.split(' ').map(fold))
function bodyEpithetAfterNoun(words: Word[], i: number): boolean {
  const before = fold(words[i - 1]!.text)
  return (
    BODY_EPITHET_TITLES.has(fold(words[i]!.text)) &&
    !words[i - 1]!.endsClause &&
    definite(before) &&
    !withoutClitics(before).some((f) => AR_TITLES.has(f) || AR_TITLE_QUALIFIERS.has(f))
  )
}
const AR_ORG_HEADS = new Set(
  (
    'وكالة منظمة شركة وزارة بنك جامعة مجلس هيئة نادي منتخب حزب اتحاد صندوق مؤسسة مصرف محكمة جمعية مستشفى معهد متحف ' +
    'حركة جماعة جبهة قوات جيش شرطة لجنة مركز برنامج مفوضية سلطة بورصة صحيفة قناة إذاعة مجموعة منتدى أكاديمية محطة ' +
    // A directorate, a delegation (Morocco, Algeria, Iraq): مديرية علم الأوبئة، مديرية صحة بغداد، المندوبية السامية للتخطيط.
    'مديرية مندوبية'
  )
    .split(' ')
    .map(fold),
)
// Words that make a place beside them the name of a club or a paper: ريال مدريد، بايرن ميونخ، مانشستر يونايتد، نيويورك تايمز.
const AR_CLUB_BEFORE = new Set('ريال أتلتيكو اتلتيكو أتلتيك إنتر انتر أولمبيك اولمبيك بايرن بوروسيا سبورتنغ سبورتينغ دينامو'.split(' ').map(fold))
const AR_CLUB_AFTER = ['يونايتد', 'سيتي', 'هوتسبير', 'تايمز', 'بوست', 'سان جيرمان'].map((t) => t.split(' ').map(fold))
const AR_CLUB_WORDS = new Set([...AR_CLUB_BEFORE, ...AR_CLUB_AFTER.flat()])
// What «حركة» is the movement of when it is no organisation: traffic, shipping, trade, prices.
const MOVEMENT_OF = new Set('السير المرور الملاحة التجارة الأسعار البيع الشراء النقل الطيران الرحلات المسافرين'.split(' ').map(fold))
// Places named after people: a title after them is part of the place's name (ملعب الملك فهد).
const AR_VENUES = new Set('ملعب استاد ستاد شارع طريق ميدان ساحة قاعة مسجد جسر برج قصر كأس جائزة'.split(' ').map(fold))
// Where a representative serves: ممثلة يونيسف في الأردن، سفير فرنسا لدى مصر.
const IN_PLACE = new Set('في لدى'.split(' ').map(fold))
/**
 * A word written with a pronoun suffix (لاعب وسطه، مدربه): a qualifier of the title, not a first name.
 * Checked on the written word: ة is a feminine ending (حمزة), ه a pronoun; طه and عبده are names.
 */
const withPronoun = (written: string) => {
  const w = written.replace(/[\u064B-\u065F]/gu, '')
  return /^[\u0621-\u064A]{2,}(?:ه|ها|هم|هما)$/u.test(w) && !/الله$|^(?:عبده|طه)$/u.test(w)
}

const TANWEEN = /[\u064B-\u064D]/u

// A folded word in the shape of an imperfect verb of the third person (يملك، يريد، يحتاج، يشارك، يتمتع، يستطيع), not
// of a name starting with ي (يوسف، ياسر، يحيى، يسرى: a long vowel second or a vowel at the end).
const IMPERFECT_VERB = /^ي(?:[^اوي][^ا]|ت\S|[^اوي]ت\S|[^اوي]ا\S|ست\S\S)[^اي]$/u
// Names of the same shape.
const VERB_SHAPED_NAMES = new Set('يزيد يعرب يشكر'.split(' ').map(fold))
const imperfectVerbAr = (w: string) => IMPERFECT_VERB.test(w) && !VERB_SHAPED_NAMES.has(w)
// Times of day and the days they go before: فجر الاثنين، صباح أمس، مساء اليوم.
// Where a place lies (قفصة جنوب غربي تونس، كركوك شمالي العراق، حماة وسط سوريا): a direction after a name ends it;
// a direction that starts a name of the table stays in it (جنوب أفريقيا، كوريا الشمالية).
const DIRECTIONS = new Set('جنوب شمال شرق غرب جنوبي شمالي شرقي غربي وسط جنوبى شمالى شرقى غربى'.split(' ').map(fold))
const TIMES_OF_DAY = new Set('فجر صباح ظهر عصر مساء ليلة ليل'.split(' ').map(fold))
const DAY_WORDS = new Set('الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت أمس اليوم يوم الغد'.split(' ').map(fold))

// Words that join the parts of one name: عبد الله، أبو بكر، بن سلمان، آل سعود.
const NAME_LINKS = new Set('عبد أبو أبي أبا بن ابن بنت آل ذو'.split(' ').map(fold))
// A kunya that makes a family name with the word after it, after a first name (خالد أبو حسان); not a lineage, whose
// family name may follow it (خالد بن محمد العطية).
const FAMILY_LINKS = new Set(['أبو'].map(fold))
// A family name of two words whose first is «العبد» (العبد العالي، العبد الله، العبد اللطيف) is one part: «محمد العبد العالي»
// has no family name «العالي» nor a first and last «محمد العالي», forms the article never writes (the grader's policy: when in
// doubt, refuse). The same word opens no other part of a name; read, the name goes on past it (خالد أحمد العبد
// اللطيف, not خالد أحمد).
const FAMILY_OPENERS = new Set(['العبد'].map(fold))
// Particles of foreign family names, as written (لويس فان غال، أورسولا فون دير لاين، لولا دا سيلفا): فان without
// its hamza, since فإن folds to it.
const AR_NAME_PARTICLES = new Set('فان فون دي دا دير ديل دو'.split(' '))
const isNameLink = (word: Word) => NAME_LINKS.has(fold(word.text)) || AR_NAME_PARTICLES.has(word.text.replace(/[\u064B-\u065F\u0640]/gu, ''))
// The second part of a compound name, written with the article: حسام الدين، عبد الله.
const NAME_TAILS = new Set('الدين الله الرحمن الإسلام'.split(' ').map(fold))
// The first parts of the compound names ending on الدين (بهي الدين، نور الدين، عز الدين): after a first name, one name with it.
const DIN_PARTS = new Set(
  'بهي بهاء نور صلاح عز عماد علاء سعد بدر شمس محيي محي خير تقي جمال كمال فخر سيف زين شرف ضياء حسام نجم عصام مجد ناصر قطب شهاب معين برهان صدر نصر فتح'
    .split(' ')
    .map(fold),
)
// Words after a first name that are not a family name (قال محمد الأسبوع الماضي).
const NOT_FAMILY = new Set(
  'الماضي الماضية المقبل المقبلة الحالي الجاري الأخير الأخيرة القادم الأول الثاني الثالث السابق التالي الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت'
    .split(' ')
    .map(fold),
)
// Words of time after a title: «الموسم الماضي», «الأسبوع المقبل», «الجمعة».
const TIME_WORDS = new Set('الماضي الماضية المقبل المقبلة القادم القادمة الجاري الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت'.split(' ').map(fold))
const NAME_MAX_WORDS = 5
// A king's ordinal is part of his name: أمنحتب الثالث، محمد السادس.
const ORDINALS = new Set('الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر'.split(' ').map(fold))
// Words that introduce a name: كاتب ملكي يدعى «آمون-إم-حات».
const AR_CALLED = new Set('يدعى يُدعى تدعى يسمى تسمى يلقب الملقب'.split(' ').map(fold))
const ORG_MAX_WORDS = 5

// A title, a body or a place word is never part of a name (أعلن رئيس مجلس مفوضي …: the name comes after). باسم is a name too.
// A charge or a case after a title and its body (لمدير سابق في بلدية الزرقاء بتهمة الاختلاس) is what they did, no name.
const AR_CHARGES = 'تهمة تهم جريمة جرائم قضية قضايا'.split(' ').map(fold)
// A prize a name wins, right after it (أحرز الأستاذ الكبير باسم أمين لقب البطولة): never a part of the name.
const AR_PRIZES = 'لقب ألقاب'.split(' ').map(fold)
const AR_TOWN_BODIES = 'غرفة غرف بلدية أمانة'.split(' ').map(fold)
const NOT_NAMES = new Set([
  ...AR_PRIZES,
  ...AR_TITLES,
  ...AR_ORG_HEADS,
  ...AR_PLACE_HEADS,
  ...[...AR_TITLE_QUALIFIERS].filter((w) => w !== fold('باسم')),
  ...AR_CHARGES,
  // A town's bodies no reader takes for a person (رئيس غرفة تجارة بغداد، رئيس بلدية الزرقاء، أمانة عمّان): not read as bodies here
  // (their town is the place asked), but never a name after a title.
  ...AR_TOWN_BODIES,
])

type Found = {
  kind: EntityKind
  paragraph: number
  /** Words from..to of the paragraph; `skip` characters of the first are a clitic (وموسكو). */
  from: number
  to: number
  skip?: number
  /** The first word's ل stands on the name's article, its alef dropped (للوكالة = ل + الوكالة): the name is written with it. */
  al?: boolean
  words: Word[]
  /** strong: a title, a table, a head word; weak: a verb of saying (a name of two words counts); hint: only with another finding. */
  evidence: 'strong' | 'weak' | 'hint'
  country?: string
  placeType?: PlaceType
  royal?: boolean
  /** A city of the table that plays in a match (فاز برشلونة على إشبيلية): a club, wherever the article names it. */
  team?: boolean
}

// Nisba adjectives of countries (الروسي، الصينية) and common ones (الدولي، الوطني): they qualify a
// name, they are not one.
const COUNTRY_ADJECTIVES = new Set([
  ...COUNTRIES.flatMap((c) => c.adjectives).flatMap((a) => [fold(`ال${a}`), fold(a)]),
  ...(
    'الدولي الوطني الرسمي الأعلى الخاص العربي الإسلامي الشمالي الجنوبي الشرقي الغربي المركزي الاتحادي الفيدرالي ' +
    'التنفيذي الإقليمي المحلي الدبلوماسي العسكري الاقتصادي السياسي الرئاسي الملكي الأممي الأوروبي الأفريقي الآسيوي العالمي'
  )
    .split(' ')
    .map(fold),
])

// A country's nisba with its article (الجزائري، المصرية): before a name, the person's nationality.
const AR_NATIONALITIES = new Set(COUNTRIES.flatMap((c) => c.adjectives.slice(0, 2)).map((a) => fold(`ال${a}`)))

/**
 * A family name with the article after a first name: a nisba (الدوسري، المري، القحطاني) that names
 * no country, a definite word another family name follows (السعيد الشربيني), or a definite word
 * the sentence goes on from with a particle or a comma (محمد الجدعان إن …، موسى المعايطة،). Never
 * a plural word (العلاقات), nor a feminine one but at the end of a clause.
 */
function familyNameAr(words: Word[], j: number, titled: boolean, depth = 0, afterFirst = true): boolean {
  const w = fold(words[j]!.text)
  // (Nor a title, a body's or a place's head: بصفاقس | الدكتور حاتم الشريف.)
  if (!definite(w) || w.length < 5 || NOT_FAMILY.has(w) || NOT_NAMES.has(w) || /(?:ات|ون|ين|ها|هم)$/u.test(w)) return false
  const next = words[j + 1]
  const ends = words[j]!.endsClause || next === undefined || ['ان', 'إن', 'أن'].map(fold).includes(fold(next.text))
  // A country's nisba is a family name only where the name ends (محمد شياع السوداني إن …).
  // After a first and a second name, with a title before them, it is the family name wherever it stands (رئيس الوزراء
  // محمد شياع السوداني بالقرار): a nationality goes before a name, not after two of its words.
  const twoNamesBefore = titled && j >= 2 && nameWordAr(fold(words[j - 1]!.text), false) && nameWordAr(fold(words[j - 2]!.text), true)
  if (COUNTRY_ADJECTIVES.has(w)) return (ends || twoNamesBefore) && depth === 0 && j > 0 && !definite(fold(words[j - 1]!.text))
  if (w.endsWith('ه')) return ends && w.length >= 6
  if (w.endsWith('ي')) return true
  // After a title, right after the first name, a definite word no other definite word qualifies (المرشح عماد العزام برئاسة …;
  // not after a second word: غي مبينزا هدف الفوز).
  // Not a verbal noun (سالم الدوسري التسجيل، … الإعلان), nor after another definite word.
  const prev = words[j - 1]
  if (titled && depth === 0 && afterFirst && next && !definite(fold(next.text)) && prev && !definite(fold(prev.text)) && !/^ال(?:ت|ا)/u.test(w)) return true
  // A definite word before another family name stands right after the first name (السعيد الشربيني);
  // after two name words it is the sentence going on (تسفاي ديريسا الرقم القياسي).
  return ends || (depth < 2 && afterFirst && familyNameAr(words, j + 1, false, depth + 1))
}

/**
 * A family name ending in ات right after a first name, where the name ends (حيدر فريحات إن …، «محمد عبيدات،»، ياسر
 * عرفات): a name of two words, not a plural noun after a first name (أجرى الوزير أحمد محادثات مع …).
 */
function familyNameInAt(words: Word[], i: number, j: number): boolean {
  const w = fold(words[j]!.text)
  if (j !== i + 1 || !/ات$/u.test(w) || w.length < 5 || definite(w) || w.startsWith('و') || !isArabicWord(w)) return false
  if (withoutClitics(w).some((f) => FUNCTION_WORDS.has(f) || NOT_NAMES.has(f)) || singleWordPlace(w)) return false
  const next = words[j + 1]
  return words[j]!.endsClause || next === undefined || NAME_ENDS_BEFORE.has(fold(next.text)) || AR_SAYING.has(fold(next.text))
}
/**
 * A foreign family name written with ه right after a titled first name, where the name ends (مهاجمه الغاني كوفي منساه في
 * الدقيقة 9، المدرب جان بيريه إن …): no pronoun's ه, which a noun takes (المدرب أحمد فريقه نحو الفوز), as only a
 * preposition, «إن» or the clause's end follows it here.
 */
function foreignNameInH(words: Word[], i: number, j: number, titled: boolean): boolean {
  if (!titled || j !== i + 1 || words[i]!.endsClause) return false
  const written = words[j]!.text.replace(/[\u064B-\u065F\u0640]/gu, '')
  const w = fold(written)
  if (!/^[^\s]{3,}ه$/u.test(written) || /(?:ها|هم|هما)$/u.test(written) || !nameWordAr(w.slice(0, -1), false) || /^[وفبلك]/u.test(written)) return false
  const next = words[j + 1]
  return words[j]!.endsClause || next === undefined || NAME_ENDS_BEFORE.has(fold(next.text)) || fold(next.text) === fold('في')
}

// Words a name ends before: the particle of what is said (قال … إن، أكد … أن).
const NAME_ENDS_BEFORE = new Set(['ان', 'إن', 'أن'].map(fold))

/**
 * Name words from `i` on: the longest run `nameWordAr` allows, with the parts of a compound name
 * (عبد الله، حسام الدين، أبو النجا) and a family name, at most five words, never ending on a link.
 */
/** A folded word in the shape of a past verb of the feminine of a derived form: تراوحت، تجاوزت، ارتفعت، استمرت، انخفضت. */
const derivedPastFeminineAr = (w: string) => /^(?:ت\S{3,}|ا[^ل]\S{2,})ت$/u.test(w) && !w.endsWith('ات')

function arabicNameRun(words: Word[], i: number, titled = false): number {
  let j = i
  let family = false
  while (j < words.length && j - i < NAME_MAX_WORDS) {
    const w = fold(words[j]!.text)
    // A word written with tanween (زمناً، رقماً) is an indefinite noun, never a name.
    if (TANWEEN.test(words[j]!.text)) break
    // A verb after a title (إن اللاعب يملك موهبة): the title is the subject, no name follows.
    if (j === i && titled && imperfectVerbAr(w)) break
    // So is a verb of saying or doing right after it (السفير غادر، المتحدث قال): the title is its subject.
    if (j === i && titled && (AR_SAYING.has(w) || AR_DOING.has(w))) break
    // A verb of saying or doing ends a name (أحمد سيد زيزو سجل …), and so does a time of day before a day (ملاطية فجر الاثنين).
    if (j > i && (AR_SAYING.has(w) || AR_DOING.has(w) || DIRECTIONS.has(w) || (TIMES_OF_DAY.has(w) && DAY_WORDS.has(fold(words[j + 1]?.text ?? ''))))) break
    // So does a past verb of the feminine of a derived form (مبالغ | تراوحت، الأسعار | ارتفعت): no family name has its shape.
    if (j > i && derivedPastFeminineAr(w)) break
    // A family name opening on «العبد» (خالد أحمد العبد اللطيف، عبد الرحمن العبد الله) goes on with its second word.
    const opened = j > i + 1 && FAMILY_OPENERS.has(fold(words[j - 1]!.text)) && !words[j - 1]!.endsClause && definite(w)
    const linked = j > i && ((isNameLink(words[j - 1]!) && isArabicWord(w)) || opened)
    const tail = j > i && NAME_TAILS.has(w)
    // آل folds to ال: a link word is taken here, the word after it by `linked`.
    const link = j > i && (isNameLink(words[j]!) || (FAMILY_OPENERS.has(w) && !words[j]!.endsClause && definite(fold(words[j + 1]?.text ?? ''))))
    // A first part with a feminine ending before الله or الدين is one name with it (عطية الله، هبة الله).
    const compound =
      j > i &&
      !words[j]!.endsClause &&
      ((j === i + 1 && NAME_TAILS.has(fold(words[j + 1]?.text ?? '')) && /ة$/u.test(words[j]!.text)) ||
        (DIN_PARTS.has(w) && fold(words[j + 1]?.text ?? '') === fold('الدين')))
    // A name ends with its family name (رحمة الطاهري | حلت): after one, only another definite word or a link goes on.
    if (family && !linked && !tail && !link && !definite(w)) break
    // A family name of a kunya after a first name (خالد أبو حسان) is whole: a definite word after it is the sentence's
    // (انتقد النائب خالد أبو حسان القرار), but a nisba (… أبو حسان العتيبي) or a link.
    if (j >= i + 3 && !linked && !tail && !link && definite(w) && !w.endsWith('ي') && FAMILY_LINKS.has(fold(words[j - 2]!.text))) break
    // After two name words, a word with ب on it is a preposition's phrase (كاتي ليديكي بسباق …), not a third name;
    // family names start with بو، بن، بل، بي (عبد العزيز بوتفليقة، جمال بلماضي).
    if (j >= i + 2 && !linked && /^ب(?![ونلي])\S{3,}/u.test(w)) break
    if (!linked && !tail && !link && !compound && !nameWordAr(w, j === i, titled ? words[j]!.text : undefined) && !foreignNameInH(words, i, j, titled)) {
      if (!(j > i && (familyNameAr(words, j, titled, 0, j === i + 1) || familyNameInAt(words, i, j)))) break
      family = true
    }
    j++
    if (words[j - 1]!.endsClause) break
  }
  while (j > i && (isNameLink(words[j - 1]!) || FAMILY_OPENERS.has(fold(words[j - 1]!.text)))) j--
  // A word with a hamza before ل alone is a verbal noun (أعلن الرئيس إلغاء …), a name only with another word (إليود كيبتشوغي).
  if (j === i + 1 && titled && hamzaAl(words[i]!.text)) return i
  return j
}

/** Whether Arabic word `k` is a noun joined by و before a definite word, the second field of a body (… وتوزيع المياه). */
function joinedVerbalNounAt(words: Word[], k: number): boolean {
  const w = fold(words[k]!.text)
  return !words[k]!.endsClause && w.startsWith('و') && DERIVED_VERBAL_NOUN_AR.test(w.slice(1)) && definite(fold(words[k + 1]!.text))
}

const COMMA = /^[،,]$/u

/**
 * Whether Arabic words from..end are a name in commas after a title (مدير البورصة، عثمان الطيب النور، إن …): two words
 * or more, a comma after them and what is said or done next; never a participle of the manner (مخاطبا الحضور، موضحا).
 */
function nameInCommasAr(text: string, words: Word[], from: number, end: number): boolean {
  if (end - from < 2 || !words[end - 1]!.endsClause || !COMMA.test(text[words[end - 1]!.end] ?? '') || !words[end]) return false
  if (/^م\S{3,}ا$/u.test(fold(words[from]!.text))) return false
  const next = fold(words[end]!.text)
  return (
    NAME_ENDS_BEFORE.has(next) ||
    AR_SAYING.has(next) ||
    AR_DOING.has(next) ||
    FUNCTION_WORDS.has(next) ||
    DAY_WORDS.has(next) ||
    // The sentence goes on after the name with a figure or a preposition on a definite word (بسجن مدير …، سامر الخطيب، 7 سنوات؛
    // التقينا مديرة المهرجان، نادية الزغلامي، للحديث عن …).
    /^\p{Nd}/u.test(words[end]!.text) ||
    /^(?:لل|بال|كال)\S{2,}/u.test(next)
  )
}

/** Whether Arabic word `k` is the head of a body or a place and `k + 1` its name, definite or a place (بلدية الكويت، محافظة الجيزة). */
function bodyWithNameAt(words: Word[], k: number): boolean {
  const head = fold(words[k]!.text)
  if (words[k]!.endsClause || !(AR_ORG_HEADS.has(head) || AR_PLACE_HEADS.has(head) || (AR_TITLE_QUALIFIERS.has(head) && !definite(head)))) return false
  const name = fold(words[k + 1]!.text)
  return definite(name) || singleWordPlace(name) !== undefined
}

/** Whether Arabic word `k` is a body's head, definite or not (الشركة، شركة، البنك، الجمعية). */
function bodyHeadAt(words: Word[], k: number): boolean {
  const w = fold(words[k]!.text)
  return AR_ORG_HEADS.has(w) || (definite(w) && AR_ORG_HEADS.has(w.slice(AL.length)))
}

// Heads of bodies named after their place (بلدية صور، جامعة بيرزيت، محافظة إربد): a title's body before its place.
const AR_BODIES_OF_A_PLACE = new Set('بلدية جماعة جامعة محافظة ولاية إقليم مقاطعة مدينة منطقة مستشفى'.split(' ').map(fold))

/** Whether Arabic word `k` is the indefinite head of a body named after its place (بلدية، جامعة، محافظة). */
function bodyOfAPlaceAt(words: Word[], k: number): boolean {
  return !words[k]!.endsClause && AR_BODIES_OF_A_PLACE.has(fold(words[k]!.text))
}

/** Whether Arabic word `k` opens a place's name of several with the word after it (وادي الحلو، رأس الخيمة، خور فكان). */
function placeOpenerAt(words: Word[], k: number): boolean {
  const next = words[k + 1]
  if (!next || words[k]!.endsClause || !withoutClitics(fold(words[k]!.text)).some((f) => PLACE_NAME_OPENERS.has(f))) return false
  const w = fold(next.text)
  // A name's own ف is no clitic after an opener (خور فكان, not خور | ف+كان).
  const ownFa = /^ف\S{3,}$/u.test(w) && isArabicWord(w) && !FUNCTION_WORDS.has(w)
  return nameWordAr(w, true) || ownFa || (definite(w) && w.length >= 5 && !COUNTRY_ADJECTIVES.has(w) && !NOT_FAMILY.has(w))
}

function findArabic(paragraph: number, text: string, words: Word[], found: Found[]): void {
  for (let i = 0; i < words.length; i++) {
    const forms = withoutClitics(fold(words[i]!.text))
    // A bare title ending at a comma, the name in commas after it (قال المدير، أحمد سالم، إن …؛ وقالت الوزيرة، هند
    // الصبيحي، إن …): as after a title and its body (below).
    if (words[i]!.endsClause && forms.some((f) => AR_TITLES.has(f)) && i + 1 < words.length && COMMA.test(text[words[i]!.end] ?? '')) {
      const end = arabicNameRun(words, i + 1, true)
      if (nameInCommasAr(text, words, i + 1, end)) found.push({ kind: 'person', paragraph, from: i + 1, to: end, words, evidence: 'strong' })
      continue
    }
    if (forms.some((f) => AR_TITLES.has(f)) && !words[i]!.endsClause) {
      // A title in the name of a place or a body (ملعب الملك فهد، شارع الشيخ محمد بن راشد) names it, not a person to ask about.
      if (i > 0 && withoutClitics(fold(words[i - 1]!.text)).some((f) => AR_PLACE_HEADS.has(f) || AR_ORG_HEADS.has(f) || AR_VENUES.has(f))) continue
      // A title a body's name also ends on, right after a definite word that is no title, is that word's adjective (أحرز
      // الترجي الرياضي لقب كأس تونس, النادي الرياضي, المركز الصحفي): no person after it (not «الكاتب الصحفي محمد علي»).
      if (i > 0 && bodyEpithetAfterNoun(words, i)) continue
      // Title, then qualifiers (الكوري الشمالي, باسم الوزارة, للأمم المتحدة, سفير فرنسا, لاعب وسطه), then the name.
      let j = i + 1
      let timed = false
      // The body the title is of, with ل on it (المدير التنفيذي لمشروع النقل العام، المدير العام لهيئة الطيران المدني).
      let bodyWithL: number | undefined
      while (j < words.length && j - i <= (bodyWithL === undefined ? 5 : 7) && !words[j - 1]!.endsClause) {
        const w = fold(words[j]!.text)
        // A word of time (الماضي، المقبل، الأحد) ends the phrase: «كأس رئيس الدولة الموسم الماضي بفوز …» names no one.
        timed ||= TIME_WORDS.has(w)
        const body = AR_ORG_HEADS.has(fold(words[j - 1]!.text))
        // (باسم is «on behalf of» before a body, المتحدث باسم الوزارة, but a first name before another, باسم أمين.)
        if (w === BASSEM && j + 1 < words.length && !words[j]!.endsClause && !definite(fold(words[j + 1]!.text)) && nameWordAr(fold(words[j + 1]!.text), false))
          break
        if ((definite(w) && !hamzaAl(words[j]!.text)) || w.startsWith(fold('لل')) || w.startsWith(fold('بال')) || AR_TITLE_QUALIFIERS.has(w)) j++
        else if (j + 1 < words.length && (singleWordPlace(w)?.type === 'country' || withPronoun(words[j]!.text))) j++
        // A city the title is of, then a nationality (مدرب برشلونة الألماني هانزي فليك); a city's name before a family
        // name is a first name (المهاجم سانتياغو خيمينيز).
        else if (j + 2 < words.length && !words[j]!.endsClause && singleWordPlace(w) && COUNTRY_ADJECTIVES.has(fold(words[j + 1]!.text))) j++
        // The body's name after its head, a club's or a city's (رئيس نادي برشلونة، مدرب نادي ريال مدريد): not the person's.
        else if (j + 1 < words.length && (body || AR_CLUB_WORDS.has(fold(words[j - 1]!.text))) && (singleWordPlace(w) || AR_CLUB_WORDS.has(w))) j++
        // A body's head before its place (رئيس محافظة إربد، مدير مستشفى ناصر).
        else if (bodyOfAPlaceAt(words, j) && j + 2 < words.length) j++
        // A part of a body before the body it belongs to, after a title in construct with it (مدير فرع الشركة، رئيسة وحدة
        // البنك العربي): the title's body, no name, whatever the part is called. A definite title stands beside its name
        // (الرئيس تبون المنتخب الوطني: تبون congratulates the team).
        else if (
          j + 2 < words.length &&
          !words[j]!.endsClause &&
          !forms.some((f) => AR_TITLES.has(f) && definite(f)) &&
          isArabicWord(w) &&
          !FUNCTION_WORDS.has(w) &&
          !IN_PLACE.has(w) &&
          text[words[j + 1]!.start - 1] !== '«' &&
          bodyHeadAt(words, j + 1)
        )
          j++
        // The place of a body the title heads, a word not known as a place (رئيس بلدية صور حسن دبوق, صور also "pictures"):
        // one word after an indefinite body's head, a name of two words or more after it: the body's, not the person's.
        else if (
          j > i + 1 &&
          bodyOfAPlaceAt(words, j - 1) &&
          !words[j]!.endsClause &&
          arabicNameRun(words, j, true) > j &&
          arabicNameRun(words, j + 1, true) >= j + 3
        )
          j++
        // Where the title serves (سفير فرنسا لدى مصر …): a preposition and a place.
        else if (j > i + 1 && IN_PLACE.has(w) && j + 2 < words.length && !words[j]!.endsClause && singleWordPlace(fold(words[j + 1]!.text))) j += 2
        // Or a preposition and a body or a place with its name (مدير إدارة التراخيص السابق في بلدية الكويت فهد العنزي، المتحدث
        // باسم الشرطة في محافظة الجيزة أحمد علي): the name comes after.
        else if (j > i + 1 && IN_PLACE.has(w) && j + 3 < words.length && !words[j]!.endsClause && bodyWithNameAt(words, j + 1)) j += 3
        // ل on an indefinite noun a definite word follows: the body's name in the genitive, tried before the name after it.
        else if (bodyWithL === undefined && /^ل[^ل]\S{2,}$/u.test(w) && !words[j]!.endsClause && j + 1 < words.length && definite(fold(words[j + 1]!.text))) {
          bodyWithL = j
          j++
        }
        // Or a verbal noun under ل, another joined to it by و, then the definite word (لاستغلال وتوزيع المياه، لتطوير وتنظيم الموارد).
        else if (bodyWithL === undefined && verbalNounUnderL(w) && !words[j]!.endsClause && j + 2 < words.length && joinedVerbalNounAt(words, j + 1)) {
          bodyWithL = j
          j += 2
        } else break
      }
      // The title and its body end at a comma, the name in commas after them (وقالت المديرة الجهوية للشركة الوطنية لاستغلال
      // وتوزيع المياه، سنية البكوش، إن …؛ وقال مدير البورصة، عثمان الطيب النور، إن …).
      if (j > i + 1 && j < words.length && words[j - 1]!.endsClause && !timed && COMMA.test(text[words[j - 1]!.end] ?? '')) {
        const end = arabicNameRun(words, j, true)
        if (nameInCommasAr(text, words, j, end)) found.push({ kind: 'person', paragraph, from: j, to: end, words, evidence: 'strong' })
        continue
      }
      // A quotation opening after the title is what is said of the person, no name (إن المتهم "استغل منصبه …").
      const quoted = j < words.length && /["«“]/u.test(text.slice(words[j - 1]!.end, words[j]!.start))
      if (j < words.length && !words[j - 1]!.endsClause && !timed && !quoted) {
        let end = arabicNameRun(words, j, true)
        // No name of two words after the body: the ل was the name's own letter (الكاتبة ليلى العثمان إن …).
        const verb = (k: number) => AR_SAYING.has(fold(words[k]!.text)) || AR_DOING.has(fold(words[k]!.text)) || imperfectVerbAr(fold(words[k]!.text))
        if (bodyWithL !== undefined && (end - j < 2 || verb(j))) {
          j = bodyWithL
          end = arabicNameRun(words, j, true)
        }
        // The body a title represents, then where (ممثلة يونيسف في الأردن تانيا شابويزا): the name comes after.
        const at = words[end]
        if (end === j + 1 && !words[j]!.endsClause && at && IN_PLACE.has(fold(at.text)) && !at.endsClause && words[end + 1]) {
          const place = fold(words[end + 1]!.text)
          if ((definite(place) || singleWordPlace(place)) && !words[end + 1]!.endsClause) {
            const after = arabicNameRun(words, end + 2, true)
            if (after > end + 2) {
              j = end + 2
              end = after
            }
          }
        }
        // One word after a title of a man, then a number or a verb of the feminine (المتهم الأول أصدر 63، تلقى المتهم مبالغ
        // تراوحت): the title is the subject and the word its verb or object, no name.
        const next = words[end]
        const masculine = !/ة$/u.test(words[i]!.text.replace(/[\u064B-\u065F\u0640]/gu, ''))
        if (end === j + 1 && masculine && next && !words[j]!.endsClause && (/^\p{Nd}/u.test(next.text) || derivedPastFeminineAr(fold(next.text)))) continue
        // One word after a body's head is the body's name, no person (رئيس بلدية صور | إن العمل مستمر).
        if (end === j + 1 && j > i + 1 && bodyOfAPlaceAt(words, j - 1)) continue
        // Words before another title are the first title's (its body's place: المدير الجهوي للصحة بصفاقس | الدكتور حاتم
        // الشريف): the person is named after the second.
        if (end === j + 1 && next && !words[j]!.endsClause && withoutClitics(fold(next.text)).some((f) => AR_TITLES.has(f))) continue
        // A title that is as often a common noun (الحكم: the referee or the ruling; البديل; مهاجمه: its striker) names a person
        // of two words or more only (الحكم شريف منير; not إن الحكم نهائي، إن مهاجمه يعاني).
        if (end - j < 2 && forms.some((f) => COMMON_NOUN_TITLES.has(f))) continue
        const royal = forms.some((f) => AR_ROYAL.has(f))
        if (royal && end > j && end < words.length && !words[end - 1]!.endsClause && ORDINALS.has(fold(words[end]!.text))) end++
        if (end > j) found.push({ kind: 'person', paragraph, from: j, to: end, words, evidence: 'strong', royal })
      }
      continue
    }
    if (forms.some((f) => AR_CALLED.has(f)) && i + 1 < words.length && !words[i]!.endsClause) {
      // A name in quotation marks is taken whole, whatever its letters (آمون-إم-حات).
      const quoted = text[words[i + 1]!.start - 1] === '«'
      let end = i + 1
      if (quoted) {
        while (end < words.length && end - i <= NAME_MAX_WORDS && text[words[end]!.end] !== '»') end++
        end = text[words[end]?.end ?? 0] === '»' ? end + 1 : i + 1
      } else end = arabicNameRun(words, i + 1)
      const before = i > 0 ? withoutClitics(fold(words[i - 1]!.text)) : []
      const kind: EntityKind = before.some((f) => AR_PLACE_HEADS.has(f)) ? 'place' : before.some((f) => AR_ORG_HEADS.has(f)) ? 'organisation' : 'person'
      if (end > i + 1) found.push({ kind, paragraph, from: i + 1, to: end, words, evidence: 'strong' })
      continue
    }
    // A country's nisba with its article before a name, no definite noun before it that it would qualify (وحلّ الجزائري بلال
    // بلحسين ثانياً، فيما جاء الأردني يزن الحوراني ثالثاً): the person of that country, named in two words or more. After a
    // definite noun it is that noun's (المنتخب الجزائري، اللاعب الجزائري بلال بلحسين: the title's, read above).
    if (
      forms.some((f) => AR_NATIONALITIES.has(f)) &&
      !words[i]!.endsClause &&
      i + 2 < words.length &&
      (i === 0 || words[i - 1]!.endsClause || !withoutClitics(fold(words[i - 1]!.text)).some((f) => definite(f) || AR_TITLES.has(f)))
    ) {
      let end = arabicNameRun(words, i + 1)
      // A verb after the name ends it (المصري محمد صلاح يقود فريقه …).
      while (end - (i + 1) > 2 && imperfectVerbAr(fold(words[end - 1]!.text))) end--
      if (end - (i + 1) >= 2) {
        found.push({ kind: 'person', paragraph, from: i + 1, to: end, words, evidence: 'weak' })
        continue
      }
    }
    const doing = forms.some((f) => AR_DOING.has(f))
    if ((doing || forms.some((f) => AR_SAYING.has(f))) && i + 1 < words.length && !words[i]!.endsClause) {
      // A nationality before the name (قال الدولي المغربي أشرف حكيمي) qualifies it: the name comes after.
      let from = i + 1
      while (from < i + 3 && from + 1 < words.length && !words[from]!.endsClause && COUNTRY_ADJECTIVES.has(fold(words[from]!.text))) from++
      const end = arabicNameRun(words, from)
      if (end > from) found.push({ kind: 'person', paragraph, from, to: end, words, evidence: doing ? 'hint' : 'weak' })
      continue
    }
    // A club's or a paper's name made of a place (ريال مدريد، اتحاد جدة below, مانشستر يونايتد): the body's, not the place's.
    const club = clubAt(words, i)
    if (club.end > i) {
      found.push({
        kind: 'organisation',
        paragraph,
        from: i,
        to: club.end,
        ...cliticOf(words[i]!.text, club.first),
        words,
        evidence: 'strong',
      })
      i = club.end - 1
      continue
    }
    // A site's head (محطة) names a place only before a place's opener (محطة خور فكان); else it may head a body (محطة الأرصاد).
    const site = forms.some((f) => AR_SITE_HEADS.has(f)) && !words[i]!.endsClause && placeOpenerAt(words, i + 1)
    if (
      (site || forms.some((f) => AR_PLACE_HEADS.has(f))) &&
      i + 1 < words.length &&
      !words[i]!.endsClause &&
      !genericPlaceNoun(words, i) &&
      !AR_PLACE_EPITHETS.has(fold(words[i + 1]!.text))
    ) {
      // A head that opens a name of several (وادي، جبل), after another head or not, is the name's first word with the
      // word after it (منطقة وادي الحلو، مدينة وادي موسى، جبل الشيخ).
      const openerForm = (k: number) => withoutClitics(fold(words[k]!.text)).find((f) => PLACE_NAME_OPENERS.has(f))
      const opener = (k: number) => placeOpenerAt(words, k)
      const from = (site || withoutClitics(fold(words[i + 1]!.text)).some((f) => AR_PLACE_HEADS.has(f))) && opener(i + 1) ? i + 1 : opener(i) ? i : -1
      if (from >= 0) {
        found.push({ kind: 'place', paragraph, from, to: from + 2, ...cliticOf(words[from]!.text, openerForm(from)!), words, evidence: 'strong' })
        i = from + 1
        continue
      }
      let end = arabicNameRun(words, i + 1)
      // A place's name word may be definite (شرم الشيخ، حلب الشهباء), never an adjective (غزة المحاصرة، رفح
      // الحدودية); after a province's head, its first word too (محافظة المفرق، ولاية الخرطوم).
      const placeWord = (k: number) => {
        const w = words[k] ? fold(words[k]!.text) : ''
        if (!definite(w) || w.length < 5 || COUNTRY_ADJECTIVES.has(w) || NOT_FAMILY.has(w) || /(?:ي|يه|ات|ون|ين)$/u.test(w) || BROKEN_PLURAL_AR.test(w))
          return false
        // A word with ة after a first word without one is the name's (منطقة خطم الشكلة), not an adjective agreeing with it
        // (غزة المحاصرة); never a participle or a فعيلة adjective (حمص القديمة، عسير المحتلة).
        return !w.endsWith('ه') || (!fold(words[k - 1]!.text).endsWith('ه') && !/^الم|^ال..ي.ه$/u.test(w))
      }
      // A place of the table is its name whole: a word after it that is no article-definite part of it (حلب الشهباء) is
      // the sentence going on (محافظة حلب | بلغ …).
      // So is a plural of the pattern أفعال after it, the verb's object (لمدينة أكادير | الآباء، الأطفال، الأهالي).
      if (
        end > i + 2 &&
        singleWordPlace(fold(words[i + 1]!.text)) &&
        (!definite(fold(words[i + 2]!.text)) || BROKEN_PLURAL_AR.test(fold(words[i + 2]!.text))) &&
        !isNameLink(words[i + 2]!)
      )
        end = i + 2
      // A verb after a place's first word is the sentence going on (ولاية قفصة | تضررت، مدينة حمص | تشهد), unless that
      // word opens a name of several (بئر بورقبة، سيدي بوزيد، سان فرانسيسكو).
      // A word that opens a name of several takes the next one along (بئر بورقبة، عين دراهم), definite too (رأس الخيمة،
      // بئر السبع، وادي الحلو), but no country's adjective (جبل لبناني).
      const second = words[i + 2] ? fold(words[i + 2]!.text) : ''
      if (
        end === i + 2 &&
        PLACE_NAME_OPENERS.has(fold(words[i + 1]!.text)) &&
        !words[i + 1]!.endsClause &&
        words[i + 2] &&
        (nameWordAr(second, true) || (definite(second) && !COUNTRY_ADJECTIVES.has(second) && !NOT_FAMILY.has(second)))
      )
        end = i + 3
      const verbAt = (k: number) => {
        const w = fold(words[k]!.text)
        return verbShapedAr(w) || AR_MEASURE_VERBS.has(w) || AR_SAYING.has(w) || AR_DOING.has(w)
      }
      if (end > i + 2 && !PLACE_NAME_OPENERS.has(fold(words[i + 1]!.text)) && !isNameLink(words[i + 1]!) && verbAt(i + 2)) end = i + 2
      // After a title, the place of the body it heads is one word, and the name of two or more after it the person's
      // (رئيس محافظة إربد | خالد الحجاوي، رئيس بلدية صور | حسن دبوق).
      const titled = i > 0 && withoutClitics(fold(words[i - 1]!.text)).some((f) => AR_TITLES.has(f))
      if (end > i + 2 && titled && !PLACE_NAME_OPENERS.has(fold(words[i + 1]!.text)) && !words[i + 1]!.endsClause && arabicNameRun(words, i + 2, true) >= i + 4)
        end = i + 2
      if (end === i + 1 && !fold(words[i]!.text).startsWith(AL) && forms.some((f) => AR_PROVINCE_HEADS.has(f)) && placeWord(i + 1)) end++
      if (end === i + 2 && !words[i + 1]!.endsClause && placeWord(end)) end++
      if (end > i + 1) found.push({ kind: 'place', paragraph, from: i + 1, to: end, words, evidence: 'strong' })
      continue
    }
    const head = forms.find((f) => AR_ORG_HEADS.has(f))
    const definiteEnd = head ? i : definiteBodyEnd(words, i, forms)
    if (definiteEnd > i + 1) {
      found.push({
        kind: 'organisation',
        paragraph,
        from: i,
        to: definiteEnd,
        ...cliticOf(words[i]!.text, forms.find(definite) ?? ''),
        words,
        evidence: 'strong',
      })
      i = definiteEnd - 1
      continue
    }
    if (head && !fold(words[i]!.text).startsWith(AL)) {
      // وزارة الصحة، وكالة الأنباء المركزية الكورية: the head and the definite words after it; once
      // an adjective (الدولي، المركزية) qualifies it, only adjectives (صندوق النقد الدولي، not … التوصل).
      let j = i + 1
      let qualified = false
      // A body named after its place (جامعة القاهرة is definite already): اتحاد جدة، بنك مصر، نادي برشلونة، صحيفة نيويورك تايمز.
      const place = !words[i]!.endsClause && words[i + 1] ? singleWordPlace(fold(words[i + 1]!.text)) : undefined
      if (place && !definite(fold(words[i + 1]!.text))) {
        j = clubAt(words, i + 1).end
        if (j === i + 1) j = i + 2
      }
      while (j < words.length && j - i < ORG_MAX_WORDS && !words[j - 1]!.endsClause && definite(fold(words[j]!.text))) {
        // A title after the body is a person's (لجنة التحكيم | المخرجة التونسية سلمى الزواري).
        // (Not one shaped as an adjective: نادي الوداد الرياضي; but one before a name of two words is its title: هيئة
        // المحكمة | القاضي محمد العمري.)
        if (
          AR_TITLES.has(fold(words[j]!.text)) &&
          (!/(?:ي|يه)$/u.test(fold(words[j]!.text)) ||
            (!BODY_EPITHET_TITLES.has(fold(words[j]!.text)) && !words[j]!.endsClause && arabicNameRun(words, j + 1, true) >= j + 3))
        )
          break
        const adjective = /(?:ي|يه)$/u.test(fold(words[j]!.text))
        if (qualified && !adjective) break
        qualified ||= adjective
        j++
      }
      // A ministry's or a committee's second field joined by و to the first (وزارة التربية والتعليم، وزارة الصحة والسكان،
      // لجنة الطاقة والثروة المعدنية النيابية): one body's name, with the adjectives after it.
      // (And a third: هيئة الزكاة والضريبة والجمارك، وزارة البيئة والمياه والزراعة.)
      const joinedAt = (k: number) => {
        const joined = words[k] ? fold(words[k]!.text) : ''
        return !words[k - 1]!.endsClause && joined.startsWith(`و${AL}`) && joined.length >= 6 && !/(?:ي|يه)$/u.test(joined)
      }
      // (Not a court's panels: هيئة الدفاع والنيابة العامة are two parties.)
      const panel = head === fold('هيئة') && PANELS.has(fold(words[i + 1]!.text))
      if (BODIES_OF_FIELDS.has(head) && !panel && j === i + 2 && joinedAt(j)) {
        j++
        if (j < words.length && j - i < ORG_MAX_WORDS && joinedAt(j)) j++
        while (
          j < words.length &&
          j - i < ORG_MAX_WORDS &&
          !words[j - 1]!.endsClause &&
          definite(fold(words[j]!.text)) &&
          /(?:ي|يه)$/u.test(fold(words[j]!.text))
        )
          j++
      }
      // After a rank's adjective, the field it is for with «لل» (منظمة الأمم المتحدة للطفولة، برنامج الأمم المتحدة للتنمية).
      // (Not after a noun or a nisba, where «لل» says for whom it acts: وزارة الصحة للمرضى، صندوق النقد الدولي للدول النامية.)
      const field = words[j] ? fold(words[j]!.text) : ''
      if (
        j > i + 1 &&
        j - i < ORG_MAX_WORDS &&
        !words[j - 1]!.endsClause &&
        BODY_ADJECTIVES.has(fold(words[j - 1]!.text)) &&
        field.startsWith(fold('لل')) &&
        field.length >= 5 &&
        !singleWordPlace(field.slice(1))
      )
        j++
      const { skip, al } = cliticOf(words[i]!.text, head)
      // حركة السير، حركة الملاحة: traffic, not a movement.
      if (head === fold('حركة') && j > i + 1 && MOVEMENT_OF.has(fold(words[i + 1]!.text))) continue
      if (j > i + 1) found.push({ kind: 'organisation', paragraph, from: i, to: j, skip, al, words, evidence: 'strong' })
    }
  }
}

// Heads of a body that a newsroom writes definite, with its adjectives (البنك المركزي العراقي، الهيئة العامة للإحصاء،
// المفوضية العليا المستقلة للانتخابات، الجهاز المركزي للإحصاء، الحزب الديمقراطي الكردستاني).
const AR_DEFINITE_BODY_HEADS = new Set(
  'البنك المصرف الهيئة المفوضية الجهاز المركز الحزب المجلس الصندوق الاتحاد المنظمة الوكالة المؤسسة الجمعية المعهد المديرية المندوبية'.split(' ').map(fold),
)
// Adjectives of a body's rank that are no nisba (الهيئة العامة، المفوضية العليا المستقلة، الأمم المتحدة).
const BODY_ADJECTIVES = new Set('العامة العام العليا الأعلى المستقلة المتحدة'.split(' ').map(fold))
// Adjectives after such a head that make it no name: a place in a ranking (المركز الثاني), a time (المجلس الحالي).
// Nor one that says only which of its kind (the local bank, a private fund: البنك المحلي، الصندوق الخاص).
const NOT_BODY_ADJECTIVES = new Set([
  ...ORDINALS,
  ...TIME_WORDS,
  ...AR_TITLE_QUALIFIERS,
  ...'الحادي التالي الأخير الوحيد المحلي المحلية الخاص الخاصة الحكومي الحكومية الكبير الكبيرة الصغير الصغيرة'.split(' ').map(fold),
])

/**
 * The end of a definite body's name at Arabic word `i`, whose `forms` are its folded forms without clitics (الهيئة العامة
 * للإحصاء: i + 3), or `i` when none starts there: a
 * definite head of a body, at least one adjective of the nisba shape or of rank after it (no ordinal nor word of time: المركز
 * الثاني, المجلس الحالي), then the field it is for, with «لل», and that field's own adjectives (المركز العراقي للدراسات
 * الاستراتيجية). A head with no adjective is a common noun (البنك، الحزب).
 */
function definiteBodyEnd(words: Word[], i: number, forms: readonly string[]): number {
  if (words[i]!.endsClause || !forms.some((f) => AR_DEFINITE_BODY_HEADS.has(f))) return i
  const adjective = (k: number) => {
    const w = words[k] ? fold(words[k]!.text) : ''
    return definite(w) && (/(?:ي|يه)$/u.test(w) || BODY_ADJECTIVES.has(w)) && !NOT_BODY_ADJECTIVES.has(w)
  }
  if (!adjective(i + 1)) return i
  let j = i + 2
  while (j < words.length && j - i < ORG_MAX_WORDS && !words[j - 1]!.endsClause && adjective(j)) j++
  const field = words[j] ? fold(words[j]!.text) : ''
  // The field as a verbal noun with ل and its object (المديرية العامة لمكافحة المخدرات، الهيئة العامة لتنمية الصادرات).
  if (
    j + 1 < words.length &&
    j - i < ORG_MAX_WORDS &&
    !words[j - 1]!.endsClause &&
    !words[j]!.endsClause &&
    verbalNounUnderL(field) &&
    definite(fold(words[j + 1]!.text))
  )
    return j + 2
  if (j < words.length && j - i < ORG_MAX_WORDS && !words[j - 1]!.endsClause && field.startsWith(fold('لل')) && field.length >= 5) {
    j++
    while (j < words.length && j - i < ORG_MAX_WORDS + 1 && !words[j - 1]!.endsClause && adjective(j)) j++
    // And a second field joined by و (الجهاز المركزي للتعبئة العامة والإحصاء).
    const joined = words[j] ? fold(words[j]!.text) : ''
    if (j < words.length && j - i < ORG_MAX_WORDS + 1 && !words[j - 1]!.endsClause && joined.startsWith(`و${AL}`) && joined.length >= 6) j++
  }
  return j
}

// Bodies named after two fields joined by و (وزارة التربية والتعليم، لجنة الطاقة والثروة المعدنية، هيئة الزكاة والضريبة): not a council, whose
// second word joined by و is another body (مجلس الأمن والدول الأعضاء).
const BODIES_OF_FIELDS = new Set(['وزارة', 'لجنة', 'هيئة'].map(fold))
// A «هيئة» of a court or a contest is a panel, not a body of fields: هيئة الدفاع، هيئة المحكمة، هيئة التحكيم، هيئة المحلفين.
const PANELS = new Set('الدفاع المحكمة التحكيم المحلفين'.split(' ').map(fold))

/**
 * The end of a club's or a paper's name made of a place and a word of clubs at word `i` (ريال مدريد،
 * مانشستر يونايتد، نيويورك تايمز), or `i` when none starts there.
 */
function clubAt(words: Word[], i: number): { end: number; first: string } {
  const none = { end: i, first: '' }
  const next = words[i + 1]
  if (!next || words[i]!.endsClause) return none
  const club = withoutClitics(fold(words[i]!.text)).find((f) => AR_CLUB_BEFORE.has(f))
  if (club && singleWordPlace(fold(next.text))) return { end: i + 2, first: club }
  const place = singleWordPlace(fold(words[i]!.text))
  if (!place) return none
  const tail = AR_CLUB_AFTER.find((t) => t.every((w, k) => words[i + 1 + k] !== undefined && fold(words[i + 1 + k]!.text) === w && !words[i + k]!.endsClause))
  return tail ? { end: i + 1 + tail.length, first: place.words[0]! } : none
}

// ---------------------------------------------------------------------------------------------
// English

const CAPITALIZED = /^[A-Z][\p{L}\p{M}'’.-]*$/u
const ACRONYM = /^[A-Z][A-Z&.]{1,7}$/u
const CONNECTORS = new Set(['of', 'for', 'on', 'de', 'al', 'al-', 'bin', 'ibn', 'bint', 'van', 'von', 'da', 'del', 'di', 'la', 'le', 'du', 'der', 'the'])
// Particles a family name may take two of (Ursula von der Leyen, Juan de la Cruz, Robin van der Meer).
const NAME_PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'dos', 'das', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'du'])
// A family name with an Arabic particle joined by a hyphen, in lower case (al-Sisi, el-Erian, bin-Salman): a capitalised name.
const PARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|bint|abu)-[A-Z][\p{L}\p{M}'’-]*$/u
const EN_STOP = new Set(
  (
    'The A An This That These Those It Its He She They We I You His Her Their Our My But And Or In On At For After Before When While ' +
    'As If Then There Here What Which Who Whom Whose Why How Since Until During Despite According Also However Meanwhile ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September ' +
    'October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr Prof Sir Coun Cllr'
  ).split(' '),
)
const EN_TITLES = new Set(
  (
    'President Prime Minister King Queen Prince Princess Sheikh Emir Mr Mrs Ms Dr Professor Prof Sir Dame Chancellor Governor ' +
    'Senator Rep Representative Coun Cllr General Gen Colonel Col Captain Capt Pope Archbishop Bishop Judge Justice Mayor Ambassador ' +
    'Secretary Chairman Chairwoman Director Commissioner Lord Lady coach manager striker midfielder goalkeeper defender ' +
    'forward captain chief executive spokesman spokeswoman spokesperson director author writer novelist poet artist singer ' +
    'actor actress filmmaker film-maker leader head founder economist scientist researcher analyst minister president ' +
    'champion player star compatriot teammate late swimmer runner sprinter athlete cyclist boxer gymnast golfer jockey driver ' +
    'winger keeper lawyer attorney prosecutor envoy diplomat chairperson boss owner investor billionaire ' +
    // Jobs a newsroom capitalises before a name (Met Éireann Forecaster Liz Walsh, Councillor Mary Burke, Taoiseach Simon Harris).
    'forecaster meteorologist councillor councilor engineer inspector detective superintendent sergeant constable officer ' +
    'commander professor doctor nurse surgeon physician historian curator teacher headteacher principal editor reporter ' +
    'correspondent journalist columnist pilot firefighter ranger paramedic farmer chef architect designer activist campaigner ' +
    'pharmacist dentist specialist strategist psychiatrist psychologist chemist physicist taoiseach tánaiste premier ' +
    'ombudsman auditor registrar coroner sheriff trustee treasurer administrator supervisor consultant adviser advisor'
  ).split(' '),
)
// Jobs by their ending: an -ologist (Seismologist, Epidemiologist) or an -ician (Statistician, Politician) is never a given name.
const EN_TITLE_ENDING = /^[A-Za-z]{3,}(?:ologist|ician)$/u

/** Whether a word is a title or a job before a name, in capitals or not (President, coach, Forecaster). */
function isEnTitle(word: string): boolean {
  return EN_TITLES.has(word) || EN_TITLES.has(word.toLowerCase()) || EN_TITLE_ENDING.test(word)
}

// Capitalised words of events, holidays and brands a nationality goes before (Chinese New Year, French Open,
// American Express): never a person's name.
const EN_NOT_PERSON = new Set(
  (
    'New Year Day Eve Open Prix Grand Cup Super League Liga Ligue Serie Bundesliga Premier Championship Championships Games Express Revolution War Empire Navy Embassy Government Airlines La Le El Al Los Las ' +
    // The fields a body is of (Department for Environment, Food and Rural Affairs): no person's name.
    'Affairs Relations Studies Sciences Resources Research Development Welfare Agriculture Fisheries Heritage Tourism Infrastructure'
  ).split(' '),
)
// Words of a title's office before it (Foreign Minister, Deputy Prime Minister, Crown Prince): part of the title, only before one.
const EN_OFFICE_WORDS = new Set(
  'Foreign Deputy Vice Crown Interior Defence Defense Finance Health Energy Education Justice Trade Transport Economy Culture'.split(' '),
)
// The fields of an office after a title and `for` or `of` (Minister for Education, Secretary of State for Health, Minister
// for Housing and Local Government): the title's, no part of the name after them.
const EN_OFFICE_FIELDS = new Set([
  ...EN_OFFICE_WORDS,
  ...(
    'State Housing Children Enterprise Employment Communications Climate Home Local Government Higher Further Social Protection ' +
    'Public Expenditure Rural Community Digital Science Innovation Skills Women Equality Equalities Work Pensions Europe Business ' +
    'Security Industry Veterans Environment Agriculture Tourism Arts Sport Heritage Affairs Development Food Farming Fisheries ' +
    'Infrastructure Planning Schools Universities Policing Immigration Migration Integration Disability Disabilities Youth'
  ).split(' '),
])
/** Where an office's field ends after a title at `k` (`for Education`, `of State for Health`), or `k` when none starts there. */
function officeFieldEnd(words: readonly Word[], k: number, end: number): number {
  let at = k
  while (at + 1 < end && (words[at]!.text === 'for' || words[at]!.text === 'of') && !words[at]!.endsClause && EN_OFFICE_FIELDS.has(words[at + 1]!.text)) {
    at += 2
    while (at + 1 < end && words[at]!.text === 'and' && !words[at - 1]!.endsClause && EN_OFFICE_FIELDS.has(words[at + 1]!.text)) at += 2
    while (at < end && EN_OFFICE_FIELDS.has(words[at]!.text) && !words[at - 1]!.endsClause) at++
  }
  return at
}
// Words of a ministry's field that, before a country, name its agency (Health Canada, Statistics Canada): no place is meant.
const EN_AGENCY_WORDS = new Set([...EN_OFFICE_WORDS, ...'Statistics Sport Tourism Heritage Parks Environment Agriculture'.split(' ')])
// Nationality adjectives (Russian, Brazilian): before a title or a name they qualify it, they are no part of it.
// A country's or a nation's adjective (Russian, Scottish), and the man or woman of one written as one word (Irishman
// Conor Walsh, Welshwoman, Frenchman, Scotsman).
const EN_NATIONALITIES = new Set(
  [...COUNTRIES, ...REGIONS]
    .flatMap((c) => c.adjectives)
    .filter((a) => /^[A-Z]/u.test(a))
    .flatMap((a) => (/(?:ish|ch|sh)$/u.test(a) ? [a, `${a}man`, `${a}woman`, `${a}men`, `${a}women`] : [a]))
    .concat(['Scotsman', 'Scotswoman', 'Scotsmen', 'Scotswomen', 'Englishman', 'Englishwoman', 'Englishmen', 'Englishwomen']),
)
// Words that make a place beside them a club's name: Real Madrid, Bayern Munich, Manchester City, Paris Saint-Germain.
const EN_CLUB_WORDS = new Set('Real Atletico Athletic Inter Olympique Bayern Borussia Sporting Dynamo Hotspur Rovers Wanderers Albion Saint-Germain'.split(' '))
const EN_ROYAL = new Set('King Queen Prince Princess Emir Sultan Pharaoh Emperor Empress'.split(' '))
const EN_SAYING = new Set(
  (
    'said says told added warned noted argued announced explained stressed insisted wrote scored met visited died led joined ' +
    'signed played finished became claimed resigned replied asked'
  ).split(' '),
)
const EN_PLACE_BEFORE = new Set('in at from to near into across toward towards outside inside via throughout'.split(' '))
const EN_PLACE_HEADS = new Set(
  (
    'City Province Region County District State Island Islands River Lake Valley Mountains Mountain Gulf Sea Ocean Bay Coast ' +
    'Peninsula Desert Airport Stadium Square Street Avenue Park Strait Canal Basin Delta Oblast Governorate'
  ).split(' '),
)
// Nouns that call the name after them a company (casino operator Crown Resorts, the carrier Qantas, Japanese carmaker Toyota).
// Words for a company that are as often a person's job (the broadcaster Tom Ellery, the publisher Ann Berry).
const EN_PERSON_OR_COMPANY = new Set('broadcaster publisher producer'.split(' '))

/** A person's name as written: two plain capitalised words (or initials and one), none a body's, a place, a number or a word of events. */
/**
 * Where the holder's name begins in a capitalised run from `i` to `j` after a title and `of` (`Governor of [the Bank of England
 * Andrew Bailey]`, `President of [Ireland Michael D Higgins]`): two or three plain words of a name after one word, a place of
 * the table or a body's name; else -1.
 */
function holderAfterOffice(words: readonly Word[], i: number, j: number): number {
  const of = words[i - 1]?.text === 'the' ? i - 2 : i - 1
  const title = words[of - 1]
  if (words[of]?.text !== 'of' || !title || !/^[A-Z]/u.test(title.text) || !isEnTitle(title.text) || words.slice(of - 1, i).some((w) => w.endsClause)) return -1
  const namePart = (w: Word) =>
    /^(?:[A-Z][a-z’'-]+|[A-Z]\.?)$/u.test(w.text) && !isEnOrgWord(w.text) && !isKnownPlace(w.text, 'en') && !isEnTitle(w.text) && !EN_NOT_PERSON.has(w.text)
  for (const k of [j - 2, j - 3]) {
    if (k <= i || !words.slice(k, j).every(namePart) || words.slice(k - 1, j - 1).some((w) => w.endsClause)) continue
    if (/^[A-Z]\.?$/u.test(words[k]!.text)) continue
    // The office's object: one word (California), a place of the table, or a body's name (the Bank of England).
    if (k === i + 1 || isKnownPlace(words[k - 1]!.text, 'en') || words.slice(i, k).some((w) => isEnOrgWord(w.text))) return k
  }
  return -1
}

function plainName(run: readonly Word[]): boolean {
  return (
    run.length === 2 &&
    run.every(
      (w) =>
        /^(?:[A-Z][a-z’'-]+|(?:[A-Z]\.){1,3}[A-Z]?)$/u.test(w.text) &&
        !hasNumber(w) &&
        !isEnOrgWord(w.text) &&
        !EN_NOT_PERSON.has(w.text) &&
        !isKnownPlace(w.text, 'en'),
    )
  )
}

const EN_COMPANY_NOUNS = new Set(
  (
    'company firm group operator maker carmaker automaker retailer carrier airline lender bank insurer miner developer chain ' +
    'conglomerate giant startup start-up brand manufacturer producer supplier publisher broadcaster distributor provider owner ' +
    // A public body by what it is (Ireland's weather service Met Eireann, the regulator Ofcom, the charity Oxfam).
    'service agency regulator watchdog authority charity utility'
  ).split(' '),
)

// Verbs of saying a name follows (…," said Laura Hendry), and the small words that end a job's words before it.
const EN_SAID = new Set('said says added warned noted explained stressed insisted argued replied asked wrote'.split(' '))
const EN_SMALL_WORDS = new Set(
  (
    'the a an its his her their our this that these those of in on at to for from by with and or but as than then when while ' +
    'after before during since until about into over under not no was were is are be been has have had will would also later'
  ).split(' '),
)
// Words of a job between a verb of saying and the name (park ranger, senior lawyer): at most this many.
const JOB_MAX_WORDS = 3

/** Whether a verb of saying stands before word `i`, right before it or before the lower-case words of a job. */
function saidBefore(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 1 - JOB_MAX_WORDS; k--) {
    const w = words[k]!
    if (w.endsClause) return false
    if (EN_SAID.has(w.text)) return true
    if (!/^[a-z][a-z-]*$/u.test(w.text) || EN_SMALL_WORDS.has(w.text)) return false
  }
  return false
}

function isCapWord(w: Word): boolean {
  const t = w.text.replace(/['’]s$/u, '')
  return (CAPITALIZED.test(t) || ACRONYM.test(t) || PARTICLE_NAME.test(t)) && (!EN_STOP.has(t) || NAMED_MONTHS.has(w))
}

// A month's name that is a person's here (analyst Jan Murphy, Theresa May said): found per paragraph by namedMonths.
const NAMED_MONTHS = new WeakSet<Word>()
const EN_MONTHS = new Set(MONTHS.flatMap((m) => m.words.split(' ')).filter((w) => /^[a-z]+$/u.test(w)))
// Words before a month that make it the month: in May, since Jan, late March, between March and May.
const EN_MONTH_BEFORE = new Set(
  'in on since by until till from to through between and or of last next early late mid this that each every the before after during'.split(' '),
)

/**
 * Marks the months' names of a paragraph that name a person: never beside a number (Jan 24, 24 Jan, May 2025, a
 * month's abbreviation with its period: Jan.), nor after a word that takes a month (in May, since Jan), and only
 * beside another capitalised word of a name (Jan Murphy, Theresa May).
 */
function namedMonths(words: Word[]): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (!EN_MONTHS.has(w.text.toLowerCase()) || !/^[A-Z][a-z]+$/u.test(w.text)) continue
    const prev = i > 0 && !words[i - 1]!.endsClause ? words[i - 1] : undefined
    const next = w.endsClause ? undefined : words[i + 1]
    if ((prev && hasNumber(prev)) || (next && hasNumber(next))) continue
    if (prev && EN_MONTH_BEFORE.has(prev.text.toLowerCase())) continue
    const name = (x: Word | undefined) => x !== undefined && /^[A-Z][a-z]+$/u.test(x.text) && !EN_STOP.has(x.text) && !isEnTitle(x.text)
    if (name(prev) || name(next)) NAMED_MONTHS.add(w)
  }
}

/** Whether English words from..to stand inside a longer capitalised name (US | Food and Drug Administration, WWF | Nepal). */
function inLongerName(words: Word[], from: number, to: number, text: string): boolean {
  const prev = words[from - 1]
  const last = words[to - 1]!
  const next = words[to]
  const before = prev !== undefined && isCapWord(prev) && !prev.endsClause && !/['’]s$/u.test(prev.text) && !sentenceStart(words, from - 1, text)
  const after = next !== undefined && isCapWord(next) && !last.endsClause && !/['’]s$/u.test(last.text)
  return before || after
}

/** Whether word `i` starts a sentence (its capital letter then says nothing). */
function sentenceStart(words: Word[], i: number, text: string): boolean {
  if (i === 0) return true
  const between = text.slice(words[i - 1]!.end, words[i]!.start)
  return /[.!?…]["'”’)]*\s*$/u.test(text.slice(words[i - 1]!.start, words[i - 1]!.end) + between) || /[.!?]/u.test(between)
}

// A government's bodies "of" fields (Ministry of Housing, Communities and Local Government; Department of Health and
// Social Care), as others are "for" them.
const EN_MINISTRY_WORDS = new Set(['Ministry', 'Department'])

/** Whether the words of a body's name so far make it a body of fields: "for" them, or a ministry "of" them. */
function ofFields(before: readonly Word[]): boolean {
  return before.some((w) => w.text === 'for') || (before.some((w) => w.text === 'of') && before.some((w) => EN_MINISTRY_WORDS.has(w.text)))
}

/**
 * Where a body's name joined by "and" at word `and` ends (US Food and Drug Administration, National Institute for Health and
 * Care Research), or `and` when the "and" joins two names: the words after it end on a body's word and those before have
 * none, or those before are a body's for something (… for Health) and those after are neither a body nor a place (not
 * "University of Leeds and Bristol": a body of a place may be two).
 */
function andJoinsBody(words: Word[], from: number, and: number): number {
  let k = and + 1
  while (k < words.length && isCapWord(words[k]!) && !words[k - 1]!.endsClause) k++
  const before = words.slice(from, and)
  const after = words.slice(and + 1, k)
  const bodyBefore = before.some((w) => isEnOrgWord(w.text))
  const bodyAfter = after.some((w) => isEnOrgWord(w.text))
  if (!bodyBefore && bodyAfter && isEnOrgWord(after[after.length - 1]!.text)) return k
  const forSomething = ofFields(before)
  if (bodyBefore && forSomething && !bodyAfter && !after.some((w) => isKnownPlace(w.text, 'en'))) return k
  return and
}

/**
 * Where a body's list of fields after a comma ends (Department for Environment, Food and Rural Affairs; Department for
 * Culture, Arts and Heritage), or `at` when the comma ends the name: the words before are a body's for something, no place,
 * and after the comma come capitalised fields, no body's word and no place, then "and" and the last field (no
 * place; it may end on a body's word: Local Government).
 */
function fieldListEnd(words: Word[], text: string, from: number, at: number): number {
  if (at >= words.length || !/^,\s+$/u.test(text.slice(words[at - 1]!.end, words[at]!.start))) return at
  const before = words.slice(from, at)
  // Only a body "for" its fields, or a ministry "of" them: another body "of" something may list places (University of
  // Leeds, Bristol and Cardiff).
  if (!before.some((w) => isEnOrgWord(w.text)) || !ofFields(before) || before.some((w) => isKnownPlace(w.text, 'en'))) return at
  let k = at
  while (k < words.length && k - at < 4 && isCapWord(words[k]!) && !isEnOrgWord(words[k]!.text) && !isKnownPlace(words[k]!.text, 'en')) {
    if (words[k]!.endsClause && !/^,\s+$/u.test(text.slice(words[k]!.end, words[k + 1]?.start ?? words[k]!.end))) return at
    k++
  }
  if (k === at || words[k]?.text !== 'and' || words[k - 1]!.endsClause) return at
  let end = k + 1
  while (end < words.length && isCapWord(words[end]!) && !isKnownPlace(words[end]!.text, 'en') && !words[end - 1]!.endsClause) end++
  return end > k + 1 && (end === words.length || !isCapWord(words[end]!)) ? end : at
}

// Time zones written after a time (13:14 GMT, 9am EST): no body.
const TIME_ZONES = new Set('GMT UTC BST CET CEST EET EEST WET EST EDT CST CDT MST MDT PST PDT AST IST JST AEST AEDT AWST NZST NZDT'.split(' '))
const AGE = /^\d{1,3}$/u

/** Whether an age in commas follows word `j - 1` (`, 34,` of "Dylan Pritchard, 34, from Abergele"). */
function agedAfter(text: string, words: Word[], j: number): boolean {
  const age = words[j]
  return (
    j > 0 && age !== undefined && words[j - 1]!.endsClause && text[words[j - 1]!.end] === ',' && AGE.test(age.text) && age.endsClause && text[age.end] === ','
  )
}

/**
 * Whether the capitalised word `i`, after "in", "from" or "of", is a town no table holds by where it stands: a
 * person's home after their age (Dylan Pritchard, 34, from Abergele), where a body with a name of its own is (Glan
 * Clwyd Hospital in Bodelwyddan, the Guiana Space Centre in Kourou), or a town before its known region or country
 * (in Darmstadt, Germany).
 */
function townAt(words: Word[], i: number): boolean {
  const before = words[i - 1]!.text.toLowerCase()
  if ((before === 'from' || before === 'of') && i >= 3 && AGE.test(words[i - 2]!.text) && words[i - 2]!.endsClause && words[i - 3]!.endsClause) return true
  if (before === 'in' && i >= 2 && !words[i - 2]!.endsClause && (isEnOrgWord(words[i - 2]!.text) || EN_PLACE_HEADS.has(words[i - 2]!.text))) return true
  const next = words[i + 1]
  return words[i]!.endsClause && next !== undefined && isKnownPlace(next.text.replace(/[.,;]$/u, ''), 'en') && knownPlace(next.text, 'en')?.type !== 'city'
}

function findEnglish(paragraph: number, text: string, words: Word[], found: Found[], knownCaps: Set<string>): void {
  for (let i = 0; i < words.length; i++) {
    if (!isCapWord(words[i]!)) continue
    // A capitalised run, with connectors (of, de, bin) inside it.
    // A possessive ends a name (Ethiopia's | Tadese Worku), unless a body's word follows (St Mary's Hospital).
    const possessive = (w: Word) => /['’]s$/u.test(w.text)
    const bodyWord = (k: number) => words[k] !== undefined && (isEnOrgWord(words[k]!.text) || EN_PLACE_HEADS.has(words[k]!.text))
    let j = i + 1
    while (j < words.length && !(possessive(words[j - 1]!) && !bodyWord(j))) {
      // A title's office, its fields joined by `and` (Minister for Housing and Local Government Darragh O'Brien).
      const field = isEnTitle(words[j - 1]!.text) && !words[j - 1]!.endsClause ? officeFieldEnd(words, j, words.length) : j
      if (field > j && field < words.length && isCapWord(words[field]!)) {
        j = field
        continue
      }
      if (words[j - 1]!.endsClause) {
        // A body's fields listed with commas (… for Environment, Food and Rural Affairs): its name goes on.
        const k = fieldListEnd(words, text, i, j)
        if (k === j) break
        j = k
      } else if (isCapWord(words[j]!)) j++
      else if (CONNECTORS.has(words[j]!.text.toLowerCase()) && j + 1 < words.length && isCapWord(words[j + 1]!) && !words[j]!.endsClause) j += 2
      else if (words[j]!.text === 'and' && !words[j]!.endsClause && j + 1 < words.length && isCapWord(words[j + 1]!)) {
        const k = andJoinsBody(words, i, j)
        if (k === j) break
        j = k
      } else if (
        NAME_PARTICLES.has(words[j]!.text) &&
        NAME_PARTICLES.has(words[j + 1]?.text ?? '') &&
        j + 2 < words.length &&
        isCapWord(words[j + 2]!) &&
        !words[j]!.endsClause &&
        !words[j + 1]!.endsClause
      )
        j += 3
      else break
    }
    // A body's name, then a title and a person (European Commission President Ursula von der Leyen, Bank of England
    // Governor Andrew Bailey): the body ends before the title, the person is found after it.
    const titleAt = words.slice(i + 1, j - 1).findIndex((w) => isEnTitle(w.text) && /^[A-Z]/u.test(w.text))
    if (titleAt >= 0 && words.slice(i, i + 1 + titleAt).some((w) => isEnOrgWord(w.text))) j = i + 1 + titleAt
    // Or any name before a title and a person's two or three words (Met Eireann Forecaster Aoife Brennan, New Zealand
    // Prime Minister Chris Luxon): what comes before the title is no part of the person. Not a title's own office or a
    // nationality before it (Deputy Prime Minister, Irish Prime Minister: the loop below takes those in).
    else if (titleAt >= 0) {
      let t = i + 1 + titleAt
      while (t + 1 < j && isEnTitle(words[t + 1]!.text)) t++
      const named = j - (t + 1)
      const before = words.slice(i, i + 1 + titleAt).map((w) => w.text)
      const qualifiers = before.every((w) => isEnTitle(w) || EN_OFFICE_WORDS.has(w) || EN_NATIONALITIES.has(w))
      if (named >= 2 && named <= 4 && !qualifiers && !words.slice(t + 1, j).some((w) => isEnOrgWord(w.text) || EN_PLACE_HEADS.has(w.text))) j = i + 1 + titleAt
    }
    // A title's office of a body or a place, then its holder (Governor of the Bank of England Andrew Bailey, Governor of
    // California Gavin Newsom): the body or the place ends where the holder's name begins.
    const holder = holderAfterOffice(words, i, j)
    if (holder > i) {
      found.push({ kind: 'person', paragraph, from: holder, to: j, words, evidence: 'strong', royal: false })
      j = holder
    }
    const first = words[i]!.text
    // A sentence's first word is capitalised anyway: keep it only when it is known capitalised elsewhere or starts a longer name.
    if (sentenceStart(words, i, text) && j === i + 1 && !knownCaps.has(first)) continue
    const prev = words[i - 1]?.text ?? ''
    const prev2 = words[i - 2]?.text ?? ''
    const titleWord = isEnTitle
    // A titled person of a body (planetary scientist Michele Dougherty of Imperial College London): the person ends before "of".
    // (Not a title's office: Minister of State Jack Chambers, Secretary of State for Health Wes Streeting.)
    const of = words
      .slice(i, j)
      .findIndex((w, k) => w.text === 'of' && !(k > 0 && isEnTitle(words[i + k - 1]!.text) && officeFieldEnd(words, i + k, j) > i + k))
    // (Of a body or not: "Economist Ruth Gregory of Capital Economics" names no one called Economics.)
    if (of > 0 && (titleWord(prev) || titleWord(words[i]!.text)) && !words.slice(i, i + of).some((w) => isEnOrgWord(w.text))) {
      if (!words.slice(i, i + of).some((w) => EN_ROYAL.has(w.text) || EN_ROYAL.has(prev))) j = i + of
    }
    const run = words.slice(i, j).map((w) => w.text.replace(/['’]s$/u, ''))
    const next = words[j]?.text.toLowerCase() ?? ''
    const last = run[run.length - 1]!
    let kind: EntityKind | null = null
    let evidence: Found['evidence'] = 'strong'
    let from = i
    let royal = false
    // A title in the run (President Vladimir Putin) or before it (coach Pep Guardiola).
    // A body's name may start with a title (Queen Elizabeth University Hospital): it is the body's.
    const title = isEnTitle
    // A club: a place with a word of clubs (Real Madrid), or a city with City (Manchester City, not Mexico City, a city of the table).
    const placeIn = run.some((w) => isKnownPlace(w, 'en'))
    const club =
      placeIn &&
      !isKnownPlace(run.join(' '), 'en') &&
      (run.some((w) => EN_CLUB_WORDS.has(w)) || (last === 'City' && run.length === 2 && knownPlace(run[0]!, 'en')?.type === 'city'))
    // An agency named after its country: Health Canada, Statistics Canada, Transport Canada.
    const agency = run.length === 2 && EN_AGENCY_WORDS.has(run[0]!) && knownPlace(run[1]!, 'en')?.type === 'country'
    // A company by its words (Crown Resorts, HSBC Holdings) or by what the article calls it (casino operator Crown).
    // A body's name may start with its initials in capitals (ESB Networks, RTE News): no person's does.
    // (Capitals without dots: J.K. Rowling's initials are a person's.)
    const initials = run.length >= 2 && /^[A-Z&]{3,}$/u.test(run[0]!) && !title(run[0]!)
    // What the article calls it may be a company's or a person's (the broadcaster Tom Ellery, the broadcaster Sky): a
    // name of two plain capitalised words, none a body's, a place, a number or a word of events, is a person's there.
    const calledPerson = EN_PERSON_OR_COMPANY.has(prev.toLowerCase()) && plainName(words.slice(i, j))
    const body = club || agency || initials || run.some(isEnOrgWord) || (EN_COMPANY_NOUNS.has(prev.toLowerCase()) && !calledPerson)
    // A nationality before a title or a name qualifies it (Russian President Vladimir Putin, Brazilian Vinicius Junior).
    let titled = false
    let officeOnly = false
    while (!body && from < j - 1) {
      const two = from + 2 < j && EN_NATIONALITIES.has(`${words[from]!.text} ${words[from + 1]!.text}`)
      const office = EN_OFFICE_WORDS.has(words[from]!.text) && from + 1 < j && (title(words[from + 1]!.text) || EN_OFFICE_WORDS.has(words[from + 1]!.text))
      if (!two && !office && !title(words[from]!.text) && !EN_NATIONALITIES.has(words[from]!.text)) break
      titled ||= title(words[from]!.text)
      from += two ? 2 : 1
      // A title's office (Minister for Education Helen McEntee): its field is the title's, two words of a name left after it.
      if (title(words[from - 1]!.text)) {
        const field = officeFieldEnd(words, from, j)
        if (field > from && j - field >= 2) from = field
        // An office and no name after it (The Minister for Health said): nobody is named.
        else if (field > from) officeOnly = true
      }
    }
    // After a nationality alone, a name of two or three words, none a place (not Chinese New Year's "New Year" either), and
    // not after "the": the Welsh Air Ambulance, the Scottish Government are bodies.
    const named =
      titled ||
      (j - from >= 2 &&
        j - from <= 3 &&
        prev.toLowerCase() !== 'the' &&
        !run.slice(from - i).some((w) => isKnownPlace(w, 'en') || isEnOrgWord(w) || EN_NOT_PERSON.has(w)))
    // After a verb of saying, with a job before the name or not (said Laura Hendry, said park ranger Tessa Blaine):
    // a name of two or three words, none a place, a nationality or a word of events.
    // Not a body before a title (said Goldman Sachs economist Ruth Gregory): the person follows the title.
    const saidName =
      j - i >= 2 &&
      j - i <= 3 &&
      !(titleWord(next) && !words[j - 1]!.endsClause) &&
      saidBefore(words, i) &&
      !EN_NATIONALITIES.has(run[0]!) &&
      !run.some((w) => isKnownPlace(w, 'en') || EN_NOT_PERSON.has(w) || EN_PLACE_HEADS.has(w))
    if (officeOnly) continue
    const person = !body && ((from > i && named) || title(prev) || (title(prev2) && prev.toLowerCase() === 'the') || saidName || calledPerson)
    // Not a person: the run is what it is whole (Saudi Aramco, Saudi Arabia).
    if (!person) from = i
    if (person) {
      kind = 'person'
      if (!titled && !title(prev) && !title(prev2)) evidence = 'weak'
      royal = [...run.slice(0, from - i), prev].some((w) => EN_ROYAL.has(w))
    }
    // An acronym alone is an organisation when it is not a modifier (CT scans) and has three letters or more.
    else if (body || (run.length === 1 && ACRONYM.test(last) && last.length >= 3 && !TIME_ZONES.has(last) && !/^[a-z]/u.test(words[j]?.text ?? '')))
      kind = 'organisation'
    // After a country's possessive, a name of two or three words is a person's (Kenya's Ruth Chepngetich).
    else if (run.length >= 2 && run.length <= 3 && possessive(words[i - 1] ?? words[i]!) && i > 0 && isKnownPlace(prev.replace(/['’]s$/u, ''), 'en'))
      kind = 'person'
    else if ((EN_PLACE_HEADS.has(last) && run.length > 1) || isKnownPlace(run.join(' '), 'en')) kind = 'place'
    else if (
      EN_SAYING.has(next) &&
      run.length >= 2 &&
      run.length <= 4 &&
      !run.some((w) => isKnownPlace(w, 'en') || EN_NOT_PERSON.has(w)) &&
      !EN_NATIONALITIES.has(run[0]!)
    )
      kind = 'person'
    // A name of two plain words with an age in commas after it (Dylan Pritchard, 34, from Abergele) is a person's.
    else if (agedAfter(text, words, j) && plainName(words.slice(i, j))) kind = 'person'
    // After "in", "from" …, one capitalised word is a place (in Kourou); two may be a person (from Bukayo Saka).
    // A city of the table there is a place wherever it stands (in Cambridge, named once).
    else if (EN_PLACE_BEFORE.has(prev.toLowerCase()) && run.length === 1) {
      kind = 'place'
      evidence = knownPlace(last, 'en')?.type === 'city' || townAt(words, i) ? 'strong' : 'weak'
    }
    const place = kind === 'place' ? knownPlace(run.slice(from - i).join(' '), 'en') : undefined
    if (kind && from < j) found.push({ kind, paragraph, from, to: j, words, evidence, royal, country: place?.country, placeType: place?.type })
    i = j - 1
  }
}

// ---------------------------------------------------------------------------------------------
// Places from the table

type PlaceForm = { words: string[]; country: string; type: PlaceType; shadda: boolean }

function placeForms(lang: Lang): PlaceForm[] {
  const forms: PlaceForm[] = []
  const add = (names: string[], country: string, type: PlaceType) => {
    for (const n of names) forms.push({ words: n.split(' ').map((w) => (lang === 'ar' ? fold(w) : w)), country, type, shadda: n.includes('\u0651') })
  }
  for (const c of COUNTRIES) {
    const id = c.en[0]!
    add(lang === 'ar' ? c.ar : c.en, id, 'country')
    if (c.capital) add(lang === 'ar' ? c.capital.ar : c.capital.en, id, 'city')
  }
  for (const city of CITIES) add(lang === 'ar' ? city.ar : city.en, city.en[0]!, 'city')
  // Longest first: كوريا الشمالية before كوريا.
  return forms.sort((a, b) => b.words.length - a.words.length)
}

// The table's forms by their first word, longest first, built once per language.
const FORMS: Partial<Record<Lang, Map<string, PlaceForm[]>>> = {}

function formsByFirstWord(lang: Lang): Map<string, PlaceForm[]> {
  let byFirst = FORMS[lang]
  if (!byFirst) {
    byFirst = new Map()
    for (const form of placeForms(lang)) byFirst.set(form.words[0]!, [...(byFirst.get(form.words[0]!) ?? []), form])
    FORMS[lang] = byFirst
  }
  return byFirst
}

/** The table's entry for a place name, if it has one. */
function knownPlace(name: string, lang: Lang): PlaceForm | undefined {
  const words = name.split(' ').map((w) => (lang === 'ar' ? fold(w) : w))
  return (formsByFirstWord(lang).get(words[0]!) ?? []).find((f) => f.words.length === words.length && f.words.every((w, k) => w === words[k]))
}

const isKnownPlace = (name: string, lang: Lang) => knownPlace(name, lang) !== undefined

/**
 * The shorter names the table gives a country written with its head (عمان for سلطنة عُمان, السعودية for المملكة العربية
 * السعودية): the written name's last words, each naming it. Never a longer or another name: «عمّان», Amman, folds to Oman's
 * «عمان», and Oman's «سلطنة عمان» is no answer for it.
 */
export function countryShortNamesOf(entity: Entity, lang: Lang): string[] {
  if (entity.kind !== 'place' || entity.placeType !== 'country' || !entity.country) return []
  const words = entity.name.split(' ')
  const country = COUNTRIES.find((c) => c.en[0] === entity.country)
  if (!country || words.length < 2) return []
  const key = (name: string) => keyOf(name, lang)
  return (lang === 'ar' ? country.ar : country.en)
    .filter((n) => {
      const size = n.split(' ').length
      return size < words.length && key(words.slice(-size).join(' ')) === key(n)
    })
    .map((n) => words.slice(-n.split(' ').length).join(' '))
}

const AND = fold('و')

/** Whether a folded Arabic word (clitics allowed: وعمّان) is a place of the table on its own. */
function singleWordPlace(w: string): PlaceForm | undefined {
  const byFirst = formsByFirstWord('ar')
  for (const f of withoutClitics(w)) {
    const form = (byFirst.get(f) ?? []).find((x) => x.words.length === 1)
    if (form) return form
  }
  return undefined
}

/**
 * Whether Arabic word `i` is a feminine nisba qualifying the definite noun before it (العاصمة
 * السعودية، الحكومة السعودية): an adjective, though it is spelt as the country.
 */
function adjectiveUse(words: Word[], i: number): boolean {
  const w = fold(words[i]!.text)
  const prev = words[i - 1]
  if (!prev || prev.endsClause || !w.startsWith(AL) || !w.endsWith('يه')) return false
  return withoutClitics(fold(prev.text)).some((f) => f.startsWith(AL) && f.length > 3)
}

// Country names that are also their own nisba (سورية: Syria and Syrian; مالي: Mali and financial; تشيلي، جيبوتي), folded.
const OWN_ADJECTIVE_NAMES: ReadonlySet<string> = new Set(COUNTRIES.flatMap((c) => c.ar.filter((a) => c.adjectives.includes(a))).map(fold))
// Nouns a country's name follows as theirs (حكومة مالي، رئيس سورية، شمال مالي): the country, not an adjective.
const COUNTRY_HEADS = new Set(
  'حكومة جمهورية دولة شمال جنوب شرق غرب وسط شعب جيش منتخب سفير سفارة حدود رئيس ملك أمير وزير خارجية عاصمة أراضي داخل خارج'.split(' ').map(fold),
)

/**
 * Whether a country's name that is also its own nisba is that adjective after an indefinite noun: «5,500 ليرة سورية» (the Syrian
 * pound), «دعم مالي» (financial support), never the country. A feminine one agrees with a noun on ة (ليرة، شركة); a masculine
 * one follows any indefinite word but a particle or a country's head (حكومة مالي، في مالي). A missed country asks nothing; a
 * false one asks «مالي» of financial support.
 */
function ownAdjectiveUse(words: Word[], i: number): boolean {
  const w = fold(words[i]!.text)
  const prev = words[i - 1]
  if (!OWN_ADJECTIVE_NAMES.has(w) || !prev || prev.endsClause || !isArabicWord(prev.text)) return false
  const p = fold(prev.text)
  if (p.startsWith(AL) || p.length < 3 || FUNCTION_WORDS.has(p) || COUNTRY_HEADS.has(p) || AR_PLACE_HEADS.has(p) || AR_TITLES.has(p)) return false
  return w.endsWith('ه') ? p.endsWith('ه') : !/^[يت]|[تا]$/u.test(p)
}

// Words of a transfer between clubs (انتقل من برشلونة، joined from Lyon): a city they take is a club, like one in a match.
const TRANSFER_WORDS = new Set('انتقل وانتقل ينتقل انتقال انضم ينضم انضمام تعاقد التعاقد إعارة signed signing joined transfer loan'.split(' ').map(fold))
const isTeamWord = (w: Word) => {
  const f = fold(w.text)
  return isMatchWord(w, f) || TRANSFER_WORDS.has(f.toLowerCase())
}
// Titles a club's city goes with: مدرب برشلونة, Barcelona coach.
const TEAM_TITLES = new Set(
  'مدرب لاعب مهاجم حارس مدافع ومدرب ولاعب coach manager striker midfielder goalkeeper defender winger forward captain'.split(' ').map(fold),
)

// How near a word of a match or a transfer stands to a team: فاز برشلونة على …، خسر أمام برشلونة، Barcelona beat …, joined from Lyon.
const TEAM_REACH = 3

/** Whether word `t` is at most TEAM_REACH words from words from..to, within one clause. */
function nextTo(words: Word[], t: number, from: number, to: number): boolean {
  const [a, b] = t < from ? [t, from] : [to - 1, t]
  if (b - a > TEAM_REACH) return false
  for (let k = a; k < b; k++) if (words[k]!.endsClause) return false
  return true
}

// Words before a city that make it where something happens, even in a match (في برشلونة، in Madrid), not a team.
const LOCATIVE = new Set('في وفي الى إلى in at near outside inside'.split(' ').map(fold))

/**
 * Whether Arabic word `i` starts a venue's name after its head, a person's name another word goes on
 * from (ملعب سانتياغو برنابيو): not the place of the table it is spelt as.
 */
function inVenueName(words: Word[], i: number): boolean {
  const prev = words[i - 1]
  const next = words[i + 1]
  if (!prev || !next || prev.endsClause || words[i]!.endsClause) return false
  return withoutClitics(fold(prev.text)).some((f) => AR_VENUES.has(f)) && nameWordAr(fold(next.text), false) && !singleWordPlace(fold(next.text))
}

// Superlatives and quantifiers that make a place's head a common noun: أكبر منطقة منتجة، كل مدينة، أول قرية.
const GENERIC_PLACE_DETERMINERS = new Set(
  'أكبر أصغر أهم أول آخر أقدم أحدث أطول أعلى أكثر أقل أبرز أغنى أفقر أجمل أكثف كل أي أية بعض ثاني ثالث'.split(' ').map(fold),
)

/** Whether the place head at word `i` is a common noun (أكبر منطقة منتجة), not the head of a name (منطقة القصيم). */
function genericPlaceNoun(words: Word[], i: number): boolean {
  const prev = words[i - 1]
  return prev !== undefined && !prev.endsClause && withoutClitics(fold(prev.text)).some((f) => GENERIC_PLACE_DETERMINERS.has(f))
}

// The head of a Moroccan region, whose name joins two or three cities (جهة فاس مكناس، جهة طنجة تطوان الحسيمة).
const AR_REGION_HEAD = fold('جهة')

/** Whether Arabic word `i`, a city of the table, is only the first part of a region's name after «جهة». */
function inRegionName(words: Word[], i: number): boolean {
  const prev = words[i - 1]
  const next = words[i + 1]
  if (!prev || !next || prev.endsClause || words[i]!.endsClause) return false
  const nextWord = fold(next.text)
  return withoutClitics(fold(prev.text)).includes(AR_REGION_HEAD) && (nameWordAr(nextWord, false) || singleWordPlace(nextWord) !== undefined)
}

function findTablePlaces(lang: Lang, paragraph: number, text: string, words: Word[], found: Found[]): void {
  const byFirst = formsByFirstWord(lang)
  // Where the words of a match or a transfer stand: a city next to one plays or trades players.
  const teamWords = words.flatMap((w, k) => (isTeamWord(w) ? [k] : []))
  for (let i = 0; i < words.length; i++) {
    const first = lang === 'ar' ? withoutClitics(fold(words[i]!.text)) : [words[i]!.text.replace(/['’]s$/u, '')]
    // In English, a place inside a longer capitalised name is not that place: Northern Ireland, Paris St-Germain
    // (a possessive ends a name: Kenya's Daniel Kiprono).
    if (
      lang === 'en' &&
      ((i > 0 && isCapWord(words[i - 1]!) && !words[i - 1]!.endsClause && (!sentenceStart(words, i - 1, text) || EN_AGENCY_WORDS.has(words[i - 1]!.text))) ||
        (words[i + 1] &&
          isCapWord(words[i + 1]!) &&
          !words[i]!.endsClause &&
          !/['’]s$/u.test(words[i]!.text) &&
          !(byFirst.get(words[i]!.text) ?? []).some((f) => f.words.length > 1)))
    ) {
      continue
    }
    if (lang === 'ar' && (adjectiveUse(words, i) || ownAdjectiveUse(words, i) || inVenueName(words, i) || inRegionName(words, i))) continue
    // After a place of the table, a word opening on و is that place's list going on (الرياض وجدة: Jeddah, not Oujda).
    const listed =
      lang === 'ar' &&
      first.length > 1 &&
      first[0]!.startsWith(AND) &&
      i > 0 &&
      !words[i - 1]!.endsClause &&
      singleWordPlace(fold(words[i - 1]!.text)) !== undefined
    // A shadda written tells two places folded alike apart: «عمّان» is Amman, «عمان» or «عُمان» Oman.
    const shadda = lang === 'ar' && words[i]!.text.includes('\u0651')
    const forms = (listed ? [...first.slice(1), first[0]!] : first)
      .flatMap((f) => byFirst.get(f) ?? [])
      .sort((a, b) => b.words.length - a.words.length || Number(b.shadda === shadda) - Number(a.shadda === shadda))
    for (const form of forms) {
      const rest = form.words.slice(1)
      const ok = rest.every((w, k) => {
        const word = words[i + 1 + k]
        return word !== undefined && (lang === 'ar' ? fold(word.text) : word.text.replace(/['’]s$/u, '')) === w
      })
      if (!ok) continue
      const { skip, al } = lang === 'ar' ? cliticOf(words[i]!.text, form.words[0]!) : { skip: 0, al: false }
      const titled = lang === 'ar' ? TEAM_TITLES.has(fold(words[i - 1]?.text ?? '')) : TEAM_TITLES.has((words[i + form.words.length]?.text ?? '').toLowerCase())
      const team =
        form.type === 'city' &&
        (titled || teamWords.some((t) => nextTo(words, t, i, i + form.words.length))) &&
        !LOCATIVE.has(fold(words[i - 1]?.text ?? '').toLowerCase()) &&
        !withoutClitics(fold(words[i - 1]?.text ?? '')).some((f) => AR_VENUES.has(f) || AR_PLACE_HEADS.has(f)) &&
        !(skip > 0 && /^[وف]?ب/u.test(words[i]!.text))
      if (team) found.push({ kind: 'organisation', paragraph, from: i, to: i + form.words.length, skip, al, words, evidence: 'strong', team })
      else
        found.push({
          kind: 'place',
          paragraph,
          from: i,
          to: i + form.words.length,
          skip,
          al,
          words,
          evidence: 'strong',
          country: form.country,
          placeType: form.type,
        })
      i += form.words.length - 1
      break
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Entities: found names merged, aliases, every mention

/** The name's span: words from..to, without a clitic on the first (وموسكو → موسكو) or an English possessive. */
function nameSpan(found: Found): Span {
  const last = found.words[found.to - 1]!
  const possessive = last.text.match(/['’]s$/u)?.[0].length ?? 0
  return { start: found.words[found.from]!.start + (found.skip ?? 0), end: last.end - possessive }
}

const keyOf = (name: string, lang: Lang) => (lang === 'ar' ? fold(name) : name.toLowerCase())

/** Every person, place and organisation the article names, with all their mentions. */
export function findEntities(paragraphs: readonly Paragraph[], words: Word[][], lang: Lang): Entity[] {
  const found: Found[] = []
  const knownCaps = new Set<string>()
  if (lang === 'en') {
    for (const ws of words) namedMonths(ws)
    for (const [p, ws] of words.entries()) {
      ws.forEach((w, i) => {
        if (isCapWord(w) && !sentenceStart(ws, i, paragraphs[p]!.text)) knownCaps.add(w.text)
      })
    }
  }
  for (const p of paragraphs) {
    const ws = words[p.index]!
    if (lang === 'ar') findArabic(p.index, p.text, ws, found)
    else findEnglish(p.index, p.text, ws, found, knownCaps)
    findTablePlaces(lang, p.index, p.text, ws, found)
  }

  if (lang === 'ar') joinSecondNames(found)

  // One entity per name; a weak finding only counts when a strong one confirms the name (or it has two words), a hint only when another finding does.
  const byKey = new Map<string, Entity & { strong: boolean; said: boolean }>()
  const teams = new Set(
    found
      .filter((f) => f.team)
      .map((f) => {
        const span = nameSpan(f)
        return keyOf(paragraphs[f.paragraph]!.text.slice(span.start, span.end), lang)
      }),
  )
  for (const f of found) {
    const span = nameSpan(f)
    const written = paragraphs[f.paragraph]!.text.slice(span.start, span.end)
    // The article's alef dropped after ل (للوكالة الوطنية): the name is written with it (الوكالة الوطنية).
    const name = f.al && written.startsWith('ل') ? `ا${written}` : written
    if (name.length < 2) continue
    const key = keyOf(name, lang)
    const entity = byKey.get(key) ?? {
      kind: f.kind,
      name,
      aliases: [],
      mentions: [],
      country: f.country ?? null,
      placeType: f.placeType ?? null,
      royal: false,
      strong: false,
      said: false,
    }
    // A name some finding reads as a body's (casino operator Crown Resorts) is no person where a verb of saying follows it.
    if (f.kind === 'organisation' && entity.kind === 'person' && !entity.strong) entity.kind = 'organisation'
    entity.strong ||= f.evidence === 'strong'
    entity.said ||= f.evidence !== 'hint'
    entity.royal ||= f.royal === true
    // A name the article gives a team is the team's throughout (a where-question about برشلونة in a football report is wrong).
    if (teams.has(key)) Object.assign(entity, { kind: 'organisation', country: null, placeType: null })
    else if (f.kind === 'place' && (entity.kind !== 'place' || entity.placeType === null) && f.country) {
      Object.assign(entity, { kind: 'place', country: f.country, placeType: f.placeType ?? null })
    }
    byKey.set(key, entity)
  }
  const entities = [...byKey.values()].filter((e) => e.strong || (e.said && e.name.split(' ').length >= 2))

  // A body's last word alone (Networks of ESB Networks, and Networks said …), or a body's plural word alone (Services), names no
  // body a reader could answer with: it is no name to ask, nor a form of the longer name.
  const merged = new Set<Entity>()
  for (const short of entities) {
    if (short.kind !== 'organisation' || short.name.includes(' ')) continue
    const generic = lang === 'en' && !EN_ORG_WORDS.has(short.name) && isEnOrgWord(short.name)
    if (generic || entities.some((l) => l !== short && l.kind === 'organisation' && l.name.endsWith(` ${short.name}`))) merged.add(short)
  }
  // A body's name of several words that starts a longer body's name is that body, when one fits (البنك المركزي ↔ البنك
  // المركزي المصري): no wrong choice beside it.
  const bodies = entities.filter((e) => e.kind === 'organisation' && e.name.includes(' '))
  for (const short of bodies) {
    const longer = bodies.filter((l) => l !== short && keyOf(l.name, lang).startsWith(`${keyOf(short.name, lang)} `))
    if (longer.length !== 1) continue
    longer[0]!.aliases.push(short.name)
    merged.add(short)
  }
  // A country written two ways (سوريا، سورية; the table lists both) is one place: the first written, the other its form.
  const countries = new Map<string, Entity>()
  for (const e of entities) {
    if (e.kind !== 'place' || e.placeType !== 'country' || !e.country) continue
    const first = countries.get(e.country)
    if (!first) countries.set(e.country, e)
    else {
      first.aliases.push(e.name)
      merged.add(e)
    }
  }
  // A person's name that is also the start or end of a longer name is that person (كيم ↔ كيم جونغ أون, عبد البديع ↔ محمد عبد البديع).
  const people = entities.filter((e) => e.kind === 'person')
  for (const short of people) {
    const size = short.name.split(' ').length
    const longer = people.filter(
      (l) => l !== short && l.name.split(' ').length > size && (l.name.startsWith(`${short.name} `) || l.name.endsWith(` ${short.name}`)),
    )
    // Only when one person fits: محمد beside محمد السعيد الشربيني and محمد عبد البديع is neither.
    const long = longer.length === 1 ? longer[0] : undefined
    if (long) {
      long.aliases.push(short.name)
      merged.add(short)
    }
  }
  for (const e of people) {
    if (merged.has(e) || !e.name.includes(' ')) continue
    // The last word of a Western name, the first of a Korean or Chinese one, when the article uses it alone.
    // Never a part another person's name shares (محمد of محمد السعيد الشربيني and of محمد عبد البديع): it would accept the other.
    // Nor the name of a place or a body the article names (أحمد الخليل and the city of الخليل).
    const shared = (part: string) =>
      people.some((o) => o !== e && !merged.has(o) && nameParts(o.name, lang).some((q) => keyOf(q, lang) === keyOf(part, lang))) ||
      entities.some((o) => o.kind !== 'person' && keyOf(o.name, lang) === keyOf(part, lang))
    const parts = nameParts(e.name, lang)
    for (const part of [parts[parts.length - 1]!, parts[0]!]) {
      // A first name is used alone only where no other name goes on from it (محمد الخامس is a king, not محمد حمدي).
      const first = part === parts[0]
      if (part.length >= 2 && !e.aliases.includes(part) && !shared(part) && usedAlone(paragraphs, words, part, e.name, lang, first)) e.aliases.push(part)
    }
  }
  const result = entities.filter((e) => !merged.has(e)).map(({ strong: _strong, said: _said, ...e }) => e)
  for (const e of result) e.mentions = mentionsOf(paragraphs, words, [e.name, ...e.aliases], lang, e.kind === 'place')
  withoutInnerMentions(result)
  return result.filter((e) => e.mentions.length > 0)
}

/**
 * A name inside a longer name of the article is part of it, not a mention of its own: مدريد of
 * ريال مدريد, New York of the New York Times, القاهرة of جامعة القاهرة, Egypt of the Central Bank of Egypt.
 */
function withoutInnerMentions(entities: Entity[]): void {
  const all = entities.flatMap((e) => e.mentions.map((m) => ({ e, m })))
  if (all.length < 2) return
  all.sort((a, b) => a.m.paragraph - b.m.paragraph || a.m.start - b.m.start)
  const inner = new Set<EntityMention>()
  for (let k = 0; k < all.length; k++) {
    const outer = all[k]!
    for (let x = k + 1; x < all.length && all[x]!.m.paragraph === outer.m.paragraph && all[x]!.m.start < outer.m.end; x++) {
      const m = all[x]!.m
      if (all[x]!.e !== outer.e && m.end <= outer.m.end && m.end - m.start < outer.m.end - outer.m.start) inner.add(m)
    }
    // The same start, the longer first is not guaranteed by the sort: look back too.
    for (let x = k - 1; x >= 0 && all[x]!.m.paragraph === outer.m.paragraph && all[x]!.m.start === outer.m.start; x--) {
      const m = all[x]!.m
      if (all[x]!.e !== outer.e && m.end < outer.m.end) inner.add(m)
    }
  }
  if (inner.size > 0) for (const e of entities) e.mentions = e.mentions.filter((m) => !inner.has(m))
}

// Particles of a family name (Ruben del Campo, Ludwig van Beethoven) and suffixes that are none (Jr, III).
const FAMILY_PARTICLES = new Set('de del della di da van von der den ter le la du dos das bin ibn bint al el'.split(' '))
const NAME_SUFFIXES = /^(?:Jr|Sr|II|III|IV)\.?$/u

/**
 * The family name a reader may give alone for a person the article names in full: the last part
 * (الهواري of فراس الهواري, Mazon of Carlos Mazon, del Campo of Ruben del Campo, عبد الحميد of
 * طارق عبد الحميد), whether or not the article uses it alone. None for a king (أمنحتب الثالث), a
 * one-word name, a name the article shortens to its first part (كيم of كيم جونغ أون: that is the
 * family name), nor a part another name of the article shares (two Kiptums, a city called so).
 */
export function familyNameOf(entity: Entity, entities: readonly Entity[], lang: Lang): string | null {
  if (entity.kind !== 'person' || entity.royal) return null
  const parts = nameParts(entity.name, lang)
  if (parts.length < 2 || NAME_SUFFIXES.test(parts[parts.length - 1]!)) return null
  if (entity.aliases.includes(parts[0]!)) return null
  let k = parts.length - 1
  while (k > 1 && (FAMILY_PARTICLES.has(parts[k - 1]!) || AR_NAME_PARTICLES.has(parts[k - 1]!))) k--
  const family = parts.slice(k).join(' ')
  if (family.replace(/\s/gu, '').length < 3) return null
  const key = keyOf(family, lang)
  // Shared, or a typo away from another name's part (Smith, Smyth): the grader's typo tolerance would take the other for it.
  const near = (q: string) => q === key || (key.length >= 5 && editDistance(q, key, 1) <= 1)
  const shared = entities.some(
    (o) => o !== entity && [o.name, ...o.aliases].some((n) => near(keyOf(n, lang)) || nameParts(n, lang).some((q) => near(keyOf(q, lang)))),
  )
  return shared ? null : family
}

/**
 * The first and last parts a reader writes of a name of three parts or more (عثمان النور of عثمان الطيب النور, Kamau Thugge
 * of Kamau Njoroge Thugge), where the last is the family name: the article calls the person by it alone, or, in Arabic, it
 * has the article (الزعبي). None for a king, a name with a suffix or a chain of fathers (محمد بن سلمان بن عبد العزيز), one
 * the article shortens to its first part (كيم of كيم جونغ أون), nor when another person of the article has that first and
 * last, or one a typo away.
 */
export function firstAndLastOf(entity: Entity, entities: readonly Entity[], lang: Lang): string | null {
  if (entity.kind !== 'person' || entity.royal) return null
  const parts = nameParts(entity.name, lang)
  const last = parts[parts.length - 1]!
  if (parts.length < 3 || NAME_SUFFIXES.test(last) || entity.aliases.includes(parts[0]!)) return null
  if (parts.some((p) => /^(?:bin|ibn|bint|ben)$/iu.test(p.split(' ')[0]!) || FATHER_LINKS.has(fold(p.split(' ')[0]!)))) return null
  // The family name's particles go with it (Maria Luisa del Campo → Maria del Campo).
  let k = parts.length - 1
  while (k > 1 && (FAMILY_PARTICLES.has(parts[k - 1]!) || AR_NAME_PARTICLES.has(parts[k - 1]!))) k--
  if (k < 2) return null
  const family = parts.slice(k).join(' ')
  if (!entity.aliases.includes(family) && !(lang === 'ar' && definite(fold(last)))) return null
  const form = `${parts[0]} ${family}`
  const key = keyOf(form, lang)
  const near = (o: Entity) => {
    const q = nameParts(o.name, lang)
    const other = q.length >= 2 ? keyOf(`${q[0]} ${q[q.length - 1]}`, lang) : ''
    return [keyOf(o.name, lang), other, ...o.aliases.map((n) => keyOf(n, lang))].some((n) => n === key || editDistance(n, key, 1) <= 1)
  }
  return entities.some((o) => o !== entity && o.kind === 'person' && near(o)) ? null : form
}
// The links of a chain of fathers: بن، ابن، بنت (not عبد, أبو: parts of a first or a family name).
const FATHER_LINKS = new Set('بن ابن بنت'.split(' ').map(fold))

/** The parts of a name, a compound one whole: محمد | عبد البديع، حسام الدين | فؤاد. */
function nameParts(name: string, lang: Lang): string[] {
  const parts: string[] = []
  let joinNext = false
  for (const w of name.split(' ')) {
    const f = lang === 'ar' ? fold(w) : ''
    if (parts.length > 0 && (joinNext || NAME_TAILS.has(f))) parts[parts.length - 1] += ` ${w}`
    else parts.push(w)
    joinNext = NAME_LINKS.has(f) || FAMILY_OPENERS.has(f)
  }
  return parts
}

/**
 * A word starting with و after a person's name is usually a second person (محمد وأحمد), but it is
 * the family name when the article also names the person by it alone (مصطفى وزيري … وأوضح وزيري).
 */
function joinSecondNames(found: Found[]): void {
  const alone = new Set(found.filter((f) => f.kind === 'person' && f.to - f.from === 1).map((f) => fold(f.words[f.from]!.text)))
  for (const f of found) {
    const next = f.words[f.to]
    if (f.kind !== 'person' || !next || f.words[f.to - 1]!.endsClause || f.to - f.from >= NAME_MAX_WORDS) continue
    const w = fold(next.text)
    if (w.startsWith('و') && alone.has(w)) f.to++
  }
}

// A paragraph's words as `mentionsOf` compares them: each word's key, its forms without clitics, and
// where each form stands (a name is looked up there, not in every word).
type ReadWords = { keys: string[]; forms: string[][]; at: Map<string, number[]> }
const readWordsCache = new WeakMap<Word[], { ar?: ReadWords; en?: ReadWords }>()

function readWords(ws: Word[], lang: Lang): ReadWords {
  let byLang = readWordsCache.get(ws)
  if (!byLang) readWordsCache.set(ws, (byLang = {}))
  let read = byLang[lang]
  if (!read) {
    const keys = ws.map((w) => (lang === 'ar' ? fold(w.text) : w.text.replace(/['’]s$/u, '')))
    const forms = lang === 'ar' ? keys.map(withoutClitics) : keys.map((k) => [k])
    const at = new Map<string, number[]>()
    forms.forEach((list, i) => {
      list.forEach((form, k) => {
        if (list.indexOf(form) !== k) return
        const places = at.get(form)
        if (places) places.push(i)
        else at.set(form, [i])
      })
    })
    read = { keys, forms, at }
    byLang[lang] = read
  }
  return read
}

const formParagraphs = new WeakMap<Word[][], { ar?: Map<string, number[]>; en?: Map<string, number[]> }>()

/** The paragraphs (by index) each word form of the article (`readWords`) stands in, read once per article. */
function paragraphsOfForms(words: Word[][], lang: Lang): Map<string, number[]> {
  let byLang = formParagraphs.get(words)
  if (!byLang) formParagraphs.set(words, (byLang = {}))
  let where = byLang[lang]
  if (!where) {
    where = new Map()
    for (let k = 0; k < words.length; k++) {
      for (const form of readWords(words[k]!, lang).at.keys()) {
        const list = where.get(form)
        if (list) list.push(k)
        else where.set(form, [k])
      }
    }
    byLang[lang] = where
  }
  return where
}

/**
 * Whether `part` (one word of `full`) stands in the article on its own, not only inside `full`;
 * for a first name (`first`), never where another name goes on from it (محمد الخامس، Kim Yo Jong).
 */
function usedAlone(paragraphs: readonly Paragraph[], words: Word[][], part: string, full: string, lang: Lang, first = false): boolean {
  const mentions = mentionsOf(paragraphs, words, [part], lang)
  const fulls = mentionsOf(paragraphs, words, [full], lang)
  if (!first) return mentions.length > fulls.length
  const inFull = (m: EntityMention) => fulls.some((f) => f.paragraph === m.paragraph && f.start <= m.start && m.end <= f.end)
  return mentions.some((m) => !inFull(m) && !nameGoesOn(words[m.paragraph]!, m.end, lang))
}

/** Whether the word after offset `end` carries a name on: a capitalised word, or an Arabic name word, definite word or ordinal. */
function nameGoesOn(ws: Word[], end: number, lang: Lang): boolean {
  const k = ws.findIndex((w) => w.end >= end)
  const next = ws[k + 1]
  if (k < 0 || !next || ws[k]!.endsClause) return false
  if (lang === 'en') return isCapWord(next)
  const w = fold(next.text)
  return definite(w) || ORDINALS.has(w) || nameWordAr(w, false)
}

/** Every place the article writes one of `names` (longest first, whole words, clitics off). */
/**
 * Where the article writes one of `names`. A `place` in English inside a longer capitalised name is an
 * attribute of that name, not where anything happened: the US of the US Food and Drug Administration,
 * the Nepal of WWF Nepal (a possessive ends a name: Kenya's Ruth Chepngetich); in Arabic, a city that
 * begins a region's name (جهة فاس مكناس) is not that city.
 */
function mentionsOf(paragraphs: readonly Paragraph[], words: Word[][], names: string[], lang: Lang, place = false): EntityMention[] {
  // English names are capitalised: "hospital" is not a mention of "Queen Elizabeth University Hospital".
  const key = (w: string) => (lang === 'ar' ? fold(w) : w.replace(/['’]s$/u, ''))
  // A comma inside a body's name (… for Environment, Food and Rural Affairs) is no word of it.
  const patterns = names.map((n) => n.split(/,?\s+/u).map(key)).sort((a, b) => b.length - a.length)
  // The patterns by their first word, each with its place in `patterns` (the longest is looked for first).
  const byFirst = new Map<string, number[]>()
  patterns.forEach((pat, k) => {
    const list = byFirst.get(pat[0]!)
    if (list) list.push(k)
    else byFirst.set(pat[0]!, [k])
  })
  const out: EntityMention[] = []
  // Only the paragraphs where a pattern's first word stands.
  const where = paragraphsOfForms(words, lang)
  const holding = new Set<number>()
  for (const first of byFirst.keys()) for (const k of where.get(first) ?? []) holding.add(k)
  for (const p of paragraphs) {
    if (!holding.has(p.index)) continue
    const ws = words[p.index]!
    const { keys, forms, at } = readWords(ws, lang)
    // Only the words a pattern can start at, in order; a name found is not looked into again.
    const firsts = [...byFirst.keys()]
    const starts = firsts.length === 1 ? (at.get(firsts[0]!) ?? []) : [...new Set(firsts.flatMap((first) => at.get(first) ?? []))].sort((a, b) => a - b)
    let next = 0
    for (const i of starts) {
      if (i < next) continue
      let found = -1
      for (const form of forms[i]!) {
        for (const k of byFirst.get(form) ?? []) {
          if (found >= 0 && k >= found) break
          const pat = patterns[k]!
          let all = true
          for (let j = 1; j < pat.length && all; j++) all = keys[i + j] === pat[j]
          if (all) found = k
        }
      }
      const pattern = found >= 0 ? patterns[found] : undefined
      if (!pattern || (lang === 'ar' && adjectiveUse(ws, i))) continue
      if (place && lang === 'en' && inLongerName(ws, i, i + pattern.length, p.text)) continue
      if (place && lang === 'ar' && inRegionName(ws, i)) continue
      const skip = lang === 'ar' ? cliticPrefix(ws[i]!.text, pattern[0]!) : 0
      const span = nameSpan({ kind: 'place', paragraph: p.index, from: i, to: i + pattern.length, skip, words: ws, evidence: 'strong' })
      out.push({ paragraph: p.index, ...span })
      next = i + pattern.length
    }
  }
  return out
}
