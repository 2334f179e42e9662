import fc from 'fast-check'
import jsQR from 'jsqr'
import qrcodegen from 'nayuki-qr-code-generator'
import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'
import { codeGroups, normalizeCode } from '../../src/core/join-code.ts'
import { encodeQr, type QrCode, type QrLevel, qrSvgPath } from '../../src/core/qr.ts'

/**
 * src/core/qr.ts against two independent encoders (Project Nayuki's, and the `qrcode` package with
 * the mask forced, since its penalty rule 3 differs from the standard's) and one decoder (jsQR),
 * which reads the SVG path data rasterised as a camera would see it.
 */

const NAYUKI_LEVEL = { L: qrcodegen.QrCode.Ecc.LOW, M: qrcodegen.QrCode.Ecc.MEDIUM, Q: qrcodegen.QrCode.Ecc.QUARTILE, H: qrcodegen.QrCode.Ecc.HIGH }
const bytes = (text: string) => Array.from(new TextEncoder().encode(text))

function nayukiMatrix(text: string, level: QrLevel) {
  const ref = qrcodegen.QrCode.encodeBinary(bytes(text), NAYUKI_LEVEL[level])
  const dark: boolean[] = []
  for (let y = 0; y < ref.size; y++) for (let x = 0; x < ref.size; x++) dark.push(ref.getModule(x, y))
  return { size: ref.size, version: ref.version, mask: ref.mask, dark }
}

/** A printable text of `length` ASCII characters, different for each length. */
const filler = (length: number) => Array.from({ length }, (_, i) => String.fromCharCode(33 + ((i * 37 + length) % 90))).join('')

describe('encodeQr: the symbol of each text, as the reference encoder draws it', () => {
  // [text, least level asked, version, level used (a higher one when the version holds it)]
  const rows: [string, QrLevel, number, QrLevel][] = [
    ['', 'M', 1, 'H'],
    ['https://fahm.example/a/8K3MPQ', 'M', 3, 'Q'],
    ['http://127.0.0.1:8787/a/23456789', 'M', 3, 'Q'],
    ['https://fahm.example/a/8K3MPQ', 'Q', 3, 'Q'],
    ['https://مدرسة.example/a/8K3MPQ', 'M', 3, 'M'],
    ['فهم — صفحة المعلّم', 'M', 3, 'M'],
    ['emoji 😀 and é', 'M', 2, 'Q'],
    // Bytes a version holds (ISO/IEC 18004 table 7): 1-M 14, 2-M 26, 2-Q 20, 3-M 42, 3-Q 32, 7-M 122,
    // 8-M 152, 10-Q 151, 40-M 2331, 40-L 2953.
    [filler(14), 'M', 1, 'M'],
    [filler(15), 'M', 2, 'Q'],
    [filler(26), 'M', 2, 'M'],
    [filler(27), 'M', 3, 'Q'],
    [filler(122), 'M', 7, 'M'],
    [filler(123), 'M', 8, 'M'],
    [filler(150), 'M', 8, 'M'],
    [filler(150), 'Q', 10, 'Q'],
    // Version 10 and up count bytes in 16 bits; 7 and up carry version information.
    [filler(300), 'M', 13, 'M'],
    [filler(2331), 'M', 40, 'M'],
    [filler(2953), 'L', 40, 'L'],
  ]
  const cases = rows.map(([text, level, version, used]) => ({ name: text.length > 40 ? `${text.length} characters` : text, text, level, version, used }))
  it.each(cases)('$name at $level → version $version, level $used', ({ text, level, version, used }) => {
    const qr = encodeQr(text, { level })
    expect({ version: qr.version, level: qr.level }).toEqual({ version, level: used })
    const ref = nayukiMatrix(text, level)
    expect({ size: qr.size, version: qr.version, mask: qr.mask }).toEqual({ size: ref.size, version: ref.version, mask: ref.mask })
    expect(qr.size).toBe(version * 4 + 17)
    expect(qr.dark).toEqual(ref.dark)
  })

  it('agrees with Project Nayuki’s encoder, mask choice included, at every length up to 200 bytes', () => {
    for (const level of ['M', 'Q'] as const) {
      for (let length = 0; length <= 200; length++) {
        const text = filler(length)
        const qr = encodeQr(text, { level })
        const ref = nayukiMatrix(text, level)
        expect([length, level, qr.version, qr.mask, qr.dark]).toEqual([length, level, ref.version, ref.mask, ref.dark])
      }
    }
  }, 120_000)

  // Each mask pattern, forced, against the `qrcode` package's drawing of the same data.
  it.each([0, 1, 2, 3, 4, 5, 6, 7])('mask %i matches the qrcode package module for module', (mask) => {
    for (const text of ['https://fahm.example/a/8K3MPQ', filler(60), filler(200)]) {
      const qr = encodeQr(text, { mask })
      const ref = QRCode.create([{ data: new TextEncoder().encode(text), mode: 'byte' }], {
        errorCorrectionLevel: qr.level,
        version: qr.version,
        maskPattern: mask as 0,
      })
      expect(qr.mask).toBe(mask)
      expect(ref.modules.size).toBe(qr.size)
      expect(qr.dark).toEqual(Array.from(ref.modules.data, (module) => module === 1))
    }
  })

  it('refuses a text longer than version 40 holds, with a RangeError', () => {
    expect(() => encodeQr(filler(2332), { level: 'M' })).toThrow(RangeError)
    expect(() => encodeQr(filler(2954), { level: 'L' })).toThrow(RangeError)
  })
})

/** Rasterises the SVG path data (only M, h, v, z as qrSvgPath writes them) at `scale` pixels a module, as RGBA. */
function rasterise(qr: QrCode, scale: number, margin = 4) {
  const side = (qr.size + margin * 2) * scale
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255)
  const path = qrSvgPath(qr, margin)
  expect(path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)*$/)
  for (const [, x, y, run, back] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    expect(back).toBe(run)
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
      for (let px = Number(x) * scale; px < (Number(x) + Number(run)) * scale; px++) pixels.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3)
    }
  }
  return { pixels, side }
}

describe('qrSvgPath: what it draws decodes to the text', () => {
  it('draws every dark module and no light one, in runs', () => {
    const qr = encodeQr('https://fahm.example/a/8K3MPQ')
    const { pixels, side } = rasterise(qr, 1)
    for (let y = 0; y < qr.size; y++) {
      for (let x = 0; x < qr.size; x++) expect([x, y, pixels[((y + 4) * side + x + 4) * 4] === 0]).toEqual([x, y, qr.dark[y * qr.size + x]])
    }
    // The quiet zone stays light.
    for (let i = 0; i < side; i++) expect([pixels[i * 4], pixels[i * side * 4]]).toEqual([255, 255])
  })

  const decode = (qr: QrCode) => {
    const { pixels, side } = rasterise(qr, 3)
    return jsQR(pixels, side, side, { inversionAttempts: 'dontInvert' })
  }

  it('student links of any host, port and code decode with jsQR', () => {
    const code = fc.string({ unit: fc.constantFrom(...'23456789ABCDEFGHJKMNPQRSTUVWXYZ'), minLength: 6, maxLength: 8 })
    const host = fc.stringMatching(/^[a-z][a-z0-9-]{0,40}(\.[a-z]{2,12}){1,3}$/)
    const link = fc
      .tuple(fc.constantFrom('https', 'http'), host, fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }), code)
      .map(([scheme, h, port, c]) => `${scheme}://${h}${port === undefined ? '' : `:${port}`}/a/${c}`)
    fc.assert(
      fc.property(link, fc.constantFrom<QrLevel>('M', 'Q'), (text, level) => {
        const found = decode(encodeQr(text, { level }))
        expect(found?.data).toBe(text)
      }),
      { numRuns: 60 },
    )
  }, 120_000)

  it('any text up to 150 bytes, in any script, decodes to its UTF-8 bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        fc.pre(new TextEncoder().encode(text).length <= 150)
        const found = decode(encodeQr(text))
        expect(found?.binaryData).toEqual(bytes(text))
      }),
      { numRuns: 60 },
    )
  }, 120_000)
})

// Shown beside the QR code on the teacher's "Show to class" view; typed back by students at /a.
describe('codeGroups: an assignment code as the class reads it', () => {
  const rows: [string, string[]][] = [
    ['8K3MPQ', ['8K3', 'MPQ']],
    ['8K3MPQR', ['8K3M', 'PQR']],
    ['8K3MPQRS', ['8K3M', 'PQRS']],
    ['8K3M', ['8K3M']],
    ['8K3MP', ['8K3', 'MP']],
    ['23456789ABCD', ['2345', '6789', 'ABCD']],
    ['', []],
  ]
  it.each(rows)('%s → %j', (code, groups) => {
    expect(codeGroups(code)).toEqual(groups)
    expect(normalizeCode(groups.join(' '))).toBe(code)
  })
})
