import { describe, expect, it } from 'vitest'
import { dirOf, fraction, isolate, num, progress } from '../../src/widget/format.ts'

describe('numbers', () => {
  it('uses Arabic-Indic digits for Arabic and Latin digits for English', () => {
    expect(num(3, 'ar')).toBe('٣')
    expect(num(150, 'ar')).toBe('١٥٠')
    expect(num(2.5, 'ar')).toBe('٢٫٥')
    expect(num(2.5, 'en')).toBe('2.5')
    expect(num(1000, 'en')).toBe('1,000')
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
