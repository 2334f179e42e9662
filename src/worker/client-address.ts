/**
 * The client address a rate limit counts under. Cloudflare reports the client's address in
 * `CF-Connecting-IP`. An IPv4 address is one client; an IPv6 host gets a whole /64 from its network
 * (RFC 6177, SLAAC privacy addresses) and may rotate through it at will, so IPv6 clients are keyed by
 * their /64 prefix. Pure parsing, no Worker API: every textual form of one address, or of one /64,
 * gives the same key.
 */

/** A parsed address: 4 bytes for IPv4, 16 for IPv6. */
export type IpAddress = { version: 4; bytes: Uint8Array } | { version: 6; bytes: Uint8Array }

/** The key of requests without a client address (local development, tests). */
export const LOCAL_CLIENT = 'local'
/** The key shared by every request whose address cannot be parsed: they are limited together. */
export const UNPARSED_CLIENT = 'unparsed'

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/
const HEXTET = /^[0-9a-f]{1,4}$/i

/** Parses dotted-quad IPv4 (`192.0.2.1`; each part 0–255), or null. */
function parseIpv4(text: string): Uint8Array | null {
  const match = IPV4.exec(text)
  if (!match) return null
  const parts = match.slice(1).map(Number)
  return parts.every((part) => part <= 255) ? new Uint8Array(parts) : null
}

/** Parses IPv6 text in any RFC 4291 form (`::` compression, a trailing dotted IPv4), or null. */
function parseIpv6(text: string): Uint8Array | null {
  const halves = text.split('::')
  if (halves.length > 2) return null
  const groups = (half: string): number[] | null => {
    if (half === '') return []
    const out: number[] = []
    const parts = half.split(':')
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!
      if (i === parts.length - 1 && part.includes('.')) {
        const v4 = parseIpv4(part)
        if (!v4) return null
        out.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!)
      } else if (HEXTET.test(part)) {
        out.push(Number.parseInt(part, 16))
      } else {
        return null
      }
    }
    return out
  }
  const head = groups(halves[0]!)
  const tail = halves.length === 2 ? groups(halves[1]!) : []
  if (!head || !tail) return null
  // A dotted IPv4 may only end the address.
  if (halves.length === 2 && halves[0]!.includes('.')) return null
  const missing = 8 - head.length - tail.length
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null
  const all = [...head, ...Array<number>(missing).fill(0), ...tail]
  const bytes = new Uint8Array(16)
  all.forEach((group, i) => {
    bytes[2 * i] = group >> 8
    bytes[2 * i + 1] = group & 0xff
  })
  return bytes
}

/**
 * Parses an address as `CF-Connecting-IP` or a log may write it: IPv4, IPv6 in any case and
 * compression, in brackets, with a zone id (`fe80::1%eth0`). An IPv4-mapped IPv6 address
 * (`::ffff:192.0.2.1`) is the IPv4 address it maps. Null for anything else.
 */
export function parseIpAddress(input: string): IpAddress | null {
  let text = input.trim()
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1)
  if (text.length === 0 || text.length > 100) return null
  const v4 = parseIpv4(text)
  if (v4) return { version: 4, bytes: v4 }
  const zone = text.indexOf('%')
  if (zone > 0) text = text.slice(0, zone)
  const v6 = parseIpv6(text)
  if (!v6) return null
  const mapped = v6.slice(0, 10).every((byte) => byte === 0) && v6[10] === 0xff && v6[11] === 0xff
  return mapped ? { version: 4, bytes: v6.slice(12) } : { version: 6, bytes: v6 }
}

/**
 * What a rate limit counts an address under: an IPv4 address itself (`192.0.2.1`), an IPv6 address's
 * /64 (`2001:db8:0:7::/64`). {@link UNPARSED_CLIENT} when the text is not an address.
 */
export function addressKey(input: string): string {
  const address = parseIpAddress(input)
  if (!address) return UNPARSED_CLIENT
  if (address.version === 4) return address.bytes.join('.')
  const hextets: string[] = []
  for (let i = 0; i < 8; i += 2) hextets.push(((address.bytes[i]! << 8) | address.bytes[i + 1]!).toString(16))
  return `${hextets.join(':')}::/64`
}

/** The rate-limit key of a request's client, from `CF-Connecting-IP`; {@link LOCAL_CLIENT} without one. */
export function clientKey(c: { req: { header(name: string): string | undefined } }): string {
  const address = c.req.header('CF-Connecting-IP')
  return address === undefined ? LOCAL_CLIENT : addressKey(address)
}
