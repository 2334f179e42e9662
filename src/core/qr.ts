/**
 * A QR code encoder (ISO/IEC 18004) for short texts such as links: byte mode (UTF-8), the smallest
 * version 1–40 that holds the text at the level asked for (or better: a higher level that fits the
 * same version is taken, as the symbol does not grow), and the mask with the lowest penalty by the
 * standard's four rules. Pure: the result is a module matrix, and {@link qrSvgPath} draws it as SVG
 * path data, so the teacher page shows it as an inline <svg> and tests decode it.
 *
 * The layout follows Project Nayuki's reference implementation (MIT), checked module for module
 * against the `qrcode` npm package in tests/core/qr.test.ts.
 */

/** Error correction: M restores ~15% of damaged codewords, Q ~25%. */
export type QrLevel = 'L' | 'M' | 'Q' | 'H'

export interface QrCode {
  /** Modules per side: 21 for version 1, 4 more per version. */
  readonly size: number
  readonly version: number
  readonly level: QrLevel
  /** The mask pattern chosen, 0–7. */
  readonly mask: number
  /** `dark[y * size + x]`: true for a dark module at column x, row y. */
  readonly dark: readonly boolean[]
}

export interface QrOptions {
  /** The least error correction; a stronger level is used when it fits the same version. Default M. */
  level?: QrLevel
  /** Force a mask pattern (0–7) instead of choosing by penalty: for tests against other encoders. */
  mask?: number
  /** The smallest version to use, 1–40. */
  minVersion?: number
}

const LEVELS: readonly QrLevel[] = ['L', 'M', 'Q', 'H']
/** The two format bits of each level, in the order of {@link LEVELS}. */
const FORMAT_BITS = [1, 0, 3, 2]

// Per level (L, M, Q, H) and version (index 0 unused): error correction codewords per block, and blocks.
// ISO/IEC 18004:2015 table 9.
const ECC_PER_BLOCK = [
  [
    0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    30, 30,
  ],
  [
    0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
    28, 28,
  ],
  [
    0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    30, 30,
  ],
  [
    0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    30, 30,
  ],
]
const BLOCKS = [
  [0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
  [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
  [0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
  [0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
]

/** Penalty weights of the four mask rules: runs, 2×2 blocks, finder-like patterns, imbalance. */
const N1 = 3
const N2 = 3
const N3 = 40
const N4 = 10

/** Encodes `text` (as UTF-8 bytes) into a QR code. Throws a RangeError when it does not fit version 40. */
export function encodeQr(text: string, options: QrOptions = {}): QrCode {
  const bytes = utf8(text)
  let level = LEVELS.indexOf(options.level ?? 'M')
  let version = Math.max(1, Math.min(40, options.minVersion ?? 1))
  while (dataBits(bytes.length, version) > dataCodewords(version, level) * 8) {
    if (++version > 40) throw new RangeError(`QR: ${bytes.length} bytes do not fit a version 40 symbol`)
  }
  while (level < 3 && dataBits(bytes.length, version) <= dataCodewords(version, level + 1) * 8) level++

  const codewords = interleave(dataCodewordsOf(bytes, version, level), version, level)
  const symbol = new Grid(version)
  symbol.drawFunctionPatterns(level)
  symbol.drawCodewords(codewords)

  let mask = options.mask ?? -1
  if (mask < 0) {
    let lowest = Infinity
    for (let candidate = 0; candidate < 8; candidate++) {
      symbol.applyMask(candidate)
      symbol.drawFormat(level, candidate)
      const score = penalty(symbol.dark, symbol.size)
      if (score < lowest) {
        lowest = score
        mask = candidate
      }
      symbol.applyMask(candidate) // XOR again: undone
    }
  }
  symbol.applyMask(mask)
  symbol.drawFormat(level, mask)
  return { size: symbol.size, version, level: LEVELS[level]!, mask, dark: symbol.dark }
}

/**
 * SVG path data for the dark modules, one unit per module, with a `margin`-module quiet zone
 * (4, the standard's, by default): use `viewBox="0 0 S S"` with S = size + 2 × margin.
 * Runs of dark modules in a row are one rectangle each.
 */
export function qrSvgPath(qr: QrCode, margin = 4): string {
  const parts: string[] = []
  for (let y = 0; y < qr.size; y++) {
    for (let x = 0; x < qr.size; x++) {
      if (!qr.dark[y * qr.size + x]) continue
      let run = 1
      while (x + run < qr.size && qr.dark[y * qr.size + x + run]) run++
      parts.push(`M${x + margin} ${y + margin}h${run}v1h-${run}z`)
      x += run
    }
  }
  return parts.join('')
}

function utf8(text: string): number[] {
  const out: number[] = []
  for (const char of text) {
    let c = char.codePointAt(0)!
    // A lone surrogate is not encodable: U+FFFD, as TextEncoder does.
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd
    if (c < 0x80) out.push(c)
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63))
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63))
  }
  return out
}

/** Bits of a byte-mode segment: mode, character count (8 bits to version 9, then 16), data. */
function dataBits(length: number, version: number): number {
  const countBits = version < 10 ? 8 : 16
  return length < 1 << countBits ? 4 + countBits + length * 8 : Infinity
}

/** Modules left for data and error correction once the function patterns are drawn. */
function rawDataModules(version: number): number {
  let modules = (16 * version + 128) * version + 64
  if (version >= 2) {
    const align = Math.floor(version / 7) + 2
    modules -= (25 * align - 10) * align - 55
    if (version >= 7) modules -= 36
  }
  return modules
}

function dataCodewords(version: number, level: number): number {
  return Math.floor(rawDataModules(version) / 8) - ECC_PER_BLOCK[level]![version]! * BLOCKS[level]![version]!
}

/** The segment, the terminator, bit padding and the 0xEC 0x11 pad codewords. */
function dataCodewordsOf(bytes: number[], version: number, level: number): number[] {
  const bits: number[] = []
  const put = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1)
  }
  put(0b0100, 4)
  put(bytes.length, version < 10 ? 8 : 16)
  for (const byte of bytes) put(byte, 8)
  const capacity = dataCodewords(version, level) * 8
  put(0, Math.min(4, capacity - bits.length))
  put(0, (8 - (bits.length % 8)) % 8)
  const out: number[] = []
  for (let i = 0; i < bits.length; i += 8) out.push(bits.slice(i, i + 8).reduce((byte, bit) => (byte << 1) | bit, 0))
  for (let pad = 0xec; out.length < capacity / 8; pad ^= 0xec ^ 0x11) out.push(pad)
  return out
}

/** Splits the data into blocks, adds each block's Reed–Solomon codewords, and interleaves them. */
function interleave(data: number[], version: number, level: number): number[] {
  const blockCount = BLOCKS[level]![version]!
  const eccLength = ECC_PER_BLOCK[level]![version]!
  const raw = Math.floor(rawDataModules(version) / 8)
  const shortBlocks = blockCount - (raw % blockCount)
  const shortLength = Math.floor(raw / blockCount)
  const divisor = reedSolomonDivisor(eccLength)
  const blocks: number[][] = []
  for (let i = 0, k = 0; i < blockCount; i++) {
    const block = data.slice(k, k + shortLength - eccLength + (i < shortBlocks ? 0 : 1))
    k += block.length
    const ecc = reedSolomonRemainder(block, divisor)
    if (i < shortBlocks) block.push(0) // a place holder, skipped below, so all blocks align
    blocks.push(block.concat(ecc))
  }
  const out: number[] = []
  for (let i = 0; i < blocks[0]!.length; i++) {
    blocks.forEach((block, j) => {
      if (i !== shortLength - eccLength || j >= shortBlocks) out.push(block[i]!)
    })
  }
  return out
}

/** Product in GF(2⁸) modulo x⁸ + x⁴ + x³ + x² + 1 (0x11D). */
function multiply(x: number, y: number): number {
  let z = 0
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d)
    z ^= ((y >>> i) & 1) * x
  }
  return z
}

/** The generator polynomial's coefficients, highest power first, its leading 1 left out. */
function reedSolomonDivisor(degree: number): number[] {
  const result = new Array<number>(degree).fill(0)
  result[degree - 1] = 1
  let root = 1
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      result[j] = multiply(result[j]!, root)
      if (j + 1 < degree) result[j]! ^= result[j + 1]!
    }
    root = multiply(root, 0x02)
  }
  return result
}

function reedSolomonRemainder(data: number[], divisor: number[]): number[] {
  const result = new Array<number>(divisor.length).fill(0)
  for (const byte of data) {
    const factor = byte ^ result.shift()!
    result.push(0)
    divisor.forEach((coefficient, i) => {
      result[i]! ^= multiply(coefficient, factor)
    })
  }
  return result
}

/** The module grid while it is drawn: which modules are dark, and which belong to function patterns. */
class Grid {
  readonly version: number
  readonly size: number
  readonly dark: boolean[]
  private readonly reserved: boolean[]

  constructor(version: number) {
    this.version = version
    this.size = version * 4 + 17
    this.dark = new Array<boolean>(this.size * this.size).fill(false)
    this.reserved = new Array<boolean>(this.size * this.size).fill(false)
  }

  private set(x: number, y: number, dark: boolean) {
    this.dark[y * this.size + x] = dark
    this.reserved[y * this.size + x] = true
  }

  drawFunctionPatterns(level: number) {
    const { size } = this
    for (let i = 0; i < size; i++) {
      this.set(6, i, i % 2 === 0)
      this.set(i, 6, i % 2 === 0)
    }
    for (const [cx, cy] of [
      [3, 3],
      [size - 4, 3],
      [3, size - 4],
    ] as const) {
      for (let dy = -4; dy <= 4; dy++) {
        for (let dx = -4; dx <= 4; dx++) {
          const x = cx + dx
          const y = cy + dy
          const ring = Math.max(Math.abs(dx), Math.abs(dy))
          if (x >= 0 && x < size && y >= 0 && y < size) this.set(x, y, ring !== 2 && ring !== 4)
        }
      }
    }
    const positions = alignmentPositions(this.version)
    const last = positions.length - 1
    positions.forEach((cy, i) => {
      positions.forEach((cx, j) => {
        // Not over the three finder patterns.
        if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return
        for (let dy = -2; dy <= 2; dy++) {
          for (let dx = -2; dx <= 2; dx++) this.set(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1)
        }
      })
    })
    // Reserves the format areas (drawn for real once the mask is known) and draws the version.
    this.drawFormat(level, 0)
    if (this.version >= 7) {
      let remainder = this.version
      for (let i = 0; i < 12; i++) remainder = (remainder << 1) ^ ((remainder >>> 11) * 0x1f25)
      const bits = (this.version << 12) | remainder
      for (let i = 0; i < 18; i++) {
        const dark = ((bits >>> i) & 1) === 1
        const a = size - 11 + (i % 3)
        const b = Math.floor(i / 3)
        this.set(a, b, dark)
        this.set(b, a, dark)
      }
    }
  }

  /** The 15 format bits (level and mask, BCH-protected), twice, and the dark module. */
  drawFormat(level: number, mask: number) {
    const { size } = this
    const data = (FORMAT_BITS[level]! << 3) | mask
    let remainder = data
    for (let i = 0; i < 10; i++) remainder = (remainder << 1) ^ ((remainder >>> 9) * 0x537)
    const bits = ((data << 10) | remainder) ^ 0x5412
    const bit = (i: number) => ((bits >>> i) & 1) === 1
    for (let i = 0; i <= 5; i++) this.set(8, i, bit(i))
    this.set(8, 7, bit(6))
    this.set(8, 8, bit(7))
    this.set(7, 8, bit(8))
    for (let i = 9; i < 15; i++) this.set(14 - i, 8, bit(i))
    for (let i = 0; i < 8; i++) this.set(size - 1 - i, 8, bit(i))
    for (let i = 8; i < 15; i++) this.set(8, size - 15 + i, bit(i))
    this.set(8, size - 8, true)
  }

  /** Places the codewords in the zigzag of two-module columns, right to left, skipping column 6. */
  drawCodewords(codewords: number[]) {
    const { size } = this
    let i = 0
    for (let right = size - 1; right >= 1; right -= 2) {
      if (right === 6) right = 5
      const upward = ((right + 1) & 2) === 0
      for (let step = 0; step < size; step++) {
        const y = upward ? size - 1 - step : step
        for (let j = 0; j < 2; j++) {
          const x = right - j
          if (this.reserved[y * size + x] || i >= codewords.length * 8) continue
          this.dark[y * size + x] = ((codewords[i >>> 3]! >>> (7 - (i & 7))) & 1) === 1
          i++
        }
      }
    }
  }

  /** XORs the data modules with mask pattern `mask`; applying it twice undoes it. */
  applyMask(mask: number) {
    const { size } = this
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        if (this.reserved[y * size + x]) continue
        if (MASKS[mask]!(x, y)) this.dark[y * size + x] = !this.dark[y * size + x]
      }
    }
  }
}

const MASKS: readonly ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
]

/** Centres of the alignment patterns along each axis (the same for rows and columns). */
function alignmentPositions(version: number): number[] {
  if (version === 1) return []
  const count = Math.floor(version / 7) + 2
  const step = version === 32 ? 26 : Math.ceil((version * 4 + 4) / (count * 2 - 2)) * 2
  const positions = [6]
  for (let position = version * 4 + 10; positions.length < count; position -= step) positions.splice(1, 0, position)
  return positions
}

/**
 * The standard's mask penalty: runs of five or more same-coloured modules (N1), 2×2 blocks (N2),
 * 1:1:3:1:1 finder-like patterns with four light modules on a side (N3; outside the symbol is light),
 * and the distance of the dark share from 50% (N4).
 */
export function penalty(dark: readonly boolean[], size: number): number {
  let score = 0
  for (const columns of [false, true]) {
    for (let line = 0; line < size; line++) {
      const at = (i: number) => (columns ? dark[i * size + line]! : dark[line * size + i]!)
      const runs = new FinderRuns(size)
      let colour = false
      let run = 0
      for (let i = 0; i < size; i++) {
        if (at(i) === colour) {
          run++
          if (run === 5) score += N1
          else if (run > 5) score++
        } else {
          runs.add(run)
          if (!colour) score += runs.count() * N3
          colour = at(i)
          run = 1
        }
      }
      score += runs.end(colour, run) * N3
    }
  }
  for (let y = 0; y < size - 1; y++) {
    for (let x = 0; x < size - 1; x++) {
      const c = dark[y * size + x]
      if (c === dark[y * size + x + 1] && c === dark[(y + 1) * size + x] && c === dark[(y + 1) * size + x + 1]) score += N2
    }
  }
  const darkCount = dark.reduce((n, d) => n + (d ? 1 : 0), 0)
  const total = size * size
  score += (Math.ceil(Math.abs(darkCount * 20 - total * 10) / total) - 1) * N4
  return score
}

/** The last seven run lengths of a line, newest first, to spot dark–light–dark×3–light–dark with light around. */
class FinderRuns {
  private readonly history = [0, 0, 0, 0, 0, 0, 0]
  private readonly size: number
  constructor(size: number) {
    this.size = size
  }

  add(run: number) {
    // The light border before the line adds to its first run.
    if (this.history[0] === 0) run += this.size
    this.history.pop()
    this.history.unshift(run)
  }

  count(): number {
    const h = this.history as [number, number, number, number, number, number, number]
    const n = h[1]
    const core = n > 0 && h[2] === n && h[3] === n * 3 && h[4] === n && h[5] === n
    return (core && h[0] >= n * 4 && h[6] >= n ? 1 : 0) + (core && h[6] >= n * 4 && h[0] >= n ? 1 : 0)
  }

  /** Closes the line (the light border after it) and counts the patterns it ends. */
  end(colour: boolean, run: number): number {
    if (colour) {
      this.add(run)
      run = 0
    }
    this.add(run + this.size)
    return this.count()
  }
}
