import type { Lang, Unit } from './quiz-schema.ts'

/**
 * The names of the units in Arabic and English: the nouns every display string (describe.ts), the
 * public quiz's field labels (public-quiz.ts) and the prompts are built from. A module of its own, so
 * that labelling a quiz does not load the readers of numbers and units.
 */

/**
 * An Arabic unit noun: singular, dual (`2 يورو` when it has none) and plural, its gender, an
 * abbreviation written after any number (`5 كم`), the masculine adjective that names a currency
 * (`ريال` + `سعودي`), and "in …" when it is not `بال` + the plural (`بالثواني`).
 */
export type ArabicNoun = { sg: string; dual?: string; pl: string; feminine: boolean; abbr?: string; adjective?: string; by?: string }

const noun = (sg: string, dual: string | undefined, pl: string, feminine = false): ArabicNoun => ({ sg, dual, pl, feminine })
const RIYAL = noun('ريال', 'ريالان', 'ريالات')
const DOLLAR = noun('دولار', 'دولاران', 'دولارات')
const JUNAYH = noun('جنيه', 'جنيهان', 'جنيهات')
const DINAR = noun('دينار', 'ديناران', 'دنانير')
const DIRHAM = noun('درهم', 'درهمان', 'دراهم')
const RUPEE = noun('روبية', 'روبيتان', 'روبيات', true)
const LIRA = noun('ليرة', 'ليرتان', 'ليرات', true)
const SHILLING = noun('شلن', 'شلنان', 'شلنات')
const currency = (n: ArabicNoun, adjective?: string): ArabicNoun => ({ ...n, adjective })

export type NamedUnit = Exclude<Unit, 'count' | 'percent' | 'date'>

export const AR_UNITS: Record<NamedUnit, ArabicNoun> = {
  second: { ...noun('ثانية', 'ثانيتان', 'ثوانٍ', true), by: 'بالثواني' },
  minute: noun('دقيقة', 'دقيقتان', 'دقائق', true),
  hour: noun('ساعة', 'ساعتان', 'ساعات', true),
  day: noun('يوم', 'يومان', 'أيام'),
  week: noun('أسبوع', 'أسبوعان', 'أسابيع'),
  month: noun('شهر', 'شهران', 'أشهر'),
  year: noun('سنة', 'سنتان', 'سنوات', true),
  person: noun('شخص', 'شخصان', 'أشخاص'),
  millimetre: { ...noun('ملليمتر', 'ملليمتران', 'ملليمترات'), abbr: 'ملم' },
  centimetre: { ...noun('سنتيمتر', 'سنتيمتران', 'سنتيمترات'), abbr: 'سم' },
  metre: noun('متر', 'متران', 'أمتار'),
  kilometre: { ...noun('كيلومتر', 'كيلومتران', 'كيلومترات'), abbr: 'كم' },
  mile: noun('ميل', 'ميلان', 'أميال'),
  'light-year': { ...noun('سنة ضوئية', 'سنتان ضوئيتان', 'سنوات ضوئية', true), by: 'بالسنوات الضوئية' },
  inch: noun('بوصة', 'بوصتان', 'بوصات', true),
  foot: noun('قدم', 'قدمان', 'أقدام'),
  yard: noun('ياردة', 'ياردتان', 'ياردات', true),
  'nautical-mile': { ...noun('ميل بحري', 'ميلان بحريان', 'أميال بحرية'), by: 'بالأميال البحرية' },
  milligram: { ...noun('ملليغرام', 'ملليغرامان', 'ملليغرامات'), abbr: 'ملغ' },
  gram: noun('غرام', 'غرامان', 'غرامات'),
  kilogram: { ...noun('كيلوغرام', 'كيلوغرامان', 'كيلوغرامات'), abbr: 'كغ' },
  tonne: noun('طن', 'طنان', 'أطنان'),
  ounce: noun('أونصة', 'أونصتان', 'أونصات', true),
  pound: noun('رطل', 'رطلان', 'أرطال'),
  'square-metre': { ...noun('متر مربع', 'متران مربعان', 'أمتار مربعة'), abbr: 'م²', by: 'بالأمتار المربعة' },
  'square-kilometre': { ...noun('كيلومتر مربع', 'كيلومتران مربعان', 'كيلومترات مربعة'), abbr: 'كم²', by: 'بالكيلومترات المربعة' },
  hectare: noun('هكتار', 'هكتاران', 'هكتارات'),
  dunam: noun('دونم', 'دونمان', 'دونمات'),
  feddan: noun('فدان', 'فدانان', 'أفدنة'),
  acre: noun('أكر', 'أكران', 'أكرات'),
  'square-mile': { ...noun('ميل مربع', 'ميلان مربعان', 'أميال مربعة'), by: 'بالأميال المربعة' },
  millilitre: { ...noun('ملليلتر', 'ملليلتران', 'ملليلترات'), abbr: 'مل' },
  litre: noun('لتر', 'لتران', 'لترات'),
  'cubic-metre': { ...noun('متر مكعب', 'متران مكعبان', 'أمتار مكعبة'), abbr: 'م³', by: 'بالأمتار المكعبة' },
  barrel: noun('برميل', 'برميلان', 'براميل'),
  gallon: noun('غالون', 'غالونان', 'غالونات'),
  'kilometre-per-hour': { ...noun('كيلومتر في الساعة', 'كيلومتران في الساعة', 'كيلومترات في الساعة'), abbr: 'كم/س', by: 'بالكيلومترات في الساعة' },
  'mile-per-hour': { ...noun('ميل في الساعة', 'ميلان في الساعة', 'أميال في الساعة'), by: 'بالأميال في الساعة' },
  'metre-per-second': { ...noun('متر في الثانية', 'متران في الثانية', 'أمتار في الثانية'), abbr: 'م/ث', by: 'بالأمتار في الثانية' },
  'kilometre-per-second': { ...noun('كيلومتر في الثانية', 'كيلومتران في الثانية', 'كيلومترات في الثانية'), by: 'بالكيلومترات في الثانية' },
  knot: { ...noun('عقدة بحرية', 'عقدتان بحريتان', 'عقد بحرية', true), by: 'بالعقد البحرية' },
  megabyte: { ...noun('ميغابايت', undefined, 'ميغابايت'), by: 'بالميغابايت' },
  gigabyte: { ...noun('غيغابايت', undefined, 'غيغابايت'), by: 'بالغيغابايت' },
  terabyte: { ...noun('تيرابايت', undefined, 'تيرابايت'), by: 'بالتيرابايت' },
  'milliampere-hour': { ...noun('ملي أمبير ساعة', undefined, 'ملي أمبير ساعة'), by: 'بالملي أمبير ساعة' },
  watt: { ...noun('واط', undefined, 'واط'), by: 'بالواط' },
  kilowatt: { ...noun('كيلوواط', undefined, 'كيلوواط'), by: 'بالكيلوواط' },
  megawatt: { ...noun('ميغاواط', undefined, 'ميغاواط'), by: 'بالميغاواط' },
  gigawatt: { ...noun('غيغاواط', undefined, 'غيغاواط'), by: 'بالغيغاواط' },
  'watt-hour': { ...noun('واط ساعة', undefined, 'واط ساعة'), by: 'بالواط ساعة' },
  'kilowatt-hour': { ...noun('كيلوواط ساعة', undefined, 'كيلوواط ساعة'), by: 'بالكيلوواط ساعة' },
  'megawatt-hour': { ...noun('ميغاواط ساعة', undefined, 'ميغاواط ساعة'), by: 'بالميغاواط ساعة' },
  'gigawatt-hour': { ...noun('غيغاواط ساعة', undefined, 'غيغاواط ساعة'), by: 'بالغيغاواط ساعة' },
  'terawatt-hour': { ...noun('تيراواط ساعة', undefined, 'تيراواط ساعة'), by: 'بالتيراواط ساعة' },
  celsius: { ...noun('درجة مئوية', 'درجتان مئويتان', 'درجات مئوية', true), abbr: '°م', by: 'بالدرجات المئوية' },
  fahrenheit: { ...noun('درجة فهرنهايت', 'درجتا فهرنهايت', 'درجات فهرنهايت', true), abbr: '°ف', by: 'بدرجات فهرنهايت' },
  SAR: currency(RIYAL, 'سعودي'),
  QAR: currency(RIYAL, 'قطري'),
  OMR: currency(RIYAL, 'عماني'),
  YER: currency(RIYAL, 'يمني'),
  IRR: currency(RIYAL, 'إيراني'),
  USD: currency(DOLLAR, 'أمريكي'),
  CAD: currency(DOLLAR, 'كندي'),
  AUD: currency(DOLLAR, 'أسترالي'),
  EUR: noun('يورو', undefined, 'يورو'),
  GBP: currency(JUNAYH, 'إسترليني'),
  EGP: currency(JUNAYH, 'مصري'),
  SDG: currency(JUNAYH, 'سوداني'),
  KWD: currency(DINAR, 'كويتي'),
  JOD: currency(DINAR, 'أردني'),
  IQD: currency(DINAR, 'عراقي'),
  BHD: currency(DINAR, 'بحريني'),
  LYD: currency(DINAR, 'ليبي'),
  DZD: currency(DINAR, 'جزائري'),
  TND: currency(DINAR, 'تونسي'),
  AED: currency(DIRHAM, 'إماراتي'),
  MAD: currency(DIRHAM, 'مغربي'),
  TRY: currency(LIRA, 'تركي'),
  LBP: currency(LIRA, 'لبناني'),
  SYP: currency(LIRA, 'سوري'),
  JPY: currency(noun('ين', undefined, 'ين'), 'ياباني'),
  CNY: currency(noun('يوان', undefined, 'يوان'), 'صيني'),
  RUB: currency(noun('روبل', 'روبلان', 'روبلات'), 'روسي'),
  INR: currency(RUPEE, 'هندي'),
  PKR: currency(RUPEE, 'باكستاني'),
  NPR: currency(RUPEE, 'نيبالي'),
  LKR: currency(RUPEE, 'سريلانكي'),
  KES: currency(SHILLING, 'كيني'),
  GHS: currency(noun('سيدي', undefined, 'سيدي'), 'غاني'),
  BDT: currency(noun('تاكا', undefined, 'تاكا'), 'بنغلاديشي'),
  CHF: currency(noun('فرنك', 'فرنكان', 'فرنكات'), 'سويسري'),
  ILS: noun('شيكل', undefined, 'شيكلات'),
}

/** English singular and plural, and an abbreviation written after any number (`5 km`). */
export type EnglishNoun = [one: string, many: string, abbr?: string]

export const EN_UNITS: Record<NamedUnit, EnglishNoun> = {
  second: ['second', 'seconds'],
  minute: ['minute', 'minutes'],
  hour: ['hour', 'hours'],
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
  person: ['person', 'people'],
  millimetre: ['millimetre', 'millimetres', 'mm'],
  centimetre: ['centimetre', 'centimetres', 'cm'],
  metre: ['metre', 'metres'],
  kilometre: ['kilometre', 'kilometres', 'km'],
  mile: ['mile', 'miles'],
  'light-year': ['light-year', 'light-years'],
  inch: ['inch', 'inches'],
  foot: ['foot', 'feet', 'ft'],
  yard: ['yard', 'yards'],
  'nautical-mile': ['nautical mile', 'nautical miles'],
  milligram: ['milligram', 'milligrams', 'mg'],
  gram: ['gram', 'grams'],
  kilogram: ['kilogram', 'kilograms', 'kg'],
  tonne: ['tonne', 'tonnes'],
  ounce: ['ounce', 'ounces', 'oz'],
  pound: ['pound', 'pounds', 'lb'],
  'square-metre': ['square metre', 'square metres', 'm²'],
  'square-kilometre': ['square kilometre', 'square kilometres', 'km²'],
  hectare: ['hectare', 'hectares', 'ha'],
  dunam: ['dunam', 'dunams'],
  feddan: ['feddan', 'feddans'],
  acre: ['acre', 'acres'],
  'square-mile': ['square mile', 'square miles', 'sq mi'],
  millilitre: ['millilitre', 'millilitres', 'ml'],
  litre: ['litre', 'litres'],
  'cubic-metre': ['cubic metre', 'cubic metres', 'm³'],
  barrel: ['barrel', 'barrels'],
  gallon: ['gallon', 'gallons'],
  'kilometre-per-hour': ['kilometre per hour', 'kilometres per hour', 'km/h'],
  'mile-per-hour': ['mile per hour', 'miles per hour', 'mph'],
  'metre-per-second': ['metre per second', 'metres per second', 'm/s'],
  'kilometre-per-second': ['kilometre per second', 'kilometres per second', 'km/s'],
  knot: ['knot', 'knots'],
  megabyte: ['megabyte', 'megabytes', 'MB'],
  gigabyte: ['gigabyte', 'gigabytes', 'GB'],
  terabyte: ['terabyte', 'terabytes', 'TB'],
  'milliampere-hour': ['milliampere-hour', 'milliampere-hours', 'mAh'],
  watt: ['watt', 'watts', 'W'],
  kilowatt: ['kilowatt', 'kilowatts', 'kW'],
  megawatt: ['megawatt', 'megawatts', 'MW'],
  gigawatt: ['gigawatt', 'gigawatts', 'GW'],
  'watt-hour': ['watt-hour', 'watt-hours', 'Wh'],
  'kilowatt-hour': ['kilowatt-hour', 'kilowatt-hours', 'kWh'],
  'megawatt-hour': ['megawatt-hour', 'megawatt-hours', 'MWh'],
  'gigawatt-hour': ['gigawatt-hour', 'gigawatt-hours', 'GWh'],
  'terawatt-hour': ['terawatt-hour', 'terawatt-hours', 'TWh'],
  celsius: ['degree Celsius', 'degrees Celsius', '°C'],
  fahrenheit: ['degree Fahrenheit', 'degrees Fahrenheit', '°F'],
  SAR: ['Saudi riyal', 'Saudi riyals'],
  QAR: ['Qatari riyal', 'Qatari riyals'],
  OMR: ['Omani rial', 'Omani rials'],
  YER: ['Yemeni rial', 'Yemeni rials'],
  IRR: ['Iranian rial', 'Iranian rials'],
  USD: ['US dollar', 'US dollars'],
  CAD: ['Canadian dollar', 'Canadian dollars'],
  AUD: ['Australian dollar', 'Australian dollars'],
  EUR: ['euro', 'euros'],
  GBP: ['pound sterling', 'pounds sterling'],
  EGP: ['Egyptian pound', 'Egyptian pounds'],
  SDG: ['Sudanese pound', 'Sudanese pounds'],
  KWD: ['Kuwaiti dinar', 'Kuwaiti dinars'],
  JOD: ['Jordanian dinar', 'Jordanian dinars'],
  IQD: ['Iraqi dinar', 'Iraqi dinars'],
  BHD: ['Bahraini dinar', 'Bahraini dinars'],
  LYD: ['Libyan dinar', 'Libyan dinars'],
  DZD: ['Algerian dinar', 'Algerian dinars'],
  TND: ['Tunisian dinar', 'Tunisian dinars'],
  AED: ['UAE dirham', 'UAE dirhams'],
  MAD: ['Moroccan dirham', 'Moroccan dirhams'],
  TRY: ['Turkish lira', 'Turkish lira'],
  LBP: ['Lebanese pound', 'Lebanese pounds'],
  SYP: ['Syrian pound', 'Syrian pounds'],
  JPY: ['Japanese yen', 'Japanese yen'],
  CNY: ['Chinese yuan', 'Chinese yuan'],
  RUB: ['Russian rouble', 'Russian roubles'],
  INR: ['Indian rupee', 'Indian rupees'],
  PKR: ['Pakistani rupee', 'Pakistani rupees'],
  NPR: ['Nepalese rupee', 'Nepalese rupees'],
  LKR: ['Sri Lankan rupee', 'Sri Lankan rupees'],
  BDT: ['Bangladeshi taka', 'Bangladeshi taka'],
  CHF: ['Swiss franc', 'Swiss francs'],
  ILS: ['Israeli shekel', 'Israeli shekels'],
  KES: ['Kenyan shilling', 'Kenyan shillings'],
  GHS: ['Ghanaian cedi', 'Ghanaian cedis'],
}

// A currency adjective agreeing with its noun: سعودي/سعودية, dual سعوديان/تركيتان; after a
// plural (non-human) it is feminine singular: ريالات سعودية.
export function arabicAdjective(noun: ArabicNoun, form: 'sg' | 'dual' | 'pl'): string {
  const a = noun.adjective!
  if (form === 'dual') return noun.feminine ? `${a}تان` : `${a}ان`
  return noun.feminine || form === 'pl' ? `${a}ة` : a
}

/** The unit's name as a label beside an answer field: `ساعة`, `hours`, `ريال سعودي`, `Saudi riyals`; empty for a plain count. */
export function unitName(unit: Unit, lang: Lang): string {
  if (unit === 'count') return ''
  if (unit === 'percent') return lang === 'ar' ? 'نسبة مئوية' : 'percent'
  if (unit === 'date') return lang === 'ar' ? 'تاريخ' : 'date'
  if (lang === 'en') return EN_UNITS[unit][1]
  const noun = AR_UNITS[unit]
  return noun.adjective ? `${noun.sg} ${arabicAdjective(noun, 'sg')}` : noun.sg
}
