import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeDigits, normalizeText } from '../../src/core/normalize.ts'

describe('normalizeDigits', () => {
  it.each([
    ['٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['٢٫٥', '2.5'],
    ['۲٫۵', '2.5'],
    ['٦٬٠٠٠', '6000'],
    ['٩٬٥٠٠٫٥', '9500.5'],
    ['٢،٥', '2,5'],
    ['نحو ٢٠٠٠ جندي', 'نحو 2000 جندي'],
    ['بكين، الصين', 'بكين, الصين'],
    ['٬ alone', '٬ alone'], // only between digits
    ['2.5 hours', '2.5 hours'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDigits(input)).toBe(expected)
  })
})

describe('normalizeText', () => {
  it.each([
    ['بِكِّين', 'بكين'], // harakat and shadda
    ['كِيمٌ', 'كيم'], // tanween
    ['الـــلقاء', 'اللقاء'], // tatweel
    ['أحمد إلى آخر ٱلقول', 'احمد الي اخر القول'], // alef forms, ى → ي
    ['مدرسة', 'مدرسه'], // ة → ه
    ['مستشفى', 'مستشفي'],
    ['ی ک', 'ي ك'], // Persian ye and kaf
    ['  “الدعم الكامل”  ', 'الدعم الكامل'],
    ['«واجبًا أخويًا»؟', 'واجبا اخويا'],
    ['بكين؛ موسكو، بيونغ يانغ!', 'بكين موسكو بيونغ يانغ'],
    ['Beijing', 'beijing'],
    ['  IN   Beijing.  ', 'in beijing'],
    ['Café naïve', 'cafe naive'],
    ['٢٫٥ ساعة', '2.5 ساعه'],
    ['2.5.', '2.5'],
    ['6,000', '6 000'],
    ['Kursk-Oblast', 'kursk oblast'],
    ['\u200Fبكين\u200E', 'بكين'], // bidi marks
    ['ﻻ', 'لا'], // presentation form (NFKC)
    ['ＢＥＩＪＩＮＧ', 'beijing'], // full-width (NFKC)
    ['', ''],
    ['   ', ''],
    ['؟!…', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected)
  })

  it('is idempotent on any string', () => {
    // Any code point, lone surrogates included, as `unit: 'binary'` draws them: that built-in costs
    // seconds per 500 strings after a grapheme arbitrary has run, this map a few milliseconds.
    const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c))
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: anyCodePoint, maxLength: 40 })), (s) => {
        const once = normalizeText(s)
        expect(normalizeText(once)).toBe(once)
      }),
      { numRuns: 500 },
    )
    // 500 runs take well under a second alone, several on a busy machine.
  }, 30_000)

  it('is idempotent on Arabic-heavy strings', () => {
    const arabicChar = fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c))
    const piece = fc.oneof(arabicChar, fc.constantFrom(' ', '.', '٫', '٬', '1', '٢', 'A', '\u200c', '،', '-'))
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (chars) => {
        const once = normalizeText(chars.join(''))
        expect(normalizeText(once)).toBe(once)
      }),
      { numRuns: 500 },
    )
  })

  it('never leaves diacritics, tatweel, alef variants or double spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const out = normalizeText(s)
        expect(out).not.toMatch(/[\u064B-\u0652\u0670\u0640أإآٱىة]|\s{2}|^\s|\s$/)
      }),
      { numRuns: 300 },
    )
  })
})
