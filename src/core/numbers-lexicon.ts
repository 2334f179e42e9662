import { foldLetters } from './normalize.ts'
import { adjectiveForms, CURRENCY_ADJECTIVES, UNIT_WORDS, type NounForm } from './unit-words.ts'
import type { Currency, Unit } from './quiz-schema.ts'

/**
 * The lexicon of the number reader: what each word means to it. Arabic and English number words
 * (with their gender, case and dual forms and regional spellings), fractions, hedges, neutral
 * words, comparisons and negations; and the spellings of units (`unit-words.ts`), because an
 * Arabic dual noun carries a number itself: ساعتين is 2 hours. Keys are folded (`foldLetters`).
 */

export type { NounForm }

/** What a word means to the number reader. */
export type Entry =
  | { k: 'digit'; v: number; ar: boolean } // 0–9
  | { k: 'ten'; ar: boolean } // 10; in Arabic also the second half of 11–19 (ثلاثة عشر)
  | { k: 'teen'; v: number } // 11–19 in one word (English; Arabic dialects: خمستاشر)
  | { k: 'tens'; v: number } // 20, 30 … 90
  | { k: 'hundred' } // 100, or ×100 after a digit (خمس مئة, five hundred)
  | { k: 'hundreds'; v: number } // 200 … 900 in one word (مئتان, خمسمائة)
  // sg ألف; dual ألفان; pl آلاف (needs a multiplier); dualOrAcc ألفا (2000 alone, ×1000 after a number)
  // `anyCount`: a plural any number may multiply, as the singular (Rs 7.6 crores)
  | { k: 'scale'; v: number; form: 'sg' | 'dual' | 'pl' | 'dualOrAcc'; anyCount?: boolean }
  | { k: 'frac'; den: number; form: 'sg' | 'dual' | 'pl' } // نصف, ثلثين, أرباع
  | { k: 'and' }
  | { k: 'a' } // English a/an
  | { k: 'of' }
  | { k: 'point'; ar: boolean } // point; فاصلة (the Arabic digits after it may be one number: فاصلة خمسة وعشرين)
  // 9.5k, $1.5bn, 300 mn; `spaced`: also apart from the digits (1.5 bn), not only onto them (9.5k)
  | { k: 'abbrScale'; v: number; spaced: boolean }
  | { k: 'except' } // إلا: ساعتين إلا ربع
  // A unit word: `unit` is the one meant by default, `units` every unit it may name (ريال, m, كيلو).
  // `people`: the group a noun of people names (soldier, worker), null for anyone (`unit-words.ts`).
  // `worth`: a part of a currency (cent, قرش), what one is worth in each currency it may be of.
  | {
      k: 'noun'
      unit: Unit
      units: readonly Unit[]
      form: NounForm
      people?: string | null
      worth?: Partial<Record<Unit, number>>
      named?: boolean
      glued?: boolean
    }
  // A currency adjective (سعودي, US), which narrows a currency word; `alone`: stands for one (sterling).
  | { k: 'adj'; units: readonly Currency[]; alone: boolean }
  // نحو, about: ignored; `beforeNumber`: only right before a number, and never with a clitic
  // (Levantine شي ساعتين, but شي the name; حدود الألفين, but على الحدود the border); `afterNumber`: only right after
  // a number or its unit (`35ish`, `35-ish`, `4 hours-ish`; `ish` elsewhere is a verdict's hedge, boolean-words.ts)
  | { k: 'hedge'; beforeNumber?: true; afterNumber?: true }
  | { k: 'neutral' } // فقط, exactly: ignored
  | { k: 'block' } // comparisons and negation: the answer is not a plain number any more

const LEX = new Map<string, Entry>()

function add(words: string, entry: Entry): void {
  for (const word of words.split(/\s+/)) {
    if (word) LEX.set(foldLetters(word), entry)
  }
}

// --- Arabic number words (written with hamzas and ة; keys are folded on insertion) ---
add('صفر', { k: 'digit', v: 0, ar: true })
// ثنين: Gulf and Yemeni (ثنين وعشرين).
// واحدا: the accusative after a noun in the accusative («ودينارا واحدا», «طفلا واحدا»).
add('واحد واحدة واحدا أحد إحدى حادي', { k: 'digit', v: 1, ar: true })
add('اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي إثنين إثنان اتنين ثنتين ثنتان ثنين', { k: 'digit', v: 2, ar: true })
// تلاث, تلاثة: the ث kept after the first ت, as Iraqi and Gulf readers type it
add('ثلاث ثلاثة تلات تلاتة تلاث تلاثة', { k: 'digit', v: 3, ar: true })
add('أربع أربعة', { k: 'digit', v: 4, ar: true })
add('خمس خمسة', { k: 'digit', v: 5, ar: true })
add('ست ستة', { k: 'digit', v: 6, ar: true })
add('سبع سبعة', { k: 'digit', v: 7, ar: true })
// ثمنية: Tunisian (مية وثمنية وأربعين)
add('ثمان ثماني ثمانية تمان تمانية تمنية ثمنية', { k: 'digit', v: 8, ar: true })
add('تسع تسعة', { k: 'digit', v: 9, ar: true })
// Levantine تنين and تمن (8), Moroccan جوج and زوج (جوج آلاف، جوج ساعات), Tunisian زوز (زوز سوايع) and Maghrebi ربعة (4: ربعة هكتارات, ربعة وستين;
// a rare MSA adjective, of medium height); the ة of a number before آلاف,
// pronounced and typed ت (ستت آلاف، خمستالاف). Some are MSA words too (تنين a dragon, زوج a
// husband, تمن a price): the tokenizer reads them as numbers only as written, with no clitic, before a thousand,
// a unit, و and a fraction or tens (ربعة وستين), or alone (`DIALECT_NUMBER_WORDS`).
const DIALECT_NUMBERS: [string, number][] = [
  ['تنين تنتين جوج زوج زوز', 2],
  ['ثلاثت تلاتت', 3],
  ['أربعت ربعة', 4],
  ['خمست', 5],
  ['ستت', 6],
  ['سبعت', 7],
  ['ثمانيت تمانيت تمن', 8],
  ['تسعت', 9],
]
for (const [words, v] of DIALECT_NUMBERS) add(words, { k: 'digit', v, ar: true })
/** The dialect number words, folded: numbers only in a number's company (`numbers-tokenizer.ts`). */
export const DIALECT_NUMBER_WORDS: ReadonlySet<string> = new Set(DIALECT_NUMBERS.flatMap(([words]) => words.split(' ').map(foldLetters)))
add('عشر عشرة', { k: 'ten', ar: true })
// 11–19 in one word, as the dialects say them: Egyptian and Levantine حداشر، خمستاشر، سطاشر;
// Gulf and Iraqi حدعش، خمسطعش، سطعش; Yemeni with the ر of عشر: خمستعشر، اثنعشر; Maghrebi without the final ر:
// حداش، طناش، تسعطاش (Libyan أربعطاش، خمستاش).
const AR_DIALECT_TEENS: [string, number][] = [
  ['حداشر احداشر إحداشر حدعش احدعش إحدعش حدعشر حداش احداش', 11],
  ['اتناشر إتناشر اثناشر إثناشر اطناشر طناشر اتنعش اثنعش ثنعش طنعش اطناش طناش اتناش اثنعشر اتنعشر ثنعشر طنعشر', 12],
  ['تلتاشر تلطاشر تلاتاشر ثلاثطعش ثلطعش تلطعش ثلثطعش تلطاش ثلطعشر تلطعشر ثلاثطعشر ثلثطعشر تلتاش تلاتاش ثلاثطاش', 13],
  ['أربعتاشر اربعتاشر أربعطاشر اربعطاشر أربعطعش اربعطعش أربعتعش اربعتعش ربعطاش أربعتعشر اربعتعشر أربعطعشر اربعطعشر أربعطاش اربعطاش أربعتاش اربعتاش', 14],
  ['خمستاشر خمسطاشر خمسطعش خمستعش خمسطاش خمستعشر خمسطعشر خمستاش', 15],
  ['ستاشر سطاشر سطعش ستعش سطاش ستعشر سطعشر ستطعش ستطاشر ستطعشر ستاش', 16],
  ['سبعتاشر سبعطاشر سبعطعش سبعتعش سبعطاش سبعتعشر سبعطعشر سبعتاش', 17],
  ['تمنتاشر تمنطاشر تمنطعش ثمنطعش ثمانطعش تمانطعش تمنتعش تمنطاش ثمنطاش تمنتعشر تمنطعشر ثمنطعشر ثمانطعشر تمنتاش ثمنتاش', 18],
  ['تسعتاشر تسعطاشر تسعطعش تسعتعش تسعطاش تسعتعشر تسعطعشر تسعتاش', 19],
]
for (const [words, v] of AR_DIALECT_TEENS) add(words, { k: 'teen', v })
const AR_TENS: [string, number][] = [
  ['عشرون عشرين', 20],
  ['ثلاثون ثلاثين تلاتين', 30],
  // Maghrebi ربعين (ربعين كيلو)
  ['أربعون أربعين ربعين', 40],
  ['خمسون خمسين', 50],
  ['ستون ستين', 60],
  ['سبعون سبعين', 70],
  ['ثمانون ثمانين تمانين', 80],
  ['تسعون تسعين', 90],
]
for (const [words, v] of AR_TENS) add(words, { k: 'tens', v })
add('مائة مئة مية ماية', { k: 'hundred' })
add('مئتان مئتين مائتان مائتين مئتا مائتا مئتي مائتي ميتين', { k: 'hundreds', v: 200 })
// Levantine and Gulf متين (200, ميتين without its ي: «ألف ومتين»), also MSA متين (solid, firm: «بناء قوي ومتين»): read as a
// number only in a number's company (`DIALECT_HUNDREDS_WORDS`).
add('متين', { k: 'hundreds', v: 200 })
/** Dialect hundreds that are MSA words too: numbers only after a number and و, before a scale or a unit, or alone. */
export const DIALECT_HUNDREDS_WORDS: ReadonlySet<string> = new Set(['متين'].map(foldLetters))
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
// The old spelling of 300 with the stem of a third: ثلثمائة
add('ثلثمائة ثلثمية', { k: 'hundreds', v: 300 })
// Egyptian تلتمية (300), ربعمية (400), تمنمية (800), and تلاتمية, تمانمية as spelled out; Maghrebi ثمنمية
add('تلتمية تلتماية تلاتمية تلاتماية', { k: 'hundreds', v: 300 })
add('ربعمية ربعماية', { k: 'hundreds', v: 400 })
add('تمنمية تمنماية تمانمية تمانماية ثمنمية ثمنماية', { k: 'hundreds', v: 800 })
add('ألف', { k: 'scale', v: 1e3, form: 'sg' })
add('ألفان ألفين ألفي', { k: 'scale', v: 1e3, form: 'dual' })
add('ألفا', { k: 'scale', v: 1e3, form: 'dualOrAcc' })
// تلاف: Levantine and Egyptian آلاف (ست تلاف، تسع تلاف وخمسمية), تالاف as run together (خمستالاف);
// Moroccan د الآلاف "of thousands" (خمسة د الآلاف، ستة دلالاف)
const THOUSANDS: Entry = { k: 'scale', v: 1e3, form: 'pl' }
add('آلاف ألوف تلاف تالاف دلالاف دالاف دلاف', THOUSANDS)
add('مليون', { k: 'scale', v: 1e6, form: 'sg' })
add('مليونان مليونين مليوني', { k: 'scale', v: 1e6, form: 'dual' })
add('مليونا', { k: 'scale', v: 1e6, form: 'dualOrAcc' })
add('ملايين', { k: 'scale', v: 1e6, form: 'pl' })
add('مليار بليون', { k: 'scale', v: 1e9, form: 'sg' })
add('ملياران مليارين ملياري', { k: 'scale', v: 1e9, form: 'dual' })
add('مليارا', { k: 'scale', v: 1e9, form: 'dualOrAcc' })
add('مليارات', { k: 'scale', v: 1e9, form: 'pl' })
add('تريليون ترليون', { k: 'scale', v: 1e12, form: 'sg' })
add('تريليونان تريليونين تريليوني ترليونين', { k: 'scale', v: 1e12, form: 'dual' })
add('تريليونا', { k: 'scale', v: 1e12, form: 'dualOrAcc' })
add('تريليونات', { k: 'scale', v: 1e12, form: 'pl' })
add('نصف نص', { k: 'frac', den: 2, form: 'sg' })
add('ثلث', { k: 'frac', den: 3, form: 'sg' })
add('ثلثين ثلثان ثلثي ثلثا', { k: 'frac', den: 3, form: 'dual' })
add('أثلاث', { k: 'frac', den: 3, form: 'pl' })
add('ربع', { k: 'frac', den: 4, form: 'sg' })
add('أرباع', { k: 'frac', den: 4, form: 'pl' })
add('و', { k: 'and' })
// the decimal point said in words: واحد وخمسين فاصلة اتنين (51.2)
add('فاصلة فاصل', { k: 'point', ar: true })
// ناقص: the colloquial إلا of times (ساعتين ناقص ربع)
add('إلا ناقص', { k: 'except' })
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
/**
 * English words a speech recognizer writes for a number it heard (`to` and `too` for two, `for` for four, `won` for
 * one): numbers only where the word cannot be itself, right before "and a half" or "and a quarter" or a singular
 * hundred, thousand, million or billion, and after no number (`to and a half hours`, `for thousand pounds`; never `2 to
 * 4 hours`, `up to a million`, `for hours`, nor before "point": `to point five per cent` may be "rose to 0.5%";
 * `numbers-tokenizer.ts`).
 */
export const SPOKEN_HOMOPHONES: ReadonlyMap<string, number> = new Map([
  ['to', 2],
  ['too', 2],
  ['for', 4],
  ['won', 1],
])
add('hundred', { k: 'hundred' })
add('thousand', { k: 'scale', v: 1e3, form: 'sg' })
add('thousands', { k: 'scale', v: 1e3, form: 'pl' })
add('million', { k: 'scale', v: 1e6, form: 'sg' })
add('millions', { k: 'scale', v: 1e6, form: 'pl' })
add('billion', { k: 'scale', v: 1e9, form: 'sg' })
add('billions', { k: 'scale', v: 1e9, form: 'pl' })
// the European milliard, a thousand millions
add('milliard', { k: 'scale', v: 1e9, form: 'sg' })
add('milliards', { k: 'scale', v: 1e9, form: 'pl' })
add('trillion', { k: 'scale', v: 1e12, form: 'sg' })
// South Asia's lakh (a hundred thousand) and crore (ten million), as Indian and Pakistani news writes
// money and crowds (Rs 1,136 crore, 30 lakh passengers). Not the older spelling lac, French for a lake
// (Mille Lacs is no number). Their plurals follow any
// number (Rs 7.6 crores, 1,136 crores) as the singular does; alone they are no number (crores of rupees).
add('lakh', { k: 'scale', v: 1e5, form: 'sg' })
add('lakhs', { k: 'scale', v: 1e5, form: 'pl', anyCount: true })
add('crore', { k: 'scale', v: 1e7, form: 'sg' })
add('crores', { k: 'scale', v: 1e7, form: 'pl', anyCount: true })
add('half', { k: 'frac', den: 2, form: 'sg' })
add('halves', { k: 'frac', den: 2, form: 'pl' })
add('third', { k: 'frac', den: 3, form: 'sg' })
add('thirds', { k: 'frac', den: 3, form: 'pl' })
add('quarter fourth', { k: 'frac', den: 4, form: 'sg' })
add('quarters fourths', { k: 'frac', den: 4, form: 'pl' })
add('and', { k: 'and' })
add('a an', { k: 'a' })
add('of', { k: 'of' })
add('point', { k: 'point', ar: false })
// --- French number words, as Maghrebi readers type them (deux, vingt-trois, cinq virgule un) ---
// dix is a ten here, so that dix-sept reads as 17 the way twenty-five does; et joins (vingt et un).
// Not cent (100): «cent» is the currency's cent (`22 cents`). France's 70–99 (soixante-dix, quatre-vingts) are read
// as these words by the tokenizer (`FRENCH_SEVENTY_NINETY`).
// Some are English words or abbreviations too (UN, Sept 10, Mille Lacs): the tokenizer reads them as
// numbers only in a number's company or alone (`FRENCH_NUMBER_WORDS`).
const FR_DIGITS = ['zéro', 'un une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf']
FR_DIGITS.forEach((w, v) => add(w, { k: 'digit', v, ar: false }))
const FR_TEENS = ['onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize']
FR_TEENS.forEach((w, i) => add(w, { k: 'teen', v: 11 + i }))
const FR_TENS: [string, number][] = [
  ['dix', 10],
  ['vingt', 20],
  ['trente', 30],
  ['quarante', 40],
  ['cinquante', 50],
  ['soixante', 60],
  ['septante', 70],
  ['huitante octante', 80],
  ['nonante', 90],
]
for (const [words, v] of FR_TENS) add(words, { k: 'tens', v })
add('mille', { k: 'scale', v: 1e3, form: 'sg' })
// demi, demie: a half after et (deux heures et demie)
add('demi demie', { k: 'frac', den: 2, form: 'sg' })
/** The French number words, folded (six and zero are English too, and stay numbers anywhere). */
export const FRENCH_NUMBER_WORDS: ReadonlySet<string> = new Set(
  [...FR_DIGITS.filter((w) => w !== 'six' && w !== 'zéro'), ...FR_TEENS, ...FR_TENS.map(([w]) => w), 'mille', 'demi demie']
    .flatMap((w) => w.split(' '))
    .map(foldLetters),
)
add('et', { k: 'and' })
add('de', { k: 'of' })
add('virgule', { k: 'point', ar: false })
add('k', { k: 'abbrScale', v: 1e3, spaced: false })
add('mn', { k: 'abbrScale', v: 1e6, spaced: true })
add('bn', { k: 'abbrScale', v: 1e9, spaced: true })
add('mln', { k: 'abbrScale', v: 1e6, spaced: true })
add('bln', { k: 'abbrScale', v: 1e9, spaced: true })
// million cut short in informal English: `$15 mil`, `1.2 mill visitors`
add('mil mill', { k: 'abbrScale', v: 1e6, spaced: true })
// crore's abbreviation (Rs 7.6 cr, ₹7.6cr)
add('cr', { k: 'abbrScale', v: 1e7, spaced: true })

// --- Hedges, neutral words and blockers ---
// "About 2000" is still the answer 2000: the tolerance of the question decides how close is close
// enough. "More than 2000" is a different claim, so comparisons make the answer unreadable.
add('نحو حوالي حوالى تقريبا تقريبً تقريب قرابة زهاء يقارب يناهز مايقارب مايقرب بحدود', { k: 'hedge' })
add('about around approximately approx roughly almost nearly circa ca some', { k: 'hedge' })
// French, as Maghrebi readers abroad write it (`environ 48 000`, `environ 320 euros`)
add('environ approximativement', { k: 'hedge' })
// Colloquial: Egyptian كده, Levantine هيك; Levantine شي (شي ساعتين ونص) and حدود (حدود الألفين) only
// right before a number.
add('كده كدا كدة هيك', { k: 'hedge' })
add('شي حدود', { k: 'hedge', beforeNumber: true })
// The chat's -ish after a figure: `35ish`, `35-ish`, `35 ish` (about 35; `35 or so` is right too)
add('ish', { k: 'hedge', afterNumber: true })
// بس, بالزبط: colloquial فقط and بالضبط.
add('فقط بالضبط بالزبط بالظبط تماما تمام بس only just exactly precisely', { k: 'neutral' })
// an age: «ستة أشهر من العمر», «عمره 38 سنة», «بعمر 38», «سن 12», "5 years old", "5 years of age", "aged 71"
add('العمر عمره عمرها عمرهم عمرهما عمري عمرك بعمر بسن سن old age aged', { k: 'neutral' })
// a distance: «تبعد 30 كم», "30 km away"
add('تبعد يبعد away', { k: 'neutral' })
// whole: «سنتين كاملتين», «عامًا كاملًا», "two full years", "a whole week"
add('كامل كاملة كاملا كاملان كاملين كاملتين كاملتان كاملات full whole entire', { k: 'neutral' })
add(
  'أكثر أقل أزيد فوق تحت دون أقصى أدنى حتى إلى او أو أم بين لا ليس ليست ليسوا لست لم لن غير مش مو موش مب ما عدا سوى بدون خلاف ' +
    // the verbs' feminine too (ولا تزيد الأجرة على 5 دنانير: «تزيد على 5 دنانير» is no 5 dinars)
    'ضعف أضعاف مضاعف يتجاوز تجاوز يزيد يقل تتجاوز تجاوزت تزيد تقل سالب',
  { k: 'block' },
)
add(
  'more less fewer over under above below than least most up to not no or nor plus minus between except but double twice ' +
    'never neither none nothing without isn wasn aren weren didn doesn don',
  {
    k: 'block',
  },
)

/**
 * What a student says about an answer rather than in it: how sure they are (أعتقد، أظن، ربما،
 * I think, probably), whose figure it is (حسب المقال, according to the article), a wish or a
 * formula of modesty (إن شاء الله، والله أعلم), politeness (شكرًا, thanks) and emphasis (طبعًا,
 * of course). Ignored around any answer, a number (as hedges) or a text (`text-match.ts`): "I think
 * 2000" claims 2000. None negates or compares, so «ما أظن 2000», "I don't think 2000", «أظن أكثر
 * من 2000», «ربما 2000 أو 3000», "maybe not 2000" stay unreadable for what they add.
 */
const STANCE = [
  ...[
    'أعتقد',
    'اعتقد',
    'أظن',
    'اظن',
    'أتوقع',
    'اتوقع',
    'أرجح',
    'الأرجح',
    'ربما',
    'يمكن',
    'ممكن',
    'لعل',
    'غالبا',
    'طبعا',
    'بالطبع',
    'أكيد',
    'اكيد',
    'بالتأكيد',
    'شكرا',
  ],
  // Levantine بظن، بعتقد، بتوقع; Maghrebi (and MSA "we") نظن، نعتقد، نتوقع; Gulf أحس
  ...['بظن', 'بعتقد', 'بتوقع', 'نظن', 'نعتقد', 'نتوقع', 'أحس', 'احس', 'على الأرجح', 'في الغالب', 'على الأغلب'],
  ...['على ما أظن', 'على ما اظن', 'على ما أعتقد', 'على ما اعتقد', 'على ما أذكر', 'على ما اذكر', 'على حد علمي', 'في رأيي', 'في اعتقادي', 'أغلب الظن'],
  ...[
    'إن شاء الله',
    'ان شاء الله',
    'انشاء الله',
    'إنشاء الله',
    'والله أعلم',
    'والله اعلم',
    'الله أعلم',
    'الله اعلم',
    'شكرا لك',
    'شكرا جزيلا',
    'من فضلك',
    'لو سمحت',
  ],
  ...[
    'حسب المقال',
    'بحسب المقال',
    'حسب النص',
    'بحسب النص',
    'وفقا للمقال',
    'وفق المقال',
    'كما في المقال',
    'كما ورد في المقال',
    'حسب ما ورد في المقال',
    'حسب ما جاء في المقال',
  ],
  ...['i think', 'i guess', 'i believe', 'i suppose', 'i reckon', 'i would say', 'i d say', 'probably', 'maybe', 'perhaps', 'possibly', 'likely'],
  ...['most likely', 'most probably', 'i m sure', 'i am sure', 'i m pretty sure', 'i am pretty sure'],
  ...['of course', 'certainly', 'surely', 'thanks', 'thank you', 'please', 'if i remember correctly', 'as far as i remember', 'as far as i know'],
  ...['according to the article', 'according to the text', 'in the article', 'the article says', 'as the article says'],
].map((p) => p.split(' ').map(foldLetters))
for (const words of STANCE) if (words.length === 1) LEX.set(words[0]!, { k: 'hedge' })
const STANCE_PHRASES = STANCE.filter((words) => words.length > 1)
const STANCE_WORDS = new Set(STANCE.filter((words) => words.length === 1).map((words) => words[0]!))

/** Phrases by their first word, longest first. */
function byFirstWord(phrases: readonly string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>()
  for (const p of [...phrases].sort((a, b) => b.length - a.length)) map.set(p[0]!, [...(map.get(p[0]!) ?? []), p])
  return map
}
const STANCE_BY_FIRST = byFirstWord(STANCE_PHRASES)

/** The number of words of a stance word or phrase (`أعتقد`, `إن شاء الله`, `I think`) at `words[i]`, folded; 0 when none. */
export function stanceLength(words: readonly string[], i: number): number {
  const phrase = STANCE_BY_FIRST.get(words[i]!)?.find((p) => p.every((w, j) => words[i + j] === w))
  if (phrase) return phrase.length
  return STANCE_WORDS.has(words[i]!) ? 1 : 0
}

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
  // neither: «ساعتين ونصف من الزمن»
  'من الزمن',
  // a distance: «على بعد 30 كم», «على مسافة 30 كم»
  'على بعد',
  'على مسافة',
  // a height: «3165 مترًا فوق سطح البحر», "3,165 metres above sea level"
  'فوق سطح البحر',
  'فوق مستوى سطح البحر',
  'عن سطح البحر',
  'above sea level',
]
  .map((p) => p.split(' ').map(foldLetters))
  .concat(STANCE_PHRASES)
const HEDGES_BY_FIRST = byFirstWord(HEDGE_PHRASES)

/** The multi-word hedges (ما يقارب, more or less, I think) that start with the folded word `w`, longest first. */
export const lookupHedgePhrases = (w: string): readonly string[][] | undefined => HEDGES_BY_FIRST.get(w)

// --- Units (unit-words.ts): nouns, symbols and codes, and phrases of several words ---
export type Phrase = { words: string[]; entry: Entry }
const PHRASES = new Map<string, Phrase[]>()
const PHRASE_SEPARATOR = /[_.]/

// Short Latin letters for a currency (`60 JD`, `L.E. 10`), kept out of the lexicon: money only where `units.ts` reads
// them, beside a number of a question in their currency (`UnitWords.asked`). By their letters, space-separated.
const ASKED = new Map<string, Entry & { k: 'noun' }>()

for (const { units, form, words, people, worth, named, glued, asked } of UNIT_WORDS) {
  if (asked) {
    for (const word of words.split(/\s+/))
      ASKED.set(word.split(PHRASE_SEPARATOR).filter(Boolean).map(foldLetters).join(' '), { k: 'noun', unit: units[0], units, form })
    continue
  }
  const entry: Entry = {
    k: 'noun',
    unit: units[0],
    units,
    form,
    people: people ?? null,
    ...(worth ? { worth } : {}),
    ...(named ? { named } : {}),
    ...(glued ? { glued } : {}),
  }
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

for (const thousands of ['الالاف', 'الاف', 'لالاف']) addPhrase(['د', thousands], THOUSANDS)

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
  // Accusative without tanween on a noun: جنديا, يوما → the singular; ريالا too, whose entry is the symbol's (﷼ folds to
  // ريال, and a symbol's entry reads before a number as well as after it).
  if (w.length > 2 && w.endsWith(ALEF)) {
    const n = LEX.get(w.slice(0, -1))
    if (n?.k === 'noun' && (n.form === 'sg' || n.form === 'sym')) return n
  }
  return null
}

const WAW_PREFIX = foldLetters('و')
const PREFIXABLE = new Set<Entry['k']>(['digit', 'ten', 'tens', 'hundred', 'hundreds', 'scale', 'frac', 'noun', 'adj', 'hedge', 'block'])

// Words that only look like a clitic on a number word: كمية (a quantity) is no كـ on مية (a hundred).
const LOOK_ALIKES = new Set(['كمية', 'كميه'].map(foldLetters))

/** What a folded word means, looking through Arabic prefixes (لساعتين, بنحو, الألفين). */
export function lookupWord(w: string): Entry | null {
  const e = lookupBare(w)
  if (e || !AR_LETTER.test(w) || LOOK_ALIKES.has(w)) return e
  for (const p of PREFIXES) {
    if (w.length - p.length >= 3 && w.startsWith(p)) {
      const inner = lookupBare(w.slice(p.length))
      // a dialect hundred only after و (ومتين), never after the article or another clitic (المتين, the solid)
      const bareOnly =
        (inner?.k === 'hedge' && inner.beforeNumber) ||
        DIALECT_NUMBER_WORDS.has(w.slice(p.length)) ||
        (DIALECT_HUNDREDS_WORDS.has(w.slice(p.length)) && p !== WAW_PREFIX)
      if (inner && PREFIXABLE.has(inner.k) && !bareOnly) return inner
    }
  }
  return null
}

const NUMBER_KINDS = new Set<Entry['k']>(['digit', 'ten', 'teen', 'tens', 'hundred', 'hundreds', 'scale', 'frac', 'point', 'except'])

/** True for a word that is (part of) a number: the text matcher never lets a typo change one. */
export function isNumberWord(w: string): boolean {
  // The conjunction و is written onto a number word once (وخمسمائة), never twice.
  const e = lookupWord(w) ?? (w.length > 1 && w.startsWith(WAW) ? lookupWord(w.slice(1)) : null)
  return e !== null && NUMBER_KINDS.has(e.k)
}

/** The entry of a symbol or a word written onto one ($, %, US$); undefined when it has none. */
export const lookupSymbol = (s: string): Entry | undefined => LEX.get(s)

/** The currency of short Latin letters (`jd`, `l e` for L.E.) read only beside a number of a question in it; undefined for others. */
export const lookupAskedCurrencyCode = (letters: string): (Entry & { k: 'noun' }) | undefined => ASKED.get(letters)

/** The phrases of several words (في المئة, per cent, ر.س) that start with the folded word `w`, longest first. */
export const lookupPhrase = (w: string): readonly Phrase[] | undefined => PHRASES.get(w)
