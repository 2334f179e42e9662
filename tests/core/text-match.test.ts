import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { editDistance, matchText, typoBudget } from '../../src/core/text-match.ts'

// The accepted answers of the quiz's two text questions.
const CITY = ['بكين', 'في بكين', 'بيجين', 'بيجينغ', 'Beijing', 'in Beijing', 'Peking']
const KURSK = ['كورسك', 'منطقة كورسك', 'كورسك الروسية', 'منطقة كورسك الروسية', 'Kursk', 'Kursk region', 'the Kursk region', 'Kursk Oblast']

describe('matchText accepts the right answer in any natural form', () => {
  it.each<[string, string[], string]>([
    ['بكين', CITY, 'بكين'],
    ['  بِكِّين  ', CITY, 'بكين'],
    ['في بكين.', CITY, 'في بكين'],
    ['«بكين»', CITY, 'بكين'],
    ['BEIJING', CITY, 'Beijing'],
    ['beijing!', CITY, 'Beijing'],
    ['in beijing', CITY, 'in Beijing'],
    ['Beijng', CITY, 'Beijing'], // one letter dropped, 7 letters
    ['Bejing', CITY, 'Beijing'],
    ['Biejing', CITY, 'Beijing'], // transposition
    ['peking', CITY, 'Peking'],
    ['بيجينغ', CITY, 'بيجينغ'],
    ['بيجينج', CITY, 'بيجين'], // one letter more than بيجين (6 letters: one typo)
    ['بيجينق', ['بيجينغ'], 'بيجينغ'],
    ['كيرسك', KURSK, 'كورسك'], // 5 letters: one typo
    ['كورسك', KURSK, 'كورسك'],
    ['مدينة كورسك', ['مدينة كورسك'], 'مدينة كورسك'],
    ['منطقة كورسك', KURSK, 'منطقة كورسك'],
    ['منطقه كورسك', KURSK, 'منطقة كورسك'], // ة/ه
    ['المنطقة كورسك', KURSK, 'منطقة كورسك'], // the article ignored
    ['كورسك الروسيه', KURSK, 'كورسك الروسية'],
    ['كورسك روسية', KURSK, 'كورسك الروسية'],
    ['وكورسك', KURSK, 'كورسك'], // a leading و ignored
    ['Kursk region', KURSK, 'Kursk region'],
    ['kursk oblast', KURSK, 'Kursk Oblast'],
    ['Kursk Oblsat', KURSK, 'Kursk Oblast'],
    ['the kursk region', KURSK, 'Kursk region'],
    ['Kursk Regoin', KURSK, 'Kursk region'],
    ['بيونغ يانغ', ['بيونغيانغ'], 'بيونغيانغ'], // spaces inside a name
    ['الدعم الكامل', ['الدعم الكامل'], 'الدعم الكامل'],
    ['دعم كامل', ['الدعم الكامل'], 'الدعم الكامل'],
    ['الدعم الكامِل', ['الدعم الكامل'], 'الدعم الكامل'],
    ['واجبا اخويا', ['واجبًا أخويًا'], 'واجبًا أخويًا'],
    ['ألفين', ['2000'], '2000'], // numbers by value
    ['2,000', ['2000'], '2000'],
    ['٢٠٠٠', ['2000'], '2000'],
    ['الطائرات المسيرة', ['الطائرات المسيّرة'], 'الطائرات المسيّرة'],
    ['الطائرات المسيره', ['الطائرات المسيّرة'], 'الطائرات المسيّرة'],
    ['الطايرات المسيرة', ['الطائرات المسيّرة'], 'الطائرات المسيّرة'], // ئ/ي typo
    ['شي جين بينغ', ['شي جين بينغ'], 'شي جين بينغ'],
    ['شي جين بينج', ['شي جين بينغ'], 'شي جين بينغ'],
    ['Xi Jinping', ['Xi Jinping'], 'Xi Jinping'],
    ['xi jinpin', ['Xi Jinping'], 'Xi Jinping'],
  ])('%j matches %j', (answer, accepted, expected) => {
    expect(matchText(answer, accepted).matched).toBe(expected)
  })
})

describe('matchText never accepts a wrong answer', () => {
  it.each<[string, string[]]>([
    ['', CITY],
    ['   ', CITY],
    ['؟!', CITY],
    ['موسكو', CITY],
    ['Moscow', CITY],
    ['بكي', CITY], // 3 letters of a 4-letter answer: no typo allowed
    ['بكن', CITY],
    ['Beij', CITY],
    ['Bxjxng', CITY],
    ['بيونغ يانغ', CITY],
    ['في موسكو', CITY],
    ['كورسك بكين', KURSK],
    ['كيروسك', ['كورسك']], // 5 letters: one typo, not two
    ['Kyiv', KURSK],
    ['possible', ['impossible']], // negating prefixes change the first letter
    ['legal', ['illegal']],
    ['happy', ['unhappy']],
    ['قانوني', ['غير قانوني']],
    ['شرعي', ['غير شرعي']],
    ['يستطيع', ['لا يستطيع']],
    ['ثمانين', ['ثمانية']], // number words are never "almost"
    ['ثلاثين', ['ثلاثة']],
    ['seventy', ['seventeen']],
    ['2001', ['2000']],
    ['1950', ['1951']],
    ['ألف', ['2000']],
    ['يوليو', ['يونيو']], // months and days are protected
    ['June', ['July']],
    ['الخميس', ['الجمعة']],
    ['جنود', ['جنوب']], // short words: no typo budget
    ['حزب', ['حرب']],
    ['east', ['west']],
    ['north korea', ['south korea']],
    ['كوريا الجنوبية', ['كوريا الشمالية']],
    ['Beijing Moscow', CITY],
  ])('%j does not match %j', (answer, accepted) => {
    expect(matchText(answer, accepted).matched).toBeNull()
  })

  it('an empty accepted list matches nothing', () => {
    expect(matchText('بكين', []).matched).toBeNull()
  })

  it('returns the normalised answer', () => {
    expect(matchText('  في بِكين؟ ', CITY)).toEqual({ normalized: 'في بكين', matched: 'في بكين' })
    expect(matchText('Moscow', CITY)).toEqual({ normalized: 'moscow', matched: null })
  })
})

describe('editDistance', () => {
  it.each<[string, string, number]>([
    ['kursk', 'kursk', 0],
    ['kursk', 'krusk', 1], // transposition
    ['beijing', 'beijng', 1],
    ['beijing', 'bejing', 1],
    ['abc', 'xyz', 3],
    ['', 'abc', 3],
    ['بكين', 'بيكن', 1],
  ])('%s ↔ %s = %d', (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d)
  })

  it('is symmetric and stops early beyond the bound', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b, 20)
        expect(editDistance(b, a, 20)).toBe(d)
        expect(editDistance(a, b, 1)).toBe(Math.min(d, 2))
      }),
      { numRuns: 300 },
    )
  })

  it.each([
    [3, 0],
    [4, 0],
    [5, 1],
    [8, 1],
    [9, 2],
    [20, 2],
  ])('typo budget for %d letters is %d', (letters, budget) => {
    expect(typoBudget(letters)).toBe(budget)
  })
})

describe('matchText properties', () => {
  it('every accepted answer matches itself, whatever the case and punctuation', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CITY, ...KURSK), fc.constantFrom('', '.', '؟', '!', ' '), fc.boolean(), (accepted, punct, upper) => {
        const answer = (upper ? accepted.toUpperCase() : accepted) + punct
        expect(matchText(answer, [...CITY, ...KURSK]).matched).not.toBeNull()
      }),
    )
  })

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(fc.string({ maxLength: 30 }), { maxLength: 5 }), (a, acc) => {
        matchText(a, acc)
      }),
      { numRuns: 300 },
    )
  })
})
