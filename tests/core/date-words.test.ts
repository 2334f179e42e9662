import { describe, expect, it } from 'vitest'
import { findDates } from '../../src/core/date-words.ts'
import { encodeDate, type DateParts } from '../../src/core/dates.ts'
import { parseQuantity } from '../../src/core/units.ts'

const readDate = (text: string, context?: readonly string[]) => parseQuantity(text, { expect: 'date', context })?.value ?? null

describe('reading a date answer', () => {
  it.each<[string, DateParts]>([
    // years
    ['1900', { year: 1900 }],
    ['١٩٠٠', { year: 1900 }],
    ['عام 1900', { year: 1900 }],
    ['العام 1900', { year: 1900 }],
    ['في عام 1900', { year: 1900 }],
    ['سنة 1900', { year: 1900 }],
    ['in 1900', { year: 1900 }],
    ['in the year 1900', { year: 1900 }],
    ['2023م', { year: 2023 }],
    ['عام 2023 م', { year: 2023 }],
    ['2023 ميلادية', { year: 2023 }],
    ['2023 AD', { year: 2023 }],
    ['عام ألف وتسعمائة', { year: 1900 }],
    ['عام ألفين وثلاثة وعشرين', { year: 2023 }],
    ['nineteen hundred', { year: 1900 }],
    ['حوالي عام 1900', { year: 1900 }], // a hedge: the tolerance decides
    ['(1900)', { year: 1900 }],
    // day, month, year in Arabic: MSA, Levantine, Maghreb names, ordinals, weekdays and times of day
    ['في 8 سبتمبر 2023', { year: 2023, month: 9, day: 8 }],
    ['8 سبتمبر', { month: 9, day: 8 }],
    ['ليل الجمعة 8 سبتمبر', { month: 9, day: 8 }],
    ['يوم الجمعة الموافق 8 سبتمبر 2023', { year: 2023, month: 9, day: 8 }],
    ['صباح الجمعة ٨ أيلول ٢٠٢٣', { year: 2023, month: 9, day: 8 }],
    ['الثامن من سبتمبر', { month: 9, day: 8 }],
    ['في الثامن من أيلول عام 2023', { year: 2023, month: 9, day: 8 }],
    ['أول سبتمبر', { month: 9, day: 1 }],
    ['الحادي عشر من سبتمبر 2001', { year: 2001, month: 9, day: 11 }],
    ['الحادي والعشرين من آذار', { month: 3, day: 21 }],
    ['الثلاثين من يونيو', { month: 6, day: 30 }],
    ['8 أيلول 2023', { year: 2023, month: 9, day: 8 }],
    ['8 أيلول (سبتمبر) 2023', { year: 2023, month: 9, day: 8 }],
    ['8 أيلول/سبتمبر 2023', { year: 2023, month: 9, day: 8 }],
    ['15 كانون الثاني 2024', { year: 2024, month: 1, day: 15 }],
    ['15 كانون الأول', { month: 12, day: 15 }],
    ['3 تشرين الأول 2023', { year: 2023, month: 10, day: 3 }],
    ['3 تشرين الثاني 2023', { year: 2023, month: 11, day: 3 }],
    ['1 شباط', { month: 2, day: 1 }],
    ['5 حزيران 1967', { year: 1967, month: 6, day: 5 }],
    ['14 تموز', { month: 7, day: 14 }],
    ['6 آب', { month: 8, day: 6 }],
    ['1 جانفي 2024', { year: 2024, month: 1, day: 1 }],
    ['20 فيفري', { month: 2, day: 20 }],
    ['9 أفريل', { month: 4, day: 9 }],
    ['1 ماي', { month: 5, day: 1 }],
    ['5 جويلية 1962', { year: 1962, month: 7, day: 5 }],
    ['15 أوت', { month: 8, day: 15 }],
    ['سبتمبر 2023', { year: 2023, month: 9 }],
    ['في سبتمبر من عام 2023', { year: 2023, month: 9 }],
    ['سبتمبر', { month: 9 }],
    // English
    ['September 8, 2023', { year: 2023, month: 9, day: 8 }],
    ['on Friday, September 8, 2023', { year: 2023, month: 9, day: 8 }],
    ['8 Sept 2023', { year: 2023, month: 9, day: 8 }],
    ['8th September 2023', { year: 2023, month: 9, day: 8 }],
    ['the 8th of September', { month: 9, day: 8 }],
    ['Sept. 8', { month: 9, day: 8 }],
    ['the twenty-first of March', { month: 3, day: 21 }],
    ['September 2023', { year: 2023, month: 9 }],
    // numeric: d/m/y, ISO y-m-d, m/d/y only when it cannot be d/m/y
    ['8/9/2023', { year: 2023, month: 9, day: 8 }],
    ['08/09/2023', { year: 2023, month: 9, day: 8 }],
    ['٨/٩/٢٠٢٣', { year: 2023, month: 9, day: 8 }],
    ['8-9-2023', { year: 2023, month: 9, day: 8 }],
    ['8.9.2023', { year: 2023, month: 9, day: 8 }],
    ['2023-09-08', { year: 2023, month: 9, day: 8 }],
    ['2023/9/8', { year: 2023, month: 9, day: 8 }],
    ['9/28/2023', { year: 2023, month: 9, day: 28 }],
    ['9/2023', { year: 2023, month: 9 }],
    ['8/9', { month: 9, day: 8 }],
    ['8/9/2023 (8 سبتمبر 2023)', { year: 2023, month: 9, day: 8 }],
  ])('%j → %j', (text, parts) => {
    expect(readDate(text)).toBe(encodeDate(parts))
  })

  it.each([
    '1445 هـ', // Hijri
    '1445 هجرية',
    'قبل 2023', // comparisons and bounds are other claims
    'بعد 2020',
    'منذ 2020',
    'حتى 2023',
    'before 2023',
    'after 2020',
    'since 2020',
    'by 2023',
    'until 2023',
    'أواخر 2023', // vague parts
    'مطلع 2023',
    'early 2023',
    'mid-September',
    'ليس عام 1900', // negations
    'not in 1900',
    '1900 أو 1901', // lists and ranges
    '1900-1910',
    'بين 1900 و1910',
    '31/6/2023', // no such day
    '30 فبراير',
    '8/9/23', // a two-digit year is ambiguous
    '8 2023',
    '3 أعوام', // a duration, not a date
    'عامين',
    '2000 جندي',
    '$1900',
    '8 سبتمبر (8 أكتوبر)', // a restatement that disagrees
    'أيلول (أكتوبر)',
    'صباح الخميس ٨ أيلول ٢٠٢٣', // a weekday that is not the date's (a Friday)
    'Sunday, November 8, 2025',
    'كثير',
    '',
  ])('%j → null', (text) => {
    expect(readDate(text)).toBeNull()
  })

  it('takes plain words from the question only', () => {
    const context = ['متى وقع الزلزال؟', 'When did the earthquake strike?', 'ضرب الزلزال المغرب ليل الجمعة 8 سبتمبر 2023']
    expect(readDate('وقع الزلزال في 8 سبتمبر 2023', context)).toBe(20230908)
    expect(readDate('the earthquake was on 8 September', context)).toBe(908)
    expect(readDate('وقع الفيضان في 8 سبتمبر 2023', context)).toBeNull()
    expect(readDate('8 سبتمبر 2023 تقريبًا', context)).toBe(20230908)
  })

  it('reads عام as a duration when the question asks for one', () => {
    expect(parseQuantity('3 أعوام', { expect: 'year' })).toEqual({ value: 3, unit: 'year' })
    expect(parseQuantity('عام', { expect: 'year' })).toEqual({ value: 1, unit: 'year' })
  })
})

describe('findDates lists the dates of a running text', () => {
  it.each<[string, DateParts[]]>([
    ['ضرب زلزال المغرب ليل الجمعة 8 سبتمبر 2023 وأودى بحياة نحو 3000 شخص', [{ year: 2023, month: 9, day: 8 }]],
    ['في الثامن من أيلول الماضي', [{ month: 9, day: 8 }]],
    ['تأسست المدينة عام 1900 وتوسعت في 1950', [{ year: 1900 }]], // a bare 1950 is left to findNumbers
    [
      'On September 8, 2023, and again on 2023-10-03.',
      [
        { year: 2023, month: 9, day: 8 },
        { year: 2023, month: 10, day: 3 },
      ],
    ],
    [
      'بين 8/9/2023 و10/9/2023',
      [
        { year: 2023, month: 9, day: 8 },
        { year: 2023, month: 9, day: 10 },
      ],
    ],
    ['عام 1445 هـ', []],
    ['نحو 2000 جندي', []],
    ['', []],
  ])('%j → %j', (text, dates) => {
    expect(findDates(text)).toEqual(dates)
  })
})
