import { CURRENCIES, type Currency, type Unit } from './unit-names.ts'

/**
 * How units are written, in Arabic (MSA and colloquial) and English: one table for every unit of
 * the quiz schema. `numbers.ts` loads it into its lexicon next to the number words, because an
 * Arabic dual noun is a number by itself (ساعتين is 2 hours, ريالين 2 riyals).
 *
 * A row names one unit, or a family of units when the word alone does not say which: `ريال`
 * is the riyal of Saudi Arabia, Qatar, Oman, Yemen or Iran, `m` minutes or metres, `كيلو`
 * kilograms or kilometres. The first unit of a family is the one meant when the question does
 * not say otherwise (`parseQuantity`'s `expect`); a currency adjective or code narrows a family
 * (`ريال سعودي`, `US dollars`).
 *
 * Words are written as people spell them (hamzas, ة); they are folded on loading. Within a word,
 * `_` separates the words of a phrase (`في_المئة`, `per_cent`) and `.` the letters of an
 * abbreviation (`ر.س`, `u.s.`).
 */

/**
 * - `sg`: a singular; alone it is one (`ساعة`, `ليرة`, `an hour`);
 * - `dual`: an Arabic dual; alone it is two (`ساعتين`, `ريالين`);
 * - `pl`: a plural, after a number (`ساعات`, `hours`);
 * - `abbr`: an abbreviation or a word that only follows a number (`h`, `كم`, `بالمئة`);
 * - `sym`: a symbol or an ISO code, before or after the number (`$300`, `300 $`, `SAR 5`, `12%`).
 */
export type NounForm = 'sg' | 'dual' | 'pl' | 'abbr' | 'sym'

/**
 * `people`: for nouns of people, the group they name (`soldier`: جندي، مقاتل، troops; `worker`:
 * عامل، labourers); null for nouns that name anyone (شخص، people). A number's noun that names
 * another group than the question's is another answer (`5000 جندي` for construction workers).
 */
export type UnitWords = {
  units: readonly [Unit, ...Unit[]]
  form: NounForm
  words: string
  people?: string | null
  /** A part of a currency (cent, pence, قرش, فلس): what one is worth in each currency it may be of (`22 cents` = USD 0.22). */
  worth?: Partial<Record<Currency, number>>
  /**
   * A part that is money only where its currency is named beside it in the article: قرش is also a
   * shark, and a fils is of the dinar or the dirham (`25 قرشًا` alone counts 25 of something).
   */
  named?: boolean
  /** Written onto its number only: `45p` is pence, `5 p.m.` a time. */
  glued?: boolean
  /**
   * Money only for a question in one of its currencies, right before or after a number (`60 JD`, `LE 10`):
   * short Latin letters that are something else in most texts (`2016 JD Vance`, `2 QR codes`, French `le`).
   * Elsewhere a plain word (`units.ts`, `markAskedCurrencyCodes`).
   */
  asked?: boolean
}

const row = (units: Unit | readonly [Unit, ...Unit[]], form: NounForm, words: string): UnitWords => ({
  units: typeof units === 'string' ? [units] : units,
  form,
  words,
})

/** Short Latin letters for a currency, read only beside a number and for a question in it (`UnitWords.asked`). */
const asked = (units: Currency | readonly [Currency, ...Currency[]], words: string): UnitWords => ({ ...row(units, 'sym', words), asked: true })

/**
 * The words of a part of a currency, worth `worth[code]` of each currency it may be of, the first
 * meant by default (cents are US cents unless the question asks euros).
 */
const part = (worth: Partial<Record<Currency, number>>, form: NounForm, words: string, named = false): UnitWords => ({
  ...row(Object.keys(worth) as [Currency, ...Currency[]], form, words),
  worth,
  ...(named ? { named } : {}),
})

/** The singular, dual and plural nouns of one group of people (`UnitWords.people`). */
const people = (group: string | null, sg: string, dual: string, pl: string): UnitWords[] =>
  (
    [
      ['sg', sg],
      ['dual', dual],
      ['pl', pl],
    ] as const
  )
    .filter(([, words]) => words !== '')
    .map(([form, words]) => ({ ...row('person', form, words), people: group }))

const RIYAL: readonly [Currency, ...Currency[]] = ['SAR', 'QAR', 'OMR', 'YER', 'IRR']
const DOLLAR: readonly [Currency, ...Currency[]] = ['USD', 'CAD', 'AUD']
const DINAR: readonly [Currency, ...Currency[]] = ['KWD', 'JOD', 'IQD', 'BHD', 'LYD', 'DZD', 'TND']
const DIRHAM: readonly [Currency, ...Currency[]] = ['AED', 'MAD']
const JUNAYH: readonly [Currency, ...Currency[]] = ['EGP', 'SDG', 'GBP']
// روبية, rupee: India's, Pakistan's, Nepal's and Sri Lanka's (Urdu rupaya, rupay, as Pakistani readers write it in Latin
// letters); ₹ is India's alone.
const RUPEE: readonly [Currency, ...Currency[]] = ['INR', 'PKR', 'NPR', 'LKR']
const POUND: readonly [Currency, ...Currency[]] = ['GBP', 'EGP', 'SDG', 'LBP', 'SYP']
// pound(s): money by default, the avoirdupois pound for a question about a mass (parseQuantity's expect picks it).
const POUND_OR_WEIGHT: readonly [Unit, ...Unit[]] = [...POUND, 'pound']
const LIRA_AR: readonly [Currency, ...Currency[]] = ['LBP', 'SYP', 'TRY']
const LIRA_EN: readonly [Currency, ...Currency[]] = ['TRY', 'LBP', 'SYP']
const YEN_OR_YUAN: readonly [Currency, ...Currency[]] = ['JPY', 'CNY']
// m: minutes by default (150m), metres for a question about lengths; after a money amount it is a
// million (`$2m`), which `numbers.ts` reads as a scale instead.
const MINUTE_OR_METRE: readonly [Unit, ...Unit[]] = ['minute', 'metre']
const KILO: readonly [Unit, ...Unit[]] = ['kilogram', 'kilometre']
const CENT = { USD: 0.01, CAD: 0.01, AUD: 0.01, EUR: 0.01 } as const
const PENNY = { GBP: 0.01 } as const
const QIRSH = { EGP: 0.01, SDG: 0.01, LBP: 0.01, SYP: 0.01, JOD: 0.01 } as const
const FILS = { KWD: 0.001, BHD: 0.001, JOD: 0.001, IQD: 0.001, AED: 0.01 } as const
const HALALA = { SAR: 0.01 } as const
const BAISA = { OMR: 0.001 } as const
// Maghrebi centimes (prices in Morocco are said in them: «50 مليار سنتيم» is 500 million dirhams) and millimes.
const CENTIME = { MAD: 0.01, DZD: 0.01 } as const
const MILLIME = { TND: 0.001 } as const
// South Asia's paisa, a hundredth of a rupee (46 rupees 50 paise).
const PAISA = { INR: 0.01, PKR: 0.01, NPR: 0.01 } as const
// Ghana's pesewa, a hundredth of a cedi.
const PESEWA = { GHS: 0.01 } as const

export const UNIT_WORDS: readonly UnitWords[] = [
  // --- time ---
  row('second', 'sg', 'ثانية second sec seconde'),
  row('second', 'dual', 'ثانيتان ثانيتين ثانيتا ثانيتي'),
  row('second', 'pl', 'ثوان ثواني ثوانٍ seconds secs secondes'),
  row('second', 'abbr', 's ث'),
  row('minute', 'sg', 'دقيقة minute min'),
  row('minute', 'dual', 'دقيقتان دقيقتين دقيقتا دقيقتي'),
  row('minute', 'pl', 'دقائق دقايق minutes mins'),
  // د: a minute, or a dinar for a question in dinars (a Tunisian price tag's «0.800 د»)
  row(['minute', ...DINAR], 'abbr', 'د'),
  row(MINUTE_OR_METRE, 'abbr', 'm'),
  // French as Maghrebi readers write it: heure(s), jour(s), semaine(s), mois, année(s), ans, pour cent; Urdu ghanta,
  // ghante (hours) as Pakistani readers write it in Latin letters
  row('hour', 'sg', 'ساعة hour hr heure ghanta'),
  // سعتين: the colloquial spelling of the dual as it is said (Levantine, Egyptian «سعتين ونص»)
  row('hour', 'dual', 'ساعتان ساعتين ساعتا ساعتي سعتين'),
  // سوايع: the plural as Tunisians and the Gulf say it (زوز سوايع ونص)
  row('hour', 'pl', 'ساعات سوايع hours hrs heures ghante ghantay'),
  row('hour', 'abbr', 'h س'),
  row('day', 'sg', 'يوم day jour'),
  row('day', 'dual', 'يومان يومين'),
  // تيام: the plural after three to ten in Iraqi and Levantine speech (تلت تيام، خمس تيام)
  row('day', 'pl', 'أيام تيام days jours'),
  row('day', 'abbr', 'd'),
  row('week', 'sg', 'أسبوع week wk semaine'),
  // Gulf and Levantine جمعة is a week too: only its dual, the singular is Friday
  // a fortnight is two weeks (British and Irish English): alone it is two, as an Arabic dual
  row('week', 'dual', 'أسبوعان أسبوعين جمعتين جمعتان fortnight'),
  row('week', 'pl', 'أسابيع weeks wks semaines'),
  row('month', 'sg', 'شهر month'),
  row('month', 'dual', 'شهران شهرين'),
  row('month', 'pl', 'أشهر شهور months mois'),
  row('month', 'abbr', 'mo mos'),
  row('year', 'sg', 'سنة عام year yr année'),
  row('year', 'dual', 'سنتان سنتين عامان عامين'),
  row('year', 'pl', 'سنوات سنين أعوام years yrs années ans'),
  row('year', 'abbr', 'y'),
  // an age as American forms and posts write it: 27 yo (years old)
  row('year', 'abbr', 'yo'),

  // --- people and counts: nouns that only count (not what happened to people: قتيل، جريح) ---
  ...people(
    null,
    'شخص فرد إنسان نسمة ساكن عنصر مواطن نفر person individual inhabitant resident',
    'شخصان شخصين فردين فردان نفرين',
    // French personnes (not personne, also "nobody")
    'أشخاص أفراد عناصر مواطنين أناس أنفار نفرات سكان people persons individuals personnel inhabitants residents personnes',
  ),
  ...people(
    'soldier',
    'جندي جندية مجند مقاتل عسكري soldier fighter',
    'جنديان جنديين مقاتلان',
    'جنود جنديات مجندين مجندون مقاتلين مقاتلون عسكريين عسكريون soldiers troops fighters',
  ),
  ...people('worker', 'عامل عاملة موظف worker', 'عاملان', 'عمال عاملين عاملون عاملات موظفين labourers laborers workers deminers builders'),
  ...people('civilian', 'مدني civilian', '', 'مدنيين civilians'),
  ...people('man', 'رجل man', 'رجلين رجلان', 'رجال men'),
  ...people('woman', 'امرأة woman', '', 'نساء women'),
  ...people('child', 'طفل child', '', 'أطفال children'),
  ...people('student', 'طالب student', '', 'طلاب students'),
  row('count', 'sg', 'مرة'),
  row('count', 'dual', 'مرتان مرتين'),
  row('count', 'pl', 'مرات'),

  // --- percent (بالمئة is one word: read before its ب and ال, so that it is not "times a hundred") ---
  row('percent', 'sym', '% ٪'),
  row('percent', 'abbr', 'بالمئة بالمائة بالمية في_المئة في_المائة في_المية فالمئة فالمائة فالمية percent per_cent pct pc pour_cent pourcent'),

  // --- length ---
  row('kilometre', 'sg', 'كيلومتر كيلو_متر kilometre kilometer'),
  row('kilometre', 'dual', 'كيلومتران كيلومترين'),
  row('kilometre', 'pl', 'كيلومترات كيلو_مترات kilometres kilometers'),
  row('kilometre', 'abbr', 'كم كلم km kms'),
  row('metre', 'sg', 'متر metre meter'),
  row('metre', 'dual', 'متران مترين'),
  row('metre', 'pl', 'أمتار metres meters'),
  row('metre', 'abbr', 'م'),
  row('millimetre', 'sg', 'ملليمتر مليمتر ميليمتر ملمتر millimetre millimeter'),
  row('millimetre', 'pl', 'ملليمترات مليمترات ميليمترات millimetres millimeters'),
  row('millimetre', 'abbr', 'ملم مم mm'),
  row('centimetre', 'sg', 'سنتيمتر سنتمتر سانتيمتر سانتي centimetre centimeter'),
  row('centimetre', 'dual', 'سنتيمتران سنتيمترين'),
  row('centimetre', 'pl', 'سنتيمترات سنتمترات centimetres centimeters'),
  row('centimetre', 'abbr', 'سم cm'),
  row('mile', 'sg', 'ميل mile'),
  row('mile', 'dual', 'ميلان ميلين'),
  row('mile', 'pl', 'أميال miles'),
  row('mile', 'abbr', 'mi'),
  row('light-year', 'sg', 'سنة_ضوئية light_year lightyear'),
  row('light-year', 'dual', 'سنتان_ضوئيتان سنتين_ضوئيتين'),
  row('light-year', 'pl', 'سنوات_ضوئية سنين_ضوئية light_years lightyears'),
  row('light-year', 'abbr', 'ly'),
  // Imperial lengths, as British and American articles give heights, depths and snow: a bare «قدم» is also "presented"
  // and a foot of the body, `foot` as in "on foot": both only after a number (abbr). `in` is
  // never an inch (`12 in 2020`), nor French pouce (a thumb) alone.
  // No dual: «بالقدمين», «على قدمين» are a body's two feet far more often than a length.
  row('foot', 'abbr', 'قدم قدما foot ft pied'),
  row('foot', 'pl', 'أقدام feet pieds'),
  row('inch', 'sg', 'بوصة إنش انش inch'),
  row('inch', 'dual', 'بوصتان بوصتين إنشان إنشين'),
  row('inch', 'pl', 'بوصات إنشات inches pouces'),
  row('yard', 'sg', 'ياردة yard'),
  row('yard', 'dual', 'ياردتان ياردتين'),
  row('yard', 'pl', 'ياردات yards'),
  row('yard', 'abbr', 'yd yds'),
  // the sea's mile, 1,852 m: never a mile (1,609 m) once «بحري» or nautical says which
  row('nautical-mile', 'sg', 'ميل_بحري nautical_mile'),
  row('nautical-mile', 'dual', 'ميلان_بحريان ميلين_بحريين'),
  row('nautical-mile', 'pl', 'أميال_بحرية ميلا_بحريا nautical_miles milles_marins'),
  row('nautical-mile', 'abbr', 'nmi'),

  // --- area and volume (m², km², m³ and m2, km2, m3 reach here as mσ, kmσ, mκ: numbers-tokenizer.ts) ---
  row('square-metre', 'sg', 'متر_مربع مترا_مربعا square_metre square_meter sq_m'),
  row('square-metre', 'dual', 'متران_مربعان مترين_مربعين'),
  row('square-metre', 'pl', 'أمتار_مربعة square_metres square_meters'),
  row('square-metre', 'abbr', 'م_مربع mσ مσ sqm'),
  row('square-kilometre', 'sg', 'كيلومتر_مربع كيلومترا_مربعا كيلو_متر_مربع square_kilometre square_kilometer sq_km'),
  row('square-kilometre', 'dual', 'كيلومتران_مربعان كيلومترين_مربعين'),
  row('square-kilometre', 'pl', 'كيلومترات_مربعة square_kilometres square_kilometers'),
  row('square-kilometre', 'abbr', 'كم_مربع كلم_مربع kmσ كمσ sqkm'),
  row('hectare', 'sg', 'هكتار hectare'),
  row('hectare', 'dual', 'هكتاران هكتارين'),
  row('hectare', 'pl', 'هكتارات hectares'),
  row('hectare', 'abbr', 'ha'),
  row('dunam', 'sg', 'دونم دنم dunam dunum donum'),
  row('dunam', 'dual', 'دونمان دونمين'),
  row('dunam', 'pl', 'دونمات dunams dunums donums'),
  row('feddan', 'sg', 'فدان feddan'),
  row('feddan', 'dual', 'فدانان فدانين'),
  row('feddan', 'pl', 'أفدنة فدادين feddans'),
  row('acre', 'sg', 'أكر آكر acre'),
  row('acre', 'pl', 'acres'),
  row('square-mile', 'sg', 'ميل_مربع square_mile sq_mi'),
  row('square-mile', 'dual', 'ميلان_مربعان ميلين_مربعين'),
  row('square-mile', 'pl', 'أميال_مربعة square_miles'),

  row('millilitre', 'sg', 'ملليلتر مليلتر ميليلتر ملليليتر مليليتر millilitre milliliter'),
  row('millilitre', 'pl', 'ملليلترات مليلترات ميليلترات millilitres milliliters'),
  row('millilitre', 'abbr', 'مل ملل ml'),
  row('litre', 'sg', 'لتر ليتر litre liter'),
  row('litre', 'dual', 'لتران لترين ليتران ليترين'),
  row('litre', 'pl', 'لترات ليترات litres liters'),
  // ltr, ltrs: as Indian and Pakistani papers and price lists write them
  row('litre', 'abbr', 'l ltr ltrs'),
  row('cubic-metre', 'sg', 'متر_مكعب مترا_مكعبا cubic_metre cubic_meter'),
  row('cubic-metre', 'dual', 'متران_مكعبان مترين_مكعبين'),
  row('cubic-metre', 'pl', 'أمتار_مكعبة cubic_metres cubic_meters'),
  row('cubic-metre', 'abbr', 'م_مكعب mκ مκ cbm'),
  row('barrel', 'sg', 'برميل barrel'),
  row('barrel', 'dual', 'برميلان برميلين'),
  row('barrel', 'pl', 'براميل barrels'),
  row('barrel', 'abbr', 'bbl'),
  row('gallon', 'sg', 'غالون جالون gallon'),
  row('gallon', 'dual', 'غالونان غالونين جالونين'),
  row('gallon', 'pl', 'غالونات جالونات gallons'),
  row('gallon', 'abbr', 'gal'),

  // --- speed (km/h, m/s, mph reach here as kmρh, mρs, miρh: numbers-tokenizer.ts) ---
  row('kilometre-per-hour', 'sg', 'كيلومتر_في_الساعة كيلو_متر_في_الساعة kilometre_per_hour kilometer_per_hour'),
  row(
    'kilometre-per-hour',
    'pl',
    'كيلومترات_في_الساعة كيلومترا_في_الساعة كيلومتر_بالساعة kilometres_per_hour kilometers_per_hour kilometres_an_hour kilometers_an_hour',
  ),
  row(
    'kilometre-per-hour',
    'abbr',
    'kmρh kmρhr kmsρh كمρس كمρساعة كلمρس كلمρساعة كيلومترρساعة kph kmh kmph km_per_hour km_an_hour كم_في_الساعة كلم_في_الساعة كيلو_في_الساعة كم_بالساعة كم_ساعة كلم_ساعة',
  ),
  row('mile-per-hour', 'sg', 'ميل_في_الساعة mile_per_hour mile_an_hour'),
  row('mile-per-hour', 'pl', 'أميال_في_الساعة ميلا_في_الساعة miles_per_hour miles_an_hour'),
  row('mile-per-hour', 'abbr', 'mph miρh'),
  row('metre-per-second', 'sg', 'متر_في_الثانية metre_per_second meter_per_second'),
  row('metre-per-second', 'pl', 'أمتار_في_الثانية مترا_في_الثانية metres_per_second meters_per_second metres_a_second meters_a_second'),
  row('metre-per-second', 'abbr', 'mρs mρsec مρث m_per_second م_في_الثانية'),
  row('kilometre-per-second', 'sg', 'كيلومتر_في_الثانية kilometre_per_second kilometer_per_second'),
  row(
    'kilometre-per-second',
    'pl',
    'كيلومترات_في_الثانية كيلومترا_في_الثانية kilometres_per_second kilometers_per_second kilometres_a_second kilometers_a_second',
  ),
  row('kilometre-per-second', 'abbr', 'kmρs kmρsec kps km_per_sec كمρث كلمρث km_per_second km_a_second كم_في_الثانية كلم_في_الثانية'),
  row('knot', 'sg', 'knot عقدة_بحرية'),
  row('knot', 'pl', 'knots عقد_بحرية عقدات_بحرية'),
  row('knot', 'abbr', 'kt kts kn'),
  // «30 عقدة» after a number (عقد alone is also a decade or a contract, عقدة a knot of rope)
  row('knot', 'abbr', 'عقدة عقدات'),

  // --- data (decimal: 1 TB = 1,000 GB) and a battery's charge ---
  row('megabyte', 'sg', 'ميجابايت ميغابايت ميجا_بايت ميغا_بايت megabyte'),
  row('megabyte', 'pl', 'megabytes'),
  row('megabyte', 'abbr', 'mb'),
  row('gigabyte', 'sg', 'جيجابايت غيغابايت جيغابايت قيقابايت جيجا_بايت غيغا_بايت gigabyte'),
  row('gigabyte', 'pl', 'gigabytes gigs'),
  row('gigabyte', 'abbr', 'gb جيجا غيغا جيغا قيقا giga'),
  row('terabyte', 'sg', 'تيرابايت تيرا_بايت terabyte'),
  row('terabyte', 'pl', 'terabytes'),
  // colloquial: «1.2 تيرا», `1.2 tera` (and «400 جيجا» above), as a phone's storage is said
  row('terabyte', 'abbr', 'tb تيرا tera tbytes'),
  row(
    'milliampere-hour',
    'abbr',
    'mah ملي_أمبير مللي_أمبير ميلي_أمبير ملي_أمبير_ساعة مللي_أمبير_ساعة ميلي_أمبير_ساعة ملي_أمبير_في_الساعة milliampere_hour milliampere_hours milliamp_hour milliamp_hours',
  ),

  // --- power and energy: a plant's capacity in watts (MW), what it makes or a battery holds in watt-hours (MWh);
  // «كيلوواط/ساعة» and "kW/h" reach here with a space for the slash (numbers-tokenizer.ts) ---
  row('watt', 'sg', 'واط وات watt'),
  row('watt', 'pl', 'واطات watts'),
  // W written onto its number (45W); `45 W` only for a question in watts (units.ts, markSpacedWatts)
  { ...row('watt', 'abbr', 'w'), glued: true },
  row('kilowatt', 'sg', 'كيلوواط كيلووات كيلو_واط كيلو_وات kilowatt'),
  row('kilowatt', 'pl', 'كيلوواطات kilowatts'),
  row('kilowatt', 'abbr', 'kw'),
  row('megawatt', 'sg', 'ميغاواط ميجاواط ميغاوات ميجاوات ميقاواط ميكاواط ميكاوات ميغا_واط ميجا_واط ميكا_واط ميغا_وات ميجا_وات megawatt'),
  // ميكاواط: ك for the foreign g, as Iraqis write it
  row('megawatt', 'pl', 'ميغاواطات ميجاواطات ميكاواطات megawatts'),
  row('megawatt', 'abbr', 'mw'),
  row('gigawatt', 'sg', 'غيغاواط جيجاواط جيجاوات غيغاوات جيغاواط قيقاواط غيغا_واط جيجا_واط جيجا_وات gigawatt'),
  row('gigawatt', 'pl', 'غيغاواطات جيجاواطات gigawatts'),
  row('gigawatt', 'abbr', 'gw'),
  row('watt-hour', 'sg', 'واط_ساعة وات_ساعة واط_في_الساعة watt_hour'),
  row('watt-hour', 'pl', 'watt_hours'),
  row('watt-hour', 'abbr', 'wh w_h'),
  row('kilowatt-hour', 'sg', 'كيلوواط_ساعة كيلووات_ساعة كيلو_واط_ساعة كيلو_وات_ساعة كيلوواط_في_الساعة كيلووات_في_الساعة كيلوواط_ساعي kilowatt_hour'),
  row('kilowatt-hour', 'pl', 'kilowatt_hours'),
  row('kilowatt-hour', 'abbr', 'kwh kw_h ك.و.س'),
  row('megawatt-hour', 'sg', 'ميغاواط_ساعة ميجاواط_ساعة ميغاوات_ساعة ميجاوات_ساعة ميغا_واط_ساعة ميغاواط_في_الساعة ميجاوات_في_الساعة megawatt_hour'),
  row('megawatt-hour', 'pl', 'megawatt_hours'),
  row('megawatt-hour', 'abbr', 'mwh mw_h'),
  row('gigawatt-hour', 'sg', 'غيغاواط_ساعة جيجاواط_ساعة جيجاوات_ساعة غيغاوات_ساعة غيغا_واط_ساعة غيغاواط_في_الساعة جيجاوات_في_الساعة gigawatt_hour'),
  row('gigawatt-hour', 'pl', 'gigawatt_hours'),
  row('gigawatt-hour', 'abbr', 'gwh gw_h'),
  row('terawatt-hour', 'sg', 'تيراواط_ساعة تيراوات_ساعة تيرا_واط_ساعة تيراواط_في_الساعة terawatt_hour'),
  row('terawatt-hour', 'pl', 'terawatt_hours'),
  row('terawatt-hour', 'abbr', 'twh tw_h'),

  // --- temperature (degrees Celsius; a bare درجة or degrees may be an angle or a grade) ---
  // درجة Celsius: the scale's name in English after the Arabic degree, as learners of Arabic write it
  row(
    'celsius',
    'sg',
    'درجة_مئوية درجة_حرارة_مئوية درجة_سيليزيوس درجة_سلسيوس درجة_سيلسيوس درجة_سيليزية درجة_celsius سيليزيوس سلسيوس سيلسيوس degree_celsius degree_centigrade celsius centigrade',
  ),
  row('celsius', 'dual', 'درجتان_مئويتان درجتين_مئويتين'),
  row('celsius', 'pl', 'درجات_مئوية درجات_سيليزية درجات_سيليزيوس درجات_سلسيوس درجات_سيلسيوس درجات_celsius degrees_celsius degrees_centigrade'),
  row('celsius', 'sym', '°'),
  row('celsius', 'abbr', '°_c °_م مئوية'),
  row('fahrenheit', 'sg', 'فهرنهايت فهرنهيت درجة_فهرنهايت degree_fahrenheit fahrenheit'),
  row('fahrenheit', 'pl', 'درجات_فهرنهايت degrees_fahrenheit'),
  row('fahrenheit', 'abbr', '°_f °_ف'),

  // --- mass (a ton is read as a metric tonne) ---
  row('milligram', 'sg', 'ملليغرام مليغرام ميليغرام ملليجرام مليجرام ميليجرام milligram milligramme'),
  row('milligram', 'pl', 'ملليغرامات مليغرامات ملليجرامات مليجرامات milligrams milligrammes'),
  row('milligram', 'abbr', 'ملغ ملغم مغ ملجم mg'),
  row('gram', 'sg', 'غرام جرام gram gramme'),
  row('gram', 'dual', 'غرامان غرامين جرامان جرامين'),
  row('gram', 'pl', 'غرامات جرامات grams grammes'),
  row('gram', 'abbr', 'غ غم جم g gr'),
  row('kilogram', 'sg', 'كيلوغرام كيلوجرام كيلو_غرام كيلو_جرام kilogram kilogramme'),
  row('kilogram', 'dual', 'كيلوغرامان كيلوغرامين كيلوجرامان كيلوجرامين'),
  row('kilogram', 'pl', 'كيلوغرامات كيلوجرامات kilograms kilogrammes'),
  row('kilogram', 'abbr', 'كغ كلغ كغم كجم kg kgs'),
  row(KILO, 'sg', 'كيلو kilo'),
  row(KILO, 'pl', 'كيلوات kilos'),
  row('tonne', 'sg', 'طن tonne ton metric_ton metric_tonne طن_متري'),
  row('tonne', 'dual', 'طنان طنين'),
  row('tonne', 'pl', 'أطنان tonnes tons metric_tons metric_tonnes أطنان_مترية'),
  row('tonne', 'abbr', 't'),
  // Avoirdupois: pound(s) are also money, a family with the currencies below (POUND_OR_WEIGHT): the question's unit says which.
  row('pound', 'sg', 'رطل'),
  row('pound', 'dual', 'رطلان رطلين'),
  row('pound', 'pl', 'أرطال'),
  row('pound', 'abbr', 'lb lbs'),
  row('ounce', 'sg', 'أونصة أوقية ounce'),
  row('ounce', 'dual', 'أونصتان أونصتين'),
  row('ounce', 'pl', 'أونصات ounces'),
  row('ounce', 'abbr', 'oz'),

  // --- money: each word names a family of currencies; an adjective or a code narrows it ---
  row(RIYAL, 'sg', 'ريال riyal rial'),
  row(RIYAL, 'dual', 'ريالان ريالين'),
  row(RIYAL, 'pl', 'ريالات riyals rials'),
  row(DOLLAR, 'sg', 'دولار dollar'),
  row(DOLLAR, 'dual', 'دولاران دولارين'),
  row(DOLLAR, 'pl', 'دولارات dollars bucks'),
  row(DOLLAR, 'sym', '$'),
  row('USD', 'sym', 'us$'),
  row('CAD', 'sym', 'c$ ca$'),
  row('AUD', 'sym', 'a$ au$'),
  // أورو: the euro as Moroccan and Algerian writers spell it («320 أورو»)
  row('EUR', 'sg', 'يورو أورو euro'),
  row('EUR', 'pl', 'euros'),
  row('EUR', 'sym', '€'),
  row(POUND_OR_WEIGHT, 'sg', 'pound'),
  row(POUND_OR_WEIGHT, 'pl', 'pounds'),
  row('GBP', 'sg', 'باوند quid'),
  row('GBP', 'sym', '£'),
  row(JUNAYH, 'sg', 'جنيه'),
  row(JUNAYH, 'dual', 'جنيهان جنيهين'),
  row(JUNAYH, 'pl', 'جنيهات'),
  row(DINAR, 'sg', 'دينار dinar'),
  row(DINAR, 'dual', 'ديناران دينارين'),
  row(DINAR, 'pl', 'دنانير dinars'),
  row(DIRHAM, 'sg', 'درهم dirham'),
  row(DIRHAM, 'dual', 'درهمان درهمين'),
  row(DIRHAM, 'pl', 'دراهم dirhams'),
  row(DIRHAM, 'abbr', 'dh dhs'),
  row(LIRA_AR, 'sg', 'ليرة'),
  row(LIRA_AR, 'dual', 'ليرتان ليرتين'),
  row(LIRA_AR, 'pl', 'ليرات'),
  row(LIRA_EN, 'sg', 'lira'),
  row(LIRA_EN, 'pl', 'liras lire'),
  row('TRY', 'sym', '₺'),
  row('JPY', 'sg', 'ين الين yen'),
  row(YEN_OR_YUAN, 'sym', '¥ ￥'),
  row('CNY', 'sg', 'يوان yuan renminbi'),
  row('CNY', 'pl', 'يوانات'),
  row('CNY', 'sym', 'rmb'),
  row('RUB', 'sg', 'روبل rouble ruble'),
  row('RUB', 'dual', 'روبلان روبلين'),
  row('RUB', 'pl', 'روبلات roubles rubles'),
  row('RUB', 'sym', '₽'),
  row(RUPEE, 'sg', 'روبية rupee rupaya rupiya'),
  row(RUPEE, 'dual', 'روبيتان روبيتين'),
  row(RUPEE, 'pl', 'روبيات rupees rupay rupaye rupaiye'),
  row(RUPEE, 'sym', 'rs'),
  row('INR', 'sym', '₹'),
  row('BDT', 'sg', 'تاكا taka'),
  row('BDT', 'pl', 'takas'),
  row('BDT', 'sym', '৳'),
  row('CHF', 'sg', 'فرنك franc'),
  row('CHF', 'dual', 'فرنكان فرنكين'),
  row('CHF', 'pl', 'فرنكات francs'),
  row('ILS', 'sg', 'شيكل شيقل shekel sheqel'),
  row('ILS', 'pl', 'شيكلات شواكل shekels sheqalim'),
  row('ILS', 'sym', '₪ nis'),
  // Kenya's shilling: KSh, Ksh, Kshs as Kenyan papers write it (Sh and bob below).
  row('KES', 'sg', 'شلن شيلينغ شيلنغ shilling'),
  row('KES', 'dual', 'شلنان شلنين'),
  row('KES', 'pl', 'شلنات shillings'),
  row('KES', 'sym', 'ksh kshs kes'),
  // Ghana's cedi: GH¢, GH₵ as Ghanaian papers write it (GHC, the old code, as readers still type it); «سيدي» alone is no
  // currency word (it is also sir, and the Sidi of Moroccan towns) but beside a number for a question in cedis (asked,
  // below), and with its country's adjective after a number, as the key is displayed (`3625 سيديًا غانيًا`, `2.5 سيدي غاني`).
  row('GHS', 'sg', 'cedi'),
  row('GHS', 'pl', 'cedis'),
  row('GHS', 'abbr', 'سيدي_غاني سيديا_غانيا سيدي_غانيا'),
  row('GHS', 'sym', 'gh¢ gh₵ ghc ghs ₵'),
  // Parts of a currency: 22 cents = USD 0.22, 50 pence = GBP 0.5, 25 قرشًا = EGP 0.25.
  part(CENT, 'sg', 'سنت cent'),
  part(CENT, 'pl', 'سنتات cents'),
  part(CENT, 'sym', '¢'),
  part(PENNY, 'sg', 'بنس penny'),
  part(PENNY, 'pl', 'بنسات pence pennies'),
  { ...part(PENNY, 'abbr', 'p'), glued: true },
  part(QIRSH, 'sg', 'قرش piastre piaster', true),
  part(QIRSH, 'dual', 'قرشان قرشين', true),
  part(QIRSH, 'pl', 'قروش piastres piasters', true),
  part(FILS, 'sg', 'فلس fils', true),
  part(HALALA, 'sg', 'هللة halala'),
  part(HALALA, 'dual', 'هللتان هللتين'),
  part(HALALA, 'pl', 'هللات halalas'),
  part(BAISA, 'sg', 'بيسة baisa'),
  part(BAISA, 'pl', 'بيسات baisas'),
  part(CENTIME, 'sg', 'سنتيم سانتيم centime'),
  part(CENTIME, 'pl', 'سنتيمات سانتيمات centimes'),
  part(MILLIME, 'sg', 'مليم millime'),
  part(MILLIME, 'pl', 'مليمات millimes'),
  part(PAISA, 'sg', 'paisa'),
  part(PAISA, 'pl', 'paise paisas'),
  part(PESEWA, 'sg', 'pesewa'),
  part(PESEWA, 'pl', 'pesewas'),
  // Arabic abbreviations: ر.س (Saudi riyal), د.ك (Kuwaiti dinar), ج.م (Egyptian pound) …
  row('SAR', 'sym', 'ر.س'),
  // The Gulf's English papers: SR 500, KD 2; and E£ 300, ﷼ 20.
  row('SAR', 'sym', 'sr'),
  row('KWD', 'sym', 'kd'),
  // As readers of the region type them beside an amount: 60 JD, LE 10, L.E. 10, QR 50, BD 2, RO 5, Dhs 50, 100 TL,
  // LL 5000, 200 DA, 50 DT, 10 LD, ID 5000, Tk 200 — money only for a question in their currency and right beside a
  // number (asked): 2 QR codes, 2016 JD Vance, 3 RO plants, French «le 10» stay words.
  asked('JOD', 'jd'),
  // Kenyan papers' `Sh2.4 billion`, `Shs 50`, and the shilling's slang `50 bob`
  asked('KES', 'sh shs bob'),
  asked('EGP', 'le l.e'),
  // «10ج», «12.50 ج»: the pound's first letter, as Egyptian and Sudanese price tags write it
  asked(['EGP', 'SDG'], 'ج'),
  asked('QAR', 'qr'),
  asked('BHD', 'bd'),
  asked('OMR', 'ro r.o'),
  asked(DIRHAM, 'dh dhs'),
  asked('TRY', 'tl'),
  asked('LBP', 'll'),
  asked('DZD', 'da'),
  // دت: د.ت without its dot, as Tunisian readers type it (3000 دت)
  asked('TND', 'dt دت'),
  // «سيدي» alone, the cedi for a question in cedis only (`3625 سيدي`): elsewhere sir, or the Sidi of Moroccan towns
  asked('GHS', 'سيدي'),
  asked('LYD', 'ld'),
  asked('IQD', 'id'),
  asked('BDT', 'tk'),
  row('EGP', 'sym', 'e£'),
  row(RIYAL, 'sym', '﷼'),
  row('QAR', 'sym', 'ر.ق'),
  row('OMR', 'sym', 'ر.ع'),
  row('YER', 'sym', 'ر.ي'),
  // د.إ (dirham) and د.أ (Jordanian dinar) are one abbreviation once hamzas are folded: the question's currency decides.
  row(['AED', 'JOD'], 'sym', 'د.إ د.أ'),
  row('KWD', 'sym', 'د.ك'),
  row('BHD', 'sym', 'د.ب'),
  row('IQD', 'sym', 'د.ع'),
  row('LYD', 'sym', 'د.ل'),
  row('DZD', 'sym', 'د.ج'),
  row('TND', 'sym', 'د.ت'),
  row('MAD', 'sym', 'د.م'),
  row('EGP', 'sym', 'ج.م'),
  row('SDG', 'sym', 'ج.س'),
  row('LBP', 'sym', 'ل.ل'),
  row('SYP', 'sym', 'ل.س'),
  // ISO codes, before or after the amount: SAR 5 million, 300 USD.
  ...CURRENCIES.map((code) => row(code, 'sym', code)),
]

/**
 * Adjectives that narrow a currency word, after it (`ريال سعودي`, `pounds sterling`, `الليرة
 * التركية`) or, in English, before it (`Saudi riyals`, `US dollars`). Arabic ones are written
 * masculine singular; their feminine, dual and plural forms are derived on loading. An adjective
 * that `alone` names its currency also stands for the noun (`3 million sterling`, `مليون إسترليني`).
 */
export type CurrencyAdjective = { units: readonly [Currency, ...Currency[]]; words: string; alone?: boolean }

const adjective = (units: Currency | readonly [Currency, ...Currency[]], words: string, alone = false): CurrencyAdjective => ({
  units: typeof units === 'string' ? [units] : units,
  words,
  alone,
})

export const CURRENCY_ADJECTIVES: readonly CurrencyAdjective[] = [
  adjective('SAR', 'سعودي saudi'),
  adjective('QAR', 'قطري qatari'),
  adjective('OMR', 'عماني omani'),
  adjective('YER', 'يمني yemeni'),
  adjective('IRR', 'إيراني iranian'),
  adjective('USD', 'أمريكي أميركي american us u.s.'),
  adjective('CAD', 'كندي canadian'),
  adjective('AUD', 'أسترالي australian'),
  adjective('EUR', 'أوروبي european'),
  adjective('GBP', 'إسترليني sterling', true),
  adjective('GBP', 'بريطاني british uk'),
  adjective('EGP', 'مصري egyptian'),
  adjective('SDG', 'سوداني sudanese'),
  adjective('KWD', 'كويتي kuwaiti'),
  adjective('JOD', 'أردني jordanian'),
  adjective('IQD', 'عراقي iraqi'),
  adjective('BHD', 'بحريني bahraini'),
  adjective('LYD', 'ليبي libyan'),
  adjective('DZD', 'جزائري algerian'),
  adjective('TND', 'تونسي tunisian'),
  adjective('AED', 'إماراتي emirati uae'),
  adjective('MAD', 'مغربي moroccan'),
  adjective('TRY', 'تركي turkish'),
  adjective('LBP', 'لبناني lebanese'),
  adjective('SYP', 'سوري syrian'),
  adjective('JPY', 'ياباني japanese'),
  adjective('CNY', 'صيني chinese'),
  adjective('RUB', 'روسي russian'),
  adjective('INR', 'هندي indian'),
  adjective('PKR', 'باكستاني pakistani'),
  adjective('NPR', 'نيبالي nepalese nepali'),
  adjective('LKR', 'سريلانكي sri_lankan'),
  adjective('BDT', 'بنغلاديشي bangladeshi'),
  adjective('CHF', 'سويسري swiss'),
  adjective('ILS', 'إسرائيلي israeli'),
  adjective('KES', 'كيني kenyan'),
  // `Ghana cedis`, as Ghanaian papers write them too
  adjective('GHS', 'غاني ghanaian ghana'),
]

/**
 * Currency words of money a quiz has no currency for (`11 trillion shillings`, `40 billion rand`, `نايرا`): money all the
 * same, never a count, asked only in the article's words (the drafter's note `currency-unknown`). English ones in lower
 * case only after a number (not `2019 Rand Paul`).
 */
export const UNCODED_CURRENCY_WORDS: ReadonlySet<string> = new Set(
  (
    'shilling shillings naira nairas rand rands kwacha birr ringgit rupiah baht peso pesos reais zloty zlotys ' +
    'forint forints krona kronor krone kroner hryvnia hryvnias tenge dong kyat ' +
    'شلن شلنات شلنا نايرا نيرة راند كواشا رينغيت بيزو بيزوات زلوتي فورنت كرونة كرونات هريفنيا'
  ).split(' '),
)

const AR_LETTER = /[\u0600-\u06FF]/

/** An Arabic nisba adjective in every form a currency takes: سعودي سعودية سعوديان سعوديين سعوديتان سعوديتين. */
export function adjectiveForms(word: string): string[] {
  if (!AR_LETTER.test(word)) return [word]
  return [word, `${word}ة`, `${word}ان`, `${word}ين`, `${word}تان`, `${word}تين`]
}
