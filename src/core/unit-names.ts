/**
 * The units a numeric answer may be given in, currencies among them: the quiz schema's vocabulary of
 * units, apart from the schema (quiz-schema.ts re-exports it) so that the grader and the drafter, which
 * need only the names, do not load zod.
 */
/**
 * Currencies, by ISO 4217 code. Each is its own dimension: amounts are never converted between
 * currencies (an exchange rate is not a fact of the article).
 */
export const CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CNY',
  'RUB',
  'INR',
  'PKR',
  'NPR',
  'LKR',
  'BDT',
  'TRY',
  'CHF',
  'CAD',
  'AUD',
  'SAR',
  'AED',
  'QAR',
  'KWD',
  'BHD',
  'OMR',
  'JOD',
  'EGP',
  'IQD',
  'LBP',
  'SYP',
  'MAD',
  'DZD',
  'TND',
  'LYD',
  'SDG',
  'YER',
  'IRR',
  'ILS',
  'KES',
  'GHS',
] as const
export type Currency = (typeof CURRENCIES)[number]

const CURRENCY_SET: ReadonlySet<string> = new Set(CURRENCIES)

/** Whether a unit is a currency (an ISO 4217 code). */
export const isCurrency = (unit: string | null | undefined): unit is Currency => unit != null && CURRENCY_SET.has(unit)

/**
 * Units a numeric answer may be given in; see `units.ts` for dimensions and conversions,
 * `unit-words.ts` for how they are written. `date` is a calendar date or year, its value encoded
 * as YYYYMMDD with 00 for an unknown part (`dates.ts`: 1900 → 19000000, 8 September 2023 →
 * 20230908, 8 September without a year → 908).
 */
export const UNITS = [
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
  'person',
  'count',
  'percent',
  'millimetre',
  'centimetre',
  'metre',
  'kilometre',
  'mile',
  'light-year',
  'inch',
  'foot',
  'yard',
  'nautical-mile',
  'milligram',
  'gram',
  'kilogram',
  'tonne',
  'ounce',
  'pound',
  'square-metre',
  'square-kilometre',
  'hectare',
  'dunam',
  'feddan',
  'acre',
  'square-mile',
  'millilitre',
  'litre',
  'cubic-metre',
  'barrel',
  'gallon',
  'kilometre-per-hour',
  'mile-per-hour',
  'metre-per-second',
  'kilometre-per-second',
  'knot',
  'megabyte',
  'gigabyte',
  'terabyte',
  'milliampere-hour',
  'watt',
  'kilowatt',
  'megawatt',
  'gigawatt',
  'watt-hour',
  'kilowatt-hour',
  'megawatt-hour',
  'gigawatt-hour',
  'terawatt-hour',
  'celsius',
  'fahrenheit',
  ...CURRENCIES,
  'date',
] as const
export type Unit = (typeof UNITS)[number]
