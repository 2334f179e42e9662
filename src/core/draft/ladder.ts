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
// Steps farther than this factor from the wanted one are not tried.
const STEP_RANGE = 10

/** Trailing zeros of a positive integer: how round it is. */
const zeros = (n: number) => {
  let z = 0
  while (n % 10 ** (z + 1) === 0 && z < 15) z++
  return z
}
// Digits before the point; none for 0.7, which beside 1.1 would stand out.
const digitCount = (n: number, decimals: number) => (n < 10 ** decimals ? 0 : String(Math.floor(n / 10 ** decimals)).length)

/** The wrong values, or null when fewer than two can stand beside the answer. */
export function ladder(options: LadderOptions): number[] | null {
  const scale = 10 ** options.decimals
  const key = Math.round(options.key * scale)
  if (!(key > 0) || !Number.isSafeInteger(key)) return null
  const wantedStep = options.step * scale
  const steps: number[] = []
  for (let e = 0; 10 ** (e - 1) <= key * STEP_RANGE; e++) {
    for (const m of STEP_MANTISSAS) {
      const s = (m * 10 ** e) / 10
      // A step finer than the answer's last digit would write values more precise than it.
      if (Number.isInteger(s) && s % 10 ** zeros(key) === 0 && s <= wantedStep * STEP_RANGE && s >= wantedStep / STEP_RANGE) steps.push(s)
    }
  }
  // Whether each value may stand beside the answer (asked once), as round as it or rounder when not
  // `strict`, never less round, nor with more or fewer digits.
  const allowed = new Map<number, boolean>()
  const fits = (v: number, strict: boolean) => {
    if (v <= 0 || (strict ? zeros(v) !== zeros(key) : zeros(v) < zeros(key)) || digitCount(v, options.decimals) !== digitCount(key, options.decimals))
      return false
    let ok = allowed.get(v)
    if (ok === undefined) allowed.set(v, (ok = options.allowed(v / scale)))
    return ok
  }
  steps.sort((a, b) => Math.abs(Math.log(a / wantedStep)) - Math.abs(Math.log(b / wantedStep)))
  // Strictest first: as round as the answer, then rounder values allowed; three wrong values, else
  // two; the step nearest the wanted one that leaves the answer three places to be at, else two,
  // else one (after a comparison, one place only: first or last).
  for (const strict of [true, false]) {
    for (let wanted = options.wanted; wanted >= 2; wanted--) {
      for (const places of options.side === 'either' ? [3, 2, 1] : [1]) {
        for (const step of steps) {
          const at: number[] = []
          for (let p = 0; p <= wanted; p++) {
            if ((options.side === 'above' && p !== 0) || (options.side === 'below' && p !== wanted)) continue
            let ok = true
            for (let i = 0; i <= wanted && ok; i++) if (i !== p) ok = fits(key + (i - p) * step, strict)
            if (ok) at.push(p)
          }
          if (at.length < places) continue
          const p = at[stableHash(options.seed) % at.length]!
          const values: number[] = []
          for (let i = 0; i <= wanted; i++) if (i !== p) values.push((key + (i - p) * step) / scale)
          return values
        }
      }
    }
  }
  return null
}
