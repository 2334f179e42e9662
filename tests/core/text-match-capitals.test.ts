import { describe, expect, it } from 'vitest'
import { matchText } from '../../src/core/text-match.ts'

/**
 * An accepted capital or other city of places.ts ties its own country to the answer, as a country the
 * question names does: `Madrid, Spain` is the accepted `Madrid`, «دهوك العراقية» the accepted «دهوك».
 * Another country stays a wrong claim, a capital two countries claim or a name two places share ties
 * none, and the country alone is not the city.
 */
const ROWS: [answer: string, accepted: string, right: boolean][] = [
  ['Madrid, Spain', 'Madrid', true],
  ['the Spanish capital Madrid', 'Madrid', true],
  ['Madrid in Spain', 'Madrid', true],
  ['مدريد الإسبانية', 'مدريد', true],
  ['في مدريد عاصمة إسبانيا', 'مدريد', true],
  ['Beijing, China', 'Beijing', true],
  ['بكين الصينية', 'بكين', true],
  ['Amman, Jordan', 'Amman', true],
  ['Kuwait City, Kuwait', 'Kuwait City', true],
  ['Madrid, Portugal', 'Madrid', false],
  ['مدريد البرتغالية', 'مدريد', false],
  ['Barcelona, Spain', 'Madrid', false],
  ['Spain', 'Madrid', false],
  ['Spanish', 'Madrid', false],
  ['إسبانيا', 'مدريد', false],
  ['Beijing, Taiwan', 'Beijing', false],
  ['Shanghai, China', 'Beijing', false],
  ['Amman, Oman', 'Amman', false],
  // Claimed by two countries, or a name two places share: no country qualifies it.
  ['Jerusalem, Israel', 'Jerusalem', false],
  ['القدس الفلسطينية', 'القدس', false],
  ['عمان الأردنية', 'عمّان', false],
  // A city of places.ts ties its own country too (Kursk, Duhok); a city no one country has (رفح), or a name
  // two places share (طرابلس of Libya and Lebanon), ties none.
  ['Kursk, Russia', 'Kursk', true],
  ['كورسك الأوكرانية', 'كورسك', false],
  ['دهوك العراقية', 'دهوك', true],
  ['Duhok, Iraq', 'دهوك', true],
  ['دهوك السورية', 'دهوك', false],
  ['أربيل العراقية', 'دهوك', false],
  ['رفح المصرية', 'رفح', false],
  ['رفح الفلسطينية', 'رفح', false],
  ['طرابلس الليبية', 'طرابلس', false],
  // Not a place of places.ts: only a country the question names qualifies it.
  ['Madrid, Spain', 'Real Madrid', false],
  ['Ouarzazate, Morocco', 'Ouarzazate', false],
]

describe('a capital with its own country', () => {
  it.each(ROWS)('%j for %j is right: %s', (answer, accepted, right) => {
    expect(matchText(answer, [accepted]).matched !== null).toBe(right)
  })

  it('still takes a country the question names', () => {
    expect(matchText('Kursk, Russia', ['Kursk'], { context: ['To which Russian region will the workers go?'] }).matched).toBe('Kursk')
    expect(matchText('Madrid, Spain', ['Madrid'], { context: ['Where did the Vuelta end?'] }).matched).toBe('Madrid')
  })
})
