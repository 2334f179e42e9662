/**
 * Short codes people read aloud and type: upper-case letters and digits without the look-alikes
 * 0/O, 1/I/L, so "8K3MPQ" can be dictated in a classroom and typed on a phone.
 */

export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/** A random code of `length` characters from {@link CODE_ALPHABET}, without modulo bias. */
export function randomCode(length = 6): string {
  const out: string[] = []
  // 31 symbols: reject bytes ≥ 248 (8 × 31) so every symbol is equally likely.
  while (out.length < length) {
    const bytes = crypto.getRandomValues(new Uint8Array(length * 2))
    for (const byte of bytes) {
      if (byte >= 248) continue
      out.push(CODE_ALPHABET[byte % 31]!)
      if (out.length === length) break
    }
  }
  return out.join('')
}

/** Canonical form of a typed code: upper case, spaces and dashes removed. */
export function normalizeCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase()
}

/**
 * A code as it is shown to be read from afar: groups of at most four, the longer first
 * (8K3 MPQ, 8K3M PQR, 8K3M PQRS). {@link normalizeCode} takes the spaces out again when it is typed.
 */
export function codeGroups(code: string): string[] {
  const count = Math.ceil(code.length / 4)
  const groups: string[] = []
  for (let i = 0, start = 0; i < count; i++) {
    const length = Math.ceil((code.length - start) / (count - i))
    groups.push(code.slice(start, start + length))
    start += length
  }
  return groups
}

/** True when `code` is 6–8 characters of {@link CODE_ALPHABET}. */
export function isValidCode(code: string): boolean {
  return /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6,8}$/.test(code)
}
