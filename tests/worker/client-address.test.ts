import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addressKey, parseIpAddress, UNPARSED_CLIENT } from '../../src/worker/client-address.ts'

describe('addressKey', () => {
  it.each([
    // IPv4: the address itself.
    ['192.0.2.1', '192.0.2.1'],
    [' 192.0.2.1 ', '192.0.2.1'],
    ['0.0.0.0', '0.0.0.0'],
    ['255.255.255.255', '255.255.255.255'],
    ['010.001.002.003', '10.1.2.3'],
    // IPv6: the /64, in any notation.
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:db8:0:0:1::', '2001:db8:0:0::/64'],
    ['[2001:db8:1:2::9]', '2001:db8:1:2::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['fe80::abcd:1%25', 'fe80:0:0:0::/64'],
    ['::', '0:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['2001:db8:1:2:3:4:192.0.2.1', '2001:db8:1:2::/64'],
    ['64:ff9b::192.0.2.1', '64:ff9b:0:0::/64'],
    // IPv4-mapped IPv6: the IPv4 client it is.
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['::FFFF:c000:0201', '192.0.2.1'],
    ['0:0:0:0:0:ffff:192.0.2.1', '192.0.2.1'],
    ['[::ffff:198.51.100.7]', '198.51.100.7'],
    // Not addresses: one shared key.
    ['', UNPARSED_CLIENT],
    ['local', UNPARSED_CLIENT],
    ['256.0.0.1', UNPARSED_CLIENT],
    ['1.2.3', UNPARSED_CLIENT],
    ['1.2.3.4.5', UNPARSED_CLIENT],
    ['2001:db8::1::2', UNPARSED_CLIENT],
    ['2001:db8:1:2:3:4:5:6:7', UNPARSED_CLIENT],
    ['2001:db8:1:2:3:4:5', UNPARSED_CLIENT],
    ['1:2:3:4:5:6:7::8', UNPARSED_CLIENT],
    ['2001:db8:12345::1', UNPARSED_CLIENT],
    ['2001:db8:g::1', UNPARSED_CLIENT],
    ['::192.0.2.1:1', UNPARSED_CLIENT],
    ['::ffff:300.0.2.1', UNPARSED_CLIENT],
    ['%eth0', UNPARSED_CLIENT],
    ['[192.0.2.1', UNPARSED_CLIENT],
  ])('%j → %s', (input, key) => {
    expect(addressKey(input)).toBe(key)
  })
})

/** Eight 16-bit groups, as a fully written IPv6 address. */
const groups = fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 })
const full = (g: number[]) => g.map((x) => x.toString(16)).join(':')
/** The same address as WHATWG URL writes it: RFC 5952 (lower case, longest zero run compressed). */
const canonical = (g: number[]) => new URL(`http://[${full(g)}]/`).hostname.slice(1, -1)
/** Written with `::` over the zero groups from `start` to `end` (exclusive), when there are some. */
function compressed(g: number[], start: number, end: number): string {
  if (end <= start || g.slice(start, end).some((x) => x !== 0)) return full(g)
  const hex = (xs: number[]) => xs.map((x) => x.toString(16)).join(':')
  return `${hex(g.slice(0, start))}::${hex(g.slice(end))}`
}

describe('addressKey, properties', () => {
  const notMapped = groups.filter((g) => !(g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff))

  it('gives one key for every notation of an IPv6 address', () => {
    fc.assert(
      fc.property(notMapped, fc.boolean(), fc.string({ unit: fc.constantFrom('a', '0', '1', 'e', 't', 'h'), maxLength: 6 }), (g, upper, zone) => {
        const key = addressKey(full(g))
        expect(key).not.toBe(UNPARSED_CLIENT)
        expect(addressKey(canonical(g))).toBe(key)
        expect(addressKey(upper ? full(g).toUpperCase() : `[${full(g)}]`)).toBe(key)
        if (zone) expect(addressKey(`${full(g)}%${zone}`)).toBe(key)
        const padded = g.map((x) => x.toString(16).padStart(4, '0')).join(':')
        expect(addressKey(padded)).toBe(key)
      }),
      { numRuns: 200 },
    )
  })

  it('compresses any zero run the same way', () => {
    const withZeros = fc
      .tuple(notMapped, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 8 }))
      .map(([g, start, length]) => {
        const end = Math.min(8, start + length)
        const zeroed = g.map((x, i) => (i >= start && i < end ? 0 : x))
        return { g: zeroed, start, end }
      })
      .filter(({ g }) => !(g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff))
    fc.assert(
      fc.property(withZeros, ({ g, start, end }) => {
        expect(addressKey(compressed(g, start, end))).toBe(addressKey(full(g)))
      }),
      { numRuns: 200 },
    )
  })

  it('keys two IPv6 addresses alike exactly when their first 64 bits agree', () => {
    fc.assert(
      fc.property(notMapped, notMapped, (a, b) => {
        const sameHost = [...a.slice(0, 4), ...b.slice(4)]
        fc.pre(!(sameHost.slice(0, 5).every((x) => x === 0) && sameHost[5] === 0xffff))
        expect(addressKey(full(sameHost))).toBe(addressKey(full(a)))
        const samePrefix = a.slice(0, 4).every((x, i) => x === b[i])
        expect(addressKey(full(a)) === addressKey(full(b))).toBe(samePrefix)
      }),
      { numRuns: 200 },
    )
  })

  it('keys an IPv4 address, mapped into IPv6 or not, by itself', () => {
    fc.assert(
      fc.property(fc.ipV4(), (v4) => {
        const key = addressKey(v4)
        expect(key).toBe(v4)
        expect(addressKey(`::ffff:${v4}`)).toBe(key)
        const [a, b, c, d] = v4.split('.').map(Number) as [number, number, number, number]
        expect(addressKey(`::ffff:${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`)).toBe(key)
      }),
      { numRuns: 200 },
    )
  })

  it('agrees with fast-check’s IPv6 generator and never throws on any text', () => {
    fc.assert(
      fc.property(fc.ipV6(), (v6) => {
        expect(parseIpAddress(v6)).not.toBeNull()
      }),
      { numRuns: 200 },
    )
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF:.%[] x'), maxLength: 45 }), (text) => {
        const key = addressKey(text)
        expect(typeof key).toBe('string')
      }),
      { numRuns: 300 },
    )
  })
})
