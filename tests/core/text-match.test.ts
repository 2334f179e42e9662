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
    // An English possessive is the same as "of": both ways, with either apostrophe.
    ["China's capital", ['the capital of China'], 'the capital of China'],
    ['China’s capital', ['the capital of China'], 'the capital of China'],
    ['the capital of Egypt', ["Egypt's capital"], "Egypt's capital"],
    ["the army's new drone units", ['the new drone units of the army'], 'the new drone units of the army'],
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
    ["Russia's capital", ['the capital of China']],
    ["China's president", ['the capital of China']],
    ["it's the capital", ['the capital of China']], // a contraction, not a possessive
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

// The prompt and explanation of the two questions: the countries they name may qualify the answer.
const CITY_CONTEXT = [
  'في أيّ مدينة جمع اللقاءُ كيم وبوتين وشي جين بينغ؟',
  'In which city did the meeting bring Kim, Putin and Xi Jinping together?',
  'جمع اللقاء القادة الثلاثة على هامش عرض عسكري ضخم في بكين، عاصمة الصين.',
  'The three leaders met on the sidelines of a large military parade in Beijing, the capital of China.',
]
const KURSK_CONTEXT = [
  'إلى أيّ منطقة روسية سيُرسَل العمال الكوريون الشماليون؟',
  'To which Russian region will the North Korean workers be sent?',
  'سيُرسَل العمال إلى منطقة كورسك الروسية للمساعدة في إعادة الإعمار.',
  "The workers will go to Russia's Kursk region to help rebuild.",
]

describe('matchText: an accepted answer inside a sentence fragment of filler words', () => {
  it.each<[string, string[], string[], string]>([
    ['في العاصمة الصينية بكين', CITY, CITY_CONTEXT, 'بكين'],
    ['في بكين عاصمة الصين', CITY, CITY_CONTEXT, 'في بكين'],
    ['in the Chinese capital, Beijing', CITY, CITY_CONTEXT, 'Beijing'],
    ['the city of Beijing', CITY, CITY_CONTEXT, 'Beijing'],
    ['Beijing, China', CITY, CITY_CONTEXT, 'Beijing'],
    ['بكين، الصين', CITY, CITY_CONTEXT, 'بكين'],
    ['مدينة بكين', CITY, CITY_CONTEXT, 'بكين'],
    ['في مدينة بكين الصينية', CITY, CITY_CONTEXT, 'بكين'],
    ['بالعاصمة بكين', CITY, CITY_CONTEXT, 'بكين'], // بـ + ال on a filler word
    ['ببكين', CITY, CITY_CONTEXT, 'بكين'], // بـ written onto the answer
    ['it was in Beijing', CITY, CITY_CONTEXT, 'in Beijing'],
    ['كانت في بكين', CITY, CITY_CONTEXT, 'في بكين'],
    ['in Bejing, China', CITY, CITY_CONTEXT, 'in Beijing'], // a typo inside the sentence
    ['بكين (Beijing)', CITY, CITY_CONTEXT, 'بكين'], // two accepted names of the same place
    ['إلى منطقة كورسك الروسية', KURSK, KURSK_CONTEXT, 'منطقة كورسك الروسية'],
    ["to Russia's Kursk region", KURSK, KURSK_CONTEXT, 'Kursk region'],
    ['to the Kursk region of Russia', KURSK, KURSK_CONTEXT, 'Kursk region'],
    ['Kursk region, Russia', KURSK, KURSK_CONTEXT, 'Kursk region'],
    ['إقليم كورسك', KURSK, KURSK_CONTEXT, 'كورسك'],
    ['كورسك أوبلاست', KURSK, KURSK_CONTEXT, 'كورسك'],
    ['كورسك في روسيا', KURSK, KURSK_CONTEXT, 'كورسك'],
    ['لكورسك', KURSK, KURSK_CONTEXT, 'كورسك'],
    // Two accepted names joined by "or": both are right.
    ['Peking or Beijing', CITY, CITY_CONTEXT, 'Peking'],
    ['بكين أو بيجين', CITY, CITY_CONTEXT, 'بكين'],
    // A correction: the answer beside a place it is not.
    ['بكين مش موسكو', CITY, CITY_CONTEXT, 'بكين'],
    ['بكين وليس موسكو', CITY, CITY_CONTEXT, 'بكين'],
    ['Beijing, not Moscow', CITY, CITY_CONTEXT, 'Beijing'],
    ['ليس في موسكو بل في بكين', CITY, CITY_CONTEXT, 'في بكين'],
    ['not Moscow but Beijing', CITY, CITY_CONTEXT, 'Beijing'],
  ])('%j matches (accepted %#)', (answer, accepted, context, expected) => {
    expect(matchText(answer, accepted, { context }).matched).toBe(expected)
  })

  it.each<[string, string[], string[]]>([
    ['بكين؟ لا، موسكو', CITY, CITY_CONTEXT], // negation
    ['ليس بكين', CITY, CITY_CONTEXT],
    ['ليست بكين', CITY, CITY_CONTEXT],
    ['غير بكين', CITY, CITY_CONTEXT],
    ['لم يكن في بكين', CITY, CITY_CONTEXT],
    ['not Beijing', CITY, CITY_CONTEXT],
    ['not in Beijing', CITY, CITY_CONTEXT],
    ['never in Beijing', CITY, CITY_CONTEXT],
    ['Beijing? No', CITY, CITY_CONTEXT],
    ['بكين لكن لا', CITY, CITY_CONTEXT], // contrast
    ['not in Beijing but in Moscow', CITY, CITY_CONTEXT],
    ['Beijing rather than Moscow', CITY, CITY_CONTEXT],
    ['بل موسكو وليس بكين', CITY, CITY_CONTEXT],
    ['بكين وموسكو', CITY, CITY_CONTEXT], // a second candidate
    ['بكين أو موسكو', CITY, CITY_CONTEXT],
    ['Beijing or Moscow', CITY, CITY_CONTEXT],
    ['Beijing and Moscow', CITY, CITY_CONTEXT],
    ['Beijing and', CITY, CITY_CONTEXT],
    ['بكين والصين', CITY, CITY_CONTEXT], // و + a country: "Beijing and China"
    ['لا أعرف ربما بكين', CITY, CITY_CONTEXT], // other content words
    ['the city of Moscow', CITY, CITY_CONTEXT],
    ['في موسكو عاصمة روسيا', CITY, CITY_CONTEXT],
    ['مدينة', CITY, CITY_CONTEXT], // filler alone
    ['in the capital', CITY, CITY_CONTEXT],
    ['Beijing, Russia', CITY, CITY_CONTEXT], // a country the question does not tie to the answer
    ['في العاصمة الروسية بكين', CITY, CITY_CONTEXT],
    ['بكين، روسيا', CITY, []], // no context: no country but the capital's own (text-match-capitals.test.ts)
    ['كورسك الأوكرانية', KURSK, KURSK_CONTEXT],
    ['Kursk in Ukraine', KURSK, KURSK_CONTEXT],
    ['كورسك في أوكرانيا', KURSK, KURSK_CONTEXT],
    ['كورسك وبيلغورود', KURSK, KURSK_CONTEXT],
    ['Kursk and Belgorod', KURSK, KURSK_CONTEXT],
    ['منطقة بيلغورود الروسية', KURSK, KURSK_CONTEXT],
    ['الروسية', KURSK, KURSK_CONTEXT],
    ['the region of Russia', KURSK, KURSK_CONTEXT],
    ['ليس إلى كورسك', KURSK, KURSK_CONTEXT],
    // The corrections turned around, and lists that name a wrong place.
    ['Moscow, not Beijing', CITY, CITY_CONTEXT],
    ['not Beijing, Moscow', CITY, CITY_CONTEXT],
    ['مش بكين', CITY, CITY_CONTEXT],
    ['not Moscow', CITY, CITY_CONTEXT],
    ['بكين ولا موسكو', CITY, CITY_CONTEXT], // Egyptian: "Beijing or Moscow?"
    ['بكين لا موسكو', CITY, CITY_CONTEXT], // لا also says "no": read as «بكين؟ لا، موسكو»
    ['لا موسكو ولا بكين', CITY, CITY_CONTEXT],
    ['Moscow or Beijing', CITY, CITY_CONTEXT],
    ['Peking or Moscow', CITY, CITY_CONTEXT],
    ['Beijing or', CITY, CITY_CONTEXT],
  ])('%j does not match', (answer, accepted, context) => {
    expect(matchText(answer, accepted, { context }).matched).toBeNull()
  })
})

describe('red team: sentence fragments', () => {
  const filler = ['في', 'إلى', 'مدينة', 'العاصمة', 'منطقة', 'الصينية', 'in', 'the', 'city', 'of', 'capital', 'Chinese', 'China', '،', ',']
  const spoilers = ['لا', 'ليس', 'لم', 'غير', 'بل', 'لكن', 'أو', 'وموسكو', 'موسكو', 'not', 'never', 'no', 'but', 'rather', 'or', 'and', 'Moscow', 'Shanghai']
  it('an accepted answer among filler words matches; add any other word and it does not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CITY),
        fc.array(fc.constantFrom(...filler), { maxLength: 4 }),
        fc.array(fc.constantFrom(...filler), { maxLength: 4 }),
        fc.constantFrom(...spoilers),
        fc.nat(2),
        (accepted, before, after, spoiler, where) => {
          const words = [...before, accepted, ...after]
          expect(matchText(words.join(' '), CITY, { context: CITY_CONTEXT }).matched, words.join(' ')).not.toBeNull()
          words.splice(where === 0 ? 0 : where === 1 ? before.length : words.length, 0, spoiler)
          expect(matchText(words.join(' '), CITY, { context: CITY_CONTEXT }).matched, words.join(' ')).toBeNull()
        },
      ),
      { numRuns: 800 },
    )
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

  it('never returns more than max + 1 (a distance of 4 with a bound of 2 is 3)', () => {
    expect(editDistance('aa', 'bbbb', 2)).toBe(3)
    expect(editDistance('aaa', 'bbabb', 2)).toBe(3)
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
