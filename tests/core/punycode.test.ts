import fc from 'fast-check'
import { domainToASCII, domainToUnicode } from 'node:url'
import { describe, expect, it } from 'vitest'
import { decodePunycode, hostForDisplay } from '../../src/core/punycode.ts'

describe('decodePunycode', () => {
  // RFC 3492 section 7.1's samples, and labels of real Arabic top-level domains.
  it.each([
    ['egbpdaj6bu4bxfgehfvwxn', 'ليهمابتكلموشعربي؟'],
    ['ihqwcrb4cv8a8dqg056pqjye', '他们为什么不说中文'],
    ['b1abfaaepdrnnbgefbadotcwatmq2g4l', 'почемужеонинеговорятпорусски'],
    ['3B-ww4c5e180e575a65lsy2b', '3年B組金八先生'],
    ['bcher-kva', 'bücher'],
    ['wgbh1c', 'مصر'],
    ['mgberp4a5d4ar', 'السعودية'],
    ['mgbaam7a8h', 'امارات'],
    ['', ''],
  ])('%s → %s', (label, text) => {
    expect(decodePunycode(label)).toBe(text)
  })

  it.each(['ab!c', 'a-é', 'zzzzzzzzzzzzzzzzzzzz', '9'])('refuses %s', (label) => {
    expect(decodePunycode(label)).toBe(null)
  })
})

describe('hostForDisplay', () => {
  it.each([
    ['xn--wgbh1c', 'مصر'],
    ['school.xn--wgbh1c:8787', 'school.مصر:8787'],
    ['XN--BCHER-KVA.example', 'bücher.example'],
    ['quiz.example.com', 'quiz.example.com'],
    ['127.0.0.1:8787', '127.0.0.1:8787'],
    ['xn--!!.example', 'xn--!!.example'],
  ])('%s → %s', (host, shown) => {
    expect(hostForDisplay(host)).toBe(shown)
  })

  // Node's own IDNA decoder as the reference: any Unicode host, as a URL gives it, reads back as Node reads it.
  it('reads back what URL encodes, as Node does', () => {
    const letter = fc.constantFrom(...'abcمصرالسعوديةبوتينкимбюçé中文0123456789-'.split(''))
    const label = fc.array(letter, { minLength: 1, maxLength: 12 }).map((chars) => chars.join(''))
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 3 }), (labels) => {
        const ascii = domainToASCII(`${labels.join('.')}.example`)
        fc.pre(ascii !== '')
        expect(hostForDisplay(ascii)).toBe(domainToUnicode(ascii))
      }),
      { numRuns: 300 },
    )
  })
})
