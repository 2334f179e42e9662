import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findJsonSyntaxError } from '../../src/worker/json-syntax.ts'

const parses = (text: string): boolean => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

describe('findJsonSyntaxError', () => {
  it.each([
    ['{"answers": {', 13, 1, 14, 'unexpected end of input; expected a property name in double quotes'],
    ['', 0, 1, 1, 'unexpected end of input; expected a value'],
    ['   ', 3, 1, 4, 'unexpected end of input; expected a value'],
    ['xyz', 0, 1, 1, "unexpected character 'x'; expected a value"],
    ['{"a":1,}', 7, 1, 8, "unexpected character '}'; expected a property name in double quotes"],
    ['{"a":1}}', 7, 1, 8, "unexpected character '}' after the end of the JSON document"],
    ['{\n  "a": 1,\n  "b": tru\n}', 22, 3, 11, "unexpected character U+000A; expected 'true'"],
    ['{"a": tru', 9, 1, 10, "unexpected end of input; expected 'true'"],
    ['{"a":"\u0001"}', 6, 1, 7, 'unescaped character U+0001 in a string'],
    ['[1 2]', 3, 1, 4, "unexpected character '2'; expected ',' or ']' after an array element"],
    ["{'a':1}", 1, 1, 2, "unexpected character '''; expected a property name in double quotes"],
    ['{"a" 1}', 5, 1, 6, "unexpected character '1'; expected ':' after a property name"],
    ['{"a":1 "b":2}', 7, 1, 8, "unexpected character '\"'; expected ',' or '}' after a property value"],
    ['{"a":01}', 6, 1, 7, "unexpected character '1'; expected ',' or '}' after a property value"],
    ['{"a":-}', 5, 1, 6, 'malformed number'],
    ['{"a":"\\x"}', 6, 1, 7, 'bad escape \\x in a string'],
    ['{"a":"\\u12G4"}', 6, 1, 7, 'bad \\u escape in a string; expected four hex digits'],
    ['{"a":"open', 10, 1, 11, 'unexpected end of input in a string; expected a closing "'],
    ['\uFEFF{}', 0, 1, 1, 'unexpected character U+FEFF; expected a value'],
    ['{"اسم": «نعم»}', 8, 1, 9, "unexpected character '«'; expected a value"],
  ])('%j breaks at %i (line %i, column %i): %s', (text, position, line, column, reason) => {
    expect(findJsonSyntaxError(text)).toEqual({ reason, position, line, column })
  })

  it.each(['{}', '[]', ' {"a": [1, -2.5e+3, true, false, null, "\\u00e9\\n"]} ', '"\uD800"', '0', '{"a":{"b":[[]]}}'])('finds nothing wrong in %j', (text) => {
    expect(findJsonSyntaxError(text)).toBeUndefined()
  })

  it('agrees with JSON.parse on any text, JSON-like or not', () => {
    const jsonish = fc.oneof(
      fc.json(),
      fc.string({ unit: fc.constantFrom(...'{}[]":,0123456789-+.eE tfalsnru\\\n\u0001'), maxLength: 24 }),
      fc
        .json()
        .chain((json) =>
          fc
            .record({ at: fc.nat(json.length), cut: fc.nat(3), insert: fc.string({ maxLength: 2 }) })
            .map(({ at, cut, insert }) => json.slice(0, at) + insert + json.slice(at + cut)),
        ),
    )
    fc.assert(
      fc.property(jsonish, (text) => {
        const error = findJsonSyntaxError(text)
        expect(error === undefined).toBe(parses(text))
        if (error) expect(error.position).toBeLessThanOrEqual(text.length)
      }),
      { numRuns: 2_000 },
    )
  })

  it('scans a million nested brackets without overflowing the stack', () => {
    expect(findJsonSyntaxError('['.repeat(1_000_000))).toMatchObject({ reason: 'unexpected end of input; expected a value' })
  })
})
