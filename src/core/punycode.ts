/**
 * A host name as people read and type it: the labels of an internationalised domain name decoded
 * from Punycode (RFC 3492), as `URL` gives them (`xn--wgbh1c.example` → `مصر.example`). What a
 * browser's address bar shows, for a host written on a projector or a poster.
 */

const BASE = 36
const T_MIN = 1
const T_MAX = 26
const SKEW = 38
const DAMP = 700
const INITIAL_BIAS = 72
const INITIAL_N = 128
const ACE_PREFIX = 'xn--'

/** The digit value of a basic code point (a–z 0–25, 0–9 26–35), or -1. */
function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22
  if (code >= 0x41 && code <= 0x5a) return code - 0x41
  if (code >= 0x61 && code <= 0x7a) return code - 0x61
  return -1
}

function adapt(delta: number, points: number, first: boolean): number {
  let scaled = first ? Math.floor(delta / DAMP) : delta >> 1
  scaled += Math.floor(scaled / points)
  let k = 0
  while (scaled > ((BASE - T_MIN) * T_MAX) >> 1) {
    scaled = Math.floor(scaled / (BASE - T_MIN))
    k += BASE
  }
  return k + Math.floor(((BASE - T_MIN + 1) * scaled) / (scaled + SKEW))
}

/** A Punycode label (without its `xn--`) decoded, or null when it is not valid Punycode. */
export function decodePunycode(input: string): string | null {
  const output: number[] = []
  const basicEnd = input.lastIndexOf('-')
  for (let i = 0; i < Math.max(basicEnd, 0); i++) {
    const code = input.charCodeAt(i)
    if (code >= 0x80) return null
    output.push(code)
  }
  let n = INITIAL_N
  let bias = INITIAL_BIAS
  let i = 0
  for (let index = basicEnd > 0 ? basicEnd + 1 : 0; index < input.length; ) {
    const oldI = i
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) return null
      const digit = digitValue(input.charCodeAt(index++))
      if (digit < 0) return null
      i += digit * w
      if (i > 0x10ffff * (output.length + 1)) return null
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias
      if (digit < t) break
      w *= BASE - t
    }
    bias = adapt(i - oldI, output.length + 1, oldI === 0)
    n += Math.floor(i / (output.length + 1))
    i %= output.length + 1
    if (n > 0x10ffff) return null
    output.splice(i++, 0, n)
  }
  return String.fromCodePoint(...output)
}

/** `host` (a URL's, with its port if any) with every `xn--` label decoded; a label that is not valid Punycode stays as it is. */
export function hostForDisplay(host: string): string {
  const [, name = host, port = ''] = /^(.*?)(:\d+)?$/.exec(host) ?? []
  const labels = name.split('.').map((label) => {
    const ascii = label.toLowerCase()
    return ascii.startsWith(ACE_PREFIX) ? (decodePunycode(ascii.slice(ACE_PREFIX.length)) ?? label) : label
  })
  return labels.join('.') + port
}
