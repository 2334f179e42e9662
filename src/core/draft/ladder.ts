import { stableHash } from './ids.ts'

/**
 * Wrong values beside a right one that give nothing away: an evenly spaced ladder with a round
 * step at the answer's own precision, the answer somewhere on it (where is decided by a hash of the
 * question, never always in the middle), every value written with the answer's decimals and ending
 * on the same digit place as it (3500 among 1500, 2500, 4500; 28.25 among 23.25, 33.25, 38.25), so
 * that no rule on the choices alone — the multiples of the answer, the median, the only round one,
 * the one with fewer decimals or digits — finds it better than chance.
 */

export type LadderOptions = {
  /** The answer as the article writes it (3.5 of «3.5 مليون»). */
  key: number
  /** The decimals it is written with (2 for «49.50»). */
  decimals: number
  /** The step wanted, about: a round step nearest to it is taken. */
  step: number
  /** How many wrong values are wanted; fewer (not under two) when the ladder cannot hold them. */
  wanted: number
  /** Every wrong value above the answer (it followed "more than"), below it ("less than"), or either. */
  side: 'above' | 'below' | 'either'
  /** Whether a value may stand beside the answer (its range, its grammar, not another answer). */
  allowed: (value: number) => boolean
  /** Decides the answer's place on the ladder. */
  seed: string
}

// Round steps, in tenths of a power of ten: 0.1, 0.2, 0.25, 0.5 of it.
const STEP_MANTISSAS = [10, 20, 25, 50]
// Steps coarser than this factor above the wanted one are not tried, and those within the nearer
// one are tried first at every place of the answer.
const STEP_RANGE = 10
const NEAR_RANGE = 3
// When only a step far coarser than the wanted one fits, a finer one, down to the answer's last digit, if any fits: where
// the grammar allows only a narrow band of values beside the answer (103–110 beside «106 ملايين», whose plural scale word
// every choice shares), values in that band rather than 206, 306, 406.
const FINER = 0
// No wrong value is more than this factor away from the answer (200 beside 3200 is no choice).
const SPREAD = 4

/** A hash with its bits mixed (murmur3's finaliser): FNV-1a's low bits alone follow the text's last letters. */
function mixed(hash: number): number {
  let h = hash ^ (hash >>> 16)
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** Trailing zeros of a positive integer: how round it is. */
const zeros = (n: number) => {
  let z = 0
  while (n % 10 ** (z + 1) === 0 && z < 15) z++
  return z
}
// Digits before the point; none for 0.7, which never stands beside 1.1 (nor 1.1 beside 0.7).
const digitCount = (n: number, decimals: number) => (n < 10 ** decimals ? 0 : String(Math.floor(n / 10 ** decimals)).length)

/** The wrong values, or null when fewer than two can stand beside the answer. */
export function ladder(options: LadderOptions): number[] | null {
  const scale = 10 ** options.decimals
  const key = Math.round(options.key * scale)
  if (!(key > 0) || !Number.isSafeInteger(key)) return null
  const wantedStep = options.step * scale
  const keyZeros = zeros(key)
  const keyDigits = digitCount(key, options.decimals)
  const roundness = 10 ** keyZeros
  const steps: number[] = []
  for (let e = 0; 10 ** (e - 1) <= key * STEP_RANGE; e++) {
    for (const m of STEP_MANTISSAS) {
      const s = (m * 10 ** e) / 10
      // A step finer than the answer's last digit would write values more precise than it.
      if (Number.isInteger(s) && s % roundness === 0 && s <= wantedStep * STEP_RANGE) steps.push(s)
    }
  }
  // How far each step is from the one wanted, on a log scale.
  const distance = new Map(steps.map((s) => [s, Math.abs(Math.log(s / wantedStep))]))
  // Whether each value may stand beside the answer (looked at once), as round as it or rounder when not
  // `strict`, never less round, nor with more or fewer digits.
  const fitting = [new Map<number, boolean>(), new Map<number, boolean>()]
  const fits = (v: number, strict: boolean) => {
    const known = fitting[strict ? 1 : 0]!
    let ok = known.get(v)
    if (ok === undefined) {
      ok =
        v >= key / SPREAD &&
        v <= key * SPREAD &&
        (strict ? zeros(v) === keyZeros : zeros(v) >= keyZeros) &&
        (digitCount(v, options.decimals) === 0) === (keyDigits === 0) &&
        allowedValue(v)
      known.set(v, ok)
    }
    return ok
  }
  const allowedAnswers = new Map<number, boolean>()
  const allowedValue = (v: number) => {
    let ok = allowedAnswers.get(v)
    if (ok === undefined) allowedAnswers.set(v, (ok = options.allowed(v / scale)))
    return ok
  }
  steps.sort((a, b) => distance.get(a)! - distance.get(b)!)
  // The answer's place on the ladder (0: lowest) is drawn first, evenly, and a step found for it:
  // drawn among the places the steps allow, the answer would stand lowest far too often (values
  // below it run into zero, fewer digits or another grammar sooner than values above it).
  const hash = mixed(stableHash(options.seed))
  const sameLength = [-3, -2, -1, 1, 2, 3]
  // Three wrong values, else two; the drawn place, else the nearest one that fits (the higher first:
  // values below the answer are the ones that run out); values as round as the answer, else rounder
  // ones; a step near the wanted one, else farther (`tiers`).
  const search = (tiers: readonly number[]): { values: number[]; step: number } | null => {
    for (let wanted = options.wanted; wanted >= 2; wanted--) {
      const drawn = hash % (wanted + 1)
      const places =
        options.side === 'above'
          ? [0]
          : options.side === 'below'
            ? [wanted]
            : Array.from({ length: wanted + 1 }, (_, k) => k).sort((a, b) => Math.abs(a - drawn) - Math.abs(b - drawn) || b - a)
      for (const p of places) {
        for (const strict of [true, false]) {
          // Steps this near the wanted one (on a log scale) were tried at this place already, in a nearer tier.
          let tried = Number.NEGATIVE_INFINITY
          for (const near of tiers) {
            const reach = Math.log(near)
            for (const step of steps) {
              if (near === FINER) {
                if (step >= wantedStep) continue
              } else {
                // (The steps go from the nearest: past the tier's reach, none is left.)
                if (distance.get(step)! > reach) break
                if (distance.get(step)! <= tried) continue
              }
              let ok = true
              for (let i = 0; i <= wanted && ok; i++) if (i !== p) ok = fits(key + (i - p) * step, strict)
              // A wrong value may have a digit fewer or more (9 beside 10, 11, 12), the answer may not
              // be the only one of its length.
              if (!ok || !sameLength.some((k) => k !== 0 && k >= -p && k <= wanted - p && digitCount(key + k * step, options.decimals) === keyDigits)) continue
              const values: number[] = []
              for (let i = 0; i <= wanted; i++) if (i !== p) values.push((key + (i - p) * step) / scale)
              return { values, step }
            }
            if (near !== FINER) tried = reach
          }
        }
      }
    }
    return null
  }
  const found = search([NEAR_RANGE, STEP_RANGE])
  // Only a step far coarser than the wanted one fits (206, 306, 406 beside «106 ملايين»): a finer one, if any fits, instead.
  // (As many of them: not three choices for four.)
  if (found !== null && found.step > wantedStep * NEAR_RANGE) {
    const finer = search([FINER])
    return finer !== null && finer.values.length >= found.values.length ? finer.values : found.values
  }
  return found?.values ?? null
}
