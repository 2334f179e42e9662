import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digitsOf, dirOf, fraction, isolate, num, percent, progress, toDigits } from '../../src/widget/format.ts'
import { textLang } from '../../src/widget/text-lang.ts'

describe('numbers', () => {
  it('uses Arabic-Indic digits for Arabic and Latin digits for English', () => {
    expect(num(3, 'ar')).toBe('٣')
    expect(num(150, 'ar')).toBe('١٥٠')
    expect(num(2.5, 'ar')).toBe('٢٫٥')
    expect(num(2.5, 'en')).toBe('2.5')
    expect(num(1000, 'en')).toBe('1,000')
    expect(num(1234567.5, 'ar')).toBe('١٬٢٣٤٬٥٦٧٫٥')
    expect(num(1234567.5, 'ar', 'latn')).toBe('1,234,567.5')
    expect(num(0.25, 'ar')).toBe('٠٫٢٥')
    expect(num(2 / 3, 'en')).toBe('0.67')
  })

  it('writes counts, half-point scores and percentages as Intl.NumberFormat does, without loading it', () => {
    const intl = {
      en: new Intl.NumberFormat('en', { maximumFractionDigits: 2 }),
      arab: new Intl.NumberFormat('ar-u-nu-arab', { maximumFractionDigits: 2 }),
      latn: new Intl.NumberFormat('ar-u-nu-latn', { maximumFractionDigits: 2 }),
    }
    fc.assert(
      fc.property(fc.nat({ max: 20_000_000 }), fc.boolean(), (halves, half) => {
        const value = half ? halves / 2 : halves
        expect(num(value, 'en')).toBe(intl.en.format(value))
        expect(num(value, 'ar')).toBe(intl.arab.format(value))
        expect(num(value, 'ar', 'latn')).toBe(intl.latn.format(value))
      }),
      { numRuns: 300 },
    )
  })

  it('isolates progress and scores so they keep their order inside text of the other direction', () => {
    expect(progress(3, 15, 'ar')).toBe('\u2068٣ / ١٥\u2069')
    expect(progress(3, 15, 'en')).toBe('\u20683 / 15\u2069')
    expect(fraction(7, 10, 'ar')).toBe('\u2068٧ من ١٠\u2069')
    expect(fraction(7, 10, 'en')).toBe('\u20687 of 10\u2069')
    expect(isolate('abc')).toBe('\u2068abc\u2069')
  })

  it('knows the direction of each language', () => {
    expect(dirOf('ar')).toBe('rtl')
    expect(dirOf('en')).toBe('ltr')
  })
})

describe('one digit system per language', () => {
  it('rewrites the digits of a text, keeping its length', () => {
    expect(toDigits('2.5 ساعة و2,000 جندي', 'arab')).toBe('٢٫٥ ساعة و٢٬٠٠٠ جندي')
    expect(toDigits('١٥٠ دقيقة و۳', 'latn')).toBe('150 دقيقة و3')
    expect(toDigits('Section 3.', 'arab')).toBe('Section ٣.')
    expect(toDigits('2.5 ساعة', 'arab')).toHaveLength(8)
  })

  it('takes Arabic-Indic digits for Arabic unless the publisher asks for Latin, and Latin for English', () => {
    expect(digitsOf('ar')).toBe('arab')
    expect(digitsOf('ar', 'latn')).toBe('latn')
    expect(digitsOf('en', 'arab')).toBe('latn')
    expect(num(2.5, 'ar', 'latn')).toBe('2.5')
    expect(progress(3, 15, 'ar', 'latn')).toBe('\u20683 / 15\u2069')
  })

  it('writes a score to one decimal, as the teacher page does, and its whole percentage from the score shown', () => {
    // Partial credit: 15⅓ of 22 is 15.3 for the student and in the teacher's table alike.
    expect(fraction(15 + 1 / 3, 22, 'ar')).toBe('\u2068١٥٫٣ من ٢٢\u2069')
    expect(fraction(16.67, 22, 'en')).toBe('\u206816.7 of 22\u2069')
    expect(fraction(17, 22, 'en')).toBe('\u206817 of 22\u2069')
    expect(percent(16.67, 22, 'ar')).toBe('\u2068٧٦٪\u2069')
    expect(percent(16.67, 22, 'en')).toBe('\u206876%\u2069')
    expect(percent(1, 3, 'ar', 'latn')).toBe('\u206833%\u2069')
    // 6.97 of 10 shows as 7 (70%): the percentage follows the score shown, not the decimals behind it.
    expect(percent(6.97, 10, 'en')).toBe('\u206870%\u2069')
  })
})

describe('textLang: the language of a title typed with none', () => {
  it('names Arabic or English by the letters, and nothing for mixed letters or none', () => {
    expect(textLang('قراءة: قمة بكين')).toBe('ar')
    expect(textLang('واجب ٣')).toBe('ar')
    expect(textLang('Homework 3')).toBe('en')
    // Digits, whichever their system, are no letters.
    expect(textLang('Homework ٣')).toBe('en')
    expect(textLang('Kim و Putin')).toBeUndefined()
    expect(textLang('١٢٣ - 4')).toBeUndefined()
  })
})
