import { beforeEach, describe, expect, it } from 'vitest'
import { pageLang, saveLang } from '../../src/teach/store.ts'

/** The language /studio and /teach open in (src/teach/store.ts's pageLang, used by both pages' main.tsx). */
describe('pageLang', () => {
  beforeEach(() => localStorage.clear())

  it.each([
    // [what the address asks, the language chosen last time, the page's own, expected]
    ['?lang=en', 'ar', 'ar', 'en'],
    ['?lang=ar', 'en', 'en', 'ar'],
    ['?lang=en', null, 'ar', 'en'],
    ['', 'en', 'ar', 'en'],
    ['', 'ar', 'en', 'ar'],
    ['', null, 'ar', 'ar'],
    ['', null, 'en', 'en'],
    ['?lang=fr', 'en', 'ar', 'en'],
    ['?lang=fr', null, 'ar', 'ar'],
  ] as const)('address %j, chosen %j, page %j → %j', (search, chosen, rendered, expected) => {
    if (chosen) saveLang(chosen)
    expect(pageLang(search, rendered)).toBe(expected)
  })
})
