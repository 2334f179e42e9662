import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dateMatches, decodeDate, encodeDate, isDateValue, type DateParts } from '../../src/core/dates.ts'

describe('encodeDate and decodeDate: YYYYMMDD with 00 for an unknown part', () => {
  it.each<[DateParts, number]>([
    [{ year: 1900 }, 19000000],
    [{ year: 2023, month: 9 }, 20230900],
    [{ year: 2023, month: 9, day: 8 }, 20230908],
    [{ month: 9, day: 8 }, 908],
    [{ month: 9 }, 900],
    [{ year: 1 }, 10000],
    [{ year: 2024, month: 2, day: 29 }, 20240229],
    [{ month: 2, day: 29 }, 229], // without a year the 29th may be meant
  ])('%j ⇄ %d', (parts, value) => {
    expect(encodeDate(parts)).toBe(value)
    expect(decodeDate(value)).toEqual(parts)
    expect(isDateValue(value)).toBe(true)
  })

  it.each<DateParts>([
    {},
    { day: 8 },
    { year: 2023, day: 8 },
    { month: 13 },
    { year: 2023, month: 2, day: 29 },
    { month: 6, day: 31 },
    { year: 0 },
    { year: 10000 },
    { year: 1.5 },
    { month: 0 },
  ])('encodeDate(%j) throws', (parts) => {
    expect(() => encodeDate(parts)).toThrow(RangeError)
  })

  it.each([0, -19000000, 8, 20231308, 20230931, 20230008, 1900.5, Number.NaN, 100000000])('%d is no date', (value) => {
    expect(decodeDate(value)).toBeNull()
    expect(isDateValue(value)).toBe(false)
  })

  it('round-trips every valid date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0100-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), fc.nat(3), (date, shape) => {
        const full = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
        const parts = [full, { year: full.year }, { year: full.year, month: full.month }, { month: full.month, day: full.day }][shape]!
        expect(decodeDate(encodeDate(parts))).toEqual(parts)
      }),
      { numRuns: 300 },
    )
  })
})

describe("dateMatches: an answer is right to the key's precision", () => {
  it.each<[number, number, number, boolean]>([
    // a year key accepts the year, and nothing more precise
    [19000000, 19000000, 0, true],
    [19000000, 19010000, 0, false],
    [19000000, 19000100, 0, false], // January 1900: adds a month the key lacks
    [19000000, 19000101, 0, false],
    [19000000, 19010000, 1, true], // tolerance in years
    [19000000, 19020000, 1, false],
    // a full date accepts the date, with or without its year
    [20230908, 20230908, 0, true],
    [20230908, 908, 0, true],
    [20230908, 20220908, 0, false], // a wrong year is wrong
    [20230908, 20230900, 0, false], // a missing day
    [20230908, 20230000, 0, false],
    [20230908, 900, 0, false],
    [20230908, 909, 0, false],
    [20230908, 20230909, 1, true], // tolerance in days, across months and years too
    [20230930, 20231001, 1, true],
    [20231231, 20240101, 1, true],
    [20230908, 20230910, 1, false],
    // a month key
    [20230900, 20230900, 0, true],
    [20230900, 900, 0, true],
    [20230900, 20230908, 0, false], // adds a day
    [20230900, 20231000, 1, true], // tolerance in months
    [20230900, 20231000, 0, false],
    // a key without a year: an answer adding one is a claim nobody can check
    [908, 908, 0, true],
    [908, 20230908, 0, false],
    // not dates
    [19000000, 1900, 0, false],
    [1900, 19000000, 0, false],
  ])('key %d, answer %d, tolerance %d → %s', (key, answer, tolerance, right) => {
    expect(dateMatches(key, answer, tolerance)).toBe(right)
  })
})
