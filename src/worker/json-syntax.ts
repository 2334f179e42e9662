/**
 * Where a JSON text breaks, for the `invalid-json` problem: Hono's validator drops `JSON.parse`'s
 * error, and V8's messages differ by case (some quote the body back, some give no position). This
 * scanner follows RFC 8259 exactly as `JSON.parse` does (tests/core/json-syntax.test.ts checks that
 * the two agree on any text) and names the first character that cannot continue a JSON document.
 *
 * It is iterative, so a body of a million `[` cannot overflow the stack.
 */

/** The first error in a JSON text. `line` and `column` are 1-based; `position` and `column` count UTF-16 code units, as `JSON.parse` does. */
export interface JsonSyntaxError {
  /** What was expected or found, in a short English phrase (a developer reads it). */
  reason: string
  position: number
  line: number
  column: number
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r'])
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])
const HEX = /^[0-9a-fA-F]{4}$/
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y
const LITERALS = ['true', 'false', 'null']

/** `undefined` when `text` is a valid JSON document, otherwise its first error. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const containers: Array<'object' | 'array'> = []
  let at = 0

  const fail = (reason: string, position = at): JsonSyntaxError => ({ reason, position, ...lineAndColumn(text, position) })
  const skipWhitespace = () => {
    while (at < text.length && WHITESPACE.has(text[at]!)) at++
  }
  const unexpected = (expected: string): JsonSyntaxError =>
    at >= text.length ? fail(`unexpected end of input; expected ${expected}`) : fail(`unexpected ${describeCharacter(text, at)}; expected ${expected}`)

  /** Scans a string starting at its opening quote; an error, or undefined with `at` past the closing quote. */
  const scanString = (): JsonSyntaxError | undefined => {
    at++
    while (at < text.length) {
      const char = text[at]!
      if (char === '"') {
        at++
        return undefined
      }
      if (char === '\\') {
        const escaped = text[at + 1]
        if (escaped === 'u') {
          if (!HEX.test(text.slice(at + 2, at + 6))) return fail('bad \\u escape in a string; expected four hex digits')
          at += 6
        } else if (escaped !== undefined && ESCAPES.has(escaped)) {
          at += 2
        } else {
          return escaped === undefined ? fail('unexpected end of input in a string') : fail(`bad escape \\${escaped} in a string`)
        }
        continue
      }
      if (char.charCodeAt(0) < 0x20) return fail(`unescaped ${describeCharacter(text, at)} in a string`)
      at++
    }
    return fail('unexpected end of input in a string; expected a closing "')
  }

  /** A property name and its colon, with `at` on the property name's opening quote or what stands there instead. */
  const scanPropertyName = (): JsonSyntaxError | undefined => {
    if (text[at] !== '"') return unexpected('a property name in double quotes')
    const error = scanString()
    if (error) return error
    skipWhitespace()
    if (text[at] !== ':') return unexpected("':' after a property name")
    at++
    return undefined
  }

  for (;;) {
    // A value is expected here.
    skipWhitespace()
    const char = text[at]
    if (char === '{' || char === '[') {
      at++
      skipWhitespace()
      const close = char === '{' ? '}' : ']'
      if (text[at] === close) {
        at++
      } else {
        containers.push(char === '{' ? 'object' : 'array')
        if (char === '{') {
          const error = scanPropertyName()
          if (error) return error
        }
        continue
      }
    } else if (char === '"') {
      const error = scanString()
      if (error) return error
    } else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
      NUMBER.lastIndex = at
      if (!NUMBER.test(text)) return at + 1 >= text.length ? fail('unexpected end of input in a number') : fail('malformed number')
      at = NUMBER.lastIndex
    } else {
      const literal = LITERALS.find((word) => char !== undefined && word.startsWith(char))
      if (!literal) return unexpected('a value')
      let matched = 0
      while (matched < literal.length && text[at + matched] === literal[matched]) matched++
      at += matched
      if (matched < literal.length) return unexpected(`'${literal}'`)
    }

    // After a value: close containers until one goes on with a comma, or the document ends.
    for (;;) {
      skipWhitespace()
      const container = containers.at(-1)
      if (container === undefined) {
        return at < text.length ? fail(`unexpected ${describeCharacter(text, at)} after the end of the JSON document`) : undefined
      }
      const close = container === 'object' ? '}' : ']'
      if (text[at] === close) {
        at++
        containers.pop()
        continue
      }
      if (text[at] !== ',') return unexpected(container === 'object' ? "',' or '}' after a property value" : "',' or ']' after an array element")
      at++
      if (container === 'object') {
        skipWhitespace()
        const error = scanPropertyName()
        if (error) return error
      }
      break
    }
  }
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: position - lineStart + 1 }
}

/** `'x'` for a visible character, `U+000A` for whitespace, controls and invisible marks. */
function describeCharacter(text: string, position: number): string {
  const codePoint = text.codePointAt(position)!
  const char = String.fromCodePoint(codePoint)
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char) ? `character '${char}'` : `character U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`
}
