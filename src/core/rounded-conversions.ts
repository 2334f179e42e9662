import { parseNumber } from './numbers.ts'
import type { Unit } from './quiz-schema.ts'
import { convert, dimensionOf } from './units.ts'

/**
 * A reader's own conversion of the key into another unit, rounded as people round it: `3.5 miles` for a
 * comet 5.6 km wide (5.6 km = 3.48 miles), `93 K` for −180 °C (93.15 K), `126 million miles` for 203 million
 * km. Right only when all three hold, so that the answer, read at the key's precision, is the key and
 * nothing else (or when the conversion is exact, `287.15 K` for 14 °C):
 *
 * 1. the key converted into the answer's unit and rounded to the answer's precision is the answer (5.6 km
 *    = 3.48 miles → 3.5): the reader rounded the exact conversion, not a neighbouring figure's;
 * 2. the answer converted back and rounded to the key's precision is the key (3.5 miles = 5.63 km → 5.6):
 *    the answer lies in the key's own rounding interval, so it is no neighbour of the key (5.5, 5.7) and no
 *    other figure written at the key's precision;
 * 3. the answer's precision cannot tell the key from its neighbours: one step of the answer (0.1 mile =
 *    0.16 km, 1 K = 1 °C) is at least one step of the key (0.1 km, 1 °C). A finer answer claims a value of
 *    its own, which is not the key's unless exact: `57°F` for 14 °C is 13.9 °C and stays wrong, `3.48 miles`
 *    for 5.6 km (5.6005 km) too.
 *
 * A precision is the step of the number's last written digit: 0.1 for 5.6, 1 for 180, a million for 203
 * million (a figure from a million up with its trailing zeros is written with a scale word); a smaller
 * figure's trailing zeros count (`5,000 metres` is to the metre, so `3 miles` is not it).
 */

/** The step of `value`'s last written digit. */
export function precisionStep(value: number): number {
  const text = String(Math.abs(value))
  if (/e/i.test(text)) return 0
  const point = text.indexOf('.')
  if (point >= 0) return 10 ** -(text.length - point - 1)
  if (Math.abs(value) < 1e6) return 1
  const zeros = /0*$/.exec(text)![0].length
  return 10 ** (zeros - (zeros % 3))
}

// A decimal figure as an article writes it, its trailing zeros kept: «1.80 metres», «٢٫٥٠».
const DECIMAL = /[0-9٠-٩]+[.٫][0-9٠-٩]+/g
const ASCII_DIGITS = (text: string) => text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace('٫', '.')

/**
 * The step the quote writes the key to, when finer than the key's own value says: «5'11" (1.80 metres)» gives a key of
 * 1.8 read to the centimetre (0.01), so that `6 feet` (1.83 m) is not it; else the key's own step.
 */
export function quotedKeyStep(key: number, quote: string): number {
  let step = precisionStep(key)
  for (const m of quote.matchAll(DECIMAL)) {
    const written = ASCII_DIGITS(m[0])
    const decimals = written.length - written.indexOf('.') - 1
    if (same(Number.parseFloat(written), Math.abs(key)) && 10 ** -decimals < step) step = 10 ** -decimals
  }
  return step
}

const roundTo = (value: number, step: number) => Math.round(value / step) * step
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))

/**
 * True when `answer` in the answer's unit is the key rounded as people round a conversion (above):
 * `toKey` converts an answer value into the key's unit, `fromKey` the key into the answer's unit, and
 * `scale` is the size of one answer unit in key units (for a step).
 */
export function isRoundedConversion(
  key: number,
  answer: number,
  toKey: (value: number) => number,
  fromKey: (value: number) => number,
  scale: number,
  keyStep = precisionStep(key),
): boolean {
  const answerStep = precisionStep(answer)
  if (same(toKey(answer), key)) return true
  if (keyStep === 0 || answerStep === 0 || !Number.isFinite(scale) || scale <= 0) return false
  if (answerStep * scale < keyStep * (1 - 1e-9)) return false
  return same(roundTo(fromKey(key), answerStep), answer) && same(roundTo(toKey(answer), keyStep), key)
}

// Units whose figures are no measure to convert: a count, people, a share, money, a date.
const UNCONVERTED_DIMENSIONS: ReadonlySet<string> = new Set(['count', 'percent', 'date'])

/**
 * True when `value` in `unit` is the key (`keyValue` in `keyUnit`) converted and rounded as above; measures only.
 * `keyStep`: the step the article writes the key to (`quotedKeyStep`), when it is finer than the key's value shows.
 */
export function isRoundedMeasure(keyValue: number, keyUnit: Unit, value: number, unit: Unit, keyStep = precisionStep(keyValue)): boolean {
  if (unit === keyUnit) return false
  const dimension = dimensionOf(unit)
  if (dimension !== dimensionOf(keyUnit) || UNCONVERTED_DIMENSIONS.has(dimension) || dimension === 'money') return false
  const scale = convert(1, unit, keyUnit)
  if (scale === null) return false
  return isRoundedConversion(
    keyValue,
    value,
    (v) => convert(v, unit, keyUnit)!,
    (v) => convert(v, keyUnit, unit)!,
    scale,
    keyStep,
  )
}

// A temperature in kelvin: `93 K`, `93K` (a capital K: a small one is a thousand), `93 kelvin`, «93 كلفن».
const KELVIN = /^(.+?)\s*(?:K|[Kk]elvins?|degrees? [Kk]elvin|كلفن|كالفن|درجة كلفن|درجات كلفن)$/u
const ZERO_CELSIUS = 273.15

/** True when `answer` is a temperature in kelvin that is the key (in °C or °F) converted and rounded as above. */
export function isRoundedKelvin(keyValue: number, keyUnit: Unit, answer: string): boolean {
  if (keyUnit !== 'celsius' && keyUnit !== 'fahrenheit') return false
  const match = KELVIN.exec(answer.trim())
  const kelvin = match ? parseNumber(match[1]!) : null
  if (kelvin === null || kelvin < 0) return false
  const celsius = keyUnit === 'celsius'
  return isRoundedConversion(
    keyValue,
    kelvin,
    (k) => (celsius ? k - ZERO_CELSIUS : ((k - ZERO_CELSIUS) * 9) / 5 + 32),
    (t) => (celsius ? t + ZERO_CELSIUS : ((t - 32) * 5) / 9 + ZERO_CELSIUS),
    celsius ? 1 : 9 / 5,
  )
}
